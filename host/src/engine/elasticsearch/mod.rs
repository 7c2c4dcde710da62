//! Elasticsearch and OpenSearch through the official `elasticsearch` crate:
//! the target, and the guest-facing `tidegate:migration/elasticsearch`
//! interface with its allow-list of APIs.
//!
//! A guest sends typed requests (method, path, query, body). The host
//! checks the path against the APIs a migration needs, refuses tidegate's
//! own indices and system indices, and, in a dry run, gives every index,
//! alias and template name a shadow prefix on the way in and removes it
//! from the answer on the way out.

use std::time::{Duration, Instant};

use elasticsearch::http::headers::HeaderMap;
use elasticsearch::http::transport::{SingleNodeConnectionPool, TransportBuilder};
use elasticsearch::http::Method;
use elasticsearch::Elasticsearch;
use serde_json::Value;

use crate::capabilities::{Capabilities, Kind};
use crate::config::ElasticConfig;
use crate::metadata::EngineKind;
use crate::redact::redact_url;
use crate::runtime::bindings::latest::elasticsearch::{self as wit, Method as WitMethod, Request, Response};
use crate::runtime::bindings::latest::types::HostError;
use crate::runtime::state::{truncate, HostState};

pub mod history;
pub mod lock;
pub mod snapshot;

/// Errors of the Elasticsearch adapter outside guest calls.
#[derive(Debug, thiserror::Error)]
pub enum EsError {
    #[error("no Elasticsearch URL is configured: pass --elasticsearch-url, set TIDEGATE_ELASTICSEARCH_URL, or set elasticsearch.url in tidegate.toml")]
    NoUrl,
    #[error("invalid Elasticsearch URL {url}: {message}")]
    BadUrl { url: String, message: String },
    #[error("cannot connect to Elasticsearch at {url}: {message}; check that the server is up and the URL is right")]
    Connect { url: String, message: String },
    #[error("Elasticsearch error while {doing}: {message}")]
    Request { doing: String, message: String },
}

/// A parsed target; displays without its password.
#[derive(Clone)]
pub struct EsTarget {
    client: Elasticsearch,
    display: String,
    pub timeout: Duration,
}

impl std::fmt::Display for EsTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display)
    }
}

/// A response as the host reads it.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub body: String,
}

impl Answer {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }

    /// `reason (type)` from an error body, else the body.
    pub fn error(&self) -> String {
        let v = self.json();
        let e = &v["error"];
        match (e["reason"].as_str(), e["type"].as_str()) {
            (Some(r), Some(t)) => format!("{r} ({t}, HTTP {})", self.status),
            _ => format!("HTTP {}: {}", self.status, truncate(self.body.clone(), 500)),
        }
    }
}

fn method(m: WitMethod) -> Method {
    match m {
        WitMethod::Get => Method::Get,
        WitMethod::Put => Method::Put,
        WitMethod::Post => Method::Post,
        WitMethod::Delete => Method::Delete,
        WitMethod::Head => Method::Head,
    }
}

impl EsTarget {
    pub fn new(cfg: &ElasticConfig) -> Result<Self, EsError> {
        let raw = cfg.url.as_deref().ok_or(EsError::NoUrl)?;
        let display = redact_url(raw);
        let bad = |message: String| EsError::BadUrl { url: display.clone(), message };
        let mut url = url::Url::parse(raw).map_err(|e| bad(e.to_string()))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(bad("use an http:// or https:// URL".into()));
        }
        let credentials = (!url.username().is_empty()).then(|| {
            let decode = |s: &str| url::form_urlencoded::parse(format!("x={s}").as_bytes()).next().map(|(_, v)| v.into_owned()).unwrap_or_default();
            (decode(url.username()), decode(url.password().unwrap_or_default()))
        });
        let _ = url.set_username("");
        let _ = url.set_password(None);
        let mut builder = TransportBuilder::new(SingleNodeConnectionPool::new(url)).timeout(cfg.request_timeout).disable_proxy();
        if let Some((user, password)) = credentials {
            builder = builder.auth(elasticsearch::auth::Credentials::Basic(user, password));
        }
        let transport = builder.build().map_err(|e| bad(e.to_string()))?;
        Ok(EsTarget { client: Elasticsearch::new(transport), display, timeout: cfg.request_timeout })
    }

    /// Send one request; transport failures are errors, HTTP statuses are
    /// not.
    pub async fn send(&self, m: Method, path: &str, query: &[(String, String)], body: Option<String>) -> Result<Answer, elasticsearch::Error> {
        let body: Option<&[u8]> = body.as_deref().map(str::as_bytes);
        let query: Option<&[(String, String)]> = (!query.is_empty()).then_some(query);
        let response = self.client.send(m, path, HeaderMap::new(), query, body, Some(self.timeout)).await?;
        let status = response.status_code().as_u16();
        let body = response.text().await?;
        Ok(Answer { status, body })
    }

    /// `send` for the host's own requests, as an [`EsError`] naming what
    /// it was doing; a non-2xx status is an error unless `allow` lists it.
    pub async fn call(&self, m: Method, path: &str, query: &[(&str, &str)], body: Option<Value>, allow: &[u16], doing: &str) -> Result<Answer, EsError> {
        let query: Vec<(String, String)> = query.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        // No HTTP answer at all: the server is down, unreachable or mute.
        let answer = self
            .send(m, path, &query, body.map(|b| b.to_string()))
            .await
            .map_err(|e| EsError::Connect { url: self.display.clone(), message: format!("while {doing}: {e}") })?;
        if answer.ok() || allow.contains(&answer.status) {
            Ok(answer)
        } else {
            Err(EsError::Request { doing: doing.into(), message: answer.error() })
        }
    }

    /// `GET /`: product, version and cluster name. Fails with `Connect`
    /// when the server cannot be reached.
    pub async fn info(&self) -> Result<ServerInfo, EsError> {
        let answer = self
            .send(Method::Get, "/", &[], None)
            .await
            .map_err(|e| EsError::Connect { url: self.display.clone(), message: e.to_string() })?;
        if !answer.ok() {
            return Err(EsError::Connect { url: self.display.clone(), message: answer.error() });
        }
        Ok(ServerInfo::from_root(&answer.json()))
    }
}

/// What `GET /` says, for Elasticsearch and OpenSearch alike.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerInfo {
    pub product: String,
    pub version: String,
    pub cluster: String,
}

impl ServerInfo {
    pub fn from_root(v: &Value) -> ServerInfo {
        let product = match v["version"]["distribution"].as_str() {
            Some("opensearch") => "OpenSearch",
            _ if v["tagline"].as_str().is_some_and(|t| t.contains("OpenSearch")) => "OpenSearch",
            _ => "Elasticsearch",
        };
        ServerInfo {
            product: product.into(),
            version: v["version"]["number"].as_str().unwrap_or("unknown").into(),
            cluster: v["cluster_name"].as_str().unwrap_or_default().into(),
        }
    }

    /// Whether this host supports the server: Elasticsearch 7.10+ and
    /// OpenSearch 1+ speak the APIs migrations use.
    pub fn supported(&self) -> bool {
        let major: u32 = self.version.split('.').next().and_then(|m| m.parse().ok()).unwrap_or(0);
        match self.product.as_str() {
            "OpenSearch" => major >= 1,
            _ => major >= 8 || self.version.starts_with("7.1") && major == 7,
        }
    }
}

/// The search engine a guest's requests go to.
pub struct EsSession {
    target: EsTarget,
    /// In a dry run, the shadow prefix every name gets.
    prefix: Option<String>,
    /// Names the guest may not touch: tidegate's history, audit and lock.
    reserved: String,
}

impl EsSession {
    pub fn new(target: &EsTarget, prefix: Option<String>, reserved: &str) -> Self {
        EsSession { target: target.clone(), prefix, reserved: reserved.to_string() }
    }
}

/// Which names a path segment holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Names {
    /// Index (or alias, or pattern) names, comma-separated.
    Indices,
    /// Alias names.
    Aliases,
    /// Template names.
    Templates,
}

/// An allowed API: the path's segments as read, which methods, and whether
/// names in it may be patterns.
struct Route {
    /// (segment index, kind) of each name segment.
    names: Vec<(usize, Names)>,
    api: &'static str,
}

fn route(m: WitMethod, segments: &[&str]) -> Result<Route, String> {
    use Names::*;
    use WitMethod::*;
    let is_name = |s: &str| !s.starts_with('_');
    let read = matches!(m, Get | Head);
    let r = |names: Vec<(usize, Names)>, api| Ok(Route { names, api });
    match segments {
        [] if m == Get => r(vec![], "info"),
        [i] if is_name(i) && matches!(m, Put | Delete | Get | Head) => r(vec![(0, Indices)], "index"),
        [i, "_mapping"] if is_name(i) && (read || m == Put) => r(vec![(0, Indices)], "mapping"),
        [i, "_settings"] if is_name(i) && (read || m == Put) => r(vec![(0, Indices)], "settings"),
        [i, "_alias"] | [i, "_aliases"] if is_name(i) && read => r(vec![(0, Indices)], "alias"),
        [i, "_alias", a] | [i, "_aliases", a] if is_name(i) && (read || matches!(m, Put | Post | Delete)) => {
            r(vec![(0, Indices), (2, Aliases)], "alias")
        }
        ["_alias"] if read => r(vec![], "alias"),
        ["_alias", a] if is_name(a) && read => r(vec![(1, Aliases)], "alias"),
        ["_aliases"] if m == Post => r(vec![], "aliases"),
        ["_index_template"] | ["_component_template"] if read => r(vec![], "template"),
        ["_index_template", t] | ["_component_template", t] if is_name(t) && (read || matches!(m, Put | Post | Delete)) => {
            r(vec![(1, Templates)], "template")
        }
        ["_reindex"] if m == Post => r(vec![], "reindex"),
        ["_bulk"] if matches!(m, Post | Put) => r(vec![], "bulk"),
        [i, "_bulk"] if is_name(i) && matches!(m, Post | Put) => r(vec![(0, Indices)], "bulk"),
        [i, "_count"] | [i, "_search"] if is_name(i) && matches!(m, Get | Post) => r(vec![(0, Indices)], "search"),
        [i, "_refresh"] if is_name(i) && matches!(m, Get | Post) => r(vec![(0, Indices)], "refresh"),
        ["_cluster", "health"] if m == Get => r(vec![], "health"),
        ["_cluster", "health", i] if is_name(i) && m == Get => r(vec![(2, Indices)], "health"),
        _ => Err(format!(
            "{m:?} /{} is not an API a migration may call; allowed: index create/get/delete, _mapping, _settings, _alias, _aliases, _index_template, _component_template, _reindex, _bulk, _count, _search, _refresh and _cluster/health",
            segments.join("/")
        )),
    }
}

/// Checks and (in a dry run) prefixes every name a request carries.
struct Namer<'a> {
    prefix: Option<&'a str>,
    reserved: &'a str,
    /// Whether patterns (`*`) may appear: reads only.
    patterns: bool,
    /// The names the module declared; `None`: unscoped.
    scope: Option<&'a Capabilities>,
}

impl Namer<'_> {
    fn one(&self, name: &str) -> Result<String, String> {
        let (neg, bare) = match name.strip_prefix('-') {
            Some(rest) if self.patterns => ("-", rest),
            _ => ("", name),
        };
        if bare.is_empty() || bare == "_all" || bare == "*" || bare.starts_with('.') || bare.starts_with('_') {
            return Err(format!("`{name}` names every index or a system index; name the indices the migration touches"));
        }
        if bare.starts_with(self.reserved) || bare.starts_with("tgshadow-") {
            return Err(format!("`{name}` belongs to tidegate; migrations may not touch it"));
        }
        if !self.patterns && bare.contains(['*', '?']) {
            return Err(format!("`{name}` is a pattern; writes and deletes must name indices exactly"));
        }
        if bare.len() > 255 || bare.contains(['/', '\\', '"', ' ', '#', '<', '>', '|']) {
            return Err(format!("`{}` is not a valid name", truncate(name.to_string(), 80)));
        }
        if let Some(scope) = self.scope {
            let pattern = bare.contains(['*', '?']);
            if neg.is_empty() && !(if pattern { scope.allows_pattern(Kind::Index, bare) } else { scope.allows(Kind::Index, bare) }) {
                return Err(scope.refusal(Kind::Index, bare));
            }
        }
        Ok(format!("{neg}{}{bare}", self.prefix.unwrap_or_default()))
    }

    fn list(&self, names: &str) -> Result<String, String> {
        names.split(',').map(|n| self.one(n.trim())).collect::<Result<Vec<_>, _>>().map(|v| v.join(","))
    }

    /// Rewrite a string or array of names in place.
    fn value(&self, v: &mut Value) -> Result<(), String> {
        match v {
            Value::String(s) => *s = self.list(s)?,
            Value::Array(items) => {
                for item in items {
                    self.value(item)?;
                }
            }
            Value::Null => {}
            _ => return Err("a name must be a string or a list of strings".into()),
        }
        Ok(())
    }

    /// Rewrite the keys of an object of names (e.g. `aliases: {a: {}}`).
    fn keys(&self, v: &mut Value) -> Result<(), String> {
        if let Value::Object(map) = v {
            let old = std::mem::take(map);
            for (k, val) in old {
                map.insert(self.one(&k)?, val);
            }
        }
        Ok(())
    }
}

/// Check and rewrite the names inside a request body.
fn rewrite_body(api: &str, body: &str, namer: &Namer<'_>) -> Result<String, HostError> {
    let denied = HostError::NotPermitted;
    if api == "bulk" {
        let mut out = String::with_capacity(body.len());
        let mut action = true;
        for line in body.lines().filter(|l| !l.trim().is_empty()) {
            if action {
                let mut v: Value = serde_json::from_str(line).map_err(|e| HostError::Conversion(format!("a _bulk action line is not JSON: {e}")))?;
                let (op, meta) = v.as_object_mut().and_then(|o| o.iter_mut().next()).ok_or_else(|| HostError::Conversion("a _bulk action line is empty".into()))?;
                if let Some(index) = meta.get_mut("_index") {
                    namer.value(index).map_err(denied)?;
                }
                action = op == "delete";
                out.push_str(&v.to_string());
            } else {
                out.push_str(line);
                action = true;
            }
            out.push('\n');
        }
        return Ok(out);
    }
    let mut v: Value = serde_json::from_str(body).map_err(|e| HostError::Conversion(format!("the body is not JSON: {e}")))?;
    let names = |v: &mut Value, key: &str| match v.get_mut(key) {
        Some(x) => namer.value(x).map_err(denied),
        None => Ok(()),
    };
    match api {
        "index" => namer.keys(v.get_mut("aliases").unwrap_or(&mut Value::Null)).map_err(denied)?,
        "aliases" => {
            for action in v["actions"].as_array_mut().map(|a| a.iter_mut()).into_iter().flatten() {
                for (_, spec) in action.as_object_mut().into_iter().flatten() {
                    for key in ["index", "indices", "alias", "aliases"] {
                        names(spec, key)?;
                    }
                }
            }
        }
        "reindex" => {
            names(&mut v["source"], "index")?;
            names(&mut v["dest"], "index")?;
        }
        "template" => {
            if let Some(patterns) = v.get_mut("index_patterns") {
                let lenient = Namer { patterns: true, ..*namer };
                lenient.value(patterns).map_err(denied)?;
            }
            names(&mut v, "composed_of")?;
            namer.keys(v["template"].get_mut("aliases").unwrap_or(&mut Value::Null)).map_err(denied)?;
        }
        _ => {}
    }
    Ok(v.to_string())
}

impl HostState {
    fn es(&mut self) -> Result<&mut EsSession, HostError> {
        self.permit(EngineKind::Elasticsearch)?;
        self.sessions.es.as_mut().ok_or_else(|| {
            HostError::Unavailable("no Elasticsearch connection is configured for this run; set TIDEGATE_ELASTICSEARCH_URL".into())
        })
    }
}

/// Prepare a guest request: check it, and rewrite its names.
/// During `check` (`read_only`) only GET, HEAD, `_count` and `_search` pass.
fn prepare(
    req: &Request,
    prefix: Option<&str>,
    reserved: &str,
    read_only: bool,
    scope: Option<&Capabilities>,
) -> Result<(String, Vec<(String, String)>, Option<String>), HostError> {
    let denied = |m: String| HostError::NotPermitted(m);
    if req.path.contains("..") || req.path.contains('?') || req.path.contains('%') {
        return Err(denied("put query parameters in `query`, and no `..` or escapes in the path".into()));
    }
    let segments: Vec<&str> = req.path.trim_matches('/').split('/').filter(|s| !s.is_empty()).collect();
    let route = route(req.method, &segments).map_err(denied)?;
    if read_only && !(matches!(req.method, WitMethod::Get | WitMethod::Head) || route.api == "search") {
        return Err(denied("`check` is read-only: it may only GET, HEAD, _count and _search".into()));
    }
    let read = matches!(req.method, WitMethod::Get | WitMethod::Head) || matches!(route.api, "search" | "refresh");
    let namer = Namer { prefix, reserved, patterns: read, scope };
    let mut out: Vec<String> = segments.iter().map(|s| s.to_string()).collect();
    for (i, _) in &route.names {
        out[*i] = namer.list(segments[*i]).map_err(denied)?;
    }
    if req.query.len() > 100 {
        return Err(HostError::LimitExceeded(format!("{} query parameters, over the cap of 100", req.query.len())));
    }
    for (k, v) in &req.query {
        if k == "wait_for_completion" && v == "false" {
            return Err(denied("background tasks are not allowed: _reindex must wait for completion".into()));
        }
        if k.len() > 100 || v.len() > 1000 {
            return Err(HostError::LimitExceeded("a query parameter is over 1000 bytes".into()));
        }
    }
    let mut query = req.query.clone();
    if route.api == "reindex" && !query.iter().any(|(k, _)| k == "wait_for_completion") {
        query.push(("wait_for_completion".into(), "true".into()));
    }
    let body = match &req.body {
        Some(b) if matches!(route.api, "index" | "aliases" | "reindex" | "template" | "bulk") && req.method != WitMethod::Get => {
            Some(rewrite_body(route.api, b, &namer)?)
        }
        other => other.clone(),
    };
    Ok((format!("/{}", out.join("/")), query, body))
}

impl wit::Host for HostState {
    async fn send(&mut self, request: Request) -> Result<Response, HostError> {
        let size = request.path.len() + request.body.as_ref().map_or(0, String::len);
        let cap = if request.path.ends_with("_bulk") { self.caps.param_bytes } else { self.caps.statement_bytes };
        if size > cap {
            return Err(HostError::LimitExceeded(format!("the request is {size} bytes, over the {cap}-byte cap; send it in batches")));
        }
        let start = Instant::now();
        let read_only = self.phase == crate::runtime::state::Phase::Check;
        let verb = match request.method {
            WitMethod::Get => "GET",
            WitMethod::Put => "PUT",
            WitMethod::Post => "POST",
            WitMethod::Delete => "DELETE",
            WitMethod::Head => "HEAD",
        };
        let text = format!(
            "{verb} {}{}{}",
            request.path,
            if request.query.is_empty() { String::new() } else { format!("?{}", request.query.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&")) },
            request.body.as_deref().map(|b| format!(" {}", truncate(b.to_string(), 4096))).unwrap_or_default()
        );
        let scope = self.scope.clone();
        let session = self.es()?;
        let prefix = session.prefix.clone();
        let prepared = prepare(&request, prefix.as_deref(), &session.reserved, read_only, scope.as_ref());
        let result = match prepared {
            Err(e) => Err(e),
            Ok((path, query, body)) => match session.target.send(method(request.method), &path, &query, body).await {
                Ok(mut answer) => {
                    if let Some(p) = &prefix {
                        answer.body = answer.body.replace(p.as_str(), "");
                    }
                    if answer.body.len() > self.caps.result_bytes {
                        Err(HostError::LimitExceeded(format!(
                            "the response is {} bytes, over the {}-byte cap; page through it",
                            answer.body.len(),
                            self.caps.result_bytes
                        )))
                    } else {
                        Ok(Response { status: answer.status, body: answer.body })
                    }
                }
                Err(e) if e.is_timeout() => Err(HostError::Unavailable(format!(
                    "Elasticsearch did not answer in time: {e}; raise elasticsearch.request_timeout if the work is expected"
                ))),
                Err(e) => Err(HostError::Unavailable(format!("Elasticsearch is unreachable: {e}"))),
            },
        };
        self.host_time += start.elapsed();
        let error = match &result {
            // A 404 on a read answers "does it exist?"; not a failure.
            Ok(r) if r.status >= 400 && !(r.status == 404 && matches!(request.method, WitMethod::Get | WitMethod::Head)) => Some(HostError::Database(crate::runtime::bindings::latest::types::DatabaseError {
                code: r.status.to_string(),
                message: Answer { status: r.status, body: r.body.clone() }.error(),
                detail: None,
                hint: None,
            })),
            Ok(_) => None,
            Err(e) => Some(e.clone()),
        };
        self.journal_entry(EngineKind::Elasticsearch, text, 0, None, start, error.as_ref(), None);
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(m: WitMethod, path: &str, body: Option<&str>) -> Request {
        Request { method: m, path: path.into(), query: vec![], body: body.map(Into::into) }
    }

    #[test]
    fn allows_migration_apis_only() {
        let ok = |m, p| prepare(&req(m, p, None), None, "tidegate-migrations", false, None).map(|r| r.0);
        assert_eq!(ok(WitMethod::Put, "/products_v1").unwrap(), "/products_v1");
        assert_eq!(ok(WitMethod::Get, "/products/_mapping").unwrap(), "/products/_mapping");
        assert!(ok(WitMethod::Post, "/_reindex").is_ok());
        assert!(ok(WitMethod::Get, "/_cluster/health").is_ok());
        for (m, p) in [
            (WitMethod::Delete, "/_all"),
            (WitMethod::Delete, "/products*"),
            (WitMethod::Get, "/_nodes"),
            (WitMethod::Post, "/_snapshot/repo"),
            (WitMethod::Put, "/tidegate-migrations"),
            (WitMethod::Get, "/.kibana"),
            (WitMethod::Post, "/products/_delete_by_query"),
            (WitMethod::Get, "/../_nodes"),
            (WitMethod::Get, "/products?x=1"),
        ] {
            assert!(matches!(ok(m, p), Err(HostError::NotPermitted(_))), "{m:?} {p} should be refused");
        }
        let check = |m, p| prepare(&req(m, p, None), None, "tidegate-migrations", true, None).map(|r| r.0);
        assert!(check(WitMethod::Get, "/products/_count").is_ok());
        assert!(check(WitMethod::Post, "/products/_search").is_ok());
        assert!(matches!(check(WitMethod::Put, "/products"), Err(HostError::NotPermitted(_))));
        assert!(matches!(check(WitMethod::Post, "/products/_refresh"), Err(HostError::NotPermitted(_))));
        let bg = Request { query: vec![("wait_for_completion".into(), "false".into())], ..req(WitMethod::Post, "/_reindex", Some("{}")) };
        assert!(prepare(&bg, None, "tidegate-migrations", false, None).is_err());
    }

    #[test]
    fn shadow_prefix_reaches_every_name() {
        let p = Some("tgshadow-ab-");
        let (path, _, body) = prepare(
            &req(WitMethod::Post, "/_aliases", Some(r#"{"actions":[{"remove":{"index":"p_v1","alias":"p"}},{"add":{"indices":["p_v2"],"alias":"p"}}]}"#)),
            p,
            "tidegate-migrations",
            false,
            None,
        )
        .unwrap();
        assert_eq!(path, "/_aliases");
        let body: Value = serde_json::from_str(&body.unwrap()).unwrap();
        assert_eq!(body["actions"][0]["remove"]["index"], "tgshadow-ab-p_v1");
        assert_eq!(body["actions"][1]["add"]["indices"][0], "tgshadow-ab-p_v2");
        assert_eq!(body["actions"][1]["add"]["alias"], "tgshadow-ab-p");

        let (_, q, body) = prepare(&req(WitMethod::Post, "/_reindex", Some(r#"{"source":{"index":"a"},"dest":{"index":"b"}}"#)), p, "x", false, None).unwrap();
        assert!(q.contains(&("wait_for_completion".into(), "true".into())));
        assert!(body.unwrap().contains("tgshadow-ab-a"));

        let (_, _, body) = prepare(&req(WitMethod::Put, "/_index_template/t", Some(r#"{"index_patterns":["logs-*"],"composed_of":["c"]}"#)), p, "x", false, None).unwrap();
        let body: Value = serde_json::from_str(&body.unwrap()).unwrap();
        assert_eq!(body["index_patterns"][0], "tgshadow-ab-logs-*");
        assert_eq!(body["composed_of"][0], "tgshadow-ab-c");

        let bulk = "{\"index\":{\"_index\":\"a\",\"_id\":\"1\"}}\n{\"n\":1}\n{\"delete\":{\"_index\":\"a\",\"_id\":\"2\"}}\n{\"index\":{\"_index\":\"a\"}}\n{\"n\":2}\n";
        let (_, _, body) = prepare(&req(WitMethod::Post, "/_bulk", Some(bulk)), p, "x", false, None).unwrap();
        let body = body.unwrap();
        assert_eq!(body.matches("tgshadow-ab-a").count(), 3, "{body}");
        assert!(body.contains("{\"n\":2}"));
    }

    #[test]
    fn declared_capabilities_bound_every_name() {
        let caps = Capabilities { indices: vec!["places".into(), "places_v*".into()], ..Default::default() };
        let go = |m, path: &str, body: Option<&str>| prepare(&req(m, path, body), None, "tidegate-migrations", false, Some(&caps));
        assert!(go(WitMethod::Put, "/places_v3", None).is_ok());
        assert!(go(WitMethod::Get, "/places_v*/_mapping", None).is_ok());
        assert!(go(WitMethod::Get, "/places,places_v1/_search", None).is_ok());
        for (m, path, body) in [
            (WitMethod::Put, "/orders", None),
            (WitMethod::Get, "/place*/_mapping", None),
            (WitMethod::Get, "/places,orders/_search", None),
            (WitMethod::Post, "/_aliases", Some(r#"{"actions":[{"add":{"index":"places_v2","alias":"orders"}}]}"#)),
            (WitMethod::Post, "/_reindex", Some(r#"{"source":{"index":"orders"},"dest":{"index":"places_v2"}}"#)),
            (WitMethod::Post, "/_bulk", Some("{\"index\":{\"_index\":\"orders\"}}\n{}\n")),
            (WitMethod::Put, "/_index_template/places", Some(r#"{"index_patterns":["*"]}"#)),
            (WitMethod::Put, "/_index_template/orders", Some(r#"{"index_patterns":["places_v*"]}"#)),
        ] {
            let err = go(m, path, body).expect_err(path);
            assert!(matches!(&err, HostError::NotPermitted(msg) if msg.contains("capabilities") || msg.contains("every index")), "{path}: {err:?}");
        }
    }

    #[test]
    fn reads_both_products() {
        let os = ServerInfo::from_root(&serde_json::json!({"version": {"distribution": "opensearch", "number": "2.19.0"}, "cluster_name": "c"}));
        assert_eq!((os.product.as_str(), os.supported()), ("OpenSearch", true));
        let es = ServerInfo::from_root(&serde_json::json!({"version": {"number": "9.1.0"}, "tagline": "You Know, for Search"}));
        assert_eq!((es.product.as_str(), es.supported()), ("Elasticsearch", true));
        let old = ServerInfo::from_root(&serde_json::json!({"version": {"number": "6.8.0"}}));
        assert!(!old.supported());
    }
}
