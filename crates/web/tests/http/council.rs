//! The council pages show the seed scenarios' meetings, papers, consultations and votes.

use crate::common::{Db, TestApp, multipart, spawn_demo};

/// The consultation table of a paper page.
fn consultation_table(html: &str) -> &str {
    let start = html
        .find("id=\"beratungsfolge\"")
        .expect("consultation section");
    let rest = &html[start..];
    &rest[..rest.find("</table>").unwrap_or(rest.len())]
}

/// The id in the first link `/{key}/{section}/{id}` whose text is `text`, on the section's
/// list page (the feeds of `gremien` are listed on the meetings page).
async fn link_to(app: &TestApp, key: &str, section: &str, text: &str) -> String {
    let list = if section == "gremien" {
        "sitzungen"
    } else {
        section
    };
    let page = app.get(&format!("/{key}/{list}")).await;
    assert_eq!(page.status, 200);
    let prefix = format!("href=\"/{key}/{section}/");
    page.text
        .split(&prefix)
        .skip(1)
        .find(|rest| {
            rest.split_once("\">")
                .is_some_and(|(_, after)| after.starts_with(text))
        })
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no link to {text} on /{key}/{section}"))
        .to_owned()
}

async fn kyffhaeuser_paper_shows_three_consultations_with_votes(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let id = link_to(&app, "16065", "vorlagen", "2021/7/014").await;
    let page = app.get(&format!("/16065/vorlagen/{id}")).await;
    assert_eq!(page.status, 200);
    let rows = consultation_table(&page.text);
    assert_eq!(rows.matches("<tr><td>").count(), 3, "three consultations");
    let votes: Vec<&str> = [
        "Ja: 9, Nein: 0, Enthaltungen: 0, befangen: 0",
        "Ja: 6, Nein: 1, Enthaltungen: 0, befangen: 0",
        "Ja: 27, Nein: 6, Enthaltungen: 0, befangen: 0",
    ]
    .to_vec();
    let mut at = 0;
    for v in votes {
        let found = rows[at..].find(v).unwrap_or_else(|| panic!("{v} in order"));
        at += found + v.len();
    }
    assert!(
        rows.contains("einstimmig (Ja: 9"),
        "unanimity is derived from the counts"
    );
    assert!(!rows.contains("einstimmig (Ja: 6"));
    for day in ["Do, 04.03.2021", "Mi, 17.03.2021", "Mi, 31.03.2021"] {
        assert!(rows.contains(day), "{day}");
    }
    assert!(
        page.text.contains("Die Landrätin") || page.text.contains("Landrätin"),
        "submitter by role"
    );
    assert!(page.text.contains("Kreiskämmerei"), "finance block");
    app.finish().await;
}
both!(kyffhaeuser_paper_shows_three_consultations_with_votes);

async fn boerde_meeting_with_a_closed_part(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let id = link_to(
        &app,
        "15083",
        "sitzungen",
        "Ordentliche Sitzung des Kultur- und Sozialausschusses",
    )
    .await;
    let page = app.get(&format!("/15083/sitzungen/{id}")).await;
    assert_eq!(page.status, 200);
    for text in [
        "Mi, 19.04.2017",
        "17:00 – 18:55 Uhr",
        "Sitzungsraum II",
        "Gerikestraße 104, 39340 Haldensleben",
        "Ö 5.1",
        "2017/FB3/0433",
        "Kultur- und Sozialausschuss",
    ] {
        assert!(page.text.contains(text), "meeting page shows {text}");
    }
    assert!(
        page.text
            .contains("<td>N 1</td><th scope=\"row\">nicht öffentlich</th>"),
        "closed item: number only"
    );
    assert!(
        !page.text.contains("Nichtöffentlicher Teil"),
        "its subject stays hidden"
    );
    app.finish().await;
}
both!(boerde_meeting_with_a_closed_part);

async fn peine_papers_2006_and_2022(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let id = link_to(&app, "03157", "vorlagen", "2022/032").await;
    let page = app.get(&format!("/03157/vorlagen/{id}")).await;
    for text in [
        "Referat Migration und Teilhabe",
        "ungeändert beschlossen",
        "einstimmig (Ja: 10, Nein: 0, Enthaltungen: 0, befangen: 0)",
        "Di, 22.03.2022",
        "Integrationskonzept des Landkreises Peine (2022)",
    ] {
        assert!(page.text.contains(text), "2022/032 shows {text}");
    }
    let meeting = link_to(&app, "03157", "sitzungen", "2. Sitzung des Ausschusses").await;
    let m = app.get(&format!("/03157/sitzungen/{meeting}")).await;
    assert!(
        m.text.contains("17:00 – 19:34 Uhr")
            && m.text.contains("Am Schulzentrum 35, 31241 Ilsede")
            && m.text.contains("Ö 12")
    );

    let id = link_to(&app, "03157", "vorlagen", "2006/037").await;
    let page = app.get(&format!("/03157/vorlagen/{id}")).await;
    let rows = consultation_table(&page.text);
    let a = rows
        .find("Ausschuss für Frauen, Arbeit und Soziales")
        .expect("committee");
    let b = rows.find("Kreisausschuss").expect("Kreisausschuss");
    let c = rows
        .find("Kreistag des Landkreises Peine")
        .expect("Kreistag");
    assert!(a < b && b < c, "consultation sequence in order");
    assert!(rows.contains("Mo, 15.05.2006") && rows.contains("Mi, 14.06.2006"));
    assert_eq!(rows.matches("ungeändert beschlossen").count(), 2);
    assert!(rows.contains("(entscheidend)"), "the Kreistag decides");

    // The concept links the paper that adopted it.
    let concepts = app.json("/api/v1/bodies/03157/concepts").await;
    let v2022 = concepts
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["version_label"] == "2022")
        .unwrap();
    let concept = app.get(&format!("/03157/konzepte/{}", v2022["id"])).await;
    assert!(concept.text.contains(&format!(
        "/03157/vorlagen/{}\">2022/032",
        link_to(&app, "03157", "vorlagen", "2022/032").await
    )));
    assert_eq!(app.get("/16065/sitzungen/999999").await.status, 404);
    assert_eq!(
        app.get(&format!("/16065/vorlagen/{id}")).await.status,
        404,
        "a paper of another body"
    );
    app.finish().await;
}
both!(peine_papers_2006_and_2022);

async fn committee_calendar_feed(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let org = link_to(&app, "15083", "gremien", "Kultur- und Sozialausschuss").await;
    let org = org.trim_end_matches("/kalender.ics").to_owned();
    let resp = app
        .client
        .get(format!("{}/15083/gremien/{org}/kalender.ics", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert!(
        resp.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let ics = resp.text().await.unwrap();
    for line in [
        "BEGIN:VCALENDAR\r\n",
        "DTSTART:20170419T150000Z\r\n",
        "DTEND:20170419T165500Z\r\n",
        "SUMMARY:Ordentliche Sitzung des Kultur- und Sozialausschusses\r\n",
        "END:VCALENDAR\r\n",
    ] {
        assert!(ics.contains(line), "feed has {line:?}:\n{ics}");
    }
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
    assert_eq!(
        app.get(&format!("/03157/gremien/{org}/kalender.ics"))
            .await
            .status,
        404,
        "organisation of another body"
    );
    app.finish().await;
}
both!(committee_calendar_feed);

/// The `{id}/{name}` part of the download link whose text is `text`.
fn download_link(html: &str, text: &str) -> String {
    html.split("/dateien/")
        .skip(1)
        .find(|rest| {
            rest.split_once("\">")
                .is_some_and(|(_, after)| after.starts_with(text))
        })
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no download link for {text}"))
        .to_owned()
}

async fn attachments_are_checked_stored_and_served(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let paper = link_to(&app, "16065", "vorlagen", "2021/7/014").await;
    let upload = |parts: Vec<(&'static str, Option<&'static str>, &'static [u8])>| {
        let (ct, body) = multipart(&parts);
        app.admin
            .post(format!("{}/admin/papers/{paper}/files", app.base))
            .header("content-type", ct)
            .body(body)
            .send()
    };
    let pdf: &'static [u8] = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
    let r = upload(vec![
        ("file", Some("Integrationskonzept 2020.pdf"), pdf),
        (
            "name",
            None,
            "Integrationskonzept (Druckfassung)".as_bytes(),
        ),
        ("public", None, b"1"),
    ])
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let before = app.count_files().await;
    let r = upload(vec![
        ("file", Some("rechnung.pdf"), b"MZ\x90\x00\x03"),
        ("public", None, b"1"),
    ])
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 422, "a program renamed to .pdf");
    assert!(r.text().await.unwrap().contains("passt nicht zur Endung"));
    let r = upload(vec![
        ("file", Some("tool.exe"), b"MZ"),
        ("public", None, b"1"),
    ])
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 422);
    let r = upload(vec![
        ("file", Some("intern.txt"), b"Nur intern: Personalplanung"),
        ("public", None, b"0"),
    ])
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(
        app.count_files().await,
        before + 1,
        "only the accepted upload was stored"
    );

    let page = app.get(&format!("/16065/vorlagen/{paper}")).await;
    assert!(page.text.contains("Integrationskonzept (Druckfassung)"));
    assert!(
        !page.text.contains("intern.txt"),
        "a non-public attachment is not listed"
    );
    let href = download_link(&page.text, "Integrationskonzept (Druckfassung)");
    let resp = app
        .client
        .get(format!("{}/16065/dateien/{href}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(resp.headers()["content-type"], "application/pdf");
    assert!(
        resp.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment; filename*=UTF-8''Integrationskonzept%202020.pdf")
    );
    assert_eq!(
        &resp.bytes().await.unwrap()[..],
        pdf,
        "the same bytes come back"
    );
    let id = href.split('/').next().unwrap();
    assert_eq!(
        app.get(&format!("/03157/dateien/{id}/x.pdf")).await.status,
        404,
        "another body's URL"
    );
    let admin = app.get(&format!("/admin/papers/{paper}")).await;
    let secret = download_link(&admin.text, "intern.txt");
    let secret = secret.split('/').next().unwrap().to_owned();
    assert_eq!(
        app.get(&format!("/16065/dateien/{secret}/intern.txt"))
            .await
            .status,
        404,
        "non-public download refused"
    );
    app.finish().await;
}
both!(attachments_are_checked_stored_and_served);
