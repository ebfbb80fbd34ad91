//! Records → OParl objects.

use crate::{Urls, VERSION, type_url};
use serde_json::{Map, Value, json};
use teilhabe_domain::council::LocalDateTime;
use teilhabe_domain::{
    BodyKind, Coded, ConsultationRole, FileRole, MeetingState, OrganizationKind, PaperType,
    label_of,
};
use teilhabe_store::{
    AgendaItem, Body, Consultation, LegislativeTerm, Location, Meeting, Membership, Organization,
    Paper, Person, StoredFile,
};

/// An object under construction that leaves out empty optional values.
struct Obj(Map<String, Value>);

impl Obj {
    fn new(id: String, kind: &str) -> Self {
        let mut m = Map::new();
        m.insert("id".into(), Value::String(id));
        m.insert("type".into(), Value::String(type_url(kind)));
        Self(m)
    }

    fn set(mut self, key: &str, value: Value) -> Self {
        self.0.insert(key.into(), value);
        self
    }

    fn text(self, key: &str, value: Option<&str>) -> Self {
        match value.map(str::trim).filter(|v| !v.is_empty()) {
            Some(v) => self.set(key, Value::String(v.to_owned())),
            None => self,
        }
    }

    fn list(self, key: &str, values: Vec<Value>) -> Self {
        if values.is_empty() {
            self
        } else {
            self.set(key, Value::Array(values))
        }
    }

    fn stamps(self, created: &str, modified: &str) -> Self {
        self.set("created", Value::String(timestamp(created)))
            .set("modified", Value::String(timestamp(modified)))
    }

    fn deleted(self, deleted: bool) -> Self {
        if deleted {
            self.set("deleted", Value::Bool(true))
        } else {
            self
        }
    }

    fn done(self) -> Value {
        Value::Object(self.0)
    }
}

/// Stored UTC timestamps (`…Z`) with an explicit `+00:00` offset.
pub fn timestamp(stored: &str) -> String {
    match stored.strip_suffix('Z') {
        Some(t) => format!("{t}+00:00"),
        None => stored.to_owned(),
    }
}

/// Meeting times: with their offset; a meeting known only by its day starts at local
/// midnight in OParl (the importer reads midnight back as "time unknown").
pub fn meeting_time(stored: &str) -> String {
    match LocalDateTime::parse(stored) {
        Ok(t) if t.has_time() => t.rfc3339(),
        Ok(t) => LocalDateTime::parse(&format!("{}T00:00", t.date().iso()))
            .map(|m| m.rfc3339())
            .unwrap_or_default(),
        Err(_) => stored.to_owned(),
    }
}

pub struct SystemInfo<'a> {
    pub name: &'a str,
    pub website: &'a str,
    pub created: &'a str,
    pub modified: &'a str,
}

pub fn system(urls: &Urls, info: &SystemInfo<'_>) -> Value {
    Obj::new(urls.system(), "System")
        .set("oparlVersion", Value::String(VERSION.into()))
        .set("body", Value::String(urls.bodies()))
        .text("name", Some(info.name))
        .text("website", Some(info.website))
        .text("vendor", Some("https://teilhabe.example.org"))
        .text("product", Some("https://teilhabe.example.org/teilhabe"))
        .stamps(info.created, info.modified)
        .done()
}

/// A body with its lists and embedded legislative terms.
pub fn body(urls: &Urls, b: &Body, legislative_terms: Vec<Value>) -> Value {
    let ags = match b.key.len() {
        5 => Some(format!("{}000", b.key)),
        8 => Some(b.key.clone()),
        _ => None,
    };
    let rgs = (b.key.len() == 12).then(|| b.key.clone());
    let list = |name: &str| Value::String(urls.list(&b.key, name));
    Obj::new(urls.body(&b.key), "Body")
        .set("system", Value::String(urls.system()))
        .text("name", Some(&b.name))
        .text("shortName", b.short_name.as_deref())
        .text("website", b.website.as_deref())
        .text("contactEmail", b.contact_email.as_deref())
        .text("ags", ags.as_deref())
        .text("rgs", rgs.as_deref())
        .text("classification", Some(label_of::<BodyKind>(&b.kind)))
        .set("organization", list("organizations"))
        .set("person", list("persons"))
        .set("meeting", list("meetings"))
        .set("paper", list("papers"))
        .set("legislativeTerm", Value::Array(legislative_terms))
        .set("agendaItem", list("agendaItems"))
        .set("consultation", list("consultations"))
        .set("file", list("files"))
        .set("locationList", list("locations"))
        .set("legislativeTermList", list("legislativeTerms"))
        .set("membership", list("memberships"))
        .set("web", Value::String(urls.web(&format!("/{}", b.key))))
        .stamps(&b.created_at, &b.modified_at)
        .done()
}

/// An organisation; `members` are the ids of its memberships.
pub fn organization(urls: &Urls, key: &str, o: &Organization, members: &[i64]) -> Value {
    let kind = OrganizationKind::from_code(&o.kind);
    let organization_type = match kind {
        Some(OrganizationKind::Committee | OrganizationKind::Council) => "Gremium",
        Some(OrganizationKind::Department) => "Verwaltungsbereich",
        Some(OrganizationKind::SteeringGroup | OrganizationKind::WorkingGroup) => "Sonstiges",
        Some(OrganizationKind::External) | None => "externes Gremium",
    };
    Obj::new(urls.object("organization", o.id), "Organization")
        .set("body", Value::String(urls.body(key)))
        .text("name", Some(&o.name))
        .text("shortName", o.short_name.as_deref())
        .text("organizationType", Some(organization_type))
        .text(
            "classification",
            Some(label_of::<OrganizationKind>(&o.kind)),
        )
        .text("startDate", o.start_date.as_deref())
        .text("endDate", o.end_date.as_deref())
        .text("website", o.website.as_deref())
        .list(
            "membership",
            members
                .iter()
                .map(|m| Value::String(urls.object("membership", *m)))
                .collect(),
        )
        .stamps(&o.created_at, &o.modified_at)
        .deleted(o.deleted != 0)
        .done()
}

/// A membership; embedded in its person and served at its own id.
pub fn membership(urls: &Urls, m: &Membership) -> Value {
    Obj::new(urls.object("membership", m.id), "Membership")
        .set("person", Value::String(urls.object("person", m.person_id)))
        .set(
            "organization",
            Value::String(urls.object("organization", m.organization_id)),
        )
        .text("role", m.role.as_deref())
        .set("votingRight", Value::Bool(m.voting_right != 0))
        .text("startDate", m.start_date.as_deref())
        .text("endDate", m.end_date.as_deref())
        .stamps(&m.created_at, &m.modified_at)
        .deleted(m.deleted != 0)
        .done()
}

/// Persons carry only name, function and memberships (embedded): contact details stay in
/// the administration.
pub fn person(urls: &Urls, key: &str, p: &Person, memberships: Vec<Value>) -> Value {
    if p.deleted != 0 {
        // A deleted person is announced as deleted, without name or function (OParl 1.1
        // §2.8 needs only the id, the type, the stamps and `deleted`).
        return Obj::new(urls.object("person", p.id), "Person")
            .set("body", Value::String(urls.body(key)))
            .stamps(&p.created_at, &p.modified_at)
            .deleted(true)
            .done();
    }
    Obj::new(urls.object("person", p.id), "Person")
        .set("body", Value::String(urls.body(key)))
        .text("name", Some(&p.name))
        .list(
            "status",
            p.role_title
                .iter()
                .filter(|r| **r != p.name)
                .map(|r| Value::String(r.clone()))
                .collect(),
        )
        .list("membership", memberships)
        .stamps(&p.created_at, &p.modified_at)
        .deleted(p.deleted != 0)
        .done()
}

pub fn location(urls: &Urls, l: &Location, deleted: bool) -> Value {
    Obj::new(urls.object("location", l.id), "Location")
        .text("description", l.description.as_deref())
        .text("room", l.room.as_deref())
        .text("streetAddress", l.street_address.as_deref())
        .text("postalCode", l.postal_code.as_deref())
        .text("locality", l.locality.as_deref())
        .stamps(&l.created_at, &l.modified_at)
        .deleted(deleted)
        .done()
}

/// The files of a record embedded under its fields: each field of `single` (`invitation`,
/// `resultsProtocol`, …) takes the first file of its role; every other file is an
/// `auxiliaryFile`.
fn with_files(
    mut obj: Obj,
    urls: &Urls,
    key: &str,
    files: &[&StoredFile],
    single: &[FileRole],
) -> Obj {
    let mut auxiliary = Vec::new();
    for f in files {
        let role = f.role.as_deref().and_then(FileRole::from_code);
        match role.filter(|r| single.contains(r)) {
            Some(r) if !obj.0.contains_key(r.oparl_field()) => {
                obj = obj.set(r.oparl_field(), file(urls, key, f, false));
            }
            _ => auxiliary.push(file(urls, key, f, false)),
        }
    }
    obj.list("auxiliaryFile", auxiliary)
}

/// An agenda item with its public files; `consultation` is the id of the consultation that
/// treats it, if any.
pub fn agenda_item(
    urls: &Urls,
    key: &str,
    a: &AgendaItem,
    consultation: Option<i64>,
    files: &[&StoredFile],
    deleted: bool,
) -> Value {
    let votes = a.votes();
    let result = match (a.result.as_deref(), votes.is_recorded()) {
        (Some(r), true) => Some(format!("{r}; {}", votes.summary())),
        (Some(r), false) => Some(r.to_owned()),
        (None, true) => Some(votes.summary()),
        (None, false) => None,
    };
    let mut obj = Obj::new(urls.object("agendaItem", a.id), "AgendaItem")
        .set(
            "meeting",
            Value::String(urls.object("meeting", a.meeting_id)),
        )
        .text("number", a.number.as_deref())
        .set("order", json!(a.position))
        .text("name", Some(&a.name))
        .set("public", Value::Bool(a.public.0))
        .text("result", result.as_deref())
        .text("resolutionText", a.resolution_text.as_deref());
    if let Some(c) = consultation {
        obj = obj.set(
            "consultation",
            Value::String(urls.object("consultation", c)),
        );
    }
    if votes.is_recorded() {
        // The counts recorded, and only those: no number is invented for what the minutes
        // do not say.
        let mut tally: serde_json::Map<String, Value> = votes
            .recorded()
            .into_iter()
            .map(|(count, n)| (count.key().to_owned(), json!(n)))
            .collect();
        tally.insert("unanimous".into(), Value::Bool(votes.unanimous()));
        obj = obj.set("teilhabe:votes", Value::Object(tally));
    }
    with_files(obj, urls, key, files, &[FileRole::Resolution])
        .stamps(&a.created_at, &a.modified_at)
        .deleted(deleted)
        .done()
}

/// A meeting with its location, public agenda items and its own public files (invitation,
/// protocols, auxiliary files) embedded (unless `omit_internal`).
pub fn meeting(
    urls: &Urls,
    key: &str,
    m: &Meeting,
    location: Option<Value>,
    items: Vec<Value>,
    files: &[&StoredFile],
    deleted: bool,
) -> Value {
    let mut obj = Obj::new(urls.object("meeting", m.id), "Meeting")
        .text("name", Some(&m.name))
        .text("meetingState", Some(label_of::<MeetingState>(&m.state)))
        .set("cancelled", Value::Bool(m.cancelled.0))
        .text("start", Some(&meeting_time(&m.start_at)))
        .text("end", m.end_at.as_deref().map(meeting_time).as_deref())
        .list(
            "organization",
            m.organization_ids
                .iter()
                .map(|o| Value::String(urls.object("organization", *o)))
                .collect(),
        )
        .list("agendaItem", items)
        .set(
            "web",
            Value::String(urls.web(&format!("/{key}/sitzungen/{}", m.id))),
        );
    if let Some(l) = location {
        obj = obj.set("location", l);
    }
    let single = [
        FileRole::Invitation,
        FileRole::ResultsProtocol,
        FileRole::VerbatimProtocol,
    ];
    with_files(obj, urls, key, files, &single)
        .stamps(&m.created_at, &m.modified_at)
        .deleted(deleted)
        .done()
}

/// A consultation; the agenda item is linked only when it is public.
pub fn consultation(urls: &Urls, c: &Consultation, item_public: bool, deleted: bool) -> Value {
    let mut obj = Obj::new(urls.object("consultation", c.id), "Consultation")
        .set("paper", Value::String(urls.object("paper", c.paper_id)))
        .list(
            "organization",
            vec![Value::String(
                urls.object("organization", c.organization_id),
            )],
        )
        .set("authoritative", Value::Bool(c.authoritative.0))
        .text("role", Some(label_of::<ConsultationRole>(&c.role)));
    if let Some(m) = c.meeting_id {
        obj = obj.set("meeting", Value::String(urls.object("meeting", m)));
    }
    if let (Some(i), true) = (c.agenda_item_id, item_public) {
        obj = obj.set("agendaItem", Value::String(urls.object("agendaItem", i)));
    }
    obj.stamps(&c.created_at, &c.modified_at)
        .deleted(deleted)
        .done()
}

/// A document; `accessUrl` and `downloadUrl` are the portal's download address.
pub fn file(urls: &Urls, key: &str, f: &StoredFile, deleted: bool) -> Value {
    let download = urls.web(&format!(
        "/{key}/dateien/{}/{}",
        f.id,
        url_segment(&f.file_name)
    ));
    Obj::new(urls.object("file", f.id), "File")
        .text("name", Some(&f.name))
        .text("fileName", Some(&f.file_name))
        .text("mimeType", Some(&f.mime_type))
        .set("size", json!(f.size))
        .set("accessUrl", Value::String(download.clone()))
        .set("downloadUrl", Value::String(download))
        .list(
            "paper",
            f.paper_id
                .iter()
                .map(|p| Value::String(urls.object("paper", *p)))
                .collect(),
        )
        .list(
            "meeting",
            f.meeting_id
                .iter()
                .map(|m| Value::String(urls.object("meeting", *m)))
                .collect(),
        )
        .list(
            "agendaItem",
            f.agenda_item_id
                .iter()
                .map(|i| Value::String(urls.object("agendaItem", *i)))
                .collect(),
        )
        .stamps(&f.created_at, &f.modified_at)
        .deleted(deleted)
        .done()
}

/// Percent-encodes a path segment (a file name) for a URL.
fn url_segment(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A paper with its consultations and files (main file, auxiliary files) embedded (unless
/// `omit_internal`).
pub fn paper(
    urls: &Urls,
    key: &str,
    p: &Paper,
    consultations: Vec<Value>,
    files: &[&StoredFile],
    deleted: bool,
) -> Value {
    let obj = Obj::new(urls.object("paper", p.id), "Paper")
        .set("body", Value::String(urls.body(key)))
        .text("name", Some(&p.name))
        .text("reference", Some(&p.reference))
        .text("date", p.date.as_deref())
        .text("paperType", Some(label_of::<PaperType>(&p.paper_type)))
        .list(
            "originatorPerson",
            p.submitter_person_id
                .iter()
                .map(|x| Value::String(urls.object("person", *x)))
                .collect(),
        )
        .list(
            "originatorOrganization",
            p.submitter_organization_id
                .iter()
                .map(|x| Value::String(urls.object("organization", *x)))
                .collect(),
        )
        .list(
            "underDirectionOf",
            p.lead_organization_id
                .iter()
                .map(|x| Value::String(urls.object("organization", *x)))
                .collect(),
        )
        .list("consultation", consultations)
        .set(
            "web",
            Value::String(urls.web(&format!("/{key}/vorlagen/{}", p.id))),
        );
    with_files(obj, urls, key, files, &[FileRole::Main])
        .stamps(&p.created_at, &p.modified_at)
        .deleted(deleted)
        .done()
}

/// An electoral term; embedded in its body and served at its own id.
pub fn legislative_term(urls: &Urls, key: &str, t: &LegislativeTerm, deleted: bool) -> Value {
    Obj::new(urls.object("legislativeTerm", t.id), "LegislativeTerm")
        .set("body", Value::String(urls.body(key)))
        .text("name", Some(&t.name))
        .text("startDate", t.start_date.as_deref())
        .text("endDate", t.end_date.as_deref())
        .stamps(&t.created_at, &t.modified_at)
        .deleted(deleted)
        .done()
}

/// The extension `teilhabe:resolutionTracking`, added to an agenda item (or a paper) that
/// has tracking entries: per entry its kind (`resolution`, `review_request`, `deferral`),
/// what is to be done, the status (`open`, `in_progress`, `done`, `deferred`), the dates
/// and the lead organisation. Only public entries are passed here; linked measures only
/// where they are public.
pub fn add_resolution_tracking(
    urls: &Urls,
    object: &mut Value,
    entries: &[&teilhabe_store::resolutions::Resolution],
) {
    if entries.is_empty() {
        return;
    }
    let list: Vec<Value> = entries
        .iter()
        .map(|r| {
            let mut e = Map::new();
            e.insert("type".into(), Value::String(r.kind.clone()));
            e.insert("name".into(), Value::String(r.title.clone()));
            e.insert("status".into(), Value::String(r.status.clone()));
            for (key, value) in [
                ("dueDate", &r.due_on),
                ("resubmissionDate", &r.resubmission_on),
                ("doneDate", &r.done_on),
                ("note", &r.notes),
            ] {
                if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
                    e.insert(key.into(), Value::String(v.to_owned()));
                }
            }
            if let Some(o) = r.lead_organization_id {
                e.insert(
                    "leadOrganization".into(),
                    Value::String(urls.object("organization", o)),
                );
            }
            let measures: Vec<Value> = r
                .measures
                .iter()
                .filter(|m| m.public.0)
                .map(|m| json!({ "code": m.code, "name": m.title }))
                .collect();
            if !measures.is_empty() {
                e.insert("measures".into(), Value::Array(measures));
            }
            e.insert("modified".into(), Value::String(r.modified_at.clone()));
            Value::Object(e)
        })
        .collect();
    if let Value::Object(map) = object {
        map.insert("teilhabe:resolutionTracking".into(), Value::Array(list));
    }
}
