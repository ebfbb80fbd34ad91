//! The portal's printed concept (PDF) for everyone: typeset once per content and kept for
//! the readers after, so that a busy day costs one typesetting, not one per download.
//!
//! The cache is keyed by the document's data: a changed text makes a new key, so nothing is
//! ever served stale, and several servers each keep their own copy of the same bytes.
//! Typesetting takes a CPU for a moment; at most one runs at a time, off the async runtime,
//! so that downloads cannot crowd out the pages.

use sha2::{Digest, Sha256};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use teilhabe_report::{Prepared, RenderError};
use tokio::sync::Semaphore;

/// Documents kept: a county has a few concept versions; 16 leave room for several bodies.
const KEEP: usize = 16;

/// A typeset document with the hash of the data it was made from.
type Kept = ([u8; 32], Arc<Vec<u8>>);

pub struct Prints {
    kept: Mutex<VecDeque<Kept>>,
    typesetting: Semaphore,
}

impl Default for Prints {
    fn default() -> Self {
        Prints {
            kept: Mutex::new(VecDeque::new()),
            typesetting: Semaphore::new(1),
        }
    }
}

impl Prints {
    fn find(&self, key: &[u8; 32]) -> Option<Arc<Vec<u8>>> {
        let kept = self.kept.lock().expect("the print cache is never poisoned");
        kept.iter().find(|(k, _)| k == key).map(|(_, b)| b.clone())
    }

    /// The document's PDF, typeset now or earlier from the same data.
    pub async fn pdf(&self, prepared: Prepared) -> Result<Arc<Vec<u8>>, RenderError> {
        let key: [u8; 32] = Sha256::new()
            .chain_update(prepared.file_name.as_bytes())
            .chain_update(prepared.data().to_string().as_bytes())
            .finalize()
            .into();
        if let Some(bytes) = self.find(&key) {
            return Ok(bytes);
        }
        let _turn = self
            .typesetting
            .acquire()
            .await
            .expect("the semaphore is never closed");
        // Someone else may have typeset it while this request waited.
        if let Some(bytes) = self.find(&key) {
            return Ok(bytes);
        }
        let bytes = tokio::task::spawn_blocking(move || prepared.pdf())
            .await
            .map_err(|e| RenderError::Typeset(e.to_string()))??;
        let bytes = Arc::new(bytes);
        let mut kept = self.kept.lock().expect("the print cache is never poisoned");
        kept.push_back((key, bytes.clone()));
        while kept.len() > KEEP {
            kept.pop_front();
        }
        Ok(bytes)
    }
}
