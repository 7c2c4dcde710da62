-- Expand/contract, expand phase: add `display_name` beside `full_name`,
-- keep the two in sync for old writers with a trigger, and backfill.
-- Old and new application versions both work while this is applied; the
-- contract phase (0004) removes `full_name` once nothing writes it.
ALTER TABLE users ADD COLUMN display_name text;

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
ALTER TABLE users VALIDATE CONSTRAINT users_display_name_present;
