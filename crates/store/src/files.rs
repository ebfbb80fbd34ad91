//! Documents attached to papers, kept in the database (so that several servers share them
//! and a backup holds everything) with their SHA-256.

use crate::db::now;
use crate::organizations::check_in_body;
use crate::{Result, Store, StoreError, StoredFile};
use sha2::{Digest, Sha256};
use sqlx::AssertSqlSafe;
use teilhabe_domain::files::CheckedFile;

pub(crate) const FILE_COLUMNS: &str = "id, body_id, paper_id, meeting_id, event_id, name, file_name, mime_type, size, sha256, public, created_at, modified_at";

/// What a file belongs to.
enum FileOwner {
    Paper(i64),
    Event(i64),
}

impl Store {
    /// Stores a checked upload for a paper of the body.
    pub async fn attach_file(
        &self,
        paper_id: i64,
        file: &CheckedFile,
        bytes: &[u8],
        public: bool,
    ) -> Result<StoredFile> {
        let paper = self.paper(paper_id).await?;
        self.insert_file(
            paper.body_id,
            FileOwner::Paper(paper_id),
            file,
            bytes,
            public,
        )
        .await
    }

    /// Stores a checked upload documenting a participation event.
    pub async fn attach_event_file(
        &self,
        event_id: i64,
        file: &CheckedFile,
        bytes: &[u8],
        public: bool,
    ) -> Result<StoredFile> {
        let event = self.event(event_id).await?;
        let body_id = self.body_id_of_process(event.process_id).await?;
        self.insert_file(body_id, FileOwner::Event(event_id), file, bytes, public)
            .await
    }

    async fn insert_file(
        &self,
        body_id: i64,
        owner: FileOwner,
        file: &CheckedFile,
        bytes: &[u8],
        public: bool,
    ) -> Result<StoredFile> {
        let (paper_id, event_id) = match owner {
            FileOwner::Paper(p) => (Some(p), None),
            FileOwner::Event(e) => (None, Some(e)),
        };
        if let Some(p) = paper_id {
            let mut tx = self.begin().await?;
            check_in_body(&mut tx, "papers", body_id, &[p], "paper_id", "Die Vorlage").await?;
            self.commit(tx).await?;
        }
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO files (body_id, paper_id, event_id, name, file_name, mime_type, size, sha256, data, public, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
        )
        .bind(body_id)
        .bind(paper_id)
        .bind(event_id)
        .bind(&file.name)
        .bind(&file.file_name)
        .bind(file.mime_type)
        .bind(bytes.len() as i64)
        .bind(hex::encode(Sha256::digest(bytes)))
        .bind(bytes.to_vec())
        .bind(i64::from(public))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        self.commit(tx).await?;
        self.file(id).await
    }

    pub async fn file(&self, id: i64) -> Result<StoredFile> {
        let sql = format!("SELECT {FILE_COLUMNS} FROM files WHERE id = $1 AND deleted = 0");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Datei"))
    }

    pub async fn files_of_event(&self, event_id: i64) -> Result<Vec<StoredFile>> {
        let sql = format!(
            "SELECT {FILE_COLUMNS} FROM files WHERE event_id = $1 AND deleted = 0 ORDER BY id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(event_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn files_of_paper(&self, paper_id: i64) -> Result<Vec<StoredFile>> {
        let sql = format!(
            "SELECT {FILE_COLUMNS} FROM files WHERE paper_id = $1 AND deleted = 0 ORDER BY id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(paper_id)
            .fetch_all(&self.pool)
            .await?)
    }

    /// The bytes of a file.
    pub async fn file_data(&self, id: i64) -> Result<Vec<u8>> {
        sqlx::query_scalar("SELECT data FROM files WHERE id = $1 AND deleted = 0")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Datei"))
    }
}
