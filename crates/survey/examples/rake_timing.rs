//! Times `rake()` on files, for `bench/survey.sh`: reads responses and margins once, rakes
//! RUNS times, prints the median seconds of the rake alone and writes the weights.
//!
//!   cargo run --release -p teilhabe-survey --example rake_timing -- R.csv M.csv EPS MAXIT RUNS OUT.csv

use std::time::Instant;

use teilhabe_survey::{RakeOptions, io, rake};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [responses, margins, epsilon, max_iter, runs, out] = &args[..] else {
        eprintln!("usage: rake_timing R.csv M.csv EPSILON MAXIT RUNS OUT.csv");
        std::process::exit(2);
    };
    let read =
        |p: &str| io::Table::parse(p, &std::fs::read(p).expect("readable")).expect("valid CSV");
    let table = read(responses);
    let margins = io::margins(&read(margins), &table).expect("valid margins");
    let design = vec![1.0; table.rows.len()];
    let options = RakeOptions {
        epsilon: epsilon.parse().unwrap(),
        max_iter: max_iter.parse().unwrap(),
        trim: None,
    };
    let mut times = Vec::new();
    let mut raking = None;
    for _ in 0..runs.parse::<usize>().unwrap() {
        let started = Instant::now();
        let r = rake(&design, &margins, &options).expect("rakes");
        times.push(started.elapsed().as_secs_f64());
        raking = Some(r);
    }
    times.sort_by(f64::total_cmp);
    let r = raking.expect("at least one run");
    let mut w = csv::Writer::from_path(out).expect("writable");
    w.write_record(["weight"]).unwrap();
    for x in &r.weights {
        w.write_record([format!("{x}")]).unwrap();
    }
    w.flush().unwrap();
    println!(
        "{:.6} {} {}",
        times[times.len() / 2],
        r.iterations,
        r.converged
    );
}
