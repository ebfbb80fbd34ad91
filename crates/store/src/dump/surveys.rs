//! Surveys in the dump: questionnaire, translations, responses (anonymous as stored),
//! invitation-code fingerprints and margins. Questions are named by their code and options
//! by question code, role and code, so nothing depends on database ids.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use sqlx::{Any, Transaction};

use crate::db::set_reals;
use crate::survey_indicators::{Kept, keep};
use crate::surveys::{SurveyQuestion, insert_answers, insert_question};
use crate::{Result, Store, StoreError};
use teilhabe_domain::surveys::QuestionDraft;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpSurvey {
    pub title: String,
    pub intro: Option<String>,
    pub status: String,
    pub languages: String,
    pub invitation_only: bool,
    pub min_group_size: i64,
    pub results_public: bool,
    pub weighting: Option<String>,
    pub created_at: String,
    pub modified_at: String,
    pub questions: Vec<DumpQuestion>,
    /// (language, key, text, German source). Keys: `title`, `intro`, `q:<code>`,
    /// `h:<code>`, `o:<code>:<role>:<option>`.
    pub translations: Vec<(String, String, String, String)>,
    pub responses: Vec<DumpResponse>,
    /// (SHA-256 of the code, used, created_at).
    pub invitations: Vec<(String, bool, String)>,
    /// (variable, category, target).
    pub margins: Vec<(String, String, f64)>,
    /// The day it was closed, and the storage limits with the day the raw answers were
    /// deleted under them (what the retention job and the survey indicators go by).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw_data_days: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitation_days: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw_data_deleted_on: Option<String>,
    /// The values survey indicators keep of this survey (they outlive the raw answers).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicator_values: Vec<DumpKeptValue>,
}

/// A survey indicator's value of one survey, as kept (see `crate::survey_indicators`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
#[serde(deny_unknown_fields)]
pub struct DumpKeptValue {
    /// The indicator's code in the body's catalogue.
    pub indicator: String,
    pub formula: String,
    pub period: String,
    pub estimate: Option<f64>,
    pub se: Option<f64>,
    pub n: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpQuestion {
    pub code: String,
    pub kind: String,
    pub text: String,
    pub help: Option<String>,
    pub required: bool,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// The code of the question this one depends on, and the answer.
    pub condition: Option<(String, String)>,
    /// (role, code, label) in order.
    pub options: Vec<(String, String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpResponse {
    pub channel: String,
    pub lang: String,
    pub submitted_on: String,
    pub weight: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub design_weight: Option<f64>,
    /// (question code, matrix row, value).
    pub answers: Vec<(String, String, String)>,
}

type ResponseRow = (i64, String, String, String, Option<f64>, Option<f64>);

/// A translation key with database ids turned into codes, and back.
fn portable_key(
    key: &str,
    questions: &HashMap<i64, &str>,
    options: &HashMap<i64, (i64, &str, &str)>,
) -> Option<String> {
    if key == "title" || key == "intro" {
        return Some(key.into());
    }
    if let Some(rest) = key.strip_prefix('q') {
        let (id, help) = rest
            .strip_suffix(".help")
            .map_or((rest, false), |r| (r, true));
        let code = questions.get(&id.parse().ok()?)?;
        return Some(format!("{}:{code}", if help { "h" } else { "q" }));
    }
    let (question, role, code) = options.get(&key.strip_prefix('o')?.parse().ok()?)?;
    Some(format!("o:{}:{role}:{code}", questions.get(question)?))
}

impl Store {
    pub(crate) async fn dump_surveys(&self, body_id: i64) -> Result<Vec<DumpSurvey>> {
        let mut out = Vec::new();
        for survey in self.surveys(body_id).await? {
            let q = self.questionnaire(survey.id).await?;
            let code_of: HashMap<i64, &str> = q
                .questions
                .iter()
                .map(|(x, _)| (x.id, x.code.as_str()))
                .collect();
            let option_of: HashMap<i64, (i64, &str, &str)> = q
                .questions
                .iter()
                .flat_map(|(_, options)| {
                    options
                        .iter()
                        .map(|o| (o.id, (o.question_id, o.role.as_str(), o.code.as_str())))
                })
                .collect();
            let questions = q
                .questions
                .iter()
                .map(|(x, options): &(SurveyQuestion, _)| DumpQuestion {
                    code: x.code.clone(),
                    kind: x.kind.clone(),
                    text: x.text.clone(),
                    help: x.help.clone(),
                    required: x.required.0,
                    min: x.min_value,
                    max: x.max_value,
                    condition: x
                        .condition_question_id
                        .and_then(|c| code_of.get(&c))
                        .map(|c| (c.to_string(), x.condition_value.clone().unwrap_or_default())),
                    options: options
                        .iter()
                        .map(|o| (o.role.clone(), o.code.clone(), o.label.clone()))
                        .collect(),
                })
                .collect();
            let rows: Vec<(String, String, String, String)> = sqlx::query_as(
                "SELECT lang, key, text, source FROM survey_translations WHERE survey_id = $1 ORDER BY lang, key",
            )
            .bind(survey.id)
            .fetch_all(&self.pool)
            .await?;
            let translations = rows
                .into_iter()
                .filter_map(|(lang, key, text, source)| {
                    Some((
                        lang,
                        portable_key(&key, &code_of, &option_of)?,
                        text,
                        source,
                    ))
                })
                .collect();
            let meta: Vec<ResponseRow> = sqlx::query_as(
                "SELECT id, channel, lang, submitted_on, weight, design_weight FROM survey_responses WHERE survey_id = $1 ORDER BY id",
            )
            .bind(survey.id)
            .fetch_all(&self.pool)
            .await?;
            let answers: Vec<(i64, i64, String, String)> = sqlx::query_as(
                "SELECT a.response_id, a.question_id, a.item, a.value FROM survey_answers a
                 JOIN survey_responses r ON r.id = a.response_id WHERE r.survey_id = $1
                 ORDER BY a.response_id, a.question_id, a.item, a.value",
            )
            .bind(survey.id)
            .fetch_all(&self.pool)
            .await?;
            let mut by_response: HashMap<i64, Vec<(String, String, String)>> = HashMap::new();
            for (response, question, item, value) in answers {
                let code = code_of
                    .get(&question)
                    .map_or(String::new(), std::string::ToString::to_string);
                by_response
                    .entry(response)
                    .or_default()
                    .push((code, item, value));
            }
            let responses = meta
                .into_iter()
                .map(
                    |(id, channel, lang, submitted_on, weight, design_weight)| DumpResponse {
                        channel,
                        lang,
                        submitted_on,
                        weight,
                        design_weight,
                        answers: by_response.remove(&id).unwrap_or_default(),
                    },
                )
                .collect();
            let invitations: Vec<(String, i64, String)> = sqlx::query_as(
                "SELECT code_hash, used, created_at FROM survey_invitations WHERE survey_id = $1 ORDER BY code_hash",
            )
            .bind(survey.id)
            .fetch_all(&self.pool)
            .await?;
            out.push(DumpSurvey {
                closed_on: survey.closed_on.clone(),
                raw_data_days: survey.raw_data_days,
                invitation_days: survey.invitation_days,
                raw_data_deleted_on: survey.raw_data_deleted_on.clone(),
                margins: self.survey_margins(survey.id).await?,
                indicator_values: sqlx::query_as(
                    "SELECT i.code AS indicator, v.formula, v.period, v.estimate, v.se, v.n
                     FROM survey_indicator_values v JOIN indicators i ON i.id = v.indicator_id
                     WHERE v.survey_id = $1 ORDER BY i.code",
                )
                .bind(survey.id)
                .fetch_all(&self.pool)
                .await?,
                title: survey.title,
                intro: survey.intro,
                status: survey.status,
                languages: survey.languages,
                invitation_only: survey.invitation_only.0,
                min_group_size: survey.min_group_size,
                results_public: survey.results_public.0,
                weighting: survey.weighting,
                created_at: survey.created_at,
                modified_at: survey.modified_at,
                questions,
                translations,
                responses,
                invitations: invitations
                    .into_iter()
                    .map(|(h, u, c)| (h, u != 0, c))
                    .collect(),
            });
        }
        Ok(out)
    }
}

/// Stores the dump's surveys for `body_id` inside the import's transaction.
pub(crate) async fn import_surveys(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    surveys: &[DumpSurvey],
    indicator_ids: &HashMap<String, i64>,
) -> Result<()> {
    for (n, s) in surveys.iter().enumerate() {
        let invalid = |field: &str, message: String| {
            StoreError::invalid(&format!("surveys[{n}].{field}"), message)
        };
        let survey_id: i64 = sqlx::query_scalar(
            "INSERT INTO surveys (body_id, title, intro, status, languages, invitation_only, min_group_size, results_public, weighting, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(body_id)
        .bind(&s.title)
        .bind(&s.intro)
        .bind(&s.status)
        .bind(&s.languages)
        .bind(i64::from(s.invitation_only))
        .bind(s.min_group_size)
        .bind(i64::from(s.results_public))
        .bind(&s.weighting)
        .bind(&s.created_at)
        .bind(&s.modified_at)
        .fetch_one(&mut **tx)
        .await?;
        import_limits_and_kept_values(tx, survey_id, n, s, indicator_ids).await?;
        let mut question_ids: HashMap<&str, i64> = HashMap::new();
        let mut option_ids: HashMap<(String, String, String), i64> = HashMap::new();
        for (position, q) in s.questions.iter().enumerate() {
            let condition_question_id = match &q.condition {
                Some((code, _)) => match question_ids.get(code.as_str()) {
                    Some(id) => Some(*id),
                    None => {
                        return Err(invalid(
                            "questions",
                            format!("„{}“ hängt von „{code}“ ab, die davor fehlt.", q.code),
                        ));
                    }
                },
                None => None,
            };
            let choices = |role: &str| -> Vec<(String, String)> {
                q.options
                    .iter()
                    .filter(|(r, _, _)| r == role)
                    .map(|(_, c, l)| (c.clone(), l.clone()))
                    .collect()
            };
            let draft = QuestionDraft {
                code: q.code.clone(),
                kind: q.kind.clone(),
                text: q.text.clone(),
                help: q.help.clone(),
                required: q.required,
                min: q.min,
                max: q.max,
                options: choices("option"),
                items: choices("item"),
                condition_question_id,
                condition_value: q.condition.as_ref().map(|(_, v)| v.clone()),
            };
            let id = insert_question(tx, survey_id, position as i64 + 1, &draft).await?;
            question_ids.insert(&q.code, id);
            let options: Vec<(i64, String, String)> =
                sqlx::query_as("SELECT id, role, code FROM survey_options WHERE question_id = $1")
                    .bind(id)
                    .fetch_all(&mut **tx)
                    .await?;
            for (option, role, code) in options {
                option_ids.insert((q.code.clone(), role, code), option);
            }
        }
        for (lang, key, text, source) in &s.translations {
            let parts: Vec<&str> = key.split(':').collect();
            let stored = match parts.as_slice() {
                ["title" | "intro"] => Some(key.clone()),
                ["q", code] => question_ids.get(code).map(|id| format!("q{id}")),
                ["h", code] => question_ids.get(code).map(|id| format!("q{id}.help")),
                ["o", code, role, option] => option_ids
                    .get(&(code.to_string(), role.to_string(), option.to_string()))
                    .map(|id| format!("o{id}")),
                _ => None,
            };
            let Some(stored) = stored else {
                return Err(invalid(
                    "translations",
                    format!("„{key}“ gehört zu keiner Frage oder Antwort."),
                ));
            };
            sqlx::query("INSERT INTO survey_translations (survey_id, lang, key, text, source) VALUES ($1, $2, $3, $4, $5)")
                .bind(survey_id)
                .bind(lang)
                .bind(stored)
                .bind(text)
                .bind(source)
                .execute(&mut **tx)
                .await?;
        }
        for r in &s.responses {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO survey_responses (survey_id, channel, lang, submitted_on) VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(survey_id)
            .bind(&r.channel)
            .bind(&r.lang)
            .bind(&r.submitted_on)
            .fetch_one(&mut **tx)
            .await?;
            set_reals(
                tx,
                "survey_responses",
                id,
                &[("weight", r.weight), ("design_weight", r.design_weight)],
            )
            .await?;
            let mut rows = Vec::with_capacity(r.answers.len());
            for (code, item, value) in &r.answers {
                let Some(q) = question_ids.get(code.as_str()) else {
                    return Err(invalid(
                        "responses",
                        format!("eine Antwort nennt die Frage „{code}“, die es nicht gibt."),
                    ));
                };
                rows.push((*q, item.as_str(), value.as_str()));
            }
            insert_answers(tx, id, &rows).await?;
        }
        for (hash, used, created) in &s.invitations {
            sqlx::query("INSERT INTO survey_invitations (survey_id, code_hash, used, created_at) VALUES ($1, $2, $3, $4)")
                .bind(survey_id)
                .bind(hash)
                .bind(i64::from(*used))
                .bind(created)
                .execute(&mut **tx)
                .await?;
        }
        for (i, (variable, category, target)) in s.margins.iter().enumerate() {
            sqlx::query("INSERT INTO survey_margins (survey_id, position, variable, category, target) VALUES ($1, $2, $3, $4, $5)")
                .bind(survey_id)
                .bind(i as i64)
                .bind(variable)
                .bind(category)
                .bind(target)
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(())
}

/// A survey's closing day and storage limits, and the values survey indicators keep of it
/// (stamped with the survey as imported: valid until the survey changes).
async fn import_limits_and_kept_values(
    tx: &mut Transaction<'_, Any>,
    survey_id: i64,
    n: usize,
    s: &DumpSurvey,
    indicator_ids: &HashMap<String, i64>,
) -> Result<()> {
    sqlx::query(
        "UPDATE surveys SET closed_on = $1, raw_data_days = $2, invitation_days = $3, raw_data_deleted_on = $4 WHERE id = $5",
    )
    .bind(&s.closed_on)
    .bind(s.raw_data_days)
    .bind(s.invitation_days)
    .bind(&s.raw_data_deleted_on)
    .bind(survey_id)
    .execute(&mut **tx)
    .await?;
    for (i, v) in s.indicator_values.iter().enumerate() {
        let Some(indicator) = indicator_ids.get(&v.indicator) else {
            return Err(StoreError::invalid(
                &format!("surveys[{n}].indicator_values[{i}].indicator"),
                format!("„{}“ ist kein Indikator des Katalogs.", v.indicator),
            ));
        };
        let kept = Kept {
            formula: v.formula.clone(),
            stamp: s.modified_at.clone(),
            period: v.period.clone(),
            estimate: v.estimate,
            se: v.se,
            n: v.n,
        };
        keep(tx, *indicator, survey_id, &kept, &s.modified_at).await?;
    }
    Ok(())
}

/// Statements that remove a body's surveys, children first (for `--replace`).
pub(crate) const DELETE: [&str; 10] = [
    "DELETE FROM survey_indicator_values WHERE survey_id IN (SELECT id FROM surveys WHERE body_id = $1)",
    "DELETE FROM survey_answers WHERE response_id IN (SELECT r.id FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE s.body_id = $1)",
    "DELETE FROM survey_responses WHERE survey_id IN (SELECT id FROM surveys WHERE body_id = $1)",
    "DELETE FROM survey_translations WHERE survey_id IN (SELECT id FROM surveys WHERE body_id = $1)",
    "DELETE FROM survey_invitations WHERE survey_id IN (SELECT id FROM surveys WHERE body_id = $1)",
    "DELETE FROM survey_margins WHERE survey_id IN (SELECT id FROM surveys WHERE body_id = $1)",
    "DELETE FROM survey_options WHERE question_id IN (SELECT q.id FROM survey_questions q JOIN surveys s ON s.id = q.survey_id WHERE s.body_id = $1)",
    "UPDATE survey_questions SET condition_question_id = NULL WHERE survey_id IN (SELECT id FROM surveys WHERE body_id = $1)",
    "DELETE FROM survey_questions WHERE survey_id IN (SELECT id FROM surveys WHERE body_id = $1)",
    "DELETE FROM surveys WHERE body_id = $1",
];
