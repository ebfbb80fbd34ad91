//! Public surveys: the list of a body's surveys, answering one without an account in any of
//! its languages (no JavaScript needed; answers kept when something needs correcting), the
//! thank-you page, and the results when the coordinator has published them.

use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::layout::Layout;
use crate::kit::proxies::ClientAddr;
use crate::kit::state::AppState;
use crate::surveys::results::{self, Results};
use crate::surveys::text::{Words, lang_or_german, words};
use askama::Template;
use axum::Extension;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Deserialize;
use std::collections::HashMap;
use teilhabe_domain::languages::{Language, language};
use teilhabe_store::StoreError;
use teilhabe_store::surveys::{NewResponse, Questionnaire, Survey, Translations};
use teilhabe_store::throttle::{Key, Rule};
use teilhabe_survey::form::{self, Problem};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{key}/befragungen", get(list))
        .route("/{key}/befragungen/{id}", get(show).post(submit))
        .route("/{key}/befragungen/{id}/danke", get(thanks))
        .route("/{key}/befragungen/{id}/ergebnisse", get(results))
        .route("/{key}/befragungen/{id}/ergebnisse.csv", get(results_csv))
}

#[derive(Deserialize)]
pub struct LangQuery {
    sprache: Option<String>,
}

pub struct FormOption {
    pub id: String,
    pub code: String,
    pub label: String,
    pub lang: Option<&'static str>,
    pub checked: bool,
}

pub struct FormItem {
    pub field: String,
    pub label: String,
    pub lang: Option<&'static str>,
    pub options: Vec<FormOption>,
    pub error: Option<String>,
}

pub struct FormQuestion {
    pub field: String,
    pub number: usize,
    pub kind: &'static str,
    pub text: String,
    /// `Some("de")` when the text is German in a page of another language.
    pub lang: Option<&'static str>,
    pub help: Option<(String, Option<&'static str>)>,
    pub required: bool,
    pub options: Vec<FormOption>,
    pub items: Vec<FormItem>,
    pub value: String,
    pub error: Option<String>,
    pub condition: Option<String>,
    pub range: Option<String>,
    pub describedby: String,
}

pub struct SwitchLink {
    pub href: String,
    pub name: &'static str,
    pub code: &'static str,
    pub dir: &'static str,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "surveys/survey_form.html")]
pub struct FormPage {
    pub layout: Layout,
    pub words: Words,
    pub title: String,
    pub title_lang: Option<&'static str>,
    pub intro: Option<(String, Option<&'static str>)>,
    pub action: String,
    pub lang: &'static str,
    pub switcher: Vec<SwitchLink>,
    pub questions: Vec<FormQuestion>,
    pub summary: Vec<(String, String)>,
    pub invitation: bool,
    pub invitation_value: String,
    pub invitation_error: Option<String>,
    pub paper: bool,
    pub notice: Option<String>,
    pub open: bool,
    /// Some text is shown in German because its translation is missing or outdated.
    pub german_fallback: bool,
}

/// A text in the page's language, or the German one marked as German.
fn text_in(
    translations: &Translations,
    key: &str,
    german: &str,
    lang: Language,
) -> (String, Option<&'static str>) {
    if lang.code == "de" {
        return (german.to_string(), None);
    }
    match translations.get(key) {
        // A translation made from an older German text would ask something else: German then.
        Some((text, source)) if source == german => (text.clone(), None),
        _ => (german.to_string(), Some("de")),
    }
}

/// A bound of a number question as shown: whole numbers without decimals.
fn bound_de(n: f64) -> String {
    crate::kit::charts::de_number(n, if n.fract() == 0.0 { 0 } else { 2 })
}

fn problem_text(w: &Words, p: Problem) -> String {
    match p {
        Problem::Required => w.required_missing.clone(),
        Problem::NotAnOption => w.not_an_option.clone(),
        Problem::NotANumber => w.not_a_number.clone(),
        Problem::TooSmall(n) => w.too_small(bound_de(n)),
        Problem::TooLarge(n) => w.too_large(bound_de(n)),
        Problem::TooLong => w.too_long.clone(),
    }
}

pub struct FormState<'a> {
    /// Where the language switcher's links point (none for paper entry).
    pub switch_base: Option<String>,
    /// Staff typing in a paper questionnaire: no code, the survey need not be open.
    pub paper: bool,
    pub input: &'a [(String, String)],
    pub problems: &'a [(String, Problem)],
    pub invitation_error: Option<String>,
    pub notice: Option<String>,
}

/// "Only if you answered question 3 with …": the condition under which a question is asked.
fn condition_text(
    q: &Questionnaire,
    question: &teilhabe_store::surveys::SurveyQuestion,
    translations: &Translations,
    lang: Language,
    w: &Words,
    numbers: &HashMap<i64, usize>,
) -> Option<String> {
    let on = question.condition_question_id?;
    let (cq, copts) = q.questions.iter().find(|(x, _)| x.id == on)?;
    let o = copts
        .iter()
        .find(|o| Some(&o.code) == question.condition_value.as_ref())?;
    let (qt, _) = text_in(translations, &format!("q{}", cq.id), &cq.text, lang);
    let (ot, _) = text_in(translations, &format!("o{}", o.id), &o.label, lang);
    Some(w.condition(format!("{}. {qt}", numbers[&cq.id]), ot))
}

/// "A number from … to …", where the question sets both bounds.
fn range_text(w: &Words, question: &teilhabe_store::surveys::SurveyQuestion) -> Option<String> {
    let (Some(a), Some(b)) = (question.min_value, question.max_value) else {
        return None;
    };
    Some(w.number_range(bound_de(a), bound_de(b)))
}

/// The survey's own languages, each a link to the questionnaire at `base` in it.
fn switcher(q: &Questionnaire, base: &str, lang: Language) -> Vec<SwitchLink> {
    q.survey
        .languages()
        .into_iter()
        .filter_map(language)
        .map(|l| SwitchLink {
            href: format!("{base}?sprache={}", l.code),
            name: l.name,
            code: l.code,
            dir: l.dir(),
            current: l.code == lang.code,
        })
        .collect()
}

/// The questionnaire as a page, in `lang`, with what was entered and what is wrong with it.
pub fn form_page(
    q: &Questionnaire,
    translations: &Translations,
    lang: Language,
    layout: Layout,
    action: String,
    state: FormState<'_>,
) -> FormPage {
    let paper = state.paper;
    let w = words(lang.code);
    let entered = |field: &str| -> Vec<&str> {
        state
            .input
            .iter()
            .filter(|(k, _)| k == field)
            .map(|(_, v)| v.as_str())
            .collect()
    };
    let error_of = |field: &str| {
        state
            .problems
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, p)| problem_text(&w, *p))
    };
    let mut summary = Vec::new();
    let mut questions = Vec::new();
    let numbers: HashMap<i64, usize> = q
        .questions
        .iter()
        .enumerate()
        .map(|(i, (x, _))| (x.id, i + 1))
        .collect();
    for (i, (question, options)) in q.questions.iter().enumerate() {
        let field = format!("q{}", question.id);
        let (text, text_lang) = text_in(translations, &field, &question.text, lang);
        let choice = |o: &teilhabe_store::surveys::SurveyOption, name: &str| {
            let (label, lang_of) = text_in(translations, &format!("o{}", o.id), &o.label, lang);
            FormOption {
                id: format!("{name}-{}", o.code),
                code: o.code.clone(),
                label,
                lang: lang_of,
                checked: entered(name).contains(&o.code.as_str()),
            }
        };
        let items: Vec<FormItem> = options
            .iter()
            .filter(|o| o.role == "item")
            .map(|item| {
                let item_field = format!("{field}.{}", item.code);
                let (label, lang_of) =
                    text_in(translations, &format!("o{}", item.id), &item.label, lang);
                let error = error_of(&item_field);
                if let Some(e) = &error {
                    summary.push((format!("#{item_field}"), format!("{label}: {e}")));
                }
                FormItem {
                    options: options
                        .iter()
                        .filter(|o| o.role == "option")
                        .map(|o| choice(o, &item_field))
                        .collect(),
                    field: item_field,
                    label,
                    lang: lang_of,
                    error,
                }
            })
            .collect();
        let error = error_of(&field);
        if let Some(e) = &error {
            summary.push((format!("#{field}"), format!("{}. {text}: {e}", i + 1)));
        }
        let condition = condition_text(q, question, translations, lang, &w, &numbers);
        let range = range_text(&w, question);
        let help = question
            .help
            .as_ref()
            .map(|h| text_in(translations, &format!("q{}.help", question.id), h, lang));
        let mut describedby = Vec::new();
        if help.is_some() || range.is_some() || condition.is_some() {
            describedby.push(format!("{field}-hint"));
        }
        if error.is_some() {
            describedby.push(format!("{field}-error"));
        }
        questions.push(FormQuestion {
            number: i + 1,
            kind: teilhabe_survey::form::QuestionKind::from_code(&question.kind)
                .map_or("text", |k| k.code()),
            text,
            lang: text_lang,
            help,
            required: question.required.0,
            options: options
                .iter()
                .filter(|o| o.role == "option")
                .map(|o| choice(o, &field))
                .collect(),
            items,
            value: entered(&field)
                .first()
                .map(std::string::ToString::to_string)
                .unwrap_or_default(),
            error,
            condition,
            range,
            describedby: describedby.join(" "),
            field,
        });
    }
    if let Some(e) = &state.invitation_error {
        summary.insert(0, ("#invitation".into(), format!("{}: {e}", w.code)));
    }
    let (title, title_lang) = text_in(translations, "title", &q.survey.title, lang);
    let intro = q
        .survey
        .intro
        .as_ref()
        .map(|t| text_in(translations, "intro", t, lang));
    let switcher = state
        .switch_base
        .as_deref()
        .map(|base| switcher(q, base, lang))
        .unwrap_or_default();
    let german_fallback = lang.code != "de"
        && (title_lang.is_some()
            || questions
                .iter()
                .any(|x| x.lang.is_some() || x.options.iter().any(|o| o.lang.is_some())));
    FormPage {
        german_fallback,
        layout,
        words: w,
        title,
        title_lang,
        intro,
        action,
        lang: lang.code,
        switcher,
        questions,
        summary,
        invitation: q.survey.invitation_only.0 && !paper,
        invitation_value: state
            .input
            .iter()
            .find(|(k, _)| k == "invitation")
            .map(|(_, v)| v.clone())
            .unwrap_or_default(),
        invitation_error: state.invitation_error,
        paper,
        notice: state.notice,
        open: q.survey.is_open() || paper,
    }
}

/// The survey of `id` if it belongs to the body `key` and the public may see it.
async fn public_survey(
    app: &AppState,
    key: &str,
    id: i64,
) -> Result<(teilhabe_store::Body, Questionnaire), HtmlError> {
    let body = app.store.body_by_key(key).await?;
    let q = app.store.questionnaire(id).await?;
    if q.survey.body_id != body.id || !q.survey.is_public() {
        return Err(HtmlError::NotFound);
    }
    Ok((body, q))
}

#[derive(Template)]
#[template(path = "surveys/surveys.html")]
struct ListPage {
    layout: Layout,
    body: teilhabe_store::Body,
    surveys: Vec<Survey>,
}

async fn list(
    State(app): State<AppState>,
    cx: Context,
    Path(key): Path<String>,
) -> Result<Html<String>, HtmlError> {
    let body = app.store.body_by_key(&key).await?;
    let surveys = app
        .store
        .surveys(body.id)
        .await?
        .into_iter()
        .filter(Survey::is_public)
        .collect();
    let layout = Layout::translated(&cx, &cx.tr("body-surveys"))
        .crumb(format!("/{}", body.key), body.name.clone());
    Ok(Html(
        ListPage {
            layout,
            body,
            surveys,
        }
        .render()?,
    ))
}

fn page_layout(cx: &Context, body: &teilhabe_store::Body, title: &str, lang: Language) -> Layout {
    Layout::new(cx, title)
        .crumb(format!("/{}", body.key), body.name.clone())
        .crumb(format!("/{}/befragungen", body.key), cx.tr("body-surveys"))
        .in_language(lang)
}

async fn show(
    State(app): State<AppState>,
    cx: Context,
    Path((key, id)): Path<(String, i64)>,
    Query(query): Query<LangQuery>,
) -> Result<Html<String>, HtmlError> {
    let (body, q) = public_survey(&app, &key, id).await?;
    let lang = lang_or_german(
        query.sprache.as_deref(),
        cx.ui().code,
        &q.survey.languages(),
    );
    let translations = app.store.translations(id, lang.code).await?;
    let base = format!("/{}/befragungen/{id}", body.key);
    let page = form_page(
        &q,
        &translations,
        lang,
        page_layout(&cx, &body, &q.survey.title, lang),
        base.clone(),
        FormState {
            switch_base: Some(base),
            paper: false,
            input: &[],
            problems: &[],
            invitation_error: None,
            notice: None,
        },
    );
    Ok(Html(page.render()?))
}

/// Answers one connection may send to one survey within [`ANSWER_WINDOW_MINUTES`]: enough
/// for a family or a course room behind one address, not for a script filling the survey.
const ANSWERS_PER_CLIENT: i64 = 30;
const ANSWER_WINDOW_MINUTES: i64 = 60;

async fn submit(
    State(app): State<AppState>,
    cx: Context,
    Path((key, id)): Path<(String, i64)>,
    Extension(ClientAddr(client)): Extension<ClientAddr>,
    bytes: Bytes,
) -> Result<Response, HtmlError> {
    let (body, q) = public_survey(&app, &key, id).await?;
    let input: Vec<(String, String)> = form_urlencoded::parse(&bytes).into_owned().collect();
    let lang = lang_or_german(
        input
            .iter()
            .find(|(k, _)| k == "sprache")
            .map(|(_, v)| v.as_str()),
        cx.ui().code,
        &q.survey.languages(),
    );
    if !q.survey.is_open() {
        return Err(HtmlError::Refused(words(lang.code).closed));
    }
    let code = input
        .iter()
        .find(|(k, _)| k == "invitation")
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty());
    let checked = form::check(&q.form(), &input);
    let mut invitation_error = None;
    if q.survey.invitation_only.0 && code.is_none() {
        invitation_error = Some(words(lang.code).required_missing);
    }
    let mut notice = None;
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    let outcome = match (checked, invitation_error.is_none()) {
        (Ok(answers), true) => {
            // Counted under a hash of survey and address, kept for the window only.
            let quota = Key::new(
                "survey",
                &[&id.to_string(), &client],
                "",
                Rule {
                    free: ANSWERS_PER_CLIENT,
                    max_wait: ANSWER_WINDOW_MINUTES * 60,
                    window_minutes: ANSWER_WINDOW_MINUTES,
                    exclusive: false,
                },
            );
            if let Err(seconds) = app.store.take_quota(&quota).await? {
                let minutes = (seconds + 59) / 60;
                notice = Some(words(lang.code).too_many(minutes));
                status = StatusCode::TOO_MANY_REQUESTS;
                tracing::warn!(
                    survey = id,
                    "survey answers refused: too many from one client"
                );
                Vec::new()
            } else {
                let response = NewResponse {
                    design_weight: None,
                    channel: "online",
                    lang: lang.code.into(),
                    answers,
                };
                let code = if q.survey.invitation_only.0 {
                    code
                } else {
                    None
                };
                match app.store.add_responses(id, &[response], code).await {
                    Ok(_) => {
                        return Ok(Redirect::to(&format!(
                            "/{}/befragungen/{id}/danke?sprache={}",
                            body.key, lang.code
                        ))
                        .into_response());
                    }
                    Err(StoreError::Invalid(_)) => {
                        invitation_error = Some(words(lang.code).code_invalid);
                        Vec::new()
                    }
                    Err(e) => return Err(e.into()),
                }
            }
        }
        (Ok(_), false) => Vec::new(),
        (Err(problems), _) => problems,
    };
    let translations = app.store.translations(id, lang.code).await?;
    let base = format!("/{}/befragungen/{id}", body.key);
    let mut layout = page_layout(&cx, &body, &q.survey.title, lang);
    layout.title = format!("{} – {}", words(lang.code).errors_title, q.survey.title);
    let page = form_page(
        &q,
        &translations,
        lang,
        layout,
        base.clone(),
        FormState {
            switch_base: Some(base),
            paper: false,
            input: &input,
            problems: &outcome,
            invitation_error,
            notice,
        },
    );
    Ok((status, Html(page.render()?)).into_response())
}

#[derive(Template)]
#[template(path = "surveys/survey_thanks.html")]
struct ThanksPage {
    layout: Layout,
    words: Words,
    back: String,
    results: Option<String>,
}

async fn thanks(
    State(app): State<AppState>,
    cx: Context,
    Path((key, id)): Path<(String, i64)>,
    Query(query): Query<LangQuery>,
) -> Result<Html<String>, HtmlError> {
    let (body, q) = public_survey(&app, &key, id).await?;
    let lang = lang_or_german(
        query.sprache.as_deref(),
        cx.ui().code,
        &q.survey.languages(),
    );
    let w = words(lang.code);
    let layout = page_layout(&cx, &body, &w.thanks_title, lang);
    let results = q
        .survey
        .results_public
        .0
        .then(|| format!("/{}/befragungen/{id}/ergebnisse", body.key));
    Ok(Html(
        ThanksPage {
            layout,
            words: w,
            back: format!("/{}", body.key),
            results,
        }
        .render()?,
    ))
}

#[derive(Template)]
#[template(path = "surveys/survey_results.html")]
pub struct ResultsPage {
    pub layout: Layout,
    pub title: String,
    pub results: Results,
    pub by_options: Vec<(String, String, bool)>,
    pub action: String,
    /// Links to the weighting and the export, for the administration.
    pub admin: bool,
    /// Texts of the survey shown in German inside a page of another language, by question
    /// and option id (a translation is missing or was made from an older German text).
    pub german: Marks,
    pub title_lang: Option<&'static str>,
}

/// Which of a survey's texts on a page stay German: question ids and option ids.
#[derive(Default)]
pub struct Marks {
    pub questions: std::collections::HashSet<i64>,
    pub options: std::collections::HashSet<i64>,
}

impl ResultsPage {
    /// The text, escaped, marked as German where it stayed German.
    fn mark<L: std::borrow::Borrow<Option<&'static str>>>(&self, text: &str, lang: L) -> String {
        let escaped = askama::filters::escape(text, askama::filters::Html)
            .map(|e| e.to_string())
            .unwrap_or_default();
        match lang.borrow() {
            Some(l) => format!("<span lang=\"{l}\" dir=\"ltr\">{escaped}</span>"),
            None => escaped,
        }
    }

    fn lang_of(&self, question: &i64) -> Option<&'static str> {
        self.german.questions.contains(question).then_some("de")
    }

    fn lang_of_option(&self, option: &i64) -> Option<&'static str> {
        self.german.options.contains(option).then_some("de")
    }

    fn by_lang(&self) -> Option<&'static str> {
        self.results.by_id.and_then(|b| self.lang_of(&b))
    }

    /// The column heads in the page's language: the total, then the breakdown's answers.
    fn columns(&self) -> Vec<(String, Option<&'static str>)> {
        self.results
            .columns
            .iter()
            .zip(&self.results.column_ids)
            .map(|(label, id)| match id {
                None => (self.layout.t("results-total"), None),
                Some(o) => (label.clone(), self.lang_of_option(o)),
            })
            .collect()
    }

    fn kind(&self, code: &str, german: &str) -> String {
        self.layout.tr_or(&format!("question-kind-{code}"), german)
    }

    fn unit(&self, code: &str, german: &str) -> String {
        self.layout.tr_or(&format!("results-unit-{code}"), german)
    }
}

/// The results in the page's language: the survey's own translations of its questions and
/// answers where it offers the language and they are current, German (and marked) elsewhere.
fn translate_results(
    results: &mut Results,
    by_options: &mut [(String, String, bool)],
    q: &Questionnaire,
    translations: &Translations,
    lang: Language,
) -> Marks {
    let mut marks = Marks::default();
    let text = |key: String, german: &str| text_in(translations, &key, german, lang);
    for r in &mut results.questions {
        let (t, l) = text(format!("q{}", r.id), &r.text);
        r.text = t;
        if l.is_some() {
            marks.questions.insert(r.id);
        }
        for row in &mut r.rows {
            if let Some(o) = row.option_id {
                let (t, l) = text(format!("o{o}"), &row.label);
                row.label = t;
                if l.is_some() {
                    marks.options.insert(o);
                }
            }
        }
    }
    for (label, id) in results.columns.iter_mut().zip(&results.column_ids) {
        if let Some(o) = id {
            let (t, l) = text(format!("o{o}"), label);
            *label = t;
            if l.is_some() {
                marks.options.insert(*o);
            }
        }
    }
    if let (Some(b), Some(id)) = (&mut results.by, results.by_id) {
        let (t, l) = text(format!("q{id}"), b);
        *b = t;
        if l.is_some() {
            marks.questions.insert(id);
        }
    }
    for (code, label, _) in by_options.iter_mut() {
        if let Some((x, _)) = q.questions.iter().find(|(x, _)| &x.code == code) {
            *label = text(format!("q{}", x.id), label).0;
        }
    }
    marks
}

/// The questions a breakdown can be by: those with one answer from a list.
pub fn by_options(q: &Questionnaire, current: Option<&str>) -> Vec<(String, String, bool)> {
    q.questions
        .iter()
        .filter(|(x, _)| x.kind == "single" || x.kind == "likert")
        .map(|(x, _)| {
            (
                x.code.clone(),
                x.text.clone(),
                Some(x.code.as_str()) == current,
            )
        })
        .collect()
}

#[derive(Deserialize)]
pub struct ByQuery {
    pub nach: Option<String>,
}

async fn results(
    State(app): State<AppState>,
    cx: Context,
    Path((key, id)): Path<(String, i64)>,
    Query(query): Query<ByQuery>,
) -> Result<Html<String>, HtmlError> {
    let (body, q) = public_survey(&app, &key, id).await?;
    if !q.survey.results_public.0 {
        return Err(HtmlError::NotFound);
    }
    let t = app.store.response_table(id).await?;
    let margins = app.store.survey_margins(id).await?;
    let by = query.nach.filter(|s| !s.is_empty());
    let mut results = results::compute(&q, &t, &margins, by.as_deref());
    // The page speaks the portal's language; the survey's texts follow where it offers it.
    let page_lang = cx.ui();
    let lang = lang_or_german(Some(page_lang.code), page_lang.code, &q.survey.languages());
    let translations = app.store.translations(id, lang.code).await?;
    let mut options = by_options(&q, by.as_deref());
    let mut german = translate_results(&mut results, &mut options, &q, &translations, lang);
    let (title, title_lang) = text_in(&translations, "title", &q.survey.title, lang);
    let title_lang = title_lang.or((page_lang.code != "de" && lang.code == "de").then_some("de"));
    if page_lang.code != "de" && lang.code == "de" {
        // The whole survey stays German in this language: mark every text of it.
        german
            .questions
            .extend(q.questions.iter().map(|(x, _)| x.id));
        german
            .options
            .extend(q.questions.iter().flat_map(|(_, o)| o.iter().map(|o| o.id)));
    }
    let layout = page_layout(
        &cx,
        &body,
        &format!("{} {title}", cx.tr("results-title")),
        page_lang,
    );
    let page = ResultsPage {
        layout,
        title,
        by_options: options,
        results,
        action: format!("/{}/befragungen/{id}/ergebnisse", body.key),
        admin: false,
        german,
        title_lang,
    };
    Ok(Html(page.render()?))
}

/// The published results as a table, for the open-data catalogue: one row per answer of each
/// choice question (its share in percent) and per number question (its mean), with the 95 %
/// confidence interval, weighted as on the results page; suppressed cells empty and marked.
/// Free texts are not published.
async fn results_csv(
    State(app): State<AppState>,
    Path((key, id)): Path<(String, i64)>,
) -> Result<Response, HtmlError> {
    let (body, q) = public_survey(&app, &key, id).await?;
    if !q.survey.results_public.0 {
        return Err(HtmlError::NotFound);
    }
    let t = app.store.response_table(id).await?;
    let margins = app.store.survey_margins(id).await?;
    let results = results::compute(&q, &t, &margins, None);
    let mut file = teilhabe_domain::spreadsheet::GermanCsv::new([
        "Frage",
        "Fragetext",
        "Antwort",
        "Einheit",
        "Wert",
        "KI 95 % unten",
        "KI 95 % oben",
        "Antworten",
        "unterdrückt",
    ]);
    let number = |v: f64| format!("{v:.2}").replace('.', ",");
    for question in results.questions.iter().filter(|x| x.unit_code != "text") {
        let (unit, scale) = match question.unit_code {
            "share" => ("Prozent", 100.0),
            _ => ("Mittelwert", 1.0),
        };
        for row in &question.rows {
            let Some(cell) = row.cells.first() else {
                continue;
            };
            let (value, low, high, n) = match &cell.estimate {
                Some(e) if !cell.suppressed => {
                    let (a, b) = e.ci95();
                    (
                        number(e.estimate * scale),
                        number(a * scale),
                        number(b * scale),
                        cell.n.to_string(),
                    )
                }
                _ => Default::default(),
            };
            let suppressed = if cell.suppressed { "ja" } else { "nein" };
            file.row([
                question.code.as_str(),
                &question.text,
                &row.label,
                unit,
                &value,
                &low,
                &high,
                &n,
                suppressed,
            ]);
        }
    }
    Ok(crate::kit::upload::csv_attachment(
        file.finish(),
        &format!("{}-befragung-{id}-ergebnisse.csv", body.key),
    ))
}
