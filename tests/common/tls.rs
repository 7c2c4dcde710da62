//! TLS in front of the local stand-ins, so that https, CA files,
//! fingerprints, basic auth and MongoDB's TLS options run end to end here:
//!
//! - [`Certs`]: a throw-away CA and a server certificate for `127.0.0.1`
//!   and `localhost`, written as PEM files;
//! - [`https_proxy`]: HTTPS with basic auth in front of an HTTP server
//!   (the Elasticsearch stand-in, or any server given by URL), answering
//!   401 without the right credentials, as a secured Elasticsearch does;
//! - [`tls_tunnel`]: TLS in front of a TCP server (MongoDB's wire protocol
//!   needs no rewriting).
//!
//! Each runs on its own thread for the rest of the test process.

use std::path::PathBuf;
use std::sync::Arc;

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

/// A CA and a server certificate it signed, as PEM files in `dir`.
pub struct Certs {
    pub dir: tempfile::TempDir,
    pub ca_file: PathBuf,
    /// SHA-256 of the CA certificate, `AB:CD:…` as Elasticsearch prints it.
    pub ca_fingerprint: String,
    chain: Vec<CertificateDer<'static>>,
    key: Vec<u8>,
}

/// A self-signed CA named `name`, and its key.
fn ca(name: &str) -> (rcgen::Certificate, KeyPair) {
    let mut p = CertificateParams::new(Vec::<String>::new()).unwrap();
    p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    p.distinguished_name.push(DnType::CommonName, name);
    let key = KeyPair::generate().unwrap();
    let cert = p.self_signed(&key).unwrap();
    (cert, key)
}

impl Certs {
    pub fn new() -> Certs {
        let ca = ca("tidegate test CA");
        Certs::issued(&ca, &ca.0, "ca.pem")
    }

    /// A server certificate signed by one CA, presented with a second CA
    /// that did not sign it: `ca_fingerprint` is the second's (it is in the
    /// chain), `ca_file` the first's (the one that verifies it).
    pub fn decoy() -> Certs {
        let signer = ca("tidegate test signing CA");
        let pinned = ca("tidegate test pinned CA");
        Certs::issued(&signer, &pinned.0, "signer.pem")
    }

    /// A server certificate for `127.0.0.1` and `localhost` signed by
    /// `signer` (written as `ca_file`), presented with `presented` after
    /// it, whose fingerprint is `ca_fingerprint`.
    fn issued(
        signer: &(rcgen::Certificate, KeyPair),
        presented: &rcgen::Certificate,
        ca_file: &str,
    ) -> Certs {
        let mut server =
            CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()]).unwrap();
        server
            .distinguished_name
            .push(DnType::CommonName, "127.0.0.1");
        let key = KeyPair::generate().unwrap();
        let cert = server.signed_by(&key, &signer.0, &signer.1).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let ca_file = dir.path().join(ca_file);
        std::fs::write(&ca_file, signer.0.pem()).unwrap();
        let digest = Sha256::digest(presented.der());
        let ca_fingerprint = digest
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect::<Vec<_>>()
            .join(":");
        Certs {
            dir,
            ca_file,
            ca_fingerprint,
            chain: vec![cert.der().clone(), presented.der().clone()],
            key: key.serialize_der(),
        }
    }

    fn acceptor(&self) -> tokio_rustls::TlsAcceptor {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(
                self.chain.clone(),
                PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.key.clone())),
            )
            .unwrap();
        tokio_rustls::TlsAcceptor::from(Arc::new(config))
    }
}

/// Run `serve` for every connection on a fresh loopback port, on a thread
/// of its own; returns the port.
fn serve<F, Fut>(certs: &Certs, serve: F) -> u16
where
    F: Fn(tokio_rustls::server::TlsStream<tokio::net::TcpStream>) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let acceptor = certs.acceptor();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    listener.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            let serve = Arc::new(serve);
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    continue;
                };
                let (acceptor, serve) = (acceptor.clone(), serve.clone());
                tokio::spawn(async move {
                    // A client that refuses the certificate ends here.
                    if let Ok(tls) = acceptor.accept(tcp).await {
                        serve(tls).await;
                    }
                });
            }
        });
    });
    port
}

/// TLS on a new port in front of `upstream` (`host:port`).
pub fn tls_tunnel(certs: &Certs, upstream: String) -> u16 {
    serve(certs, move |mut tls| {
        let upstream = upstream.clone();
        async move {
            if let Ok(mut tcp) = tokio::net::TcpStream::connect(&upstream).await {
                let _ = tokio::io::copy_bidirectional(&mut tls, &mut tcp).await;
            }
        }
    })
}

/// HTTPS with basic auth (`user`, `password`) on a new port in front of
/// the HTTP(S) server at `upstream`; returns the proxy's URL, without
/// credentials.
pub fn https_proxy(certs: &Certs, upstream: &str, user: &str, password: &str) -> String {
    https_proxy_denying(certs, upstream, user, password, &[])
}

/// [`https_proxy`] for a user whose role lacks privileges: requests whose
/// `METHOD /path` starts with one of `denied` get a 403
/// `security_exception` worded as Elasticsearch words it.
pub fn https_proxy_denying(
    certs: &Certs,
    upstream: &str,
    user: &str,
    password: &str,
    denied: &[&str],
) -> String {
    use base64::Engine as _;
    let denied: Vec<String> = denied.iter().map(|d| d.to_string()).collect();
    let expected = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
    );
    let upstream = upstream.trim_end_matches('/').to_string();
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let port = serve(certs, move |tls| {
        let (expected, upstream, client, denied) = (
            expected.clone(),
            upstream.clone(),
            client.clone(),
            denied.clone(),
        );
        async move {
            let _ = proxy_connection(tls, &expected, &upstream, &client, &denied).await;
        }
    });
    format!("https://127.0.0.1:{port}")
}

/// One keep-alive HTTP/1.1 connection: requests with a Content-Length body,
/// as the Elasticsearch client sends them.
async fn proxy_connection(
    tls: tokio_rustls::server::TlsStream<tokio::net::TcpStream>,
    expected: &str,
    upstream: &str,
    client: &reqwest::Client,
    denied: &[String],
) -> std::io::Result<()> {
    let mut stream = tokio::io::BufStream::new(tls);
    while let Some(super::http::Request {
        method,
        target,
        content_type,
        authorization,
        body,
        ..
    }) = super::http::read_request(&mut stream).await?
    {
        let line = format!("{method} {target} ");
        let (status, answer) = if authorization.as_deref() != Some(expected) {
            (401, r#"{"error":{"type":"security_exception","reason":"missing authentication credentials for REST request"},"status":401}"#.as_bytes().to_vec())
        } else if denied.iter().any(|d| line.starts_with(d.as_str())) {
            let reason = format!(
                "action [{line}] is unauthorized for user [tidegate] with effective roles [migrator]"
            );
            (403, serde_json::json!({ "error": { "type": "security_exception", "reason": reason }, "status": 403 }).to_string().into_bytes())
        } else {
            let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap_or(reqwest::Method::GET);
            let mut req = client.request(m, format!("{upstream}{target}")).body(body);
            if let Some(ct) = content_type {
                req = req.header("content-type", ct);
            }
            match req.send().await {
                Ok(r) => (
                    r.status().as_u16(),
                    r.bytes().await.map(|b| b.to_vec()).unwrap_or_default(),
                ),
                Err(e) => (502, format!("{{\"error\":\"{e}\"}}").into_bytes()),
            }
        };
        let mut out = format!(
            "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n",
            answer.len()
        );
        if status == 401 {
            out.push_str("www-authenticate: Basic realm=\"security\"\r\n");
        }
        out.push_str("\r\n");
        stream.write_all(out.as_bytes()).await?;
        if method != "HEAD" {
            stream.write_all(&answer).await?;
        }
        stream.flush().await?;
    }
    Ok(())
}
