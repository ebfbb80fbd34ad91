//! The county's own data in a simple long layout, as CSV (`;`, `,` or tab) or XLSX (first
//! sheet): one row per value with the columns `Schlüssel` (AGS/ARS), `Zeitraum` (year or
//! day), `Merkmal` (variable), `Wert`, optionally `Einheit` and `Bezeichnung` (the
//! variable's label). English headers (`key`, `period`, `variable`, `value`, `unit`,
//! `label`) work too. The file name (without extension) is the table.

use crate::symbols::parse_cell;
use crate::{At, Collector, Meta, Observation};
use std::io::Read;
use std::path::Path;

const KEY: &[&str] = &[
    "schlüssel",
    "schluessel",
    "key",
    "ags",
    "ars",
    "regionalschlüssel",
];
const PERIOD: &[&str] = &["zeitraum", "period", "jahr", "year", "stichtag", "zeit"];
const VARIABLE: &[&str] = &["merkmal", "variable", "indikator"];
const VALUE: &[&str] = &["wert", "value"];
const UNIT: &[&str] = &["einheit", "unit"];
const LABEL: &[&str] = &["bezeichnung", "label", "merkmalsbezeichnung"];

fn header_line(head: &[u8]) -> String {
    let end = head.iter().position(|b| *b == b'\n').unwrap_or(head.len());
    String::from_utf8_lossy(&head[..end]).to_lowercase()
}

/// Whether the first line names at least key, variable and value columns.
pub fn looks_like(head: &[u8]) -> bool {
    let h = header_line(head);
    let cols: Vec<&str> = h.split([';', ',', '\t']).map(str::trim).collect();
    let has = |names: &[&str]| cols.iter().any(|c| names.contains(c));
    has(KEY) && has(VARIABLE) && has(VALUE)
}

struct Columns {
    key: usize,
    period: usize,
    variable: usize,
    value: usize,
    unit: Option<usize>,
    label: Option<usize>,
}

fn columns(header: &[String]) -> Result<Columns, At> {
    let find = |names: &[&str]| {
        header
            .iter()
            .position(|h| names.contains(&h.trim().to_lowercase().as_str()))
    };
    let need = |names: &[&str], what: &str| {
        find(names)
            .ok_or_else(|| At::line(1, what, format!("Spalte „{what}“ fehlt in der Kopfzeile")))
    };
    Ok(Columns {
        key: need(KEY, "Schlüssel")?,
        period: need(PERIOD, "Zeitraum")?,
        variable: need(VARIABLE, "Merkmal")?,
        value: need(VALUE, "Wert")?,
        unit: find(UNIT),
        label: find(LABEL),
    })
}

fn row(
    c: &mut Collector<'_>,
    table: &str,
    cols: &Columns,
    cells: &[String],
    line: u64,
) -> Result<(), At> {
    if cells.iter().all(|x| x.trim().is_empty()) {
        return Ok(());
    }
    let get = |i: usize| cells.get(i).map_or("", |s| s.trim());
    c.summary.rows += 1;
    let variable = get(cols.variable);
    if variable.is_empty() {
        return Err(At::line(
            line,
            (cols.variable + 1).to_string(),
            "kein Merkmal angegeben",
        ));
    }
    let period = get(cols.period);
    let period_ok =
        (period.len() == 4 && period.bytes().all(|b| b.is_ascii_digit())) || teilhabe_date(period);
    if !period_ok {
        return Err(At::line(
            line,
            (cols.period + 1).to_string(),
            format!("„{period}“ ist kein Jahr (2024) oder Stichtag (2024-12-31)"),
        ));
    }
    let cell =
        parse_cell(get(cols.value)).map_err(|m| At::line(line, (cols.value + 1).to_string(), m))?;
    let key = get(cols.key);
    c.region(
        key,
        "",
        period,
        cell.value.is_none(),
        line,
        &(cols.key + 1).to_string(),
    )?;
    c.meta(Meta::Variable {
        code: variable.to_owned(),
        label: cols
            .label
            .map(get)
            .filter(|l| !l.is_empty())
            .unwrap_or(variable)
            .to_owned(),
        unit: cols
            .unit
            .map(get)
            .filter(|u| !u.is_empty())
            .map(str::to_owned),
    })?;
    c.observation(&Observation {
        table,
        variable,
        region: crate::regions::regions().get(key).map_or(key, |r| r.key),
        period,
        dims: "",
        value: cell.value,
        flag: cell.flag,
        quality: None,
    })
}

fn teilhabe_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.bytes()
            .enumerate()
            .all(|(i, x)| i == 4 || i == 7 || x.is_ascii_digit())
}

pub fn read_csv<'s, R: Read>(
    input: R,
    stem: &str,
    mut c: Collector<'s>,
) -> Result<Collector<'s>, At> {
    let mut all = Vec::new();
    let mut input = input;
    input
        .read_to_end(&mut all)
        .map_err(|e| At::file(e.to_string()))?;
    let text = crate::classic::decode(&all);
    let first = text.lines().next().unwrap_or("");
    let delimiter = [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b';');
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = r.records();
    let header: Vec<String> = match records.next() {
        Some(Ok(h)) => h.iter().map(str::to_owned).collect(),
        _ => return Err(At::file("die Datei enthält keine Kopfzeile")),
    };
    let cols = columns(&header)?;
    c.meta(Meta::Table {
        code: stem.to_owned(),
        label: stem.to_owned(),
    })?;
    let mut line = 1;
    for rec in records {
        line += 1;
        let rec = rec.map_err(|e| At::line(line, "1", format!("nicht lesbar: {e}")))?;
        let cells: Vec<String> = rec.iter().map(str::to_owned).collect();
        row(&mut c, stem, &cols, &cells, line)?;
    }
    Ok(c)
}

pub fn read_xlsx<'s>(path: &Path, stem: &str, mut c: Collector<'s>) -> Result<Collector<'s>, At> {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let mut wb: Xlsx<_> =
        open_workbook(path).map_err(|e| At::file(format!("keine lesbare XLSX-Datei: {e}")))?;
    let range = wb
        .worksheet_range_at(0)
        .ok_or_else(|| At::file("die Arbeitsmappe hat kein Tabellenblatt"))?
        .map_err(|e| At::file(format!("erstes Tabellenblatt nicht lesbar: {e}")))?;
    let text = |d: &Data| match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => excel_date(d.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.chars().take(10).collect(),
        Data::Error(e) => format!("#{e:?}"),
    };
    let mut rows = range.rows();
    let header: Vec<String> = rows
        .next()
        .map(|r| r.iter().map(text).collect())
        .ok_or_else(|| At::file("das erste Tabellenblatt ist leer"))?;
    let cols = columns(&header)?;
    c.meta(Meta::Table {
        code: stem.to_owned(),
        label: stem.to_owned(),
    })?;
    for (i, r) in rows.enumerate() {
        let cells: Vec<String> = r.iter().map(text).collect();
        row(&mut c, stem, &cols, &cells, i as u64 + 2)?;
    }
    Ok(c)
}

/// An Excel serial day (days since 1899-12-30) as `YYYY-MM-DD`.
fn excel_date(serial: f64) -> String {
    // Days since 1970-01-01, then the civil date (Howard Hinnant's algorithm).
    let z = serial.floor() as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn excel_dates() {
        assert_eq!(super::excel_date(45_657.0), "2024-12-31");
        assert_eq!(super::excel_date(25_569.0), "1970-01-01");
    }
}
