//! Leases: the apply lock on engines without session locks (MongoDB,
//! Elasticsearch). A lease is a document with an expiry that its holder
//! renews while it runs; a crashed holder stops renewing, so its lease
//! expires and can never go stale.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use crate::metadata::EngineKind;

use super::elasticsearch::EsError;
use super::mongodb::MongoError;

/// Why a lease was not taken or kept.
#[derive(Debug, thiserror::Error)]
pub enum LeaseError {
    #[error("another tidegate run holds the {engine} migration lock on {target} ({holder}); waited {waited:?}. Let it finish: a crashed holder's lease expires within {ttl:?}. Or raise {engine}.lock_wait")]
    Busy { engine: EngineKind, target: String, holder: String, waited: Duration, ttl: Duration },
    #[error("lost the {engine} migration lock on {target}: it could not be renewed ({reason}); stopped before the next migration. Run `tidegate status`, then apply again")]
    Lost { engine: EngineKind, target: String, reason: String },
    #[error(transparent)]
    Mongo(#[from] MongoError),
    #[error(transparent)]
    Es(#[from] EsError),
}

pub type RenewFuture = Pin<Box<dyn Future<Output = Result<bool, String>> + Send>>;

/// Renews a held lease in the background until stopped.
pub struct Renewal {
    stop: tokio::sync::watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
    /// Why the lease was lost, once it was.
    lost: Arc<std::sync::Mutex<Option<String>>>,
}

impl Renewal {
    /// Call `renew` every `every`; it answers whether the lease is still
    /// ours. A `false` or an error marks the lease lost and stops renewal.
    pub fn start(every: Duration, renew: impl Fn() -> RenewFuture + Send + 'static) -> Renewal {
        let (stop, mut stopped) = tokio::sync::watch::channel(false);
        let lost = Arc::new(std::sync::Mutex::new(None));
        let l = lost.clone();
        let task = tokio::spawn(async move {
            loop {
                tokio::select! {
                    _ = stopped.changed() => return,
                    _ = tokio::time::sleep(every) => {}
                }
                let reason = match renew().await {
                    Ok(true) => continue,
                    Ok(false) => "another run took it over after it expired".to_string(),
                    Err(e) => e,
                };
                tracing::warn!("migration lock lost: {reason}");
                *l.lock().expect("lease mutex") = Some(reason);
                return;
            }
        });
        Renewal { stop, task, lost }
    }

    /// Why the lease was lost, if it was.
    pub fn lost(&self) -> Option<String> {
        self.lost.lock().expect("lease mutex").clone()
    }

    pub async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

/// Who holds a lease: enough for a human to find the process.
pub fn owner_id() -> String {
    let mut nonce = [0u8; 6];
    let _ = getrandom::fill(&mut nonce);
    let host = std::fs::read_to_string("/etc/hostname").map(|h| h.trim().to_string()).unwrap_or_default();
    format!("{} pid {} on {} ({})", crate::history::Actor::from_env().who, std::process::id(), if host.is_empty() { "?" } else { &host }, hex::encode(nonce))
}
