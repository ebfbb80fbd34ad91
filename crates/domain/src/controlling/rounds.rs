//! Reporting rounds (Sachstandsabfrage): the coordinator asks every lead organisation of a
//! concept version for its reports by a deadline. The rules here decide what a round asks
//! of whom, where each organisation stands, and which reminder is due on a day — so the
//! round page, the mails and `teilhabe notify` agree.

use crate::input::{FieldErrors, Parser, RawInput};
use crate::values::Date;

/// How long after the deadline the links keep working when the coordinator sets nothing:
/// late reports are still reports.
pub const DEFAULT_CLOSE_AFTER_DAYS: i64 = 60;
/// Reminder defaults: a week before the deadline, then weekly.
pub const DEFAULT_REMIND_DAYS: i64 = 7;

/// A round as the coordinator starts or changes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundDraft {
    pub title: String,
    pub message: String,
    pub deadline: Date,
    pub closes_on: Date,
    pub remind_before_days: i64,
    pub remind_after_days: i64,
}

impl RoundDraft {
    /// Parses the form on today's date.
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        Self::parse_on(input, Date::today())
    }

    /// Parses a change of a round under way, whose deadline may have passed.
    pub fn parse_change(input: &RawInput) -> Result<Self, FieldErrors> {
        Self::parse_with(input, None)
    }

    /// Parses the form. `today` is the day the round starts: its deadline may not lie
    /// before it (a round whose deadline passed asks nobody anything).
    pub fn parse_on(input: &RawInput, today: Date) -> Result<Self, FieldErrors> {
        Self::parse_with(input, Some(today))
    }

    fn parse_with(input: &RawInput, starts: Option<Date>) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let title = p.required_text("title", "eine Bezeichnung der Abfrage", 200);
        let message = p.optional_text("message", 4000).unwrap_or_default();
        let deadline = p.required_date("deadline", "die Frist, bis zu der berichtet werden soll");
        let closes_on = p.optional_date("closes_on");
        let remind_before_days = p
            .optional_int("remind_before_days", 0, 60)
            .unwrap_or(DEFAULT_REMIND_DAYS);
        let remind_after_days = p
            .optional_int("remind_after_days", 0, 60)
            .unwrap_or(DEFAULT_REMIND_DAYS);
        let Some(deadline) = deadline else {
            return Err(p.errors);
        };
        if starts.is_some_and(|today| deadline < today) {
            p.fail(
                "deadline",
                "Die Frist darf nicht in der Vergangenheit liegen.",
            );
        }
        let closes_on = closes_on.unwrap_or(deadline.add_days(DEFAULT_CLOSE_AFTER_DAYS));
        if closes_on < deadline {
            p.fail(
                "closes_on",
                "Die Links müssen mindestens bis zur Frist gelten.",
            );
        }
        p.finish(Self {
            title,
            message,
            deadline,
            closes_on,
            remind_before_days,
            remind_after_days,
        })
    }
}

/// Where an organisation (or one of its measures) stands in a round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Answer {
    /// Every measure asked for has a report in the round.
    Answered,
    /// Not (fully) answered, the deadline has not passed.
    Open,
    /// Not (fully) answered and the deadline has passed.
    Late,
}

impl Answer {
    pub fn code(self) -> &'static str {
        match self {
            Self::Answered => "answered",
            Self::Open => "open",
            Self::Late => "late",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Answered => "beantwortet",
            Self::Open => "offen",
            Self::Late => "verspätet",
        }
    }

    /// The state of something asked for by `deadline`, answered or not, on `today`.
    pub fn of(answered: bool, deadline: Date, today: Date) -> Self {
        if answered {
            Self::Answered
        } else if today > deadline {
            Self::Late
        } else {
            Self::Open
        }
    }
}

/// The reminder of a round due on a day, with the key that makes it go out once however
/// often and on however many servers the scheduler runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    /// Before the deadline: once, from `remind_before_days` before it up to the deadline.
    Before,
    /// After the deadline: the `n`-th, from `n × remind_after_days` days after it, while
    /// the links work.
    After(i64),
}

impl Reminder {
    /// The reminder due on `today` for a round, if any (a scheduler that did not run on
    /// the day itself still sends it later, once).
    pub fn due(
        deadline: Date,
        closes_on: Date,
        before_days: i64,
        after_days: i64,
        today: Date,
    ) -> Option<Self> {
        if today > closes_on {
            return None;
        }
        if today <= deadline {
            let from = deadline.add_days(-before_days);
            return (before_days > 0 && today >= from).then_some(Self::Before);
        }
        if after_days == 0 {
            return None;
        }
        let n = deadline.days_until(today) / after_days;
        (n >= 1).then_some(Self::After(n))
    }

    /// The part of the dedupe key that tells the reminders of a round apart.
    pub fn key(self) -> String {
        match self {
            Self::Before => "before".to_owned(),
            Self::After(n) => format!("after-{n}"),
        }
    }
}

/// Whether a round's links work on `today`.
pub fn links_work(closes_on: Date, closed: bool, today: Date) -> bool {
    !closed && today <= closes_on
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn reminders_fall_on_the_days_the_settings_say() {
        let (deadline, closes) = (d("2026-06-30"), d("2026-08-29"));
        let due = |today| Reminder::due(deadline, closes, 7, 7, d(today));
        assert_eq!(due("2026-06-22"), None);
        assert_eq!(due("2026-06-23"), Some(Reminder::Before));
        assert_eq!(due("2026-06-30"), Some(Reminder::Before));
        assert_eq!(due("2026-07-06"), None, "six days late: not yet");
        assert_eq!(due("2026-07-07"), Some(Reminder::After(1)));
        assert_eq!(due("2026-07-13"), Some(Reminder::After(1)));
        assert_eq!(due("2026-07-14"), Some(Reminder::After(2)));
        assert_eq!(due("2026-08-29"), Some(Reminder::After(8)));
        assert_eq!(due("2026-08-30"), None, "the links closed");
        assert_eq!(Reminder::due(deadline, closes, 0, 0, d("2026-06-30")), None);
        assert_eq!(Reminder::due(deadline, closes, 0, 0, d("2026-07-30")), None);
    }

    #[test]
    fn an_answer_is_late_only_after_its_deadline() {
        let deadline = d("2026-06-30");
        assert_eq!(Answer::of(false, deadline, d("2026-06-30")), Answer::Open);
        assert_eq!(Answer::of(false, deadline, d("2026-07-01")), Answer::Late);
        assert_eq!(
            Answer::of(true, deadline, d("2026-07-01")),
            Answer::Answered
        );
    }

    #[test]
    fn a_round_needs_a_deadline_ahead_and_links_until_then() {
        let today = d("2026-05-01");
        let input = RawInput::from_pairs([("title", "Sachstand 2026"), ("deadline", "2026-06-30")]);
        let r = RoundDraft::parse_on(&input, today).unwrap();
        assert_eq!(r.closes_on, d("2026-08-29"));
        assert_eq!((r.remind_before_days, r.remind_after_days), (7, 7));
        let past = RawInput::from_pairs([("title", "x"), ("deadline", "2026-04-30")]);
        let e = RoundDraft::parse_on(&past, today).unwrap_err();
        assert!(e.get("deadline").is_some());
        let early = RawInput::from_pairs([
            ("title", "x"),
            ("deadline", "2026-06-30"),
            ("closes_on", "2026-06-29"),
        ]);
        let e = RoundDraft::parse_on(&early, today).unwrap_err();
        assert!(e.get("closes_on").is_some());
        let none = RawInput::from_pairs([("deadline", "")]);
        let e = RoundDraft::parse_on(&none, today).unwrap_err();
        assert!(e.get("title").is_some() && e.get("deadline").is_some());
    }
}
