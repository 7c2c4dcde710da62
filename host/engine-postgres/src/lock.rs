//! The apply lock: a session-level advisory lock on a dedicated connection.
//!
//! PostgreSQL releases it when the session ends, so a crashed or killed run
//! can never leave a stale lock behind. The other side of that coin: if the
//! lock's connection dies (network blip, `pg_terminate_backend`, failover)
//! the lock is gone and a second run can start. So before each migration
//! commits, [`AdvisoryLock::fence`] asks the server whether the backend
//! that took the lock is alive and still holds the key; if not, the run
//! stops and the migration rolls back.
//!
//! The lock's connection would otherwise sit idle while migrations run,
//! and an idle-timeout middlebox (an AWS NLB drops a flow idle for 350 s)
//! would cut it: the fence would then report the lock lost while the
//! server, which saw no reset, kept the session and its lock for hours,
//! and every later run would wait for it. So a heartbeat asks the fence's
//! question on it every `postgres.keepalive`, and the server's own TCP
//! keepalives (set on every connection, see `keepalives`) let it notice a
//! dead client and release the lock within minutes.
//!
//! Advisory keys are per database: every query here reads only the locks
//! of the connection's own database.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use sqlx::{AssertSqlSafe, PgConnection, Row};
use tidegate_core::engine::Lock;
use tidegate_core::error::EngineError;
use tidegate_core::lease::LockError;
use tidegate_core::metadata::EngineKind;

use crate::{PgError, PgTarget};

/// `pg_locks l` rows of a granted session advisory lock on the `bigint`
/// key `$1`, in the current database.
macro_rules! held {
    () => {
        "l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 AND ((l.classid::bigint << 32) | l.objid::bigint) = $1 \
         AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
    };
}

/// The fence: the backend `$2` is alive and holds the key `$1`.
const FENCE: &str = concat!(
    "SELECT EXISTS (SELECT 1 FROM pg_locks l WHERE ",
    held!(),
    " AND l.pid = $2)"
);

/// Who holds the key `$1`.
const HOLDER: &str = concat!(
    "SELECT a.pid, a.application_name, to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS') \
     FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE ",
    held!(),
    " ORDER BY a.pid"
);

pub struct AdvisoryLock {
    /// The lock's connection, shared by the fence and the heartbeat.
    conn: Arc<tokio::sync::Mutex<PgConnection>>,
    key: i64,
    /// The backend that holds the lock.
    pid: i32,
    target: String,
    /// How long a fence may take before the lock counts as lost.
    patience: Duration,
    /// Why the heartbeat found the lock lost, once it did.
    lost: Arc<Mutex<Option<String>>>,
    heartbeat: tokio::task::JoinHandle<()>,
}

/// Ask, on the lock's connection, whether backend `pid` still holds `key`:
/// `Err(reason)` when it does not, or the connection does not answer
/// within `patience`.
async fn still_held(
    conn: &mut PgConnection,
    key: i64,
    pid: i32,
    patience: Duration,
) -> Result<(), String> {
    let query = sqlx::query_scalar::<_, bool>(FENCE)
        .bind(key)
        .bind(pid)
        .fetch_one(conn);
    match tokio::time::timeout(patience, query).await {
        Ok(Ok(true)) => Ok(()),
        Ok(Ok(false)) => Err(format!("backend {pid} no longer holds the advisory lock")),
        Ok(Err(e)) => Err(format!(
            "its connection failed: {}",
            crate::describe_sqlx(&e)
        )),
        Err(_) => Err(format!("its connection did not answer within {patience:?}")),
    }
}

impl AdvisoryLock {
    /// Poll `pg_try_advisory_lock` until it succeeds or `wait` runs out;
    /// once held, a heartbeat keeps its connection busy every `keepalive`.
    pub async fn acquire(
        target: &PgTarget,
        key: i64,
        wait: Duration,
        patience: Duration,
        keepalive: Duration,
    ) -> Result<Self, PgError> {
        let mut conn = target.connect().await?;
        // One simple query per attempt (the key is an integer literal): no
        // statement to prepare first, one round trip. The lock lives as
        // long as this session, so the first attempt also keeps a
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
                return Ok(Self::held(
                    conn,
                    key,
                    pid,
                    target.to_string(),
                    patience,
                    keepalive,
                ));
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

    fn held(
        conn: PgConnection,
        key: i64,
        pid: i32,
        target: String,
        patience: Duration,
        keepalive: Duration,
    ) -> Self {
        let conn = Arc::new(tokio::sync::Mutex::new(conn));
        let lost = Arc::new(Mutex::new(None));
        let (c, l) = (conn.clone(), lost.clone());
        let heartbeat = tokio::spawn(async move {
            loop {
                tokio::time::sleep(keepalive).await;
                // A fence in progress keeps the connection busy already.
                let Ok(mut conn) = c.try_lock() else { continue };
                if let Err(why) = still_held(&mut conn, key, pid, patience).await {
                    tracing::warn!("migration lock lost: {why}");
                    l.lock().expect("lock mutex").get_or_insert(why);
                    return;
                }
            }
        });
        AdvisoryLock {
            conn,
            key,
            pid,
            target,
            patience,
            lost,
            heartbeat,
        }
    }

    fn lost(&self, reason: String) -> PgError {
        PgError::Lock(LockError::Lost {
            engine: EngineKind::Postgres,
            target: self.target.clone(),
            reason,
        })
    }
}

impl Drop for AdvisoryLock {
    /// A lock dropped without [`Lock::release`] (a run that failed on the
    /// way) stops its heartbeat; the connection, and the lock, close with
    /// the last reference.
    fn drop(&mut self) {
        self.heartbeat.abort();
    }
}

#[async_trait]
impl Lock for AdvisoryLock {
    async fn fence(&mut self) -> Result<(), EngineError> {
        if let Some(why) = self.lost.lock().expect("lock mutex").clone() {
            return Err(self.lost(why).into());
        }
        let mut conn = self.conn.lock().await;
        match still_held(&mut conn, self.key, self.pid, self.patience).await {
            Ok(()) => Ok(()),
            Err(why) => Err(self.lost(why).into()),
        }
    }

    async fn release(self: Box<Self>) -> Result<(), EngineError> {
        self.heartbeat.abort();
        let mut conn = self.conn.lock().await;
        let unlock = sqlx::raw_sql(AssertSqlSafe(format!(
            "SELECT pg_advisory_unlock({})",
            self.key
        )))
        .execute(&mut *conn);
        // A server that stopped answering releases the lock with the
        // session, when the connection closes.
        match tokio::time::timeout(self.patience, unlock).await {
            Ok(unlocked) => {
                unlocked.map_err(|e| PgError::query("releasing the migration lock", e))?
            }
            Err(_) => {
                return Err(self
                    .lost(format!(
                        "its connection did not answer within {:?} when releasing it",
                        self.patience
                    ))
                    .into());
            }
        };
        // The connection closes when its last holder (this lock, or the
        // aborted heartbeat) lets go of it.
        Ok(())
    }
}

/// Every backend that holds `key` in this database, for a human.
async fn holder(conn: &mut PgConnection, key: i64) -> String {
    let rows: Vec<(i32, Option<String>, Option<String>)> = sqlx::query_as(HOLDER)
        .bind(key)
        .fetch_all(conn)
        .await
        .unwrap_or_default();
    if rows.is_empty() {
        return "holder unknown".into();
    }
    let each: Vec<String> = rows
        .into_iter()
        .map(|(pid, app, since)| {
            format!(
                "backend pid {pid}, application {}, connected since {}",
                app.unwrap_or_default(),
                since.unwrap_or_default()
            )
        })
        .collect();
    format!("held by {}", each.join("; "))
}
