//! Host bindings, one module per supported WIT API version.
//!
//! A released API version is frozen: its WIT folder never changes and its
//! bindings stay here as long as the host supports it. A new version gets
//! a new folder under `wit/` and a new module below, the way Zed keeps
//! `since_v0_1_0`, `since_v0_2_0`, ....
//!
//! The host implements the newest version ([`latest`]). Older versions are
//! served by converting their values to the newest types and back, so each
//! host function exists once. The conversions live here; each engine crate
//! implements its own interfaces (all versions) on its view of the store.

/// `tidegate:migration@0.2.0`: adds MongoDB and Elasticsearch.
pub mod v0_2_0 {
    wasmtime::component::bindgen!({
        path: "../../wit/migration@0.2.0",
        world: "migration-module",
        imports: { default: async },
        exports: { default: async },
    });

    pub use self::exports::tidegate::migration::migration as guest;
    pub use self::tidegate::migration::{elasticsearch, log, mongodb, postgres, types};
}

/// `tidegate:migration@0.1.0`: PostgreSQL only.
pub mod v0_1_0 {
    wasmtime::component::bindgen!({
        path: "../../wit/migration@0.1.0",
        world: "migration-module",
        imports: { default: async },
        exports: { default: async },
    });

    pub use self::exports::tidegate::migration::migration as guest;
    pub use self::tidegate::migration::{log, postgres, types};
}

/// The version the host implements directly.
pub use v0_2_0 as latest;

/// API versions this host runs, newest first.
pub const SUPPORTED_API_VERSIONS: &[&str] = &["0.2.0", "0.1.0"];

/// Tidegate interfaces a component of `version` may import.
pub fn interfaces(version: &str) -> &'static [&'static str] {
    match version {
        "0.1.0" => &["types", "postgres", "log"],
        _ => &["types", "postgres", "mongodb", "elasticsearch", "log"],
    }
}

/// `From` both ways between two generated enums or variants with the same
/// cases: the same WIT type in two API versions.
macro_rules! mirror {
    ($a:ty, $b:ty, { $($unit:ident),* $(,)? } { $($case:ident),* $(,)? }) => {
        mirror!(@one $a, $b, { $($unit),* } { $($case),* });
        mirror!(@one $b, $a, { $($unit),* } { $($case),* });
    };
    (@one $from:ty, $to:ty, { $($unit:ident),* } { $($case:ident),* }) => {
        impl From<$from> for $to {
            fn from(v: $from) -> $to {
                type F = $from;
                match v {
                    $(F::$unit => <$to>::$unit,)*
                    $(F::$case(x) => <$to>::$case(x.into()),)*
                }
            }
        }
    };
}

/// `From` both ways between two generated records with the same fields.
macro_rules! mirror_record {
    ($a:ty, $b:ty, { $($field:ident),* $(,)? }) => {
        impl From<$a> for $b {
            fn from(v: $a) -> $b {
                type T = $b;
                T { $($field: v.$field.into()),* }
            }
        }
        impl From<$b> for $a {
            fn from(v: $b) -> $a {
                type T = $a;
                T { $($field: v.$field.into()),* }
            }
        }
    };
}

/// Convert every element: between two API versions' types.
pub fn list<A: Into<B>, B>(v: Vec<A>) -> Vec<B> {
    v.into_iter().map(Into::into).collect()
}

mod compat_v0_1_0 {
    //! 0.1.0 ⇄ latest.
    use super::{latest as new, list, v0_1_0 as old};

    mirror!(old::types::Engine, new::types::Engine, { Postgres, Mongodb, Elasticsearch } {});
    impl From<old::types::Metadata> for new::types::Metadata {
        fn from(m: old::types::Metadata) -> Self {
            let old::types::Metadata {
                id,
                version,
                description,
                engines,
                reversible,
                transactional,
            } = m;
            new::types::Metadata {
                id,
                version,
                description,
                engines: list(engines),
                reversible,
                transactional,
            }
        }
    }
    mirror_record!(old::types::DatabaseError, new::types::DatabaseError, { code, message, detail, hint });
    mirror!(old::types::HostError, new::types::HostError, {} { Database, NotPermitted, LimitExceeded, Conversion, Unavailable });
    mirror!(old::types::MigrationError, new::types::MigrationError, {} { Host, Precondition, Irreversible, Other });
    mirror_record!(old::types::CheckResult, new::types::CheckResult, { name, passed, detail });
    mirror!(old::postgres::Value, new::postgres::Value, { Null } {
        Boolean, Int16, Int32, Int64, Float32, Float64, Text, Bytea, Json, Uuid, Numeric, Date, Timestamp, Timestamptz
    });
    mirror_record!(old::postgres::Column, new::postgres::Column, { name, type_name });
    impl From<new::postgres::RowSet> for old::postgres::RowSet {
        fn from(r: new::postgres::RowSet) -> Self {
            old::postgres::RowSet {
                columns: list(r.columns),
                rows: r.rows.into_iter().map(list).collect(),
            }
        }
    }
    mirror!(old::log::Level, new::log::Level, { Debug, Info, Warn } {});
}

mod host_v0_1_0 {
    //! The engine-neutral 0.1.0 host functions, by delegation to the
    //! latest ones.
    use super::{latest as new, v0_1_0 as old};
    use crate::state::HostState;

    impl old::types::Host for HostState {}

    impl old::log::Host for HostState {
        async fn log(&mut self, level: old::log::Level, message: String) {
            new::log::Host::log(self, level.into(), message).await
        }
    }
}
