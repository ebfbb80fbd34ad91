//! The classic GENESIS table CSV: `GENESIS-Tabelle: CODE`, title lines, several rows of
//! column headers (time, variable names and their attributes, unit), then data rows
//! `[time;]AGS;<indented name>;value;value;…`, and a footer after `__________` with
//! footnotes, licence and `Stand:`. ISO-8859-1/Windows-1252 or UTF-8.

use crate::symbols::{Cell, parse_cell};
use crate::{At, Collector, Meta, Observation, regions};

const UNITS: &[&str] = &[
    "Anzahl", "Prozent", "%", "1000", "Tsd.", "EUR", "Tsd. EUR", "1000 EUR", "Personen", "ha",
    "km²", "qkm", "Jahre", "Euro",
];

/// Windows-1252 for the bytes 0x80–0x9F; the rest of Latin-1 maps to the same code point.
const CP1252: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => bytes
            .iter()
            .map(|&b| match b {
                0x80..=0x9F => CP1252[(b - 0x80) as usize],
                _ => b as char,
            })
            .collect(),
    }
}

fn cells(line: &str) -> Vec<String> {
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .from_reader(line.as_bytes());
    r.records()
        .next()
        .and_then(Result::ok)
        .map(|rec| rec.iter().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// `2016` → `2016`; `31.12.2015` → `2015-12-31`.
fn time_of(s: &str) -> Option<String> {
    let s = s.trim();
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        return Some(s.to_owned());
    }
    let parts: Vec<&str> = s.split('.').collect();
    if let [d, m, y] = parts.as_slice()
        && d.len() == 2
        && m.len() == 2
        && y.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    {
        return Some(format!("{y}-{m}-{d}"));
    }
    None
}

fn is_region_key(s: &str) -> bool {
    regions::well_formed(s.trim())
}

struct Dim {
    name: String,
    attributes: Vec<String>,
}

/// What the header block says: the periods of the value columns (when time is not a column
/// of its own), the unit, the variable's label and the breakdowns of the columns.
struct Header {
    times: Option<Vec<String>>,
    unit: Option<String>,
    label: String,
    dims: Vec<Dim>,
}

/// The header block's column rows read as periods, a unit, a label or breakdowns; the title
/// lines give the variable and unit where the rows do not.
fn header(rows: &[Vec<String>], titles: &[String], table: &str) -> Header {
    let same = |r: &Vec<String>| r.iter().all(|x| *x == r[0]);
    let mut times: Option<Vec<String>> = None;
    let mut unit: Option<String> = None;
    let mut label: Option<String> = None;
    let mut dims: Vec<Dim> = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let r = &rows[i];
        let next = rows.get(i + 1);
        if r.iter().all(|x| time_of(x).is_some()) {
            times = Some(r.iter().filter_map(|x| time_of(x)).collect());
        } else if same(r) && UNITS.contains(&r[0].as_str()) {
            unit = Some(r[0].clone());
        } else if same(r)
            && next.is_some_and(|nx| !same(nx) && !nx.iter().all(|x| time_of(x).is_some()))
        {
            dims.push(Dim {
                name: r[0].clone(),
                attributes: next.cloned().unwrap_or_default(),
            });
            i += 1;
        } else if same(r) {
            label = Some(r[0].clone());
        } else {
            dims.push(Dim {
                name: format!("Merkmal {}", dims.len() + 1),
                attributes: r.clone(),
            });
        }
        i += 1;
    }
    // "Bevölkerungsstand (Anzahl)": the variable and its unit, from the last title line.
    let titled = titles.iter().rev().find_map(|t| {
        let t = t.trim_end_matches(';');
        let open = t.rfind(" (")?;
        let inner = t[open + 2..].strip_suffix(')')?;
        Some((t[..open].trim().to_owned(), inner.to_owned()))
    });
    let (label, unit) = match (label, titled) {
        (Some(l), t) => (l, unit.or(t.map(|(_, u)| u))),
        (None, Some((l, u))) => (l, unit.or(Some(u))),
        (None, None) => (
            titles
                .get(3)
                .or(titles.first())
                .cloned()
                .unwrap_or_else(|| table.to_owned()),
            unit,
        ),
    };
    Header {
        times,
        unit,
        label,
        dims,
    }
}

/// The breakdown key of each value column (`Geschlecht=männlich;…`), totals ("Insgesamt")
/// left out; each attribute announced to the collector.
fn column_specs(c: &mut Collector<'_>, dims: &[Dim], n: usize) -> Result<Vec<String>, At> {
    let mut specs = Vec::with_capacity(n);
    for col in 0..n {
        let mut parts: Vec<(String, String)> = Vec::new();
        for d in dims {
            let attr = d.attributes.get(col).cloned().unwrap_or_default();
            if attr.is_empty() || attr == "Insgesamt" {
                continue;
            }
            c.meta(Meta::Attribute {
                variable: d.name.clone(),
                variable_label: d.name.clone(),
                code: attr.clone(),
                label: attr.clone(),
            })?;
            parts.push((d.name.clone(), attr));
        }
        parts.sort();
        specs.push(
            parts
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join(";"),
        );
    }
    Ok(specs)
}

pub fn read<'s>(bytes: &[u8], mut c: Collector<'s>) -> Result<Collector<'s>, At> {
    let text = decode(bytes);
    let lines: Vec<&str> = text.lines().collect();
    let first = lines.first().copied().unwrap_or("");
    let table = first
        .split(';')
        .next()
        .and_then(|h| h.strip_prefix("GENESIS-Tabelle:"))
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .ok_or_else(|| At::line(1, "1", "„GENESIS-Tabelle: …“ erwartet"))?;
    let end = lines
        .iter()
        .position(|l| l.starts_with("__________"))
        .unwrap_or(lines.len());
    // The first data row: a region key in the first or (after a time) the second cell.
    let data_start = (1..end)
        .find(|&i| {
            let c = cells(lines[i]);
            (c.len() > 2 && is_region_key(&c[0]) && !c[1].trim().is_empty())
                || (c.len() > 3 && time_of(&c[0]).is_some() && is_region_key(&c[1]))
        })
        .ok_or_else(|| {
            At::file("keine Datenzeilen gefunden (erwartet: [Zeit;]Schlüssel;Name;Werte…)")
        })?;
    let sample = cells(lines[data_start]);
    let time_in_rows = time_of(&sample[0]).is_some() && is_region_key(&sample[1]);
    let key_col = usize::from(time_in_rows);
    let value_start = key_col + 2;
    let width = sample.len();
    if width <= value_start {
        return Err(At::line(
            data_start as u64 + 1,
            (value_start + 1).to_string(),
            "keine Wertspalten",
        ));
    }
    let n = width - value_start;

    // Header block: title lines (text in the first cell only) and column header rows.
    let mut titles = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for line in &lines[1..data_start] {
        let c = cells(line);
        if c.first().is_some_and(|x| !x.trim().is_empty()) {
            titles.push(c[0].trim().to_owned());
        } else if c.len() >= value_start {
            let mut v: Vec<String> = c[value_start.min(c.len())..]
                .iter()
                .map(|x| x.trim().to_owned())
                .collect();
            v.resize(n, String::new());
            if v.iter().any(|x| !x.is_empty()) {
                rows.push(v);
            }
        }
    }
    let Header {
        times,
        unit,
        label,
        dims,
    } = header(&rows, &titles, &table);
    c.meta(Meta::Table {
        code: table.clone(),
        label: titles.first().cloned().unwrap_or_default(),
    })?;
    c.meta(Meta::Variable {
        code: label.clone(),
        label: label.clone(),
        unit,
    })?;
    let specs = column_specs(&mut c, &dims, n)?;
    if !time_in_rows && times.as_ref().is_none_or(|t| t.len() != n) {
        return Err(At::file(
            "kein Zeitbezug: weder eine Zeitspalte noch eine Kopfzeile mit Jahren oder Stichtagen",
        ));
    }
    for (idx, line) in lines.iter().enumerate().take(end).skip(data_start) {
        let no = idx as u64 + 1;
        if line.trim().is_empty() || line.trim_matches(';').is_empty() {
            continue;
        }
        let row = cells(line);
        if row.len() != width {
            return Err(At::line(
                no,
                (row.len() + 1).to_string(),
                format!(
                    "{} statt {width} Felder – ist die Datei abgeschnitten?",
                    row.len()
                ),
            ));
        }
        c.summary.rows += 1;
        let key = row[key_col].trim();
        let name = row[key_col + 1].trim();
        let parsed: Vec<Cell> = row[value_start..]
            .iter()
            .enumerate()
            .map(|(j, v)| {
                parse_cell(v).map_err(|m| At::line(no, (value_start + j + 1).to_string(), m))
            })
            .collect::<Result<_, _>>()?;
        let symbols_only = parsed.iter().all(|p| p.value.is_none());
        let row_time = if time_in_rows {
            Some(time_of(&row[0]).ok_or_else(|| {
                At::line(no, "1", format!("„{}“ ist kein Jahr oder Stichtag", row[0]))
            })?)
        } else {
            None
        };
        let first_period = row_time
            .clone()
            .or_else(|| times.as_ref().and_then(|t| t.first().cloned()))
            .unwrap_or_default();
        c.region(
            key,
            name,
            &first_period,
            symbols_only,
            no,
            &(key_col + 1).to_string(),
        )?;
        for (j, cell) in parsed.into_iter().enumerate() {
            let period = match (&row_time, &times) {
                (Some(t), _) => t.clone(),
                (None, Some(t)) => t[j].clone(),
                (None, None) => unreachable!("checked above"),
            };
            c.observation(&Observation {
                table: &table,
                variable: &label,
                region: key,
                period: &period,
                dims: &specs[j],
                value: cell.value,
                flag: cell.flag,
                quality: None,
            })?;
        }
    }
    Ok(c)
}
