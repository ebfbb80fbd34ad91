//! Any bytes as an uploaded statistics file (GENESIS flat-file CSV, table CSV, REST JSON,
//! own long CSV or XLSX, zipped or not), through the whole import into the database.
#![no_main]
use libfuzzer_sys::fuzz_target;
use teilhabe_fuzz::db;

fuzz_target!(|data: &[u8]| {
    let db = db();
    let path = db.dir.join("12411-0015.csv");
    std::fs::write(&path, data).expect("write input");
    // A refusal is the right answer to most inputs; the fuzzer looks for panics and for
    // database errors that the reader's checks should have caught first.
    if let Err(e) = db.rt.block_on(db.store.import_statistics(&path)) {
        let text = e.to_string();
        assert!(!text.contains("Datenbankfehler"), "{text}");
    }
});
