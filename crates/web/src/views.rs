//! What templates get: the layout, formatted values and the concept tree, built with a
//! fixed number of queries per page.

use crate::i18n;
use std::collections::HashMap;
use teilhabe_domain::surveys::Language;
use teilhabe_domain::values::german_date;
use teilhabe_domain::{Coded, ConceptStatus, MeasureStatus, Money, Priority, Scope};
use teilhabe_store::{Concept, FieldOfAction, Goal, Measure, Result, Store};

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
}

impl Layout {
    /// A page whose own words are still German only: its main content says so.
    pub fn new(title: &str) -> Self {
        Self {
            title: title.to_owned(),
            crumbs: Vec::new(),
            admin: false,
            ui: i18n::current(),
            lang: "de",
            dir: "ltr",
            languages: i18n::switcher(),
            user: crate::auth::current().map(|p| p.display_name.clone()),
        }
    }

    /// A page whose words are translated: all of it is in the request's language, but for
    /// the records' own German texts, which the template marks with [`Layout::src`].
    pub fn translated(title: &str) -> Self {
        let mut layout = Self::new(title);
        let page = i18n::page();
        layout.lang = page.code;
        layout.dir = page.dir();
        layout
    }

    /// A page of the administration, in German or English; `title` is German.
    pub fn admin(title: &str) -> Self {
        let mut layout = Self::translated(&g(title));
        layout.crumbs = vec![("/admin/".into(), tr("nav-admin"))];
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
        self.crumb("/", tr("crumb-start"))
    }

    /// Message `id` in the frame's language.
    pub fn t(&self, id: &str) -> String {
        i18n::message(self.ui.code, id, None)
    }

    /// Message `id` with one argument.
    pub fn t1(&self, id: &str, name: &str, value: impl ToString) -> String {
        i18n::format(self.ui.code, id, &[(name, value.to_string())])
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
        i18n::format(self.ui.code, id, &pairs)
    }

    /// A German text of the staff's pages in the page's language (see [`g`]).
    /// A German text of the staff's pages in the page's language (see [`g`]): a template's
    /// own text, or one the code made (a status, a message).
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
    pub async fn load(store: &Store, body_id: i64) -> Result<Self> {
        let lang = i18n::page().code;
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
                escape(&i18n::message(self.lang, "translation-outdated", None))
            ),
            None => format!(r#"<span lang="de" dir="ltr">{}</span>"#, escape(&german)),
        }
    }
}

/// Text for HTML, escaped as the templates escape it.
fn escape(text: &str) -> String {
    askama::filters::escape(text, askama::filters::Html)
        .map(|safe| safe.to_string())
        .unwrap_or_default()
}

/// A text of the staff's pages (the administration, the account), written in German —
/// fixed, or formatted from one of the code's German texts — in the page's language: itself
/// on a German page, its English from `locales/en/admin.ftl` on an English one. The tests
/// check that every German text of the code has its English.
pub fn g(german: &str) -> String {
    i18n::staff_text(i18n::page().code, german)
}

/// Message `id` in the language of the page's words, for texts built in Rust.
pub fn tr(id: &str) -> String {
    i18n::message(i18n::page().code, id, None)
}

/// Message `id` in the request's language, or `german` when that language has none (the
/// German words of a vocabulary live with the vocabulary).
pub fn tr_or(id: &str, german: &str) -> String {
    let lang = i18n::page();
    i18n::lookup(lang.code, id, None).unwrap_or_else(|| german.to_owned())
}

/// Vote counts in the page's language: `einstimmig (Ja: 10, …)` or the counts alone.
pub fn votes(v: &teilhabe_domain::meetings::Votes) -> String {
    if !v.is_recorded() {
        return String::new();
    }
    let lang = i18n::page().code;
    if !v.has_counts() {
        return i18n::message(lang, "votes-unanimous-only", None);
    }
    let n = |c: Option<u32>| c.unwrap_or(0).to_string();
    let counts = i18n::format(
        lang,
        "votes-counts",
        &[
            ("yes", n(v.yes)),
            ("no", n(v.no)),
            ("abstain", n(v.abstain)),
            ("conflicted", n(v.conflicted)),
        ],
    );
    if v.unanimous() {
        i18n::format(lang, "votes-unanimous", &[("counts", counts)])
    } else {
        counts
    }
}

/// A coded value's label in the request's language: message `{prefix}-{code}`, or the
/// German label when the language has none.
pub fn coded_label<T: Coded>(prefix: &str, code: &str) -> String {
    let lang = i18n::page();
    match T::from_code(code) {
        Some(v) => i18n::lookup(lang.code, &format!("{prefix}-{}", v.code()), None)
            .unwrap_or_else(|| v.label().to_owned()),
        None => code.to_owned(),
    }
}

pub fn date_de(iso: &Option<String>) -> String {
    iso.as_deref().map(german_date).unwrap_or_default()
}

pub fn period_de(start: &Option<String>, end: &Option<String>) -> String {
    match (start, end) {
        (Some(s), Some(e)) => format!("{} – {}", german_date(s), german_date(e)),
        (Some(s), None) => format!("{} {}", tr("period-from"), german_date(s)),
        (None, Some(e)) => format!("{} {}", tr("period-until"), german_date(e)),
        (None, None) => tr("period-open"),
    }
}

pub fn money(cents: i64) -> String {
    Money::from_cents(cents).german()
}

pub fn concept_status(c: &Concept) -> String {
    coded_label::<ConceptStatus>("concept-status", &c.status)
}

/// A measure as a row in a plan table.
pub struct MeasureRow {
    pub id: i64,
    pub code: String,
    pub title: String,
    pub lead: String,
    pub period: String,
    pub status: String,
    pub status_code: String,
    pub progress: i64,
    pub public: bool,
    pub last_report: String,
}

pub struct GoalNode {
    pub goal: Goal,
    pub measures: Vec<MeasureRow>,
    pub target: Option<TargetView>,
}

/// A goal's indicator target and where the body stands.
pub struct TargetView {
    pub indicator: String,
    pub code: String,
    pub target: String,
    pub year: i64,
    /// latest value with its period, or "keine Daten"
    pub current: String,
    pub standing: String,
    pub standing_code: &'static str,
}

async fn target_view(
    store: &Store,
    region: &str,
    t: &teilhabe_store::indicators::GoalTarget,
) -> Result<Option<TargetView>> {
    use teilhabe_stats::indicators::{assess, period_year};
    let indicator = store.indicator(t.indicator_id).await?;
    let Some(expr) = indicator.expr() else {
        return Ok(None);
    };
    let series = store.indicator_series(&expr, &[region.to_owned()]).await?;
    let points: Vec<(f64, f64)> = series
        .iter()
        .filter_map(|p| Some((period_year(&p.period)?, p.value?)))
        .collect();
    let standing = assess(
        indicator.direction(),
        &points,
        t.target_value,
        t.target_year,
    );
    let unit = indicator.unit.clone().unwrap_or_default();
    let d = crate::charts::decimals_for(t.target_value);
    let current = match series
        .iter()
        .rev()
        .find(|p| p.value.is_some() || p.flag.is_some())
    {
        Some(p) => format!(
            "{} {unit} ({})",
            crate::routes::monitoring::shown(
                p.value,
                p.flag.as_deref(),
                p.value.map(crate::charts::decimals_for).unwrap_or(d)
            ),
            crate::routes::monitoring::period_de(&p.period)
        ),
        None => tr("target-no-data"),
    };
    Ok(Some(TargetView {
        indicator: indicator.name.clone(),
        code: indicator.code.clone(),
        target: format!("{} {unit}", crate::charts::de_number(t.target_value, d)),
        year: t.target_year,
        current,
        standing: tr_or(&format!("standing-{}", standing.code()), standing.label()),
        standing_code: standing.code(),
    }))
}

pub struct FieldNode {
    pub field: FieldOfAction,
    pub goals: Vec<GoalNode>,
}

/// Fields → goals → measures of one concept. Non-public measures only when asked for.
pub async fn concept_tree(
    store: &Store,
    concept: &Concept,
    with_non_public: bool,
) -> Result<Vec<FieldNode>> {
    // Independent reads, run side by side on the pool.
    let (fields, goals, measures, latest, orgs) = tokio::try_join!(
        store.fields_of_action(concept.id),
        store.goals_of_concept(concept.id),
        store.measure_list_of_concept(concept.id),
        store.latest_report_dates_of_concept(concept.id),
        store.organization_names(concept.body_id),
    )?;
    let mut by_goal: HashMap<i64, Vec<MeasureRow>> = HashMap::new();
    for m in measures
        .into_iter()
        .filter(|m| with_non_public || m.public.0)
    {
        by_goal.entry(m.goal_id).or_default().push(measure_row(
            &m,
            &orgs,
            latest.get(&m.id).map(String::as_str),
        ));
    }
    let targets = store.goal_targets_of_concept(concept.id).await?;
    let region = if targets.is_empty() {
        String::new()
    } else {
        store.body(concept.body_id).await?.key
    };
    let mut goals_by_field: HashMap<i64, Vec<GoalNode>> = HashMap::new();
    for g in goals {
        let measures = by_goal.remove(&g.id).unwrap_or_default();
        let target = match targets.iter().find(|t| t.goal_id == g.id) {
            Some(t) => target_view(store, &region, t).await?,
            None => None,
        };
        goals_by_field
            .entry(g.field_id)
            .or_default()
            .push(GoalNode {
                goal: g,
                measures,
                target,
            });
    }
    Ok(fields
        .into_iter()
        .map(|f| {
            let goals = goals_by_field.remove(&f.id).unwrap_or_default();
            FieldNode { field: f, goals }
        })
        .collect())
}

pub fn measure_row(
    m: &Measure,
    orgs: &HashMap<i64, String>,
    last_report: Option<&str>,
) -> MeasureRow {
    MeasureRow {
        id: m.id,
        code: m.code.clone().unwrap_or_default(),
        title: m.title.clone(),
        lead: orgs
            .get(&m.lead_organization_id)
            .cloned()
            .unwrap_or_default(),
        period: period_de(&m.start_date, &m.end_date),
        status: coded_label::<MeasureStatus>("measure-status", &m.status),
        status_code: m.status.clone(),
        progress: m.progress,
        public: m.public.0,
        last_report: last_report.map(german_date).unwrap_or_else(|| "—".into()),
    }
}

pub fn priority_label(code: &str) -> String {
    coded_label::<Priority>("priority", code)
}

pub fn scope_label(code: &str) -> String {
    coded_label::<Scope>("scope", code)
}
