//! Exit classes, and the error every engine returns through the engine
//! traits.
//!
//! Each crate has one error type that keeps its sources. Each of them says
//! which [`ExitClass`] it belongs to ([`Classify`]); the command line maps
//! the first classified error in a chain to its exit code, in one place.
//!
//! An engine's own code (a PostgreSQL SQLSTATE, a MongoDB error code, an
//! HTTP status and Elasticsearch error type) is data on [`EngineError`],
//! not text to parse: see [`EngineError::code`].

use std::fmt;

use crate::metadata::EngineKind;

/// What kind of failure ended a command; each has a documented exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExitClass {
    /// 1: a migration, dry run or check failed, or lint found what
    /// `--fail-on` names.
    Failed,
    /// 2: bad flags or configuration.
    Usage,
    /// 3: a component or its sources did not verify.
    Verify,
    /// 4: a failed, interrupted or modified migration needs `tidegate resolve`.
    Blocked,
    /// 5: another run holds the migration lock, or this run lost it.
    Locked,
    /// 6: a database or search engine could not be reached.
    Unreachable,
}

impl ExitClass {
    /// Every class, in exit-code order.
    pub const ALL: [ExitClass; 6] = [
        ExitClass::Failed,
        ExitClass::Usage,
        ExitClass::Verify,
        ExitClass::Blocked,
        ExitClass::Locked,
        ExitClass::Unreachable,
    ];

    /// The process exit code.
    pub const fn code(self) -> u8 {
        match self {
            ExitClass::Failed => 1,
            ExitClass::Usage => 2,
            ExitClass::Verify => 3,
            ExitClass::Blocked => 4,
            ExitClass::Locked => 5,
            ExitClass::Unreachable => 6,
        }
    }

    /// What the code means, for `--help` and the README.
    pub fn meaning(self) -> &'static str {
        match self {
            ExitClass::Failed => {
                "a migration, dry run or check failed, or lint found what --fail-on names"
            }
            ExitClass::Usage => "bad flags or configuration",
            ExitClass::Verify => {
                "verification failed (lock, digest, imports, API version, signature)"
            }
            ExitClass::Blocked => {
                "blocked: a failed, interrupted or modified migration needs `tidegate resolve`"
            }
            ExitClass::Locked => "another run holds the migration lock, or this run lost it",
            ExitClass::Unreachable => "a database or search engine could not be reached",
        }
    }
}

/// An error and its sources on one line, `outer: inner: innermost`, as
/// reports show a failure.
pub fn describe(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = s.source();
    }
    out
}

/// An error that knows its exit class.
pub trait Classify {
    fn class(&self) -> ExitClass;
}

/// The code an engine's server gave for a failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerCode {
    /// PostgreSQL's five-character SQLSTATE, e.g. `42P01`.
    Sqlstate(String),
    /// A MongoDB error code and its name, e.g. `13 Unauthorized`.
    Mongo { code: i32, name: String },
    /// An HTTP status and, from an Elasticsearch error body, its type.
    Http { status: u16, kind: Option<String> },
}

impl fmt::Display for ServerCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServerCode::Sqlstate(s) => write!(f, "SQLSTATE {s}"),
            ServerCode::Mongo { code, name } if name.is_empty() => write!(f, "code {code}"),
            ServerCode::Mongo { code, name } => write!(f, "code {code} {name}"),
            ServerCode::Http {
                status,
                kind: Some(kind),
            } => write!(f, "HTTP {status} {kind}"),
            ServerCode::Http { status, kind: None } => write!(f, "HTTP {status}"),
        }
    }
}

/// What went wrong, as far as the engine-agnostic executor cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Missing or invalid configuration: exit 2.
    Config,
    /// The server could not be reached: exit 6.
    Unreachable,
    /// Another run holds the migration lock: exit 5.
    Busy,
    /// This run lost its migration lock: exit 5.
    LockLost,
    /// The server refused the credentials, or the user lacks a
    /// privilege the work needs: exit 2 (fix the user's grants or the
    /// configured credentials).
    Denied,
    /// The server refused or failed a request: exit 1.
    Server,
}

impl ErrorKind {
    pub fn class(self) -> ExitClass {
        match self {
            ErrorKind::Config | ErrorKind::Denied => ExitClass::Usage,
            ErrorKind::Unreachable => ExitClass::Unreachable,
            ErrorKind::Busy | ErrorKind::LockLost => ExitClass::Locked,
            ErrorKind::Server => ExitClass::Failed,
        }
    }
}

type Source = Box<dyn std::error::Error + Send + Sync + 'static>;

/// The error of every engine operation outside guest calls. It wraps the
/// engine crate's own error (reachable with [`EngineError::downcast_ref`]),
/// and displays as it, with its sources.
pub struct EngineError {
    engine: EngineKind,
    kind: ErrorKind,
    code: Option<ServerCode>,
    inner: Source,
}

impl EngineError {
    /// `inner`: the engine crate's own error, carrying its sources.
    pub fn new(
        engine: EngineKind,
        kind: ErrorKind,
        code: Option<ServerCode>,
        inner: impl Into<Source>,
    ) -> Self {
        EngineError {
            engine,
            kind,
            code,
            inner: inner.into(),
        }
    }

    pub fn engine(&self) -> EngineKind {
        self.engine
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The server's own code for the failure, when it gave one.
    pub fn code(&self) -> Option<&ServerCode> {
        self.code.as_ref()
    }

    /// The engine crate's error, e.g. `PgError`.
    pub fn downcast_ref<E: std::error::Error + 'static>(&self) -> Option<&E> {
        self.inner.downcast_ref::<E>()
    }
}

impl Classify for EngineError {
    fn class(&self) -> ExitClass {
        self.kind.class()
    }
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.inner, f)
    }
}

impl fmt::Debug for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EngineError")
            .field("engine", &self.engine)
            .field("kind", &self.kind)
            .field("code", &self.code)
            .field("inner", &self.inner)
            .finish()
    }
}

/// Transparent: the chain goes on with the wrapped error's own sources.
impl std::error::Error for EngineError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner.source()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("reading the history failed")]
    struct Inner(#[source] std::io::Error);

    #[test]
    fn wraps_transparently_and_keeps_code_and_class() {
        let e = EngineError::new(
            EngineKind::Postgres,
            ErrorKind::Server,
            Some(ServerCode::Sqlstate("42P01".into())),
            Inner(std::io::Error::other("relation does not exist")),
        );
        assert_eq!(e.to_string(), "reading the history failed");
        assert_eq!(
            describe(&e),
            "reading the history failed: relation does not exist"
        );
        assert_eq!(
            std::error::Error::source(&e)
                .map(ToString::to_string)
                .as_deref(),
            Some("relation does not exist")
        );
        assert_eq!(e.code(), Some(&ServerCode::Sqlstate("42P01".into())));
        assert_eq!(e.class(), ExitClass::Failed);
        assert!(e.downcast_ref::<Inner>().is_some());
        let codes: Vec<u8> = ExitClass::ALL.iter().map(|c| c.code()).collect();
        assert_eq!(codes, [1, 2, 3, 4, 5, 6]);
    }
}
