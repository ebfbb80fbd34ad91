//! Answers typed into a spreadsheet or exported from another tool, read against a
//! questionnaire: each line becomes a response or a problem named by file, line and column.
//! And the other way: the stored answers and margins as the weighting engine takes them
//! (one raking for the results pages and the survey indicators alike).

use crate::surveys::ResponseTable;
use crate::surveys::{NewResponse, Questionnaire};
use teilhabe_domain::languages::language;
use teilhabe_survey::form::{self, QuestionKind};
use teilhabe_survey::io;
use teilhabe_survey::{RakeOptions, Raking, rake};

/// What an uploaded table of answers yields: the responses that passed, a line per problem
/// (file, line, column), how many problems were left off, and the columns that were ignored.
#[derive(Debug, Default)]
pub struct TableResponses {
    pub responses: Vec<NewResponse>,
    pub problems: Vec<String>,
    pub more: usize,
    pub ignored: Vec<String>,
}

/// The rows of `table` (an upload of paper or online answers) as responses, each checked
/// against the questionnaire; options may be given by code or label, several per cell.
pub fn responses_from_table(q: &Questionnaire, table: &io::Table) -> TableResponses {
    let questions = q.form();
    let mut ignored = Vec::new();
    // Column → (question, matrix row).
    let mut columns: Vec<Option<(&form::Question, String)>> = Vec::new();
    for h in &table.headers {
        let (code, item) = h.split_once('.').map_or((h.as_str(), ""), |(c, i)| (c, i));
        let found = questions.iter().find(|x| {
            x.code == code && (item.is_empty() || x.items.iter().any(|i| i.code == item))
        });
        if found.is_none() && !h.is_empty() && h != "sprache" && h != "designgewicht" {
            ignored.push(h.clone());
        }
        columns.push(found.map(|x| (x, item.to_string())));
    }
    let mut problems = Vec::new();
    let mut more = 0;
    let mut out = Vec::new();
    if columns.iter().all(Option::is_none) {
        let codes: Vec<&str> = questions.iter().map(|x| x.code.as_str()).collect();
        problems.push(format!(
            "{}: keine Spalte heißt wie eine Frage. Die Kopfzeile braucht die Kürzel der Fragen: {}.",
            table.name,
            codes.join(", ")
        ));
        return TableResponses {
            responses: out,
            problems,
            more,
            ignored,
        };
    }
    let lang_column = table.column("sprache");
    let design_column = table.column("designgewicht");
    for (r, row) in table.rows.iter().enumerate() {
        let mut input = Vec::new();
        for (c, value) in row.iter().enumerate() {
            let Some(Some((question, item))) = columns.get(c) else {
                continue;
            };
            let field = if item.is_empty() {
                question.field()
            } else {
                question.item_field(item)
            };
            // Multiple choice: several codes in one cell; options also by their label.
            let parts: Vec<&str> = if question.kind == QuestionKind::Multiple {
                value.split(['|', ',']).map(str::trim).collect()
            } else {
                vec![value.trim()]
            };
            for part in parts.into_iter().filter(|p| !p.is_empty()) {
                let code = question
                    .options
                    .iter()
                    .find(|o| o.label.eq_ignore_ascii_case(part))
                    .map_or(part.to_string(), |o| o.code.clone());
                input.push((field.clone(), code));
            }
        }
        // An optional design weight per respondent (a positive number).
        let design_weight = match design_column
            .and_then(|c| row.get(c))
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
        {
            None => None,
            Some(v) => {
                if let Some(w) = io::parse_number(v).filter(|w| *w > 0.0) {
                    Some(w)
                } else {
                    if problems.len() < io::Problems::LIMIT {
                        problems.push(format!(
                            "{}, Zeile {}, Spalte „designgewicht“: „{v}“ ist keine positive Zahl.",
                            table.name, table.lines[r]
                        ));
                    } else {
                        more += 1;
                    }
                    continue;
                }
            }
        };
        match form::check(&questions, &input) {
            Ok(answers) => {
                let lang = lang_column
                    .and_then(|c| row.get(c))
                    .and_then(|l| language(l))
                    .map_or("de", |l| l.code);
                out.push(NewResponse {
                    channel: "import",
                    lang: lang.into(),
                    answers,
                    design_weight,
                });
            }
            Err(list) => {
                for (field, p) in list {
                    let column = table
                        .headers
                        .iter()
                        .zip(&columns)
                        .find(|(_, c)| {
                            c.as_ref().is_some_and(|(x, i)| {
                                (if i.is_empty() {
                                    x.field()
                                } else {
                                    x.item_field(i)
                                }) == field
                            })
                        })
                        .map_or(field.clone(), |(h, _)| h.clone());
                    let value = table
                        .headers
                        .iter()
                        .position(|h| *h == column)
                        .and_then(|c| row.get(c))
                        .cloned()
                        .unwrap_or_default();
                    let message = match p {
                        form::Problem::Required => "Pflichtfrage ohne Antwort".to_string(),
                        form::Problem::NotAnOption => {
                            format!("„{value}“ ist keine Antwortmöglichkeit")
                        }
                        form::Problem::NotANumber => format!("„{value}“ ist keine Zahl"),
                        form::Problem::TooSmall(n) => format!("„{value}“ ist kleiner als {n}"),
                        form::Problem::TooLarge(n) => format!("„{value}“ ist größer als {n}"),
                        form::Problem::TooLong => "zu lang".to_string(),
                    };
                    if problems.len() < io::Problems::LIMIT {
                        problems.push(format!(
                            "{}, Zeile {}, Spalte „{column}“: {message}.",
                            table.name, table.lines[r]
                        ));
                    } else {
                        more += 1;
                    }
                }
            }
        }
    }
    TableResponses {
        responses: out,
        problems,
        more,
        ignored,
    }
}

/// The margins as the survey engine takes them, against the responses' answers.
pub fn margins_for(
    q: &Questionnaire,
    t: &ResponseTable,
    margins: &[(String, String, f64)],
) -> Result<Vec<teilhabe_survey::Margin>, io::Problems> {
    // The questions the margins name, each once (a crossed margin names several).
    let mut variables: Vec<&str> = Vec::new();
    for (v, _, _) in margins {
        for part in v.split(io::CROSS) {
            if !variables.contains(&part) {
                variables.push(part);
            }
        }
    }
    let ids: Vec<Option<i64>> = variables
        .iter()
        .map(|v| {
            q.questions
                .iter()
                .find(|(x, _)| &x.code == v)
                .map(|(x, _)| x.id)
        })
        .collect();
    let rows = (0..t.len())
        .map(|r| {
            ids.iter()
                .map(|id| {
                    id.and_then(|id| t.value(r, id, ""))
                        .unwrap_or("")
                        .to_string()
                })
                .collect()
        })
        .collect();
    let responses = io::Table::new(
        "Antworten",
        variables
            .iter()
            .map(std::string::ToString::to_string)
            .collect(),
        rows,
    );
    let margin_rows = margins
        .iter()
        .map(|(v, c, x)| vec![v.clone(), c.clone(), x.to_string()])
        .collect();
    let margin_table = io::Table::new(
        "Randverteilungen",
        vec!["variable".into(), "category".into(), "target".into()],
        margin_rows,
    );
    io::margins(&margin_table, &responses)
}

/// Rakes the responses to `margins` (the survey's stored ones).
pub fn weight(
    q: &Questionnaire,
    t: &ResponseTable,
    margins: &[(String, String, f64)],
    options: &RakeOptions,
) -> Result<Raking, String> {
    let m = margins_for(q, t, margins).map_err(|p| p.to_string())?;
    // Raking starts from the design weights (1 for everyone without a sampling design).
    rake(&t.design_weights, &m, options).map_err(|e| e.to_string())
}
