//! Any text through the search's analysis: the first line is the query, the rest a document.
//! Terms, their parts and a snippet of every width must come out without a panic, and the
//! snippet must be a passage of the document.
#![no_main]
use libfuzzer_sys::fuzz_target;
use teilhabe_domain::search;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (query, document) = text.split_once('\n').unwrap_or((text, text));
    let query = search::query_terms(query);
    for term in search::terms(document) {
        assert!(term.chars().count() <= search::MAX_TERM_CHARS);
        for (_, part) in search::parts(&term) {
            assert!(term.ends_with(part));
        }
        for q in &query {
            let _ = search::matches(q, &term);
        }
    }
    for width in [0, 1, 7, 40, 240, usize::MAX / 2] {
        let pieces = search::snippet(document, &query, width);
        let joined: String = pieces.iter().map(|p| p.0.as_str()).collect();
        let inner = joined.trim_start_matches("… ").trim_end_matches(" …");
        assert!(document.contains(inner));
    }
});
