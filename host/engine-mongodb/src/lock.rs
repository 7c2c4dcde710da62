//! The MongoDB apply lock: a lease document `{_id: "lock", owner, expires}`
//! whose expiry is computed and judged by the server's clock, so clock
//! skew between runners cannot matter: the server writes `expires` from
//! `$$NOW`, and a lease counts as expired when it is older than the
//! server's `localTime` (from `hello`). The holder renews it every third of
//! its TTL; a TTL index removes an abandoned one.

use std::time::{Duration, Instant};

use async_trait::async_trait;
use mongodb::bson::{doc, Document};
use mongodb::{Collection, Database};
use tidegate_core::engine::Lock;
use tidegate_core::error::EngineError;
use tidegate_core::lease::{owner_id, LockError, Renewal};
use tidegate_core::metadata::EngineKind;

use crate::{MongoError, MongoTarget};

const DUPLICATE_KEY: i32 = 11000;

pub struct MongoLock {
    coll: Collection<Document>,
    owner: String,
    target: String,
    renewal: Renewal,
}

fn lease_pipeline(owner: &str, ttl: Duration) -> Vec<Document> {
    vec![doc! { "$set": {
        "owner": owner,
        "acquired": { "$ifNull": ["$acquired", "$$NOW"] },
        "expires": { "$add": ["$$NOW", ttl.as_millis() as i64] },
    } }]
}

/// The server's clock.
async fn server_now(db: &Database) -> Result<mongodb::bson::DateTime, mongodb::error::Error> {
    let hello = db.run_command(doc! { "hello": 1 }).await?;
    Ok(hello.get_datetime("localTime").copied().unwrap_or_else(|_| mongodb::bson::DateTime::now()))
}

impl MongoLock {
    pub async fn acquire(target: &MongoTarget, db: &Database, name: &str, ttl: Duration, wait: Duration) -> Result<Self, MongoError> {
        let coll = db.collection::<Document>(name);
        // Best effort: lets the server delete a lease nobody renews.
        let _ = db
            .run_command(doc! { "createIndexes": name, "indexes": [{ "key": { "expires": 1 }, "name": "expires_ttl", "expireAfterSeconds": 0 }] })
            .await;
        let owner = owner_id();
        let start = Instant::now();
        let mut delay = Duration::from_millis(50);
        loop {
            // Matches only a lease expired by the server's clock; when there
            // is none, the upsert inserts ours, and a live one makes it fail
            // on the `_id`.
            let now = server_now(db).await.map_err(|e| target.connect_error(e, "reading the server's clock"))?;
            let attempt = coll
                .update_one(doc! { "_id": "lock", "expires": { "$lt": now } }, lease_pipeline(&owner, ttl))
                .upsert(true)
                .await;
            match attempt {
                Ok(_) => break,
                Err(e) if crate::error_code(&e).is_some_and(|(c, _)| c == DUPLICATE_KEY) => {}
                Err(e) => return Err(target.connect_error(e, "taking the migration lock")),
            }
            if start.elapsed() >= wait {
                let holder = match coll.find_one(doc! { "_id": "lock" }).await {
                    Ok(Some(d)) => format!(
                        "held by {}, lease expires {}",
                        d.get_str("owner").unwrap_or("?"),
                        d.get_datetime("expires").map(|t| t.to_string()).unwrap_or_default()
                    ),
                    _ => "holder unknown".into(),
                };
                return Err(MongoError::Lock(LockError::Busy {
                    engine: EngineKind::Mongodb,
                    target: target.to_string(),
                    holder,
                    waited: start.elapsed(),
                    advice: format!("Let it finish: a crashed holder's lease expires within {ttl:?}. Or raise mongodb.lock_wait"),
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
                c.find_one(doc! { "_id": "lock", "owner": &o }).projection(doc! { "_id": 1 }).await.map(|d| d.is_some()).map_err(|e| e.to_string())
            })
        });
        Ok(MongoLock { coll, owner, target: target.to_string(), renewal })
    }
}

#[async_trait]
impl Lock for MongoLock {
    /// The lease must still be ours: read, or renewed when the last
    /// renewal is not recent ([`Renewal::confirm`]).
    async fn fence(&mut self) -> Result<(), EngineError> {
        self.renewal.fence(EngineKind::Mongodb, &self.target).await.map_err(|lost| MongoError::Lock(lost).into())
    }

    async fn release(self: Box<Self>) -> Result<(), EngineError> {
        self.renewal.stop().await;
        self.coll
            .delete_one(doc! { "_id": "lock", "owner": &self.owner })
            .await
            .map(drop)
            .map_err(|e| MongoError::command("releasing the migration lock", e).into())
    }
}
