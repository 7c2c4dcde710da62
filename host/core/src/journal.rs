//! What a guest call did, as the host saw it: the statements it issued on
//! each engine, its log lines and the invariants it checked. Reports render
//! these and lint reads them.

use serde::Serialize;

use crate::metadata::EngineKind;

/// One statement (SQL, MongoDB command, search request) the guest issued,
/// as the host ran it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Statement {
    pub engine: EngineKind,
    pub text: String,
    pub params: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rows: Option<u64>,
    pub elapsed_ms: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LogLevel {
    Debug,
    Info,
    Warn,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LogLine {
    pub level: LogLevel,
    pub message: String,
}

/// One invariant reported by a module's `check`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckResult {
    pub name: String,
    pub passed: bool,
    pub detail: String,
}

/// Truncate to at most `max` bytes on a char boundary, saying so.
pub fn truncate(mut s: String, max: usize) -> String {
    if s.len() > max {
        let mut cut = max;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        let dropped = s.len() - cut;
        s.truncate(cut);
        s.push_str(&format!("… ({dropped} more bytes)"));
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn truncates_on_char_boundaries() {
        assert_eq!(super::truncate("héllo".into(), 2), "h… (5 more bytes)");
        assert_eq!(super::truncate("ok".into(), 2), "ok");
    }
}
