//! `tidegate bench`: what the sandbox costs, measured on this machine with
//! this project's components.
//!
//! - **cold compile**: a component compiled by Cranelift, as on a first run;
//! - **cached load**: the same component from the precompiled cache,
//!   including its inspection (validation, imports, API version);
//! - **instantiate**: a fresh instance and one call (`get-metadata`), which
//!   every step of every migration pays;
//! - **overhead** (PostgreSQL): the project's transactional PostgreSQL
//!   migrations applied by Tidegate, against the statements they executed
//!   replayed with sqlx, each in its own transaction with a history row, as
//!   `sqlx migrate` does. Each side runs on a fresh scratch database,
//!   alternately, `rounds` times; medians are compared.

use std::path::PathBuf;
use std::time::Instant;

use serde::Serialize;
use sqlx::Connection as _;

use crate::config::Config;
use crate::metadata::EngineKind;
use crate::planner::{PlanError, Planner};
use crate::project::{component_path, Project, ProjectError};
use crate::runtime::{Runtime, RuntimeError};
use crate::testing::{Scratch, Servers, TestError};

/// Errors benchmarking.
#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("tidegate.lock lists no migrations; run `tidegate build` first")]
    NoComponents,
    #[error("cannot read component {path}: {source}; run `tidegate build`")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("cannot use the cache folder {path}: {source}")]
    Cache { path: PathBuf, source: std::io::Error },
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    #[error(transparent)]
    Project(#[from] ProjectError),
    #[error(transparent)]
    Plan(#[from] PlanError),
    #[error(transparent)]
    Test(#[from] TestError),
    #[error("migration {id} failed during the benchmark: {message}; run `tidegate test` to find out why")]
    Failed { id: String, message: String },
    #[error("native replay of {id} failed: {source}")]
    Native { id: String, source: sqlx::Error },
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
        Options { repeat: 20, rounds: 3 }
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
        Stat { median_ms: median, min_ms: samples.first().copied().unwrap_or(f64::NAN), samples: n }
    }
}

/// Tidegate against a native replay of the same statements.
#[derive(Debug, Clone, Serialize)]
pub struct Overhead {
    pub migrations: usize,
    pub rounds: usize,
    /// Whole run, per migration: Tidegate's apply.
    pub tidegate_ms: Stat,
    /// Per migration: sqlx, statements plus a history row, one transaction each.
    pub native_ms: Stat,
    /// Per migration: sqlx, the statements alone, one transaction each.
    pub native_bare_ms: Stat,
    /// `tidegate_ms / native_ms` of the medians.
    pub ratio: f64,
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
/// PostgreSQL overhead when a PostgreSQL server is configured.
pub async fn run(config: &Config, options: &Options) -> Result<BenchReport, BenchError> {
    let lock = crate::lock::LockFile::read(&config.lock).map_err(ProjectError::from)?;
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
    let cold = Runtime::new(config.sandbox.clone(), None)?;
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
    std::fs::create_dir_all(&dir).map_err(|source| BenchError::Cache { path: dir.clone(), source })?;
    let measured = async {
        let runtime = Runtime::new(config.sandbox.clone(), Some(dir.clone()))?;
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
                runtime.metadata(module).await?;
                instances.push(ms(start));
            }
        }
        Ok::<_, BenchError>((Stat::of(loads), Stat::of(instances)))
    }
    .await;
    let compared = async {
        let (cached_load, instantiate) = measured?;
        // The overhead rounds open the project with the cache, as a second run does.
        let runtime = Runtime::new(config.sandbox.clone(), Some(dir.clone()))?;
        Ok::<_, BenchError>((cached_load, instantiate, overhead(config, &runtime, options).await?))
    }
    .await;
    let _ = std::fs::remove_dir_all(&dir);
    let (cached_load, instantiate, compared) = compared?;
    let (overhead, overhead_skipped) = match compared {
        Ok(o) => (Some(o), None),
        Err(why) => (None, Some(why)),
    };
    Ok(BenchReport { components: components.len(), component_bytes, cold_compile, cached_load, instantiate, overhead, overhead_skipped })
}

/// The history table of the native side: what `sqlx migrate` keeps.
const NATIVE_HISTORY: &str = "CREATE TABLE bench_history (
    version bigint PRIMARY KEY, description text NOT NULL,
    installed_on timestamptz NOT NULL DEFAULT now(), success boolean NOT NULL,
    checksum bytea NOT NULL, execution_time bigint NOT NULL)";

/// Replay `migrations` (id, version, statements) with sqlx on `url`, each
/// in its own transaction, with or without a history row; per-migration ms.
async fn native(url: &str, migrations: &[(String, u64, String)], history: bool) -> Result<f64, BenchError> {
    let fail = |id: &str| {
        let id = id.to_string();
        move |source| BenchError::Native { id, source }
    };
    let mut conn = sqlx::PgConnection::connect(url).await.map_err(fail("connect"))?;
    if history {
        sqlx::raw_sql(NATIVE_HISTORY).execute(&mut conn).await.map_err(fail("history table"))?;
    }
    let start = Instant::now();
    for (id, version, sql) in migrations {
        let one = Instant::now();
        let mut tx = conn.begin().await.map_err(fail(id))?;
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql.clone())).execute(&mut *tx).await.map_err(fail(id))?;
        if history {
            sqlx::query("INSERT INTO bench_history (version, description, success, checksum, execution_time) VALUES ($1, $2, true, $3, $4)")
                .bind(*version as i64)
                .bind(id)
                .bind(&[0u8; 32][..])
                .bind(one.elapsed().as_nanos() as i64)
                .execute(&mut *tx)
                .await
                .map_err(fail(id))?;
        }
        tx.commit().await.map_err(fail(id))?;
    }
    let per = ms(start) / migrations.len() as f64;
    conn.close().await.map_err(fail("close"))?;
    Ok(per)
}

async fn cleanup(scratch: Scratch) {
    for problem in scratch.drop_all().await {
        tracing::warn!("{problem}");
    }
}

/// Tidegate's apply of every pending migration on a fresh database: ms and
/// the report.
async fn tidegate_round(servers: &Servers, config: &Config, runtime: &Runtime) -> Result<(f64, crate::planner::RunReport), BenchError> {
    let scratch = Scratch::create(servers, config, &[]).await?;
    let result = async {
        let project = Project::open(scratch.config.clone(), runtime).await?;
        let planner = Planner::new(&project, runtime).await?;
        let start = Instant::now();
        let report = planner.apply(None).await?;
        let elapsed = ms(start);
        if let Some(failed) = report.migrations.iter().find(|m| m.error.is_some()) {
            return Err(BenchError::Failed { id: failed.id.clone(), message: failed.error.clone().unwrap_or_default() });
        }
        Ok((elapsed, report))
    }
    .await;
    cleanup(scratch).await;
    result
}

/// `Ok(Err(why))` when the project cannot be compared natively.
async fn overhead(config: &Config, runtime: &Runtime, options: &Options) -> Result<Result<Overhead, String>, BenchError> {
    if config.postgres.url.is_none() {
        return Ok(Err("no PostgreSQL server is configured (--postgres-url)".into()));
    }
    let project = Project::open(config.clone(), runtime).await?;
    let comparable = project
        .migrations
        .iter()
        .all(|m| m.meta.engines == [EngineKind::Postgres] && m.meta.transactional);
    if !comparable {
        return Ok(Err("the project has migrations that are not transactional PostgreSQL-only ones, which sqlx cannot replay".into()));
    }
    drop(project);
    // PostgreSQL only: the scratch copies of the configuration name no other engine.
    let mut pg_only = config.clone();
    pg_only.mongodb.url = None;
    pg_only.elasticsearch.url = None;
    let servers = Servers::start(&pg_only, &[EngineKind::Postgres], false).await?;

    // The statements Tidegate executes, from one apply, for sqlx to replay.
    let (replay, count) = {
        let (_, report) = tidegate_round(&servers, &pg_only, runtime).await?;
        let replay: Vec<(String, u64, String)> = report
            .migrations
            .iter()
            .map(|m| (m.id.clone(), m.version, m.statements.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(";\n")))
            .collect();
        let count = replay.len();
        (replay, count)
    };
    if count == 0 {
        return Ok(Err("no migrations were pending on a fresh database".into()));
    }
    let (mut tide, mut bookkept, mut bare, mut sandbox) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for round in 0..options.rounds.max(1) {
        // Each side runs first in turn: the first run after a database is
        // dropped and made can find the server busier.
        for side in (0..3).map(|k| (k + round) % 3) {
            if side == 0 {
                let (elapsed, report) = tidegate_round(&servers, &pg_only, runtime).await?;
                tide.push(elapsed / count as f64);
                let in_db: f64 = report.migrations.iter().flat_map(|m| &m.statements).map(|s| s.elapsed_ms).sum();
                let up: f64 = report.migrations.iter().map(|m| m.elapsed_ms).sum();
                sandbox.push((up - in_db).max(0.0) / count as f64);
            } else {
                let history = side == 1;
                let scratch = Scratch::create(&servers, &pg_only, &[]).await?;
                let url = scratch.config.postgres.url.clone().unwrap_or_default();
                let result = native(&url, &replay, history).await;
                cleanup(scratch).await;
                if history { &mut bookkept } else { &mut bare }.push(result?);
            }
        }
    }
    let (tidegate_ms, native_ms, native_bare_ms) = (Stat::of(tide), Stat::of(bookkept), Stat::of(bare));
    let sandbox_ms = Stat::of(sandbox).median_ms;
    Ok(Ok(Overhead {
        migrations: count,
        rounds: options.rounds.max(1),
        ratio: tidegate_ms.median_ms / native_ms.median_ms,
        tidegate_ms,
        native_ms,
        native_bare_ms,
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
