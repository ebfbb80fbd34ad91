//! The languages the public side speaks: the portal, surveys, content translations and the
//! translation API. Seven are built in (their catalogues are compiled into the binary); an
//! operator adds more by configuration — a line `code:Name:German name[:rtl]` and a Fluent
//! catalogue file — without a new build, because the newcomers a county wants to reach are
//! its own (Görlitz: Polish and Czech workers; elsewhere Romanian, Dari or Tigrinya).
//!
//! The set is the process's: configured once at start, before anything is served, and read
//! everywhere through [`all`] and [`language`]. Records only ever hold codes, so a language
//! taken out of the configuration later leaves its survey answers and translations stored;
//! they are just not offered any more.

use std::sync::OnceLock;

/// A language the public pages can be read and surveys answered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// Its tag (BCP 47): `pl`, `ckb`, `pt-BR`.
    pub code: &'static str,
    /// The language's name in itself, for switchers.
    pub name: &'static str,
    /// Its name in German, for the administration.
    pub german: &'static str,
    pub rtl: bool,
}

impl Language {
    pub fn dir(self) -> &'static str {
        if self.rtl { "rtl" } else { "ltr" }
    }
}

/// The languages compiled in, German first: the source of every text and the fallback.
pub const BUILT_IN: &[Language] = &[
    Language {
        code: "de",
        name: "Deutsch",
        german: "Deutsch",
        rtl: false,
    },
    Language {
        code: "en",
        name: "English",
        german: "Englisch",
        rtl: false,
    },
    Language {
        code: "ar",
        name: "العربية",
        german: "Arabisch",
        rtl: true,
    },
    Language {
        code: "uk",
        name: "Українська",
        german: "Ukrainisch",
        rtl: false,
    },
    Language {
        code: "tr",
        name: "Türkçe",
        german: "Türkisch",
        rtl: false,
    },
    Language {
        code: "ru",
        name: "Русский",
        german: "Russisch",
        rtl: false,
    },
    Language {
        code: "fa",
        name: "فارسی",
        german: "Farsi",
        rtl: true,
    },
];

/// Codes that name something else: Leichte Sprache (`ls`) is a translation target of its own.
const RESERVED: &[&str] = &["ls"];

static SET: OnceLock<Vec<Language>> = OnceLock::new();

/// Every language offered: the built-in ones, then the configured ones in their order.
pub fn all() -> &'static [Language] {
    SET.get().map_or(BUILT_IN, Vec::as_slice)
}

/// The offered language with `code`.
pub fn language(code: &str) -> Option<Language> {
    all().iter().copied().find(|l| l.code == code)
}

/// German: the source language and the fallback.
pub fn german() -> Language {
    BUILT_IN[0]
}

/// Whether `code` is a language tag this software can take: a primary subtag of two or three
/// lower-case letters, then subtags of letters and digits (`pt-BR`, `sr-Latn`).
fn valid_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// One configured language from its line `code:Name:German name` with an optional `:rtl`
/// (or `:ltr`): `pl:Polski:Polnisch`, `ps:پښتو:Paschtu:rtl`.
pub fn parse(line: &str) -> Result<Language, String> {
    let parts: Vec<&str> = line.split(':').map(str::trim).collect();
    let (code, name, german, rtl) = match parts.as_slice() {
        [c, n, g] => (*c, *n, *g, false),
        [c, n, g, "rtl"] => (*c, *n, *g, true),
        [c, n, g, "ltr"] => (*c, *n, *g, false),
        [_, _, _, d] => {
            return Err(format!(
                "„{line}“: die Schreibrichtung ist rtl oder ltr, nicht „{d}“."
            ));
        }
        _ => {
            return Err(format!(
                "„{line}“: erwartet wird Code:Name:deutscher Name, bei Schrift von rechts nach links mit :rtl (z. B. pl:Polski:Polnisch)."
            ));
        }
    };
    if !valid_code(code) {
        return Err(format!(
            "„{code}“ ist kein Sprachcode (zwei oder drei Kleinbuchstaben wie pl oder ckb, ggf. mit Region wie pt-BR)."
        ));
    }
    if name.is_empty() || german.is_empty() {
        return Err(format!(
            "„{line}“: der Name der Sprache und ihr deutscher Name dürfen nicht leer sein."
        ));
    }
    // The set lives as long as the process: the few configured names are leaked once.
    let keep = |s: &str| -> &'static str { Box::leak(s.to_owned().into_boxed_str()) };
    Ok(Language {
        code: keep(code),
        name: keep(name),
        german: keep(german),
        rtl,
    })
}

/// Adds the configured languages to the built-in ones, once per process, before anything is
/// served. Configuring the same set again is fine (tests start many servers in one process);
/// another set is refused.
pub fn configure(extra: &[Language]) -> Result<(), String> {
    let set = with_built_in(extra)?;
    // The first set configured stays; another one is a mistake of the caller.
    let _ = SET.set(set.clone());
    if all() == set.as_slice() {
        Ok(())
    } else {
        Err("Die Sprachen sind in diesem Prozess schon anders eingestellt.".into())
    }
}

/// The built-in languages and `extra`, when `extra` neither repeats nor shadows one.
pub fn with_built_in(extra: &[Language]) -> Result<Vec<Language>, String> {
    let mut set = BUILT_IN.to_vec();
    for l in extra {
        if RESERVED.contains(&l.code) {
            return Err(format!(
                "„{}“ ist vergeben (Leichte Sprache) und kann keine Sprache sein.",
                l.code
            ));
        }
        if set.iter().any(|s| s.code == l.code) {
            let what = if BUILT_IN.iter().any(|b| b.code == l.code) {
                "ist eingebaut"
            } else {
                "steht zweimal in der Einstellung"
            };
            return Err(format!("Die Sprache „{}“ {what}.", l.code));
        }
        set.push(*l);
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_configured_language_is_parsed_from_its_line() {
        let pl = parse("pl:Polski:Polnisch").unwrap();
        assert_eq!(
            (pl.code, pl.name, pl.german, pl.dir()),
            ("pl", "Polski", "Polnisch", "ltr")
        );
        let ps = parse("ps : پښتو : Paschtu : rtl").unwrap();
        assert_eq!((ps.code, ps.name, ps.dir()), ("ps", "پښتو", "rtl"));
        assert_eq!(
            parse("pt-BR:Português:Portugiesisch (Brasilien)")
                .unwrap()
                .code,
            "pt-BR"
        );
        for (line, says) in [
            ("pl", "erwartet wird Code:Name"),
            ("pl:Polski", "erwartet wird Code:Name"),
            ("PL:Polski:Polnisch", "kein Sprachcode"),
            ("polski:Polski:Polnisch", "kein Sprachcode"),
            ("pl:Polski:Polnisch:up", "rtl oder ltr"),
            ("pl::Polnisch", "nicht leer"),
            ("pl:Polski:Polnisch:rtl:x", "erwartet wird"),
        ] {
            let e = parse(line).unwrap_err();
            assert!(e.contains(says), "{line}: {e}");
        }
    }

    #[test]
    fn the_set_is_configured_once_and_never_shadows_a_built_in_language() {
        let ar = parse("ar:Arabic:Arabisch:rtl").unwrap();
        assert!(configure(&[ar]).unwrap_err().contains("eingebaut"));
        let ls = parse("ls:Leicht:Leichte Sprache").unwrap();
        assert!(configure(&[ls]).unwrap_err().contains("vergeben"));
        let pl = parse("pl:Polski:Polnisch").unwrap();
        assert!(configure(&[pl, pl]).unwrap_err().contains("zweimal"));
        // Refused sets leave the built-in one.
        assert_eq!(all(), BUILT_IN);
        let cs = parse("cs:Čeština:Tschechisch").unwrap();
        configure(&[pl, cs]).unwrap();
        configure(&[pl, cs]).unwrap();
        assert!(configure(&[pl]).is_err());
        assert_eq!(all().len(), BUILT_IN.len() + 2);
        assert_eq!(language("cs").unwrap().german, "Tschechisch");
        assert_eq!(german().code, "de");
    }
}
