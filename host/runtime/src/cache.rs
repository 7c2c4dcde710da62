//! Precompiled components, keyed by component digest and the engine's
//! compatibility hash.
//!
//! Deserializing a precompiled artifact runs native code it contains, so an
//! artifact is only loaded when it carries a MAC made with this cache's own
//! key: only artifacts this host compiled itself are ever deserialized. A
//! tampered or foreign artifact is discarded and recompiled.

use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};

use hmac::{KeyInit, Mac};
use wasmtime::component::Component;
use wasmtime::Engine;

use tidegate_core::digest::Digest;

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

pub(crate) struct ArtifactCache {
    dir: PathBuf,
    key: [u8; 32],
    compat: String,
}

impl ArtifactCache {
    pub(crate) fn open(dir: PathBuf, engine: &Engine) -> std::io::Result<Self> {
        std::fs::create_dir_all(&dir)?;
        let key = load_or_create_key(&dir.join("host.key"))?;
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        engine.precompile_compatibility_hash().hash(&mut hasher);
        env!("CARGO_PKG_VERSION").hash(&mut hasher);
        Ok(ArtifactCache { dir, key, compat: format!("{:016x}", hasher.finish()) })
    }

    fn paths(&self, digest: &Digest) -> (PathBuf, PathBuf) {
        let base = format!("{}-{}", digest.hex(), self.compat);
        (self.dir.join(format!("{base}.cwasm")), self.dir.join(format!("{base}.mac")))
    }

    fn mac(&self, digest: &Digest, artifact: &[u8]) -> Vec<u8> {
        let mut mac = HmacSha256::new_from_slice(&self.key).expect("hmac takes any key length");
        mac.update(&digest.0);
        mac.update(self.compat.as_bytes());
        mac.update(artifact);
        mac.finalize().into_bytes().to_vec()
    }

    pub(crate) fn get(&self, engine: &Engine, digest: &Digest) -> Option<Component> {
        let (art, mac_path) = self.paths(digest);
        let artifact = std::fs::read(&art).ok()?;
        let stored = std::fs::read(&mac_path).ok().and_then(|m| hex::decode(m.trim_ascii()).ok());
        let expected = self.mac(digest, &artifact);
        if stored.as_deref() != Some(expected.as_slice()) {
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
                tracing::warn!("precompiled artifact {} is unusable ({e}); recompiling", art.display());
                None
            }
        }
    }

    pub(crate) fn put(&self, digest: &Digest, component: &Component) -> std::io::Result<()> {
        let artifact = component.serialize().map_err(std::io::Error::other)?;
        let (art, mac_path) = self.paths(digest);
        write_atomic(&art, &artifact)?;
        write_atomic(&mac_path, hex::encode(self.mac(digest, &artifact)).as_bytes())
    }
}

fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(tmp, path)
}

fn load_or_create_key(path: &Path) -> std::io::Result<[u8; 32]> {
    if let Ok(bytes) = std::fs::read(path) {
        if let Ok(key) = <[u8; 32]>::try_from(bytes.as_slice()) {
            return Ok(key);
        }
    }
    let mut key = [0u8; 32];
    getrandom::fill(&mut key).map_err(|e| std::io::Error::other(e.to_string()))?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    options.open(&tmp)?.write_all(&key)?;
    std::fs::rename(&tmp, path)?;
    // Another process may have raced us; whoever renamed last wins, and
    // both read the winner back.
    let bytes = std::fs::read(path)?;
    <[u8; 32]>::try_from(bytes.as_slice()).map_err(|_| std::io::Error::other("cache key file is corrupt"))
}
