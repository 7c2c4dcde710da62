//! `tidegate bench --zero-downtime ROWS`: a phased migration under load.
//!
//! On a fresh database of the configured PostgreSQL server, a table of
//! `ROWS` rows gets its `amount` changed from `integer` to `bigint` and
//! renamed (`amount_cents`), and its `note` renamed (`memo`), while a load
//! generator on this machine writes 500 rows/s through the old version's
//! schema and reads 100 rows/s through each version (the new one once its
//! schema exists). Each tool runs as a user runs it: `tidegate apply`, then
//! `tidegate complete` (once the load, the old version, has stopped), as
//! processes. Reported: client errors, the longest any client statement
//! took from the start to the complete (lock waits included),
//! write latency p99 before and during, the backfill's rate, the change's
//! total time; then, on a second database, whether a rollback from the
//! middle of the change gives back an identical catalog (`pg_dump -s`).

use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail, ensure};
use serde::Serialize;
use sqlx::{AssertSqlSafe, Connection, PgConnection};
use tokio::sync::Mutex;

/// Rows per second the load generator writes through the old version.
const WRITES: u64 = 500;
/// Rows per second it reads through each version.
const READS: u64 = 100;

#[derive(Debug, Serialize)]
pub struct ZeroDowntime {
    pub tool: String,
    pub rows: u64,
    pub client_errors: u64,
    pub first_errors: Vec<String>,
    pub statements: u64,
    pub longest_statement_ms: f64,
    pub write_p99_before_ms: f64,
    pub write_p99_during_ms: f64,
    pub backfill_rows_per_s: f64,
    pub start_s: f64,
    pub complete_s: f64,
    pub total_s: f64,
    pub rollback_restores_catalog: bool,
}

/// One client statement: when it started (since the load began), how long
/// it took, and its error.
#[derive(Default)]
struct Samples {
    writes: Vec<(f64, f64)>,
    all: Vec<(f64, f64)>,
    errors: Vec<String>,
}

fn database_url(server: &str, name: &str) -> anyhow::Result<String> {
    let mut u = url::Url::parse(server).context("postgres.url is not a URL")?;
    u.set_path(&format!("/{name}"));
    Ok(u.to_string())
}

async fn recreate(server: &str, name: &str) -> anyhow::Result<String> {
    let mut admin = PgConnection::connect(server).await?;
    // One statement per query: neither may run in a transaction block.
    for sql in [
        format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        format!("CREATE DATABASE {name}"),
    ] {
        sqlx::raw_sql(AssertSqlSafe(sql))
            .execute(&mut admin)
            .await?;
    }
    database_url(server, name)
}

async fn seed(url: &str, rows: u64) -> anyhow::Result<()> {
    let mut c = PgConnection::connect(url).await?;
    sqlx::raw_sql(AssertSqlSafe(format!(
        "CREATE TABLE events (id bigserial PRIMARY KEY, amount integer NOT NULL, note text);
         INSERT INTO events (amount, note) SELECT g % 100000, 'n' || g FROM generate_series(1, {rows}) g;
         ANALYZE events"
    )))
    .execute(&mut c)
    .await?;
    Ok(())
}

/// The phased migration, as a project in `dir`.
fn project(dir: &Path, url: &str) -> anyhow::Result<std::path::PathBuf> {
    let m = dir.join("modules/0001_events_amount_bigint");
    std::fs::create_dir_all(&m)?;
    std::fs::write(
        m.join("phases.toml"),
        "[[postgres]]\nop = \"alter_column\"\ntable = \"events\"\ncolumn = \"amount\"\ntype = \"bigint\"\nrename = \"amount_cents\"\nup = \"amount::bigint\"\ndown = \"amount_cents::integer\"\n\n[[postgres]]\nop = \"rename_column\"\ntable = \"events\"\nfrom = \"note\"\nto = \"memo\"\n",
    )?;
    std::fs::write(
        m.join("module.toml"),
        "[capabilities]\ntables = [\"events\"]\n",
    )?;
    let toml = dir.join("tidegate.toml");
    std::fs::write(
        &toml,
        format!(
            "modules = \"modules\"\n[postgres]\nurl = \"{url}\"\nallow_privileged_role = true\n"
        ),
    )?;
    Ok(toml)
}

fn tidegate(toml: &Path, args: &[&str]) -> anyhow::Result<String> {
    let exe = std::env::current_exe()?;
    let out = Command::new(exe)
        .args(args)
        .arg("--config")
        .arg(toml)
        .env_remove("TIDEGATE_POSTGRES_URL")
        .output()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    if !out.status.success() {
        bail!(
            "tidegate {} failed: {}{}",
            args.join(" "),
            text,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(text)
}

/// The load: writes through the old version, reads through both (the new
/// one once `new_path` is set), until `stop`.
async fn load(
    url: String,
    new_path: Arc<Mutex<Option<String>>>,
    stop: Arc<AtomicBool>,
    origin: Instant,
) -> Samples {
    let samples = Arc::new(Mutex::new(Samples::default()));
    let mut tasks = Vec::new();
    // Writers and old readers: a connection each, several in turn so that
    // one statement waiting does not hold back the schedule.
    for (what, per_second, lanes) in [("write", WRITES, 8u64), ("read", READS, 2)] {
        for lane in 0..lanes {
            let (url, stop, samples) = (url.clone(), stop.clone(), samples.clone());
            tasks.push(tokio::spawn(async move {
                let Ok(mut c) = PgConnection::connect(&url).await else {
                    samples.lock().await.errors.push("cannot connect".into());
                    return;
                };
                let every = Duration::from_secs_f64(lanes as f64 / per_second as f64);
                let mut next = Instant::now() + every.mul_f64(lane as f64 / lanes as f64);
                let mut i = lane;
                while !stop.load(Ordering::Relaxed) {
                    tokio::time::sleep_until(next.into()).await;
                    next += every;
                    i += lanes;
                    let t = Instant::now();
                    let done = if what == "write" {
                        sqlx::query("INSERT INTO events (amount, note) VALUES ($1, 'load')")
                            .bind((i % 100_000) as i32)
                            .execute(&mut c)
                            .await
                            .map(drop)
                    } else {
                        sqlx::query("SELECT amount, note FROM events WHERE id = $1")
                            .bind((i * 7919 % 100_000 + 1) as i64)
                            .fetch_optional(&mut c)
                            .await
                            .map(drop)
                    };
                    let at = t.duration_since(origin).as_secs_f64();
                    let took = t.elapsed().as_secs_f64() * 1000.0;
                    let mut s = samples.lock().await;
                    s.all.push((at, took));
                    if what == "write" {
                        s.writes.push((at, took));
                    }
                    if let Err(e) = done {
                        s.errors.push(format!("{what}: {e}"));
                    }
                }
            }));
        }
    }
    // The new version's reader.
    {
        let (url, stop, samples) = (url.clone(), stop.clone(), samples.clone());
        tasks.push(tokio::spawn(async move {
            let mut conn: Option<PgConnection> = None;
            let every = Duration::from_secs_f64(1.0 / READS as f64);
            let mut i = 0u64;
            while !stop.load(Ordering::Relaxed) {
                tokio::time::sleep(every).await;
                if conn.is_none() {
                    let Some(path) = new_path.lock().await.clone() else {
                        continue;
                    };
                    let Ok(mut u) = url::Url::parse(&url) else {
                        return;
                    };
                    u.query_pairs_mut()
                        .append_pair("options", &format!("-c search_path={path}"));
                    match PgConnection::connect(u.as_str()).await {
                        Ok(c) => conn = Some(c),
                        Err(e) => {
                            samples.lock().await.errors.push(format!("new reader: {e}"));
                            continue;
                        }
                    }
                }
                let c = conn.as_mut().expect("connected");
                i += 1;
                let t = Instant::now();
                let done = sqlx::query("SELECT amount_cents, memo FROM events WHERE id = $1")
                    .bind((i * 104_729 % 100_000 + 1) as i64)
                    .fetch_optional(&mut *c)
                    .await;
                let at = t.duration_since(origin).as_secs_f64();
                let took = t.elapsed().as_secs_f64() * 1000.0;
                let mut s = samples.lock().await;
                s.all.push((at, took));
                if let Err(e) = done {
                    s.errors.push(format!("new read: {e}"));
                }
            }
        }));
    }
    for t in tasks {
        let _ = t.await;
    }
    Arc::try_unwrap(samples)
        .map(Mutex::into_inner)
        .unwrap_or_default()
}

fn p99(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(f64::total_cmp);
    v[((v.len() as f64 * 0.99).ceil() as usize).clamp(1, v.len()) - 1]
}

fn schema(url: &str) -> anyhow::Result<String> {
    let out = Command::new("pg_dump")
        .args(["--schema-only", "--no-owner", "--table", "events", url])
        .output()
        .context("pg_dump is needed for the rollback comparison")?;
    ensure!(out.status.success(), "pg_dump failed");
    // `\restrict` lines carry a random key on every dump.
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.starts_with("\\restrict") && !l.starts_with("\\unrestrict"))
        .collect::<Vec<_>>()
        .join("\n"))
}

/// The zero-downtime row for Tidegate.
pub async fn run(server: &str, rows: u64) -> anyhow::Result<ZeroDowntime> {
    let dir = tempfile_dir()?;
    let url = recreate(server, "tidegate_bench_zero_downtime").await?;
    seed(&url, rows).await?;
    let toml = project(&dir, &url)?;
    tidegate(&toml, &["build"])?;
    let stop = Arc::new(AtomicBool::new(false));
    let new_path = Arc::new(Mutex::new(None));
    let origin = Instant::now();
    let generator = tokio::spawn(load(url.clone(), new_path.clone(), stop.clone(), origin));
    tokio::time::sleep(Duration::from_secs(5)).await;
    let t0 = origin.elapsed().as_secs_f64();
    let started = Instant::now();
    let report = tokio::task::spawn_blocking({
        let toml = toml.clone();
        move || tidegate(&toml, &["apply", "--format", "json"])
    })
    .await??;
    let start_s = started.elapsed().as_secs_f64();
    let report: serde_json::Value = serde_json::from_str(&report)?;
    let rate = report["migrations"][0]["phases"][0]["backfills"][0]["rate"]
        .as_f64()
        .unwrap_or(0.0);
    let schema_name = tidegate(&toml, &["schema-name"])?;
    let path = schema_name
        .split("search_path = ")
        .nth(1)
        .map(|p| p.trim().replace(' ', ""))
        .context("schema-name printed no search_path")?;
    *new_path.lock().await = Some(path);
    tokio::time::sleep(Duration::from_secs(3)).await;
    // Complete comes once no old version runs: the load stops first.
    let t1 = origin.elapsed().as_secs_f64();
    stop.store(true, Ordering::Relaxed);
    let samples = generator.await?;
    let completing = Instant::now();
    tokio::task::spawn_blocking({
        let toml = toml.clone();
        move || tidegate(&toml, &["complete"])
    })
    .await??;
    let complete_s = completing.elapsed().as_secs_f64();
    let during = |v: &[(f64, f64)]| -> Vec<f64> {
        v.iter()
            .filter(|(at, _)| *at >= t0 && *at <= t1)
            .map(|(_, ms)| *ms)
            .collect()
    };
    let before: Vec<f64> = samples
        .writes
        .iter()
        .filter(|(at, _)| *at < t0)
        .map(|(_, ms)| *ms)
        .collect();
    let longest = during(&samples.all).into_iter().fold(0.0, f64::max);

    // Rollback from the middle of the change: the catalog as before.
    let url2 = recreate(server, "tidegate_bench_zero_downtime_rollback").await?;
    seed(&url2, rows.min(100_000)).await?;
    let dir2 = tempfile_dir()?;
    let toml2 = project(&dir2, &url2)?;
    tidegate(&toml2, &["build"])?;
    let catalog_before = schema(&url2)?;
    tidegate(&toml2, &["apply"])?;
    tidegate(&toml2, &["rollback"])?;
    let catalog_after = schema(&url2)?;
    let mut admin = PgConnection::connect(server).await?;
    for db in [
        "tidegate_bench_zero_downtime",
        "tidegate_bench_zero_downtime_rollback",
    ] {
        sqlx::raw_sql(AssertSqlSafe(format!(
            "DROP DATABASE IF EXISTS {db} WITH (FORCE)"
        )))
        .execute(&mut admin)
        .await?;
    }
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&dir2);
    Ok(ZeroDowntime {
        tool: "tidegate".into(),
        rows,
        client_errors: samples.errors.len() as u64,
        first_errors: samples.errors.iter().take(3).cloned().collect(),
        statements: samples.all.len() as u64,
        longest_statement_ms: longest,
        write_p99_before_ms: p99(before),
        write_p99_during_ms: p99(during(&samples.writes)),
        backfill_rows_per_s: rate,
        start_s,
        complete_s,
        total_s: t1 - t0 + complete_s,
        rollback_restores_catalog: catalog_before == catalog_after,
    })
}

/// A fresh folder under the system's temporary directory.
fn tempfile_dir() -> anyhow::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!(
        "tidegate-bench-zdt-{}-{}",
        std::process::id(),
        Instant::now().elapsed().as_nanos()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

pub fn table(r: &ZeroDowntime) -> String {
    let mut out = format!(
        "zero-downtime change of a {}-row table under {WRITES} writes/s and {READS} reads/s per version ({})\n",
        r.rows, r.tool
    );
    out.push_str(&format!(
        "  client errors                    {} of {} statements{}\n",
        r.client_errors,
        r.statements,
        r.first_errors
            .first()
            .map(|e| format!(" (first: {e})"))
            .unwrap_or_default()
    ));
    out.push_str(&format!(
        "  longest client statement         {:.1} ms (lock waits included)\n",
        r.longest_statement_ms
    ));
    out.push_str(&format!(
        "  write p99 before / during        {:.2} ms / {:.2} ms\n",
        r.write_p99_before_ms, r.write_p99_during_ms
    ));
    out.push_str(&format!(
        "  backfill                         {:.0} rows/s\n",
        r.backfill_rows_per_s
    ));
    out.push_str(&format!(
        "  start / complete / change total  {:.1} s / {:.1} s / {:.1} s\n",
        r.start_s, r.complete_s, r.total_s
    ));
    out.push_str(&format!(
        "  rollback restores the catalog    {}\n",
        if r.rollback_restores_catalog {
            "yes (pg_dump -s identical)"
        } else {
            "NO"
        }
    ));
    out
}
