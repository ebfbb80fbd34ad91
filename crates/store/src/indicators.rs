//! A body's indicator catalogue, its planning areas, goals with indicator targets, and the
//! time series of an indicator for regions and planning areas.

use crate::db::now;
use crate::error::Taken;
use crate::stats::StatCell;
use crate::{Result, Store, StoreError};
use serde::Serialize;
use sqlx::AssertSqlSafe;
use std::collections::{BTreeSet, HashMap};
use teilhabe_domain::codes::{Coded, label_of};
use teilhabe_domain::impact::{Level, Link};
use teilhabe_domain::input::Parser;
use teilhabe_domain::survey_indicators::{SurveyFormula, is_survey_formula};
use teilhabe_domain::{FieldErrors, RawInput};
use teilhabe_stats::Flag;
use teilhabe_stats::indicators::{
    Cells, DEFAULT_INDICATORS, Direction, Expr, IndicatorDef, Input, Outcome, parse,
};

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Indicator {
    pub id: i64,
    pub body_id: i64,
    pub code: String,
    pub name: String,
    pub formula: String,
    pub unit: Option<String>,
    pub direction: String,
    pub field: Option<String>,
    pub source: Option<String>,
    pub description: Option<String>,
    pub position: i64,
    pub created_at: String,
    pub modified_at: String,
    /// `outcome` or `impact` (see `teilhabe_domain::impact::Level`).
    pub level: String,
}

const COLUMNS: &str = "id, body_id, code, name, formula, unit, direction, field, source, description, position, created_at, modified_at, level";

impl Indicator {
    /// The formula over official statistics (`None` for a survey indicator).
    pub fn expr(&self) -> Option<Expr> {
        parse(&self.formula).ok()
    }

    /// The survey question the indicator takes its values from (`None` for a formula over
    /// official statistics).
    pub fn survey(&self) -> Option<SurveyFormula> {
        is_survey_formula(&self.formula)
            .then(|| SurveyFormula::parse(&self.formula).ok())
            .flatten()
    }

    pub fn direction(&self) -> Direction {
        match self.direction.as_str() {
            "higher" => Direction::HigherIsBetter,
            "lower" => Direction::LowerIsBetter,
            _ => Direction::Neutral,
        }
    }

    pub fn level_label(&self) -> &str {
        label_of::<Level>(&self.level)
    }

    pub fn direction_label(&self) -> &'static str {
        match self.direction() {
            Direction::HigherIsBetter => "höher ist besser",
            Direction::LowerIsBetter => "niedriger ist besser",
            Direction::Neutral => "keine Wertung",
        }
    }
}

/// Whether a catalogue formula is well-formed: over official statistics, or a survey
/// indicator's (the one check of forms, the API and dump files).
pub fn check_formula(formula: &str) -> std::result::Result<(), String> {
    if is_survey_formula(formula) {
        SurveyFormula::parse(formula).map(|_| ())
    } else {
        parse(formula).map(|_| ())
    }
}

/// A checked indicator as typed in a form or the API.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorDraft {
    pub code: String,
    pub name: String,
    pub formula: String,
    pub unit: Option<String>,
    pub direction: String,
    /// Outcome or impact; output and input are refused (they belong to measures).
    pub level: Level,
    pub field: Option<String>,
    pub source: Option<String>,
    pub description: Option<String>,
}

impl IndicatorDraft {
    pub fn parse(input: &RawInput) -> std::result::Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let code = p.required_text("code", "ein Kürzel", 60);
        if !code.is_empty()
            && !code
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            p.fail(
                "code",
                "Das Kürzel besteht aus Kleinbuchstaben, Ziffern und _ (z. B. auslaenderanteil).",
            );
        }
        let name = p.required_text("name", "einen Namen", 200);
        let formula = p.required_text("formula", "eine Formel", 1000);
        if !formula.is_empty()
            && let Err(e) = check_formula(&formula)
        {
            p.fail("formula", e);
        }
        let direction = p
            .optional_text("direction", 20)
            .unwrap_or_else(|| "neutral".into());
        if !["higher", "lower", "neutral"].contains(&direction.as_str()) {
            p.fail(
                "direction",
                "Bitte „höher ist besser“, „niedriger ist besser“ oder „keine Wertung“ wählen.",
            );
        }
        let level = p.optional_code::<Level>("level").unwrap_or(Level::Outcome);
        if let Err(e) = level.allows(Link::Goal) {
            p.fail("level", e);
        }
        let unit = p.optional_text("unit", 60);
        let field = p.optional_text("field", 200);
        let source = p.optional_text("source", 500);
        let description = p.optional_lines("description", 2000);
        p.finish(Self {
            code,
            name,
            formula,
            unit,
            direction,
            level,
            field,
            source,
            description,
        })
    }
}

/// One point of a series: a region (or planning area) in a period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Point {
    pub region: String,
    pub period: String,
    pub value: Option<f64>,
    pub flag: Option<String>,
}

/// A goal's indicator target.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct GoalTarget {
    pub goal_id: i64,
    pub indicator_id: i64,
    pub target_value: f64,
    pub target_year: i64,
    /// Why the indicator shows whether the goal is reached (the impact chain's link).
    pub assumption: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct PlanningArea {
    pub id: i64,
    pub body_id: i64,
    pub name: String,
    pub created_at: String,
    pub modified_at: String,
}

/// Cells already read, by variable, region and period (see [`Store::indicator_at_cached`]).
#[derive(Default)]
pub struct CellCache(HashMap<(String, String, String), Vec<StatCell>>);

/// Cells of several regions added up per variable and dims (for planning areas).
pub(crate) struct Loaded(pub(crate) HashMap<String, Vec<StatCell>>);

impl Cells for Loaded {
    fn cell(&self, variable: &str, dims: &str) -> Option<Input> {
        self.0
            .get(variable)?
            .iter()
            .find(|c| c.dims == dims)
            .map(input_of)
    }

    fn all(&self, variable: &str) -> Vec<(String, Input)> {
        self.0
            .get(variable)
            .map(|cells| {
                cells
                    .iter()
                    .map(|c| (c.dims.clone(), input_of(c)))
                    .collect()
            })
            .unwrap_or_default()
    }
}

fn input_of(c: &StatCell) -> Input {
    Input {
        value: c.value,
        flag: c.flag.as_deref().and_then(Flag::from_symbol),
    }
}

/// Adds the cells of `more` into `into` (same dims: values added; a symbol without value
/// hides the sum, except `-`, which is nothing).
fn add_cells(into: &mut Vec<StatCell>, more: Vec<StatCell>) {
    for c in more {
        match into.iter_mut().find(|x| x.dims == c.dims) {
            None => into.push(c),
            Some(x) => match (x.value, c.value) {
                (Some(a), Some(b)) => x.value = Some(a + b),
                (Some(_), None) if c.flag.as_deref() == Some("-") => {}
                (None, Some(b)) if x.flag.as_deref() == Some("-") => {
                    x.value = Some(b);
                    x.flag = c.flag;
                }
                (_, None) => {
                    x.value = None;
                    x.flag = c.flag;
                }
                (None, Some(_)) => {}
            },
        }
    }
}

impl Store {
    /// The body's catalogue; the default set is added the first time.
    pub async fn indicators(&self, body_id: i64) -> Result<Vec<Indicator>> {
        let seeded: i64 = sqlx::query_scalar("SELECT indicators_seeded FROM bodies WHERE id = $1")
            .bind(body_id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Körperschaft"))?;
        if seeded == 0 {
            let mut tx = self.begin().await?;
            let stamp = now();
            for (i, d) in DEFAULT_INDICATORS.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO indicators (body_id, code, name, formula, unit, direction, field, source, description, position, created_at, modified_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
                     ON CONFLICT (body_id, code) DO NOTHING",
                )
                .bind(body_id)
                .bind(d.code)
                .bind(d.name)
                .bind(d.formula)
                .bind(d.unit)
                .bind(d.direction.code())
                .bind(d.field)
                .bind(d.source)
                .bind(d.description)
                .bind(i as i64 + 1)
                .bind(&stamp)
                .execute(&mut *tx)
                .await?;
            }
            sqlx::query("UPDATE bodies SET indicators_seeded = 1 WHERE id = $1")
                .bind(body_id)
                .execute(&mut *tx)
                .await?;
            self.commit(tx).await?;
        }
        let sql =
            format!("SELECT {COLUMNS} FROM indicators WHERE body_id = $1 ORDER BY position, id");
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(body_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn indicator(&self, id: i64) -> Result<Indicator> {
        let sql = format!("SELECT {COLUMNS} FROM indicators WHERE id = $1");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Indikator"))
    }

    pub async fn indicator_by_code(&self, body_id: i64, code: &str) -> Result<Indicator> {
        self.indicators(body_id)
            .await?
            .into_iter()
            .find(|i| i.code == code)
            .ok_or(StoreError::NotFound("Indikator"))
    }

    pub async fn create_indicator(&self, body_id: i64, d: &IndicatorDraft) -> Result<Indicator> {
        let existing = self.indicators(body_id).await?;
        let position = existing.iter().map(|i| i.position).max().unwrap_or(0) + 1;
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO indicators (body_id, code, name, formula, unit, direction, field, source, description, position, created_at, modified_at, level)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12) RETURNING id",
        )
        .bind(body_id)
        .bind(&d.code)
        .bind(&d.name)
        .bind(&d.formula)
        .bind(&d.unit)
        .bind(&d.direction)
        .bind(&d.field)
        .bind(&d.source)
        .bind(&d.description)
        .bind(position)
        .bind(now())
        .bind(d.level.code())
        .fetch_one(&mut *tx)
        .await
        .taken("code", || {
            format!("Das Kürzel „{}“ ist schon vergeben.", d.code)
        })?;
        self.commit(tx).await?;
        self.indicator(id).await
    }

    /// Adopts an entry of the fuller catalogue (`MONITORING_INDICATORS`, or a default the
    /// body had deleted) into the body's catalogue, its tables named in the source.
    pub async fn adopt_indicator(&self, body_id: i64, def: &IndicatorDef) -> Result<Indicator> {
        let d = IndicatorDraft {
            code: def.code.to_owned(),
            name: def.name.to_owned(),
            formula: def.formula.to_owned(),
            unit: Some(def.unit.to_owned()),
            direction: def.direction.code().to_owned(),
            level: Level::Outcome,
            field: Some(def.field.to_owned()),
            source: Some(format!(
                "{} – Tabellen {}",
                def.source,
                def.tables.join(", ")
            )),
            description: Some(def.description.to_owned()),
        };
        self.create_indicator(body_id, &d).await
    }

    pub async fn update_indicator(&self, id: i64, d: &IndicatorDraft) -> Result<Indicator> {
        // Not found is an answer of its own, before the write.
        self.indicator(id).await?;
        self.execute(sqlx::query(
            "UPDATE indicators SET code = $1, name = $2, formula = $3, unit = $4, direction = $5, field = $6,
             source = $7, description = $8, modified_at = $9, level = $11 WHERE id = $10",
        )
        .bind(&d.code)
        .bind(&d.name)
        .bind(&d.formula)
        .bind(&d.unit)
        .bind(&d.direction)
        .bind(&d.field)
        .bind(&d.source)
        .bind(&d.description)
        .bind(now())
        .bind(id)
        .bind(d.level.code())
        )
        .await
        .taken("code", || {
            format!("Das Kürzel „{}“ ist schon vergeben.", d.code)
        })?;
        self.indicator(id).await
    }

    /// Deletes an indicator unless a goal names it.
    pub async fn delete_indicator(&self, id: i64) -> Result<()> {
        let i = self.indicator(id).await?;
        let goals: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM goal_indicators WHERE indicator_id = $1")
                .bind(id)
                .fetch_one(&self.pool)
                .await?;
        if goals > 0 {
            return Err(StoreError::Refused(format!(
                "„{}“ ist noch Zielgröße von {goals} Ziel(en). Bitte dort zuerst den Indikator entfernen.",
                i.name
            )));
        }
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM indicators WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        crate::translations::forget(&mut tx, "indicators", id).await?;
        self.commit(tx).await
    }

    /// The periods for which any of the formula's variables has cells in these regions.
    pub async fn stat_periods(&self, expr: &Expr, regions: &[String]) -> Result<Vec<String>> {
        let vars = expr.variables();
        if vars.is_empty() || regions.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = String::from(
            "SELECT DISTINCT c.period FROM stat_cells c JOIN stat_variables v ON v.id = c.variable_id WHERE v.code IN (",
        );
        let mut n = 0;
        for i in 0..vars.len() {
            n += 1;
            sql.push_str(&format!("{}${n}", if i > 0 { "," } else { "" }));
        }
        sql.push_str(") AND c.region IN (");
        for i in 0..regions.len() {
            n += 1;
            sql.push_str(&format!("{}${n}", if i > 0 { "," } else { "" }));
        }
        sql.push_str(") ORDER BY c.period");
        let mut q = sqlx::query_scalar::<_, String>(AssertSqlSafe(sql));
        for v in &vars {
            q = q.bind(v.to_string());
        }
        for r in regions {
            q = q.bind(r.clone());
        }
        let periods: BTreeSet<String> = q.fetch_all(&self.pool).await?.into_iter().collect();
        Ok(periods.into_iter().collect())
    }

    /// The indicator for one region (or, with `members`, a planning area: the sum of its
    /// municipalities' cells) in one period.
    pub async fn indicator_at(
        &self,
        expr: &Expr,
        members: &[String],
        period: &str,
    ) -> Result<Outcome> {
        self.indicator_at_cached(expr, members, period, &mut CellCache::default())
            .await
    }

    /// As [`Store::indicator_at`], reading each variable's cells for a region and period
    /// once per `cache`: a page of several indicators that share a variable (population)
    /// does not read — or, for Germany, sum from 400 Kreise — the same cells again.
    pub async fn indicator_at_cached(
        &self,
        expr: &Expr,
        members: &[String],
        period: &str,
        cache: &mut CellCache,
    ) -> Result<Outcome> {
        let mut loaded: HashMap<String, Vec<StatCell>> = HashMap::new();
        for v in expr.variables() {
            let mut cells = Vec::new();
            for (i, region) in members.iter().enumerate() {
                let key = (v.to_owned(), region.clone(), period.to_owned());
                let these = if let Some(c) = cache.0.get(&key) {
                    c.clone()
                } else {
                    let mut c = self.stat_cells(v, region, period).await?;
                    if c.is_empty() {
                        c = self.kreise_summed(v, region, period).await?;
                    }
                    cache.0.insert(key, c.clone());
                    c
                };
                if i == 0 {
                    cells = these;
                } else {
                    add_cells(&mut cells, these);
                }
            }
            loaded.insert(v.to_owned(), cells);
        }
        Ok(expr.eval(&Loaded(loaded)))
    }

    /// A Land's (or Germany's) cells as the sum of its Kreise, when a table gives only
    /// Kreise — and only when every current Kreis of it is there, so a partial sum is never
    /// shown as the whole.
    async fn kreise_summed(
        &self,
        variable: &str,
        region: &str,
        period: &str,
    ) -> Result<Vec<StatCell>> {
        let all = teilhabe_stats::regions::regions();
        let Some(r) = all.get(region) else {
            return Ok(Vec::new());
        };
        use teilhabe_stats::regions::Level;
        if !matches!(r.level, Level::Bund | Level::Land | Level::Regierungsbezirk) {
            return Ok(Vec::new());
        }
        let prefix = if r.level == Level::Bund { "" } else { r.key };
        let kreise: Vec<&str> = all
            .all()
            .iter()
            .filter(|k| k.level == Level::Kreis && k.key.starts_with(prefix))
            .map(|k| k.key)
            .collect();
        let rows: Vec<(String, i64, String)> = sqlx::query_as(
            "SELECT c.region, c.table_id, c.cells FROM stat_cells c JOIN stat_variables v ON v.id = c.variable_id
             WHERE v.code = $1 AND c.period = $2 AND c.region LIKE $3 ORDER BY c.region, c.table_id, c.part",
        )
        .bind(variable)
        .bind(period)
        .bind(format!("{prefix}%"))
        .fetch_all(&self.pool)
        .await?;
        let present: BTreeSet<&str> = rows.iter().map(|(r, _, _)| r.as_str()).collect();
        if kreise.is_empty() || kreise.iter().any(|k| !present.contains(k)) {
            return Ok(Vec::new());
        }
        let mut by_region: HashMap<&str, Vec<StatCell>> = HashMap::new();
        let mut dictionaries: HashMap<i64, HashMap<i64, String>> = HashMap::new();
        for (region, table, text) in &rows {
            if !kreise.contains(&region.as_str()) {
                continue;
            }
            crate::stats::parse_lines(
                text,
                self.dims_dictionary(*table, &mut dictionaries).await?,
                by_region.entry(region.as_str()).or_default(),
            );
        }
        let mut sum: Vec<StatCell> = Vec::new();
        for (i, (_, cells)) in by_region.into_iter().enumerate() {
            if i == 0 {
                sum = cells;
            } else {
                add_cells(&mut sum, cells);
            }
        }
        Ok(sum)
    }

    /// The series of an indicator for several regions over all periods with data.
    pub async fn indicator_series(&self, expr: &Expr, regions: &[String]) -> Result<Vec<Point>> {
        let periods = self.stat_periods(expr, regions).await?;
        let mut out = Vec::new();
        let mut cache = CellCache::default();
        for period in &periods {
            for region in regions {
                let o = self
                    .indicator_at_cached(expr, std::slice::from_ref(region), period, &mut cache)
                    .await?;
                out.push(Point {
                    region: region.clone(),
                    period: period.clone(),
                    value: o.value,
                    flag: o.flag.map(|f| f.symbol().to_owned()),
                });
            }
        }
        Ok(out)
    }

    // ---- goals

    pub async fn goal_target(&self, goal_id: i64) -> Result<Option<GoalTarget>> {
        Ok(sqlx::query_as(
            "SELECT goal_id, indicator_id, target_value, target_year, assumption FROM goal_indicators WHERE goal_id = $1",
        )
        .bind(goal_id)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// The indicator targets of a concept's goals.
    pub async fn goal_targets_of_concept(&self, concept_id: i64) -> Result<Vec<GoalTarget>> {
        Ok(sqlx::query_as(
            "SELECT gi.goal_id, gi.indicator_id, gi.target_value, gi.target_year, gi.assumption FROM goal_indicators gi
             JOIN goals g ON g.id = gi.goal_id JOIN fields_of_action f ON f.id = g.field_id
             WHERE f.concept_id = $1",
        )
        .bind(concept_id)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Names an indicator with a target value and year for a goal (or, with `None`,
    /// removes it). The link's assumption (kept on the impact chain's page) stays.
    pub async fn set_goal_target(
        &self,
        goal_id: i64,
        target: Option<(i64, f64, i64)>,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        if target.is_none() {
            sqlx::query("DELETE FROM goal_indicators WHERE goal_id = $1")
                .bind(goal_id)
                .execute(&mut *tx)
                .await?;
        }
        if let Some((indicator, value, year)) = target {
            sqlx::query(
                "INSERT INTO goal_indicators (goal_id, indicator_id, target_value, target_year) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (goal_id) DO UPDATE SET indicator_id = excluded.indicator_id,
                 target_value = excluded.target_value, target_year = excluded.target_year",
            )
            .bind(goal_id)
            .bind(indicator)
            .bind(value)
            .bind(year)
            .execute(&mut *tx)
            .await?;
        }
        self.commit(tx).await?;
        Ok(())
    }

    // ---- planning areas

    pub async fn planning_areas(&self, body_id: i64) -> Result<Vec<(PlanningArea, Vec<String>)>> {
        let areas: Vec<PlanningArea> = sqlx::query_as(
            "SELECT id, body_id, name, created_at, modified_at FROM planning_areas WHERE body_id = $1 ORDER BY name, id",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::new();
        for a in areas {
            let members: Vec<String> = sqlx::query_scalar(
                "SELECT region_key FROM planning_area_members WHERE area_id = $1 ORDER BY region_key",
            )
            .bind(a.id)
            .fetch_all(&self.pool)
            .await?;
            out.push((a, members));
        }
        Ok(out)
    }

    /// A planning area: a name and municipalities of the body's Kreis.
    pub async fn create_planning_area(
        &self,
        body_id: i64,
        name: &str,
        members: &[String],
    ) -> Result<PlanningArea> {
        let body = self.body(body_id).await?;
        let regions = teilhabe_stats::regions::regions();
        let mut e = FieldErrors::new();
        if name.trim().is_empty() {
            e.add("name", "Bitte einen Namen angeben.");
        }
        if members.is_empty() {
            e.add("members", "Bitte mindestens eine Gemeinde wählen.");
        }
        for m in members {
            match regions.get(m) {
                Some(r) if r.key.starts_with(&body.key) && r.key.len() == 8 => {}
                _ => e.add(
                    "members",
                    format!("„{m}“ ist keine Gemeinde von {}.", body.name),
                ),
            }
        }
        if !e.is_empty() {
            return Err(StoreError::Invalid(e));
        }
        let mut tx = self.begin().await?;
        let stamp = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO planning_areas (body_id, name, created_at, modified_at) VALUES ($1, $2, $3, $3) RETURNING id",
        )
        .bind(body_id)
        .bind(name.trim())
        .bind(&stamp)
        .fetch_one(&mut *tx)
        .await?;
        for m in members {
            sqlx::query("INSERT INTO planning_area_members (area_id, region_key) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .bind(id)
                .bind(m)
                .execute(&mut *tx)
                .await?;
        }
        self.commit(tx).await?;
        Ok(PlanningArea {
            id,
            body_id,
            name: name.trim().to_owned(),
            created_at: stamp.clone(),
            modified_at: stamp,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(dims: &str, value: Option<f64>, flag: Option<&str>) -> StatCell {
        StatCell {
            dims: dims.into(),
            value,
            flag: flag.map(str::to_owned),
            quality: None,
        }
    }

    #[test]
    fn area_sums() {
        let mut a = vec![cell("", Some(10.0), None), cell("G=W", None, Some("-"))];
        add_cells(
            &mut a,
            vec![cell("", Some(5.0), None), cell("G=W", Some(2.0), None)],
        );
        assert_eq!(a[0].value, Some(15.0));
        assert_eq!(a[1].value, Some(2.0));
        add_cells(&mut a, vec![cell("", None, Some("."))]);
        assert_eq!((a[0].value, a[0].flag.as_deref()), (None, Some(".")));
    }
}
