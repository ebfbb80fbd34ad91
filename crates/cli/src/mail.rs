//! `teilhabe mail …`: checks the mail settings and works the outbox by hand — for the
//! operator setting up SMTP, and for a server run without a mail worker (a cron job).

use crate::Failure;
use clap::Subcommand;
use teilhabe_mail::{MailError, SmtpArgs, Worker};
use teilhabe_store::Store;

#[derive(Subcommand)]
pub enum MailCommand {
    /// Send a test mail at once with these settings (not through the outbox) and say what
    /// the SMTP server answered.
    Test {
        /// The address the test mail goes to.
        #[arg(long)]
        to: String,
        #[command(flatten)]
        smtp: SmtpArgs,
        /// Named in the mail as the server it comes from.
        #[arg(long, env = "TEILHABE_PUBLIC_URL")]
        public_url: Option<String>,
    },
    /// Send what is due in the outbox now, then stop.
    Send {
        #[command(flatten)]
        smtp: SmtpArgs,
    },
    /// How the outbox stands: waiting, being sent, sent, failed (with the reasons).
    Status,
}

impl From<MailError> for Failure {
    fn from(e: MailError) -> Self {
        Failure::input(e.to_string())
    }
}

fn mailer(smtp: &SmtpArgs) -> Result<teilhabe_mail::Mailer, Failure> {
    smtp.mailer()?.ok_or_else(|| {
        Failure::input("Kein SMTP-Server angegeben: --smtp-host (TEILHABE_SMTP_HOST) fehlt.")
    })
}

/// `mail test`: needs no database.
pub async fn test(to: &str, smtp: &SmtpArgs, public_url: Option<&str>) -> Result<(), Failure> {
    let mailer = mailer(smtp)?;
    match mailer.send_test(to, public_url).await {
        Ok(()) => {
            println!(
                "Test-E-Mail an {to} über {} übergeben: die Einstellungen stimmen.",
                mailer.server
            );
            Ok(())
        }
        Err(e) => Err(Failure {
            code: 1,
            message: format!("Test-E-Mail an {to} nicht übergeben: {}", e.error),
        }),
    }
}

pub async fn run(store: &Store, what: MailCommand) -> Result<(), Failure> {
    match what {
        MailCommand::Test {
            to,
            smtp,
            public_url,
        } => test(&to, &smtp, public_url.as_deref()).await?,
        MailCommand::Send { smtp } => {
            let worker = Worker::new(store.clone(), mailer(&smtp)?, smtp.mail_lease_seconds);
            let done = worker.deliver().await?;
            println!(
                "{} E-Mails gesendet, {} zurückgestellt, {} nicht zustellbar.",
                done.sent, done.deferred, done.failed
            );
        }
        MailCommand::Status => {
            let counts = store.outbox_counts(None).await?;
            println!(
                "Postausgang: {} wartend, {} im Versand, {} gesendet, {} nicht zustellbar.",
                counts.waiting, counts.sending, counts.sent, counts.failed
            );
            for mail in store.failed_mails(None).await? {
                println!(
                    "  nicht zustellbar seit {}: {} an {} ({} Versuche): {}",
                    mail.failed_at, mail.subject, mail.recipient, mail.attempts, mail.last_error
                );
            }
        }
    }
    Ok(())
}
