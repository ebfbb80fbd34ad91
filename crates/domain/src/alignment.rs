//! County and municipalities together (Abgleich): a Landkreis and the towns within it both
//! run integration work, and a joint commission — Peine's of city and county exists for this
//! — agrees who does what, "to avoid duplicate structures". The rule here finds the likely
//! duplicates: a measure of the county and one of a municipality that reach the same target
//! group and say the same in their words (at least [`MIN_SHARED_STEMS`] shared word stems
//! in title and description, stop words and the words every measure of the field uses left
//! out). It flags for a human to look at; it decides nothing.

use crate::search::terms;
use std::collections::BTreeSet;

/// How many word stems two measures must share to be flagged.
pub const MIN_SHARED_STEMS: usize = 3;

/// Stems every integration measure may use; they say nothing about what a measure does.
const GENERIC: &[&str] = &[
    "integration",
    "migration",
    "teilhab",
    "angebot",
    "stadt",
    "landkreis",
    "kreis",
    "gemeind",
    "mensch",
    "maßnahm",
    "zugewandert",
    "neuzugewandert",
    "alle",
    "auch",
    "dabei",
    "werden",
];

/// A measure as the rule sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub id: i64,
    pub title: String,
    pub description: String,
    /// Names of its target groups (compared by name: each body keeps its own list).
    pub groups: Vec<String>,
}

/// A likely duplicate, with why.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub county: i64,
    pub municipality: i64,
    pub shared_groups: Vec<String>,
    pub shared_stems: Vec<String>,
}

/// The distinct telling stems of a text (four letters or more, not generic).
pub fn stems(text: &str) -> BTreeSet<String> {
    terms(text)
        .into_iter()
        .filter(|t| t.chars().count() >= 4 && !GENERIC.contains(&t.as_str()))
        .collect()
}

fn normal(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Every pair of a county measure and a municipal measure that shares a target group and at
/// least [`MIN_SHARED_STEMS`] stems, most stems first.
pub fn likely_duplicates(county: &[Candidate], municipal: &[Candidate]) -> Vec<Pair> {
    let stems_of = |c: &Candidate| stems(&format!("{} {}", c.title, c.description));
    let municipal: Vec<(&Candidate, BTreeSet<String>)> =
        municipal.iter().map(|m| (m, stems_of(m))).collect();
    let mut out = Vec::new();
    for c in county {
        let mine = stems_of(c);
        for (m, theirs) in &municipal {
            let shared_groups: Vec<String> = c
                .groups
                .iter()
                .filter(|g| m.groups.iter().any(|h| normal(h) == normal(g)))
                .cloned()
                .collect();
            let shared_stems: Vec<String> = mine.intersection(theirs).cloned().collect();
            if !shared_groups.is_empty() && shared_stems.len() >= MIN_SHARED_STEMS {
                out.push(Pair {
                    county: c.id,
                    municipality: m.id,
                    shared_groups,
                    shared_stems,
                });
            }
        }
    }
    out.sort_by_key(|p| std::cmp::Reverse(p.shared_stems.len()));
    out
}

/// Pairs the fields of action of two concepts by the stems of their titles: for each
/// county field the municipal field sharing most stems (at least one), if any.
pub fn pair_fields(
    county: &[(i64, String)],
    municipal: &[(i64, String)],
) -> Vec<(i64, Option<i64>)> {
    county
        .iter()
        .map(|(id, title)| {
            let mine = stems(title);
            let best = municipal
                .iter()
                .map(|(m, t)| (m, mine.intersection(&stems(t)).count()))
                .filter(|(_, n)| *n > 0)
                .max_by_key(|(_, n)| *n)
                .map(|(m, _)| *m);
            (*id, best)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(id: i64, title: &str, description: &str, groups: &[&str]) -> Candidate {
        Candidate {
            id,
            title: title.into(),
            description: description.into(),
            groups: groups.iter().map(|g| (*g).into()).collect(),
        }
    }

    #[test]
    fn same_group_and_same_words_are_flagged() {
        let county = [
            c(
                1,
                "Sprachkurskoordination und Kursbörse",
                "Eine kreisweite Übersicht über alle Sprachkurse mit freien Plätzen; Beratung zur Auswahl des passenden Kurses.",
                &["Geflüchtete", "EU-Zugewanderte"],
            ),
            c(
                2,
                "Integration durch Sport",
                "Vereine öffnen ihre Angebote.",
                &["Kinder und Jugendliche"],
            ),
        ];
        let city = [
            c(
                10,
                "Sprachkursbörse der Stadt",
                "Übersicht der Sprachkurse mit freien Plätzen in der Stadt und Beratung zur Auswahl.",
                &["geflüchtete"],
            ),
            c(
                11,
                "Stadtteilfest",
                "Ein Fest der Nachbarschaft im Quartier mit Vereinen.",
                &["Aufnahmegesellschaft"],
            ),
            // The same words, but for another group: not flagged.
            c(
                12,
                "Sprachkurse mit freien Plätzen",
                "Übersicht und Beratung zur Auswahl.",
                &["Ehrenamtliche"],
            ),
        ];
        let pairs = likely_duplicates(&county, &city);
        assert_eq!(pairs.len(), 1, "{pairs:?}");
        assert_eq!((pairs[0].county, pairs[0].municipality), (1, 10));
        assert_eq!(pairs[0].shared_groups, vec!["Geflüchtete".to_string()]);
        assert!(pairs[0].shared_stems.len() >= MIN_SHARED_STEMS, "{pairs:?}");
    }

    #[test]
    fn fields_pair_by_their_titles() {
        let county = [
            (1, "Sprache und Bildung".to_string()),
            (2, "Gesundheit".to_string()),
        ];
        let city = [(7, "Bildung und Sprache in der Stadt".to_string())];
        assert_eq!(pair_fields(&county, &city), vec![(1, Some(7)), (2, None)]);
    }
}
