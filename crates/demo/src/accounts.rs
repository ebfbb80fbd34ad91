//! Demo accounts, one per role, so that every part of the demo can be tried. Their
//! passwords are public (README); a real installation makes its accounts with
//! `teilhabe user add`.

use teilhabe_domain::access::Role;
use teilhabe_store::{Result, Store};

/// `(login, name, password, role, body key)`.
pub const ACCOUNTS: &[(&str, &str, &str, Role, Option<&str>)] = &[
    (
        "admin",
        "Server-Administration",
        "demo-passwort-server",
        Role::Administrator,
        None,
    ),
    (
        "koordination.peine",
        "Integrationskoordination Landkreis Peine",
        "demo-passwort-koordination",
        Role::Coordinator,
        Some("03157"),
    ),
    (
        "traeger.peine",
        "Maßnahmenträger im Landkreis Peine",
        "demo-passwort-traeger",
        Role::Actor,
        Some("03157"),
    ),
    (
        "kreistag.peine",
        "Mitglied des Kreistags Peine",
        "demo-passwort-kreistag",
        Role::CouncilMember,
        Some("03157"),
    ),
    (
        "koordination.goerlitz",
        "Integrationskoordination Landkreis Görlitz",
        "demo-passwort-koordination",
        Role::Coordinator,
        Some("14626"),
    ),
];

/// Creates the demo accounts. The actor speaks for the organization that leads the most
/// measures of Peine's current concept.
pub async fn load(store: &Store) -> Result<()> {
    let peine = store.body_by_key("03157").await?;
    let mut leads = std::collections::BTreeMap::<i64, usize>::new();
    if let Some(concept) = store.current_concept(peine.id).await? {
        for m in store.measure_list_of_concept(concept.id).await? {
            *leads.entry(m.lead_organization_id).or_default() += 1;
        }
    }
    let busiest = leads.iter().max_by_key(|(_, n)| **n).map(|(org, _)| *org);
    for &(login, name, password, role, body) in ACCOUNTS {
        // Addresses under the reserved `.example` domain: mails to them go nowhere, but the
        // reporting round and the digests have someone to write to.
        let email = format!("{login}@teilhabe-demo.example");
        store
            .create_user(login, name, Some(&email), Some(password))
            .await?;
        let organizations: Vec<i64> = match role {
            Role::Actor => busiest.into_iter().collect(),
            _ => Vec::new(),
        };
        store.grant_role(login, role, body, &organizations).await?;
    }
    Ok(())
}
