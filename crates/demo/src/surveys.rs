//! Surveys of the Görlitz scenario (S2): the representative population survey with its
//! 1,000 respondents (answers generated here, plausibly skewed like a real sample: more
//! women, more older people, more from the town of Görlitz), weighted to the adult
//! population; and a survey open now for newcomers in German, English, Arabic and Ukrainian.
//! The population figures are rounded demo figures, not official ones.

use teilhabe_domain::RawInput;
use teilhabe_domain::surveys::{QuestionDraft, SurveyDraft, SurveyStatus};
use teilhabe_store::indicators::IndicatorDraft;
use teilhabe_store::surveys::NewResponse;
use teilhabe_store::{Result, Store};
use teilhabe_survey::form::Answer;
use teilhabe_survey::{Margin, RakeOptions, rake};

struct Q {
    code: &'static str,
    kind: &'static str,
    text: &'static str,
    help: Option<&'static str>,
    required: bool,
    options: &'static [(&'static str, &'static str)],
    items: &'static [(&'static str, &'static str)],
    range: Option<(f64, f64)>,
    condition: Option<(&'static str, &'static str)>,
}

const fn q(
    code: &'static str,
    kind: &'static str,
    text: &'static str,
    options: &'static [(&'static str, &'static str)],
) -> Q {
    Q {
        code,
        kind,
        text,
        help: None,
        required: true,
        options,
        items: &[],
        range: None,
        condition: None,
    }
}

const AGES: &[(&str, &str)] = &[
    ("18-29", "18 bis 29 Jahre"),
    ("30-44", "30 bis 44 Jahre"),
    ("45-64", "45 bis 64 Jahre"),
    ("65+", "65 Jahre und älter"),
];
const SEXES: &[(&str, &str)] = &[("w", "weiblich"), ("m", "männlich")];
const AREAS: &[(&str, &str)] = &[
    ("goerlitz", "Raum Görlitz"),
    ("zittau", "Raum Zittau"),
    ("loebau", "Raum Löbau"),
    ("niesky", "Raum Niesky"),
    ("weisswasser", "Raum Weißwasser"),
];
const SCALE: &[(&str, &str)] = &[
    ("1", "stimme gar nicht zu"),
    ("2", "stimme eher nicht zu"),
    ("3", "teils, teils"),
    ("4", "stimme eher zu"),
    ("5", "stimme voll zu"),
];
const SATISFACTION: &[(&str, &str)] = &[
    ("1", "sehr unzufrieden"),
    ("2", "eher unzufrieden"),
    ("3", "teils, teils"),
    ("4", "eher zufrieden"),
    ("5", "sehr zufrieden"),
];

/// Adults by age group, sex and planning region (demo figures, 210,000 in all).
const AGE_TARGETS: [f64; 4] = [24_000.0, 42_000.0, 72_000.0, 72_000.0];
const SEX_TARGETS: [f64; 2] = [108_000.0, 102_000.0];
const AREA_TARGETS: [f64; 5] = [52_000.0, 48_000.0, 44_000.0, 30_000.0, 36_000.0];

fn population_survey() -> Vec<Q> {
    vec![
        q("alter", "single", "Wie alt sind Sie?", AGES),
        q(
            "geschlecht",
            "single",
            "Ihr Geschlecht laut Melderegister?",
            SEXES,
        ),
        q(
            "wohnort",
            "single",
            "In welchem Teil des Landkreises wohnen Sie?",
            AREAS,
        ),
        q(
            "zugewandert",
            "single",
            "Sind Sie selbst oder ist mindestens ein Elternteil nach Deutschland zugewandert?",
            &[("ja", "ja"), ("nein", "nein")],
        ),
        q(
            "kontakt",
            "single",
            "Wie oft haben Sie im Alltag Kontakt zu Menschen, die zugewandert sind?",
            &[
                ("oft", "oft"),
                ("manchmal", "manchmal"),
                ("selten", "selten"),
                ("nie", "nie"),
            ],
        ),
        Q {
            kind: "likert",
            ..q(
                "bereicherung",
                "likert",
                "Zuwanderung ist für den Landkreis eher eine Bereicherung.",
                SCALE,
            )
        },
        Q {
            help: Some("Mehrere Antworten möglich."),
            required: false,
            ..q(
                "mehr_tun",
                "multiple",
                "Wo sollte der Landkreis mehr tun, damit Zusammenleben gelingt?",
                &[
                    ("sprache", "Sprache und Bildung"),
                    ("arbeit", "Arbeit und Ausbildung"),
                    ("wohnen", "Wohnen"),
                    ("begegnung", "Begegnung und Ehrenamt"),
                    ("verwaltung", "Beratung in den Ämtern"),
                ],
            )
        },
        Q {
            items: &[
                ("wohnen", "Wohnen"),
                ("arbeit", "Arbeit"),
                ("nahverkehr", "Bus und Bahn"),
                ("kinderbetreuung", "Kinderbetreuung"),
            ],
            required: false,
            ..q(
                "zufriedenheit",
                "matrix",
                "Wie zufrieden sind Sie mit diesen Seiten des Lebens im Landkreis?",
                SATISFACTION,
            )
        },
        Q {
            required: false,
            ..q(
                "anmerkungen",
                "text",
                "Möchten Sie uns noch etwas mitteilen?",
                &[],
            )
        },
    ]
}

fn newcomer_survey() -> Vec<Q> {
    vec![
        q(
            "seit",
            "single",
            "Seit wann leben Sie im Landkreis Görlitz?",
            &[
                ("kurz", "weniger als ein Jahr"),
                ("mittel", "ein bis drei Jahre"),
                ("lang", "mehr als drei Jahre"),
            ],
        ),
        q(
            "sprachkurs",
            "single",
            "Haben Sie einen Deutschkurs besucht?",
            &[("ja", "Ja"), ("nein", "Nein")],
        ),
        Q {
            condition: Some(("sprachkurs", "ja")),
            ..q(
                "kurs_zufrieden",
                "likert",
                "Wie zufrieden waren Sie mit dem Deutschkurs?",
                SATISFACTION,
            )
        },
        Q {
            help: Some("Mehrere Antworten möglich."),
            required: false,
            ..q(
                "unterstuetzung",
                "multiple",
                "Wobei wünschen Sie sich mehr Unterstützung?",
                &[
                    ("arbeit", "Arbeit und Ausbildung"),
                    ("wohnung", "Wohnungssuche"),
                    ("behoerden", "Behördengänge"),
                    ("kinder", "Kita und Schule"),
                    ("gesundheit", "Gesundheit"),
                ],
            )
        },
        Q {
            help: Some("In Jahren."),
            required: false,
            range: Some((14.0, 110.0)),
            ..q("alter", "number", "Wie alt sind Sie?", &[])
        },
        Q {
            required: false,
            ..q(
                "idee",
                "text",
                "Was sollte der Landkreis für Neuzugewanderte verbessern?",
                &[],
            )
        },
    ]
}

/// Translations of the newcomer survey: (key, en, ar, uk). Keys: `title`, `intro`,
/// `q:<code>`, `h:<code>` (hint), `o:<code>:<option>`.
const NEWCOMER_TEXTS: &[(&str, &str, &str, &str)] = &[
    (
        "title",
        "Survey: services for newcomers 2026",
        "استطلاع: الخدمات المقدمة للقادمين الجدد 2026",
        "Опитування: послуги для новоприбулих 2026",
    ),
    (
        "intro",
        "The district would like to know which services helped you settle in and what is missing. Answering takes about five minutes.",
        "يرغب الإقليم في معرفة الخدمات التي ساعدتك على الاستقرار وما الذي ينقص. تستغرق الإجابة حوالي خمس دقائق.",
        "Район хоче знати, які послуги допомогли вам облаштуватися і чого бракує. Відповіді займуть близько п’яти хвилин.",
    ),
    (
        "q:seit",
        "How long have you been living in the district of Görlitz?",
        "منذ متى تعيش في إقليم غورليتس؟",
        "Як довго ви живете в районі Гёрліц?",
    ),
    (
        "o:seit:kurz",
        "less than a year",
        "أقل من سنة",
        "менше року",
    ),
    (
        "o:seit:mittel",
        "one to three years",
        "من سنة إلى ثلاث سنوات",
        "від одного до трьох років",
    ),
    (
        "o:seit:lang",
        "more than three years",
        "أكثر من ثلاث سنوات",
        "понад три роки",
    ),
    (
        "q:sprachkurs",
        "Have you attended a German course?",
        "هل حضرت دورة في اللغة الألمانية؟",
        "Чи відвідували ви курс німецької мови?",
    ),
    ("o:sprachkurs:ja", "Yes", "نعم", "Так"),
    ("o:sprachkurs:nein", "No", "لا", "Ні"),
    (
        "q:kurs_zufrieden",
        "How satisfied were you with the German course?",
        "ما مدى رضاك عن دورة اللغة الألمانية؟",
        "Наскільки ви були задоволені курсом німецької мови?",
    ),
    (
        "o:kurs_zufrieden:1",
        "very dissatisfied",
        "غير راضٍ إطلاقًا",
        "зовсім незадоволений",
    ),
    (
        "o:kurs_zufrieden:2",
        "rather dissatisfied",
        "غير راضٍ إلى حد ما",
        "радше незадоволений",
    ),
    ("o:kurs_zufrieden:3", "partly", "بين بين", "частково"),
    (
        "o:kurs_zufrieden:4",
        "rather satisfied",
        "راضٍ إلى حد ما",
        "радше задоволений",
    ),
    (
        "o:kurs_zufrieden:5",
        "very satisfied",
        "راضٍ جدًا",
        "дуже задоволений",
    ),
    (
        "q:unterstuetzung",
        "Where would you like more support?",
        "في أي المجالات ترغب في مزيد من الدعم؟",
        "У чому ви хотіли б отримати більше підтримки?",
    ),
    (
        "h:unterstuetzung",
        "Several answers possible.",
        "يمكن اختيار أكثر من إجابة.",
        "Можна вибрати кілька відповідей.",
    ),
    (
        "o:unterstuetzung:arbeit",
        "work and training",
        "العمل والتدريب المهني",
        "робота і професійне навчання",
    ),
    (
        "o:unterstuetzung:wohnung",
        "finding a flat",
        "البحث عن سكن",
        "пошук житла",
    ),
    (
        "o:unterstuetzung:behoerden",
        "dealing with authorities",
        "المعاملات لدى الدوائر الحكومية",
        "відвідування установ",
    ),
    (
        "o:unterstuetzung:kinder",
        "childcare and school",
        "الحضانة والمدرسة",
        "дитсадок і школа",
    ),
    ("o:unterstuetzung:gesundheit", "health", "الصحة", "здоров’я"),
    (
        "q:alter",
        "How old are you?",
        "كم عمرك؟",
        "Скільки вам років?",
    ),
    ("h:alter", "In years.", "بالسنوات.", "У роках."),
    (
        "q:idee",
        "What should the district improve for newcomers?",
        "ما الذي ينبغي على الإقليم تحسينه للقادمين الجدد؟",
        "Що район має покращити для новоприбулих?",
    ),
];

async fn create(store: &Store, body_id: i64, draft: &SurveyDraft, questions: &[Q]) -> Result<i64> {
    let survey = store.create_survey(body_id, draft).await?;
    for x in questions {
        let lines = |list: &[(&str, &str)]| {
            list.iter()
                .map(|(c, l)| format!("{c} = {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let condition_id = match x.condition {
            Some((code, _)) => {
                let q = store.questionnaire(survey.id).await?;
                q.questions
                    .iter()
                    .find(|(y, _)| y.code == code)
                    .map(|(y, _)| y.id.to_string())
            }
            None => None,
        };
        let mut input = RawInput::from_pairs([
            ("code", x.code.to_string()),
            ("kind", x.kind.to_string()),
            ("text", x.text.to_string()),
            ("required", if x.required { "1" } else { "0" }.to_string()),
            ("options", lines(x.options)),
            ("items", lines(x.items)),
        ]);
        if let Some(h) = x.help {
            input.push("help", h);
        }
        if let Some((a, b)) = x.range {
            input.push("min", a.to_string());
            input.push("max", b.to_string());
        }
        if let (Some(id), Some((_, value))) = (condition_id, x.condition) {
            input.push("condition_question_id", id);
            input.push("condition_value", value);
        }
        let kinds = ["single", "multiple", "likert", "number", "text", "matrix"];
        let draft =
            QuestionDraft::parse(&input, &kinds, &["single", "multiple", "likert", "matrix"])
                .unwrap_or_else(|e| panic!("demo question {}: {e}", x.code));
        store.add_question(survey.id, &draft).await?;
    }
    Ok(survey.id)
}

/// A small, fixed pseudo-random sequence (xorshift64*), so the demo is the same every time.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
    }

    /// An index drawn with the given weights.
    fn pick(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().sum();
        let mut x = self.next() * total;
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }
}

/// The closed population survey of 2017 with 1,000 weighted responses, and the survey open
/// now.
pub async fn load(store: &Store, body_id: i64) -> Result<()> {
    let closed = SurveyDraft {
        title: "Bevölkerungsbefragung zum Zusammenleben im Landkreis".into(),
        intro: Some(
            "Repräsentative Befragung von 1.000 Erwachsenen im Rahmen der Erarbeitung des Integrationskonzepts; \
             ihre Ergebnisse wurden der Presse und dem Integrationsforum vorgestellt. (Antworten und Bevölkerungszahlen sind Demodaten.)"
                .into(),
        ),
        status: SurveyStatus::Closed,
        languages: vec!["de".into()],
        invitation_only: false,
        min_group_size: 5,
        results_public: true,
        raw_data_days: None,
        invitation_days: None,
    };
    let questions = population_survey();
    let id = create(store, body_id, &closed, &questions).await?;
    let q = store.questionnaire(id).await?;
    let qid = |code: &str| {
        q.questions
            .iter()
            .find(|(x, _)| x.code == code)
            .map(|(x, _)| x.id)
            .expect("demo question")
    };

    // The sample: more women, older people and people from around Görlitz than in the county.
    let mut dice = Dice(0x5EED_2017_1000_0001);
    let mut responses = Vec::with_capacity(1000);
    let mut codes = [Vec::new(), Vec::new(), Vec::new()];
    for _ in 0..1000 {
        let age = dice.pick(&[0.08, 0.18, 0.38, 0.36]);
        let sex = dice.pick(&[0.58, 0.42]);
        let area = dice.pick(&[0.34, 0.2, 0.19, 0.12, 0.15]);
        let migrated = dice.next()
            < 0.05 + 0.06 * f64::from(u8::from(age < 2)) + 0.04 * f64::from(u8::from(area == 0));
        let contact = dice.pick(&[
            0.12 + 0.2 * f64::from(u8::from(migrated)) + 0.08 * f64::from(u8::from(age == 0)),
            0.3,
            0.33,
            0.25 - 0.1 * f64::from(u8::from(age == 0)),
        ]);
        let mood = 2.9 + 0.45 * f64::from(u8::from(age == 0)) + 0.2 * f64::from(u8::from(age == 1))
            - 0.25 * f64::from(u8::from(age == 3))
            + 0.8 * f64::from(u8::from(migrated))
            + 0.35 * (1.5 - contact as f64)
            + (dice.next() + dice.next() + dice.next() - 1.5) * 1.6;
        let likert = mood.round().clamp(1.0, 5.0) as u32;
        let mut answers = vec![
            Answer {
                question_id: qid("alter"),
                item: String::new(),
                value: AGES[age].0.into(),
            },
            Answer {
                question_id: qid("geschlecht"),
                item: String::new(),
                value: SEXES[sex].0.into(),
            },
            Answer {
                question_id: qid("wohnort"),
                item: String::new(),
                value: AREAS[area].0.into(),
            },
            Answer {
                question_id: qid("zugewandert"),
                item: String::new(),
                value: if migrated { "ja" } else { "nein" }.into(),
            },
            Answer {
                question_id: qid("kontakt"),
                item: String::new(),
                value: ["oft", "manchmal", "selten", "nie"][contact].into(),
            },
            Answer {
                question_id: qid("bereicherung"),
                item: String::new(),
                value: likert.to_string(),
            },
        ];
        let wishes = [
            ("sprache", 0.45),
            ("arbeit", 0.5 + 0.1 * f64::from(u8::from(age < 2))),
            ("wohnen", 0.25),
            ("begegnung", 0.3 + 0.1 * f64::from(u8::from(sex == 0))),
            ("verwaltung", 0.2),
        ];
        if dice.next() > 0.07 {
            for (code, p) in wishes {
                if dice.next() < p {
                    answers.push(Answer {
                        question_id: qid("mehr_tun"),
                        item: String::new(),
                        value: code.into(),
                    });
                }
            }
        }
        for (item, base) in [
            ("wohnen", 3.6),
            ("arbeit", 3.0 + 0.3 * f64::from(u8::from(age == 3))),
            ("nahverkehr", 2.5 - 0.4 * f64::from(u8::from(area > 2))),
            ("kinderbetreuung", 3.4),
        ] {
            if dice.next() < 0.94 {
                let v = (base + (dice.next() + dice.next() - 1.0) * 2.2)
                    .round()
                    .clamp(1.0, 5.0) as u32;
                answers.push(Answer {
                    question_id: qid("zufriedenheit"),
                    item: item.into(),
                    value: v.to_string(),
                });
            }
        }
        codes[0].push(age as u32);
        codes[1].push(sex as u32);
        codes[2].push(area as u32);
        responses.push(NewResponse {
            design_weight: None,
            channel: "import",
            lang: "de".into(),
            answers,
        });
    }
    store.add_responses(id, &responses, None).await?;

    weight_to_the_population(store, id, codes).await?;
    survey_indicator(store, body_id).await?;
    open_survey(store, body_id).await
}

/// The population survey's view of immigration as an indicator of the catalogue, beside the
/// official statistics: the weighted share who agree (4 or 5 on the five-point scale).
async fn survey_indicator(store: &Store, body_id: i64) -> Result<()> {
    // The default catalogue first, so the survey indicator comes after it.
    store.indicators(body_id).await?;
    let draft = IndicatorDraft::parse(&RawInput::from_pairs([
        ("code", "bereicherung_anteil"),
        ("name", "Zuwanderung als Bereicherung gesehen"),
        ("formula", "survey_share(bereicherung: 4, 5)"),
        ("unit", "%"),
        ("direction", "higher"),
        ("level", "impact"),
        ("field", "Zusammenleben"),
        ("source", "Bevölkerungsbefragung des Landkreises (gewichtet)"),
        (
            "description",
            "Anteil der Erwachsenen, die der Aussage „Zuwanderung ist für den Landkreis eher eine Bereicherung“ eher oder voll zustimmen.",
        ),
    ]))
    .expect("the demo's survey indicator is well-formed");
    store.create_indicator(body_id, &draft).await?;
    Ok(())
}

/// The survey open now, in four languages: its questionnaire and the translations.
async fn open_survey(store: &Store, body_id: i64) -> Result<()> {
    let open = SurveyDraft {
        title: "Befragung: Angebote für Neuzugewanderte 2026".into(),
        intro: Some(
            "Der Landkreis möchte wissen, welche Angebote Ihnen beim Ankommen geholfen haben und was fehlt. Die Beantwortung dauert etwa fünf Minuten."
                .into(),
        ),
        status: SurveyStatus::Open,
        languages: vec!["de".into(), "en".into(), "ar".into(), "uk".into()],
        invitation_only: false,
        min_group_size: 5,
        results_public: false,
        raw_data_days: Some(365),
        invitation_days: Some(90),
    };
    let id = create(store, body_id, &open, &newcomer_survey()).await?;
    let q = store.questionnaire(id).await?;
    for (column, lang) in [(1, "en"), (2, "ar"), (3, "uk")] {
        let mut texts = Vec::new();
        for &(key, en, ar, uk) in NEWCOMER_TEXTS {
            let text = [en, ar, uk][column - 1];
            let parts: Vec<&str> = key.split(':').collect();
            let (store_key, german) = match parts.as_slice() {
                ["title"] => ("title".to_string(), q.survey.title.clone()),
                ["intro"] => (
                    "intro".to_string(),
                    q.survey.intro.clone().unwrap_or_default(),
                ),
                ["q" | "h", code] => {
                    let (x, _) = q
                        .questions
                        .iter()
                        .find(|(x, _)| x.code == *code)
                        .expect("demo question");
                    if parts[0] == "q" {
                        (format!("q{}", x.id), x.text.clone())
                    } else {
                        (
                            format!("q{}.help", x.id),
                            x.help.clone().unwrap_or_default(),
                        )
                    }
                }
                ["o", code, option] => {
                    let (_, options) = q
                        .questions
                        .iter()
                        .find(|(x, _)| x.code == *code)
                        .expect("demo question");
                    let o = options
                        .iter()
                        .find(|o| o.code == *option)
                        .expect("demo option");
                    (format!("o{}", o.id), o.label.clone())
                }
                _ => unreachable!("demo translation key {key}"),
            };
            texts.push((store_key, text.to_string(), german));
        }
        store.set_translations(id, lang, &texts).await?;
    }
    Ok(())
}

/// Weighting to the adult population by age group, sex and planning region: raked in the
/// demo and stored as the survey's weighting. `codes` are each respondent's categories.
async fn weight_to_the_population(store: &Store, id: i64, codes: [Vec<u32>; 3]) -> Result<()> {
    let margin = |name: &str, list: &[(&str, &str)], targets: &[f64], codes: Vec<u32>| Margin {
        name: name.into(),
        categories: list.iter().map(|(c, _)| c.to_string()).collect(),
        targets: targets.to_vec(),
        codes,
    };
    let [ages, sexes, areas] = codes;
    let margins = vec![
        margin("alter", AGES, &AGE_TARGETS, ages),
        margin("geschlecht", SEXES, &SEX_TARGETS, sexes),
        margin("wohnort", AREAS, &AREA_TARGETS, areas),
    ];
    let raking = rake(&vec![1.0; 1000], &margins, &RakeOptions::default())
        .expect("the demo margins fit the demo sample");
    let rows: Vec<(String, String, f64)> = margins
        .iter()
        .flat_map(|m| {
            m.categories
                .iter()
                .zip(&m.targets)
                .map(|(c, t)| (m.name.clone(), c.clone(), *t))
        })
        .collect();
    let ids = store.response_table(id).await?.ids;
    let weights: Vec<(i64, f64)> = ids
        .into_iter()
        .zip(raking.weights.iter().copied())
        .collect();
    store
        .save_weighting(id, &rows, &weights, &raking.report_de())
        .await?;

    Ok(())
}
