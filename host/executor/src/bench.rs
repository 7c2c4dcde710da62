//! `tidegate bench`: what the sandbox costs, measured on this machine with
//! this project's components.
//!
//! - **cold compile**: a component compiled by Cranelift, as on a first run;
//! - **cached load**: the same component from the precompiled cache,
//!   including its inspection (validation, imports, API version);
//! - **instantiate**: a fresh instance and one call (`get-metadata`), which
//!   every step of every migration pays;
//! - **overhead**: a project whose migrations are transactional and all on
//!   one engine with a native baseline (PostgreSQL: sqlx), applied by
//!   Tidegate against the statements they executed replayed natively, each
//!   in its own transaction with a history row, as `sqlx migrate` does.
//!   A fourth side does what the apply did at the database (lock, fences,
//!   checks, history and audit) through the engine's own code without the
//!   sandbox and the executor, which splits the overhead into what the
//!   guarantees cost and what the host adds. Each side runs on a fresh
//!   scratch target, in turn, `rounds` times; medians are compared.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use serde::Serialize;
use tidegate_core::config::Config;
use tidegate_core::engine::{Books, Engine, Replay};
use tidegate_core::error::{Classify, EngineError, ExitClass};
use tidegate_core::report::RunReport;
use tidegate_runtime::project::{Project, ProjectError, component_path};
use tidegate_runtime::{Runtime, RuntimeError};

use crate::testing::{Servers, TestError};
use crate::{ExecError, Executor, declared_engines};

/// Errors benchmarking.
#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("tidegate.lock lists no migrations; run `tidegate build` first")]
    NoComponents,
    #[error("cannot read component {path}; run `tidegate build`")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot use the cache folder {path}")]
    Cache {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    #[error(transparent)]
    Project(#[from] ProjectError),
    #[error(transparent)]
    Exec(#[from] ExecError),
    #[error(transparent)]
    Test(#[from] TestError),
    #[error(transparent)]
    Engine(#[from] EngineError),
    #[error(
        "migration {id} failed during the benchmark: {message}; run `tidegate test` to find out why"
    )]
    Failed { id: String, message: String },
}

impl Classify for BenchError {
    fn class(&self) -> ExitClass {
        match self {
            BenchError::NoComponents | BenchError::Read { .. } => ExitClass::Usage,
            BenchError::Project(e) => e.class(),
            BenchError::Exec(e) => e.class(),
            BenchError::Test(e) => e.class(),
            BenchError::Engine(e) => e.class(),
            BenchError::Runtime(e) => e.class(),
            BenchError::Cache { .. } | BenchError::Failed { .. } => ExitClass::Failed,
        }
    }
}

/// What to measure.
#[derive(Debug, Clone)]
pub struct Options {
    /// Repetitions of each load and instantiate measurement per component.
    pub repeat: usize,
    /// Scratch-database rounds of the overhead comparison.
    pub rounds: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            repeat: 20,
            rounds: 7,
        }
    }
}

/// Milliseconds: the median and the fastest of `samples`.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Stat {
    pub median_ms: f64,
    pub min_ms: f64,
    pub samples: usize,
}

impl Stat {
    pub fn of(mut samples: Vec<f64>) -> Stat {
        samples.sort_by(f64::total_cmp);
        let n = samples.len();
        let median = match n {
            0 => f64::NAN,
            _ if n % 2 == 1 => samples[n / 2],
            _ => (samples[n / 2 - 1] + samples[n / 2]) / 2.0,
        };
        Stat {
            median_ms: median,
            min_ms: samples.first().copied().unwrap_or(f64::NAN),
            samples: n,
        }
    }
}

/// Tidegate against a native replay of the same statements.
#[derive(Debug, Clone, Serialize)]
pub struct Overhead {
    pub migrations: usize,
    pub rounds: usize,
    /// Whole run, per migration: Tidegate's apply.
    pub tidegate_ms: Stat,
    /// Whole run, per migration: sqlx, statements plus a history row, one
    /// transaction each.
    pub native_ms: Stat,
    /// Whole run, per migration: sqlx, the statements alone, one
    /// transaction each.
    pub native_bare_ms: Stat,
    /// Whole run, per migration: what the apply did at the database (its
    /// lock and fences, checks, history and audit), through the engine's
    /// own code without the sandbox and the executor.
    pub guarded_ms: Stat,
    /// `tidegate_ms / native_ms` of the medians.
    pub ratio: f64,
    /// `guarded_ms / native_ms`: what the guarantees cost at the database.
    pub guarantees_ratio: f64,
    /// `tidegate_ms / guarded_ms`: what the sandbox and the executor add
    /// to the same work at the database.
    pub host_ratio: f64,
    /// Per migration, inside `up`: time not spent waiting on the database
    /// (instantiation, guest code and the host's marshalling).
    pub sandbox_ms: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct BenchReport {
    pub components: usize,
    pub component_bytes: usize,
    pub cold_compile: Stat,
    pub cached_load: Stat,
    pub instantiate: Stat,
    pub overhead: Option<Overhead>,
    /// Why there is no overhead figure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overhead_skipped: Option<String>,
}

fn ms(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

/// Measure loading and instantiating every component in the lock, then the
/// overhead against a native replay where the project allows it.
pub async fn run(
    config: &Config,
    runtime: &Runtime,
    options: &Options,
) -> Result<BenchReport, BenchError> {
    let lock = tidegate_core::lockfile::LockFile::read(&config.lock).map_err(ProjectError::from)?;
    if lock.migrations.is_empty() {
        return Err(BenchError::NoComponents);
    }
    let mut components = Vec::new();
    for m in &lock.migrations {
        let path = component_path(config, &m.id);
        let bytes = std::fs::read(&path).map_err(|source| BenchError::Read { path, source })?;
        components.push((m.id.clone(), bytes));
    }
    let component_bytes = components.iter().map(|(_, b)| b.len()).sum::<usize>() / components.len();

    // Cold: a runtime without a cache compiles every time.
    let drivers = runtime.drivers().to_vec();
    let cold = Runtime::new(config.sandbox.clone(), None, drivers.clone());
    let mut samples = Vec::new();
    for (id, bytes) in &components {
        let start = Instant::now();
        cold.load(id, bytes)?;
        samples.push(ms(start));
    }
    let cold_compile = Stat::of(samples);
    drop(cold);

    // Cached: a private cache folder, filled by one load of each.
    let dir = std::env::temp_dir().join(format!("tidegate-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|source| BenchError::Cache {
        path: dir.clone(),
        source,
    })?;
    let measured = async {
        let runtime = Runtime::new(config.sandbox.clone(), Some(dir.clone()), drivers.clone());
        let mut modules = Vec::new();
        for (id, bytes) in &components {
            modules.push(runtime.load(id, bytes)?);
        }
        let (mut loads, mut instances) = (Vec::new(), Vec::new());
        for _ in 0..options.repeat.max(1) {
            for ((id, bytes), module) in components.iter().zip(&modules) {
                let start = Instant::now();
                let again = runtime.load(id, bytes)?;
                loads.push(ms(start));
                debug_assert!(again.from_cache);
                let start = Instant::now();
                runtime.guest_metadata(module).await?;
                instances.push(ms(start));
            }
        }
        Ok::<_, BenchError>((Stat::of(loads), Stat::of(instances)))
    }
    .await;
    let compared = async {
        let (cached_load, instantiate) = measured?;
        // The overhead rounds open the project with the cache, as a second run does.
        let runtime = Runtime::new(config.sandbox.clone(), Some(dir.clone()), drivers.clone());
        Ok::<_, BenchError>((
            cached_load,
            instantiate,
            overhead(config, &runtime, options).await?,
        ))
    }
    .await;
    let _ = std::fs::remove_dir_all(&dir);
    let (cached_load, instantiate, compared) = compared?;
    let (overhead, overhead_skipped) = match compared {
        Ok(o) => (Some(o), None),
        Err(why) => (None, Some(why)),
    };
    Ok(BenchReport {
        components: components.len(),
        component_bytes,
        cold_compile,
        cached_load,
        instantiate,
        overhead,
        overhead_skipped,
    })
}

/// Tidegate's apply of every pending migration on a fresh scratch target
/// of `server`: ms and the report.
async fn tidegate_round(
    server: &Servers,
    project: &Project,
    runtime: &Runtime,
) -> Result<(f64, RunReport), BenchError> {
    let scratch = server.scratch(|_| Vec::new()).await?;
    let result = async {
        let executor = Executor::with_engines(project, runtime, scratch.engines());
        let start = Instant::now();
        let report = executor.apply(None).await?;
        let elapsed = ms(start);
        if let Some(failed) = report.migrations.iter().find(|m| m.error.is_some()) {
            return Err(BenchError::Failed {
                id: failed.id.clone(),
                message: failed.error.clone().unwrap_or_default(),
            });
        }
        Ok((elapsed, report))
    }
    .await;
    cleanup(scratch.drop_all().await);
    result
}

/// The native replay on a fresh scratch target of `server`, per migration.
async fn native_round(
    server: &Servers,
    replay: &[Replay],
    books: Books,
) -> Result<Result<f64, String>, BenchError> {
    let scratch = server.scratch(|_| Vec::new()).await?;
    let engine: Arc<dyn Engine> = scratch.engines().into_iter().next().expect("one engine");
    let result = engine.replay(replay, books).await;
    cleanup(scratch.drop_all().await);
    match result {
        Some(r) => Ok(Ok(r?)),
        None => Ok(Err(format!(
            "{} has no native baseline to compare with",
            engine.kind()
        ))),
    }
}

fn cleanup(problems: Vec<String>) {
    for problem in problems {
        tracing::warn!("{problem}");
    }
}

/// `Ok(Err(why))` when the project cannot be compared natively.
async fn overhead(
    config: &Config,
    runtime: &Runtime,
    options: &Options,
) -> Result<Result<Overhead, String>, BenchError> {
    let project = Project::open(config.clone(), runtime).await?;
    let engines = declared_engines(&project);
    let comparable = engines.len() == 1
        && project
            .migrations
            .iter()
            .all(|m| m.meta.engines.len() == 1 && m.meta.transactional);
    if !comparable {
        return Ok(Err(
            "the project has migrations that are not transactional and single-engine (e.g. PostgreSQL-only), which a native driver cannot replay".into()
        ));
    }
    if config.engine(&engines[0].to_string()).url().is_none() {
        return Ok(Err(format!(
            "no {} server is configured (--{}-url)",
            engines[0], engines[0]
        )));
    }
    let server = Servers::start(config, runtime, &engines, false).await?;

    // The statements Tidegate executes, from one apply, to replay natively.
    let (_, report) = tidegate_round(&server, &project, runtime).await?;
    let replay: Vec<Replay> = report
        .migrations
        .iter()
        .map(|m| Replay {
            id: m.id.clone(),
            version: m.version,
            statements: m.statements.iter().map(|s| s.text.clone()).collect(),
            checks: m.check_statements.iter().map(|s| s.text.clone()).collect(),
        })
        .collect();
    let count = replay.len();
    if count == 0 {
        return Ok(Err("no migrations were pending on a fresh target".into()));
    }
    let (mut tide, mut sandbox) = (Vec::new(), Vec::new());
    // Each native side with its samples.
    let mut natives = [
        (Books::History, Vec::new()),
        (Books::None, Vec::new()),
        (Books::Guarded, Vec::new()),
    ];
    let sides = natives.len() + 1;
    for round in 0..options.rounds.max(1) {
        // Each side runs first in turn: the first run after a target is
        // dropped and made can find the server busier.
        for side in (0..sides).map(|k| (k + round) % sides) {
            if side == 0 {
                let (elapsed, report) = tidegate_round(&server, &project, runtime).await?;
                tide.push(elapsed / count as f64);
                let in_db: f64 = report
                    .migrations
                    .iter()
                    .flat_map(|m| &m.statements)
                    .map(|s| s.elapsed_ms)
                    .sum();
                let up: f64 = report.migrations.iter().map(|m| m.elapsed_ms).sum();
                sandbox.push((up - in_db).max(0.0) / count as f64);
            } else {
                let (books, samples) = &mut natives[side - 1];
                match native_round(&server, &replay, *books).await? {
                    Ok(per) => samples.push(per),
                    Err(why) => return Ok(Err(why)),
                }
            }
        }
    }
    let [(_, bookkept), (_, bare), (_, guarded)] = natives;
    let (tidegate_ms, native_ms, native_bare_ms, guarded_ms) = (
        Stat::of(tide),
        Stat::of(bookkept),
        Stat::of(bare),
        Stat::of(guarded),
    );
    let sandbox_ms = Stat::of(sandbox).median_ms;
    Ok(Ok(Overhead {
        migrations: count,
        rounds: options.rounds.max(1),
        ratio: tidegate_ms.median_ms / native_ms.median_ms,
        guarantees_ratio: guarded_ms.median_ms / native_ms.median_ms,
        host_ratio: tidegate_ms.median_ms / guarded_ms.median_ms,
        tidegate_ms,
        native_ms,
        native_bare_ms,
        guarded_ms,
        sandbox_ms,
    }))
}

#[cfg(test)]
mod tests {
    use super::Stat;

    #[test]
    fn median_of_odd_and_even_samples() {
        let s = Stat::of(vec![5.0, 1.0, 3.0]);
        assert_eq!((s.median_ms, s.min_ms, s.samples), (3.0, 1.0, 3));
        let s = Stat::of(vec![4.0, 1.0, 3.0, 2.0]);
        assert_eq!((s.median_ms, s.min_ms), (2.5, 1.0));
        assert!(Stat::of(Vec::new()).median_ms.is_nan());
    }
}
