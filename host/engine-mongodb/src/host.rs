//! The guest-facing `tidegate:migration/mongodb` interface, on MongoDB's
//! own view of the store: the call's bookkeeping and this run's
//! [`MongoSession`].
//!
//! Documents cross the sandbox boundary as relaxed extended JSON, which
//! round-trips every BSON type. Every call runs against one database, the
//! session's: the target's, or its shadow during a dry run.

use std::time::Instant;

use futures_util::TryStreamExt;
use mongodb::bson::{Bson, Document, doc};
use mongodb::options::{UpdateModifications, WriteConcern};
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
const READ_COMMANDS: &[&str] = &[
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

/// Parse a relaxed or canonical extended JSON document.
pub fn parse_document(what: &str, text: &str) -> Result<Document, HostError> {
    let json: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| HostError::Conversion(format!("{what} is not JSON: {e}")))?;
    match Bson::try_from(json) {
        Ok(Bson::Document(d)) => Ok(d),
        Ok(other) => Err(HostError::Conversion(format!(
            "{what} must be a JSON object, not {:?}",
            other.element_type()
        ))),
        Err(e) => Err(HostError::Conversion(format!(
            "{what} is not valid extended JSON: {e}"
        ))),
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
                _ => Err(HostError::Conversion(format!(
                    "every element of {what} must be an object"
                ))),
            })
            .collect(),
        Ok(_) => Err(HostError::Conversion(format!(
            "{what} must be a JSON array"
        ))),
        Err(e) => Err(HostError::Conversion(format!(
            "{what} is not valid extended JSON: {e}"
        ))),
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
            hint: (code == 13)
                .then(|| crate::privilege_advice("running a migration", &e.to_string())),
            detail: (!name.is_empty()).then_some(name),
        }),
        None => HostError::Database(DatabaseError {
            code: String::new(),
            message: e.to_string(),
            detail: None,
            hint: None,
        }),
    }
}

/// A collection the migration may touch: valid, not the server's or
/// Tidegate's own, and inside its declared capabilities. Its name on the
/// server: in a dry run with an in-database shadow, the shadow's prefixed
/// copy.
fn check_collection(call: &Call, s: &MongoSession, name: &str) -> Result<String, HostError> {
    if name.is_empty() || name.len() > 255 || name.contains('$') || name.contains('\0') {
        return Err(HostError::Conversion(format!(
            "collection name `{}` is invalid",
            truncate(name.to_string(), 80)
        )));
    }
    // The server's limit is on the namespace `<database>.<collection>`, as
    // the session names it (a dry run's shadow adds to it).
    let namespace = s.db.name().len() + 1 + s.real(name).len();
    if namespace > 255 {
        return Err(HostError::Conversion(format!(
            "collection name `{}` makes a namespace of {namespace} bytes with its database{}, over MongoDB's 255; use a shorter name",
            truncate(name.to_string(), 80),
            if s.prefix.is_some() || s.db.name() != s.target_db {
                " and the dry run's shadow"
            } else {
                ""
            }
        )));
    }
    if name.starts_with("system.")
        || name.starts_with(&s.reserved_prefix)
        || name.starts_with(crate::snapshot::SHADOW_PREFIX)
    {
        return Err(HostError::NotPermitted(format!(
            "collection `{name}` belongs to the server or to tidegate; migrations may not touch it"
        )));
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

/// Run `op` with the session's timeout, tagged with a fresh `comment`
/// (`op` puts it on what it sends); journal it as `text`. When the server
/// does not answer in time, the operation is found by its tag and killed,
/// so that it does not run on after the client gave up.
async fn mongo_call<T, E: IntoHostError>(
    call: &mut Call,
    s: &MongoSession,
    text: String,
    count: impl Fn(&T) -> Option<u64>,
    op: impl AsyncFnOnce(&MongoSession, Bson) -> Result<T, E>,
) -> Result<T, HostError> {
    let start = Instant::now();
    let timeout = s.timeout;
    let tag = s.next_tag();
    let result = match tokio::time::timeout(timeout, op(s, Bson::String(tag.clone()))).await {
        Ok(r) => r.map_err(IntoHostError::into_host),
        Err(_) => {
            let killed = s.kill_tagged(&tag).await;
            Err(HostError::Unavailable(format!(
                "MongoDB did not answer within {timeout:?} ({killed}); raise mongodb.operation_timeout if the work is expected"
            )))
        }
    };
    let result = result.map_err(|e| s.unprefix_error(e));
    let rows = result.as_ref().ok().and_then(&count);
    call.record(
        EngineKind::Mongodb,
        text,
        0,
        rows,
        start,
        result.as_ref().err(),
        None,
    );
    result
}

/// Commands that take a server-side time limit (`maxTimeMS`), besides the
/// reads the host sends through the driver. `create`, `collMod`, `drop`
/// and `renameCollection` take none: a call of theirs that outlives the
/// client's timeout is killed by its `comment` ([`mongo_call`]).
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
    cmd.insert(
        "maxTimeMS",
        own.filter(|o| *o > 0).map_or(ms, |o| o.min(ms)),
    );
    cmd
}

/// Put the host's `tag` on a guest's command as its `comment`, keeping the
/// guest's own comment beside it.
fn tagged(mut cmd: Document, tag: Bson) -> Document {
    let comment = match cmd.remove("comment") {
        Some(own) => Bson::Document(doc! { "tidegate": tag, "guest": own }),
        None => tag,
    };
    cmd.insert("comment", comment);
    cmd
}

/// A write command carries the write concern the URL (or the client's
/// options) asks for, unless the guest gave its own: `run_command` sends
/// a command as it is, where the driver's own writes add it.
fn with_write_concern(mut cmd: Document, wc: Option<&WriteConcern>) -> Document {
    if let Some(wc) = wc.filter(|wc| **wc != WriteConcern::default())
        && !cmd.contains_key("writeConcern")
        && let Ok(d) = mongodb::bson::serialize_to_document(wc)
    {
        cmd.insert("writeConcern", d);
    }
    cmd
}

/// A write command's reply, or its write concern error (or first write
/// error) as the guest's error: the server answers `ok: 1` when the write
/// was applied but its write concern was not met (`wtimeoutMS` passed), and
/// `run_command` hands such a reply back unchecked.
fn acknowledged(reply: Document) -> Result<Document, HostError> {
    let failure = reply.get_document("writeConcernError").ok().or_else(|| {
        reply
            .get_array("writeErrors")
            .ok()
            .and_then(|e| e.first())
            .and_then(Bson::as_document)
    });
    if let Some(e) = failure {
        return Err(HostError::Database(DatabaseError {
            code: e.get_i32("code").unwrap_or_default().to_string(),
            message: e.get_str("errmsg").unwrap_or("write failed").to_string(),
            detail: e.get_str("codeName").ok().map(str::to_string),
            hint: Some("the write was not acknowledged as the URL's write concern asks; check the replica set's health, then run the migration again".into()),
        }));
    }
    Ok(reply)
}

/// Cap the documents a call returns, by count and total size.
fn cap_documents(
    call: &Call,
    session: &MongoSession,
    docs: Vec<Document>,
) -> Result<Vec<String>, HostError> {
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

/// Check and rename every collection a pipeline names, at any depth:
/// `$out: "c"`, `$out: {db, coll}`, `$merge: "c"` and
/// `$merge: {into: {db, coll}}` must stay in the session's database; they
/// and the collections `$lookup`, `$graphLookup` and `$unionWith` read
/// (with the sub-pipelines of `$lookup`, `$unionWith` and `$facet`) must
/// be ones the migration may touch, and in a dry run they get their
/// shadow names, so that nothing reads or writes the target's data.
fn rewrite_pipeline(
    call: &Call,
    s: &MongoSession,
    stages: &mut [Document],
) -> Result<(), HostError> {
    crate::pipeline::stages(&mut Rewrite { call, s }, stages)
}

/// A pipeline value (an array of stages) inside `op`, rewritten.
fn rewrite_nested(
    call: &Call,
    s: &MongoSession,
    value: Option<&mut Bson>,
    op: &str,
) -> Result<(), HostError> {
    crate::pipeline::nested(&mut Rewrite { call, s }, value, op)
}

/// How a guest's pipeline is rewritten ([`rewrite_pipeline`]).
struct Rewrite<'a> {
    call: &'a Call,
    s: &'a MongoSession,
}

impl crate::pipeline::Names for Rewrite<'_> {
    type Error = HostError;

    fn collection(&mut self, name: &mut String) -> Result<(), HostError> {
        *name = check_collection(self.call, self.s, name)?;
        Ok(())
    }

    /// Point `{db, coll}` at the session's database.
    fn database(&mut self, spec: &mut Document) -> Result<(), HostError> {
        let (target_db, db_name) = (&self.s.target_db, self.s.db.name());
        if let Some(db) = spec.get_str("db").ok().map(str::to_string) {
            if db != *target_db && db != db_name {
                return Err(HostError::NotPermitted(format!(
                    "the pipeline writes to database `{db}`; a migration may only write to `{target_db}`"
                )));
            }
            spec.insert("db", db_name);
        }
        Ok(())
    }

    fn foreign(&mut self, op: &str) -> Result<(), HostError> {
        Err(HostError::NotPermitted(format!(
            "`{op}` may only name a collection of the migration's database"
        )))
    }

    fn malformed(&mut self, message: String) -> Result<(), HostError> {
        Err(HostError::Conversion(message))
    }
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
                // A view reads another collection of the database, and its
                // pipeline may read more (`create` and `collMod` alike).
                if let Ok(source) = cmd.get_str("viewOn").map(str::to_string) {
                    let real = check_collection(call, s, &source)?;
                    cmd.insert("viewOn", real);
                }
                rewrite_nested(call, s, cmd.get_mut("pipeline"), &name)?;
                if name == "listCollections" {
                    cmd = s.only_visible(cmd)?;
                }
                let writes = !READ_COMMANDS.contains(&name.as_str());
                if writes {
                    call.check_writable(&format!("run `{name}`"))?;
                    cmd = with_write_concern(cmd, s.db.write_concern());
                }
                let cmd = if TIMED_COMMANDS.contains(&name.as_str()) { bound(cmd, s.timeout) } else { cmd };
                let reply = mongo_call(call, s, text, |_| None, async |s, tag| s.db.run_command(tagged(cmd, tag)).await).await?;
                let reply = if writes { acknowledged(reply)? } else { reply };
                Ok(s.unprefix(to_json(reply)))
            })
            .await
    }

    async fn list_collections(&mut self) -> Result<Vec<String>, HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                let cmd = s.only_visible(doc! { "listCollections": 1 })?;
                let docs = mongo_call(
                    call,
                    s,
                    "{\"listCollections\":1}".into(),
                    |d: &Vec<Document>| Some(d.len() as u64),
                    async |s, tag| {
                        s.db.run_cursor_command(tagged(cmd, tag))
                            .await?
                            .try_collect()
                            .await
                    },
                )
                .await?;
                cap_documents(call, s, docs)
            })
            .await
    }

    async fn list_indexes(&mut self, collection: String) -> Result<Vec<String>, HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                let real = check_collection(call, s, &collection)?;
                let text = to_json(doc! { "listIndexes": &collection });
                let docs = mongo_call(
                    call,
                    s,
                    text,
                    |d: &Vec<Document>| Some(d.len() as u64),
                    async |s, tag| {
                        s.db.run_cursor_command(tagged(doc! { "listIndexes": &real }, tag))
                            .await?
                            .try_collect()
                            .await
                    },
                )
                .await?;
                cap_documents(call, s, docs)
            })
            .await
    }

    async fn rename_collection(
        &mut self,
        from: String,
        to: String,
        drop_target: bool,
    ) -> Result<(), HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                call.check_writable("rename a collection")?;
                let (real_from, real_to) = (check_collection(call, s, &from)?, check_collection(call, s, &to)?);
                let text = to_json(doc! { "renameCollection": &from, "to": &to, "dropTarget": drop_target });
                mongo_call(call, s, text, |_| None, async |s, tag| {
                    let db = s.db.name();
                    let cmd = doc! { "renameCollection": format!("{db}.{real_from}"), "to": format!("{db}.{real_to}"), "dropTarget": drop_target };
                    s.client.database("admin").run_command(tagged(with_write_concern(cmd, s.db.write_concern()), tag)).await
                })
                .await
                .and_then(acknowledged)
                .map(drop)
            })
            .await
    }

    /// Through the driver's `insertMany`: batched as the server allows,
    /// with the URL's write concern, and a retryable write (a session id
    /// and transaction number per batch), so that a batch retried after a
    /// failover is applied once.
    async fn insert_many(
        &mut self,
        collection: String,
        documents: Vec<String>,
    ) -> Result<u64, HostError> {
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
                mongo_call(
                    call,
                    s,
                    text,
                    |n: &u64| Some(*n),
                    async |s, tag| {
                        let done =
                            s.db.collection::<Document>(&real)
                                .insert_many(docs)
                                .ordered(true)
                                .comment(tag)
                                .await?;
                        Ok::<_, mongodb::error::Error>(done.inserted_ids.len() as u64)
                    },
                )
                .await
            })
            .await
    }

    /// Through the driver's `updateMany`, with the URL's write concern (a
    /// multi-document update is not a retryable write).
    async fn update_many(
        &mut self,
        collection: String,
        filter: String,
        update: String,
        upsert: bool,
    ) -> Result<UpdateResult, HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                call.check_writable("update documents")?;
                let real = check_collection(call, s, &collection)?;
                call.check_size(
                    "the update",
                    filter.len() + update.len(),
                    call.caps().statement_bytes,
                )?;
                let filter_doc = parse_document("the filter", &filter)?;
                let modifications: UpdateModifications = if update.trim_start().starts_with('[') {
                    UpdateModifications::Pipeline(parse_array("the update pipeline", &update)?)
                } else {
                    UpdateModifications::Document(parse_document("the update", &update)?)
                };
                let text = format!(
                    "db.{collection}.updateMany({}, {})",
                    to_json(filter_doc.clone()),
                    update.trim()
                );
                mongo_call(
                    call,
                    s,
                    text,
                    |r: &UpdateResult| Some(r.modified),
                    async |s, tag| {
                        let done =
                            s.db.collection::<Document>(&real)
                                .update_many(filter_doc, modifications)
                                .upsert(upsert)
                                .comment(tag)
                                .await?;
                        let upserted = u64::from(done.upserted_id.is_some());
                        Ok::<_, mongodb::error::Error>(UpdateResult {
                            matched: done.matched_count,
                            modified: done.modified_count,
                            upserted,
                        })
                    },
                )
                .await
            })
            .await
    }

    /// Through the driver's `deleteMany`, with the URL's write concern.
    async fn delete_many(&mut self, collection: String, filter: String) -> Result<u64, HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                call.check_writable("delete documents")?;
                let real = check_collection(call, s, &collection)?;
                call.check_size("the filter", filter.len(), call.caps().statement_bytes)?;
                let filter_doc = parse_document("the filter", &filter)?;
                let text = format!(
                    "db.{collection}.deleteMany({})",
                    to_json(filter_doc.clone())
                );
                mongo_call(
                    call,
                    s,
                    text,
                    |n: &u64| Some(*n),
                    async |s, tag| {
                        let done =
                            s.db.collection::<Document>(&real)
                                .delete_many(filter_doc)
                                .comment(tag)
                                .await?;
                        Ok::<_, mongodb::error::Error>(done.deleted_count)
                    },
                )
                .await
            })
            .await
    }

    async fn find(
        &mut self,
        collection: String,
        filter: String,
        options: FindOptions,
    ) -> Result<Vec<String>, HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                let real = check_collection(call, s, &collection)?;
                call.check_size("the filter", filter.len(), call.caps().statement_bytes)?;
                let filter_doc = parse_document("the filter", &filter)?;
                let projection = options
                    .projection
                    .as_deref()
                    .map(|p| parse_document("the projection", p))
                    .transpose()?;
                let sort = options
                    .sort
                    .as_deref()
                    .map(|p| parse_document("the sort", p))
                    .transpose()?;
                let max = call.caps().result_rows as u64;
                // MongoDB reads a limit of 0 as "no limit": the guest asked
                // for nothing.
                if options.limit == Some(0) {
                    return Ok(Vec::new());
                }
                let limit = options.limit.unwrap_or(max).min(max + 1);
                let text = format!("db.{collection}.find({})", to_json(filter_doc.clone()));
                let docs = mongo_call(
                    call,
                    s,
                    text,
                    |d: &Vec<Document>| Some(d.len() as u64),
                    async |s, tag| {
                        let mut o = mongodb::options::FindOptions::default();
                        o.projection = projection;
                        o.sort = sort;
                        o.skip = options.skip;
                        o.limit = Some(limit as i64);
                        o.max_time = Some(s.timeout);
                        o.comment = Some(tag);
                        s.db.collection::<Document>(&real)
                            .find(filter_doc)
                            .with_options(o)
                            .await?
                            .try_collect()
                            .await
                    },
                )
                .await?;
                cap_documents(call, s, docs)
            })
            .await
    }

    async fn count_documents(
        &mut self,
        collection: String,
        filter: String,
    ) -> Result<u64, HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                let real = check_collection(call, s, &collection)?;
                let filter_doc = parse_document("the filter", &filter)?;
                let text = format!(
                    "db.{collection}.countDocuments({})",
                    to_json(filter_doc.clone())
                );
                mongo_call(
                    call,
                    s,
                    text,
                    |n: &u64| Some(*n),
                    async |s, tag| {
                        s.db.collection::<Document>(&real)
                            .count_documents(filter_doc)
                            .max_time(s.timeout)
                            .comment(tag)
                            .await
                    },
                )
                .await
            })
            .await
    }

    async fn aggregate(
        &mut self,
        collection: String,
        pipeline: String,
    ) -> Result<Vec<String>, HostError> {
        self.0
            .run(EngineKind::Mongodb, MISSING, async |call, s| {
                let real = check_collection(call, s, &collection)?;
                call.check_size("the pipeline", pipeline.len(), call.caps().statement_bytes)?;
                let mut stages = parse_array("the pipeline", &pipeline)?;
                if stages
                    .iter()
                    .any(|stage| stage.contains_key("$out") || stage.contains_key("$merge"))
                {
                    call.check_writable("write with $out or $merge")?;
                }
                rewrite_pipeline(call, s, &mut stages)?;
                let text = format!("db.{collection}.aggregate({})", pipeline.trim());
                let docs = mongo_call(
                    call,
                    s,
                    text,
                    |d: &Vec<Document>| Some(d.len() as u64),
                    async |s, tag| {
                        let mut o = mongodb::options::AggregateOptions::default();
                        o.max_time = Some(s.timeout);
                        o.comment = Some(tag);
                        o.write_concern = s.db.write_concern().cloned();
                        s.db.collection::<Document>(&real)
                            .aggregate(stages)
                            .with_options(o)
                            .await?
                            .try_collect()
                            .await
                    },
                )
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
        assert_eq!(
            bound(doc! { "createIndexes": "c" }, t)
                .get_i64("maxTimeMS")
                .ok(),
            Some(300_000)
        );
        assert_eq!(
            bound(doc! { "count": "c", "maxTimeMS": 5000 }, t)
                .get_i64("maxTimeMS")
                .ok(),
            Some(5000),
            "the guest's smaller limit stays"
        );
        assert_eq!(
            bound(doc! { "count": "c", "maxTimeMS": 900_000 }, t)
                .get_i64("maxTimeMS")
                .ok(),
            Some(300_000)
        );
    }

    #[test]
    fn commands_carry_the_hosts_tag_and_the_write_concern() {
        let tag = || Bson::String("tidegate ab#1".into());
        assert_eq!(
            tagged(doc! { "drop": "c" }, tag()).get_str("comment").ok(),
            Some("tidegate ab#1")
        );
        let kept = tagged(doc! { "drop": "c", "comment": "mine" }, tag());
        assert_eq!(
            kept.get_document("comment").unwrap(),
            &doc! { "tidegate": "tidegate ab#1", "guest": "mine" }
        );
        let wc = WriteConcern::builder()
            .w(mongodb::options::Acknowledgment::Majority)
            .journal(true)
            .w_timeout(std::time::Duration::from_secs(5))
            .build();
        let sent = with_write_concern(doc! { "create": "c" }, Some(&wc));
        assert_eq!(
            sent.get_document("writeConcern").unwrap(),
            &doc! { "w": "majority", "j": true, "wtimeout": 5000 }
        );
        let own = with_write_concern(
            doc! { "create": "c", "writeConcern": { "w": 1 } },
            Some(&wc),
        );
        assert_eq!(
            own.get_document("writeConcern").unwrap(),
            &doc! { "w": 1 },
            "the guest's own write concern stays"
        );
        assert!(!with_write_concern(doc! { "create": "c" }, None).contains_key("writeConcern"));
        assert!(
            !with_write_concern(doc! { "create": "c" }, Some(&WriteConcern::default()))
                .contains_key("writeConcern")
        );
    }

    #[test]
    fn an_unmet_write_concern_fails_the_call() {
        let reply = doc! { "ok": 1, "writeConcernError": { "code": 64, "codeName": "WriteConcernFailed", "errmsg": "waiting for replication timed out" } };
        match acknowledged(reply) {
            Err(HostError::Database(e)) => assert_eq!(
                (e.code.as_str(), e.detail.as_deref()),
                ("64", Some("WriteConcernFailed"))
            ),
            other => panic!("{other:?}"),
        }
        assert!(acknowledged(doc! { "ok": 1 }).is_ok());
    }

    #[test]
    fn extended_json_round_trips() {
        let d = parse_document("d", r#"{"_id": {"$oid": "65a1b2c3d4e5f60718293a4b"}, "n": {"$numberLong": "5"}, "at": {"$date": "2026-01-01T00:00:00Z"}}"#).unwrap();
        assert!(matches!(d.get("_id"), Some(Bson::ObjectId(_))));
        assert!(matches!(d.get("at"), Some(Bson::DateTime(_))));
        let back = to_json(d);
        assert!(back.contains("$oid") && back.contains("$date"), "{back}");
        assert!(matches!(
            parse_document("d", "[1]"),
            Err(HostError::Conversion(_))
        ));
        assert!(matches!(
            parse_document("d", "{nope"),
            Err(HostError::Conversion(_))
        ));
    }
}
