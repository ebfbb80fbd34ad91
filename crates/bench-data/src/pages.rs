//! Bodies with many synthetic papers, and many contributions for a body's events, for the
//! page and OParl benchmarks (`teilhabe bench-data --papers`, `--contributions`): multi-row
//! inserts in one transaction, deterministic content; and the word lists and the random
//! numbers every generator here shares.

use sqlx::AssertSqlSafe;
use teilhabe_domain::{BodyKind, Coded, OfficialKey, PaperType};
use teilhabe_store::load::now;
use teilhabe_store::{Result, Store, StoreError};

/// Rows per INSERT statement: well below PostgreSQL's 65,535 parameters.
const BATCH: usize = 200;

/// Creates a body with `papers` synthetic public papers (and ten organisations that lead
/// them), in one transaction. Returns the number of papers written.
pub async fn generate_bench_body(
    store: &Store,
    key: &str,
    name: &str,
    papers: usize,
) -> Result<usize> {
    let key = OfficialKey::parse(key).map_err(|e| StoreError::invalid("key", e))?;
    let mut tx = store.begin_load().await?;
    let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM bodies WHERE key = $1")
        .bind(key.as_str())
        .fetch_optional(&mut *tx)
        .await?;
    if exists.is_some() {
        return Err(StoreError::invalid(
            "key",
            format!("Die Körperschaft {key} gibt es schon."),
        ));
    }
    let ts = now();
    let body_id: i64 = sqlx::query_scalar(
        "INSERT INTO bodies (key, name, kind, created_at, modified_at) VALUES ($1, $2, $3, $4, $4) RETURNING id",
    )
    .bind(key.as_str())
    .bind(name)
    .bind(BodyKind::Landkreis.code())
    .bind(&ts)
    .fetch_one(&mut *tx)
    .await?;
    let mut orgs = Vec::new();
    for i in 1..=10 {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO organizations (body_id, name, kind, created_at, modified_at) VALUES ($1, $2, 'department', $3, $3) RETURNING id",
        )
        .bind(body_id)
        .bind(format!("Fachbereich {i}"))
        .bind(&ts)
        .fetch_one(&mut *tx)
        .await?;
        orgs.push(id);
    }
    let mut written = 0;
    while written < papers {
        let n = BATCH.min(papers - written);
        let mut sql = String::from(
            "INSERT INTO papers (body_id, reference, name, paper_type, date, proposal, lead_organization_id, public, created_at, modified_at) VALUES ",
        );
        for r in 0..n {
            let b = r * 9;
            if r > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!(
                "(${}, ${}, ${}, ${}, ${}, ${}, ${}, 1, ${}, ${})",
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5,
                b + 6,
                b + 7,
                b + 8,
                b + 9
            ));
        }
        let mut q = sqlx::query(AssertSqlSafe(sql));
        for r in 0..n {
            let i = written + r;
            let year = 2000 + (i / 4000) % 26;
            let month = 1 + i % 12;
            let day = 1 + i % 28;
            q = q
                .bind(body_id)
                .bind(format!("{year}/{:05}", i + 1))
                .bind(format!("Vorlage Nr. {} zur Integrationsarbeit im Landkreis", i + 1))
                .bind(PaperType::ALL[i % PaperType::ALL.len()].code())
                .bind(format!("{year}-{month:02}-{day:02}"))
                .bind("Der Ausschuss nimmt den Bericht zur Kenntnis und beauftragt die Verwaltung, die vorgeschlagenen Maßnahmen umzusetzen und im nächsten Sachstandsbericht über den Fortgang zu berichten.")
                .bind(orgs[i % orgs.len()])
                .bind(&ts)
                .bind(&ts);
        }
        q.execute(&mut *tx).await?;
        written += n;
    }
    store.commit_load(tx).await?;
    // Indexed for the search now, not by the server while it is being measured.
    store.refresh_search_index().await?;
    // Fresh planner statistics: without them PostgreSQL sorts a whole body's list for the
    // first OParl page instead of walking the keyset index.
    store.analyze().await?;
    Ok(written)
}

/// Words of generated contributions: what residents ask for, where and for whom.
pub const WANTS: &[&str] = &[
    "Mehr",
    "Bessere",
    "Kostenlose",
    "Wohnortnahe",
    "Digitale",
    "Zusätzliche",
    "Verlässliche",
];
pub const THINGS: &[&str] = &[
    "Sprachkurse",
    "Sprachkursangebote",
    "Integrationskurse",
    "Kinderbetreuung",
    "Ausbildungsplätze",
    "Wohnungen",
    "Beratungsstellen",
    "Sprachmittler",
    "Elterncafés",
    "Sportangebote",
    "Busverbindungen",
    "Praktikumsplätze",
    "Kitaplätze",
    "Hausaufgabenhilfe",
    "Begegnungsorte",
    "Frauentreffs",
    "Termine beim Jobcenter",
    "Anerkennungsberatung",
    "Gesundheitslotsen",
    "Ehrenamtsprojekte",
];
pub const WHERE: &[&str] = &[
    "am Abend",
    "am Wochenende",
    "in den Dörfern",
    "für Mütter mit kleinen Kindern",
    "für Jugendliche",
    "in der Kreisstadt",
    "mit Kinderbetreuung",
    "in einfacher Sprache",
    "für Geflüchtete aus der Ukraine",
    "für Berufstätige",
    "nahe am Bahnhof",
    "ohne lange Wartezeiten",
];
pub const WHY: &[&str] = &[
    "Viele Familien wissen nicht, wo sie Hilfe bekommen.",
    "Ohne Auto sind die Wege zu weit.",
    "Die Wartelisten sind seit Monaten zu lang.",
    "Die Informationen gibt es bisher nur auf Deutsch.",
    "Nach der Arbeit bleibt dafür kaum Zeit.",
    "Die Nachbarschaft würde gern mithelfen.",
    "Die Schulen berichten von großem Bedarf.",
];
const SYLLABLES: &[&str] = &[
    "bek", "ham", "dor", "lin", "gen", "wal", "ster", "hau", "sen", "bur", "ol", "rode",
];

/// A small deterministic generator (xorshift), so every run writes the same texts.
pub struct Xorshift(u64);

impl Xorshift {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// A number in `0..n` (0 for an empty range).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

/// Adds `n` synthetic contributions to the participation events of an existing body
/// (the demo's, say), one in ten non-public, in one transaction; then indexes them for the
/// search. Returns the number written.
pub async fn generate_bench_contributions(store: &Store, key: &str, n: usize) -> Result<usize> {
    let body = store.body_by_key(key).await?;
    let mut tx = store.begin_load().await?;
    let events: Vec<i64> = sqlx::query_scalar(
        "SELECT e.id FROM participation_events e JOIN participation_processes p ON p.id = e.process_id \
         JOIN concepts c ON c.id = p.concept_id WHERE c.body_id = $1 ORDER BY e.id",
    )
    .bind(body.id)
    .fetch_all(&mut *tx)
    .await?;
    if events.is_empty() {
        return Err(StoreError::invalid(
            "key",
            format!("{key} hat keine Beteiligungsveranstaltung, an die Beiträge gehen könnten."),
        ));
    }
    let ts = now();
    let mut random = Xorshift(0x9E37_79B9_7F4A_7C15);
    let mut written = 0;
    while written < n {
        let rows = BATCH.min(n - written);
        let values: Vec<String> = (0..rows)
            .map(|r| {
                format!(
                    "(${}, 'need', ${}, 'open', ${}, $1, $1)",
                    r * 3 + 2,
                    r * 3 + 3,
                    r * 3 + 4
                )
            })
            .collect();
        let mut q = sqlx::query(AssertSqlSafe(format!(
            "INSERT INTO contributions (event_id, kind, text, status, public, created_at, modified_at) VALUES {}",
            values.join(", ")
        )))
        .bind(&ts);
        for r in 0..rows {
            let i = written + r;
            let place = format!(
                "{}{}{}",
                random.pick(SYLLABLES),
                random.pick(SYLLABLES),
                random.pick(SYLLABLES)
            );
            let mut place = place.chars();
            let place: String = place
                .next()
                .map(|c| c.to_uppercase().chain(place).collect())
                .unwrap_or_default();
            let text = format!(
                "{} {} {} im Ortsteil {place}. {}",
                random.pick(WANTS),
                random.pick(THINGS),
                random.pick(WHERE),
                random.pick(WHY)
            );
            q = q
                .bind(events[i % events.len()])
                .bind(text)
                .bind(i64::from(i % 10 != 0));
        }
        q.execute(&mut *tx).await?;
        written += rows;
    }
    store.commit_load(tx).await?;
    store.refresh_search_index().await?;
    store.analyze().await?;
    Ok(written)
}
