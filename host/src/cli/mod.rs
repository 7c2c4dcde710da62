//! Command-line parsing, shared set-up and exit codes. One file per
//! subcommand.

mod apply;
mod bench;
mod build;
mod down;
mod health;
mod keygen;
mod lint;
mod new;
mod plan;
mod report;
mod resolve;
mod sign;
mod status;
mod test;
mod verify;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use tidegate::config::{parse_duration, Config, Overrides};
use tidegate::engine::elasticsearch::EsError;
use tidegate::engine::lease::LeaseError;
use tidegate::engine::mongodb::MongoError;
use tidegate::engine::postgres::lock::LockError;
use tidegate::engine::postgres::PgError;
use tidegate::planner::PlanError;
use tidegate::project::{Project, ProjectError};
use tidegate::report::Format;
use tidegate::runtime::Runtime;

/// Exit codes, documented in the README.
pub mod exit {
    /// A migration, dry run or check failed, or lint found what `--fail-on` names.
    pub const FAILED: u8 = 1;
    /// Bad flags or configuration.
    pub const USAGE: u8 = 2;
    /// A component or source did not verify against tidegate.lock.
    pub const VERIFY: u8 = 3;
    /// The database needs a decision: a failed, interrupted or modified migration.
    pub const BLOCKED: u8 = 4;
    /// Another run holds the migration lock.
    pub const LOCKED: u8 = 5;
    /// The database could not be reached.
    pub const UNREACHABLE: u8 = 6;
}

const EXIT_CODES: &str = "Exit codes: 0 ok · 1 a migration, dry run or check failed, or lint found what --fail-on names · 2 bad flags or configuration · \
3 verification failed · 4 blocked by a failed, interrupted or modified migration (see `tidegate resolve`) · \
5 another run holds the lock · 6 database unreachable";

#[derive(Parser)]
#[command(name = "tidegate", version, about = "Database migrations as sandboxed, verified WebAssembly components.", after_help = EXIT_CODES)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(clap::Args, Clone)]
pub struct Global {
    /// Configuration file [default: ./tidegate.toml when present].
    #[arg(long, global = true, env = "TIDEGATE_CONFIG")]
    pub config: Option<PathBuf>,
    /// Folder of module crates [default: modules].
    #[arg(long, global = true)]
    pub modules: Option<PathBuf>,
    /// Lock file [default: tidegate.lock].
    #[arg(long, global = true)]
    pub lock: Option<PathBuf>,
    /// Folder of built components [default: target/tidegate].
    #[arg(long, global = true)]
    pub components: Option<PathBuf>,
    /// PostgreSQL URL. The password is never printed.
    #[arg(long, global = true, env = "TIDEGATE_POSTGRES_URL", hide_env_values = true)]
    pub postgres_url: Option<String>,
    /// MongoDB URL, naming the database in its path. The password is never printed.
    #[arg(long, global = true, env = "TIDEGATE_MONGODB_URL", hide_env_values = true)]
    pub mongodb_url: Option<String>,
    /// Elasticsearch or OpenSearch URL. The password is never printed.
    #[arg(long, global = true, env = "TIDEGATE_ELASTICSEARCH_URL", hide_env_values = true)]
    pub elasticsearch_url: Option<String>,
    /// Output format.
    #[arg(long, global = true, value_enum, default_value = "human")]
    pub format: Format,
    /// Guest compute-time limit per call, e.g. 30s (database time not counted).
    #[arg(long, global = true, value_parser = duration)]
    pub guest_timeout: Option<std::time::Duration>,
    /// Guest memory limit in MiB.
    #[arg(long, global = true)]
    pub memory_limit_mib: Option<u64>,
    /// Compile components every time instead of using the precompiled cache.
    #[arg(long, global = true)]
    pub no_cache: bool,
    /// Also write report.json, report.md and report.sarif (plan, lint,
    /// apply, down) into this folder, e.g. for a CI artifact.
    #[arg(long, global = true)]
    pub output_dir: Option<PathBuf>,
    /// Refuse any component without a valid signature by a trusted key.
    #[arg(long, global = true, env = "TIDEGATE_REQUIRE_SIGNATURE")]
    pub require_signature: bool,
    /// A trusted public key (`ed25519:<hex>`) or `.pub` file; repeatable.
    #[arg(long = "trusted-key", global = true, value_name = "KEY")]
    pub trusted_keys: Vec<String>,
    /// Show full statements and debug logs.
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

fn duration(s: &str) -> Result<std::time::Duration, String> {
    parse_duration(s).ok_or_else(|| format!("`{s}` is not a duration; write it like 30s, 500ms or 2m"))
}

#[derive(Subcommand)]
pub enum Command {
    /// Compile every module to a component and write tidegate.lock.
    Build(build::Args),
    /// Check every component against the lock and the sandbox policy.
    Verify,
    /// Dry run: apply pending migrations in a transaction, diff, roll back.
    Plan(plan::Args),
    /// Apply pending migrations under the migration lock.
    Apply(apply::Args),
    /// Dry run, then report lint findings on the executed statements.
    Lint(lint::Args),
    /// Revert the last applied migration, or all after --to.
    Down(down::Args),
    /// List applied, pending, modified and failed migrations.
    Status,
    /// Check connectivity, server facts, migration state and every applied
    /// migration's invariants; non-zero exit on failure.
    Health,
    /// Record a decision about a failed or modified migration.
    Resolve(resolve::Args),
    /// Build, then prove every migration on scratch targets: apply, checks,
    /// down/up with identical catalogs, retried up, a no-op second apply.
    Test(test::Args),
    /// Scaffold a module crate: `tidegate new add_orders --engine postgres`.
    New(new::Args),
    /// Make an ed25519 key pair for signing components.
    Keygen(keygen::Args),
    /// Sign every component's digest and API version into tidegate.lock.
    Sign(sign::Args),
    /// Measure the sandbox on this machine: cold compile, cached load,
    /// instantiation, and PostgreSQL apply against sqlx replaying the same
    /// statements.
    Bench(bench::Args),
    /// Publish a markdown report: `tidegate report github --body report.md`.
    Report(report::Args),
}

/// Shared set-up for subcommands.
pub struct Ctx {
    pub global: Global,
    pub config: Config,
    pub runtime: Runtime,
}

impl Ctx {
    fn new(global: Global) -> anyhow::Result<Self> {
        let mut config = Config::load(
            global.config.as_deref(),
            Overrides {
                postgres_url: global.postgres_url.clone(),
                mongodb_url: global.mongodb_url.clone(),
                elasticsearch_url: global.elasticsearch_url.clone(),
                modules: global.modules.clone(),
                guest_timeout: global.guest_timeout,
                memory_limit_mib: global.memory_limit_mib,
                trusted_keys: global.trusted_keys.clone(),
                require_signature: global.require_signature,
            },
        )
        .context("cannot load configuration")?;
        if let Some(lock) = &global.lock {
            config.lock = lock.clone();
        }
        if let Some(components) = &global.components {
            config.components = components.clone();
        }
        let cache = if global.no_cache { None } else { config.cache.clone().or_else(default_cache_dir) };
        let runtime = Runtime::new(config.sandbox.clone(), cache).context("cannot start the wasm runtime")?;
        Ok(Ctx { global, config, runtime })
    }

    pub async fn project(&self) -> anyhow::Result<Project> {
        let project = Project::open(self.config.clone(), &self.runtime).await?;
        for w in &project.warnings {
            tracing::warn!("{w}");
        }
        Ok(project)
    }

    /// Remove secrets of this configuration from `text`.
    pub fn scrub(&self, text: &str) -> String {
        let c = &self.config;
        [&c.postgres.url, &c.mongodb.url, &c.elasticsearch.url]
            .into_iter()
            .flatten()
            .fold(text.to_string(), |t, u| tidegate::redact::scrub(&t, Some(u)))
    }

    /// Write `(file name, text)` pairs, scrubbed, into `--output-dir` when given.
    pub fn write_output_dir(&self, files: &[(&str, String)]) -> anyhow::Result<()> {
        let Some(dir) = &self.global.output_dir else { return Ok(()) };
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        for (name, text) in files {
            let path = dir.join(name);
            std::fs::write(&path, self.scrub(text)).with_context(|| format!("cannot write {}", path.display()))?;
        }
        Ok(())
    }

    /// Print a report to stdout.
    pub fn emit(&self, text: &str) {
        let text = self.scrub(text);
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes());
        if !text.ends_with('\n') {
            let _ = out.write_all(b"\n");
        }
    }
}

fn default_cache_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("TIDEGATE_CACHE_DIR") {
        return Some(dir.into());
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("tidegate"))
}

/// The exit code for an error, from the first typed error in its chain.
fn exit_code(err: &anyhow::Error) -> u8 {
    use tidegate::testing::TestError;
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<ProjectError>() {
            return project_code(e);
        }
        if let Some(e) = cause.downcast_ref::<PlanError>() {
            return plan_code(e);
        }
        if let Some(e) = cause.downcast_ref::<TestError>() {
            return test_code(e);
        }
        if let Some(e) = cause.downcast_ref::<tidegate::bench::BenchError>() {
            use tidegate::bench::BenchError;
            match e {
                BenchError::Project(p) => return project_code(p),
                BenchError::Plan(p) => return plan_code(p),
                BenchError::Test(t) => return test_code(t),
                BenchError::NoComponents | BenchError::Read { .. } => return exit::USAGE,
                _ => {}
            }
        }
        if cause.downcast_ref::<tidegate::signing::SigningError>().is_some() || cause.downcast_ref::<tidegate::scaffold::ScaffoldError>().is_some() {
            return exit::USAGE;
        }
        if cause.downcast_ref::<tidegate::config::ConfigError>().is_some() {
            return exit::USAGE;
        }
    }
    exit::FAILED
}

fn test_code(e: &tidegate::testing::TestError) -> u8 {
    use tidegate::testing::TestError;
    match e {
        TestError::Container { .. } | TestError::Scratch { .. } => exit::UNREACHABLE,
        TestError::Unsafe(_) | TestError::Seed { .. } => exit::USAGE,
        TestError::Project(p) => project_code(p),
        TestError::Plan(p) => plan_code(p),
    }
}

fn project_code(e: &ProjectError) -> u8 {
    match e {
        ProjectError::Verify(_) | ProjectError::Lock(_) => exit::VERIFY,
    }
}

fn plan_code(e: &PlanError) -> u8 {
    match e {
        PlanError::Dirty { .. } | PlanError::Modified(_) | PlanError::MissingApplied { .. } => exit::BLOCKED,
        PlanError::Lock(LockError::Busy { .. }) | PlanError::Lease(LeaseError::Busy { .. } | LeaseError::Lost { .. }) => exit::LOCKED,
        PlanError::Mongo(MongoError::Connect { .. })
        | PlanError::Es(EsError::Connect { .. })
        | PlanError::Lease(LeaseError::Mongo(MongoError::Connect { .. }) | LeaseError::Es(EsError::Connect { .. })) => exit::UNREACHABLE,
        PlanError::Mongo(MongoError::NoUrl | MongoError::BadUrl { .. } | MongoError::NoDatabase { .. })
        | PlanError::Es(EsError::NoUrl | EsError::BadUrl { .. }) => exit::USAGE,
        PlanError::Pg(PgError::Connect { .. }) | PlanError::Lock(LockError::Pg(PgError::Connect { .. })) => exit::UNREACHABLE,
        PlanError::Pg(PgError::NoUrl | PgError::BadUrl { .. }) => exit::USAGE,
        PlanError::UnknownMigration(_) | PlanError::NotApplied(_) | PlanError::NothingToResolve { .. } => exit::USAGE,
        _ => exit::FAILED,
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let filter = if cli.global.verbose { "tidegate=debug,warn" } else { "warn" };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("TIDEGATE_LOG").unwrap_or_else(|_| filter.into()),
        )
        .with_writer(std::io::stderr)
        .with_target(false)
        .without_time()
        .init();

    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(exit::FAILED);
        }
    };
    let urls: Vec<String> = [&cli.global.postgres_url, &cli.global.mongodb_url, &cli.global.elasticsearch_url]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    let result = runtime.block_on(async move {
        let ctx = Ctx::new(cli.global)?;
        match cli.command {
            Command::Build(args) => build::run(&ctx, args).await,
            Command::Verify => verify::run(&ctx).await,
            Command::Plan(args) => plan::run(&ctx, args).await,
            Command::Apply(args) => apply::run(&ctx, args).await,
            Command::Lint(args) => lint::run(&ctx, args).await,
            Command::Down(args) => down::run(&ctx, args).await,
            Command::Status => status::run(&ctx).await,
            Command::Health => health::run(&ctx).await,
            Command::Resolve(args) => resolve::run(&ctx, args).await,
            Command::Report(args) => report::run(&ctx, args).await,
            Command::Test(args) => test::run(&ctx, args).await,
            Command::New(args) => new::run(&ctx, args).await,
            Command::Keygen(args) => keygen::run(&ctx, args).await,
            Command::Sign(args) => sign::run(&ctx, args).await,
            Command::Bench(args) => bench::run(&ctx, args).await,
        }
    });
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            let text = urls.iter().fold(format!("{err:#}"), |t, u| tidegate::redact::scrub(&t, Some(u)));
            eprintln!("error: {text}");
            ExitCode::from(exit_code(&err))
        }
    }
}
