//! The mails that close the loop: to each confirmed address, what became of the comment
//! (taken into which measures, not taken, not published — with the reason given) and that
//! the version was adopted. Composed by the scheduler (`teilhabe notify` and the server's
//! hourly run) from what the store finds not yet told, in the language the comment was
//! written in; each carries the link that erases the address.

use crate::kit::mails::{Letter, date};
use teilhabe_domain::Date;
use teilhabe_domain::comments::Fate;
use teilhabe_store::comments::{Notice, NoticeKind};
use teilhabe_store::outbox::NewMail;

pub const KIND_FATE: &str = "comment_fate";
pub const KIND_ADOPTED: &str = "comment_adopted";

/// The mail of one notice.
pub fn mail(public_url: &str, body_key: &str, n: &Notice) -> NewMail {
    let root = public_url.trim_end_matches('/');
    let letter = Letter::new(&n.lang);
    let concept = format!("{} ({})", n.concept_title, n.version_label);
    let excerpt = n.excerpt.clone();
    let (kind, subject, letter) = match &n.kind {
        NoticeKind::Fate {
            fate,
            reason,
            measures,
        } => {
            let subject = letter.t("mail-comment-fate-subject", &[("concept", concept.clone())]);
            let id = match fate {
                Fate::Taken => "mail-comment-taken",
                Fate::NotTaken => "mail-comment-not-taken",
                Fate::Rejected => "mail-comment-rejected",
            };
            let mut letter = letter
                .para("mail-hello", &[])
                .para(id, &[("concept", concept.clone()), ("excerpt", excerpt)])
                .list(
                    measures
                        .iter()
                        .map(|(id, title)| format!("{title}: {root}/{body_key}/massnahmen/{id}"))
                        .collect(),
                );
            if let Some(r) = reason.as_deref().filter(|r| !r.trim().is_empty()) {
                letter = letter.para("mail-comment-reason", &[]).quote(r);
            }
            (KIND_FATE, subject, letter)
        }
        NoticeKind::Adopted { adopted_on } => {
            let subject = letter.t(
                "mail-comment-adopted-subject",
                &[("concept", concept.clone())],
            );
            let on = adopted_on
                .as_deref()
                .and_then(|d| Date::parse(d).ok())
                .map_or(String::new(), |d| date(letter.lang(), d));
            let letter = letter
                .para("mail-hello", &[])
                .para(
                    "mail-comment-adopted",
                    &[
                        ("concept", concept.clone()),
                        ("date", on),
                        ("excerpt", excerpt),
                    ],
                )
                .link(format!("{root}/{body_key}/konzepte/{}", n.concept_id));
            (KIND_ADOPTED, subject, letter)
        }
    };
    letter
        .para("mail-comment-comments", &[])
        .link(format!(
            "{root}/{body_key}/konzepte/{}/kommentare",
            n.concept_id
        ))
        .para("mail-comment-unsubscribe", &[])
        .link(format!(
            "{root}/kommentare/abmelden/{}",
            n.unsubscribe_token
        ))
        .mail(n.body_id, kind, &n.email, subject, Some(n.dedupe_key()))
}
