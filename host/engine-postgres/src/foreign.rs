//! Other tools' history tables, read (never written) for
//! `tidegate baseline --from <tool>`, from each tool's documented layout.

use sqlx::PgConnection;

use tidegate_core::digest::Digest;
use tidegate_core::error::{EngineError, ErrorKind};
use tidegate_core::foreign::{ForeignHistory, Tool};
use tidegate_core::metadata::EngineKind;

use crate::PgError;

/// Per tool: `(version, clean, the whole row as text)` in the tool's order.
fn rows_query(tool: Tool, table: &str) -> String {
    match tool {
        Tool::Sqlx => {
            format!("SELECT version::text, success, t::text FROM {table} t ORDER BY version")
        }
        Tool::Diesel | Tool::Dbmate => {
            format!("SELECT version::text, true, t::text FROM {table} t ORDER BY version")
        }
        Tool::GolangMigrate => {
            format!("SELECT version::text, NOT dirty, t::text FROM {table} t ORDER BY version")
        }
        // Repeatable (R__) and schema-creation rows have no version.
        Tool::Flyway => format!(
            "SELECT version::text, success, t::text FROM {table} t WHERE version IS NOT NULL ORDER BY installed_rank"
        ),
        Tool::Alembic => {
            format!("SELECT version_num::text, true, t::text FROM {table} t ORDER BY version_num")
        }
    }
}

fn config(message: String) -> EngineError {
    EngineError::new(
        EngineKind::Postgres,
        ErrorKind::Config,
        None,
        PgError::Foreign(message),
    )
}

/// Whether `name` is a plain or schema-qualified identifier.
fn is_identifier(name: &str) -> bool {
    let part = |p: &str| {
        !p.is_empty()
            && p.len() <= 63
            && p.chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let parts: Vec<&str> = name.split('.').collect();
    parts.len() <= 2 && parts.iter().all(|p| part(p))
}

/// Read `tool`'s history table (`table`, or the tool's default).
pub(crate) async fn read(
    conn: &mut PgConnection,
    tool: Tool,
    table: Option<&str>,
) -> Result<ForeignHistory, EngineError> {
    let table = table.unwrap_or(tool.table());
    if !is_identifier(table) {
        return Err(config(format!(
            "`{table}` is not a table name; name the {tool} history table as `table` or `schema.table`"
        )));
    }
    let found: Option<String> = sqlx::query_scalar("SELECT to_regclass($1)::text")
        .bind(table)
        .fetch_one(&mut *conn)
        .await
        .map_err(|e| PgError::query("looking up the foreign history table", e))?;
    let Some(found) = found else {
        return Err(config(format!(
            "this database has no table {table}, where {tool} keeps its history; point --postgres-url at the database {tool} migrated, or name the table with --table (e.g. another schema: `schema.{table}`)"
        )));
    };
    let rows: Vec<(String, Option<bool>, String)> =
        sqlx::query_as(sqlx::AssertSqlSafe(rows_query(tool, &found)))
            .fetch_all(&mut *conn)
            .await
            .map_err(|e| PgError::query(format!("reading {tool}'s history table {found}"), e))?;
    let all_text: String = rows.iter().map(|r| format!("{}\n", r.2)).collect();
    let applied: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let failed: Vec<&str> = rows
        .iter()
        .filter(|r| r.1 != Some(true))
        .map(|r| r.0.as_str())
        .collect();
    let dirty = match (tool, failed.first()) {
        (_, None) => None,
        (Tool::Sqlx, Some(v)) => Some(format!(
            "sqlx recorded migration {v} as failed (success = false); repair the database, then rerun it with `sqlx migrate run` or delete its row, and baseline again"
        )),
        (Tool::GolangMigrate, Some(v)) => Some(format!(
            "golang-migrate left version {v} dirty: a migration failed half-way; repair the database, run `migrate force <last good version>`, and baseline again"
        )),
        (Tool::Flyway, Some(v)) => Some(format!(
            "flyway recorded migration {v} as failed (success = false); repair the database and run `flyway repair`, then baseline again"
        )),
        (_, Some(v)) => Some(format!(
            "{tool} recorded version {v} in an unfinished state; finish or repair it with {tool}, then baseline again"
        )),
    };
    let heads = match tool {
        Tool::Alembic => applied.clone(),
        _ => applied.last().cloned().into_iter().collect(),
    };
    let dirty = dirty.or_else(|| {
        (heads.len() > 1).then(|| format!("alembic has several heads applied ({}); merge them with `alembic merge`, upgrade, and baseline again", heads.join(", ")))
    });
    Ok(ForeignHistory {
        tool,
        table: found,
        applied,
        heads,
        dirty,
        rows: Digest::of(all_text.as_bytes()),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn table_names_are_identifiers() {
        assert!(
            super::is_identifier("_sqlx_migrations")
                && super::is_identifier("app.flyway_schema_history")
        );
        assert!(
            !super::is_identifier("x; DROP TABLE y")
                && !super::is_identifier("a.b.c")
                && !super::is_identifier("")
        );
    }
}
