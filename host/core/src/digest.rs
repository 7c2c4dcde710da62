//! Content digests: `sha256:<hex>` over component bytes and module sources.

use std::fmt;
use std::path::Path;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest as _, Sha256};

/// Errors reading or parsing digests.
#[derive(Debug, thiserror::Error)]
pub enum DigestError {
    #[error(
        "digest `{0}` is not of the form sha256:<64 hex digits>; regenerate it with `tidegate build`"
    )]
    Malformed(String),
    #[error("cannot read {path} to digest it")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// A sha-256 digest, written `sha256:<hex>`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Digest(pub [u8; 32]);

/// A prefix many digested byte strings share (the runner every SQL module
/// embeds), with the hash state after it, for [`Digest::of_with`].
pub struct KnownPrefix {
    prefix: &'static [u8],
    state: Sha256,
}

impl KnownPrefix {
    pub fn new(prefix: &'static [u8]) -> Self {
        KnownPrefix {
            prefix,
            state: Sha256::new_with_prefix(prefix),
        }
    }
}

/// The only algorithm Tidegate writes; recorded in history rows.
pub const ALGORITHM: &str = "sha256";

impl Digest {
    pub fn of(bytes: &[u8]) -> Self {
        Digest(Sha256::digest(bytes).into())
    }

    /// The digest of `bytes` that begin with the prefix `known` was made
    /// from: the prefix is not hashed again. Any other bytes are hashed
    /// whole. The result is exactly [`Digest::of`]'s.
    pub fn of_with(bytes: &[u8], known: &KnownPrefix) -> Self {
        match bytes.strip_prefix(known.prefix) {
            Some(rest) => {
                let mut hasher = known.state.clone();
                hasher.update(rest);
                Digest(hasher.finalize().into())
            }
            None => Digest::of(bytes),
        }
    }

    pub fn hex(&self) -> String {
        hex::encode(self.0)
    }

    /// The first 12 hex digits, for tables.
    pub fn short(&self) -> String {
        self.hex()[..12].to_string()
    }

    /// Digest of a module's sources: every file below `dir` except build
    /// output, in path order, each framed by its relative path and length so
    /// that moving bytes between files changes the digest.
    pub fn of_source_dir(dir: &Path) -> Result<Self, DigestError> {
        Self::of_source_files(dir, &source_tree(dir)?.0)
    }

    /// [`Digest::of_source_dir`] of the files [`source_tree`] listed.
    pub(crate) fn of_source_files(dir: &Path, files: &[String]) -> Result<Self, DigestError> {
        let mut hasher = Sha256::new();
        for rel in files {
            let path = dir.join(rel);
            let bytes = std::fs::read(&path).map_err(|source| DigestError::Io {
                path: path.display().to_string(),
                source,
            })?;
            let rel = rel.replace('\\', "/");
            hasher.update((rel.len() as u64).to_le_bytes());
            hasher.update(rel.as_bytes());
            hasher.update((bytes.len() as u64).to_le_bytes());
            hasher.update(&bytes);
        }
        Ok(Digest(hasher.finalize().into()))
    }
}

/// The files a module's source digest covers, relative to `dir`, in path
/// order: every regular file except build output and dot files; and the
/// folders walked to find them, relative to `dir` (`""` for `dir` itself).
pub(crate) fn source_tree(dir: &Path) -> Result<(Vec<String>, Vec<String>), DigestError> {
    let (mut files, mut dirs) = (Vec::new(), vec![String::new()]);
    collect_files(dir, dir, &mut files, &mut dirs)?;
    files.sort();
    Ok((files, dirs))
}

fn collect_files(
    root: &Path,
    dir: &Path,
    out: &mut Vec<String>,
    dirs: &mut Vec<String>,
) -> Result<(), DigestError> {
    let io = |source| DigestError::Io {
        path: dir.display().to_string(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name == "target" || name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type().map_err(io)?;
        let rel = || {
            path.strip_prefix(root)
                .expect("walked below root")
                .to_string_lossy()
                .into_owned()
        };
        if kind.is_dir() {
            dirs.push(rel());
            collect_files(root, &path, out, dirs)?;
        } else if kind.is_file() {
            out.push(rel());
        }
    }
    Ok(())
}

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{ALGORITHM}:{}", self.hex())
    }
}

impl fmt::Debug for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl FromStr for Digest {
    type Err = DigestError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let malformed = || DigestError::Malformed(s.chars().take(80).collect());
        let hex = s.strip_prefix("sha256:").ok_or_else(malformed)?;
        let mut bytes = [0u8; 32];
        hex::decode_to_slice(hex, &mut bytes).map_err(|_| malformed())?;
        Ok(Digest(bytes))
    }
}

impl Serialize for Digest {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Digest {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        /// Parses the text where it lies, without a copy.
        struct Text;
        impl serde::de::Visitor<'_> for Text {
            type Value = Digest;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a digest, sha256:<64 hex digits>")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Digest, E> {
                s.parse().map_err(E::custom)
            }
        }
        d.deserialize_str(Text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_garbage() {
        let known = KnownPrefix::new(
            b"a prefix of seventy bytes or so, longer than one sha-256 block of 64",
        );
        for bytes in [
            &b"a prefix of seventy bytes or so, longer than one sha-256 block of 64 and more"[..],
            b"a prefix",
            b"",
        ] {
            assert_eq!(Digest::of_with(bytes, &known), Digest::of(bytes));
        }
        let d = Digest::of(b"tidegate");
        assert_eq!(d.to_string().parse::<Digest>().unwrap(), d);
        assert!("md5:abcd".parse::<Digest>().is_err());
        assert!("sha256:zz".parse::<Digest>().is_err());
        assert!("sha256:abcd".parse::<Digest>().is_err());
    }

    #[test]
    fn source_digest_sees_edits_and_ignores_target() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("src")).unwrap();
        std::fs::write(dir.path().join("src/lib.rs"), "fn a() {}").unwrap();
        let before = Digest::of_source_dir(dir.path()).unwrap();
        std::fs::create_dir_all(dir.path().join("target")).unwrap();
        std::fs::write(dir.path().join("target/x"), "noise").unwrap();
        assert_eq!(Digest::of_source_dir(dir.path()).unwrap(), before);
        std::fs::write(dir.path().join("src/lib.rs"), "fn b() {}").unwrap();
        assert_ne!(Digest::of_source_dir(dir.path()).unwrap(), before);
    }
}
