-- Accounts: a users table with constraints and indexes.
CREATE TABLE users (
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
CREATE INDEX users_active_email_idx ON users (lower(email)) WHERE status = 'active';
