//! `teilhabe user …`: accounts, roles and API tokens from the command line (the first
//! administrator is made here).

use crate::Failure;
use clap::Subcommand;
use std::io::BufRead;
use teilhabe_domain::Coded;
use teilhabe_domain::access::Role;
use teilhabe_store::Store;
use teilhabe_store::accounts::random_password;

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create an account. Without --password-stdin a password is generated and printed once.
    Add {
        /// Login name (letters, digits, . - _ @), e.g. an e-mail address.
        login: String,
        /// The person's name as shown in the application.
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: Option<String>,
        /// administrator, coordinator, actor or council.
        #[arg(long)]
        role: Option<String>,
        /// The body's official key; without it an administrator role holds for every body.
        #[arg(long)]
        body: Option<String>,
        /// For actors: id of an organization they report for (may be repeated).
        #[arg(long)]
        organization: Vec<i64>,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Set a new password (ends all sessions of the account).
    Passwd {
        login: String,
        #[arg(long)]
        password_stdin: bool,
    },
    /// Give a role.
    Grant {
        login: String,
        #[arg(long)]
        role: String,
        #[arg(long)]
        body: Option<String>,
        #[arg(long)]
        organization: Vec<i64>,
    },
    /// Take a role away.
    Revoke {
        login: String,
        #[arg(long)]
        role: String,
        #[arg(long)]
        body: Option<String>,
    },
    /// Lock an account (ends its sessions and API tokens).
    Disable { login: String },
    /// Unlock an account.
    Enable { login: String },
    /// End every session of an account.
    Logout { login: String },
    /// Issue an API token (printed once; send as `Authorization: Bearer …`). It ends after
    /// --days, with "log out everywhere", a new password or a lock; its holder lists and
    /// revokes it on the account page.
    Token {
        login: String,
        #[arg(long, default_value = "API")]
        label: String,
        /// How long it lasts, 1 to 366 days.
        #[arg(long, default_value_t = teilhabe_store::api_tokens::DEFAULT_TOKEN_DAYS)]
        days: i64,
    },
    /// Switch off the account's second factor (a lost phone, no recovery code left): its
    /// next password login needs no code, and its holder sets one up again on the account page.
    SecondFactorOff { login: String },
    /// Allow this account to be linked on its first single sign-on by the login claim
    /// (--off: no longer). Refused for administrators: they link themselves, logged in with
    /// their password, on the account page.
    Sso {
        login: String,
        #[arg(long)]
        off: bool,
    },
    /// List the accounts with their roles.
    List,
}

fn role(code: &str) -> Result<Role, Failure> {
    Role::parse(code).map_err(|e| Failure::input(format!("--role: {e}")))
}

fn password(from_stdin: bool) -> Result<(String, bool), Failure> {
    if !from_stdin {
        return Ok((random_password(), true));
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Failure::input(format!("Standardeingabe: {e}")))?;
    Ok((line.trim_end_matches(['\r', '\n']).to_owned(), false))
}

pub async fn run(store: &Store, command: UserCommand) -> Result<(), Failure> {
    match command {
        UserCommand::Add {
            login,
            name,
            email,
            role: role_code,
            body,
            organization,
            password_stdin,
        } => {
            let role = role_code.as_deref().map(role).transpose()?;
            let (password, generated) = password(password_stdin)?;
            store
                .create_user(&login, &name, email.as_deref(), Some(&password))
                .await?;
            if let Some(role) = role
                && let Err(e) = store
                    .grant_role(&login, role, body.as_deref(), &organization)
                    .await
            {
                // An account without the role it was made for would only confuse.
                store.delete_user(&login).await?;
                return Err(e.into());
            }
            println!("Konto „{}“ angelegt.", login.trim().to_lowercase());
            if generated {
                println!("Passwort (wird nur jetzt angezeigt): {password}");
            }
        }
        UserCommand::Passwd {
            login,
            password_stdin,
        } => {
            let (password, generated) = password(password_stdin)?;
            store.set_password(&login, &password).await?;
            println!("Passwort geändert; alle Sitzungen von „{login}“ sind beendet.");
            if generated {
                println!("Neues Passwort (wird nur jetzt angezeigt): {password}");
            }
        }
        UserCommand::Grant {
            login,
            role: code,
            body,
            organization,
        } => {
            let role = role(&code)?;
            store
                .grant_role(&login, role, body.as_deref(), &organization)
                .await?;
            println!("„{login}“ hat jetzt die Rolle {}.", role.label());
        }
        UserCommand::Revoke {
            login,
            role: code,
            body,
        } => {
            let role = role(&code)?;
            store.revoke_role(&login, role, body.as_deref()).await?;
            println!("Rolle {} von „{login}“ entfernt.", role.label());
        }
        UserCommand::Disable { login } => {
            store.set_disabled(&login, true).await?;
            println!("Konto „{login}“ gesperrt; Sitzungen und API-Tokens sind beendet.");
        }
        UserCommand::Enable { login } => {
            store.set_disabled(&login, false).await?;
            println!("Konto „{login}“ entsperrt.");
        }
        UserCommand::Logout { login } => {
            let n = store.end_sessions_of(&login).await?;
            println!("{n} Sitzung(en) von „{login}“ beendet.");
        }
        UserCommand::Token { login, label, days } => {
            let token = store.create_api_token(&login, &label, days).await?;
            println!(
                "API-Token für „{login}“, {days} Tage gültig (wird nur jetzt angezeigt): {token}"
            );
        }
        UserCommand::SecondFactorOff { login } => {
            let user_id = store.user_id(&login).await?;
            store.disable_totp(user_id).await?;
            println!(
                "Zweiter Faktor von „{login}“ abgeschaltet; das Konto richtet ihn unter „Ihr Konto“ neu ein."
            );
        }
        UserCommand::Sso { login, off } => {
            store.allow_oidc_link(&login, !off).await?;
            if off {
                println!("„{login}“ wird nicht mehr über den Anmeldenamen verknüpft.");
            } else {
                println!(
                    "„{login}“ wird bei der ersten Anmeldung mit dem Dienstkonto über den Anmeldenamen verknüpft."
                );
            }
        }
        UserCommand::List => {
            for u in store.list_users().await? {
                let roles: Vec<String> = u
                    .roles
                    .iter()
                    .map(|(r, key)| match key {
                        Some(k) => format!("{}@{k}", r.code()),
                        None => format!("{}@alle", r.code()),
                    })
                    .collect();
                println!(
                    "{}\t{}\t{}\t{}{}\t{} Sitzung(en)",
                    u.login,
                    u.display_name,
                    if roles.is_empty() {
                        "-".to_owned()
                    } else {
                        roles.join(",")
                    },
                    if u.organizations.is_empty() {
                        String::new()
                    } else {
                        format!(
                            "Organisationen {}",
                            u.organizations
                                .iter()
                                .map(ToString::to_string)
                                .collect::<Vec<_>>()
                                .join(",")
                        )
                    },
                    if u.disabled { " (gesperrt)" } else { "" },
                    u.sessions
                );
            }
        }
    }
    Ok(())
}
