//! The official key of a body whose server names neither `ags` nor `rgs` (Bonn's and
//! Wuppertal's servers, ALLRIS bodies such as Leipzig's): looked up in the region reference
//! (the municipality directory the product ships, `teilhabe_stats::regions`) by the body's
//! name, else by its website's host name. Only a unique match counts, and the run's report
//! says where the key came from, so that a coordinator can check it; with two or no
//! candidates the importer asks for `--key` and names the candidates.
//!
//! Names are compared without the titles servers put in front ("Bundesstadt", "Kreisverwaltung",
//! "Landkreis", "Stadt", …) and without what follows a comma or stands in brackets in either
//! ("Leipzig, Stadt", "Bundesstadt Bonn (SYNTHETISCH)"). A title that says county or city
//! picks between the Landkreis Leipzig and the Stadt Leipzig; a kreisfreie Stadt is one body
//! with the Kreis's five-digit key, as when its server sends its key.

use teilhabe_domain::BodyKind;
use teilhabe_stats::regions::{Level, Region, regions};

/// A key found in the directory, with the kind of body it is and how it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub key: String,
    pub kind: BodyKind,
    /// For the run's report, in German.
    pub how: String,
}

/// What the title in front of a name says the body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hint {
    County,
    Town,
    None,
}

/// Titles put in front of a body's name, and what each says (longest first where one
/// begins another).
const TITLES: &[(&str, Hint)] = &[
    ("kreisverwaltung", Hint::County),
    ("landkreis", Hint::County),
    ("kreis", Hint::County),
    ("freie und hansestadt", Hint::Town),
    ("landeshauptstadt", Hint::Town),
    ("bundesstadt", Hint::Town),
    ("hansestadt", Hint::Town),
    ("universitätsstadt", Hint::Town),
    ("kolpingstadt", Hint::Town),
    ("große kreisstadt", Hint::Town),
    ("kreisstadt", Hint::Town),
    ("stadtverwaltung", Hint::Town),
    ("stadt", Hint::Town),
    ("gemeindeverwaltung", Hint::Town),
    ("gemeinde", Hint::Town),
    ("markt", Hint::Town),
];

/// Host name labels that say nothing about the place.
const GENERIC_LABELS: &[&str] = &[
    "www",
    "ris",
    "oparl",
    "ratsinfo",
    "buergerinfo",
    "sitzung",
    "sitzungsdienst",
    "sdnetrim",
    "allris",
    "session",
    "sessionnet",
    "online",
    "de",
    "net",
    "org",
    "com",
    "info",
];

/// The bare place name and what its title says: "Bundesstadt Bonn (SYNTHETISCH)" →
/// ("bonn", Town); "Leipzig, Stadt" → ("leipzig", None).
fn bare(name: &str) -> (String, Hint) {
    let mut s = name.to_lowercase();
    if let Some(i) = s.find('(') {
        s.truncate(i);
    }
    if let Some(i) = s.find(',') {
        s.truncate(i);
    }
    let mut s = s.trim().to_owned();
    let mut hint = Hint::None;
    while let Some((title, h)) = TITLES.iter().find(|(t, _)| {
        s.strip_prefix(t)
            .is_some_and(|rest| rest.starts_with(' ') && rest.trim().len() > 1)
    }) {
        if hint == Hint::None {
            hint = *h;
        }
        s = s[title.len()..].trim().to_owned();
    }
    (s, hint)
}

/// A region's kind of body, as Teilhabe stores it.
fn kind_of(r: &Region) -> BodyKind {
    match (r.level, r.kind) {
        (Level::Kreis, Some("Kreisfreie Stadt")) => BodyKind::KreisfreieStadt,
        (Level::Kreis, _) => BodyKind::Landkreis,
        _ if r.name.contains(", Stadt") => BodyKind::Stadt,
        _ => BodyKind::Gemeinde,
    }
}

/// The bodies a place name can mean: Kreise and Gemeinden of that name, a kreisfreie Stadt
/// once (as its Kreis), narrowed by the title's hint.
fn candidates(place: &str, hint: Hint) -> Vec<&'static Region> {
    let all = regions();
    let mut out: Vec<&'static Region> = all
        .all()
        .iter()
        .filter(|r| matches!(r.level, Level::Kreis | Level::Gemeinde))
        .filter(|r| bare(r.name).0 == place)
        // The Gemeinde of a kreisfreie Stadt is the Stadt itself, listed as its Kreis.
        .filter(|r| {
            let city_county = || {
                all.get(&r.key[..5])
                    .is_some_and(|k| k.kind == Some("Kreisfreie Stadt"))
            };
            r.level == Level::Kreis || !city_county()
        })
        .collect();
    let narrowed: Vec<&'static Region> = out
        .iter()
        .copied()
        .filter(|r| match hint {
            Hint::County => kind_of(r) == BodyKind::Landkreis,
            Hint::Town => kind_of(r) != BodyKind::Landkreis,
            Hint::None => true,
        })
        .collect();
    if !narrowed.is_empty() {
        out = narrowed;
    }
    out
}

/// The kind of body an official key is in the directory, if it is there.
pub fn kind_by_key(key: &str) -> Option<BodyKind> {
    regions().get(key).map(kind_of)
}

/// The candidates for a name, dropping words in front until some are found: "Rat der
/// Stadt Erkelenz" is the Stadt Erkelenz (what was dropped can still say county or town).
fn by_name(name: &str) -> Vec<&'static Region> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut dropped_hint = Hint::None;
    for i in 0..words.len() {
        let (place, hint) = bare(&words[i..].join(" "));
        let found = candidates(
            &place,
            if hint == Hint::None {
                dropped_hint
            } else {
                hint
            },
        );
        if !found.is_empty() {
            return found;
        }
        let w = words[i].to_lowercase();
        if w.contains("kreis") {
            dropped_hint = Hint::County;
        } else if w.contains("stadt") || w.contains("gemeinde") {
            dropped_hint = Hint::Town;
        }
    }
    Vec::new()
}

fn describe(r: &Region) -> String {
    format!("{} {}", r.key, r.name)
}

/// Looks up a body's key by its name, then by its website's host; `Err` names the
/// candidates (none, or more than one), in German.
pub fn find(name: &str, website: Option<&str>) -> Result<Found, String> {
    let by_name = by_name(name);
    let hint = bare(name).1;
    let found = |r: &Region, by: String| Found {
        key: r.key.to_owned(),
        kind: kind_of(r),
        how: format!(
            "amtlicher Schlüssel {} aus dem Gemeindeverzeichnis nach {by} ({}); der Server nennt weder „ags“ noch „rgs“",
            r.key, r.name
        ),
    };
    if let [r] = by_name.as_slice() {
        return Ok(found(r, format!("dem Namen „{name}“")));
    }
    let host = website
        .and_then(|w| w.split("://").nth(1))
        .and_then(|rest| rest.split(['/', ':']).next())
        .unwrap_or_default()
        .to_lowercase();
    let mut by_host: Vec<&'static Region> = host
        .split(['.', '-'])
        .filter(|l| l.len() > 2 && !GENERIC_LABELS.contains(l))
        .flat_map(|l| candidates(l, hint))
        .collect();
    // Two labels of one host may name the same place ("bonn" in "ratsinfo-bonn.bonn.de").
    by_host.sort_by_key(|r| r.key);
    by_host.dedup_by_key(|r| r.key);
    if let [r] = by_host.as_slice() {
        return Ok(found(
            r,
            format!("der Website „{}“", website.unwrap_or_default()),
        ));
    }
    let many: Vec<String> = if by_name.len() > 1 {
        by_name.iter().map(|r| describe(r)).collect()
    } else {
        by_host.iter().map(|r| describe(r)).collect()
    };
    Err(if many.is_empty() {
        "im Gemeindeverzeichnis weder nach dem Namen noch nach der Website gefunden".to_owned()
    } else {
        format!(
            "im Gemeindeverzeichnis nicht eindeutig: {}",
            many.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str, website: Option<&str>) -> Result<(String, BodyKind), String> {
        find(name, website).map(|f| (f.key, f.kind))
    }

    #[test]
    fn names_of_real_servers() {
        use BodyKind::*;
        for (name, website, want, kind) in [
            (
                "Bundesstadt Bonn (SYNTHETISCH)",
                None,
                "05314",
                KreisfreieStadt,
            ),
            ("Stadt Leipzig", None, "14713", KreisfreieStadt),
            ("Kreisverwaltung Euskirchen", None, "05366", Landkreis),
            ("Landkreis Märkisch-Oderland", None, "12064", Landkreis),
            ("Rat der Stadt Erkelenz", None, "05370004", Stadt),
            ("Gemeinde Leopoldshöhe", None, "05766048", Gemeinde),
            ("Leopoldshöhe", None, "05766048", Gemeinde),
            (
                "Instance 0001",
                Some("https://ris.wuppertal.de/"),
                "05124",
                KreisfreieStadt,
            ),
        ] {
            assert_eq!(key(name, website), Ok((want.to_owned(), kind)), "{name}");
        }
    }

    #[test]
    fn two_or_no_candidates_are_named_not_guessed() {
        // Landkreis Leipzig and Stadt Leipzig.
        let e = key("Leipzig", None).unwrap_err();
        assert!(e.contains("14713") && e.contains("14729"), "{e}");
        let e = key("Instance 0001", Some("https://oparl.example.org/")).unwrap_err();
        assert!(e.contains("weder"), "{e}");
    }
}
