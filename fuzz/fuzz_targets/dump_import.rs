//! Any text as a Teilhabe dump file: parsed, validated, and when valid imported in place of
//! the body it names. A dump that passes validation must import.
#![no_main]
use libfuzzer_sys::fuzz_target;
use teilhabe_fuzz::{db, expected};
use teilhabe_store::dump::Dump;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(dump) = Dump::from_json(text) else {
        return;
    };
    if dump.validate().is_err() {
        return;
    }
    let db = db();
    if let Err(e) = db.rt.block_on(db.store.import_body(&dump, true)) {
        assert!(expected(&e), "{e}");
    }
});
