//! The portal in its languages: chosen by URL, remembered in a cookie, offered by a
//! switcher on every page; `lang` and `dir` right on the page, on its German records and on
//! pages not translated yet; the administration in German and English, German in the others.

use crate::common::{Db, TestApp, askama_escape, spawn_demo};

struct Answer {
    text: String,
    cookie: Option<String>,
    language: Option<String>,
}

async fn get(app: &TestApp, path: &str, cookie: Option<&str>) -> Answer {
    fetch(&app.client, app, path, cookie).await
}

async fn fetch(
    client: &reqwest::Client,
    app: &TestApp,
    path: &str,
    cookie: Option<&str>,
) -> Answer {
    let mut req = client.get(format!("{}{path}", app.base));
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    let resp = req.send().await.expect("request sent");
    assert_eq!(resp.status(), 200, "{path}");
    let header = |name: &str| {
        resp.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let cookie = header("set-cookie");
    let language = header("content-language");
    Answer {
        cookie,
        language,
        text: resp.text().await.expect("body"),
    }
}

fn html(lang: &str, dir: &str) -> String {
    format!(r#"<html lang="{lang}" dir="{dir}">"#)
}

/// The login link of the header, in each language: proof that the frame is translated.
const LOGIN: &[(&str, &str, &str)] = &[
    ("de", "ltr", "Anmelden"),
    ("en", "ltr", "Log in"),
    ("ar", "rtl", "تسجيل الدخول"),
    ("uk", "ltr", "Увійти"),
    ("tr", "ltr", "Giriş yap"),
    ("ru", "ltr", "Войти"),
    ("fa", "rtl", "ورود"),
    // Configured, not built in (see `common::CONFIGURED_LANGUAGES`).
    ("pl", "ltr", "Zaloguj"),
    ("cs", "ltr", "Přihlásit"),
];

async fn chosen_by_url_remembered_and_marked(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    // German without a choice; nothing is remembered.
    let page = get(&app, "/03157", None).await;
    assert!(page.text.contains(&html("de", "ltr")));
    assert!(page.cookie.is_none(), "no cookie without a choice");
    assert_eq!(page.language.as_deref(), Some("de"));

    // Chosen by URL: the whole frame and the page's words in that language, the choice
    // remembered for a year.
    for (code, dir, login) in LOGIN {
        let page = get(&app, &format!("/03157?sprache={code}"), None).await;
        assert!(page.text.contains(&html(code, dir)), "{code}");
        assert!(
            page.text
                .contains(&format!(r#"<a href="/anmelden">{login}</a>"#)),
            "{code}"
        );
        assert_eq!(page.language.as_deref(), Some(*code));
        assert_eq!(
            page.cookie.as_deref(),
            Some(
                format!("teilhabe_sprache={code}; Path=/; Max-Age=31536000; SameSite=Lax").as_str()
            )
        );
        // The switcher offers every language in its own script, the current one marked.
        for (other, other_dir, _) in LOGIN {
            let current = if other == code {
                r#" aria-current="true""#
            } else {
                ""
            };
            assert!(
                page.text.contains(&format!(
                    r#"<a href="/03157?sprache={other}" lang="{other}" hreflang="{other}" dir="{other_dir}"{current}>"#
                )),
                "{code}: switch to {other}"
            );
        }
    }

    // Remembered: the cookie alone keeps the language on the next page; a choice by URL wins
    // over it; a language the portal does not have is ignored.
    let page = get(&app, "/", Some("teilhabe_sprache=ar")).await;
    assert!(page.text.contains(&html("ar", "rtl")));
    assert!(
        page.cookie.is_none(),
        "a remembered choice is not set again"
    );
    assert!(page.text.contains("<h1>مفاهيم الاندماج</h1>"));
    let page = get(&app, "/?sprache=uk", Some("teilhabe_sprache=ar")).await;
    assert!(page.text.contains(&html("uk", "ltr")));
    assert!(page.cookie.unwrap().starts_with("teilhabe_sprache=uk;"));
    let page = get(&app, "/?sprache=klingonisch", None).await;
    assert!(page.text.contains(&html("de", "ltr")));
    assert!(page.cookie.is_none());

    // The records' German texts inside an Arabic page are marked as German, left to right;
    // the vocabularies (status, kind) are translated.
    let concept = app.store.body_by_key("03157").await.unwrap();
    let current = app
        .store
        .current_concept(concept.id)
        .await
        .unwrap()
        .unwrap();
    let page = get(
        &app,
        &format!("/03157/konzepte/{}?sprache=ar", current.id),
        None,
    )
    .await;
    assert!(
        page.text.contains(&format!(
            r#"<h1><span lang="de" dir="ltr">{}</span>"#,
            current.title
        )),
        "the German title is marked"
    );
    assert!(page.text.contains("<th scope=\"col\">الجهة المسؤولة</th>"));
    assert!(
        page.text.contains("قيد التنفيذ"),
        "a measure status in Arabic"
    );
    assert!(!page.text.contains("in Umsetzung"), "no German status left");
    let page = get(
        &app,
        &format!("/03157/konzepte/{}?sprache=en", current.id),
        None,
    )
    .await;
    assert!(page.text.contains("in progress"));
    assert!(page.text.contains("Fields of action and measures"));

    // The search keeps its query through the switcher, and counts in the language's plural.
    let page = get(&app, "/03157/suche?q=Sprachkurs&sprache=ru", None).await;
    assert!(
        page.text
            .contains(r#"href="/03157/suche?q=Sprachkurs&#38;sprache=ar""#)
    );
    assert!(
        page.text.contains("5 результатов по запросу «Sprachkurs»"),
        "Russian plural"
    );
    let page = get(&app, "/03157/suche?q=Sprachkurs&sprache=en", None).await;
    assert!(page.text.contains("5 results for “Sprachkurs”"));

    // Council pages: vocabularies, weekdays and votes in the language.
    let page = get(&app, "/03157/sitzungen?sprache=en", None).await;
    assert!(page.text.contains("<th scope=\"col\">Committee</th>"));
    assert!(
        page.text
            .contains("<td>Tue, 22.03.2022</td><td>17:00 – 19:34</td>"),
        "English weekday and time"
    );

    // A page whose words are German only (the administration's) says so, in the chosen
    // language, and marks its content German; the frame around it is still translated.
    let page = fetch(&app.admin, &app, "/admin/?sprache=fa", None).await;
    assert!(page.text.contains(&html("fa", "rtl")));
    assert!(
        page.text
            .contains(r#"<main id="inhalt" class="wrap" tabindex="-1" lang="de" dir="ltr">"#)
    );
    assert!(
        page.text
            .contains("این صفحه فعلاً فقط به زبان آلمانی موجود است.")
    );
    assert!(page.text.contains(">مدیریت</a>"), "the frame in Farsi");
    // …and a German page has neither the notice nor extra marks.
    let page = get(&app, "/03157/vorlagen", None).await;
    assert!(
        page.text
            .contains(r#"<main id="inhalt" class="wrap" tabindex="-1">"#)
    );
    assert!(!page.text.contains("language-notice"));

    survey_results_in_the_chosen_language(&app).await;
    app.finish().await;
}
both!(chosen_by_url_remembered_and_marked);

/// A survey's published results: the page's words in the chosen language, the survey's own
/// texts German where the survey is German only, and marked so.
async fn survey_results_in_the_chosen_language(app: &TestApp) {
    let body = app.store.body_by_key("14626").await.unwrap();
    let survey = app
        .store
        .surveys(body.id)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.results_public.0)
        .expect("Görlitz publishes a survey's results");
    let path = format!("/14626/befragungen/{}/ergebnisse", survey.id);
    let q = app.store.questionnaire(survey.id).await.unwrap();
    let (first, _) = &q.questions[0];
    let page = get(app, &format!("{path}?sprache=ar"), None).await;
    assert!(page.text.contains(&html("ar", "rtl")));
    for words in ["النتائج:", "الإجمالي", "فترة الثقة 95 %", "التفصيل حسب"]
    {
        assert!(
            page.text.contains(words),
            "no „{words}“ on the Arabic results page"
        );
    }
    assert!(
        page.text.contains(&format!(
            "<span lang=\"de\" dir=\"ltr\">{}</span>",
            first.text.replace('„', "&#8222;").replace('“', "&#8220;")
        )) || page.text.contains(&format!(
            "<span lang=\"de\" dir=\"ltr\">{}</span>",
            first.text
        )),
        "the German question is not marked German"
    );
    let page = get(app, &path, None).await;
    assert!(page.text.contains("Gesamt") && page.text.contains("Konfidenzintervall"));
    assert!(
        !page.text.contains("<span lang=\"de\""),
        "German in German needs no mark"
    );
}

fn english(path: &str) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{path}{sep}sprache=en")
}

/// The administration in English: every page reachable from the dashboard answers in English
/// and shows none of the catalogue's German sentences; a rejected form says what is wrong in
/// English; German stays the default.
async fn the_administration_in_english(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    // The catalogue's German texts that could not be anything else: several words, no
    // placeholders. A page that still shows one of them was not translated.
    let german: Vec<String> = teilhabe_web::i18n::staff_sources()
        .into_iter()
        .map(|(g, _)| g)
        .filter(|g| g.len() >= 16 && g.contains(' ') && !g.contains("{ $") && !g.contains('<'))
        .map(|g| askama_escape(&g))
        .collect();
    assert!(german.len() > 300, "{} sentences", german.len());

    let mut queue = vec!["/admin/".to_owned()];
    let mut seen = std::collections::BTreeSet::new();
    let mut untranslated = Vec::new();
    while let Some(path) = queue.pop() {
        if !seen.insert(path.clone()) || seen.len() > 400 {
            continue;
        }
        let page = app.get(&english(&path)).await;
        assert_eq!(page.status, 200, "{path}");
        assert!(
            page.text.contains(r#"<html lang="en" dir="ltr">"#),
            "{path}"
        );
        assert!(
            page.text
                .contains(r#"<main id="inhalt" class="wrap" tabindex="-1">"#),
            "{path}: the content is English, not marked German"
        );
        let left: Vec<&String> = german
            .iter()
            .filter(|g| page.text.contains(g.as_str()))
            .collect();
        if !left.is_empty() {
            untranslated.push(format!("{path}: {left:?}"));
        }
        for piece in page.text.split("href=\"").skip(1) {
            let link = &piece[..piece.find('"').unwrap_or(0)];
            let link = link.split(['?', '#']).next().unwrap_or_default();
            let download = [
                ".pdf",
                ".xlsx",
                ".csv",
                "/report",
                "/privacy-export",
                "/export",
            ]
            .iter()
            .any(|d| link.contains(d));
            if link.starts_with("/admin/") && !download && !seen.contains(link) {
                queue.push(link.to_owned());
            }
        }
    }
    assert!(
        untranslated.is_empty(),
        "German left:\n{}",
        untranslated.join("\n")
    );
    assert!(seen.len() > 60, "{} pages walked", seen.len());

    // A form refused in English: the summary, the field's message and the label.
    let body = app.store.body_by_key("03157").await.unwrap();
    let refused = app
        .post_form(
            &english(&format!("/admin/bodies/{}/organizations/new", body.id)),
            &[],
        )
        .await;
    assert_eq!(refused.status, 422);
    for words in [
        "Please correct",
        "nothing has been saved",
        "Please enter the name of the organisation.",
        ">Error:",
        "Save",
    ] {
        assert!(refused.text.contains(words), "{words}: {}", refused.text);
    }
    // The records' own texts are German inside the English pages, and marked so.
    let page = app.get(&english("/admin/")).await;
    assert!(
        page.text
            .contains(r#"<span lang="de" dir="ltr">Landkreis Peine</span>"#)
    );
    // Without a choice, the administration is German, with no such marks.
    let page = app.get("/admin/").await;
    assert!(page.text.contains(r#"<html lang="de" dir="ltr">"#));
    assert!(page.text.contains("Körperschaften"));
    assert!(page.text.contains(">Landkreis Peine<"));
    assert!(!page.text.contains(r#"<span lang="de""#));
    app.finish().await;
}
both!(the_administration_in_english);

/// A configured language end to end (Polish, which Görlitz wants for the Polish workers of its
/// border region): not built in, added by a line of configuration and a catalogue file; the
/// coordinator offers a survey in it and translates it; a citizen answers in Polish, is told
/// what is wrong in Polish and thanked in Polish; the answer is stored as Polish; the API lists
/// the language and takes translations into it.
async fn a_survey_answered_in_a_configured_language(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let body = app.store.body_by_key("14626").await.unwrap();
    let (admin, id) = crate::surveys::create_survey(
        &app,
        body.id,
        &[
            ("title", "Befragung der Beschäftigten aus Polen"),
            ("status", "open"),
            ("languages", "pl"),
            ("languages", "cs"),
            ("min_group_size", "1"),
            ("results_public", "1"),
        ],
    )
    .await;
    let q = app.store.questionnaire(id).await.unwrap();
    assert_eq!(q.survey.languages(), ["de", "pl", "cs"]);
    // An unknown language is refused at its field.
    let r = app
        .post_form(
            &format!("{admin}/edit"),
            &[("title", "x"), ("status", "open"), ("languages", "hsb")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text.contains("„hsb“ ist keine angebotene Sprache."));
    for (code, kind, text, extra) in [
        (
            "branche",
            "single",
            "In welcher Branche arbeiten Sie?",
            ("options", "pflege = Pflege\nbau = Bau\nandere = andere"),
        ),
        (
            "jahre",
            "number",
            "Seit wie vielen Jahren arbeiten Sie im Landkreis?",
            ("max", "50"),
        ),
    ] {
        crate::surveys::add_question(
            &app,
            &admin,
            &[
                ("code", code),
                ("kind", kind),
                ("text", text),
                ("required", "1"),
                extra,
            ],
        )
        .await;
    }
    let (branche, jahre) = (
        crate::surveys::field(&app, id, "branche").await,
        crate::surveys::field(&app, id, "jahre").await,
    );
    let q = app.store.questionnaire(id).await.unwrap();
    let pflege = &q.questions[0].1[0];
    let polish = [
        ("t.title".to_string(), "Ankieta wśród pracowników z Polski"),
        (format!("t.{branche}"), "W jakiej branży pracujesz?"),
        (format!("t.o{}", pflege.id), "Opieka"),
        (format!("t.{jahre}"), "Od ilu lat pracujesz w powiecie?"),
    ];
    let pairs: Vec<(&str, &str)> = polish.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let r = app
        .post_form(&format!("{admin}/uebersetzung/pl"), &pairs)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert!(r.text.contains("Übersetzung: Polnisch"));

    // The citizen's side, in Polish: the frame, the survey's words and its own texts.
    let public = format!("/14626/befragungen/{id}");
    let page = app.get(&format!("{public}?sprache=pl")).await;
    assert_eq!(page.status, 200);
    assert!(page.text.contains(r#"<html lang="pl" dir="ltr">"#));
    assert!(
        page.text
            .contains("<h1>Ankieta wśród pracowników z Polski</h1>")
    );
    assert!(page.text.contains("W jakiej branży pracujesz?"));
    assert!(page.text.contains("Opieka"));
    assert!(
        page.text.contains("Przejdź do treści"),
        "the frame in Polish"
    );
    assert!(
        page.text.contains("Wyślij odpowiedzi"),
        "the survey's button in Polish"
    );
    assert!(
        page.text.contains("Pytanie obowiązkowe"),
        "required, in Polish"
    );
    for lang in ["de", "pl", "cs"] {
        assert!(
            page.text.contains(&format!(r#"hreflang="{lang}""#)),
            "{lang}"
        );
    }
    assert!(
        !page.text.contains('\u{E000}'),
        "no fallback marks: the catalogue is complete"
    );

    // Wrong answers: 422, the messages in Polish, nothing stored.
    let before = app.count("survey_responses").await;
    let r = app
        .post_form(&public, &[("sprache", "pl"), (&jahre, "70")])
        .await;
    assert_eq!(r.status, 422, "{}", r.text);
    assert!(
        r.text
            .contains("Sprawdź te odpowiedzi – nic jeszcze nie zapisano")
    );
    assert!(r.text.contains("Odpowiedz na to pytanie."));
    assert!(r.text.contains("Liczba może wynosić najwyżej 50."));
    assert_eq!(app.count("survey_responses").await, before);

    // Answered: thanked in Polish, stored as a Polish answer.
    let r = app
        .post_form(
            &public,
            &[("sprache", "pl"), (&branche, "pflege"), (&jahre, "3")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let thanks = app.get(r.location.as_deref().unwrap()).await;
    assert!(
        thanks.text.contains("Serdecznie dziękujemy!"),
        "{}",
        thanks.text
    );
    let t = app.store.response_table(id).await.unwrap();
    assert_eq!((t.len(), t.languages[0].as_str()), (1, "pl"));

    // The results in Polish; Czech offered without a translation: German, marked and said.
    let results = app.get(&format!("{public}/ergebnisse?sprache=pl")).await;
    assert!(results.text.contains("Wyniki:"), "{}", results.text);
    let czech = app.get(&format!("{public}?sprache=cs")).await;
    assert!(czech.text.contains(r#"<html lang="cs" dir="ltr">"#));
    assert!(
        czech
            .text
            .contains("Tento text je k dispozici jen v němčině.")
    );
    assert!(czech.text.contains("Odeslat odpovědi"));

    the_api_offers_the_configured_languages(&app).await;
    app.finish().await;
}
both!(a_survey_answered_in_a_configured_language);

/// The API: the languages with where they come from; translations into Polish taken.
async fn the_api_offers_the_configured_languages(app: &TestApp) {
    let languages = app.json("/api/v1/languages").await;
    let pl = languages["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["code"] == "pl")
        .expect("Polish listed");
    assert_eq!(pl["name"], "Polski");
    assert_eq!(
        (pl["built_in"].as_bool(), pl["direction"].as_str()),
        (Some(false), Some("ltr"))
    );
    let r = app.get("/api/v1/bodies/14626/translations/pl").await;
    assert_eq!(r.status, 200, "{}", r.text);
    let r = app.get("/api/v1/bodies/14626/translations/hsb").await;
    assert_eq!(r.status, 422);
    assert!(r.text.contains("pl, cs, ls"), "{}", r.text);
}
