//! Fault points for Tidegate's own tests, so that a kill or a lost lock
//! lands at a known point of a run instead of wherever a timer fell. Inert
//! unless the `TIDEGATE_FAULT` environment variable is set, which nothing
//! but the test suite does:
//!
//! - `TIDEGATE_FAULT=abort@statement:N`: the process aborts (SIGABRT) right
//!   after the guest's N-th statement (SQL, command or request) of the run
//!   has executed, i.e. in the middle of a migration.
//! - `TIDEGATE_FAULT=pause@fence:ID` with `TIDEGATE_FAULT_DIR=DIR`: before
//!   fencing the locks at the end of migration ID, the process creates
//!   `DIR/paused` and waits until `DIR/resume` exists.

use std::path::PathBuf;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

#[derive(Debug, PartialEq)]
enum Fault {
    AbortAtStatement(u64),
    PauseAtFence(String),
}

fn parse(spec: &str) -> Option<Fault> {
    let (action, point) = spec.split_once('@')?;
    let (point, arg) = point.split_once(':')?;
    match (action, point) {
        ("abort", "statement") => arg.parse().ok().filter(|n| *n > 0).map(Fault::AbortAtStatement),
        ("pause", "fence") if !arg.is_empty() => Some(Fault::PauseAtFence(arg.to_string())),
        _ => None,
    }
}

fn fault() -> Option<&'static Fault> {
    static FAULT: OnceLock<Option<Fault>> = OnceLock::new();
    FAULT
        .get_or_init(|| {
            let spec = std::env::var("TIDEGATE_FAULT").ok()?;
            match parse(&spec) {
                Some(f) => Some(f),
                None => panic!("TIDEGATE_FAULT=`{spec}` is not a fault point; see host/core/src/faults.rs (it is for Tidegate's tests only)"),
            }
        })
        .as_ref()
}

/// A guest statement has executed.
pub fn statement_executed() {
    static COUNT: AtomicU64 = AtomicU64::new(0);
    if let Some(Fault::AbortAtStatement(n)) = fault() {
        if COUNT.fetch_add(1, Ordering::SeqCst) + 1 == *n {
            eprintln!("tidegate: TIDEGATE_FAULT: aborting after statement {n}");
            std::process::abort();
        }
    }
}

/// The executor is about to fence its locks at the end of `migration`.
pub async fn before_fence(migration: &str) {
    let Some(Fault::PauseAtFence(id)) = fault() else { return };
    if id != migration {
        return;
    }
    let dir = PathBuf::from(std::env::var_os("TIDEGATE_FAULT_DIR").expect("TIDEGATE_FAULT=pause@… needs TIDEGATE_FAULT_DIR"));
    std::fs::write(dir.join("paused"), migration).expect("TIDEGATE_FAULT_DIR is writable");
    for _ in 0..6000 {
        if dir.join("resume").exists() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("TIDEGATE_FAULT: nobody created {}/resume within two minutes", dir.display());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fault_specs() {
        assert_eq!(parse("abort@statement:12"), Some(Fault::AbortAtStatement(12)));
        assert_eq!(parse("pause@fence:0002_x"), Some(Fault::PauseAtFence("0002_x".into())));
        for bad in ["abort@statement:0", "abort@statement:x", "pause@fence:", "explode@now:1", "abort"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
