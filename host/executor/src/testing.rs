//! `tidegate test`: prove the migrations on throw-away targets before they
//! reach a shared database.
//!
//! For each engine the modules use, it takes the configured server (or,
//! with `--containers` or when none is configured, starts the engine's
//! official image with testcontainers) and makes a scratch target on it,
//! as the engine sees fit (a new database; or, where names are
//! cluster-wide, the declared names, which must be free). Then, migration
//! by migration:
//!
//! - **apply** it, and its `check`s must pass;
//! - **reversibility**: a phased migration is rolled back from in flight
//!   (the catalog must be the one before its start), started again (the
//!   catalog must be the one after its first start) and completed; a
//!   reversible migration is reverted, and the catalog
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
use std::sync::Arc;
use std::time::Instant;

use serde::Serialize;
use tidegate_core::capabilities::Capabilities;
use tidegate_core::config::Config;
use tidegate_core::diff::{Snapshot, diff};
use tidegate_core::engine::{Engine, Scratch};
use tidegate_core::error::{Classify, EngineError, ExitClass, describe};
use tidegate_core::metadata::EngineKind;
use tidegate_core::report::{DownTo, Outcome, Resolution};
use tidegate_runtime::Runtime;
use tidegate_runtime::driver::Container;
use tidegate_runtime::project::{Project, ProjectError};

use crate::{ExecError, Executor, declared, declared_engines};

/// Errors setting up or tearing down test targets.
#[derive(Debug, thiserror::Error)]
pub enum TestError {
    #[error("cannot read seed {path}: {message}")]
    Seed { path: PathBuf, message: String },
    #[error(transparent)]
    Project(#[from] ProjectError),
    #[error(transparent)]
    Exec(#[from] ExecError),
    #[error(transparent)]
    Engine(#[from] EngineError),
}

impl Classify for TestError {
    fn class(&self) -> ExitClass {
        match self {
            TestError::Seed { .. } => ExitClass::Usage,
            TestError::Project(e) => e.class(),
            TestError::Exec(e) => e.class(),
            TestError::Engine(e) => e.class(),
        }
    }
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
        let steps = self
            .migrations
            .iter()
            .flat_map(|m| [&m.apply, &m.reversible, &m.idempotent, &m.checks]);
        !steps
            .chain([&self.reapply])
            .chain(&self.seed)
            .any(Verdict::failed)
    }

    pub fn failures(&self) -> Vec<String> {
        let mut out = Vec::new();
        for m in &self.migrations {
            for (what, v) in [
                ("apply", &m.apply),
                ("revert and re-apply", &m.reversible),
                ("idempotency", &m.idempotent),
                ("checks", &m.checks),
            ] {
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

/// One server per engine under test, and the containers that back them.
pub struct Servers {
    pub list: Vec<Server>,
    engines: Vec<Arc<dyn Engine>>,
    /// Kept alive until the test ends; dropping one stops its container.
    _containers: Vec<Container>,
}

impl Servers {
    /// The configured server of each engine in `kinds`, or a container.
    pub async fn start(
        config: &Config,
        runtime: &Runtime,
        kinds: &[EngineKind],
        containers: bool,
    ) -> Result<Servers, TestError> {
        let mut servers = Servers {
            list: Vec::new(),
            engines: Vec::new(),
            _containers: Vec::new(),
        };
        for &kind in kinds {
            let driver = runtime.driver(kind).ok_or(ExecError::NoDriver(kind))?;
            let mut engine_config = config.engine(&kind.to_string());
            let source = if engine_config.url().is_some() && !containers {
                "configured"
            } else {
                let container = driver.container().await?;
                engine_config.set_url(&container.url);
                servers._containers.push(container);
                "container"
            };
            let engine = driver.open(&engine_config).await?;
            servers.list.push(Server {
                engine: kind,
                source,
                target: engine.target(),
            });
            servers.engines.push(engine);
        }
        Ok(servers)
    }

    /// A scratch target on every server, for migrations declaring
    /// `declared` (per engine).
    pub async fn scratch(
        &self,
        declared: impl Fn(EngineKind) -> Vec<Option<Capabilities>>,
    ) -> Result<Scratches, TestError> {
        let mut made = Scratches(Vec::new());
        for engine in &self.engines {
            match engine.scratch(&declared(engine.kind())).await {
                Ok(s) => made.0.push(s),
                Err(e) => {
                    for p in made.drop_all().await {
                        tracing::warn!("{p}");
                    }
                    return Err(e.into());
                }
            }
        }
        Ok(made)
    }
}

/// Scratch targets, one per engine; dropped by [`Scratches::drop_all`].
pub struct Scratches(Vec<Box<dyn Scratch>>);

impl Scratches {
    pub fn engines(&self) -> Vec<Arc<dyn Engine>> {
        self.0.iter().map(|s| s.engine()).collect()
    }

    /// Drop everything the scratch targets made; problems are returned.
    pub async fn drop_all(self) -> Vec<String> {
        let mut problems = Vec::new();
        for s in self.0 {
            problems.extend(s.drop_all().await);
        }
        problems
    }
}

fn changed(before: &Snapshot, after: &Snapshot) -> String {
    let changes = diff(before, after);
    let shown: Vec<String> = changes.iter().take(5).map(|c| c.line()).collect();
    format!(
        "{}{}",
        shown.join("; "),
        if changes.len() > 5 {
            format!("; and {} more", changes.len() - 5)
        } else {
            String::new()
        }
    )
}

/// Run the whole proof on one scratch target.
async fn prove(
    project: &Project,
    exec: &Executor<'_>,
    progress: &dyn Progress,
) -> Result<(Vec<MigrationResult>, Verdict), TestError> {
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
        let before = exec.catalog().await?;
        let report = exec.apply(Some(&id)).await?;
        let applied = report.migrations.iter().find(|x| x.id == id);
        if let Some(err) = report
            .error
            .clone()
            .or_else(|| applied.is_none().then(|| "it did not run".into()))
        {
            r.apply = Verdict::Fail(err);
            stopped = Some(id.clone());
            results.push(r);
            continue;
        }
        let after = exec.catalog().await?;

        progress.step(&format!("{id}: down and up"));
        r.reversible = if m.phased() {
            // In flight: its rollback gives the catalog back, and it starts
            // again and completes.
            Verdict::from(
                async {
                    let rolled = exec.rollback(Some(&id)).await.map_err(|e| describe(&e))?;
                    if let Some(e) = rolled.error {
                        return Err(format!("rollback failed: {e}"));
                    }
                    let reverted = exec.catalog().await.map_err(|e| describe(&e))?;
                    if reverted != before {
                        return Err(format!(
                            "rollback left the catalog different from before its start: {}",
                            changed(&before, &reverted)
                        ));
                    }
                    exec.resolve(&id, Resolution::Retry)
                        .await
                        .map_err(|e| describe(&e))?;
                    let again = exec.apply(Some(&id)).await.map_err(|e| describe(&e))?;
                    if let Some(e) = again.error {
                        return Err(format!("start after rollback failed: {e}"));
                    }
                    let restarted = exec.catalog().await.map_err(|e| describe(&e))?;
                    if restarted != after {
                        return Err(format!(
                            "start after rollback gave another catalog: {}",
                            changed(&after, &restarted)
                        ));
                    }
                    let done = exec.complete(Some(&id)).await.map_err(|e| describe(&e))?;
                    match done.error {
                        Some(e) => Err(format!("complete failed: {e}")),
                        None => Ok(()),
                    }
                }
                .await,
            )
        } else if !m.meta.reversible {
            Verdict::Skip("irreversible".into())
        } else {
            Verdict::from(
                async {
                    let down = exec.down(&DownTo::Last).await.map_err(|e| describe(&e))?;
                    if let Some(e) = down.error {
                        return Err(format!("down failed: {e}"));
                    }
                    let reverted = exec.catalog().await.map_err(|e| describe(&e))?;
                    if reverted != before {
                        return Err(format!(
                            "down left the catalog different from before up: {}",
                            changed(&before, &reverted)
                        ));
                    }
                    let again = exec.apply(Some(&id)).await.map_err(|e| describe(&e))?;
                    if let Some(e) = again.error {
                        return Err(format!("up after down failed: {e}"));
                    }
                    let reapplied = exec.catalog().await.map_err(|e| describe(&e))?;
                    if reapplied != after {
                        return Err(format!(
                            "up after down gave another catalog: {}",
                            changed(&after, &reapplied)
                        ));
                    }
                    Ok(())
                }
                .await,
            )
        };

        progress.step(&format!("{id}: retry up"));
        r.idempotent = if m.phased() {
            Verdict::Skip("phased: each phase converges when run again".into())
        } else if m.meta.transactional {
            Verdict::Skip("transactional: all or nothing".into())
        } else {
            let rerun = exec.rerun_up(&id).await?;
            match rerun.outcome {
                Outcome::Ok => {
                    let now = exec.catalog().await?;
                    if now == after {
                        Verdict::Pass
                    } else {
                        Verdict::Fail(format!(
                            "a second up changed the catalog: {}",
                            changed(&after, &now)
                        ))
                    }
                }
                _ => Verdict::Fail(format!(
                    "a second up failed: {}",
                    rerun.error.unwrap_or_default()
                )),
            }
        };

        progress.step(&format!("{id}: checks"));
        let checks = exec.applied_checks().await?;
        r.checks = match checks
            .into_iter()
            .find(|(c, _)| *c == id)
            .map(|(_, res)| res)
        {
            Some(Ok(list)) => {
                r.checks_total = list.len();
                r.checks_passed = list.iter().filter(|c| c.passed).count();
                let failed: Vec<String> = list
                    .iter()
                    .filter(|c| !c.passed)
                    .map(|c| format!("{}: {}", c.name, c.detail))
                    .collect();
                if failed.is_empty() {
                    Verdict::Pass
                } else {
                    Verdict::Fail(failed.join("; "))
                }
            }
            Some(Err(e)) => Verdict::Fail(describe(&e)),
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
        let again = exec.apply(None).await?;
        match (again.error, again.migrations.len()) {
            (None, 0) => Verdict::Pass,
            (Some(e), _) => Verdict::Fail(e),
            (None, n) => Verdict::Fail(format!("{n} migration(s) ran again")),
        }
    };
    Ok((results, reapply))
}

/// Load a seed folder into the scratch targets: each engine's file.
async fn load_seed(dir: &Path, engines: &[Arc<dyn Engine>]) -> Result<(), String> {
    let mut found = false;
    for engine in engines {
        let path = dir.join(engine.seed_file());
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
        };
        found = true;
        engine.load_seed(&text).await.map_err(|e| describe(&e))?;
    }
    if !found {
        let names: Vec<&str> = engines.iter().map(|e| e.seed_file()).collect();
        return Err(format!(
            "{} has none of {}",
            dir.display(),
            names.join(", ")
        ));
    }
    Ok(())
}

/// Replay: migrations up to `after`, the seed, the rest, then every check.
async fn replay(
    exec: &Executor<'_>,
    dir: &Path,
    after: Option<&str>,
) -> Result<Verdict, TestError> {
    if let Some(id) = after {
        let first = exec.apply(Some(id)).await?;
        if let Some(e) = first.error {
            return Ok(Verdict::Fail(format!("apply up to {id}: {e}")));
        }
    }
    if let Err(e) = load_seed(dir, exec.engines()).await {
        return Ok(Verdict::Fail(format!("loading the seed: {e}")));
    }
    let rest = exec.apply(None).await?;
    if let Some(e) = rest.error {
        return Ok(Verdict::Fail(format!("apply on the seed data: {e}")));
    }
    let mut failed = Vec::new();
    for (id, res) in exec.applied_checks().await? {
        match res {
            Ok(list) => failed.extend(
                list.iter()
                    .filter(|c| !c.passed)
                    .map(|c| format!("{id}: {}: {}", c.name, c.detail)),
            ),
            Err(e) => failed.push(format!("{id}: {}", describe(&e))),
        }
    }
    Ok(if failed.is_empty() {
        Verdict::Pass
    } else {
        Verdict::Fail(failed.join("; "))
    })
}

/// Run `tidegate test` on a built, verified project.
pub async fn run(
    base: &Config,
    runtime: &Runtime,
    options: &Options,
    progress: &dyn Progress,
) -> Result<TestReport, TestError> {
    let start = Instant::now();
    let project = Project::open(base.clone(), runtime).await?;
    if let Some(id) = &options.seed_after {
        if project.get(id).is_none() {
            return Err(ExecError::UnknownMigration(id.clone()).into());
        }
    }
    let servers = Servers::start(
        base,
        runtime,
        &declared_engines(&project),
        options.containers,
    )
    .await?;
    let scratch = servers
        .scratch(|kind| declared(&project.migrations, kind))
        .await?;
    progress.start(project.migrations.len() as u64 * 4 + 1 + u64::from(options.seed.is_some()));
    let exec = Executor::with_engines(&project, runtime, scratch.engines());
    let proved = prove(&project, &exec, progress).await;
    for p in scratch.drop_all().await {
        tracing::warn!("{p}");
    }
    let (migrations, reapply) = proved?;

    let seed = match &options.seed {
        None => None,
        Some(dir) => {
            progress.step("seed replay");
            if !dir.is_dir() {
                return Err(TestError::Seed {
                    path: dir.clone(),
                    message: "not a folder".into(),
                });
            }
            let scratch = servers
                .scratch(|kind| declared(&project.migrations, kind))
                .await?;
            let exec = Executor::with_engines(&project, runtime, scratch.engines());
            let verdict = replay(&exec, dir, options.seed_after.as_deref()).await;
            for p in scratch.drop_all().await {
                tracing::warn!("{p}");
            }
            Some(verdict?)
        }
    };
    progress.done();
    Ok(TestReport {
        servers: servers.list,
        migrations,
        reapply,
        seed,
        elapsed_ms: start.elapsed().as_secs_f64() * 1000.0,
    })
}
