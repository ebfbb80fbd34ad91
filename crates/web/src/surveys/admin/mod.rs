//! Surveys in the administration: build the questionnaire, translate it, issue invitation
//! codes, type in paper answers and weight to population margins. Imported answers, the
//! results and the CSV export are in `survey_answers`.

mod answers;

use crate::kit::error::HtmlError;
use crate::kit::form::opt;
use crate::kit::form::{FieldDef, Form, FormInput, Kind};
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use crate::surveys::public::{FormState, form_page};
use crate::surveys::results as survey_results;
use answers::{export, import, results};
use askama::Template;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use teilhabe_domain::surveys::{LANGUAGES, QuestionDraft, SurveyDraft, SurveyStatus, language};
use teilhabe_domain::{Coded, RawInput};
use teilhabe_store::Body;
use teilhabe_store::surveys::{NewResponse, Questionnaire, Survey, SurveyQuestion};
use teilhabe_survey::form::{self, QuestionKind};
use teilhabe_survey::{RakeOptions, Trim, io};

/// Largest response file.
const MAX_IMPORT: usize = 32 * 1024 * 1024;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/bodies/{id}/surveys/new",
            get(survey_new).post(survey_create),
        )
        .route("/surveys/{id}", get(overview))
        .route("/surveys/{id}/edit", get(survey_edit).post(survey_update))
        .route(
            "/survey-questions/{id}/edit",
            get(question_edit).post(question_update),
        )
        .route("/survey-questions/{id}/delete", post(question_delete))
        .route(
            "/surveys/{id}/questions/new",
            get(question_new).post(question_create),
        )
        .route(
            "/surveys/{id}/uebersetzung/{lang}",
            get(translations).post(translations_save),
        )
        .route("/surveys/{id}/codes", post(codes))
        .route("/surveys/{id}/delete", post(survey_delete))
        .route("/surveys/{id}/papier", get(paper).post(paper_save))
        .route(
            "/surveys/{id}/import",
            post(import).layer(DefaultBodyLimit::max(MAX_IMPORT)),
        )
        .route(
            "/surveys/{id}/gewichtung",
            get(weighting).post(weighting_save),
        )
        .route("/surveys/{id}/ergebnisse", get(results))
        .route("/surveys/{id}/antworten.csv", get(export))
}

pub(super) type Page = Result<Html<String>, HtmlError>;
pub(super) type Submit = Result<Response, HtmlError>;

pub(super) fn href(id: i64) -> String {
    format!("/admin/surveys/{id}")
}

pub(super) fn survey_layout(title: &str, body: &Body, survey: Option<&Survey>) -> Layout {
    let layout =
        Layout::admin(title).crumb(format!("/admin/bodies/{}", body.id), body.name.clone());
    match survey {
        Some(s) => layout.crumb(href(s.id), s.title.clone()),
        None => layout,
    }
}

pub(super) async fn context(app: &AppState, id: i64) -> Result<(Questionnaire, Body), HtmlError> {
    let q = app.store.questionnaire(id).await?;
    let body = app.store.body(q.survey.body_id).await?;
    Ok((q, body))
}

// ---- the survey itself

fn survey_fields() -> Vec<FieldDef> {
    let languages = LANGUAGES
        .iter()
        .filter(|l| l.code != "de")
        .map(|l| (l.code.to_string(), format!("{} ({})", l.german, l.name)))
        .collect();
    vec![
        FieldDef::new("title", "Titel", Kind::Text).required(),
        FieldDef::new("intro", "Einleitung", Kind::Textarea)
            .hint("Wozu die Befragung dient, wer sie durchführt, wie lange sie dauert."),
        FieldDef::new("status", "Stand", Kind::Select)
            .required()
            .codes::<SurveyStatus>()
            .hint("Nur laufende Befragungen nehmen Antworten im Portal an."),
        FieldDef::new("languages", "Weitere Sprachen", Kind::Checks)
            .options(languages)
            .hint("Deutsch ist immer dabei. Texte ohne Übersetzung erscheinen auf Deutsch."),
        FieldDef::new(
            "invitation_only",
            "Nur mit Zugangscode (Einladungsschreiben)",
            Kind::Flag,
        ),
        FieldDef::new("min_group_size", "Kleinste gezeigte Gruppe", Kind::Number)
            .hint("Ergebnisse für Gruppen mit weniger Antworten werden unterdrückt (Standard 5)."),
        FieldDef::new("results_public", "Ergebnisse im Portal zeigen", Kind::Flag),
        FieldDef::new(
            "raw_data_days",
            "Einzelantworten löschen nach (Tagen ab Abschluss)",
            Kind::Number,
        )
        .hint("Datenschutz: Die Einzelantworten werden so viele Tage nach dem Abschluss gelöscht; danach lassen sich keine Ergebnisse mehr berechnen, vorher exportieren. Leer: aufbewahren."),
        FieldDef::new(
            "invitation_days",
            "Zugangscodes löschen nach (Tagen ab Abschluss)",
            Kind::Number,
        )
        .hint("Leer: aufbewahren, bis die Befragung gelöscht wird."),
    ]
}

fn survey_form(body: &Body, existing: Option<&Survey>) -> Form {
    Form {
        layout: survey_layout(
            if existing.is_some() {
                "Befragung bearbeiten"
            } else {
                "Neue Befragung"
            },
            body,
            existing,
        ),
        heading: existing
            .map(|s| format!("Befragung „{}“ bearbeiten", s.title))
            .unwrap_or_else(|| "Neue Befragung".into()),
        intro: None,
        action: match existing {
            Some(s) => format!("{}/edit", href(s.id)),
            None => format!("/admin/bodies/{}/surveys/new", body.id),
        },
        defs: survey_fields(),
        submit: "Speichern",
        cancel: existing
            .map(|s| href(s.id))
            .unwrap_or_else(|| format!("/admin/bodies/{}", body.id)),
        delete_action: existing.map(|s| format!("{}/delete", href(s.id))),
        extra_button: None,
    }
}

async fn survey_new(State(app): State<AppState>, Path(body_id): Path<i64>) -> Page {
    let body = app.store.body(body_id).await?;
    survey_form(&body, None).render(
        &RawInput::from_pairs([("status", "draft"), ("min_group_size", "5")]),
        None,
    )
}

async fn survey_create(
    State(app): State<AppState>,
    Path(body_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let body = app.store.body(body_id).await?;
    survey_form(&body, None)
        .submit(input, SurveyDraft::parse, |d| async move {
            Ok(href(app.store.create_survey(body_id, &d).await?.id))
        })
        .await
}

async fn survey_edit(State(app): State<AppState>, Path(id): Path<i64>) -> Page {
    let (q, body) = context(&app, id).await?;
    let s = &q.survey;
    let mut input = RawInput::from_pairs([
        ("title", s.title.clone()),
        ("intro", opt(&s.intro)),
        ("status", s.status.clone()),
        (
            "invitation_only",
            if s.invitation_only.0 { "1" } else { "0" }.into(),
        ),
        ("min_group_size", s.min_group_size.to_string()),
        (
            "results_public",
            if s.results_public.0 { "1" } else { "0" }.into(),
        ),
        (
            "raw_data_days",
            s.raw_data_days.map(|d| d.to_string()).unwrap_or_default(),
        ),
        (
            "invitation_days",
            s.invitation_days.map(|d| d.to_string()).unwrap_or_default(),
        ),
    ]);
    for l in s.languages() {
        input.push("languages", l);
    }
    survey_form(&body, Some(s)).render(&input, None)
}

async fn survey_update(
    State(app): State<AppState>,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (q, body) = context(&app, id).await?;
    survey_form(&body, Some(&q.survey))
        .submit(input, SurveyDraft::parse, |d| async move {
            Ok(href(app.store.update_survey(id, &d).await?.id))
        })
        .await
}

async fn survey_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let s = app.store.survey(id).await?;
    app.store.delete_survey(id).await?;
    Ok(Redirect::to(&format!("/admin/bodies/{}", s.body_id)).into_response())
}

// ---- overview

pub struct QuestionRow {
    pub id: i64,
    pub number: usize,
    pub code: String,
    pub kind: &'static str,
    pub text: String,
    pub required: bool,
    pub options: String,
    pub condition: Option<String>,
}

pub struct LanguageRow {
    pub code: &'static str,
    pub name: &'static str,
    pub current: usize,
    pub outdated: usize,
    pub missing: usize,
}

#[derive(Template)]
#[template(path = "surveys/admin_survey.html")]
struct Overview {
    layout: Layout,
    body: Body,
    survey: Survey,
    status: &'static str,
    questions: Vec<QuestionRow>,
    languages: Vec<LanguageRow>,
    responses: usize,
    by_channel: Vec<(&'static str, usize)>,
    codes: (i64, i64),
    weighting: Option<String>,
    codes_shown: Vec<String>,
}

/// The German texts a translation covers: (key, German text).
fn source_texts(q: &Questionnaire) -> Vec<(String, String)> {
    let mut out = vec![("title".to_string(), q.survey.title.clone())];
    if let Some(i) = &q.survey.intro {
        out.push(("intro".into(), i.clone()));
    }
    for (question, options) in &q.questions {
        out.push((format!("q{}", question.id), question.text.clone()));
        if let Some(h) = &question.help {
            out.push((format!("q{}.help", question.id), h.clone()));
        }
        for o in options {
            out.push((format!("o{}", o.id), o.label.clone()));
        }
    }
    out
}

async fn overview_page(app: &AppState, id: i64, codes_shown: Vec<String>) -> Page {
    let (q, body) = context(app, id).await?;
    let t = app.store.response_table(id).await?;
    let codes = app.store.invitation_counts(id).await?;
    let number_of = |qid: i64| {
        q.questions
            .iter()
            .position(|(x, _)| x.id == qid)
            .map_or(0, |p| p + 1)
    };
    let questions = q
        .questions
        .iter()
        .enumerate()
        .map(|(i, (x, options))| QuestionRow {
            id: x.id,
            number: i + 1,
            code: x.code.clone(),
            kind: QuestionKind::from_code(&x.kind).map_or("?", QuestionKind::label),
            text: x.text.clone(),
            required: x.required.0,
            options: options
                .iter()
                .map(|o| {
                    format!(
                        "{}{} = {}",
                        if o.role == "item" { "Zeile " } else { "" },
                        o.code,
                        o.label
                    )
                })
                .collect::<Vec<_>>()
                .join(" · "),
            condition: x.condition_question_id.map(|c| {
                format!(
                    "nur wenn Frage {} = {}",
                    number_of(c),
                    x.condition_value.clone().unwrap_or_default()
                )
            }),
        })
        .collect();
    let sources = source_texts(&q);
    let mut languages = Vec::new();
    for code in q.survey.languages().into_iter().filter(|c| *c != "de") {
        let Some(l) = language(code) else { continue };
        let tr = app.store.translations(id, code).await?;
        let (mut current, mut outdated, mut missing) = (0, 0, 0);
        for (key, german) in &sources {
            match tr.get(key) {
                Some((_, source)) if source == german => current += 1,
                Some(_) => outdated += 1,
                None => missing += 1,
            }
        }
        languages.push(LanguageRow {
            code: l.code,
            name: l.german,
            current,
            outdated,
            missing,
        });
    }
    let by_channel = ["online", "paper", "import"]
        .into_iter()
        .map(|c| {
            let label = match c {
                "online" => "online",
                "paper" => "vom Papier eingegeben",
                _ => "aus Datei importiert",
            };
            (label, t.channels.iter().filter(|x| *x == c).count())
        })
        .collect();
    let page = Overview {
        layout: survey_layout(&q.survey.title, &body, None),
        status: SurveyStatus::from_code(&q.survey.status).map_or("?", |s| s.label()),
        responses: t.len(),
        by_channel,
        codes,
        weighting: q.survey.weighting.clone(),
        questions,
        languages,
        body,
        survey: q.survey,
        codes_shown,
    };
    Ok(Html(page.render()?))
}

async fn overview(State(app): State<AppState>, Path(id): Path<i64>) -> Page {
    overview_page(&app, id, Vec::new()).await
}

// ---- questions

fn question_fields(q: &Questionnaire) -> Vec<FieldDef> {
    let kinds = QuestionKind::ALL
        .iter()
        .map(|k| (k.code().to_string(), k.label().to_string()))
        .collect();
    let conditions = q
        .questions
        .iter()
        .enumerate()
        .filter(|(_, (x, _))| x.kind == "single" || x.kind == "likert")
        .map(|(i, (x, _))| (x.id.to_string(), format!("{}. {}", i + 1, x.text)))
        .collect();
    vec![
        FieldDef::new("code", "Kürzel", Kind::Text).required().hint("Spaltenname in Auswertung und Import, z. B. alter_gruppe (Buchstaben ohne Umlaute, Ziffern, _ - +)."),
        FieldDef::new("kind", "Frageart", Kind::Select).required().options(kinds),
        FieldDef::new("text", "Fragetext", Kind::Textarea).required(),
        FieldDef::new("help", "Hinweis zur Frage", Kind::Text),
        FieldDef::new("required", "Pflichtfrage", Kind::Flag),
        FieldDef::new("options", "Antwortmöglichkeiten", Kind::Textarea)
            .hint("Eine je Zeile, als „Kürzel = Text“ (z. B. „ja = Ja“) oder nur der Text (dann 1, 2, 3 …). Für Skalen die Stufen, z. B. 1 = sehr unzufrieden … 5 = sehr zufrieden."),
        FieldDef::new("items", "Zeilen der Matrix", Kind::Textarea).hint("Nur für Matrixfragen: die Aussagen, eine je Zeile, wie oben."),
        FieldDef::new("min", "Kleinste Zahl", Kind::Text).hint("Nur für Zahlfragen."),
        FieldDef::new("max", "Größte Zahl", Kind::Text),
        FieldDef::new("condition_question_id", "Nur fragen, wenn diese Frage …", Kind::Select).options(conditions),
        FieldDef::new("condition_value", "… so beantwortet wurde (Kürzel der Antwort)", Kind::Text),
    ]
}

fn question_form(q: &Questionnaire, body: &Body, existing: Option<&SurveyQuestion>) -> Form {
    Form {
        layout: survey_layout(
            if existing.is_some() {
                "Frage bearbeiten"
            } else {
                "Neue Frage"
            },
            body,
            Some(&q.survey),
        ),
        heading: match existing {
            Some(x) => format!("Frage „{}“ bearbeiten", x.code),
            None => format!("Neue Frage für „{}“", q.survey.title),
        },
        intro: None,
        action: match existing {
            Some(x) => format!("/admin/survey-questions/{}/edit", x.id),
            None => format!("{}/questions/new", href(q.survey.id)),
        },
        defs: question_fields(q),
        submit: if existing.is_some() {
            "Speichern"
        } else {
            "Frage anlegen"
        },
        cancel: href(q.survey.id),
        delete_action: existing.map(|x| format!("/admin/survey-questions/{}/delete", x.id)),
        extra_button: None,
    }
}

fn question_input(
    x: &SurveyQuestion,
    options: &[teilhabe_store::surveys::SurveyOption],
) -> RawInput {
    let lines = |role: &str| {
        options
            .iter()
            .filter(|o| o.role == role)
            .map(|o| format!("{} = {}", o.code, o.label))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let number = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    RawInput::from_pairs([
        ("code", x.code.clone()),
        ("kind", x.kind.clone()),
        ("text", x.text.clone()),
        ("help", opt(&x.help)),
        ("required", if x.required.0 { "1" } else { "0" }.into()),
        ("options", lines("option")),
        ("items", lines("item")),
        ("min", number(x.min_value)),
        ("max", number(x.max_value)),
        ("condition_question_id", opt(&x.condition_question_id)),
        ("condition_value", opt(&x.condition_value)),
    ])
}

async fn question_context(
    app: &AppState,
    id: i64,
) -> Result<(SurveyQuestion, Questionnaire, Body), HtmlError> {
    let x = app.store.question(id).await?;
    let (q, body) = context(app, x.survey_id).await?;
    Ok((x, q, body))
}

async fn question_edit(State(app): State<AppState>, Path(id): Path<i64>) -> Page {
    let (x, q, body) = question_context(&app, id).await?;
    let options = q
        .questions
        .iter()
        .find(|(y, _)| y.id == id)
        .map(|(_, o)| o.clone())
        .unwrap_or_default();
    question_form(&q, &body, Some(&x)).render(&question_input(&x, &options), None)
}

async fn question_update(
    State(app): State<AppState>,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (x, q, body) = question_context(&app, id).await?;
    let survey = x.survey_id;
    question_form(&q, &body, Some(&x))
        .submit(input, parse_question, |d| async move {
            app.store.update_question(id, &d).await?;
            Ok(href(survey))
        })
        .await
}

async fn question_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let x = app.store.question(id).await?;
    app.store.delete_question(id).await?;
    Ok(Redirect::to(&href(x.survey_id)).into_response())
}

fn parse_question(input: &RawInput) -> Result<QuestionDraft, teilhabe_domain::FieldErrors> {
    let kinds: Vec<&str> = QuestionKind::ALL.iter().map(|k| k.code()).collect();
    let with_options: Vec<&str> = QuestionKind::ALL
        .iter()
        .filter(|k| k.has_options())
        .map(|k| k.code())
        .collect();
    QuestionDraft::parse(input, &kinds, &with_options)
}

async fn question_new(State(app): State<AppState>, Path(id): Path<i64>) -> Page {
    let (q, body) = context(&app, id).await?;
    question_form(&q, &body, None).render(
        &RawInput::from_pairs([("kind", "single"), ("required", "1")]),
        None,
    )
}

async fn question_create(
    State(app): State<AppState>,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (q, body) = context(&app, id).await?;
    question_form(&q, &body, None)
        .submit(input, parse_question, |d| async move {
            app.store.add_question(id, &d).await?;
            Ok(href(id))
        })
        .await
}

// ---- translations

pub struct TranslationRow {
    pub key: String,
    pub german: String,
    pub text: String,
    pub state: &'static str,
    pub long: bool,
}

#[derive(Template)]
#[template(path = "surveys/admin_survey_translations.html")]
struct TranslationsPage {
    layout: Layout,
    action: String,
    lang_name: &'static str,
    lang: &'static str,
    dir: &'static str,
    rows: Vec<TranslationRow>,
    saved: bool,
}

async fn translations_page(app: &AppState, id: i64, code: &str, saved: bool) -> Page {
    let (q, body) = context(app, id).await?;
    let Some(l) =
        language(code).filter(|l| l.code != "de" && q.survey.languages().contains(&l.code))
    else {
        return Err(HtmlError::NotFound);
    };
    let tr = app.store.translations(id, l.code).await?;
    let rows = source_texts(&q)
        .into_iter()
        .map(|(key, german)| {
            let (text, state) = match tr.get(&key) {
                Some((t, source)) if *source == german => (t.clone(), "aktuell"),
                Some((t, _)) => (t.clone(), "veraltet – der deutsche Text hat sich geändert"),
                None => (String::new(), "fehlt"),
            };
            TranslationRow {
                long: german.chars().count() > 80,
                key,
                german,
                text,
                state,
            }
        })
        .collect();
    let page = TranslationsPage {
        layout: survey_layout(
            &format!("Übersetzung: {}", l.german),
            &body,
            Some(&q.survey),
        ),
        action: format!("{}/uebersetzung/{}", href(id), l.code),
        lang_name: l.german,
        lang: l.code,
        dir: l.dir(),
        rows,
        saved,
    };
    Ok(Html(page.render()?))
}

async fn translations(State(app): State<AppState>, Path((id, code)): Path<(i64, String)>) -> Page {
    translations_page(&app, id, &code, false).await
}

async fn translations_save(
    State(app): State<AppState>,
    Path((id, code)): Path<(i64, String)>,
    FormInput(input): FormInput,
) -> Page {
    let (q, _) = context(&app, id).await?;
    let Some(l) =
        language(&code).filter(|l| l.code != "de" && q.survey.languages().contains(&l.code))
    else {
        return Err(HtmlError::NotFound);
    };
    let texts: Vec<(String, String, String)> = source_texts(&q)
        .into_iter()
        .filter(|(key, _)| input.contains(&format!("t.{key}")))
        .map(|(key, german)| {
            let text = input.get(&format!("t.{key}")).unwrap_or("").to_string();
            (key, text, german)
        })
        .collect();
    app.store.set_translations(id, l.code, &texts).await?;
    translations_page(&app, id, &code, true).await
}

// ---- invitation codes

async fn codes(
    State(app): State<AppState>,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let n = match input.get("count").map(str::parse::<usize>) {
        Some(Ok(n)) if (1..=5000).contains(&n) => n,
        _ => {
            return Err(HtmlError::Refused(
                "Bitte eine Anzahl von 1 bis 5000 angeben.".into(),
            ));
        }
    };
    let codes = app.store.create_invitations(id, n).await?;
    if input.get("format") == Some("csv") {
        // For the mail merge of the invitation letters; the codes are not kept, so this is
        // the only copy.
        let mut body = String::from("\u{feff}nr;code\r\n");
        for (i, c) in codes.iter().enumerate() {
            body.push_str(&format!("{};{c}\r\n", i + 1));
        }
        return Ok((
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"zugangscodes-{id}.csv\""),
                ),
            ],
            body,
        )
            .into_response());
    }
    Ok(overview_page(&app, id, codes).await?.into_response())
}

// ---- paper answers

async fn paper(State(app): State<AppState>, Path(id): Path<i64>) -> Page {
    paper_page(&app, id, &[], &[], None).await.map(|(_, h)| h)
}

async fn paper_page(
    app: &AppState,
    id: i64,
    input: &[(String, String)],
    problems: &[(String, form::Problem)],
    notice: Option<String>,
) -> Result<(bool, Html<String>), HtmlError> {
    let (q, body) = context(app, id).await?;
    let de = language("de").expect("German");
    let page = form_page(
        &q,
        &Default::default(),
        de,
        survey_layout("Antwortbogen vom Papier eingeben", &body, Some(&q.survey)),
        format!("{}/papier", href(id)),
        FormState {
            switch_base: None,
            paper: true,
            input,
            problems,
            invitation_error: None,
            notice,
        },
    );
    Ok((problems.is_empty(), Html(page.render()?)))
}

async fn paper_save(
    State(app): State<AppState>,
    Path(id): Path<i64>,
    bytes: axum::body::Bytes,
) -> Submit {
    let q = app.store.questionnaire(id).await?;
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&bytes).into_owned().collect();
    match form::check(&q.form(), &pairs) {
        Ok(answers) => {
            app.store
                .add_responses(
                    id,
                    &[NewResponse {
                        design_weight: None,
                        channel: "paper",
                        lang: "de".into(),
                        answers,
                    }],
                    None,
                )
                .await?;
            let n = app.store.count_responses(id).await?;
            let notice = format!(
                "Gespeichert. Die Befragung hat jetzt {n} Antworten; hier den nächsten Bogen eingeben."
            );
            Ok(paper_page(&app, id, &[], &[], Some(notice))
                .await?
                .1
                .into_response())
        }
        Err(problems) => {
            let (_, html) = paper_page(&app, id, &pairs, &problems, None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
        }
    }
}

#[derive(Template)]
#[template(path = "surveys/admin_survey_weighting.html")]
struct WeightingPage {
    layout: Layout,
    action: String,
    margins: String,
    epsilon: String,
    max_iter: String,
    trim_lower: String,
    trim_upper: String,
    error: Option<String>,
    candidates: Vec<String>,
    report: Option<String>,
}

fn margins_text(margins: &[(String, String, f64)]) -> String {
    let mut s = String::from("variable,category,target\n");
    for (v, c, t) in margins {
        s.push_str(&format!("{v},{c},{t}\n"));
    }
    s
}

async fn weighting_page(
    app: &AppState,
    id: i64,
    form: Option<&RawInput>,
    error: Option<String>,
) -> Result<Html<String>, HtmlError> {
    let (q, body) = context(app, id).await?;
    let stored = app.store.survey_margins(id).await?;
    let get = |k: &str, default: String| {
        form.and_then(|f| f.get(k))
            .map(str::to_string)
            .unwrap_or(default)
    };
    let candidates = q
        .questions
        .iter()
        .filter(|(x, _)| x.kind == "single")
        .map(|(x, o)| {
            format!(
                "{}: {}",
                x.code,
                o.iter()
                    .filter(|o| o.role == "option")
                    .map(|o| o.code.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect();
    let page = WeightingPage {
        layout: survey_layout("Gewichtung", &body, Some(&q.survey)),
        action: format!("{}/gewichtung", href(id)),
        margins: get("margins", margins_text(&stored)),
        epsilon: get("epsilon", "0,000001".into()),
        max_iter: get("max_iter", "100".into()),
        trim_lower: get("trim_lower", String::new()),
        trim_upper: get("trim_upper", String::new()),
        error,
        candidates,
        report: q.survey.weighting.clone(),
    };
    Ok(Html(page.render()?))
}

async fn weighting(State(app): State<AppState>, Path(id): Path<i64>) -> Page {
    weighting_page(&app, id, None, None).await
}

async fn weighting_save(
    State(app): State<AppState>,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let q = app.store.questionnaire(id).await?;
    let t = app.store.response_table(id).await?;
    let refuse = |message: String| async {
        let html = weighting_page(&app, id, Some(&input), Some(message)).await?;
        Ok::<_, HtmlError>((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
    };
    let text = input.get("margins").unwrap_or("");
    let table = match io::Table::parse("Randverteilungen", text.as_bytes()) {
        Ok(t) => t,
        Err(p) => return refuse(p.to_string()).await,
    };
    let (Some(v), Some(c), Some(x)) = (
        table.column("variable"),
        table.column("category"),
        table.column("target"),
    ) else {
        return refuse("Die erste Zeile muss „variable,category,target“ lauten.".into()).await;
    };
    let body = app.store.body(q.survey.body_id).await?;
    let mut margins = Vec::new();
    let mut from_monitoring = Vec::new();
    for (r, row) in table.rows.iter().enumerate() {
        let line = table.lines[r];
        let target = match row[x].strip_prefix('=') {
            // A formula over the monitoring's variables, for the body's region, latest period.
            Some(formula) => match monitoring_target(&app, &body.key, formula).await? {
                Ok((value, period)) => {
                    from_monitoring.push(period);
                    Some(value)
                }
                Err(e) => return refuse(format!("Zeile {line}: {e}")).await,
            },
            None => io::parse_number(&row[x]).filter(|t| *t >= 0.0),
        };
        match target {
            Some(target) => margins.push((row[v].clone(), row[c].clone(), target)),
            None => {
                return refuse(format!("Zeile {line}: „{}“ ist keine Zahl ≥ 0 (und keine Formel wie =BEVSTD[GES=GESW]).", row[x]))
                    .await;
            }
        }
    }
    if t.is_empty() {
        return refuse("Es gibt noch keine Antworten zum Gewichten.".into()).await;
    }
    let number = |k: &str| {
        input
            .get(k)
            .map(|s| io::parse_number(s).ok_or(format!("„{s}“ ist keine Zahl.")))
    };
    let epsilon = match number("epsilon").unwrap_or(Ok(1e-6)) {
        Ok(e) if e > 0.0 => e,
        Ok(_) => return refuse("Die Toleranz muss größer als 0 sein.".into()).await,
        Err(e) => return refuse(format!("Toleranz: {e}")).await,
    };
    let max_iter = match input
        .get("max_iter")
        .map(str::parse::<usize>)
        .unwrap_or(Ok(100))
    {
        Ok(n) if (1..=10_000).contains(&n) => n,
        _ => {
            return refuse("Höchstzahl der Durchläufe: eine ganze Zahl von 1 bis 10000.".into())
                .await;
        }
    };
    let mean = margins.first().map_or(0.0, |(first, _, _)| {
        margins
            .iter()
            .filter(|(m, _, _)| m == first)
            .map(|(_, _, t)| t)
            .sum::<f64>()
            / t.len() as f64
    });
    let bound = |k: &str| -> Result<Option<f64>, String> {
        let Some(s) = input.get(k) else {
            return Ok(None);
        };
        io::parse_bound(s, mean).map(Some).ok_or(format!(
            "Trimmgrenze „{s}“ ist keine Zahl (oder ein Vielfaches wie 5x)."
        ))
    };
    let (lower, upper) = match (bound("trim_lower"), bound("trim_upper")) {
        (Ok(l), Ok(u)) => (l, u),
        (Err(e), _) | (_, Err(e)) => return refuse(e).await,
    };
    let trim = (lower.is_some() || upper.is_some()).then(|| Trim {
        lower: lower.unwrap_or(0.0),
        upper: upper.unwrap_or(f64::INFINITY),
        strict: true,
    });
    let options = RakeOptions {
        epsilon,
        max_iter,
        trim,
    };
    let raking = match survey_results::weight(&q, &t, &margins, &options) {
        Ok(r) => r,
        Err(e) => return refuse(e).await,
    };
    if !raking.converged {
        return refuse(format!(
            "Die Gewichtung ist nach {} Durchläufen nicht konvergiert (letzte Änderung {:.3e}, Toleranz {:.3e}). Mehr Durchläufe erlauben oder kleine Kategorien zusammenlegen. Nichts wurde gespeichert.",
            raking.iterations, raking.delta, raking.epsilon
        ))
        .await;
    }
    let mut report = raking.report_de();
    from_monitoring.sort();
    from_monitoring.dedup();
    if !from_monitoring.is_empty() {
        report.push_str(&format!(
            " Sollwerte teils aus dem Monitoring (Stand {}).",
            from_monitoring.join(", ")
        ));
    }
    let weights: Vec<(i64, f64)> = t
        .ids
        .iter()
        .copied()
        .zip(raking.weights.iter().copied())
        .collect();
    app.store
        .save_weighting(id, &margins, &weights, &report)
        .await?;
    Ok(Redirect::to(&format!("{}/ergebnisse", href(id))).into_response())
}

/// The value of a monitoring formula for `key` in the latest period that has one:
/// `Ok(Ok((value, period)))`, or `Ok(Err(why))` for the user.
async fn monitoring_target(
    app: &AppState,
    key: &str,
    formula: &str,
) -> Result<Result<(f64, String), String>, HtmlError> {
    let expr = match teilhabe_stats::indicators::parse(formula) {
        Ok(e) => e,
        Err(e) => return Ok(Err(format!("Formel „{formula}“: {e}"))),
    };
    let regions = [key.to_string()];
    for period in app
        .store
        .stat_periods(&expr, &regions)
        .await?
        .into_iter()
        .rev()
    {
        let outcome = app.store.indicator_at(&expr, &regions, &period).await?;
        if let Some(v) = outcome.value.filter(|v| v.is_finite() && *v >= 0.0) {
            return Ok(Ok((v, crate::monitoring::period_de(&period))));
        }
    }
    Ok(Err(format!(
        "die Formel „{formula}“ ergibt für {key} keinen Wert; sind die Statistiken importiert?"
    )))
}
