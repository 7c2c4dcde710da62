//! `tidegate new`: a module (a Rust crate, or a SQL or JSON module) that
//! builds and passes `tidegate test` as generated.

use std::path::{Path, PathBuf};

use tidegate_core::error::{Classify, ExitClass};
use tidegate_runtime::driver::Scaffold;

/// Errors scaffolding a module.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    #[error(
        "`{0}` is not a usable name: use lower-case letters, digits and `_`, starting with a letter, e.g. `add_orders`"
    )]
    BadName(String),
    #[error("{0} already exists; pick another name")]
    Exists(PathBuf),
    #[error("cannot write {path}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl Classify for ScaffoldError {
    fn class(&self) -> ExitClass {
        ExitClass::Usage
    }
}

/// What was made.
#[derive(Debug, Clone)]
pub struct Scaffolded {
    pub id: String,
    pub version: u64,
    pub dir: PathBuf,
}

/// The next free version: one more than the highest `NNNN_` prefix.
fn next_version(modules: &Path) -> u64 {
    std::fs::read_dir(modules)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.split('_').next())
                .and_then(|n| n.parse::<u64>().ok())
        })
        .max()
        .unwrap_or(0)
        + 1
}

/// How the crate depends on the SDK: the workspace's entry when the
/// project's workspace has one, else the SDK's release.
fn sdk_dependency(root: &Path) -> String {
    let workspace = std::fs::read_to_string(root.join("Cargo.toml")).unwrap_or_default();
    let has = toml::from_str::<toml::Table>(&workspace)
        .ok()
        .is_some_and(|t| {
            t.get("workspace")
                .and_then(|w| w.get("dependencies"))
                .and_then(|d| d.get("tidegate-guest"))
                .is_some()
        });
    if has {
        "tidegate-guest.workspace = true".into()
    } else {
        format!("tidegate-guest = \"{}\"", env!("CARGO_PKG_VERSION"))
    }
}

/// `src/lib.rs` of a new module: the engine's parts in the common frame.
fn body(parts: &Scaffold, id: &str, version: u64, name: &str) -> String {
    let Scaffold {
        imports,
        metadata: meta,
        up,
        down,
        check,
        ..
    } = parts;
    format!(
        "//! {id}: describe what this migration changes and why.

{imports}

struct Migration{version};

impl Migration for Migration{version} {{
    fn metadata() -> Metadata {{
        Metadata::new(\"{id}\", {version}, \"create {name}\")
            {meta}
    }}

    fn up() -> Result<()> {{
        {up}
    }}

    fn down() -> Result<()> {{
        {down}
    }}

    /// Invariants that hold once applied; `tidegate health` and
    /// `tidegate test` run them, read-only.
    fn check() -> Result<Vec<Check>> {{
        {check}
    }}
}}

tidegate_guest::export!(Migration{version});
"
    )
}

/// What `tidegate new` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A Rust crate on the guest SDK.
    Crate,
    /// A SQL or JSON module: up, down and check files and a `module.toml`.
    Files,
}

/// Write `modules/NNNN_name/` from the engine's `parts` for `name`,
/// numbered `version` or the next free number.
pub fn scaffold(
    modules: &Path,
    root: &Path,
    name: &str,
    parts: impl Fn(&str) -> Scaffold,
    version: Option<u64>,
    form: Form,
) -> Result<Scaffolded, ScaffoldError> {
    let ok = name.len() <= 60
        && name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !ok {
        return Err(ScaffoldError::BadName(name.chars().take(80).collect()));
    }
    let version = version.unwrap_or_else(|| next_version(modules));
    let id = format!("{version:04}_{name}");
    let dir = modules.join(&id);
    if dir.exists() {
        return Err(ScaffoldError::Exists(dir));
    }
    let parts = parts(name);
    let capability = &parts.capability;
    let write = |path: PathBuf, text: &str| -> Result<(), ScaffoldError> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|source| ScaffoldError::Write {
                path: parent.into(),
                source,
            })?;
        }
        std::fs::write(&path, text).map_err(|source| ScaffoldError::Write { path, source })
    };
    if form == Form::Files {
        for (file, text) in &parts.files {
            write(dir.join(file), text)?;
        }
        let manifest = format!(
            "# What the SQL or JSON cannot say. The id ({id}) and the version ({version})
# come from the folder name; the module is reversible because a down file exists.
description = \"create {name}\"
# transactional = false  # for CREATE INDEX CONCURRENTLY and other statements that refuse a transaction

# What this migration may touch; the host refuses anything else.
[capabilities]
{capability}
"
        );
        write(dir.join(tidegate_runtime::declarative::MANIFEST), &manifest)?;
        return Ok(Scaffolded { id, version, dir });
    }
    let manifest = format!(
        "[package]
name = \"m{id}\"
version = \"0.1.0\"
edition = \"2024\"
publish = false

[lib]
crate-type = [\"cdylib\"]

[dependencies]
{}

# What this migration may touch; the host refuses anything else.
[package.metadata.tidegate.capabilities]
{capability}
",
        sdk_dependency(root),
        id = id.replace('_', "-"),
    );
    write(dir.join("Cargo.toml"), &manifest)?;
    let lib = dir.join("src/lib.rs");
    write(lib.clone(), &body(&parts, &id, version, name))?;
    rustfmt(&lib);
    Ok(Scaffolded { id, version, dir })
}

/// Lay out a written source as `cargo fmt` would, so that a new module
/// passes a project's format check as it stands (the templates cannot
/// know how long the names put into them are). Best effort: without
/// rustfmt the file stays as written, and compiles the same.
fn rustfmt(file: &Path) {
    let done = std::process::Command::new("rustfmt")
        .args(["--edition", "2024"])
        .arg(file)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status();
    if !done.is_ok_and(|s| s.success()) {
        tracing::debug!("rustfmt did not format {}", file.display());
    }
}

/// Keep SQL and JSON module folders out of a Cargo workspace whose
/// `members` glob would take them for crates (cargo refuses a member
/// without a Cargo.toml): add them to `[workspace] exclude` in the
/// project's Cargo.toml. True when it changed the file.
pub fn keep_out_of_workspace(root: &Path, dirs: &[PathBuf]) -> Result<bool, ScaffoldError> {
    let manifest = root.join("Cargo.toml");
    let Ok(text) = std::fs::read_to_string(&manifest) else {
        return Ok(false);
    };
    let Ok(mut doc) = text.parse::<toml_edit::DocumentMut>() else {
        return Ok(false);
    };
    let Some(workspace) = doc.get_mut("workspace").and_then(|w| w.as_table_like_mut()) else {
        return Ok(false);
    };
    let globs: Vec<String> = workspace
        .get("members")
        .and_then(|m| m.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str())
                .filter(|g| g.ends_with("/*"))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let mut add = Vec::new();
    for dir in dirs.iter().filter(|d| !d.join("Cargo.toml").exists()) {
        let rel = tidegate_runtime::project::relative_to(dir, root);
        let parent = rel.rsplit_once('/').map_or("", |(p, _)| p);
        if globs.iter().any(|g| g.trim_end_matches("/*") == parent) {
            add.push(rel);
        }
    }
    if add.is_empty() {
        return Ok(false);
    }
    let exclude = workspace
        .entry("exclude")
        .or_insert(toml_edit::value(toml_edit::Array::new()));
    let Some(array) = exclude.as_array_mut() else {
        return Ok(false);
    };
    let before = array.len();
    for rel in add {
        if !array.iter().any(|v| v.as_str() == Some(rel.as_str())) {
            array.push(rel);
        }
    }
    if array.len() == before {
        return Ok(false);
    }
    std::fs::write(&manifest, doc.to_string()).map_err(|source| ScaffoldError::Write {
        path: manifest,
        source,
    })?;
    Ok(true)
}
