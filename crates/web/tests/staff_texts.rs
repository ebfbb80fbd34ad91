//! The English of the staff's pages, kept whole by reading the sources (issue 34): every German
//! text the staff can see — a string literal of the code that reaches their pages, a
//! `layout.g("…")` of their templates — has its message in `locales/en/admin.ftl`, the
//! catalogue holds nothing else, and the staff's templates have no text outside it.
//!
//! Rust is read with `syn`, as the compiler reads it: escapes, raw strings and line
//! continuations resolved, comments and doc comments left out, the literals inside macros
//! (`format!`, `#[error(…)]`) found, test code skipped.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use syn::visit::Visit;
use teilhabe_web::i18n::{staff_id, staff_sources};

mod source;
use source::{attrs, crates, files, is_test};

/// The folders outside the web crate whose German texts reach the staff's pages, relative to
/// `crates/`: the messages of the domain, the store, the statistics and the survey crates.
const RUST: &[&str] = &["domain/src", "store/src", "stats/src", "survey/src"];
/// The web crate's shared files whose texts reach the staff's pages: forms, errors, uploads.
const KIT: &[&str] = &[
    "web/src/kit/form.rs",
    "web/src/kit/error.rs",
    "web/src/kit/upload.rs",
];
/// Files of those folders with no text for the staff's pages: word stems, command-line
/// imports and output, the database's plumbing.
const NOT_SHOWN: &[&str] = &[
    "domain/src/search.rs",
    "store/src/oparl_import.rs",
    "store/src/oparl_import/write.rs",
    "store/src/backup.rs",
    "store/src/testdb.rs",
    "store/src/testdb/pgbouncer.rs",
    "store/src/db.rs",
    "stats/src/show.rs",
];
/// Constants that hold records' own texts (a catalogue the records start from): German
/// content, translated as content, not the interface's words.
/// Also: words matched in records' texts, never shown (the outcomes of agenda items that
/// resolution tracking reads).
const RECORD_TEXTS: &[&str] = &[
    "DEFAULT_INDICATORS",
    "MONITORING_INDICATORS",
    "DEFERRAL_WORDS",
    "NO_ACTION_WORDS",
    "REVIEW_WORDS",
    "COMMISSIONED",
    "EXAMINE",
    "NOTED_WORDS",
    "DECISION_WORDS",
    // The working sheet's own vocabulary: the names of a German file's sheets and columns.
    "MEASURES_SHEET",
    "MILESTONES_SHEET",
    "MEASURE_COLUMNS",
    "MILESTONE_COLUMNS",
    "KEY_COLUMN",
    "MEASURE_KEY_COLUMN",
];

/// Whether a file of a capability's folder in the web crate is a staff page's: its
/// administration (`admin.rs`, `admin_*.rs`, `admin/`, `admin_*.html`), an organisation's
/// pages of a reporting round (`link*`) and the account pages.
fn staff_file(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    rel.contains("/admin/")
        || name.starts_with("admin")
        || name.starts_with("link")
        || rel.starts_with("web/src/accounts/account")
        || rel == "web/src/accounts/second_factor.html"
}

/// The staff's files with extension `ext` as `(path below crates/, text)`: those of the web
/// crate, and for Rust those of [`KIT`] and [`RUST`].
fn staff_files(ext: &str) -> Vec<(String, String)> {
    let root = crates();
    let rel = |p: &Path| {
        p.strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/")
    };
    let mut out: Vec<String> = files(&root.join("web/src"), ext)
        .iter()
        .map(|p| rel(p))
        .filter(|r| staff_file(r))
        .collect();
    if ext == "rs" {
        out.extend(KIT.iter().map(|k| (*k).to_owned()));
        for dir in RUST {
            out.extend(files(&root.join(dir), ext).iter().map(|p| rel(p)));
        }
    }
    out.retain(|r| !NOT_SHOWN.contains(&r.as_str()));
    out.into_iter()
        .map(|r| {
            let text = std::fs::read_to_string(root.join(&r)).expect("source");
            (r, text)
        })
        .collect()
}

/// The string literals of a Rust file outside its test code and records' texts.
#[derive(Default)]
struct Literals(Vec<String>);

impl Literals {
    /// The literals inside a macro's or an attribute's tokens, at any depth, but for doc
    /// comments (`#[doc = "…"]` inside a macro's tokens).
    fn tokens(&mut self, tokens: proc_macro2::TokenStream) {
        let mut after_hash = false;
        for tree in tokens {
            let doc = after_hash
                && matches!(&tree, proc_macro2::TokenTree::Group(g)
                    if g.stream().into_iter().next().is_some_and(|t| t.to_string() == "doc"));
            after_hash = matches!(&tree, proc_macro2::TokenTree::Punct(p) if p.as_char() == '#');
            match tree {
                _ if doc => {}
                proc_macro2::TokenTree::Group(g) => self.tokens(g.stream()),
                proc_macro2::TokenTree::Literal(l) => {
                    if let syn::Lit::Str(s) = syn::Lit::new(l) {
                        self.0.push(s.value());
                    }
                }
                _ => {}
            }
        }
    }
}

impl<'ast> Visit<'ast> for Literals {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        let records = matches!(item, syn::Item::Const(c) if RECORD_TEXTS.contains(&c.ident.to_string().as_str()));
        if !is_test(attrs(item)) && !records {
            syn::visit::visit_item(self, item);
        }
    }

    fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
        if !is_test(&f.attrs) {
            syn::visit::visit_impl_item_fn(self, f);
        }
    }

    /// Of the attributes, only an error's message (`#[error("…")]`) is a text for people;
    /// doc comments, `serde` names and lint reasons are not.
    fn visit_attribute(&mut self, a: &'ast syn::Attribute) {
        if let syn::Meta::List(l) = &a.meta
            && l.path.is_ident("error")
        {
            self.tokens(l.tokens.clone());
        }
    }

    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        self.tokens(m.tokens.clone());
    }

    fn visit_lit_str(&mut self, s: &'ast syn::LitStr) {
        self.0.push(s.value());
    }
}

fn rust_literals(file: &str, source: &str) -> Vec<String> {
    let syntax = syn::parse_file(source).unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut v = Literals::default();
    v.visit_file(&syntax);
    v.0
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
    let chars: Vec<char> = t.chars().collect();
    let capitalised = chars.iter().enumerate().any(|(k, c)| {
        "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ".contains(*c)
            && (k == 0 || !chars[k - 1].is_ascii_alphabetic())
            && chars
                .get(k + 1)
                .is_some_and(|n| n.is_ascii_lowercase() || "äöüß".contains(*n))
    });
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
        for t in rust_literals(&file, &source)
            .into_iter()
            .filter(|t| germanish(t))
        {
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

/// The text outside `{{ … }}`, `{% … %}`, `{# … #}`, tags and scripts of a template.
fn bare_text(source: &str) -> Vec<String> {
    let mut rest = source;
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
    bare
}

#[test]
fn the_staff_templates_have_no_text_outside_the_catalogue() {
    for (file, source) in staff_files("html") {
        let bare = bare_text(&source);
        assert!(
            bare.is_empty(),
            "{file}: text outside layout.g(…): {bare:?}"
        );
    }
    assert_eq!(
        bare_text(r#"<p title="{{ a > b }}">{{ layout.g("Neu") }}</p> Hallo"#),
        ["Hallo"]
    );
}

#[test]
fn literals_and_patterns_are_read_as_the_compiler_reads_them() {
    let source = r#"
        /// Doc comments are not texts.
        const A: &str = "Höchstens {max} Zeichen, hier {}."; // "Kommentar"
        const B: &str = r"Größe in C:\Daten\n";
        const C: char = '"';
        fn d() -> String { format!("Zeile\n2 \u{a0}€ {}", "eins \
            zwei") }
        #[derive(Debug, thiserror::Error, serde::Serialize)]
        enum E {
            #[error("Datei zu groß")]
            #[serde(rename = "Gross")]
            Big,
        }
        tokio::task_local! {
            /// Die Person der Anfrage.
            static P: u8;
        }
        const DEFAULT_INDICATORS: &[&str] = &["Bevölkerung"];
        #[cfg(test)]
        mod tests { const T: &str = "Nur im Test"; }
    "#;
    let found = rust_literals("example.rs", source);
    assert_eq!(
        found,
        [
            "Höchstens {max} Zeichen, hier {}.",
            "Größe in C:\\Daten\\n",
            "Zeile\n2 \u{a0}€ {}",
            "eins zwei",
            "Datei zu groß",
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
