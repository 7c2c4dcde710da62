//! The MongoDB apply lock: a lease document `{_id: "lock", owner, expires}`
//! whose expiry is computed and judged by the server's clock, so clock
//! skew between runners cannot matter. One conditional update (a
//! pipeline, evaluated with one `$$NOW`: a router evaluates it once for
//! the whole command) takes the lease when it is missing, expired or
//! already ours, and otherwise leaves it as it is; the document it
//! returns says who holds it. The holder renews it every third of its
//! TTL; a TTL index removes an abandoned one.

use std::time::{Duration, Instant};

use async_trait::async_trait;
use mongodb::bson::{Document, doc};
use mongodb::options::ReturnDocument;
use mongodb::{Collection, Database};
use tidegate_core::engine::Lock;
use tidegate_core::error::EngineError;
use tidegate_core::lease::{LockError, Renewal, owner_id};
use tidegate_core::metadata::EngineKind;

use crate::history::MongoHistory;
use crate::{MongoError, MongoTarget};

const DUPLICATE_KEY: i32 = 11000;

pub struct MongoLock {
    coll: Collection<Document>,
    owner: String,
    target: String,
    renewal: Renewal,
    ttl: Duration,
    /// The history's session while the lock is held.
    run_session: std::sync::Arc<tokio::sync::Mutex<Option<mongodb::ClientSession>>>,
}

fn lease_pipeline(owner: &str, ttl: Duration) -> Vec<Document> {
    // Literal: an owner (it starts with the actor's name) that begins with
    // `$` would otherwise be read as a field path.
    vec![doc! { "$set": {
        "owner": { "$literal": owner },
        "acquired": { "$ifNull": ["$acquired", "$$NOW"] },
        "expires": { "$add": ["$$NOW", ttl.as_millis() as i64] },
    } }]
}

/// The update that takes the lease for `owner` when nobody holds it (no
/// document, or one expired by the same `$$NOW`) or `owner` already does,
/// and leaves it untouched otherwise. The taker's history `session` is
/// registered in it, and the session of the lease it took over kept as
/// `previous`, to be killed.
fn take_pipeline(owner: &str, ttl: Duration, session: &Document) -> Vec<Document> {
    // Instants compared as milliseconds (`$toLong` of a date), which
    // means the same as comparing the dates and which the SecantusDB
    // stand-in also evaluates (it does not order a date against `$$NOW`).
    let free = doc! { "$or": [
        { "$eq": [{ "$type": "$expires" }, "missing"] },
        { "$lt": [{ "$toLong": "$expires" }, { "$toLong": "$$NOW" }] },
        { "$eq": ["$owner", { "$literal": owner }] },
    ] };
    vec![doc! { "$set": {
        "acquired": { "$cond": [free.clone(), "$$NOW", "$acquired"] },
        "expires": { "$cond": [free.clone(), { "$add": ["$$NOW", ttl.as_millis() as i64] }, "$expires"] },
        "previous": { "$cond": [free.clone(), "$session", "$previous"] },
        "session": { "$cond": [free.clone(), { "$literal": session }, "$session"] },
        "owner": { "$cond": [free, { "$literal": owner }, "$owner"] },
    } }]
}

/// End the history session of a run whose lease was taken over: its open
/// transaction (it died in a history write) would otherwise hold the
/// migration's history row until the server's transactionLifetimeLimit
/// (60 s by default). One's own sessions need no privilege.
async fn kill_session(db: &Database, session: &Document) {
    match db
        .client()
        .database("admin")
        .run_command(doc! { "killSessions": [session.clone()] })
        .await
    {
        Ok(_) => {
            tracing::info!("ended the history session of the run whose expired lock was taken over")
        }
        Err(e) => tracing::warn!(
            "cannot end the history session of the run whose expired lock was taken over ({e}); a transaction it left open ends on its own within the server's transactionLifetimeLimitSeconds"
        ),
    }
}

impl MongoLock {
    pub async fn acquire(
        target: &MongoTarget,
        db: &Database,
        history: &MongoHistory,
        ttl: Duration,
        wait: Duration,
    ) -> Result<Self, MongoError> {
        let name = &history.lock;
        let run_session = target
            .client()
            .start_session()
            .await
            .map_err(|e| target.connect_error(e, "starting a session"))?;
        let lsid = run_session.id().clone();
        let coll = db.collection::<Document>(name);
        // Best effort: lets the server delete a lease nobody renews.
        let _ = db
            .run_command(doc! { "createIndexes": name, "indexes": [{ "key": { "expires": 1 }, "name": "expires_ttl", "expireAfterSeconds": 0 }] })
            .await;
        let owner = owner_id();
        let start = Instant::now();
        let mut delay = Duration::from_millis(50);
        loop {
            let attempt = coll
                .find_one_and_update(doc! { "_id": "lock" }, take_pipeline(&owner, ttl, &lsid))
                .upsert(true)
                .return_document(ReturnDocument::After)
                .await;
            let held = match attempt {
                Ok(Some(d)) if d.get_str("owner").ok() == Some(owner.as_str()) => {
                    if let Ok(previous) = d.get_document("previous") {
                        kill_session(db, previous).await;
                    }
                    break;
                }
                Ok(held) => held,
                // Two runs inserted the first lease at once: ask again.
                Err(e) if crate::error_code(&e).is_some_and(|(c, _)| c == DUPLICATE_KEY) => None,
                Err(e) => return Err(target.connect_error(e, "taking the migration lock")),
            };
            if start.elapsed() >= wait {
                let holder = match held {
                    Some(d) => format!(
                        "held by {}, lease expires {}",
                        d.get_str("owner").unwrap_or("?"),
                        d.get_datetime("expires")
                            .map(|t| t.to_string())
                            .unwrap_or_default()
                    ),
                    None => "holder unknown".into(),
                };
                return Err(MongoError::Lock(LockError::Busy {
                    engine: EngineKind::Mongodb,
                    target: target.to_string(),
                    holder,
                    waited: start.elapsed(),
                    advice: format!(
                        "Let it finish: a crashed holder's lease expires within {ttl:?}. Or raise mongodb.lock_wait"
                    ),
                }));
            }
            tokio::time::sleep(delay.min(wait.saturating_sub(start.elapsed()))).await;
            delay = (delay * 2).min(Duration::from_millis(500));
        }
        let (c, o) = (coll.clone(), owner.clone());
        let (c2, o2) = (coll.clone(), owner.clone());
        let renewal = Renewal::start(ttl / 3, move || {
            let (c, o) = (c.clone(), o.clone());
            Box::pin(async move {
                c.update_one(doc! { "_id": "lock", "owner": &o }, lease_pipeline(&o, ttl))
                    .await
                    .map(|r| r.matched_count == 1)
                    .map_err(|e| e.to_string())
            })
        })
        // Between renewals a fence reads the lease: still ours?
        .checking(move || {
            let (c, o) = (c2.clone(), o2.clone());
            Box::pin(async move {
                c.find_one(doc! { "_id": "lock", "owner": &o })
                    .projection(doc! { "_id": 1 })
                    .await
                    .map(|d| d.is_some())
                    .map_err(|e| e.to_string())
            })
        });
        *history.run_session.lock().await = Some(run_session);
        Ok(MongoLock {
            coll,
            owner,
            target: target.to_string(),
            renewal,
            ttl,
            run_session: history.run_session.clone(),
        })
    }
}

#[async_trait]
impl Lock for MongoLock {
    /// The lease must still be ours: read, or renewed when the last
    /// renewal is not recent ([`Renewal::confirm`]).
    async fn fence(&mut self) -> Result<(), EngineError> {
        self.renewal
            .fence(EngineKind::Mongodb, &self.target)
            .await
            .map_err(|lost| MongoError::Lock(lost).into())
    }

    async fn release(self: Box<Self>) -> Result<(), EngineError> {
        self.renewal.stop().await;
        self.run_session.lock().await.take();
        let release = self
            .coll
            .delete_one(doc! { "_id": "lock", "owner": &self.owner });
        // A server that stopped answering keeps the lease until it expires.
        match tokio::time::timeout(self.ttl, release).await {
            Ok(done) => done
                .map(drop)
                .map_err(|e| MongoError::command("releasing the migration lock", e).into()),
            Err(_) => Err(MongoError::Stalled {
                doing: "releasing the migration lock (it expires on its own)".into(),
                waited: self.ttl,
            }
            .into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mongodb::bson::Bson;

    #[test]
    fn the_owner_is_a_literal_in_the_lease_pipelines() {
        let owner = "$ops pid 1 on h (00)";
        let lsid = doc! { "id": 1 };
        let take = take_pipeline(owner, Duration::from_secs(30), &lsid);
        let set = take[0].get_document("$set").unwrap();
        let cond = set
            .get_document("owner")
            .unwrap()
            .get_array("$cond")
            .unwrap();
        assert_eq!(cond[1], Bson::Document(doc! { "$literal": owner }));
        let free = cond[0].as_document().unwrap().get_array("$or").unwrap();
        assert_eq!(
            free[2],
            Bson::Document(doc! { "$eq": ["$owner", { "$literal": owner }] })
        );
        let renew = lease_pipeline(owner, Duration::from_secs(30));
        assert_eq!(
            renew[0].get_document("$set").unwrap().get("owner"),
            Some(&Bson::Document(doc! { "$literal": owner }))
        );
    }
}
