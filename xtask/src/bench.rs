//! `cargo xtask bench`: Tidegate against the migration tools that install
//! here, measured in one run on this machine. See BENCHMARKS.md.
//!
//! 1. Builds `tidegate` with the `dist` profile, as the GitHub Action
//!    installs it.
//! 2. Installs the peers (`peers.rs`) when missing: sqlx-cli
//!    (cargo), dbmate and migrate-mongo (npm), alembic (PyPI). A peer that
//!    cannot be installed is reported as such, never silently left out.
//! 3. Generates three projects under `target/bench` with `tidegate new`,
//!    100 migrations each: PostgreSQL as SQL modules (the same SQL files
//!    every peer gets), MongoDB and Elasticsearch as Rust crates; and the
//!    same 100 MongoDB changes for migrate-mongo.
//! 4. Times whole processes, start to exit: apply of 100 on a fresh target,
//!    a no-op run with all 100 applied, and each tool's closest thing to a
//!    plan; then `tidegate bench` for compile, load, instantiate and the
//!    per-migration overhead against sqlx.
//! 5. Times `tidegate build` of 100 SQL and 100 Rust modules, cold and
//!    warm, and apply and no-op runs of 10, 100 and 1,000 SQL modules with
//!    the peak RSS of apply.
//!
//! Servers: `TIDEGATE_BENCH_POSTGRES_URL` (default the local PostgreSQL),
//! `TIDEGATE_BENCH_MONGODB_URL` and `TIDEGATE_BENCH_ELASTICSEARCH_URL`
//! (default: the local stand-ins, started with `tests/servers.sh start`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::peers::quiet;
use crate::{cargo, root, run};

const APPLY_ROUNDS: usize = 3;
const NOOP_RUNS: usize = 10;

struct Servers {
    pg_admin: String,
    mongo: String,
    es: String,
}

impl Servers {
    fn from_env() -> Servers {
        let var = |k: &str, d: &str| std::env::var(k).ok().filter(|v| !v.is_empty()).unwrap_or_else(|| d.to_string());
        Servers {
            pg_admin: var("TIDEGATE_BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"),
            mongo: var("TIDEGATE_BENCH_MONGODB_URL", "mongodb://127.0.0.1:27017/?directConnection=true"),
            es: var("TIDEGATE_BENCH_ELASTICSEARCH_URL", "http://127.0.0.1:9200"),
        }
    }

    /// The PostgreSQL URL with another database.
    fn pg(&self, db: &str) -> String {
        let (base, query) = self.pg_admin.split_once('?').map_or((self.pg_admin.as_str(), None), |(b, q)| (b, Some(q)));
        let server = base.rsplit_once('/').map_or(base, |(s, _)| s);
        match query {
            Some(q) => format!("{server}/{db}?{q}"),
            None => format!("{server}/{db}"),
        }
    }

    /// The MongoDB URL naming database `db`.
    fn mongo_db(&self, db: &str) -> String {
        let (base, query) = self.mongo.split_once('?').map_or((self.mongo.as_str(), ""), |(b, q)| (b, q));
        let host = base.trim_end_matches('/');
        let host = host.strip_prefix("mongodb://").map_or(host, |h| h.split('/').next().unwrap_or(h));
        if query.is_empty() { format!("mongodb://{host}/{db}") } else { format!("mongodb://{host}/{db}?{query}") }
    }
}

/// A peer tool: how to call it, or why it is missing.
/// Wall time of one process, start to exit, in ms; fails on a non-zero exit.
fn timed(cmd: &mut Command) -> Result<f64, String> {
    let start = Instant::now();
    quiet(cmd)?;
    Ok(start.elapsed().as_secs_f64() * 1000.0)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 }
}

#[derive(Clone, Copy, PartialEq)]
enum Engine {
    Postgres,
    Mongodb,
    Elasticsearch,
}

impl Engine {
    fn name(self) -> &'static str {
        match self {
            Engine::Postgres => "postgres",
            Engine::Mongodb => "mongodb",
            Engine::Elasticsearch => "elasticsearch",
        }
    }
    /// Versions: 1..=n, 1001.., 2001..
    fn first(self) -> u64 {
        match self {
            Engine::Postgres => 1,
            Engine::Mongodb => 1001,
            Engine::Elasticsearch => 2001,
        }
    }
}

/// The name `tidegate new` gets for migration `i` (0-based).
fn table(engine: Engine, i: u64) -> String {
    format!("t{}", engine.first() + i)
}

/// A generated Tidegate project of `n` migrations; regenerated when `n`
/// or the SDK changed, else reused with its built components.
fn project(tg: &Path, dir: &Path, engine: Engine, n: u64) -> Result<(), String> {
    let stamp = dir.join("generated");
    let sdk = root().join("guest-sdk");
    let want = format!("{n} {} postgres-as-sql", sdk.display());
    if std::fs::read_to_string(&stamp).is_ok_and(|s| s == want) && dir.join("tidegate.lock").is_file() {
        return run(tidegate_in(tg, dir, &["build"]));
    }
    if dir.exists() {
        std::fs::remove_dir_all(dir).map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
    }
    std::fs::create_dir_all(dir.join("modules")).map_err(|e| e.to_string())?;
    let write = |name: &str, text: String| std::fs::write(dir.join(name), text).map_err(|e| format!("cannot write {name}: {e}"));
    // Its own workspace, with the same release profile as this repository's.
    write(
        "Cargo.toml",
        format!(
            "[workspace]\nresolver = \"3\"\nmembers = [\"modules/*\"]\n\n[workspace.dependencies]\ntidegate-guest = {{ path = {:?} }}\n\n\
             [profile.release]\ncodegen-units = 1\nopt-level = \"s\"\nlto = true\ndebug = false\nstrip = true\npanic = \"abort\"\n",
            sdk.display().to_string()
        ),
    )?;
    write(
        "tidegate.toml",
        "modules = \"modules\"\nlock = \"tidegate.lock\"\ncomponents = \"target/tidegate\"\n\n\
         [elasticsearch]\nhistory_index = \"tidegate-bench-migrations\"\n"
            .into(),
    )?;
    for i in 0..n {
        let name = table(engine, i);
        let version = (engine.first() + i).to_string();
        // PostgreSQL as SQL modules, the same SQL files the peers get (what
        // a project moving from them has after `tidegate import`); MongoDB
        // and Elasticsearch as Rust crates on the guest SDK's helpers.
        let form: &[&str] = if engine == Engine::Postgres { &["--sql"] } else { &["--engine", engine.name()] };
        quiet(&mut tidegate_in(tg, dir, &["new", &name, "--version", &version]).args(form))?;
    }
    eprintln!("xtask: building {n} {} migrations in {}", engine.name(), dir.display());
    run(tidegate_in(tg, dir, &["build"]))?;
    write("generated", want)
}

fn tidegate_in(tg: &Path, dir: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(tg);
    c.current_dir(dir).args(args).env("TIDEGATE_CACHE_DIR", dir.join("target/cache"));
    for k in ["TIDEGATE_POSTGRES_URL", "TIDEGATE_MONGODB_URL", "TIDEGATE_ELASTICSEARCH_URL", "TIDEGATE_CONFIG"] {
        c.env_remove(k);
    }
    c
}

/// The same PostgreSQL change `tidegate new` writes, for the peers.
fn pg_up(name: &str) -> String {
    format!("CREATE TABLE {name} (\n    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    created_at timestamptz NOT NULL DEFAULT now()\n)")
}

fn peer_projects(dir: &Path, n: u64) -> Result<(), String> {
    let mk = |p: &Path| std::fs::create_dir_all(p).map_err(|e| format!("cannot create {}: {e}", p.display()));
    let put = |p: PathBuf, text: String| std::fs::write(&p, text).map_err(|e| format!("cannot write {}: {e}", p.display()));
    let (sqlx, dbmate, alembic, mongo) = (dir.join("sqlx"), dir.join("dbmate"), dir.join("alembic"), dir.join("migrate-mongo"));
    for d in [&sqlx, &dbmate, &alembic.join("versions"), &mongo.join("migrations")] {
        if d.exists() {
            std::fs::remove_dir_all(d).map_err(|e| e.to_string())?;
        }
        mk(d)?;
    }
    for i in 0..n {
        let name = table(Engine::Postgres, i);
        let v = Engine::Postgres.first() + i;
        put(sqlx.join(format!("{v:04}_{name}.sql")), format!("{};\n", pg_up(&name)))?;
        put(dbmate.join(format!("{v:04}_{name}.sql")), format!("-- migrate:up\n{};\n\n-- migrate:down\nDROP TABLE {name};\n", pg_up(&name)))?;
        let down = if i == 0 { "None".to_string() } else { format!("\"{:04}\"", v - 1) };
        put(
            alembic.join("versions").join(format!("{v:04}_{name}.py")),
            format!(
                "from alembic import op\n\nrevision = \"{v:04}\"\ndown_revision = {down}\nbranch_labels = None\ndepends_on = None\n\n\
                 def upgrade():\n    op.execute(\"\"\"{}\"\"\")\n\ndef downgrade():\n    op.execute(\"DROP TABLE {name}\")\n",
                pg_up(&name)
            ),
        )?;
        let coll = table(Engine::Mongodb, i);
        put(
            mongo.join("migrations").join(format!("{:04}-{coll}.js", Engine::Mongodb.first() + i)),
            format!(
                "module.exports = {{\n  async up(db) {{\n    await db.createCollection('{coll}', {{ validator: {{ $jsonSchema: {{ bsonType: 'object', required: ['created_at'], properties: {{ created_at: {{ bsonType: 'date' }} }} }} }} }});\n    await db.collection('{coll}').createIndex({{ created_at: 1 }}, {{ name: 'created_at_1' }});\n  }},\n  async down(db) {{\n    await db.collection('{coll}').drop();\n  }},\n}};\n"
            ),
        )?;
    }
    put(alembic.join("alembic.ini"), "[alembic]\nscript_location = .\n".into())?;
    put(
        alembic.join("env.py"),
        "import os\nfrom alembic import context\nfrom sqlalchemy import create_engine\n\n\
         url = os.environ[\"BENCH_ALEMBIC_URL\"]\n\n\
         if context.is_offline_mode():\n    context.configure(url=url, literal_binds=True, transaction_per_migration=True)\n    with context.begin_transaction():\n        context.run_migrations()\n\
         else:\n    with create_engine(url).connect() as connection:\n        context.configure(connection=connection, transaction_per_migration=True)\n        with context.begin_transaction():\n            context.run_migrations()\n"
            .into(),
    )?;
    put(alembic.join("script.py.mako"), "".into())?;
    put(
        mongo.join("migrate-mongo-config.js"),
        "module.exports = {\n  mongodb: { url: process.env.BENCH_MONGO_URL, databaseName: process.env.BENCH_MONGO_DB, options: {} },\n  migrationsDir: 'migrations',\n  changelogCollectionName: 'changelog',\n  migrationFileExtension: '.js',\n  useFileHash: false,\n  moduleSystem: 'commonjs',\n};\n"
            .into(),
    )
}

/// `url` with `sslmode=disable`, unless it names an sslmode itself.
fn without_tls(url: &str) -> String {
    match (url.contains("sslmode="), url.contains('?')) {
        (true, _) => url.to_string(),
        (false, true) => format!("{url}&sslmode=disable"),
        (false, false) => format!("{url}?sslmode=disable"),
    }
}

/// psql on the admin database.
fn psql(servers: &Servers, sql: &str) -> Result<(), String> {
    quiet(Command::new("psql").arg(&servers.pg_admin).args(["-v", "ON_ERROR_STOP=1", "-qc", sql]))
}

fn fresh_pg(servers: &Servers, db: &str) -> Result<(), String> {
    psql(servers, &format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"))?;
    psql(servers, &format!("CREATE DATABASE {db}"))
}

/// One tool's figures, ms.
#[derive(Default, Clone)]
struct Figures {
    apply: Option<f64>,
    noop: Option<f64>,
    plan: Option<f64>,
    note: Option<String>,
}

/// Apply `APPLY_ROUNDS` times from `reset`, then `NOOP_RUNS` no-op runs,
/// then `plan` (on a fresh target) `APPLY_ROUNDS` times.
fn measure(
    reset: &dyn Fn() -> Result<(), String>,
    apply: &dyn Fn() -> Command,
    plan: Option<&dyn Fn() -> Command>,
) -> Result<Figures, String> {
    let mut applies = Vec::new();
    for _ in 0..APPLY_ROUNDS {
        reset()?;
        applies.push(timed(&mut apply())?);
    }
    let mut noops = Vec::new();
    for _ in 0..NOOP_RUNS {
        noops.push(timed(&mut apply())?);
    }
    let plan = match plan {
        Some(plan) => {
            reset()?;
            let mut v = Vec::new();
            for _ in 0..APPLY_ROUNDS {
                v.push(timed(&mut plan())?);
            }
            Some(median(v))
        }
        None => None,
    };
    Ok(Figures { apply: Some(median(applies)), noop: Some(median(noops)), plan, note: None })
}

fn failed(note: String) -> Figures {
    Figures { note: Some(note), ..Figures::default() }
}

pub fn bench(args: &[String]) -> Result<(), String> {
    let n: u64 = match args {
        [] => 100,
        [flag, v] if flag == "--migrations" => v.parse().map_err(|_| format!("--migrations takes a number, not `{v}`"))?,
        _ => return Err("usage: cargo xtask bench [--migrations N]".into()),
    };
    let dir = root().join("target/bench");
    let servers = Servers::from_env();
    if std::env::var_os("TIDEGATE_BENCH_MONGODB_URL").is_none() || std::env::var_os("TIDEGATE_BENCH_ELASTICSEARCH_URL").is_none() {
        let mut c = Command::new("bash");
        c.arg(root().join("tests/servers.sh")).arg("start");
        run(c)?;
    }
    // The binary the GitHub Action installs (`--profile dist`).
    let mut c = cargo();
    c.args(["build", "--profile", "dist", "--package", "tidegate"]);
    run(c)?;
    let tg = root().join("target/dist/tidegate");
    let peers = crate::peers::install(true);
    for p in &peers {
        if let Err(e) = &p.program {
            eprintln!("xtask: {} is not available: {e}", p.name);
        }
    }
    for engine in [Engine::Postgres, Engine::Mongodb, Engine::Elasticsearch] {
        project(&tg, &dir.join(engine.name()), engine, n)?;
    }
    peer_projects(&dir.join("peer-projects"), n)?;
    let machine = machine();

    // PostgreSQL: every tool on the same database name, recreated.
    // Every tool gets the same URL. TLS is off: sqlx (in Tidegate and in
    // sqlx-cli) spends about 100 ms on each TLS connection to this server,
    // which would swamp the figures; dbmate needs the parameter anyway.
    let db = "tidegate_bench";
    let url = servers.pg(db);
    let url = without_tls(&url);
    let reset_pg = || fresh_pg(&servers, db);
    let pg_dir = dir.join("postgres");
    let tg_pg = |cmd: &str| {
        let mut c = tidegate_in(&tg, &pg_dir, &[cmd]);
        c.env("TIDEGATE_POSTGRES_URL", &url);
        c
    };
    // Warm the precompiled cache, as any second run on a machine finds it.
    quiet(&mut tidegate_in(&tg, &pg_dir, &["verify"]))?;
    eprintln!("xtask: timing tidegate on PostgreSQL");
    let mut results: Vec<(&str, &str, Figures)> = Vec::new();
    results.push(("postgres", "tidegate", measure(&reset_pg, &|| tg_pg("apply"), Some(&|| tg_pg("plan")))?));

    let peer = |name: &str| peers.iter().find(|p| p.name == name).map(|p| p.program.clone()).expect("known peer");
    let pp = dir.join("peer-projects");
    let sqlx_figures = match peer("sqlx-cli") {
        Err(e) => failed(e),
        Ok(sqlx) => {
            eprintln!("xtask: timing sqlx-cli");
            let cmd = |args: &[&str]| {
                let mut c = Command::new(&sqlx);
                c.args(args).arg("--source").arg(pp.join("sqlx")).args(["--database-url", &url]);
                c
            };
            measure(&reset_pg, &|| cmd(&["migrate", "run"]), Some(&|| cmd(&["migrate", "info"]))).unwrap_or_else(failed)
        }
    };
    results.push(("postgres", "sqlx-cli", sqlx_figures));
    let dbmate_figures = match peer("dbmate") {
        Err(e) => failed(e),
        Ok(dbmate) => {
            eprintln!("xtask: timing dbmate");
            let cmd = |what: &str| {
                let mut c = Command::new(&dbmate);
                c.args(["--url", &url, "--migrations-dir"]).arg(pp.join("dbmate")).args(["--no-dump-schema", what]);
                c
            };
            measure(&reset_pg, &|| cmd("up"), Some(&|| cmd("status"))).unwrap_or_else(failed)
        }
    };
    results.push(("postgres", "dbmate", dbmate_figures));
    let alembic_url = format!("postgresql+psycopg{}", url.strip_prefix("postgres").unwrap_or(&url));
    let alembic_figures = match peer("alembic") {
        Err(e) => failed(e),
        Ok(alembic) => {
            eprintln!("xtask: timing alembic");
            let cmd = |args: &[&str]| {
                let mut c = Command::new(&alembic);
                c.current_dir(pp.join("alembic")).env("BENCH_ALEMBIC_URL", &alembic_url).args(args);
                c
            };
            measure(&reset_pg, &|| cmd(&["upgrade", "head"]), Some(&|| cmd(&["upgrade", "head", "--sql"]))).unwrap_or_else(failed)
        }
    };
    results.push(("postgres", "alembic", alembic_figures));
    psql(&servers, &format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"))?;

    // MongoDB: a new database per round.
    let round = std::cell::Cell::new(0u32);
    let mongo_db = || format!("tidegate_bench_{}_{}", std::process::id(), round.get());
    let mongo_dir = dir.join("mongodb");
    let tg_mongo = |cmd: &str| {
        let mut c = tidegate_in(&tg, &mongo_dir, &[cmd]);
        c.env("TIDEGATE_MONGODB_URL", servers.mongo_db(&mongo_db()));
        c
    };
    let next = || {
        round.set(round.get() + 1);
        Ok(())
    };
    quiet(&mut tidegate_in(&tg, &mongo_dir, &["verify"]))?;
    eprintln!("xtask: timing tidegate on MongoDB");
    results.push(("mongodb", "tidegate", measure(&next, &|| tg_mongo("apply"), Some(&|| tg_mongo("plan"))).unwrap_or_else(failed)));
    let mm_figures = match peer("migrate-mongo") {
        Err(e) => failed(e),
        Ok(mm) => {
            eprintln!("xtask: timing migrate-mongo");
            let cmd = |what: &str| {
                let mut c = Command::new(&mm);
                c.current_dir(pp.join("migrate-mongo")).env("BENCH_MONGO_URL", &servers.mongo).env("BENCH_MONGO_DB", mongo_db()).arg(what);
                c
            };
            measure(&next, &|| cmd("up"), Some(&|| cmd("status"))).unwrap_or_else(failed)
        }
    };
    results.push(("mongodb", "migrate-mongo", mm_figures));

    // Elasticsearch: revert everything between rounds.
    let es_dir = dir.join("elasticsearch");
    let tg_es = |cmd: &[&str]| {
        let mut c = tidegate_in(&tg, &es_dir, cmd);
        c.env("TIDEGATE_ELASTICSEARCH_URL", &servers.es);
        c
    };
    quiet(&mut tidegate_in(&tg, &es_dir, &["verify"]))?;
    let reset_es = || quiet(&mut tg_es(&["down", "--all"]));
    eprintln!("xtask: timing tidegate on Elasticsearch");
    results.push(("elasticsearch", "tidegate", measure(&reset_es, &|| tg_es(&["apply"]), Some(&|| tg_es(&["plan"]))).unwrap_or_else(failed)));
    reset_es()?;

    // In-process figures from tidegate itself.
    eprintln!("xtask: tidegate bench");
    let admin = without_tls(&servers.pg_admin);
    let out = tidegate_in(&tg, &pg_dir, &["bench", "--format", "json"])
        .env("TIDEGATE_POSTGRES_URL", &admin)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("tidegate bench failed ({})", out.status));
    }
    let micro: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|e| format!("tidegate bench printed no JSON: {e}"))?;

    eprintln!("xtask: timing tidegate build of {n} SQL modules and {n} Rust modules");
    let sql_build = sql_build(&tg, &dir.join("sql-modules"), n)?;
    let rust_build = rust_build(&tg, &mongo_dir)?;

    eprintln!("xtask: timing 10, 100 and 1000 SQL modules");
    let mut growth = Vec::new();
    for count in [10, 100, 1000] {
        growth.push((count, grow(&tg, &dir.join(format!("growth-{count}")), count, &servers, db, &url)?));
    }
    psql(&servers, &format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"))?;

    let mut text = render(n, &machine, &results, &micro);
    let _ = writeln!(text, "\nBuild (`tidegate build`, whole process; cold: no components, no precompiled cache, no lock, and for Rust no cargo target directory):\n");
    let _ = writeln!(text, "| modules | cold | warm (nothing changed) |\n|---|---|---|");
    let _ = writeln!(text, "| {n} SQL modules | {:.0} ms (median of 3) | {:.0} ms |", sql_build.0, sql_build.1);
    let _ = writeln!(text, "| {n} Rust modules (MongoDB, guest SDK) | {:.1} s (one run) | {:.0} ms |", rust_build.0 / 1000.0, rust_build.1);
    let _ = writeln!(text, "\nAs the history grows (PostgreSQL, SQL modules, whole processes, median of 3; peak RSS of `apply`):\n");
    let _ = writeln!(text, "| migrations | apply | per migration | peak RSS | no-op run | per migration |\n|---|---|---|---|---|---|");
    for (count, g) in &growth {
        let rss = g.rss_kib.map_or("–".into(), |k| format!("{:.1} MiB", k as f64 / 1024.0));
        let _ = writeln!(
            text,
            "| {count} | {:.0} ms | {:.2} ms | {rss} | {:.0} ms | {:.3} ms |",
            g.apply,
            g.apply / *count as f64,
            g.noop,
            g.noop / *count as f64
        );
    }
    println!("{text}");
    let path = dir.join("results.md");
    std::fs::write(&path, &text).map_err(|e| e.to_string())?;
    eprintln!("xtask: wrote {}", path.display());
    Ok(())
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("model name")).and_then(|l| l.split_once(':')).map(|(_, v)| v.trim().to_string()))
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let pg = Command::new("psql").arg("--version").output().ok().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default();
    format!("{cpu}, {cores} cores; {pg}")
}

fn cell(v: Option<f64>, tidegate: Option<f64>) -> String {
    match (v, tidegate) {
        (Some(v), Some(t)) => format!("{v:.0} ms ({:.2}x)", v / t),
        (Some(v), None) => format!("{v:.0} ms"),
        _ => "–".into(),
    }
}

fn render(n: u64, machine: &str, results: &[(&str, &str, Figures)], micro: &serde_json::Value) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Tidegate benchmark: {n} migrations per engine, one run on {machine}.");
    let _ = writeln!(out, "Whole processes, start to exit, median. In brackets: the tool's time / Tidegate's (above 1: Tidegate is faster).\n");
    let _ = writeln!(out, "| engine | tool | apply {n} (fresh target) | no-op run ({n} applied) | plan / pending list |");
    let _ = writeln!(out, "|---|---|---|---|---|");
    for engine in ["postgres", "mongodb", "elasticsearch"] {
        let ours = results.iter().find(|(e, t, _)| *e == engine && *t == "tidegate").map(|r| r.2.clone()).unwrap_or_default();
        for (_, tool, f) in results.iter().filter(|(e, _, _)| *e == engine) {
            let (apply, noop, plan) = if *tool == "tidegate" {
                (cell(f.apply, None), cell(f.noop, None), cell(f.plan, None))
            } else {
                (cell(f.apply, ours.apply), cell(f.noop, ours.noop), cell(f.plan, ours.plan))
            };
            let note = f.note.as_deref().map(|n| format!(" (not measured: {})", n.lines().next().unwrap_or(""))).unwrap_or_default();
            let _ = writeln!(out, "| {engine} | {tool}{note} | {apply} | {noop} | {plan} |");
        }
    }
    let f = |v: &serde_json::Value| v.as_f64().unwrap_or(f64::NAN);
    let _ = writeln!(out, "\nIn process (`tidegate bench`, {} components of {} KiB):\n", micro["components"], f(&micro["component_bytes"]) as u64 / 1024);
    let _ = writeln!(out, "| measure | median | min | target | met |");
    let _ = writeln!(out, "|---|---|---|---|---|");
    let cold = f(&micro["cold_compile"]["median_ms"]);
    let cached = f(&micro["cached_load"]["median_ms"]);
    let yes = |ok: bool| if ok { "yes" } else { "**no**" };
    let _ = writeln!(out, "| cold compile | {cold:.2} ms | {:.2} ms | | |", f(&micro["cold_compile"]["min_ms"]));
    let _ = writeln!(out, "| load from the precompiled cache | {cached:.3} ms | {:.3} ms | ≤ 1 ms | {} |", f(&micro["cached_load"]["min_ms"]), yes(cached <= 1.0));
    let _ = writeln!(out, "| cold compile / cached load | {:.0}x | | | |", cold / cached);
    let _ = writeln!(out, "| instantiate + one call | {:.3} ms | {:.3} ms | | |", f(&micro["instantiate"]["median_ms"]), f(&micro["instantiate"]["min_ms"]));
    let o = &micro["overhead"];
    if o.is_object() {
        let ratio = f(&o["ratio"]);
        let _ = writeln!(out, "| apply, per migration: tidegate | {:.3} ms | {:.3} ms | | |", f(&o["tidegate_ms"]["median_ms"]), f(&o["tidegate_ms"]["min_ms"]));
        let _ = writeln!(out, "| apply, per migration: sqlx, same statements + history row | {:.3} ms | {:.3} ms | | |", f(&o["native_ms"]["median_ms"]), f(&o["native_ms"]["min_ms"]));
        let _ = writeln!(out, "| apply, per migration: sqlx, statements alone | {:.3} ms | {:.3} ms | | |", f(&o["native_bare_ms"]["median_ms"]), f(&o["native_bare_ms"]["min_ms"]));
        let _ = writeln!(out, "| host overhead: tidegate / sqlx with history | {ratio:.3} ({:+.1}%) | | ≤ 1.10 | {} |", (ratio - 1.0) * 100.0, yes(ratio <= 1.10));
        let _ = writeln!(out, "| in the sandbox during up, per migration | {:.3} ms | | | |", f(&o["sandbox_ms"]));
    } else {
        let _ = writeln!(out, "| host overhead | not measured: {} | | | |", micro["overhead_skipped"].as_str().unwrap_or("?"));
    }
    let ours = results.iter().find(|(e, t, _)| *e == "postgres" && *t == "tidegate").map(|r| r.2.clone()).unwrap_or_default();
    let noop = ours.noop.unwrap_or(f64::NAN);
    let _ = writeln!(out, "| no-op run, PostgreSQL, process start to exit | {noop:.0} ms | | ≤ 200 ms | {} |", yes(noop <= 200.0));
    let peers: Vec<&Figures> = results.iter().filter(|(e, t, f)| *e == "postgres" && *t != "tidegate" && f.apply.is_some()).map(|r| &r.2).collect();
    let beats = |pick: fn(&Figures) -> Option<f64>| {
        let ours = pick(&ours).unwrap_or(f64::INFINITY);
        !peers.is_empty() && peers.iter().all(|p| pick(p).is_some_and(|v| v > ours))
    };
    let _ = writeln!(out, "| faster than every PostgreSQL peer: no-op run | | | yes | {} |", yes(beats(|f| f.noop)));
    let _ = writeln!(out, "| faster than every PostgreSQL peer: apply {n} | | | yes | {} |", yes(beats(|f| f.apply)));
    out
}

/// Write a project of `n` SQL modules: the PostgreSQL change the peers
/// get, its revert and its check, with its capabilities.
fn sql_project(dir: &Path, n: usize) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(dir);
    for i in 1..=n {
        let name = format!("t{i}");
        let m = dir.join(format!("modules/{i:04}_{name}"));
        std::fs::create_dir_all(&m).map_err(|e| e.to_string())?;
        let files = [
            ("up.sql", format!("{};\n", pg_up(&name))),
            ("down.sql", format!("DROP TABLE {name};\n")),
            ("check.sql", format!("-- check: {name} exists\nSELECT to_regclass('{name}') IS NOT NULL;\n")),
            ("module.toml", format!("[capabilities]\ntables = [\"{name}\"]\n")),
        ];
        for (file, text) in files {
            std::fs::write(m.join(file), text).map_err(|e| e.to_string())?;
        }
    }
    std::fs::write(dir.join("tidegate.toml"), "modules = \"modules\"\n").map_err(|e| e.to_string())
}

fn build_in(tg: &Path, dir: &Path) -> Command {
    tidegate_in(tg, dir, &["build"])
}

/// `tidegate build` of `n` SQL modules: median ms cold (no cache, no lock,
/// no components) and warm (everything in place), over 3 runs each.
fn sql_build(tg: &Path, dir: &Path, n: u64) -> Result<(f64, f64), String> {
    sql_project(dir, n as usize)?;
    let (mut cold, mut warm) = (Vec::new(), Vec::new());
    for _ in 0..3 {
        for stale in ["target", "tidegate.lock"] {
            let path = dir.join(stale);
            let _ = std::fs::remove_dir_all(&path).or_else(|_| std::fs::remove_file(&path));
        }
        cold.push(timed(&mut build_in(tg, dir))?);
        warm.push(timed(&mut build_in(tg, dir))?);
    }
    Ok((median(cold), median(warm)))
}

/// `tidegate build` of the generated Rust project: once from nothing
/// (cargo's target directory, the components, the cache and the lock
/// removed: minutes, so one run), then the median of 3 warm builds.
fn rust_build(tg: &Path, dir: &Path) -> Result<(f64, f64), String> {
    for stale in ["target", "tidegate.lock"] {
        let path = dir.join(stale);
        let _ = std::fs::remove_dir_all(&path).or_else(|_| std::fs::remove_file(&path));
    }
    let cold = timed(&mut build_in(tg, dir))?;
    let warm: Result<Vec<f64>, String> = (0..3).map(|_| timed(&mut build_in(tg, dir))).collect();
    Ok((cold, median(warm?)))
}

/// One row of the growth table, ms.
struct Growth {
    apply: f64,
    noop: f64,
    rss_kib: Option<u64>,
}

/// `count` SQL modules applied to a fresh database (median of 3, with the
/// peak RSS of the median run's process), then no-op runs (median of 10).
fn grow(tg: &Path, dir: &Path, count: usize, servers: &Servers, db: &str, url: &str) -> Result<Growth, String> {
    sql_project(dir, count)?;
    quiet(&mut build_in(tg, dir))?;
    let apply = || {
        let mut c = tidegate_in(tg, dir, &["apply"]);
        c.env("TIDEGATE_POSTGRES_URL", url);
        c
    };
    let mut runs = Vec::new();
    for _ in 0..APPLY_ROUNDS {
        fresh_pg(servers, db)?;
        runs.push(peak(&mut apply())?);
    }
    runs.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (apply_ms, rss_kib) = runs[runs.len() / 2];
    let mut noops = Vec::new();
    for _ in 0..NOOP_RUNS {
        noops.push(timed(&mut apply())?);
    }
    Ok(Growth { apply: apply_ms, noop: median(noops), rss_kib })
}

/// Wall time (ms) and peak resident memory (KiB, from GNU time when it is
/// installed) of one process.
fn peak(cmd: &mut Command) -> Result<(f64, Option<u64>), String> {
    let gnu_time = Path::new("/usr/bin/time");
    if !gnu_time.is_file() {
        return Ok((timed(cmd)?, None));
    }
    let out = std::env::temp_dir().join(format!("tidegate-bench-rss-{}", std::process::id()));
    let mut wrapped = Command::new(gnu_time);
    wrapped.args(["-f", "%M", "-o"]).arg(&out).arg(cmd.get_program()).args(cmd.get_args());
    if let Some(d) = cmd.get_current_dir() {
        wrapped.current_dir(d);
    }
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => wrapped.env(k, v),
            None => wrapped.env_remove(k),
        };
    }
    let ms = timed(&mut wrapped)?;
    let rss = std::fs::read_to_string(&out).ok().and_then(|s| s.trim().lines().last().and_then(|l| l.trim().parse().ok()));
    let _ = std::fs::remove_file(&out);
    Ok((ms, rss))
}
