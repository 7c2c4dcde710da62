//! MongoDB lint rules. Each reads the calls a migration made during the
//! plan, as the host journaled them, against the target's document counts.

use serde_json::Value;
use tidegate_core::journal::Statement;
use tidegate_core::lint::{Finding, Rule, Severity, json_suppressions};
use tidegate_core::metadata::EngineKind;

/// Collections at or over this many documents count as large.
pub const LARGE_COLLECTION: u64 = 100_000;

pub const RULES: &[Rule] = &[
    Rule {
        id: "MG001",
        name: "index-build-on-large-collection",
        severity: Severity::Warning,
        summary: "an index build on a large existing collection loads the primary and holds locks at its start and end",
        help: "build it off-peak or as a rolling build; say so with `\"comment\": \"tidegate:allow MG001 <why>\"` in the command",
    },
    Rule {
        id: "MG002",
        name: "strict-validator-on-existing-documents",
        severity: Severity::Warning,
        summary: "a validator with validationAction error on a non-empty collection makes every update of a non-conforming document fail",
        help: "set validationLevel moderate (or validationAction warn) first, fix the documents, then tighten it",
    },
];

pub fn rule(id: &str) -> &'static Rule {
    tidegate_core::lint::rule(RULES, id)
}

/// MG001 and MG002 for one migration's statements; `counts`: documents
/// per collection in the target.
pub fn lint_statements(
    migration: &str,
    statements: &[Statement],
    counts: &[(String, u64)],
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let count = |c: &str| counts.iter().find(|(n, _)| n == c).map(|(_, n)| *n);
    for (i, s) in statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.engine == EngineKind::Mongodb)
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
        let Ok(cmd) = serde_json::from_str::<Value>(&s.text) else {
            continue;
        };
        if let Some(coll) = cmd["createIndexes"].as_str() {
            if let Some(n) = count(coll).filter(|n| *n >= LARGE_COLLECTION) {
                let names: Vec<&str> = cmd["indexes"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|x| x["name"].as_str())
                    .collect();
                push(
                    "MG001",
                    format!(
                        "builds {} on {coll}, which holds {n} documents",
                        names.join(", ")
                    ),
                );
            }
        }
        let coll = cmd["collMod"].as_str();
        if let (Some(coll), Some(_)) = (coll, cmd.get("validator")) {
            let action = cmd["validationAction"].as_str().unwrap_or("error");
            let level = cmd["validationLevel"].as_str().unwrap_or("strict");
            // `errorAndLog` (MongoDB 8.1) refuses writes as `error` does.
            if matches!(action, "error" | "errorAndLog")
                && level == "strict"
                && count(coll).is_some_and(|n| n > 0)
            {
                push(
                    "MG002",
                    format!(
                        "sets a strict validator with validationAction {action} on {coll}, which holds {} documents",
                        count(coll).unwrap_or(0)
                    ),
                );
            }
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(text: &str) -> Statement {
        Statement::of(EngineKind::Mongodb, text)
    }

    fn ids(f: &[Finding]) -> Vec<&str> {
        f.iter().filter(|f| f.active()).map(|f| f.rule).collect()
    }

    #[test]
    fn mg001_large_collections_only() {
        let counts = vec![("events".to_string(), 2_000_000), ("tiny".to_string(), 10)];
        let big = st(r#"{"createIndexes":"events","indexes":[{"key":{"at":1},"name":"at_1"}]}"#);
        let small = st(r#"{"createIndexes":"tiny","indexes":[{"key":{"at":1},"name":"at_1"}]}"#);
        assert_eq!(ids(&lint_statements("m", &[big], &counts)), ["MG001"]);
        assert!(ids(&lint_statements("m", &[small], &counts)).is_empty());
        let allowed = st(
            r#"{"createIndexes":"events","indexes":[],"comment":"tidegate:allow MG001 built at night"}"#,
        );
        let f = lint_statements("m", &[allowed], &counts);
        assert_eq!(f[0].suppressed.as_deref(), Some("built at night"));
    }

    #[test]
    fn mg002_strict_validator_on_non_empty() {
        let counts = vec![("users".to_string(), 5), ("empty".to_string(), 0)];
        let strict =
            st(r#"{"collMod":"users","validator":{"$jsonSchema":{}},"validationAction":"error"}"#);
        let moderate = st(
            r#"{"collMod":"users","validator":{"$jsonSchema":{}},"validationLevel":"moderate"}"#,
        );
        let empty = st(r#"{"collMod":"empty","validator":{"$jsonSchema":{}}}"#);
        assert_eq!(ids(&lint_statements("m", &[strict], &counts)), ["MG002"]);
        assert!(ids(&lint_statements("m", &[moderate, empty], &counts)).is_empty());
        let logged = st(
            r#"{"collMod":"users","validator":{"$jsonSchema":{}},"validationAction":"errorAndLog"}"#,
        );
        assert_eq!(
            ids(&lint_statements("m", &[logged], &counts)),
            ["MG002"],
            "errorAndLog refuses writes too"
        );
    }
}
