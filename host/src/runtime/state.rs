//! The one state struct every guest `Store` carries.

use std::time::{Duration, Instant};

use serde::Serialize;

use super::bindings::latest::{log, types};
use crate::engine::Sessions;
use crate::metadata::EngineKind;

/// Size caps on everything a guest hands the host.
#[derive(Debug, Clone)]
pub struct Caps {
    pub statement_bytes: usize,
    pub params: usize,
    pub param_bytes: usize,
    pub result_bytes: usize,
    pub result_rows: usize,
    pub log_message_bytes: usize,
    pub log_lines: usize,
    pub journal_entries: usize,
}

impl Default for Caps {
    fn default() -> Self {
        Caps {
            statement_bytes: 1 << 20,
            params: 4096,
            param_bytes: 64 << 20,
            result_bytes: 64 << 20,
            result_rows: 1_000_000,
            log_message_bytes: 16 << 10,
            log_lines: 10_000,
            journal_entries: 100_000,
        }
    }
}

/// Which export is running; decides what the guest may call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    Metadata,
    Up,
    Down,
    Check,
}

/// One statement the guest issued, as the host ran it.
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

pub struct HostState {
    pub(crate) phase: Phase,
    pub(crate) engines: Vec<EngineKind>,
    /// What the module declared it touches; `None`: unscoped.
    pub(crate) scope: Option<crate::capabilities::Capabilities>,
    pub(crate) sessions: Sessions,
    pub(crate) caps: Caps,
    pub(crate) journal: Vec<Statement>,
    pub(crate) journal_dropped: usize,
    pub(crate) logs: Vec<LogLine>,
    pub(crate) memory_limit: usize,
    pub(crate) memory_exceeded: bool,
    pub(crate) guest_budget: Duration,
    pub(crate) started: Instant,
    pub(crate) host_time: Duration,
    pub(crate) timed_out: bool,
}

impl HostState {
    pub(crate) fn new(phase: Phase, engines: Vec<EngineKind>, sessions: Sessions, memory_limit: usize, guest_budget: Duration) -> Self {
        HostState {
            phase,
            engines,
            scope: None,
            sessions,
            caps: Caps::default(),
            journal: Vec::new(),
            journal_dropped: 0,
            logs: Vec::new(),
            memory_limit,
            memory_exceeded: false,
            guest_budget,
            started: Instant::now(),
            host_time: Duration::ZERO,
            timed_out: false,
        }
    }

    /// Time spent in guest code, excluding host calls.
    pub(crate) fn guest_time(&self) -> Duration {
        self.started.elapsed().saturating_sub(self.host_time)
    }

    /// Journal one call the guest made.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn journal_entry(
        &mut self,
        engine: EngineKind,
        text: String,
        params: usize,
        rows: Option<u64>,
        start: Instant,
        error: Option<&types::HostError>,
        note: Option<&str>,
    ) {
        self.record(Statement {
            engine,
            text,
            params,
            rows,
            elapsed_ms: start.elapsed().as_secs_f64() * 1000.0,
            error: error.map(describe_host_error),
            note: note.map(str::to_string),
        });
    }

    pub(crate) fn record(&mut self, statement: Statement) {
        if self.journal.len() < self.caps.journal_entries {
            self.journal.push(statement);
        } else {
            self.journal_dropped += 1;
        }
    }

    /// Check that the running migration may call `engine` now.
    /// Refuse a name outside the module's declared capabilities.
    pub(crate) fn in_scope(&self, kind: crate::capabilities::Kind, name: &str) -> Result<(), types::HostError> {
        match &self.scope {
            Some(scope) if !scope.allows(kind, name) => Err(types::HostError::NotPermitted(scope.refusal(kind, name))),
            _ => Ok(()),
        }
    }

    pub(crate) fn permit(&self, engine: EngineKind) -> Result<(), types::HostError> {
        if self.phase == Phase::Metadata {
            return Err(types::HostError::NotPermitted(
                "metadata must be static: it may not call an engine".into(),
            ));
        }
        if !self.engines.contains(&engine) {
            return Err(types::HostError::NotPermitted(format!(
                "this migration did not declare the {engine} engine; add it to the engines in its metadata"
            )));
        }
        Ok(())
    }
}

/// One line for a host error, as journals and reports show it.
pub fn describe_host_error(e: &types::HostError) -> String {
    match e {
        types::HostError::Database(d) => {
            let sqlstate = d.code.len() == 5 && d.code.chars().all(|c| c.is_ascii_alphanumeric()) && !d.code.chars().all(|c| c.is_ascii_digit());
            let mut s = match (d.code.is_empty(), sqlstate) {
                (true, _) => d.message.clone(),
                (false, true) => format!("{} (SQLSTATE {})", d.message, d.code),
                (false, false) => format!("{} (code {})", d.message, d.code),
            };
            if let Some(detail) = &d.detail {
                s.push_str(&format!("; {detail}"));
            }
            if let Some(hint) = &d.hint {
                s.push_str(&format!("; hint: {hint}"));
            }
            s
        }
        types::HostError::NotPermitted(m) => format!("not permitted: {m}"),
        types::HostError::LimitExceeded(m) => format!("limit exceeded: {m}"),
        types::HostError::Conversion(m) => format!("conversion: {m}"),
        types::HostError::Unavailable(m) => format!("unavailable: {m}"),
    }
}

/// Truncate to at most `max` bytes on a char boundary, saying so.
pub(crate) fn truncate(mut s: String, max: usize) -> String {
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

impl wasmtime::ResourceLimiter for HostState {
    fn memory_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        let ok = desired <= self.memory_limit;
        if !ok {
            self.memory_exceeded = true;
        }
        Ok(ok)
    }

    fn table_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        Ok(desired <= 100_000)
    }

    fn instances(&self) -> usize {
        32
    }

    fn tables(&self) -> usize {
        32
    }

    fn memories(&self) -> usize {
        4
    }
}

impl types::Host for HostState {}

impl log::Host for HostState {
    async fn log(&mut self, level: log::Level, message: String) {
        if self.logs.len() >= self.caps.log_lines {
            return;
        }
        let level = match level {
            log::Level::Debug => LogLevel::Debug,
            log::Level::Info => LogLevel::Info,
            log::Level::Warn => LogLevel::Warn,
        };
        let message = truncate(message, self.caps.log_message_bytes);
        tracing::debug!(target: "tidegate::guest", ?level, "{message}");
        self.logs.push(LogLine { level, message });
    }
}
