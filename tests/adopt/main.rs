//! Adopting Tidegate: SQL modules, `tidegate import` of other tools'
//! folders and `tidegate baseline` from their history tables, against a
//! real PostgreSQL. sqlx writes its history with its own migrator (the code
//! sqlx-cli runs); dbmate (npm) and alembic (PyPI) run as the real tools,
//! from `TIDEGATE_TEST_DBMATE` and `TIDEGATE_TEST_ALEMBIC` (`cargo xtask
//! test` installs them); diesel, golang-migrate and Flyway tables are made
//! from their documented layouts.

#[path = "../common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, ensure};
use common::{TestDb, pg_trial};
use libtest_mimic::Trial;
use sqlx::{AssertSqlSafe, Connection};

/// A project folder with a `tidegate.toml` pointing at a test database.
struct Proj {
    dir: tempfile::TempDir,
    db: TestDb,
}

impl Proj {
    async fn new(server: &str) -> anyhow::Result<Proj> {
        let db = TestDb::create(server).await?;
        let dir = tempfile::tempdir()?;
        std::fs::create_dir_all(dir.path().join("modules"))?;
        std::fs::write(
            dir.path().join("tidegate.toml"),
            format!(
                "modules = \"modules\"\nlock = \"tidegate.lock\"\ncomponents = \"components\"\n\n[postgres]\nurl = \"{}\"\nallow_privileged_role = true\n",
                db.url
            ),
        )?;
        Ok(Proj { dir, db })
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Run tidegate in the project; (exit code, stdout, stderr).
    fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = Command::new(env!("CARGO_BIN_EXE_tidegate"))
            .args(args)
            .current_dir(self.dir.path())
            .env_remove("TIDEGATE_POSTGRES_URL")
            .env("TIDEGATE_CACHE_DIR", self.dir.path().join("cache"))
            .env("NO_COLOR", "1")
            .output()
            .expect("runs tidegate");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// Run tidegate and require exit 0; its stdout.
    fn ok(&self, args: &[&str]) -> anyhow::Result<String> {
        let (code, out, err) = self.run(args);
        ensure!(code == 0, "tidegate {args:?} exited {code}:\n{out}\n{err}");
        Ok(out)
    }

    async fn exec(&self, sql: &str) -> anyhow::Result<()> {
        let mut c = self.db.connect().await?;
        sqlx::raw_sql(AssertSqlSafe(sql.to_string()))
            .execute(&mut c)
            .await?;
        Ok(())
    }

    /// Rows of a foreign table, as text, to prove Tidegate never wrote it.
    async fn rows(&self, table: &str) -> anyhow::Result<Vec<String>> {
        let mut c = self.db.connect().await?;
        Ok(sqlx::query_scalar(AssertSqlSafe(format!(
            "SELECT t::text FROM {table} t ORDER BY 1"
        )))
        .fetch_all(&mut c)
        .await?)
    }

    async fn audit(&self, event: &str) -> anyhow::Result<Vec<String>> {
        let mut c = self.db.connect().await?;
        Ok(sqlx::query_scalar("SELECT coalesce(detail, '') FROM tidegate_migrations_audit WHERE event = $1 ORDER BY id").bind(event).fetch_all(&mut c).await?)
    }

    /// After import and baseline: a new SQL module applies on top, and
    /// only it runs; the foreign table is untouched.
    async fn apply_new_on_top(&self, table: &str, version: &str) -> anyhow::Result<()> {
        let before = self.rows(table).await?;
        self.ok(&["new", "add_audit_log", "--sql", "--version", version])?;
        self.ok(&["build"])?;
        let out = self.ok(&["apply"])?;
        ensure!(
            out.contains("already applied, 1 pending") && out.contains("add_audit_log"),
            "only the new migration runs:\n{out}"
        );
        ensure!(
            self.db.exists("add_audit_log").await?,
            "the new migration ran"
        );
        ensure!(
            self.rows(table).await? == before,
            "tidegate wrote to {table}"
        );
        let status = self.ok(&["status"])?;
        ensure!(
            status.contains("0 pending") && status.contains("history ("),
            "status shows the foreign head:\n{status}"
        );
        Ok(())
    }
}

fn write(dir: &Path, files: &[(&str, &str)]) -> anyhow::Result<()> {
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().context("has a parent")?)?;
        std::fs::write(path, text)?;
    }
    Ok(())
}

const USERS_UP: &str = "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n";
const USERS_DOWN: &str = "DROP TABLE users;\n";
const POSTS_UP: &str = "CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));\nCREATE INDEX posts_user_idx ON posts (user_id);\n";
const POSTS_DOWN: &str = "DROP TABLE posts;\n";

async fn sqlx_history_is_imported_and_baselined(server: String) -> anyhow::Result<()> {
    let p = Proj::new(&server).await?;
    let src = p.path("sqlx-migrations");
    write(
        &src,
        &[
            ("20240101000000_create_users.up.sql", USERS_UP),
            ("20240101000000_create_users.down.sql", USERS_DOWN),
            ("20240102000000_create_posts.up.sql", POSTS_UP),
            ("20240102000000_create_posts.down.sql", POSTS_DOWN),
        ],
    )?;
    // sqlx's own migrator writes _sqlx_migrations, as `sqlx migrate run` does.
    let mut conn = p.db.connect().await?;
    sqlx::migrate::Migrator::new(src.as_path())
        .await?
        .run(&mut conn)
        .await?;
    conn.close().await?;

    let out = p.ok(&["import", "--from", "sqlx", "sqlx-migrations"])?;
    ensure!(out.contains("imported 2 sqlx migration(s)"), "{out}");
    ensure!(
        std::fs::read_to_string(p.path("modules/20240101000000_create_users/down.sql"))?
            == USERS_DOWN
    );
    let again = p.ok(&["import", "--from", "sqlx", "sqlx-migrations"])?;
    ensure!(
        again.contains("0 new, 2 already there"),
        "a repeated import is a no-op: {again}"
    );
    p.ok(&["build"])?;
    // Before the baseline, a plan would run both again: they are pending.
    ensure!(p.ok(&["status"])?.contains("2 pending"));

    let out = p.ok(&["baseline", "--from", "sqlx"])?;
    ensure!(out.contains("2 migration(s) recorded as applied"), "{out}");
    let audit = p.audit("baseline").await?;
    ensure!(
        audit.len() == 2
            && audit[0].contains("sqlx head 20240102000000 in _sqlx_migrations")
            && audit[0].contains("sha256:"),
        "{audit:?}"
    );
    let again = p.ok(&["baseline", "--from", "sqlx"])?;
    ensure!(
        again.contains("0 migration(s) recorded as applied, 2 already were"),
        "{again}"
    );
    p.apply_new_on_top("_sqlx_migrations", "20240103000000")
        .await?;

    // A failed sqlx migration is a dirty state: refused with exit 4.
    p.exec("UPDATE _sqlx_migrations SET success = false WHERE version = 20240102000000")
        .await?;
    let (code, _, err) = p.run(&["baseline", "--from", "sqlx"]);
    ensure!(
        code == 4 && err.contains("not clean") && err.contains("success = false"),
        "exit {code}: {err}"
    );
    p.db.drop().await
}

async fn dbmate_history_is_imported_and_baselined(server: String) -> anyhow::Result<()> {
    let dbmate = std::env::var("TIDEGATE_TEST_DBMATE").context(
        "TIDEGATE_TEST_DBMATE names the dbmate program (`cargo xtask test` installs it)",
    )?;
    let p = Proj::new(&server).await?;
    let src = p.path("db/migrations");
    write(
        &src,
        &[
            (
                "20240101000000_create_users.sql",
                &format!("-- migrate:up\n{USERS_UP}\n-- migrate:down\n{USERS_DOWN}"),
            ),
            (
                "20240102000000_create_posts.sql",
                &format!("-- migrate:up\n{POSTS_UP}\n-- migrate:down\n{POSTS_DOWN}"),
            ),
        ],
    )?;
    let url = format!("{}?sslmode=disable", p.db.url);
    let out = Command::new(&dbmate)
        .args(["--url", &url, "--migrations-dir"])
        .arg(&src)
        .args(["--no-dump-schema", "up"])
        .output()?;
    ensure!(
        out.status.success(),
        "dbmate up: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    ensure!(
        p.rows("schema_migrations").await?.len() == 2,
        "dbmate recorded both"
    );

    p.ok(&["import", "--from", "dbmate", "db/migrations"])?;
    p.ok(&["build"])?;
    let out = p.ok(&["baseline", "--from", "dbmate"])?;
    ensure!(out.contains("2 migration(s) recorded as applied"), "{out}");
    p.apply_new_on_top("schema_migrations", "20240103000000")
        .await?;
    // The imported modules revert with their down sections, under Tidegate.
    p.ok(&["down", "--all"])?;
    ensure!(!p.db.exists("users").await? && !p.db.exists("posts").await?);
    p.db.drop().await
}

/// An Alembic project: `alembic init`, two hand-written revisions, and a
/// database upgraded by alembic itself.
fn alembic_project(alembic: &str, dir: &Path, url: &str, branch: bool) -> anyhow::Result<()> {
    let out = Command::new(alembic)
        .current_dir(dir)
        .args(["init", "alembic"])
        .output()?;
    ensure!(
        out.status.success(),
        "alembic init: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ini = std::fs::read_to_string(dir.join("alembic.ini"))?;
    let url = url.replacen("postgres://", "postgresql+psycopg://", 1);
    let ini: String = ini
        .lines()
        .map(|l| {
            if l.starts_with("sqlalchemy.url") {
                format!("sqlalchemy.url = {url}\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    std::fs::write(dir.join("alembic.ini"), ini)?;
    let rev = |id: &str, down: &str, body_up: &str, body_down: &str| {
        format!(
            "\"\"\"{id}\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = \"{id}\"\ndown_revision = {down}\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    {body_up}\n\n\ndef downgrade():\n    {body_down}\n"
        )
    };
    let versions = dir.join("alembic/versions");
    write(
        &versions,
        &[
            (
                "a1b2c3d4e5f6_create_users.py",
                &rev(
                    "a1b2c3d4e5f6",
                    "None",
                    "op.create_table(\"users\", sa.Column(\"id\", sa.BigInteger, primary_key=True), sa.Column(\"email\", sa.Text, nullable=False))",
                    "op.drop_table(\"users\")",
                ),
            ),
            (
                "b2c3d4e5f6a1_add_name.py",
                &rev(
                    "b2c3d4e5f6a1",
                    "\"a1b2c3d4e5f6\"",
                    "op.add_column(\"users\", sa.Column(\"name\", sa.Text))",
                    "op.drop_column(\"users\", \"name\")",
                ),
            ),
        ],
    )?;
    if branch {
        write(
            &versions,
            &[(
                "c3d4e5f6a1b2_other_head.py",
                &rev(
                    "c3d4e5f6a1b2",
                    "\"a1b2c3d4e5f6\"",
                    "op.create_table(\"other\", sa.Column(\"id\", sa.BigInteger, primary_key=True))",
                    "op.drop_table(\"other\")",
                ),
            )],
        )?;
    }
    let out = Command::new(alembic)
        .current_dir(dir)
        .args(["upgrade", "heads"])
        .output()?;
    ensure!(
        out.status.success(),
        "alembic upgrade: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(())
}

async fn alembic_history_is_imported_and_baselined(server: String) -> anyhow::Result<()> {
    let alembic = std::env::var("TIDEGATE_TEST_ALEMBIC").context(
        "TIDEGATE_TEST_ALEMBIC names the alembic program (`cargo xtask test` installs it)",
    )?;
    let p = Proj::new(&server).await?;
    let src = p.path("py");
    std::fs::create_dir_all(&src)?;
    alembic_project(&alembic, &src, &p.db.url, false)?;
    let out = p.ok(&["import", "--from", "alembic", "py", "--alembic", &alembic])?;
    ensure!(
        out.contains("0001_a1b2c3d4e5f6_create_users")
            && out.contains("0002_b2c3d4e5f6a1_add_name"),
        "{out}"
    );
    let up = std::fs::read_to_string(p.path("modules/0002_b2c3d4e5f6a1_add_name/up.sql"))?;
    ensure!(
        up.contains("ALTER TABLE users ADD COLUMN name TEXT")
            && !up.contains("alembic_version")
            && !up.contains("BEGIN"),
        "{up}"
    );
    p.ok(&["build"])?;
    let out = p.ok(&["baseline", "--from", "alembic"])?;
    ensure!(
        out.contains("2 migration(s) recorded as applied") && out.contains("head b2c3d4e5f6a1"),
        "{out}"
    );
    p.apply_new_on_top("alembic_version", "3").await?;
    p.db.drop().await?;

    // Two heads: import lists them, and a database at both is refused.
    let q = Proj::new(&server).await?;
    let src = q.path("py");
    std::fs::create_dir_all(&src)?;
    alembic_project(&alembic, &src, &q.db.url, true)?;
    let (code, _, err) = q.run(&["import", "--from", "alembic", "py", "--alembic", &alembic]);
    ensure!(
        code == 2
            && err.contains("several heads")
            && err.contains("b2c3d4e5f6a1")
            && err.contains("c3d4e5f6a1b2"),
        "exit {code}: {err}"
    );
    q.exec("CREATE TABLE placeholder ()").await?;
    write(
        &q.path("modules/0001_a1b2c3d4e5f6_create_users"),
        &[
            ("up.sql", USERS_UP),
            (
                "module.toml",
                "[origin]\ntool = \"alembic\"\nversion = \"a1b2c3d4e5f6\"\n",
            ),
        ],
    )?;
    q.ok(&["build"])?;
    let (code, _, err) = q.run(&["baseline", "--from", "alembic"]);
    ensure!(
        code == 4 && err.contains("several heads"),
        "exit {code}: {err}"
    );
    q.db.drop().await
}

/// diesel, golang-migrate and Flyway: their tables as documented, filled
/// as the tools would, and their dirty states refused.
async fn documented_tables_are_baselined(server: String) -> anyhow::Result<()> {
    struct Case {
        tool: &'static str,
        files: Vec<(&'static str, String)>,
        table: &'static str,
        history: &'static str,
        dirty: &'static str,
        next: &'static str,
    }
    let cases = [
        Case {
            tool: "diesel",
            files: vec![("2024-01-01-000000_create_users/up.sql", USERS_UP.into()), ("2024-01-01-000000_create_users/down.sql", USERS_DOWN.into()), ("2024-01-02-000000_create_posts/up.sql", POSTS_UP.into()), ("2024-01-02-000000_create_posts/down.sql", POSTS_DOWN.into())],
            table: "__diesel_schema_migrations",
            history: "CREATE TABLE __diesel_schema_migrations (version VARCHAR(50) PRIMARY KEY NOT NULL, run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);
                      INSERT INTO __diesel_schema_migrations (version) VALUES ('20240101000000'), ('20240102000000');",
            dirty: "",
            next: "20240103000000",
        },
        Case {
            tool: "golang-migrate",
            files: vec![("000001_create_users.up.sql", format!("BEGIN;\n{USERS_UP}COMMIT;\n")), ("000001_create_users.down.sql", USERS_DOWN.into()), ("000002_create_posts.up.sql", POSTS_UP.into()), ("000002_create_posts.down.sql", POSTS_DOWN.into())],
            table: "schema_migrations",
            history: "CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL);
                      INSERT INTO schema_migrations VALUES (2, false);",
            dirty: "UPDATE schema_migrations SET dirty = true",
            next: "3",
        },
        Case {
            tool: "flyway",
            files: vec![("V1__create_users.sql", USERS_UP.into()), ("U1__create_users.sql", USERS_DOWN.into()), ("V2__create_posts.sql", POSTS_UP.into())],
            table: "flyway_schema_history",
            history: "CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50), description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL, checksum INT, installed_by VARCHAR(100) NOT NULL, installed_on TIMESTAMP NOT NULL DEFAULT now(), execution_time INT NOT NULL, success BOOLEAN NOT NULL);
                      INSERT INTO flyway_schema_history VALUES (1, '1', 'create users', 'SQL', 'V1__create_users.sql', 12345, 'ci', now(), 10, true), (2, '2', 'create posts', 'SQL', 'V2__create_posts.sql', 67890, 'ci', now(), 12, true);",
            dirty: "UPDATE flyway_schema_history SET success = false WHERE version = '2'",
            next: "3",
        },
    ];
    for case in cases {
        let p = Proj::new(&server).await?;
        let src = p.path("foreign");
        for (name, text) in &case.files {
            write(&src, &[(name, text)])?;
        }
        p.exec(&format!("{USERS_UP}{POSTS_UP}{}", case.history))
            .await?;
        p.ok(&["import", "--from", case.tool, "foreign"])
            .with_context(|| case.tool)?;
        p.ok(&["build"])?;
        let out = p.ok(&["baseline", "--from", case.tool])?;
        ensure!(
            out.contains("2 migration(s) recorded as applied"),
            "{}: {out}",
            case.tool
        );
        p.apply_new_on_top(case.table, case.next)
            .await
            .with_context(|| case.tool)?;
        if !case.dirty.is_empty() {
            p.exec(case.dirty).await?;
            let (code, _, err) = p.run(&["baseline", "--from", case.tool]);
            ensure!(
                code == 4 && err.contains("not clean"),
                "{}: exit {code}: {err}",
                case.tool
            );
        }
        p.db.drop().await?;
    }
    Ok(())
}

/// A history of the kind real projects accumulate, generated: tables,
/// enums, functions, triggers, views, materialised views, renames, column
/// type changes, dropped and re-created objects; every step with its down.
fn corpus(steps: usize) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut push = |name: String, up: String, down: String| out.push((name, up, down));
    for i in 0..steps.div_ceil(10) {
        let t = format!("t{i}");
        push(
            format!("create_{t}"),
            format!(
                "CREATE TABLE {t} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, qty integer NOT NULL DEFAULT 0);"
            ),
            format!("DROP TABLE {t};"),
        );
        push(
            format!("enum_{t}"),
            format!(
                "CREATE TYPE {t}_state AS ENUM ('new', 'done');\nALTER TABLE {t} ADD COLUMN state {t}_state NOT NULL DEFAULT 'new';"
            ),
            format!("ALTER TABLE {t} DROP COLUMN state;\nDROP TYPE {t}_state;"),
        );
        push(
            format!("index_{t}"),
            format!("CREATE INDEX {t}_name_idx ON {t} (lower(name));"),
            format!("DROP INDEX {t}_name_idx;"),
        );
        push(
            format!("widen_{t}"),
            format!("ALTER TABLE {t} ALTER COLUMN qty TYPE bigint;"),
            format!("ALTER TABLE {t} ALTER COLUMN qty TYPE integer;"),
        );
        push(
            format!("trigger_{t}"),
            format!(
                "CREATE FUNCTION {t}_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := trim(NEW.name); RETURN NEW; END; $$;\nCREATE TRIGGER {t}_touch BEFORE INSERT OR UPDATE ON {t} FOR EACH ROW EXECUTE FUNCTION {t}_touch();"
            ),
            format!("DROP TRIGGER {t}_touch ON {t};\nDROP FUNCTION {t}_touch();"),
        );
        push(
            format!("view_{t}"),
            format!("CREATE VIEW {t}_open AS SELECT id, name FROM {t} WHERE state = 'new';"),
            format!("DROP VIEW {t}_open;"),
        );
        push(
            format!("matview_{t}"),
            format!(
                "CREATE MATERIALIZED VIEW {t}_totals AS SELECT state, sum(qty) AS qty FROM {t} GROUP BY state;"
            ),
            format!("DROP MATERIALIZED VIEW {t}_totals;"),
        );
        push(
            format!("rename_{t}"),
            format!(
                "ALTER TABLE {t} RENAME COLUMN name TO title;\nCREATE OR REPLACE FUNCTION {t}_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.title := trim(NEW.title); RETURN NEW; END; $$;"
            ),
            format!(
                "ALTER TABLE {t} RENAME COLUMN title TO name;\nCREATE OR REPLACE FUNCTION {t}_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := trim(NEW.name); RETURN NEW; END; $$;"
            ),
        );
        push(
            format!("recreate_view_{t}"),
            format!(
                "DROP VIEW {t}_open;\nCREATE VIEW {t}_open AS SELECT id, title, qty FROM {t} WHERE state = 'new';"
            ),
            format!(
                "DROP VIEW {t}_open;\nCREATE VIEW {t}_open AS SELECT id, title AS name FROM {t} WHERE state = 'new';"
            ),
        );
        push(
            format!("seed_{t}"),
            format!("INSERT INTO {t} (title, qty) VALUES ('  first ', 1), ('second', 2);"),
            format!("DELETE FROM {t};"),
        );
    }
    out.truncate(steps);
    out.into_iter()
        .enumerate()
        .map(|(n, (name, up, down))| (format!("{:04}_{name}", n + 1), up, down))
        .collect()
}

/// Several hundred golang-migrate files, imported, applied, reverted to
/// nothing and applied again: the catalog after each apply is the same,
/// and after the full revert it is the empty database's.
async fn corpus_round_trips_with_identical_catalogs(server: String) -> anyhow::Result<()> {
    let p = Proj::new(&server).await?;
    let src = p.path("migrate");
    std::fs::create_dir_all(&src)?;
    let steps = corpus(300);
    for (name, up, down) in &steps {
        write(
            &src,
            &[
                (&format!("{name}.up.sql"), up),
                (&format!("{name}.down.sql"), down),
            ],
        )?;
    }
    let empty = p.db.snapshot().await?;
    let out = p.ok(&["import", "--from", "golang-migrate", "migrate"])?;
    ensure!(
        out.contains("imported 300 golang-migrate migration(s)"),
        "{out}"
    );
    p.ok(&["build"])?;
    let first = p.ok(&["apply"])?;
    ensure!(
        first.contains("300 pending"),
        "{}",
        first.lines().take(3).collect::<Vec<_>>().join("\n")
    );
    let applied = p.db.snapshot().await?;
    ensure!(
        applied.objects.len() > 300,
        "the corpus built a real catalog: {} objects",
        applied.objects.len()
    );
    p.ok(&["down", "--all"])?;
    let reverted = p.db.snapshot().await?;
    ensure!(
        reverted == empty,
        "a full revert leaves the empty catalog:\n{:?}",
        tidegate::diff::diff(&empty, &reverted)
            .iter()
            .take(10)
            .map(|c| c.line())
            .collect::<Vec<_>>()
    );
    p.ok(&["apply"])?;
    ensure!(
        p.db.snapshot().await? == applied,
        "the second apply builds the same catalog"
    );
    p.db.drop().await
}

fn main() {
    let args = libtest_mimic::Arguments::from_args();
    common::require_built();
    common::announce_skips();
    let trials: Vec<Trial> = vec![
        pg_trial(
            "sqlx_history_is_imported_and_baselined",
            sqlx_history_is_imported_and_baselined,
        ),
        pg_trial(
            "dbmate_history_is_imported_and_baselined",
            dbmate_history_is_imported_and_baselined,
        ),
        pg_trial(
            "alembic_history_is_imported_and_baselined",
            alembic_history_is_imported_and_baselined,
        ),
        pg_trial(
            "documented_tables_are_baselined",
            documented_tables_are_baselined,
        ),
        pg_trial(
            "corpus_round_trips_with_identical_catalogs",
            corpus_round_trips_with_identical_catalogs,
        ),
    ];
    libtest_mimic::run(&args, trials).exit();
}
