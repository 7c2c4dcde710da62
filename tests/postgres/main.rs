//! PostgreSQL end to end: plan, apply, down, status, resolve, tamper
//! detection, hostile guests, the lock's connection behind an idle
//! timeout, against a real server. The scenarios every engine shares
//! (edited migrations, concurrent applies, up/down/up, health, the lock,
//! kills and connection faults) are in `tests/engines`.
//!
//! The server comes from `TIDEGATE_TEST_POSTGRES_URL`, else testcontainers;
//! without either every test here is reported ignored with the reason.

#[path = "../common/mod.rs"]
mod common;
mod corpus;
mod guard;
mod squawk;

use anyhow::{Context, ensure};
use common::{Fixture, TestDb, cli, examples, executor, guests, open, pg_trial, runtime};
use tidegate::ExecError;
use tidegate::project::{Project, ProjectError};
use tidegate::report::{DownTo, Outcome, Resolution, State};

const EXAMPLES: &[&str] = &[
    "0001_create_users",
    "0002_expand_display_name",
    "0003_backfill_email_lower",
    "0004_contract_full_name",
];
const REVERSIBLE: &[&str] = &[
    "0001_create_users",
    "0002_expand_display_name",
    "0003_backfill_email_lower",
];

async fn plan_leaves_database_unchanged(server: String) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let f = Fixture::new(examples(), EXAMPLES, Some(&db.url));
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let before = db.snapshot().await?;

    let report = executor(&project, &rt).await?.plan(None).await?;
    ensure!(report.ok(), "plan failed: {:?}", report.error);
    ensure!(report.migrations.len() == 4);
    let first = &report.migrations[0];
    ensure!(
        first.statements[0].text.contains("CREATE TABLE users ("),
        "{:?}",
        first.statements[0]
    );
    ensure!(
        first.statements.len() == 3,
        "batch split into statements: {:#?}",
        first.statements
    );
    ensure!(
        first.checks.len() == 2 && first.checks.iter().all(|c| c.passed),
        "{:?}",
        first.checks
    );
    let concurrently = report.migrations[2]
        .statements
        .iter()
        .find(|s| s.text.contains("CREATE INDEX CONCURRENTLY"))
        .context("0003 builds its index concurrently")?;
    ensure!(
        concurrently
            .note
            .as_deref()
            .is_some_and(|n| n.contains("without CONCURRENTLY"))
    );
    ensure!(
        report.migrations.len() == 4
            && report
                .migrations
                .iter()
                .all(|m| m.outcome == Outcome::Ok && m.elapsed_ms > 0.0)
    );

    let diff: Vec<String> = report
        .diff
        .as_ref()
        .context("plan has a diff")?
        .iter()
        .map(|c| c.line())
        .collect();
    for want in [
        "+ table public.users",
        "+ column public.users.display_name (text, nullable=not null",
        "+ index public.users_email_lower_idx",
        "+ constraint public.users.users_email_key (UNIQUE (email)",
        "+ sequence public.users_id_seq",
    ] {
        ensure!(
            diff.iter().any(|l| l.starts_with(want)),
            "diff lacks `{want}`:\n{}",
            diff.join("\n")
        );
    }
    ensure!(
        !diff.iter().any(|l| l.contains("full_name")),
        "0004 dropped full_name: {diff:?}"
    );

    ensure!(
        db.snapshot().await? == before,
        "the dry run changed the schema"
    );
    ensure!(
        !db.exists("tidegate_migrations").await?,
        "the dry run created the history table"
    );
    ensure!(!db.exists("users").await?);

    // The CLI renders the same plan as markdown and JSON.
    let toml = f.write_toml();
    let (code, md, err) = cli(&["plan", "--format", "markdown"], &toml);
    ensure!(code == 0, "plan exit {code}: {err}");
    ensure!(
        !err.contains('\x1b'),
        "colour codes on a stderr that is not a terminal: {err:?}"
    );
    ensure!(md.starts_with(tidegate::render::MARKER), "{md}");
    ensure!(
        md.contains("| ✅ | `0001_create_users` |")
            && md.contains("CREATE TABLE public.users (")
            && md.contains("<b>Health</b>"),
        "{md}"
    );
    let problems = common::comment::problems(
        &md,
        &["Schema diff · PostgreSQL", "<b>Lint</b>", "<b>Health</b>"],
    );
    ensure!(problems.is_empty(), "{problems:#?}");
    let (code, json, err) = cli(&["plan", "--format", "json"], &toml);
    ensure!(code == 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json)?;
    ensure!(
        v["action"] == "plan" && v["migrations"].as_array().map(Vec::len) == Some(4),
        "{json}"
    );
    ensure!(db.snapshot().await? == before);
    db.drop().await
}

async fn apply_twice_is_a_no_op(server: String) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let f = Fixture::new(examples(), EXAMPLES, Some(&db.url));
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;

    let first = exec.apply(None).await?;
    ensure!(first.ok(), "{:?}", first.error);
    ensure!(
        first
            .migrations
            .iter()
            .filter(|m| m.outcome == Outcome::Ok)
            .count()
            == 4
    );
    let after_first = db.snapshot().await?;
    ensure!(db.exists("users").await? && db.exists("users_email_lower_idx").await?);

    let second = exec.apply(None).await?;
    ensure!(second.ok() && second.migrations.is_empty() && second.already_applied == 4);
    ensure!(db.snapshot().await? == after_first);
    ensure!(
        db.scalar_i64("SELECT count(*) FROM tidegate_migrations WHERE status = 'applied'")
            .await?
            == 4
    );
    ensure!(
        db.scalar_i64("SELECT count(*) FROM tidegate_migrations_audit WHERE event = 'applied'")
            .await?
            == 4
    );
    // The audit trail records checksum, algorithm, actor and duration.
    ensure!(
        db.scalar_i64(
            "SELECT count(*) FROM tidegate_migrations WHERE checksum_algorithm = 'sha256' AND length(checksum) = 64
               AND component_digest LIKE 'sha256:%' AND applied_by <> '' AND duration_ms IS NOT NULL"
        )
        .await?
            == 4
    );

    let status = exec.status().await?;
    ensure!(status.count(State::Applied) == 4 && status.count(State::Pending) == 0);
    db.drop().await
}

async fn apply_to_stops_at_the_named_migration(server: String) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let f = Fixture::new(examples(), EXAMPLES, Some(&db.url));
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    ensure!(matches!(
        exec.apply(Some("0009_nope")).await,
        Err(ExecError::UnknownMigration(_))
    ));
    let first = exec.apply(Some("0002_expand_display_name")).await?;
    ensure!(
        first
            .migrations
            .iter()
            .map(|m| m.id.as_str())
            .collect::<Vec<_>>()
            == EXAMPLES[..2]
    );
    let plan = exec.plan(None).await?;
    ensure!(
        plan.already_applied == 2 && plan.migrations.len() == 2,
        "{:?}",
        plan.migrations.len()
    );
    let status = exec.status().await?;
    ensure!(status.count(State::Applied) == 2 && status.count(State::Pending) == 2);
    db.drop().await
}

async fn lint_flags_what_the_plan_executed(server: String) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let users = Fixture::new(examples(), &["0001_create_users"], Some(&db.url));
    let rt = runtime(&users);
    ensure!(
        executor(&open(&users, &rt).await?, &rt)
            .await?
            .apply(None)
            .await?
            .ok()
    );

    let f = Fixture::new(guests(), &["9008_lint_bait"], Some(&db.url)).set(
        "postgres",
        "lock_timeout",
        "0s",
    );
    // 0001 is applied in the database and must be in the lock, too.
    let mut lock = f.lock();
    let mut first = users.lock().migrations[0].clone();
    first.module = common::workspace()
        .join("modules/0001_create_users")
        .to_string_lossy()
        .into_owned();
    std::fs::copy(
        users.config.components.join("0001_create_users.wasm"),
        f.config.components.join("0001_create_users.wasm"),
    )?;
    lock.migrations.insert(0, first);
    lock.write(&f.config.lock)?;
    let project = open(&f, &rt).await?;
    let report = executor(&project, &rt).await?.plan(None).await?;
    ensure!(report.ok(), "{:?}", report.error);
    let rules: Vec<&str> = report.findings.iter().map(|x| x.rule).collect();
    ensure!(rules == ["PG001", "PG002", "PG006", "PG008"], "{rules:?}");
    ensure!(
        report.findings[0].statement == 1 && report.findings[0].message.contains("public.users")
    );
    ensure!(
        report.findings[0]
            .location
            .as_deref()
            .is_some_and(|l| l.ends_with("lint_bait/src/lib.rs"))
    );

    // The CLI: SARIF, and --fail-on deciding the exit code.
    let toml = f.write_toml();
    let (code, out, err) = cli(&["lint", "--format", "sarif"], &toml);
    ensure!(
        code == 1,
        "an error-level finding must fail: exit {code}: {err}"
    );
    let v: serde_json::Value = serde_json::from_str(&out)?;
    // PG001, PG002, PG006, and PG008 for the lock_timeout of 0 the fixture configures.
    ensure!(
        v["runs"][0]["results"].as_array().map(Vec::len) == Some(4),
        "{out}"
    );
    let (code, out, err) = cli(&["plan", "--fail-on", "never"], &toml);
    ensure!(
        code == 0 && out.contains("PG001 index-not-concurrent"),
        "exit {code}: {out}{err}"
    );
    ensure!(
        !db.exists("users_status_idx").await?,
        "lint ran on a dry run"
    );

    // The examples carry a reasoned suppression: allowed, not failing.
    let all = Fixture::new(examples(), EXAMPLES, Some(&db.url));
    let (code, out, err) = cli(
        &["lint", "--fail-on", "warning", "--format", "json"],
        &all.write_toml(),
    );
    ensure!(code == 0, "exit {code}: {err}");
    let v: serde_json::Value = serde_json::from_str(&out)?;
    ensure!(
        v.as_array()
            .is_some_and(|f| !f.is_empty() && f.iter().all(|f| f["suppressed"].is_string())),
        "{out}"
    );
    db.drop().await
}

async fn health_reports_server_facts(server: String) -> anyhow::Result<()> {
    use tidegate::report::Health;
    let db = TestDb::create(&server).await?;
    // Connected as a role that cannot act outside its transaction, the
    // way the README says to: nothing to warn about once applied.
    let url = db.least_privileged().await?;
    let f = Fixture::new(examples(), REVERSIBLE, Some(&url));
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;

    let pending = exec.health().await;
    ensure!(
        pending.status == Health::Warn,
        "pending migrations warn: {:?}",
        pending.checks
    );
    ensure!(exec.apply(None).await?.ok());
    let healthy = exec.health().await;
    ensure!(healthy.status == Health::Pass, "{:?}", healthy.checks);
    let names: Vec<&str> = healthy.checks.iter().map(|c| c.name.as_str()).collect();
    for want in [
        "postgres: connect",
        "postgres: version",
        "postgres: role",
        "postgres: timeouts",
        "migrations",
        "0003_backfill_email_lower: users.email_lower is backfilled",
    ] {
        ensure!(names.contains(&want), "{names:?}");
    }
    ensure!(
        healthy
            .checks
            .iter()
            .any(|c| c.name == "postgres: version" && c.detail.starts_with("PostgreSQL"))
    );
    ensure!(
        healthy
            .checks
            .iter()
            .any(|c| c.name == "postgres: timeouts" && c.detail.contains("lock_timeout 10s")),
        "{:?}",
        healthy.checks
    );
    db.drop().await
}

async fn irreversible_down_is_refused(server: String) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let f = Fixture::new(examples(), EXAMPLES, Some(&db.url));
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    ensure!(exec.apply(None).await?.ok());
    let before = db.snapshot().await?;
    match exec.down(&DownTo::Last).await {
        Err(ExecError::Irreversible(id)) => ensure!(id == "0004_contract_full_name"),
        other => anyhow::bail!(
            "expected Irreversible, got {:?}",
            other.map(|r| r.migrations.len())
        ),
    }
    ensure!(db.snapshot().await? == before);
    db.drop().await
}

/// Advisory keys are per database: a run that waits names only the
/// holders in its own database, however many other databases hold the
/// same key. Every connection asks the server for TCP keepalives after
/// `postgres.keepalive`.
async fn the_lock_names_its_holder_in_its_own_database(server: String) -> anyhow::Result<()> {
    use tidegate::engine::Engine;
    use tidegate::engine::postgres::{PgConfig, PgEngine, PgTarget};
    let (ours, other) = (
        TestDb::create(&server).await?,
        TestDb::create(&server).await?,
    );
    let key = tidegate::engine::postgres::history::History::new("tidegate_migrations")?.lock_key();
    // Many holders of the same key in another database (shared locks).
    let mut elsewhere = Vec::new();
    for _ in 0..12 {
        let mut c = other.connect().await?;
        sqlx::query("SELECT pg_advisory_lock_shared($1)")
            .bind(key)
            .execute(&mut c)
            .await?;
        elsewhere.push(c);
    }
    let f = Fixture::new(examples(), &[], Some(&ours.url))
        .set("postgres", "advisory_lock_wait", "200ms")
        .set("postgres", "keepalive", "7s");
    let cfg = PgConfig::from_config(&f.config.engine("postgres"))?;
    let engine = PgEngine::new(cfg.clone())?;
    let held = engine
        .lock()
        .await
        .context("another database's holders do not block this one")?;
    let holder: i32 = {
        let mut c = ours.connect().await?;
        sqlx::query_scalar(
            "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        )
        .fetch_one(&mut c)
        .await?
    };
    let err = engine
        .lock()
        .await
        .err()
        .context("a second run took the held lock")?
        .to_string();
    ensure!(
        err.contains(&format!("backend pid {holder},")),
        "the holder in this database is not named: {err}"
    );
    ensure!(
        err.matches("backend pid").count() == 1,
        "holders in other databases are named: {err}"
    );
    held.release().await?;

    let mut c = PgTarget::new(&cfg)?.connect().await?;
    let settings: Vec<(String, String)> = sqlx::query_as(
        "SELECT name, setting FROM pg_settings WHERE name LIKE 'tcp_keepalives_%' ORDER BY name",
    )
    .fetch_all(&mut c)
    .await?;
    let want = [
        ("tcp_keepalives_count", "4"),
        ("tcp_keepalives_idle", "7"),
        ("tcp_keepalives_interval", "1"),
    ];
    ensure!(
        settings
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .eq(want),
        "{settings:?}"
    );
    drop((c, elsewhere));
    ours.drop().await?;
    other.drop().await
}

/// Behind an idle-timeout middlebox (a proxy that cuts a connection that
/// carried nothing for 2 s, as an AWS NLB does after 350 s), a migration
/// that takes 4 s applies: the lock's connection, idle while it runs, is
/// kept busy by the heartbeat every `postgres.keepalive`, so the fence
/// finds the lock held.
async fn the_locks_connection_outlives_an_idle_timeout(server: String) -> anyhow::Result<()> {
    use common::proxy::Proxy;
    let db = TestDb::create(&server).await?;
    let (proxy, via) = Proxy::before(&db.url);
    proxy.cut_idle_after(Some(std::time::Duration::from_secs(2)));
    let slow = "SELECT pg_sleep(0.4);\n".repeat(10);
    let config = format!(
        "[postgres]\nurl = \"{via}\"\nkeepalive = \"500ms\"\nallow_privileged_role = true\n"
    );
    let (_dir, toml) = common::module_project(
        &[
            ("0001_slow", "up.sql", &slow),
            ("0001_slow", "module.toml", ""),
        ],
        &config,
    )?;
    let (code, out, err) = cli(&["apply"], &toml);
    ensure!(code == 0, "exit {code}\n{out}\n{err}");
    ensure!(
        db.scalar_i64("SELECT count(*) FROM tidegate_migrations WHERE status = 'applied'")
            .await?
            == 1
    );
    db.drop().await
}

async fn tampered_component_is_refused(server: String) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let f = Fixture::new(
        examples(),
        &["0001_create_users", "0002_expand_display_name"],
        Some(&db.url),
    );
    let path = f.config.components.join("0002_expand_display_name.wasm");
    let mut bytes = std::fs::read(&path)?;
    let at = bytes.len() / 2;
    bytes[at] ^= 0x55;
    std::fs::write(&path, bytes)?;

    let rt = runtime(&f);
    match Project::open(f.config.clone(), &rt).await {
        Err(ProjectError::Verify(p)) => {
            ensure!(
                p.len() == 1 && p[0].migration == "0002_expand_display_name",
                "{p:?}"
            );
            ensure!(
                p[0].message.contains("does not match")
                    || p[0].message.contains("but tidegate.lock records"),
                "{p:?}"
            );
        }
        other => anyhow::bail!("expected a verify error, got ok={}", other.is_ok()),
    }
    let toml = f.write_toml();
    let (code, out, _) = cli(&["verify"], &toml);
    ensure!(
        code == 3 && out.contains("FAIL 0002_expand_display_name"),
        "exit {code}: {out}"
    );
    let (code, _, err) = cli(&["apply"], &toml);
    ensure!(
        code == 3 && err.contains("verification failed"),
        "exit {code}: {err}"
    );
    ensure!(
        !db.exists("users").await?,
        "nothing may run when any component fails verification"
    );
    db.drop().await
}

/// A run loads only the components it will execute: a no-op apply never
/// reads an applied migration's component, while `verify` and `health`
/// (which runs its checks) still refuse a tampered one; an edited applied
/// source is still refused; and a lock whose recorded metadata disagrees
/// with a pending component refuses the run before anything executes.
async fn only_components_that_run_are_loaded(server: String) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let f = Fixture::new(
        examples(),
        &["0001_create_users", "0002_expand_display_name"],
        Some(&db.url),
    );
    let toml = f.write_toml();
    let (code, _, err) = cli(&["apply", "--to", "0001_create_users"], &toml);
    ensure!(code == 0, "exit {code}: {err}");

    // 0001 is applied; its component is damaged afterwards.
    let path = f.config.components.join("0001_create_users.wasm");
    let good = std::fs::read(&path)?;
    let mut bad = good.clone();
    let at = bad.len() / 2;
    bad[at] ^= 0x55;
    std::fs::write(&path, &bad)?;
    let (code, out, err) = cli(&["apply", "--to", "0001_create_users"], &toml);
    ensure!(
        code == 0 && !err.contains("verification failed"),
        "a no-op run must not load applied components; exit {code}: {out}{err}"
    );
    let (code, out, _) = cli(&["verify"], &toml);
    ensure!(
        code == 3 && out.contains("FAIL 0001_create_users"),
        "verify checks every component; exit {code}: {out}"
    );
    let (code, out, err) = cli(&["health"], &toml);
    ensure!(
        code != 0 && format!("{out}{err}").contains("0001_create_users"),
        "health runs applied checks, so it loads them; exit {code}: {out}{err}"
    );
    std::fs::write(&path, &good)?;

    // An edited applied migration is refused without loading anything (on
    // a copy of its sources that the fixture's lock points at).
    let copy = f.dir.path().join("sources/0001_create_users");
    std::fs::create_dir_all(&copy)?;
    let mut lock = f.lock();
    let entry = lock
        .migrations
        .iter_mut()
        .find(|m| m.id == "0001_create_users")
        .context("0001 in the lock")?;
    for file in std::fs::read_dir(&entry.module)? {
        let file = file?.path();
        std::fs::copy(&file, copy.join(file.file_name().context("a file name")?))?;
    }
    entry.module = copy.to_string_lossy().into_owned();
    lock.write(&f.config.lock)?;
    let edited = copy.join("up.sql");
    let original = std::fs::read_to_string(&edited)?;
    let (code, _, err) = cli(&["apply", "--to", "0001_create_users"], &toml);
    ensure!(
        code == 0,
        "the copied sources are the same; exit {code}: {err}"
    );
    std::fs::write(
        &edited,
        format!("{original}\n-- edited after it was applied\n"),
    )?;
    let (code, _, err) = cli(&["apply"], &toml);
    ensure!(
        code == 3 && err.contains("were edited after tidegate.lock was written"),
        "exit {code}: {err}"
    );
    std::fs::write(&edited, original)?;

    // The lock says 0002 is not transactional; its component says it is.
    let lock_text = std::fs::read_to_string(&f.config.lock)?;
    let entry = lock_text
        .find("id = \"0002_expand_display_name\"")
        .context("0002 in the lock")?;
    let flag = entry
        + lock_text[entry..]
            .find("transactional = true")
            .context("metadata recorded in the lock")?;
    let forged = format!(
        "{}transactional = false{}",
        &lock_text[..flag],
        &lock_text[flag + "transactional = true".len()..]
    );
    std::fs::write(&f.config.lock, forged)?;
    let (code, _, err) = cli(&["apply"], &toml);
    ensure!(
        code == 3
            && err.contains("component answers metadata")
            && err.contains("0002_expand_display_name"),
        "exit {code}: {err}"
    );
    ensure!(
        db.scalar_i64("SELECT count(*) FROM tidegate_migrations")
            .await?
            == 1,
        "nothing more may run"
    );
    std::fs::write(&f.config.lock, lock_text)?;
    let (code, _, err) = cli(&["apply"], &toml);
    ensure!(code == 0, "exit {code}: {err}");
    ensure!(
        db.scalar_i64("SELECT count(*) FROM tidegate_migrations WHERE status = 'applied'")
            .await?
            == 2
    );
    db.drop().await
}

/// A project of SQL modules on `db`, in a temp dir, built: each module is
/// its name, its `up.sql` and its `module.toml`; `postgres` adds keys to
/// the `[postgres]` section of `tidegate.toml`. The dir, and that file.
fn sql_project(
    db: &TestDb,
    modules: &[(&str, &str, &str)],
    postgres: &str,
) -> anyhow::Result<(tempfile::TempDir, std::path::PathBuf)> {
    guard::project(
        &db.url,
        modules,
        &format!("allow_privileged_role = true\n{postgres}"),
    )
}

/// What the history stores is written into its statement as constants (a
/// simple query that carries the transaction control): any text, quotes,
/// backslashes, placeholders and dollar quotes included, comes back
/// verbatim, and nothing of it runs.
async fn history_keeps_any_text_verbatim(server: String) -> anyhow::Result<()> {
    const TEXT: &str =
        "it's a \\ back\\slash ''); DROP TABLE victim; -- $1 $14 $$ $tg$ E'x' \u{e9}\u{2713}";
    let db = TestDb::create(&server).await?;
    let quoted = format!("description = {TEXT:?}\n");
    // 0003 is non-transactional and fails: its error is written into the row.
    let fails = format!("description = {TEXT:?}\ntransactional = false\n");
    let (_dir, toml) = sql_project(
        &db,
        &[
            ("0001_victim", "CREATE TABLE victim (id int);\n", ""),
            ("0002_quoted", "CREATE TABLE quoted (id int);\n", &quoted),
            ("0003_fails", "SELECT * FROM \"no'such\\table\";\n", &fails),
        ],
        "",
    )?;
    let (code, _, err) = cli(&["apply"], &toml);
    ensure!(
        code != 0 && err.contains("0003_fails"),
        "0003 fails; exit {code}: {err}"
    );
    ensure!(
        db.exists("victim").await? && db.exists("quoted").await?,
        "the text ran as SQL"
    );
    let mut c = db.connect().await?;
    let stored: Vec<(String, String, Option<String>)> =
        sqlx::query_as("SELECT id, description, error FROM tidegate_migrations ORDER BY id")
            .fetch_all(&mut c)
            .await?;
    ensure!(stored.len() == 3, "{stored:?}");
    ensure!(
        stored[1].1 == TEXT && stored[2].1 == TEXT,
        "descriptions changed on the way: {stored:?}"
    );
    let error = stored[2].2.as_deref().unwrap_or_default();
    ensure!(
        error.contains("relation \"no'such\\table\" does not exist"),
        "the error as PostgreSQL gave it: {error}"
    );
    let audited: i64 = sqlx::query_scalar("SELECT count(*) FROM tidegate_migrations_audit WHERE id = '0003_fails' AND detail LIKE '%no''such\\\\table%'")
        .fetch_one(&mut c)
        .await?;
    ensure!(audited >= 1, "the audit row keeps the error");
    db.drop().await
}

/// A migration's commit returns before it is flushed when the run's next
/// migration writes to the same database after it; the run's last commit
/// waits, and with it every one before (the server flushes its log in
/// order). `postgres.flush_each_commit` makes every commit wait. Each
/// migration records the setting its own transaction ran with.
async fn only_the_last_commit_waits_for_the_flush(server: String) -> anyhow::Result<()> {
    for flush_each_commit in [false, true] {
        let db = TestDb::create(&server).await?;
        let names: Vec<String> = (1..=3).map(|n| format!("000{n}_t{n}")).collect();
        let ups: Vec<String> = (1..=3).map(|n| format!("CREATE TABLE t{n} AS SELECT current_setting('synchronous_commit') AS setting;\n")).collect();
        let modules: Vec<(&str, &str, &str)> = names
            .iter()
            .zip(&ups)
            .map(|(n, u)| (n.as_str(), u.as_str(), ""))
            .collect();
        let (_dir, toml) = sql_project(
            &db,
            &modules,
            &format!("flush_each_commit = {flush_each_commit}\n"),
        )?;
        let (code, _, err) = cli(&["apply"], &toml);
        ensure!(code == 0, "apply: exit {code}: {err}");
        let mut c = db.connect().await?;
        let default: String = sqlx::query_scalar("SELECT current_setting('synchronous_commit')")
            .fetch_one(&mut c)
            .await?;
        ensure!(
            default != "off",
            "this test needs a server whose synchronous_commit is not off"
        );
        let mut seen = Vec::new();
        for n in 1..=3 {
            seen.push(
                sqlx::query_scalar::<_, String>(sqlx::AssertSqlSafe(format!(
                    "SELECT setting FROM t{n}"
                )))
                .fetch_one(&mut c)
                .await?,
            );
        }
        let want = if flush_each_commit {
            vec![default.as_str(); 3]
        } else {
            vec!["off", "off", default.as_str()]
        };
        ensure!(
            seen == want,
            "flush_each_commit = {flush_each_commit}: the migrations ran with {seen:?}, want {want:?}"
        );
        ensure!(
            db.scalar_i64("SELECT count(*) FROM tidegate_migrations WHERE status = 'applied'")
                .await?
                == 3
        );
        db.drop().await?;
    }
    Ok(())
}

/// A check's query without parameters goes as one simple query with the
/// check's savepoint, and the values it reads as text are those the same
/// query reads as binary with a parameter (the guest compares them), even
/// after `up` changed the settings that shape text. The history row and
/// audit entry, sent with the `COMMIT`, are there.
async fn check_queries_read_the_same_values_as_text(server: String) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let f = Fixture::new(guests(), &["9017_text_values"], Some(&db.url));
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let report = executor(&project, &rt).await?.apply(None).await?;
    ensure!(report.ok(), "{:?}", report.error);
    let checks = &report.migrations[0].checks;
    ensure!(
        checks.len() == 3 && checks.iter().all(|c| c.passed),
        "{checks:#?}"
    );
    ensure!(
        db.scalar_i64("SELECT count(*) FROM tidegate_migrations WHERE status = 'applied'")
            .await?
            == 1
    );
    ensure!(
        db.scalar_i64("SELECT count(*) FROM tidegate_migrations_audit WHERE event = 'applied'")
            .await?
            == 1
    );
    ensure!(
        db.scalar_i64("SELECT count(*) FROM pg_type WHERE typname = 'text_values_mood'")
            .await?
            == 1,
        "up was committed"
    );
    db.drop().await
}

/// The history write of a transactional migration goes with its `COMMIT`:
/// when it fails, nothing of the migration commits, the run says so, and
/// the session is still usable. Here the migration adds a constraint to the
/// history table that its own row breaks.
async fn a_history_write_that_fails_commits_nothing(server: String) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let (_dir, toml) = sql_project(
        &db,
        &[
            ("0001_first", "CREATE TABLE first (id int);\n", ""),
            (
                "0002_refused",
                "CREATE TABLE refused (id int);\nALTER TABLE tidegate_migrations ADD CONSTRAINT refuses_0002 CHECK (id <> '0002_refused');\n",
                "",
            ),
        ],
        "",
    )?;
    let (code, out, err) = cli(&["apply"], &toml);
    ensure!(code != 0, "apply succeeded: {out}");
    ensure!(
        err.contains("refuses_0002") && err.contains("writing the history"),
        "exit {code}: {err}"
    );
    ensure!(
        db.exists("first").await? && !db.exists("refused").await?,
        "0002 committed without its history row"
    );
    ensure!(
        db.scalar_i64("SELECT count(*) FROM pg_constraint WHERE conname = 'refuses_0002'")
            .await?
            == 0
    );
    ensure!(
        db.scalar_i64("SELECT count(*) FROM tidegate_migrations")
            .await?
            == 1
    );
    let (code, out, err) = cli(&["status"], &toml);
    ensure!(
        out.contains("0002_refused") && out.contains("pending"),
        "status: exit {code}: {out}{err}"
    );
    db.drop().await
}

/// With the source index warm (files old enough to be remembered by their
/// stamps) and the lock's sealed copy written, an applied migration edited
/// in place, to the same length and with its modification time put back,
/// is still refused, and so is an edited lock; once the edits are undone
/// the run is a no-op again.
async fn an_edited_migration_is_refused_with_a_warm_source_index(
    server: String,
) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let (dir, toml) = sql_project(
        &db,
        &[("0001_first", "CREATE TABLE first (id int);\n", "")],
        "",
    )?;
    let (code, _, err) = cli(&["apply"], &toml);
    ensure!(code == 0, "apply: exit {code}: {err}");
    // Past the 2 s within which a change could share a stamp's clock tick.
    std::thread::sleep(std::time::Duration::from_millis(2200));
    let (code, _, err) = cli(&["status"], &toml);
    ensure!(code == 0, "status: exit {code}: {err}");
    let index = std::fs::read(dir.path().join("target/tidegate/sources.index"))
        .context("status saves the source index")?;
    ensure!(
        index.windows(18).any(|w| w == b"modules/0001_first"),
        "the settled module is remembered ({} bytes)",
        index.len()
    );
    ensure!(
        dir.path()
            .join("target/tidegate/tidegate.lock.copy")
            .is_file(),
        "status writes the lock's copy"
    );
    let (code, out, err) = cli(&["apply"], &toml);
    ensure!(
        code == 0 && out.contains("nothing to do"),
        "unchanged sources: exit {code}: {out}{err}"
    );

    let lock = dir.path().join("tidegate.lock");
    let text = std::fs::read_to_string(&lock)?;
    let source = text
        .lines()
        .find_map(|l| l.strip_prefix("source = \""))
        .context("the lock records a source digest")?;
    std::fs::write(
        &lock,
        text.replace(source, &format!("sha256:{}\"", "0".repeat(64))),
    )?;
    let (code, _, err) = cli(&["apply"], &toml);
    ensure!(
        code == 3 && err.contains("were edited after tidegate.lock was written"),
        "an edited lock, not its copy: exit {code}: {err}"
    );
    std::fs::write(&lock, &text)?;

    let up = dir.path().join("modules/0001_first/up.sql");
    let mtime = std::fs::metadata(&up)?.modified()?;
    let file = std::fs::OpenOptions::new().write(true).open(&up)?;
    std::io::Write::write_all(&mut &file, b"CREATE TABLE other (id int);\n")?;
    file.set_modified(mtime)?;
    drop(file);
    ensure!(
        std::fs::metadata(&up)?.len() == 29 && std::fs::metadata(&up)?.modified()? == mtime,
        "same length and time"
    );
    let (code, _, err) = cli(&["apply"], &toml);
    ensure!(
        code == 3 && err.contains("were edited after tidegate.lock was written"),
        "exit {code}: {err}"
    );

    std::fs::write(&up, "CREATE TABLE first (id int);\n")?;
    let (code, out, err) = cli(&["apply"], &toml);
    ensure!(
        code == 0 && out.contains("nothing to do"),
        "undone: exit {code}: {out}{err}"
    );
    db.drop().await
}

/// `warm` (what `apply` calls while it verifies the project) reads the
/// history on the connection it opens, for that session's first look: a
/// second look reads again, and so does a look inside a transaction.
async fn warm_reads_the_history_ahead_for_the_first_look_only(
    server: String,
) -> anyhow::Result<()> {
    use tidegate::engine::Engine;
    use tidegate::engine::postgres::{PgConfig, PgEngine};
    let db = TestDb::create(&server).await?;
    let f = Fixture::new(examples(), &["0001_create_users"], Some(&db.url));
    let (code, _, err) = cli(&["apply"], &f.write_toml());
    ensure!(code == 0, "apply: exit {code}: {err}");
    let mut c = db.connect().await?;
    let describe = async |c: &mut sqlx::PgConnection, text: &str| {
        sqlx::query("UPDATE tidegate_migrations SET description = $1")
            .bind(text)
            .execute(c)
            .await
            .map(drop)
    };
    let engine = PgEngine::new(PgConfig::from_config(&f.config.engine("postgres"))?)?;
    let settle = std::time::Duration::from_millis(500);

    describe(&mut c, "before").await?;
    engine.warm();
    tokio::time::sleep(settle).await;
    describe(&mut c, "after").await?;
    let mut s = engine.session().await?;
    let seen = |rows: Vec<tidegate::history::HistoryRow>| {
        rows.into_iter().map(|r| r.description).collect::<Vec<_>>()
    };
    ensure!(
        seen(s.history().await?) == ["before"],
        "the first look is the one read ahead"
    );
    ensure!(
        seen(s.history().await?) == ["after"],
        "a second look reads again"
    );
    s.close().await;

    engine.warm();
    tokio::time::sleep(settle).await;
    describe(&mut c, "in the transaction").await?;
    let mut s = engine.session().await?;
    s.begin().await?;
    ensure!(
        seen(s.history().await?) == ["in the transaction"],
        "a look inside a transaction reads again"
    );
    s.rollback().await?;
    s.close().await;
    db.drop().await
}

/// The history is read as a simple query (text columns, one round trip):
/// every field of every row comes back as a prepared statement's binary
/// columns give it, with a NULL and a value in each nullable column and a
/// time to the microsecond.
async fn the_history_read_decodes_every_column_as_stored(server: String) -> anyhow::Result<()> {
    use sqlx::AssertSqlSafe;
    use tidegate::engine::Engine;
    use tidegate::engine::postgres::history::{self, History};
    use tidegate::engine::postgres::{PgConfig, PgEngine};
    let db = TestDb::create(&server).await?;
    let f = Fixture::new(
        examples(),
        &["0001_create_users", "0002_expand_display_name"],
        Some(&db.url),
    );
    let (code, _, err) = cli(&["apply"], &f.write_toml());
    ensure!(code == 0, "apply: exit {code}: {err}");
    let mut c = db.connect().await?;
    sqlx::query(
        "UPDATE tidegate_migrations SET status = 'failed', error = 'it''s broken', commit_sha = 'abc123', duration_ms = NULL,
                applied_at = '2026-03-01 12:34:56.789012+00' WHERE id = '0002_expand_display_name'",
    )
    .execute(&mut c)
    .await?;
    // The oracle: the same query as a prepared statement, binary columns.
    let table = History::new("tidegate_migrations")?;
    let stored = sqlx::query(AssertSqlSafe(table.select_sql()))
        .fetch_all(&mut c)
        .await?;
    let stored = stored
        .iter()
        .map(history::row)
        .collect::<Result<Vec<_>, _>>()?;
    ensure!(
        stored.len() == 2
            && stored[0].duration_ms.is_some()
            && stored[0].commit_sha.is_none()
            && stored[0].error.is_none()
    );
    ensure!(
        stored[1].applied_at.timestamp_micros() == 1_772_368_496_789_012,
        "{}",
        stored[1].applied_at
    );
    ensure!(
        stored[1].status == tidegate::history::RowStatus::Failed && stored[1].duration_ms.is_none(),
        "{:?}",
        stored[1]
    );
    ensure!(
        stored[1].commit_sha.as_deref() == Some("abc123")
            && stored[1].error.as_deref() == Some("it's broken"),
        "{:?}",
        stored[1]
    );

    let engine = PgEngine::new(PgConfig::from_config(&f.config.engine("postgres"))?)?;
    let mut s = engine.session().await?;
    let read = s.history().await?;
    s.close().await;
    let (read, stored) = (format!("{read:#?}"), format!("{stored:#?}"));
    ensure!(read == stored, "read {read}\nstored {stored}");
    db.drop().await
}

/// `tidegate bench`'s guarded replay does the database work of an apply:
/// each migration's statements committed with its history row and audit
/// entry, its check statements run and rolled back, the lock released at
/// the end. A check that fails stops it, and nothing of that migration
/// stays.
async fn the_guarded_replay_does_what_apply_does_at_the_database(
    server: String,
) -> anyhow::Result<()> {
    use tidegate::engine::postgres::{PgConfig, PgEngine};
    use tidegate::engine::{Books, Engine, Replay};
    let db = TestDb::create(&server).await?;
    let f = Fixture::new(examples(), &["0001_create_users"], Some(&db.url));
    let engine = PgEngine::new(PgConfig::from_config(&f.config.engine("postgres"))?)?;
    let replay = |n: u64, check: &str| Replay {
        id: format!("000{n}_t{n}"),
        version: n,
        statements: vec![format!("CREATE TABLE t{n} (x int)")],
        // A check's write is rolled back with its savepoint.
        checks: vec![format!("INSERT INTO t{n} VALUES ({n})"), check.to_string()],
    };
    let ok: Vec<Replay> = (1..=3)
        .map(|n| replay(n, &format!("SELECT to_regclass('t{n}') IS NOT NULL")))
        .collect();
    let per = engine
        .replay(&ok, Books::Guarded)
        .await
        .context("no guarded replay")??;
    ensure!(per > 0.0 && per.is_finite(), "{per} ms per migration");
    ensure!(
        db.scalar_i64("SELECT count(*) FROM tidegate_migrations WHERE status = 'applied'")
            .await?
            == 3
    );
    ensure!(
        db.scalar_i64("SELECT count(*) FROM tidegate_migrations_audit WHERE event = 'applied'")
            .await?
            == 3
    );
    ensure!(db.scalar_i64("SELECT (SELECT count(*) FROM t1) + (SELECT count(*) FROM t2) + (SELECT count(*) FROM t3)").await? == 0, "the checks' writes stayed");
    ensure!(
        db.scalar_i64("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())").await? == 0,
        "the lock was not released"
    );

    let failing = vec![replay(4, "SELECT 1 / 0")];
    let err = engine
        .replay(&failing, Books::Guarded)
        .await
        .context("no guarded replay")?
        .unwrap_err()
        .to_string();
    ensure!(err.contains("0004_t4"), "{err}");
    ensure!(
        db.scalar_i64("SELECT count(*) FROM tidegate_migrations")
            .await?
            == 3
    );
    ensure!(
        db.scalar_i64("SELECT count(*) FROM pg_class WHERE relname = 't4'")
            .await?
            == 0,
        "the failed migration stayed"
    );
    db.drop().await
}

/// A SQL module's check runs in the instance that ran its `up`, as a call
/// of its own: the runtime hands the instance back after a successful
/// `up`, and the check in it sees the database, answers every check of the
/// document and journals only its own statements. A failed `up`, and a
/// Rust module's, hand nothing back.
async fn a_sql_modules_check_runs_in_the_instance_of_its_up(server: String) -> anyhow::Result<()> {
    use tidegate::Step;
    use tidegate::engine::postgres::{PgConfig, PgEngine};
    use tidegate::engine::{Engine, Sessions};
    let db = TestDb::create(&server).await?;
    let f = Fixture::new(examples(), &["0001_create_users"], Some(&db.url));
    let engine = PgEngine::new(PgConfig::from_config(&f.config.engine("postgres"))?)?;
    let rt = runtime(&f);
    let component = |(_, dir): (std::path::PathBuf, std::path::PathBuf), id: &str| {
        std::fs::read(dir.join(format!("{id}.wasm")))
    };
    let sql = rt.load("0001", &component(examples(), "0001_create_users")?)?;
    let meta = rt.metadata(&sql).await?;
    let texts = |out: &tidegate::RunOutcome| {
        out.statements
            .iter()
            .map(|s| s.text.clone())
            .collect::<Vec<_>>()
    };

    let mut sessions = Sessions::new(vec![engine.session().await?]);
    sessions
        .iter_mut()
        .next()
        .context("a session")?
        .begin()
        .await?;
    let (mut up, kept) = rt
        .run_keeping(&sql, &meta, Step::Up, std::mem::take(&mut sessions), None)
        .await;
    ensure!(up.result.is_ok(), "up: {:?}", up.result.err());
    ensure!(
        kept.is_some(),
        "a SQL module's instance is kept after its up"
    );
    ensure!(
        texts(&up).iter().any(|t| t.contains("CREATE TABLE users")),
        "{:?}",
        texts(&up)
    );
    sessions = std::mem::take(&mut up.sessions);
    let (mut check, again) = rt
        .run_keeping(
            &sql,
            &meta,
            Step::Check,
            std::mem::take(&mut sessions),
            kept,
        )
        .await;
    let checks = check
        .result
        .as_ref()
        .map_err(|e| anyhow::anyhow!("check: {e}"))?
        .clone()
        .context("the check answers checks")?;
    ensure!(
        checks.len() == 2 && checks.iter().all(|c| c.passed),
        "{checks:#?}"
    );
    let journal = texts(&check);
    ensure!(
        journal.len() == 2 && journal.iter().all(|t| t.starts_with("SELECT")),
        "the check journals its own statements only: {journal:?}"
    );
    ensure!(again.is_none(), "nothing is kept after a check");
    sessions = std::mem::take(&mut check.sessions);
    for s in sessions.iter_mut() {
        s.rollback().await?;
    }

    // The same up, failing: users exists now.
    let mut c = db.connect().await?;
    sqlx::query("CREATE TABLE users (id int)")
        .execute(&mut c)
        .await?;
    let (mut failed, kept) = rt
        .run_keeping(&sql, &meta, Step::Up, std::mem::take(&mut sessions), None)
        .await;
    ensure!(failed.result.is_err(), "up over an existing table fails");
    ensure!(kept.is_none(), "a failed up keeps nothing");
    sessions = std::mem::take(&mut failed.sessions);

    let rust = rt.load("9017", &component(guests(), "9017_text_values")?)?;
    let rust_meta = rt.metadata(&rust).await?;
    let (out, kept) = rt
        .run_keeping(&rust, &rust_meta, Step::Up, sessions, None)
        .await;
    ensure!(out.result.is_ok(), "9017 up: {:?}", out.result.err());
    ensure!(kept.is_none(), "a Rust module keeps nothing");
    out.sessions.close().await;
    db.drop().await
}

/// Apply one hostile guest; it must fail with `want` in its error and leave
/// no trace but a `failed` audit event.
async fn hostile(server: String, id: &str, marker: &str, want: &[&str]) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let f = Fixture::new(guests(), &[id], Some(&db.url));
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let started = std::time::Instant::now();
    let report = executor(&project, &rt).await?.apply(None).await?;
    let error = report
        .error
        .clone()
        .context("the hostile guest must fail")?;
    for w in want {
        ensure!(error.contains(w), "error lacks `{w}`: {error}");
    }
    ensure!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
    ensure!(
        !db.exists(marker).await?,
        "{marker} survived: the transaction was not rolled back"
    );
    ensure!(
        db.scalar_i64("SELECT count(*) FROM tidegate_migrations")
            .await?
            == 0
    );
    ensure!(
        db.scalar_i64("SELECT count(*) FROM tidegate_migrations_audit WHERE event = 'failed'")
            .await?
            == 1
    );
    db.drop().await
}

async fn failed_non_transactional_migration_blocks_until_resolved(
    server: String,
) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let f = Fixture::new(guests(), &["9005_nontx_fail"], Some(&db.url));
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;

    let first = exec.apply(None).await?;
    ensure!(
        first
            .error
            .as_deref()
            .is_some_and(|e| e.contains("nontx_allow is missing")),
        "{:?}",
        first.error
    );
    ensure!(
        db.exists("nontx_partial").await?,
        "non-transactional work stays"
    );
    ensure!(exec.status().await?.migrations[0].state == State::Failed);

    match exec.apply(None).await {
        Err(e @ ExecError::Dirty { .. }) => {
            let msg = e.to_string();
            ensure!(
                msg.contains("tidegate resolve 9005_nontx_fail --retry")
                    && msg.contains("--mark-applied"),
                "{msg}"
            );
        }
        other => anyhow::bail!("expected Dirty, got ok={}", other.is_ok()),
    }
    let toml = f.write_toml();
    let (code, out, _) = cli(&["status"], &toml);
    ensure!(
        code == 4 && out.contains("failed") && out.contains("nontx_allow is missing"),
        "exit {code}: {out}"
    );

    // Fix the cause, then retry: it runs again and succeeds.
    db.connect()
        .await
        .map(|mut c| async move {
            sqlx::raw_sql("CREATE TABLE nontx_allow (id int)")
                .execute(&mut c)
                .await
        })?
        .await?;
    let (code, out, err) = cli(&["resolve", "9005_nontx_fail", "--retry"], &toml);
    ensure!(
        code == 0 && out.contains("will run again"),
        "exit {code}: {err}"
    );
    let second = exec.apply(None).await?;
    ensure!(
        second.ok() && second.migrations.len() == 1,
        "{:?}",
        second.error
    );
    let events: Vec<String> =
        sqlx::query_scalar("SELECT event FROM tidegate_migrations_audit ORDER BY seq")
            .fetch_all(&mut db.connect().await?)
            .await?;
    ensure!(
        events == ["started", "failed", "resolved-retry", "started", "applied"],
        "{events:?}"
    );
    db.drop().await
}

async fn interrupted_run_is_detected(server: String) -> anyhow::Result<()> {
    // A migration that does not declare itself idempotent needs a person.
    let db = TestDb::create(&server).await?;
    let f = Fixture::new(guests(), &["9005_nontx_fail"], Some(&db.url));
    sqlx::raw_sql("CREATE TABLE nontx_allow ()")
        .execute(&mut db.connect().await?)
        .await?;
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    ensure!(!project.migrations[0].idempotent());
    let exec = executor(&project, &rt).await?;
    ensure!(exec.apply(None).await?.ok());
    // What a run killed mid-way through it leaves behind.
    sqlx::raw_sql("UPDATE tidegate_migrations SET status = 'running'")
        .execute(&mut db.connect().await?)
        .await?;
    ensure!(exec.status().await?.migrations[0].state == State::Interrupted);
    match exec.apply(None).await {
        // Under the lock, the dead run's row is recorded failed.
        Err(ExecError::Dirty { id, state, .. }) => {
            ensure!(id == "9005_nontx_fail" && state == "failed", "{id} {state}")
        }
        other => anyhow::bail!("expected Dirty, got ok={}", other.is_ok()),
    }
    let audited: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM tidegate_migrations_audit WHERE event = 'interrupted'",
    )
    .fetch_one(&mut db.connect().await?)
    .await?;
    ensure!(audited == 1, "{audited} interrupted audit entries");
    exec.resolve("9005_nontx_fail", Resolution::MarkApplied)
        .await?;
    ensure!(exec.apply(None).await?.ok());
    ensure!(exec.status().await?.count(State::Applied) == 1);
    db.drop().await?;

    // One that declares itself idempotent (0003) is applied again by the
    // next run, on the record.
    let db = TestDb::create(&server).await?;
    let f = Fixture::new(
        examples(),
        &[
            "0001_create_users",
            "0002_expand_display_name",
            "0003_backfill_email_lower",
        ],
        Some(&db.url),
    );
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    ensure!(
        project
            .get("0003_backfill_email_lower")
            .is_some_and(|m| m.idempotent()),
        "0003 declares itself idempotent"
    );
    let exec = executor(&project, &rt).await?;
    ensure!(exec.apply(None).await?.ok());
    let mut c = db.connect().await?;
    sqlx::raw_sql("UPDATE tidegate_migrations SET status = 'running' WHERE id = '0003_backfill_email_lower'; UPDATE users SET email_lower = NULL").execute(&mut c).await?;
    ensure!(exec.status().await?.migrations[2].state == State::Interrupted);
    let report = exec.apply(None).await?;
    ensure!(
        report.ok()
            && report.migrations.len() == 1
            && report.migrations[0].id == "0003_backfill_email_lower",
        "{:?}",
        report.error
    );
    let retried: Vec<String> =
        sqlx::query_scalar("SELECT detail FROM tidegate_migrations_audit WHERE event = 'retried'")
            .fetch_all(&mut c)
            .await?;
    ensure!(
        retried.len() == 1 && retried[0].starts_with("retried after interruption"),
        "{retried:?}"
    );
    let status: String = sqlx::query_scalar(
        "SELECT status FROM tidegate_migrations WHERE id = '0003_backfill_email_lower'",
    )
    .fetch_one(&mut c)
    .await?;
    ensure!(status == "applied", "{status}");
    drop(c);
    db.drop().await
}

/// A module built against the frozen API 0.1.0 applies, checks and
/// reverts on a host whose newest API is 0.2.0.
async fn module_of_api_0_1_0_applies_and_reverts(server: String) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let f = Fixture::new(guests(), &["9011_api_v0_1_0"], Some(&db.url));
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    ensure!(
        project.migrations[0]
            .module()
            .is_some_and(|m| m.inspection.api_version == "0.1.0")
    );
    let exec = executor(&project, &rt).await?;
    let report = exec.apply(None).await?;
    ensure!(report.ok(), "{:?}", report.error);
    ensure!(report.migrations[0].checks.len() == 1 && report.migrations[0].checks[0].passed);
    ensure!(db.exists("v010").await?);
    let mut c = db.connect().await?;
    let api: String = sqlx::query_scalar("SELECT api_version FROM tidegate_migrations")
        .fetch_one(&mut c)
        .await?;
    ensure!(api == "0.1.0", "history records the module's API: {api}");
    ensure!(exec.down(&DownTo::Last).await?.ok());
    ensure!(!db.exists("v010").await?);
    drop(c);
    db.drop().await
}

/// `sslmode`, `sslrootcert` and client certificates in the URL reach the
/// driver: `sslmode=require` encrypts when the server offers TLS (and is
/// refused when it does not), and `verify-full` with a missing root
/// certificate fails naming the certificate, never connecting in clear.
async fn ssl_settings_in_the_url_pass_through(server: String) -> anyhow::Result<()> {
    use sqlx::Connection as _;
    use tidegate::engine::postgres::{PgConfig, PgTarget};
    let with = |query: &str| {
        let mut url = url::Url::parse(&server).unwrap();
        let kept: Vec<(String, String)> = url
            .query_pairs()
            .filter(|(k, _)| !k.starts_with("ssl"))
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        url.query_pairs_mut().clear().extend_pairs(kept);
        format!(
            "{}{}{query}",
            url.as_str().trim_end_matches('?'),
            if url.query().is_some_and(|q| !q.is_empty()) {
                "&"
            } else {
                "?"
            }
        )
    };
    let target = |url: String| {
        let f = Fixture::new(examples(), &[], Some(&url));
        PgTarget::new(&PgConfig::from_config(&f.config.engine("postgres")).unwrap()).unwrap()
    };
    let mut plain = target(with("sslmode=disable")).connect().await?;
    let offered: String = sqlx::query_scalar("SHOW ssl").fetch_one(&mut plain).await?;
    plain.close().await?;
    match target(with("sslmode=require")).connect().await {
        Ok(mut conn) => {
            ensure!(
                offered == "on",
                "sslmode=require connected to a server without ssl"
            );
            let encrypted: bool =
                sqlx::query_scalar("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
                    .fetch_one(&mut conn)
                    .await?;
            ensure!(encrypted, "sslmode=require connected in clear");
            conn.close().await?;
        }
        Err(e) => ensure!(
            offered == "off",
            "sslmode=require failed on a server with ssl on: {e}"
        ),
    }
    let err = target(with(
        "sslmode=verify-full&sslrootcert=/nonexistent/root.crt",
    ))
    .connect()
    .await
    .err()
    .context("verify-full without its root certificate connected")?;
    let text = format!("{:#}", anyhow::Error::new(err));
    ensure!(
        text.contains("root.crt")
            || text.to_lowercase().contains("certificate")
            || text.to_lowercase().contains("no such file"),
        "{text}"
    );
    Ok(())
}

fn main() {
    let args = libtest_mimic::Arguments::from_args();
    common::require_built();
    common::announce_skips();
    common::drop_stale_databases();
    let trials = vec![
        pg_trial(
            "a_privileged_role_is_refused_unless_allowed",
            guard::a_privileged_role_is_refused_unless_allowed,
        ),
        pg_trial(
            "statements_that_escape_the_transaction_are_refused",
            guard::statements_that_escape_the_transaction_are_refused,
        ),
        pg_trial(
            "undeclared_relations_touched_are_errors",
            guard::undeclared_relations_touched_are_errors,
        ),
        pg_trial(
            "the_plan_reports_observed_locks_and_rewrites",
            guard::the_plan_reports_observed_locks_and_rewrites,
        ),
        pg_trial(
            "each_hazard_is_observed_with_its_lock",
            guard::each_hazard_is_observed_with_its_lock,
        ),
        pg_trial(
            "capabilities_are_filled_from_what_ran",
            guard::capabilities_are_filled_from_what_ran,
        ),
        pg_trial(
            "every_hazard_squawk_finds_is_found",
            squawk::every_hazard_squawk_finds_is_found,
        ),
        pg_trial(
            "plan_leaves_database_unchanged",
            plan_leaves_database_unchanged,
        ),
        pg_trial("apply_twice_is_a_no_op", apply_twice_is_a_no_op),
        pg_trial(
            "apply_to_stops_at_the_named_migration",
            apply_to_stops_at_the_named_migration,
        ),
        pg_trial("irreversible_down_is_refused", irreversible_down_is_refused),
        pg_trial("health_reports_server_facts", health_reports_server_facts),
        pg_trial(
            "ssl_settings_in_the_url_pass_through",
            ssl_settings_in_the_url_pass_through,
        ),
        pg_trial(
            "lint_flags_what_the_plan_executed",
            lint_flags_what_the_plan_executed,
        ),
        pg_trial(
            "tampered_component_is_refused",
            tampered_component_is_refused,
        ),
        pg_trial(
            "the_lock_names_its_holder_in_its_own_database",
            the_lock_names_its_holder_in_its_own_database,
        ),
        pg_trial(
            "the_locks_connection_outlives_an_idle_timeout",
            the_locks_connection_outlives_an_idle_timeout,
        ),
        pg_trial(
            "only_components_that_run_are_loaded",
            only_components_that_run_are_loaded,
        ),
        pg_trial(
            "history_keeps_any_text_verbatim",
            history_keeps_any_text_verbatim,
        ),
        pg_trial(
            "only_the_last_commit_waits_for_the_flush",
            only_the_last_commit_waits_for_the_flush,
        ),
        pg_trial(
            "check_queries_read_the_same_values_as_text",
            check_queries_read_the_same_values_as_text,
        ),
        pg_trial(
            "a_history_write_that_fails_commits_nothing",
            a_history_write_that_fails_commits_nothing,
        ),
        pg_trial(
            "an_edited_migration_is_refused_with_a_warm_source_index",
            an_edited_migration_is_refused_with_a_warm_source_index,
        ),
        pg_trial(
            "the_history_read_decodes_every_column_as_stored",
            the_history_read_decodes_every_column_as_stored,
        ),
        pg_trial(
            "warm_reads_the_history_ahead_for_the_first_look_only",
            warm_reads_the_history_ahead_for_the_first_look_only,
        ),
        pg_trial(
            "the_guarded_replay_does_what_apply_does_at_the_database",
            the_guarded_replay_does_what_apply_does_at_the_database,
        ),
        pg_trial(
            "a_sql_modules_check_runs_in_the_instance_of_its_up",
            a_sql_modules_check_runs_in_the_instance_of_its_up,
        ),
        pg_trial("guest_that_loops_forever_is_stopped", |s| {
            hostile(
                s,
                "9001_loop_forever",
                "loop_forever_marker",
                &["9001_loop_forever", "guest compute time"],
            )
        }),
        pg_trial("guest_that_allocates_without_bound_is_stopped", |s| {
            hostile(
                s,
                "9002_memory_bomb",
                "memory_bomb_marker",
                &["9002_memory_bomb", "memory limit of 64 MiB"],
            )
        }),
        pg_trial("guest_that_panics_is_reported", |s| {
            hostile(
                s,
                "9003_trap",
                "trap_marker",
                &[
                    "9003_trap trapped",
                    "invariant broken: expected at least one item",
                ],
            )
        }),
        pg_trial("oversized_statement_and_commit_are_refused", |s| {
            hostile(
                s,
                "9004_huge_statement",
                "huge_statement_marker",
                &["limit exceeded", "over the 1048576-byte cap"],
            )
        }),
        pg_trial("guest_that_recurses_without_bound_is_stopped", |s| {
            hostile(
                s,
                "9014_deep_recursion",
                "recursion_marker",
                &["9014_deep_recursion trapped", "recursion"],
            )
        }),
        pg_trial("invalid_utf8_from_the_guest_is_refused", |s| {
            hostile(
                s,
                "9015_invalid_utf8",
                "utf8_marker",
                &["9015_invalid_utf8", "utf-8"],
            )
        }),
        pg_trial("huge_error_from_the_guest_is_capped", |s| {
            // 16 MiB from the guest; the host keeps 8 KiB and says so.
            hostile(
                s,
                "9016_huge_return",
                "huge_marker",
                &["9016_huge_return", "EEEE", "(16769024 more bytes)"],
            )
        }),
        pg_trial("guest_that_calls_wasi_stdout_traps", |s| {
            hostile(
                s,
                "9006_uses_stdout",
                "uses_stdout_marker",
                &["9006_uses_stdout trapped", "use tidegate_guest::log"],
            )
        }),
        pg_trial("failing_check_rolls_the_migration_back", |s| {
            hostile(
                s,
                "9007_check_fails",
                "check_fails_marker",
                &["check failed after up", "0 rows; seed it first"],
            )
        }),
        pg_trial(
            "failed_non_transactional_migration_blocks_until_resolved",
            failed_non_transactional_migration_blocks_until_resolved,
        ),
        pg_trial("interrupted_run_is_detected", interrupted_run_is_detected),
        pg_trial(
            "module_of_api_0_1_0_applies_and_reverts",
            module_of_api_0_1_0_applies_and_reverts,
        ),
    ];
    libtest_mimic::run(&args, trials).exit();
}
