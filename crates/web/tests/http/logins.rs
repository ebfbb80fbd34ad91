//! Attempts that guess, as an attacker makes them: passwords from one client and from many,
//! in parallel, the current password on the account page, second-factor codes (computed
//! here independently of the server), and a burst of anonymous survey answers.

use crate::common::*;
use crate::surveys::{field, survey_id};

/// A login from `client` (as a trusted proxy names it); returns status and body.
async fn login_from(app: &TestApp, client: &str, login: &str, password: &str) -> (u16, String) {
    let body: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([("login", login), ("password", password)])
        .finish();
    let r = app
        .client
        .post(format!("{}/anmelden", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("x-forwarded-for", client)
        .body(body)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

/// Someone guessing an account's password slows down, the owner elsewhere does not;
/// parallel guesses are checked one at a time; the current password on the account page is
/// throttled the same way.
async fn guessing_is_throttled_without_locking_out_the_owner(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let attacker = "198.51.100.66";
    // Guesses a fifth of a second apart until the answer asks for a wait of at least three
    // seconds: three free, the fourth checked, then waits of 1, 2, 4 … seconds. (Asserting
    // the wait on the fifth guess exactly failed on a loaded machine, where the second after
    // the fourth had passed before the fifth arrived.)
    let mut statuses = Vec::new();
    let mut wait = 0;
    let started = std::time::Instant::now();
    while wait < 3 && started.elapsed() < std::time::Duration::from_secs(30) {
        let (status, text) =
            login_from(&app, attacker, "kreistag.peine", "raten-raten-raten").await;
        statuses.push(status);
        if status == 429 {
            wait = text
                .split("Bitte in ")
                .nth(1)
                .and_then(|t| t.split(' ').next())
                .and_then(|n| n.parse().ok())
                .expect("the wait in seconds");
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert_eq!(
        &statuses[..4],
        [401, 401, 401, 401],
        "three free, the fourth checked"
    );
    assert!(
        statuses[4..].contains(&429) && wait >= 3,
        "then waits, longer the more are checked: {statuses:?}"
    );
    // The right password from the attacker's address waits too; the owner's own passes.
    let (status, text) =
        login_from(&app, attacker, "kreistag.peine", "demo-passwort-kreistag").await;
    assert_eq!(status, 429);
    assert!(text.contains("Sekunden"), "says how long");
    let (status, _) = login_from(
        &app,
        "203.0.113.5",
        "kreistag.peine",
        "demo-passwort-kreistag",
    )
    .await;
    assert_eq!(status, 303, "the owner is not locked out");

    // Twenty guesses at once from one client: checked one at a time, not twenty.
    let mut tasks = Vec::new();
    for _ in 0..20 {
        let (client, base) = (app.client.clone(), app.base.clone());
        tasks.push(tokio::spawn(async move {
            client
                .post(format!("{base}/anmelden"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("x-forwarded-for", "198.51.100.77")
                .body("login=koordination.peine&password=x-x-x-x-x-x-x")
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }));
    }
    let mut answers = Vec::new();
    for t in tasks {
        answers.push(t.await.unwrap());
    }
    let checked = answers.iter().filter(|s| **s == 401).count();
    let refused = answers.iter().filter(|s| **s == 429).count();
    assert_eq!(checked + refused, 20, "{answers:?}");
    assert!(
        checked <= 4,
        "at most the free ones and one more were checked: {answers:?}"
    );

    // The current password on the account page.
    let me = app.session_for("traeger.peine").await;
    let change = |current: &'static str| {
        let body: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs([
                ("current", current),
                ("password", "ein ganz neues Passwort"),
            ])
            .finish();
        me.post(format!("{}/konto/passwort", app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    // Three free guesses, then waits of 1, 2, 4 … seconds: a guess soon after the fourth
    // waits. (On a loaded machine the second between the fourth and the fifth can pass
    // before the fifth arrives; by the sixth or seventh the wait is longer than any delay.)
    let mut texts = Vec::new();
    for _ in 0..8 {
        let r = change("falsch-falsch").await.unwrap();
        assert_eq!(r.status().as_u16(), 422);
        texts.push(r.text().await.unwrap());
    }
    assert!(
        texts[..3]
            .iter()
            .all(|t| t.contains("Das bisherige Passwort stimmt nicht"))
    );
    assert!(
        texts[4..]
            .iter()
            .any(|t| t.contains("Zu viele Fehlversuche")),
        "a guess after the free ones waits"
    );
    app.finish().await;
}
both!(guessing_is_throttled_without_locking_out_the_owner);

/// An open survey takes a bounded burst from one connection, then asks it to wait (the
/// answers stay in the form, nothing more is stored); other connections go on answering.
async fn a_burst_of_survey_answers_is_limited_per_client(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let survey = survey_id(&app, "Befragung: Angebote").await;
    let (seit, kurs, idee) = (
        field(&app, survey, "seit").await,
        field(&app, survey, "sprachkurs").await,
        field(&app, survey, "idee").await,
    );
    let answer: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([(&seit, "kurz"), (&kurs, "nein"), (&idee, "Mehr Abendkurse")])
        .finish();
    let send = |client: &'static str| {
        app.client
            .post(format!("{}/14626/befragungen/{survey}", app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("x-forwarded-for", client)
            .body(answer.clone())
            .send()
    };
    let before = app.count("survey_responses").await;
    for n in 0..30 {
        let r = send("198.51.100.20").await.unwrap();
        assert_eq!(r.status().as_u16(), 303, "answer {n}");
    }
    let r = send("198.51.100.20").await.unwrap();
    assert_eq!(r.status().as_u16(), 429);
    let text = r.text().await.unwrap();
    assert!(text.contains("sehr viele Antworten"), "{text}");
    assert!(
        text.contains("Mehr Abendkurse</textarea>"),
        "the answers stay in the form"
    );
    assert_eq!(app.count("survey_responses").await, before + 30);
    assert_eq!(
        send("203.0.113.20").await.unwrap().status().as_u16(),
        303,
        "others go on"
    );
    app.finish().await;
}
both!(a_burst_of_survey_answers_is_limited_per_client);

/// TOTP as an authenticator app computes it, written here from RFC 4226/6238 with its own
/// HMAC over SHA-1, independently of the server's code.
fn totp(secret_base32: &str, step: u64) -> String {
    use sha1::{Digest, Sha1};
    let mut key = Vec::new();
    let (mut buffer, mut bits) = (0u64, 0);
    for c in secret_base32.chars().filter(char::is_ascii_alphanumeric) {
        let v = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".find(c).unwrap() as u64;
        buffer = (buffer << 5) | v;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            key.push((buffer >> bits) as u8);
        }
    }
    let mut block = [0u8; 64];
    block[..key.len()].copy_from_slice(&key);
    let pad = |byte: u8| block.iter().map(|b| b ^ byte).collect::<Vec<u8>>();
    let mut inner = pad(0x36);
    inner.extend_from_slice(&step.to_be_bytes());
    let mut outer = pad(0x5c);
    outer.extend_from_slice(&Sha1::digest(&inner));
    let mac = Sha1::digest(&outer);
    let offset = (mac[19] & 0x0f) as usize;
    let n = u32::from_be_bytes([
        mac[offset] & 0x7f,
        mac[offset + 1],
        mac[offset + 2],
        mac[offset + 3],
    ]);
    format!("{:06}", n % 1_000_000)
}

fn step_now() -> u64 {
    time::OffsetDateTime::now_utc().unix_timestamp() as u64 / 30
}

/// Posts a form with `cookies` from the client `198.51.100.9`; status, body, set cookies.
async fn post_with(
    app: &TestApp,
    path: &str,
    cookies: &str,
    pairs: &[(&str, &str)],
) -> (u16, String, Vec<String>) {
    let body: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    let r = app
        .client
        .post(format!("{}{path}", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("x-forwarded-for", "198.51.100.9")
        .header("cookie", cookies)
        .body(body)
        .send()
        .await
        .unwrap();
    let set: Vec<String> = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|c| c.to_str().unwrap().split(';').next().unwrap().to_owned())
        .filter(|c| !c.ends_with('='))
        .collect();
    (r.status().as_u16(), r.text().await.unwrap(), set)
}

/// With the operator's switch, a server administrator sets up a second factor before
/// administering; then a password alone logs nobody in, a code works once, a recovery code
/// once, and the factor can be switched off with the password.
async fn a_second_factor_guards_password_logins(db: Db) {
    let Some(app) = spawn_demo_requiring_second_factor(db).await else {
        return;
    };
    let get = |path: &str, cookie: &str| {
        app.client
            .get(format!("{}{path}", app.base))
            .header("cookie", cookie.to_owned())
            .send()
    };
    let (status, _, set) = post_with(
        &app,
        "/anmelden",
        "",
        &[("login", "admin"), ("password", "demo-passwort-server")],
    )
    .await;
    assert_eq!(status, 303);
    let session = set[0].clone();
    let r = get("/admin/", &session).await.unwrap();
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(
        r.headers()["location"],
        "/konto?faktor=noetig",
        "no administration without it"
    );
    let konto = get("/konto?faktor=noetig", &session)
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(konto.contains("zweiter Faktor vorgeschrieben"));

    let (secret, now, recovery) = set_up_second_factor(&app, &session).await;
    assert_eq!(
        get("/admin/", &session).await.unwrap().status().as_u16(),
        200,
        "now it opens"
    );

    // A password alone is no longer a login.
    let password_step = || {
        post_with(
            &app,
            "/anmelden",
            "",
            &[("login", "admin"), ("password", "demo-passwort-server")],
        )
    };
    let (status, page, set) = password_step().await;
    assert_eq!(status, 200);
    assert!(page.contains("one-time-code"), "asks for the code");
    assert!(
        set.iter().all(|c| !c.starts_with("teilhabe_sitzung=")),
        "no session yet"
    );
    let challenge = set
        .iter()
        .find(|c| c.starts_with("teilhabe_faktor="))
        .unwrap()
        .clone();
    // The code used to confirm was used: not again.
    let (status, _, _) = post_with(
        &app,
        "/anmelden/zweiter-faktor",
        &challenge,
        &[("code", &totp(&secret, now))],
    )
    .await;
    assert_eq!(status, 401, "a code works once");
    let (status, _, set) = post_with(
        &app,
        "/anmelden/zweiter-faktor",
        &challenge,
        &[("code", &totp(&secret, now + 1))],
    )
    .await;
    assert_eq!(status, 303, "the next one works");
    assert!(set.iter().any(|c| c.starts_with("teilhabe_sitzung=")));
    // Without the cookie of the browser that gave the password, a code is worth nothing.
    let (_, _, set) = password_step().await;
    let challenge = set
        .iter()
        .find(|c| c.starts_with("teilhabe_faktor="))
        .unwrap()
        .clone();
    let (status, ..) = post_with(
        &app,
        "/anmelden/zweiter-faktor",
        "teilhabe_faktor=erfunden",
        &[("code", &recovery[0])],
    )
    .await;
    assert_eq!(status, 401);
    // A recovery code, typed carelessly, works once.
    let typed = recovery[0].to_uppercase().replace('-', " ");
    let (status, ..) = post_with(
        &app,
        "/anmelden/zweiter-faktor",
        &challenge,
        &[("code", &typed)],
    )
    .await;
    assert_eq!(status, 303);
    let (_, _, set) = password_step().await;
    let challenge = set
        .iter()
        .find(|c| c.starts_with("teilhabe_faktor="))
        .unwrap()
        .clone();
    let (status, ..) = post_with(
        &app,
        "/anmelden/zweiter-faktor",
        &challenge,
        &[("code", &recovery[0])],
    )
    .await;
    assert_eq!(status, 401, "a recovery code works once");

    // Switched off with the password (not with a wrong one).
    let (status, ..) = post_with(
        &app,
        "/konto/zweiter-faktor/abschalten",
        &session,
        &[("password", "falsch-falsch")],
    )
    .await;
    assert_eq!(status, 422);
    let (status, page, _) = post_with(
        &app,
        "/konto/zweiter-faktor/abschalten",
        &session,
        &[("password", "demo-passwort-server")],
    )
    .await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("abgeschaltet"));
    let (status, ..) = password_step().await;
    assert_eq!(status, 303, "a password login again");
    app.finish().await;
}
both!(a_second_factor_guards_password_logins);

/// Sets up a second factor for the session's account: the QR code and secret, a wrong
/// code refused, the right one confirming; returns the secret, the time step used and the
/// ten recovery codes.
async fn set_up_second_factor(app: &TestApp, session: &str) -> (String, u64, Vec<String>) {
    let (status, page, _) = post_with(app, "/konto/zweiter-faktor/einrichten", session, &[]).await;
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains("data:image/svg+xml;base64,"),
        "a QR code for the app"
    );
    let secret: String = page
        .split("<code class=\"secret\">")
        .nth(1)
        .and_then(|s| s.split("</code>").next())
        .unwrap()
        .replace(' ', "");
    let (status, _, _) = post_with(
        app,
        "/konto/zweiter-faktor/bestaetigen",
        session,
        &[("code", "000000")],
    )
    .await;
    assert_eq!(status, 422, "a wrong code confirms nothing");
    let now = step_now();
    let (status, page, _) = post_with(
        app,
        "/konto/zweiter-faktor/bestaetigen",
        session,
        &[("code", &totp(&secret, now))],
    )
    .await;
    assert_eq!(status, 200, "{page}");
    let recovery: Vec<String> = page
        .split("<li><code>")
        .skip(1)
        .map(|s| s.split("</code>").next().unwrap().to_owned())
        .collect();
    assert_eq!(recovery.len(), 10, "{page}");
    (secret, now, recovery)
}
