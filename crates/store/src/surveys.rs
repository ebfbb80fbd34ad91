//! Surveys: questionnaires with translations, anonymous responses, invitation codes and the
//! margins a survey is weighted to.
//!
//! Anonymity is a matter of what is not stored: a response has no account, no address, no
//! time of day — only the day, the channel (online, paper, import) and the language. An
//! invitation code is stored as a hash and only marked used; nothing links it to a response.

use std::collections::HashMap;

use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::AssertSqlSafe;
use teilhabe_domain::Coded;
use teilhabe_domain::surveys::{QuestionDraft, SurveyDraft};

use crate::db::{now, set_reals, value_rows};

use crate::{Flag, Result, Store, StoreError};

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Survey {
    pub id: i64,
    pub body_id: i64,
    pub title: String,
    pub intro: Option<String>,
    pub status: String,
    pub languages: String,
    #[sqlx(try_from = "i64")]
    pub invitation_only: Flag,
    pub min_group_size: i64,
    #[sqlx(try_from = "i64")]
    pub results_public: Flag,
    /// The report of the last weighting (JSON), if any.
    pub weighting: Option<String>,
    pub created_at: String,
    pub modified_at: String,
    /// The day the survey was closed (kept while it stays closed).
    pub closed_on: Option<String>,
    /// Days after closing until the raw answers are deleted; `None`: kept.
    pub raw_data_days: Option<i64>,
    /// Days after closing until the invitation codes are deleted; `None`: kept.
    pub invitation_days: Option<i64>,
    /// When the raw answers were deleted under `raw_data_days`.
    pub raw_data_deleted_on: Option<String>,
}

impl Survey {
    pub fn languages(&self) -> Vec<&str> {
        self.languages
            .split(',')
            .filter(|s| !s.is_empty())
            .collect()
    }

    pub fn is_open(&self) -> bool {
        self.status == "open"
    }

    /// Whether the public may see the survey at all (drafts are internal).
    pub fn is_public(&self) -> bool {
        self.status != "draft"
    }
}

const SURVEY_COLUMNS: &str = "id, body_id, title, intro, status, languages, invitation_only, min_group_size, results_public, weighting, created_at, modified_at, closed_on, raw_data_days, invitation_days, raw_data_deleted_on";

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct SurveyQuestion {
    pub id: i64,
    pub survey_id: i64,
    pub position: i64,
    pub code: String,
    pub kind: String,
    pub text: String,
    pub help: Option<String>,
    #[sqlx(try_from = "i64")]
    pub required: Flag,
    pub min_value: Option<f64>,
    pub max_value: Option<f64>,
    pub condition_question_id: Option<i64>,
    pub condition_value: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct SurveyOption {
    pub id: i64,
    pub question_id: i64,
    /// `option`, or `item` for a matrix row.
    pub role: String,
    pub position: i64,
    pub code: String,
    pub label: String,
}

/// A survey with its questions and their options, in order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Questionnaire {
    pub survey: Survey,
    pub questions: Vec<(SurveyQuestion, Vec<SurveyOption>)>,
}

impl Questionnaire {
    /// The questions as the survey engine checks answers against them.
    pub fn form(&self) -> Vec<teilhabe_survey::form::Question> {
        use teilhabe_survey::form::{Choice, Question, QuestionKind};
        self.questions
            .iter()
            .map(|(q, options)| {
                let choices = |role: &str| {
                    options
                        .iter()
                        .filter(|o| o.role == role)
                        .map(|o| Choice {
                            code: o.code.clone(),
                            label: o.label.clone(),
                        })
                        .collect()
                };
                Question {
                    id: q.id,
                    code: q.code.clone(),
                    kind: QuestionKind::from_code(&q.kind).unwrap_or(QuestionKind::Text),
                    required: q.required.0,
                    min: q.min_value,
                    max: q.max_value,
                    options: choices("option"),
                    items: choices("item"),
                    condition: q.condition_question_id.zip(q.condition_value.clone()),
                }
            })
            .collect()
    }
}

/// Translated texts of one language, by key (`title`, `intro`, `q<id>`, `q<id>.help`, `o<id>`),
/// with the German text each was made from.
pub type Translations = HashMap<String, (String, String)>;

/// All responses of a survey as a table: one row per response, answers by question id.
#[derive(Debug, Clone, Default)]
pub struct ResponseTable {
    pub ids: Vec<i64>,
    pub channels: Vec<String>,
    pub languages: Vec<String>,
    pub weights: Vec<Option<f64>>,
    /// Design weights (1 where none was given).
    pub design_weights: Vec<f64>,
    /// (response row, question id) → per matrix row (empty for other questions) the values,
    /// several for multiple choice. Keyed so that reading a value allocates nothing: the
    /// results page reads every answer once per breakdown group.
    answers: HashMap<(usize, i64), Vec<ItemValues>>,
}

/// A matrix row ("" for other questions) and the values given for it.
type ItemValues = (String, Vec<String>);

impl ResponseTable {
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// All values given for `question` (and matrix row `item`; "" otherwise).
    pub fn item_values(&self, row: usize, question: i64, item: &str) -> &[String] {
        self.answers
            .get(&(row, question))
            .and_then(|items| items.iter().find(|(i, _)| i == item))
            .map_or(&[], |(_, v)| v.as_slice())
    }

    pub fn value(&self, row: usize, question: i64, item: &str) -> Option<&str> {
        self.item_values(row, question, item)
            .first()
            .map(String::as_str)
    }

    pub fn values(&self, row: usize, question: i64) -> &[String] {
        self.item_values(row, question, "")
    }
}

/// A response's id, channel, language, weight and design weight.
type ResponseMeta = (i64, String, String, Option<f64>, Option<f64>);

/// One response to store.
#[derive(Debug, Clone)]
pub struct NewResponse {
    pub channel: &'static str,
    pub lang: String,
    pub answers: Vec<teilhabe_survey::form::Answer>,
    /// A design weight delivered with imported answers.
    pub design_weight: Option<f64>,
}

/// The rules a question must meet within its questionnaire: a code of its own, and a
/// condition on an earlier question's existing option.
fn check_question(
    q: &Questionnaire,
    d: &QuestionDraft,
    current: Option<&SurveyQuestion>,
) -> Result<()> {
    let me = current.map(|c| c.id);
    if q.questions
        .iter()
        .any(|(x, _)| x.code == d.code && Some(x.id) != me)
    {
        return Err(StoreError::invalid(
            "code",
            format!("Das Kürzel „{}“ hat schon eine andere Frage.", d.code),
        ));
    }
    if let (Some(on), Some(value)) = (d.condition_question_id, &d.condition_value) {
        let earlier =
            |x: &SurveyQuestion| current.is_none_or(|c| (x.position, x.id) < (c.position, c.id));
        let Some((_, options)) = q.questions.iter().find(|(x, _)| x.id == on && earlier(x)) else {
            return Err(StoreError::invalid(
                "condition_question_id",
                "Die Bedingung muss sich auf eine frühere Frage dieser Befragung beziehen.",
            ));
        };
        if !options
            .iter()
            .any(|o| o.role == "option" && &o.code == value)
        {
            let known: Vec<&str> = options
                .iter()
                .filter(|o| o.role == "option")
                .map(|o| o.code.as_str())
                .collect();
            return Err(StoreError::invalid(
                "condition_value",
                format!(
                    "„{value}“ ist keine Antwort dieser Frage (möglich: {}).",
                    known.join(", ")
                ),
            ));
        }
    }
    Ok(())
}

/// Adds a question with its options at `position` (checked by the caller).
pub(crate) async fn insert_question(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    survey_id: i64,
    position: i64,
    d: &QuestionDraft,
) -> Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO survey_questions (survey_id, position, code, kind, text) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(survey_id)
    .bind(position)
    .bind(&d.code)
    .bind(&d.kind)
    .bind(&d.text)
    .fetch_one(&mut **tx)
    .await?;
    write_question(tx, id, d, &[]).await?;
    Ok(id)
}

/// Writes a question's fields and options; `existing` options are kept (same id) where the
/// code stays, the others removed with their translations.
async fn write_question(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: i64,
    d: &QuestionDraft,
    existing: &[SurveyOption],
) -> Result<()> {
    sqlx::query(
        "UPDATE survey_questions SET code = $1, kind = $2, text = $3, help = $4, required = $5, min_value = NULL, max_value = NULL,
         condition_question_id = $6, condition_value = $7 WHERE id = $8",
    )
    .bind(&d.code)
    .bind(&d.kind)
    .bind(&d.text)
    .bind(&d.help)
    .bind(i64::from(d.required))
    .bind(d.condition_question_id)
    .bind(&d.condition_value)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    set_reals(
        tx,
        "survey_questions",
        id,
        &[("min_value", d.min), ("max_value", d.max)],
    )
    .await?;
    for (role, list) in [("option", &d.options), ("item", &d.items)] {
        for o in existing
            .iter()
            .filter(|o| o.role == role && !list.iter().any(|(c, _)| *c == o.code))
        {
            sqlx::query("DELETE FROM survey_translations WHERE key = $1")
                .bind(format!("o{}", o.id))
                .execute(&mut **tx)
                .await?;
            sqlx::query("DELETE FROM survey_options WHERE id = $1")
                .bind(o.id)
                .execute(&mut **tx)
                .await?;
        }
        for (i, (code, label)) in list.iter().enumerate() {
            match existing.iter().find(|o| o.role == role && o.code == *code) {
                Some(o) => {
                    sqlx::query(
                        "UPDATE survey_options SET position = $1, label = $2 WHERE id = $3",
                    )
                    .bind(i as i64 + 1)
                    .bind(label)
                    .bind(o.id)
                    .execute(&mut **tx)
                    .await?;
                }
                None => {
                    sqlx::query("INSERT INTO survey_options (question_id, role, position, code, label) VALUES ($1, $2, $3, $4, $5)")
                        .bind(id)
                        .bind(role)
                        .bind(i as i64 + 1)
                        .bind(code)
                        .bind(label)
                        .execute(&mut **tx)
                        .await?;
                }
            }
        }
    }
    Ok(())
}

/// Inserts a response's answers, (question id, matrix row, value), a few hundred a statement.
pub(crate) async fn insert_answers(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    response_id: i64,
    answers: &[(i64, &str, &str)],
) -> Result<()> {
    for chunk in answers.chunks(200) {
        let sql = format!(
            "INSERT INTO survey_answers (response_id, question_id, item, value) VALUES {}",
            value_rows(tx, chunk.len(), 4)
        );
        let mut q = sqlx::query(AssertSqlSafe(sql));
        for (question, item, value) in chunk {
            q = q.bind(response_id).bind(*question).bind(*item).bind(*value);
        }
        q.execute(&mut **tx).await?;
    }
    Ok(())
}

async fn touch(tx: &mut sqlx::Transaction<'_, sqlx::Any>, survey_id: i64) -> Result<()> {
    sqlx::query("UPDATE surveys SET modified_at = $1 WHERE id = $2")
        .bind(now())
        .bind(survey_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

fn hash_code(code: &str) -> String {
    hex::encode(Sha256::digest(code.trim().to_ascii_uppercase().as_bytes()))
}

impl Store {
    pub async fn surveys(&self, body_id: i64) -> Result<Vec<Survey>> {
        let sql = format!("SELECT {SURVEY_COLUMNS} FROM surveys WHERE body_id = $1 ORDER BY id");
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(body_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn survey(&self, id: i64) -> Result<Survey> {
        let sql = format!("SELECT {SURVEY_COLUMNS} FROM surveys WHERE id = $1");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Befragung"))
    }

    pub async fn create_survey(&self, body_id: i64, d: &SurveyDraft) -> Result<Survey> {
        self.body(body_id).await?;
        let stamp = now();
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO surveys (body_id, title, intro, status, languages, invitation_only, min_group_size, results_public, created_at, modified_at,
             closed_on, raw_data_days, invitation_days)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10, $11, $12) RETURNING id",
        )
        .bind(body_id)
        .bind(&d.title)
        .bind(&d.intro)
        .bind(d.status.code())
        .bind(d.languages.join(","))
        .bind(i64::from(d.invitation_only))
        .bind(d.min_group_size)
        .bind(i64::from(d.results_public))
        .bind(&stamp)
        .bind((d.status.code() == "closed").then(crate::db::today))
        .bind(d.raw_data_days)
        .bind(d.invitation_days)
        .fetch_one(&mut *tx)
        .await?;
        self.commit(tx).await?;
        self.survey(id).await
    }

    /// Removes a survey that nobody has answered (a draft or a test); answered surveys stay
    /// and are closed instead.
    pub async fn delete_survey(&self, id: i64) -> Result<()> {
        let survey = self.survey(id).await?;
        let n = self.count_responses(id).await?;
        if n > 0 {
            return Err(StoreError::Refused(format!(
                "„{}“ hat {n} Antwort(en); sie bleiben erhalten. Die Befragung stattdessen auf „abgeschlossen“ setzen.",
                survey.title
            )));
        }
        let mut tx = self.begin().await?;
        for sql in [
            "DELETE FROM survey_translations WHERE survey_id = $1",
            "DELETE FROM survey_invitations WHERE survey_id = $1",
            "DELETE FROM survey_margins WHERE survey_id = $1",
            "DELETE FROM survey_options WHERE question_id IN (SELECT id FROM survey_questions WHERE survey_id = $1)",
            "UPDATE survey_questions SET condition_question_id = NULL WHERE survey_id = $1",
            "DELETE FROM survey_questions WHERE survey_id = $1",
            "DELETE FROM surveys WHERE id = $1",
        ] {
            sqlx::query(sql).bind(id).execute(&mut *tx).await?;
        }
        self.commit(tx).await?;
        Ok(())
    }

    pub async fn update_survey(&self, id: i64, d: &SurveyDraft) -> Result<Survey> {
        self.survey(id).await?;
        self.execute(sqlx::query(
            "UPDATE surveys SET title = $1, intro = $2, status = $3, languages = $4, invitation_only = $5,
             min_group_size = $6, results_public = $7, modified_at = $8,
             closed_on = CASE WHEN $3 <> 'closed' THEN NULL WHEN status = 'closed' THEN closed_on ELSE $10 END,
             raw_data_days = $11, invitation_days = $12 WHERE id = $9",
        )
        .bind(&d.title)
        .bind(&d.intro)
        .bind(d.status.code())
        .bind(d.languages.join(","))
        .bind(i64::from(d.invitation_only))
        .bind(d.min_group_size)
        .bind(i64::from(d.results_public))
        .bind(now())
        .bind(id)
        .bind(crate::db::today())
        .bind(d.raw_data_days)
        .bind(d.invitation_days)
        )
        .await?;
        // A closed survey's indicator values are computed now, by the staff's save, rather
        // than by the first reader of the indicator's page (which still recomputes a value
        // whose survey or formula changed since it was kept).
        self.keep_survey_indicators(id).await?;
        self.survey(id).await
    }

    pub async fn questionnaire(&self, survey_id: i64) -> Result<Questionnaire> {
        let survey = self.survey(survey_id).await?;
        let questions: Vec<SurveyQuestion> = sqlx::query_as(
            "SELECT id, survey_id, position, code, kind, text, help, required, min_value, max_value, condition_question_id, condition_value
             FROM survey_questions WHERE survey_id = $1 ORDER BY position, id",
        )
        .bind(survey_id)
        .fetch_all(&self.pool)
        .await?;
        let options: Vec<SurveyOption> = sqlx::query_as(
            "SELECT o.id, o.question_id, o.role, o.position, o.code, o.label FROM survey_options o
             JOIN survey_questions q ON q.id = o.question_id WHERE q.survey_id = $1 ORDER BY o.position, o.id",
        )
        .bind(survey_id)
        .fetch_all(&self.pool)
        .await?;
        let mut by_question: HashMap<i64, Vec<SurveyOption>> = HashMap::new();
        for o in options {
            by_question.entry(o.question_id).or_default().push(o);
        }
        let questions = questions
            .into_iter()
            .map(|q| {
                let o = by_question.remove(&q.id).unwrap_or_default();
                (q, o)
            })
            .collect();
        Ok(Questionnaire { survey, questions })
    }

    /// Adds a question at the end. Refused once responses exist: answers would no longer
    /// match the questionnaire they were given to.
    pub async fn add_question(&self, survey_id: i64, d: &QuestionDraft) -> Result<SurveyQuestion> {
        let q = self.questionnaire(survey_id).await?;
        self.refuse_if_answered(survey_id, "neue Fragen würden nicht zu ihnen passen")
            .await?;
        check_question(&q, d, None)?;
        let mut tx = self.begin().await?;
        let position = q
            .questions
            .iter()
            .map(|(x, _)| x.position)
            .max()
            .unwrap_or(0)
            + 1;
        let id = insert_question(&mut tx, survey_id, position, d).await?;
        touch(&mut tx, survey_id).await?;
        self.commit(tx).await?;
        self.question(id).await
    }

    pub async fn question(&self, id: i64) -> Result<SurveyQuestion> {
        sqlx::query_as(
            "SELECT id, survey_id, position, code, kind, text, help, required, min_value, max_value, condition_question_id, condition_value
             FROM survey_questions WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound("Frage"))
    }

    /// Changes a question while the survey has no answers. Options keep their identity by
    /// code, so their translations stay (and show as outdated where the German changed).
    pub async fn update_question(&self, id: i64, d: &QuestionDraft) -> Result<SurveyQuestion> {
        let current = self.question(id).await?;
        let q = self.questionnaire(current.survey_id).await?;
        self.refuse_if_answered(
            current.survey_id,
            "geänderte Fragen würden nicht mehr zu ihnen passen",
        )
        .await?;
        check_question(&q, d, Some(&current))?;
        let existing = q
            .questions
            .iter()
            .find(|(x, _)| x.id == id)
            .map(|(_, o)| o.clone())
            .unwrap_or_default();
        let mut tx = self.begin().await?;
        write_question(&mut tx, id, d, &existing).await?;
        touch(&mut tx, current.survey_id).await?;
        self.commit(tx).await?;
        self.question(id).await
    }

    /// Removes a question while the survey has no answers and no other question depends on it.
    pub async fn delete_question(&self, id: i64) -> Result<()> {
        let current = self.question(id).await?;
        let q = self.questionnaire(current.survey_id).await?;
        self.refuse_if_answered(current.survey_id, "die Frage gehört zu ihnen")
            .await?;
        if let Some((dependent, _)) = q
            .questions
            .iter()
            .find(|(x, _)| x.condition_question_id == Some(id))
        {
            return Err(StoreError::Refused(format!(
                "Die Frage „{}“ wird nur gestellt, je nachdem wie diese beantwortet wird. Bitte dort zuerst die Bedingung entfernen.",
                dependent.text
            )));
        }
        let mut tx = self.begin().await?;
        sqlx::query(
            "DELETE FROM survey_translations WHERE survey_id = $1 AND (key = $2 OR key = $3)",
        )
        .bind(current.survey_id)
        .bind(format!("q{id}"))
        .bind(format!("q{id}.help"))
        .execute(&mut *tx)
        .await?;
        if let Some((_, options)) = q.questions.iter().find(|(x, _)| x.id == id) {
            for o in options {
                sqlx::query("DELETE FROM survey_translations WHERE survey_id = $1 AND key = $2")
                    .bind(current.survey_id)
                    .bind(format!("o{}", o.id))
                    .execute(&mut *tx)
                    .await?;
            }
        }
        sqlx::query("DELETE FROM survey_options WHERE question_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM survey_margins WHERE survey_id = $1 AND variable = $2")
            .bind(current.survey_id)
            .bind(&current.code)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM survey_questions WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        touch(&mut tx, current.survey_id).await?;
        self.commit(tx).await?;
        Ok(())
    }

    async fn refuse_if_answered(&self, survey_id: i64, why: &str) -> Result<()> {
        let n = self.count_responses(survey_id).await?;
        if n > 0 {
            return Err(StoreError::Refused(format!(
                "Es gibt schon {n} Antwort(en); {why}. Für eine geänderte Fassung eine neue Befragung anlegen."
            )));
        }
        Ok(())
    }

    pub async fn translations(&self, survey_id: i64, lang: &str) -> Result<Translations> {
        let rows: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT key, text, source FROM survey_translations WHERE survey_id = $1 AND lang = $2",
        )
        .bind(survey_id)
        .bind(lang)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(k, t, s)| (k, (t, s))).collect())
    }

    /// Stores translations (key, text, the German source it translates); an empty text
    /// removes the translation. All or nothing.
    pub async fn set_translations(
        &self,
        survey_id: i64,
        lang: &str,
        texts: &[(String, String, String)],
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        for (key, text, source) in texts {
            sqlx::query(
                "DELETE FROM survey_translations WHERE survey_id = $1 AND lang = $2 AND key = $3",
            )
            .bind(survey_id)
            .bind(lang)
            .bind(key)
            .execute(&mut *tx)
            .await?;
            if !text.trim().is_empty() {
                sqlx::query("INSERT INTO survey_translations (survey_id, lang, key, text, source) VALUES ($1, $2, $3, $4, $5)")
                    .bind(survey_id)
                    .bind(lang)
                    .bind(key)
                    .bind(text.trim())
                    .bind(source)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        self.commit(tx).await?;
        Ok(())
    }

    pub async fn count_responses(&self, survey_id: i64) -> Result<i64> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM survey_responses WHERE survey_id = $1")
                .bind(survey_id)
                .fetch_one(&self.pool)
                .await?,
        )
    }

    /// Stores responses in one transaction (all or none). With `invitation`, the code must be
    /// one of the survey's unused codes; it is used up in the same transaction.
    pub async fn add_responses(
        &self,
        survey_id: i64,
        responses: &[NewResponse],
        invitation: Option<&str>,
    ) -> Result<usize> {
        let day = &now()[..10];
        let mut tx = self.begin().await?;
        if let Some(code) = invitation {
            let used = sqlx::query("UPDATE survey_invitations SET used = 1 WHERE survey_id = $1 AND code_hash = $2 AND used = 0")
                .bind(survey_id)
                .bind(hash_code(code))
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if used != 1 {
                tx.rollback().await?;
                return Err(StoreError::invalid(
                    "invitation",
                    "Dieser Zugangscode ist unbekannt oder wurde schon benutzt.",
                ));
            }
        }
        for r in responses {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO survey_responses (survey_id, channel, lang, submitted_on) VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(survey_id)
            .bind(r.channel)
            .bind(&r.lang)
            .bind(day)
            .fetch_one(&mut *tx)
            .await?;
            set_reals(
                &mut tx,
                "survey_responses",
                id,
                &[("design_weight", r.design_weight)],
            )
            .await?;
            let rows: Vec<(i64, &str, &str)> = r
                .answers
                .iter()
                .map(|a| (a.question_id, a.item.as_str(), a.value.as_str()))
                .collect();
            insert_answers(&mut tx, id, &rows).await?;
        }
        sqlx::query("UPDATE surveys SET modified_at = $1 WHERE id = $2")
            .bind(now())
            .bind(survey_id)
            .execute(&mut *tx)
            .await?;
        self.commit(tx).await?;
        Ok(responses.len())
    }

    pub async fn response_table(&self, survey_id: i64) -> Result<ResponseTable> {
        let rows: Vec<ResponseMeta> = sqlx::query_as(
            "SELECT id, channel, lang, weight, design_weight FROM survey_responses WHERE survey_id = $1 ORDER BY id",
        )
                .bind(survey_id)
                .fetch_all(&self.pool)
                .await?;
        let mut t = ResponseTable::default();
        let mut row_of = HashMap::with_capacity(rows.len());
        for (i, (id, channel, lang, weight, design)) in rows.into_iter().enumerate() {
            row_of.insert(id, i);
            t.ids.push(id);
            t.channels.push(channel);
            t.languages.push(lang);
            t.weights.push(weight);
            t.design_weights.push(design.unwrap_or(1.0));
        }
        let answers: Vec<(i64, i64, String, String)> = sqlx::query_as(
            "SELECT a.response_id, a.question_id, a.item, a.value FROM survey_answers a
             JOIN survey_responses r ON r.id = a.response_id WHERE r.survey_id = $1",
        )
        .bind(survey_id)
        .fetch_all(&self.pool)
        .await?;
        for (response, question, item, value) in answers {
            if let Some(&row) = row_of.get(&response) {
                let items = t.answers.entry((row, question)).or_default();
                match items.iter_mut().find(|(i, _)| *i == item) {
                    Some((_, values)) => values.push(value),
                    None => items.push((item, vec![value])),
                }
            }
        }
        Ok(t)
    }

    /// Creates `n` one-time codes and returns them; only their hashes are kept.
    pub async fn create_invitations(&self, survey_id: i64, n: usize) -> Result<Vec<String>> {
        self.survey(survey_id).await?;
        let stamp = now();
        let mut codes = Vec::with_capacity(n);
        let mut tx = self.begin().await?;
        while codes.len() < n {
            let code = invitation_code();
            let inserted = sqlx::query(
                "INSERT INTO survey_invitations (survey_id, code_hash, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            )
            .bind(survey_id)
            .bind(hash_code(&code))
            .bind(&stamp)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if inserted == 1 {
                codes.push(code);
            }
        }
        self.commit(tx).await?;
        Ok(codes)
    }

    /// (codes issued, codes used).
    pub async fn invitation_counts(&self, survey_id: i64) -> Result<(i64, i64)> {
        Ok(sqlx::query_as("SELECT COUNT(*), COUNT(CASE WHEN used = 1 THEN 1 END) FROM survey_invitations WHERE survey_id = $1")
            .bind(survey_id)
            .fetch_one(&self.pool)
            .await?)
    }

    /// The margins as `variable,category,target` rows, in the order they were given.
    pub async fn survey_margins(&self, survey_id: i64) -> Result<Vec<(String, String, f64)>> {
        Ok(sqlx::query_as("SELECT variable, category, target FROM survey_margins WHERE survey_id = $1 ORDER BY position")
            .bind(survey_id)
            .fetch_all(&self.pool)
            .await?)
    }

    /// Replaces the margins and stores the weights and the weighting report they gave, in one
    /// transaction. `weights` are by response id.
    pub async fn save_weighting(
        &self,
        survey_id: i64,
        margins: &[(String, String, f64)],
        weights: &[(i64, f64)],
        report: &str,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM survey_margins WHERE survey_id = $1")
            .bind(survey_id)
            .execute(&mut *tx)
            .await?;
        for (i, (variable, category, target)) in margins.iter().enumerate() {
            sqlx::query("INSERT INTO survey_margins (survey_id, position, variable, category, target) VALUES ($1, $2, $3, $4, $5)")
                .bind(survey_id)
                .bind(i as i64)
                .bind(variable)
                .bind(category)
                .bind(target)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("UPDATE survey_responses SET weight = NULL WHERE survey_id = $1")
            .bind(survey_id)
            .execute(&mut *tx)
            .await?;
        for (id, w) in weights {
            sqlx::query("UPDATE survey_responses SET weight = $1 WHERE id = $2 AND survey_id = $3")
                .bind(w)
                .bind(id)
                .bind(survey_id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("UPDATE surveys SET weighting = $1, modified_at = $2 WHERE id = $3")
            .bind(report)
            .bind(now())
            .bind(survey_id)
            .execute(&mut *tx)
            .await?;
        self.commit(tx).await?;
        Ok(())
    }
}

/// Eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), from the OS's
/// random source.
fn invitation_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect()
}
