//! MongoDB through the official driver: the target, the guest-facing
//! `tidegate:migration/mongodb` interface, and document conversion.
//!
//! Documents cross the sandbox boundary as relaxed extended JSON, which
//! round-trips every BSON type. Every call runs against one database, the
//! session's: the target's, or its shadow during a dry run.

use std::time::{Duration, Instant};

use futures_util::TryStreamExt;
use mongodb::bson::{doc, Bson, Document};
use mongodb::error::{ErrorKind, WriteFailure};
use mongodb::options::ClientOptions;
use mongodb::{Client, Database};

use crate::config::MongoConfig;
use crate::metadata::EngineKind;
use crate::redact::redact_url;
use crate::runtime::bindings::latest::mongodb::{self as wit, FindOptions, UpdateResult};
use crate::runtime::bindings::latest::types::{DatabaseError, HostError};
use crate::runtime::state::{truncate, HostState};

pub mod history;
pub mod lock;
pub mod snapshot;

/// Errors of the MongoDB adapter outside guest calls.
#[derive(Debug, thiserror::Error)]
pub enum MongoError {
    #[error("no MongoDB URL is configured: pass --mongodb-url, set TIDEGATE_MONGODB_URL, or set mongodb.url in tidegate.toml")]
    NoUrl,
    #[error("invalid MongoDB URL {url}: {message}")]
    BadUrl { url: String, message: String },
    #[error("the MongoDB URL {url} names no database: put it in the path (mongodb://host:27017/app) or set mongodb.database")]
    NoDatabase { url: String },
    #[error("cannot connect to MongoDB at {url}: {message}; check that the server is up and the URL is right")]
    Connect { url: String, message: String },
    #[error("MongoDB error while {doing}: {message}")]
    Command { doing: String, message: String },
}

impl MongoError {
    pub fn command(doing: impl Into<String>, e: mongodb::error::Error) -> Self {
        MongoError::Command { doing: doing.into(), message: describe(&e) }
    }
}

/// One line for a driver error, with the server's code when there is one.
fn describe(e: &mongodb::error::Error) -> String {
    match error_code(e) {
        Some((code, name)) if !name.is_empty() => format!("{e} (code {code} {name})"),
        Some((code, _)) => format!("{e} (code {code})"),
        None => e.to_string(),
    }
}

fn error_code(e: &mongodb::error::Error) -> Option<(i32, String)> {
    match e.kind.as_ref() {
        ErrorKind::Command(c) => Some((c.code, c.code_name.clone())),
        ErrorKind::Write(WriteFailure::WriteError(w)) => Some((w.code, w.code_name.clone().unwrap_or_default())),
        ErrorKind::Write(WriteFailure::WriteConcernError(w)) => Some((w.code, w.code_name.clone())),
        ErrorKind::InsertMany(i) => i.write_errors.as_ref().and_then(|w| w.first()).map(|w| (w.code, String::new())),
        _ => None,
    }
}

/// Whether the error means the server could not be reached.
pub fn is_unreachable(e: &mongodb::error::Error) -> bool {
    matches!(e.kind.as_ref(), ErrorKind::ServerSelection { .. } | ErrorKind::Io(_) | ErrorKind::DnsResolve { .. })
}

/// A parsed target: a client (connections are made lazily) and the
/// database migrations run in. Displays without its password.
#[derive(Clone)]
pub struct MongoTarget {
    client: Client,
    database: String,
    display: String,
    pub timeout: Duration,
}

impl std::fmt::Display for MongoTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display)
    }
}

impl MongoTarget {
    pub async fn new(cfg: &MongoConfig) -> Result<Self, MongoError> {
        let url = cfg.url.as_deref().ok_or(MongoError::NoUrl)?;
        let display = redact_url(url);
        let mut options = ClientOptions::parse(url)
            .await
            .map_err(|e| MongoError::BadUrl { url: display.clone(), message: e.to_string() })?;
        let database = cfg
            .database
            .clone()
            .or_else(|| options.default_database.clone())
            .ok_or_else(|| MongoError::NoDatabase { url: display.clone() })?;
        validate_name("database", &database).map_err(|message| MongoError::BadUrl { url: display.clone(), message })?;
        options.app_name = Some("tidegate".into());
        options.server_selection_timeout.get_or_insert(Duration::from_secs(10));
        options.connect_timeout.get_or_insert(Duration::from_secs(10));
        let client = Client::with_options(options)
            .map_err(|e| MongoError::BadUrl { url: display.clone(), message: e.to_string() })?;
        Ok(MongoTarget { client, database, display, timeout: cfg.operation_timeout })
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    pub fn database_name(&self) -> &str {
        &self.database
    }

    pub fn database(&self) -> Database {
        self.client.database(&self.database)
    }

    /// Run `hello` on the server: the cheapest proof that it answers.
    pub async fn hello(&self) -> Result<Document, MongoError> {
        self.database().run_command(doc! { "hello": 1 }).await.map_err(|e| self.connect_error(e))
    }

    /// Map a driver error from a first contact to `Connect` when the server
    /// could not be reached.
    pub fn connect_error(&self, e: mongodb::error::Error) -> MongoError {
        if is_unreachable(&e) {
            MongoError::Connect { url: self.display.clone(), message: e.to_string() }
        } else {
            MongoError::command("talking to the server", e)
        }
    }
}

/// Database names: what MongoDB accepts, minus what would be awkward.
fn validate_name(what: &str, name: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && name.len() <= 63
        && !name.contains(['/', '\\', '.', ' ', '"', '$', '*', '<', '>', ':', '|', '?', '\0']);
    if ok { Ok(()) } else { Err(format!("{what} name `{name}` is invalid")) }
}

/// The database a guest's calls run against.
pub struct MongoSession {
    client: Client,
    /// Where calls go: the target database, or its shadow in a dry run.
    db: Database,
    /// The target's database name, which the guest may name in `$merge`
    /// and `$out`; in a dry run it is redirected to the shadow.
    target_db: String,
    /// Collections the guest may not touch: the history, audit and lock.
    reserved_prefix: String,
    timeout: Duration,
}

impl MongoSession {
    pub fn new(target: &MongoTarget, db: Database, reserved_prefix: &str) -> Self {
        MongoSession {
            client: target.client.clone(),
            db,
            target_db: target.database.clone(),
            reserved_prefix: reserved_prefix.to_string(),
            timeout: target.timeout,
        }
    }
}

/// Commands a migration may run with `run-command`.
const ALLOWED_COMMANDS: &[&str] = &[
    "create",
    "collMod",
    "drop",
    "createIndexes",
    "dropIndexes",
    "listCollections",
    "listIndexes",
    "count",
    "distinct",
    "collStats",
    "dbStats",
    "ping",
    "buildInfo",
    "hello",
];

/// Allowed commands that only read.
const READ_COMMANDS: &[&str] =
    &["listCollections", "listIndexes", "count", "distinct", "collStats", "dbStats", "ping", "buildInfo", "hello"];

/// Parse a relaxed or canonical extended JSON document.
pub fn parse_document(what: &str, text: &str) -> Result<Document, HostError> {
    let json: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| HostError::Conversion(format!("{what} is not JSON: {e}")))?;
    match Bson::try_from(json) {
        Ok(Bson::Document(d)) => Ok(d),
        Ok(other) => Err(HostError::Conversion(format!("{what} must be a JSON object, not {:?}", other.element_type()))),
        Err(e) => Err(HostError::Conversion(format!("{what} is not valid extended JSON: {e}"))),
    }
}

/// Parse a JSON array of documents (a pipeline).
fn parse_array(what: &str, text: &str) -> Result<Vec<Document>, HostError> {
    let json: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| HostError::Conversion(format!("{what} is not JSON: {e}")))?;
    match Bson::try_from(json) {
        Ok(Bson::Array(items)) => items
            .into_iter()
            .map(|b| match b {
                Bson::Document(d) => Ok(d),
                _ => Err(HostError::Conversion(format!("every element of {what} must be an object"))),
            })
            .collect(),
        Ok(_) => Err(HostError::Conversion(format!("{what} must be a JSON array"))),
        Err(e) => Err(HostError::Conversion(format!("{what} is not valid extended JSON: {e}"))),
    }
}

/// Relaxed extended JSON text of a document.
pub fn to_json(d: Document) -> String {
    Bson::Document(d).into_relaxed_extjson().to_string()
}

fn host_error(e: mongodb::error::Error) -> HostError {
    if is_unreachable(&e) {
        return HostError::Unavailable(format!("MongoDB is unreachable: {e}"));
    }
    match error_code(&e) {
        Some((code, name)) => HostError::Database(DatabaseError {
            code: code.to_string(),
            message: match e.kind.as_ref() {
                ErrorKind::Command(c) => c.message.clone(),
                _ => e.to_string(),
            },
            detail: (!name.is_empty()).then_some(name),
            hint: None,
        }),
        None => HostError::Database(DatabaseError { code: String::new(), message: e.to_string(), detail: None, hint: None }),
    }
}

impl HostState {
    fn mongo(&mut self) -> Result<&mut MongoSession, HostError> {
        self.permit(EngineKind::Mongodb)?;
        self.sessions.mongo.as_mut().ok_or_else(|| {
            HostError::Unavailable("no MongoDB connection is configured for this run; set TIDEGATE_MONGODB_URL".into())
        })
    }

    /// `check` is read-only: refuse writes while it runs.
    fn check_writable(&self, what: &str) -> Result<(), HostError> {
        if self.phase == crate::runtime::state::Phase::Check {
            return Err(HostError::NotPermitted(format!("`check` is read-only: it may not {what}")));
        }
        Ok(())
    }

    fn check_size(&self, what: &str, bytes: usize, cap: usize) -> Result<(), HostError> {
        if bytes > cap {
            return Err(HostError::LimitExceeded(format!("{what} is {bytes} bytes, over the {cap}-byte cap; work in batches")));
        }
        Ok(())
    }

    fn check_collection(&mut self, name: &str) -> Result<(), HostError> {
        let reserved = self.mongo()?.reserved_prefix.clone();
        if name.is_empty() || name.len() > 255 || name.contains('$') || name.contains('\0') {
            return Err(HostError::Conversion(format!("collection name `{}` is invalid", truncate(name.to_string(), 80))));
        }
        if name.starts_with("system.") || name.starts_with(&reserved) {
            return Err(HostError::NotPermitted(format!(
                "collection `{name}` belongs to the server or to tidegate; migrations may not touch it"
            )));
        }
        self.in_scope(crate::capabilities::Kind::Collection, name)
    }

    /// Run `op` with the session's timeout; journal it as `text`.
    async fn mongo_call<T>(
        &mut self,
        text: String,
        count: impl Fn(&T) -> Option<u64>,
        op: impl AsyncFnOnce(&MongoSession) -> Result<T, mongodb::error::Error>,
    ) -> Result<T, HostError> {
        let start = Instant::now();
        let session = self.mongo()?;
        let timeout = session.timeout;
        let result = match tokio::time::timeout(timeout, op(session)).await {
            Ok(r) => r.map_err(host_error),
            Err(_) => Err(HostError::Unavailable(format!(
                "MongoDB did not answer within {timeout:?}; raise mongodb.operation_timeout if the work is expected"
            ))),
        };
        self.host_time += start.elapsed();
        let rows = result.as_ref().ok().and_then(&count);
        self.journal_entry(EngineKind::Mongodb, text, 0, rows, start, result.as_ref().err(), None);
        result
    }

    /// Cap the documents a call returns, by count and total size.
    fn cap_documents(&self, docs: Vec<Document>) -> Result<Vec<String>, HostError> {
        let mut out = Vec::with_capacity(docs.len());
        let mut bytes = 0usize;
        for d in docs {
            let s = to_json(d);
            bytes += s.len();
            if out.len() >= self.caps.result_rows || bytes > self.caps.result_bytes {
                return Err(HostError::LimitExceeded(format!(
                    "the result is over {} documents or {} bytes; page through it with skip and limit",
                    self.caps.result_rows, self.caps.result_bytes
                )));
            }
            out.push(s);
        }
        Ok(out)
    }

    /// `$out: "c"`, `$out: {db, coll}`, `$merge: "c"` and
    /// `$merge: {into: {db, coll}}` must stay in the session's database;
    /// they and the collections `$lookup`, `$graphLookup` and `$unionWith`
    /// read must be ones the migration may touch.
    fn redirect_stage(&mut self, stage: &mut Document) -> Result<(), HostError> {
        let (target_db, db_name) = {
            let s = self.mongo()?;
            (s.target_db.clone(), s.db.name().to_string())
        };
        let mut outputs: Vec<String> = Vec::new();
        // Point `{db, coll}` at the session's database; returns `coll`.
        let fix = |spec: &mut Document| -> Result<Option<String>, HostError> {
            if let Some(db) = spec.get_str("db").ok().map(str::to_string) {
                if db != target_db && db != db_name {
                    return Err(HostError::NotPermitted(format!(
                        "the pipeline writes to database `{db}`; a migration may only write to `{target_db}`"
                    )));
                }
                spec.insert("db", db_name.clone());
            }
            Ok(spec.get_str("coll").ok().map(str::to_string))
        };
        if let Some(out) = stage.get_mut("$out") {
            match out {
                Bson::String(c) => outputs.push(c.clone()),
                Bson::Document(spec) => outputs.extend(fix(spec)?),
                _ => {}
            }
        }
        if let Some(merge) = stage.get_mut("$merge") {
            match merge {
                Bson::String(c) => outputs.push(c.clone()),
                Bson::Document(spec) => match spec.get_mut("into") {
                    Some(Bson::String(c)) => outputs.push(c.clone()),
                    Some(Bson::Document(into)) => outputs.extend(fix(into)?),
                    _ => {}
                },
                _ => {}
            }
        }
        // Stages that read another collection.
        for (op, key) in [("$lookup", "from"), ("$graphLookup", "from"), ("$unionWith", "coll")] {
            match stage.get(op) {
                Some(Bson::String(c)) if op == "$unionWith" => outputs.push(c.clone()),
                Some(Bson::Document(spec)) => match spec.get(key) {
                    Some(Bson::String(c)) => outputs.push(c.clone()),
                    Some(Bson::Document(_)) => {
                        return Err(HostError::NotPermitted(format!("`{op}` may only name a collection of the migration's database")))
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        for c in outputs {
            self.check_collection(&c)?;
        }
        Ok(())
    }
}

impl wit::Host for HostState {
    async fn run_command(&mut self, command: String) -> Result<String, HostError> {
        self.check_size("the command", command.len(), self.caps.statement_bytes)?;
        let cmd = parse_document("the command", &command)?;
        let Some((name, target)) = cmd.iter().next().map(|(k, v)| (k.clone(), v.clone())) else {
            return Err(HostError::Conversion("the command is an empty document".into()));
        };
        if !ALLOWED_COMMANDS.contains(&name.as_str()) {
            return Err(HostError::NotPermitted(format!(
                "command `{name}` is not allowed; allowed: {}; use rename-collection, insert-many, update-many, delete-many, find and aggregate for the rest",
                ALLOWED_COMMANDS.join(", ")
            )));
        }
        if let Bson::String(coll) = &target {
            self.check_collection(coll)?;
        }
        if !READ_COMMANDS.contains(&name.as_str()) {
            self.check_writable(&format!("run `{name}`"))?;
        }
        let text = to_json(cmd.clone());
        let reply = self.mongo_call(text, |_| None, async |s| s.db.run_command(cmd).await).await?;
        Ok(to_json(reply))
    }

    async fn list_collections(&mut self) -> Result<Vec<String>, HostError> {
        let docs = self
            .mongo_call(
                "{\"listCollections\":1}".into(),
                |d: &Vec<Document>| Some(d.len() as u64),
                async |s| s.db.run_cursor_command(doc! { "listCollections": 1 }).await?.try_collect().await,
            )
            .await?;
        self.cap_documents(docs)
    }

    async fn list_indexes(&mut self, collection: String) -> Result<Vec<String>, HostError> {
        self.check_collection(&collection)?;
        let text = to_json(doc! { "listIndexes": &collection });
        let docs = self
            .mongo_call(text, |d: &Vec<Document>| Some(d.len() as u64), async |s| {
                s.db.run_cursor_command(doc! { "listIndexes": &collection }).await?.try_collect().await
            })
            .await?;
        self.cap_documents(docs)
    }

    async fn rename_collection(&mut self, from: String, to: String, drop_target: bool) -> Result<(), HostError> {
        self.check_writable("rename a collection")?;
        self.check_collection(&from)?;
        self.check_collection(&to)?;
        let text = to_json(doc! { "renameCollection": &from, "to": &to, "dropTarget": drop_target });
        self.mongo_call(text, |_| None, async |s| {
            let db = s.db.name();
            let cmd = doc! { "renameCollection": format!("{db}.{from}"), "to": format!("{db}.{to}"), "dropTarget": drop_target };
            s.client.database("admin").run_command(cmd).await
        })
        .await
        .map(drop)
    }

    async fn insert_many(&mut self, collection: String, documents: Vec<String>) -> Result<u64, HostError> {
        self.check_writable("insert documents")?;
        self.check_collection(&collection)?;
        let bytes: usize = documents.iter().map(String::len).sum();
        self.check_size("the documents", bytes, self.caps.param_bytes)?;
        if documents.is_empty() {
            return Ok(0);
        }
        let docs = documents
            .iter()
            .enumerate()
            .map(|(i, d)| parse_document(&format!("document {i}"), d))
            .collect::<Result<Vec<_>, _>>()?;
        let text = format!("db.{collection}.insertMany([{} documents])", docs.len());
        self.mongo_call(text, |n: &u64| Some(*n), async |s| {
            s.db.collection::<Document>(&collection).insert_many(docs).await.map(|r| r.inserted_ids.len() as u64)
        })
        .await
    }

    async fn update_many(&mut self, collection: String, filter: String, update: String, upsert: bool) -> Result<UpdateResult, HostError> {
        self.check_writable("update documents")?;
        self.check_collection(&collection)?;
        self.check_size("the update", filter.len() + update.len(), self.caps.statement_bytes)?;
        let filter_doc = parse_document("the filter", &filter)?;
        let modifications: mongodb::options::UpdateModifications = if update.trim_start().starts_with('[') {
            parse_array("the update pipeline", &update)?.into()
        } else {
            parse_document("the update", &update)?.into()
        };
        let text = format!("db.{collection}.updateMany({}, {})", to_json(filter_doc.clone()), update.trim());
        self.mongo_call(text, |r: &UpdateResult| Some(r.modified), async |s| {
            let r = s.db.collection::<Document>(&collection).update_many(filter_doc, modifications).upsert(upsert).await?;
            Ok(UpdateResult { matched: r.matched_count, modified: r.modified_count, upserted: r.upserted_id.is_some() as u64 })
        })
        .await
    }

    async fn delete_many(&mut self, collection: String, filter: String) -> Result<u64, HostError> {
        self.check_writable("delete documents")?;
        self.check_collection(&collection)?;
        self.check_size("the filter", filter.len(), self.caps.statement_bytes)?;
        let filter_doc = parse_document("the filter", &filter)?;
        let text = format!("db.{collection}.deleteMany({})", to_json(filter_doc.clone()));
        self.mongo_call(text, |n: &u64| Some(*n), async |s| {
            s.db.collection::<Document>(&collection).delete_many(filter_doc).await.map(|r| r.deleted_count)
        })
        .await
    }

    async fn find(&mut self, collection: String, filter: String, options: FindOptions) -> Result<Vec<String>, HostError> {
        self.check_collection(&collection)?;
        self.check_size("the filter", filter.len(), self.caps.statement_bytes)?;
        let filter_doc = parse_document("the filter", &filter)?;
        let projection = options.projection.as_deref().map(|p| parse_document("the projection", p)).transpose()?;
        let sort = options.sort.as_deref().map(|p| parse_document("the sort", p)).transpose()?;
        let limit = options.limit.unwrap_or(self.caps.result_rows as u64).min(self.caps.result_rows as u64 + 1);
        let text = format!("db.{collection}.find({})", to_json(filter_doc.clone()));
        let docs = self
            .mongo_call(text, |d: &Vec<Document>| Some(d.len() as u64), async |s| {
                let mut o = mongodb::options::FindOptions::default();
                o.projection = projection;
                o.sort = sort;
                o.skip = options.skip;
                o.limit = Some(limit as i64);
                o.max_time = Some(s.timeout);
                s.db.collection::<Document>(&collection)
                    .find(filter_doc)
                    .with_options(o)
                    .await?
                    .try_collect()
                    .await
            })
            .await?;
        self.cap_documents(docs)
    }

    async fn count_documents(&mut self, collection: String, filter: String) -> Result<u64, HostError> {
        self.check_collection(&collection)?;
        let filter_doc = parse_document("the filter", &filter)?;
        let text = format!("db.{collection}.countDocuments({})", to_json(filter_doc.clone()));
        self.mongo_call(text, |n: &u64| Some(*n), async |s| {
            s.db.collection::<Document>(&collection).count_documents(filter_doc).max_time(s.timeout).await
        })
        .await
    }

    async fn aggregate(&mut self, collection: String, pipeline: String) -> Result<Vec<String>, HostError> {
        self.check_collection(&collection)?;
        self.check_size("the pipeline", pipeline.len(), self.caps.statement_bytes)?;
        let mut stages = parse_array("the pipeline", &pipeline)?;
        for stage in &mut stages {
            if stage.contains_key("$out") || stage.contains_key("$merge") {
                self.check_writable("write with $out or $merge")?;
            }
            self.redirect_stage(stage)?;
        }
        let text = format!("db.{collection}.aggregate({})", pipeline.trim());
        let docs = self
            .mongo_call(text, |d: &Vec<Document>| Some(d.len() as u64), async |s| {
                s.db.collection::<Document>(&collection).aggregate(stages).max_time(s.timeout).await?.try_collect().await
            })
            .await?;
        self.cap_documents(docs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extended_json_round_trips() {
        let d = parse_document("d", r#"{"_id": {"$oid": "65a1b2c3d4e5f60718293a4b"}, "n": {"$numberLong": "5"}, "at": {"$date": "2026-01-01T00:00:00Z"}}"#).unwrap();
        assert!(matches!(d.get("_id"), Some(Bson::ObjectId(_))));
        assert!(matches!(d.get("at"), Some(Bson::DateTime(_))));
        let back = to_json(d);
        assert!(back.contains("$oid") && back.contains("$date"), "{back}");
        assert!(matches!(parse_document("d", "[1]"), Err(HostError::Conversion(_))));
        assert!(matches!(parse_document("d", "{nope"), Err(HostError::Conversion(_))));
    }

    #[test]
    fn database_names() {
        assert!(validate_name("database", "app").is_ok());
        assert!(validate_name("database", "a.b").is_err());
        assert!(validate_name("database", "").is_err());
    }
}
