//! The user interface's words in its languages: Fluent messages compiled into the binary
//! (`locales/<code>/*.ftl`), the language of the request, and the language switcher.
//!
//! The language is chosen by URL (`?sprache=ar` on any page), remembered in a cookie, and
//! German otherwise. Every language has the public portal's messages (`portal.ftl`); a
//! message missing in a language falls back to German, and the tests require none to be
//! missing.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::LazyLock;
use teilhabe_domain::surveys::{LANGUAGES, Language, language};

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
                include_str!(concat!("../locales/", $code, "/portal.ftl")),
            )],
        )
    };
}

/// Each language's message files, German first (the source and the fallback).
pub const SOURCES: &[(&str, &[(&str, &str)])] = &[
    locale!("de"),
    locale!("en"),
    locale!("ar"),
    locale!("uk"),
    locale!("tr"),
    locale!("ru"),
    locale!("fa"),
];

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<Vec<(&'static str, Bundle)>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(code, files)| {
            let id = code.parse().expect("language codes are valid identifiers");
            let mut bundle = Bundle::new_concurrent(vec![id]);
            // The pages mark directions with `dir` and `lang`; isolation marks would only
            // end up inside attribute values and titles.
            bundle.set_use_isolating(false);
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
        .map_or(&all[0].1, |(_, b)| b)
}

/// Message `id` in `lang` with `args`, in German when `lang` lacks it; the id itself when
/// no language has it (a mistake the tests catch).
pub fn message(lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
    lookup(lang, id, args)
        .or_else(|| lookup("de", id, args))
        .unwrap_or_else(|| id.to_owned())
}

/// Message `id` in `lang` only.
pub fn lookup(lang: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let b = bundle(lang);
    let pattern = b.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(b.format_pattern(pattern, args, &mut errors).into_owned())
}

/// Message `id` in `lang` with arguments given as text; numbers become numbers, for
/// plural forms.
pub fn format(lang: &str, id: &str, pairs: &[(&str, String)]) -> String {
    let mut args = FluentArgs::new();
    for (k, v) in pairs {
        args.set(*k, FluentValue::try_number(v));
    }
    message(lang, id, Some(&args))
}

/// The request's language and where the request went, for the layout's switcher.
#[derive(Clone)]
pub struct RequestLanguage {
    pub lang: Language,
    /// Path and query without `sprache`.
    pub path: String,
    pub query: Vec<(String, String)>,
}

tokio::task_local! {
    static CURRENT: RequestLanguage;
}

/// The language of the request being answered (German outside a request).
pub fn current() -> Language {
    CURRENT.try_with(|r| r.lang).unwrap_or(LANGUAGES[0])
}

/// The language of the page's own words: the request's language, but German in the
/// administration, whose pages are not translated yet.
pub fn page() -> Language {
    CURRENT
        .try_with(|r| {
            if r.path == "/admin" || r.path.starts_with("/admin/") {
                LANGUAGES[0]
            } else {
                r.lang
            }
        })
        .unwrap_or(LANGUAGES[0])
}

/// Links of the language switcher: the same page in every language.
pub struct LanguageLink {
    pub code: &'static str,
    pub name: &'static str,
    pub dir: &'static str,
    pub href: String,
    pub current: bool,
}

pub fn switcher() -> Vec<LanguageLink> {
    let Ok(request) = CURRENT.try_with(Clone::clone) else {
        return Vec::new();
    };
    LANGUAGES
        .iter()
        .map(|l| {
            let mut query = form_urlencoded::Serializer::new(String::new());
            for (k, v) in &request.query {
                query.append_pair(k, v);
            }
            query.append_pair(PARAM, l.code);
            LanguageLink {
                code: l.code,
                name: l.name,
                dir: l.dir(),
                href: format!("{}?{}", request.path, query.finish()),
                current: l.code == request.lang.code,
            }
        })
        .collect()
}

/// Chooses the request's language (`?sprache=`, else the cookie, else German), answers
/// within it, and remembers a language chosen by URL.
pub async fn choose(request: Request, next: Next) -> Response {
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
    let remembered = crate::auth::cookie(request.headers(), COOKIE).and_then(language);
    let lang = chosen.or(remembered).unwrap_or(LANGUAGES[0]);
    let state = RequestLanguage {
        lang,
        path: uri.path().to_owned(),
        query,
    };
    let mut response = CURRENT.scope(state, next.run(request)).await;
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
    fn variables(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut BTreeSet<String>) {
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

    /// Every id a template or the code asks for exists in German.
    #[test]
    fn every_message_asked_for_exists() {
        let german = ids("de");
        let vocabulary = vocabulary();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut asked = BTreeSet::new();
        let mut files = Vec::new();
        for dir in [
            "templates",
            "templates/admin",
            "src",
            "src/routes",
            "src/routes/admin",
        ] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.is_file() {
                    files.push(path);
                }
            }
        }
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            for opener in [
                "layout.t(\"",
                "layout.t1(\"",
                "layout.t2(\"",
                "tr(\"",
                "i18n::format(lang, \"",
            ] {
                for piece in text.split(opener).skip(1) {
                    let id: String = piece
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                        .collect();
                    if !id.is_empty() {
                        asked.insert(id);
                    }
                }
            }
        }
        assert!(asked.len() > 100, "{} ids found", asked.len());
        let unknown: Vec<_> = asked
            .iter()
            .filter(|id| !german.contains(*id) && !vocabulary.contains(*id))
            .collect();
        assert!(
            unknown.is_empty(),
            "asked for but not in de/portal.ftl: {unknown:?}"
        );
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
