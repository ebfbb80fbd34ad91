//! Translations of records' public texts: which texts can carry them, the plain-language
//! version (Leichte Sprache) as one more target, and the state of a translation against the
//! German text it was made from.

/// Leichte Sprache: German in plain language, rules of the Netzwerk Leichte Sprache. A
/// target like a language, but for the summaries only; pages mark it `lang="de"`.
pub const EASY: &str = "ls";

/// The records' texts that can be translated: (table, field, what it is, in German).
pub const FIELDS: &[(&str, &str, &str)] = &[
    ("concepts", "title", "Titel der Fassung"),
    ("concepts", "summary", "Zusammenfassung der Fassung"),
    ("principles", "title", "Leitsatz"),
    ("principles", "text", "Erläuterung des Leitsatzes"),
    ("fields_of_action", "title", "Handlungsfeld"),
    (
        "fields_of_action",
        "description",
        "Beschreibung des Handlungsfelds",
    ),
    ("goals", "title", "Ziel"),
    ("goals", "target_note", "Zielwert"),
    ("measures", "title", "Maßnahme"),
    ("measures", "description", "Beschreibung der Maßnahme"),
    ("papers", "name", "Titel der Vorlage"),
    ("papers", "proposal", "Beschlussvorschlag"),
    ("papers", "reasoning", "Sachverhalt"),
    ("meetings", "name", "Sitzung"),
    ("agenda_items", "name", "Tagesordnungspunkt"),
    ("participation_processes", "title", "Beteiligungsprozess"),
    (
        "participation_processes",
        "description",
        "Beschreibung des Prozesses",
    ),
    ("participation_events", "title", "Veranstaltung"),
    (
        "participation_events",
        "description",
        "Beschreibung der Veranstaltung",
    ),
    ("contributions", "text", "Beitrag"),
    ("contributions", "reason", "Begründung zum Beitrag"),
    ("indicators", "name", "Kennzahl"),
    ("indicators", "description", "Beschreibung der Kennzahl"),
];

/// Where a body's translatable texts are translated: the concept tree per concept version,
/// the rest per body in three parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Papers, meetings and their agenda items.
    Council,
    /// Participation processes, their events and contributions.
    Participation,
    /// The body's indicators.
    Monitoring,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Council, Part::Participation, Part::Monitoring];

    /// The part's address in the administration.
    pub fn code(self) -> &'static str {
        match self {
            Self::Council => "rat",
            Self::Participation => "beteiligung",
            Self::Monitoring => "monitoring",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Council => "Vorlagen und Sitzungen",
            Self::Participation => "Beteiligung",
            Self::Monitoring => "Kennzahlen",
        }
    }

    /// The tables whose texts belong to the part.
    pub fn entities(self) -> &'static [&'static str] {
        match self {
            Self::Council => &["papers", "meetings", "agenda_items"],
            Self::Participation => &[
                "participation_processes",
                "participation_events",
                "contributions",
            ],
            Self::Monitoring => &["indicators"],
        }
    }
}

/// The texts that have a version in Leichte Sprache: the concept's summary and each field
/// of action's description.
pub const EASY_FIELDS: &[(&str, &str)] =
    &[("concepts", "summary"), ("fields_of_action", "description")];

/// Whether `(entity, field)` can carry a translation into `lang`.
pub fn translatable(entity: &str, field: &str, lang: &str) -> bool {
    if lang == EASY {
        EASY_FIELDS.contains(&(entity, field))
    } else {
        FIELDS.iter().any(|(e, f, _)| *e == entity && *f == field)
    }
}

/// A translation's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Missing,
    /// Made from the German text as it is now.
    Current,
    /// The German text changed after the translation was made.
    Outdated,
}

impl State {
    /// `source` is the German text the translation was made from, if there is one.
    pub fn of(german_now: &str, source: Option<&str>) -> Self {
        match source {
            None => Self::Missing,
            Some(s) if s.trim() == german_now.trim() => Self::Current,
            Some(_) => Self::Outdated,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::Missing => "missing",
            Self::Current => "current",
            Self::Outdated => "outdated",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Missing => "fehlt",
            Self::Current => "aktuell",
            Self::Outdated => "veraltet",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_names_translatable_tables_and_reads_back_its_code() {
        for part in Part::ALL {
            assert_eq!(Part::from_code(part.code()), Some(part));
            for entity in part.entities() {
                assert!(FIELDS.iter().any(|(e, _, _)| e == entity), "{entity}");
            }
        }
        assert_eq!(Part::from_code("konzept"), None);
    }

    #[test]
    fn state_follows_the_german_text() {
        assert_eq!(State::of("Sprachkurse", None), State::Missing);
        assert_eq!(
            State::of("Sprachkurse", Some("Sprachkurse ")),
            State::Current
        );
        assert_eq!(
            State::of("Sprachkurse für Eltern", Some("Sprachkurse")),
            State::Outdated
        );
    }

    #[test]
    fn plain_language_only_for_summaries() {
        assert!(translatable("concepts", "summary", EASY));
        assert!(translatable("fields_of_action", "description", EASY));
        assert!(!translatable("measures", "title", EASY));
        assert!(translatable("measures", "title", "ar"));
        assert!(!translatable("measures", "budget", "ar"));
        assert!(translatable("papers", "name", "en"));
        assert!(!translatable("papers", "name", EASY));
        assert!(!translatable("papers", "reference", "en"));
        assert!(!translatable("contributions", "status", "ar"));
    }
}
