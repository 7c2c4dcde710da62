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

use std::sync::LazyLock;

use tidegate_core::capabilities::{self, Capabilities};
use tidegate_core::digest::{Digest, KnownPrefix};
use tidegate_module_format::{Document, SECTION};
use wasmtime::component::Linker;

use crate::state::HostState;

/// The runner component this host ships.
pub const RUNNER: &[u8] = include_bytes!("../runner/tidegate-runner.wasm");

/// The digest of a component's bytes. Those of a SQL or JSON module begin
/// with [`RUNNER`], whose hash state is kept: only their documents are
/// hashed, and the digest is the same.
pub fn digest(bytes: &[u8]) -> Digest {
    static RUNNER_HASHED: LazyLock<KnownPrefix> = LazyLock::new(|| KnownPrefix::new(RUNNER));
    Digest::of_with(bytes, &RUNNER_HASHED)
}

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
    bytes.len() > RUNNER.len() && bytes.starts_with(RUNNER) && crate::inspect::custom_sections(&bytes[RUNNER.len()..]).is_ok()
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

        assert_eq!(digest(&embedded), Digest::of(&embedded));
        assert_eq!(digest(RUNNER), Digest::of(RUNNER));
        assert_eq!(digest(&extra[..100]), Digest::of(&extra[..100]));

        // The runner's inspection plus the appended sections is what a full
        // parse of the module finds.
        let base = crate::inspect_validated(RUNNER).unwrap();
        let full = crate::inspect_validated(&embedded).unwrap();
        assert_eq!(full.source.as_deref(), Some(&doc.to_bytes()[..]));
        assert_eq!(full.capabilities.as_ref(), Some(&caps));
        assert_eq!(crate::inspect::with_custom_sections(&base, &embedded[RUNNER.len()..]), Ok(full));
        let mut twice = embedded.clone();
        capabilities::append_custom_section(&mut twice, SECTION, &doc.to_bytes());
        assert!(is_runner(&twice));
        assert_eq!(crate::inspect::with_custom_sections(&base, &twice[RUNNER.len()..]), Err(crate::InspectError::DuplicateSource));
        assert_eq!(crate::inspect_validated(&twice).map(drop), Err(crate::InspectError::DuplicateSource));
    }
}
