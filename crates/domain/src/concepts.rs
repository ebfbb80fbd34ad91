//! The concept side: versions, principles, fields of action, goals, measures, budgets,
//! progress reports and target groups.

use crate::bodies::period;
use crate::codes::{ConceptKind, ConceptStatus, MeasureStatus, Priority, Scope};
use crate::input::{FieldErrors, Parser, RawInput};
use crate::values::{Date, Hundredths, Money, Percent, Period};

#[derive(Debug, Clone, PartialEq)]
pub struct TargetGroupDraft {
    pub name: String,
    pub description: Option<String>,
}

impl TargetGroupDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let name = p.required_text("name", "den Namen der Zielgruppe", 120);
        let description = p.optional_lines("description", 2000);
        p.finish(Self { name, description })
    }
}

/// One version of a Leitbild or integration concept.
#[derive(Debug, Clone, PartialEq)]
pub struct ConceptDraft {
    pub title: String,
    pub kind: ConceptKind,
    pub version_label: String,
    pub status: ConceptStatus,
    pub adopted_on: Option<Date>,
    pub summary: Option<String>,
    pub paper_reference: Option<String>,
    pub supersedes_id: Option<i64>,
    /// While it is open for the public's comments ("in Beteiligung"): from when to when.
    pub consultation: Period,
}

impl ConceptDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let title = p.required_text("title", "einen Titel", 300);
        let kind = p.required_code::<ConceptKind>("kind");
        let version_label = p.required_text("version_label", "die Fassung (z. B. 2022)", 40);
        let status = p.required_code::<ConceptStatus>("status");
        let adopted_on = p.optional_date("adopted_on");
        if matches!(
            status,
            Some(ConceptStatus::Adopted | ConceptStatus::Superseded)
        ) && adopted_on.is_none()
            && input.get("adopted_on").is_none()
        {
            p.fail(
                "adopted_on",
                "Ein beschlossenes Konzept braucht das Datum des Beschlusses.",
            );
        }
        let summary = p.optional_lines("summary", 20_000);
        let paper_reference = p.optional_text("paper_reference", 60);
        let supersedes_id = p.optional_id("supersedes_id");
        let consultation = period(&mut p, "consultation_from", "consultation_until");
        if status == Some(ConceptStatus::Consultation) {
            for (field, day) in [
                ("consultation_from", consultation.start()),
                ("consultation_until", consultation.end()),
            ] {
                if day.is_none() && input.get(field).is_none() {
                    p.fail(
                        field,
                        "Eine Fassung in Beteiligung braucht den Zeitraum, in dem sie kommentiert werden kann.",
                    );
                }
            }
        }
        match (kind, status) {
            (Some(kind), Some(status)) => p.finish(Self {
                title,
                kind,
                version_label,
                status,
                adopted_on,
                summary,
                paper_reference,
                supersedes_id,
                consultation,
            }),
            _ => Err(p.errors),
        }
    }
}

/// A guiding principle (Leitsatz) or, for a field, its description: ordered text.
#[derive(Debug, Clone, PartialEq)]
pub struct PrincipleDraft {
    pub position: Option<i64>,
    pub title: String,
    pub text: Option<String>,
}

impl PrincipleDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let position = p.optional_int("position", 1, 10_000);
        let title = p.required_text("title", "einen Leitsatz", 500);
        let text = p.optional_lines("text", 20_000);
        p.finish(Self {
            position,
            title,
            text,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct FieldOfActionDraft {
    pub position: Option<i64>,
    pub title: String,
    pub description: Option<String>,
}

impl FieldOfActionDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let position = p.optional_int("position", 1, 10_000);
        let title = p.required_text("title", "einen Titel", 200);
        let description = p.optional_lines("description", 20_000);
        p.finish(Self {
            position,
            title,
            description,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct GoalDraft {
    pub position: Option<i64>,
    pub title: String,
    pub description: Option<String>,
    /// Indicator and target in words until the monitoring links goals to indicators.
    pub target_note: Option<String>,
}

impl GoalDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let position = p.optional_int("position", 1, 10_000);
        let title = p.required_text("title", "einen Titel", 300);
        let description = p.optional_lines("description", 20_000);
        let target_note = p.optional_lines("target_note", 1000);
        p.finish(Self {
            position,
            title,
            description,
            target_note,
        })
    }
}

/// One year's money for a measure, with where it comes from: a source named in words, or
/// the funding programme that pays it (see [`crate::funding`]), and the staff it pays for.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetLineDraft {
    pub year: i32,
    pub amount: Money,
    pub funding_source: Option<String>,
    pub programme_id: Option<i64>,
    pub own_share: Option<Money>,
    /// Staff in full-time equivalents (Vollzeitäquivalente) this line pays for.
    pub staff: Option<Hundredths>,
}

pub const BUDGET_COLUMNS: [&str; 6] = [
    "year",
    "amount",
    "funding_source",
    "programme_id",
    "own_share",
    "staff",
];

#[derive(Debug, Clone, PartialEq)]
pub struct MeasureDraft {
    pub position: Option<i64>,
    pub code: Option<String>,
    pub title: String,
    pub description: Option<String>,
    pub lead_organization_id: i64,
    pub partner_ids: Vec<i64>,
    pub contact_person_id: Option<i64>,
    pub target_group_ids: Vec<i64>,
    pub scope: Scope,
    pub scope_detail: Option<String>,
    pub period: Period,
    pub priority: Priority,
    pub status: MeasureStatus,
    pub progress: Percent,
    pub budget_lines: Vec<BudgetLineDraft>,
    pub public: bool,
    /// Its own reporting interval; None: its concept version's or body's.
    pub report_interval: Option<crate::controlling::ReportInterval>,
}

impl MeasureDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let position = p.optional_int("position", 1, 10_000);
        let code = p.optional_text("code", 20);
        let title = p.required_text("title", "einen Titel", 300);
        let description = p.optional_lines("description", 20_000);
        let lead = p.required_id("lead_organization_id", "die federführende Organisation");
        let mut partner_ids = p.ids("partner_ids");
        if let Some(lead) = lead {
            partner_ids.retain(|id| *id != lead);
        }
        let contact_person_id = p.optional_id("contact_person_id");
        let target_group_ids = p.ids("target_group_ids");
        let scope = if input.get("scope").is_some() {
            p.required_code("scope")
        } else {
            Some(Scope::County)
        };
        let scope_detail = p.optional_text("scope_detail", 300);
        let period = period(&mut p, "start_date", "end_date");
        let priority = if input.get("priority").is_some() {
            p.required_code("priority")
        } else {
            Some(Priority::Medium)
        };
        let status = if input.get("status").is_some() {
            p.required_code("status")
        } else {
            Some(MeasureStatus::Planned)
        };
        let progress = if input.get("progress").is_some() {
            p.required_percent("progress")
        } else {
            Percent::default()
        };
        let budget_lines = budget_lines(&mut p);
        let public = p.flag("public", true);
        let report_interval = p.optional_code("report_interval");
        match (lead, scope, priority, status) {
            (Some(lead_organization_id), Some(scope), Some(priority), Some(status)) => {
                p.finish(Self {
                    position,
                    code,
                    title,
                    description,
                    lead_organization_id,
                    partner_ids,
                    contact_person_id,
                    target_group_ids,
                    scope,
                    scope_detail,
                    period,
                    priority,
                    status,
                    progress,
                    budget_lines,
                    public,
                    report_interval,
                })
            }
            _ => Err(p.errors),
        }
    }
}

fn budget_lines(p: &mut Parser<'_>) -> Vec<BudgetLineDraft> {
    let mut lines: Vec<BudgetLineDraft> = Vec::new();
    for (i, row) in p
        .rows("budget_lines", &BUDGET_COLUMNS)
        .into_iter()
        .enumerate()
    {
        let n = i + 1;
        let year = match row[0].parse::<i32>() {
            Ok(y) if (1990..=2100).contains(&y) => Some(y),
            _ => {
                p.fail(
                    "budget_lines.year",
                    format!(
                        "Zeile {n}: „{}“ ist kein Haushaltsjahr (1990–2100).",
                        row[0]
                    ),
                );
                None
            }
        };
        let amount = match Money::parse(&row[1]) {
            Ok(m) if m.cents() >= 0 => Some(m),
            Ok(_) => {
                p.fail(
                    "budget_lines.amount",
                    format!("Zeile {n}: Der Betrag darf nicht negativ sein."),
                );
                None
            }
            Err(e) => {
                p.fail("budget_lines.amount", format!("Zeile {n}: {e}"));
                None
            }
        };
        let funding_source = Some(row[2].clone()).filter(|s| !s.is_empty());
        let programme_id = match row[3].as_str() {
            "" => None,
            raw => match raw.parse::<i64>() {
                Ok(id) if id > 0 => Some(id),
                _ => {
                    p.fail(
                        "budget_lines.programme_id",
                        format!("Zeile {n}: „{raw}“ ist kein Förderprogramm."),
                    );
                    None
                }
            },
        };
        let staff = match row[5].as_str() {
            "" => None,
            raw => {
                match Hundredths::parse(raw, "das Personal in Vollzeitäquivalenten") {
                    Ok(h) if h.hundredths() <= 100_000 => Some(h),
                    Ok(_) => {
                        p.fail(
                        "budget_lines.staff",
                        format!("Zeile {n}: Mehr als 1.000 Vollzeitstellen sind kein Maßnahmenpersonal."),
                    );
                        None
                    }
                    Err(e) => {
                        p.fail("budget_lines.staff", format!("Zeile {n}: {e}"));
                        None
                    }
                }
            }
        };
        let own_share = if row[4].is_empty() {
            None
        } else {
            match Money::parse(&row[4]) {
                Ok(m) => Some(m),
                Err(e) => {
                    p.fail("budget_lines.own_share", format!("Zeile {n}: {e}"));
                    None
                }
            }
        };
        if let (Some(a), Some(o)) = (amount, own_share)
            && (o.cents() < 0 || o > a)
        {
            p.fail(
                "budget_lines.own_share",
                format!("Zeile {n}: Der Eigenanteil muss zwischen 0 und dem Betrag liegen."),
            );
        }
        if let (Some(year), Some(amount)) = (year, amount) {
            if lines.iter().any(|l| {
                l.year == year
                    && l.funding_source == funding_source
                    && l.programme_id == programme_id
            }) {
                p.fail(
                    "budget_lines.year",
                    format!("Zeile {n}: Für {year} gibt es diese Finanzierungsquelle schon."),
                );
            }
            lines.push(BudgetLineDraft {
                year,
                amount,
                funding_source,
                programme_id,
                own_share,
                staff,
            });
        }
    }
    lines
}

/// A Sachstand: what an actor reports about a measure on a given day. Reports are kept,
/// never overwritten, so the history and "as of" views stay true.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressReportDraft {
    pub reported_on: Date,
    pub status: MeasureStatus,
    pub progress: Percent,
    pub narrative: String,
    pub spent: Option<Money>,
    pub reporter_organization_id: Option<i64>,
    /// Running totals of the measure's output indicators by the report's day.
    pub outputs: Vec<crate::impact::OutputValue>,
}

impl ProgressReportDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let reported_on = p.required_date("reported_on", "das Datum der Meldung");
        if let Some(d) = reported_on
            && d > Date::today()
        {
            p.fail(
                "reported_on",
                "Eine Meldung kann nicht in der Zukunft liegen.",
            );
        }
        let status = p.required_code::<MeasureStatus>("status");
        let progress = p.required_percent("progress");
        let narrative = p.required_lines("narrative", "den Sachstand in Worten", 20_000);
        let spent = p.optional_money("spent");
        if spent.is_some_and(|m| m.cents() < 0) {
            p.fail("spent", "Ausgaben können nicht negativ sein.");
        }
        let reporter_organization_id = p.optional_id("reporter_organization_id");
        let outputs = crate::impact::parse_values(input, &mut p);
        match (reported_on, status) {
            (Some(reported_on), Some(status)) => p.finish(Self {
                reported_on,
                status,
                progress,
                narrative,
                spent,
                reporter_organization_id,
                outputs,
            }),
            _ => Err(p.errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure_input(pairs: &[(&str, &str)]) -> RawInput {
        let mut all = vec![("title", "Sprachkurse"), ("lead_organization_id", "4")];
        all.extend_from_slice(pairs);
        RawInput::from_pairs(all.iter().map(|(a, b)| (*a, *b)))
    }

    #[test]
    fn measure_defaults_and_budget() {
        let m = MeasureDraft::parse(&measure_input(&[
            ("partner_ids", "4"),
            ("partner_ids", "5"),
            ("budget_lines.year", "2023"),
            ("budget_lines.amount", "12.000"),
            ("budget_lines.funding_source", "Land Niedersachsen"),
            ("budget_lines.own_share", "2.000,00"),
            ("budget_lines.programme_id", "4"),
            ("budget_lines.staff", "1,5"),
            ("budget_lines.year", ""),
            ("budget_lines.amount", ""),
            ("budget_lines.funding_source", ""),
            ("budget_lines.own_share", ""),
        ]))
        .unwrap();
        assert_eq!(m.partner_ids, vec![5], "the lead is not its own partner");
        assert_eq!(m.status, MeasureStatus::Planned);
        assert_eq!(m.budget_lines.len(), 1);
        assert_eq!(m.budget_lines[0].amount.cents(), 1_200_000);
        assert_eq!(m.budget_lines[0].programme_id, Some(4));
        assert_eq!(m.budget_lines[0].staff.map(|s| s.hundredths()), Some(150));
    }

    #[test]
    fn measure_rejects_what_the_acceptance_names() {
        let e = MeasureDraft::parse(&RawInput::from_pairs([
            ("title", ""),
            ("start_date", "2024-01-01"),
            ("end_date", "2023-01-01"),
            ("progress", "150"),
        ]))
        .unwrap_err();
        for f in ["title", "lead_organization_id", "end_date", "progress"] {
            assert!(e.get(f).is_some(), "no error for {f}: {e}");
        }
    }

    #[test]
    fn own_share_above_amount_is_refused() {
        let e = MeasureDraft::parse(&measure_input(&[
            ("budget_lines.year", "2023"),
            ("budget_lines.amount", "100"),
            ("budget_lines.own_share", "200"),
        ]))
        .unwrap_err();
        assert!(e.get("budget_lines.own_share").is_some());
    }

    #[test]
    fn adopted_concept_needs_a_date() {
        let e = ConceptDraft::parse(&RawInput::from_pairs([
            ("title", "Integrationskonzept"),
            ("kind", "concept"),
            ("version_label", "2022"),
            ("status", "adopted"),
        ]))
        .unwrap_err();
        assert!(e.get("adopted_on").is_some());
    }
}
