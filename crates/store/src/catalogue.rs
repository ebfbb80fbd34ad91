//! The schema as the database itself reports it — tables, columns with their type family
//! and nullability, primary keys, indexes and foreign keys with their `ON DELETE` — in one
//! form for both backends. SQLite and PostgreSQL have a migration folder each; comparing
//! their catalogues (the migration parity test) is what keeps the two from drifting, and
//! the benchmark generator checks its column lists against it.

use crate::db::Backend;
use crate::{Result, Store};
use sqlx::Row;
use std::collections::BTreeSet;

/// One fact of the schema per line, e.g. `column measures.title text not null` or
/// `foreign key measures.goal_id -> goals.id on delete cascade`; sorted, so two
/// catalogues compare as sets.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Catalogue {
    pub facts: BTreeSet<String>,
    /// `table.column` of the columns with a default (not compared: an id's sequence is a
    /// default on PostgreSQL and the row id on SQLite).
    pub defaults: BTreeSet<String>,
}

impl Catalogue {
    /// The columns of `table` with whether a row must name each: NOT NULL and no default.
    pub fn columns(&self, table: &str) -> Vec<(String, bool)> {
        let prefix = format!("column {table}.");
        self.facts
            .iter()
            .filter_map(|f| f.strip_prefix(&prefix))
            .map(|rest| {
                let name = rest.split(' ').next().unwrap_or_default().to_owned();
                let defaulted = self.defaults.contains(&format!("{table}.{name}"));
                let required = rest.ends_with("not null") && !defaulted;
                (name, required)
            })
            .collect()
    }

    /// The tables, from the `table` facts.
    pub fn tables(&self) -> Vec<String> {
        self.facts
            .iter()
            .filter_map(|f| f.strip_prefix("table "))
            .map(str::to_owned)
            .collect()
    }
}

/// A declared type as one of the families both databases share.
fn family(declared: &str) -> &'static str {
    let t = declared.to_ascii_lowercase();
    if t.contains("int") || t == "bigserial" || t == "serial" {
        "integer"
    } else if t.contains("char") || t.contains("text") || t.contains("clob") || t == "jsonb" {
        "text"
    } else if t.contains("real") || t.contains("floa") || t.contains("doub") || t == "numeric" {
        "real"
    } else if t.contains("blob") || t == "bytea" {
        "blob"
    } else {
        "other"
    }
}

/// The `ON DELETE` rule in the words of the SQL standard, lower case.
fn rule(words: &str) -> String {
    match words.to_ascii_uppercase().as_str() {
        "" | "NO ACTION" | "A" => "no action",
        "CASCADE" | "C" => "cascade",
        "SET NULL" | "N" => "set null",
        "SET DEFAULT" | "D" => "set default",
        "RESTRICT" | "R" => "restrict",
        _ => "unknown",
    }
    .to_owned()
}

fn index_fact(table: &str, columns: &[String], unique: bool, partial: bool) -> String {
    format!(
        "{}index {table} ({}){}",
        if unique { "unique " } else { "" },
        columns.join(", "),
        if partial { " where …" } else { "" }
    )
}

impl Store {
    /// The schema of this database as the database reports it.
    pub async fn catalogue(&self) -> Result<Catalogue> {
        match self.backend() {
            Backend::Sqlite => self.sqlite_catalogue().await,
            Backend::Postgres => self.postgres_catalogue().await,
        }
    }

    async fn sqlite_catalogue(&self) -> Result<Catalogue> {
        let mut facts = BTreeSet::new();
        let mut defaults = BTreeSet::new();
        let tables: Vec<String> = sqlx::query(
            "SELECT name FROM sqlite_master WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%' ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| r.get::<String, _>(0))
        .collect();
        for table in &tables {
            facts.insert(format!("table {table}"));
            let columns = sqlx::query(
                "SELECT name, CAST(type AS TEXT), \"notnull\", pk, dflt_value IS NOT NULL \
                 FROM pragma_table_info($1)",
            )
            .bind(table)
            .fetch_all(&self.pool)
            .await?;
            let mut key: Vec<(i64, String)> = Vec::new();
            for c in &columns {
                let name: String = c.get(0);
                let pk: i64 = c.get(3);
                if c.get::<i64, _>(4) == 1 {
                    defaults.insert(format!("{table}.{name}"));
                }
                // A primary key column is never NULL, whatever SQLite's flag says.
                let not_null = c.get::<i64, _>(2) == 1 || pk > 0;
                facts.insert(format!(
                    "column {table}.{name} {}{}",
                    family(&c.get::<String, _>(1)),
                    if not_null { " not null" } else { "" }
                ));
                if pk > 0 {
                    key.push((pk, name));
                }
            }
            key.sort();
            let key: Vec<String> = key.into_iter().map(|(_, n)| n).collect();
            if !key.is_empty() {
                facts.insert(format!("primary key {table} ({})", key.join(", ")));
            }
            let indexes =
                sqlx::query("SELECT name, \"unique\", origin, partial FROM pragma_index_list($1)")
                    .bind(table)
                    .fetch_all(&self.pool)
                    .await?;
            for i in &indexes {
                let name: String = i.get(0);
                if i.get::<String, _>(2) == "pk" {
                    continue;
                }
                let columns: Vec<String> = sqlx::query(
                    "SELECT COALESCE(name, '(expression)') FROM pragma_index_info($1) ORDER BY seqno",
                )
                .bind(&name)
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|r| r.get::<String, _>(0))
                .collect();
                facts.insert(index_fact(
                    table,
                    &columns,
                    i.get::<i64, _>(1) == 1,
                    i.get::<i64, _>(3) == 1,
                ));
            }
            let keys = sqlx::query(
                "SELECT \"table\", \"from\", COALESCE(\"to\", ''), on_delete \
                 FROM pragma_foreign_key_list($1)",
            )
            .bind(table)
            .fetch_all(&self.pool)
            .await?;
            for k in &keys {
                let parent: String = k.get(0);
                let mut to: String = k.get(2);
                if to.is_empty() {
                    // `REFERENCES parent` without a column names the parent's primary key.
                    to = sqlx::query("SELECT name FROM pragma_table_info($1) WHERE pk = 1")
                        .bind(&parent)
                        .fetch_optional(&self.pool)
                        .await?
                        .map(|r| r.get::<String, _>(0))
                        .unwrap_or_default();
                }
                facts.insert(format!(
                    "foreign key {table}.{} -> {parent}.{to} on delete {}",
                    k.get::<String, _>(1),
                    rule(&k.get::<String, _>(3)),
                ));
            }
        }
        Ok(Catalogue { facts, defaults })
    }

    async fn postgres_catalogue(&self) -> Result<Catalogue> {
        let mut facts = BTreeSet::new();
        let mut defaults = BTreeSet::new();
        let columns = sqlx::query(
            "SELECT c.table_name::text, c.column_name::text, c.data_type::text, c.is_nullable::text, \
                    c.column_default IS NOT NULL \
             FROM information_schema.columns c JOIN information_schema.tables t \
               ON t.table_schema = c.table_schema AND t.table_name = c.table_name \
             WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' \
               AND c.table_name NOT LIKE '\\_sqlx%'",
        )
        .fetch_all(&self.pool)
        .await?;
        for c in &columns {
            let table: String = c.get(0);
            facts.insert(format!("table {table}"));
            if c.get::<bool, _>(4) {
                defaults.insert(format!("{table}.{}", c.get::<String, _>(1)));
            }
            facts.insert(format!(
                "column {table}.{} {}{}",
                c.get::<String, _>(1),
                family(&c.get::<String, _>(2)),
                if c.get::<String, _>(3) == "NO" {
                    " not null"
                } else {
                    ""
                }
            ));
        }
        // Index key columns in order (columns an index only INCLUDEs are a way to read it,
        // not part of what it orders or makes unique); an expression shows as such.
        let indexes = sqlx::query(
            "SELECT t.relname::text, ix.indisprimary, ix.indisunique, ix.indpred IS NOT NULL, \
                    array_to_string(ARRAY(SELECT COALESCE(a.attname::text, '(expression)') \
                      FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord) \
                      LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum \
                      WHERE k.ord <= ix.indnkeyatts ORDER BY k.ord), ',') \
             FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid \
             JOIN pg_namespace n ON n.oid = t.relnamespace \
             WHERE n.nspname = current_schema() AND t.relname NOT LIKE '\\_sqlx%'",
        )
        .fetch_all(&self.pool)
        .await?;
        for i in &indexes {
            let table: String = i.get(0);
            let columns: Vec<String> = i
                .get::<String, _>(4)
                .split(',')
                .map(str::to_owned)
                .collect();
            if i.get::<bool, _>(1) {
                facts.insert(format!("primary key {table} ({})", columns.join(", ")));
            } else {
                facts.insert(index_fact(&table, &columns, i.get(2), i.get(3)));
            }
        }
        let keys = sqlx::query(
            "SELECT t.relname::text, a.attname::text, ft.relname::text, fa.attname::text, \
                    c.confdeltype::text \
             FROM pg_constraint c \
             JOIN pg_class t ON t.oid = c.conrelid \
             JOIN pg_class ft ON ft.oid = c.confrelid \
             JOIN pg_namespace n ON n.oid = t.relnamespace \
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] \
             JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1] \
             WHERE c.contype = 'f' AND n.nspname = current_schema()",
        )
        .fetch_all(&self.pool)
        .await?;
        for k in &keys {
            facts.insert(format!(
                "foreign key {}.{} -> {}.{} on delete {}",
                k.get::<String, _>(0),
                k.get::<String, _>(1),
                k.get::<String, _>(2),
                k.get::<String, _>(3),
                rule(&k.get::<String, _>(4)),
            ));
        }
        Ok(Catalogue { facts, defaults })
    }
}
