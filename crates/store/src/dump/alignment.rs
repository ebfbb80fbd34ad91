//! The agreed split of tasks of a county and a municipality in the dump. A note belongs to
//! two bodies and a dump holds one, so both bodies' dumps carry it, naming the partner by
//! its official key: importing either restores the note when the partner is already there,
//! and importing the second restores it in any case — whichever order the bodies come in.

use serde::{Deserialize, Serialize};
use sqlx::{Any, Transaction};

use crate::{Result, Store};
use teilhabe_domain::FieldErrors;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpAlignmentNote {
    /// The other body's official key.
    pub partner: String,
    /// What this body is in the pair: `county` or `municipality`.
    pub role: String,
    pub agreed_split: String,
    pub created_at: String,
    pub modified_at: String,
}

impl Store {
    pub(super) async fn dump_alignment_notes(
        &self,
        body_id: i64,
    ) -> Result<Vec<DumpAlignmentNote>> {
        let rows: Vec<(String, String, String, String, String)> = sqlx::query_as(
            "SELECT b.key, 'county', n.agreed_split, n.created_at, n.modified_at FROM alignment_notes n \
             JOIN bodies b ON b.id = n.municipality_id WHERE n.county_id = $1 \
             UNION ALL \
             SELECT b.key, 'municipality', n.agreed_split, n.created_at, n.modified_at FROM alignment_notes n \
             JOIN bodies b ON b.id = n.county_id WHERE n.municipality_id = $1 ORDER BY 1",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(partner, role, agreed_split, created_at, modified_at)| DumpAlignmentNote {
                    partner,
                    role,
                    agreed_split,
                    created_at,
                    modified_at,
                },
            )
            .collect())
    }
}

/// Roles and keys as a database constraint would check them.
pub(super) fn validate(notes: &[DumpAlignmentNote], key: &str, e: &mut FieldErrors) {
    for (i, n) in notes.iter().enumerate() {
        let at = format!("alignment_notes[{i}]");
        let within = match n.role.as_str() {
            "county" => n.partner.len() > key.len() && n.partner.starts_with(key),
            "municipality" => key.len() > n.partner.len() && key.starts_with(&n.partner),
            _ => {
                e.add(format!("{at}.role"), "Erlaubt: county, municipality.");
                continue;
            }
        };
        if !within {
            e.add(
                format!("{at}.partner"),
                format!(
                    "„{}“ liegt nicht im Verhältnis Kreis–Gemeinde zu „{key}“.",
                    n.partner
                ),
            );
        }
    }
}

/// Restores the notes whose partner body exists (the others come back with the partner).
pub(super) async fn import_alignment_notes(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    notes: &[DumpAlignmentNote],
) -> Result<()> {
    for n in notes {
        let partner: Option<i64> = sqlx::query_scalar("SELECT id FROM bodies WHERE key = $1")
            .bind(&n.partner)
            .fetch_optional(&mut **tx)
            .await?;
        let Some(partner) = partner else { continue };
        let (county, municipality) = if n.role == "county" {
            (body_id, partner)
        } else {
            (partner, body_id)
        };
        sqlx::query(
            "INSERT INTO alignment_notes (county_id, municipality_id, agreed_split, created_at, modified_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (county_id, municipality_id) DO UPDATE SET \
             agreed_split = excluded.agreed_split, modified_at = excluded.modified_at",
        )
        .bind(county)
        .bind(municipality)
        .bind(&n.agreed_split)
        .bind(&n.created_at)
        .bind(&n.modified_at)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}
