//! The guest-facing `tidegate:migration/postgres` interface, in every API
//! version that has it, on PostgreSQL's own view of the store: the call's
//! bookkeeping and this run's [`PgSession`].

use std::str::FromStr;
use std::time::Instant;

use futures_util::TryStreamExt;
use sqlx::postgres::{PgArguments, PgRow, PgTypeInfo, PgTypeKind, PgValueRef};
use sqlx::{Arguments, AssertSqlSafe, Column, Postgres, Row, TypeInfo, ValueRef};
use tidegate_core::journal::truncate;
use tidegate_core::metadata::EngineKind;
use tidegate_runtime::bindings::latest::postgres::{self as wit, Value};
use tidegate_runtime::bindings::latest::types::{DatabaseError, HostError};
use tidegate_runtime::bindings::{list, v0_1_0 as old};
use tidegate_runtime::state::{Call, HostState, View};
use wasmtime::component::{HasData, Linker};

use crate::session::PgSession;
use crate::sql;

/// PostgreSQL's view of a guest's store.
pub struct PgView<'a>(View<'a, PgSession>);

struct PgHost;

impl HasData for PgHost {
    type Data<'a> = PgView<'a>;
}

/// Link `tidegate:migration/postgres` of every API version.
pub fn link(linker: &mut Linker<HostState>) -> wasmtime::Result<()> {
    wit::add_to_linker::<HostState, PgHost>(linker, |s| PgView(s.view()))?;
    old::tidegate::migration::postgres::add_to_linker::<HostState, PgHost>(linker, |s| {
        PgView(s.view())
    })?;
    Ok(())
}

const MISSING: &str =
    "no PostgreSQL connection is configured for this run; set TIDEGATE_POSTGRES_URL";

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
        sqlx::Error::Io(e) => {
            HostError::Unavailable(format!("connection to PostgreSQL failed: {e}"))
        }
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Tls(_) => {
            HostError::Unavailable(e.to_string())
        }
        other => HostError::Conversion(other.to_string()),
    }
}

/// The deferred transaction control failed before a guest's statement.
fn session_error(e: crate::PgError) -> HostError {
    match e {
        crate::PgError::Query { source, .. } => host_error(source),
        other => HostError::Unavailable(other.to_string()),
    }
}

/// `CREATE [UNIQUE] INDEX CONCURRENTLY` and `DROP INDEX CONCURRENTLY` refuse
/// a transaction block; in a dry run they are simulated without the keyword.
pub fn strip_concurrently(full: &str) -> Option<String> {
    // Leading comments (a suppression, a note) stay in front.
    let (lead, statement) = full.split_at(sql::text_start(full));
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
    Some(format!("{lead}{prefix}{}", rest[end..].trim_start()))
}

const CONCURRENTLY_NOTE: &str =
    "dry run: simulated without CONCURRENTLY inside the plan's transaction";

fn check_statement(call: &Call, statement: &str) -> Result<(), HostError> {
    let cap = call.caps().statement_bytes;
    if statement.len() > cap {
        return Err(HostError::LimitExceeded(format!(
            "statement is {} bytes, over the {cap}-byte cap; split it or load data in batches with parameters",
            statement.len()
        )));
    }
    if let Some(why) = crate::guard::escape(statement) {
        return Err(HostError::NotPermitted(why));
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

fn check_params(call: &Call, params: &[Value]) -> Result<(), HostError> {
    let caps = call.caps();
    if params.len() > caps.params {
        return Err(HostError::LimitExceeded(format!(
            "{} parameters, over the cap of {}",
            params.len(),
            caps.params
        )));
    }
    let bytes: usize = params.iter().map(value_size).sum();
    if bytes > caps.param_bytes {
        return Err(HostError::LimitExceeded(format!(
            "parameters total {bytes} bytes, over the {}-byte cap; send the data in smaller batches",
            caps.param_bytes
        )));
    }
    Ok(())
}

/// Run a guest's call on the session within its bound: a server that
/// stopped answering fails the call (and the session) instead of holding
/// the run.
async fn within<T>(
    session: &mut PgSession,
    op: impl AsyncFnOnce(&mut PgSession) -> Result<T, HostError>,
) -> Result<T, HostError> {
    match session
        .guarded("running a migration's statement", async |s| {
            Ok::<_, crate::PgError>(op(s).await)
        })
        .await
    {
        Ok(done) => done,
        Err(e) => Err(HostError::Unavailable(e.to_string())),
    }
}

/// Run one statement and journal it.
async fn run_one(
    call: &mut Call,
    session: &mut PgSession,
    statement: String,
    params: Vec<Value>,
) -> Result<u64, HostError> {
    let nparams = params.len();
    let rewritten = if session.dry_run {
        strip_concurrently(&statement)
    } else {
        None
    };
    let note = rewritten.is_some().then_some(CONCURRENTLY_NOTE);
    let start = Instant::now();
    prepare(call, session).await?;
    let run = async |session: &mut PgSession| {
        within(session, async |session| {
            let sql = rewritten.clone().unwrap_or_else(|| statement.clone());
            if params.is_empty() && session.may_carry() {
                // The deferred `BEGIN` travels with the migration's first
                // statement.
                let (sql, conn) = session.carrying(&sql);
                sqlx::raw_sql(AssertSqlSafe(sql)).execute(conn).await
            } else {
                let conn = session.conn().await.map_err(session_error)?;
                if params.is_empty() {
                    sqlx::raw_sql(AssertSqlSafe(sql)).execute(conn).await
                } else {
                    let args = bind_all(params)?;
                    sqlx::query_with(AssertSqlSafe(sql), args)
                        .persistent(false)
                        .execute(conn)
                        .await
                }
            }
            .map(|r| r.rows_affected())
            .map_err(host_error)
        })
        .await
    };
    // A statement that sets its own limit is bounded by it, not by ours.
    let result = if statement.to_ascii_lowercase().contains("statement_timeout") {
        session.own_timeout(run).await
    } else {
        run(session).await
    };
    let (result, mut touches) = watched(call, session, result).await;
    if rewritten.is_some() {
        // Simulated without CONCURRENTLY: the locks it took here are not
        // the ones it takes in `apply`.
        for t in &mut touches {
            t.lock = None;
            t.blocks_writes = false;
            t.blocks_reads = false;
        }
    }
    call.record(
        EngineKind::Postgres,
        statement,
        nparams,
        result.as_ref().ok().copied(),
        start,
        result.as_ref().err(),
        note,
    );
    call.observed(touches);
    result
}

/// Before a guest's statement: it runs as the migration role, and a
/// watched migration's starting point is read.
async fn prepare(call: &Call, session: &mut PgSession) -> Result<(), HostError> {
    session.as_migrator();
    if let Some((_, observer)) = session.guard.watch.as_mut() {
        observer.declared_in = call.declared_in();
    }
    if !call.read_only() {
        session.start_watch().await.map_err(session_error)?;
    }
    Ok(())
}

/// After a guest's statement that succeeded, in a dry run: what it
/// touched; touching what the module did not declare fails it.
async fn watched<T>(
    call: &Call,
    session: &mut PgSession,
    result: Result<T, HostError>,
) -> (Result<T, HostError>, Vec<tidegate_core::journal::Touch>) {
    if result.is_err() || call.read_only() || !session.watching_each() {
        return (result, Vec::new());
    }
    match session.observe().await {
        Ok(Some(observed)) => match observed.violation {
            Some(v) => (Err(HostError::NotPermitted(v)), observed.touches),
            None => (result, observed.touches),
        },
        Ok(None) => (result, Vec::new()),
        Err(e) => (Err(session_error(e)), Vec::new()),
    }
}

impl wit::Host for PgView<'_> {
    async fn execute(&mut self, statement: String, params: Vec<Value>) -> Result<u64, HostError> {
        self.0
            .run(EngineKind::Postgres, MISSING, async |call, session| {
                check_statement(call, &statement)?;
                check_params(call, &params)?;
                run_one(call, session, statement, params).await
            })
            .await
    }

    async fn batch_execute(&mut self, script: String) -> Result<(), HostError> {
        self.0
            .run(EngineKind::Postgres, MISSING, async |call, session| {
                check_statement(call, &script)?;
                // One statement at a time: a multi-statement simple query is
                // one implicit transaction, which CONCURRENTLY refuses, and
                // separate statements give the plan one journal entry each.
                for statement in sql::split_statements(&script) {
                    run_one(call, session, statement.to_string(), Vec::new()).await?;
                }
                Ok(())
            })
            .await
    }

    async fn query(
        &mut self,
        statement: String,
        params: Vec<Value>,
    ) -> Result<wit::RowSet, HostError> {
        self.0
            .run(EngineKind::Postgres, MISSING, async |call, session| {
                check_statement(call, &statement)?;
                check_params(call, &params)?;
                let caps = Caps {
                    rows: call.caps().result_rows,
                    bytes: call.caps().result_bytes,
                };
                let nparams = params.len();
                let start = Instant::now();
                prepare(call, session).await?;
                let result = within(session, async |session| {
                    // A check's query without parameters goes as a simple
                    // query, with the check's savepoint in front: one round
                    // trip instead of three. Its values then come as text,
                    // which only the types in `TEXT_SAFE` are read from; a
                    // result with any other type is read again as binary
                    // (a check cannot write: it is rolled back).
                    if params.is_empty()
                        && session.in_check()
                        && sql::split_statements(&statement).len() == 1
                    {
                        let (sql, conn) = session.carrying(&statement);
                        if let Some(set) = fetch(
                            sqlx::raw_sql(AssertSqlSafe(sql)).fetch(conn),
                            caps,
                            Protocol::Text,
                        )
                        .await?
                        {
                            return Ok(set);
                        }
                    }
                    let args = bind_all(params)?;
                    let conn = session.conn().await.map_err(session_error)?;
                    let rows = sqlx::query_with(AssertSqlSafe(statement.clone()), args)
                        .persistent(false)
                        .fetch(conn);
                    Ok(fetch(rows, caps, Protocol::Binary)
                        .await?
                        .expect("binary results are always read"))
                })
                .await;
                let (result, touches) = watched(call, session, result).await;
                let rows = result.as_ref().ok().map(|r| r.rows.len() as u64);
                call.record(
                    EngineKind::Postgres,
                    statement,
                    nparams,
                    rows,
                    start,
                    result.as_ref().err(),
                    None,
                );
                call.observed(touches);
                result
            })
            .await
    }
}

/// The caps on a query's result.
#[derive(Clone, Copy)]
struct Caps {
    rows: usize,
    bytes: usize,
}

/// How a result's values arrive.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Protocol {
    /// Extended query protocol: binary values.
    Binary,
    /// Simple query protocol: text values, read only for [`TEXT_SAFE`] types.
    Text,
}

/// Types whose text form no session setting changes (unlike `DateStyle`,
/// `TimeZone`, `extra_float_digits` or `bytea_output`) and which decode
/// from text to the value they decode to from binary.
const TEXT_SAFE: [&str; 13] = [
    "BOOL", "INT2", "INT4", "INT8", "OID", "TEXT", "VARCHAR", "BPCHAR", "NAME", "UUID", "NUMERIC",
    "JSON", "JSONB",
];

/// Read a query's rows into a result set, within `caps`. `None` when the
/// values are text and a column's type is not in [`TEXT_SAFE`]: read them
/// again as binary.
async fn fetch(
    mut rows: impl futures_util::Stream<Item = Result<PgRow, sqlx::Error>> + Unpin,
    caps: Caps,
    protocol: Protocol,
) -> Result<Option<wit::RowSet>, HostError> {
    let mut set = wit::RowSet {
        columns: Vec::new(),
        rows: Vec::new(),
    };
    let (mut count, mut bytes, mut readable) = (0usize, 0usize, true);
    while let Some(row) = rows.try_next().await.map_err(host_error)? {
        if count == 0 {
            // The rest is still read, so that the connection is ready for
            // the next query.
            readable = protocol == Protocol::Binary
                || row
                    .columns()
                    .iter()
                    .all(|c| TEXT_SAFE.contains(&c.type_info().name()));
            set.columns = row
                .columns()
                .iter()
                .map(|c| wit::Column {
                    name: c.name().to_string(),
                    type_name: c.type_info().name().to_ascii_lowercase(),
                })
                .collect();
        }
        count += 1;
        if readable {
            let values = decode_row(&row)?;
            bytes += values.iter().map(value_size).sum::<usize>();
            set.rows.push(values);
        }
        if count > caps.rows || bytes > caps.bytes {
            return Err(HostError::LimitExceeded(format!(
                "query result is over the cap of {} rows or {} bytes; add a LIMIT and read in batches",
                caps.rows, caps.bytes
            )));
        }
    }
    Ok(readable.then_some(set))
}

/// API 0.1.0, by conversion to the latest types.
impl old::tidegate::migration::postgres::Host for PgView<'_> {
    async fn execute(
        &mut self,
        statement: String,
        params: Vec<old::postgres::Value>,
    ) -> Result<u64, old::types::HostError> {
        wit::Host::execute(self, statement, list(params))
            .await
            .map_err(Into::into)
    }

    async fn query(
        &mut self,
        statement: String,
        params: Vec<old::postgres::Value>,
    ) -> Result<old::postgres::RowSet, old::types::HostError> {
        wit::Host::query(self, statement, list(params))
            .await
            .map(Into::into)
            .map_err(Into::into)
    }

    async fn batch_execute(&mut self, script: String) -> Result<(), old::types::HostError> {
        wit::Host::batch_execute(self, script)
            .await
            .map_err(Into::into)
    }
}

fn value_size(v: &Value) -> usize {
    match v {
        Value::Text(s)
        | Value::Json(s)
        | Value::Uuid(s)
        | Value::Numeric(s)
        | Value::Date(s)
        | Value::Timestamp(s)
        | Value::Timestamptz(s) => s.len(),
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
    fn encode_by_ref(
        &self,
        _: &mut sqlx::postgres::PgArgumentBuffer,
    ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
        Ok(sqlx::encode::IsNull::Yes)
    }
}

fn conversion(what: &str, text: &str, e: impl std::fmt::Display) -> HostError {
    HostError::Conversion(format!(
        "parameter {what} `{}` is invalid: {e}",
        truncate(text.to_string(), 80)
    ))
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
                let json: serde_json::Value =
                    serde_json::from_str(&v).map_err(|e| conversion("json", &v, e))?;
                args.add(sqlx::types::Json(json))
            }
            Value::Uuid(v) => {
                args.add(uuid::Uuid::parse_str(&v).map_err(|e| conversion("uuid", &v, e))?)
            }
            Value::Numeric(v) => {
                args.add(rust_decimal::Decimal::from_str_exact(&v).map_err(|e| {
                    conversion(
                        "numeric",
                        &v,
                        format!("{e}; pass it as text and cast with $n::numeric"),
                    )
                })?)
            }
            Value::Date(v) => {
                args.add(chrono::NaiveDate::from_str(&v).map_err(|e| conversion("date", &v, e))?)
            }
            Value::Timestamp(v) => args.add(
                chrono::NaiveDateTime::from_str(&v).map_err(|e| conversion("timestamp", &v, e))?,
            ),
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
        "OID" => Value::Int64(
            row.try_get::<sqlx::postgres::types::Oid, _>(i)
                .map_err(get)?
                .0
                .into(),
        ),
        "FLOAT4" => Value::Float32(row.try_get(i).map_err(get)?),
        "FLOAT8" => Value::Float64(row.try_get(i).map_err(get)?),
        "TEXT" | "VARCHAR" | "BPCHAR" | "NAME" | "CHAR" | "CITEXT" => {
            Value::Text(row.try_get(i).map_err(get)?)
        }
        "BYTEA" => Value::Bytea(row.try_get(i).map_err(get)?),
        "JSON" | "JSONB" => Value::Json(
            row.try_get::<serde_json::Value, _>(i)
                .map_err(get)?
                .to_string(),
        ),
        "UUID" => Value::Uuid(row.try_get::<uuid::Uuid, _>(i).map_err(get)?.to_string()),
        "NUMERIC" => Value::Numeric(
            row.try_get::<rust_decimal::Decimal, _>(i)
                .map_err(get)?
                .to_string(),
        ),
        "DATE" => Value::Date(
            row.try_get::<chrono::NaiveDate, _>(i)
                .map_err(get)?
                .to_string(),
        ),
        "TIMESTAMP" => Value::Timestamp(
            row.try_get::<chrono::NaiveDateTime, _>(i)
                .map_err(get)?
                .format("%Y-%m-%dT%H:%M:%S%.f")
                .to_string(),
        ),
        "TIMESTAMPTZ" => Value::Timestamptz(
            row.try_get::<chrono::DateTime<chrono::Utc>, _>(i)
                .map_err(get)?
                .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
        ),
        _ if matches!(info.kind(), PgTypeKind::Enum(_)) => {
            Value::Text(row.try_get_unchecked(i).map_err(get)?)
        }
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
        assert_eq!(
            strip_concurrently("DROP INDEX CONCURRENTLY i").as_deref(),
            Some("DROP INDEX i")
        );
        assert_eq!(strip_concurrently("CREATE INDEX i ON t (a)"), None);
        assert_eq!(
            strip_concurrently("-- why\nCREATE INDEX CONCURRENTLY i ON t (a)").as_deref(),
            Some("-- why\nCREATE INDEX i ON t (a)")
        );
        assert_eq!(
            strip_concurrently("SELECT 'CREATE INDEX CONCURRENTLY'"),
            None
        );
    }
}
