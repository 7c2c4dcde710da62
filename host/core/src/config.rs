//! `tidegate.toml`, merged with flags and environment.
//!
//! Precedence: command-line flag, then environment variable, then the file,
//! then the built-in default. The project-wide keys are read here; each
//! engine's section (`[postgres]`, `[mongodb]`, ...) is kept as written and
//! read by that engine's crate ([`EngineConfig::parse`]).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::error::{Classify, ExitClass};
use crate::signing::Trust;

/// Errors loading configuration. All of them are bad configuration: exit 2.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("config file {path} is invalid: {message}; see the README's configuration section")]
    Parse { path: PathBuf, message: String },
    #[error("invalid duration `{0}` for {1}: write it like `30s`, `500ms` or `2m`")]
    Duration(String, String),
    #[error(
        "invalid [{section}] in tidegate.toml: {message}; see the README's configuration section"
    )]
    Section { section: String, message: String },
    #[error(
        "tidegate.toml has a [{0}] section, but this tidegate knows no engine of that name (known: {1}); fix the section name"
    )]
    UnknownEngine(String, String),
    #[error("invalid trusted key")]
    TrustedKey(#[from] crate::signing::SigningError),
}

impl Classify for ConfigError {
    fn class(&self) -> ExitClass {
        ExitClass::Usage
    }
}

/// The project-wide part of the file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProjectFile {
    modules: Option<PathBuf>,
    lock: Option<PathBuf>,
    components: Option<PathBuf>,
    cache: Option<PathBuf>,
    #[serde(default)]
    sandbox: SandboxFile,
    #[serde(default)]
    signing: SigningFile,
    /// Rule id → `off`, `warning` or `error`.
    #[serde(default)]
    lint: BTreeMap<String, crate::lint::Level>,
}

/// Keys of [`ProjectFile`]: every other top-level table is an engine's.
const PROJECT_KEYS: &[&str] = &[
    "modules",
    "lock",
    "components",
    "cache",
    "sandbox",
    "signing",
    "lint",
];

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct SigningFile {
    /// Public keys (`ed25519:<hex>`) or paths of `.pub` files.
    #[serde(default)]
    trusted_keys: Vec<String>,
    /// Refuse components without a signature by a trusted key.
    #[serde(default)]
    require: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct SandboxFile {
    memory_limit_mib: Option<u64>,
    guest_timeout: Option<String>,
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
    pub sandbox: SandboxConfig,
    /// Which signatures verification accepts and demands.
    pub trust: Trust,
    /// Each engine's section and URL override, by engine name.
    pub engines: BTreeMap<String, EngineConfig>,
    /// `[lint]`: each rule's level where the file sets one.
    pub lint: BTreeMap<String, crate::lint::Level>,
}

/// One engine's configuration: its section as written, and the URL given
/// by flag or environment.
#[derive(Debug, Clone, Default)]
pub struct EngineConfig {
    pub name: String,
    pub table: toml::Table,
    /// `--<engine>-url` or `TIDEGATE_<ENGINE>_URL`; wins over `url`.
    pub url_override: Option<String>,
    /// Relative paths in the section are relative to this.
    pub root: PathBuf,
}

impl EngineConfig {
    /// The URL: the override, else the section's `url`.
    pub fn url(&self) -> Option<&str> {
        self.url_override
            .as_deref()
            .or_else(|| self.table.get("url").and_then(|v| v.as_str()))
            .filter(|u| !u.is_empty())
    }

    /// The section as the engine's own type (which should refuse unknown
    /// keys).
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, ConfigError> {
        toml::Value::Table(self.table.clone())
            .try_into()
            .map_err(|e: toml::de::Error| ConfigError::Section {
                section: self.name.clone(),
                message: e.message().to_string(),
            })
    }

    /// Set a key, as a test or a scratch target does.
    pub fn set(&mut self, key: &str, value: impl Into<toml::Value>) {
        self.table.insert(key.to_string(), value.into());
    }

    /// Point at another server: clears any override.
    pub fn set_url(&mut self, url: &str) {
        self.url_override = None;
        self.set("url", url);
    }

    /// A path relative to the configuration's folder.
    /// A setting that may come from the environment: `TIDEGATE_<ENGINE>_<KEY>`
    /// (e.g. `TIDEGATE_ELASTICSEARCH_API_KEY`) wins over `key` in the
    /// engine's section, so secrets can stay out of tidegate.toml. An empty
    /// variable counts as unset.
    pub fn setting(&self, key: &str) -> Option<String> {
        let var = format!(
            "TIDEGATE_{}_{}",
            self.name.to_ascii_uppercase(),
            key.to_ascii_uppercase()
        );
        std::env::var(var)
            .ok()
            .filter(|v| !v.is_empty())
            .or_else(|| match self.table.get(key) {
                Some(toml::Value::String(s)) => Some(s.clone()),
                Some(toml::Value::Boolean(b)) => Some(b.to_string()),
                _ => None,
            })
    }

    /// A boolean [`EngineConfig::setting`]: `true`/`1`/`yes` or
    /// `false`/`0`/`no`.
    pub fn flag(&self, key: &str) -> Result<bool, ConfigError> {
        match self
            .setting(key)
            .as_deref()
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            None | Some("false" | "0" | "no") => Ok(false),
            Some("true" | "1" | "yes") => Ok(true),
            Some(other) => Err(ConfigError::Section {
                section: self.name.clone(),
                message: format!("`{key}` is `{other}`; write true or false"),
            }),
        }
    }

    pub fn path(&self, p: &str) -> PathBuf {
        let p = Path::new(p);
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            self.root.join(p)
        }
    }
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
        SandboxConfig {
            memory_limit: 256 << 20,
            guest_timeout: Duration::from_secs(30),
        }
    }
}

/// Overrides from the command line or environment.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    /// Engine name → URL.
    pub urls: BTreeMap<String, String>,
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
            Some(p) => (
                Some(p.to_path_buf()),
                p.parent().map(Path::to_path_buf).unwrap_or_default(),
            ),
            None => {
                let default = PathBuf::from("tidegate.toml");
                (default.exists().then_some(default), PathBuf::new())
            }
        };
        let table = match &file {
            Some(p) => {
                let text = std::fs::read_to_string(p).map_err(|source| ConfigError::Read {
                    path: p.clone(),
                    source,
                })?;
                toml::from_str::<toml::Table>(&text).map_err(|e| ConfigError::Parse {
                    path: p.clone(),
                    message: e.message().to_string(),
                })?
            }
            None => toml::Table::new(),
        };
        let path = file.unwrap_or_else(|| PathBuf::from("tidegate.toml"));
        Self::resolve(table, &path, root, overrides)
    }

    /// Resolve a parsed file (`path` names it in errors) against `root`.
    pub fn resolve(
        mut table: toml::Table,
        path: &Path,
        root: PathBuf,
        o: Overrides,
    ) -> Result<Config, ConfigError> {
        let mut engines = BTreeMap::new();
        for key in table
            .keys()
            .filter(|k| !PROJECT_KEYS.contains(&k.as_str()))
            .cloned()
            .collect::<Vec<_>>()
        {
            match table.remove(&key) {
                Some(toml::Value::Table(section)) => {
                    engines.insert(
                        key.clone(),
                        EngineConfig {
                            name: key,
                            table: section,
                            url_override: None,
                            root: root.clone(),
                        },
                    );
                }
                _ => {
                    return Err(ConfigError::Parse {
                        path: path.into(),
                        message: format!("unknown key `{key}`"),
                    });
                }
            }
        }
        for (name, url) in o.urls {
            let entry = engines.entry(name.clone()).or_insert_with(|| EngineConfig {
                name,
                root: root.clone(),
                ..Default::default()
            });
            entry.url_override = Some(url);
        }
        let file: ProjectFile =
            toml::Value::Table(table)
                .try_into()
                .map_err(|e: toml::de::Error| ConfigError::Parse {
                    path: path.into(),
                    message: e.message().to_string(),
                })?;
        let rel = |p: PathBuf| if p.is_absolute() { p } else { root.join(p) };
        let defaults = SandboxConfig::default();
        Ok(Config {
            modules: o
                .modules
                .unwrap_or_else(|| rel(file.modules.unwrap_or_else(|| "modules".into()))),
            lock: rel(file.lock.unwrap_or_else(|| "tidegate.lock".into())),
            components: rel(file.components.unwrap_or_else(|| "target/tidegate".into())),
            cache: file.cache.map(rel),
            sandbox: SandboxConfig {
                memory_limit: o
                    .memory_limit_mib
                    .or(file.sandbox.memory_limit_mib)
                    .map_or(defaults.memory_limit, |m| (m as usize) << 20),
                guest_timeout: match o.guest_timeout {
                    Some(d) => d,
                    None => duration(
                        file.sandbox.guest_timeout.as_deref(),
                        "sandbox.guest_timeout",
                        defaults.guest_timeout,
                    )?,
                },
            },
            trust: Trust {
                keys: file
                    .signing
                    .trusted_keys
                    .iter()
                    .map(|k| {
                        if k.starts_with("ed25519:") {
                            k.clone()
                        } else {
                            rel(k.into()).display().to_string()
                        }
                    })
                    .chain(o.trusted_keys)
                    .map(|k| crate::signing::read_public(&k))
                    .collect::<Result<_, _>>()?,
                require: o.require_signature || file.signing.require,
            },
            engines,
            lint: file
                .lint
                .into_iter()
                .map(|(id, level)| (id.to_ascii_uppercase(), level))
                .collect(),
            root,
        })
    }

    /// [`Config::root`] as a directory to run in or join onto: `.` when
    /// it is empty.
    pub fn root_dir(&self) -> PathBuf {
        if self.root.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            self.root.clone()
        }
    }

    /// The folder `tidegate.lock` is in: module paths in it are relative
    /// to it.
    pub fn lock_dir(&self) -> PathBuf {
        self.lock
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default()
    }

    /// The configuration of engine `name` (empty when the file has none).
    pub fn engine(&self, name: &str) -> EngineConfig {
        self.engines
            .get(name)
            .cloned()
            .unwrap_or_else(|| EngineConfig {
                name: name.into(),
                root: self.root.clone(),
                ..Default::default()
            })
    }

    /// The configuration of engine `name`, to change it.
    pub fn engine_mut(&mut self, name: &str) -> &mut EngineConfig {
        let root = self.root.clone();
        self.engines
            .entry(name.into())
            .or_insert_with(|| EngineConfig {
                name: name.into(),
                root,
                ..Default::default()
            })
    }

    /// Every configured URL, for scrubbing secrets from output.
    pub fn urls(&self) -> Vec<String> {
        let mut urls = Vec::new();
        for e in self.engines.values() {
            urls.extend(e.url_override.clone());
            urls.extend(
                e.table
                    .get("url")
                    .and_then(|u| u.as_str())
                    .map(str::to_string),
            );
        }
        urls
    }

    /// Refuse a section no engine of this build reads.
    pub fn check_engines(&self, known: &[&str]) -> Result<(), ConfigError> {
        match self
            .engines
            .keys()
            .find(|name| !known.contains(&name.as_str()))
        {
            Some(name) => Err(ConfigError::UnknownEngine(name.clone(), known.join(", "))),
            None => Ok(()),
        }
    }
}

/// A duration setting: `value` parsed, or `default` when unset.
pub fn duration(
    value: Option<&str>,
    what: &str,
    default: Duration,
) -> Result<Duration, ConfigError> {
    match value {
        Some(s) => {
            parse_duration(s).ok_or_else(|| ConfigError::Duration(s.to_string(), what.to_string()))
        }
        None => Ok(default),
    }
}

/// `250ms`, `30s`, `5m`, `1h`; a bare number is seconds.
pub fn parse_duration(s: &str) -> Option<Duration> {
    let s = s.trim();
    let split = s
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(s.len());
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

    fn resolve(text: &str, o: Overrides) -> Result<Config, ConfigError> {
        Config::resolve(
            toml::from_str(text).unwrap(),
            Path::new("tidegate.toml"),
            PathBuf::from("/proj"),
            o,
        )
    }

    #[test]
    fn file_flags_and_defaults_merge() {
        let cfg = resolve(
            "modules = 'migrations'\n[postgres]\nurl = 'postgres://file'\nlock_timeout = '3s'\n[sandbox]\nmemory_limit_mib = 64\n",
            Overrides { urls: [("postgres".to_string(), "postgres://flag".to_string())].into(), ..Default::default() },
        )
        .unwrap();
        assert_eq!(cfg.modules, PathBuf::from("/proj/migrations"));
        let pg = cfg.engine("postgres");
        assert_eq!(pg.url(), Some("postgres://flag"));
        assert_eq!(
            pg.table.get("lock_timeout").and_then(|v| v.as_str()),
            Some("3s")
        );
        assert_eq!(cfg.sandbox.memory_limit, 64 << 20);
        assert_eq!(cfg.lock, PathBuf::from("/proj/tidegate.lock"));
        assert_eq!(cfg.engine("mongodb").url(), None);
        assert!(cfg.urls().contains(&"postgres://file".to_string()));
    }

    #[test]
    fn unknown_keys_and_sections_are_refused() {
        assert!(matches!(
            resolve("modulez = 'x'\n", Overrides::default()),
            Err(ConfigError::Parse { .. })
        ));
        assert!(matches!(
            resolve("[sandbox]\nmemory = 1\n", Overrides::default()),
            Err(ConfigError::Parse { .. })
        ));
        let cfg = resolve("[postgress]\nurl = 'x'\n", Overrides::default()).unwrap();
        let err = cfg.check_engines(&["postgres", "mongodb"]).unwrap_err();
        assert!(
            err.to_string().contains("[postgress]")
                && err.to_string().contains("known: postgres, mongodb"),
            "{err}"
        );
        assert_eq!(err.class(), ExitClass::Usage);
    }
}
