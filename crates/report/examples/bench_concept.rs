//! Benchmark input and subject for `bench/report.sh`: a large printed concept.
//!
//! `bench_concept data DIR [MEASURES]` writes made-up but realistic data for a concept
//! (8 fields of action, MEASURES measures with a QR code each, two indicators with 15 years
//! for three regions per field, participation) as `DIR/data.json`, and the same document as
//! HTML (`DIR/concept.html`, QR codes and charts as SVG files beside it) for LibreOffice.
//!
//! `bench_concept pdf DATA OUT` typesets the data into the PDF/A-2a + PDF/UA-1 concept, as
//! the server and the command line do, and prints the seconds and pages.

use serde_json::{Value, json};
use std::fmt::Write as _;
use std::path::Path;
use teilhabe_report::{Dates, Kind, typeset};

const WORDS: &[&str] = &[
    "Sprachkurse",
    "Beratung",
    "Ausbildung",
    "Quartier",
    "Ehrenamt",
    "Schule",
    "Kita",
    "Eltern",
    "Jugend",
    "Gesundheit",
    "Wohnraum",
    "Arbeitsmarkt",
    "Anerkennung",
    "Vereine",
    "Sport",
    "Verwaltung",
    "Lotsen",
    "Netzwerk",
    "Begegnung",
    "Dolmetschen",
    "Qualifizierung",
    "Frauen",
    "Familien",
    "Nachbarschaft",
    "Beteiligung",
    "Teilhabe",
    "Kultur",
    "Mobilität",
];
const FIELDS: &[&str] = &[
    "Sprache und Bildung",
    "Arbeit und Ausbildung",
    "Gesundheit",
    "Wohnen und Sozialraum",
    "Gesellschaftliche Teilhabe und Zusammenleben",
    "Interkulturelle Öffnung der Verwaltung",
    "Kinder, Jugend und Familie",
    "Integrationsmanagement und Strukturen",
];
const ORGS: &[&str] = &[
    "Referat Migration und Teilhabe",
    "Kreisvolkshochschule",
    "Jobcenter",
    "Caritasverband",
    "Diakonisches Werk",
    "AWO Kreisverband",
    "Fachdienst Jugend",
    "Fachdienst Gesundheit",
    "Agentur für Arbeit",
    "Kreissportbund",
];
const STATUS: &[&str] = &["geplant", "in Umsetzung", "verzögert", "abgeschlossen"];

/// A small, seeded generator: the same data on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.next() as usize % from.len()]
    }
    fn sentence(&mut self, words: usize) -> String {
        let mut s: Vec<String> = (0..words)
            .map(|_| self.pick(WORDS).to_lowercase())
            .collect();
        let first = s[0].clone();
        s[0] = first[..1].to_uppercase() + &first[1..];
        s.join(" ") + "."
    }
    fn paragraph(&mut self, sentences: usize) -> String {
        (0..sentences)
            .map(|_| {
                let n = 8 + self.next() as usize % 10;
                self.sentence(n)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn qr_svg(url: &str) -> String {
    use qrcode::render::svg;
    qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)
        .unwrap()
        .render::<svg::Color<'_>>()
        .module_dimensions(4, 4)
        .quiet_zone(true)
        .build()
}

fn link(url: String) -> Value {
    json!({"qr": qr_svg(&url), "url": url})
}

fn data(measures: usize) -> Value {
    let mut rng = Rng(42);
    let portal = "https://teilhabe.landkreis-beispiel.de/09999";
    let per_field = measures.div_ceil(FIELDS.len());
    let mut n = 0;
    let fields: Vec<Value> = FIELDS
        .iter()
        .enumerate()
        .map(|(i, title)| {
            let goals: Vec<Value> = (0..4)
                .map(|_| {
                    json!({"title": rng.sentence(7), "description": rng.paragraph(2),
                           "target_note": rng.sentence(6)})
                })
                .collect();
            let ms: Vec<Value> = (0..per_field.min(measures - n))
                .map(|j| {
                    n += 1;
                    let start = 2020 + rng.next() % 5;
                    let words = 5 + rng.next() as usize % 5;
                    json!({
                        "code": format!("{}.{}", i + 1, j + 1),
                        "title": rng.sentence(words).trim_end_matches('.').to_owned(),
                        "lead": rng.pick(ORGS),
                        "period": format!("01.01.{start} – 31.12.{}", start + 3),
                        "status": rng.pick(STATUS),
                        "public": true,
                        "link": link(format!("{portal}/massnahmen/{n}")),
                    })
                })
                .collect();
            let indicators: Vec<Value> = (0..2)
                .map(|k| {
                    let periods: Vec<String> = (2010..2025).map(|y| y.to_string()).collect();
                    let base = 5.0 + (rng.next() % 100) as f64 / 10.0;
                    let series: Vec<Value> = ["Landkreis Beispiel", "Beispielland", "Deutschland"]
                        .iter()
                        .enumerate()
                        .map(|(r, label)| {
                            let values: Vec<f64> = (0..15)
                                .map(|y| {
                                    let noise = (rng.next() % 20) as f64 / 20.0;
                                    ((base + r as f64 + f64::from(y) * 0.3 + noise) * 10.0).round() / 10.0
                                })
                                .collect();
                            json!({"label": label, "values": values})
                        })
                        .collect();
                    let rows: Vec<Vec<String>> = periods
                        .iter()
                        .enumerate()
                        .map(|(y, p)| {
                            let mut row = vec![p.clone()];
                            for s in &series {
                                row.push(format!("{}", s["values"][y]).replace('.', ","));
                            }
                            row
                        })
                        .collect();
                    json!({
                        "code": format!("ind_{i}_{k}"), "name": rng.sentence(4).trim_end_matches('.').to_owned(),
                        "unit": "%", "description": rng.paragraph(1), "source": "Statistische Ämter des Bundes und der Länder",
                        "direction": "höher ist besser", "periods": periods, "series": series, "rows": rows,
                        "target": {"goal": rng.sentence(5), "value": base + 9.0, "text": format!("{:.1} %", base + 9.0).replace('.', ","),
                                   "year": 2030, "standing": "auf Kurs", "standing_code": "on_track"},
                        "latest": "12,3 % (2024)"
                    })
                })
                .collect();
            json!({
                "number": i + 1, "title": title, "description": rng.paragraph(4),
                "link": link(format!("{portal}/konzepte/1#feld-{}", i + 1)),
                "goals": goals, "measures": ms, "indicators": indicators,
            })
        })
        .collect();
    let events: Vec<Value> = (0..24)
        .map(|i| {
            json!({"date": format!("{:02}.{:02}.2023", 1 + i % 28, 1 + i % 12), "title": rng.sentence(5),
                   "format": "Workshop", "participants": 10 + rng.next() % 60})
        })
        .collect();
    json!({
        "doc": {"kind": "Integrationskonzept (Druckfassung)", "title": "Integrationskonzept Landkreis Beispiel (Fassung 2025)",
                "subtitle": "Fassung 2025", "body": "Landkreis Beispiel", "key": "09999", "as_of": "22.11.2026",
                "internal": false, "portal": "https://teilhabe.landkreis-beispiel.de"},
        "concept": {"title": "Integrationskonzept Landkreis Beispiel", "version": "2025", "status": "beschlossen",
                    "adopted": "12.03.2025", "summary": (0..4).map(|_| rng.paragraph(5)).collect::<Vec<_>>().join("\n\n"),
                    "paper": "2025/017"},
        "principles": (0..8).map(|_| json!({"title": rng.sentence(5), "text": rng.paragraph(3)})).collect::<Vec<_>>(),
        "fields": fields,
        "participation": [{"title": "Beteiligung zum Konzept 2025", "description": rng.paragraph(3), "events": events,
                           "participants": 900, "contributions": 340, "taken": 120}],
        "measures": measures,
        "link": link(format!("{portal}/konzepte/1")),
    })
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn text(v: &Value) -> String {
    esc(v.as_str().unwrap_or(""))
}

/// A line chart of an indicator as an SVG file: the HTML counterpart of the typst chart.
fn chart_svg(ind: &Value) -> String {
    let series = ind["series"].as_array().unwrap();
    let all: Vec<f64> = series
        .iter()
        .flat_map(|s| {
            s["values"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(Value::as_f64)
        })
        .collect();
    let (lo, hi) = all
        .iter()
        .fold((f64::MAX, f64::MIN), |(l, h), v| (l.min(*v), h.max(*v)));
    let n = ind["periods"].as_array().unwrap().len();
    let mut svg = String::from(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="500" height="180" viewBox="0 0 500 180">"#,
    );
    for (k, s) in series.iter().enumerate() {
        let points: Vec<String> = s["values"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .filter_map(|(i, v)| {
                let v = v.as_f64()?;
                Some(format!(
                    "{:.1},{:.1}",
                    20.0 + i as f64 * 470.0 / (n - 1) as f64,
                    170.0 - (v - lo) / (hi - lo) * 160.0
                ))
            })
            .collect();
        let colour = ["#0b4f8a", "#a4401c", "#2f6b2f"][k % 3];
        let _ = write!(
            svg,
            r#"<polyline fill="none" stroke="{colour}" stroke-width="2" points="{}"/>"#,
            points.join(" ")
        );
    }
    svg + "</svg>"
}

/// The same document as HTML, with every QR code and chart as an SVG file beside it.
fn html(data: &Value, dir: &Path) -> String {
    let mut files = 0;
    // Sizes as attributes in CSS pixels (96 per inch): LibreOffice's HTML import reads these.
    let mut image = |svg: String, alt: &str, width: u32, height: u32| {
        files += 1;
        let name = format!("img/{files}.svg");
        std::fs::write(dir.join(&name), svg).unwrap();
        format!(
            r#"<img src="{name}" alt="{}" width="{width}" height="{height}">"#,
            esc(alt)
        )
    };
    let c = &data["concept"];
    let mut h = String::new();
    let _ = write!(
        h,
        r#"<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{}</title>
<style>body{{font-family:"Noto Sans",sans-serif;font-size:10pt}} table{{border-collapse:collapse;width:100%}}
td,th{{border-bottom:1px solid #999;padding:3px;text-align:left;vertical-align:top}} h1,h2{{color:#0b4f8a}}
h1{{page-break-before:always}}</style></head><body>"#,
        text(&data["doc"]["title"])
    );
    let _ = write!(
        h,
        "<p>Integrationskonzept (Druckfassung)</p><h2>{}</h2><p>Fassung {}</p><p><strong>{}</strong></p>{}",
        text(&c["title"]),
        text(&c["version"]),
        text(&data["doc"]["body"]),
        image(
            data["link"]["qr"].as_str().unwrap().into(),
            "QR-Code",
            98,
            98
        )
    );
    h.push_str("<h1>Leitbild</h1>");
    for p in c["summary"].as_str().unwrap().split("\n\n") {
        let _ = write!(h, "<p>{}</p>", esc(p));
    }
    h.push_str("<h2>Leitsätze</h2>");
    for (i, p) in data["principles"].as_array().unwrap().iter().enumerate() {
        let _ = write!(
            h,
            "<h3>{}. {}</h3><p>{}</p>",
            i + 1,
            text(&p["title"]),
            text(&p["text"])
        );
    }
    for f in data["fields"].as_array().unwrap() {
        let _ = write!(
            h,
            "<h1>Handlungsfeld {}: {}</h1><p>{}</p>{}<h2>Ziele</h2><ul>",
            f["number"],
            text(&f["title"]),
            text(&f["description"]),
            image(f["link"]["qr"].as_str().unwrap().into(), "QR-Code", 83, 83)
        );
        for g in f["goals"].as_array().unwrap() {
            let _ = write!(
                h,
                "<li><strong>{}</strong><br>{}<br><em>Zielwert:</em> {}</li>",
                text(&g["title"]),
                text(&g["description"]),
                text(&g["target_note"])
            );
        }
        h.push_str("</ul><h2>Maßnahmen</h2><table><thead><tr><th>Nr.</th><th>Maßnahme</th><th>Federführung</th><th>Zeitraum</th><th>Status</th><th>Online</th></tr></thead><tbody>");
        for m in f["measures"].as_array().unwrap() {
            let _ = write!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                text(&m["code"]),
                text(&m["title"]),
                text(&m["lead"]),
                text(&m["period"]),
                text(&m["status"]),
                image(m["link"]["qr"].as_str().unwrap().into(), "QR-Code", 49, 49)
            );
        }
        h.push_str("</tbody></table><h2>Kennzahlen</h2>");
        for ind in f["indicators"].as_array().unwrap() {
            let _ = write!(
                h,
                "<h3>{}</h3><p>{}</p><p>Aktueller Wert: {}</p>{}<table><thead><tr><th>Zeitraum</th>",
                text(&ind["name"]),
                text(&ind["description"]),
                text(&ind["latest"]),
                image(chart_svg(ind), "Liniendiagramm", 491, 177)
            );
            for s in ind["series"].as_array().unwrap() {
                let _ = write!(h, "<th>{}</th>", text(&s["label"]));
            }
            h.push_str("</tr></thead><tbody>");
            for row in ind["rows"].as_array().unwrap() {
                h.push_str("<tr>");
                for cell in row.as_array().unwrap() {
                    let _ = write!(h, "<td>{}</td>", text(cell));
                }
                h.push_str("</tr>");
            }
            h.push_str("</tbody></table>");
        }
    }
    h.push_str("<h1>Beteiligung</h1>");
    for p in data["participation"].as_array().unwrap() {
        let _ = write!(
            h,
            "<h2>{}</h2><p>{}</p><table><thead><tr><th>Datum</th><th>Veranstaltung</th><th>Format</th><th>Teilnehmende</th></tr></thead><tbody>",
            text(&p["title"]),
            text(&p["description"])
        );
        for e in p["events"].as_array().unwrap() {
            let _ = write!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                text(&e["date"]),
                text(&e["title"]),
                text(&e["format"]),
                e["participants"]
            );
        }
        h.push_str("</tbody></table>");
    }
    h + "</body></html>\n"
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("data") => {
            let dir = Path::new(&args[2]);
            let measures = args
                .get(3)
                .map_or(320, |m| m.parse().expect("a number of measures"));
            std::fs::create_dir_all(dir.join("img")).unwrap();
            let data = data(measures);
            std::fs::write(dir.join("data.json"), serde_json::to_vec(&data).unwrap()).unwrap();
            std::fs::write(dir.join("concept.html"), html(&data, dir)).unwrap();
            println!("{measures} measures written to {}", dir.display());
        }
        Some("pdf") => {
            let data: Value =
                serde_json::from_slice(&std::fs::read(&args[2]).expect("the data file")).unwrap();
            let started = std::time::Instant::now();
            let dates = Dates {
                as_of: time::macros::date!(2026 - 11 - 22),
                created: None,
            };
            let pdf = typeset(Kind::Concept, &data, "bench/concept", dates).expect("typesets");
            let seconds = started.elapsed().as_secs_f64();
            std::fs::write(&args[3], &pdf).unwrap();
            println!("{:.3} s, {} KB", seconds, pdf.len() / 1024);
        }
        _ => {
            eprintln!("bench_concept data DIR [MEASURES] | bench_concept pdf DATA.json OUT.pdf");
            std::process::exit(2);
        }
    }
}
