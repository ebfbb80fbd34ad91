use super::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The files outside the web crate whose German texts reach the staff's pages, relative to
/// `crates/`: the messages of the domain, the store, the statistics and the survey crates.
const RUST: &[&str] = &["domain/src/", "store/src/", "stats/src/", "survey/src/"];
/// The web crate's shared files whose texts reach the staff's pages: forms, errors, uploads.
const KIT: &[&str] = &[
    "web/src/kit/form.rs",
    "web/src/kit/error.rs",
    "web/src/kit/upload.rs",
];
/// Files of those folders with no text for the staff's pages: word stems, generated
/// benchmark data, command-line imports and output, the database's plumbing.
const NOT_SHOWN: &[&str] = &[
    "domain/src/search.rs",
    "store/src/oparl_import.rs",
    "store/src/backup.rs",
    "store/src/testdb.rs",
    "store/src/db.rs",
    "stats/src/show.rs",
];

/// Whether a file of a capability's folder in the web crate is a staff page's: its
/// administration (`admin.rs`, `admin_*.rs`, `admin/`, `admin_*.html`) and the account pages.
fn staff_file(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    rel.contains("/admin/")
        || name.starts_with("admin")
        || rel.starts_with("web/src/accounts/account")
        || rel == "web/src/accounts/second_factor.html"
}

/// The staff's files of the web crate with extension `ext`, and for Rust those of [`RUST`].
fn staff_files(ext: &str) -> Vec<(String, String)> {
    let mut web = Vec::new();
    let mut dirs = vec![crates().join("web/src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == ext) {
                let rel = path.strip_prefix(crates()).unwrap().to_string_lossy();
                if staff_file(&rel) {
                    web.push(rel.into_owned());
                }
            }
        }
    }
    web.sort();
    let mut entries: Vec<&str> = web.iter().map(String::as_str).collect();
    if ext == "rs" {
        entries.extend(KIT);
        entries.extend(RUST);
    }
    files(&entries, ext)
}

/// The comment that opens a list of records' own texts, which ends with `];`.
const RECORDS: &str = "// The records' own texts";

fn crates() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn files(entries: &[&str], ext: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in entries {
        let path = crates().join(entry);
        let mut paths: Vec<PathBuf> = if entry.ends_with('/') {
            std::fs::read_dir(&path)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == ext))
                .collect()
        } else {
            vec![path]
        };
        paths.sort();
        for p in paths {
            let rel = p
                .strip_prefix(crates())
                .unwrap()
                .to_string_lossy()
                .into_owned();
            if !NOT_SHOWN.contains(&rel.as_str()) {
                out.push((rel, std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    out
}

/// The string literals of Rust source before its tests, escapes resolved.
fn rust_literals(source: &str) -> Vec<String> {
    let source = source.split("#[cfg(test)]").next().unwrap_or_default();
    // Records' texts (a catalogue the records start from) are content, not the interface.
    let mut kept = String::new();
    let mut records = false;
    for line in source.lines() {
        records = (records || line.trim_start().starts_with(RECORDS)) && !line.starts_with("];");
        if !records {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    let source = kept.as_str();
    let s: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let at = |i: usize, text: &str| {
        text.chars()
            .enumerate()
            .all(|(k, c)| s.get(i + k) == Some(&c))
    };
    while i < s.len() {
        if at(i, "//") {
            while i < s.len() && s[i] != '\n' {
                i += 1;
            }
        } else if at(i, "/*") {
            while i < s.len() && !at(i, "*/") {
                i += 1;
            }
            i += 2;
        } else if s[i] == '\'' {
            // A char literal ('"', '\'', '\u{a0}'), or a lifetime.
            let end = if s.get(i + 1) == Some(&'\\') {
                (i + 2..s.len().min(i + 12)).find(|&k| s[k] == '\'')
            } else {
                (s.get(i + 2) == Some(&'\'')).then_some(i + 2)
            };
            i = end.map_or(i + 1, |e| e + 1);
        } else if s[i] == 'r'
            && (i == 0 || !(s[i - 1].is_alphanumeric() || s[i - 1] == '_'))
            && matches!(s.get(i + 1), Some('"' | '#'))
        {
            let hashes = s[i + 1..].iter().take_while(|c| **c == '#').count();
            if s.get(i + 1 + hashes) != Some(&'"') {
                i += 1;
                continue;
            }
            let close: String = std::iter::once('"')
                .chain("#".repeat(hashes).chars())
                .collect();
            let start = i + 2 + hashes;
            let end = (start..s.len()).find(|&k| at(k, &close)).unwrap();
            out.push(s[start..end].iter().collect());
            i = end + close.chars().count();
        } else if s[i] == '"' {
            let mut text = String::new();
            let mut j = i + 1;
            while s[j] != '"' {
                if s[j] == '\\' {
                    match s[j + 1] {
                        'n' => text.push('\n'),
                        // A line continuation: the line break and the next
                        // line's indentation are not part of the text.
                        '\n' => {
                            j += 1;
                            while matches!(s[j], ' ' | '\t' | '\n') {
                                j += 1;
                            }
                            continue;
                        }
                        'u' => {
                            let close = (j..s.len()).find(|&k| s[k] == '}').unwrap();
                            let hex: String = s[j + 3..close].iter().collect();
                            text.push(
                                char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap(),
                            );
                            j = close - 1;
                        }
                        c => text.push(c),
                    }
                    j += 2;
                } else {
                    text.push(s[j]);
                    j += 1;
                }
            }
            out.push(text);
            i = j + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// Whether a literal reads as German words for people (not code, SQL or a path).
fn germanish(t: &str) -> bool {
    const TECHNICAL: &[&str] = &[
        "/",
        "SELECT",
        "INSERT",
        "UPDATE",
        "DELETE",
        "CREATE",
        "WITH",
        "ALTER",
        "DROP",
        "PRAGMA",
        "text/",
        "application/",
        "http",
        "image/",
        "$",
    ];
    let chars: Vec<char> = t.chars().collect();
    let capitalised = chars.iter().enumerate().any(|(k, c)| {
        "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ".contains(*c)
            && (k == 0 || !chars[k - 1].is_ascii_alphabetic())
            && chars
                .get(k + 1)
                .is_some_and(|n| n.is_ascii_lowercase() || "äöüß".contains(*n))
    });
    // German words that are lower-case and plain ASCII, in texts of several words (a
    // single one is a name: a column, a parameter).
    const WORDS: &[&str] = &[
        "und",
        "oder",
        "nicht",
        "ist",
        "mit",
        "von",
        "seit",
        "wegen",
        "alle",
        "zwischen",
        "liegt",
        "einstimmig",
        "lang",
        "gefunden",
        "besser",
        "bearbeiten",
        "TOP",
    ];
    let word = t.contains(' ')
        && t.split(|c: char| !c.is_alphanumeric())
            .any(|w| WORDS.contains(&w));
    chars
        .iter()
        .any(|c| c.is_ascii_lowercase() || "äöüß".contains(*c))
        && !TECHNICAL.iter().any(|p| t.starts_with(p))
        && (capitalised || word || t.chars().any(|c| "äöüßÄÖÜ„“".contains(c)))
}

/// A `format!` string as a German pattern: `{name}` becomes `{ $name }`, each `{}` in turn
/// `{ $v1 }`, `{ $v2 }` …; other literals stay as they are.
fn pattern(t: &str) -> String {
    let mut out = String::new();
    let mut positional = 0;
    let mut rest = t;
    while let Some(open) = rest.find(['{', '}']) {
        out.push_str(&rest[..open]);
        let tail = &rest[open..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push_str(&tail[..1]);
            rest = &tail[2..];
            continue;
        }
        let close = tail.find('}').filter(|_| tail.starts_with('{'));
        let inner = close.map(|c| &tail[1..c]);
        let name = inner.map(|i| i.split(':').next().unwrap_or_default());
        match (close, name) {
            (Some(c), Some(n)) if n.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_') => {
                let name = if n.is_empty() || n.chars().all(|ch| ch.is_ascii_digit()) {
                    positional += 1;
                    format!("v{positional}")
                } else {
                    n.to_owned()
                };
                out.push_str(&format!("{{ ${name} }}"));
                rest = &tail[c + 1..];
            }
            _ => {
                out.push_str(&tail[..1]);
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The German texts of the templates: `layout.g("…")` and its siblings with arguments.
fn template_texts(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for piece in source.split("layout.g").skip(1) {
        let piece = piece.trim_start_matches(|c: char| c.is_ascii_digit());
        if let Some(text) = piece.strip_prefix("(\"") {
            out.push(text[..text.find('"').unwrap()].to_owned());
        }
    }
    out
}

/// Every German text with the file it is first found in.
fn german_texts() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (file, source) in staff_files("rs") {
        for t in rust_literals(&source).into_iter().filter(|t| germanish(t)) {
            out.entry(pattern(&t)).or_insert_with(|| file.clone());
        }
    }
    for (file, source) in staff_files("html") {
        for t in template_texts(&source) {
            out.entry(t).or_insert_with(|| file.clone());
        }
    }
    out
}

#[test]
fn every_german_text_of_the_staff_pages_has_its_english_and_no_other() {
    let texts = german_texts();
    assert!(texts.len() > 1000, "{} texts found", texts.len());
    let sources: BTreeMap<String, String> = staff_sources()
        .into_iter()
        .map(|(german, id)| (id, german))
        .collect();
    let missing: Vec<String> = texts
        .iter()
        .filter(|(t, _)| !sources.contains_key(&staff_id(t)))
        .map(|(t, file)| format!("{file}:\n# {}\n{} = ", t.replace('\n', "\n# "), staff_id(t)))
        .collect();
    assert!(
        missing.is_empty(),
        "{} texts lack their English in locales/en/admin.ftl:\n{}",
        missing.len(),
        missing.join("\n")
    );
    let known: BTreeSet<String> = texts.keys().map(|t| staff_id(t)).collect();
    let stray: Vec<&String> = sources.keys().filter(|id| !known.contains(*id)).collect();
    assert!(
        stray.is_empty(),
        "messages whose German text is gone: {stray:?}"
    );
}

#[test]
fn the_catalogue_names_each_message_by_its_german_text() {
    let sources = staff_sources();
    // Each message's English as Fluent syntax, for the placeholders it uses.
    let resource = fluent_syntax::parser::parse(STAFF_SOURCE).unwrap();
    let values: BTreeMap<&str, &fluent_syntax::ast::Pattern<&str>> = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some((m.id.name, m.value.as_ref()?)),
            _ => None,
        })
        .collect();
    let mut seen = BTreeSet::new();
    let mut args = FluentArgs::new();
    for (german, id) in &sources {
        assert_eq!(
            &staff_id(german),
            id,
            "the comment above {id} is not its German text"
        );
        assert!(seen.insert(id.clone()), "{id} twice");
        // The English uses the German text's placeholders and no others.
        let placeholders: BTreeSet<String> = pieces(german)
            .into_iter()
            .filter_map(|p| match p {
                Piece::Arg(a) => Some(a),
                Piece::Text(_) => None,
            })
            .collect();
        for p in &placeholders {
            args.set(p.clone(), "x");
        }
        let message = STAFF
            .bundle
            .get_message(id)
            .and_then(|m| m.value())
            .unwrap();
        let mut errors = Vec::new();
        let english = STAFF
            .bundle
            .format_pattern(message, Some(&args), &mut errors);
        assert!(errors.is_empty(), "{id}: {errors:?}");
        assert!(!english.trim().is_empty(), "{id} is empty");
        let mut used = BTreeSet::new();
        if let Some(value) = values.get(id.as_str()) {
            super::tests::variables(value, &mut used);
        }
        assert!(
            used.is_subset(&placeholders),
            "{id} uses {used:?}, the German has {placeholders:?}"
        );
    }
    assert!(sources.len() > 1000);
}

#[test]
fn the_staff_templates_have_no_text_outside_the_catalogue() {
    for (file, source) in staff_files("html") {
        let mut rest = source.as_str();
        // Outside `{{ … }}`, `{% … %}`, tags and scripts, no letters.
        let mut bare = Vec::new();
        while !rest.is_empty() {
            let next = rest.find(['{', '<']).unwrap_or(rest.len());
            let text = &rest[..next];
            if text.chars().any(char::is_alphabetic) {
                bare.push(text.trim().to_owned());
            }
            rest = &rest[next..];
            let close = if rest.starts_with("{{") {
                "}}"
            } else if rest.starts_with("{%") {
                "%}"
            } else if rest.starts_with("{#") {
                "#}"
            } else if rest.starts_with("<script") {
                "</script>"
            } else if rest.starts_with('<') {
                ">"
            } else {
                rest = rest.get(1..).unwrap_or_default();
                continue;
            };
            // A tag's attributes may hold `{{ … }}` with a `>` inside.
            let mut end = 0;
            loop {
                let from = &rest[end..];
                let c = from.find(close).map(|c| c + end);
                let inner = from.find("{{").map(|c| c + end);
                match (c, inner) {
                    (Some(c), Some(o)) if close == ">" && o < c => {
                        end = o + rest[o..].find("}}").unwrap() + 2;
                    }
                    (Some(c), _) => {
                        end = c + close.len();
                        break;
                    }
                    (None, _) => {
                        end = rest.len();
                        break;
                    }
                }
            }
            rest = &rest[end..];
        }
        assert!(
            bare.is_empty(),
            "{file}: text outside layout.g(…): {bare:?}"
        );
    }
}

#[test]
fn texts_the_code_formats_are_recognised() {
    // A fixed text, one of the parser's messages with a phrase inside, a value inside.
    assert_eq!(staff_text("en", "Speichern"), "Save");
    assert_eq!(
        staff_text("en", "Bitte einen Titel angeben."),
        "Please enter a title."
    );
    assert_eq!(
        staff_text(
            "en",
            "„31.02.2024“ ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT)."
        ),
        "“31.02.2024” is not a valid date (DD.MM.YYYY or YYYY-MM-DD)."
    );
    assert_eq!(
        staff_text("en", "Vorlage 2021/7/014 bearbeiten"),
        "Edit paper 2021/7/014"
    );
    assert_eq!(staff_text("de", "Speichern"), "Speichern");
    // A record's own text stays as it is.
    assert_eq!(staff_text("en", "Sprachcafé Peine"), "Sprachcafé Peine");
    assert_eq!(
        staff(
            "en",
            "Zeile { $row }: Haushaltsjahr",
            &[("row", "2".into())]
        ),
        "Row 2: budget year"
    );
    assert_eq!(
        staff(
            "de",
            "Zeile { $row }: Haushaltsjahr",
            &[("row", "2".into())]
        ),
        "Zeile 2: Haushaltsjahr"
    );
}

#[test]
fn literals_and_patterns_are_read_as_the_compiler_reads_them() {
    let source = "let a = \"Höchstens {max} Zeichen, hier {}.\"; // \"Kommentar\"\n\
                  let b = r#\"Ein \"Zitat\"\"#; let c = '\"'; let d = \"Zeile\\n2 \\u{a0}€\"; let e = \"eins \\\n    zwei\";";
    let found = rust_literals(source);
    assert_eq!(
        found,
        [
            "Höchstens {max} Zeichen, hier {}.",
            "Ein \"Zitat\"",
            "Zeile\n2 \u{a0}€",
            "eins zwei"
        ]
    );
    assert_eq!(
        pattern(&found[0]),
        "Höchstens { $max } Zeichen, hier { $v1 }."
    );
    assert_eq!(pattern("{{ wörtlich }} {n:02}"), "{ wörtlich } { $n }");
    assert!(germanish("Neue Sitzung") && germanish("verzögert") && germanish("Raum"));
    assert!(
        !germanish("SELECT id FROM bodies")
            && !germanish("organization_id")
            && !germanish("/admin/")
    );
}
