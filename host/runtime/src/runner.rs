//! SQL and JSON modules: the prebuilt runner component and the document
//! `tidegate build` embeds in it.
//!
//! Every SQL or JSON module is the same runner component
//! ([`RUNNER`], built from `guest-sdk/runner` by `cargo xtask runner`)
//! followed by two custom sections: the module document
//! ([`tidegate_module_format::SECTION`]) and the declared capabilities.
//! The component digest, the lock and signatures cover both. The runner
//! reads the document through `tidegate:module/source`, which the host
//! answers from the section, and runs it through the `tidegate:migration`
//! world like a Rust module.
//!
//! Custom sections do not change code, so the host compiles the runner
//! once and instantiates it for every such module: a project of a thousand
//! SQL modules compiles one component.

use tidegate_core::capabilities::{self, Capabilities};
use tidegate_module_format::{Document, SECTION};
use wasmtime::component::Linker;

use crate::state::HostState;

/// The runner component this host ships.
pub const RUNNER: &[u8] = include_bytes!("../runner/tidegate-runner.wasm");

/// The interface the runner reads its document through.
pub const SOURCE_INTERFACE: &str = "tidegate:module/source";

/// Versions of `tidegate:module` this host links.
pub const SOURCE_VERSIONS: &[&str] = &["0.1.0"];

/// The component of a SQL or JSON module: the runner with `doc` and the
/// declared capabilities embedded.
pub fn embed(doc: &Document, caps: Option<&Capabilities>) -> Vec<u8> {
    let text = doc.to_bytes();
    let mut bytes = Vec::with_capacity(RUNNER.len() + text.len() + 256);
    bytes.extend_from_slice(RUNNER);
    capabilities::append_custom_section(&mut bytes, SECTION, &text);
    if let Some(caps) = caps {
        capabilities::append_section(&mut bytes, caps);
    }
    bytes
}

/// Whether `bytes` are this host's runner plus appended custom sections:
/// then they share the runner's compiled code.
pub(crate) fn is_runner(bytes: &[u8]) -> bool {
    bytes.len() > RUNNER.len() && bytes.starts_with(RUNNER)
}

/// Link `tidegate:module/source`: each call answers the calling module's
/// embedded document.
pub(crate) fn link(linker: &mut Linker<HostState>) -> wasmtime::Result<()> {
    for version in SOURCE_VERSIONS {
        linker.root().instance(&format!("{SOURCE_INTERFACE}@{version}"))?.func_wrap(
            "get",
            |store: wasmtime::StoreContextMut<'_, HostState>, (): ()| Ok((store.data().call.source().to_vec(),)),
        )?;
    }
    Ok(())
}
