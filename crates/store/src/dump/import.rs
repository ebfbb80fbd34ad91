//! Writing a dump back, in one transaction, with dump-local numbers mapped to new ids.

use super::translations::import_translations;
use super::{Dump, DumpConcept, DumpFile, DumpMeasure};
use crate::{Result, Store, StoreError};
use sqlx::{Any, Transaction};
use std::collections::HashMap;
use teilhabe_domain::revision::ItemKind;

impl Store {
    /// Imports a dump in one transaction and returns the body's key. An existing body with
    /// the same key is refused unless `replace` is set, in which case it is replaced.
    pub async fn import_body(&self, dump: &Dump, replace: bool) -> Result<String> {
        dump.validate().map_err(StoreError::Invalid)?;
        let mut tx = self.begin().await?;
        let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM bodies WHERE key = $1")
            .bind(&dump.body.key)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(id) = existing {
            if !replace {
                return Err(StoreError::invalid(
                    "body.key",
                    format!(
                        "Die Körperschaft {} gibt es schon; mit --replace wird sie durch den Import ersetzt.",
                        dump.body.key
                    ),
                ));
            }
            delete_body_data(&mut tx, id).await?;
        }
        let b = &dump.body;
        let body_id: i64 = sqlx::query_scalar(
            "INSERT INTO bodies (key, name, short_name, kind, website, contact_email, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(&b.key)
        .bind(&b.name)
        .bind(&b.short_name)
        .bind(&b.kind)
        .bind(&b.website)
        .bind(&b.contact_email)
        .bind(&b.created_at)
        .bind(&b.modified_at)
        .fetch_one(&mut *tx)
        .await?;
        let (orgs, persons, groups) = import_people(&mut tx, body_id, dump).await?;
        let indicator_ids = import_indicators(&mut tx, body_id, dump).await?;
        let programmes =
            super::funding::import_programmes(&mut tx, body_id, &dump.programmes).await?;
        let refs = Refs {
            orgs: &orgs,
            persons: &persons,
            groups: &groups,
            programmes: &programmes,
        };
        let mut concepts = vec![0i64];
        let mut order = super::revision::ItemOrder::default();
        for c in &dump.concepts {
            let concept_id: i64 = sqlx::query_scalar(
                "INSERT INTO concepts (body_id, title, kind, version_label, status, adopted_on, summary, paper_reference,
                 consultation_from, consultation_until, created_at, modified_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $11, $12, $9, $10) RETURNING id",
            )
            .bind(body_id)
            .bind(&c.title)
            .bind(&c.kind)
            .bind(&c.version_label)
            .bind(&c.status)
            .bind(&c.adopted_on)
            .bind(&c.summary)
            .bind(&c.paper_reference)
            .bind(&c.created_at)
            .bind(&c.modified_at)
            .bind(&c.consultation_from)
            .bind(&c.consultation_until)
            .fetch_one(&mut *tx)
            .await?;
            concepts.push(concept_id);
            import_concept_tree(&mut tx, (body_id, concept_id), c, &refs, &mut order).await?;
            import_goal_targets(&mut tx, concept_id, c, &indicator_ids).await?;
        }
        for c in &dump.concepts {
            if let Some(s) = c.supersedes {
                sqlx::query("UPDATE concepts SET supersedes_id = $1 WHERE id = $2")
                    .bind(concepts[s])
                    .bind(concepts[c.id])
                    .execute(&mut *tx)
                    .await?;
            }
        }
        let measures: Vec<i64> = std::iter::once(0).chain(order.measures()).collect();
        super::revision::import_revision(&mut tx, &dump.revision, &order, &concepts).await?;
        import_council(
            &mut tx, body_id, dump, &orgs, &persons, &concepts, &measures,
        )
        .await?;
        super::surveys::import_surveys(&mut tx, body_id, &dump.surveys, &indicator_ids).await?;
        let ids = super::participation::Ids {
            orgs: &orgs,
            groups: &groups,
            concepts: &concepts,
            measures: &measures,
        };
        let events = super::participation::import_participation(
            &mut tx,
            body_id,
            &dump.processes,
            &dump.field_keywords,
            &ids,
        )
        .await?;
        import_event_files(&mut tx, body_id, dump, &events).await?;
        super::alignment::import_alignment_notes(&mut tx, body_id, &dump.alignment_notes).await?;
        super::comments::import_comments(
            &mut tx,
            body_id,
            &dump.comments,
            &concepts,
            &order,
            &events,
        )
        .await?;
        super::controlling::import_controlling(
            &mut tx,
            body_id,
            &dump.controlling,
            &concepts,
            &measures,
        )
        .await?;
        self.commit(tx).await?;
        Ok(dump.body.key.clone())
    }
}
/// A concept's principles, fields, goals and measures, with their translations; the
/// concept (and its body) already stored.
/// The new ids of the records a version's tree refers to by number (index 0 unused).
#[derive(Clone, Copy)]
struct Refs<'a> {
    orgs: &'a [i64],
    persons: &'a [i64],
    groups: &'a [i64],
    programmes: &'a [i64],
}

async fn import_concept_tree(
    tx: &mut Transaction<'_, Any>,
    (body_id, concept_id): (i64, i64),
    c: &DumpConcept,
    refs: &Refs<'_>,
    order: &mut super::revision::ItemOrder,
) -> Result<()> {
    import_translations(tx, body_id, "concepts", concept_id, &c.translations).await?;
    for p in &c.principles {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO principles (concept_id, position, title, text, created_at, modified_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(concept_id)
        .bind(p.position)
        .bind(&p.title)
        .bind(&p.text)
        .bind(&p.created_at)
        .bind(&p.modified_at)
        .fetch_one(&mut **tx)
        .await?;
        import_translations(tx, body_id, "principles", id, &p.translations).await?;
        order.push(ItemKind::Principle, id, None);
    }
    for f in &c.fields_of_action {
        let field_id: i64 = sqlx::query_scalar(
            "INSERT INTO fields_of_action (concept_id, position, title, description, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(concept_id)
        .bind(f.position)
        .bind(&f.title)
        .bind(&f.description)
        .bind(&f.created_at)
        .bind(&f.modified_at)
        .fetch_one(&mut **tx)
        .await?;
        import_translations(tx, body_id, "fields_of_action", field_id, &f.translations).await?;
        order.push(ItemKind::Field, field_id, None);
        for g in &f.goals {
            let goal_id: i64 = sqlx::query_scalar(
                "INSERT INTO goals (field_id, position, title, description, target_note, created_at, modified_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(field_id)
            .bind(g.position)
            .bind(&g.title)
            .bind(&g.description)
            .bind(&g.target_note)
            .bind(&g.created_at)
            .bind(&g.modified_at)
            .fetch_one(&mut **tx)
            .await?;
            import_translations(tx, body_id, "goals", goal_id, &g.translations).await?;
            order.push(ItemKind::Goal, goal_id, None);
            for m in &g.measures {
                let id = import_measure(tx, goal_id, m, refs).await?;
                import_translations(tx, body_id, "measures", id, &m.translations).await?;
                order.push(ItemKind::Measure, id, None);
            }
        }
    }
    Ok(())
}

async fn import_measure(
    tx: &mut Transaction<'_, Any>,
    goal_id: i64,
    m: &DumpMeasure,
    refs: &Refs<'_>,
) -> Result<i64> {
    let Refs {
        orgs,
        persons,
        groups,
        programmes,
    } = *refs;
    let measure_id: i64 = sqlx::query_scalar(
        "INSERT INTO measures (goal_id, position, code, title, description, lead_organization_id, contact_person_id, scope,
         scope_detail, start_date, end_date, priority, status, progress, public, report_interval_months,
         created_at, modified_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id",
    )
    .bind(goal_id)
    .bind(m.position)
    .bind(&m.code)
    .bind(&m.title)
    .bind(&m.description)
    .bind(orgs[m.lead_organization])
    .bind(m.contact_person.map(|p| persons[p]))
    .bind(&m.scope)
    .bind(&m.scope_detail)
    .bind(&m.start_date)
    .bind(&m.end_date)
    .bind(&m.priority)
    .bind(&m.status)
    .bind(m.progress)
    .bind(i64::from(m.public))
    .bind(m.report_interval_months)
    .bind(&m.created_at)
    .bind(&m.modified_at)
    .fetch_one(&mut **tx)
    .await?;
    for p in &m.partners {
        sqlx::query("INSERT INTO measure_partners (measure_id, organization_id) VALUES ($1, $2)")
            .bind(measure_id)
            .bind(orgs[*p])
            .execute(&mut **tx)
            .await?;
    }
    for t in &m.target_groups {
        sqlx::query(
            "INSERT INTO measure_target_groups (measure_id, target_group_id) VALUES ($1, $2)",
        )
        .bind(measure_id)
        .bind(groups[*t])
        .execute(&mut **tx)
        .await?;
    }
    for b in &m.budget_lines {
        sqlx::query(
            "INSERT INTO budget_lines (measure_id, year, amount_cents, funding_source, programme_id, own_share_cents, staff_hundredths) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(measure_id)
        .bind(b.year)
        .bind(b.amount_cents)
        .bind(&b.funding_source)
        .bind(b.programme.map(|p| programmes[p]))
        .bind(b.own_share_cents)
        .bind(b.staff_hundredths)
        .execute(&mut **tx)
        .await?;
    }
    if let Some(a) = &m.assumption {
        sqlx::query(
            "INSERT INTO measure_assumptions (measure_id, assumption, modified_at) VALUES ($1, $2, $3)",
        )
        .bind(measure_id)
        .bind(a)
        .bind(&m.modified_at)
        .execute(&mut **tx)
        .await?;
    }
    let mut outputs = vec![0];
    for (i, o) in m.outputs.iter().enumerate() {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO outputs (measure_id, name, unit, target_hundredths, position, created_at, modified_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(measure_id)
        .bind(&o.name)
        .bind(&o.unit)
        .bind(o.target_hundredths)
        .bind(i as i64 + 1)
        .bind(&o.created_at)
        .bind(&o.modified_at)
        .fetch_one(&mut **tx)
        .await?;
        outputs.push(id);
    }
    for r in &m.progress_reports {
        let report_id: i64 = sqlx::query_scalar(
            "INSERT INTO progress_reports (measure_id, reported_on, status, progress, narrative, spent_cents, reporter_organization_id, created_at, review_state, review_note)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(measure_id)
        .bind(&r.reported_on)
        .bind(&r.status)
        .bind(r.progress)
        .bind(&r.narrative)
        .bind(r.spent_cents)
        .bind(r.reporter_organization.map(|o| orgs[o]))
        .bind(&r.created_at)
        .bind(&r.review_state)
        .bind(&r.review_note)
        .fetch_one(&mut **tx)
        .await?;
        for v in &r.outputs {
            sqlx::query(
                "INSERT INTO output_values (report_id, output_id, value_hundredths) VALUES ($1, $2, $3)",
            )
            .bind(report_id)
            .bind(outputs[v.output])
            .bind(v.value_hundredths)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(measure_id)
}

/// Stores one file of the dump, for a paper, an event or neither.
/// The new ids of what a file belongs to.
#[derive(Default)]
struct FileOwner {
    paper: Option<i64>,
    meeting: Option<i64>,
    agenda_item: Option<i64>,
    event: Option<i64>,
}

async fn insert_file(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    owner: FileOwner,
    f: &DumpFile,
) -> Result<()> {
    let data = f.bytes().map_err(|m| StoreError::invalid("files", m))?;
    sqlx::query(
        "INSERT INTO files (body_id, paper_id, meeting_id, agenda_item_id, role, event_id, name, file_name, mime_type, size,
         sha256, data, public, deleted, created_at, modified_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
    )
    .bind(body_id)
    .bind(owner.paper)
    .bind(owner.meeting)
    .bind(owner.agenda_item)
    .bind(&f.role)
    .bind(owner.event)
    .bind(&f.name)
    .bind(&f.file_name)
    .bind(&f.mime_type)
    .bind(f.size)
    .bind(&f.sha256)
    .bind(data)
    .bind(i64::from(f.public))
    .bind(i64::from(f.deleted))
    .bind(&f.created_at)
    .bind(&f.modified_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Removes a body and everything below it, children first (used by `--replace`).
async fn delete_body_data(tx: &mut Transaction<'_, Any>, body_id: i64) -> Result<()> {
    const MEASURES: &str = "SELECT m.id FROM measures m JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id JOIN concepts c ON c.id = f.concept_id WHERE c.body_id = $1";
    const GOALS: &str = "SELECT g.id FROM goals g JOIN fields_of_action f ON f.id = g.field_id JOIN concepts c ON c.id = f.concept_id WHERE c.body_id = $1";
    const FIELDS: &str = "SELECT f.id FROM fields_of_action f JOIN concepts c ON c.id = f.concept_id WHERE c.body_id = $1";
    const PAPERS: &str = "SELECT id FROM papers WHERE body_id = $1";
    const MEETINGS: &str = "SELECT id FROM meetings WHERE body_id = $1";
    for sql in super::comments::DELETE
        .into_iter()
        .chain(super::participation::DELETE)
        .chain(super::surveys::DELETE)
        .chain(super::controlling::DELETE)
        .chain(super::resolutions::DELETE)
    {
        sqlx::query(sql).bind(body_id).execute(&mut **tx).await?;
    }
    let council: [String; 20] = [
        "DELETE FROM content_translations WHERE body_id = $1".into(),
        "DELETE FROM peer_group_members WHERE body_id = $1".into(),
        "DELETE FROM alignment_notes WHERE county_id = $1 OR municipality_id = $1".into(),
        format!("DELETE FROM goal_indicators WHERE goal_id IN ({GOALS})"),
        "DELETE FROM indicators WHERE body_id = $1".into(),
        "DELETE FROM planning_area_members WHERE area_id IN (SELECT id FROM planning_areas WHERE body_id = $1)".into(),
        "DELETE FROM planning_areas WHERE body_id = $1".into(),
        "DELETE FROM oparl_ids WHERE source_id IN (SELECT id FROM oparl_sources WHERE body_id = $1)".into(),
        "DELETE FROM oparl_sources WHERE body_id = $1".into(),
        format!("DELETE FROM consultations WHERE paper_id IN ({PAPERS})"),
        "DELETE FROM files WHERE body_id = $1".into(),
        format!("DELETE FROM agenda_items WHERE meeting_id IN ({MEETINGS})"),
        format!("DELETE FROM paper_measures WHERE paper_id IN ({PAPERS})"),
        "DELETE FROM reporting_cycles WHERE body_id = $1".into(),
        "DELETE FROM papers WHERE body_id = $1".into(),
        format!("DELETE FROM meeting_organizations WHERE meeting_id IN ({MEETINGS})"),
        "DELETE FROM meetings WHERE body_id = $1".into(),
        "DELETE FROM locations WHERE body_id = $1".into(),
        "DELETE FROM legislative_terms WHERE body_id = $1".into(),
        "DELETE FROM memberships WHERE person_id IN (SELECT id FROM persons WHERE body_id = $1)"
            .into(),
    ];
    for sql in council {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(body_id)
            .execute(&mut **tx)
            .await?;
    }
    let statements: [String; 20] = [
        format!("DELETE FROM measure_assumptions WHERE measure_id IN ({MEASURES})"),
        format!("DELETE FROM output_values WHERE output_id IN (SELECT id FROM outputs WHERE measure_id IN ({MEASURES}))"),
        format!("DELETE FROM outputs WHERE measure_id IN ({MEASURES})"),
        format!("DELETE FROM progress_reports WHERE measure_id IN ({MEASURES})"),
        "DELETE FROM measure_carry_overs WHERE concept_id IN (SELECT id FROM concepts WHERE body_id = $1)".into(),
        format!("DELETE FROM budget_lines WHERE measure_id IN ({MEASURES})"),
        format!("DELETE FROM measure_partners WHERE measure_id IN ({MEASURES})"),
        format!("DELETE FROM measure_target_groups WHERE measure_id IN ({MEASURES})"),
        format!("DELETE FROM measures WHERE goal_id IN ({GOALS})"),
        format!("DELETE FROM goals WHERE field_id IN ({FIELDS})"),
        "DELETE FROM fields_of_action WHERE concept_id IN (SELECT id FROM concepts WHERE body_id = $1)".into(),
        "DELETE FROM principles WHERE concept_id IN (SELECT id FROM concepts WHERE body_id = $1)".into(),
        "UPDATE concepts SET supersedes_id = NULL WHERE body_id = $1".into(),
        "DELETE FROM concepts WHERE body_id = $1".into(),
        "DELETE FROM persons WHERE body_id = $1".into(),
        "DELETE FROM target_groups WHERE body_id = $1".into(),
        "DELETE FROM organizations WHERE body_id = $1".into(),
        "DELETE FROM funding_proofs WHERE programme_id IN (SELECT id FROM funding_programmes WHERE body_id = $1)".into(),
        "UPDATE funding_programmes SET follows_id = NULL WHERE body_id = $1".into(),
        "DELETE FROM funding_programmes WHERE body_id = $1".into(),
    ];
    for sql in statements {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(body_id)
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("DELETE FROM bodies WHERE id = $1")
        .bind(body_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Inserts the council records of a dump; ids are looked up by dump-local number
/// (index 0 of each lookup list is unused).
async fn import_council(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    dump: &Dump,
    orgs: &[i64],
    persons: &[i64],
    concepts: &[i64],
    measures: &[i64],
) -> Result<()> {
    let mut locations = vec![0i64];
    for l in &dump.locations {
        locations.push(
            sqlx::query_scalar(
                "INSERT INTO locations (body_id, description, room, street_address, postal_code, locality, deleted, created_at, modified_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            )
            .bind(body_id)
            .bind(&l.description)
            .bind(&l.room)
            .bind(&l.street_address)
            .bind(&l.postal_code)
            .bind(&l.locality)
            .bind(i64::from(l.deleted))
            .bind(&l.created_at)
            .bind(&l.modified_at)
            .fetch_one(&mut **tx)
            .await?,
        );
    }
    let mut meetings = vec![0i64];
    for m in &dump.meetings {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO meetings (body_id, name, state, cancelled, start_at, end_at, location_id, note, deleted, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(body_id)
        .bind(&m.name)
        .bind(&m.state)
        .bind(i64::from(m.cancelled))
        .bind(&m.start_at)
        .bind(&m.end_at)
        .bind(m.location.map(|l| locations[l]))
        .bind(&m.note)
        .bind(i64::from(m.deleted))
        .bind(&m.created_at)
        .bind(&m.modified_at)
        .fetch_one(&mut **tx)
        .await?;
        import_translations(tx, body_id, "meetings", id, &m.translations).await?;
        for o in &m.organizations {
            sqlx::query(
                "INSERT INTO meeting_organizations (meeting_id, organization_id) VALUES ($1, $2)",
            )
            .bind(id)
            .bind(orgs[*o])
            .execute(&mut **tx)
            .await?;
        }
        meetings.push(id);
    }
    let papers = import_papers(tx, body_id, dump, orgs, persons, concepts, measures).await?;
    let mut items = vec![0i64];
    for (m, meeting) in dump.meetings.iter().zip(meetings.iter().skip(1)) {
        for i in &m.agenda_items {
            let id: i64 = sqlx::query_scalar(
                    "INSERT INTO agenda_items (meeting_id, position, number, name, public, paper_id, result, resolution_text,
                     votes_yes, votes_no, votes_abstain, votes_conflicted, minutes, deleted, created_at, modified_at, votes_unanimous)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id",
                )
                .bind(*meeting)
                .bind(i.position)
                .bind(&i.number)
                .bind(&i.name)
                .bind(i64::from(i.public))
                .bind(i.paper.map(|p| papers[p]))
                .bind(&i.result)
                .bind(&i.resolution_text)
                .bind(i.votes_yes)
                .bind(i.votes_no)
                .bind(i.votes_abstain)
                .bind(i.votes_conflicted)
                .bind(&i.minutes)
                .bind(i64::from(i.deleted))
                .bind(&i.created_at)
                .bind(&i.modified_at)
                .bind(i64::from(i.votes_unanimous))
                .fetch_one(&mut **tx)
                .await?;
            import_translations(tx, body_id, "agenda_items", id, &i.translations).await?;
            items.push(id);
        }
    }
    import_terms(tx, body_id, dump).await?;
    super::resolutions::import_resolutions(
        tx,
        body_id,
        &dump.resolutions,
        (&items, &papers, orgs, measures),
    )
    .await?;
    for f in dump.files.iter().filter(|f| f.event.is_none()) {
        let owner = FileOwner {
            paper: f.paper.map(|p| papers[p]),
            meeting: f.meeting.map(|m| meetings[m]),
            agenda_item: f.agenda_item.map(|i| items[i]),
            event: None,
        };
        insert_file(tx, body_id, owner, f).await?;
    }
    for c in &dump.reporting_cycles {
        sqlx::query(
            "INSERT INTO reporting_cycles (body_id, organization_id, concept_id, title, interval_months, next_due,
             requested_by_paper_id, created_at, modified_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(body_id)
        .bind(orgs[c.organization])
        .bind(c.concept.map(|x| concepts[x]))
        .bind(&c.title)
        .bind(c.interval_months)
        .bind(&c.next_due)
        .bind(c.requested_by_paper.map(|x| papers[x]))
        .bind(&c.created_at)
        .bind(&c.modified_at)
        .execute(&mut **tx)
        .await?;
    }
    for (p, paper) in dump.papers.iter().zip(papers.iter().skip(1)) {
        for c in &p.consultations {
            sqlx::query(
                "INSERT INTO consultations (paper_id, position, organization_id, meeting_id, agenda_item_id, role, authoritative,
                 deleted, created_at, modified_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .bind(*paper)
            .bind(c.position)
            .bind(orgs[c.organization])
            .bind(c.meeting.map(|m| meetings[m]))
            .bind(c.agenda_item.map(|i| items[i]))
            .bind(&c.role)
            .bind(i64::from(c.authoritative))
            .bind(i64::from(c.deleted))
            .bind(&c.created_at)
            .bind(&c.modified_at)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}

/// The body's legislative terms.
async fn import_terms(tx: &mut Transaction<'_, Any>, body_id: i64, dump: &Dump) -> Result<()> {
    for t in &dump.legislative_terms {
        sqlx::query(
            "INSERT INTO legislative_terms (body_id, name, start_date, end_date, deleted, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(body_id)
        .bind(&t.name)
        .bind(&t.start_date)
        .bind(&t.end_date)
        .bind(i64::from(t.deleted))
        .bind(&t.created_at)
        .bind(&t.modified_at)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Organisations, persons, memberships and target groups; returns the new ids of the
/// organisations, persons and target groups by their dump numbers (index 0 unused).
async fn import_people(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    dump: &Dump,
) -> Result<(Vec<i64>, Vec<i64>, Vec<i64>)> {
    let mut orgs = vec![0i64];
    for o in &dump.organizations {
        orgs.push(
            sqlx::query_scalar(
                "INSERT INTO organizations (body_id, name, short_name, kind, classification, website, start_date, end_date, created_at, modified_at, deleted)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
            )
            .bind(body_id)
            .bind(&o.name)
            .bind(&o.short_name)
            .bind(&o.kind)
            .bind(&o.classification)
            .bind(&o.website)
            .bind(&o.start_date)
            .bind(&o.end_date)
            .bind(&o.created_at)
            .bind(&o.modified_at)
            .bind(i64::from(o.deleted))
            .fetch_one(&mut **tx)
            .await?,
        );
    }
    let mut persons = vec![0i64];
    for p in &dump.persons {
        persons.push(
            sqlx::query_scalar(
                "INSERT INTO persons (body_id, name, role_title, organization_id, email, phone, created_at, modified_at, deleted, public)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
            )
            .bind(body_id)
            .bind(&p.name)
            .bind(&p.role_title)
            .bind(p.organization.map(|o| orgs[o]))
            .bind(&p.email)
            .bind(&p.phone)
            .bind(&p.created_at)
            .bind(&p.modified_at)
            .bind(i64::from(p.deleted))
            .bind(i64::from(p.public))
            .fetch_one(&mut **tx)
            .await?,
        );
    }
    for m in &dump.memberships {
        sqlx::query(
            "INSERT INTO memberships (person_id, organization_id, role, voting_right, start_date, end_date, deleted, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(persons[m.person])
        .bind(orgs[m.organization])
        .bind(&m.role)
        .bind(i64::from(m.voting_right))
        .bind(&m.start_date)
        .bind(&m.end_date)
        .bind(i64::from(m.deleted))
        .bind(&m.created_at)
        .bind(&m.modified_at)
        .execute(&mut **tx)
        .await?;
    }
    let mut groups = vec![0i64];
    for t in &dump.target_groups {
        groups.push(
            sqlx::query_scalar(
                "INSERT INTO target_groups (body_id, name, description, created_at, modified_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(body_id)
            .bind(&t.name)
            .bind(&t.description)
            .bind(&t.created_at)
            .bind(&t.modified_at)
            .fetch_one(&mut **tx)
            .await?,
        );
    }
    Ok((orgs, persons, groups))
}

/// The indicators (with their translations), whether they were seeded, and the planning
/// areas; returns the new indicator ids by code.
async fn import_indicators(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    dump: &Dump,
) -> Result<HashMap<String, i64>> {
    let mut indicator_ids = HashMap::new();
    for i in &dump.indicators {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO indicators (body_id, code, name, formula, unit, direction, field, source, description, position, created_at, modified_at, level)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
        )
        .bind(body_id)
        .bind(&i.code)
        .bind(&i.name)
        .bind(&i.formula)
        .bind(&i.unit)
        .bind(&i.direction)
        .bind(&i.field)
        .bind(&i.source)
        .bind(&i.description)
        .bind(i.position)
        .bind(&i.created_at)
        .bind(&i.modified_at)
        .bind(&i.level)
        .fetch_one(&mut **tx)
        .await?;
        import_translations(tx, body_id, "indicators", id, &i.translations).await?;
        indicator_ids.insert(i.code.clone(), id);
    }
    sqlx::query("UPDATE bodies SET indicators_seeded = $1 WHERE id = $2")
        .bind(i64::from(dump.indicators_seeded))
        .bind(body_id)
        .execute(&mut **tx)
        .await?;
    for a in &dump.planning_areas {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO planning_areas (body_id, name, created_at, modified_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(body_id)
        .bind(&a.name)
        .bind(&a.created_at)
        .bind(&a.modified_at)
        .fetch_one(&mut **tx)
        .await?;
        for m in &a.members {
            sqlx::query("INSERT INTO planning_area_members (area_id, region_key) VALUES ($1, $2)")
                .bind(id)
                .bind(m)
                .execute(&mut **tx)
                .await?;
        }
    }
    for k in &dump.peer_group {
        sqlx::query("INSERT INTO peer_group_members (body_id, region_key) VALUES ($1, $2)")
            .bind(body_id)
            .bind(k)
            .execute(&mut **tx)
            .await?;
    }
    Ok(indicator_ids)
}

/// Goal targets, once the goals exist (found by their positions).
async fn import_goal_targets(
    tx: &mut Transaction<'_, Any>,
    concept_id: i64,
    c: &DumpConcept,
    indicator_ids: &HashMap<String, i64>,
) -> Result<()> {
    for f in &c.fields_of_action {
        for g in &f.goals {
            let Some(t) = &g.target else { continue };
            let goal: i64 = sqlx::query_scalar(
                "SELECT g.id FROM goals g JOIN fields_of_action f ON f.id = g.field_id
                 WHERE f.concept_id = $1 AND f.position = $2 AND g.position = $3 AND g.title = $4",
            )
            .bind(concept_id)
            .bind(f.position)
            .bind(g.position)
            .bind(&g.title)
            .fetch_one(&mut **tx)
            .await?;
            sqlx::query(
                "INSERT INTO goal_indicators (goal_id, indicator_id, target_value, target_year, assumption) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(goal)
            .bind(indicator_ids[&t.indicator])
            .bind(t.value)
            .bind(t.year)
            .bind(&t.assumption)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}

/// Files that document an event, once the events have ids.
async fn import_event_files(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    dump: &Dump,
    events: &[Vec<i64>],
) -> Result<()> {
    for f in &dump.files {
        if let Some((p, e)) = f.event {
            let event = p
                .checked_sub(1)
                .and_then(|p| events.get(p))
                .and_then(|list| e.checked_sub(1).and_then(|e| list.get(e)));
            let Some(event) = event else {
                return Err(StoreError::invalid(
                    "files",
                    format!(
                        "„{}“ gehört zu einem Termin ({p}, {e}), den es in der Datei nicht gibt.",
                        f.file_name
                    ),
                ));
            };
            let owner = FileOwner {
                event: Some(*event),
                ..FileOwner::default()
            };
            insert_file(tx, body_id, owner, f).await?;
        }
    }
    Ok(())
}

/// The papers with their translations and the measures they concern; returns their new ids
/// by dump number (index 0 unused).
async fn import_papers(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    dump: &Dump,
    orgs: &[i64],
    persons: &[i64],
    concepts: &[i64],
    measures: &[i64],
) -> Result<Vec<i64>> {
    let mut papers = vec![0i64];
    for p in &dump.papers {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO papers (body_id, reference, name, paper_type, date, proposal, reasoning, submitter_person_id,
             submitter_organization_id, lead_organization_id, editor, concept_id, public, finance_note, finance_total_cents,
             finance_revenue_cents, finance_own_share_cents, finance_grants_cents, finance_budget_year, finance_overplanned,
             finance_unplanned, finance_budget_line, deleted, created_at, modified_at, duplicate_no)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26)
             RETURNING id",
        )
        .bind(body_id)
        .bind(&p.reference)
        .bind(&p.name)
        .bind(&p.paper_type)
        .bind(&p.date)
        .bind(&p.proposal)
        .bind(&p.reasoning)
        .bind(p.submitter_person.map(|x| persons[x]))
        .bind(p.submitter_organization.map(|x| orgs[x]))
        .bind(p.lead_organization.map(|x| orgs[x]))
        .bind(&p.editor)
        .bind(p.concept.map(|x| concepts[x]))
        .bind(i64::from(p.public))
        .bind(&p.finance_note)
        .bind(p.finance_total_cents)
        .bind(p.finance_revenue_cents)
        .bind(p.finance_own_share_cents)
        .bind(p.finance_grants_cents)
        .bind(p.finance_budget_year)
        .bind(i64::from(p.finance_overplanned))
        .bind(i64::from(p.finance_unplanned))
        .bind(&p.finance_budget_line)
        .bind(i64::from(p.deleted))
        .bind(&p.created_at)
        .bind(&p.modified_at)
        .bind(p.duplicate_no)
        .fetch_one(&mut **tx)
        .await?;
        import_translations(tx, body_id, "papers", id, &p.translations).await?;
        for m in &p.measures {
            sqlx::query("INSERT INTO paper_measures (paper_id, measure_id) VALUES ($1, $2)")
                .bind(id)
                .bind(measures[*m])
                .execute(&mut **tx)
                .await?;
        }
        papers.push(id);
    }
    Ok(papers)
}
