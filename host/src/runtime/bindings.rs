//! Host bindings, one module per supported WIT API version.
//!
//! A released API version is frozen: its WIT folder never changes and its
//! bindings stay here as long as the host supports it. A new version gets
//! a new folder under `wit/` and a new module below, the way Zed keeps
//! `since_v0_1_0`, `since_v0_2_0`, ....

/// `tidegate:migration@0.1.0`.
pub mod v0_1_0 {
    wasmtime::component::bindgen!({
        path: "../wit/migration@0.1.0",
        world: "migration-module",
        imports: { default: async },
        exports: { default: async },
    });

    pub use self::exports::tidegate::migration::migration as guest;
    pub use self::tidegate::migration::{log, postgres, types};
}

/// API versions this host runs, newest first.
pub const SUPPORTED_API_VERSIONS: &[&str] = &["0.1.0"];
