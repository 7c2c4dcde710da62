//! The scenarios every engine shares, written once over an engine fixture
//! and run on PostgreSQL, MongoDB and Elasticsearch/OpenSearch:
//!
//! - an edited applied migration is refused, until its checksum is accepted;
//! - concurrent applies apply each migration once, and release the lock;
//! - up, down and up again give identical catalogs;
//! - health names the invariant that broke;
//! - the lock is exclusive, survives its TTL while held, and a dead
//!   holder's lock does not stay;
//! - a lost lock stops the run before the next commit (exit 5);
//! - kills at deterministic fault points (after each guest statement) land
//!   mid-run, leave a consistent history, and recover to the catalog of an
//!   uninterrupted run.
//!
//! Servers come from `TIDEGATE_TEST_*_URL` or testcontainers; without them
//! a trial is reported ignored with the reason. Search-engine trials run
//! one at a time: index names are cluster-wide.

#[path = "../common/mod.rs"]
mod common;

use std::path::Path;
use std::process::{Command, Output};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Context};
use common::{clean_search_engine, examples, executor, open, runtime, servers_trial, Fixture, Server, TestDb};
use elasticsearch::http::Method;
use mongodb::bson::{doc, Document};
use tidegate::error::ErrorKind;
use tidegate::report::{DownTo, Health, Resolution, State};
use tidegate::ExecError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Postgres,
    Mongodb,
    Elasticsearch,
}

impl Kind {
    const ALL: [Kind; 3] = [Kind::Postgres, Kind::Mongodb, Kind::Elasticsearch];

    fn name(self) -> &'static str {
        match self {
            Kind::Postgres => "postgres",
            Kind::Mongodb => "mongodb",
            Kind::Elasticsearch => "elasticsearch",
        }
    }

    /// The servers of this engine, labelled (MongoDB 8 and 7 in
    /// containers).
    fn servers(self) -> Vec<(&'static str, Server)> {
        match self {
            Kind::Postgres => vec![(self.name(), common::postgres_server())],
            Kind::Mongodb => common::mongo_servers(),
            Kind::Elasticsearch => vec![(self.name(), common::es_server())],
        }
    }

    /// The examples on this engine alone, in order.
    fn examples(self) -> &'static [&'static str] {
        match self {
            Kind::Postgres => &["0001_create_users", "0002_expand_display_name", "0003_backfill_email_lower", "0004_contract_full_name"],
            Kind::Mongodb => &["0005_mongo_profiles", "0006_mongo_backfill_locale"],
            Kind::Elasticsearch => &["0007_es_places", "0008_es_places_reindex"],
        }
    }

    /// Those that can be reverted.
    fn reversible(self) -> &'static [&'static str] {
        let all = self.examples();
        if self == Kind::Postgres { &all[..3] } else { all }
    }

    /// The key of how long a run waits for another's lock.
    fn lock_wait_key(self) -> &'static str {
        if self == Kind::Postgres { "advisory_lock_wait" } else { "lock_wait" }
    }
}

/// Search-engine trials share the cluster's index names.
static SEARCH_ENGINE: Mutex<()> = Mutex::new(());

/// A fresh target on one engine's server.
struct Target {
    kind: Kind,
    server: String,
    pg: Option<TestDb>,
    mongo: Option<String>,
}

impl Target {
    async fn new(kind: Kind, server: &str) -> anyhow::Result<Target> {
        let mut t = Target { kind, server: server.to_string(), pg: None, mongo: None };
        match kind {
            Kind::Postgres => t.pg = Some(TestDb::create(server).await?),
            Kind::Mongodb => t.mongo = Some(common::mongo_db_url(server)),
            Kind::Elasticsearch => clean_search_engine(&t.fixture(&[]).es_target()).await?,
        }
        Ok(t)
    }

    fn fixture(&self, ids: &[&str]) -> Fixture {
        let f = Fixture::new(examples(), ids, self.pg.as_ref().map(|d| d.url.as_str()));
        match self.kind {
            Kind::Postgres => f,
            Kind::Mongodb => f.with_mongo(self.mongo.as_deref().expect("a database")),
            Kind::Elasticsearch => f.with_es(&self.server),
        }
    }

    /// Audit entries of `event`.
    async fn audit(&self, f: &Fixture, event: &str) -> anyhow::Result<u64> {
        Ok(match self.kind {
            Kind::Postgres => {
                let mut c = self.pg.as_ref().expect("a database").connect().await?;
                sqlx::query_scalar::<_, i64>("SELECT count(*) FROM tidegate_migrations_audit WHERE event = $1").bind(event).fetch_one(&mut c).await? as u64
            }
            Kind::Mongodb => {
                let t = f.mongo_target().await?;
                t.database().collection::<Document>("tidegate_migrations_audit").count_documents(doc! { "event": event }).await?
            }
            Kind::Elasticsearch => {
                let body = serde_json::json!({ "query": { "term": { "event.keyword": event } } });
                let a = f.es_target().call(Method::Post, "/tidegate-migrations-audit/_count", &[], Some(body), &[404], "test").await?;
                a.json()["count"].as_u64().unwrap_or(0)
            }
        })
    }

    /// Break an invariant an example declared; returns the failing check.
    async fn break_invariant(&self, f: &Fixture) -> anyhow::Result<&'static str> {
        Ok(match self.kind {
            Kind::Postgres => {
                let mut c = self.pg.as_ref().expect("a database").connect().await?;
                sqlx::raw_sql("INSERT INTO users (email, full_name) VALUES ('a@b.c', 'A')").execute(&mut c).await?;
                "0003_backfill_email_lower: users.email_lower is backfilled"
            }
            Kind::Mongodb => {
                let t = f.mongo_target().await?;
                t.database().run_command(doc! { "collMod": "profiles", "validationLevel": "off" }).await?;
                t.database().collection::<Document>("profiles").insert_one(doc! { "email": "x@y" }).await?;
                "0006_mongo_backfill_locale: every profile has a locale"
            }
            Kind::Elasticsearch => {
                let back = serde_json::json!({ "actions": [{ "remove": { "index": "places_v2", "alias": "places" } }, { "add": { "index": "places_v1", "alias": "places" } }] });
                f.es_target().call(Method::Post, "/_aliases", &[], Some(back), &[], "test").await?;
                "0008_es_places_reindex: alias places points at places_v2"
            }
        })
    }

    /// Take the migration lock away from the run holding it: end its
    /// PostgreSQL session, or take its lease over.
    async fn steal_lock(&self, f: &Fixture) -> anyhow::Result<()> {
        match self.kind {
            Kind::Postgres => {
                let key = tidegate::engine::postgres::history::History::new("tidegate_migrations")?.lock_key();
                let mut c = self.pg.as_ref().expect("a database").connect().await?;
                let ended: Vec<bool> = sqlx::query_scalar(
                    "SELECT pg_terminate_backend(l.pid) FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted
                       AND ((l.classid::bigint << 32) | l.objid::bigint) = $1",
                )
                .bind(key)
                .fetch_all(&mut c)
                .await?;
                ensure!(ended == [true], "the lock's backend was not found or not ended: {ended:?}");
            }
            Kind::Mongodb => {
                let t = f.mongo_target().await?;
                let far = mongodb::bson::DateTime::from_millis(mongodb::bson::DateTime::now().timestamp_millis() + 86_400_000);
                let r = t.database().collection::<Document>("tidegate_migrations_lock").update_one(doc! { "_id": "lock" }, doc! { "$set": { "owner": "thief", "expires": far } }).await?;
                ensure!(r.matched_count == 1, "no lease to take over");
            }
            Kind::Elasticsearch => {
                let es = f.es_target();
                let stolen = serde_json::json!({ "owner": "thief", "acquired_at": 0, "expires_at": i64::MAX / 2 });
                es.call(Method::Put, "/tidegate-migrations-lock/_doc/lock", &[("refresh", "true")], Some(stolen), &[], "test").await?;
            }
        }
        Ok(())
    }

    /// Data for the second migration to work through in batches, once the
    /// first is applied.
    async fn seed(&self, f: &Fixture) -> anyhow::Result<()> {
        match self.kind {
            Kind::Postgres => {
                let mut c = self.pg.as_ref().expect("a database").connect().await?;
                sqlx::raw_sql("INSERT INTO users (email, full_name) SELECT 'U' || g || '@x.io', 'u' FROM generate_series(1, 6000) g").execute(&mut c).await?;
            }
            Kind::Mongodb => {
                let t = f.mongo_target().await?;
                let now = mongodb::bson::DateTime::now();
                let docs: Vec<Document> = (0..1200).map(|i| doc! { "email": format!("u{i}@x.io"), "created_at": now }).collect();
                t.database().collection::<Document>("profiles").insert_many(docs).await?;
            }
            Kind::Elasticsearch => {
                let mut bulk = String::new();
                for i in 0..200 {
                    bulk.push_str(&format!("{{\"index\":{{\"_index\":\"places\",\"_id\":\"{i}\"}}}}\n{{\"name\":\"Place {i}\",\"country\":\"CH\"}}\n"));
                }
                let a = f.es_target().send(Method::Post, "/_bulk", &[("refresh".into(), "true".into())], Some(bulk)).await?;
                ensure!(a.ok() && !a.body.contains("\"errors\":true"), "{}", a.body);
            }
        }
        Ok(())
    }

    /// Leave the lock as a run that died holding it leaves it.
    async fn plant_dead_holder(&self, f: &Fixture) -> anyhow::Result<()> {
        match self.kind {
            Kind::Postgres => {
                // A session that took the lock and ended.
                let key = tidegate::engine::postgres::history::History::new("tidegate_migrations")?.lock_key();
                let mut c = self.pg.as_ref().expect("a database").connect().await?;
                sqlx::query("SELECT pg_advisory_lock($1)").bind(key).execute(&mut c).await?;
                drop(c);
            }
            Kind::Mongodb => {
                let t = f.mongo_target().await?;
                let lease = doc! { "_id": "lock", "owner": "dead run", "expires": mongodb::bson::DateTime::from_millis(0) };
                t.database().collection::<Document>("tidegate_migrations_lock").insert_one(lease).await?;
            }
            Kind::Elasticsearch => {
                let dead = serde_json::json!({ "owner": "dead run", "acquired_at": 0, "expires_at": 1 });
                f.es_target().call(Method::Put, "/tidegate-migrations-lock/_doc/lock", &[("refresh", "true")], Some(dead), &[], "test").await?;
            }
        }
        Ok(())
    }

    /// Whether no run holds the lock.
    async fn lock_free(&self, f: &Fixture) -> anyhow::Result<bool> {
        Ok(match self.kind {
            Kind::Postgres => {
                let key = tidegate::engine::postgres::history::History::new("tidegate_migrations")?.lock_key();
                let mut c = self.pg.as_ref().expect("a database").connect().await?;
                let held: i64 = sqlx::query_scalar(
                    "SELECT count(*) FROM pg_locks l WHERE l.locktype = 'advisory' AND ((l.classid::bigint << 32) | l.objid::bigint) = $1",
                )
                .bind(key)
                .fetch_one(&mut c)
                .await?;
                held == 0
            }
            Kind::Mongodb => f.mongo_target().await?.database().collection::<Document>("tidegate_migrations_lock").count_documents(doc! {}).await? == 0,
            Kind::Elasticsearch => f.es_target().call(Method::Get, "/tidegate-migrations-lock/_doc/lock", &[], None, &[404], "test").await?.status == 404,
        })
    }

    async fn finish(self, f: &Fixture) -> anyhow::Result<()> {
        match self.kind {
            Kind::Postgres => self.pg.expect("a database").drop().await,
            Kind::Mongodb => Ok(f.mongo_target().await?.database().drop().await?),
            Kind::Elasticsearch => clean_search_engine(&f.es_target()).await,
        }
    }
}

/// Run the tidegate binary with `env`, sharing a precompiled cache.
fn run(args: &[&str], toml: &Path, cache: &Path, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tidegate"));
    cmd.args(args).arg("--config").arg(toml).env_remove("TIDEGATE_POSTGRES_URL").env("TIDEGATE_CACHE_DIR", cache);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("runs tidegate")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

async fn edited_applied_migration_is_refused(kind: Kind, server: String) -> anyhow::Result<()> {
    let t = Target::new(kind, &server).await?;
    let first = kind.examples()[0];
    let f = t.fixture(&[first]);
    let src = f.own_sources(0, &format!("modules/{first}"));
    let rt = runtime(&f);
    ensure!(executor(&open(&f, &rt).await?, &rt).await?.apply(None).await?.ok());

    // Edited without rebuilding: verification catches it.
    common::edit_sources(&src);
    match tidegate::project::Project::open(f.config.clone(), &rt).await {
        Err(tidegate::project::ProjectError::Verify(p)) => ensure!(p[0].message.contains("were edited"), "{p:?}"),
        other => bail!("expected a verify error, got ok={}", other.is_ok()),
    }
    // Rebuilt and relocked: the database refuses the changed migration.
    let mut lock = f.lock();
    lock.migrations[0].source = tidegate::digest::Digest::of_source_dir(&src)?;
    lock.write(&f.config.lock)?;
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    ensure!(exec.status().await?.migrations[0].state == State::Modified);
    match exec.apply(None).await {
        Err(ExecError::Modified(ids)) => ensure!(ids == [first], "{ids:?}"),
        other => bail!("expected Modified, got ok={}", other.is_ok()),
    }
    ensure!(matches!(exec.plan(None).await, Err(ExecError::Modified(_))));
    let (code, _, err) = common::cli(&["apply"], &f.write_toml());
    ensure!(code == 4 && err.contains("changed since they were applied"), "exit {code}: {err}");

    // A cosmetic edit can be accepted, on the record.
    exec.resolve(first, Resolution::AcceptChecksum).await?;
    ensure!(exec.status().await?.migrations[0].state == State::Applied);
    ensure!(t.audit(&f, "resolved-checksum").await? == 1);
    t.finish(&f).await
}

async fn concurrent_applies_apply_each_migration_once(kind: Kind, server: String) -> anyhow::Result<()> {
    let t = Target::new(kind, &server).await?;
    let ids = kind.examples();
    let f = t.fixture(ids);
    let toml = f.write_toml();
    let cache = f.dir.path().join("cache");
    // One cold compile first, so that the three runs start together.
    let warm = run(&["verify"], &toml, &cache, &[]);
    ensure!(warm.status.success(), "{}", text(&warm));
    let runs: Vec<_> = (0..3)
        .map(|_| {
            let (toml, cache) = (toml.clone(), cache.clone());
            std::thread::spawn(move || run(&["apply", "--format", "json"], &toml, &cache, &[]))
        })
        .collect();
    let mut ran = 0;
    for r in runs {
        let out = r.join().unwrap();
        ensure!(out.status.success(), "{}", text(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout)?;
        ran += v["migrations"].as_array().map_or(0, Vec::len);
    }
    ensure!(ran == ids.len(), "{ran} migration runs across three concurrent applies of {}", ids.len());
    ensure!(t.audit(&f, "applied").await? == ids.len() as u64);
    ensure!(t.lock_free(&f).await?, "a run left the lock held");
    t.finish(&f).await
}

async fn up_down_up_gives_identical_catalogs(kind: Kind, server: String) -> anyhow::Result<()> {
    let t = Target::new(kind, &server).await?;
    let ids = kind.reversible();
    let f = t.fixture(ids);
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    let empty = exec.catalog().await?;

    ensure!(exec.apply(None).await?.ok());
    let up = exec.catalog().await?;
    ensure!(up != empty, "apply changed nothing");

    let last = exec.down(&DownTo::Last).await?;
    ensure!(last.ok() && last.migrations.len() == 1 && last.migrations[0].id == *ids.last().unwrap(), "{:?}", last.error);
    let down = exec.down(&DownTo::All).await?;
    ensure!(down.ok(), "{:?}", down.error);
    let reverted: Vec<&str> = down.migrations.iter().map(|m| m.id.as_str()).collect();
    let expected: Vec<&str> = ids[..ids.len() - 1].iter().rev().copied().collect();
    ensure!(reverted == expected, "{reverted:?}");
    let now = exec.catalog().await?;
    ensure!(now == empty, "down did not restore the catalog:\n{:#?}", tidegate::diff::diff(&empty, &now));
    ensure!(exec.status().await?.count(State::Pending) == ids.len(), "history rows survived the revert");
    ensure!(t.audit(&f, "reverted").await? == ids.len() as u64);

    ensure!(exec.apply(None).await?.ok());
    let again = exec.catalog().await?;
    ensure!(again == up, "up/down/up differs:\n{:#?}", tidegate::diff::diff(&up, &again));

    // --to keeps the named migration applied.
    let to = exec.down(&DownTo::After(ids[0].into())).await?;
    ensure!(to.ok() && to.migrations.len() == ids.len() - 1);
    ensure!(exec.status().await?.count(State::Applied) == 1);
    t.finish(&f).await
}

async fn health_names_a_broken_invariant(kind: Kind, server: String) -> anyhow::Result<()> {
    let t = Target::new(kind, &server).await?;
    let f = t.fixture(kind.reversible());
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    let pending = exec.health().await;
    ensure!(pending.status == Health::Warn, "pending migrations warn: {:#?}", pending.checks);
    ensure!(exec.apply(None).await?.ok());
    let healthy = exec.health().await;
    ensure!(healthy.status != Health::Fail, "{:#?}", healthy.checks);
    let invariants: Vec<&str> = healthy.checks.iter().filter(|c| c.name.starts_with('0')).map(|c| c.name.as_str()).collect();
    ensure!(!invariants.is_empty(), "no invariant ran");

    let failing = t.break_invariant(&f).await?;
    ensure!(invariants.contains(&failing), "{failing} is not among {invariants:?}");
    let broken = exec.health().await;
    let failed: Vec<&str> = broken.checks.iter().filter(|c| c.status == Health::Fail).map(|c| c.name.as_str()).collect();
    ensure!(broken.status == Health::Fail && failed == [failing], "{failed:?}");
    let (code, json, err) = common::cli(&["health", "--format", "json"], &f.write_toml());
    ensure!(code == 1, "exit {code}: {err}");
    let v: serde_json::Value = serde_json::from_str(&json)?;
    let cli_failed: Vec<&str> = v["checks"].as_array().into_iter().flatten().filter(|c| c["status"] == "fail").filter_map(|c| c["name"].as_str()).collect();
    ensure!(cli_failed == [failing], "{json}");
    let (code, md, _) = common::cli(&["health", "--format", "markdown"], &f.write_toml());
    ensure!(code == 1 && md.contains("❌ Tidegate health"), "exit {code}: {md}");
    t.finish(&f).await
}

async fn lock_is_exclusive_and_a_dead_holders_lock_is_taken_over(kind: Kind, server: String) -> anyhow::Result<()> {
    let t = Target::new(kind, &server).await?;
    let mut f = t.fixture(kind.examples()).set(kind.name(), kind.lock_wait_key(), "300ms");
    if kind != Kind::Postgres {
        f = f.set(kind.name(), "lock_ttl", "2s");
    }
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    let engine = exec.engines()[0].clone();

    let mut held = engine.lock().await?;
    match engine.lock().await {
        Err(e) => ensure!(e.kind() == ErrorKind::Busy && e.to_string().contains("another tidegate run holds") && e.to_string().contains("pid"), "{e}"),
        Ok(_) => bail!("two runs hold the lock"),
    }
    match exec.apply(None).await {
        Err(ExecError::Engine(e)) => ensure!(e.kind() == ErrorKind::Busy, "{e}"),
        other => bail!("apply under another run's lock: ok={}", other.is_ok()),
    }
    // Held past a lease's lifetime: renewal keeps it.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    held.fence().await.context("the holder still holds it")?;
    ensure!(engine.lock().await.is_err_and(|e| e.kind() == ErrorKind::Busy), "the held lock went stale");
    held.release().await?;
    ensure!(t.lock_free(&f).await?);

    // A run that died holding it does not keep it.
    t.plant_dead_holder(&f).await?;
    let start = Instant::now();
    engine.lock().await.context("a dead holder's lock is taken over")?.release().await?;
    ensure!(start.elapsed() < Duration::from_secs(2), "took {:?}", start.elapsed());
    ensure!(exec.apply(None).await?.ok());
    t.finish(&f).await
}

/// Start `tidegate apply`, paused before it fences the locks at the end of
/// `id`; take the lock away; let it go on. It must stop (exit 5) before
/// anything else commits.
async fn lock_loss_stops_the_run(kind: Kind, server: String) -> anyhow::Result<()> {
    let t = Target::new(kind, &server).await?;
    let ids = kind.examples();
    let f = t.fixture(ids);
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    ensure!(exec.apply(Some(ids[0])).await?.ok());
    let after_first = exec.catalog().await?;

    let faults = f.dir.path().join("faults");
    std::fs::create_dir_all(&faults)?;
    let mut child = Command::new(env!("CARGO_BIN_EXE_tidegate"))
        .args(["apply", "--config"])
        .arg(f.write_toml())
        .env_remove("TIDEGATE_POSTGRES_URL")
        .env("TIDEGATE_CACHE_DIR", f.dir.path().join("cache"))
        .env("TIDEGATE_FAULT", format!("pause@fence:{}", ids[1]))
        .env("TIDEGATE_FAULT_DIR", &faults)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    let start = Instant::now();
    while !faults.join("paused").exists() {
        if let Some(status) = child.try_wait()? {
            bail!("apply ended ({status}) before it reached the fault point");
        }
        ensure!(start.elapsed() < Duration::from_secs(60), "apply never reached the fault point");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    t.steal_lock(&f).await?;
    std::fs::write(faults.join("resume"), "")?;
    let out = child.wait_with_output()?;
    let said = text(&out);
    ensure!(out.status.code() == Some(5), "exit {:?}: {said}", out.status.code());
    ensure!(said.contains(&format!("lost the {} migration lock", kind.name())), "{said}");

    let status = exec.status().await?;
    let state = |id: &str| status.migrations.iter().find(|m| m.id == id).map(|m| m.state);
    ensure!(state(ids[0]) == Some(State::Applied));
    let second = project.get(ids[1]).context("in the project")?;
    if second.meta.transactional {
        ensure!(state(ids[1]) == Some(State::Pending), "{:?}", state(ids[1]));
        let now = exec.catalog().await?;
        ensure!(now == after_first, "{} committed after the lock was lost:\n{:#?}", ids[1], tidegate::diff::diff(&after_first, &now));
    } else {
        // It ran, but is not recorded applied: the next run settles it.
        ensure!(state(ids[1]) == Some(State::Interrupted), "{:?}", state(ids[1]));
    }
    for id in &ids[2..] {
        ensure!(state(id) == Some(State::Pending), "{id} ran after the lock was lost");
    }
    t.finish(&f).await
}

/// Kills per engine, at least: one after every guest statement of the
/// examples, from an empty target and from one with data to backfill.
fn min_kills(kind: Kind) -> usize {
    match kind {
        Kind::Postgres => 50,
        // The SDK's helpers send one command where they used to list the
        // catalog first (2026-12: 20 guest statements in the examples).
        Kind::Mongodb => 18,
        Kind::Elasticsearch => 20,
    }
}

/// Abort `tidegate apply` right after its 1st, 2nd, ... guest statement
/// (a deterministic fault point, always mid-migration), until a run gets
/// through; once from an empty target, once from one whose first
/// migration is applied and whose data the next ones backfill in batches.
/// After each kill the history is consistent (applied, or a
/// non-transactional migration caught running), the next runs recover
/// (`resolve --retry` where asked), and the catalog equals that of an
/// uninterrupted run.
async fn kills_at_fault_points_recover(kind: Kind, server: String) -> anyhow::Result<()> {
    let ids = kind.examples();
    let cache = tempfile::tempdir()?;
    // A killed run's lease is taken over once it expires: keep that short.
    let fixture = |t: &Target| if kind == Kind::Postgres { t.fixture(ids) } else { t.fixture(ids).set(kind.name(), "lock_ttl", "1s") };
    let rt = tidegate::runtime(fixture(&Target::new(kind, &server).await?).config.sandbox.clone(), Some(cache.path().join("host")));
    let reference = {
        let t = Target::new(kind, &server).await?;
        let f = fixture(&t);
        let project = open(&f, &rt).await?;
        let exec = executor(&project, &rt).await?;
        ensure!(exec.apply(None).await?.ok());
        let catalog = exec.catalog().await?;
        t.finish(&f).await?;
        catalog
    };
    let mut kills = 0;
    for seeded in [false, true] {
        for n in 1.. {
            let t = Target::new(kind, &server).await?;
            let f = fixture(&t);
            let project = open(&f, &rt).await?;
            let exec = executor(&project, &rt).await?;
            if seeded {
                ensure!(exec.apply(Some(ids[0])).await?.ok());
                t.seed(&f).await?;
            }
            let toml = f.write_toml();
            let ctx = format!("{} kill after statement {n}{}", kind.name(), if seeded { " with data" } else { "" });
            let killed = run(&["apply"], &toml, cache.path(), &[("TIDEGATE_FAULT", &format!("abort@statement:{n}"))]);
            if killed.status.success() {
                ensure!(n > 1, "{ctx}: no statement ran");
                t.finish(&f).await?;
                break;
            }
            use std::os::unix::process::ExitStatusExt as _;
            ensure!(killed.status.signal() == Some(6), "{ctx}: not killed by the fault point: {:?} {}", killed.status, text(&killed));
            kills += 1;

            let status = exec.status().await?;
            ensure!(status.count(State::Applied) < ids.len(), "{ctx}: everything was applied: the kill was not mid-run");
            // The kill stopped the first migration not applied: caught
            // `running` when it is non-transactional (its start is stored
            // before its work, on its own or with the previous one's end),
            // rolled back when it is transactional. The rest never started.
            let stopped = status.migrations.iter().position(|e| e.state != State::Applied).context("nothing left unapplied")?;
            for (i, e) in status.migrations.iter().enumerate().skip(stopped) {
                let transactional = project.get(&e.id).is_some_and(|m| m.meta.transactional);
                let want = if i == stopped && !transactional { State::Interrupted } else { State::Pending };
                ensure!(e.state == want, "{ctx}: {} is {}, want {want}", e.id, e.state);
            }
            // Recover as an operator would.
            let mut again = run(&["apply"], &toml, cache.path(), &[]);
            if again.status.code() == Some(4) {
                let said = text(&again);
                let id = status.migrations.iter().find(|e| e.state == State::Interrupted).map(|e| e.id.clone()).context("exit 4 without an interrupted migration")?;
                ensure!(said.contains(&format!("tidegate resolve {id} --retry")), "{ctx}: {said}");
                let resolved = run(&["resolve", &id, "--retry"], &toml, cache.path(), &[]);
                ensure!(resolved.status.success(), "{ctx}: {}", text(&resolved));
                again = run(&["apply"], &toml, cache.path(), &[]);
            }
            ensure!(again.status.success(), "{ctx}: recovery failed: {}", text(&again));
            ensure!(exec.status().await?.count(State::Applied) == ids.len(), "{ctx}: not all applied after recovery");
            let catalog = exec.catalog().await?;
            ensure!(catalog == reference, "{ctx}: recovered to another catalog:\n{:#?}", tidegate::diff::diff(&reference, &catalog));
            t.finish(&f).await?;
        }
    }
    eprintln!("{}: {kills} kills at fault points, each mid-run and recovered", kind.name());
    ensure!(kills >= min_kills(kind), "only {kills} fault points on {}; expected at least {}", kind.name(), min_kills(kind));
    Ok(())
}

type Scenario = fn(Kind, String) -> std::pin::Pin<Box<dyn std::future::Future<Output = anyhow::Result<()>>>>;

macro_rules! scenarios {
    ($($f:ident),* $(,)?) => {
        vec![$((stringify!($f), (|k, s| Box::pin($f(k, s))) as Scenario)),*]
    };
}

fn main() {
    let args = libtest_mimic::Arguments::from_args();
    common::require_built();
    common::announce_skips();
    common::drop_stale_databases();
    common::drop_stale_mongo_databases();
    let scenarios: Vec<(&str, Scenario)> = scenarios![
        edited_applied_migration_is_refused,
        concurrent_applies_apply_each_migration_once,
        up_down_up_gives_identical_catalogs,
        health_names_a_broken_invariant,
        lock_is_exclusive_and_a_dead_holders_lock_is_taken_over,
        lock_loss_stops_the_run,
        kills_at_fault_points_recover,
    ];
    let mut trials = Vec::new();
    for (name, scenario) in scenarios {
        for kind in Kind::ALL {
            for (label, server) in kind.servers() {
                trials.push(servers_trial(format!("{name}::{label}"), vec![server], move |urls| async move {
                    let _one_at_a_time = (kind == Kind::Elasticsearch).then(|| SEARCH_ENGINE.lock().unwrap_or_else(|e| e.into_inner()));
                    scenario(kind, urls[0].clone()).await
                }));
            }
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
