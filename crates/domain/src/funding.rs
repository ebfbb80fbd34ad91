//! Funding programmes (Förderprogramme): where the money of measures comes from. A county's
//! integration work runs on grants — a state guideline such as Saxony's "Förderrichtlinie
//! Integrative Maßnahmen", federal programmes, foundations — each with a grant decision
//! (Zuwendungsbescheid) for a period, a funding rate and the own share the county adds,
//! a budget code in the county's budget (Haushaltsstelle), and deadlines for the proof of
//! use (Zwischen- and Verwendungsnachweis). Budget lines of measures point to the programme
//! that pays them; so the totals per programme and per budget code are the plan's own sums.
//!
//! Pure rules: what a form may say, and when a programme needs attention — its funding ends
//! soon and no programme follows it, or a proof is due — so that the work queue, the status
//! report and the administration's list agree on the same day.

use crate::codes::{Coded, coded};
use crate::input::{FieldErrors, Parser, RawInput};
use crate::values::{Date, Hundredths, Period};

/// How many months before a programme's end the missing follow-up financing is flagged:
/// follow-up applications to the Länder take about that long.
pub const ENDING_MONTHS: i64 = 6;

/// How many days before a proof of use is due it is flagged.
pub const PROOF_DAYS: i64 = 28;

coded!(ProofKind {
    Interim = "interim": "Zwischennachweis",
    Final = "final": "Verwendungsnachweis",
});

/// What the programme form or the API says about a funding programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeDraft {
    /// Who grants the money (Zuwendungsgeber): "Freistaat Sachsen".
    pub funder: String,
    /// The programme or guideline: "Förderrichtlinie Integrative Maßnahmen".
    pub name: String,
    /// The grant decision's reference (Aktenzeichen des Zuwendungsbescheids).
    pub grant_reference: Option<String>,
    pub granted_on: Option<Date>,
    /// The period the grant covers (Bewilligungszeitraum).
    pub period: Period,
    /// The share of eligible costs the funder pays, in hundredths of a per cent.
    pub funding_rate: Option<Hundredths>,
    /// Where it stands in the county's budget (Haushaltsstelle, Produktsachkonto).
    pub budget_code: Option<String>,
    /// The programme this one continues (its follow-up financing).
    pub follows_id: Option<i64>,
    pub notes: Option<String>,
}

impl ProgrammeDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let funder = p.required_text("funder", "wer fördert (Zuwendungsgeber)", 200);
        let name = p.required_text("name", "das Programm oder die Förderrichtlinie", 300);
        let grant_reference = p.optional_text("grant_reference", 200);
        let granted_on = p.optional_date("granted_on");
        let from = p.optional_date("period_from");
        let until = p.optional_date("period_until");
        let period = Period::new(from, until).unwrap_or_else(|e| {
            p.fail("period_until", e);
            Period::default()
        });
        let funding_rate = input
            .get("funding_rate")
            .filter(|s| !s.trim().is_empty())
            .and_then(
                |raw| match Hundredths::parse(raw, "die Förderquote in Prozent") {
                    Ok(r) if r.hundredths() <= 10_000 => Some(r),
                    Ok(_) => {
                        p.fail(
                            "funding_rate",
                            "Die Förderquote liegt zwischen 0 und 100 Prozent.",
                        );
                        None
                    }
                    Err(e) => {
                        p.fail("funding_rate", e);
                        None
                    }
                },
            );
        let budget_code = p.optional_text("budget_code", 100);
        let follows_id = p.optional_id("follows_id");
        let notes = p.optional_lines("notes", 4000);
        p.finish(Self {
            funder,
            name,
            grant_reference,
            granted_on,
            period,
            funding_rate,
            budget_code,
            follows_id,
            notes,
        })
    }
}

/// A deadline for the proof of use, and when the proof went in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProofDraft {
    pub kind: ProofKind,
    pub due_on: Date,
    pub submitted_on: Option<Date>,
}

impl ProofDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let kind = p.required_code::<ProofKind>("kind");
        let due_on = p.required_date("due_on", "bis wann der Nachweis vorliegen muss");
        let submitted_on = p.optional_date("submitted_on");
        match (kind, due_on) {
            (Some(kind), Some(due_on)) => p.finish(Self {
                kind,
                due_on,
                submitted_on,
            }),
            _ => Err(p.finish(()).err().unwrap_or_default()),
        }
    }
}

/// Why a programme needs attention on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Warning {
    /// A proof of use is overdue.
    ProofOverdue { kind: ProofKind, due_on: Date },
    /// A proof of use is due within [`PROOF_DAYS`].
    ProofDue { kind: ProofKind, due_on: Date },
    /// The funding ends within [`ENDING_MONTHS`] and no programme follows it.
    Ending { until: Date },
}

impl Warning {
    pub fn code(self) -> &'static str {
        match self {
            Self::ProofOverdue { .. } => "proof-overdue",
            Self::ProofDue { .. } => "proof-due",
            Self::Ending { .. } => "ending",
        }
    }

    /// What is wrong, in German words without the day (see [`Self::day`]): for pages
    /// that translate their words.
    pub fn label(self) -> &'static str {
        match self {
            Self::ProofOverdue {
                kind: ProofKind::Interim,
                ..
            } => "Zwischennachweis überfällig",
            Self::ProofOverdue {
                kind: ProofKind::Final,
                ..
            } => "Verwendungsnachweis überfällig",
            Self::ProofDue {
                kind: ProofKind::Interim,
                ..
            } => "Zwischennachweis fällig",
            Self::ProofDue {
                kind: ProofKind::Final,
                ..
            } => "Verwendungsnachweis fällig",
            Self::Ending { .. } => "Förderung endet ohne Anschlussfinanzierung",
        }
    }

    /// The day the warning is about: the proof's deadline, the funding's end.
    pub fn day(self) -> Date {
        match self {
            Self::ProofOverdue { due_on, .. } | Self::ProofDue { due_on, .. } => due_on,
            Self::Ending { until } => until,
        }
    }

    /// In German, whole: for the printed status report.
    pub fn german(self) -> String {
        match self {
            Self::ProofOverdue { kind, due_on } => {
                format!("{} überfällig seit {}", kind.label(), due_on.german())
            }
            Self::ProofDue { kind, due_on } => {
                format!("{} fällig am {}", kind.label(), due_on.german())
            }
            Self::Ending { until } => format!(
                "Förderung endet am {} – keine Anschlussfinanzierung erfasst",
                until.german()
            ),
        }
    }
}

/// Whether a programme's funding ending on `until` needs attention on `today`: it ends
/// within [`ENDING_MONTHS`] (not before today) and no programme follows it.
pub fn ending(until: Option<Date>, followed: bool, today: Date) -> Option<Warning> {
    let until = until?;
    (!followed && today <= until && until <= today.add_months(ENDING_MONTHS))
        .then_some(Warning::Ending { until })
}

/// Whether a proof of use needs attention on `today`: not submitted, and due within
/// [`PROOF_DAYS`] or overdue.
pub fn proof(kind: ProofKind, due_on: Date, submitted: bool, today: Date) -> Option<Warning> {
    if submitted {
        None
    } else if due_on < today {
        Some(Warning::ProofOverdue { kind, due_on })
    } else if due_on <= today.add_days(PROOF_DAYS) {
        Some(Warning::ProofDue { kind, due_on })
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn funding_ending_without_follow_up_is_flagged_six_months_ahead() {
        let until = Some(d("2027-06-30"));
        assert_eq!(ending(until, false, d("2026-12-29")), None);
        assert_eq!(
            ending(until, false, d("2026-12-30")),
            Some(Warning::Ending {
                until: d("2027-06-30")
            })
        );
        assert!(ending(until, false, d("2027-06-30")).is_some());
        assert_eq!(ending(until, false, d("2027-07-01")), None, "over");
        assert_eq!(ending(until, true, d("2027-03-01")), None, "followed");
        assert_eq!(ending(None, false, d("2027-03-01")), None, "open end");
    }

    #[test]
    fn proofs_are_flagged_four_weeks_ahead_until_submitted() {
        let due = d("2027-03-31");
        let f = |today: &str, submitted| proof(ProofKind::Final, due, submitted, d(today));
        assert_eq!(f("2027-03-02", false), None);
        assert_eq!(
            f("2027-03-03", false),
            Some(Warning::ProofDue {
                kind: ProofKind::Final,
                due_on: due
            })
        );
        assert!(matches!(
            f("2027-03-31", false),
            Some(Warning::ProofDue { .. })
        ));
        assert!(matches!(
            f("2027-04-01", false),
            Some(Warning::ProofOverdue { .. })
        ));
        assert_eq!(f("2027-04-01", true), None);
        assert_eq!(
            f("2027-04-01", false).unwrap().german(),
            "Verwendungsnachweis überfällig seit 31.03.2027"
        );
    }

    #[test]
    fn a_programme_form_says_what_is_wrong() {
        let input = RawInput::from_pairs([
            ("funder", "Freistaat Sachsen"),
            ("name", "Förderrichtlinie Integrative Maßnahmen"),
            ("period_from", "01.01.2025"),
            ("period_until", "31.12.2026"),
            ("funding_rate", "87,5"),
            ("budget_code", "3.1.5.01 / 414100"),
        ]);
        let p = ProgrammeDraft::parse(&input).unwrap();
        assert_eq!(p.funding_rate.map(|r| r.hundredths()), Some(8750));
        assert_eq!(p.period.end(), Some(d("2026-12-31")));
        let bad = RawInput::from_pairs([
            ("funder", ""),
            ("name", "Programm"),
            ("period_from", "2026-01-01"),
            ("period_until", "2025-01-01"),
            ("funding_rate", "120"),
        ]);
        let e = ProgrammeDraft::parse(&bad).unwrap_err();
        assert!(e.get("funder").is_some());
        assert!(e.get("period_until").is_some());
        assert!(e.get("funding_rate").unwrap().contains("100 Prozent"));
        let e = ProofDraft::parse(&RawInput::from_pairs([("kind", "final")])).unwrap_err();
        assert!(e.get("due_on").is_some());
    }
}
