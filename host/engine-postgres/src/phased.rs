//! Phased (zero-downtime) migrations on PostgreSQL, in the manner of
//! pgroll and Reshape.
//!
//! **Start** changes the tables only by adding: new columns (a changed
//! column gets a shadow column `_tg_new_<name>` of its new type), checks
//! and foreign keys `NOT VALID`, indexes `CONCURRENTLY`. It then makes the
//! migration's **version schema** (`tidegate_<id>`), with one view per
//! changed table (`security_invoker`) that shows the table as the new
//! version sees it, and a trigger per table that keeps old and new columns
//! in step in both directions: a write through the version schema (the new
//! application, `search_path = tidegate_<id>, public`) fills the old
//! columns with `down`, any other write (the old application, on the base
//! schema) fills the new ones with `up`. Last, the **backfill** touches
//! every row that existed at start, in batches by primary key, so that
//! the trigger fills them; rows written later are the trigger's.
//!
//! **Complete** validates what was added `NOT VALID`, sets `NOT NULL`
//! through a validated check, drops the triggers, swaps shadow columns in,
//! applies renames and drops, and drops the version schema. **Rollback**
//! drops the version schema and everything start added; the catalog is as
//! before it.
//!
//! Every DDL statement runs under a short `lock_timeout` and is retried
//! with backoff, so that it never queues behind a long transaction while
//! traffic queues behind it. Every phase converges when run again after a
//! kill: each step looks at the catalog first, and the backfill keeps its
//! place in a table beside the history.

use std::time::{Duration, Instant};

use serde::Deserialize;
use sqlx::{AssertSqlSafe, Row};
use tidegate_core::capabilities::{Capabilities, Kind};
use tidegate_core::faults;
use tidegate_core::journal::Statement;
use tidegate_core::metadata::EngineKind;
use tidegate_core::phased::{Backfill, Phase, PhaseControl, PhaseOutcome, PhaseRun};

use crate::PgError;
use crate::session::PgSession;

/// The prefix of a changed column's shadow while in flight.
const NEW: &str = "_tg_new_";
/// The prefix of the check that stands for `NOT NULL` while in flight.
const NOT_NULL: &str = "_tg_nn_";
/// The prefix of an index rebuilt on a shadow column.
const INDEX: &str = "_tg_i_";
/// SQLSTATE `lock_not_available`: a `lock_timeout` expired.
const LOCK_NOT_AVAILABLE: &str = "55P03";

/// How phases run on this server (`[postgres]` settings).
#[derive(Debug, Clone, Copy)]
pub struct Phasing {
    /// `phase_lock_timeout`: how long one DDL statement or backfill batch
    /// waits for its lock before it gives up and is retried.
    pub lock_timeout: Duration,
    /// `phase_retries`: how many times a statement is retried after its
    /// lock wait expired.
    pub retries: u32,
    /// `backfill_batch`: rows per backfill batch to start with; the batch
    /// halves on a lock wait and grows while batches are quick.
    pub batch: u64,
    /// `plan_backfill_rows`: a dry run backfills at most this many rows
    /// per table (its complete then skips what needs them all).
    pub plan_rows: u64,
}

impl Default for Phasing {
    fn default() -> Self {
        Phasing {
            lock_timeout: Duration::from_millis(500),
            retries: 30,
            batch: 5_000,
            plan_rows: 10_000,
        }
    }
}

/// One operation of `[[postgres]]` in `phases.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub enum Op {
    /// A new column. `up` fills it from the old version's rows (required
    /// with `not_null` and no `default`).
    AddColumn {
        table: String,
        column: String,
        #[serde(rename = "type")]
        ty: String,
        default: Option<String>,
        #[serde(default)]
        not_null: bool,
        check: Option<String>,
        #[serde(default)]
        unique: bool,
        /// `table(column)`.
        references: Option<String>,
        up: Option<String>,
    },
    /// The new version no longer sees the column; complete drops it.
    /// `down` fills it for rows the new version inserts.
    DropColumn {
        table: String,
        column: String,
        down: Option<String>,
    },
    RenameColumn {
        table: String,
        from: String,
        to: String,
    },
    /// Change several things of one column at once through a shadow
    /// column: its type, nullability and name.
    AlterColumn {
        table: String,
        column: String,
        #[serde(rename = "type")]
        ty: Option<String>,
        not_null: Option<bool>,
        rename: Option<String>,
        up: Option<String>,
        down: Option<String>,
    },
    ChangeType {
        table: String,
        column: String,
        #[serde(rename = "type")]
        ty: String,
        up: Option<String>,
        down: Option<String>,
    },
    SetNotNull {
        table: String,
        column: String,
        up: Option<String>,
    },
    DropNotNull {
        table: String,
        column: String,
        down: Option<String>,
    },
    /// The new version's inserts get `default` (none: no default) at
    /// once; the table's own default changes on complete.
    SetDefault {
        table: String,
        column: String,
        default: Option<String>,
    },
    AddCheck {
        table: String,
        name: String,
        check: String,
    },
    AddUnique {
        table: String,
        name: String,
        columns: Vec<String>,
    },
    AddForeignKey {
        table: String,
        name: String,
        columns: Vec<String>,
        references: String,
        references_columns: Vec<String>,
        on_delete: Option<String>,
    },
    CreateIndex {
        table: String,
        name: String,
        columns: Vec<String>,
        #[serde(default)]
        unique: bool,
        method: Option<String>,
        #[serde(rename = "where")]
        predicate: Option<String>,
    },
    /// Dropped on complete.
    DropIndex { table: String, name: String },
    /// The new version sees the table under its new name; complete
    /// renames it.
    RenameTable { from: String, to: String },
    /// Dropped on complete.
    DropTable { table: String },
    /// A new table (`definition`: what goes between the parentheses of
    /// `CREATE TABLE`), seen by both versions; rollback drops it.
    CreateTable { table: String, definition: String },
    /// Dropped on complete (a constraint or a foreign key).
    DropConstraint { table: String, name: String },
    /// Renamed on complete.
    RenameConstraint {
        table: String,
        from: String,
        to: String,
    },
    /// Raw SQL: `up` on start, `complete` on complete, `down` on rollback.
    Sql {
        up: String,
        down: String,
        complete: Option<String>,
        /// Tables it touches (they must be declared).
        #[serde(default)]
        tables: Vec<String>,
    },
}

/// A column changed through a shadow column.
#[derive(Debug, Clone)]
struct Shadow {
    column: String,
    ty: Option<String>,
    not_null: Option<bool>,
    rename: Option<String>,
    up: Option<String>,
    down: Option<String>,
}

impl Shadow {
    fn new_name(&self) -> String {
        shadow_name(&self.column)
    }
    /// The name the new version sees.
    fn shown(&self) -> &str {
        self.rename.as_deref().unwrap_or(&self.column)
    }
}

impl Op {
    fn name(&self) -> &'static str {
        match self {
            Op::AddColumn { .. } => "add_column",
            Op::DropColumn { .. } => "drop_column",
            Op::RenameColumn { .. } => "rename_column",
            Op::AlterColumn { .. } => "alter_column",
            Op::ChangeType { .. } => "change_type",
            Op::SetNotNull { .. } => "set_not_null",
            Op::DropNotNull { .. } => "drop_not_null",
            Op::SetDefault { .. } => "set_default",
            Op::AddCheck { .. } => "add_check",
            Op::AddUnique { .. } => "add_unique",
            Op::AddForeignKey { .. } => "add_foreign_key",
            Op::CreateIndex { .. } => "create_index",
            Op::DropIndex { .. } => "drop_index",
            Op::RenameTable { .. } => "rename_table",
            Op::DropTable { .. } => "drop_table",
            Op::CreateTable { .. } => "create_table",
            Op::DropConstraint { .. } => "drop_constraint",
            Op::RenameConstraint { .. } => "rename_constraint",
            Op::Sql { .. } => "sql",
        }
    }

    /// The table it changes (renames: the current name).
    fn table(&self) -> Option<&str> {
        match self {
            Op::AddColumn { table, .. }
            | Op::DropColumn { table, .. }
            | Op::RenameColumn { table, .. }
            | Op::AlterColumn { table, .. }
            | Op::ChangeType { table, .. }
            | Op::SetNotNull { table, .. }
            | Op::DropNotNull { table, .. }
            | Op::SetDefault { table, .. }
            | Op::AddCheck { table, .. }
            | Op::AddUnique { table, .. }
            | Op::AddForeignKey { table, .. }
            | Op::CreateIndex { table, .. }
            | Op::DropIndex { table, .. }
            | Op::DropTable { table }
            | Op::CreateTable { table, .. }
            | Op::DropConstraint { table, .. }
            | Op::RenameConstraint { table, .. } => Some(table),
            Op::RenameTable { from, .. } => Some(from),
            Op::Sql { .. } => None,
        }
    }

    /// Every table it touches, for the capability check.
    fn tables(&self) -> Vec<&str> {
        match self {
            Op::AddColumn { references, .. } => {
                let mut t = vec![self.table().unwrap_or_default()];
                if let Some(r) = references {
                    t.push(r.split('(').next().unwrap_or(r).trim());
                }
                t
            }
            Op::AddForeignKey { references, .. } => {
                vec![self.table().unwrap_or_default(), references.as_str()]
            }
            Op::RenameTable { from, to } => vec![from, to],
            Op::Sql { tables, .. } => tables.iter().map(String::as_str).collect(),
            _ => self.table().into_iter().collect(),
        }
    }

    /// The shadow-column change it makes, when it makes one.
    fn shadow(&self) -> Option<Shadow> {
        match self.clone() {
            Op::AlterColumn {
                column,
                ty,
                not_null,
                rename,
                up,
                down,
                ..
            } => Some(Shadow {
                column,
                ty,
                not_null,
                rename,
                up,
                down,
            }),
            Op::ChangeType {
                column,
                ty,
                up,
                down,
                ..
            } => Some(Shadow {
                column,
                ty: Some(ty),
                not_null: None,
                rename: None,
                up,
                down,
            }),
            Op::SetNotNull { column, up, .. } => Some(Shadow {
                column,
                ty: None,
                not_null: Some(true),
                rename: None,
                up,
                down: None,
            }),
            Op::DropNotNull { column, down, .. } => Some(Shadow {
                column,
                ty: None,
                not_null: Some(false),
                rename: None,
                up: None,
                down,
            }),
            _ => None,
        }
    }
}

/// `_tg_new_<column>`, within PostgreSQL's 63 bytes.
fn shadow_name(column: &str) -> String {
    bounded(&format!("{NEW}{column}"))
}

/// `name` within 63 bytes: a long one keeps its start and a digest.
fn bounded(name: &str) -> String {
    if name.len() <= 63 {
        return name.to_string();
    }
    let digest = tidegate_core::digest::Digest::of(name.as_bytes()).hex();
    let mut cut = 54;
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}_{}", &name[..cut], &digest[..8])
}

/// The version schema of migration `id`.
pub fn version_schema(id: &str) -> String {
    let clean: String = id
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    bounded(&format!("tidegate_{clean}"))
}

/// `name` as a quoted identifier.
fn q(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A SQL string literal.
fn lit(s: &str) -> String {
    crate::history::literal(s)
}

/// An identifier a phases.toml may name: at most 63 bytes, no quote or NUL.
fn identifier(what: &str, name: &str) -> Result<(), String> {
    if name.is_empty() || name.len() > 63 || name.contains(['"', '\0']) {
        return Err(format!(
            "{what} `{}` is not a PostgreSQL name (1 to 63 bytes, no double quote)",
            name.chars().take(80).collect::<String>()
        ));
    }
    if name.starts_with("_tg_") {
        return Err(format!(
            "{what} `{name}`: names starting with `_tg_` are Tidegate's own"
        ));
    }
    Ok(())
}

/// Whether `text` has a `;` outside its string literals and quoted names.
fn semicolon_outside_literals(text: &str) -> bool {
    let (mut single, mut double) = (false, false);
    for c in text.chars() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            ';' if !single && !double => return true,
            _ => {}
        }
    }
    false
}

/// Read and check the operations of `[[postgres]]`.
pub fn parse(
    ops: &[serde_json::Value],
    declared: Option<&Capabilities>,
) -> Result<Vec<Op>, String> {
    let mut out = Vec::new();
    let mut shadows: Vec<(String, String)> = Vec::new();
    for (i, raw) in ops.iter().enumerate() {
        let n = i + 1;
        let name = raw.get("op").and_then(|o| o.as_str()).unwrap_or("?");
        let op: Op = serde_json::from_value(raw.clone())
            .map_err(|e| format!("[[postgres]] operation {n} (`{name}`): {e}"))?;
        let at = |m: String| format!("[[postgres]] operation {n} (`{}`): {m}", op.name());
        // SQL text pasted into statements: nothing that escapes the
        // transaction, and no second statement outside a script.
        for (key, value) in raw.as_object().into_iter().flatten() {
            let Some(text) = value.as_str() else { continue };
            if matches!(
                key.as_str(),
                "op" | "table" | "column" | "name" | "from" | "to" | "rename" | "references"
            ) {
                continue;
            }
            if let Some(why) = crate::guard::escape(text) {
                return Err(at(why));
            }
            let script = matches!(op, Op::Sql { .. });
            if !script && semicolon_outside_literals(text) {
                return Err(at(format!(
                    "`{key}` holds a `;`: it is one expression or type, not statements; put statements in an `op = \"sql\"` operation"
                )));
            }
        }
        for t in op.tables() {
            let bare = t.rsplit('.').next().unwrap_or(t);
            identifier("table", bare).map_err(at)?;
            if let Some(caps) = declared
                && !caps.allows(Kind::Table, t)
            {
                return Err(at(caps.refusal(Kind::Table, t)));
            }
        }
        match &op {
            Op::AddColumn {
                column,
                default,
                not_null,
                up,
                references,
                ..
            } => {
                identifier("column", column).map_err(at)?;
                if *not_null && default.is_none() && up.is_none() {
                    return Err(at(
                        "a NOT NULL column with no default needs `up`, the value the old version's rows get (e.g. `up = \"''\"`)".to_string(),
                    ));
                }
                if let Some(r) = references
                    && !(r.contains('(') && r.ends_with(')'))
                {
                    return Err(at(format!(
                        "`references = \"{r}\"` must read `table(column)`"
                    )));
                }
            }
            Op::DropColumn { column, .. } => identifier("column", column).map_err(at)?,
            Op::RenameColumn { from, to, .. } => {
                identifier("column", from).map_err(at)?;
                identifier("column", to).map_err(at)?;
            }
            Op::SetDefault { column, .. } => identifier("column", column).map_err(at)?,
            Op::AddCheck { name, .. } => identifier("constraint", name).map_err(at)?,
            Op::AddUnique { name, columns, .. } | Op::CreateIndex { name, columns, .. } => {
                identifier("name", name).map_err(at)?;
                if columns.is_empty() {
                    return Err(at("`columns` lists no column".into()));
                }
                for c in columns {
                    identifier("column", c).map_err(at)?;
                }
            }
            Op::AddForeignKey {
                name,
                columns,
                references_columns,
                ..
            } => {
                identifier("constraint", name).map_err(at)?;
                if columns.is_empty() || columns.len() != references_columns.len() {
                    return Err(at(
                        "`columns` and `references_columns` must list as many columns, one at least".into(),
                    ));
                }
            }
            Op::DropIndex { name, .. } => identifier("index", name).map_err(at)?,
            Op::RenameTable { .. } | Op::DropTable { .. } => {}
            Op::DropConstraint { name, .. } => identifier("constraint", name).map_err(at)?,
            Op::RenameConstraint { from, to, .. } => {
                identifier("constraint", from).map_err(at)?;
                identifier("constraint", to).map_err(at)?;
            }
            Op::CreateTable { definition, .. } => {
                if let Some(why) = crate::guard::escape(definition) {
                    return Err(at(why));
                }
            }
            Op::Sql { up, down, .. } => {
                for text in [up, down] {
                    if let Some(why) = crate::guard::escape(text) {
                        return Err(at(why));
                    }
                }
            }
            _ => {}
        }
        if let Op::SetDefault { table, column, .. } = &op
            && ops.iter().any(|o| {
                matches!(o.get("op").and_then(|x| x.as_str()), Some("drop_column"))
                    && o.get("table").and_then(|x| x.as_str()) == Some(table)
                    && o.get("column").and_then(|x| x.as_str()) == Some(column)
            })
        {
            return Err(at(format!(
                "{table}.{column} is dropped by this migration, so its default means nothing; drop one of the two operations"
            )));
        }
        if let Some(s) = op.shadow() {
            identifier("column", &s.column).map_err(at)?;
            if let Some(r) = &s.rename {
                identifier("column", r).map_err(at)?;
            }
            if s.ty.is_some() && (s.up.is_none() || s.down.is_none()) {
                return Err(at(format!(
                    "a type change needs a conversion each way: `up` (old value to new, e.g. `up = \"{c}::bigint\"`) and `down` (new to old, e.g. `down = \"{c}::integer\"`)",
                    c = s.column
                )));
            }
            if s.not_null == Some(true) && s.up.is_none() {
                return Err(at(format!(
                    "NOT NULL needs `up`, the value rows with a null get (e.g. `up = \"coalesce({}, '')\"`)",
                    s.column
                )));
            }
            let key = (op.table().unwrap_or_default().to_string(), s.column.clone());
            if shadows.contains(&key) {
                return Err(at(format!(
                    "{}.{} is changed twice; change it once, with `alter_column` (type, not_null and rename together)",
                    key.0, key.1
                )));
            }
            shadows.push(key);
        }
        out.push(op);
    }
    Ok(out)
}

/// A column of a table, as the catalog has it.
#[derive(Debug, Clone)]
struct Column {
    name: String,
    ty: String,
    not_null: bool,
    default: Option<String>,
}

/// What one table looks like to the new version while in flight.
#[derive(Debug, Default)]
struct TablePlan {
    /// The name the new version sees it under.
    shown: Option<String>,
    shadows: Vec<Shadow>,
    renames: Vec<(String, String)>,
    hidden: Vec<(String, Option<String>)>,
    added: Vec<(String, Option<String>)>,
    defaults: Vec<(String, Option<String>)>,
}

impl TablePlan {
    /// Whether the new version needs a view of it.
    fn needs_view(&self) -> bool {
        self.shown.is_some()
            || !self.shadows.is_empty()
            || !self.renames.is_empty()
            || !self.hidden.is_empty()
            || !self.defaults.is_empty()
    }
    /// Whether it needs a trigger to keep the versions in step.
    fn needs_trigger(&self) -> bool {
        !self.shadows.is_empty()
            || self.hidden.iter().any(|(_, d)| d.is_some())
            || self.added.iter().any(|(_, u)| u.is_some())
    }
    /// Whether rows that exist at start must be touched.
    fn needs_backfill(&self) -> bool {
        !self.shadows.is_empty() || self.added.iter().any(|(_, u)| u.is_some())
    }
}

/// The tables the operations change, by current name, in first-seen order.
fn plans(ops: &[Op]) -> Vec<(String, TablePlan)> {
    let mut out: Vec<(String, TablePlan)> = Vec::new();
    for op in ops {
        let Some(table) = op.table() else { continue };
        let i = match out.iter().position(|(t, _)| t == table) {
            Some(i) => i,
            None => {
                out.push((table.to_string(), TablePlan::default()));
                out.len() - 1
            }
        };
        let p = &mut out[i].1;
        if let Some(s) = op.shadow() {
            p.shadows.push(s);
        }
        match op {
            // Existing rows get `up`, or else the default.
            Op::AddColumn {
                column,
                up,
                default,
                ..
            } => p
                .added
                .push((column.clone(), up.clone().or_else(|| default.clone()))),
            Op::DropColumn { column, down, .. } => p.hidden.push((column.clone(), down.clone())),
            Op::RenameColumn { from, to, .. } => p.renames.push((from.clone(), to.clone())),
            Op::SetDefault {
                column, default, ..
            } => p.defaults.push((column.clone(), default.clone())),
            Op::RenameTable { to, .. } => p.shown = Some(to.clone()),
            _ => {}
        }
    }
    out
}

/// Splits `schema.table` (or a bare name in `base`).
fn split<'a>(name: &'a str, base: &'a str) -> (&'a str, &'a str) {
    match name.split_once('.') {
        Some((s, t)) => (s, t),
        None => (base, name),
    }
}

/// One phase's work on one session.
struct Run<'a> {
    s: &'a mut PgSession,
    control: &'a mut dyn PhaseControl,
    phasing: Phasing,
    id: &'a str,
    schema: String,
    base: String,
    out: PhaseOutcome,
}

impl PgSession {
    /// [`tidegate_core::engine::Session::phase`] on PostgreSQL.
    pub(crate) async fn run_phase(
        &mut self,
        run: &PhaseRun<'_>,
        control: &mut dyn PhaseControl,
    ) -> Result<PhaseOutcome, PgError> {
        let ops = parse(run.ops, run.declared).map_err(PgError::Phase)?;
        let phasing = self.phasing;
        self.as_migrator();
        let base: String = sqlx::query_scalar("SELECT current_schema()::text")
            .fetch_one(self.conn().await?)
            .await
            .map_err(|e| PgError::query("reading the current schema", e))?;
        let mut r = Run {
            s: self,
            control,
            phasing,
            id: run.id,
            schema: version_schema(run.id),
            base,
            out: PhaseOutcome::default(),
        };
        match run.phase {
            Phase::Start => r.start(&ops).await?,
            Phase::Complete => r.complete(&ops).await?,
            Phase::Rollback => r.rollback(&ops).await?,
        }
        Ok(r.out)
    }

    /// How far the backfills of `id` got.
    pub(crate) async fn backfill_progress(&mut self, id: &str) -> Result<Vec<Backfill>, PgError> {
        let table = self.history_store().backfill_table().to_string();
        let conn = self.conn().await?;
        let exists: bool = sqlx::query_scalar("SELECT to_regclass($1) IS NOT NULL")
            .bind(table.replace('"', ""))
            .fetch_one(&mut *conn)
            .await
            .map_err(|e| PgError::query("looking for the backfill table", e))?;
        if !exists {
            return Ok(Vec::new());
        }
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT tbl, done, total, finished, updated_at FROM {table} WHERE id = $1 AND tbl NOT LIKE 'created:%' ORDER BY tbl"
        )))
        .bind(id)
        .fetch_all(conn)
        .await
        .map_err(|e| PgError::query("reading the backfill progress", e))?;
        Ok(rows
            .iter()
            .map(|r| Backfill {
                object: r.get("tbl"),
                done: r.get::<i64, _>("done") as u64,
                total: r.get::<i64, _>("total") as u64,
                finished: r.get("finished"),
                updated_at: r.get("updated_at"),
                rate: None,
            })
            .collect())
    }
}

impl Run<'_> {
    fn table_ref(&self, name: &str) -> String {
        let (schema, table) = split(name, &self.base);
        format!("{}.{}", q(schema), q(table))
    }

    /// Journal a statement that ran (or, with `note`, that did not).
    fn journal(&mut self, text: &str, started: Instant, rows: Option<u64>, note: Option<String>) {
        let mut st = Statement::of(EngineKind::Postgres, text);
        st.elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
        st.rows = rows;
        st.note = note;
        self.out.statements.push(st);
    }

    /// Run one DDL statement (or a `;`-separated group, one implicit
    /// transaction), fenced, under the phase's `lock_timeout`, retried
    /// with backoff while its lock wait expires. `CONCURRENTLY` statements
    /// wait without a `lock_timeout` (they block no reader or writer) and
    /// without a `statement_timeout`. In a dry run they run without
    /// `CONCURRENTLY`, inside the dry run's transaction.
    async fn ddl(&mut self, text: String) -> Result<(), PgError> {
        let concurrent = text.contains(" CONCURRENTLY ");
        let started = Instant::now();
        if self.s.dry_run {
            let sent = text.replacen(" CONCURRENTLY ", " ", 1);
            let conn = self.s.conn().await?;
            sqlx::raw_sql(AssertSqlSafe(sent))
                .execute(conn)
                .await
                .map_err(|e| PgError::query(format!("running `{}`", short(&text)), e))?;
            let note = concurrent
                .then(|| "ran without CONCURRENTLY, inside the dry run's transaction".to_string());
            self.journal(&text, started, None, note);
            return Ok(());
        }
        let mut attempt = 0u32;
        loop {
            self.control.fence().await.map_err(PgError::fence)?;
            let setup = if concurrent {
                "SET lock_timeout = 0; SET statement_timeout = 0".to_string()
            } else if text.contains(" VALIDATE CONSTRAINT ") {
                // A scan as long as the table, under a lock that blocks no
                // reader or writer: only its lock wait is bounded.
                format!(
                    "SET lock_timeout = '{}ms'; SET statement_timeout = 0",
                    self.phasing.lock_timeout.as_millis().max(1)
                )
            } else {
                format!(
                    "SET lock_timeout = '{}ms'",
                    self.phasing.lock_timeout.as_millis().max(1)
                )
            };
            let conn = self.s.conn().await?;
            sqlx::raw_sql(AssertSqlSafe(setup))
                .execute(&mut *conn)
                .await
                .map_err(|e| PgError::query("setting the phase's lock timeout", e))?;
            let done = sqlx::raw_sql(AssertSqlSafe(text.clone()))
                .execute(&mut *conn)
                .await;
            sqlx::raw_sql(AssertSqlSafe("RESET lock_timeout; RESET statement_timeout"))
                .execute(&mut *conn)
                .await
                .map_err(|e| PgError::query("resetting the lock timeout", e))?;
            match done {
                Ok(_) => break,
                Err(e) => {
                    let e = PgError::query(format!("running `{}`", short(&text)), e);
                    if e.sqlstate() == Some(LOCK_NOT_AVAILABLE) && attempt < self.phasing.retries {
                        attempt += 1;
                        tokio::time::sleep(backoff(attempt)).await;
                        continue;
                    }
                    if e.sqlstate() == Some(LOCK_NOT_AVAILABLE) {
                        return Err(PgError::Phase(format!(
                            "`{}` did not get its lock within {}ms in {} tries: a long transaction holds the table (see pg_stat_activity); run the phase again once it ends, or raise postgres.phase_lock_timeout",
                            short(&text),
                            self.phasing.lock_timeout.as_millis(),
                            attempt + 1
                        )));
                    }
                    return Err(e);
                }
            }
        }
        faults::reached("phase");
        let note = (attempt > 0).then(|| format!("took its lock on try {}", attempt + 1));
        self.journal(&text, started, None, note);
        Ok(())
    }

    /// A yes/no query of the catalog, on the session.
    async fn fetch_bool(&mut self, sql: &str, args: &[&str]) -> Result<bool, PgError> {
        Ok(self.fetch_flag(sql, args).await?.unwrap_or(false))
    }

    /// A query of the catalog answering one boolean, or no row.
    async fn fetch_flag(&mut self, sql: &str, args: &[&str]) -> Result<Option<bool>, PgError> {
        let mut query = sqlx::query_scalar::<_, bool>(AssertSqlSafe(sql.to_string()));
        for a in args {
            query = query.bind(a.to_string());
        }
        query
            .fetch_optional(self.s.conn().await?)
            .await
            .map_err(|e| PgError::query("reading the catalog", e))
    }

    async fn column_exists(&mut self, table: &str, column: &str) -> Result<bool, PgError> {
        let (schema, table) = split(table, &self.base);
        let (schema, table) = (schema.to_string(), table.to_string());
        self.fetch_bool(
            "SELECT EXISTS (SELECT FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2 AND a.attname = $3 AND a.attnum > 0 AND NOT a.attisdropped)",
            &[&schema, &table, column],
        )
        .await
    }

    async fn table_exists(&mut self, table: &str) -> Result<bool, PgError> {
        let (schema, table) = split(table, &self.base);
        let (schema, table) = (schema.to_string(), table.to_string());
        self.fetch_bool(
            "SELECT EXISTS (SELECT FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p'))",
            &[&schema, &table],
        )
        .await
    }

    /// Whether constraint `name` of `table` exists, and is validated.
    async fn constraint(&mut self, table: &str, name: &str) -> Result<Option<bool>, PgError> {
        let (schema, table) = split(table, &self.base);
        let (schema, table) = (schema.to_string(), table.to_string());
        self.fetch_flag(
            "SELECT con.convalidated FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2 AND con.conname = $3",
            &[&schema, &table, name],
        )
        .await
    }

    /// Whether index `name` exists in the table's schema, and is valid.
    async fn index(&mut self, table: &str, name: &str) -> Result<Option<bool>, PgError> {
        let schema = split(table, &self.base).0.to_string();
        self.fetch_flag(
            "SELECT i.indisvalid FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2",
            &[&schema, name],
        )
        .await
    }

    async fn columns(&mut self, table: &str) -> Result<Vec<Column>, PgError> {
        let (schema, table) = split(table, &self.base);
        let rows = sqlx::query(
            "SELECT a.attname::text, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid) FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
        )
        .bind(schema)
        .bind(table)
        .fetch_all(self.s.conn().await?)
        .await
        .map_err(|e| PgError::query("reading the table's columns", e))?;
        Ok(rows
            .iter()
            .map(|r| Column {
                name: r.get(0),
                ty: r.get(1),
                not_null: r.get(2),
                default: r.get(3),
            })
            .collect())
    }

    /// Create an index `CONCURRENTLY` unless a valid one exists; an invalid
    /// one (a build a kill interrupted) is dropped and built again.
    /// Note that this migration is about to create `what`, before it does
    /// (beside its backfill's place): a rerun after a kill knows the object
    /// for its own, and a rollback drops only what this migration made.
    async fn intend(&mut self, what: &str) -> Result<(), PgError> {
        let key = format!("created:{what}");
        if self.s.dry_run {
            if !self.s.dry_intents.contains(&key) {
                self.s.dry_intents.push(key);
            }
            return Ok(());
        }
        let progress = self.s.history_store().backfill_table().to_string();
        self.s.as_owner();
        let done = sqlx::query(AssertSqlSafe(format!(
            "INSERT INTO {progress} (id, tbl, finished) VALUES ($1, $2, true) ON CONFLICT (id, tbl) DO NOTHING"
        )))
        .bind(self.id)
        .bind(&key)
        .execute(self.s.conn().await?)
        .await
        .map_err(|e| PgError::query("noting what the phase creates", e));
        self.s.as_migrator();
        done.map(drop)
    }

    /// Whether this migration noted that it creates `what`.
    async fn intended(&mut self, what: &str) -> Result<bool, PgError> {
        let key = format!("created:{what}");
        if self.s.dry_run {
            return Ok(self.s.dry_intents.contains(&key));
        }
        let progress = self.s.history_store().backfill_table().to_string();
        self.s.as_owner();
        let found = sqlx::query_scalar::<_, bool>(AssertSqlSafe(format!(
            "SELECT EXISTS (SELECT FROM {progress} WHERE id = $1 AND tbl = $2)"
        )))
        .bind(self.id)
        .bind(&key)
        .fetch_one(self.s.conn().await?)
        .await
        .map_err(|e| PgError::query("reading what the phase created", e));
        self.s.as_migrator();
        found
    }

    /// An object the start would create exists already: this migration's
    /// own (a rerun after a kill), or refused.
    async fn ours_or_refuse(&mut self, what: &str) -> Result<(), PgError> {
        if self.intended(what).await? {
            return Ok(());
        }
        Err(PgError::Phase(format!(
            "{} exists already and this migration did not make it, so its rollback would drop what is not its own; name a new one in the operation, or drop that one in an earlier migration",
            what.replacen(':', " ", 1)
        )))
    }

    async fn build_index(
        &mut self,
        table: &str,
        name: &str,
        definition: String,
    ) -> Result<(), PgError> {
        let what = format!("index:{}.{name}", split(table, &self.base).0);
        let existing = self.index(table, name).await?;
        if existing.is_some() && !name.starts_with("_tg_") {
            self.ours_or_refuse(&what).await?;
        }
        self.intend(&what).await?;
        match existing {
            Some(true) => return Ok(()),
            Some(false) => {
                let (schema, _) = split(table, &self.base);
                let drop = format!(
                    "DROP INDEX CONCURRENTLY IF EXISTS {}.{}",
                    q(schema),
                    q(name)
                );
                self.ddl(drop).await?;
            }
            None => {}
        }
        self.ddl(definition).await
    }

    /// Drop index `name` when this migration made it.
    async fn drop_own_index(&mut self, table: &str, name: &str) -> Result<(), PgError> {
        let what = format!("index:{}.{name}", split(table, &self.base).0);
        if self.intended(&what).await? {
            self.drop_index(table, name).await?;
        }
        Ok(())
    }

    async fn drop_index(&mut self, table: &str, name: &str) -> Result<(), PgError> {
        if self.index(table, name).await?.is_some() {
            let (schema, _) = split(table, &self.base);
            self.ddl(format!(
                "DROP INDEX CONCURRENTLY IF EXISTS {}.{}",
                q(schema),
                q(name)
            ))
            .await?;
        }
        Ok(())
    }

    /// Indexes on `column` of `table` to rebuild on its shadow: plain
    /// column indexes only; anything else is refused with what to do.
    async fn shadow_indexes(
        &mut self,
        table: &str,
        column: &str,
    ) -> Result<Vec<(String, String, bool)>, PgError> {
        let (schema, bare) = split(table, &self.base);
        let (schema, bare) = (schema.to_string(), bare.to_string());
        let blockers = sqlx::query(
            "SELECT con.conname::text, con.contype::text FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid IN (con.conrelid, con.confrelid) JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = $3 WHERE n.nspname = $1 AND c.relname = $2 AND con.contype IN ('p', 'f', 'c', 'x') AND con.conname NOT LIKE '\\_tg\\_%' AND ((c.oid = con.conrelid AND a.attnum = ANY (con.conkey)) OR (c.oid = con.confrelid AND a.attnum = ANY (con.confkey)))",
        )
        .bind(&schema)
        .bind(&bare)
        .bind(column)
        .fetch_all(self.s.conn().await?)
        .await
        .map_err(|e| PgError::query("reading the column's constraints", e))?;
        if let Some(b) = blockers.first() {
            let (name, kind): (String, String) = (b.get(0), b.get(1));
            let what = match kind.as_str() {
                "p" => "the primary key",
                "f" => "a foreign key",
                "c" => "a check",
                _ => "an exclusion constraint",
            };
            return Err(PgError::Phase(format!(
                "{bare}.{column} is part of {what} ({name}), which a shadow column cannot carry over; drop it in an earlier migration and add it back after complete, or change the column with an `sql` operation"
            )));
        }
        let rows = sqlx::query(
            "SELECT ic.relname::text, i.indisunique, am.amname::text, i.indexprs IS NULL AND i.indpred IS NULL, ARRAY(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(n, o) JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n ORDER BY k.o), EXISTS (SELECT FROM pg_catalog.pg_constraint con WHERE con.conindid = i.indexrelid AND con.contype = 'u') FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid JOIN pg_catalog.pg_class c ON c.oid = i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace JOIN pg_catalog.pg_am am ON am.oid = ic.relam JOIN pg_catalog.pg_attribute col ON col.attrelid = c.oid AND col.attname = $3 WHERE n.nspname = $1 AND c.relname = $2 AND col.attnum = ANY (i.indkey) AND ic.relname NOT LIKE '\\_tg\\_%'",
        )
        .bind(&schema)
        .bind(&bare)
        .bind(column)
        .fetch_all(self.s.conn().await?)
        .await
        .map_err(|e| PgError::query("reading the column's indexes", e))?;
        let mut out = Vec::new();
        for r in rows {
            let (name, unique, am, plain, cols, constraint): (
                String,
                bool,
                String,
                bool,
                Vec<String>,
                bool,
            ) = (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5));
            if !plain {
                return Err(PgError::Phase(format!(
                    "index {name} on {bare}.{column} has an expression or a predicate, which a shadow column cannot carry over; drop it first, or change the column with an `sql` operation"
                )));
            }
            let cols: Vec<String> = cols
                .iter()
                .map(|c| {
                    if c == column {
                        q(&shadow_name(column))
                    } else {
                        q(c)
                    }
                })
                .collect();
            let shadow = bounded(&format!("{INDEX}{name}"));
            let def = format!(
                "CREATE {}INDEX CONCURRENTLY {} ON {} USING {am} ({})",
                if unique { "UNIQUE " } else { "" },
                q(&shadow),
                self.table_ref(table),
                cols.join(", ")
            );
            out.push((name, def, constraint));
        }
        Ok(out)
    }

    async fn start(&mut self, ops: &[Op]) -> Result<(), PgError> {
        self.ddl(format!("CREATE SCHEMA IF NOT EXISTS {}", q(&self.schema)))
            .await?;
        for op in ops {
            self.start_op(op).await?;
        }
        let plans = plans(ops);
        for (table, plan) in &plans {
            if !self.table_exists(table).await? {
                return Err(PgError::Phase(format!(
                    "table {table} does not exist in schema {}; name an existing table (schema-qualify it when it is in another schema)",
                    self.base
                )));
            }
            if plan.needs_trigger() {
                self.trigger(table, plan).await?;
            }
            if plan.needs_view() {
                self.view(table, plan).await?;
            }
        }
        self.not_null_checks(ops).await?;
        for (table, plan) in &plans {
            if plan.needs_backfill() {
                self.backfill(table, plan).await?;
            }
        }
        Ok(())
    }

    async fn start_op(&mut self, op: &Op) -> Result<(), PgError> {
        let table = op.table().unwrap_or_default();
        if let Some(s) = op.shadow() {
            return self.start_shadow(table, &s).await;
        }
        match op {
            Op::AddColumn {
                column,
                ty,
                default,
                not_null,
                check,
                unique,
                references,
                ..
            } => {
                let t = self.table_ref(table);
                let what = format!("column:{table}.{column}");
                if self.column_exists(table, column).await? {
                    self.ours_or_refuse(&what).await?;
                } else {
                    self.intend(&what).await?;
                    // The default comes after the column, in the same
                    // transaction: a volatile one (`gen_random_uuid()`)
                    // in `ADD COLUMN` would rewrite the table under its
                    // lock; the backfill gives existing rows their value.
                    let default = default
                        .as_ref()
                        .map(|d| {
                            format!(
                                "; ALTER TABLE {t} ALTER COLUMN {} SET DEFAULT {d}",
                                q(column)
                            )
                        })
                        .unwrap_or_default();
                    self.ddl(format!(
                        "ALTER TABLE {t} ADD COLUMN IF NOT EXISTS {} {ty}{default}",
                        q(column)
                    ))
                    .await?;
                }
                let bare = split(table, &self.base).1.to_string();
                // NOT NULL waits for the trigger ([`Run::not_null_checks`]).
                let _ = not_null;
                if let Some(check) = check {
                    let name = bounded(&format!("{bare}_{column}_check"));
                    self.add_constraint(table, &name, format!("CHECK ({check})"))
                        .await?;
                }
                if let Some(r) = references {
                    let name = bounded(&format!("{bare}_{column}_fkey"));
                    let (rt, rc) = r.split_once('(').unwrap_or((r, ")"));
                    let rc = rc.trim_end_matches(')').trim();
                    self.add_constraint(
                        table,
                        &name,
                        format!(
                            "FOREIGN KEY ({}) REFERENCES {} ({})",
                            q(column),
                            self.table_ref(rt.trim()),
                            q(rc)
                        ),
                    )
                    .await?;
                }
                if *unique {
                    let name = bounded(&format!("{bare}_{column}_key"));
                    let def = format!(
                        "CREATE UNIQUE INDEX CONCURRENTLY {} ON {t} ({})",
                        q(&name),
                        q(column)
                    );
                    self.build_index(table, &name, def).await?;
                }
            }
            Op::AddCheck { name, check, .. } => {
                self.add_constraint(table, name, format!("CHECK ({check})"))
                    .await?;
            }
            Op::AddForeignKey {
                name,
                columns,
                references,
                references_columns,
                on_delete,
                ..
            } => {
                let cols: Vec<String> = columns.iter().map(|c| q(c)).collect();
                let rcols: Vec<String> = references_columns.iter().map(|c| q(c)).collect();
                let on_delete = on_delete
                    .as_ref()
                    .map(|a| format!(" ON DELETE {a}"))
                    .unwrap_or_default();
                self.add_constraint(
                    table,
                    name,
                    format!(
                        "FOREIGN KEY ({}) REFERENCES {} ({}){on_delete}",
                        cols.join(", "),
                        self.table_ref(references),
                        rcols.join(", ")
                    ),
                )
                .await?;
            }
            Op::AddUnique { name, columns, .. } => {
                let cols: Vec<String> = columns.iter().map(|c| q(c)).collect();
                let def = format!(
                    "CREATE UNIQUE INDEX CONCURRENTLY {} ON {} ({})",
                    q(name),
                    self.table_ref(table),
                    cols.join(", ")
                );
                self.build_index(table, name, def).await?;
            }
            Op::CreateIndex {
                name,
                columns,
                unique,
                method,
                predicate,
                ..
            } => {
                let cols: Vec<String> = columns.iter().map(|c| q(c)).collect();
                let def = format!(
                    "CREATE {}INDEX CONCURRENTLY {} ON {}{} ({}){}",
                    if *unique { "UNIQUE " } else { "" },
                    q(name),
                    self.table_ref(table),
                    method
                        .as_ref()
                        .map(|m| format!(" USING {m}"))
                        .unwrap_or_default(),
                    cols.join(", "),
                    predicate
                        .as_ref()
                        .map(|p| format!(" WHERE {p}"))
                        .unwrap_or_default()
                );
                self.build_index(table, name, def).await?;
            }
            Op::DropColumn { column, down, .. } => {
                let columns = self.columns(table).await?;
                let Some(c) = columns.iter().find(|c| &c.name == column) else {
                    return Err(PgError::Phase(format!(
                        "column {table}.{column} does not exist; name an existing column"
                    )));
                };
                if c.not_null && c.default.is_none() && down.is_none() {
                    return Err(PgError::Phase(format!(
                        "{table}.{column} is NOT NULL with no default: the new version's inserts need `down`, the value it gets while the old version still reads it"
                    )));
                }
            }
            Op::SetDefault { column, .. } => {
                if !self.column_exists(table, column).await? {
                    return Err(PgError::Phase(format!(
                        "column {table}.{column} does not exist; name an existing column"
                    )));
                }
            }
            Op::RenameColumn { from, .. } => {
                if !self.column_exists(table, from).await? {
                    return Err(PgError::Phase(format!(
                        "column {table}.{from} does not exist; name an existing column"
                    )));
                }
            }
            Op::Sql { up, .. } => self.ddl(up.clone()).await?,
            Op::CreateTable { definition, .. } => {
                let what = format!("table:{table}");
                if self.table_exists(table).await? {
                    self.ours_or_refuse(&what).await?;
                } else {
                    self.intend(&what).await?;
                    self.ddl(format!(
                        "CREATE TABLE IF NOT EXISTS {} ({definition})",
                        self.table_ref(table)
                    ))
                    .await?;
                }
            }
            Op::DropIndex { .. }
            | Op::RenameTable { .. }
            | Op::DropTable { .. }
            | Op::DropConstraint { .. }
            | Op::RenameConstraint { .. } => {}
            Op::AlterColumn { .. }
            | Op::ChangeType { .. }
            | Op::SetNotNull { .. }
            | Op::DropNotNull { .. } => unreachable!("shadow operations return above"),
        }
        Ok(())
    }

    /// The `NOT VALID` checks that stand for `NOT NULL` while in flight,
    /// once the triggers fill the columns they check: before that, the old
    /// version's inserts would leave them null and be refused.
    async fn not_null_checks(&mut self, ops: &[Op]) -> Result<(), PgError> {
        for op in ops {
            let table = op.table().unwrap_or_default();
            let (column, checked) = match (op, op.shadow()) {
                (_, Some(s)) => {
                    let old_not_null = self
                        .columns(table)
                        .await?
                        .iter()
                        .find(|c| c.name == s.column)
                        .is_some_and(|c| c.not_null);
                    if !s.not_null.unwrap_or(old_not_null) {
                        continue;
                    }
                    (s.column.clone(), s.new_name())
                }
                (
                    Op::AddColumn {
                        column,
                        not_null: true,
                        ..
                    },
                    None,
                ) => (column.clone(), column.clone()),
                _ => continue,
            };
            let name = bounded(&format!("{NOT_NULL}{column}"));
            self.add_constraint(table, &name, format!("CHECK ({} IS NOT NULL)", q(&checked)))
                .await?;
        }
        Ok(())
    }

    /// `ALTER TABLE … ADD CONSTRAINT … NOT VALID`, unless it exists.
    async fn add_constraint(
        &mut self,
        table: &str,
        name: &str,
        body: String,
    ) -> Result<(), PgError> {
        let what = format!("constraint:{table}.{name}");
        if self.constraint(table, name).await?.is_some() {
            if !name.starts_with("_tg_") {
                self.ours_or_refuse(&what).await?;
            }
            return Ok(());
        }
        self.intend(&what).await?;
        self.ddl(format!(
            "ALTER TABLE {} ADD CONSTRAINT {} {body} NOT VALID",
            self.table_ref(table),
            q(name)
        ))
        .await
    }

    async fn start_shadow(&mut self, table: &str, s: &Shadow) -> Result<(), PgError> {
        let columns = self.columns(table).await?;
        let new = s.new_name();
        let Some(old) = columns.iter().find(|c| c.name == s.column) else {
            if columns.iter().any(|c| c.name == new) {
                // Only the shadow: a complete already swapped it in.
                return Err(PgError::Phase(format!(
                    "{table}.{} was already swapped for its new version; this migration was completed, not started",
                    s.column
                )));
            }
            return Err(PgError::Phase(format!(
                "column {table}.{} does not exist; name an existing column",
                s.column
            )));
        };
        if old.not_null && s.not_null == Some(false) && s.down.is_none() {
            return Err(PgError::Phase(format!(
                "{table}.{} is NOT NULL for the old version: the new version's nulls need `down`, the value the old column gets (e.g. `down = \"coalesce({}, 0)\"`)",
                s.column,
                s.shown()
            )));
        }
        let indexes = self.shadow_indexes(table, &s.column).await?;
        if !columns.iter().any(|c| c.name == new) {
            let ty = s.ty.clone().unwrap_or_else(|| old.ty.clone());
            // The default after the column, in the same transaction: a
            // volatile one (`nextval(…)`) would rewrite the table.
            let t = self.table_ref(table);
            let default = match (&old.default, &s.ty) {
                (Some(d), Some(ty)) => format!(
                    "; ALTER TABLE {t} ALTER COLUMN {} SET DEFAULT ({d})::{ty}",
                    q(&new)
                ),
                (Some(d), None) => {
                    format!("; ALTER TABLE {t} ALTER COLUMN {} SET DEFAULT {d}", q(&new))
                }
                (None, _) => String::new(),
            };
            self.ddl(format!(
                "ALTER TABLE {t} ADD COLUMN IF NOT EXISTS {} {ty}{default}",
                q(&new)
            ))
            .await?;
        }
        for (_, def, _) in indexes {
            let name = def
                .split_whitespace()
                .skip_while(|w| *w != "CONCURRENTLY")
                .nth(1)
                .unwrap_or_default()
                .trim_matches('"')
                .to_string();
            self.build_index(table, &name, def).await?;
        }
        Ok(())
    }

    /// The trigger that keeps both versions' columns in step.
    async fn trigger(&mut self, table: &str, plan: &TablePlan) -> Result<(), PgError> {
        let columns = self.columns(table).await?;
        let shadows: Vec<&Shadow> = plan.shadows.iter().collect();
        let is_shadow = |c: &str| shadows.iter().any(|s| s.new_name() == c);
        // The old version's names: every column but the shadows.
        let old_vars: Vec<String> = columns
            .iter()
            .filter(|c| !is_shadow(&c.name))
            .map(|c| format!("{} {} := NEW.{};", q(&c.name), c.ty, q(&c.name)))
            .collect();
        // The new version's names: shadows under their shown name, renamed
        // columns under their new one, hidden ones left out.
        let mut new_vars = Vec::new();
        for c in &columns {
            if is_shadow(&c.name) || plan.hidden.iter().any(|(h, _)| *h == c.name) {
                continue;
            }
            let shown = match shadows.iter().find(|s| s.column == c.name) {
                Some(s) => {
                    let ty = columns
                        .iter()
                        .find(|x| x.name == s.new_name())
                        .map_or(c.ty.clone(), |x| x.ty.clone());
                    new_vars.push(format!(
                        "{} {ty} := NEW.{};",
                        q(s.shown()),
                        q(&s.new_name())
                    ));
                    continue;
                }
                None => plan
                    .renames
                    .iter()
                    .find(|(f, _)| *f == c.name)
                    .map_or(c.name.as_str(), |(_, t)| t.as_str()),
            };
            new_vars.push(format!("{} {} := NEW.{};", q(shown), c.ty, q(&c.name)));
        }
        let mut from_new = Vec::new();
        let mut from_old = Vec::new();
        for s in &shadows {
            let down = s.down.clone().unwrap_or_else(|| q(s.shown()));
            from_new.push(format!("NEW.{} := ({down});", q(&s.column)));
            let up = s.up.clone().unwrap_or_else(|| q(&s.column));
            from_old.push(format!("NEW.{} := ({up});", q(&s.new_name())));
        }
        for (column, down) in &plan.hidden {
            if let Some(down) = down {
                from_new.push(format!(
                    "IF TG_OP = 'INSERT' THEN NEW.{} := ({down}); END IF;",
                    q(column)
                ));
            }
        }
        for (column, up) in &plan.added {
            if let Some(up) = up {
                from_old.push(format!(
                    "IF NEW.{c} IS NULL THEN NEW.{c} := ({up}); END IF;",
                    c = q(column)
                ));
            }
        }
        let schema = &self.schema.clone();
        let function = format!(
            "{}.{}",
            q(schema),
            q(&bounded(&format!("sync_{}", split(table, &self.base).1)))
        );
        let body = format!(
            "CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $tidegate$
BEGIN
    -- The backfill computes the new columns itself.
    IF pg_catalog.current_setting('tidegate.backfill', true) = 'on' THEN
        RETURN NEW;
    END IF;
    -- A write through the version schema comes from the new application.
    IF pg_catalog.strpos(',' || pg_catalog.translate(pg_catalog.current_setting('search_path'), ' ' || pg_catalog.chr(34), '') || ',', {needle}) > 0 THEN
        DECLARE
            {new_vars}
        BEGIN
            {from_new}
        END;
    ELSE
        DECLARE
            {old_vars}
        BEGIN
            {from_old}
        END;
    END IF;
    RETURN NEW;
END
$tidegate$",
            needle = lit(&format!(",{schema},")),
            new_vars = new_vars.join("\n            "),
            old_vars = old_vars.join("\n            "),
            from_new = if from_new.is_empty() {
                "NULL;".to_string()
            } else {
                from_new.join("\n            ")
            },
            from_old = if from_old.is_empty() {
                "NULL;".to_string()
            } else {
                from_old.join("\n            ")
            },
        );
        self.ddl(body).await?;
        self.ddl(format!(
            "DROP TRIGGER IF EXISTS {name} ON {t}; CREATE TRIGGER {name} BEFORE INSERT OR UPDATE ON {t} FOR EACH ROW EXECUTE FUNCTION {function}()",
            name = q(schema),
            t = self.table_ref(table)
        ))
        .await
    }

    /// The new version's view of `table`, in the version schema, with the
    /// table's grants.
    async fn view(&mut self, table: &str, plan: &TablePlan) -> Result<(), PgError> {
        let columns = self.columns(table).await?;
        let is_shadow = |c: &str| plan.shadows.iter().any(|s| s.new_name() == c);
        let mut select = Vec::new();
        for c in &columns {
            if is_shadow(&c.name) || plan.hidden.iter().any(|(h, _)| *h == c.name) {
                continue;
            }
            let item = match plan.shadows.iter().find(|s| s.column == c.name) {
                Some(s) => format!("{} AS {}", q(&s.new_name()), q(s.shown())),
                None => match plan.renames.iter().find(|(f, _)| *f == c.name) {
                    Some((f, t)) => format!("{} AS {}", q(f), q(t)),
                    None => q(&c.name),
                },
            };
            select.push(item);
        }
        let bare = split(table, &self.base).1;
        let shown = plan.shown.as_deref().unwrap_or(bare);
        let view = format!("{}.{}", q(&self.schema), q(shown));
        if self.s.server_version_num().await? < 150_000 {
            return Err(PgError::Phase(
                "the version schema's views need PostgreSQL 15 or later (`security_invoker`, so that they check the reader's privileges and row-level security, not their owner's); change this table with plain migrations on this server".into(),
            ));
        }
        let invoker = " WITH (security_invoker = true)";
        self.ddl(format!(
            "CREATE OR REPLACE VIEW {view}{invoker} AS SELECT {} FROM {}",
            select.join(", "),
            self.table_ref(table)
        ))
        .await?;
        for (column, default) in &plan.defaults {
            let shown = plan
                .renames
                .iter()
                .find(|(f, _)| f == column)
                .map_or(column.as_str(), |(_, t)| t.as_str());
            let set = match default {
                Some(d) => format!("SET DEFAULT {d}"),
                None => "DROP DEFAULT".into(),
            };
            self.ddl(format!("ALTER VIEW {view} ALTER COLUMN {} {set}", q(shown)))
                .await?;
        }
        // Whoever may use the table may use its view.
        let (schema, bare) = split(table, &self.base);
        let grants = sqlx::query(
            "SELECT grantee::text, string_agg(privilege_type, ', ') FROM information_schema.role_table_grants WHERE table_schema = $1 AND table_name = $2 AND privilege_type IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE') AND grantee <> current_user GROUP BY grantee",
        )
        .bind(schema)
        .bind(bare)
        .fetch_all(self.s.conn().await?)
        .await
        .map_err(|e| PgError::query("reading the table's grants", e))?;
        for g in grants {
            let (grantee, privileges): (String, String) = (g.get(0), g.get(1));
            let who = if grantee == "PUBLIC" {
                grantee.clone()
            } else {
                q(&grantee)
            };
            self.ddl(format!(
                "GRANT USAGE ON SCHEMA {} TO {who}",
                q(&self.schema)
            ))
            .await?;
            self.ddl(format!("GRANT {privileges} ON {view} TO {who}"))
                .await?;
        }
        Ok(())
    }

    /// Touch every row that existed at start, in batches by primary key,
    /// so that the trigger fills the new columns; resumes where the last
    /// run stopped.
    async fn backfill(&mut self, table: &str, plan: &TablePlan) -> Result<(), PgError> {
        let (schema, bare) = split(table, &self.base);
        let (schema, bare) = (schema.to_string(), bare.to_string());
        let key = sqlx::query(
            "SELECT a.attname::text, pg_catalog.format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0] WHERE n.nspname = $1 AND c.relname = $2 AND i.indisprimary AND i.indnkeyatts = 1",
        )
        .bind(&schema)
        .bind(&bare)
        .fetch_optional(self.s.conn().await?)
        .await
        .map_err(|e| PgError::query("reading the primary key", e))?;
        let Some(key) = key else {
            return Err(PgError::Phase(format!(
                "table {table} has no single-column primary key, which the backfill walks; add one in an earlier migration, or fill the columns with an `sql` operation"
            )));
        };
        let (pk, pk_ty): (String, String) = (key.get(0), key.get(1));
        // The batch computes the new columns itself, as the trigger's old-
        // version path would, with the trigger told to stand aside
        // (`tidegate.backfill`): one SQL expression per row instead of a
        // PL/pgSQL call.
        let mut sets: Vec<String> = plan
            .shadows
            .iter()
            .map(|s| {
                let up = s.up.clone().unwrap_or_else(|| q(&s.column));
                format!("{} = ({up})", q(&s.new_name()))
            })
            .collect();
        sets.extend(plan.added.iter().filter_map(|(c, up)| {
            up.as_ref()
                .map(|up| format!("{c} = COALESCE({c}, ({up}))", c = q(c)))
        }));
        let t = self.table_ref(table);
        let mut state = self.backfill_state(&bare).await?;
        if state.is_none() {
            let hi: Option<String> = sqlx::query_scalar(AssertSqlSafe(format!(
                "SELECT x.{k}::text AS last_key FROM {t} x ORDER BY x.{k} DESC LIMIT 1",
                k = q(&pk)
            )))
            .fetch_optional(self.s.conn().await?)
            .await
            .map_err(|e| PgError::query("reading the backfill's last key", e))?;
            let estimate: i64 = sqlx::query_scalar(
                "SELECT greatest(c.reltuples, 0)::bigint FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2",
            )
            .bind(&schema)
            .bind(&bare)
            .fetch_one(self.s.conn().await?)
            .await
            .map_err(|e| PgError::query("estimating the table's rows", e))?;
            let total = if estimate > 0 {
                estimate
            } else {
                sqlx::query_scalar::<_, i64>(AssertSqlSafe(format!("SELECT count(*) FROM {t}")))
                    .fetch_one(self.s.conn().await?)
                    .await
                    .map_err(|e| PgError::query("counting the table's rows", e))?
            };
            let fresh = State {
                last: None,
                finished: hi.is_none(),
                hi,
                done: 0,
                total: total as u64,
            };
            self.save_state(&bare, &fresh).await?;
            state = Some(fresh);
        }
        let mut state = state.expect("read or made");
        let started = Instant::now();
        let done_before = state.done;
        let mut batch = self.phasing.batch.max(1);
        let limit = if self.s.dry_run {
            self.phasing.plan_rows
        } else {
            u64::MAX
        };
        let mut attempt = 0u32;
        let update = format!(
            // A key range the index answers, whatever plan the statement
            // gets: the first batch has no lower bound, the others `$1`.
            "WITH u AS (UPDATE {t} SET {sets} WHERE {k} IN (SELECT {k} FROM {t} WHERE {k} > $1::text::{pk_ty} AND {k} <= $2::text::{pk_ty} ORDER BY {k} LIMIT $3) RETURNING {k}) SELECT count(*) OVER () AS n, u.{k}::text AS last_key FROM u ORDER BY u.{k} DESC LIMIT 1",
            k = q(&pk),
            sets = sets.join(", "),
        );
        let first = update.replacen(
            &format!("{} > $1::text::{pk_ty} AND ", q(&pk)),
            "$1::text IS NULL AND ",
            1,
        );
        while !state.finished && state.done - done_before < limit {
            let this = batch.min(limit - (state.done - done_before));
            let t0 = Instant::now();
            let sql = if state.last.is_none() {
                &first
            } else {
                &update
            };
            let moved = self.batch(sql, &bare, &mut state, this).await;
            match moved {
                Ok(()) => attempt = 0,
                Err(e)
                    if e.sqlstate() == Some(LOCK_NOT_AVAILABLE)
                        && attempt < self.phasing.retries =>
                {
                    attempt += 1;
                    batch = (batch / 2).max(100);
                    tokio::time::sleep(backoff(attempt)).await;
                    continue;
                }
                Err(e) => return Err(e),
            }
            let took = t0.elapsed();
            if took < Duration::from_millis(200) {
                batch = (batch * 2).min(50_000);
            } else if took > Duration::from_secs(1) {
                batch = (batch / 2).max(100);
            }
            let elapsed = started.elapsed().as_secs_f64();
            let b = Backfill {
                object: bare.clone(),
                done: state.done,
                total: state.total.max(state.done),
                finished: state.finished,
                updated_at: None,
                rate: (elapsed > 0.0).then(|| (state.done - done_before) as f64 / elapsed),
            };
            self.control.progress(&b);
        }
        let elapsed = started.elapsed().as_secs_f64();
        let rows = state.done - done_before;
        let partial = !state.finished;
        if partial && self.s.dry_run {
            self.s.partial_backfills.push(bare.clone());
        }
        let mut st = Statement::of(
            EngineKind::Postgres,
            format!(
                "-- backfill {bare}: UPDATE {t} SET {} in batches by {k}, up to the last key at start",
                sets.join(", "),
                k = q(&pk)
            ),
        );
        st.rows = Some(rows);
        st.elapsed_ms = elapsed * 1000.0;
        st.note = Some(if partial && self.s.dry_run {
            format!(
                "the dry run backfilled the first {rows} of about {} rows (postgres.plan_backfill_rows)",
                state.total
            )
        } else {
            format!("about {} rows at start", state.total)
        });
        self.out.statements.push(st);
        self.out.backfills.push(Backfill {
            object: bare,
            done: state.done,
            total: state.total.max(state.done),
            finished: state.finished,
            updated_at: None,
            rate: (elapsed > 0.0 && rows > 0).then(|| rows as f64 / elapsed),
        });
        Ok(())
    }

    /// One batch, in its own transaction with its progress, fenced before
    /// its commit. The commit does not wait for its flush: a crash loses
    /// the batch and its place together, and the next run does it again.
    async fn batch(
        &mut self,
        update: &str,
        table: &str,
        state: &mut State,
        n: u64,
    ) -> Result<(), PgError> {
        let dry = self.s.dry_run;
        let conn = self.s.conn().await?;
        if !dry {
            sqlx::raw_sql(AssertSqlSafe(format!(
                "BEGIN; SET LOCAL lock_timeout = '{}ms'; SET LOCAL synchronous_commit = off",
                self.phasing.lock_timeout.as_millis().max(1)
            )))
            .execute(&mut *conn)
            .await
            .map_err(|e| PgError::query("starting a backfill batch", e))?;
        }
        if let Err(e) =
            sqlx::raw_sql("SELECT pg_catalog.set_config('tidegate.backfill', 'on', true)")
                .execute(&mut *conn)
                .await
        {
            if !dry {
                let _ = sqlx::raw_sql("ROLLBACK").execute(&mut *conn).await;
            }
            return Err(PgError::query("starting a backfill batch", e));
        }
        let row = sqlx::query(AssertSqlSafe(update.to_string()))
            .bind(state.last.clone())
            .bind(state.hi.clone())
            .bind(n as i64)
            .fetch_optional(&mut *conn)
            .await;
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                if !dry {
                    let _ = sqlx::raw_sql("ROLLBACK").execute(&mut *conn).await;
                }
                return Err(PgError::query(format!("backfilling {table}"), e));
            }
        };
        sqlx::raw_sql("SELECT pg_catalog.set_config('tidegate.backfill', 'off', true)")
            .execute(&mut *conn)
            .await
            .map_err(|e| PgError::query("ending a backfill batch", e))?;
        let (count, last): (i64, Option<String>) = match &row {
            Some(r) => (r.get(0), r.get(1)),
            None => (0, None),
        };
        let mut next = state.clone();
        next.done += count as u64;
        if let Some(last) = last {
            next.last = Some(last);
        }
        if (count as u64) < n {
            next.finished = true;
        }
        if !dry {
            self.save_state(table, &next).await?;
            if let Err(e) = self.control.fence().await {
                let _ = sqlx::raw_sql("ROLLBACK")
                    .execute(self.s.conn().await?)
                    .await;
                return Err(PgError::fence(e));
            }
            sqlx::raw_sql("COMMIT")
                .execute(self.s.conn().await?)
                .await
                .map_err(|e| PgError::query("committing a backfill batch", e))?;
            faults::reached("backfill");
        }
        *state = next;
        Ok(())
    }

    async fn backfill_state(&mut self, table: &str) -> Result<Option<State>, PgError> {
        if self.s.dry_run {
            return Ok(None);
        }
        let progress = self.s.history_store().backfill_table().to_string();
        self.s.as_owner();
        let row = sqlx::query(AssertSqlSafe(format!(
            "SELECT last_key, hi, done, total, finished FROM {progress} WHERE id = $1 AND tbl = $2"
        )))
        .bind(self.id)
        .bind(table)
        .fetch_optional(self.s.conn().await?)
        .await
        .map_err(|e| PgError::query("reading the backfill progress", e))?;
        self.s.as_migrator();
        Ok(row.map(|r| State {
            last: r.get(0),
            hi: r.get(1),
            done: r.get::<i64, _>(2) as u64,
            total: r.get::<i64, _>(3) as u64,
            finished: r.get(4),
        }))
    }

    /// Keep the backfill's place (inside a batch: in its transaction); a
    /// dry run keeps it in memory only. The table is Tidegate's: written
    /// as the connecting role.
    async fn save_state(&mut self, table: &str, st: &State) -> Result<(), PgError> {
        if self.s.dry_run {
            return Ok(());
        }
        let progress = self.s.history_store().backfill_table().to_string();
        self.s.as_owner();
        let done = sqlx::query(AssertSqlSafe(format!(
            "INSERT INTO {progress} (id, tbl, last_key, hi, done, total, finished, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now()) ON CONFLICT (id, tbl) DO UPDATE SET last_key = EXCLUDED.last_key, hi = EXCLUDED.hi, done = EXCLUDED.done, total = EXCLUDED.total, finished = EXCLUDED.finished, updated_at = now()"
        )))
        .bind(self.id)
        .bind(table)
        .bind(st.last.clone())
        .bind(st.hi.clone())
        .bind(st.done as i64)
        .bind(st.total as i64)
        .bind(st.finished)
        .execute(self.s.conn().await?)
        .await
        .map_err(|e| PgError::query("keeping the backfill's place", e));
        self.s.as_migrator();
        done.map(drop)
    }

    async fn forget_backfills(&mut self) -> Result<(), PgError> {
        if self.s.dry_run {
            return Ok(());
        }
        let progress = self.s.history_store().backfill_table().to_string();
        self.s.as_owner();
        let conn = self.s.conn().await?;
        let gone = sqlx::query(AssertSqlSafe(format!(
            "DELETE FROM {progress} WHERE id = $1"
        )))
        .bind(self.id)
        .execute(conn)
        .await
        .map_err(|e| PgError::query("clearing the backfill progress", e));
        self.s.as_migrator();
        gone.map(drop)
    }

    /// Drop the version schema: its views, and its trigger functions with
    /// the triggers on the tables.
    async fn drop_version(&mut self) -> Result<(), PgError> {
        let schema = self.schema.clone();
        if self
            .fetch_bool(
                "SELECT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = $1)",
                &[&schema],
            )
            .await?
        {
            self.ddl(format!("DROP SCHEMA IF EXISTS {} CASCADE", q(&schema)))
                .await?;
        }
        Ok(())
    }

    async fn validate(&mut self, table: &str, name: &str) -> Result<(), PgError> {
        if self.constraint(table, name).await? == Some(false) {
            self.ddl(format!(
                "ALTER TABLE {} VALIDATE CONSTRAINT {}",
                self.table_ref(table),
                q(name)
            ))
            .await?;
        }
        Ok(())
    }

    /// `NOT NULL` through the validated check `check`, which then goes.
    async fn set_not_null(
        &mut self,
        table: &str,
        column: &str,
        check: &str,
    ) -> Result<(), PgError> {
        if self.constraint(table, check).await?.is_none() {
            return Ok(());
        }
        let partial = self.s.dry_run
            && self
                .s
                .partial_backfills
                .iter()
                .any(|t| t == split(table, &self.base).1);
        let t = self.table_ref(table);
        let texts = [
            format!("ALTER TABLE {t} VALIDATE CONSTRAINT {}", q(check)),
            format!(
                "ALTER TABLE {t} ALTER COLUMN {} SET NOT NULL; ALTER TABLE {t} DROP CONSTRAINT {}",
                q(column),
                q(check)
            ),
        ];
        if partial {
            for text in texts {
                let mut st = Statement::of(EngineKind::Postgres, text);
                st.note =
                    Some("not run in the dry run: its backfill ran on the first rows only".into());
                self.out.statements.push(st);
            }
            return Ok(());
        }
        let [validate, set] = texts;
        if self.constraint(table, check).await? == Some(false) {
            self.ddl(validate).await?;
        }
        self.ddl(set).await
    }

    async fn complete(&mut self, ops: &[Op]) -> Result<(), PgError> {
        // What was added NOT VALID is validated, and NOT NULL set, while
        // the triggers still fill both versions' columns.
        for op in ops {
            let table = op.table().unwrap_or_default();
            let bare = split(table, &self.base).1.to_string();
            match op {
                Op::AddColumn {
                    column,
                    check,
                    references,
                    not_null,
                    ..
                } => {
                    if check.is_some() {
                        self.validate(table, &bounded(&format!("{bare}_{column}_check")))
                            .await?;
                    }
                    if references.is_some() {
                        self.validate(table, &bounded(&format!("{bare}_{column}_fkey")))
                            .await?;
                    }
                    if *not_null {
                        let check = bounded(&format!("{NOT_NULL}{column}"));
                        self.set_not_null(table, column, &check).await?;
                    }
                }
                Op::AddCheck { name, .. } | Op::AddForeignKey { name, .. } => {
                    self.validate(table, name).await?
                }
                _ => {}
            }
            if let Some(sh) = op.shadow()
                && self.column_exists(table, &sh.new_name()).await?
            {
                let check = bounded(&format!("{NOT_NULL}{}", sh.column));
                self.set_not_null(table, &sh.new_name(), &check).await?;
            }
        }
        // Per table, one transaction: the trigger goes together with the
        // column swaps, renames and drops, so that no write ever finds one
        // without the other.
        for (table, plan) in plans(ops) {
            if !self.table_exists(&table).await? {
                continue;
            }
            let t = self.table_ref(&table);
            let mut group = Vec::new();
            if plan.needs_trigger() {
                let function = format!(
                    "{}.{}",
                    q(&self.schema),
                    q(&bounded(&format!("sync_{}", split(&table, &self.base).1)))
                );
                group.push(format!(
                    "DROP TRIGGER IF EXISTS {} ON {t}; DROP FUNCTION IF EXISTS {function}()",
                    q(&self.schema)
                ));
            }
            for sh in &plan.shadows {
                group.extend(self.swap(&table, sh).await?);
            }
            for (column, _) in &plan.hidden {
                if self.column_exists(&table, column).await? {
                    group.push(format!(
                        "ALTER TABLE {t} DROP COLUMN IF EXISTS {}",
                        q(column)
                    ));
                }
            }
            for (from, to) in &plan.renames {
                if self.column_exists(&table, from).await? {
                    group.push(format!(
                        "ALTER TABLE {t} RENAME COLUMN {} TO {}",
                        q(from),
                        q(to)
                    ));
                }
            }
            if !group.is_empty() {
                self.ddl(group.join("; ")).await?;
            }
        }
        // Then the rest; defaults once the columns have their final names,
        // a table's new name last (the operations name it by its old one).
        let last = |op: &&Op| matches!(op, Op::SetDefault { .. } | Op::RenameTable { .. });
        let (late, early): (Vec<&Op>, Vec<&Op>) = ops.iter().partition(last);
        let (renames, defaults): (Vec<&Op>, Vec<&Op>) = late
            .into_iter()
            .partition(|op| matches!(op, Op::RenameTable { .. }));
        for op in early.into_iter().chain(defaults).chain(renames) {
            self.complete_op(op, ops).await?;
        }
        self.drop_version().await?;
        self.forget_backfills().await
    }

    /// What complete does for `op` besides the per-table swaps (`ops`: the
    /// migration's operations, which name columns as they were).
    async fn complete_op(&mut self, op: &Op, ops: &[Op]) -> Result<(), PgError> {
        let table = op.table().unwrap_or_default();
        let t = self.table_ref(table);
        match op {
            Op::AddColumn { column, unique, .. } => {
                if *unique {
                    let bare = split(table, &self.base).1;
                    let name = bounded(&format!("{bare}_{column}_key"));
                    if self.constraint(table, &name).await?.is_none() {
                        self.ddl(format!(
                            "ALTER TABLE {t} ADD CONSTRAINT {n} UNIQUE USING INDEX {n}",
                            n = q(&name)
                        ))
                        .await?;
                    }
                }
            }
            Op::SetDefault {
                column, default, ..
            } => {
                let set = match default {
                    Some(d) => format!("SET DEFAULT {d}"),
                    None => "DROP DEFAULT".into(),
                };
                // The column by the name the swaps and renames gave it.
                let now = ops
                    .iter()
                    .filter(|o| o.table() == Some(table))
                    .find_map(|o| match (o, o.shadow()) {
                        (Op::RenameColumn { from, to, .. }, _) if from == column => {
                            Some(to.clone())
                        }
                        (_, Some(sh)) if &sh.column == column => Some(sh.shown().to_string()),
                        _ => None,
                    })
                    .unwrap_or_else(|| column.clone());
                self.ddl(format!("ALTER TABLE {t} ALTER COLUMN {} {set}", q(&now)))
                    .await?;
            }
            Op::AddUnique { name, .. } => {
                if self.constraint(table, name).await?.is_none() {
                    self.ddl(format!(
                        "ALTER TABLE {t} ADD CONSTRAINT {n} UNIQUE USING INDEX {n}",
                        n = q(name)
                    ))
                    .await?;
                }
            }
            Op::DropIndex { name, .. } => self.drop_index(table, name).await?,
            Op::RenameTable { from, to } => {
                if self.table_exists(from).await? {
                    self.ddl(format!(
                        "ALTER TABLE {} RENAME TO {}",
                        self.table_ref(from),
                        q(to.rsplit('.').next().unwrap_or(to))
                    ))
                    .await?;
                }
            }
            Op::DropConstraint { name, .. } => {
                if self.constraint(table, name).await?.is_some() {
                    self.ddl(format!(
                        "ALTER TABLE {t} DROP CONSTRAINT IF EXISTS {}",
                        q(name)
                    ))
                    .await?;
                }
            }
            Op::RenameConstraint { from, to, .. } => {
                if self.constraint(table, from).await?.is_some() {
                    self.ddl(format!(
                        "ALTER TABLE {t} RENAME CONSTRAINT {} TO {}",
                        q(from),
                        q(to)
                    ))
                    .await?;
                }
            }
            Op::DropTable { table } => {
                if self.table_exists(table).await? {
                    self.ddl(format!("DROP TABLE IF EXISTS {}", self.table_ref(table)))
                        .await?;
                }
            }
            Op::Sql { complete, .. } => {
                if let Some(sql) = complete {
                    self.ddl(sql.clone()).await?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The statements that swap the shadow column in for the old one, with
    /// its indexes (none when a complete did it already).
    async fn swap(&mut self, table: &str, s: &Shadow) -> Result<Vec<String>, PgError> {
        let new = s.new_name();
        let t = self.table_ref(table);
        let mut swap = Vec::new();
        if self.column_exists(table, &new).await? {
            // The shadow indexes, named as they will be.
            let (schema, bare) = split(table, &self.base);
            let (schema, bare) = (schema.to_string(), bare.to_string());
            let rows = sqlx::query(
                "SELECT ic.relname::text FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid JOIN pg_catalog.pg_class c ON c.oid = i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = $3 WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum = ANY (i.indkey) AND ic.relname LIKE '\\_tg\\_i\\_%'",
            )
            .bind(&schema)
            .bind(&bare)
            .bind(&new)
            .fetch_all(self.s.conn().await?)
            .await
            .map_err(|e| PgError::query("reading the shadow column's indexes", e))?;
            let constraints: Vec<String> = sqlx::query_scalar(
                "SELECT ic.relname::text FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class ic ON ic.oid = con.conindid JOIN pg_catalog.pg_class c ON c.oid = con.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = $3 WHERE n.nspname = $1 AND c.relname = $2 AND con.contype = 'u' AND a.attnum = ANY (con.conkey)",
            )
            .bind(&schema)
            .bind(&bare)
            .bind(&s.column)
            .fetch_all(self.s.conn().await?)
            .await
            .map_err(|e| PgError::query("reading the column's unique constraints", e))?;
            if self.column_exists(table, &s.column).await? {
                swap.push(format!("ALTER TABLE {t} DROP COLUMN {}", q(&s.column)));
            }
            swap.push(format!(
                "ALTER TABLE {t} RENAME COLUMN {} TO {}",
                q(&new),
                q(s.shown())
            ));
            for r in rows {
                let shadow: String = r.get(0);
                let original = shadow.trim_start_matches(INDEX).to_string();
                if constraints.contains(&original) {
                    swap.push(format!(
                        "ALTER TABLE {t} ADD CONSTRAINT {} UNIQUE USING INDEX {}",
                        q(&original),
                        q(&shadow)
                    ));
                } else {
                    swap.push(format!(
                        "ALTER INDEX {}.{} RENAME TO {}",
                        q(&schema),
                        q(&shadow),
                        q(&original)
                    ));
                }
            }
        }
        Ok(swap)
    }

    async fn rollback(&mut self, ops: &[Op]) -> Result<(), PgError> {
        self.drop_version().await?;
        for op in ops.iter().rev() {
            let table = op.table().unwrap_or_default();
            let t = self.table_ref(table);
            if let Some(s) = op.shadow() {
                // Its indexes and NOT NULL check go with it.
                if self.column_exists(table, &s.new_name()).await? {
                    self.ddl(format!(
                        "ALTER TABLE {t} DROP COLUMN IF EXISTS {}",
                        q(&s.new_name())
                    ))
                    .await?;
                }
                continue;
            }
            match op {
                Op::AddColumn { column, unique, .. } => {
                    if *unique {
                        let bare = split(table, &self.base).1;
                        let name = bounded(&format!("{bare}_{column}_key"));
                        self.drop_own_index(table, &name).await?;
                    }
                    if self.column_exists(table, column).await?
                        && self.intended(&format!("column:{table}.{column}")).await?
                    {
                        self.ddl(format!(
                            "ALTER TABLE {t} DROP COLUMN IF EXISTS {}",
                            q(column)
                        ))
                        .await?;
                    }
                }
                Op::AddCheck { name, .. } | Op::AddForeignKey { name, .. } => {
                    if self.constraint(table, name).await?.is_some()
                        && self.intended(&format!("constraint:{table}.{name}")).await?
                    {
                        self.ddl(format!(
                            "ALTER TABLE {t} DROP CONSTRAINT IF EXISTS {}",
                            q(name)
                        ))
                        .await?;
                    }
                }
                Op::AddUnique { name, .. } | Op::CreateIndex { name, .. } => {
                    self.drop_own_index(table, name).await?
                }
                Op::Sql { down, .. } => self.ddl(down.clone()).await?,
                Op::CreateTable { .. } => {
                    if self.table_exists(table).await?
                        && self.intended(&format!("table:{table}")).await?
                    {
                        self.ddl(format!("DROP TABLE IF EXISTS {t}")).await?;
                    }
                }
                _ => {}
            }
        }
        self.forget_backfills().await
    }
}

/// A backfill's place.
#[derive(Debug, Clone)]
struct State {
    last: Option<String>,
    hi: Option<String>,
    done: u64,
    total: u64,
    finished: bool,
}

/// How long to wait before try `attempt` (from 1): doubling from 50 ms,
/// at most 5 s, with up to a quarter of it added at random so that
/// retries do not line up with the traffic they wait for.
fn backoff(attempt: u32) -> Duration {
    let base = 50u64.saturating_mul(1 << attempt.min(7)).min(5_000);
    let jitter = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos() as u64)
        % (base / 4 + 1);
    Duration::from_millis(base + jitter)
}

/// The start of a statement, for messages.
fn short(text: &str) -> String {
    let one: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.len() <= 80 {
        one
    } else {
        format!("{}…", &one[..one.floor_char_boundary(79)])
    }
}

/// For `status` and `tidegate schema-name`.
pub fn access(id: &str) -> String {
    format!("search_path = {}, public", version_schema(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn version_schemas_are_names_within_63_bytes() {
        assert_eq!(
            version_schema("0010_Change-Age"),
            "tidegate_0010_change_age"
        );
        let long = version_schema(&"x".repeat(120));
        assert!(long.len() <= 63 && long.starts_with("tidegate_x"));
        assert_ne!(
            version_schema(&"x".repeat(120)),
            version_schema(&"x".repeat(121))
        );
    }

    #[test]
    fn parses_and_refuses_with_what_to_do() {
        let caps = Capabilities {
            tables: vec!["users".into()],
            ..Default::default()
        };
        let ok = parse(
            &[json!({"op": "change_type", "table": "users", "column": "age", "type": "bigint", "up": "age::bigint", "down": "age::int"})],
            Some(&caps),
        )
        .unwrap();
        assert_eq!(ok[0].name(), "change_type");
        let no_down = parse(
            &[json!({"op": "change_type", "table": "users", "column": "age", "type": "bigint", "up": "age::bigint"})],
            Some(&caps),
        )
        .unwrap_err();
        assert!(no_down.contains("needs a conversion each way"), "{no_down}");
        let undeclared = parse(
            &[json!({"op": "drop_column", "table": "orders", "column": "x"})],
            Some(&caps),
        )
        .unwrap_err();
        assert!(
            undeclared.contains("outside this module's declared capabilities"),
            "{undeclared}"
        );
        let unknown = parse(&[json!({"op": "add_column", "table": "users", "column": "x", "type": "int", "colour": 1})], None).unwrap_err();
        assert!(unknown.contains("unknown field `colour`"), "{unknown}");
        let twice = parse(
            &[
                json!({"op": "set_not_null", "table": "users", "column": "a", "up": "coalesce(a, 0)"}),
                json!({"op": "drop_not_null", "table": "users", "column": "a"}),
            ],
            None,
        )
        .unwrap_err();
        assert!(twice.contains("changed twice"), "{twice}");
        let escape = parse(
            &[json!({"op": "sql", "up": "COPY t TO PROGRAM 'x'", "down": "SELECT 1"})],
            None,
        )
        .unwrap_err();
        assert!(escape.contains("PROGRAM"), "{escape}");
        let not_null = parse(&[json!({"op": "add_column", "table": "users", "column": "x", "type": "int", "not_null": true})], None).unwrap_err();
        assert!(not_null.contains("needs `up`"), "{not_null}");
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert!(
            backoff(1) >= Duration::from_millis(100) && backoff(1) < Duration::from_millis(130)
        );
        assert!(backoff(30) <= Duration::from_millis(6_250));
    }
}
