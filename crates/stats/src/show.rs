//! Numbers, periods and regions as a German reader sees them: shared by the portal, its
//! downloads and the printed reports, so that a value reads the same everywhere.

use crate::regions::{Level, regions};

/// A number in German notation: `1.234,5`, with a real minus sign.
pub fn de_number(v: f64, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, v.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let sign = if v < 0.0 && s.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        "−"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

/// Decimals that suit a value's size.
pub fn decimals_for(v: f64) -> usize {
    if v.abs() >= 1000.0 || v.fract() == 0.0 {
        0
    } else if v.abs() >= 10.0 {
        1
    } else {
        2
    }
}

/// The regions an indicator is compared across: the body (by its key), its Land, Germany.
pub fn comparison(body_key: &str) -> Vec<String> {
    let mut out = vec![body_key.to_owned()];
    if body_key.len() > 2 {
        out.push(body_key[..2].to_owned());
    }
    out.push("DG".into());
    out
}

/// A region's name as written in running text: `Landkreis Peine`, `Niedersachsen`.
pub fn region_name(key: &str) -> String {
    match regions().get(key) {
        Some(r) if r.level == Level::Kreis => match r.kind {
            Some(kind) if !r.name.contains(',') && kind == "Landkreis" => {
                format!("Landkreis {}", r.name)
            }
            _ => r.name.to_owned(),
        },
        Some(r) => r.name.to_owned(),
        None => key.to_owned(),
    }
}

/// `2024-12-31` → `31.12.2024`; a year stays a year.
pub fn period_de(p: &str) -> String {
    match (p.get(0..4), p.get(5..7), p.get(8..10)) {
        (Some(y), Some(m), Some(d)) if p.len() == 10 => format!("{d}.{m}.{y}"),
        _ => p.to_owned(),
    }
}

/// A value as shown: German number with its mark, or the symbol alone.
pub fn shown(value: Option<f64>, flag: Option<&str>, decimals: usize) -> String {
    match (value, flag) {
        (Some(v), Some(f)) => format!("{} {f}", de_number(v, decimals)),
        (Some(v), None) => de_number(v, decimals),
        (None, Some(f)) => f.to_owned(),
        (None, None) => "–".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_german() {
        assert_eq!(de_number(1234.5, 1), "1.234,5");
        assert_eq!(de_number(-0.001, 1), "0,0");
        assert_eq!(de_number(-12.0, 0), "−12");
        assert_eq!(shown(None, Some("."), 1), ".");
        assert_eq!(shown(Some(3.0), Some("p"), 0), "3 p");
        assert_eq!(period_de("2024-12-31"), "31.12.2024");
        assert_eq!(comparison("03157"), ["03157", "03", "DG"]);
        assert_eq!(region_name("DG"), "Deutschland");
    }
}
