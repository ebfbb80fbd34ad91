//! Who may do what. A person holds roles per body (or, as the server's administrator, for
//! every body); an actor speaks for one or more organizations. One policy,
//! [`Principal::may`], decides every request of the administration and the API, and
//! [`Principal::reads_internal`] decides who reads non-public records on the public pages.

use crate::codes::{Coded, coded};
use crate::input::FieldErrors;

coded!(Role {
    Administrator = "administrator": "Administration",
    Coordinator = "coordinator": "Koordination",
    Actor = "actor": "Akteur (berichtet zu eigenen Maßnahmen)",
    CouncilMember = "council": "Gremienmitglied (liest nicht-öffentliche Unterlagen)",
});

/// One role, in one body or (`body_id: None`) in every body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grant {
    pub role: Role,
    pub body_id: Option<i64>,
}

/// A person who has logged in, with everything the policy needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub user_id: i64,
    pub login: String,
    pub display_name: String,
    pub grants: Vec<Grant>,
    /// The organizations an actor reports for.
    pub organizations: Vec<i64>,
    /// Whether the account's password logins ask for a one-time code too.
    pub second_factor: bool,
}

/// What a request touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Shared by every body: creating and deleting bodies, official statistics.
    Server,
    /// The administration's start page, which shows each person what is theirs.
    Dashboard,
    /// A record of one body. `led_by` is the organization it belongs to: the lead of a
    /// measure, the organizer of a participation event, who brought a contribution in.
    Record {
        body_id: i64,
        kind: RecordKind,
        led_by: Option<i64>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    Body,
    Measure,
    /// A participation event: its organizer's actors document it and add contributions.
    Event,
    /// A contribution: the actors of the organization that brought it in edit it.
    Contribution,
    Other,
}

/// What a request does with its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    /// Look at an administration page or form.
    Read,
    /// Change the record or add to it.
    Edit,
    /// Add a progress report (what an actor does for its measures).
    Report,
    /// Delete the record.
    Delete,
    /// Manage the body's accounts and roles (its administrators only).
    Administer,
}

impl Principal {
    fn holds(&self, role: Role, body_id: i64) -> bool {
        self.grants
            .iter()
            .any(|g| g.role == role && g.body_id.is_none_or(|b| b == body_id))
    }

    /// Administrator of every body: the server's operator.
    pub fn is_server_admin(&self) -> bool {
        self.grants
            .iter()
            .any(|g| g.role == Role::Administrator && g.body_id.is_none())
    }

    /// Edits everything of the body: its administrators and coordinators.
    pub fn manages(&self, body_id: i64) -> bool {
        self.holds(Role::Administrator, body_id) || self.holds(Role::Coordinator, body_id)
    }

    /// Reads the body's non-public records (papers, agenda items, files, measures,
    /// participation) on the public pages: its managers and council members.
    pub fn reads_internal(&self, body_id: i64) -> bool {
        self.manages(body_id) || self.holds(Role::CouncilMember, body_id)
    }

    /// Whether one state of a record of the body may be shown to this person (a line of a
    /// history, say): those who read the body's non-public records read all of it; anyone
    /// else what is public (or has no such flag) or is kept by one of its organizations.
    pub fn reads_state(&self, body_id: i64, public: Option<bool>, kept_by: Option<i64>) -> bool {
        self.reads_internal(body_id)
            || public != Some(false)
            || kept_by.is_some_and(|o| self.organizations.contains(&o))
    }

    /// Whether this person has anything to do in the administration.
    pub fn administers_anything(&self) -> bool {
        self.grants.iter().any(|g| {
            matches!(
                g.role,
                Role::Administrator | Role::Coordinator | Role::Actor
            )
        })
    }

    /// Whoever holds a reporting round's link: an actor of that one organisation, without
    /// an account (`user_id` 0), so that what a report may set is the actors' rule.
    pub fn link_holder(body_id: i64, organization_id: i64, name: &str) -> Self {
        Self {
            user_id: 0,
            login: String::new(),
            display_name: name.to_owned(),
            grants: vec![Grant {
                role: Role::Actor,
                body_id: Some(body_id),
            }],
            organizations: vec![organization_id],
            second_factor: false,
        }
    }

    /// The one decision for every administration page and API write.
    pub fn may(&self, target: Target, op: Operation) -> bool {
        match target {
            Target::Server => self.is_server_admin(),
            Target::Dashboard => true,
            Target::Record {
                kind: RecordKind::Body,
                ..
            } if op == Operation::Delete => self.is_server_admin(),
            Target::Record { body_id, .. } if op == Operation::Administer => {
                self.holds(Role::Administrator, body_id)
            }
            Target::Record {
                body_id,
                kind,
                led_by,
            } => {
                if self.manages(body_id) {
                    return true;
                }
                let actor_may = match kind {
                    RecordKind::Measure => {
                        matches!(op, Operation::Read | Operation::Edit | Operation::Report)
                    }
                    RecordKind::Event | RecordKind::Contribution => {
                        matches!(op, Operation::Read | Operation::Edit)
                    }
                    RecordKind::Body | RecordKind::Other => false,
                };
                actor_may
                    && self.holds(Role::Actor, body_id)
                    && led_by.is_some_and(|org| self.organizations.contains(&org))
            }
        }
    }

    /// What a write may set, field by field: the one rule below every edge (forms, the API,
    /// anything later), applied by the store inside the write's transaction. Those who
    /// manage the body set anything. Anyone else keeps and reports in the name of the
    /// organizations it speaks for only — every organization a record is kept, organized,
    /// brought in or reported by must be one of them — and leaves whether a record is
    /// public as the body's managers decided it (`public` is `(before, after)` on updates).
    pub fn may_set(
        &self,
        body_id: i64,
        organizations: &[(&str, Option<i64>)],
        public: Option<(bool, bool)>,
    ) -> Result<(), FieldErrors> {
        if self.manages(body_id) {
            return Ok(());
        }
        let mut errors = FieldErrors::new();
        for (field, org) in organizations {
            if !org.is_some_and(|o| self.organizations.contains(&o)) {
                errors.add(
                    *field,
                    "Bitte eine Organisation wählen, für die Ihr Konto spricht.",
                );
            }
        }
        if let Some((before, after)) = public
            && before != after
        {
            errors.add(
                "public",
                "Ob dieser Eintrag öffentlich ist, entscheidet die Koordination der Körperschaft.",
            );
        }
        errors.into_result(())
    }

    /// The roles as German text, for the account page and the CLI.
    pub fn role_labels(&self, body_name: impl Fn(i64) -> Option<String>) -> Vec<String> {
        self.grants
            .iter()
            .map(|g| match g.body_id {
                None => format!("{} (alle Körperschaften)", g.role.label()),
                Some(b) => format!(
                    "{} ({})",
                    g.role.label(),
                    body_name(b).unwrap_or_else(|| format!("Körperschaft {b}"))
                ),
            })
            .collect()
    }
}

/// The shortest password accepted (BSI IT-Grundschutz ORP.4 asks for length over rules).
pub const MIN_PASSWORD_LEN: usize = 12;

/// Checks a new password; the error is German and names the rule.
pub fn check_password(password: &str, login: &str) -> Result<(), String> {
    let n = password.chars().count();
    if n < MIN_PASSWORD_LEN {
        return Err(format!(
            "Das Passwort ist zu kurz ({n} Zeichen); es braucht mindestens {MIN_PASSWORD_LEN}."
        ));
    }
    if n > 1024 {
        return Err("Das Passwort ist zu lang (höchstens 1024 Zeichen).".to_owned());
    }
    if !login.is_empty() && password.to_lowercase().contains(&login.to_lowercase()) {
        return Err("Das Passwort darf den Anmeldenamen nicht enthalten.".to_owned());
    }
    Ok(())
}

/// A login name: 3 to 100 characters of letters, digits and `.-_@`, kept in lower case.
pub fn parse_login(raw: &str) -> Result<String, String> {
    let login = raw.trim().to_lowercase();
    let ok = (3..=100).contains(&login.chars().count())
        && login
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | '@'));
    if ok {
        Ok(login)
    } else {
        Err(format!(
            "„{}“ ist kein gültiger Anmeldename: 3 bis 100 Zeichen aus Buchstaben, Ziffern und . - _ @.",
            raw.trim()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(grants: &[(Role, Option<i64>)], organizations: &[i64]) -> Principal {
        Principal {
            user_id: 1,
            login: "x".into(),
            display_name: "X".into(),
            grants: grants
                .iter()
                .map(|&(role, body_id)| Grant { role, body_id })
                .collect(),
            organizations: organizations.to_vec(),
            second_factor: false,
        }
    }

    fn measure(body_id: i64, led_by: i64) -> Target {
        Target::Record {
            body_id,
            kind: RecordKind::Measure,
            led_by: Some(led_by),
        }
    }

    const OTHER: fn(i64) -> Target = |body_id| Target::Record {
        body_id,
        kind: RecordKind::Other,
        led_by: None,
    };

    #[test]
    fn coordinators_edit_their_body_only() {
        let p = person(&[(Role::Coordinator, Some(1))], &[]);
        assert!(p.may(OTHER(1), Operation::Delete));
        assert!(p.may(measure(1, 7), Operation::Edit));
        assert!(!p.may(OTHER(2), Operation::Read));
        assert!(!p.may(Target::Server, Operation::Edit));
        let body = Target::Record {
            body_id: 1,
            kind: RecordKind::Body,
            led_by: None,
        };
        assert!(p.may(body, Operation::Edit));
        assert!(
            !p.may(body, Operation::Delete),
            "only the server deletes bodies"
        );
        assert!(p.reads_internal(1) && !p.reads_internal(2));
    }

    #[test]
    fn actors_set_only_their_own_organizations_and_never_publication() {
        let actor = person(&[(Role::Actor, Some(1))], &[7]);
        assert!(
            actor
                .may_set(
                    1,
                    &[("lead_organization_id", Some(7))],
                    Some((false, false))
                )
                .is_ok()
        );
        let e = actor
            .may_set(1, &[("lead_organization_id", Some(8))], None)
            .unwrap_err();
        assert!(e.get("lead_organization_id").is_some());
        assert!(
            actor.may_set(1, &[("organizer_id", None)], None).is_err(),
            "nobody is not own"
        );
        let e = actor.may_set(1, &[], Some((false, true))).unwrap_err();
        assert!(
            e.get("public").is_some(),
            "an internal record stays internal"
        );
        assert!(actor.may_set(1, &[], Some((true, false))).is_err());
        let coordinator = person(&[(Role::Coordinator, Some(1))], &[]);
        assert!(
            coordinator
                .may_set(1, &[("lead_organization_id", Some(8))], Some((false, true)))
                .is_ok()
        );
        assert!(
            coordinator.may_set(2, &[], Some((false, true))).is_err(),
            "per body"
        );
    }

    #[test]
    fn actors_report_on_the_measures_their_organization_leads() {
        let p = person(&[(Role::Actor, Some(1))], &[7]);
        assert!(p.may(measure(1, 7), Operation::Report));
        assert!(p.may(measure(1, 7), Operation::Edit));
        assert!(!p.may(measure(1, 7), Operation::Delete));
        assert!(!p.may(measure(1, 8), Operation::Report));
        assert!(
            !p.may(measure(2, 7), Operation::Report),
            "the grant is per body"
        );
        assert!(!p.may(OTHER(1), Operation::Read));
        assert!(!p.reads_internal(1));
    }

    #[test]
    fn a_link_holder_reports_for_its_one_organization_only() {
        let p = Principal::link_holder(1, 7, "Caritasverband");
        assert!(p.may(measure(1, 7), Operation::Report));
        assert!(!p.may(measure(1, 8), Operation::Report));
        assert!(!p.may(measure(2, 7), Operation::Report));
        assert!(!p.manages(1) && !p.reads_internal(1));
        assert!(
            p.may_set(1, &[("reporter_organization_id", Some(7))], None)
                .is_ok()
        );
        assert!(
            p.may_set(1, &[("reporter_organization_id", Some(8))], None)
                .is_err()
        );
    }

    #[test]
    fn council_members_read_but_do_not_administer() {
        let p = person(&[(Role::CouncilMember, Some(1))], &[]);
        assert!(p.reads_internal(1));
        assert!(!p.reads_internal(2));
        assert!(!p.may(OTHER(1), Operation::Read));
        assert!(!p.administers_anything());
        assert!(p.may(Target::Dashboard, Operation::Read));
    }

    #[test]
    fn server_administrators_do_everything() {
        let p = person(&[(Role::Administrator, None)], &[]);
        assert!(p.may(Target::Server, Operation::Edit));
        assert!(p.may(OTHER(5), Operation::Delete));
        assert!(p.reads_internal(5));
        let body_admin = person(&[(Role::Administrator, Some(5))], &[]);
        assert!(!body_admin.is_server_admin());
        assert!(body_admin.may(OTHER(5), Operation::Delete));
        assert!(!body_admin.may(OTHER(6), Operation::Read));
    }

    #[test]
    fn passwords_and_logins() {
        assert!(check_password("kurz", "anna").is_err());
        assert!(check_password("anna-im-landkreis-2026", "anna").is_err());
        assert!(check_password("Grüne Wiese am Fluss", "anna").is_ok());
        assert_eq!(
            parse_login(" Anna.Schulz@Kreis.de ").unwrap(),
            "anna.schulz@kreis.de"
        );
        assert!(parse_login("a b").is_err());
        assert!(parse_login("ab").is_err());
    }
}
