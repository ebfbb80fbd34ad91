//! Which body (and, for measures and the like, which organisation) each kind of record
//! the administration and the API address by id belongs to: the table the one
//! authorization policy consults for every path `/admin/<kind>/<id>/…`.

use teilhabe_domain::access::RecordKind;

/// The kinds of record the administration and the API address by id, with their table and
/// the SQL that finds the body each belongs to (and, for measures, the organization that leads it).
pub(crate) const OWNERS: &[(&str, &str, RecordKind, &str)] = &[
    (
        "bodies",
        "bodies",
        RecordKind::Body,
        "SELECT id, NULL FROM bodies WHERE id = $1",
    ),
    (
        "concepts",
        "concepts",
        RecordKind::Other,
        "SELECT body_id, NULL FROM concepts WHERE id = $1",
    ),
    (
        "principles",
        "principles",
        RecordKind::Other,
        "SELECT c.body_id, NULL FROM principles x JOIN concepts c ON c.id = x.concept_id WHERE x.id = $1",
    ),
    (
        "fields",
        "fields_of_action",
        RecordKind::Other,
        "SELECT c.body_id, NULL FROM fields_of_action x JOIN concepts c ON c.id = x.concept_id WHERE x.id = $1",
    ),
    (
        "goals",
        "goals",
        RecordKind::Other,
        "SELECT c.body_id, NULL FROM goals x JOIN fields_of_action f ON f.id = x.field_id \
         JOIN concepts c ON c.id = f.concept_id WHERE x.id = $1",
    ),
    (
        "measures",
        "measures",
        RecordKind::Measure,
        "SELECT c.body_id, x.lead_organization_id FROM measures x JOIN goals g ON g.id = x.goal_id \
         JOIN fields_of_action f ON f.id = g.field_id JOIN concepts c ON c.id = f.concept_id WHERE x.id = $1",
    ),
    (
        "milestones",
        "milestones",
        RecordKind::Measure,
        "SELECT c.body_id, m.lead_organization_id FROM milestones x JOIN measures m ON m.id = x.measure_id \
         JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id \
         JOIN concepts c ON c.id = f.concept_id WHERE x.id = $1",
    ),
    (
        "outputs",
        "outputs",
        RecordKind::Measure,
        "SELECT c.body_id, m.lead_organization_id FROM outputs x JOIN measures m ON m.id = x.measure_id \
         JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id \
         JOIN concepts c ON c.id = f.concept_id WHERE x.id = $1",
    ),
    (
        "reports",
        "progress_reports",
        RecordKind::Other,
        "SELECT c.body_id, NULL FROM progress_reports x JOIN measures m ON m.id = x.measure_id \
         JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id \
         JOIN concepts c ON c.id = f.concept_id WHERE x.id = $1",
    ),
    (
        "rounds",
        "reporting_rounds",
        RecordKind::Other,
        "SELECT body_id, NULL FROM reporting_rounds WHERE id = $1",
    ),
    (
        "resolutions",
        "resolutions",
        RecordKind::Other,
        "SELECT body_id, NULL FROM resolutions WHERE id = $1",
    ),
    (
        "funding-programmes",
        "funding_programmes",
        RecordKind::Other,
        "SELECT body_id, NULL FROM funding_programmes WHERE id = $1",
    ),
    (
        "funding-proofs",
        "funding_proofs",
        RecordKind::Other,
        "SELECT p.body_id, NULL FROM funding_proofs x JOIN funding_programmes p ON p.id = x.programme_id WHERE x.id = $1",
    ),
    (
        "target-groups",
        "target_groups",
        RecordKind::Other,
        "SELECT body_id, NULL FROM target_groups WHERE id = $1",
    ),
    (
        "organizations",
        "organizations",
        RecordKind::Other,
        "SELECT body_id, NULL FROM organizations WHERE id = $1",
    ),
    (
        "persons",
        "persons",
        RecordKind::Other,
        "SELECT body_id, NULL FROM persons WHERE id = $1",
    ),
    (
        "memberships",
        "memberships",
        RecordKind::Other,
        "SELECT o.body_id, NULL FROM memberships x JOIN organizations o ON o.id = x.organization_id WHERE x.id = $1",
    ),
    (
        "meetings",
        "meetings",
        RecordKind::Other,
        "SELECT body_id, NULL FROM meetings WHERE id = $1",
    ),
    (
        "agenda-items",
        "agenda_items",
        RecordKind::Other,
        "SELECT m.body_id, NULL FROM agenda_items x JOIN meetings m ON m.id = x.meeting_id WHERE x.id = $1",
    ),
    (
        "papers",
        "papers",
        RecordKind::Other,
        "SELECT body_id, NULL FROM papers WHERE id = $1",
    ),
    (
        "indicators",
        "indicators",
        RecordKind::Other,
        "SELECT body_id, NULL FROM indicators WHERE id = $1",
    ),
    (
        "reporting-cycles",
        "reporting_cycles",
        RecordKind::Other,
        "SELECT body_id, NULL FROM reporting_cycles WHERE id = $1",
    ),
    (
        "processes",
        "participation_processes",
        RecordKind::Other,
        "SELECT c.body_id, NULL FROM participation_processes x JOIN concepts c ON c.id = x.concept_id WHERE x.id = $1",
    ),
    (
        "events",
        "participation_events",
        RecordKind::Event,
        "SELECT c.body_id, x.organizer_id FROM participation_events x JOIN participation_processes p ON p.id = x.process_id \
         JOIN concepts c ON c.id = p.concept_id WHERE x.id = $1",
    ),
    (
        "contributions",
        "contributions",
        RecordKind::Contribution,
        "SELECT c.body_id, x.organization_id FROM contributions x JOIN participation_events e ON e.id = x.event_id \
         JOIN participation_processes p ON p.id = e.process_id JOIN concepts c ON c.id = p.concept_id WHERE x.id = $1",
    ),
    (
        "surveys",
        "surveys",
        RecordKind::Other,
        "SELECT body_id, NULL FROM surveys WHERE id = $1",
    ),
    (
        "survey-questions",
        "survey_questions",
        RecordKind::Other,
        "SELECT s.body_id, NULL FROM survey_questions x JOIN surveys s ON s.id = x.survey_id WHERE x.id = $1",
    ),
];
