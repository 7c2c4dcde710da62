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
//!    plan; the tools of one engine take turns round by round, each on a
//!    target of its own, so that the server's drift falls on all of them
//!    ([`measure`]). Then `tidegate bench` for compile, load, instantiate
//!    and the per-migration overhead against sqlx.
//! 5. Times `tidegate build` of 100 SQL and 100 Rust modules, cold and
//!    warm, and apply and no-op runs of 10, 100 and 1,000 SQL modules with
//!    the peak RSS of apply, interleaved with sqlx-cli on the same files.
//!
//! Servers: `TIDEGATE_BENCH_POSTGRES_URL` (default the local PostgreSQL),
//! `TIDEGATE_BENCH_MONGODB_URL` and `TIDEGATE_BENCH_ELASTICSEARCH_URL`
//! (default: the local stand-ins, started with `tests/servers.sh start`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::local::{delete_paths, drop_database, local_pg, recreate_database};
use crate::peers::quiet;
use crate::{cargo, root, run};

const APPLY_ROUNDS: usize = 5;
const NOOP_RUNS: usize = 10;

struct Servers {
    pg_admin: String,
    mongo: String,
    es: String,
}

impl Servers {
    fn from_env() -> Servers {
        let var = |k: &str, d: &str| {
            std::env::var(k)
                .ok()
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| d.to_string())
        };
        Servers {
            pg_admin: var("TIDEGATE_BENCH_POSTGRES_URL", &local_pg("postgres")),
            mongo: var(
                "TIDEGATE_BENCH_MONGODB_URL",
                "mongodb://127.0.0.1:27017/?directConnection=true",
            ),
            es: var("TIDEGATE_BENCH_ELASTICSEARCH_URL", "http://127.0.0.1:9200"),
        }
    }

    /// The PostgreSQL URL with another database.
    fn pg(&self, db: &str) -> String {
        let (base, query) = self
            .pg_admin
            .split_once('?')
            .map_or((self.pg_admin.as_str(), None), |(b, q)| (b, Some(q)));
        let server = base.rsplit_once('/').map_or(base, |(s, _)| s);
        match query {
            Some(q) => format!("{server}/{db}?{q}"),
            None => format!("{server}/{db}"),
        }
    }

    /// The MongoDB URL naming database `db`.
    fn mongo_db(&self, db: &str) -> String {
        let (base, query) = self
            .mongo
            .split_once('?')
            .map_or((self.mongo.as_str(), ""), |(b, q)| (b, q));
        let host = base.trim_end_matches('/');
        let host = host
            .strip_prefix("mongodb://")
            .map_or(host, |h| h.split('/').next().unwrap_or(h));
        if query.is_empty() {
            format!("mongodb://{host}/{db}")
        } else {
            format!("mongodb://{host}/{db}?{query}")
        }
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
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
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
    if std::fs::read_to_string(&stamp).is_ok_and(|s| s == want)
        && dir.join("tidegate.lock").is_file()
    {
        return run(tidegate_in(tg, dir, &["build"]));
    }
    if dir.exists() {
        std::fs::remove_dir_all(dir)
            .map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
    }
    std::fs::create_dir_all(dir.join("modules")).map_err(|e| e.to_string())?;
    let write = |name: &str, text: String| {
        std::fs::write(dir.join(name), text).map_err(|e| format!("cannot write {name}: {e}"))
    };
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
        let form: &[&str] = if engine == Engine::Postgres {
            &["--sql"]
        } else {
            &["--engine", engine.name()]
        };
        quiet(&mut tidegate_in(tg, dir, &["new", &name, "--version", &version]).args(form))?;
    }
    eprintln!(
        "xtask: building {n} {} migrations in {}",
        engine.name(),
        dir.display()
    );
    run(tidegate_in(tg, dir, &["build"]))?;
    write("generated", want)
}

/// The same `n` mapping changes to one index, for Tidegate (JSON modules,
/// `tidegate new --es-json`'s form) and for elasticsearch-index-migrate:
/// create the index, then add one keyword field per migration.
const ES_TG_INDEX: &str = "benchtg";
const ES_PEER_INDEX: &str = "benchpeer";
const ES_TG_HISTORY: &str = "tidegate-bench-json-migrations";
/// The results' engine label of the one-index comparison.
const ES_ONE_INDEX: &str = "elasticsearch, one index";
const ES_CREATE: &str = r#"{"settings": {"index": {"number_of_shards": 1, "number_of_replicas": 0}}, "mappings": {"properties": {"created_at": {"type": "date"}}}}"#;

fn es_field(i: u64) -> String {
    format!(r#"{{"properties": {{"f{i}": {{"type": "keyword"}}}}}}"#)
}

fn es_mapping_projects(tidegate: &Path, peer: &Path, n: u64) -> Result<(), String> {
    for d in [tidegate, peer] {
        let _ = std::fs::remove_dir_all(d);
    }
    let put = |p: PathBuf, text: String| {
        std::fs::create_dir_all(p.parent().expect("a parent")).map_err(|e| e.to_string())?;
        std::fs::write(&p, text).map_err(|e| format!("cannot write {}: {e}", p.display()))
    };
    put(
        tidegate.join("tidegate.toml"),
        format!(
            "modules = \"modules\"\nlock = \"tidegate.lock\"\ncomponents = \"target/tidegate\"\n\n[elasticsearch]\nhistory_index = \"{ES_TG_HISTORY}\"\n"
        ),
    )?;
    for i in 0..n {
        let name = if i == 0 {
            "create".to_string()
        } else {
            format!("f{i}")
        };
        let (what, kind, path, body) = match i {
            0 => (
                "create".to_string(),
                "CREATE_INDEX",
                format!("/{ES_TG_INDEX}"),
                ES_CREATE.to_string(),
            ),
            _ => (
                format!("add f{i}"),
                "ADD_FIELD",
                format!("/{ES_TG_INDEX}/_mapping"),
                es_field(i),
            ),
        };
        let m = tidegate.join(format!("modules/{:04}_{name}", i + 1));
        put(
            m.join("up.es.json"),
            format!(r#"[{{"method": "PUT", "path": "{path}", "body": {body}}}]"#) + "\n",
        )?;
        put(
            m.join("check.es.json"),
            format!(r#"[{{"name": "{ES_TG_INDEX} exists", "index": "{ES_TG_INDEX}"}}]"#) + "\n",
        )?;
        put(
            m.join("module.toml"),
            format!("description = \"{what}\"\n\n[capabilities]\nindices = [\"{ES_TG_INDEX}\"]\n"),
        )?;
        put(
            peer.join(format!("indices/{ES_PEER_INDEX}/v1.0.{i}__{name}.json")),
            format!(r#"{{"type": "{kind}", "description": "{what}", "migrate_script": {body}}}"#)
                + "\n",
        )?;
    }
    Ok(())
}

fn tidegate_in(tg: &Path, dir: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(tg);
    c.current_dir(dir)
        .args(args)
        .env("TIDEGATE_CACHE_DIR", dir.join("target/cache"));
    for k in [
        "TIDEGATE_POSTGRES_URL",
        "TIDEGATE_MONGODB_URL",
        "TIDEGATE_ELASTICSEARCH_URL",
        "TIDEGATE_CONFIG",
    ] {
        c.env_remove(k);
    }
    c
}

/// The same PostgreSQL change `tidegate new` writes, for the peers.
fn pg_up(name: &str) -> String {
    format!(
        "CREATE TABLE {name} (\n    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    created_at timestamptz NOT NULL DEFAULT now()\n)"
    )
}

fn peer_projects(dir: &Path, n: u64) -> Result<(), String> {
    let mk = |p: &Path| {
        std::fs::create_dir_all(p).map_err(|e| format!("cannot create {}: {e}", p.display()))
    };
    let put = |p: PathBuf, text: String| {
        std::fs::write(&p, text).map_err(|e| format!("cannot write {}: {e}", p.display()))
    };
    let (sqlx, dbmate, alembic, mongo) = (
        dir.join("sqlx"),
        dir.join("dbmate"),
        dir.join("alembic"),
        dir.join("migrate-mongo"),
    );
    for d in [
        &sqlx,
        &dbmate,
        &alembic.join("versions"),
        &mongo.join("migrations"),
    ] {
        if d.exists() {
            std::fs::remove_dir_all(d).map_err(|e| e.to_string())?;
        }
        mk(d)?;
    }
    for i in 0..n {
        let name = table(Engine::Postgres, i);
        let v = Engine::Postgres.first() + i;
        sqlx_migration(&sqlx, v, &name)?;
        put(
            dbmate.join(format!("{v:04}_{name}.sql")),
            format!(
                "-- migrate:up\n{};\n\n-- migrate:down\nDROP TABLE {name};\n",
                pg_up(&name)
            ),
        )?;
        let down = if i == 0 {
            "None".to_string()
        } else {
            format!("\"{:04}\"", v - 1)
        };
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
            mongo
                .join("migrations")
                .join(format!("{:04}-{coll}.js", Engine::Mongodb.first() + i)),
            format!(
                "module.exports = {{\n  async up(db) {{\n    await db.createCollection('{coll}', {{ validator: {{ $jsonSchema: {{ bsonType: 'object', required: ['created_at'], properties: {{ created_at: {{ bsonType: 'date' }} }} }} }} }});\n    await db.collection('{coll}').createIndex({{ created_at: 1 }}, {{ name: 'created_at_1' }});\n  }},\n  async down(db) {{\n    await db.collection('{coll}').drop();\n  }},\n}};\n"
            ),
        )?;
    }
    put(
        alembic.join("alembic.ini"),
        "[alembic]\nscript_location = .\n".into(),
    )?;
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

/// The search engine's `version.distribution` (`opensearch`), or
/// `elasticsearch` when it names none.
fn es_distribution(url: &str) -> Result<String, String> {
    let script = "import json, sys, urllib.request; print(json.load(urllib.request.urlopen(sys.argv[1], timeout=30))['version'].get('distribution', 'elasticsearch'))";
    let out = Command::new("python3")
        .args(["-c", script, url])
        .output()
        .map_err(|e| format!("cannot run python3: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cannot read the search engine's version at {url}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The PostgreSQL tools, by the name of their bench database.
const PG_TOOLS: [&str; 4] = ["tidegate", "sqlx", "dbmate", "alembic"];

/// A PostgreSQL tool's database in the bench.
fn pg_db(tool: &str) -> String {
    format!("tidegate_bench_{tool}")
}

/// The same change as a sqlx-cli migration in `dir`.
fn sqlx_migration(dir: &Path, version: u64, name: &str) -> Result<(), String> {
    let path = dir.join(format!("{version:04}_{name}.sql"));
    std::fs::write(&path, format!("{};\n", pg_up(name)))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// One tool's figures, ms.
#[derive(Default, Clone)]
struct Figures {
    apply: Option<f64>,
    noop: Option<f64>,
    plan: Option<f64>,
    /// Peak RSS of the median apply's process, KiB.
    rss_kib: Option<u64>,
    note: Option<String>,
}

/// A tool to time: its own target (a database of its own, so that every
/// tool's applied state exists at once), how to make that fresh, and its
/// apply and plan commands.
struct Tool<'a> {
    name: &'static str,
    reset: Box<dyn Fn() -> Result<(), String> + 'a>,
    apply: Box<dyn Fn() -> Command + 'a>,
    plan: Option<Box<dyn Fn() -> Command + 'a>>,
}

/// Every tool's figures, interleaved so that the server's and the disk's
/// drift (a `DROP DATABASE` checkpoint, another process) falls on all of
/// them alike: `APPLY_ROUNDS` rounds in which each tool applies on its
/// fresh target in turn, then `NOOP_RUNS` rounds of one no-op run each,
/// then (targets fresh again) `APPLY_ROUNDS` rounds of plans. A tool that
/// fails is reported with why and not timed further.
fn measure(tools: &[Tool]) -> Vec<Figures> {
    let mut figures: Vec<Figures> = tools.iter().map(|_| Figures::default()).collect();
    // Per tool: apply (ms, peak RSS), no-op and plan times.
    let mut applies: Vec<Vec<(f64, Option<u64>)>> = tools.iter().map(|_| Vec::new()).collect();
    let mut times: Vec<[Vec<f64>; 2]> = tools.iter().map(|_| Default::default()).collect();
    let step = |figures: &mut Vec<Figures>,
                i: usize,
                what: &dyn Fn() -> Result<f64, String>|
     -> Option<f64> {
        if figures[i].note.is_some() {
            return None;
        }
        match what() {
            Ok(ms) => Some(ms),
            Err(e) => {
                eprintln!("xtask: {} failed: {e}", tools[i].name);
                figures[i].note = Some(e);
                None
            }
        }
    };
    for _ in 0..APPLY_ROUNDS {
        for (i, t) in tools.iter().enumerate() {
            let rss = std::cell::Cell::new(None);
            let run = || {
                (t.reset)()?;
                let (ms, kib) = peak(&mut (t.apply)())?;
                rss.set(kib);
                Ok(ms)
            };
            if let Some(ms) = step(&mut figures, i, &run) {
                applies[i].push((ms, rss.get()));
            }
        }
    }
    for _ in 0..NOOP_RUNS {
        for (i, t) in tools.iter().enumerate() {
            if let Some(ms) = step(&mut figures, i, &|| timed(&mut (t.apply)())) {
                times[i][0].push(ms);
            }
        }
    }
    for (i, t) in tools.iter().enumerate() {
        if t.plan.is_some() {
            step(&mut figures, i, &|| (t.reset)().map(|()| 0.0));
        }
    }
    for _ in 0..APPLY_ROUNDS {
        for (i, t) in tools.iter().enumerate() {
            let Some(plan) = &t.plan else { continue };
            if let Some(ms) = step(&mut figures, i, &|| timed(&mut plan())) {
                times[i][1].push(ms);
            }
        }
    }
    for ((f, [noop, plan]), mut runs) in figures.iter_mut().zip(times).zip(applies) {
        if f.note.is_none() {
            let m = |v: Vec<f64>| (!v.is_empty()).then(|| median(v));
            runs.sort_by(|a, b| a.0.total_cmp(&b.0));
            f.rss_kib = runs.get(runs.len() / 2).and_then(|r| r.1);
            (f.apply, f.noop, f.plan) =
                (m(runs.into_iter().map(|r| r.0).collect()), m(noop), m(plan));
        }
    }
    figures
}

fn failed(note: String) -> Figures {
    Figures {
        note: Some(note),
        ..Figures::default()
    }
}

pub fn bench(args: &[String]) -> Result<(), String> {
    let n: u64 = match args {
        [] => 100,
        [flag, v] if flag == "--migrations" => v
            .parse()
            .map_err(|_| format!("--migrations takes a number, not `{v}`"))?,
        _ => return Err("usage: cargo xtask bench [--migrations N]".into()),
    };
    let dir = root().join("target/bench");
    let servers = &Servers::from_env();
    if std::env::var_os("TIDEGATE_BENCH_MONGODB_URL").is_none()
        || std::env::var_os("TIDEGATE_BENCH_ELASTICSEARCH_URL").is_none()
    {
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
    let es_json_dir = dir.join("elasticsearch-json");
    let es_peer_dir = dir.join("peer-projects/elasticsearch-index-migrate");
    es_mapping_projects(&es_json_dir, &es_peer_dir, n)?;
    quiet(&mut build_in(&tg, &es_json_dir))?;
    let machine = machine();

    // PostgreSQL: each tool on a database of its own, recreated before
    // each apply. Every tool gets the same server and URL form. TLS is
    // off: sqlx (in Tidegate and in sqlx-cli) spends tens of ms on each
    // TLS connection to this server, which would swamp the figures;
    // dbmate needs the parameter anyway.
    let pg_url = |tool: &str| without_tls(&servers.pg(&pg_db(tool)));
    let pg_reset = |tool: &'static str| -> Box<dyn Fn() -> Result<(), String> + '_> {
        Box::new(move || recreate_database(&servers.pg_admin, &pg_db(tool)))
    };
    let pg_dir = dir.join("postgres");
    // Warm the precompiled cache, as any second run on a machine finds it.
    quiet(&mut tidegate_in(&tg, &pg_dir, &["verify"]))?;
    let (tg, pg_dir) = (&tg, &pg_dir);
    let tg_pg = |cmd: &'static str| -> Box<dyn Fn() -> Command + '_> {
        Box::new(move || {
            let mut c = tidegate_in(&tg, &pg_dir, &[cmd]);
            c.env("TIDEGATE_POSTGRES_URL", pg_url("tidegate"));
            c
        })
    };
    let mut pg_tools = vec![Tool {
        name: "tidegate",
        reset: pg_reset("tidegate"),
        apply: tg_pg("apply"),
        plan: Some(tg_pg("plan")),
    }];
    let mut missing: Vec<(&str, &str, Figures)> = Vec::new();
    let peer = |name: &str| {
        peers
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.program.clone())
            .expect("known peer")
    };
    let pp = dir.join("peer-projects");
    match peer("sqlx-cli") {
        Err(e) => missing.push(("postgres", "sqlx-cli", failed(e))),
        Ok(sqlx) => {
            let (sqlx, pp) = (sqlx.clone(), pp.clone());
            let cmd = move |args: &'static [&'static str]| -> Box<dyn Fn() -> Command + '_> {
                let (sqlx, pp) = (sqlx.clone(), pp.clone());
                Box::new(move || {
                    let mut c = Command::new(&sqlx);
                    c.args(args)
                        .arg("--source")
                        .arg(pp.join("sqlx"))
                        .args(["--database-url", &pg_url("sqlx")]);
                    c
                })
            };
            pg_tools.push(Tool {
                name: "sqlx-cli",
                reset: pg_reset("sqlx"),
                apply: cmd(&["migrate", "run"]),
                plan: Some(cmd(&["migrate", "info"])),
            });
        }
    }
    match peer("dbmate") {
        Err(e) => missing.push(("postgres", "dbmate", failed(e))),
        Ok(dbmate) => {
            let pp = pp.clone();
            let cmd = move |what: &'static str| -> Box<dyn Fn() -> Command + '_> {
                let (dbmate, pp) = (dbmate.clone(), pp.clone());
                Box::new(move || {
                    let mut c = Command::new(&dbmate);
                    c.args(["--url", &pg_url("dbmate"), "--migrations-dir"])
                        .arg(pp.join("dbmate"))
                        .args(["--no-dump-schema", what]);
                    c
                })
            };
            pg_tools.push(Tool {
                name: "dbmate",
                reset: pg_reset("dbmate"),
                apply: cmd("up"),
                plan: Some(cmd("status")),
            });
        }
    }
    match peer("alembic") {
        Err(e) => missing.push(("postgres", "alembic", failed(e))),
        Ok(alembic) => {
            let url = pg_url("alembic");
            let alembic_url = format!(
                "postgresql+psycopg{}",
                url.strip_prefix("postgres").unwrap_or(&url)
            );
            let dir = pp.join("alembic");
            let cmd = move |args: &'static [&'static str]| -> Box<dyn Fn() -> Command> {
                let (alembic, dir, url) = (alembic.clone(), dir.clone(), alembic_url.clone());
                Box::new(move || {
                    let mut c = Command::new(&alembic);
                    c.current_dir(&dir)
                        .env("BENCH_ALEMBIC_URL", &url)
                        .args(args);
                    c
                })
            };
            pg_tools.push(Tool {
                name: "alembic",
                reset: pg_reset("alembic"),
                apply: cmd(&["upgrade", "head"]),
                plan: Some(cmd(&["upgrade", "head", "--sql"])),
            });
        }
    }
    eprintln!(
        "xtask: timing {} on PostgreSQL, interleaved",
        pg_tools
            .iter()
            .map(|t| t.name)
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut results: Vec<(&str, &str, Figures)> = pg_tools
        .iter()
        .map(|t| t.name)
        .zip(measure(&pg_tools))
        .map(|(t, f)| ("postgres", t, f))
        .collect();
    drop(pg_tools);
    for tool in PG_TOOLS {
        drop_database(&servers.pg_admin, &pg_db(tool))?;
    }

    // MongoDB: a new database per tool and round.
    let mongo_dir = dir.join("mongodb");
    quiet(&mut tidegate_in(&tg, &mongo_dir, &["verify"]))?;
    let rounds = &[std::cell::Cell::new(0u32), std::cell::Cell::new(0u32)];
    let mongo_db = |tool: usize| {
        format!(
            "tidegate_bench_{}_{tool}_{}",
            std::process::id(),
            rounds[tool].get()
        )
    };
    let next = |tool: usize| -> Box<dyn Fn() -> Result<(), String> + '_> {
        Box::new(move || {
            rounds[tool].set(rounds[tool].get() + 1);
            Ok(())
        })
    };
    let mongo_dir = &mongo_dir;
    let tg_mongo = |cmd: &'static str| -> Box<dyn Fn() -> Command + '_> {
        Box::new(move || {
            let mut c = tidegate_in(&tg, &mongo_dir, &[cmd]);
            c.env("TIDEGATE_MONGODB_URL", servers.mongo_db(&mongo_db(0)));
            c
        })
    };
    let mut mongo_tools = vec![Tool {
        name: "tidegate",
        reset: next(0),
        apply: tg_mongo("apply"),
        plan: Some(tg_mongo("plan")),
    }];
    match peer("migrate-mongo") {
        Err(e) => missing.push(("mongodb", "migrate-mongo", failed(e))),
        Ok(mm) => {
            let (dir, mongo_db) = (pp.join("migrate-mongo"), &mongo_db);
            let servers = &servers;
            let cmd = move |what: &'static str| -> Box<dyn Fn() -> Command + '_> {
                let (mm, dir) = (mm.clone(), dir.clone());
                Box::new(move || {
                    let mut c = Command::new(&mm);
                    c.current_dir(&dir)
                        .env("BENCH_MONGO_URL", &servers.mongo)
                        .env("BENCH_MONGO_DB", mongo_db(1))
                        .arg(what);
                    c
                })
            };
            mongo_tools.push(Tool {
                name: "migrate-mongo",
                reset: next(1),
                apply: cmd("up"),
                plan: Some(cmd("status")),
            });
        }
    }
    eprintln!(
        "xtask: timing {} on MongoDB, interleaved",
        mongo_tools
            .iter()
            .map(|t| t.name)
            .collect::<Vec<_>>()
            .join(", ")
    );
    results.extend(
        mongo_tools
            .iter()
            .map(|t| t.name)
            .zip(measure(&mongo_tools))
            .map(|(t, f)| ("mongodb", t, f)),
    );
    drop(mongo_tools);

    // Elasticsearch: revert everything between rounds.
    let es_dir = dir.join("elasticsearch");
    let es_dir = &es_dir;
    let tg_es = |cmd: &'static [&'static str]| -> Box<dyn Fn() -> Command + '_> {
        Box::new(move || {
            let mut c = tidegate_in(&tg, &es_dir, cmd);
            c.env("TIDEGATE_ELASTICSEARCH_URL", &servers.es);
            c
        })
    };
    quiet(&mut tidegate_in(&tg, &es_dir, &["verify"]))?;
    let reset_es = || quiet(&mut tg_es(&["down", "--all"])());
    eprintln!("xtask: timing tidegate on Elasticsearch");
    let es_tools = [Tool {
        name: "tidegate",
        reset: Box::new(reset_es),
        apply: tg_es(&["apply"]),
        plan: Some(tg_es(&["plan"])),
    }];
    results.extend(
        measure(&es_tools)
            .into_iter()
            .map(|f| ("elasticsearch", "tidegate", f)),
    );
    reset_es()?;

    // Elasticsearch, one index created and then given a field per
    // migration: Tidegate's JSON modules and elasticsearch-index-migrate,
    // each on an index (and history) of its own, deleted between rounds.
    let es_json_dir = &es_json_dir;
    quiet(&mut tidegate_in(tg, es_json_dir, &["verify"]))?;
    let tg_json = |cmd: &'static str| -> Box<dyn Fn() -> Command + '_> {
        Box::new(move || {
            let mut c = tidegate_in(tg, es_json_dir, &[cmd]);
            c.env("TIDEGATE_ELASTICSEARCH_URL", &servers.es);
            c
        })
    };
    let tg_objects = [
        format!("/{ES_TG_INDEX}"),
        format!("/{ES_TG_HISTORY}"),
        format!("/{ES_TG_HISTORY}-audit"),
        format!("/{ES_TG_HISTORY}-lock"),
    ];
    let tg_objects: &[&str] = &tg_objects.iter().map(String::as_str).collect::<Vec<_>>();
    let peer_objects: &[&str] = &[&format!("/{ES_PEER_INDEX}"), "/migrate_history"];
    let mut es_tools = vec![Tool {
        name: "tidegate",
        reset: Box::new(|| delete_paths(&servers.es, tg_objects)),
        apply: tg_json("apply"),
        plan: Some(tg_json("plan")),
    }];
    match peer("elasticsearch-index-migrate") {
        Err(e) => missing.push((ES_ONE_INDEX, "elasticsearch-index-migrate", failed(e))),
        Ok(program) => {
            // It speaks OpenSearch (through its 1.x client) and Elasticsearch 6 and 7.
            let flavour = if es_distribution(&servers.es)? == "opensearch" {
                "opensearch"
            } else {
                "7"
            };
            let es_peer_dir = &es_peer_dir;
            let cmd = move |args: &'static [&'static str]| -> Box<dyn Fn() -> Command + '_> {
                let program = program.clone();
                Box::new(move || {
                    let mut c = Command::new(&program);
                    c.args(args)
                        .env("ELASTICSEARCH_MIGRATION_LOCATIONS", es_peer_dir)
                        .env("ELASTICSEARCH_MIGRATION_BASELINE_VERSION", "v1.0.0")
                        .env("ELASTICSEARCH_VERSION", flavour)
                        .env("ELASTICSEARCH_HOST", &servers.es);
                    c
                })
            };
            es_tools.push(Tool {
                name: "elasticsearch-index-migrate",
                reset: Box::new(|| delete_paths(&servers.es, peer_objects)),
                apply: cmd(&[
                    "migrate",
                    ES_PEER_INDEX,
                    "--init",
                    "--number-of-replicas",
                    "0",
                ]),
                plan: Some(cmd(&["plan", ES_PEER_INDEX])),
            });
        }
    }
    eprintln!(
        "xtask: timing {} on one Elasticsearch index, interleaved",
        es_tools
            .iter()
            .map(|t| t.name)
            .collect::<Vec<_>>()
            .join(", ")
    );
    results.extend(
        es_tools
            .iter()
            .map(|t| t.name)
            .zip(measure(&es_tools))
            .map(|(t, f)| (ES_ONE_INDEX, t, f)),
    );
    drop(es_tools);
    delete_paths(&servers.es, tg_objects)?;
    delete_paths(&servers.es, peer_objects)?;
    results.extend(missing);

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
    let micro: serde_json::Value = serde_json::from_slice(&out.stdout)
        .map_err(|e| format!("tidegate bench printed no JSON: {e}"))?;

    eprintln!("xtask: timing tidegate build of {n} SQL modules and {n} Rust modules");
    let sql_build = sql_build(&tg, &dir.join("sql-modules"), n)?;
    let rust_build = rust_build(&tg, &mongo_dir)?;

    eprintln!("xtask: timing 10, 100 and 1000 SQL modules, and sqlx-cli on the same files");
    let sqlx = peer("sqlx-cli").ok();
    let mut growth = Vec::new();
    for count in [10, 100, 1000] {
        growth.push((
            count,
            grow(
                &tg,
                sqlx.as_deref(),
                &dir.join(format!("growth-{count}")),
                count,
                &servers,
            )?,
        ));
    }

    let mut text = render(n, &machine, &results, &micro);
    let _ = writeln!(
        text,
        "\nBuild (`tidegate build`, whole process; cold: no components, no precompiled cache, no lock, and for Rust no cargo target directory):\n"
    );
    let _ = writeln!(
        text,
        "| modules | cold | warm (nothing changed) |\n|---|---|---|"
    );
    let _ = writeln!(
        text,
        "| {n} SQL modules | {:.0} ms (median of 3) | {:.0} ms |",
        sql_build.0, sql_build.1
    );
    let _ = writeln!(
        text,
        "| {n} Rust modules (MongoDB, guest SDK) | {:.1} s (one run) | {:.0} ms |",
        rust_build.0 / 1000.0,
        rust_build.1
    );
    let _ = writeln!(
        text,
        "\nAs the history grows (PostgreSQL, SQL modules, whole processes, median of {APPLY_ROUNDS} applies and {NOOP_RUNS} no-op runs, interleaved with sqlx-cli on the same SQL files; peak RSS of the median `apply`):\n"
    );
    let _ = writeln!(
        text,
        "| migrations | apply | per migration | sqlx-cli apply | peak RSS (sqlx-cli) | no-op run | per migration | sqlx-cli no-op |\n|---|---|---|---|---|---|---|---|"
    );
    let per = |v: Option<f64>, count: usize, digits: usize| {
        v.map_or("–".into(), |v| {
            format!("{:.*} ms", digits, v / count as f64)
        })
    };
    let rss = |f: &Figures| {
        f.rss_kib
            .map_or("–".into(), |k| format!("{:.1} MiB", k as f64 / 1024.0))
    };
    for (count, [ours, sqlx]) in &growth {
        let (ours_note, sqlx_note) = (
            ours.note
                .as_deref()
                .map(|n| format!(" (failed: {})", n.lines().next().unwrap_or("")))
                .unwrap_or_default(),
            sqlx.note
                .as_deref()
                .map(|n| format!(" ({})", n.lines().next().unwrap_or("")))
                .unwrap_or_default(),
        );
        let _ = writeln!(
            text,
            "| {count}{ours_note} | {} | {} | {}{sqlx_note} | {} ({}) | {} | {} | {} |",
            cell(ours.apply, None),
            per(ours.apply, *count, 2),
            cell(sqlx.apply, ours.apply),
            rss(ours),
            rss(sqlx),
            cell(ours.noop, None),
            per(ours.noop, *count, 3),
            cell(sqlx.noop, ours.noop),
        );
    }
    zero_downtime(tg, pg_dir, &admin, &mut text)?;
    println!("{text}");
    let path = dir.join("results.md");
    std::fs::write(&path, &text).map_err(|e| e.to_string())?;
    eprintln!("xtask: wrote {}", path.display());
    Ok(())
}

/// Rows of the zero-downtime row's table.
const ZERO_DOWNTIME_ROWS: u64 = 1_000_000;

/// `tidegate bench --zero-downtime`: a phased type change and renames on a
/// table of a million rows under load, as a section of the results.
fn zero_downtime(tg: &Path, dir: &Path, admin: &str, text: &mut String) -> Result<(), String> {
    eprintln!("xtask: zero-downtime change of {ZERO_DOWNTIME_ROWS} rows under load");
    let rows = ZERO_DOWNTIME_ROWS.to_string();
    let out = tidegate_in(
        tg,
        dir,
        &["bench", "--zero-downtime", &rows, "--format", "json"],
    )
    .env("TIDEGATE_POSTGRES_URL", admin)
    .stderr(Stdio::inherit())
    .output()
    .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!(
            "tidegate bench --zero-downtime failed ({})",
            out.status
        ));
    }
    let z: serde_json::Value = serde_json::from_slice(&out.stdout)
        .map_err(|e| format!("tidegate bench --zero-downtime printed no JSON: {e}"))?;
    let f = |k: &str| z[k].as_f64().unwrap_or(f64::NAN);
    let yes = |ok: bool| if ok { "yes" } else { "**no**" };
    let _ = writeln!(
        text,
        "\nZero downtime (PostgreSQL, `integer` → `bigint` and renamed, a column renamed, on {ZERO_DOWNTIME_ROWS} rows; 500 writes/s through the old version, 100 reads/s through each version; `tidegate apply`, then `tidegate complete` once the old version stopped):\n"
    );
    let _ = writeln!(
        text,
        "| measure | tidegate | target | met |\n|---|---|---|---|"
    );
    let errors = z["client_errors"].as_u64().unwrap_or(u64::MAX);
    let _ = writeln!(
        text,
        "| client errors | {errors} of {} statements | 0 | {} |",
        z["statements"],
        yes(errors == 0)
    );
    let longest = f("longest_statement_ms");
    let _ = writeln!(
        text,
        "| longest client statement (lock waits included) | {longest:.1} ms | < 200 ms | {} |",
        yes(longest < 200.0)
    );
    let _ = writeln!(
        text,
        "| write p99 before / during | {:.2} ms / {:.2} ms | | |",
        f("write_p99_before_ms"),
        f("write_p99_during_ms")
    );
    let rate = f("backfill_rows_per_s");
    let _ = writeln!(
        text,
        "| backfill rate | {rate:.0} rows/s | ≥ 50,000 rows/s | {} |",
        yes(rate >= 50_000.0)
    );
    let _ = writeln!(
        text,
        "| start / complete / total | {:.1} s / {:.1} s / {:.1} s | | |",
        f("start_s"),
        f("complete_s"),
        f("total_s")
    );
    let _ = writeln!(
        text,
        "| rollback from in flight gives an identical catalog (`pg_dump -s`) | {} | yes | {} |",
        yes(z["rollback_restores_catalog"] == true),
        yes(z["rollback_restores_catalog"] == true)
    );
    Ok(())
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let pg = Command::new("psql")
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    format!("{cpu}, {cores} cores; {pg}")
}

fn cell(v: Option<f64>, tidegate: Option<f64>) -> String {
    match (v, tidegate) {
        (Some(v), Some(t)) => format!("{v:.0} ms ({:.2}x)", v / t),
        (Some(v), None) => format!("{v:.0} ms"),
        _ => "–".into(),
    }
}

fn render(
    n: u64,
    machine: &str,
    results: &[(&str, &str, Figures)],
    micro: &serde_json::Value,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Tidegate benchmark: {n} migrations per engine, one run on {machine}."
    );
    let _ = writeln!(
        out,
        "Whole processes, start to exit: the median of {APPLY_ROUNDS} applies (each on a fresh target), {NOOP_RUNS} no-op runs and {APPLY_ROUNDS} plans, the tools of an engine interleaved round by round, each on a target of its own. In brackets: the tool's time / Tidegate's (above 1: Tidegate is faster).\n"
    );
    let _ = writeln!(
        out,
        "| engine | tool | apply {n} (fresh target) | no-op run ({n} applied) | plan / pending list |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|");
    for engine in ["postgres", "mongodb", "elasticsearch", ES_ONE_INDEX] {
        let ours = results
            .iter()
            .find(|(e, t, _)| *e == engine && *t == "tidegate")
            .map(|r| r.2.clone())
            .unwrap_or_default();
        for (_, tool, f) in results.iter().filter(|(e, _, _)| *e == engine) {
            let (apply, noop, plan) = if *tool == "tidegate" {
                (cell(f.apply, None), cell(f.noop, None), cell(f.plan, None))
            } else {
                (
                    cell(f.apply, ours.apply),
                    cell(f.noop, ours.noop),
                    cell(f.plan, ours.plan),
                )
            };
            let note = f
                .note
                .as_deref()
                .map(|n| format!(" (not measured: {})", n.lines().next().unwrap_or("")))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "| {engine} | {tool}{note} | {apply} | {noop} | {plan} |"
            );
        }
    }
    let f = |v: &serde_json::Value| v.as_f64().unwrap_or(f64::NAN);
    let _ = writeln!(
        out,
        "\nIn process (`tidegate bench`, {} components of {} KiB):\n",
        micro["components"],
        f(&micro["component_bytes"]) as u64 / 1024
    );
    let _ = writeln!(out, "| measure | median | min | target | met |");
    let _ = writeln!(out, "|---|---|---|---|---|");
    let cold = f(&micro["cold_compile"]["median_ms"]);
    let cached = f(&micro["cached_load"]["median_ms"]);
    let yes = |ok: bool| if ok { "yes" } else { "**no**" };
    let _ = writeln!(
        out,
        "| cold compile | {cold:.2} ms | {:.2} ms | | |",
        f(&micro["cold_compile"]["min_ms"])
    );
    let _ = writeln!(
        out,
        "| load from the precompiled cache | {cached:.3} ms | {:.3} ms | ≤ 1 ms | {} |",
        f(&micro["cached_load"]["min_ms"]),
        yes(cached <= 1.0)
    );
    let _ = writeln!(
        out,
        "| cold compile / cached load | {:.0}x | | | |",
        cold / cached
    );
    let _ = writeln!(
        out,
        "| instantiate + one call | {:.3} ms | {:.3} ms | | |",
        f(&micro["instantiate"]["median_ms"]),
        f(&micro["instantiate"]["min_ms"])
    );
    let o = &micro["overhead"];
    if o.is_object() {
        let ratio = f(&o["ratio"]);
        let _ = writeln!(
            out,
            "| apply, per migration: tidegate | {:.3} ms | {:.3} ms | | |",
            f(&o["tidegate_ms"]["median_ms"]),
            f(&o["tidegate_ms"]["min_ms"])
        );
        let _ = writeln!(
            out,
            "| apply, per migration: sqlx, same statements + history row | {:.3} ms | {:.3} ms | | |",
            f(&o["native_ms"]["median_ms"]),
            f(&o["native_ms"]["min_ms"])
        );
        let _ = writeln!(
            out,
            "| apply, per migration: sqlx, statements alone | {:.3} ms | {:.3} ms | | |",
            f(&o["native_bare_ms"]["median_ms"]),
            f(&o["native_bare_ms"]["min_ms"])
        );
        let _ = writeln!(
            out,
            "| apply, per migration: engine code doing apply's database work, whole run | {:.3} ms | {:.3} ms | | |",
            f(&o["guarded_ms"]["median_ms"]),
            f(&o["guarded_ms"]["min_ms"])
        );
        let _ = writeln!(
            out,
            "| host overhead: tidegate / sqlx with history | {ratio:.3} ({:+.1}%) | | ≤ 1.10 | {} |",
            (ratio - 1.0) * 100.0,
            yes(ratio <= 1.10)
        );
        let (guarantees, host) = (f(&o["guarantees_ratio"]), f(&o["host_ratio"]));
        let _ = writeln!(
            out,
            "| of which the guarantees at the database: engine code / sqlx with history | {guarantees:.3} ({:+.1}%) | | | |",
            (guarantees - 1.0) * 100.0
        );
        let _ = writeln!(
            out,
            "| of which the sandbox and the executor: tidegate / engine code | {host:.3} ({:+.1}%) | | | |",
            (host - 1.0) * 100.0
        );
        let _ = writeln!(
            out,
            "| in the sandbox during up, per migration | {:.3} ms | | | |",
            f(&o["sandbox_ms"])
        );
    } else {
        let _ = writeln!(
            out,
            "| host overhead | not measured: {} | | | |",
            micro["overhead_skipped"].as_str().unwrap_or("?")
        );
    }
    let ours = results
        .iter()
        .find(|(e, t, _)| *e == "postgres" && *t == "tidegate")
        .map(|r| r.2.clone())
        .unwrap_or_default();
    let noop = ours.noop.unwrap_or(f64::NAN);
    let _ = writeln!(
        out,
        "| no-op run, PostgreSQL, process start to exit | {noop:.0} ms | | ≤ 200 ms | {} |",
        yes(noop <= 200.0)
    );
    let peers: Vec<&Figures> = results
        .iter()
        .filter(|(e, t, f)| *e == "postgres" && *t != "tidegate" && f.apply.is_some())
        .map(|r| &r.2)
        .collect();
    let beats = |pick: fn(&Figures) -> Option<f64>| {
        let ours = pick(&ours).unwrap_or(f64::INFINITY);
        !peers.is_empty() && peers.iter().all(|p| pick(p).is_some_and(|v| v > ours))
    };
    let _ = writeln!(
        out,
        "| faster than every PostgreSQL peer: no-op run | | | yes | {} |",
        yes(beats(|f| f.noop))
    );
    let _ = writeln!(
        out,
        "| faster than every PostgreSQL peer: apply {n} | | | yes | {} |",
        yes(beats(|f| f.apply))
    );
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
            (
                "check.sql",
                format!("-- check: {name} exists\nSELECT to_regclass('{name}') IS NOT NULL;\n"),
            ),
            (
                "module.toml",
                format!("[capabilities]\ntables = [\"{name}\"]\n"),
            ),
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

/// `count` SQL modules, and the same statements as sqlx-cli migrations,
/// each tool on a database of its own: applies on fresh databases and
/// no-op runs, interleaved ([`measure`]). Tidegate's figures, then
/// sqlx-cli's.
fn grow(
    tg: &Path,
    sqlx: Option<&Path>,
    dir: &Path,
    count: usize,
    servers: &Servers,
) -> Result<[Figures; 2], String> {
    sql_project(dir, count)?;
    quiet(&mut build_in(tg, dir))?;
    let sqlx_dir = dir.join("sqlx");
    std::fs::create_dir_all(&sqlx_dir).map_err(|e| e.to_string())?;
    for i in 1..=count {
        sqlx_migration(&sqlx_dir, i as u64, &format!("t{i}"))?;
    }
    let db = |tool: &str| format!("tidegate_growth_{tool}");
    let url = |tool: &str| without_tls(&servers.pg(&db(tool)));
    let mut tools = vec![Tool {
        name: "tidegate",
        reset: Box::new(|| recreate_database(&servers.pg_admin, &db("tidegate"))),
        apply: Box::new(|| {
            let mut c = tidegate_in(tg, dir, &["apply"]);
            c.env("TIDEGATE_POSTGRES_URL", url("tidegate"));
            c
        }),
        plan: None,
    }];
    if let Some(sqlx) = sqlx {
        tools.push(Tool {
            name: "sqlx-cli",
            reset: Box::new(|| recreate_database(&servers.pg_admin, &db("sqlx"))),
            apply: Box::new(move || {
                let mut c = Command::new(sqlx);
                c.args(["migrate", "run", "--source"])
                    .arg(&sqlx_dir)
                    .args(["--database-url", &url("sqlx")]);
                c
            }),
            plan: None,
        });
    }
    let mut figures = measure(&tools).into_iter();
    let ours = figures.next().unwrap_or_default();
    let theirs = figures
        .next()
        .unwrap_or_else(|| failed("sqlx-cli is not installed".into()));
    for tool in ["tidegate", "sqlx"] {
        drop_database(&servers.pg_admin, &db(tool))?;
    }
    Ok([ours, theirs])
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
    wrapped
        .args(["-f", "%M", "-o"])
        .arg(&out)
        .arg(cmd.get_program())
        .args(cmd.get_args());
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
    let rss = std::fs::read_to_string(&out)
        .ok()
        .and_then(|s| s.trim().lines().last().and_then(|l| l.trim().parse().ok()));
    let _ = std::fs::remove_file(&out);
    Ok((ms, rss))
}
