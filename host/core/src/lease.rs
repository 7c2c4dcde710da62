//! The migration lock's errors, for every engine, and leases: the lock on
//! engines without session locks (MongoDB, Elasticsearch).
//!
//! A lease is a document with an expiry that its holder renews while it
//! runs; a crashed holder stops renewing, so its lease expires and can
//! never go stale. Before a migration commits, the executor fences every
//! lock: the lease must still be ours there and then, and a lease that is
//! not (someone took it over, the server is gone) stops the run.
//!
//! A fence reads the lease document when the last renewal is recent, and
//! renews it otherwise. A renewal sent at `t` and answered yes sets the
//! expiry to at least `t + ttl` by the server's clock, and nobody can take
//! a lease before it expires; so while less than a renewal interval (a
//! third of the TTL) has passed since `t`, at least two thirds of the TTL
//! are left, and what a fence must still learn is only that the document
//! names us (nothing edited or replaced it). That read is one cheap
//! request where a renewal is a write (MongoDB: a pipeline update with
//! the server's clock; Elasticsearch: a read and a conditional write with
//! a refresh).

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::error::{EngineError, ErrorKind};
use crate::metadata::EngineKind;

/// Why the migration lock was not taken or kept, on any engine.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error(
        "another tidegate run holds the {engine} migration lock on {target} ({holder}); waited {waited:?}. {advice}"
    )]
    Busy {
        engine: EngineKind,
        target: String,
        holder: String,
        waited: Duration,
        advice: String,
    },
    #[error(
        "lost the {engine} migration lock on {target} ({reason}); stopped before the next migration could commit. Run `tidegate status`, then apply again"
    )]
    Lost {
        engine: EngineKind,
        target: String,
        reason: String,
    },
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
    /// Reads whether the lease document still names us, without renewing.
    check: Option<Renew>,
    /// How often the background renews: a fence within this long of a
    /// renewal's sending only reads.
    every: Duration,
    /// When the last renewal that was answered yes was sent.
    renewed: Arc<Mutex<Option<Instant>>>,
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
    pub fn start(
        every: Duration,
        renew: impl Fn() -> RenewFuture + Send + Sync + 'static,
    ) -> Renewal {
        let renew: Renew = Arc::new(renew);
        let (stop, mut stopped) = tokio::sync::watch::channel(false);
        let lost = Arc::new(Mutex::new(None));
        let renewed = Arc::new(Mutex::new(None));
        let (l, r, at) = (lost.clone(), renew.clone(), renewed.clone());
        let task = tokio::spawn(async move {
            loop {
                tokio::select! {
                    _ = stopped.changed() => return,
                    _ = tokio::time::sleep(every) => {}
                }
                if let Some(why) = renew_now(&r, &at, patience(every)).await {
                    tracing::warn!("migration lock lost: {why}");
                    l.lock().expect("lease mutex").get_or_insert(why);
                    return;
                }
            }
        });
        Renewal {
            renew,
            check: None,
            every,
            renewed,
            stop,
            task,
            lost,
        }
    }

    /// Fence by reading with `check` (is the document still ours?) while
    /// the last renewal is recent; see the module's documentation.
    pub fn checking(mut self, check: impl Fn() -> RenewFuture + Send + Sync + 'static) -> Renewal {
        self.check = Some(Arc::new(check));
        self
    }

    /// Why the lease was lost, if it was.
    pub fn lost(&self) -> Option<String> {
        self.lost.lock().expect("lease mutex").clone()
    }

    /// Whether the lease is still ours: read when the last renewal is
    /// recent and there is a check, else renew now. `Err(reason)` when it
    /// is no longer ours.
    pub async fn confirm(&self) -> Result<(), String> {
        if let Some(why) = self.lost() {
            return Err(why);
        }
        let recent = self
            .renewed
            .lock()
            .expect("lease mutex")
            .is_some_and(|sent| sent.elapsed() < self.every);
        // No answer within two renewal intervals (two thirds of the TTL)
        // is a lost lease: a later one could come after it expired.
        let answer = match &self.check {
            Some(check) if recent => reason(ask(check, patience(self.every)).await),
            _ => renew_now(&self.renew, &self.renewed, patience(self.every)).await,
        };
        match answer {
            None => Ok(()),
            Some(why) => {
                self.lost
                    .lock()
                    .expect("lease mutex")
                    .get_or_insert(why.clone());
                Err(why)
            }
        }
    }

    /// [`Renewal::confirm`] as the lock's fence: a lease no longer ours is
    /// [`LockError::Lost`].
    pub async fn fence(&self, engine: EngineKind, target: &str) -> Result<(), LockError> {
        self.confirm().await.map_err(|reason| LockError::Lost {
            engine,
            target: target.to_string(),
            reason,
        })
    }

    pub async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

/// How long a renewal or a check may take: two renewal intervals, two
/// thirds of the TTL. A renewal sent at `t` keeps the lease until `t +
/// ttl`, so an answer by then still leaves a third of it.
fn patience(every: Duration) -> Duration {
    every * 2
}

/// Ask `renew` (or a check), giving up after `within`: a server that stops
/// answering must not hold a fence, or the renewal, forever.
async fn ask(renew: &Renew, within: Duration) -> Result<bool, String> {
    match tokio::time::timeout(within, renew()).await {
        Ok(answer) => answer,
        Err(_) => Err(format!("the server did not answer within {within:?}")),
    }
}

/// Renew, and when the answer is yes, remember when the renewal was sent.
/// Why the lease is lost, if it is.
async fn renew_now(
    renew: &Renew,
    renewed: &Mutex<Option<Instant>>,
    within: Duration,
) -> Option<String> {
    let sent = Instant::now();
    let why = reason(ask(renew, within).await);
    if why.is_none() {
        *renewed.lock().expect("lease mutex") = Some(sent);
    }
    why
}

/// Who holds a lease: enough for a human to find the process.
pub fn owner_id() -> String {
    let mut nonce = [0u8; 6];
    let _ = getrandom::fill(&mut nonce);
    let host = crate::history::hostname().unwrap_or_else(|| "?".into());
    format!(
        "{} pid {} on {host} ({})",
        crate::history::Actor::from_env().who,
        std::process::id(),
        hex::encode(nonce)
    )
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

    /// A fence right after a renewal reads; once a renewal interval has
    /// passed, it renews. Either way a lease that is not ours is lost.
    #[tokio::test]
    async fn a_fence_reads_after_a_recent_renewal_and_renews_otherwise() {
        use std::sync::atomic::AtomicUsize;
        let (renews, checks, ours) = (
            Arc::new(AtomicUsize::new(0)),
            Arc::new(AtomicUsize::new(0)),
            Arc::new(AtomicBool::new(true)),
        );
        let (r, c, o) = (renews.clone(), checks.clone(), ours.clone());
        let every = Duration::from_millis(300);
        let renewal = Renewal::start(Duration::from_secs(3600), move || {
            r.fetch_add(1, Ordering::SeqCst);
            Box::pin(async { Ok(true) })
        })
        .checking(move || {
            c.fetch_add(1, Ordering::SeqCst);
            let o = o.load(Ordering::SeqCst);
            Box::pin(async move { Ok(o) })
        });
        let renewal = Renewal { every, ..renewal };
        let counts = || (renews.load(Ordering::SeqCst), checks.load(Ordering::SeqCst));
        // Nothing renewed yet: the first fence renews.
        assert_eq!(renewal.confirm().await, Ok(()));
        assert_eq!(counts(), (1, 0));
        // Recent: the next fences only read.
        assert_eq!(renewal.confirm().await, Ok(()));
        assert_eq!(renewal.confirm().await, Ok(()));
        assert_eq!(counts(), (1, 2));
        // A renewal interval later: renew again.
        tokio::time::sleep(every).await;
        assert_eq!(renewal.confirm().await, Ok(()));
        assert_eq!(counts(), (2, 2));
        // The document names someone else: lost, and it stays lost.
        ours.store(false, Ordering::SeqCst);
        let err = renewal.confirm().await.unwrap_err();
        assert!(err.contains("took it over"), "{err}");
        assert!(renewal.confirm().await.is_err());
        assert_eq!(counts(), (2, 3));
        renewal.stop().await;
    }

    #[test]
    fn lock_errors_are_classified() {
        use crate::error::{Classify, ExitClass};
        let busy: EngineError = LockError::Busy {
            engine: EngineKind::Mongodb,
            target: "t".into(),
            holder: "h".into(),
            waited: Duration::ZERO,
            advice: "wait".into(),
        }
        .into();
        assert_eq!(
            (busy.kind(), busy.class()),
            (ErrorKind::Busy, ExitClass::Locked)
        );
        let lost: EngineError = LockError::Lost {
            engine: EngineKind::Postgres,
            target: "t".into(),
            reason: "r".into(),
        }
        .into();
        assert_eq!(
            (lost.kind(), lost.class()),
            (ErrorKind::LockLost, ExitClass::Locked)
        );
    }
}
