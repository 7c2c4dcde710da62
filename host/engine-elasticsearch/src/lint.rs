//! Elasticsearch lint rules. Each reads the requests a migration made
//! during the plan, as the host journaled them, against the catalog
//! before the plan.

use serde_json::Value;
use tidegate_core::diff::Snapshot;
use tidegate_core::journal::Statement;
use tidegate_core::lint::{Finding, Rule, Severity, json_suppressions};
use tidegate_core::metadata::EngineKind;

use crate::snapshot::INDEX as SEARCH_INDEX;

pub const RULES: &[Rule] = &[
    Rule {
        id: "ES001",
        name: "mapping-change-needs-reindex",
        severity: Severity::Error,
        summary: "changing the type or analyzer of an existing field is refused and needs a new index and a reindex",
        help: "create a new index with the new mapping, reindex into it and swap the alias (tidegate_guest::es::reindex_with_alias_swap)",
    },
    Rule {
        id: "ES002",
        name: "index-without-alias",
        severity: Severity::Warning,
        summary: "an index created without an alias cannot later be replaced by a reindex without a client change",
        help: "create it as `name_v1` behind an alias `name`, and point clients at the alias",
    },
];

pub fn rule(id: &str) -> &'static Rule {
    tidegate_core::lint::rule(RULES, id)
}

/// `METHOD /path?query body` → (method, path segments, body).
fn es_request(text: &str) -> Option<(&str, Vec<&str>, Option<Value>)> {
    let (method, rest) = text.split_once(' ')?;
    let (target, body) = match rest.split_once(' ') {
        Some((t, b)) => (t, serde_json::from_str(b).ok()),
        None => (rest, None),
    };
    let path = target.split('?').next().unwrap_or_default();
    Some((
        method,
        path.trim_matches('/')
            .split('/')
            .filter(|s| !s.is_empty())
            .collect(),
        body,
    ))
}

/// The existing mapping of `index` before the plan.
fn mapping_before(before: &Snapshot, index: &str) -> Option<Value> {
    let attrs = before
        .objects
        .get(&(SEARCH_INDEX.to_string(), index.to_string()))?;
    serde_json::from_str(attrs.get("mappings")?).ok()
}

/// Fields whose type or analyzer a `_mapping` body changes.
fn changed_fields(old: &Value, new: &Value, path: &str, out: &mut Vec<String>) {
    let (Some(old), Some(new)) = (old["properties"].as_object(), new["properties"].as_object())
    else {
        return;
    };
    for (name, spec) in new {
        let Some(prev) = old.get(name) else { continue };
        let here = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}.{name}")
        };
        for key in ["type", "analyzer"] {
            if let (Some(a), Some(b)) = (prev.get(key), spec.get(key)) {
                if a != b {
                    out.push(format!("{here} ({key} {a} → {b})"));
                }
            }
        }
        changed_fields(prev, spec, &here, out);
    }
}

/// ES001 and ES002 for one migration's statements.
pub fn lint_statements(
    migration: &str,
    statements: &[Statement],
    before: &Snapshot,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    // Indices this migration puts an alias on, for ES002.
    let aliased: Vec<String> = statements
        .iter()
        .filter(|s| s.engine == EngineKind::Elasticsearch && s.error.is_none())
        .filter_map(|s| es_request(&s.text))
        .flat_map(|(_, seg, body)| {
            let mut names = Vec::new();
            if seg.len() >= 3 && matches!(seg[1], "_alias" | "_aliases") {
                names.push(seg[0].to_string());
            }
            if seg.as_slice() == ["_aliases"] {
                for action in body
                    .as_ref()
                    .and_then(|b| b["actions"].as_array())
                    .into_iter()
                    .flatten()
                {
                    if let Some(i) = action["add"]["index"].as_str() {
                        names.push(i.to_string());
                    }
                }
            }
            names
        })
        .collect();
    for (i, s) in statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.engine == EngineKind::Elasticsearch)
    {
        let allowed = json_suppressions(&s.text);
        let mut push = |id: &str, message: String| {
            findings.push(Finding::allowed_by(
                rule(id),
                &allowed,
                migration,
                i + 1,
                s.text.clone(),
                message,
            ))
        };
        let Some((method, seg, body)) = es_request(&s.text) else {
            continue;
        };
        if method == "PUT" && seg.len() == 2 && seg[1] == "_mapping" {
            let mut changed = Vec::new();
            if let (Some(old), Some(new)) = (mapping_before(before, seg[0]), &body) {
                changed_fields(&old, new, "", &mut changed);
            }
            let refused = s
                .error
                .as_deref()
                .is_some_and(|e| e.contains("cannot be changed") || e.contains("different type"));
            if !changed.is_empty() || refused {
                let what = if changed.is_empty() {
                    "an existing field".to_string()
                } else {
                    changed.join(", ")
                };
                push("ES001", format!("changes {what} of index {}", seg[0]));
            }
        }
        if method == "PUT" && seg.len() == 1 && s.error.is_none() {
            let has_alias = body
                .as_ref()
                .and_then(|b| b["aliases"].as_object())
                .is_some_and(|a| !a.is_empty());
            if !has_alias && !aliased.iter().any(|a| a == seg[0]) {
                push("ES002", format!("creates index {} with no alias", seg[0]));
            }
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(text: &str) -> Statement {
        Statement::of(EngineKind::Elasticsearch, text)
    }

    fn ids(f: &[Finding]) -> Vec<&str> {
        f.iter().filter(|f| f.active()).map(|f| f.rule).collect()
    }

    #[test]
    fn es001_type_change_of_existing_field() {
        let mut before = Snapshot::default();
        before.insert(
            SEARCH_INDEX,
            "products",
            [(
                "mappings",
                r#"{"properties":{"name":{"type":"keyword"}}}"#.to_string(),
            )],
        );
        let change = st(r#"PUT /products/_mapping {"properties":{"name":{"type":"text"}}}"#);
        let add = st(r#"PUT /products/_mapping {"properties":{"tags":{"type":"keyword"}}}"#);
        assert_eq!(ids(&lint_statements("m", &[change], &before)), ["ES001"]);
        assert!(ids(&lint_statements("m", &[add], &before)).is_empty());
    }

    #[test]
    fn es002_index_without_alias() {
        let bare = st(r#"PUT /products {"mappings":{}}"#);
        let inline = st(r#"PUT /products_v1 {"aliases":{"products":{}}}"#);
        let later = [
            st(r#"PUT /products_v2 {"mappings":{}}"#),
            st(
                r#"POST /_aliases {"actions":[{"add":{"index":"products_v2","alias":"products"}}]}"#,
            ),
        ];
        assert_eq!(
            ids(&lint_statements("m", &[bare], &Snapshot::default())),
            ["ES002"]
        );
        assert!(ids(&lint_statements("m", &[inline], &Snapshot::default())).is_empty());
        assert!(ids(&lint_statements("m", &later, &Snapshot::default())).is_empty());
    }
}
