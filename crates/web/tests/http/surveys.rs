//! Surveys over HTTP: answering without an account in German and Arabic, invitation codes,
//! paper entry, imports that are all or nothing, weighting and results with suppression.

use crate::common::*;

/// The id of the demo survey of Görlitz whose title starts with `title`.
pub(crate) async fn survey_id(app: &TestApp, title: &str) -> i64 {
    let body = app.store.body_by_key("14626").await.unwrap();
    let surveys = app.store.surveys(body.id).await.unwrap();
    surveys
        .iter()
        .find(|s| s.title.starts_with(title))
        .map(|s| s.id)
        .expect("demo survey")
}

/// The form field of the question with `code`.
pub(crate) async fn field(app: &TestApp, survey: i64, code: &str) -> String {
    let q = app.store.questionnaire(survey).await.unwrap();
    format!(
        "q{}",
        q.questions
            .iter()
            .find(|(x, _)| x.code == code)
            .unwrap()
            .0
            .id
    )
}

/// A survey of `body` made in the administration with the form's `fields`: its
/// administration path and id.
pub(crate) async fn create_survey(
    app: &TestApp,
    body: i64,
    fields: &[(&str, &str)],
) -> (String, i64) {
    let r = app
        .post_form(&format!("/admin/bodies/{body}/surveys/new"), fields)
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let admin = r.location.unwrap();
    let id = admin.rsplit('/').next().unwrap().parse().unwrap();
    (admin, id)
}

/// A question added in the administration to the survey at `admin` with the form's `fields`.
pub(crate) async fn add_question(app: &TestApp, admin: &str, fields: &[(&str, &str)]) {
    let r = app
        .post_form(&format!("{admin}/questions/new"), fields)
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
}

async fn answering_in_arabic_keeps_answers_and_stores_nothing_personal(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let id = survey_id(&app, "Befragung: Angebote").await;
    let path = format!("/14626/befragungen/{id}");
    let page = app.get(&format!("{path}?sprache=ar")).await;
    assert_eq!(page.status, 200);
    assert!(page.text.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(
        page.text.contains("هل حضرت دورة في اللغة الألمانية؟"),
        "the question in Arabic"
    );
    assert!(
        page.text
            .contains(r##"<a class="skip-link" href="#inhalt">الانتقال إلى المحتوى</a>"##),
        "the frame is Arabic too"
    );
    for lang in ["de", "en", "ar", "uk"] {
        assert!(
            page.text.contains(&format!(r#"hreflang="{lang}""#)),
            "switcher offers {lang}"
        );
    }

    let (seit, kurs, zufrieden, hilfe, alter, idee) = (
        field(&app, id, "seit").await,
        field(&app, id, "sprachkurs").await,
        field(&app, id, "kurs_zufrieden").await,
        field(&app, id, "unterstuetzung").await,
        field(&app, id, "alter").await,
        field(&app, id, "idee").await,
    );
    let before = app.count("survey_responses").await;
    // Required question missing, age out of range: 422, Arabic messages, answers kept.
    let r = app
        .post_form(
            &path,
            &[
                ("sprache", "ar"),
                (&seit, "kurz"),
                (&alter, "7"),
                (&idee, "دورات مسائية"),
            ],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.text);
    assert!(
        r.text.contains("يرجى الإجابة على هذا السؤال."),
        "Arabic 'please answer'"
    );
    assert!(
        r.text.contains("يجب أن يكون الرقم 14 على الأقل."),
        "Arabic range message"
    );
    assert!(
        r.text.contains(r#"value="kurz" checked"#),
        "the chosen answer is kept"
    );
    assert!(
        r.text.contains("دورات مسائية</textarea>"),
        "the typed text is kept"
    );
    assert!(
        r.text.contains(&format!(r##"href="#{kurs}""##)),
        "the summary links to the field"
    );
    assert_eq!(
        app.count("survey_responses").await,
        before,
        "nothing stored"
    );

    // Complete: stored anonymously, then the thank-you page in Arabic.
    let r = app
        .post_form(
            &path,
            &[
                ("sprache", "ar"),
                (&seit, "kurz"),
                (&kurs, "ja"),
                (&zufrieden, "4"),
                (&hilfe, "arbeit"),
                (&hilfe, "kinder"),
                (&alter, "34"),
                (&idee, "دورات مسائية"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    assert_eq!(
        r.location.as_deref(),
        Some(format!("{path}/danke?sprache=ar").as_str())
    );
    let thanks = app.get(r.location.as_deref().unwrap()).await;
    assert!(thanks.text.contains("شكرًا جزيلًا!"));
    assert_eq!(app.count("survey_responses").await, before + 1);
    let t = app.store.response_table(id).await.unwrap();
    let row = t.len() - 1;
    assert_eq!(
        (t.channels[row].as_str(), t.languages[row].as_str()),
        ("online", "ar")
    );
    let qid = |f: &str| f[1..].parse::<i64>().unwrap();
    assert_eq!(
        t.values(row, qid(&hilfe)),
        ["arbeit".to_string(), "kinder".to_string()]
    );
    assert_eq!(t.value(row, qid(&alter), ""), Some("34"));

    // A condition not met drops the dependent answer.
    let r = app
        .post_form(
            &path,
            &[(&seit, "lang"), (&kurs, "nein"), (&zufrieden, "2")],
        )
        .await;
    assert_eq!(r.status, 303);
    let t = app.store.response_table(id).await.unwrap();
    assert_eq!(t.value(t.len() - 1, qid(&zufrieden), ""), None);

    // The closed survey takes no answers; drafts are not public at all.
    let closed = survey_id(&app, "Bevölkerungsbefragung").await;
    let r = app.get(&format!("/14626/befragungen/{closed}")).await;
    assert!(r.text.contains("Diese Befragung ist beendet"));
    let q = field(&app, closed, "alter").await;
    let r = app
        .post_form(&format!("/14626/befragungen/{closed}"), &[(&q, "18-29")])
        .await;
    assert_eq!(r.status, 409);
    assert_eq!(app.count("survey_responses").await, before + 2);
    app.finish().await;
}
both!(
    answering_in_arabic_keeps_answers_and_stores_nothing_personal,
    pgbouncer
);

async fn codes_papers_translations_and_small_groups(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let body = app.store.body_by_key("16065").await.unwrap();
    // Build a survey in the administration.
    let (admin, id) = create_survey(
        &app,
        body.id,
        &[
            ("title", "Ehrenamtsbefragung"),
            ("status", "open"),
            ("languages", "ar"),
            ("invitation_only", "1"),
            ("min_group_size", "5"),
        ],
    )
    .await;
    let bad = app
        .post_form(
            &format!("{admin}/questions/new"),
            &[("code", "Engagiert seit"), ("kind", "single"), ("text", "")],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.text.contains("Fehler:") && bad.text.contains("Engagiert seit"),
        "errors at the fields, input kept"
    );
    assert_eq!(
        app.count("survey_questions").await,
        9 + 6,
        "only the demo's questions"
    );
    add_question(
        &app,
        &admin,
        &[
            ("code", "bereich"),
            ("kind", "single"),
            ("text", "In welchem Bereich sind Sie aktiv?"),
            ("required", "1"),
            ("options", "sport = Sport\nsoziales = Soziales"),
        ],
    )
    .await;
    let q = field(&app, id, "bereich").await;

    questions_change_before_any_answer(&app, id, &admin, &q).await;

    // A test survey nobody answered can be deleted; answered ones cannot.
    let (test, _) = create_survey(&app, body.id, &[("title", "Test"), ("status", "draft")]).await;
    assert_eq!(
        app.post_form(&format!("{test}/delete"), &[]).await.status,
        303
    );
    assert_eq!(app.get(&test).await.status, 404);
    let answered = survey_id(&app, "Bevölkerungsbefragung").await;
    let r = app
        .post_form(&format!("/admin/surveys/{answered}/delete"), &[])
        .await;
    assert_eq!(r.status, 409);
    assert!(r.text.contains("1000 Antwort(en); sie bleiben erhalten"));

    codes_are_shown_once_and_used_once(&app, id, &admin, &q).await;
    let public = format!("/16065/befragungen/{id}");

    // Paper entry by staff: no code needed, channel "paper".
    let r = app
        .post_form(&format!("{admin}/papier"), &[(&q, "soziales")])
        .await;
    assert_eq!(r.status, 200);
    assert!(
        r.text
            .contains("Gespeichert. Die Befragung hat jetzt 2 Antworten")
    );
    let r = app.post_form(&format!("{admin}/papier"), &[]).await;
    assert_eq!(r.status, 422);
    assert_eq!(
        app.store.response_table(id).await.unwrap().channels,
        ["online", "paper"]
    );
    // No more questions once there are answers.
    let r = app
        .post_form(
            &format!("{admin}/questions/new"),
            &[("code", "neu"), ("kind", "text"), ("text", "Noch etwas?")],
        )
        .await;
    assert_eq!(r.status, 409);
    assert!(r.text.contains("Es gibt schon 2 Antwort(en)"), "{}", r.text);

    // Fewer than five answers: the results are suppressed.
    let r = app.get(&format!("{admin}/ergebnisse")).await;
    assert_eq!(r.status, 200);
    assert!(r.text.contains("weniger als 5 Antworten"), "{}", r.text);
    assert!(!r.text.contains("50,0 %"), "no shares of a group of two");

    // A translation goes out of date when the German text changes.
    let r = app
        .post_form(
            &format!("{admin}/uebersetzung/ar"),
            &[("t.title", "استطلاع المتطوعين")],
        )
        .await;
    assert_eq!(r.status, 200);
    assert!(
        app.get(&format!("{public}?sprache=ar"))
            .await
            .text
            .contains("<h1>استطلاع المتطوعين</h1>")
    );
    let r = app
        .post_form(
            &format!("{admin}/edit"),
            &[
                ("title", "Befragung der Ehrenamtlichen"),
                ("status", "open"),
                ("languages", "ar"),
                ("invitation_only", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let page = app.get(&format!("{public}?sprache=ar")).await;
    assert!(
        page.text
            .contains(r#"<h1 lang="de" dir="ltr">Befragung der Ehrenamtlichen</h1>"#),
        "German, marked as German"
    );
    assert!(
        page.text.contains("هذا النص متوفر باللغة الألمانية فقط."),
        "and it says so"
    );
    assert!(
        app.get(&format!("{admin}/uebersetzung/ar"))
            .await
            .text
            .contains("veraltet")
    );
    app.finish().await;
}
both!(codes_papers_translations_and_small_groups);

/// Invitation codes: shown once (or as CSV), each usable once, case-insensitive.
async fn codes_are_shown_once_and_used_once(app: &TestApp, id: i64, admin: &str, q: &str) {
    let r = app
        .post_form(&format!("{admin}/codes"), &[("count", "2")])
        .await;
    assert_eq!(r.status, 200);
    let codes: Vec<String> = r
        .text
        .split(r#"<pre class="codes">"#)
        .nth(1)
        .unwrap()
        .split("</pre>")
        .next()
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(codes.len(), 2);
    let csv = app
        .post_form(
            &format!("{admin}/codes"),
            &[("count", "3"), ("format", "csv")],
        )
        .await;
    assert_eq!(csv.status, 200);
    assert_eq!(
        csv.text.lines().count(),
        4,
        "header and three codes: {}",
        csv.text
    );
    assert_eq!(app.store.invitation_counts(id).await.unwrap(), (5, 0));
    let public = format!("/16065/befragungen/{id}");
    let r = app.post_form(&public, &[(q, "sport")]).await;
    assert_eq!(r.status, 422, "a code is required");
    let r = app
        .post_form(&public, &[(q, "sport"), ("invitation", "NICHTDA1")])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text.contains("unbekannt oder wurde schon benutzt"));
    let r = app
        .post_form(
            &public,
            &[(q, "sport"), ("invitation", &codes[0].to_lowercase())],
        )
        .await;
    assert_eq!(r.status, 303, "codes are case-insensitive");
    let r = app
        .post_form(&public, &[(q, "soziales"), ("invitation", &codes[0])])
        .await;
    assert_eq!(r.status, 422, "a used code is refused");
    assert_eq!(app.store.count_responses(id).await.unwrap(), 1);
}

/// Before any answer the questionnaire can change: options keep their identity by code, a
/// question another depends on cannot be deleted.
async fn questions_change_before_any_answer(app: &TestApp, id: i64, admin: &str, q: &str) {
    let options = |app: &TestApp| {
        let store = app.store.clone();
        async move {
            store.questionnaire(id).await.unwrap().questions[0]
                .1
                .clone()
        }
    };
    let sport_before = options(app)
        .await
        .iter()
        .find(|o| o.code == "sport")
        .unwrap()
        .id;
    let qid: i64 = q[1..].parse().unwrap();
    let r = app
        .post_form(
            &format!("/admin/survey-questions/{qid}/edit"),
            &[
                ("code", "bereich"),
                ("kind", "single"),
                ("text", "In welchem Bereich sind Sie aktiv?"),
                ("required", "1"),
                (
                    "options",
                    "sport = Sport und Bewegung\nsoziales = Soziales\nkultur = Kultur",
                ),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let after = options(app).await;
    assert_eq!(after.len(), 3);
    assert_eq!(
        after
            .iter()
            .find(|o| o.code == "sport")
            .map(|o| (o.id, o.label.as_str())),
        Some((sport_before, "Sport und Bewegung"))
    );
    let r = app
        .post_form(
            &format!("{admin}/questions/new"),
            &[
                ("code", "stunden"),
                ("kind", "number"),
                ("text", "Wie viele Stunden im Monat?"),
                ("condition_question_id", &qid.to_string()),
                ("condition_value", "sport"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let r = app
        .post_form(&format!("/admin/survey-questions/{qid}/delete"), &[])
        .await;
    assert_eq!(r.status, 409, "another question depends on it");
    let stunden: i64 = field(app, id, "stunden").await[1..].parse().unwrap();
    let r = app
        .post_form(&format!("/admin/survey-questions/{stunden}/delete"), &[])
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(
        app.store.questionnaire(id).await.unwrap().questions.len(),
        1
    );
}

async fn imports_are_all_or_nothing_with_line_and_column(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let id = survey_id(&app, "Befragung: Angebote").await;
    let before = app.count("survey_responses").await;
    let upload = |name: &'static str, bytes: Vec<u8>| {
        let (ct, body) = multipart(&[("file", Some(name), &bytes)]);
        app.admin
            .post(format!("{}/admin/surveys/{id}/import", app.base))
            .header("content-type", ct)
            .body(body)
            .send()
    };
    let csv = "seit;sprachkurs;kurs_zufrieden;unterstuetzung;alter\nkurz;ja;5;arbeit|wohnung;29\nlang;vielleicht;;;41\nmittel;nein;;Gesundheit;\n";
    let r = upload("antworten.csv", csv.as_bytes().to_vec())
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let text = r.text().await.unwrap();
    assert!(
        text.contains(
            "antworten.csv, Zeile 3, Spalte „sprachkurs“: „vielleicht“ ist keine Antwortmöglichkeit"
        ),
        "{text}"
    );
    assert_eq!(
        app.count("survey_responses").await,
        before,
        "nothing stored"
    );

    // The wrong file altogether.
    let r = upload("haushalt.csv", b"Konto;Betrag\n4711;12,50\n".to_vec())
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("keine Spalte heißt wie eine Frage")
    );

    // A bad design weight is refused by line; good ones are kept.
    let r = upload(
        "gewichtet.csv",
        b"seit;sprachkurs;designgewicht\nkurz;nein;2,5\nlang;nein;null\n".to_vec(),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains(
        "gewichtet.csv, Zeile 3, Spalte „designgewicht“: „null“ ist keine positive Zahl."
    ));
    let r = upload(
        "gewichtet.csv",
        b"seit;sprachkurs;designgewicht\nkurz;nein;2,5\n".to_vec(),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 200);
    let t = app.store.response_table(id).await.unwrap();
    assert_eq!(t.design_weights.last(), Some(&2.5));
    let before = before + 1;

    // An Excel file: options by code or by label, several per cell.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, row) in [
        [
            "seit",
            "sprachkurs",
            "kurs_zufrieden",
            "unterstuetzung",
            "sprache",
        ],
        ["kurz", "ja", "4", "arbeit, Wohnungssuche", "uk"],
        ["lang", "Nein", "", "", "ar"],
    ]
    .iter()
    .enumerate()
    {
        for (c, v) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, *v).unwrap();
        }
    }
    sheet.write_number(1, 5, 52.0).unwrap();
    sheet.write_string(0, 5, "alter").unwrap();
    let r = upload("antworten.xlsx", book.save_to_buffer().unwrap())
        .await
        .unwrap();
    let status = r.status();
    let text = r.text().await.unwrap();
    assert_eq!(status, 200, "{text}");
    assert!(text.contains("2 Antworten importiert"));
    assert_eq!(app.count("survey_responses").await, before + 2);
    let t = app.store.response_table(id).await.unwrap();
    let n = t.len();
    assert_eq!(
        (
            t.channels[n - 2].as_str(),
            t.languages[n - 2].as_str(),
            t.languages[n - 1].as_str()
        ),
        ("import", "uk", "ar")
    );
    let hilfe: i64 = field(&app, id, "unterstuetzung").await[1..]
        .parse()
        .unwrap();
    assert_eq!(
        t.values(n - 2, hilfe),
        ["arbeit".to_string(), "wohnung".to_string()]
    );
    app.finish().await;
}
both!(imports_are_all_or_nothing_with_line_and_column);

async fn weighting_refuses_bad_margins_and_weights_the_results(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let id = survey_id(&app, "Bevölkerungsbefragung").await;
    let margins_before = app.store.survey_margins(id).await.unwrap();
    assert_eq!(
        margins_before.len(),
        11,
        "the demo weights by age, sex and region"
    );
    let path = format!("/admin/surveys/{id}/gewichtung");
    let page = app.get(&path).await;
    assert!(
        page.text.contains("alter,65+,72000"),
        "the stored margins are shown"
    );

    // 65+ has respondents but no target: refused by name, nothing changed.
    let missing =
        "variable,category,target\nalter,18-29,24000\nalter,30-44,42000\nalter,45-64,144000\n";
    let r = app.post_form(&path, &[("margins", missing)]).await;
    assert_eq!(r.status, 422);
    assert!(r.text.contains("„65+“ hat keinen Sollwert"), "{}", r.text);
    assert_eq!(app.store.survey_margins(id).await.unwrap(), margins_before);
    let r = app
        .post_form(
            &path,
            &[("margins", "variable,category,target\nalter,18-29,viele\n")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text.contains("„viele“ ist keine Zahl"));

    // Age and contact to migrants, trimmed at twice the mean weight.
    let margins = "variable,category,target\nalter,18-29,24000\nalter,30-44,42000\nalter,45-64,72000\nalter,65+,72000\n\
                   kontakt,oft,42000\nkontakt,manchmal,63000\nkontakt,selten,63000\nkontakt,nie,42000\n";
    let r = app
        .post_form(
            &path,
            &[
                ("margins", margins),
                ("trim_upper", "2x"),
                ("epsilon", "1e-9"),
                ("max_iter", "500"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let t = app.store.response_table(id).await.unwrap();
    let weights: Vec<f64> = t
        .weights
        .iter()
        .map(|w| w.expect("every response weighted"))
        .collect();
    let sum: f64 = weights.iter().sum();
    assert!((sum - 210_000.0).abs() < 1e-6 * 210_000.0, "sum {sum}");
    assert!(
        weights.iter().all(|w| *w <= 2.0 * 210.0 + 1e-9),
        "trimmed at 420"
    );
    let results = app
        .get(&format!("/admin/surveys/{id}/ergebnisse?nach=zugewandert"))
        .await;
    assert_eq!(results.status, 200);
    assert!(results.text.contains("Gewichtet auf die Bevölkerung"));
    assert!(results.text.contains("aufgeschlüsselt nach"));
    the_csv_carries_the_weights(&app, id).await;

    // A crossed margin: age group by sex in one.
    let crossed = "variable,category,target\nalter*geschlecht,18-29*w,11600\nalter*geschlecht,18-29*m,12400\n\
                   alter*geschlecht,30-44*w,20500\nalter*geschlecht,30-44*m,21500\nalter*geschlecht,45-64*w,35800\n\
                   alter*geschlecht,45-64*m,36200\nalter*geschlecht,65+*w,40100\nalter*geschlecht,65+*m,31900\n";
    let r = app.post_form(&path, &[("margins", crossed)]).await;
    assert_eq!(r.status, 303, "{}", r.text);
    let t = app.store.response_table(id).await.unwrap();
    let q = app.store.questionnaire(id).await.unwrap();
    let qid = |code: &str| {
        q.questions
            .iter()
            .find(|(x, _)| x.code == code)
            .unwrap()
            .0
            .id
    };
    let women_65: f64 = (0..t.len())
        .filter(|&r| {
            t.value(r, qid("alter"), "") == Some("65+")
                && t.value(r, qid("geschlecht"), "") == Some("w")
        })
        .map(|r| t.weights[r].unwrap())
        .sum();
    assert!((women_65 - 40_100.0).abs() < 1e-3, "women 65+: {women_65}");

    // Targets from the monitoring: women and men in the county, latest period.
    let r = app
        .post_form(
            &path,
            &[(
                "margins",
                "variable,category,target\ngeschlecht,w,=BEVSTD[GES=GESX]\n",
            )],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(
        r.text.contains("ergibt für 14626 keinen Wert"),
        "{}",
        r.text
    );
    let margins = "variable,category,target\ngeschlecht,w,=BEVSTD[GES=GESW]\ngeschlecht,m,=BEVSTD[GES=GESM]\n";
    let r = app.post_form(&path, &[("margins", margins)]).await;
    assert_eq!(r.status, 303, "{}", r.text);
    let sum: f64 = app
        .store
        .response_table(id)
        .await
        .unwrap()
        .weights
        .iter()
        .map(|w| w.unwrap())
        .sum();
    assert!(
        (sum - 243_958.0).abs() < 1e-3,
        "124,329 women + 119,629 men in Görlitz, 31.12.2024: {sum}"
    );
    let survey = app.store.survey(id).await.unwrap();
    assert!(
        survey
            .weighting
            .unwrap()
            .contains("aus dem Monitoring (Stand 31.12.2024)")
    );
    assert_eq!(
        app.store.survey_margins(id).await.unwrap()[0],
        ("geschlecht".to_string(), "w".to_string(), 124_329.0)
    );

    // Public results of the closed survey; none for the open one.
    let r = app
        .get(&format!("/14626/befragungen/{id}/ergebnisse"))
        .await;
    assert_eq!(r.status, 200);
    let open = survey_id(&app, "Befragung: Angebote").await;
    assert_eq!(
        app.get(&format!("/14626/befragungen/{open}/ergebnisse"))
            .await
            .status,
        404
    );
    app.finish().await;
}
both!(weighting_refuses_bad_margins_and_weights_the_results);

/// The CSV export carries the weights: a byte order mark, the weight columns, every answer.
async fn the_csv_carries_the_weights(app: &TestApp, id: i64) {
    let csv = app.get(&format!("/admin/surveys/{id}/antworten.csv")).await;
    assert!(csv.text.starts_with('\u{feff}'));
    assert!(
        csv.text
            .lines()
            .next()
            .unwrap()
            .ends_with(";kanal;sprache;designgewicht;gewicht")
    );
    assert_eq!(csv.text.lines().count(), 1001);
}
