//! The document a declarative module becomes.
//!
//! A SQL or JSON module is a folder named `<version>_<name>` holding
//! `up.sql`, `up.mongo.json` and/or `up.es.json`, their optional `down.*`
//! counterparts, an optional `check.sql` and an optional `module.toml`.
//! `tidegate build` turns it into one [`Document`], serialises it as JSON
//! into the custom section [`SECTION`] of the prebuilt runner component,
//! and the runner, inside the sandbox, executes it through the
//! `tidegate:migration` world. Both sides use the types below, so the
//! format is defined once.

#![deny(missing_docs)]

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The custom section of a component that carries its module document.
pub const SECTION: &str = "tidegate-module";

/// The document format this crate reads and writes.
pub const FORMAT: u32 = 1;

/// Everything the runner needs: who the migration is and what it runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// [`FORMAT`] when written.
    pub format: u32,
    /// The folder name, e.g. `0001_create_users`.
    pub id: String,
    /// The folder name's leading number.
    pub version: u64,
    /// One line for humans.
    pub description: String,
    /// Whether `up` and `down` run in one transaction with the history row.
    pub transactional: bool,
    /// What `up` runs.
    pub up: Steps,
    /// What `down` runs; `None` makes the migration irreversible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub down: Option<Steps>,
    /// Named boolean queries from `check.sql`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<SqlCheck>,
    /// Named invariants from `check.mongo.json`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mongodb_checks: Vec<MongoCheck>,
    /// Named invariants from `check.es.json`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub elasticsearch_checks: Vec<EsCheck>,
}

/// One direction of a migration, per engine; run in the order PostgreSQL,
/// MongoDB, Elasticsearch.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Steps {
    /// A SQL script, run with the simple query protocol.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postgres: Option<String>,
    /// MongoDB operations, in order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mongodb: Option<Vec<MongoStep>>,
    /// Elasticsearch/OpenSearch requests, in order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elasticsearch: Option<Vec<EsStep>>,
}

/// The engines a migration touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Engine {
    /// PostgreSQL.
    Postgres,
    /// MongoDB.
    Mongodb,
    /// Elasticsearch or OpenSearch.
    Elasticsearch,
}

impl Steps {
    /// The engines these steps use, in run order.
    pub fn engines(&self) -> Vec<Engine> {
        let mut out = Vec::new();
        if self.postgres.is_some() {
            out.push(Engine::Postgres);
        }
        if self.mongodb.is_some() {
            out.push(Engine::Mongodb);
        }
        if self.elasticsearch.is_some() {
            out.push(Engine::Elasticsearch);
        }
        out
    }
}

impl Document {
    /// The engines `up` and `down` use together, in run order.
    pub fn engines(&self) -> Vec<Engine> {
        let mut out = self.up.engines();
        out.extend(self.down.iter().flat_map(Steps::engines));
        out.sort();
        out.dedup();
        out
    }

    /// The document as embedded.
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("a document always serialises")
    }

    /// Read an embedded document.
    pub fn from_bytes(bytes: &[u8]) -> Result<Document, String> {
        let doc: Document = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
        if doc.format != FORMAT {
            return Err(format!(
                "module document format {} is not {FORMAT}; rebuild the module with this tidegate",
                doc.format
            ));
        }
        Ok(doc)
    }
}

/// One MongoDB operation of `up.mongo.json` or `down.mongo.json`, written
/// as an object with one key naming it, e.g.
/// `{"run_command": {"create": "profiles"}}` or
/// `{"insert_many": {"collection": "profiles", "documents": [...]}}`.
/// Documents are MongoDB Extended JSON. Commands go through the host's
/// allow-list and every name through the declared capabilities, as for a
/// Rust module.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum MongoStep {
    /// A database command (`create`, `collMod`, `createIndexes`, `drop`, ...).
    RunCommand(Value),
    /// Insert documents.
    InsertMany {
        /// Collection name.
        collection: String,
        /// The documents.
        documents: Vec<Value>,
    },
    /// Update every matching document.
    UpdateMany {
        /// Collection name.
        collection: String,
        /// Query filter.
        filter: Value,
        /// Update document or pipeline.
        update: Value,
        /// Insert when nothing matches.
        #[serde(default)]
        upsert: bool,
    },
    /// Delete every matching document.
    DeleteMany {
        /// Collection name.
        collection: String,
        /// Query filter.
        filter: Value,
    },
    /// Rename a collection.
    RenameCollection {
        /// Current name.
        from: String,
        /// New name.
        to: String,
        /// Replace an existing collection named `to`.
        #[serde(default)]
        drop_target: bool,
    },
}

/// One request of `up.es.json` or `down.es.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EsStep {
    /// HTTP method.
    pub method: EsMethod,
    /// Path, e.g. `/places_v2` or `/_aliases`.
    pub path: String,
    /// Query-string parameters.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub query: BTreeMap<String, String>,
    /// JSON body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Value>,
    /// Statuses of 400 and above that still count as success, e.g. `[404]`
    /// for a `DELETE` of an index that may be gone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accept: Vec<u16>,
}

/// An HTTP method of [`EsStep`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EsMethod {
    /// GET
    Get,
    /// PUT
    Put,
    /// POST
    Post,
    /// DELETE
    Delete,
    /// HEAD
    Head,
}

/// A named boolean query of `check.sql`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SqlCheck {
    /// What holds, e.g. `users.email is unique`.
    pub name: String,
    /// A query whose first row's first column is a boolean.
    pub sql: String,
}

/// An invariant of `check.mongo.json`: the collection exists; with
/// `index`, that index exists on it; with `count` (a query filter), the
/// number of matching documents is `equals` (default 0).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MongoCheck {
    /// What holds, e.g. `no profile without a locale`.
    pub name: String,
    /// The collection.
    pub collection: String,
    /// An index that must exist on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<String>,
    /// A filter whose matching documents are counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<Value>,
    /// The count required; 0 when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<u64>,
}

/// An invariant of `check.es.json`: the index or alias exists; with
/// `count` (a query), the number of matching documents is `equals`
/// (default 0).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EsCheck {
    /// What holds, e.g. `places alias exists`.
    pub name: String,
    /// The index or alias.
    pub index: String,
    /// A query whose matching documents are counted (`_count`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<Value>,
    /// The count required; 0 when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<u64>,
}

/// Whether the search index mapping `existing` (as `GET /<index>` answers
/// it) already holds everything `wanted` (as a `PUT` asked for it): the
/// runner then takes a retried index creation as done. The server answers
/// with its own spelling, so this is not equality: every key asked for
/// must be there with the same meaning (`true` and `"true"`, `5` and `"5"`
/// alike), an object field's implied `"type": "object"` may be left out,
/// and what the server adds (defaults, fields indexed since) is ignored.
pub fn mapping_covers(existing: &serde_json::Value, wanted: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (existing, wanted) {
        (Value::Object(have), Value::Object(want)) => want.iter().all(|(k, w)| match have.get(k) {
            Some(h) => mapping_covers(h, w),
            None => k == "type" && w == "object",
        }),
        (Value::Array(have), Value::Array(want)) => {
            have.len() == want.len() && have.iter().zip(want).all(|(h, w)| mapping_covers(h, w))
        }
        (Value::Object(_) | Value::Array(_), _) | (_, Value::Object(_) | Value::Array(_)) => false,
        (h, w) => h == w || scalar(h) == scalar(w),
    }
}

/// A JSON scalar as the text Elasticsearch would echo for it.
fn scalar(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The marker that names each query of `check.sql`.
pub const CHECK_MARKER: &str = "-- check:";

/// Split `check.sql` into named queries. Each query follows a line
/// `-- check: <name>` and runs to the next such line:
///
/// ```sql
/// -- check: users.email is unique
/// SELECT count(*) = count(DISTINCT email) FROM users;
/// ```
pub fn parse_checks(text: &str) -> Result<Vec<SqlCheck>, String> {
    let mut checks: Vec<SqlCheck> = Vec::new();
    let mut preamble = String::new();
    for line in text.lines() {
        if let Some(name) = line.trim_start().strip_prefix(CHECK_MARKER) {
            let name = name.trim();
            if name.is_empty() {
                return Err(format!(
                    "a `{CHECK_MARKER}` line needs a name, e.g. `{CHECK_MARKER} users.email is unique`"
                ));
            }
            if checks.iter().any(|c| c.name == name) {
                return Err(format!(
                    "two checks are named `{name}`; give each its own name"
                ));
            }
            checks.push(SqlCheck {
                name: name.into(),
                sql: String::new(),
            });
        } else if let Some(last) = checks.last_mut() {
            last.sql.push_str(line);
            last.sql.push('\n');
        } else {
            preamble.push_str(line);
            preamble.push('\n');
        }
    }
    if !only_comments(&preamble) {
        return Err(format!(
            "SQL before the first `{CHECK_MARKER} <name>` line: name every query with such a line"
        ));
    }
    for c in &mut checks {
        c.sql = c.sql.trim().trim_end_matches(';').trim_end().to_string();
        if only_comments(&c.sql) {
            return Err(format!(
                "check `{}` has no query; write a SELECT that returns one boolean",
                c.name
            ));
        }
    }
    Ok(checks)
}

/// Whether `sql` holds nothing but whitespace and `--` comments.
pub fn only_comments(sql: &str) -> bool {
    sql.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with("--")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_are_named_queries() {
        let checks = parse_checks("-- every query is named\n\n-- check: users exists\nSELECT to_regclass('users') IS NOT NULL;\n-- check:  email unique \nSELECT count(*) = count(DISTINCT email)\n  FROM users;\n").unwrap();
        assert_eq!(checks.len(), 2);
        assert_eq!(
            checks[0],
            SqlCheck {
                name: "users exists".into(),
                sql: "SELECT to_regclass('users') IS NOT NULL".into()
            }
        );
        assert_eq!(checks[1].name, "email unique");
        assert_eq!(
            checks[1].sql,
            "SELECT count(*) = count(DISTINCT email)\n  FROM users"
        );
        assert!(
            parse_checks("SELECT 1;")
                .unwrap_err()
                .contains("name every query")
        );
        assert!(
            parse_checks("-- check: a\n-- check: b\nSELECT true")
                .unwrap_err()
                .contains("no query")
        );
        assert!(
            parse_checks("-- check: a\nSELECT true\n-- check: a\nSELECT true")
                .unwrap_err()
                .contains("two checks")
        );
    }

    #[test]
    fn documents_round_trip_and_name_their_engines() {
        let doc = Document {
            format: FORMAT,
            id: "0001_x".into(),
            version: 1,
            description: "x".into(),
            transactional: false,
            up: Steps {
                postgres: Some("CREATE TABLE x ()".into()),
                mongodb: Some(vec![MongoStep::RunCommand(
                    serde_json::json!({"create": "x"}),
                )]),
                elasticsearch: None,
            },
            down: Some(Steps {
                elasticsearch: Some(vec![EsStep {
                    method: EsMethod::Delete,
                    path: "/x".into(),
                    query: BTreeMap::new(),
                    body: None,
                    accept: vec![404],
                }]),
                ..Steps::default()
            }),
            checks: vec![],
            mongodb_checks: vec![],
            elasticsearch_checks: vec![],
        };
        assert_eq!(Document::from_bytes(&doc.to_bytes()).unwrap(), doc);
        assert_eq!(
            doc.engines(),
            vec![Engine::Postgres, Engine::Mongodb, Engine::Elasticsearch]
        );
        let step: MongoStep = serde_json::from_str(
            r#"{"insert_many": {"collection": "c", "documents": [{"a": 1}]}}"#,
        )
        .unwrap();
        assert!(matches!(step, MongoStep::InsertMany { .. }));
        assert!(serde_json::from_str::<MongoStep>(r#"{"drop_database": {}}"#).is_err());
        let mut old = doc.clone();
        old.format = 0;
        assert!(
            Document::from_bytes(&old.to_bytes())
                .unwrap_err()
                .contains("rebuild")
        );
    }

    /// A retried `PUT` of an index finds it as the server spells it.
    #[test]
    fn mappings_compare_by_meaning() {
        use serde_json::json;
        let wanted = json!({
            "dynamic": false,
            "properties": {
                "name": { "type": "text", "fields": { "raw": { "type": "keyword", "ignore_above": 256 } } },
                "geo": { "type": "object", "properties": { "at": { "type": "geo_point" } } },
                "n": { "type": "long", "index": false },
            }
        });
        let answered = json!({
            "dynamic": "false",
            "properties": {
                "name": { "type": "text", "fields": { "raw": { "type": "keyword", "ignore_above": 256 } } },
                "geo": { "properties": { "at": { "type": "geo_point" } } },
                "n": { "type": "long", "index": "false" },
                "added_since": { "type": "keyword" },
            }
        });
        assert!(mapping_covers(&answered, &wanted));
        let other = json!({ "dynamic": "false", "properties": { "name": { "type": "keyword" } } });
        assert!(
            !mapping_covers(&other, &wanted),
            "a different field type is not the index asked for"
        );
        let missing = json!({ "properties": {} });
        assert!(!mapping_covers(
            &missing,
            &json!({ "properties": { "x": { "type": "long" } } })
        ));
        assert!(!mapping_covers(
            &json!({ "type": "long" }),
            &json!({ "type": "object" })
        ));
    }
}
