//! What the import tests share: a fresh store on SQLite and, when
//! `TEILHABE_TEST_DATABASE_URL` is set, one on PostgreSQL (which then must connect).

use teilhabe_store::{Store, testdb};

/// Fresh stores with their URLs, for [`testdb::remove`] afterwards.
pub async fn stores() -> Vec<(Store, String)> {
    let mut out = vec![testdb::fresh_sqlite().await.expect("SQLite")];
    if let Some(base) = testdb::postgres_base() {
        out.push(
            testdb::fresh_postgres(&base)
                .await
                .unwrap_or_else(|e| panic!("PostgreSQL: {e}")),
        );
    }
    out
}
