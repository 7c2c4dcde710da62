//! The Elasticsearch apply lock: a lease document created with
//! `op_type=create` (`PUT /<lock>/_create/lock`), so exactly one run can
//! create it. The holder renews its expiry every third of the TTL; a lease
//! past its expiry is taken over with optimistic concurrency
//! (`if_seq_no`/`if_primary_term`), so two runs can never both take it.
//! Expiry is written and judged with the runners' clocks, which must agree
//! to well within the TTL.

use std::time::{Duration, Instant};

use async_trait::async_trait;
use chrono::Utc;
use elasticsearch::http::Method;
use serde_json::{Value, json};
use tidegate_core::engine::Lock;
use tidegate_core::error::EngineError;
use tidegate_core::lease::{LockError, Renewal, owner_id};
use tidegate_core::metadata::EngineKind;

use crate::{EsError, EsTarget};

pub struct EsLock {
    target: EsTarget,
    path: String,
    owner: String,
    renewal: Renewal,
}

fn lease(owner: &str, ttl: Duration) -> Value {
    let now = Utc::now().timestamp_millis();
    json!({ "owner": owner, "acquired_at": now, "expires_at": now + ttl.as_millis() as i64 })
}

/// The lock index's settings and strict mappings: nothing but a lease.
fn lock_index() -> Value {
    let long = json!({ "type": "long" });
    json!({
        "settings": { "number_of_shards": 1, "auto_expand_replicas": "0-1" },
        "mappings": { "dynamic": "strict", "properties": { "owner": { "type": "keyword" }, "acquired_at": long, "expires_at": long } },
    })
}

/// The lease as stored: (owner, expires_at, seq_no, primary_term).
async fn read(
    target: &EsTarget,
    path: &str,
) -> Result<Option<(String, i64, String, String)>, EsError> {
    let a = target
        .call(
            Method::Get,
            path,
            &[],
            None,
            &[404],
            "reading the migration lock",
        )
        .await?;
    if a.status == 404 {
        return Ok(None);
    }
    let v = a.json();
    Ok(Some((
        v["_source"]["owner"].as_str().unwrap_or("?").to_string(),
        v["_source"]["expires_at"].as_i64().unwrap_or(0),
        v["_seq_no"].to_string(),
        v["_primary_term"].to_string(),
    )))
}

/// Replace the lease if it is still at (seq_no, primary_term).
async fn replace(
    target: &EsTarget,
    path: &str,
    seq: &str,
    term: &str,
    body: Value,
) -> Result<bool, EsError> {
    let q = [
        ("if_seq_no", seq),
        ("if_primary_term", term),
        ("refresh", "true"),
    ];
    let a = target
        .call(
            Method::Put,
            path,
            &q,
            Some(body),
            &[409],
            "renewing the migration lock",
        )
        .await?;
    Ok(a.status != 409)
}

impl EsLock {
    pub async fn acquire(
        target: &EsTarget,
        index: &str,
        ttl: Duration,
        wait: Duration,
    ) -> Result<Self, EsError> {
        target.info().await?;
        // Explicitly: clusters that set `action.auto_create_index: false`
        // refuse to create it on the first write.
        target
            .ensure_index(index, lock_index(), "the migration lock index")
            .await?;
        let owner = owner_id();
        let path = format!("/{index}/_doc/lock");
        let create = format!("/{index}/_create/lock");
        let start = Instant::now();
        let mut delay = Duration::from_millis(50);
        loop {
            let a = target
                .call(
                    Method::Put,
                    &create,
                    &[("refresh", "true")],
                    Some(lease(&owner, ttl)),
                    &[409],
                    "taking the migration lock",
                )
                .await?;
            if a.status != 409 {
                break;
            }
            let held = read(target, &path).await?;
            if let Some((_, expires, seq, term)) = &held {
                if *expires < Utc::now().timestamp_millis()
                    && replace(target, &path, seq, term, lease(&owner, ttl)).await?
                {
                    tracing::warn!("took over an expired Elasticsearch migration lock");
                    break;
                }
            }
            if start.elapsed() >= wait {
                let holder = match held {
                    Some((who, expires, ..)) => format!(
                        "held by {who}, lease expires {}",
                        chrono::DateTime::from_timestamp_millis(expires)
                            .map(|t| t.to_rfc3339())
                            .unwrap_or_default()
                    ),
                    None => "holder unknown".into(),
                };
                return Err(EsError::Lock(LockError::Busy {
                    engine: EngineKind::Elasticsearch,
                    target: target.to_string(),
                    holder,
                    waited: start.elapsed(),
                    advice: format!(
                        "Let it finish: a crashed holder's lease expires within {ttl:?}. Or raise elasticsearch.lock_wait"
                    ),
                }));
            }
            tokio::time::sleep(delay.min(wait.saturating_sub(start.elapsed()))).await;
            delay = (delay * 2).min(Duration::from_millis(500));
        }
        let (t, p, o) = (target.clone(), path.clone(), owner.clone());
        let (t2, p2, o2) = (target.clone(), path.clone(), owner.clone());
        let renewal = Renewal::start(ttl / 3, move || {
            let (t, p, o) = (t.clone(), p.clone(), o.clone());
            Box::pin(async move {
                match read(&t, &p).await.map_err(|e| e.to_string())? {
                    Some((who, _, seq, term)) if who == o => {
                        replace(&t, &p, &seq, &term, lease(&o, ttl))
                            .await
                            .map_err(|e| e.to_string())
                    }
                    _ => Ok(false),
                }
            })
        })
        // Between renewals a fence reads the lease (a realtime get): still ours?
        .checking(move || {
            let (t, p, o) = (t2.clone(), p2.clone(), o2.clone());
            Box::pin(async move {
                Ok(read(&t, &p)
                    .await
                    .map_err(|e| e.to_string())?
                    .is_some_and(|(who, ..)| who == o))
            })
        });
        Ok(EsLock {
            target: target.clone(),
            path,
            owner,
            renewal,
        })
    }
}

#[async_trait]
impl Lock for EsLock {
    /// The lease must still be ours: read, or renewed when the last
    /// renewal is not recent ([`Renewal::confirm`]).
    async fn fence(&mut self) -> Result<(), EngineError> {
        self.renewal
            .fence(EngineKind::Elasticsearch, &self.target.to_string())
            .await
            .map_err(|lost| EsError::Lock(lost).into())
    }

    async fn release(self: Box<Self>) -> Result<(), EngineError> {
        self.renewal.stop().await;
        if let Some((who, _, seq, term)) = read(&self.target, &self.path).await? {
            if who == self.owner {
                let q = [
                    ("if_seq_no", seq.as_str()),
                    ("if_primary_term", term.as_str()),
                    ("refresh", "true"),
                ];
                self.target
                    .call(
                        Method::Delete,
                        &self.path,
                        &q,
                        None,
                        &[404, 409],
                        "releasing the migration lock",
                    )
                    .await?;
            }
        }
        Ok(())
    }
}
