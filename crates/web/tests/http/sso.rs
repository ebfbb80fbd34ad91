//! Single sign-on against a real (small) OpenID Connect provider started by the test: it
//! publishes discovery and keys, checks PKCE at its token endpoint, and signs ID tokens
//! with a test key (tests/fixtures/oidc, RS256).

use crate::common::{Db, TestApp, spawn_with};
use axum::extract::State;
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use teilhabe_domain::access::Role;
use teilhabe_web::oidc::OidcConfig;

const KEY: &[u8] = include_bytes!("../fixtures/oidc/key.pk8");
const JWKS: &str = include_str!("../fixtures/oidc/jwks.json");

/// Codes the provider will answer: code → (claims, PKCE challenge).
type Codes = Arc<Mutex<HashMap<String, (Value, String)>>>;

struct Provider {
    base: String,
    codes: Codes,
}

fn sign(claims: &Value) -> String {
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"RS256","kid":"test-1","typ":"JWT"}"#);
    let payload = URL_SAFE_NO_PAD.encode(claims.to_string());
    let input = format!("{header}.{payload}");
    let key = ring::signature::RsaKeyPair::from_pkcs8(KEY).expect("test key");
    let mut sig = vec![0; key.public().modulus_len()];
    key.sign(
        &ring::signature::RSA_PKCS1_SHA256,
        &ring::rand::SystemRandom::new(),
        input.as_bytes(),
        &mut sig,
    )
    .expect("signature");
    format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig))
}

async fn provider() -> Provider {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let codes: Codes = Arc::default();
    let discovery = json!({
        "issuer": base,
        "authorization_endpoint": format!("{base}/auth"),
        "token_endpoint": format!("{base}/token"),
        "jwks_uri": format!("{base}/jwks"),
    });
    let token = |State(codes): State<Codes>, body: String| async move {
        let form: HashMap<String, String> = form_urlencoded::parse(body.as_bytes())
            .into_owned()
            .collect();
        let entry = codes
            .lock()
            .unwrap()
            .remove(form.get("code").map_or("", String::as_str));
        let Some((claims, challenge)) = entry else {
            return (
                axum::http::StatusCode::BAD_REQUEST,
                Json(json!({"error": "invalid_grant"})),
            );
        };
        let verifier = form.get("code_verifier").cloned().unwrap_or_default();
        if URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes())) != challenge
            || form.get("grant_type").map(String::as_str) != Some("authorization_code")
        {
            return (
                axum::http::StatusCode::BAD_REQUEST,
                Json(json!({"error": "invalid_grant"})),
            );
        }
        let id_token = claims
            .get("raw_token")
            .and_then(Value::as_str)
            .map_or_else(|| sign(&claims), str::to_owned);
        (
            axum::http::StatusCode::OK,
            Json(json!({"access_token": "x", "token_type": "Bearer", "id_token": id_token})),
        )
    };
    let app = Router::new()
        .route(
            "/.well-known/openid-configuration",
            get(move || async move { Json(discovery) }),
        )
        .route(
            "/jwks",
            get(|| async { Json(serde_json::from_str::<Value>(JWKS).unwrap()) }),
        )
        .route("/token", post(token))
        .with_state(codes.clone());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    Provider { base, codes }
}

/// The query parameters of a URL.
fn params(url: &str) -> HashMap<String, String> {
    let query = url.split_once('?').map_or("", |(_, q)| q);
    form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect()
}

/// A browser: the cookies it sends (`name=value; …`), none for a fresh one.
#[derive(Clone, Default)]
struct Browser(String);

/// The first cookie a response sets, as `name=value`.
fn set_cookie(resp: &reqwest::Response) -> Option<String> {
    resp.headers()
        .get("set-cookie")
        .map(|c| c.to_str().unwrap().split(';').next().unwrap().to_owned())
}

/// Starts a login (at `start`, with `browser`'s cookies) and returns where the provider
/// is asked, and the cookie the start set for this browser.
async fn start(app: &TestApp, browser: &Browser, method: &str, start: &str) -> (String, String) {
    let request = match method {
        "POST" => app.client.post(format!("{}{start}", app.base)),
        _ => app.client.get(format!("{}{start}", app.base)),
    };
    let resp = request.header("cookie", &browser.0).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 303, "{start}");
    let to = resp.headers()["location"].to_str().unwrap().to_owned();
    let cookie = set_cookie(&resp).expect("the start sets the browser's cookie");
    assert!(cookie.starts_with("teilhabe_sso="), "{cookie}");
    (to, cookie)
}

/// One login through the provider; `claims` gets `iss`, `aud`, `exp` and the right `nonce`
/// unless it sets them. Returns the answer's status, location and session cookie.
async fn login(
    app: &TestApp,
    p: &Provider,
    claims: Value,
) -> (u16, Option<String>, Option<String>, String) {
    login_as(
        app,
        p,
        &Browser::default(),
        "GET",
        "/anmelden/sso?weiter=/konto",
        claims,
        None,
    )
    .await
}

/// [`login`] from `browser`, started at `begin`; `answer_in` sends the provider's answer
/// from another browser (an attacker's link in a victim's browser).
async fn login_as(
    app: &TestApp,
    p: &Provider,
    browser: &Browser,
    method: &str,
    begin: &str,
    claims: Value,
    answer_in: Option<&Browser>,
) -> (u16, Option<String>, Option<String>, String) {
    let (to, sso_cookie) = start(app, browser, method, begin).await;
    assert!(to.starts_with(&format!("{}/auth?", p.base)), "{to}");
    let q = params(&to);
    assert_eq!(q["client_id"], "teilhabe");
    assert_eq!(q["code_challenge_method"], "S256");
    assert!(q["redirect_uri"].ends_with("/anmelden/sso/antwort"));
    let mut full = json!({
        "iss": p.base,
        "aud": "teilhabe",
        "exp": time::OffsetDateTime::now_utc().unix_timestamp() + 300,
        "nonce": q["nonce"],
    });
    for (k, v) in claims.as_object().unwrap() {
        full[k] = v.clone();
    }
    let code = teilhabe_store::accounts::random_token();
    p.codes
        .lock()
        .unwrap()
        .insert(code.clone(), (full, q["code_challenge"].clone()));
    let cookies = match answer_in {
        Some(other) => other.0.clone(),
        None if browser.0.is_empty() => sso_cookie,
        None => format!("{}; {sso_cookie}", browser.0),
    };
    let resp = app
        .client
        .get(format!(
            "{}/anmelden/sso/antwort?code={code}&state={}",
            app.base, q["state"]
        ))
        .header("cookie", cookies)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let location = resp
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_owned());
    let cookie = resp
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|c| c.to_str().unwrap().split(';').next().unwrap().to_owned())
        .find(|c| c.starts_with("teilhabe_sitzung=") && c.len() > "teilhabe_sitzung=".len());
    (status, location, cookie, resp.text().await.unwrap())
}

async fn single_sign_on(db: Db) {
    let p = provider().await;
    let config = OidcConfig {
        issuer: p.base.clone(),
        client_id: "teilhabe".into(),
        client_secret: Some("geheim".into()),
        login_claim: "preferred_username".into(),
    };
    let Some(app) = spawn_with(db, Some(config)).await else {
        return;
    };
    app.store
        .create_user("k.schulz", "Integrationskoordination", None, None)
        .await
        .unwrap();
    app.store
        .grant_role("k.schulz", Role::Administrator, None, &[])
        .await
        .unwrap();
    assert!(
        app.get("/anmelden")
            .await
            .text
            .contains("/anmelden/sso?weiter=")
    );

    // Whoever controls `preferred_username` at the provider does not get an existing
    // account by it: not an administrator's, not without an administrator's leave.
    let (status, _, cookie, text) = login(
        &app,
        &p,
        json!({"sub": "attacker", "preferred_username": "K.Schulz"}),
    )
    .await;
    assert_eq!((status, cookie), (401, None), "{text}");
    assert!(
        app.store.allow_oidc_link("k.schulz", true).await.is_err(),
        "administrators are never linked by name"
    );
    // The holder links it, logged in with the password, in the same browser.
    let holder = Browser(format!(
        "teilhabe_sitzung={}",
        app.store
            .create_session(app.store.user_id("k.schulz").await.unwrap())
            .await
            .unwrap()
    ));
    let konto = app
        .client
        .get(format!("{}/konto", app.base))
        .header("cookie", &holder.0)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        konto.contains("/konto/dienstkonto"),
        "the account page offers linking"
    );
    let (status, location, _, text) = login_as(
        &app,
        &p,
        &holder,
        "POST",
        "/konto/dienstkonto",
        json!({"sub": "u-123", "preferred_username": "wer-auch-immer"}),
        None,
    )
    .await;
    assert_eq!(status, 303, "{text}");
    assert_eq!(location.as_deref(), Some("/konto"));
    // From now on the provider's subject logs in, and back where the person wanted.
    let (status, location, cookie, text) = login(
        &app,
        &p,
        json!({"sub": "u-123", "preferred_username": "K.Schulz"}),
    )
    .await;
    assert_eq!(status, 303, "{text}");
    assert_eq!(location.as_deref(), Some("/konto"));
    let cookie = cookie.expect("session cookie");
    let page = app
        .client
        .get(format!("{}/konto", app.base))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("k.schulz"), "{page}");
    // Later logins go by the subject, whatever the claim says now.
    let (status, ..) = login(
        &app,
        &p,
        json!({"sub": "u-123", "preferred_username": "jemand"}),
    )
    .await;
    assert_eq!(status, 303);

    foreign_answers_log_nobody_in(&app, &p).await;
    // An account an administrator allowed is linked on its first login by the claim.
    app.store
        .create_user("m.meier", "Sachbearbeitung", None, None)
        .await
        .unwrap();
    app.store.allow_oidc_link("m.meier", true).await.unwrap();
    let (status, _, cookie, text) = login(
        &app,
        &p,
        json!({"sub": "u-456", "preferred_username": "M.Meier"}),
    )
    .await;
    assert_eq!(status, 303, "{text}");
    assert!(cookie.is_some());
    // A locked account cannot log in through the provider either.
    app.store.set_disabled("k.schulz", true).await.unwrap();
    let (status, _, cookie, _) = login(&app, &p, json!({"sub": "u-123"})).await;
    assert_eq!((status, cookie), (401, None));
    // Without configuration there is no single sign-on.
    app.finish().await;
    let Some(plain) = crate::common::spawn(db).await else {
        return;
    };
    assert!(!plain.get("/anmelden").await.text.contains("/anmelden/sso"));
    assert_eq!(plain.get("/anmelden/sso").await.status, 404);
    plain.finish().await;
}
both!(single_sign_on);

/// Refusals, each with the reason on the login page and no session: a wrong nonce,
/// audience or issuer, an expired or forged token, an unknown subject, an answer opened in
/// another browser, a replayed answer.
async fn foreign_answers_log_nobody_in(app: &TestApp, p: &Provider) {
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let forged = {
        let good = sign(&json!({"sub": "u-123"}));
        let (head, rest) = good.split_once('.').unwrap();
        let sig = rest.split_once('.').unwrap().1;
        let payload = URL_SAFE_NO_PAD.encode(
            json!({"sub": "u-123", "iss": p.base, "aud": "teilhabe", "exp": now + 300}).to_string(),
        );
        format!("{head}.{payload}.{sig}")
    };
    for (claims, reason) in [
        (
            json!({"sub": "u-123", "nonce": "fremd"}),
            "gehört nicht zu dieser Anmeldung",
        ),
        (
            json!({"sub": "u-123", "aud": "andere-app"}),
            "nicht für diese Anwendung",
        ),
        (
            json!({"sub": "u-123", "iss": "https://evil.example.org"}),
            "anderen Aussteller",
        ),
        (json!({"sub": "u-123", "exp": now - 3600}), "abgelaufen"),
        (
            json!({"sub": "u-999", "preferred_username": "niemand"}),
            "kein (aktives) Konto",
        ),
        (json!({"raw_token": forged}), "Signatur"),
    ] {
        let (status, _, cookie, text) = login(app, p, claims.clone()).await;
        assert_eq!(status, 401, "{claims}: {text}");
        assert!(cookie.is_none());
        assert!(
            text.contains(reason),
            "{claims}: expected „{reason}“ in {text}"
        );
    }
    // An answer that an attacker's own login produced, opened in a victim's browser (which
    // did not begin it), logs nobody in.
    let victim = Browser("teilhabe_sso=anderer-browser".into());
    let (status, _, cookie, text) = login_as(
        app,
        p,
        &Browser::default(),
        "GET",
        "/anmelden/sso?weiter=/konto",
        json!({"sub": "u-123"}),
        Some(&victim),
    )
    .await;
    assert_eq!((status, cookie), (401, None), "{text}");
    assert!(text.contains("anderen Browser"), "{text}");
    let (status, _, cookie, _) = login_as(
        app,
        p,
        &Browser::default(),
        "GET",
        "/anmelden/sso?weiter=/konto",
        json!({"sub": "u-123"}),
        Some(&Browser::default()),
    )
    .await;
    assert_eq!((status, cookie), (401, None), "no cookie at all");
    // A replayed answer (same state) is refused.
    let (to, sso_cookie) = start(
        app,
        &Browser::default(),
        "GET",
        "/anmelden/sso?weiter=/konto",
    )
    .await;
    let q = params(&to);
    let url = format!(
        "{}/anmelden/sso/antwort?code=x&state={}",
        app.base, q["state"]
    );
    let send = || app.client.get(&url).header("cookie", &sso_cookie).send();
    let first = send().await.unwrap();
    assert_eq!(first.status().as_u16(), 401, "unknown code at the provider");
    let again = send().await.unwrap().text().await.unwrap();
    assert!(again.contains("schon verwendet"));
}
