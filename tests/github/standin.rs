//! A GitHub stand-in on an ephemeral loopback port, speaking the REST
//! shapes octocrab uses: list (paginated), create and update issue
//! comments, with injectable faults (rate limits, `retry-after`, refusals).
//! Shared by the reporter's tests and the Action's.
#![allow(dead_code)]

use std::sync::{Arc, Mutex};

use super::MARKER;

pub const TOKEN: &str = "ghs_test_token_0123456789";

#[derive(Default)]
pub struct State {
    pub comments: Vec<(u64, String)>,
    pub next_id: u64,
    /// (method, status, retry-after, message) answered instead of the next
    /// matching request.
    pub faults: Vec<(&'static str, u16, Option<u64>, &'static str)>,
    /// Every request: "METHOD path".
    pub log: Vec<String>,
    pub unauthenticated: usize,
}

pub type Shared = Arc<Mutex<State>>;

/// A GitHub stand-in on an ephemeral loopback port; returns its base URL.
pub fn serve(state: Shared) -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let base = format!("http://{}", server.server_addr().to_ip().unwrap());
    let base2 = base.clone();
    std::thread::spawn(move || {
        for mut req in server.incoming_requests() {
            let method = req.method().to_string();
            let url = req.url().to_string();
            let mut body = String::new();
            let _ = req.as_reader().read_to_string(&mut body);
            let authed = req
                .headers()
                .iter()
                .any(|h| h.field.equiv("Authorization") && h.value.as_str().contains(TOKEN));
            let reply = handle(&state, &base2, &method, &url, &body, authed);
            let (status, json, headers) = reply;
            let mut resp = tiny_http::Response::from_string(json).with_status_code(status);
            resp.add_header(
                tiny_http::Header::from_bytes("Content-Type", "application/json").unwrap(),
            );
            for (k, v) in headers {
                resp.add_header(tiny_http::Header::from_bytes(k.as_bytes(), v.as_bytes()).unwrap());
            }
            let _ = req.respond(resp);
        }
    });
    base
}

fn handle(
    state: &Shared,
    base: &str,
    method: &str,
    url: &str,
    body: &str,
    authed: bool,
) -> (u16, String, Vec<(String, String)>) {
    let mut s = state.lock().unwrap();
    let path = url.split('?').next().unwrap_or_default().to_string();
    s.log.push(format!("{method} {path}"));
    if !authed {
        s.unauthenticated += 1;
    }
    if let Some(i) = s.faults.iter().position(|f| f.0 == method) {
        let (_, status, retry, message) = s.faults.remove(i);
        let headers = retry
            .map(|r| vec![("retry-after".to_string(), r.to_string())])
            .unwrap_or_default();
        return (
            status,
            serde_json::json!({ "message": message }).to_string(),
            headers,
        );
    }
    let query = url.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let page: usize = query
        .split('&')
        .find_map(|kv| kv.strip_prefix("page="))
        .and_then(|p| p.parse().ok())
        .unwrap_or(1);
    let comment = |id: u64, body: &str| serde_json::json!({ "id": id, "body": body, "user": { "login": "github-actions[bot]" } });
    match (method, path.as_str()) {
        ("GET", "/repos/acme/shop/issues/7/comments") => {
            let per = 100;
            let items: Vec<_> = s
                .comments
                .iter()
                .skip((page - 1) * per)
                .take(per)
                .map(|(id, b)| comment(*id, b))
                .collect();
            let mut headers = vec![];
            if s.comments.len() > page * per {
                headers.push((
                    "Link".to_string(),
                    format!("<{base}/repos/acme/shop/issues/7/comments?per_page=100&page={}>; rel=\"next\"", page + 1),
                ));
            }
            (200, serde_json::Value::Array(items).to_string(), headers)
        }
        ("POST", "/repos/acme/shop/issues/7/comments") => {
            let text = serde_json::from_str::<serde_json::Value>(body).unwrap()["body"]
                .as_str()
                .unwrap()
                .to_string();
            s.next_id += 1;
            let id = 9000 + s.next_id;
            s.comments.push((id, text.clone()));
            (201, comment(id, &text).to_string(), vec![])
        }
        ("PATCH", p) if p.starts_with("/repos/acme/shop/issues/comments/") => {
            let id: u64 = p.rsplit('/').next().unwrap().parse().unwrap();
            let text = serde_json::from_str::<serde_json::Value>(body).unwrap()["body"]
                .as_str()
                .unwrap()
                .to_string();
            match s.comments.iter_mut().find(|(i, _)| *i == id) {
                Some(c) => {
                    c.1 = text.clone();
                    (200, comment(id, &text).to_string(), vec![])
                }
                None => (404, r#"{"message":"Not Found"}"#.into(), vec![]),
            }
        }
        _ => (404, r#"{"message":"Not Found"}"#.into(), vec![]),
    }
}

/// A server with `n` comments from other people already on the PR.
pub fn github_with(n: usize) -> (Shared, String) {
    let state: Shared = Default::default();
    {
        let mut s = state.lock().unwrap();
        for i in 0..n {
            s.comments
                .push((i as u64 + 1, format!("comment {i} from a reviewer")));
        }
    }
    let base = serve(state.clone());
    (state, base)
}

pub fn ours(state: &Shared) -> Vec<(u64, String)> {
    state
        .lock()
        .unwrap()
        .comments
        .iter()
        .filter(|(_, b)| b.contains(MARKER))
        .cloned()
        .collect()
}
