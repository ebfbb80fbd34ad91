//! Funding programmes in the dump: each with its proofs of use, the programme it continues
//! by number, and its own number, by which budget lines name the programme that pays them.

use serde::{Deserialize, Serialize};
use sqlx::{Any, Transaction};
use std::collections::HashMap;

use super::Dump;
use crate::Result;
use crate::funding::Programme;
use teilhabe_domain::funding::ProofKind;
use teilhabe_domain::{Coded, FieldErrors};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpProgramme {
    pub funder: String,
    pub name: String,
    pub grant_reference: Option<String>,
    pub granted_on: Option<String>,
    pub period_from: Option<String>,
    pub period_until: Option<String>,
    pub funding_rate_hundredths: Option<i64>,
    pub budget_code: Option<String>,
    /// The programme (by number) this one continues.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows: Option<usize>,
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub proofs: Vec<DumpProof>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
#[serde(deny_unknown_fields)]
pub struct DumpProof {
    pub kind: String,
    pub due_on: String,
    pub submitted_on: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

pub(super) fn validate(dump: &Dump, e: &mut FieldErrors) {
    let n = dump.programmes.len();
    for (i, p) in dump.programmes.iter().enumerate() {
        let at = format!("programmes[{i}]");
        for (field, value) in [("funder", &p.funder), ("name", &p.name)] {
            if value.trim().is_empty() {
                e.add(format!("{at}.{field}"), "Darf nicht leer sein.");
            }
        }
        for (field, value) in [
            ("granted_on", &p.granted_on),
            ("period_from", &p.period_from),
            ("period_until", &p.period_until),
        ] {
            super::date(e, &format!("{at}.{field}"), value);
        }
        if let (Some(from), Some(until)) = (&p.period_from, &p.period_until)
            && until < from
        {
            e.add(
                format!("{at}.period_until"),
                "Das Ende liegt vor dem Beginn.",
            );
        }
        if p.funding_rate_hundredths
            .is_some_and(|r| !(0..=10_000).contains(&r))
        {
            e.add(
                format!("{at}.funding_rate_hundredths"),
                "Die Förderquote liegt zwischen 0 und 10000 Hundertstel Prozent.",
            );
        }
        super::reference(e, &format!("{at}.follows"), p.follows, n);
        if p.follows == Some(i + 1) {
            e.add(
                format!("{at}.follows"),
                "Ein Programm kann nicht sich selbst fortsetzen.",
            );
        }
        for (j, proof) in p.proofs.iter().enumerate() {
            let at = format!("{at}.proofs[{j}]");
            if ProofKind::from_code(&proof.kind).is_none() {
                e.add(
                    format!("{at}.kind"),
                    format!("„{}“: erlaubt sind interim und final.", proof.kind),
                );
            }
            super::date(e, &format!("{at}.due_on"), &Some(proof.due_on.clone()));
            super::date(e, &format!("{at}.submitted_on"), &proof.submitted_on);
        }
    }
}

impl crate::Store {
    /// The body's programmes in the dump's order, and each one's number.
    pub(super) async fn dump_programmes(
        &self,
        body_id: i64,
    ) -> Result<(Vec<DumpProgramme>, HashMap<i64, usize>)> {
        let mut programmes: Vec<Programme> = self.programmes(body_id).await?;
        programmes.sort_by_key(|p| p.id);
        let numbers = super::numbering(programmes.iter().map(|p| p.id));
        let ids: Vec<i64> = programmes.iter().map(|p| p.id).collect();
        let mut proofs: HashMap<i64, Vec<DumpProof>> = HashMap::new();
        for p in self.proofs(&ids).await? {
            proofs.entry(p.programme_id).or_default().push(DumpProof {
                kind: p.kind,
                due_on: p.due_on,
                submitted_on: p.submitted_on,
                created_at: p.created_at,
                modified_at: p.modified_at,
            });
        }
        let out = programmes
            .into_iter()
            .map(|p| DumpProgramme {
                follows: p.follows_id.and_then(|f| numbers.get(&f).copied()),
                proofs: proofs.remove(&p.id).unwrap_or_default(),
                funder: p.funder,
                name: p.name,
                grant_reference: p.grant_reference,
                granted_on: p.granted_on,
                period_from: p.period_from,
                period_until: p.period_until,
                funding_rate_hundredths: p.funding_rate_hundredths,
                budget_code: p.budget_code,
                notes: p.notes,
                created_at: p.created_at,
                modified_at: p.modified_at,
            })
            .collect();
        Ok((out, numbers))
    }
}

/// Stores the dump's programmes and their proofs; the new ids by number (index 0 unused).
pub(super) async fn import_programmes(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    programmes: &[DumpProgramme],
) -> Result<Vec<i64>> {
    let mut ids = vec![0i64];
    for p in programmes {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO funding_programmes (body_id, funder, name, grant_reference, granted_on, period_from, \
             period_until, funding_rate_hundredths, budget_code, notes, created_at, modified_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(body_id)
        .bind(&p.funder)
        .bind(&p.name)
        .bind(&p.grant_reference)
        .bind(&p.granted_on)
        .bind(&p.period_from)
        .bind(&p.period_until)
        .bind(p.funding_rate_hundredths)
        .bind(&p.budget_code)
        .bind(&p.notes)
        .bind(&p.created_at)
        .bind(&p.modified_at)
        .fetch_one(&mut **tx)
        .await?;
        for proof in &p.proofs {
            sqlx::query(
                "INSERT INTO funding_proofs (programme_id, kind, due_on, submitted_on, created_at, modified_at) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(&proof.kind)
            .bind(&proof.due_on)
            .bind(&proof.submitted_on)
            .bind(&proof.created_at)
            .bind(&proof.modified_at)
            .execute(&mut **tx)
            .await?;
        }
        ids.push(id);
    }
    for (p, id) in programmes.iter().zip(&ids[1..]) {
        if let Some(f) = p.follows {
            sqlx::query("UPDATE funding_programmes SET follows_id = $1 WHERE id = $2")
                .bind(ids[f])
                .bind(*id)
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(ids)
}
