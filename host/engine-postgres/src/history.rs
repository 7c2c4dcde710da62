//! The history table (one row per applied or failed migration) and the
//! append-only audit table beside it.

use sqlx::postgres::PgRow;
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
    /// How far each phased migration's backfill got, per table.
    backfill: String,
    regclass: String,
}

impl History {
    pub fn new(name: &str) -> Result<Self, PgError> {
        let parts: Vec<&str> = name.split('.').collect();
        let valid = (1..=2).contains(&parts.len())
            && parts.iter().all(|p| {
                !p.is_empty()
                    && p.len() <= 50
                    && p.chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
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
        Ok(History {
            table: quote(&parts, ""),
            audit: quote(&parts, "_audit"),
            backfill: quote(&parts, "_backfill"),
            regclass: name.to_string(),
        })
    }

    /// The advisory-lock key for this history table.
    pub fn lock_key(&self) -> i64 {
        let d = Digest::of(format!("tidegate-lock:{}", self.regclass).as_bytes());
        i64::from_be_bytes(d.0[..8].try_into().expect("8 bytes"))
    }

    /// Names of the tables, for snapshots to leave out.
    pub fn table_names(&self) -> [String; 3] {
        let bare = self.regclass.rsplit('.').next().unwrap_or(&self.regclass);
        [
            bare.to_string(),
            format!("{bare}_audit"),
            format!("{bare}_backfill"),
        ]
    }

    /// The backfill progress table, quoted.
    pub fn backfill_table(&self) -> &str {
        &self.backfill
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
                status             text NOT NULL CHECK (status IN ({statuses})),
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
            );
            CREATE TABLE IF NOT EXISTS {b} (
                id         text NOT NULL,
                tbl        text NOT NULL,
                last_key   text,
                hi         text,
                done       bigint NOT NULL DEFAULT 0,
                total      bigint NOT NULL DEFAULT 0,
                finished   boolean NOT NULL DEFAULT false,
                updated_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (id, tbl)
            );
            DO $tidegate$
            DECLARE c name;
            BEGIN
                -- A history table made before phased migrations allows
                -- three statuses: widen its check, once.
                SELECT conname INTO c FROM pg_catalog.pg_constraint
                 WHERE conrelid = {r}::regclass AND contype = 'c'
                   AND pg_catalog.pg_get_constraintdef(oid) LIKE '%status%'
                   AND pg_catalog.pg_get_constraintdef(oid) NOT LIKE '%rolled-back%';
                IF c IS NOT NULL THEN
                    EXECUTE pg_catalog.format('ALTER TABLE %s DROP CONSTRAINT %I', {r}, c);
                    ALTER TABLE {t} ADD CONSTRAINT tidegate_status_check CHECK (status IN ({statuses}));
                END IF;
            END $tidegate$;",
            t = self.table,
            a = self.audit,
            b = self.backfill,
            r = literal(&self.regclass),
            statuses = RowStatus::ALL
                .iter()
                .map(|s| literal(s.as_str()))
                .collect::<Vec<_>>()
                .join(", "),
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
    pub async fn load(
        &self,
        conn: &mut PgConnection,
        in_transaction: bool,
    ) -> Result<Vec<HistoryRow>, PgError> {
        if in_transaction && !self.exists(conn).await? {
            return Ok(Vec::new());
        }
        match self.read(conn).await {
            Err(e) if !in_transaction && e.sqlstate() == Some(UNDEFINED_TABLE) => Ok(Vec::new()),
            other => other,
        }
    }

    async fn read(&self, conn: &mut PgConnection) -> Result<Vec<HistoryRow>, PgError> {
        // A simple query: one round trip, where a prepared statement
        // waits for its description first. It has no parameters, and every
        // column decodes from text as from binary.
        let rows = sqlx::raw_sql(AssertSqlSafe(self.select_sql()))
            .fetch_all(conn)
            .await
            .map_err(|e| PgError::query("reading the history table", e))?;
        rows.iter()
            .map(row)
            .collect::<Result<_, sqlx::Error>>()
            .map_err(|e| PgError::query("reading the history table", e))
    }

    /// The query of every history row, in version order, with the
    /// columns [`row`] reads.
    pub fn select_sql(&self) -> String {
        format!(
            "SELECT id, version, description, status, checksum, checksum_algorithm, component_digest, api_version,
                    transactional, applied_at, duration_ms, applied_by, commit_sha, error
             FROM {} ORDER BY version, id",
            self.table
        )
    }

    /// The upsert of a history row with `values` (expressions, in the
    /// order of [`History::record_sql`]'s columns).
    fn upsert_sql(&self, values: &[String]) -> String {
        let (before, after) = values.split_at(9);
        format!(
            "INSERT INTO {} (id, version, description, status, checksum, checksum_algorithm, component_digest,
                             api_version, transactional, applied_at, duration_ms, applied_by, commit_sha, tidegate_version, error)
             VALUES ({}, now(), {})
             ON CONFLICT (id) DO UPDATE SET
                version = EXCLUDED.version, description = EXCLUDED.description, status = EXCLUDED.status,
                checksum = EXCLUDED.checksum, checksum_algorithm = EXCLUDED.checksum_algorithm,
                component_digest = EXCLUDED.component_digest, api_version = EXCLUDED.api_version,
                transactional = EXCLUDED.transactional, applied_at = EXCLUDED.applied_at,
                duration_ms = EXCLUDED.duration_ms, applied_by = EXCLUDED.applied_by,
                commit_sha = EXCLUDED.commit_sha, tidegate_version = EXCLUDED.tidegate_version, error = EXCLUDED.error",
            self.table,
            before.join(", "),
            after.join(", ")
        )
    }

    /// The insert of an audit row with `values` (eight expressions).
    fn audit_sql(&self, values: &[String]) -> String {
        format!(
            "INSERT INTO {} (event, id, checksum, component_digest, actor, commit_sha, duration_ms, detail) VALUES ({})",
            self.audit,
            values.join(", ")
        )
    }

    /// Insert or replace the row for a migration and append its audit
    /// entry, in one statement with its values written out (see
    /// [`literal`]): one round trip per event instead of two, and a simple
    /// query, which the session's deferred transaction control can travel
    /// with.
    pub fn record_sql(&self, row: &NewRow<'_>, e: &Event<'_>, actor: &Actor) -> String {
        let opt = |s: Option<&str>| s.map_or_else(|| "NULL".to_string(), literal);
        let int = |n: Option<i64>| n.map_or_else(|| "NULL".to_string(), |n| n.to_string());
        let row_values = [
            literal(row.id),
            row.version.to_string(),
            literal(row.description),
            literal(row.status.as_str()),
            literal(&row.checksum.hex()),
            literal(tidegate_core::digest::ALGORITHM),
            literal(&row.component.to_string()),
            literal(row.api_version),
            row.transactional.to_string(),
            int(row.duration_ms),
            literal(&actor.who),
            opt(actor.commit.as_deref()),
            literal(env!("CARGO_PKG_VERSION")),
            opt(row.error),
        ];
        let event_values = [
            literal(e.event.as_str()),
            literal(e.id),
            opt(e.checksum.map(Digest::hex).as_deref()),
            opt(e.component.map(Digest::to_string).as_deref()),
            literal(&actor.who),
            opt(actor.commit.as_deref()),
            int(e.duration_ms),
            opt(e.detail),
        ];
        format!(
            "WITH upserted AS ({} RETURNING 1) {}",
            self.upsert_sql(&row_values),
            self.audit_sql(&event_values)
        )
    }

    /// Run a [`History::record_sql`] statement (with whatever travels in
    /// front of it).
    pub async fn record(conn: &mut PgConnection, sql: String) -> Result<(), PgError> {
        sqlx::raw_sql(AssertSqlSafe(sql))
            .execute(conn)
            .await
            .map(drop)
            .map_err(|e| PgError::query("writing the history and audit rows", e))
    }

    pub async fn delete(&self, conn: &mut PgConnection, id: &str) -> Result<(), PgError> {
        sqlx::query(AssertSqlSafe(format!(
            "DELETE FROM {} WHERE id = $1",
            self.table
        )))
        .bind(id)
        .execute(conn)
        .await
        .map(drop)
        .map_err(|e| PgError::query("deleting the history row", e))
    }

    /// Apply one history change and append its audit entry.
    pub async fn write(
        &self,
        conn: &mut PgConnection,
        change: HistoryChange<'_>,
        e: &Event<'_>,
        actor: &Actor,
    ) -> Result<(), PgError> {
        match change {
            HistoryChange::Upsert(row) => Self::record(conn, self.record_sql(row, e, actor)).await,
            HistoryChange::Delete(id) => {
                self.delete(conn, id).await?;
                self.audit(conn, e, actor).await
            }
            HistoryChange::Keep => self.audit(conn, e, actor).await,
        }
    }

    /// Append an audit event.
    pub async fn audit(
        &self,
        conn: &mut PgConnection,
        e: &Event<'_>,
        actor: &Actor,
    ) -> Result<(), PgError> {
        let params: Vec<String> = (1..=8).map(|i| format!("${i}")).collect();
        bind_event(
            sqlx::query(AssertSqlSafe(self.audit_sql(&params))),
            e,
            actor,
        )
        .execute(conn)
        .await
        .map(drop)
        .map_err(|e| PgError::query("writing the audit row", e))
    }
}

/// `s` as a string constant: an escape string (`E'...'`) with quotes and
/// backslashes doubled, which reads the same whatever
/// `standard_conforming_strings` says (the connection's client encoding is
/// UTF-8, set by sqlx). A NUL, which no PostgreSQL text can hold, becomes
/// U+FFFD.
pub fn literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    out.push_str("E'");
    for c in s.chars() {
        match c {
            '\'' => out.push_str("''"),
            '\\' => out.push_str("\\\\"),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// A history row of [`History::select_sql`], in text or binary columns.
pub fn row(r: &PgRow) -> Result<HistoryRow, sqlx::Error> {
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
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>;

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
        assert_eq!(
            h.table_names(),
            [
                "migrations".to_string(),
                "migrations_audit".to_string(),
                "migrations_backfill".to_string()
            ]
        );
        assert!(History::new("x; DROP TABLE users").is_err());
        assert!(History::new("a.b.c").is_err());
        assert!(History::new("").is_err());
        assert_ne!(
            History::new("a").unwrap().lock_key(),
            History::new("b").unwrap().lock_key()
        );
    }

    #[test]
    fn literals_double_quotes_and_backslashes() {
        assert_eq!(literal("plain"), "E'plain'");
        assert_eq!(literal("it's"), "E'it''s'");
        assert_eq!(
            literal(r"a\'); DROP TABLE t; --"),
            r"E'a\\''); DROP TABLE t; --'"
        );
        assert_eq!(literal("$1 $$ é"), "E'$1 $$ é'");
        assert_eq!(literal("nul\0byte"), "E'nul\u{FFFD}byte'");
    }
}
