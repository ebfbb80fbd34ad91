//! Documents attached to papers, kept in the database (so that several servers share them
//! and a backup holds everything) with their SHA-256.

use crate::db::now;
use crate::organizations::check_in_body;
use crate::{Result, Store, StoreError, StoredFile};
use sha2::{Digest, Sha256};
use sqlx::AssertSqlSafe;
use teilhabe_domain::files::CheckedFile;

pub(crate) const FILE_COLUMNS: &str = "id, body_id, paper_id, meeting_id, agenda_item_id, role, event_id, name, file_name, mime_type, size, sha256, public, created_at, modified_at";

/// When a file (table alias `t`) is public: marked so, not a participation event's (those
/// are as public as their event, and not council documents), and its paper and agenda item,
/// where it has one, public too. OParl's file list and its embedded files use it; the
/// download checks the same in [`Store::file_is_public`].
pub(crate) const FILE_PUBLIC: &str = "t.public = 1 AND t.event_id IS NULL \
     AND (t.paper_id IS NULL OR EXISTS (SELECT 1 FROM papers fp WHERE fp.id = t.paper_id AND fp.public = 1)) \
     AND (t.agenda_item_id IS NULL OR EXISTS (SELECT 1 FROM agenda_items fi WHERE fi.id = t.agenda_item_id AND fi.public = 1))";

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

    /// The files of a meeting and of its agenda items: invitation first, then the
    /// protocols, then the rest in the order they came.
    pub async fn files_of_meeting(&self, meeting_id: i64) -> Result<Vec<StoredFile>> {
        let sql = format!(
            "SELECT {FILE_COLUMNS} FROM files WHERE meeting_id = $1 AND deleted = 0
             ORDER BY CASE role WHEN 'invitation' THEN 0 WHEN 'results_protocol' THEN 1
             WHEN 'verbatim_protocol' THEN 2 ELSE 3 END, id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(meeting_id)
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

    /// Whether anyone may download the file: it is public, and so are its paper, agenda
    /// item or participation event, where it has one.
    pub async fn file_is_public(&self, f: &StoredFile) -> Result<bool> {
        if !f.public.0 {
            return Ok(false);
        }
        if let Some(p) = f.paper_id
            && !self.paper(p).await.is_ok_and(|p| p.public.0)
        {
            return Ok(false);
        }
        if let Some(i) = f.agenda_item_id
            && !self.agenda_item(i).await.is_ok_and(|i| i.public.0)
        {
            return Ok(false);
        }
        if let Some(e) = f.event_id
            && !self.event(e).await.is_ok_and(|e| e.public.0)
        {
            return Ok(false);
        }
        Ok(true)
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
