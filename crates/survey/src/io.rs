//! Responses and margins as CSV files, for `teilhabe survey weight` and for uploads.
//!
//! Both files may use comma or semicolon as separator (German Excel writes semicolons) and
//! may start with a byte-order mark. Errors name the file, the line and the column, and all
//! of them are reported at once, so a wrong file is corrected in one go.

use std::{fmt, io::Write};
use teilhabe_domain::spreadsheet::csv_cell;

use crate::rake::Margin;

/// A CSV file read into memory: header and rows, with each row's line number.
#[derive(Debug, Clone)]
pub struct Table {
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub lines: Vec<u64>,
    delimiter: u8,
}

/// One problem in an input file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub file: String,
    pub line: Option<u64>,
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ", Zeile {line}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ", Spalte „{field}“")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Everything wrong with the input (at most [`Problems::LIMIT`] listed).
#[derive(Debug, Clone, PartialEq)]
pub struct Problems {
    pub problems: Vec<Problem>,
    /// How many more there were beyond those listed.
    pub more: usize,
}

impl Problems {
    pub const LIMIT: usize = 50;

    fn new() -> Self {
        Self {
            problems: Vec::new(),
            more: 0,
        }
    }

    fn push(&mut self, p: Problem) {
        if self.problems.len() < Self::LIMIT {
            self.problems.push(p);
        } else {
            self.more += 1;
        }
    }

    fn one(p: Problem) -> Self {
        Self {
            problems: vec![p],
            more: 0,
        }
    }

    fn into_result<T>(self, ok: T) -> Result<T, Self> {
        if self.problems.is_empty() {
            Ok(ok)
        } else {
            Err(self)
        }
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        if self.more > 0 {
            write!(f, "\n… und {} weitere Fehler", self.more)?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

impl Table {
    /// Read CSV text (the file `name`, for messages).
    pub fn parse(name: &str, bytes: &[u8]) -> Result<Table, Problems> {
        let problem = |line: Option<u64>, message: String| {
            Problems::one(Problem {
                file: name.into(),
                line,
                field: None,
                message,
            })
        };
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count() as u64
                + 1;
            problem(
                Some(line),
                "kein UTF-8-Text. Ist es eine Excel-Datei? Dann bitte als „CSV UTF-8“ speichern."
                    .into(),
            )
        })?;
        let first = text.lines().next().unwrap_or("");
        let delimiter = if first.matches(';').count() > first.matches(',').count() {
            b';'
        } else {
            b','
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .from_reader(text.as_bytes());
        let headers: Vec<String> = reader
            .headers()
            .map_err(|e| problem(Some(1), format!("Kopfzeile nicht lesbar: {e}")))?
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        if headers.iter().all(String::is_empty) {
            return Err(problem(
                Some(1),
                "die Datei ist leer oder hat keine Kopfzeile.".into(),
            ));
        }
        let mut problems = Problems::new();
        for (i, h) in headers.iter().enumerate() {
            if headers[..i].contains(h) {
                problems.push(Problem {
                    file: name.into(),
                    line: Some(1),
                    field: Some(h.clone()),
                    message: "die Spalte kommt zweimal vor.".into(),
                });
            }
        }
        let mut rows = Vec::new();
        let mut lines = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| {
                problem(
                    e.position().map(csv::Position::line),
                    format!("nicht lesbar: {e}"),
                )
            })?;
            let line = record.position().map_or(0, csv::Position::line);
            if record.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            if record.len() != headers.len() {
                problems.push(Problem {
                    file: name.into(),
                    line: Some(line),
                    field: None,
                    message: format!(
                        "{} Felder, die Kopfzeile hat {}.",
                        record.len(),
                        headers.len()
                    ),
                });
                continue;
            }
            rows.push(record.iter().map(|f| f.trim().to_string()).collect());
            lines.push(line);
        }
        problems.into_result(Table {
            name: name.into(),
            headers,
            rows,
            lines,
            delimiter,
        })
    }

    /// Reads an uploaded CSV file, or an XLSX file (its first sheet), into a table.
    pub fn read(name: &str, bytes: &[u8]) -> Result<Table, Problems> {
        if !bytes.starts_with(b"PK") {
            return Table::parse(name, bytes);
        }
        use calamine::{Data, Reader, Xlsx};
        let fail = |message: String| Problems {
            problems: vec![Problem {
                file: name.into(),
                line: None,
                field: None,
                message,
            }],
            more: 0,
        };
        let mut book = Xlsx::new(std::io::Cursor::new(bytes))
            .map_err(|e| fail(format!("keine lesbare Excel-Datei (.xlsx): {e}")))?;
        let sheet = book
            .sheet_names()
            .first()
            .cloned()
            .ok_or_else(|| fail("die Arbeitsmappe hat kein Blatt.".into()))?;
        let range = book
            .worksheet_range(&sheet)
            .map_err(|e| fail(format!("Blatt „{sheet}“ nicht lesbar: {e}")))?;
        let cell = |d: &Data| match d {
            Data::Empty => String::new(),
            Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
            other => other.to_string().trim().to_string(),
        };
        let mut rows = range.rows();
        let headers: Vec<String> = rows
            .next()
            .map(|r| r.iter().map(cell).collect())
            .unwrap_or_default();
        let body: Vec<Vec<String>> = rows
            .map(|r| r.iter().map(cell).collect())
            .filter(|r: &Vec<String>| r.iter().any(|c| !c.is_empty()))
            .collect();
        Ok(Table::new(
            &format!("{name} (Blatt „{sheet}“)"),
            headers,
            body,
        ))
    }

    /// Every sheet of an uploaded XLSX workbook as a table, by sheet name; cells formatted
    /// as dates are read as `YYYY-MM-DD`, whole numbers without a decimal point. Empty rows
    /// are left out, and each row keeps the number a spreadsheet program shows for it.
    pub fn workbook(name: &str, bytes: &[u8]) -> Result<Vec<(String, Table)>, Problems> {
        use calamine::{Data, Reader, Xlsx};
        let fail = |message: String| {
            Problems::one(Problem {
                file: name.into(),
                line: None,
                field: None,
                message,
            })
        };
        let mut book = Xlsx::new(std::io::Cursor::new(bytes))
            .map_err(|e| fail(format!("keine lesbare Excel-Datei (.xlsx): {e}")))?;
        let epoch = teilhabe_domain::Date::from_ymd(1899, 12, 30).expect("a date");
        let cell = |d: &Data| match d {
            Data::Empty => String::new(),
            Data::DateTime(t) => epoch.add_days(t.as_f64().floor() as i64).iso(),
            Data::DateTimeIso(t) => t.get(..10).unwrap_or(t).to_owned(),
            Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
            other => other.to_string().trim().to_string(),
        };
        let mut out = Vec::new();
        for sheet in book.sheet_names() {
            let range = book
                .worksheet_range(&sheet)
                .map_err(|e| fail(format!("Blatt „{sheet}“ nicht lesbar: {e}")))?;
            let first = range.start().map_or(0, |(r, _)| u64::from(r));
            let mut rows = range.rows().enumerate();
            let headers: Vec<String> = rows
                .next()
                .map(|(_, r)| r.iter().map(cell).collect())
                .unwrap_or_default();
            let (mut body, mut lines) = (Vec::new(), Vec::new());
            for (i, r) in rows {
                let cells: Vec<String> = r.iter().map(cell).collect();
                if cells.iter().any(|c| !c.is_empty()) {
                    body.push(cells);
                    lines.push(first + i as u64 + 1);
                }
            }
            let mut table = Table::new(&format!("{name} (Blatt „{sheet}“)"), headers, body);
            table.lines = lines;
            out.push((sheet, table));
        }
        Ok(out)
    }

    /// A table made in memory (rows numbered from line 2, as under a header).
    pub fn new(name: &str, headers: Vec<String>, rows: Vec<Vec<String>>) -> Table {
        let lines = (2..rows.len() as u64 + 2).collect();
        Table {
            name: name.into(),
            headers,
            rows,
            lines,
            delimiter: b',',
        }
    }

    pub fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == name)
    }

    fn problem(&self, row: Option<usize>, field: Option<&str>, message: String) -> Problem {
        Problem {
            file: self.name.clone(),
            line: row
                .map(|r| self.lines[r])
                .or(Some(1).filter(|_| field.is_some())),
            field: field.map(str::to_string),
            message,
        }
    }

    /// The table with one more column, written with the separator it was read with.
    pub fn write_with_column(
        &self,
        out: impl Write,
        name: &str,
        values: &[String],
    ) -> std::io::Result<()> {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(self.delimiter)
            .from_writer(out);
        writer.write_record(self.headers.iter().map(String::as_str).chain([name]))?;
        for (row, value) in self.rows.iter().zip(values) {
            let cells = row.iter().chain([value]).map(|c| csv_cell(c).into_owned());
            writer.write_record(cells)?;
        }
        writer.flush()
    }
}

/// A number as people type it: `1234.5`, `1234,5` or `1.234,5`.
pub fn parse_number(s: &str) -> Option<f64> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    let plain = if s.contains(',') {
        s.replace('.', "").replace(',', ".")
    } else {
        s.to_string()
    };
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A trimming bound as people type it: a weight (`1200`) or a multiple of the mean weight
/// (`5x`, `0,3x`). `None` when it is neither.
pub fn parse_bound(text: &str, mean: f64) -> Option<f64> {
    let (number, times_mean) = match text.trim().strip_suffix(['x', 'X', '×']) {
        Some(n) => (n, true),
        None => (text, false),
    };
    let value = parse_number(number).filter(|v| *v >= 0.0)?;
    Some(if times_mean { value * mean } else { value })
}

/// Joins the variables of a crossed margin and their categories: `alter*geschlecht`, `18-29*w`.
pub const CROSS: char = '*';

/// The margins file (`variable,category,target`) read against the responses: one [`Margin`]
/// per variable, in the order the file names them, every respondent given her category.
pub fn margins(margins: &Table, responses: &Table) -> Result<Vec<Margin>, Problems> {
    let mut problems = Problems::new();
    let mut column = |name: &str| {
        let c = margins.column(name);
        if c.is_none() {
            problems.push(margins.problem(
                None,
                None,
                format!("Spalte „{name}“ fehlt; erwartet sind variable,category,target (Kopfzeile: {}).", margins.headers.join(",")),
            ));
        }
        c
    };
    let (Some(var), Some(cat), Some(target)) =
        (column("variable"), column("category"), column("target"))
    else {
        return Err(problems);
    };
    let mut out: Vec<Margin> = Vec::new();
    for (r, row) in margins.rows.iter().enumerate() {
        let (name, category) = (&row[var], &row[cat]);
        if name.is_empty() || category.is_empty() {
            problems.push(margins.problem(
                Some(r),
                Some(if name.is_empty() {
                    "variable"
                } else {
                    "category"
                }),
                "ist leer.".into(),
            ));
            continue;
        }
        let Some(value) = parse_number(&row[target]).filter(|v| *v >= 0.0) else {
            problems.push(margins.problem(
                Some(r),
                Some("target"),
                format!("„{}“ ist keine Zahl ≥ 0.", row[target]),
            ));
            continue;
        };
        let i = if let Some(i) = out.iter().position(|m| &m.name == name) {
            i
        } else {
            if let Some(missing) = name
                .split(CROSS)
                .find(|part| responses.column(part).is_none())
            {
                problems.push(margins.problem(
                    Some(r),
                    Some("variable"),
                    format!(
                        "„{missing}“ ist keine Spalte von {} (Spalten: {}).",
                        responses.name,
                        responses.headers.join(", ")
                    ),
                ));
                continue;
            }
            out.push(Margin {
                name: name.clone(),
                categories: Vec::new(),
                targets: Vec::new(),
                codes: Vec::new(),
            });
            out.len() - 1
        };
        let m = &mut out[i];
        if m.categories.contains(category) {
            problems.push(margins.problem(
                Some(r),
                Some("category"),
                format!("„{name}“ = „{category}“ steht zweimal in der Datei."),
            ));
            continue;
        }
        m.categories.push(category.clone());
        m.targets.push(value);
    }
    if out.is_empty() && problems.problems.is_empty() {
        problems.push(margins.problem(None, None, "enthält keine Randverteilung.".into()));
    }
    for m in &mut out {
        // A crossed margin (`alter*geschlecht`) has one category per combination (`18-29*w`).
        let columns: Vec<usize> = m
            .name
            .split(CROSS)
            .map(|part| responses.column(part).expect("checked above"))
            .collect();
        // A value without a target is reported once, with its first line and how often it occurs.
        let mut unknown: Vec<(String, usize, usize)> = Vec::new();
        m.codes.reserve(responses.rows.len());
        for (r, row) in responses.rows.iter().enumerate() {
            let parts: Vec<&str> = columns.iter().map(|&c| row[c].as_str()).collect();
            let value = if parts.iter().any(|p| p.is_empty()) {
                String::new()
            } else {
                parts.join(&CROSS.to_string())
            };
            if let Some(code) = m.categories.iter().position(|k| *k == value) {
                m.codes.push(code as u32)
            } else {
                m.codes.push(0);
                match unknown.iter_mut().find(|(v, _, _)| *v == value) {
                    Some((_, _, count)) => *count += 1,
                    None => unknown.push((value, r, 1)),
                }
            }
        }
        for (value, first, count) in unknown {
            let also = if count > 1 {
                format!(" ({count} Befragte, dies ist der erste)")
            } else {
                String::new()
            };
            let message = if value.is_empty() {
                format!(
                    "ist leer{also}; für die Gewichtung braucht jede befragte Person eine Kategorie."
                )
            } else {
                format!(
                    "„{value}“ hat keinen Sollwert in {}{also}; dort stehen: {}.",
                    margins.name,
                    m.categories.join(", ")
                )
            };
            problems.push(responses.problem(Some(first), Some(&m.name), message));
        }
    }
    problems.into_result(out)
}

/// Design weights from a column (positive numbers), or 1 for everyone.
pub fn design_weights(responses: &Table, column: Option<&str>) -> Result<Vec<f64>, Problems> {
    let Some(name) = column else {
        return Ok(vec![1.0; responses.rows.len()]);
    };
    let Some(c) = responses.column(name) else {
        return Err(Problems::one(responses.problem(
            None,
            None,
            format!(
                "die Spalte „{name}“ für die Designgewichte fehlt (Spalten: {}).",
                responses.headers.join(", ")
            ),
        )));
    };
    let mut problems = Problems::new();
    let weights = responses
        .rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            parse_number(&row[c])
                .filter(|w| *w > 0.0)
                .unwrap_or_else(|| {
                    problems.push(responses.problem(
                        Some(r),
                        Some(name),
                        format!("„{}“ ist keine positive Zahl.", row[c]),
                    ));
                    1.0
                })
        })
        .collect();
    problems.into_result(weights)
}
