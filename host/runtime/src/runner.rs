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
use tidegate_core::metadata::{EngineKind, Metadata};
use tidegate_module_format::{Document, Engine, SECTION};
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
pub fn embed(
    doc: &Document,
    caps: Option<&Capabilities>,
    idempotent: bool,
    phases: Option<&tidegate_core::phased::Phases>,
) -> Vec<u8> {
    let text = doc.to_bytes();
    let mut bytes = Vec::with_capacity(RUNNER.len() + text.len() + 256);
    bytes.extend_from_slice(RUNNER);
    capabilities::append_custom_section(&mut bytes, SECTION, &text);
    if let Some(caps) = caps {
        capabilities::append_section(&mut bytes, caps);
    }
    if idempotent {
        capabilities::append_custom_section(&mut bytes, capabilities::IDEMPOTENT_SECTION, &[]);
    }
    if let Some(phases) = phases {
        capabilities::append_custom_section(
            &mut bytes,
            tidegate_core::phased::SECTION,
            &phases.encode(),
        );
    }
    bytes
}

/// Whether `bytes` are this host's runner followed by nothing but custom
/// sections: then they share the runner's compiled code, and what runs is
/// exactly the runner. Anything else appended (a section that could add
/// code, imports or exports) makes them an ordinary component, compiled
/// and validated on its own.
pub(crate) fn is_runner(bytes: &[u8]) -> bool {
    bytes.len() > RUNNER.len()
        && bytes.starts_with(RUNNER)
        && crate::inspect::custom_sections(&bytes[RUNNER.len()..]).is_ok()
}

/// What the runner's `get-metadata` answers for the module document
/// `source` (`guest-sdk/runner`: the document's id, version and
/// description, the engines of `up` and `down`, reversible when it has a
/// `down`, transactional as declared); `None` when the document is
/// unreadable, which the runner refuses itself.
pub(crate) fn metadata(source: &[u8]) -> Option<Metadata> {
    let doc = Document::from_bytes(source).ok()?;
    let engines = doc
        .engines()
        .into_iter()
        .map(|e| match e {
            Engine::Postgres => EngineKind::Postgres,
            Engine::Mongodb => EngineKind::Mongodb,
            Engine::Elasticsearch => EngineKind::Elasticsearch,
        })
        .collect();
    let reversible = doc.down.is_some();
    Some(Metadata {
        id: doc.id,
        version: doc.version,
        description: doc.description,
        engines,
        reversible,
        transactional: doc.transactional,
    })
}

/// Link `tidegate:module/source`: each call answers the calling module's
/// embedded document.
pub(crate) fn link(linker: &mut Linker<HostState>) -> wasmtime::Result<()> {
    for version in SOURCE_VERSIONS {
        linker
            .root()
            .instance(&format!("{SOURCE_INTERFACE}@{version}"))?
            .func_wrap(
                "get",
                |store: wasmtime::StoreContextMut<'_, HostState>, (): ()| {
                    Ok((store.data().call.source().to_vec(),))
                },
            )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Documents of every shape the runner answers for.
    fn documents() -> Vec<Document> {
        use tidegate_module_format::{FORMAT, Steps};
        let sql = |s: &str| Steps {
            postgres: Some(s.into()),
            ..Default::default()
        };
        let doc = |id: &str, version, transactional, up: Steps, down: Option<Steps>| Document {
            format: FORMAT,
            id: id.into(),
            version,
            description: format!("{id}: a description"),
            transactional,
            up,
            down,
            checks: Vec::new(),
            mongodb_checks: Vec::new(),
            elasticsearch_checks: Vec::new(),
        };
        vec![
            doc(
                "0001_t",
                1,
                true,
                sql("CREATE TABLE t ()"),
                Some(sql("DROP TABLE t")),
            ),
            doc(
                "0002_u",
                2,
                false,
                sql("CREATE INDEX CONCURRENTLY u ON t (x)"),
                None,
            ),
            doc(
                "0003_m",
                3,
                false,
                Steps {
                    mongodb: Some(Vec::new()),
                    ..Default::default()
                },
                None,
            ),
            doc(
                "0004_both",
                4,
                false,
                Steps {
                    elasticsearch: Some(Vec::new()),
                    ..Default::default()
                },
                Some(Steps {
                    postgres: Some("SELECT 1".into()),
                    mongodb: Some(Vec::new()),
                    ..Default::default()
                }),
            ),
            doc(
                "0005_v",
                u64::MAX,
                true,
                Steps::default(),
                Some(Steps::default()),
            ),
        ]
    }

    /// Metadata read from a SQL or JSON module's document is what the
    /// runner answers when asked; a document the host cannot read is left
    /// to the runner, which refuses it the same way as before.
    #[tokio::test]
    async fn the_runner_answers_what_its_document_says() {
        let runtime = crate::Runtime::new(Default::default(), None, Vec::new());
        for doc in documents() {
            let module = runtime
                .load(&doc.id, &embed(&doc, None, false, None))
                .unwrap();
            let asked = runtime
                .guest_metadata(&module)
                .await
                .map_err(|e| e.to_string());
            assert_eq!(
                runtime.metadata(&module).await.map_err(|e| e.to_string()),
                asked,
                "{}",
                doc.id
            );
        }
        let mut unreadable = RUNNER.to_vec();
        capabilities::append_custom_section(&mut unreadable, SECTION, b"{\"format\": 999}");
        let module = runtime.load("0006_bad", &unreadable).unwrap();
        assert_eq!(metadata(module.inspection.source.as_deref().unwrap()), None);
        let refused = runtime.metadata(&module).await.unwrap_err().to_string();
        assert_eq!(
            refused,
            runtime
                .guest_metadata(&module)
                .await
                .unwrap_err()
                .to_string()
        );
    }

    #[test]
    fn only_custom_sections_after_the_runner_share_its_code() {
        let doc = tidegate_module_format::Document {
            format: tidegate_module_format::FORMAT,
            id: "0001_x".into(),
            version: 1,
            description: "x".into(),
            transactional: true,
            up: tidegate_module_format::Steps {
                postgres: Some("SELECT 1".into()),
                ..Default::default()
            },
            down: None,
            checks: Vec::new(),
            mongodb_checks: Vec::new(),
            elasticsearch_checks: Vec::new(),
        };
        let caps = Capabilities {
            tables: vec!["x".into()],
            ..Default::default()
        };
        let embedded = embed(&doc, Some(&caps), false, None);
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
        assert_eq!(
            crate::inspect::with_custom_sections(&base, &embedded[RUNNER.len()..]),
            Ok(full)
        );
        let mut twice = embedded.clone();
        capabilities::append_custom_section(&mut twice, SECTION, &doc.to_bytes());
        assert!(is_runner(&twice));
        assert_eq!(
            crate::inspect::with_custom_sections(&base, &twice[RUNNER.len()..]),
            Err(crate::InspectError::DuplicateSource)
        );
        assert_eq!(
            crate::inspect_validated(&twice).map(drop),
            Err(crate::InspectError::DuplicateSource)
        );

        // `idempotent = true` in module.toml rides in the component.
        assert!(!base.idempotent && !crate::inspect_validated(&embedded).unwrap().idempotent);
        let idempotent = embed(&doc, Some(&caps), true, None);
        assert!(crate::inspect_validated(&idempotent).unwrap().idempotent);
        assert!(
            crate::inspect::with_custom_sections(&base, &idempotent[RUNNER.len()..])
                .unwrap()
                .idempotent
        );
    }
}
