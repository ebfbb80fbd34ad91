use teilhabe_domain::FieldErrors;

/// What can go wrong in storage, in terms the edges can turn into a response.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The record does not exist (or not in this body).
    #[error("{0} nicht gefunden")]
    NotFound(&'static str),
    /// Input that parsed but does not fit the stored data (unknown organisation, duplicate key).
    #[error("{0}")]
    Invalid(FieldErrors),
    /// The operation would break the data (e.g. deleting a field of action that still has goals).
    #[error("{0}")]
    Refused(String),
    /// The database URL is malformed or the database cannot be reached.
    #[error("{0}")]
    Connect(String),
    #[error("Datenbankfehler: {0}")]
    Database(#[source] sqlx::Error),
    #[error("Migration fehlgeschlagen: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl StoreError {
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        Self::Invalid(FieldErrors::single(field, message))
    }
}

impl From<sqlx::Error> for StoreError {
    /// A foreign-key violation means the record is still in use (or refers to one that is
    /// gone): the caller's request is refused, with nothing changed, not a server error.
    fn from(e: sqlx::Error) -> Self {
        if let sqlx::Error::Database(db) = &e
            && db.is_foreign_key_violation()
        {
            return Self::Refused(
                "Das geht nicht: der Eintrag hängt noch mit anderen Einträgen zusammen (er wird z. B. von Beiträgen, \
                 Beteiligungsformaten, Berichtspflichten oder Vorlagen verwendet). Bitte zuerst diese Verbindungen lösen. \
                 Es wurde nichts geändert."
                    .to_owned(),
            );
        }
        Self::Database(e)
    }
}

/// Uniqueness is the database's to decide: a unique constraint that refuses a row becomes
/// the field error for the person who typed it. Checking first and inserting after would
/// let two requests at the same moment both pass the check.
pub(crate) trait Taken<T> {
    /// `message` at `field` when a unique constraint refused the write; other errors as they are.
    fn taken(self, field: &str, message: impl FnOnce() -> String) -> Result<T, StoreError>;
}

impl<T, E: Into<StoreError>> Taken<T> for Result<T, E> {
    fn taken(self, field: &str, message: impl FnOnce() -> String) -> Result<T, StoreError> {
        self.map_err(|e| match e.into() {
            StoreError::Database(sqlx::Error::Database(db)) if db.is_unique_violation() => {
                StoreError::invalid(field, message())
            }
            other => other,
        })
    }
}
