//! `tidegate baseline --from <tool>`: which imported modules another
//! tool's history says are applied.

use tidegate_core::error::{Classify, ExitClass};
use tidegate_core::foreign::{ForeignHistory, Tool};
use tidegate_runtime::declarative::Origin;

/// Why a baseline was refused. Nothing is recorded then.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("{tool}'s history is not clean, so Tidegate cannot take over from it: {reason}")]
    Dirty { tool: Tool, reason: String },
    #[error(
        "no module was imported from {0}; run `tidegate import --from {0} DIR` and `tidegate build` first"
    )]
    NothingImported(Tool),
    #[error(
        "{tool}'s history table {table} is empty: nothing was applied with {tool}, so `tidegate apply` can run every migration instead"
    )]
    Empty { tool: Tool, table: String },
    #[error(
        "{tool} applied version {version}, which no imported module carries; import again from {tool}'s current migrations folder"
    )]
    Unknown { tool: Tool, version: String },
    #[error(
        "module {id} ({tool} version {version}) sorts before {tool}'s head, but {tool} never applied it; apply it with {tool} first, or remove it, then baseline again"
    )]
    Gap {
        tool: Tool,
        id: String,
        version: String,
    },
}

impl Classify for BaselineError {
    fn class(&self) -> ExitClass {
        match self {
            BaselineError::NothingImported(_)
            | BaselineError::Empty { .. }
            | BaselineError::Unknown { .. } => ExitClass::Usage,
            BaselineError::Dirty { .. } | BaselineError::Gap { .. } => ExitClass::Blocked,
        }
    }
}

/// One imported module: its id, Tidegate version and origin.
pub struct Imported {
    pub id: String,
    pub version: u64,
    pub origin: Origin,
}

/// Versions compare as numbers when both are (`000001` is `1`).
fn same_version(a: &str, b: &str) -> bool {
    match (a.parse::<u64>(), b.parse::<u64>()) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

/// The ids to record as applied, in order: the imported modules up to the
/// tool's head. Refuses a dirty history, several heads, and histories the
/// imported modules do not match.
pub fn select(
    history: &ForeignHistory,
    modules: &[Imported],
) -> Result<Vec<String>, BaselineError> {
    let tool = history.tool;
    if let Some(reason) = &history.dirty {
        return Err(BaselineError::Dirty {
            tool,
            reason: reason.clone(),
        });
    }
    let mut imported: Vec<&Imported> = modules
        .iter()
        .filter(|m| m.origin.tool == tool.name())
        .collect();
    imported.sort_by_key(|m| m.version);
    if imported.is_empty() {
        return Err(BaselineError::NothingImported(tool));
    }
    let Some(head) = history.heads.first() else {
        return Err(BaselineError::Empty {
            tool,
            table: history.table.clone(),
        });
    };
    // golang-migrate and Alembic keep only where they stand: everything up
    // to it is applied.
    let applied: Vec<&String> = match tool {
        Tool::GolangMigrate | Tool::Alembic => {
            let at = imported
                .iter()
                .position(|m| same_version(&m.origin.version, head))
                .ok_or_else(|| BaselineError::Unknown {
                    tool,
                    version: head.clone(),
                })?;
            imported[..=at].iter().map(|m| &m.origin.version).collect()
        }
        _ => history.applied.iter().collect(),
    };
    for v in &applied {
        if !imported.iter().any(|m| same_version(&m.origin.version, v)) {
            return Err(BaselineError::Unknown {
                tool,
                version: (*v).clone(),
            });
        }
    }
    let is_applied = |m: &Imported| applied.iter().any(|v| same_version(&m.origin.version, v));
    let last = imported
        .iter()
        .rposition(|m| is_applied(m))
        .expect("every applied version matched a module");
    if let Some(gap) = imported[..last].iter().find(|m| !is_applied(m)) {
        return Err(BaselineError::Gap {
            tool,
            id: gap.id.clone(),
            version: gap.origin.version.clone(),
        });
    }
    Ok(imported[..=last].iter().map(|m| m.id.clone()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use tidegate_core::digest::Digest;

    fn history(tool: Tool, applied: &[&str], dirty: Option<&str>) -> ForeignHistory {
        let applied: Vec<String> = applied.iter().map(|s| s.to_string()).collect();
        ForeignHistory {
            tool,
            table: tool.table().into(),
            heads: applied.last().cloned().into_iter().collect(),
            applied,
            dirty: dirty.map(Into::into),
            rows: Digest::of(b""),
        }
    }

    fn modules(tool: Tool, versions: &[&str]) -> Vec<Imported> {
        versions
            .iter()
            .enumerate()
            .map(|(i, v)| Imported {
                id: format!("{v}_m"),
                version: i as u64 + 1,
                origin: Origin {
                    tool: tool.name().into(),
                    version: v.to_string(),
                    file: None,
                },
            })
            .collect()
    }

    #[test]
    fn selects_the_imported_modules_up_to_the_head() {
        let ms = modules(Tool::Sqlx, &["1", "2", "3"]);
        assert_eq!(
            select(&history(Tool::Sqlx, &["1", "2"], None), &ms).unwrap(),
            vec!["1_m", "2_m"]
        );
        let ms = modules(Tool::GolangMigrate, &["000001", "000002", "000003"]);
        assert_eq!(
            select(&history(Tool::GolangMigrate, &["2"], None), &ms).unwrap(),
            vec!["000001_m", "000002_m"]
        );
    }

    #[test]
    fn refuses_what_it_cannot_take_over() {
        let ms = modules(Tool::Sqlx, &["1", "2", "3"]);
        let dirty = select(&history(Tool::Sqlx, &["1"], Some("failed")), &ms).unwrap_err();
        assert_eq!(dirty.class(), ExitClass::Blocked);
        let gap = select(&history(Tool::Sqlx, &["1", "3"], None), &ms).unwrap_err();
        assert!(
            matches!(gap, BaselineError::Gap { ref id, .. } if id == "2_m"),
            "{gap}"
        );
        assert!(matches!(
            select(&history(Tool::Sqlx, &["9"], None), &ms),
            Err(BaselineError::Unknown { .. })
        ));
        assert!(matches!(
            select(&history(Tool::Dbmate, &["1"], None), &ms),
            Err(BaselineError::NothingImported(_))
        ));
        assert!(matches!(
            select(&history(Tool::Sqlx, &[], None), &ms),
            Err(BaselineError::Empty { .. })
        ));
    }
}
