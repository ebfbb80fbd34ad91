//! Vote tallies from the free text of an agenda item's `result`. OParl has no field for
//! them, so servers write them into the text in many ways:
//! `Ja: 9, Nein: 0, Enthaltungen: 0`, `27 Ja-Stimmen, 6 Nein-Stimmen`,
//! `mehrheitlich beschlossen (27:6:0)`, `dafür 12 / dagegen 3 / Enthaltung 1`,
//! `einstimmig (Ja: 9, Nein: 0, Enthaltungen: 0, befangen: 0)`.
//! Only counts that are written out are taken; "einstimmig" alone gives no numbers.

/// `[yes, no, abstain, conflicted]`, or `None` if the text names no tally.
pub fn parse(text: &str) -> Option<[Option<i64>; 4]> {
    let lower = text.to_lowercase();
    let tokens = tokenize(&lower);
    let mut out: [Option<i64>; 4] = [None; 4];
    let num_at = |j: Option<usize>| match j.and_then(|j| tokens.get(j).map(|t| (j, t))) {
        Some((j, Tok::Num(n))) => Some((j, *n)),
        _ => None,
    };
    // Either "Ja: 9, Nein: 0" (number after the word) or "9 Ja-Stimmen, 0 Nein-Stimmen"
    // (before): the first keyword decides, and the other side is only a fallback.
    let keywords: Vec<(usize, usize)> = tokens
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match t {
            Tok::Word(w) => slot_of(w).map(|slot| (i, slot)),
            Tok::Num(_) => None,
        })
        .collect();
    let before_first = keywords
        .first()
        .is_some_and(|(i, _)| num_at(i.checked_sub(1)).is_some());
    let mut used = Vec::new();
    for (i, slot) in keywords {
        if out[slot].is_some() {
            continue;
        }
        let before = num_at(i.checked_sub(1));
        let after = num_at(Some(i + 1));
        let (first, second) = if before_first {
            (before, after)
        } else {
            (after, before)
        };
        if let Some((j, n)) = first.or(second.filter(|(j, _)| !used.contains(j))) {
            if used.contains(&j) {
                continue;
            }
            used.push(j);
            out[slot] = Some(n);
        }
    }
    if out[0].is_some() || out[1].is_some() {
        return Some(fill(out));
    }
    // `27:6:0` or `9/0/0` (yes, no, abstain), read only as a group of three or four.
    for window in lower.split(|c: char| !(c.is_ascii_digit() || c == ':' || c == '/')) {
        let parts: Vec<&str> = window.split([':', '/']).collect();
        if (3..=4).contains(&parts.len()) && parts.iter().all(|p| !p.is_empty()) {
            let nums: Vec<i64> = parts.iter().filter_map(|p| p.parse().ok()).collect();
            if nums.len() == parts.len() && !looks_like_date(window) {
                let mut v = [None; 4];
                for (k, n) in nums.into_iter().enumerate() {
                    v[k] = Some(n);
                }
                return Some(fill(v));
            }
        }
    }
    None
}

/// When some counts are written, the missing ones of yes/no/abstain are zero.
fn fill(mut v: [Option<i64>; 4]) -> [Option<i64>; 4] {
    for slot in v.iter_mut().take(3) {
        slot.get_or_insert(0);
    }
    v
}

fn looks_like_date(s: &str) -> bool {
    // 2021/7/014 is a paper reference, 12:30 a time; a tally has small numbers only.
    s.split([':', '/']).any(|p| p.len() > 3)
}

#[derive(Debug, PartialEq)]
enum Tok<'a> {
    Word(&'a str),
    Num(i64),
}

fn tokenize(s: &str) -> Vec<Tok<'_>> {
    fn push<'a>(out: &mut Vec<Tok<'a>>, w: &'a str) {
        match w.parse::<i64>() {
            Ok(n) => out.push(Tok::Num(n)),
            Err(_) => out.push(Tok::Word(w)),
        }
    }
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(from) = start.take() {
            push(&mut out, &s[from..i]);
        }
    }
    if let Some(from) = start {
        push(&mut out, &s[from..]);
    }
    // "Ja-Stimmen" becomes "ja", "stimmen": drop the filler so "9 Ja-Stimmen" and
    // "Ja-Stimmen: 9" put the number next to the keyword.
    out.retain(|t| !matches!(t, Tok::Word(w) if FILLER.contains(w)));
    out
}

const FILLER: &[&str] = &[
    "stimmen",
    "stimme",
    "stimmenthaltung",
    "mit",
    "bei",
    "und",
    "gegen",
];

fn slot_of(word: &str) -> Option<usize> {
    match word {
        "ja" | "dafür" | "zustimmung" | "zustimmungen" | "jastimmen" => Some(0),
        "nein" | "dagegen" | "gegenstimme" | "gegenstimmen" | "neinstimmen" => Some(1),
        "enthaltung" | "enthaltungen" | "stimmenthaltungen" | "enthalten" => Some(2),
        "befangen" | "befangenheit" | "mitwirkungsverbot" => Some(3),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn reads_common_spellings() {
        let cases: &[(&str, [Option<i64>; 4])] = &[
            (
                "einstimmig (Ja: 9, Nein: 0, Enthaltungen: 0, befangen: 0)",
                [Some(9), Some(0), Some(0), Some(0)],
            ),
            (
                "Ja: 6, Nein: 1, Enthaltungen: 0",
                [Some(6), Some(1), Some(0), None],
            ),
            (
                "mit 27 Ja-Stimmen und 6 Nein-Stimmen beschlossen",
                [Some(27), Some(6), Some(0), None],
            ),
            (
                "mehrheitlich beschlossen (27:6:0)",
                [Some(27), Some(6), Some(0), None],
            ),
            (
                "dafür 12 / dagegen 3 / Enthaltung 1",
                [Some(12), Some(3), Some(1), None],
            ),
            (
                "Abstimmung: 10/2/1/1",
                [Some(10), Some(2), Some(1), Some(1)],
            ),
            (
                "bei 2 Gegenstimmen und 1 Enthaltung angenommen; Ja 20",
                [Some(20), Some(2), Some(1), None],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(parse(text), Some(*want), "{text}");
        }
    }

    #[test]
    fn takes_nothing_that_is_not_a_tally() {
        for text in [
            "einstimmig beschlossen",
            "ungeändert beschlossen",
            "zur Kenntnis genommen",
            "vertagt auf die Sitzung am 12.03.2024, 17:00",
            "siehe Vorlage 2021/7/014",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }
}
