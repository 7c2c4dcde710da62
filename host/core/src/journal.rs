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
    /// What the engine saw the statement touch, where it can see it
    /// (PostgreSQL: its transaction's own locks and catalog).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub observed: Vec<Touch>,
}

impl Statement {
    /// `text` on `engine`, with nothing known of how it ran: what lint
    /// reads, as a rule's test writes it.
    pub fn of(engine: EngineKind, text: impl Into<String>) -> Statement {
        Statement {
            engine,
            text: text.into(),
            params: 0,
            rows: None,
            elapsed_ms: 0.0,
            error: None,
            note: None,
            observed: Vec::new(),
        }
    }
}

/// One object a statement was observed to touch.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Touch {
    /// Qualified name (`public.person`).
    pub object: String,
    /// `table`, `index`, `sequence`, `view`, ...
    pub kind: String,
    /// The table an index, sequence or TOAST table belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// The strongest lock the statement newly took on it (`ACCESS
    /// EXCLUSIVE`), when it took one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lock: Option<String>,
    /// Whether the lock is one that blocks writes or reads of the object.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub blocks_writes: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub blocks_reads: bool,
    /// The object existed before the migration began.
    pub existing: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub created: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub dropped: bool,
    /// Its storage was rewritten (its file changed).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub rewritten: bool,
    /// Size before the statement: estimated rows and bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rows: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes: Option<u64>,
    /// Outside what the module declared.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub undeclared: bool,
}

impl Touch {
    /// "ACCESS EXCLUSIVE on public.person (1.2 M rows, 410 MB), table
    /// rewritten".
    pub fn describe(&self) -> String {
        let mut s = match &self.lock {
            Some(lock) => format!("{lock} on {}", self.object),
            None => format!("{} {}", self.kind, self.object),
        };
        let mut size = Vec::new();
        if let Some(rows) = self.rows {
            size.push(format!("{} rows", human_count(rows)));
        }
        if let Some(bytes) = self.bytes {
            size.push(human_bytes(bytes));
        }
        if !size.is_empty() && self.existing {
            s.push_str(&format!(" ({})", size.join(", ")));
        }
        let mut what = Vec::new();
        if self.created {
            what.push(format!("{} created", self.kind));
        }
        if self.dropped {
            what.push(format!("{} dropped", self.kind));
        }
        if self.rewritten {
            what.push(format!("{} rewritten", self.kind));
        }
        if self.undeclared {
            what.push("not declared".to_string());
        }
        if !what.is_empty() {
            s.push_str(", ");
            s.push_str(&what.join(", "));
        }
        s
    }
}

/// 1234567 → "1.2 M".
pub fn human_count(n: u64) -> String {
    match n {
        0..=9_999 => n.to_string(),
        10_000..=999_999 => format!("{:.1} k", n as f64 / 1e3),
        1_000_000..=999_999_999 => format!("{:.1} M", n as f64 / 1e6),
        _ => format!("{:.1} G", n as f64 / 1e9),
    }
}

/// 429916160 → "410 MB".
pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["bytes", "kB", "MB", "GB", "TB"];
    let mut v = n as f64;
    let mut unit = 0;
    while v >= 1024.0 && unit + 1 < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{n} bytes")
    } else if v < 10.0 {
        format!("{v:.1} {}", UNITS[unit])
    } else {
        format!("{v:.0} {}", UNITS[unit])
    }
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

    #[test]
    fn describes_a_touch_with_its_size() {
        let t = super::Touch {
            object: "public.person".into(),
            kind: "table".into(),
            owner: None,
            lock: Some("ACCESS EXCLUSIVE".into()),
            blocks_writes: true,
            blocks_reads: true,
            existing: true,
            created: false,
            dropped: false,
            rewritten: true,
            rows: Some(1_200_000),
            bytes: Some(410 << 20),
            undeclared: false,
        };
        assert_eq!(
            t.describe(),
            "ACCESS EXCLUSIVE on public.person (1.2 M rows, 410 MB), table rewritten"
        );
    }
}
