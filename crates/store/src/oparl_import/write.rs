//! The harvest written record family by record family, each after the ones it refers to,
//! in the order the reader (`teilhabe-oparl-import`'s `read.rs`) makes them.

use super::{Harvest, Step, V, Writer, flag, ot, t};
use crate::Result;
use std::collections::HashMap;

impl Writer<'_, '_> {
    /// Writes a body's harvest record family by record family, each after the ones it
    /// refers to.
    pub(super) async fn write_all(&mut self, h: &Harvest) -> Result<()> {
        write_people(self, h).await?;
        write_meetings(self, h).await?;
        write_papers(self, h).await?;
        write_consultations(self, h).await?;
        write_files(self, h).await?;
        Ok(())
    }
}

/// Organisations, persons, memberships, locations and legislative terms.
async fn write_people(w: &mut Writer<'_, '_>, h: &Harvest) -> Result<()> {
    let body_id = w.body_id;
    for o in &h.organizations {
        w.put(
            "Organisationen",
            "organization",
            "organizations",
            &o.meta,
            &[
                ("body_id", V::I(Some(body_id))),
                ("name", t(&o.name)),
                ("short_name", ot(&o.short_name)),
                ("kind", t(&o.kind)),
                ("classification", ot(&o.classification)),
                ("website", ot(&o.website)),
                ("start_date", ot(&o.start_date)),
                ("end_date", ot(&o.end_date)),
            ],
        )
        .await?;
    }
    for p in &h.persons {
        w.put(
            "Personen",
            "person",
            "persons",
            &p.meta,
            &[
                ("body_id", V::I(Some(body_id))),
                ("name", t(&p.name)),
                ("role_title", ot(&p.role_title)),
            ],
        )
        .await?;
    }
    for m in &h.memberships {
        if m.meta.deleted {
            w.put_deleted("Mitgliedschaften", "membership", "memberships", &m.meta)
                .await?;
            continue;
        }
        let person = w.resolve("person", Some(&m.person));
        let organization = w.resolve("organization", Some(&m.organization));
        let (Some(person), Some(organization)) = (person, organization) else {
            w.skip(
                "Mitgliedschaft",
                &m.meta,
                "Person oder Gremium ist nicht bekannt",
            );
            continue;
        };
        w.put(
            "Mitgliedschaften",
            "membership",
            "memberships",
            &m.meta,
            &[
                ("person_id", V::I(Some(person))),
                ("organization_id", V::I(Some(organization))),
                ("role", ot(&m.role)),
                ("voting_right", flag(m.voting_right)),
                ("start_date", ot(&m.start_date)),
                ("end_date", ot(&m.end_date)),
            ],
        )
        .await?;
    }
    for l in &h.locations {
        w.put(
            "Orte",
            "location",
            "locations",
            &l.meta,
            &[
                ("body_id", V::I(Some(body_id))),
                ("description", ot(&l.description)),
                ("room", ot(&l.room)),
                ("street_address", ot(&l.street_address)),
                ("postal_code", ot(&l.postal_code)),
                ("locality", ot(&l.locality)),
            ],
        )
        .await?;
    }
    for l in &h.legislative_terms {
        w.put(
            "Wahlperioden",
            "legislativeTerm",
            "legislative_terms",
            &l.meta,
            &[
                ("body_id", V::I(Some(body_id))),
                ("name", t(&l.name)),
                ("start_date", ot(&l.start_date)),
                ("end_date", ot(&l.end_date)),
            ],
        )
        .await?;
    }
    Ok(())
}

/// Meetings with their committees, and their agenda items.
async fn write_meetings(w: &mut Writer<'_, '_>, h: &Harvest) -> Result<()> {
    let body_id = w.body_id;
    for m in &h.meetings {
        let location = w.resolve("location", m.location.as_ref());
        let written = w
            .put(
                "Sitzungen",
                "meeting",
                "meetings",
                &m.meta,
                &[
                    ("body_id", V::I(Some(body_id))),
                    ("name", t(&m.name)),
                    ("state", t(&m.state)),
                    ("cancelled", flag(m.cancelled)),
                    ("start_at", t(&m.start_at)),
                    ("end_at", ot(&m.end_at)),
                    ("location_id", V::I(location)),
                ],
            )
            .await?;
        if let (Some(id), true) = (written, m.meta.deleted) {
            // Deleted at the source: its agenda items go with it (a server lists them no
            // more, so they would stay live here).
            w.cascade(
                "Tagesordnungspunkte",
                "agenda_items",
                "meeting_id",
                id,
                &m.meta,
            )
            .await?;
            w.cascade("Dateien", "files", "meeting_id", id, &m.meta)
                .await?;
        }
        if let (Some(id), false) = (written, m.meta.deleted) {
            sqlx::query("DELETE FROM meeting_organizations WHERE meeting_id = $1")
                .bind(id)
                .execute(&mut **w.tx)
                .await?;
            let mut seen = Vec::new();
            for o in &m.organizations {
                if let Some(org) = w.resolve("organization", Some(o))
                    && !seen.contains(&org)
                {
                    seen.push(org);
                    sqlx::query(
                        "INSERT INTO meeting_organizations (meeting_id, organization_id) VALUES ($1, $2)",
                    )
                    .bind(id)
                    .bind(org)
                    .execute(&mut **w.tx)
                    .await?;
                }
            }
        }
    }
    for a in &h.agenda_items {
        if a.meta.deleted {
            w.put_deleted("Tagesordnungspunkte", "agendaItem", "agenda_items", &a.meta)
                .await?;
            continue;
        }
        let Some(meeting) = w.resolve("meeting", Some(&a.meeting)) else {
            w.skip("Tagesordnungspunkt", &a.meta, "Sitzung ist nicht bekannt");
            continue;
        };
        w.put(
            "Tagesordnungspunkte",
            "agendaItem",
            "agenda_items",
            &a.meta,
            &[
                ("meeting_id", V::I(Some(meeting))),
                ("position", V::I(Some(a.position))),
                ("number", ot(&a.number)),
                ("name", t(&a.name)),
                ("public", flag(a.public)),
                ("result", ot(&a.result)),
                ("resolution_text", ot(&a.resolution_text)),
                ("votes_yes", V::I(a.votes[0])),
                ("votes_no", V::I(a.votes[1])),
                ("votes_abstain", V::I(a.votes[2])),
                ("votes_conflicted", V::I(a.votes[3])),
                ("votes_unanimous", flag(a.unanimous)),
            ],
        )
        .await?;
    }
    Ok(())
}

/// Papers. A paper typed in locally with the reference of an incoming one is taken over;
/// a reference another imported paper already carries is kept as the source has it, the
/// paper numbered as a further one (`duplicate_no`): council systems do give one
/// reference to two papers, and dropping one lost real records.
async fn write_papers(w: &mut Writer<'_, '_>, h: &Harvest) -> Result<()> {
    let body_id = w.body_id;
    // Loaded once: one query per paper would make a large import quadratic where the
    // planner's statistics still describe an empty table. Deleted papers hold their
    // numbers too.
    let rows: Vec<(i64, String, i64)> =
        sqlx::query_as("SELECT id, reference, duplicate_no FROM papers WHERE body_id = $1")
            .bind(body_id)
            .fetch_all(&mut **w.tx)
            .await?;
    let mut holders: HashMap<String, Vec<(i64, i64)>> = HashMap::new();
    let mut current: HashMap<i64, (String, i64)> = HashMap::new();
    for (id, reference, no) in rows {
        holders.entry(reference.clone()).or_default().push((id, no));
        current.insert(id, (reference, no));
    }
    // Papers some source's object is stored as (this run's too): not typed in locally.
    let mut taken: std::collections::HashSet<i64> = sqlx::query_scalar(
        "SELECT local_id FROM oparl_ids WHERE kind = 'paper' AND local_id IN (SELECT id FROM papers WHERE body_id = $1)",
    )
    .bind(body_id)
    .fetch_all(&mut **w.tx)
    .await?
    .into_iter()
    .collect();
    let mut doubled = 0;
    for p in &h.papers {
        let mut mine = w.ids.local("paper", &p.meta.id);
        let same = holders.get(&p.reference).cloned().unwrap_or_default();
        if mine.is_none()
            && !p.meta.deleted
            && let Some((local, _)) = same.iter().find(|(id, no)| *no == 0 && !taken.contains(id))
        {
            // Typed in locally with the same reference: taken over, not doubled.
            w.remember("paper", &p.meta.id, *local, None).await?;
            mine = Some(*local);
        }
        let duplicate_no = match mine.and_then(|id| current.get(&id)) {
            // Its reference unchanged: its number stays.
            Some((reference, no)) if *reference == p.reference => *no,
            _ => match same.iter().map(|(_, no)| *no).max() {
                None => 0,
                Some(highest) => {
                    doubled += 1;
                    highest + 1
                }
            },
        };
        let person = w.resolve("person", p.submitter_person.as_ref());
        let originator = w.resolve("organization", p.submitter_organization.as_ref());
        let lead = w.resolve("organization", p.lead_organization.as_ref());
        let written = w
            .put(
                "Vorlagen",
                "paper",
                "papers",
                &p.meta,
                &[
                    ("body_id", V::I(Some(body_id))),
                    ("reference", t(&p.reference)),
                    ("duplicate_no", V::I(Some(duplicate_no))),
                    ("name", t(&p.name)),
                    ("paper_type", t(&p.paper_type)),
                    ("date", ot(&p.date)),
                    ("submitter_person_id", V::I(person)),
                    ("submitter_organization_id", V::I(originator)),
                    ("lead_organization_id", V::I(lead)),
                ],
            )
            .await?;
        if let (Some(id), true) = (written, p.meta.deleted) {
            // Its consultations go with a paper deleted at the source.
            w.cascade("Beratungen", "consultations", "paper_id", id, &p.meta)
                .await?;
            w.cascade("Dateien", "files", "paper_id", id, &p.meta)
                .await?;
        }
        if let Some(id) = written.filter(|_| !p.meta.deleted) {
            taken.insert(id);
            if let Some((old, no)) = current.insert(id, (p.reference.clone(), duplicate_no))
                && let Some(list) = holders.get_mut(&old)
            {
                list.retain(|x| *x != (id, no));
            }
            holders
                .entry(p.reference.clone())
                .or_default()
                .push((id, duplicate_no));
        }
    }
    if doubled > 0 {
        w.report.notes.push(format!(
            "{doubled} Vorlage(n) mit einem Aktenzeichen, das schon eine andere Vorlage trägt: übernommen, wie die Quelle sie führt"
        ));
    }
    Ok(())
}

/// Consultations, each linking its agenda item to the paper; the committee taken from the
/// meeting where the server names none.
async fn write_consultations(w: &mut Writer<'_, '_>, h: &Harvest) -> Result<()> {
    for c in &h.consultations {
        if c.meta.deleted {
            w.put_deleted("Beratungen", "consultation", "consultations", &c.meta)
                .await?;
            continue;
        }
        let Some(paper) = w.resolve("paper", Some(&c.paper)) else {
            w.skip("Beratung", &c.meta, "Vorlage ist nicht bekannt");
            continue;
        };
        let meeting = w.resolve("meeting", c.meeting.as_ref());
        let item = w.resolve("agendaItem", c.agenda_item.as_ref());
        // OParl makes the committee optional; Teilhabe needs it, and takes the meeting's.
        let mut organization = w.resolve("organization", c.organization.as_ref());
        if organization.is_none()
            && let Some(m) = meeting
        {
            organization = sqlx::query_scalar(
                "SELECT organization_id FROM meeting_organizations WHERE meeting_id = $1 ORDER BY organization_id LIMIT 1",
            )
            .bind(m)
            .fetch_optional(&mut **w.tx)
            .await?;
        }
        let Some(organization) = organization else {
            w.skip(
                "Beratung",
                &c.meta,
                "kein Gremium angegeben und keines aus der Sitzung ableitbar",
            );
            continue;
        };
        w.put(
            "Beratungen",
            "consultation",
            "consultations",
            &c.meta,
            &[
                ("paper_id", V::I(Some(paper))),
                ("position", V::I(Some(c.position))),
                ("organization_id", V::I(Some(organization))),
                ("meeting_id", V::I(meeting)),
                ("agenda_item_id", V::I(item)),
                ("role", t(&c.role)),
                ("authoritative", flag(c.authoritative)),
            ],
        )
        .await?;
        if let Some(item) = item {
            sqlx::query("UPDATE agenda_items SET paper_id = $1 WHERE id = $2")
                .bind(paper)
                .bind(item)
                .execute(&mut **w.tx)
                .await?;
        }
    }
    Ok(())
}

/// Files with their content, where it could be fetched.
async fn write_files(w: &mut Writer<'_, '_>, h: &Harvest) -> Result<()> {
    let body_id = w.body_id;
    for f in &h.files {
        let paper = w.resolve("paper", f.paper.as_ref());
        let agenda_item = w.resolve("agendaItem", f.agenda_item.as_ref());
        let mut meeting = w.resolve("meeting", f.meeting.as_ref());
        // An agenda item's file belongs to the item's meeting too.
        if meeting.is_none()
            && let Some(item) = agenda_item
        {
            meeting = sqlx::query_scalar("SELECT meeting_id FROM agenda_items WHERE id = $1")
                .bind(item)
                .fetch_optional(&mut **w.tx)
                .await?;
        }
        let data: &[u8] = match (&f.data, w.step("file", &f.meta)) {
            (Some(d), _) => d,
            (None, Step::Insert | Step::Update(_)) => {
                let why = f.problem.as_deref().unwrap_or("Inhalt nicht abrufbar");
                w.skip("Datei", &f.meta, why);
                continue;
            }
            (None, _) => &[],
        };
        use sha2::Digest;
        let sha = hex::encode(sha2::Sha256::digest(data));
        let mut columns = vec![
            ("body_id", V::I(Some(body_id))),
            ("paper_id", V::I(paper)),
            ("meeting_id", V::I(meeting)),
            ("agenda_item_id", V::I(agenda_item)),
            ("role", V::T(f.role.as_deref())),
            ("name", t(&f.name)),
            ("file_name", t(&f.file_name)),
            ("mime_type", t(&f.mime_type)),
        ];
        if f.data.is_some() {
            columns.push(("size", V::I(Some(data.len() as i64))));
            columns.push(("sha256", V::T(Some(&sha))));
            columns.push(("data", V::B(data)));
        }
        w.put("Dateien", "file", "files", &f.meta, &columns).await?;
    }
    Ok(())
}
