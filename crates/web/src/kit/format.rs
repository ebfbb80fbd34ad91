//! Values as pages show them, in the request's language: coded labels, dates, periods, money.

use crate::kit::i18n;
use crate::kit::layout::tr;
use teilhabe_domain::values::german_date;
use teilhabe_domain::{Coded, Money, Priority, Scope};

/// A coded value's label in the request's language: message `{prefix}-{code}`, or the
/// German label when the language has none.
pub fn coded_label<T: Coded>(prefix: &str, code: &str) -> String {
    let lang = i18n::page();
    match T::from_code(code) {
        Some(v) => i18n::lookup(lang.code, &format!("{prefix}-{}", v.code()), None)
            .unwrap_or_else(|| v.label().to_owned()),
        None => code.to_owned(),
    }
}

pub fn date_de(iso: &Option<String>) -> String {
    iso.as_deref().map(german_date).unwrap_or_default()
}

pub fn period_de(start: &Option<String>, end: &Option<String>) -> String {
    match (start, end) {
        (Some(s), Some(e)) => format!("{} – {}", german_date(s), german_date(e)),
        (Some(s), None) => format!("{} {}", tr("period-from"), german_date(s)),
        (None, Some(e)) => format!("{} {}", tr("period-until"), german_date(e)),
        (None, None) => tr("period-open"),
    }
}

pub fn money(cents: i64) -> String {
    Money::from_cents(cents).german()
}

pub fn priority_label(code: &str) -> String {
    coded_label::<Priority>("priority", code)
}

pub fn scope_label(code: &str) -> String {
    coded_label::<Scope>("scope", code)
}
