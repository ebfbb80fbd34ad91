//! Council business: meetings with agenda items and votes, papers with their finance block
//! and consultation sequence, locations, reporting cycles.

use crate::codes::{ConsultationRole, MeetingState, PaperType};
use crate::input::{FieldErrors, Parser, RawInput};
use crate::values::{Date, Money};
use std::fmt;

/// A moment in local German time, kept with its UTC offset (`2017-04-19T17:00:00+02:00`).
/// Without an explicit offset, the offset of Germany at that moment is used
/// (CEST from the last Sunday of March to the last Sunday of October, else CET).
/// The time may be unknown (older minutes often give only the day): then only the date
/// is kept (`2006-05-15`), and nothing is made up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LocalDateTime {
    date: Date,
    /// hour, minute and offset in hours
    time: Option<(u8, u8, i8)>,
}

impl LocalDateTime {
    /// Accepts `2017-04-19T17:00`, `2017-04-19 17:00`, `19.04.2017 17:00`, with optional
    /// seconds and an optional offset (`+02:00`, `Z`), or a date alone.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let s = raw.trim();
        let err = || {
            format!("„{s}“ ist kein gültiger Zeitpunkt (TT.MM.JJJJ HH:MM oder JJJJ-MM-TTTHH:MM).")
        };
        let Some((date_part, rest)) = s.split_once(['T', ' ']) else {
            return Date::parse(s)
                .map(|date| Self { date, time: None })
                .map_err(|_| err());
        };
        let date = Date::parse(date_part).map_err(|_| err())?;
        let rest = rest.trim();
        let (time_part, offset) = if let Some(t) = rest.strip_suffix('Z') {
            (t, Some(0i8))
        } else if let Some(i) = rest.rfind(['+', '-']) {
            let (t, o) = rest.split_at(i);
            let sign: i8 = if o.starts_with('-') { -1 } else { 1 };
            let hours: i8 = o[1..]
                .split(':')
                .next()
                .and_then(|h| h.parse().ok())
                .ok_or_else(err)?;
            (t, Some(sign * hours))
        } else {
            (rest, None)
        };
        let mut parts = time_part.split(':');
        let hour: u8 = parts.next().and_then(|h| h.parse().ok()).ok_or_else(err)?;
        let minute: u8 = parts.next().and_then(|m| m.parse().ok()).ok_or_else(err)?;
        if hour > 23 || minute > 59 {
            return Err(err());
        }
        let offset = offset.unwrap_or_else(|| german_offset(date, hour));
        Ok(Self {
            date,
            time: Some((hour, minute, offset)),
        })
    }

    pub fn date(&self) -> Date {
        self.date
    }

    pub fn has_time(&self) -> bool {
        self.time.is_some()
    }

    /// RFC 3339 with offset, as stored and as OParl writes it; the date alone if the time
    /// is unknown.
    pub fn rfc3339(&self) -> String {
        match self.time {
            Some((h, m, off)) => {
                let sign = if off < 0 { '-' } else { '+' };
                format!(
                    "{}T{h:02}:{m:02}:00{sign}{:02}:00",
                    self.date.iso(),
                    off.unsigned_abs()
                )
            }
            None => self.date.iso(),
        }
    }

    /// `HH:MM` for people, empty if unknown.
    pub fn time(&self) -> String {
        self.time
            .map(|(h, m, _)| format!("{h:02}:{m:02}"))
            .unwrap_or_default()
    }

    /// `19.04.2017 17:00` (or the date alone), as the forms show it.
    pub fn german(&self) -> String {
        match self.time {
            Some(_) => format!("{} {}", self.date.german(), self.time()),
            None => self.date.german(),
        }
    }
}

impl fmt::Display for LocalDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.rfc3339())
    }
}

/// +2 in summer time, +1 otherwise. The switch happens at 01:00 UTC on the last Sunday of
/// March and of October; a local time given on those days is judged by its hour.
fn german_offset(date: Date, hour: u8) -> i8 {
    let year = date.year();
    let last_sunday = |month: u8| {
        (25..=31)
            .rev()
            .filter_map(|d| Date::from_ymd(year, month, d))
            .find(|d| d.weekday_from_monday() == 6)
    };
    let (Some(start), Some(end)) = (last_sunday(3), last_sunday(10)) else {
        return 1;
    };
    let summer =
        (date > start || (date == start && hour >= 3)) && (date < end || (date == end && hour < 3));
    if summer { 2 } else { 1 }
}

/// The vote on an agenda item: counts where the minutes give them, and "einstimmig" where
/// the minutes say so — with counts, or without any, as council information systems record
/// it all the time ("der Ausschuss bestätigt einstimmig"). Unanimity is also read from the
/// counts (yes votes, no votes against them, no abstentions); a declared unanimity allows
/// abstentions ("einstimmig bei zwei Enthaltungen"), never a no vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Votes {
    pub yes: Option<u32>,
    pub no: Option<u32>,
    pub abstain: Option<u32>,
    pub conflicted: Option<u32>,
    /// The minutes say "einstimmig".
    pub declared_unanimous: bool,
}

/// One of the four counts of a vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteCount {
    Yes,
    No,
    Abstain,
    Conflicted,
}

impl VoteCount {
    /// The key in OParl's `teilhabe:votes` and in the portal's messages (`votes-yes`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Abstain => "abstain",
            Self::Conflicted => "conflicted",
        }
    }

    /// The German label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Yes => "Ja",
            Self::No => "Nein",
            Self::Abstain => "Enthaltungen",
            Self::Conflicted => "befangen",
        }
    }
}

impl Votes {
    /// Whether anything of the vote is known: counts, or that it was unanimous.
    pub fn is_recorded(&self) -> bool {
        self.has_counts() || self.declared_unanimous
    }

    /// Whether any count is recorded.
    pub fn has_counts(&self) -> bool {
        self.yes.is_some()
            || self.no.is_some()
            || self.abstain.is_some()
            || self.conflicted.is_some()
    }

    /// Declared unanimous, or adopted with yes votes and, as recorded, neither no votes nor
    /// abstentions (a count not recorded is not taken for zero).
    pub fn unanimous(&self) -> bool {
        self.declared_unanimous
            || (self.yes.unwrap_or(0) > 0 && self.no == Some(0) && self.abstain == Some(0))
    }

    /// The recorded counts, in the order yes, no, abstentions, conflicted; a count not
    /// recorded is left out, never taken for zero. Every place that shows or publishes
    /// counts goes through here.
    pub fn recorded(&self) -> Vec<(VoteCount, u32)> {
        [
            (VoteCount::Yes, self.yes),
            (VoteCount::No, self.no),
            (VoteCount::Abstain, self.abstain),
            (VoteCount::Conflicted, self.conflicted),
        ]
        .into_iter()
        .filter_map(|(c, n)| n.map(|n| (c, n)))
        .collect()
    }

    /// The recorded counts by German label.
    pub fn counts(&self) -> Vec<(&'static str, u32)> {
        self.recorded()
            .into_iter()
            .map(|(c, n)| (c.label(), n))
            .collect()
    }

    /// `einstimmig`, `einstimmig (Ja: 10, …)` or `Ja: 6, Nein: 1, Enthaltungen: 0`: what is
    /// recorded, nothing more.
    pub fn summary(&self) -> String {
        if !self.is_recorded() {
            return String::new();
        }
        if !self.has_counts() {
            return "einstimmig".to_owned();
        }
        let counts = self
            .counts()
            .iter()
            .map(|(label, n)| format!("{label}: {n}"))
            .collect::<Vec<_>>()
            .join(", ");
        if self.unanimous() {
            format!("einstimmig ({counts})")
        } else {
            counts
        }
    }
}

fn count(p: &mut Parser<'_>, field: &str) -> Option<u32> {
    p.optional_int(field, 0, 10_000).map(|n| n as u32)
}

#[derive(Debug, Clone, PartialEq)]
pub struct LocationDraft {
    pub description: Option<String>,
    pub room: Option<String>,
    pub street_address: Option<String>,
    pub postal_code: Option<String>,
    pub locality: Option<String>,
}

impl LocationDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let d = Self {
            description: p.optional_text("description", 300),
            room: p.optional_text("room", 200),
            street_address: p.optional_text("street_address", 200),
            postal_code: p.optional_text("postal_code", 10),
            locality: p.optional_text("locality", 100),
        };
        if let Some(pc) = &d.postal_code
            && !(pc.len() == 5 && pc.bytes().all(|b| b.is_ascii_digit()))
        {
            p.fail(
                "postal_code",
                format!("„{pc}“ ist keine fünfstellige Postleitzahl."),
            );
        }
        if d.description.is_none()
            && d.room.is_none()
            && d.street_address.is_none()
            && d.locality.is_none()
        {
            p.fail(
                "description",
                "Bitte mindestens Raum, Anschrift oder eine Beschreibung angeben.",
            );
        }
        p.finish(d)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MeetingDraft {
    pub name: String,
    pub state: MeetingState,
    pub cancelled: bool,
    pub start: LocalDateTime,
    pub end: Option<LocalDateTime>,
    pub location_id: Option<i64>,
    pub organization_ids: Vec<i64>,
    pub note: Option<String>,
}

impl MeetingDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let name = p.required_text("name", "eine Bezeichnung der Sitzung", 300);
        let state = p.required_code::<MeetingState>("state");
        let cancelled = p.flag("cancelled", false);
        let start = match input.get("start_at") {
            None => {
                p.fail("start_at", "Bitte Datum und Uhrzeit des Beginns angeben.");
                None
            }
            Some(raw) => LocalDateTime::parse(raw)
                .map_err(|e| p.fail("start_at", e))
                .ok(),
        };
        let end = input.get("end_at").and_then(|raw| {
            LocalDateTime::parse(raw)
                .map_err(|e| p.fail("end_at", e))
                .ok()
        });
        if let (Some(s), Some(e)) = (start, end)
            && e.rfc3339() < s.rfc3339()
        {
            p.fail("end_at", "Das Ende liegt vor dem Beginn.");
        }
        let location_id = p.optional_id("location_id");
        let organization_ids = p.ids("organization_ids");
        if organization_ids.is_empty() {
            p.fail("organization_ids", "Bitte das tagende Gremium auswählen.");
        }
        let note = p.optional_lines("note", 2000);
        match (state, start) {
            (Some(state), Some(start)) => p.finish(Self {
                name,
                state,
                cancelled,
                start,
                end,
                location_id,
                organization_ids,
                note,
            }),
            _ => Err(p.errors),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AgendaItemDraft {
    pub position: Option<i64>,
    pub number: Option<String>,
    pub name: String,
    pub public: bool,
    pub paper_id: Option<i64>,
    pub result: Option<String>,
    pub resolution_text: Option<String>,
    pub votes: Votes,
    pub minutes: Option<String>,
}

impl AgendaItemDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let position = p.optional_int("position", 1, 10_000);
        let number = p.optional_text("number", 20);
        let name = p.required_text("name", "den Gegenstand des Tagesordnungspunkts", 500);
        let public = p.flag("public", true);
        let paper_id = p.optional_id("paper_id");
        let result = p.optional_text("result", 200);
        let resolution_text = p.optional_lines("resolution_text", 20_000);
        let votes = Votes {
            yes: count(&mut p, "votes_yes"),
            no: count(&mut p, "votes_no"),
            abstain: count(&mut p, "votes_abstain"),
            conflicted: count(&mut p, "votes_conflicted"),
            declared_unanimous: p.flag("votes_unanimous", false),
        };
        if votes.declared_unanimous && votes.no.unwrap_or(0) > 0 {
            p.fail(
                "votes_unanimous",
                "Einstimmig heißt ohne Nein-Stimmen; bitte Zählung oder Angabe prüfen.",
            );
        }
        if votes.is_recorded() && result.is_none() {
            p.fail(
                "result",
                "Zu einer Abstimmung gehört ein Ergebnis, z. B. „ungeändert beschlossen“.",
            );
        }
        let minutes = p.optional_lines("minutes", 50_000);
        p.finish(Self {
            position,
            number,
            name,
            public,
            paper_id,
            result,
            resolution_text,
            votes,
            minutes,
        })
    }
}

/// The "Finanzielle Auswirkungen" block of a German draft resolution.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FinanceBlock {
    pub note: Option<String>,
    pub total: Option<Money>,
    pub revenue: Option<Money>,
    pub own_share: Option<Money>,
    pub grants: Option<Money>,
    pub budget_year: Option<i32>,
    pub overplanned: bool,
    pub unplanned: bool,
    pub budget_line: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PaperDraft {
    pub reference: String,
    pub name: String,
    pub paper_type: PaperType,
    pub date: Option<Date>,
    pub proposal: Option<String>,
    pub reasoning: Option<String>,
    pub submitter_person_id: Option<i64>,
    pub submitter_organization_id: Option<i64>,
    pub lead_organization_id: Option<i64>,
    pub editor: Option<String>,
    pub concept_id: Option<i64>,
    pub measure_ids: Vec<i64>,
    pub public: bool,
    pub finance: FinanceBlock,
}

impl PaperDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let reference =
            p.required_text("reference", "die Drucksachennummer (z. B. 2021/7/014)", 60);
        if reference.chars().any(|c| c.is_control()) {
            p.fail(
                "reference",
                "Die Drucksachennummer enthält unzulässige Zeichen.",
            );
        }
        let name = p.required_text("name", "den Betreff", 500);
        let paper_type = p.required_code::<PaperType>("paper_type");
        let date = p.optional_date("date");
        let finance = FinanceBlock {
            note: p.optional_lines("finance_note", 2000),
            total: non_negative(&mut p, "finance_total"),
            revenue: non_negative(&mut p, "finance_revenue"),
            own_share: non_negative(&mut p, "finance_own_share"),
            grants: non_negative(&mut p, "finance_grants"),
            budget_year: p
                .optional_int("finance_budget_year", 1990, 2100)
                .map(|y| y as i32),
            overplanned: p.flag("finance_overplanned", false),
            unplanned: p.flag("finance_unplanned", false),
            budget_line: p.optional_text("finance_budget_line", 100),
        };
        if finance.overplanned && finance.unplanned {
            p.fail(
                "finance_unplanned",
                "Eine Ausgabe ist entweder über- oder außerplanmäßig, nicht beides.",
            );
        }
        if let (Some(total), Some(own)) = (finance.total, finance.own_share)
            && own > total
        {
            p.fail(
                "finance_own_share",
                "Der Eigenanteil ist größer als die Gesamtkosten.",
            );
        }
        let d = Self {
            reference,
            name,
            paper_type: paper_type.unwrap_or(PaperType::Resolution),
            date,
            proposal: p.optional_lines("proposal", 50_000),
            reasoning: p.optional_lines("reasoning", 100_000),
            submitter_person_id: p.optional_id("submitter_person_id"),
            submitter_organization_id: p.optional_id("submitter_organization_id"),
            lead_organization_id: p.optional_id("lead_organization_id"),
            editor: p.optional_text("editor", 200),
            concept_id: p.optional_id("concept_id"),
            measure_ids: p.ids("measure_ids"),
            public: p.flag("public", true),
            finance,
        };
        p.finish(d)
    }
}

fn non_negative(p: &mut Parser<'_>, field: &str) -> Option<Money> {
    let m = p.optional_money(field)?;
    if m.cents() < 0 {
        p.fail(field, "Der Betrag darf nicht negativ sein.");
        return None;
    }
    Some(m)
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConsultationDraft {
    pub position: Option<i64>,
    pub organization_id: i64,
    pub meeting_id: Option<i64>,
    pub agenda_item_id: Option<i64>,
    pub role: ConsultationRole,
    pub authoritative: bool,
}

impl ConsultationDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let position = p.optional_int("position", 1, 100);
        let organization_id = p.required_id("organization_id", "das beratende Gremium");
        let meeting_id = p.optional_id("meeting_id");
        let agenda_item_id = p.optional_id("agenda_item_id");
        let role = p.required_code::<ConsultationRole>("role");
        let authoritative = p.flag("authoritative", false);
        match (organization_id, role) {
            (Some(organization_id), Some(role)) => p.finish(Self {
                position,
                organization_id,
                meeting_id,
                agenda_item_id,
                role,
                authoritative,
            }),
            _ => Err(p.errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_get_the_german_offset() {
        assert_eq!(
            LocalDateTime::parse("19.04.2017 17:00").unwrap().rfc3339(),
            "2017-04-19T17:00:00+02:00"
        );
        assert_eq!(
            LocalDateTime::parse("2022-03-22T17:00").unwrap().rfc3339(),
            "2022-03-22T17:00:00+01:00"
        );
        assert_eq!(
            LocalDateTime::parse("2022-03-27T12:00").unwrap().rfc3339(),
            "2022-03-27T12:00:00+02:00"
        );
        assert_eq!(
            LocalDateTime::parse("2021-10-31T12:00").unwrap().rfc3339(),
            "2021-10-31T12:00:00+01:00"
        );
        assert_eq!(
            LocalDateTime::parse("2021-03-31T17:00:00+02:00")
                .unwrap()
                .time(),
            "17:00"
        );
        assert_eq!(
            LocalDateTime::parse("2021-03-31T15:00:00Z")
                .unwrap()
                .rfc3339(),
            "2021-03-31T15:00:00+00:00"
        );
        let day = LocalDateTime::parse("15.05.2006").unwrap();
        assert_eq!(
            (day.rfc3339().as_str(), day.has_time()),
            ("2006-05-15", false)
        );
        assert!(LocalDateTime::parse("2021-03-31T25:00").is_err());
    }

    #[test]
    fn unanimity_may_be_recorded_without_counts() {
        let said = Votes {
            declared_unanimous: true,
            ..Votes::default()
        };
        assert!(said.is_recorded() && said.unanimous() && !said.has_counts());
        assert_eq!(said.summary(), "einstimmig");
        let with_abstentions = Votes {
            yes: Some(12),
            abstain: Some(2),
            declared_unanimous: true,
            ..Votes::default()
        };
        assert!(with_abstentions.unanimous(), "einstimmig bei Enthaltungen");
        let input = |pairs: &[(&str, &str)]| {
            let mut all = vec![("name", "Integrationskonzept"), ("result", "beschlossen")];
            all.extend_from_slice(pairs);
            AgendaItemDraft::parse(&RawInput::from_pairs(all.iter().copied()))
        };
        let d = input(&[("votes_unanimous", "1")]).unwrap();
        assert_eq!(d.votes, said);
        let e = input(&[("votes_unanimous", "1"), ("votes_no", "1")]).unwrap_err();
        assert!(
            e.get("votes_unanimous").is_some(),
            "unanimous with a no vote"
        );
        assert!(
            AgendaItemDraft::parse(&RawInput::from_pairs([
                ("name", "x"),
                ("votes_unanimous", "1")
            ]))
            .unwrap_err()
            .get("result")
            .is_some(),
            "a vote needs its result"
        );
    }

    #[test]
    fn unanimity_is_derived() {
        let v = Votes {
            yes: Some(10),
            no: Some(0),
            abstain: Some(0),
            conflicted: None,
            declared_unanimous: false,
        };
        assert!(v.unanimous());
        assert_eq!(v.summary(), "einstimmig (Ja: 10, Nein: 0, Enthaltungen: 0)");
        let v = Votes {
            yes: Some(6),
            no: Some(1),
            abstain: Some(0),
            conflicted: Some(0),
            declared_unanimous: false,
        };
        assert!(!v.unanimous());
        assert_eq!(v.summary(), "Ja: 6, Nein: 1, Enthaltungen: 0, befangen: 0");
        assert_eq!(Votes::default().summary(), "");
        // What the minutes do not say is not zero: no unanimity from yes votes alone.
        let partial = Votes {
            yes: Some(14),
            abstain: Some(1),
            ..Votes::default()
        };
        assert!(!partial.unanimous());
        assert_eq!(partial.summary(), "Ja: 14, Enthaltungen: 1");
        let yes_only = Votes {
            yes: Some(7),
            ..Votes::default()
        };
        assert!(!yes_only.unanimous());
        assert_eq!(yes_only.summary(), "Ja: 7");
    }

    #[test]
    fn votes_need_a_result_and_are_not_negative() {
        let e = AgendaItemDraft::parse(&RawInput::from_pairs([
            ("name", "Integrationskonzept"),
            ("votes_yes", "-1"),
            ("votes_no", "2"),
        ]))
        .unwrap_err();
        assert!(e.get("votes_yes").is_some());
        assert!(e.get("result").is_some());
    }

    #[test]
    fn meeting_end_before_start() {
        let e = MeetingDraft::parse(&RawInput::from_pairs([
            ("name", "Sitzung"),
            ("state", "held"),
            ("start_at", "2022-03-22T17:00"),
            ("end_at", "2022-03-22T16:00"),
            ("organization_ids", "3"),
        ]))
        .unwrap_err();
        assert!(e.get("end_at").is_some());
    }

    #[test]
    fn finance_block_is_checked() {
        let e = PaperDraft::parse(&RawInput::from_pairs([
            ("reference", "2021/7/014"),
            ("name", "Integrationskonzept"),
            ("paper_type", "resolution"),
            ("finance_total", "1.000"),
            ("finance_own_share", "2.000"),
            ("finance_overplanned", "1"),
            ("finance_unplanned", "1"),
        ]))
        .unwrap_err();
        assert!(e.get("finance_own_share").is_some());
        assert!(e.get("finance_unplanned").is_some());
    }
}

/// Which committee gets which report how often — the "keep us informed" of a resolution.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportingCycleDraft {
    pub title: String,
    pub organization_id: i64,
    pub concept_id: Option<i64>,
    pub interval_months: u32,
    pub next_due: Date,
    pub requested_by_paper_id: Option<i64>,
}

impl ReportingCycleDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let title = p.required_text("title", "den Gegenstand des Berichts", 300);
        let organization_id =
            p.required_id("organization_id", "das Gremium, das berichtet bekommt");
        let concept_id = p.optional_id("concept_id");
        let interval = match input.get("interval_months") {
            None => {
                p.fail(
                    "interval_months",
                    "Bitte angeben, alle wie viele Monate berichtet wird.",
                );
                None
            }
            Some(_) => p.optional_int("interval_months", 1, 60).map(|n| n as u32),
        };
        let next_due = p.required_date("next_due", "den nächsten Termin");
        let requested_by_paper_id = p.optional_id("requested_by_paper_id");
        match (organization_id, interval, next_due) {
            (Some(organization_id), Some(interval_months), Some(next_due)) => p.finish(Self {
                title,
                organization_id,
                concept_id,
                interval_months,
                next_due,
                requested_by_paper_id,
            }),
            _ => Err(p.errors),
        }
    }
}

/// The same day `months` later, clamped to the month's end (31.01. + 1 → 28./29.02.).
pub fn add_months(d: Date, months: u32) -> Date {
    let total = d.year() * 12 + i32::from(d.month()) - 1 + months as i32;
    let (year, month) = (total / 12, (total % 12 + 1) as u8);
    (1..=d.day())
        .rev()
        .find_map(|day| Date::from_ymd(year, month, day))
        .unwrap_or(d)
}

#[cfg(test)]
mod cycle_tests {
    use super::*;

    #[test]
    fn months_are_added_calendar_wise() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(add_months(d("2026-01-31"), 1), d("2026-02-28"));
        assert_eq!(add_months(d("2024-01-31"), 1), d("2024-02-29"));
        assert_eq!(add_months(d("2026-11-15"), 6), d("2027-05-15"));
        assert_eq!(add_months(d("2026-12-01"), 12), d("2027-12-01"));
    }

    #[test]
    fn a_cycle_needs_interval_and_date() {
        let e = ReportingCycleDraft::parse(&RawInput::from_pairs([
            ("title", "Sachstand"),
            ("organization_id", "3"),
            ("interval_months", "0"),
        ]))
        .unwrap_err();
        assert!(e.get("interval_months").is_some() && e.get("next_due").is_some());
    }
}

/// A council's electoral term (Wahlperiode).
#[derive(Debug, Clone, PartialEq)]
pub struct LegislativeTermDraft {
    pub name: String,
    pub period: crate::values::Period,
}

impl LegislativeTermDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let name = p.required_text(
            "name",
            "eine Bezeichnung (z. B. Wahlperiode 2021–2026)",
            200,
        );
        let period = crate::bodies::period(&mut p, "start_date", "end_date");
        p.finish(Self { name, period })
    }
}
