//! The measure plan as a working sheet: a coordinator downloads it, the measures' leads
//! fill in status, progress, what happened, dates and milestones in Excel, and the sheet
//! comes back. What the sheet's columns mean, how its cells are read and how a problem
//! names sheet, row and column — so the download, the preview and the import agree.
//!
//! Each row is read into the same form fields the administration's forms send, and those
//! are checked by the same parsers ([`crate::concepts::MeasureDraft`],
//! [`crate::concepts::ProgressReportDraft`], [`crate::controlling::MilestoneDraft`]); a
//! parser's field error is placed back on its column.

use crate::codes::{Coded, MeasureStatus};
use std::fmt;

/// The sheet of measures.
pub const MEASURES_SHEET: &str = "Maßnahmen";
/// The sheet of milestones.
pub const MILESTONES_SHEET: &str = "Meilensteine";

/// The measures sheet's columns: header and the form field it fills (none: shown for
/// orientation, or the row's key).
pub const MEASURE_COLUMNS: [(&str, Option<&str>); 13] = [
    (KEY_COLUMN, None),
    ("Handlungsfeld", None),
    ("Ziel", None),
    ("Nr.", Some("code")),
    ("Maßnahme", Some("title")),
    ("Beschreibung", Some("description")),
    ("Federführung", Some("lead_organization_id")),
    ("Beginn", Some("start_date")),
    ("Ende", Some("end_date")),
    ("Status", Some("status")),
    ("Fortschritt (%)", Some("progress")),
    ("Neuer Sachstand", Some("narrative")),
    ("Stand vom", Some("reported_on")),
];

/// The milestones sheet's columns.
pub const MILESTONE_COLUMNS: [(&str, Option<&str>); 6] = [
    (KEY_COLUMN, None),
    (MEASURE_KEY_COLUMN, None),
    ("Maßnahme", None),
    ("Meilenstein", Some("title")),
    ("Zu erreichen bis", Some("due_on")),
    ("Erreicht am", Some("done_on")),
];

/// The column that names the record a row is about (empty: a new milestone).
pub const KEY_COLUMN: &str = "Kennung";
/// The milestones sheet's column naming the measure.
pub const MEASURE_KEY_COLUMN: &str = "Maßnahme (Kennung)";

/// One sheet as read: its name, header and rows with their row numbers as a spreadsheet
/// program shows them (the header is row 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<(u64, Vec<String>)>,
}

/// Something wrong in an uploaded sheet, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub sheet: String,
    pub row: Option<u64>,
    pub column: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Blatt „{}“", self.sheet)?;
        if let Some(row) = self.row {
            write!(f, ", Zeile {row}")?;
        }
        if let Some(column) = &self.column {
            write!(f, ", Spalte „{column}“")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Headers compare without case, spaces and trailing dots ("nr" = "Nr.").
fn same_header(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.chars()
            .filter(|c| !c.is_whitespace() && *c != '.')
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    norm(a) == norm(b)
}

impl Sheet {
    /// Where each of `columns` stands in this sheet; a missing column is a problem
    /// (except the orientation columns without a field, and the key).
    pub fn positions(
        &self,
        columns: &[(&'static str, Option<&'static str>)],
        required: &[&str],
    ) -> Result<Vec<Option<usize>>, Vec<Problem>> {
        let found: Vec<Option<usize>> = columns
            .iter()
            .map(|(h, _)| self.headers.iter().position(|x| same_header(x, h)))
            .collect();
        let missing: Vec<Problem> = columns
            .iter()
            .zip(&found)
            .filter(|((h, _), at)| at.is_none() && required.contains(h))
            .map(|((h, _), _)| Problem {
                sheet: self.name.clone(),
                row: Some(1),
                column: Some((*h).to_owned()),
                message: "Diese Spalte fehlt. Bitte die Tabelle verwenden, die Teilhabe zum Ausfüllen herunterlädt.".into(),
            })
            .collect();
        if missing.is_empty() {
            Ok(found)
        } else {
            Err(missing)
        }
    }

    /// A problem in `row`, in the column of `header`.
    pub fn problem(&self, row: u64, header: Option<&str>, message: impl Into<String>) -> Problem {
        Problem {
            sheet: self.name.clone(),
            row: Some(row),
            column: header.map(str::to_owned),
            message: message.into(),
        }
    }
}

/// The header of the column that fills form field `field`.
pub fn column_of(
    columns: &[(&'static str, Option<&'static str>)],
    field: &str,
) -> Option<&'static str> {
    let base = field.split('.').next().unwrap_or(field);
    columns
        .iter()
        .find(|(_, f)| *f == Some(base))
        .map(|(h, _)| *h)
}

/// A key cell: empty, or a whole number (Excel may have written it as `12.0`).
pub fn parse_key(cell: &str) -> Result<Option<i64>, String> {
    let c = cell.trim();
    if c.is_empty() {
        return Ok(None);
    }
    let whole = c.strip_suffix(".0").unwrap_or(c);
    whole
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .map(Some)
        .ok_or_else(|| format!("„{c}“ ist keine Kennung; bitte die Spalte unverändert lassen."))
}

/// A status cell, as the sheet writes it ("in Umsetzung") or as its code.
pub fn status_code(cell: &str) -> Result<&'static str, String> {
    let c = cell.trim();
    MeasureStatus::ALL
        .iter()
        .find(|s| s.label().to_lowercase() == c.to_lowercase() || s.code() == c)
        .map(|s| s.code())
        .ok_or_else(|| {
            let allowed: Vec<&str> = MeasureStatus::ALL.iter().map(|s| s.label()).collect();
            format!("„{c}“ ist kein Status. Erlaubt: {}.", allowed.join(", "))
        })
}

/// A percentage cell: `40`, `40 %`, or Excel's `0.4` from a cell formatted as percent.
pub fn progress(cell: &str) -> String {
    let c = cell.trim().trim_end_matches('%').trim().replace(',', ".");
    match c.parse::<f64>() {
        Ok(f) if f > 0.0 && f <= 1.0 && c.contains('.') => format!("{}", (f * 100.0).round()),
        Ok(f) if f.fract() == 0.0 => format!("{}", f as i64),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(headers: &[&str]) -> Sheet {
        Sheet {
            name: MEASURES_SHEET.into(),
            headers: headers.iter().map(|h| (*h).to_owned()).collect(),
            rows: Vec::new(),
        }
    }

    #[test]
    fn headers_are_found_loosely_and_missing_ones_named() {
        let s = sheet(&["kennung", "Nr", "MASSNAHME", "Maßnahme", "Status"]);
        let at = s
            .positions(&MEASURE_COLUMNS, &[KEY_COLUMN, "Status"])
            .unwrap();
        assert_eq!(at[0], Some(0));
        assert_eq!(at[3], Some(1), "Nr. without its dot");
        assert_eq!(at[4], Some(3), "Maßnahme, not MASSNAHME");
        let e = s
            .positions(&MEASURE_COLUMNS, &[KEY_COLUMN, "Fortschritt (%)"])
            .unwrap_err();
        assert_eq!(
            e[0].to_string(),
            "Blatt „Maßnahmen“, Zeile 1, Spalte „Fortschritt (%)“: Diese Spalte fehlt. Bitte die Tabelle verwenden, die Teilhabe zum Ausfüllen herunterlädt."
        );
    }

    #[test]
    fn cells_are_read_as_excel_writes_them() {
        assert_eq!(parse_key("12.0"), Ok(Some(12)));
        assert_eq!(parse_key(" "), Ok(None));
        assert!(parse_key("A7").is_err());
        assert_eq!(status_code("In Umsetzung"), Ok("in_progress"));
        assert_eq!(status_code("completed"), Ok("completed"));
        assert!(status_code("fast fertig").unwrap_err().contains("Erlaubt"));
        assert_eq!(progress("40"), "40");
        assert_eq!(progress("40 %"), "40");
        assert_eq!(progress("0.4"), "40");
        assert_eq!(progress("viel"), "viel");
        assert_eq!(
            column_of(&MEASURE_COLUMNS, "progress"),
            Some("Fortschritt (%)")
        );
        assert_eq!(column_of(&MEASURE_COLUMNS, "budget_lines.year"), None);
    }
}
