//! `teilhabe report`: the printed documents and the measure plan, written to a file.

use crate::Failure;
use clap::{Args, ValueEnum};
use std::path::PathBuf;
use teilhabe_report::{Audience, Kind, ReportError, Request};
use teilhabe_store::Store;

#[derive(Clone, Copy, ValueEnum)]
pub enum What {
    /// The printed concept with QR codes.
    Concept,
    /// The status report to a committee as of a day.
    Status,
    /// The draft resolution (Beschlussvorlage).
    Resolution,
    /// The monitoring report.
    Monitoring,
    /// The measure plan as XLSX or CSV (by the extension of --out).
    Plan,
}

#[derive(Args)]
pub struct ReportArgs {
    what: What,
    /// The body's official key, e.g. 03157.
    #[arg(long)]
    body: String,
    /// The day the document speaks of (YYYY-MM-DD); today if not given.
    #[arg(long, value_parser = parse_day)]
    as_of: Option<time::Date>,
    /// Status report: compare with this day instead of the previous report's.
    #[arg(long, value_parser = parse_day)]
    since: Option<time::Date>,
    /// Draft resolution: the paper's reference, e.g. 2021/7/014.
    #[arg(long)]
    paper: Option<String>,
    /// Include non-public records (for the administration and the committees only).
    #[arg(long)]
    internal: bool,
    /// The portal's root URL for the QR codes and links.
    #[arg(
        long,
        env = "TEILHABE_PUBLIC_URL",
        default_value = "http://127.0.0.1:8080"
    )]
    public_url: String,
    /// Write this creation time into the PDF (YYYY-MM-DDTHH:MM:SS, UTC) instead of now;
    /// SOURCE_DATE_EPOCH (seconds) does the same. With the same data and --as-of, the
    /// same bytes.
    #[arg(long, value_parser = parse_time)]
    created: Option<time::PrimitiveDateTime>,
    #[arg(long)]
    out: PathBuf,
}

fn parse_day(s: &str) -> Result<time::Date, String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(s, &format).map_err(|_| format!("„{s}“ ist kein Datum (JJJJ-MM-TT)"))
}

fn parse_time(s: &str) -> Result<time::PrimitiveDateTime, String> {
    let format = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
    time::PrimitiveDateTime::parse(s, &format)
        .map_err(|_| format!("„{s}“ ist keine Zeit (JJJJ-MM-TTTHH:MM:SS)"))
}

fn creation_time(
    given: Option<time::PrimitiveDateTime>,
) -> Result<time::PrimitiveDateTime, Failure> {
    if let Some(t) = given {
        return Ok(t);
    }
    let Ok(s) = std::env::var("SOURCE_DATE_EPOCH") else {
        return Ok(teilhabe_report::now());
    };
    let at = s
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(|secs| time::OffsetDateTime::from_unix_timestamp(secs).ok())
        .ok_or_else(|| {
            Failure::input(format!("SOURCE_DATE_EPOCH: „{s}“ ist keine Sekundenzahl"))
        })?;
    Ok(time::PrimitiveDateTime::new(at.date(), at.time()))
}

fn failure(e: ReportError) -> Failure {
    match e {
        ReportError::Store(s) => Failure::from(s),
        ReportError::Render(r) => Failure {
            code: 1,
            message: r.to_string(),
        },
        other => Failure::input(other.to_string()),
    }
}

fn write(out: &PathBuf, bytes: &[u8]) -> Result<(), Failure> {
    std::fs::write(out, bytes).map_err(|e| {
        Failure::input(format!(
            "{}: kann nicht geschrieben werden: {e}",
            out.display()
        ))
    })
}

pub async fn run(store: &Store, args: ReportArgs) -> Result<(), Failure> {
    let audience = if args.internal {
        Audience::Internal
    } else {
        Audience::Public
    };
    let kind = match args.what {
        What::Plan => {
            let plan = teilhabe_report::plan::plan(store, &args.body, audience)
                .await
                .map_err(failure)?;
            let extension = args
                .out
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or("")
                .to_ascii_lowercase();
            let bytes = match extension.as_str() {
                "csv" => plan.csv(),
                "xlsx" => plan.xlsx().map_err(|e| Failure {
                    code: 1,
                    message: e.to_string(),
                })?,
                _ => {
                    return Err(Failure::input(format!(
                        "{}: der Maßnahmenplan wird als .xlsx oder .csv geschrieben",
                        args.out.display()
                    )));
                }
            };
            write(&args.out, &bytes)?;
            println!(
                "Maßnahmenplan ({} Maßnahmen) nach {} geschrieben.",
                plan.rows.len(),
                args.out.display()
            );
            return Ok(());
        }
        What::Concept => Kind::Concept,
        What::Status => Kind::Status,
        What::Resolution => Kind::Resolution,
        What::Monitoring => Kind::Monitoring,
    };
    let request = Request {
        body_key: args.body,
        kind,
        as_of: args.as_of,
        since: args.since,
        paper: args.paper,
        concept_id: None,
        public_url: args.public_url,
        audience,
        created: Some(creation_time(args.created)?),
    };
    let started = std::time::Instant::now();
    let prepared = teilhabe_report::prepare(store, &request)
        .await
        .map_err(failure)?;
    let bytes = tokio::task::spawn_blocking(move || prepared.pdf().map(|b| (prepared, b)))
        .await
        .map_err(|e| Failure {
            code: 1,
            message: e.to_string(),
        })?
        .map_err(|e| failure(e.into()));
    let (prepared, bytes) = bytes?;
    write(&args.out, &bytes)?;
    println!(
        "{} „{}“ nach {} geschrieben ({} KB in {:.1} s).",
        kind.label(),
        prepared.title,
        args.out.display(),
        bytes.len() / 1024,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
