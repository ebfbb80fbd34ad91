//! Reading OParl objects, as real servers write them, into the store's import records.

mod files;
mod key;
mod vocab;

use crate::ImportError;
use crate::votes;
use serde_json::{Map, Value};
use std::collections::HashMap;
use teilhabe_domain::council::{LocalDateTime, Votes};
use teilhabe_domain::{BodyKind, Coded, Date, OfficialKey};
use teilhabe_store::oparl_import::{
    Harvest, InAgendaItem, InBody, InConsultation, InLegislativeTerm, InLocation, InMeeting,
    InMembership, InOrganization, InPaper, InPerson, Meta,
};
use vocab::{consultation_role, meeting_state, organization_kind, paper_type};

/// The lists of a body: field name and the type of its objects. 1.0 servers have only
/// the first four; the rest came with 1.1.
pub const BODY_LISTS: [(&str, &str); 10] = [
    ("organization", "Organization"),
    ("person", "Person"),
    ("meeting", "Meeting"),
    ("paper", "Paper"),
    ("agendaItem", "AgendaItem"),
    ("consultation", "Consultation"),
    ("file", "File"),
    ("locationList", "Location"),
    ("legislativeTermList", "LegislativeTerm"),
    ("membership", "Membership"),
];

/// Where the bag keeps an object's own fingerprint.
const FINGERPRINT: &str = "teilhabe:fingerprint";

/// A non-empty, trimmed string field.
pub fn str_of(v: &Value, key: &str) -> Option<String> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// References: a URL, a list of URLs, or embedded objects with an `id`.
fn refs(v: &Value, key: &str) -> Vec<String> {
    let one = |x: &Value| match x {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Object(_) => str_of(x, "id"),
        _ => None,
    };
    match v.get(key) {
        Some(Value::Array(items)) => items.iter().filter_map(one).collect(),
        Some(x) => one(x).into_iter().collect(),
        None => Vec::new(),
    }
}

fn first_ref(v: &Value, key: &str) -> Option<String> {
    refs(v, key).into_iter().next()
}

fn bool_of(v: &Value, key: &str) -> Option<bool> {
    match v.get(key) {
        Some(Value::Bool(b)) => Some(*b),
        Some(Value::String(s)) => match s.trim().to_lowercase().as_str() {
            "true" | "1" | "ja" => Some(true),
            "false" | "0" | "nein" => Some(false),
            _ => None,
        },
        Some(Value::Number(n)) => n.as_i64().map(|n| n != 0),
        _ => None,
    }
}

fn int_of(v: &Value, key: &str) -> Option<i64> {
    match v.get(key) {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A date field: `2024-03-01`, also when a server writes a full timestamp.
fn date_of(v: &Value, key: &str) -> Option<String> {
    let s = str_of(v, key)?;
    let day = s.get(..10).unwrap_or(&s);
    Date::parse(day).ok().map(|d| d.iso())
}

/// `https://schema.oparl.org/1.0/Paper` → `Paper`.
pub fn type_of(v: &Value) -> Option<&str> {
    v.get("type")
        .and_then(Value::as_str)
        .map(|t| t.trim_end_matches('/').rsplit('/').next().unwrap_or(t))
        .filter(|t| !t.is_empty())
}

/// OParl timestamp → stored form (UTC, `Z`). Without an offset, German local time.
pub fn stamp(raw: &str) -> Option<String> {
    use time::format_description::well_known::Rfc3339;
    let raw = raw.trim();
    let utc = if let Ok(t) = time::OffsetDateTime::parse(raw, &Rfc3339) {
        t.to_offset(time::UtcOffset::UTC)
    } else {
        let local = LocalDateTime::parse(raw).ok()?;
        let t = time::OffsetDateTime::parse(&local.rfc3339(), &Rfc3339).ok()?;
        t.to_offset(time::UtcOffset::UTC)
    };
    Some(format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        utc.year(),
        u8::from(utc.month()),
        utc.day(),
        utc.hour(),
        utc.minute(),
        utc.second()
    ))
}

/// Stored form → the form sent as `modified_since`.
pub fn oparl_stamp(stored: &str) -> String {
    match stored.strip_suffix('Z') {
        Some(t) => format!("{t}+00:00"),
        None => stored.to_owned(),
    }
}

fn meta(v: &Value) -> Meta {
    let modified = str_of(v, "modified").and_then(|s| stamp(&s));
    Meta {
        id: str_of(v, "id").unwrap_or_default(),
        created: str_of(v, "created").and_then(|s| stamp(&s)),
        // `modified` has seconds only: with the content's fingerprint beside it, a change
        // in the same second as the last run is still seen.
        version: Some({
            let fp = str_of(v, FINGERPRINT).unwrap_or_else(|| fingerprint(v));
            match &modified {
                Some(m) => format!("{m}|{fp}"),
                None => fp,
            }
        }),
        modified,
        deleted: bool_of(v, "deleted").unwrap_or(false),
    }
}

/// FNV-1a over the object's JSON (keys sorted): stable across runs and Rust versions.
fn fingerprint(v: &Value) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in v.to_string().bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("fnv:{hash:016x}")
}

/// The official key of a body: `ags` (8 digits; a county's ends in `000`), else `rgs`.
/// Keys of the Länder 01–09 lose their leading zero wherever a system stored them as a
/// number: SD.NET servers send `"ags": "5358016"`. A key one digit short of its length
/// (7 for an AGS, 11 for an RGS, 4 for a Kreis) gets its zero back.
pub fn body_key(b: &Value) -> Option<String> {
    let digits = |field: &str, lengths: &[usize]| -> Option<String> {
        let d: String = str_of(b, field)?
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        Some(if lengths.contains(&(d.len() + 1)) {
            format!("0{d}")
        } else {
            d
        })
    };
    // An AGS has 8 digits (Krefeld's server sends 9, "051140000": then its RGS decides).
    if let Some(ags) = digits("ags", &[5, 8]).filter(|a| [5, 8].contains(&a.len())) {
        let key = match ags.len() {
            8 if ags.ends_with("000") => ags[..5].to_owned(),
            _ => ags,
        };
        if OfficialKey::parse(&key).is_ok() {
            return Some(key);
        }
    }
    let rgs = digits("rgs", &[5, 12])?;
    let key = if rgs.len() == 12 && rgs.ends_with("0000000") {
        rgs[..5].to_owned()
    } else {
        rgs
    };
    OfficialKey::parse(&key).ok().map(|_| key)
}

/// Every object of one body, by kind and id, embedded ones included.
#[derive(Default)]
pub struct Bag {
    kinds: HashMap<String, Vec<Value>>,
    index: HashMap<String, (String, usize)>,
    /// Rank of an object in its own list (the source's order), if it was listed there.
    rank: HashMap<String, usize>,
    next_rank: usize,
}

impl Bag {
    /// Adds an object found in a list (`listed`) or embedded in another.
    pub fn add(&mut self, v: Value, kind: &str, context: Option<(&str, &str)>) {
        self.add_inner(v, kind, context, true);
    }

    fn add_inner(
        &mut self,
        v: Value,
        default_kind: &str,
        context: Option<(&str, &str)>,
        listed: bool,
    ) {
        let Value::Object(mut o) = v else { return };
        let kind = type_of(&Value::Object(o.clone()))
            .unwrap_or(default_kind)
            .to_owned();
        let Some(id) = o.get("id").and_then(Value::as_str).map(str::to_owned) else {
            return;
        };
        self.extract_embedded(&kind, &id, &mut o);
        // The object's own content (children as ids, nothing added here), to tell a
        // change in the same second as the last run. The copy in the object's own list
        // counts: in an incremental run the parent that embeds it may not come again.
        let mut own = o.clone();
        own.remove("teilhabe:position");
        let fp = Value::String(fingerprint(&Value::Object(own)));
        if let Some((key, parent)) = context
            && !o.contains_key(key)
        {
            let value = if key == "paper" {
                Value::Array(vec![Value::String(parent.to_owned())])
            } else {
                Value::String(parent.to_owned())
            };
            o.insert(key.into(), value);
        }
        if listed && !self.rank.contains_key(&id) {
            self.rank.insert(id.clone(), self.next_rank);
            self.next_rank += 1;
        }
        if let Some((k, i)) = self.index.get(&id) {
            // Seen before (embedded and listed): fill in what the first copy lacked.
            let existing = &mut self.kinds.get_mut(k).expect("indexed kind")[*i];
            if let Value::Object(e) = existing {
                if listed {
                    e.insert(FINGERPRINT.into(), fp);
                }
                for (key, value) in o {
                    e.entry(key).or_insert(value);
                }
            }
        } else {
            o.insert(FINGERPRINT.into(), fp);
            let list = self.kinds.entry(kind.clone()).or_default();
            list.push(Value::Object(o));
            self.index.insert(id, (kind, list.len() - 1));
        }
    }

    /// Takes embedded objects out into their own kinds and leaves their ids behind.
    fn extract_embedded(&mut self, kind: &str, id: &str, o: &mut Map<String, Value>) {
        let fields: &[(&str, &str, Option<&str>)] = match kind {
            "Body" => &[
                ("legislativeTerm", "LegislativeTerm", None),
                ("location", "Location", None),
            ],
            "Meeting" => &[
                ("location", "Location", None),
                ("agendaItem", "AgendaItem", Some("meeting")),
                ("invitation", "File", None),
                ("resultsProtocol", "File", None),
                ("verbatimProtocol", "File", None),
                ("auxiliaryFile", "File", None),
            ],
            "Paper" => &[
                ("consultation", "Consultation", Some("paper")),
                ("mainFile", "File", Some("paper")),
                ("auxiliaryFile", "File", Some("paper")),
                ("location", "Location", None),
            ],
            "Person" => &[
                ("membership", "Membership", Some("person")),
                ("location", "Location", None),
            ],
            "Organization" => &[
                ("membership", "Membership", Some("organization")),
                ("location", "Location", None),
            ],
            "AgendaItem" => &[
                ("resolutionFile", "File", None),
                ("auxiliaryFile", "File", None),
            ],
            _ => &[],
        };
        for (field, child_kind, back) in fields {
            let Some(value) = o.get_mut(*field) else {
                continue;
            };
            let mut children = Vec::new();
            match value {
                Value::Array(items) => {
                    for (i, item) in items.iter_mut().enumerate() {
                        if item.is_object() {
                            let child = std::mem::replace(
                                item,
                                Value::String(str_of(item, "id").unwrap_or_default()),
                            );
                            children.push((i, child));
                        }
                    }
                }
                Value::Object(_) => {
                    let child = std::mem::replace(
                        value,
                        Value::String(str_of(value, "id").unwrap_or_default()),
                    );
                    children.push((0, child));
                }
                _ => {}
            }
            for (i, mut child) in children {
                if let Value::Object(c) = &mut child {
                    c.entry("teilhabe:position")
                        .or_insert(Value::from(i as i64 + 1));
                }
                self.add_inner(child, child_kind, back.map(|b| (b, id)), false);
            }
        }
    }

    fn of(&self, kind: &str) -> Vec<&Value> {
        let mut items: Vec<(usize, usize, &Value)> = self
            .kinds
            .get(kind)
            .map(|l| {
                l.iter()
                    .enumerate()
                    .map(|(i, v)| {
                        let rank = str_of(v, "id")
                            .and_then(|id| self.rank.get(&id).copied())
                            .unwrap_or(usize::MAX);
                        (rank, i, v)
                    })
                    .collect()
            })
            .unwrap_or_default();
        items.sort_by_key(|(rank, i, _)| (*rank, *i));
        items.into_iter().map(|(_, _, v)| v).collect()
    }

    /// Locations that meetings name by URL but that no list delivered.
    pub fn missing_locations(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .of("Meeting")
            .into_iter()
            .filter_map(|m| first_ref(m, "location"))
            .filter(|l| !self.index.contains_key(l))
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

/// Turns the objects of one body into a [`Harvest`].
pub fn harvest(
    system_url: &str,
    body: &Value,
    bag: &Bag,
    key: Option<&str>,
) -> Result<Harvest, ImportError> {
    let (body, note) = in_body(body, key)?;
    let mut h = Harvest {
        system_url: system_url.to_owned(),
        body,
        notes: note.into_iter().collect(),
        ..Harvest::default()
    };
    read_people(bag, &mut h);
    read_meetings(bag, &mut h);
    read_papers(bag, &mut h);
    Ok(h)
}

/// The body itself: its official key (from `ags`/`rgs`, or `--key`, or else looked up in
/// the municipality directory by name or website, see [`key`]), kind and names; with a note
/// for the run's report when the key was looked up.
fn in_body(body: &Value, key: Option<&str>) -> Result<(InBody, Option<String>), ImportError> {
    let body_meta = meta(body);
    let name = str_of(body, "name").unwrap_or_else(|| body_meta.id.clone());
    let website = str_of(body, "website");
    let mut note = None;
    let key = match key {
        Some(k) => OfficialKey::parse(k)
            .map_err(|e| ImportError::Input(format!("--key {k}: {e}")))?
            .as_str()
            .to_owned(),
        None => {
            if let Some(k) = body_key(body) {
                k
            } else {
                let given: Vec<String> = ["ags", "rgs"]
                    .iter()
                    .filter_map(|f| str_of(body, f).map(|v| format!("„{f}“ = „{v}“")))
                    .collect();
                if !given.is_empty() {
                    return Err(ImportError::Input(format!(
                        "{}: die Körperschaft „{name}“ nennt {}, das ist kein gültiger amtlicher Schlüssel; bitte den Schlüssel mit --key angeben.",
                        body_meta.id,
                        given.join(" und ")
                    )));
                }
                let found = key::find(&name, website.as_deref()).map_err(|why| {
                    ImportError::Input(format!(
                        "{}: die Körperschaft „{name}“ nennt weder „ags“ noch „rgs“ und ist {why}; bitte den amtlichen Schlüssel mit --key angeben.",
                        body_meta.id
                    ))
                })?;
                note = Some(found.how);
                found.key
            }
        }
    };
    let kind = str_of(body, "classification")
        .and_then(|c| BodyKind::from_label(&c))
        .or_else(|| key::kind_by_key(&key))
        .unwrap_or_else(|| kind_of(&key, &name));
    Ok((
        InBody {
            meta: body_meta,
            key,
            kind: kind.code().into(),
            name,
            short_name: str_of(body, "shortName"),
            website,
            contact_email: str_of(body, "contactEmail"),
        },
        note,
    ))
}

/// The kind of a body its server does not classify: a county's key (5 digits) is a
/// Landkreis unless the name makes it a city ("Stadt Krefeld", "Bundesstadt Bonn", "Stadt
/// Köln, kreisfreie Stadt"), a municipality's a Stadt when named one, else a Gemeinde.
fn kind_of(key: &str, name: &str) -> BodyKind {
    let name = name.to_lowercase();
    let city = name.contains("stadt") && !name.contains("landkreis");
    match (key.len(), city) {
        (5, true) if !name.contains("kreis ") || name.contains("kreisfrei") => {
            BodyKind::KreisfreieStadt
        }
        (5, _) => BodyKind::Landkreis,
        (_, true) => BodyKind::Stadt,
        _ => BodyKind::Gemeinde,
    }
}

/// Organisations, persons, their memberships, locations and legislative terms.
fn read_people(bag: &Bag, h: &mut Harvest) {
    for o in bag.of("Organization") {
        let classification = str_of(o, "classification");
        let kind = organization_kind(
            classification.as_deref(),
            str_of(o, "organizationType").as_deref(),
        );
        h.organizations.push(InOrganization {
            meta: meta(o),
            name: str_of(o, "name")
                .or_else(|| str_of(o, "shortName"))
                .unwrap_or_else(|| "(ohne Namen)".into()),
            short_name: str_of(o, "shortName"),
            kind: kind.code().into(),
            classification: None,
            website: str_of(o, "website"),
            start_date: date_of(o, "startDate"),
            end_date: date_of(o, "endDate"),
        });
    }
    for p in bag.of("Person") {
        let composed = [
            Some(refs(p, "title").join(" ")).filter(|t| !t.is_empty()),
            str_of(p, "givenName"),
            str_of(p, "familyName"),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let name = str_of(p, "name")
            .or_else(|| (!composed.is_empty()).then_some(composed))
            .unwrap_or_else(|| "(ohne Namen)".into());
        h.persons.push(InPerson {
            meta: meta(p),
            role_title: refs(p, "status").into_iter().next(),
            name,
        });
    }
    // A deleted object may be no more than its id (OParl 1.1 §2.8): it is taken as it is,
    // to delete what it was, without the references a live one needs.
    for m in bag.of("Membership") {
        let deleted = meta(m).deleted;
        let (Some(person), Some(organization)) = (
            first_ref(m, "person").or_else(|| deleted.then(String::new)),
            first_ref(m, "organization").or_else(|| deleted.then(String::new)),
        ) else {
            h.skipped.push(format!(
                "Mitgliedschaft {}: Person oder Gremium fehlt",
                meta(m).id
            ));
            continue;
        };
        h.memberships.push(InMembership {
            meta: meta(m),
            person,
            organization,
            role: str_of(m, "role"),
            voting_right: bool_of(m, "votingRight").unwrap_or(true),
            start_date: date_of(m, "startDate"),
            end_date: date_of(m, "endDate"),
        });
    }
    for l in bag.of("Location") {
        h.locations.push(InLocation {
            meta: meta(l),
            description: str_of(l, "description"),
            room: str_of(l, "room"),
            street_address: str_of(l, "streetAddress"),
            postal_code: str_of(l, "postalCode"),
            locality: str_of(l, "locality"),
        });
    }
    for t in bag.of("LegislativeTerm") {
        let start = date_of(t, "startDate");
        let end = date_of(t, "endDate");
        let fallback = format!(
            "Wahlperiode {}–{}",
            start.as_deref().map_or("?", |s| &s[..4]),
            end.as_deref().map_or("?", |s| &s[..4])
        );
        h.legislative_terms.push(InLegislativeTerm {
            meta: meta(t),
            name: str_of(t, "name").unwrap_or(fallback),
            start_date: start,
            end_date: end,
        });
    }
}

/// Meetings and their agenda items, numbered in order where the server gives no order.
fn read_meetings(bag: &Bag, h: &mut Harvest) {
    for m in bag.of("Meeting") {
        let meta = meta(m);
        let start = str_of(m, "start").and_then(|s| meeting_time(&s));
        let Some(start_at) = start.or_else(|| meta.deleted.then(String::new)) else {
            h.skipped
                .push(format!("Sitzung {}: ohne (gültigen) Beginn", meta.id));
            continue;
        };
        let cancelled = bool_of(m, "cancelled").unwrap_or(false);
        h.meetings.push(InMeeting {
            name: str_of(m, "name").unwrap_or_else(|| "Sitzung".into()),
            state: meeting_state(str_of(m, "meetingState").as_deref())
                .code()
                .into(),
            cancelled,
            start_at,
            end_at: str_of(m, "end").and_then(|s| meeting_time(&s)),
            location: first_ref(m, "location"),
            organizations: refs(m, "organization"),
            meta,
        });
    }
    let mut running: HashMap<String, i64> = HashMap::new();
    for a in bag.of("AgendaItem") {
        let meta = meta(a);
        let Some(meeting) = first_ref(a, "meeting").or_else(|| meta.deleted.then(String::new))
        else {
            h.skipped
                .push(format!("Tagesordnungspunkt {}: ohne Sitzung", meta.id));
            continue;
        };
        let counter = running.entry(meeting.clone()).or_insert(0);
        *counter += 1;
        let position = int_of(a, "order")
            .or_else(|| int_of(a, "teilhabe:position"))
            .unwrap_or(*counter);
        let (result, votes, unanimous) = result_and_votes(a);
        h.agenda_items.push(InAgendaItem {
            meeting,
            position,
            number: str_of(a, "number"),
            name: str_of(a, "name")
                .or_else(|| str_of(a, "number"))
                .unwrap_or_else(|| "(ohne Titel)".into()),
            public: bool_of(a, "public").unwrap_or(true),
            result,
            resolution_text: str_of(a, "resolutionText"),
            votes,
            unanimous,
            meta,
        });
    }
}

/// Papers, their consultations and files.
fn read_papers(bag: &Bag, h: &mut Harvest) {
    for p in bag.of("Paper") {
        let meta = meta(p);
        let reference = str_of(p, "reference").unwrap_or_else(|| {
            format!(
                "ohne Az. {}",
                meta.id
                    .trim_end_matches('/')
                    .rsplit('/')
                    .next()
                    .unwrap_or("")
            )
        });
        h.papers.push(InPaper {
            name: str_of(p, "name").unwrap_or_else(|| reference.clone()),
            paper_type: paper_type(str_of(p, "paperType").as_deref()).code().into(),
            date: date_of(p, "date"),
            submitter_person: first_ref(p, "originatorPerson"),
            submitter_organization: first_ref(p, "originatorOrganization"),
            lead_organization: first_ref(p, "underDirectionOf"),
            reference,
            meta,
        });
    }
    let mut running: HashMap<String, i64> = HashMap::new();
    for c in bag.of("Consultation") {
        let meta = meta(c);
        let Some(paper) = first_ref(c, "paper").or_else(|| meta.deleted.then(String::new)) else {
            h.skipped
                .push(format!("Beratung {}: ohne Vorlage", meta.id));
            continue;
        };
        let counter = running.entry(paper.clone()).or_insert(0);
        *counter += 1;
        h.consultations.push(InConsultation {
            position: int_of(c, "teilhabe:position").unwrap_or(*counter),
            paper,
            organization: first_ref(c, "organization"),
            meeting: first_ref(c, "meeting"),
            agenda_item: first_ref(c, "agendaItem"),
            role: consultation_role(str_of(c, "role").as_deref()),
            authoritative: bool_of(c, "authoritative").unwrap_or(false),
            meta,
        });
    }
    files::read_files(bag, h);
}

/// A meeting's start or end as stored; local midnight means "time unknown".
fn meeting_time(raw: &str) -> Option<String> {
    let t = LocalDateTime::parse(raw).ok()?;
    if t.has_time() && t.time() == "00:00" {
        return Some(t.date().iso());
    }
    Some(t.rfc3339())
}

/// The result text, the counts and whether the vote was declared unanimous: from
/// `teilhabe:votes` if given (and the summary that Teilhabe appends to `result` taken off
/// again), else read from the text.
fn result_and_votes(a: &Value) -> (Option<String>, [Option<i64>; 4], bool) {
    let result = str_of(a, "result");
    if let Some(v) = a.get("teilhabe:votes").filter(|v| v.is_object()) {
        let counts = [
            int_of(v, "yes"),
            int_of(v, "no"),
            int_of(v, "abstain"),
            int_of(v, "conflicted"),
        ];
        let as_u32 = |n: Option<i64>| n.and_then(|n| u32::try_from(n).ok());
        let mut votes = Votes {
            yes: as_u32(counts[0]),
            no: as_u32(counts[1]),
            abstain: as_u32(counts[2]),
            conflicted: as_u32(counts[3]),
            declared_unanimous: false,
        };
        // Declared where the counts alone would not say it (none, or abstentions).
        votes.declared_unanimous =
            v.get("unanimous") == Some(&Value::Bool(true)) && !votes.unanimous();
        let summary = votes.summary();
        let text = result.and_then(|r| {
            if r == summary {
                None
            } else {
                Some(
                    r.strip_suffix(&format!("; {summary}"))
                        .map(str::to_owned)
                        .unwrap_or(r),
                )
            }
        });
        return (text, counts, votes.declared_unanimous);
    }
    // Only what the text states of one vote: counts not written stay unknown.
    let tally = result.as_deref().and_then(votes::parse).unwrap_or_default();
    (result, tally.counts, tally.unanimous)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keys_and_stamps() {
        assert_eq!(
            body_key(&json!({"ags": "03157000"})).as_deref(),
            Some("03157")
        );
        assert_eq!(
            body_key(&json!({"ags": "03157006"})).as_deref(),
            Some("03157006")
        );
        assert_eq!(
            body_key(&json!({"rgs": "031570000000"})).as_deref(),
            Some("03157")
        );
        assert_eq!(body_key(&json!({"name": "x"})), None);
        // SD.NET's keys without the leading zero of Länder 01-09.
        assert_eq!(
            body_key(&json!({"ags": "5358016"})).as_deref(),
            Some("05358016")
        );
        assert_eq!(
            body_key(&json!({"ags": "5358000"})).as_deref(),
            Some("05358")
        );
        assert_eq!(
            body_key(&json!({"rgs": "53580000000"})).as_deref(),
            Some("05358")
        );
        // Krefeld: an AGS with a zero too many, the RGS right.
        assert_eq!(
            body_key(&json!({"ags": "051140000", "rgs": "051140000000"})).as_deref(),
            Some("05114")
        );
        assert_eq!(
            body_key(&json!({"ags": "unbekannt"})),
            None,
            "not a key at all"
        );
        assert_eq!(
            stamp("2024-03-01T10:00:00+01:00").as_deref(),
            Some("2024-03-01T09:00:00Z")
        );
        assert_eq!(
            stamp("2024-07-01T10:00").as_deref(),
            Some("2024-07-01T08:00:00Z")
        );
        assert_eq!(
            meeting_time("2021-06-03T00:00:00+02:00").as_deref(),
            Some("2021-06-03")
        );
        assert_eq!(
            meeting_time("2021-06-03T17:00:00+02:00").as_deref(),
            Some("2021-06-03T17:00:00+02:00")
        );
    }

    #[test]
    fn kinds_of_bodies_without_classification() {
        for (key, name, kind) in [
            ("05114", "Stadt Krefeld", BodyKind::KreisfreieStadt),
            (
                "05315",
                "Stadt Köln, kreisfreie Stadt",
                BodyKind::KreisfreieStadt,
            ),
            ("05314", "Bundesstadt Bonn", BodyKind::KreisfreieStadt),
            ("03157", "Landkreis Peine", BodyKind::Landkreis),
            ("05358", "Kreis Düren", BodyKind::Landkreis),
            ("16065", "Kyffhäuserkreis", BodyKind::Landkreis),
            ("05366", "Kreis Euskirchen", BodyKind::Landkreis),
            ("03157006", "Stadt Peine", BodyKind::Stadt),
            ("05358016", "Gemeinde Hürtgenwald", BodyKind::Gemeinde),
        ] {
            assert_eq!(kind_of(key, name), kind, "{name}");
        }
    }

    #[test]
    fn file_names_where_servers_give_none() {
        let name = |v: Value| {
            let url = str_of(&v, "accessUrl");
            files::file_name_of(&v, url.as_deref())
        };
        // SD.NET: no fileName; the address ends in the real name.
        assert_eq!(
            name(json!({
                "name": "Beschlussvorlage (Haushalt 2013\nhier: Antrag)",
                "mimeType": "application/pdf",
                "accessUrl": "https://ris/oparl/v1.0/body/1/files/UGhV/Beschlussvorlage_33-2013.pdf"
            })),
            "Beschlussvorlage_33-2013.pdf"
        );
        assert_eq!(
            name(json!({"accessUrl": "https://ris/files/1/Stra%C3%9Fe%20neu.pdf?x=1"})),
            "Straße neu.pdf"
        );
        // An address without a name: the title and the type's extension.
        assert_eq!(
            name(json!({
                "name": "Niederschrift\n(öffentlich)",
                "mimeType": "application/pdf",
                "accessUrl": "https://ris/doc?DOLFDNR=1&DOCTYP=2"
            })),
            "Niederschrift (öffentlich).pdf"
        );
        assert_eq!(
            name(json!({"fileName": "37.docx", "mimeType": "docx"})),
            "37.docx"
        );
        assert_eq!(name(json!({"mimeType": "docx"})), "datei.docx");
    }

    #[test]
    fn quirky_objects() {
        // A 1.0-style meeting without types, agenda items without `order`, votes in text.
        let mut bag = Bag::default();
        bag.add(
            json!({
                "id": "https://ris/m/1", "name": "Kreistag", "start": "2024-03-01T17:00:00+01:00",
                "location": {"id": "https://ris/l/1", "room": "Saal"},
                "agendaItem": [
                    {"id": "https://ris/a/1", "number": "Ö 1", "name": "Eröffnung"},
                    {"id": "https://ris/a/2", "number": "Ö 2", "name": "Konzept",
                     "result": "mehrheitlich beschlossen (27:6:0)", "vendor:x": 1}
                ]
            }),
            "Meeting",
            None,
        );
        let h = harvest(
            "https://ris/s",
            &json!({"id": "https://ris/b/1", "ags": "03157000"}),
            &bag,
            None,
        )
        .expect("harvest");
        assert_eq!(h.meetings.len(), 1);
        assert_eq!(h.meetings[0].location.as_deref(), Some("https://ris/l/1"));
        assert_eq!(h.locations[0].room.as_deref(), Some("Saal"));
        assert_eq!(h.agenda_items.len(), 2);
        assert_eq!(h.agenda_items[1].position, 2);
        assert_eq!(h.agenda_items[1].meeting, "https://ris/m/1");
        assert_eq!(h.agenda_items[1].votes, [Some(27), Some(6), Some(0), None]);
        assert_eq!(h.body.key, "03157");
    }
}
