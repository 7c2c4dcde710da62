//! Elasticsearch and OpenSearch calls, and helpers for what migrations do:
//! indices with mappings and analyzers, templates, and a zero-downtime
//! reindex behind an alias.
//!
//! Requests are limited to the index, alias, template, mapping, settings,
//! `_reindex`, `_bulk`, `_count`, `_search`, `_refresh` and
//! `_cluster/health` APIs. In a dry run the host sends them to shadow
//! copies; the migration sees its own names.

use serde_json::{Map, Value, json};

use crate::bindings::tidegate::migration::elasticsearch as wit;
use crate::{Error, Result, log};

pub use wit::Method;

/// A response: HTTP status and JSON body.
#[derive(Debug, Clone)]
pub struct Response {
    /// HTTP status.
    pub status: u16,
    /// The body, parsed; `Null` when empty.
    pub body: Value,
}

/// Send one request and return whatever status comes back.
pub fn send(
    method: Method,
    path: &str,
    query: &[(&str, &str)],
    body: Option<&Value>,
) -> Result<Response> {
    let request = wit::Request {
        method,
        path: path.into(),
        query: query
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        body: body.map(Value::to_string),
    };
    let r = wit::send(&request)?;
    let body = if r.body.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&r.body).unwrap_or(Value::String(r.body))
    };
    Ok(Response {
        status: r.status,
        body,
    })
}

/// Send one request; a status of 400 or more is an error naming the
/// server's reason.
pub fn request(
    method: Method,
    path: &str,
    query: &[(&str, &str)],
    body: Option<&Value>,
) -> Result<Value> {
    let r = send(method, path, query, body)?;
    if r.status >= 400 {
        return Err(failure(path, &r));
    }
    Ok(r.body)
}

/// The error for a failed response to a request on `path`: the status and
/// the server's reason.
pub fn failure(path: &str, r: &Response) -> Error {
    let e = &r.body["error"];
    let reason = e["reason"]
        .as_str()
        .map(|s| format!("{s} ({})", e["type"].as_str().unwrap_or("error")));
    Error::other(format!(
        "{path}: HTTP {}: {}",
        r.status,
        reason.unwrap_or_else(|| r.body.to_string())
    ))
}

/// Whether an index (or alias) exists: 200 yes, 404 no; any other answer
/// (a refusal, a server error) is an error, never "it is not there".
pub fn exists(name: &str) -> Result<bool> {
    let r = send(Method::Head, &format!("/{name}"), &[], None)?;
    match r.status {
        200 => Ok(true),
        404 => Ok(false),
        _ => Err(failure(&format!("/{name}"), &r)),
    }
}

/// An index to create: settings, analyzers, field mappings and aliases.
#[derive(Debug, Clone, Default)]
pub struct IndexSpec {
    settings: Map<String, Value>,
    analyzers: Map<String, Value>,
    properties: Map<String, Value>,
    aliases: Map<String, Value>,
    strict: bool,
}

impl IndexSpec {
    /// An empty spec: server defaults, dynamic mappings.
    pub fn new() -> Self {
        Self::default()
    }

    /// Primary shards.
    pub fn shards(mut self, n: u32) -> Self {
        self.settings.insert("number_of_shards".into(), json!(n));
        self
    }

    /// Replicas per shard.
    pub fn replicas(mut self, n: u32) -> Self {
        self.settings.insert("number_of_replicas".into(), json!(n));
        self
    }

    /// A custom analyzer, e.g. `json!({"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]})`.
    pub fn analyzer(mut self, name: &str, definition: Value) -> Self {
        self.analyzers.insert(name.into(), definition);
        self
    }

    /// Any field mapping.
    pub fn field(mut self, name: &str, mapping: Value) -> Self {
        self.properties.insert(name.into(), mapping);
        self
    }

    /// A full-text field analysed with `analyzer` (a built-in language
    /// analyzer such as `french`, or one added with [`IndexSpec::analyzer`]).
    pub fn text(self, name: &str, analyzer: &str) -> Self {
        self.field(name, json!({ "type": "text", "analyzer": analyzer }))
    }

    /// One text field with a sub-field per language: `name.en`, `name.fr`, …
    pub fn multilingual(self, name: &str, languages: &[(&str, &str)]) -> Self {
        let fields: Map<String, Value> = languages
            .iter()
            .map(|(suffix, analyzer)| {
                (
                    suffix.to_string(),
                    json!({ "type": "text", "analyzer": analyzer }),
                )
            })
            .collect();
        self.field(name, json!({ "type": "text", "fields": fields }))
    }

    /// An exact-value field.
    pub fn keyword(self, name: &str) -> Self {
        self.field(name, json!({ "type": "keyword" }))
    }

    /// A latitude/longitude point.
    pub fn geo_point(self, name: &str) -> Self {
        self.field(name, json!({ "type": "geo_point" }))
    }

    /// A shape (polygon, line, …).
    pub fn geo_shape(self, name: &str) -> Self {
        self.field(name, json!({ "type": "geo_shape" }))
    }

    /// Refuse documents with fields the mapping does not name.
    pub fn strict(mut self) -> Self {
        self.strict = true;
        self
    }

    /// An alias on the new index.
    pub fn alias(mut self, name: &str) -> Self {
        self.aliases.insert(name.into(), json!({}));
        self
    }

    /// The create-index body.
    pub fn body(&self) -> Value {
        let mut settings = self.settings.clone();
        if !self.analyzers.is_empty() {
            settings.insert("analysis".into(), json!({ "analyzer": self.analyzers }));
        }
        let mut body =
            json!({ "settings": settings, "mappings": { "properties": self.properties } });
        if self.strict {
            body["mappings"]["dynamic"] = json!("strict");
        }
        if !self.aliases.is_empty() {
            body["aliases"] = Value::Object(self.aliases.clone());
        }
        body
    }
}

/// Create an index unless it exists. Idempotent; an existing index keeps
/// its mappings (use [`put_mapping`] to add fields).
pub fn create_index(name: &str, spec: &IndexSpec) -> Result<()> {
    if exists(name)? {
        log::info(&format!("index {name} already exists"));
        return Ok(());
    }
    request(Method::Put, &format!("/{name}"), &[], Some(&spec.body()))?;
    Ok(())
}

/// Delete an index if it exists. Idempotent.
pub fn delete_index(name: &str) -> Result<()> {
    if exists(name)? {
        request(Method::Delete, &format!("/{name}"), &[], None)?;
    }
    Ok(())
}

/// Add fields to an index's mapping: `json!({"tags": {"type": "keyword"}})`.
/// Changing an existing field's type is refused by the server; that needs
/// [`reindex_with_alias_swap`].
pub fn put_mapping(index: &str, properties: &Value) -> Result<()> {
    request(
        Method::Put,
        &format!("/{index}/_mapping"),
        &[],
        Some(&json!({ "properties": properties })),
    )?;
    Ok(())
}

/// Create or replace an index template (`PUT _index_template`).
pub fn put_index_template(
    name: &str,
    patterns: &[&str],
    template: &IndexSpec,
    priority: u32,
) -> Result<()> {
    let body =
        json!({ "index_patterns": patterns, "priority": priority, "template": template.body() });
    request(
        Method::Put,
        &format!("/_index_template/{name}"),
        &[],
        Some(&body),
    )?;
    Ok(())
}

/// Delete an index template if it exists. Idempotent.
pub fn delete_index_template(name: &str) -> Result<()> {
    let r = send(
        Method::Delete,
        &format!("/_index_template/{name}"),
        &[],
        None,
    )?;
    if r.status >= 400 && r.status != 404 {
        return Err(Error::other(format!(
            "deleting index template {name}: HTTP {}: {}",
            r.status, r.body
        )));
    }
    Ok(())
}

/// The indices an alias points at, sorted (none when there is no such
/// alias; any other failure is an error).
pub fn alias_targets(alias: &str) -> Result<Vec<String>> {
    let r = send(Method::Get, &format!("/_alias/{alias}"), &[], None)?;
    if r.status == 404 {
        return Ok(Vec::new());
    }
    if r.status >= 400 {
        return Err(failure(&format!("/_alias/{alias}"), &r));
    }
    let mut names: Vec<String> = r
        .body
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    names.sort();
    Ok(names)
}

/// Point `alias` at `index` alone, in one atomic `_aliases` call. The
/// alias keeps its properties (`filter`, routing, `is_write_index`,
/// `is_hidden`) as the index it pointed at had them.
pub fn swap_alias(alias: &str, index: &str) -> Result<()> {
    let targets = alias_targets(alias)?;
    let properties = match targets.iter().find(|i| *i != index) {
        Some(old) => alias_properties(old, alias)?,
        None => json!({}),
    };
    let mut actions: Vec<Value> = targets
        .into_iter()
        .filter(|i| i != index)
        .map(|i| json!({ "remove": { "index": i, "alias": alias } }))
        .collect();
    actions.push(add_alias(index, alias, &properties));
    request(
        Method::Post,
        "/_aliases",
        &[],
        Some(&json!({ "actions": actions })),
    )?;
    Ok(())
}

/// How `alias` is defined on `index` (`GET /<index>/_alias/<alias>`): its
/// filter, routing and flags.
fn alias_properties(index: &str, alias: &str) -> Result<Value> {
    let v = request(Method::Get, &format!("/{index}/_alias/{alias}"), &[], None)?;
    Ok(v[index]["aliases"][alias].clone())
}

/// An `add` action pointing `alias` at `index` with `properties`.
fn add_alias(index: &str, alias: &str, properties: &Value) -> Value {
    let mut add = json!({ "index": index, "alias": alias });
    for (k, v) in properties.as_object().into_iter().flatten() {
        add[k] = v.clone();
    }
    json!({ "add": add })
}

/// Make recent writes visible to search and count.
pub fn refresh(index: &str) -> Result<()> {
    request(Method::Post, &format!("/{index}/_refresh"), &[], None)?;
    Ok(())
}

/// Documents in an index (or alias).
pub fn count(index: &str) -> Result<u64> {
    let body = request(Method::Get, &format!("/{index}/_count"), &[], None)?;
    body["count"]
        .as_u64()
        .ok_or_else(|| Error::other(format!("_count on {index} returned no count")))
}

/// Index documents (`_bulk`), refreshing afterwards; `docs` are
/// (id, source) pairs. Fails if any item failed.
pub fn bulk_index(index: &str, docs: &[(String, Value)]) -> Result<()> {
    if docs.is_empty() {
        return Ok(());
    }
    let mut body = String::new();
    for (id, source) in docs {
        body.push_str(&json!({ "index": { "_index": index, "_id": id } }).to_string());
        body.push('\n');
        body.push_str(&source.to_string());
        body.push('\n');
    }
    let request = wit::Request {
        method: Method::Post,
        path: "/_bulk".into(),
        query: vec![("refresh".into(), "true".into())],
        body: Some(body),
    };
    let r = wit::send(&request)?;
    let v: Value = serde_json::from_str(&r.body).unwrap_or(Value::Null);
    if r.status >= 400 || v["errors"] == json!(true) {
        return Err(Error::other(format!(
            "_bulk into {index} failed: HTTP {}: {}",
            r.status,
            r.body.chars().take(500).collect::<String>()
        )));
    }
    Ok(())
}

/// Zero-downtime reindex behind an alias:
///
/// 1. create `new_index` from `spec`;
/// 2. `_reindex` from the index the alias points at, waiting for it;
/// 3. check that both hold the same number of documents;
/// 4. swap the alias to `new_index` in one atomic `_aliases` call.
///
/// On any failure before the swap, `new_index` is deleted and the alias
/// stays on the old index. Idempotent: when the alias already points at
/// `new_index` there is nothing to do; a `new_index` left by an earlier,
/// interrupted attempt (not behind the alias) is rebuilt.
/// Returns the index the alias pointed at before.
pub fn reindex_with_alias_swap(alias: &str, new_index: &str, spec: &IndexSpec) -> Result<String> {
    let targets = alias_targets(alias)?;
    if targets == [new_index] {
        log::info(&format!("alias {alias} already points at {new_index}"));
        return Ok(new_index.to_string());
    }
    let old = match targets.as_slice() {
        [one] => one.clone(),
        [] => {
            return Err(Error::precondition(format!(
                "alias {alias} points at no index; create it first"
            )));
        }
        many => {
            return Err(Error::precondition(format!(
                "alias {alias} points at several indices ({}); point it at one",
                many.join(", ")
            )));
        }
    };
    if exists(new_index)? {
        log::warn(&format!(
            "{new_index} exists but is not behind {alias}: left by an interrupted attempt; rebuilding it"
        ));
        delete_index(new_index)?;
    }
    request(
        Method::Put,
        &format!("/{new_index}"),
        &[],
        Some(&spec.body()),
    )?;
    let attempt = (|| -> Result<()> {
        let body = json!({ "source": { "index": old }, "dest": { "index": new_index } });
        let r = request(
            Method::Post,
            "/_reindex",
            &[("wait_for_completion", "true"), ("refresh", "true")],
            Some(&body),
        )?;
        if r["failures"].as_array().is_some_and(|f| !f.is_empty()) || r["timed_out"] == json!(true)
        {
            return Err(Error::other(format!(
                "_reindex from {old} into {new_index} reported failures: {}",
                r["failures"]
            )));
        }
        refresh(new_index)?;
        refresh(&old)?;
        let (before, after) = (count(&old)?, count(new_index)?);
        if before != after {
            return Err(Error::precondition(format!(
                "document counts differ after reindex: {old} has {before}, {new_index} has {after}; were writes going to {old} during the reindex?"
            )));
        }
        log::info(&format!(
            "reindexed {after} documents from {old} into {new_index}"
        ));
        // The alias keeps its filter, routing and flags.
        let actions = json!({ "actions": [
            { "remove": { "index": old, "alias": alias } },
            add_alias(new_index, alias, &alias_properties(&old, alias)?),
        ] });
        request(Method::Post, "/_aliases", &[], Some(&actions))?;
        Ok(())
    })();
    if let Err(e) = attempt {
        log::warn(&format!(
            "reindex into {new_index} failed; deleting it, alias {alias} stays on {old}"
        ));
        if let Err(cleanup) = delete_index(new_index) {
            log::warn(&format!("could not delete {new_index}: {cleanup}"));
        }
        return Err(e);
    }
    Ok(old)
}
