//! The county beside its peers: where a Kreis stands on an indicator among the Kreise of
//! its Land, of Germany, and of a comparison group of its own kind and size. Wegweiser
//! Kommune compares every county but knows nothing of a county's goals; here the ranking
//! sits beside the county's own indicators and targets.
//!
//! Pure: which Kreise belong to a group (from the municipality directory: level, kind and
//! population at the reference date) and how values rank — best first by the indicator's
//! direction (higher values first where no direction is given), ties sharing a rank
//! (competition ranking: 1, 2, 2, 4).

use crate::indicators::Direction;
use crate::regions::{Level, Region, regions};

/// The groups a Kreis is compared within.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// The Kreise of its Land.
    Land,
    /// Every Kreis in Germany.
    Germany,
    /// Kreise of the same kind (Landkreis, kreisfreie Stadt) in Germany with between two
    /// thirds and one and a half times its population.
    Similar,
    /// The Kreise the body chose to compare itself with (and itself).
    Chosen,
}

impl Group {
    pub const ALL: [Group; 3] = [Group::Land, Group::Germany, Group::Similar];

    pub fn code(self) -> &'static str {
        match self {
            Group::Land => "land",
            Group::Germany => "germany",
            Group::Similar => "similar",
            Group::Chosen => "chosen",
        }
    }
}

/// The keys of a group's Kreise for the Kreis `key` (empty when `key` is no Kreis).
pub fn members(group: Group, key: &str) -> Vec<&'static str> {
    members_with(group, key, &[])
}

/// The members of a group, `chosen` being the body's own comparison group (by key).
pub fn members_with(group: Group, key: &str, chosen: &[String]) -> Vec<&'static str> {
    let all = regions();
    let Some(me) = all.get(key).filter(|r| r.level == Level::Kreis) else {
        return Vec::new();
    };
    let kreise = all.all().iter().filter(|r| r.level == Level::Kreis);
    let similar = |r: &Region| match (me.population, r.population) {
        (Some(mine), Some(theirs)) => {
            r.kind == me.kind && theirs * 3 >= mine * 2 && theirs * 2 <= mine * 3
        }
        _ => r.key == me.key,
    };
    kreise
        .filter(|r| match group {
            Group::Land => r.key.starts_with(&me.key[..2]),
            Group::Germany => true,
            Group::Similar => similar(r),
            Group::Chosen => r.key == me.key || chosen.iter().any(|c| c == r.key),
        })
        .map(|r| r.key)
        .collect()
}

/// The Kreise of a comparison group as typed, one per line: an official key (`03151`) or a
/// Kreis's name as the directory writes it (`Gifhorn`), optionally after its key
/// (`03151 Gifhorn`). Errors name the line in German.
pub fn parse_chosen(text: &str) -> Result<Vec<&'static str>, Vec<String>> {
    let all = regions();
    let kreise: Vec<&Region> = all
        .all()
        .iter()
        .filter(|r| r.level == Level::Kreis)
        .collect();
    let mut out: Vec<&'static str> = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let first = line.split_whitespace().next().unwrap_or("");
        let found: Vec<&&Region> = if first.bytes().all(|b| b.is_ascii_digit()) {
            kreise.iter().filter(|r| r.key == first).collect()
        } else {
            kreise
                .iter()
                .filter(|r| {
                    r.name.eq_ignore_ascii_case(line)
                        || r.name.to_lowercase() == line.to_lowercase()
                })
                .collect()
        };
        match found.as_slice() {
            [r] => {
                if !out.contains(&r.key) {
                    out.push(r.key);
                }
            }
            [] => errors.push(format!("Zeile {}: „{line}“ ist kein Kreis (Schlüssel wie 03151 oder Name wie im Gemeindeverzeichnis).", i + 1)),
            _ => errors.push(format!("Zeile {}: „{line}“ ist mehrdeutig; bitte den Schlüssel angeben.", i + 1)),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// A region's place in a ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub key: String,
    pub value: f64,
    /// 1 for the best; equal values share the better rank.
    pub rank: usize,
}

/// The regions with a value, best first. Regions without a value are left out (they have
/// no place); the caller says how many there were.
pub fn rank(values: &[(String, f64)], direction: Direction) -> Vec<Ranked> {
    let mut sorted: Vec<&(String, f64)> = values.iter().filter(|(_, v)| v.is_finite()).collect();
    sorted.sort_by(|a, b| {
        let order = match direction {
            Direction::LowerIsBetter => a.1.total_cmp(&b.1),
            Direction::HigherIsBetter | Direction::Neutral => b.1.total_cmp(&a.1),
        };
        order.then_with(|| a.0.cmp(&b.0))
    });
    let mut out: Vec<Ranked> = Vec::with_capacity(sorted.len());
    for (i, (key, value)) in sorted.into_iter().enumerate() {
        let rank = match out.last() {
            Some(prev) if prev.value == *value => prev.rank,
            _ => i + 1,
        };
        out.push(Ranked {
            key: key.clone(),
            value: *value,
            rank,
        });
    }
    out
}

/// The share of the other ranked regions a region stands ahead of, 0 to 100: its position
/// in the group whatever the group's size.
pub fn ahead_of(ranked: &[Ranked], key: &str) -> Option<u8> {
    let me = ranked.iter().find(|r| r.key == key)?;
    let others = ranked.len().saturating_sub(1);
    if others == 0 {
        return Some(100);
    }
    let behind = ranked.iter().filter(|r| r.rank > me.rank).count();
    Some((behind as f64 * 100.0 / others as f64).round() as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(pairs: &[(&str, f64)]) -> Vec<(String, f64)> {
        pairs.iter().map(|(k, x)| (k.to_string(), *x)).collect()
    }

    #[test]
    fn ranks_follow_the_direction_and_ties_share() {
        let values = v(&[
            ("a", 3.0),
            ("b", 5.0),
            ("c", 5.0),
            ("d", 1.0),
            ("e", f64::NAN),
        ]);
        let higher = rank(&values, Direction::HigherIsBetter);
        let ranks: Vec<(&str, usize)> = higher.iter().map(|r| (r.key.as_str(), r.rank)).collect();
        assert_eq!(ranks, vec![("b", 1), ("c", 1), ("a", 3), ("d", 4)]);
        let lower = rank(&values, Direction::LowerIsBetter);
        assert_eq!(lower[0].key, "d");
        assert_eq!(lower[3].rank, 3, "b and c share third place");
        assert_eq!(ahead_of(&higher, "a"), Some(33));
        assert_eq!(ahead_of(&higher, "b"), Some(67));
        assert_eq!(ahead_of(&higher, "e"), None);
    }

    #[test]
    fn groups_come_from_the_directory() {
        let land = members(Group::Land, "03157");
        assert_eq!(
            land.len(),
            45,
            "Lower Saxony's Kreise with the Region Hannover"
        );
        assert!(land.iter().all(|k| k.starts_with("03")));
        let germany = members(Group::Germany, "03157");
        assert_eq!(germany.len(), 400);
        let similar = members(Group::Similar, "03157");
        assert!(
            similar.contains(&"03157") && similar.len() > 20,
            "{similar:?}"
        );
        let all = regions();
        for k in &similar {
            let r = all.get(k).unwrap();
            assert_eq!(r.kind, Some("Landkreis"));
            let p = r.population.unwrap();
            assert!((92_621..=208_396).contains(&p), "{k}: {p}");
        }
        assert!(members(Group::Land, "031570001").is_empty(), "no Kreis");
    }
}
