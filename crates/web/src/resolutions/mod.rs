//! Resolution tracking (Beschlussverfolgung): what became of every resolution of the
//! council, review request and deferred matter — who carries it out, by when, how far it
//! is, which measures carry it. The administration makes the entries (one by one from an
//! agenda item or a paper, or all at once from the recorded outcomes) and keeps them; the
//! public list, its CSV and XLSX, the API and OParl show them to whoever may read their
//! agenda item and paper; the work queue and the reminders point at those whose deadline
//! passed or whose resubmission date came.

mod admin;
mod api;
mod notices;
mod public;

pub use notices::{KIND_RESOLUTION, reminders};
pub use public::{kind_words, state_words};

use crate::kit::state::AppState;
use axum::Router;
use teilhabe_domain::resolutions::ResolutionKind;
use teilhabe_domain::values::german_date;
use teilhabe_domain::{Coded, Date};
use teilhabe_store::resolutions::Resolution;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(public::router())
        .nest("/admin", admin::router())
        .nest("/api", api::router())
}

/// An entry needing attention, as the work queue lists it.
pub struct Due {
    pub id: i64,
    pub title: String,
    pub body: String,
    pub decided_in: String,
    /// "Frist abgelaufen", "Wiedervorlage fällig", "zurückgestellt ohne Wiedervorlagedatum".
    pub attention: &'static str,
    /// The deadline or resubmission date, German; empty without one.
    pub since: String,
}

/// The entries of `bodies` that need attention on `today`, the longest waiting first.
pub async fn due(
    app: &AppState,
    bodies: &[teilhabe_store::Body],
    today: Date,
) -> teilhabe_store::Result<Vec<Due>> {
    let ids: Vec<i64> = bodies.iter().map(|b| b.id).collect();
    let mut out: Vec<(String, Due)> = app
        .store
        .resolutions_needing_attention(&ids, today)
        .await?
        .into_iter()
        .filter_map(|r| {
            let attention = r.attention(today)?;
            let day = match attention {
                teilhabe_domain::resolutions::Attention::Overdue => r.due_on.clone(),
                _ => r.resubmission_on.clone(),
            };
            let body = bodies.iter().find(|b| b.id == r.body_id)?.name.clone();
            Some((
                day.clone().unwrap_or_default(),
                Due {
                    id: r.id,
                    decided_in: decided_in(&r),
                    title: r.title,
                    body,
                    attention: attention.label(),
                    since: day.as_deref().map(german_date).unwrap_or_default(),
                },
            ))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out.into_iter().map(|(_, d)| d).collect())
}

/// Where an entry was decided, in a line: "Kreistag, 15.05.2006, TOP Ö 6" or the paper.
pub fn decided_in(r: &Resolution) -> String {
    let mut parts = Vec::new();
    if let Some(m) = &r.meeting_name {
        parts.push(m.clone());
    }
    if let Some(d) = r.decided_on() {
        parts.push(german_date(d));
    }
    if let Some(n) = r.item_number.as_deref().filter(|n| !n.is_empty()) {
        parts.push(format!("TOP {n}"));
    }
    if parts.is_empty()
        && let Some(p) = &r.paper_reference
    {
        parts.push(format!("Vorlage {p}"));
    }
    parts.join(", ")
}

/// The columns of the downloads, in German as the other downloads are.
const COLUMNS: [&str; 12] = [
    "Art",
    "Beschluss",
    "Beschlossen in",
    "Sitzung am",
    "Vorlage",
    "Federführung",
    "Frist",
    "Stand",
    "Wiedervorlage",
    "Erledigt am",
    "Maßnahmen",
    "Vermerk",
];

/// One entry as a row of the downloads; `measures` names only those the reader may see.
fn cells(r: &Resolution, lead: &str, reader: bool) -> [String; 12] {
    let measures = r
        .measures
        .iter()
        .filter(|m| reader || m.public.0)
        .map(|m| match &m.code {
            Some(c) => format!("{c} {}", m.title),
            None => m.title.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ");
    [
        ResolutionKind::from_code(&r.kind)
            .map(Coded::label)
            .unwrap_or_default()
            .to_owned(),
        r.title.clone(),
        decided_in(r),
        r.decided_on().unwrap_or_default().to_owned(),
        r.paper_reference.clone().unwrap_or_default(),
        lead.to_owned(),
        r.due_on.clone().unwrap_or_default(),
        r.status().label().to_owned(),
        r.resubmission_on.clone().unwrap_or_default(),
        r.done_on.clone().unwrap_or_default(),
        measures,
        r.notes.clone().unwrap_or_default(),
    ]
}

/// The entries as CSV for German spreadsheet programs.
fn csv(rows: &[[String; 12]]) -> Vec<u8> {
    let mut file = teilhabe_domain::spreadsheet::GermanCsv::new(COLUMNS);
    for row in rows {
        file.row(row);
    }
    file.finish()
}

/// The entries as an XLSX workbook with a title line and the day it was made; dates as
/// dates, so the sheet sorts and filters by them.
fn xlsx(
    title: &str,
    today: Date,
    rows: &[[String; 12]],
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let day = Format::new().set_num_format("dd.mm.yyyy");
    let sheet = wb.add_worksheet();
    sheet.set_name("Beschlussverfolgung")?;
    sheet.write_with_format(0, 0, title, &bold)?;
    sheet.write(1, 0, format!("Stand: {}", today.german()))?;
    for (c, h) in COLUMNS.iter().enumerate() {
        sheet.write_with_format(3, c as u16, *h, &bold)?;
    }
    for (i, row) in rows.iter().enumerate() {
        let r = 4 + i as u32;
        for (c, cell) in row.iter().enumerate() {
            let is_date = matches!(c, 3 | 6 | 8 | 9);
            match Date::parse(cell).ok().filter(|_| is_date) {
                Some(d) => {
                    let at = ExcelDateTime::from_ymd(d.year() as u16, d.month(), d.day())?;
                    sheet.write_datetime_with_format(r, c as u16, &at, &day)?;
                }
                None if !cell.is_empty() => {
                    sheet.write(r, c as u16, cell.as_str())?;
                }
                None => {}
            }
        }
    }
    for (c, w) in [(1u16, 50.0), (2, 36.0), (5, 28.0), (10, 40.0), (11, 50.0)] {
        sheet.set_column_width(c, w)?;
    }
    sheet.autofilter(3, 0, 3 + rows.len() as u32, COLUMNS.len() as u16 - 1)?;
    sheet.set_freeze_panes(4, 0)?;
    wb.save_to_buffer()
}
