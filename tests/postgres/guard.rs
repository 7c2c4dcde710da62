//! A dry run that cannot reach outside its transaction: the role migrations
//! run as, statements whose effects escape a rollback, and what each
//! statement was observed to touch (its transaction's own locks), in
//! `plan` and in `apply`. Each test reads the database (or the server's
//! files and sessions) directly afterwards.

use anyhow::{Context, ensure};
use sqlx::Connection;

use crate::common::{TestDb, cli};

/// A project of SQL modules on `url`: (folder, up.sql, module.toml); `pg`
/// is the rest of its `[postgres]` section. Built.
pub fn project(
    url: &str,
    modules: &[(&str, &str, &str)],
    pg: &str,
) -> anyhow::Result<(tempfile::TempDir, std::path::PathBuf)> {
    let files: Vec<(&str, &str, &str)> = modules
        .iter()
        .flat_map(|(name, up, manifest)| {
            [(*name, "up.sql", *up), (*name, "module.toml", *manifest)]
        })
        .collect();
    crate::common::module_project(&files, &format!("[postgres]\nurl = \"{url}\"\n{pg}"))
}

const T1: &str = "[capabilities]\ntables = [\"t1\"]\n";
const ALLOW: &str = "allow_privileged_role = true\n";

/// A superuser plan or apply without `allow_privileged_role` is refused
/// before anything runs (exit 2, saying what to do); a least-privileged
/// role plans and applies, and `health` says which it is. Under
/// `migration_role`, the migrations' objects belong to that role and the
/// history to the connecting one.
pub async fn a_privileged_role_is_refused_unless_allowed(server: String) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let modules = [("0001_t1", "CREATE TABLE t1 (id int);\n", T1)];
    let (_d, toml) = project(&db.url, &modules, "")?;
    for cmd in ["plan", "apply"] {
        let (code, _, err) = cli(&[cmd], &toml);
        ensure!(
            code == 2 && err.contains("a superuser") && err.contains("allow_privileged_role"),
            "{cmd} as a superuser: exit {code}: {err}"
        );
    }
    ensure!(
        !db.exists("t1").await? && !db.exists("tidegate_migrations").await?,
        "the refused apply ran, or wrote its history"
    );
    let (code, out, _) = cli(&["health"], &toml);
    ensure!(
        code != 0 && out.contains("migration role") && out.contains("plan and apply refuse it"),
        "health names the refusal: exit {code}: {out}"
    );

    // Explicitly allowed: the health check warns, and plan runs.
    let (_d2, allowed) = project(&db.url, &modules, ALLOW)?;
    let (code, out, err) = cli(&["plan"], &allowed);
    ensure!(code == 0, "allowed plan: exit {code}: {out}{err}");
    ensure!(
        out.contains("allowed by postgres.allow_privileged_role"),
        "the report says so: {out}"
    );

    // Least privileged: plain sailing.
    let least = db.least_privileged().await?;
    let (_d3, toml) = project(&least, &modules, "")?;
    let (code, out, err) = cli(&["apply"], &toml);
    ensure!(code == 0, "least-privileged apply: exit {code}: {out}{err}");
    ensure!(db.exists("t1").await?, "applied");
    let (code, out, _) = cli(&["health"], &toml);
    ensure!(
        code == 0 && out.contains("cannot act outside its transaction"),
        "exit {code}: {out}"
    );

    db.drop().await?;

    // Connecting as the superuser, migrations under SET ROLE.
    let db = TestDb::create(&server).await?;
    db.least_privileged().await?;
    let modules = [
        ("0001_t1", "CREATE TABLE t1 (id int);\n", T1),
        (
            "0002_t2",
            "CREATE TABLE t2 (id int);\n",
            "[capabilities]\ntables = [\"t2\"]\n",
        ),
    ];
    let role = format!("migration_role = \"{}\"\n", crate::common::LEAST_PRIVILEGED);
    // A superuser connecting role is refused even so: a module can RESET
    // ROLE back to it.
    let (_d4, toml) = project(&db.url, &modules, &role)?;
    let (code, _, err) = cli(&["apply"], &toml);
    ensure!(
        code == 2 && err.contains("RESET ROLE"),
        "SET ROLE from a superuser: exit {code}: {err}"
    );
    let (_d5, toml) = project(&db.url, &modules, &format!("{role}{ALLOW}"))?;
    let (code, out, err) = cli(&["apply"], &toml);
    ensure!(code == 0, "apply under SET ROLE: exit {code}: {out}{err}");
    let mut c = db.connect().await?;
    let owners: (String, String) = sqlx::query_as(
        "SELECT (SELECT tableowner::text FROM pg_tables WHERE tablename = 't2'),
                (SELECT tableowner::text FROM pg_tables WHERE tablename = 'tidegate_migrations')",
    )
    .fetch_one(&mut c)
    .await?;
    ensure!(
        owners.0 == crate::common::LEAST_PRIVILEGED && owners.1 == "postgres",
        "t2 is the migration role's, the history the connecting role's: {owners:?}"
    );
    db.drop().await
}

/// Statements whose effects escape a rolled-back transaction are refused
/// in `plan` and `apply`, written plainly, in a `DO` block's dynamic SQL,
/// or in a function the migration defines and calls; even as a superuser
/// allowed explicitly, and nothing of them happens: no file on the server,
/// the other session alive.
pub async fn statements_that_escape_the_transaction_are_refused(
    server: String,
) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    // The server runs on this machine: a file it would write is visible.
    let marker = std::env::temp_dir().join(format!("tidegate-escape-{}", std::process::id()));
    let _ = std::fs::remove_file(&marker);
    let mut victim = db.connect().await?;
    let victim_pid: i32 = sqlx::query_scalar("SELECT pg_backend_pid()")
        .fetch_one(&mut victim)
        .await?;
    let m = marker.display();
    let escapes = [
        format!("COPY (SELECT 1) TO PROGRAM 'touch {m}';\n"),
        format!("SELECT pg_terminate_backend({victim_pid});\n"),
        format!("DO $$ BEGIN EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch {m}'''; END $$;\n"),
        format!(
            "CREATE FUNCTION kill() RETURNS void LANGUAGE plpgsql AS $f$ BEGIN PERFORM pg_terminate_backend({victim_pid}); END $f$;\nSELECT kill();\n"
        ),
        format!("COPY (SELECT 1) TO '{m}';\n"),
        "SELECT pg_reload_conf();\n".to_string(),
        "NOTIFY tidegate_test;\n".to_string(),
        "ALTER SYSTEM SET work_mem = '64MB';\n".to_string(),
        "SELECT lo_import('/etc/hostname');\n".to_string(),
        "SELECT pg_read_file('postgresql.conf');\n".to_string(),
        "RESET ROLE;\n".to_string(),
    ];
    for sql in &escapes {
        let (_d, toml) = project(&db.url, &[("0001_escape", sql, T1)], ALLOW)?;
        for cmd in ["plan", "apply"] {
            let (code, out, err) = cli(&[cmd], &toml);
            let said = format!("{out}{err}");
            ensure!(
                code != 0 && said.contains("outside the migration's transaction"),
                "{cmd} of {sql:?}: exit {code}: {said}"
            );
        }
        ensure!(!marker.exists(), "{sql:?} wrote {m} on the server");
        let alive: i32 = sqlx::query_scalar("SELECT 1")
            .fetch_one(&mut victim)
            .await
            .with_context(|| format!("{sql:?} ended the other session"))?;
        ensure!(alive == 1);
    }
    // Disguised so that no text check sees it, the role is what stops it
    // (on a database of its own: the history above is the superuser's).
    let fresh = TestDb::create(&server).await?;
    let least = fresh.least_privileged().await?;
    let disguised =
        format!("DO $$ BEGIN EXECUTE 'COPY (SELECT 1) TO PROG' || 'RAM ''touch {m}'''; END $$;\n");
    let (_d, toml) = project(&least, &[("0001_disguised", &disguised, T1)], "")?;
    let (code, out, err) = cli(&["plan"], &toml);
    ensure!(
        code != 0 && format!("{out}{err}").contains("pg_execute_server_program"),
        "the least-privileged role ran a program: exit {code}: {out}{err}"
    );
    ensure!(!marker.exists(), "the disguised COPY wrote {m}");
    fresh.drop().await?;
    let mut c = db.connect().await?;
    let applied: i64 =
        sqlx::query_scalar("SELECT count(*) FROM tidegate_migrations WHERE status = 'applied'")
            .fetch_one(&mut c)
            .await
            .unwrap_or(0);
    ensure!(applied == 0, "an escaping migration was applied");
    victim.close().await?;
    db.drop().await
}

/// What a statement touched is read from its transaction's locks, however
/// it was written: a table dropped through dynamic SQL, and a table a
/// trigger writes, both undeclared, fail `plan` (CAP002, an error) and
/// `apply` (rolled back before its commit); the tables are as they were.
pub async fn undeclared_relations_touched_are_errors(server: String) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let setup = (
        "0001_setup",
        "CREATE TABLE t1 (id int);\nCREATE TABLE victim2 (id int);\nINSERT INTO victim2 VALUES (1);\n\
         CREATE TABLE audit_log (what text);\n\
         CREATE FUNCTION log_t1() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN INSERT INTO audit_log VALUES ('t1 ' || NEW.id); RETURN NEW; END $f$;\n\
         CREATE TRIGGER t1_log AFTER INSERT ON t1 FOR EACH ROW EXECUTE FUNCTION log_t1();\n",
        "[capabilities]\ntables = [\"t1\", \"victim2\", \"audit_log\"]\n",
    );
    let (_d, toml) = project(&db.url, &[setup], ALLOW)?;
    let (code, out, err) = cli(&["apply"], &toml);
    ensure!(code == 0, "setup: exit {code}: {out}{err}");

    let cases = [
        (
            "DO $$ BEGIN EXECUTE 'DROP TABLE vic' || 'tim2'; END $$;\n",
            "public.victim2",
        ),
        ("INSERT INTO t1 VALUES (7);\n", "public.audit_log"),
        // Read inside a block that is rolled back, which releases its lock.
        (
            "DO $$ DECLARE n int; BEGIN BEGIN SELECT count(*) INTO n FROM victim2; RAISE EXCEPTION 'x'; EXCEPTION WHEN others THEN NULL; END; END $$;\n",
            "public.victim2",
        ),
    ];
    for (sql, touched) in cases {
        let (_d, toml) = project(&db.url, &[setup, ("0002_sneaky", sql, T1)], ALLOW)?;
        let (code, out, err) = cli(&["plan", "--format", "json"], &toml);
        ensure!(code != 0, "plan of {sql:?} passed: {out}{err}");
        let report: serde_json::Value =
            serde_json::from_str(&out).with_context(|| format!("plan JSON: {out}{err}"))?;
        let cap = report["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|f| f["rule"] == "CAP002")
            .with_context(|| format!("no CAP002 for {sql:?}: {}", report["findings"]))?;
        ensure!(
            cap["severity"] == "error" && cap["message"].as_str().unwrap_or("").contains(touched),
            "{cap}"
        );
        let statement = &report["migrations"][0]["statements"][0];
        ensure!(
            statement["observed"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|t| t["object"] == touched && t["undeclared"] == true),
            "the journal shows what it touched: {statement}"
        );
        let (code, out, err) = cli(&["apply"], &toml);
        ensure!(
            code != 0 && format!("{out}{err}").contains(touched),
            "apply of {sql:?}: exit {code}: {out}{err}"
        );
        ensure!(db.exists("victim2").await?, "victim2 was dropped");
        let logged = db.scalar_i64("SELECT count(*) FROM audit_log").await?;
        let inserted = db.scalar_i64("SELECT count(*) FROM t1").await?;
        ensure!(
            logged == 0 && inserted == 0,
            "rolled back: audit_log {logged}, t1 {inserted}"
        );
    }
    // Declared, the same trigger is fine: and the insert lands.
    let declared = "[capabilities]\ntables = [\"t1\", \"audit_log\"]\n";
    let (_d, toml) = project(
        &db.url,
        &[
            setup,
            ("0002_logged", "INSERT INTO t1 VALUES (7);\n", declared),
        ],
        ALLOW,
    )?;
    let (code, out, err) = cli(&["apply"], &toml);
    ensure!(code == 0, "declared: exit {code}: {out}{err}");
    ensure!(db.scalar_i64("SELECT count(*) FROM audit_log").await? == 1);
    db.drop().await
}

/// The plan reports each statement's strongest new lock on an existing
/// table, whether it rewrote it, and its size; a rewrite that no text rule
/// names (dynamic SQL) is still an error (PG101).
pub async fn the_plan_reports_observed_locks_and_rewrites(server: String) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let person = "[capabilities]\ntables = [\"person\"]\n";
    let setup = (
        "0001_person",
        "CREATE TABLE person (id int PRIMARY KEY, name text);\n\
         INSERT INTO person SELECT g, 'p' || g FROM generate_series(1, 2000) g;\n\
         ANALYZE person;\n",
        person,
    );
    let (_d, toml) = project(&db.url, &[setup], ALLOW)?;
    let (code, out, err) = cli(&["apply"], &toml);
    ensure!(code == 0, "setup: {out}{err}");
    let (_d, toml) = project(
        &db.url,
        &[
            setup,
            (
                "0002_hidden_rewrite",
                "DO $$ BEGIN EXECUTE 'ALTER TABLE person ALTER COLUMN id ' || 'TYPE bigint'; END $$;\n\
                 ALTER TABLE person ADD COLUMN nickname text;\n",
                person,
            ),
        ],
        ALLOW,
    )?;
    let (code, out, err) = cli(&["plan", "--format", "json"], &toml);
    ensure!(code != 0, "the rewrite is an error: {out}{err}");
    let report: serde_json::Value = serde_json::from_str(&out).context("plan JSON")?;
    let statements = &report["migrations"][0]["statements"];
    let first = statements[0]["observed"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|t| t["object"] == "public.person")
        .with_context(|| format!("person observed: {}", statements[0]))?;
    ensure!(
        first["lock"] == "ACCESS EXCLUSIVE"
            && first["rewritten"] == true
            && first["rows"] == 2000
            && first["existing"] == true,
        "{first}"
    );
    let rules: Vec<(&str, u64)> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or(""),
                f["statement"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    ensure!(rules.contains(&("PG101", 1)), "{rules:?}");
    let message = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["rule"] == "PG101")
        .and_then(|f| f["message"].as_str())
        .unwrap_or_default();
    ensure!(
        message.contains("ACCESS EXCLUSIVE on public.person (2000 rows")
            && message.contains("table rewritten"),
        "{message}"
    );
    // The human report says it under the statement.
    let (_, human, _) = cli(&["plan"], &toml);
    ensure!(
        human.contains("ACCESS EXCLUSIVE on public.person (2000 rows"),
        "{human}"
    );
    db.drop().await
}

/// `plan --fill-capabilities` writes each undeclared SQL module's
/// `[capabilities]` from what its dry run touched (a trigger's table
/// included); rebuilt, the project plans with nothing undeclared, and a
/// module that declared its capabilities is left as written.
pub async fn capabilities_are_filled_from_what_ran(server: String) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let setup = (
        "0001_setup",
        "CREATE TABLE t1 (id int);\nCREATE TABLE audit_log (what text);\n\
         CREATE FUNCTION log_t1() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN INSERT INTO audit_log VALUES ('t1'); RETURN NEW; END $f$;\n\
         CREATE TRIGGER t1_log AFTER INSERT ON t1 FOR EACH ROW EXECUTE FUNCTION log_t1();\n",
        "description = \"made by hand\"\n\n[capabilities]\ntables = [\"t1\", \"audit_log\"]\n",
    );
    let undeclared = (
        "0002_insert",
        "INSERT INTO t1 VALUES (1);\nCREATE TABLE t2 (id bigint PRIMARY KEY);\n",
        "# imported from another tool\ndescription = \"insert\"\n",
    );
    let (dir, toml) = project(&db.url, &[setup, undeclared], ALLOW)?;
    let (code, out, err) = cli(&["plan", "--fill-capabilities"], &toml);
    ensure!(code == 0, "plan: exit {code}: {out}{err}");
    let manifest = std::fs::read_to_string(dir.path().join("modules/0002_insert/module.toml"))?;
    ensure!(
        manifest.starts_with("# imported from another tool\ndescription = \"insert\"\n")
            && manifest.contains("[capabilities]\ntables = [\"audit_log\", \"t1\", \"t2\"]"),
        "{manifest}"
    );
    let kept = std::fs::read_to_string(dir.path().join("modules/0001_setup/module.toml"))?;
    ensure!(kept == setup.2, "a declared module was rewritten: {kept}");
    let (code, _, err) = cli(&["build"], &toml);
    ensure!(code == 0, "rebuild: {err}");
    let (code, out, err) = cli(&["plan"], &toml);
    ensure!(
        code == 0 && !err.contains("declares no capabilities"),
        "filled plan: exit {code}: {out}{err}"
    );
    db.drop().await
}

/// Each lock hazard the issue names, planned alone on a table with rows:
/// the plan reports the lock it was observed to take on the existing
/// table (and on a referenced one), and a rule fires on it.
pub async fn each_hazard_is_observed_with_its_lock(server: String) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let tables = "[capabilities]\ntables = [\"person\", \"org\", \"audit\"]\n";
    let setup = (
        "0001_setup",
        "CREATE TABLE org (id bigint PRIMARY KEY);\nINSERT INTO org VALUES (1);\n\
         CREATE TABLE person (id bigint, email text, org_id bigint, nick text DEFAULT 'x');\n\
         INSERT INTO person SELECT g, 'p' || g || '@x', 1 FROM generate_series(1, 500) g;\n\
         CREATE INDEX person_email_idx ON person (email);\n\
         CREATE TYPE mood AS ENUM ('ok');\nCREATE TABLE audit (what text);\n",
        tables,
    );
    let (_d, toml) = project(&db.url, &[setup], ALLOW)?;
    let (code, out, err) = cli(&["apply"], &toml);
    ensure!(code == 0, "setup: {out}{err}");
    // (statement, relation, lock it must show, rule that must fire)
    let hazards = [
        (
            "ALTER TABLE person ALTER COLUMN email SET NOT NULL;",
            "public.person",
            "ACCESS EXCLUSIVE",
            "PG009",
        ),
        (
            "DROP INDEX person_email_idx;",
            "public.person",
            "ACCESS EXCLUSIVE",
            "PG010",
        ),
        (
            "ALTER TABLE person ADD PRIMARY KEY (id);",
            "public.person",
            "ACCESS EXCLUSIVE",
            "PG011",
        ),
        (
            "ALTER TABLE person ADD COLUMN boss_org bigint REFERENCES org (id);",
            "public.org",
            "SHARE ROW EXCLUSIVE",
            "PG012",
        ),
        (
            "CREATE INDEX person_nick_idx ON person (nick);",
            "public.person",
            "SHARE",
            "PG001",
        ),
        (
            "ALTER TABLE person ALTER COLUMN nick DROP DEFAULT;",
            "public.person",
            "ACCESS EXCLUSIVE",
            "PG014",
        ),
        (
            "DO $$ BEGIN EXECUTE format('ALTER TABLE %I ADD COLUMN %I int', 'person', 'n'); END $$;",
            "public.person",
            "ACCESS EXCLUSIVE",
            "PG100",
        ),
        (
            "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $f$ ALTER TABLE person ALTER COLUMN id TYPE text $f$;\nSELECT f();",
            "public.person",
            "ACCESS EXCLUSIVE",
            "PG101",
        ),
    ];
    for (sql, relation, lock, rule) in hazards {
        let (_d, toml) = project(&db.url, &[setup, ("0002_hazard", sql, tables)], ALLOW)?;
        let (_, out, err) = cli(&["plan", "--format", "json", "--fail-on", "never"], &toml);
        let report: serde_json::Value =
            serde_json::from_str(&out).with_context(|| format!("{sql}: {out}{err}"))?;
        let statements = report["migrations"][0]["statements"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let seen = statements
            .iter()
            .flat_map(|s| s["observed"].as_array().cloned().unwrap_or_default())
            .find(|t| t["object"] == relation && t["lock"] == lock);
        ensure!(
            seen.is_some_and(|t| t["existing"] == true),
            "{sql}: no {lock} on {relation} observed: {statements:?}"
        );
        let fired = report["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|f| f["rule"] == rule);
        ensure!(fired, "{sql}: {rule} did not fire: {}", report["findings"]);
    }
    db.drop().await
}
