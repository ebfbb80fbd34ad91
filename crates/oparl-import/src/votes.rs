//! Vote tallies from the free text of an agenda item's `result`. OParl has no field for
//! them, so servers write them into the text in many ways:
//! `Ja: 9, Nein: 0, Enthaltungen: 0`, `27 Ja-Stimmen, 6 Nein-Stimmen`, `1x ja, 12x nein`,
//! `einstimmig13 Ja-Stimmen, 0 Enthaltungen, 0 Nein-Stimmen`, `einstimmig, 1 Enthaltung`,
//! `mehrheitlich beschlossen (27:6:0)`, `dafür 12 / dagegen 3 / Enthaltung 1`.
//!
//! A tally is published as the council's decision, so a wrong number is worse than none:
//! only what the text states of one single vote is taken. A count that is not written stays
//! unknown (never filled with zero), and a text that holds several votes (`a) … b) …`,
//! `1. … 2. …`, `Zu 1: …`, a keyword twice), a party table run together
//! (`JaNeinEnthaltungBM1CDU12…`) or a tally that contradicts itself (`einstimmig` with votes
//! against) gives no tally at all; the text itself is kept either way.

/// What one vote's text states: the counts `[yes, no, abstain, conflicted]` it writes out,
/// and whether it says the vote was unanimous.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub counts: [Option<i64>; 4],
    pub unanimous: bool,
}

/// The tally of `text`, or `None` when it states none or cannot be read with certainty.
pub fn parse(text: &str) -> Option<Tally> {
    let lower = text.to_lowercase();
    if several_votes(&lower) {
        return None;
    }
    let tokens = tokenize(text);
    let said = tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| matches!(t, Tok::Word(w) if is_unanimous(w, *i == 0)))
        .count();
    // "Einstimmig" twice: two votes.
    if said > 1 {
        return None;
    }
    let unanimous = said == 1;
    let counts = match keyword_counts(&tokens, unanimous).ok()? {
        Some(counts) => counts,
        None => group_counts(&lower).unwrap_or_default(),
    };
    let tally = Tally { counts, unanimous };
    // "Einstimmig" with votes against, or with no vote for at all: two votes in one text,
    // or a typing error; either way not a tally to publish.
    if unanimous && (counts[1].is_some_and(|n| n > 0) || counts[0] == Some(0)) {
        return None;
    }
    (tally != Tally::default()).then_some(tally)
}

/// A kind of count written twice: several votes, or a breakdown by group.
struct Twice;

/// The counts written next to their keywords, `None` when no keyword has a count. Under one
/// "einstimmig", abstentions may be given by group ("1 Enthaltung FFH-Fraktion,
/// 2 Enthaltungen FDP-Fraktion"): they add up.
fn keyword_counts(tokens: &[Tok], unanimous: bool) -> Result<Option<[Option<i64>; 4]>, Twice> {
    let num_at = |j: Option<usize>| match j.and_then(|j| tokens.get(j)) {
        Some(Tok::Num(n)) => Some(*n),
        _ => None,
    };
    let keywords: Vec<(usize, usize)> = tokens
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match t {
            Tok::Word(w) => slot_of(w).map(|slot| (i, slot)),
            Tok::Num(_) => None,
        })
        .collect();
    // "9 Ja-Stimmen, 0 Nein-Stimmen" (number before the word) or "Ja: 9, Nein: 0" (after):
    // the first keyword with a number decides, for all of them.
    let before = keywords
        .iter()
        .find_map(|(i, _)| {
            if num_at(i.checked_sub(1)).is_some() {
                Some(true)
            } else if num_at(Some(i + 1)).is_some() {
                Some(false)
            } else {
                None
            }
        })
        .unwrap_or(true);
    let mut counts: [Option<i64>; 4] = [None; 4];
    let mut seen = [false; 4];
    let mut any = false;
    for (i, slot) in keywords {
        let again = std::mem::replace(&mut seen[slot], true);
        if again && !(unanimous && slot == 2 && before) {
            return Err(Twice);
        }
        let n = if before {
            num_at(i.checked_sub(1))
        } else {
            num_at(Some(i + 1))
        };
        match n.or_else(|| word_count(tokens, i, before)) {
            Some(n) if again => match counts[slot] {
                Some(sum) => counts[slot] = Some(sum + n),
                None => return Err(Twice),
            },
            Some(n) => {
                counts[slot] = Some(n);
                any = true;
            }
            None if again => return Err(Twice),
            None => {}
        }
    }
    Ok(any.then_some(counts))
}

/// "eine Enthaltung", "drei Enthaltungen", "ohne Enthaltung", "keine Gegenstimmen", and
/// "O Enthaltungen" (the letter typed for the zero): a count written as a word just before
/// its keyword.
fn word_count(tokens: &[Tok], i: usize, before: bool) -> Option<i64> {
    if !before {
        return None;
    }
    match tokens.get(i.checked_sub(1)?)? {
        Tok::Word(w) => match w.as_str() {
            "ohne" | "keine" | "o" => Some(0),
            "eine" | "einer" | "einem" => Some(1),
            "zwei" => Some(2),
            "drei" => Some(3),
            "vier" => Some(4),
            "fünf" => Some(5),
            "sechs" => Some(6),
            "sieben" => Some(7),
            "acht" => Some(8),
            "neun" => Some(9),
            "zehn" => Some(10),
            "elf" => Some(11),
            "zwölf" => Some(12),
            _ => None,
        },
        Tok::Num(_) => None,
    }
}

/// `27:6:0` or `9/0/0` (yes, no, abstain[, conflicted]): one group of three or four small
/// numbers in the whole text.
fn group_counts(lower: &str) -> Option<[Option<i64>; 4]> {
    let mut found = None;
    for window in lower.split(|c: char| !(c.is_ascii_digit() || c == ':' || c == '/')) {
        let parts: Vec<&str> = window.split([':', '/']).collect();
        if !(3..=4).contains(&parts.len()) || parts.iter().any(|p| p.is_empty() || p.len() > 3) {
            continue;
        }
        let mut v = [None; 4];
        for (k, p) in parts.iter().enumerate() {
            v[k] = Some(p.parse().ok()?);
        }
        if found.replace(v).is_some() {
            return None;
        }
    }
    found
}

/// Whether the text holds the results of several votes: enumerations (`a)`, `1.`, `Zu 1`,
/// `Nr. 3`, `Beratungsergebnis 2`, `Alternative 1`, `Vorschlag 2`, `Punkt 10`), or a party
/// table whose header and numbers ran together.
fn several_votes(lower: &str) -> bool {
    let chars: Vec<char> = lower.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(at);
        // `a)` `b)` … not inside a word.
        if ('a'..='h').contains(&c)
            && at(i + 1) == Some(')')
            && !prev.is_some_and(char::is_alphabetic)
        {
            return true;
        }
        // `1.` `2.` …: one or two digits and a dot, not part of a date, a time or a number.
        if c.is_ascii_digit() && !prev.is_some_and(|p| p.is_ascii_digit() || p == '.') {
            let mut j = i + 1;
            if at(j).is_some_and(|d| d.is_ascii_digit()) {
                j += 1;
            }
            if at(j) == Some('.') && !at(j + 1).is_some_and(|d| d.is_ascii_digit()) {
                return true;
            }
        }
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|w| {
        matches!(
            w[0],
            "zu" | "nr"
                | "beratungsergebnis"
                | "alternative"
                | "vorschlag"
                | "punkt"
                | "punkte"
                | "punkten"
        ) && w[1].chars().next().is_some_and(|c| c.is_ascii_digit())
    }) || lower.contains("janeinenthaltung")
}

/// "Einstimmig", with the misspellings the minutes have; "Einstimmung" only as the text's
/// first word, where it stands for "einstimmig" ("Einstimmung, 0 Enthaltungen").
fn is_unanimous(word: &str, first: bool) -> bool {
    ["einstimmig", "einstimimig", "enstimmig", "einstimmit"].contains(&word)
        || (first && word == "einstimmung")
}

#[derive(Debug, PartialEq)]
enum Tok {
    Word(String),
    Num(i64),
}

/// Words (lower case) and numbers of the original text. Letters and digits written together
/// ("einstimmig13", "1x") are two tokens, and so are words run together where the minutes
/// lost a line break ("EnthaltungenBürgermeister").
fn tokenize(text: &str) -> Vec<Tok> {
    #[derive(Clone, Copy, PartialEq)]
    enum Class {
        Digit,
        Lower,
        Upper,
    }
    let class = |c: char| {
        if c.is_ascii_digit() {
            Some(Class::Digit)
        } else if c.is_lowercase() {
            Some(Class::Lower)
        } else if c.is_alphabetic() {
            Some(Class::Upper)
        } else {
            None
        }
    };
    let mut out = Vec::new();
    let mut word = String::new();
    let mut last: Option<Class> = None;
    let flush = |out: &mut Vec<Tok>, word: &mut String| {
        if word.is_empty() {
            return;
        }
        let w = std::mem::take(word);
        out.push(match w.parse() {
            Ok(n) => Tok::Num(n),
            Err(_) => Tok::Word(w.to_lowercase()),
        });
    };
    for c in text.chars() {
        let now = class(c);
        let split = match (last, now) {
            (_, None) => true,
            (Some(Class::Digit), Some(k)) | (Some(k), Some(Class::Digit)) => k != Class::Digit,
            // A capital after a small letter starts a new word.
            (Some(Class::Lower), Some(Class::Upper)) => true,
            _ => false,
        };
        if split {
            flush(&mut out, &mut word);
        }
        if now.is_some() {
            word.push(c);
        }
        last = now;
    }
    flush(&mut out, &mut word);
    // "Ja-Stimmen" becomes "ja", "stimmen", "1x ja" "1", "x", "ja": the filler goes, so
    // that the number stands next to its keyword.
    out.retain(|t| !matches!(t, Tok::Word(w) if FILLER.contains(&w.as_str())));
    out
}

const FILLER: &[&str] = &[
    "stimmen", "stimme", "n", "en", "x", "mit", "bei", "und", "gegen",
];

fn slot_of(word: &str) -> Option<usize> {
    match word {
        "ja" | "dafür" | "zustimmung" | "zustimmungen" | "jastimmen" => Some(0),
        "nein" | "dagegen" | "gegenstimme" | "gegenstimmen" | "neinstimmen" => Some(1),
        "enthaltung" | "enthaltungen" | "stimmenthaltung" | "stimmenthaltungen" | "enthalten"
        // As the minutes misspell them.
        | "entahltungen" | "enthaltugen" | "enhaltungen" => Some(2),
        "befangen" | "befangenheit" | "mitwirkungsverbot" => Some(3),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{Tally, parse};

    fn counts(text: &str) -> Option<[Option<i64>; 4]> {
        parse(text).map(|t| t.counts)
    }

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
                [Some(27), Some(6), None, None],
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
        ];
        for (text, want) in cases {
            assert_eq!(counts(text), Some(*want), "{text}");
        }
    }

    #[test]
    fn says_unanimous_where_the_text_does() {
        assert_eq!(
            parse("einstimmig"),
            Some(Tally {
                counts: [None; 4],
                unanimous: true
            })
        );
        assert_eq!(
            parse("einstimmig13 Ja-Stimmen, 0 Enthaltungen, 0 Nein-Stimmen"),
            Some(Tally {
                counts: [Some(13), Some(0), Some(0), None],
                unanimous: true
            })
        );
        assert_eq!(
            parse("einstimmig, 1 Enthaltung FFH-Fraktion, 2 Enthaltungen FDP-Fraktion"),
            Some(Tally {
                counts: [None, None, Some(3), None],
                unanimous: true
            }),
            "abstentions by group add up under one unanimous vote"
        );
        assert_eq!(
            parse("einstimmig, eine Enthaltung"),
            Some(Tally {
                counts: [None, None, Some(1), None],
                unanimous: true
            })
        );
    }

    #[test]
    fn takes_nothing_that_is_not_one_certain_tally() {
        for text in [
            "ungeändert beschlossen",
            "zur Kenntnis genommen",
            "vertagt auf die Sitzung am 12.03.2024, 17:00",
            "siehe Vorlage 2021/7/014",
            "a) einstimmig, 0 Enthaltungen b) 7 Ja-Stimmen, 6 Nein-Stimmen",
            "1. einstimmig, 0 Enthaltungen2. 9 Ja-Stimmen, 1 Nein-Stimme",
            "Zu 1: 3 Ja-Stimmen, 9 Nein-Stimmen",
            "JaNeinEnthaltungBM1CDU12SPD6Gesamt2401",
            "Grundsteuer A: 10 Ja-Stimmen, 2 Nein-Stimmen Grundsteuer B: 7 Ja-Stimmen",
            "einstimmig, 0 Enthaltungen. Dann einstimmig und ohne Enthaltungen vertagt",
            "einstimmig, dann 24 Ja-Stimmen, 1 Nein-Stimme",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }
}
