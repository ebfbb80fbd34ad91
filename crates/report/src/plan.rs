//! The measure plan as a table: XLSX (formatted, filterable, frozen header) and CSV
//! (semicolon-separated, UTF-8 with a byte order mark, so that German Excel opens it with
//! umlauts and columns intact). One row per measure of the concept in force; the XLSX has
//! a second sheet, "Finanzierung", with one row per budget line — its year, amount,
//! source, funding programme, budget code, own share and staff — so that the totals per
//! programme and budget code of the funding administration can be checked against it.

use crate::gather::{Context, german_iso};
use crate::{Audience, ReportError};
use std::collections::HashMap;
use teilhabe_domain::codes::{MeasureStatus, Priority, Scope, label_of};
use teilhabe_domain::spreadsheet::GermanCsv;
use teilhabe_store::Store;

/// The columns, in order.
pub const COLUMNS: [&str; 18] = [
    "Handlungsfeld",
    "Ziel",
    "Nr.",
    "Maßnahme",
    "Beschreibung",
    "Federführung",
    "Partner",
    "Zielgruppen",
    "Gebiet",
    "Beginn",
    "Ende",
    "Priorität",
    "Status",
    "Fortschritt (%)",
    "Budget (€)",
    "Finanzierung",
    "Letzte Meldung",
    "Öffentlich",
];

/// One measure as a row. Money in cents, days as `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanRow {
    pub field: String,
    pub goal: String,
    pub code: String,
    pub title: String,
    pub description: String,
    pub lead: String,
    pub partners: String,
    pub target_groups: String,
    pub scope: String,
    pub start: Option<String>,
    pub end: Option<String>,
    pub priority: String,
    pub status: String,
    pub progress: i64,
    pub budget_cents: i64,
    pub funding: String,
    pub last_report: Option<String>,
    pub public: bool,
}

/// The columns of the funding sheet, in order.
pub const FUNDING_COLUMNS: [&str; 9] = [
    "Nr.",
    "Maßnahme",
    "Haushaltsjahr",
    "Betrag (€)",
    "Finanzierungsquelle",
    "Förderprogramm",
    "Haushaltsstelle",
    "Eigenanteil (€)",
    "Personal (VZÄ)",
];

/// One budget line of a measure of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct FundingLine {
    pub code: String,
    pub title: String,
    pub year: i64,
    pub amount_cents: i64,
    pub source: String,
    /// "Funder – Name" of the programme that pays it; empty without one.
    pub programme: String,
    pub budget_code: String,
    pub own_share_cents: Option<i64>,
    pub staff_hundredths: Option<i64>,
}

/// The plan of the body's concept in force today; non-public measures only for `Internal`.
pub struct Plan {
    pub body_key: String,
    pub title: String,
    pub rows: Vec<PlanRow>,
    /// The budget lines of the rows' measures, in the rows' order.
    pub lines: Vec<FundingLine>,
    pub internal: bool,
}

pub async fn plan(store: &Store, body_key: &str, audience: Audience) -> Result<Plan, ReportError> {
    let body = match store.body_by_key(body_key).await {
        Ok(b) => b,
        Err(teilhabe_store::StoreError::NotFound(_)) => {
            return Err(ReportError::UnknownBody(body_key.to_owned()));
        }
        Err(e) => return Err(e.into()),
    };
    let ctx = Context {
        store,
        body: &body,
        as_of: time::OffsetDateTime::now_utc().date(),
        internal: audience == Audience::Internal,
        portal: String::new(),
        concept_id: None,
    };
    let concept = ctx.concept().await?;
    let orgs = store.organization_names(ctx.body.id).await?;
    let groups: HashMap<i64, String> = store
        .target_groups(body.id)
        .await?
        .into_iter()
        .map(|g| (g.id, g.name))
        .collect();
    let fields: HashMap<i64, String> = store
        .fields_of_action(concept.id)
        .await?
        .into_iter()
        .enumerate()
        .map(|(i, f)| (f.id, format!("{}. {}", i + 1, f.title)))
        .collect();
    let goals: HashMap<i64, (String, i64)> = store
        .goals_of_concept(concept.id)
        .await?
        .into_iter()
        .map(|g| (g.id, (g.title, g.field_id)))
        .collect();
    let latest = store.latest_reports_of_concept(concept.id).await?;
    let programmes: HashMap<i64, teilhabe_store::funding::Programme> = store
        .programmes(body.id)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let mut lines = Vec::new();
    let names = |ids: &[i64], from: &HashMap<i64, String>| {
        ids.iter()
            .filter_map(|i| from.get(i).cloned())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let rows = store
        .measures_of_concept(concept.id)
        .await?
        .into_iter()
        .filter(|m| ctx.internal || m.public.0)
        .map(|m| {
            let (goal, field_id) = goals.get(&m.goal_id).cloned().unwrap_or_default();
            let mut funding: Vec<String> = Vec::new();
            for b in &m.budget_lines {
                let programme = b.programme_id.and_then(|p| programmes.get(&p));
                let named = programme
                    .map(teilhabe_store::funding::Programme::label)
                    .or_else(|| b.funding_source.clone());
                if let Some(n) = named
                    && !funding.contains(&n)
                {
                    funding.push(n);
                }
                lines.push(FundingLine {
                    code: m.code.clone().unwrap_or_default(),
                    title: m.title.clone(),
                    year: b.year,
                    amount_cents: b.amount_cents,
                    source: b.funding_source.clone().unwrap_or_default(),
                    programme: programme.map(|p| p.label()).unwrap_or_default(),
                    budget_code: programme
                        .and_then(|p| p.budget_code.clone())
                        .unwrap_or_default(),
                    own_share_cents: b.own_share_cents,
                    staff_hundredths: b.staff_hundredths,
                });
            }
            let scope = match &m.scope_detail {
                Some(d) => format!("{} ({d})", label_of::<Scope>(&m.scope)),
                None => label_of::<Scope>(&m.scope).to_owned(),
            };
            PlanRow {
                field: fields.get(&field_id).cloned().unwrap_or_default(),
                goal,
                code: m.code.clone().unwrap_or_default(),
                title: m.title.clone(),
                description: m.description.clone().unwrap_or_default(),
                lead: orgs
                    .get(&m.lead_organization_id)
                    .cloned()
                    .unwrap_or_default(),
                partners: names(&m.partner_ids, &orgs),
                target_groups: names(&m.target_group_ids, &groups),
                scope,
                start: m.start_date.clone(),
                end: m.end_date.clone(),
                priority: label_of::<Priority>(&m.priority).to_owned(),
                status: label_of::<MeasureStatus>(&m.status).to_owned(),
                progress: m.progress,
                budget_cents: m.budget_lines.iter().map(|b| b.amount_cents).sum(),
                funding: funding.join(", "),
                last_report: latest.get(&m.id).map(|r| r.reported_on.clone()),
                public: m.public.0,
            }
        })
        .collect();
    Ok(Plan {
        body_key: body.key.clone(),
        title: format!("Maßnahmenplan {} – {}", body.name, concept.title),
        rows,
        lines,
        internal: ctx.internal,
    })
}

impl Plan {
    /// The columns shown: "Öffentlich" only in the internal plan (the public one has only
    /// public measures, so the column would say nothing).
    fn columns(&self) -> &'static [&'static str] {
        if self.internal {
            &COLUMNS
        } else {
            &COLUMNS[..COLUMNS.len() - 1]
        }
    }

    fn texts(&self, r: &PlanRow) -> Vec<String> {
        let mut out = vec![
            r.field.clone(),
            r.goal.clone(),
            r.code.clone(),
            r.title.clone(),
            r.description.clone(),
            r.lead.clone(),
            r.partners.clone(),
            r.target_groups.clone(),
            r.scope.clone(),
            r.start.as_deref().map(german_iso).unwrap_or_default(),
            r.end.as_deref().map(german_iso).unwrap_or_default(),
            r.priority.clone(),
            r.status.clone(),
            r.progress.to_string(),
            teilhabe_domain::values::Money::from_cents(r.budget_cents)
                .german()
                .trim_end_matches(" €")
                .to_owned(),
            r.funding.clone(),
            r.last_report.as_deref().map(german_iso).unwrap_or_default(),
        ];
        if self.internal {
            out.push(if r.public { "ja" } else { "nein" }.into());
        }
        out
    }

    /// CSV for German Excel (see [`GermanCsv`]).
    pub fn csv(&self) -> Vec<u8> {
        let mut file = GermanCsv::new(self.columns());
        for r in &self.rows {
            file.row(self.texts(r));
        }
        file.finish()
    }

    /// XLSX with a bold, frozen, filterable header, days as dates, money as numbers.
    pub fn xlsx(&self) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
        use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook};
        let mut wb = Workbook::new();
        let header = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_background_color("#DCE6F1");
        let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        let date = Format::new()
            .set_num_format("dd.mm.yyyy")
            .set_align(FormatAlign::Top);
        let euro = Format::new()
            .set_num_format("#,##0.00 \"€\"")
            .set_align(FormatAlign::Top);
        let top = Format::new().set_align(FormatAlign::Top);
        let sheet = wb.add_worksheet();
        sheet.set_name("Maßnahmenplan")?;
        let columns = self.columns();
        for (c, h) in columns.iter().enumerate() {
            sheet.write_with_format(0, c as u16, *h, &header)?;
        }
        let widths = [
            28.0, 30.0, 7.0, 40.0, 60.0, 28.0, 28.0, 28.0, 18.0, 11.0, 11.0, 10.0, 14.0, 11.0,
            14.0, 24.0, 12.0, 10.0,
        ];
        for (c, w) in widths.iter().take(columns.len()).enumerate() {
            sheet.set_column_width(c as u16, *w)?;
        }
        let day = |iso: &Option<String>| {
            iso.as_deref()
                .and_then(|s| ExcelDateTime::parse_from_str(s).ok())
        };
        for (i, r) in self.rows.iter().enumerate() {
            let row = 1 + i as u32;
            let texts = [
                &r.field,
                &r.goal,
                &r.code,
                &r.title,
                &r.description,
                &r.lead,
                &r.partners,
                &r.target_groups,
                &r.scope,
            ];
            for (c, t) in texts.iter().enumerate() {
                sheet.write_with_format(row, c as u16, t.as_str(), &wrap)?;
            }
            for (c, d) in [(9u16, day(&r.start)), (10, day(&r.end))] {
                if let Some(d) = d {
                    sheet.write_datetime_with_format(row, c, &d, &date)?;
                }
            }
            sheet.write_with_format(row, 11, r.priority.as_str(), &top)?;
            sheet.write_with_format(row, 12, r.status.as_str(), &top)?;
            sheet.write_with_format(row, 13, r.progress as f64, &top)?;
            sheet.write_with_format(row, 14, r.budget_cents as f64 / 100.0, &euro)?;
            sheet.write_with_format(row, 15, r.funding.as_str(), &wrap)?;
            if let Some(d) = day(&r.last_report) {
                sheet.write_datetime_with_format(row, 16, &d, &date)?;
            }
            if self.internal {
                sheet.write_with_format(row, 17, if r.public { "ja" } else { "nein" }, &top)?;
            }
        }
        let last_row = self.rows.len() as u32;
        sheet.autofilter(0, 0, last_row.max(1), columns.len() as u16 - 1)?;
        sheet.set_freeze_panes(1, 0)?;
        self.funding_sheet(wb.add_worksheet(), &header, &wrap, &euro, &top)?;
        wb.save_to_buffer()
    }

    /// The sheet "Finanzierung": one row per budget line, money and staff as numbers.
    fn funding_sheet(
        &self,
        sheet: &mut rust_xlsxwriter::Worksheet,
        header: &rust_xlsxwriter::Format,
        wrap: &rust_xlsxwriter::Format,
        euro: &rust_xlsxwriter::Format,
        top: &rust_xlsxwriter::Format,
    ) -> Result<(), rust_xlsxwriter::XlsxError> {
        sheet.set_name("Finanzierung")?;
        for (c, h) in FUNDING_COLUMNS.iter().enumerate() {
            sheet.write_with_format(0, c as u16, *h, header)?;
        }
        for (c, w) in [7.0, 40.0, 10.0, 14.0, 28.0, 40.0, 18.0, 14.0, 10.0]
            .iter()
            .enumerate()
        {
            sheet.set_column_width(c as u16, *w)?;
        }
        for (i, l) in self.lines.iter().enumerate() {
            let row = 1 + i as u32;
            sheet.write_with_format(row, 0, l.code.as_str(), top)?;
            sheet.write_with_format(row, 1, l.title.as_str(), wrap)?;
            sheet.write_with_format(row, 2, l.year as f64, top)?;
            sheet.write_with_format(row, 3, l.amount_cents as f64 / 100.0, euro)?;
            sheet.write_with_format(row, 4, l.source.as_str(), wrap)?;
            sheet.write_with_format(row, 5, l.programme.as_str(), wrap)?;
            sheet.write_with_format(row, 6, l.budget_code.as_str(), top)?;
            if let Some(o) = l.own_share_cents {
                sheet.write_with_format(row, 7, o as f64 / 100.0, euro)?;
            }
            if let Some(s) = l.staff_hundredths {
                sheet.write_with_format(row, 8, s as f64 / 100.0, top)?;
            }
        }
        let last_row = self.lines.len() as u32;
        sheet.autofilter(0, 0, last_row.max(1), FUNDING_COLUMNS.len() as u16 - 1)?;
        sheet.set_freeze_panes(1, 0)?;
        Ok(())
    }

    /// `03157-massnahmenplan.xlsx` (with `-intern` for the internal plan).
    pub fn file_name(&self, extension: &str) -> String {
        let internal = if self.internal { "-intern" } else { "" };
        format!("{}-massnahmenplan{internal}.{extension}", self.body_key)
    }
}
