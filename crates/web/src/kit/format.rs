//! Values as pages show them, in the request's language (its [`Context`]): coded labels,
//! dates, periods, money.

use crate::kit::context::Context;
use crate::kit::i18n;
use teilhabe_domain::values::german_date;
use teilhabe_domain::{Coded, Money, Priority, Scope};

/// A coded value's label in the request's language: message `{prefix}-{code}`, or the
/// German label when the language has none.
pub fn coded_label<T: Coded>(cx: &Context, prefix: &str, code: &str) -> String {
    let lang = cx.page();
    match T::from_code(code) {
        Some(v) => i18n::page_or(lang.code, &format!("{prefix}-{}", v.code()), v.label()),
        None => code.to_owned(),
    }
}

pub fn date_de(iso: &Option<String>) -> String {
    iso.as_deref().map(german_date).unwrap_or_default()
}

pub fn period_de(cx: &Context, start: &Option<String>, end: &Option<String>) -> String {
    match (start, end) {
        (Some(s), Some(e)) => format!("{} – {}", german_date(s), german_date(e)),
        (Some(s), None) => format!("{} {}", cx.tr("period-from"), german_date(s)),
        (None, Some(e)) => format!("{} {}", cx.tr("period-until"), german_date(e)),
        (None, None) => cx.tr("period-open"),
    }
}

pub fn money(cents: i64) -> String {
    Money::from_cents(cents).german()
}

pub fn priority_label(cx: &Context, code: &str) -> String {
    coded_label::<Priority>(cx, "priority", code)
}

pub fn scope_label(cx: &Context, code: &str) -> String {
    coded_label::<Scope>(cx, "scope", code)
}
