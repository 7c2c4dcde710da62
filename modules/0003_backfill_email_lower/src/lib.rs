//! A data backfill in batches, then an index built without blocking writes.
//!
//! Non-transactional: each batch commits on its own, so a large table is
//! never locked for the whole backfill, and `CREATE INDEX CONCURRENTLY`
//! refuses a transaction anyway. Every step is idempotent, so after a
//! failure `tidegate resolve 0003_backfill_email_lower --retry` picks up
//! where it stopped.

use tidegate_guest::{Check, Metadata, Migration, Result, log, pg};

struct BackfillEmailLower;

const BATCH: i64 = 500;

impl Migration for BackfillEmailLower {
    fn metadata() -> Metadata {
        Metadata::new(
            "0003_backfill_email_lower",
            3,
            "backfill users.email_lower in batches and index it",
        )
        .transactional(false)
        .reversible(true)
    }

    fn up() -> Result<()> {
        pg::batch_execute("ALTER TABLE users ADD COLUMN IF NOT EXISTS email_lower text")?;
        let total = pg::backfill(
            "UPDATE users SET email_lower = lower(email)
             WHERE id IN (SELECT id FROM users WHERE email_lower IS NULL ORDER BY id LIMIT $1)",
            &[BATCH.into()],
        )?;
        log::info(&format!("backfilled email_lower on {total} rows"));

        // A failed concurrent build leaves an INVALID index behind; drop it
        // so that the retry builds a good one.
        let invalid: bool = pg::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass('users_email_lower_idx') AND NOT indisvalid)",
            &[],
        )?;
        if invalid {
            log::warn("dropping the invalid users_email_lower_idx left by an earlier attempt");
            pg::batch_execute("DROP INDEX CONCURRENTLY users_email_lower_idx")?;
        }
        pg::batch_execute(
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_lower_idx ON users (email_lower)",
        )
    }

    fn down() -> Result<()> {
        pg::batch_execute(
            "DROP INDEX CONCURRENTLY IF EXISTS users_email_lower_idx;
             ALTER TABLE users DROP COLUMN IF EXISTS email_lower;",
        )
    }

    fn check() -> Result<Vec<Check>> {
        let missing: i64 =
            pg::query_scalar("SELECT count(*) FROM users WHERE email_lower IS NULL", &[])?;
        Ok(vec![
            Check::new(
                "users.email_lower is backfilled",
                missing == 0,
                format!("{missing} rows left"),
            ),
            Check::new(
                "index users_email_lower_idx exists",
                pg::index_exists("users_email_lower_idx")?,
                "built concurrently",
            ),
        ])
    }
}

tidegate_guest::export!(BackfillEmailLower);
