//! PostgreSQL as operators reach it: over TLS with the server's certificate checked
//! (`sslmode=verify-full` and a CA file) — directly to the cluster and through PgBouncer in
//! transaction pooling mode — and refused when the certificate is not the one the CA vouches
//! for. Needs `TEILHABE_TEST_DATABASE_URL`; in CI a PgBouncer ≥ 1.21 (`TEILHABE_PGBOUNCER`).

use teilhabe_store::Store;
use teilhabe_store::testdb;
use teilhabe_store::testdb::pgbouncer::{PgBouncer, unrelated_ca};

/// Whether this connection is encrypted, as the server sees it.
async fn encrypted(store: &Store) -> bool {
    testdb::boolean(
        store,
        "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
    )
    .await
    .expect("pg_stat_ssl")
}

#[tokio::test]
async fn the_cluster_is_reached_over_tls_with_its_certificate_checked() {
    let Some(base) = testdb::postgres_base() else {
        return;
    };
    let plain = Store::connect(&base).await.expect("connect");
    let on = testdb::text(&plain, "SHOW ssl").await.expect("SHOW ssl");
    assert_eq!(
        on, "on",
        "the cluster must have TLS enabled (.ci/run sees to it)"
    );
    // The cluster's own certificate, self-signed for localhost, is its CA.
    let cert = testdb::text(&plain, "SHOW ssl_cert_file")
        .await
        .expect("ssl_cert_file");
    let cert = if cert.starts_with('/') {
        cert
    } else {
        let data = testdb::text(&plain, "SHOW data_directory")
            .await
            .expect("dir");
        format!("{data}/{cert}")
    };
    plain.close().await;
    let (_, port) = testdb::pgbouncer::server_of(&base);
    let checked = format!(
        "postgres://postgres@localhost:{port}/postgres?sslmode=verify-full&sslrootcert={cert}"
    );
    let store = Store::connect(&checked)
        .await
        .unwrap_or_else(|e| panic!("verify-full against {cert}: {e}"));
    assert!(encrypted(&store).await, "the connection is encrypted");
    store.close().await;
    // A CA that did not sign the server's certificate: refused before anything is sent.
    let ca = unrelated_ca().expect("a CA");
    let wrong = format!(
        "postgres://postgres@localhost:{port}/postgres?sslmode=verify-full&sslrootcert={}",
        ca.display()
    );
    let refused = Store::connect(&wrong).await;
    let _ = std::fs::remove_dir_all(ca.parent().expect("the CA's directory"));
    let Err(e) = refused else {
        panic!("a CA that did not sign the certificate must be refused");
    };
    assert!(e.to_string().contains("nicht erreichbar"), "{e}");
    assert!(
        e.to_string().contains("certificate"),
        "the reason is named: {e}"
    );
}

#[tokio::test]
async fn through_pgbouncer_with_verify_full_and_a_wrong_ca_refused() {
    let Some(base) = testdb::postgres_base() else {
        return;
    };
    let Some(bouncer) = PgBouncer::for_test(&base) else {
        return;
    };
    let store = Store::connect(&bouncer.url("postgres", &bouncer.ca))
        .await
        .unwrap_or_else(|e| panic!("through PgBouncer: {e}"));
    // Many statements from several connections at once: the prepared statements of one
    // client must never meet another's on a shared server connection.
    let mut tasks = Vec::new();
    for i in 0..8i64 {
        let s = store.clone();
        tasks.push(tokio::spawn(async move {
            for j in 0..50i64 {
                let got = testdb::number_with(&s, "SELECT $1::bigint * 1000 + $2::bigint", i, j)
                    .await
                    .expect("query through PgBouncer");
                assert_eq!(got, i * 1000 + j);
            }
        }));
    }
    for t in tasks {
        t.await.expect("task");
    }
    store.close().await;
    let Err(e) = Store::connect(&bouncer.url("postgres", &bouncer.wrong_ca)).await else {
        panic!("a certificate the CA did not sign must be refused");
    };
    let message = e.to_string();
    assert!(
        message.contains("nicht erreichbar") && message.to_lowercase().contains("certificate"),
        "{message}"
    );
    // PgBouncer requires TLS: a client that does not offer it is turned away.
    let plain = format!(
        "postgres://postgres@localhost:{}/postgres?sslmode=disable",
        bouncer.port
    );
    assert!(Store::connect(&plain).await.is_err());
}
