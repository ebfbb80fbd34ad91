//! Görlitz's draft in its online consultation (S2): open from three weeks ago for another
//! three, with comments in German and Arabic — one published and taken into a measure
//! (its author left a confirmed address, so the server's scheduler mails the fate when it
//! first runs), one in Arabic published and still open, one the same as the first and
//! merged into it, one rejected with its reason, one still waiting for moderation.

use teilhabe_domain::comments::{CommentDraft, Moderation, Target};
use teilhabe_domain::concepts::ConceptDraft;
use teilhabe_domain::participation::{ContributionDraft, ContributionKind, ContributionStatus};
use teilhabe_domain::revision::ItemKind;
use teilhabe_domain::{Coded, ConceptKind, ConceptStatus, Date, Period};
use teilhabe_store::comments::{Comment, SubscriptionLinks};
use teilhabe_store::outbox::NewMail;
use teilhabe_store::{Result, Store, StoreError};

/// `workers_measure`: the measure with the workers from Poland and Czechia, in the field
/// the Arabic comment is about; `steering_measure`: the steering group's, which the taken
/// comment goes into too.
pub async fn goerlitz(
    store: &Store,
    concept_id: i64,
    workers_measure: i64,
    steering_measure: i64,
) -> Result<()> {
    let border_field = store
        .goal(store.measure(workers_measure).await?.goal_id)
        .await?
        .field_id;
    let today = open(store, concept_id).await?;
    let body_id = store.concept(concept_id).await?.body_id;

    let no_mail = |_: &Comment, _: &SubscriptionLinks| -> NewMail {
        unreachable!("the demo's comments leave no address with the form")
    };
    let comment = |target: Target, text: &str| CommentDraft {
        target,
        text: text.into(),
        email: None,
    };
    let measure = Target::Item(ItemKind::Measure, workers_measure);
    let taken = store
        .submit_comment(
            concept_id,
            &comment(
                measure,
                "Viele Pendlerinnen und Pendler arbeiten im Schichtdienst. Die Workshops sollten auch am Wochenende stattfinden, und die Steuerungsgruppe sollte die Betriebe einladen.",
            ),
            "de",
            today,
            no_mail,
        )
        .await?;
    store
        .add_confirmed_address(taken.id, "pendlerin@example.org", "de")
        .await?;
    let arabic = store
        .submit_comment(
            concept_id,
            &comment(
                Target::Item(ItemKind::Field, border_field),
                "نرجو أن تكون المعلومات عن العمل والسكن متوفرة أيضًا باللغة العربية، فكثير من العائلات وصلت حديثًا.",
            ),
            "ar",
            today,
            no_mail,
        )
        .await?;
    let again = store
        .submit_comment(
            concept_id,
            &comment(
                measure,
                "Bitte Workshops auch samstags, unter der Woche arbeiten wir in Schichten.",
            ),
            "de",
            today,
            no_mail,
        )
        .await?;
    let off_topic = store
        .submit_comment(
            concept_id,
            &comment(
                Target::Version,
                "Wann wird endlich die Straße nach Zittau saniert? Das ist viel wichtiger.",
            ),
            "de",
            today,
            no_mail,
        )
        .await?;
    store
        .submit_comment(
            concept_id,
            &comment(
                Target::Version,
                "Gut, dass die Planungsräume wieder eigene Veranstaltungen bekommen.",
            ),
            "de",
            today,
            no_mail,
        )
        .await?;

    let groups = store.target_groups(body_id).await?;
    let border_group: Vec<i64> = groups
        .iter()
        .filter(|g| g.name.starts_with("Grenzpendler"))
        .map(|g| g.id)
        .collect();
    for (id, fields, groups) in [
        (taken.id, vec![border_field], border_group.clone()),
        (arabic.id, vec![border_field], Vec::new()),
    ] {
        store
            .moderate_comment(
                id,
                &Moderation::Publish {
                    kind: ContributionKind::Idea,
                    field_ids: fields,
                    target_group_ids: groups,
                },
            )
            .await?;
    }
    store
        .moderate_comment(again.id, &Moderation::Merge { into: taken.id })
        .await?;
    store
        .moderate_comment(
            off_topic.id,
            &Moderation::Reject {
                reason: "Straßenbau ist nicht Gegenstand des Integrationskonzepts; die Frage ist an das Straßenbauamt weitergegeben."
                    .into(),
            },
        )
        .await?;
    // The first comment's fate: taken into the steering group's measure.
    let contribution = store
        .contribution(
            store
                .comment(taken.id)
                .await?
                .contribution_id
                .unwrap_or_default(),
        )
        .await?;
    store
        .update_contribution(
            contribution.id,
            &ContributionDraft {
                kind: ContributionKind::Idea,
                text: contribution.text.clone(),
                field_ids: contribution.field_ids.clone(),
                target_group_ids: contribution.target_group_ids.clone(),
                status: ContributionStatus::Taken,
                reason: Some(
                    "Die Steuerungsgruppe lädt die Betriebe ein; Workshops gibt es auch samstags."
                        .into(),
                ),
                measure_ids: vec![steering_measure, workers_measure],
                public: true,
                organization_id: None,
            },
        )
        .await?;
    Ok(())
}

/// Opens the draft for comments from three weeks ago for another three; returns the day.
async fn open(store: &Store, concept_id: i64) -> Result<Date> {
    let today = Date::today();
    let concept = store.concept(concept_id).await?;
    let draft = ConceptDraft {
        title: concept.title.clone(),
        kind: ConceptKind::from_code(&concept.kind).unwrap_or(ConceptKind::Concept),
        version_label: concept.version_label.clone(),
        status: ConceptStatus::Consultation,
        adopted_on: None,
        summary: concept.summary.clone(),
        paper_reference: concept.paper_reference.clone(),
        supersedes_id: concept.supersedes_id,
        consultation: Period::new(Some(today.add_days(-21)), Some(today.add_days(21)))
            .map_err(|e| StoreError::invalid("consultation", e))?,
    };
    store.update_concept(concept_id, &draft).await?;
    Ok(today)
}
