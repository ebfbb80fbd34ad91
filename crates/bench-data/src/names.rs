//! The names every generated county is made of: its fields of action, target groups,
//! departments and external actors (the same for each county; the county's place name is
//! added where a name needs it).

pub(crate) const FIELDS: &[(&str, &str)] = &[
    (
        "Sprache und Bildung",
        "Deutsch lernen von der Kita bis zum Beruf, Herkunftssprachen als Stärke.",
    ),
    (
        "Arbeit und Ausbildung",
        "Wege in Ausbildung und Beschäftigung, Anerkennung ausländischer Abschlüsse.",
    ),
    (
        "Wohnen und Sozialraum",
        "Bezahlbarer Wohnraum und Nachbarschaften, in denen man sich begegnet.",
    ),
    (
        "Gesundheit und Pflege",
        "Zugang zu Gesundheitsversorgung, Pflege und Beratung in mehreren Sprachen.",
    ),
    (
        "Kinder, Jugend und Familie",
        "Frühe Förderung, Ganztag und Unterstützung für Familien.",
    ),
    (
        "Teilhabe und Ehrenamt",
        "Vereine, Sport, Kultur und Engagement offen für alle.",
    ),
    (
        "Interkulturelle Öffnung der Verwaltung",
        "Eine Verwaltung, die ihre Kundschaft versteht und Vielfalt im Personal zeigt.",
    ),
    (
        "Antidiskriminierung und Zusammenhalt",
        "Beratung bei Diskriminierung und Dialog in der Stadtgesellschaft.",
    ),
];

pub(crate) const GROUPS: &[&str] = &[
    "Geflüchtete",
    "Neuzugewanderte aus der EU",
    "Frauen mit Migrationsgeschichte",
    "Jugendliche",
    "Kinder im Vorschulalter",
    "Ältere Menschen",
    "Fachkräfte",
    "Ehrenamtliche",
];

/// The departments that lead measures, in the order the measures name them.
pub(crate) const DEPARTMENTS: &[&str] = &[
    "Ordnungsamt",
    "Jugendamt",
    "Sozialamt",
    "Schulamt",
    "Gesundheitsamt",
    "Jobcenter",
    "Bildungsbüro",
    "Wirtschaftsförderung",
    "Ausländerbehörde",
    "Stabsstelle Integration",
];

/// The external actors that partner in measures, with their classification.
pub(crate) const ACTORS: &[(&str, &str)] = &[
    ("Caritasverband", "welfare"),
    ("Diakonisches Werk", "church"),
    ("Arbeiterwohlfahrt", "welfare"),
    ("Deutsches Rotes Kreuz", "welfare"),
    ("Volkshochschule", "education"),
    ("Migrantenselbstorganisation", "migrant_organisation"),
    ("Agentur für Arbeit", "jobcenter"),
    ("Industrie- und Handelskammer", "business"),
    ("Kreissportbund", "association"),
    ("Netzwerk Ehrenamt", "association"),
];
