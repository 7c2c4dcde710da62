//! Other migration tools, for adopting Tidegate on a live database:
//! `tidegate import` converts their migration folders into SQL modules and
//! `tidegate baseline` reads their history table.

use serde::Serialize;

use crate::digest::Digest;

/// A migration tool Tidegate imports from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tool {
    Sqlx,
    Diesel,
    Dbmate,
    GolangMigrate,
    Flyway,
    Alembic,
}

impl Tool {
    pub const ALL: [Tool; 6] = [
        Tool::Sqlx,
        Tool::Diesel,
        Tool::Dbmate,
        Tool::GolangMigrate,
        Tool::Flyway,
        Tool::Alembic,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Tool::Sqlx => "sqlx",
            Tool::Diesel => "diesel",
            Tool::Dbmate => "dbmate",
            Tool::GolangMigrate => "golang-migrate",
            Tool::Flyway => "flyway",
            Tool::Alembic => "alembic",
        }
    }

    /// The history table the tool keeps, by default.
    pub fn table(self) -> &'static str {
        match self {
            Tool::Sqlx => "_sqlx_migrations",
            Tool::Diesel => "__diesel_schema_migrations",
            Tool::Dbmate | Tool::GolangMigrate => "schema_migrations",
            Tool::Flyway => "flyway_schema_history",
            Tool::Alembic => "alembic_version",
        }
    }
}

impl std::fmt::Display for Tool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Tool {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Tool::ALL
            .into_iter()
            .find(|t| t.name() == s)
            .ok_or_else(|| {
                format!(
                    "unknown tool `{s}`; use one of {}",
                    Tool::ALL.map(Tool::name).join(", ")
                )
            })
    }
}

/// What a tool's history table says, read without writing to it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ForeignHistory {
    pub tool: Tool,
    /// The table read, schema-qualified when not in the search path.
    pub table: String,
    /// Versions (Alembic: revisions) the tool applied, in its order.
    /// golang-migrate keeps only the current version: it is the one entry.
    pub applied: Vec<String>,
    /// The tool's newest applied version; several for Alembic branches.
    pub heads: Vec<String>,
    /// Why the tool's state is not clean (a failed or dirty migration),
    /// when it is not.
    pub dirty: Option<String>,
    /// A digest of the rows as read, for the audit trail.
    pub rows: Digest,
}
