//! The developer loop: `tidegate test` on scratch targets, and modules made
//! by `tidegate new` that pass it as generated. Needs all three servers
//! (URLs or testcontainers); without them each test is reported ignored.
//!
//! Runs one test at a time: `tidegate test` refuses a search server that
//! already has the indices a module declares, which another test's run
//! would have.

#[path = "../common/mod.rs"]
mod common;

use anyhow::ensure;
use common::{
    Fixture, cli, es_server, examples, guests, mongo_server, postgres_server, servers_trial,
};
use serde_json::Value;

/// `tidegate test --format json` on a fixture, against the three servers.
fn run_test(f: &Fixture, urls: &[String], extra: &[&str]) -> (i32, Value, String) {
    let toml = f.write_toml();
    let mut args = vec![
        "test",
        "--no-build",
        "--format",
        "json",
        "--postgres-url",
        &urls[0],
        "--mongodb-url",
        &urls[1],
        "--elasticsearch-url",
        &urls[2],
    ];
    args.extend_from_slice(extra);
    let (code, out, err) = cli(&args, &toml);
    (
        code,
        serde_json::from_str(&out).unwrap_or(Value::Null),
        format!("{out}{err}"),
    )
}

fn mongo_url(server: &str) -> String {
    common::mongo_db_url(server)
}

fn verdicts(report: &Value, id: &str) -> Vec<String> {
    let m = report["migrations"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|m| m["id"] == id)
        .cloned()
        .unwrap_or_default();
    ["apply", "reversible", "idempotent", "checks"]
        .iter()
        .map(|k| m[k]["status"].as_str().unwrap_or("?").to_string())
        .collect()
}

async fn scratch_databases(pg: &str) -> anyhow::Result<i64> {
    use sqlx::Connection as _;
    let mut c = sqlx::PgConnection::connect(pg).await?;
    Ok(sqlx::query_scalar(
        "SELECT count(*) FROM pg_database WHERE datname LIKE 'tidegate\\_test\\_%'",
    )
    .fetch_one(&mut c)
    .await?)
}

/// All nine examples pass: apply, down/up with identical catalogs, retried
/// non-transactional ups, checks, a no-op second apply; nothing is left.
async fn examples_pass_and_leave_nothing_behind(urls: Vec<String>) -> anyhow::Result<()> {
    let ids: Vec<String> = tidegate::lockfile::LockFile::read(&examples().0)?
        .migrations
        .iter()
        .map(|m| m.id.clone())
        .collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let f = Fixture::new(examples(), &ids, None);
    let urls = vec![urls[0].clone(), mongo_url(&urls[1]), urls[2].clone()];
    let es = Fixture::new(examples(), &[], None)
        .with_es(&urls[2])
        .es_target();
    common::clean_search_engine(&es).await?; // another run's leftovers
    let before = scratch_databases(&urls[0]).await?;
    let (code, report, text) = run_test(&f, &urls, &[]);
    ensure!(code == 0, "exit {code}: {text}");
    ensure!(
        report["migrations"].as_array().map(Vec::len) == Some(9),
        "{text}"
    );
    ensure!(
        verdicts(&report, "0001_create_users") == ["pass", "pass", "skip", "pass"],
        "{:?}",
        verdicts(&report, "0001_create_users")
    );
    ensure!(verdicts(&report, "0006_mongo_backfill_locale") == ["pass", "pass", "pass", "pass"]);
    ensure!(verdicts(&report, "0008_es_places_reindex") == ["pass", "pass", "pass", "pass"]);
    ensure!(
        verdicts(&report, "0009_region_everywhere")[1] == "skip",
        "0009 is irreversible"
    );
    ensure!(report["reapply"]["status"] == "pass");
    ensure!(
        scratch_databases(&urls[0]).await? == before,
        "a scratch database was left behind"
    );
    let left = es
        .call(
            elasticsearch::http::Method::Get,
            "/places*,tidegate-test-*",
            &[("expand_wildcards", "all")],
            None,
            &[404],
            "test",
        )
        .await?;
    ensure!(
        left.json().as_object().is_none_or(|o| o.is_empty()),
        "indices left behind: {}",
        left.body
    );
    Ok(())
}

/// Modules exactly as `tidegate new` writes them (built by `cargo xtask
/// guests`) pass `tidegate test`, on each engine.
async fn scaffolded_modules_pass_as_generated(urls: Vec<String>) -> anyhow::Result<()> {
    let ids = [
        "9101_new_postgres",
        "9102_new_mongodb",
        "9103_new_elasticsearch",
    ];
    let f = Fixture::new(guests(), &ids, None);
    let urls = vec![urls[0].clone(), mongo_url(&urls[1]), urls[2].clone()];
    let (code, report, text) = run_test(&f, &urls, &[]);
    ensure!(code == 0, "exit {code}: {text}");
    ensure!(
        verdicts(&report, ids[0]) == ["pass", "pass", "skip", "pass"],
        "{text}"
    );
    for id in &ids[1..] {
        ensure!(
            verdicts(&report, id) == ["pass", "pass", "pass", "pass"],
            "{id}: {text}"
        );
    }
    // They declare what they touch, so the host scopes them.
    let lock = f.lock();
    ensure!(
        lock.get(ids[2])
            .and_then(|m| m.capabilities.clone())
            .is_some_and(|c| c.indices == ["new_elasticsearch", "new_elasticsearch_v*"])
    );
    Ok(())
}

/// SQL and JSON modules exactly as `tidegate new --sql`, `--mongodb-json`
/// and `--es-json` write them (built by `cargo xtask guests` into
/// `target/sql-guests`) pass `tidegate test`: apply, checks, down/up with
/// identical catalogs, and a retried up where the step is not
/// transactional.
async fn sql_and_json_scaffolds_pass_as_generated(urls: Vec<String>) -> anyhow::Result<()> {
    let ids = ["9104_new_sql", "9105_new_mongodb_json", "9106_new_es_json"];
    let dir = common::workspace().join("target/sql-guests");
    let f = Fixture::new((dir.join("tidegate.lock"), dir), &ids, None);
    let urls = vec![urls[0].clone(), mongo_url(&urls[1]), urls[2].clone()];
    common::clean_search_engine(
        &Fixture::new(examples(), &[], None)
            .with_es(&urls[2])
            .es_target(),
    )
    .await?; // another run's leftovers
    let (code, report, text) = run_test(&f, &urls, &[]);
    ensure!(code == 0, "exit {code}: {text}");
    ensure!(
        verdicts(&report, ids[0]) == ["pass", "pass", "skip", "pass"],
        "{text}"
    );
    for id in &ids[1..] {
        ensure!(
            verdicts(&report, id) == ["pass", "pass", "pass", "pass"],
            "{id}: {:?} {text}",
            verdicts(&report, id)
        );
    }
    // Their check files ran: check.sql, check.mongo.json (an index and a
    // count), check.es.json (an alias).
    let checks = |id: &str| {
        report["migrations"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|m| m["id"] == id)
            .map(|m| (m["checks_total"].clone(), m["checks_passed"].clone()))
    };
    ensure!(
        checks(ids[0]) == Some((1.into(), 1.into()))
            && checks(ids[1]) == Some((2.into(), 2.into()))
            && checks(ids[2]) == Some((1.into(), 1.into())),
        "{text}"
    );
    // One runner, three documents: the components differ only in what
    // they embed, and each declares what it touches.
    let lock = f.lock();
    ensure!(
        lock.get(ids[1])
            .and_then(|m| m.capabilities.clone())
            .is_some_and(|c| c.collections == ["new_mongodb_json"])
    );
    ensure!(lock.get(ids[0]).map(|m| m.component) != lock.get(ids[2]).map(|m| m.component));
    Ok(())
}

/// A failing check fails the run (exit 1) and names the check; later
/// migrations are not run.
async fn a_failing_check_fails_the_run(urls: Vec<String>) -> anyhow::Result<()> {
    let f = Fixture::new(guests(), &["9007_check_fails", "9101_new_postgres"], None);
    let urls = vec![urls[0].clone(), mongo_url(&urls[1]), urls[2].clone()];
    let (code, report, text) = run_test(&f, &urls, &[]);
    ensure!(code == 1, "exit {code}: {text}");
    ensure!(
        report["migrations"][0]["apply"]["status"] == "fail",
        "{text}"
    );
    ensure!(
        report["migrations"][1]["apply"]["status"] == "skip",
        "{text}"
    );
    Ok(())
}

/// `tidegate bench`: loads, instantiations and the PostgreSQL comparison
/// on a PostgreSQL-only project; a mixed project gets the loads and a
/// reason instead of the comparison.
async fn bench_measures_and_compares(urls: Vec<String>) -> anyhow::Result<()> {
    let before = scratch_databases(&urls[0]).await?;
    let f = Fixture::new(
        examples(),
        &["0001_create_users", "0002_expand_display_name"],
        None,
    );
    let toml = f.write_toml();
    let (code, out, err) = cli(
        &[
            "bench",
            "--repeat",
            "3",
            "--rounds",
            "2",
            "--format",
            "json",
            "--postgres-url",
            &urls[0],
        ],
        &toml,
    );
    ensure!(code == 0, "exit {code}: {out}{err}");
    let r: Value = serde_json::from_str(&out)?;
    ensure!(
        r["components"] == 2
            && r["cached_load"]["samples"] == 6
            && r["instantiate"]["samples"] == 6,
        "{out}"
    );
    let ms = |v: &Value| v["median_ms"].as_f64().unwrap_or(f64::NAN);
    ensure!(
        ms(&r["cold_compile"]) > ms(&r["cached_load"]),
        "a cached load must beat compiling: {out}"
    );
    let o = &r["overhead"];
    ensure!(
        o["migrations"] == 2
            && o["rounds"] == 2
            && o["tidegate_ms"]["samples"] == 2
            && o["native_ms"]["samples"] == 2,
        "{out}"
    );
    ensure!(
        o["guarded_ms"]["samples"] == 2 && o["native_bare_ms"]["samples"] == 2,
        "{out}"
    );
    for ratio in ["ratio", "guarantees_ratio", "host_ratio"] {
        ensure!(
            o[ratio].as_f64().is_some_and(|x| x > 0.0 && x.is_finite()),
            "{ratio}: {out}"
        );
    }
    ensure!(
        scratch_databases(&urls[0]).await? == before,
        "bench left a scratch database behind"
    );

    let f = Fixture::new(
        examples(),
        &["0001_create_users", "0005_mongo_profiles"],
        None,
    );
    let (code, out, err) = cli(
        &[
            "bench",
            "--repeat",
            "1",
            "--format",
            "json",
            "--postgres-url",
            &urls[0],
        ],
        &f.write_toml(),
    );
    ensure!(code == 0, "exit {code}: {out}{err}");
    let r: Value = serde_json::from_str(&out)?;
    ensure!(
        r["overhead"].is_null()
            && r["overhead_skipped"]
                .as_str()
                .is_some_and(|w| w.contains("single-engine")),
        "{out}"
    );
    let (code, _, err) = cli(&["bench", "--repeat", "0"], &f.write_toml());
    ensure!(code == 2 && err.contains("repeat"), "exit {code}: {err}");
    Ok(())
}

/// With a seed: migrations up to `--seed-after`, the seed, the rest, and
/// every check passes on the data; a broken seed fails the run.
async fn seed_replay(urls: Vec<String>) -> anyhow::Result<()> {
    let f = Fixture::new(
        examples(),
        &[
            "0001_create_users",
            "0002_expand_display_name",
            "0003_backfill_email_lower",
        ],
        None,
    );
    let urls = vec![urls[0].clone(), mongo_url(&urls[1]), urls[2].clone()];
    let seed = f.dir.path().join("seed");
    std::fs::create_dir_all(&seed)?;
    let rows: Vec<String> = (0..200)
        .map(|i| format!("('User{i}@Example.com', 'User {i}')"))
        .collect();
    std::fs::write(
        seed.join("postgres.sql"),
        format!(
            "INSERT INTO users (email, full_name) VALUES {};",
            rows.join(",")
        ),
    )?;
    let seed_arg = seed.to_str().unwrap();
    let (code, report, text) = run_test(
        &f,
        &urls,
        &["--seed", seed_arg, "--seed-after", "0001_create_users"],
    );
    ensure!(
        code == 0 && report["seed"]["status"] == "pass",
        "exit {code}: {text}"
    );

    std::fs::write(
        seed.join("postgres.sql"),
        "INSERT INTO users (email) VALUES ('no-name@example.com');",
    )?;
    let (code, report, text) = run_test(
        &f,
        &urls,
        &["--seed", seed_arg, "--seed-after", "0001_create_users"],
    );
    ensure!(
        code == 1 && report["seed"]["status"] == "fail",
        "exit {code}: {text}"
    );
    ensure!(
        report["seed"]["detail"]
            .as_str()
            .is_some_and(|d| d.contains("full_name")),
        "{text}"
    );
    Ok(())
}

/// On a search server that already has an index a module declares,
/// `tidegate test` refuses (exit 2) instead of changing it.
async fn refuses_a_search_server_in_use(urls: Vec<String>) -> anyhow::Result<()> {
    use elasticsearch::http::Method;
    let f = Fixture::new(examples(), &["0007_es_places"], None);
    let urls = vec![urls[0].clone(), mongo_url(&urls[1]), urls[2].clone()];
    let es = Fixture::new(examples(), &[], None)
        .with_es(&urls[2])
        .es_target();
    es.call(Method::Put, "/places_v1", &[], None, &[], "test")
        .await?;
    let (code, _, text) = run_test(&f, &urls, &[]);
    let kept = es
        .call(Method::Get, "/places_v1", &[], None, &[404], "test")
        .await?
        .status
        == 200;
    es.call(
        Method::Delete,
        "/places_v1",
        &[],
        None,
        &[404],
        "cleaning up",
    )
    .await?;
    ensure!(
        code == 2 && text.contains("already has places_v1"),
        "exit {code}: {text}"
    );
    ensure!(kept, "the existing index was touched");
    Ok(())
}

fn main() {
    let mut args = libtest_mimic::Arguments::from_args();
    args.test_threads = Some(1);
    common::require_built();
    common::announce_skips();
    let all = || vec![postgres_server(), mongo_server(), es_server()];
    let trials = vec![
        servers_trial(
            "examples_pass_and_leave_nothing_behind",
            all(),
            examples_pass_and_leave_nothing_behind,
        ),
        servers_trial(
            "scaffolded_modules_pass_as_generated",
            all(),
            scaffolded_modules_pass_as_generated,
        ),
        servers_trial(
            "sql_and_json_scaffolds_pass_as_generated",
            all(),
            sql_and_json_scaffolds_pass_as_generated,
        ),
        servers_trial(
            "a_failing_check_fails_the_run",
            all(),
            a_failing_check_fails_the_run,
        ),
        servers_trial("seed_replay", all(), seed_replay),
        servers_trial(
            "refuses_a_search_server_in_use",
            all(),
            refuses_a_search_server_in_use,
        ),
        servers_trial(
            "bench_measures_and_compares",
            vec![postgres_server()],
            bench_measures_and_compares,
        ),
    ];
    libtest_mimic::run(&args, trials).exit();
}
