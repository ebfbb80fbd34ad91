//! Translations of records' public texts and their plain-language (Leichte Sprache)
//! versions: one row per record, field and language, with the German text it was made from,
//! so that a changed German text shows its translations as outdated.

use crate::db::now;
use crate::{Concept, Result, Store, StoreError};
use sqlx::{Any, AssertSqlSafe, Transaction};
use std::collections::HashMap;
use teilhabe_domain::FieldErrors;
use teilhabe_domain::translations::{EASY, Part, State, translatable};

/// A record's text that can be translated, with its German wording now.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceText {
    pub entity: &'static str,
    pub record_id: i64,
    pub field: &'static str,
    /// Where it stands, for the translator: `Maßnahme 1.2`, `Handlungsfeld 3`, …
    pub place: String,
    pub german: String,
    /// Non-public records (measures) are translated like the others but marked.
    pub public: bool,
}

impl SourceText {
    fn new(
        entity: &'static str,
        record_id: i64,
        field: &'static str,
        place: &str,
        german: Option<&str>,
        public: bool,
    ) -> Self {
        Self {
            entity,
            record_id,
            field,
            place: place.to_owned(),
            german: german.unwrap_or_default().to_owned(),
            public,
        }
    }

    pub fn key(&self) -> (String, i64, String) {
        (
            self.entity.to_owned(),
            self.record_id,
            self.field.to_owned(),
        )
    }
}

/// A stored translation: its text and the German text it was made from.
#[derive(Debug, Clone, PartialEq)]
pub struct Translated {
    pub text: String,
    pub source: String,
}

/// The translations of a body into one language, by (table, record, field).
pub type Translations = HashMap<(String, i64, String), Translated>;

/// One translation to store; an empty text removes it.
#[derive(Debug, Clone, PartialEq)]
pub struct TranslationInput {
    pub entity: String,
    pub record_id: i64,
    pub field: String,
    pub text: String,
    /// The German text the translator saw.
    pub source: String,
}

/// The texts that can be translated into `lang`, each with the state of its translation:
/// only texts that exist in German count (for Leichte Sprache, the summaries even when
/// empty).
pub fn states(
    texts: Vec<SourceText>,
    translations: &Translations,
    lang: &str,
) -> Vec<(SourceText, State)> {
    texts
        .into_iter()
        .filter(|s| translatable(s.entity, s.field, lang))
        .filter(|s| lang == EASY || !s.german.trim().is_empty())
        .map(|s| {
            let source = translations.get(&s.key()).map(|t| t.source.as_str());
            let state = State::of(&s.german, source);
            (s, state)
        })
        .collect()
}

/// How a record names its body: the query that finds it.
fn body_of(entity: &str) -> Option<&'static str> {
    Some(match entity {
        "concepts" => "SELECT body_id FROM concepts WHERE id = $1",
        "principles" => {
            "SELECT c.body_id FROM principles p JOIN concepts c ON c.id = p.concept_id WHERE p.id = $1"
        }
        "fields_of_action" => {
            "SELECT c.body_id FROM fields_of_action f JOIN concepts c ON c.id = f.concept_id WHERE f.id = $1"
        }
        "goals" => {
            "SELECT c.body_id FROM goals g JOIN fields_of_action f ON f.id = g.field_id \
             JOIN concepts c ON c.id = f.concept_id WHERE g.id = $1"
        }
        "measures" => {
            "SELECT c.body_id FROM measures m JOIN goals g ON g.id = m.goal_id \
             JOIN fields_of_action f ON f.id = g.field_id JOIN concepts c ON c.id = f.concept_id \
             WHERE m.id = $1"
        }
        "papers" => "SELECT body_id FROM papers WHERE id = $1 AND deleted = 0",
        "meetings" => "SELECT body_id FROM meetings WHERE id = $1 AND deleted = 0",
        "agenda_items" => {
            "SELECT m.body_id FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id \
             WHERE a.id = $1 AND a.deleted = 0"
        }
        "participation_processes" => {
            "SELECT c.body_id FROM participation_processes p JOIN concepts c ON c.id = p.concept_id \
             WHERE p.id = $1"
        }
        "participation_events" => {
            "SELECT c.body_id FROM participation_events e \
             JOIN participation_processes p ON p.id = e.process_id \
             JOIN concepts c ON c.id = p.concept_id WHERE e.id = $1"
        }
        "contributions" => {
            "SELECT c.body_id FROM contributions x JOIN participation_events e ON e.id = x.event_id \
             JOIN participation_processes p ON p.id = e.process_id \
             JOIN concepts c ON c.id = p.concept_id WHERE x.id = $1"
        }
        "indicators" => "SELECT body_id FROM indicators WHERE id = $1",
        _ => return None,
    })
}

/// The languages texts are translated into: the portal's, but German, and Leichte Sprache.
pub fn target_languages() -> Vec<&'static str> {
    teilhabe_domain::languages::all()
        .iter()
        .map(|l| l.code)
        .filter(|c| *c != "de")
        .chain([EASY])
        .collect()
}

impl Store {
    /// Every translation of a body's texts into `lang`.
    pub async fn content_translations(&self, body_id: i64, lang: &str) -> Result<Translations> {
        let rows: Vec<(String, i64, String, String, String)> = sqlx::query_as(
            "SELECT entity, record_id, field, text, source FROM content_translations \
             WHERE body_id = $1 AND lang = $2",
        )
        .bind(body_id)
        .bind(lang)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(e, id, f, text, source)| ((e, id, f), Translated { text, source }))
            .collect())
    }

    /// The translatable texts of a concept version, in reading order: the version, its
    /// principles, then each field of action with its goals and their measures.
    pub async fn source_texts(&self, concept: &Concept) -> Result<Vec<SourceText>> {
        let (principles, fields, goals, measures) = tokio::try_join!(
            self.principles(concept.id),
            self.fields_of_action(concept.id),
            self.goals_of_concept(concept.id),
            self.measure_list_of_concept(concept.id),
        )?;
        let mut out = Vec::new();
        let mut push = |entity, record_id, field, place: &str, german: Option<&str>, public| {
            out.push(SourceText::new(
                entity, record_id, field, place, german, public,
            ));
        };
        let place = format!("Fassung {}", concept.version_label);
        push(
            "concepts",
            concept.id,
            "title",
            &place,
            Some(&concept.title),
            true,
        );
        push(
            "concepts",
            concept.id,
            "summary",
            &place,
            concept.summary.as_deref(),
            true,
        );
        for (i, p) in principles.iter().enumerate() {
            let place = format!("Leitsatz {}", i + 1);
            push("principles", p.id, "title", &place, Some(&p.title), true);
            push("principles", p.id, "text", &place, p.text.as_deref(), true);
        }
        for (i, f) in fields.iter().enumerate() {
            let place = format!("Handlungsfeld {}", i + 1);
            push(
                "fields_of_action",
                f.id,
                "title",
                &place,
                Some(&f.title),
                true,
            );
            push(
                "fields_of_action",
                f.id,
                "description",
                &place,
                f.description.as_deref(),
                true,
            );
            for (j, g) in goals.iter().filter(|g| g.field_id == f.id).enumerate() {
                let place = format!("Ziel {}.{}", i + 1, j + 1);
                push("goals", g.id, "title", &place, Some(&g.title), true);
                push(
                    "goals",
                    g.id,
                    "target_note",
                    &place,
                    g.target_note.as_deref(),
                    true,
                );
                for m in measures.iter().filter(|m| m.goal_id == g.id) {
                    let place = match &m.code {
                        Some(c) => format!("Maßnahme {c}"),
                        None => "Maßnahme".to_owned(),
                    };
                    let public = m.public.0;
                    push("measures", m.id, "title", &place, Some(&m.title), public);
                    push(
                        "measures",
                        m.id,
                        "description",
                        &place,
                        m.description.as_deref(),
                        public,
                    );
                }
            }
        }
        Ok(out)
    }

    /// The translatable texts of one part of a body's records, in reading order: papers
    /// (newest first), then meetings in time order with their agenda items; or each
    /// participation process with its events and their contributions; or the indicators.
    /// Non-public records are listed too, marked, as the concept's measures are.
    pub async fn body_source_texts(&self, body_id: i64, part: Part) -> Result<Vec<SourceText>> {
        let mut out = Vec::new();
        let mut push = |entity, record_id, field, place: &str, german: Option<&str>, public| {
            out.push(SourceText::new(
                entity, record_id, field, place, german, public,
            ));
        };
        match part {
            Part::Council => {
                for p in self.papers(body_id).await? {
                    let place = format!("Vorlage {}", p.reference);
                    let public = p.public.0;
                    push("papers", p.id, "name", &place, Some(&p.name), public);
                    push(
                        "papers",
                        p.id,
                        "proposal",
                        &place,
                        p.proposal.as_deref(),
                        public,
                    );
                    push(
                        "papers",
                        p.id,
                        "reasoning",
                        &place,
                        p.reasoning.as_deref(),
                        public,
                    );
                }
                let items = self.agenda_items_of_body(body_id).await?;
                for m in self.meetings(body_id).await? {
                    let day = m.start_at.get(..10).unwrap_or(&m.start_at);
                    let place = format!("Sitzung am {}", teilhabe_domain::values::german_date(day));
                    push("meetings", m.id, "name", &place, Some(&m.name), true);
                    for a in items.iter().filter(|a| a.meeting_id == m.id) {
                        let place = match &a.number {
                            Some(n) => format!("{place}, TOP {n}"),
                            None => format!("{place}, TOP"),
                        };
                        let public = a.public.0;
                        push("agenda_items", a.id, "name", &place, Some(&a.name), public);
                    }
                }
            }
            Part::Participation => {
                for p in self.processes_of_body(body_id).await? {
                    let (events, contributions) =
                        tokio::try_join!(self.events(p.id), self.contributions_of_process(p.id))?;
                    let place = format!("Prozess „{}“", p.title);
                    let (id, d) = (p.id, p.description.as_deref());
                    push(
                        "participation_processes",
                        id,
                        "title",
                        &place,
                        Some(&p.title),
                        true,
                    );
                    push(
                        "participation_processes",
                        id,
                        "description",
                        &place,
                        d,
                        true,
                    );
                    for e in &events {
                        let place = format!("Format „{}“", e.title);
                        let public = e.public.0;
                        let d = e.description.as_deref();
                        push(
                            "participation_events",
                            e.id,
                            "title",
                            &place,
                            Some(&e.title),
                            public,
                        );
                        push(
                            "participation_events",
                            e.id,
                            "description",
                            &place,
                            d,
                            public,
                        );
                        for (n, c) in contributions
                            .iter()
                            .filter(|c| c.event_id == e.id)
                            .enumerate()
                        {
                            let place = format!("{place}, Beitrag {}", n + 1);
                            let public = public && c.public.0;
                            push("contributions", c.id, "text", &place, Some(&c.text), public);
                            push(
                                "contributions",
                                c.id,
                                "reason",
                                &place,
                                c.reason.as_deref(),
                                public,
                            );
                        }
                    }
                }
            }
            Part::Monitoring => {
                for i in self.indicators(body_id).await? {
                    let place = format!("Kennzahl {}", i.code);
                    push("indicators", i.id, "name", &place, Some(&i.name), true);
                    let d = i.description.as_deref();
                    push("indicators", i.id, "description", &place, d, true);
                }
            }
        }
        Ok(out)
    }

    /// Stores translations of a body's texts into `lang`, all or none. Each must name a
    /// translatable text of a record of this body; an empty text removes a translation.
    pub async fn set_content_translations(
        &self,
        body_id: i64,
        lang: &str,
        items: &[TranslationInput],
    ) -> Result<()> {
        if !target_languages().contains(&lang) {
            return Err(StoreError::Invalid(FieldErrors::single(
                "lang",
                format!("In „{lang}“ wird nicht übersetzt."),
            )));
        }
        let mut errors = FieldErrors::default();
        for item in items {
            let name = format!("{}.{}.{}", item.entity, item.record_id, item.field);
            if !translatable(&item.entity, &item.field, lang) {
                errors.add(name, "Dieser Text lässt sich nicht übersetzen.");
                continue;
            }
            let query = body_of(&item.entity).expect("translatable entities have a body");
            let owner: Option<i64> = sqlx::query_scalar(AssertSqlSafe(query))
                .bind(item.record_id)
                .fetch_optional(&self.pool)
                .await?;
            if owner != Some(body_id) {
                errors.add(
                    name,
                    "Diesen Eintrag gibt es bei dieser Körperschaft nicht.",
                );
            } else if item.text.chars().count() > 20_000 {
                errors.add(name, "Der Text ist zu lang (höchstens 20 000 Zeichen).");
            }
        }
        if !errors.is_empty() {
            return Err(StoreError::Invalid(errors));
        }
        let stored = self.content_translations(body_id, lang).await?;
        let mut tx = self.begin().await?;
        let at = now();
        for item in items {
            let (text, source) = (item.text.trim(), item.source.trim());
            let key = (item.entity.clone(), item.record_id, item.field.clone());
            match stored.get(&key) {
                // Unchanged: no new entry in the trail.
                Some(t) if t.text == text && t.source == source => {}
                None if text.is_empty() => {}
                Some(_) if text.is_empty() => {
                    sqlx::query(
                        "DELETE FROM content_translations \
                         WHERE entity = $1 AND record_id = $2 AND field = $3 AND lang = $4",
                    )
                    .bind(&item.entity)
                    .bind(item.record_id)
                    .bind(&item.field)
                    .bind(lang)
                    .execute(&mut *tx)
                    .await?;
                }
                _ => {
                    sqlx::query(
                        "INSERT INTO content_translations \
                         (body_id, entity, record_id, field, lang, text, source, modified_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                         ON CONFLICT (entity, record_id, field, lang) \
                         DO UPDATE SET text = excluded.text, source = excluded.source, \
                         modified_at = excluded.modified_at",
                    )
                    .bind(body_id)
                    .bind(&item.entity)
                    .bind(item.record_id)
                    .bind(&item.field)
                    .bind(lang)
                    .bind(text)
                    .bind(source)
                    .bind(&at)
                    .execute(&mut *tx)
                    .await?;
                }
            }
        }
        self.commit(tx).await
    }
}

/// Removes a deleted record's translations, in the transaction that deletes it.
pub(crate) async fn forget(
    tx: &mut Transaction<'static, Any>,
    entity: &str,
    record_id: i64,
) -> Result<()> {
    sqlx::query("DELETE FROM content_translations WHERE entity = $1 AND record_id = $2")
        .bind(entity)
        .bind(record_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
