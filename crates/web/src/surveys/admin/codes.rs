//! Invitation codes for a survey that only invited people may answer: issued in a batch,
//! shown once.

use super::Submit;
use super::questionnaire::overview_page;
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::FormInput;
use crate::kit::state::AppState;
use axum::extract::{Path, State};
use axum::response::IntoResponse;

// ---- invitation codes

pub(super) async fn codes(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let n = match input.get("count").map(str::parse::<usize>) {
        Some(Ok(n)) if (1..=5000).contains(&n) => n,
        _ => {
            return Err(HtmlError::Refused(
                "Bitte eine Anzahl von 1 bis 5000 angeben.".into(),
            ));
        }
    };
    let codes = app.store.create_invitations(id, n).await?;
    if input.get("format") == Some("csv") {
        // For the mail merge of the invitation letters; the codes are not kept, so this is
        // the only copy.
        let mut file = teilhabe_domain::spreadsheet::GermanCsv::new(["nr", "code"]);
        for (i, c) in codes.iter().enumerate() {
            file.row([(i + 1).to_string(), c.clone()]);
        }
        return Ok(crate::kit::upload::csv_attachment(
            file.finish(),
            &format!("zugangscodes-{id}.csv"),
        ));
    }
    Ok(overview_page(&app, &cx, id, codes).await?.into_response())
}
