//! Expand/contract, contract phase: once every writer sets
//! `display_name`, drop the sync trigger and the old `full_name` column.
//! Irreversible: the dropped data cannot come back.

use tidegate_guest::{pg, Error, Metadata, Migration, Result};

struct ContractFullName;

impl Migration for ContractFullName {
    fn metadata() -> Metadata {
        Metadata::new("0004_contract_full_name", 4, "contract: drop users.full_name after display_name took over")
    }

    fn up() -> Result<()> {
        let unsynced: i64 = pg::query_scalar(
            "SELECT count(*) FROM users WHERE display_name IS DISTINCT FROM full_name AND display_name IS NULL",
            &[],
        )?;
        if unsynced > 0 {
            return Err(Error::precondition(format!(
                "{unsynced} users have no display_name; rerun the 0002 backfill before contracting"
            )));
        }
        pg::batch_execute(
            "DROP TRIGGER users_sync_display_name ON users;
             DROP FUNCTION users_sync_display_name();
             ALTER TABLE users ALTER COLUMN display_name SET NOT NULL;
             ALTER TABLE users DROP CONSTRAINT users_display_name_present;
             -- tidegate:allow PG007 0002 moved every reader and writer to display_name
             ALTER TABLE users DROP COLUMN full_name;",
        )
    }
}

tidegate_guest::export!(ContractFullName);
