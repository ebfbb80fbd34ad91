//! The checks of single fields that every section of the dump's validation shares: a
//! known code, an ISO date, a percentage, a reference by number, numbering 1, 2, 3, ….

use teilhabe_domain::{Coded, ConsultationRole, Date, FieldErrors};

pub(super) fn code<T: Coded>(e: &mut FieldErrors, at: &str, value: &str) {
    if let Err(m) = T::parse(value) {
        e.add(at, m);
    }
}

/// A consultation's role: a known code, or (imported from a council system) the source's
/// own words on one line, or nothing when the source gave none.
pub(super) fn consultation_role(e: &mut FieldErrors, at: &str, value: &str) {
    if ConsultationRole::from_code(value).is_none()
        && (value.chars().count() > 200 || value.chars().any(char::is_control))
    {
        e.add(
            at,
            format!("„{value}“ ist weder eine bekannte Rolle noch eine einzeilige Bezeichnung von höchstens 200 Zeichen."),
        );
    }
}

pub(super) fn is_zero(n: &i64) -> bool {
    *n == 0
}

pub(super) fn date(e: &mut FieldErrors, at: &str, value: &Option<String>) {
    if let Some(v) = value
        && (Date::parse(v).is_err() || v.contains('.'))
    {
        e.add(at, format!("„{v}“ ist kein Datum im Format JJJJ-MM-TT."));
    }
}

pub(super) fn percent(e: &mut FieldErrors, at: &str, value: i64) {
    if !(0..=100).contains(&value) {
        e.add(at, format!("{value} liegt nicht zwischen 0 und 100."));
    }
}

pub(super) fn reference(e: &mut FieldErrors, at: &str, r: Option<usize>, len: usize) {
    if let Some(r) = r
        && (r == 0 || r > len)
    {
        e.add(
            at,
            format!("Verweis auf Nr. {r}, es gibt aber nur {len} Einträge."),
        );
    }
}

/// The dump-local ids must be 1, 2, 3, … in list order.
pub(super) fn check_ids(e: &mut FieldErrors, list: &str, ids: impl Iterator<Item = usize>) {
    for (i, id) in ids.enumerate() {
        if id != i + 1 {
            e.add(
                format!("{list}[{i}].id"),
                format!("Erwartet Nr. {}, gefunden {id}.", i + 1),
            );
        }
    }
}
