//! Phased (zero-downtime) migrations, written once over an engine fixture
//! and run on PostgreSQL, MongoDB and Elasticsearch/OpenSearch:
//!
//! - a start killed in its backfill leaves the migration `running`, and the
//!   next apply resumes it; two migrations are then in flight at once on
//!   disjoint objects, and one that overlaps is refused (exit 4) without a
//!   trace;
//! - both application versions write while in flight, and after complete
//!   the data of both is there;
//! - a complete and a rollback killed part way leave `completing` and
//!   `rolling-back`, the other command is refused, and running the same one
//!   again finishes it; a rollback gives back the catalog from before the
//!   start;
//! - completing a migration that is not in flight, and rolling back one
//!   already completed, are refused with exit 2 and change nothing.
//!
//! Every state is read on the server directly, not through `status`.
//! PostgreSQL also shows: a DDL statement that waits on a long transaction
//! gets its lock through retries, or fails the start, which is rolled back;
//! and bad operations (no conversion for a type change, an undeclared
//! table) are refused before anything changes.

#[path = "../common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use anyhow::{Context, ensure};
use common::{Server, TestDb};
use elasticsearch::http::Method;
use futures_util::TryStreamExt;
use mongodb::bson::{Document, doc};
use sqlx::{AssertSqlSafe, Connection, PgConnection};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Postgres,
    Mongodb,
    Elasticsearch,
}

/// Search-engine trials share the cluster's index names.
static SEARCH_ENGINE: Mutex<()> = Mutex::new(());

/// One engine's target and how the scenario's objects look on it: two
/// objects (`accounts`, `orders`), each with an `amount` and a `note`; a
/// phased migration changes `amount` and renames `note` to `memo`.
struct Eng {
    kind: Kind,
    server: String,
    pg: Option<TestDb>,
    mongo: Option<String>,
}

/// Rows (documents) each object starts with.
const SEEDED: i64 = 1_200;

impl Eng {
    async fn new(kind: Kind, server: &str) -> anyhow::Result<Eng> {
        let mut e = Eng {
            kind,
            server: server.to_string(),
            pg: None,
            mongo: None,
        };
        match kind {
            Kind::Postgres => e.pg = Some(TestDb::create(server).await?),
            Kind::Mongodb => e.mongo = Some(common::mongo_db_url(server)),
            Kind::Elasticsearch => e.clean_es().await?,
        }
        Ok(e)
    }

    fn es(&self) -> tidegate::engine::elasticsearch::EsTarget {
        common::Fixture::new(common::examples(), &[], None)
            .with_es(&self.server)
            .es_target()
    }

    async fn clean_es(&self) -> anyhow::Result<()> {
        let t = self.es();
        for i in [
            "ph-accounts-v1",
            "ph-accounts-v2",
            "ph-orders-v1",
            "ph-orders-v2",
            "ph-history",
            "ph-history-audit",
            "ph-history-lock",
        ] {
            t.call(
                Method::Delete,
                &format!("/{i}"),
                &[],
                None,
                &[404],
                "cleaning up",
            )
            .await?;
        }
        Ok(())
    }

    async fn mongo_db(&self) -> anyhow::Result<mongodb::Database> {
        let url = self.mongo.as_deref().expect("a database");
        let client = mongodb::Client::with_uri_str(url).await?;
        let name = url
            .split("://")
            .nth(1)
            .and_then(|r| r.split('/').nth(1))
            .and_then(|r| r.split('?').next())
            .unwrap_or_default()
            .to_string();
        Ok(client.database(&name))
    }

    /// The engine's `tidegate.toml` section.
    fn config(&self, extra: &str) -> String {
        match self.kind {
            Kind::Postgres => format!(
                "[postgres]\nurl = \"{}\"\nallow_privileged_role = true\nbackfill_batch = 100\n{extra}",
                self.pg.as_ref().expect("a database").url
            ),
            Kind::Mongodb => format!(
                "[mongodb]\nurl = \"{}\"\n{extra}",
                self.mongo.as_deref().expect("a database")
            ),
            Kind::Elasticsearch => format!(
                "[elasticsearch]\nurl = \"{}\"\nhistory_index = \"ph-history\"\n{extra}",
                self.server
            ),
        }
    }

    /// The base migration (both objects) and a phased migration on each.
    fn modules(&self) -> Vec<(String, &'static str, String)> {
        let mut m = Vec::new();
        let caps = |names: &str| match self.kind {
            Kind::Postgres => format!("[capabilities]\ntables = [{names}]\n"),
            Kind::Mongodb => format!("[capabilities]\ncollections = [{names}]\n"),
            Kind::Elasticsearch => {
                let n: Vec<String> = names
                    .split(", ")
                    .map(|x| format!("\"ph-{}*\"", x.trim_matches('"')))
                    .collect();
                format!("[capabilities]\nindices = [{}]\n", n.join(", "))
            }
        };
        match self.kind {
            Kind::Postgres => m.push((
                "0001_base".into(),
                "up.sql",
                "CREATE TABLE accounts (id bigserial PRIMARY KEY, amount integer, note text);\nCREATE TABLE orders (id bigserial PRIMARY KEY, amount integer, note text);\nCREATE INDEX accounts_amount_idx ON accounts (amount);".into(),
            )),
            Kind::Mongodb => m.push((
                "0001_base".into(),
                "up.mongo.json",
                r#"[{"run_command": {"create": "accounts"}}, {"run_command": {"create": "orders"}}]"#.into(),
            )),
            Kind::Elasticsearch => m.push((
                "0001_base".into(),
                "up.es.json",
                r#"[{"method": "PUT", "path": "/ph-accounts-v1", "body": {"mappings": {"properties": {"amount": {"type": "integer"}, "note": {"type": "text"}}}, "aliases": {"ph-accounts": {}, "ph-accounts-write": {}}}},
                    {"method": "PUT", "path": "/ph-orders-v1", "body": {"mappings": {"properties": {"amount": {"type": "integer"}, "note": {"type": "text"}}}, "aliases": {"ph-orders": {}, "ph-orders-write": {}}}}]"#.into(),
            )),
        }
        m.push((
            "0001_base".into(),
            "module.toml",
            caps("\"accounts\", \"orders\""),
        ));
        for (id, object) in [
            ("0002_accounts", "accounts"),
            ("0003_orders", "orders"),
            ("0004_accounts_again", "accounts"),
        ] {
            m.push((id.into(), "phases.toml", self.phases(object)));
            m.push((id.into(), "module.toml", caps(&format!("\"{object}\""))));
        }
        m
    }

    fn phases(&self, object: &str) -> String {
        match self.kind {
            Kind::Postgres => format!(
                "[[postgres]]\nop = \"change_type\"\ntable = \"{object}\"\ncolumn = \"amount\"\ntype = \"bigint\"\nup = \"amount::bigint * 100\"\ndown = \"(amount / 100)::integer\"\n\n[[postgres]]\nop = \"rename_column\"\ntable = \"{object}\"\nfrom = \"note\"\nto = \"memo\"\n"
            ),
            Kind::Mongodb => format!(
                "[[mongodb]]\nop = \"validator_change\"\ncollection = \"{object}\"\nunset = [\"note\"]\n[mongodb.validator.\"$jsonSchema\"]\nrequired = [\"amount\", \"memo\"]\n[mongodb.set]\nmemo = \"$note\"\n"
            ),
            Kind::Elasticsearch => format!(
                "[[elasticsearch]]\nop = \"mapping_change\"\nread_alias = \"ph-{object}\"\nwrite_alias = \"ph-{object}-write\"\nindex = \"ph-{object}-v2\"\n[elasticsearch.mappings.properties.amount]\ntype = \"long\"\n[elasticsearch.mappings.properties.note]\ntype = \"keyword\"\n"
            ),
        }
    }

    /// Fill `object` with [`SEEDED`] rows.
    async fn seed(&self, object: &str) -> anyhow::Result<()> {
        match self.kind {
            Kind::Postgres => {
                let mut c = self.pg.as_ref().expect("a database").connect().await?;
                sqlx::raw_sql(AssertSqlSafe(format!(
                    "INSERT INTO {object} (amount, note) SELECT g, 'n' || g FROM generate_series(1, {SEEDED}) g"
                )))
                .execute(&mut c)
                .await?;
            }
            Kind::Mongodb => {
                let docs: Vec<Document> = (1..=SEEDED)
                    .map(|i| doc! { "_id": i, "amount": i, "note": format!("n{i}") })
                    .collect();
                self.mongo_db()
                    .await?
                    .collection::<Document>(object)
                    .insert_many(docs)
                    .await?;
            }
            Kind::Elasticsearch => {
                let mut body = String::new();
                for i in 1..=SEEDED {
                    body.push_str(&format!(
                        "{{\"index\":{{\"_index\":\"ph-{object}-write\",\"_id\":\"{i}\"}}}}\n{{\"amount\":{i},\"note\":\"n{i}\"}}\n"
                    ));
                }
                let a = self
                    .es()
                    .send(
                        Method::Post,
                        "/_bulk",
                        &[("refresh".into(), "true".into())],
                        Some(body),
                    )
                    .await?;
                ensure!(a.ok() && !a.body.contains("\"errors\":true"), "{}", a.body);
            }
        }
        Ok(())
    }

    /// A write of the old application version (key `id`).
    async fn write_old(&self, object: &str, id: i64) -> anyhow::Result<()> {
        match self.kind {
            Kind::Postgres => {
                let mut c = self.pg.as_ref().expect("a database").connect().await?;
                sqlx::query(AssertSqlSafe(format!(
                    "INSERT INTO {object} (id, amount, note) VALUES ($1, 7, 'old')"
                )))
                .bind(id)
                .execute(&mut c)
                .await?;
            }
            Kind::Mongodb => {
                self.mongo_db()
                    .await?
                    .collection::<Document>(object)
                    .insert_one(doc! { "_id": id, "amount": 7, "note": "old" })
                    .await?;
            }
            Kind::Elasticsearch => {
                self.es_put(object, id, "{\"amount\":7,\"note\":\"old\"}")
                    .await?
            }
        }
        Ok(())
    }

    /// A write of the new application version (key `id`).
    async fn write_new(&self, object: &str, id: i64) -> anyhow::Result<()> {
        match self.kind {
            Kind::Postgres => {
                let mut url = url::Url::parse(&self.pg.as_ref().expect("a database").url)?;
                url.query_pairs_mut().append_pair(
                    "options",
                    &format!("-c search_path={},public", version_schema(object)),
                );
                let mut c = PgConnection::connect(url.as_str()).await?;
                sqlx::query(AssertSqlSafe(format!(
                    "INSERT INTO {object} (id, amount, memo) VALUES ($1, 5000000000, 'new')"
                )))
                .bind(id)
                .execute(&mut c)
                .await
                .context("the new version writes through its schema")?;
                // The new version sees its own columns, and not the old ones.
                let seen: (i64, String) = sqlx::query_as(AssertSqlSafe(format!(
                    "SELECT amount, memo FROM {object} WHERE id = $1"
                )))
                .bind(id)
                .fetch_one(&mut c)
                .await?;
                ensure!(seen == (5_000_000_000, "new".into()), "{seen:?}");
                let old_name = sqlx::query(AssertSqlSafe(format!("SELECT note FROM {object}")))
                    .fetch_one(&mut c)
                    .await;
                ensure!(old_name.is_err(), "the new version still sees `note`");
            }
            Kind::Mongodb => {
                self.mongo_db()
                    .await?
                    .collection::<Document>(object)
                    .insert_one(doc! { "_id": id, "amount": 9, "memo": "new" })
                    .await?;
            }
            Kind::Elasticsearch => {
                self.es_put(object, id, "{\"amount\":5000000000,\"note\":\"new\"}")
                    .await?
            }
        }
        Ok(())
    }

    async fn es_put(&self, object: &str, id: i64, body: &str) -> anyhow::Result<()> {
        let a = self
            .es()
            .send(
                Method::Put,
                &format!("/ph-{object}-write/_doc/{id}"),
                &[("refresh".into(), "true".into())],
                Some(body.into()),
            )
            .await?;
        ensure!(a.ok(), "{}", a.body);
        Ok(())
    }

    /// The history row's status of migration `id`, read on the server.
    async fn status(&self, id: &str) -> anyhow::Result<Option<String>> {
        Ok(match self.kind {
            Kind::Postgres => {
                let mut c = self.pg.as_ref().expect("a database").connect().await?;
                sqlx::query_scalar("SELECT status FROM tidegate_migrations WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut c)
                    .await?
            }
            Kind::Mongodb => self
                .mongo_db()
                .await?
                .collection::<Document>("tidegate_migrations")
                .find_one(doc! { "_id": id })
                .await?
                .and_then(|d| d.get_str("status").ok().map(str::to_string)),
            Kind::Elasticsearch => {
                let a = self
                    .es()
                    .call(
                        Method::Get,
                        &format!("/ph-history/_doc/{id}"),
                        &[],
                        None,
                        &[404],
                        "test",
                    )
                    .await?;
                a.json()["_source"]["status"].as_str().map(str::to_string)
            }
        })
    }

    /// While in flight: every row that existed at start has the new shape
    /// filled (PostgreSQL: the shadow column; MongoDB: `memo`;
    /// Elasticsearch: the new index holds every document).
    async fn check_started(&self, object: &str) -> anyhow::Result<()> {
        match self.kind {
            Kind::Postgres => {
                let mut c = self.pg.as_ref().expect("a database").connect().await?;
                let unfilled: i64 = sqlx::query_scalar(AssertSqlSafe(format!(
                    "SELECT count(*) FROM {object} WHERE _tg_new_amount IS DISTINCT FROM amount::bigint * 100"
                )))
                .fetch_one(&mut c)
                .await?;
                ensure!(unfilled == 0, "{unfilled} rows of {object} not backfilled");
            }
            Kind::Mongodb => {
                let c = self.mongo_db().await?.collection::<Document>(object);
                let unfilled = c
                    .count_documents(doc! { "memo": { "$exists": false } })
                    .await?;
                ensure!(
                    unfilled == 0,
                    "{unfilled} documents of {object} not backfilled"
                );
            }
            Kind::Elasticsearch => {
                ensure!(self.es_count(&format!("ph-{object}-v2")).await? == SEEDED as u64);
                ensure!(
                    self.es_alias(&format!("ph-{object}-write")).await?
                        == [format!("ph-{object}-v2")]
                );
                ensure!(
                    self.es_alias(&format!("ph-{object}")).await? == [format!("ph-{object}-v1")]
                );
            }
        }
        Ok(())
    }

    /// After complete: only the new shape, and the old and new versions'
    /// writes (keys `old` and `new`) both there.
    async fn check_completed(&self, object: &str, old: i64, new: i64) -> anyhow::Result<()> {
        match self.kind {
            Kind::Postgres => {
                let mut c = self.pg.as_ref().expect("a database").connect().await?;
                let ty: String = sqlx::query_scalar(
                    "SELECT data_type FROM information_schema.columns WHERE table_name = $1 AND column_name = 'amount'",
                )
                .bind(object)
                .fetch_one(&mut c)
                .await?;
                ensure!(ty == "bigint", "{object}.amount is {ty}");
                let rows: Vec<(i64, i64, String)> = sqlx::query_as(AssertSqlSafe(format!(
                    "SELECT id, amount, memo FROM {object} WHERE id IN ($1, $2) ORDER BY id"
                )))
                .bind(old)
                .bind(new)
                .fetch_all(&mut c)
                .await?;
                ensure!(
                    rows == vec![(old, 700, "old".into()), (new, 5_000_000_000, "new".into())],
                    "{rows:?}"
                );
                let first: i64 = sqlx::query_scalar(AssertSqlSafe(format!(
                    "SELECT amount FROM {object} WHERE id = 1"
                )))
                .fetch_one(&mut c)
                .await?;
                ensure!(first == 100, "row 1's amount is {first}");
                let left: i64 = sqlx::query_scalar(
                    "SELECT count(*) FROM information_schema.columns WHERE table_name = $1 AND column_name LIKE '\\_tg\\_%'",
                )
                .bind(object)
                .fetch_one(&mut c)
                .await?;
                ensure!(left == 0, "shadow columns left on {object}");
                let schema: i64 =
                    sqlx::query_scalar("SELECT count(*) FROM pg_namespace WHERE nspname = $1")
                        .bind(version_schema(object))
                        .fetch_one(&mut c)
                        .await?;
                ensure!(schema == 0, "a version schema is left");
                let idx: i64 = sqlx::query_scalar(
                    "SELECT count(*) FROM pg_indexes WHERE indexname = 'accounts_amount_idx' AND indexdef LIKE '%(amount)%'",
                )
                .fetch_one(&mut c)
                .await?;
                ensure!(
                    object != "accounts" || idx == 1,
                    "the index on amount was not carried over"
                );
            }
            Kind::Mongodb => {
                let c = self.mongo_db().await?.collection::<Document>(object);
                ensure!(
                    c.count_documents(doc! { "note": { "$exists": true } })
                        .await?
                        == 0
                );
                ensure!(
                    c.count_documents(doc! { "memo": { "$exists": false } })
                        .await?
                        == 0
                );
                let o = c
                    .find_one(doc! { "_id": old })
                    .await?
                    .context("the old version's document")?;
                ensure!(o.get_str("memo")? == "old", "{o}");
                let n = c
                    .find_one(doc! { "_id": new })
                    .await?
                    .context("the new version's document")?;
                ensure!(n.get_str("memo")? == "new", "{n}");
                let spec = self.mongo_options(object).await?;
                ensure!(spec.contains("Strict") && spec.contains("Error"), "{spec}");
            }
            Kind::Elasticsearch => {
                ensure!(
                    self.es_alias(&format!("ph-{object}")).await? == [format!("ph-{object}-v2")]
                );
                ensure!(self.es_count(&format!("ph-{object}")).await? == SEEDED as u64 + 2);
                let gone = self
                    .es()
                    .call(
                        Method::Head,
                        &format!("/ph-{object}-v1"),
                        &[],
                        None,
                        &[404],
                        "test",
                    )
                    .await?;
                ensure!(gone.status == 404, "the old index is still there");
            }
        }
        Ok(())
    }

    async fn mongo_options(&self, object: &str) -> anyhow::Result<String> {
        let specs: Vec<_> = self
            .mongo_db()
            .await?
            .list_collections()
            .filter(doc! { "name": object })
            .await?
            .try_collect()
            .await?;
        Ok(format!("{:?}", specs.first().map(|s| &s.options)))
    }

    async fn es_count(&self, index: &str) -> anyhow::Result<u64> {
        let a = self
            .es()
            .call(
                Method::Get,
                &format!("/{index}/_count"),
                &[],
                None,
                &[],
                "test",
            )
            .await?;
        Ok(a.json()["count"].as_u64().unwrap_or(0))
    }

    async fn es_alias(&self, alias: &str) -> anyhow::Result<Vec<String>> {
        let a = self
            .es()
            .call(
                Method::Get,
                &format!("/_alias/{alias}"),
                &[],
                None,
                &[404],
                "test",
            )
            .await?;
        let mut v: Vec<String> = a
            .json()
            .as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        v.sort();
        Ok(v)
    }

    /// What a rollback must give back, for `object`.
    async fn catalog(&self, object: &str) -> anyhow::Result<String> {
        Ok(match self.kind {
            Kind::Postgres => {
                let snap = self.pg.as_ref().expect("a database").snapshot().await?;
                let mut out: Vec<String> = snap
                    .objects
                    .iter()
                    .filter(|((_, name), _)| name.contains(object))
                    .map(|o| format!("{o:?}"))
                    .collect();
                out.sort();
                ensure!(!out.is_empty(), "no catalog for {object}");
                out.join("\n")
            }
            Kind::Mongodb => {
                // The server's defaults say nothing: a validator put back
                // to none reads as `{}`, `strict`, `error`.
                let specs: Vec<_> = self
                    .mongo_db()
                    .await?
                    .list_collections()
                    .filter(doc! { "name": object })
                    .await?
                    .try_collect()
                    .await?;
                let o = &specs.first().context("the collection")?.options;
                format!(
                    "{:?} {:?} {:?}",
                    o.validator.as_ref().filter(|v| !v.is_empty()),
                    o.validation_level
                        .as_ref()
                        .filter(|l| format!("{l:?}") != "Strict"),
                    o.validation_action
                        .as_ref()
                        .filter(|a| format!("{a:?}") != "Error"),
                )
            }
            Kind::Elasticsearch => {
                let a = self
                    .es()
                    .call(
                        Method::Get,
                        &format!("/ph-{object}*/_mapping"),
                        &[],
                        None,
                        &[],
                        "test",
                    )
                    .await?;
                format!(
                    "{} {:?} {:?}",
                    a.body,
                    self.es_alias(&format!("ph-{object}")).await?,
                    self.es_alias(&format!("ph-{object}-write")).await?
                )
            }
        })
    }

    /// The fault that kills a start in its backfill, after one batch.
    fn kill_in_backfill(&self) -> &'static str {
        match self.kind {
            // 100-row batches (backfill_batch); 1,000-document batches.
            Kind::Postgres => "abort@backfill:2",
            Kind::Mongodb => "abort@backfill:1",
            // The reindex is one task: killed once it is done.
            Kind::Elasticsearch => "abort@backfill:1",
        }
    }

    async fn finish(self) -> anyhow::Result<()> {
        match self.kind {
            Kind::Postgres => self.pg.expect("a database").drop().await,
            Kind::Mongodb => Ok(self.mongo_db().await?.drop().await?),
            Kind::Elasticsearch => self.clean_es().await,
        }
    }
}

fn version_schema(object: &str) -> String {
    tidegate::engine::postgres::phased::version_schema(if object == "accounts" {
        "0002_accounts"
    } else {
        "0003_orders"
    })
}

/// Run the tidegate binary with `env`; (exit code, stdout and stderr).
fn tg(args: &[&str], toml: &Path, env: &[(&str, &str)]) -> (i32, String) {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_tidegate"));
    cmd.args(args)
        .arg("--config")
        .arg(toml)
        .env_remove("TIDEGATE_POSTGRES_URL")
        .env_remove("TIDEGATE_POSTGRES_ALLOW_PRIVILEGED_ROLE")
        .env_remove("TIDEGATE_POSTGRES_MIGRATION_ROLE")
        .env("TIDEGATE_CACHE_DIR", toml.parent().unwrap().join("cache"));
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("runs tidegate");
    (
        out.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

fn project(e: &Eng, extra: &str) -> anyhow::Result<(tempfile::TempDir, PathBuf)> {
    let files = e.modules();
    let files: Vec<(&str, &str, &str)> = files
        .iter()
        .map(|(m, f, t)| (m.as_str(), *f, t.as_str()))
        .collect();
    common::module_project(&files, &e.config(extra))
}

async fn phases_converge_after_kills(kind: Kind, server: String) -> anyhow::Result<()> {
    let e = Eng::new(kind, &server).await?;
    let (_dir, toml) = project(&e, "")?;
    let (code, out) = tg(&["apply", "--to", "0001_base"], &toml, &[]);
    ensure!(code == 0, "{out}");
    e.seed("accounts").await?;
    e.seed("orders").await?;
    let orders_before = e.catalog("orders").await?;

    // A start killed in its backfill: `running`, then resumed.
    let (code, out) = tg(
        &["apply", "--to", "0003_orders"],
        &toml,
        &[("TIDEGATE_FAULT", e.kill_in_backfill())],
    );
    ensure!(code != 0, "the kill did not land: {out}");
    ensure!(e.status("0002_accounts").await?.as_deref() == Some("running"));
    let (code, out) = tg(&["apply", "--to", "0003_orders"], &toml, &[]);
    ensure!(code == 0, "{out}");
    // Two in flight at once, on disjoint objects.
    for (id, object) in [("0002_accounts", "accounts"), ("0003_orders", "orders")] {
        ensure!(e.status(id).await?.as_deref() == Some("in-flight"), "{id}");
        e.check_started(object).await?;
    }

    // An overlapping one is refused, and leaves no trace.
    let (code, out) = tg(&["apply"], &toml, &[]);
    ensure!(code == 4, "exit {code}: {out}");
    ensure!(
        out.contains("0002_accounts") && out.contains("in flight"),
        "{out}"
    );
    ensure!(e.status("0004_accounts_again").await?.is_none());

    // Both application versions write while in flight.
    e.write_old("accounts", 100_001).await?;
    e.write_new("accounts", 100_002).await?;

    // A complete killed part way, then finished.
    let (code, out) = tg(
        &["complete", "0002_accounts"],
        &toml,
        &[("TIDEGATE_FAULT", "abort@phase:1")],
    );
    ensure!(code != 0, "the kill did not land: {out}");
    ensure!(e.status("0002_accounts").await?.as_deref() == Some("completing"));
    let (code, out) = tg(&["rollback", "0002_accounts"], &toml, &[]);
    ensure!(
        code == 2 && out.contains("tidegate complete 0002_accounts"),
        "exit {code}: {out}"
    );
    let (code, out) = tg(&["complete", "0002_accounts"], &toml, &[]);
    ensure!(code == 0, "{out}");
    ensure!(e.status("0002_accounts").await?.as_deref() == Some("applied"));
    e.check_completed("accounts", 100_001, 100_002).await?;

    // A rollback killed part way, then finished: the catalog is as before.
    let (code, out) = tg(
        &["rollback", "0003_orders"],
        &toml,
        &[("TIDEGATE_FAULT", "abort@phase:1")],
    );
    ensure!(code != 0, "the kill did not land: {out}");
    ensure!(e.status("0003_orders").await?.as_deref() == Some("rolling-back"));
    let (code, out) = tg(&["complete", "0003_orders"], &toml, &[]);
    ensure!(
        code == 2 && out.contains("tidegate rollback 0003_orders"),
        "exit {code}: {out}"
    );
    let (code, out) = tg(&["rollback", "0003_orders"], &toml, &[]);
    ensure!(code == 0, "{out}");
    ensure!(e.status("0003_orders").await?.as_deref() == Some("rolled-back"));
    let after = e.catalog("orders").await?;
    ensure!(
        after == orders_before,
        "rollback changed the catalog:\n{orders_before}\n---\n{after}"
    );

    // Nothing to complete or roll back: refused, nothing changed.
    let (code, out) = tg(&["complete", "0003_orders"], &toml, &[]);
    ensure!(
        code == 2 && out.contains("not in flight"),
        "exit {code}: {out}"
    );
    let (code, out) = tg(&["rollback", "0002_accounts"], &toml, &[]);
    ensure!(
        code == 2 && out.contains("completed already"),
        "exit {code}: {out}"
    );
    let (code, out) = tg(&["complete"], &toml, &[]);
    ensure!(
        code == 2 && out.contains("no phased migration is in flight"),
        "exit {code}: {out}"
    );
    ensure!(e.status("0003_orders").await?.as_deref() == Some("rolled-back"));
    ensure!(e.status("0002_accounts").await?.as_deref() == Some("applied"));
    e.finish().await
}

/// A start whose DDL waits on a long transaction: retried until the lock
/// comes, or failed and rolled back when it does not.
async fn ddl_waits_with_retries_or_rolls_back(server: String) -> anyhow::Result<()> {
    let e = Eng::new(Kind::Postgres, &server).await?;
    let db_url = e.pg.as_ref().expect("a database").url.clone();
    let (_dir, toml) = project(&e, "phase_lock_timeout = \"100ms\"\nphase_retries = 2\n")?;
    let (code, out) = tg(&["apply", "--to", "0001_base"], &toml, &[]);
    ensure!(code == 0, "{out}");
    e.seed("accounts").await?;
    let before = e.catalog("accounts").await?;
    // A transaction that holds the table for longer than the retries last.
    let mut holder = PgConnection::connect(&db_url).await?;
    sqlx::raw_sql("BEGIN; LOCK TABLE accounts IN ACCESS SHARE MODE")
        .execute(&mut holder)
        .await?;
    let (code, out) = tg(&["apply", "--to", "0002_accounts"], &toml, &[]);
    ensure!(code == 1, "exit {code}: {out}");
    ensure!(
        out.contains("did not get its lock") && out.contains("rolled back"),
        "{out}"
    );
    sqlx::raw_sql("ROLLBACK").execute(&mut holder).await?;
    ensure!(
        e.status("0002_accounts").await?.is_none(),
        "a failed start left a history row"
    );
    ensure!(
        e.catalog("accounts").await? == before,
        "a failed start left changes"
    );

    // Held for a moment only (longer than the process takes to reach its
    // first statement, shorter than enough retries): the retries get it.
    let config = std::fs::read_to_string(&toml)?.replace("phase_retries = 2", "phase_retries = 20");
    std::fs::write(&toml, config)?;
    sqlx::raw_sql("BEGIN; LOCK TABLE accounts IN ACCESS SHARE MODE")
        .execute(&mut holder)
        .await?;
    let release = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(1500)).await;
        sqlx::raw_sql("ROLLBACK")
            .execute(&mut holder)
            .await
            .map(drop)
    });
    let (code, out) = tg(&["apply", "--to", "0002_accounts"], &toml, &[]);
    release.await??;
    ensure!(code == 0, "{out}");
    ensure!(out.contains("took its lock on try"), "{out}");
    ensure!(e.status("0002_accounts").await?.as_deref() == Some("in-flight"));
    e.finish().await
}

/// Operations that cannot run are refused before anything changes.
async fn bad_operations_are_refused(server: String) -> anyhow::Result<()> {
    let e = Eng::new(Kind::Postgres, &server).await?;
    let url = e.pg.as_ref().expect("a database").url.clone();
    // No conversion for a type change: the build refuses it.
    let dir = tempfile::tempdir()?;
    let m = dir.path().join("modules/0001_bad");
    std::fs::create_dir_all(&m)?;
    std::fs::write(
        m.join("phases.toml"),
        "[[postgres]]\nop = \"change_type\"\ntable = \"t\"\ncolumn = \"a\"\ntype = \"bigint\"\n",
    )?;
    let toml = dir.path().join("tidegate.toml");
    std::fs::write(
        &toml,
        format!(
            "modules = \"modules\"\n[postgres]\nurl = \"{url}\"\nallow_privileged_role = true\n"
        ),
    )?;
    let (code, out) = tg(&["build"], &toml, &[]);
    ensure!(code == 0, "{out}");
    let (code, out) = tg(&["apply"], &toml, &[]);
    ensure!(
        code == 2 && out.contains("needs a conversion each way"),
        "exit {code}: {out}"
    );
    ensure!(
        e.status("0001_bad").await?.is_none(),
        "a refused migration left a row"
    );

    // An operation on an undeclared table.
    std::fs::write(
        m.join("phases.toml"),
        "[[postgres]]\nop = \"drop_column\"\ntable = \"orders\"\ncolumn = \"a\"\n",
    )?;
    std::fs::write(m.join("module.toml"), "[capabilities]\ntables = [\"t\"]\n")?;
    let (code, out) = tg(&["build"], &toml, &[]);
    ensure!(code == 0, "{out}");
    for cmd in ["plan", "apply"] {
        let (code, out) = tg(&[cmd], &toml, &[]);
        ensure!(
            code == 2 && out.contains("outside this module's declared capabilities"),
            "{cmd}: exit {code}: {out}"
        );
    }
    // Statements smuggled into an expression or a type.
    std::fs::write(
        m.join("phases.toml"),
        "[[postgres]]\nop = \"add_column\"\ntable = \"t\"\ncolumn = \"c\"\ntype = \"int; DROP TABLE t\"\n",
    )?;
    let (code, out) = tg(&["build"], &toml, &[]);
    ensure!(code == 0, "{out}");
    let (code, out) = tg(&["apply"], &toml, &[]);
    ensure!(
        code == 2 && out.contains("holds a `;`"),
        "exit {code}: {out}"
    );

    // A column that exists already, and is not this migration's: refused,
    // and the rollback that follows leaves it (and its data) alone.
    let mut c = e.pg.as_ref().expect("a database").connect().await?;
    sqlx::raw_sql(
        "CREATE TABLE t (id bigserial PRIMARY KEY, b integer); INSERT INTO t (b) VALUES (42)",
    )
    .execute(&mut c)
    .await?;
    std::fs::write(
        m.join("phases.toml"),
        "[[postgres]]\nop = \"add_column\"\ntable = \"t\"\ncolumn = \"b\"\ntype = \"integer\"\n",
    )?;
    let (code, out) = tg(&["build"], &toml, &[]);
    ensure!(code == 0, "{out}");
    let (code, out) = tg(&["apply"], &toml, &[]);
    ensure!(
        code == 1 && out.contains("exists already"),
        "exit {code}: {out}"
    );
    let kept: i32 = sqlx::query_scalar("SELECT b FROM t")
        .fetch_one(&mut c)
        .await?;
    ensure!(kept == 42, "the existing column lost its data");
    ensure!(e.status("0001_bad").await?.is_none());

    // A phased module with an up.sql beside its phases.
    std::fs::write(m.join("up.sql"), "SELECT 1;")?;
    let (code, out) = tg(&["build"], &toml, &[]);
    ensure!(
        code != 0 && out.contains("beside phases.toml"),
        "exit {code}: {out}"
    );
    e.finish().await
}

/// The other PostgreSQL operations: a plan proves each phase (its rollback
/// gives the catalog back), apply starts them, complete finishes them.
async fn every_operation_plans_starts_and_completes(server: String) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let base = "CREATE TABLE owners (id bigserial PRIMARY KEY, name text);\nCREATE TABLE pets (id bigserial PRIMARY KEY, owner_id bigint, name text, legs integer, colour text, CONSTRAINT pets_legs_check CHECK (legs >= 0));\nCREATE INDEX pets_colour_idx ON pets (colour);\nINSERT INTO owners (name) SELECT 'o' || g FROM generate_series(1, 50) g;\nINSERT INTO pets (owner_id, name, legs, colour) SELECT g % 50 + 1, 'p' || g, 4, 'brown' FROM generate_series(1, 300) g;";
    let phases = r#"
[[postgres]]
op = "create_table"
table = "vets"
definition = "id bigserial PRIMARY KEY, name text NOT NULL"

[[postgres]]
op = "add_column"
table = "pets"
column = "nickname"
type = "text"
default = "'none'"
not_null = true
check = "length(nickname) < 40"
unique = false

[[postgres]]
op = "add_column"
table = "pets"
column = "vet_id"
type = "bigint"
references = "vets(id)"

[[postgres]]
op = "add_foreign_key"
table = "pets"
name = "pets_owner_fk"
columns = ["owner_id"]
references = "owners"
references_columns = ["id"]
on_delete = "CASCADE"

[[postgres]]
op = "add_check"
table = "pets"
name = "pets_name_check"
check = "name <> ''"

[[postgres]]
op = "add_unique"
table = "pets"
name = "pets_name_key"
columns = ["name"]

[[postgres]]
op = "set_default"
table = "pets"
column = "colour"
default = "'black'"

[[postgres]]
op = "set_not_null"
table = "pets"
column = "colour"
up = "coalesce(colour, 'unknown')"

[[postgres]]
op = "drop_column"
table = "pets"
column = "legs"
down = "4"

[[postgres]]
op = "drop_constraint"
table = "pets"
name = "pets_legs_check"

[[postgres]]
op = "drop_index"
table = "pets"
name = "pets_colour_idx"

[[postgres]]
op = "rename_table"
from = "owners"
to = "people"
"#;
    let files = [
        ("0001_base", "up.sql", base),
        (
            "0001_base",
            "module.toml",
            "[capabilities]\ntables = [\"owners\", \"pets\"]\n",
        ),
        ("0002_everything", "phases.toml", phases),
        (
            "0002_everything",
            "module.toml",
            "[capabilities]\ntables = [\"owners\", \"pets\", \"vets\", \"people\"]\n",
        ),
    ];
    let (_dir, toml) = common::module_project(
        &files,
        &format!(
            "[postgres]\nurl = \"{}\"\nallow_privileged_role = true\n",
            db.url
        ),
    )?;
    let (code, out) = tg(&["apply", "--to", "0001_base"], &toml, &[]);
    ensure!(code == 0, "{out}");
    let (code, out) = tg(&["plan", "--no-health", "--format", "json"], &toml, &[]);
    ensure!(code == 0, "{out}");
    let plan: serde_json::Value = serde_json::from_str(&out[..out.rfind('}').map_or(0, |i| i + 1)])
        .with_context(|| out.clone())?;
    let phases = &plan["migrations"][0]["phases"];
    ensure!(
        phases[1]["phase"] == "rollback" && phases[1]["restores_catalog"] == true,
        "{phases:#}"
    );
    let (code, out) = tg(&["apply"], &toml, &[]);
    ensure!(code == 0, "{out}");
    let mut c = db.connect().await?;
    let q = async |c: &mut PgConnection, sql: &str| -> anyhow::Result<i64> {
        Ok(sqlx::query_scalar::<_, i64>(AssertSqlSafe(sql.to_string()))
            .fetch_one(c)
            .await?)
    };
    // In flight: the new version's inserts get the view's default and
    // `down`; the old version's its own, and `up` fills the new column.
    let schema = tidegate::engine::postgres::phased::version_schema("0002_everything");
    sqlx::raw_sql(AssertSqlSafe(format!("SET search_path = {schema}, public; INSERT INTO vets (name) VALUES ('v'); INSERT INTO pets (owner_id, name, colour, nickname, vet_id) VALUES (1, 'new', 'red', 'n', 1); RESET search_path")))
        .execute(&mut c)
        .await
        .context("the new version writes")?;
    sqlx::raw_sql("INSERT INTO pets (owner_id, name, legs) VALUES (2, 'old', 3)")
        .execute(&mut c)
        .await
        .context("the old version writes")?;
    ensure!(q(&mut c, "SELECT legs::bigint FROM pets WHERE name = 'new'").await? == 4);
    sqlx::raw_sql(AssertSqlSafe(format!("SET search_path = {schema}, public; INSERT INTO pets (owner_id, name, nickname) VALUES (3, 'new2', 'm'); RESET search_path")))
        .execute(&mut c)
        .await
        .context("the new version's insert takes its default")?;
    ensure!(
        q(
            &mut c,
            "SELECT count(*) FROM pets WHERE name = 'new2' AND _tg_new_colour = 'black'"
        )
        .await?
            == 1
    );
    ensure!(
        q(
            &mut c,
            "SELECT count(*) FROM pets WHERE _tg_new_colour IS NULL OR nickname IS NULL"
        )
        .await?
            == 0
    );
    let (code, out) = tg(&["complete"], &toml, &[]);
    ensure!(code == 0, "{out}");
    for (sql, want) in [
        (
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'pets' AND column_name = 'legs'",
            0,
        ),
        (
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'people'",
            1,
        ),
        (
            "SELECT count(*) FROM pg_constraint WHERE conname IN ('pets_owner_fk', 'pets_name_check', 'pets_name_key', 'pets_vet_id_fkey', 'pets_nickname_check') AND convalidated",
            5,
        ),
        (
            "SELECT count(*) FROM pg_constraint WHERE conname = 'pets_legs_check'",
            0,
        ),
        (
            "SELECT count(*) FROM pg_indexes WHERE indexname = 'pets_colour_idx'",
            0,
        ),
        (
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'pets' AND is_nullable = 'NO' AND column_name IN ('colour', 'nickname')",
            2,
        ),
        ("SELECT count(*) FROM pets WHERE colour = 'brown'", 300),
        (
            "SELECT count(*) FROM pets WHERE colour = 'unknown' AND name = 'old'",
            1,
        ),
        ("SELECT count(*) FROM pets WHERE nickname = 'none'", 301),
        (
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'pets' AND column_name = 'colour' AND column_default LIKE '%black%'",
            1,
        ),
    ] {
        let got = q(&mut c, sql).await?;
        ensure!(got == want, "{sql}: {got}, not {want}");
    }
    db.drop().await
}

/// `tidegate test` proves a phased migration: started, rolled back to the
/// catalog before it, started again to the same catalog, completed.
async fn tidegate_test_proves_a_phased_migration(server: String) -> anyhow::Result<()> {
    let e = Eng::new(Kind::Postgres, &server).await?;
    let (_dir, toml) = project(&e, "")?;
    // Not the overlapping third one: `test` applies every migration.
    std::fs::remove_dir_all(toml.parent().unwrap().join("modules/0004_accounts_again"))?;
    let (code, out) = tg(&["test"], &toml, &[]);
    ensure!(code == 0, "{out}");
    let row = out
        .lines()
        .find(|l| l.starts_with("0002_accounts"))
        .with_context(|| out.clone())?;
    ensure!(
        row.split_whitespace().take(3).collect::<Vec<_>>() == ["0002_accounts", "ok", "ok"],
        "{out}"
    );
    e.finish().await
}

fn main() {
    let args = libtest_mimic::Arguments::from_args();
    common::require_built();
    common::announce_skips();
    common::drop_stale_databases();
    common::drop_stale_mongo_databases();
    let mut trials = Vec::new();
    for kind in [Kind::Postgres, Kind::Mongodb, Kind::Elasticsearch] {
        let (label, server) = match kind {
            Kind::Postgres => ("postgres", common::postgres_server()),
            Kind::Mongodb => ("mongodb", common::mongo_server()),
            Kind::Elasticsearch => ("elasticsearch", common::es_server()),
        };
        let servers: Vec<Server> = vec![server];
        trials.push(common::servers_trial(
            format!("phases_converge_after_kills::{label}"),
            servers,
            move |urls| async move {
                let _one = (kind == Kind::Elasticsearch)
                    .then(|| SEARCH_ENGINE.lock().unwrap_or_else(|e| e.into_inner()));
                phases_converge_after_kills(kind, urls[0].clone()).await
            },
        ));
    }
    trials.push(common::pg_trial(
        "ddl_waits_with_retries_or_rolls_back",
        ddl_waits_with_retries_or_rolls_back,
    ));
    trials.push(common::pg_trial(
        "bad_operations_are_refused",
        bad_operations_are_refused,
    ));
    trials.push(common::pg_trial(
        "every_operation_plans_starts_and_completes",
        every_operation_plans_starts_and_completes,
    ));
    trials.push(common::pg_trial(
        "tidegate_test_proves_a_phased_migration",
        tidegate_test_proves_a_phased_migration,
    ));
    libtest_mimic::run(&args, trials).exit();
}
