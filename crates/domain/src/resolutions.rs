//! Resolution tracking (Beschlussverfolgung): what became of each resolution of the council,
//! each review request (Prüfauftrag) and each matter deferred to a later date. A council
//! information system records that a resolution was taken; it does not record who carries
//! it out by when, whether that happened, or when a deferred matter comes back — which is
//! why councils ask for a tracking list. An entry belongs to the agenda item where it was
//! decided (and its paper) and is public exactly when they are.
//!
//! Pure rules: which agenda items carry something to track, what a form may say, and when
//! an entry needs attention — so the administration, the public list, the work queue and
//! the reminder mails agree on the same day.

use crate::codes::coded;
use crate::input::{FieldErrors, Parser, RawInput};
use crate::values::Date;

coded!(ResolutionKind {
    Resolution = "resolution": "Beschluss",
    ReviewRequest = "review_request": "Prüfauftrag",
    Deferral = "deferral": "zurückgestellte Angelegenheit",
});

coded!(ResolutionStatus {
    Open = "open": "offen",
    InProgress = "in_progress": "in Arbeit",
    Done = "done": "erledigt",
    Deferred = "deferred": "zurückgestellt",
});

// Words of recorded outcomes, lower case, as council information systems write them; matched,
// never shown.
const DEFERRAL_WORDS: &[&str] = &[
    "zurückgestellt",
    "vertagt",
    "zurückverwiesen",
    "wiedervorlage",
];
const NO_ACTION_WORDS: &[&str] = &[
    "abgelehnt",
    "entfällt",
    "entfallen",
    "abgesetzt",
    "zurückgezogen",
];
const REVIEW_WORDS: &[&str] = &["prüfauftrag", "beauftragt, zu prüfen"];
const COMMISSIONED: &str = "beauftragt";
const EXAMINE: &str = "prüf";
const NOTED_WORDS: &[&str] = &["kenntnis"];
/// The first two say a resolution outright, even beside "zur Kenntnis".
const DECISION_WORDS: &[&str] = &[
    "beschlossen",
    "beschließt",
    "angenommen",
    "zugestimmt",
    "einstimmig",
    "mehrheitlich",
    "ja-stimme",
    "empfohlen",
    "empfiehlt",
];

impl ResolutionKind {
    /// What an agenda item's recorded outcome calls for tracking, if anything. Council
    /// information systems write the outcome as free text: a vote ("einstimmig, 0
    /// Enthaltungen", "12 Ja-Stimmen …"), "ungeändert beschlossen", "vorläufig
    /// zurückgestellt", "zur Kenntnis genommen", "ohne", "entfällt". Taken note of,
    /// rejected, dropped or without outcome: nothing to carry out. A deferral or a review
    /// request is recognised by its words; any other vote or resolution text is a
    /// resolution.
    pub fn of_outcome(
        result: Option<&str>,
        resolution_text: Option<&str>,
        votes_recorded: bool,
    ) -> Option<Self> {
        let result = result.unwrap_or("").trim().to_lowercase();
        let text = resolution_text.unwrap_or("").trim().to_lowercase();
        let said = |words: &[&str]| words.iter().any(|w| result.contains(w));
        if said(DEFERRAL_WORDS) {
            return Some(Self::Deferral);
        }
        if said(NO_ACTION_WORDS) {
            return None;
        }
        if said(REVIEW_WORDS)
            || REVIEW_WORDS.iter().any(|w| text.contains(w))
            || (text.contains(COMMISSIONED) && text.contains(EXAMINE))
        {
            return Some(Self::ReviewRequest);
        }
        let noted = said(NOTED_WORDS) && !said(&DECISION_WORDS[..2]);
        let decided = said(DECISION_WORDS)
            || votes_recorded
            || (!text.is_empty() && !NOTED_WORDS.iter().any(|w| text.contains(w)));
        (decided && !noted).then_some(Self::Resolution)
    }

    /// The status a new entry of this kind starts in.
    pub fn initial_status(self) -> ResolutionStatus {
        match self {
            Self::Deferral => ResolutionStatus::Deferred,
            _ => ResolutionStatus::Open,
        }
    }
}

/// Why an entry needs the coordinator's attention on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Attention {
    /// Open or in progress and its deadline has passed.
    Overdue,
    /// Deferred and its date for resubmission (Wiedervorlage) has come.
    Resubmission,
    /// Deferred without a date for resubmission (taken over from the minutes).
    Undated,
}

impl Attention {
    pub fn code(self) -> &'static str {
        match self {
            Self::Overdue => "overdue",
            Self::Resubmission => "resubmission",
            Self::Undated => "undated",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Overdue => "Frist abgelaufen",
            Self::Resubmission => "Wiedervorlage fällig",
            Self::Undated => "zurückgestellt ohne Wiedervorlagedatum",
        }
    }
}

/// Whether an entry needs attention on `today`: an open entry the day after its deadline,
/// a deferred one from its resubmission date on (or at once, without one). Done entries
/// never.
pub fn attention(
    status: ResolutionStatus,
    due_on: Option<Date>,
    resubmission_on: Option<Date>,
    today: Date,
) -> Option<Attention> {
    match status {
        ResolutionStatus::Open | ResolutionStatus::InProgress => {
            due_on.filter(|d| *d < today).map(|_| Attention::Overdue)
        }
        ResolutionStatus::Deferred => match resubmission_on {
            None => Some(Attention::Undated),
            Some(d) => (d <= today).then_some(Attention::Resubmission),
        },
        ResolutionStatus::Done => None,
    }
}

/// What a form or the API says about a tracking entry. Where it was decided (the agenda
/// item, the paper) is fixed when the entry is made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolutionDraft {
    pub kind: ResolutionKind,
    /// What is to be done, in a line ("Integrationsbeirat einrichten").
    pub title: String,
    /// The unit that carries it out.
    pub lead_organization_id: Option<i64>,
    pub due_on: Option<Date>,
    /// Deferred until: the day the matter comes back (Wiedervorlage).
    pub resubmission_on: Option<Date>,
    pub status: ResolutionStatus,
    pub done_on: Option<Date>,
    pub notes: Option<String>,
    pub measure_ids: Vec<i64>,
}

impl ResolutionDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        Self::parse_on(input, Date::today())
    }

    /// [`Self::parse`] as on `today`: a deferred entry needs its resubmission date; a done
    /// one its day (today when left empty), never in the future; an unfinished one has
    /// none.
    pub fn parse_on(input: &RawInput, today: Date) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let kind = p
            .optional_code::<ResolutionKind>("kind")
            .unwrap_or(ResolutionKind::Resolution);
        let title = p.required_text("title", "was zu tun ist, in einer Zeile", 300);
        let lead_organization_id = p.optional_id("lead_organization_id");
        let due_on = p.optional_date("due_on");
        let resubmission_on = p.optional_date("resubmission_on");
        let status = p
            .optional_code::<ResolutionStatus>("status")
            .unwrap_or_else(|| kind.initial_status());
        let mut done_on = p.optional_date("done_on");
        let notes = p.optional_lines("notes", 4000);
        let measure_ids = p.ids("measure_ids");
        match status {
            ResolutionStatus::Deferred
                if resubmission_on.is_none() && !given(input, "resubmission_on") =>
            {
                p.fail(
                    "resubmission_on",
                    "Bitte angeben, bis wann die Angelegenheit zurückgestellt ist (Wiedervorlage).",
                );
            }
            ResolutionStatus::Done => {
                let day = *done_on.get_or_insert(today);
                if day > today {
                    p.fail(
                        "done_on",
                        "Ein Beschluss kann nicht in der Zukunft erledigt sein.",
                    );
                }
            }
            _ if done_on.is_some() => {
                p.fail(
                    "done_on",
                    "Ein Erledigungsdatum hat nur ein erledigter Eintrag – bitte den Stand auf „erledigt“ setzen oder das Datum leeren.",
                );
            }
            _ => {}
        }
        p.finish(Self {
            kind,
            title,
            lead_organization_id,
            due_on,
            resubmission_on,
            status,
            done_on,
            notes,
            measure_ids,
        })
    }

    /// The entry's attention on `today`.
    pub fn attention(&self, today: Date) -> Option<Attention> {
        attention(self.status, self.due_on, self.resubmission_on, today)
    }
}

/// Whether the field was given at all (a malformed date has its own message already).
fn given(input: &RawInput, field: &str) -> bool {
    input.get(field).is_some_and(|v| !v.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn input(pairs: &[(&str, &str)]) -> RawInput {
        RawInput::from_pairs(pairs.iter().copied())
    }

    #[test]
    fn outcomes_as_council_systems_write_them() {
        use ResolutionKind::*;
        let of = |r: &str| ResolutionKind::of_outcome(Some(r), None, false);
        // Recorded outcomes of real council information systems (shared/oparl/real).
        assert_eq!(of("einstimmig, 0 Enthaltungen"), Some(Resolution));
        assert_eq!(
            of("13 Ja-Stimmen, 0 Enthaltungen, 0 Nein-Stimmen"),
            Some(Resolution)
        );
        assert_eq!(of("ungeändert beschlossen"), Some(Resolution));
        assert_eq!(of("vorläufig zurückgestellt"), Some(Deferral));
        assert_eq!(of("Ohne."), None);
        assert_eq!(of("(kein Text vorhanden)"), None);
        assert_eq!(of("entfällt"), None);
        assert_eq!(
            of("Der Ausschuss nimmt die Ausführungen zur Kenntnis."),
            None
        );
        assert_eq!(
            of(
                "Die anwesenden Ausschussmitglieder nehmen den Sachverhalt einstimmig zur Kenntnis."
            ),
            None
        );
        assert_eq!(of("mehrheitlich abgelehnt"), None);
        assert_eq!(ResolutionKind::of_outcome(None, None, false), None);
        // Counts without words, or a resolution text, are a resolution too.
        assert_eq!(
            ResolutionKind::of_outcome(None, None, true),
            Some(Resolution)
        );
        assert_eq!(
            ResolutionKind::of_outcome(
                Some("einstimmig"),
                Some(
                    "Die Verwaltung wird beauftragt, zu prüfen, ob ein Beirat eingerichtet werden kann."
                ),
                true
            ),
            Some(ReviewRequest)
        );
        assert_eq!(
            ResolutionKind::of_outcome(None, Some("Der Kreistag beschließt das Konzept."), false),
            Some(Resolution)
        );
    }

    #[test]
    fn a_deferred_matter_needs_its_resubmission_date() {
        let today = d("2026-12-06");
        let e = ResolutionDraft::parse_on(
            &input(&[("kind", "deferral"), ("title", "Integrationsbeirat")]),
            today,
        )
        .unwrap_err();
        assert!(e.get("resubmission_on").is_some());
        let r = ResolutionDraft::parse_on(
            &input(&[
                ("kind", "deferral"),
                ("title", "Integrationsbeirat"),
                ("resubmission_on", "01.03.2027"),
            ]),
            today,
        )
        .unwrap();
        assert_eq!(r.status, ResolutionStatus::Deferred);
        assert_eq!(r.attention(today), None);
        assert_eq!(r.attention(d("2027-03-01")), Some(Attention::Resubmission));
    }

    #[test]
    fn done_has_a_day_and_only_done_has_one() {
        let today = d("2026-12-06");
        let r = ResolutionDraft::parse_on(
            &input(&[("title", "Konzept fortschreiben"), ("status", "done")]),
            today,
        )
        .unwrap();
        assert_eq!(r.done_on, Some(today));
        let e = ResolutionDraft::parse_on(
            &input(&[
                ("title", "X"),
                ("status", "done"),
                ("done_on", "2027-01-01"),
            ]),
            today,
        )
        .unwrap_err();
        assert!(e.get("done_on").is_some());
        let e = ResolutionDraft::parse_on(
            &input(&[
                ("title", "X"),
                ("status", "open"),
                ("done_on", "2026-01-01"),
            ]),
            today,
        )
        .unwrap_err();
        assert!(e.get("done_on").is_some());
        let e = ResolutionDraft::parse_on(&input(&[("status", "erledigt")]), today).unwrap_err();
        assert!(e.get("title").is_some() && e.get("status").is_some());
    }

    #[test]
    fn open_entries_are_overdue_the_day_after_their_deadline() {
        use ResolutionStatus::*;
        let due = Some(d("2026-06-30"));
        assert_eq!(attention(Open, due, None, d("2026-06-30")), None);
        assert_eq!(
            attention(InProgress, due, None, d("2026-07-01")),
            Some(Attention::Overdue)
        );
        assert_eq!(attention(Done, due, None, d("2027-01-01")), None);
        assert_eq!(attention(Open, None, None, d("2030-01-01")), None);
        assert_eq!(
            attention(Deferred, None, None, d("2026-01-01")),
            Some(Attention::Undated)
        );
    }
}
