//! The apply lock: a session-level advisory lock on a dedicated connection.
//!
//! PostgreSQL releases it when the session ends, so a crashed or killed run
//! can never leave a stale lock behind.

use std::time::{Duration, Instant};

use sqlx::{Connection, PgConnection};

use super::{PgError, PgTarget};

/// Why the lock was not taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("another tidegate run holds the migration lock on {target} ({holder}); waited {waited:?}. Let it finish, or raise postgres.advisory_lock_wait")]
    Busy { target: String, holder: String, waited: Duration },
    #[error(transparent)]
    Pg(#[from] PgError),
}

pub struct AdvisoryLock {
    conn: PgConnection,
    key: i64,
}

impl AdvisoryLock {
    /// Poll `pg_try_advisory_lock` until it succeeds or `wait` runs out.
    pub async fn acquire(target: &PgTarget, key: i64, wait: Duration) -> Result<Self, LockError> {
        let mut conn = target.connect().await?;
        let start = Instant::now();
        let mut delay = Duration::from_millis(25);
        loop {
            let got: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
                .bind(key)
                .fetch_one(&mut conn)
                .await
                .map_err(|e| PgError::query("taking the migration lock", e))?;
            if got {
                return Ok(AdvisoryLock { conn, key });
            }
            if start.elapsed() >= wait {
                let holder = holder(&mut conn, key).await;
                return Err(LockError::Busy { target: target.to_string(), holder, waited: start.elapsed() });
            }
            tokio::time::sleep(delay.min(wait.saturating_sub(start.elapsed()))).await;
            delay = (delay * 2).min(Duration::from_millis(500));
        }
    }

    pub async fn release(mut self) -> Result<(), PgError> {
        sqlx::query("SELECT pg_advisory_unlock($1)")
            .bind(self.key)
            .execute(&mut self.conn)
            .await
            .map_err(|e| PgError::query("releasing the migration lock", e))?;
        let _ = self.conn.close().await;
        Ok(())
    }
}

async fn holder(conn: &mut PgConnection, key: i64) -> String {
    let row: Option<(i32, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT a.pid, a.application_name, to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS')
         FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
         WHERE l.locktype = 'advisory' AND l.granted
           AND ((l.classid::bigint << 32) | l.objid::bigint) = $1",
    )
    .bind(key)
    .fetch_optional(conn)
    .await
    .ok()
    .flatten();
    match row {
        Some((pid, app, since)) => format!(
            "held by backend pid {pid}, application {}, connected since {}",
            app.unwrap_or_default(),
            since.unwrap_or_default()
        ),
        None => "holder unknown".into(),
    }
}
