//! Impact-oriented steering (KGSt's "wirkungsorientierte Steuerung"): indicators have a
//! level — input (money, staff), output (what a measure produced: courses held, people
//! reached), outcome (what changed for the target groups), impact (what changed in the
//! county) — and the level decides what an indicator may be linked to: an output indicator
//! belongs to exactly one measure; outcome and impact indicators are targeted by goals;
//! input is what budget lines and staff already say.
//!
//! Pure rules: the levels and their links, and how a measure's reported outputs rate it.
//! A typed-in percentage says what the reporter feels; outputs against their targets say
//! what was produced, measured against how much of the measure's time has passed.

use crate::codes::coded;
use crate::input::{FieldErrors, Parser, RawInput};
use crate::values::{Date, Hundredths};

coded!(Level {
    Input = "input": "Input",
    Output = "output": "Output",
    Outcome = "outcome": "Outcome",
    Impact = "impact": "Impact",
});

/// What an indicator of a level may be linked to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    Measure,
    Goal,
}

impl Level {
    /// Whether an indicator of this level may be linked so; the error names why not.
    pub fn allows(self, link: Link) -> Result<(), &'static str> {
        match (self, link) {
            (Self::Output, Link::Measure) | (Self::Outcome | Self::Impact, Link::Goal) => Ok(()),
            (Self::Output, Link::Goal) => Err(
                "Eine Output-Kennzahl gehört zu einer Maßnahme; Ziele messen sich an Outcome- oder Impact-Kennzahlen.",
            ),
            (Self::Input, _) => Err(
                "Input (Mittel und Personal) steht in den Haushaltszeilen der Maßnahmen, nicht in Kennzahlen.",
            ),
            (Self::Outcome | Self::Impact, Link::Measure) => Err(
                "Outcome- und Impact-Kennzahlen gehören zu Zielen; eine Maßnahme misst sich an ihren Outputs.",
            ),
        }
    }
}

/// An output indicator of a measure as a form or the API says it: "Sprachkurse
/// durchgeführt", unit "Kurse", target 20 over the measure's period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputDraft {
    pub name: String,
    pub unit: Option<String>,
    /// What the measure is to produce by its end, a running total.
    pub target: Hundredths,
}

impl OutputDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let name = p.required_text(
            "name",
            "was gezählt wird (z. B. Sprachkurse durchgeführt)",
            200,
        );
        let unit = p.optional_text("unit", 60);
        let target = match input.get("target").map(str::trim).filter(|s| !s.is_empty()) {
            None => {
                p.fail("target", "Bitte den Zielwert angeben (z. B. 20).");
                Hundredths::default()
            }
            Some(raw) => match Hundredths::parse(raw, "den Zielwert") {
                Ok(t) if t.hundredths() > 0 => t,
                Ok(_) => {
                    p.fail("target", "Der Zielwert muss größer als 0 sein.");
                    Hundredths::default()
                }
                Err(e) => {
                    p.fail("target", e);
                    Hundredths::default()
                }
            },
        };
        p.finish(Self { name, unit, target })
    }
}

/// A value of an output indicator reported with a progress report: the running total by
/// the report's day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutputValue {
    pub output_id: i64,
    pub value: Hundredths,
}

/// The output values of a progress report: from the form as `outputs.ID = value` (one
/// field per output of the measure), from the API as rows `outputs.output_id` /
/// `outputs.value` (a list of objects). Empty values are skipped — the reporter did not
/// count that one this time. Errors name the field `outputs`.
pub fn parse_values(input: &RawInput, p: &mut Parser<'_>) -> Vec<OutputValue> {
    let mut pairs: Vec<(String, String)> = input
        .with_prefix("outputs.")
        .into_iter()
        .filter(|(k, _)| k != "output_id" && k != "value")
        .collect();
    pairs.extend(
        p.rows("outputs", &["output_id", "value"])
            .into_iter()
            .map(|row| (row[0].clone(), row[1].clone())),
    );
    let mut values: Vec<OutputValue> = Vec::new();
    for (id, raw) in pairs {
        let (id, raw) = (id.trim(), raw.trim());
        if raw.is_empty() {
            continue;
        }
        let Ok(output_id) = id.parse::<i64>() else {
            p.fail(
                "outputs",
                format!("„{id}“ ist keine Nummer einer Output-Kennzahl."),
            );
            continue;
        };
        match Hundredths::parse(raw, "den erreichten Wert") {
            Ok(_) if values.iter().any(|v| v.output_id == output_id) => p.fail(
                "outputs",
                format!("Die Output-Kennzahl Nr. {output_id} ist doppelt genannt."),
            ),
            Ok(value) => values.push(OutputValue { output_id, value }),
            Err(e) => p.fail("outputs", e),
        }
    }
    values
}

/// How far a measure's outputs are from what its elapsed time lets one expect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum OutputState {
    OnTrack,
    Behind,
    FarBehind,
}

/// Tolerances, in shares of the target: up to 10 points behind the time elapsed is on
/// track, up to 30 points behind, a yellow; more, a red.
pub const BEHIND: f64 = 0.10;
pub const FAR_BEHIND: f64 = 0.30;

/// One output indicator of a measure with its target and the latest value reported by the
/// day (a running total, as reporters count: "12 courses held so far").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Output {
    pub target: f64,
    pub reported: Option<f64>,
}

/// A measure's rating from its outputs on a day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rating {
    /// The mean share of the targets reached (each capped at 1), 0 to 1.
    pub attained: f64,
    /// The share of the measure's period elapsed on the day, 0 to 1.
    pub expected: f64,
    pub state: OutputState,
}

impl Rating {
    /// The attained share as a whole percentage, the progress the outputs show.
    pub fn percent(&self) -> u8 {
        (self.attained * 100.0).round().clamp(0.0, 100.0) as u8
    }

    /// The share of the period elapsed as a whole percentage.
    pub fn elapsed_percent(&self) -> u8 {
        (self.expected * 100.0).round().clamp(0.0, 100.0) as u8
    }

    /// "55 % der Output-Ziele erreicht bei 50 % vergangener Laufzeit – im Plan".
    pub fn german(&self) -> String {
        let verdict = match self.state {
            OutputState::OnTrack => "im Plan",
            OutputState::Behind => "im Rückstand",
            OutputState::FarBehind => "deutlich im Rückstand",
        };
        format!(
            "{} % der Output-Ziele erreicht bei {} % vergangener Laufzeit – {verdict}",
            self.percent(),
            self.elapsed_percent()
        )
    }
}

/// The share of the period from `start` to `end` elapsed on `day`; without an end the
/// target is due now (1).
pub fn elapsed(start: Option<Date>, end: Option<Date>, day: Date) -> f64 {
    match (start, end) {
        (_, None) => 1.0,
        (None, Some(end)) => {
            if day >= end {
                1.0
            } else {
                0.0
            }
        }
        (Some(start), Some(end)) => {
            let total = start.days_until(end).max(1) as f64;
            (start.days_until(day) as f64 / total).clamp(0.0, 1.0)
        }
    }
}

/// The rating of a measure whose period is `start`–`end` on `day`, from its outputs with a
/// positive target; None before it starts, or when no output has a value reported yet
/// (then only the reported status speaks). An output without a value counts as nothing
/// reached once another has one.
pub fn rating(
    outputs: &[Output],
    start: Option<Date>,
    end: Option<Date>,
    day: Date,
) -> Option<Rating> {
    if start.is_some_and(|s| day < s) {
        return None;
    }
    let targeted: Vec<&Output> = outputs.iter().filter(|o| o.target > 0.0).collect();
    if targeted.is_empty() || targeted.iter().all(|o| o.reported.is_none()) {
        return None;
    }
    let attained = targeted
        .iter()
        .map(|o| (o.reported.unwrap_or(0.0).max(0.0) / o.target).min(1.0))
        .sum::<f64>()
        / targeted.len() as f64;
    let expected = elapsed(start, end, day);
    let gap = expected - attained;
    let state = if gap <= BEHIND + 1e-9 {
        OutputState::OnTrack
    } else if gap <= FAR_BEHIND + 1e-9 {
        OutputState::Behind
    } else {
        OutputState::FarBehind
    };
    Some(Rating {
        attained,
        expected,
        state,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn levels_decide_their_links() {
        assert!(Level::Output.allows(Link::Measure).is_ok());
        assert!(Level::Outcome.allows(Link::Goal).is_ok());
        assert!(Level::Impact.allows(Link::Goal).is_ok());
        assert!(
            Level::Output
                .allows(Link::Goal)
                .unwrap_err()
                .contains("Maßnahme")
        );
        assert!(Level::Outcome.allows(Link::Measure).is_err());
        assert!(Level::Input.allows(Link::Goal).is_err());
    }

    #[test]
    fn outputs_rate_a_measure_against_its_elapsed_time() {
        // A measure over the year 2026; on 1 July half its time has passed.
        let (start, end) = (Some(d("2026-01-01")), Some(d("2026-12-31")));
        let day = d("2026-07-02");
        let courses = |n: Option<f64>| {
            [Output {
                target: 20.0,
                reported: n,
            }]
        };
        assert_eq!(
            rating(&courses(None), start, end, day),
            None,
            "nothing reported"
        );
        assert_eq!(
            rating(&courses(Some(5.0)), start, end, d("2025-12-31")),
            None,
            "not begun"
        );
        let on_track = rating(&courses(Some(9.0)), start, end, day).unwrap();
        assert_eq!(on_track.state, OutputState::OnTrack, "{on_track:?}");
        assert_eq!(on_track.percent(), 45);
        let behind = rating(&courses(Some(5.0)), start, end, day).unwrap();
        assert_eq!(behind.state, OutputState::Behind, "{behind:?}");
        let far = rating(&courses(Some(2.0)), start, end, day).unwrap();
        assert_eq!(far.state, OutputState::FarBehind, "{far:?}");
        // Beyond the target counts as the target, not more.
        let done = rating(&courses(Some(30.0)), start, end, day).unwrap();
        assert_eq!((done.percent(), done.state), (100, OutputState::OnTrack));
        // Two outputs: one unreported counts as nothing reached.
        let two = [
            Output {
                target: 20.0,
                reported: Some(20.0),
            },
            Output {
                target: 100.0,
                reported: None,
            },
        ];
        let r = rating(&two, start, end, d("2026-12-31")).unwrap();
        assert_eq!((r.percent(), r.state), (50, OutputState::FarBehind));
        // Without an end date the target is due now.
        let open = rating(&courses(Some(15.0)), start, None, day).unwrap();
        assert_eq!(open.state, OutputState::Behind);
    }

    #[test]
    fn outputs_and_their_reported_values_are_checked() {
        let d = OutputDraft::parse(&RawInput::from_pairs([
            ("name", "Sprachkurse durchgeführt"),
            ("unit", "Kurse"),
            ("target", "20"),
        ]))
        .unwrap();
        assert_eq!(d.target.hundredths(), 2000);
        let e =
            OutputDraft::parse(&RawInput::from_pairs([("name", ""), ("target", "0")])).unwrap_err();
        assert!(e.get("name").is_some() && e.get("target").is_some(), "{e}");

        let input = RawInput::from_pairs([
            ("outputs.output_id", "3"),
            ("outputs.value", "12"),
            ("outputs.output_id", "4"),
            ("outputs.value", ""),
            ("outputs.output_id", "5"),
            ("outputs.value", "zwölf"),
        ]);
        let mut p = Parser::new(&input);
        let values = parse_values(&input, &mut p);
        assert_eq!(
            values,
            vec![OutputValue {
                output_id: 3,
                value: Hundredths::from_hundredths(1200)
            }],
            "an empty value is no report"
        );
        assert!(p.errors.get("outputs").is_some(), "{}", p.errors);
        // The form's shape: one field per output.
        let form = RawInput::from_pairs([("outputs.7", "1,5"), ("outputs.8", "")]);
        let mut p = Parser::new(&form);
        assert_eq!(
            parse_values(&form, &mut p),
            vec![OutputValue {
                output_id: 7,
                value: Hundredths::from_hundredths(150)
            }]
        );
    }
}
