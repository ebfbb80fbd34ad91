//! The fixed words around a public survey (buttons, hints, error messages) in the survey's
//! language, from the portal's catalogues (`survey-…` messages), so that a configured
//! language brings them with its catalogue. The survey's own texts come from its
//! translations; these are the frame.

use crate::kit::i18n;
use teilhabe_domain::languages::{Language, language};

/// The words of one language (German where its catalogue lacks one).
pub struct Words {
    lang: &'static str,
    pub language: String,
    pub required: String,
    pub submit: String,
    pub errors_title: String,
    pub required_missing: String,
    pub not_an_option: String,
    pub not_a_number: String,
    pub too_long: String,
    pub thanks_title: String,
    pub thanks_text: String,
    pub anonymous: String,
    pub closed: String,
    pub code: String,
    pub code_hint: String,
    pub code_invalid: String,
    pub german_only: String,
}

/// The words of `code`, German when the language is not offered.
pub fn words(code: &str) -> Words {
    let lang = language(code)
        .unwrap_or_else(teilhabe_domain::languages::german)
        .code;
    let t = |id: &str| i18n::page_message(lang, &format!("survey-{id}"), None);
    Words {
        lang,
        language: t("language"),
        required: t("required"),
        submit: t("submit"),
        errors_title: t("errors-title"),
        required_missing: t("required-missing"),
        not_an_option: t("not-an-option"),
        not_a_number: t("not-a-number"),
        too_long: t("too-long"),
        thanks_title: t("thanks-title"),
        thanks_text: t("thanks-text"),
        anonymous: t("anonymous"),
        closed: t("closed"),
        code: t("code"),
        code_hint: t("code-hint"),
        code_invalid: t("code-invalid"),
        german_only: t("german-only"),
    }
}

impl Words {
    fn with(&self, id: &str, args: &[(&str, String)]) -> String {
        i18n::page_format(self.lang, &format!("survey-{id}"), args)
    }

    /// The number must be at least `n`.
    pub fn too_small(&self, n: String) -> String {
        self.with("too-small", &[("n", n)])
    }

    /// The number may be at most `n`.
    pub fn too_large(&self, n: String) -> String {
        self.with("too-large", &[("n", n)])
    }

    /// Only to be answered if question `q` was answered with `a`.
    pub fn condition(&self, q: String, a: String) -> String {
        self.with("condition", &[("q", q), ("a", a)])
    }

    /// A number from `min` to `max`.
    pub fn number_range(&self, min: String, max: String) -> String {
        self.with("number-range", &[("min", min), ("max", max)])
    }

    /// Too many answers from one connection just now: again in `n` minutes.
    pub fn too_many(&self, n: i64) -> String {
        self.with("too-many", &[("n", n.to_string())])
    }
}

/// The language for `code` (without one, `portal`: the request's language), German when it is
/// not offered.
pub fn lang_or_german(code: Option<&str>, portal: &str, offered: &[&str]) -> Language {
    code.or(Some(portal))
        .filter(|c| offered.contains(c))
        .and_then(language)
        .unwrap_or_else(teilhabe_domain::languages::german)
}
