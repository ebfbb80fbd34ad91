//! The request as views see it: its language and the person it runs for, as one value that
//! handlers take as an extractor and hand to what they build (the layout, the records' texts,
//! forms, labels). Nothing is read from task-locals: a view's words depend only on what it
//! is given, so a view can be built and tested without a request around it.
//!
//! The middleware fills the request's extensions: [`crate::kit::i18n::choose`] the language,
//! [`crate::kit::auth::guard`] the person. A request that passed neither is answered in
//! German for no one.

use crate::kit::i18n::{self, LanguageLink, RequestLanguage};
use crate::kit::request::Viewer;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use teilhabe_domain::languages::Language;

/// The request's language and person.
#[derive(Clone)]
pub struct Context {
    language: RequestLanguage,
    viewer: Viewer,
}

impl<S: Send + Sync> FromRequestParts<S> for Context {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Self::of(
            parts.uri.path(),
            parts.extensions.get::<RequestLanguage>(),
            parts.extensions.get::<Viewer>(),
        ))
    }
}

impl Context {
    /// The context of a request to `path` from what the middleware found.
    pub fn of(path: &str, language: Option<&RequestLanguage>, viewer: Option<&Viewer>) -> Self {
        Self {
            language: language
                .cloned()
                .unwrap_or_else(|| RequestLanguage::german(path)),
            viewer: viewer.cloned().unwrap_or_default(),
        }
    }

    /// The request's language: the frame's (header, navigation, footer).
    pub fn ui(&self) -> Language {
        self.language.lang
    }

    /// The language of the page's own words (German or English on the staff's pages).
    pub fn page(&self) -> Language {
        self.language.page()
    }

    /// The page's language code.
    pub fn lang(&self) -> &'static str {
        self.page().code
    }

    /// The same page in every language.
    pub fn switcher(&self) -> Vec<LanguageLink> {
        self.language.switcher()
    }

    /// The person the request runs for.
    pub fn viewer(&self) -> &Viewer {
        &self.viewer
    }

    /// A German text of the staff's pages in the page's language: itself on a German page,
    /// its English from `locales/en/admin.ftl` on an English one (the tests check that every
    /// German text of the code has its English).
    pub fn g(&self, german: &str) -> String {
        i18n::staff_text(self.lang(), german)
    }

    /// Message `id` in the page's language, for texts built in Rust.
    pub fn tr(&self, id: &str) -> String {
        i18n::page_message(self.lang(), id, None)
    }

    /// Message `id` with arguments given as text, in the page's language.
    pub fn tr_with(&self, id: &str, pairs: &[(&str, String)]) -> String {
        i18n::page_format(self.lang(), id, pairs)
    }

    /// Message `id` in the page's language, or `german` when that language has none (the
    /// German words of a vocabulary live with the vocabulary).
    pub fn tr_or(&self, id: &str, german: &str) -> String {
        i18n::page_or(self.lang(), id, german)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::layout::Layout;
    use teilhabe_domain::languages::language;

    fn request(path: &str, code: &str) -> Context {
        let mut chosen = RequestLanguage::german(path);
        chosen.lang = language(code).expect("offered");
        Context::of(path, Some(&chosen), None)
    }

    #[test]
    fn views_take_their_language_from_the_context_they_are_given() {
        let arabic = Layout::translated(&request("/03157", "ar"), "x");
        assert_eq!(
            (arabic.lang, arabic.dir, arabic.ui.code),
            ("ar", "rtl", "ar")
        );
        assert!(arabic.languages.iter().any(|l| l.current && l.code == "ar"));
        assert!(arabic.user.is_none());
        // The staff's pages are German or English: Arabic asked for, German given, while
        // the frame stays Arabic.
        let staff = Layout::admin(&request("/admin/bodies/1", "ar"), "Verwaltung");
        assert_eq!((staff.lang, staff.ui.code), ("de", "ar"));
        assert_eq!(staff.title, "Verwaltung");
        let english = request("/admin/bodies/1", "en");
        assert_eq!(
            Layout::admin(&english, "Verwaltung").title,
            english.g("Verwaltung")
        );
        assert_ne!(english.g("Verwaltung"), "Verwaltung");
        // Without the middleware (no extensions): German, for no one.
        let bare = Context::of("/", None, None);
        assert_eq!(
            (bare.lang(), bare.viewer().principal().is_none()),
            ("de", true)
        );
        assert_eq!(
            bare.tr("error-not-found"),
            request("/", "de").tr("error-not-found")
        );
        assert_ne!(
            bare.tr("error-not-found"),
            request("/", "en").tr("error-not-found")
        );
    }
}
