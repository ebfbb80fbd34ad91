//! Mail over SMTP: the settings an operator gives (`--smtp-host`, …), the message built from
//! an outbox row, and the worker that empties the outbox.
//!
//! Why its own crate: SMTP and TLS (lettre, rustls) are needed by the `teilhabe` binary
//! only; the web crate and the store write mails into the outbox
//! ([`teilhabe_store::outbox`]) without knowing how they leave. That keeps lettre out of
//! the crates most often rebuilt, and one worker serves every capability that mails.
//!
//! The message is what a careful municipal sender would send: plain text and HTML
//! alternatives (no images, no tracking), the recipient's language in `Content-Language`,
//! `Auto-Submitted: auto-generated` so that out-of-office replies stay away, and a
//! Message-ID that is the outbox row's own — the same on every attempt, so a receiver can
//! recognise a mail sent twice after a crash.

pub mod testing;
mod worker;

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;
use std::time::Duration;
use teilhabe_store::outbox::{Failure, OutboxMail};

pub use worker::{Delivery, Worker};

/// How the connection to the SMTP server is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Security {
    /// Plain connection, then STARTTLS, which must succeed (port 587).
    Starttls,
    /// TLS from the first byte (port 465).
    Tls,
    /// No encryption: only for a relay on the same machine; no credentials are sent.
    None,
}

/// The mail settings of `serve`, `mail test` and `notify`.
#[derive(Debug, Clone, clap::Args)]
pub struct SmtpArgs {
    /// The SMTP server mail is handed to, e.g. smtp.landkreis.de (none: mails wait in the
    /// outbox until one is configured).
    #[arg(long, env = "TEILHABE_SMTP_HOST")]
    pub smtp_host: Option<String>,
    /// The port (default: 587 with starttls, 465 with tls, 25 with none).
    #[arg(long, env = "TEILHABE_SMTP_PORT")]
    pub smtp_port: Option<u16>,
    #[arg(
        long,
        env = "TEILHABE_SMTP_SECURITY",
        value_enum,
        default_value = "starttls"
    )]
    pub smtp_security: Security,
    /// The login at the SMTP server, if it asks for one.
    #[arg(long, env = "TEILHABE_SMTP_USER")]
    pub smtp_user: Option<String>,
    /// Better given in the environment than on the command line.
    #[arg(long, env = "TEILHABE_SMTP_PASSWORD", hide_env_values = true)]
    pub smtp_password: Option<String>,
    /// A PEM file with the certificate authority of an internal SMTP server (in addition to
    /// the public ones).
    #[arg(long, env = "TEILHABE_SMTP_CA_FILE")]
    pub smtp_ca_file: Option<PathBuf>,
    /// The sender, e.g. "Integrationsbüro Landkreis Peine <integration@landkreis-peine.de>".
    #[arg(long, env = "TEILHABE_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// Seconds a worker holds a mail it is sending; a mail whose worker died goes out again
    /// after this long.
    #[arg(long, env = "TEILHABE_MAIL_LEASE_SECONDS", default_value_t = 600)]
    pub mail_lease_seconds: u64,
}

/// Settings that cannot work, or a mail that cannot be built.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("{0}")]
    Settings(String),
    #[error("{0}")]
    Message(String),
}

/// How long one SMTP conversation may take.
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

/// An SMTP connection (pooled) with its sender.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// The right-hand side of Message-IDs: the sender's domain.
    domain: String,
    /// For the log and `mail test`: host, port and security.
    pub server: String,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("server", &self.server)
            .field("from", &self.from.to_string())
            .finish_non_exhaustive()
    }
}

impl SmtpArgs {
    /// The mailer these settings describe; None when no SMTP server is configured.
    pub fn mailer(&self) -> Result<Option<Mailer>, MailError> {
        let Some(host) = self.smtp_host.as_deref().map(str::trim) else {
            return Ok(None);
        };
        let from_text = self.mail_from.as_deref().ok_or_else(|| {
            MailError::Settings(
                "--mail-from (TEILHABE_MAIL_FROM) fehlt: der Absender der E-Mails.".into(),
            )
        })?;
        let from: Mailbox = from_text.parse().map_err(|e| {
            MailError::Settings(format!(
                "--mail-from: »{from_text}« ist keine Absenderadresse ({e})."
            ))
        })?;
        let domain = from.email.domain().to_owned();
        let port = self.smtp_port.unwrap_or(match self.smtp_security {
            Security::Starttls => 587,
            Security::Tls => 465,
            Security::None => 25,
        });
        // Checked here, not by clap's `requires`: the two may come from different places
        // (the user from the configuration file, the password from a secret file).
        if self.smtp_user.is_some() && self.smtp_password.is_none() {
            return Err(MailError::Settings(
                "--smtp-user ohne --smtp-password (oder TEILHABE_SMTP_PASSWORD_FILE): \
                 der SMTP-Server bekäme einen Namen ohne Passwort."
                    .into(),
            ));
        }
        let tls = match self.smtp_security {
            Security::None => {
                if self.smtp_user.is_some() {
                    return Err(MailError::Settings(
                        "--smtp-security none sendet keine Zugangsdaten: ohne Verschlüsselung \
                         läse sie jeder im Netz mit. STARTTLS oder TLS verwenden."
                            .into(),
                    ));
                }
                Tls::None
            }
            Security::Starttls => Tls::Required(self.tls_parameters(host)?),
            Security::Tls => Tls::Wrapper(self.tls_parameters(host)?),
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(port)
            .tls(tls)
            .timeout(Some(SMTP_TIMEOUT));
        if let (Some(user), Some(password)) = (&self.smtp_user, &self.smtp_password) {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        let security = match self.smtp_security {
            Security::Starttls => "STARTTLS",
            Security::Tls => "TLS",
            Security::None => "unverschlüsselt",
        };
        Ok(Some(Mailer {
            transport: builder.build(),
            from,
            domain,
            server: format!("{host}:{port} ({security})"),
        }))
    }

    fn tls_parameters(&self, host: &str) -> Result<TlsParameters, MailError> {
        let mut params = TlsParameters::builder(host.to_owned());
        if let Some(path) = &self.smtp_ca_file {
            let pem = std::fs::read(path).map_err(|e| {
                MailError::Settings(format!(
                    "--smtp-ca-file {}: kann nicht gelesen werden ({e}).",
                    path.display()
                ))
            })?;
            let cert = Certificate::from_pem(&pem).map_err(|e| {
                MailError::Settings(format!(
                    "--smtp-ca-file {}: kein Zertifikat im PEM-Format ({e}).",
                    path.display()
                ))
            })?;
            params = params.add_root_certificate(cert);
        }
        params
            .build_rustls()
            .map_err(|e| MailError::Settings(format!("TLS für {host}: {e}")))
    }
}

/// Why a mail was not handed over, and whether trying later may help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotSent {
    pub failure: Failure,
    pub error: String,
}

impl Mailer {
    /// The message for an outbox row, as it goes over the wire.
    pub fn message(&self, mail: &OutboxMail) -> Result<Message, MailError> {
        let to: Mailbox = mail.recipient.parse().map_err(|e| {
            MailError::Message(format!("»{}« ist keine Adresse ({e})", mail.recipient))
        })?;
        let text = SinglePart::builder()
            .header(ContentType::TEXT_PLAIN)
            .body(mail.text_body.clone());
        let html = SinglePart::builder()
            .header(ContentType::TEXT_HTML)
            .body(mail.html_body.clone());
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .message_id(Some(format!("<{}@{}>", mail.message_id, self.domain)))
            .date_now()
            .raw_header(header("Content-Language", &mail.language))
            .raw_header(header("Auto-Submitted", "auto-generated"))
            .multipart(MultiPart::alternative().singlepart(text).singlepart(html))
            .map_err(|e| MailError::Message(e.to_string()))
    }

    /// Hands one mail to the SMTP server.
    pub async fn send(&self, mail: &OutboxMail) -> Result<(), NotSent> {
        let message = self.message(mail).map_err(|e| NotSent {
            failure: Failure::Permanent,
            error: e.to_string(),
        })?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| NotSent {
                // A refusal for good (5xx) is final; anything else — no connection, a
                // timeout, "try again later" — may pass on a later attempt.
                failure: if e.is_permanent() {
                    Failure::Permanent
                } else {
                    Failure::Temporary
                },
                error: describe(&e),
            })
    }

    /// Sends a test mail to `to` at once (not through the outbox): the settings check of
    /// `teilhabe mail test`.
    pub async fn send_test(&self, to: &str, public_url: Option<&str>) -> Result<(), NotSent> {
        let where_from = public_url.unwrap_or("diesem Server");
        let mail = OutboxMail {
            id: 0,
            message_id: format!("teilhabe.test.{}", std::process::id()),
            recipient: to.to_owned(),
            language: "de".into(),
            subject: "Teilhabe: Test der E-Mail-Einstellungen".into(),
            text_body: format!(
                "Diese E-Mail kommt von Teilhabe auf {where_from}.\n\n\
                 Sie zeigt, dass die E-Mail-Einstellungen stimmen: Einladungen zu \
                 Sachstandsabfragen und Erinnerungen werden über {} versandt.\n",
                self.server
            ),
            html_body: format!(
                "<p>Diese E-Mail kommt von Teilhabe auf {}.</p>\
                 <p>Sie zeigt, dass die E-Mail-Einstellungen stimmen: Einladungen zu \
                 Sachstandsabfragen und Erinnerungen werden über {} versandt.</p>",
                escape(where_from),
                escape(&self.server)
            ),
            attempts: 1,
        };
        self.send(&mail).await
    }
}

fn header(name: &'static str, value: &str) -> HeaderValue {
    HeaderValue::new(HeaderName::new_from_ascii_str(name), value.to_owned())
}

/// The error with its causes, as one line for the work queue and the log.
fn describe(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        let more = cause.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        source = cause.source();
    }
    text
}

/// HTML-escapes text for the mail's HTML part.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
