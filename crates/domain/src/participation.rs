//! Participation: the process by which a concept is made (its phases), the events of every
//! format and who came, and the contributions raised there with what became of them; plus
//! the keyword suggestion of fields of action for a contribution.

use crate::codes::coded;
use crate::input::Parser;
use crate::{Coded, Date, FieldErrors, RawInput};

coded!(Phase {
    Inventory = "inventory": "Bestandsaufnahme",
    Participation = "participation": "Beteiligung",
    Draft = "draft": "Entwurf",
    Deliberation = "deliberation": "Beratung in den Gremien",
    Adoption = "adoption": "Beschluss",
    Implementation = "implementation": "Umsetzung",
    Evaluation = "evaluation": "Evaluation und Fortschreibung",
});

coded!(EventFormat {
    Survey = "survey": "Befragung",
    Interviews = "interviews": "Interviewreihe",
    Workshop = "workshop": "Workshop",
    Forum = "forum": "Forum",
    Conference = "conference": "Konferenz",
    SteeringGroup = "steering_group": "Sitzung der Steuerungsgruppe",
    WorkingGroup = "working_group": "Sitzung einer Arbeitsgruppe",
    PlanningArea = "planning_area": "Veranstaltung im Planungsraum",
    Online = "online": "Online-Beteiligung",
});

coded!(ContributionKind {
    Need = "need": "Bedarf",
    Idea = "idea": "Idee",
    Problem = "problem": "Problem",
    Resource = "resource": "Ressource",
});

coded!(ContributionStatus {
    Open = "open": "offen",
    Taken = "taken": "aufgenommen",
    NotTaken = "not_taken": "nicht aufgenommen",
});

#[derive(Debug, Clone, PartialEq)]
pub struct ProcessDraft {
    pub title: String,
    pub description: Option<String>,
}

impl ProcessDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let d = ProcessDraft {
            title: p.required_text("title", "einen Titel", 300),
            description: p.optional_lines("description", 5000),
        };
        p.finish(d)
    }
}

/// The dates of each phase, from a form with `<phase>.start`, `<phase>.end`, `<phase>.note`.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseDates {
    pub phase: Phase,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub note: Option<String>,
}

pub fn parse_phases(input: &RawInput) -> Result<Vec<PhaseDates>, FieldErrors> {
    let mut p = Parser::new(input);
    let mut out = Vec::new();
    for &phase in Phase::ALL {
        let code = phase.code();
        let start = p.optional_date(&format!("{code}.start"));
        let end = p.optional_date(&format!("{code}.end"));
        let note = p.optional_lines(&format!("{code}.note"), 500);
        if let (Some(s), Some(e)) = (start, end)
            && e < s
        {
            p.fail(&format!("{code}.end"), "Das Ende liegt vor dem Beginn.");
        }
        if start.is_some() || end.is_some() || note.is_some() {
            out.push(PhaseDates {
                phase,
                start,
                end,
                note,
            });
        }
    }
    p.finish(out)
}

/// The phase a process is in on `day`: the one whose period contains it, else the latest
/// that has begun.
/// How many contributions of a kind (a format, a target group) there were and what became
/// of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Uptake {
    pub total: usize,
    pub taken: usize,
    pub not_taken: usize,
}

impl Uptake {
    pub fn add(&mut self, status: &str) {
        self.total += 1;
        match ContributionStatus::from_code(status) {
            Some(ContributionStatus::Taken) => self.taken += 1,
            Some(ContributionStatus::NotTaken) => self.not_taken += 1,
            _ => {}
        }
    }

    /// The share taken up among those decided (None while none is decided): open ones
    /// say nothing yet about how a format's contributions fare.
    pub fn share(&self) -> Option<f64> {
        let decided = self.taken + self.not_taken;
        (decided > 0).then(|| self.taken as f64 / decided as f64)
    }
}

pub fn current_phase(phases: &[PhaseDates], day: Date) -> Option<Phase> {
    let started: Vec<&PhaseDates> = phases
        .iter()
        .filter(|p| p.start.is_some_and(|s| s <= day))
        .collect();
    started
        .iter()
        .find(|p| p.end.is_none_or(|e| day <= e))
        .or_else(|| started.iter().max_by_key(|p| p.start))
        .map(|p| p.phase)
}

#[derive(Debug, Clone, PartialEq)]
pub struct EventDraft {
    pub format: EventFormat,
    pub title: String,
    pub start_date: Date,
    pub end_date: Option<Date>,
    pub place: Option<String>,
    pub planning_area_id: Option<i64>,
    pub organizer_id: Option<i64>,
    pub languages: Option<String>,
    pub description: Option<String>,
    pub participants_total: Option<i64>,
    /// (target group, count) for the groups counted.
    pub participants: Vec<(i64, i64)>,
    pub public: bool,
}

impl EventDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let format = p.required_code::<EventFormat>("format");
        let title = p.required_text("title", "einen Titel", 300);
        let start_date = p.required_date("start_date", "das Datum");
        let end_date = p.optional_date("end_date");
        if let (Some(s), Some(e)) = (start_date, end_date)
            && e < s
        {
            p.fail("end_date", "Das Ende liegt vor dem Beginn.");
        }
        // One count per target group: `participants.<group id>`; empty means not counted.
        let mut participants = Vec::new();
        for (group, count) in input.with_prefix("participants.") {
            let count = count.trim();
            if count.is_empty() {
                continue;
            }
            match (
                group.parse::<i64>().ok().filter(|g| *g > 0),
                count.parse::<i64>().ok().filter(|c| *c >= 0),
            ) {
                (Some(g), Some(c)) => participants.push((g, c)),
                (None, _) => p.fail("participants", format!("„{group}“ ist keine Zielgruppe.")),
                (_, None) => p.fail(
                    "participants",
                    format!("„{count}“ ist keine Anzahl (ganze Zahl ab 0)."),
                ),
            }
        }
        let d = EventDraft {
            format: format.unwrap_or(EventFormat::Workshop),
            title,
            start_date: start_date.unwrap_or_else(Date::today),
            end_date,
            place: p.optional_text("place", 300),
            planning_area_id: p.optional_id("planning_area_id"),
            organizer_id: p.optional_id("organizer_id"),
            languages: p.optional_text("languages", 200),
            description: p.optional_lines("description", 10_000),
            participants_total: p.optional_int("participants_total", 0, 1_000_000),
            participants,
            public: p.flag("public", true),
        };
        p.finish(d)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ContributionDraft {
    pub kind: ContributionKind,
    pub text: String,
    pub field_ids: Vec<i64>,
    pub target_group_ids: Vec<i64>,
    pub status: ContributionStatus,
    pub reason: Option<String>,
    pub measure_ids: Vec<i64>,
    pub public: bool,
    /// The organization that brought it in (its actors may edit it).
    pub organization_id: Option<i64>,
}

impl ContributionDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let kind = p.required_code::<ContributionKind>("kind");
        let text = p.required_lines("text", "den Beitrag", 5000);
        let status = p
            .optional_code::<ContributionStatus>("status")
            .unwrap_or(ContributionStatus::Open);
        let reason = p.optional_lines("reason", 2000);
        let measure_ids = p.ids("measure_ids");
        match status {
            ContributionStatus::Taken if measure_ids.is_empty() => {
                p.fail("measure_ids", "„Aufgenommen“ heißt: in mindestens eine Maßnahme. Bitte die Maßnahme(n) wählen.")
            }
            ContributionStatus::NotTaken if reason.is_none() => {
                p.fail("reason", "Bitte begründen, warum der Beitrag nicht aufgenommen wurde – die Öffentlichkeit sieht es.")
            }
            _ => {}
        }
        let d = ContributionDraft {
            kind: kind.unwrap_or(ContributionKind::Need),
            text,
            field_ids: p.ids("field_ids"),
            target_group_ids: p.ids("target_group_ids"),
            status,
            reason,
            measure_ids,
            public: p.flag("public", true),
            organization_id: p.optional_id("organization_id"),
        };
        p.finish(d)
    }
}

/// Words of a text, lower-cased, for keyword matching.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Why a field of action is suggested: the stems found, each with the word it was found in.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub field_id: i64,
    pub hits: Vec<(String, String)>,
}

/// Suggests fields of action for a contribution from each field's keyword stems. A stem
/// matches a word that begins with it, or — for stems of five letters or more — contains it,
/// so compounds count ("Abendsprachkurs" has "sprach"). Best first.
pub fn suggest_fields(text: &str, keywords: &[(i64, String)]) -> Vec<Suggestion> {
    let words = words(text);
    let original: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut out: Vec<Suggestion> = Vec::new();
    for (field, stem) in keywords {
        let stem = stem.trim().to_lowercase();
        if stem.is_empty() {
            continue;
        }
        let found = words
            .iter()
            .position(|w| w.starts_with(&stem) || (stem.chars().count() >= 5 && w.contains(&stem)));
        if let Some(i) = found {
            let hit = (stem, original[i].to_string());
            match out.iter_mut().find(|s| s.field_id == *field) {
                Some(s) => s.hits.push(hit),
                None => out.push(Suggestion {
                    field_id: *field,
                    hits: vec![hit],
                }),
            }
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.hits.len()));
    out
}

/// Keyword stems to start a field of action with, chosen by words in its title.
pub fn default_stems(field_title: &str) -> Vec<&'static str> {
    const TABLE: &[(&str, &[&str])] = &[
        (
            "sprach",
            &[
                "sprach",
                "deutsch",
                "kurs",
                "schul",
                "bildung",
                "kita",
                "lern",
                "alphabet",
                "integrationskurs",
            ],
        ),
        (
            "bildung",
            &["bildung", "schul", "kita", "lern", "hausaufgab", "studi"],
        ),
        (
            "arbeit",
            &[
                "arbeit",
                "beruf",
                "ausbildung",
                "job",
                "anerkenn",
                "praktik",
                "bewerb",
                "betrieb",
                "unternehm",
            ],
        ),
        (
            "ausbildung",
            &["ausbildung", "beruf", "lehrstell", "praktik"],
        ),
        (
            "gesundheit",
            &[
                "gesund", "arzt", "ärzt", "pflege", "psych", "kranken", "therap", "trauma",
            ],
        ),
        (
            "wohn",
            &["wohn", "miete", "unterkunft", "nachbar", "quartier"],
        ),
        (
            "zusammen",
            &[
                "begegn", "verein", "ehrenamt", "nachbar", "fest", "sport", "zusammen", "kultur",
            ],
        ),
        (
            "gesellschaft",
            &["begegn", "verein", "ehrenamt", "teilhab", "engag"],
        ),
        (
            "verwaltung",
            &[
                "behörde",
                "amt",
                "ämter",
                "verwaltung",
                "dolmetsch",
                "beratung",
                "interkultur",
                "formular",
            ],
        ),
        (
            "öffnung",
            &["interkultur", "behörde", "amt", "verwaltung", "personal"],
        ),
        (
            "kinder",
            &["kind", "jugend", "kita", "schul", "familie", "eltern"],
        ),
        ("familie", &["familie", "eltern", "kind", "frau"]),
    ];
    let title = field_title.to_lowercase();
    let mut stems: Vec<&'static str> = Vec::new();
    for (key, list) in TABLE {
        if title.contains(key) {
            for s in *list {
                if !stems.contains(s) {
                    stems.push(s);
                }
            }
        }
    }
    stems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uptake_counts_the_decided_only() {
        let mut u = Uptake::default();
        assert_eq!(u.share(), None);
        for s in ["taken", "open", "not_taken", "taken"] {
            u.add(s);
        }
        assert_eq!((u.total, u.taken, u.not_taken), (4, 2, 1));
        assert_eq!(u.share(), Some(2.0 / 3.0));
    }

    #[test]
    fn suggestions_say_why_and_find_compounds() {
        let keywords = vec![
            (1, "sprach".to_string()),
            (1, "kurs".to_string()),
            (2, "arbeit".to_string()),
            (3, "wohn".to_string()),
        ];
        let s = suggest_fields(
            "Mehr Abendsprachkurse für Berufstätige, Kurse auch am Wochenende",
            &keywords,
        );
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].field_id, 1);
        assert_eq!(
            s[0].hits,
            vec![
                ("sprach".to_string(), "Abendsprachkurse".to_string()),
                ("kurs".to_string(), "Kurse".to_string())
            ]
        );
        // Short stems only match at the start of a word: "kurs" is not found in "Diskurs".
        assert!(suggest_fields("Ein Diskurs", &[(1, "kurs".into())]).is_empty());
    }

    #[test]
    fn the_current_phase_is_the_one_running_or_the_last_begun() {
        let d = |s: &str| Date::parse(s).unwrap();
        let phases = vec![
            PhaseDates {
                phase: Phase::Inventory,
                start: Some(d("2017-01-01")),
                end: Some(d("2017-06-30")),
                note: None,
            },
            PhaseDates {
                phase: Phase::Participation,
                start: Some(d("2017-07-01")),
                end: Some(d("2018-12-31")),
                note: None,
            },
            PhaseDates {
                phase: Phase::Adoption,
                start: Some(d("2019-03-01")),
                end: Some(d("2019-03-31")),
                note: None,
            },
        ];
        assert_eq!(
            current_phase(&phases, d("2018-02-01")),
            Some(Phase::Participation)
        );
        assert_eq!(
            current_phase(&phases, d("2019-01-15")),
            Some(Phase::Participation),
            "between phases: the last begun"
        );
        assert_eq!(current_phase(&phases, d("2016-01-01")), None);
    }

    #[test]
    fn taken_needs_a_measure_and_not_taken_a_reason() {
        let input = RawInput::from_pairs([
            ("kind", "idea"),
            ("text", "Sprachcafé"),
            ("status", "taken"),
        ]);
        assert!(
            ContributionDraft::parse(&input)
                .unwrap_err()
                .get("measure_ids")
                .is_some()
        );
        let input = RawInput::from_pairs([
            ("kind", "idea"),
            ("text", "Sprachcafé"),
            ("status", "not_taken"),
        ]);
        assert!(
            ContributionDraft::parse(&input)
                .unwrap_err()
                .get("reason")
                .is_some()
        );
    }
}
