//! Write Tidegate migrations in Rust.
//!
//! A migration is a crate of type `cdylib` that implements [`Migration`] and
//! hands its type to [`export!`]. `tidegate build` compiles it to a
//! `wasm32-wasip2` component that the Tidegate host verifies and runs.
//!
//! ```ignore
//! use tidegate_guest::{pg, Engine, Metadata, Migration, Result};
//!
//! struct CreateUsers;
//!
//! impl Migration for CreateUsers {
//!     fn metadata() -> Metadata {
//!         Metadata::new("0001_create_users", 1, "create the users table")
//!             .engines([Engine::Postgres])
//!             .reversible(true)
//!     }
//!
//!     fn up() -> Result<()> {
//!         pg::batch_execute("CREATE TABLE users (id bigint PRIMARY KEY)")
//!     }
//!
//!     fn down() -> Result<()> {
//!         pg::batch_execute("DROP TABLE users")
//!     }
//! }
//!
//! tidegate_guest::export!(CreateUsers);
//! ```
//!
//! The module runs sandboxed: it has no filesystem, network, clock or
//! randomness, only the engines it declares in its [`Metadata`].
#![deny(missing_docs)]

mod error;
pub mod es;
pub mod log;
mod metadata;
pub mod mongo;
pub mod pg;

/// JSON values for MongoDB documents and Elasticsearch bodies:
/// `tidegate_guest::json!({"name": "x"})`.
pub use serde_json::{Value as Json, json};

pub use error::{DatabaseError, Error, HostError, Result};
pub use metadata::{Check, Engine, Metadata};

/// The WIT API version this SDK targets. The host refuses components built
/// against a version it does not support.
pub const API_VERSION: &str = "0.2.0";

/// Generated bindings. Not a stable API: use the items re-exported at the
/// crate root instead.
#[doc(hidden)]
pub mod bindings {
    wit_bindgen::generate!({
        path: "../wit/migration@0.2.0",
        world: "tidegate:migration/migration-module@0.2.0",
        pub_export_macro: true,
        export_macro_name: "__export_migration_module",
        default_bindings_module: "tidegate_guest::bindings",
        generate_all,
    });
}

/// A migration. Implement it on a unit struct and pass that to [`export!`].
pub trait Migration {
    /// Static facts: id, version, description, engines, reversibility and
    /// whether it runs in one transaction. Must not call the host.
    fn metadata() -> Metadata;

    /// Apply the change.
    fn up() -> Result<()>;

    /// Revert the change. The default says the migration is irreversible;
    /// override it together with `Metadata::reversible(true)`.
    fn down() -> Result<()> {
        Err(Error::Irreversible(format!(
            "migration {} has no down step",
            Self::metadata().id
        )))
    }

    /// Invariants that hold once the migration is applied, each reported by
    /// `tidegate health` and `tidegate test`. Read-only.
    fn check() -> Result<Vec<Check>> {
        Ok(Vec::new())
    }
}

/// Bridges a [`Migration`] to the generated export trait. Used by
/// [`export!`]; not meant to be named directly.
#[doc(hidden)]
pub struct Adapter<M>(core::marker::PhantomData<M>);

use bindings::exports::tidegate::migration::migration as wit;

impl<M: Migration> wit::Guest for Adapter<M> {
    fn get_metadata() -> wit::Metadata {
        install_panic_hook();
        M::metadata().into_wit()
    }

    fn up() -> core::result::Result<(), wit::MigrationError> {
        install_panic_hook();
        M::up().map_err(Error::into_wit)
    }

    fn down() -> core::result::Result<(), wit::MigrationError> {
        install_panic_hook();
        M::down().map_err(Error::into_wit)
    }

    fn check() -> core::result::Result<Vec<wit::CheckResult>, wit::MigrationError> {
        install_panic_hook();
        M::check()
            .map(|checks| checks.into_iter().map(Check::into_wit).collect())
            .map_err(Error::into_wit)
    }
}

/// Route panic messages to the host log, so that a panicking migration
/// reports where and why before the host sees the trap.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            log::warn(&format!("migration panicked: {info}"));
        }));
    });
}

/// Declare the migration idempotent: every step is safe to run again, so
/// a run that dies while applying it is retried by the next `apply`
/// (audited `retried after interruption`), and `tidegate test` proves that
/// a second `up` changes nothing. Only for a `.transactional(false)`
/// migration. Call it once, beside [`export!`]:
/// `tidegate_guest::idempotent!();` (the same as `idempotent = true` under
/// `[package.metadata.tidegate]` in the crate's `Cargo.toml`). It is a
/// custom section of the component's code, so the component's digest and
/// signatures cover it.
#[macro_export]
macro_rules! idempotent {
    () => {
        const _: () = {
            #[unsafe(link_section = "tidegate-idempotent")]
            #[used]
            static __TIDEGATE_IDEMPOTENT: [u8; 1] = [1];
        };
    };
}

/// Export a [`Migration`] implementation as the component's entry point.
///
/// Call it once per crate, at the top level:
/// `tidegate_guest::export!(MyMigration);`
#[macro_export]
macro_rules! export {
    ($migration:ty) => {
        const _: () = {
            type __TidegateExport = $crate::Adapter<$migration>;
            $crate::bindings::__export_migration_module!(
                __TidegateExport with_types_in $crate::bindings
            );
        };
    };
}
