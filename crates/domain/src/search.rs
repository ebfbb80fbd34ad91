//! Text analysis for the full-text search: German words to index terms, and how a query
//! term matches an index term. Both databases store and compare only these terms, so the
//! search finds the same on SQLite and PostgreSQL.
//!
//! A word is lower-cased and reduced to its stem with the Snowball German stemmer (which
//! also folds ä, ö, ü and ß). German builds words by composition, so a query term matches
//! an index term exactly, as its beginning ("Sprachkurs" finds "Sprachkursangebot") or,
//! from three letters on, anywhere inside it ("Kurs" finds "Integrationskurs").

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::LazyLock;

static GERMAN: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::German));

/// The kinds of record a search can be narrowed to: `(code in the URL, label, the document
/// kinds of the index it covers)`.
pub const GROUPS: &[(&str, &str, &[&str])] = &[
    (
        "konzept",
        "Konzept, Handlungsfelder und Ziele",
        &["concept", "principle", "field", "goal"],
    ),
    ("massnahme", "Maßnahmen", &["measure"]),
    ("vorlage", "Vorlagen", &["paper"]),
    ("sitzung", "Sitzungen", &["meeting", "agenda_item"]),
    ("beteiligung", "Beteiligung", &["event", "contribution"]),
    ("indikator", "Indikatoren", &["indicator"]),
];

/// The document kinds a group code stands for (`massnahme` → `measure`).
pub fn group_kinds(code: &str) -> Option<&'static [&'static str]> {
    GROUPS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, _, kinds)| *kinds)
}

/// What a document kind of the index is called.
pub fn kind_label(kind: &str) -> &'static str {
    match kind {
        "concept" => "Integrationskonzept",
        "principle" => "Leitbild",
        "field" => "Handlungsfeld",
        "goal" => "Ziel",
        "measure" => "Maßnahme",
        "paper" => "Vorlage",
        "meeting" => "Sitzung",
        "agenda_item" => "Tagesordnungspunkt",
        "event" => "Beteiligungsveranstaltung",
        "contribution" => "Beitrag aus der Beteiligung",
        "indicator" => "Indikator",
        _ => "Eintrag",
    }
}

/// Words too common to find anything by (after lower-casing).
const STOPWORDS: &[&str] = &[
    "ab", "aber", "alle", "als", "am", "an", "auch", "auf", "aus", "bei", "bis", "da", "damit",
    "das", "dass", "dem", "den", "der", "des", "die", "dies", "diese", "dieser", "du", "durch",
    "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "für", "hat", "im", "in", "ist",
    "mit", "nach", "nicht", "noch", "oder", "sich", "sie", "sind", "so", "über", "um", "und",
    "uns", "unter", "vom", "von", "vor", "war", "wie", "wir", "wird", "zu", "zum", "zur",
];

/// Index terms longer than this are cut (no German word needs more, and it bounds the
/// number of inner parts stored per term).
pub const MAX_TERM_CHARS: usize = 40;

/// The shortest query term that matches inside a word, and the shortest inner part stored.
pub const MIN_INFIX_CHARS: usize = 3;

/// How well a query term matches an index term; higher ranks first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Match {
    /// Inside a compound: "kurs" in "sprachkurs".
    Inner = 1,
    /// The beginning: "sprachkur" of "sprachkursangebot".
    Start = 2,
    /// The same stem.
    Exact = 4,
}

/// The words of `text` with their byte ranges, in order.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// The index term of one word, or `None` for a stop word or a single letter.
pub fn term(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    if lower.chars().count() < 2 || STOPWORDS.contains(&lower.as_str()) {
        return None;
    }
    let stem = GERMAN.stem(&lower);
    // Snowball drops a final -s after these consonants only where it is in the word's
    // ending region, so "Kurs" becomes "kur" but "Kurse" "kurs": dropped here as well, the
    // singular and the plural meet.
    let stem = match stem.strip_suffix('s') {
        Some(rest)
            if rest.chars().count() >= 3 && rest.ends_with(|c| "bdfghklmnrt".contains(c)) =>
        {
            rest
        }
        _ => &stem,
    };
    Some(stem.chars().take(MAX_TERM_CHARS).collect())
}

/// The index terms of a text, in order (repeats kept).
pub fn terms(text: &str) -> Vec<String> {
    words(text).filter_map(|(_, w)| term(w)).collect()
}

/// The distinct terms of a query, in order.
pub fn query_terms(query: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in terms(query) {
        if !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

/// The parts of an index term stored for matching inside it: `(char position, part)`, the
/// whole term first, then every ending of at least [`MIN_INFIX_CHARS`] letters.
pub fn parts(term: &str) -> Vec<(usize, &str)> {
    let starts: Vec<usize> = term.char_indices().map(|(i, _)| i).collect();
    let n = starts.len();
    let mut out = vec![(0, term)];
    for (pos, &i) in starts.iter().enumerate().skip(1) {
        if n - pos < MIN_INFIX_CHARS {
            break;
        }
        out.push((pos, &term[i..]));
    }
    out
}

/// Whether and how `query` (a query term) matches `term` (an index term).
pub fn matches(query: &str, term: &str) -> Option<Match> {
    if term == query {
        Some(Match::Exact)
    } else if term.starts_with(query) {
        Some(Match::Start)
    } else if query.chars().count() >= MIN_INFIX_CHARS && term.contains(query) {
        Some(Match::Inner)
    } else {
        None
    }
}

/// A piece of a snippet: text, and whether it is a hit to highlight.
pub type Piece = (String, bool);

/// A passage of `text` around the first word that a query term matches (about `width`
/// characters), cut at word boundaries, with the matching words marked. Without a match it
/// is the text's beginning.
pub fn snippet(text: &str, query: &[String], width: usize) -> Vec<Piece> {
    let hits: Vec<(usize, usize)> = words(text)
        .filter(|(_, w)| term(w).is_some_and(|t| query.iter().any(|q| matches(q, &t).is_some())))
        .map(|(at, w)| (at, at + w.len()))
        .collect();
    let first = hits.first().map(|h| h.0).unwrap_or(0);
    // Start a little before the first hit, at a word's beginning.
    let mut start = floor(text, first.saturating_sub(width / 4));
    if start > 0 {
        start = text[start..]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map(|(i, c)| start + i + c.len_utf8())
            .filter(|&s| s <= first)
            .unwrap_or(first);
    }
    let mut end = floor(text, (start + width).min(text.len()));
    if end < text.len() {
        end = text[..end]
            .rfind(char::is_whitespace)
            .filter(|&e| e > start)
            .unwrap_or(end);
    }
    let mut pieces: Vec<Piece> = Vec::new();
    if start > 0 {
        pieces.push(("… ".into(), false));
    }
    let mut at = start;
    for (a, b) in hits.into_iter().filter(|&(a, b)| a >= start && b <= end) {
        if a > at {
            pieces.push((text[at..a].to_owned(), false));
        }
        pieces.push((text[a..b].to_owned(), true));
        at = b;
    }
    if end > at {
        pieces.push((text[at..end].to_owned(), false));
    }
    if end < text.len() {
        pieces.push((" …".into(), false));
    }
    pieces
}

/// The whole of `text` (a title, say), the words a query term matches marked.
pub fn highlight(text: &str, query: &[String]) -> Vec<Piece> {
    // Four times the length: the passage starts at the text's beginning and holds all of it.
    snippet(text, query, text.len().saturating_mul(4))
}

/// The largest char boundary at or below `i`.
fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(query: &str, word: &str) -> Option<Match> {
        let q = query_terms(query);
        let t = term(word)?;
        q.iter().filter_map(|q| matches(q, &t)).max()
    }

    #[test]
    fn inflected_forms_and_compounds_match() {
        assert!(hit("Sprachkurs", "Sprachkurse").is_some());
        assert!(hit("Sprachkurs", "Sprachkursangebot").is_some());
        assert!(hit("Sprachkurse", "Sprachkurs").is_some());
        assert_eq!(hit("Kurs", "Integrationskurse"), Some(Match::Inner));
        assert_eq!(hit("Familien", "Familie"), Some(Match::Exact));
        assert!(hit("Übergänge", "Übergang").is_some());
        assert_eq!(hit("Bildung", "Gesundheit"), None);
    }

    #[test]
    fn umlauts_fold_and_stop_words_drop() {
        assert_eq!(term("Schüler"), term("Schuler"));
        assert_eq!(term("und"), None);
        assert_eq!(term("x"), None);
        assert_eq!(
            query_terms("der Sprachkurs und die Sprachkurse"),
            vec!["sprachkur"]
        );
        assert_eq!(term("Haus"), Some("haus".into()));
        assert_eq!(term("Kurses"), term("Kurs"));
    }

    #[test]
    fn parts_are_the_endings() {
        assert_eq!(
            parts("sprachkurs"),
            vec![
                (0, "sprachkurs"),
                (1, "prachkurs"),
                (2, "rachkurs"),
                (3, "achkurs"),
                (4, "chkurs"),
                (5, "hkurs"),
                (6, "kurs"),
                (7, "urs")
            ]
        );
        assert_eq!(parts("ab"), vec![(0, "ab")]);
        assert_eq!(parts("größe").last(), Some(&(2, "öße")));
    }

    #[test]
    fn snippets_mark_hits_within_the_passage() {
        let text =
            "Der Landkreis plant neue Sprachkurse für Eltern. Ein Sprachkursangebot am Abend.";
        let q = query_terms("Sprachkurs");
        let s = snippet(text, &q, 200);
        let marked: Vec<&str> = s.iter().filter(|p| p.1).map(|p| p.0.as_str()).collect();
        assert_eq!(marked, vec!["Sprachkurse", "Sprachkursangebot"]);
        assert_eq!(s.iter().map(|p| p.0.as_str()).collect::<String>(), text);
        let long = format!("{} Sprachkurs {}", "Wort ".repeat(100), "Ende ".repeat(100));
        let s = snippet(&long, &q, 80);
        let joined: String = s.iter().map(|p| p.0.as_str()).collect();
        assert!(
            joined.starts_with("… ") && joined.ends_with(" …"),
            "{joined}"
        );
        assert!(joined.chars().count() < 100, "{joined}");
        assert!(s.iter().any(|p| p.1 && p.0 == "Sprachkurs"));
        // Any text, cut anywhere: Arabic, Cyrillic, emoji and wide spaces (no-break, ideographic).
        let text =
            "دورة\u{a0}اللغة 🙂\u{3000}курс Sprachkurs\u{a0}für Eltern\u{2003}mit Kinderbetreuung";
        for width in 0..text.len() + 4 {
            let s = snippet(text, &q, width);
            let joined: String = s.iter().map(|p| p.0.as_str()).collect();
            let inner = joined.trim_start_matches("… ").trim_end_matches(" …");
            assert!(text.contains(inner), "{width}: {joined}");
        }
    }
}
