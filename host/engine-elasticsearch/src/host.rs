//! The guest-facing `tidegate:migration/elasticsearch` interface, on the
//! search engine's own view of the store, with its allow-list of APIs.
//!
//! A guest sends typed requests (method, path, query, body). The host
//! checks the path against the APIs a migration needs, refuses tidegate's
//! own indices and system indices, and, in a dry run, gives every index,
//! alias and template name a shadow prefix on the way in and removes it
//! from the answer on the way out.

use std::time::Instant;

use elasticsearch::http::Method;
use serde_json::Value;
use tidegate_core::capabilities::{Capabilities, Kind};
use tidegate_core::journal::truncate;
use tidegate_core::metadata::EngineKind;
use tidegate_runtime::bindings::latest::elasticsearch::{
    self as wit, Method as WitMethod, Request, Response,
};
use tidegate_runtime::bindings::latest::types::{DatabaseError, HostError};
use tidegate_runtime::state::{HostState, View};
use wasmtime::component::{HasData, Linker};

use crate::session::EsSession;
use crate::snapshot;
use crate::tasks::{self, TaskError};
use crate::{Answer, EsTarget};

/// The search engine's view of a guest's store.
pub struct EsView<'a>(View<'a, EsSession>);

struct EsHost;

impl HasData for EsHost {
    type Data<'a> = EsView<'a>;
}

/// Link `tidegate:migration/elasticsearch` (API 0.2.0 and later).
pub fn link(linker: &mut Linker<HostState>) -> wasmtime::Result<()> {
    wit::add_to_linker::<HostState, EsHost>(linker, |s| EsView(s.view()))
}

const MISSING: &str =
    "no Elasticsearch connection is configured for this run; set TIDEGATE_ELASTICSEARCH_URL";

fn method(m: WitMethod) -> Method {
    match m {
        WitMethod::Get => Method::Get,
        WitMethod::Put => Method::Put,
        WitMethod::Post => Method::Post,
        WitMethod::Delete => Method::Delete,
        WitMethod::Head => Method::Head,
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
        [i] if is_name(i) && matches!(m, Put | Delete | Get | Head) => {
            r(vec![(0, Indices)], "index")
        }
        [i, "_mapping"] if is_name(i) && (read || m == Put) => r(vec![(0, Indices)], "mapping"),
        [i, "_settings"] if is_name(i) && (read || m == Put) => r(vec![(0, Indices)], "settings"),
        [i, "_alias"] | [i, "_aliases"] if is_name(i) && read => r(vec![(0, Indices)], "alias"),
        [i, "_alias", a] | [i, "_aliases", a]
            if is_name(i) && (read || matches!(m, Put | Post | Delete)) =>
        {
            r(vec![(0, Indices), (2, Aliases)], "alias")
        }
        ["_alias"] if read => r(vec![], "alias"),
        ["_alias", a] if is_name(a) && read => r(vec![(1, Aliases)], "alias"),
        ["_aliases"] if m == Post => r(vec![], "aliases"),
        ["_index_template"] | ["_component_template"] if read => r(vec![], "template"),
        ["_index_template", t] | ["_component_template", t]
            if is_name(t) && (read || matches!(m, Put | Post | Delete)) =>
        {
            r(vec![(1, Templates)], "template")
        }
        ["_reindex"] if m == Post => r(vec![], "reindex"),
        ["_bulk"] if matches!(m, Post | Put) => r(vec![], "bulk"),
        [i, "_bulk"] if is_name(i) && matches!(m, Post | Put) => r(vec![(0, Indices)], "bulk"),
        [i, "_count"] | [i, "_search"] if is_name(i) && matches!(m, Get | Post) => {
            r(vec![(0, Indices)], "search")
        }
        [i, "_refresh"] if is_name(i) && matches!(m, Get | Post) => {
            r(vec![(0, Indices)], "refresh")
        }
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
        if bare.is_empty()
            || bare == "_all"
            || bare == "*"
            || bare.starts_with('.')
            || bare.starts_with('_')
        {
            return Err(format!(
                "`{name}` names every index or a system index; name the indices the migration touches"
            ));
        }
        if bare.starts_with(self.reserved) || bare.starts_with("tgshadow-") {
            return Err(format!(
                "`{name}` belongs to tidegate; migrations may not touch it"
            ));
        }
        if !self.patterns && bare.contains(['*', '?']) {
            return Err(format!(
                "`{name}` is a pattern; writes and deletes must name indices exactly"
            ));
        }
        if bare.len() > 255 || bare.contains(['/', '\\', '"', ' ', '#', '<', '>', '|']) {
            return Err(format!(
                "`{}` is not a valid name",
                truncate(name.to_string(), 80)
            ));
        }
        if let Some(scope) = self.scope {
            let pattern = bare.contains(['*', '?']);
            if neg.is_empty()
                && !(if pattern {
                    scope.allows_pattern(Kind::Index, bare)
                } else {
                    scope.allows(Kind::Index, bare)
                })
            {
                return Err(scope.refusal(Kind::Index, bare));
            }
        }
        Ok(format!("{neg}{}{bare}", self.prefix.unwrap_or_default()))
    }

    fn list(&self, names: &str) -> Result<String, String> {
        names
            .split(',')
            .map(|n| self.one(n.trim()))
            .collect::<Result<Vec<_>, _>>()
            .map(|v| v.join(","))
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
                let mut v: Value = serde_json::from_str(line).map_err(|e| {
                    HostError::Conversion(format!("a _bulk action line is not JSON: {e}"))
                })?;
                let (op, meta) = v
                    .as_object_mut()
                    .and_then(|o| o.iter_mut().next())
                    .ok_or_else(|| HostError::Conversion("a _bulk action line is empty".into()))?;
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
    let mut v: Value = serde_json::from_str(body)
        .map_err(|e| HostError::Conversion(format!("the body is not JSON: {e}")))?;
    let names = |v: &mut Value, key: &str| match v.get_mut(key) {
        Some(x) => namer.value(x).map_err(denied),
        None => Ok(()),
    };
    match api {
        "index" => namer
            .keys(v.get_mut("aliases").unwrap_or(&mut Value::Null))
            .map_err(denied)?,
        "aliases" => {
            for action in v["actions"]
                .as_array_mut()
                .map(|a| a.iter_mut())
                .into_iter()
                .flatten()
            {
                for (_, spec) in action.as_object_mut().into_iter().flatten() {
                    for key in ["index", "indices", "alias", "aliases"] {
                        names(spec, key)?;
                    }
                }
            }
        }
        "reindex" => {
            // A remote source is another cluster, outside what the module
            // declares and what a dry run can shadow.
            if v["source"].get("remote").is_some() {
                return Err(denied("`source.remote` reads another cluster; a migration may reindex only from the indices it declares on this one".into()));
            }
            names(&mut v["source"], "index")?;
            names(&mut v["dest"], "index")?;
        }
        "template" => {
            if let Some(patterns) = v.get_mut("index_patterns") {
                let lenient = Namer {
                    patterns: true,
                    ..*namer
                };
                lenient.value(patterns).map_err(denied)?;
            }
            names(&mut v, "composed_of")?;
            // The optional components among them keep their names in step.
            names(&mut v, "ignore_missing_component_templates")?;
            namer
                .keys(v["template"].get_mut("aliases").unwrap_or(&mut Value::Null))
                .map_err(denied)?;
        }
        _ => {}
    }
    Ok(v.to_string())
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
        return Err(denied(
            "put query parameters in `query`, and no `..` or escapes in the path".into(),
        ));
    }
    let segments: Vec<&str> = req
        .path
        .trim_matches('/')
        .split('/')
        .filter(|s| !s.is_empty())
        .collect();
    let route = route(req.method, &segments).map_err(denied)?;
    if read_only
        && !(matches!(req.method, WitMethod::Get | WitMethod::Head) || route.api == "search")
    {
        return Err(denied(
            "`check` is read-only: it may only GET, HEAD, _count and _search".into(),
        ));
    }
    let read = matches!(req.method, WitMethod::Get | WitMethod::Head)
        || matches!(route.api, "search" | "refresh");
    let namer = Namer {
        prefix,
        reserved,
        patterns: read,
        scope,
    };
    let mut out: Vec<String> = segments.iter().map(|s| s.to_string()).collect();
    for (i, _) in &route.names {
        out[*i] = namer.list(segments[*i]).map_err(denied)?;
    }
    if req.query.len() > 100 {
        return Err(HostError::LimitExceeded(format!(
            "{} query parameters, over the cap of 100",
            req.query.len()
        )));
    }
    for (k, v) in &req.query {
        if k == "wait_for_completion" && v == "false" {
            return Err(denied("background tasks are not allowed: the host runs _reindex as a task and waits for it".into()));
        }
        if k.len() > 100 || v.len() > 1000 {
            return Err(HostError::LimitExceeded(
                "a query parameter is over 1000 bytes".into(),
            ));
        }
    }
    // The host decides how a reindex waits ([`crate::tasks`]).
    let query: Vec<(String, String)> = req
        .query
        .iter()
        .filter(|(k, _)| !(route.api == "reindex" && k == "wait_for_completion"))
        .cloned()
        .collect();
    let body = match &req.body {
        Some(b)
            if matches!(
                route.api,
                "index" | "aliases" | "reindex" | "template" | "bulk"
            ) && req.method != WitMethod::Get =>
        {
            Some(rewrite_body(route.api, b, &namer)?)
        }
        other => other.clone(),
    };
    Ok((format!("/{}", out.join("/")), query, body))
}

/// What a guest's `_bulk` answer keeps unless the guest asks for its own
/// `filter_path`: enough to tell what happened to each item, without
/// every item's shard and version details (an answer of 100,000 items
/// stays small).
const BULK_FILTER: &str =
    "took,errors,items.*._index,items.*._id,items.*.status,items.*.result,items.*.error";

/// Send a prepared request: a reindex runs as a task, and an index is
/// deleted only once no task writes it ([`crate::tasks`]). An answer
/// whose announced length is over `cap` is refused before it is read.
async fn send(
    es: &EsTarget,
    m: WitMethod,
    path: String,
    mut query: Vec<(String, String)>,
    body: Option<String>,
    cap: usize,
    note: &mut Option<String>,
) -> Result<Result<Answer, u64>, TaskError> {
    if m == WitMethod::Post && path == "/_reindex" {
        let (answer, said) = tasks::reindex(es, &query, body.unwrap_or_default()).await?;
        *note = said;
        return Ok(Ok(answer));
    }
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    if m == WitMethod::Delete && segments.len() == 1 {
        tasks::settle(es, segments[0]).await?;
    }
    filter_bulk(&path, &mut query);
    Ok(es.send_capped(method(m), &path, &query, body, cap).await?)
}

/// A guest's `_bulk` asks for the compact answer ([`BULK_FILTER`]) unless
/// it names its own `filter_path`.
fn filter_bulk(path: &str, query: &mut Vec<(String, String)>) {
    if path.trim_end_matches('/').ends_with("/_bulk")
        && !query.iter().any(|(k, _)| k == "filter_path")
    {
        query.push(("filter_path".into(), BULK_FILTER.into()));
    }
}

/// In a dry run, an index template a guest writes goes into the shadow
/// with its priority raised like the shadow's copies, and one it reads
/// comes back as written ([`snapshot::Shadow`]).
fn band_template(
    m: WitMethod,
    path: &str,
    body: Option<String>,
    band: u64,
) -> Result<Option<String>, HostError> {
    let writes = matches!(m, WitMethod::Put | WitMethod::Post)
        && path.trim_start_matches('/').starts_with("_index_template/");
    match body {
        Some(b) if writes && band > 0 => {
            let mut v: Value = serde_json::from_str(&b)
                .map_err(|e| HostError::Conversion(format!("the body is not JSON: {e}")))?;
            snapshot::band_priority(&mut v, band).map_err(HostError::NotPermitted)?;
            Ok(Some(v.to_string()))
        }
        other => Ok(other),
    }
}

/// A `_bulk` answer whose items failed, as an error naming how many and
/// the first reason.
fn bulk_failure(path: &str, r: &Response) -> Option<HostError> {
    if !path.trim_end_matches('/').ends_with("_bulk") || !(200..300).contains(&r.status) {
        return None;
    }
    let v: Value = serde_json::from_str(&r.body).ok()?;
    let (failed, items) = crate::failed_bulk_items(&v);
    if failed.is_empty() {
        return None;
    }
    let first = failed.first().map(|x| {
        format!(
            "{} on {}/{}: {} ({})",
            x["status"],
            x["_index"].as_str().unwrap_or("?"),
            x["_id"].as_str().unwrap_or("?"),
            x["error"]["reason"].as_str().unwrap_or("?"),
            x["error"]["type"].as_str().unwrap_or("?")
        )
    });
    Some(HostError::Database(DatabaseError {
        code: "bulk".into(),
        message: format!("{} of {items} bulk items failed; the first: {}", failed.len(), first.unwrap_or_default()),
        detail: None,
        hint: Some("the others were written: make the migration idempotent (index with explicit ids) and fix the failing documents".into()),
    }))
}

impl wit::Host for EsView<'_> {
    async fn send(&mut self, request: Request) -> Result<Response, HostError> {
        self.0
            .run(EngineKind::Elasticsearch, MISSING, async |call, session| {
                let caps = call.caps().clone();
                let size = request.path.len() + request.body.as_ref().map_or(0, String::len);
                let cap = if request.path.ends_with("_bulk") { caps.param_bytes } else { caps.statement_bytes };
                if size > cap {
                    return Err(HostError::LimitExceeded(format!("the request is {size} bytes, over the {cap}-byte cap; send it in batches")));
                }
                let start = Instant::now();
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
                    if request.query.is_empty() {
                        String::new()
                    } else {
                        format!("?{}", request.query.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&"))
                    },
                    request.body.as_deref().map(|b| format!(" {}", truncate(b.to_string(), 4096))).unwrap_or_default()
                );
                let prefix = session.prefix.clone();
                let band = session.band;
                let prepared = prepare(&request, prefix.as_deref(), &session.reserved, call.read_only(), call.scope())
                    .and_then(|(path, query, body)| Ok((band_template(request.method, &path, body, band)?, path, query)));
                let reads_templates = request.method == WitMethod::Get && request.path.trim_start_matches('/').starts_with("_index_template");
                let mut note = None;
                let result = match prepared {
                    Err(e) => Err(e),
                    Ok((body, path, query)) => match send(&session.target, request.method, path, query, body, caps.result_bytes, &mut note).await {
                        Ok(Err(announced)) => Err(HostError::LimitExceeded(format!(
                            "the response is {announced} bytes, over the {}-byte cap; page through it",
                            caps.result_bytes
                        ))),
                        Ok(Ok(mut answer)) => {
                            if let Some(p) = &prefix {
                                answer.body = answer.body.replace(p.as_str(), "");
                                if reads_templates && band > 0 && answer.ok() {
                                    let mut v = answer.json();
                                    snapshot::unband(&mut v);
                                    answer.body = v.to_string();
                                }
                            }
                            if answer.body.len() > caps.result_bytes {
                                Err(HostError::LimitExceeded(format!(
                                    "the response is {} bytes, over the {}-byte cap; page through it",
                                    answer.body.len(),
                                    caps.result_bytes
                                )))
                            } else {
                                Ok(Response { status: answer.status, body: answer.body })
                            }
                        }
                        Err(TaskError::Transport(e)) if e.is_timeout() => Err(HostError::Unavailable(format!(
                            "Elasticsearch did not answer in time: {e}; raise elasticsearch.request_timeout if the work is expected"
                        ))),
                        Err(TaskError::Transport(e)) => Err(HostError::Unavailable(format!("Elasticsearch is unreachable: {e}"))),
                        Err(e @ TaskError::StillRunning { .. }) => Err(HostError::Unavailable(e.to_string())),
                        Err(TaskError::Denied { doing, answer }) => Err(HostError::Database(DatabaseError {
                            code: answer.status.to_string(),
                            message: format!("Elasticsearch refused {doing}: {}", answer.error()),
                            detail: answer.kind(),
                            hint: Some(tasks::TASKS_ADVICE.into()),
                        })),
                        Err(TaskError::Failed { doing, answer }) => Err(HostError::Database(DatabaseError {
                            code: answer.status.to_string(),
                            message: format!("the tasks API failed while {doing}: {}", answer.error()),
                            detail: answer.kind(),
                            hint: None,
                        })),
                    },
                };
                // `_bulk` answers 200 even when items failed.
                let result = result.and_then(|r| match bulk_failure(&request.path, &r) {
                    Some(e) => Err(e),
                    None => Ok(r),
                });
                let error = match &result {
                    // A 404 on a read answers "does it exist?"; not a failure.
                    Ok(r) if r.status >= 400 && !(r.status == 404 && matches!(request.method, WitMethod::Get | WitMethod::Head)) => {
                        Some(HostError::Database(DatabaseError {
                            code: r.status.to_string(),
                            message: Answer { status: r.status, body: r.body.clone() }.error(),
                            detail: None,
                            hint: (r.status == 403).then(|| crate::privilege_advice("indices").to_string()),
                        }))
                    }
                    Ok(_) => None,
                    Err(e) => Some(e.clone()),
                };
                call.record(EngineKind::Elasticsearch, text, 0, None, start, error.as_ref(), note.as_deref());
                result
            })
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(m: WitMethod, path: &str, body: Option<&str>) -> Request {
        Request {
            method: m,
            path: path.into(),
            query: vec![],
            body: body.map(Into::into),
        }
    }

    #[test]
    fn allows_migration_apis_only() {
        let ok =
            |m, p| prepare(&req(m, p, None), None, "tidegate-migrations", false, None).map(|r| r.0);
        assert_eq!(ok(WitMethod::Put, "/products_v1").unwrap(), "/products_v1");
        assert_eq!(
            ok(WitMethod::Get, "/products/_mapping").unwrap(),
            "/products/_mapping"
        );
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
            assert!(
                matches!(ok(m, p), Err(HostError::NotPermitted(_))),
                "{m:?} {p} should be refused"
            );
        }
        let check =
            |m, p| prepare(&req(m, p, None), None, "tidegate-migrations", true, None).map(|r| r.0);
        assert!(check(WitMethod::Get, "/products/_count").is_ok());
        assert!(check(WitMethod::Post, "/products/_search").is_ok());
        assert!(matches!(
            check(WitMethod::Put, "/products"),
            Err(HostError::NotPermitted(_))
        ));
        assert!(matches!(
            check(WitMethod::Post, "/products/_refresh"),
            Err(HostError::NotPermitted(_))
        ));
        let bg = Request {
            query: vec![("wait_for_completion".into(), "false".into())],
            ..req(WitMethod::Post, "/_reindex", Some("{}"))
        };
        assert!(prepare(&bg, None, "tidegate-migrations", false, None).is_err());
        let remote = req(
            WitMethod::Post,
            "/_reindex",
            Some(
                r#"{"source":{"remote":{"host":"http://other:9200"},"index":"a"},"dest":{"index":"b"}}"#,
            ),
        );
        assert!(
            matches!(prepare(&remote, None, "tidegate-migrations", false, None), Err(HostError::NotPermitted(m)) if m.contains("source.remote"))
        );
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

        let (_, q, body) = prepare(
            &req(
                WitMethod::Post,
                "/_reindex",
                Some(r#"{"source":{"index":"a"},"dest":{"index":"b"}}"#),
            ),
            p,
            "x",
            false,
            None,
        )
        .unwrap();
        assert!(q.is_empty(), "the host decides how a reindex waits: {q:?}");
        assert!(body.unwrap().contains("tgshadow-ab-a"));

        let template = r#"{"index_patterns":["logs-*"],"composed_of":["c","c@custom"],"ignore_missing_component_templates":["c@custom"]}"#;
        let (_, _, body) = prepare(
            &req(WitMethod::Put, "/_index_template/t", Some(template)),
            p,
            "x",
            false,
            None,
        )
        .unwrap();
        let body: Value = serde_json::from_str(&body.unwrap()).unwrap();
        assert_eq!(body["index_patterns"][0], "tgshadow-ab-logs-*");
        assert_eq!(body["composed_of"][0], "tgshadow-ab-c");
        assert_eq!(
            body["ignore_missing_component_templates"],
            serde_json::json!(["tgshadow-ab-c@custom"]),
            "the optional component keeps its name in step"
        );
        let raised = band_template(
            WitMethod::Put,
            "/_index_template/tgshadow-ab-t",
            Some(r#"{"priority":5}"#.into()),
            100,
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            serde_json::from_str::<Value>(&raised).unwrap()["priority"],
            105
        );
        assert_eq!(
            band_template(
                WitMethod::Put,
                "/tgshadow-ab-i",
                Some(r#"{"priority":5}"#.into()),
                100
            )
            .unwrap()
            .as_deref(),
            Some(r#"{"priority":5}"#)
        );

        let bulk = "{\"index\":{\"_index\":\"a\",\"_id\":\"1\"}}\n{\"n\":1}\n{\"delete\":{\"_index\":\"a\",\"_id\":\"2\"}}\n{\"index\":{\"_index\":\"a\"}}\n{\"n\":2}\n";
        let (_, _, body) = prepare(
            &req(WitMethod::Post, "/_bulk", Some(bulk)),
            p,
            "x",
            false,
            None,
        )
        .unwrap();
        let body = body.unwrap();
        assert_eq!(body.matches("tgshadow-ab-a").count(), 3, "{body}");
        assert!(body.contains("{\"n\":2}"));
    }

    #[test]
    fn bulk_answers_are_filtered_to_what_tells_each_items_fate() {
        let mut q = vec![("refresh".to_string(), "true".to_string())];
        filter_bulk("/places/_bulk", &mut q);
        assert_eq!(q[1], ("filter_path".to_string(), BULK_FILTER.to_string()));
        let mut own = vec![("filter_path".to_string(), "items.*.error".to_string())];
        filter_bulk("/_bulk", &mut own);
        assert_eq!(own.len(), 1, "the guest's own filter stays");
        let mut search = Vec::new();
        filter_bulk("/places/_search", &mut search);
        assert!(search.is_empty());
        // What the host reads of a failed item survives the filter.
        for field in [
            "errors",
            "items.*.status",
            "items.*.error",
            "items.*._index",
            "items.*._id",
        ] {
            assert!(
                BULK_FILTER.contains(field.trim_start_matches("items.*.")),
                "{field}"
            );
        }
    }

    #[test]
    fn bulk_answers_with_failed_items_are_errors() {
        let ok = Response {
            status: 200,
            body: r#"{"errors":false,"items":[{"index":{"status":201}}]}"#.into(),
        };
        assert!(bulk_failure("/_bulk", &ok).is_none());
        let failed = Response {
            status: 200,
            body: r#"{"errors":true,"items":[{"index":{"status":201}},{"index":{"_index":"places","_id":"2","status":400,"error":{"type":"document_parsing_exception","reason":"failed to parse field [location]"}}}]}"#.into(),
        };
        let Some(HostError::Database(e)) = bulk_failure("/places/_bulk", &failed) else {
            panic!("a failed item must fail the call")
        };
        assert!(
            e.message.starts_with("1 of 2 bulk items failed")
                && e.message.contains("places/2")
                && e.message.contains("location"),
            "{}",
            e.message
        );
        assert!(bulk_failure("/places/_search", &failed).is_none());
    }

    #[test]
    fn declared_capabilities_bound_every_name() {
        let caps = Capabilities {
            indices: vec!["places".into(), "places_v*".into()],
            ..Default::default()
        };
        let go = |m, path: &str, body: Option<&str>| {
            prepare(
                &req(m, path, body),
                None,
                "tidegate-migrations",
                false,
                Some(&caps),
            )
        };
        assert!(go(WitMethod::Put, "/places_v3", None).is_ok());
        assert!(go(WitMethod::Get, "/places_v*/_mapping", None).is_ok());
        assert!(go(WitMethod::Get, "/places,places_v1/_search", None).is_ok());
        for (m, path, body) in [
            (WitMethod::Put, "/orders", None),
            (WitMethod::Get, "/place*/_mapping", None),
            (WitMethod::Get, "/places,orders/_search", None),
            (
                WitMethod::Post,
                "/_aliases",
                Some(r#"{"actions":[{"add":{"index":"places_v2","alias":"orders"}}]}"#),
            ),
            (
                WitMethod::Post,
                "/_reindex",
                Some(r#"{"source":{"index":"orders"},"dest":{"index":"places_v2"}}"#),
            ),
            (
                WitMethod::Post,
                "/_bulk",
                Some("{\"index\":{\"_index\":\"orders\"}}\n{}\n"),
            ),
            (
                WitMethod::Put,
                "/_index_template/places",
                Some(r#"{"index_patterns":["*"]}"#),
            ),
            (
                WitMethod::Put,
                "/_index_template/orders",
                Some(r#"{"index_patterns":["places_v*"]}"#),
            ),
        ] {
            let err = go(m, path, body).expect_err(path);
            assert!(
                matches!(&err, HostError::NotPermitted(msg) if msg.contains("capabilities") || msg.contains("every index")),
                "{path}: {err:?}"
            );
        }
    }
}
