//! A survey and its questionnaire: creating, editing and deleting the survey, its
//! overview with languages and codes, its questions.

use super::{Page, Submit, context, href, survey_layout};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::opt;
use crate::kit::form::{FieldDef, Form, FormInput, Kind};
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect};
use teilhabe_domain::languages::{self, language};
use teilhabe_domain::surveys::{QuestionDraft, SurveyDraft, SurveyStatus};
use teilhabe_domain::{Coded, RawInput};
use teilhabe_store::Body;
use teilhabe_store::surveys::{Questionnaire, Survey, SurveyQuestion};
use teilhabe_survey::form::QuestionKind;

// ---- the survey itself

pub(super) fn survey_fields() -> Vec<FieldDef> {
    let languages = languages::all()
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

pub(super) fn survey_form(cx: &Context, body: &Body, existing: Option<&Survey>) -> Form {
    Form {
        layout: survey_layout(
            cx,
            if existing.is_some() {
                "Befragung bearbeiten"
            } else {
                "Neue Befragung"
            },
            body,
            existing,
        ),
        heading: existing.map_or_else(
            || "Neue Befragung".into(),
            |s| format!("Befragung „{}“ bearbeiten", s.title),
        ),
        intro: None,
        action: match existing {
            Some(s) => format!("{}/edit", href(s.id)),
            None => format!("/admin/bodies/{}/surveys/new", body.id),
        },
        defs: survey_fields(),
        submit: "Speichern",
        cancel: existing.map_or_else(|| format!("/admin/bodies/{}", body.id), |s| href(s.id)),
        delete_action: existing.map(|s| format!("{}/delete", href(s.id))),
        extra_button: None,
    }
}

pub(super) async fn survey_new(
    State(app): State<AppState>,
    cx: Context,
    Path(body_id): Path<i64>,
) -> Page {
    let body = app.store.body(body_id).await?;
    survey_form(&cx, &body, None).render(
        &RawInput::from_pairs([("status", "draft"), ("min_group_size", "5")]),
        None,
    )
}

pub(super) async fn survey_create(
    State(app): State<AppState>,
    cx: Context,
    Path(body_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let body = app.store.body(body_id).await?;
    survey_form(&cx, &body, None)
        .submit(input, SurveyDraft::parse, |d| async move {
            Ok(href(app.store.create_survey(body_id, &d).await?.id))
        })
        .await
}

pub(super) async fn survey_edit(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
) -> Page {
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
    survey_form(&cx, &body, Some(s)).render(&input, None)
}

pub(super) async fn survey_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (q, body) = context(&app, id).await?;
    survey_form(&cx, &body, Some(&q.survey))
        .submit(input, SurveyDraft::parse, |d| async move {
            Ok(href(app.store.update_survey(id, &d).await?.id))
        })
        .await
}

pub(super) async fn survey_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
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
pub(super) struct Overview {
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
pub(super) fn source_texts(q: &Questionnaire) -> Vec<(String, String)> {
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

pub(super) async fn overview_page(
    app: &AppState,
    cx: &Context,
    id: i64,
    codes_shown: Vec<String>,
) -> Page {
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
        layout: survey_layout(cx, &q.survey.title, &body, None),
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

pub(super) async fn overview(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
) -> Page {
    overview_page(&app, &cx, id, Vec::new()).await
}

// ---- questions

pub(super) fn question_fields(q: &Questionnaire) -> Vec<FieldDef> {
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

pub(super) fn question_form(
    cx: &Context,
    q: &Questionnaire,
    body: &Body,
    existing: Option<&SurveyQuestion>,
) -> Form {
    Form {
        layout: survey_layout(
            cx,
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

pub(super) fn question_input(
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

pub(super) async fn question_context(
    app: &AppState,
    id: i64,
) -> Result<(SurveyQuestion, Questionnaire, Body), HtmlError> {
    let x = app.store.question(id).await?;
    let (q, body) = context(app, x.survey_id).await?;
    Ok((x, q, body))
}

pub(super) async fn question_edit(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
) -> Page {
    let (x, q, body) = question_context(&app, id).await?;
    let options = q
        .questions
        .iter()
        .find(|(y, _)| y.id == id)
        .map(|(_, o)| o.clone())
        .unwrap_or_default();
    question_form(&cx, &q, &body, Some(&x)).render(&question_input(&x, &options), None)
}

pub(super) async fn question_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (x, q, body) = question_context(&app, id).await?;
    let survey = x.survey_id;
    question_form(&cx, &q, &body, Some(&x))
        .submit(input, parse_question, |d| async move {
            app.store.update_question(id, &d).await?;
            Ok(href(survey))
        })
        .await
}

pub(super) async fn question_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let x = app.store.question(id).await?;
    app.store.delete_question(id).await?;
    Ok(Redirect::to(&href(x.survey_id)).into_response())
}

pub(super) fn parse_question(
    input: &RawInput,
) -> Result<QuestionDraft, teilhabe_domain::FieldErrors> {
    let kinds: Vec<&str> = QuestionKind::ALL.iter().map(|k| k.code()).collect();
    let with_options: Vec<&str> = QuestionKind::ALL
        .iter()
        .filter(|k| k.has_options())
        .map(|k| k.code())
        .collect();
    QuestionDraft::parse(input, &kinds, &with_options)
}

pub(super) async fn question_new(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
) -> Page {
    let (q, body) = context(&app, id).await?;
    question_form(&cx, &q, &body, None).render(
        &RawInput::from_pairs([("kind", "single"), ("required", "1")]),
        None,
    )
}

pub(super) async fn question_create(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (q, body) = context(&app, id).await?;
    question_form(&cx, &q, &body, None)
        .submit(input, parse_question, |d| async move {
            app.store.add_question(id, &d).await?;
            Ok(href(id))
        })
        .await
}
