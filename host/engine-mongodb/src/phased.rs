//! Phased (zero-downtime) validator changes on MongoDB.
//!
//! `validator_change` on a collection: **start** saves the collection's
//! validator, puts the new one in place with `validationLevel: moderate`
//! and `validationAction: warn` (documents of the old application version
//! still go in, and the server logs what the new version would refuse),
//! and backfills the new fields (`set`, aggregation expressions over each
//! document) in batches by `_id`, up to the last `_id` at start.
//! **Complete** fills what the old version wrote meanwhile, makes the
//! validator strict (`strict`, `error`) and removes the old fields
//! (`unset`). **Rollback** puts the saved validator back and removes the
//! new fields.
//!
//! What a phase has done is kept in a document per migration and
//! collection beside the history (`<history>_phases`), so that a phase run
//! again after a kill continues where it stopped.

use std::time::Instant;

use futures_util::TryStreamExt;
use mongodb::bson::{Bson, Document, doc};
use mongodb::options::FindOptions;
use serde::Deserialize;
use tidegate_core::capabilities::{Capabilities, Kind};
use tidegate_core::faults;
use tidegate_core::journal::Statement;
use tidegate_core::metadata::EngineKind;
use tidegate_core::phased::{Backfill, Phase, PhaseControl, PhaseOutcome, PhaseRun};

use crate::MongoError;
use crate::session::MongoSession;

/// Documents per backfill batch.
const BATCH: i64 = 1_000;

/// One operation of `[[mongodb]]` in `phases.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub enum Op {
    ValidatorChange {
        collection: String,
        /// The new validator, e.g. `{ "$jsonSchema" = { ... } }`.
        validator: serde_json::Value,
        /// New fields and how each document gets them: aggregation
        /// expressions, e.g. `{ display_name = "$full_name" }`.
        #[serde(default)]
        set: serde_json::Map<String, serde_json::Value>,
        /// Old fields, removed on complete.
        #[serde(default)]
        unset: Vec<String>,
    },
}

pub fn parse(
    ops: &[serde_json::Value],
    declared: Option<&Capabilities>,
) -> Result<Vec<Op>, String> {
    let mut out = Vec::new();
    for (i, raw) in ops.iter().enumerate() {
        let name = raw.get("op").and_then(|o| o.as_str()).unwrap_or("?");
        let at = |m: String| format!("[[mongodb]] operation {} (`{name}`): {m}", i + 1);
        let op: Op = serde_json::from_value(raw.clone()).map_err(|e| at(e.to_string()))?;
        let Op::ValidatorChange {
            collection,
            validator,
            set,
            unset,
        } = &op;
        if collection.is_empty() || collection.starts_with("system.") || collection.contains('$') {
            return Err(at(format!("`{collection}` is not a collection name")));
        }
        if let Some(caps) = declared
            && !caps.allows(Kind::Collection, collection)
        {
            return Err(at(caps.refusal(Kind::Collection, collection)));
        }
        if !validator.is_object() {
            return Err(at(
                "`validator` must be a document, e.g. `{ \"$jsonSchema\" = { ... } }`".into(),
            ));
        }
        for f in set.keys().chain(unset) {
            if f.is_empty() || f.starts_with('$') || f == "_id" {
                return Err(at(format!(
                    "`{f}` is not a field this operation may set or remove"
                )));
            }
        }
        if let Some(f) = set.keys().find(|f| unset.contains(f)) {
            return Err(at(format!("`{f}` is both set and unset")));
        }
        out.push(op);
    }
    Ok(out)
}

fn bson(v: &serde_json::Value) -> Result<Bson, MongoError> {
    Bson::try_from(v.clone()).map_err(|e| MongoError::Other {
        doing: "reading a phased operation".into(),
        message: e.to_string(),
    })
}

fn failed(doing: &str) -> impl FnOnce(mongodb::error::Error) -> MongoError + '_ {
    move |e| MongoError::command(doing, e)
}

impl MongoSession {
    /// [`tidegate_core::engine::Session::phase`] on MongoDB.
    pub(crate) async fn run_phase(
        &mut self,
        run: &PhaseRun<'_>,
        control: &mut dyn PhaseControl,
    ) -> Result<PhaseOutcome, MongoError> {
        let ops = parse(run.ops, run.declared).map_err(|m| MongoError::Other {
            doing: format!("phased migration {}", run.id),
            message: m,
        })?;
        let mut out = PhaseOutcome::default();
        let ordered: Vec<&Op> = match run.phase {
            Phase::Rollback => ops.iter().rev().collect(),
            _ => ops.iter().collect(),
        };
        for op in ordered {
            match run.phase {
                Phase::Start => self.start(run.id, op, control, &mut out).await?,
                Phase::Complete => self.complete(run.id, op, control, &mut out).await?,
                Phase::Rollback => self.rollback(run.id, op, control, &mut out).await?,
            }
        }
        Ok(out)
    }

    fn state_key(id: &str, collection: &str) -> String {
        format!("{id}/{collection}")
    }

    /// The phase state of `id` on `collection` (none in a dry run, whose
    /// state lives in memory).
    async fn state(&self, id: &str, collection: &str) -> Result<Option<Document>, MongoError> {
        if self.prefix.is_some() || self.shadowed() {
            return Ok(self
                .dry_states
                .get(&Self::state_key(id, collection))
                .cloned());
        }
        self.states()
            .find_one(doc! { "_id": Self::state_key(id, collection) })
            .await
            .map_err(failed("reading a phased migration's state"))
    }

    async fn save_state(
        &mut self,
        id: &str,
        collection: &str,
        set: Document,
    ) -> Result<(), MongoError> {
        let key = Self::state_key(id, collection);
        if self.prefix.is_some() || self.shadowed() {
            let entry = self
                .dry_states
                .entry(key.clone())
                .or_insert_with(|| doc! { "_id": key });
            entry.extend(set);
            return Ok(());
        }
        self.states()
            .update_one(doc! { "_id": &key }, doc! { "$set": set })
            .upsert(true)
            .await
            .map(drop)
            .map_err(failed("keeping a phased migration's state"))
    }

    async fn forget_state(&mut self, id: &str, collection: &str) -> Result<(), MongoError> {
        let key = Self::state_key(id, collection);
        if self.prefix.is_some() || self.shadowed() {
            self.dry_states.remove(&key);
            return Ok(());
        }
        self.states()
            .delete_one(doc! { "_id": key })
            .await
            .map(drop)
            .map_err(failed("clearing a phased migration's state"))
    }

    fn states(&self) -> mongodb::Collection<Document> {
        self.target_database()
            .collection(&format!("{}_phases", self.reserved_prefix))
    }

    /// `collMod`, journalled.
    async fn coll_mod(&self, command: Document, out: &mut PhaseOutcome) -> Result<(), MongoError> {
        let started = Instant::now();
        let text = crate::to_json(command.clone());
        self.db
            .run_command(command)
            .await
            .map_err(failed("changing the collection's validator (collMod)"))?;
        faults::reached("phase");
        journal(out, text, started, None, None);
        Ok(())
    }

    /// The collection's validator, level and action as they are.
    async fn validation(&self, collection: &str) -> Result<Option<Document>, MongoError> {
        let mut cursor = self
            .db
            .list_collections()
            .filter(doc! { "name": self.real(collection) })
            .await
            .map_err(failed("reading the collection's options"))?;
        let Some(spec) = cursor
            .try_next()
            .await
            .map_err(failed("reading the collection's options"))?
        else {
            return Ok(None);
        };
        let o = spec.options;
        Ok(Some(doc! {
            "validator": o.validator.unwrap_or_default(),
            "validationLevel": o.validation_level.map(|l| format!("{l:?}").to_ascii_lowercase()).unwrap_or_else(|| "strict".into()),
            "validationAction": o.validation_action.map(|a| format!("{a:?}").to_ascii_lowercase()).unwrap_or_else(|| "error".into()),
        }))
    }

    async fn start(
        &mut self,
        id: &str,
        op: &Op,
        control: &mut dyn PhaseControl,
        out: &mut PhaseOutcome,
    ) -> Result<(), MongoError> {
        let Op::ValidatorChange {
            collection,
            validator,
            set,
            ..
        } = op;
        let Some(now) = self.validation(collection).await? else {
            return Err(MongoError::Other {
                doing: format!("phased migration {id}"),
                message: format!(
                    "collection {collection} does not exist; name an existing collection"
                ),
            });
        };
        let state = self.state(id, collection).await?;
        if state.is_none() {
            // What rollback puts back, kept before anything changes.
            self.save_state(id, collection, doc! { "before": now })
                .await?;
        }
        control.fence().await.map_err(MongoError::fence)?;
        let validator = bson(validator)?;
        self.coll_mod(
            doc! {
                "collMod": self.real(collection),
                "validator": validator,
                "validationLevel": "moderate",
                "validationAction": "warn",
            },
            out,
        )
        .await?;
        if !set.is_empty() {
            self.backfill(id, collection, set, true, control, out)
                .await?;
        }
        Ok(())
    }

    /// Fill `set` into the documents that lack one of its fields, in
    /// batches by `_id`; `bounded`: only those that existed at start.
    async fn backfill(
        &mut self,
        id: &str,
        collection: &str,
        set: &serde_json::Map<String, serde_json::Value>,
        bounded: bool,
        control: &mut dyn PhaseControl,
        out: &mut PhaseOutcome,
    ) -> Result<(), MongoError> {
        let coll = self.db.collection::<Document>(&self.real(collection));
        let missing: Vec<Document> = set
            .keys()
            .map(|f| doc! { f: { "$exists": false } })
            .collect();
        let stage = doc! { "$set": bson(&serde_json::Value::Object(set.clone()))? };
        let state = self.state(id, collection).await?.unwrap_or_default();
        let (mut last, mut done, total, hi) = if bounded && state.get("hi").is_some() {
            (
                state.get("last").cloned(),
                state.get_i64("done").unwrap_or(0) as u64,
                state.get_i64("total").unwrap_or(0) as u64,
                state.get("hi").cloned(),
            )
        } else {
            let hi = if bounded {
                coll.find_one(doc! {})
                    .sort(doc! { "_id": -1 })
                    .projection(doc! { "_id": 1 })
                    .await
                    .map_err(failed("reading the last _id"))?
                    .and_then(|d| d.get("_id").cloned())
            } else {
                None
            };
            let total = coll
                .count_documents(doc! { "$or": missing.clone() })
                .await
                .map_err(failed("counting the documents to fill"))?;
            if bounded {
                self.save_state(
                    id,
                    collection,
                    doc! { "hi": hi.clone().unwrap_or(Bson::Null), "done": 0i64, "total": total as i64 },
                )
                .await?;
            }
            (None, 0, total, hi)
        };
        if bounded && matches!(hi, None | Some(Bson::Null)) {
            return Ok(());
        }
        let started = Instant::now();
        let before = done;
        loop {
            let mut filter = doc! { "$or": missing.clone() };
            let mut range = Document::new();
            if let Some(l) = &last {
                range.insert("$gt", l.clone());
            }
            if let Some(h) = &hi {
                range.insert("$lte", h.clone());
            }
            if !range.is_empty() {
                filter.insert("_id", range);
            }
            let ids = batch_ids(&coll, filter, "reading a backfill batch").await?;
            let Some(end) = ids.last().cloned() else {
                break;
            };
            control.fence().await.map_err(MongoError::fence)?;
            let n = ids.len() as u64;
            coll.update_many(
                doc! { "_id": { "$in": ids }, "$or": missing.clone() },
                vec![stage.clone()],
            )
            .await
            .map_err(failed("filling a backfill batch"))?;
            done += n;
            last = Some(end.clone());
            if bounded {
                self.save_state(id, collection, doc! { "last": end, "done": done as i64 })
                    .await?;
            }
            faults::reached("backfill");
            let elapsed = started.elapsed().as_secs_f64();
            control.progress(&Backfill {
                object: collection.to_string(),
                done,
                total: total.max(done),
                finished: false,
                updated_at: None,
                rate: (elapsed > 0.0).then(|| (done - before) as f64 / elapsed),
            });
        }
        let elapsed = started.elapsed().as_secs_f64();
        if !bounded && done == before {
            // Nothing written meanwhile was missing the new fields.
            return Ok(());
        }
        journal(
            out,
            format!(
                "// backfill {collection}: updateMany in batches by _id, {{\"$set\": {}}}",
                serde_json::Value::Object(set.clone())
            ),
            started,
            Some(done - before),
            Some(format!("about {total} documents to fill")),
        );
        out.backfills.push(Backfill {
            object: collection.to_string(),
            done,
            total: total.max(done),
            finished: true,
            updated_at: None,
            rate: (elapsed > 0.0 && done > before).then(|| (done - before) as f64 / elapsed),
        });
        Ok(())
    }

    /// Remove `fields` from every document that has one, in batches.
    async fn strip(
        &self,
        collection: &str,
        fields: &[String],
        control: &mut dyn PhaseControl,
        out: &mut PhaseOutcome,
    ) -> Result<(), MongoError> {
        if fields.is_empty() {
            return Ok(());
        }
        let coll = self.db.collection::<Document>(&self.real(collection));
        let having: Vec<Document> = fields
            .iter()
            .map(|f| doc! { f: { "$exists": true } })
            .collect();
        let mut unset = Document::new();
        for f in fields {
            unset.insert(f, "");
        }
        let started = Instant::now();
        let mut removed = 0u64;
        loop {
            let ids = batch_ids(
                &coll,
                doc! { "$or": having.clone() },
                "reading documents to clean",
            )
            .await?;
            if ids.is_empty() {
                break;
            }
            control.fence().await.map_err(MongoError::fence)?;
            let r = coll
                .update_many(
                    doc! { "_id": { "$in": ids } },
                    doc! { "$unset": unset.clone() },
                )
                .await
                .map_err(failed("removing fields"))?;
            removed += r.modified_count;
            faults::reached("backfill");
        }
        journal(
            out,
            format!(
                "// {collection}: updateMany in batches by _id, {{\"$unset\": {}}}",
                crate::to_json(unset)
            ),
            started,
            Some(removed),
            None,
        );
        Ok(())
    }

    async fn complete(
        &mut self,
        id: &str,
        op: &Op,
        control: &mut dyn PhaseControl,
        out: &mut PhaseOutcome,
    ) -> Result<(), MongoError> {
        let Op::ValidatorChange {
            collection,
            validator,
            set,
            unset,
        } = op;
        // What the old version wrote while in flight.
        if !set.is_empty() {
            self.backfill(id, collection, set, false, control, out)
                .await?;
        }
        control.fence().await.map_err(MongoError::fence)?;
        self.coll_mod(
            doc! {
                "collMod": self.real(collection),
                "validator": bson(validator)?,
                "validationLevel": "strict",
                "validationAction": "error",
            },
            out,
        )
        .await?;
        self.strip(collection, unset, control, out).await?;
        self.forget_state(id, collection).await
    }

    async fn rollback(
        &mut self,
        id: &str,
        op: &Op,
        control: &mut dyn PhaseControl,
        out: &mut PhaseOutcome,
    ) -> Result<(), MongoError> {
        let Op::ValidatorChange {
            collection, set, ..
        } = op;
        let Some(state) = self.state(id, collection).await? else {
            // Start never changed it.
            return Ok(());
        };
        if let Ok(before) = state.get_document("before") {
            control.fence().await.map_err(MongoError::fence)?;
            let mut cmd = doc! { "collMod": self.real(collection) };
            cmd.extend(before.clone());
            self.coll_mod(cmd, out).await?;
        }
        let fields: Vec<String> = set.keys().cloned().collect();
        self.strip(collection, &fields, control, out).await?;
        self.forget_state(id, collection).await
    }

    /// How far the backfills of `id` got.
    pub(crate) async fn backfill_progress(&self, id: &str) -> Result<Vec<Backfill>, MongoError> {
        let docs: Vec<Document> = self
            .states()
            .find(doc! { "_id": { "$regex": format!("^{}/", crate::session::regex_escape(id)) } })
            .await
            .map_err(failed("reading the backfill progress"))?
            .try_collect()
            .await
            .map_err(failed("reading the backfill progress"))?;
        Ok(docs
            .iter()
            .filter(|d| d.get("hi").is_some())
            .map(|d| {
                let done = d.get_i64("done").unwrap_or(0) as u64;
                let total = d.get_i64("total").unwrap_or(0) as u64;
                Backfill {
                    object: d
                        .get_str("_id")
                        .unwrap_or_default()
                        .split_once('/')
                        .map_or("", |(_, c)| c)
                        .to_string(),
                    done,
                    total: total.max(done),
                    finished: done >= total,
                    updated_at: None,
                    rate: None,
                }
            })
            .collect())
    }
}

/// The `_id`s of the next batch of documents matching `filter`.
async fn batch_ids(
    coll: &mongodb::Collection<Document>,
    filter: Document,
    doing: &str,
) -> Result<Vec<Bson>, MongoError> {
    let docs: Vec<Document> = coll
        .find(filter)
        .with_options(
            FindOptions::builder()
                .sort(doc! { "_id": 1 })
                .projection(doc! { "_id": 1 })
                .limit(BATCH)
                .build(),
        )
        .await
        .map_err(failed(doing))?
        .try_collect()
        .await
        .map_err(failed(doing))?;
    Ok(docs
        .into_iter()
        .filter_map(|d| d.get("_id").cloned())
        .collect())
}

fn journal(
    out: &mut PhaseOutcome,
    text: String,
    started: Instant,
    rows: Option<u64>,
    note: Option<String>,
) {
    let mut st = Statement::of(EngineKind::Mongodb, text);
    st.elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
    st.rows = rows;
    st.note = note;
    out.statements.push(st);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_and_refuses_with_what_to_do() {
        let caps = Capabilities {
            collections: vec!["profiles".into()],
            ..Default::default()
        };
        let ok = parse(
            &[
                json!({"op": "validator_change", "collection": "profiles", "validator": {"$jsonSchema": {}}, "set": {"locale": "en"}, "unset": ["lang"]}),
            ],
            Some(&caps),
        );
        assert!(ok.is_ok(), "{ok:?}");
        let e = parse(
            &[json!({"op": "validator_change", "collection": "orders", "validator": {}})],
            Some(&caps),
        )
        .unwrap_err();
        assert!(
            e.contains("outside this module's declared capabilities"),
            "{e}"
        );
        let e = parse(&[json!({"op": "rename", "collection": "profiles"})], None).unwrap_err();
        assert!(e.contains("unknown variant"), "{e}");
        let e = parse(&[json!({"op": "validator_change", "collection": "profiles", "validator": {}, "set": {"a": 1}, "unset": ["a"]})], None).unwrap_err();
        assert!(e.contains("both set and unset"), "{e}");
    }
}
