//! The reminders of resolution tracking, mailed to the body's coordinators: an entry whose
//! deadline passed while it is still open or in progress (once per deadline: a new
//! deadline is a new reminder), and a deferred matter whose resubmission date has come
//! (once per date). An entry taken over without a resubmission date is shown in the work
//! queue, not mailed about. Run by `notify` with the other reminders.

use crate::controlling::{Letter, mail_date as date};
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use teilhabe_domain::Date;
use teilhabe_domain::resolutions::Attention;
use teilhabe_store::outbox::NewMail;
use teilhabe_store::{Body, Result, Store};

pub const KIND_RESOLUTION: &str = "resolution_due";

/// The reminders due on `today` for the entries of `bodies`, composed, not yet entered.
pub async fn reminders(
    store: &Store,
    public_url: &str,
    bodies: &[Body],
    today: Date,
) -> Result<Vec<NewMail>> {
    let ids: Vec<i64> = bodies.iter().map(|b| b.id).collect();
    let mut recipients = HashMap::new();
    let mut out = Vec::new();
    for r in store.resolutions_needing_attention(&ids, today).await? {
        let Some(body) = bodies.iter().find(|b| b.id == r.body_id) else {
            continue;
        };
        let (occasion, day, subject, text) = match r.attention(today) {
            Some(Attention::Overdue) => (
                "due",
                r.due_on.clone(),
                "mail-resolution-due-subject",
                "mail-resolution-due",
            ),
            Some(Attention::Resubmission) => (
                "resubmission",
                r.resubmission_on.clone(),
                "mail-resolution-resubmission-subject",
                "mail-resolution-resubmission",
            ),
            _ => continue,
        };
        let Some(day) = day.and_then(|d| Date::parse(&d).ok()) else {
            continue;
        };
        let coordinators = match recipients.entry(body.id) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(store.coordinator_recipients(body.id).await?),
        };
        for to in coordinators.iter() {
            let l = Letter::new(&to.language);
            let args = [
                ("title", r.title.clone()),
                ("decided", super::decided_in(&r)),
                ("date", date(l.lang(), day)),
                ("body", body.name.clone()),
                (
                    "status",
                    l.t(&format!("resolution-status-{}", r.status), &[]),
                ),
            ];
            let subject = l.t(subject, &args);
            let letter = l
                .para("mail-hello", &[])
                .para(text, &args)
                .para("mail-resolution-link", &[])
                .link(format!(
                    "{}/admin/resolutions/{}/edit",
                    public_url.trim_end_matches('/'),
                    r.id
                ));
            let key = format!(
                "resolution:{}:{occasion}:{}:{}",
                r.id,
                day.iso(),
                to.address.to_lowercase()
            );
            out.push(letter.mail(body.id, KIND_RESOLUTION, &to.address, subject, Some(key)));
        }
    }
    Ok(out)
}
