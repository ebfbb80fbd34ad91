//! The configuration file: every setting the command line takes from the environment can
//! also stand in a TOML file (`--config /etc/teilhabe/teilhabe.toml` or `TEILHABE_CONFIG`),
//! under the environment variable's name without `TEILHABE_`, in lower case —
//! `TEILHABE_SMTP_HOST` is `smtp_host`. A flag beats the environment, the environment beats
//! the file: the file's values become the flags' defaults, so clap's own order decides.
//!
//! Operators make mistakes in files they edit by hand once a year, so a key no setting has,
//! a value the setting cannot take, and a key given twice are refused with the file and line
//! before anything starts. Secrets (the settings whose values are hidden from `--help`: the
//! database URL, the OIDC client secret, the SMTP password, the metrics token) can be read
//! from a file instead, as systemd's credentials and container secrets provide them:
//! `smtp_password_file = "/run/credentials/teilhabe.service/smtp"` in the file, or
//! `TEILHABE_SMTP_PASSWORD_FILE` in the environment.

use clap::{Arg, Command};
use std::ffi::OsString;
use std::path::{Path, PathBuf};

const PREFIX: &str = "TEILHABE_";

/// A setting's value from the file (or a secret file), with where it was given.
#[derive(Debug, Clone, PartialEq)]
struct Value {
    values: Vec<String>,
    /// "teilhabe.toml:3" — for errors about the value.
    at: String,
}

/// The settings the file (and the `_FILE` variables) give, by environment variable.
#[derive(Debug, Default)]
pub struct Defaults {
    by_env: Vec<(String, Value)>,
}

/// Where the configuration file is: `--config PATH`, `--config=PATH`, or `TEILHABE_CONFIG`.
/// Read before clap parses, because the file's values become the flags' defaults.
pub fn path_from(args: &[OsString]) -> Option<PathBuf> {
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        let s = a.to_string_lossy();
        if s == "--" {
            break;
        }
        if s == "--config" {
            return it.next().map(PathBuf::from);
        }
        if let Some(p) = s.strip_prefix("--config=") {
            return Some(PathBuf::from(p));
        }
    }
    std::env::var_os("TEILHABE_CONFIG")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
}

/// Every setting of the command: arguments with an environment variable, in every
/// subcommand (`serve`'s and `notify`'s SMTP settings are one setting).
fn settings(cmd: &Command) -> Vec<Arg> {
    let mut out: Vec<Arg> = cmd
        .get_arguments()
        .filter(|a| a.get_env().is_some() && a.get_id() != "config")
        .cloned()
        .collect();
    for sub in cmd.get_subcommands() {
        for a in settings(sub) {
            if !out.iter().any(|o| o.get_env() == a.get_env()) {
                out.push(a);
            }
        }
    }
    out
}

fn env_name(a: &Arg) -> String {
    a.get_env()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The key of a setting in the file.
fn key_of(a: &Arg) -> String {
    env_name(a).trim_start_matches(PREFIX).to_ascii_lowercase()
}

fn is_secret(a: &Arg) -> bool {
    a.is_hide_env_values_set()
}

fn read_secret(path: &Path, named_by: &str) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "{named_by}: {} kann nicht gelesen werden: {e}",
            path.display()
        )
    })?;
    // Files written by editors and `echo` end in a newline; a secret does not.
    Ok(text.trim_end_matches(['\n', '\r']).to_owned())
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Reads the file: each key must be a setting (or a secret's `_file`), each value one the
/// setting accepts.
pub fn load(path: &Path, cmd: &Command) -> Result<Defaults, String> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{name}: Konfigurationsdatei kann nicht gelesen werden: {e}"))?;
    let doc = toml_edit::ImDocument::parse(text.as_str()).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(&text, s.start));
        format!("{name}:{line}: kein gültiges TOML: {}", e.message())
    })?;
    let settings = settings(cmd);
    let mut defaults = Defaults::default();
    for (key, item) in doc.iter() {
        let line = doc
            .key(key)
            .and_then(|k| k.span())
            .map_or(1, |s| line_of(&text, s.start));
        let at = format!("{name}:{line}");
        let direct = settings.iter().find(|a| key_of(a) == key);
        let from_file = key
            .strip_suffix("_file")
            .and_then(|k| settings.iter().find(|a| key_of(a) == k && is_secret(a)));
        let Some(arg) = direct.or(from_file) else {
            let mut known: Vec<String> = settings.iter().map(key_of).collect();
            known.sort();
            return Err(format!(
                "{at}: „{key}“ ist keine Einstellung. Bekannt sind: {}.",
                known.join(", ")
            ));
        };
        let from_file = direct.is_none();
        let env = env_name(arg);
        if defaults.by_env.iter().any(|(e, _)| *e == env) {
            return Err(format!(
                "{at}: „{key}“: die Einstellung ist schon gesetzt (ein Geheimnis steht entweder direkt oder als Datei mit _file in der Datei, nicht beides)."
            ));
        }
        let values = scalars(item).ok_or_else(|| {
            format!("{at}: „{key}“: erwartet wird ein Text, eine Zahl, ja/nein (true/false) oder eine Liste davon.")
        })?;
        let values = if from_file {
            let [p] = values.as_slice() else {
                return Err(format!("{at}: „{key}“: erwartet wird ein Dateipfad."));
            };
            vec![read_secret(Path::new(p), &at)?]
        } else {
            values
        };
        check(arg, &values).map_err(|e| format!("{at}: „{key}“: {e}"))?;
        defaults.by_env.push((env, Value { values, at }));
    }
    Ok(defaults)
}

/// The secrets the environment gives as files (`TEILHABE_SMTP_PASSWORD_FILE`): they take
/// the place of the environment variable itself, so they beat the file and lose to a flag.
pub fn secret_files_from_env(cmd: &Command, defaults: &mut Defaults) -> Result<(), String> {
    for arg in settings(cmd).iter().filter(|a| is_secret(a)) {
        let env = env_name(arg);
        let file_var = format!("{env}_FILE");
        let Some(path) = std::env::var_os(&file_var).filter(|p| !p.is_empty()) else {
            continue;
        };
        if std::env::var_os(&env).is_some() {
            return Err(format!(
                "{env} und {file_var} sind beide gesetzt: bitte nur eines von beiden."
            ));
        }
        let value = read_secret(Path::new(&path), &file_var)?;
        defaults.by_env.retain(|(e, _)| *e != env);
        defaults.by_env.push((
            env,
            Value {
                values: vec![value],
                at: file_var,
            },
        ));
    }
    Ok(())
}

fn scalars(item: &toml_edit::Item) -> Option<Vec<String>> {
    fn scalar(v: &toml_edit::Value) -> Option<String> {
        match v {
            toml_edit::Value::String(s) => Some(s.value().clone()),
            toml_edit::Value::Integer(i) => Some(i.value().to_string()),
            toml_edit::Value::Float(f) => Some(f.value().to_string()),
            toml_edit::Value::Boolean(b) => Some(b.value().to_string()),
            _ => None,
        }
    }
    match item.as_value()? {
        toml_edit::Value::Array(a) => a.iter().map(scalar).collect(),
        v => scalar(v).map(|s| vec![s]),
    }
}

/// Whether the setting's own parser takes the values, so a wrong one is reported with the
/// file's line rather than as a flag the operator never typed: the setting alone is parsed
/// as if given on the command line.
fn check(arg: &Arg, values: &[String]) -> Result<(), String> {
    let several = arg.get_value_delimiter().is_some();
    if values.len() > 1 && !several {
        return Err("erwartet wird ein einzelner Wert, keine Liste.".into());
    }
    if !arg.get_action().takes_values() {
        return match values {
            [v] if v == "true" || v == "false" => Ok(()),
            _ => Err("erwartet wird true oder false.".into()),
        };
    }
    let Some(long) = arg.get_long() else {
        return Ok(());
    };
    let probe = Command::new("probe")
        .no_binary_name(true)
        .arg(arg.clone().required(false).global(false));
    for v in values {
        let given = [format!("--{long}={v}")];
        if let Err(e) = probe.clone().try_get_matches_from(given) {
            use clap::error::ErrorKind;
            if !matches!(
                e.kind(),
                ErrorKind::InvalidValue | ErrorKind::ValueValidation
            ) {
                continue;
            }
            let possible: Vec<String> = arg
                .get_possible_values()
                .iter()
                .map(|p| p.get_name().to_owned())
                .collect();
            // The setting's own parser says why (our parsers in German).
            let why = std::error::Error::source(&e)
                .map(|inner| format!(" ({inner})"))
                .unwrap_or_default();
            return Err(if possible.is_empty() {
                format!("„{v}“ ist kein gültiger Wert{why}.")
            } else {
                format!(
                    "„{v}“ ist kein gültiger Wert; möglich: {}.",
                    possible.join(", ")
                )
            });
        }
    }
    Ok(())
}

/// The command with the file's (and secret files') values as defaults of every setting
/// they name, in every subcommand that has it.
pub fn apply(cmd: Command, defaults: &Defaults) -> Command {
    if defaults.by_env.is_empty() {
        return cmd;
    }
    apply_to(cmd, defaults)
}

fn apply_to(mut cmd: Command, defaults: &Defaults) -> Command {
    let ids: Vec<(String, Value)> = cmd
        .get_arguments()
        .filter_map(|a| {
            let env = env_name(a);
            defaults
                .by_env
                .iter()
                .find(|(e, _)| !env.is_empty() && *e == env)
                .map(|(_, v)| (a.get_id().to_string(), v.clone()))
        })
        .collect();
    for (id, v) in ids {
        cmd = cmd.mut_arg(id, |a| a.default_values(v.values.clone()));
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in subs {
        cmd = cmd.mut_subcommand(name, |s| apply_to(s, defaults));
    }
    cmd
}

/// The settings in effect, as TOML an operator can start a file from, each with where its
/// value comes from (environment, file and line, default); secrets only as "set".
pub fn show(cmd: &Command, defaults: &Defaults, database_flag: bool) -> String {
    let mut out = String::from("# Teilhabe: Einstellungen und ihre Herkunft\n");
    let mut all = settings(cmd);
    all.sort_by_key(key_of);
    for a in &all {
        let env = env_name(a);
        let key = key_of(a);
        let from_env = std::env::var(&env).ok().filter(|v| !v.is_empty());
        let from_file = defaults
            .by_env
            .iter()
            .find(|(e, _)| *e == env)
            .map(|(_, v)| v);
        let (values, source): (Vec<String>, String) = if key == "database_url" && database_flag {
            (vec![], "Kommandozeile".into())
        } else if let Some(v) = from_env {
            let values = match a.get_value_delimiter() {
                Some(d) => v.split(d).map(str::to_owned).collect(),
                None => vec![v],
            };
            (values, format!("Umgebung {env}"))
        } else if let Some(v) = from_file {
            (v.values.clone(), v.at.clone())
        } else {
            let d: Vec<String> = a
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            if d.is_empty() {
                out.push_str(&format!("# {key} = (nicht gesetzt)\n"));
                continue;
            }
            (d, "Vorgabe".into())
        };
        if is_secret(a) {
            out.push_str(&format!("# {key} = (gesetzt, verborgen) # {source}\n"));
            continue;
        }
        let quoted: Vec<String> = values
            .iter()
            .map(|v| toml_edit::Value::from(v.as_str()).to_string())
            .collect();
        let value = if a.get_value_delimiter().is_some() {
            format!("[{}]", quoted.join(", "))
        } else {
            quoted.join(", ")
        };
        out.push_str(&format!("{key} = {} # {source}\n", value.trim()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{CommandFactory, FromArgMatches};

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    fn dir() -> PathBuf {
        let d = std::env::temp_dir().join(format!(
            "teilhabe-config-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos()
        ));
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn the_path_comes_from_the_flag_in_either_spelling() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            path_from(&args(&["teilhabe", "--config", "/etc/t.toml", "serve"])),
            Some(PathBuf::from("/etc/t.toml"))
        );
        assert_eq!(
            path_from(&args(&["teilhabe", "serve", "--config=/etc/u.toml"])),
            Some(PathBuf::from("/etc/u.toml"))
        );
    }

    #[test]
    fn an_unknown_key_is_refused_with_file_and_line() {
        let d = dir();
        let p = write(
            &d,
            "t.toml",
            "# Teilhabe\npublic_url = \"https://x.example\"\n\nsmtp_hots = \"mail\"\n",
        );
        let e = load(&p, &crate::Cli::command()).unwrap_err();
        assert!(e.starts_with(&format!("{}:4:", p.display())), "{e}");
        assert!(e.contains("smtp_hots") && e.contains("smtp_host"), "{e}");
    }

    #[test]
    fn a_wrong_value_is_refused_with_file_and_line() {
        let d = dir();
        let p = write(&d, "t.toml", "page_cache_mb = \"viel\"\n");
        let e = load(&p, &crate::Cli::command()).unwrap_err();
        assert!(e.starts_with(&format!("{}:1:", p.display())), "{e}");
        assert!(e.contains("page_cache_mb") && e.contains("viel"), "{e}");
        let p = write(&d, "u.toml", "\nsmtp_security = \"ssl\"\n");
        let e = load(&p, &crate::Cli::command()).unwrap_err();
        assert!(
            e.contains(":2:") && e.contains("starttls, tls, none"),
            "{e}"
        );
        let p = write(&d, "v.toml", "smtp_host = \n");
        let e = load(&p, &crate::Cli::command()).unwrap_err();
        assert!(e.contains(":1: kein gültiges TOML"), "{e}");
    }

    #[test]
    fn a_secret_is_given_once() {
        let d = dir();
        let secret = write(&d, "pw", "geheim\n");
        let p = write(
            &d,
            "t.toml",
            &format!(
                "smtp_password = \"a\"\nsmtp_password_file = \"{}\"\n",
                secret.display()
            ),
        );
        let e = load(&p, &crate::Cli::command()).unwrap_err();
        assert!(e.contains(":2:") && e.contains("schon gesetzt"), "{e}");
        // `_file` only for secrets.
        let p = write(&d, "u.toml", "public_url_file = \"/etc/x\"\n");
        let e = load(&p, &crate::Cli::command()).unwrap_err();
        assert!(e.contains("keine Einstellung"), "{e}");
    }

    #[test]
    fn the_file_gives_defaults_that_flags_override() {
        let d = dir();
        let secret = write(&d, "pw", "geheim\n");
        let p = write(
            &d,
            "t.toml",
            &format!(
                "addr = \"127.0.0.1:9999\"\npage_cache_mb = 8\nsmtp_host = \"mail.example\"\nsmtp_user = \"u\"\nsmtp_password_file = \"{}\"\ntrusted_proxies = [\"10.0.0.0/8\", \"192.168.1.1\"]\nsecond_factor_for_admins = true\n",
                secret.display()
            ),
        );
        let cmd = crate::Cli::command();
        let defaults = load(&p, &cmd).unwrap();
        let cmd = apply(cmd, &defaults);
        let m = cmd
            .try_get_matches_from(["teilhabe", "serve", "--page-cache-mb", "16"])
            .unwrap();
        let cli = crate::Cli::from_arg_matches(&m).unwrap();
        let crate::Command::Serve(crate::serve::ServeArgs {
            addr,
            page_cache_mb,
            mail,
            trusted_proxy,
            second_factor_for_admins,
            ..
        }) = cli.command
        else {
            panic!("serve");
        };
        assert_eq!(addr.to_string(), "127.0.0.1:9999");
        assert_eq!(page_cache_mb, 16, "the flag wins");
        assert_eq!(mail.smtp_host.as_deref(), Some("mail.example"));
        assert_eq!(mail.smtp_password.as_deref(), Some("geheim"));
        assert_eq!(trusted_proxy.len(), 2);
        assert!(second_factor_for_admins);
    }
}
