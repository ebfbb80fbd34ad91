//! `teilhabe bench-data`: synthetic data for the benchmarks (bench/), written by the
//! `teilhabe-bench-data` crate: one body with many papers, contributions for the search, or
//! hundreds of counties at full size with their official statistics.

use crate::Failure;
use clap::Args;
use teilhabe_store::Store;

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
}

pub async fn run(store: &Store, args: BenchArgs) -> Result<(), Failure> {
    match args {
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
