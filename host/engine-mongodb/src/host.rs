//! The guest-facing `tidegate:migration/mongodb` interface, on MongoDB's
//! own view of the store: the call's bookkeeping and this run's
//! [`MongoSession`].
//!
//! Documents cross the sandbox boundary as relaxed extended JSON, which
//! round-trips every BSON type. Every call runs against one database, the
//! session's: the target's, or its shadow during a dry run.

use std::time::Instant;

use futures_util::TryStreamExt;
use mongodb::bson::{doc, Bson, Document};
use tidegate_core::capabilities::Kind;
use tidegate_core::journal::truncate;
use tidegate_core::metadata::EngineKind;
use tidegate_runtime::bindings::latest::mongodb::{self as wit, FindOptions, UpdateResult};
use tidegate_runtime::bindings::latest::types::{DatabaseError, HostError};
use tidegate_runtime::state::{Call, HostState, View};
use wasmtime::component::{HasData, Linker};

use crate::session::MongoSession;

/// MongoDB's view of a guest's store.
pub struct MongoView<'a>(View<'a, MongoSession>);

struct MongoHost;

impl HasData for MongoHost {
    type Data<'a> = MongoView<'a>;
}

/// Link `tidegate:migration/mongodb` (API 0.2.0 and later).
pub fn link(linker: &mut Linker<HostState>) -> wasmtime::Result<()> {
    wit::add_to_linker::<HostState, MongoHost>(linker, |s| MongoView(s.view()))
}

const MISSING: &str = "no MongoDB connection is configured for this run; set TIDEGATE_MONGODB_URL";

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
    if crate::is_unreachable(&e) {
        return HostError::Unavailable(format!("MongoDB is unreachable: {e}"));
    }
    match crate::error_code(&e) {
        Some((code, name)) => HostError::Database(DatabaseError {
            code: code.to_string(),
            message: match e.kind.as_ref() {
                mongodb::error::ErrorKind::Command(c) => c.message.clone(),
                _ => e.to_string(),
            },
            hint: (code == 13).then(|| crate::privilege_advice("running a migration", &e.to_string())),
            detail: (!name.is_empty()).then_some(name),
        }),
        None => HostError::Database(DatabaseError { code: String::new(), message: e.to_string(), detail: None, hint: None }),
    }
}

/// A collection the migration may touch: valid, not the server's or
/// Tidegate's own, and inside its declared capabilities. Its name on the
/// server: in a dry run with an in-database shadow, the shadow's prefixed
/// copy.
fn check_collection(call: &Call, s: &MongoSession, name: &str) -> Result<String, HostError> {
    if name.is_empty() || name.len() > 255 || name.contains('$') || name.contains('\0') {
        return Err(HostError::Conversion(format!("collection name `{}` is invalid", truncate(name.to_string(), 80))));
    }
    if name.starts_with("system.") || name.starts_with(&s.reserved_prefix) || name.starts_with(crate::snapshot::SHADOW_PREFIX) {
        return Err(HostError::NotPermitted(format!("collection `{name}` belongs to the server or to tidegate; migrations may not touch it")));
    }
    call.in_scope(Kind::Collection, name)?;
    Ok(s.real(name))
}

/// An error of a MongoDB operation, as the guest sees it.
trait IntoHostError {
    fn into_host(self) -> HostError;
}

impl IntoHostError for mongodb::error::Error {
    fn into_host(self) -> HostError {
        host_error(self)
    }
}

impl IntoHostError for HostError {
    fn into_host(self) -> HostError {
        self
    }
}

/// Run `op` with the session's timeout; journal it as `text`.
async fn mongo_call<T, E: IntoHostError>(
    call: &mut Call,
    s: &MongoSession,
    text: String,
    count: impl Fn(&T) -> Option<u64>,
    op: impl AsyncFnOnce(&MongoSession) -> Result<T, E>,
) -> Result<T, HostError> {
    let start = Instant::now();
    let timeout = s.timeout;
    let result = match tokio::time::timeout(timeout, op(s)).await {
        Ok(r) => r.map_err(IntoHostError::into_host),
        Err(_) => Err(HostError::Unavailable(format!(
            "MongoDB did not answer within {timeout:?}; raise mongodb.operation_timeout if the work is expected"
        ))),
    };
    let result = result.map_err(|e| s.unprefix_error(e));
    let rows = result.as_ref().ok().and_then(&count);
    call.record(EngineKind::Mongodb, text, 0, rows, start, result.as_ref().err(), None);
    result
}

/// Commands that take a server-side time limit (`maxTimeMS`), besides the
/// write commands the host sends itself. `create`, `collMod`, `drop` and
/// `renameCollection` take none: they hold their locks only briefly.
const TIMED_COMMANDS: &[&str] = &["createIndexes", "dropIndexes", "count", "distinct"];

/// Bound `cmd` on the server: `maxTimeMS` of the session's timeout, or the
/// guest's own if smaller. A client-side timeout alone would leave the
/// operation running on the server.
fn bound(mut cmd: Document, timeout: std::time::Duration) -> Document {
    let ms = timeout.as_millis().min(i64::MAX as u128) as i64;
    let own = cmd.get("maxTimeMS").and_then(|v| match v {
        Bson::Int32(n) => Some(i64::from(*n)),
        Bson::Int64(n) => Some(*n),
        Bson::Double(n) => Some(*n as i64),
        _ => None,
    });
    cmd.insert("maxTimeMS", own.filter(|o| *o > 0).map_or(ms, |o| o.min(ms)));
    cmd
}

/// Run a write command bounded by `maxTimeMS`; its reply, or its first
/// write error (or write concern error) as the guest's error: a write
/// command answers `ok: 1` even when documents failed.
async fn write(s: &MongoSession, cmd: Document) -> Result<Document, HostError> {
    let reply = s.db.run_command(bound(cmd, s.timeout)).await.map_err(host_error)?;
    let failure = reply
        .get_array("writeErrors")
        .ok()
        .and_then(|e| e.first())
        .and_then(Bson::as_document)
        .or_else(|| reply.get_document("writeConcernError").ok());
    if let Some(e) = failure {
        let code = e.get_i32("code").unwrap_or_default();
        return Err(HostError::Database(DatabaseError {
            code: code.to_string(),
            message: e.get_str("errmsg").unwrap_or("write failed").to_string(),
            detail: e.get_str("codeName").ok().map(str::to_string),
            hint: None,
        }));
    }
    Ok(reply)
}

/// A count field of a write reply.
fn count(reply: &Document, field: &str) -> u64 {
    match reply.get(field) {
        Some(Bson::Int32(n)) => *n as u64,
        Some(Bson::Int64(n)) => *n as u64,
        _ => 0,
    }
}

/// Documents in batches the server accepts in one command: at most 1,000
/// documents and about 8 MiB each (a command is at most 16 MiB).
fn batches(docs: Vec<Document>) -> Vec<Vec<Document>> {
    let mut out: Vec<Vec<Document>> = vec![Vec::new()];
    let mut bytes = 0usize;
    for d in docs {
        let size = d.to_vec().map(|v| v.len()).unwrap_or(0);
        let last = out.last().expect("one batch");
        if !last.is_empty() && (last.len() >= 1000 || bytes + size > 8 << 20) {
            out.push(Vec::new());
            bytes = 0;
        }
        bytes += size;
        out.last_mut().expect("one batch").push(d);
    }
    out
}

/// Cap the documents a call returns, by count and total size.
fn cap_documents(call: &Call, session: &MongoSession, docs: Vec<Document>) -> Result<Vec<String>, HostError> {
    let caps = call.caps();
    let mut out = Vec::with_capacity(docs.len());
    let mut bytes = 0usize;
    for d in docs {
        let s = session.unprefix(to_json(d));
        bytes += s.len();
        if out.len() >= caps.result_rows || bytes > caps.result_bytes {
            return Err(HostError::LimitExceeded(format!(
                "the result is over {} documents or {} bytes; page through it with skip and limit",
                caps.result_rows, caps.result_bytes
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
fn redirect_stage(call: &Call, s: &MongoSession, stage: &mut Document) -> Result<(), HostError> {
    let (target_db, db_name) = (s.target_db.clone(), s.db.name().to_string());
    // Check a collection name and give it its name on the server.
    let name = |c: &mut String| -> Result<(), HostError> {
        *c = check_collection(call, s, c)?;
        Ok(())
    };
    // Point `{db, coll}` at the session's database, and `coll` at its
    // name there.
    let fix = |spec: &mut Document| -> Result<(), HostError> {
        if let Some(db) = spec.get_str("db").ok().map(str::to_string) {
            if db != target_db && db != db_name {
                return Err(HostError::NotPermitted(format!(
                    "the pipeline writes to database `{db}`; a migration may only write to `{target_db}`"
                )));
            }
            spec.insert("db", db_name.clone());
        }
        if let Some(Bson::String(c)) = spec.get_mut("coll") {
            name(c)?;
        }
        Ok(())
    };
    match stage.get_mut("$out") {
        Some(Bson::String(c)) => name(c)?,
        Some(Bson::Document(spec)) => fix(spec)?,
        _ => {}
    }
    if let Some(Bson::Document(spec)) = stage.get_mut("$merge") {
        match spec.get_mut("into") {
            Some(Bson::String(c)) => name(c)?,
            Some(Bson::Document(into)) => fix(into)?,
            _ => {}
        }
    } else if let Some(Bson::String(c)) = stage.get_mut("$merge") {
        name(c)?;
    }
    // Stages that read another collection.
    for (op, key) in [("$lookup", "from"), ("$graphLookup", "from"), ("$unionWith", "coll")] {
        match stage.get_mut(op) {
            Some(Bson::String(c)) if op == "$unionWith" => name(c)?,
            Some(Bson::Document(spec)) => match spec.get_mut(key) {
                Some(Bson::String(c)) => name(c)?,
                Some(Bson::Document(_)) => {
                    return Err(HostError::NotPermitted(format!("`{op}` may only name a collection of the migration's database")))
                }
                _ => {}
            },
            _ => {}
        }
    }
    Ok(())
}

impl wit::Host for MongoView<'_> {
    async fn run_command(&mut self, command: String) -> Result<String, HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                call.check_size("the command", command.len(), call.caps().statement_bytes)?;
                let mut cmd = parse_document("the command", &command)?;
                let Some((name, target)) = cmd.iter().next().map(|(k, v)| (k.clone(), v.clone())) else {
                    return Err(HostError::Conversion("the command is an empty document".into()));
                };
                if !ALLOWED_COMMANDS.contains(&name.as_str()) {
                    return Err(HostError::NotPermitted(format!(
                        "command `{name}` is not allowed; allowed: {}; use rename-collection, insert-many, update-many, delete-many, find and aggregate for the rest",
                        ALLOWED_COMMANDS.join(", ")
                    )));
                }
                let text = to_json(cmd.clone());
                if let Bson::String(coll) = &target {
                    let real = check_collection(call, s, coll)?;
                    cmd.insert(name.clone(), real);
                }
                // A view reads another collection of the database.
                if let Ok(source) = cmd.get_str("viewOn").map(str::to_string) {
                    let real = check_collection(call, s, &source)?;
                    cmd.insert("viewOn", real);
                }
                if !READ_COMMANDS.contains(&name.as_str()) {
                    call.check_writable(&format!("run `{name}`"))?;
                }
                let cmd = if TIMED_COMMANDS.contains(&name.as_str()) { bound(cmd, s.timeout) } else { cmd };
                let reply = mongo_call(call, s, text, |_| None, async |s| s.db.run_command(cmd).await).await?;
                Ok(s.unprefix(to_json(reply)))
            })
            .await
    }

    async fn list_collections(&mut self) -> Result<Vec<String>, HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                let docs = mongo_call(
                    call,
                    s,
                    "{\"listCollections\":1}".into(),
                    |d: &Vec<Document>| Some(d.len() as u64),
                    async |s| s.db.run_cursor_command(doc! { "listCollections": 1 }).await?.try_collect().await,
                )
                .await?;
                let docs = docs.into_iter().filter(|d| s.visible(d.get_str("name").unwrap_or_default())).collect();
                cap_documents(call, s, docs)
            })
            .await
    }

    async fn list_indexes(&mut self, collection: String) -> Result<Vec<String>, HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                let real = check_collection(call, s, &collection)?;
                let text = to_json(doc! { "listIndexes": &collection });
                let docs = mongo_call(call, s, text, |d: &Vec<Document>| Some(d.len() as u64), async |s| {
                    s.db.run_cursor_command(doc! { "listIndexes": &real }).await?.try_collect().await
                })
                .await?;
                cap_documents(call, s, docs)
            })
            .await
    }

    async fn rename_collection(&mut self, from: String, to: String, drop_target: bool) -> Result<(), HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                call.check_writable("rename a collection")?;
                let (real_from, real_to) = (check_collection(call, s, &from)?, check_collection(call, s, &to)?);
                let text = to_json(doc! { "renameCollection": &from, "to": &to, "dropTarget": drop_target });
                mongo_call(call, s, text, |_| None, async |s| {
                    let db = s.db.name();
                    let cmd = doc! { "renameCollection": format!("{db}.{real_from}"), "to": format!("{db}.{real_to}"), "dropTarget": drop_target };
                    s.client.database("admin").run_command(cmd).await
                })
                .await
                .map(drop)
            })
            .await
    }

    async fn insert_many(&mut self, collection: String, documents: Vec<String>) -> Result<u64, HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                call.check_writable("insert documents")?;
                let real = check_collection(call, s, &collection)?;
                let bytes: usize = documents.iter().map(String::len).sum();
                call.check_size("the documents", bytes, call.caps().param_bytes)?;
                if documents.is_empty() {
                    return Ok(0);
                }
                let docs = documents
                    .iter()
                    .enumerate()
                    .map(|(i, d)| parse_document(&format!("document {i}"), d))
                    .collect::<Result<Vec<_>, _>>()?;
                let text = format!("db.{collection}.insertMany([{} documents])", docs.len());
                mongo_call(call, s, text, |n: &u64| Some(*n), async |s| {
                    let mut inserted = 0;
                    for batch in batches(docs) {
                        let reply = write(s, doc! { "insert": &real, "documents": batch, "ordered": true }).await?;
                        inserted += count(&reply, "n");
                    }
                    Ok::<_, HostError>(inserted)
                })
                .await
            })
            .await
    }

    async fn update_many(&mut self, collection: String, filter: String, update: String, upsert: bool) -> Result<UpdateResult, HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                call.check_writable("update documents")?;
                let real = check_collection(call, s, &collection)?;
                call.check_size("the update", filter.len() + update.len(), call.caps().statement_bytes)?;
                let filter_doc = parse_document("the filter", &filter)?;
                let modifications: Bson = if update.trim_start().starts_with('[') {
                    Bson::Array(parse_array("the update pipeline", &update)?.into_iter().map(Bson::Document).collect())
                } else {
                    Bson::Document(parse_document("the update", &update)?)
                };
                let text = format!("db.{collection}.updateMany({}, {})", to_json(filter_doc.clone()), update.trim());
                mongo_call(call, s, text, |r: &UpdateResult| Some(r.modified), async |s| {
                    let statement = doc! { "q": filter_doc, "u": modifications, "multi": true, "upsert": upsert };
                    let reply = write(s, doc! { "update": &real, "updates": [statement] }).await?;
                    let upserted = reply.get_array("upserted").map(|u| u.len() as u64).unwrap_or(0);
                    Ok::<_, HostError>(UpdateResult { matched: count(&reply, "n") - upserted, modified: count(&reply, "nModified"), upserted })
                })
                .await
            })
            .await
    }

    async fn delete_many(&mut self, collection: String, filter: String) -> Result<u64, HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                call.check_writable("delete documents")?;
                let real = check_collection(call, s, &collection)?;
                call.check_size("the filter", filter.len(), call.caps().statement_bytes)?;
                let filter_doc = parse_document("the filter", &filter)?;
                let text = format!("db.{collection}.deleteMany({})", to_json(filter_doc.clone()));
                mongo_call(call, s, text, |n: &u64| Some(*n), async |s| {
                    let reply = write(s, doc! { "delete": &real, "deletes": [{ "q": filter_doc, "limit": 0 }] }).await?;
                    Ok::<_, HostError>(count(&reply, "n"))
                })
                .await
            })
            .await
    }

    async fn find(&mut self, collection: String, filter: String, options: FindOptions) -> Result<Vec<String>, HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                let real = check_collection(call, s, &collection)?;
                call.check_size("the filter", filter.len(), call.caps().statement_bytes)?;
                let filter_doc = parse_document("the filter", &filter)?;
                let projection = options.projection.as_deref().map(|p| parse_document("the projection", p)).transpose()?;
                let sort = options.sort.as_deref().map(|p| parse_document("the sort", p)).transpose()?;
                let max = call.caps().result_rows as u64;
                let limit = options.limit.unwrap_or(max).min(max + 1);
                let text = format!("db.{collection}.find({})", to_json(filter_doc.clone()));
                let docs = mongo_call(call, s, text, |d: &Vec<Document>| Some(d.len() as u64), async |s| {
                    let mut o = mongodb::options::FindOptions::default();
                    o.projection = projection;
                    o.sort = sort;
                    o.skip = options.skip;
                    o.limit = Some(limit as i64);
                    o.max_time = Some(s.timeout);
                    s.db.collection::<Document>(&real).find(filter_doc).with_options(o).await?.try_collect().await
                })
                .await?;
                cap_documents(call, s, docs)
            })
            .await
    }

    async fn count_documents(&mut self, collection: String, filter: String) -> Result<u64, HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                let real = check_collection(call, s, &collection)?;
                let filter_doc = parse_document("the filter", &filter)?;
                let text = format!("db.{collection}.countDocuments({})", to_json(filter_doc.clone()));
                mongo_call(call, s, text, |n: &u64| Some(*n), async |s| {
                    s.db.collection::<Document>(&real).count_documents(filter_doc).max_time(s.timeout).await
                })
                .await
            })
            .await
    }

    async fn aggregate(&mut self, collection: String, pipeline: String) -> Result<Vec<String>, HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                let real = check_collection(call, s, &collection)?;
                call.check_size("the pipeline", pipeline.len(), call.caps().statement_bytes)?;
                let mut stages = parse_array("the pipeline", &pipeline)?;
                for stage in &mut stages {
                    if stage.contains_key("$out") || stage.contains_key("$merge") {
                        call.check_writable("write with $out or $merge")?;
                    }
                    redirect_stage(call, s, stage)?;
                }
                let text = format!("db.{collection}.aggregate({})", pipeline.trim());
                let docs = mongo_call(call, s, text, |d: &Vec<Document>| Some(d.len() as u64), async |s| {
                    s.db.collection::<Document>(&real).aggregate(stages).max_time(s.timeout).await?.try_collect().await
                })
                .await?;
                cap_documents(call, s, docs)
            })
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_get_a_server_side_time_limit() {
        let t = std::time::Duration::from_secs(300);
        assert_eq!(bound(doc! { "createIndexes": "c" }, t).get_i64("maxTimeMS").ok(), Some(300_000));
        assert_eq!(bound(doc! { "count": "c", "maxTimeMS": 5000 }, t).get_i64("maxTimeMS").ok(), Some(5000), "the guest's smaller limit stays");
        assert_eq!(bound(doc! { "count": "c", "maxTimeMS": 900_000 }, t).get_i64("maxTimeMS").ok(), Some(300_000));
    }

    #[test]
    fn inserts_are_batched_under_the_command_limits() {
        let docs: Vec<Document> = (0..2500).map(|i| doc! { "i": i }).collect();
        let sizes: Vec<usize> = batches(docs).iter().map(Vec::len).collect();
        assert_eq!(sizes, [1000, 1000, 500]);
        let big = "x".repeat(3 << 20);
        let sizes: Vec<usize> = batches((0..5).map(|_| doc! { "s": &big }).collect()).iter().map(Vec::len).collect();
        assert_eq!(sizes, [2, 2, 1]);
        assert_eq!(batches(Vec::new()).len(), 1);
    }

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

}
