//! How the search engine client authenticates and whom it trusts.
//!
//! - **Auth:** user and password (in the URL, or `username` and
//!   `password`), or an API key (`api_key`, the base64 `id:key` that
//!   Kibana and `POST /_security/api_key` show as `encoded`).
//! - **Trust** for https: the system trust store and Mozilla's roots (the
//!   default); a CA file (`ca_file`, PEM, e.g. Elasticsearch 8's
//!   `config/certs/http_ca.crt`); a CA certificate's SHA-256 fingerprint
//!   (`ca_fingerprint`, as Elasticsearch prints at first start): the
//!   server's chain is fetched once and the certificate with that
//!   fingerprint becomes the only root, hostnames still checked; or, for
//!   development only, `insecure = true`, which checks nothing and is
//!   reported on every run.
//! - **Client certificate:** `client_cert`, one PEM file with the
//!   certificate and its key.
//!
//! Every key can also come from `TIDEGATE_ELASTICSEARCH_<KEY>`.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use sha2::{Digest, Sha256};
use tidegate_core::config::EngineConfig;
use tidegate_core::redact::Secret;

use crate::EsError;

/// Credentials sent with every request.
#[derive(Debug, Clone, PartialEq)]
pub enum Auth {
    Basic { user: String, password: Secret },
    ApiKey(Secret),
}

/// Whom an https connection trusts.
#[derive(Debug, Clone, PartialEq)]
pub enum Trust {
    /// The system trust store and Mozilla's roots.
    System,
    /// The CA certificates of a PEM file.
    CaFile { path: PathBuf, pem: Vec<u8> },
    /// The certificate in the server's chain with this SHA-256 (lowercase
    /// hex), once [`pin`]ned.
    Fingerprint {
        sha256: String,
        pinned: Option<Vec<u8>>,
    },
    /// Nothing: development only.
    Insecure,
}

impl Trust {
    pub fn describe(&self) -> String {
        match self {
            Trust::System => "the system trust store".into(),
            Trust::CaFile { path, .. } => format!("the CA file {}", path.display()),
            Trust::Fingerprint { sha256, .. } => {
                format!("the CA with SHA-256 fingerprint {}…", &sha256[..16])
            }
            Trust::Insecure => "nothing (insecure = true: certificates are not verified)".into(),
        }
    }
}

/// The security settings of `[elasticsearch]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Security {
    pub auth: Option<Auth>,
    pub trust: Trust,
    /// PEM with the client certificate and its key.
    pub client_cert: Option<Vec<u8>>,
}

fn bad(message: String) -> EsError {
    EsError::Security(message)
}

fn read(config: &EngineConfig, key: &str, path: &str) -> Result<(PathBuf, Vec<u8>), EsError> {
    let path = config.path(path);
    let bytes = std::fs::read(&path).map_err(|e| {
        bad(format!(
            "cannot read elasticsearch.{key} {}: {e}; check the path",
            path.display()
        ))
    })?;
    Ok((path, bytes))
}

/// A fingerprint as Elasticsearch prints it (`AB:CD:…` or plain hex).
pub fn normalize_fingerprint(raw: &str) -> Result<String, EsError> {
    let hex: String = raw
        .chars()
        .filter(|c| *c != ':')
        .collect::<String>()
        .to_ascii_lowercase();
    if hex.len() == 64 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
        Ok(hex)
    } else {
        Err(bad(format!(
            "elasticsearch.ca_fingerprint `{raw}` is not a SHA-256 fingerprint; copy the 64 hex digits Elasticsearch printed at first start (colons allowed)"
        )))
    }
}

impl Security {
    /// Read the settings; `url_user` is the user and password from the URL.
    pub fn from_config(
        config: &EngineConfig,
        https: bool,
        url_user: Option<(String, String)>,
    ) -> Result<Security, EsError> {
        let user = config.setting("username");
        let password = config.setting("password");
        let api_key = config.setting("api_key");
        let auth = match (api_key, user, url_user) {
            (Some(_), Some(_), _) => return Err(bad("elasticsearch sets both username and api_key; use one of them".into())),
            (Some(_), None, Some(_)) => return Err(bad("the Elasticsearch URL carries a user and elasticsearch.api_key is set; use one of them".into())),
            (Some(key), None, None) => Some(Auth::ApiKey(Secret::new(key))),
            (None, Some(user), _) => Some(Auth::Basic { user, password: Secret::new(password.unwrap_or_default()) }),
            (None, None, Some((user, url_password))) => Some(Auth::Basic { user, password: Secret::new(password.unwrap_or(url_password)) }),
            (None, None, None) if password.is_some() => {
                return Err(bad("elasticsearch.password is set without a username; set elasticsearch.username too".into()))
            }
            (None, None, None) => None,
        };
        let insecure = config.flag("insecure")?;
        let ca_file = config.setting("ca_file");
        let fingerprint = config.setting("ca_fingerprint");
        let trust = match (insecure, ca_file, fingerprint) {
            (false, None, None) => Trust::System,
            (false, Some(path), None) => {
                let (path, pem) = read(config, "ca_file", &path)?;
                elasticsearch::cert::Certificate::from_pem(&pem)
                    .map_err(|e| bad(format!("elasticsearch.ca_file {} holds no PEM certificate ({e}); give the CA certificate in PEM form", path.display())))?;
                Trust::CaFile { path, pem }
            }
            (false, None, Some(f)) => Trust::Fingerprint {
                sha256: normalize_fingerprint(&f)?,
                pinned: None,
            },
            (true, None, None) => Trust::Insecure,
            _ => {
                return Err(bad(
                    "set at most one of elasticsearch.ca_file, ca_fingerprint and insecure".into(),
                ));
            }
        };
        if !https && trust != Trust::System {
            return Err(bad("elasticsearch.ca_file, ca_fingerprint and insecure apply to https:// URLs; the URL is http://".into()));
        }
        let client_cert = match config.setting("client_cert") {
            Some(p) => Some(read(config, "client_cert", &p)?.1),
            None => None,
        };
        Ok(Security {
            auth,
            trust,
            client_cert,
        })
    }
}

/// Accepts any chain and remembers it: used once, to read the server's
/// certificates for a fingerprint, never to send a request.
#[derive(Debug)]
struct Recorder {
    chain: Mutex<Vec<Vec<u8>>>,
    schemes: Vec<SignatureScheme>,
}

impl ServerCertVerifier for Recorder {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let mut chain = self.chain.lock().expect("recorder");
        chain.push(end_entity.to_vec());
        chain.extend(intermediates.iter().map(|c| c.to_vec()));
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        _: &[u8],
        _: &CertificateDer<'_>,
        _: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        Ok(HandshakeSignatureValid::assertion())
    }

    fn verify_tls13_signature(
        &self,
        _: &[u8],
        _: &CertificateDer<'_>,
        _: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        Ok(HandshakeSignatureValid::assertion())
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.schemes.clone()
    }
}

/// The certificates the server at `url` presents.
async fn server_chain(url: &url::Url) -> Result<Vec<Vec<u8>>, String> {
    let host = url
        .host_str()
        .ok_or("the URL has no host")?
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string();
    let port = url.port_or_known_default().unwrap_or(443);
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let recorder = Arc::new(Recorder {
        chain: Mutex::new(Vec::new()),
        schemes: provider
            .signature_verification_algorithms
            .supported_schemes(),
    });
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .dangerous()
        .with_custom_certificate_verifier(recorder.clone())
        .with_no_client_auth();
    let name = ServerName::try_from(host.clone()).map_err(|e| e.to_string())?;
    let tcp = tokio::net::TcpStream::connect((host.as_str(), port))
        .await
        .map_err(|e| e.to_string())?;
    let tls = tokio_rustls::TlsConnector::from(Arc::new(config))
        .connect(name, tcp)
        .await
        .map_err(|e| e.to_string())?;
    drop(tls);
    Ok(std::mem::take(
        &mut *recorder.chain.lock().expect("recorder"),
    ))
}

/// Resolve a fingerprint: the certificate in the server's chain whose
/// SHA-256 it is becomes the root that every later connection verifies
/// against (with hostname checks).
pub async fn pin(trust: &mut Trust, url: &url::Url, display: &str) -> Result<(), EsError> {
    let Trust::Fingerprint { sha256, pinned } = trust else {
        return Ok(());
    };
    if pinned.is_some() {
        return Ok(());
    }
    let chain = server_chain(url)
        .await
        .map_err(|e| EsError::Security(format!("cannot read the certificate chain of {display} to check elasticsearch.ca_fingerprint: {e}")))?;
    let found = chain
        .into_iter()
        .find(|der| hex::encode(Sha256::digest(der)) == *sha256);
    match found {
        Some(der) => {
            *pinned = Some(der);
            Ok(())
        }
        None => Err(EsError::Security(format!(
            "no certificate {display} presents has the SHA-256 fingerprint in elasticsearch.ca_fingerprint; check it against `openssl x509 -fingerprint -sha256 -in http_ca.crt`, and that the URL is right"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(pairs: &[(&str, &str)]) -> EngineConfig {
        let mut c = EngineConfig {
            name: "elasticsearch".into(),
            ..Default::default()
        };
        for (k, v) in pairs {
            c.set(k, *v);
        }
        c
    }

    #[test]
    fn auth_and_trust_settings() {
        let s = Security::from_config(&config(&[("api_key", "aWQ6a2V5")]), true, None).unwrap();
        assert_eq!(s.auth, Some(Auth::ApiKey(Secret::new("aWQ6a2V5"))));
        assert!(
            !format!("{s:?}").contains("aWQ6a2V5"),
            "secrets never show in Debug"
        );
        let s = Security::from_config(
            &config(&[("password", "p2")]),
            true,
            Some(("app".into(), "p1".into())),
        )
        .unwrap();
        assert_eq!(
            s.auth,
            Some(Auth::Basic {
                user: "app".into(),
                password: Secret::new("p2")
            })
        );
        let s = Security::from_config(&config(&[("insecure", "true")]), true, None).unwrap();
        assert_eq!(s.trust, Trust::Insecure);
        let f = "AB:".repeat(31) + "AB";
        let s = Security::from_config(&config(&[("ca_fingerprint", &f)]), true, None).unwrap();
        assert_eq!(
            s.trust,
            Trust::Fingerprint {
                sha256: "ab".repeat(32),
                pinned: None
            }
        );
        for (pairs, url_user, https) in [
            (vec![("api_key", "k"), ("username", "u")], None, true),
            (vec![("api_key", "k")], Some(("u".into(), "p".into())), true),
            (vec![("password", "p")], None, true),
            (vec![("insecure", "maybe")], None, true),
            (
                vec![("insecure", "true"), ("ca_fingerprint", &f)],
                None,
                true,
            ),
            (vec![("ca_fingerprint", "abc")], None, true),
            (vec![("ca_file", "/nonexistent/ca.pem")], None, true),
            (vec![("insecure", "true")], None, false),
        ] {
            assert!(
                Security::from_config(&config(&pairs), https, url_user).is_err(),
                "{pairs:?} should be refused"
            );
        }
    }
}
