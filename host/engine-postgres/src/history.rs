//! The history table (one row per applied or failed migration) and the
//! append-only audit table beside it.

use sqlx::{AssertSqlSafe, PgConnection, Row};

use tidegate_core::digest::Digest;
use tidegate_core::history::{Actor, Event, HistoryChange, HistoryRow, NewRow, RowStatus};

use crate::PgError;

/// SQLSTATE of a relation that does not exist.
const UNDEFINED_TABLE: &str = "42P01";

/// The history table and its audit table, by (validated) name.
#[derive(Debug, Clone)]
pub struct History {
    table: String,
    audit: String,
    regclass: String,
}

impl History {
    pub fn new(name: &str) -> Result<Self, PgError> {
        let parts: Vec<&str> = name.split('.').collect();
        let valid = (1..=2).contains(&parts.len())
            && parts.iter().all(|p| {
                !p.is_empty()
                    && p.len() <= 50
                    && p.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                    && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            });
        if !valid {
            return Err(PgError::BadHistoryTable(name.chars().take(80).collect()));
        }
        let quote = |parts: &[&str], suffix: &str| {
            let mut q: Vec<String> = parts.iter().map(|p| format!("\"{p}\"")).collect();
            let last = q.pop().expect("one part at least");
            q.push(format!("{}{suffix}\"", &last[..last.len() - 1]));
            q.join(".")
        };
        Ok(History { table: quote(&parts, ""), audit: quote(&parts, "_audit"), regclass: name.to_string() })
    }

    /// The advisory-lock key for this history table.
    pub fn lock_key(&self) -> i64 {
        let d = Digest::of(format!("tidegate-lock:{}", self.regclass).as_bytes());
        i64::from_be_bytes(d.0[..8].try_into().expect("8 bytes"))
    }

    /// Names of the tables, for snapshots to leave out.
    pub fn table_names(&self) -> [String; 2] {
        let bare = self.regclass.rsplit('.').next().unwrap_or(&self.regclass);
        [bare.to_string(), format!("{bare}_audit")]
    }

    pub async fn exists(&self, conn: &mut PgConnection) -> Result<bool, PgError> {
        sqlx::query_scalar::<_, bool>("SELECT to_regclass($1) IS NOT NULL")
            .bind(&self.regclass)
            .fetch_one(conn)
            .await
            .map_err(|e| PgError::query("looking for the history table", e))
    }

    pub async fn ensure(&self, conn: &mut PgConnection) -> Result<(), PgError> {
        let ddl = format!(
            "CREATE TABLE IF NOT EXISTS {t} (
                id                 text PRIMARY KEY,
                version            bigint NOT NULL,
                description        text NOT NULL,
                status             text NOT NULL CHECK (status IN ('running', 'applied', 'failed')),
                checksum           text NOT NULL,
                checksum_algorithm text NOT NULL,
                component_digest   text NOT NULL,
                api_version        text NOT NULL,
                transactional      boolean NOT NULL,
                applied_at         timestamptz NOT NULL DEFAULT now(),
                duration_ms        bigint,
                applied_by         text NOT NULL,
                commit_sha         text,
                tidegate_version   text NOT NULL,
                error              text
            );
            CREATE TABLE IF NOT EXISTS {a} (
                seq              bigserial PRIMARY KEY,
                at               timestamptz NOT NULL DEFAULT now(),
                event            text NOT NULL,
                id               text NOT NULL,
                checksum         text,
                component_digest text,
                actor            text NOT NULL,
                commit_sha       text,
                duration_ms      bigint,
                detail           text
            );",
            t = self.table,
            a = self.audit
        );
        sqlx::raw_sql(AssertSqlSafe(ddl))
            .execute(conn)
            .await
            .map(drop)
            .map_err(|e| PgError::query("creating the history table", e))
    }

    /// Every history row; none when the table does not exist yet. Outside a
    /// transaction the read itself says so (`undefined_table`), one query
    /// instead of a look-up and a query; inside one, where a failed
    /// statement would abort the transaction, the table is looked up first.
    pub async fn load(&self, conn: &mut PgConnection, in_transaction: bool) -> Result<Vec<HistoryRow>, PgError> {
        if in_transaction && !self.exists(conn).await? {
            return Ok(Vec::new());
        }
        match self.read(conn).await {
            Err(e) if !in_transaction && e.sqlstate() == Some(UNDEFINED_TABLE) => Ok(Vec::new()),
            other => other,
        }
    }

    async fn read(&self, conn: &mut PgConnection) -> Result<Vec<HistoryRow>, PgError> {
        let sql = format!(
            "SELECT id, version, description, status, checksum, checksum_algorithm, component_digest, api_version,
                    transactional, applied_at, duration_ms, applied_by, commit_sha, error
             FROM {} ORDER BY version, id",
            self.table
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .fetch_all(conn)
            .await
            .map_err(|e| PgError::query("reading the history table", e))?;
        rows.into_iter()
            .map(|r| {
                Ok(HistoryRow {
                    id: r.try_get("id")?,
                    version: r.try_get("version")?,
                    description: r.try_get("description")?,
                    status: RowStatus::parse(r.try_get::<&str, _>("status")?),
                    checksum: r.try_get("checksum")?,
                    checksum_algorithm: r.try_get("checksum_algorithm")?,
                    component_digest: r.try_get("component_digest")?,
                    api_version: r.try_get("api_version")?,
                    transactional: r.try_get("transactional")?,
                    applied_at: r.try_get("applied_at")?,
                    duration_ms: r.try_get("duration_ms")?,
                    applied_by: r.try_get("applied_by")?,
                    commit_sha: r.try_get("commit_sha")?,
                    error: r.try_get("error")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(|e| PgError::query("reading the history table", e))
    }

    /// The upsert of a history row, parameters `$1..=$14`.
    fn upsert_sql(&self) -> String {
        format!(
            "INSERT INTO {} (id, version, description, status, checksum, checksum_algorithm, component_digest,
                             api_version, transactional, applied_at, duration_ms, applied_by, commit_sha, tidegate_version, error)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), $10, $11, $12, $13, $14)
             ON CONFLICT (id) DO UPDATE SET
                version = EXCLUDED.version, description = EXCLUDED.description, status = EXCLUDED.status,
                checksum = EXCLUDED.checksum, checksum_algorithm = EXCLUDED.checksum_algorithm,
                component_digest = EXCLUDED.component_digest, api_version = EXCLUDED.api_version,
                transactional = EXCLUDED.transactional, applied_at = EXCLUDED.applied_at,
                duration_ms = EXCLUDED.duration_ms, applied_by = EXCLUDED.applied_by,
                commit_sha = EXCLUDED.commit_sha, tidegate_version = EXCLUDED.tidegate_version, error = EXCLUDED.error",
            self.table
        )
    }

    /// The insert of an audit row, parameters `$first..` (eight).
    fn audit_sql(&self, first: usize) -> String {
        let params: Vec<String> = (first..first + 8).map(|i| format!("${i}")).collect();
        format!(
            "INSERT INTO {} (event, id, checksum, component_digest, actor, commit_sha, duration_ms, detail) VALUES ({})",
            self.audit,
            params.join(", ")
        )
    }

    /// Insert or replace the row for a migration and append its audit
    /// entry, in one statement: one round trip per event instead of two.
    pub async fn record(&self, conn: &mut PgConnection, row: &NewRow<'_>, e: &Event<'_>, actor: &Actor) -> Result<(), PgError> {
        let sql = format!("WITH upserted AS ({} RETURNING 1) {}", self.upsert_sql(), self.audit_sql(15));
        bind_event(bind_row(sqlx::query(AssertSqlSafe(sql)), row, actor), e, actor)
            .execute(conn)
            .await
            .map(drop)
            .map_err(|e| PgError::query("writing the history and audit rows", e))
    }

    pub async fn delete(&self, conn: &mut PgConnection, id: &str) -> Result<(), PgError> {
        sqlx::query(AssertSqlSafe(format!("DELETE FROM {} WHERE id = $1", self.table)))
            .bind(id)
            .execute(conn)
            .await
            .map(drop)
            .map_err(|e| PgError::query("deleting the history row", e))
    }

    /// Apply one history change and append its audit entry.
    pub async fn write(&self, conn: &mut PgConnection, change: HistoryChange<'_>, e: &Event<'_>, actor: &Actor) -> Result<(), PgError> {
        match change {
            HistoryChange::Upsert(row) => self.record(conn, row, e, actor).await,
            HistoryChange::Delete(id) => {
                self.delete(conn, id).await?;
                self.audit(conn, e, actor).await
            }
            HistoryChange::Keep => self.audit(conn, e, actor).await,
        }
    }

    /// Append an audit event.
    pub async fn audit(&self, conn: &mut PgConnection, e: &Event<'_>, actor: &Actor) -> Result<(), PgError> {
        bind_event(sqlx::query(AssertSqlSafe(self.audit_sql(1))), e, actor)
            .execute(conn)
            .await
            .map(drop)
            .map_err(|e| PgError::query("writing the audit row", e))
    }
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>;

fn bind_row<'q>(q: Query<'q>, row: &NewRow<'_>, actor: &Actor) -> Query<'q> {
    q.bind(row.id.to_string())
        .bind(row.version as i64)
        .bind(row.description.to_string())
        .bind(row.status.as_str())
        .bind(row.checksum.hex())
        .bind(tidegate_core::digest::ALGORITHM)
        .bind(row.component.to_string())
        .bind(row.api_version.to_string())
        .bind(row.transactional)
        .bind(row.duration_ms)
        .bind(actor.who.clone())
        .bind(actor.commit.clone())
        .bind(env!("CARGO_PKG_VERSION"))
        .bind(row.error.map(str::to_string))
}

fn bind_event<'q>(q: Query<'q>, e: &Event<'_>, actor: &Actor) -> Query<'q> {
    q.bind(e.event.as_str())
        .bind(e.id.to_string())
        .bind(e.checksum.map(Digest::hex))
        .bind(e.component.map(Digest::to_string))
        .bind(actor.who.clone())
        .bind(actor.commit.clone())
        .bind(e.duration_ms)
        .bind(e.detail.map(str::to_string))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_names_and_refuses_injection() {
        let h = History::new("ops.migrations").unwrap();
        assert_eq!(h.table, "\"ops\".\"migrations\"");
        assert_eq!(h.audit, "\"ops\".\"migrations_audit\"");
        assert_eq!(h.table_names(), ["migrations".to_string(), "migrations_audit".to_string()]);
        assert!(History::new("x; DROP TABLE users").is_err());
        assert!(History::new("a.b.c").is_err());
        assert!(History::new("").is_err());
        assert_ne!(History::new("a").unwrap().lock_key(), History::new("b").unwrap().lock_key());
    }
}
