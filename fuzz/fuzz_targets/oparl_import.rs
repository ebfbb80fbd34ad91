//! Any JSON as one OParl body with its lists inline, harvested and written into the
//! database (a second run of the same input updates in place).
#![no_main]
use libfuzzer_sys::fuzz_target;
use teilhabe_fuzz::{db, expected};

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let Ok(harvest) =
        teilhabe_oparl_import::harvest_document("https://ris.example.org/oparl", &doc, None)
    else {
        return;
    };
    let db = db();
    if let Err(e) = db.rt.block_on(db.store.import_oparl(&harvest)) {
        assert!(expected(&e), "{e}");
    }
});
