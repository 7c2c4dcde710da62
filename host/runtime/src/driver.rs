//! How an engine crate plugs into the host, as Spin's factors do: one crate
//! per engine, each linking its own WIT interfaces (in every API version
//! that has them) into the sandbox and opening its targets. The command
//! line lists the drivers it is built with; nothing else names an engine.

use std::any::Any;
use std::sync::Arc;

use async_trait::async_trait;
use tidegate_core::config::EngineConfig;
use tidegate_core::engine::Engine;
use tidegate_core::error::EngineError;
use tidegate_core::lint::Rule;
use tidegate_core::metadata::EngineKind;
use wasmtime::component::Linker;

use crate::state::HostState;

/// One engine this host can run.
#[async_trait]
pub trait Driver: Send + Sync + 'static {
    fn kind(&self) -> EngineKind;

    /// Help for `--<engine>-url`.
    fn url_help(&self) -> &'static str;

    /// Link the engine's interfaces, in every API version that has them,
    /// each through the engine's own view of the store.
    fn link(&self, linker: &mut Linker<HostState>) -> wasmtime::Result<()>;

    /// Check the engine's configuration section, without connecting.
    fn check_config(&self, config: &EngineConfig) -> Result<(), EngineError>;

    /// The configured target. Connections are made when first needed.
    async fn open(&self, config: &EngineConfig) -> Result<Arc<dyn Engine>, EngineError>;

    /// The lint rules it applies.
    fn rules(&self) -> &'static [Rule];

    /// What `tidegate new --engine <kind>` writes for a module `name`.
    fn scaffold(&self, name: &str) -> Scaffold;

    /// Start the official image (testcontainers) for `tidegate test`.
    async fn container(&self) -> Result<Container, EngineError>;
}

/// The engine's part of a new module: the parts of its `src/lib.rs` and its
/// capability declaration.
#[derive(Debug, Clone)]
pub struct Scaffold {
    /// `use` lines.
    pub imports: String,
    /// Builder calls after `Metadata::new(...)`.
    pub metadata: String,
    pub up: String,
    pub down: String,
    pub check: String,
    /// The line under `[package.metadata.tidegate.capabilities]`.
    pub capability: String,
    /// The same change as a SQL or JSON module (`tidegate new --sql`,
    /// `--mongodb-json`, `--es-json`): file name and text of its up, down
    /// and check files. The capability goes into its `module.toml`.
    pub files: Vec<(&'static str, String)>,
}

/// A running container: its URL, and the handle that stops it when
/// dropped.
pub struct Container {
    pub url: String,
    pub handle: Box<dyn Any + Send>,
}
