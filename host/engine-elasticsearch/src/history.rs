//! The history index (one document per applied, running or failed
//! migration, with the migration id as document id) and the append-only
//! audit index beside it.

use chrono::Utc;
use elasticsearch::http::Method;
use serde_json::json;

use tidegate_core::history::{Actor, AuditRecord, Event, HistoryChange, HistoryRow};

use crate::{EsError, EsTarget};

#[derive(Debug, Clone)]
pub struct EsHistory {
    pub index: String,
    pub audit: String,
    pub lock: String,
}

/// History rows read per request.
const PAGE: usize = 1000;

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
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
            && !name.starts_with(['-', '_']);
        if !ok {
            return Err(EsError::BadName {
                what: "history index",
                name: name.chars().take(80).collect(),
                rule: "use lowercase letters, digits, `-` and `_`",
            });
        }
        Ok(EsHistory {
            index: name.into(),
            audit: format!("{name}-audit"),
            lock: format!("{name}-lock"),
        })
    }

    /// Create the history and audit indices when missing.
    pub async fn ensure(&self, es: &EsTarget) -> Result<(), EsError> {
        for (index, mappings, what) in [
            (&self.index, history_mappings(), "the history index"),
            (&self.audit, json!({ "dynamic": true }), "the audit index"),
        ] {
            let body = json!({ "settings": { "number_of_shards": 1, "auto_expand_replicas": "0-1" }, "mappings": mappings });
            es.ensure_index(index, body, what).await?;
        }
        Ok(())
    }

    /// Every history row, in pages of [`PAGE`] (`search_after` on the
    /// sort), so that no history is cut at the server's
    /// `index.max_result_window` (10,000): a row missed would make an
    /// applied migration look pending.
    pub async fn load(&self, es: &EsTarget) -> Result<Vec<HistoryRow>, EsError> {
        let mut rows = Vec::new();
        let mut after: Option<serde_json::Value> = None;
        loop {
            let mut body = json!({ "size": PAGE, "query": { "match_all": {} }, "sort": [{ "version": "asc" }, { "id": "asc" }] });
            if let Some(after) = &after {
                body["search_after"] = after.clone();
            }
            let answer = es
                .call(
                    Method::Post,
                    &format!("/{}/_search", self.index),
                    &[],
                    Some(body),
                    &[404],
                    "reading the history index",
                )
                .await?;
            if answer.status == 404 {
                return Ok(rows);
            }
            let v = answer.json();
            let hits = v["hits"]["hits"].as_array().cloned().unwrap_or_default();
            for hit in &hits {
                rows.push(serde_json::from_value::<HistoryRow>(hit["_source"].clone()).map_err(|e| EsError::Other {
                    doing: "reading the history index".into(),
                    message: format!("history document {} is malformed ({e}); restore it from the audit index", hit["_id"]),
                })?);
            }
            if hits.len() < PAGE {
                return Ok(rows);
            }
            after = hits.last().map(|h| h["sort"].clone());
        }
    }

    /// The `_bulk` lines of `entries`: per entry, its history document
    /// (indexed under the migration id, or deleted) and its audit entry
    /// (indexed under an id the server picks, as `POST /{audit}/_doc`).
    fn bulk_lines(
        &self,
        entries: &[(HistoryChange<'_>, &Event<'_>)],
        actor: &Actor,
    ) -> Vec<serde_json::Value> {
        let mut lines = Vec::new();
        for (change, e) in entries {
            match change {
                HistoryChange::Upsert(row) => {
                    let row = HistoryRow::from_new(row, actor, Utc::now());
                    let mut doc = serde_json::to_value(&row).expect("history rows serialize");
                    doc["tidegate_version"] = json!(env!("CARGO_PKG_VERSION"));
                    lines.push(json!({ "index": { "_index": self.index, "_id": row.id } }));
                    lines.push(doc);
                }
                HistoryChange::Delete(id) => {
                    lines.push(json!({ "delete": { "_index": self.index, "_id": id } }))
                }
                HistoryChange::Keep => {}
            }
            lines.push(json!({ "index": { "_index": self.audit } }));
            lines.push(
                serde_json::to_value(AuditRecord::new(e, actor)).expect("audit records serialize"),
            );
        }
        lines
    }

    /// Apply history changes and append their audit entries in one `_bulk`
    /// request, refreshed so that the next read sees them. Elasticsearch
    /// has no transactions: a failed item is an error naming it, and the
    /// items before it stay written, as two requests would leave them.
    pub async fn write(
        &self,
        es: &EsTarget,
        entries: &[(HistoryChange<'_>, &Event<'_>)],
        actor: &Actor,
    ) -> Result<(), EsError> {
        let lines = self.bulk_lines(entries, actor);
        let doing = "writing the history and audit documents";
        let answer = es.bulk(&lines, &[("refresh", "true")], doing).await?;
        let v = answer.json();
        let (failed, _) = crate::failed_bulk_items(&v);
        let Some(x) = failed.first() else {
            return Ok(());
        };
        Err(EsError::Request {
            doing: format!(
                "{doing} ({} {})",
                x["_index"].as_str().unwrap_or("?"),
                x["_id"].as_str().unwrap_or("?")
            ),
            status: x["status"]
                .as_u64()
                .and_then(|s| u16::try_from(s).ok())
                .unwrap_or(answer.status),
            kind: x["error"]["type"].as_str().map(str::to_string),
            message: x["error"]["reason"]
                .as_str()
                .unwrap_or("no reason given")
                .to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tidegate_core::digest::Digest;
    use tidegate_core::history::{AuditEvent, NewRow, RowStatus};

    /// One migration's end and the next one's start, and a removal: each
    /// entry is its history line pair (or one delete line) and its audit
    /// pair, in order, for `POST /_bulk` as NDJSON.
    #[test]
    fn bulk_lines_pair_each_action_with_its_document() {
        let h = EsHistory::new("tg-history").unwrap();
        let digest = Digest::of(b"m");
        let row = |id, status| NewRow {
            id,
            version: 1,
            description: "d",
            status,
            checksum: &digest,
            component: &digest,
            api_version: "0.2.0",
            transactional: false,
            duration_ms: None,
            error: None,
        };
        let (done, next) = (
            row("0001_a", RowStatus::Applied),
            row("0002_b", RowStatus::Running),
        );
        let event = |event, id| Event {
            event,
            id,
            checksum: None,
            component: None,
            duration_ms: None,
            detail: None,
        };
        let (e1, e2, e3) = (
            event(AuditEvent::Applied, "0001_a"),
            event(AuditEvent::Started, "0002_b"),
            event(AuditEvent::Reverted, "0003_c"),
        );
        let actor = Actor {
            who: "me".into(),
            commit: None,
        };
        let entries = [
            (HistoryChange::Upsert(&done), &e1),
            (HistoryChange::Upsert(&next), &e2),
            (HistoryChange::Delete("0003_c"), &e3),
        ];
        let lines = h.bulk_lines(&entries, &actor);
        let actions: Vec<String> = lines
            .iter()
            .filter(|l| l.get("status").is_none() && l.get("event").is_none())
            .map(|l| l.to_string())
            .collect();
        assert_eq!(
            actions,
            [
                r#"{"index":{"_id":"0001_a","_index":"tg-history"}}"#,
                r#"{"index":{"_index":"tg-history-audit"}}"#,
                r#"{"index":{"_id":"0002_b","_index":"tg-history"}}"#,
                r#"{"index":{"_index":"tg-history-audit"}}"#,
                r#"{"delete":{"_id":"0003_c","_index":"tg-history"}}"#,
                r#"{"index":{"_index":"tg-history-audit"}}"#,
            ]
        );
        assert_eq!(
            lines.len(),
            11,
            "two documents per upsert and audit entry, one line per delete"
        );
        assert_eq!(
            (lines[1]["status"].as_str(), lines[3]["event"].as_str()),
            (Some("applied"), Some("applied"))
        );
        assert_eq!(
            (lines[5]["status"].as_str(), lines[7]["event"].as_str()),
            (Some("running"), Some("started"))
        );
        assert_eq!(lines[10]["event"].as_str(), Some("reverted"));
    }

    /// Only items with an `error` failed: a delete of a document already
    /// gone answers 404 without one.
    #[test]
    fn failed_bulk_items_are_those_with_an_error() {
        let answer = json!({ "errors": true, "items": [
            { "delete": { "_index": "h", "_id": "gone", "status": 404, "result": "not_found" } },
            { "index": { "_index": "h-audit", "_id": "x", "status": 429, "error": { "type": "es_rejected_execution_exception", "reason": "queue full" } } },
        ] });
        let (failed, total) = crate::failed_bulk_items(&answer);
        assert_eq!((failed.len(), total), (1, 2));
        assert_eq!(
            failed[0]["error"]["type"],
            "es_rejected_execution_exception"
        );
        let fine = json!({ "errors": false, "items": [{ "delete": { "_index": "h", "_id": "gone", "status": 404, "result": "not_found" } }] });
        assert_eq!(crate::failed_bulk_items(&fine).0.len(), 0);
    }
}
