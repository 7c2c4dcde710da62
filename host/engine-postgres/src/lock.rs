//! The apply lock: a session-level advisory lock on a dedicated connection.
//!
//! PostgreSQL releases it when the session ends, so a crashed or killed run
//! can never leave a stale lock behind. The other side of that coin: if the
//! lock's connection dies (network blip, `pg_terminate_backend`, failover)
//! the lock is gone and a second run can start. So before each migration
//! commits, [`AdvisoryLock::fence`] asks the server whether the backend
//! that took the lock is alive and still holds the key; if not, the run
//! stops and the migration rolls back.

use std::time::{Duration, Instant};

use async_trait::async_trait;
use sqlx::{AssertSqlSafe, Connection, PgConnection, Row};
use tidegate_core::engine::Lock;
use tidegate_core::error::EngineError;
use tidegate_core::lease::LockError;
use tidegate_core::metadata::EngineKind;

use crate::{PgError, PgTarget};

/// `pg_locks l` rows of a granted session advisory lock on the `bigint`
/// key `$1`.
macro_rules! held {
    () => {
        "l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 AND ((l.classid::bigint << 32) | l.objid::bigint) = $1"
    };
}

/// The fence: the backend `$2` is alive and holds the key `$1`.
const FENCE: &str = concat!("SELECT EXISTS (SELECT 1 FROM pg_locks l WHERE ", held!(), " AND l.pid = $2)");

/// Who holds the key `$1`.
const HOLDER: &str = concat!(
    "SELECT a.pid, a.application_name, to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS') \
     FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE ",
    held!()
);

pub struct AdvisoryLock {
    conn: PgConnection,
    key: i64,
    /// The backend that holds the lock.
    pid: i32,
    target: String,
    /// How long a fence may take before the lock counts as lost.
    patience: Duration,
}

impl AdvisoryLock {
    /// Poll `pg_try_advisory_lock` until it succeeds or `wait` runs out.
    pub async fn acquire(target: &PgTarget, key: i64, wait: Duration, patience: Duration) -> Result<Self, PgError> {
        let mut conn = target.connect().await?;
        // One simple query per attempt (the key is an integer literal): no
        // statement to prepare first, one round trip. The lock lives as
        // long as this idle session, so the first attempt also keeps a
        // server-side idle_session_timeout (PostgreSQL 14+) from ending it;
        // older servers do not know the setting, and do not end idle
        // sessions.
        let attempt = format!("SELECT pg_try_advisory_lock({key}), pg_backend_pid()");
        let mut sql = if conn.server_version_num().is_some_and(|v| v >= 140000) {
            format!("SET idle_session_timeout = 0; {attempt}")
        } else {
            attempt.clone()
        };
        let start = Instant::now();
        let mut delay = Duration::from_millis(25);
        loop {
            let row = sqlx::raw_sql(AssertSqlSafe(sql))
                .fetch_one(&mut conn)
                .await
                .map_err(|e| PgError::query("taking the migration lock", e))?;
            let (got, pid): (bool, i32) = row
                .try_get(0)
                .and_then(|got| Ok((got, row.try_get(1)?)))
                .map_err(|e| PgError::query("taking the migration lock", e))?;
            if got {
                return Ok(AdvisoryLock { conn, key, pid, target: target.to_string(), patience });
            }
            sql = attempt.clone();
            if start.elapsed() >= wait {
                let holder = holder(&mut conn, key).await;
                return Err(PgError::Lock(LockError::Busy {
                    engine: EngineKind::Postgres,
                    target: target.to_string(),
                    holder,
                    waited: start.elapsed(),
                    advice: "Let it finish, or raise postgres.advisory_lock_wait".into(),
                }));
            }
            tokio::time::sleep(delay.min(wait.saturating_sub(start.elapsed()))).await;
            delay = (delay * 2).min(Duration::from_millis(500));
        }
    }

    fn lost(&self, reason: String) -> PgError {
        PgError::Lock(LockError::Lost { engine: EngineKind::Postgres, target: self.target.clone(), reason })
    }
}

#[async_trait]
impl Lock for AdvisoryLock {
    async fn fence(&mut self) -> Result<(), EngineError> {
        let query = sqlx::query_scalar::<_, bool>(FENCE).bind(self.key).bind(self.pid).fetch_one(&mut self.conn);
        let reason = match tokio::time::timeout(self.patience, query).await {
            Ok(Ok(true)) => return Ok(()),
            Ok(Ok(false)) => format!("backend {} no longer holds the advisory lock", self.pid),
            Ok(Err(e)) => format!("its connection failed: {}", crate::describe_sqlx(&e)),
            Err(_) => format!("its connection did not answer within {:?}", self.patience),
        };
        Err(self.lost(reason).into())
    }

    async fn release(mut self: Box<Self>) -> Result<(), EngineError> {
        sqlx::raw_sql(AssertSqlSafe(format!("SELECT pg_advisory_unlock({})", self.key)))
            .execute(&mut self.conn)
            .await
            .map_err(|e| PgError::query("releasing the migration lock", e))?;
        let _ = self.conn.close().await;
        Ok(())
    }
}

async fn holder(conn: &mut PgConnection, key: i64) -> String {
    let row: Option<(i32, Option<String>, Option<String>)> = sqlx::query_as(HOLDER).bind(key).fetch_optional(conn).await.ok().flatten();
    match row {
        Some((pid, app, since)) => format!(
            "held by backend pid {pid}, application {}, connected since {}",
            app.unwrap_or_default(),
            since.unwrap_or_default()
        ),
        None => "holder unknown".into(),
    }
}
