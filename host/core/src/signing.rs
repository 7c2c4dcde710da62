//! Ed25519 signatures over a component's digest and its API version.
//!
//! `tidegate keygen` makes a key pair, `tidegate sign` adds one signature per
//! migration to `tidegate.lock`, and `--require-signature` makes verify,
//! plan and apply refuse a component without a valid signature by a trusted
//! key. Since every command first checks the component's bytes against the
//! digest in the lock, a signature over that digest covers the bytes (and
//! the capabilities section in them).
//!
//! A public key is written `ed25519:<64 hex digits>`; a secret key file holds
//! `tidegate-ed25519-secret:<64 hex digits>`.

use std::path::{Path, PathBuf};

use ed25519_dalek::{Signer as _, SigningKey, Verifier as _, VerifyingKey};
use serde::{Deserialize, Serialize};

use crate::digest::Digest;

const PUBLIC_PREFIX: &str = "ed25519:";
const SECRET_PREFIX: &str = "tidegate-ed25519-secret:";

/// Errors making, reading or checking keys and signatures.
#[derive(Debug, thiserror::Error)]
pub enum SigningError {
    #[error(
        "`{0}` is not a public key: write it as `ed25519:` and 64 hex digits, as `tidegate keygen` prints it"
    )]
    BadPublicKey(String),
    #[error("{0} is not a tidegate secret key; make one with `tidegate keygen`")]
    BadSecretKey(PathBuf),
    #[error("cannot read key {path}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{0} already exists; choose another --out or delete it first (a key is never overwritten)"
    )]
    Exists(PathBuf),
    #[error("cannot write key {path}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot get randomness for a new key: {0}")]
    Random(String),
    #[error(
        "the signature by {key} does not match the component digest and API version; the component or the lock was changed after signing: re-sign it with `tidegate sign`, or rebuild"
    )]
    Invalid { key: String },
}

impl crate::error::Classify for SigningError {
    fn class(&self) -> crate::error::ExitClass {
        match self {
            SigningError::Invalid { .. } => crate::error::ExitClass::Verify,
            _ => crate::error::ExitClass::Usage,
        }
    }
}

/// One signature, as the lock records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// The signer's public key, `ed25519:<hex>`.
    pub key: String,
    /// The signature, hex.
    pub signature: String,
}

/// What is signed: the component digest and the API version it targets.
pub fn message(component: &Digest, api: &str) -> Vec<u8> {
    format!("tidegate-signature-v1\ncomponent {component}\napi {api}\n").into_bytes()
}

pub fn parse_public(text: &str) -> Result<VerifyingKey, SigningError> {
    let bad = || SigningError::BadPublicKey(text.chars().take(80).collect());
    let hex = text.trim().strip_prefix(PUBLIC_PREFIX).ok_or_else(bad)?;
    let bytes: [u8; 32] = hex::decode(hex)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(bad)?;
    VerifyingKey::from_bytes(&bytes).map_err(|_| bad())
}

pub fn format_public(key: &VerifyingKey) -> String {
    format!("{PUBLIC_PREFIX}{}", hex::encode(key.as_bytes()))
}

/// A public key given as itself or as the path of a `.pub` file.
pub fn read_public(arg: &str) -> Result<VerifyingKey, SigningError> {
    if arg.trim().starts_with(PUBLIC_PREFIX) {
        return parse_public(arg);
    }
    let path = PathBuf::from(arg);
    let text =
        std::fs::read_to_string(&path).map_err(|source| SigningError::Read { path, source })?;
    parse_public(&text)
}

pub fn read_secret(path: &Path) -> Result<SigningKey, SigningError> {
    let text = std::fs::read_to_string(path).map_err(|source| SigningError::Read {
        path: path.into(),
        source,
    })?;
    let bytes: [u8; 32] = text
        .trim()
        .strip_prefix(SECRET_PREFIX)
        .and_then(|h| hex::decode(h).ok())
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| SigningError::BadSecretKey(path.into()))?;
    Ok(SigningKey::from_bytes(&bytes))
}

/// Make a key pair: the secret at `path` (mode 0600), the public key at
/// `path.pub`. Returns the public key. Never overwrites.
pub fn generate(path: &Path) -> Result<VerifyingKey, SigningError> {
    let public_path = public_path(path);
    for p in [path, public_path.as_path()] {
        if p.exists() {
            return Err(SigningError::Exists(p.into()));
        }
    }
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| SigningError::Random(e.to_string()))?;
    let key = SigningKey::from_bytes(&seed);
    let write = |p: &Path, text: String, private: bool| -> Result<(), SigningError> {
        use std::io::Write as _;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        if private {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600);
        }
        #[cfg(not(unix))]
        let _ = private;
        let err = |source| SigningError::Write {
            path: p.into(),
            source,
        };
        options
            .open(p)
            .map_err(err)?
            .write_all(text.as_bytes())
            .map_err(err)
    };
    write(
        path,
        format!("{SECRET_PREFIX}{}\n", hex::encode(seed)),
        true,
    )?;
    let public = key.verifying_key();
    write(&public_path, format!("{}\n", format_public(&public)), false)?;
    Ok(public)
}

pub fn public_path(secret: &Path) -> PathBuf {
    let mut name = secret.as_os_str().to_owned();
    name.push(".pub");
    PathBuf::from(name)
}

pub fn sign(key: &SigningKey, component: &Digest, api: &str) -> Signature {
    Signature {
        key: format_public(&key.verifying_key()),
        signature: hex::encode(key.sign(&message(component, api)).to_bytes()),
    }
}

/// Check one signature; returns the signer's key.
pub fn verify(
    sig: &Signature,
    component: &Digest,
    api: &str,
) -> Result<VerifyingKey, SigningError> {
    let key = parse_public(&sig.key)?;
    let invalid = || SigningError::Invalid {
        key: sig.key.clone(),
    };
    let bytes: [u8; 64] = hex::decode(&sig.signature)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(invalid)?;
    key.verify(
        &message(component, api),
        &ed25519_dalek::Signature::from_bytes(&bytes),
    )
    .map_err(|_| invalid())?;
    Ok(key)
}

/// What verification demands of signatures.
#[derive(Debug, Clone, Default)]
pub struct Trust {
    /// Keys whose signature is accepted.
    pub keys: Vec<VerifyingKey>,
    /// Refuse a component without a valid signature by one of `keys`.
    pub require: bool,
}

impl Trust {
    /// Check a lock entry's signatures: every one must be valid, and with
    /// `require` one must be by a trusted key.
    pub fn check(
        &self,
        signatures: &[Signature],
        component: &Digest,
        api: &str,
    ) -> Result<(), String> {
        let mut trusted = false;
        for sig in signatures {
            let key = verify(sig, component, api).map_err(|e| e.to_string())?;
            trusted |= self.keys.contains(&key);
        }
        if self.require && !trusted {
            return Err(if signatures.is_empty() {
                "is not signed, and --require-signature is set; sign it with `tidegate sign --key KEY` and commit the lock".into()
            } else {
                format!(
                    "is signed only by untrusted keys ({}); pass the signer's public key with --trusted-key, or re-sign with a trusted key",
                    signatures
                        .iter()
                        .map(|s| s.key.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_and_verifies_digest_and_api() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k");
        let public = generate(&path).unwrap();
        assert!(matches!(generate(&path), Err(SigningError::Exists(_))));
        let secret = read_secret(&path).unwrap();
        assert_eq!(
            read_public(public_path(&path).to_str().unwrap()).unwrap(),
            public
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            assert_eq!(
                std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }

        let d = Digest::of(b"component");
        let sig = sign(&secret, &d, "0.2.0");
        assert_eq!(verify(&sig, &d, "0.2.0").unwrap(), public);
        assert!(matches!(
            verify(&sig, &Digest::of(b"other"), "0.2.0"),
            Err(SigningError::Invalid { .. })
        ));
        assert!(matches!(
            verify(&sig, &d, "0.1.0"),
            Err(SigningError::Invalid { .. })
        ));

        let trust = Trust {
            keys: vec![public],
            require: true,
        };
        assert!(trust.check(std::slice::from_ref(&sig), &d, "0.2.0").is_ok());
        assert!(
            trust
                .check(&[], &d, "0.2.0")
                .unwrap_err()
                .contains("not signed")
        );
        let stranger = SigningKey::from_bytes(&[7; 32]);
        let other = sign(&stranger, &d, "0.2.0");
        assert!(
            trust
                .check(std::slice::from_ref(&other), &d, "0.2.0")
                .unwrap_err()
                .contains("untrusted")
        );
        // Not required: unsigned passes, but a broken signature never does.
        let lax = Trust::default();
        assert!(lax.check(&[], &d, "0.2.0").is_ok());
        let mut forged = sig.clone();
        forged.signature.replace_range(
            0..2,
            if &forged.signature[0..2] == "00" {
                "11"
            } else {
                "00"
            },
        );
        assert!(
            lax.check(&[forged], &d, "0.2.0")
                .unwrap_err()
                .contains("does not match")
        );
        assert!(parse_public("ed25519:zz").is_err() && parse_public("rsa:00").is_err());
    }
}
