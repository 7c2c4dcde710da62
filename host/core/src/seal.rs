//! This machine's key, kept in the cache folder, and MACs under it: how the
//! host trusts a file it wrote itself and no other. Precompiled artifacts
//! (native code), the parsed copy of `tidegate.lock` and the source index
//! are each written with a MAC and read back only when it matches; whoever
//! can write those folders but not read the key cannot make the host load
//! code, digests or stamps of theirs.

use std::io::Write;
use std::path::Path;

use hmac::{KeyInit, Mac};

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

/// The key's file name in the cache folder.
pub const KEY_FILE: &str = "host.key";

/// A MAC's length in bytes.
pub const TAG_LEN: usize = 32;

/// This machine's key.
#[derive(Clone)]
pub struct Seal {
    key: [u8; 32],
}

impl Seal {
    /// The key in `dir` (the cache folder), made on first use, readable by
    /// this user only.
    pub fn open(dir: &Path) -> std::io::Result<Seal> {
        std::fs::create_dir_all(dir)?;
        Ok(Seal {
            key: load_or_create_key(&dir.join(KEY_FILE))?,
        })
    }

    /// The MAC of `parts`, concatenated: every part but the last must have
    /// a fixed length (a digest, a tag), so that no two lists of parts give
    /// the same bytes.
    pub fn tag(&self, parts: &[&[u8]]) -> [u8; TAG_LEN] {
        self.mac(parts).finalize().into_bytes().into()
    }

    /// Whether `tag` is the MAC of `parts`, compared in constant time.
    pub fn verify(&self, parts: &[&[u8]], tag: &[u8]) -> bool {
        self.mac(parts).verify_slice(tag).is_ok()
    }

    fn mac(&self, parts: &[&[u8]]) -> HmacSha256 {
        let mut mac = HmacSha256::new_from_slice(&self.key).expect("hmac takes any key length");
        for part in parts {
            mac.update(part);
        }
        mac
    }

    /// Write `body` to `path` atomically, behind its MAC over `header`
    /// (fixed-length parts that say what the body was made from) and the
    /// body.
    pub fn write(&self, path: &Path, header: &[&[u8]], body: &[u8]) -> std::io::Result<()> {
        let mut parts = header.to_vec();
        parts.push(body);
        write_atomic(path, &[&self.tag(&parts), body])
    }

    /// The body of a file [`Seal::write`] wrote with the same `header`;
    /// `None` when it is missing, or was written from anything else, by
    /// another key, or changed since.
    pub fn read(&self, path: &Path, header: &[&[u8]]) -> Option<Vec<u8>> {
        let mut bytes = std::fs::read(path).ok()?;
        if bytes.len() < TAG_LEN {
            return None;
        }
        let body = bytes.split_off(TAG_LEN);
        let mut parts = header.to_vec();
        parts.push(&body);
        self.verify(&parts, &bytes).then_some(body)
    }
}

/// Write `parts`, one after the other, to `path` atomically: to a name of
/// this process's own first, so that two writers never interleave, then
/// renamed over `path` (whoever renames last wins).
pub fn write_atomic(path: &Path, parts: &[&[u8]]) -> std::io::Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let written = std::fs::File::create(&tmp)
        .and_then(|mut file| parts.iter().try_for_each(|part| file.write_all(part)))
        .and_then(|()| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

fn load_or_create_key(path: &Path) -> std::io::Result<[u8; 32]> {
    if let Ok(bytes) = std::fs::read(path)
        && let Ok(key) = <[u8; 32]>::try_from(bytes.as_slice())
    {
        return Ok(key);
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
    <[u8; 32]>::try_from(bytes.as_slice())
        .map_err(|_| std::io::Error::other("cache key file is corrupt"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_file_reads_back_only_under_its_key_and_header() {
        let dir = tempfile::tempdir().unwrap();
        let seal = Seal::open(&dir.path().join("cache")).unwrap();
        let path = dir.path().join("copy");
        seal.write(&path, &[b"made from A"], b"body").unwrap();
        assert_eq!(
            seal.read(&path, &[b"made from A"]).as_deref(),
            Some(&b"body"[..])
        );
        assert_eq!(seal.read(&path, &[b"made from B"]), None, "another header");

        let mut bytes = std::fs::read(&path).unwrap();
        *bytes.last_mut().unwrap() ^= 1;
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(seal.read(&path, &[b"made from A"]), None, "a changed body");

        let other = Seal::open(&dir.path().join("other")).unwrap();
        other.write(&path, &[b"made from A"], b"body").unwrap();
        assert_eq!(seal.read(&path, &[b"made from A"]), None, "another key");
        assert_eq!(
            Seal::open(&dir.path().join("cache")).unwrap().tag(&[b"x"]),
            seal.tag(&[b"x"]),
            "the key is kept"
        );
        std::fs::write(&path, b"short").unwrap();
        assert_eq!(
            seal.read(&path, &[b"made from A"]),
            None,
            "shorter than a tag"
        );
    }
}
