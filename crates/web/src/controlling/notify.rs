//! What controlling mails, and when: the invitations of a reporting round (when it starts,
//! or when the coordinator sends again), the reminders before and after its deadline to
//! the organisations that have not answered in full, a digest of the round's state to the
//! body's coordinators on the same days, a notice to the lead organisation of each late
//! milestone, and to the coordinators a reminder of each committee report (the council's
//! reporting cycles) due within two weeks and of each tracked resolution whose deadline
//! passed or whose resubmission date came (composed by resolution tracking).
//!
//! [`plan`] composes everything due on a day; [`run`] enters it into the outbox. Every
//! scheduled mail carries a dedupe key (round, reminder, organisation, address), so the
//! scheduler may run hourly on every server and each mail is entered once; a day the
//! scheduler missed is caught up on the next run. `teilhabe notify --dry-run` shows the
//! plan without entering anything.

use crate::kit::mails::{Letter, date};
use std::collections::HashMap;
use teilhabe_domain::Date;
use teilhabe_domain::controlling::rounds::{Answer, Reminder, RoundDraft};
use teilhabe_store::comments::Notice;
use teilhabe_store::controlling::rounds::{LinkMail, Participant, Round};
use teilhabe_store::outbox::NewMail;
use teilhabe_store::{Body, Result, Store};

/// Which mail of a round is composed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundMail {
    /// The first mail with the personal link (`dedupe`: once per address; a resend the
    /// coordinator asks for is not deduplicated).
    Invitation {
        dedupe: bool,
    },
    Reminder(Reminder),
}

/// A mail composed for the outbox, with the link it carries if it is a round's.
pub enum Outgoing {
    Link {
        round_id: i64,
        mail: LinkMail,
    },
    Plain(NewMail),
    /// A notice to a commenter: entered together with the mark that it was told.
    Comment {
        notice: Box<Notice>,
        mail: NewMail,
    },
}

impl Outgoing {
    pub fn mail(&self) -> &NewMail {
        match self {
            Self::Link { mail, .. } => &mail.mail,
            Self::Plain(mail) | Self::Comment { mail, .. } => mail,
        }
    }
}

/// One line of `notify`'s report: a mail entered (or, on a dry run, to be entered).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Planned {
    pub kind: String,
    pub body_id: Option<i64>,
    pub recipient: String,
    pub language: String,
    pub subject: String,
    pub dedupe_key: Option<String>,
    pub round_id: Option<i64>,
    pub organization_id: Option<i64>,
}

impl From<&Outgoing> for Planned {
    fn from(o: &Outgoing) -> Self {
        let m = o.mail();
        let (round_id, organization_id) = match o {
            Outgoing::Link { round_id, mail } => (Some(*round_id), Some(mail.organization_id)),
            Outgoing::Plain(_) | Outgoing::Comment { .. } => (None, None),
        };
        Self {
            kind: m.kind.clone(),
            body_id: m.body_id,
            recipient: m.recipient.clone(),
            language: m.language.clone(),
            subject: m.subject.clone(),
            dedupe_key: m.dedupe_key.clone(),
            round_id,
            organization_id,
        }
    }
}

pub const KIND_INVITATION: &str = "round_invitation";
pub const KIND_REMINDER: &str = "round_reminder";
pub const KIND_DIGEST: &str = "round_digest";
pub const KIND_MILESTONE: &str = "milestone_late";
pub const KIND_CYCLE: &str = "committee_report_due";

/// Days before a committee report is due from which the coordinators are reminded.
pub const CYCLE_NOTICE_DAYS: i64 = 14;

/// The link an organisation reports through.
pub fn link_href(public_url: &str, token: &str) -> String {
    format!("{}/bericht/{token}", public_url.trim_end_matches('/'))
}

/// Starts a reporting round for a concept version as if on `started_on` and enters the
/// invitation of every organisation it asks, in the same transaction: what the
/// coordinator's form does, and `teilhabe bench-data --rounds` for hundreds of counties.
pub async fn start_round(
    store: &Store,
    public_url: &str,
    concept_id: i64,
    d: &RoundDraft,
    started_on: Date,
) -> Result<(Round, usize)> {
    let concept = store.concept(concept_id).await?;
    let body = store.body(concept.body_id).await?;
    store
        .start_round_on(concept_id, d, started_on, |round, participants| {
            participants
                .iter()
                .flat_map(|p| {
                    round_mails(
                        public_url,
                        &body,
                        &concept.title,
                        round,
                        p,
                        RoundMail::Invitation { dedupe: true },
                    )
                })
                .collect()
        })
        .await
}

/// A round's mails of one kind to one organisation: one per address, each with its own
/// link. A reminder goes only to an organisation with measures still unanswered, and
/// lists only those.
pub fn round_mails(
    public_url: &str,
    body: &Body,
    concept: &str,
    round: &Round,
    p: &Participant,
    which: RoundMail,
) -> Vec<LinkMail> {
    let open: Vec<&teilhabe_store::controlling::rounds::Asked> = match which {
        RoundMail::Invitation { .. } => p.asked.iter().collect(),
        RoundMail::Reminder(_) => p.asked.iter().filter(|a| a.report.is_none()).collect(),
    };
    if open.is_empty() {
        return Vec::new();
    }
    p.recipients
        .iter()
        .map(|r| {
            let token = LinkMail::token();
            let l = Letter::new(&r.language);
            let lang = l.lang();
            let args = [
                ("round", round.title.clone()),
                ("body", body.name.clone()),
                ("organization", p.name.clone()),
                ("concept", concept.to_owned()),
                ("deadline", date(lang, round.deadline())),
                ("closes", date(lang, round.closes_on())),
            ];
            let items = open.iter().map(|a| match &a.code {
                Some(code) => format!("{code} {}", a.title),
                None => a.title.clone(),
            });
            let (subject, intro, kind, key) = match which {
                RoundMail::Invitation { dedupe } => (
                    "mail-round-subject",
                    "mail-round-intro",
                    KIND_INVITATION,
                    dedupe.then(|| "invitation".to_owned()),
                ),
                RoundMail::Reminder(Reminder::Before) => (
                    "mail-reminder-before-subject",
                    "mail-reminder-before",
                    KIND_REMINDER,
                    Some(Reminder::Before.key()),
                ),
                RoundMail::Reminder(r @ Reminder::After(_)) => (
                    "mail-reminder-after-subject",
                    "mail-reminder-after",
                    KIND_REMINDER,
                    Some(r.key()),
                ),
            };
            let subject = l.t(subject, &args);
            let letter = l
                .para("mail-hello", &[])
                .para(intro, &args)
                .list(items.collect())
                .quote(if matches!(which, RoundMail::Invitation { .. }) {
                    &round.message
                } else {
                    ""
                })
                .para("mail-round-link", &args)
                .link(link_href(public_url, &token))
                .para("mail-round-care", &args);
            let dedupe = key.map(|k| {
                format!(
                    "round:{}:{k}:{}:{}",
                    round.id,
                    p.organization_id,
                    r.address.to_lowercase()
                )
            });
            LinkMail {
                organization_id: p.organization_id,
                token,
                mail: letter.mail(body.id, kind, &r.address, subject, dedupe),
            }
        })
        .collect()
}

/// The digest of a round's state for the body's coordinators, on a reminder day.
async fn digest(
    store: &Store,
    public_url: &str,
    body: &Body,
    round: &Round,
    participants: &[Participant],
    reminder: Reminder,
    today: Date,
) -> Result<Vec<NewMail>> {
    let answered = participants
        .iter()
        .filter(|p| p.answer(round, today) == Answer::Answered)
        .count();
    let mut out = Vec::new();
    for r in store.coordinator_recipients(body.id).await? {
        let l = Letter::new(&r.language);
        let lang = l.lang();
        let args = [
            ("round", round.title.clone()),
            ("body", body.name.clone()),
            ("deadline", date(lang, round.deadline())),
            ("answered", answered.to_string()),
            ("total", participants.len().to_string()),
        ];
        let subject = l.t("mail-digest-subject", &args);
        let open: Vec<String> = participants
            .iter()
            .filter(|p| p.answer(round, today) != Answer::Answered)
            .map(|p| {
                l.t(
                    "mail-digest-item",
                    &[
                        ("organization", p.name.clone()),
                        ("answered", p.answered().to_string()),
                        ("total", p.asked.len().to_string()),
                    ],
                )
            })
            .collect();
        let has_open = !open.is_empty();
        let mut letter = l.para("mail-hello", &[]).para("mail-digest-intro", &args);
        if has_open {
            letter = letter.para("mail-digest-open", &[]).list(open);
        }
        let letter = letter.para("mail-digest-link", &[]).link(format!(
            "{}/admin/rounds/{}",
            public_url.trim_end_matches('/'),
            round.id
        ));
        let key = format!(
            "round:{}:digest-{}:{}",
            round.id,
            reminder.key(),
            r.address.to_lowercase()
        );
        out.push(letter.mail(body.id, KIND_DIGEST, &r.address, subject, Some(key)));
    }
    Ok(out)
}

/// The notices of late milestones: once per milestone and address.
async fn milestone_notices(
    store: &Store,
    public_url: &str,
    bodies: &HashMap<i64, Body>,
    today: Date,
) -> Result<Vec<NewMail>> {
    let ids: Vec<i64> = bodies.keys().copied().collect();
    let mut out = Vec::new();
    for m in store.late_milestones_of_bodies(&ids, &today.iso()).await? {
        let measure = store.measure(m.measure_id).await?;
        let body = bodies.get(&store.body_id_of_measure(m.measure_id).await?);
        let Some(body) = body else { continue };
        let due = Date::parse(&m.due_on).unwrap_or(today);
        for r in store.measure_recipients(m.measure_id).await? {
            let l = Letter::new(&r.language);
            let args = [
                ("milestone", m.title.clone()),
                ("measure", measure.title.clone()),
                ("due", date(l.lang(), due)),
                ("body", body.name.clone()),
            ];
            let subject = l.t("mail-milestone-subject", &args);
            let letter = l
                .para("mail-hello", &[])
                .para("mail-milestone", &args)
                .para("mail-milestone-link", &[])
                .link(format!(
                    "{}/admin/measures/{}/milestones",
                    public_url.trim_end_matches('/'),
                    m.measure_id
                ));
            let key = format!("milestone:{}:late:{}", m.id, r.address.to_lowercase());
            out.push(letter.mail(body.id, KIND_MILESTONE, &r.address, subject, Some(key)));
        }
    }
    Ok(out)
}

/// The reminders of committee reports (the council's reporting cycles) due within
/// [`CYCLE_NOTICE_DAYS`] or overdue, to the body's coordinators: once per due date.
async fn cycle_notices(
    store: &Store,
    public_url: &str,
    bodies: &HashMap<i64, Body>,
    today: Date,
) -> Result<Vec<NewMail>> {
    let until = today.add_days(CYCLE_NOTICE_DAYS).iso();
    let mut out = Vec::new();
    for cycle in store.reporting_cycles_due(None, &until).await? {
        let Some(body) = bodies.get(&cycle.body_id) else {
            continue;
        };
        let committee = store
            .organization(cycle.organization_id)
            .await
            .map(|o| o.name)
            .unwrap_or_default();
        let due = Date::parse(&cycle.next_due).unwrap_or(today);
        for r in store.coordinator_recipients(body.id).await? {
            let l = Letter::new(&r.language);
            let args = [
                ("title", cycle.title.clone()),
                ("committee", committee.clone()),
                ("due", date(l.lang(), due)),
            ];
            let subject = l.t("mail-cycle-subject", &args);
            let letter = l
                .para("mail-hello", &[])
                .para("mail-cycle", &args)
                .para("mail-cycle-link", &[])
                .link(format!(
                    "{}/admin/bodies/{}",
                    public_url.trim_end_matches('/'),
                    body.id
                ));
            let key = format!(
                "cycle:{}:{}:{}",
                cycle.id,
                cycle.next_due,
                r.address.to_lowercase()
            );
            out.push(letter.mail(body.id, KIND_CYCLE, &r.address, subject, Some(key)));
        }
    }
    Ok(out)
}

/// Everything due on `today`, composed (links and all), not yet entered.
pub async fn plan(store: &Store, public_url: &str, today: Date) -> Result<Vec<Outgoing>> {
    let bodies: HashMap<i64, Body> = store
        .list_bodies()
        .await?
        .into_iter()
        .map(|b| (b.id, b))
        .collect();
    let mut out = Vec::new();
    for round in store.open_rounds(today).await? {
        let Some(reminder) = Reminder::due(
            round.deadline(),
            round.closes_on(),
            round.remind_before_days,
            round.remind_after_days,
            today,
        ) else {
            continue;
        };
        let Some(body) = bodies.get(&round.body_id) else {
            continue;
        };
        let concept = store.concept(round.concept_id).await?;
        let participants = store.round_participants(&round).await?;
        for p in &participants {
            for mail in round_mails(
                public_url,
                body,
                &concept.title,
                &round,
                p,
                RoundMail::Reminder(reminder),
            ) {
                out.push(Outgoing::Link {
                    round_id: round.id,
                    mail,
                });
            }
        }
        for mail in digest(
            store,
            public_url,
            body,
            &round,
            &participants,
            reminder,
            today,
        )
        .await?
        {
            out.push(Outgoing::Plain(mail));
        }
    }
    for mail in milestone_notices(store, public_url, &bodies, today).await? {
        out.push(Outgoing::Plain(mail));
    }
    for mail in cycle_notices(store, public_url, &bodies, today).await? {
        out.push(Outgoing::Plain(mail));
    }
    for notice in store.comment_notices().await? {
        let Some(body) = bodies.get(&notice.body_id) else {
            continue;
        };
        let mail = crate::comments::notice_mail(public_url, &body.key, &notice);
        out.push(Outgoing::Comment {
            notice: Box::new(notice),
            mail,
        });
    }
    let listed: Vec<Body> = bodies.into_values().collect();
    for mail in crate::resolutions::reminders(store, public_url, &listed, today).await? {
        out.push(Outgoing::Plain(mail));
    }
    Ok(out)
}

/// Enters what is due on `today` (or, with `dry_run`, only says what would be): the mails
/// whose keys are not in the outbox yet.
pub async fn run(
    store: &Store,
    public_url: &str,
    today: Date,
    dry_run: bool,
) -> Result<Vec<Planned>> {
    let planned = plan(store, public_url, today).await?;
    let keys: Vec<String> = planned
        .iter()
        .filter_map(|o| o.mail().dedupe_key.clone())
        .collect();
    let known = store.known_dedupe_keys(&keys).await?;
    let fresh: Vec<Outgoing> = planned
        .into_iter()
        .filter(|o| {
            o.mail()
                .dedupe_key
                .as_ref()
                .is_none_or(|k| !known.contains(k))
        })
        .collect();
    let report: Vec<Planned> = fresh.iter().map(Planned::from).collect();
    if dry_run {
        return Ok(report);
    }
    let mut by_round: HashMap<i64, Vec<LinkMail>> = HashMap::new();
    for o in fresh {
        match o {
            Outgoing::Link { round_id, mail } => by_round.entry(round_id).or_default().push(mail),
            Outgoing::Plain(mail) => {
                store.enqueue_mail(&mail).await?;
            }
            Outgoing::Comment { notice, mail } => {
                store.enqueue_comment_notice(&notice, &mail).await?;
            }
        }
    }
    for (round_id, mails) in by_round {
        let round = store.round(round_id).await?;
        store.enqueue_round_mails(&round, &mails).await?;
    }
    Ok(report)
}
