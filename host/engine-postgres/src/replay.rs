//! `tidegate bench`'s native baselines: the statements an apply executed,
//! replayed without the sandbox.

use std::time::Instant;

use sqlx::{AssertSqlSafe, Connection};
use tidegate_core::digest::Digest;
use tidegate_core::engine::{Engine, Replay, Session};
use tidegate_core::error::EngineError;
use tidegate_core::history::{Actor, AuditEvent, Event, HistoryChange, NewRow, RowStatus};

use crate::session::{NO_WAIT, PgSession};
use crate::{PgEngine, PgError, PgTarget};

/// The history table of the native replay: what `sqlx migrate` keeps.
const NATIVE_HISTORY: &str = "CREATE TABLE bench_history (
    version bigint PRIMARY KEY, description text NOT NULL,
    installed_on timestamptz NOT NULL DEFAULT now(), success boolean NOT NULL,
    checksum bytea NOT NULL, execution_time bigint NOT NULL)";

fn failed(id: &str) -> impl Fn(sqlx::Error) -> PgError {
    let id = id.to_string();
    move |e| PgError::query(format!("replaying {id}"), e)
}

/// Replay with sqlx, each migration in its own transaction, with or
/// without a history row; milliseconds per migration, from connecting
/// (and making the history table) to closing, as `sqlx migrate run` and
/// `apply` are timed. With `no_wait`, every commit but the last returns
/// before it is flushed, as `apply`'s do (the same statement travels in
/// front of the migration's).
pub(crate) async fn native(
    target: &PgTarget,
    migrations: &[Replay],
    history: bool,
    no_wait: bool,
) -> Result<f64, PgError> {
    let start = Instant::now();
    let mut conn = target.connect().await?;
    if history {
        sqlx::raw_sql(NATIVE_HISTORY)
            .execute(&mut conn)
            .await
            .map_err(failed("the history table"))?;
    }
    for (i, m) in migrations.iter().enumerate() {
        let one = Instant::now();
        let mut tx = conn.begin().await.map_err(failed(&m.id))?;
        let mut sql = m.statements.join(";\n");
        if no_wait && i + 1 < migrations.len() {
            sql.insert_str(0, &format!("{NO_WAIT};\n"));
        }
        sqlx::raw_sql(AssertSqlSafe(sql))
            .execute(&mut *tx)
            .await
            .map_err(failed(&m.id))?;
        if history {
            sqlx::query("INSERT INTO bench_history (version, description, success, checksum, execution_time) VALUES ($1, $2, true, $3, $4)")
                .bind(m.version as i64)
                .bind(&m.id)
                .bind(&[0u8; 32][..])
                .bind(one.elapsed().as_nanos() as i64)
                .execute(&mut *tx)
                .await
                .map_err(failed(&m.id))?;
        }
        tx.commit().await.map_err(failed(&m.id))?;
    }
    let _ = conn.close().await;
    Ok(start.elapsed().as_secs_f64() * 1000.0 / migrations.len().max(1) as f64)
}

/// [`tidegate_core::engine::Books::Guarded`]: what `apply` does at the
/// database, through this engine's own lock, session and history code,
/// without a guest and without the executor. The statements go as the
/// host sends a guest's (a transaction's control in front of the first;
/// each check query with the check's savepoint in front), and the fence
/// while the checks run. Milliseconds per migration, from connecting to
/// releasing.
pub(crate) async fn guarded(engine: &PgEngine, migrations: &[Replay]) -> Result<f64, EngineError> {
    let start = Instant::now();
    let (lock, conn) = tokio::join!(engine.lock(), engine.connection());
    let mut lock = lock?;
    let (conn, read) = conn?;
    let mut session = PgSession::new(
        conn,
        engine.history.clone(),
        engine.cfg.flush_each_commit,
        read,
    )
    .bounded(crate::answer_bound(engine.cfg.statement_timeout));
    let applied = async {
        session.prepare_history().await?;
        // The history, read again under the lock.
        session.history().await?;
        let actor = Actor::from_env();
        for (i, m) in migrations.iter().enumerate() {
            let one = Instant::now();
            session.begin().await?;
            if i + 1 < migrations.len() {
                session.commit_without_waiting();
            }
            for statement in &m.statements {
                let (sql, conn) = session.carrying(statement);
                sqlx::raw_sql(AssertSqlSafe(sql))
                    .execute(conn)
                    .await
                    .map_err(failed(&m.id))?;
            }
            let checks = async {
                session.begin_check().await?;
                for statement in &m.checks {
                    let (sql, conn) = session.carrying(statement);
                    sqlx::raw_sql(AssertSqlSafe(sql))
                        .fetch_all(conn)
                        .await
                        .map_err(failed(&m.id))?;
                }
                session.end_check().await
            };
            let (fenced, checked) = tokio::join!(lock.fence(), checks);
            fenced?;
            checked?;
            let digest = Digest::of(m.id.as_bytes());
            let duration_ms = Some(one.elapsed().as_millis() as i64);
            let row = NewRow {
                id: &m.id,
                version: m.version,
                description: &m.id,
                status: RowStatus::Applied,
                checksum: &digest,
                component: &digest,
                api_version: "0.2.0",
                transactional: true,
                duration_ms,
                error: None,
            };
            let event = Event {
                event: AuditEvent::Applied,
                id: &m.id,
                checksum: Some(&digest),
                component: Some(&digest),
                duration_ms,
                detail: None,
            };
            session
                .record(HistoryChange::Upsert(&row), &event, &actor)
                .await?;
            session.commit().await?;
        }
        Ok::<_, EngineError>(())
    }
    .await;
    // A failed migration's transaction is rolled back as the session closes.
    let released = lock.release().await;
    Box::new(session).close().await;
    applied?;
    released?;
    Ok(start.elapsed().as_secs_f64() * 1000.0 / migrations.len().max(1) as f64)
}
