//! Raw input from any edge (HTML form, JSON body, dump file) as named values, and the
//! parser that turns it into domain drafts while collecting every field error at once.
//!
//! HTML forms and the JSON API share this path, so both reject the same input with the
//! same field names and the same German messages.

use crate::codes::Coded;
use crate::values::{Date, Money, Percent};
use serde::Serialize;
use std::collections::BTreeMap;

/// Named input values; a name may repeat (multi-selects, table rows).
#[derive(Debug, Clone, Default)]
pub struct RawInput {
    values: BTreeMap<String, Vec<String>>,
}

impl RawInput {
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds from `(name, value)` pairs, e.g. a decoded `application/x-www-form-urlencoded` body.
    pub fn from_pairs<I, K, V>(pairs: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        let mut input = Self::new();
        for (k, v) in pairs {
            input.push(k, v);
        }
        input
    }

    /// Flattens a JSON object: strings, numbers and booleans become values; arrays repeat
    /// the name; an array of objects becomes aligned `name.field` rows (a missing field is
    /// an empty value, so rows stay aligned); `null` is the same as leaving the field out.
    pub fn from_json(value: &serde_json::Value) -> Result<Self, FieldErrors> {
        let serde_json::Value::Object(map) = value else {
            let mut errors = FieldErrors::new();
            errors.add(
                "body",
                "Erwartet wird ein JSON-Objekt mit den Feldern des Datensatzes.",
            );
            return Err(errors);
        };
        let mut input = Self::new();
        let mut errors = FieldErrors::new();
        for (name, v) in map {
            match v {
                serde_json::Value::Null => {}
                serde_json::Value::Array(items) if items.iter().any(|i| i.is_object()) => {
                    let mut columns: Vec<&String> = items
                        .iter()
                        .filter_map(|i| i.as_object())
                        .flat_map(|o| o.keys())
                        .collect();
                    columns.sort();
                    columns.dedup();
                    for item in items {
                        let Some(obj) = item.as_object() else {
                            errors.add(name, "Jeder Eintrag muss ein Objekt sein.");
                            continue;
                        };
                        for col in &columns {
                            let cell = obj
                                .get(*col)
                                .map(scalar_text)
                                .unwrap_or(Some(String::new()));
                            match cell {
                                Some(text) => input.push(format!("{name}.{col}"), text),
                                None => errors.add(
                                    format!("{name}.{col}"),
                                    "Erwartet wird ein einfacher Wert.",
                                ),
                            }
                        }
                    }
                }
                serde_json::Value::Array(items) => {
                    input.values.entry(name.clone()).or_default();
                    for item in items {
                        match scalar_text(item) {
                            Some(text) => input.push(name.clone(), text),
                            None => errors.add(name, "Erwartet wird eine Liste einfacher Werte."),
                        }
                    }
                }
                other => match scalar_text(other) {
                    Some(text) => input.push(name.clone(), text),
                    None => errors.add(name, "Erwartet wird ein einfacher Wert."),
                },
            }
        }
        errors.into_result(input)
    }

    pub fn push(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.values
            .entry(name.into())
            .or_default()
            .push(value.into());
    }

    /// Replaces every value of `name` with `value` (a form's value changed elsewhere, e.g.
    /// by a cell of a filled-in sheet).
    pub fn set(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.values.insert(name.into(), vec![value.into()]);
    }

    /// The first value, trimmed; `None` when missing or blank.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.values
            .get(name)
            .and_then(|v| v.first())
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
    }

    /// Every value given for the name, blanks included (table rows stay aligned).
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.values
            .get(name)
            .map(|v| v.iter().map(|s| s.trim()).collect())
            .unwrap_or_default()
    }

    /// The names that start with `prefix` (the rest of the name) and their first values,
    /// e.g. `participants.12 = 5` for a count per target group.
    pub fn with_prefix(&self, prefix: &str) -> Vec<(String, String)> {
        self.values
            .range(prefix.to_string()..)
            .take_while(|(k, _)| k.starts_with(prefix))
            .map(|(k, v)| {
                (
                    k[prefix.len()..].to_string(),
                    v.first().cloned().unwrap_or_default(),
                )
            })
            .collect()
    }

    pub fn contains(&self, name: &str) -> bool {
        self.values.contains_key(name)
    }
}

fn scalar_text(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        serde_json::Value::Null => Some(String::new()),
        _ => None,
    }
}

/// Whether a text may hold line breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    One,
    Many,
}

/// The first character no stored text may hold, as a German sentence; `None` when the
/// text is clean. Control characters (NUL, a carriage return without its line feed, escape
/// and the like) break exports, feeds and terminals downstream; the bidirectional overrides
/// and isolates (U+202A–U+202E, U+2066–U+2069) make text display in another order than it
/// is stored ("Trojan Source", or `rechnung<U+202E>fdp.exe`). Texts of several lines keep their
/// line breaks (`\n`, `\r\n`) and tabs; one-line texts hold neither.
pub fn unsafe_char(s: &str, lines: Lines) -> Option<String> {
    let mut chars = s.chars().peekable();
    let mut at = 0;
    while let Some(c) = chars.next() {
        at += 1;
        let line_break = c == '\n' || (c == '\r' && chars.peek() == Some(&'\n'));
        let code = format!("{:04X}", c as u32);
        let problem = match c {
            _ if line_break || c == '\t' || c == '\u{2028}' || c == '\u{2029}' => (lines
                == Lines::One)
                .then(|| {
                    format!(
                        "Der Text enthält an Stelle {at} einen Zeilenumbruch oder Tabulator (U+{code}); hier ist nur eine Zeile möglich."
                    )
                }),
            '\r' => Some(format!(
                "Der Text enthält an Stelle {at} einen Wagenrücklauf ohne Zeilenumbruch (U+{code}); bitte entfernen."
            )),
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => Some(format!(
                "Der Text enthält an Stelle {at} ein Steuerzeichen für die Schreibrichtung (U+{code}); bitte entfernen."
            )),
            _ if c.is_control() => Some(format!(
                "Der Text enthält an Stelle {at} ein Steuerzeichen (U+{code}); bitte entfernen."
            )),
            _ => None,
        };
        if problem.is_some() {
            return problem;
        }
    }
    None
}

/// `s` without what [`unsafe_char`] refuses, for text that is taken as it comes (an
/// anonymous survey answer, whose writer cannot be asked again): a lone carriage return
/// becomes a line break, the rest is dropped.
pub fn strip_unsafe(s: &str, lines: Lines) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    s.chars()
        .map(|c| match c {
            '\n' | '\t' | '\u{2028}' | '\u{2029}' if lines == Lines::One => ' ',
            _ => c,
        })
        .filter(|c| {
            matches!(c, '\n' | '\t' | '\u{2028}' | '\u{2029}')
                || !(c.is_control()
                    || ('\u{202a}'..='\u{202e}').contains(c)
                    || ('\u{2066}'..='\u{2069}').contains(c))
        })
        .collect()
}

/// One message per field, in the order found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FieldErrors(Vec<FieldError>);

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn single(field: impl Into<String>, message: impl Into<String>) -> Self {
        let mut e = Self::new();
        e.add(field, message);
        e
    }

    /// Records a message; a field keeps only its first message.
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        let field = field.into();
        if !self.0.iter().any(|e| e.field == field) {
            self.0.push(FieldError {
                field,
                message: message.into(),
            });
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }

    pub fn into_result<T>(self, value: T) -> Result<T, FieldErrors> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }

    /// `{"title": "…", "end_date": "…"}` for the JSON API.
    pub fn to_map(&self) -> serde_json::Map<String, serde_json::Value> {
        self.0
            .iter()
            .map(|e| {
                (
                    e.field.clone(),
                    serde_json::Value::String(e.message.clone()),
                )
            })
            .collect()
    }
}

impl std::fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|e| format!("{}: {}", e.field, e.message))
            .collect();
        f.write_str(&parts.join("; "))
    }
}

impl std::error::Error for FieldErrors {}

/// Reads fields from a [`RawInput`] and collects every problem instead of stopping at the first.
pub struct Parser<'a> {
    input: &'a RawInput,
    pub errors: FieldErrors,
}

impl<'a> Parser<'a> {
    pub fn new(input: &'a RawInput) -> Self {
        Self {
            input,
            errors: FieldErrors::new(),
        }
    }

    pub fn finish<T>(self, value: T) -> Result<T, FieldErrors> {
        self.errors.into_result(value)
    }

    pub fn fail(&mut self, field: &str, message: impl Into<String>) {
        self.errors.add(field, message);
    }

    /// A text of one line (a title, a name).
    pub fn required_text(&mut self, field: &str, what: &str, max_chars: usize) -> String {
        self.required(field, what, max_chars, Lines::One)
    }

    pub fn optional_text(&mut self, field: &str, max_chars: usize) -> Option<String> {
        self.optional(field, max_chars, Lines::One)
    }

    /// A text that may run over several lines (a description, a report, minutes).
    pub fn required_lines(&mut self, field: &str, what: &str, max_chars: usize) -> String {
        self.required(field, what, max_chars, Lines::Many)
    }

    pub fn optional_lines(&mut self, field: &str, max_chars: usize) -> Option<String> {
        self.optional(field, max_chars, Lines::Many)
    }

    fn required(&mut self, field: &str, what: &str, max_chars: usize, lines: Lines) -> String {
        match self.input.get(field) {
            None => {
                self.fail(field, format!("Bitte {what} angeben."));
                String::new()
            }
            Some(s) => self.limit(field, s, max_chars, lines),
        }
    }

    fn optional(&mut self, field: &str, max_chars: usize, lines: Lines) -> Option<String> {
        self.input
            .get(field)
            .map(|s| self.limit(field, s, max_chars, lines))
    }

    fn limit(&mut self, field: &str, s: &str, max_chars: usize, lines: Lines) -> String {
        let n = s.chars().count();
        if n > max_chars {
            self.fail(
                field,
                format!("Höchstens {max_chars} Zeichen, hier sind es {n}."),
            );
        } else if let Some(problem) = unsafe_char(s, lines) {
            self.fail(field, problem);
        }
        s.to_owned()
    }

    pub fn required_code<T: Coded>(&mut self, field: &str) -> Option<T> {
        match T::parse(self.input.get(field).unwrap_or("")) {
            Ok(v) => Some(v),
            Err(e) => {
                self.fail(field, e);
                None
            }
        }
    }

    pub fn optional_code<T: Coded>(&mut self, field: &str) -> Option<T> {
        self.input.get(field)?;
        self.required_code(field)
    }

    pub fn optional_date(&mut self, field: &str) -> Option<Date> {
        let raw = self.input.get(field)?;
        match Date::parse(raw) {
            Ok(d) => Some(d),
            Err(e) => {
                self.fail(field, e);
                None
            }
        }
    }

    pub fn required_date(&mut self, field: &str, what: &str) -> Option<Date> {
        if self.input.get(field).is_none() {
            self.fail(field, format!("Bitte {what} angeben."));
            return None;
        }
        self.optional_date(field)
    }

    pub fn optional_money(&mut self, field: &str) -> Option<Money> {
        let raw = self.input.get(field)?;
        match Money::parse(raw) {
            Ok(m) => Some(m),
            Err(e) => {
                self.fail(field, e);
                None
            }
        }
    }

    pub fn required_percent(&mut self, field: &str) -> Percent {
        match self.input.get(field) {
            None => {
                self.fail(
                    field,
                    "Bitte den Fortschritt in Prozent (0 bis 100) angeben.",
                );
                Percent::default()
            }
            Some(raw) => Percent::parse(raw).unwrap_or_else(|e| {
                self.fail(field, e);
                Percent::default()
            }),
        }
    }

    /// A reference to another record by its numeric id.
    pub fn optional_id(&mut self, field: &str) -> Option<i64> {
        let raw = self.input.get(field)?;
        match raw.parse::<i64>() {
            Ok(id) if id > 0 => Some(id),
            _ => {
                self.fail(field, format!("„{raw}“ ist keine gültige Auswahl."));
                None
            }
        }
    }

    pub fn required_id(&mut self, field: &str, what: &str) -> Option<i64> {
        if self.input.get(field).is_none() {
            self.fail(field, format!("Bitte {what} auswählen."));
            return None;
        }
        self.optional_id(field)
    }

    /// Several references (multi-select); blanks are ignored, duplicates removed.
    pub fn ids(&mut self, field: &str) -> Vec<i64> {
        let mut out = Vec::new();
        for raw in self.input.all(field) {
            if raw.is_empty() {
                continue;
            }
            match raw.parse::<i64>() {
                Ok(id) if id > 0 => {
                    if !out.contains(&id) {
                        out.push(id)
                    }
                }
                _ => self.fail(field, format!("„{raw}“ ist keine gültige Auswahl.")),
            }
        }
        out
    }

    pub fn optional_int(&mut self, field: &str, min: i64, max: i64) -> Option<i64> {
        let raw = self.input.get(field)?;
        match raw.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => Some(n),
            Ok(n) => {
                self.fail(field, format!("{n} liegt nicht zwischen {min} und {max}."));
                None
            }
            Err(_) => {
                self.fail(field, format!("„{raw}“ ist keine ganze Zahl."));
                None
            }
        }
    }

    /// A checkbox or JSON boolean; absent means `default`.
    pub fn flag(&mut self, field: &str, default: bool) -> bool {
        if !self.input.contains(field) {
            return default;
        }
        match self.input.get(field) {
            None => false,
            Some(v) => match v.to_ascii_lowercase().as_str() {
                "on" | "true" | "1" | "ja" | "yes" => true,
                "off" | "false" | "0" | "nein" | "no" => false,
                _ => {
                    self.fail(field, format!("„{v}“ ist weder ja noch nein."));
                    default
                }
            },
        }
    }

    /// Aligned table rows named `prefix.column` (budget lines and the like).
    pub fn rows(&self, prefix: &str, columns: &[&str]) -> Vec<Vec<String>> {
        let cols: Vec<Vec<&str>> = columns
            .iter()
            .map(|c| self.input.all(&format!("{prefix}.{c}")))
            .collect();
        let n = cols.iter().map(|c| c.len()).max().unwrap_or(0);
        (0..n)
            .map(|i| {
                cols.iter()
                    .map(|c| c.get(i).copied().unwrap_or("").to_owned())
                    .collect()
            })
            .filter(|row: &Vec<String>| row.iter().any(|cell| !cell.is_empty()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_direction_characters_are_refused_line_breaks_only_where_lines_are() {
        let input = RawInput::from_pairs([
            ("nul", "Sprach\0kurs"),
            ("cr", "Zeile\reins"),
            ("bidi", "rechnung\u{202e}fdp.exe"),
            ("isolate", "a\u{2066}b"),
            ("esc", "\u{1b}[31mrot"),
            ("c1", "a\u{85}b"),
            ("title_break", "Sprachkurse\nfür alle"),
            ("text_break", "Erste Zeile\r\nZweite Zeile\n\tEingerückt"),
            ("arabic", "دورات مسائية\u{200f}"),
        ]);
        let mut p = Parser::new(&input);
        for field in ["nul", "cr", "bidi", "isolate", "esc", "c1"] {
            p.optional_lines(field, 100);
        }
        p.optional_text("title_break", 100);
        assert_eq!(
            p.optional_lines("text_break", 100).as_deref(),
            Some("Erste Zeile\r\nZweite Zeile\n\tEingerückt")
        );
        assert!(p.optional_text("arabic", 100).is_some());
        let errors = p.errors;
        for field in ["nul", "cr", "bidi", "isolate", "esc", "c1", "title_break"] {
            assert!(errors.get(field).is_some(), "{field} refused");
        }
        assert_eq!(errors.iter().count(), 7, "{errors}");
        assert!(errors.get("cr").unwrap().contains("U+000D"));
        assert_eq!(
            strip_unsafe("a\rb\0c\u{202e}d\r\ne", Lines::Many),
            "a\nbcd\ne"
        );
        assert_eq!(strip_unsafe("a\nb", Lines::One), "a b");
    }

    #[test]
    fn json_flattens_into_the_same_names_as_forms() {
        let v = serde_json::json!({
            "title": "Sprachkurse",
            "progress": 40,
            "partner_ids": [3, 4],
            "public": true,
            "note": null,
            "budget_lines": [{"year": 2023, "amount": "1000"}, {"year": 2024, "funding_source": "Land"}]
        });
        let input = RawInput::from_json(&v).unwrap();
        assert_eq!(input.get("title"), Some("Sprachkurse"));
        assert_eq!(input.get("progress"), Some("40"));
        assert_eq!(input.all("partner_ids"), vec!["3", "4"]);
        assert_eq!(input.get("note"), None);
        let p = Parser::new(&input);
        let rows = p.rows("budget_lines", &["year", "amount", "funding_source"]);
        assert_eq!(
            rows,
            vec![vec!["2023", "1000", ""], vec!["2024", "", "Land"]]
        );
    }

    #[test]
    fn json_that_is_not_an_object_is_refused() {
        assert!(RawInput::from_json(&serde_json::json!([1, 2])).is_err());
    }

    #[test]
    fn parser_collects_all_errors() {
        let input =
            RawInput::from_pairs([("title", " "), ("start", "32.01.2022"), ("progress", "120")]);
        let mut p = Parser::new(&input);
        p.required_text("title", "einen Titel", 10);
        p.optional_date("start");
        p.required_percent("progress");
        let errors = p.finish(()).unwrap_err();
        assert_eq!(errors.iter().count(), 3);
        assert!(errors.get("title").unwrap().contains("Titel"));
    }
}
