//! `tidegate new`: a module crate that builds and passes `tidegate test`
//! as generated.

use std::path::{Path, PathBuf};

use crate::metadata::EngineKind;

/// Errors scaffolding a module.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    #[error("`{0}` is not a usable name: use lower-case letters, digits and `_`, starting with a letter, e.g. `add_orders`")]
    BadName(String),
    #[error("{0} already exists; pick another name")]
    Exists(PathBuf),
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
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

fn body(engine: EngineKind, id: &str, version: u64, name: &str) -> String {
    let (imports, meta, up, down, check) = match engine {
        EngineKind::Postgres => (
            "use tidegate_guest::{pg, Check, Engine, Metadata, Migration, Result};",
            ".engines([Engine::Postgres])\n            .reversible(true)",
            format!(
                "pg::batch_execute(\n            \"CREATE TABLE {name} (\n                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n                created_at timestamptz NOT NULL DEFAULT now()\n             )\",\n        )"
            ),
            format!("pg::batch_execute(\"DROP TABLE {name}\")"),
            format!("Ok(vec![Check::new(\"{name} exists\", pg::table_exists(\"{name}\")?, \"CREATE TABLE {name}\")])"),
        ),
        EngineKind::Mongodb => (
            "use tidegate_guest::mongo::{self, Index, Validator};\nuse tidegate_guest::{json, Check, Engine, Metadata, Migration, Result};",
            "// MongoDB DDL cannot roll back: every helper is idempotent instead.\n            .engines([Engine::Mongodb])\n            .transactional(false)\n            .reversible(true)",
            format!(
                "let validator = Validator::json_schema(json!({{\n            \"bsonType\": \"object\",\n            \"required\": [\"created_at\"],\n            \"properties\": {{ \"created_at\": {{ \"bsonType\": \"date\" }} }}\n        }}));\n        mongo::create_collection(\"{name}\", Some(&validator))?;\n        mongo::create_index(\"{name}\", &Index::new(\"created_at_1\", json!({{ \"created_at\": 1 }})))"
            ),
            format!("mongo::drop_collection(\"{name}\")"),
            format!("Ok(vec![Check::new(\"{name} exists\", mongo::collection_exists(\"{name}\")?, \"create the collection {name}\")])"),
        ),
        EngineKind::Elasticsearch => (
            "use tidegate_guest::es::{self, IndexSpec};\nuse tidegate_guest::{json, Check, Engine, Metadata, Migration, Result};",
            "// Search-index changes cannot roll back: every helper is idempotent instead.\n            .engines([Engine::Elasticsearch])\n            .transactional(false)\n            .reversible(true)",
            format!(
                "// A versioned index behind an alias, so a later mapping change can\n        // reindex and swap the alias (see es::reindex_with_alias_swap).\n        let spec = IndexSpec::new().shards(1).keyword(\"id\").field(\"created_at\", json!({{ \"type\": \"date\" }})).alias(\"{name}\");\n        es::create_index(\"{name}_v1\", &spec)"
            ),
            format!("es::delete_index(\"{name}_v1\")"),
            format!("let targets = es::alias_targets(\"{name}\")?;\n        Ok(vec![Check::new(\"alias {name} points at one index\", targets.len() == 1, format!(\"points at [{{}}]\", targets.join(\", \")))])"),
        ),
    };
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

/// Write `modules/NNNN_name/` for `engine`, numbered `version` or the next
/// free number.
pub fn scaffold(modules: &Path, root: &Path, name: &str, engine: EngineKind, version: Option<u64>) -> Result<Scaffolded, ScaffoldError> {
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
    let capability = match engine {
        EngineKind::Postgres => format!("tables = [\"{name}\"]"),
        EngineKind::Mongodb => format!("collections = [\"{name}\"]"),
        EngineKind::Elasticsearch => format!("indices = [\"{name}\", \"{name}_v*\"]"),
    };
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
    write(dir.join("src/lib.rs"), &body(engine, &id, version, name))?;
    Ok(Scaffolded { id, version, dir })
}
