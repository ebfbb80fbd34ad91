//! Uniqueness is decided by the database's unique constraints, not by looking first: a
//! duplicate official key, login, target group name or indicator code comes back as the
//! field error the form shows, on SQLite and PostgreSQL, and nothing is written.

use teilhabe_domain::RawInput;
use teilhabe_domain::bodies::BodyDraft;
use teilhabe_domain::concepts::TargetGroupDraft;
use teilhabe_store::indicators::IndicatorDraft;
use teilhabe_store::{Store, StoreError, testdb};

fn input(pairs: &[(&str, &str)]) -> RawInput {
    RawInput::from_pairs(pairs.iter().copied())
}

/// The field and message of a refused write.
fn field_error(e: StoreError) -> String {
    match e {
        StoreError::Invalid(errors) => errors.to_string(),
        other => panic!("expected a field error, got {other:?}"),
    }
}

async fn duplicates_are_field_errors(store: &Store) {
    let body = |key: &str| {
        BodyDraft::parse(&input(&[
            ("key", key),
            ("name", "Landkreis Test"),
            ("kind", "landkreis"),
        ]))
        .expect("body")
    };
    let first = store.create_body(&body("03157")).await.expect("first body");
    let second = store
        .create_body(&body("03158"))
        .await
        .expect("second body");
    let e = field_error(store.create_body(&body("03157")).await.unwrap_err());
    assert!(e.contains("gibt es schon"), "{e}");
    let e = field_error(
        store
            .update_body(second.id, &body("03157"))
            .await
            .unwrap_err(),
    );
    assert!(e.contains("schon den Schlüssel"), "{e}");
    assert_eq!(store.list_bodies().await.unwrap().len(), 2);

    let group = |name: &str| TargetGroupDraft::parse(&input(&[("name", name)])).expect("group");
    store
        .create_target_group(first.id, &group("Geflüchtete"))
        .await
        .expect("group");
    let other = store
        .create_target_group(first.id, &group("Familien"))
        .await
        .expect("group");
    let e = field_error(
        store
            .create_target_group(first.id, &group("Geflüchtete"))
            .await
            .unwrap_err(),
    );
    assert!(e.contains("gibt es schon"), "{e}");
    let e = field_error(
        store
            .update_target_group(other.id, &group("Geflüchtete"))
            .await
            .unwrap_err(),
    );
    assert!(e.contains("gibt es schon"), "{e}");
    // The same name in another body is another group.
    store
        .create_target_group(second.id, &group("Geflüchtete"))
        .await
        .expect("other body");
    assert_eq!(store.target_groups(first.id).await.unwrap().len(), 2);

    let indicator = |code: &str| {
        IndicatorDraft::parse(&input(&[
            ("code", code),
            ("name", "Anteil"),
            ("formula", "BEVSTD"),
            ("direction", "higher"),
        ]))
        .expect("indicator")
    };
    store
        .create_indicator(first.id, &indicator("anteil"))
        .await
        .expect("indicator");
    let b = store
        .create_indicator(first.id, &indicator("quote"))
        .await
        .expect("indicator");
    let e = field_error(
        store
            .create_indicator(first.id, &indicator("anteil"))
            .await
            .unwrap_err(),
    );
    assert!(e.contains("schon vergeben"), "{e}");
    let e = field_error(
        store
            .update_indicator(b.id, &indicator("anteil"))
            .await
            .unwrap_err(),
    );
    assert!(e.contains("schon vergeben"), "{e}");

    store
        .create_user("koordination", "Koordination", None, None)
        .await
        .expect("user");
    let e = field_error(
        store
            .create_user("Koordination", "Noch einmal", None, None)
            .await
            .unwrap_err(),
    );
    assert!(e.contains("gibt es schon"), "{e}");
}

#[tokio::test]
async fn duplicates_are_refused_by_the_constraints() {
    let (store, url) = testdb::fresh_sqlite().await.expect("SQLite");
    duplicates_are_field_errors(&store).await;
    store.close().await;
    testdb::remove(&url).await.expect("remove");
    if let Some(base) = testdb::postgres_base() {
        let (store, url) = testdb::fresh_postgres(&base).await.expect("PostgreSQL");
        duplicates_are_field_errors(&store).await;
        store.close().await;
        testdb::remove(&url).await.expect("remove");
    }
}
