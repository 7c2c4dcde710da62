//! The history collection (one document per applied, running or failed
//! migration, keyed by id) and the append-only audit collection beside it.

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use futures_util::TryStreamExt;
use mongodb::bson::{Document, doc};
use mongodb::error::{TRANSIENT_TRANSACTION_ERROR, UNKNOWN_TRANSACTION_COMMIT_RESULT};
use mongodb::{ClientSession, Database};

use tidegate_core::history::{Actor, AuditRecord, Event, HistoryChange, HistoryRow};

use crate::{MongoError, MongoTarget};

/// Server error codes meaning "no transactions here": IllegalOperation
/// (standalone server) and NotAReplicaSet-style refusals.
const NO_TRANSACTIONS: &[i32] = &[20, 263];

/// What a transaction answers once another run killed its session
/// (`killSessions`, done by a run taking over an expired lease):
/// NoSuchTransaction and Interrupted. Labelled transient, but retrying
/// would write after the lock was lost.
const KILLED: &[i32] = &[251, 11601];

#[derive(Debug, Clone)]
pub struct MongoHistory {
    pub collection: String,
    pub audit: String,
    pub lock: String,
    /// How long a history write retries a transient transaction error
    /// (the lock's wait): see [`MongoHistory::write`].
    pub patience: Duration,
    /// While the run holds the lock, the session its history writes use,
    /// registered in the lease ([`crate::lock`]): a run that takes over the
    /// lease of one that died kills it, ending any transaction the dead
    /// run left open. Without the lock (plan, status), a session per write.
    pub run_session: Arc<tokio::sync::Mutex<Option<ClientSession>>>,
}

impl MongoHistory {
    pub fn new(name: &str) -> Result<Self, MongoError> {
        let ok = !name.is_empty()
            && name.len() <= 100
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && !name.starts_with("system");
        if !ok {
            return Err(MongoError::BadName {
                what: "history collection",
                name: name.chars().take(80).collect(),
                rule: "use letters, digits and `_`",
            });
        }
        Ok(MongoHistory {
            collection: name.into(),
            audit: format!("{name}_audit"),
            lock: format!("{name}_lock"),
            patience: Duration::from_secs(60),
            run_session: Default::default(),
        })
    }

    /// The same collections, retrying transient errors for `patience`.
    pub fn patient(self, patience: Duration) -> Self {
        MongoHistory { patience, ..self }
    }

    /// Create the history and audit collections when missing, so that the
    /// history's transactions never have to create them.
    pub async fn ensure(&self, target: &MongoTarget) -> Result<(), MongoError> {
        let db = target.database();
        let existing = db
            .list_collection_names()
            .await
            .map_err(|e| target.connect_error(e, "listing collections"))?;
        for name in [&self.collection, &self.audit] {
            if !existing.contains(name) {
                match db.create_collection(name).await {
                    Ok(()) => {}
                    // NamespaceExists: another run created it first.
                    Err(e) if crate::error_code(&e).is_some_and(|(c, _)| c == 48) => {}
                    Err(e) => {
                        return Err(MongoError::command("creating the history collections", e));
                    }
                }
            }
        }
        Ok(())
    }

    pub async fn load(&self, target: &MongoTarget) -> Result<Vec<HistoryRow>, MongoError> {
        let read = async {
            target
                .database()
                .collection::<Document>(&self.collection)
                .find(doc! {})
                .sort(doc! { "version": 1, "_id": 1 })
                .await?
                .try_collect()
                .await
        };
        let docs: Vec<Document> = tokio::time::timeout(target.timeout, read)
            .await
            .map_err(|_| MongoError::Stalled {
                doing: "reading the history collection".into(),
                waited: target.timeout,
            })?
            .map_err(|e| target.connect_error(e, "reading the history collection"))?;
        docs.into_iter()
            .map(|d| {
                mongodb::bson::deserialize_from_document::<HistoryRow>(d).map_err(|e| MongoError::Other {
                    doing: "reading the history collection".into(),
                    message: format!("a history document is malformed ({e}); restore it from the audit collection"),
                })
            })
            .collect()
    }

    /// Change the history rows and append the audit entries of `entries`
    /// in one transaction, so that all are stored or none: the row changes
    /// in one `update` (or `delete`) command, then the audit entries in one
    /// `insert`. A server without
    /// transactions (a standalone `mongod`) gets the writes in order.
    ///
    /// A transaction the server aborted as transient (labelled
    /// `TransientTransactionError`: a write conflict with a transaction a
    /// killed run left open, a failover) runs again, with backoff, for up
    /// to `patience`, unless its session was killed (another run took the
    /// lease over); a commit whose outcome is unknown is sent again.
    pub async fn write(
        &self,
        target: &MongoTarget,
        entries: &[(HistoryChange<'_>, &Event<'_>)],
        actor: &Actor,
    ) -> Result<(), MongoError> {
        let mut rows = Vec::new();
        let mut audits = Vec::new();
        for (change, e) in entries {
            match change {
                HistoryChange::Upsert(row) => {
                    let row = HistoryRow::from_new(row, actor, Utc::now());
                    let mut d = mongodb::bson::serialize_to_document(&row).map_err(|e| {
                        MongoError::Other {
                            doing: "writing the history document".into(),
                            message: e.to_string(),
                        }
                    })?;
                    d.insert("_id", row.id.clone());
                    d.insert("tidegate_version", env!("CARGO_PKG_VERSION"));
                    rows.push((row.id, Some(d)));
                }
                HistoryChange::Delete(id) => rows.push((id.to_string(), None)),
                HistoryChange::Keep => {}
            }
            audits.push(
                mongodb::bson::serialize_to_document(&AuditRecord::new(e, actor)).map_err(|e| {
                    MongoError::Other {
                        doing: "writing the audit document".into(),
                        message: e.to_string(),
                    }
                })?,
            );
        }
        let ids: Vec<&str> = entries.iter().map(|(_, e)| e.id).collect();
        let start = Instant::now();
        let mut delay = Duration::from_millis(100);
        let mut said = false;
        loop {
            let once =
                tokio::time::timeout(target.timeout, self.write_once(target, &rows, &audits)).await;
            let Ok(once) = once else {
                return Err(MongoError::Stalled {
                    doing: "writing the history".into(),
                    waited: target.timeout,
                });
            };
            match once {
                Ok(()) => return Ok(()),
                // The transaction was aborted and can run again as a whole:
                // most likely it met a transaction that a killed run left
                // open on the server, which ends on its own within the
                // server's transactionLifetimeLimitSeconds (60 s by default).
                Err(err)
                    if err.contains_label(TRANSIENT_TRANSACTION_ERROR)
                        && !crate::error_code(&err).is_some_and(|(c, _)| KILLED.contains(&c))
                        && start.elapsed() + delay < self.patience =>
                {
                    if !said {
                        said = true;
                        let code = crate::error_code(&err)
                            .map(|(c, n)| format!(" (code {c} {n})"))
                            .unwrap_or_default();
                        tracing::warn!(
                            "the history write of {} met a transaction still open on the server{code}, most likely one a killed run left behind, which the server ends within its transactionLifetimeLimitSeconds (60 s by default); retrying for up to {:?} (mongodb.lock_wait)",
                            ids.join(", "),
                            self.patience
                        );
                    }
                    tokio::time::sleep(delay).await;
                    delay = (delay * 2).min(Duration::from_secs(2));
                }
                Err(err) => return Err(MongoError::command("writing the history", err)),
            }
        }
    }

    /// One attempt at [`MongoHistory::write`]: in a transaction when the
    /// server has them, whose commit is retried while its outcome is
    /// unknown (`UnknownTransactionCommitResult`); in order otherwise.
    async fn write_once(
        &self,
        target: &MongoTarget,
        rows: &[(String, Option<Document>)],
        audits: &[Document],
    ) -> Result<(), mongodb::error::Error> {
        let db = target.database();
        let mut held = self.run_session.lock().await;
        let mut own;
        let session: &mut ClientSession = match held.as_mut() {
            Some(s) => s,
            None => {
                own = target.client().start_session().await?;
                &mut own
            }
        };
        // An earlier attempt that stopped half-way (timed out) left its
        // transaction open on this session.
        let _ = session.abort_transaction().await;
        let transactional = session.start_transaction().await.is_ok();
        let attempt = self
            .write_in(&db, rows, audits, transactional.then_some(&mut *session))
            .await;
        let attempt = match attempt {
            Ok(()) if transactional => {
                let mut tries = 0;
                loop {
                    match session.commit_transaction().await {
                        Err(e)
                            if e.contains_label(UNKNOWN_TRANSACTION_COMMIT_RESULT) && tries < 3 =>
                        {
                            tries += 1;
                            tracing::warn!(
                                "the outcome of the history write's commit is unknown ({e}); committing again"
                            );
                        }
                        other => break other,
                    }
                }
            }
            Ok(()) => Ok(()),
            Err(err) => {
                if transactional {
                    let _ = session.abort_transaction().await;
                }
                Err(err)
            }
        };
        match attempt {
            Err(err)
                if transactional
                    && crate::error_code(&err)
                        .is_some_and(|(c, _)| NO_TRANSACTIONS.contains(&c)) =>
            {
                tracing::debug!(
                    "the server refused a transaction ({err}); writing the history without one"
                );
                self.write_in(&db, rows, audits, None).await
            }
            other => other,
        }
    }

    async fn write_in(
        &self,
        db: &Database,
        rows: &[(String, Option<Document>)],
        audits: &[Document],
        mut session: Option<&mut ClientSession>,
    ) -> Result<(), mongodb::error::Error> {
        // Consecutive upserts go in one `update` command and consecutive
        // deletes in one `delete`, in order: a migration's end and the next
        // one's start are one command, not one per row.
        for run in rows.chunk_by(|a, b| a.1.is_some() == b.1.is_some()) {
            let mut cmd = match run[0].1 {
                Some(_) => {
                    let updates = run.iter().filter_map(|(id, d)| {
                        d.as_ref()
                            .map(|d| doc! { "q": { "_id": id }, "u": d, "upsert": true })
                    });
                    doc! { "update": &self.collection, "updates": updates.collect::<Vec<_>>(), "ordered": true }
                }
                None => {
                    let deletes = run
                        .iter()
                        .map(|(id, _)| doc! { "q": { "_id": id }, "limit": 1 });
                    doc! { "delete": &self.collection, "deletes": deletes.collect::<Vec<_>>(), "ordered": true }
                }
            };
            // Inside a transaction the commit carries the write concern; a
            // command on its own must carry the client's, as the driver's
            // own writes do.
            if let (None, Some(wc)) = (session.as_ref(), db.write_concern()) {
                cmd.insert("writeConcern", mongodb::bson::serialize_to_document(wc)?);
            }
            let reply = match session.as_deref_mut() {
                Some(s) => db.run_command(cmd).session(s).await?,
                None => db.run_command(cmd).await?,
            };
            write_failure(&reply)?;
        }
        let audit_coll = db.collection::<Document>(&self.audit);
        match session {
            Some(s) => audit_coll.insert_many(audits).session(s).await.map(drop),
            None => audit_coll.insert_many(audits).await.map(drop),
        }
    }
}

/// A write command's reply is `ok: 1` even when a statement failed: its
/// first write error, or the write concern's, as the driver reports them.
fn write_failure(reply: &Document) -> Result<(), mongodb::error::Error> {
    use mongodb::error::{ErrorKind, WriteConcernError, WriteError, WriteFailure};
    let first_write_error = reply
        .get_array("writeErrors")
        .ok()
        .and_then(|e| e.first())
        .and_then(|e| e.as_document());
    let failure = match (
        first_write_error,
        reply.get_document("writeConcernError").ok(),
    ) {
        (Some(e), _) => Some(
            mongodb::bson::deserialize_from_document::<WriteError>(e.clone())
                .map(WriteFailure::WriteError),
        ),
        (None, Some(e)) => Some(
            mongodb::bson::deserialize_from_document::<WriteConcernError>(e.clone())
                .map(WriteFailure::WriteConcernError),
        ),
        (None, None) => None,
    };
    match failure {
        None => Ok(()),
        Some(f) => Err(ErrorKind::Write(f?).into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(reply: Document) -> Option<(i32, String)> {
        write_failure(&reply)
            .err()
            .map(|e| crate::error_code(&e).expect("a server code"))
    }

    #[test]
    fn a_write_commands_failures_are_read_from_its_reply() {
        assert_eq!(
            code(
                doc! { "ok": 1, "n": 2, "nModified": 1, "upserted": [{ "index": 1, "_id": "b" }] }
            ),
            None
        );
        assert_eq!(code(doc! { "ok": 1, "n": 1, "writeErrors": [] }), None);
        let invalid = doc! { "index": 1, "code": 121, "codeName": "DocumentValidationFailure", "errmsg": "Document failed validation" };
        assert_eq!(
            code(doc! { "ok": 1, "n": 1, "writeErrors": [invalid] }),
            Some((121, "DocumentValidationFailure".into()))
        );
        let timeout = doc! { "code": 64, "codeName": "WriteConcernTimeout", "errmsg": "waiting for replication timed out" };
        assert_eq!(
            code(doc! { "ok": 1, "n": 2, "writeConcernError": timeout.clone() }),
            Some((64, "WriteConcernTimeout".into()))
        );
        // A statement's own error comes first.
        let dup = doc! { "index": 0, "code": 11000, "errmsg": "duplicate key" };
        assert_eq!(
            code(doc! { "ok": 1, "n": 0, "writeErrors": [dup], "writeConcernError": timeout }),
            Some((11000, String::new()))
        );
    }
}
