//! Expand/contract, expand phase: add `display_name` beside `full_name`,
//! keep the two in sync for old writers with a trigger, and backfill.
//! Old and new application versions both work while this is applied; the
//! contract phase (0004) removes `full_name` once nothing writes it.

use tidegate_guest::{pg, Check, Metadata, Migration, Result};

struct ExpandDisplayName;

impl Migration for ExpandDisplayName {
    fn metadata() -> Metadata {
        Metadata::new("0002_expand_display_name", 2, "expand: add users.display_name, synced from full_name")
            .reversible(true)
    }

    fn up() -> Result<()> {
        pg::batch_execute(
            "ALTER TABLE users ADD COLUMN display_name text;
             CREATE FUNCTION users_sync_display_name() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN
                 IF NEW.display_name IS NULL THEN
                     NEW.display_name := NEW.full_name;
                 END IF;
                 RETURN NEW;
             END;
             $$;
             CREATE TRIGGER users_sync_display_name
                 BEFORE INSERT OR UPDATE ON users
                 FOR EACH ROW EXECUTE FUNCTION users_sync_display_name();
             UPDATE users SET display_name = full_name WHERE display_name IS NULL;
             ALTER TABLE users ADD CONSTRAINT users_display_name_present
                 CHECK (display_name IS NOT NULL) NOT VALID;
             ALTER TABLE users VALIDATE CONSTRAINT users_display_name_present;",
        )
    }

    fn down() -> Result<()> {
        pg::batch_execute(
            "DROP TRIGGER users_sync_display_name ON users;
             DROP FUNCTION users_sync_display_name();
             ALTER TABLE users DROP COLUMN display_name;",
        )
    }

    fn check() -> Result<Vec<Check>> {
        let missing: i64 = pg::query_scalar("SELECT count(*) FROM users WHERE display_name IS NULL", &[])?;
        Ok(vec![Check::new(
            "users.display_name has no NULLs",
            missing == 0,
            format!("{missing} rows without display_name"),
        )])
    }
}

tidegate_guest::export!(ExpandDisplayName);
