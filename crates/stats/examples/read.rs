//! Reads statistics files without a database and prints the summary and the time taken:
//! `cargo run --release -p teilhabe-stats --example read -- FILE…` (the reader's share of an
//! import, for benchmarks).

use teilhabe_stats::{Meta, Observation, Sink, read_path};

struct Count(u64);

impl Sink for Count {
    fn meta(&mut self, _: Meta) -> Result<(), String> {
        Ok(())
    }
    fn observation(&mut self, _: &Observation<'_>) -> Result<(), String> {
        self.0 += 1;
        Ok(())
    }
}

fn main() {
    for file in std::env::args().skip(1) {
        let started = std::time::Instant::now();
        let mut sink = Count(0);
        match read_path(std::path::Path::new(&file), &mut sink) {
            Ok(s) => println!("{s} [{:.3} s]", started.elapsed().as_secs_f64()),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        }
    }
}
