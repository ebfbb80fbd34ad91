//! Charts as server-side SVG: no JavaScript, readable by assistive technology through a
//! title and a description, and always shown beside a data table with the same numbers.
//! Series differ by line pattern and marker shape, not by colour alone (WCAG 1.4.1).

use std::fmt::Write;
pub use teilhabe_stats::show::{de_number, decimals_for};

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Colours with at least 3:1 contrast against white (WCAG 1.4.11).
const COLOURS: [&str; 4] = ["#0b4f8a", "#a4401c", "#2f6b2f", "#5b3a8c"];
const DASHES: [&str; 4] = ["", "6 4", "2 3", "10 3 2 3"];

pub struct Series {
    pub label: String,
    pub points: Vec<Option<f64>>,
}

/// A line chart of several series over the same periods.
pub fn line_chart(
    id: &str,
    title: &str,
    unit: &str,
    periods: &[String],
    series: &[Series],
) -> String {
    let (w, h, left, right, top, bottom) = (680.0, 320.0, 70.0, 20.0, 20.0, 60.0);
    let values: Vec<f64> = series
        .iter()
        .flat_map(|s| s.points.iter().flatten().copied())
        .collect();
    let mut out = String::new();
    let desc = if values.is_empty() {
        "Keine Werte vorhanden.".to_owned()
    } else {
        format!(
            "{} Zeitpunkte von {} bis {}; Werte zwischen {} und {} {unit}. Die Tabelle darunter enthält alle Werte.",
            periods.len(),
            periods.first().map_or("", String::as_str),
            periods.last().map_or("", String::as_str),
            de_number(values.iter().copied().fold(f64::INFINITY, f64::min), 1),
            de_number(values.iter().copied().fold(f64::NEG_INFINITY, f64::max), 1),
        )
    };
    let _ = write!(
        out,
        r#"<svg class="chart" viewBox="0 0 {w} {h}" role="img" aria-labelledby="{id}-t {id}-d" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
        esc(title),
        esc(&desc)
    );
    if values.is_empty() || periods.is_empty() {
        out.push_str("</svg>");
        return out;
    }
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let min = values
        .iter()
        .copied()
        .fold(f64::INFINITY, f64::min)
        .min(0.0);
    let span = if max > min { max - min } else { 1.0 };
    let top_value = max + span * 0.1;
    let plot_w = w - left - right;
    let plot_h = h - top - bottom;
    let x = |i: usize| {
        if periods.len() == 1 {
            left + plot_w / 2.0
        } else {
            left + plot_w * i as f64 / (periods.len() - 1) as f64
        }
    };
    let y = |v: f64| top + plot_h * (1.0 - (v - min) / (top_value - min));
    // Grid and y axis labels.
    for k in 0..=4 {
        let v = min + (top_value - min) * f64::from(k) / 4.0;
        let yy = y(v);
        let _ = write!(
            out,
            r##"<line x1="{left}" x2="{}" y1="{yy:.1}" y2="{yy:.1}" stroke="#d0d0d0"/><text x="{}" y="{:.1}" text-anchor="end" font-size="12" fill="#333">{}</text>"##,
            w - right,
            left - 6.0,
            yy + 4.0,
            de_number(v, decimals_for(top_value - min).min(1))
        );
    }
    for (i, p) in periods.iter().enumerate() {
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{}" text-anchor="middle" font-size="12" fill="#333">{}</text>"##,
            x(i),
            h - bottom + 18.0,
            esc(p)
        );
    }
    for (n, s) in series.iter().enumerate() {
        let colour = COLOURS[n % COLOURS.len()];
        let dash = DASHES[n % DASHES.len()];
        let mut path = String::new();
        let mut pen_down = false;
        for (i, v) in s.points.iter().enumerate() {
            match v {
                Some(v) => {
                    let _ = write!(
                        path,
                        "{}{:.1},{:.1} ",
                        if pen_down { "L" } else { "M" },
                        x(i),
                        y(*v)
                    );
                    pen_down = true;
                }
                None => pen_down = false,
            }
        }
        let _ = write!(
            out,
            r#"<path d="{path}" fill="none" stroke="{colour}" stroke-width="2.5" stroke-dasharray="{dash}"/>"#
        );
        for (i, v) in s.points.iter().enumerate() {
            if let Some(v) = v {
                out.push_str(&marker(n, x(i), y(*v), colour));
            }
        }
        // Legend below the axis.
        let lx = left + (n as f64) * 160.0;
        let ly = h - 16.0;
        let _ = write!(
            out,
            r##"<line x1="{lx}" x2="{}" y1="{ly}" y2="{ly}" stroke="{colour}" stroke-width="2.5" stroke-dasharray="{dash}"/>{}<text x="{}" y="{}" font-size="12" fill="#333">{}</text>"##,
            lx + 28.0,
            marker(n, lx + 14.0, ly, colour),
            lx + 34.0,
            ly + 4.0,
            esc(&s.label)
        );
    }
    out.push_str("</svg>");
    out
}

fn marker(n: usize, x: f64, y: f64, colour: &str) -> String {
    match n % 4 {
        0 => format!(r#"<circle cx="{x:.1}" cy="{y:.1}" r="4" fill="{colour}"/>"#),
        1 => format!(
            r#"<rect x="{:.1}" y="{:.1}" width="8" height="8" fill="{colour}"/>"#,
            x - 4.0,
            y - 4.0
        ),
        2 => format!(
            r#"<path d="M{x:.1},{:.1} L{:.1},{:.1} L{:.1},{:.1} Z" fill="{colour}"/>"#,
            y - 5.0,
            x + 5.0,
            y + 4.0,
            x - 5.0,
            y + 4.0
        ),
        _ => format!(
            r#"<path d="M{x:.1},{:.1} L{:.1},{y:.1} L{x:.1},{:.1} L{:.1},{y:.1} Z" fill="{colour}"/>"#,
            y - 5.0,
            x + 5.0,
            y + 5.0,
            x - 5.0
        ),
    }
}

/// A horizontal bar chart (one bar per region, format, …; a missing value shows its
/// symbol). `what` names the bars for the description, e.g. "Gebiete".
pub fn bar_chart(
    id: &str,
    title: &str,
    what: &str,
    bars: &[(String, Option<f64>, String)],
) -> String {
    let row = 22.0;
    let (w, left, right, top) = (680.0, 220.0, 90.0, 10.0);
    let h = top * 2.0 + row * bars.len() as f64;
    let max = bars
        .iter()
        .filter_map(|b| b.1)
        .fold(0.0f64, f64::max)
        .max(f64::MIN_POSITIVE);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="chart" viewBox="0 0 {w} {h}" role="img" aria-labelledby="{id}-t {id}-d" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{}</title><desc id="{id}-d">{} {} im Vergleich; die Tabelle darunter enthält alle Werte.</desc>"#,
        esc(title),
        bars.len(),
        esc(what)
    );
    for (i, (label, value, shown)) in bars.iter().enumerate() {
        let yy = top + row * i as f64;
        let _ = write!(
            out,
            r##"<text x="{}" y="{:.1}" text-anchor="end" font-size="12" fill="#333">{}</text>"##,
            left - 6.0,
            yy + 15.0,
            esc(label)
        );
        let bw = value.map_or(0.0, |v| (w - left - right) * v.max(0.0) / max);
        let _ = write!(
            out,
            r##"<rect x="{left}" y="{:.1}" width="{bw:.1}" height="{}" fill="#0b4f8a"/><text x="{:.1}" y="{:.1}" font-size="12" fill="#333">{}</text>"##,
            yy + 3.0,
            row - 6.0,
            left + bw + 6.0,
            yy + 15.0,
            esc(shown)
        );
    }
    out.push_str("</svg>");
    out
}

/// A ranking as columns, best first, the region of the page marked by colour, pattern
/// and a label (not colour alone); `desc` says in words where it stands.
pub fn rank_chart(id: &str, title: &str, desc: &str, columns: &[(String, f64, bool)]) -> String {
    let (w, h, left, right, top, bottom) = (680.0, 220.0, 10.0, 10.0, 30.0, 10.0);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="chart" viewBox="0 0 {w} {h}" role="img" aria-labelledby="{id}-t {id}-d" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
        esc(title),
        esc(desc)
    );
    let (lo, hi) = columns
        .iter()
        .fold((0.0f64, f64::MIN_POSITIVE), |(lo, hi), c| {
            (lo.min(c.1), hi.max(c.1))
        });
    let span = (hi - lo).max(f64::MIN_POSITIVE);
    let step = (w - left - right) / columns.len().max(1) as f64;
    let base = h - bottom;
    for (i, (label, value, me)) in columns.iter().enumerate() {
        let x = left + step * i as f64;
        let height = (h - top - bottom) * (value - lo) / span;
        let (fill, width) = if *me {
            (COLOURS[1], step.max(3.0))
        } else {
            (COLOURS[0], (step * 0.8).max(0.6))
        };
        let _ = write!(
            out,
            r#"<rect x="{x:.2}" y="{:.2}" width="{width:.2}" height="{height:.2}" fill="{fill}"/>"#,
            base - height
        );
        if *me {
            let anchor = if x > w / 2.0 { "end" } else { "start" };
            let _ = write!(
                out,
                r##"<line x1="{cx:.2}" y1="{:.2}" x2="{cx:.2}" y2="18" stroke="#333" stroke-dasharray="2 2"/><text x="{cx:.2}" y="14" text-anchor="{anchor}" font-size="12" fill="#333">▼ {}</text>"##,
                base - height,
                esc(label),
                cx = x + width / 2.0,
            );
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_numbers() {
        assert_eq!(de_number(158_789.0, 0), "158.789");
        assert_eq!(de_number(16.7345, 1), "16,7");
        assert_eq!(de_number(-1234.5, 2), "−1.234,50");
        assert_eq!(de_number(0.0, 0), "0");
    }

    #[test]
    fn charts_describe_themselves() {
        let svg = line_chart(
            "c",
            "Anteil",
            "%",
            &["2023".into(), "2024".into()],
            &[Series {
                label: "Peine".into(),
                points: vec![Some(10.0), None],
            }],
        );
        assert!(svg.contains(r#"role="img""#) && svg.contains("<title id=\"c-t\">Anteil</title>"));
        assert!(svg.contains("2 Zeitpunkte von 2023 bis 2024"));
        let bars = bar_chart(
            "b",
            "Gemeinden",
            "Gebiete",
            &[("Edemissen".into(), Some(3.0), "3,0".into())],
        );
        assert!(bars.contains("Edemissen"));
    }
}
