//! `tidegate plan --fill-capabilities`: write `[capabilities]` into the
//! module.toml of each SQL module that declares none, from the relations
//! its dry run was observed to touch. The user reviews the diff and
//! rebuilds; nothing is written for a module the plan did not run, or that
//! also reaches MongoDB or Elasticsearch (whose names are not observed).

use std::collections::BTreeSet;
use std::path::PathBuf;

use crate::metadata::EngineKind;
use crate::report::{Outcome, RunReport};
use anyhow::Context;
use tidegate_runtime::project::Project;

/// What `--fill-capabilities` did.
#[derive(Debug, Default)]
pub struct Filled {
    /// Module file written, and the tables it now declares.
    pub written: Vec<(PathBuf, Vec<String>)>,
    /// Migration id, and why it was left alone.
    pub skipped: Vec<(String, String)>,
}

/// The tables a migration's statements were observed to touch: each
/// object, or the table it belongs to; `public.` left off.
pub fn observed_tables(run: &crate::report::MigrationRun) -> Vec<String> {
    let mut tables = BTreeSet::new();
    for s in &run.statements {
        for t in &s.observed {
            let name = t.owner.as_deref().unwrap_or(&t.object);
            let name = name.strip_prefix("public.").unwrap_or(name);
            if !name.starts_with("pg_temp") {
                tables.insert(name.to_string());
            }
        }
    }
    tables.into_iter().collect()
}

pub fn fill(project: &Project, report: &RunReport) -> anyhow::Result<Filled> {
    let mut filled = Filled::default();
    for run in &report.migrations {
        let Some(m) = project.get(&run.id) else {
            continue;
        };
        if m.capabilities().is_some() {
            continue;
        }
        let skip = |why: &str| (run.id.clone(), why.to_string());
        if run.outcome != Outcome::Ok {
            filled.skipped.push(skip("its dry run did not complete"));
            continue;
        }
        if m.meta.engines.iter().any(|e| *e != EngineKind::Postgres) {
            filled.skipped.push(skip(
                "it also reaches MongoDB or Elasticsearch, whose collections and indices are not observed; declare them by hand",
            ));
            continue;
        }
        let manifest = project
            .config
            .root_dir()
            .join(&m.locked.module)
            .join("module.toml");
        if !manifest.is_file() {
            filled.skipped.push(skip(
                "it is a Rust module: add `[package.metadata.tidegate.capabilities] tables = [...]` to its Cargo.toml",
            ));
            continue;
        }
        let tables = observed_tables(run);
        let text = std::fs::read_to_string(&manifest)
            .with_context(|| format!("reading {}", manifest.display()))?;
        let mut doc: toml_edit::DocumentMut = text
            .parse()
            .with_context(|| format!("{} is not valid TOML", manifest.display()))?;
        let mut caps = toml_edit::Table::new();
        caps.insert(
            "tables",
            toml_edit::value(toml_edit::Array::from_iter(tables.iter())),
        );
        doc.insert("capabilities", toml_edit::Item::Table(caps));
        std::fs::write(&manifest, doc.to_string())
            .with_context(|| format!("writing {}", manifest.display()))?;
        filled.written.push((manifest, tables));
    }
    Ok(filled)
}
