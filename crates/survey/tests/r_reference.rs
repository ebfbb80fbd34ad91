//! The engine against R's survey package (4.1): weights from `rake()` (and `trimWeights()`)
//! within 1e-8 relative, means, shares and their standard errors from `svymean()` and
//! `svyby()` within 1e-6 relative. The fixtures are made by `tools/survey_reference.R`.

use std::{collections::BTreeMap, path::Path};

use teilhabe_survey::{RakeOptions, Trim, io, rake, summarize};

fn table(dir: &Path, file: &str) -> io::Table {
    let path = dir.join(file);
    io::Table::parse(file, &std::fs::read(&path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn relative(a: f64, b: f64) -> f64 {
    if a == b {
        0.0
    } else {
        (a - b).abs() / b.abs().max(f64::MIN_POSITIVE)
    }
}

struct Reference {
    converged: bool,
    iterations: Option<usize>,
}

fn check(name: &str) -> Reference {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let responses = table(&dir, "responses.csv");
    let margins = io::margins(&table(&dir, "margins.csv"), &responses).unwrap();
    let options: BTreeMap<String, String> = table(&dir, "options.csv")
        .rows
        .into_iter()
        .map(|r| (r[0].clone(), r[1].clone()))
        .collect();
    let num = |k: &str| options[k].parse::<f64>().unwrap();
    let design_column = Some(options["design_weight"].as_str()).filter(|s| !s.is_empty());
    let design = io::design_weights(&responses, design_column).unwrap();
    let trim = (!options["trim_upper"].is_empty()).then(|| Trim {
        lower: num("trim_lower"),
        upper: num("trim_upper"),
        strict: options["trim_strict"] == "TRUE",
    });
    let raking = rake(
        &design,
        &margins,
        &RakeOptions {
            epsilon: num("epsilon"),
            max_iter: num("maxit") as usize,
            trim,
        },
    )
    .unwrap();

    // Weights.
    let expected = table(&dir, "weights.csv");
    assert_eq!(expected.rows.len(), raking.weights.len());
    let mut worst_weight = 0.0f64;
    for (row, w) in expected.rows.iter().zip(&raking.weights) {
        worst_weight = worst_weight.max(relative(*w, row[1].parse().unwrap()));
    }
    assert!(
        worst_weight < 1e-8,
        "{name}: weights differ from R's by up to {worst_weight:e} relative"
    );
    if let Some(t) = trim {
        let summary = summarize(&raking.weights);
        assert!(raking.trimmed > 0, "{name}: the fixture is meant to trim");
        assert!(
            summary.max <= t.upper * (1.0 + 1e-12) || !t.strict,
            "{name}: max {} above {}",
            summary.max,
            t.upper
        );
    }

    // Estimates: every row of estimates.csv.
    let design = raking.design();
    let column = |v: &str| responses.column(v).unwrap();
    let levels = |v: &str| {
        let mut l: Vec<String> = responses
            .rows
            .iter()
            .map(|r| r[column(v)].clone())
            .filter(|s| !s.is_empty())
            .collect();
        l.sort();
        l.dedup();
        l
    };
    let mut checked = 0;
    let mut worst = (0.0f64, 0.0f64);
    for row in table(&dir, "estimates.csv").rows {
        let (variable, level, by, group) = (&row[0], &row[1], &row[2], &row[3]);
        let (estimate, se): (f64, f64) = (row[4].parse().unwrap(), row[5].parse().unwrap());
        let domain: Option<Vec<bool>> = (!by.is_empty()).then(|| {
            responses
                .rows
                .iter()
                .map(|r| &r[column(by)] == group)
                .collect()
        });
        let got = if level.is_empty() {
            let values: Vec<Option<f64>> = responses
                .rows
                .iter()
                .map(|r| r[column(variable)].parse().ok())
                .collect();
            design.mean(&values, domain.as_deref()).unwrap()
        } else {
            let lv = levels(variable);
            let codes: Vec<Option<u32>> = responses
                .rows
                .iter()
                .map(|r| {
                    lv.iter()
                        .position(|l| l == &r[column(variable)])
                        .map(|p| p as u32)
                })
                .collect();
            design
                .proportions(&codes, lv.len(), domain.as_deref())
                .unwrap()[lv.iter().position(|l| l == level).unwrap()]
        };
        let (de, ds) = (relative(got.estimate, estimate), relative(got.se, se));
        assert!(
            de < 1e-6 && ds < 1e-6,
            "{name}: {variable}={level} in {by}={group}: {} ± {} against R's {estimate} ± {se}",
            got.estimate,
            got.se
        );
        worst = (worst.0.max(de), worst.1.max(ds));
        checked += 1;
    }
    assert!(checked >= 20, "{name}: only {checked} estimates compared");
    eprintln!(
        "{name}: {} weights, {checked} estimates; worst relative difference: weight {worst_weight:.1e}, estimate {:.1e}, SE {:.1e}",
        raking.weights.len(),
        worst.0,
        worst.1
    );

    let result = table(&dir, "result.csv");
    let converged = result.rows[0][0] == "TRUE";
    let iterations = result.rows[0][1]
        .split_whitespace()
        .find_map(|w| w.parse().ok());
    assert_eq!(raking.converged, converged, "{name}: convergence");
    if let Some(i) = iterations {
        assert_eq!(raking.iterations, i, "{name}: sweeps before giving up");
    }
    Reference {
        converged,
        iterations,
    }
}

#[test]
fn county_survey_with_four_margins() {
    assert!(check("landkreis").converged);
}

#[test]
fn design_weights_relative_tolerance_and_trimming() {
    assert!(check("designgewicht_getrimmt").converged);
}

#[test]
fn one_pass_trimming() {
    assert!(check("getrimmt_einmal").converged);
}

#[test]
fn not_converging_within_the_sweeps_allowed() {
    let r = check("nicht_konvergent");
    assert!(!r.converged);
    assert_eq!(r.iterations, Some(4));
}

#[test]
fn a_crossed_margin_of_age_by_sex() {
    assert!(check("gekreuzt").converged);
}
