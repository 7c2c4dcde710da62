//! Runs statements the PostgreSQL lint rules must flag when `users` already
//! exists: a blocking index build, a NOT NULL column without a default and a
//! rename. It succeeds on an empty table, so only lint can catch it.
use tidegate_guest::{Metadata, Migration, Result, pg};

struct LintBait;

impl Migration for LintBait {
    fn metadata() -> Metadata {
        Metadata::new("9008_lint_bait", 9008, "risky DDL on an existing table")
    }

    fn up() -> Result<()> {
        pg::batch_execute(
            "CREATE INDEX users_status_idx ON users (status);
             ALTER TABLE users ADD COLUMN tier int NOT NULL;
             ALTER TABLE users RENAME COLUMN tier TO plan_tier;",
        )
    }
}

tidegate_guest::export!(LintBait);
