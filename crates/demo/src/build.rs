//! Small helpers that keep the demo tables readable.

use std::collections::HashMap;
use teilhabe_domain::bodies::{BodyDraft, OrganizationDraft, PersonDraft};
use teilhabe_domain::concepts::{
    BudgetLineDraft, ConceptDraft, FieldOfActionDraft, GoalDraft, MeasureDraft, PrincipleDraft,
    ProgressReportDraft, TargetGroupDraft,
};
use teilhabe_domain::{
    ActorClass, BodyKind, ConceptKind, ConceptStatus, Date, MeasureStatus, Money, OfficialKey,
    OrganizationKind, Percent, Period, Priority, Scope,
};
use teilhabe_store::{Result, Store};

pub fn date(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|e| panic!("demo date {s}: {e}"))
}

pub fn euros(n: i64) -> Money {
    Money::from_cents(n * 100)
}

/// A body with lookups from short names to the ids created for it.
/// A resolution tracking entry of the demo (see [`Demo::track`]).
pub struct Track<'a> {
    pub kind: teilhabe_domain::resolutions::ResolutionKind,
    pub title: &'a str,
    pub lead: Option<&'a str>,
    pub due: Option<&'a str>,
    pub status: teilhabe_domain::resolutions::ResolutionStatus,
    pub resubmission: Option<&'a str>,
    pub done: Option<&'a str>,
    pub notes: Option<&'a str>,
    pub measures: &'a [i64],
}

pub struct Demo<'a> {
    pub store: &'a Store,
    pub body_id: i64,
    pub orgs: HashMap<&'static str, i64>,
    pub groups: HashMap<&'static str, i64>,
    pub persons: HashMap<&'static str, i64>,
}

impl<'a> Demo<'a> {
    pub async fn body(
        store: &'a Store,
        key: &str,
        name: &str,
        kind: BodyKind,
        website: &str,
    ) -> Result<Self> {
        let body = store
            .create_body(&BodyDraft {
                key: OfficialKey::parse(key).unwrap_or_else(|e| panic!("demo key {key}: {e}")),
                name: name.into(),
                short_name: None,
                kind,
                website: Some(website.into()),
                contact_email: None,
            })
            .await?;
        Ok(Self {
            store,
            body_id: body.id,
            orgs: HashMap::new(),
            groups: HashMap::new(),
            persons: HashMap::new(),
        })
    }

    /// `(handle, name, kind, classification)`; the handle is how the tables below refer to it.
    pub async fn orgs(
        &mut self,
        rows: &[(&'static str, &str, OrganizationKind, Option<ActorClass>)],
    ) -> Result<()> {
        for (handle, name, kind, class) in rows {
            self.org_with_period(handle, name, *kind, *class, None, None)
                .await?;
        }
        Ok(())
    }

    pub async fn org_with_period(
        &mut self,
        handle: &'static str,
        name: &str,
        kind: OrganizationKind,
        classification: Option<ActorClass>,
        start: Option<&str>,
        end: Option<&str>,
    ) -> Result<i64> {
        let period = Period::new(start.map(date), end.map(date)).unwrap_or_default();
        let org = self
            .store
            .create_organization(
                self.body_id,
                &OrganizationDraft {
                    name: name.into(),
                    short_name: None,
                    kind,
                    classification,
                    website: None,
                    period,
                },
            )
            .await?;
        self.orgs.insert(handle, org.id);
        Ok(org.id)
    }

    pub async fn groups(&mut self, rows: &[(&'static str, &str, &str)]) -> Result<()> {
        for (handle, name, description) in rows {
            let tg = self
                .store
                .create_target_group(
                    self.body_id,
                    &TargetGroupDraft {
                        name: (*name).into(),
                        description: Some((*description).into()),
                    },
                )
                .await?;
            self.groups.insert(handle, tg.id);
        }
        Ok(())
    }

    /// A seat of a person in an organisation (e.g. the coordinator in a steering group).
    pub async fn member(
        &mut self,
        person: &str,
        org: &str,
        role: &str,
        voting_right: bool,
    ) -> Result<()> {
        let person_id = *self
            .persons
            .get(person)
            .unwrap_or_else(|| panic!("demo person {person} missing"));
        self.store
            .create_membership(
                self.org(org),
                &teilhabe_domain::bodies::MembershipDraft {
                    person_id,
                    role: Some(role.into()),
                    voting_right,
                    period: Period::default(),
                },
            )
            .await?;
        Ok(())
    }

    /// A person known only by function, attached to an organisation.
    pub async fn role(&mut self, handle: &'static str, role_title: &str, org: &str) -> Result<i64> {
        self.contact(Some(handle), role_title, org, None).await
    }

    /// [`Self::role`] with an e-mail address (the demo's under the reserved `.example`).
    pub async fn contact(
        &mut self,
        handle: Option<&'static str>,
        role_title: &str,
        org: &str,
        email: Option<String>,
    ) -> Result<i64> {
        let p = self
            .store
            .create_person(
                self.body_id,
                &PersonDraft {
                    name: role_title.into(),
                    role_title: Some(role_title.into()),
                    organization_id: Some(self.org(org)),
                    email,
                    phone: None,
                    public: true,
                },
            )
            .await?;
        if let Some(handle) = handle {
            self.persons.insert(handle, p.id);
        }
        Ok(p.id)
    }

    pub fn org(&self, handle: &str) -> i64 {
        *self
            .orgs
            .get(handle)
            .unwrap_or_else(|| panic!("demo organisation {handle} missing"))
    }

    pub fn group(&self, handle: &str) -> i64 {
        *self
            .groups
            .get(handle)
            .unwrap_or_else(|| panic!("demo target group {handle} missing"))
    }

    #[allow(clippy::too_many_arguments)]
    pub async fn concept(
        &self,
        title: &str,
        kind: ConceptKind,
        version: &str,
        status: ConceptStatus,
        adopted_on: Option<&str>,
        paper: Option<&str>,
        summary: &str,
    ) -> Result<i64> {
        let c = self
            .store
            .create_concept(
                self.body_id,
                &ConceptDraft {
                    title: title.into(),
                    kind,
                    version_label: version.into(),
                    status,
                    adopted_on: adopted_on.map(date),
                    summary: Some(summary.into()),
                    paper_reference: paper.map(Into::into),
                    supersedes_id: None,
                    consultation: Default::default(),
                },
            )
            .await?;
        Ok(c.id)
    }

    pub async fn principles(&self, concept_id: i64, rows: &[(&str, &str)]) -> Result<()> {
        for (title, text) in rows {
            self.store
                .create_principle(
                    concept_id,
                    &PrincipleDraft {
                        position: None,
                        title: (*title).into(),
                        text: Some((*text).into()),
                    },
                )
                .await?;
        }
        Ok(())
    }

    pub async fn field(&self, concept_id: i64, title: &str, description: &str) -> Result<i64> {
        Ok(self
            .store
            .create_field_of_action(
                concept_id,
                &FieldOfActionDraft {
                    position: None,
                    title: title.into(),
                    description: Some(description.into()),
                },
            )
            .await?
            .id)
    }

    pub async fn goal(&self, field_id: i64, title: &str, target_note: Option<&str>) -> Result<i64> {
        Ok(self
            .store
            .create_goal(
                field_id,
                &GoalDraft {
                    position: None,
                    title: title.into(),
                    description: None,
                    target_note: target_note.map(Into::into),
                },
            )
            .await?
            .id)
    }

    pub async fn measure(&self, goal_id: i64, m: &MeasureSpec) -> Result<i64> {
        let draft = MeasureDraft {
            position: None,
            code: Some(m.code.into()),
            title: m.title.into(),
            description: Some(m.description.into()),
            lead_organization_id: self.org(m.lead),
            partner_ids: m.partners.iter().map(|p| self.org(p)).collect(),
            contact_person_id: m.contact.and_then(|c| self.persons.get(c).copied()),
            target_group_ids: m.groups.iter().map(|g| self.group(g)).collect(),
            scope: m.scope,
            scope_detail: m.scope_detail.map(Into::into),
            period: Period::new(Some(date(m.start)), m.end.map(date)).unwrap_or_default(),
            priority: m.priority,
            status: MeasureStatus::Planned,
            progress: Percent::default(),
            budget_lines: m
                .budget
                .iter()
                .map(|(year, amount, source, own)| BudgetLineDraft {
                    year: *year,
                    amount: euros(*amount),
                    funding_source: Some((*source).into()),
                    programme_id: None,
                    own_share: Some(euros(*own)),
                    staff: None,
                })
                .collect(),
            public: true,
            report_interval: None,
        };
        Ok(self.store.create_measure(goal_id, &draft).await?.id)
    }

    #[allow(clippy::too_many_arguments)]
    pub async fn report(
        &self,
        measure_id: i64,
        on: &str,
        status: MeasureStatus,
        progress: i64,
        narrative: &str,
        spent: Option<i64>,
        reporter: &str,
    ) -> Result<()> {
        self.store
            .create_progress_report(
                measure_id,
                &ProgressReportDraft {
                    reported_on: date(on),
                    status,
                    progress: Percent::new(progress).unwrap_or_default(),
                    narrative: narrative.into(),
                    spent: spent.map(euros),
                    reporter_organization_id: Some(self.org(reporter)),
                    outputs: Vec::new(),
                },
            )
            .await?;
        Ok(())
    }
}

/// One row of a measure plan.
pub struct MeasureSpec {
    pub code: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub lead: &'static str,
    pub partners: &'static [&'static str],
    pub contact: Option<&'static str>,
    pub groups: &'static [&'static str],
    pub scope: Scope,
    pub scope_detail: Option<&'static str>,
    pub start: &'static str,
    pub end: Option<&'static str>,
    pub priority: Priority,
    /// `(year, euros, funding source, own share in euros)`
    pub budget: &'static [(i32, i64, &'static str, i64)],
}

/// The target groups every demo county works with.
pub const COMMON_GROUPS: &[(&str, &str, &str)] = &[
    (
        "refugees",
        "Geflüchtete",
        "Schutzsuchende mit Aufenthaltsgestattung, Duldung oder Schutzstatus",
    ),
    (
        "eu",
        "EU-Zugewanderte",
        "Menschen aus anderen EU-Staaten, die hier leben und arbeiten",
    ),
    (
        "umf",
        "Unbegleitete minderjährige Ausländer",
        "Kinder und Jugendliche, die ohne Eltern eingereist sind",
    ),
    (
        "women",
        "Frauen mit Migrationsgeschichte",
        "Zugewanderte Frauen, auch mit kleinen Kindern",
    ),
    (
        "youth",
        "Kinder und Jugendliche",
        "Kinder und Jugendliche mit und ohne Migrationsgeschichte",
    ),
    (
        "host",
        "Aufnahmegesellschaft",
        "Die Bevölkerung vor Ort, Nachbarschaften, Vereine",
    ),
    (
        "volunteers",
        "Ehrenamtliche",
        "Engagierte in Willkommensinitiativen, Patenschaften und Vereinen",
    ),
    (
        "migrants",
        "Menschen mit Migrationsgeschichte",
        "Zugewanderte und ihre Nachkommen insgesamt",
    ),
    (
        "workers",
        "Arbeitgeber und Beschäftigte",
        "Betriebe, Kammern und Beschäftigte mit ausländischer Staatsangehörigkeit",
    ),
];

/// One agenda item with its outcome: `(number, public, result, votes yes/no/abstain/conflicted)`.
pub struct Outcome {
    pub number: Option<&'static str>,
    pub result: &'static str,
    pub votes: Option<(u32, u32, u32, u32)>,
    /// The minutes say "einstimmig" (with or without counts).
    pub unanimous: bool,
    pub minutes: Option<&'static str>,
}

impl Demo<'_> {
    pub async fn location(
        &self,
        room: &str,
        description: &str,
        street: &str,
        postal_code: &str,
        locality: &str,
    ) -> Result<i64> {
        use teilhabe_domain::council::LocationDraft;
        let l = self
            .store
            .create_location(
                self.body_id,
                &LocationDraft {
                    description: Some(description.into()),
                    room: Some(room.into()),
                    street_address: Some(street.into()),
                    postal_code: Some(postal_code.into()),
                    locality: Some(locality.into()),
                },
            )
            .await?;
        Ok(l.id)
    }

    /// A held meeting of one organisation; times as `DD.MM.YYYY HH:MM` or a date alone.
    pub async fn meeting(
        &self,
        name: &str,
        org: &str,
        start: &str,
        end: Option<&str>,
        location: Option<i64>,
        note: Option<&str>,
    ) -> Result<i64> {
        use teilhabe_domain::council::{LocalDateTime, MeetingDraft};
        let at = |s: &str| LocalDateTime::parse(s).unwrap_or_else(|e| panic!("demo time {s}: {e}"));
        let m = self
            .store
            .create_meeting(
                self.body_id,
                &MeetingDraft {
                    name: name.into(),
                    state: teilhabe_domain::MeetingState::Held,
                    cancelled: false,
                    start: at(start),
                    end: end.map(at),
                    location_id: location,
                    organization_ids: vec![self.org(org)],
                    note: note.map(Into::into),
                },
            )
            .await?;
        Ok(m.id)
    }

    #[allow(clippy::too_many_arguments)]
    pub async fn paper(
        &self,
        reference: &str,
        name: &str,
        lead: Option<&str>,
        submitter_person: Option<&str>,
        editor: Option<&str>,
        concept_id: Option<i64>,
        proposal: &str,
        reasoning: &str,
        finance_note: Option<&str>,
    ) -> Result<i64> {
        use teilhabe_domain::council::{FinanceBlock, PaperDraft};
        let p = self
            .store
            .create_paper(
                self.body_id,
                &PaperDraft {
                    reference: reference.into(),
                    name: name.into(),
                    paper_type: teilhabe_domain::PaperType::Resolution,
                    date: None,
                    proposal: Some(proposal.into()),
                    reasoning: Some(reasoning.into()),
                    submitter_person_id: submitter_person
                        .and_then(|p| self.persons.get(p).copied()),
                    submitter_organization_id: None,
                    lead_organization_id: lead.map(|l| self.org(l)),
                    editor: editor.map(Into::into),
                    concept_id,
                    measure_ids: Vec::new(),
                    public: true,
                    finance: FinanceBlock {
                        note: finance_note.map(Into::into),
                        ..FinanceBlock::default()
                    },
                },
            )
            .await?;
        Ok(p.id)
    }

    /// Puts a paper on a meeting's agenda, records the outcome and the consultation.
    pub async fn consult(
        &self,
        paper: i64,
        org: &str,
        meeting: Option<i64>,
        role: teilhabe_domain::ConsultationRole,
        outcome: Option<Outcome>,
    ) -> Result<()> {
        use teilhabe_domain::council::{AgendaItemDraft, ConsultationDraft, Votes};
        let mut agenda_item_id = None;
        if let (Some(meeting), Some(o)) = (meeting, outcome) {
            let p = self.store.paper(paper).await?;
            let mut votes = o
                .votes
                .map(|(y, n, a, c)| Votes {
                    yes: Some(y),
                    no: Some(n),
                    abstain: Some(a),
                    conflicted: Some(c),
                    declared_unanimous: false,
                })
                .unwrap_or_default();
            votes.declared_unanimous = o.unanimous;
            let item = self
                .store
                .create_agenda_item(
                    meeting,
                    &AgendaItemDraft {
                        position: None,
                        number: o.number.map(Into::into),
                        name: format!("{} ({})", p.name, p.reference),
                        public: true,
                        paper_id: Some(paper),
                        result: Some(o.result.into()),
                        resolution_text: p.proposal.clone(),
                        votes,
                        minutes: o.minutes.map(Into::into),
                    },
                )
                .await?;
            agenda_item_id = Some(item.id);
        }
        self.store
            .create_consultation(
                paper,
                &ConsultationDraft {
                    position: None,
                    organization_id: self.org(org),
                    meeting_id: meeting,
                    agenda_item_id,
                    role,
                    authoritative: role == teilhabe_domain::ConsultationRole::Decision,
                },
            )
            .await?;
        Ok(())
    }

    /// A non-public agenda item: in the public portal only its number shows.
    pub async fn closed_item(&self, meeting: i64, number: &str, name: &str) -> Result<()> {
        use teilhabe_domain::council::AgendaItemDraft;
        self.store
            .create_agenda_item(
                meeting,
                &AgendaItemDraft {
                    position: None,
                    number: Some(number.into()),
                    name: name.into(),
                    public: false,
                    paper_id: None,
                    result: None,
                    resolution_text: None,
                    votes: Default::default(),
                    minutes: None,
                },
            )
            .await?;
        Ok(())
    }
}

impl Demo<'_> {
    /// A standing duty to report to a committee.
    pub async fn cycle(
        &self,
        title: &str,
        org: &str,
        every_months: u32,
        next_due: &str,
        concept: Option<i64>,
        paper: Option<i64>,
    ) -> Result<()> {
        use teilhabe_domain::council::ReportingCycleDraft;
        self.store
            .create_reporting_cycle(
                self.body_id,
                &ReportingCycleDraft {
                    title: title.into(),
                    organization_id: self.org(org),
                    concept_id: concept,
                    interval_months: every_months,
                    next_due: date(next_due),
                    requested_by_paper_id: paper,
                },
            )
            .await?;
        Ok(())
    }

    /// How often the body's measures report unless a measure says otherwise.
    pub async fn reporting_interval(
        &self,
        interval: teilhabe_domain::controlling::ReportInterval,
        approval: bool,
    ) -> Result<()> {
        let settings = teilhabe_domain::controlling::SettingsDraft {
            report_interval: Some(interval),
            approval,
        };
        self.store
            .set_controlling_settings(self.body_id, &settings)
            .await
    }

    /// A milestone of a measure (dates as `YYYY-MM-DD`).
    pub async fn milestone(
        &self,
        measure_id: i64,
        title: &str,
        due: &str,
        done: Option<&str>,
    ) -> Result<()> {
        let draft = teilhabe_domain::controlling::MilestoneDraft {
            title: title.into(),
            due_on: date(due),
            done_on: done.map(date),
        };
        self.store.create_milestone(measure_id, &draft).await?;
        Ok(())
    }

    /// A resolution tracking entry for what `paper` decided: at its agenda item in
    /// `meeting`, or on the paper alone without one (dates as `YYYY-MM-DD`).
    pub async fn track(&self, paper: i64, meeting: Option<i64>, t: &Track<'_>) -> Result<()> {
        use teilhabe_store::resolutions::Anchor;
        let anchor = match meeting {
            Some(m) => {
                let item = self
                    .store
                    .agenda_items(m)
                    .await?
                    .into_iter()
                    .find(|i| i.paper_id == Some(paper))
                    .unwrap_or_else(|| panic!("demo: paper {paper} has no item in meeting {m}"));
                Anchor::AgendaItem(item.id)
            }
            None => Anchor::Paper(paper),
        };
        let draft = teilhabe_domain::resolutions::ResolutionDraft {
            kind: t.kind,
            title: t.title.into(),
            lead_organization_id: t.lead.map(|o| self.org(o)),
            due_on: t.due.map(date),
            resubmission_on: t.resubmission.map(date),
            status: t.status,
            done_on: t.done.map(date),
            notes: t.notes.map(Into::into),
            measure_ids: t.measures.to_vec(),
        };
        self.store
            .create_resolution(self.body_id, anchor, &draft)
            .await?;
        Ok(())
    }

    /// Starts a reporting round of the current concept as if on `started` (no mails: the
    /// demo has no past to have sent them in; "Link erneut senden" and the reminders do).
    pub async fn round(
        &self,
        concept_id: i64,
        draft: &teilhabe_domain::controlling::rounds::RoundDraft,
        started: &str,
    ) -> Result<i64> {
        let (round, _) = self
            .store
            .start_round_on(concept_id, draft, date(started), |_, _| Vec::new())
            .await?;
        Ok(round.id)
    }

    /// A report filed by an actor of `reporter` (as through a round's link): where the body
    /// asks for approval, it waits for it.
    pub async fn actor_report(
        &self,
        measure_id: i64,
        on: &str,
        progress: i64,
        narrative: &str,
        reporter: &str,
    ) -> Result<()> {
        use teilhabe_domain::access::Principal;
        use teilhabe_store::audit::{ACTOR, Actor};
        let org = self.org(reporter);
        let actor = Actor {
            user_id: None,
            via: "link",
            principal: Some(std::sync::Arc::new(Principal::link_holder(
                self.body_id,
                org,
                reporter,
            ))),
        };
        let draft = ProgressReportDraft {
            reported_on: date(on),
            status: MeasureStatus::InProgress,
            progress: Percent::new(progress).unwrap_or_default(),
            narrative: narrative.into(),
            spent: None,
            reporter_organization_id: Some(org),
            outputs: Vec::new(),
        };
        ACTOR
            .scope(actor, self.store.create_progress_report(measure_id, &draft))
            .await?;
        Ok(())
    }
}
