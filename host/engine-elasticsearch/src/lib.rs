//! Elasticsearch and OpenSearch through the official `elasticsearch`
//! crate: everything Tidegate does on a search engine.
//!
//! - [`EsDriver`] plugs the engine into the host: it links the guest
//!   interface ([`host`], with its API allow-list) and opens targets;
//! - [`EsEngine`] is one cluster: sessions ([`session`]), the lease lock
//!   ([`lock`]), health facts, catalog [`snapshot`]s and shadow indices,
//!   lint ([`lint`]) and scratch indices;
//! - [`history`]: the history and audit indices.

pub mod history;
pub mod host;
pub mod lint;
pub mod lock;
pub mod phased;
pub mod session;
pub mod snapshot;
pub mod tasks;
pub mod tls;

use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use elasticsearch::Elasticsearch;
use elasticsearch::auth::{ClientCertificate, Credentials};
use elasticsearch::cert::{Certificate, CertificateValidation};
use elasticsearch::http::Method;
use elasticsearch::http::headers::{AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue};
use elasticsearch::http::transport::{SingleNodeConnectionPool, TransportBuilder};
use serde::Deserialize;
use serde_json::Value;
use tidegate_core::capabilities::{Capabilities, Kind, Scope};
use tidegate_core::config::{ConfigError, EngineConfig, duration};
use tidegate_core::diff::Snapshot;
use tidegate_core::engine::{Engine, LintRun, Lock, Scratch, Session};
use tidegate_core::error::{EngineError, ErrorKind, ServerCode};
use tidegate_core::journal::truncate;
use tidegate_core::lease::LockError;
use tidegate_core::lint::{Finding, Rule};
use tidegate_core::metadata::EngineKind;
use tidegate_core::redact::{percent_decode, redact_url};
use tidegate_core::report::{Health, HealthCheck, ms};
use tidegate_runtime::driver::{Container, Driver, Scaffold};
use tidegate_runtime::state::HostState;
use wasmtime::component::Linker;

use crate::history::EsHistory;
use crate::lock::EsLock;
use crate::session::EsSession;
use crate::tls::{Auth, Security, Trust};

/// Errors of the search engine outside guest calls.
#[derive(Debug, thiserror::Error)]
pub enum EsError {
    #[error(
        "no Elasticsearch URL is configured: pass --elasticsearch-url, set TIDEGATE_ELASTICSEARCH_URL, or set elasticsearch.url in tidegate.toml"
    )]
    NoUrl,
    #[error(
        "invalid Elasticsearch URL {url}: {reason}; write it like https://user:password@host:9200"
    )]
    BadUrl { url: String, reason: String },
    #[error("{what} name `{name}` is invalid; {rule}")]
    BadName {
        what: &'static str,
        name: String,
        rule: &'static str,
    },
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(
        "cannot connect to Elasticsearch at {url} while {doing}; check that the server is up, the URL is right and, for https, that its certificate is trusted (elasticsearch.ca_file or ca_fingerprint)"
    )]
    Connect {
        url: String,
        doing: String,
        #[source]
        source: elasticsearch::Error,
    },
    #[error("Elasticsearch at {url} answered HTTP {status} to `GET /` ({message}); check the URL")]
    Refused {
        url: String,
        status: u16,
        message: String,
    },
    #[error(
        "Elasticsearch at {url} refused the credentials ({message}); check elasticsearch.username and password (or TIDEGATE_ELASTICSEARCH_PASSWORD), or api_key (TIDEGATE_ELASTICSEARCH_API_KEY)"
    )]
    Credentials { url: String, message: String },
    #[error("Elasticsearch refused {doing}: {message}; {advice}")]
    Denied {
        doing: String,
        status: u16,
        kind: Option<String>,
        message: String,
        advice: String,
    },
    #[error("Elasticsearch failed while {doing}: {message}")]
    Request {
        doing: String,
        status: u16,
        kind: Option<String>,
        message: String,
    },
    #[error("{doing}: {message}")]
    Other { doing: String, message: String },
    /// `tidegate test` will not use a cluster where the migrations' names
    /// are taken or unknown: fix the configuration instead.
    #[error("cannot make a scratch target: {0}")]
    Unsafe(String),
    #[error(transparent)]
    Lock(LockError),
    /// Credentials or TLS settings that cannot work.
    #[error("{0}")]
    Security(String),
    /// The migration lock's fence failed during a phase: that error as is.
    #[error(transparent)]
    Fence(Box<EngineError>),
}

impl EsError {
    /// A phase's fence failed: its error goes up as it is.
    pub(crate) fn fence(e: EngineError) -> Self {
        EsError::Fence(Box::new(e))
    }
}

impl From<EsError> for EngineError {
    fn from(e: EsError) -> Self {
        let e = match e {
            EsError::Fence(inner) => return *inner,
            other => other,
        };
        let (kind, code) = match &e {
            EsError::NoUrl
            | EsError::BadUrl { .. }
            | EsError::BadName { .. }
            | EsError::Config(_)
            | EsError::Unsafe(_)
            | EsError::Security(_) => (ErrorKind::Config, None),
            EsError::Connect { .. } => (ErrorKind::Unreachable, None),
            EsError::Refused { status, .. } => (
                ErrorKind::Unreachable,
                Some(ServerCode::Http {
                    status: *status,
                    kind: None,
                }),
            ),
            EsError::Credentials { .. } => (
                ErrorKind::Denied,
                Some(ServerCode::Http {
                    status: 401,
                    kind: None,
                }),
            ),
            EsError::Denied { status, kind, .. } => (
                ErrorKind::Denied,
                Some(ServerCode::Http {
                    status: *status,
                    kind: kind.clone(),
                }),
            ),
            EsError::Request { status, kind, .. } => (
                ErrorKind::Server,
                Some(ServerCode::Http {
                    status: *status,
                    kind: kind.clone(),
                }),
            ),
            EsError::Other { .. } => (ErrorKind::Server, None),
            EsError::Fence(_) => unreachable!("returned above"),
            EsError::Lock(LockError::Busy { .. }) => (ErrorKind::Busy, None),
            EsError::Lock(LockError::Lost { .. }) => (ErrorKind::LockLost, None),
        };
        EngineError::new(EngineKind::Elasticsearch, kind, code, e)
    }
}

/// `[elasticsearch]` in tidegate.toml.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct EsFile {
    /// Read through [`EngineConfig::url`], which a flag can override.
    #[allow(dead_code)]
    url: Option<String>,
    request_timeout: Option<String>,
    task_timeout: Option<String>,
    lock_ttl: Option<String>,
    lock_wait: Option<String>,
    history_index: Option<String>,
    // Read through `EngineConfig::setting`, which the environment can
    // override (see [`tls`]).
    #[allow(dead_code)]
    username: Option<String>,
    #[allow(dead_code)]
    password: Option<String>,
    #[allow(dead_code)]
    api_key: Option<String>,
    #[allow(dead_code)]
    ca_file: Option<String>,
    #[allow(dead_code)]
    ca_fingerprint: Option<String>,
    #[allow(dead_code)]
    client_cert: Option<String>,
    #[allow(dead_code)]
    insecure: Option<serde::de::IgnoredAny>,
}

/// Search engine settings, resolved.
#[derive(Debug, Clone)]
pub struct EsConfig {
    pub url: Option<String>,
    pub request_timeout: Duration,
    /// How long the host waits for a reindex task.
    pub task_timeout: Duration,
    pub lock_ttl: Duration,
    pub lock_wait: Duration,
    pub history_index: String,
    /// Credentials and TLS trust; `None` until read with the URL.
    pub security: Option<Security>,
}

impl EsConfig {
    pub fn from_config(config: &EngineConfig) -> Result<Self, EsError> {
        let file: EsFile = config.parse()?;
        Ok(EsConfig {
            url: config.url().map(str::to_string),
            request_timeout: duration(
                file.request_timeout.as_deref(),
                "elasticsearch.request_timeout",
                Duration::from_secs(300),
            )?,
            task_timeout: duration(
                file.task_timeout.as_deref(),
                "elasticsearch.task_timeout",
                Duration::from_secs(6 * 3600),
            )?,
            lock_ttl: duration(
                file.lock_ttl.as_deref(),
                "elasticsearch.lock_ttl",
                Duration::from_secs(30),
            )?,
            lock_wait: duration(
                file.lock_wait.as_deref(),
                "elasticsearch.lock_wait",
                Duration::from_secs(60),
            )?,
            history_index: file
                .history_index
                .unwrap_or_else(|| "tidegate-migrations".into()),
            security: match config.url() {
                Some(raw) => {
                    let url = url::Url::parse(raw).map_err(|e| EsError::BadUrl {
                        url: redact_url(raw),
                        reason: e.to_string(),
                    })?;
                    Some(Security::from_config(
                        config,
                        url.scheme() == "https",
                        url_user(&url),
                    )?)
                }
                None => None,
            },
        })
    }
}

/// The user and password a URL carries, percent-decoded (RFC 3986: a `+`
/// or `&` in a password is itself).
fn url_user(url: &url::Url) -> Option<(String, String)> {
    (!url.username().is_empty()).then(|| {
        (
            percent_decode(url.username()),
            percent_decode(url.password().unwrap_or_default()),
        )
    })
}

/// A parsed target; displays without its password.
#[derive(Clone)]
pub struct EsTarget {
    client: Elasticsearch,
    display: String,
    pub timeout: Duration,
    /// How long a reindex task may run ([`tasks`]).
    pub task_timeout: Duration,
    /// Whom https trusts, for health and warnings.
    trust: String,
    insecure: bool,
    https: bool,
    credentials: bool,
}

/// The items of a `_bulk` answer that failed (each the object under its
/// action: `_index`, `_id`, `status`, `error`), and how many items there
/// were. An item without an `error`, such as a delete of a document
/// already gone, did not fail.
pub(crate) fn failed_bulk_items(answer: &Value) -> (Vec<&Value>, usize) {
    let items = answer["items"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    if answer["errors"] != Value::Bool(true) {
        return (Vec::new(), items.len());
    }
    (
        items
            .iter()
            .filter_map(|i| i.as_object()?.values().next())
            .filter(|x| x["error"].is_object())
            .collect(),
        items.len(),
    )
}

fn owned(query: &[(&str, &str)]) -> Vec<(String, String)> {
    query
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

impl std::fmt::Display for EsTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display)
    }
}

/// A response as the host reads it.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub body: String,
}

impl Answer {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }

    /// `reason (type)` from an error body, else the body.
    pub fn error(&self) -> String {
        let v = self.json();
        let e = &v["error"];
        match (e["reason"].as_str(), e["type"].as_str()) {
            (Some(r), Some(t)) => format!("{r} ({t}, HTTP {})", self.status),
            _ => format!("HTTP {}: {}", self.status, truncate(self.body.clone(), 500)),
        }
    }
}

impl Answer {
    /// The error type of an Elasticsearch error body.
    pub fn kind(&self) -> Option<String> {
        self.json()["error"]["type"].as_str().map(str::to_string)
    }
}

impl EsTarget {
    pub fn new(cfg: &EsConfig) -> Result<Self, EsError> {
        let raw = cfg.url.as_deref().ok_or(EsError::NoUrl)?;
        let display = redact_url(raw);
        let bad = |reason: String| EsError::BadUrl {
            url: display.clone(),
            reason,
        };
        let mut url = url::Url::parse(raw).map_err(|e| bad(e.to_string()))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(bad("use an http:// or https:// URL".into()));
        }
        let security = match &cfg.security {
            Some(s) => s.clone(),
            // Built without a configuration (tests): the URL's user, and the
            // same environment a configuration would read.
            None => Security::from_config(
                &EngineConfig {
                    name: "elasticsearch".into(),
                    ..Default::default()
                },
                url.scheme() == "https",
                url_user(&url),
            )?,
        };
        let https = url.scheme() == "https";
        let _ = url.set_username("");
        let _ = url.set_password(None);
        let mut builder = TransportBuilder::new(SingleNodeConnectionPool::new(url))
            .timeout(cfg.request_timeout)
            .disable_proxy();
        // Credentials go in a header, so that a client certificate (which
        // the transport also calls credentials) can come with them.
        let authorization = match &security.auth {
            Some(Auth::Basic { user, password }) => {
                use base64::Engine as _;
                Some(format!(
                    "Basic {}",
                    base64::engine::general_purpose::STANDARD
                        .encode(format!("{user}:{}", password.expose()))
                ))
            }
            Some(Auth::ApiKey(key)) => Some(format!("ApiKey {}", key.expose())),
            None => None,
        };
        if let Some(value) = authorization {
            let mut value = HeaderValue::from_str(&value).map_err(|_| {
                EsError::Security("the credentials hold characters a header cannot carry".into())
            })?;
            value.set_sensitive(true);
            builder = builder.header(AUTHORIZATION, value);
        }
        let pem = |bytes: &[u8]| {
            Certificate::from_pem(bytes)
                .map_err(|e| EsError::Security(format!("the CA certificate cannot be read: {e}")))
        };
        builder =
            match &security.trust {
                Trust::System => builder.cert_validation(CertificateValidation::Default),
                Trust::CaFile { pem: bytes, .. } => {
                    builder.cert_validation(CertificateValidation::Full(pem(bytes)?))
                }
                // The pinned CA is the only root: none of the client's own.
                Trust::Fingerprint {
                    pinned: Some(der), ..
                } => builder.tls_built_in_root_certs(false).cert_validation(
                    CertificateValidation::Full(Certificate::from_der(der).map_err(|e| {
                        EsError::Security(format!("the pinned certificate cannot be read: {e}"))
                    })?),
                ),
                // Not pinned yet (configuration checks only): nothing is sent.
                Trust::Fingerprint { pinned: None, .. } => builder,
                Trust::Insecure => builder.cert_validation(CertificateValidation::None),
            };
        if let Some(cert) = &security.client_cert {
            builder = builder.auth(Credentials::Certificate(ClientCertificate::Pem(
                cert.clone(),
            )));
        }
        let transport = builder.build().map_err(|e| bad(e.to_string()))?;
        Ok(EsTarget {
            client: Elasticsearch::new(transport),
            display,
            timeout: cfg.request_timeout,
            task_timeout: cfg.task_timeout,
            trust: security.trust.describe(),
            insecure: security.trust == Trust::Insecure,
            https,
            credentials: security.auth.is_some(),
        })
    }

    /// Send one request; transport failures are errors, HTTP statuses are
    /// not.
    pub async fn send(
        &self,
        m: Method,
        path: &str,
        query: &[(String, String)],
        body: Option<String>,
    ) -> Result<Answer, elasticsearch::Error> {
        self.send_with(m, path, query, body, HeaderMap::new()).await
    }

    /// [`EsTarget::send`] with extra headers.
    pub async fn send_with(
        &self,
        m: Method,
        path: &str,
        query: &[(String, String)],
        body: Option<String>,
        headers: HeaderMap,
    ) -> Result<Answer, elasticsearch::Error> {
        Self::read(self.respond(m, path, query, body, headers).await?).await
    }

    /// [`EsTarget::send`] for a guest: an answer whose announced length
    /// is over `cap` is refused (`Err(length)`) without reading it.
    pub async fn send_capped(
        &self,
        m: Method,
        path: &str,
        query: &[(String, String)],
        body: Option<String>,
        cap: usize,
    ) -> Result<Result<Answer, u64>, elasticsearch::Error> {
        let response = self.respond(m, path, query, body, HeaderMap::new()).await?;
        if let Some(length) = response.content_length().filter(|l| *l > cap as u64) {
            return Ok(Err(length));
        }
        Ok(Ok(Self::read(response).await?))
    }

    /// Send one request; the response, its body not read yet.
    async fn respond(
        &self,
        m: Method,
        path: &str,
        query: &[(String, String)],
        body: Option<String>,
        headers: HeaderMap,
    ) -> Result<elasticsearch::http::response::Response, elasticsearch::Error> {
        let body: Option<&[u8]> = body.as_deref().map(str::as_bytes);
        let query: Option<&[(String, String)]> = (!query.is_empty()).then_some(query);
        self.client
            .send(m, path, headers, query, body, Some(self.timeout))
            .await
    }

    /// A response's status and body.
    async fn read(
        response: elasticsearch::http::response::Response,
    ) -> Result<Answer, elasticsearch::Error> {
        let status = response.status_code().as_u16();
        let body = response.text().await?;
        Ok(Answer { status, body })
    }

    /// `send` for the host's own requests, as an [`EsError`] naming what
    /// it was doing; a non-2xx status is an error unless `allow` lists it.
    pub async fn call(
        &self,
        m: Method,
        path: &str,
        query: &[(&str, &str)],
        body: Option<Value>,
        allow: &[u16],
        doing: &str,
    ) -> Result<Answer, EsError> {
        let sent = self
            .send(m, path, &owned(query), body.map(|b| b.to_string()))
            .await;
        self.checked(sent, allow, doing)
    }

    /// A `_bulk` request of the host's own: `lines` are its action and
    /// source lines. Like [`EsTarget::call`], a refused request is an
    /// error; the answer's failed items are the caller's to read.
    pub async fn bulk(
        &self,
        lines: &[Value],
        query: &[(&str, &str)],
        doing: &str,
    ) -> Result<Answer, EsError> {
        let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
        let mut headers = HeaderMap::new();
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static("application/x-ndjson"),
        );
        let sent = self
            .send_with(Method::Post, "/_bulk", &owned(query), Some(body), headers)
            .await;
        self.checked(sent, &[], doing)
    }

    /// What was sent, as an [`EsError`] naming what it was doing unless
    /// the status is 2xx or listed in `allow`.
    fn checked(
        &self,
        sent: Result<Answer, elasticsearch::Error>,
        allow: &[u16],
        doing: &str,
    ) -> Result<Answer, EsError> {
        // No HTTP answer at all: the server is down, unreachable or mute.
        let answer = sent.map_err(|source| EsError::Connect {
            url: self.display.clone(),
            doing: doing.into(),
            source,
        })?;
        if answer.ok() || allow.contains(&answer.status) {
            Ok(answer)
        } else {
            Err(self.refusal(&answer, doing))
        }
    }

    /// The error for a refused request of the host's own.
    fn refusal(&self, answer: &Answer, doing: &str) -> EsError {
        match answer.status {
            401 => EsError::Credentials {
                url: self.display.clone(),
                message: answer.error(),
            },
            403 => EsError::Denied {
                doing: doing.into(),
                status: 403,
                kind: answer.kind(),
                message: answer.error(),
                advice: privilege_advice(path_api(doing)).into(),
            },
            status => EsError::Request {
                doing: doing.into(),
                status,
                kind: answer.kind(),
                message: answer.error(),
            },
        }
    }

    /// Create `index` with `body` unless it exists; another run creating
    /// it at the same moment is fine.
    pub async fn ensure_index(&self, index: &str, body: Value, what: &str) -> Result<(), EsError> {
        let exists = self
            .call(
                Method::Head,
                &format!("/{index}"),
                &[],
                None,
                &[404],
                &format!("looking for {what}"),
            )
            .await?;
        if exists.status != 404 {
            return Ok(());
        }
        let doing = format!("creating {what}");
        // 400 resource_already_exists: another run created it first.
        let created = self
            .call(
                Method::Put,
                &format!("/{index}"),
                &[],
                Some(body),
                &[400],
                &doing,
            )
            .await?;
        if created.status == 400 && !created.body.contains("already_exists") {
            return Err(EsError::Request {
                doing,
                status: 400,
                kind: created.kind(),
                message: created.error(),
            });
        }
        Ok(())
    }

    /// How the connection is secured, as a health check: unverified
    /// certificates, or credentials over plain http, are warnings.
    pub fn tls_check(&self) -> HealthCheck {
        let name = "elasticsearch: tls";
        if self.insecure {
            HealthCheck::new(
                name,
                Health::Warn,
                "certificates are NOT verified (elasticsearch.insecure = true); set ca_file or ca_fingerprint",
            )
        } else if self.https {
            HealthCheck::new(
                name,
                Health::Pass,
                format!("https, verified against {}", self.trust),
            )
        } else if self.credentials {
            HealthCheck::new(
                name,
                Health::Warn,
                "credentials travel over plain http; use an https:// URL",
            )
        } else {
            HealthCheck::new(name, Health::Pass, "plain http, no credentials")
        }
    }

    /// `GET /`: product, version and cluster name.
    pub async fn info(&self) -> Result<ServerInfo, EsError> {
        let answer = self
            .send(Method::Get, "/", &[], None)
            .await
            .map_err(|source| EsError::Connect {
                url: self.display.clone(),
                doing: "reading the server's version".into(),
                source,
            })?;
        if matches!(answer.status, 401 | 403) {
            return Err(self.refusal(&answer, "reading the server's version (`GET /`)"));
        }
        if !answer.ok() {
            return Err(EsError::Refused {
                url: self.display.clone(),
                status: answer.status,
                message: answer.error(),
            });
        }
        Ok(ServerInfo::from_root(&answer.json()))
    }
}

/// The part of the host's work a refused request belongs to, from what it
/// was doing.
fn path_api(doing: &str) -> &'static str {
    if doing.contains("`GET /`") || doing.contains("cluster health") || doing.contains("_tasks") {
        "monitor"
    } else if doing.contains("lock") {
        "lock"
    } else if doing.contains("history") || doing.contains("audit") {
        "history"
    } else if doing.contains("template") {
        "templates"
    } else {
        "indices"
    }
}

/// What to grant the Tidegate user for each part of its work (README:
/// "Running against production servers").
pub fn privilege_advice(api: &str) -> &'static str {
    match api {
        "monitor" => {
            "grant the Tidegate user's role the `monitor` cluster privilege (OpenSearch: `cluster:monitor/main`, `cluster:monitor/health`, and for reindex tasks `cluster:monitor/tasks/lists` and `cluster:monitor/task/get`)"
        }
        "lock" | "history" => {
            "grant the role `create_index`, `write`, `read` and `view_index_metadata` on `tidegate-migrations*` (or your history_index)"
        }
        "templates" => "grant the role the `manage_index_templates` cluster privilege",
        _ => {
            "grant the role `manage`, `write` and `read` on the indices the migrations declare (and `tgshadow-*`, for plan's shadow copies)"
        }
    }
}

/// What `GET /` says, for Elasticsearch and OpenSearch alike.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerInfo {
    pub product: String,
    pub version: String,
    pub cluster: String,
}

impl ServerInfo {
    pub fn from_root(v: &Value) -> ServerInfo {
        let product = match v["version"]["distribution"].as_str() {
            Some("opensearch") => "OpenSearch",
            _ if v["tagline"]
                .as_str()
                .is_some_and(|t| t.contains("OpenSearch")) =>
            {
                "OpenSearch"
            }
            _ => "Elasticsearch",
        };
        ServerInfo {
            product: product.into(),
            version: v["version"]["number"].as_str().unwrap_or("unknown").into(),
            cluster: v["cluster_name"].as_str().unwrap_or_default().into(),
        }
    }

    /// Whether this host supports the server: Elasticsearch 7.10+ and
    /// OpenSearch 1+ speak the APIs migrations use. Versions compare as
    /// numbers: 7.1 is older than 7.10.
    pub fn supported(&self) -> bool {
        let mut parts = self
            .version
            .split(['.', '-'])
            .map(|p| p.parse::<u32>().unwrap_or(0));
        let (major, minor) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
        match self.product.as_str() {
            "OpenSearch" => major >= 1,
            _ => (major, minor) >= (7, 10),
        }
    }
}

/// The search engine for the host.
pub struct EsDriver;

#[async_trait]
impl Driver for EsDriver {
    fn kind(&self) -> EngineKind {
        EngineKind::Elasticsearch
    }

    fn url_help(&self) -> &'static str {
        "Elasticsearch or OpenSearch URL. The password is never printed."
    }

    fn link(&self, linker: &mut Linker<HostState>) -> wasmtime::Result<()> {
        host::link(linker)
    }

    fn check_config(&self, config: &EngineConfig) -> Result<(), EngineError> {
        let cfg = EsConfig::from_config(config)?;
        EsHistory::new(&cfg.history_index)?;
        if cfg.url.is_some() {
            EsTarget::new(&cfg)?;
        }
        Ok(())
    }

    async fn open(&self, config: &EngineConfig) -> Result<Arc<dyn Engine>, EngineError> {
        Ok(Arc::new(
            EsEngine::new(EsConfig::from_config(config)?).await?,
        ))
    }

    fn rules(&self) -> &'static [Rule] {
        lint::RULES
    }

    fn scaffold(&self, name: &str) -> Scaffold {
        Scaffold {
            imports: "use tidegate_guest::es::{self, IndexSpec};\nuse tidegate_guest::{json, Check, Engine, Metadata, Migration, Result};".into(),
            metadata: "// Search-index changes cannot roll back: every helper is idempotent instead.\n            .engines([Engine::Elasticsearch])\n            .transactional(false)\n            .reversible(true)".into(),
            up: format!(
                "// A versioned index behind an alias, so a later mapping change can\n        // reindex and swap the alias (see es::reindex_with_alias_swap).\n        let spec = IndexSpec::new().shards(1).keyword(\"id\").field(\"created_at\", json!({{ \"type\": \"date\" }})).alias(\"{name}\");\n        es::create_index(\"{name}_v1\", &spec)"
            ),
            down: format!("es::delete_index(\"{name}_v1\")"),
            check: format!("let targets = es::alias_targets(\"{name}\")?;\n        Ok(vec![Check::new(\"alias {name} points at one index\", targets.len() == 1, format!(\"points at [{{}}]\", targets.join(\", \")))])"),
            capability: format!("indices = [\"{name}\", \"{name}_v*\"]"),
            files: vec![
                (
                    "up.es.json",
                    format!(
                        "[\n  {{\n    \"method\": \"PUT\",\n    \"path\": \"/{name}_v1\",\n    \"body\": {{\n      \"settings\": {{\"number_of_shards\": 1}},\n      \"mappings\": {{\"dynamic\": \"strict\", \"properties\": {{\"name\": {{\"type\": \"text\"}}, \"created_at\": {{\"type\": \"date\"}}}}}},\n      \"aliases\": {{\"{name}\": {{}}}}\n    }}\n  }}\n]\n"
                    ),
                ),
                ("down.es.json", format!("[\n  {{\"method\": \"DELETE\", \"path\": \"/{name}_v1\", \"accept\": [404]}}\n]\n")),
                ("check.es.json", format!("[\n  {{\"name\": \"alias {name} exists\", \"index\": \"{name}\"}}\n]\n")),
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
        unreachable(EsError::Other {
            doing: "starting an Elasticsearch container".into(),
            message: format!("{e}; start Docker, or name a server with --elasticsearch-url"),
        })
    };
    let c = testcontainers_modules::elastic_search::ElasticSearch::default()
        .with_tag("8.17.0")
        .with_env_var("xpack.security.enabled", "false")
        .with_env_var("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
        .start()
        .await
        .map_err(|e| fail(e.to_string()))?;
    let port = c
        .get_host_port_ipv4(9200)
        .await
        .map_err(|e| fail(e.to_string()))?;
    Ok(Container {
        url: format!("http://127.0.0.1:{port}"),
        handle: Box::new(c),
    })
}

/// A container that cannot start leaves the engine unreachable (exit 6).
fn unreachable(e: EsError) -> EngineError {
    EngineError::new(EngineKind::Elasticsearch, ErrorKind::Unreachable, None, e)
}

#[cfg(not(feature = "containers"))]
async fn container() -> Result<Container, EngineError> {
    Err(unreachable(EsError::Other { doing: "starting an Elasticsearch container".into(), message: "this tidegate was built without container support; name a server with --elasticsearch-url".into() }))
}

/// One search cluster.
pub struct EsEngine {
    target: EsTarget,
    history: EsHistory,
    cfg: EsConfig,
}

impl EsEngine {
    /// The engine for `cfg`; a `ca_fingerprint` is resolved against the
    /// server here, once.
    pub async fn new(mut cfg: EsConfig) -> Result<Self, EsError> {
        if let (Some(security), Some(raw)) = (cfg.security.as_mut(), cfg.url.as_deref()) {
            let url = url::Url::parse(raw).map_err(|e| EsError::BadUrl {
                url: redact_url(raw),
                reason: e.to_string(),
            })?;
            tls::pin(&mut security.trust, &url, &redact_url(raw)).await?;
        }
        let target = EsTarget::new(&cfg)?;
        if target.insecure {
            tracing::warn!(
                "TLS certificates of {target} are NOT verified (elasticsearch.insecure = true): use this for development only"
            );
        }
        Ok(EsEngine {
            target,
            history: EsHistory::new(&cfg.history_index)?,
            cfg,
        })
    }

    pub fn target_handle(&self) -> &EsTarget {
        &self.target
    }

    async fn health_facts(&self) -> Result<Vec<HealthCheck>, EsError> {
        let connect = Instant::now();
        let info = self.target.info().await?;
        let mut checks = vec![HealthCheck::new(
            "elasticsearch: connect",
            Health::Pass,
            format!("connected in {:.1} ms", ms(connect.elapsed())),
        )];
        checks.push(self.target.tls_check());
        checks.push(HealthCheck::new(
            "elasticsearch: version",
            if info.supported() {
                Health::Pass
            } else {
                Health::Fail
            },
            format!(
                "{} {} (cluster {}){}",
                info.product,
                info.version,
                info.cluster,
                if info.supported() {
                    ""
                } else {
                    ": tidegate needs Elasticsearch 8+ or OpenSearch 1+"
                }
            ),
        ));
        let h = self
            .target
            .call(
                Method::Get,
                "/_cluster/health",
                &[],
                None,
                &[],
                "reading cluster health",
            )
            .await?
            .json();
        let status = h["status"].as_str().unwrap_or("unknown");
        let detail = format!(
            "{status}: {} nodes, {} unassigned shards",
            h["number_of_nodes"], h["unassigned_shards"]
        );
        let verdict = match status {
            "green" => Health::Pass,
            "yellow" => Health::Warn,
            _ => Health::Fail,
        };
        checks.push(HealthCheck::new(
            "elasticsearch: cluster health",
            verdict,
            detail,
        ));
        Ok(checks)
    }
}

#[async_trait]
impl Engine for EsEngine {
    fn kind(&self) -> EngineKind {
        EngineKind::Elasticsearch
    }

    fn check_phased(
        &self,
        ops: &[serde_json::Value],
        declared: Option<&tidegate_core::capabilities::Capabilities>,
    ) -> Result<(), String> {
        phased::parse(ops, declared).map(drop)
    }

    fn version_access(&self, _id: &str) -> Option<String> {
        Some(
            "the write alias points at the new index; reads stay on the old one until complete"
                .into(),
        )
    }

    fn target(&self) -> String {
        self.target.to_string()
    }

    async fn session(&self) -> Result<Box<dyn Session>, EngineError> {
        Ok(Box::new(EsSession::new(
            self.target.clone(),
            self.history.clone(),
        )))
    }

    async fn lock(&self) -> Result<Box<dyn Lock>, EngineError> {
        Ok(Box::new(
            EsLock::acquire(
                &self.target,
                &self.history.lock,
                self.cfg.lock_ttl,
                self.cfg.lock_wait,
            )
            .await?,
        ))
    }

    async fn health(&self) -> Result<Vec<HealthCheck>, EngineError> {
        Ok(self.health_facts().await?)
    }

    async fn catalog(&self, declared: &[Option<Capabilities>]) -> Result<Snapshot, EngineError> {
        Ok(snapshot::snapshot(
            &self.target,
            None,
            &self.history.index,
            &Scope::of(Kind::Index, declared),
        )
        .await?)
    }

    async fn lint(&self, runs: &[LintRun<'_>], before: &Snapshot) -> Vec<Finding> {
        runs.iter()
            .flat_map(|r| lint::lint_statements(r.id, r.statements, before))
            .collect()
    }

    /// Index names are cluster-wide: the scratch target is the same
    /// cluster, with its own history indices, and the indices the
    /// migrations declare must not exist yet.
    async fn scratch(
        &self,
        declared: &[Option<Capabilities>],
    ) -> Result<Box<dyn Scratch>, EngineError> {
        let mut patterns: Vec<String> = Vec::new();
        for c in declared {
            match c {
                Some(c) => patterns.extend(c.names(Kind::Index).iter().cloned()),
                None => {
                    return Err(EsError::Unsafe(format!(
                        "a search migration declares no capabilities, so tidegate test cannot tell which indices on {} it would create and delete; declare `indices` in its Cargo.toml, or pass --containers",
                        self.target
                    ))
                    .into());
                }
            }
        }
        let mut b = [0u8; 6];
        getrandom::fill(&mut b).expect("randomness");
        let history_index = format!("tidegate-test-{}-migrations", hex::encode(b));
        patterns.push(format!("{history_index}*"));
        let mut taken = Vec::new();
        for p in &patterns {
            let found = existing(&self.target, p)
                .await
                .map_err(|e| EsError::Unsafe(format!("cannot tell whether {} already has {p} ({e}); point --elasticsearch-url at a server of its own, or pass --containers", self.target)))?;
            taken.extend(found);
        }
        if !taken.is_empty() {
            return Err(EsError::Unsafe(format!(
                "{} already has {}, which the migrations declare; tidegate test would change and delete them. Point --elasticsearch-url at a server of its own, or pass --containers",
                self.target,
                taken.join(", ")
            ))
            .into());
        }
        let engine = EsEngine::new(EsConfig {
            history_index,
            ..self.cfg.clone()
        })
        .await?;
        Ok(Box::new(EsScratch {
            engine: Arc::new(engine),
            patterns,
        }))
    }

    fn seed_file(&self) -> &'static str {
        "elasticsearch.json"
    }

    async fn load_seed(&self, text: &str) -> Result<(), EngineError> {
        let bad = |message: String| EsError::Other {
            doing: "loading elasticsearch.json".into(),
            message,
        };
        let Ok(Value::Object(map)) = serde_json::from_str(text) else {
            return Err(bad("it must be a JSON object of {\"index\": [documents]}".into()).into());
        };
        for (index, list) in map {
            let mut body = String::new();
            for d in list.as_array().into_iter().flatten() {
                body.push_str(&serde_json::json!({ "index": { "_index": index } }).to_string());
                body.push('\n');
                body.push_str(&d.to_string());
                body.push('\n');
            }
            if body.is_empty() {
                continue;
            }
            let answer = self
                .target
                .send(
                    Method::Post,
                    "/_bulk",
                    &[("refresh".into(), "true".into())],
                    Some(body),
                )
                .await
                .map_err(|e| bad(format!("{index}: {e}")))?;
            if !answer.ok() || answer.json()["errors"] == Value::Bool(true) {
                return Err(bad(format!("{index}: {}", answer.error())).into());
            }
        }
        Ok(())
    }
}

/// Names matching `pattern`: indices, and index templates.
/// A failure is an error, never "nothing exists": with security on, a
/// wildcard expands only to the indices the user may see, and a refused
/// listing must not let `tidegate test` create and delete names it could
/// not check.
async fn existing(es: &EsTarget, pattern: &str) -> Result<Vec<String>, EsError> {
    let mut out = Vec::new();
    let q = [
        ("expand_wildcards", "all"),
        ("ignore_unavailable", "true"),
        ("allow_no_indices", "true"),
    ];
    let a = es
        .call(
            Method::Get,
            &format!("/{pattern}"),
            &q,
            None,
            &[404],
            "listing indices",
        )
        .await?;
    if a.status != 404 {
        out.extend(
            a.json()
                .as_object()
                .into_iter()
                .flat_map(|o| o.keys().cloned()),
        );
    }
    let a = es
        .call(
            Method::Get,
            &format!("/_index_template/{pattern}"),
            &[],
            None,
            &[404],
            "listing templates",
        )
        .await?;
    for t in a.json()["index_templates"].as_array().into_iter().flatten() {
        out.extend(t["name"].as_str().map(|n| format!("_index_template/{n}")));
    }
    Ok(out)
}

/// The declared indices and the scratch history indices, deleted at the end.
struct EsScratch {
    engine: Arc<EsEngine>,
    patterns: Vec<String>,
}

#[async_trait]
impl Scratch for EsScratch {
    fn engine(&self) -> Arc<dyn Engine> {
        self.engine.clone()
    }

    async fn drop_all(self: Box<Self>) -> Vec<String> {
        let mut problems = Vec::new();
        let es = &self.engine.target;
        for p in &self.patterns {
            let names = match existing(es, p).await {
                Ok(names) => names,
                Err(e) => {
                    problems.push(e.to_string());
                    continue;
                }
            };
            for name in names {
                if let Err(e) = es
                    .call(
                        Method::Delete,
                        &format!("/{name}"),
                        &[],
                        None,
                        &[404],
                        "dropping a scratch index",
                    )
                    .await
                {
                    problems.push(e.to_string());
                }
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_products() {
        let os = ServerInfo::from_root(
            &serde_json::json!({"version": {"distribution": "opensearch", "number": "2.19.0"}, "cluster_name": "c"}),
        );
        assert_eq!((os.product.as_str(), os.supported()), ("OpenSearch", true));
        let es = ServerInfo::from_root(
            &serde_json::json!({"version": {"number": "9.1.0"}, "tagline": "You Know, for Search"}),
        );
        assert_eq!(
            (es.product.as_str(), es.supported()),
            ("Elasticsearch", true)
        );
        let old = ServerInfo::from_root(&serde_json::json!({"version": {"number": "6.8.0"}}));
        assert!(!old.supported());
        let version = |v: &str| {
            ServerInfo::from_root(&serde_json::json!({"version": {"number": v}})).supported()
        };
        assert!(
            !version("7.1.0") && !version("7.1.1") && !version("7.9.3"),
            "7.1 is not 7.10"
        );
        assert!(
            version("7.10.2") && version("7.17.25") && version("8.0.0-rc1") && version("9.1.0")
        );
    }

    #[tokio::test]
    async fn bad_urls_and_names_are_bad_configuration() {
        let cfg = |url: &str, index: &str| EsConfig {
            security: None,
            url: Some(url.into()),
            request_timeout: Duration::from_secs(1),
            task_timeout: Duration::from_secs(1),
            lock_ttl: Duration::from_secs(1),
            lock_wait: Duration::from_secs(1),
            history_index: index.into(),
        };
        for (url, index) in [("ftp://x", "h"), ("http://x:9200", "Bad Name"), ("::", "h")] {
            let err: EngineError = EsEngine::new(cfg(url, index))
                .await
                .err()
                .expect("refused")
                .into();
            assert_eq!(err.kind(), ErrorKind::Config, "{url} {index}: {err}");
        }
        let ok = EsEngine::new(cfg("https://app:s3cret@search:9200", "h"))
            .await
            .unwrap();
        assert!(ok.target().contains("app:***@") && !ok.target().contains("s3cret"));
    }

    /// Elasticsearch's generated passwords use `A-Za-z0-9*-_=+`: a `+` is a
    /// `+`, and every reserved character arrives as it was encoded.
    #[test]
    fn url_credentials_are_percent_decoded() {
        let url = url::Url::parse("https://el%40stic:a%2Bb+c%26d%25e%3Af%40g%2Fh%3Di@search:9200")
            .unwrap();
        assert_eq!(
            url_user(&url),
            Some(("el@stic".into(), "a+b+c&d%e:f@g/h=i".into()))
        );
    }
}
