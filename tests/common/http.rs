//! A plain-HTTP proxy in front of the Elasticsearch stand-in that adds
//! what a real cluster does and osmem-server does not, so that the host's
//! requests for them run end to end here (and the same tests run
//! unchanged against a real cluster, without the proxy):
//!
//! - the tasks API: `POST /_reindex?wait_for_completion=false` runs the
//!   reindex in the foreground upstream and answers `{"task": …}`;
//!   `GET /_tasks/<id>` answers the stored result as Elasticsearch does
//!   (`completed`, `response` with its `failures`, or `error`); `GET
//!   /_tasks` lists nothing running; `DELETE /.tasks/_doc/<id>` deletes a
//!   result. The tasks API can also refuse (403), or fail every poll
//!   (503);
//! - `http.max_initial_line_length`: a request line over 4,096 bytes gets
//!   400 `too_long_http_line_exception`.
//!
//! Every request line is recorded for the test to read.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};

/// What the proxy does besides forwarding.
#[derive(Default)]
pub struct Emulation {
    /// Stored task results, by task id.
    tasks: Mutex<HashMap<String, Value>>,
    next: AtomicU64,
    /// `GET /_tasks…` answers 403 as for a role without `monitor`.
    pub deny_tasks: AtomicBool,
    /// `GET /_tasks/<id>` answers 503.
    pub fail_polls: AtomicBool,
    /// Request lines seen, in order.
    pub requests: Mutex<Vec<String>>,
}

impl Emulation {
    /// How many stored task results are left.
    pub fn stored(&self) -> usize {
        self.tasks.lock().unwrap().len()
    }

    /// Request lines that start with `prefix`.
    pub fn seen(&self, prefix: &str) -> Vec<String> {
        self.requests
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.starts_with(prefix))
            .cloned()
            .collect()
    }
}

/// The proxy's URL, and its emulation to steer and read.
pub fn es_proxy(upstream: &str) -> (String, Arc<Emulation>) {
    let emulation = Arc::new(Emulation::default());
    let upstream = upstream.trim_end_matches('/').to_string();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    listener.set_nonblocking(true).unwrap();
    let e = emulation.clone();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            // A real cluster named by URL may be https with its own CA:
            // this proxy only relays to it.
            let client = reqwest::Client::builder()
                .no_proxy()
                .danger_accept_invalid_certs(true)
                .build()
                .unwrap();
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    continue;
                };
                let (e, upstream, client) = (e.clone(), upstream.clone(), client.clone());
                tokio::spawn(async move {
                    let _ = connection(tcp, &upstream, &client, &e).await;
                });
            }
        });
    });
    (format!("http://127.0.0.1:{port}"), emulation)
}

/// One HTTP/1.1 request, as the test proxies read it: requests with a
/// Content-Length body, as the Elasticsearch client sends them.
pub struct Request {
    pub method: String,
    pub target: String,
    /// The request line's length.
    pub line: usize,
    pub content_type: Option<String>,
    pub authorization: Option<String>,
    pub body: Vec<u8>,
}

/// The next request on a keep-alive connection; `None` when it closes.
pub async fn read_request<S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin>(
    stream: &mut tokio::io::BufStream<S>,
) -> std::io::Result<Option<Request>> {
    let mut head = Vec::new();
    loop {
        let mut line = Vec::new();
        if stream.read_until(b'\n', &mut line).await? == 0 {
            return Ok(None);
        }
        if line == b"\r\n" {
            break;
        }
        head.extend(line);
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let mut lines = head.lines();
    let request = lines.next().unwrap_or_default().to_string();
    let mut parts = request.split(' ');
    let (method, target) = (
        parts.next().unwrap_or("GET").to_string(),
        parts.next().unwrap_or("/").to_string(),
    );
    let (mut length, mut content_type, mut authorization) = (0usize, None, None);
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        match name.to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse().unwrap_or(0),
            "content-type" => content_type = Some(value.trim().to_string()),
            "authorization" => authorization = Some(value.trim().to_string()),
            _ => {}
        }
    }
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body).await?;
    Ok(Some(Request {
        method,
        target,
        line: request.len(),
        content_type,
        authorization,
        body,
    }))
}

/// One keep-alive HTTP/1.1 connection.
async fn connection(
    tcp: tokio::net::TcpStream,
    upstream: &str,
    client: &reqwest::Client,
    e: &Emulation,
) -> std::io::Result<()> {
    let mut stream = tokio::io::BufStream::new(tcp);
    while let Some(Request {
        method,
        target,
        line,
        content_type,
        authorization,
        body,
    }) = read_request(&mut stream).await?
    {
        let headers = Headers {
            content_type: content_type.as_deref(),
            authorization: authorization.as_deref(),
        };
        e.requests
            .lock()
            .unwrap()
            .push(format!("{method} {target}"));
        let (status, answer) = if line > 4096 {
            let reason = format!("An HTTP line is larger than 4096 bytes ({line}).");
            (
                400,
                json!({ "error": { "type": "too_long_http_line_exception", "reason": reason }, "status": 400 }),
            )
        } else {
            match emulate(&method, &target, &body, upstream, client, &headers, e).await {
                Some(done) => done,
                None => {
                    let (status, bytes) = forward(
                        client,
                        &method,
                        &format!("{upstream}{target}"),
                        body,
                        &headers,
                    )
                    .await;
                    respond(&mut stream, &method, status, &bytes).await?;
                    continue;
                }
            }
        };
        respond(&mut stream, &method, status, answer.to_string().as_bytes()).await?;
    }
    Ok(())
}

async fn respond(
    stream: &mut tokio::io::BufStream<tokio::net::TcpStream>,
    method: &str,
    status: u16,
    body: &[u8],
) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    if method != "HEAD" {
        stream.write_all(body).await?;
    }
    stream.flush().await
}

/// The request headers relayed upstream.
struct Headers<'a> {
    content_type: Option<&'a str>,
    authorization: Option<&'a str>,
}

async fn forward(
    client: &reqwest::Client,
    method: &str,
    url: &str,
    body: Vec<u8>,
    headers: &Headers<'_>,
) -> (u16, Vec<u8>) {
    let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap_or(reqwest::Method::GET);
    let mut req = client.request(m, url).body(body);
    if let Some(ct) = headers.content_type {
        req = req.header("content-type", ct);
    }
    if let Some(auth) = headers.authorization {
        req = req.header("authorization", auth);
    }
    match req.send().await {
        Ok(r) => (
            r.status().as_u16(),
            r.bytes().await.map(|b| b.to_vec()).unwrap_or_default(),
        ),
        Err(err) => (
            502,
            json!({ "error": err.to_string() }).to_string().into_bytes(),
        ),
    }
}

/// The tasks API, as Elasticsearch answers it; `None` for what is
/// forwarded as it is.
async fn emulate(
    method: &str,
    target: &str,
    body: &[u8],
    upstream: &str,
    client: &reqwest::Client,
    headers: &Headers<'_>,
    e: &Emulation,
) -> Option<(u16, Value)> {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let denied = || {
        (
            403,
            json!({ "error": { "type": "security_exception", "reason": format!("action [cluster:monitor/tasks/lists] is unauthorized for user [tidegate] with effective roles [migrator]") }, "status": 403 }),
        )
    };
    match (method, path) {
        ("POST", "/_reindex") if query.contains("wait_for_completion=false") => {
            let foreground = query.replace("wait_for_completion=false", "wait_for_completion=true");
            let (status, bytes) = forward(
                client,
                "POST",
                &format!("{upstream}/_reindex?{foreground}"),
                body.to_vec(),
                headers,
            )
            .await;
            let answered: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
            let id = format!("emu:{}", e.next.fetch_add(1, Ordering::SeqCst) + 1);
            // As a task: a reindex that ran keeps its response, failures
            // included; one that could not run reports its error.
            let result = if (200..300).contains(&status) || answered.get("failures").is_some() {
                json!({ "completed": true, "task": { "node": "emu", "id": 1, "action": "indices:data/write/reindex" }, "response": answered })
            } else {
                json!({ "completed": true, "task": { "node": "emu", "id": 1, "action": "indices:data/write/reindex" }, "error": answered["error"] })
            };
            e.tasks.lock().unwrap().insert(id.clone(), result);
            Some((200, json!({ "task": id })))
        }
        ("GET", "/_tasks") => Some(if e.deny_tasks.load(Ordering::SeqCst) {
            denied()
        } else {
            (200, json!({ "nodes": {} }))
        }),
        ("GET", p) if p.starts_with("/_tasks/") => {
            if e.deny_tasks.load(Ordering::SeqCst) {
                return Some(denied());
            }
            if e.fail_polls.load(Ordering::SeqCst) {
                return Some((
                    503,
                    json!({ "error": { "type": "unavailable_shards_exception", "reason": "primary shard is not active" }, "status": 503 }),
                ));
            }
            let id = &p["/_tasks/".len()..];
            Some(match e.tasks.lock().unwrap().get(id) {
                Some(v) => (200, v.clone()),
                None => (
                    404,
                    json!({ "error": { "type": "resource_not_found_exception", "reason": format!("task [{id}] isn't running and hasn't stored its results") }, "status": 404 }),
                ),
            })
        }
        ("DELETE", p) if p.starts_with("/.tasks/_doc/") => {
            let id = &p["/.tasks/_doc/".len()..];
            Some(match e.tasks.lock().unwrap().remove(id) {
                Some(_) => (200, json!({ "result": "deleted" })),
                None => (404, json!({ "result": "not_found" })),
            })
        }
        ("DELETE", p) if p.starts_with("/_tasks/") => Some((
            405,
            json!({ "error": "Incorrect HTTP method for uri [/_tasks/…] and method [DELETE], allowed: [GET]", "status": 405 }),
        )),
        _ => None,
    }
}
