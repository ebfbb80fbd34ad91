//! Questionnaires: the kinds of question, and checking a filled-in form against them.
//!
//! A form field is named `q{id}` (for a matrix `q{id}.{row}`); a multiple-choice question
//! sends one `q{id}` per ticked option. A question with a condition counts only when the
//! question it depends on was answered with the given option; otherwise its answers are
//! dropped and it is not required.

use serde::Serialize;
use teilhabe_domain::input::{Lines, strip_unsafe};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    Single,
    Multiple,
    Likert,
    Number,
    Text,
    Matrix,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 6] = [
        Self::Single,
        Self::Multiple,
        Self::Likert,
        Self::Number,
        Self::Text,
        Self::Matrix,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Single => "single",
            Self::Multiple => "multiple",
            Self::Likert => "likert",
            Self::Number => "number",
            Self::Text => "text",
            Self::Matrix => "matrix",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Single => "Einfachauswahl",
            Self::Multiple => "Mehrfachauswahl",
            Self::Likert => "Skala (z. B. 1 bis 5)",
            Self::Number => "Zahl",
            Self::Text => "Freitext",
            Self::Matrix => "Matrix (mehrere Aussagen, eine Skala)",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Whether the question offers options to choose from.
    pub fn has_options(self) -> bool {
        !matches!(self, Self::Number | Self::Text)
    }
}

/// An option or a matrix row: a stable code and its (German) label.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Choice {
    pub code: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    pub id: i64,
    pub code: String,
    pub kind: QuestionKind,
    pub required: bool,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub options: Vec<Choice>,
    /// The rows of a matrix question.
    pub items: Vec<Choice>,
    /// Ask only if question `.0` was answered with option `.1`.
    pub condition: Option<(i64, String)>,
}

impl Question {
    pub fn field(&self) -> String {
        format!("q{}", self.id)
    }

    pub fn item_field(&self, item: &str) -> String {
        format!("q{}.{item}", self.id)
    }
}

/// One stored answer: the question, the matrix row (empty otherwise) and the value (an
/// option code, a number or text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Answer {
    pub question_id: i64,
    pub item: String,
    pub value: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub enum Problem {
    Required,
    NotAnOption,
    NotANumber,
    TooSmall(f64),
    TooLarge(f64),
    TooLong,
}

/// Longest free-text answer, in characters.
pub const TEXT_LIMIT: usize = 5000;

/// Checks a submitted form. Returns the answers to store, or the problems by field name.
pub fn check(
    questions: &[Question],
    input: &[(String, String)],
) -> Result<Vec<Answer>, Vec<(String, Problem)>> {
    let values = |name: &str| -> Vec<&str> {
        input
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
            .collect()
    };
    let mut answers: Vec<Answer> = Vec::new();
    let mut problems = Vec::new();
    for q in questions {
        if let Some((on, value)) = &q.condition {
            let given = answers
                .iter()
                .any(|a| a.question_id == *on && &a.value == value);
            if !given {
                continue;
            }
        }
        let is_option = |v: &str| q.options.iter().any(|o| o.code == v);
        let mut one = |field: String, item: &str, problems: &mut Vec<(String, Problem)>| {
            let given = values(&field);
            let Some(&value) = given.first() else {
                if q.required {
                    problems.push((field, Problem::Required));
                }
                return;
            };
            let problem = match q.kind {
                QuestionKind::Single | QuestionKind::Likert | QuestionKind::Matrix
                    if !is_option(value) =>
                {
                    Some(Problem::NotAnOption)
                }
                QuestionKind::Number => match crate::io::parse_number(value) {
                    None => Some(Problem::NotANumber),
                    Some(x) if q.min.is_some_and(|m| x < m) => {
                        Some(Problem::TooSmall(q.min.unwrap_or_default()))
                    }
                    Some(x) if q.max.is_some_and(|m| x > m) => {
                        Some(Problem::TooLarge(q.max.unwrap_or_default()))
                    }
                    Some(_) => None,
                },
                QuestionKind::Text if value.chars().count() > TEXT_LIMIT => Some(Problem::TooLong),
                _ => None,
            };
            if let Some(p) = problem {
                problems.push((field, p))
            } else {
                let value = match q.kind {
                    QuestionKind::Number => crate::io::parse_number(value)
                        .map(|x| x.to_string())
                        .unwrap_or_default(),
                    // Free text from anyone: no control characters, no direction overrides.
                    QuestionKind::Text => strip_unsafe(value, Lines::Many),
                    _ => value.to_string(),
                };
                answers.push(Answer {
                    question_id: q.id,
                    item: item.into(),
                    value,
                });
            }
        };
        match q.kind {
            QuestionKind::Multiple => {
                let field = q.field();
                let given = values(&field);
                if given.is_empty() && q.required {
                    problems.push((field, Problem::Required));
                } else if given.iter().any(|v| !is_option(v)) {
                    problems.push((field, Problem::NotAnOption));
                } else {
                    for v in q
                        .options
                        .iter()
                        .filter(|o| given.contains(&o.code.as_str()))
                    {
                        answers.push(Answer {
                            question_id: q.id,
                            item: String::new(),
                            value: v.code.clone(),
                        });
                    }
                }
            }
            QuestionKind::Matrix => {
                for item in &q.items {
                    one(q.item_field(&item.code), &item.code, &mut problems);
                }
            }
            _ => one(q.field(), "", &mut problems),
        }
    }
    if problems.is_empty() {
        Ok(answers)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(code: &str) -> Choice {
        Choice {
            code: code.into(),
            label: code.to_uppercase(),
        }
    }

    fn questions() -> Vec<Question> {
        let base = Question {
            id: 1,
            code: "kontakt".into(),
            kind: QuestionKind::Single,
            required: true,
            min: None,
            max: None,
            options: vec![choice("ja"), choice("nein")],
            items: vec![],
            condition: None,
        };
        vec![
            base.clone(),
            Question {
                id: 2,
                code: "wo".into(),
                kind: QuestionKind::Multiple,
                condition: Some((1, "ja".into())),
                options: vec![choice("arbeit"), choice("verein")],
                ..base.clone()
            },
            Question {
                id: 3,
                code: "alter".into(),
                kind: QuestionKind::Number,
                min: Some(14.0),
                max: Some(110.0),
                options: vec![],
                ..base.clone()
            },
            Question {
                id: 4,
                code: "lage".into(),
                kind: QuestionKind::Matrix,
                required: false,
                options: vec![choice("1"), choice("2"), choice("3")],
                items: vec![choice("wohnen"), choice("arbeit")],
                ..base.clone()
            },
            Question {
                id: 5,
                code: "idee".into(),
                kind: QuestionKind::Text,
                required: false,
                options: vec![],
                ..base
            },
        ]
    }

    fn input(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_complete_form_gives_one_answer_per_value() {
        let a = check(
            &questions(),
            &input(&[
                ("q1", "ja"),
                ("q2", "verein"),
                ("q2", "arbeit"),
                ("q3", "41,0"),
                ("q4.wohnen", "2"),
                ("q5", " mehr Kurse "),
            ]),
        )
        .unwrap();
        let v: Vec<(i64, &str, &str)> = a
            .iter()
            .map(|a| (a.question_id, a.item.as_str(), a.value.as_str()))
            .collect();
        assert_eq!(
            v,
            vec![
                (1, "", "ja"),
                (2, "", "arbeit"),
                (2, "", "verein"),
                (3, "", "41"),
                (4, "wohnen", "2"),
                (5, "", "mehr Kurse")
            ]
        );
    }

    #[test]
    fn conditions_drop_answers_and_lift_the_requirement() {
        let a = check(
            &questions(),
            &input(&[("q1", "nein"), ("q2", "verein"), ("q3", "30")]),
        )
        .unwrap();
        assert!(a.iter().all(|a| a.question_id != 2));
        let e = check(&questions(), &input(&[("q1", "ja"), ("q3", "30")])).unwrap_err();
        assert_eq!(e, vec![("q2".to_string(), Problem::Required)]);
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let e = check(
            &questions(),
            &input(&[("q1", "vielleicht"), ("q3", "9"), ("q4.arbeit", "7")]),
        )
        .unwrap_err();
        assert_eq!(
            e,
            vec![
                ("q1".to_string(), Problem::NotAnOption),
                ("q3".to_string(), Problem::TooSmall(14.0)),
                ("q4.arbeit".to_string(), Problem::NotAnOption)
            ]
        );
        let e = check(&questions(), &input(&[("q1", "nein"), ("q3", "viele")])).unwrap_err();
        assert_eq!(e, vec![("q3".to_string(), Problem::NotANumber)]);
    }
}
