use crate::bindings::tidegate::migration::types as wit;

/// An engine a migration touches.
pub use wit::Engine;

/// What a migration declares about itself. Build it with [`Metadata::new`]
/// and the chained setters.
#[derive(Debug, Clone)]
pub struct Metadata {
    /// Unique id, e.g. `0001_create_users`.
    pub id: String,
    /// Ordering key: migrations apply in ascending version.
    pub version: u64,
    /// One line for humans.
    pub description: String,
    /// Engines this migration may call. Defaults to PostgreSQL only.
    pub engines: Vec<Engine>,
    /// Whether `down` undoes `up`. Defaults to false.
    pub reversible: bool,
    /// Whether the migration runs in one transaction with its history row.
    /// Defaults to true.
    pub transactional: bool,
}

impl Metadata {
    /// A transactional, irreversible PostgreSQL migration.
    pub fn new(id: impl Into<String>, version: u64, description: impl Into<String>) -> Self {
        Metadata {
            id: id.into(),
            version,
            description: description.into(),
            engines: vec![Engine::Postgres],
            reversible: false,
            transactional: true,
        }
    }

    /// Set the engines this migration touches.
    pub fn engines(mut self, engines: impl IntoIterator<Item = Engine>) -> Self {
        self.engines = engines.into_iter().collect();
        self
    }

    /// Declare that `down` undoes `up`.
    pub fn reversible(mut self, reversible: bool) -> Self {
        self.reversible = reversible;
        self
    }

    /// Declare whether the migration can run inside one transaction.
    pub fn transactional(mut self, transactional: bool) -> Self {
        self.transactional = transactional;
        self
    }

    pub(crate) fn into_wit(self) -> wit::Metadata {
        wit::Metadata {
            id: self.id,
            version: self.version,
            description: self.description,
            engines: self.engines,
            reversible: self.reversible,
            transactional: self.transactional,
        }
    }
}

/// The outcome of one invariant, returned from [`crate::Migration::check`].
#[derive(Debug, Clone)]
pub struct Check {
    /// Short name, e.g. `users.email is unique`.
    pub name: String,
    /// Whether the invariant holds.
    pub passed: bool,
    /// What was found, or what to do when it failed.
    pub detail: String,
}

impl Check {
    /// A check that passed or failed according to `passed`.
    pub fn new(name: impl Into<String>, passed: bool, detail: impl Into<String>) -> Self {
        Check {
            name: name.into(),
            passed,
            detail: detail.into(),
        }
    }

    pub(crate) fn into_wit(self) -> wit::CheckResult {
        wit::CheckResult {
            name: self.name,
            passed: self.passed,
            detail: self.detail,
        }
    }
}
