use crate::bindings::tidegate::migration::types as wit;

/// The result type of every migration step.
pub type Result<T, E = Error> = core::result::Result<T, E>;

/// An error reported by the database.
pub use wit::DatabaseError;

/// Why a host call failed. Converts into [`Error`] with `?`.
pub use wit::HostError;

/// Why a migration step failed. The host shows it to the user, so say what
/// went wrong and what to do next.
#[derive(Debug, Clone)]
pub enum Error {
    /// A host call failed.
    Host(HostError),
    /// The schema or data is in a state the migration cannot handle.
    Precondition(String),
    /// `down` on a migration that cannot be reverted.
    Irreversible(String),
    /// Anything else.
    Other(String),
}

impl Error {
    /// A failed precondition, e.g. `Error::precondition("users.email has duplicates; dedupe them first")`.
    pub fn precondition(message: impl Into<String>) -> Self {
        Error::Precondition(message.into())
    }

    /// Any other failure.
    pub fn other(message: impl Into<String>) -> Self {
        Error::Other(message.into())
    }

    /// The SQLSTATE (or other engine code) when the database refused a request.
    pub fn database_code(&self) -> Option<&str> {
        match self {
            Error::Host(HostError::Database(e)) => Some(&e.code),
            _ => None,
        }
    }

    pub(crate) fn into_wit(self) -> wit::MigrationError {
        match self {
            Error::Host(e) => wit::MigrationError::Host(e),
            Error::Precondition(m) => wit::MigrationError::Precondition(m),
            Error::Irreversible(m) => wit::MigrationError::Irreversible(m),
            Error::Other(m) => wit::MigrationError::Other(m),
        }
    }
}

impl From<HostError> for Error {
    fn from(e: HostError) -> Self {
        Error::Host(e)
    }
}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Error::Host(e) => core::fmt::Display::fmt(e, f),
            Error::Precondition(m) => write!(f, "precondition failed: {m}"),
            Error::Irreversible(m) => write!(f, "irreversible: {m}"),
            Error::Other(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Error {}
