//! `tidegate import`: another tool's migrations folder as SQL modules,
//! keeping versions, order and names. Each module's `module.toml` records
//! where it came from (`[origin]`), which `tidegate baseline` matches
//! against the tool's history table.

use std::path::{Path, PathBuf};
use std::process::Command;

use tidegate_core::error::{Classify, ExitClass};
use tidegate_core::foreign::Tool;
use tidegate_engine_postgres::sql::{leading_keyword, split_statements};
use tidegate_runtime::declarative::{MANIFEST, Origin};

/// Why a folder could not be imported. Nothing is written then.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {path}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
    #[error("{0} holds no {1} migrations; point at the tool's migrations folder")]
    Empty(PathBuf, Tool),
    #[error(
        "cannot run alembic ({program}); install it (`pip install alembic`) or pass --alembic PATH"
    )]
    AlembicMissing {
        program: String,
        source: std::io::Error,
    },
    #[error("alembic failed on {what} (exit {code}): {stderr}")]
    AlembicFailed {
        what: String,
        code: i32,
        stderr: String,
    },
    #[error("these modules exist with other contents; nothing was written. Move them away or import into another --modules folder:\n  {}", .0.join("\n  "))]
    Conflicts(Vec<String>),
    #[error("cannot write {path}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl Classify for ImportError {
    fn class(&self) -> ExitClass {
        match self {
            ImportError::Write { .. } | ImportError::AlembicFailed { .. } => ExitClass::Failed,
            _ => ExitClass::Usage,
        }
    }
}

/// One foreign migration, ready to become a module.
#[derive(Debug, Clone, PartialEq)]
pub struct Foreign {
    /// The module folder name, `<version>_<name>`.
    pub folder: String,
    pub version: u64,
    /// The version as the tool records it in its history table.
    pub origin_version: String,
    /// The file(s) it came from, relative to the imported folder.
    pub file: String,
    pub description: String,
    pub up: String,
    pub down: Option<String>,
    pub transactional: bool,
}

fn invalid(path: &Path, message: impl Into<String>) -> ImportError {
    ImportError::Invalid {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

fn read(path: &Path) -> Result<String, ImportError> {
    std::fs::read_to_string(path).map_err(|source| ImportError::Read {
        path: path.to_path_buf(),
        source,
    })
}

fn entries(dir: &Path) -> Result<Vec<(String, PathBuf)>, ImportError> {
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .map_err(|source| ImportError::Read {
            path: dir.to_path_buf(),
            source,
        })?
        .filter_map(|e| e.ok())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
        .collect();
    out.sort();
    Ok(out)
}

/// A name usable in a module id: letters, digits, `_`, `-` and `.`.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let c = if c.is_ascii_alphanumeric() || matches!(c, '-' | '.') {
            c
        } else {
            '_'
        };
        if !(c == '_' && out.ends_with('_')) {
            out.push(c);
        }
    }
    out.trim_matches('_').chars().take(100).collect()
}

fn version(path: &Path, digits: &str) -> Result<u64, ImportError> {
    digits.parse::<u64>().map_err(|_| {
        invalid(
            path,
            format!("version `{digits}` is not a whole number Tidegate can order by"),
        )
    })
}

/// The script without a `BEGIN`/`COMMIT` pair around it: Tidegate owns the
/// transaction.
fn unwrap_transaction(sql: &str) -> String {
    let statements = split_statements(sql);
    let first = statements.first().map(|s| leading_keyword(s));
    let last = statements.last().map(|s| leading_keyword(s));
    let begins = matches!(first.as_deref(), Some("BEGIN") | Some("START"));
    let commits = matches!(last.as_deref(), Some("COMMIT") | Some("END"));
    if statements.len() >= 2 && begins && commits {
        statements[1..statements.len() - 1]
            .iter()
            .map(|s| format!("{s};\n"))
            .collect()
    } else {
        sql.to_string()
    }
}

fn is_empty_sql(sql: &str) -> bool {
    split_statements(sql)
        .iter()
        .all(|s| tidegate_module_format::only_comments(s))
}

/// Read `dir` as `tool`'s migrations folder. `alembic` is the program to
/// run for Alembic projects.
pub fn read_folder(tool: Tool, dir: &Path, alembic: &str) -> Result<Vec<Foreign>, ImportError> {
    let mut out = match tool {
        Tool::Sqlx | Tool::GolangMigrate => up_down_files(tool, dir)?,
        Tool::Diesel => diesel(dir)?,
        Tool::Dbmate => dbmate(dir)?,
        Tool::Flyway => flyway(dir)?,
        Tool::Alembic => alembic_project(dir, alembic)?,
    };
    if out.is_empty() {
        return Err(ImportError::Empty(dir.to_path_buf(), tool));
    }
    out.sort_by_key(|f| f.version);
    for pair in out.windows(2) {
        if pair[0].version == pair[1].version {
            return Err(invalid(
                dir,
                format!(
                    "{} and {} have the same version {}",
                    pair[0].file, pair[1].file, pair[0].version
                ),
            ));
        }
    }
    Ok(out)
}

/// sqlx (`V_desc.sql`, or `V_desc.up.sql` + `.down.sql`; a first line
/// `-- no-transaction`) and golang-migrate (`N_title.up.sql` +
/// `.down.sql`).
fn up_down_files(tool: Tool, dir: &Path) -> Result<Vec<Foreign>, ImportError> {
    let mut out: Vec<Foreign> = Vec::new();
    for (name, path) in entries(dir)? {
        let Some(stem) = name.strip_suffix(".sql") else {
            continue;
        };
        let (stem, direction) = match (stem.strip_suffix(".up"), stem.strip_suffix(".down")) {
            (Some(s), _) => (s, "up"),
            (_, Some(s)) => (s, "down"),
            _ if tool == Tool::Sqlx => (stem, "simple"),
            _ => {
                return Err(invalid(
                    &path,
                    "golang-migrate files are named <version>_<title>.up.sql and .down.sql",
                ));
            }
        };
        let (digits, desc) = stem.split_once('_').ok_or_else(|| {
            invalid(
                &path,
                format!("{tool} files are named <version>_<description>"),
            )
        })?;
        let v = version(&path, digits)?;
        let text = read(&path)?;
        let no_tx = tool == Tool::Sqlx
            && text
                .lines()
                .next()
                .is_some_and(|l| l.trim() == "-- no-transaction");
        let sql = if tool == Tool::GolangMigrate {
            unwrap_transaction(&text)
        } else {
            text
        };
        let entry = match out.iter_mut().position(|f| f.version == v) {
            Some(i) => &mut out[i],
            None => {
                out.push(Foreign {
                    folder: format!("{digits}_{}", slug(desc)),
                    version: v,
                    origin_version: v.to_string(),
                    file: String::new(),
                    description: desc.replace('_', " "),
                    up: String::new(),
                    down: None,
                    transactional: true,
                });
                out.last_mut().expect("just pushed")
            }
        };
        match direction {
            "down" => entry.down = Some(sql),
            _ if !entry.up.is_empty() => {
                return Err(invalid(&path, format!("version {v} has two up migrations")));
            }
            _ => {
                entry.up = sql;
                entry.transactional &= !no_tx;
                entry.file = name.clone();
            }
        }
    }
    for f in &out {
        if f.up.is_empty() {
            return Err(invalid(
                dir,
                format!(
                    "version {} has a down migration but no up migration",
                    f.version
                ),
            ));
        }
    }
    Ok(out)
}

/// diesel: `<timestamp>_<name>/up.sql` and `down.sql`, with an optional
/// `metadata.toml` saying `run_in_transaction = false`. Diesel records the
/// timestamp without its `-`.
fn diesel(dir: &Path) -> Result<Vec<Foreign>, ImportError> {
    let mut out = Vec::new();
    for (name, path) in entries(dir)? {
        if !path.join("up.sql").is_file() {
            continue;
        }
        let (stamp, desc) = name.split_once('_').ok_or_else(|| {
            invalid(
                &path,
                "diesel migrations are folders named <timestamp>_<name>",
            )
        })?;
        let digits: String = stamp.chars().filter(|c| *c != '-').collect();
        let v = version(&path, &digits)?;
        let meta = path.join("metadata.toml");
        let transactional = if meta.is_file() {
            let doc: toml::Table = toml::from_str(&read(&meta)?)
                .map_err(|e| invalid(&meta, e.message().to_string()))?;
            doc.get("run_in_transaction")
                .and_then(toml::Value::as_bool)
                .unwrap_or(true)
        } else {
            true
        };
        let down = path.join("down.sql");
        out.push(Foreign {
            folder: format!("{digits}_{}", slug(desc)),
            version: v,
            origin_version: digits.clone(),
            file: format!("{name}/up.sql"),
            description: desc.replace('_', " "),
            up: read(&path.join("up.sql"))?,
            down: if down.is_file() {
                Some(read(&down)?).filter(|d| !is_empty_sql(d))
            } else {
                None
            },
            transactional,
        });
    }
    Ok(out)
}

/// dbmate: `<version>_<name>.sql` with `-- migrate:up` and `-- migrate:down`
/// sections; `transaction:false` after either marker.
fn dbmate(dir: &Path) -> Result<Vec<Foreign>, ImportError> {
    let mut out = Vec::new();
    for (name, path) in entries(dir)? {
        let Some(stem) = name.strip_suffix(".sql") else {
            continue;
        };
        let (digits, desc) = stem
            .split_once('_')
            .ok_or_else(|| invalid(&path, "dbmate files are named <version>_<name>.sql"))?;
        let v = version(&path, digits)?;
        let text = read(&path)?;
        let (mut up, mut down, mut section, mut transactional) =
            (String::new(), String::new(), None, true);
        for line in text.lines() {
            let trimmed = line.trim();
            if let Some(rest) = trimmed.strip_prefix("-- migrate:up") {
                section = Some(true);
                transactional &= !rest.contains("transaction:false");
            } else if let Some(rest) = trimmed.strip_prefix("-- migrate:down") {
                section = Some(false);
                transactional &= !rest.contains("transaction:false");
            } else {
                match section {
                    Some(true) => up.push_str(&format!("{line}\n")),
                    Some(false) => down.push_str(&format!("{line}\n")),
                    None => {}
                }
            }
        }
        if section.is_none() || is_empty_sql(&up) {
            return Err(invalid(
                &path,
                "no `-- migrate:up` section with SQL; dbmate migrations have one",
            ));
        }
        out.push(Foreign {
            folder: format!("{digits}_{}", slug(desc)),
            version: v,
            origin_version: digits.to_string(),
            file: name.clone(),
            description: desc.replace('_', " "),
            up,
            down: Some(down).filter(|d| !is_empty_sql(d)),
            transactional,
        });
    }
    Ok(out)
}

/// Flyway: `V<version>__<description>.sql`, undo `U<version>__...`;
/// versions may be dotted (`V1.1__`, `V1_1__`). Repeatable `R__` scripts
/// are refused.
fn flyway(dir: &Path) -> Result<Vec<Foreign>, ImportError> {
    struct Script {
        parts: Vec<u64>,
        text_version: String,
        desc: String,
        file: String,
        up: Option<String>,
        down: Option<String>,
    }
    let mut scripts: Vec<Script> = Vec::new();
    for (name, path) in entries(dir)? {
        let Some(stem) = name.strip_suffix(".sql") else {
            continue;
        };
        if stem.starts_with("R__") {
            return Err(invalid(
                &path,
                "is a Flyway repeatable migration (R__): Tidegate runs each migration once; write its current text as a new versioned migration, and each later change as another",
            ));
        }
        let (kind, rest) = stem.split_at(1);
        if kind != "V" && kind != "U" {
            continue;
        }
        let (ver, desc) = rest.split_once("__").ok_or_else(|| {
            invalid(
                &path,
                "Flyway files are named V<version>__<description>.sql",
            )
        })?;
        let text_version = ver.replace('_', ".");
        let parts = text_version
            .split('.')
            .map(|p| p.parse::<u64>())
            .collect::<Result<Vec<_>, _>>()
            .map_err(|_| {
                invalid(
                    &path,
                    format!("version `{ver}` is not Flyway's digits and dots"),
                )
            })?;
        let sql = read(&path)?;
        let i = match scripts.iter().position(|s| s.parts == parts) {
            Some(i) => i,
            None => {
                scripts.push(Script {
                    parts,
                    text_version,
                    desc: desc.to_string(),
                    file: name.clone(),
                    up: None,
                    down: None,
                });
                scripts.len() - 1
            }
        };
        if kind == "V" {
            scripts[i].up = Some(sql);
            scripts[i].file = name.clone();
            scripts[i].desc = desc.to_string();
        } else {
            scripts[i].down = Some(sql);
        }
    }
    scripts.sort_by(|a, b| a.parts.cmp(&b.parts));
    let dotted = scripts.iter().any(|s| s.parts.len() > 1);
    let mut out = Vec::new();
    for (i, s) in scripts.into_iter().enumerate() {
        let up = s.up.ok_or_else(|| {
            invalid(
                dir,
                format!(
                    "undo migration U{}__ has no V{}__ migration",
                    s.text_version, s.text_version
                ),
            )
        })?;
        // Dotted versions keep their order as positions; the id keeps them.
        let (v, folder) = if dotted {
            (
                i as u64 + 1,
                format!(
                    "{:04}_v{}_{}",
                    i + 1,
                    s.text_version.replace('.', "_"),
                    slug(&s.desc)
                ),
            )
        } else {
            (s.parts[0], format!("{}_{}", s.text_version, slug(&s.desc)))
        };
        out.push(Foreign {
            folder,
            version: v,
            origin_version: s.text_version,
            file: s.file,
            description: s.desc.replace('_', " "),
            up,
            down: s.down,
            transactional: true,
        });
    }
    Ok(out)
}

/// Alembic: revisions are Python, so each revision's SQL comes from
/// Alembic's offline mode (`alembic upgrade A:B --sql`), in
/// `down_revision` order. Branches (several heads) and merge revisions are
/// refused.
fn alembic_project(dir: &Path, program: &str) -> Result<Vec<Foreign>, ImportError> {
    let ini = dir.join("alembic.ini");
    if !ini.is_file() {
        return Err(invalid(
            dir,
            "has no alembic.ini; point at the folder that holds it",
        ));
    }
    let ini_text = read(&ini)?;
    let location = ini_text
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("script_location")
                .and_then(|r| r.trim_start().strip_prefix('='))
                .map(|v| v.trim().replace("%(here)s/", "").replace("%(here)s", "."))
        })
        .unwrap_or_else(|| "alembic".into());
    let versions = dir.join(&location).join("versions");
    let mut revisions: Vec<(String, Option<String>, String, String)> = Vec::new(); // revision, down, slug, file
    for (name, path) in entries(&versions)? {
        if !name.ends_with(".py") {
            continue;
        }
        let text = read(&path)?;
        let value = |key: &str| -> Option<String> {
            text.lines().find_map(|l| {
                let l = l.trim();
                let rest = l.strip_prefix(key)?.trim_start();
                let rest = rest
                    .strip_prefix(':')
                    .map(|r| r.split_once('=').map_or(r, |(_, v)| v))
                    .unwrap_or(rest);
                Some(
                    rest.trim_start()
                        .strip_prefix('=')
                        .unwrap_or(rest)
                        .trim()
                        .to_string(),
                )
            })
        };
        let Some(rev) = value("revision") else {
            continue;
        };
        let rev = rev.trim_matches(['"', '\'']).to_string();
        let down = value("down_revision").unwrap_or_else(|| "None".into());
        if down.starts_with('(') || down.starts_with('[') {
            return Err(invalid(
                &path,
                format!(
                    "revision {rev} merges branches ({down}); Tidegate imports a linear history: import from a checkout before the branches, or squash them"
                ),
            ));
        }
        let down = (down != "None").then(|| down.trim_matches(['"', '\'']).to_string());
        let desc = name
            .trim_end_matches(".py")
            .split_once('_')
            .map_or(name.as_str(), |(_, d)| d)
            .to_string();
        revisions.push((rev, down, desc, format!("{location}/versions/{name}")));
    }
    let heads: Vec<&String> = revisions
        .iter()
        .map(|r| &r.0)
        .filter(|r| !revisions.iter().any(|o| o.1.as_ref() == Some(r)))
        .collect();
    if heads.len() > 1 {
        return Err(invalid(
            &versions,
            format!(
                "has several heads ({}); merge them with `alembic merge` or import one branch",
                heads
                    .iter()
                    .map(|h| h.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    // Walk from the base up.
    let mut ordered = Vec::new();
    let mut parent: Option<String> = None;
    while let Some(next) = revisions.iter().find(|r| r.1 == parent) {
        ordered.push(next.clone());
        parent = Some(next.0.clone());
    }
    if ordered.len() != revisions.len() {
        return Err(invalid(
            &versions,
            "has revisions that do not chain from the base through down_revision; run `alembic history` to find them",
        ));
    }
    let run = |args: &[&str], what: &str| -> Result<String, ImportError> {
        let out = Command::new(program)
            .current_dir(dir)
            .args(["-c", "alembic.ini"])
            .args(args)
            .output()
            .map_err(|source| ImportError::AlembicMissing {
                program: program.into(),
                source,
            })?;
        if !out.status.success() {
            let stderr = String::from_utf8_lossy(&out.stderr);
            return Err(ImportError::AlembicFailed {
                what: what.into(),
                code: out.status.code().unwrap_or(-1),
                stderr: stderr.lines().rev().take(5).collect::<Vec<_>>().join(" / "),
            });
        }
        Ok(alembic_sql(&String::from_utf8_lossy(&out.stdout)))
    };
    let mut out = Vec::new();
    for (i, (rev, down, desc, file)) in ordered.iter().enumerate() {
        let from = down.as_deref().unwrap_or("base");
        let up = run(
            &["upgrade", &format!("{from}:{rev}"), "--sql"],
            &format!("upgrade {from}:{rev}"),
        )?;
        let undo = run(
            &["downgrade", &format!("{rev}:{from}"), "--sql"],
            &format!("downgrade {rev}:{from}"),
        )?;
        out.push(Foreign {
            folder: format!("{:04}_{}_{}", i + 1, slug(rev), slug(desc)),
            version: i as u64 + 1,
            origin_version: rev.clone(),
            file: file.clone(),
            description: desc.replace('_', " "),
            up: if is_empty_sql(&up) {
                "-- alembic generated no SQL for this revision\nSELECT 1;\n".into()
            } else {
                up
            },
            down: Some(undo).filter(|d| !is_empty_sql(d)),
            transactional: true,
        });
    }
    Ok(out)
}

/// Alembic's offline SQL without its own bookkeeping: no `BEGIN`/`COMMIT`
/// and nothing on `alembic_version`.
fn alembic_sql(text: &str) -> String {
    split_statements(text)
        .into_iter()
        .filter(|s| {
            let kw = leading_keyword(s);
            let bookkeeping = kw == "BEGIN" || kw == "COMMIT" || s.contains("alembic_version");
            !bookkeeping && !tidegate_module_format::only_comments(s)
        })
        .map(|s| format!("{s};\n\n"))
        .collect()
}

/// Write the modules into `modules`. A module folder that already exists
/// with the same files is left (a repeated import); one with other files
/// stops the import before anything is written.
pub fn write(
    modules: &Path,
    tool: Tool,
    imported: &[Foreign],
) -> Result<Vec<(PathBuf, bool)>, ImportError> {
    let mut plans = Vec::new();
    let mut conflicts = Vec::new();
    for f in imported {
        let dir = modules.join(&f.folder);
        let mut files: Vec<(&str, String)> = vec![("up.sql", f.up.clone())];
        if let Some(d) = &f.down {
            files.push(("down.sql", d.clone()));
        }
        let origin = Origin {
            tool: tool.name().into(),
            version: f.origin_version.clone(),
            file: Some(f.file.clone()),
        };
        let mut manifest = format!(
            "# Imported from {tool} by `tidegate import`.\ndescription = {}\n",
            toml_string(&f.description)
        );
        if !f.transactional {
            manifest.push_str("transactional = false\n");
        }
        // `[origin]` as `tidegate baseline` reads it back.
        let origin = toml::to_string(&origin).expect("an origin is plain strings");
        manifest.push_str(&format!(
            "\n# What this migration may touch: list its tables, and the host checks every\n# statement against them.\n# [capabilities]\n# tables = []\n\n[origin]\n{origin}"
        ));
        files.push((MANIFEST, manifest));
        let same = dir.is_dir()
            && files.iter().all(|(name, text)| {
                std::fs::read_to_string(dir.join(name)).is_ok_and(|t| &t == text)
            });
        if dir.exists() && !same {
            conflicts.push(dir.display().to_string());
        }
        plans.push((dir, files, same));
    }
    if !conflicts.is_empty() {
        return Err(ImportError::Conflicts(conflicts));
    }
    let mut written = Vec::new();
    for (dir, files, same) in plans {
        if !same {
            std::fs::create_dir_all(&dir).map_err(|source| ImportError::Write {
                path: dir.clone(),
                source,
            })?;
            for (name, text) in files {
                let path = dir.join(name);
                std::fs::write(&path, text)
                    .map_err(|source| ImportError::Write { path, source })?;
            }
        }
        written.push((dir, !same));
    }
    Ok(written)
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    #[test]
    fn each_tools_layout_keeps_versions_order_and_names() {
        let sqlx = folder(&[
            (
                "20240101000000_create_users.up.sql",
                "CREATE TABLE users (id int);",
            ),
            ("20240101000000_create_users.down.sql", "DROP TABLE users;"),
            (
                "20240102000000_index_users.sql",
                "-- no-transaction\nCREATE INDEX CONCURRENTLY users_id ON users (id);",
            ),
        ]);
        let got = read_folder(Tool::Sqlx, sqlx.path(), "alembic").unwrap();
        assert_eq!(
            got.iter()
                .map(|f| (
                    f.folder.as_str(),
                    f.version,
                    f.transactional,
                    f.down.is_some()
                ))
                .collect::<Vec<_>>(),
            vec![
                ("20240101000000_create_users", 20240101000000, true, true),
                ("20240102000000_index_users", 20240102000000, false, false),
            ]
        );

        let diesel = folder(&[
            (
                "2024-01-01-000000_create_posts/up.sql",
                "CREATE TABLE posts ();",
            ),
            (
                "2024-01-01-000000_create_posts/down.sql",
                "DROP TABLE posts;",
            ),
        ]);
        let got = read_folder(Tool::Diesel, diesel.path(), "alembic").unwrap();
        assert_eq!(
            (got[0].folder.as_str(), got[0].origin_version.as_str()),
            ("20240101000000_create_posts", "20240101000000")
        );

        let dbmate = folder(&[(
            "20240101000000_add_orders.sql",
            "-- migrate:up transaction:false\nCREATE TABLE orders ();\n\n-- migrate:down\nDROP TABLE orders;\n",
        )]);
        let got = read_folder(Tool::Dbmate, dbmate.path(), "alembic").unwrap();
        assert_eq!(got[0].up.trim(), "CREATE TABLE orders ();");
        assert_eq!(
            got[0].down.as_deref().map(str::trim),
            Some("DROP TABLE orders;")
        );
        assert!(!got[0].transactional);

        let golang = folder(&[
            (
                "000001_init.up.sql",
                "BEGIN;\nCREATE TABLE t ();\nCOMMIT;\n",
            ),
            ("000001_init.down.sql", "DROP TABLE t;"),
        ]);
        let got = read_folder(Tool::GolangMigrate, golang.path(), "alembic").unwrap();
        assert_eq!(
            (got[0].folder.as_str(), got[0].version, got[0].up.trim()),
            ("000001_init", 1, "CREATE TABLE t ();")
        );

        let flyway = folder(&[
            ("V1__init.sql", "CREATE TABLE a ();"),
            ("V1_1__more.sql", "CREATE TABLE b ();"),
            ("U1_1__more.sql", "DROP TABLE b;"),
            ("V2__last.sql", "CREATE TABLE c ();"),
        ]);
        let got = read_folder(Tool::Flyway, flyway.path(), "alembic").unwrap();
        assert_eq!(
            got.iter()
                .map(|f| (f.folder.as_str(), f.version, f.origin_version.as_str()))
                .collect::<Vec<_>>(),
            vec![
                ("0001_v1_init", 1, "1"),
                ("0002_v1_1_more", 2, "1.1"),
                ("0003_v2_last", 3, "2"),
            ]
        );
        assert!(got[1].down.is_some());
    }

    #[test]
    fn refuses_what_it_cannot_keep() {
        let flyway = folder(&[
            ("V1__init.sql", "SELECT 1;"),
            ("R__views.sql", "CREATE VIEW v AS SELECT 1;"),
        ]);
        assert!(
            read_folder(Tool::Flyway, flyway.path(), "alembic")
                .unwrap_err()
                .to_string()
                .contains("repeatable")
        );
        let empty = folder(&[("README.md", "x")]);
        assert!(matches!(
            read_folder(Tool::Sqlx, empty.path(), "alembic"),
            Err(ImportError::Empty(..))
        ));
        let orphan = folder(&[("1_x.down.sql", "DROP TABLE x;")]);
        assert!(
            read_folder(Tool::GolangMigrate, orphan.path(), "alembic")
                .unwrap_err()
                .to_string()
                .contains("no up migration")
        );
    }

    #[test]
    fn writes_nothing_over_other_contents() {
        let src = folder(&[("1_a.up.sql", "CREATE TABLE a ();")]);
        let modules = tempfile::tempdir().unwrap();
        let got = read_folder(Tool::GolangMigrate, src.path(), "alembic").unwrap();
        assert!(write(modules.path(), Tool::GolangMigrate, &got).unwrap()[0].1);
        assert!(
            !write(modules.path(), Tool::GolangMigrate, &got).unwrap()[0].1,
            "a repeated import changes nothing"
        );
        std::fs::write(modules.path().join("1_a/up.sql"), "edited").unwrap();
        assert!(matches!(
            write(modules.path(), Tool::GolangMigrate, &got),
            Err(ImportError::Conflicts(_))
        ));
        assert_eq!(
            std::fs::read_to_string(modules.path().join("1_a/up.sql")).unwrap(),
            "edited"
        );
    }
}
