//! What the fuzz targets share: one database per fuzzing process, migrated and loaded with
//! the demo once, in a temporary folder (on /dev/shm where there is one), and a runtime to
//! drive the async store from libFuzzer's synchronous callback.

use std::sync::OnceLock;
use teilhabe_store::{Store, StoreError};

pub struct Db {
    pub rt: tokio::runtime::Runtime,
    pub store: Store,
    pub dir: std::path::PathBuf,
}

/// The demo database of this process.
pub fn db() -> &'static Db {
    static DB: OnceLock<Db> = OnceLock::new();
    DB.get_or_init(|| {
        let base = if std::path::Path::new("/dev/shm").is_dir() {
            std::path::PathBuf::from("/dev/shm")
        } else {
            std::env::temp_dir()
        };
        let dir = base.join(format!("teilhabe-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temporary folder");
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let url = format!("sqlite://{}", dir.join("fuzz.db").display());
        let store = rt.block_on(async {
            let store = Store::connect(&url).await.expect("database");
            store.migrate().await.expect("migrations");
            teilhabe_demo::load(&store).await.expect("demo data");
            store
        });
        Db { rt, store, dir }
    })
}

/// Errors an importer may answer bad input with. Anything else from the database (a
/// constraint the checks missed, a type mismatch) is a bug the fuzzer should report.
pub fn expected(e: &StoreError) -> bool {
    !matches!(e, StoreError::Database(_) | StoreError::Migrate(_))
}
