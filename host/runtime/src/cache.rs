//! Precompiled components, keyed by component digest and the engine's
//! compatibility hash.
//!
//! Deserializing a precompiled artifact runs native code it contains, so an
//! artifact is only loaded when it carries a MAC made with this cache's own
//! key: only artifacts this host compiled itself are ever deserialized. A
//! tampered or foreign artifact is discarded and recompiled.

use std::hash::{Hash, Hasher};
use std::path::PathBuf;

use wasmtime::Engine;
use wasmtime::component::Component;

use tidegate_core::digest::Digest;
use tidegate_core::seal::{Seal, write_atomic};

pub(crate) struct ArtifactCache {
    dir: PathBuf,
    seal: Seal,
    compat: String,
}

impl ArtifactCache {
    /// The artifacts in `dir`, the cache folder `seal`'s key is kept in.
    pub(crate) fn new(dir: PathBuf, seal: Seal, engine: &Engine) -> Self {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        engine.precompile_compatibility_hash().hash(&mut hasher);
        env!("CARGO_PKG_VERSION").hash(&mut hasher);
        ArtifactCache {
            dir,
            seal,
            compat: format!("{:016x}", hasher.finish()),
        }
    }

    fn paths(&self, digest: &Digest) -> (PathBuf, PathBuf) {
        let base = format!("{}-{}", digest.hex(), self.compat);
        (
            self.dir.join(format!("{base}.cwasm")),
            self.dir.join(format!("{base}.mac")),
        )
    }

    /// What an artifact's MAC covers: the component's digest, the
    /// engine's compatibility hash (16 hex digits) and the artifact.
    fn parts<'a>(&'a self, digest: &'a Digest, artifact: &'a [u8]) -> [&'a [u8]; 3] {
        [&digest.0, self.compat.as_bytes(), artifact]
    }

    pub(crate) fn get(&self, engine: &Engine, digest: &Digest) -> Option<Component> {
        let (art, mac_path) = self.paths(digest);
        let artifact = std::fs::read(&art).ok()?;
        let stored = std::fs::read(&mac_path)
            .ok()
            .and_then(|m| hex::decode(m.trim_ascii()).ok());
        if !stored.is_some_and(|tag| self.seal.verify(&self.parts(digest, &artifact), &tag)) {
            tracing::warn!(
                "precompiled artifact {} was not written by this host or was modified; discarding it and recompiling",
                art.display()
            );
            let _ = std::fs::remove_file(&art);
            let _ = std::fs::remove_file(&mac_path);
            return None;
        }
        // SAFETY: the artifact carries a MAC under this cache's private key,
        // which only `put` below produces, from `Component::serialize` of a
        // component this engine compiled.
        match unsafe { Component::deserialize(engine, &artifact) } {
            Ok(c) => Some(c),
            Err(e) => {
                tracing::warn!(
                    "precompiled artifact {} is unusable ({e}); recompiling",
                    art.display()
                );
                None
            }
        }
    }

    pub(crate) fn put(&self, digest: &Digest, component: &Component) -> std::io::Result<()> {
        let artifact = component.serialize().map_err(std::io::Error::other)?;
        let (art, mac_path) = self.paths(digest);
        write_atomic(&art, &[&artifact])?;
        write_atomic(
            &mac_path,
            &[hex::encode(self.seal.tag(&self.parts(digest, &artifact))).as_bytes()],
        )
    }
}
