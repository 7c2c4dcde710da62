//! PostgreSQL through sqlx: everything Tidegate does on PostgreSQL.
//!
//! - [`PgDriver`] plugs the engine into the host: it links the guest
//!   interface ([`host`]) and opens targets;
//! - [`PgEngine`] is one target: sessions ([`session`]), the advisory lock
//!   with its fence ([`lock`]), health facts, catalog [`snapshot`]s, lint
//!   ([`lint`]), scratch databases for `tidegate test` and the native
//!   replay for `tidegate bench`;
//! - [`history`]: the history and audit tables.

pub mod capabilities_lint;
mod foreign;
pub mod guard;
pub mod history;
pub mod host;
pub mod lint;
pub mod lock;
pub mod phased;
mod replay;
pub mod session;
pub mod snapshot;
pub mod sql;

use std::str::FromStr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use serde::Deserialize;
use sqlx::postgres::PgConnectOptions;
use sqlx::{Connection, PgConnection};
use tidegate_core::capabilities::Capabilities;
use tidegate_core::config::{ConfigError, EngineConfig, duration};
use tidegate_core::diff::Snapshot;
use tidegate_core::engine::{Books, Engine, LintRun, Lock, Replay, Scratch, Session};
use tidegate_core::error::{EngineError, ErrorKind, ServerCode};
use tidegate_core::foreign::{ForeignHistory, Tool};
use tidegate_core::history::HistoryRow;
use tidegate_core::lease::LockError;
use tidegate_core::lint::{Finding, Rule};
use tidegate_core::metadata::EngineKind;
use tidegate_core::redact::redact_url;
use tidegate_core::report::{Health, HealthCheck, ms};
use tidegate_runtime::driver::{Container, Driver, Scaffold};
use tidegate_runtime::state::HostState;
use wasmtime::component::Linker;

use crate::history::History;
use crate::lock::AdvisoryLock;
use crate::session::PgSession;

/// Errors of the PostgreSQL engine outside guest calls.
#[derive(Debug, thiserror::Error)]
pub enum PgError {
    #[error(
        "no PostgreSQL URL is configured: pass --postgres-url, set TIDEGATE_POSTGRES_URL, or set postgres.url in tidegate.toml"
    )]
    NoUrl,
    #[error("invalid PostgreSQL URL {url}; write it like postgres://user@host:5432/database")]
    BadUrl {
        url: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("a --postgres-url must be a postgres:// or postgresql:// URL, not {0}")]
    NotPostgres(String),
    #[error(
        "history table name `{0}` is invalid; use letters, digits and `_`, optionally schema-qualified"
    )]
    BadHistoryTable(String),
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// Another tool's history table cannot be read as that tool's.
    #[error("{0}")]
    Foreign(String),
    #[error(
        "cannot connect to PostgreSQL at {url}; check that the server is up and the URL is right"
    )]
    Connect {
        url: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("PostgreSQL failed while {doing}{}", describe_code(.code, .detail, .hint))]
    Query {
        doing: String,
        code: Option<String>,
        detail: Option<String>,
        hint: Option<String>,
        #[source]
        source: sqlx::Error,
    },
    #[error(transparent)]
    Lock(LockError),
    /// The role migrations run as is refused, or cannot be used.
    #[error("{0}")]
    Role(String),
    /// A migration touched what it did not declare, or left its role.
    #[error("{0}")]
    Outside(String),
    #[error("{doing}: {message}")]
    Other { doing: String, message: String },
    /// A phased migration's operations cannot run as written, or met a
    /// state they cannot handle; the message says what to do.
    #[error("{0}")]
    Phase(String),
    /// The migration lock's fence failed during a phase: that error as is.
    #[error(transparent)]
    Fence(Box<EngineError>),
    /// No answer within the session's bound (`statement_timeout` and a
    /// margin): the server or the network stalled. The connection is not
    /// used again.
    #[error(
        "PostgreSQL did not answer within {waited:?} while {doing} (statement_timeout and a margin); check the server and the network, then run again"
    )]
    Stalled { doing: String, waited: Duration },
}

/// How long the client waits for any answer on a session: the server ends
/// a statement at `statement_timeout`, so an answer later than this and a
/// margin is one that will not come.
pub fn answer_bound(statement_timeout: Duration) -> Duration {
    if statement_timeout.is_zero() {
        return Duration::from_secs(24 * 3600);
    }
    statement_timeout + (statement_timeout / 10).max(Duration::from_secs(10))
}

fn describe_code(code: &Option<String>, detail: &Option<String>, hint: &Option<String>) -> String {
    let mut s = code
        .as_ref()
        .map(|c| format!(" (SQLSTATE {c})"))
        .unwrap_or_default();
    if let Some(d) = detail {
        s.push_str(&format!("; {d}"));
    }
    if let Some(h) = hint {
        s.push_str(&format!("; hint: {h}"));
    }
    s
}

impl PgError {
    /// A failed query while `doing` something, keeping the server's code.
    pub fn query(doing: impl Into<String>, source: sqlx::Error) -> Self {
        let (code, detail, hint) = match &source {
            sqlx::Error::Database(db) => {
                match db.try_downcast_ref::<sqlx::postgres::PgDatabaseError>() {
                    Some(pg) => (
                        Some(pg.code().to_string()),
                        pg.detail().map(str::to_string),
                        pg.hint().map(str::to_string),
                    ),
                    None => (db.code().map(|c| c.into_owned()), None, None),
                }
            }
            _ => (None, None, None),
        };
        PgError::Query {
            doing: doing.into(),
            code,
            detail,
            hint,
            source,
        }
    }

    /// The SQLSTATE, when the server gave one.
    pub fn sqlstate(&self) -> Option<&str> {
        match self {
            PgError::Query { code, .. } => code.as_deref(),
            _ => None,
        }
    }
}

impl PgError {
    /// A phase's fence failed: its error goes up as it is.
    pub(crate) fn fence(e: EngineError) -> Self {
        PgError::Fence(Box::new(e))
    }
}

impl From<PgError> for EngineError {
    fn from(e: PgError) -> Self {
        let e = match e {
            PgError::Fence(inner) => return *inner,
            other => other,
        };
        let kind = match &e {
            PgError::NoUrl
            | PgError::BadUrl { .. }
            | PgError::NotPostgres(_)
            | PgError::BadHistoryTable(_)
            | PgError::Config(_)
            | PgError::Foreign(_)
            | PgError::Role(_) => ErrorKind::Config,
            PgError::Connect { .. } | PgError::Stalled { .. } => ErrorKind::Unreachable,
            PgError::Query {
                source: sqlx::Error::Io(_) | sqlx::Error::Tls(_),
                ..
            } => ErrorKind::Unreachable,
            PgError::Lock(LockError::Busy { .. }) => ErrorKind::Busy,
            PgError::Lock(LockError::Lost { .. }) => ErrorKind::LockLost,
            PgError::Query { .. }
            | PgError::Other { .. }
            | PgError::Outside(_)
            | PgError::Phase(_) => ErrorKind::Server,
            PgError::Fence(_) => unreachable!("returned above"),
        };
        let code = e.sqlstate().map(|c| ServerCode::Sqlstate(c.to_string()));
        EngineError::new(EngineKind::Postgres, kind, code, e)
    }
}

/// One line for an sqlx error, with SQLSTATE, detail and hint when present.
pub fn describe_sqlx(e: &sqlx::Error) -> String {
    match e {
        sqlx::Error::Database(db) => match db.try_downcast_ref::<sqlx::postgres::PgDatabaseError>()
        {
            Some(pg) => format!(
                "{}{}",
                pg.message(),
                describe_code(
                    &Some(pg.code().to_string()),
                    &pg.detail().map(Into::into),
                    &pg.hint().map(Into::into)
                )
            ),
            None => db.message().to_string(),
        },
        other => other.to_string(),
    }
}

/// `[postgres]` in tidegate.toml.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PgFile {
    /// Read through [`EngineConfig::url`], which a flag can override.
    #[allow(dead_code)]
    url: Option<String>,
    statement_timeout: Option<String>,
    lock_timeout: Option<String>,
    advisory_lock_wait: Option<String>,
    history_table: Option<String>,
    flush_each_commit: Option<bool>,
    keepalive: Option<String>,
    /// Both read through [`EngineConfig::setting`], which the environment
    /// can set.
    #[allow(dead_code)]
    allow_privileged_role: Option<serde::de::IgnoredAny>,
    #[allow(dead_code)]
    migration_role: Option<String>,
    phase_lock_timeout: Option<String>,
    phase_retries: Option<u32>,
    backfill_batch: Option<u64>,
    plan_backfill_rows: Option<u64>,
}

/// PostgreSQL settings, resolved.
#[derive(Debug, Clone)]
pub struct PgConfig {
    pub url: Option<String>,
    /// Set on every session; also bounds a lock fence.
    pub statement_timeout: Duration,
    pub lock_timeout: Duration,
    /// How long `apply` waits for another run's lock.
    pub advisory_lock_wait: Duration,
    pub history_table: String,
    /// Every migration's commit waits until it is flushed. By default only
    /// the run's last write waits (see `Session::commit_without_waiting`).
    pub flush_each_commit: bool,
    /// How long a connection may carry nothing: the server sends TCP
    /// keepalive probes on every connection after this long idle (and
    /// notices a dead client, releasing its advisory lock, within a few
    /// more), and the lock's connection, idle while migrations run, asks
    /// the server whether it still holds the lock at this interval. Both
    /// keep idle-timeout middleboxes (load balancers, NAT) from dropping
    /// the connections.
    pub keepalive: Duration,
    /// Migrations may run as a role that can act outside the transaction
    /// (a superuser on a throwaway database): `allow_privileged_role`.
    pub allow_privileged_role: bool,
    /// Migrations run under `SET ROLE` to this role, while Tidegate's own
    /// bookkeeping uses the connecting role.
    pub migration_role: Option<String>,
    /// How phased migrations run: `phase_lock_timeout` (500ms),
    /// `phase_retries` (30), `backfill_batch` (5000 rows to start with),
    /// `plan_backfill_rows` (10000).
    pub phasing: phased::Phasing,
}

impl PgConfig {
    pub fn from_config(config: &EngineConfig) -> Result<Self, PgError> {
        let file: PgFile = config.parse()?;
        let keepalive = duration(
            file.keepalive.as_deref(),
            "postgres.keepalive",
            Duration::from_secs(60),
        )?;
        if keepalive < Duration::from_millis(100) {
            // The lock's heartbeat would query without a pause.
            return Err(PgError::Config(ConfigError::Section {
                section: "postgres".into(),
                message: format!(
                    "keepalive = {keepalive:?} is under 100ms; set it to `100ms` or more (it defaults to 60s)"
                ),
            }));
        }
        Ok(PgConfig {
            url: config.url().map(str::to_string),
            statement_timeout: duration(
                file.statement_timeout.as_deref(),
                "postgres.statement_timeout",
                Duration::from_secs(300),
            )?,
            lock_timeout: duration(
                file.lock_timeout.as_deref(),
                "postgres.lock_timeout",
                Duration::from_secs(10),
            )?,
            advisory_lock_wait: duration(
                file.advisory_lock_wait.as_deref(),
                "postgres.advisory_lock_wait",
                Duration::from_secs(60),
            )?,
            history_table: file
                .history_table
                .unwrap_or_else(|| "tidegate_migrations".into()),
            flush_each_commit: file.flush_each_commit.unwrap_or(false),
            keepalive,
            allow_privileged_role: config.flag("allow_privileged_role")?,
            migration_role: match config.setting("migration_role") {
                Some(r) if !valid_role(&r) => {
                    return Err(PgError::Config(ConfigError::Section {
                        section: "postgres".into(),
                        message: format!(
                            "migration_role `{}` is not a role name; use letters, digits, `_` and `-`",
                            r.chars().take(64).collect::<String>()
                        ),
                    }));
                }
                role => role,
            },
            phasing: {
                let d = phased::Phasing::default();
                phased::Phasing {
                    lock_timeout: duration(
                        file.phase_lock_timeout.as_deref(),
                        "postgres.phase_lock_timeout",
                        d.lock_timeout,
                    )?,
                    retries: file.phase_retries.unwrap_or(d.retries),
                    batch: file.backfill_batch.unwrap_or(d.batch).max(1),
                    plan_rows: file.plan_backfill_rows.unwrap_or(d.plan_rows),
                }
            },
        })
    }
}

/// A role name Tidegate will quote into `SET ROLE`.
fn valid_role(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 63
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// A parsed, connectable target; displays without its password.
#[derive(Clone)]
pub struct PgTarget {
    options: PgConnectOptions,
    url: String,
    display: String,
}

impl std::fmt::Display for PgTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display)
    }
}

impl std::fmt::Debug for PgTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PgTarget({})", self.display)
    }
}

fn millis(d: Duration) -> String {
    d.as_millis().to_string()
}

impl PgTarget {
    /// Server-side statement and lock timeouts go on every session.
    pub fn new(cfg: &PgConfig) -> Result<Self, PgError> {
        let url = cfg.url.as_deref().ok_or(PgError::NoUrl)?;
        let display = redact_url(url);
        let scheme = url.split("://").next().unwrap_or_default();
        if !matches!(scheme, "postgres" | "postgresql") || !url.contains("://") {
            return Err(PgError::NotPostgres(display));
        }
        let options = PgConnectOptions::from_str(url)
            .map_err(|source| PgError::BadUrl {
                url: display.clone(),
                source,
            })?
            .application_name("tidegate")
            .options([
                ("statement_timeout", millis(cfg.statement_timeout)),
                ("lock_timeout", millis(cfg.lock_timeout)),
                (
                    "idle_in_transaction_session_timeout",
                    millis(cfg.statement_timeout.max(Duration::from_secs(60)) * 2),
                ),
            ])
            .options(keepalives(cfg.keepalive));
        Ok(PgTarget {
            options,
            url: url.to_string(),
            display,
        })
    }

    pub async fn connect(&self) -> Result<PgConnection, PgError> {
        PgConnection::connect_with(&self.options)
            .await
            .map_err(|source| PgError::Connect {
                url: self.display.clone(),
                source,
            })
    }
}

/// The server's TCP keepalive settings for a connection idle `after`
/// (whole seconds, at least 1): probes every quarter of it, and the
/// connection counts as dead after four unanswered ones. Any role may set
/// them; over a Unix socket the server ignores them.
fn keepalives(after: Duration) -> [(&'static str, String); 3] {
    let idle = after.as_secs().max(1);
    [
        ("tcp_keepalives_idle", idle.to_string()),
        ("tcp_keepalives_interval", (idle / 4).max(1).to_string()),
        ("tcp_keepalives_count", "4".into()),
    ]
}

/// The PostgreSQL engine for the host.
pub struct PgDriver;

#[async_trait]
impl Driver for PgDriver {
    fn kind(&self) -> EngineKind {
        EngineKind::Postgres
    }

    fn url_help(&self) -> &'static str {
        "PostgreSQL URL. The password is never printed."
    }

    fn link(&self, linker: &mut Linker<HostState>) -> wasmtime::Result<()> {
        host::link(linker)
    }

    fn check_config(&self, config: &EngineConfig) -> Result<(), EngineError> {
        let cfg = PgConfig::from_config(config)?;
        History::new(&cfg.history_table)?;
        if cfg.url.is_some() {
            PgTarget::new(&cfg)?;
        }
        Ok(())
    }

    async fn open(&self, config: &EngineConfig) -> Result<Arc<dyn Engine>, EngineError> {
        Ok(Arc::new(PgEngine::new(PgConfig::from_config(config)?)?))
    }

    fn rules(&self) -> &'static [Rule] {
        lint::RULES
    }

    fn scaffold(&self, name: &str) -> Scaffold {
        Scaffold {
            imports: "use tidegate_guest::{pg, Check, Engine, Metadata, Migration, Result};".into(),
            metadata: ".engines([Engine::Postgres])\n            .reversible(true)".into(),
            up: format!(
                "pg::batch_execute(\n            \"CREATE TABLE {name} (\n                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n                created_at timestamptz NOT NULL DEFAULT now()\n             )\",\n        )"
            ),
            down: format!("pg::batch_execute(\"DROP TABLE {name}\")"),
            check: format!(
                "Ok(vec![Check::new(\"{name} exists\", pg::table_exists(\"{name}\")?, \"CREATE TABLE {name}\")])"
            ),
            capability: format!("tables = [\"{name}\"]"),
            files: vec![
                (
                    "up.sql",
                    format!(
                        "CREATE TABLE {name} (\n    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    created_at timestamptz NOT NULL DEFAULT now()\n);\n"
                    ),
                ),
                ("down.sql", format!("DROP TABLE {name};\n")),
                (
                    "check.sql",
                    format!(
                        "-- Invariants that hold once applied; `tidegate health` and `tidegate test`\n-- run them, read-only. Each query returns one boolean.\n\n-- check: {name} exists\nSELECT to_regclass('{name}') IS NOT NULL;\n"
                    ),
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
        unreachable(PgError::Other {
            doing: "starting a PostgreSQL container".into(),
            message: format!("{e}; start Docker, or name a server with --postgres-url"),
        })
    };
    let c = testcontainers_modules::postgres::Postgres::default()
        .with_tag("17.2-alpine")
        .start()
        .await
        .map_err(|e| fail(e.to_string()))?;
    let port = c
        .get_host_port_ipv4(5432)
        .await
        .map_err(|e| fail(e.to_string()))?;
    Ok(Container {
        url: format!("postgres://postgres:postgres@127.0.0.1:{port}/postgres"),
        handle: Box::new(c),
    })
}

/// A container that cannot start leaves the engine unreachable (exit 6).
fn unreachable(e: PgError) -> EngineError {
    EngineError::new(EngineKind::Postgres, ErrorKind::Unreachable, None, e)
}

#[cfg(not(feature = "containers"))]
async fn container() -> Result<Container, EngineError> {
    Err(unreachable(PgError::Other {
        doing: "starting a PostgreSQL container".into(),
        message:
            "this tidegate was built without container support; name a server with --postgres-url"
                .into(),
    }))
}

/// One PostgreSQL target.
pub struct PgEngine {
    target: PgTarget,
    history: History,
    cfg: PgConfig,
    /// A connection [`Engine::warm`] started, for the next session, with
    /// the history it read first.
    spare: std::sync::Mutex<Option<tokio::task::JoinHandle<Result<Warmed, PgError>>>>,
}

/// What [`Engine::warm`] gets ready: a connection, and the history read on
/// it (none when the read failed: the session reads again, and reports).
type Warmed = (PgConnection, Option<Vec<HistoryRow>>);

impl Drop for PgEngine {
    fn drop(&mut self) {
        if let Some(spare) = self.spare.get_mut().ok().and_then(Option::take) {
            spare.abort();
        }
    }
}

impl PgEngine {
    pub fn new(cfg: PgConfig) -> Result<Self, PgError> {
        Ok(PgEngine {
            target: PgTarget::new(&cfg)?,
            history: History::new(&cfg.history_table)?,
            cfg,
            spare: Default::default(),
        })
    }

    /// The connection `warm` started, with the history it read, or a new
    /// connection.
    async fn connection(&self) -> Result<Warmed, PgError> {
        let spare = self.spare.lock().ok().and_then(|mut s| s.take());
        match spare {
            Some(handle) => match handle.await {
                Ok(warmed) => warmed,
                Err(_) => Ok((self.target.connect().await?, None)),
            },
            None => Ok((self.target.connect().await?, None)),
        }
    }

    pub fn config(&self) -> &PgConfig {
        &self.cfg
    }

    /// The same server and settings, another database.
    fn on_database(&self, name: &str) -> Result<PgEngine, PgError> {
        let mut url = url::Url::parse(&self.target.url).map_err(|e| PgError::Other {
            doing: "naming a scratch database".into(),
            message: e.to_string(),
        })?;
        url.set_path(&format!("/{name}"));
        PgEngine::new(PgConfig {
            url: Some(url.to_string()),
            ..self.cfg.clone()
        })
    }
}

#[async_trait]
impl Engine for PgEngine {
    fn kind(&self) -> EngineKind {
        EngineKind::Postgres
    }

    fn target(&self) -> String {
        self.target.to_string()
    }

    async fn session(&self) -> Result<Box<dyn Session>, EngineError> {
        let (conn, read) = self.connection().await?;
        Ok(Box::new(
            PgSession::new(conn, self.history.clone(), self.cfg.flush_each_commit, read)
                .bounded(answer_bound(self.cfg.statement_timeout))
                .phasing(self.cfg.phasing)
                .confined(
                    self.cfg.migration_role.as_deref(),
                    self.cfg.allow_privileged_role,
                ),
        ))
    }

    /// Connect, and read the history on that connection, while the project
    /// is verified: the first look of `apply` (is anything pending?) then
    /// waits for neither. That read takes no lock, as that look does not.
    fn warm(&self) {
        let Ok(mut spare) = self.spare.lock() else {
            return;
        };
        if spare.is_none() {
            let (target, history) = (self.target.clone(), self.history.clone());
            *spare = Some(tokio::spawn(async move {
                let mut conn = target.connect().await?;
                let read = history.load(&mut conn, false).await.ok();
                Ok((conn, read))
            }));
        }
    }

    fn check_phased(
        &self,
        ops: &[serde_json::Value],
        declared: Option<&tidegate_core::capabilities::Capabilities>,
    ) -> Result<(), String> {
        phased::parse(ops, declared).map(drop)
    }

    fn version_access(&self, id: &str) -> Option<String> {
        Some(phased::access(id))
    }

    async fn lock(&self) -> Result<Box<dyn Lock>, EngineError> {
        let patience = self.cfg.lock_timeout.max(Duration::from_secs(5));
        let lock = AdvisoryLock::acquire(
            &self.target,
            self.history.lock_key(),
            self.cfg.advisory_lock_wait,
            patience,
            self.cfg.keepalive,
        )
        .await?;
        Ok(Box::new(lock))
    }

    async fn health(&self) -> Result<Vec<HealthCheck>, EngineError> {
        let connect = Instant::now();
        let mut conn = self.target.connect().await?;
        let mut checks = vec![HealthCheck::new(
            "postgres: connect",
            Health::Pass,
            format!("connected in {:.1} ms", ms(connect.elapsed())),
        )];
        let facts: (String, bool, String, String) = sqlx::query_as(
            "SELECT version(), pg_is_in_recovery(), current_setting('statement_timeout'), current_setting('lock_timeout')",
        )
        .fetch_one(&mut conn)
        .await
        .map_err(|e| PgError::query("reading server facts", e))?;
        let role = guard::RoleFacts::read(&mut conn, self.cfg.migration_role.as_deref()).await;
        let _ = conn.close().await;
        let version = facts.0.split(" on ").next().unwrap_or(&facts.0).to_string();
        checks.push(HealthCheck::new("postgres: version", Health::Pass, version));
        checks.push(if facts.1 {
            HealthCheck::new(
                "postgres: role",
                Health::Warn,
                "replica in recovery: migrations must run on the primary",
            )
        } else {
            HealthCheck::new("postgres: role", Health::Pass, "primary")
        });
        checks.push(match role {
            Ok(role) => {
                let allowed = role.privileges().is_none() || self.cfg.allow_privileged_role;
                let health = match (role.privileges(), allowed) {
                    (None, _) => Health::Pass,
                    (Some(_), true) => Health::Warn,
                    (Some(_), false) => Health::Fail,
                };
                HealthCheck::new("postgres: migration role", health, role.describe(allowed))
            }
            Err(e) => HealthCheck::new("postgres: migration role", Health::Fail, e.to_string()),
        });
        let off = facts.3 == "0";
        checks.push(HealthCheck::new(
            "postgres: timeouts",
            if off { Health::Warn } else { Health::Pass },
            format!("statement_timeout {}, lock_timeout {}", facts.2, facts.3),
        ));
        Ok(checks)
    }

    /// The whole database: its schemas belong to the application, and a
    /// migration's statements may touch objects no capability names
    /// (lint reports those, CAP001).
    async fn foreign_history(
        &self,
        tool: Tool,
        table: Option<&str>,
    ) -> Option<Result<ForeignHistory, EngineError>> {
        Some(
            async {
                let mut conn = self.target.connect().await?;
                let read = foreign::read(&mut conn, tool, table).await;
                let _ = conn.close().await;
                read
            }
            .await,
        )
    }

    async fn catalog(&self, _declared: &[Option<Capabilities>]) -> Result<Snapshot, EngineError> {
        let mut conn = self.target.connect().await?;
        let snap = snapshot::snapshot(&mut conn, &self.history.table_names()).await;
        let _ = conn.close().await;
        Ok(snap?)
    }

    async fn lint(&self, runs: &[LintRun<'_>], before: &Snapshot) -> Vec<Finding> {
        let existing = lint::tables(before);
        let mut seen = lint::Seen::default();
        let mut findings = Vec::new();
        for run in runs {
            findings.extend(lint::lint_statements(
                run.id,
                run.statements,
                run.transactional,
                &existing,
                &mut seen,
            ));
            findings.extend(capabilities_lint::lint_statements(
                run.id,
                run.statements,
                run.capabilities,
            ));
        }
        if self.cfg.lock_timeout.is_zero() {
            let f = Finding::new(
                lint::rule("PG008"),
                "(configuration)",
                0,
                String::new(),
                "postgres.lock_timeout is 0".into(),
            );
            findings.push(Finding {
                location: Some("tidegate.toml".into()),
                ..f
            });
        }
        findings
    }

    async fn scratch(
        &self,
        _declared: &[Option<Capabilities>],
    ) -> Result<Box<dyn Scratch>, EngineError> {
        let name = scratch_name();
        let mut admin = self.target.connect().await?;
        // `name` is ours: letters, digits and `_`.
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE \"{name}\"")))
            .execute(&mut admin)
            .await
            .map_err(|e| PgError::query(format!("creating the scratch database {name}"), e))?;
        let _ = admin.close().await;
        let engine = Arc::new(self.on_database(&name)?);
        Ok(Box::new(PgScratch {
            admin: self.target.clone(),
            name,
            engine,
        }))
    }

    fn seed_file(&self) -> &'static str {
        "postgres.sql"
    }

    async fn load_seed(&self, text: &str) -> Result<(), EngineError> {
        let mut conn = self.target.connect().await?;
        // The seed is the user's own script, run on a scratch database.
        sqlx::raw_sql(sqlx::AssertSqlSafe(text.to_string()))
            .execute(&mut conn)
            .await
            .map_err(|e| PgError::query("loading postgres.sql", e))?;
        let _ = conn.close().await;
        Ok(())
    }

    async fn replay(
        &self,
        migrations: &[Replay],
        books: Books,
    ) -> Option<Result<f64, EngineError>> {
        Some(match books {
            Books::Guarded => replay::guarded(self, migrations).await,
            books => replay::native(
                &self.target,
                migrations,
                books == Books::History,
                !self.cfg.flush_each_commit,
            )
            .await
            .map_err(Into::into),
        })
    }
}

fn scratch_name() -> String {
    let mut b = [0u8; 6];
    getrandom::fill(&mut b).expect("randomness");
    format!("tidegate_test_{}", hex::encode(b))
}

/// A scratch database, dropped with everything in it.
struct PgScratch {
    admin: PgTarget,
    name: String,
    engine: Arc<PgEngine>,
}

#[async_trait]
impl Scratch for PgScratch {
    fn engine(&self) -> Arc<dyn Engine> {
        self.engine.clone()
    }

    async fn drop_all(self: Box<Self>) -> Vec<String> {
        let dropped = async {
            let mut conn = self.admin.connect().await?;
            sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                "DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)",
                self.name
            )))
            .execute(&mut conn)
            .await
            .map(drop)
            .map_err(|e| PgError::query("dropping the scratch database", e))
        };
        match dropped.await {
            Ok(()) => Vec::new(),
            Err(e) => vec![format!("cannot drop scratch database {}: {e}", self.name)],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(url: &str) -> PgConfig {
        PgConfig {
            url: Some(url.into()),
            statement_timeout: Duration::from_secs(1),
            lock_timeout: Duration::from_secs(1),
            advisory_lock_wait: Duration::from_secs(1),
            history_table: "tidegate_migrations".into(),
            flush_each_commit: false,
            keepalive: Duration::from_secs(60),
            allow_privileged_role: false,
            migration_role: None,
            phasing: phased::Phasing::default(),
        }
    }

    #[test]
    fn urls_of_other_databases_are_bad_configuration() {
        let err: EngineError = PgEngine::new(config("mysql://root@127.0.0.1/app"))
            .err()
            .expect("refused")
            .into();
        assert_eq!(err.kind(), ErrorKind::Config);
        assert!(err.to_string().contains("postgres://"), "{err}");
        let bad_table: EngineError = PgEngine::new(PgConfig {
            history_table: "x; drop".into(),
            ..config("postgres://h/db")
        })
        .err()
        .expect("refused")
        .into();
        assert_eq!(bad_table.kind(), ErrorKind::Config);
        assert!(
            PgEngine::new(config("postgresql://app:pw@db.internal/prod"))
                .unwrap()
                .target()
                .contains("app:***@")
        );
    }
}
