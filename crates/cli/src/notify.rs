//! `teilhabe notify`: composes the mails controlling owes on a day — reminders of
//! reporting rounds, the coordinators' digests, notices of late milestones — and enters
//! them into the outbox ([`teilhabe_web::controlling::notify`]). `serve` does the same every
//! hour; this command is for a server run without it (a cron job) and, with `--dry-run`,
//! to see what would go out.

use crate::Failure;
use teilhabe_domain::Date;
use teilhabe_store::Store;
use teilhabe_web::controlling::notify;

#[derive(clap::Args)]
pub struct NotifyArgs {
    /// Only show what would be entered; enter nothing.
    #[arg(long)]
    dry_run: bool,
    /// The day to compose for (YYYY-MM-DD; default today), e.g. to see next week's reminders.
    #[arg(long)]
    today: Option<String>,
    /// Print the mails as JSON (one array) instead of lines.
    #[arg(long)]
    json: bool,
    /// The root URL clients see; the links in the mails start with it.
    #[arg(
        long,
        env = "TEILHABE_PUBLIC_URL",
        default_value = "http://127.0.0.1:8080"
    )]
    public_url: String,
}

pub async fn run(store: &Store, args: NotifyArgs) -> Result<(), Failure> {
    let today = match &args.today {
        Some(day) => Date::parse(day)
            .map_err(|e| Failure::input(format!("--today: »{day}« ist kein Datum ({e}).")))?,
        None => Date::today(),
    };
    let planned = notify::run(store, &args.public_url, today, args.dry_run).await?;
    if args.json {
        let json = serde_json::to_string_pretty(&planned).map_err(|e| Failure {
            code: 1,
            message: e.to_string(),
        })?;
        println!("{json}");
        return Ok(());
    }
    for p in &planned {
        println!("{}\t{}\t{}\t{}", p.kind, p.recipient, p.language, p.subject);
    }
    let verb = if args.dry_run {
        "würden in den Postausgang gestellt"
    } else {
        "in den Postausgang gestellt"
    };
    println!(
        "{} E-Mail(s) für den {} {verb}.",
        planned.len(),
        today.german()
    );
    Ok(())
}

/// What `serve` runs: the same, every hour from the start (a mail already composed is not
/// composed again, whichever server composed it), until `stop` completes.
pub async fn every_hour(
    store: Store,
    public_url: String,
    stop: impl std::future::Future<Output = ()>,
) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
    tokio::pin!(stop);
    loop {
        tokio::select! {
            () = &mut stop => return,
            _ = tick.tick() => {}
        }
        match notify::run(&store, &public_url, Date::today(), false).await {
            Ok(done) if !done.is_empty() => {
                tracing::info!(
                    mails = done.len(),
                    "Erinnerungen in den Postausgang gestellt"
                );
            }
            Ok(_) => {}
            Err(e) => tracing::warn!("Erinnerungen: {e}"),
        }
    }
}
