//! Official statistics in the database: importing a file (one transaction per file, the
//! reader on a blocking thread streaming batches to the writer, so memory does not grow
//! with the file) and reading observations back.

use crate::db::now;
use crate::{Result, Store, StoreError};
use sqlx::{Any, AssertSqlSafe, Transaction};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use teilhabe_stats::{Meta, Observation, ReadError, Sink, Summary};
use tokio::sync::mpsc;

/// Observations per message from the reader to the writer.
const BATCH: usize = 8000;

/// Cells held in memory before they are written (about 60 bytes each): bounds the memory
/// of an import whatever the size of the file.
const FLUSH_CELLS: usize = 250_000;

#[derive(Default)]
struct Group {
    text: String,
    count: i64,
}

/// One stored line: `dims index \t value \t flag \t quality` (value in Rust's shortest
/// round-trip form, so it reads back exactly).
fn push_line(
    out: &mut String,
    dims: u32,
    value: Option<f64>,
    flag: Option<teilhabe_stats::Flag>,
    quality: Option<&str>,
) {
    use std::fmt::Write;
    let _ = write!(out, "{dims}");
    out.push('\t');
    match value {
        // Most statistics are counts: integer formatting is several times faster.
        Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => {
            let _ = write!(out, "{}", v as i64);
        }
        Some(v) => {
            let _ = write!(out, "{v}");
        }
        None => {}
    }
    out.push('\t');
    if let Some(f) = flag {
        out.push_str(f.symbol());
    }
    out.push('\t');
    if let Some(q) = quality {
        out.push_str(q);
    }
    out.push('\n');
}

/// One stored cell, read back.
#[derive(Debug, Clone, PartialEq)]
pub struct StatCell {
    pub dims: String,
    pub value: Option<f64>,
    pub flag: Option<String>,
    pub quality: Option<String>,
}

pub(crate) fn parse_lines(text: &str, dims_of: &HashMap<i64, String>, out: &mut Vec<StatCell>) {
    for line in text.lines() {
        let mut f = line.split('\t');
        let dims = f
            .next()
            .and_then(|i| i.parse::<i64>().ok())
            .and_then(|i| dims_of.get(&i))
            .cloned()
            .unwrap_or_default();
        let value = f.next().and_then(|v| v.parse().ok());
        let flag = f.next().filter(|x| !x.is_empty()).map(str::to_owned);
        let quality = f.next().filter(|x| !x.is_empty()).map(str::to_owned);
        // A later line (later part) replaces an earlier one with the same dims.
        if let Some(existing) = out.iter_mut().find(|c| c.dims == dims) {
            *existing = StatCell {
                dims,
                value,
                flag,
                quality,
            };
        } else {
            out.push(StatCell {
                dims,
                value,
                flag,
                quality,
            });
        }
    }
}

/// Why a statistics file was not imported.
#[derive(Debug, thiserror::Error)]
pub enum StatsImportError {
    /// The file is broken or of an unknown kind (file, line, column in the message).
    #[error("{0}")]
    Read(ReadError),
    #[error("{0}")]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for StatsImportError {
    fn from(e: sqlx::Error) -> Self {
        Self::Store(StoreError::Database(e))
    }
}

enum Item {
    Meta(Meta),
    Observations(Batch),
}

/// Observations in transit from the reader thread to the writer: their text in one
/// buffer, so a batch costs two allocations instead of five per value.
#[derive(Default)]
struct Batch {
    text: String,
    entries: Vec<Entry>,
}

struct Entry {
    /// End offsets in `text` of table, variable, region, period, dims, quality.
    ends: [u32; 6],
    value: Option<f64>,
    flag: Option<teilhabe_stats::Flag>,
}

impl Batch {
    fn push(&mut self, o: &Observation<'_>) {
        let mut ends = [0u32; 6];
        for (i, field) in [
            o.table,
            o.variable,
            o.region,
            o.period,
            o.dims,
            o.quality.unwrap_or(""),
        ]
        .into_iter()
        .enumerate()
        {
            self.text.push_str(field);
            ends[i] = self.text.len() as u32;
        }
        self.entries.push(Entry {
            ends,
            value: o.value,
            flag: o.flag,
        });
    }

    fn len(&self) -> usize {
        self.entries.len()
    }

    fn get(&self, i: usize) -> Observation<'_> {
        let e = &self.entries[i];
        let start = if i == 0 {
            0
        } else {
            self.entries[i - 1].ends[5] as usize
        };
        let mut from = start;
        let mut f = [""; 6];
        for (k, end) in e.ends.iter().enumerate() {
            f[k] = &self.text[from..*end as usize];
            from = *end as usize;
        }
        Observation {
            table: f[0],
            variable: f[1],
            region: f[2],
            period: f[3],
            dims: f[4],
            value: e.value,
            flag: e.flag,
            quality: (!f[5].is_empty()).then_some(f[5]),
        }
    }
}

/// The reader's side: collects observations into batches and hands them to the writer.
struct Channel {
    tx: mpsc::Sender<Item>,
    batch: Batch,
}

impl Channel {
    fn send(&self, item: Item) -> std::result::Result<(), String> {
        self.tx
            .blocking_send(item)
            .map_err(|_| "Abbruch: die Datenbank nimmt keine Werte mehr an".to_owned())
    }

    fn flush(&mut self) -> std::result::Result<(), String> {
        if self.batch.entries.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.batch);
        self.send(Item::Observations(batch))
    }
}

impl Sink for Channel {
    fn meta(&mut self, meta: Meta) -> std::result::Result<(), String> {
        // Observations that name it come after it.
        self.flush()?;
        self.send(Item::Meta(meta))
    }

    fn observation(&mut self, obs: &Observation<'_>) -> std::result::Result<(), String> {
        self.batch.push(obs);
        if self.batch.len() >= BATCH {
            self.flush()?;
        }
        Ok(())
    }
}

/// The cells of one table, variable and period, by region, not yet written.
struct Section {
    table: i64,
    variable: i64,
    period: String,
    regions: HashMap<String, Group, teilhabe_stats::FxBuild>,
}

struct Writer {
    tx: Transaction<'static, Any>,
    source: String,
    stamp: String,
    tables: HashMap<String, i64>,
    variables: HashMap<String, i64>,
    cleared: HashSet<(i64, String)>,
    sections: Vec<Section>,
    current: usize,
    /// Flushes so far: the part number of the rows the next flush writes. Within one flush
    /// a variable, region, period and table come once, so the flush's number keeps their
    /// rows apart and in order without remembering every key written (17 million at full
    /// size).
    flushes: i64,
    buffered: usize,
    last_ids: Option<(String, String, i64, i64)>,
    /// Per table: dims spec → index (loaded from earlier imports, extended by this one).
    dims: HashMap<i64, HashMap<String, u32, teilhabe_stats::FxBuild>>,
    new_dims: Vec<(i64, u32, String)>,
}

impl Writer {
    async fn meta(&mut self, meta: Meta) -> Result<()> {
        match meta {
            Meta::Table { code, label } => {
                let existing: Option<i64> =
                    sqlx::query_scalar("SELECT id FROM stat_tables WHERE code = $1")
                        .bind(&code)
                        .fetch_optional(&mut *self.tx)
                        .await?;
                let id = match existing {
                    Some(id) => {
                        sqlx::query(
                            "UPDATE stat_tables SET label = $1, source = $2, imported_at = $3 WHERE id = $4",
                        )
                        .bind(&label)
                        .bind(&self.source)
                        .bind(&self.stamp)
                        .bind(id)
                        .execute(&mut *self.tx)
                        .await?;
                        id
                    }
                    None => {
                        sqlx::query_scalar(
                            "INSERT INTO stat_tables (code, label, source, imported_at) VALUES ($1, $2, $3, $4) RETURNING id",
                        )
                        .bind(&code)
                        .bind(&label)
                        .bind(&self.source)
                        .bind(&self.stamp)
                        .fetch_one(&mut *self.tx)
                        .await?
                    }
                };
                self.tables.insert(code, id);
            }
            Meta::Variable { code, label, unit } => {
                // A classic table names a variable only by its label: reuse the variable
                // a flat file brought under its code.
                let existing: Option<i64> = sqlx::query_scalar(
                    "SELECT id FROM stat_variables WHERE code = $1 OR label = $1 ORDER BY CASE WHEN code = $1 THEN 0 ELSE 1 END LIMIT 1",
                )
                .bind(&code)
                .fetch_optional(&mut *self.tx)
                .await?;
                let id = match existing {
                    Some(id) => id,
                    None => {
                        sqlx::query_scalar(
                            "INSERT INTO stat_variables (code, label, unit) VALUES ($1, $2, $3) RETURNING id",
                        )
                        .bind(&code)
                        .bind(&label)
                        .bind(&unit)
                        .fetch_one(&mut *self.tx)
                        .await?
                    }
                };
                self.variables.insert(code, id);
            }
            Meta::Attribute {
                variable,
                variable_label,
                code,
                label,
            } => {
                sqlx::query(
                    "INSERT INTO stat_attributes (variable, code, variable_label, label) VALUES ($1, $2, $3, $4)
                     ON CONFLICT (variable, code) DO UPDATE SET variable_label = excluded.variable_label, label = excluded.label",
                )
                .bind(&variable)
                .bind(&code)
                .bind(&variable_label)
                .bind(&label)
                .execute(&mut *self.tx)
                .await?;
            }
            Meta::Region { key, name } => {
                sqlx::query(
                    "INSERT INTO stat_region_names (key, name) VALUES ($1, $2)
                     ON CONFLICT (key) DO UPDATE SET name = excluded.name",
                )
                .bind(&key)
                .bind(&name)
                .execute(&mut *self.tx)
                .await?;
            }
        }
        Ok(())
    }

    async fn observations(&mut self, batch: Batch) -> Result<()> {
        for i in 0..batch.len() {
            let o = batch.get(i);
            // Rows of a file mostly share table and variable: compare before hashing.
            let (table, variable) = match &self.last_ids {
                Some((t, v, ti, vi)) if t == o.table && v == o.variable => (*ti, *vi),
                _ => {
                    let table = self.table_id(o.table)?;
                    let variable = *self.variables.get(o.variable).ok_or_else(|| {
                        StoreError::invalid(
                            "variable",
                            format!("Merkmal {} nicht angekündigt", o.variable),
                        )
                    })?;
                    self.last_ids =
                        Some((o.table.to_owned(), o.variable.to_owned(), table, variable));
                    (table, variable)
                }
            };
            let hit = self.sections.get(self.current).is_some_and(|s| {
                s.table == table && s.variable == variable && s.period == o.period
            });
            if !hit {
                if let Some(p) = self.sections.iter().position(|s| {
                    s.table == table && s.variable == variable && s.period == o.period
                }) {
                    self.current = p
                } else {
                    // The first time a table's period comes up, its old values go: a
                    // re-import replaces.
                    if self.cleared.insert((table, o.period.to_owned())) {
                        sqlx::query("DELETE FROM stat_cells WHERE table_id = $1 AND period = $2")
                            .bind(table)
                            .bind(o.period)
                            .execute(&mut *self.tx)
                            .await?;
                    }
                    self.sections.push(Section {
                        table,
                        variable,
                        period: o.period.to_owned(),
                        regions: HashMap::default(),
                    });
                    self.current = self.sections.len() - 1;
                }
            }
            let dims = self.dims_index(table, o.dims).await?;
            let regions = &mut self.sections[self.current].regions;
            let group = match regions.get_mut(o.region) {
                Some(g) => g,
                None => regions.entry(o.region.to_owned()).or_default(),
            };
            group.count += 1;
            push_line(&mut group.text, dims, o.value, o.flag, o.quality);
            self.buffered += 1;
        }
        if self.buffered >= FLUSH_CELLS {
            self.flush().await?;
        }
        Ok(())
    }

    /// The index of a combination of attributes in its table's dictionary.
    async fn dims_index(&mut self, table: i64, spec: &str) -> Result<u32> {
        if !self.dims.contains_key(&table) {
            let known: Vec<(i64, String)> =
                sqlx::query_as("SELECT idx, spec FROM stat_dims WHERE table_id = $1")
                    .bind(table)
                    .fetch_all(&mut *self.tx)
                    .await?;
            self.dims.insert(
                table,
                known.into_iter().map(|(i, s)| (s, i as u32)).collect(),
            );
        }
        let map = self.dims.get_mut(&table).expect("loaded above");
        if let Some(i) = map.get(spec) {
            return Ok(*i);
        }
        let i = map.len() as u32;
        map.insert(spec.to_owned(), i);
        self.new_dims.push((table, i, spec.to_owned()));
        Ok(i)
    }

    /// Writes the buffered cells, one row per variable, region, period and table.
    async fn flush(&mut self) -> Result<()> {
        for chunk in std::mem::take(&mut self.new_dims).chunks_mut(300) {
            let sql = format!(
                "INSERT INTO stat_dims (table_id, idx, spec) VALUES {}",
                crate::db::value_rows(&self.tx, chunk.len(), 3)
            );
            let mut q = sqlx::query(AssertSqlSafe(sql));
            for (table, idx, spec) in chunk.iter_mut() {
                q = q
                    .bind(*table)
                    .bind(i64::from(*idx))
                    .bind(std::mem::take(spec));
            }
            q.execute(&mut *self.tx).await?;
        }
        let mut rows: Vec<(i64, String, String, i64, Group)> = Vec::new();
        // The sections go with their rows: a drained map would keep its capacity.
        for section in std::mem::take(&mut self.sections) {
            for (region, group) in section.regions {
                rows.push((
                    section.variable,
                    region,
                    section.period.clone(),
                    section.table,
                    group,
                ));
            }
        }
        self.current = 0;
        self.buffered = 0;
        self.flushes += 1;
        let part = self.flushes;
        for chunk in rows.chunks_mut(100) {
            let sql = format!(
                "INSERT INTO stat_cells (variable_id, region, period, table_id, part, cells, count) VALUES {}",
                crate::db::value_rows(&self.tx, chunk.len(), 7)
            );
            let mut q = sqlx::query(AssertSqlSafe(sql));
            for (variable, region, period, table, group) in chunk.iter_mut() {
                q = q
                    .bind(*variable)
                    .bind(std::mem::take(region))
                    .bind(std::mem::take(period))
                    .bind(*table)
                    .bind(part)
                    .bind(std::mem::take(&mut group.text))
                    .bind(group.count);
            }
            q.execute(&mut *self.tx).await?;
        }
        Ok(())
    }

    fn table_id(&self, code: &str) -> Result<i64> {
        self.tables.get(code).copied().ok_or_else(|| {
            StoreError::invalid("table", format!("Tabelle {code} nicht angekündigt"))
        })
    }
}

impl Store {
    /// Imports one statistics file (format detected) in one transaction: on any error —
    /// in the file or in the database — nothing of it is stored.
    pub async fn import_statistics(
        &self,
        path: &Path,
    ) -> std::result::Result<Summary, StatsImportError> {
        let source = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_owned();
        let owned = path.to_owned();
        self.import_observations(source, move |sink| teilhabe_stats::read_path(&owned, sink))
            .await
    }

    /// Imports what `read` hands its sink (a file's reader, or generated observations for
    /// benchmarks) the way a file is imported: in one transaction, on a blocking thread
    /// beside the writer. `source` is the name the tables are recorded under.
    pub async fn import_observations<T: Send + 'static>(
        &self,
        source: String,
        read: impl FnOnce(&mut dyn Sink) -> std::result::Result<T, ReadError> + Send + 'static,
    ) -> std::result::Result<T, StatsImportError> {
        let (tx, mut rx) = mpsc::channel::<Item>(4);
        let file = source.clone();
        let reader = tokio::task::spawn_blocking(move || {
            let mut sink = Channel {
                tx,
                batch: Batch::default(),
            };
            let summary = read(&mut sink)?;
            sink.flush().map_err(|m| ReadError {
                file,
                line: None,
                column: None,
                message: m,
            })?;
            Ok::<_, ReadError>(summary)
        });
        let mut w = Writer {
            tx: self.begin().await?,
            source,
            stamp: now(),
            tables: HashMap::new(),
            variables: HashMap::new(),
            cleared: HashSet::new(),
            sections: Vec::new(),
            current: 0,
            flushes: 0,
            buffered: 0,
            last_ids: None,
            dims: HashMap::new(),
            new_dims: Vec::new(),
        };
        self.plan_each_statement(&mut w.tx).await?;
        let mut failed: Option<StoreError> = None;
        while let Some(item) = rx.recv().await {
            let r = match item {
                Item::Meta(m) => w.meta(m).await,
                Item::Observations(b) => w.observations(b).await,
            };
            if let Err(e) = r {
                failed = Some(e);
                break;
            }
        }
        drop(rx);
        // Roll back before answering (also when the reader broke off): a dropped
        // transaction would hold SQLite's write lock until its connection is used again.
        let read = match reader.await {
            Ok(read) => read,
            Err(e) => {
                w.tx.rollback().await.ok();
                return Err(StoreError::Refused(format!("Abbruch beim Lesen: {e}")).into());
            }
        };
        let summary = match (failed, read) {
            (Some(e), _) => {
                w.tx.rollback().await.ok();
                return Err(e.into());
            }
            (None, Err(e)) => {
                w.tx.rollback().await.ok();
                return Err(StatsImportError::Read(e));
            }
            (None, Ok(summary)) => summary,
        };
        if let Err(e) = w.flush().await {
            w.tx.rollback().await.ok();
            return Err(e.into());
        }
        self.commit(w.tx).await?;
        Ok(summary)
    }

    /// How many cells are stored (all tables).
    pub async fn count_observations(&self) -> Result<i64> {
        let n: Option<i64> =
            sqlx::query_scalar("SELECT CAST(SUM(count) AS BIGINT) FROM stat_cells")
                .fetch_one(&self.pool)
                .await?;
        Ok(n.unwrap_or(0))
    }

    /// The cells of a variable (by code) for a region and period, from all tables.
    pub async fn stat_cells(
        &self,
        variable: &str,
        region: &str,
        period: &str,
    ) -> Result<Vec<StatCell>> {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT c.table_id, c.cells FROM stat_cells c JOIN stat_variables v ON v.id = c.variable_id
             WHERE v.code = $1 AND c.region = $2 AND c.period = $3 ORDER BY c.table_id, c.part",
        )
        .bind(variable)
        .bind(region)
        .bind(period)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::new();
        let mut dictionaries: HashMap<i64, HashMap<i64, String>> = HashMap::new();
        for (table, text) in rows {
            parse_lines(
                &text,
                self.dims_dictionary(table, &mut dictionaries).await?,
                &mut out,
            );
        }
        Ok(out)
    }

    /// A table's numbered attribute combinations, loaded once per table into `cache`.
    pub(crate) async fn dims_dictionary<'c>(
        &self,
        table: i64,
        cache: &'c mut HashMap<i64, HashMap<i64, String>>,
    ) -> Result<&'c HashMap<i64, String>> {
        if let std::collections::hash_map::Entry::Vacant(e) = cache.entry(table) {
            let d: Vec<(i64, String)> =
                sqlx::query_as("SELECT idx, spec FROM stat_dims WHERE table_id = $1")
                    .bind(table)
                    .fetch_all(&self.pool)
                    .await?;
            e.insert(d.into_iter().collect());
        }
        Ok(&cache[&table])
    }

    /// One stored cell: its value and flag, by variable code, region, period and dims.
    pub async fn observation(
        &self,
        variable: &str,
        region: &str,
        period: &str,
        dims: &str,
    ) -> Result<Option<StatCell>> {
        Ok(self
            .stat_cells(variable, region, period)
            .await?
            .into_iter()
            .find(|c| c.dims == dims))
    }
}

impl Store {
    /// An indicator's value for a region and period, computed from the stored cells; a
    /// symbol on an input travels to the result.
    pub async fn indicator_value(
        &self,
        formula: &teilhabe_stats::indicators::Expr,
        region: &str,
        period: &str,
    ) -> Result<teilhabe_stats::indicators::Outcome> {
        self.indicator_at(formula, &[region.to_owned()], period)
            .await
    }
}

impl Store {
    /// Every imported variable: code, label, unit.
    pub async fn stat_variables(&self) -> Result<Vec<(String, String, Option<String>)>> {
        Ok(
            sqlx::query_as("SELECT code, label, unit FROM stat_variables ORDER BY code")
                .fetch_all(&self.pool)
                .await?,
        )
    }

    /// The periods with cells of a variable for a region.
    pub async fn stat_periods_of(&self, variable: &str, region: &str) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT c.period FROM stat_cells c JOIN stat_variables v ON v.id = c.variable_id
             WHERE v.code = $1 AND c.region = $2 ORDER BY c.period",
        )
        .bind(variable)
        .bind(region)
        .fetch_all(&self.pool)
        .await?)
    }
}

/// An imported table with its number of values.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct StatTable {
    pub code: String,
    pub label: Option<String>,
    pub source: Option<String>,
    pub imported_at: String,
    pub value_count: i64,
}

impl Store {
    /// The imported tables, newest import first.
    pub async fn stat_tables(&self) -> Result<Vec<StatTable>> {
        Ok(sqlx::query_as(
            "SELECT t.code, t.label, t.source, t.imported_at, CAST(COALESCE(SUM(c.count), 0) AS BIGINT) AS value_count
             FROM stat_tables t LEFT JOIN stat_cells c ON c.table_id = t.id
             GROUP BY t.id, t.code, t.label, t.source, t.imported_at ORDER BY t.imported_at DESC, t.code",
        )
        .fetch_all(&self.pool)
        .await?)
    }
}
