//! MongoDB end to end, against a real server: plan in a shadow database,
//! failure recovery, health facts, the sandbox's MongoDB lane, the
//! emulator's gaps, and one migration across all three engines. The
//! scenarios every engine shares are in `tests/engines`.
//!
//! Servers come from `TIDEGATE_TEST_MONGODB_URL` (and, for the three-engine
//! test, `TIDEGATE_TEST_POSTGRES_URL` and `TIDEGATE_TEST_ELASTICSEARCH_URL`),
//! else testcontainers; without them a test is reported ignored with the
//! reason. Each test works in its own database.

#[path = "../common/mod.rs"]
mod common;

use anyhow::{Context, ensure};
use common::tls::{Certs, tls_tunnel};
use common::{
    Fixture, TestDb, clean_search_engine, cli, es_server, examples, executor, guests, mongo_db_url,
    mongo_server, open, postgres_server, runtime, servers_trial,
};
use mongodb::bson::{Document, doc};
use tidegate::ExecError;
use tidegate::engine::mongodb::MongoTarget;
use tidegate::report::{DownTo, Health, Outcome, Resolution, State};

const EXAMPLES: &[&str] = &["0005_mongo_profiles", "0006_mongo_backfill_locale"];

/// The fixture's target, for looking at the database directly.
async fn target(f: &Fixture) -> anyhow::Result<MongoTarget> {
    f.mongo_target().await
}

async fn collection_names(t: &MongoTarget) -> anyhow::Result<Vec<String>> {
    let mut names = t.database().list_collection_names().await?;
    names.sort();
    Ok(names)
}

async fn drop_db(t: &MongoTarget) {
    let _ = t.database().drop().await;
}

/// Plan in a shadow database (`shadow = "database"`) or in prefixed
/// collections inside the target database (`"collections"`, for users who
/// may not create databases): the same report, nothing left behind.
async fn plan_runs_in_a_shadow_and_leaves_the_target_unchanged(
    urls: Vec<String>,
    mode: &'static str,
) -> anyhow::Result<()> {
    let f = Fixture::new(examples(), EXAMPLES, None)
        .with_mongo(&mongo_db_url(&urls[0]))
        .set("mongodb", "shadow", mode);
    let t = target(&f).await?;
    let dbs_before = t.client().list_database_names().await?;
    // Another application's collection, outside what the migrations
    // declare: neither copied nor compared.
    t.database()
        .run_command(doc! { "create": "legacy", "validator": { "n": { "$type": "int" } } })
        .await?;
    t.database()
        .collection::<Document>("legacy")
        .insert_one(doc! { "n": 1 })
        .await?;
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let report = executor(&project, &rt).await?.plan(None).await?;
    ensure!(report.ok(), "plan failed: {:?}", report.error);
    ensure!(
        report.migrations.len() == 2 && report.migrations.iter().all(|m| m.outcome == Outcome::Ok),
        "{:#?}",
        report.migrations
    );
    let first = &report.migrations[0];
    ensure!(
        first
            .statements
            .iter()
            .any(|s| s.text.contains("\"createIndexes\":\"profiles\"")),
        "{:#?}",
        first.statements
    );
    ensure!(
        first.checks.len() == 2 && first.checks.iter().all(|c| c.passed),
        "{:?}",
        first.checks
    );
    let diff: Vec<String> = report
        .diff
        .as_ref()
        .context("plan has a diff")?
        .iter()
        .map(|c| c.line())
        .collect();
    for want in [
        "+ collection profiles",
        "+ mongodb index profiles.email_unique (key={\"email\":1}, unique=true)",
        "+ mongodb index sessions.expires_ttl",
    ] {
        ensure!(
            diff.iter().any(|l| l.starts_with(want)),
            "diff lacks `{want}`:\n{}",
            diff.join("\n")
        );
    }
    ensure!(
        !diff.iter().any(|l| l.contains("legacy")),
        "the copied collection is unchanged: {diff:?}"
    );
    // New, empty collections and a moderate validator: nothing to flag.
    ensure!(report.findings.is_empty(), "{:#?}", report.findings);
    // The target is as it was, and no shadow is left behind.
    ensure!(
        collection_names(&t).await? == ["legacy"],
        "{:?}",
        collection_names(&t).await?
    );
    let dbs = t.client().list_database_names().await?;
    // Other trials' shadows (`tidegate_t_<pid>_<n>_tgshadow_*`) come and go
    // meanwhile; this one's start with its own database's name.
    let own_shadow = format!("{}_tgshadow_", t.database_name());
    ensure!(
        !dbs.iter().any(|d| d.starts_with(&own_shadow)),
        "shadow left behind: {dbs:?}"
    );
    if mode == "collections" {
        // Other trials of this binary run at the same time, each in its
        // own database (`mongo_db_url`), some with a shadow database of
        // their own: those are not this shadow's.
        let trial = |d: &str| {
            d.strip_prefix(&format!("tidegate_t_{}_", std::process::id()))
                .and_then(|n| n.split("_tgshadow_").next())
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        };
        let new: Vec<&String> = dbs
            .iter()
            .filter(|d| !dbs_before.contains(d) && **d != t.database_name() && !trial(d))
            .collect();
        ensure!(
            new.is_empty(),
            "an in-database shadow created databases: {new:?}"
        );
    }
    drop_db(&t).await;
    Ok(())
}

/// A dry run reads only its shadow, however a pipeline names a
/// collection (a nested `$unionWith`, a `$facet`, a view's pipeline), and
/// lists only the shadow's collections, in both shadow modes: the guest
/// fails when any read reaches the target's documents. Applied through a
/// proxy that reads the wire, its insert is a retryable write carrying the
/// URL's write concern, and so is its `create`, tagged with a comment.
async fn a_dry_run_reads_only_its_shadow_and_writes_keep_the_urls_write_concern(
    urls: Vec<String>,
) -> anyhow::Result<()> {
    use common::proxy::{Proxy, mongo_commands};
    for mode in ["database", "collections"] {
        let f = Fixture::new(guests(), &["9018_mongo_shadow_reader"], None)
            .with_mongo(&mongo_db_url(&urls[0]))
            .set("mongodb", "shadow", mode);
        let t = target(&f).await?;
        t.database()
            .collection::<Document>("readers_a")
            .insert_many(vec![doc! { "n": 1 }, doc! { "n": 2 }])
            .await?;
        t.database()
            .collection::<Document>("readers_b")
            .insert_many(vec![doc! { "n": 3 }, doc! { "n": 4 }, doc! { "n": 5 }])
            .await?;
        let rt = runtime(&f);
        let project = open(&f, &rt).await?;
        let report = executor(&project, &rt).await?.plan(None).await?;
        ensure!(
            report.ok(),
            "{mode}: the dry run read outside its shadow: {:?}",
            report.error
        );
        ensure!(
            collection_names(&t).await? == ["readers_a", "readers_b"],
            "{mode}: {:?}",
            collection_names(&t).await?
        );
        drop_db(&t).await;
    }

    let url = format!(
        "{}&w=majority&journal=true&wtimeoutMS=5000",
        mongo_db_url(&urls[0])
    );
    let (proxy, via) = Proxy::before(&url);
    let f = Fixture::new(guests(), &["9018_mongo_shadow_reader"], None).with_mongo(&via);
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let report = executor(&project, &rt).await?.apply(None).await?;
    ensure!(report.ok(), "{:?}", report.error);
    let commands: Vec<Document> = proxy
        .sent()
        .iter()
        .flat_map(|b| mongo_commands(b))
        .collect();
    let find = |name: &str, coll: &str| {
        commands
            .iter()
            .find(|c| c.get_str(name).ok() == Some(coll))
            .cloned()
    };
    let wc = doc! { "w": "majority", "j": true, "wtimeout": 5000 };
    let insert = find("insert", "readers_a").context("the guest's insert went by")?;
    ensure!(
        insert.get("txnNumber").is_some() && insert.get("lsid").is_some(),
        "the insert is not a retryable write: {insert}"
    );
    ensure!(
        insert.get_document("writeConcern").ok() == Some(&wc),
        "the insert dropped the URL's write concern: {insert}"
    );
    ensure!(
        insert
            .get_str("comment")
            .is_ok_and(|c| c.starts_with("tidegate ")),
        "the insert carries no tag: {insert}"
    );
    let create = find("create", "readers_v").context("the guest's create went by")?;
    ensure!(
        create.get_document("writeConcern").ok() == Some(&wc),
        "the create dropped the URL's write concern: {create}"
    );
    ensure!(
        create
            .get_str("comment")
            .is_ok_and(|c| c.starts_with("tidegate ")),
        "the create carries no tag: {create}"
    );
    drop_db(&target(&f).await?).await;
    Ok(())
}

/// A transaction left open on a migration's history row (as a killed run
/// leaves one, until the server's transactionLifetimeLimitSeconds) makes
/// the next history write conflict (WriteConflict, labelled
/// TransientTransactionError): it is retried with backoff, says so, and
/// succeeds once the other transaction ends.
async fn a_history_write_retries_a_transient_conflict(urls: Vec<String>) -> anyhow::Result<()> {
    let f = Fixture::new(examples(), &EXAMPLES[..1], None).with_mongo(&mongo_db_url(&urls[0]));
    let t = target(&f).await?;
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    executor(&project, &rt).await?.status().await?;
    // The history collections exist (a first run made them); a foreign
    // transaction holds the row 0005 will write.
    t.database()
        .create_collection("tidegate_migrations")
        .await?;
    t.database()
        .create_collection("tidegate_migrations_audit")
        .await?;
    let mut other = t.client().start_session().await?;
    other.start_transaction().await?;
    t.database()
        .collection::<Document>("tidegate_migrations")
        .update_one(
            doc! { "_id": EXAMPLES[0] },
            doc! { "$set": { "held": true } },
        )
        .upsert(true)
        .session(&mut other)
        .await?;
    let toml = f.write_toml();
    let apply = std::thread::spawn(move || cli(&["apply"], &toml));
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    ensure!(
        !apply.is_finished(),
        "the history write did not wait for the conflicting transaction"
    );
    other.abort_transaction().await?;
    let (code, out, err) = apply.join().unwrap();
    ensure!(code == 0, "exit {code}\n{out}\n{err}");
    ensure!(
        err.contains("met a transaction still open on the server") && err.contains("retrying"),
        "{err}"
    );
    let row = t
        .database()
        .collection::<Document>("tidegate_migrations")
        .find_one(doc! { "_id": EXAMPLES[0] })
        .await?
        .context("a history row")?;
    ensure!(
        row.get_str("status").ok() == Some("applied") && row.get("held").is_none(),
        "{row}"
    );
    drop_db(&t).await;
    Ok(())
}

async fn failed_migration_blocks_until_resolved(urls: Vec<String>) -> anyhow::Result<()> {
    let f = Fixture::new(guests(), &["9009_mongo_fail"], None).with_mongo(&mongo_db_url(&urls[0]));
    let t = target(&f).await?;
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    let report = exec.apply(None).await?;
    ensure!(
        !report.ok()
            && report
                .error
                .as_deref()
                .is_some_and(|e| e.contains("insert one, then retry")),
        "{:?}",
        report.error
    );
    ensure!(exec.status().await?.migrations[0].state == State::Failed);
    match exec.apply(None).await {
        Err(e @ ExecError::Dirty { .. }) => ensure!(
            e.to_string()
                .contains("tidegate resolve 9009_mongo_fail --retry")
        ),
        other => anyhow::bail!("expected Dirty, got ok={}", other.is_ok()),
    }
    // The human fixes the data and retries.
    t.database()
        .collection::<Document>("half_done")
        .insert_one(doc! { "ok": true })
        .await?;
    exec.resolve("9009_mongo_fail", Resolution::Retry).await?;
    ensure!(exec.apply(None).await?.ok());
    ensure!(exec.status().await?.migrations[0].state == State::Applied);
    drop_db(&t).await;
    Ok(())
}

async fn health_reports_replica_set_and_invariants_pass(urls: Vec<String>) -> anyhow::Result<()> {
    let f = Fixture::new(examples(), EXAMPLES, None).with_mongo(&mongo_db_url(&urls[0]));
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    ensure!(exec.apply(None).await?.ok());
    let h = exec.health().await;
    let find = |n: &str| h.checks.iter().find(|c| c.name == n).cloned();
    let rs = find("mongodb: replica set").context("replica set check")?;
    ensure!(
        rs.status == Health::Pass && rs.detail.contains("primary"),
        "{rs:?}"
    );
    ensure!(find("mongodb: version").is_some_and(|c| c.detail.starts_with("MongoDB ")));
    ensure!(
        find("0006_mongo_backfill_locale: every profile has a locale")
            .is_some_and(|c| c.status == Health::Pass)
    );
    ensure!(h.status != Health::Fail, "{:#?}", h.checks);

    let t = target(&f).await?;
    drop_db(&t).await;
    Ok(())
}

/// The scaffold's check (`collection_exists`, one `listIndexes`) passes
/// while the collection is there and fails once it is dropped.
async fn a_scaffolded_check_fails_once_its_collection_is_dropped(
    urls: Vec<String>,
) -> anyhow::Result<()> {
    let f = Fixture::new(guests(), &["9102_new_mongodb"], None).with_mongo(&mongo_db_url(&urls[0]));
    let t = target(&f).await?;
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    ensure!(exec.apply(None).await?.ok());
    let exists = async || {
        exec.health()
            .await
            .checks
            .into_iter()
            .find(|c| c.name == "9102_new_mongodb: new_mongodb exists")
            .map(|c| c.status)
    };
    ensure!(exists().await == Some(Health::Pass));
    t.database()
        .collection::<Document>("new_mongodb")
        .drop()
        .await?;
    ensure!(exists().await == Some(Health::Fail));
    drop_db(&t).await;
    Ok(())
}

/// SecantusDB has no text indexes. State the gap: on a real `mongod` the
/// same command must succeed.
async fn text_indexes_gap_of_the_emulator(urls: Vec<String>) -> anyhow::Result<()> {
    let f = Fixture::new(examples(), EXAMPLES, None).with_mongo(&mongo_db_url(&urls[0]));
    let t = target(&f).await?;
    let hello = t.hello().await?;
    let emulator = hello.get_str("setName").is_ok_and(|s| s == "secantus");
    let made = t
        .database()
        .run_command(doc! { "createIndexes": "notes", "indexes": [{ "key": { "body": "text" }, "name": "body_text" }] })
        .await;
    if emulator {
        ensure!(
            made.is_err(),
            "SecantusDB gained text indexes: drop this gap note"
        );
    } else {
        made.context("a real mongod builds text indexes")?;
    }
    drop_db(&t).await;
    Ok(())
}

/// SecantusDB evaluates `$$NOW` in update pipelines but not in a query's
/// `$expr`, which matches nothing there. The lease lock therefore reads the
/// server's clock from `hello` instead. On a real `mongod` both work.
async fn now_in_query_expr_gap_of_the_emulator(urls: Vec<String>) -> anyhow::Result<()> {
    let f = Fixture::new(examples(), EXAMPLES, None).with_mongo(&mongo_db_url(&urls[0]));
    let t = target(&f).await?;
    let emulator = t
        .hello()
        .await?
        .get_str("setName")
        .is_ok_and(|s| s == "secantus");
    let c = t.database().collection::<Document>("clock");
    c.insert_one(doc! { "at": mongodb::bson::DateTime::from_millis(0) })
        .await?;
    let matched = c
        .count_documents(doc! { "$expr": { "$lt": ["$at", "$$NOW"] } })
        .await?;
    ensure!(
        matched == if emulator { 0 } else { 1 },
        "matched {matched}: update this gap note"
    );
    drop_db(&t).await;
    Ok(())
}

/// A guest that tries admin commands, another database, tidegate's own
/// history and cluster-wide search APIs is refused every time, and nothing
/// outside its lane changes.
async fn escape_attempts_are_refused(urls: Vec<String>) -> anyhow::Result<()> {
    let f = Fixture::new(guests(), &["9012_escape_attempts"], None)
        .with_mongo(&mongo_db_url(&urls[0]))
        .with_es(&urls[1]);
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let report = executor(&project, &rt).await?.apply(None).await?;
    ensure!(report.ok(), "{:?}", report.error);
    let t = target(&f).await?;
    let admin = t.client().database("admin").list_collection_names().await?;
    ensure!(!admin.contains(&"stolen".to_string()), "{admin:?}");
    let history = t.database().collection::<Document>("tidegate_migrations");
    ensure!(history.count_documents(doc! { "_id": "fake" }).await? == 0);
    ensure!(
        t.client()
            .list_database_names()
            .await?
            .contains(&t.database_name().to_string()),
        "the database was not dropped"
    );
    drop_db(&t).await;
    // The search engine's history is cluster-wide: leave no record behind.
    let es_target = f.es_target();
    let path = "/tidegate-migrations/_doc/9012_escape_attempts";
    es_target
        .call(
            elasticsearch::http::Method::Delete,
            path,
            &[("refresh", "true")],
            None,
            &[404],
            "cleaning up",
        )
        .await?;
    Ok(())
}

/// A module that declares `scoped` is refused `other` on MongoDB and
/// Elasticsearch (in the dry run's shadow and for real), and its SQL on
/// `other` is reported as CAP001.
async fn capabilities_bound_what_a_module_touches(urls: Vec<String>) -> anyhow::Result<()> {
    let (pg, mongo, es) = (&urls[0], &urls[1], &urls[2]);
    let db = TestDb::create(pg).await?;
    let history = format!("tidegate-cap-{}", std::process::id());
    let f = Fixture::new(guests(), &["9013_out_of_scope"], Some(&db.url))
        .with_mongo(&mongo_db_url(mongo))
        .with_es(es)
        .set("elasticsearch", "history_index", &history);
    let es_target = f.es_target();
    let es_delete = async |path: &str| {
        es_target
            .call(
                elasticsearch::http::Method::Delete,
                path,
                &[],
                None,
                &[404],
                "cleaning up",
            )
            .await
            .map(drop)
    };
    es_delete("/scoped_v1").await?;
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    let plan = exec.plan(None).await?;
    ensure!(plan.ok(), "the dry run: {:?}", plan.error);
    let cap: Vec<&str> = plan
        .findings
        .iter()
        .filter(|x| x.rule == "CAP001")
        .map(|x| x.message.as_str())
        .collect();
    ensure!(cap.len() == 1 && cap[0].contains("`other`"), "{cap:?}");
    let report = exec.apply(None).await?;
    ensure!(report.ok(), "{:?}", report.error);
    let t = target(&f).await?;
    let names = t.database().list_collection_names().await?;
    ensure!(
        names.contains(&"scoped".to_string()) && !names.contains(&"other".to_string()),
        "{names:?}"
    );
    let other = es_target
        .call(
            elasticsearch::http::Method::Get,
            "/other",
            &[],
            None,
            &[404],
            "test",
        )
        .await?;
    ensure!(other.status == 404, "index other exists: {}", other.body);
    drop_db(&t).await;
    for path in [
        "/scoped_v1".to_string(),
        format!("/{history}"),
        format!("/{history}-audit"),
        format!("/{history}-lock"),
    ] {
        es_delete(&path).await?;
    }
    db.drop().await
}

async fn one_migration_across_all_three_engines(urls: Vec<String>) -> anyhow::Result<()> {
    let (pg, mongo, es) = (&urls[0], &urls[1], &urls[2]);
    let db = TestDb::create(pg).await?;
    let ids = [
        "0001_create_users",
        "0005_mongo_profiles",
        "0007_es_places",
        "0009_region_everywhere",
    ];
    // Its own history in the shared search engine, apart from other tests'.
    let history = format!("tidegate-t-{}", std::process::id());
    let f = Fixture::new(examples(), &ids, Some(&db.url))
        .with_mongo(&mongo_db_url(mongo))
        .with_es(es)
        .set("elasticsearch", "history_index", &history);
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    // A crashed earlier run's leftovers in the shared search engine.
    clean_search_engine(&f.es_target()).await?;
    let plan = exec.plan(None).await?;
    ensure!(plan.ok(), "{:?}", plan.error);
    let engines: Vec<String> = plan.migrations[3]
        .statements
        .iter()
        .map(|s| s.engine.to_string())
        .collect();
    for e in ["postgres", "mongodb", "elasticsearch"] {
        ensure!(
            engines.iter().any(|x| x == e),
            "0009 ran nothing on {e}: {engines:?}"
        );
    }
    let report = exec.apply(None).await?;
    ensure!(report.ok(), "{:?}", report.error);
    // Each engine records 0009 in its own history.
    let mut conn = db.connect().await?;
    let pg_rows: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM tidegate_migrations WHERE id = '0009_region_everywhere'",
    )
    .fetch_one(&mut conn)
    .await?;
    ensure!(pg_rows == 1);
    let t = target(&f).await?;
    ensure!(
        t.database()
            .collection::<Document>("tidegate_migrations")
            .count_documents(doc! { "_id": "0009_region_everywhere" })
            .await?
            == 1
    );
    let es_target = f.es_target();
    let doc = es_target
        .call(
            elasticsearch::http::Method::Get,
            &format!("/{history}/_doc/0009_region_everywhere"),
            &[],
            None,
            &[404],
            "test",
        )
        .await?;
    ensure!(doc.status == 200, "{}", doc.body);
    // Elasticsearch cannot drop a mapped field: 0009 says it is irreversible.
    match exec.down(&DownTo::All).await {
        Err(ExecError::Irreversible(id)) => ensure!(id == "0009_region_everywhere"),
        other => anyhow::bail!(
            "down of an irreversible migration: {:?}",
            other.map(|r| r.error)
        ),
    }
    ensure!(exec.status().await?.count(State::Applied) == 4);
    clean_search_engine(&es_target).await?;
    for suffix in ["", "-audit", "-lock"] {
        es_target
            .call(
                elasticsearch::http::Method::Delete,
                &format!("/{history}{suffix}"),
                &[],
                None,
                &[404],
                "cleaning up",
            )
            .await?;
    }
    drop_db(&t).await;
    drop(conn);
    db.drop().await?;
    Ok(())
}

/// A replica set's URL lists several hosts: the test helpers name a
/// database in it, and a message shows it without its password.
async fn urls_with_several_hosts() -> anyhow::Result<()> {
    let url = "mongodb://app:s3cret@db1:27017,db2:27017,db3:27017/?replicaSet=rs0&authSource=admin";
    ensure!(
        common::with_database(url, "t1")
            == "mongodb://app:s3cret@db1:27017,db2:27017,db3:27017/t1?replicaSet=rs0&authSource=admin"
    );
    ensure!(common::with_database("mongodb://h:1", "t2") == "mongodb://h:1/t2");
    let shown = tidegate::redact::redact_url(url);
    ensure!(
        shown == "mongodb://app:***@db1:27017,db2:27017,db3:27017/?replicaSet=rs0&authSource=admin",
        "{shown}"
    );
    Ok(())
}

/// Unreachable MongoDB and Elasticsearch servers exit 6 (unreachable), say
/// what to check, and never print the password.
async fn unreachable_servers_exit_6_without_their_passwords() -> anyhow::Result<()> {
    let f = Fixture::new(examples(), &["0005_mongo_profiles", "0007_es_places"], None);
    let toml = f.dir.path().join("tidegate.toml");
    std::fs::write(
        &toml,
        "modules = \"no-modules\"\ncomponents = \"components\"\n[mongodb]\nurl = \"mongodb://app:s3cret@127.0.0.1:1/app?serverSelectionTimeoutMS=500\"\n[elasticsearch]\nurl = \"http://app:s3cret@127.0.0.1:1\"\n",
    )?;
    let (code, out, err) = common::cli(&["status"], &toml);
    ensure!(code == 6, "exit {code}: {out}{err}");
    ensure!(
        err.contains("cannot connect to MongoDB") && err.contains("app:***@"),
        "{err}"
    );
    ensure!(!format!("{out}{err}").contains("s3cret"), "{err}");
    Ok(())
}

/// The examples plan and apply over TLS: the URL's own options
/// (`tls=true&tlsCAFile=…`), or `tls_ca_file` in tidegate.toml; a server
/// certificate nobody vouches for is refused (exit 6, naming the
/// certificate), and a `mongodb+srv://` URL is resolved through DNS, not
/// refused as malformed.
async fn tls_options_in_the_url_or_the_configuration(urls: Vec<String>) -> anyhow::Result<()> {
    let certs = Certs::new();
    let server = url::Url::parse(&urls[0])?;
    let upstream = format!(
        "{}:{}",
        server.host_str().context("host")?,
        server.port().unwrap_or(27017)
    );
    let port = tls_tunnel(&certs, upstream);
    let ca = certs.ca_file.display().to_string();
    let db = mongo_db_url(&urls[0]);
    let name = url::Url::parse(&db)?
        .path()
        .trim_start_matches('/')
        .to_string();
    let over_tls =
        |query: &str| format!("mongodb://127.0.0.1:{port}/{name}?directConnection=true&{query}");

    let f = Fixture::new(examples(), EXAMPLES, None)
        .with_mongo(&over_tls(&format!("tls=true&tlsCAFile={ca}")));
    let toml = f.write_toml();
    for command in ["plan", "apply", "health"] {
        let (code, out, err) = cli(&[command], &toml);
        ensure!(code == 0, "{command} over TLS: exit {code}\n{out}\n{err}");
    }
    let direct = Fixture::new(examples(), EXAMPLES, None).with_mongo(&db);
    let names = target(&direct)
        .await?
        .database()
        .list_collection_names()
        .await?;
    ensure!(
        names.iter().any(|n| n == "profiles"),
        "apply over TLS reached the server: {names:?}"
    );

    let g = Fixture::new(examples(), EXAMPLES, None)
        .with_mongo(&over_tls("tls=true"))
        .set("mongodb", "tls_ca_file", &ca);
    let (code, out, err) = cli(&["status"], &g.write_toml());
    ensure!(
        code == 0 && out.contains("0006_mongo_backfill_locale"),
        "tls_ca_file: exit {code}\n{out}\n{err}"
    );

    let untrusted = Fixture::new(examples(), EXAMPLES, None)
        .with_mongo(&over_tls("tls=true&serverSelectionTimeoutMS=2000"));
    let (code, out, err) = cli(&["status"], &untrusted.write_toml());
    ensure!(
        code == 6 && err.to_lowercase().contains("certificate"),
        "an untrusted certificate: exit {code}\n{out}\n{err}"
    );

    let srv = Fixture::new(examples(), EXAMPLES, None)
        .with_mongo("mongodb+srv://cluster0.tidegate.invalid/app");
    let (code, out, err) = cli(&["status"], &srv.write_toml());
    ensure!(
        code == 6 && !err.contains("invalid MongoDB URL"),
        "mongodb+srv://: exit {code}\n{out}\n{err}"
    );
    target(&direct).await?.database().drop().await?;
    Ok(())
}

fn main() {
    let args = libtest_mimic::Arguments::from_args();
    common::require_built();
    if let common::Server::Skip(reason) = mongo_server() {
        eprintln!("SKIPPED: MongoDB tests: {reason}");
    }
    common::drop_stale_mongo_databases();
    let m = || vec![mongo_server()];
    let trials = vec![
        common::trial(
            "unreachable_servers_exit_6_without_their_passwords",
            unreachable_servers_exit_6_without_their_passwords,
        ),
        common::trial("urls_with_several_hosts", urls_with_several_hosts),
        servers_trial(
            "plan_runs_in_a_shadow_database_and_leaves_the_target_unchanged",
            m(),
            |u| plan_runs_in_a_shadow_and_leaves_the_target_unchanged(u, "database"),
        ),
        servers_trial(
            "plan_runs_in_shadow_collections_and_leaves_the_target_unchanged",
            m(),
            |u| plan_runs_in_a_shadow_and_leaves_the_target_unchanged(u, "collections"),
        ),
        servers_trial(
            "failed_migration_blocks_until_resolved",
            m(),
            failed_migration_blocks_until_resolved,
        ),
        servers_trial(
            "a_history_write_retries_a_transient_conflict",
            m(),
            a_history_write_retries_a_transient_conflict,
        ),
        servers_trial(
            "a_dry_run_reads_only_its_shadow_and_writes_keep_the_urls_write_concern",
            m(),
            a_dry_run_reads_only_its_shadow_and_writes_keep_the_urls_write_concern,
        ),
        servers_trial(
            "health_reports_replica_set_and_invariants_pass",
            m(),
            health_reports_replica_set_and_invariants_pass,
        ),
        servers_trial(
            "a_scaffolded_check_fails_once_its_collection_is_dropped",
            m(),
            a_scaffolded_check_fails_once_its_collection_is_dropped,
        ),
        servers_trial(
            "text_indexes_gap_of_the_emulator",
            m(),
            text_indexes_gap_of_the_emulator,
        ),
        servers_trial(
            "tls_options_in_the_url_or_the_configuration",
            m(),
            tls_options_in_the_url_or_the_configuration,
        ),
        servers_trial(
            "now_in_query_expr_gap_of_the_emulator",
            m(),
            now_in_query_expr_gap_of_the_emulator,
        ),
        servers_trial(
            "escape_attempts_are_refused",
            vec![mongo_server(), es_server()],
            escape_attempts_are_refused,
        ),
        servers_trial(
            "capabilities_bound_what_a_module_touches",
            vec![postgres_server(), mongo_server(), es_server()],
            capabilities_bound_what_a_module_touches,
        ),
        servers_trial(
            "one_migration_across_all_three_engines",
            vec![postgres_server(), mongo_server(), es_server()],
            one_migration_across_all_three_engines,
        ),
    ];
    libtest_mimic::run(&args, trials).exit();
}
