//! Saved pages of a fictitious OParl 1.0 server with the quirks real ones have: no 1.1
//! lists, objects without `type`, a relative `links.next`, agenda items without `order`,
//! votes only as text in `result`, a location given only by URL, a consultation without
//! committee, a person without `name`, vendor fields, a meeting without start, a file
//! whose content is missing, a file without `fileName` (SD.NET), two papers with the same
//! reference. Runs on SQLite and, when `TEILHABE_TEST_DATABASE_URL` is set, on PostgreSQL.

mod common;

use common::stores;
use teilhabe_oparl_import::{Options, run};
use teilhabe_store::Store;
use teilhabe_store::testdb;

fn fixture() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/quirky").to_owned()
}

#[tokio::test]
async fn a_quirky_server_imports() {
    for (store, url) in stores().await {
        check(&store).await;
        store.close().await;
        testdb::remove(&url).await.expect("remove");
    }
}

async fn check(store: &Store) {
    let options = Options {
        quiet: true,
        ..Options::default()
    };
    let reports = run(store, &fixture(), &options).await.expect("import");
    assert_eq!(reports.len(), 1);
    let r = &reports[0];
    assert_eq!(r.body_key, "15083");
    assert!(r.body_created);
    let skipped = r.skipped.join("\n");
    assert!(
        skipped.contains("meeting/44") && skipped.contains("Beginn"),
        "{skipped}"
    );
    assert!(
        skipped.contains("file/62: Inhalt nicht abrufbar (")
            && skipped.contains("keine gespeicherte Seite"),
        "the real reason: {skipped}"
    );
    assert_eq!(r.skipped.len(), 2, "{skipped}");
    // A second paper with a reference in use is kept, as the source has it, and said so.
    assert!(
        r.notes
            .iter()
            .any(|n| n.starts_with("1 Vorlage(n) mit einem Aktenzeichen")),
        "{r}"
    );

    let body = store.body_by_key("15083").await.unwrap();
    assert_eq!(body.name, "Landkreis Börde");
    let orgs = store.organizations(body.id).await.unwrap();
    let kind = |name: &str| orgs.iter().find(|o| o.name == name).unwrap().kind.clone();
    assert_eq!(orgs.len(), 3, "both pages of the list");
    assert_eq!(kind("Kreistag"), "council");
    assert_eq!(
        kind("Ausschuss für Soziales, Gesundheit und Integration"),
        "committee"
    );
    assert_eq!(kind("Fraktion Bürgerliste"), "external");
    let soz = orgs
        .iter()
        .find(|o| o.short_name.as_deref() == Some("SozA"))
        .unwrap()
        .id;

    let persons = store.persons(body.id).await.unwrap();
    assert_eq!(persons.len(), 1);
    assert_eq!(persons[0].name, "Dr. Erika Muster");
    assert_eq!(
        persons[0].role_title.as_deref(),
        Some("Kreistagsabgeordnete")
    );
    assert_eq!(store.count_rows("memberships").await.unwrap(), 1);
    assert_eq!(
        store.legislative_terms(body.id).await.unwrap()[0].name,
        "7. Wahlperiode"
    );

    let meetings = store.meetings(body.id).await.unwrap();
    assert_eq!(meetings.len(), 1, "the meeting without start is left out");
    let m = &meetings[0];
    assert_eq!(m.start_at, "2024-03-05", "a date alone stays a date");
    assert_eq!(m.state, "held");
    assert_eq!(m.organization_ids, vec![soz]);
    let location = store
        .location(m.location_id.expect("location"))
        .await
        .unwrap();
    assert_eq!(location.room.as_deref(), Some("Sitzungssaal"));

    let items = store.agenda_items(m.id).await.unwrap();
    let summary: Vec<(i64, Option<&str>, bool)> = items
        .iter()
        .map(|a| (a.position, a.number.as_deref(), a.public.0))
        .collect();
    assert_eq!(
        summary,
        vec![
            (1, Some("Ö 1"), true),
            (2, Some("Ö 2"), true),
            (3, Some("N 1"), false)
        ]
    );
    let votes = items[1].votes();
    assert_eq!(
        (votes.yes, votes.no, votes.abstain, votes.conflicted),
        (Some(30), Some(5), Some(2), None),
        "tallies read from the result text"
    );

    let papers = store.papers(body.id).await.unwrap();
    let paper = papers
        .iter()
        .find(|p| p.reference == "BV/0123/2024" && !p.name.contains("Dublette"))
        .unwrap();
    assert!(
        papers
            .iter()
            .any(|p| p.reference == "BV/0123/2024" && p.name.contains("Dublette")),
        "both papers with the reference"
    );
    assert_eq!(paper.date.as_deref(), Some("2024-02-01"));
    assert_eq!(paper.paper_type, "resolution");
    assert_eq!(items[1].paper_id, Some(paper.id));
    // SD.NET's files have no `fileName`: the address's last segment names them, and with
    // its content there the file comes in under its title.
    let files = store.files_of_paper(paper.id).await.unwrap();
    let annex = files
        .iter()
        .find(|f| f.file_name == "Anlage_1-2024.pdf")
        .unwrap_or_else(|| panic!("the SD.NET file: {skipped}"));
    assert_eq!(annex.mime_type, "application/pdf");
    assert!(
        annex.name.starts_with("Anlage (Maßnahmenplan;"),
        "{}",
        annex.name
    );
    assert!(
        store
            .file_data(annex.id)
            .await
            .unwrap()
            .starts_with(b"%PDF-")
    );
    let other = papers
        .iter()
        .find(|p| p.name == "Sachstand Integrationsmonitoring")
        .unwrap();
    assert_eq!(other.reference, "ohne Az. 63");
    assert_eq!(other.paper_type, "notice");
    let cons = store.consultations(paper.id).await.unwrap();
    assert_eq!(cons.len(), 1);
    assert_eq!(cons[0].organization_id, soz, "the committee of the meeting");
    assert_eq!(cons[0].role, "decision");
    assert!(cons[0].authoritative.0);
    assert_eq!(cons[0].agenda_item_id, Some(items[1].id));

    // The same pages again: everything known, nothing doubled.
    let ids = store.count_rows("oparl_ids").await.unwrap();
    let again = run(store, &fixture(), &options)
        .await
        .expect("second import");
    for (what, t) in &again[0].tallies {
        assert_eq!((t.created, t.updated), (0, 0), "{what}: {t:?}");
    }
    assert_eq!(store.count_rows("oparl_ids").await.unwrap(), ids);
    assert_eq!(
        store.count_rows("papers").await.unwrap(),
        3,
        "the two with one reference too"
    );
    assert_eq!(store.count_rows("agenda_items").await.unwrap(), 3);
}

/// A meeting or paper deleted at the source takes its agenda items and consultations with
/// it: the server lists them no more, and here they would otherwise stay live.
#[tokio::test]
async fn parts_go_with_what_is_deleted_at_the_source() {
    use serde_json::json;
    use teilhabe_oparl_import::harvest_document;
    for (store, url) in stores().await {
        let meeting = json!({"id": "https://ris/m/1", "type": "https://schema.oparl.org/1.1/Meeting",
            "name": "Kreistag", "start": "2024-03-01T17:00:00+01:00",
            "agendaItem": [{"id": "https://ris/a/1", "number": "Ö 1", "name": "Konzept"}]});
        let paper = json!({"id": "https://ris/p/1", "type": "https://schema.oparl.org/1.1/Paper",
            "name": "Konzept", "reference": "BV/1/2024",
            "consultation": [{"id": "https://ris/c/1", "meeting": "https://ris/m/1",
                              "agendaItem": "https://ris/a/1", "organization": ["https://ris/o/1"]}]});
        let org = json!({"id": "https://ris/o/1", "type": "https://schema.oparl.org/1.1/Organization",
            "name": "Kreistag"});
        let body = json!({"id": "https://ris/b/1", "name": "Landkreis Peine", "ags": "03157000"});
        let doc = |meeting: &serde_json::Value, paper: &serde_json::Value| json!({"body": body, "organization": [org], "meeting": [meeting], "paper": [paper]});
        let first = harvest_document("https://ris/s", &doc(&meeting, &paper), None).unwrap();
        store.import_oparl(&first).await.unwrap();
        let b = store.body_by_key("03157").await.unwrap();
        let m = store.meetings(b.id).await.unwrap()[0].id;
        let p = store.papers(b.id).await.unwrap()[0].id;
        assert_eq!(store.agenda_items(m).await.unwrap().len(), 1);
        assert_eq!(store.consultations(p).await.unwrap().len(), 1);

        let gone = |id: &str, kind: &str| {
            json!({"id": id, "type": format!("https://schema.oparl.org/1.1/{kind}"), "deleted": true,
                   "modified": "2024-04-01T09:00:00+02:00"})
        };
        let second = harvest_document(
            "https://ris/s",
            &doc(
                &gone("https://ris/m/1", "Meeting"),
                &gone("https://ris/p/1", "Paper"),
            ),
            None,
        )
        .unwrap();
        let report = store.import_oparl(&second).await.unwrap();
        let deleted = |label: &str| {
            report
                .tallies
                .iter()
                .find(|(l, _)| *l == label)
                .map_or(0, |(_, t)| t.deleted)
        };
        assert_eq!(
            (deleted("Sitzungen"), deleted("Tagesordnungspunkte")),
            (1, 1),
            "{report}"
        );
        assert_eq!(
            (deleted("Vorlagen"), deleted("Beratungen")),
            (1, 1),
            "{report}"
        );
        assert!(store.agenda_items(m).await.unwrap().is_empty());
        assert!(store.consultations(p).await.unwrap().is_empty());
        store.close().await;
        testdb::remove(&url).await.expect("remove");
    }
}
