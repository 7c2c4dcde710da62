//! Phased (zero-downtime) migrations: the model every engine implements.
//!
//! A phased migration declares operations instead of a script
//! (`phases.toml` in its module folder, one list per engine). `apply` runs
//! its **start** (expand: the new shape appears beside the old one and a
//! backfill fills it) and leaves it **in flight**, while the previous and
//! the new application version both work. `tidegate complete` runs the
//! contract phase; `tidegate rollback` undoes the start.
//!
//! Each engine reads its own operations ([`crate::engine::Session::phase`])
//! and the executor drives the phases without asking which engine it has.
//! Every phase converges when run again after a kill: the history row says
//! which phase was under way, and the engine keeps how far its backfill got.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::capabilities::Capabilities;
use crate::error::EngineError;
use crate::journal::Statement;
use crate::metadata::EngineKind;

/// The file of a module folder that makes it phased.
pub const FILE: &str = "phases.toml";

/// The custom section `tidegate build` embeds the operations in, as JSON;
/// the component's digest and signatures cover it.
pub const SECTION: &str = "tidegate-phases";

/// One phase of a phased migration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    /// Expand: add the new shape beside the old one and backfill it.
    Start,
    /// Contract: remove the old shape; the new one is all there is.
    Complete,
    /// Undo the start: the schema is exactly as before it.
    Rollback,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Start => "start",
            Phase::Complete => "complete",
            Phase::Rollback => "rollback",
        }
    }
}

impl std::fmt::Display for Phase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A phased migration's operations, per engine, as that engine reads them
/// (each engine crate parses and checks its own list).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Phases(pub BTreeMap<EngineKind, Vec<serde_json::Value>>);

impl Phases {
    /// Read `phases.toml`: a list of tables per engine, each naming its
    /// operation with `op`, e.g.
    ///
    /// ```toml
    /// [[postgres]]
    /// op = "change_type"
    /// table = "users"
    /// column = "age"
    /// type = "bigint"
    /// up = "age::bigint"
    /// down = "age::integer"
    /// ```
    pub fn from_toml(text: &str) -> Result<Phases, String> {
        let doc: toml::Table =
            toml::from_str(text).map_err(|e| format!("{FILE}: {}", e.message()))?;
        let mut out = BTreeMap::new();
        for (key, value) in doc {
            let kind: EngineKind = serde_json::from_value(serde_json::Value::String(key.clone()))
                .map_err(|_| {
                    format!(
                        "{FILE}: `{key}` is not an engine; the lists are `[[postgres]]`, `[[mongodb]]` and `[[elasticsearch]]`"
                    )
                })?;
            let toml::Value::Array(items) = value else {
                return Err(format!(
                    "{FILE}: `{key}` must be a list of operations, written `[[{key}]]`"
                ));
            };
            if items.is_empty() {
                return Err(format!("{FILE}: `[[{key}]]` lists no operation"));
            }
            let ops = items
                .into_iter()
                .map(|item| serde_json::to_value(item).map_err(|e| format!("{FILE}: {e}")))
                .collect::<Result<Vec<_>, _>>()?;
            for (i, op) in ops.iter().enumerate() {
                if op.get("op").and_then(|o| o.as_str()).is_none() {
                    return Err(format!(
                        "{FILE}: operation {} of `[[{key}]]` names no `op`; e.g. `op = \"add_column\"`",
                        i + 1
                    ));
                }
            }
            out.insert(kind, ops);
        }
        if out.is_empty() {
            return Err(format!(
                "{FILE} lists no operation; add `[[postgres]]`, `[[mongodb]]` or `[[elasticsearch]]` tables"
            ));
        }
        Ok(Phases(out))
    }

    pub fn engines(&self) -> Vec<EngineKind> {
        self.0.keys().copied().collect()
    }

    /// The operations of `kind`; none when it has none.
    pub fn of(&self, kind: EngineKind) -> &[serde_json::Value] {
        self.0.get(&kind).map_or(&[], Vec::as_slice)
    }

    pub fn encode(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("operations serialise")
    }

    pub fn decode(bytes: &[u8]) -> Result<Phases, String> {
        serde_json::from_slice(bytes).map_err(|e| {
            format!("a malformed `{SECTION}` section ({e}); rebuild with `tidegate build`")
        })
    }
}

/// One phase of one migration on one engine.
pub struct PhaseRun<'a> {
    pub id: &'a str,
    pub phase: Phase,
    /// This engine's operations.
    pub ops: &'a [serde_json::Value],
    /// What the module declares it touches; every operation's object must
    /// be inside it.
    pub declared: Option<&'a Capabilities>,
}

/// How far one backfill got: the rows (documents) that existed when the
/// migration started, filled so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Backfill {
    /// The table, collection or index.
    pub object: String,
    pub done: u64,
    /// The estimate at start; rows written since are the engine's to keep
    /// in step (triggers, dual writes), not the backfill's.
    pub total: u64,
    pub finished: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<DateTime<Utc>>,
    /// Rows per second over the run that reported it, when it moved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<f64>,
}

impl Backfill {
    /// `1,234 of 5,000 rows (24%)`.
    pub fn describe(&self) -> String {
        let pct = (self.done.min(self.total) * 100)
            .checked_div(self.total)
            .unwrap_or(100);
        let state = if self.finished { ", done" } else { "" };
        format!(
            "{}: {} of {} ({pct}%){state}",
            self.object,
            crate::journal::human_count(self.done),
            crate::journal::human_count(self.total)
        )
    }
}

/// What one phase did on one engine.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PhaseOutcome {
    pub statements: Vec<Statement>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub backfills: Vec<Backfill>,
}

/// What the executor gives an engine running a phase: the migration lock's
/// fence, to call before each change that stays, and a place to report
/// progress.
#[async_trait::async_trait]
pub trait PhaseControl: Send {
    /// Confirm that this run still holds every migration lock; an error of
    /// kind [`crate::error::ErrorKind::LockLost`] stops the phase.
    async fn fence(&mut self) -> Result<(), EngineError>;

    /// A backfill moved.
    fn progress(&mut self, backfill: &Backfill);
}

/// A [`PhaseControl`] with no lock and no progress: a dry run.
pub struct Unfenced;

#[async_trait::async_trait]
impl PhaseControl for Unfenced {
    async fn fence(&mut self) -> Result<(), EngineError> {
        Ok(())
    }
    fn progress(&mut self, _: &Backfill) {}
}

/// The error an engine answers for operations it does not offer.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct PhaseError(pub String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_lists_per_engine_and_refuses_what_is_not_one() {
        let p = Phases::from_toml(
            "[[postgres]]\nop = \"rename_column\"\ntable = \"t\"\nfrom = \"a\"\nto = \"b\"\n\n[[mongodb]]\nop = \"validator_change\"\ncollection = \"c\"\n",
        )
        .unwrap();
        assert_eq!(p.engines(), vec![EngineKind::Postgres, EngineKind::Mongodb]);
        assert_eq!(p.of(EngineKind::Postgres)[0]["to"], "b");
        assert_eq!(Phases::decode(&p.encode()).unwrap(), p);
        assert!(
            Phases::from_toml("[[mysql]]\nop = \"x\"\n")
                .unwrap_err()
                .contains("not an engine")
        );
        assert!(
            Phases::from_toml("[[postgres]]\ntable = \"t\"\n")
                .unwrap_err()
                .contains("names no `op`")
        );
        assert!(
            Phases::from_toml("")
                .unwrap_err()
                .contains("lists no operation")
        );
    }

    #[test]
    fn describes_a_backfill() {
        let b = Backfill {
            object: "users".into(),
            done: 250,
            total: 1000,
            finished: false,
            updated_at: None,
            rate: None,
        };
        assert_eq!(b.describe(), "users: 250 of 1000 (25%)");
    }
}
