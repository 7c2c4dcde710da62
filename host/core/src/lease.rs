//! The migration lock's errors, for every engine, and leases: the lock on
//! engines without session locks (MongoDB, Elasticsearch).
//!
//! A lease is a document with an expiry that its holder renews while it
//! runs; a crashed holder stops renewing, so its lease expires and can
//! never go stale. Before a migration commits, the executor fences every
//! lock: a lease is renewed there and then, and a lease that could not be
//! renewed (someone took it over, the server is gone) stops the run.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::error::{EngineError, ErrorKind};
use crate::metadata::EngineKind;

/// Why the migration lock was not taken or kept, on any engine.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("another tidegate run holds the {engine} migration lock on {target} ({holder}); waited {waited:?}. {advice}")]
    Busy { engine: EngineKind, target: String, holder: String, waited: Duration, advice: String },
    #[error("lost the {engine} migration lock on {target} ({reason}); stopped before the next migration could commit. Run `tidegate status`, then apply again")]
    Lost { engine: EngineKind, target: String, reason: String },
}

impl From<LockError> for EngineError {
    fn from(e: LockError) -> Self {
        let (engine, kind) = match &e {
            LockError::Busy { engine, .. } => (*engine, ErrorKind::Busy),
            LockError::Lost { engine, .. } => (*engine, ErrorKind::LockLost),
        };
        EngineError::new(engine, kind, None, e)
    }
}

/// Renews the lease: answers whether it is still ours. An error says why
/// it could not tell.
pub type RenewFuture = Pin<Box<dyn Future<Output = Result<bool, String>> + Send>>;
type Renew = Arc<dyn Fn() -> RenewFuture + Send + Sync>;

/// Renews a held lease in the background until stopped, and on demand.
pub struct Renewal {
    renew: Renew,
    stop: tokio::sync::watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
    /// Why the lease was lost, once it was.
    lost: Arc<Mutex<Option<String>>>,
}

fn reason(answer: Result<bool, String>) -> Option<String> {
    match answer {
        Ok(true) => None,
        Ok(false) => Some("another run took it over after it expired".to_string()),
        Err(e) => Some(e),
    }
}

impl Renewal {
    /// Call `renew` every `every`. A `false` or an error marks the lease
    /// lost and stops renewal.
    pub fn start(every: Duration, renew: impl Fn() -> RenewFuture + Send + Sync + 'static) -> Renewal {
        let renew: Renew = Arc::new(renew);
        let (stop, mut stopped) = tokio::sync::watch::channel(false);
        let lost = Arc::new(Mutex::new(None));
        let (l, r) = (lost.clone(), renew.clone());
        let task = tokio::spawn(async move {
            loop {
                tokio::select! {
                    _ = stopped.changed() => return,
                    _ = tokio::time::sleep(every) => {}
                }
                if let Some(why) = reason(r().await) {
                    tracing::warn!("migration lock lost: {why}");
                    l.lock().expect("lease mutex").get_or_insert(why);
                    return;
                }
            }
        });
        Renewal { renew, stop, task, lost }
    }

    /// Why the lease was lost, if it was.
    pub fn lost(&self) -> Option<String> {
        self.lost.lock().expect("lease mutex").clone()
    }

    /// Renew now: `Err(reason)` when the lease is no longer ours.
    pub async fn confirm(&self) -> Result<(), String> {
        if let Some(why) = self.lost() {
            return Err(why);
        }
        match reason((self.renew)().await) {
            None => Ok(()),
            Some(why) => {
                self.lost.lock().expect("lease mutex").get_or_insert(why.clone());
                Err(why)
            }
        }
    }

    /// [`Renewal::confirm`] as the lock's fence: a lease no longer ours is
    /// [`LockError::Lost`].
    pub async fn fence(&self, engine: EngineKind, target: &str) -> Result<(), LockError> {
        self.confirm().await.map_err(|reason| LockError::Lost { engine, target: target.to_string(), reason })
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};

    #[tokio::test]
    async fn confirm_renews_and_reports_a_lost_lease() {
        let ours = Arc::new(AtomicBool::new(true));
        let o = ours.clone();
        let renewal = Renewal::start(Duration::from_secs(3600), move || {
            let o = o.clone();
            Box::pin(async move { Ok(o.load(Ordering::SeqCst)) })
        });
        assert_eq!(renewal.confirm().await, Ok(()));
        ours.store(false, Ordering::SeqCst);
        let err = renewal.confirm().await.unwrap_err();
        assert!(err.contains("took it over"), "{err}");
        // Once lost, it stays lost even if the server would answer yes.
        ours.store(true, Ordering::SeqCst);
        assert!(renewal.confirm().await.is_err() && renewal.lost().is_some());
        renewal.stop().await;
    }

    #[test]
    fn lock_errors_are_classified() {
        use crate::error::{Classify, ExitClass};
        let busy: EngineError =
            LockError::Busy { engine: EngineKind::Mongodb, target: "t".into(), holder: "h".into(), waited: Duration::ZERO, advice: "wait".into() }.into();
        assert_eq!((busy.kind(), busy.class()), (ErrorKind::Busy, ExitClass::Locked));
        let lost: EngineError = LockError::Lost { engine: EngineKind::Postgres, target: "t".into(), reason: "r".into() }.into();
        assert_eq!((lost.kind(), lost.class()), (ErrorKind::LockLost, ExitClass::Locked));
    }
}
