//! `teilhabe survey weight`: raking a survey's responses to population margins, from files.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use teilhabe_survey::{RakeOptions, Trim, io, rake, summarize};

use crate::Failure;

#[derive(Subcommand)]
pub enum SurveyCommand {
    /// Weight responses to population margins by raking (iterative proportional fitting).
    Weight(WeightArgs),
}

#[derive(Args)]
pub struct WeightArgs {
    /// The responses: CSV with a header row, one respondent per line (comma or semicolon).
    #[arg(long)]
    responses: PathBuf,
    /// The margins: CSV `variable,category,target`, one line per category.
    #[arg(long)]
    margins: PathBuf,
    /// Where to write the responses with the added weight column.
    #[arg(long)]
    out: PathBuf,
    /// Print the report as one JSON object.
    #[arg(long)]
    json: bool,
    /// Column with design weights (default: everyone 1).
    #[arg(long)]
    design_weight: Option<String>,
    /// Name of the added column.
    #[arg(long, default_value = "weight")]
    weight_column: String,
    /// Stop when no cell total moves by more than this in a sweep; below 1 a fraction of the
    /// total (R: `epsilon`; `--epsilon 1 --max-iter 10` are R's defaults).
    #[arg(long, default_value_t = RakeOptions::default().epsilon)]
    epsilon: f64,
    /// At most this many sweeps over all margins.
    #[arg(long, default_value_t = RakeOptions::default().max_iter)]
    max_iter: usize,
    /// Lowest weight after trimming: a number, or a multiple of the mean weight like `0.3x`.
    #[arg(long)]
    trim_lower: Option<String>,
    /// Highest weight after trimming: a number, or a multiple of the mean weight like `5x`.
    #[arg(long)]
    trim_upper: Option<String>,
    /// Repeat trimming until every weight is inside the bounds.
    #[arg(long)]
    trim_strict: bool,
}

pub fn run(command: SurveyCommand) -> Result<(), Failure> {
    match command {
        SurveyCommand::Weight(args) => weight(args),
    }
}

fn read(path: &Path) -> Result<io::Table, Failure> {
    let bytes = std::fs::read(path).map_err(|e| {
        Failure::input(format!(
            "{}: kann nicht gelesen werden: {e}",
            path.display()
        ))
    })?;
    io::Table::parse(&path.display().to_string(), &bytes).map_err(problems)
}

fn problems(p: io::Problems) -> Failure {
    Failure::input(format!("{p}\nNichts wurde geschrieben."))
}

/// `5x` → 5 × the mean weight; `1200` → 1200.
fn bound(text: Option<&str>, mean: f64, flag: &str) -> Result<Option<f64>, Failure> {
    let Some(text) = text else { return Ok(None) };
    io::parse_bound(text, mean).map(Some).ok_or_else(|| {
        Failure::input(format!(
            "{flag}: „{text}“ ist weder eine Zahl noch ein Vielfaches wie „5x“."
        ))
    })
}

fn weight(args: WeightArgs) -> Result<(), Failure> {
    let started = std::time::Instant::now();
    let responses = read(&args.responses)?;
    let margin_table = read(&args.margins)?;
    if responses.column(&args.weight_column).is_some() {
        return Err(Failure::input(format!(
            "{}: hat schon eine Spalte „{}“; mit --weight-column einen anderen Namen wählen.",
            responses.name, args.weight_column
        )));
    }
    let margins = io::margins(&margin_table, &responses).map_err(problems)?;
    let design = io::design_weights(&responses, args.design_weight.as_deref()).map_err(problems)?;
    // The targets' total over the respondents: the mean weight that `5x` multiplies.
    let total: f64 = margins[0].targets.iter().sum();
    let mean = total / responses.rows.len().max(1) as f64;
    let lower = bound(args.trim_lower.as_deref(), mean, "--trim-lower")?;
    let upper = bound(args.trim_upper.as_deref(), mean, "--trim-upper")?;
    let trim = (lower.is_some() || upper.is_some()).then(|| Trim {
        lower: lower.unwrap_or(0.0),
        upper: upper.unwrap_or(f64::INFINITY),
        strict: args.trim_strict,
    });
    let options = RakeOptions {
        epsilon: args.epsilon,
        max_iter: args.max_iter,
        trim,
    };
    let raking = rake(&design, &margins, &options).map_err(|e| {
        Failure::input(format!(
            "{}: {e}\nNichts wurde geschrieben.",
            margin_table.name
        ))
    })?;

    let values: Vec<String> = raking.weights.iter().map(|w| format!("{w}")).collect();
    let file = std::fs::File::create(&args.out).map_err(|e| {
        Failure::input(format!(
            "{}: kann nicht geschrieben werden: {e}",
            args.out.display()
        ))
    })?;
    responses
        .write_with_column(std::io::BufWriter::new(file), &args.weight_column, &values)
        .map_err(|e| {
            Failure::input(format!(
                "{}: kann nicht geschrieben werden: {e}",
                args.out.display()
            ))
        })?;

    let summary = summarize(&raking.weights);
    let worst_misfit = raking
        .fit
        .iter()
        .map(|f| (f.weighted - f.target).abs() / f.target.max(f64::MIN_POSITIVE))
        .fold(0.0, f64::max);
    if args.json {
        let report = serde_json::json!({
            "iterations": raking.iterations,
            "converged": raking.converged,
            "delta": raking.delta,
            "epsilon": raking.epsilon,
            "n": summary.n,
            "effective_n": summary.effective_n,
            "design_effect": summary.design_effect,
            "weights": { "sum": summary.sum, "min": summary.min, "max": summary.max, "mean": summary.mean },
            "trimmed": raking.trimmed,
            "options": options,
            "largest_relative_margin_misfit": worst_misfit,
            "margins": raking.fit,
            "seconds": started.elapsed().as_secs_f64(),
        });
        println!("{report}");
    } else {
        println!(
            "{} Befragte gewichtet ({} Randverteilungen, {} Iterationen{}).",
            summary.n,
            margins.len(),
            raking.iterations,
            if raking.converged {
                ""
            } else {
                ", NICHT konvergiert"
            }
        );
        println!(
            "Effektive Fallzahl {:.1}, Designeffekt {:.3}; Gewichte von {:.4} bis {:.4} (Mittel {:.4}){}.",
            summary.effective_n,
            summary.design_effect,
            summary.min,
            summary.max,
            summary.mean,
            if raking.trimmed > 0 {
                format!(", {} getrimmt", raking.trimmed)
            } else {
                String::new()
            }
        );
        println!("Geschrieben: {}", args.out.display());
    }
    if !raking.converged {
        eprintln!(
            "Warnung: Die Gewichtung ist nach {} Iterationen nicht konvergiert (letzte Änderung {:.3e}, Toleranz {:.3e}). \
             Mehr Iterationen erlauben (--max-iter) oder Kategorien zusammenlegen.",
            raking.iterations, raking.delta, raking.epsilon
        );
    }
    let totals: Vec<f64> = margins.iter().map(|m| m.targets.iter().sum()).collect();
    let (low, high) = totals
        .iter()
        .fold((f64::INFINITY, 0.0f64), |(l, h), &t| (l.min(t), h.max(t)));
    if high - low > 1e-9 * high {
        let list: Vec<String> = margins
            .iter()
            .zip(&totals)
            .map(|(m, t)| format!("{} {t}", m.name))
            .collect();
        eprintln!(
            "Warnung: Die Randverteilungen ergeben verschiedene Summen ({}); die Gewichte können nicht alle treffen.",
            list.join(", ")
        );
    } else if worst_misfit > 1e-3 {
        eprintln!(
            "Hinweis: Die Gewichte verfehlen eine Randverteilung um bis zu {:.1} %{}.",
            worst_misfit * 100.0,
            if raking.trimmed > 0 {
                ", weil getrimmt wurde"
            } else {
                ""
            }
        );
    }
    Ok(())
}
