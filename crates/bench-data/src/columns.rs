//! The tables a county is written to, each with the columns the generator fills; the
//! test checks them against the schema the migrations make.

use crate::pages::Xorshift;
use crate::rows::Rows;
use sqlx::{Any, Transaction};
use teilhabe_store::Result;
use teilhabe_store::load::now;

/// Each table the generator writes, with the columns it fills (in the order of the
/// rows it pushes), parents before children.
const TABLES: &[(&str, &[&str])] = &[
    (
        "bodies",
        &[
            "id",
            "key",
            "name",
            "kind",
            "website",
            "created_at",
            "modified_at",
        ],
    ),
    (
        "organizations",
        &[
            "id",
            "body_id",
            "name",
            "short_name",
            "kind",
            "classification",
            "created_at",
            "modified_at",
        ],
    ),
    (
        "persons",
        &[
            "id",
            "body_id",
            "name",
            "role_title",
            "organization_id",
            "email",
            "public",
            "created_at",
            "modified_at",
        ],
    ),
    (
        "target_groups",
        &["id", "body_id", "name", "created_at", "modified_at"],
    ),
    (
        "concepts",
        &[
            "id",
            "body_id",
            "title",
            "kind",
            "version_label",
            "status",
            "adopted_on",
            "summary",
            "paper_reference",
            "supersedes_id",
            "created_at",
            "modified_at",
        ],
    ),
    (
        "principles",
        &[
            "id",
            "concept_id",
            "position",
            "title",
            "text",
            "created_at",
            "modified_at",
        ],
    ),
    (
        "fields_of_action",
        &[
            "id",
            "concept_id",
            "position",
            "title",
            "description",
            "created_at",
            "modified_at",
        ],
    ),
    (
        "goals",
        &[
            "id",
            "field_id",
            "position",
            "title",
            "description",
            "target_note",
            "created_at",
            "modified_at",
        ],
    ),
    (
        "measures",
        &[
            "id",
            "goal_id",
            "position",
            "code",
            "title",
            "description",
            "lead_organization_id",
            "contact_person_id",
            "scope",
            "start_date",
            "end_date",
            "priority",
            "status",
            "progress",
            "public",
            "created_at",
            "modified_at",
        ],
    ),
    ("measure_partners", &["measure_id", "organization_id"]),
    ("measure_target_groups", &["measure_id", "target_group_id"]),
    (
        "budget_lines",
        &[
            "id",
            "measure_id",
            "year",
            "amount_cents",
            "funding_source",
            "own_share_cents",
        ],
    ),
    (
        "progress_reports",
        &[
            "id",
            "measure_id",
            "reported_on",
            "status",
            "progress",
            "narrative",
            "spent_cents",
            "reporter_organization_id",
            "created_at",
        ],
    ),
    (
        "meetings",
        &[
            "id",
            "body_id",
            "name",
            "state",
            "start_at",
            "end_at",
            "created_at",
            "modified_at",
        ],
    ),
    ("meeting_organizations", &["meeting_id", "organization_id"]),
    (
        "papers",
        &[
            "id",
            "body_id",
            "reference",
            "name",
            "paper_type",
            "date",
            "proposal",
            "reasoning",
            "lead_organization_id",
            "concept_id",
            "public",
            "finance_total_cents",
            "finance_budget_year",
            "created_at",
            "modified_at",
        ],
    ),
    ("paper_measures", &["paper_id", "measure_id"]),
    (
        "agenda_items",
        &[
            "id",
            "meeting_id",
            "position",
            "number",
            "name",
            "public",
            "paper_id",
            "result",
            "votes_yes",
            "votes_no",
            "votes_abstain",
            "created_at",
            "modified_at",
        ],
    ),
    (
        "consultations",
        &[
            "id",
            "paper_id",
            "position",
            "organization_id",
            "meeting_id",
            "agenda_item_id",
            "role",
            "authoritative",
            "created_at",
            "modified_at",
        ],
    ),
    (
        "reporting_cycles",
        &[
            "id",
            "body_id",
            "organization_id",
            "concept_id",
            "title",
            "interval_months",
            "next_due",
            "created_at",
            "modified_at",
        ],
    ),
    (
        "participation_processes",
        &[
            "id",
            "concept_id",
            "title",
            "description",
            "created_at",
            "modified_at",
        ],
    ),
    (
        "participation_phases",
        &["process_id", "phase", "start_date", "end_date"],
    ),
    (
        "participation_events",
        &[
            "id",
            "process_id",
            "format",
            "title",
            "start_date",
            "place",
            "organizer_id",
            "participants_total",
            "public",
            "created_at",
            "modified_at",
        ],
    ),
    (
        "event_participants",
        &["event_id", "target_group_id", "count"],
    ),
    (
        "contributions",
        &[
            "id",
            "event_id",
            "kind",
            "text",
            "status",
            "reason",
            "public",
            "created_at",
            "modified_at",
        ],
    ),
    ("contribution_fields", &["contribution_id", "field_id"]),
    (
        "surveys",
        &[
            "id",
            "body_id",
            "title",
            "intro",
            "status",
            "languages",
            "min_group_size",
            "results_public",
            "closed_on",
            "created_at",
            "modified_at",
        ],
    ),
    (
        "survey_questions",
        &[
            "id",
            "survey_id",
            "position",
            "code",
            "kind",
            "text",
            "required",
        ],
    ),
    (
        "survey_options",
        &["id", "question_id", "role", "position", "code", "label"],
    ),
    (
        "survey_responses",
        &["id", "survey_id", "channel", "lang", "submitted_on"],
    ),
    (
        "survey_answers",
        &["response_id", "question_id", "item", "value"],
    ),
];

/// A table's buffer, with its columns from [`TABLES`].
fn rows(table: &'static str) -> Rows {
    let (_, columns) = TABLES
        .iter()
        .find(|(t, _)| *t == table)
        .unwrap_or_else(|| panic!("{table} is not in TABLES"));
    Rows::new(table, columns)
}

pub(crate) struct Generator {
    pub(crate) random: Xorshift,
    pub(crate) ts: String,
    pub(crate) bodies: Rows,
    pub(crate) organizations: Rows,
    pub(crate) persons: Rows,
    pub(crate) target_groups: Rows,
    pub(crate) concepts: Rows,
    pub(crate) principles: Rows,
    pub(crate) fields: Rows,
    pub(crate) goals: Rows,
    pub(crate) measures: Rows,
    pub(crate) partners: Rows,
    pub(crate) measure_groups: Rows,
    pub(crate) budget_lines: Rows,
    pub(crate) reports: Rows,
    pub(crate) meetings: Rows,
    pub(crate) meeting_orgs: Rows,
    pub(crate) papers: Rows,
    pub(crate) paper_measures: Rows,
    pub(crate) agenda_items: Rows,
    pub(crate) consultations: Rows,
    pub(crate) cycles: Rows,
    pub(crate) processes: Rows,
    pub(crate) phases: Rows,
    pub(crate) events: Rows,
    pub(crate) participants: Rows,
    pub(crate) contributions: Rows,
    pub(crate) contribution_fields: Rows,
    pub(crate) surveys: Rows,
    pub(crate) questions: Rows,
    pub(crate) options: Rows,
    pub(crate) responses: Rows,
    pub(crate) answers: Rows,
}

impl Generator {
    pub(crate) fn new() -> Self {
        Self {
            random: Xorshift::new(0x2545_F491_4F6C_DD1D),
            ts: now(),
            bodies: rows("bodies"),
            organizations: rows("organizations"),
            persons: rows("persons"),
            target_groups: rows("target_groups"),
            concepts: rows("concepts"),
            principles: rows("principles"),
            fields: rows("fields_of_action"),
            goals: rows("goals"),
            measures: rows("measures"),
            partners: rows("measure_partners"),
            measure_groups: rows("measure_target_groups"),
            budget_lines: rows("budget_lines"),
            reports: rows("progress_reports"),
            meetings: rows("meetings"),
            meeting_orgs: rows("meeting_organizations"),
            papers: rows("papers"),
            paper_measures: rows("paper_measures"),
            agenda_items: rows("agenda_items"),
            consultations: rows("consultations"),
            cycles: rows("reporting_cycles"),
            processes: rows("participation_processes"),
            phases: rows("participation_phases"),
            events: rows("participation_events"),
            participants: rows("event_participants"),
            contributions: rows("contributions"),
            contribution_fields: rows("contribution_fields"),
            surveys: rows("surveys"),
            questions: rows("survey_questions"),
            options: rows("survey_options"),
            responses: rows("survey_responses"),
            answers: rows("survey_answers"),
        }
    }

    pub(crate) fn all(&mut self) -> [&mut Rows; 31] {
        [
            &mut self.bodies,
            &mut self.organizations,
            &mut self.persons,
            &mut self.target_groups,
            &mut self.concepts,
            &mut self.principles,
            &mut self.fields,
            &mut self.goals,
            &mut self.measures,
            &mut self.partners,
            &mut self.measure_groups,
            &mut self.budget_lines,
            &mut self.reports,
            &mut self.meetings,
            &mut self.meeting_orgs,
            &mut self.papers,
            &mut self.paper_measures,
            &mut self.agenda_items,
            &mut self.consultations,
            &mut self.cycles,
            &mut self.processes,
            &mut self.phases,
            &mut self.events,
            &mut self.participants,
            &mut self.contributions,
            &mut self.contribution_fields,
            &mut self.surveys,
            &mut self.questions,
            &mut self.options,
            &mut self.responses,
            &mut self.answers,
        ]
    }

    /// Writes what is still buffered, parents before children.
    pub(crate) async fn flush(&mut self, tx: &mut Transaction<'static, Any>) -> Result<()> {
        for rows in self.all() {
            rows.flush(tx).await?;
        }
        Ok(())
    }

    pub(crate) fn counts(&mut self) -> Vec<(&'static str, u64)> {
        self.all().iter().map(|r| (r.table, r.written)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::Generator;
    use teilhabe_store::testdb;

    /// Every column the generator writes exists, and every column a table requires is
    /// written: a migration that adds a NOT NULL column fails here, not in a benchmark run.
    #[tokio::test]
    async fn the_column_lists_match_the_schema() {
        let (store, url) = testdb::fresh_sqlite().await.expect("SQLite");
        let catalogue = store.catalogue().await.expect("catalogue");
        store.close().await;
        testdb::remove(&url).await.expect("remove");
        let mut wrong = Vec::new();
        let mut generator = Generator::new();
        for rows in generator.all() {
            let schema = catalogue.columns(rows.table);
            assert!(!schema.is_empty(), "no table {}", rows.table);
            for c in rows.columns {
                if !schema.iter().any(|(name, _)| name == c) {
                    wrong.push(format!("{}.{c} is not a column", rows.table));
                }
            }
            for (name, required) in &schema {
                if *required && !rows.columns.contains(&name.as_str()) {
                    wrong.push(format!("{}.{name} is required but not written", rows.table));
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}
