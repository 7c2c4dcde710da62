//! The history collection (one document per applied, running or failed
//! migration, keyed by id) and the append-only audit collection beside it.

use chrono::Utc;
use futures_util::TryStreamExt;
use mongodb::bson::{doc, Document};
use mongodb::{ClientSession, Database};

use tidegate_core::history::{Actor, AuditRecord, Event, HistoryChange, HistoryRow};

use crate::{MongoError, MongoTarget};

/// Server error codes meaning "no transactions here": IllegalOperation
/// (standalone server) and NotAReplicaSet-style refusals.
const NO_TRANSACTIONS: &[i32] = &[20, 263];

#[derive(Debug, Clone)]
pub struct MongoHistory {
    pub collection: String,
    pub audit: String,
    pub lock: String,
}

impl MongoHistory {
    pub fn new(name: &str) -> Result<Self, MongoError> {
        let ok = !name.is_empty()
            && name.len() <= 100
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && !name.starts_with("system");
        if !ok {
            return Err(MongoError::BadName { what: "history collection", name: name.chars().take(80).collect(), rule: "use letters, digits and `_`" });
        }
        Ok(MongoHistory { collection: name.into(), audit: format!("{name}_audit"), lock: format!("{name}_lock") })
    }

    /// Create the history and audit collections when missing, so that the
    /// history's transactions never have to create them.
    pub async fn ensure(&self, target: &MongoTarget) -> Result<(), MongoError> {
        let db = target.database();
        let existing = db.list_collection_names().await.map_err(|e| target.connect_error(e, "listing collections"))?;
        for name in [&self.collection, &self.audit] {
            if !existing.contains(name) {
                match db.create_collection(name).await {
                    Ok(()) => {}
                    // NamespaceExists: another run created it first.
                    Err(e) if crate::error_code(&e).is_some_and(|(c, _)| c == 48) => {}
                    Err(e) => return Err(MongoError::command("creating the history collections", e)),
                }
            }
        }
        Ok(())
    }

    pub async fn load(&self, target: &MongoTarget) -> Result<Vec<HistoryRow>, MongoError> {
        let docs: Vec<Document> = async {
            target.database().collection::<Document>(&self.collection).find(doc! {}).sort(doc! { "version": 1, "_id": 1 }).await?.try_collect().await
        }
        .await
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
    /// in one transaction, so that all are stored or none: the row changes,
    /// then the audit entries in one `insert`. A server without
    /// transactions (a standalone `mongod`) gets the writes in order.
    pub async fn write(&self, target: &MongoTarget, entries: &[(HistoryChange<'_>, &Event<'_>)], actor: &Actor) -> Result<(), MongoError> {
        let mut rows = Vec::new();
        let mut audits = Vec::new();
        for (change, e) in entries {
            match change {
                HistoryChange::Upsert(row) => {
                    let row = HistoryRow::from_new(row, actor, Utc::now());
                    let mut d = mongodb::bson::serialize_to_document(&row)
                        .map_err(|e| MongoError::Other { doing: "writing the history document".into(), message: e.to_string() })?;
                    d.insert("_id", row.id.clone());
                    d.insert("tidegate_version", env!("CARGO_PKG_VERSION"));
                    rows.push((row.id, Some(d)));
                }
                HistoryChange::Delete(id) => rows.push((id.to_string(), None)),
                HistoryChange::Keep => {}
            }
            audits.push(
                mongodb::bson::serialize_to_document(&AuditRecord::new(e, actor))
                    .map_err(|e| MongoError::Other { doing: "writing the audit document".into(), message: e.to_string() })?,
            );
        }
        let ids: Vec<&str> = entries.iter().map(|(_, e)| e.id).collect();
        let db = target.database();
        let mut session = target.client().start_session().await.map_err(|e| MongoError::command("starting a session", e))?;
        let transactional = session.start_transaction().await.is_ok();
        tracing::debug!(transactional, "writing the history of {}", ids.join(", "));
        let attempt = self.write_in(&db, &rows, &audits, transactional.then_some(&mut session)).await;
        let attempt = match attempt {
            Ok(()) if transactional => session.commit_transaction().await,
            Ok(()) => Ok(()),
            Err(err) => {
                if transactional {
                    let _ = session.abort_transaction().await;
                }
                Err(err)
            }
        };
        match attempt {
            Ok(()) => Ok(()),
            Err(err) if transactional && crate::error_code(&err).is_some_and(|(c, _)| NO_TRANSACTIONS.contains(&c)) => {
                tracing::debug!("the server refused a transaction ({err}); writing the history without one");
                self.write_in(&db, &rows, &audits, None).await.map_err(|e| MongoError::command("writing the history", e))
            }
            Err(err) => Err(MongoError::command("writing the history", err)),
        }
    }

    async fn write_in(
        &self,
        db: &Database,
        rows: &[(String, Option<Document>)],
        audits: &[Document],
        mut session: Option<&mut ClientSession>,
    ) -> Result<(), mongodb::error::Error> {
        let coll = db.collection::<Document>(&self.collection);
        for (id, d) in rows {
            match (d, session.as_deref_mut()) {
                (Some(d), Some(s)) => coll.replace_one(doc! { "_id": id }, d).upsert(true).session(s).await.map(drop)?,
                (Some(d), None) => coll.replace_one(doc! { "_id": id }, d).upsert(true).await.map(drop)?,
                (None, Some(s)) => coll.delete_one(doc! { "_id": id }).session(s).await.map(drop)?,
                (None, None) => coll.delete_one(doc! { "_id": id }).await.map(drop)?,
            }
        }
        let audit_coll = db.collection::<Document>(&self.audit);
        match session {
            Some(s) => audit_coll.insert_many(audits).session(s).await.map(drop),
            None => audit_coll.insert_many(audits).await.map(drop),
        }
    }
}
