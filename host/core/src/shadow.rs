//! Who made a dry run's shadow copy (MongoDB and Elasticsearch plans copy
//! the catalog into throw-away objects), so that a later run can tell a
//! shadow that a killed plan left behind from one a running plan still
//! uses, and delete it.
//!
//! A shadow is abandoned when the process that made it ran on this host,
//! in this pid namespace, and is gone (its pid no longer runs the same
//! process), or, made anywhere else (another host, another container with
//! the same hostname), when it is older than [`MAX_AGE`]: a plan copies the
//! catalog without documents and is done within minutes.

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// How old another host's shadow must be before a run deletes it.
pub const MAX_AGE: Duration = Duration::from_secs(3600);

/// The maker of a shadow, stored beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShadowOwner {
    pub host: String,
    pub pid: u32,
    /// When the process started (Linux: clock ticks after boot, field 22
    /// of `/proc/<pid>/stat`), so that a reused pid is not taken for it.
    #[serde(default)]
    pub started: Option<u64>,
    /// Where its pid means something: the kernel's boot id and the pid
    /// namespace (Linux), so that two containers with one hostname do not
    /// judge each other's processes by pid.
    #[serde(default)]
    pub space: Option<String>,
    /// When the shadow was made, in milliseconds since the Unix epoch by
    /// its maker's clock.
    pub created_ms: i64,
}

fn host() -> String {
    crate::history::hostname().unwrap_or_default()
}

/// This boot and pid namespace: `boot_id/pid:[inode]`.
fn space() -> Option<String> {
    let boot = std::fs::read_to_string("/proc/sys/kernel/random/boot_id").ok()?;
    let ns = std::fs::read_link("/proc/self/ns/pid").ok()?;
    Some(format!("{}/{}", boot.trim(), ns.display()))
}

/// When process `pid` started, from `/proc` (Linux); `None` when it does
/// not run or there is no `/proc`.
fn start_of(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) is parenthesised and may hold spaces.
    let rest = &stat[stat.rfind(')')? + 2..];
    rest.split_whitespace().nth(19)?.parse().ok()
}

impl ShadowOwner {
    /// This process, now.
    pub fn me() -> Self {
        let pid = std::process::id();
        ShadowOwner {
            host: host(),
            pid,
            started: start_of(pid),
            space: space(),
            created_ms: chrono::Utc::now().timestamp_millis(),
        }
    }

    /// Whether the shadow it made is abandoned, judged at `now_ms`.
    pub fn abandoned(&self, now_ms: i64) -> bool {
        let here = !self.host.is_empty()
            && self.host == host()
            && self.space.is_some()
            && self.space == space();
        if here {
            return match (start_of(self.pid), self.started) {
                (None, _) => true,
                (Some(now), Some(then)) => now != then,
                (Some(_), None) => false,
            };
        }
        now_ms.saturating_sub(self.created_ms) > MAX_AGE.as_millis() as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shadow_is_abandoned_when_its_maker_is_gone() {
        let now = chrono::Utc::now().timestamp_millis();
        let me = ShadowOwner::me();
        assert!(!me.abandoned(now), "this process runs: {me:?}");
        // A pid that runs another process now (this one, started later).
        let reused = ShadowOwner {
            started: me.started.map(|s| s + 1),
            ..me.clone()
        };
        assert!(reused.abandoned(now));
        let gone = ShadowOwner {
            pid: u32::MAX - 1,
            started: Some(1),
            ..me.clone()
        };
        assert!(gone.abandoned(now));
        for elsewhere in [
            ShadowOwner {
                host: "another-host".into(),
                ..me.clone()
            },
            // Another container with this hostname: its pid means nothing here.
            ShadowOwner {
                pid: u32::MAX - 1,
                space: Some("another-boot/pid:[1]".into()),
                ..me.clone()
            },
            ShadowOwner {
                pid: u32::MAX - 1,
                space: None,
                ..me.clone()
            },
        ] {
            assert!(!elsewhere.abandoned(now), "{elsewhere:?}");
            assert!(elsewhere.abandoned(elsewhere.created_ms + MAX_AGE.as_millis() as i64 + 1));
        }
    }
}
