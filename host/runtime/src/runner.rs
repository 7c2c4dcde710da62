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

/// Whether `bytes` are this host's runner followed by nothing but custom
/// sections: then they share the runner's compiled code, and what runs is
/// exactly the runner. Anything else appended (a section that could add
/// code, imports or exports) makes them an ordinary component, compiled
/// and validated on its own.
pub(crate) fn is_runner(bytes: &[u8]) -> bool {
    bytes.len() > RUNNER.len() && bytes.starts_with(RUNNER) && only_custom_sections(&bytes[RUNNER.len()..])
}

/// Whether `rest` is a sequence of whole custom sections.
fn only_custom_sections(rest: &[u8]) -> bool {
    let mut reader = wasmparser::BinaryReader::new(rest, 0);
    while !reader.eof() {
        let whole = reader.read_u8().is_ok_and(|id| id == 0)
            && reader.read_var_u32().is_ok_and(|size| reader.read_bytes(size as usize).is_ok());
        if !whole {
            return false;
        }
    }
    true
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_custom_sections_after_the_runner_share_its_code() {
        let doc = tidegate_module_format::Document {
            format: tidegate_module_format::FORMAT,
            id: "0001_x".into(),
            version: 1,
            description: "x".into(),
            transactional: true,
            up: tidegate_module_format::Steps { postgres: Some("SELECT 1".into()), ..Default::default() },
            down: None,
            checks: Vec::new(),
            mongodb_checks: Vec::new(),
            elasticsearch_checks: Vec::new(),
        };
        let caps = Capabilities { tables: vec!["x".into()], ..Default::default() };
        let embedded = embed(&doc, Some(&caps));
        assert!(is_runner(&embedded));
        assert!(!is_runner(RUNNER), "the runner alone carries no document");
        let mut extra = embedded.clone();
        extra.extend_from_slice(&[7, 1, 0]); // an export section after the runner
        assert!(!is_runner(&extra));
        let mut truncated = embedded.clone();
        truncated.truncate(embedded.len() - 1);
        assert!(!is_runner(&truncated));
    }
}
