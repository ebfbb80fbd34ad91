//! Logging in and out, and the person's own account: `/anmelden`, `/abmelden`, `/konto`.

use crate::AppState;
use crate::auth::{self, ClientAddr, Viewer};
use crate::error::HtmlError;
use crate::form::FormInput;
use crate::views::{Layout, tr};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Deserialize;
use teilhabe_store::StoreError;
use teilhabe_store::accounts::{FAILURE_WINDOW_MINUTES, LoginOutcome};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/anmelden", get(login_form).post(login))
        .route("/anmelden/sso", get(sso_start))
        .route("/anmelden/sso/antwort", get(sso_answer))
        .route("/abmelden", post(logout))
        .route("/konto", get(account))
        .route("/konto/ueberall-abmelden", post(logout_everywhere))
        .route("/konto/passwort", post(change_password))
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    layout: Layout,
    error: Option<String>,
    login: String,
    next: String,
    /// Whether single sign-on is offered.
    sso: bool,
}

/// Where to go after login: a path on this site only (no `//host`, no scheme).
fn local_path(next: &str) -> String {
    let ok = next.starts_with('/') && !next.starts_with("//") && !next.contains('\\');
    if ok {
        next.to_owned()
    } else {
        "/admin/".to_owned()
    }
}

#[derive(Deserialize, Default)]
struct LoginQuery {
    #[serde(default)]
    weiter: String,
}

fn login_page(
    app: &AppState,
    status: StatusCode,
    error: Option<String>,
    login: String,
    next: &str,
) -> Result<Response, HtmlError> {
    let page = LoginPage {
        layout: Layout::translated(&tr("nav-login")),
        error,
        login,
        next: local_path(next),
        sso: app.oidc.is_some(),
    };
    Ok((status, Html(page.render()?)).into_response())
}

async fn login_form(
    State(app): State<AppState>,
    Query(q): Query<LoginQuery>,
) -> Result<Response, HtmlError> {
    login_page(&app, StatusCode::OK, None, String::new(), &q.weiter)
}

fn sso_redirect_uri(app: &AppState) -> String {
    format!("{}/anmelden/sso/antwort", app.public_url)
}

/// Sends the browser to the provider, remembering state, nonce and PKCE verifier.
async fn sso_start(
    State(app): State<AppState>,
    Query(q): Query<LoginQuery>,
) -> Result<Response, HtmlError> {
    let Some(oidc) = app.oidc.clone() else {
        return Err(HtmlError::NotFound);
    };
    let (state, nonce, verifier) = (
        teilhabe_store::accounts::random_token(),
        teilhabe_store::accounts::random_token(),
        teilhabe_store::accounts::random_token(),
    );
    let next = local_path(&q.weiter);
    match oidc
        .authorization_url(&sso_redirect_uri(&app), &state, &nonce, &verifier)
        .await
    {
        Ok(url) => {
            app.store
                .begin_oidc_login(&state, &nonce, &verifier, &next)
                .await?;
            Ok(Redirect::to(&url).into_response())
        }
        Err(e) => login_page(
            &app,
            StatusCode::BAD_GATEWAY,
            Some(e.0),
            String::new(),
            &next,
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
/// (or linked on its first single sign-on) and a session begun.
async fn sso_answer(
    State(app): State<AppState>,
    Query(q): Query<SsoAnswer>,
) -> Result<Response, HtmlError> {
    let Some(oidc) = app.oidc.clone() else {
        return Err(HtmlError::NotFound);
    };
    let refuse = |message: String| {
        login_page(
            &app,
            StatusCode::UNAUTHORIZED,
            Some(message),
            String::new(),
            "/admin/",
        )
    };
    let Some((nonce, verifier, next)) = app.store.take_oidc_login(&q.state).await? else {
        return refuse(
            "Diese Anmeldung ist abgelaufen oder wurde schon verwendet. Bitte noch einmal anmelden."
                .into(),
        );
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
    Ok((
        [(header::SET_COOKIE, auth::session_cookie(&app, &token))],
        Redirect::to(&next),
    )
        .into_response())
}

async fn login(
    State(app): State<AppState>,
    Extension(ClientAddr(client)): Extension<ClientAddr>,
    FormInput(input): FormInput,
) -> Result<Response, HtmlError> {
    let field = |name| input.get(name).unwrap_or_default().to_owned();
    let (login, password, next) = (field("login"), field("password"), field("weiter"));
    if login.trim().is_empty() || password.is_empty() {
        return login_page(
            &app,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(tr("login-missing")),
            login,
            &next,
        );
    }
    match app.store.login(&login, &password, &client).await? {
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
            StatusCode::UNAUTHORIZED,
            Some(tr("login-refused")),
            login,
            &next,
        ),
        LoginOutcome::Locked => login_page(
            &app,
            StatusCode::TOO_MANY_REQUESTS,
            Some(crate::i18n::format(
                crate::i18n::page().code,
                "login-locked",
                &[("minutes", FAILURE_WINDOW_MINUTES.to_string())],
            )),
            login,
            &next,
        ),
    }
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
#[template(path = "account.html")]
struct AccountPage {
    layout: Layout,
    notice: Option<String>,
    name: String,
    login: String,
    roles: Vec<String>,
    errors: Vec<(String, String)>,
    min_len: usize,
}

async fn account_page(
    app: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    notice: Option<String>,
    errors: Vec<(String, String)>,
) -> Result<Response, HtmlError> {
    let Some(p) = viewer.principal() else {
        return Ok(Redirect::to("/anmelden?weiter=%2Fkonto").into_response());
    };
    let bodies = app.store.list_bodies().await?;
    let roles = p.role_labels(|id| bodies.iter().find(|b| b.id == id).map(|b| b.name.clone()));
    let page = AccountPage {
        layout: Layout::translated(&crate::views::g("Ihr Konto")),
        notice,
        name: p.display_name.clone(),
        login: p.login.clone(),
        roles,
        errors,
        min_len: teilhabe_domain::access::MIN_PASSWORD_LEN,
    };
    Ok((status, Html(page.render()?)).into_response())
}

async fn account(State(app): State<AppState>, viewer: Viewer) -> Result<Response, HtmlError> {
    account_page(&app, &viewer, StatusCode::OK, None, Vec::new()).await
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

async fn change_password(
    State(app): State<AppState>,
    viewer: Viewer,
    FormInput(input): FormInput,
) -> Result<Response, HtmlError> {
    let Some(p) = viewer.principal() else {
        return Ok(Redirect::to("/anmelden?weiter=%2Fkonto").into_response());
    };
    match app
        .store
        .change_own_password(
            p.user_id,
            input.get("current").unwrap_or_default(),
            input.get("password").unwrap_or_default(),
        )
        .await
    {
        Ok(()) => {
            // Every session ended with the change; this one starts afresh.
            let token = app.store.create_session(p.user_id).await?;
            let mut response = account_page(
                &app,
                &viewer,
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
                &viewer,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                errors,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}
