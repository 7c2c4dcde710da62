//! A project on disk: the lock file, the built components and the module
//! sources, loaded and verified together.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use tidegate_core::capabilities::Capabilities;
use tidegate_core::config::Config;
use tidegate_core::digest::{Digest, DigestError};
use tidegate_core::error::{Classify, ExitClass, describe};
use tidegate_core::lockfile::{self, LockFile, LockFileError, LockedMigration};
use tidegate_core::metadata::{EngineKind, Metadata};
pub use tidegate_core::report::Problem;
use tidegate_core::source_index::{self, SourceIndex};

use crate::{LoadedModule, Runtime, RuntimeError};

/// Errors opening a project.
#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    #[error(transparent)]
    Lock(#[from] LockFileError),
    #[error("verification failed for {} migration(s):\n{}", .0.len(), .0.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
    Verify(Vec<Problem>),
}

impl Classify for ProjectError {
    fn class(&self) -> ExitClass {
        ExitClass::Verify
    }
}

/// Why one migration did not verify.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("cannot read component {path}; run `tidegate build`")]
    ReadComponent {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "component {path} has digest {found}, but tidegate.lock records {locked}; it was modified or rebuilt from other sources. Rebuild with `tidegate build`, review the lock change, and commit it"
    )]
    ComponentDigest {
        path: PathBuf,
        found: Digest,
        locked: Digest,
    },
    #[error(
        "sources in {0} were edited after tidegate.lock was written; run `tidegate build` and commit the lock (an already-applied migration must not be edited: add a new one instead)"
    )]
    SourcesEdited(PathBuf),
    #[error(transparent)]
    Digest(#[from] DigestError),
    #[error("{0}")]
    Signature(String),
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    #[error(
        "component declares capabilities [{found}] but tidegate.lock records [{locked}]; run `tidegate build` and review the lock"
    )]
    Capabilities { found: String, locked: String },
    #[error(
        "component declares idempotent = {found} but tidegate.lock records {locked}; run `tidegate build` and review the lock"
    )]
    Idempotent { found: bool, locked: bool },
    #[error(
        "component is phased = {found} but tidegate.lock records {locked}; run `tidegate build` and review the lock"
    )]
    Phased { found: bool, locked: bool },
    #[error(
        "component targets API {found} but tidegate.lock records {locked}; run `tidegate build`"
    )]
    Api { found: String, locked: String },
    #[error(
        "component declares id {id} version {version}, but tidegate.lock records id {locked_id} version {locked_version}; run `tidegate build`"
    )]
    Identity {
        id: String,
        version: u64,
        locked_id: String,
        locked_version: u64,
    },
    #[error(
        "declares engine {0}, which this build of tidegate does not run; use a tidegate built with that engine"
    )]
    NoDriver(EngineKind),
    #[error(
        "component answers metadata [{found}] but tidegate.lock records [{locked}]; run `tidegate build` and review the lock"
    )]
    Metadata { found: String, locked: String },
}

/// A migration of the project. Its metadata comes from the lock; its
/// component is loaded and verified by [`Project::load`] before it runs.
pub struct Migration {
    pub locked: LockedMigration,
    pub meta: Metadata,
    module: OnceLock<LoadedModule>,
}

impl Migration {
    /// The verified component, once [`Project::load`] has loaded it.
    pub fn module(&self) -> Option<&LoadedModule> {
        self.module.get()
    }

    /// What the migration declares it touches: recorded in the lock, and
    /// compared with the component's own section when it loads.
    pub fn capabilities(&self) -> Option<&Capabilities> {
        self.locked.capabilities.as_ref()
    }

    /// Whether the module declares itself safe to run again after an
    /// interruption.
    pub fn idempotent(&self) -> bool {
        self.locked.idempotent
    }

    /// Whether it is a phased (zero-downtime) migration, as the lock says.
    pub fn phased(&self) -> bool {
        self.locked.phased
    }

    /// A phased migration's operations, once its component is loaded.
    pub fn phases(&self) -> Option<&tidegate_core::phased::Phases> {
        self.module().and_then(|m| m.inspection.phases.as_ref())
    }
}

pub struct Project {
    pub config: Config,
    pub lock: LockFile,
    pub migrations: Vec<Migration>,
    pub warnings: Vec<Problem>,
    /// Position of each migration by id, for [`Project::get`].
    by_id: std::collections::HashMap<String, usize>,
}

/// Where `tidegate build` puts the component for a migration id.
pub fn component_path(config: &Config, id: &str) -> PathBuf {
    config.components.join(format!("{id}.wasm"))
}

/// Whether `dir` is a module: a Rust crate, or a SQL or JSON module.
pub fn is_module_dir(dir: &Path) -> bool {
    dir.join("Cargo.toml").is_file() || crate::declarative::is_declarative(dir)
}

/// Module directories below the modules folder, sorted: Rust crates and
/// SQL or JSON modules.
pub fn module_dirs(modules: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(modules)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| is_module_dir(p))
        .collect();
    dirs.sort();
    Ok(dirs)
}

/// `path` relative to `base`, `/`-separated, with `..` where needed.
pub fn relative_to(path: &Path, base: &Path) -> String {
    use std::path::Component;
    let canon = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let base = if base.as_os_str().is_empty() {
        Path::new(".")
    } else {
        base
    };
    let (p, b) = (canon(path), canon(base));
    let (pc, bc): (Vec<Component>, Vec<Component>) =
        (p.components().collect(), b.components().collect());
    let common = pc.iter().zip(&bc).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return p.to_string_lossy().replace('\\', "/");
    }
    let parts: Vec<String> = std::iter::repeat_n("..".to_string(), bc.len() - common)
        .chain(
            pc[common..]
                .iter()
                .map(|c| c.as_os_str().to_string_lossy().into_owned()),
        )
        .collect();
    if parts.is_empty() {
        ".".into()
    } else {
        parts.join("/")
    }
}

impl Project {
    /// Read the lock, then verify and load every migration in it. Any
    /// problem refuses the whole project (`tidegate verify`, `test`, `sign`).
    pub async fn open(config: Config, runtime: &Runtime) -> Result<Project, ProjectError> {
        let project = Self::open_unloaded(config, runtime).await?;
        project
            .load(&project.migrations.iter().collect::<Vec<_>>(), runtime)
            .await?;
        Ok(project)
    }

    /// Read the lock and check everything that needs no component: every
    /// module's sources against the lock (so an edited applied migration
    /// is still refused), modules missing from the lock, versions given
    /// twice, engines this host does not run. Components are loaded and
    /// verified by [`Project::load`] when a run is about to execute them;
    /// a run with nothing pending loads none. A migration whose lock entry
    /// predates recorded metadata is loaded here.
    pub async fn open_unloaded(config: Config, runtime: &Runtime) -> Result<Project, ProjectError> {
        let lock = match runtime.seal() {
            Some(seal) => LockFile::read_sealed(
                &config.lock,
                &config.components.join(lockfile::COPY_FILE),
                seal,
            )?,
            None => LockFile::read(&config.lock)?,
        };
        let base = config.lock_dir();
        let mut problems = Vec::new();
        let mut warnings = Vec::new();
        let mut migrations = Vec::new();

        // Source digests are reads of separate folders: spread over the
        // cores. Folders whose files are as the index stamped them are not
        // read again.
        let index = SourceIndex::open(
            config.components.join(source_index::FILE_NAME),
            runtime.seal().cloned(),
        );
        let sources = parallel(&lock.migrations, |locked| {
            check_sources(&base, locked, &index)
        });
        tracing::debug!(
            "hashed the sources of {} of {} module folders",
            index.hashed(),
            lock.migrations.len()
        );
        index.save();
        for (locked, source) in lock.migrations.iter().zip(sources) {
            let problem = |message: String| Problem {
                migration: locked.id.clone(),
                message,
            };
            let opened = async {
                let missing = source?;
                let (meta, module) = match locked.meta() {
                    Some(meta) => (meta, OnceLock::new()),
                    None => {
                        let (module, meta) =
                            verify(locked, load_component(&config, locked, runtime), runtime)
                                .await?;
                        (meta, OnceLock::from(module))
                    }
                };
                if let Some(e) = meta.engines.iter().find(|e| runtime.driver(**e).is_none()) {
                    return Err(VerifyError::NoDriver(*e));
                }
                Ok((
                    Migration {
                        locked: locked.clone(),
                        meta,
                        module,
                    },
                    missing,
                ))
            };
            match opened.await {
                Ok((migration, missing)) => {
                    let warning = missing.or_else(|| {
                        locked.capabilities.is_none().then(|| {
                            let place = tidegate_core::capabilities::DeclaredIn::of_dir(
                                &base.join(&locked.module),
                            )
                            .place();
                            format!("declares no capabilities, so it may touch any table, collection or index; list them under {place}")
                        })
                    });
                    warnings.extend(warning.map(problem));
                    migrations.push(migration);
                }
                Err(e) => problems.push(problem(describe(&e))),
            }
        }

        if let Ok(entries) = std::fs::read_dir(&config.modules) {
            // Paths relative to the lock's folder, as the lock records them:
            // the modules folder is resolved once, and only a folder the
            // lock does not name is looked into.
            let folder = relative_to(&config.modules, &base);
            let locked: std::collections::HashSet<&str> =
                lock.migrations.iter().map(|m| m.module.as_str()).collect();
            let mut unlocked = Vec::new();
            for dir in entries.filter_map(|e| e.ok().map(|e| e.path())) {
                let name = dir
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let rel = if folder == "." {
                    name
                } else {
                    format!("{folder}/{name}")
                };
                if !locked.contains(rel.as_str())
                    && is_module_dir(&dir)
                    && !locked.contains(relative_to(&dir, &base).as_str())
                {
                    unlocked.push(rel);
                }
            }
            unlocked.sort();
            problems.extend(unlocked.into_iter().map(|rel| {
                Problem {
                    migration: rel,
                    message:
                        "module is not in tidegate.lock; run `tidegate build` and commit the lock"
                            .into(),
                }
            }));
        }
        for pair in lock.migrations.windows(2) {
            if pair[0].version == pair[1].version {
                problems.push(Problem {
                    migration: pair[1].id.clone(),
                    message: format!(
                        "has the same version {} as {}; give each migration its own version",
                        pair[1].version, pair[0].id
                    ),
                });
            }
        }

        if !problems.is_empty() {
            return Err(ProjectError::Verify(problems));
        }
        let by_id = migrations
            .iter()
            .enumerate()
            .map(|(i, m)| (m.meta.id.clone(), i))
            .collect();
        Ok(Project {
            config,
            lock,
            migrations,
            warnings,
            by_id,
        })
    }

    /// Load and verify the components of `migrations` (this project's)
    /// that are not loaded yet: digest against the lock, signatures, import
    /// policy, API version, capabilities, and the metadata the component
    /// answers against what the lock records. Any problem refuses them all,
    /// so a run executes nothing before every migration it will execute
    /// has verified.
    pub async fn load(
        &self,
        migrations: &[&Migration],
        runtime: &Runtime,
    ) -> Result<(), ProjectError> {
        let todo: Vec<&Migration> = migrations
            .iter()
            .copied()
            .filter(|m| m.module.get().is_none())
            .collect();
        // Digests, inspection and compiling are CPU work on separate files:
        // spread over the cores. Metadata calls then run in order.
        let loaded = parallel(&todo, |m| load_component(&self.config, &m.locked, runtime));
        let mut problems = Vec::new();
        for (m, loaded) in todo.iter().zip(loaded) {
            let verified = async {
                let (module, meta) = verify(&m.locked, loaded, runtime).await?;
                if meta != m.meta {
                    return Err(VerifyError::Metadata {
                        found: summary(&meta),
                        locked: summary(&m.meta),
                    });
                }
                Ok(module)
            };
            match verified.await {
                Ok(module) => drop(m.module.set(module)),
                Err(e) => problems.push(Problem {
                    migration: m.locked.id.clone(),
                    message: describe(&e),
                }),
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(ProjectError::Verify(problems))
        }
    }

    pub fn get(&self, id: &str) -> Option<&Migration> {
        self.by_id.get(id).map(|i| &self.migrations[*i])
    }
}

/// Metadata in one line, for a mismatch.
fn summary(m: &Metadata) -> String {
    let engines: Vec<String> = m.engines.iter().map(ToString::to_string).collect();
    format!(
        "{} v{} on {}, {}, {}, \"{}\"",
        m.id,
        m.version,
        engines.join("+"),
        if m.transactional {
            "transactional"
        } else {
            "not transactional"
        },
        if m.reversible {
            "reversible"
        } else {
            "irreversible"
        },
        m.description
    )
}

/// `f` of every item, on up to one thread per core, in order.
fn parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut out: Vec<(usize, R)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break done };
                        done.push((i, f(item)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    out.sort_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, r)| r).collect()
}

/// The module's sources against the lock; a warning when they are gone.
fn check_sources(
    base: &Path,
    locked: &LockedMigration,
    index: &SourceIndex,
) -> Result<Option<String>, VerifyError> {
    let module_dir = base.join(&locked.module);
    match index.digest(&locked.module, &module_dir) {
        Ok(digest) if digest == locked.source => Ok(None),
        Ok(_) => Err(VerifyError::SourcesEdited(module_dir)),
        // Looked for only when the folder cannot be read.
        Err(_) if !module_dir.is_dir() => Ok(Some(format!(
            "module sources {} are missing; verified by component digest only",
            module_dir.display()
        ))),
        Err(e) => Err(e.into()),
    }
}

/// The checks that need no guest call, then loading (compile or cache).
fn load_component(
    config: &Config,
    locked: &LockedMigration,
    runtime: &Runtime,
) -> Result<LoadedModule, VerifyError> {
    thread_local! {
        /// One buffer per loading thread, for every component it reads: a
        /// SQL module is 262 KiB of runner, and a fresh buffer for each
        /// would be mapped, faulted in page by page and unmapped again.
        static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let path = component_path(config, &locked.id);
    let module = BUFFER.with_borrow_mut(|bytes| {
        use std::io::Read;
        bytes.clear();
        std::fs::File::open(&path)
            .and_then(|mut file| file.read_to_end(bytes))
            .map_err(|source| VerifyError::ReadComponent {
                path: path.clone(),
                source,
            })?;
        let digest = crate::runner::digest(bytes);
        if digest != locked.component {
            return Err(VerifyError::ComponentDigest {
                path: path.clone(),
                found: digest,
                locked: locked.component,
            });
        }
        config
            .trust
            .check(&locked.signatures, &locked.component, &locked.api)
            .map_err(VerifyError::Signature)?;
        Ok(runtime.load_digested(&locked.id, bytes, digest)?)
    })?;
    if module.inspection.capabilities != locked.capabilities {
        let show = |c: &Option<Capabilities>| c.as_ref().map_or("none".into(), ToString::to_string);
        return Err(VerifyError::Capabilities {
            found: show(&module.inspection.capabilities),
            locked: show(&locked.capabilities),
        });
    }
    if module.inspection.idempotent != locked.idempotent {
        return Err(VerifyError::Idempotent {
            found: module.inspection.idempotent,
            locked: locked.idempotent,
        });
    }
    if module.inspection.phases.is_some() != locked.phased {
        return Err(VerifyError::Phased {
            found: module.inspection.phases.is_some(),
            locked: locked.phased,
        });
    }
    if module.inspection.api_version != locked.api {
        return Err(VerifyError::Api {
            found: module.inspection.api_version.clone(),
            locked: locked.api.clone(),
        });
    }
    Ok(module)
}

/// Ask the loaded component who it is, and compare with the lock.
async fn verify(
    locked: &LockedMigration,
    module: Result<LoadedModule, VerifyError>,
    runtime: &Runtime,
) -> Result<(LoadedModule, Metadata), VerifyError> {
    let module = module?;
    let meta = runtime.metadata(&module).await?;
    if meta.id != locked.id || meta.version != locked.version {
        return Err(VerifyError::Identity {
            id: meta.id,
            version: meta.version,
            locked_id: locked.id.clone(),
            locked_version: locked.version,
        });
    }
    Ok((module, meta))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_climb_with_dotdot() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("target/test-guests");
        let b = dir.path().join("tests/guests/trap");
        std::fs::create_dir_all(&a).unwrap();
        std::fs::create_dir_all(&b).unwrap();
        assert_eq!(relative_to(&b, &a), "../../tests/guests/trap");
        assert_eq!(relative_to(&b, dir.path()), "tests/guests/trap");
        assert_eq!(relative_to(dir.path(), dir.path()), ".");
    }
}
