//! `tidegate build`: compile every module crate to a `wasm32-wasip2`
//! component, embed every SQL or JSON module in the prebuilt runner,
//! verify each component, copy it to the components folder and write
//! `tidegate.lock`.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Serialize;

use tidegate_core::capabilities::{self, Capabilities};
use tidegate_core::config::Config;
use tidegate_core::digest::Digest;
use tidegate_core::error::{Classify, ExitClass};
use tidegate_core::lockfile::{LockFile, LockFileError, LockedMigration};
use tidegate_core::source_index::{self, SourceIndex};

use crate::project::{component_path, module_dirs, relative_to};
use crate::{Runtime, declarative, runner};

pub const TARGET: &str = "wasm32-wasip2";

/// Errors building modules.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(
        "no modules in {0}: create one with `tidegate new <name> --sql` (a folder with up.sql) or a Rust crate"
    )]
    NoModules(PathBuf),
    #[error("cannot read {path}: {message}")]
    Read { path: PathBuf, message: String },
    #[error("cannot run cargo; install Rust with rustup and run `rustup target add wasm32-wasip2`")]
    Cargo(#[source] std::io::Error),
    #[error(
        "cargo build failed (exit {0}); fix the errors above. If the target is missing, run `rustup target add wasm32-wasip2`"
    )]
    CargoFailed(i32),
    #[error(
        "cargo produced no component for module {0}; check that its Cargo.toml has `crate-type = [\"cdylib\"]`"
    )]
    NoArtifact(String),
    #[error("module {module}: {message}")]
    Module { module: String, message: String },
    #[error("modules {a} and {b} both declare {what}; each migration needs its own id and version")]
    Duplicate { a: String, b: String, what: String },
    #[error(
        "tidegate.lock is out of date (--locked):\n{0}\nrun `tidegate build` without --locked, review, and commit the lock"
    )]
    Stale(String),
    #[error(transparent)]
    Lock(#[from] LockFileError),
    #[error("cannot write component {path}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl Classify for BuildError {
    fn class(&self) -> ExitClass {
        ExitClass::Failed
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Built {
    pub id: String,
    pub version: u64,
    pub module: String,
    pub component: Digest,
    pub bytes: usize,
    pub changed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct BuildReport {
    pub built: Vec<Built>,
    pub lock_written: bool,
}

fn package_name(dir: &Path) -> Result<String, BuildError> {
    let path = dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| BuildError::Read {
        path: path.clone(),
        message: e.to_string(),
    })?;
    let doc: toml::Table = toml::from_str(&text).map_err(|e| BuildError::Read {
        path: path.clone(),
        message: e.message().to_string(),
    })?;
    doc.get("package")
        .and_then(|p| p.get("name"))
        .and_then(|n| n.as_str())
        .map(str::to_string)
        .ok_or(BuildError::Read {
            path,
            message: "no [package] name".into(),
        })
}

/// Compile the crates in `dirs` with one cargo invocation; returns each
/// dir's `.wasm` artifact.
pub fn cargo_build(
    root: &Path,
    dirs: &[PathBuf],
    target_dir: &Path,
) -> Result<HashMap<PathBuf, PathBuf>, BuildError> {
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.current_dir(root)
        .args([
            "build",
            "--release",
            "--target",
            TARGET,
            "--message-format=json-render-diagnostics",
        ])
        .env("CARGO_TARGET_DIR", target_dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    let mut names = HashMap::new();
    for dir in dirs {
        let name = package_name(dir)?;
        cmd.args(["-p", &name]);
        names.insert(
            std::fs::canonicalize(dir).unwrap_or_else(|_| dir.clone()),
            name,
        );
    }
    // Reproducible bytes: no absolute paths of this checkout or this
    // machine's cargo home end up in the component.
    let mut flags = vec![format!(
        "--remap-path-prefix={}=.",
        std::fs::canonicalize(root)
            .unwrap_or_else(|_| root.into())
            .display()
    )];
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
    {
        flags.push(format!("--remap-path-prefix={}=/cargo", home.display()));
    }
    cmd.env("CARGO_ENCODED_RUSTFLAGS", flags.join("\u{1f}"));
    cmd.env_remove("RUSTFLAGS");

    let mut child = cmd.spawn().map_err(BuildError::Cargo)?;
    let stdout = child.stdout.take().expect("piped stdout");
    let mut artifacts = HashMap::new();
    for line in std::io::BufReader::new(stdout).lines() {
        let Ok(line) = line else { break };
        let Ok(msg) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        if msg["reason"] != "compiler-artifact" {
            continue;
        }
        let is_cdylib = msg["target"]["kind"]
            .as_array()
            .is_some_and(|k| k.iter().any(|k| k == "cdylib"));
        let manifest = msg["manifest_path"].as_str().map(PathBuf::from);
        let wasm = msg["filenames"]
            .as_array()
            .and_then(|f| {
                f.iter()
                    .filter_map(|f| f.as_str())
                    .find(|f| f.ends_with(".wasm"))
            })
            .map(PathBuf::from);
        if let (true, Some(manifest), Some(wasm)) = (is_cdylib, manifest, wasm) {
            let dir = manifest.parent().map(Path::to_path_buf).unwrap_or_default();
            artifacts.insert(std::fs::canonicalize(&dir).unwrap_or(dir), wasm);
        }
    }
    let status = child.wait().map_err(BuildError::Cargo)?;
    if !status.success() {
        return Err(BuildError::CargoFailed(status.code().unwrap_or(-1)));
    }
    for (dir, name) in &names {
        if !artifacts.contains_key(dir) {
            return Err(BuildError::NoArtifact(name.clone()));
        }
    }
    Ok(artifacts)
}

/// Build all modules, verify each component, and write (or with `locked`,
/// check) the lock file.
pub async fn build(
    config: &Config,
    runtime: &Runtime,
    locked: bool,
) -> Result<BuildReport, BuildError> {
    let dirs = module_dirs(&config.modules).map_err(|e| BuildError::Read {
        path: config.modules.clone(),
        message: e.to_string(),
    })?;
    if dirs.is_empty() {
        return Err(BuildError::NoModules(config.modules.clone()));
    }
    let root = config.root_dir();
    // Rust crates compile with one cargo run; SQL and JSON modules need no
    // compiler: their text goes into the prebuilt runner.
    let mut crates = Vec::new();
    for dir in &dirs {
        let is_crate = dir.join("Cargo.toml").is_file();
        if is_crate && declarative::is_declarative(dir) {
            return Err(BuildError::Module {
                module: relative_to(dir, &root),
                message: "holds both a Cargo.toml and up.* (or phases.toml) files; make it a Rust crate or a SQL/JSON module, not both".into(),
            });
        }
        if is_crate {
            crates.push(dir.clone());
        }
    }
    let artifacts = if crates.is_empty() {
        HashMap::new()
    } else {
        cargo_build(&root, &crates, &config.components.join("build"))?
    };
    let lock_dir = config.lock_dir();
    let old = match LockFile::read(&config.lock) {
        Ok(l) => Some(l),
        Err(LockFileError::Missing(_)) => None,
        Err(e) => return Err(e.into()),
    };

    let mut entries = Vec::new();
    let mut staged: HashMap<String, Vec<u8>> = HashMap::new();
    let index = SourceIndex::open(
        config.components.join(source_index::FILE_NAME),
        runtime.seal().cloned(),
    );
    for dir in &dirs {
        let canon = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.clone());
        let module = relative_to(dir, &lock_dir);
        let err = |message: String| BuildError::Module {
            module: module.clone(),
            message,
        };
        // The declared capabilities (and a SQL or JSON module's text) travel
        // inside the component, so its digest and signatures cover them.
        let (bytes, caps) = match artifacts.get(&canon) {
            Some(wasm) => {
                let mut bytes = std::fs::read(wasm)
                    .map_err(|e| err(format!("cannot read {}: {e}", wasm.display())))?;
                let manifest = dir.join("Cargo.toml");
                let text = std::fs::read_to_string(&manifest)
                    .map_err(|e| err(format!("cannot read {}: {e}", manifest.display())))?;
                let caps = Capabilities::from_manifest(&text, &manifest.display().to_string())
                    .map_err(|e| err(e.to_string()))?;
                if let Some(caps) = &caps {
                    capabilities::append_section(&mut bytes, caps);
                }
                let idempotent =
                    capabilities::idempotent_in_manifest(&text, &manifest.display().to_string())
                        .map_err(|e| err(e.to_string()))?;
                if idempotent {
                    capabilities::append_custom_section(
                        &mut bytes,
                        capabilities::IDEMPOTENT_SECTION,
                        &[],
                    );
                }
                (bytes, caps)
            }
            None => {
                let declared = declarative::read(dir).map_err(err)?;
                (
                    runner::embed(
                        &declared.doc,
                        declared.capabilities.as_ref(),
                        declared.idempotent,
                        declared.phases.as_ref(),
                    ),
                    declared.capabilities,
                )
            }
        };
        let loaded = runtime
            .load(&module, &bytes)
            .map_err(|e| err(e.to_string()))?;
        let meta = runtime
            .guest_metadata(&loaded)
            .await
            .map_err(|e| err(e.to_string()))?;
        // Declared in module.toml, Cargo.toml or with `idempotent!()`.
        let idempotent = loaded.inspection.idempotent;
        if idempotent && meta.transactional {
            return Err(err(
                "declares itself idempotent but is transactional; a transactional migration is never left half-done: make it `.transactional(false)`, or drop the declaration".into(),
            ));
        }
        let source = index.digest(&module, dir).map_err(|e| err(e.to_string()))?;
        let api = loaded.inspection.api_version.clone();
        // A signature stays valid while the component and API it covers do.
        let signatures = old
            .as_ref()
            .and_then(|l| l.get(&meta.id))
            .filter(|o| o.component == loaded.digest && o.api == api)
            .map(|o| o.signatures.clone())
            .unwrap_or_default();
        entries.push(
            LockedMigration {
                id: meta.id.clone(),
                version: meta.version,
                module,
                source,
                component: loaded.digest,
                api,
                description: None,
                engines: Vec::new(),
                transactional: None,
                reversible: None,
                capabilities: caps,
                idempotent,
                phased: loaded.inspection.phases.is_some(),
                signatures,
            }
            .with_meta(&meta),
        );
        staged.insert(meta.id.clone(), bytes);
    }
    for (i, a) in entries.iter().enumerate() {
        for b in &entries[..i] {
            if a.id == b.id || a.version == b.version {
                let what = if a.id == b.id {
                    format!("id {}", a.id)
                } else {
                    format!("version {}", a.version)
                };
                return Err(BuildError::Duplicate {
                    a: b.module.clone(),
                    b: a.module.clone(),
                    what,
                });
            }
        }
    }

    let built: Vec<Built> = entries
        .iter()
        .map(|e| Built {
            id: e.id.clone(),
            version: e.version,
            module: e.module.clone(),
            component: e.component,
            bytes: staged[&e.id].len(),
            changed: old.as_ref().and_then(|l| l.get(&e.id)) != Some(e),
        })
        .collect();
    let new = LockFile::new(entries);

    if locked {
        let stale = stale_lines(old.as_ref(), &new);
        if !stale.is_empty() {
            return Err(BuildError::Stale(stale.join("\n")));
        }
    }
    std::fs::create_dir_all(&config.components).map_err(|source| BuildError::Write {
        path: config.components.clone(),
        source,
    })?;
    for (id, bytes) in &staged {
        let path = component_path(config, id);
        let tmp = path.with_extension("wasm.tmp");
        std::fs::write(&tmp, bytes)
            .and_then(|()| std::fs::rename(&tmp, &path))
            .map_err(|source| BuildError::Write {
                path: path.clone(),
                source,
            })?;
    }
    index.save();
    let lock_written = old.as_ref() != Some(&new);
    if lock_written {
        new.write(&config.lock)?;
    }
    Ok(BuildReport {
        built,
        lock_written,
    })
}

fn stale_lines(old: Option<&LockFile>, new: &LockFile) -> Vec<String> {
    let Some(old) = old else {
        return vec!["  no tidegate.lock exists yet".into()];
    };
    let mut lines = Vec::new();
    for m in &new.migrations {
        match old.get(&m.id) {
            None => lines.push(format!("  + {} is not in the lock", m.id)),
            Some(o) if o.component != m.component => lines.push(format!(
                "  ~ {}: component {} → {}",
                m.id, o.component, m.component
            )),
            Some(o) if o != m => lines.push(format!("  ~ {}: sources or metadata changed", m.id)),
            Some(_) => {}
        }
    }
    for o in &old.migrations {
        if new.get(&o.id).is_none() {
            lines.push(format!(
                "  - {} is in the lock but no module builds it",
                o.id
            ));
        }
    }
    lines
}
