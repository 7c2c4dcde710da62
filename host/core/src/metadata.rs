//! A migration's metadata, as the host sees and checks it.

use serde::{Deserialize, Serialize};

/// An engine a migration may touch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EngineKind {
    Postgres,
    Mongodb,
    Elasticsearch,
}

impl std::fmt::Display for EngineKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            EngineKind::Postgres => "postgres",
            EngineKind::Mongodb => "mongodb",
            EngineKind::Elasticsearch => "elasticsearch",
        })
    }
}

/// The engines of a report, shown as `postgres + mongodb`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Engines(pub Vec<EngineKind>);

impl std::fmt::Display for Engines {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.is_empty() {
            return f.write_str("no engine");
        }
        let names: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&names.join(" + "))
    }
}

/// Why a module's metadata was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MetadataError {
    #[error(
        "id `{0}` is invalid: use 1 to 128 letters, digits, `_`, `-` or `.`, e.g. `0001_create_users`"
    )]
    BadId(String),
    #[error("description is over 1000 bytes; keep it to one line")]
    LongDescription,
    #[error("declares no engines; list the engines it touches in its metadata")]
    NoEngines,
    #[error("declares engine {0} more than once")]
    DuplicateEngine(EngineKind),
    #[error("declares engine {0}, which this host does not run yet")]
    UnsupportedEngine(EngineKind),
    #[error(
        "is transactional but declares {0}, whose changes cannot roll back; set `transactional(false)` and make the migration idempotent (the SDK helpers are)"
    )]
    NotTransactional(EngineKind),
}

/// What a migration declares about itself.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Metadata {
    pub id: String,
    pub version: u64,
    pub description: String,
    pub engines: Vec<EngineKind>,
    pub reversible: bool,
    pub transactional: bool,
}

/// Engines this build of the host can run.
pub const SUPPORTED_ENGINES: &[EngineKind] = &[
    EngineKind::Postgres,
    EngineKind::Mongodb,
    EngineKind::Elasticsearch,
];

impl Metadata {
    pub fn validate(&self) -> Result<(), MetadataError> {
        let id_ok = !self.id.is_empty()
            && self.id.len() <= 128
            && self
                .id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
        if !id_ok {
            return Err(MetadataError::BadId(self.id.chars().take(140).collect()));
        }
        if self.description.len() > 1000 {
            return Err(MetadataError::LongDescription);
        }
        if self.engines.is_empty() {
            return Err(MetadataError::NoEngines);
        }
        for (i, e) in self.engines.iter().enumerate() {
            if self.engines[..i].contains(e) {
                return Err(MetadataError::DuplicateEngine(*e));
            }
            if !SUPPORTED_ENGINES.contains(e) {
                return Err(MetadataError::UnsupportedEngine(*e));
            }
            if self.transactional && *e != EngineKind::Postgres {
                return Err(MetadataError::NotTransactional(*e));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(id: &str) -> Metadata {
        Metadata {
            id: id.into(),
            version: 1,
            description: "d".into(),
            engines: vec![EngineKind::Postgres],
            reversible: false,
            transactional: true,
        }
    }

    #[test]
    fn validates_ids_and_engines() {
        assert!(meta("0001_create_users").validate().is_ok());
        assert!(matches!(meta("").validate(), Err(MetadataError::BadId(_))));
        assert!(matches!(
            meta("drop table;").validate(),
            Err(MetadataError::BadId(_))
        ));
        let mut m = meta("x");
        m.engines.push(EngineKind::Postgres);
        assert_eq!(
            m.validate(),
            Err(MetadataError::DuplicateEngine(EngineKind::Postgres))
        );
        m.engines = vec![];
        assert_eq!(m.validate(), Err(MetadataError::NoEngines));
        m.engines = vec![EngineKind::Postgres, EngineKind::Mongodb];
        assert_eq!(
            m.validate(),
            Err(MetadataError::NotTransactional(EngineKind::Mongodb))
        );
        m.transactional = false;
        assert_eq!(m.validate(), Ok(()));
    }
}
