//! `teilhabe bench-data`: synthetic data for the benchmarks (bench/), written by the
//! `teilhabe-bench-data` crate: one body with many papers, contributions for the search, or
//! hundreds of counties at full size with their official statistics.

use crate::Failure;
use clap::Args;
use teilhabe_domain::Date;
use teilhabe_domain::controlling::rounds::RoundDraft;
use teilhabe_store::Store;
use teilhabe_web::controlling::notify;

#[derive(Args)]
pub struct BenchArgs {
    /// Official key of the generated body, e.g. 09999.
    #[arg(long, default_value = "09999")]
    pub key: String,
    #[arg(long, default_value = "Benchmarkkreis")]
    pub name: String,
    #[arg(long, default_value_t = 100_000)]
    pub papers: usize,
    /// Instead of a new body: add this many contributions to the participation events of
    /// the existing body KEY (e.g. the demo's 03157), and index them for the search.
    #[arg(long)]
    pub contributions: Option<usize>,
    /// Instead of one body of papers: this many counties at full size (the Kreise of the
    /// municipality directory not yet in the database, each with two concept versions,
    /// MEASURES measures, eight years of quarterly progress reports, papers, meetings,
    /// participation and a survey).
    #[arg(long, value_name = "N")]
    pub bodies: Option<usize>,
    #[arg(long, default_value_t = 300)]
    pub measures: usize,
    /// Also import generated official statistics: this many variables for every
    /// Gemeinde, Kreis and Land of the directory and Germany over YEARS years.
    #[arg(long, value_name = "VARIABLES")]
    pub statistics: Option<usize>,
    #[arg(long, default_value_t = 25)]
    pub years: usize,
    /// Instead of generating: start a reporting round for the adopted concept of every body
    /// that has none yet, through the same code as the coordinator's form (invitations
    /// into the outbox in the round's transaction), and report how long each took.
    #[arg(long)]
    pub rounds: bool,
    /// The rounds' deadline (YYYY-MM-DD; default a week ago, so every report is late); each
    /// round started four weeks before it.
    #[arg(long, value_name = "DATE")]
    pub round_deadline: Option<String>,
    /// The root URL the links in the mails start with.
    #[arg(
        long,
        env = "TEILHABE_PUBLIC_URL",
        default_value = "http://127.0.0.1:8080"
    )]
    pub public_url: String,
}

pub async fn run(store: &Store, args: BenchArgs) -> Result<(), Failure> {
    match args {
        BenchArgs {
            rounds: true,
            round_deadline,
            public_url,
            ..
        } => start_rounds(store, round_deadline.as_deref(), &public_url).await?,
        BenchArgs {
            bodies,
            measures,
            statistics,
            years,
            ..
        } if bodies.is_some() || statistics.is_some() => {
            if let Some(n) = bodies {
                let started = std::time::Instant::now();
                let options = teilhabe_bench_data::ScaleOptions {
                    bodies: n,
                    measures,
                    ..Default::default()
                };
                let summary = teilhabe_bench_data::generate_scale(store, &options, |i, key| {
                    if i % 10 == 0 || i == n {
                        eprintln!(
                            "{i} von {n} Körperschaften ({key}) nach {:.0} s",
                            started.elapsed().as_secs_f64()
                        );
                    }
                })
                .await?;
                let rows: u64 = summary.rows.iter().map(|r| r.1).sum();
                println!(
                    "{n} Körperschaften ({} bis {}) mit {rows} Datensätzen in {:.1} s erzeugt.",
                    summary.keys.first().map_or("", String::as_str),
                    summary.keys.last().map_or("", String::as_str),
                    started.elapsed().as_secs_f64()
                );
                for (table, n) in &summary.rows {
                    println!("  {table}: {n}");
                }
            }
            if let Some(variables) = statistics {
                let started = std::time::Instant::now();
                let n =
                    teilhabe_bench_data::generate_scale_statistics(store, variables, years).await?;
                println!(
                    "{n} Werte der amtlichen Statistik ({variables} Merkmale, {years} Jahre) in {:.1} s importiert.",
                    started.elapsed().as_secs_f64()
                );
            }
        }
        BenchArgs {
            key,
            contributions: Some(n),
            ..
        } => {
            let started = std::time::Instant::now();
            let n = teilhabe_bench_data::generate_bench_contributions(store, &key, n).await?;
            println!(
                "{n} Beiträge für {key} in {:.1} s erzeugt und für die Suche erfasst.",
                started.elapsed().as_secs_f64()
            );
        }
        BenchArgs {
            key, name, papers, ..
        } => {
            let started = std::time::Instant::now();
            let n = teilhabe_bench_data::generate_bench_body(store, &key, &name, papers).await?;
            println!(
                "{n} Vorlagen für {key} in {:.1} s erzeugt.",
                started.elapsed().as_secs_f64()
            );
        }
    }
    Ok(())
}

/// `--rounds`: one reporting round per body with an adopted concept and no round yet; per
/// round the time from the start to the commit of the round with its invitations.
async fn start_rounds(
    store: &Store,
    deadline: Option<&str>,
    public_url: &str,
) -> Result<(), Failure> {
    let deadline = match deadline {
        Some(day) => Date::parse(day).map_err(|e| {
            Failure::input(format!("--round-deadline: »{day}« ist kein Datum ({e})."))
        })?,
        None => Date::today().add_days(-7),
    };
    let draft = RoundDraft {
        title: format!("Sachstandsabfrage {}", deadline.year()),
        message: "Bitte berichten Sie bis zur Frist über den Stand Ihrer Maßnahmen.".into(),
        deadline,
        closes_on: deadline.add_days(28),
        remind_before_days: 7,
        remind_after_days: 7,
    };
    let started_on = deadline.add_days(-28);
    let mut concepts = Vec::new();
    for body in store.list_bodies().await? {
        if !store.rounds(body.id).await?.is_empty() {
            continue;
        }
        let adopted = store.concepts(body.id).await?;
        if let Some(c) = adopted.into_iter().find(|c| c.status == "adopted") {
            concepts.push(c.id);
        }
    }
    let all = std::time::Instant::now();
    let mut took = Vec::with_capacity(concepts.len());
    let mut mails = 0;
    for (i, concept_id) in concepts.iter().enumerate() {
        let one = std::time::Instant::now();
        let (_, entered) =
            notify::start_round(store, public_url, *concept_id, &draft, started_on).await?;
        took.push(one.elapsed().as_secs_f64() * 1000.0);
        mails += entered;
        if (i + 1) % 50 == 0 {
            eprintln!(
                "{} von {} Abfragen nach {:.0} s",
                i + 1,
                concepts.len(),
                all.elapsed().as_secs_f64()
            );
        }
    }
    let total = all.elapsed().as_secs_f64();
    took.sort_by(f64::total_cmp);
    let at = |q: f64| {
        took.get(((took.len() as f64 * q).ceil() as usize).saturating_sub(1))
            .copied()
            .unwrap_or(0.0)
    };
    println!(
        "{} Berichtsabfragen mit {mails} Einladungen in {total:.1} s gestartet ({:.0} E-Mails/s); je Abfrage p50 {:.1} ms, p99 {:.1} ms, höchstens {:.1} ms.",
        took.len(),
        mails as f64 / total.max(f64::EPSILON),
        at(0.5),
        at(0.99),
        at(1.0)
    );
    Ok(())
}
