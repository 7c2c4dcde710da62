//! MongoDB calls, and idempotent helpers for what migrations do.
//!
//! MongoDB DDL is not transactional, so a migration that touches MongoDB is
//! non-transactional and may run again after a failure. Every helper here
//! is idempotent: it compares what exists with what is asked and does only
//! the difference, and says so in the host log.
//!
//! Documents are [`Json`](crate::Json) values in relaxed extended JSON:
//! `{"_id": {"$oid": "…"}}`, `{"$date": "2026-01-01T00:00:00Z"}`.

use serde_json::{Value, json};

use crate::bindings::tidegate::migration::mongodb as wit;
use crate::{Error, Result, log};

fn parse(text: &str) -> Result<Value> {
    serde_json::from_str(text)
        .map_err(|e| Error::other(format!("the host returned invalid JSON: {e}")))
}

fn parse_all(texts: Vec<String>) -> Result<Vec<Value>> {
    texts.iter().map(|t| parse(t)).collect()
}

/// Run one allowed database command and return the reply.
pub fn command(cmd: &Value) -> Result<Value> {
    parse(&wit::run_command(&cmd.to_string())?)
}

/// Every collection (`listCollections` documents).
pub fn list_collections() -> Result<Vec<Value>> {
    parse_all(wit::list_collections()?)
}

/// The `listCollections` document of one collection, if it exists.
pub fn collection(name: &str) -> Result<Option<Value>> {
    Ok(list_collections()?.into_iter().find(|c| c["name"] == name))
}

/// Whether a collection (or a view) exists.
///
/// One `listIndexes` of that collection, not a listing of the database's
/// catalog: the server answers `NamespaceNotFound` when nothing has the
/// name, and `CommandNotSupportedOnView` for a view.
pub fn collection_exists(name: &str) -> Result<bool> {
    match wit::list_indexes(name).map_err(Error::from) {
        Ok(_) => Ok(true),
        Err(e) if e.database_code() == Some(code::NAMESPACE_NOT_FOUND) => Ok(false),
        Err(e) if e.database_code() == Some(code::COMMAND_NOT_SUPPORTED_ON_VIEW) => Ok(true),
        Err(e) => Err(e),
    }
}

/// Every index of a collection (`listIndexes` documents); none when the
/// collection does not exist.
pub fn list_indexes(collection: &str) -> Result<Vec<Value>> {
    match wit::list_indexes(collection).map_err(Error::from) {
        Ok(specs) => parse_all(specs),
        Err(e) if e.database_code() == Some(code::NAMESPACE_NOT_FOUND) => Ok(Vec::new()),
        Err(e) => Err(e),
    }
}

/// The server's error codes the helpers rely on
/// (<https://www.mongodb.com/docs/manual/reference/error-codes/>).
mod code {
    pub const NAMESPACE_NOT_FOUND: &str = "26";
    pub const INDEX_NOT_FOUND: &str = "27";
    pub const NAMESPACE_EXISTS: &str = "48";
    pub const INDEX_OPTIONS_CONFLICT: &str = "85";
    pub const INDEX_KEY_SPECS_CONFLICT: &str = "86";
    pub const COMMAND_NOT_SUPPORTED_ON_VIEW: &str = "166";
}

/// A collection's validator and how it applies.
#[derive(Debug, Clone, PartialEq)]
pub struct Validator {
    /// e.g. `{"$jsonSchema": {...}}`.
    pub validator: Value,
    /// `strict` or `moderate`.
    pub level: &'static str,
    /// `error` or `warn`.
    pub action: &'static str,
}

impl Validator {
    /// A `$jsonSchema` validator, strict, that rejects bad writes.
    pub fn json_schema(schema: Value) -> Self {
        Validator {
            validator: json!({ "$jsonSchema": schema }),
            level: "strict",
            action: "error",
        }
    }

    /// Apply only to inserts and to documents that already conform.
    pub fn moderate(mut self) -> Self {
        self.level = "moderate";
        self
    }

    /// Log violations instead of refusing them.
    pub fn warn(mut self) -> Self {
        self.action = "warn";
        self
    }
}

/// Create a collection with an optional validator; when it exists, bring
/// its validator to the one given with `collMod`. Idempotent.
///
/// One `create` command: the server says when the collection exists
/// (`NamespaceExists`, or success when its options are the same), and only
/// then is the catalog read, so a first run costs one command.
pub fn create_collection(name: &str, validator: Option<&Validator>) -> Result<()> {
    let mut cmd = json!({ "create": name });
    if let Some(v) = validator {
        cmd["validator"] = v.validator.clone();
        cmd["validationLevel"] = json!(v.level);
        cmd["validationAction"] = json!(v.action);
    }
    match command(&cmd) {
        Ok(_) => Ok(()),
        Err(e) if e.database_code() == Some(code::NAMESPACE_EXISTS) => {
            let Some(existing) = collection(name)? else {
                return Err(e);
            };
            if let Some(v) = validator {
                let o = &existing["options"];
                let same = o["validator"] == v.validator
                    && o["validationLevel"].as_str().unwrap_or("strict") == v.level
                    && o["validationAction"].as_str().unwrap_or("error") == v.action;
                if !same {
                    return set_validator(name, v);
                }
                log::info(&format!("collection {name} already has this validator"));
            }
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// Replace a collection's validator (`collMod`).
pub fn set_validator(collection: &str, v: &Validator) -> Result<()> {
    command(
        &json!({ "collMod": collection, "validator": v.validator, "validationLevel": v.level, "validationAction": v.action }),
    )?;
    Ok(())
}

/// Remove a collection's validator.
pub fn clear_validator(collection: &str) -> Result<()> {
    command(&json!({ "collMod": collection, "validator": {}, "validationLevel": "off" }))?;
    Ok(())
}

/// Drop a collection if it exists. Idempotent: one `drop`, and a
/// collection that is already gone (`NamespaceNotFound` before MongoDB 7)
/// counts as dropped.
pub fn drop_collection(name: &str) -> Result<()> {
    match command(&json!({ "drop": name })) {
        Err(e) if e.database_code() == Some(code::NAMESPACE_NOT_FOUND) => Ok(()),
        other => other.map(drop),
    }
}

/// Whether the catalog listing has a collection of this name. What
/// `collection_exists` answered before it asked `listIndexes`: the prebuilt
/// SQL/JSON runner renames through this module, and its bytes (with them
/// the component digest of every SQL and JSON module users have built)
/// change only together with the component format.
fn listed(name: &str) -> Result<bool> {
    Ok(collection(name)?.is_some())
}

/// Rename a collection. Idempotent: nothing to do when `from` is gone and
/// `to` exists; refuses when both exist (pass `drop_target` to replace).
pub fn rename_collection(from: &str, to: &str, drop_target: bool) -> Result<()> {
    match (listed(from)?, listed(to)?) {
        (false, true) => {
            log::info(&format!("{from} is already renamed to {to}"));
            Ok(())
        }
        (false, false) => Err(Error::precondition(format!(
            "cannot rename {from}: it does not exist"
        ))),
        (true, true) if !drop_target => Err(Error::precondition(format!(
            "cannot rename {from} to {to}: {to} exists"
        ))),
        _ => Ok(wit::rename_collection(from, to, drop_target)?),
    }
}

/// An index to create.
#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    name: String,
    keys: Value,
    options: serde_json::Map<String, Value>,
}

impl Index {
    /// An index on `keys`, e.g. `json!({"tenant": 1, "email": 1})`.
    pub fn new(name: &str, keys: Value) -> Self {
        Index {
            name: name.into(),
            keys,
            options: Default::default(),
        }
    }

    /// Refuse duplicate keys.
    pub fn unique(mut self) -> Self {
        self.options.insert("unique".into(), json!(true));
        self
    }

    /// Index only documents matching `filter`.
    pub fn partial(mut self, filter: Value) -> Self {
        self.options
            .insert("partialFilterExpression".into(), filter);
        self
    }

    /// Expire documents `seconds` after the indexed date.
    pub fn ttl(mut self, seconds: i64) -> Self {
        self.options
            .insert("expireAfterSeconds".into(), json!(seconds));
        self
    }

    /// Skip documents without the field.
    pub fn sparse(mut self) -> Self {
        self.options.insert("sparse".into(), json!(true));
        self
    }

    fn spec(&self) -> Value {
        let mut spec = self.options.clone();
        spec.insert("key".into(), self.keys.clone());
        spec.insert("name".into(), json!(self.name));
        Value::Object(spec)
    }
}

/// Create an index unless an identical one exists. An index of the same
/// name with a different spec is an error: changing an index means a new
/// name, or dropping the old one first.
///
/// One `createIndexes` command: the server itself answers success for an
/// identical index and `IndexOptionsConflict`/`IndexKeySpecsConflict` for
/// a different one, so nothing is listed first.
pub fn create_index(collection: &str, index: &Index) -> Result<()> {
    match command(&json!({ "createIndexes": collection, "indexes": [index.spec()] })) {
        Ok(reply) => {
            if reply["numIndexesBefore"].is_number()
                && reply["numIndexesBefore"] == reply["numIndexesAfter"]
            {
                log::info(&format!("index {collection}.{} already exists", index.name));
            }
            Ok(())
        }
        Err(e)
            if matches!(
                e.database_code(),
                Some(code::INDEX_OPTIONS_CONFLICT | code::INDEX_KEY_SPECS_CONFLICT)
            ) =>
        {
            Err(Error::precondition(format!(
                "index {collection}.{} exists with a different spec, or its keys are indexed under another name ({e}); drop it first or give the new index another name",
                index.name
            )))
        }
        Err(e) => Err(e),
    }
}

/// Drop an index if it exists. Idempotent: one `dropIndexes`; an index or
/// collection that is already gone counts as dropped.
pub fn drop_index(collection: &str, name: &str) -> Result<()> {
    match command(&json!({ "dropIndexes": collection, "index": name })) {
        Err(e)
            if matches!(
                e.database_code(),
                Some(code::INDEX_NOT_FOUND | code::NAMESPACE_NOT_FOUND)
            ) =>
        {
            Ok(())
        }
        other => other.map(drop),
    }
}

/// Insert documents; returns how many.
pub fn insert_many(collection: &str, documents: &[Value]) -> Result<u64> {
    let docs: Vec<String> = documents.iter().map(Value::to_string).collect();
    Ok(wit::insert_many(collection, &docs)?)
}

/// What an update did.
pub use wit::UpdateResult;

/// Apply `update` (an update document or a pipeline array) to every
/// document matching `filter`.
pub fn update_many(collection: &str, filter: &Value, update: &Value) -> Result<UpdateResult> {
    Ok(wit::update_many(
        collection,
        &filter.to_string(),
        &update.to_string(),
        false,
    )?)
}

/// Delete every document matching `filter`; returns how many.
pub fn delete_many(collection: &str, filter: &Value) -> Result<u64> {
    Ok(wit::delete_many(collection, &filter.to_string())?)
}

/// Documents matching `filter`, at most `limit`.
pub fn find(collection: &str, filter: &Value, limit: Option<u64>) -> Result<Vec<Value>> {
    let options = wit::FindOptions {
        projection: None,
        sort: Some(json!({ "_id": 1 }).to_string()),
        skip: None,
        limit,
    };
    parse_all(wit::find(collection, &filter.to_string(), &options)?)
}

/// Count documents matching `filter`.
pub fn count(collection: &str, filter: &Value) -> Result<u64> {
    Ok(wit::count_documents(collection, &filter.to_string())?)
}

/// Run an aggregation pipeline. One ending in `$merge` or `$out` returns
/// nothing.
pub fn aggregate(collection: &str, pipeline: &Value) -> Result<Vec<Value>> {
    parse_all(wit::aggregate(collection, &pipeline.to_string())?)
}

/// Backfill in batches: apply `update` to documents matching `filter`, at
/// most `batch` at a time, until none match. `filter` must stop matching a
/// document once it is updated, or this never ends; the host's guest time
/// limit stops it if so. Returns how many documents changed.
///
/// Batches go by `_id`, so each round reads one page of ids and updates
/// exactly those.
pub fn backfill(collection: &str, filter: &Value, update: &Value, batch: u64) -> Result<u64> {
    let mut total = 0;
    loop {
        let options = wit::FindOptions {
            projection: Some(json!({ "_id": 1 }).to_string()),
            sort: Some(json!({ "_id": 1 }).to_string()),
            skip: None,
            limit: Some(batch.max(1)),
        };
        let ids: Vec<Value> = parse_all(wit::find(collection, &filter.to_string(), &options)?)?
            .into_iter()
            .map(|d| d["_id"].clone())
            .collect();
        if ids.is_empty() {
            break;
        }
        let page = json!({ "$and": [filter, { "_id": { "$in": ids } }] });
        let r = update_many(collection, &page, update)?;
        total += r.modified;
        log::info(&format!(
            "{collection}: backfilled {} documents ({total} so far)",
            r.modified
        ));
        if r.modified == 0 {
            return Err(Error::precondition(format!(
                "backfill of {collection} matched documents but changed none; the filter must stop matching updated documents"
            )));
        }
    }
    Ok(total)
}
