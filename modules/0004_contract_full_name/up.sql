-- Expand/contract, contract phase: once every writer sets `display_name`,
-- drop the sync trigger and the old `full_name` column. Irreversible (no
-- down.sql): the dropped data cannot come back.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM users WHERE display_name IS NULL) THEN
        RAISE EXCEPTION 'users without display_name: rerun the 0002 backfill before contracting';
    END IF;
END;
$$;

DROP TRIGGER users_sync_display_name ON users;
-- tidegate:allow PG014 only the trigger dropped above called it
DROP FUNCTION users_sync_display_name();
ALTER TABLE users ALTER COLUMN display_name SET NOT NULL;
-- tidegate:allow PG014 the NOT NULL set above replaces this check
ALTER TABLE users DROP CONSTRAINT users_display_name_present;
-- tidegate:allow PG007 0002 moved every reader and writer to display_name
ALTER TABLE users DROP COLUMN full_name;
