//! Accounts: a users table with constraints and indexes.

use tidegate_guest::{pg, Check, Metadata, Migration, Result};

struct CreateUsers;

impl Migration for CreateUsers {
    fn metadata() -> Metadata {
        Metadata::new("0001_create_users", 1, "create users with constraints and indexes")
            .reversible(true)
    }

    fn up() -> Result<()> {
        pg::batch_execute(
            "CREATE TABLE users (
                 id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                 email       text        NOT NULL,
                 full_name   text        NOT NULL,
                 status      text        NOT NULL DEFAULT 'active',
                 created_at  timestamptz NOT NULL DEFAULT now(),
                 CONSTRAINT users_email_key UNIQUE (email),
                 CONSTRAINT users_status_check CHECK (status IN ('active', 'suspended', 'deleted')),
                 CONSTRAINT users_email_format CHECK (position('@' in email) > 1)
             );
             CREATE INDEX users_created_at_idx ON users (created_at);
             CREATE INDEX users_active_email_idx ON users (lower(email)) WHERE status = 'active';",
        )
    }

    fn down() -> Result<()> {
        pg::batch_execute("DROP TABLE users")
    }

    fn check() -> Result<Vec<Check>> {
        let exists = pg::table_exists("users")?;
        let indexed = pg::index_exists("users_created_at_idx")?;
        Ok(vec![
            Check::new("table users exists", exists, "created by 0001_create_users"),
            Check::new("index users_created_at_idx exists", indexed, "created by 0001_create_users"),
        ])
    }
}

tidegate_guest::export!(CreateUsers);
