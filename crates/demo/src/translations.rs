//! Translations of Landkreis Peine's concept in force: the fields of action in English,
//! Arabic and Ukrainian, some measures in English and Arabic, and the summary and every
//! field of action in Leichte Sprache; beyond the concept, the 2022 paper, the 2004–2006
//! participation process with its opening conference, and three indicators. The rest stays
//! German, as in a county that has just begun to translate: the portal shows which texts
//! are missing.

use teilhabe_domain::translations::Part;
use teilhabe_store::translations::TranslationInput;
use teilhabe_store::{Result, Store};

/// German text → (English, Arabic, Ukrainian).
const FIELDS: &[(&str, &str, &str, &str)] = &[
    (
        "Sprache und Bildung",
        "Language and education",
        "اللغة والتعليم",
        "Мова та освіта",
    ),
    (
        "Arbeit und Ausbildung",
        "Work and vocational training",
        "العمل والتدريب المهني",
        "Робота та професійна підготовка",
    ),
    ("Gesundheit", "Health", "الصحة", "Здоров’я"),
    (
        "Wohnen und Sozialraum",
        "Housing and neighbourhood",
        "السكن والحي",
        "Житло та громада",
    ),
    (
        "Gesellschaftliche Teilhabe und Zusammenleben",
        "Social participation and living together",
        "المشاركة المجتمعية والعيش المشترك",
        "Участь у суспільному житті та співжиття",
    ),
    (
        "Interkulturelle Öffnung der Verwaltung",
        "Intercultural opening of the administration",
        "الانفتاح الثقافي للإدارة",
        "Міжкультурна відкритість адміністрації",
    ),
    (
        "Integrationsmanagement und Strukturen",
        "Integration management and structures",
        "إدارة الاندماج وهياكله",
        "Управління інтеграцією та структури",
    ),
];

/// Measures: German title → (English, Arabic).
const MEASURES: &[(&str, &str, &str)] = &[
    (
        "Sprachkurse mit Kinderbetreuung für Mütter",
        "Language courses with childcare for mothers",
        "دورات لغة مع رعاية الأطفال للأمهات",
    ),
    (
        "Sprachkurskoordination und Kursbörse",
        "Coordination of language courses and course exchange",
        "تنسيق دورات اللغة ومنصة الدورات",
    ),
    (
        "Anerkennungsberatung vor Ort",
        "Local advice on the recognition of qualifications",
        "استشارات محلية للاعتراف بالمؤهلات",
    ),
    (
        "Mehrsprachige Gesundheitslotsen",
        "Multilingual health guides",
        "مرشدون صحيون متعددو اللغات",
    ),
];

/// The body's other texts: (table, field, German text) → (English, Arabic).
const BODY_TEXTS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "papers",
        "name",
        "Integrationskonzept des Landkreises Peine",
        "Integration concept of the district of Peine",
        "مفهوم الاندماج في مقاطعة باينه",
    ),
    (
        "papers",
        "proposal",
        "Dem Integrationskonzept des Landkreises Peine und der Umsetzung der darin vorgeschlagenen Maßnahmen wird zugestimmt.",
        "The integration concept of the district of Peine and the implementation of the measures it proposes are approved.",
        "تتم الموافقة على مفهوم الاندماج في مقاطعة باينه وعلى تنفيذ الإجراءات المقترحة فيه.",
    ),
    (
        "participation_processes",
        "title",
        "Erarbeitung des Leitbilds Integration 2004–2006",
        "Developing the integration guidelines, 2004–2006",
        "إعداد المبادئ التوجيهية للاندماج 2004–2006",
    ),
    (
        "participation_events",
        "title",
        "Auftaktveranstaltung Migration und Integration",
        "Opening conference on migration and integration",
        "المؤتمر الافتتاحي حول الهجرة والاندماج",
    ),
    ("indicators", "name", "Bevölkerung", "Population", "السكان"),
    (
        "indicators",
        "name",
        "Schutzsuchende mit anerkanntem Schutzstatus je 1.000 Einwohner",
        "Persons seeking protection with recognised status per 1,000 inhabitants",
        "طالبو الحماية الحاصلون على وضع حماية معترف به لكل 1000 نسمة",
    ),
    (
        "indicators",
        "name",
        "Anteil ausländischer Beschäftigter",
        "Share of foreign employees",
        "نسبة العاملين الأجانب",
    ),
];

/// Leichte Sprache: the summary, and each field of action by its German title.
const EASY_SUMMARY: &str = "Im Landkreis Peine leben viele Menschen aus anderen Ländern.\n\
    Der Landkreis will: Alle sollen gut zusammen-leben.\n\
    Alle sollen mit-machen können.\n\
    Dafür gibt es dieses Konzept.\n\
    Im Konzept steht: Was will der Landkreis erreichen? Und was tut er dafür?";

const EASY_FIELDS: &[(&str, &str)] = &[
    (
        "Sprache und Bildung",
        "Deutsch lernen ist wichtig.\nDer Landkreis hilft beim Deutsch-Lernen.\nEs gibt Kurse.\nIn manchen Kursen werden die Kinder betreut.\nAuch in der Kita und in der Schule gibt es Hilfe.",
    ),
    (
        "Arbeit und Ausbildung",
        "Viele Menschen wollen arbeiten.\nOder eine Ausbildung machen.\nDer Landkreis hilft dabei.\nEr hilft auch, wenn Sie einen Beruf aus Ihrem Land haben.\nDann kann der Beruf vielleicht hier anerkannt werden.",
    ),
    (
        "Gesundheit",
        "Alle sollen zum Arzt gehen können.\nManchmal versteht man die Sprache nicht gut.\nDann helfen Sprach-Mittler.\nEs gibt auch Hilfe, wenn es der Seele nicht gut geht.",
    ),
    (
        "Wohnen und Sozialraum",
        "Alle brauchen eine gute Wohnung.\nDer Landkreis hilft bei der Suche.\nIn den Orten gibt es Treff-Punkte.\nDort können sich Nachbarn kennen-lernen.",
    ),
    (
        "Gesellschaftliche Teilhabe und Zusammenleben",
        "Alle sollen mit-machen können.\nZum Beispiel im Sport-Verein.\nOder in einem Verein von Menschen aus anderen Ländern.\nNiemand soll wegen seiner Herkunft schlecht behandelt werden.",
    ),
    (
        "Interkulturelle Öffnung der Verwaltung",
        "Die Verwaltung soll für alle da sein.\nDie Mitarbeiter lernen mehr über andere Kulturen.\nFormulare soll es in Leichter Sprache geben.\nUnd in mehreren Sprachen.",
    ),
    (
        "Integrationsmanagement und Strukturen",
        "Viele Stellen arbeiten zusammen.\nEine Gruppe steuert die Arbeit.\nJedes Jahr gibt es einen Bericht.\nDarin steht: Was hat geklappt? Was noch nicht?",
    ),
];

pub async fn load(store: &Store) -> Result<()> {
    let body = store.body_by_key("03157").await?;
    let Some(concept) = store.current_concept(body.id).await? else {
        return Ok(());
    };
    let texts = store.source_texts(&concept).await?;
    let find = |entity: &str, field: &str, german: &str| {
        texts
            .iter()
            .find(|t| t.entity == entity && t.field == field && t.german == german)
    };
    let item = |t: &teilhabe_store::translations::SourceText, text: &str| TranslationInput {
        entity: t.entity.to_owned(),
        record_id: t.record_id,
        field: t.field.to_owned(),
        text: text.to_owned(),
        source: t.german.clone(),
    };
    let (mut en, mut ar, mut uk, mut easy) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (german, english, arabic, ukrainian) in FIELDS {
        if let Some(t) = find("fields_of_action", "title", german) {
            en.push(item(t, english));
            ar.push(item(t, arabic));
            uk.push(item(t, ukrainian));
        }
    }
    for (german, english, arabic) in MEASURES {
        if let Some(t) = find("measures", "title", german) {
            en.push(item(t, english));
            ar.push(item(t, arabic));
        }
    }
    if let Some(t) = texts
        .iter()
        .find(|t| t.entity == "concepts" && t.field == "summary")
    {
        easy.push(item(t, EASY_SUMMARY));
    }
    for (title, text) in EASY_FIELDS {
        let Some(field) = find("fields_of_action", "title", title) else {
            continue;
        };
        if let Some(t) = texts.iter().find(|t| {
            t.entity == "fields_of_action"
                && t.field == "description"
                && t.record_id == field.record_id
        }) {
            easy.push(item(t, text));
        }
    }
    for part in Part::ALL {
        for t in store.body_source_texts(body.id, part).await? {
            let found = BODY_TEXTS.iter().find(|(e, f, german, _, _)| {
                *e == t.entity && *f == t.field && *german == t.german
            });
            if let Some((_, _, _, english, arabic)) = found {
                en.push(item(&t, english));
                ar.push(item(&t, arabic));
            }
        }
    }
    for (lang, items) in [("en", en), ("ar", ar), ("uk", uk), ("ls", easy)] {
        store
            .set_content_translations(body.id, lang, &items)
            .await?;
    }
    Ok(())
}
