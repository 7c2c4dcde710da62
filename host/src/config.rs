//! `tidegate.toml`, merged with flags and environment.
//!
//! Precedence: command-line flag, then environment variable, then the file,
//! then the built-in default.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::signing::Trust;

/// Errors loading configuration.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("config file {path} is invalid: {message}; see the README's configuration section")]
    Parse { path: PathBuf, message: String },
    #[error("invalid duration `{0}` for {1}: write it like `30s`, `500ms` or `2m`")]
    Duration(String, &'static str),
    #[error("invalid trusted key: {0}")]
    TrustedKey(#[from] crate::signing::SigningError),
}

/// The file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub modules: Option<PathBuf>,
    pub lock: Option<PathBuf>,
    pub components: Option<PathBuf>,
    pub cache: Option<PathBuf>,
    #[serde(default)]
    pub postgres: PostgresFile,
    #[serde(default)]
    pub mongodb: MongoFile,
    #[serde(default)]
    pub elasticsearch: ElasticFile,
    #[serde(default)]
    pub sandbox: SandboxFile,
    #[serde(default)]
    pub signing: SigningFile,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SigningFile {
    /// Public keys (`ed25519:<hex>`) or paths of `.pub` files.
    #[serde(default)]
    pub trusted_keys: Vec<String>,
    /// Refuse components without a signature by a trusted key.
    #[serde(default)]
    pub require: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MongoFile {
    pub url: Option<String>,
    pub database: Option<String>,
    pub operation_timeout: Option<String>,
    pub lock_ttl: Option<String>,
    pub lock_wait: Option<String>,
    pub history_collection: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ElasticFile {
    pub url: Option<String>,
    pub request_timeout: Option<String>,
    pub lock_ttl: Option<String>,
    pub lock_wait: Option<String>,
    pub history_index: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostgresFile {
    pub url: Option<String>,
    pub statement_timeout: Option<String>,
    pub lock_timeout: Option<String>,
    pub advisory_lock_wait: Option<String>,
    pub history_table: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SandboxFile {
    pub memory_limit_mib: Option<u64>,
    pub guest_timeout: Option<String>,
}

/// Resolved settings.
#[derive(Debug, Clone)]
pub struct Config {
    /// Directory the paths below are relative to: where tidegate.toml is,
    /// else the current directory.
    pub root: PathBuf,
    pub modules: PathBuf,
    pub lock: PathBuf,
    pub components: PathBuf,
    pub cache: Option<PathBuf>,
    pub postgres: PostgresConfig,
    pub mongodb: MongoConfig,
    pub elasticsearch: ElasticConfig,
    pub sandbox: SandboxConfig,
    /// Which signatures verification accepts and demands.
    pub trust: Trust,
}

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
}

#[derive(Debug, Clone)]
pub struct ElasticConfig {
    pub url: Option<String>,
    pub request_timeout: Duration,
    pub lock_ttl: Duration,
    pub lock_wait: Duration,
    pub history_index: String,
}

#[derive(Debug, Clone)]
pub struct PostgresConfig {
    pub url: Option<String>,
    pub statement_timeout: Duration,
    pub lock_timeout: Duration,
    pub advisory_lock_wait: Duration,
    pub history_table: String,
}

/// Per-instance limits for guests.
#[derive(Debug, Clone)]
pub struct SandboxConfig {
    pub memory_limit: usize,
    /// Time the guest may spend computing, excluding time waiting on the
    /// database.
    pub guest_timeout: Duration,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig { memory_limit: 256 << 20, guest_timeout: Duration::from_secs(30) }
    }
}

/// Overrides from the command line or environment.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub postgres_url: Option<String>,
    pub mongodb_url: Option<String>,
    pub elasticsearch_url: Option<String>,
    pub modules: Option<PathBuf>,
    pub guest_timeout: Option<Duration>,
    pub memory_limit_mib: Option<u64>,
    /// Added to the file's trusted keys.
    pub trusted_keys: Vec<String>,
    pub require_signature: bool,
}

impl Config {
    /// Load `path` if given, else `tidegate.toml` in the current directory if
    /// it exists, else defaults.
    pub fn load(path: Option<&Path>, overrides: Overrides) -> Result<Config, ConfigError> {
        let (file, root) = match path {
            Some(p) => (Some(p.to_path_buf()), p.parent().map(Path::to_path_buf).unwrap_or_default()),
            None => {
                let default = PathBuf::from("tidegate.toml");
                (default.exists().then_some(default), PathBuf::new())
            }
        };
        let parsed = match &file {
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .map_err(|source| ConfigError::Read { path: p.clone(), source })?;
                toml::from_str::<FileConfig>(&text)
                    .map_err(|e| ConfigError::Parse { path: p.clone(), message: e.message().to_string() })?
            }
            None => FileConfig::default(),
        };
        Self::resolve(parsed, root, overrides)
    }

    pub fn resolve(file: FileConfig, root: PathBuf, o: Overrides) -> Result<Config, ConfigError> {
        let rel = |p: PathBuf| if p.is_absolute() { p } else { root.join(p) };
        let dur = |v: Option<String>, what, default| match v {
            Some(s) => parse_duration(&s).ok_or(ConfigError::Duration(s, what)),
            None => Ok(default),
        };
        let pg = file.postgres;
        let mg = file.mongodb;
        let es = file.elasticsearch;
        let defaults = SandboxConfig::default();
        Ok(Config {
            modules: o.modules.unwrap_or_else(|| rel(file.modules.unwrap_or_else(|| "modules".into()))),
            lock: rel(file.lock.unwrap_or_else(|| "tidegate.lock".into())),
            components: rel(file.components.unwrap_or_else(|| "target/tidegate".into())),
            cache: file.cache.map(rel),
            postgres: PostgresConfig {
                url: o.postgres_url.or(pg.url),
                statement_timeout: dur(pg.statement_timeout, "postgres.statement_timeout", Duration::from_secs(300))?,
                lock_timeout: dur(pg.lock_timeout, "postgres.lock_timeout", Duration::from_secs(10))?,
                advisory_lock_wait: dur(pg.advisory_lock_wait, "postgres.advisory_lock_wait", Duration::from_secs(60))?,
                history_table: pg.history_table.unwrap_or_else(|| "tidegate_migrations".into()),
            },
            mongodb: MongoConfig {
                url: o.mongodb_url.or(mg.url),
                database: mg.database,
                operation_timeout: dur(mg.operation_timeout, "mongodb.operation_timeout", Duration::from_secs(300))?,
                lock_ttl: dur(mg.lock_ttl, "mongodb.lock_ttl", Duration::from_secs(30))?,
                lock_wait: dur(mg.lock_wait, "mongodb.lock_wait", Duration::from_secs(60))?,
                history_collection: mg.history_collection.unwrap_or_else(|| "tidegate_migrations".into()),
            },
            elasticsearch: ElasticConfig {
                url: o.elasticsearch_url.or(es.url),
                request_timeout: dur(es.request_timeout, "elasticsearch.request_timeout", Duration::from_secs(300))?,
                lock_ttl: dur(es.lock_ttl, "elasticsearch.lock_ttl", Duration::from_secs(30))?,
                lock_wait: dur(es.lock_wait, "elasticsearch.lock_wait", Duration::from_secs(60))?,
                history_index: es.history_index.unwrap_or_else(|| "tidegate-migrations".into()),
            },
            sandbox: SandboxConfig {
                memory_limit: o
                    .memory_limit_mib
                    .or(file.sandbox.memory_limit_mib)
                    .map_or(defaults.memory_limit, |m| (m as usize) << 20),
                guest_timeout: match o.guest_timeout {
                    Some(d) => d,
                    None => dur(file.sandbox.guest_timeout, "sandbox.guest_timeout", defaults.guest_timeout)?,
                },
            },
            trust: Trust {
                keys: file
                    .signing
                    .trusted_keys
                    .iter()
                    .map(|k| if k.starts_with("ed25519:") { k.clone() } else { rel(k.into()).display().to_string() })
                    .chain(o.trusted_keys)
                    .map(|k| crate::signing::read_public(&k))
                    .collect::<Result<_, _>>()?,
                require: o.require_signature || file.signing.require,
            },
            root,
        })
    }
}

/// `250ms`, `30s`, `5m`, `1h`; a bare number is seconds.
pub fn parse_duration(s: &str) -> Option<Duration> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: f64 = num.parse().ok()?;
    let secs = match unit.trim() {
        "ms" => n / 1000.0,
        "" | "s" => n,
        "m" | "min" => n * 60.0,
        "h" => n * 3600.0,
        _ => return None,
    };
    (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("250ms"), Some(Duration::from_millis(250)));
        assert_eq!(parse_duration("2m"), Some(Duration::from_secs(120)));
        assert_eq!(parse_duration("7"), Some(Duration::from_secs(7)));
        assert_eq!(parse_duration("soon"), None);
        assert_eq!(parse_duration("5 fortnights"), None);
    }

    #[test]
    fn file_flags_and_defaults_merge() {
        let file: FileConfig = toml::from_str(
            "modules = 'migrations'\n[postgres]\nurl = 'postgres://file'\nlock_timeout = '3s'\n[sandbox]\nmemory_limit_mib = 64\n",
        )
        .unwrap();
        let cfg = Config::resolve(
            file,
            PathBuf::from("/proj"),
            Overrides { postgres_url: Some("postgres://flag".into()), ..Default::default() },
        )
        .unwrap();
        assert_eq!(cfg.modules, PathBuf::from("/proj/migrations"));
        assert_eq!(cfg.postgres.url.as_deref(), Some("postgres://flag"));
        assert_eq!(cfg.postgres.lock_timeout, Duration::from_secs(3));
        assert_eq!(cfg.sandbox.memory_limit, 64 << 20);
        assert_eq!(cfg.lock, PathBuf::from("/proj/tidegate.lock"));
    }

    #[test]
    fn unknown_keys_are_refused() {
        assert!(toml::from_str::<FileConfig>("[postgres]\nurll = 'x'\n").is_err());
    }
}
