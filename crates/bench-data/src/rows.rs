//! Rows buffered per table and written many per statement, with ids counted here (the
//! generator knows every parent's id before it is written).

use sqlx::{Any, AssertSqlSafe, Transaction};
use teilhabe_store::{Result, Store};

/// One value of a generated row.
pub(crate) enum V {
    I(i64),
    T(String),
    F(f64),
    NullI,
    NullT,
}

impl From<i64> for V {
    fn from(v: i64) -> Self {
        V::I(v)
    }
}
impl From<String> for V {
    fn from(v: String) -> Self {
        V::T(v)
    }
}
impl From<&str> for V {
    fn from(v: &str) -> Self {
        V::T(v.to_owned())
    }
}
impl From<f64> for V {
    fn from(v: f64) -> Self {
        V::F(v)
    }
}
impl From<Option<i64>> for V {
    fn from(v: Option<i64>) -> Self {
        v.map_or(V::NullI, V::I)
    }
}
impl From<Option<String>> for V {
    fn from(v: Option<String>) -> Self {
        v.map_or(V::NullT, V::T)
    }
}

/// Rows of one table, written many per statement.
pub(crate) struct Rows {
    pub(crate) table: &'static str,
    pub(crate) columns: &'static [&'static str],
    values: Vec<V>,
    pub(crate) written: u64,
}

/// Parameters per statement: below SQLite's 32,766 and PostgreSQL's 65,535.
const PARAMS: usize = 30_000;

impl Rows {
    pub(crate) fn new(table: &'static str, columns: &'static [&'static str]) -> Self {
        Self {
            table,
            columns,
            values: Vec::new(),
            written: 0,
        }
    }

    pub(crate) async fn push<const N: usize>(
        &mut self,
        tx: &mut Transaction<'static, Any>,
        row: [V; N],
    ) -> Result<()> {
        debug_assert_eq!(N, self.columns.len(), "{}", self.table);
        self.values.extend(row);
        if self.values.len() + N > PARAMS {
            self.flush(tx).await?;
        }
        Ok(())
    }

    pub(crate) async fn flush(&mut self, tx: &mut Transaction<'static, Any>) -> Result<()> {
        if self.values.is_empty() {
            return Ok(());
        }
        let n = self.columns.len();
        let rows = self.values.len() / n;
        let sql = format!(
            "INSERT INTO {} ({}) VALUES {}",
            self.table,
            self.columns.join(", "),
            teilhabe_store::load::value_rows(tx, rows, n)
        );
        let mut q = sqlx::query(AssertSqlSafe(sql));
        for v in self.values.drain(..) {
            q = match v {
                V::I(i) => q.bind(i),
                V::T(t) => q.bind(t),
                V::F(f) => q.bind(f),
                V::NullI => q.bind(None::<i64>),
                V::NullT => q.bind(None::<String>),
            };
        }
        q.execute(&mut **tx).await?;
        self.written += rows as u64;
        Ok(())
    }
}

/// The next free id of each table with one, counted here instead of by the database.
pub(crate) struct Ids {
    next: Vec<(&'static str, i64)>,
}

pub(crate) const WITH_IDS: &[&str] = &[
    "bodies",
    "organizations",
    "persons",
    "target_groups",
    "concepts",
    "principles",
    "fields_of_action",
    "goals",
    "measures",
    "budget_lines",
    "progress_reports",
    "meetings",
    "papers",
    "agenda_items",
    "consultations",
    "reporting_cycles",
    "participation_processes",
    "participation_events",
    "contributions",
    "surveys",
    "survey_questions",
    "survey_options",
    "survey_responses",
];

impl Ids {
    pub(crate) async fn load(store: &Store) -> Result<Self> {
        Ok(Self {
            next: store.next_ids(WITH_IDS).await?,
        })
    }

    pub(crate) fn take(&mut self, table: &str) -> i64 {
        let slot = self
            .next
            .iter_mut()
            .find(|(t, _)| *t == table)
            .unwrap_or_else(|| panic!("no id counter for {table}"));
        slot.1 += 1;
        slot.1 - 1
    }
}
