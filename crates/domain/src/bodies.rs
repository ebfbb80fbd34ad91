//! Bodies (counties, cities, municipalities) with their organisations and persons.

use crate::codes::{ActorClass, BodyKind, OrganizationKind};
use crate::input::{FieldErrors, Parser, RawInput};
use crate::values::{OfficialKey, Period};

/// A county, city or municipality: the tenant.
#[derive(Debug, Clone, PartialEq)]
pub struct BodyDraft {
    pub key: OfficialKey,
    pub name: String,
    pub short_name: Option<String>,
    pub kind: BodyKind,
    pub website: Option<String>,
    pub contact_email: Option<String>,
}

impl BodyDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let key = match OfficialKey::parse(input.get("key").unwrap_or("")) {
            Ok(k) => Some(k),
            Err(e) => {
                p.fail("key", e);
                None
            }
        };
        let name = p.required_text("name", "den Namen der Körperschaft", 200);
        let short_name = p.optional_text("short_name", 80);
        let kind = p.required_code::<BodyKind>("kind");
        let website = optional_url(&mut p, "website");
        let contact_email = optional_email(&mut p, "contact_email");
        match (key, kind) {
            (Some(key), Some(kind)) => p.finish(Self {
                key,
                name,
                short_name,
                kind,
                website,
                contact_email,
            }),
            _ => Err(p.errors),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationDraft {
    pub name: String,
    pub short_name: Option<String>,
    pub kind: OrganizationKind,
    pub classification: Option<ActorClass>,
    pub website: Option<String>,
    pub period: Period,
}

impl OrganizationDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let name = p.required_text("name", "den Namen der Organisation", 200);
        let short_name = p.optional_text("short_name", 80);
        let kind = p.required_code::<OrganizationKind>("kind");
        let classification = p.optional_code::<ActorClass>("classification");
        if kind == Some(OrganizationKind::External)
            && classification.is_none()
            && input.get("classification").is_none()
        {
            p.fail(
                "classification",
                "Bitte angeben, welcher Art der externe Akteur ist.",
            );
        }
        let website = optional_url(&mut p, "website");
        let period = period(&mut p, "start_date", "end_date");
        match kind {
            Some(kind) => p.finish(Self {
                name,
                short_name,
                kind,
                classification,
                website,
                period,
            }),
            None => Err(p.errors),
        }
    }
}

/// Personal data is kept minimal: a name (or only a role title) and a function.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonDraft {
    pub name: String,
    pub role_title: Option<String>,
    pub organization_id: Option<i64>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Shown on the portal and in OParl; otherwise only to the body's coordinators and
    /// council members.
    pub public: bool,
}

impl PersonDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let name = p.required_text("name", "einen Namen oder eine Funktionsbezeichnung", 200);
        let role_title = p.optional_text("role_title", 200);
        let organization_id = p.optional_id("organization_id");
        let email = optional_email(&mut p, "email");
        let phone = p.optional_text("phone", 50);
        let public = p.flag("public", true);
        p.finish(Self {
            name,
            role_title,
            organization_id,
            email,
            phone,
            public,
        })
    }
}

pub fn period(p: &mut Parser<'_>, start_field: &str, end_field: &str) -> Period {
    let start = p.optional_date(start_field);
    let end = p.optional_date(end_field);
    Period::new(start, end).unwrap_or_else(|e| {
        p.fail(end_field, e);
        Period::default()
    })
}

pub(crate) fn optional_url(p: &mut Parser<'_>, field: &str) -> Option<String> {
    let url = p.optional_text(field, 500)?;
    if url.starts_with("https://") || url.starts_with("http://") {
        Some(url)
    } else {
        p.fail(field, "Eine Webadresse beginnt mit https:// oder http://.");
        None
    }
}

/// Whether a text looks like an e-mail address: something before the `@`, a domain with a dot
/// after it that does not start with one.
pub(crate) fn is_address(mail: &str) -> bool {
    mail.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
    })
}

pub(crate) fn optional_email(p: &mut Parser<'_>, field: &str) -> Option<String> {
    let mail = p.optional_text(field, 254)?;
    if is_address(&mail) {
        Some(mail)
    } else {
        p.fail(field, format!("„{mail}“ ist keine gültige E-Mail-Adresse."));
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_with_malformed_key_names_the_field() {
        let input = RawInput::from_pairs([
            ("key", "3157"),
            ("name", "Landkreis Peine"),
            ("kind", "landkreis"),
        ]);
        let e = BodyDraft::parse(&input).unwrap_err();
        assert!(e.get("key").is_some());
        assert!(e.get("name").is_none());
    }

    #[test]
    fn external_actor_needs_a_classification() {
        let input = RawInput::from_pairs([("name", "Caritas"), ("kind", "external")]);
        assert!(
            OrganizationDraft::parse(&input)
                .unwrap_err()
                .get("classification")
                .is_some()
        );
        let input = RawInput::from_pairs([
            ("name", "Caritas"),
            ("kind", "external"),
            ("classification", "welfare"),
        ]);
        assert!(OrganizationDraft::parse(&input).is_ok());
    }
}

/// A person's seat in an organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct MembershipDraft {
    pub person_id: i64,
    pub role: Option<String>,
    pub voting_right: bool,
    pub period: Period,
}

impl MembershipDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let person_id = p.required_id("person_id", "eine Person").unwrap_or(0);
        let role = p.optional_text("role", 200);
        let voting_right = p.flag("voting_right", false);
        let period = period(&mut p, "start_date", "end_date");
        p.finish(Self {
            person_id,
            role,
            voting_right,
            period,
        })
    }
}
