//! Administration forms: field descriptors rendered by one accessible template
//! (`admin/form.html`): labels, hints, an error summary linked to the fields, errors at
//! the field, and the user's input kept after a rejected submit.

use crate::kit::error::HtmlError;
use crate::kit::layout::Layout;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use std::future::Future;
use teilhabe_domain::concepts::BUDGET_COLUMNS;
use teilhabe_domain::input::Parser;
use teilhabe_domain::{Coded, FieldErrors, RawInput};
use teilhabe_store::StoreError;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Textarea,
    Date,
    Number,
    Email,
    Url,
    Select,
    Checks,
    Flag,
    Budget,
    /// A number per option (e.g. participants per target group), sent as `name.<option>`.
    Counts,
}

pub struct FieldDef {
    pub name: &'static str,
    pub label: &'static str,
    pub kind: Kind,
    pub required: bool,
    pub hint: Option<&'static str>,
    pub options: Vec<(String, String)>,
    /// Whether the options' labels are the code's German words (a closed vocabulary), shown
    /// in the page's language, rather than records' names.
    vocabulary: bool,
}

impl FieldDef {
    pub fn new(name: &'static str, label: &'static str, kind: Kind) -> Self {
        Self {
            name,
            label,
            kind,
            required: false,
            hint: None,
            options: Vec::new(),
            vocabulary: false,
        }
    }

    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }

    pub fn hint(mut self, hint: &'static str) -> Self {
        self.hint = Some(hint);
        self
    }

    /// Options from a closed vocabulary, labelled in the page's language.
    pub fn codes<T: Coded>(mut self) -> Self {
        self.options = T::ALL
            .iter()
            .map(|v| (v.code().to_owned(), v.label().to_owned()))
            .collect();
        self.vocabulary = true;
        self
    }

    pub fn options(mut self, options: Vec<(String, String)>) -> Self {
        self.options = options;
        self
    }
}

/// One field as the template shows it.
pub struct FieldView {
    pub id: String,
    pub name: &'static str,
    pub label: String,
    pub kind: &'static str,
    pub required: bool,
    pub hint: Option<String>,
    pub error: Option<String>,
    /// Ids of the hint and error texts, for `aria-describedby`.
    pub describedby: String,
    pub value: String,
    pub options: Vec<OptionView>,
    pub rows: Vec<Vec<String>>,
}

pub struct OptionView {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct SummaryItem {
    pub href: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "kit/admin_form.html")]
pub struct FormPage {
    pub layout: Layout,
    pub heading: String,
    pub intro: Option<String>,
    pub action: String,
    pub fields: Vec<FieldView>,
    pub summary: Vec<SummaryItem>,
    pub submit: String,
    pub cancel: String,
    pub delete_action: Option<String>,
    /// A second submit button `(value, label)`, sent as `action=value` (e.g. "suggest").
    pub extra_button: Option<(&'static str, String)>,
    /// For a record that holds personal data: its path, under which the GDPR actions are
    /// (`…/privacy-export`, `…/erase`).
    pub personal_data: Option<String>,
}

impl FormPage {
    /// Whether a row's cell holds an option's value (a budget line's programme).
    fn same(&self, cell: &str, value: &str) -> bool {
        cell == value
    }
}

/// The record path of an edit form whose record holds personal data (a person).
fn personal_data(action: &str) -> Option<String> {
    let base = action.strip_suffix("/edit")?;
    base.strip_prefix("/admin/persons/")?
        .parse::<i64>()
        .ok()
        .map(|_| base.to_owned())
}

/// Everything needed to show a form once more. Its texts (heading, intro, labels, hints,
/// buttons) are German and shown in the page's language.
pub struct Form {
    pub layout: Layout,
    pub heading: String,
    pub intro: Option<String>,
    pub action: String,
    pub defs: Vec<FieldDef>,
    pub submit: &'static str,
    pub cancel: String,
    pub delete_action: Option<String>,
    /// A second submit button `(value, label)`, sent as `action=value` (e.g. "suggest").
    pub extra_button: Option<(&'static str, &'static str)>,
}

impl Form {
    pub fn render(
        self,
        input: &RawInput,
        errors: Option<&FieldErrors>,
    ) -> Result<Html<String>, HtmlError> {
        let fields: Vec<FieldView> = self
            .defs
            .iter()
            .map(|d| field_view(&self.layout, d, input, errors))
            .collect();
        let mut summary = Vec::new();
        if let Some(errors) = errors {
            for e in errors.iter() {
                let base = e.field.split('.').next().unwrap_or(&e.field);
                let label = self
                    .defs
                    .iter()
                    .find(|d| d.name == base)
                    .map_or("Eingabe", |d| d.label);
                summary.push(SummaryItem {
                    href: format!("#f-{}", e.field),
                    text: format!("{}: {}", self.layout.g(label), self.layout.g(&e.message)),
                });
            }
        }
        let layout = self.layout;
        let page = FormPage {
            heading: layout.g(&self.heading),
            intro: self.intro.as_deref().map(|t| layout.g(t)),
            personal_data: personal_data(&self.action),
            action: self.action,
            fields,
            summary,
            submit: layout.g(self.submit),
            cancel: self.cancel,
            delete_action: self.delete_action,
            extra_button: self
                .extra_button
                .map(|(value, label)| (value, layout.g(label))),
            layout,
        };
        Ok(Html(page.render()?))
    }

    /// Parses and saves; on success redirects to what `save` returns, otherwise shows the
    /// form again with the input and the errors (422), nothing stored.
    pub async fn submit<D, Fut>(
        self,
        input: RawInput,
        parse: fn(&RawInput) -> Result<D, FieldErrors>,
        save: impl FnOnce(D) -> Fut,
    ) -> Result<Response, HtmlError>
    where
        Fut: Future<Output = Result<String, StoreError>>,
    {
        let errors = match parse(&input) {
            Ok(draft) => match save(draft).await {
                Ok(target) => return Ok(Redirect::to(&target).into_response()),
                Err(StoreError::Invalid(errors)) => errors,
                Err(other) => return Err(other.into()),
            },
            Err(errors) => errors,
        };
        let html = self.render(&input, Some(&errors))?;
        Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
    }
}

/// One field as the template shows it, its words in the page's language (`layout`'s).
fn field_view(
    layout: &Layout,
    d: &FieldDef,
    input: &RawInput,
    errors: Option<&FieldErrors>,
) -> FieldView {
    let error = errors.and_then(|e| {
        e.iter()
            .find(|fe| fe.field == d.name || fe.field.starts_with(&format!("{}.", d.name)))
            .map(|fe| layout.g(&fe.message))
    });
    let selected: Vec<&str> = input.all(d.name);
    let kind = match d.kind {
        Kind::Text => "text",
        Kind::Textarea => "textarea",
        Kind::Date => "date",
        Kind::Number => "number",
        Kind::Email => "email",
        Kind::Url => "url",
        Kind::Select => "select",
        Kind::Checks => "checks",
        Kind::Flag => "flag",
        Kind::Budget => "budget",
        Kind::Counts => "counts",
    };
    let value = match d.kind {
        // A date typed in German stays as typed if it cannot be read; the date input
        // needs ISO, so readable dates are given to it in ISO.
        Kind::Date => input
            .get(d.name)
            .map(|v| teilhabe_domain::Date::parse(v).map_or_else(|_| v.to_owned(), |x| x.iso()))
            .unwrap_or_default(),
        Kind::Flag => {
            if input.contains(d.name) {
                match input.get(d.name) {
                    Some("1" | "on" | "true" | "ja") => "1".into(),
                    _ => "0".into(),
                }
            } else {
                "1".into()
            }
        }
        _ => input.get(d.name).unwrap_or("").to_owned(),
    };
    let rows = if d.kind == Kind::Counts {
        d.options
            .iter()
            .map(|(value, label)| {
                let entered = input
                    .get(&format!("{}.{value}", d.name))
                    .unwrap_or("")
                    .to_owned();
                let label = if d.vocabulary {
                    layout.g(label)
                } else {
                    label.clone()
                };
                vec![value.clone(), label, entered]
            })
            .collect()
    } else if d.kind == Kind::Budget {
        // The domain's columns: year, amount, source, programme, own share, staff.
        let mut rows = Parser::new(input).rows(d.name, &BUDGET_COLUMNS);
        for _ in 0..3 {
            rows.push(vec![String::new(); BUDGET_COLUMNS.len()]);
        }
        rows
    } else {
        Vec::new()
    };
    let id = format!("f-{}", d.name);
    let mut described = Vec::new();
    if d.hint.is_some() {
        described.push(format!("{id}-hint"));
    }
    if error.is_some() {
        described.push(format!("{id}-error"));
    }
    FieldView {
        describedby: described.join(" "),
        id,
        name: d.name,
        label: layout.g(d.label),
        kind,
        required: d.required,
        hint: d.hint.map(|h| layout.g(h)),
        error,
        options: d
            .options
            .iter()
            .map(|(v, l)| OptionView {
                selected: selected.contains(&v.as_str()),
                value: v.clone(),
                label: if d.vocabulary { layout.g(l) } else { l.clone() },
            })
            .collect(),
        value,
        rows,
    }
}

/// The message for `field` among a form's errors, for pages that lay out their own fields.
pub fn field_error<'a, F: AsRef<str>>(errors: &'a [(F, String)], field: &str) -> Option<&'a str> {
    errors
        .iter()
        .find(|(f, _)| f.as_ref() == field)
        .map(|(_, m)| m.as_str())
}

/// The decoded body of an `application/x-www-form-urlencoded` submit.
pub struct FormInput(pub RawInput);

impl<S: Send + Sync> FromRequest<S> for FormInput {
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(Self(RawInput::from_pairs(
            form_urlencoded::parse(&bytes).into_owned(),
        )))
    }
}

/// `Some(x)` as text for a form value, `None` as empty.
pub(crate) fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}
