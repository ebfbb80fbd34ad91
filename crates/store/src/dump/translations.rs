//! A body's translations (content_translations) in the dump: read per record in a fixed
//! order, written back per record. Every record family's export and import uses these.

use crate::{Result, Store};
use serde::{Deserialize, Serialize};
use sqlx::{Any, Transaction};
use std::collections::HashMap;
use teilhabe_domain::FieldErrors;

/// A translation of one of a record's texts (`field`) into `lang` (or Leichte Sprache,
/// `ls`), with the German text it was made from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpTranslation {
    pub field: String,
    pub lang: String,
    pub text: String,
    pub source: String,
    pub modified_at: String,
}

/// Problems of a record's translations, for [`Dump::validate`].
pub(super) fn check_translations(
    e: &mut FieldErrors,
    at: &str,
    entity: &str,
    list: &[DumpTranslation],
) {
    let targets = crate::translations::target_languages();
    for (i, t) in list.iter().enumerate() {
        if !targets.contains(&t.lang.as_str()) {
            e.add(
                format!("{at}.translations[{i}].lang"),
                format!("In „{}“ wird nicht übersetzt.", t.lang),
            );
        } else if !teilhabe_domain::translations::translatable(entity, &t.field, &t.lang) {
            e.add(
                format!("{at}.translations[{i}].field"),
                format!("„{}“ lässt sich nicht übersetzen.", t.field),
            );
        }
        if list[..i]
            .iter()
            .any(|o| o.field == t.field && o.lang == t.lang)
        {
            e.add(
                format!("{at}.translations[{i}]"),
                "Diese Übersetzung steht doppelt da.",
            );
        }
    }
}

/// A body's translations by (table, record id).
pub(crate) type ByRecord = HashMap<(String, i64), Vec<DumpTranslation>>;

/// A record's translations, taken out of the body's.
pub(crate) fn take(all: &mut ByRecord, entity: &str, id: i64) -> Vec<DumpTranslation> {
    all.remove(&(entity.to_owned(), id)).unwrap_or_default()
}

impl Store {
    /// A body's translations by record, each record's in a fixed order (field, language).
    pub(super) async fn dump_translations(&self, body_id: i64) -> Result<ByRecord> {
        let rows: Vec<(String, i64, String, String, String, String, String)> = sqlx::query_as(
            "SELECT entity, record_id, field, lang, text, source, modified_at FROM content_translations \
             WHERE body_id = $1 ORDER BY entity, record_id, field, lang",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        let mut out = ByRecord::new();
        for (entity, id, field, lang, text, source, modified_at) in rows {
            out.entry((entity, id)).or_default().push(DumpTranslation {
                field,
                lang,
                text,
                source,
                modified_at,
            });
        }
        Ok(out)
    }
}

pub(crate) async fn import_translations(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    entity: &str,
    record_id: i64,
    list: &[DumpTranslation],
) -> Result<()> {
    for t in list {
        sqlx::query(
            "INSERT INTO content_translations (body_id, entity, record_id, field, lang, text, source, modified_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(body_id)
        .bind(entity)
        .bind(record_id)
        .bind(&t.field)
        .bind(&t.lang)
        .bind(&t.text)
        .bind(&t.source)
        .bind(&t.modified_at)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}
