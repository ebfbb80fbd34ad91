//! Funding programmes of the demo bodies, with the budget lines typed with their funding
//! source in words assigned to them. Görlitz's concept was paid from the Free State of
//! Saxony's guideline for integrative measures (a fact of its council paper); Peine's
//! programmes are plausible, and their dates lie relative to the day the demo is loaded,
//! so that the state funding ends within half a year without follow-up and an interim
//! proof of use is due in the coming weeks — both stand in the work queue.

use teilhabe_domain::funding::{ProgrammeDraft, ProofDraft, ProofKind};
use teilhabe_domain::values::Hundredths;
use teilhabe_domain::{Date, Period};
use teilhabe_store::{Result, Store};

struct Spec {
    funder: &'static str,
    name: &'static str,
    reference: Option<&'static str>,
    granted_on: Option<Date>,
    period: (Option<Date>, Option<Date>),
    rate: Option<i64>,
    budget_code: Option<&'static str>,
    /// The budget lines' source in words that this programme pays.
    source: &'static str,
    proofs: Vec<(ProofKind, Date, Option<Date>)>,
}

async fn programme(store: &Store, key: &str, s: Spec) -> Result<i64> {
    let body = store.body_by_key(key).await?;
    let draft = ProgrammeDraft {
        funder: s.funder.into(),
        name: s.name.into(),
        grant_reference: s.reference.map(Into::into),
        granted_on: s.granted_on,
        period: Period::new(s.period.0, s.period.1).unwrap_or_default(),
        funding_rate: s.rate.map(Hundredths::from_hundredths),
        budget_code: s.budget_code.map(Into::into),
        follows_id: None,
        notes: None,
    };
    let p = store.create_programme(body.id, &draft).await?;
    for (kind, due_on, submitted_on) in s.proofs {
        store
            .create_proof(
                p.id,
                &ProofDraft {
                    kind,
                    due_on,
                    submitted_on,
                },
            )
            .await?;
    }
    store.assign_budget_lines(p.id, s.source).await?;
    Ok(p.id)
}

fn day(iso: &str) -> Option<Date> {
    Date::parse(iso).ok()
}

pub async fn load(store: &Store) -> Result<()> {
    let today = Date::today();
    programme(
        store,
        "14626",
        Spec {
            funder: "Freistaat Sachsen",
            name: "Förderrichtlinie Integrative Maßnahmen",
            reference: None,
            granted_on: None,
            period: (day("2017-09-01"), day("2020-12-31")),
            rate: None,
            budget_code: Some("31.5.01 / 414100"),
            source: "Freistaat Sachsen, Förderrichtlinie Integrative Maßnahmen",
            proofs: vec![
                (
                    ProofKind::Interim,
                    Date::from_ymd(2019, 3, 31).unwrap_or(today),
                    day("2019-03-20"),
                ),
                (
                    ProofKind::Final,
                    Date::from_ymd(2021, 6, 30).unwrap_or(today),
                    day("2021-06-14"),
                ),
            ],
        },
    )
    .await?;
    let start = Date::from_ymd(2023, 1, 1).unwrap_or(today);
    programme(
        store,
        "03157",
        Spec {
            funder: "Land Niedersachsen",
            name: "Förderung der kommunalen Integrationskoordination",
            reference: Some("MS 2023-106.4"),
            granted_on: day("2022-12-12"),
            period: (Some(start), Some(today.add_months(4))),
            rate: Some(8_000),
            budget_code: Some("3.1.5.02 / 414200"),
            source: "Land Niedersachsen",
            proofs: vec![
                (
                    ProofKind::Interim,
                    today.add_months(-6),
                    Some(today.add_months(-6).add_days(-9)),
                ),
                (ProofKind::Interim, today.add_days(20), None),
                (ProofKind::Final, today.add_months(10), None),
            ],
        },
    )
    .await?;
    programme(
        store,
        "03157",
        Spec {
            funder: "Bundesamt für Migration und Flüchtlinge",
            name: "Migrationsberatung für erwachsene Zugewanderte",
            reference: None,
            granted_on: None,
            period: (Some(start), None),
            rate: None,
            budget_code: Some("3.1.5.03 / 414300"),
            source: "Bund (BAMF)",
            proofs: Vec::new(),
        },
    )
    .await?;
    programme(
        store,
        "03157",
        Spec {
            funder: "Europäische Union",
            name: "ESF Plus",
            reference: None,
            granted_on: None,
            period: (Some(start), Some(today.add_months(18))),
            rate: Some(6_000),
            budget_code: Some("3.1.5.04 / 414400"),
            source: "ESF Plus",
            proofs: Vec::new(),
        },
    )
    .await?;
    Ok(())
}
