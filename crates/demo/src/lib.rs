//! Demo data: the seed scenarios of the specification as bodies with organisations,
//! concept versions and measure plans. Facts and figures come from the council documents;
//! the texts are paraphrased, and people appear only by their role titles.
//!
//! - S0 Landkreis Börde (15083): the committee commissions an integration concept (2017).
//! - S1 Landkreis Peine (03157): the 2022 concept with a full measure plan and three years
//!   of progress reports; it supersedes
//! - S3 the 2006 Leitbild Integration of the same county.
//! - S2 Landkreis Görlitz (14626): "Ankommen und Leben im Landkreis Görlitz", with the
//!   representative population survey (1,000 respondents) and a survey open in four languages.
//! - S4 Kyffhäuserkreis (16065): the 2020 concept continuing the strategy paper of 2017.
//! - Stadt Peine (03157006), partner of the city–county commission Migration und Teilhabe.
//! - Official statistics for the integration monitoring of all of them (monitoring.rs).
//! - Funding programmes of Görlitz and Peine paying their budget lines (funding.rs).

pub mod accounts;
mod boerde;
mod build;
mod comments;
mod funding;
mod goerlitz;
mod impact;
mod kyffhaeuser;
mod monitoring;
mod participation;
mod peine;
mod peine_plan;
mod peine_revision;
mod surveys;
mod translations;

use teilhabe_store::{Result, Store};

/// Loads every demo body. Run it on an empty database; it does not check for duplicates
/// itself, the unique official keys do.
pub async fn load(store: &Store) -> Result<()> {
    boerde::load(store).await?;
    peine::load(store).await?;
    goerlitz::load(store).await?;
    kyffhaeuser::load(store).await?;
    peine::load_city(store).await?;
    funding::load(store).await?;
    impact::load(store).await?;
    translations::load(store).await?;
    monitoring::load(store).await?;
    accounts::load(store).await?;
    tracing::info!("demo data loaded");
    Ok(())
}
