//! SQL and JSON module folders, as `tidegate build` reads them.
//!
//! A folder named `<version>_<name>` (e.g. `0001_create_users`) holding:
//!
//! | file | what |
//! |---|---|
//! | `up.sql` | PostgreSQL script, run in one transaction with the history row |
//! | `down.sql` | its undo; the module is reversible exactly when a `down.*` exists |
//! | `check.sql` | named boolean queries (`-- check: <name>`), re-run by `health` |
//! | `up.mongo.json`, `down.mongo.json` | MongoDB operations (see `tidegate_module_format::MongoStep`) |
//! | `check.mongo.json` | named invariants: a collection, an index, a count (`MongoCheck`) |
//! | `up.es.json`, `down.es.json` | Elasticsearch/OpenSearch requests (`method`, `path`, `body`) |
//! | `check.es.json` | named invariants: an index or alias, a count (`EsCheck`) |
//! | `module.toml` | optional: `description`, `transactional`, `[capabilities]` |
//! | `phases.toml` | a phased (zero-downtime) migration's operations, per engine, instead of `up.*`/`down.*`/`check.*` (see `tidegate_core::phased`) |
//!
//! The id is the folder name and the version its leading number: each is
//! said once.

use std::path::Path;

use serde::Deserialize;

use tidegate_core::capabilities::Capabilities;
use tidegate_core::metadata::EngineKind;
use tidegate_core::phased::{self, Phases};
use tidegate_module_format::{
    Document, Engine, EsCheck, EsStep, FORMAT, MongoCheck, MongoStep, Steps, only_comments,
    parse_checks,
};

/// The file that makes a folder a SQL or JSON module, per engine.
pub const UP_FILES: [&str; 4] = ["up.sql", "up.mongo.json", "up.es.json", phased::FILE];

/// Every file a module folder may hold besides documentation.
const KNOWN: [&str; 11] = [
    "up.sql",
    "down.sql",
    "check.sql",
    "up.mongo.json",
    "down.mongo.json",
    "check.mongo.json",
    "up.es.json",
    "down.es.json",
    "check.es.json",
    "module.toml",
    phased::FILE,
];

/// The optional manifest, for what SQL cannot say.
pub const MANIFEST: &str = "module.toml";

/// Whether `dir` is a SQL or JSON module.
pub fn is_declarative(dir: &Path) -> bool {
    UP_FILES.iter().any(|f| dir.join(f).is_file())
}

/// Each engine's `up` file.
const UP_FILE_OF: [(EngineKind, &str); 3] = [
    (EngineKind::Postgres, "up.sql"),
    (EngineKind::Mongodb, "up.mongo.json"),
    (EngineKind::Elasticsearch, "up.es.json"),
];

/// The source file a statement a module's `up` sent to `engine` comes
/// from, relative to the module folder `dir`: a SQL or JSON module's `up`
/// file of that engine (or its first `up` file), a Rust module's
/// `src/lib.rs`. Lint findings point there.
pub fn source_file(dir: &Path, engine: Option<EngineKind>) -> &'static str {
    if !is_declarative(dir) {
        return "src/lib.rs";
    }
    let of_engine = UP_FILE_OF
        .iter()
        .find(|(e, f)| Some(*e) == engine && dir.join(f).is_file())
        .map(|(_, f)| *f);
    of_engine
        .or_else(|| UP_FILES.iter().copied().find(|f| dir.join(f).is_file()))
        .unwrap_or("up.sql")
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    description: Option<String>,
    transactional: Option<bool>,
    idempotent: Option<bool>,
    capabilities: Option<Capabilities>,
    origin: Option<Origin>,
}

/// Where an imported module came from (`[origin]` in its `module.toml`,
/// written by `tidegate import`): `tidegate baseline` matches `version`
/// against the tool's history table.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Origin {
    /// The tool, e.g. `sqlx`.
    pub tool: String,
    /// The version (Alembic: revision) as the tool records it.
    pub version: String,
    /// The file it was imported from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

/// The `[origin]` of the module in `dir`, when it was imported.
pub fn origin(dir: &Path) -> Result<Option<Origin>, String> {
    match read_text(dir, MANIFEST)? {
        Some(text) => toml::from_str::<Manifest>(&text)
            .map(|m| m.origin)
            .map_err(|e| format!("{MANIFEST}: {}", e.message())),
        None => Ok(None),
    }
}

/// A module folder, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Declared {
    pub doc: Document,
    pub capabilities: Option<Capabilities>,
    /// `idempotent = true`: safe to run again after an interruption.
    pub idempotent: bool,
    /// A phased migration's operations (`phases.toml`).
    pub phases: Option<Phases>,
}

/// The version and id a folder name gives: `0001_create_users` is version
/// 1, id `0001_create_users`.
pub fn parse_name(name: &str) -> Result<u64, String> {
    let bad = || {
        format!(
            "module folder `{name}` must be named `<version>_<name>`, e.g. `0001_create_users` or `20261203093000_add_orders`"
        )
    };
    let (digits, rest) = name.split_once('_').ok_or_else(bad)?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || rest.is_empty() {
        return Err(bad());
    }
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        || name.len() > 128
    {
        return Err(format!(
            "module folder `{name}`: use letters, digits, `_`, `-` and `.` only, at most 128 characters"
        ));
    }
    digits.parse::<u64>().map_err(|_| {
        format!(
            "module folder `{name}`: version {digits} is too large (at most {})",
            u64::MAX
        )
    })
}

fn read_text(dir: &Path, file: &str) -> Result<Option<String>, String> {
    let path = dir.join(file);
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

fn json_steps<T: serde::de::DeserializeOwned>(
    dir: &Path,
    file: &str,
    what: &str,
) -> Result<Option<Vec<T>>, String> {
    let Some(text) = read_text(dir, file)? else {
        return Ok(None);
    };
    let steps: Vec<T> = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{file}, line {} column {}: {e}; it must be a JSON list of {what}",
            e.line(),
            e.column()
        )
    })?;
    if steps.is_empty() {
        return Err(format!("{file} is an empty list; delete it or add {what}"));
    }
    Ok(Some(steps))
}

fn sql(dir: &Path, file: &str) -> Result<Option<String>, String> {
    let cap = crate::state::Caps::default().statement_bytes;
    match read_text(dir, file)? {
        Some(text) if only_comments(&text) => Err(format!(
            "{file} holds no statement; delete it or write the SQL"
        )),
        // The host refuses a longer script at run time; say so at build.
        Some(text) if text.len() > cap => Err(format!(
            "{file} is {} bytes, over the {cap}-byte cap on one script; split it into several migrations, or load the data in batches from a Rust module",
            text.len()
        )),
        other => Ok(other),
    }
}

fn steps(dir: &Path, direction: &str) -> Result<Steps, String> {
    Ok(Steps {
        postgres: sql(dir, &format!("{direction}.sql"))?,
        mongodb: json_steps::<MongoStep>(
            dir,
            &format!("{direction}.mongo.json"),
            "operations such as {\"run_command\": {...}} or {\"insert_many\": {...}}",
        )?,
        elasticsearch: json_steps::<EsStep>(
            dir,
            &format!("{direction}.es.json"),
            "requests {\"method\": \"PUT\", \"path\": \"/index\", \"body\": {...}}",
        )?,
    })
}

/// Read a module folder into the document the runner executes.
pub fn read(dir: &Path) -> Result<Declared, String> {
    let name = dir
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| format!("{} is not a module folder name", dir.display()))?;
    let version = parse_name(name)?;
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let data = file.ends_with(".sql") || file.ends_with(".json") || file.ends_with(".toml");
        if data && !KNOWN.contains(&file.as_str()) {
            return Err(format!(
                "unknown file {file}: a module folder holds {} (and any documentation)",
                KNOWN.join(", ")
            ));
        }
    }
    let manifest: Manifest = match read_text(dir, MANIFEST)? {
        Some(text) => toml::from_str(&text).map_err(|e| {
            format!("{MANIFEST}: {}; it may set `description`, `transactional`, `idempotent`, a `[capabilities]` table of `tables`, `collections`, `indices`, and `[origin]`", e.message())
        })?,
        None => Manifest::default(),
    };
    if let Some(caps) = &manifest.capabilities {
        caps.validate().map_err(|e| e.to_string())?;
    }
    let phases = match read_text(dir, phased::FILE)? {
        Some(text) => Some(Phases::from_toml(&text)?),
        None => None,
    };
    if phases.is_some() {
        if let Some(other) = KNOWN
            .iter()
            .filter(|f| **f != MANIFEST && **f != phased::FILE)
            .find(|f| dir.join(f).is_file())
        {
            return Err(format!(
                "{other} beside {}: a phased migration runs its operations in phases; put raw SQL in an `op = \"sql\"` operation (with its `down`) and delete {other}",
                phased::FILE
            ));
        }
        if manifest.transactional == Some(true) || manifest.idempotent.is_some() {
            return Err(format!(
                "{MANIFEST}: a phased migration runs outside a transaction and converges when run again; drop `transactional` and `idempotent`"
            ));
        }
    }
    let up = steps(dir, "up")?;
    let down = steps(dir, "down")?;
    // A down step undoes its engine's up step: the engines are compared.
    let files = [
        (Engine::Postgres, "down.sql"),
        (Engine::Mongodb, "down.mongo.json"),
        (Engine::Elasticsearch, "down.es.json"),
    ];
    let up_engines = up.engines();
    if let Some((_, file)) = files
        .iter()
        .find(|(e, _)| down.engines().contains(e) && !up_engines.contains(e))
    {
        return Err(format!(
            "{file} has no matching up file; a down step undoes its engine's up step"
        ));
    }
    let checks = match read_text(dir, "check.sql")? {
        Some(text) => parse_checks(&text).map_err(|e| format!("check.sql: {e}"))?,
        None => Vec::new(),
    };
    if !checks.is_empty() && up.postgres.is_none() {
        return Err(
            "check.sql needs a PostgreSQL module (up.sql): its queries run on PostgreSQL".into(),
        );
    }
    let mongodb_checks = json_steps::<MongoCheck>(
        dir,
        "check.mongo.json",
        "checks {\"name\": ..., \"collection\": ..., \"index\" or \"count\": ...}",
    )?
    .unwrap_or_default();
    let elasticsearch_checks = json_steps::<EsCheck>(
        dir,
        "check.es.json",
        "checks {\"name\": ..., \"index\": ..., \"count\": ...}",
    )?
    .unwrap_or_default();
    if !mongodb_checks.is_empty() && up.mongodb.is_none() {
        return Err("check.mongo.json needs a MongoDB module (up.mongo.json)".into());
    }
    if !elasticsearch_checks.is_empty() && up.elasticsearch.is_none() {
        return Err("check.es.json needs an Elasticsearch module (up.es.json)".into());
    }
    let names: Vec<&str> = checks
        .iter()
        .map(|c| c.name.as_str())
        .chain(mongodb_checks.iter().map(|c| c.name.as_str()))
        .chain(elasticsearch_checks.iter().map(|c| c.name.as_str()))
        .collect();
    if let Some(dup) = names
        .iter()
        .enumerate()
        .find_map(|(i, n)| names[..i].contains(n).then_some(n))
    {
        return Err(format!(
            "two checks are named `{dup}`; give each its own name"
        ));
    }
    let postgres_only = up.mongodb.is_none() && up.elasticsearch.is_none();
    let transactional = match manifest.transactional {
        Some(true) if !postgres_only => {
            return Err(format!(
                "{MANIFEST}: `transactional = true` needs a PostgreSQL-only module; MongoDB and Elasticsearch steps run outside a transaction"
            ));
        }
        Some(t) => t,
        None => postgres_only,
    };
    let idempotent = manifest.idempotent.unwrap_or(false);
    if idempotent && transactional {
        return Err(format!(
            "{MANIFEST}: `idempotent = true` is for a migration that runs outside a transaction; a transactional one is never left half-done (set `transactional = false`, or drop `idempotent`)"
        ));
    }
    let description = manifest.description.unwrap_or_else(|| {
        name.split_once('_')
            .map_or(name, |(_, rest)| rest)
            .replace('_', " ")
    });
    let has_down = down != Steps::default();
    let doc = Document {
        format: FORMAT,
        id: name.to_string(),
        version,
        description,
        transactional,
        up,
        down: has_down.then_some(down),
        checks,
        mongodb_checks,
        elasticsearch_checks,
    };
    Ok(Declared {
        doc,
        capabilities: manifest.capabilities,
        idempotent,
        phases,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(files: &[(&str, &str)]) -> (tempfile::TempDir, std::path::PathBuf) {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("0007_add_orders");
        std::fs::create_dir(&dir).unwrap();
        for (f, text) in files {
            std::fs::write(dir.join(f), text).unwrap();
        }
        (root, dir)
    }

    #[test]
    fn reads_a_sql_module_saying_everything_once() {
        let (_root, dir) = module(&[
            ("up.sql", "CREATE TABLE orders (id bigint);"),
            ("down.sql", "DROP TABLE orders;"),
            (
                "check.sql",
                "-- check: orders exists\nSELECT to_regclass('orders') IS NOT NULL;",
            ),
            ("module.toml", "[capabilities]\ntables = [\"orders\"]\n"),
            ("README.md", "notes"),
        ]);
        let d = read(&dir).unwrap();
        assert_eq!(
            (d.doc.id.as_str(), d.doc.version, d.doc.description.as_str()),
            ("0007_add_orders", 7, "add orders")
        );
        assert!(d.doc.transactional && d.doc.down.is_some() && d.doc.checks.len() == 1);
        assert_eq!(d.capabilities.unwrap().tables, vec!["orders".to_string()]);
    }

    #[test]
    fn refuses_what_it_cannot_run_and_says_what_to_do() {
        let cases: &[(&[(&str, &str)], &str)] = &[
            (&[("up.sql", "-- nothing\n")], "holds no statement"),
            (
                &[("up.sql", &"SELECT 1;\n".repeat(120_000))],
                "over the 1048576-byte cap",
            ),
            (
                &[("up.sql", "SELECT 1"), ("upgrade.sql", "x")],
                "unknown file upgrade.sql",
            ),
            (
                &[
                    ("up.sql", "SELECT 1"),
                    ("module.toml", "transactionl = false"),
                ],
                "may set `description`",
            ),
            (&[("up.mongo.json", "[{\"drop_database\": {}}]")], "line 1"),
            (
                &[
                    ("up.mongo.json", "[{\"run_command\": {\"create\": \"x\"}}]"),
                    ("module.toml", "transactional = true"),
                ],
                "PostgreSQL-only",
            ),
            (&[("up.es.json", "[]")], "empty list"),
            (
                &[
                    ("up.sql", "SELECT 1"),
                    (
                        "down.es.json",
                        "[{\"method\": \"DELETE\", \"path\": \"/x\"}]",
                    ),
                ],
                "no matching up file",
            ),
            (
                &[
                    ("up.sql", "SELECT 1"),
                    (
                        "check.mongo.json",
                        "[{\"name\": \"x\", \"collection\": \"x\"}]",
                    ),
                ],
                "needs a MongoDB module",
            ),
            (
                &[
                    ("up.es.json", "[{\"method\": \"PUT\", \"path\": \"/x\"}]"),
                    (
                        "check.es.json",
                        "[{\"name\": \"x\", \"index\": \"x\", \"counts\": {}}]",
                    ),
                ],
                "unknown field",
            ),
        ];
        for (files, expected) in cases {
            let (_root, dir) = module(files);
            let e = read(&dir).unwrap_err();
            assert!(e.contains(expected), "{files:?}: {e}");
        }
        assert!(
            parse_name("create_users")
                .unwrap_err()
                .contains("<version>_<name>")
        );
        assert_eq!(parse_name("20261203093000_add_orders"), Ok(20261203093000));
    }

    /// Lint findings point at the file a statement came from, never at a
    /// `src/lib.rs` a SQL or JSON module does not have.
    #[test]
    fn findings_point_at_the_file_the_statement_came_from() {
        let (_root, dir) = module(&[
            ("up.sql", "SELECT 1"),
            ("up.mongo.json", "[{\"run_command\": {\"create\": \"x\"}}]"),
        ]);
        assert_eq!(source_file(&dir, Some(EngineKind::Postgres)), "up.sql");
        assert_eq!(
            source_file(&dir, Some(EngineKind::Mongodb)),
            "up.mongo.json"
        );
        assert_eq!(
            source_file(&dir, Some(EngineKind::Elasticsearch)),
            "up.sql",
            "an engine without a file: the first up file"
        );
        assert_eq!(source_file(&dir, None), "up.sql");
        let (_root, json) = module(&[("up.es.json", "[]")]);
        assert_eq!(source_file(&json, None), "up.es.json");
        let rust = tempfile::tempdir().unwrap();
        assert_eq!(
            source_file(rust.path(), Some(EngineKind::Postgres)),
            "src/lib.rs"
        );
    }

    #[test]
    fn json_modules_are_not_transactional() {
        let (_root, dir) = module(&[(
            "up.es.json",
            "[{\"method\": \"PUT\", \"path\": \"/orders\", \"body\": {\"mappings\": {}}}]",
        )]);
        let d = read(&dir).unwrap();
        assert!(!d.doc.transactional && d.doc.down.is_none());
    }
}
