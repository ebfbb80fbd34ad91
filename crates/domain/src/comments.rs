//! Online comments on a draft in consultation (Online-Beteiligung): anyone may comment on
//! the whole draft or on one of its principles, fields of action, goals or measures —
//! without an account, without JavaScript, in any portal language — and leave an e-mail
//! address only to hear what became of the comment. A comment waits for moderation; once
//! published it shows under its item and becomes a contribution of the version's
//! participation process, whose fate the existing tracking records.
//!
//! Spam is kept out without third parties: a field people do not see and bots fill in,
//! bounds on length and links, and (in the store) a limit per client and hour. The form's
//! problems are codes, so the portal says them in the reader's language.

use crate::codes::{Coded, coded};
use crate::input::{Lines, RawInput, strip_unsafe, unsafe_char};
use crate::participation::{ContributionKind, ContributionStatus};
use crate::revision::ItemKind;
use crate::{ConceptStatus, Date};

coded!(CommentState {
    Pending = "pending": "wartet auf Freigabe",
    Published = "published": "veröffentlicht",
    Rejected = "rejected": "abgelehnt",
    Merged = "merged": "zusammengeführt",
});

/// The field a person leaves empty (it is hidden from them) and a form-filling bot fills.
pub const HONEYPOT: &str = "website";
/// The shortest and the longest comment, in characters.
pub const MIN_CHARS: usize = 10;
pub const MAX_CHARS: usize = 4000;
/// More links than this make a comment look like advertising.
pub const MAX_LINKS: usize = 2;
/// Comments one client may send in an hour.
pub const PER_HOUR: i64 = 5;
/// Days a confirmation link stays valid; an address not confirmed by then is erased.
pub const CONFIRM_DAYS: i64 = 7;
/// Days after the version's adoption that addresses are kept (the adoption notice has
/// gone out by then); a version never adopted keeps them [`UNADOPTED_DAYS`] after its
/// consultation ended.
pub const RETENTION_DAYS: i64 = 90;
pub const UNADOPTED_DAYS: i64 = 730;

coded!(Fate {
    Rejected = "rejected": "nicht veröffentlicht",
    Taken = "taken": "aufgenommen",
    NotTaken = "not_taken": "nicht aufgenommen",
});

/// What a commenter is told became of the comment: rejected in moderation, or the fate
/// of the contribution it became (or was merged into), once decided.
pub fn fate(state: CommentState, contribution: Option<ContributionStatus>) -> Option<Fate> {
    match (state, contribution) {
        (CommentState::Rejected, _) => Some(Fate::Rejected),
        (CommentState::Pending, _) | (_, None | Some(ContributionStatus::Open)) => None,
        (_, Some(ContributionStatus::Taken)) => Some(Fate::Taken),
        (_, Some(ContributionStatus::NotTaken)) => Some(Fate::NotTaken),
    }
}

/// Whether a version takes comments on `today`: it is in consultation and the day lies
/// within its period (both days included).
pub fn open_on(status: &str, from: Option<&str>, until: Option<&str>, today: Date) -> bool {
    let day = |d: Option<&str>| d.and_then(|d| Date::parse(d).ok());
    status == ConceptStatus::Consultation.code()
        && matches!((day(from), day(until)), (Some(f), Some(u)) if f <= today && today <= u)
}

/// Whether the confirmation link of an address left on `created_on` no longer works.
pub fn confirmation_expired(created_on: Date, today: Date) -> bool {
    created_on.add_days(CONFIRM_DAYS) <= today
}

/// Whether a commenter's address is due for erasure on `today`: unconfirmed past its
/// link's validity, or kept long enough after the version was adopted (or, never adopted,
/// after its consultation ended).
pub fn address_due(
    created_on: Date,
    confirmed: bool,
    adopted_on: Option<Date>,
    consultation_until: Option<Date>,
    today: Date,
) -> bool {
    if !confirmed && confirmation_expired(created_on, today) {
        return true;
    }
    match (adopted_on, consultation_until) {
        (Some(a), _) => a.add_days(RETENTION_DAYS) <= today,
        (None, Some(u)) => u.add_days(UNADOPTED_DAYS) <= today,
        (None, None) => created_on.add_days(UNADOPTED_DAYS) <= today,
    }
}

/// What a comment is about: the draft as a whole, or one of its items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Version,
    Item(ItemKind, i64),
}

impl Target {
    /// `version`, or `measure:12` and the like: the form's value.
    pub fn code(self) -> String {
        match self {
            Self::Version => "version".into(),
            Self::Item(kind, id) => format!("{}:{id}", kind.code()),
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        if code == "version" {
            return Some(Self::Version);
        }
        let (kind, id) = code.split_once(':')?;
        let id = id.parse::<i64>().ok().filter(|id| *id > 0)?;
        Some(Self::stored(kind, Some(id))).filter(|t| *t != Self::Version)
    }

    /// The target as stored: an item's kind code and id, or anything else for the version.
    pub fn stored(kind: &str, id: Option<i64>) -> Self {
        match (ItemKind::ALL.into_iter().find(|k| k.code() == kind), id) {
            (Some(kind), Some(id)) => Self::Item(kind, id),
            _ => Self::Version,
        }
    }
}

/// What is wrong with a submitted comment, by field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// No text, or too short to say something.
    TooShort,
    TooLong,
    TooManyLinks,
    /// Control or direction-override characters.
    BadCharacters,
    NoTarget,
    BadAddress,
    /// The hidden field was filled in: a bot.
    Refused,
}

impl Problem {
    /// The portal message that says it (`comment-problem-…`).
    pub fn code(self) -> &'static str {
        match self {
            Self::TooShort => "too-short",
            Self::TooLong => "too-long",
            Self::TooManyLinks => "too-many-links",
            Self::BadCharacters => "bad-characters",
            Self::NoTarget => "no-target",
            Self::BadAddress => "bad-address",
            Self::Refused => "refused",
        }
    }
}

/// A comment as submitted, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentDraft {
    pub target: Target,
    pub text: String,
    /// For the notices, after it is confirmed (double opt-in).
    pub email: Option<String>,
}

impl CommentDraft {
    /// Checks the form: `target`, `text`, optional `email`, and the [`HONEYPOT`] that must
    /// stay empty. All problems at once, by field.
    pub fn parse(input: &RawInput) -> Result<Self, Vec<(&'static str, Problem)>> {
        let mut problems = Vec::new();
        if input.get(HONEYPOT).is_some_and(|v| !v.trim().is_empty()) {
            return Err(vec![("text", Problem::Refused)]);
        }
        let target = input.get("target").and_then(Target::parse);
        if target.is_none() {
            problems.push(("target", Problem::NoTarget));
        }
        let raw = input.get("text").unwrap_or("").trim();
        // Counted as it would be stored (line breaks made uniform).
        let text = strip_unsafe(raw, Lines::Many).trim().to_owned();
        let length = text.chars().count();
        if unsafe_char(raw, Lines::Many).is_some() {
            problems.push(("text", Problem::BadCharacters));
        } else if length < MIN_CHARS {
            problems.push(("text", Problem::TooShort));
        } else if length > MAX_CHARS {
            problems.push(("text", Problem::TooLong));
        } else if links(&text) > MAX_LINKS {
            problems.push(("text", Problem::TooManyLinks));
        }
        let email = input.get("email").map(str::trim).filter(|e| !e.is_empty());
        if let Some(e) = email
            && (e.chars().count() > 254 || !crate::bodies::is_address(e))
        {
            problems.push(("email", Problem::BadAddress));
        }
        match target {
            Some(target) if problems.is_empty() => Ok(Self {
                target,
                text,
                email: email.map(str::to_lowercase),
            }),
            _ => Err(problems),
        }
    }
}

/// How many web addresses a text holds.
fn links(text: &str) -> usize {
    text.matches("http://").count()
        + text.matches("https://").count()
        + text.matches("www.").count()
}

/// What a coordinator does with a waiting comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Moderation {
    /// Published; it becomes a contribution of this kind, filed under these fields of
    /// action and target groups.
    Publish {
        kind: ContributionKind,
        field_ids: Vec<i64>,
        target_group_ids: Vec<i64>,
    },
    /// Not published, with the reason the commenter is told.
    Reject { reason: String },
    /// The same as an earlier comment: counted with it, not shown on its own.
    Merge { into: i64 },
}

impl Moderation {
    pub fn parse(input: &RawInput) -> Result<Self, crate::FieldErrors> {
        let mut p = crate::input::Parser::new(input);
        let action = input.get("action").unwrap_or("");
        let m = match action {
            "publish" => Moderation::Publish {
                kind: p
                    .required_code::<ContributionKind>("kind")
                    .unwrap_or(ContributionKind::Idea),
                field_ids: p.ids("field_ids"),
                target_group_ids: p.ids("target_group_ids"),
            },
            "reject" => Moderation::Reject {
                reason: p.required_lines("reason", "den Grund, den die Person erfährt", 2000),
            },
            "merge" => Moderation::Merge {
                into: p
                    .required_id("into", "den Beitrag, mit dem er zusammengeführt wird")
                    .unwrap_or_default(),
            },
            _ => {
                p.fail(
                    "action",
                    "Bitte wählen Sie: veröffentlichen, ablehnen oder zusammenführen.",
                );
                Moderation::Publish {
                    kind: ContributionKind::Idea,
                    field_ids: Vec::new(),
                    target_group_ids: Vec::new(),
                }
            }
        };
        p.finish(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> RawInput {
        RawInput::from_pairs(pairs.iter().copied())
    }

    #[test]
    fn a_comment_is_checked_field_by_field() {
        let ok = CommentDraft::parse(&form(&[
            ("target", "measure:12"),
            ("text", "Bitte auch Kurse am Abend anbieten."),
            ("email", " Leser@Example.org "),
            (HONEYPOT, ""),
        ]))
        .unwrap();
        assert_eq!(ok.target, Target::Item(ItemKind::Measure, 12));
        assert_eq!(ok.email.as_deref(), Some("leser@example.org"));

        let arabic = CommentDraft::parse(&form(&[
            ("target", "version"),
            ("text", "نرجو توفير دورات مسائية للعاملين."),
        ]))
        .unwrap();
        assert_eq!(arabic.target, Target::Version);

        let bad = CommentDraft::parse(&form(&[
            ("target", "measure:x"),
            ("text", "kurz"),
            ("email", "nicht-an-mich"),
        ]))
        .unwrap_err();
        assert_eq!(
            bad,
            [
                ("target", Problem::NoTarget),
                ("text", Problem::TooShort),
                ("email", Problem::BadAddress)
            ]
        );
        let spam = "Jetzt kaufen: https://a.example https://b.example www.c.example";
        assert_eq!(
            CommentDraft::parse(&form(&[("target", "version"), ("text", spam)])).unwrap_err(),
            [("text", Problem::TooManyLinks)]
        );
        let long = "x".repeat(MAX_CHARS + 1);
        assert_eq!(
            CommentDraft::parse(&form(&[("target", "version"), ("text", &long)])).unwrap_err(),
            [("text", Problem::TooLong)]
        );
        let override_ = "Sprachkurse\u{202e}gnuldaL";
        assert_eq!(
            CommentDraft::parse(&form(&[("target", "version"), ("text", override_)])).unwrap_err(),
            [("text", Problem::BadCharacters)]
        );
    }

    #[test]
    fn a_filled_hidden_field_is_refused_whatever_else_is_there() {
        let bot = CommentDraft::parse(&form(&[
            ("target", "version"),
            ("text", "Ein ganz normaler Text von einem Programm."),
            (HONEYPOT, "https://spam.example"),
        ]));
        assert_eq!(bot.unwrap_err(), [("text", Problem::Refused)]);
    }

    #[test]
    fn targets_round_trip_and_moderation_needs_its_reason() {
        for t in [Target::Version, Target::Item(ItemKind::Goal, 7)] {
            assert_eq!(Target::parse(&t.code()), Some(t));
        }
        assert_eq!(Target::parse("goal:0"), None);
        assert_eq!(Target::parse("paper:3"), None);
        let e = Moderation::parse(&form(&[("action", "reject")])).unwrap_err();
        assert!(e.get("reason").is_some());
        assert_eq!(
            Moderation::parse(&form(&[("action", "merge"), ("into", "4")])).unwrap(),
            Moderation::Merge { into: 4 }
        );
        assert_eq!(
            Moderation::parse(&form(&[
                ("action", "publish"),
                ("kind", "need"),
                ("field_ids", "3")
            ]))
            .unwrap(),
            Moderation::Publish {
                kind: ContributionKind::Need,
                field_ids: vec![3],
                target_group_ids: Vec::new()
            }
        );
    }

    #[test]
    fn a_version_takes_comments_only_in_its_period() {
        let d = |s: &str| Date::parse(s).unwrap();
        let open = |status: &str, today: &str| {
            open_on(status, Some("2026-11-01"), Some("2026-12-31"), d(today))
        };
        assert!(open("consultation", "2026-11-01"));
        assert!(open("consultation", "2026-12-31"));
        assert!(!open("consultation", "2027-01-01"));
        assert!(!open("consultation", "2026-10-31"));
        assert!(!open("adopted", "2026-12-01"));
        assert!(!open_on("consultation", None, None, d("2026-12-01")));
    }

    #[test]
    fn fates_and_erasure_follow_the_process() {
        use ContributionStatus as S;
        assert_eq!(fate(CommentState::Pending, None), None);
        assert_eq!(fate(CommentState::Rejected, None), Some(Fate::Rejected));
        assert_eq!(fate(CommentState::Published, Some(S::Open)), None);
        assert_eq!(
            fate(CommentState::Merged, Some(S::Taken)),
            Some(Fate::Taken)
        );
        assert_eq!(
            fate(CommentState::Published, Some(S::NotTaken)),
            Some(Fate::NotTaken)
        );
        let d = |s: &str| Date::parse(s).unwrap();
        let made = d("2026-11-10");
        assert!(!address_due(made, false, None, None, d("2026-11-16")));
        assert!(address_due(made, false, None, None, d("2026-11-17")));
        assert!(!address_due(
            made,
            true,
            Some(d("2027-03-01")),
            None,
            d("2027-05-29")
        ));
        assert!(address_due(
            made,
            true,
            Some(d("2027-03-01")),
            None,
            d("2027-05-30")
        ));
        assert!(!address_due(
            made,
            true,
            None,
            Some(d("2026-12-31")),
            d("2028-12-29")
        ));
        assert!(address_due(
            made,
            true,
            None,
            Some(d("2026-12-31")),
            d("2028-12-30")
        ));
    }
}
