//! The region reference: every Land, Regierungsbezirk, Kreis, Gemeindeverband and Gemeinde
//! of the official municipality directory (GV-ISys, territorial status 30.06.2024),
//! derived by `tools/regions.py` into `data/regions.tsv` and compiled into the binary.
//! Licence dl-de/by-2-0, © Statistisches Bundesamt (Destatis).

use std::collections::HashMap;
use std::sync::OnceLock;

/// The territorial status of the reference: later periods must use its keys.
pub const REFERENCE_DATE: &str = "2024-06-30";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Bund,
    Land,
    Regierungsbezirk,
    Kreis,
    Gemeindeverband,
    Gemeinde,
}

impl Level {
    pub fn code(self) -> &'static str {
        match self {
            Self::Bund => "bund",
            Self::Land => "land",
            Self::Regierungsbezirk => "rb",
            Self::Kreis => "kreis",
            Self::Gemeindeverband => "verband",
            Self::Gemeinde => "gemeinde",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Bund => "Bund",
            Self::Land => "Land",
            Self::Regierungsbezirk => "Regierungsbezirk",
            Self::Kreis => "Kreis",
            Self::Gemeindeverband => "Gemeindeverband",
            Self::Gemeinde => "Gemeinde",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// `DG` for Germany, else the AGS (2, 3, 5 or 8 digits) or, for a Gemeindeverband,
    /// its 9-digit ARS.
    pub key: &'static str,
    /// The 12-digit ARS of a Gemeinde.
    pub ars: Option<&'static str>,
    pub level: Level,
    /// `Landkreis`, `Kreisfreie Stadt`, … for Kreise.
    pub kind: Option<&'static str>,
    pub name: &'static str,
    pub population: Option<u64>,
}

impl Region {
    /// The key of the region that contains this one (Gemeinde → Kreis → Land → DG).
    pub fn parent_key(&self) -> Option<&'static str> {
        let k = self.key;
        match self.level {
            Level::Bund => None,
            Level::Land => Some("DG"),
            Level::Regierungsbezirk => Some(&k[..2]),
            // Not every Land has Regierungsbezirke.
            Level::Kreis if regions().by_key.contains_key(&k[..3]) => Some(&k[..3]),
            Level::Kreis => Some(&k[..2]),
            // Berlin's Bezirke (11001001…) belong to the Kreis Berlin (11000).
            Level::Gemeindeverband | Level::Gemeinde if !regions().by_key.contains_key(&k[..5]) => {
                regions()
                    .all()
                    .iter()
                    .find(|r| r.level == Level::Kreis && r.key.starts_with(&k[..2]))
                    .map(|r| r.key)
            }
            Level::Gemeindeverband | Level::Gemeinde => Some(&k[..5]),
        }
    }
}

pub struct Regions {
    all: Vec<Region>,
    by_key: HashMap<&'static str, usize, crate::FxBuild>,
}

const DATA: &str = include_str!("../data/regions.tsv");

/// The reference, read once.
pub fn regions() -> &'static Regions {
    static R: OnceLock<Regions> = OnceLock::new();
    R.get_or_init(|| {
        let mut all = vec![Region {
            key: "DG",
            ars: None,
            level: Level::Bund,
            kind: None,
            name: "Deutschland",
            population: None,
        }];
        for line in DATA.lines().skip(1) {
            let f: Vec<&'static str> = line.split('\t').collect();
            if f.len() < 6 {
                continue;
            }
            let level = match f[2] {
                "land" => Level::Land,
                "rb" => Level::Regierungsbezirk,
                "kreis" => Level::Kreis,
                "verband" => Level::Gemeindeverband,
                _ => Level::Gemeinde,
            };
            all.push(Region {
                key: f[0],
                ars: (!f[1].is_empty()).then_some(f[1]),
                level,
                kind: (!f[3].is_empty()).then_some(f[3]),
                name: f[4],
                population: f[5].parse().ok(),
            });
        }
        let germany: u64 = all
            .iter()
            .filter(|r| r.level == Level::Land)
            .filter_map(|r| r.population)
            .sum();
        all[0].population = Some(germany);
        let mut by_key = HashMap::default();
        for (i, r) in all.iter().enumerate() {
            by_key.insert(r.key, i);
            if let Some(ars) = r.ars {
                by_key.insert(ars, i);
            }
        }
        Regions { all, by_key }
    })
}

impl Regions {
    /// By AGS, ARS or `DG`; a county's 8-digit AGS (`03157000`) or 12-digit ARS
    /// (`031570000000`) finds the Kreis.
    pub fn get(&self, key: &str) -> Option<&Region> {
        if let Some(i) = self.by_key.get(key) {
            return Some(&self.all[*i]);
        }
        let trimmed = match key.len() {
            // `110`: a Land without Regierungsbezirke in a table by Regierungsbezirk.
            3 if key.ends_with('0') => &key[..2],
            8 if key.ends_with("000") => &key[..5],
            12 if key.ends_with("0000000") => &key[..5],
            _ => return None,
        };
        self.by_key.get(trimmed).map(|i| &self.all[*i])
    }

    pub fn all(&self) -> &[Region] {
        &self.all
    }

    /// The Gemeinden of a Kreis, by name.
    pub fn gemeinden_of(&self, kreis: &str) -> Vec<&Region> {
        let mut out: Vec<&Region> = self
            .all
            .iter()
            .filter(|r| r.level == Level::Gemeinde && r.key.starts_with(kreis))
            .collect();
        out.sort_by(|a, b| a.name.cmp(b.name));
        out
    }
}

/// Whether a key has the form of an official key (or is `DG`): digits of a known length
/// and a Land between 01 and 16. Former regions (merged Kreise) have such keys without
/// being in the reference.
pub fn well_formed(key: &str) -> bool {
    if key == "DG" {
        return true;
    }
    key.bytes().all(|b| b.is_ascii_digit())
        && [2, 3, 5, 8, 9, 12].contains(&key.len())
        && matches!(key[..2].parse::<u8>(), Ok(1..=16))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_is_complete() {
        let r = regions();
        let count = |l: Level| r.all().iter().filter(|x| x.level == l).count();
        assert_eq!(count(Level::Land), 16);
        assert_eq!(count(Level::Kreis), 400);
        assert_eq!(count(Level::Gemeinde), 10_959 + 12, "with Berlin's Bezirke");
        assert_eq!(r.get("11009009").unwrap().parent_key(), Some("11000"));
        assert_eq!(r.get("03157").unwrap().name, "Peine");
        assert_eq!(r.get("03157").unwrap().kind, Some("Landkreis"));
        assert_eq!(r.get("03157000").unwrap().key, "03157");
        assert_eq!(r.get("031570006006").unwrap().name, "Peine, Stadt");
        assert_eq!(r.get("03157006").unwrap().parent_key(), Some("03157"));
        assert_eq!(r.get("03157").unwrap().parent_key(), Some("031"));
        assert_eq!(r.get("16065").unwrap().parent_key(), Some("16"));
        assert_eq!(r.get("16").unwrap().parent_key(), Some("DG"));
        assert!(r.get("DG").unwrap().population.unwrap() > 80_000_000);
        assert!(well_formed("16056") && !well_formed("99157") && !well_formed("3157"));
    }
}
