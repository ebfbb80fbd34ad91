//! `teilhabe privacy …`: data-protection requests from the command line — information
//! (Art. 15 GDPR) and erasure (Art. 17) for a person or an account, and the storage limits.

use crate::Failure;
use clap::{Args, Subcommand};
use std::path::PathBuf;
use teilhabe_store::Store;

#[derive(Subcommand)]
pub enum PrivacyCommand {
    /// Write everything stored about a person or an account as JSON.
    Export {
        #[command(flatten)]
        who: Who,
        /// The file to write (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Erase a person's or an account's personal data: deleted where nothing refers to
    /// it, else anonymised; the audit trail's copies are redacted too.
    Erase {
        #[command(flatten)]
        who: Who,
    },
    /// Delete what has outlived its storage limit now (the server does this every hour).
    Retention,
}

#[derive(Args)]
#[group(required = true, multiple = false)]
pub struct Who {
    /// A person (council member, contact) by id.
    #[arg(long)]
    person: Option<i64>,
    /// An account by login.
    #[arg(long)]
    user: Option<String>,
    /// Someone who left an address with a comment in an online consultation.
    #[arg(long)]
    commenter: Option<String>,
}

pub async fn run(store: &Store, what: PrivacyCommand) -> Result<(), Failure> {
    match what {
        PrivacyCommand::Export { who, out } => {
            let data = match (who.person, who.user, who.commenter) {
                (Some(id), _, _) => store.person_export(id).await?,
                (_, Some(login), _) => store.user_export(&login).await?,
                (_, _, Some(email)) => serde_json::json!({
                    "commenter": email,
                    "subscriptions": store.comment_address_export(&email).await?,
                }),
                _ => unreachable!("clap requires one of --person, --user, --commenter"),
            };
            let text =
                serde_json::to_string_pretty(&data).map_err(|e| Failure::input(e.to_string()))?;
            match out {
                Some(path) => {
                    std::fs::write(&path, text + "\n")
                        .map_err(|e| Failure::input(format!("{}: {e}", path.display())))?;
                    println!("Auskunft nach {} geschrieben.", path.display());
                }
                None => println!("{text}"),
            }
        }
        PrivacyCommand::Erase {
            who: Who {
                commenter: Some(email),
                ..
            },
        } => {
            let n = store.erase_comment_address(&email).await?;
            println!(
                "Adresse {email}: bei {n} Kommentar(en) gelöscht; die Kommentare bleiben ohne Adresse."
            );
        }
        PrivacyCommand::Erase { who } => {
            let done = match (who.person, &who.user) {
                (Some(id), _) => store.erase_person(id).await?,
                (_, Some(login)) => store.erase_user(login).await?,
                _ => unreachable!("clap requires one of --person, --user"),
            };
            println!(
                "{}: {}; {} Einträge im Änderungsprotokoll geschwärzt{}.",
                match (who.person, &who.user) {
                    (Some(id), _) => format!("Person {id}"),
                    (_, Some(login)) => format!("Konto {login}"),
                    _ => String::new(),
                },
                if done.outcome == "deleted" {
                    "gelöscht"
                } else {
                    "anonymisiert"
                },
                done.redacted_entries,
                if done.detached > 0 {
                    format!(
                        ", bei {} Maßnahme(n) als Ansprechperson ausgetragen",
                        done.detached
                    )
                } else {
                    String::new()
                }
            );
        }
        PrivacyCommand::Retention => {
            let today = time::OffsetDateTime::now_utc().date().to_string();
            let done = store.apply_retention(&today).await?;
            println!(
                "Aufbewahrungsfristen angewandt: {} Einzelantworten, {} Zugangscodes, {} abgelaufene Sitzungen, {} alte Fehlversuche, {} alte E-Mails, {} Berichtslinks, {} Adressen von Kommentierenden gelöscht.",
                done.responses,
                done.invitations,
                done.sessions,
                done.login_failures,
                done.mails,
                done.round_links,
                done.comment_addresses
            );
        }
    }
    Ok(())
}
