//! Shared test support: built guests, per-test projects and databases, and
//! the rule that a missing server means "skipped", never "passed".
#![allow(dead_code)]

pub mod comment;
pub mod http;
pub mod proxy;
pub mod tls;

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libtest_mimic::{Failed, Trial};
use sqlx::{AssertSqlSafe, Connection, PgConnection};
use tidegate::config::{Config, Overrides, SandboxConfig};
use tidegate::lockfile::LockFile;

/// The repository's root (the tests belong to `host/cli`).
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("host/cli is two levels down")
        .to_path_buf()
}

/// Built example modules and their lock.
pub fn examples() -> (PathBuf, PathBuf) {
    (
        workspace().join("tidegate.lock"),
        workspace().join("target/tidegate"),
    )
}

/// Built test guests and their lock.
pub fn guests() -> (PathBuf, PathBuf) {
    let dir = workspace().join("target/test-guests");
    (dir.join("tidegate.lock"), dir)
}

pub fn require_built() {
    let (_, ex) = examples();
    let (gl, _) = guests();
    assert!(
        ex.join("0001_create_users.wasm").exists() && gl.exists(),
        "test guests are not built: run `cargo xtask guests` (or `cargo xtask test`) first"
    );
}

/// A project in a temp dir holding copies of some built migrations.
pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub config: Config,
}

impl Fixture {
    /// `ids` from the lock at `lock`, components copied from `components`.
    pub fn new(source: (PathBuf, PathBuf), ids: &[&str], url: Option<&str>) -> Fixture {
        Fixture::mixed(&[(source, ids)], url)
    }

    /// Migrations from several built sets (the examples and test guests):
    /// `ids` of each set's lock, components copied from its folder.
    pub fn mixed(sources: &[((PathBuf, PathBuf), &[&str])], url: Option<&str>) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let comp_dir = dir.path().join("components");
        std::fs::create_dir_all(&comp_dir).unwrap();
        let mut picked = Vec::new();
        for ((lock_path, components), ids) in sources {
            let lock = LockFile::read(lock_path).expect("built lock");
            let lock_dir = lock_path.parent().unwrap();
            for id in *ids {
                let mut m = lock
                    .get(id)
                    .unwrap_or_else(|| panic!("{id} is not built"))
                    .clone();
                m.module = std::fs::canonicalize(lock_dir.join(&m.module))
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                std::fs::copy(
                    components.join(format!("{id}.wasm")),
                    comp_dir.join(format!("{id}.wasm")),
                )
                .unwrap();
                picked.push(m);
            }
        }
        LockFile::new(picked)
            .write(&dir.path().join("tidegate.lock"))
            .unwrap();
        let mut config = Config::resolve(
            toml::Table::new(),
            &dir.path().join("tidegate.toml"),
            dir.path().to_path_buf(),
            Overrides {
                modules: Some(dir.path().join("no-modules")),
                ..Default::default()
            },
        )
        .unwrap();
        config.components = comp_dir;
        config.sandbox = SandboxConfig {
            memory_limit: 64 << 20,
            guest_timeout: std::time::Duration::from_secs(3),
        };
        let mut f = Fixture { dir, config };
        if let Some(url) = url {
            f = f.with("postgres", url);
        }
        // The test servers' role is a superuser, on databases made for
        // one test: said explicitly, as a throwaway service container's
        // configuration would.
        f.set("postgres", "advisory_lock_wait", "30s").set(
            "postgres",
            "allow_privileged_role",
            "true",
        )
    }

    /// Point the fixture's `engine` at `url` (for MongoDB, naming the
    /// database), waiting up to 30 s for another run's lock.
    pub fn with(self, engine: &str, url: &str) -> Self {
        let wait = if engine == "postgres" {
            "advisory_lock_wait"
        } else {
            "lock_wait"
        };
        let mut f = self.set(engine, wait, "30s");
        f.config.engine_mut(engine).set_url(url);
        f
    }

    pub fn with_mongo(self, url: &str) -> Self {
        self.with("mongodb", url)
    }

    pub fn with_es(self, url: &str) -> Self {
        self.with("elasticsearch", url)
    }

    /// Set a key of an engine's section, as tidegate.toml would.
    pub fn set(mut self, engine: &str, key: &str, value: &str) -> Self {
        self.config.engine_mut(engine).set(key, value);
        self
    }

    pub fn lock(&self) -> LockFile {
        LockFile::read(&self.config.lock).unwrap()
    }

    /// A `tidegate.toml` for the CLI, pointing at this fixture's engines.
    pub fn write_toml(&self) -> PathBuf {
        let path = self.dir.path().join("tidegate.toml");
        let mut file = toml::Table::new();
        file.insert("modules".into(), "no-modules".into());
        file.insert("components".into(), "components".into());
        let mut sandbox = toml::Table::new();
        sandbox.insert("memory_limit_mib".into(), 64.into());
        sandbox.insert("guest_timeout".into(), "3s".into());
        file.insert("sandbox".into(), sandbox.into());
        for (name, engine) in &self.config.engines {
            let mut section = engine.table.clone();
            if let Some(url) = engine.url() {
                section.insert("url".into(), url.into());
            }
            file.insert(name.clone(), section.into());
        }
        std::fs::write(&path, toml::to_string(&file).unwrap()).unwrap();
        path
    }

    /// The fixture's search target, for looking at the cluster directly.
    pub fn es_target(&self) -> tidegate::engine::elasticsearch::EsTarget {
        let cfg = tidegate::engine::elasticsearch::EsConfig::from_config(
            &self.config.engine("elasticsearch"),
        )
        .unwrap();
        tidegate::engine::elasticsearch::EsTarget::new(&cfg).unwrap()
    }

    /// The fixture's MongoDB target, for looking at the database directly.
    pub async fn mongo_target(&self) -> anyhow::Result<tidegate::engine::mongodb::MongoTarget> {
        let cfg =
            tidegate::engine::mongodb::MongoConfig::from_config(&self.config.engine("mongodb"))?;
        Ok(tidegate::engine::mongodb::MongoTarget::new(&cfg).await?)
    }
}

/// Where tests get a server: a URL, or why there is none. A container that
/// Docker could not start is a failure, never a skip.
#[derive(Clone)]
pub enum Server {
    Url(String),
    Skip(String),
    Failed(String),
}

/// The images tests start when Docker runs and no URL is given, pinned.
pub const POSTGRES_TAG: &str = "17.2-alpine";
pub const MONGO_TAGS: [&str; 2] = ["8.0.4", "7.0.16"];
pub const ELASTICSEARCH_TAG: &str = "8.17.0";
pub const OPENSEARCH_IMAGE: (&str, &str) = ("opensearchproject/opensearch", "2.19.1");
/// The `elastic` user's password in the secured Elasticsearch container.
const ELASTIC_PASSWORD: &str = "tidegate-test-Pw1";

fn docker_available() -> bool {
    std::process::Command::new("docker")
        .arg("info")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Keep a container for the rest of the process: every test shares it.
fn keep<T: Send + 'static>(container: T) {
    Box::leak(Box::new(container));
}

/// `TIDEGATE_TEST_POSTGRES_URL`, else a testcontainers PostgreSQL (official
/// image) when Docker is up, else skipped with the reason.
pub fn postgres_server() -> Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER
        .get_or_init(|| {
            server_from("TIDEGATE_TEST_POSTGRES_URL", "PostgreSQL", || {
                use testcontainers_modules::postgres::Postgres;
                use testcontainers_modules::testcontainers::ImageExt;
                use testcontainers_modules::testcontainers::runners::SyncRunner;
                let container = Postgres::default()
                    .with_tag(POSTGRES_TAG)
                    .start()
                    .map_err(|e| e.to_string())?;
                let port = container
                    .get_host_port_ipv4(5432)
                    .map_err(|e| e.to_string())?;
                keep(container);
                Ok(format!(
                    "postgres://postgres:postgres@127.0.0.1:{port}/postgres"
                ))
            })
        })
        .clone()
}

/// A server given by `var`, else one started by `start` when Docker is up
/// (a start that fails is [`Server::Failed`]), else the reason it is
/// skipped. Resolved once per process.
fn server_from(var: &str, what: &str, start: impl FnOnce() -> Result<String, String>) -> Server {
    if let Ok(url) = std::env::var(var) {
        return Server::Url(url);
    }
    if !docker_available() {
        return Server::Skip(format!("{var} is unset and Docker is not available"));
    }
    match start() {
        Ok(url) => Server::Url(url),
        Err(e) => Server::Failed(format!(
            "{var} is unset, Docker runs, and the {what} container failed to start: {e}"
        )),
    }
}

/// A MongoDB replica set of the pinned `tag`, in a container.
fn mongo_container(tag: &str) -> Result<String, String> {
    use testcontainers_modules::mongo::Mongo;
    use testcontainers_modules::testcontainers::ImageExt;
    use testcontainers_modules::testcontainers::runners::SyncRunner;
    let container = Mongo::repl_set()
        .with_tag(tag)
        .start()
        .map_err(|e| e.to_string())?;
    let port = container
        .get_host_port_ipv4(27017)
        .map_err(|e| e.to_string())?;
    keep(container);
    Ok(format!("mongodb://127.0.0.1:{port}/?directConnection=true"))
}

/// `TIDEGATE_TEST_MONGODB_URL` (a replica set; any path is replaced per
/// test), else a testcontainers MongoDB 8 replica set, else skipped.
pub fn mongo_server() -> Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER
        .get_or_init(|| {
            server_from("TIDEGATE_TEST_MONGODB_URL", "MongoDB", || {
                mongo_container(MONGO_TAGS[0])
            })
        })
        .clone()
}

/// Every MongoDB the engine scenarios run on, labelled: the URL's, or
/// with Docker both supported majors (8 and 7) as replica sets.
pub fn mongo_servers() -> Vec<(&'static str, Server)> {
    let first = ("mongodb", mongo_server());
    if std::env::var("TIDEGATE_TEST_MONGODB_URL").is_ok() || !docker_available() {
        return vec![first];
    }
    static SEVEN: OnceLock<Server> = OnceLock::new();
    let seven = SEVEN
        .get_or_init(|| match mongo_container(MONGO_TAGS[1]) {
            Ok(url) => Server::Url(url),
            Err(e) => Server::Failed(format!(
                "the MongoDB {} container failed to start: {e}",
                MONGO_TAGS[1]
            )),
        })
        .clone();
    vec![first, ("mongodb7", seven)]
}

/// `TIDEGATE_TEST_ELASTICSEARCH_URL`, else with Docker an Elasticsearch 8
/// with security on (https, the `elastic` user's password in the URL, its
/// CA in `TIDEGATE_ELASTICSEARCH_CA_FILE`), or OpenSearch 2 when
/// `TIDEGATE_TEST_SEARCH=opensearch`, else skipped.
pub fn es_server() -> Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER
        .get_or_init(|| {
            server_from("TIDEGATE_TEST_ELASTICSEARCH_URL", "Elasticsearch", || {
                if std::env::var("TIDEGATE_TEST_SEARCH").as_deref() == Ok("opensearch") {
                    opensearch_container()
                } else {
                    secured_elasticsearch_container()
                }
            })
        })
        .clone()
}

fn secured_elasticsearch_container() -> Result<String, String> {
    use testcontainers_modules::elastic_search::ElasticSearch;
    use testcontainers_modules::testcontainers::ImageExt;
    use testcontainers_modules::testcontainers::core::ExecCommand;
    use testcontainers_modules::testcontainers::runners::SyncRunner;
    let container = ElasticSearch::default()
        .with_tag(ELASTICSEARCH_TAG)
        .with_env_var("xpack.security.enabled", "true")
        .with_env_var("ELASTIC_PASSWORD", ELASTIC_PASSWORD)
        .with_env_var("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
        .start()
        .map_err(|e| e.to_string())?;
    let port = container
        .get_host_port_ipv4(9200)
        .map_err(|e| e.to_string())?;
    let mut cat = container
        .exec(ExecCommand::new([
            "cat",
            "/usr/share/elasticsearch/config/certs/http_ca.crt",
        ]))
        .map_err(|e| format!("reading the container's CA: {e}"))?;
    let ca = cat
        .stdout_to_vec()
        .map_err(|e| format!("reading the container's CA: {e}"))?;
    let path = std::env::temp_dir().join(format!("tidegate-test-es-ca-{}.crt", std::process::id()));
    std::fs::write(&path, ca).map_err(|e| e.to_string())?;
    // Every Elasticsearch configuration of this process (and the tidegate
    // processes it starts) trusts the container's CA.
    unsafe { std::env::set_var("TIDEGATE_ELASTICSEARCH_CA_FILE", &path) };
    keep(container);
    Ok(format!(
        "https://elastic:{ELASTIC_PASSWORD}@127.0.0.1:{port}"
    ))
}

fn opensearch_container() -> Result<String, String> {
    use testcontainers_modules::testcontainers::core::{IntoContainerPort, WaitFor};
    use testcontainers_modules::testcontainers::runners::SyncRunner;
    use testcontainers_modules::testcontainers::{GenericImage, ImageExt};
    let container = GenericImage::new(OPENSEARCH_IMAGE.0, OPENSEARCH_IMAGE.1)
        .with_exposed_port(9200.tcp())
        .with_wait_for(WaitFor::message_on_stdout("] started"))
        .with_env_var("discovery.type", "single-node")
        .with_env_var("DISABLE_SECURITY_PLUGIN", "true")
        .with_env_var("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m")
        .start()
        .map_err(|e| e.to_string())?;
    let port = container
        .get_host_port_ipv4(9200)
        .map_err(|e| e.to_string())?;
    keep(container);
    Ok(format!("http://127.0.0.1:{port}"))
}

/// A test whose server is missing: reported ignored with the reason, or,
/// under `CI=true`, failed with it (a skipped test never passes CI).
fn skipped(name: String, reason: String) -> Trial {
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        return Trial::test(name, move || {
            Err(format!("skipped under CI=true: {reason}").into())
        });
    }
    Trial::test(name, || Ok(()))
        .with_ignored_flag(true)
        .with_kind(format!("skipped: {reason}"))
}

/// A test that needs every server in `servers`: run it with their URLs, or
/// report it ignored with the first reason one is missing.
pub fn servers_trial<F, Fut>(name: impl Into<String>, servers: Vec<Server>, f: F) -> Trial
where
    F: FnOnce(Vec<String>) -> Fut + Send + 'static,
    Fut: Future<Output = anyhow::Result<()>>,
{
    let mut urls = Vec::new();
    for s in servers {
        match s {
            Server::Url(u) => urls.push(u),
            Server::Skip(reason) => return skipped(name.into(), reason),
            Server::Failed(reason) => return Trial::test(name, move || Err(reason.into())),
        }
    }
    Trial::test(name, move || block_on(f(urls)))
}

/// A MongoDB URL naming a fresh database for one test.
pub fn mongo_db_url(server: &str) -> String {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let name = format!(
        "tidegate_t_{}_{}",
        std::process::id(),
        N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    );
    with_database(server, &name)
}

/// `url` naming the database `name`: its path replaced, its query kept. A
/// MongoDB URL may list several hosts (`mongodb://h1:27017,h2:27017/`),
/// which is no URL the `url` crate reads, so this works on the text.
pub fn with_database(url: &str, name: &str) -> String {
    let (scheme, rest) = url.split_once("://").expect("a MongoDB URL with a scheme");
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (hosts, tail) = rest.split_at(end);
    let query = tail
        .split_once('?')
        .map(|(_, q)| format!("?{q}"))
        .unwrap_or_default();
    format!("{scheme}://{hosts}/{name}{query}")
}

/// A test that needs PostgreSQL: run it with the server URL, or report it
/// ignored with the reason.
pub fn pg_trial<F, Fut>(name: &'static str, f: F) -> Trial
where
    F: FnOnce(String) -> Fut + Send + 'static,
    Fut: Future<Output = anyhow::Result<()>>,
{
    match postgres_server() {
        Server::Url(url) => Trial::test(name, move || block_on(f(url))),
        Server::Skip(reason) => skipped(name.into(), reason),
        Server::Failed(reason) => Trial::test(name, move || Err(reason.into())),
    }
}

pub fn trial<Fut: Future<Output = anyhow::Result<()>>>(
    name: &'static str,
    f: impl FnOnce() -> Fut + Send + 'static,
) -> Trial {
    Trial::test(name, move || block_on(f()))
}

pub fn block_on(fut: impl Future<Output = anyhow::Result<()>>) -> Result<(), Failed> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
        .block_on(fut)
        .map_err(|e| Failed::from(format!("{e:#}")))
}

/// Drop test databases whose process died before it could drop them (a
/// failed test returns before its cleanup). Linux only: it asks /proc.
pub fn drop_stale_databases() {
    let Server::Url(url) = postgres_server() else {
        return;
    };
    if !Path::new("/proc/self").exists() {
        return;
    }
    let cleaned = block_on(async move {
        let mut admin = PgConnection::connect(&url).await?;
        let names: Vec<String> = sqlx::query_scalar(
            r"SELECT datname FROM pg_database WHERE datname LIKE 'tidegate\_t\_%'",
        )
        .fetch_all(&mut admin)
        .await?;
        for name in names {
            let pid = name
                .strip_prefix("tidegate_t_")
                .and_then(|r| r.split('_').next())
                .and_then(|p| p.parse::<u32>().ok());
            if pid.is_some_and(|p| !Path::new(&format!("/proc/{p}")).exists()) {
                sqlx::raw_sql(AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                )))
                .execute(&mut admin)
                .await?;
            }
        }
        Ok(())
    });
    if let Err(e) = cleaned {
        eprintln!("note: could not drop stale test databases: {e:?}");
    }
}

/// Drop MongoDB test databases whose process died before it could drop
/// them. Linux only: it asks /proc.
pub fn drop_stale_mongo_databases() {
    let Server::Url(url) = mongo_server() else {
        return;
    };
    if !Path::new("/proc/self").exists() {
        return;
    }
    let cleaned = block_on(async move {
        let client = mongodb::Client::with_uri_str(&url).await?;
        for name in client.list_database_names().await? {
            let pid = name
                .strip_prefix("tidegate_t_")
                .and_then(|r| r.split('_').next())
                .and_then(|p| p.parse::<u32>().ok());
            if pid.is_some_and(|p| !Path::new(&format!("/proc/{p}")).exists()) {
                client.database(&name).drop().await?;
            }
        }
        Ok(())
    });
    if let Err(e) = cleaned {
        eprintln!("note: could not drop stale MongoDB test databases: {e:?}");
    }
}

/// Say once, on stderr, why PostgreSQL tests are skipped.
pub fn announce_skips() {
    if let Server::Skip(reason) = postgres_server() {
        eprintln!("SKIPPED: PostgreSQL tests: {reason}");
    }
}

/// The login role of [`TestDb::least_privileged`].
pub const LEAST_PRIVILEGED: &str = "tidegate_least_privileged";

/// A fresh database for one test, dropped by [`TestDb::drop`].
pub struct TestDb {
    pub url: String,
    admin: String,
    name: String,
}

impl TestDb {
    pub async fn create(server: &str) -> anyhow::Result<TestDb> {
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let name = format!(
            "tidegate_t_{}_{}",
            std::process::id(),
            N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        );
        let mut admin = PgConnection::connect(server).await?;
        sqlx::raw_sql(AssertSqlSafe(format!(
            "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
        )))
        .execute(&mut admin)
        .await?;
        sqlx::raw_sql(AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut admin)
            .await?;
        let mut url = url::Url::parse(server)?;
        url.set_path(&format!("/{name}"));
        Ok(TestDb {
            url: url.to_string(),
            admin: server.to_string(),
            name,
        })
    }

    /// A URL of this database for [`LEAST_PRIVILEGED`], a login role that
    /// is no superuser and no member of a role that acts outside a
    /// transaction, made the database's owner (and so, on PostgreSQL 15
    /// and later, of its `public` schema's CREATE privilege).
    pub async fn least_privileged(&self) -> anyhow::Result<String> {
        let mut admin = PgConnection::connect(&self.admin).await?;
        let made = sqlx::raw_sql(AssertSqlSafe(format!(
            "CREATE ROLE {LEAST_PRIVILEGED} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"
        )))
        .execute(&mut admin)
        .await;
        if let Err(e) = made {
            // Made already, maybe by a test running beside this one.
            let code = e
                .as_database_error()
                .and_then(|d| d.code())
                .unwrap_or_default();
            anyhow::ensure!(matches!(&*code, "42710" | "23505"), "{e}");
        }
        sqlx::raw_sql(AssertSqlSafe(format!(
            "ALTER DATABASE {} OWNER TO {LEAST_PRIVILEGED}",
            self.name
        )))
        .execute(&mut admin)
        .await?;
        let mut url = url::Url::parse(&self.url)?;
        url.set_username(LEAST_PRIVILEGED)
            .map_err(|()| anyhow::anyhow!("no user in {url}"))?;
        Ok(url.to_string())
    }

    pub async fn connect(&self) -> anyhow::Result<PgConnection> {
        Ok(PgConnection::connect(&self.url).await?)
    }

    pub async fn drop(self) -> anyhow::Result<()> {
        let mut admin = PgConnection::connect(&self.admin).await?;
        sqlx::raw_sql(AssertSqlSafe(format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        )))
        .execute(&mut admin)
        .await?;
        Ok(())
    }

    /// Whether a relation exists.
    pub async fn exists(&self, relation: &str) -> anyhow::Result<bool> {
        let mut c = self.connect().await?;
        Ok(sqlx::query_scalar("SELECT to_regclass($1) IS NOT NULL")
            .bind(relation)
            .fetch_one(&mut c)
            .await?)
    }

    pub async fn scalar_i64(&self, sql: &'static str) -> anyhow::Result<i64> {
        let mut c = self.connect().await?;
        Ok(sqlx::query_scalar(sql).fetch_one(&mut c).await?)
    }

    pub async fn snapshot(&self) -> anyhow::Result<tidegate::diff::Snapshot> {
        let mut c = self.connect().await?;
        let exclude = [
            "tidegate_migrations".to_string(),
            "tidegate_migrations_audit".to_string(),
            "tidegate_migrations_backfill".to_string(),
        ];
        Ok(tidegate::engine::postgres::snapshot::snapshot(&mut c, &exclude).await?)
    }
}

/// Run the tidegate binary; returns (exit code, stdout, stderr).
pub fn cli(args: &[&str], config: &Path) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tidegate"))
        .args(args)
        .arg("--config")
        .arg(config)
        .env_remove("TIDEGATE_POSTGRES_URL")
        // Tests say in tidegate.toml what they allow.
        .env_remove("TIDEGATE_POSTGRES_ALLOW_PRIVILEGED_ROLE")
        .env_remove("TIDEGATE_POSTGRES_MIGRATION_ROLE")
        .env("TIDEGATE_CACHE_DIR", config.parent().unwrap().join("cache"))
        .output()
        .expect("runs tidegate");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A project of SQL and JSON modules written here: `files` are (module
/// folder, file name, text); `config` is the rest of its `tidegate.toml`
/// (engine sections). Built with `tidegate build`; returns the folder and
/// the configuration's path.
pub fn module_project(
    files: &[(&str, &str, &str)],
    config: &str,
) -> anyhow::Result<(tempfile::TempDir, PathBuf)> {
    let dir = tempfile::tempdir()?;
    for (module, file, text) in files {
        let m = dir.path().join("modules").join(module);
        std::fs::create_dir_all(&m)?;
        std::fs::write(m.join(file), text)?;
    }
    let toml = dir.path().join("tidegate.toml");
    std::fs::write(
        &toml,
        format!("modules = \"modules\"\n[sandbox]\nguest_timeout = \"5s\"\n{config}"),
    )?;
    let (code, _, err) = cli(&["build"], &toml);
    anyhow::ensure!(code == 0, "build: exit {code}: {err}");
    Ok((dir, toml))
}

pub fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        if e.file_type()?.is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()))?;
        } else {
            std::fs::copy(e.path(), to.join(e.file_name()))?;
        }
    }
    Ok(())
}

/// Append a comment to a module's main source (`src/lib.rs` of a Rust
/// module, `up.sql` of a SQL module), as an edit after it was applied.
pub fn edit_sources(src: &Path) {
    let file = [src.join("src/lib.rs"), src.join("up.sql")]
        .into_iter()
        .find(|f| f.is_file())
        .expect("a Rust or SQL module");
    let comment = if file.extension().is_some_and(|e| e == "sql") {
        "--"
    } else {
        "//"
    };
    std::fs::write(
        &file,
        std::fs::read_to_string(&file).unwrap()
            + &format!("\n{comment} edited after it was applied\n"),
    )
    .unwrap();
}

impl Fixture {
    /// Point migration `index` of the lock at a private copy of its module
    /// sources, so that a test can edit them.
    pub fn own_sources(&self, index: usize, module: &str) -> PathBuf {
        let src = self.dir.path().join(format!("module-{index}"));
        copy_dir(&workspace().join(module), &src).unwrap();
        let mut lock = self.lock();
        lock.migrations[index].module = src.to_string_lossy().into_owned();
        lock.write(&self.config.lock).unwrap();
        src
    }

    /// Edit those sources and relock them, as a developer who rebuilt an
    /// applied migration would.
    pub fn edit_and_relock(&self, index: usize, src: &Path) {
        edit_sources(src);
        let mut lock = self.lock();
        lock.migrations[index].source = tidegate::digest::Digest::of_source_dir(src).unwrap();
        lock.write(&self.config.lock).unwrap();
    }
}

/// Run `runs` applies at once, each with its own exec on a fixture from
/// `fixture`; returns how many migration runs succeeded across them all.
pub async fn concurrent_applies(
    runs: usize,
    fixture: impl Fn() -> Fixture + Send + Sync + 'static,
) -> anyhow::Result<usize> {
    let fixture = std::sync::Arc::new(fixture);
    let mut tasks = Vec::new();
    for _ in 0..runs {
        let fixture = fixture.clone();
        tasks.push(tokio::spawn(async move {
            let f = fixture();
            let rt = runtime(&f);
            let project = tidegate::project::Project::open(f.config.clone(), &rt).await?;
            let report = tidegate::Executor::new(&project, &rt)
                .await?
                .apply(None)
                .await?;
            anyhow::ensure!(report.ok(), "{:?}", report.error);
            Ok::<usize, anyhow::Error>(
                report
                    .migrations
                    .iter()
                    .filter(|m| m.outcome == tidegate::report::Outcome::Ok)
                    .count(),
            )
        }));
    }
    let mut ran = 0;
    for t in tasks {
        ran += t.await??;
    }
    Ok(ran)
}

/// A runtime with every engine, the fixture's sandbox limits and no
/// precompiled cache.
pub fn runtime(f: &Fixture) -> tidegate::Runtime {
    tidegate::runtime(f.config.sandbox.clone(), None)
}

/// The executor of a project, on the engines its migrations declare.
pub async fn executor<'a>(
    project: &'a tidegate::project::Project,
    rt: &'a tidegate::Runtime,
) -> anyhow::Result<tidegate::Executor<'a>> {
    Ok(tidegate::Executor::new(project, rt).await?)
}

/// Open (verify and load) the fixture's project.
pub async fn open(
    f: &Fixture,
    rt: &tidegate::Runtime,
) -> anyhow::Result<tidegate::project::Project> {
    Ok(tidegate::project::Project::open(f.config.clone(), rt).await?)
}

/// Delete what the examples and test guests create in the search engine,
/// whose names are cluster-wide: their indices, tidegate's history indices
/// and the example template.
pub async fn clean_search_engine(
    t: &tidegate::engine::elasticsearch::EsTarget,
) -> anyhow::Result<()> {
    use elasticsearch::http::Method;
    let indices = [
        "places_v1",
        "places_v2",
        "places_strict",
        "new_es_json_v1",
        "notes_v1",
        "tidegate-migrations",
        "tidegate-migrations-audit",
        "tidegate-migrations-lock",
    ];
    for path in indices
        .iter()
        .map(|i| format!("/{i}"))
        .chain(["/_index_template/place-visits".to_string()])
    {
        t.call(Method::Delete, &path, &[], None, &[404], "cleaning up")
            .await?;
    }
    Ok(())
}
