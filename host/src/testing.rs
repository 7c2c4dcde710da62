//! `tidegate test`: prove the migrations on throw-away targets before they
//! reach a shared database.
//!
//! For each engine the modules use, it takes the configured server (or,
//! with `--containers` or when none is configured, starts the official
//! image with testcontainers) and makes a scratch target on it: a new
//! PostgreSQL database, a new MongoDB database, and on Elasticsearch the
//! declared indices, which must not exist yet. Then, migration by migration:
//!
//! - **apply** it, and its `check`s must pass;
//! - **reversibility**: a reversible migration is reverted, and the catalog
//!   must equal the one before it; it is applied again, and the catalog
//!   must equal the one after it;
//! - **idempotency**: a non-transactional migration's `up` runs a second
//!   time on the applied state (a retry after a crash), must succeed and
//!   must leave the catalog unchanged.
//!
//! After the last one every `check` runs again, and a second `apply` must
//! find nothing to do. With a seed, a second scratch target gets the
//! migrations up to `--seed-after`, then the seed data, then the rest, and
//! every `check` must pass on it. Scratch targets are dropped at the end.

use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::Serialize;
use sqlx::Connection as _;

use crate::capabilities::{Capabilities, Kind};
use crate::config::Config;
use crate::diff::{diff, Snapshot};
use crate::engine::elasticsearch::EsTarget;
use crate::engine::mongodb::MongoTarget;
use crate::metadata::EngineKind;
use crate::planner::{DownTo, Outcome, PlanError, Planner};
use crate::project::{Project, ProjectError};
use crate::runtime::Runtime;

/// Errors setting up or tearing down test targets.
#[derive(Debug, thiserror::Error)]
pub enum TestError {
    #[error("cannot start a {engine} container ({message}); start Docker, or name a server with --{flag}")]
    Container { engine: EngineKind, flag: &'static str, message: String },
    #[error("cannot make a scratch {engine} target on {url}: {message}")]
    Scratch { engine: EngineKind, url: String, message: String },
    #[error("{0}")]
    Unsafe(String),
    #[error("cannot read seed {path}: {message}")]
    Seed { path: PathBuf, message: String },
    #[error(transparent)]
    Project(#[from] ProjectError),
    #[error(transparent)]
    Plan(#[from] PlanError),
}

/// What to run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Start containers even where a server is configured.
    pub containers: bool,
    /// A folder with `postgres.sql`, `mongodb.json` and/or
    /// `elasticsearch.json` (`{"collection or index": [documents]}`).
    pub seed: Option<PathBuf>,
    /// Load the seed after this migration [default: before the first
    /// migration, e.g. for a dump that carries its own schema].
    pub seed_after: Option<String>,
}

/// The verdict of one step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase", tag = "status", content = "detail")]
pub enum Verdict {
    Pass,
    Fail(String),
    /// Not applicable, with the reason (irreversible, atomic, not reached).
    Skip(String),
}

impl Verdict {
    fn failed(&self) -> bool {
        matches!(self, Verdict::Fail(_))
    }

    fn from(r: Result<(), String>) -> Verdict {
        r.map_or_else(Verdict::Fail, |()| Verdict::Pass)
    }

    /// A short word for the table.
    pub fn word(&self) -> &'static str {
        match self {
            Verdict::Pass => "ok",
            Verdict::Fail(_) => "FAIL",
            Verdict::Skip(_) => "-",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct MigrationResult {
    pub id: String,
    pub apply: Verdict,
    pub reversible: Verdict,
    pub idempotent: Verdict,
    pub checks: Verdict,
    pub checks_passed: usize,
    pub checks_total: usize,
    pub elapsed_ms: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Server {
    pub engine: EngineKind,
    /// `configured` or `container`.
    pub source: &'static str,
    pub target: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TestReport {
    pub servers: Vec<Server>,
    pub migrations: Vec<MigrationResult>,
    /// A second `apply` after all migrations: must do nothing.
    pub reapply: Verdict,
    pub seed: Option<Verdict>,
    pub elapsed_ms: f64,
}

impl TestReport {
    pub fn ok(&self) -> bool {
        let steps = self.migrations.iter().flat_map(|m| [&m.apply, &m.reversible, &m.idempotent, &m.checks]);
        !steps.chain([&self.reapply]).chain(&self.seed).any(Verdict::failed)
    }

    pub fn failures(&self) -> Vec<String> {
        let mut out = Vec::new();
        for m in &self.migrations {
            for (what, v) in [("apply", &m.apply), ("revert and re-apply", &m.reversible), ("idempotency", &m.idempotent), ("checks", &m.checks)] {
                if let Verdict::Fail(why) = v {
                    out.push(format!("{} {what}: {why}", m.id));
                }
            }
        }
        if let Verdict::Fail(why) = &self.reapply {
            out.push(format!("second apply: {why}"));
        }
        if let Some(Verdict::Fail(why)) = &self.seed {
            out.push(format!("seed replay: {why}"));
        }
        out
    }
}

/// Step progress, shown by the CLI.
pub trait Progress {
    fn start(&self, total: u64);
    fn step(&self, what: &str);
    fn done(&self);
}

/// Servers for the engines under test, and the containers that back them.
pub struct Servers {
    pub list: Vec<Server>,
    urls: Vec<(EngineKind, String)>,
    /// Kept alive until the test ends; dropping one stops its container.
    _containers: Vec<Box<dyn std::any::Any + Send>>,
}

async fn start_container(engine: EngineKind) -> Result<(String, Box<dyn std::any::Any + Send>), TestError> {
    use testcontainers_modules::testcontainers::runners::AsyncRunner as _;
    use testcontainers_modules::testcontainers::ImageExt as _;
    let (flag, fail) = match engine {
        EngineKind::Postgres => ("postgres-url", "PostgreSQL"),
        EngineKind::Mongodb => ("mongodb-url", "MongoDB"),
        EngineKind::Elasticsearch => ("elasticsearch-url", "Elasticsearch"),
    };
    let err = |e: String| TestError::Container { engine, flag, message: format!("{fail}: {e}") };
    match engine {
        EngineKind::Postgres => {
            let c = testcontainers_modules::postgres::Postgres::default().start().await.map_err(|e| err(e.to_string()))?;
            let port = c.get_host_port_ipv4(5432).await.map_err(|e| err(e.to_string()))?;
            Ok((format!("postgres://postgres:postgres@127.0.0.1:{port}/postgres"), Box::new(c)))
        }
        EngineKind::Mongodb => {
            let c = testcontainers_modules::mongo::Mongo::repl_set().start().await.map_err(|e| err(e.to_string()))?;
            let port = c.get_host_port_ipv4(27017).await.map_err(|e| err(e.to_string()))?;
            Ok((format!("mongodb://127.0.0.1:{port}/?directConnection=true"), Box::new(c)))
        }
        EngineKind::Elasticsearch => {
            let c = testcontainers_modules::elastic_search::ElasticSearch::default()
                .with_tag("8.17.0")
                .with_env_var("xpack.security.enabled", "false")
                .with_env_var("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
                .start()
                .await
                .map_err(|e| err(e.to_string()))?;
            let port = c.get_host_port_ipv4(9200).await.map_err(|e| err(e.to_string()))?;
            Ok((format!("http://127.0.0.1:{port}"), Box::new(c)))
        }
    }
}

impl Servers {
    /// The configured server of each engine, or a container.
    pub async fn start(config: &Config, engines: &[EngineKind], containers: bool) -> Result<Servers, TestError> {
        let mut servers = Servers { list: Vec::new(), urls: Vec::new(), _containers: Vec::new() };
        for &engine in engines {
            let configured = match engine {
                EngineKind::Postgres => config.postgres.url.clone(),
                EngineKind::Mongodb => config.mongodb.url.clone(),
                EngineKind::Elasticsearch => config.elasticsearch.url.clone(),
            };
            let (url, source) = match configured.filter(|_| !containers) {
                Some(url) => (url, "configured"),
                None => {
                    let (url, container) = start_container(engine).await?;
                    servers._containers.push(container);
                    (url, "container")
                }
            };
            servers.list.push(Server { engine, source, target: crate::redact::redact_url(&url) });
            servers.urls.push((engine, url));
        }
        Ok(servers)
    }

    fn url(&self, engine: EngineKind) -> Option<&str> {
        self.urls.iter().find(|(e, _)| *e == engine).map(|(_, u)| u.as_str())
    }
}

/// One scratch target on every server; dropped by [`Scratch::drop_all`].
pub struct Scratch {
    pub config: Config,
    pg_admin: Option<(String, String)>,
    es_names: Vec<String>,
}

fn scratch_name() -> String {
    let mut b = [0u8; 6];
    getrandom::fill(&mut b).expect("randomness");
    format!("tidegate_test_{}", hex::encode(b))
}

/// Names matching `pattern` on a search server: indices, aliases'
/// indices and index templates.
async fn es_existing(es: &EsTarget, pattern: &str) -> Vec<String> {
    use elasticsearch::http::Method;
    let mut out = Vec::new();
    let q = [("expand_wildcards", "all"), ("ignore_unavailable", "true"), ("allow_no_indices", "true")];
    if let Ok(a) = es.call(Method::Get, &format!("/{pattern}"), &q, None, &[404], "listing indices").await {
        out.extend(a.json().as_object().into_iter().flat_map(|o| o.keys().cloned()));
    }
    if let Ok(a) = es.call(Method::Get, &format!("/_index_template/{pattern}"), &[], None, &[404], "listing templates").await {
        for t in a.json()["index_templates"].as_array().into_iter().flatten() {
            out.extend(t["name"].as_str().map(|n| format!("_index_template/{n}")));
        }
    }
    out
}

impl Scratch {
    pub async fn create(servers: &Servers, base: &Config, caps: &[Option<Capabilities>]) -> Result<Scratch, TestError> {
        let name = scratch_name();
        let mut config = base.clone();
        let mut scratch = Scratch { config: base.clone(), pg_admin: None, es_names: Vec::new() };
        if let Some(url) = servers.url(EngineKind::Postgres) {
            let fail = |message: String| TestError::Scratch { engine: EngineKind::Postgres, url: crate::redact::redact_url(url), message };
            let mut conn = sqlx::PgConnection::connect(url).await.map_err(|e| fail(e.to_string()))?;
            // `name` is ours: letters, digits and `_`.
            sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE \"{name}\""))).execute(&mut conn).await.map_err(|e| fail(e.to_string()))?;
            let mut scratch_url = url::Url::parse(url).map_err(|e| fail(e.to_string()))?;
            scratch_url.set_path(&format!("/{name}"));
            config.postgres.url = Some(scratch_url.to_string());
            scratch.pg_admin = Some((url.to_string(), name.clone()));
        }
        if let Some(url) = servers.url(EngineKind::Mongodb) {
            config.mongodb.url = Some(url.to_string());
            config.mongodb.database = Some(name.clone());
        }
        if let Some(url) = servers.url(EngineKind::Elasticsearch) {
            config.elasticsearch.url = Some(url.to_string());
            // Index names are cluster-wide: the declared ones must be free.
            let mut patterns: Vec<String> = Vec::new();
            for c in caps {
                match c {
                    Some(c) => patterns.extend(c.names(Kind::Index).iter().cloned()),
                    None => {
                        return Err(TestError::Unsafe(format!(
                            "a search migration declares no capabilities, so tidegate test cannot tell which indices on {} it would create and delete; declare `indices` in its Cargo.toml, or pass --containers",
                            crate::redact::redact_url(url)
                        )))
                    }
                }
            }
            config.elasticsearch.history_index = format!("{}-migrations", name.replace('_', "-"));
            patterns.push(format!("{}*", config.elasticsearch.history_index));
            let es = EsTarget::new(&config.elasticsearch).map_err(PlanError::from)?;
            let mut taken = Vec::new();
            for p in &patterns {
                taken.extend(es_existing(&es, p).await);
            }
            if !taken.is_empty() {
                return Err(TestError::Unsafe(format!(
                    "{} already has {}, which the migrations declare; tidegate test would change and delete them. Point --elasticsearch-url at a server of its own, or pass --containers",
                    crate::redact::redact_url(url),
                    taken.join(", ")
                )));
            }
            scratch.es_names = patterns;
        }
        scratch.config = config;
        Ok(scratch)
    }

    /// Drop everything this scratch target made. Best effort: a failure is
    /// reported, never fatal.
    pub async fn drop_all(self) -> Vec<String> {
        let mut problems = Vec::new();
        if let Some((url, name)) = &self.pg_admin {
            let dropped = async {
                let mut conn = sqlx::PgConnection::connect(url).await?;
                sqlx::raw_sql(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))).execute(&mut conn).await.map(drop)
            };
            if let Err(e) = dropped.await {
                problems.push(format!("cannot drop scratch database {name}: {e}"));
            }
        }
        if self.config.mongodb.database.is_some() {
            match MongoTarget::new(&self.config.mongodb).await {
                Ok(t) => {
                    if let Err(e) = t.database().drop().await {
                        problems.push(format!("cannot drop scratch MongoDB database: {e}"));
                    }
                }
                Err(e) => problems.push(e.to_string()),
            }
        }
        if !self.es_names.is_empty() {
            use elasticsearch::http::Method;
            if let Ok(es) = EsTarget::new(&self.config.elasticsearch) {
                for p in &self.es_names {
                    for name in es_existing(&es, p).await {
                        if let Err(e) = es.call(Method::Delete, &format!("/{name}"), &[], None, &[404], "dropping a scratch index").await {
                            problems.push(e.to_string());
                        }
                    }
                }
            }
        }
        problems
    }
}

fn changed(before: &Snapshot, after: &Snapshot) -> String {
    let changes = diff(before, after);
    let shown: Vec<String> = changes.iter().take(5).map(|c| c.line()).collect();
    format!("{}{}", shown.join("; "), if changes.len() > 5 { format!("; and {} more", changes.len() - 5) } else { String::new() })
}

/// Run the whole proof on one scratch target.
async fn prove(project: &Project, runtime: &Runtime, progress: &dyn Progress) -> Result<(Vec<MigrationResult>, Verdict), TestError> {
    let planner = Planner::new(project, runtime).await?;
    let mut results = Vec::new();
    let mut stopped: Option<String> = None;
    for m in &project.migrations {
        let id = m.meta.id.clone();
        let start = Instant::now();
        let mut r = MigrationResult {
            id: id.clone(),
            apply: Verdict::Pass,
            reversible: Verdict::Skip("not reached".into()),
            idempotent: Verdict::Skip("not reached".into()),
            checks: Verdict::Skip("not reached".into()),
            checks_passed: 0,
            checks_total: 0,
            elapsed_ms: 0.0,
        };
        if let Some(why) = &stopped {
            r.apply = Verdict::Skip(format!("not run: {why} failed"));
            results.push(r);
            for _ in 0..4 {
                progress.step(&id);
            }
            continue;
        }
        progress.step(&format!("{id}: apply"));
        let before = planner.catalog().await?;
        let report = planner.apply(Some(&id)).await?;
        let applied = report.migrations.iter().find(|x| x.id == id);
        if let Some(err) = report.error.clone().or_else(|| applied.is_none().then(|| "it did not run".into())) {
            r.apply = Verdict::Fail(err);
            stopped = Some(id.clone());
            results.push(r);
            continue;
        }
        let after = planner.catalog().await?;

        progress.step(&format!("{id}: down and up"));
        r.reversible = if !m.meta.reversible {
            Verdict::Skip("irreversible".into())
        } else {
            Verdict::from(
                async {
                    let down = planner.down(&DownTo::Last).await.map_err(|e| e.to_string())?;
                    if let Some(e) = down.error {
                        return Err(format!("down failed: {e}"));
                    }
                    let reverted = planner.catalog().await.map_err(|e| e.to_string())?;
                    if reverted != before {
                        return Err(format!("down left the catalog different from before up: {}", changed(&before, &reverted)));
                    }
                    let again = planner.apply(Some(&id)).await.map_err(|e| e.to_string())?;
                    if let Some(e) = again.error {
                        return Err(format!("up after down failed: {e}"));
                    }
                    let reapplied = planner.catalog().await.map_err(|e| e.to_string())?;
                    if reapplied != after {
                        return Err(format!("up after down gave another catalog: {}", changed(&after, &reapplied)));
                    }
                    Ok(())
                }
                .await,
            )
        };

        progress.step(&format!("{id}: retry up"));
        r.idempotent = if m.meta.transactional {
            Verdict::Skip("transactional: all or nothing".into())
        } else {
            let rerun = planner.rerun_up(&id).await?;
            match rerun.outcome {
                Outcome::Ok => {
                    let now = planner.catalog().await?;
                    if now == after {
                        Verdict::Pass
                    } else {
                        Verdict::Fail(format!("a second up changed the catalog: {}", changed(&after, &now)))
                    }
                }
                _ => Verdict::Fail(format!("a second up failed: {}", rerun.error.unwrap_or_default())),
            }
        };

        progress.step(&format!("{id}: checks"));
        let checks = planner.applied_checks().await?;
        r.checks = match checks.into_iter().find(|(c, _)| *c == id).map(|(_, res)| res) {
            Some(Ok(list)) => {
                r.checks_total = list.len();
                r.checks_passed = list.iter().filter(|c| c.passed).count();
                let failed: Vec<String> = list.iter().filter(|c| !c.passed).map(|c| format!("{}: {}", c.name, c.detail)).collect();
                if failed.is_empty() { Verdict::Pass } else { Verdict::Fail(failed.join("; ")) }
            }
            Some(Err(e)) => Verdict::Fail(e),
            None => Verdict::Fail("it is not applied after the steps above".into()),
        };
        r.elapsed_ms = start.elapsed().as_secs_f64() * 1000.0;
        if r.apply.failed() || r.reversible.failed() {
            stopped = Some(id.clone());
        }
        results.push(r);
    }
    progress.step("second apply");
    let reapply = if stopped.is_some() {
        Verdict::Skip("an earlier step failed".into())
    } else {
        let again = planner.apply(None).await?;
        match (again.error, again.migrations.len()) {
            (None, 0) => Verdict::Pass,
            (Some(e), _) => Verdict::Fail(e),
            (None, n) => Verdict::Fail(format!("{n} migration(s) ran again")),
        }
    };
    Ok((results, reapply))
}

/// Load a seed folder into the scratch target.
async fn load_seed(dir: &Path, config: &Config) -> Result<(), String> {
    let read = |name: &str| -> Result<Option<String>, String> {
        let p = dir.join(name);
        match std::fs::read_to_string(&p) {
            Ok(t) => Ok(Some(t)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(format!("cannot read {}: {e}", p.display())),
        }
    };
    let docs = |name: &str, text: &str| -> Result<serde_json::Map<String, serde_json::Value>, String> {
        match serde_json::from_str(text) {
            Ok(serde_json::Value::Object(m)) => Ok(m),
            _ => Err(format!("{name} must be a JSON object of {{\"name\": [documents]}}")),
        }
    };
    let mut found = false;
    if let Some(sql) = read("postgres.sql")? {
        found = true;
        let url = config.postgres.url.as_deref().ok_or("postgres.sql given, but no migration uses PostgreSQL")?;
        let mut c = sqlx::PgConnection::connect(url).await.map_err(|e| e.to_string())?;
        // The seed is the user's own script, run on a scratch database.
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql)).execute(&mut c).await.map_err(|e| format!("postgres.sql: {e}"))?;
    }
    if let Some(text) = read("mongodb.json")? {
        found = true;
        let target = MongoTarget::new(&config.mongodb).await.map_err(|e| e.to_string())?;
        for (coll, list) in docs("mongodb.json", &text)? {
            let list: Vec<bson::Document> = list
                .as_array()
                .into_iter()
                .flatten()
                .map(|d| crate::engine::mongodb::parse_document("a seed document", &d.to_string()).map_err(|e| format!("mongodb.json {coll}: {e:?}")))
                .collect::<Result<_, _>>()?;
            if !list.is_empty() {
                target.database().collection::<bson::Document>(&coll).insert_many(list).await.map_err(|e| format!("mongodb.json {coll}: {e}"))?;
            }
        }
    }
    if let Some(text) = read("elasticsearch.json")? {
        found = true;
        use elasticsearch::http::Method;
        let es = EsTarget::new(&config.elasticsearch).map_err(|e| e.to_string())?;
        for (index, list) in docs("elasticsearch.json", &text)? {
            let mut body = String::new();
            for d in list.as_array().into_iter().flatten() {
                body.push_str(&serde_json::json!({ "index": { "_index": index } }).to_string());
                body.push('\n');
                body.push_str(&d.to_string());
                body.push('\n');
            }
            if body.is_empty() {
                continue;
            }
            let answer = es
                .send(Method::Post, "/_bulk", &[("refresh".into(), "true".into())], Some(body))
                .await
                .map_err(|e| format!("elasticsearch.json {index}: {e}"))?;
            if !answer.ok() || answer.json()["errors"] == serde_json::Value::Bool(true) {
                return Err(format!("elasticsearch.json {index}: {}", answer.error()));
            }
        }
    }
    if !found {
        return Err(format!("{} has none of postgres.sql, mongodb.json, elasticsearch.json", dir.display()));
    }
    Ok(())
}

/// Replay: migrations up to `after`, the seed, the rest, then every check.
async fn replay(project: &Project, runtime: &Runtime, dir: &Path, after: Option<&str>) -> Result<Verdict, TestError> {
    let planner = Planner::new(project, runtime).await?;
    if let Some(id) = after {
        let first = planner.apply(Some(id)).await?;
        if let Some(e) = first.error {
            return Ok(Verdict::Fail(format!("apply up to {id}: {e}")));
        }
    }
    if let Err(e) = load_seed(dir, &project.config).await {
        return Ok(Verdict::Fail(format!("loading the seed: {e}")));
    }
    let rest = planner.apply(None).await?;
    if let Some(e) = rest.error {
        return Ok(Verdict::Fail(format!("apply on the seed data: {e}")));
    }
    let mut failed = Vec::new();
    for (id, res) in planner.applied_checks().await? {
        match res {
            Ok(list) => failed.extend(list.iter().filter(|c| !c.passed).map(|c| format!("{id}: {}: {}", c.name, c.detail))),
            Err(e) => failed.push(format!("{id}: {e}")),
        }
    }
    Ok(if failed.is_empty() { Verdict::Pass } else { Verdict::Fail(failed.join("; ")) })
}

/// Run `tidegate test` on a built, verified project.
pub async fn run(base: &Config, runtime: &Runtime, options: &Options, progress: &dyn Progress) -> Result<TestReport, TestError> {
    let start = Instant::now();
    // Open once to learn the engines, capabilities and ids.
    let probe = Project::open(base.clone(), runtime).await?;
    let mut engines: Vec<EngineKind> = probe.migrations.iter().flat_map(|m| m.meta.engines.iter().copied()).collect();
    engines.sort();
    engines.dedup();
    let search_caps: Vec<Option<Capabilities>> = probe
        .migrations
        .iter()
        .filter(|m| m.meta.engines.contains(&EngineKind::Elasticsearch))
        .map(|m| m.module.inspection.capabilities.clone())
        .collect();
    if let Some(id) = &options.seed_after {
        if probe.get(id).is_none() {
            return Err(PlanError::UnknownMigration(id.clone()).into());
        }
    }
    drop(probe);

    let servers = Servers::start(base, &engines, options.containers).await?;
    let scratch = Scratch::create(&servers, base, &search_caps).await?;
    let project = Project::open(scratch.config.clone(), runtime).await?;
    progress.start(project.migrations.len() as u64 * 4 + 1 + u64::from(options.seed.is_some()));
    let proved = prove(&project, runtime, progress).await;
    drop(project);
    let problems = scratch.drop_all().await;
    for p in problems {
        tracing::warn!("{p}");
    }
    let (migrations, reapply) = proved?;

    let seed = match &options.seed {
        None => None,
        Some(dir) => {
            progress.step("seed replay");
            if !dir.is_dir() {
                return Err(TestError::Seed { path: dir.clone(), message: "not a folder".into() });
            }
            let scratch = Scratch::create(&servers, base, &search_caps).await?;
            let project = Project::open(scratch.config.clone(), runtime).await?;
            let verdict = replay(&project, runtime, dir, options.seed_after.as_deref()).await;
            drop(project);
            for p in scratch.drop_all().await {
                tracing::warn!("{p}");
            }
            Some(verdict?)
        }
    };
    progress.done();
    Ok(TestReport { servers: servers.list, migrations, reapply, seed, elapsed_ms: start.elapsed().as_secs_f64() * 1000.0 })
}
