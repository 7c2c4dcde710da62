//! MongoDB's unit of work for one run: the client, the database guest
//! calls go to (the target's, or a shadow's in a dry run) and the history
//! store, which is always the target's.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use futures_util::TryStreamExt;
use mongodb::bson::{Bson, Document, doc};
use mongodb::{Client, Database};
use tidegate_core::capabilities::{Capabilities, Kind, Scope};
use tidegate_core::diff::Snapshot;
use tidegate_core::engine::Session;
use tidegate_core::error::EngineError;
use tidegate_core::history::{Actor, Event, HistoryChange, HistoryRow};
use tidegate_core::metadata::EngineKind;
use tidegate_runtime::bindings::latest::types::HostError;

use crate::MongoTarget;
use crate::history::MongoHistory;
use crate::host::parse_document;
use crate::snapshot::{self, Shadow, ShadowMode};

pub struct MongoSession {
    pub(crate) client: Client,
    /// Where guest calls go: the target database, or its shadow in a dry run.
    pub(crate) db: Database,
    /// The target's database name, which the guest may name in `$merge`
    /// and `$out`; in a dry run it is redirected to the shadow.
    pub(crate) target_db: String,
    /// Collections the guest may not touch: the history, audit and lock.
    pub(crate) reserved_prefix: String,
    pub(crate) timeout: Duration,
    target: MongoTarget,
    history: MongoHistory,
    shadow: Option<Shadow>,
    /// What snapshots cover: everything, or a dry run's declared names.
    scope: Scope,
    /// Where a dry run's copy goes.
    mode: ShadowMode,
    /// In a dry run with an in-database shadow, the prefix of every
    /// collection name on the server.
    pub(crate) prefix: Option<String>,
    /// What every operation's `comment` tag starts with: unique to this
    /// session, so that a timed-out operation can be found on the server.
    tag: String,
    tags: AtomicU64,
    /// A dry run's phased-migration state, which stays in memory.
    pub(crate) dry_states: std::collections::HashMap<String, Document>,
}

impl MongoSession {
    pub(crate) fn new(target: MongoTarget, history: MongoHistory, mode: ShadowMode) -> Self {
        MongoSession {
            client: target.client().clone(),
            db: target.database(),
            target_db: target.database_name().to_string(),
            reserved_prefix: history.collection.clone(),
            timeout: target.timeout,
            target,
            history,
            shadow: None,
            scope: Scope::All,
            mode,
            prefix: None,
            tag: {
                let mut nonce = [0u8; 6];
                let _ = getrandom::fill(&mut nonce);
                format!("tidegate {}", hex::encode(nonce))
            },
            tags: AtomicU64::new(0),
            dry_states: std::collections::HashMap::new(),
        }
    }

    /// Whether this session is a dry run on a shadow.
    pub(crate) fn shadowed(&self) -> bool {
        self.shadow.is_some()
    }

    /// The target's database, where the history and phase state live.
    pub(crate) fn target_database(&self) -> Database {
        self.target.database()
    }

    /// A fresh `comment` tag for one operation.
    pub(crate) fn next_tag(&self) -> String {
        format!("{}#{}", self.tag, self.tags.fetch_add(1, Ordering::Relaxed))
    }

    /// After a client-side timeout: find the operation tagged `tag` on the
    /// server (`$currentOp`, one's own operations) and kill it
    /// (`killOp`), so that it stops instead of running on. What happened,
    /// for the error message; bounded, since the server may not answer.
    pub(crate) async fn kill_tagged(&self, tag: &str) -> String {
        match tokio::time::timeout(std::time::Duration::from_secs(10), kill(&self.client, tag))
            .await
        {
            Ok(Ok(0)) => "no operation of it was left running on the server".into(),
            Ok(Ok(n)) => format!("killed its {n} operation(s) on the server"),
            Ok(Err(e)) => format!(
                "could not kill it on the server ({e}): look for comment `{tag}` in db.currentOp() and kill it"
            ),
            Err(_) => format!(
                "could not reach the server to kill it: look for comment `{tag}` in db.currentOp() and kill it"
            ),
        }
    }

    /// `cmd` (`listCollections`) filtered to what the guest may see: in an
    /// in-database shadow, only the shadow's collections (their names lose
    /// the prefix on the way out), never the target's own; elsewhere, no
    /// shadow's (another plan's, or a shadow database's marker).
    pub(crate) fn only_visible(&self, mut cmd: Document) -> Result<Document, HostError> {
        let ours = match &self.prefix {
            Some(prefix) => doc! { "name": { "$regex": format!("^{}", regex_escape(prefix)) } },
            None => {
                doc! { "name": { "$not": { "$regex": format!("^{}", crate::snapshot::SHADOW_PREFIX) } } }
            }
        };
        let filter = match cmd.remove("filter") {
            Some(Bson::Document(own)) if !own.is_empty() => {
                // The guest's filter names collections without the prefix.
                let own = parse_document("the filter", &self.real_names_in(&crate::to_json(own))?)?;
                doc! { "$and": [own, ours] }
            }
            Some(Bson::Document(_)) | None => ours,
            Some(_) => {
                return Err(HostError::Conversion(
                    "listCollections' filter must be a document".into(),
                ));
            }
        };
        cmd.insert("filter", filter);
        Ok(cmd)
    }

    /// A guest's `listCollections` filter, naming collections as the
    /// guest knows them, with the shadow's names: `{name: "x"}` matches
    /// `tgshadow_…_x` on the server. Exact names (`$eq`, `$ne`, `$in`,
    /// `$nin`) and `^`-anchored regular expressions are rewritten; any
    /// other test of `name`, or an `$expr`, would match differently in a
    /// dry run than on the target, so it is refused.
    fn real_names_in(&self, filter: &str) -> Result<String, HostError> {
        match &self.prefix {
            Some(prefix) => real_names(prefix, filter),
            None => Ok(filter.to_string()),
        }
    }

    /// A collection's name on the server.
    pub(crate) fn real(&self, name: &str) -> String {
        match &self.prefix {
            Some(p) => format!("{p}{name}"),
            None => name.to_string(),
        }
    }

    /// Text for the guest: names without the shadow prefix.
    pub(crate) fn unprefix(&self, text: String) -> String {
        match &self.prefix {
            Some(p) => text.replace(p.as_str(), ""),
            None => text,
        }
    }

    pub(crate) fn unprefix_error(&self, e: HostError) -> HostError {
        match (e, &self.prefix) {
            (HostError::Database(mut d), Some(_)) => {
                d.message = self.unprefix(d.message);
                HostError::Database(d)
            }
            (e, _) => e,
        }
    }
}

/// Kill this client's operations tagged `tag`; how many there were.
async fn kill(client: &Client, tag: &str) -> Result<usize, mongodb::error::Error> {
    let admin = client.database("admin");
    // A router shows its own operations without the `inprog` privilege
    // only with `localOps`; killing those stops their work on the shards.
    let mongos = crate::is_router(&admin.run_command(doc! { "hello": 1 }).await?);
    let pipeline = vec![
        doc! { "$currentOp": { "allUsers": false, "idleConnections": false, "localOps": mongos } },
        doc! { "$match": { "$or": [
            { "command.comment": tag },
            { "command.comment.tidegate": tag },
            { "cursor.originatingCommand.comment": tag },
        ] } },
        doc! { "$project": { "opid": 1 } },
    ];
    let ops: Vec<Document> = admin.aggregate(pipeline).await?.try_collect().await?;
    let mut killed = 0;
    for op in ops {
        if let Some(opid) = op.get("opid") {
            admin
                .run_command(doc! { "killOp": 1, "op": opid.clone() })
                .await?;
            killed += 1;
        }
    }
    Ok(killed)
}

/// [`MongoSession::real_names_in`] for the shadow prefix `prefix`.
fn real_names(prefix: &str, filter: &str) -> Result<String, HostError> {
    use serde_json::Value;
    let mut v = serde_json::from_str::<Value>(filter)
        .map_err(|e| HostError::Conversion(format!("the filter is not JSON: {e}")))?;
    let refuse = |what: &str| {
        HostError::NotPermitted(format!(
            "a listCollections filter with {what} cannot be run in a dry run, where collections have other names; filter by exact names (`name`, `$in`) or a `^`-anchored `$regex`"
        ))
    };
    let named = |n: &mut String| *n = format!("{prefix}{n}");
    let anchored = |p: &mut String| -> Result<(), HostError> {
        let rest = p
            .strip_prefix('^')
            .ok_or_else(|| refuse("an unanchored regular expression on `name`"))?;
        *p = format!("^{}{rest}", regex_escape(prefix));
        Ok(())
    };
    fn walk(
        v: &mut Value,
        f: &mut dyn FnMut(&mut Value) -> Result<(), HostError>,
        refuse: &dyn Fn(&str) -> HostError,
    ) -> Result<(), HostError> {
        match v {
            Value::Object(map) => {
                for (k, x) in map.iter_mut() {
                    match k.as_str() {
                        "name" => f(x)?,
                        "$expr" | "$where" | "$function" => return Err(refuse(&format!("`{k}`"))),
                        _ => walk(x, f, refuse)?,
                    }
                }
                Ok(())
            }
            Value::Array(items) => items.iter_mut().try_for_each(|x| walk(x, f, refuse)),
            _ => Ok(()),
        }
    }
    let mut name = |x: &mut Value| -> Result<(), HostError> {
        match x {
            Value::String(n) => named(n),
            Value::Object(ops) => {
                for (op, arg) in ops.iter_mut() {
                    match (op.as_str(), arg) {
                        ("$eq" | "$ne", Value::String(n)) => named(n),
                        ("$in" | "$nin", Value::Array(items)) => {
                            for item in items.iter_mut() {
                                match item {
                                    Value::String(n) => named(n),
                                    _ => return Err(refuse(&format!("a non-string in `{op}`"))),
                                }
                            }
                        }
                        ("$regex", Value::String(p)) => anchored(p)?,
                        ("$options" | "$exists", _) => {}
                        // A regular expression literal, in Extended JSON.
                        ("$regularExpression", Value::Object(re)) => match re.get_mut("pattern") {
                            Some(Value::String(p)) => anchored(p)?,
                            _ => return Err(refuse("a malformed regular expression")),
                        },
                        (op, _) => return Err(refuse(&format!("`{op}` on `name`"))),
                    }
                }
            }
            _ => return Err(refuse("a non-string `name`")),
        }
        Ok(())
    };
    walk(&mut v, &mut name, &refuse)?;
    Ok(v.to_string())
}

/// `s` as a regular expression matching itself.
pub(crate) fn regex_escape(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                vec![c]
            } else {
                vec!['\\', c]
            }
        })
        .collect()
}

#[async_trait]
impl Session for MongoSession {
    fn kind(&self) -> EngineKind {
        EngineKind::Mongodb
    }

    async fn history(&mut self) -> Result<Vec<HistoryRow>, EngineError> {
        Ok(self.history.load(&self.target).await?)
    }

    async fn prepare_history(&mut self) -> Result<(), EngineError> {
        Ok(self.history.ensure(&self.target).await?)
    }

    async fn record(
        &mut self,
        change: HistoryChange<'_>,
        event: &Event<'_>,
        actor: &Actor,
    ) -> Result<(), EngineError> {
        Ok(self
            .history
            .write(&self.target, &[(change, event)], actor)
            .await?)
    }

    async fn record_all(
        &mut self,
        entries: &[(HistoryChange<'_>, &Event<'_>)],
        actor: &Actor,
    ) -> Result<(), EngineError> {
        Ok(self.history.write(&self.target, entries, actor).await?)
    }

    /// Guest calls go to a shadow copy of the declared collections from now
    /// on (every collection when a migration declares none).
    async fn phase(
        &mut self,
        run: &tidegate_core::phased::PhaseRun<'_>,
        control: &mut dyn tidegate_core::phased::PhaseControl,
    ) -> Result<tidegate_core::phased::PhaseOutcome, EngineError> {
        Ok(self.run_phase(run, control).await?)
    }

    async fn backfills(
        &mut self,
        id: &str,
    ) -> Result<Vec<tidegate_core::phased::Backfill>, EngineError> {
        Ok(self.backfill_progress(id).await?)
    }

    async fn dry_run(&mut self, declared: &[Option<Capabilities>]) -> Result<(), EngineError> {
        self.scope = Scope::of(Kind::Collection, declared);
        let shadow = Shadow::create(
            &self.target,
            &self.history.collection,
            &self.scope,
            self.mode,
        )
        .await?;
        self.db = shadow.db.clone();
        self.prefix = (!shadow.prefix.is_empty()).then(|| shadow.prefix.clone());
        self.shadow = Some(shadow);
        Ok(())
    }

    async fn snapshot(&mut self) -> Result<Snapshot, EngineError> {
        Ok(snapshot::snapshot(
            &self.db,
            &self.history.collection,
            &self.scope,
            self.prefix.as_deref().unwrap_or_default(),
        )
        .await?)
    }

    async fn close(self: Box<Self>) {
        if let Some(shadow) = self.shadow {
            shadow.drop().await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::real_names;

    #[test]
    fn a_listcollections_filter_gets_the_shadows_names_or_is_refused() {
        let p = "tgshadow_ab12cd34_";
        assert_eq!(
            real_names(p, r#"{"name":"users"}"#).unwrap(),
            r#"{"name":"tgshadow_ab12cd34_users"}"#
        );
        assert_eq!(
            real_names(p, r#"{"name":{"$in":["a","b"]}}"#).unwrap(),
            r#"{"name":{"$in":["tgshadow_ab12cd34_a","tgshadow_ab12cd34_b"]}}"#
        );
        assert_eq!(
            real_names(p, r#"{"name":{"$regex":"^users_"}}"#).unwrap(),
            r#"{"name":{"$regex":"^tgshadow_ab12cd34_users_"}}"#
        );
        let literal = r#"{"name":{"$regularExpression":{"pattern":"^u","options":"i"}}}"#;
        assert_eq!(
            real_names(p, literal).unwrap(),
            r#"{"name":{"$regularExpression":{"options":"i","pattern":"^tgshadow_ab12cd34_u"}}}"#
        );
        assert_eq!(
            real_names(p, r#"{"type":"view","$or":[{"name":"v"}]}"#).unwrap(),
            r#"{"$or":[{"name":"tgshadow_ab12cd34_v"}],"type":"view"}"#
        );
        for refused in [
            r#"{"name":{"$regex":"users"}}"#,
            r#"{"name":{"$gt":"a"}}"#,
            r#"{"$expr":{"$eq":["$name","a"]}}"#,
            r#"{"name":{"$in":[{"$regularExpression":{"pattern":"a","options":""}}]}}"#,
        ] {
            assert!(
                matches!(
                    real_names(p, refused),
                    Err(tidegate_runtime::bindings::latest::types::HostError::NotPermitted(_))
                ),
                "{refused}"
            );
        }
    }
}
