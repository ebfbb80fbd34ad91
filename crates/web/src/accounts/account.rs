//! Logging in and out, and the person's own account: `/anmelden`, `/abmelden`, `/konto`.

use crate::kit::auth::{self, Viewer};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::FormInput;
use crate::kit::layout::Layout;
use crate::kit::proxies::ClientAddr;
use crate::kit::request;
use crate::kit::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Deserialize;
use teilhabe_store::StoreError;
use teilhabe_store::accounts::LoginOutcome;
use teilhabe_store::second_factor::ChallengeOutcome;
use teilhabe_store::sso::OidcLoginTaken;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/anmelden", get(login_form).post(login))
        .route("/anmelden/sso", get(sso_start))
        .route("/konto/dienstkonto", post(sso_link_start))
        .route("/anmelden/sso/antwort", get(sso_answer))
        .route("/abmelden", post(logout))
        .route("/konto", get(account))
        .route("/konto/ueberall-abmelden", post(logout_everywhere))
        .route("/konto/passwort", post(change_password))
        .route("/konto/sprache", post(change_language))
        .route("/konto/tokens/{reference}/widerrufen", post(revoke_token))
        .route("/anmelden/zweiter-faktor", post(second_factor))
        .route("/konto/zweiter-faktor/einrichten", post(totp_begin))
        .route("/konto/zweiter-faktor/bestaetigen", post(totp_confirm))
        .route("/konto/zweiter-faktor/abschalten", post(totp_disable))
}

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    layout: Layout,
    error: Option<String>,
    login: String,
    next: String,
    /// Whether single sign-on is offered.
    sso: bool,
}

/// Where to go after login: a path on this site only, or the administration's start page.
///
/// Browsers read a `Location` by the WHATWG URL rules, which drop tabs and line breaks
/// anywhere, strip leading and trailing spaces and control characters, and read `\\` as
/// `/`: `/<TAB>/evil.example` becomes `//evil.example`, another site. So only visible ASCII
/// is taken (non-ASCII is sent percent-encoded by browsers anyway), no backslash at all, a
/// leading `/` and no second one right after it. What passes is also a valid header value.
fn local_path(next: &str) -> String {
    let bytes = next.as_bytes();
    let ok = bytes.first() == Some(&b'/')
        && bytes.get(1) != Some(&b'/')
        && bytes
            .iter()
            .all(|b| (0x21..=0x7e).contains(b) && *b != b'\\');
    if ok {
        next.to_owned()
    } else {
        "/admin/".to_owned()
    }
}

/// Where the account's pages send someone who is not logged in: the login, back to `/konto`.
fn to_login() -> Response {
    Redirect::to("/anmelden?weiter=%2Fkonto").into_response()
}

#[derive(Deserialize, Default)]
struct LoginQuery {
    #[serde(default)]
    weiter: String,
}

fn login_page(
    app: &AppState,
    cx: &Context,
    status: StatusCode,
    error: Option<String>,
    login: String,
    next: &str,
) -> Result<Response, HtmlError> {
    let page = LoginPage {
        layout: Layout::translated(cx, &cx.tr("nav-login")),
        error,
        login,
        next: local_path(next),
        sso: app.oidc.is_some(),
    };
    Ok((status, Html(page.render()?)).into_response())
}

async fn login_form(
    State(app): State<AppState>,
    cx: Context,
    Query(q): Query<LoginQuery>,
) -> Result<Response, HtmlError> {
    login_page(&app, &cx, StatusCode::OK, None, String::new(), &q.weiter)
}

fn sso_redirect_uri(app: &AppState) -> String {
    format!("{}/anmelden/sso/antwort", app.public_url)
}

/// Sends the browser to the provider, remembering state, nonce and PKCE verifier, and
/// giving the browser a value of its own (a cookie) without which the answer is refused.
async fn sso_start(
    State(app): State<AppState>,
    cx: Context,
    Query(q): Query<LoginQuery>,
) -> Result<Response, HtmlError> {
    begin_sso(&app, &cx, &local_path(&q.weiter), None).await
}

/// The logged-in person links their account to their identity at the provider: the
/// explicit step that single sign-on needs before it logs into an existing account.
async fn sso_link_start(State(app): State<AppState>, cx: Context) -> Result<Response, HtmlError> {
    let viewer = cx.viewer();
    let Some(p) = viewer.principal() else {
        return Ok(to_login());
    };
    begin_sso(&app, &cx, "/konto", Some(p.user_id)).await
}

async fn begin_sso(
    app: &AppState,
    cx: &Context,
    next: &str,
    link_user_id: Option<i64>,
) -> Result<Response, HtmlError> {
    let Some(oidc) = app.oidc.clone() else {
        return Err(HtmlError::NotFound);
    };
    let random = teilhabe_store::accounts::random_token;
    let (state, nonce, verifier, browser) = (random(), random(), random(), random());
    match oidc
        .authorization_url(&sso_redirect_uri(app), &state, &nonce, &verifier)
        .await
    {
        Ok(url) => {
            let start = teilhabe_store::sso::OidcLoginStart {
                state: &state,
                nonce: &nonce,
                verifier: &verifier,
                browser: &browser,
                link_user_id,
            };
            app.store.begin_oidc_login(&start, next).await?;
            Ok((
                [(header::SET_COOKIE, auth::sso_cookie(app, &browser, 600))],
                Redirect::to(&url),
            )
                .into_response())
        }
        Err(e) => login_page(
            app,
            cx,
            StatusCode::BAD_GATEWAY,
            Some(e.0),
            String::new(),
            next,
        ),
    }
}

#[derive(Deserialize, Default)]
struct SsoAnswer {
    #[serde(default)]
    code: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    error: String,
}

/// The provider's answer: the code is exchanged, the ID token checked, the account found
/// (or linked, when its logged-in holder asked for that) and a session begun. Only the
/// browser that began the login may finish it.
async fn sso_answer(
    State(app): State<AppState>,
    cx: Context,
    headers: HeaderMap,
    Query(q): Query<SsoAnswer>,
) -> Result<Response, HtmlError> {
    let viewer = cx.viewer();
    let Some(oidc) = app.oidc.clone() else {
        return Err(HtmlError::NotFound);
    };
    let clear = auth::sso_cookie(&app, "", 0);
    let refuse = |message: String| {
        let mut page = login_page(
            &app,
            &cx,
            StatusCode::UNAUTHORIZED,
            Some(message),
            String::new(),
            "/admin/",
        )?;
        page.headers_mut()
            .insert(header::SET_COOKIE, clear.parse().expect("cookie is ASCII"));
        Ok::<_, HtmlError>(page)
    };
    let browser = request::cookie(&headers, auth::sso_cookie_name(&app)).unwrap_or_default();
    let (nonce, verifier, next, link_user_id) = match app
        .store
        .take_oidc_login(&q.state, browser)
        .await?
    {
        OidcLoginTaken::Mine {
            nonce,
            verifier,
            next,
            link_user_id,
        } => (nonce, verifier, next, link_user_id),
        OidcLoginTaken::OtherBrowser => {
            tracing::warn!("single sign-on answer for a login begun in another browser");
            return refuse(
                "Diese Anmeldung wurde in einem anderen Browser begonnen. Bitte hier noch einmal anmelden."
                    .into(),
            );
        }
        OidcLoginTaken::Unknown => {
            return refuse(
                "Diese Anmeldung ist abgelaufen oder wurde schon verwendet. Bitte noch einmal anmelden."
                    .into(),
            );
        }
    };
    if !q.error.is_empty() || q.code.is_empty() {
        return refuse("Der Anmeldedienst hat die Anmeldung abgebrochen.".into());
    }
    let identity = match oidc
        .identify(&q.code, &sso_redirect_uri(&app), &verifier, &nonce)
        .await
    {
        Ok(identity) => identity,
        Err(e) => {
            tracing::warn!(reason = %e.0, "single sign-on refused");
            return refuse(e.0);
        }
    };
    if let Some(user_id) = link_user_id {
        // Linking: the same person must still be logged in here, with the password.
        if viewer.principal().map(|p| p.user_id) != Some(user_id) {
            return refuse("Zum Verknüpfen bitte zuerst mit Ihrem Passwort anmelden.".into());
        }
        return match app.store.link_oidc(user_id, &identity.subject).await {
            Ok(()) => {
                tracing::info!(
                    user_id,
                    "single sign-on identity linked by the account holder"
                );
                Ok(([(header::SET_COOKIE, clear)], Redirect::to("/konto")).into_response())
            }
            Err(StoreError::Refused(message)) => refuse(message),
            Err(other) => Err(other.into()),
        };
    }
    let Some(user_id) = app
        .store
        .oidc_account(&identity.subject, identity.login.as_deref())
        .await?
    else {
        return refuse(
            "Für dieses Dienstkonto gibt es hier kein (aktives) Konto. Bitte wenden Sie sich an die Administration Ihrer Körperschaft."
                .into(),
        );
    };
    let token = app.store.create_session(user_id).await?;
    tracing::info!(user_id, "login (single sign-on)");
    let mut response = (
        [(header::SET_COOKIE, auth::session_cookie(&app, &token))],
        Redirect::to(&next),
    )
        .into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, clear.parse().expect("cookie is ASCII"));
    Ok(response)
}

async fn login(
    State(app): State<AppState>,
    cx: Context,
    Extension(ClientAddr(client)): Extension<ClientAddr>,
    FormInput(input): FormInput,
) -> Result<Response, HtmlError> {
    let field = |name| input.get(name).unwrap_or_default().to_owned();
    let (login, password, next) = (field("login"), field("password"), field("weiter"));
    if login.trim().is_empty() || password.is_empty() {
        return login_page(
            &app,
            &cx,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(cx.tr("login-missing")),
            login,
            &next,
        );
    }
    match app
        .store
        .login_to(&login, &password, &client, &local_path(&next))
        .await?
    {
        LoginOutcome::SecondFactor { challenge } => {
            let mut page = second_factor_page(&cx, StatusCode::OK, None)?;
            page.headers_mut().insert(
                header::SET_COOKIE,
                auth::challenge_cookie(&app, &challenge, 600)
                    .parse()
                    .expect("cookie is ASCII"),
            );
            Ok(page)
        }
        LoginOutcome::Session { token, user_id } => {
            tracing::info!(user_id, "login");
            Ok((
                [(header::SET_COOKIE, auth::session_cookie(&app, &token))],
                Redirect::to(&local_path(&next)),
            )
                .into_response())
        }
        LoginOutcome::Refused => login_page(
            &app,
            &cx,
            StatusCode::UNAUTHORIZED,
            Some(cx.tr("login-refused")),
            login,
            &next,
        ),
        LoginOutcome::Wait { seconds } => {
            let mut page = login_page(
                &app,
                &cx,
                StatusCode::TOO_MANY_REQUESTS,
                Some(crate::kit::i18n::page_format(
                    cx.lang(),
                    "login-locked",
                    &[("seconds", seconds.to_string())],
                )),
                login,
                &next,
            )?;
            page.headers_mut().insert(
                header::RETRY_AFTER,
                seconds.to_string().parse().expect("digits"),
            );
            Ok(page)
        }
    }
}

#[derive(Template)]
#[template(path = "accounts/second_factor.html")]
struct SecondFactorPage {
    layout: Layout,
    error: Option<String>,
}

fn second_factor_page(
    cx: &Context,
    status: StatusCode,
    error: Option<String>,
) -> Result<Response, HtmlError> {
    let page = SecondFactorPage {
        layout: Layout::translated(cx, &cx.g("Zweiter Faktor")),
        error,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// The code for a password login of an account with a second factor.
async fn second_factor(
    State(app): State<AppState>,
    cx: Context,
    headers: HeaderMap,
    Extension(ClientAddr(client)): Extension<ClientAddr>,
    FormInput(input): FormInput,
) -> Result<Response, HtmlError> {
    let challenge =
        request::cookie(&headers, auth::challenge_cookie_name(&app)).unwrap_or_default();
    let code = input.get("code").unwrap_or_default();
    match app.store.answer_challenge(challenge, code, &client).await? {
        ChallengeOutcome::Session {
            token,
            user_id,
            next,
        } => {
            tracing::info!(user_id, "login (password and second factor)");
            let mut response = (
                [(header::SET_COOKIE, auth::session_cookie(&app, &token))],
                Redirect::to(&local_path(&next)),
            )
                .into_response();
            response.headers_mut().append(
                header::SET_COOKIE,
                auth::challenge_cookie(&app, "", 0)
                    .parse()
                    .expect("cookie is ASCII"),
            );
            Ok(response)
        }
        ChallengeOutcome::Refused => second_factor_page(&cx,
            StatusCode::UNAUTHORIZED,
            Some("Der Code stimmt nicht. Bitte den aktuellen Code aus der App eingeben, oder einen unbenutzten Wiederherstellungscode.".into()),
        ),
        ChallengeOutcome::Wait { seconds } => second_factor_page(&cx,
            StatusCode::TOO_MANY_REQUESTS,
            Some(format!(
                "Zu viele Fehlversuche. Bitte in {seconds} Sekunden noch einmal versuchen."
            )),
        ),
        ChallengeOutcome::Expired => login_page(
            &app,
            &cx, StatusCode::UNAUTHORIZED,
            Some(cx.g(
                "Diese Anmeldung ist abgelaufen. Bitte noch einmal mit Passwort anmelden.",
            )),
            String::new(),
            "/admin/",
        ),
    }
}

#[derive(Template)]
#[template(path = "accounts/account_second_factor.html")]
struct SetupPage {
    layout: Layout,
    qr: String,
    secret: String,
    error: Option<String>,
    recovery: Vec<String>,
}

fn setup_page(
    cx: &Context,
    status: StatusCode,
    enrolment: Option<&teilhabe_store::second_factor::Enrolment>,
    error: Option<String>,
    recovery: Vec<String>,
) -> Result<Response, HtmlError> {
    use base64::Engine;
    let (qr, secret) = match enrolment {
        Some(e) => (
            format!(
                "data:image/svg+xml;base64,{}",
                base64::engine::general_purpose::STANDARD.encode(teilhabe_report::qr_svg(&e.uri))
            ),
            e.secret
                .as_bytes()
                .chunks(4)
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect::<Vec<_>>()
                .join(" "),
        ),
        None => (String::new(), String::new()),
    };
    let page = SetupPage {
        layout: Layout::translated(cx, &cx.g("Zweiten Faktor einrichten")),
        qr,
        secret,
        error,
        recovery,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// A new secret for the person's authenticator app (not in force before it is confirmed).
async fn totp_begin(State(app): State<AppState>, cx: Context) -> Result<Response, HtmlError> {
    let viewer = cx.viewer();
    let Some(p) = viewer.principal() else {
        return Ok(to_login());
    };
    let issuer = auth::totp_issuer(&app);
    let enrolment = app.store.begin_totp(p.user_id, &issuer).await?;
    setup_page(&cx, StatusCode::OK, Some(&enrolment), None, Vec::new())
}

/// The first code from the app: the second factor is in force, the recovery codes shown once.
async fn totp_confirm(
    State(app): State<AppState>,
    cx: Context,
    FormInput(input): FormInput,
) -> Result<Response, HtmlError> {
    let viewer = cx.viewer();
    let Some(p) = viewer.principal() else {
        return Ok(to_login());
    };
    match app
        .store
        .confirm_totp(p.user_id, input.get("code").unwrap_or_default())
        .await
    {
        Ok(codes) => {
            tracing::info!(user_id = p.user_id, "second factor set up");
            setup_page(&cx, StatusCode::OK, None, None, codes)
        }
        Err(StoreError::Invalid(errors)) => {
            // The same secret again, so that the app's entry stays valid.
            let issuer = auth::totp_issuer(&app);
            let message = errors.iter().next().map(|e| e.message.clone());
            match app.store.pending_totp(p.user_id, &issuer).await? {
                Some(enrolment) => setup_page(
                    &cx,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    Some(&enrolment),
                    message,
                    Vec::new(),
                ),
                None => Ok(Redirect::to("/konto").into_response()),
            }
        }
        Err(other) => Err(other.into()),
    }
}

/// Switches the second factor off, with the password.
async fn totp_disable(
    State(app): State<AppState>,
    cx: Context,
    Extension(ClientAddr(client)): Extension<ClientAddr>,
    FormInput(input): FormInput,
) -> Result<Response, HtmlError> {
    let viewer = cx.viewer();
    let Some(p) = viewer.principal() else {
        return Ok(to_login());
    };
    let password = input.get("password").unwrap_or_default();
    let (status, notice) = match app
        .store
        .check_own_password(p.user_id, password, &client)
        .await?
    {
        Ok(true) => {
            app.store.disable_totp(p.user_id).await?;
            tracing::info!(user_id = p.user_id, "second factor switched off");
            (
                StatusCode::OK,
                "Der zweite Faktor ist abgeschaltet.".to_owned(),
            )
        }
        Ok(false) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            "Das Passwort stimmt nicht; der zweite Faktor bleibt eingerichtet.".to_owned(),
        ),
        Err(seconds) => (
            StatusCode::TOO_MANY_REQUESTS,
            format!("Zu viele Fehlversuche. Bitte in {seconds} Sekunden noch einmal versuchen."),
        ),
    };
    account_page(&app, &cx, viewer, status, Some(notice), Vec::new()).await
}

async fn logout(State(app): State<AppState>, headers: HeaderMap) -> Result<Response, HtmlError> {
    if let Some(token) = auth::token(&app, &headers) {
        app.store.end_session(&token).await?;
    }
    Ok((
        [(header::SET_COOKIE, auth::clear_cookie(&app))],
        Redirect::to("/"),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountPage {
    layout: Layout,
    notice: Option<String>,
    name: String,
    login: String,
    roles: Vec<String>,
    errors: Vec<(String, String)>,
    min_len: usize,
    /// Single sign-on is offered and this account is not linked yet: the button to link it.
    sso_link: bool,
    /// This account logs in through the provider too.
    sso_linked: bool,
    /// Its API tokens: `(reference, label, created, expires, last used)`, times as shown.
    tokens: Vec<(String, String, String, String, String)>,
    /// Password logins ask for a one-time code; recovery codes not used yet.
    second_factor: bool,
    recovery_left: i64,
    /// The language of the account's mails, and the languages to choose from.
    mail_language: String,
    languages: Vec<(&'static str, &'static str)>,
}

/// A stored UTC timestamp as people read it: `2026-12-04 17:05 UTC`.
fn shown_time(stamp: &str) -> String {
    match stamp.get(..16) {
        Some(minute) => format!("{} UTC", minute.replace('T', " ")),
        None => stamp.to_owned(),
    }
}

async fn account_page(
    app: &AppState,
    cx: &Context,
    viewer: &Viewer,
    status: StatusCode,
    notice: Option<String>,
    errors: Vec<(String, String)>,
) -> Result<Response, HtmlError> {
    let Some(p) = viewer.principal() else {
        return Ok(to_login());
    };
    let bodies = app.store.list_bodies().await?;
    let linked = app.store.oidc_linked(p.user_id).await?;
    let roles = p.role_labels(|id| bodies.iter().find(|b| b.id == id).map(|b| b.name.clone()));
    let page = AccountPage {
        layout: Layout::translated(cx, &cx.g("Ihr Konto")),
        notice,
        name: p.display_name.clone(),
        login: p.login.clone(),
        roles,
        errors,
        min_len: teilhabe_domain::access::MIN_PASSWORD_LEN,
        sso_link: app.oidc.is_some() && !linked,
        sso_linked: linked,
        second_factor: p.second_factor,
        recovery_left: app.store.recovery_codes_left(p.user_id).await?,
        mail_language: app
            .store
            .user_language(p.user_id)
            .await?
            .unwrap_or_else(|| "de".to_owned()),
        languages: teilhabe_domain::languages::all()
            .iter()
            .map(|l| (l.code, l.name))
            .collect(),
        tokens: app
            .store
            .api_tokens(p.user_id)
            .await?
            .into_iter()
            .map(|t| {
                (
                    t.reference,
                    t.label,
                    shown_time(&t.created_at),
                    shown_time(&t.expires_at),
                    t.last_used_at
                        .as_deref()
                        .map(shown_time)
                        .unwrap_or_default(),
                )
            })
            .collect(),
    };
    Ok((status, Html(page.render()?)).into_response())
}

#[derive(Deserialize, Default)]
struct AccountQuery {
    #[serde(default)]
    faktor: String,
}

async fn account(
    State(app): State<AppState>,
    cx: Context,
    Query(q): Query<AccountQuery>,
) -> Result<Response, HtmlError> {
    let viewer = cx.viewer();
    // Where the guard sends a server administrator who has no second factor yet.
    let notice = (q.faktor == "noetig").then(|| {
        "Für die Administration des Servers ist ein zweiter Faktor vorgeschrieben: bitte zuerst hier einrichten."
            .to_owned()
    });
    account_page(&app, &cx, viewer, StatusCode::OK, notice, Vec::new()).await
}

async fn logout_everywhere(
    State(app): State<AppState>,
    viewer: Viewer,
) -> Result<Response, HtmlError> {
    if let Some(p) = viewer.principal() {
        let n = app.store.end_all_sessions(p.user_id).await?;
        tracing::info!(user_id = p.user_id, sessions = n, "logout everywhere");
    }
    Ok((
        [(header::SET_COOKIE, auth::clear_cookie(&app))],
        Redirect::to("/anmelden?weiter=%2Fkonto"),
    )
        .into_response())
}

/// Sets the language the account's mails are written in (German is stored as none).
async fn change_language(
    State(app): State<AppState>,
    cx: Context,
    FormInput(input): FormInput,
) -> Result<Response, HtmlError> {
    let viewer = cx.viewer();
    let Some(p) = viewer.principal() else {
        return Ok(to_login());
    };
    let code = input.get("language").unwrap_or("de").trim();
    let known = teilhabe_domain::languages::language(code).is_some();
    if !known {
        return Err(HtmlError::Refused(
            "Bitte eine der angebotenen Sprachen wählen.".into(),
        ));
    }
    let stored = (code != "de").then_some(code);
    app.store.set_user_language(p.user_id, stored).await?;
    account_page(
        &app,
        &cx,
        viewer,
        StatusCode::OK,
        Some("Die Sprache Ihrer E-Mails ist gespeichert.".into()),
        Vec::new(),
    )
    .await
}

/// Revokes one of the person's own API tokens.
async fn revoke_token(
    State(app): State<AppState>,
    cx: Context,
    axum::extract::Path(reference): axum::extract::Path<String>,
) -> Result<Response, HtmlError> {
    let viewer = cx.viewer();
    let Some(p) = viewer.principal() else {
        return Ok(to_login());
    };
    let notice = if app.store.revoke_api_token(p.user_id, &reference).await? {
        tracing::info!(user_id = p.user_id, "API token revoked");
        "Das API-Token ist widerrufen."
    } else {
        "Dieses API-Token gibt es nicht (mehr)."
    };
    account_page(
        &app,
        &cx,
        viewer,
        StatusCode::OK,
        Some(notice.into()),
        Vec::new(),
    )
    .await
}

async fn change_password(
    State(app): State<AppState>,
    cx: Context,
    Extension(ClientAddr(client)): Extension<ClientAddr>,
    FormInput(input): FormInput,
) -> Result<Response, HtmlError> {
    let viewer = cx.viewer();
    let Some(p) = viewer.principal() else {
        return Ok(to_login());
    };
    match app
        .store
        .change_own_password(
            p.user_id,
            input.get("current").unwrap_or_default(),
            input.get("password").unwrap_or_default(),
            &client,
        )
        .await
    {
        Ok(()) => {
            // Every session ended with the change; this one starts afresh.
            let token = app.store.create_session(p.user_id).await?;
            let mut response = account_page(
                &app,
                &cx,
                viewer,
                StatusCode::OK,
                Some("Das Passwort wurde geändert. Alle anderen Sitzungen sind beendet.".into()),
                Vec::new(),
            )
            .await?;
            response.headers_mut().insert(
                header::SET_COOKIE,
                auth::session_cookie(&app, &token)
                    .parse()
                    .expect("cookie is ASCII"),
            );
            Ok(response)
        }
        Err(StoreError::Invalid(errors)) => {
            let errors = errors
                .iter()
                .map(|e| {
                    let field = if e.field == "current" {
                        "current"
                    } else {
                        "password"
                    };
                    (field.to_owned(), e.message.clone())
                })
                .collect();
            account_page(
                &app,
                &cx,
                viewer,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                errors,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::local_path;

    /// Every string over an alphabet of the characters that trick URL parsers, up to four
    /// long, behind a leading `/` and bare: what `local_path` lets through must resolve, by
    /// the WHATWG rules browsers use (the `url` crate implements them), to this very site,
    /// and must be a valid header value. The reported `/<TAB>/evil.example` is among them.
    #[test]
    fn a_redirect_after_login_never_leaves_the_site() {
        let alphabet = [
            "/", "\\", "\t", "\n", "\r", "\0", " ", "%2F", "%09", "%5C", ":", "@", ".", "evil",
            "\u{7f}", "\u{a0}", "\u{2028}", "\u{202e}", "?", "#", "http:", "ä",
        ];
        let base = url::Url::parse("https://kreis.example/admin/").unwrap();
        let mut checked = 0;
        let mut words = vec![String::new()];
        for _ in 0..4 {
            let mut longer = Vec::new();
            for w in &words {
                for a in alphabet {
                    longer.push(format!("{w}{a}"));
                }
            }
            for w in &longer {
                for candidate in [w.clone(), format!("/{w}"), format!("{w}/evil.example")] {
                    let next = local_path(&candidate);
                    assert!(
                        axum::http::HeaderValue::from_str(&next).is_ok(),
                        "{candidate:?} gave the header value {next:?}"
                    );
                    let resolved = base.join(&next).expect("a path resolves");
                    assert_eq!(
                        (resolved.scheme(), resolved.host_str(), resolved.port()),
                        ("https", Some("kreis.example"), None),
                        "{candidate:?} led to {resolved}"
                    );
                    checked += 1;
                }
            }
            words = longer;
        }
        assert!(checked > 700_000, "{checked}");
        assert_eq!(local_path("/\t/evil.example"), "/admin/");
        assert_eq!(local_path("/\n/x"), "/admin/");
        assert_eq!(local_path("/\\evil.example"), "/admin/");
        assert_eq!(local_path("https://evil.example"), "/admin/");
        // Ordinary paths with a query pass unchanged.
        assert_eq!(
            local_path("/admin/measures/4?tab=1"),
            "/admin/measures/4?tab=1"
        );
        assert_eq!(local_path("/konto"), "/konto");
    }
}
