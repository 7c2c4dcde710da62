//! MongoDB through the official driver: everything Tidegate does on
//! MongoDB.
//!
//! - [`MongoDriver`] plugs the engine into the host: it links the guest
//!   interface ([`host`]) and opens targets;
//! - [`MongoEngine`] is one target (a database): sessions ([`session`]),
//!   the lease lock ([`lock`]), health facts, catalog [`snapshot`]s and
//!   shadow databases, lint ([`lint`]) and scratch databases;
//! - [`history`]: the history and audit collections.

pub mod history;
pub mod host;
pub mod lint;
pub mod lock;
pub mod phased;
mod pipeline;
pub mod session;
pub mod snapshot;

use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use mongodb::bson::{Bson, Document, doc};
use mongodb::error::{ErrorKind as DriverErrorKind, WriteFailure};
use mongodb::options::{ClientOptions, Tls, TlsOptions};
use mongodb::{Client, Database};
use serde::Deserialize;
use tidegate_core::capabilities::{Capabilities, Kind, Scope};
use tidegate_core::config::{ConfigError, EngineConfig, duration};
use tidegate_core::diff::Snapshot;
use tidegate_core::engine::{Engine, LintRun, Lock, Scratch, Session};
use tidegate_core::error::{EngineError, ErrorKind, ServerCode};
use tidegate_core::lease::LockError;
use tidegate_core::lint::{Finding, Rule};
use tidegate_core::metadata::EngineKind;
use tidegate_core::redact::{Secret, redact_url};
use tidegate_core::report::{Health, HealthCheck, ms};
use tidegate_runtime::driver::{Container, Driver, Scaffold};
use tidegate_runtime::state::HostState;
use wasmtime::component::Linker;

use crate::history::MongoHistory;
pub use crate::host::{parse_document, to_json};
use crate::lock::MongoLock;
use crate::session::MongoSession;
use crate::snapshot::ShadowMode;

/// Errors of the MongoDB engine outside guest calls.
#[derive(Debug, thiserror::Error)]
pub enum MongoError {
    #[error(
        "no MongoDB URL is configured: pass --mongodb-url, set TIDEGATE_MONGODB_URL, or set mongodb.url in tidegate.toml"
    )]
    NoUrl,
    #[error("invalid MongoDB URL {url}; write it like mongodb://host:27017/app")]
    BadUrl {
        url: String,
        #[source]
        source: mongodb::error::Error,
    },
    #[error(
        "the MongoDB URL {url} names no database: put it in the path (mongodb://host:27017/app) or set mongodb.database"
    )]
    NoDatabase { url: String },
    #[error("{what} name `{name}` is invalid; {rule}")]
    BadName {
        what: &'static str,
        name: String,
        rule: &'static str,
    },
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(
        "cannot connect to MongoDB at {url}; check that the server is up, the URL is right and, with TLS, that its certificate is trusted (tlsCAFile in the URL, or mongodb.tls_ca_file)"
    )]
    Connect {
        url: String,
        #[source]
        source: mongodb::error::Error,
    },
    #[error("MongoDB failed while {doing}{}", code.as_ref().map(|(c, n)| if n.is_empty() { format!(" (code {c})") } else { format!(" (code {c} {n})") }).unwrap_or_default())]
    Command {
        doing: String,
        code: Option<(i32, String)>,
        #[source]
        source: mongodb::error::Error,
    },
    #[error("{doing}: {message}")]
    Other { doing: String, message: String },
    /// The migration lock's fence failed during a phase: that error as is.
    #[error(transparent)]
    Fence(Box<EngineError>),
    #[error(transparent)]
    Lock(LockError),
    /// Credentials or TLS settings that cannot work.
    #[error("{0}")]
    Security(String),
    /// No answer within `mongodb.operation_timeout`: the server or the
    /// network stalled.
    #[error(
        "MongoDB did not answer within {waited:?} while {doing}; check the server and the network (or raise mongodb.operation_timeout), then run again"
    )]
    Stalled { doing: String, waited: Duration },
    #[error("MongoDB refused {doing} (code 13 Unauthorized); {advice}")]
    Denied {
        doing: String,
        advice: String,
        #[source]
        source: mongodb::error::Error,
    },
}

impl MongoError {
    pub fn command(doing: impl Into<String>, source: mongodb::error::Error) -> Self {
        let doing = doing.into();
        match error_code(&source) {
            Some((13, _)) => {
                let advice = privilege_advice(&doing, &source.to_string());
                MongoError::Denied {
                    doing,
                    advice,
                    source,
                }
            }
            code => MongoError::Command {
                doing,
                code,
                source,
            },
        }
    }
}

/// What to grant for a refused command (code 13, Unauthorized), from what
/// the host was doing and the server's message, which names the command
/// (`not authorized on app to execute command { collMod: … }`).
pub fn privilege_advice(doing: &str, message: &str) -> String {
    let command = message
        .split("execute command {")
        .nth(1)
        .and_then(|rest| rest.trim_start().split(':').next())
        .map(str::trim)
        .unwrap_or_default();
    if doing.contains("shadow database") {
        return "the dry run copies the catalog into a database of its own (`<db>_tgshadow_<id>`), which readWrite@<db> does not cover: grant readWriteAnyDatabase to the Tidegate user, or set mongodb.shadow = \"collections\" to keep the copy inside the target database".into();
    }
    match command {
        "collMod" => "`collMod` is not part of readWrite: grant the dbAdmin role on the database (or a custom role with the collMod action)".into(),
        "replSetGetStatus" | "serverStatus" => "grant the clusterMonitor role (health only)".into(),
        "" => "grant the readWrite role on the database (and dbAdmin for validators); see the README's \"Running against production servers\"".into(),
        other => format!("grant a role with the `{other}` action on the database: readWrite covers reads, writes, create, createIndexes, drop and dropIndexes; dbAdmin covers collMod"),
    }
}

impl MongoError {
    /// A phase's fence failed: its error goes up as it is.
    pub(crate) fn fence(e: EngineError) -> Self {
        MongoError::Fence(Box::new(e))
    }
}

impl From<MongoError> for EngineError {
    fn from(e: MongoError) -> Self {
        let e = match e {
            MongoError::Fence(inner) => return *inner,
            other => other,
        };
        let (kind, code) = match &e {
            MongoError::NoUrl
            | MongoError::BadUrl { .. }
            | MongoError::NoDatabase { .. }
            | MongoError::BadName { .. }
            | MongoError::Config(_)
            | MongoError::Security(_) => (ErrorKind::Config, None),
            MongoError::Connect { .. } | MongoError::Stalled { .. } => {
                (ErrorKind::Unreachable, None)
            }
            MongoError::Command { source, .. } if is_unreachable(source) => {
                (ErrorKind::Unreachable, None)
            }
            MongoError::Command { code, .. } => (
                ErrorKind::Server,
                code.clone()
                    .map(|(code, name)| ServerCode::Mongo { code, name }),
            ),
            MongoError::Denied { .. } => (
                ErrorKind::Denied,
                Some(ServerCode::Mongo {
                    code: 13,
                    name: "Unauthorized".into(),
                }),
            ),
            MongoError::Other { .. } => (ErrorKind::Server, None),
            MongoError::Fence(_) => unreachable!("returned above"),
            MongoError::Lock(LockError::Busy { .. }) => (ErrorKind::Busy, None),
            MongoError::Lock(LockError::Lost { .. }) => (ErrorKind::LockLost, None),
        };
        EngineError::new(EngineKind::Mongodb, kind, code, e)
    }
}

/// The server's code and its name, when the error carries one.
pub fn error_code(e: &mongodb::error::Error) -> Option<(i32, String)> {
    match e.kind.as_ref() {
        DriverErrorKind::Command(c) => Some((c.code, c.code_name.clone())),
        DriverErrorKind::Write(WriteFailure::WriteError(w)) => {
            Some((w.code, w.code_name.clone().unwrap_or_default()))
        }
        DriverErrorKind::Write(WriteFailure::WriteConcernError(w)) => {
            Some((w.code, w.code_name.clone()))
        }
        DriverErrorKind::InsertMany(i) => i
            .write_errors
            .as_ref()
            .and_then(|w| w.first())
            .map(|w| (w.code, String::new())),
        _ => None,
    }
}

/// Whether the error means the server could not be reached.
pub fn is_unreachable(e: &mongodb::error::Error) -> bool {
    matches!(
        e.kind.as_ref(),
        DriverErrorKind::ServerSelection { .. }
            | DriverErrorKind::Io(_)
            | DriverErrorKind::DnsResolve { .. }
    )
}

/// `[mongodb]` in tidegate.toml.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct MongoFile {
    /// Read through [`EngineConfig::url`], which a flag can override.
    #[allow(dead_code)]
    url: Option<String>,
    database: Option<String>,
    operation_timeout: Option<String>,
    lock_ttl: Option<String>,
    lock_wait: Option<String>,
    history_collection: Option<String>,
    /// `database` (default) or `collections`.
    shadow: Option<String>,
    // Read through `EngineConfig::setting`, which the environment can
    // override (`TIDEGATE_MONGODB_<KEY>`).
    #[allow(dead_code)]
    username: Option<String>,
    #[allow(dead_code)]
    password: Option<String>,
    #[allow(dead_code)]
    auth_source: Option<String>,
    #[allow(dead_code)]
    tls_ca_file: Option<String>,
    #[allow(dead_code)]
    tls_certificate_key_file: Option<String>,
    #[allow(dead_code)]
    tls_insecure: Option<serde::de::IgnoredAny>,
}

/// Credentials and TLS settings beside the URL (which may carry its own:
/// `tls=true&tlsCAFile=…`, `authSource=…`); these win over the URL's.
#[derive(Debug, Clone, Default)]
pub struct MongoSecurity {
    pub username: Option<String>,
    pub password: Option<Secret>,
    pub auth_source: Option<String>,
    pub tls_ca_file: Option<std::path::PathBuf>,
    pub tls_certificate_key_file: Option<std::path::PathBuf>,
    /// Development only: accept any certificate and hostname.
    pub tls_insecure: bool,
}

impl MongoSecurity {
    fn from_config(config: &EngineConfig) -> Result<Self, MongoError> {
        let file = |key: &str| -> Result<Option<std::path::PathBuf>, MongoError> {
            match config.setting(key) {
                None => Ok(None),
                Some(p) => {
                    let path = config.path(&p);
                    if !path.is_file() {
                        return Err(MongoError::Security(format!(
                            "mongodb.{key} {} is not a readable file; check the path",
                            path.display()
                        )));
                    }
                    Ok(Some(path))
                }
            }
        };
        let s = MongoSecurity {
            username: config.setting("username"),
            password: config.setting("password").map(Secret::new),
            auth_source: config.setting("auth_source"),
            tls_ca_file: file("tls_ca_file")?,
            tls_certificate_key_file: file("tls_certificate_key_file")?,
            tls_insecure: config.flag("tls_insecure")?,
        };
        if s.password.is_some() && s.username.is_none() {
            return Err(MongoError::Security(
                "mongodb.password is set without a username; set mongodb.username too".into(),
            ));
        }
        Ok(s)
    }

    /// Apply to options parsed from the URL.
    fn apply(&self, options: &mut ClientOptions) {
        if let Some(user) = &self.username {
            let mut credential = options.credential.clone().unwrap_or_default();
            credential.username = Some(user.clone());
            credential.password = self.password.as_ref().map(|p| p.expose().to_string());
            options.credential = Some(credential);
        }
        if let Some(source) = &self.auth_source {
            options
                .credential
                .get_or_insert_with(Default::default)
                .source = Some(source.clone());
        }
        if self.tls_ca_file.is_some()
            || self.tls_certificate_key_file.is_some()
            || self.tls_insecure
        {
            let mut tls = match options.tls.take() {
                Some(Tls::Enabled(t)) => t,
                _ => TlsOptions::default(),
            };
            if let Some(ca) = &self.tls_ca_file {
                tls.ca_file_path = Some(ca.clone());
            }
            if let Some(cert) = &self.tls_certificate_key_file {
                tls.cert_key_file_path = Some(cert.clone());
            }
            if self.tls_insecure {
                tls.allow_invalid_certificates = Some(true);
            }
            options.tls = Some(Tls::Enabled(tls));
        }
    }
}

/// MongoDB settings, resolved.
#[derive(Debug, Clone)]
pub struct MongoConfig {
    pub url: Option<String>,
    /// The database migrations run in; defaults to the URL's path.
    pub database: Option<String>,
    /// Server-side limit (`maxTimeMS`) and client timeout of each operation.
    pub operation_timeout: Duration,
    /// How long the lock lease lives without renewal.
    pub lock_ttl: Duration,
    pub lock_wait: Duration,
    pub history_collection: String,
    pub security: MongoSecurity,
    /// Where a dry run copies the catalog.
    pub shadow: ShadowMode,
}

impl MongoConfig {
    pub fn from_config(config: &EngineConfig) -> Result<Self, MongoError> {
        let file: MongoFile = config.parse()?;
        Ok(MongoConfig {
            url: config.url().map(str::to_string),
            database: file.database,
            operation_timeout: duration(
                file.operation_timeout.as_deref(),
                "mongodb.operation_timeout",
                Duration::from_secs(300),
            )?,
            lock_ttl: duration(
                file.lock_ttl.as_deref(),
                "mongodb.lock_ttl",
                Duration::from_secs(30),
            )?,
            lock_wait: duration(
                file.lock_wait.as_deref(),
                "mongodb.lock_wait",
                Duration::from_secs(60),
            )?,
            history_collection: file
                .history_collection
                .unwrap_or_else(|| "tidegate_migrations".into()),
            security: MongoSecurity::from_config(config)?,
            shadow: match file.shadow.as_deref() {
                None | Some("database") => ShadowMode::Database,
                Some("collections") => ShadowMode::Collections,
                Some(other) => {
                    return Err(MongoError::Config(ConfigError::Section {
                        section: config.name.clone(),
                        message: format!(
                            "`shadow` is `{other}`; write \"database\" (a database of its own) or \"collections\" (prefixed collections inside the target database)"
                        ),
                    }));
                }
            },
        })
    }
}

/// A parsed target: a client (connections are made lazily) and the
/// database migrations run in. Displays without its password.
#[derive(Clone)]
pub struct MongoTarget {
    client: Client,
    database: String,
    display: String,
    pub timeout: Duration,
}

impl std::fmt::Display for MongoTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display)
    }
}

impl MongoTarget {
    pub async fn new(cfg: &MongoConfig) -> Result<Self, MongoError> {
        let url = cfg.url.as_deref().ok_or(MongoError::NoUrl)?;
        let display = redact_url(url);
        // A `mongodb+srv://` URL is resolved here, through DNS: a failed
        // lookup means the cluster cannot be found, not a malformed URL.
        let mut options = ClientOptions::parse(url).await.map_err(|source| {
            if is_unreachable(&source) {
                MongoError::Connect {
                    url: display.clone(),
                    source,
                }
            } else {
                MongoError::BadUrl {
                    url: display.clone(),
                    source,
                }
            }
        })?;
        let database = cfg
            .database
            .clone()
            .or_else(|| options.default_database.clone())
            .ok_or_else(|| MongoError::NoDatabase {
                url: display.clone(),
            })?;
        validate_database(&database)?;
        cfg.security.apply(&mut options);
        if matches!(&options.tls, Some(Tls::Enabled(t)) if t.allow_invalid_certificates == Some(true))
        {
            let shown = &display;
            tracing::warn!(
                "TLS certificates of {shown} are NOT verified: use this for development only"
            );
        }
        options.app_name = Some("tidegate".into());
        options
            .server_selection_timeout
            .get_or_insert(Duration::from_secs(10));
        options
            .connect_timeout
            .get_or_insert(Duration::from_secs(10));
        let client = Client::with_options(options).map_err(|source| MongoError::BadUrl {
            url: display.clone(),
            source,
        })?;
        Ok(MongoTarget {
            client,
            database,
            display,
            timeout: cfg.operation_timeout,
        })
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    pub fn database_name(&self) -> &str {
        &self.database
    }

    pub fn database(&self) -> Database {
        self.client.database(&self.database)
    }

    /// The same server, another database.
    fn on_database(&self, name: &str) -> MongoTarget {
        MongoTarget {
            database: name.to_string(),
            ..self.clone()
        }
    }

    /// Run `hello` on the server: the cheapest proof that it answers.
    pub async fn hello(&self) -> Result<Document, MongoError> {
        self.database()
            .run_command(doc! { "hello": 1 })
            .await
            .map_err(|e| self.connect_error(e, "talking to the server"))
    }

    /// A driver error while `doing`: `Connect` when the server could not
    /// be reached.
    pub fn connect_error(&self, e: mongodb::error::Error, doing: &str) -> MongoError {
        if is_unreachable(&e) {
            MongoError::Connect {
                url: self.display.clone(),
                source: e,
            }
        } else {
            MongoError::command(doing, e)
        }
    }
}

/// Database names: what MongoDB accepts, minus what would be awkward.
fn validate_database(name: &str) -> Result<(), MongoError> {
    let ok = !name.is_empty()
        && name.len() <= 63
        && !name.contains([
            '/', '\\', '.', ' ', '"', '$', '*', '<', '>', ':', '|', '?', '\0',
        ]);
    if ok {
        Ok(())
    } else {
        Err(MongoError::BadName {
            what: "database",
            name: name.chars().take(80).collect(),
            rule: "use letters, digits, `_` and `-`",
        })
    }
}

/// The MongoDB engine for the host.
pub struct MongoDriver;

#[async_trait]
impl Driver for MongoDriver {
    fn kind(&self) -> EngineKind {
        EngineKind::Mongodb
    }

    fn url_help(&self) -> &'static str {
        "MongoDB URL, naming the database in its path. The password is never printed."
    }

    fn link(&self, linker: &mut Linker<HostState>) -> wasmtime::Result<()> {
        host::link(linker)
    }

    fn check_config(&self, config: &EngineConfig) -> Result<(), EngineError> {
        let cfg = MongoConfig::from_config(config)?;
        MongoHistory::new(&cfg.history_collection)?;
        if let Some(db) = &cfg.database {
            validate_database(db)?;
        }
        Ok(())
    }

    async fn open(&self, config: &EngineConfig) -> Result<Arc<dyn Engine>, EngineError> {
        Ok(Arc::new(
            MongoEngine::new(MongoConfig::from_config(config)?).await?,
        ))
    }

    fn rules(&self) -> &'static [Rule] {
        lint::RULES
    }

    fn scaffold(&self, name: &str) -> Scaffold {
        Scaffold {
            imports: "use tidegate_guest::mongo::{self, Index, Validator};\nuse tidegate_guest::{json, Check, Engine, Metadata, Migration, Result};".into(),
            metadata: "// MongoDB DDL cannot roll back: every helper is idempotent instead.\n            .engines([Engine::Mongodb])\n            .transactional(false)\n            .reversible(true)".into(),
            up: format!(
                "let validator = Validator::json_schema(json!({{\n            \"bsonType\": \"object\",\n            \"required\": [\"created_at\"],\n            \"properties\": {{ \"created_at\": {{ \"bsonType\": \"date\" }} }}\n        }}));\n        mongo::create_collection(\"{name}\", Some(&validator))?;\n        mongo::create_index(\"{name}\", &Index::new(\"created_at_1\", json!({{ \"created_at\": 1 }})))"
            ),
            down: format!("mongo::drop_collection(\"{name}\")"),
            check: format!("Ok(vec![Check::new(\"{name} exists\", mongo::collection_exists(\"{name}\")?, \"create the collection {name}\")])"),
            capability: format!("collections = [\"{name}\"]"),
            files: vec![
                (
                    "up.mongo.json",
                    format!(
                        "[\n  {{\"run_command\": {{\"create\": \"{name}\", \"validator\": {{\"$jsonSchema\": {{\"bsonType\": \"object\", \"required\": [\"createdAt\"]}}}}}}}},\n  {{\"run_command\": {{\"createIndexes\": \"{name}\", \"indexes\": [{{\"name\": \"createdAt_1\", \"key\": {{\"createdAt\": 1}}}}]}}}}\n]\n"
                    ),
                ),
                ("down.mongo.json", format!("[\n  {{\"run_command\": {{\"drop\": \"{name}\"}}}}\n]\n")),
                (
                    "check.mongo.json",
                    format!("[\n  {{\"name\": \"{name} has createdAt_1\", \"collection\": \"{name}\", \"index\": \"createdAt_1\"}},\n  {{\"name\": \"every {name} document has createdAt\", \"collection\": \"{name}\", \"count\": {{\"createdAt\": {{\"$exists\": false}}}}, \"equals\": 0}}\n]\n"),
                ),
            ],
        }
    }

    async fn container(&self) -> Result<Container, EngineError> {
        container().await
    }
}

#[cfg(feature = "containers")]
async fn container() -> Result<Container, EngineError> {
    use testcontainers_modules::testcontainers::ImageExt as _;
    use testcontainers_modules::testcontainers::runners::AsyncRunner as _;
    let fail = |e: String| {
        unreachable(MongoError::Other {
            doing: "starting a MongoDB container".into(),
            message: format!("{e}; start Docker, or name a server with --mongodb-url"),
        })
    };
    // A replica set, as production runs: transactions and change streams.
    let c = testcontainers_modules::mongo::Mongo::repl_set()
        .with_tag("8.0.4")
        .start()
        .await
        .map_err(|e| fail(e.to_string()))?;
    let port = c
        .get_host_port_ipv4(27017)
        .await
        .map_err(|e| fail(e.to_string()))?;
    Ok(Container {
        url: format!("mongodb://127.0.0.1:{port}/?directConnection=true"),
        handle: Box::new(c),
    })
}

/// A container that cannot start leaves the engine unreachable (exit 6).
fn unreachable(e: MongoError) -> EngineError {
    EngineError::new(EngineKind::Mongodb, ErrorKind::Unreachable, None, e)
}

#[cfg(not(feature = "containers"))]
async fn container() -> Result<Container, EngineError> {
    Err(unreachable(MongoError::Other {
        doing: "starting a MongoDB container".into(),
        message:
            "this tidegate was built without container support; name a server with --mongodb-url"
                .into(),
    }))
}

/// One MongoDB target: a database on a server.
pub struct MongoEngine {
    target: MongoTarget,
    history: MongoHistory,
    cfg: MongoConfig,
}

impl MongoEngine {
    pub async fn new(cfg: MongoConfig) -> Result<Self, MongoError> {
        let history = MongoHistory::new(&cfg.history_collection)?
            .patient(cfg.lock_wait.min(cfg.lock_ttl / 2));
        Ok(MongoEngine {
            target: MongoTarget::new(&cfg).await?,
            history,
            cfg,
        })
    }

    pub fn target_handle(&self) -> &MongoTarget {
        &self.target
    }

    async fn health_facts(&self) -> Result<Vec<HealthCheck>, MongoError> {
        let connect = Instant::now();
        let hello = self.target.hello().await?;
        let mut checks = vec![HealthCheck::new(
            "mongodb: connect",
            Health::Pass,
            format!("connected in {:.1} ms", ms(connect.elapsed())),
        )];
        let info = self
            .target
            .database()
            .run_command(doc! { "buildInfo": 1 })
            .await
            .map_err(|e| MongoError::command("reading buildInfo", e))?;
        let version = info.get_str("version").unwrap_or("unknown").to_string();
        let major: u32 = version
            .split('.')
            .next()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        checks.push(if major >= 6 {
            HealthCheck::new(
                "mongodb: version",
                Health::Pass,
                format!("MongoDB {version}"),
            )
        } else {
            HealthCheck::new(
                "mongodb: version",
                Health::Warn,
                format!("MongoDB {version}: tidegate is tested on 7 and 8"),
            )
        });
        checks.push(topology_check(&hello, self.target.client()).await);
        Ok(checks)
    }
}

/// What `hello` says the server is: a router of a sharded cluster
/// (`msg: "isdbgrid"`), a replica set member, or a standalone server.
async fn topology_check(hello: &Document, client: &Client) -> HealthCheck {
    let status = match hello.get_str("setName") {
        Ok(_) => client
            .database("admin")
            .run_command(doc! { "replSetGetStatus": 1 })
            .await
            .ok(),
        Err(_) => None,
    };
    topology(hello, status.as_ref())
}

/// Whether `hello` comes from a router of a sharded cluster (`mongos`).
pub(crate) fn is_router(hello: &Document) -> bool {
    hello.get_str("msg").ok() == Some("isdbgrid")
}

/// [`topology_check`] from `hello` and, for a replica set, what
/// `replSetGetStatus` answered (absent without `clusterMonitor`).
fn topology(hello: &Document, status: Option<&Document>) -> HealthCheck {
    let name = "mongodb: replica set";
    if is_router(hello) {
        return HealthCheck::new(
            name,
            Health::Pass,
            "sharded cluster: connected to a mongos router, which sends writes to each shard's primary",
        );
    }
    let Ok(set) = hello.get_str("setName") else {
        return HealthCheck::new(
            name,
            Health::Warn,
            "standalone server: no transactions and no oplog; run a replica set in production",
        );
    };
    let primary = hello
        .get_bool("isWritablePrimary")
        .or_else(|_| hello.get_bool("ismaster"))
        .unwrap_or(false);
    let members = status.and_then(|s| s.get_array("members").ok()).map(|m| {
        // `health` is 1 for a member that is up, 0 for one that is down,
        // as an integer or a double; a member without it is not known up.
        let up = |d: &Document| match d.get("health") {
            Some(Bson::Double(h)) => *h >= 1.0,
            Some(Bson::Int32(h)) => *h >= 1,
            Some(Bson::Int64(h)) => *h >= 1,
            _ => false,
        };
        let healthy = m.iter().filter(|x| x.as_document().is_some_and(up)).count();
        format!(", {healthy}/{} members healthy", m.len())
    });
    let members = members.unwrap_or_default();
    if primary {
        HealthCheck::new(
            name,
            Health::Pass,
            format!("replica set {set}, connected to the primary{members}"),
        )
    } else {
        HealthCheck::new(
            name,
            Health::Fail,
            format!(
                "replica set {set}: not connected to the primary; migrations must run on the primary{members}"
            ),
        )
    }
}

#[async_trait]
impl Engine for MongoEngine {
    fn kind(&self) -> EngineKind {
        EngineKind::Mongodb
    }

    fn check_phased(
        &self,
        ops: &[serde_json::Value],
        declared: Option<&tidegate_core::capabilities::Capabilities>,
    ) -> Result<(), String> {
        phased::parse(ops, declared).map(drop)
    }

    fn target(&self) -> String {
        self.target.to_string()
    }

    async fn session(&self) -> Result<Box<dyn Session>, EngineError> {
        Ok(Box::new(MongoSession::new(
            self.target.clone(),
            self.history.clone(),
            self.cfg.shadow,
        )))
    }

    async fn lock(&self) -> Result<Box<dyn Lock>, EngineError> {
        let db = self.target.database();
        let lock = MongoLock::acquire(
            &self.target,
            &db,
            &self.history,
            self.cfg.lock_ttl,
            self.cfg.lock_wait,
        )
        .await?;
        Ok(Box::new(lock))
    }

    async fn health(&self) -> Result<Vec<HealthCheck>, EngineError> {
        Ok(self.health_facts().await?)
    }

    async fn catalog(&self, declared: &[Option<Capabilities>]) -> Result<Snapshot, EngineError> {
        let scope = Scope::of(Kind::Collection, declared);
        Ok(snapshot::snapshot(
            &self.target.database(),
            &self.history.collection,
            &scope,
            "",
        )
        .await?)
    }

    async fn lint(&self, runs: &[LintRun<'_>], _before: &Snapshot) -> Vec<Finding> {
        // Document counts matter only when a migration issued MongoDB calls.
        if !runs
            .iter()
            .flat_map(|r| r.statements)
            .any(|s| s.engine == EngineKind::Mongodb)
        {
            return Vec::new();
        }
        let counts = snapshot::counts(&self.target.database(), &self.history.collection)
            .await
            .unwrap_or_default();
        runs.iter()
            .flat_map(|r| lint::lint_statements(r.id, r.statements, &counts))
            .collect()
    }

    async fn scratch(
        &self,
        _declared: &[Option<Capabilities>],
    ) -> Result<Box<dyn Scratch>, EngineError> {
        let mut b = [0u8; 6];
        getrandom::fill(&mut b).expect("randomness");
        let name = format!("tidegate_test_{}", hex::encode(b));
        let engine = MongoEngine {
            target: self.target.on_database(&name),
            history: self.history.clone(),
            cfg: self.cfg.clone(),
        };
        Ok(Box::new(MongoScratch {
            engine: Arc::new(engine),
        }))
    }

    fn seed_file(&self) -> &'static str {
        "mongodb.json"
    }

    async fn load_seed(&self, text: &str) -> Result<(), EngineError> {
        let bad = |message: String| MongoError::Other {
            doing: "loading mongodb.json".into(),
            message,
        };
        let Ok(serde_json::Value::Object(map)) = serde_json::from_str(text) else {
            return Err(
                bad("it must be a JSON object of {\"collection\": [documents]}".into()).into(),
            );
        };
        for (coll, list) in map {
            let docs: Vec<Document> = list
                .as_array()
                .into_iter()
                .flatten()
                .map(|d| {
                    parse_document("a seed document", &d.to_string())
                        .map_err(|e| bad(format!("{coll}: {e:?}")))
                })
                .collect::<Result<_, _>>()?;
            if !docs.is_empty() {
                self.target
                    .database()
                    .collection::<Document>(&coll)
                    .insert_many(docs)
                    .await
                    .map_err(|e| {
                        MongoError::command(format!("loading mongodb.json into {coll}"), e)
                    })?;
            }
        }
        Ok(())
    }
}

/// A scratch database, dropped with everything in it.
struct MongoScratch {
    engine: Arc<MongoEngine>,
}

#[async_trait]
impl Scratch for MongoScratch {
    fn engine(&self) -> Arc<dyn Engine> {
        self.engine.clone()
    }

    async fn drop_all(self: Box<Self>) -> Vec<String> {
        match self.engine.target.database().drop().await {
            Ok(()) => Vec::new(),
            Err(e) => vec![format!(
                "cannot drop scratch MongoDB database {}: {e}",
                self.engine.target.database_name()
            )],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refused_commands_name_what_to_grant() {
        let m = "Command failed (Unauthorized): not authorized on app to execute command { collMod: \"profiles\", validator: {} }";
        assert!(privilege_advice("running a migration", m).contains("dbAdmin"));
        assert!(
            privilege_advice("copying collection profiles into the shadow database", m)
                .contains("mongodb.shadow")
        );
        assert!(
            privilege_advice(
                "x",
                "not authorized on app to execute command { createIndexes: \"p\" }"
            )
            .contains("`createIndexes`")
        );
    }

    #[test]
    fn the_topology_is_read_from_hello() {
        let mongos = topology(
            &doc! { "ismaster": true, "isWritablePrimary": true, "msg": "isdbgrid", "maxWireVersion": 25 },
            None,
        );
        assert!(
            mongos.status == Health::Pass && mongos.detail.contains("mongos"),
            "{mongos:?}"
        );
        let standalone = topology(&doc! { "isWritablePrimary": true }, None);
        assert!(standalone.status == Health::Warn && standalone.detail.contains("standalone"));
        let status =
            doc! { "members": [{ "health": 1.0 }, { "health": 0 }, { "health": 1_i64 }, {}] };
        let member = topology(
            &doc! { "isWritablePrimary": true, "setName": "rs0" },
            Some(&status),
        );
        assert_eq!(
            (member.status, member.detail.as_str()),
            (
                Health::Pass,
                "replica set rs0, connected to the primary, 2/4 members healthy"
            )
        );
        let secondary = topology(&doc! { "isWritablePrimary": false, "setName": "rs0" }, None);
        assert_eq!(secondary.status, Health::Fail);
    }

    #[test]
    fn database_names() {
        assert!(validate_database("app").is_ok());
        assert!(validate_database("a.b").is_err());
        assert!(validate_database("").is_err());
    }

    #[tokio::test]
    async fn configuration_errors_are_classified() {
        let cfg = |url: &str| MongoConfig {
            url: Some(url.into()),
            database: None,
            operation_timeout: Duration::from_secs(1),
            lock_ttl: Duration::from_secs(1),
            lock_wait: Duration::from_secs(1),
            history_collection: "tidegate_migrations".into(),
            security: MongoSecurity::default(),
            shadow: ShadowMode::Database,
        };
        for url in ["mongodb://127.0.0.1:1", "http://x", "mongodb://h/a.b"] {
            let err: EngineError = MongoEngine::new(cfg(url))
                .await
                .err()
                .expect("refused")
                .into();
            assert_eq!(err.kind(), ErrorKind::Config, "{url}: {err}");
        }
    }
}
