//! Indices (mappings, settings), aliases and templates as a [`Snapshot`],
//! and the shadow copies a dry run works on.

use elasticsearch::http::Method;
use serde_json::{json, Map, Value};

use tidegate_core::diff::Snapshot;

use crate::{EsError, EsTarget};

pub const INDEX: &str = "search index";
pub const ALIAS: &str = "alias";
pub const TEMPLATE: &str = "index template";
pub const COMPONENT: &str = "component template";

/// Index settings the server manages, left out of snapshots and copies.
const MANAGED_SETTINGS: &[&str] =
    &["creation_date", "uuid", "provided_name", "version", "replication", "routing", "resize", "history", "verified_before_close"];

fn settable(settings: &Value) -> Value {
    let mut index = settings["index"].as_object().cloned().unwrap_or_default();
    for key in MANAGED_SETTINGS {
        index.remove(*key);
    }
    json!({ "index": index })
}

/// Whether `name` is a user's index (not a system, tidegate or other
/// run's shadow index).
fn user_name(name: &str, reserved: &str) -> bool {
    !name.starts_with('.') && !name.starts_with(reserved) && !name.starts_with("tgshadow-")
}

/// Names visible in this view: under `prefix` (stripped) in a shadow,
/// else the user's own.
fn visible<'a>(name: &'a str, prefix: Option<&str>, reserved: &str) -> Option<&'a str> {
    match prefix {
        Some(p) => name.strip_prefix(p),
        None => user_name(name, reserved).then_some(name),
    }
}

/// Every index (with mappings, settings, aliases) visible in this view.
async fn indices(es: &EsTarget, prefix: Option<&str>) -> Result<Map<String, Value>, EsError> {
    let path = format!("/{}*", prefix.unwrap_or_default());
    let a = es.call(Method::Get, &path, &[("expand_wildcards", "open")], None, &[404], "listing indices").await?;
    Ok(if a.status == 404 { Map::new() } else { a.json().as_object().cloned().unwrap_or_default() })
}

async fn templates(es: &EsTarget, api: &str, key: &str, field: &str) -> Result<Vec<(String, Value)>, EsError> {
    let a = es.call(Method::Get, &format!("/{api}"), &[], None, &[404], "listing templates").await?;
    Ok(a.json()[key]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| Some((t["name"].as_str()?.to_string(), t[field].clone())))
        .collect())
}

fn strip(v: &Value, prefix: Option<&str>) -> String {
    let s = v.to_string();
    match prefix {
        Some(p) => s.replace(p, ""),
        None => s,
    }
}

pub async fn snapshot(es: &EsTarget, prefix: Option<&str>, reserved: &str) -> Result<Snapshot, EsError> {
    let mut snap = Snapshot::default();
    let mut aliases: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (name, info) in indices(es, prefix).await? {
        let Some(bare) = visible(&name, prefix, reserved) else { continue };
        snap.insert(
            INDEX,
            bare,
            [("mappings", strip(&info["mappings"], prefix)), ("settings", strip(&settable(&info["settings"]), prefix))],
        );
        for alias in info["aliases"].as_object().into_iter().flatten().map(|(a, _)| a) {
            let alias = prefix.and_then(|p| alias.strip_prefix(p)).unwrap_or(alias);
            aliases.entry(alias.to_string()).or_default().push(bare.to_string());
        }
    }
    for (alias, mut on) in aliases {
        on.sort();
        snap.insert(ALIAS, alias, [("indices", on.join(","))]);
    }
    for (api, key, field, kind) in [
        ("_index_template", "index_templates", "index_template", TEMPLATE),
        ("_component_template", "component_templates", "component_template", COMPONENT),
    ] {
        for (name, body) in templates(es, api, key, field).await? {
            if let Some(bare) = visible(&name, prefix, reserved) {
                snap.insert(kind, bare, [("definition", strip(&body, prefix))]);
            }
        }
    }
    Ok(snap)
}

/// Shadow copies of the user's indices (mappings, settings, aliases; no
/// documents) and templates, all named with one unique prefix.
pub struct Shadow {
    pub prefix: String,
}

fn prefixed_keys(v: &Value, prefix: &str) -> Value {
    match v.as_object() {
        Some(m) => Value::Object(m.iter().map(|(k, v)| (format!("{prefix}{k}"), v.clone())).collect()),
        None => json!({}),
    }
}

impl Shadow {
    pub async fn create(es: &EsTarget, reserved: &str) -> Result<Shadow, EsError> {
        let mut nonce = [0u8; 4];
        let _ = getrandom::fill(&mut nonce);
        let shadow = Shadow { prefix: format!("tgshadow-{}-", hex::encode(nonce)) };
        if let Err(e) = shadow.copy(es, reserved).await {
            shadow.drop(es).await;
            return Err(e);
        }
        Ok(shadow)
    }

    async fn copy(&self, es: &EsTarget, reserved: &str) -> Result<(), EsError> {
        let p = &self.prefix;
        for (name, mut body) in templates(es, "_component_template", "component_templates", "component_template").await? {
            if !user_name(&name, reserved) {
                continue;
            }
            body["template"]["aliases"] = prefixed_keys(&body["template"]["aliases"], p);
            let path = format!("/_component_template/{p}{name}");
            es.call(Method::Put, &path, &[], Some(body), &[], &format!("copying component template {name} into the shadow")).await?;
        }
        for (name, mut body) in templates(es, "_index_template", "index_templates", "index_template").await? {
            if !user_name(&name, reserved) {
                continue;
            }
            let patterns: Vec<Value> = body["index_patterns"].as_array().into_iter().flatten().filter_map(Value::as_str).map(|s| json!(format!("{p}{s}"))).collect();
            body["index_patterns"] = json!(patterns);
            if let Some(parts) = body["composed_of"].as_array_mut() {
                for part in parts {
                    *part = json!(format!("{p}{}", part.as_str().unwrap_or_default()));
                }
            }
            if body["template"].is_object() {
                body["template"]["aliases"] = prefixed_keys(&body["template"]["aliases"], p);
            }
            let path = format!("/_index_template/{p}{name}");
            es.call(Method::Put, &path, &[], Some(body), &[], &format!("copying index template {name} into the shadow")).await?;
        }
        for (name, info) in indices(es, None).await? {
            if !user_name(&name, reserved) {
                continue;
            }
            let body = json!({
                "settings": settable(&info["settings"]),
                "mappings": info["mappings"],
                "aliases": prefixed_keys(&info["aliases"], p),
            });
            es.call(Method::Put, &format!("/{p}{name}"), &[], Some(body), &[], &format!("copying index {name} into the shadow")).await?;
        }
        Ok(())
    }

    /// Delete every shadow index and template by name (wildcard deletes are
    /// often disabled). Failures are logged: the dry run's answer does not
    /// depend on them.
    pub async fn drop(&self, es: &EsTarget) {
        let result = async {
            let names: Vec<String> = indices(es, Some(&self.prefix)).await?.keys().cloned().collect();
            for chunk in names.chunks(50) {
                es.call(Method::Delete, &format!("/{}", chunk.join(",")), &[], None, &[404], "deleting shadow indices").await?;
            }
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
