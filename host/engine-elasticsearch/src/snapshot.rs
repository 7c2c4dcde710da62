//! Indices (mappings, settings), aliases and templates as a [`Snapshot`],
//! and the shadow copies a dry run works on.
//!
//! Both cover only the run's [`Scope`]: the indices and aliases its
//! migrations declare, the index templates named by the declaration or
//! whose patterns could match a declared name, and the component templates
//! those compose. Other tenants' indices, built-in templates (`logs`,
//! `metrics`, Fleet's) and system objects are never copied or compared.

use elasticsearch::http::Method;
use serde_json::{json, Map, Value};

use tidegate_core::capabilities::Scope;
use tidegate_core::diff::Snapshot;

use crate::{EsError, EsTarget};

pub const INDEX: &str = "search index";
pub const ALIAS: &str = "alias";
pub const TEMPLATE: &str = "index template";
pub const COMPONENT: &str = "component template";

/// Index settings the server manages (`GET` returns them, `PUT` refuses
/// or ignores them), left out of snapshots and copies.
const MANAGED_SETTINGS: &[&str] =
    &["creation_date", "uuid", "provided_name", "version", "replication", "routing", "resize", "history", "verified_before_close", "frozen"];

/// Template fields the server stamps (Elasticsearch 8.18+ dates).
const MANAGED_TEMPLATE_FIELDS: &[&str] = &["created_date", "created_date_millis", "modified_date", "modified_date_millis"];

/// Settings a shadow copy leaves out: an ILM policy would roll over or
/// delete the shadow, and a tier preference may name tiers that are full.
const UNCOPIED_SETTINGS: &[&str] = &["lifecycle", "plugins"];

fn settable(settings: &Value) -> Value {
    let mut index = settings["index"].as_object().cloned().unwrap_or_default();
    for key in MANAGED_SETTINGS {
        index.remove(*key);
    }
    json!({ "index": index })
}

fn template_body(mut body: Value) -> Value {
    if let Some(o) = body.as_object_mut() {
        for key in MANAGED_TEMPLATE_FIELDS {
            o.remove(*key);
        }
    }
    body
}

/// Whether `name` is a user's object (not a system, tidegate or other
/// run's shadow object).
fn user_name(name: &str, reserved: &str) -> bool {
    !name.starts_with('.') && !name.starts_with(reserved) && !name.starts_with("tgshadow-")
}

/// The indices to list for a scope: the declared names and patterns, or
/// every index.
fn index_expression(scope: &Scope, prefix: &str) -> String {
    match scope.names() {
        None => format!("{prefix}*"),
        Some(names) => names.iter().map(|n| format!("{prefix}{n}")).collect::<Vec<_>>().join(","),
    }
}

/// Every index in scope (with mappings, settings, aliases), keyed by its
/// name without `prefix`.
async fn indices(es: &EsTarget, prefix: &str, reserved: &str, scope: &Scope) -> Result<Map<String, Value>, EsError> {
    if scope.names().is_some_and(<[String]>::is_empty) {
        return Ok(Map::new());
    }
    let path = format!("/{}", index_expression(scope, prefix));
    // Declared names that do not exist yet are not an error.
    let q = [("expand_wildcards", "open"), ("ignore_unavailable", "true"), ("allow_no_indices", "true")];
    let a = es.call(Method::Get, &path, &q, None, &[404], "listing indices").await?;
    let all = if a.status == 404 { Map::new() } else { a.json().as_object().cloned().unwrap_or_default() };
    Ok(all
        .into_iter()
        .filter_map(|(name, info)| {
            let bare = name.strip_prefix(prefix)?.to_string();
            // A declared alias lists the indices behind it, which may be
            // outside the declaration.
            (user_name(&bare, reserved) && scope.covers(&bare)).then_some((bare, info))
        })
        .collect())
}

async fn templates(es: &EsTarget, api: &str, key: &str, field: &str) -> Result<Vec<(String, Value)>, EsError> {
    let a = es.call(Method::Get, &format!("/{api}"), &[], None, &[404], "listing templates").await?;
    Ok(a.json()[key]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| Some((t["name"].as_str()?.to_string(), template_body(t[field].clone()))))
        .collect())
}

/// The templates in scope, keyed by name without `prefix`: index
/// templates named by the scope or whose patterns could match a name in
/// it, then the component templates those compose (and any the scope
/// names). System (dot-named) components are referenced, not copied.
pub async fn scoped_templates(es: &EsTarget, prefix: &str, reserved: &str, scope: &Scope) -> Result<(Vec<(String, Value)>, Vec<(String, Value)>), EsError> {
    let visible = |name: &str| name.strip_prefix(prefix).filter(|bare| user_name(bare, reserved)).map(str::to_string);
    let mut index_templates = Vec::new();
    for (name, body) in templates(es, "_index_template", "index_templates", "index_template").await? {
        let Some(bare) = visible(&name) else { continue };
        let patterns: Vec<&str> = body["index_patterns"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        let matches = patterns.iter().any(|p| scope.meets(p.strip_prefix(prefix).unwrap_or(p)));
        if scope.covers(&bare) || matches {
            index_templates.push((bare, body));
        }
    }
    let composed: Vec<String> = index_templates
        .iter()
        .flat_map(|(_, b)| b["composed_of"].as_array().cloned().unwrap_or_default())
        .filter_map(|c| c.as_str().map(str::to_string))
        .collect();
    let mut components = Vec::new();
    for (name, body) in templates(es, "_component_template", "component_templates", "component_template").await? {
        let Some(bare) = visible(&name) else { continue };
        if scope.covers(&bare) || composed.contains(&name) {
            components.push((bare, body));
        }
    }
    Ok((index_templates, components))
}

/// Remove a shadow prefix from every string in a JSON value.
fn strip(v: &Value, prefix: &str) -> String {
    let s = v.to_string();
    if prefix.is_empty() { s } else { s.replace(prefix, "") }
}

/// The catalog in `scope`: the target's (`prefix` empty) or a shadow's.
pub async fn snapshot(es: &EsTarget, prefix: &str, reserved: &str, scope: &Scope) -> Result<Snapshot, EsError> {
    let mut snap = Snapshot::default();
    let mut aliases: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (bare, info) in indices(es, prefix, reserved, scope).await? {
        snap.insert(INDEX, &bare, [("mappings", strip(&info["mappings"], prefix)), ("settings", strip(&settable(&info["settings"]), prefix))]);
        for alias in info["aliases"].as_object().into_iter().flatten().map(|(a, _)| a) {
            let alias = alias.strip_prefix(prefix).unwrap_or(alias);
            aliases.entry(alias.to_string()).or_default().push(bare.clone());
        }
    }
    for (alias, mut on) in aliases {
        on.sort();
        snap.insert(ALIAS, alias, [("indices", on.join(","))]);
    }
    let (index_templates, components) = scoped_templates(es, prefix, reserved, scope).await?;
    for (name, body) in index_templates {
        snap.insert(TEMPLATE, name, [("definition", strip(&body, prefix))]);
    }
    for (name, body) in components {
        snap.insert(COMPONENT, name, [("definition", strip(&body, prefix))]);
    }
    Ok(snap)
}

/// Shadow copies of the objects in a run's scope (indices with mappings,
/// settings and aliases but no documents; templates), all named with one
/// unique prefix.
pub struct Shadow {
    pub prefix: String,
}

fn prefixed_keys(v: &Value, prefix: &str) -> Value {
    match v.as_object() {
        Some(m) => Value::Object(m.iter().map(|(k, v)| (format!("{prefix}{k}"), v.clone())).collect()),
        None => json!({}),
    }
}

/// An index template's body for the shadow: patterns and aliases get the
/// prefix, and so do the components that are copied with it. Components
/// that are not copied (system ones, or missing ones the template lists in
/// `ignore_missing_component_templates`) keep their names, so the server
/// resolves them exactly as it does for the real template.
pub fn shadow_index_template(mut body: Value, prefix: &str, copied: &[String]) -> Value {
    let patterns: Vec<Value> = body["index_patterns"].as_array().into_iter().flatten().filter_map(Value::as_str).map(|s| json!(format!("{prefix}{s}"))).collect();
    body["index_patterns"] = json!(patterns);
    let rename = |v: &mut Value| {
        if let Some(parts) = v.as_array_mut() {
            for part in parts {
                if let Some(name) = part.as_str().filter(|n| copied.iter().any(|c| c == n)) {
                    *part = json!(format!("{prefix}{name}"));
                }
            }
        }
    };
    if let Some(v) = body.get_mut("composed_of") {
        rename(v);
    }
    if let Some(v) = body.get_mut("ignore_missing_component_templates") {
        rename(v);
    }
    if body["template"].is_object() {
        body["template"]["aliases"] = prefixed_keys(&body["template"]["aliases"], prefix);
    }
    body
}

/// An index's body for the shadow.
pub fn shadow_index(info: &Value, prefix: &str) -> Value {
    let mut settings = settable(&info["settings"]);
    if let Some(index) = settings["index"].as_object_mut() {
        for key in UNCOPIED_SETTINGS {
            index.remove(*key);
        }
    }
    json!({ "settings": settings, "mappings": info["mappings"], "aliases": prefixed_keys(&info["aliases"], prefix) })
}

impl Shadow {
    pub async fn create(es: &EsTarget, reserved: &str, scope: &Scope) -> Result<Shadow, EsError> {
        let mut nonce = [0u8; 4];
        let _ = getrandom::fill(&mut nonce);
        let shadow = Shadow { prefix: format!("tgshadow-{}-", hex::encode(nonce)) };
        if let Err(e) = shadow.copy(es, reserved, scope).await {
            shadow.drop(es).await;
            return Err(e);
        }
        Ok(shadow)
    }

    async fn copy(&self, es: &EsTarget, reserved: &str, scope: &Scope) -> Result<(), EsError> {
        let p = &self.prefix;
        let (index_templates, components) = scoped_templates(es, "", reserved, scope).await?;
        let copied: Vec<String> = components.iter().map(|(n, _)| n.clone()).collect();
        for (name, mut body) in components {
            body["template"]["aliases"] = prefixed_keys(&body["template"]["aliases"], p);
            let path = format!("/_component_template/{p}{name}");
            es.call(Method::Put, &path, &[], Some(body), &[], &format!("copying component template {name} into the shadow")).await?;
        }
        for (name, body) in index_templates {
            let path = format!("/_index_template/{p}{name}");
            let body = shadow_index_template(body, p, &copied);
            es.call(Method::Put, &path, &[], Some(body), &[], &format!("copying index template {name} into the shadow")).await?;
        }
        for (name, info) in indices(es, "", reserved, scope).await? {
            let body = shadow_index(&info, p);
            es.call(Method::Put, &format!("/{p}{name}"), &[], Some(body), &[], &format!("copying index {name} into the shadow")).await?;
        }
        Ok(())
    }

    /// Delete every shadow index and template by name (wildcard deletes are
    /// often disabled). Failures are logged: the dry run's answer does not
    /// depend on them.
    pub async fn drop(&self, es: &EsTarget) {
        let result = async {
            let q = [("expand_wildcards", "all"), ("ignore_unavailable", "true"), ("allow_no_indices", "true")];
            let a = es.call(Method::Get, &format!("/{}*", self.prefix), &q, None, &[404], "listing shadow indices").await?;
            let names: Vec<String> = a.json().as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default();
            for chunk in names.chunks(50) {
                es.call(Method::Delete, &format!("/{}", chunk.join(",")), &[], None, &[404], "deleting shadow indices").await?;
            }
            // Index templates first: a component in use cannot be deleted.
            for (api, key, field) in
                [("_index_template", "index_templates", "index_template"), ("_component_template", "component_templates", "component_template")]
            {
                for (name, _) in templates(es, api, key, field).await? {
                    if name.starts_with(&self.prefix) {
                        es.call(Method::Delete, &format!("/{api}/{name}"), &[], None, &[404], "deleting shadow templates").await?;
                    }
                }
            }
            Ok::<_, EsError>(())
        }
        .await;
        if let Err(e) = result {
            tracing::warn!("cannot delete the shadow copies {}*: {e}; delete them by hand", self.prefix);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shadow_templates_keep_references_they_do_not_copy() {
        // Elasticsearch 8's built-in `logs`, reduced.
        let logs = json!({
            "index_patterns": ["logs-*-*"],
            "composed_of": ["logs@mappings", "logs@settings", "logs@custom", ".fleet_globals-1"],
            "ignore_missing_component_templates": ["logs@custom"],
            "priority": 100,
            "data_stream": {},
            "created_date_millis": 1,
        });
        let body = shadow_index_template(template_body(logs), "tgshadow-ab-", &["logs@mappings".into(), "logs@settings".into()]);
        assert_eq!(body["index_patterns"], json!(["tgshadow-ab-logs-*-*"]));
        assert_eq!(body["composed_of"], json!(["tgshadow-ab-logs@mappings", "tgshadow-ab-logs@settings", "logs@custom", ".fleet_globals-1"]));
        assert_eq!(body["ignore_missing_component_templates"], json!(["logs@custom"]));
        assert!(body.get("created_date_millis").is_none(), "server-stamped fields are not sent back");
    }

    #[test]
    fn shadow_indices_drop_managed_and_lifecycle_settings() {
        let info = json!({
            "settings": { "index": { "number_of_shards": "1", "uuid": "u", "creation_date": "1", "provided_name": "p", "version": { "created": "8" }, "lifecycle": { "name": "logs" } } },
            "mappings": { "properties": { "a": { "type": "keyword" } } },
            "aliases": { "places": {} },
        });
        let body = shadow_index(&info, "tgshadow-ab-");
        assert_eq!(body["settings"], json!({ "index": { "number_of_shards": "1" } }));
        assert_eq!(body["aliases"], json!({ "tgshadow-ab-places": {} }));
    }
}
