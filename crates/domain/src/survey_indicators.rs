//! Indicators from the body's own surveys: a weighted result of one question — the share of
//! respondents who chose some answers, or the mean of a scale — taken from every closed
//! survey of the body that asks that question, one value per survey year.
//!
//! Such an indicator is written in the catalogue's formula field, beside the formulas over
//! official statistics, so that goals, the monitoring, the reports, the API and the dump
//! treat both alike:
//!
//! - `survey_share(bereicherung: 4, 5)` — weighted share (in percent) of those who answered
//!   `bereicherung` with option 4 or 5 (for a multiple-choice question: ticked one of them);
//! - `survey_mean(bereicherung)` — weighted mean of a numeric scale or number question;
//! - `survey_mean(zufriedenheit.nahverkehr)` — the mean of one item of a matrix question.
//!
//! The question is named by its code, so that a survey repeated with the same questionnaire
//! continues the series.

/// What a survey indicator takes from the question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Statistic {
    /// Share of respondents (percent) whose answer is one of these option codes.
    Share(Vec<String>),
    /// Mean of the answers (numeric options, numbers or a matrix item).
    Mean,
}

/// A parsed `survey_share(…)` or `survey_mean(…)` formula.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyFormula {
    pub question: String,
    /// The item of a matrix question (after the dot).
    pub item: Option<String>,
    pub statistic: Statistic,
}

const SHARE: &str = "survey_share";
const MEAN: &str = "survey_mean";

/// Whether a formula is meant as a survey indicator (then [`SurveyFormula::parse`] decides
/// whether it is a well-formed one).
pub fn is_survey_formula(formula: &str) -> bool {
    let f = formula.trim_start();
    f.starts_with(SHARE) || f.starts_with(MEAN)
}

fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 60
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

impl SurveyFormula {
    /// Parses a survey formula; the error says what is wrong in German.
    pub fn parse(formula: &str) -> Result<Self, String> {
        let f = formula.trim();
        let (name, rest) = if let Some(rest) = f.strip_prefix(SHARE) {
            (SHARE, rest)
        } else if let Some(rest) = f.strip_prefix(MEAN) {
            (MEAN, rest)
        } else {
            return Err(format!(
                "Eine Befragungs-Kennzahl beginnt mit {SHARE}( oder {MEAN}(."
            ));
        };
        let inner = rest
            .trim_start()
            .strip_prefix('(')
            .and_then(|r| r.trim_end().strip_suffix(')'))
            .ok_or_else(|| {
                format!("Nach {name} folgt der Fragecode in Klammern, z. B. {name}(frage…).")
            })?;
        let (target, options) = match inner.split_once(':') {
            Some((t, o)) => (t.trim(), Some(o)),
            None => (inner.trim(), None),
        };
        let (question, item) = match target.split_once('.') {
            Some((q, i)) => (q.trim(), Some(i.trim())),
            None => (target, None),
        };
        if !is_code(question) {
            return Err(format!(
                "„{question}“ ist kein Fragecode (Buchstaben, Ziffern, _ und -, wie im Fragebogen)."
            ));
        }
        if let Some(i) = item
            && !is_code(i)
        {
            return Err(format!("„{i}“ ist kein Code einer Zeile der Matrixfrage."));
        }
        let statistic = if name == SHARE {
            if item.is_some() {
                return Err(
                    "Ein Anteil wird über die Antworten einer Frage gebildet, nicht über eine Matrixzeile; für Matrixzeilen survey_mean(frage.zeile).".into(),
                );
            }
            let codes: Vec<String> = options
                .unwrap_or("")
                .split(',')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .collect();
            if codes.is_empty() {
                return Err(format!(
                    "Nach dem Doppelpunkt die gezählten Antworten nennen, z. B. {SHARE}({question}: 4, 5)."
                ));
            }
            if let Some(bad) = codes.iter().find(|c| !is_code(c)) {
                return Err(format!("„{bad}“ ist kein Antwortcode."));
            }
            Statistic::Share(codes)
        } else {
            if options.is_some() {
                return Err(format!(
                    "Ein Mittelwert zählt keine Antworten: {MEAN}({question}) ohne Doppelpunkt."
                ));
            }
            Statistic::Mean
        };
        Ok(Self {
            question: question.to_owned(),
            item: item.map(str::to_owned),
            statistic,
        })
    }

    /// The formula as written canonically (what the snapshot of values is keyed by).
    pub fn canonical(&self) -> String {
        match &self.statistic {
            Statistic::Share(codes) => format!("{SHARE}({}: {})", self.question, codes.join(", ")),
            Statistic::Mean => match &self.item {
                Some(i) => format!("{MEAN}({}.{i})", self.question),
                None => format!("{MEAN}({})", self.question),
            },
        }
    }

    /// In German, for pages and reports.
    pub fn describe(&self) -> String {
        match &self.statistic {
            Statistic::Share(codes) => format!(
                "Anteil der Antworten {} auf Frage „{}“ (gewichtet)",
                codes.join(", "),
                self.question
            ),
            Statistic::Mean => match &self.item {
                Some(i) => format!(
                    "Mittelwert der Zeile „{i}“ der Frage „{}“ (gewichtet)",
                    self.question
                ),
                None => format!("Mittelwert der Frage „{}“ (gewichtet)", self.question),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_and_means() {
        let s = SurveyFormula::parse(" survey_share( bereicherung : 4,5 ) ").unwrap();
        assert_eq!(s.question, "bereicherung");
        assert_eq!(s.statistic, Statistic::Share(vec!["4".into(), "5".into()]));
        assert_eq!(s.canonical(), "survey_share(bereicherung: 4, 5)");
        let m = SurveyFormula::parse("survey_mean(zufriedenheit.nahverkehr)").unwrap();
        assert_eq!(m.item.as_deref(), Some("nahverkehr"));
        assert_eq!(m.statistic, Statistic::Mean);
        assert_eq!(m.canonical(), "survey_mean(zufriedenheit.nahverkehr)");
        assert!(is_survey_formula("survey_mean(x)"));
        assert!(!is_survey_formula("100 * ERW032"));
    }

    #[test]
    fn malformed_formulas_say_why() {
        for (f, says) in [
            ("survey_share(bereicherung)", "Doppelpunkt"),
            ("survey_share(a.b: 1)", "Matrixzeile"),
            ("survey_mean(a: 1)", "ohne Doppelpunkt"),
            ("survey_mean a", "Klammern"),
            ("survey_mean(frage mit leer)", "kein Fragecode"),
            ("survey_share(x: 1, a b)", "kein Antwortcode"),
        ] {
            let e = SurveyFormula::parse(f).unwrap_err();
            assert!(e.contains(says), "{f}: {e}");
        }
    }
}
