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
//!
//! [`GermanCsv`] is the one writer of those files: German Excel opens a CSV by double-click
//! correctly only when it is UTF-8 with a byte order mark and separated by semicolons (the
//! comma is the decimal sign), so every export — measure plan, indicator series, survey
//! answers and results, resolution tracking, audit trail — is written by it, cells made safe.

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

/// A CSV file for German spreadsheet programs, written in memory: UTF-8 with a byte order
/// mark, `;` between fields, CRLF line ends (RFC 4180), every cell through [`csv_cell`].
pub struct GermanCsv {
    writer: csv::Writer<Vec<u8>>,
    columns: usize,
}

impl GermanCsv {
    /// A file whose first line is `header`.
    pub fn new<I, T>(header: I) -> Self
    where
        I: IntoIterator<Item = T>,
        T: AsRef<str>,
    {
        // Writing to a Vec cannot fail; rows of another length than the header are a
        // programming error caught in the tests by the assertion in `row`.
        let writer = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .flexible(true)
            .from_writer(b"\xEF\xBB\xBF".to_vec());
        let mut file = GermanCsv { writer, columns: 0 };
        file.columns = file.write(header);
        file
    }

    /// One line of cells, each made safe for spreadsheets.
    pub fn row<I, T>(&mut self, cells: I)
    where
        I: IntoIterator<Item = T>,
        T: AsRef<str>,
    {
        let written = self.write(cells);
        debug_assert_eq!(written, self.columns, "a CSV row as long as its header");
    }

    fn write<I, T>(&mut self, cells: I) -> usize
    where
        I: IntoIterator<Item = T>,
        T: AsRef<str>,
    {
        let cells: Vec<String> = cells
            .into_iter()
            .map(|c| csv_cell(c.as_ref()).into_owned())
            .collect();
        self.writer
            .write_record(&cells)
            .expect("writing CSV to memory");
        cells.len()
    }

    /// The file's bytes.
    pub fn finish(self) -> Vec<u8> {
        self.writer
            .into_inner()
            .map_err(|e| e.into_error())
            .expect("flushing CSV to memory")
    }
}

#[cfg(test)]
mod tests {
    use super::{GermanCsv, csv_cell};

    #[test]
    fn a_german_csv_has_bom_semicolons_crlf_and_safe_cells() {
        let mut file = GermanCsv::new(["Maßnahme", "Wert"]);
        file.row(["=SUMME(A1)", "-1,5"]);
        file.row(["Kurs; mit \"Zitat\"", ""]);
        let text = String::from_utf8(file.finish()).expect("UTF-8");
        assert_eq!(
            text,
            "\u{feff}Maßnahme;Wert\r\n'=SUMME(A1);-1,5\r\n\"Kurs; mit \"\"Zitat\"\"\";\r\n"
        );
    }

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
