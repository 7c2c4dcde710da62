//! The history index (one document per applied, running or failed
//! migration, with the migration id as document id) and the append-only
//! audit index beside it.

use chrono::Utc;
use elasticsearch::http::Method;
use serde_json::json;

use tidegate_core::history::{Actor, AuditRecord, Event, HistoryChange, HistoryRow, NewRow};

use crate::{EsError, EsTarget};

#[derive(Debug, Clone)]
pub struct EsHistory {
    pub index: String,
    pub audit: String,
    pub lock: String,
}

/// Mappings of the history index: exact fields, no dynamic guessing.
fn history_mappings() -> serde_json::Value {
    let kw = json!({ "type": "keyword" });
    json!({
        "dynamic": "strict",
        "properties": {
            "id": kw, "version": { "type": "long" }, "description": { "type": "text" },
            "status": kw, "checksum": kw, "checksum_algorithm": kw, "component_digest": kw,
            "api_version": kw, "transactional": { "type": "boolean" }, "applied_at": { "type": "date" },
            "duration_ms": { "type": "long" }, "applied_by": kw, "commit_sha": kw,
            "error": { "type": "text" }, "tidegate_version": kw
        }
    })
}

impl EsHistory {
    pub fn new(name: &str) -> Result<Self, EsError> {
        let ok = !name.is_empty()
            && name.len() <= 100
            && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
            && !name.starts_with(['-', '_']);
        if !ok {
            return Err(EsError::BadName { what: "history index", name: name.chars().take(80).collect(), rule: "use lowercase letters, digits, `-` and `_`" });
        }
        Ok(EsHistory { index: name.into(), audit: format!("{name}-audit"), lock: format!("{name}-lock") })
    }

    /// Create the history and audit indices when missing.
    pub async fn ensure(&self, es: &EsTarget) -> Result<(), EsError> {
        for (index, mappings, what) in [(&self.index, history_mappings(), "the history index"), (&self.audit, json!({ "dynamic": true }), "the audit index")] {
            let body = json!({ "settings": { "number_of_shards": 1, "auto_expand_replicas": "0-1" }, "mappings": mappings });
            es.ensure_index(index, body, what).await?;
        }
        Ok(())
    }

    pub async fn load(&self, es: &EsTarget) -> Result<Vec<HistoryRow>, EsError> {
        let body = json!({ "size": 10000, "query": { "match_all": {} }, "sort": [{ "version": "asc" }, { "id": "asc" }] });
        let answer = es.call(Method::Post, &format!("/{}/_search", self.index), &[], Some(body), &[404], "reading the history index").await?;
        if answer.status == 404 {
            return Ok(Vec::new());
        }
        let v = answer.json();
        v["hits"]["hits"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|hit| {
                serde_json::from_value::<HistoryRow>(hit["_source"].clone()).map_err(|e| EsError::Other {
                    doing: "reading the history index".into(),
                    message: format!("history document {} is malformed ({e}); restore it from the audit index", hit["_id"]),
                })
            })
            .collect()
    }

    /// Apply one history change and append its audit entry.
    pub async fn write(&self, es: &EsTarget, change: HistoryChange<'_>, e: &Event<'_>, actor: &Actor) -> Result<(), EsError> {
        match change {
            HistoryChange::Upsert(row) => self.upsert(es, row, actor).await?,
            HistoryChange::Delete(id) => self.delete(es, id).await?,
            HistoryChange::Keep => {}
        }
        self.audit(es, e, actor).await
    }

    pub async fn upsert(&self, es: &EsTarget, row: &NewRow<'_>, actor: &Actor) -> Result<(), EsError> {
        let row = HistoryRow::from_new(row, actor, Utc::now());
        let mut doc = serde_json::to_value(&row).expect("history rows serialize");
        doc["tidegate_version"] = json!(env!("CARGO_PKG_VERSION"));
        let path = format!("/{}/_doc/{}", self.index, row.id);
        es.call(Method::Put, &path, &[("refresh", "true")], Some(doc), &[], "writing the history document").await.map(drop)
    }

    pub async fn delete(&self, es: &EsTarget, id: &str) -> Result<(), EsError> {
        let path = format!("/{}/_doc/{id}", self.index);
        es.call(Method::Delete, &path, &[("refresh", "true")], None, &[404], "deleting the history document").await.map(drop)
    }

    pub async fn audit(&self, es: &EsTarget, e: &Event<'_>, actor: &Actor) -> Result<(), EsError> {
        let doc = serde_json::to_value(AuditRecord::new(e, actor)).expect("audit records serialize");
        es.call(Method::Post, &format!("/{}/_doc", self.audit), &[("refresh", "true")], Some(doc), &[], "writing the audit document")
            .await
            .map(drop)
    }
}
