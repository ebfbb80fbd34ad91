//! The GENESIS / regionalstatistik.de flat-file CSV ("ffcsv"): UTF-8 (with BOM), `;`,
//! one row per value. Columns: `statistics_code;statistics_label;time_code;time_label;time`,
//! per classifying variable n `n_variable_code;n_variable_label;n_variable_attribute_code;
//! n_variable_attribute_label`, then `value;value_unit;value_variable_code;value_variable_label`
//! and, with quality on, `value_q`. Read as a stream.

use crate::symbols::parse_cell;
use crate::{At, Collector, Meta, Observation};
use std::io::Read;

/// Classifying variables that name regions (Deutschland, Länder, Regierungsbezirke, Kreise,
/// Gemeindeverbände, Gemeinden).
const REGION_VARIABLES: &[&str] = &[
    "DINSG", "DLAND", "REGBEZ", "KREISE", "GEMEIN", "GEMVB", "GVB", "GVBEZ", "KRESTF",
];

struct Layout {
    statistics_code: usize,
    statistics_label: usize,
    time: usize,
    /// (code, label, attribute code, attribute label) column indices per variable
    variables: Vec<[usize; 4]>,
    value: usize,
    unit: usize,
    value_code: usize,
    value_label: usize,
    quality: Option<usize>,
    width: usize,
}

fn layout(header: &csv::StringRecord) -> Result<Layout, At> {
    let names: Vec<&str> = header
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim())
        .collect();
    if names.len() == 1 {
        let sep = [',', '\t', '|']
            .into_iter()
            .find(|c| names[0].contains(*c))
            .map_or_else(
                || "keines".into(),
                |c| {
                    if c == '\t' {
                        "Tabulator".to_owned()
                    } else {
                        format!("„{c}“")
                    }
                },
            );
        return Err(At::line(
            1,
            "1",
            format!("falsches Trennzeichen: erwartet wird „;“, die Kopfzeile trennt mit {sep}"),
        ));
    }
    let find = |n: &str| names.iter().position(|h| *h == n);
    let need = |n: &str| {
        find(n).ok_or_else(|| At::line(1, n, format!("Spalte „{n}“ fehlt in der Kopfzeile")))
    };
    let mut variables = Vec::new();
    for n in 1.. {
        let code = find(&format!("{n}_variable_code"));
        let Some(code) = code else { break };
        let col = |s: &str| need(&format!("{n}_variable_{s}"));
        variables.push([
            code,
            col("label")?,
            col("attribute_code")?,
            col("attribute_label")?,
        ]);
    }
    Ok(Layout {
        statistics_code: need("statistics_code")?,
        statistics_label: need("statistics_label")?,
        time: need("time")?,
        variables,
        value: need("value")?,
        unit: need("value_unit")?,
        value_code: need("value_variable_code")?,
        value_label: need("value_variable_label")?,
        quality: find("value_q"),
        width: names.len(),
    })
}

/// A row whose number of fields is not the header's.
fn width_error(line: u64, found: usize, width: usize) -> At {
    At::line(
        line,
        (found + 1).to_string(),
        format!(
            "{found} statt {width} Felder – ist die Datei abgeschnitten oder das Trennzeichen falsch?"
        ),
    )
}

/// A cell's breakdown as its key (`GES=GESM;NAT=NATA`), sorted by variable, into `spec`.
fn write_spec(dims: &mut [(&str, &str)], spec: &mut String) {
    dims.sort_unstable();
    spec.clear();
    for (i, (k, v)) in dims.iter().enumerate() {
        if i > 0 {
            spec.push(';');
        }
        spec.push_str(k);
        spec.push('=');
        spec.push_str(v);
    }
}

pub fn read<R: Read>(
    input: R,
    table: Option<String>,
    mut c: Collector<'_>,
) -> Result<Collector<'_>, At> {
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .buffer_capacity(1 << 16)
        .from_reader(input);
    // Byte records: only the dozen fields used are checked for UTF-8, not all 25.
    let mut rec = csv::ByteRecord::new();
    let read = |csv: &mut csv::Reader<R>, rec: &mut csv::ByteRecord, line: u64| {
        csv.read_byte_record(rec)
            .map_err(|e| At::line(line, "1", format!("nicht lesbar: {e}")))
    };
    if !read(&mut csv, &mut rec, 1)? {
        return Err(At::file("die Datei enthält keine Kopfzeile"));
    }
    let header = csv::StringRecord::from_byte_record(rec.clone()).map_err(|_| {
        At::line(1, "1", "keine gültige UTF-8-Kodierung; GENESIS-Flatfiles sind UTF-8 (wurde die Datei als ISO-8859-1/Windows-1252 gespeichert?)")
    })?;
    let l = layout(&header)?;
    let mut table_announced: Option<String> = None;
    let mut spec = String::new();
    // The attribute each variable had in the previous row: announced already.
    let mut last_attr: Vec<(String, String)> = vec![Default::default(); l.variables.len()];
    let mut line = 1u64;
    while read(&mut csv, &mut rec, line + 1)? {
        line = rec.position().map_or(line + 1, csv::Position::line);
        if rec.len() == 1 && rec[0].trim_ascii().is_empty() {
            continue;
        }
        if rec.len() != l.width {
            return Err(width_error(line, rec.len(), l.width));
        }
        c.summary.rows += 1;
        let table_code: &str = match &table {
            Some(t) => t,
            None => field(&rec, l.statistics_code, line)?,
        };
        if table_announced.as_deref() != Some(table_code) {
            c.meta(Meta::Table {
                code: table_code.to_owned(),
                label: field(&rec, l.statistics_label, line)?.to_owned(),
            })?;
            table_announced = Some(table_code.to_owned());
        }
        let variable = field(&rec, l.value_code, line)?.trim();
        if variable.is_empty() {
            return Err(At::line(
                line,
                "value_variable_code",
                "kein Merkmal angegeben",
            ));
        }
        if !c.seen('v', variable, "") {
            c.sink
                .meta(Meta::Variable {
                    code: variable.to_owned(),
                    label: field(&rec, l.value_label, line)?.to_owned(),
                    unit: Some(field(&rec, l.unit, line)?.trim().to_owned())
                        .filter(|u| !u.is_empty()),
                })
                .map_err(At::file)?;
        }
        let period = field(&rec, l.time, line)?.trim();
        if period.is_empty() {
            return Err(At::line(line, "time", "kein Zeitraum angegeben"));
        }
        let cell = parse_cell(field(&rec, l.value, line)?)
            .map_err(|m| At::line(line, format!("{} (value)", l.value + 1), m))?;
        let mut region: Option<(&str, &str, usize)> = None;
        let mut dims: Vec<(&str, &str)> = Vec::new();
        for (slot, v) in l.variables.iter().enumerate() {
            let code = field(&rec, v[0], line)?.trim();
            if code.is_empty() {
                continue;
            }
            let attr = field(&rec, v[2], line)?.trim();
            if region.is_none() && REGION_VARIABLES.contains(&code) {
                region = Some((attr, field(&rec, v[3], line)?.trim(), v[2]));
                continue;
            }
            if attr.is_empty() {
                continue; // the total ("Insgesamt")
            }
            let same = last_attr
                .get(slot)
                .is_some_and(|(c0, a0)| c0 == code && a0 == attr);
            if same {
                dims.push((code, attr));
                continue;
            }
            if let Some((c0, a0)) = last_attr.get_mut(slot) {
                c0.clear();
                c0.push_str(code);
                a0.clear();
                a0.push_str(attr);
            }
            if !c.seen('a', code, attr) {
                c.sink
                    .meta(Meta::Attribute {
                        variable: code.to_owned(),
                        variable_label: field(&rec, v[1], line)?.to_owned(),
                        code: attr.to_owned(),
                        label: field(&rec, v[3], line)?.to_owned(),
                    })
                    .map_err(At::file)?;
            }
            dims.push((code, attr));
        }
        let (region_key, region_name, region_col) = region.unwrap_or(("DG", "Deutschland", 0));
        if region_key.is_empty() {
            return Err(At::line(
                line,
                (region_col + 1).to_string(),
                "kein Regionalschlüssel angegeben",
            ));
        }
        c.region(
            region_key,
            region_name,
            period,
            cell.value.is_none(),
            line,
            &(region_col + 1).to_string(),
        )?;
        write_spec(&mut dims, &mut spec);
        let quality = match l.quality {
            Some(q) => Some(field(&rec, q, line)?.trim()).filter(|q| !q.is_empty()),
            None => None,
        };
        c.observation(&Observation {
            table: table_code,
            variable,
            region: region_key,
            period,
            dims: &spec,
            value: cell.value,
            flag: cell.flag,
            quality,
        })?;
    }
    if c.summary.rows == 0 {
        return Err(At::file("die Datei enthält keine Datenzeilen"));
    }
    Ok(c)
}

/// A field as text; GENESIS flat files are UTF-8, anything else is named with its place.
fn field(rec: &csv::ByteRecord, i: usize, line: u64) -> Result<&str, At> {
    std::str::from_utf8(&rec[i]).map_err(|_| {
        At::line(
            line,
            (i + 1).to_string(),
            "keine gültige UTF-8-Kodierung; GENESIS-Flatfiles sind UTF-8 (wurde die Datei als ISO-8859-1/Windows-1252 gespeichert?)",
        )
    })
}
