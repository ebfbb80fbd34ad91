//! Login through the municipality's single sign-on (OpenID Connect, authorization code flow
//! with PKCE). The provider is found by discovery from the configured issuer; the ID token
//! is checked here (RS256 signature against the provider's published keys, issuer,
//! audience, expiry, nonce) before anyone is let in.
//!
//! Accounts are not created by the provider: an administrator makes the account and gives
//! its roles, and the first login through the provider links it — by the claim named in
//! the configuration (`preferred_username` unless set), compared with the login name.
//! After that the provider's subject identifies the account, whatever the claim says.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::time::Duration;
use tokio::sync::{OnceCell, RwLock};

/// What the server is told about the provider.
#[derive(Debug, Clone)]
pub struct OidcConfig {
    /// The issuer URL, e.g. `https://sso.landkreis.de/realms/verwaltung`.
    pub issuer: String,
    pub client_id: String,
    pub client_secret: Option<String>,
    /// The claim compared with the login name on the first login.
    pub login_claim: String,
}

/// The provider's endpoints, from its discovery document.
#[derive(Debug, Clone, Deserialize)]
struct Provider {
    issuer: String,
    authorization_endpoint: String,
    token_endpoint: String,
    jwks_uri: String,
}

#[derive(Debug, Clone, Deserialize)]
struct Jwk {
    kty: String,
    #[serde(default)]
    kid: Option<String>,
    #[serde(default)]
    n: Option<String>,
    #[serde(default)]
    e: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Jwks {
    keys: Vec<Jwk>,
}

/// The single sign-on of a running server.
pub struct Oidc {
    pub config: OidcConfig,
    provider: OnceCell<Provider>,
    keys: RwLock<Vec<Jwk>>,
    agent: ureq::Agent,
}

/// Who the provider says logged in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// `issuer|sub`: stable for the person at this provider.
    pub subject: String,
    /// The configured claim (lower-cased), for linking on the first login.
    pub login: Option<String>,
}

/// A refusal, said in German for the login page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OidcError(pub String);

fn fail(message: impl Into<String>) -> OidcError {
    OidcError(message.into())
}

/// The PKCE challenge (S256) of a verifier.
pub fn challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

impl Oidc {
    pub fn new(config: OidcConfig) -> Self {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(15)))
            .http_status_as_error(false)
            .build()
            .into();
        Self {
            config: OidcConfig {
                issuer: config.issuer.trim_end_matches('/').to_owned(),
                ..config
            },
            provider: OnceCell::new(),
            keys: RwLock::new(Vec::new()),
            agent,
        }
    }

    async fn get_json(&self, url: String) -> Result<Value, OidcError> {
        let agent = self.agent.clone();
        tokio::task::spawn_blocking(move || {
            let mut resp = agent
                .get(&url)
                .call()
                .map_err(|e| fail(format!("Der Anmeldedienst ist nicht erreichbar ({e}).")))?;
            let status = resp.status().as_u16();
            let body = resp
                .body_mut()
                .with_config()
                .limit(1 << 20)
                .read_to_string()
                .map_err(|e| fail(format!("Antwort des Anmeldedienstes unlesbar ({e}).")))?;
            if status >= 400 {
                return Err(fail(format!(
                    "Der Anmeldedienst antwortet mit HTTP {status}."
                )));
            }
            serde_json::from_str(&body)
                .map_err(|e| fail(format!("Antwort des Anmeldedienstes ist kein JSON ({e}).")))
        })
        .await
        .map_err(|e| fail(e.to_string()))?
    }

    async fn provider(&self) -> Result<&Provider, OidcError> {
        self.provider
            .get_or_try_init(|| async {
                let url = format!("{}/.well-known/openid-configuration", self.config.issuer);
                let p: Provider = serde_json::from_value(self.get_json(url).await?)
                    .map_err(|e| fail(format!("Discovery-Dokument unvollständig ({e}).")))?;
                if p.issuer.trim_end_matches('/') != self.config.issuer {
                    return Err(fail(format!(
                        "Der Anmeldedienst nennt sich „{}“, eingestellt ist „{}“.",
                        p.issuer, self.config.issuer
                    )));
                }
                Ok(p)
            })
            .await
    }

    /// Where to send the browser: the provider's login with state, nonce and PKCE.
    pub async fn authorization_url(
        &self,
        redirect_uri: &str,
        state: &str,
        nonce: &str,
        verifier: &str,
    ) -> Result<String, OidcError> {
        let p = self.provider().await?;
        let query: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("response_type", "code")
            .append_pair("client_id", &self.config.client_id)
            .append_pair("redirect_uri", redirect_uri)
            .append_pair("scope", "openid profile email")
            .append_pair("state", state)
            .append_pair("nonce", nonce)
            .append_pair("code_challenge", &challenge(verifier))
            .append_pair("code_challenge_method", "S256")
            .finish();
        let sep = if p.authorization_endpoint.contains('?') {
            '&'
        } else {
            '?'
        };
        Ok(format!("{}{sep}{query}", p.authorization_endpoint))
    }

    /// Exchanges the code for an ID token and checks it.
    pub async fn identify(
        &self,
        code: &str,
        redirect_uri: &str,
        verifier: &str,
        nonce: &str,
    ) -> Result<Identity, OidcError> {
        let p = self.provider().await?.clone();
        let agent = self.agent.clone();
        let form = [
            ("grant_type".to_owned(), "authorization_code".to_owned()),
            ("code".to_owned(), code.to_owned()),
            ("redirect_uri".to_owned(), redirect_uri.to_owned()),
            ("client_id".to_owned(), self.config.client_id.clone()),
            ("code_verifier".to_owned(), verifier.to_owned()),
        ];
        let basic = self.config.client_secret.as_ref().map(|secret| {
            let enc = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!(
                    "{}:{}",
                    enc(&self.config.client_id),
                    enc(secret)
                ))
            )
        });
        let token: Value = tokio::task::spawn_blocking(move || {
            let mut req = agent.post(&p.token_endpoint);
            if let Some(b) = basic {
                req = req.header("Authorization", b);
            }
            let mut resp = req
                .send_form(form.iter().map(|(k, v)| (k.as_str(), v.as_str())))
                .map_err(|e| fail(format!("Der Anmeldedienst ist nicht erreichbar ({e}).")))?;
            let status = resp.status().as_u16();
            let body = resp
                .body_mut()
                .read_to_string()
                .map_err(|e| fail(format!("Antwort des Anmeldedienstes unlesbar ({e}).")))?;
            if status >= 400 {
                return Err(fail(format!(
                    "Der Anmeldedienst hat die Anmeldung nicht bestätigt (HTTP {status})."
                )));
            }
            serde_json::from_str::<Value>(&body)
                .map_err(|e| fail(format!("Antwort des Anmeldedienstes ist kein JSON ({e}).")))
        })
        .await
        .map_err(|e| fail(e.to_string()))??;
        let id_token = token
            .get("id_token")
            .and_then(Value::as_str)
            .ok_or_else(|| fail("Der Anmeldedienst hat kein ID-Token geschickt."))?;
        let claims = self.verify(id_token).await?;
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        self.check_claims(&claims, nonce, now)
    }

    /// The claims of a correctly signed token.
    async fn verify(&self, token: &str) -> Result<Value, OidcError> {
        let parts: Vec<&str> = token.split('.').collect();
        let [header, payload, signature] = parts.as_slice() else {
            return Err(fail("Das ID-Token ist kein JWT."));
        };
        let decode = |part: &str| {
            URL_SAFE_NO_PAD
                .decode(part)
                .map_err(|_| fail("Das ID-Token ist nicht lesbar."))
        };
        let head: Value = serde_json::from_slice(&decode(header)?)
            .map_err(|_| fail("Das ID-Token ist nicht lesbar."))?;
        if head.get("alg").and_then(Value::as_str) != Some("RS256") {
            return Err(fail(
                "Das ID-Token ist nicht mit RS256 signiert (andere Verfahren werden nicht angenommen).",
            ));
        }
        let kid = head.get("kid").and_then(Value::as_str).map(str::to_owned);
        let signed = format!("{header}.{payload}");
        let signature = decode(signature)?;
        // Known keys first; an unknown key id makes us fetch the published keys once more
        // (the provider may have rotated them).
        for refresh in [false, true] {
            if refresh || self.keys.read().await.is_empty() {
                let p = self.provider().await?;
                let jwks: Jwks = serde_json::from_value(self.get_json(p.jwks_uri.clone()).await?)
                    .map_err(|e| {
                    fail(format!("Schlüssel des Anmeldedienstes unlesbar ({e})."))
                })?;
                *self.keys.write().await = jwks.keys;
            }
            let keys = self.keys.read().await;
            let candidates: Vec<&Jwk> = keys
                .iter()
                .filter(|k| k.kty == "RSA")
                .filter(|k| kid.is_none() || k.kid == kid)
                .collect();
            for k in &candidates {
                let (Some(n), Some(e)) = (&k.n, &k.e) else {
                    continue;
                };
                let (Ok(n), Ok(e)) = (URL_SAFE_NO_PAD.decode(n), URL_SAFE_NO_PAD.decode(e)) else {
                    continue;
                };
                let key = ring::signature::RsaPublicKeyComponents { n: &n, e: &e };
                if key
                    .verify(
                        &ring::signature::RSA_PKCS1_2048_8192_SHA256,
                        signed.as_bytes(),
                        &signature,
                    )
                    .is_ok()
                {
                    return serde_json::from_slice(&decode(payload)?)
                        .map_err(|_| fail("Das ID-Token ist nicht lesbar."));
                }
            }
            if !candidates.is_empty() {
                break;
            }
        }
        Err(fail("Die Signatur des ID-Tokens stimmt nicht."))
    }

    /// Issuer, audience, expiry and nonce, at `now` (Unix seconds, one minute's leeway).
    fn check_claims(&self, c: &Value, nonce: &str, now: i64) -> Result<Identity, OidcError> {
        let text = |name: &str| c.get(name).and_then(Value::as_str);
        if text("iss").map(|i| i.trim_end_matches('/')) != Some(self.config.issuer.as_str()) {
            return Err(fail("Das ID-Token stammt von einem anderen Aussteller."));
        }
        let audience_ok = match c.get("aud") {
            Some(Value::String(a)) => *a == self.config.client_id,
            Some(Value::Array(list)) => list.iter().any(|a| a == &self.config.client_id),
            _ => false,
        };
        if !audience_ok {
            return Err(fail(
                "Das ID-Token ist nicht für diese Anwendung ausgestellt.",
            ));
        }
        match c.get("exp").and_then(Value::as_i64) {
            Some(exp) if exp + 60 >= now => {}
            _ => return Err(fail("Das ID-Token ist abgelaufen.")),
        }
        if text("nonce") != Some(nonce) {
            return Err(fail("Das ID-Token gehört nicht zu dieser Anmeldung."));
        }
        let sub = text("sub").ok_or_else(|| fail("Das ID-Token nennt keine Person (sub)."))?;
        Ok(Identity {
            subject: format!("{}|{sub}", self.config.issuer),
            login: text(&self.config.login_claim).map(|l| l.trim().to_lowercase()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn oidc() -> Oidc {
        Oidc::new(OidcConfig {
            issuer: "https://sso.example.org/realms/kreis/".into(),
            client_id: "teilhabe".into(),
            client_secret: None,
            login_claim: "preferred_username".into(),
        })
    }

    #[test]
    fn claims_are_checked() {
        let o = oidc();
        let good = json!({"iss": "https://sso.example.org/realms/kreis", "aud": ["x", "teilhabe"],
            "exp": 1000, "nonce": "n1", "sub": "abc", "preferred_username": "K.Schulz"});
        let id = o.check_claims(&good, "n1", 1030).unwrap();
        assert_eq!(id.subject, "https://sso.example.org/realms/kreis|abc");
        assert_eq!(id.login.as_deref(), Some("k.schulz"));
        let with = |k: &str, v: Value| {
            let mut c = good.clone();
            c[k] = v;
            c
        };
        for (claims, now) in [
            (with("iss", json!("https://evil.example.org")), 1000),
            (with("aud", json!("other")), 1000),
            (good.clone(), 1061),
            (with("nonce", json!("n2")), 1000),
            (with("sub", Value::Null), 1000),
        ] {
            assert!(
                o.check_claims(&claims, "n1", now).is_err(),
                "{claims} at {now}"
            );
        }
    }

    #[test]
    fn pkce_challenge_is_s256() {
        // RFC 7636, appendix B.
        assert_eq!(
            challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }
}
