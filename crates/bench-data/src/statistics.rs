//! Official statistics for every region of the directory (`teilhabe bench-data
//! --statistics`), written through the statistics import.

use teilhabe_stats::regions::{Level, regions};
use teilhabe_stats::{Meta, Observation, ReadError};
use teilhabe_store::{Result, Store, StoreError};

/// The variables with attributes that the default indicators read, each with its cells.
const NAMED: &[(&str, &str, &str, &[&str])] = &[
    (
        "BEVSTD",
        "Bevölkerungsstand",
        "Anzahl",
        &["", "GES=GESM", "GES=GESW"],
    ),
    (
        "ERW032",
        "Sozialversicherungspflichtig Beschäftigte am Arbeitsort",
        "Anzahl",
        &["", "NAT=NATA", "GES=GESW;NAT=NATA"],
    ),
    (
        "BEV030",
        "Schutzsuchende",
        "Anzahl",
        &[
            "SCHST2=SCHUTZST-AK-1",
            "SCHST2=SCHUTZST-AK-5",
            "SCHST2=SCHUTZST-OF",
        ],
    ),
];

/// Share of a region's population each cell of a named variable stands at.
const SHARES: &[&[f64]] = &[
    &[1.0, 0.49, 0.51],
    &[0.38, 0.05, 0.02],
    &[0.012, 0.004, 0.003],
];

/// Generates and imports, through the statistics import, `variables` variables
/// (the three the default indicators read, with their attributes, and synthetic
/// totals) for `years` reference days up to 2024-12-31, for every Gemeinde, Kreis and
/// Land of the directory and Germany; Kreise, Länder and Germany are the sums of their
/// Gemeinden. Returns the number of observations.
pub async fn generate_scale_statistics(
    store: &Store,
    variables: usize,
    years: usize,
) -> Result<u64> {
    let generate = move |sink: &mut dyn teilhabe_stats::Sink| {
        let fail = |message: String| ReadError {
            file: "bench-data".into(),
            line: None,
            column: None,
            message,
        };
        let all = regions().all();
        // Gemeinden (not Gemeindeverbände) with their Kreis, Land; their population.
        let gemeinden: Vec<_> = all
            .iter()
            .filter(|r| r.level == Level::Gemeinde)
            .map(|r| (r.key, r.population.unwrap_or(1000) as f64))
            .collect();
        let table = "99999-01-01-4";
        sink.meta(Meta::Table {
            code: table.into(),
            label: "Teilhabe: erzeugte Daten für Lasttests".into(),
        })
        .map_err(fail)?;
        let mut codes: Vec<(String, String, Vec<String>, Vec<f64>)> = NAMED
            .iter()
            .zip(SHARES)
            .map(|((c, l, _, dims), s)| {
                (
                    c.to_string(),
                    l.to_string(),
                    dims.iter().map(std::string::ToString::to_string).collect(),
                    s.to_vec(),
                )
            })
            .collect();
        for v in codes.len()..variables {
            codes.push((
                format!("TLH{v:03}"),
                format!("Erzeugte Kennzahl {v}"),
                vec![String::new()],
                vec![0.001 * (v as f64 + 1.0)],
            ));
        }
        codes.truncate(variables);
        for (code, label, _, _) in &codes {
            sink.meta(Meta::Variable {
                code: code.clone(),
                label: label.clone(),
                unit: Some("Anzahl".into()),
            })
            .map_err(fail)?;
        }
        for (variable, variable_label, code, label) in [
            ("GES", "Geschlecht", "GESM", "männlich"),
            ("GES", "Geschlecht", "GESW", "weiblich"),
            ("NAT", "Nationalität", "NATA", "Ausländer(innen)"),
            (
                "SCHST2",
                "Schutzstatus",
                "SCHUTZST-AK-1",
                "anerkannter Schutzstatus",
            ),
            (
                "SCHST2",
                "Schutzstatus",
                "SCHUTZST-AK-5",
                "unbefristeter Schutzstatus",
            ),
            (
                "SCHST2",
                "Schutzstatus",
                "SCHUTZST-OF",
                "offener Schutzstatus",
            ),
        ] {
            sink.meta(Meta::Attribute {
                variable: variable.into(),
                variable_label: variable_label.into(),
                code: code.into(),
                label: label.into(),
            })
            .map_err(fail)?;
        }
        let mut n = 0u64;
        let mut sums: std::collections::HashMap<&str, f64> = Default::default();
        for y in 0..years {
            let year = 2024 - (years - 1 - y);
            let period = format!("{year}-12-31");
            let growth = 1.0 + 0.004 * (year as f64 - 2012.0);
            for (code, _, dims, shares) in &codes {
                for (dim, share) in dims.iter().zip(shares) {
                    sums.clear();
                    for (i, (key, population)) in gemeinden.iter().enumerate() {
                        // A little noise per Gemeinde, the same in every run.
                        let noise = 1.0 + ((i * 7 + year) % 11) as f64 / 200.0;
                        let value = (population * growth * share * noise).round();
                        for region in [&key[..5], &key[..2], "DG"] {
                            *sums.entry(region).or_insert(0.0) += value;
                        }
                        sink.observation(&Observation {
                            table,
                            variable: code,
                            region: key,
                            period: &period,
                            dims: dim,
                            value: Some(value),
                            flag: None,
                            quality: None,
                        })
                        .map_err(fail)?;
                        n += 1;
                    }
                    let mut totals: Vec<_> = sums.iter().collect();
                    totals.sort_by(|a, b| a.0.cmp(b.0));
                    for (region, value) in totals {
                        if regions().get(region).is_none() {
                            continue;
                        }
                        sink.observation(&Observation {
                            table,
                            variable: code,
                            region,
                            period: &period,
                            dims: dim,
                            value: Some(*value),
                            flag: None,
                            quality: None,
                        })
                        .map_err(fail)?;
                        n += 1;
                    }
                }
            }
        }
        Ok(n)
    };
    let n = store
        .import_observations("bench-data".into(), generate)
        .await
        .map_err(|e| match e {
            teilhabe_store::stats::StatsImportError::Store(e) => e,
            teilhabe_store::stats::StatsImportError::Read(e) => StoreError::Refused(e.to_string()),
        })?;
    store.analyze().await?;
    Ok(n)
}
