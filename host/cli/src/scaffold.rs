//! `tidegate new`: a module crate that builds and passes `tidegate test`
//! as generated.

use std::path::{Path, PathBuf};

use tidegate_core::error::{Classify, ExitClass};
use tidegate_runtime::driver::Scaffold;

/// Errors scaffolding a module.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    #[error("`{0}` is not a usable name: use lower-case letters, digits and `_`, starting with a letter, e.g. `add_orders`")]
    BadName(String),
    #[error("{0} already exists; pick another name")]
    Exists(PathBuf),
    #[error("cannot write {path}")]
    Write { path: PathBuf, source: std::io::Error },
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
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.split('_').next()).and_then(|n| n.parse::<u64>().ok()))
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
        .is_some_and(|t| t.get("workspace").and_then(|w| w.get("dependencies")).and_then(|d| d.get("tidegate-guest")).is_some());
    if has { "tidegate-guest.workspace = true".into() } else { format!("tidegate-guest = \"{}\"", env!("CARGO_PKG_VERSION")) }
}

/// `src/lib.rs` of a new module: the engine's parts in the common frame.
fn body(parts: &Scaffold, id: &str, version: u64, name: &str) -> String {
    let Scaffold { imports, metadata: meta, up, down, check, .. } = parts;
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

/// Write `modules/NNNN_name/` from the engine's `parts` for `name`,
/// numbered `version` or the next free number.
pub fn scaffold(modules: &Path, root: &Path, name: &str, parts: impl Fn(&str) -> Scaffold, version: Option<u64>) -> Result<Scaffolded, ScaffoldError> {
    let ok = name.len() <= 60
        && name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
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
    let write = |path: PathBuf, text: &str| -> Result<(), ScaffoldError> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|source| ScaffoldError::Write { path: parent.into(), source })?;
        }
        std::fs::write(&path, text).map_err(|source| ScaffoldError::Write { path, source })
    };
    write(dir.join("Cargo.toml"), &manifest)?;
    write(dir.join("src/lib.rs"), &body(&parts, &id, version, name))?;
    Ok(Scaffolded { id, version, dir })
}
