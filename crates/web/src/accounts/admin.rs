//! Accounts in the administration: a body's administrators give and take its roles, create
//! accounts, set new passwords and lock accounts (`/admin/bodies/{id}/accounts`); the
//! server's administrators see every account and answer data-protection requests for them
//! (`/admin/accounts`). The guard lets only a body's administrators reach its accounts.

use crate::kit::auth::Viewer;
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::FormInput;
use crate::kit::layout::Layout;
use crate::kit::moved::moved;
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use teilhabe_domain::access::Role;
use teilhabe_domain::{Coded, FieldErrors, RawInput};
use teilhabe_store::accounts::{BodyAccount, UserSummary, random_password};
use teilhabe_store::{Body, Organization, StoreError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/bodies/{id}/accounts", get(body_accounts).post(grant))
        .route("/bodies/{id}/accounts/revoke", post(revoke))
        .route("/bodies/{id}/accounts/password", post(new_password))
        .route("/bodies/{id}/accounts/lock", post(lock))
        .route("/accounts", get(server_accounts))
        .route("/konten", moved("/admin/konten", "/admin/accounts"))
        .route("/konten/{*rest}", moved("/admin/konten", "/admin/accounts"))
        .route("/accounts/{login}/privacy-export", get(user_privacy_export))
        .route("/accounts/{login}/erase", post(user_erase))
}

type Page = Result<Response, HtmlError>;

#[derive(Template)]
#[template(path = "accounts/admin_accounts.html")]
struct AccountsPage {
    layout: Layout,
    body: Body,
    accounts: Vec<Row>,
    roles: Vec<(&'static str, &'static str)>,
    organizations: Vec<Organization>,
    /// The form as sent, when it had errors.
    input: RawInput,
    errors: Vec<(String, String)>,
}

struct Row {
    account: BodyAccount,
    roles: Vec<(&'static str, &'static str)>,
    /// Whether this viewer may set its password and lock it.
    whole: bool,
}

impl AccountsPage {
    fn value(&self, name: &str) -> &str {
        self.input.get(name).unwrap_or("")
    }

    fn checked(&self, name: &str, value: &str) -> bool {
        self.input.all(name).contains(&value)
    }

    fn error(&self, name: &str) -> Option<&str> {
        crate::kit::form::field_error(&self.errors, name)
    }
}

#[derive(Template)]
#[template(path = "accounts/admin_account_password.html")]
struct PasswordPage {
    layout: Layout,
    back: String,
    login: String,
    password: String,
    created: bool,
}

async fn page(
    app: &AppState,
    cx: &Context,
    viewer: &Viewer,
    body: Body,
    input: RawInput,
    errors: Vec<(String, String)>,
) -> Result<AccountsPage, HtmlError> {
    let server_admin = viewer
        .principal()
        .is_some_and(teilhabe_domain::access::Principal::is_server_admin);
    let accounts = app
        .store
        .body_accounts(&body.key)
        .await?
        .into_iter()
        .map(|a| Row {
            roles: a.roles.iter().map(|r| (r.code(), r.label())).collect(),
            whole: server_admin || !a.elsewhere,
            account: a,
        })
        .collect();
    Ok(AccountsPage {
        layout: Layout::admin(cx, &format!("Konten und Rollen: {}", body.name)),
        organizations: app.store.organizations(body.id).await?,
        roles: Role::ALL.iter().map(|r| (r.code(), r.label())).collect(),
        body,
        accounts,
        input,
        errors,
    })
}

async fn body_accounts(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let viewer = cx.viewer();
    let body = app.store.body(id).await?;
    let p = page(&app, &cx, viewer, body, RawInput::new(), Vec::new()).await?;
    Ok(Html(p.render()?).into_response())
}

/// Gives a role in this body; creates the account first when the login is new (with a
/// password shown once).
async fn grant(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Page {
    let viewer = cx.viewer();
    let body = app.store.body(id).await?;
    let mut errors = FieldErrors::new();
    let login = input.get("login").unwrap_or("").trim().to_lowercase();
    let role = input.get("role").and_then(Role::from_code);
    if login.is_empty() {
        errors.add("login", "Bitte einen Anmeldenamen angeben.");
    }
    if role.is_none() {
        errors.add("role", "Bitte eine Rolle wählen.");
    }
    let organizations: Vec<i64> = input
        .all("organization")
        .iter()
        .filter_map(|o| o.parse().ok())
        .collect();
    if role == Some(Role::Actor) && organizations.is_empty() {
        errors.add(
            "organization",
            "Ein Akteur berichtet für mindestens eine Organisation: bitte ankreuzen.",
        );
    }
    let exists = !login.is_empty() && app.store.user_id(&login).await.is_ok();
    let name = input.get("name").unwrap_or("").trim().to_owned();
    if !exists && !login.is_empty() && name.is_empty() {
        errors.add(
            "name",
            "Das Konto gibt es noch nicht: bitte den Namen der Person angeben.",
        );
    }
    let outcome: Result<Option<String>, StoreError> = if errors.is_empty() {
        let role = role.expect("checked above");
        async {
            let mut password = None;
            if !exists {
                let generated = random_password();
                let email = input.get("email").map(str::trim).filter(|e| !e.is_empty());
                app.store
                    .create_user(&login, &name, email, Some(&generated))
                    .await?;
                password = Some(generated);
            }
            let granted = app
                .store
                .grant_role(&login, role, Some(&body.key), &organizations)
                .await;
            if let Err(e) = granted {
                if password.is_some() {
                    // Nothing half-made: the new account goes again.
                    app.store.delete_user(&login).await?;
                }
                return Err(e);
            }
            Ok(password)
        }
        .await
    } else {
        Err(StoreError::Invalid(errors))
    };
    match outcome {
        Ok(Some(password)) => {
            let p = PasswordPage {
                layout: Layout::admin(&cx, "Konto angelegt"),
                back: format!("/admin/bodies/{id}/accounts"),
                login,
                password,
                created: true,
            };
            Ok(Html(p.render()?).into_response())
        }
        Ok(None) => Ok(Redirect::to(&format!("/admin/bodies/{id}/accounts")).into_response()),
        Err(StoreError::Invalid(errors)) => {
            let list = errors
                .iter()
                .map(|e| (e.field.clone(), e.message.clone()))
                .collect();
            let p = page(&app, &cx, viewer, body, input, list).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(p.render()?)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// The body, and the account named in the form if it holds a role there.
async fn member(
    app: &AppState,
    id: i64,
    input: &RawInput,
) -> Result<(Body, BodyAccount), HtmlError> {
    let body = app.store.body(id).await?;
    let login = input.get("login").unwrap_or("").trim().to_lowercase();
    let account = app
        .store
        .body_accounts(&body.key)
        .await?
        .into_iter()
        .find(|a| a.login == login)
        .ok_or(HtmlError::NotFound)?;
    Ok((body, account))
}

async fn revoke(
    State(app): State<AppState>,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Page {
    let (body, account) = member(&app, id, &input).await?;
    let role = input
        .get("role")
        .and_then(Role::from_code)
        .ok_or_else(|| HtmlError::Refused("Unbekannte Rolle.".into()))?;
    app.store
        .revoke_role(&account.login, role, Some(&body.key))
        .await?;
    Ok(Redirect::to(&format!("/admin/bodies/{id}/accounts")).into_response())
}

/// Whether the viewer may act on the whole account (not only its roles here).
fn whole(viewer: &Viewer, account: &BodyAccount) -> Result<(), HtmlError> {
    if account.elsewhere
        && !viewer
            .principal()
            .is_some_and(teilhabe_domain::access::Principal::is_server_admin)
    {
        return Err(HtmlError::Refused(format!(
            "„{}“ hat auch Rollen in anderen Körperschaften; Passwort und Sperre setzt dort nur die Server-Administration.",
            account.login
        )));
    }
    Ok(())
}

async fn new_password(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Page {
    let viewer = cx.viewer();
    let (_, account) = member(&app, id, &input).await?;
    whole(viewer, &account)?;
    let password = random_password();
    app.store.set_password(&account.login, &password).await?;
    let p = PasswordPage {
        layout: Layout::admin(&cx, "Neues Passwort"),
        back: format!("/admin/bodies/{id}/accounts"),
        login: account.login,
        password,
        created: false,
    };
    Ok(Html(p.render()?).into_response())
}

async fn lock(
    State(app): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Page {
    let (_, account) = member(&app, id, &input).await?;
    whole(&viewer, &account)?;
    let disable = input.get("disabled") == Some("1");
    if disable && viewer.principal().map(|p| p.login.as_str()) == Some(account.login.as_str()) {
        return Err(HtmlError::Refused(
            "Das eigene Konto lässt sich hier nicht sperren.".into(),
        ));
    }
    app.store.set_disabled(&account.login, disable).await?;
    Ok(Redirect::to(&format!("/admin/bodies/{id}/accounts")).into_response())
}

#[derive(Template)]
#[template(path = "accounts/admin_server_accounts.html")]
struct ServerAccounts {
    layout: Layout,
    accounts: Vec<(UserSummary, Vec<String>)>,
}

async fn server_accounts(State(app): State<AppState>, cx: Context) -> Page {
    let accounts = app
        .store
        .list_users()
        .await?
        .into_iter()
        .map(|u| {
            let roles = u
                .roles
                .iter()
                .map(|(r, b)| match b {
                    Some(key) => format!("{} ({key})", r.label()),
                    None => format!("{} (alle)", r.label()),
                })
                .collect();
            (u, roles)
        })
        .collect();
    let p = ServerAccounts {
        layout: Layout::admin(&cx, "Alle Konten"),
        accounts,
    };
    Ok(Html(p.render()?).into_response())
}

/// Art. 15 GDPR for an account, as a JSON download.
async fn user_privacy_export(State(app): State<AppState>, Path(login): Path<String>) -> Page {
    let data = app.store.user_export(&login).await?;
    let file = login.replace(|c: char| !c.is_ascii_alphanumeric(), "-");
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/json; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"auskunft-konto-{file}.json\""),
            ),
        ],
        serde_json::to_string_pretty(&data).unwrap_or_default(),
    )
        .into_response())
}

/// Art. 17 GDPR for an account: anonymised and locked; one's own account is refused.
async fn user_erase(
    State(app): State<AppState>,
    viewer: Viewer,
    Path(login): Path<String>,
) -> Page {
    if viewer.principal().map(|p| p.login.as_str()) == Some(login.as_str()) {
        return Err(HtmlError::Refused(
            "Das eigene Konto lässt sich hier nicht löschen.".into(),
        ));
    }
    app.store.erase_user(&login).await?;
    Ok(Redirect::to("/admin/accounts").into_response())
}
