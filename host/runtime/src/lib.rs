//! The wasm sandbox: verifies, compiles, caches, instantiates and runs
//! migration components with a memory limit, a guest-time deadline and
//! size caps on every value the guest hands over.
//!
//! - [`bindings`]: one module per WIT API version, frozen once released;
//! - [`inspect`] and [`policy`]: what a component may import and export;
//! - [`state`]: the store's state and the per-engine views host functions
//!   work through;
//! - [`driver`]: how an engine crate plugs in: it links its own interfaces
//!   (every API version that has them) and opens its targets;
//! - [`project`]: a project's components verified against the lock and
//!   loaded; [`build`]: module crates compiled to components.

pub mod bindings;
pub mod build;
mod cache;
pub mod declarative;
pub mod driver;
pub mod inspect;
pub mod policy;
pub mod project;
pub mod runner;
pub mod state;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tidegate_core::config::SandboxConfig;
use tidegate_core::digest::Digest;
use tidegate_core::engine::Sessions;
use tidegate_core::error::{Classify, ExitClass};
use tidegate_core::journal::{LogLine, Statement, truncate};
use tidegate_core::metadata::{EngineKind, Metadata, MetadataError};
use wasmtime::component::{Component, HasSelf, Linker};
use wasmtime::{
    Config, Engine, InstanceAllocationStrategy, PoolingAllocationConfig, Store, UpdateDeadline,
};

use self::bindings::{latest, v0_1_0};
use self::cache::ArtifactCache;
pub use self::driver::Driver;
pub use self::inspect::{InspectError, Inspection, inspect, inspect_validated};
use self::state::{Call, HostState, Phase, describe_host_error};
pub use tidegate_core::journal::CheckResult;

/// How often the epoch advances; the granularity of the guest deadline.
const TICK: Duration = Duration::from_millis(10);

/// Errors loading or running a component. Each names the migration.
#[derive(Debug, Clone, thiserror::Error)]
pub enum RuntimeError {
    #[error("cannot set up the wasm engine: {0}")]
    Engine(String),
    #[error("cannot link the {engine} interfaces: {message}")]
    Link { engine: EngineKind, message: String },
    /// Our own typed problem, part of the message (not a cause).
    #[error("component {name} {problem}")]
    Inspect { name: String, problem: InspectError },
    #[error("component {name} failed to compile: {message}; rebuild it with `tidegate build`")]
    Compile { name: String, message: String },
    #[error("component {name} failed to instantiate: {message}")]
    Instantiate { name: String, message: String },
    #[error("migration {name}: metadata {problem}")]
    Metadata {
        name: String,
        problem: MetadataError,
    },
    #[error(
        "migration {name} ran for more than {limit:?} of guest compute time and was stopped; fix the loop, or raise sandbox.guest_timeout if the work is expected"
    )]
    Timeout { name: String, limit: Duration },
    #[error(
        "migration {name} exceeded its memory limit of {limit_mib} MiB and was stopped; process data in batches, or raise sandbox.memory_limit_mib"
    )]
    Memory { name: String, limit_mib: usize },
    #[error("migration {name} trapped{}: {message}", panic.as_ref().map(|p| format!(" ({p})")).unwrap_or_default())]
    Trap {
        name: String,
        message: String,
        panic: Option<String>,
    },
    #[error("migration {name} failed: {message}")]
    Failed { name: String, message: String },
}

impl Classify for RuntimeError {
    fn class(&self) -> ExitClass {
        match self {
            RuntimeError::Inspect { .. } | RuntimeError::Metadata { .. } => ExitClass::Verify,
            _ => ExitClass::Failed,
        }
    }
}

/// The outcome of one export call, with everything the host captured.
pub struct RunOutcome {
    pub result: Result<Option<Vec<CheckResult>>, RuntimeError>,
    /// The sessions, handed back so the caller can commit or roll back.
    pub sessions: Sessions,
    pub statements: Vec<Statement>,
    pub statements_dropped: usize,
    pub logs: Vec<LogLine>,
    pub elapsed: Duration,
    pub guest_time: Duration,
}

impl RunOutcome {
    /// A call that never reached the guest.
    pub fn refused(error: RuntimeError) -> Self {
        RunOutcome {
            result: Err(error),
            sessions: Sessions::default(),
            statements: Vec::new(),
            statements_dropped: 0,
            logs: Vec::new(),
            elapsed: Duration::ZERO,
            guest_time: Duration::ZERO,
        }
    }
}

/// Which export to call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Up,
    Down,
    Check,
}

/// A compiled component, ready to instantiate.
pub struct LoadedModule {
    pub name: String,
    pub digest: Digest,
    pub inspection: Inspection,
    pub from_cache: bool,
    pub load_time: Duration,
    /// This host's runner with a module document: what its
    /// `get-metadata` answers is read from the document.
    on_runner: bool,
    pre: Pre,
}

/// An instantiable component of one supported API version.
#[derive(Clone)]
enum Pre {
    V0_1_0(v0_1_0::MigrationModulePre<HostState>),
    V0_2_0(latest::MigrationModulePre<HostState>),
}

enum Export {
    Metadata,
    Up,
    Down,
    Check,
}

enum Answer {
    Metadata(latest::types::Metadata),
    Done(Result<Option<Vec<latest::types::CheckResult>>, latest::types::MigrationError>),
}

impl Pre {
    /// The engine it was compiled for.
    fn engine(&self) -> &Engine {
        match self {
            Pre::V0_1_0(pre) => pre.engine(),
            Pre::V0_2_0(pre) => pre.engine(),
        }
    }

    /// A fresh instance in `store`.
    async fn instantiate(&self, store: &mut Store<HostState>) -> wasmtime::Result<Live> {
        Ok(match self {
            Pre::V0_1_0(pre) => Live::V0_1_0(pre.instantiate_async(&mut *store).await?),
            Pre::V0_2_0(pre) => Live::V0_2_0(pre.instantiate_async(&mut *store).await?),
        })
    }
}

/// An instance of one supported API version.
enum Live {
    V0_1_0(v0_1_0::MigrationModule),
    V0_2_0(latest::MigrationModule),
}

impl Live {
    /// Call one export, converting the answer to the latest API's types.
    async fn call(&self, store: &mut Store<HostState>, export: Export) -> wasmtime::Result<Answer> {
        macro_rules! call {
            ($instance:expr) => {{
                let guest = $instance.tidegate_migration_migration();
                match export {
                    Export::Metadata => {
                        Answer::Metadata(guest.call_get_metadata(&mut *store).await?.into())
                    }
                    Export::Up => Answer::Done(
                        guest
                            .call_up(&mut *store)
                            .await?
                            .map(|()| None)
                            .map_err(Into::into),
                    ),
                    Export::Down => Answer::Done(
                        guest
                            .call_down(&mut *store)
                            .await?
                            .map(|()| None)
                            .map_err(Into::into),
                    ),
                    Export::Check => Answer::Done(
                        guest
                            .call_check(&mut *store)
                            .await?
                            .map(|cs| Some(cs.into_iter().map(Into::into).collect()))
                            .map_err(Into::into),
                    ),
                }
            }};
        }
        Ok(match self {
            Live::V0_1_0(instance) => call!(instance),
            Live::V0_2_0(instance) => call!(instance),
        })
    }
}

/// The instance of a SQL or JSON module whose `up` succeeded, kept for its
/// check (see [`Runtime::run_keeping`]).
pub struct Kept {
    store: Store<HostState>,
    live: Live,
}

pub struct Runtime {
    sandbox: SandboxConfig,
    cache_dir: Option<PathBuf>,
    drivers: Vec<Arc<dyn Driver>>,
    /// Made when the first component loads: a run with nothing to execute
    /// never builds the engine, its instance pool and its linker.
    wasm: std::sync::OnceLock<Result<Wasm, RuntimeError>>,
    /// The runner of SQL and JSON modules, compiled once and shared by all.
    runner: std::sync::OnceLock<Result<(Pre, bool, Inspection), RuntimeError>>,
    /// This machine's key in the cache folder, read on first use; why
    /// there is none.
    seal: std::sync::OnceLock<Result<tidegate_core::seal::Seal, String>>,
}

/// The wasm engine, its linker with every interface of this host, the
/// precompiled cache and the epoch ticker.
struct Wasm {
    engine: Engine,
    linker: Linker<HostState>,
    cache: Option<ArtifactCache>,
    ticker: Arc<AtomicBool>,
}

impl Drop for Wasm {
    fn drop(&mut self) {
        self.ticker.store(true, Ordering::Relaxed);
    }
}

impl Wasm {
    /// `cache`: the cache folder and its key (or why there is none).
    fn new(
        sandbox: &SandboxConfig,
        cache: Option<(PathBuf, Result<&tidegate_core::seal::Seal, &String>)>,
        drivers: &[Arc<dyn Driver>],
    ) -> Result<Wasm, RuntimeError> {
        let mut config = Config::new();
        config.epoch_interruption(true);
        config.wasm_component_model(true);
        config.max_wasm_stack(1 << 20);
        config.async_stack_size(2 << 20);
        config.allocation_strategy(InstanceAllocationStrategy::Pooling(pool(sandbox)));
        let engine = Engine::new(&config).map_err(|e| RuntimeError::Engine(e.to_string()))?;
        let mut linker = Linker::new(&engine);
        // The engine-neutral interfaces; each engine links its own.
        v0_1_0::tidegate::migration::types::add_to_linker::<HostState, HasSelf<HostState>>(
            &mut linker,
            |s| s,
        )
        .and_then(|()| {
            v0_1_0::tidegate::migration::log::add_to_linker::<HostState, HasSelf<HostState>>(
                &mut linker,
                |s| s,
            )
        })
        .and_then(|()| {
            latest::tidegate::migration::types::add_to_linker::<HostState, HasSelf<HostState>>(
                &mut linker,
                |s| s,
            )
        })
        .and_then(|()| {
            latest::tidegate::migration::log::add_to_linker::<HostState, HasSelf<HostState>>(
                &mut linker,
                |s| s,
            )
        })
        .and_then(|()| runner::link(&mut linker))
        .map_err(|e| RuntimeError::Engine(e.to_string()))?;
        for d in drivers {
            d.link(&mut linker).map_err(|e| RuntimeError::Link {
                engine: d.kind(),
                message: format!("{e:#}"),
            })?;
        }

        let stop = Arc::new(AtomicBool::new(false));
        let weak = engine.weak();
        let flag = stop.clone();
        std::thread::Builder::new()
            .name("tidegate-epoch".into())
            .spawn(move || {
                while !flag.load(Ordering::Relaxed) {
                    std::thread::sleep(TICK);
                    match weak.upgrade() {
                        Some(engine) => engine.increment_epoch(),
                        None => break,
                    }
                }
            })
            .map_err(|e| RuntimeError::Engine(e.to_string()))?;

        let cache = match cache {
            Some((dir, Ok(seal))) => Some(ArtifactCache::new(dir, seal.clone(), &engine)),
            Some((_, Err(e))) => {
                tracing::warn!("precompiled cache disabled: {e}");
                None
            }
            None => None,
        };
        Ok(Wasm {
            engine,
            linker,
            cache,
            ticker: stop,
        })
    }
}

impl Runtime {
    /// `cache_dir`: where precompiled artifacts live; `None` compiles every
    /// time. `drivers`: the engines this host runs; each links its own
    /// interfaces. The wasm engine is built when the first component loads,
    /// and a problem building it is that load's error.
    pub fn new(
        sandbox: SandboxConfig,
        cache_dir: Option<PathBuf>,
        drivers: Vec<Arc<dyn Driver>>,
    ) -> Self {
        Runtime {
            sandbox,
            cache_dir,
            drivers,
            wasm: std::sync::OnceLock::new(),
            runner: std::sync::OnceLock::new(),
            seal: std::sync::OnceLock::new(),
        }
    }

    /// This machine's key, kept in the cache folder: what the files this
    /// host writes for itself (the lock's parsed copy, the source index)
    /// are sealed with. `None` without a cache folder, or when its key
    /// cannot be read or made; those files are then neither read nor
    /// written.
    pub fn seal(&self) -> Option<&tidegate_core::seal::Seal> {
        self.sealed().ok()
    }

    /// The key, opened once for the local caches and the precompiled
    /// artifacts alike; without a cache folder, why there is none.
    fn sealed(&self) -> Result<&tidegate_core::seal::Seal, &String> {
        self.seal
            .get_or_init(|| {
                let dir = self
                    .cache_dir
                    .as_deref()
                    .ok_or_else(|| "no cache folder".to_string())?;
                tidegate_core::seal::Seal::open(dir).map_err(|e| {
                    tracing::debug!("no key in {}: {e}", dir.display());
                    e.to_string()
                })
            })
            .as_ref()
    }

    /// The engine and linker, made on first use.
    fn wasm(&self) -> Result<&Wasm, RuntimeError> {
        self.wasm
            .get_or_init(|| {
                Wasm::new(
                    &self.sandbox,
                    self.cache_dir.clone().map(|dir| (dir, self.sealed())),
                    &self.drivers,
                )
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    pub fn sandbox(&self) -> &SandboxConfig {
        &self.sandbox
    }

    /// The engines this host runs.
    pub fn drivers(&self) -> &[Arc<dyn Driver>] {
        &self.drivers
    }

    /// The driver of `kind`, when this host runs it.
    pub fn driver(&self, kind: EngineKind) -> Option<&Arc<dyn Driver>> {
        self.drivers.iter().find(|d| d.kind() == kind)
    }

    /// Inspect, then compile (or load from the precompiled cache).
    pub fn load(&self, name: &str, bytes: &[u8]) -> Result<LoadedModule, RuntimeError> {
        self.load_digested(name, bytes, runner::digest(bytes))
    }

    /// [`Runtime::load`] for a caller that has already hashed `bytes`
    /// (verification against the lock does), so that they are hashed once.
    pub fn load_digested(
        &self,
        name: &str,
        bytes: &[u8],
        digest: Digest,
    ) -> Result<LoadedModule, RuntimeError> {
        let start = Instant::now();
        if runner::is_runner(bytes) {
            // The runner was inspected (and its code validated) when it was
            // compiled, and these bytes are the runner followed by custom
            // sections only: its inspection with their documents is this
            // module's, without parsing the runner again.
            // Compiled earlier in this process counts as cached.
            let shared = self.runner.get().is_some();
            let (pre, cached, base) = self
                .runner
                .get_or_init(|| {
                    self.compile(
                        "the SQL/JSON module runner",
                        runner::RUNNER,
                        Digest::of(runner::RUNNER),
                    )
                })
                .clone()?;
            let inspection = inspect::with_custom_sections(&base, &bytes[runner::RUNNER.len()..])
                .and_then(|i| i.check_source().map(|()| i))
                .map_err(|problem| RuntimeError::Inspect {
                    name: name.into(),
                    problem,
                })?;
            return Ok(LoadedModule {
                name: name.into(),
                digest,
                inspection,
                from_cache: shared || cached,
                load_time: start.elapsed(),
                on_runner: true,
                pre,
            });
        }
        let (pre, from_cache, inspection) = self.compile(name, bytes, digest)?;
        inspection
            .check_source()
            .map_err(|problem| RuntimeError::Inspect {
                name: name.into(),
                problem,
            })?;
        Ok(LoadedModule {
            name: name.into(),
            digest,
            inspection,
            from_cache,
            load_time: start.elapsed(),
            on_runner: false,
            pre,
        })
    }

    /// Compile `bytes` (or load them from the precompiled cache) and
    /// prepare their instantiation; true when they came from the cache.
    fn compile(
        &self,
        name: &str,
        bytes: &[u8],
        digest: Digest,
    ) -> Result<(Pre, bool, Inspection), RuntimeError> {
        let wasm = self.wasm()?;
        let cached = wasm
            .cache
            .as_ref()
            .and_then(|c| c.get(&wasm.engine, &digest));
        let from_cache = cached.is_some();
        // A cached artifact's MAC covers the digest of bytes that passed the
        // full inspection before they were compiled: validating them again
        // would only repeat it. The policy checks run either way.
        let inspection = if from_cache {
            inspect_validated(bytes)
        } else {
            inspect(bytes)
        }
        .map_err(|problem| RuntimeError::Inspect {
            name: name.into(),
            problem,
        })?;
        let component = match cached {
            Some(c) => c,
            None => {
                let c = Component::new(&wasm.engine, bytes).map_err(|e| RuntimeError::Compile {
                    name: name.into(),
                    message: format!("{e:#}"),
                })?;
                if let Some(Err(e)) = wasm.cache.as_ref().map(|cache| cache.put(&digest, &c)) {
                    tracing::warn!("cannot write precompiled artifact for {name}: {e}");
                }
                c
            }
        };
        let mut linker = wasm.linker.clone();
        // Only the inert WASI imports allowed by the policy remain unknown.
        linker
            .define_unknown_imports_as_traps(&component)
            .map_err(|e| RuntimeError::Instantiate {
                name: name.into(),
                message: format!("{e:#}"),
            })?;
        let pre = linker
            .instantiate_pre(&component)
            .and_then(|pre| match inspection.api_version.as_str() {
                "0.1.0" => v0_1_0::MigrationModulePre::new(pre).map(Pre::V0_1_0),
                _ => latest::MigrationModulePre::new(pre).map(Pre::V0_2_0),
            })
            .map_err(|e| RuntimeError::Instantiate {
                name: name.into(),
                message: format!("{e:#}"),
            })?;
        Ok((pre, from_cache, inspection))
    }

    fn store(&self, module: &LoadedModule, state: HostState) -> Store<HostState> {
        let mut store = Store::new(module.pre.engine(), state);
        store.limiter(|s| s as &mut dyn wasmtime::ResourceLimiter);
        store.set_epoch_deadline(1);
        store.epoch_deadline_callback(|mut ctx| {
            let call = &ctx.data().call;
            if call.guest_time() > call.guest_budget {
                ctx.data_mut().call.timed_out = true;
                Ok(UpdateDeadline::Interrupt)
            } else {
                Ok(UpdateDeadline::Yield(1))
            }
        });
        store
    }

    /// The module's metadata, as its `get-metadata` answers it (a phased
    /// migration's as [`phased_metadata`] completes it), validated.
    /// A SQL or JSON module is this host's runner, whose answer is its
    /// embedded document's (`guest-sdk/runner`, [`runner::metadata`]): it
    /// is read from the document, without an instance. A document the
    /// host cannot read is left to the runner, which refuses it.
    pub async fn metadata(&self, module: &LoadedModule) -> Result<Metadata, RuntimeError> {
        match module
            .inspection
            .source
            .as_deref()
            .filter(|_| module.on_runner)
            .and_then(runner::metadata)
        {
            Some(meta) => {
                let meta = phased_metadata(meta, &module.inspection);
                meta.validate().map_err(|problem| RuntimeError::Metadata {
                    name: module.name.clone(),
                    problem,
                })?;
                Ok(meta)
            }
            None => self.guest_metadata(module).await,
        }
    }

    /// Call `get-metadata` and validate the answer.
    pub async fn guest_metadata(&self, module: &LoadedModule) -> Result<Metadata, RuntimeError> {
        let call = Call::new(
            Phase::Metadata,
            Vec::new(),
            None,
            self.sandbox.memory_limit,
            self.sandbox.guest_timeout,
        )
        .with_source(module.inspection.source.as_ref());
        let mut store = self.store(
            module,
            HostState {
                call,
                sessions: Sessions::default(),
            },
        );
        let answer = match module.pre.instantiate(&mut store).await {
            Ok(live) => live.call(&mut store, Export::Metadata).await,
            Err(e) => Err(e),
        };
        let meta = match answer {
            Ok(Answer::Metadata(m)) => m,
            Ok(Answer::Done(_)) => unreachable!("get-metadata answers with metadata"),
            Err(e) => return Err(self.classify_trap(&module.name, &store.data().call, e)),
        };
        let meta = Metadata {
            id: meta.id,
            version: meta.version,
            description: meta.description,
            engines: meta.engines.into_iter().map(engine_kind).collect(),
            reversible: meta.reversible,
            transactional: meta.transactional,
        };
        let meta = phased_metadata(meta, &module.inspection);
        meta.validate().map_err(|problem| RuntimeError::Metadata {
            name: module.name.clone(),
            problem,
        })?;
        Ok(meta)
    }

    /// Run one export of a migration with the given sessions, in a fresh
    /// instance.
    pub async fn run(
        &self,
        module: &LoadedModule,
        meta: &Metadata,
        step: Step,
        sessions: Sessions,
    ) -> RunOutcome {
        self.run_keeping(module, meta, step, sessions, None).await.0
    }

    /// [`Runtime::run`], in `kept` when given, else in a fresh instance.
    /// After a successful `up` of a SQL or JSON module, the instance is
    /// handed back, to run the check in: the runner's only state is its
    /// embedded document, read once per instance, so the check behaves as
    /// in a fresh instance and one instance per migration is saved. The
    /// call itself starts afresh: a new guest-time budget and value caps,
    /// its own statement journal and logs, the memory limit unchanged.
    /// A Rust module keeps nothing: what its `up` left in its memory
    /// cannot reach its check.
    pub async fn run_keeping(
        &self,
        module: &LoadedModule,
        meta: &Metadata,
        step: Step,
        sessions: Sessions,
        kept: Option<Kept>,
    ) -> (RunOutcome, Option<Kept>) {
        let (phase, export) = match step {
            Step::Up => (Phase::Up, Export::Up),
            Step::Down => (Phase::Down, Export::Down),
            Step::Check => (Phase::Check, Export::Check),
        };
        let call = Call::new(
            phase,
            meta.engines.clone(),
            module.inspection.capabilities.clone(),
            self.sandbox.memory_limit,
            self.sandbox.guest_timeout,
        )
        .with_source(module.inspection.source.as_ref());
        let state = HostState { call, sessions };
        let start = Instant::now();
        let (mut store, live) = match kept {
            Some(Kept { mut store, live }) => {
                *store.data_mut() = state;
                store.set_epoch_deadline(1);
                (store, Ok(live))
            }
            None => {
                let mut store = self.store(module, state);
                let live = module.pre.instantiate(&mut store).await;
                (store, live)
            }
        };
        let (result, live) = match live {
            Ok(live) => (live.call(&mut store, export).await, Some(live)),
            Err(e) => (Err(e), None),
        };
        let elapsed = start.elapsed();
        let keep =
            module.on_runner && step == Step::Up && matches!(result, Ok(Answer::Done(Ok(_))));
        let result = match result {
            Err(trap) => Err(self.classify_trap(&meta.id, &store.data().call, trap)),
            Ok(Answer::Metadata(_)) => unreachable!("up, down and check answer with a result"),
            Ok(Answer::Done(Err(e))) => Err(RuntimeError::Failed {
                name: meta.id.clone(),
                message: describe_migration_error(&e),
            }),
            Ok(Answer::Done(Ok(checks))) => Ok(checks.map(|cs| {
                cs.into_iter()
                    .take(1000)
                    .map(|c| CheckResult {
                        name: truncate(c.name, 200),
                        passed: c.passed,
                        detail: truncate(c.detail, 2000),
                    })
                    .collect()
            })),
        };
        let guest_time = store.data().call.guest_time();
        let (HostState { call, sessions }, kept) = match live.filter(|_| keep) {
            // Until its next call, the kept instance holds no sessions and
            // a call that allows nothing.
            Some(live) => (
                std::mem::replace(store.data_mut(), HostState::idle()),
                Some(Kept { store, live }),
            ),
            None => (store.into_data(), None),
        };
        let out = RunOutcome {
            result,
            sessions,
            statements: call.journal,
            statements_dropped: call.journal_dropped,
            logs: call.logs,
            elapsed,
            guest_time,
        };
        (out, kept)
    }

    fn classify_trap(&self, name: &str, state: &Call, e: wasmtime::Error) -> RuntimeError {
        let limit_mib = self.sandbox.memory_limit >> 20;
        if state.timed_out {
            return RuntimeError::Timeout {
                name: name.into(),
                limit: state.guest_budget,
            };
        }
        if state.memory_exceeded {
            return RuntimeError::Memory {
                name: name.into(),
                limit_mib,
            };
        }
        let panic = state
            .logs
            .iter()
            .rev()
            .find(|l| l.message.starts_with("migration panicked"))
            .map(|l| l.message.clone());
        let message = match e.downcast_ref::<wasmtime::Trap>() {
            Some(wasmtime::Trap::UnreachableCodeReached) if panic.is_some() => {
                "the guest panicked".to_string()
            }
            // Rust guests keep their stack in linear memory: overflowing it
            // reads below address 0.
            Some(trap @ wasmtime::Trap::MemoryOutOfBounds) => {
                format!(
                    "{trap}; a bug in the module, most often unbounded recursion overflowing its stack"
                )
            }
            Some(trap @ wasmtime::Trap::StackOverflow) => {
                format!("{trap}; the module recursed too deeply")
            }
            Some(trap) => format!("{trap}"),
            None => format!("{e:#}"),
        };
        let message = if message.contains("unknown import") || message.contains("wasi:") {
            format!(
                "{message}; the sandbox offers no WASI (stdio, environment, files, clocks): use tidegate_guest::log for output"
            )
        } else {
            message
        };
        RuntimeError::Trap {
            name: name.into(),
            message: truncate(message, 2000),
            panic,
        }
    }
}

/// Instances, memories and async stacks come from a pool that is reserved
/// once, instead of being mapped and unmapped for every instance (three
/// per Rust migration: metadata, up, check; one per SQL or JSON module,
/// whose metadata is read from its document and whose check runs in the
/// instance of its `up`). A run uses one instance at a time;
/// the pool has room for a few runs sharing a runtime. Memories are capped
/// at the sandbox's limit (the store's limiter refuses growth past it
/// first, with its own error).
fn pool(sandbox: &SandboxConfig) -> PoolingAllocationConfig {
    const INSTANCES: u32 = 16;
    let mut pool = PoolingAllocationConfig::new();
    pool.total_component_instances(INSTANCES)
        .total_core_instances(INSTANCES * 16)
        .total_memories(INSTANCES * 2)
        .total_tables(INSTANCES * 8)
        .total_stacks(INSTANCES)
        .max_memory_size(
            sandbox
                .memory_limit
                .next_multiple_of(64 << 10)
                .clamp(64 << 10, 1 << 32),
        );
    pool
}

fn engine_kind(e: latest::types::Engine) -> EngineKind {
    match e {
        latest::types::Engine::Postgres => EngineKind::Postgres,
        latest::types::Engine::Mongodb => EngineKind::Mongodb,
        latest::types::Engine::Elasticsearch => EngineKind::Elasticsearch,
    }
}

fn describe_migration_error(e: &latest::types::MigrationError) -> String {
    use latest::types::MigrationError as E;
    let s = match e {
        E::Host(h) => describe_host_error(h),
        E::Precondition(m) => format!("precondition: {m}"),
        E::Irreversible(m) => format!("irreversible: {m}"),
        E::Other(m) => m.clone(),
    };
    truncate(s, 8192)
}

/// A phased migration's metadata: its engines are those of its operations,
/// and it runs outside a transaction (its phases converge when run again).
/// It has no `down`: `tidegate rollback` undoes its start while it is in
/// flight, and once completed it is undone by a new migration. Any other
/// migration's is unchanged.
pub fn phased_metadata(meta: Metadata, inspection: &inspect::Inspection) -> Metadata {
    match &inspection.phases {
        Some(phases) => Metadata {
            engines: phases.engines(),
            transactional: false,
            reversible: false,
            ..meta
        },
        None => meta,
    }
}
