//! The state every guest `Store` carries: the call's bookkeeping, shared
//! by every interface, and the engine sessions lent to it.
//!
//! Each engine's host functions see the store through a view of their own
//! (as wasmtime's `wasi-config` does): the [`Call`] and that engine's
//! session, taken from [`HostState::view`]. The runtime never names an
//! engine; engines never see each other's state.

use std::time::{Duration, Instant};

use tidegate_core::capabilities::{Capabilities, Kind};
use tidegate_core::engine::{Session, Sessions};
use tidegate_core::journal::{LogLevel, LogLine, Statement, truncate};
use tidegate_core::metadata::EngineKind;

use super::bindings::latest::{log, types};
use types::HostError;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Metadata,
    Up,
    Down,
    Check,
}

/// The bookkeeping of one export call: what the guest may do, and what it
/// did.
pub struct Call {
    phase: Phase,
    engines: Vec<EngineKind>,
    /// What the module declared it touches; `None`: unscoped.
    scope: Option<Capabilities>,
    caps: Caps,
    pub(crate) journal: Vec<Statement>,
    pub(crate) journal_dropped: usize,
    pub(crate) logs: Vec<LogLine>,
    pub(crate) memory_limit: usize,
    pub(crate) memory_exceeded: bool,
    pub(crate) guest_budget: Duration,
    started: Instant,
    host_time: Duration,
    pub(crate) timed_out: bool,
    /// The module document a SQL or JSON module embeds; empty otherwise.
    source: std::sync::Arc<[u8]>,
}

impl Call {
    pub(crate) fn new(
        phase: Phase,
        engines: Vec<EngineKind>,
        scope: Option<Capabilities>,
        memory_limit: usize,
        guest_budget: Duration,
    ) -> Self {
        Call {
            phase,
            engines,
            scope,
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
            source: std::sync::Arc::from(&[][..]),
        }
    }

    /// Hand the guest the document its component embeds.
    pub(crate) fn with_source(mut self, source: Option<&std::sync::Arc<[u8]>>) -> Self {
        if let Some(s) = source {
            self.source = s.clone();
        }
        self
    }

    /// The embedded module document (`tidegate:module/source`).
    pub(crate) fn source(&self) -> &[u8] {
        &self.source
    }

    pub fn caps(&self) -> &Caps {
        &self.caps
    }

    /// `check` runs: the guest may only read.
    pub fn read_only(&self) -> bool {
        self.phase == Phase::Check
    }

    /// Refuse a write while `check` runs.
    pub fn check_writable(&self, what: &str) -> Result<(), HostError> {
        if self.read_only() {
            return Err(HostError::NotPermitted(format!(
                "`check` is read-only: it may not {what}"
            )));
        }
        Ok(())
    }

    /// Refuse a value over its size cap.
    pub fn check_size(&self, what: &str, bytes: usize, cap: usize) -> Result<(), HostError> {
        if bytes > cap {
            return Err(HostError::LimitExceeded(format!(
                "{what} is {bytes} bytes, over the {cap}-byte cap; work in batches"
            )));
        }
        Ok(())
    }

    /// Refuse a name outside the module's declared capabilities.
    pub fn in_scope(&self, kind: Kind, name: &str) -> Result<(), HostError> {
        match &self.scope {
            Some(scope) if !scope.allows(kind, name) => {
                Err(HostError::NotPermitted(scope.refusal(kind, name)))
            }
            _ => Ok(()),
        }
    }

    /// Where the running module declares its capabilities: a module that
    /// embeds a document is a SQL or JSON one.
    pub fn declared_in(&self) -> tidegate_core::capabilities::DeclaredIn {
        if self.source.is_empty() {
            tidegate_core::capabilities::DeclaredIn::CargoToml
        } else {
            tidegate_core::capabilities::DeclaredIn::ModuleToml
        }
    }

    /// The module's declared capabilities, if any.
    pub fn scope(&self) -> Option<&Capabilities> {
        self.scope.as_ref()
    }

    /// Check that the running migration may call `engine` now.
    pub fn permit(&self, engine: EngineKind) -> Result<(), HostError> {
        if self.phase == Phase::Metadata {
            return Err(HostError::NotPermitted(
                "metadata must be static: it may not call an engine".into(),
            ));
        }
        if !self.engines.contains(&engine) {
            return Err(HostError::NotPermitted(format!(
                "this migration did not declare the {engine} engine; add it to the engines in its metadata"
            )));
        }
        Ok(())
    }

    /// Journal one statement the guest issued, begun at `start`.
    #[allow(clippy::too_many_arguments)]
    pub fn record(
        &mut self,
        engine: EngineKind,
        text: String,
        params: usize,
        rows: Option<u64>,
        start: Instant,
        error: Option<&HostError>,
        note: Option<&str>,
    ) {
        let statement = Statement {
            engine,
            text,
            params,
            rows,
            elapsed_ms: start.elapsed().as_secs_f64() * 1000.0,
            error: error.map(describe_host_error),
            note: note.map(str::to_string),
            observed: Vec::new(),
        };
        if self.journal.len() < self.caps.journal_entries {
            self.journal.push(statement);
        } else {
            self.journal_dropped += 1;
        }
        tidegate_core::faults::statement_executed();
    }

    /// What the engine observed the last journalled statement touch.
    pub fn observed(&mut self, touches: Vec<tidegate_core::journal::Touch>) {
        // Over the journal's cap, the statement was not kept.
        if self.journal_dropped == 0
            && let Some(last) = self.journal.last_mut()
        {
            last.observed = touches;
        }
    }

    /// Time spent in guest code, excluding host calls.
    pub(crate) fn guest_time(&self) -> Duration {
        self.started.elapsed().saturating_sub(self.host_time)
    }
}

/// What a `Store` holds.
pub struct HostState {
    pub call: Call,
    /// The sessions of the engines the migration declared.
    pub sessions: Sessions,
}

impl HostState {
    /// The state of a store between calls: no sessions, and a call that
    /// reaches no engine, may not grow memory and has no guest time.
    pub(crate) fn idle() -> Self {
        HostState {
            call: Call::new(Phase::Metadata, Vec::new(), None, 0, Duration::ZERO),
            sessions: Sessions::default(),
        }
    }

    /// The view of engine `S`'s host functions: the call, and its session
    /// when one was lent.
    pub fn view<S: Session>(&mut self) -> View<'_, S> {
        let HostState { call, sessions } = self;
        View {
            call,
            session: sessions.get::<S>(),
        }
    }
}

/// One engine's view of the store.
pub struct View<'a, S> {
    pub call: &'a mut Call,
    pub session: Option<&'a mut S>,
}

impl<S> View<'_, S> {
    /// Run one host function of `engine`: check that the migration may call
    /// it and has a session (else `missing` says how to configure one), and
    /// count the time as host time, not guest time.
    pub async fn run<T>(
        &mut self,
        engine: EngineKind,
        missing: &str,
        f: impl AsyncFnOnce(&mut Call, &mut S) -> Result<T, HostError>,
    ) -> Result<T, HostError> {
        let start = Instant::now();
        self.call.permit(engine)?;
        let Some(session) = self.session.as_deref_mut() else {
            return Err(HostError::Unavailable(missing.to_string()));
        };
        let result = f(self.call, session).await;
        self.call.host_time += start.elapsed();
        result
    }
}

/// One line for a host error, as journals and reports show it.
pub fn describe_host_error(e: &HostError) -> String {
    match e {
        HostError::Database(d) => {
            let sqlstate = d.code.len() == 5
                && d.code.chars().all(|c| c.is_ascii_alphanumeric())
                && !d.code.chars().all(|c| c.is_ascii_digit());
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
        HostError::NotPermitted(m) => format!("not permitted: {m}"),
        HostError::LimitExceeded(m) => format!("limit exceeded: {m}"),
        HostError::Conversion(m) => format!("conversion: {m}"),
        HostError::Unavailable(m) => format!("unavailable: {m}"),
    }
}

impl wasmtime::ResourceLimiter for HostState {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        let ok = desired <= self.call.memory_limit;
        if !ok {
            self.call.memory_exceeded = true;
        }
        Ok(ok)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
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
        let call = &mut self.call;
        if call.logs.len() >= call.caps.log_lines {
            return;
        }
        let level = match level {
            log::Level::Debug => LogLevel::Debug,
            log::Level::Info => LogLevel::Info,
            log::Level::Warn => LogLevel::Warn,
        };
        let message = truncate(message, call.caps.log_message_bytes);
        tracing::debug!(target: "tidegate::guest", ?level, "{message}");
        call.logs.push(LogLine { level, message });
    }
}
