//! Indices (mappings, settings), aliases and templates as a [`Snapshot`],
//! and the shadow copies a dry run works on.
//!
//! Both cover only the run's [`Scope`]: the indices and aliases its
//! migrations declare, the index templates named by the declaration or
//! whose patterns could match a declared name, and the component templates
//! those compose. Other tenants' indices, built-in templates (`logs`,
//! `metrics`, Fleet's) and system objects are never copied or compared.

use elasticsearch::http::Method;
use serde_json::{Map, Value, json};

use tidegate_core::capabilities::Scope;
use tidegate_core::diff::Snapshot;
use tidegate_core::shadow::ShadowOwner;

use crate::{EsError, EsTarget};

pub const INDEX: &str = "search index";
pub const ALIAS: &str = "alias";
pub const TEMPLATE: &str = "index template";
pub const COMPONENT: &str = "component template";

/// Index settings the server manages (`GET` returns them, `PUT` refuses
/// or ignores them), left out of snapshots and copies.
const MANAGED_SETTINGS: &[&str] = &[
    "creation_date",
    "uuid",
    "provided_name",
    "version",
    "replication",
    "routing",
    "resize",
    "history",
    "verified_before_close",
    "frozen",
];

/// Template fields the server stamps (Elasticsearch 8.18+ dates).
const MANAGED_TEMPLATE_FIELDS: &[&str] = &[
    "created_date",
    "created_date_millis",
    "modified_date",
    "modified_date_millis",
];

/// Settings a shadow copy leaves out: an ILM policy would roll over or
/// delete the shadow, and a tier preference may name tiers that are full;
/// a mounted (searchable snapshot) index's store and recovery settings,
/// and OpenSearch's remote-store settings, are private to the server,
/// which refuses them in a `PUT`.
const UNCOPIED_SETTINGS: &[&str] = &[
    "lifecycle",
    "plugins",
    "remote_store",
    "searchable_snapshot",
];

/// The byte budget for the names in one request's path: Elasticsearch
/// and OpenSearch refuse a request line over `http.max_initial_line_length`
/// (4 KB by default) with 400 `too_long_http_line_exception`. The rest
/// (method, the API's own path, a query of a few options, the protocol)
/// fits in what is left.
pub const PATH_NAMES_BYTES: usize = 3000;

/// `names`, comma-joined into as few expressions as fit `limit` bytes each
/// once percent-encoded on the request line (a longer single name gets an
/// expression of its own).
pub fn name_chunks(names: impl IntoIterator<Item = String>, limit: usize) -> Vec<String> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for name in names {
        let len = encoded_len(&name);
        match out.last_mut() {
            Some((last, used)) if !last.is_empty() && *used + 1 + len <= limit => {
                last.push(',');
                last.push_str(&name);
                *used += 1 + len;
            }
            _ => out.push((name, len)),
        }
    }
    out.into_iter().map(|(expression, _)| expression).collect()
}

/// The bytes `name` takes in a URL path: a non-ASCII byte, and the ASCII
/// a path escapes, take three (`%XX`).
fn encoded_len(name: &str) -> usize {
    name.bytes()
        .map(|b| {
            if b.is_ascii_graphic() && !b"\"#<>?`{}%".contains(&b) {
                1
            } else {
                3
            }
        })
        .sum()
}

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

/// The index expressions to list for a scope: the declared names and
/// patterns, split to fit a request line, or every index.
fn index_expressions(scope: &Scope, prefix: &str) -> Vec<String> {
    match scope.names() {
        None => vec![format!("{prefix}*")],
        Some(names) => name_chunks(
            names.iter().map(|n| format!("{prefix}{n}")),
            PATH_NAMES_BYTES,
        ),
    }
}

/// Every index in scope (with mappings, settings, aliases), keyed by its
/// name without `prefix`.
async fn indices(
    es: &EsTarget,
    prefix: &str,
    reserved: &str,
    scope: &Scope,
) -> Result<Map<String, Value>, EsError> {
    if scope.names().is_some_and(<[String]>::is_empty) {
        return Ok(Map::new());
    }
    let mut all = Map::new();
    for expression in index_expressions(scope, prefix) {
        // Declared names that do not exist yet are not an error.
        let q = [
            ("expand_wildcards", "open"),
            ("ignore_unavailable", "true"),
            ("allow_no_indices", "true"),
        ];
        let a = es
            .call(
                Method::Get,
                &format!("/{expression}"),
                &q,
                None,
                &[404],
                "listing indices",
            )
            .await?;
        if a.status != 404 {
            all.extend(a.json().as_object().cloned().unwrap_or_default());
        }
    }
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

async fn templates(
    es: &EsTarget,
    api: &str,
    key: &str,
    field: &str,
) -> Result<Vec<(String, Value)>, EsError> {
    let a = es
        .call(
            Method::Get,
            &format!("/{api}"),
            &[],
            None,
            &[404],
            "listing templates",
        )
        .await?;
    Ok(a.json()[key]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| {
            Some((
                t["name"].as_str()?.to_string(),
                template_body(t[field].clone()),
            ))
        })
        .collect())
}

/// Legacy index templates (`_template`, which an index gets when no
/// composable template matches it), keyed by name.
async fn legacy_templates(es: &EsTarget) -> Result<Vec<(String, Value)>, EsError> {
    let a = es
        .call(
            Method::Get,
            "/_template",
            &[],
            None,
            &[404],
            "listing legacy templates",
        )
        .await?;
    Ok(a.json()
        .as_object()
        .map(|o| o.iter().map(|(n, b)| (n.clone(), b.clone())).collect())
        .unwrap_or_default())
}

/// Whether any of a template's `index_patterns` could match a name in
/// `scope` (the patterns named with `prefix`, which is removed first).
fn patterns_meet(body: &Value, prefix: &str, scope: &Scope) -> bool {
    body["index_patterns"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .any(|p| scope.meets(p.strip_prefix(prefix).unwrap_or(p)))
}

/// The templates in scope, keyed by name without `prefix`: index
/// templates named by the scope or whose patterns could match a name in
/// it, then the component templates those compose (and any the scope
/// names). System (dot-named) components are referenced, not copied.
pub async fn scoped_templates(
    es: &EsTarget,
    prefix: &str,
    reserved: &str,
    scope: &Scope,
) -> Result<(Vec<(String, Value)>, Vec<(String, Value)>), EsError> {
    let visible = |name: &str| {
        name.strip_prefix(prefix)
            .filter(|bare| user_name(bare, reserved))
            .map(str::to_string)
    };
    let mut index_templates = Vec::new();
    for (name, body) in
        templates(es, "_index_template", "index_templates", "index_template").await?
    {
        let Some(bare) = visible(&name) else { continue };
        if scope.covers(&bare) || patterns_meet(&body, prefix, scope) {
            index_templates.push((bare, body));
        }
    }
    let composed: Vec<String> = index_templates
        .iter()
        .flat_map(|(_, b)| b["composed_of"].as_array().cloned().unwrap_or_default())
        .filter_map(|c| c.as_str().map(str::to_string))
        .collect();
    let mut components = Vec::new();
    for (name, body) in templates(
        es,
        "_component_template",
        "component_templates",
        "component_template",
    )
    .await?
    {
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
    if prefix.is_empty() {
        s
    } else {
        s.replace(prefix, "")
    }
}

/// Index template priorities as the migrations wrote them: a shadow's
/// copies carry theirs raised by its band (see [`Shadow`]), and the one
/// written in `_meta`. `v` is a `GET /_index_template` answer.
pub fn unband(v: &mut Value) {
    for t in v["index_templates"].as_array_mut().into_iter().flatten() {
        unband_body(&mut t["index_template"]);
    }
}

/// Where a shadow copy keeps the priority the migration wrote (`null`:
/// none), so that reading it back gives exactly that.
const OWN_PRIORITY: &str = "tgshadow_priority";

fn unband_body(body: &mut Value) {
    let Some(template) = body.as_object_mut() else {
        return;
    };
    let Some(meta) = template.get_mut("_meta").and_then(Value::as_object_mut) else {
        return;
    };
    let Some(own) = meta.remove(OWN_PRIORITY) else {
        return;
    };
    if meta.is_empty() {
        template.remove("_meta");
    }
    match own {
        Value::Null => template.remove("priority"),
        own => template.insert("priority".into(), own),
    };
}

/// An index template's priority in a shadow with `band`: raised above
/// every template outside the shadow, keeping the order among the
/// shadow's own. Elasticsearch refuses two templates with overlapping
/// patterns and the same priority, and a template outside the run's scope
/// (`t*`, `*-logs`) may overlap the shadow's prefixed patterns where it
/// never overlapped the real ones.
pub fn band_priority(body: &mut Value, band: u64) -> Result<(), String> {
    if band == 0 || !body.is_object() {
        return Ok(());
    }
    let own = match &body["priority"] {
        Value::Null => 0,
        v => v
            .as_u64()
            .ok_or_else(|| format!("index template priority {v} is not a whole number >= 0"))?,
    };
    let raised = own.checked_add(band).filter(|p| *p <= i64::MAX as u64).ok_or_else(|| {
        format!("index template priority {own} is too high for the dry run's shadow, which raises every copy's priority by {band}; use a priority below {}", i64::MAX as u64 - band)
    })?;
    let written = body.get("priority").cloned().unwrap_or(Value::Null);
    if !body["_meta"].is_object() {
        body["_meta"] = json!({});
    }
    body["_meta"][OWN_PRIORITY] = written;
    body["priority"] = json!(raised);
    Ok(())
}

/// The catalog in `scope`: the target's (no shadow) or a shadow's.
pub async fn snapshot(
    es: &EsTarget,
    shadow: Option<&Shadow>,
    reserved: &str,
    scope: &Scope,
) -> Result<Snapshot, EsError> {
    let prefix = shadow.map_or("", |s| s.prefix.as_str());
    let mut snap = Snapshot::default();
    let mut aliases: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (bare, info) in indices(es, prefix, reserved, scope).await? {
        snap.insert(
            INDEX,
            &bare,
            [
                ("mappings", strip(&info["mappings"], prefix)),
                ("settings", strip(&settable(&info["settings"]), prefix)),
            ],
        );
        for alias in info["aliases"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(a, _)| a)
        {
            let alias = alias.strip_prefix(prefix).unwrap_or(alias);
            aliases
                .entry(alias.to_string())
                .or_default()
                .push(bare.clone());
        }
    }
    for (alias, mut on) in aliases {
        on.sort();
        snap.insert(ALIAS, alias, [("indices", on.join(","))]);
    }
    let (index_templates, components) = scoped_templates(es, prefix, reserved, scope).await?;
    for (name, mut body) in index_templates {
        unband_body(&mut body);
        snap.insert(TEMPLATE, name, [("definition", strip(&body, prefix))]);
    }
    for (name, body) in components {
        snap.insert(COMPONENT, name, [("definition", strip(&body, prefix))]);
    }
    Ok(snap)
}

/// Shadow copies of the objects in a run's scope (indices with mappings,
/// settings and aliases but no documents; index, component and legacy
/// templates), all named with one unique prefix.
///
/// Index templates in the shadow have their priorities raised by `band`,
/// one more than the highest priority outside it, so that no template
/// outside the shadow can tie with a copy (which the server refuses) or
/// take precedence over one on a shadow index, while the copies keep
/// their order among themselves. Priorities read back through the shadow
/// are lowered again ([`unband`]).
pub struct Shadow {
    pub prefix: String,
    pub band: u64,
}

fn prefixed_keys(v: &Value, prefix: &str) -> Value {
    match v.as_object() {
        Some(m) => Value::Object(
            m.iter()
                .map(|(k, v)| (format!("{prefix}{k}"), v.clone()))
                .collect(),
        ),
        None => json!({}),
    }
}

fn prefixed_patterns(body: &Value, prefix: &str) -> Value {
    json!(
        body["index_patterns"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(|s| format!("{prefix}{s}"))
            .collect::<Vec<_>>()
    )
}

/// An index template's body for the shadow: patterns and aliases get the
/// prefix, and so do the components that are copied with it. Components
/// that are not copied (system ones, or missing ones the template lists in
/// `ignore_missing_component_templates`) keep their names, so the server
/// resolves them exactly as it does for the real template.
pub fn shadow_index_template(
    mut body: Value,
    prefix: &str,
    copied: &[String],
    band: u64,
) -> Result<Value, String> {
    body["index_patterns"] = prefixed_patterns(&body, prefix);
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
    band_priority(&mut body, band)?;
    Ok(body)
}

/// A legacy template's body for the shadow: patterns and aliases get the
/// prefix; `order` stays.
pub fn shadow_legacy_template(mut body: Value, prefix: &str) -> Value {
    body["index_patterns"] = prefixed_patterns(&body, prefix);
    if body.get("aliases").is_some() {
        body["aliases"] = prefixed_keys(&body["aliases"], prefix);
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
        // A mounted snapshot's store (`snapshot` on Elasticsearch,
        // `remote_snapshot` on OpenSearch) and how it recovers.
        let mounted = index
            .get("store")
            .and_then(|s| s["type"].as_str())
            .is_some_and(|t| t.contains("snapshot"));
        if mounted {
            index.remove("store");
            index.remove("recovery");
        } else if let Some(store) = index.get_mut("store").and_then(Value::as_object_mut) {
            store.remove("snapshot");
        }
    }
    json!({ "settings": settings, "mappings": info["mappings"], "aliases": prefixed_keys(&info["aliases"], prefix) })
}

impl Shadow {
    /// Copy what `scope` covers into a new shadow, after deleting the
    /// shadows killed plans left behind. The shadow's marker index (its
    /// prefix without the final `-`) says who made it
    /// ([`ShadowOwner`]); it is made first and deleted last.
    pub async fn create(es: &EsTarget, reserved: &str, scope: &Scope) -> Result<Shadow, EsError> {
        reap(es).await;
        let mut nonce = [0u8; 4];
        let _ = getrandom::fill(&mut nonce);
        let band = band_above(es, reserved).await?;
        let shadow = Shadow {
            prefix: format!("tgshadow-{}-", hex::encode(nonce)),
            band,
        };
        let marker = json!({
            "settings": { "number_of_shards": 1, "auto_expand_replicas": "0-1" },
            "mappings": { "dynamic": "strict", "_meta": { "tidegate_shadow": ShadowOwner::me() } },
        });
        es.call(
            Method::Put,
            &format!("/{}", shadow.marker()),
            &[],
            Some(marker),
            &[],
            "marking the dry run's shadow",
        )
        .await?;
        if let Err(e) = shadow.copy(es, reserved, scope).await {
            shadow.drop(es).await;
            return Err(e);
        }
        Ok(shadow)
    }

    /// The index that says who made the shadow.
    fn marker(&self) -> &str {
        self.prefix.trim_end_matches('-')
    }

    async fn copy(&self, es: &EsTarget, reserved: &str, scope: &Scope) -> Result<(), EsError> {
        let p = &self.prefix;
        let (index_templates, components) = scoped_templates(es, "", reserved, scope).await?;
        let copied: Vec<String> = components.iter().map(|(n, _)| n.clone()).collect();
        for (name, mut body) in components {
            body["template"]["aliases"] = prefixed_keys(&body["template"]["aliases"], p);
            let path = format!("/_component_template/{p}{name}");
            es.call(
                Method::Put,
                &path,
                &[],
                Some(body),
                &[],
                &format!("copying component template {name} into the shadow"),
            )
            .await?;
            tidegate_core::faults::reached("shadow-copy");
        }
        for (name, body) in index_templates {
            let path = format!("/_index_template/{p}{name}");
            let doing = format!("copying index template {name} into the shadow");
            let body = shadow_index_template(body, p, &copied, self.band).map_err(|message| {
                EsError::Other {
                    doing: doing.clone(),
                    message,
                }
            })?;
            es.call(Method::Put, &path, &[], Some(body), &[], &doing)
                .await?;
            tidegate_core::faults::reached("shadow-copy");
        }
        for (name, body) in legacy_templates(es).await? {
            if user_name(&name, reserved) && patterns_meet(&body, "", scope) {
                let path = format!("/_template/{p}{name}");
                let doing = format!("copying legacy template {name} into the shadow");
                es.call(
                    Method::Put,
                    &path,
                    &[],
                    Some(shadow_legacy_template(body, p)),
                    &[],
                    &doing,
                )
                .await?;
                tidegate_core::faults::reached("shadow-copy");
            }
        }
        for (name, info) in indices(es, "", reserved, scope).await? {
            let body = shadow_index(&info, p);
            es.call(
                Method::Put,
                &format!("/{p}{name}"),
                &[],
                Some(body),
                &[],
                &format!("copying index {name} into the shadow"),
            )
            .await?;
            tidegate_core::faults::reached("shadow-copy");
        }
        Ok(())
    }

    /// Delete every shadow index and template by name (wildcard deletes are
    /// often disabled). Failures are logged: the dry run's answer does not
    /// depend on them.
    pub async fn drop(&self, es: &EsTarget) {
        let dropped = async {
            drop_prefixed(es, &self.prefix).await?;
            es.call(
                Method::Delete,
                &format!("/{}", self.marker()),
                &[],
                None,
                &[404],
                "deleting the shadow's marker",
            )
            .await
            .map(drop)
        };
        if let Err(e) = dropped.await {
            tracing::warn!(
                "cannot delete the shadow copies {}*: {e}; a later plan deletes them, or delete them by hand",
                self.prefix
            );
        }
    }
}

/// Delete the shadows whose makers are gone ([`ShadowOwner::abandoned`]),
/// found by their marker indices. Failures are logged: the plan does not
/// depend on them.
async fn reap(es: &EsTarget) {
    let found = async {
        let q = [
            ("expand_wildcards", "all"),
            ("ignore_unavailable", "true"),
            ("allow_no_indices", "true"),
            ("filter_path", "*.mappings._meta.tidegate_shadow"),
        ];
        let a = es
            .call(
                Method::Get,
                "/tgshadow-*",
                &q,
                None,
                &[404],
                "listing the shadows of earlier plans",
            )
            .await?;
        let now = chrono::Utc::now().timestamp_millis();
        let abandoned: Vec<String> = a
            .json()
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(name, _)| is_marker(name))
            .filter_map(|(name, v)| {
                Some((
                    name,
                    serde_json::from_value::<ShadowOwner>(
                        v["mappings"]["_meta"]["tidegate_shadow"].clone(),
                    )
                    .ok()?,
                ))
            })
            .filter(|(_, owner)| owner.abandoned(now))
            .map(|(name, _)| name.clone())
            .collect();
        for marker in abandoned {
            tracing::info!("deleting the shadow {marker}-* of a plan that did not finish");
            Shadow {
                prefix: format!("{marker}-"),
                band: 0,
            }
            .drop(es)
            .await;
        }
        Ok::<_, EsError>(())
    };
    if let Err(e) = found.await {
        tracing::warn!("cannot look for the shadows of earlier plans: {e}");
    }
}

/// Whether an index name is a shadow's marker: `tgshadow-` and 8 hex digits.
fn is_marker(name: &str) -> bool {
    name.strip_prefix("tgshadow-")
        .is_some_and(|n| n.len() == 8 && n.chars().all(|c| c.is_ascii_hexdigit()))
}

/// One more than the highest index template priority outside any shadow.
async fn band_above(es: &EsTarget, reserved: &str) -> Result<u64, EsError> {
    let all = templates(es, "_index_template", "index_templates", "index_template").await?;
    let highest = all
        .iter()
        .filter(|(n, _)| !n.starts_with("tgshadow-") && !n.starts_with(reserved))
        .filter_map(|(_, b)| b["priority"].as_u64())
        .max();
    Ok(highest.unwrap_or(0) + 1)
}

/// Delete every index and template whose name starts with `prefix`.
async fn drop_prefixed(es: &EsTarget, prefix: &str) -> Result<(), EsError> {
    let q = [
        ("expand_wildcards", "all"),
        ("ignore_unavailable", "true"),
        ("allow_no_indices", "true"),
    ];
    let a = es
        .call(
            Method::Get,
            &format!("/{prefix}*"),
            &q,
            None,
            &[404],
            "listing shadow indices",
        )
        .await?;
    let names: Vec<String> = a
        .json()
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    for expression in name_chunks(names, PATH_NAMES_BYTES) {
        es.call(
            Method::Delete,
            &format!("/{expression}"),
            &[],
            None,
            &[404],
            "deleting shadow indices",
        )
        .await?;
        tidegate_core::faults::reached("shadow-drop");
    }
    // Index templates first: a component in use cannot be deleted.
    for (api, key, field) in [
        ("_index_template", "index_templates", "index_template"),
        (
            "_component_template",
            "component_templates",
            "component_template",
        ),
    ] {
        for (name, _) in templates(es, api, key, field).await? {
            if name.starts_with(prefix) {
                es.call(
                    Method::Delete,
                    &format!("/{api}/{name}"),
                    &[],
                    None,
                    &[404],
                    "deleting shadow templates",
                )
                .await?;
            }
        }
    }
    for (name, _) in legacy_templates(es).await? {
        if name.starts_with(prefix) {
            es.call(
                Method::Delete,
                &format!("/_template/{name}"),
                &[],
                None,
                &[404],
                "deleting shadow legacy templates",
            )
            .await?;
        }
    }
    Ok(())
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
        let body = shadow_index_template(
            template_body(logs),
            "tgshadow-ab-",
            &["logs@mappings".into(), "logs@settings".into()],
            0,
        )
        .unwrap();
        assert_eq!(body["index_patterns"], json!(["tgshadow-ab-logs-*-*"]));
        assert_eq!(
            body["composed_of"],
            json!([
                "tgshadow-ab-logs@mappings",
                "tgshadow-ab-logs@settings",
                "logs@custom",
                ".fleet_globals-1"
            ])
        );
        assert_eq!(
            body["ignore_missing_component_templates"],
            json!(["logs@custom"])
        );
        assert!(
            body.get("created_date_millis").is_none(),
            "server-stamped fields are not sent back"
        );
    }

    #[test]
    fn shadow_indices_drop_managed_and_lifecycle_settings() {
        let info = json!({
            "settings": { "index": { "number_of_shards": "1", "uuid": "u", "creation_date": "1", "provided_name": "p", "version": { "created": "8" }, "lifecycle": { "name": "logs" } } },
            "mappings": { "properties": { "a": { "type": "keyword" } } },
            "aliases": { "places": {} },
        });
        let body = shadow_index(&info, "tgshadow-ab-");
        assert_eq!(
            body["settings"],
            json!({ "index": { "number_of_shards": "1" } })
        );
        assert_eq!(body["aliases"], json!({ "tgshadow-ab-places": {} }));
    }

    /// A mounted snapshot (Elasticsearch) or remote-backed index
    /// (OpenSearch) carries settings a `PUT` refuses as private.
    #[test]
    fn shadow_indices_leave_out_snapshot_and_remote_store_settings() {
        let mounted = json!({ "settings": { "index": {
            "number_of_shards": "1",
            "store": { "type": "snapshot", "snapshot": { "repository_name": "r", "snapshot_name": "s", "index_uuid": "u" } },
            "recovery": { "type": "snapshot_prewarm" },
            "blocks": { "write": "true" },
        } } });
        assert_eq!(
            shadow_index(&mounted, "p-")["settings"],
            json!({ "index": { "number_of_shards": "1", "blocks": { "write": "true" } } })
        );
        let remote = json!({ "settings": { "index": {
            "number_of_shards": "1",
            "store": { "type": "remote_snapshot" },
            "remote_store": { "enabled": "true", "segment": { "repository": "r" } },
            "searchable_snapshot": { "index": { "id": "i" } },
        } } });
        assert_eq!(
            shadow_index(&remote, "p-")["settings"],
            json!({ "index": { "number_of_shards": "1" } })
        );
        let hybrid = json!({ "settings": { "index": { "store": { "type": "hybridfs" } } } });
        assert_eq!(
            shadow_index(&hybrid, "p-")["settings"],
            json!({ "index": { "store": { "type": "hybridfs" } } }),
            "an ordinary store type stays"
        );
    }

    /// Copies are raised above every template outside the shadow, keep
    /// their order, and read back as written.
    #[test]
    fn shadow_priorities_are_raised_and_read_back_as_written() {
        let band = 501;
        let mut with =
            json!({ "index_patterns": ["logs-*"], "priority": 100, "_meta": { "owner": "team" } });
        band_priority(&mut with, band).unwrap();
        let mut without = json!({ "index_patterns": ["metrics-*"] });
        band_priority(&mut without, band).unwrap();
        assert_eq!(
            (with["priority"].as_u64(), without["priority"].as_u64()),
            (Some(601), Some(501))
        );
        let mut answer = json!({ "index_templates": [{ "name": "a", "index_template": with }, { "name": "b", "index_template": without }] });
        unband(&mut answer);
        assert_eq!(
            answer["index_templates"][0]["index_template"],
            json!({ "index_patterns": ["logs-*"], "priority": 100, "_meta": { "owner": "team" } })
        );
        assert_eq!(
            answer["index_templates"][1]["index_template"],
            json!({ "index_patterns": ["metrics-*"] })
        );
        let mut huge = json!({ "priority": i64::MAX });
        assert!(
            band_priority(&mut huge, band)
                .unwrap_err()
                .contains("too high")
        );
        let mut negative = json!({ "priority": -1 });
        assert!(band_priority(&mut negative, band).is_err());
    }

    #[test]
    fn legacy_templates_get_prefixed_patterns_and_aliases() {
        let body = json!({ "order": 3, "index_patterns": ["places_*"], "settings": {}, "mappings": {}, "aliases": { "all-places": {} } });
        let copy = shadow_legacy_template(body, "tgshadow-ab-");
        assert_eq!(
            copy,
            json!({ "order": 3, "index_patterns": ["tgshadow-ab-places_*"], "settings": {}, "mappings": {}, "aliases": { "tgshadow-ab-all-places": {} } })
        );
    }

    /// Many declared names never make one request line longer than the
    /// server's 4 KB limit.
    #[test]
    fn index_names_are_split_to_fit_a_request_line() {
        let names: Vec<String> = (0..400)
            .map(|i| format!("tenant-{i:04}-events-v{i}"))
            .collect();
        let scope = Scope::Names(names.clone());
        let expressions = index_expressions(&scope, "tgshadow-ab-");
        assert!(expressions.len() > 1);
        assert!(
            expressions.iter().all(|e| e.len() <= PATH_NAMES_BYTES),
            "{:?}",
            expressions.iter().map(String::len).max()
        );
        let back: Vec<String> = expressions
            .iter()
            .flat_map(|e| e.split(','))
            .map(|n| n.trim_start_matches("tgshadow-ab-").to_string())
            .collect();
        assert_eq!(back, names, "every name, once, in order");
        assert_eq!(name_chunks(["x".repeat(4000)], PATH_NAMES_BYTES).len(), 1);
        // Non-ASCII names count as sent: three bytes per encoded byte.
        let wide: Vec<String> = (0..40).map(|i| format!("é{i:0>20}")).collect();
        for chunk in name_chunks(wide, 100) {
            assert!(encoded_len(&chunk) <= 100, "{chunk}");
        }
        assert!(name_chunks(Vec::<String>::new(), 10).is_empty());
    }
}
