//! Fault points for Tidegate's own tests, so that a kill, a pause or a lost
//! lock lands at a known point of a run instead of wherever a timer fell.
//! Inert unless the `TIDEGATE_FAULT` environment variable is set, which
//! nothing but the test suite does:
//!
//! - `TIDEGATE_FAULT=abort@POINT:N`: the process aborts (SIGABRT) the N-th
//!   time the run reaches `POINT`;
//! - `TIDEGATE_FAULT=pause@POINT:N` with `TIDEGATE_FAULT_DIR=DIR`: the N-th
//!   time, the process creates `DIR/paused` and waits until `DIR/resume`
//!   exists;
//! - `TIDEGATE_FAULT=pause@fence:ID` with `TIDEGATE_FAULT_DIR=DIR`: the same,
//!   before fencing the locks at the end of migration ID.
//!
//! The points ([`POINTS`]): `statement`, right after a guest's statement
//! (SQL, command or request) has executed, i.e. in the middle of a
//! migration; `history` and `history-written`, right before and after the
//! host writes history rows and audit entries to one engine (one entry, or
//! several at once); `commit` and `committed`, right before and after a
//! migration's transaction commits on one engine; `shadow-copy` and
//! `shadow-drop`, right after a dry run copied one object into its shadow,
//! or deleted one batch of it; `phase`, right after a phased migration's
//! DDL statement committed; `backfill`, right after one backfill batch
//! committed.
//!
//! Every point reached is also counted, and with `TIDEGATE_FAULT_TRACE=FILE`
//! appended to FILE as it happens (`POINT N UNIX_MS` lines), so that a
//! test that kills a run at a random moment can tell where the kill
//! landed.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

/// Every named point a run reaches.
pub const POINTS: [&str; 9] = [
    "statement",
    "phase",
    "backfill",
    "history",
    "history-written",
    "commit",
    "committed",
    "shadow-copy",
    "shadow-drop",
];

#[derive(Debug, PartialEq)]
enum Fault {
    Abort(String, u64),
    Pause(String, u64),
    PauseAtFence(String),
}

fn parse(spec: &str) -> Option<Fault> {
    let (action, point) = spec.split_once('@')?;
    let (point, arg) = point.split_once(':')?;
    let nth = || arg.parse().ok().filter(|n| *n > 0);
    match (action, point) {
        ("pause", "fence") if !arg.is_empty() => Some(Fault::PauseAtFence(arg.to_string())),
        ("abort", p) if POINTS.contains(&p) => nth().map(|n| Fault::Abort(p.to_string(), n)),
        ("pause", p) if POINTS.contains(&p) => nth().map(|n| Fault::Pause(p.to_string(), n)),
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

/// The trace file, when `TIDEGATE_FAULT_TRACE` names one.
fn trace() -> Option<&'static Mutex<std::fs::File>> {
    static TRACE: OnceLock<Option<Mutex<std::fs::File>>> = OnceLock::new();
    TRACE
        .get_or_init(|| {
            let path = std::env::var_os("TIDEGATE_FAULT_TRACE")?;
            let file = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)
                .expect("TIDEGATE_FAULT_TRACE is writable");
            Some(Mutex::new(file))
        })
        .as_ref()
}

/// How many times each point was reached, in this process.
fn counts() -> &'static Mutex<HashMap<&'static str, u64>> {
    static COUNTS: OnceLock<Mutex<HashMap<&'static str, u64>>> = OnceLock::new();
    COUNTS.get_or_init(Default::default)
}

/// The run reached `point` (one of [`POINTS`]). Costs one environment
/// lookup, once per process, when no fault or trace is set.
pub fn reached(point: &'static str) {
    static ACTIVE: OnceLock<bool> = OnceLock::new();
    if !*ACTIVE.get_or_init(|| fault().is_some() || trace().is_some()) {
        return;
    }
    debug_assert!(POINTS.contains(&point), "{point} is not a fault point");
    let n = {
        let mut counts = counts().lock().expect("fault counts");
        let n = counts.entry(point).or_default();
        *n += 1;
        *n
    };
    if let Some(file) = trace() {
        let mut file = file.lock().expect("fault trace");
        let ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        let _ = writeln!(file, "{point} {n} {ms}");
        let _ = file.flush();
    }
    match fault() {
        Some(Fault::Abort(p, at)) if p == point && *at == n => {
            eprintln!("tidegate: TIDEGATE_FAULT: aborting at {point} {n}");
            std::process::abort();
        }
        Some(Fault::Pause(p, at)) if p == point && *at == n => pause(&format!("{point} {n}")),
        _ => {}
    }
}

/// A guest statement has executed.
pub fn statement_executed() {
    reached("statement");
}

/// Create `DIR/paused` and wait (blocking this thread: the run stands
/// still) until `DIR/resume` exists.
fn pause(at: &str) {
    let dir = PathBuf::from(
        std::env::var_os("TIDEGATE_FAULT_DIR")
            .expect("TIDEGATE_FAULT=pause@… needs TIDEGATE_FAULT_DIR"),
    );
    std::fs::write(dir.join("paused"), at).expect("TIDEGATE_FAULT_DIR is writable");
    for _ in 0..6000 {
        if dir.join("resume").exists() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!(
        "TIDEGATE_FAULT: nobody created {}/resume within two minutes",
        dir.display()
    );
}

/// The executor is about to fence its locks at the end of `migration`.
pub async fn before_fence(migration: &str) {
    let Some(Fault::PauseAtFence(id)) = fault() else {
        return;
    };
    if id != migration {
        return;
    }
    let dir = PathBuf::from(
        std::env::var_os("TIDEGATE_FAULT_DIR")
            .expect("TIDEGATE_FAULT=pause@… needs TIDEGATE_FAULT_DIR"),
    );
    std::fs::write(dir.join("paused"), migration).expect("TIDEGATE_FAULT_DIR is writable");
    for _ in 0..6000 {
        if dir.join("resume").exists() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!(
        "TIDEGATE_FAULT: nobody created {}/resume within two minutes",
        dir.display()
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fault_specs() {
        assert_eq!(
            parse("abort@statement:12"),
            Some(Fault::Abort("statement".into(), 12))
        );
        assert_eq!(
            parse("abort@history-written:2"),
            Some(Fault::Abort("history-written".into(), 2))
        );
        assert_eq!(
            parse("pause@statement:3"),
            Some(Fault::Pause("statement".into(), 3))
        );
        assert_eq!(
            parse("pause@fence:0002_x"),
            Some(Fault::PauseAtFence("0002_x".into()))
        );
        for bad in [
            "abort@statement:0",
            "abort@statement:x",
            "pause@fence:",
            "explode@now:1",
            "abort",
            "abort@nowhere:1",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
