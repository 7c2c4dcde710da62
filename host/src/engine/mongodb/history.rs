//! The history collection (one document per applied, running or failed
//! migration, keyed by id) and the append-only audit collection beside it.

use chrono::Utc;
use futures_util::TryStreamExt;
use mongodb::bson::{doc, Document};
use mongodb::Database;

use super::MongoError;
use crate::history::{Actor, AuditRecord, Event, HistoryRow, NewRow};

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
            return Err(MongoError::Command {
                doing: "reading configuration".into(),
                message: format!("history collection name `{name}` is invalid; use letters, digits and `_`"),
            });
        }
        Ok(MongoHistory { collection: name.into(), audit: format!("{name}_audit"), lock: format!("{name}_lock") })
    }

    pub async fn load(&self, db: &Database) -> Result<Vec<HistoryRow>, MongoError> {
        let docs: Vec<Document> = db
            .collection::<Document>(&self.collection)
            .find(doc! {})
            .sort(doc! { "version": 1, "_id": 1 })
            .await
            .map_err(|e| MongoError::command("reading the history collection", e))?
            .try_collect()
            .await
            .map_err(|e| MongoError::command("reading the history collection", e))?;
        docs.into_iter()
            .map(|d| {
                mongodb::bson::deserialize_from_document::<HistoryRow>(d).map_err(|e| MongoError::Command {
                    doing: "reading the history collection".into(),
                    message: format!("a history document is malformed: {e}; restore it from the audit collection"),
                })
            })
            .collect()
    }

    pub async fn upsert(&self, db: &Database, row: &NewRow<'_>, actor: &Actor) -> Result<(), MongoError> {
        let row = HistoryRow::from_new(row, actor, Utc::now());
        let mut d = mongodb::bson::serialize_to_document(&row)
            .map_err(|e| MongoError::Command { doing: "writing the history document".into(), message: e.to_string() })?;
        d.insert("_id", row.id.clone());
        d.insert("tidegate_version", env!("CARGO_PKG_VERSION"));
        db.collection::<Document>(&self.collection)
            .replace_one(doc! { "_id": &row.id }, d)
            .upsert(true)
            .await
            .map(drop)
            .map_err(|e| MongoError::command("writing the history document", e))
    }

    pub async fn delete(&self, db: &Database, id: &str) -> Result<(), MongoError> {
        db.collection::<Document>(&self.collection)
            .delete_one(doc! { "_id": id })
            .await
            .map(drop)
            .map_err(|e| MongoError::command("deleting the history document", e))
    }

    pub async fn audit(&self, db: &Database, e: &Event<'_>, actor: &Actor) -> Result<(), MongoError> {
        let record = AuditRecord::new(e, actor);
        let d = mongodb::bson::serialize_to_document(&record)
            .map_err(|e| MongoError::Command { doing: "writing the audit document".into(), message: e.to_string() })?;
        db.collection::<Document>(&self.audit)
            .insert_one(d)
            .await
            .map(drop)
            .map_err(|e| MongoError::command("writing the audit document", e))
    }
}
