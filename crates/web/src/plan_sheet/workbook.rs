//! The working sheet to fill in: the concept version's measures with their key, status,
//! progress and dates, an empty column for the new state of affairs, the milestones on a
//! second sheet and a sheet of instructions (XLSX); the measures alone as CSV.

use crate::kit::error::HtmlError;
use crate::kit::state::AppState;
use std::collections::HashMap;
use teilhabe_domain::plan_sheet::{
    MEASURE_COLUMNS, MEASURES_SHEET, MILESTONE_COLUMNS, MILESTONES_SHEET,
};
use teilhabe_domain::spreadsheet::GermanCsv;
use teilhabe_domain::{Coded, Date, MeasureStatus};
use teilhabe_store::Concept;

/// The rows of both sheets, as text (dates ISO).
pub struct Rows {
    pub measures: Vec<Vec<String>>,
    pub milestones: Vec<Vec<String>>,
}

pub async fn rows(app: &AppState, concept: &Concept) -> Result<Rows, HtmlError> {
    let orgs = app.store.organization_names(concept.body_id).await?;
    let fields: HashMap<i64, String> = app
        .store
        .fields_of_action(concept.id)
        .await?
        .into_iter()
        .map(|f| (f.id, f.title))
        .collect();
    let goals: HashMap<i64, (String, i64)> = app
        .store
        .goals_of_concept(concept.id)
        .await?
        .into_iter()
        .map(|g| (g.id, (g.title, g.field_id)))
        .collect();
    let mut milestones: HashMap<i64, Vec<teilhabe_store::controlling::Milestone>> = HashMap::new();
    for s in app.store.milestones_of_concept(concept.id).await? {
        milestones.entry(s.measure_id).or_default().push(s);
    }
    let mut out = Rows {
        measures: Vec::new(),
        milestones: Vec::new(),
    };
    for m in app.store.measures_of_concept(concept.id).await? {
        let (goal, field) = goals.get(&m.goal_id).cloned().unwrap_or_default();
        let status =
            MeasureStatus::from_code(&m.status).map_or(m.status.clone(), |s| s.label().to_owned());
        out.measures.push(vec![
            m.id.to_string(),
            fields.get(&field).cloned().unwrap_or_default(),
            goal,
            m.code.clone().unwrap_or_default(),
            m.title.clone(),
            m.description.clone().unwrap_or_default(),
            orgs.get(&m.lead_organization_id)
                .cloned()
                .unwrap_or_default(),
            m.start_date.clone().unwrap_or_default(),
            m.end_date.clone().unwrap_or_default(),
            status,
            m.progress.to_string(),
            String::new(),
            String::new(),
        ]);
        let label = match &m.code {
            Some(c) => format!("{c} {}", m.title),
            None => m.title.clone(),
        };
        for s in milestones.remove(&m.id).unwrap_or_default() {
            out.milestones.push(vec![
                s.id.to_string(),
                m.id.to_string(),
                label.clone(),
                s.title,
                s.due_on,
                s.done_on.unwrap_or_default(),
            ]);
        }
    }
    Ok(out)
}

/// The measures sheet as CSV for German spreadsheet programs.
pub fn csv(rows: &Rows) -> Vec<u8> {
    let mut file = GermanCsv::new(MEASURE_COLUMNS.iter().map(|(h, _)| *h));
    for r in &rows.measures {
        file.row(r);
    }
    file.finish()
}

/// Columns whose cells are dates, by sheet.
const MEASURE_DATES: [usize; 3] = [7, 8, 12];
const MILESTONE_DATES: [usize; 2] = [4, 5];

/// A sheet to write: name, columns, rows, the columns holding dates, column widths.
type Spec<'a> = (
    &'a str,
    &'a [(&'a str, Option<&'a str>)],
    &'a Vec<Vec<String>>,
    &'a [usize],
    &'a [f64],
);

/// The workbook: measures, milestones and instructions.
pub fn xlsx(title: &str, rows: &Rows, today: Date) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, FormatAlign, Workbook};
    let mut wb = Workbook::new();
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color("#DCE6F1");
    let key = Format::new()
        .set_background_color("#EEEEEE")
        .set_align(FormatAlign::Top);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let date = Format::new()
        .set_num_format("dd.mm.yyyy")
        .set_align(FormatAlign::Top);
    let sheets: [Spec; 2] = [
        (
            MEASURES_SHEET,
            &MEASURE_COLUMNS,
            &rows.measures,
            &MEASURE_DATES,
            &[
                10.0, 24.0, 28.0, 7.0, 40.0, 50.0, 28.0, 12.0, 12.0, 14.0, 11.0, 50.0, 12.0,
            ],
        ),
        (
            MILESTONES_SHEET,
            &MILESTONE_COLUMNS,
            &rows.milestones,
            &MILESTONE_DATES,
            &[10.0, 12.0, 40.0, 40.0, 14.0, 14.0],
        ),
    ];
    for (name, columns, body, dates, widths) in sheets {
        let sheet = wb.add_worksheet();
        sheet.set_name(name)?;
        for (c, (h, _)) in columns.iter().enumerate() {
            sheet.write_with_format(0, c as u16, *h, &header)?;
            sheet.set_column_width(c as u16, widths[c])?;
        }
        for (i, r) in body.iter().enumerate() {
            let row = 1 + i as u32;
            for (c, v) in r.iter().enumerate() {
                let col = c as u16;
                if c == 0 || (name == MILESTONES_SHEET && c == 1) {
                    sheet.write_with_format(row, col, v.parse::<f64>().unwrap_or(0.0), &key)?;
                } else if dates.contains(&c) {
                    if let Ok(d) = Date::parse(v) {
                        let at = rust_xlsxwriter::ExcelDateTime::from_ymd(
                            d.year() as u16,
                            d.month(),
                            d.day(),
                        )?;
                        sheet.write_datetime_with_format(row, col, &at, &date)?;
                    }
                } else if name == MEASURES_SHEET && c == 10 {
                    sheet.write(row, col, v.parse::<f64>().unwrap_or(0.0))?;
                } else {
                    sheet.write_with_format(row, col, v.as_str(), &wrap)?;
                }
            }
        }
        sheet.set_freeze_panes(1, 1)?;
    }
    let notes = wb.add_worksheet();
    notes.set_name("Hinweise")?;
    notes.set_column_width(0, 110)?;
    let statuses: Vec<&str> = MeasureStatus::ALL.iter().map(|s| s.label()).collect();
    for (i, line) in [
        title.to_owned(),
        format!("Stand der Tabelle: {}", today.german()),
        String::new(),
        "Die Spalten „Kennung“ bitte nicht ändern; an ihnen erkennt Teilhabe die Maßnahme und den Meilenstein.".into(),
        format!("Status: {}.", statuses.join(", ")),
        "Ändern sich Status oder Fortschritt, bitte unter „Neuer Sachstand“ in Worten beschreiben, was geschehen ist; „Stand vom“ ist das Datum der Meldung (leer: der Tag des Hochladens).".into(),
        "Neue Meilensteine: eine Zeile ohne Kennung, mit der Kennung der Maßnahme.".into(),
        "Beim Hochladen zeigt Teilhabe zuerst jede Änderung; gespeichert wird erst nach Bestätigung, und nur wenn die ganze Tabelle fehlerfrei ist.".into(),
    ]
    .iter()
    .enumerate()
    {
        notes.write(i as u32, 0, line.as_str())?;
    }
    wb.save_to_buffer()
}
