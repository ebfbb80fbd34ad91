//! The frame of every page (title, crumbs, languages, the logged-in person) and the texts
//! it shows in the request's language: the portal's messages and the staff's German texts.

use crate::kit::context::Context;
use crate::kit::i18n;
use teilhabe_domain::languages::Language;
use teilhabe_store::{Result, Store};

/// The frame around every page: its title, where it sits, and its languages.
pub struct Layout {
    pub title: String,
    pub crumbs: Vec<(String, String)>,
    pub admin: bool,
    /// The language of the frame (header, navigation, footer): the request's language.
    pub ui: Language,
    /// The language of the page's main content and its direction: the request's language
    /// on pages whose words are translated, German on the others (and a survey's language
    /// on a survey).
    pub lang: &'static str,
    pub dir: &'static str,
    /// The same page in every language.
    pub languages: Vec<i18n::LanguageLink>,
    /// The logged-in person's name, for the header (with the logout button).
    pub user: Option<String>,
    /// The language of the page's own words (for the crumbs the layout adds).
    words: &'static str,
}

impl Layout {
    /// A page whose own words are still German only: its main content says so.
    pub fn new(cx: &Context, title: &str) -> Self {
        Self {
            title: title.to_owned(),
            crumbs: Vec::new(),
            admin: false,
            ui: cx.ui(),
            lang: "de",
            dir: "ltr",
            languages: cx.switcher(),
            user: cx.viewer().principal().map(|p| p.display_name.clone()),
            words: cx.lang(),
        }
    }

    /// A page whose words are translated: all of it is in the request's language, but for
    /// the records' own German texts, which the template marks with [`Layout::src`].
    pub fn translated(cx: &Context, title: &str) -> Self {
        let mut layout = Self::new(cx, title);
        let page = cx.page();
        layout.lang = page.code;
        layout.dir = page.dir();
        layout
    }

    /// A page of the administration, in German or English; `title` is German.
    pub fn admin(cx: &Context, title: &str) -> Self {
        let mut layout = Self::translated(cx, &cx.g(title));
        layout.crumbs = vec![("/admin/".into(), cx.tr("nav-admin"))];
        layout.admin = true;
        layout
    }

    /// The page's content is in `lang`.
    pub fn in_language(mut self, lang: Language) -> Self {
        self.lang = lang.code;
        self.dir = lang.dir();
        self
    }

    pub fn crumb(mut self, href: impl Into<String>, label: impl Into<String>) -> Self {
        self.crumbs.push((href.into(), label.into()));
        self
    }

    /// The crumb to the start page, in the page's language.
    pub fn home(self) -> Self {
        let start = i18n::page_message(self.words, "crumb-start", None);
        self.crumb("/", start)
    }

    /// Message `id` in the frame's language.
    pub fn t(&self, id: &str) -> String {
        i18n::page_message(self.ui.code, id, None)
    }

    /// Message `id` in the language of the page's own words, or `german` when that language
    /// has none (the German words of a vocabulary live with the vocabulary).
    pub fn tr_or(&self, id: &str, german: &str) -> String {
        i18n::page_or(self.words, id, german)
    }

    /// Message `id` with one argument.
    pub fn t1(&self, id: &str, name: &str, value: impl ToString) -> String {
        i18n::page_format(self.ui.code, id, &[(name, value.to_string())])
    }

    /// Message `id` with two arguments.
    pub fn t2(
        &self,
        id: &str,
        name: &str,
        value: impl ToString,
        name2: &str,
        value2: impl ToString,
    ) -> String {
        let pairs = [(name, value.to_string()), (name2, value2.to_string())];
        i18n::page_format(self.ui.code, id, &pairs)
    }

    /// A German text of the staff's pages in the page's language (see [`Context::g`]): a
    /// template's own text, or one the code made (a status, a message).
    pub fn g(&self, german: impl AsRef<str>) -> String {
        i18n::staff_text(self.lang, german.as_ref())
    }

    /// A German pattern with one `{ $name }` in the page's language.
    pub fn g1(&self, german: &str, name: &str, value: impl ToString) -> String {
        i18n::staff(self.lang, german, &[(name, value.to_string())])
    }

    pub fn g2(
        &self,
        german: &str,
        name: &str,
        value: impl ToString,
        name2: &str,
        value2: impl ToString,
    ) -> String {
        let args = [(name, value.to_string()), (name2, value2.to_string())];
        i18n::staff(self.lang, german, &args)
    }

    #[allow(clippy::too_many_arguments)]
    pub fn g4(
        &self,
        german: &str,
        n1: &str,
        v1: impl ToString,
        n2: &str,
        v2: impl ToString,
        n3: &str,
        v3: impl ToString,
        n4: &str,
        v4: impl ToString,
    ) -> String {
        let args = [
            (n1, v1.to_string()),
            (n2, v2.to_string()),
            (n3, v3.to_string()),
            (n4, v4.to_string()),
        ];
        i18n::staff(self.lang, german, &args)
    }

    /// The attributes that mark a German text of the records (a title, a description)
    /// inside a page of another language; nothing on a German page.
    pub fn src(&self) -> &'static str {
        if self.lang == "de" {
            ""
        } else {
            r#" lang="de" dir="ltr""#
        }
    }

    /// A German text of the records, escaped, marked as German inside a page of another
    /// language (a `span` with `lang` and `dir`), as it is on a German page.
    pub fn de(&self, text: impl std::fmt::Display) -> String {
        let text = escape(&text.to_string());
        if self.lang == "de" {
            text
        } else {
            format!(r#"<span lang="de" dir="ltr">{text}</span>"#)
        }
    }

    /// Whether the main content is German inside a frame of another language.
    pub fn german_only(&self) -> bool {
        self.lang == "de" && self.ui.code != "de"
    }
}

/// The records' texts of one page in the page's language: the translation where there is
/// one (an outdated one says so), else the German text, marked as German.
pub struct Texts {
    lang: &'static str,
    translations: teilhabe_store::translations::Translations,
}

impl Texts {
    /// The body's translations into the page's language (none on a German page).
    pub async fn load(store: &Store, cx: &Context, body_id: i64) -> Result<Self> {
        let lang = cx.lang();
        let translations = if lang == "de" {
            Default::default()
        } else {
            store.content_translations(body_id, lang).await?
        };
        Ok(Self { lang, translations })
    }

    /// The language the texts are shown in.
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// Whether `(entity, id, field)` with this German text is shown translated and current.
    pub fn current(&self, entity: &str, id: i64, field: &str, german: &str) -> bool {
        self.lang == "de"
            || self
                .translations
                .get(&(entity.to_owned(), id, field.to_owned()))
                .is_some_and(|t| t.source.trim() == german.trim())
    }

    /// Whether any of these texts `(entity, id, field, German text)` is shown in German on
    /// a page of another language: no translation, or an outdated one.
    pub fn german_left<'a>(
        &self,
        texts: impl IntoIterator<Item = (&'a str, i64, &'a str, &'a str)>,
    ) -> bool {
        texts
            .into_iter()
            .any(|(e, id, f, german)| !german.trim().is_empty() && !self.current(e, id, f, german))
    }

    /// The text as plain words, for a page's title: the translation where there is one.
    pub fn plain(&self, entity: &str, id: i64, field: &str, german: &str) -> String {
        match self
            .translations
            .get(&(entity.to_owned(), id, field.to_owned()))
        {
            Some(t) if self.lang != "de" => t.text.clone(),
            _ => german.to_owned(),
        }
    }

    /// The text as HTML: translated, or German marked `lang="de"`.
    pub fn show(
        &self,
        entity: &str,
        id: &i64,
        field: &str,
        german: impl std::fmt::Display,
    ) -> String {
        let german = german.to_string();
        if self.lang == "de" {
            return escape(&german);
        }
        match self
            .translations
            .get(&(entity.to_owned(), *id, field.to_owned()))
        {
            Some(t) if t.source.trim() == german.trim() => escape(&t.text),
            Some(t) => format!(
                r#"{} <span class="translation-outdated">({})</span>"#,
                escape(&t.text),
                escape(&i18n::page_message(self.lang, "translation-outdated", None))
            ),
            None => format!(r#"<span lang="de" dir="ltr">{}</span>"#, escape(&german)),
        }
    }
}

/// Text for HTML, escaped as the templates escape it.
pub(crate) fn escape(text: &str) -> String {
    askama::filters::escape(text, askama::filters::Html)
        .map(|safe| safe.to_string())
        .unwrap_or_default()
}
