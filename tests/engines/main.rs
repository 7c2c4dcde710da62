//! The scenarios every engine shares, written once over an engine fixture
//! and run on PostgreSQL, MongoDB and Elasticsearch/OpenSearch:
//!
//! - an edited applied migration is refused, until its checksum is accepted;
//! - concurrent applies apply each migration once, and release the lock
//!   (the runs provably overlap: one holds the lock, paused, while the
//!   others start);
//! - up, down and up again give identical catalogs;
//! - health names the invariant that broke;
//! - the lock is exclusive, survives its TTL while held, and a dead
//!   holder's lock does not stay;
//! - a lost lock stops the run before the next commit (exit 5), with at
//!   least three migrations on every engine (MongoDB and Elasticsearch get
//!   a third from the test guests);
//! - kills at deterministic fault points (after each guest statement) land
//!   mid-run, leave a consistent history, and recover to the catalog of an
//!   uninterrupted run;
//! - kills inside the host's own writes (before and after each history
//!   write, one entry or several at once, and each commit), kills at
//!   random moments (counted: before the first migration, inside one,
//!   between two, after the last), a killed `down`, and a plan killed
//!   while it makes or drops its shadow: after each, the state is read on
//!   the server and checked (history against catalog, audit entries, the
//!   lock), and the next run converges;
//! - connection faults through a loopback proxy (the work connection cut,
//!   the lock's connection cut, the server stalled past the timeouts) end
//!   with a documented exit code, and the next run completes the work.
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

use anyhow::{Context, bail, ensure};
use common::{
    Fixture, Server, TestDb, clean_search_engine, examples, executor, open, runtime, servers_trial,
};
use elasticsearch::http::Method;
use mongodb::bson::{Document, doc};
use tidegate::ExecError;
use tidegate::error::ErrorKind;
use tidegate::report::{DownTo, Health, Resolution, State};

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

    /// The migrations on this engine alone, in order: the examples, and
    /// for MongoDB and Elasticsearch a third from the test guests, so that
    /// every engine runs at least three.
    fn examples(self) -> &'static [&'static str] {
        match self {
            Kind::Postgres => &[
                "0001_create_users",
                "0002_expand_display_name",
                "0003_backfill_email_lower",
                "0004_contract_full_name",
            ],
            Kind::Mongodb => &[
                "0005_mongo_profiles",
                "0006_mongo_backfill_locale",
                "9019_mongo_notes",
            ],
            Kind::Elasticsearch => &["0007_es_places", "0008_es_places_reindex", "9020_es_notes"],
        }
    }

    /// Those that can be reverted.
    fn reversible(self) -> &'static [&'static str] {
        let all = self.examples();
        if self == Kind::Postgres {
            &all[..3]
        } else {
            all
        }
    }

    /// The key of how long a run waits for another's lock.
    fn lock_wait_key(self) -> &'static str {
        if self == Kind::Postgres {
            "advisory_lock_wait"
        } else {
            "lock_wait"
        }
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
        let mut t = Target {
            kind,
            server: server.to_string(),
            pg: None,
            mongo: None,
        };
        match kind {
            Kind::Postgres => t.pg = Some(TestDb::create(server).await?),
            Kind::Mongodb => t.mongo = Some(common::mongo_db_url(server)),
            Kind::Elasticsearch => clean_search_engine(&t.fixture(&[]).es_target()).await?,
        }
        Ok(t)
    }

    fn fixture(&self, ids: &[&str]) -> Fixture {
        // Test guests have versions from 9000 on.
        let (guest, example): (Vec<&str>, Vec<&str>) =
            ids.iter().partition(|id| id.starts_with('9'));
        let f = Fixture::mixed(
            &[(examples(), &example), (common::guests(), &guest)],
            self.pg.as_ref().map(|d| d.url.as_str()),
        );
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
                sqlx::query_scalar::<_, i64>(
                    "SELECT count(*) FROM tidegate_migrations_audit WHERE event = $1",
                )
                .bind(event)
                .fetch_one(&mut c)
                .await? as u64
            }
            Kind::Mongodb => {
                let t = f.mongo_target().await?;
                t.database()
                    .collection::<Document>("tidegate_migrations_audit")
                    .count_documents(doc! { "event": event })
                    .await?
            }
            Kind::Elasticsearch => {
                let body = serde_json::json!({ "query": { "term": { "event.keyword": event } } });
                let a = f
                    .es_target()
                    .call(
                        Method::Post,
                        "/tidegate-migrations-audit/_count",
                        &[],
                        Some(body),
                        &[404],
                        "test",
                    )
                    .await?;
                a.json()["count"].as_u64().unwrap_or(0)
            }
        })
    }

    /// Break an invariant an example declared; returns the failing check.
    async fn break_invariant(&self, f: &Fixture) -> anyhow::Result<&'static str> {
        Ok(match self.kind {
            Kind::Postgres => {
                let mut c = self.pg.as_ref().expect("a database").connect().await?;
                sqlx::raw_sql("INSERT INTO users (email, full_name) VALUES ('a@b.c', 'A')")
                    .execute(&mut c)
                    .await?;
                "0003_backfill_email_lower: users.email_lower is backfilled"
            }
            Kind::Mongodb => {
                let t = f.mongo_target().await?;
                t.database()
                    .run_command(doc! { "collMod": "profiles", "validationLevel": "off" })
                    .await?;
                t.database()
                    .collection::<Document>("profiles")
                    .insert_one(doc! { "email": "x@y" })
                    .await?;
                "0006_mongo_backfill_locale: every profile has a locale"
            }
            Kind::Elasticsearch => {
                let back = serde_json::json!({ "actions": [{ "remove": { "index": "places_v2", "alias": "places" } }, { "add": { "index": "places_v1", "alias": "places" } }] });
                f.es_target()
                    .call(Method::Post, "/_aliases", &[], Some(back), &[], "test")
                    .await?;
                "0008_es_places_reindex: alias places points at places_v2"
            }
        })
    }

    /// Take the migration lock away from the run holding it: end its
    /// PostgreSQL session, or take its lease over.
    async fn steal_lock(&self, f: &Fixture) -> anyhow::Result<()> {
        match self.kind {
            Kind::Postgres => {
                let key = tidegate::engine::postgres::history::History::new("tidegate_migrations")?
                    .lock_key();
                let mut c = self.pg.as_ref().expect("a database").connect().await?;
                let ended: Vec<bool> = sqlx::query_scalar(
                    "SELECT pg_terminate_backend(l.pid) FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted
                       AND ((l.classid::bigint << 32) | l.objid::bigint) = $1
                       AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
                )
                .bind(key)
                .fetch_all(&mut c)
                .await?;
                ensure!(
                    ended == [true],
                    "the lock's backend was not found or not ended: {ended:?}"
                );
            }
            Kind::Mongodb => {
                let t = f.mongo_target().await?;
                let far = mongodb::bson::DateTime::from_millis(
                    mongodb::bson::DateTime::now().timestamp_millis() + 86_400_000,
                );
                let r = t
                    .database()
                    .collection::<Document>("tidegate_migrations_lock")
                    .update_one(
                        doc! { "_id": "lock" },
                        doc! { "$set": { "owner": "thief", "expires": far } },
                    )
                    .await?;
                ensure!(r.matched_count == 1, "no lease to take over");
            }
            Kind::Elasticsearch => {
                let es = f.es_target();
                let stolen = serde_json::json!({ "owner": "thief", "acquired_at": 0, "expires_at": i64::MAX / 2 });
                es.call(
                    Method::Put,
                    "/tidegate-migrations-lock/_doc/lock",
                    &[("refresh", "true")],
                    Some(stolen),
                    &[],
                    "test",
                )
                .await?;
            }
        }
        Ok(())
    }

    /// Data for the second migration to work through in batches, once the
    /// first is applied.
    async fn seed(&self, f: &Fixture) -> anyhow::Result<()> {
        self.seed_scaled(f, 1.0).await
    }

    /// [`Target::seed`] with `scale` times as many documents: the fault
    /// scenarios that kill a run anywhere need a backfill of two batches,
    /// not of many (the MongoDB stand-in takes seconds per batch).
    async fn seed_scaled(&self, f: &Fixture, scale: f64) -> anyhow::Result<()> {
        let n = |full: usize| (full as f64 * scale).ceil() as usize;
        match self.kind {
            Kind::Postgres => {
                let mut c = self.pg.as_ref().expect("a database").connect().await?;
                let sql = format!(
                    "INSERT INTO users (email, full_name) SELECT 'U' || g || '@x.io', 'u' FROM generate_series(1, {}) g",
                    n(6000)
                );
                sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
                    .execute(&mut c)
                    .await?;
            }
            Kind::Mongodb => {
                let t = f.mongo_target().await?;
                let now = mongodb::bson::DateTime::now();
                let docs: Vec<Document> = (0..n(1200))
                    .map(|i| doc! { "email": format!("u{i}@x.io"), "created_at": now })
                    .collect();
                t.database()
                    .collection::<Document>("profiles")
                    .insert_many(docs)
                    .await?;
            }
            Kind::Elasticsearch => {
                let mut bulk = String::new();
                for i in 0..n(200) {
                    bulk.push_str(&format!("{{\"index\":{{\"_index\":\"places\",\"_id\":\"{i}\"}}}}\n{{\"name\":\"Place {i}\",\"country\":\"CH\"}}\n"));
                }
                let a = f
                    .es_target()
                    .send(
                        Method::Post,
                        "/_bulk",
                        &[("refresh".into(), "true".into())],
                        Some(bulk),
                    )
                    .await?;
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
                let key = tidegate::engine::postgres::history::History::new("tidegate_migrations")?
                    .lock_key();
                let mut c = self.pg.as_ref().expect("a database").connect().await?;
                sqlx::query("SELECT pg_advisory_lock($1)")
                    .bind(key)
                    .execute(&mut c)
                    .await?;
                drop(c);
            }
            Kind::Mongodb => {
                let t = f.mongo_target().await?;
                let lease = doc! { "_id": "lock", "owner": "dead run", "expires": mongodb::bson::DateTime::from_millis(0) };
                t.database()
                    .collection::<Document>("tidegate_migrations_lock")
                    .insert_one(lease)
                    .await?;
            }
            Kind::Elasticsearch => {
                let dead =
                    serde_json::json!({ "owner": "dead run", "acquired_at": 0, "expires_at": 1 });
                f.es_target()
                    .call(
                        Method::Put,
                        "/tidegate-migrations-lock/_doc/lock",
                        &[("refresh", "true")],
                        Some(dead),
                        &[],
                        "test",
                    )
                    .await?;
            }
        }
        Ok(())
    }

    /// Whether no run holds the lock.
    async fn lock_free(&self, f: &Fixture) -> anyhow::Result<bool> {
        Ok(match self.kind {
            Kind::Postgres => {
                let key = tidegate::engine::postgres::history::History::new("tidegate_migrations")?
                    .lock_key();
                let mut c = self.pg.as_ref().expect("a database").connect().await?;
                let held: i64 = sqlx::query_scalar(
                    "SELECT count(*) FROM pg_locks l WHERE l.locktype = 'advisory' AND ((l.classid::bigint << 32) | l.objid::bigint) = $1
                       AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
                )
                .bind(key)
                .fetch_one(&mut c)
                .await?;
                held == 0
            }
            Kind::Mongodb => {
                f.mongo_target()
                    .await?
                    .database()
                    .collection::<Document>("tidegate_migrations_lock")
                    .count_documents(doc! {})
                    .await?
                    == 0
            }
            Kind::Elasticsearch => {
                f.es_target()
                    .call(
                        Method::Get,
                        "/tidegate-migrations-lock/_doc/lock",
                        &[],
                        None,
                        &[404],
                        "test",
                    )
                    .await?
                    .status
                    == 404
            }
        })
    }

    /// History rows as stored: (id, status).
    async fn rows(&self, f: &Fixture) -> anyhow::Result<Vec<(String, String)>> {
        self.read_store(f, "", "status").await
    }

    /// Audit entries as stored: (id, event).
    async fn events(&self, f: &Fixture) -> anyhow::Result<Vec<(String, String)>> {
        self.read_store(f, "_audit", "event").await
    }

    /// (id, `field`) of every entry of the history store (`suffix` ""),
    /// or of the audit store (`_audit`), read directly.
    async fn read_store(
        &self,
        f: &Fixture,
        suffix: &str,
        field: &str,
    ) -> anyhow::Result<Vec<(String, String)>> {
        Ok(match self.kind {
            Kind::Postgres => {
                let mut c = self.pg.as_ref().expect("a database").connect().await?;
                let sql = format!("SELECT id, {field} FROM tidegate_migrations{suffix}");
                match sqlx::query_as(sqlx::AssertSqlSafe(sql))
                    .fetch_all(&mut c)
                    .await
                {
                    Ok(rows) => rows,
                    // Not created yet.
                    Err(sqlx::Error::Database(e)) if e.code().as_deref() == Some("42P01") => {
                        Vec::new()
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            Kind::Mongodb => {
                use futures_util::TryStreamExt;
                let t = f.mongo_target().await?;
                let docs: Vec<Document> = t
                    .database()
                    .collection::<Document>(&format!("tidegate_migrations{suffix}"))
                    .find(doc! {})
                    .await?
                    .try_collect()
                    .await?;
                docs.iter()
                    .map(|d| {
                        (
                            d.get_str("id").unwrap_or("?").to_string(),
                            d.get_str(field).unwrap_or("?").to_string(),
                        )
                    })
                    .collect()
            }
            Kind::Elasticsearch => {
                let es = f.es_target();
                let index = format!("tidegate-migrations{}", suffix.replace('_', "-"));
                es.call(
                    Method::Post,
                    &format!("/{index}/_refresh"),
                    &[],
                    None,
                    &[404],
                    "test",
                )
                .await?;
                let a = es
                    .call(
                        Method::Post,
                        &format!("/{index}/_search"),
                        &[],
                        Some(serde_json::json!({ "size": 10000 })),
                        &[404],
                        "test",
                    )
                    .await?;
                let hits = a.json()["hits"]["hits"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                hits.iter()
                    .map(|h| {
                        (
                            h["_source"]["id"].as_str().unwrap_or("?").to_string(),
                            h["_source"][field].as_str().unwrap_or("?").to_string(),
                        )
                    })
                    .collect()
            }
        })
    }

    /// When the stored lease expires (ms since the epoch); PostgreSQL's
    /// lock is no lease.
    async fn lease_expiry(&self, f: &Fixture) -> anyhow::Result<Option<i64>> {
        Ok(match self.kind {
            Kind::Postgres => None,
            Kind::Mongodb => {
                let t = f.mongo_target().await?;
                let lease = t
                    .database()
                    .collection::<Document>("tidegate_migrations_lock")
                    .find_one(doc! { "_id": "lock" })
                    .await?;
                lease.and_then(|d| d.get_datetime("expires").ok().map(|t| t.timestamp_millis()))
            }
            Kind::Elasticsearch => {
                let a = f
                    .es_target()
                    .call(
                        Method::Get,
                        "/tidegate-migrations-lock/_doc/lock",
                        &[],
                        None,
                        &[404],
                        "test",
                    )
                    .await?;
                a.json()["_source"]["expires_at"].as_i64()
            }
        })
    }

    /// The shadows a plan made on this target, read directly: shadow
    /// databases and collections (MongoDB), shadow indices and templates
    /// (Elasticsearch). PostgreSQL's dry run is a transaction: none.
    async fn shadows(&self, f: &Fixture) -> anyhow::Result<Vec<String>> {
        Ok(match self.kind {
            Kind::Postgres => Vec::new(),
            Kind::Mongodb => {
                let t = f.mongo_target().await?;
                let own = format!("{}_tgshadow_", t.database_name());
                let mut out: Vec<String> = t
                    .client()
                    .list_database_names()
                    .await?
                    .into_iter()
                    .filter(|d| d.starts_with(&own))
                    .collect();
                out.extend(
                    t.database()
                        .list_collection_names()
                        .await?
                        .into_iter()
                        .filter(|c| c.starts_with("tgshadow_")),
                );
                out
            }
            Kind::Elasticsearch => {
                let es = f.es_target();
                let q = [
                    ("expand_wildcards", "all"),
                    ("ignore_unavailable", "true"),
                    ("allow_no_indices", "true"),
                ];
                let a = es
                    .call(Method::Get, "/tgshadow-*", &q, None, &[404], "test")
                    .await?;
                let mut out: Vec<String> = a
                    .json()
                    .as_object()
                    .map(|o| o.keys().cloned().collect())
                    .unwrap_or_default();
                for api in ["_index_template", "_component_template"] {
                    let t = es
                        .call(
                            Method::Get,
                            &format!("/{api}/tgshadow-*"),
                            &[],
                            None,
                            &[404],
                            "test",
                        )
                        .await?
                        .json();
                    for key in ["index_templates", "component_templates"] {
                        out.extend(
                            t[key]
                                .as_array()
                                .into_iter()
                                .flatten()
                                .filter_map(|x| x["name"].as_str().map(str::to_string)),
                        );
                    }
                }
                out
            }
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
    cmd.args(args)
        .arg("--config")
        .arg(toml)
        .env_remove("TIDEGATE_POSTGRES_URL")
        .env("TIDEGATE_CACHE_DIR", cache);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("runs tidegate")
}

/// Start `tidegate <args>` with the fault `fault` (a `pause@…`), and wait
/// until it stands paused there; its output is piped.
async fn paused(
    args: &[&str],
    toml: &Path,
    cache: &Path,
    fault: &str,
    dir: &Path,
) -> anyhow::Result<std::process::Child> {
    std::fs::create_dir_all(dir)?;
    let mut child = Command::new(env!("CARGO_BIN_EXE_tidegate"))
        .args(args)
        .arg("--config")
        .arg(toml)
        .env_remove("TIDEGATE_POSTGRES_URL")
        .env("TIDEGATE_CACHE_DIR", cache)
        .env("TIDEGATE_FAULT", fault)
        .env("TIDEGATE_FAULT_DIR", dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    let start = Instant::now();
    while !dir.join("paused").exists() {
        if let Some(status) = child.try_wait()? {
            bail!(
                "tidegate {} ended ({status}) before it reached {fault}",
                args.join(" ")
            );
        }
        ensure!(
            start.elapsed() < Duration::from_secs(60),
            "tidegate {} never reached {fault}",
            args.join(" ")
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Ok(child)
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

async fn edited_applied_migration_is_refused(kind: Kind, server: String) -> anyhow::Result<()> {
    let t = Target::new(kind, &server).await?;
    let first = kind.examples()[0];
    let f = t.fixture(&[first]);
    let src = f.own_sources(0, &format!("modules/{first}"));
    let rt = runtime(&f);
    ensure!(
        executor(&open(&f, &rt).await?, &rt)
            .await?
            .apply(None)
            .await?
            .ok()
    );

    // Edited without rebuilding: verification catches it.
    common::edit_sources(&src);
    match tidegate::project::Project::open(f.config.clone(), &rt).await {
        Err(tidegate::project::ProjectError::Verify(p)) => {
            ensure!(p[0].message.contains("were edited"), "{p:?}")
        }
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
    ensure!(
        code == 4 && err.contains("changed since they were applied"),
        "exit {code}: {err}"
    );

    // A cosmetic edit can be accepted, on the record.
    exec.resolve(first, Resolution::AcceptChecksum).await?;
    ensure!(exec.status().await?.migrations[0].state == State::Applied);
    ensure!(t.audit(&f, "resolved-checksum").await? == 1);
    t.finish(&f).await
}

async fn concurrent_applies_apply_each_migration_once(
    kind: Kind,
    server: String,
) -> anyhow::Result<()> {
    let t = Target::new(kind, &server).await?;
    let ids = kind.examples();
    let f = t.fixture(ids);
    let toml = f.write_toml();
    let cache = f.dir.path().join("cache");
    // One cold compile first, so that the runs start together.
    let warm = run(&["verify"], &toml, &cache, &[]);
    ensure!(warm.status.success(), "{}", text(&warm));
    // The first run holds the lock, paused at its first statement, while
    // the two others start: they overlap it, and must wait.
    let faults = f.dir.path().join("faults");
    let first = paused(
        &["apply", "--format", "json"],
        &toml,
        &cache,
        "pause@statement:1",
        &faults,
    )
    .await?;
    let others: Vec<_> = (0..2)
        .map(|_| {
            let (toml, cache) = (toml.clone(), cache.clone());
            std::thread::spawn(move || run(&["apply", "--format", "json"], &toml, &cache, &[]))
        })
        .collect();
    tokio::time::sleep(Duration::from_secs(1)).await;
    ensure!(
        others.iter().all(|o| !o.is_finished()),
        "a run finished while another held the lock"
    );
    std::fs::write(faults.join("resume"), "")?;
    let mut outputs = vec![first.wait_with_output()?];
    for o in others {
        outputs.push(o.join().unwrap());
    }
    let mut ran = 0;
    for out in outputs {
        ensure!(out.status.success(), "{}", text(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout)?;
        ran += v["migrations"].as_array().map_or(0, Vec::len);
    }
    ensure!(
        ran == ids.len(),
        "{ran} migration runs across three concurrent applies of {}",
        ids.len()
    );
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
    ensure!(
        last.ok() && last.migrations.len() == 1 && last.migrations[0].id == *ids.last().unwrap(),
        "{:?}",
        last.error
    );
    let down = exec.down(&DownTo::All).await?;
    ensure!(down.ok(), "{:?}", down.error);
    let reverted: Vec<&str> = down.migrations.iter().map(|m| m.id.as_str()).collect();
    let expected: Vec<&str> = ids[..ids.len() - 1].iter().rev().copied().collect();
    ensure!(reverted == expected, "{reverted:?}");
    let now = exec.catalog().await?;
    ensure!(
        now == empty,
        "down did not restore the catalog:\n{:#?}",
        tidegate::diff::diff(&empty, &now)
    );
    ensure!(
        exec.status().await?.count(State::Pending) == ids.len(),
        "history rows survived the revert"
    );
    ensure!(t.audit(&f, "reverted").await? == ids.len() as u64);

    ensure!(exec.apply(None).await?.ok());
    let again = exec.catalog().await?;
    ensure!(
        again == up,
        "up/down/up differs:\n{:#?}",
        tidegate::diff::diff(&up, &again)
    );

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
    ensure!(
        pending.status == Health::Warn,
        "pending migrations warn: {:#?}",
        pending.checks
    );
    ensure!(exec.apply(None).await?.ok());
    let healthy = exec.health().await;
    ensure!(healthy.status != Health::Fail, "{:#?}", healthy.checks);
    let invariants: Vec<&str> = healthy
        .checks
        .iter()
        .filter(|c| c.name.starts_with('0'))
        .map(|c| c.name.as_str())
        .collect();
    ensure!(!invariants.is_empty(), "no invariant ran");

    let failing = t.break_invariant(&f).await?;
    ensure!(
        invariants.contains(&failing),
        "{failing} is not among {invariants:?}"
    );
    let broken = exec.health().await;
    let failed: Vec<&str> = broken
        .checks
        .iter()
        .filter(|c| c.status == Health::Fail)
        .map(|c| c.name.as_str())
        .collect();
    ensure!(
        broken.status == Health::Fail && failed == [failing],
        "{failed:?}"
    );
    let (code, json, err) = common::cli(&["health", "--format", "json"], &f.write_toml());
    ensure!(code == 1, "exit {code}: {err}");
    let v: serde_json::Value = serde_json::from_str(&json)?;
    let cli_failed: Vec<&str> = v["checks"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|c| c["status"] == "fail")
        .filter_map(|c| c["name"].as_str())
        .collect();
    ensure!(cli_failed == [failing], "{json}");
    let (code, md, _) = common::cli(&["health", "--format", "markdown"], &f.write_toml());
    ensure!(
        code == 1 && md.contains("❌ Tidegate health"),
        "exit {code}: {md}"
    );
    t.finish(&f).await
}

async fn lock_is_exclusive_and_a_dead_holders_lock_is_taken_over(
    kind: Kind,
    server: String,
) -> anyhow::Result<()> {
    let t = Target::new(kind, &server).await?;
    let mut f = t
        .fixture(kind.examples())
        .set(kind.name(), kind.lock_wait_key(), "300ms");
    if kind != Kind::Postgres {
        f = f.set(kind.name(), "lock_ttl", "2s");
    }
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    let engine = exec.engines()[0].clone();

    let mut held = engine.lock().await?;
    match engine.lock().await {
        Err(e) => ensure!(
            e.kind() == ErrorKind::Busy
                && e.to_string().contains("another tidegate run holds")
                && e.to_string().contains("pid"),
            "{e}"
        ),
        Ok(_) => bail!("two runs hold the lock"),
    }
    match exec.apply(None).await {
        Err(ExecError::Engine(e)) => ensure!(e.kind() == ErrorKind::Busy, "{e}"),
        other => bail!("apply under another run's lock: ok={}", other.is_ok()),
    }
    // Held past a lease's lifetime: renewal keeps it.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    held.fence().await.context("the holder still holds it")?;
    ensure!(
        engine
            .lock()
            .await
            .is_err_and(|e| e.kind() == ErrorKind::Busy),
        "the held lock went stale"
    );
    held.release().await?;
    ensure!(t.lock_free(&f).await?);

    // A run that died holding it does not keep it.
    t.plant_dead_holder(&f).await?;
    let start = Instant::now();
    engine
        .lock()
        .await
        .context("a dead holder's lock is taken over")?
        .release()
        .await?;
    ensure!(
        start.elapsed() < Duration::from_secs(2),
        "took {:?}",
        start.elapsed()
    );
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
    let child = paused(
        &["apply"],
        &f.write_toml(),
        &f.dir.path().join("cache"),
        &format!("pause@fence:{}", ids[1]),
        &faults,
    )
    .await?;
    t.steal_lock(&f).await?;
    std::fs::write(faults.join("resume"), "")?;
    let out = child.wait_with_output()?;
    let said = text(&out);
    ensure!(
        out.status.code() == Some(5),
        "exit {:?}: {said}",
        out.status.code()
    );
    ensure!(
        said.contains(&format!("lost the {} migration lock", kind.name())),
        "{said}"
    );

    let status = exec.status().await?;
    let state = |id: &str| {
        status
            .migrations
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.state)
    };
    ensure!(state(ids[0]) == Some(State::Applied));
    let second = project.get(ids[1]).context("in the project")?;
    if second.meta.transactional {
        ensure!(state(ids[1]) == Some(State::Pending), "{:?}", state(ids[1]));
        let now = exec.catalog().await?;
        ensure!(
            now == after_first,
            "{} committed after the lock was lost:\n{:#?}",
            ids[1],
            tidegate::diff::diff(&after_first, &now)
        );
    } else {
        // It ran, but is not recorded applied: the next run settles it.
        ensure!(
            state(ids[1]) == Some(State::Interrupted),
            "{:?}",
            state(ids[1])
        );
    }
    for id in &ids[2..] {
        ensure!(
            state(id) == Some(State::Pending),
            "{id} ran after the lock was lost"
        );
    }
    t.finish(&f).await
}

/// The catalog after each prefix of `ids` (`[k]`: the first `k` applied),
/// from uninterrupted applies on a fresh target.
async fn catalogs(
    kind: Kind,
    server: &str,
    ids: &[&str],
    fixture: &dyn Fn(&Target) -> Fixture,
    rt: &tidegate::Runtime,
) -> anyhow::Result<Vec<tidegate::diff::Snapshot>> {
    let t = Target::new(kind, server).await?;
    let f = fixture(&t);
    let project = open(&f, rt).await?;
    let exec = executor(&project, rt).await?;
    let mut out = vec![exec.catalog().await?];
    for id in ids {
        ensure!(exec.apply(Some(id)).await?.ok());
        out.push(exec.catalog().await?);
    }
    t.finish(&f).await?;
    Ok(out)
}

/// Where a kill left the target.
struct Landed {
    /// How many of the migrations are recorded applied (a prefix).
    applied: usize,
    /// The one recorded running, when the kill caught a non-transactional
    /// migration (or a revert) mid-way.
    running: Option<String>,
}

/// Read the state a killed run left directly on the server (history,
/// audit, catalog, lock; not through `status`) and check it: the rows
/// recorded applied are a prefix of `ids`, at most the next one is
/// recorded running, and nothing is recorded failed; with nothing running
/// the catalog is exactly that of the applied prefix (a transactional
/// migration is all there or not at all); each applied migration has one
/// `applied` audit entry and the others none; every `started` entry has
/// its end, except the running migration's; and no lock outlives the
/// killed process (PostgreSQL: no backend holds the advisory key;
/// MongoDB and Elasticsearch: the lease expires within its TTL).
async fn check_after_kill(
    t: &Target,
    f: &Fixture,
    exec: &tidegate::Executor<'_>,
    ids: &[&str],
    catalogs: &[tidegate::diff::Snapshot],
    ttl: Duration,
    ctx: &str,
) -> anyhow::Result<Landed> {
    let rows = t.rows(f).await?;
    let status = |id: &str| rows.iter().find(|r| r.0 == id).map(|r| r.1.as_str());
    ensure!(
        rows.iter()
            .all(|r| ids.contains(&r.0.as_str()) && matches!(r.1.as_str(), "applied" | "running")),
        "{ctx}: rows {rows:?}"
    );
    let applied = ids
        .iter()
        .take_while(|id| status(id) == Some("applied"))
        .count();
    let running = ids
        .get(applied)
        .filter(|id| status(id) == Some("running"))
        .map(|id| id.to_string());
    let recorded = applied + usize::from(running.is_some());
    ensure!(
        rows.len() == recorded,
        "{ctx}: the recorded rows are not a prefix of {ids:?}: {rows:?}"
    );
    if running.is_none() {
        let catalog = exec.catalog().await?;
        ensure!(
            catalog == catalogs[applied],
            "{ctx}: {applied} applied but the catalog differs:\n{:#?}",
            tidegate::diff::diff(&catalogs[applied], &catalog)
        );
    }
    let events = t.events(f).await?;
    let count = |id: &str, event: &str| events.iter().filter(|e| e.0 == id && e.1 == event).count();
    for (i, id) in ids.iter().enumerate() {
        let want = usize::from(i < applied);
        ensure!(
            count(id, "applied") == want,
            "{ctx}: {id} has {} `applied` entries, want {want}: {events:?}",
            count(id, "applied")
        );
        let ended = count(id, "applied") + count(id, "failed");
        let open = count(id, "started").saturating_sub(ended);
        let want_open = usize::from(running.as_deref() == Some(*id));
        ensure!(
            open == want_open,
            "{ctx}: {id} has {open} `started` entries without an end, want {want_open}: {events:?}"
        );
    }
    match t.kind {
        Kind::Postgres => {
            let start = Instant::now();
            while !t.lock_free(f).await? {
                ensure!(
                    start.elapsed() < Duration::from_secs(5),
                    "{ctx}: the killed run's advisory lock outlived it"
                );
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
        _ => {
            if let Some(expires) = t.lease_expiry(f).await? {
                let now = epoch_ms() as i64;
                ensure!(
                    expires <= now + ttl.as_millis() as i64 + 1000,
                    "{ctx}: the killed run's lease expires in {} ms, beyond its TTL",
                    expires - now
                );
            }
        }
    }
    Ok(Landed { applied, running })
}

/// Recover as an operator would (`apply`; `resolve --retry` and `apply`
/// when exit 4 asks for it) and check the target converged: everything
/// applied, each once, to the catalog of an uninterrupted run. The
/// operator runs with `f`'s configuration.
async fn recover(
    t: &Target,
    f: &Fixture,
    exec: &tidegate::Executor<'_>,
    cache: &Path,
    ids: &[&str],
    reference: &tidegate::diff::Snapshot,
    ctx: &str,
) -> anyhow::Result<()> {
    let toml = &f.write_toml();
    let mut again = run(&["apply"], toml, cache, &[]);
    // An operation the killed run left running on the server may still
    // race the first apply (MongoDB keeps a killed client's updateMany
    // going), which then fails: an operator runs it again, resolving a
    // failed migration when asked.
    for _ in 0..3 {
        match again.status.code() {
            Some(4) => {
                let said = text(&again);
                let id = ids
                    .iter()
                    .find(|id| said.contains(&format!("tidegate resolve {id} --retry")))
                    .with_context(|| {
                        format!("{ctx}: exit 4 without naming a migration to resolve: {said}")
                    })?;
                let resolved = run(&["resolve", id, "--retry"], toml, cache, &[]);
                ensure!(resolved.status.success(), "{ctx}: {}", text(&resolved));
            }
            // A failed migration, or a server still out of reach.
            Some(1 | 6) => tokio::time::sleep(Duration::from_secs(1)).await,
            _ => break,
        }
        again = run(&["apply"], toml, cache, &[]);
    }
    ensure!(
        again.status.success(),
        "{ctx}: recovery failed: {}",
        text(&again)
    );
    let rows = t.rows(f).await?;
    ensure!(
        rows.len() == ids.len() && rows.iter().all(|r| r.1 == "applied"),
        "{ctx}: after recovery {rows:?}"
    );
    let events = t.events(f).await?;
    for id in ids {
        let applied = events
            .iter()
            .filter(|e| e.0 == *id && e.1 == "applied")
            .count();
        ensure!(applied == 1, "{ctx}: {id} was applied {applied} times");
    }
    let catalog = exec.catalog().await?;
    ensure!(
        catalog == *reference,
        "{ctx}: recovered to another catalog:\n{:#?}",
        tidegate::diff::diff(reference, &catalog)
    );
    Ok(())
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
    let fixture = |t: &Target| {
        if kind == Kind::Postgres {
            t.fixture(ids)
        } else {
            t.fixture(ids).set(kind.name(), "lock_ttl", "2s")
        }
    };
    let rt = tidegate::runtime(
        fixture(&Target::new(kind, &server).await?)
            .config
            .sandbox
            .clone(),
        Some(cache.path().join("host")),
    );
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
            let ctx = format!(
                "{} kill after statement {n}{}",
                kind.name(),
                if seeded { " with data" } else { "" }
            );
            let killed = run(
                &["apply"],
                &toml,
                cache.path(),
                &[("TIDEGATE_FAULT", &format!("abort@statement:{n}"))],
            );
            if killed.status.success() {
                ensure!(n > 1, "{ctx}: no statement ran");
                t.finish(&f).await?;
                break;
            }
            use std::os::unix::process::ExitStatusExt as _;
            ensure!(
                killed.status.signal() == Some(6),
                "{ctx}: not killed by the fault point: {:?} {}",
                killed.status,
                text(&killed)
            );
            kills += 1;

            let status = exec.status().await?;
            ensure!(
                status.count(State::Applied) < ids.len(),
                "{ctx}: everything was applied: the kill was not mid-run"
            );
            // The kill stopped the first migration not applied: caught
            // `running` when it is non-transactional (its start is stored
            // before its work, on its own or with the previous one's end),
            // rolled back when it is transactional. The rest never started.
            let stopped = status
                .migrations
                .iter()
                .position(|e| e.state != State::Applied)
                .context("nothing left unapplied")?;
            for (i, e) in status.migrations.iter().enumerate().skip(stopped) {
                let transactional = project.get(&e.id).is_some_and(|m| m.meta.transactional);
                let want = if i == stopped && !transactional {
                    State::Interrupted
                } else {
                    State::Pending
                };
                ensure!(
                    e.state == want,
                    "{ctx}: {} is {}, want {want}",
                    e.id,
                    e.state
                );
            }
            // Recover as an operator would.
            let mut again = run(&["apply"], &toml, cache.path(), &[]);
            if again.status.code() == Some(4) {
                let said = text(&again);
                let id = status
                    .migrations
                    .iter()
                    .find(|e| e.state == State::Interrupted)
                    .map(|e| e.id.clone())
                    .context("exit 4 without an interrupted migration")?;
                ensure!(
                    said.contains(&format!("tidegate resolve {id} --retry")),
                    "{ctx}: {said}"
                );
                let resolved = run(&["resolve", &id, "--retry"], &toml, cache.path(), &[]);
                ensure!(resolved.status.success(), "{ctx}: {}", text(&resolved));
                again = run(&["apply"], &toml, cache.path(), &[]);
            }
            ensure!(
                again.status.success(),
                "{ctx}: recovery failed: {}",
                text(&again)
            );
            ensure!(
                exec.status().await?.count(State::Applied) == ids.len(),
                "{ctx}: not all applied after recovery"
            );
            let catalog = exec.catalog().await?;
            ensure!(
                catalog == reference,
                "{ctx}: recovered to another catalog:\n{:#?}",
                tidegate::diff::diff(&reference, &catalog)
            );
            t.finish(&f).await?;
        }
    }
    eprintln!(
        "{}: {kills} kills at fault points, each mid-run and recovered",
        kind.name()
    );
    ensure!(
        kills >= min_kills(kind),
        "only {kills} fault points on {}; expected at least {}",
        kind.name(),
        min_kills(kind)
    );
    Ok(())
}

/// A target of `kind` for the fault scenarios: the lease's TTL short, so
/// that the next run takes a killed run's lease over quickly.
fn fault_fixture(kind: Kind, ids: &'static [&'static str]) -> impl Fn(&Target) -> Fixture {
    move |t: &Target| {
        if kind == Kind::Postgres {
            t.fixture(ids)
        } else {
            t.fixture(ids).set(kind.name(), "lock_ttl", "2s")
        }
    }
}

/// A fresh target with the first migration applied and data for the next
/// ones to work through.
async fn seeded(
    kind: Kind,
    server: &str,
    fixture: &dyn Fn(&Target) -> Fixture,
    rt: &tidegate::Runtime,
    first: &str,
) -> anyhow::Result<(Target, Fixture)> {
    let t = Target::new(kind, server).await?;
    let f = fixture(&t);
    let project = open(&f, rt).await?;
    ensure!(executor(&project, rt).await?.apply(Some(first)).await?.ok());
    t.seed_scaled(&f, 0.5).await?;
    Ok((t, f))
}

/// The runtime of the fault scenarios: a small sandbox, and precompiled
/// components cached under `cache`.
fn fault_runtime(cache: &Path) -> tidegate::Runtime {
    tidegate::runtime(
        tidegate::config::SandboxConfig {
            memory_limit: 64 << 20,
            guest_timeout: Duration::from_secs(3),
        },
        Some(cache.join("host")),
    )
}

/// Kill `tidegate apply` inside the host's own writes: right before and
/// right after each history write (one entry, or a migration's end with
/// the next one's start at once) and each commit, on every engine. After
/// each kill the state read on the server is consistent, and the next run
/// converges.
async fn kills_in_the_hosts_own_writes_converge(kind: Kind, server: String) -> anyhow::Result<()> {
    let ids = kind.examples();
    let cache = tempfile::tempdir()?;
    let fixture = fault_fixture(kind, ids);
    let rt = fault_runtime(cache.path());
    let catalogs = catalogs(kind, &server, ids, &fixture, &rt).await?;
    let mut kills = std::collections::BTreeMap::new();
    for point in ["history", "history-written", "commit", "committed"] {
        for n in 1.. {
            let (t, f) = seeded(kind, &server, &fixture, &rt, ids[0]).await?;
            let project = open(&f, &rt).await?;
            let exec = executor(&project, &rt).await?;
            let toml = f.write_toml();
            let ctx = format!("{} kill at {point} {n}", kind.name());
            let killed = run(
                &["apply"],
                &toml,
                cache.path(),
                &[("TIDEGATE_FAULT", &format!("abort@{point}:{n}"))],
            );
            if killed.status.success() {
                t.finish(&f).await?;
                break;
            }
            use std::os::unix::process::ExitStatusExt as _;
            ensure!(
                killed.status.signal() == Some(6),
                "{ctx}: not killed by the fault point: {:?} {}",
                killed.status,
                text(&killed)
            );
            *kills.entry(point).or_insert(0) += 1;
            check_after_kill(&t, &f, &exec, ids, &catalogs, Duration::from_secs(2), &ctx).await?;
            recover(&t, &f, &exec, cache.path(), ids, &catalogs[ids.len()], &ctx).await?;
            t.finish(&f).await?;
        }
    }
    eprintln!("{}: kills in the host's own writes: {kills:?}", kind.name());
    let at = |p: &str| kills.get(p).copied().unwrap_or(0);
    ensure!(
        at("history") >= 3 && at("history-written") >= 3,
        "{}: too few kills in history writes: {kills:?}",
        kind.name()
    );
    if kind == Kind::Postgres {
        ensure!(
            at("commit") >= 2 && at("committed") >= 2,
            "too few kills at commits: {kills:?}"
        );
    }
    Ok(())
}

/// A plan killed while it copies the catalog into its shadow, or while
/// it drops it, leaves a shadow behind (read on the server); the next
/// plan drops it and leaves none of its own. PostgreSQL's dry run is one
/// transaction: a killed plan leaves nothing.
async fn a_killed_plans_shadow_is_dropped_by_the_next_plan(
    kind: Kind,
    server: String,
) -> anyhow::Result<()> {
    let ids = kind.examples();
    let modes: &[&str] = if kind == Kind::Mongodb {
        &["database", "collections"]
    } else {
        &[""]
    };
    let points: &[&str] = if kind == Kind::Postgres {
        &["statement"]
    } else {
        &["shadow-copy", "shadow-drop"]
    };
    for mode in modes {
        for point in points {
            let t = Target::new(kind, &server).await?;
            let f = if mode.is_empty() {
                t.fixture(ids)
            } else {
                t.fixture(ids).set(kind.name(), "shadow", mode)
            };
            let rt = runtime(&f);
            let project = open(&f, &rt).await?;
            let exec = executor(&project, &rt).await?;
            ensure!(exec.apply(Some(ids[0])).await?.ok());
            let before = exec.catalog().await?;
            let toml = f.write_toml();
            let cache = f.dir.path().join("cache");
            let ctx = format!("{} plan killed at {point} {mode}", kind.name());
            let killed = run(
                &["plan"],
                &toml,
                &cache,
                &[("TIDEGATE_FAULT", &format!("abort@{point}:1"))],
            );
            use std::os::unix::process::ExitStatusExt as _;
            ensure!(
                killed.status.signal() == Some(6),
                "{ctx}: not killed: {:?} {}",
                killed.status,
                text(&killed)
            );
            let left = t.shadows(&f).await?;
            ensure!(
                kind == Kind::Postgres || !left.is_empty(),
                "{ctx}: the killed plan left no shadow to clean up"
            );
            ensure!(
                exec.catalog().await? == before,
                "{ctx}: the killed plan changed the target"
            );
            let again = run(&["plan"], &toml, &cache, &[]);
            ensure!(again.status.success(), "{ctx}: {}", text(&again));
            let now = t.shadows(&f).await?;
            ensure!(
                now.is_empty(),
                "{ctx}: shadows left after the next plan: {now:?} (the killed one's: {left:?})"
            );
            ensure!(
                exec.catalog().await? == before,
                "{ctx}: a plan changed the target"
            );
            t.finish(&f).await?;
        }
    }
    Ok(())
}

/// Where a random kill landed, from the run's trace of fault points and
/// the state it left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Region {
    BeforeTheFirst,
    InsideOne,
    BetweenTwo,
    AfterTheLast,
}

/// One line of a fault trace: point, and when (ms since the epoch).
fn trace_lines(path: &Path) -> Vec<(String, u128)> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            let point = w.next()?.to_string();
            let _n = w.next()?;
            Some((point, w.next()?.parse().ok()?))
        })
        .collect()
}

fn epoch_ms() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis()
}

/// Kill `tidegate apply` (SIGKILL) at random moments until the kills have
/// landed before the first migration, inside one, between two and after
/// the last at least three times each. A kill before the first lands at a
/// random delay within the run's start-up; the others at a random point
/// of an uninterrupted run's trace (a guest statement, a history write, a
/// commit, before or after it), where the run is paused and killed: the
/// windows between and after migrations last milliseconds, less than a
/// run's timing varies. Where each kill landed is read from the killed
/// run's own trace and the state it left. After each kill the state read
/// on the server is consistent, and the next run converges.
async fn random_kills_land_everywhere_and_converge(
    kind: Kind,
    server: String,
) -> anyhow::Result<()> {
    let ids = kind.examples();
    let cache = tempfile::tempdir()?;
    let fixture = fault_fixture(kind, ids);
    let rt = fault_runtime(cache.path());
    let catalogs = catalogs(kind, &server, ids, &fixture, &rt).await?;
    let spawn = |toml: &Path, trace: &Path, fault: Option<(&str, &Path)>| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_tidegate"));
        c.args(["apply", "--config"])
            .arg(toml)
            .env_remove("TIDEGATE_POSTGRES_URL")
            .env("TIDEGATE_CACHE_DIR", cache.path())
            .env("TIDEGATE_FAULT_TRACE", trace)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        if let Some((fault, dir)) = fault {
            c.env("TIDEGATE_FAULT", fault)
                .env("TIDEGATE_FAULT_DIR", dir);
        }
        c.spawn()
    };
    // The run's points in order, and when its first one comes (ms after
    // the spawn), from an uninterrupted run with its components compiled.
    let (points, first) = {
        let (t, f) = seeded(kind, &server, &fixture, &rt, ids[0]).await?;
        let warm = run(&["verify"], &f.write_toml(), cache.path(), &[]);
        ensure!(warm.status.success(), "{}", text(&warm));
        let trace = f.dir.path().join("reference.trace");
        let started = epoch_ms();
        ensure!(
            spawn(&f.write_toml(), &trace, None)?.wait()?.success(),
            "the reference run failed"
        );
        let lines = trace_lines(&trace);
        t.finish(&f).await?;
        let first = lines
            .first()
            .context("an empty trace")?
            .1
            .saturating_sub(started);
        let mut seen: std::collections::HashMap<String, usize> = Default::default();
        let points: Vec<(String, usize)> = lines
            .into_iter()
            .map(|(p, _)| {
                let n = seen.entry(p.clone()).or_default();
                *n += 1;
                (p, *n)
            })
            .collect();
        (points, first)
    };
    let last = points.len() - 1;
    let ends = |i: usize| matches!(points[i].0.as_str(), "history-written" | "committed");
    let between: Vec<usize> = (0..last).filter(|i| ends(*i)).collect();
    let inside: Vec<usize> = (0..=last).filter(|i| !ends(*i)).collect();
    let seed = epoch_ms() as u64;
    let mut rng = seed | 1;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let mut landed: std::collections::BTreeMap<Region, usize> = Default::default();
    let mut log = Vec::new();
    let regions = [
        Region::BeforeTheFirst,
        Region::InsideOne,
        Region::BetweenTwo,
        Region::AfterTheLast,
    ];
    for trial in 0..40 {
        let wanted: Vec<Region> = regions
            .iter()
            .copied()
            .filter(|r| landed.get(r).copied().unwrap_or(0) < 3)
            .collect();
        let Some(aim) = wanted.get(trial % wanted.len().max(1)).copied() else {
            break;
        };
        let (t, f) = seeded(kind, &server, &fixture, &rt, ids[0]).await?;
        let project = open(&f, &rt).await?;
        let exec = executor(&project, &rt).await?;
        let toml = f.write_toml();
        let trace = f.dir.path().join("kill.trace");
        let faults = f.dir.path().join("faults");
        std::fs::create_dir_all(&faults)?;
        let at = match aim {
            Region::BeforeTheFirst => None,
            Region::InsideOne => Some(inside[next() as usize % inside.len()]),
            Region::BetweenTwo if !between.is_empty() => {
                Some(between[next() as usize % between.len()])
            }
            Region::BetweenTwo => Some(inside[next() as usize % inside.len()]),
            Region::AfterTheLast => Some(last),
        };
        let (how, mut child) = match at {
            None => {
                let delay = Duration::from_millis(10 + next() % (first / 2).max(1) as u64);
                let child = spawn(&toml, &trace, None)?;
                std::thread::sleep(delay);
                (format!("after {delay:?}"), child)
            }
            Some(i) => {
                let (point, n) = &points[i];
                let child = spawn(
                    &toml,
                    &trace,
                    Some((&format!("pause@{point}:{n}"), &faults)),
                )?;
                let start = Instant::now();
                while !faults.join("paused").exists() && start.elapsed() < Duration::from_secs(30) {
                    std::thread::sleep(Duration::from_millis(5));
                }
                (format!("at {point} {n}"), child)
            }
        };
        let ctx = format!(
            "{} trial {trial} (seed {seed}), aimed {aim:?}, killed {how}",
            kind.name()
        );
        let killed = child.try_wait()?.is_none();
        let _ = child.kill();
        child.wait()?;
        let state =
            check_after_kill(&t, &f, &exec, ids, &catalogs, Duration::from_secs(2), &ctx).await?;
        if killed {
            let lines = trace_lines(&trace);
            let last_point = lines.last().map(|l| l.0.as_str());
            // Between two: after a migration of this run was recorded done
            // (a history write or a commit completed) and before any work
            // of the next. On MongoDB and Elasticsearch the next one's start
            // is recorded in the same write as the end, so it may already
            // be recorded running there, with nothing of it done.
            let region = if state.applied == ids.len() {
                Region::AfterTheLast
            } else if lines.is_empty() {
                Region::BeforeTheFirst
            } else if matches!(last_point, Some("history-written" | "committed"))
                && state.applied > 1
            {
                Region::BetweenTwo
            } else {
                Region::InsideOne
            };
            *landed.entry(region).or_insert(0) += 1;
            log.push(format!(
                "aimed {aim:?}, killed {how}: landed {region:?} ({} applied, running: {:?})",
                state.applied, state.running
            ));
        } else {
            log.push(format!("aimed {aim:?}, killed {how}: the run had ended"));
        }
        recover(&t, &f, &exec, cache.path(), ids, &catalogs[ids.len()], &ctx).await?;
        t.finish(&f).await?;
    }
    eprintln!(
        "{}: random kills landed {landed:?} (seed {seed})",
        kind.name()
    );
    for region in regions {
        ensure!(
            landed.get(&region).copied().unwrap_or(0) >= 3,
            "{}: too few random kills landed {region:?}: {landed:?} (seed {seed})\n{}",
            kind.name(),
            log.join("\n")
        );
    }
    Ok(())
}

/// Where the target's own server answers, for a proxy in front of it.
impl Target {
    fn url(&self) -> String {
        match self.kind {
            Kind::Postgres => self.pg.as_ref().expect("a database").url.clone(),
            Kind::Mongodb => self.mongo.clone().expect("a database"),
            Kind::Elasticsearch => self.server.clone(),
        }
    }
}

/// Through a loopback proxy that cuts or stalls connections on command, a
/// run paused in the middle of a migration (or at a fence) has its work
/// connection cut, its lock's connection cut, or the server stalled past
/// the timeouts. Each run ends with one of the documented exit codes for
/// it, never hangs, and the next run completes the work, nothing applied
/// twice.
async fn connection_faults_end_with_a_documented_code_and_converge(
    kind: Kind,
    server: String,
) -> anyhow::Result<()> {
    use common::proxy::{Proxy, contains};
    let ids = kind.examples();
    let cache = tempfile::tempdir()?;
    let rt = fault_runtime(cache.path());
    let quick = move |f: Fixture| match kind {
        Kind::Postgres => {
            f.set("postgres", "statement_timeout", "2s")
                .set("postgres", "lock_timeout", "2s")
        }
        // The stand-in takes a second or two for a batch of the backfill.
        Kind::Mongodb => f
            .set("mongodb", "operation_timeout", "6s")
            .set("mongodb", "lock_ttl", "2s"),
        Kind::Elasticsearch => {
            f.set("elasticsearch", "request_timeout", "2s")
                .set("elasticsearch", "lock_ttl", "2s")
        }
    };
    let reference = {
        let fixture = |t: &Target| quick(t.fixture(ids));
        catalogs(kind, &server, ids, &fixture, &rt)
            .await?
            .pop()
            .context("a catalog")?
    };
    // What the lock's connection carries, to tell it from the work's.
    let lock_marker: &[u8] = match kind {
        Kind::Postgres => b"pg_try_advisory_lock",
        Kind::Mongodb => b"tidegate_migrations_lock",
        Kind::Elasticsearch => b"tidegate-migrations-lock",
    };
    for case in [
        "cut the work connection",
        "cut the lock's connection",
        "stall the server",
    ] {
        let t = Target::new(kind, &server).await?;
        // The proxy reads what goes by: PostgreSQL without TLS.
        let url = if kind == Kind::Postgres {
            format!("{}?sslmode=disable", t.url())
        } else {
            t.url()
        };
        let (proxy, via) = Proxy::before(&url);
        // Short timeouts for the faulted run only: setting up and
        // recovering must not time out on a busy machine.
        let f = t.fixture(ids).with(kind.name(), &via);
        let quick_f = quick(t.fixture(ids).with(kind.name(), &via));
        let faulted = quick_f.write_toml();
        let project = open(&f, &rt).await?;
        let exec = executor(&project, &rt).await?;
        ensure!(exec.apply(Some(ids[0])).await?.ok());
        t.seed_scaled(&f, 0.5).await?;
        let faults = f.dir.path().join("faults");
        let fault = if case.contains("lock") {
            format!("pause@fence:{}", ids[1])
        } else {
            "pause@statement:2".to_string()
        };
        let mut child = paused(&["apply"], &faulted, cache.path(), &fault, &faults)
            .await
            .with_context(|| case.to_string())?;
        let cut = match case {
            "cut the work connection" if kind == Kind::Postgres => {
                proxy.cut_where(|sent| !contains(sent, lock_marker))
            }
            "cut the work connection" => proxy.cut_all(),
            "cut the lock's connection" => proxy.cut_where(|sent| contains(sent, lock_marker)),
            _ => {
                proxy.stall(true);
                0
            }
        };
        ensure!(
            case.starts_with("stall") || cut > 0,
            "{case}: no connection to cut"
        );
        std::fs::write(faults.join("resume"), "")?;
        let start = Instant::now();
        while child.try_wait()?.is_none() {
            ensure!(
                start.elapsed() < Duration::from_secs(120),
                "{case}: the run hangs"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let out = child.wait_with_output()?;
        let code = out.status.code();
        let documented: &[i32] = match case {
            "cut the work connection" => &[0, 1, 6],
            "cut the lock's connection" if kind == Kind::Postgres => &[5],
            "cut the lock's connection" => &[0, 5],
            _ => &[1, 5, 6],
        };
        ensure!(
            code.is_some_and(|c| documented.contains(&c)),
            "{case}: exit {code:?}, want one of {documented:?}: {}",
            text(&out)
        );
        // What a stalled network still holds is lost with it.
        proxy.cut_all();
        proxy.stall(false);
        // The state as stored, read past the proxy.
        let rows = t.rows(&t.fixture(ids)).await?;
        ensure!(
            rows.iter()
                .all(|r| matches!(r.1.as_str(), "applied" | "running" | "failed")),
            "{case}: {rows:?}"
        );
        eprintln!("{}: {case}: exit {code:?}, then {rows:?}", kind.name());
        recover(&t, &f, &exec, cache.path(), ids, &reference, case).await?;
        t.finish(&f).await?;
    }
    Ok(())
}

/// A non-transactional `down` is journalled as running before it starts:
/// killed in the middle, it leaves the row `running` (read on the server,
/// with a `revert-started` audit entry and no end), and the next `apply`
/// settles it (the migration declares itself idempotent: it is applied
/// again, on the record).
async fn a_killed_down_is_journalled_and_settled(kind: Kind, server: String) -> anyhow::Result<()> {
    let ids = kind.reversible();
    let t = Target::new(kind, &server).await?;
    let f = fault_fixture(kind, kind.examples())(&t);
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    ensure!(exec.apply(Some(ids[ids.len() - 2])).await?.ok());
    let before = exec.catalog().await?;
    ensure!(exec.apply(Some(ids[ids.len() - 1])).await?.ok());
    let applied = exec.catalog().await?;
    let last = project.get(ids[ids.len() - 1]).context("in the project")?;
    ensure!(
        !last.meta.transactional && last.idempotent(),
        "{} is non-transactional and idempotent",
        last.meta.id
    );
    let toml = f.write_toml();
    let cache = f.dir.path().join("cache");
    let killed = run(
        &["down"],
        &toml,
        &cache,
        &[("TIDEGATE_FAULT", "abort@statement:1")],
    );
    use std::os::unix::process::ExitStatusExt as _;
    ensure!(
        killed.status.signal() == Some(6),
        "not killed: {}",
        text(&killed)
    );
    let rows = t.rows(&f).await?;
    ensure!(
        rows.iter().any(|r| r.0 == last.meta.id && r.1 == "running"),
        "the interrupted down is not recorded running: {rows:?}"
    );
    let events = t.events(&f).await?;
    ensure!(
        events
            .iter()
            .filter(|e| e.0 == last.meta.id && e.1 == "revert-started")
            .count()
            == 1,
        "{events:?}"
    );
    ensure!(
        !events
            .iter()
            .any(|e| e.0 == last.meta.id && (e.1 == "reverted" || e.1 == "revert-failed")),
        "{events:?}"
    );
    // Idempotent or not, a half-done revert is not quietly applied again:
    // the next run records it failed and asks for a decision.
    let again = run(&["apply", "--to", &last.meta.id], &toml, &cache, &[]);
    ensure!(
        again.status.code() == Some(4),
        "an interrupted revert did not block apply: {}",
        text(&again)
    );
    ensure!(
        text(&again).contains("reverting it stopped"),
        "{}",
        text(&again)
    );
    let events = t.events(&f).await?;
    ensure!(
        events
            .iter()
            .any(|e| e.0 == last.meta.id && e.1 == "interrupted"),
        "{events:?}"
    );
    ensure!(
        !events
            .iter()
            .any(|e| e.0 == last.meta.id && e.1 == "retried"),
        "{events:?}"
    );
    ensure!(
        t.rows(&f)
            .await?
            .iter()
            .any(|r| r.0 == last.meta.id && r.1 == "failed")
    );
    // The operator finishes the revert as the message says.
    let marked = run(
        &["resolve", &last.meta.id, "--mark-applied"],
        &toml,
        &cache,
        &[],
    );
    ensure!(marked.status.success(), "{}", text(&marked));
    let down = run(&["down"], &toml, &cache, &[]);
    ensure!(down.status.success(), "{}", text(&down));
    ensure!(
        exec.catalog().await? == before,
        "the finished revert does not restore the catalog"
    );
    ensure!(
        !t.rows(&f).await?.iter().any(|r| r.0 == last.meta.id),
        "the reverted migration keeps a row"
    );
    let up = run(&["apply", "--to", &last.meta.id], &toml, &cache, &[]);
    ensure!(up.status.success(), "{}", text(&up));
    ensure!(
        exec.catalog().await? == applied,
        "the migration is not applied again"
    );
    t.finish(&f).await
}

type Scenario =
    fn(Kind, String) -> std::pin::Pin<Box<dyn std::future::Future<Output = anyhow::Result<()>>>>;

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
        kills_in_the_hosts_own_writes_converge,
        a_killed_plans_shadow_is_dropped_by_the_next_plan,
        random_kills_land_everywhere_and_converge,
        a_killed_down_is_journalled_and_settled,
        connection_faults_end_with_a_documented_code_and_converge,
    ];
    let mut trials = Vec::new();
    for (name, scenario) in scenarios {
        for kind in Kind::ALL {
            for (label, server) in kind.servers() {
                trials.push(servers_trial(
                    format!("{name}::{label}"),
                    vec![server],
                    move |urls| async move {
                        let _one_at_a_time = (kind == Kind::Elasticsearch)
                            .then(|| SEARCH_ENGINE.lock().unwrap_or_else(|e| e.into_inner()));
                        scenario(kind, urls[0].clone()).await
                    },
                ));
            }
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
