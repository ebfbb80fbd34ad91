//! The measure plan filled in as a spreadsheet: the coordinator downloads a working sheet
//! of a concept version (XLSX with the measures, their milestones and instructions; or CSV
//! with the measures), the leads fill in status, progress, what happened, dates and
//! milestones in Excel, and the sheet comes back. A preview lists every change per row and
//! every problem with its sheet, row and column; only a sheet without problems is taken
//! over, completely, in one transaction.
//!
//! The same import brings a county's own Excel plan in (onboarding): rows without a key
//! are new measures, placed under their field of action and goal by title (made where the
//! concept has none), led by their organisation by name or short name; a lead the body
//! does not know yet is listed for review — assigned to an existing organisation, or made.

mod admin;
mod compare;
mod workbook;

use crate::kit::state::AppState;
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new().nest("/admin", admin::router())
}
