//! Surveys as the coordinator builds them: the survey itself and its questions, parsed from
//! form or API input.

use crate::codes::coded;
use crate::input::Parser;
use crate::languages::language;
use crate::{FieldErrors, RawInput};

coded!(SurveyStatus {
    Draft = "draft": "in Vorbereitung",
    Open = "open": "läuft (Antworten möglich)",
    Closed = "closed": "abgeschlossen",
});

#[derive(Debug, Clone, PartialEq)]
pub struct SurveyDraft {
    pub title: String,
    pub intro: Option<String>,
    pub status: SurveyStatus,
    /// Language codes; German always first.
    pub languages: Vec<String>,
    pub invitation_only: bool,
    pub min_group_size: i64,
    pub results_public: bool,
    /// Days after closing until the raw answers are deleted (GDPR storage limitation).
    pub raw_data_days: Option<i64>,
    /// Days after closing until the invitation codes are deleted.
    pub invitation_days: Option<i64>,
}

impl SurveyDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let title = p.required_text("title", "einen Titel", 300);
        let intro = p.optional_lines("intro", 5000);
        let status = p
            .optional_code::<SurveyStatus>("status")
            .unwrap_or(SurveyStatus::Draft);
        let mut languages = vec!["de".to_string()];
        for code in input.all("languages") {
            match language(code) {
                Some(l) if l.code != "de" => languages.push(l.code.into()),
                Some(_) => {}
                None => p.fail(
                    "languages",
                    format!("„{code}“ ist keine angebotene Sprache."),
                ),
            }
        }
        languages.dedup();
        let min_group_size = p.optional_int("min_group_size", 1, 1000).unwrap_or(5);
        let draft = SurveyDraft {
            title,
            intro,
            status,
            languages,
            invitation_only: p.flag("invitation_only", false),
            min_group_size,
            results_public: p.flag("results_public", false),
            raw_data_days: p.optional_int("raw_data_days", 0, 36_500),
            invitation_days: p.optional_int("invitation_days", 0, 36_500),
        };
        p.finish(draft)
    }
}

/// A question as the coordinator types it. Options are one per line, `code = label` or just
/// the label (then numbered 1, 2, …).
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionDraft {
    pub code: String,
    pub kind: String,
    pub text: String,
    pub help: Option<String>,
    pub required: bool,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub options: Vec<(String, String)>,
    pub items: Vec<(String, String)>,
    pub condition_question_id: Option<i64>,
    pub condition_value: Option<String>,
}

/// Codes are what analyses and exports name columns and categories by.
pub fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
}

fn choice_lines(p: &mut Parser<'_>, field: &str, text: Option<&str>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (i, line) in text
        .unwrap_or("")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let (code, label) = match line.split_once('=') {
            Some((c, l)) => (c.trim().to_string(), l.trim().to_string()),
            None => ((i + 1).to_string(), line.to_string()),
        };
        if !is_code(&code) {
            p.fail(
                field,
                format!(
                    "Zeile {}: „{code}“ taugt nicht als Kürzel (nur Buchstaben, Ziffern, _ - +).",
                    i + 1
                ),
            );
        } else if label.is_empty() {
            p.fail(field, format!("Zeile {}: die Beschriftung fehlt.", i + 1));
        } else if out.iter().any(|(c, _)| *c == code) {
            p.fail(
                field,
                format!("Zeile {}: das Kürzel „{code}“ kommt zweimal vor.", i + 1),
            );
        } else {
            out.push((code, label));
        }
    }
    out
}

impl QuestionDraft {
    /// `kinds` are the question kinds' codes, `needs_options` those that offer options.
    pub fn parse(
        input: &RawInput,
        kinds: &[&str],
        needs_options: &[&str],
    ) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let code = p.required_text("code", "ein Kürzel (Spaltenname in der Auswertung)", 40);
        if !code.is_empty() && !is_code(&code) {
            p.fail(
                "code",
                "Nur Buchstaben ohne Umlaute, Ziffern, _ - + (z. B. alter_gruppe).",
            );
        }
        let kind = input.get("kind").unwrap_or("").to_string();
        if !kinds.contains(&kind.as_str()) {
            p.fail("kind", "Bitte eine Frageart wählen.");
        }
        let text = p.required_lines("text", "den Fragetext", 2000);
        let help = p.optional_lines("help", 2000);
        let number = |p: &mut Parser<'_>, field: &str| {
            let raw = input.get(field)?;
            let v = raw
                .replace(',', ".")
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite());
            if v.is_none() {
                p.fail(field, format!("„{raw}“ ist keine Zahl."));
            }
            v
        };
        let min = number(&mut p, "min");
        let max = number(&mut p, "max");
        if let (Some(a), Some(b)) = (min, max)
            && a > b
        {
            p.fail(
                "max",
                "Der größte Wert muss mindestens so groß sein wie der kleinste.",
            );
        }
        let options = choice_lines(&mut p, "options", input.get("options"));
        let items = choice_lines(&mut p, "items", input.get("items"));
        if needs_options.contains(&kind.as_str()) && options.len() < 2 {
            p.fail(
                "options",
                "Diese Frageart braucht mindestens zwei Antwortmöglichkeiten.",
            );
        }
        if kind == "matrix" && items.is_empty() {
            p.fail(
                "items",
                "Eine Matrix braucht mindestens eine Aussage (Zeile).",
            );
        }
        let condition_question_id = p.optional_id("condition_question_id");
        let condition_value = p.optional_text("condition_value", 40);
        if condition_question_id.is_some() != condition_value.is_some() {
            p.fail(
                "condition_value",
                "Für eine Bedingung Frage und Antwort-Kürzel angeben (oder beides leer lassen).",
            );
        }
        let draft = QuestionDraft {
            code,
            kind,
            text,
            help,
            required: p.flag("required", false),
            min,
            max,
            options,
            items,
            condition_question_id,
            condition_value,
        };
        p.finish(draft)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_numbered_unless_coded() {
        let input = RawInput::from_pairs([
            ("code", "kontakt"),
            ("kind", "single"),
            ("text", "Haben Sie Kontakt?"),
            ("options", "ja = Ja, oft\nnein = Nein\n"),
        ]);
        let d = QuestionDraft::parse(&input, &["single"], &["single"]).unwrap();
        assert_eq!(
            d.options,
            vec![
                ("ja".into(), "Ja, oft".into()),
                ("nein".into(), "Nein".into())
            ]
        );
        let input = RawInput::from_pairs([
            ("code", "x"),
            ("kind", "single"),
            ("text", "?"),
            ("options", "Ja\nNein"),
        ]);
        let d = QuestionDraft::parse(&input, &["single"], &["single"]).unwrap();
        assert_eq!(d.options[1], ("2".into(), "Nein".into()));
    }

    #[test]
    fn problems_are_named_by_field() {
        let input = RawInput::from_pairs([
            ("code", "Alter Gruppe"),
            ("kind", "single"),
            ("text", ""),
            ("options", "a = A\na = B"),
        ]);
        let e = QuestionDraft::parse(&input, &["single"], &["single"]).unwrap_err();
        assert!(
            e.get("code").is_some() && e.get("text").is_some() && e.get("options").is_some(),
            "{e}"
        );
    }

    #[test]
    fn german_comes_first_and_unknown_languages_are_refused() {
        let mut input = RawInput::from_pairs([("title", "Befragung")]);
        input.push("languages", "ar");
        input.push("languages", "de");
        let d = SurveyDraft::parse(&input).unwrap();
        assert_eq!(d.languages, vec!["de", "ar"]);
        input.push("languages", "xx");
        assert!(
            SurveyDraft::parse(&input)
                .unwrap_err()
                .get("languages")
                .is_some()
        );
    }
}
