//! The integration monitoring in the portal, on the demo's official statistics.

use crate::common::*;

async fn monitoring_pages_show_county_land_and_germany(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let r = app.get("/03157/monitoring").await;
    assert_eq!(r.status, 200, "{}", r.text);
    // Population of the Kreis as imported (12411, 31.12.2024), Niedersachsen and Germany as
    // the sums of their Kreise.
    for text in [
        "Landkreis Peine",
        "Niedersachsen",
        "Deutschland",
        "137.045",
        "31.12.2024",
    ] {
        assert!(r.text.contains(text), "overview lacks {text}");
    }
    // Peine's employment figures are withheld: shown as "-", never as 0.
    assert!(r.text.contains("Anteil ausländischer Beschäftigter"));
    let row = r
        .text
        .split("Anteil ausländischer Beschäftigter")
        .nth(1)
        .unwrap()
        .split("</tr>")
        .next()
        .unwrap()
        .to_owned();
    assert!(
        row.contains(">-<") && row.contains("13,4") && row.contains("16,7"),
        "{row}"
    );

    let page = app.get("/03157/monitoring/schutz_anerkannt_je_1000").await;
    assert_eq!(page.status, 200);
    assert!(page.text.contains(r#"<svg class="chart""#) && page.text.contains(r#"role="img""#));
    assert!(
        page.text.contains("<caption>"),
        "a data table beside the chart"
    );
    assert!(page.text.contains("39,8"), "Peine's value");
    let csv = app.get("/03157/monitoring/bevoelkerung/daten.csv").await;
    assert_eq!(csv.status, 200);
    assert!(
        csv.text
            .contains("03157;Landkreis Peine;2024-12-31;137045;"),
        "{}",
        csv.text
    );
    assert_eq!(app.get("/03157/monitoring/gibt_es_nicht").await.status, 404);
    // The body page links to it.
    assert!(app.get("/03157").await.text.contains("/03157/monitoring"));
    app.finish().await;
}
both!(monitoring_pages_show_county_land_and_germany);
