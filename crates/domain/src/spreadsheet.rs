//! Cells of the CSV files Teilhabe writes, made safe for spreadsheet programs.
//!
//! Excel and LibreOffice read a cell that begins with `=`, `+`, `-` or `@` as a formula,
//! and a leading tab or carriage return is stripped before that reading. A survey answer
//! typed by anyone, or a measure text written by an actor, could otherwise reach a
//! coordinator's export as a live `=HYPERLINK(…)`. As OWASP recommends for CSV injection,
//! such a cell gets a leading `'`, which spreadsheets show as text and do not evaluate.
//! Numbers (`-12`, `-1.234,5`, `+3e-2`) are left as they are, so that they stay numbers, and
//! so is a lone `-`, the official statistics' sign for "nothing", which no program evaluates.
//! XLSX needs none of this: its cells are typed, text is never a formula.

use std::borrow::Cow;

/// The characters that make a spreadsheet read a cell as a formula.
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `cell` as it may go into a CSV file: unchanged unless a spreadsheet would evaluate it.
pub fn csv_cell(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some(c) if TRIGGERS.contains(&c) && cell != "-" && !is_number(cell) => {
            Cow::Owned(format!("'{cell}"))
        }
        _ => Cow::Borrowed(cell),
    }
}

/// A number in plain or German notation, signed, with an optional exponent.
fn is_number(s: &str) -> bool {
    let s = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (mantissa, exponent) = match s.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e.strip_prefix(['+', '-']).unwrap_or(e))),
        None => (s, None),
    };
    mantissa.starts_with(|c: char| c.is_ascii_digit())
        && mantissa
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && exponent.is_none_or(|e| !e.is_empty() && e.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::csv_cell;

    #[test]
    fn formulas_become_text_and_numbers_stay_numbers() {
        for formula in [
            "=HYPERLINK(\"https://evil.example\";\"Klick\")",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
            "=",
            "--",
            "-cmd|' /C calc'!A0",
        ] {
            assert_eq!(csv_cell(formula), format!("'{formula}"), "{formula:?}");
        }
        for kept in [
            "-",
            "-12",
            "-1.234,5",
            "+3e-2",
            "-0,5",
            "12",
            "Sprachkurs",
            "",
            "1=1",
            "a-b",
            "-1e5",
        ] {
            assert_eq!(csv_cell(kept), kept, "{kept:?}");
        }
    }
}
