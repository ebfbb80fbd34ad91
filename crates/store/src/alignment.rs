//! County and municipalities together (see `teilhabe_domain::alignment`): the
//! municipalities within a county, each body's fields of action and measures of the
//! concept in force as the duplicate rule reads them, and the agreed split of tasks noted
//! per pair of bodies.

use crate::db::now;
use crate::{Body, Result, Store, StoreError};
use serde::Serialize;
use std::collections::HashMap;
use teilhabe_domain::alignment::Candidate;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct AlignmentNote {
    pub id: i64,
    pub county_id: i64,
    pub municipality_id: i64,
    pub agreed_split: String,
    pub created_at: String,
    pub modified_at: String,
}

/// A body's concept in force as the side-by-side view shows it.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// The concept's title and version, if it has one.
    pub concept: Option<(i64, String)>,
    /// Fields of action: (id, title).
    pub fields: Vec<(i64, String)>,
    /// Measures with the field they belong to.
    pub measures: Vec<(i64, Candidate)>,
}

impl Store {
    /// The municipal bodies whose official key lies within the county's.
    pub async fn municipalities_within(&self, county: &Body) -> Result<Vec<Body>> {
        Ok(self
            .list_bodies()
            .await?
            .into_iter()
            .filter(|b| b.key.len() > county.key.len() && b.key.starts_with(&county.key))
            .collect())
    }

    /// The fields and measures of the body's concept in force (the newest adopted, or the
    /// draft it works on), with target group names; non-public measures only if `internal`.
    pub async fn plan_in_force(&self, body_id: i64, internal: bool) -> Result<Plan> {
        let Some(concept) = self.current_concept(body_id).await? else {
            return Ok(Plan::default());
        };
        let groups: HashMap<i64, String> = self
            .target_groups(body_id)
            .await?
            .into_iter()
            .map(|g| (g.id, g.name))
            .collect();
        let goals: HashMap<i64, i64> = self
            .goals_of_concept(concept.id)
            .await?
            .into_iter()
            .map(|g| (g.id, g.field_id))
            .collect();
        let fields = self
            .fields_of_action(concept.id)
            .await?
            .into_iter()
            .map(|f| (f.id, f.title))
            .collect();
        let measures = self
            .measures_of_concept(concept.id)
            .await?
            .into_iter()
            .filter(|m| internal || m.public.0)
            .map(|m| {
                (
                    goals.get(&m.goal_id).copied().unwrap_or_default(),
                    Candidate {
                        id: m.id,
                        groups: m
                            .target_group_ids
                            .iter()
                            .filter_map(|g| groups.get(g).cloned())
                            .collect(),
                        title: m.title,
                        description: m.description.unwrap_or_default(),
                    },
                )
            })
            .collect();
        Ok(Plan {
            concept: Some((
                concept.id,
                format!("{} ({})", concept.title, concept.version_label),
            )),
            fields,
            measures,
        })
    }

    pub async fn alignment_note(
        &self,
        county_id: i64,
        municipality_id: i64,
    ) -> Result<Option<AlignmentNote>> {
        Ok(sqlx::query_as(
            "SELECT id, county_id, municipality_id, agreed_split, created_at, modified_at \
             FROM alignment_notes WHERE county_id = $1 AND municipality_id = $2",
        )
        .bind(county_id)
        .bind(municipality_id)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// Notes (or, with `None`, removes) the agreed split of tasks of a county and a
    /// municipality within it.
    pub async fn set_alignment_note(
        &self,
        county_id: i64,
        municipality_id: i64,
        agreed_split: Option<&str>,
    ) -> Result<()> {
        let (county, municipality) = (
            self.body(county_id).await?,
            self.body(municipality_id).await?,
        );
        if !(municipality.key.len() > county.key.len() && municipality.key.starts_with(&county.key))
        {
            return Err(StoreError::invalid(
                "municipality_id",
                format!(
                    "{} liegt nicht im Gebiet von {}.",
                    municipality.name, county.name
                ),
            ));
        }
        let mut tx = self.begin().await?;
        let stamp = now();
        match agreed_split {
            None => {
                sqlx::query(
                    "DELETE FROM alignment_notes WHERE county_id = $1 AND municipality_id = $2",
                )
                .bind(county_id)
                .bind(municipality_id)
                .execute(&mut *tx)
                .await?;
            }
            Some(text) => {
                sqlx::query(
                    "INSERT INTO alignment_notes (county_id, municipality_id, agreed_split, created_at, modified_at) \
                     VALUES ($1, $2, $3, $4, $4) \
                     ON CONFLICT (county_id, municipality_id) DO UPDATE SET agreed_split = $3, modified_at = $4",
                )
                .bind(county_id)
                .bind(municipality_id)
                .bind(text)
                .bind(&stamp)
                .execute(&mut *tx)
                .await?;
            }
        }
        self.commit(tx).await
    }
}
