//! Any bytes as an uploaded answers file (CSV or XLSX) for the demo's Görlitz survey, and
//! as a margins file for weighting.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use teilhabe_fuzz::db;
use teilhabe_store::surveys::{Questionnaire, responses_from_table};
use teilhabe_survey::io::{self, Table};

fn questionnaire() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| {
        let db = db();
        db.rt.block_on(async {
            let bodies = db.store.list_bodies().await.expect("bodies");
            for b in bodies {
                for s in db.store.surveys(b.id).await.expect("surveys") {
                    let q = db.store.questionnaire(s.id).await.expect("questionnaire");
                    if !q.questions.is_empty() {
                        return q;
                    }
                }
            }
            panic!("the demo has no survey with questions")
        })
    })
}

fuzz_target!(|data: &[u8]| {
    let q = questionnaire();
    if let Ok(table) = Table::read("antworten.csv", data) {
        let result = responses_from_table(q, &table);
        assert!(result.responses.len() <= table.rows.len());
        let _ = io::design_weights(&table, Some("designgewicht"));
        let _ = io::margins(&table, &table);
    }
});
