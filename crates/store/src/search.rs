//! Full-text search over a body's concept (concepts, principles, fields of action, goals),
//! measures, papers, meetings and agenda items, participation events and contributions, and
//! indicators.
//!
//! The index (migration 0014) holds one document per record: its body, whether the public
//! may see it (a record's own flag and those of what contains it), a title, the text the
//! public pages show, the page it lives on and its fields of action. Terms come from
//! [`teilhabe_domain::search`]; per body the vocabulary keeps every ending of each term, so a
//! query term is looked up by a range scan as a whole term, a term's beginning, or a part
//! inside one. Every write reaches `search_queue` through the audit trail's trigger, and
//! [`Store::refresh_search_index`] runs before each search: what a search answers is never
//! older than its request, so a record made non-public is not found any more.

use crate::db::{id_list, value_rows};
use crate::{Backend, Result, Store};
use sqlx::{Any, AssertSqlSafe, Row, Transaction};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use teilhabe_domain::search::{self, Match, Piece};

/// What a search asks.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    pub body_id: i64,
    pub text: String,
    /// Document kinds to keep (`measure`, `paper`, …); empty keeps all.
    pub kinds: Vec<&'static str>,
    /// Only records of this field of action.
    pub field_id: Option<i64>,
    /// Whether the viewer reads the body's non-public records.
    pub reader: bool,
    pub limit: i64,
    pub offset: i64,
}

/// One record found.
#[derive(Debug, Clone)]
pub struct SearchHit {
    pub kind: String,
    pub record_id: i64,
    pub title: Vec<Piece>,
    pub snippet: Vec<Piece>,
    /// The page that shows the record (absolute path).
    pub path: String,
    pub public: bool,
    pub score: i64,
}

#[derive(Debug, Clone, Default)]
pub struct SearchResults {
    /// How many records match in all.
    pub total: i64,
    pub hits: Vec<SearchHit>,
}

/// The tables whose records are documents, with their document kind.
const KINDS: &[(&str, &str)] = &[
    ("concepts", "concept"),
    ("principles", "principle"),
    ("fields_of_action", "field"),
    ("goals", "goal"),
    ("measures", "measure"),
    ("papers", "paper"),
    ("meetings", "meeting"),
    ("agenda_items", "agenda_item"),
    ("participation_events", "event"),
    ("contributions", "contribution"),
    ("indicators", "indicator"),
];

/// At most this many query terms count (the rest of a pasted paragraph is ignored).
const MAX_QUERY_TERMS: usize = 8;
/// Records indexed per statement batch.
const BATCH: usize = 200;

/// A record as a document.
struct Doc {
    record_id: i64,
    body_id: i64,
    public: bool,
    title: String,
    text: String,
    path: String,
    fields: Vec<i64>,
}

/// `SELECT record id, body id, public, title, text, path` for the records `{ids}` of a
/// table; records that are gone or deleted are not returned.
fn doc_sql(table: &str) -> &'static str {
    match table {
        "concepts" => {
            "SELECT c.id, c.body_id, CAST(1 AS BIGINT), c.title || ' (' || c.version_label || ')', \
             COALESCE(c.summary, ''), '/' || b.key || '/konzepte/' || c.id \
             FROM concepts c JOIN bodies b ON b.id = c.body_id WHERE c.id IN ({ids})"
        }
        "principles" => {
            "SELECT p.id, c.body_id, CAST(1 AS BIGINT), p.title, COALESCE(p.text, ''), \
             '/' || b.key || '/konzepte/' || c.id || '#leitbild' \
             FROM principles p JOIN concepts c ON c.id = p.concept_id JOIN bodies b ON b.id = c.body_id \
             WHERE p.id IN ({ids})"
        }
        "fields_of_action" => {
            "SELECT f.id, c.body_id, CAST(1 AS BIGINT), f.title, COALESCE(f.description, ''), \
             '/' || b.key || '/konzepte/' || c.id || '#feld-' || f.id \
             FROM fields_of_action f JOIN concepts c ON c.id = f.concept_id JOIN bodies b ON b.id = c.body_id \
             WHERE f.id IN ({ids})"
        }
        "goals" => {
            "SELECT g.id, c.body_id, CAST(1 AS BIGINT), g.title, \
             COALESCE(g.description, '') || ' ' || COALESCE(g.target_note, ''), \
             '/' || b.key || '/konzepte/' || c.id || '#ziel-' || g.id \
             FROM goals g JOIN fields_of_action f ON f.id = g.field_id JOIN concepts c ON c.id = f.concept_id \
             JOIN bodies b ON b.id = c.body_id WHERE g.id IN ({ids})"
        }
        "measures" => {
            "SELECT m.id, c.body_id, m.public, COALESCE(m.code || ' ', '') || m.title, \
             COALESCE(m.description, '') || ' ' || COALESCE(m.scope_detail, ''), \
             '/' || b.key || '/massnahmen/' || m.id \
             FROM measures m JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id \
             JOIN concepts c ON c.id = f.concept_id JOIN bodies b ON b.id = c.body_id WHERE m.id IN ({ids})"
        }
        "papers" => {
            "SELECT p.id, p.body_id, p.public, p.reference || ' ' || p.name, \
             COALESCE(p.proposal, '') || ' ' || COALESCE(p.reasoning, '') || ' ' || COALESCE(p.finance_note, ''), \
             '/' || b.key || '/vorlagen/' || p.id \
             FROM papers p JOIN bodies b ON b.id = p.body_id WHERE p.deleted = 0 AND p.id IN ({ids})"
        }
        "meetings" => {
            "SELECT m.id, m.body_id, CAST(1 AS BIGINT), m.name, COALESCE(m.note, ''), \
             '/' || b.key || '/sitzungen/' || m.id \
             FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE m.deleted = 0 AND m.id IN ({ids})"
        }
        "agenda_items" => {
            "SELECT a.id, m.body_id, a.public, m.name || ': ' || COALESCE(a.number || ' ', '') || a.name, \
             COALESCE(a.minutes, ''), '/' || b.key || '/sitzungen/' || m.id || '#top-' || a.id \
             FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id JOIN bodies b ON b.id = m.body_id \
             WHERE a.deleted = 0 AND m.deleted = 0 AND a.id IN ({ids})"
        }
        "participation_events" => {
            "SELECT e.id, c.body_id, e.public, e.title, \
             COALESCE(e.description, '') || ' ' || COALESCE(e.place, ''), \
             '/' || b.key || '/beteiligung/' || e.id \
             FROM participation_events e JOIN participation_processes pp ON pp.id = e.process_id \
             JOIN concepts c ON c.id = pp.concept_id JOIN bodies b ON b.id = c.body_id WHERE e.id IN ({ids})"
        }
        // A contribution is public only at a public event.
        "contributions" => {
            "SELECT k.id, c.body_id, k.public * e.public, 'Beitrag: ' || e.title, \
             k.text || ' ' || COALESCE(k.reason, ''), \
             '/' || b.key || '/beteiligung/' || e.id || '#beitrag-' || k.id \
             FROM contributions k JOIN participation_events e ON e.id = k.event_id \
             JOIN participation_processes pp ON pp.id = e.process_id \
             JOIN concepts c ON c.id = pp.concept_id JOIN bodies b ON b.id = c.body_id WHERE k.id IN ({ids})"
        }
        "indicators" => {
            "SELECT i.id, i.body_id, CAST(1 AS BIGINT), i.name, \
             COALESCE(i.description, '') || ' ' || COALESCE(i.source, ''), \
             '/' || b.key || '/monitoring/' || i.code \
             FROM indicators i JOIN bodies b ON b.id = i.body_id WHERE i.id IN ({ids})"
        }
        _ => unreachable!("not an indexed table: {table}"),
    }
}

/// `SELECT record id, field id` of the records `{ids}`: the fields of action they belong to.
fn fields_sql(table: &str) -> Option<&'static str> {
    Some(match table {
        "fields_of_action" => "SELECT id, id FROM fields_of_action WHERE id IN ({ids})",
        "goals" => "SELECT id, field_id FROM goals WHERE id IN ({ids})",
        "measures" => {
            "SELECT m.id, g.field_id FROM measures m JOIN goals g ON g.id = m.goal_id WHERE m.id IN ({ids})"
        }
        "papers" => {
            "SELECT pm.paper_id, g.field_id FROM paper_measures pm JOIN measures m ON m.id = pm.measure_id \
             JOIN goals g ON g.id = m.goal_id WHERE pm.paper_id IN ({ids})"
        }
        "contributions" => {
            "SELECT contribution_id, field_id FROM contribution_fields WHERE contribution_id IN ({ids})"
        }
        "indicators" => {
            "SELECT gi.indicator_id, g.field_id FROM goal_indicators gi JOIN goals g ON g.id = gi.goal_id \
             WHERE gi.indicator_id IN ({ids})"
        }
        _ => return None,
    })
}

/// Records whose documents depend on a changed record: `(changed table, SQL of
/// `SELECT id` for `{ids}`, their table)`.
const DEPENDENTS: &[(&str, &str, &str)] = &[
    (
        "participation_events",
        "SELECT id FROM contributions WHERE event_id IN ({ids})",
        "contributions",
    ),
    (
        "meetings",
        "SELECT id FROM agenda_items WHERE meeting_id IN ({ids})",
        "agenda_items",
    ),
    (
        "goals",
        "SELECT id FROM measures WHERE goal_id IN ({ids})",
        "measures",
    ),
    (
        "goals",
        "SELECT indicator_id FROM goal_indicators WHERE goal_id IN ({ids})",
        "indicators",
    ),
    (
        "measures",
        "SELECT paper_id FROM paper_measures WHERE measure_id IN ({ids})",
        "papers",
    ),
];

fn with_ids(sql: &str, ids: &[i64]) -> String {
    sql.replace("{ids}", &id_list(ids))
}

/// The weight of each term of a document: a title word counts three times, and no term
/// counts more than ten.
fn weights(title: &str, text: &str) -> BTreeMap<String, i64> {
    let mut w: BTreeMap<String, i64> = BTreeMap::new();
    for t in search::terms(title) {
        *w.entry(t).or_default() += 3;
    }
    for t in search::terms(text) {
        *w.entry(t).or_default() += 1;
    }
    for v in w.values_mut() {
        *v = (*v).min(10);
    }
    w
}

/// A posting packed into one number for transport: `doc_id`, `weight` and `kind_rank` in
/// mixed radix (a weight is at most 10, a kind rank below the number of kinds).
struct Posting {
    doc_id: i64,
    weight: i64,
    kind_rank: i64,
}

const KIND_SPAN: i64 = 16;
const WEIGHT_SPAN: i64 = 16;
const _: () = assert!(KINDS.len() as i64 <= KIND_SPAN);

impl Posting {
    fn unpack(packed: i64) -> Self {
        Self {
            doc_id: packed / (KIND_SPAN * WEIGHT_SPAN),
            weight: packed / KIND_SPAN % WEIGHT_SPAN,
            kind_rank: packed % KIND_SPAN,
        }
    }

    /// Each posting of a comma-separated list of packed postings, in its order. Read byte by
    /// byte: a common word's list holds ten thousand numbers, and splitting and parsing each
    /// apart cost as much as the SQL that made them.
    fn unpack_list(list: &str, mut each: impl FnMut(Self)) -> Result<()> {
        let bad = || {
            sqlx::Error::Protocol(format!(
                "search postings are not a list of numbers: {list:.80?}"
            ))
        };
        let mut n: i64 = 0;
        let mut digits = 0;
        for b in list.bytes().chain(std::iter::once(b',')) {
            match b {
                b'0'..=b'9' => {
                    n = n
                        .checked_mul(10)
                        .and_then(|n| n.checked_add(i64::from(b - b'0')))
                        .ok_or_else(bad)?;
                    digits += 1;
                }
                b',' if digits > 0 => {
                    each(Self::unpack(n));
                    n = 0;
                    digits = 0;
                }
                _ => return Err(bad().into()),
            }
        }
        Ok(())
    }
}

/// What a posting adds to its document's score: `quality × weight` (summed over the query
/// terms its index term answers), the document's kind and which query terms (bits) it matches.
struct Score {
    doc_id: i64,
    sum: i64,
    kind_rank: i64,
    terms: u32,
}

impl Store {
    /// Brings the search index up to date with every change queued since the last time;
    /// answers how many records were indexed again. Cheap when nothing changed. Several app
    /// servers may call it at once: on PostgreSQL one waits for the other.
    pub async fn refresh_search_index(&self) -> Result<usize> {
        let newest: Option<i64> = sqlx::query_scalar("SELECT MAX(id) FROM search_queue")
            .fetch_one(&self.pool)
            .await?;
        let Some(newest) = newest else {
            return Ok(0);
        };
        let mut tx = self.pool.begin().await?;
        if self.backend() == Backend::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock(7420002)")
                .execute(&mut *tx)
                .await?;
        }
        // The index's tables grow within this transaction (100,000 new records at once, in
        // a bulk load).
        self.plan_each_statement(&mut tx).await?;
        // On SQLite the DELETE comes first, so the transaction takes the write lock at once.
        let queued: Vec<(String, i64)> =
            sqlx::query_as("DELETE FROM search_queue WHERE id <= $1 RETURNING entity, entity_id")
                .bind(newest)
                .fetch_all(&mut *tx)
                .await?;
        let mut by_table: BTreeMap<&'static str, BTreeSet<i64>> = BTreeMap::new();
        for (entity, id) in queued {
            if let Some((table, _)) = KINDS.iter().find(|(t, _)| *t == entity) {
                by_table.entry(table).or_default().insert(id);
            }
        }
        for (changed, sql, table) in DEPENDENTS {
            let Some(ids) = by_table.get(changed) else {
                continue;
            };
            let ids: Vec<i64> = ids.iter().copied().collect();
            let mut found = BTreeSet::new();
            for chunk in ids.chunks(500) {
                let rows: Vec<i64> = sqlx::query_scalar(AssertSqlSafe(with_ids(sql, chunk)))
                    .fetch_all(&mut *tx)
                    .await?;
                found.extend(rows);
            }
            by_table.entry(table).or_default().extend(found);
        }
        let mut terms = TermCache::default();
        let mut done = 0;
        // In the order of KINDS, so that a batch of new records is numbered alike on every
        // database.
        for (table, kind) in KINDS {
            let Some(ids) = by_table.get(table) else {
                continue;
            };
            let ids: Vec<i64> = ids.iter().copied().collect();
            for chunk in ids.chunks(BATCH) {
                let docs = load_docs(&mut tx, table, chunk).await?;
                write_docs(&mut tx, &mut terms, kind, chunk, &docs).await?;
                done += chunk.len();
            }
        }
        tx.commit().await?;
        Ok(done)
    }

    /// Indexes every record again (after a change to how documents are made).
    pub async fn rebuild_search_index(&self) -> Result<usize> {
        let mut tx = self.pool.begin().await?;
        for (table, _) in KINDS {
            sqlx::query(AssertSqlSafe(format!(
                "INSERT INTO search_queue (entity, entity_id) SELECT '{table}', id FROM {table}"
            )))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        self.refresh_search_index().await
    }

    /// The postings of each term as one string per term, of the documents `filter` keeps.
    /// Sent as a simple query: its text is new each time (no statement worth keeping),
    /// and an unnamed prepared statement would be parsed and executed in two round trips,
    /// which PgBouncer in transaction mode may send to two different server connections.
    async fn postings(&self, term_ids: &[i64], filter: &str) -> Result<Vec<(i64, String)>> {
        Ok(sqlx::raw_sql(AssertSqlSafe(format!(
            "SELECT term_id, string_agg(CAST(doc_id * {KIND_SPAN} * {WEIGHT_SPAN} + weight * {KIND_SPAN} + kind_rank AS TEXT), ',') \
             FROM search_postings WHERE term_id IN ({}){filter} GROUP BY term_id",
            id_list(term_ids)
        )))
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
        .collect::<std::result::Result<_, sqlx::Error>>()?)
    }

    /// The records of a body that match every term of the query, best first, with the
    /// matching words marked in title and snippet. Non-public records only for readers.
    pub async fn search(&self, q: &SearchQuery) -> Result<SearchResults> {
        self.refresh_search_index().await?;
        let query: Vec<String> = search::query_terms(&q.text)
            .into_iter()
            .take(MAX_QUERY_TERMS)
            .collect();
        if query.is_empty() {
            return Ok(SearchResults::default());
        }
        // Each query term to the body's terms it matches, with the quality of the match.
        let mut matched: Vec<(i64, usize, i64)> = Vec::new();
        for (n, term) in query.iter().enumerate() {
            let mut best: HashMap<i64, Match> = HashMap::new();
            let upper = format!("{term}{}", char::MAX);
            let short = term.chars().count() < search::MIN_INFIX_CHARS;
            let rows: Vec<(i64, String, i64)> = sqlx::query_as(if short {
                "SELECT term_id, part, pos FROM search_parts \
                 WHERE body_id = $1 AND part >= $2 AND part < $3 AND pos = 0"
            } else {
                "SELECT term_id, part, pos FROM search_parts \
                 WHERE body_id = $1 AND part >= $2 AND part < $3"
            })
            .bind(q.body_id)
            .bind(term)
            .bind(&upper)
            .fetch_all(&self.pool)
            .await?;
            for (id, part, pos) in rows {
                let quality = match (pos, part == *term) {
                    (0, true) => Match::Exact,
                    (0, false) => Match::Start,
                    _ => Match::Inner,
                };
                let e = best.entry(id).or_insert(quality);
                *e = (*e).max(quality);
            }
            if best.is_empty() {
                return Ok(SearchResults::default());
            }
            matched.extend(best.into_iter().map(|(id, m)| (id, n, m as i64)));
        }
        // Each matched index term with the query terms it answers (one term may answer two:
        // "sprachkur" is both "sprachkurs" and, inside it, "kurs").
        let mut answers: BTreeMap<i64, Vec<(usize, i64)>> = BTreeMap::new();
        for (id, n, quality) in matched {
            answers.entry(id).or_default().push((n, quality));
        }
        let mut filter = String::new();
        if !q.reader {
            filter += " AND public = 1";
        }
        if !q.kinds.is_empty() {
            let ranks: Vec<String> = KINDS
                .iter()
                .enumerate()
                .filter(|(_, (_, kind))| q.kinds.contains(kind))
                .map(|(i, _)| i.to_string())
                .collect();
            filter += &format!(" AND kind_rank IN ({})", ranks.join(", "));
        }
        if let Some(field) = q.field_id {
            filter += &format!(
                " AND doc_id IN (SELECT doc_id FROM search_doc_fields WHERE field_id = {field})"
            );
        }
        // The postings of each matched term as one string (a posting packed into one number,
        // see `Posting`), read from the covering index; the scoring, the count and the top N
        // are done here. Grouping, counting and sorting the matches in SQL cost twice as much
        // as reading them: for a word inside compounds in 13,000 documents, 7.0 ms of SQL on
        // PostgreSQL against 2.6 ms for the lists (SQLite: 8 against 1.8 ms).
        let term_ids: Vec<i64> = answers.keys().copied().collect();
        let lists = self.postings(&term_ids, &filter).await?;
        // What each posting adds, then the postings of one document brought together by a
        // sort. Each list comes in document order from the index (nothing relies on it), and
        // the stable sort merges such runs in a few passes: cheaper than a hash map.
        let mut gathered: Vec<Score> = Vec::new();
        for (term_id, list) in &lists {
            let (quality, terms) = answers[term_id]
                .iter()
                .fold((0, 0), |(sum, bits), (n, quality)| {
                    (sum + quality, bits | 1 << n)
                });
            Posting::unpack_list(list, |posting| {
                gathered.push(Score {
                    doc_id: posting.doc_id,
                    sum: quality * posting.weight,
                    kind_rank: posting.kind_rank,
                    terms,
                });
            })?;
        }
        gathered.sort_by_key(|s| s.doc_id);
        // Records that match every query term, with their score. Equal scores: the concept
        // before measures before papers …, then the record indexed first.
        let every_term = (1u32 << query.len()) - 1;
        let mut ranked: Vec<(i64, i64)> = gathered
            .chunk_by(|a, b| a.doc_id == b.doc_id)
            .filter_map(|postings| {
                let (sum, terms) = postings
                    .iter()
                    .fold((0, 0), |(sum, bits), s| (sum + s.sum, bits | s.terms));
                let first = &postings[0];
                let score = sum * KIND_SPAN + KIND_SPAN - 1 - first.kind_rank;
                (terms == every_term).then_some((score, first.doc_id))
            })
            .collect();
        let total = ranked.len() as i64;
        if total == 0 {
            return Ok(SearchResults::default());
        }
        let order = |a: &(i64, i64), b: &(i64, i64)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
        let offset = usize::try_from(q.offset.max(0)).unwrap_or(usize::MAX);
        let end = offset.saturating_add(usize::try_from(q.limit.clamp(1, 100)).unwrap_or(1));
        if end < ranked.len() {
            ranked.select_nth_unstable_by(end, order);
            ranked.truncate(end);
        }
        ranked.sort_unstable_by(order);
        let top: Vec<(i64, i64)> = ranked
            .into_iter()
            .skip(offset)
            .map(|(score, doc)| (doc, score))
            .collect();
        let mut docs: HashMap<i64, sqlx::any::AnyRow> = HashMap::new();
        if !top.is_empty() {
            let ids: Vec<i64> = top.iter().map(|(id, _)| *id).collect();
            for r in sqlx::query(AssertSqlSafe(format!(
                "SELECT id, kind, record_id, title, text, path, public FROM search_docs WHERE id IN ({})",
                id_list(&ids)
            )))
            .fetch_all(&self.pool)
            .await?
            {
                docs.insert(r.get(0), r);
            }
        }
        let hits = top
            .iter()
            .filter_map(|(id, score)| {
                let r = docs.get(id)?;
                let title: String = r.get(3);
                let text: String = r.get(4);
                Some(SearchHit {
                    kind: r.get(1),
                    record_id: r.get(2),
                    title: search::highlight(&title, &query),
                    snippet: search::snippet(text.trim(), &query, 240),
                    path: r.get(5),
                    public: r.get::<i64, _>(6) == 1,
                    score: *score,
                })
            })
            .collect();
        Ok(SearchResults { total, hits })
    }
}

async fn load_docs(tx: &mut Transaction<'_, Any>, table: &str, ids: &[i64]) -> Result<Vec<Doc>> {
    let rows = sqlx::query(AssertSqlSafe(with_ids(doc_sql(table), ids)))
        .fetch_all(&mut **tx)
        .await?;
    let mut fields: HashMap<i64, Vec<i64>> = HashMap::new();
    if let Some(sql) = fields_sql(table) {
        let pairs: Vec<(i64, i64)> = sqlx::query_as(AssertSqlSafe(with_ids(sql, ids)))
            .fetch_all(&mut **tx)
            .await?;
        for (record, field) in pairs {
            let f = fields.entry(record).or_default();
            if !f.contains(&field) {
                f.push(field);
            }
        }
    }
    let mut docs: Vec<Doc> = rows
        .iter()
        .map(|r| {
            let record_id: i64 = r.get(0);
            Doc {
                record_id,
                body_id: r.get(1),
                public: r.get::<i64, _>(2) == 1,
                title: r.get(3),
                text: r.get(4),
                path: r.get(5),
                fields: fields.remove(&record_id).unwrap_or_default(),
            }
        })
        .collect();
    // New documents are numbered in this order, and equal scores rank by that number: in the
    // records' order, not in whatever order a database's plan returned the rows (PostgreSQL
    // gave the demo's fields of action backwards).
    docs.sort_by_key(|d| d.record_id);
    Ok(docs)
}

/// Term ids of the bodies met so far in one refresh.
#[derive(Default)]
struct TermCache(HashMap<(i64, String), i64>);

impl TermCache {
    /// The ids of `terms` in the body's vocabulary, adding those it lacks (with their parts).
    async fn ids(
        &mut self,
        tx: &mut Transaction<'_, Any>,
        body_id: i64,
        terms: &BTreeSet<&str>,
    ) -> Result<()> {
        let unknown: Vec<&str> = terms
            .iter()
            .copied()
            .filter(|t| !self.0.contains_key(&(body_id, (*t).to_owned())))
            .collect();
        for chunk in unknown.chunks(400) {
            let marks: Vec<String> = (2..chunk.len() + 2).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT id, term FROM search_terms WHERE body_id = $1 AND term IN ({})",
                marks.join(", ")
            );
            let mut query = sqlx::query_as::<_, (i64, String)>(AssertSqlSafe(sql)).bind(body_id);
            for t in chunk {
                query = query.bind(*t);
            }
            for (id, term) in query.fetch_all(&mut **tx).await? {
                self.0.insert((body_id, term), id);
            }
        }
        let new: Vec<&str> = unknown
            .into_iter()
            .filter(|t| !self.0.contains_key(&(body_id, (*t).to_owned())))
            .collect();
        for chunk in new.chunks(400) {
            let sql = format!(
                "INSERT INTO search_terms (body_id, term) VALUES {} RETURNING id, term",
                value_rows(tx, chunk.len(), 2)
            );
            let mut query = sqlx::query_as::<_, (i64, String)>(AssertSqlSafe(sql));
            for t in chunk {
                query = query.bind(body_id).bind(*t);
            }
            let added = query.fetch_all(&mut **tx).await?;
            let parts: Vec<(i64, usize, &str)> = added
                .iter()
                .flat_map(|(id, term)| {
                    search::parts(term)
                        .into_iter()
                        .map(move |(pos, part)| (*id, pos, part))
                })
                .collect();
            for rows in parts.chunks(300) {
                let values: Vec<String> = (0..rows.len())
                    .map(|i| format!("($1, ${}, {}, {})", i + 2, rows[i].0, rows[i].1))
                    .collect();
                let sql = format!(
                    "INSERT INTO search_parts (body_id, part, term_id, pos) VALUES {}",
                    values.join(", ")
                );
                let mut query = sqlx::query(AssertSqlSafe(sql)).bind(body_id);
                for (_, _, part) in rows {
                    query = query.bind(*part);
                }
                query.execute(&mut **tx).await?;
            }
            for (id, term) in added {
                self.0.insert((body_id, term), id);
            }
        }
        Ok(())
    }
}

/// Replaces the documents of `ids` (a batch of one table) by `docs`; ids without a doc are
/// records that are gone.
async fn write_docs(
    tx: &mut Transaction<'_, Any>,
    terms: &mut TermCache,
    kind: &str,
    ids: &[i64],
    docs: &[Doc],
) -> Result<()> {
    // Records that are gone take their documents along (postings and fields cascade).
    let gone: Vec<i64> = ids
        .iter()
        .copied()
        .filter(|id| !docs.iter().any(|d| d.record_id == *id))
        .collect();
    if !gone.is_empty() {
        sqlx::query(AssertSqlSafe(format!(
            "DELETE FROM search_docs WHERE kind = $1 AND record_id IN ({})",
            id_list(&gone)
        )))
        .bind(kind)
        .execute(&mut **tx)
        .await?;
    }
    if docs.is_empty() {
        return Ok(());
    }
    // Only documents that exist already have postings and fields to replace; a new one has
    // none. Asked first by the unique key: a `DELETE … WHERE doc_id IN (…)` for new documents
    // found nothing, yet on PostgreSQL, on a postings table grown in the same transaction
    // without statistics, it scanned the table for every batch (100,000 new papers: minutes).
    let existing: Vec<i64> = sqlx::query_scalar(AssertSqlSafe(format!(
        "SELECT id FROM search_docs WHERE kind = $1 AND record_id IN ({})",
        id_list(&docs.iter().map(|d| d.record_id).collect::<Vec<_>>())
    )))
    .bind(kind)
    .fetch_all(&mut **tx)
    .await?;
    // The others keep their document's id (the order of equal scores rests on it).
    let sql = format!(
        "INSERT INTO search_docs (body_id, kind, record_id, public, title, text, path) VALUES {} \
         ON CONFLICT (kind, record_id) DO UPDATE SET body_id = excluded.body_id, \
         public = excluded.public, title = excluded.title, text = excluded.text, path = excluded.path \
         RETURNING id, record_id",
        value_rows(tx, docs.len(), 7)
    );
    let mut query = sqlx::query_as::<_, (i64, i64)>(AssertSqlSafe(sql));
    for d in docs {
        query = query
            .bind(d.body_id)
            .bind(kind)
            .bind(d.record_id)
            .bind(i64::from(d.public))
            .bind(&d.title)
            .bind(&d.text)
            .bind(&d.path);
    }
    let doc_ids: HashMap<i64, i64> = query
        .fetch_all(&mut **tx)
        .await?
        .into_iter()
        .map(|(id, record)| (record, id))
        .collect();
    if !existing.is_empty() {
        let kept = id_list(&existing);
        for table in ["search_postings", "search_doc_fields"] {
            sqlx::query(AssertSqlSafe(format!(
                "DELETE FROM {table} WHERE doc_id IN ({kept})"
            )))
            .execute(&mut **tx)
            .await?;
        }
    }
    let fields: Vec<String> = docs
        .iter()
        .flat_map(|d| {
            d.fields
                .iter()
                .map(|f| format!("({}, {f})", doc_ids[&d.record_id]))
        })
        .collect();
    for chunk in fields.chunks(500) {
        sqlx::query(AssertSqlSafe(format!(
            "INSERT INTO search_doc_fields (doc_id, field_id) VALUES {}",
            chunk.join(", ")
        )))
        .execute(&mut **tx)
        .await?;
    }
    let weighted: Vec<(i64, i64, BTreeMap<String, i64>)> = docs
        .iter()
        .map(|d| (doc_ids[&d.record_id], d.body_id, weights(&d.title, &d.text)))
        .collect();
    let mut by_body: BTreeMap<i64, BTreeSet<&str>> = BTreeMap::new();
    for (_, body, w) in &weighted {
        by_body
            .entry(*body)
            .or_default()
            .extend(w.keys().map(String::as_str));
    }
    for (body, wanted) in &by_body {
        terms.ids(tx, *body, wanted).await?;
    }
    let rank = KINDS
        .iter()
        .position(|(_, k)| *k == kind)
        .expect("indexed kind");
    let postings: Vec<String> = weighted
        .iter()
        .zip(docs)
        .flat_map(|((doc, body, w), d)| {
            let public = i64::from(d.public);
            w.iter()
                .map(|(t, weight)| {
                    format!(
                        "({}, {doc}, {weight}, {public}, {rank})",
                        terms.0[&(*body, t.clone())]
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect();
    for chunk in postings.chunks(500) {
        sqlx::query(AssertSqlSafe(format!(
            "INSERT INTO search_postings (term_id, doc_id, weight, public, kind_rank) VALUES {}",
            chunk.join(", ")
        )))
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unpacked(list: &str) -> Result<Vec<(i64, i64, i64)>> {
        let mut out = Vec::new();
        Posting::unpack_list(list, |p| out.push((p.doc_id, p.weight, p.kind_rank)))?;
        Ok(out)
    }

    #[test]
    fn postings_unpack_as_the_sql_packs_them() {
        let pack = |doc: i64, weight: i64, kind: i64| {
            doc * KIND_SPAN * WEIGHT_SPAN + weight * KIND_SPAN + kind
        };
        let postings = [
            (1, 1, 0),
            (73, 10, 4),
            (629_080, 3, 10),
            (i64::MAX / 256, 10, 15),
        ];
        let list: Vec<String> = postings
            .iter()
            .map(|&(d, w, k)| pack(d, w, k).to_string())
            .collect();
        assert_eq!(unpacked(&list.join(",")).unwrap(), postings);
        assert_eq!(unpacked("4369").unwrap(), [(17, 1, 1)]);
    }

    #[test]
    fn a_list_that_is_not_numbers_is_an_error() {
        for list in [
            "",
            ",",
            "12,",
            "12,,3",
            "12;3",
            "-5",
            "1 2",
            "99999999999999999999",
        ] {
            let e = unpacked(list).expect_err(list);
            assert!(e.to_string().contains("search postings"), "{list}: {e}");
        }
    }
}
