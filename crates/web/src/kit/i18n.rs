//! The user interface's words in its languages: Fluent messages, compiled into the binary for
//! the built-in languages (`locales/<code>/*.ftl`) and read at start from the configured
//! catalogue directory for the languages an operator adds (`<dir>/<code>/portal.ftl`); the
//! language of the request, and the language switcher.
//!
//! The language is chosen by URL (`?sprache=ar` on any page), remembered in a cookie, and
//! German otherwise. Every language has the public portal's messages (`portal.ftl`); the
//! tests require the built-in and the shipped catalogues to be complete. A catalogue an
//! operator brings may lack messages: those are shown in German, and marked as German
//! (`<span lang="de">`), so that a screen reader reads them as German and a reader sees why
//! — [`choose`] marks them in the page it answers.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::LazyLock;
use teilhabe_domain::languages::{self, Language, language};

/// The query parameter that chooses a language, and the cookie that remembers it.
pub const PARAM: &str = "sprache";
pub(crate) const COOKIE: &str = "teilhabe_sprache";

/// A language's message files, by its code.
macro_rules! locale {
    ($code:literal) => {
        (
            $code,
            &[(
                "portal.ftl",
                include_str!(concat!("../../locales/", $code, "/portal.ftl")),
            )],
        )
    };
}

/// Each built-in language's message files, German first (the source and the fallback).
pub const SOURCES: &[(&str, &[(&str, &str)])] = &[
    locale!("de"),
    locale!("en"),
    locale!("ar"),
    locale!("uk"),
    locale!("tr"),
    locale!("ru"),
    locale!("fa"),
];

mod configured;

pub use configured::{CATALOGUE, CatalogueReport, configure, incomplete, mark_fallbacks};
use configured::{CONFIGURED, FALLBACK_END, FALLBACK_START};

type Bundle = FluentBundle<FluentResource>;

/// An empty bundle for `code`; a code Fluent cannot take (for its plural rules) is refused.
pub(super) fn new_bundle(code: &str) -> Result<Bundle, String> {
    let id = code
        .parse()
        .map_err(|_| format!("„{code}“ ist kein Sprachcode nach BCP 47."))?;
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // The pages mark directions with `dir` and `lang`; isolation marks would only
    // end up inside attribute values and titles.
    bundle.set_use_isolating(false);
    Ok(bundle)
}

static BUNDLES: LazyLock<Vec<(&'static str, Bundle)>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(code, files)| {
            let mut bundle = new_bundle(code).expect("the built-in codes are valid");
            for (name, text) in *files {
                let resource = FluentResource::try_new((*text).to_owned())
                    .unwrap_or_else(|(_, e)| panic!("locales/{code}/{name}: {e:?}"));
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|e| panic!("locales/{code}/{name}: {e:?}"));
            }
            (*code, bundle)
        })
        .collect()
});

fn bundle(code: &str) -> &'static Bundle {
    let all = &*BUNDLES;
    all.iter()
        .find(|(c, _)| *c == code)
        .map(|(_, b)| b)
        .or_else(|| {
            CONFIGURED
                .get()?
                .iter()
                .find(|c| c.code == code)
                .map(|c| &c.bundle)
        })
        .unwrap_or(&all[0].1)
}

/// Message `id` in `lang` with `args`, in German when `lang` lacks it; the id itself when
/// no language has it (a mistake the tests catch).
pub fn message(lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
    lookup(lang, id, args)
        .or_else(|| lookup("de", id, args))
        .unwrap_or_else(|| id.to_owned())
}

/// Like [`message`], for a page's text: a German fallback in a configured language's page
/// comes marked, for [`choose`] to mark in the page.
pub fn page_message(lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
    if let Some(text) = lookup(lang, id, args) {
        return text;
    }
    let german = lookup("de", id, args).unwrap_or_else(|| id.to_owned());
    if incomplete(lang) {
        format!("{FALLBACK_START}{german}{FALLBACK_END}")
    } else {
        german
    }
}

/// Message `id` in `lang` only.
pub fn lookup(lang: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let b = bundle(lang);
    let pattern = b.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(b.format_pattern(pattern, args, &mut errors).into_owned())
}

fn arguments<'a>(pairs: &'a [(&'a str, String)]) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (k, v) in pairs {
        args.set(*k, FluentValue::try_number(v));
    }
    args
}

/// Message `id` in `lang` with arguments given as text; numbers become numbers, for
/// plural forms.
pub fn format(lang: &str, id: &str, pairs: &[(&str, String)]) -> String {
    message(lang, id, Some(&arguments(pairs)))
}

/// Like [`format`], for a page's text (see [`page_message`]).
pub fn page_format(lang: &str, id: &str, pairs: &[(&str, String)]) -> String {
    page_message(lang, id, Some(&arguments(pairs)))
}

/// Message `id` in `lang`, or `german` (a vocabulary's own German label) when `lang` has
/// none; marked as a fallback as [`page_message`] does.
pub fn page_or(lang: &str, id: &str, german: &str) -> String {
    match lookup(lang, id, None) {
        Some(text) => text,
        None if incomplete(lang) => format!("{FALLBACK_START}{german}{FALLBACK_END}"),
        None => german.to_owned(),
    }
}

/// The request's language and where the request went, for the layout's switcher. [`choose`]
/// puts it into the request's extensions; handlers read it through
/// [`crate::kit::context::Context`].
#[derive(Clone)]
pub struct RequestLanguage {
    pub lang: Language,
    /// Path and query without `sprache`.
    pub path: String,
    pub query: Vec<(String, String)>,
}

impl RequestLanguage {
    /// German, for `path`: what a request that did not pass [`choose`] is answered in.
    pub fn german(path: &str) -> Self {
        Self {
            lang: languages::german(),
            path: path.to_owned(),
            query: Vec::new(),
        }
    }

    /// The language of the page's own words: the request's language; on the staff's pages
    /// English when that is asked for and German otherwise.
    pub fn page(&self) -> Language {
        if is_staff_path(&self.path) && !STAFF_LANGUAGES.contains(&self.lang.code) {
            languages::german()
        } else {
            self.lang
        }
    }

    /// The same page in every language, for the layout's switcher.
    pub fn switcher(&self) -> Vec<LanguageLink> {
        languages::all()
            .iter()
            .map(|l| {
                let mut query = form_urlencoded::Serializer::new(String::new());
                for (k, v) in &self.query {
                    query.append_pair(k, v);
                }
                query.append_pair(PARAM, l.code);
                LanguageLink {
                    code: l.code,
                    name: l.name,
                    dir: l.dir(),
                    href: format!("{}?{}", self.path, query.finish()),
                    current: l.code == self.lang.code,
                }
            })
            .collect()
    }
}

/// Whether a path belongs to the staff's pages (the administration, the account and an
/// organisation's report pages of a reporting round), whose
/// words are German and English only.
pub fn is_staff_path(path: &str) -> bool {
    path == "/admin"
        || path.starts_with("/admin/")
        || path == "/konto"
        || path.starts_with("/konto/")
        || path.starts_with("/bericht/")
}

/// The languages of the staff's pages. Their German words are in the code and the
/// templates themselves; `locales/en/admin.ftl` holds their English, one message per German
/// text, named by [`staff_id`].
pub const STAFF_LANGUAGES: &[&str] = &["de", "en"];

/// The English of the staff's pages, and the German patterns (texts with `{ $name }`) by
/// which texts already formatted in German are recognised, most specific first.
struct Staff {
    bundle: Bundle,
    patterns: Vec<(Vec<Piece>, String)>,
}

/// A piece of a German pattern: fixed text or a placeholder.
#[derive(Debug, PartialEq)]
enum Piece {
    Text(String),
    Arg(String),
}

const STAFF_SOURCE: &str = include_str!("../../locales/en/admin.ftl");

static STAFF: LazyLock<Staff> = LazyLock::new(|| {
    let mut bundle = Bundle::new_concurrent(vec!["en".parse().expect("a valid identifier")]);
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(STAFF_SOURCE.to_owned())
        .unwrap_or_else(|(_, e)| panic!("locales/en/admin.ftl: {e:?}"));
    bundle
        .add_resource(resource)
        .unwrap_or_else(|e| panic!("locales/en/admin.ftl: {e:?}"));
    let mut patterns: Vec<(Vec<Piece>, String)> = staff_sources()
        .into_iter()
        .filter_map(|(german, id)| {
            let pieces = pieces(&german);
            let fixed: usize = pieces
                .iter()
                .map(|p| match p {
                    Piece::Text(t) => t.chars().filter(|c| c.is_alphabetic()).count(),
                    Piece::Arg(_) => 0,
                })
                .sum();
            // A pattern of placeholders and punctuation would recognise anything.
            (pieces.iter().any(|p| matches!(p, Piece::Arg(_))) && fixed >= 4)
                .then_some((pieces, id))
        })
        .collect();
    patterns.sort_by_key(|(pieces, _)| {
        std::cmp::Reverse(
            pieces
                .iter()
                .map(|p| match p {
                    Piece::Text(t) => t.len(),
                    Piece::Arg(_) => 0,
                })
                .sum::<usize>(),
        )
    });
    Staff { bundle, patterns }
});

/// The catalogue's messages as `(German source, id)`: each message's comment is its German
/// text.
pub fn staff_sources() -> Vec<(String, String)> {
    use fluent_syntax::ast::Entry;
    let resource = fluent_syntax::parser::parse(STAFF_SOURCE)
        .unwrap_or_else(|(_, e)| panic!("locales/en/admin.ftl: {e:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some((
                m.comment
                    .as_ref()
                    .map(|c| c.content.join("\n"))
                    .unwrap_or_default(),
                m.id.name.to_owned(),
            )),
            _ => None,
        })
        .collect()
}

/// A German pattern in pieces.
fn pieces(pattern: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while let Some(start) = rest.find("{ $") {
        let Some(len) = rest[start..].find(" }") else {
            break;
        };
        if start > 0 {
            out.push(Piece::Text(rest[..start].to_owned()));
        }
        out.push(Piece::Arg(rest[start + 3..start + len].to_owned()));
        rest = &rest[start + len + 2..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest.to_owned()));
    }
    out
}

/// The placeholders' values when `text` is `pattern` filled in; a placeholder takes the
/// shortest text that lets the rest match.
fn recognise(pattern: &[Piece], text: &str) -> Option<Vec<(String, String)>> {
    match pattern.split_first() {
        None => text.is_empty().then(Vec::new),
        Some((Piece::Text(fixed), rest)) => recognise(rest, text.strip_prefix(fixed.as_str())?),
        Some((Piece::Arg(name), rest)) => {
            let next = match rest.first() {
                None => return (!text.is_empty()).then(|| vec![(name.clone(), text.to_owned())]),
                Some(Piece::Text(next)) => next,
                // Two placeholders side by side cannot be told apart.
                Some(Piece::Arg(_)) => return None,
            };
            let mut from = 1;
            while let Some(at) = text.get(from..).and_then(|t| t.find(next.as_str())) {
                let end = from + at;
                if let Some(mut args) = recognise(rest, &text[end..]) {
                    args.insert(0, (name.clone(), text[..end].to_owned()));
                    return Some(args);
                }
                from = end + text[end..].chars().next().map_or(1, char::len_utf8);
            }
            None
        }
    }
}

fn staff_message(id: &str, args: &[(&str, String)]) -> Option<String> {
    let bundle = &STAFF.bundle;
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent = FluentArgs::new();
    for (k, v) in args {
        fluent.set(*k, FluentValue::try_number(v));
    }
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(&fluent), &mut errors)
            .into_owned(),
    )
}

/// A text of the staff's pages, already in German (a fixed text, or one of the code's
/// German patterns filled in, such as a message about a field), in `lang`: in English its
/// message, with the filled-in parts translated where they are texts of the catalogue.
pub fn staff_text(lang: &str, german: &str) -> String {
    if lang != "en" || german.trim().is_empty() {
        return german.to_owned();
    }
    if let Some(english) = staff_message(&staff_id(german), &[]) {
        return english;
    }
    for (pattern, id) in &STAFF.patterns {
        if let Some(args) = recognise(pattern, german) {
            let args: Vec<(&str, String)> = args
                .iter()
                .map(|(k, v)| {
                    let v = staff_message(&staff_id(v), &[]).unwrap_or_else(|| v.clone());
                    (k.as_str(), v)
                })
                .collect();
            if let Some(english) = staff_message(id, &args) {
                return english;
            }
        }
    }
    german.to_owned()
}

/// The message id of a German text of the staff's pages: its first words, made ASCII, and
/// a hash of the whole text, so that every text has its own message and a changed German
/// text asks for its English to be looked at again.
pub fn staff_id(german: &str) -> String {
    let mut slug = String::from("a");
    let mut words = 0;
    let mut gap = true;
    for c in german.chars().flat_map(char::to_lowercase) {
        let ascii = match c {
            'ä' => "ae".into(),
            'ö' => "oe".into(),
            'ü' => "ue".into(),
            'ß' => "ss".into(),
            c if c.is_ascii_alphanumeric() => c.to_string(),
            _ => {
                gap = true;
                continue;
            }
        };
        if gap {
            if words == 4 || slug.len() > 28 {
                break;
            }
            words += 1;
            slug.push('-');
            gap = false;
        }
        slug.push_str(&ascii);
    }
    // FNV-1a, 32 bits: stable across builds and platforms.
    let mut hash: u32 = 0x811c_9dc5;
    for b in german.bytes() {
        hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    format!("{slug}-{hash:08x}")
}

/// A German text (a pattern whose `{ $name }` are filled from `args`) of the staff's pages
/// in `lang`: itself in German, its English from `admin.ftl` otherwise; the German text
/// when there is none.
pub fn staff(lang: &str, german: &str, args: &[(&str, String)]) -> String {
    if lang == "en"
        && let Some(english) = staff_message(&staff_id(german), args)
    {
        return english;
    }
    fill(german, args)
}

/// A pattern with its `{ $name }` replaced by the arguments' values.
pub fn fill(pattern: &str, args: &[(&str, String)]) -> String {
    if args.is_empty() || !pattern.contains('{') {
        return pattern.to_owned();
    }
    let mut out = pattern.to_owned();
    for (k, v) in args {
        out = out.replace(&format!("{{ ${k} }}"), v);
    }
    out
}

/// Links of the language switcher: the same page in every language.
pub struct LanguageLink {
    pub code: &'static str,
    pub name: &'static str,
    pub dir: &'static str,
    pub href: String,
    pub current: bool,
}

/// Chooses the request's language (`?sprache=`, else the cookie, else German), answers
/// within it, and remembers a language chosen by URL.
pub async fn choose(mut request: Request, next: Next) -> Response {
    let uri = request.uri();
    let mut query: Vec<(String, String)> = Vec::new();
    let mut chosen = None;
    for (k, v) in form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()) {
        if k == PARAM {
            chosen = chosen.or_else(|| language(&v));
        } else {
            query.push((k.into_owned(), v.into_owned()));
        }
    }
    let remembered = crate::kit::request::cookie(request.headers(), COOKIE).and_then(language);
    let lang = chosen.or(remembered).unwrap_or(languages::german());
    let state = RequestLanguage {
        lang,
        path: uri.path().to_owned(),
        query,
    };
    request.extensions_mut().insert(state);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let is_page = headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    if is_page && !headers.contains_key(header::CONTENT_LANGUAGE) {
        headers.insert(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_static(lang.code),
        );
    }
    if let Some(l) = chosen.filter(|l| Some(l.code) != remembered.map(|r| r.code)) {
        let cookie = format!(
            "{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            l.code
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            headers.append(header::SET_COOKIE, v);
        }
    }
    headers.append(header::VARY, HeaderValue::from_static("Cookie"));
    if incomplete(lang.code) {
        return configured::with_fallbacks_marked(response).await;
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::Entry;
    use std::collections::BTreeSet;
    use teilhabe_domain::Coded;

    /// Every message id of a language's files.
    fn ids(code: &str) -> BTreeSet<String> {
        let (_, files) = SOURCES.iter().find(|(c, _)| *c == code).unwrap();
        let mut out = BTreeSet::new();
        for (name, text) in *files {
            let resource = FluentResource::try_new((*text).to_owned())
                .unwrap_or_else(|_| panic!("locales/{code}/{name} does not parse"));
            for entry in resource.entries() {
                if let Entry::Message(m) = entry {
                    assert!(
                        out.insert(m.id.name.to_owned()),
                        "locales/{code}/{name}: {} twice",
                        m.id.name
                    );
                }
            }
        }
        out
    }

    fn labels<T: Coded>(prefix: &str, out: &mut BTreeSet<String>) {
        out.extend(T::ALL.iter().map(|v| format!("{prefix}-{}", v.code())));
    }

    /// The vocabularies whose German labels live with the code and that the other
    /// languages translate here.
    fn vocabulary() -> BTreeSet<String> {
        use teilhabe_domain::*;
        let mut out = BTreeSet::new();
        labels::<BodyKind>("body-kind", &mut out);
        labels::<ConceptKind>("concept-kind", &mut out);
        labels::<ConceptStatus>("concept-status", &mut out);
        labels::<MeasureStatus>("measure-status", &mut out);
        labels::<Priority>("priority", &mut out);
        labels::<Scope>("scope", &mut out);
        labels::<OrganizationKind>("org-kind", &mut out);
        labels::<participation::ContributionKind>("contribution-kind", &mut out);
        labels::<MeetingState>("meeting-state", &mut out);
        labels::<participation::Phase>("phase", &mut out);
        labels::<participation::EventFormat>("event-format", &mut out);
        labels::<participation::ContributionStatus>("contribution-status", &mut out);
        labels::<PaperType>("paper-type", &mut out);
        labels::<ConsultationRole>("consultation-role", &mut out);
        labels::<FileRole>("file-role", &mut out);
        for s in [
            "reached",
            "on_track",
            "off_track",
            "no_trend",
            "no_data",
            "unrated",
        ] {
            out.insert(format!("standing-{s}"));
        }
        for f in teilhabe_stats::symbols::Flag::ALL {
            out.insert(format!("flag-{f:?}").to_lowercase());
        }
        for d in ["higherisbetter", "lowerisbetter", "neutral"] {
            out.insert(format!("direction-{d}"));
        }
        for (code, _, kinds) in search::GROUPS {
            out.insert(format!("search-group-{code}"));
            out.extend(kinds.iter().map(|k| format!("search-kind-{k}")));
        }
        out
    }

    #[test]
    fn every_language_has_every_message_and_no_other() {
        let german = ids("de");
        assert!(german.len() > 100, "{} German messages", german.len());
        let vocabulary = vocabulary();
        assert!(german.is_disjoint(&vocabulary));
        let expected: BTreeSet<String> = german.union(&vocabulary).cloned().collect();
        for (code, _) in SOURCES.iter().skip(1) {
            let have = ids(code);
            let missing: Vec<_> = expected.difference(&have).collect();
            let stray: Vec<_> = have.difference(&expected).collect();
            assert!(missing.is_empty(), "{code} lacks {missing:?}");
            assert!(stray.is_empty(), "{code} has unknown messages {stray:?}");
        }
    }

    /// The variables a pattern refers to, read from its syntax tree (also inside selectors,
    /// variants, nested placeables and function arguments).
    pub(super) fn variables(
        pattern: &fluent_syntax::ast::Pattern<&str>,
        out: &mut BTreeSet<String>,
    ) {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
            match e {
                InlineExpression::VariableReference { id } => {
                    out.insert(id.name.to_owned());
                }
                InlineExpression::Placeable { expression } => expr(expression, out),
                InlineExpression::FunctionReference { arguments, .. }
                | InlineExpression::TermReference {
                    arguments: Some(arguments),
                    ..
                } => {
                    arguments.positional.iter().for_each(|a| inline(a, out));
                    arguments.named.iter().for_each(|a| inline(&a.value, out));
                }
                _ => {}
            }
        }
        fn expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
            match e {
                Expression::Inline(i) => inline(i, out),
                Expression::Select { selector, variants } => {
                    inline(selector, out);
                    for v in variants {
                        variables(&v.value, out);
                    }
                }
            }
        }
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                expr(expression, out);
            }
        }
    }

    #[test]
    fn every_message_formats_without_errors_in_every_language() {
        // Every variable any message uses, with a value; `count` goes through the plurals.
        let mut names = BTreeSet::new();
        for (_, files) in SOURCES {
            for (_, source) in *files {
                let resource = fluent_syntax::parser::parse(*source).expect("the messages parse");
                for entry in &resource.body {
                    if let fluent_syntax::ast::Entry::Message(m) = entry
                        && let Some(value) = &m.value
                    {
                        variables(value, &mut names);
                    }
                }
            }
        }
        assert!(
            names.contains("count") && names.contains("iterations"),
            "{names:?}"
        );
        let mut args = FluentArgs::new();
        for name in &names {
            args.set(name.clone(), "x");
        }
        for (code, _) in SOURCES {
            let bundle = bundle(code);
            for id in ids(code) {
                for count in [0, 1, 2, 3, 5, 11, 21, 100] {
                    args.set("count", count);
                    let pattern = bundle.get_message(&id).unwrap().value().unwrap();
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                    assert!(errors.is_empty(), "{code} {id}: {errors:?}");
                    assert!(!text.trim().is_empty(), "{code} {id} is empty");
                }
            }
        }
    }

    #[test]
    fn plural_forms_follow_each_language() {
        let count =
            |lang: &str, n: i64| format(lang, "concept-measure-count", &[("count", n.to_string())]);
        assert_eq!(count("de", 1), "1 Maßnahme");
        assert_eq!(count("de", 7), "7 Maßnahmen");
        assert_eq!(count("en", 1), "1 measure");
        assert_eq!(count("ru", 21), "21 мера");
        assert_eq!(count("ru", 3), "3 меры");
        assert_eq!(count("ru", 11), "11 мер");
        assert_eq!(count("uk", 5), "5 заходів");
        assert_eq!(count("ar", 2), "إجراءان");
        // A language without the message falls back to German; an unknown id is itself.
        assert_eq!(message("xx", "nav-login", None), "Anmelden");
        assert_eq!(message("en", "no-such-message", None), "no-such-message");
    }
}

/// The staff's catalogue itself: each message named by its German text, its English using the
/// German's placeholders, texts the code formats recognised. That every German text of the
/// sources has its message is `tests/staff_texts.rs`, which reads the sources with `syn`.
#[cfg(test)]
mod staff_tests;
