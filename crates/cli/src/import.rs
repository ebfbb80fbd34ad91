//! `teilhabe import`: a body from an export file, official statistics, council records from
//! an OParl server. Each import is all or nothing: a failure says what and where, and leaves
//! the database as it was.

use crate::Failure;
use clap::Subcommand;
use std::path::PathBuf;
use teilhabe_store::{Store, StoreError};

#[derive(Subcommand)]
pub enum ImportCommand {
    /// Import a body from a file written by `teilhabe export`.
    Dump {
        file: PathBuf,
        /// Replace the body if it exists already.
        #[arg(long)]
        replace: bool,
    },
    /// Import official statistics (GENESIS / regionalstatistik.de flat-file or table CSV,
    /// REST JSON, bare or zipped; own data as long CSV/XLSX). Format detected per file; each
    /// file in one transaction.
    Genesis {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print the summary as one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Import council records from an OParl 1.0/1.1 server (URL of its System object) or
    /// from a directory of saved pages. A second run fetches only what changed.
    Oparl {
        /// e.g. https://ris.landkreis.de/oparl/v1/system, or a directory
        source: String,
        /// Import only this body (official key or OParl id); may be given several times.
        #[arg(long)]
        body: Vec<String>,
        /// The official key, for a body whose server names neither `ags` nor `rgs`.
        #[arg(long)]
        key: Option<String>,
        /// Fetch everything again, not only what changed since the last run.
        #[arg(long)]
        full: bool,
        /// No progress display.
        #[arg(long, short)]
        quiet: bool,
        /// All or nothing: a page that cannot be read stops the run and nothing is written.
        /// Without it, what can be read is imported and the report says what could not.
        #[arg(long)]
        strict: bool,
        /// Also write the whole report (every object left out, with its reason) to this file.
        #[arg(long, value_name = "DATEI")]
        report: Option<PathBuf>,
    },
}

pub async fn run(store: &Store, what: ImportCommand) -> Result<(), Failure> {
    match what {
        ImportCommand::Dump { file, replace } => {
            let text = std::fs::read_to_string(&file).map_err(|e| {
                Failure::input(format!(
                    "{}: kann nicht gelesen werden: {e}",
                    file.display()
                ))
            })?;
            let dump = teilhabe_store::dump::Dump::from_json(&text)
                .map_err(|e| Failure::input(format!("{}: {e}", file.display())))?;
            let key = store
                .import_body(&dump, replace)
                .await
                .map_err(|e| match e {
                    StoreError::Invalid(errors) => {
                        Failure::input(format!("{}: {errors}", file.display()))
                    }
                    other => other.into(),
                })?;
            println!("Körperschaft {key} aus {} importiert.", file.display());
        }
        ImportCommand::Genesis { files, json } => {
            let started = std::time::Instant::now();
            let mut summaries = Vec::new();
            for file in &files {
                let summary = store.import_statistics(file).await.map_err(|e| match e {
                    teilhabe_store::stats::StatsImportError::Read(r) => {
                        Failure::input(format!("{r}\nNichts aus dieser Datei wurde gespeichert."))
                    }
                    teilhabe_store::stats::StatsImportError::Store(s) => Failure::from(s),
                })?;
                if !json {
                    println!("{summary}");
                }
                summaries.push(summary);
            }
            let rows: u64 = summaries.iter().map(|s| s.rows).sum();
            let observations: u64 = summaries.iter().map(|s| s.observations).sum();
            if json {
                let mut flags = std::collections::BTreeMap::<String, u64>::new();
                for s in &summaries {
                    for (k, v) in &s.flags {
                        *flags.entry(k.clone()).or_insert(0) += v;
                    }
                }
                let out = serde_json::json!({
                    "files": summaries.iter().map(|s| s.to_json()).collect::<Vec<_>>(),
                    "rows": rows,
                    "observations": observations,
                    "flags": flags,
                    "seconds": started.elapsed().as_secs_f64(),
                });
                println!("{out}");
            } else {
                println!(
                    "{} Datei(en), {rows} Zeilen, {observations} Werte in {:.1} s importiert.",
                    summaries.len(),
                    started.elapsed().as_secs_f64()
                );
            }
        }
        ImportCommand::Oparl {
            source,
            body,
            key,
            full,
            quiet,
            strict,
            report,
        } => {
            let started = std::time::Instant::now();
            let options = teilhabe_oparl_import::Options {
                bodies: body,
                key,
                full,
                quiet,
                strict,
            };
            let reports = teilhabe_oparl_import::run(store, &source, &options)
                .await
                .map_err(|e| match e {
                    teilhabe_oparl_import::ImportError::Store(s) => Failure::from(s),
                    other => Failure::input(format!(
                        "{other}\nNichts wurde gespeichert; die Datenbank ist unverändert."
                    )),
                })?;
            let text: String = reports.iter().map(ToString::to_string).collect();
            print!("{text}");
            if let Some(path) = &report {
                std::fs::write(path, &text).map_err(|e| {
                    Failure::input(format!(
                        "{}: der Bericht kann nicht geschrieben werden ({e}); der Import selbst ist gespeichert.",
                        path.display()
                    ))
                })?;
                println!("Bericht: {}", path.display());
            }
            println!(
                "OParl-Import aus {source} in {:.1} s abgeschlossen.",
                started.elapsed().as_secs_f64()
            );
        }
    }
    Ok(())
}
