//! PostgreSQL through sqlx: connections with timeouts, the guest-facing
//! `tidegate:migration/postgres` interface, and value conversion.

use std::str::FromStr;
use std::time::{Duration, Instant};

use futures_util::TryStreamExt;
use sqlx::postgres::{PgArguments, PgConnectOptions, PgRow, PgTypeInfo, PgTypeKind, PgValueRef};
use sqlx::{Arguments, AssertSqlSafe, Column, Connection, PgConnection, Postgres, Row, TypeInfo, ValueRef};

use crate::config::PostgresConfig;
use crate::metadata::EngineKind;
use crate::redact::redact_url;
use crate::runtime::bindings::latest::postgres::{self as wit, Value};
use crate::runtime::bindings::latest::types::{DatabaseError, HostError};
use crate::runtime::state::{truncate, HostState};
use crate::sql;

pub mod history;
pub mod lock;
pub mod snapshot;

/// Errors of the PostgreSQL adapter outside guest calls.
#[derive(Debug, thiserror::Error)]
pub enum PgError {
    #[error("no PostgreSQL URL is configured: pass --postgres-url, set TIDEGATE_POSTGRES_URL, or set postgres.url in tidegate.toml")]
    NoUrl,
    #[error("invalid PostgreSQL URL {url}: {message}")]
    BadUrl { url: String, message: String },
    #[error("cannot connect to PostgreSQL at {url}: {message}; check that the server is up and the URL is right")]
    Connect { url: String, message: String },
    #[error("PostgreSQL error while {doing}: {message}")]
    Query { doing: String, message: String },
}

impl PgError {
    pub fn query(doing: impl Into<String>, e: sqlx::Error) -> Self {
        PgError::Query { doing: doing.into(), message: describe_sqlx(&e) }
    }
}

/// A parsed, connectable target; displays without its password.
#[derive(Clone)]
pub struct PgTarget {
    options: PgConnectOptions,
    display: String,
}

impl std::fmt::Display for PgTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display)
    }
}

impl std::fmt::Debug for PgTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PgTarget({})", self.display)
    }
}

impl PgTarget {
    pub fn new(cfg: &PostgresConfig) -> Result<Self, PgError> {
        let url = cfg.url.as_deref().ok_or(PgError::NoUrl)?;
        let display = redact_url(url);
        let options = PgConnectOptions::from_str(url)
            .map_err(|e| PgError::BadUrl { url: display.clone(), message: describe_sqlx(&e) })?
            .application_name("tidegate")
            .options([
                ("statement_timeout", millis(cfg.statement_timeout)),
                ("lock_timeout", millis(cfg.lock_timeout)),
                ("idle_in_transaction_session_timeout", millis(cfg.statement_timeout.max(Duration::from_secs(60)) * 2)),
            ]);
        Ok(PgTarget { options, display })
    }

    pub async fn connect(&self) -> Result<PgConnection, PgError> {
        PgConnection::connect_with(&self.options)
            .await
            .map_err(|e| PgError::Connect { url: self.display.clone(), message: describe_sqlx(&e) })
    }
}

fn millis(d: Duration) -> String {
    d.as_millis().to_string()
}

/// The connection a guest's statements run on.
pub struct PgSession {
    pub conn: PgConnection,
    /// In a dry run, `CONCURRENTLY` is dropped from index builds so that they
    /// can run inside the plan's transaction.
    pub dry_run: bool,
}

impl PgSession {
    pub fn new(conn: PgConnection, dry_run: bool) -> Self {
        PgSession { conn, dry_run }
    }
}

/// One line for an sqlx error, with SQLSTATE and detail when present.
pub fn describe_sqlx(e: &sqlx::Error) -> String {
    match e {
        sqlx::Error::Database(db) => {
            let db = db.downcast_ref::<sqlx::postgres::PgDatabaseError>();
            let mut s = format!("{} (SQLSTATE {})", db.message(), db.code());
            if let Some(d) = db.detail() {
                s.push_str(&format!("; {d}"));
            }
            if let Some(h) = db.hint() {
                s.push_str(&format!("; hint: {h}"));
            }
            s
        }
        other => other.to_string(),
    }
}

fn host_error(e: sqlx::Error) -> HostError {
    match e {
        sqlx::Error::Database(db) => {
            let db = db.downcast_ref::<sqlx::postgres::PgDatabaseError>();
            HostError::Database(DatabaseError {
                code: db.code().to_string(),
                message: db.message().to_string(),
                detail: db.detail().map(str::to_string),
                hint: db.hint().map(str::to_string),
            })
        }
        sqlx::Error::Io(e) => HostError::Unavailable(format!("connection to PostgreSQL failed: {e}")),
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Tls(_) => {
            HostError::Unavailable(e.to_string())
        }
        other => HostError::Conversion(other.to_string()),
    }
}

/// `CREATE [UNIQUE] INDEX CONCURRENTLY` and `DROP INDEX CONCURRENTLY` refuse
/// a transaction block; in a dry run they are simulated without the keyword.
pub fn strip_concurrently(statement: &str) -> Option<String> {
    let words: Vec<&str> = statement.split_whitespace().take(4).collect();
    let upper: Vec<String> = words.iter().map(|w| w.to_ascii_uppercase()).collect();
    let upper: Vec<&str> = upper.iter().map(String::as_str).collect();
    let at = match upper.as_slice() {
        ["CREATE", "INDEX", "CONCURRENTLY", ..] | ["DROP", "INDEX", "CONCURRENTLY", ..] => 2,
        ["CREATE", "UNIQUE", "INDEX", "CONCURRENTLY"] => 3,
        _ => return None,
    };
    let mut rest = statement;
    let mut prefix = String::new();
    for _ in 0..at {
        let trimmed = rest.trim_start();
        let end = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
        prefix.push_str(&trimmed[..end]);
        prefix.push(' ');
        rest = &trimmed[end..];
    }
    let rest = rest.trim_start();
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    Some(format!("{prefix}{}", rest[end..].trim_start()))
}

const CONCURRENTLY_NOTE: &str = "dry run: simulated without CONCURRENTLY inside the plan's transaction";

impl HostState {
    fn pg_session(&mut self) -> Result<&mut PgSession, HostError> {
        self.permit(EngineKind::Postgres)?;
        self.sessions.pg.as_mut().ok_or_else(|| {
            HostError::Unavailable("no PostgreSQL connection is configured for this run; set TIDEGATE_POSTGRES_URL".into())
        })
    }

    fn check_statement(&self, statement: &str) -> Result<(), HostError> {
        if statement.len() > self.caps.statement_bytes {
            return Err(HostError::LimitExceeded(format!(
                "statement is {} bytes, over the {}-byte cap; split it or load data in batches with parameters",
                statement.len(),
                self.caps.statement_bytes
            )));
        }
        for stmt in sql::split_statements(statement) {
            if sql::is_transaction_control(stmt) {
                return Err(HostError::NotPermitted(format!(
                    "`{}` controls the transaction, which the host owns; declare the migration non-transactional instead",
                    truncate(stmt.to_string(), 60)
                )));
            }
        }
        Ok(())
    }

    fn check_params(&self, params: &[Value]) -> Result<(), HostError> {
        if params.len() > self.caps.params {
            return Err(HostError::LimitExceeded(format!(
                "{} parameters, over the cap of {}",
                params.len(),
                self.caps.params
            )));
        }
        let bytes: usize = params.iter().map(value_size).sum();
        if bytes > self.caps.param_bytes {
            return Err(HostError::LimitExceeded(format!(
                "parameters total {bytes} bytes, over the {}-byte cap; send the data in smaller batches",
                self.caps.param_bytes
            )));
        }
        Ok(())
    }

    async fn timed<T>(&mut self, f: impl AsyncFnOnce(&mut Self) -> Result<T, HostError>) -> Result<T, HostError> {
        let start = Instant::now();
        let result = f(self).await;
        self.host_time += start.elapsed();
        result
    }

    fn journal(&mut self, text: String, params: usize, rows: Option<u64>, start: Instant, error: Option<&HostError>, note: Option<&str>) {
        self.journal_entry(EngineKind::Postgres, text, params, rows, start, error, note);
    }

    async fn run_one(&mut self, statement: String, params: Vec<Value>) -> Result<u64, HostError> {
        let nparams = params.len();
        let session = self.pg_session()?;
        let rewritten = if session.dry_run { strip_concurrently(&statement) } else { None };
        let note = rewritten.is_some().then_some(CONCURRENTLY_NOTE);
        let start = Instant::now();
        let result = async {
            let sql = rewritten.clone().unwrap_or_else(|| statement.clone());
            if params.is_empty() {
                sqlx::raw_sql(AssertSqlSafe(sql)).execute(&mut session.conn).await
            } else {
                let args = bind_all(params)?;
                sqlx::query_with(AssertSqlSafe(sql), args).persistent(false).execute(&mut session.conn).await
            }
            .map(|r| r.rows_affected())
            .map_err(host_error)
        }
        .await;
        self.journal(statement, nparams, result.as_ref().ok().copied(), start, result.as_ref().err(), note);
        result
    }
}

impl wit::Host for HostState {
    async fn execute(&mut self, statement: String, params: Vec<Value>) -> Result<u64, HostError> {
        self.timed(async |s| {
            s.pg_session()?;
            s.check_statement(&statement)?;
            s.check_params(&params)?;
            s.run_one(statement, params).await
        })
        .await
    }

    async fn batch_execute(&mut self, script: String) -> Result<(), HostError> {
        self.timed(async |s| {
            s.pg_session()?;
            s.check_statement(&script)?;
            // One statement at a time: a multi-statement simple query is one
            // implicit transaction, which CONCURRENTLY refuses, and separate
            // statements give the plan one journal entry each.
            let statements: Vec<String> = sql::split_statements(&script).into_iter().map(str::to_string).collect();
            for statement in statements {
                s.run_one(statement, Vec::new()).await?;
            }
            Ok(())
        })
        .await
    }

    async fn query(&mut self, statement: String, params: Vec<Value>) -> Result<wit::RowSet, HostError> {
        self.timed(async |s| {
            s.pg_session()?;
            s.check_statement(&statement)?;
            s.check_params(&params)?;
            let (max_rows, max_bytes) = (s.caps.result_rows, s.caps.result_bytes);
            let nparams = params.len();
            let start = Instant::now();
            let session = s.pg_session()?;
            let result = async {
                let args = bind_all(params)?;
                let mut stream = sqlx::query_with(AssertSqlSafe(statement.clone()), args)
                    .persistent(false)
                    .fetch(&mut session.conn);
                let mut set = wit::RowSet { columns: Vec::new(), rows: Vec::new() };
                let mut bytes = 0usize;
                while let Some(row) = stream.try_next().await.map_err(host_error)? {
                    if set.columns.is_empty() {
                        set.columns = row
                            .columns()
                            .iter()
                            .map(|c| wit::Column {
                                name: c.name().to_string(),
                                type_name: c.type_info().name().to_ascii_lowercase(),
                            })
                            .collect();
                    }
                    let values = decode_row(&row)?;
                    bytes += values.iter().map(value_size).sum::<usize>();
                    if set.rows.len() >= max_rows || bytes > max_bytes {
                        return Err(HostError::LimitExceeded(format!(
                            "query result is over the cap of {max_rows} rows or {max_bytes} bytes; add a LIMIT and read in batches"
                        )));
                    }
                    set.rows.push(values);
                }
                Ok(set)
            }
            .await;
            let rows = result.as_ref().ok().map(|r| r.rows.len() as u64);
            s.journal(statement, nparams, rows, start, result.as_ref().err(), None);
            result
        })
        .await
    }
}

fn value_size(v: &Value) -> usize {
    match v {
        Value::Text(s) | Value::Json(s) | Value::Uuid(s) | Value::Numeric(s) | Value::Date(s) | Value::Timestamp(s) | Value::Timestamptz(s) => s.len(),
        Value::Bytea(b) => b.len(),
        _ => 8,
    }
}

/// A NULL whose type the server infers from context.
struct UntypedNull;

impl sqlx::Type<Postgres> for UntypedNull {
    fn type_info() -> PgTypeInfo {
        PgTypeInfo::with_oid(sqlx::postgres::types::Oid(0))
    }
}

impl sqlx::Encode<'_, Postgres> for UntypedNull {
    fn encode_by_ref(&self, _: &mut sqlx::postgres::PgArgumentBuffer) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
        Ok(sqlx::encode::IsNull::Yes)
    }
}

fn conversion(what: &str, text: &str, e: impl std::fmt::Display) -> HostError {
    HostError::Conversion(format!("parameter {what} `{}` is invalid: {e}", truncate(text.to_string(), 80)))
}

fn bind_all(params: Vec<Value>) -> Result<PgArguments, HostError> {
    let mut args = PgArguments::default();
    for p in params {
        let added = match p {
            Value::Null => args.add(UntypedNull),
            Value::Boolean(v) => args.add(v),
            Value::Int16(v) => args.add(v),
            Value::Int32(v) => args.add(v),
            Value::Int64(v) => args.add(v),
            Value::Float32(v) => args.add(v),
            Value::Float64(v) => args.add(v),
            Value::Text(v) => args.add(v),
            Value::Bytea(v) => args.add(v),
            Value::Json(v) => {
                let json: serde_json::Value = serde_json::from_str(&v).map_err(|e| conversion("json", &v, e))?;
                args.add(sqlx::types::Json(json))
            }
            Value::Uuid(v) => args.add(uuid::Uuid::parse_str(&v).map_err(|e| conversion("uuid", &v, e))?),
            Value::Numeric(v) => args.add(
                rust_decimal::Decimal::from_str_exact(&v)
                    .map_err(|e| conversion("numeric", &v, format!("{e}; pass it as text and cast with $n::numeric")))?,
            ),
            Value::Date(v) => args.add(chrono::NaiveDate::from_str(&v).map_err(|e| conversion("date", &v, e))?),
            Value::Timestamp(v) => args.add(chrono::NaiveDateTime::from_str(&v).map_err(|e| conversion("timestamp", &v, e))?),
            Value::Timestamptz(v) => args.add(
                chrono::DateTime::parse_from_rfc3339(&v)
                    .map_err(|e| conversion("timestamptz", &v, e))?
                    .with_timezone(&chrono::Utc),
            ),
        };
        added.map_err(|e| HostError::Conversion(e.to_string()))?;
    }
    Ok(args)
}

fn decode_row(row: &PgRow) -> Result<Vec<Value>, HostError> {
    (0..row.columns().len()).map(|i| decode(row, i)).collect()
}

fn decode(row: &PgRow, i: usize) -> Result<Value, HostError> {
    let raw: PgValueRef<'_> = row.try_get_raw(i).map_err(host_error)?;
    if raw.is_null() {
        return Ok(Value::Null);
    }
    let info = raw.type_info().into_owned();
    let get = |e: sqlx::Error| host_error(e);
    Ok(match info.name() {
        "BOOL" => Value::Boolean(row.try_get(i).map_err(get)?),
        "INT2" => Value::Int16(row.try_get(i).map_err(get)?),
        "INT4" => Value::Int32(row.try_get(i).map_err(get)?),
        "INT8" => Value::Int64(row.try_get(i).map_err(get)?),
        "OID" => Value::Int64(row.try_get::<sqlx::postgres::types::Oid, _>(i).map_err(get)?.0.into()),
        "FLOAT4" => Value::Float32(row.try_get(i).map_err(get)?),
        "FLOAT8" => Value::Float64(row.try_get(i).map_err(get)?),
        "TEXT" | "VARCHAR" | "BPCHAR" | "NAME" | "CHAR" | "CITEXT" => Value::Text(row.try_get(i).map_err(get)?),
        "BYTEA" => Value::Bytea(row.try_get(i).map_err(get)?),
        "JSON" | "JSONB" => Value::Json(row.try_get::<serde_json::Value, _>(i).map_err(get)?.to_string()),
        "UUID" => Value::Uuid(row.try_get::<uuid::Uuid, _>(i).map_err(get)?.to_string()),
        "NUMERIC" => Value::Numeric(row.try_get::<rust_decimal::Decimal, _>(i).map_err(get)?.to_string()),
        "DATE" => Value::Date(row.try_get::<chrono::NaiveDate, _>(i).map_err(get)?.to_string()),
        "TIMESTAMP" => Value::Timestamp(
            row.try_get::<chrono::NaiveDateTime, _>(i).map_err(get)?.format("%Y-%m-%dT%H:%M:%S%.f").to_string(),
        ),
        "TIMESTAMPTZ" => Value::Timestamptz(
            row.try_get::<chrono::DateTime<chrono::Utc>, _>(i)
                .map_err(get)?
                .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
        ),
        _ if matches!(info.kind(), PgTypeKind::Enum(_)) => Value::Text(row.try_get_unchecked(i).map_err(get)?),
        other => {
            return Err(HostError::Conversion(format!(
                "column `{}` has type {} which has no tidegate value; cast it in the query, e.g. `{}::text`",
                row.columns()[i].name(),
                other.to_ascii_lowercase(),
                row.columns()[i].name()
            )));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_concurrently_only_from_index_builds() {
        assert_eq!(
            strip_concurrently("CREATE INDEX CONCURRENTLY users_x ON users (x)").as_deref(),
            Some("CREATE INDEX users_x ON users (x)")
        );
        assert_eq!(
            strip_concurrently("create unique index concurrently u on t (a)").as_deref(),
            Some("create unique index u on t (a)")
        );
        assert_eq!(strip_concurrently("DROP INDEX CONCURRENTLY i").as_deref(), Some("DROP INDEX i"));
        assert_eq!(strip_concurrently("CREATE INDEX i ON t (a)"), None);
        assert_eq!(strip_concurrently("SELECT 'CREATE INDEX CONCURRENTLY'"), None);
    }
}
