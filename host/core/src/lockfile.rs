//! `tidegate.lock`: the digest of every module's sources and component.
//!
//! Like `atlas.sum` or `Cargo.lock`, it is written by `tidegate build` and
//! committed. A component or source that no longer matches it is refused,
//! and so is a change to a migration that a database has already applied.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::capabilities::Capabilities;
use crate::digest::Digest;
use crate::metadata::{EngineKind, Metadata};
use crate::seal::Seal;
use crate::signing::Signature;

/// Errors reading or writing the lock file.
#[derive(Debug, thiserror::Error)]
pub enum LockFileError {
    #[error("no lock file at {0}: run `tidegate build` to build the modules and write it")]
    Missing(PathBuf),
    #[error("cannot read lock file {path}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "lock file {path} is corrupt ({message}); restore it from version control or rerun `tidegate build`"
    )]
    Parse { path: PathBuf, message: String },
    #[error(
        "lock file {path} has format version {found}, this tidegate reads version {expected}; upgrade tidegate"
    )]
    Version {
        path: PathBuf,
        found: u32,
        expected: u32,
    },
    #[error("lock file {path} lists migration `{id}` twice; rerun `tidegate build`")]
    Duplicate { path: PathBuf, id: String },
    #[error("cannot write lock file {path}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

pub const FORMAT_VERSION: u32 = 1;

const HEADER: &str = "# tidegate.lock: written by `tidegate build`; commit it, do not edit it.\n\
# Each migration's source and component digests. A module whose digests differ\n\
# from these is refused by `tidegate verify`, `plan` and `apply`.\n";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockFile {
    pub version: u32,
    #[serde(default, rename = "migration")]
    pub migrations: Vec<LockedMigration>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockedMigration {
    /// Migration id, from the module's metadata.
    pub id: String,
    /// Ordering version, from the module's metadata.
    pub version: u64,
    /// Module crate directory, relative to the lock file, `/`-separated.
    pub module: String,
    /// Digest of the module's sources.
    pub source: Digest,
    /// Digest of the built component.
    pub component: Digest,
    /// WIT API version the component targets.
    pub api: String,
    /// What the component's `get-metadata` answers, recorded so that a run
    /// decides what is pending and where without instantiating anything.
    /// The component is compared with it whenever it is loaded. Absent in
    /// locks written before tidegate recorded it: such migrations are
    /// loaded at every run, as before, until `tidegate build` adds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub engines: Vec<EngineKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transactional: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reversible: Option<bool>,
    /// What the module declared it touches (also inside the component).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<Capabilities>,
    /// The module declared itself safe to run again after an interruption
    /// (also inside the component).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub idempotent: bool,
    /// A phased (zero-downtime) migration: its operations travel inside
    /// the component ([`crate::phased::SECTION`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub phased: bool,
    /// Signatures over `component` and `api`, added by `tidegate sign`.
    #[serde(default, rename = "signature", skip_serializing_if = "Vec::is_empty")]
    pub signatures: Vec<Signature>,
}

impl LockFile {
    pub fn new(mut migrations: Vec<LockedMigration>) -> Self {
        migrations.sort_by(|a, b| (a.version, &a.id).cmp(&(b.version, &b.id)));
        LockFile {
            version: FORMAT_VERSION,
            migrations,
        }
    }

    pub fn parse(text: &str, path: &Path) -> Result<Self, LockFileError> {
        let lock: LockFile = toml::from_str(text).map_err(|e| LockFileError::Parse {
            path: path.into(),
            message: e.message().to_string(),
        })?;
        if lock.version != FORMAT_VERSION {
            return Err(LockFileError::Version {
                path: path.into(),
                found: lock.version,
                expected: FORMAT_VERSION,
            });
        }
        let mut seen = std::collections::HashSet::new();
        for m in &lock.migrations {
            if !seen.insert(&m.id) {
                return Err(LockFileError::Duplicate {
                    path: path.into(),
                    id: m.id.clone(),
                });
            }
        }
        Ok(lock)
    }

    pub fn read(path: &Path) -> Result<Self, LockFileError> {
        Self::parse(&Self::text(path)?, path)
    }

    fn text(path: &Path) -> Result<String, LockFileError> {
        std::fs::read_to_string(path).map_err(|source| {
            if source.kind() == std::io::ErrorKind::NotFound {
                LockFileError::Missing(path.into())
            } else {
                LockFileError::Read {
                    path: path.into(),
                    source,
                }
            }
        })
    }

    /// [`LockFile::read`], through a parsed copy at `copy` sealed with this
    /// machine's key. The copy is used only when its MAC covers the SHA-256
    /// of the lock's text as it is now and this tidegate's copy format;
    /// otherwise the lock is parsed, and the copy rewritten. Parsing the
    /// TOML is most of a run that has nothing to do (7 ms for 1,000
    /// migrations, against under 2 ms for the copy), and the copy says no
    /// more than the lock: a changed lock is parsed again, and a copy
    /// written by anyone without the key is never read. A copy that
    /// cannot be written only means parsing next time.
    pub fn read_sealed(path: &Path, copy: &Path, seal: &Seal) -> Result<Self, LockFileError> {
        let text = Self::text(path)?;
        let digest = Digest::of(text.as_bytes());
        if let Some(body) = seal.read(copy, &[&digest.0]) {
            match serde_json::from_slice::<Copy>(&body) {
                Ok(c) if c.format == COPY_FORMAT => return Ok(c.lock),
                _ => tracing::debug!(
                    "the lock's copy {} is from another tidegate; parsing the lock",
                    copy.display()
                ),
            }
        }
        let lock = Self::parse(&text, path)?;
        let written = serde_json::to_vec(&CopyRef {
            format: COPY_FORMAT,
            lock: &lock,
        })
        .map_err(std::io::Error::other)
        .and_then(|body| seal.write(copy, &[&digest.0], &body));
        if let Err(e) = written {
            tracing::debug!("cannot write the lock's copy {}: {e}", copy.display());
        }
        Ok(lock)
    }

    pub fn render(&self) -> String {
        let body = toml::to_string_pretty(self).expect("lock file serializes");
        format!("{HEADER}\n{body}")
    }

    /// Write atomically: a crash mid-write leaves the old file intact.
    pub fn write(&self, path: &Path) -> Result<(), LockFileError> {
        let err = |source| LockFileError::Write {
            path: path.into(),
            source,
        };
        let tmp = path.with_extension("lock.tmp");
        std::fs::write(&tmp, self.render()).map_err(err)?;
        std::fs::rename(&tmp, path).map_err(err)
    }

    pub fn get(&self, id: &str) -> Option<&LockedMigration> {
        self.migrations.iter().find(|m| m.id == id)
    }
}

/// The name of the lock's parsed copy in the components folder.
pub const COPY_FILE: &str = "tidegate.lock.copy";

/// What a copy was written by: a copy of another format or tidegate
/// version is parsed again, not read.
const COPY_FORMAT: &str = concat!("tidegate-lock-copy 1 ", env!("CARGO_PKG_VERSION"));

#[derive(Deserialize)]
struct Copy {
    format: String,
    lock: LockFile,
}

#[derive(Serialize)]
struct CopyRef<'a> {
    format: &'a str,
    lock: &'a LockFile,
}

impl LockedMigration {
    /// The metadata the lock records, when it records all of it.
    pub fn meta(&self) -> Option<Metadata> {
        let (Some(description), Some(transactional), Some(reversible)) =
            (&self.description, self.transactional, self.reversible)
        else {
            return None;
        };
        if self.engines.is_empty() {
            return None;
        }
        Some(Metadata {
            id: self.id.clone(),
            version: self.version,
            description: description.clone(),
            engines: self.engines.clone(),
            reversible,
            transactional,
        })
    }

    /// Record `meta` (the component's own answer).
    pub fn with_meta(mut self, meta: &Metadata) -> Self {
        self.description = Some(meta.description.clone());
        self.engines = meta.engines.clone();
        self.transactional = Some(meta.transactional);
        self.reversible = Some(meta.reversible);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> LockFile {
        LockFile::new(vec![
            LockedMigration {
                id: "0002_b".into(),
                version: 2,
                module: "modules/0002_b".into(),
                source: Digest::of(b"s2"),
                component: Digest::of(b"c2"),
                api: "0.1.0".into(),
                description: None,
                engines: vec![],
                transactional: None,
                reversible: None,
                capabilities: None,
                idempotent: false,
                phased: false,
                signatures: vec![],
            },
            LockedMigration {
                id: "0001_a".into(),
                version: 1,
                module: "modules/0001_a".into(),
                source: Digest::of(b"s1"),
                component: Digest::of(b"c1"),
                api: "0.1.0".into(),
                description: None,
                engines: vec![],
                transactional: None,
                reversible: None,
                capabilities: None,
                idempotent: false,
                phased: false,
                signatures: vec![],
            },
        ])
    }

    #[test]
    fn round_trips_in_version_order() {
        let lock = sample();
        assert_eq!(lock.migrations[0].id, "0001_a");
        let parsed = LockFile::parse(&lock.render(), Path::new("t.lock")).unwrap();
        assert_eq!(parsed, lock);
    }

    #[test]
    fn records_metadata_only_when_complete() {
        let meta = Metadata {
            id: "0001_a".into(),
            version: 1,
            description: "a \"quoted\" table".into(),
            engines: vec![EngineKind::Postgres, EngineKind::Mongodb],
            reversible: true,
            transactional: false,
        };
        let mut lock = sample();
        assert_eq!(
            lock.migrations[0].meta(),
            None,
            "an older lock records none"
        );
        lock.migrations[0] = lock.migrations[0].clone().with_meta(&meta);
        let text = lock.render();
        assert!(
            text.contains("engines = [\n    \"postgres\",\n    \"mongodb\",\n]")
                || text.contains("engines = [\"postgres\", \"mongodb\"]"),
            "{text}"
        );
        let parsed = LockFile::parse(&text, Path::new("t.lock")).unwrap();
        assert_eq!(parsed.migrations[0].meta(), Some(meta));
        lock.migrations[0].reversible = None;
        assert_eq!(
            lock.migrations[0].meta(),
            None,
            "a partial record is not used"
        );
    }

    #[test]
    fn the_sealed_copy_is_read_only_for_the_same_text_under_the_same_key() {
        let dir = tempfile::tempdir().unwrap();
        let (path, copy) = (dir.path().join("tidegate.lock"), dir.path().join("copy"));
        let seal = Seal::open(&dir.path().join("cache")).unwrap();
        sample().write(&path).unwrap();
        assert_eq!(
            LockFile::read_sealed(&path, &copy, &seal).unwrap(),
            sample()
        );
        assert!(copy.is_file(), "the first read writes the copy");

        // A copy that says something else, sealed for the lock's text with
        // this key, is what the next read returns: proof that it is read.
        let digest = Digest::of(&std::fs::read(&path).unwrap()).0;
        let mut other = sample();
        other.migrations[0].description = Some("from the copy".into());
        let body =
            |lock: &LockFile, format: &str| serde_json::to_vec(&CopyRef { format, lock }).unwrap();
        seal.write(&copy, &[&digest], &body(&other, COPY_FORMAT))
            .unwrap();
        assert_eq!(LockFile::read_sealed(&path, &copy, &seal).unwrap(), other);

        // Under another key, of another format, or for other text: parsed.
        let foreign = Seal::open(&dir.path().join("elsewhere")).unwrap();
        foreign
            .write(&copy, &[&digest], &body(&other, COPY_FORMAT))
            .unwrap();
        assert_eq!(
            LockFile::read_sealed(&path, &copy, &seal).unwrap(),
            sample(),
            "another key"
        );
        seal.write(&copy, &[&digest], &body(&other, "tidegate-lock-copy 0"))
            .unwrap();
        assert_eq!(
            LockFile::read_sealed(&path, &copy, &seal).unwrap(),
            sample(),
            "another format"
        );
        seal.write(&copy, &[&digest], &body(&other, COPY_FORMAT))
            .unwrap();
        let mut edited = sample();
        edited.migrations[1].api = "0.2.0".into();
        edited.write(&path).unwrap();
        assert_eq!(
            LockFile::read_sealed(&path, &copy, &seal).unwrap(),
            edited,
            "an edited lock"
        );
        assert_eq!(
            LockFile::read_sealed(&path, &copy, &seal).unwrap(),
            edited,
            "and its new copy"
        );

        // A corrupt lock is refused as ever, whatever the copy.
        std::fs::write(&path, "version = [").unwrap();
        assert!(matches!(
            LockFile::read_sealed(&path, &copy, &seal),
            Err(LockFileError::Parse { .. })
        ));
        std::fs::remove_file(&path).unwrap();
        assert!(matches!(
            LockFile::read_sealed(&path, &copy, &seal),
            Err(LockFileError::Missing(_))
        ));
    }

    #[test]
    fn refuses_duplicates_bad_digests_and_future_versions() {
        let mut lock = sample();
        lock.migrations[1].id = "0001_a".into();
        let dup = lock.render();
        assert!(matches!(
            LockFile::parse(&dup, Path::new("t")),
            Err(LockFileError::Duplicate { .. })
        ));
        let bad = sample().render().replacen("sha256:", "sha256:zz", 1);
        assert!(matches!(
            LockFile::parse(&bad, Path::new("t")),
            Err(LockFileError::Parse { .. })
        ));
        let future = sample().render().replace("version = 1\n", "version = 99\n");
        assert!(matches!(
            LockFile::parse(&future, Path::new("t")),
            Err(LockFileError::Version { .. })
        ));
    }
}
