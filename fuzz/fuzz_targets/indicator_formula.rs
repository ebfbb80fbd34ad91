//! Any text as an indicator formula (`=BEVSTD[GES=GESW]`, `A / B * 100`, …).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = teilhabe_stats::indicators::parse(text);
        let _ = teilhabe_stats::symbols::parse_cell(text);
    }
});
