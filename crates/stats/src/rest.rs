//! The GENESIS REST-2020 response envelope: `Ident`, `Status` (`Code`, `Content`, `Type`),
//! `Parameter`, `Object`. Data calls (`data/tablefile`, `data/table`) carry the table as
//! flat-file CSV text in `Object.Content`; every other status is turned into a message
//! that says what to do.

use crate::{At, Collector, Format, Summary, ffcsv};
use serde_json::Value;

pub fn read(name: &str, bytes: &[u8], sink: &mut dyn crate::Sink) -> Result<Summary, At> {
    let v: Value = serde_json::from_slice(bytes).map_err(|e| {
        At::line(
            e.line() as u64,
            e.column().to_string(),
            format!("kein gültiges JSON: {e}"),
        )
    })?;
    let Some(status) = v.get("Status") else {
        return Err(At::file(
            "JSON ohne „Status“: keine Antwort der GENESIS-REST-Schnittstelle",
        ));
    };
    let code = status.get("Code").and_then(Value::as_i64).unwrap_or(-1);
    let content = status
        .get("Content")
        .and_then(Value::as_str)
        .unwrap_or("")
        .replace('\n', " ");
    let table = v
        .pointer("/Parameter/name")
        .and_then(Value::as_str)
        .unwrap_or("?")
        .to_owned();
    let service = format!(
        "{}/{}",
        v.pointer("/Ident/Service")
            .and_then(Value::as_str)
            .unwrap_or("?"),
        v.pointer("/Ident/Method")
            .and_then(Value::as_str)
            .unwrap_or("?")
    );
    match code {
        0 | 22 => {}
        98 => {
            return Err(At::file(format!(
                "Tabelle {table}: zu groß für den direkten Abruf (Status 98). Bitte bei GENESIS mit job=true einen Hintergrundauftrag starten, das Ergebnis später mit data/resultfile abrufen und diese Datei importieren."
            )));
        }
        99 => {
            let result = content
                .split_whitespace()
                .rev()
                .find(|w| w.contains('_'))
                .unwrap_or("");
            return Err(At::file(format!(
                "Tabelle {table}: der Hintergrundauftrag wurde angelegt (Status 99), die Daten sind noch nicht enthalten. In einigen Minuten das Ergebnis „{result}“ mit data/resultfile abrufen und diese Datei importieren."
            )));
        }
        104 => {
            return Err(At::file(format!(
                "Tabelle {table}: keine Daten zu dieser Auswahl (Status 104: {content})"
            )));
        }
        _ => {
            return Err(At::file(format!(
                "Tabelle {table}: die GENESIS-Schnittstelle meldet einen Fehler (Status {code}): {content}"
            )));
        }
    }
    if !service.starts_with("data/") {
        return Err(At::file(format!(
            "Tabelle {table}: eine Antwort von {service} beschreibt die Tabelle, enthält aber keine Werte. Bitte die Daten mit data/tablefile (Format ffcsv) abrufen."
        )));
    }
    let text = v
        .pointer("/Object/Content")
        .and_then(Value::as_str)
        .ok_or_else(|| At::file(format!("Tabelle {table}: „Object.Content“ fehlt")))?;
    if !text
        .trim_start_matches('\u{feff}')
        .starts_with("statistics_code")
    {
        return Err(At::file(format!(
            "Tabelle {table}: „Object.Content“ ist kein Flatfile-CSV; bitte mit format=ffcsv abrufen"
        )));
    }
    let c = Collector::new(sink, Summary::new(name, Format::Rest));
    ffcsv::read(text.as_bytes(), Some(table), c).map(Collector::finish)
}
