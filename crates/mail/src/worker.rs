//! The outbox worker: takes due mails under a lease, hands them to the SMTP server, and
//! records each outcome. Every `serve` process runs one; they share the outbox safely (see
//! [`teilhabe_store::outbox`]).

use crate::Mailer;
use std::time::Duration;
use teilhabe_store::outbox::OutboxMail;
use teilhabe_store::{Store, StoreError};

/// Mails taken, and sent, at once. With the SMTP timeout of 30 s a batch ends well within
/// the default lease of 600 s even when every mail times out. A process killed mid-batch
/// leaves at most this many mails handed over but not marked sent: they go out again when
/// their lease runs out (at least once, under the same Message-ID).
const BATCH: i64 = 10;
/// How often an idle worker looks for new mail.
const IDLE: Duration = Duration::from_secs(2);

/// What one pass over the outbox did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Delivery {
    pub sent: u64,
    /// Put off after a temporary failure.
    pub deferred: u64,
    /// Failed for good.
    pub failed: u64,
}

impl Delivery {
    pub fn is_empty(&self) -> bool {
        self.sent + self.deferred + self.failed == 0
    }
}

/// One worker: its store, its mailer, its name (unique per process) and its lease.
#[derive(Debug, Clone)]
pub struct Worker {
    store: Store,
    mailer: Mailer,
    name: String,
    lease_seconds: i64,
}

impl Worker {
    pub fn new(store: Store, mailer: Mailer, lease_seconds: u64) -> Self {
        let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "teilhabe".into());
        let name = format!(
            "{host}:{}:{}",
            std::process::id(),
            teilhabe_store::accounts::random_token()
                .chars()
                .take(8)
                .collect::<String>()
        );
        Self {
            store,
            mailer,
            name,
            lease_seconds: i64::try_from(lease_seconds.max(1)).unwrap_or(i64::MAX),
        }
    }

    /// Takes and sends due mails, batch after batch, until none is due.
    pub async fn deliver(&self) -> Result<Delivery, StoreError> {
        let mut done = Delivery::default();
        loop {
            let mails = self
                .store
                .claim_mails(&self.name, self.lease_seconds, BATCH)
                .await?;
            if mails.is_empty() {
                return Ok(done);
            }
            // The batch at once, over as many pooled connections: each SMTP conversation
            // waits on the network most of its time. (lettre 0.11.23 leaves Nagle's
            // algorithm on, which stalls every message about 40 ms on the server's delayed
            // ACK — lettre/lettre#1159, merged but not yet released.)
            let outcomes =
                futures_util::future::join_all(mails.iter().map(|m| self.deliver_one(m))).await;
            for outcome in outcomes {
                let one = outcome?;
                done.sent += one.sent;
                done.deferred += one.deferred;
                done.failed += one.failed;
            }
        }
    }

    async fn deliver_one(&self, mail: &OutboxMail) -> Result<Delivery, StoreError> {
        let mut done = Delivery::default();
        match self.mailer.send(mail).await {
            Ok(()) => {
                done.sent += 1;
                if !self.store.mail_sent(mail.id, &self.name).await? {
                    tracing::warn!(
                        mail = mail.id,
                        "E-Mail gesendet, nachdem ein anderer Prozess sie übernommen hatte: \
                         sie geht zweimal hinaus (gleiche Message-ID)"
                    );
                }
            }
            Err(not_sent) => {
                let failed = self
                    .store
                    .mail_not_sent(
                        mail.id,
                        &self.name,
                        mail.attempts,
                        not_sent.failure,
                        &not_sent.error,
                    )
                    .await?;
                if failed {
                    done.failed += 1;
                    tracing::warn!(mail = mail.id, to = %mail.recipient, "E-Mail nicht zustellbar: {}", not_sent.error);
                } else {
                    done.deferred += 1;
                    tracing::info!(
                        mail = mail.id,
                        attempt = mail.attempts,
                        "E-Mail zurückgestellt: {}",
                        not_sent.error
                    );
                }
            }
        }
        Ok(done)
    }

    /// Runs until `stop` resolves: delivers, then waits a little when nothing was due. A
    /// stop ends a pass where it is: a mail handed over but not yet marked sent goes out
    /// again when its lease has run out (at least once, never lost).
    pub async fn run(self, stop: impl std::future::Future<Output = ()>) {
        tracing::info!(server = %self.mailer.server, worker = %self.name, "E-Mail-Versand läuft");
        tokio::pin!(stop);
        loop {
            let pass = tokio::select! {
                () = &mut stop => return,
                pass = self.deliver() => pass,
            };
            let idle = match pass {
                Ok(done) => done.is_empty() || done.sent == 0,
                Err(e) => {
                    tracing::warn!("E-Mail-Versand: {e}");
                    true
                }
            };
            if idle {
                tokio::select! {
                    () = &mut stop => return,
                    () = tokio::time::sleep(IDLE) => {}
                }
            }
        }
    }
}
