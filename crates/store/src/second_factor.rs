//! A second factor for password logins: time-based one-time codes (TOTP, RFC 6238: HMAC-SHA1,
//! 30-second steps, six digits — what every authenticator app speaks), and ten recovery
//! codes for a lost phone. Single sign-on leaves the second factor to the provider; API
//! tokens are credentials of their own.
//!
//! A password login of an account with a second factor makes no session yet: it leaves a
//! challenge (ten minutes, its token only as a hash) that the code then answers. Codes are
//! checked under the login throttle, one step either side of now is accepted (clocks
//! drift), and no step is accepted twice. The secret never enters the audit trail.

use crate::accounts::{LoginOutcome, random_token};
use crate::db::{minutes_from_now, now};
use crate::throttle::Key;
use crate::{Result, Store, StoreError};
use sha2::{Digest, Sha256};

/// Seconds per time step.
const STEP: u64 = 30;
/// Recovery codes made at once.
const RECOVERY_CODES: usize = 10;

/// The six-digit code of `secret` for time step `step` (RFC 4226 §5.3 truncation).
pub fn code_at(secret: &[u8], step: u64) -> u32 {
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, secret);
    let mac = ring::hmac::sign(&key, &step.to_be_bytes());
    let mac = mac.as_ref();
    let offset = usize::from(mac[19] & 0x0f);
    let binary = (u32::from(mac[offset]) & 0x7f) << 24
        | u32::from(mac[offset + 1]) << 16
        | u32::from(mac[offset + 2]) << 8
        | u32::from(mac[offset + 3]);
    binary % 1_000_000
}

fn step_now() -> u64 {
    u64::try_from(time::OffsetDateTime::now_utc().unix_timestamp()).unwrap_or(0) / STEP
}

/// RFC 4648 base32 without padding, as authenticator apps take secrets.
pub fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::new();
    let (mut buffer, mut bits) = (0u32, 0);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((buffer >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

fn from_base32(text: &str) -> Option<Vec<u8>> {
    let (mut buffer, mut bits, mut out) = (0u32, 0, Vec::new());
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        let v = match c.to_ascii_uppercase() {
            c @ 'A'..='Z' => c as u32 - 'A' as u32,
            c @ '2'..='7' => c as u32 - '2' as u32 + 26,
            _ => return None,
        };
        buffer = (buffer << 5) | v;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    Some(out)
}

/// The `otpauth://` URI (Google's key URI format, which every app reads) of a secret.
fn enrolment(secret: String, login: &str, issuer: &str) -> Enrolment {
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    let uri = format!(
        "otpauth://totp/{}:{}?secret={secret}&issuer={}&algorithm=SHA1&digits=6&period=30",
        enc(issuer),
        enc(login),
        enc(issuer)
    );
    Enrolment { secret, uri }
}

fn hash(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// A recovery code as typed: letters and digits, any case, dashes and spaces ignored.
fn normal(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// A second factor being set up: the secret for the app, and the `otpauth://` URI that a
/// QR code carries to it.
#[derive(Debug, Clone)]
pub struct Enrolment {
    pub secret: String,
    pub uri: String,
}

/// What a code brought to a login challenge came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChallengeOutcome {
    Session {
        token: String,
        user_id: i64,
        next: String,
    },
    /// Wrong code (or recovery code).
    Refused,
    /// The challenge expired or never was: log in again.
    Expired,
    Wait {
        seconds: i64,
    },
}

impl Store {
    /// Whether the account logs in with a second factor.
    pub async fn totp_enabled(&self, user_id: i64) -> Result<bool> {
        let enabled: Option<i64> =
            sqlx::query_scalar("SELECT totp_enabled FROM users WHERE id = $1")
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(enabled == Some(1))
    }

    /// Starts (or starts again) setting up a second factor: a new secret, not in force until
    /// a code from the app confirms it.
    pub async fn begin_totp(&self, user_id: i64, issuer: &str) -> Result<Enrolment> {
        if self.totp_enabled(user_id).await? {
            return Err(StoreError::Refused(
                "Der zweite Faktor ist schon eingerichtet.".into(),
            ));
        }
        let mut bytes = [0u8; 20];
        getrandom::fill(&mut bytes).expect("the operating system's random source");
        let secret = base32(&bytes);
        let login: String = sqlx::query_scalar("SELECT login FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(&self.pool)
            .await?;
        self.execute(
            sqlx::query("UPDATE users SET totp_secret = $1, modified_at = $2 WHERE id = $3")
                .bind(&secret)
                .bind(now())
                .bind(user_id),
        )
        .await?;
        Ok(enrolment(secret, &login, issuer))
    }

    /// The second factor being set up and not yet confirmed, if any (to show it again).
    pub async fn pending_totp(&self, user_id: i64, issuer: &str) -> Result<Option<Enrolment>> {
        let row: Option<(String, Option<String>)> = sqlx::query_as(
            "SELECT login, totp_secret FROM users WHERE id = $1 AND totp_enabled = 0",
        )
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.and_then(|(login, secret)| Some(enrolment(secret?, &login, issuer))))
    }

    /// Confirms the secret being set up with a code from the app; returns the recovery
    /// codes, which are shown this once and kept only as hashes.
    pub async fn confirm_totp(&self, user_id: i64, code: &str) -> Result<Vec<String>> {
        let secret: Option<Option<String>> =
            sqlx::query_scalar("SELECT totp_secret FROM users WHERE id = $1 AND totp_enabled = 0")
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?;
        let Some(bytes) = secret.flatten().as_deref().and_then(from_base32) else {
            return Err(StoreError::invalid(
                "code",
                "Bitte zuerst den zweiten Faktor einrichten.",
            ));
        };
        let Some(step) = matching_step(&bytes, code, 0) else {
            return Err(StoreError::invalid(
                "code",
                "Der Code stimmt nicht. Bitte den aktuellen Code aus der App eingeben.",
            ));
        };
        let codes: Vec<String> = (0..RECOVERY_CODES)
            .map(|_| {
                let t = random_token().to_ascii_lowercase().replace(['-', '_'], "");
                format!("{}-{}", &t[..5], &t[5..10])
            })
            .collect();
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE users SET totp_enabled = 1, totp_last_step = $1, modified_at = $2 WHERE id = $3",
        )
        .bind(i64::try_from(step).unwrap_or(i64::MAX))
        .bind(now())
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        for c in &codes {
            sqlx::query("INSERT INTO recovery_codes (code_hash, user_id) VALUES ($1, $2)")
                .bind(hash(&normal(c)))
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
        }
        self.commit(tx).await?;
        Ok(codes)
    }

    /// Switches the second factor off (the account holder, with the password; or an
    /// administrator for an account whose phone is lost).
    pub async fn disable_totp(&self, user_id: i64) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE users SET totp_enabled = 0, totp_secret = NULL, totp_last_step = 0, modified_at = $1 WHERE id = $2",
        )
        .bind(now())
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        self.commit(tx).await?;
        Ok(())
    }

    /// After the right password of an account with a second factor: a challenge for its
    /// code instead of a session.
    pub(crate) async fn challenge(&self, user_id: i64, next: &str) -> Result<LoginOutcome> {
        let token = random_token();
        sqlx::query("DELETE FROM login_challenges WHERE expires_at < $1")
            .bind(now())
            .execute(&self.pool)
            .await?;
        sqlx::query(
            "INSERT INTO login_challenges (token_hash, user_id, next, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(hash(&token))
        .bind(user_id)
        .bind(next)
        .bind(minutes_from_now(10))
        .execute(&self.pool)
        .await?;
        Ok(LoginOutcome::SecondFactor { challenge: token })
    }

    /// Answers a login challenge with a one-time code or a recovery code, throttled like
    /// a password for this account and client.
    pub async fn answer_challenge(
        &self,
        challenge: &str,
        code: &str,
        client: &str,
    ) -> Result<ChallengeOutcome> {
        let row: Option<(i64, String, String, Option<String>, i64)> = sqlx::query_as(
            "SELECT c.user_id, c.next, u.login, u.totp_secret, u.totp_last_step \
             FROM login_challenges c JOIN users u ON u.id = c.user_id \
             WHERE c.token_hash = $1 AND c.expires_at > $2 AND u.disabled = 0 AND u.totp_enabled = 1",
        )
        .bind(hash(challenge))
        .bind(now())
        .fetch_optional(&self.pool)
        .await?;
        let Some((user_id, next, login, secret, last_step)) = row else {
            return Ok(ChallengeOutcome::Expired);
        };
        let pair = Key::new(
            "second-factor",
            &[&login, client],
            &login,
            crate::accounts::PAIR_RULE,
        );
        let account = Key::new(
            "second-factor-account",
            &[&login],
            &login,
            crate::accounts::ACCOUNT_RULE,
        );
        let keys = [&pair, &account];
        if let Err(seconds) = self.attempt(&keys).await? {
            return Ok(ChallengeOutcome::Wait { seconds });
        }
        let last = u64::try_from(last_step).unwrap_or(0);
        let by_code = secret
            .as_deref()
            .and_then(from_base32)
            .and_then(|bytes| matching_step(&bytes, code, last));
        let accepted = match by_code {
            Some(step) => {
                // The step is used up, atomically: a code seen twice is refused once.
                sqlx::query(
                    "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND totp_last_step < $1",
                )
                .bind(i64::try_from(step).unwrap_or(i64::MAX))
                .bind(user_id)
                .execute(&self.pool)
                .await?
                .rows_affected()
                    == 1
            }
            None => {
                sqlx::query(
                    "UPDATE recovery_codes SET used_at = $1 WHERE code_hash = $2 AND user_id = $3 AND used_at IS NULL",
                )
                .bind(now())
                .bind(hash(&normal(code)))
                .bind(user_id)
                .execute(&self.pool)
                .await?
                .rows_affected()
                    == 1
            }
        };
        if !accepted {
            self.failed(&keys).await?;
            return Ok(ChallengeOutcome::Refused);
        }
        self.succeeded(&keys).await?;
        sqlx::query("DELETE FROM login_challenges WHERE token_hash = $1")
            .bind(hash(challenge))
            .execute(&self.pool)
            .await?;
        let token = self.create_session(user_id).await?;
        Ok(ChallengeOutcome::Session {
            token,
            user_id,
            next,
        })
    }

    /// Recovery codes not used yet.
    pub async fn recovery_codes_left(&self, user_id: i64) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
        )
        .bind(user_id)
        .fetch_one(&self.pool)
        .await?)
    }
}

/// The time step (now, or one either side) whose code `code` is, if later than `after`.
fn matching_step(secret: &[u8], code: &str, after: u64) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let wanted: u32 = code.parse().ok()?;
    let now = step_now();
    [now.saturating_sub(1), now, now + 1]
        .into_iter()
        .find(|&step| step > after && code_at(secret, step) == wanted)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B (SHA-1, secret "12345678901234567890"), the last six digits.
    #[test]
    fn codes_are_those_of_the_rfc() {
        let secret = b"12345678901234567890";
        for (time, code) in [
            (59u64, 287_082),
            (1_111_111_109, 81_804),
            (1_111_111_111, 50_471),
            (1_234_567_890, 5_924),
            (2_000_000_000, 279_037),
            (20_000_000_000, 353_130),
        ] {
            assert_eq!(code_at(secret, time / 30), code, "at {time}");
        }
        // RFC 4648's base32 of the same secret, as apps take it.
        assert_eq!(base32(secret), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(
            from_base32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq").unwrap(),
            secret
        );
    }
}
