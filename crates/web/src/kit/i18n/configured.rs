//! The languages an operator adds: their catalogues, read at start from the configured
//! directory (`<dir>/<code>/portal.ftl`), checked against the messages a complete catalogue
//! has, and the marks that let a page show a message the catalogue lacks in German, marked as
//! German (`<span lang="de">`) — for a screen reader to read it as German and a reader to see
//! why.

use super::{Bundle, SOURCES, new_bundle};
use axum::body::Body;
use axum::http::header;
use axum::response::Response;
use fluent_bundle::FluentResource;
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;
use teilhabe_domain::languages::{self, Language};

/// The file of a configured language's messages, under the catalogue directory.
pub const CATALOGUE: &str = "portal.ftl";

/// A configured language's catalogue, and the messages it lacks (shown in German).
pub(super) struct Configured {
    pub(super) code: &'static str,
    pub(super) bundle: Bundle,
    missing: BTreeSet<String>,
}

pub(super) static CONFIGURED: OnceLock<Vec<Configured>> = OnceLock::new();

/// Every message id a complete catalogue has: the English catalogue's (the tests hold it to
/// German's messages and the vocabularies' labels).
fn complete_ids() -> BTreeSet<String> {
    let (_, files) = SOURCES.iter().find(|(c, _)| *c == "en").expect("English");
    files
        .iter()
        .flat_map(|(_, text)| message_ids(text).unwrap_or_default())
        .collect()
}

/// The ids of a catalogue's messages; its syntax errors as `line: what`.
fn message_ids(text: &str) -> Result<Vec<String>, Vec<String>> {
    use fluent_syntax::ast::Entry;
    match fluent_syntax::parser::parse(text) {
        Ok(resource) => Ok(resource
            .body
            .iter()
            .filter_map(|e| match e {
                Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()),
        Err((_, errors)) => Err(errors
            .iter()
            .map(|e| {
                // The entry the error is in (its junk), else where the parser stopped.
                let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                let line = text[..at.min(text.len())].matches('\n').count() + 1;
                format!("{line}: {}", e.kind)
            })
            .collect()),
    }
}

/// What configuring the languages found worth telling the operator: messages a catalogue
/// lacks (shown in German) or has that no page asks for (a typo in an id).
pub struct CatalogueReport {
    pub code: &'static str,
    pub file: String,
    pub missing: Vec<String>,
    pub unknown: Vec<String>,
}

/// Reads the catalogues of the configured languages from `dir` (`<dir>/<code>/portal.ftl`)
/// and adds the languages to the process's set. A catalogue that cannot be read or does not
/// parse is refused with its file and line; one that lacks messages is taken, and reported.
/// Once per process; the same set again is fine, another is refused.
pub fn configure(dir: &Path, extra: &[Language]) -> Result<Vec<CatalogueReport>, String> {
    // A line that cannot be taken is named before any file is read.
    languages::with_built_in(extra)?;
    let (configured, reports) = load(dir, extra)?;
    languages::configure(extra)?;
    let codes: Vec<&str> = configured.iter().map(|c| c.code).collect();
    // The first set configured stays (as the languages' own): another one is refused.
    let _ = CONFIGURED.set(configured);
    let kept: Vec<&str> = CONFIGURED
        .get()
        .into_iter()
        .flatten()
        .map(|c| c.code)
        .collect();
    if kept != codes {
        return Err(format!("Die Kataloge sind schon für {kept:?} eingestellt."));
    }
    Ok(reports)
}

/// The configured languages' catalogues from `dir`, checked, with what is worth reporting.
fn load(dir: &Path, extra: &[Language]) -> Result<(Vec<Configured>, Vec<CatalogueReport>), String> {
    let complete = complete_ids();
    let mut configured = Vec::new();
    let mut reports = Vec::new();
    for l in extra {
        let path = dir.join(l.code).join(CATALOGUE);
        let file = path.display().to_string();
        let text = std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "{file}: der Katalog der Sprache „{}“ kann nicht gelesen werden: {e}",
                l.code
            )
        })?;
        let ids = message_ids(&text).map_err(|errors| {
            let first = errors.first().cloned().unwrap_or_default();
            format!(
                "{file}:{first} (Fluent-Syntax; {} Fehler in der Datei)",
                errors.len()
            )
        })?;
        let have: BTreeSet<String> = ids.into_iter().collect();
        let mut bundle = new_bundle(l.code).map_err(|e| format!("{file}: {e}"))?;
        let resource =
            FluentResource::try_new(text).map_err(|_| format!("{file}: Fluent-Syntax"))?;
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("{file}: Nachrichten doppelt: {errors:?}"))?;
        let missing: BTreeSet<String> = complete.difference(&have).cloned().collect();
        reports.push(CatalogueReport {
            code: l.code,
            file,
            missing: missing.iter().cloned().collect(),
            unknown: have.difference(&complete).cloned().collect(),
        });
        configured.push(Configured {
            code: l.code,
            bundle,
            missing,
        });
    }
    Ok((configured, reports))
}

/// Whether `code`'s catalogue lacks messages, which its pages then show in German.
pub fn incomplete(code: &str) -> bool {
    CONFIGURED
        .get()
        .is_some_and(|all| all.iter().any(|c| c.code == code && !c.missing.is_empty()))
}

/// Marks a German fallback within a page's text: [`choose`] turns the pair into
/// `<span lang="de">…</span>` where the text stands in the page's content, and drops it in
/// attributes, titles and other text that cannot hold an element (and outside HTML).
pub(super) const FALLBACK_START: char = '\u{E000}';
pub(super) const FALLBACK_END: char = '\u{E001}';

/// A page with its German fallbacks marked: `<span lang="de">` in the content, nothing in
/// tags (attribute values) and in elements that hold text only.
pub fn mark_fallbacks(html: &str) -> String {
    const TEXT_ONLY: &[&str] = &["title", "script", "style", "textarea", "option"];
    let mut out = String::with_capacity(html.len() + 256);
    let mut in_tag = false;
    let mut text_only: Option<&str> = None;
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' if !in_tag => {
                in_tag = true;
                let tag = &rest[1..];
                let (closing, tag) = match tag.strip_prefix('/') {
                    Some(t) => (true, t),
                    None => (false, tag),
                };
                let name: String = tag
                    .chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .map(|c| c.to_ascii_lowercase())
                    .collect();
                if let Some(t) = TEXT_ONLY.iter().copied().find(|t| *t == name) {
                    text_only = if closing { None } else { Some(t) };
                }
                out.push(c);
            }
            '>' if in_tag => {
                in_tag = false;
                out.push(c);
            }
            FALLBACK_START if !in_tag && text_only.is_none() => {
                out.push_str(r#"<span lang="de" dir="ltr">"#);
            }
            FALLBACK_END if !in_tag && text_only.is_none() => out.push_str("</span>"),
            FALLBACK_START | FALLBACK_END => {}
            c => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Text outside HTML (JSON, calendars) without the marks.
pub(super) fn strip_fallbacks(text: &str) -> String {
    text.replace([FALLBACK_START, FALLBACK_END], "")
}

/// The response with the German fallbacks of an incomplete catalogue marked (HTML) or
/// unmarked (other text); anything else as it is.
pub(super) async fn with_fallbacks_marked(response: Response) -> Response {
    let kind = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let html = kind.starts_with("text/html");
    let text = html || kind.starts_with("text/") || kind.contains("json") || kind.contains("xml");
    if !text {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let Ok(page) = std::str::from_utf8(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    let marked = if html {
        mark_fallbacks(page)
    } else {
        strip_fallbacks(page)
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(marked))
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentArgs;

    /// The catalogues shipped for languages an operator configures (`locales/pl`, `locales/cs`),
    /// read from disk as the server reads them.
    const SHIPPED: &[&str] = &["pl", "cs"];

    fn shipped(code: &str) -> String {
        let path = format!("{}/locales/{code}/{CATALOGUE}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn the_shipped_catalogues_are_complete_and_format_in_their_plurals() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let langs: Vec<Language> = ["pl:Polski:Polnisch", "cs:Čeština:Tschechisch"]
            .iter()
            .map(|l| languages::parse(l).unwrap())
            .collect();
        let (configured, reports) = load(&dir, &langs).expect("the shipped catalogues load");
        for r in &reports {
            assert!(r.missing.is_empty(), "{} lacks {:?}", r.file, r.missing);
            assert!(
                r.unknown.is_empty(),
                "{} has unknown {:?}",
                r.file,
                r.unknown
            );
        }
        let format = |code: &str, n: i64| {
            let b = &configured.iter().find(|c| c.code == code).unwrap().bundle;
            let mut args = FluentArgs::new();
            args.set("count", n);
            let pattern = b
                .get_message("concept-measure-count")
                .unwrap()
                .value()
                .unwrap();
            b.format_pattern(pattern, Some(&args), &mut Vec::new())
                .into_owned()
        };
        assert_eq!(format("pl", 1), "1 działanie");
        assert_eq!(format("pl", 3), "3 działania");
        assert_eq!(format("pl", 5), "5 działań");
        assert_eq!(format("pl", 22), "22 działania");
        assert_eq!(format("cs", 1), "1 opatření");
        for code in SHIPPED {
            assert!(message_ids(&shipped(code)).is_ok(), "{code} parses");
        }
    }

    #[test]
    fn a_catalogue_that_lacks_messages_is_taken_and_one_that_does_not_parse_is_refused() {
        let dir = std::env::temp_dir().join(format!("teilhabe-i18n-{}", std::process::id()));
        let write = |code: &str, text: &str| {
            std::fs::create_dir_all(dir.join(code)).unwrap();
            std::fs::write(dir.join(code).join(CATALOGUE), text).unwrap();
        };
        write("hsb", "nav-login = Přizjewić\nno-such-page = x\n");
        write("dsb", "nav-login = Pśizjawiś\n\nnav-logout = = {\n");
        let hsb = languages::parse("hsb:Hornjoserbsce:Obersorbisch").unwrap();
        let (configured, reports) = load(&dir, &[hsb]).expect("taken");
        assert_eq!(configured[0].code, "hsb");
        assert!(reports[0].missing.contains(&"skip-link".to_string()));
        assert!(!reports[0].missing.contains(&"nav-login".to_string()));
        assert_eq!(reports[0].unknown, ["no-such-page"]);
        let dsb = languages::parse("dsb:Dolnoserbski:Niedersorbisch").unwrap();
        let e = load(&dir, &[dsb]).err().unwrap();
        assert!(e.contains("dsb/portal.ftl:3:"), "{e}");
        let wen = languages::parse("wen:Serbsce:Sorbisch").unwrap();
        let e = load(&dir, &[wen]).err().unwrap();
        assert!(
            e.contains("wen/portal.ftl") && e.contains("kann nicht gelesen werden"),
            "{e}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn german_fallbacks_are_marked_in_content_and_dropped_where_no_element_may_stand() {
        let m = |t: &str| format!("{FALLBACK_START}{t}{FALLBACK_END}");
        let page = format!(
            "<html><head><title>{} – x</title></head><body><a href=\"/\" title=\"{}\">{}</a>\
             <select><option>{}</option></select><p>a &lt; b {}</p></body></html>",
            m("Start"),
            m("Anmelden"),
            m("Anmelden"),
            m("Alle"),
            m("Fertig")
        );
        assert_eq!(
            mark_fallbacks(&page),
            "<html><head><title>Start – x</title></head><body><a href=\"/\" title=\"Anmelden\">\
             <span lang=\"de\" dir=\"ltr\">Anmelden</span></a><select><option>Alle</option>\
             </select><p>a &lt; b <span lang=\"de\" dir=\"ltr\">Fertig</span></p></body></html>"
        );
        assert_eq!(
            strip_fallbacks(&format!("{{\"a\":\"{}\"}}", m("x"))),
            "{\"a\":\"x\"}"
        );
    }
}
