//! Command-line parsing, shared set-up and exit codes. One file per
//! subcommand.

mod apply;
mod baseline;
mod bench;
mod build;
mod complete;
mod down;
mod health;
mod import;
mod keygen;
mod lint;
mod new;
mod plan;
mod progress;
mod report;
mod resolve;
mod schema_name;
mod sign;
mod status;
mod test;
mod verify;
mod zero_downtime;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Arg, CommandFactory, FromArgMatches, Parser, Subcommand};
use tidegate::config::{Config, Overrides, parse_duration};
use tidegate::error::{Classify, ExitClass};
use tidegate::lint::Rule;
use tidegate::project::Project;
use tidegate::{Driver, Runtime};

/// Output format, from `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
    Markdown,
    /// SARIF 2.1.0 lint results, for code scanning (plan and lint only).
    Sarif,
}

/// Exit codes, documented in the README; each is an [`ExitClass`].
pub mod exit {
    use tidegate::error::ExitClass;

    /// A migration, dry run or check failed, or lint found what `--fail-on` names.
    pub const FAILED: u8 = ExitClass::Failed.code();
    /// Bad flags or configuration.
    pub const USAGE: u8 = ExitClass::Usage.code();
    /// A component or source did not verify against tidegate.lock.
    pub const VERIFY: u8 = ExitClass::Verify.code();
    /// The database needs a decision: a failed, interrupted or modified migration.
    pub const BLOCKED: u8 = ExitClass::Blocked.code();

    /// The `--help` text of the exit codes.
    pub fn help() -> String {
        let codes: Vec<String> = ExitClass::ALL
            .iter()
            .map(|c| format!("{} {}", c.code(), c.meaning()))
            .collect();
        format!("Exit codes: 0 ok · {}", codes.join(" · "))
    }
}

#[derive(Parser)]
#[command(
    name = "tidegate",
    version,
    about = "Database migrations as sandboxed, verified WebAssembly components."
)]
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
    /// `--<engine>-url` of every engine, by engine name (added from the
    /// engines this build runs).
    #[arg(skip)]
    pub urls: BTreeMap<String, String>,
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
    parse_duration(s)
        .ok_or_else(|| format!("`{s}` is not a duration; write it like 30s, 500ms or 2m"))
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
    /// Run the contract phase of phased migrations in flight, once every
    /// application runs the new version.
    Complete(complete::Args),
    /// Undo the start of a phased migration in flight: the schema is as
    /// before it.
    Rollback(complete::Args),
    /// How an application picks the new version of a phased migration in
    /// flight (PostgreSQL: its `search_path`).
    SchemaName(schema_name::Args),
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
    /// Scaffold a module: `tidegate new add_orders --sql`, or a Rust crate
    /// with `--engine postgres`.
    New(new::Args),
    /// Convert another tool's migrations folder into SQL modules:
    /// `tidegate import --from sqlx migrations`.
    Import(import::Args),
    /// Record the imported migrations another tool already applied to this
    /// database as applied, reading (never writing) its history table.
    Baseline(baseline::Args),
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
                urls: global.urls.clone(),
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
        let drivers = tidegate::engines::drivers();
        let names: Vec<String> = drivers.iter().map(|d| d.kind().to_string()).collect();
        config
            .check_engines(&names.iter().map(String::as_str).collect::<Vec<_>>())
            .context("cannot load configuration")?;
        for d in &drivers {
            if let Some(section) = config.engines.get(&d.kind().to_string()) {
                d.check_config(section)
                    .context("cannot load configuration")?;
            }
        }
        let rules: Vec<&Rule> = drivers.iter().flat_map(|d| d.rules()).collect();
        let unknown = tidegate::lint::unknown_rules(&config.lint, &rules);
        if !unknown.is_empty() {
            return Err(anyhow::Error::new(tidegate::config::ConfigError::Section {
                section: "lint".into(),
                message: format!(
                    "no rule is called {}; the rules are listed in docs/lint.md (`tidegate lint --help`)",
                    unknown.join(", ")
                ),
            })
            .context("cannot load configuration"));
        }
        let cache = if global.no_cache {
            None
        } else {
            config.cache.clone().or_else(default_cache_dir)
        };
        let runtime = Runtime::new(config.sandbox.clone(), cache, drivers);
        Ok(Ctx {
            global,
            config,
            runtime,
        })
    }

    /// The project, with every module's sources checked against the lock;
    /// components load (and verify) when a run is about to execute them.
    pub async fn project(&self) -> anyhow::Result<Project> {
        self.warn(Project::open_unloaded(self.config.clone(), &self.runtime).await?)
    }

    /// The project with every component loaded and verified.
    pub async fn verified_project(&self) -> anyhow::Result<Project> {
        self.warn(Project::open(self.config.clone(), &self.runtime).await?)
    }

    fn warn(&self, project: Project) -> anyhow::Result<Project> {
        for line in summarize_warnings(&project.warnings, self.global.verbose) {
            tracing::warn!("{line}");
        }
        Ok(project)
    }

    /// Every lint rule of every engine, for SARIF.
    pub fn rules(&self) -> Vec<&'static Rule> {
        self.runtime
            .drivers()
            .iter()
            .flat_map(|d| d.rules())
            .collect()
    }

    /// Remove secrets of this configuration from `text`.
    pub fn scrub(&self, text: &str) -> String {
        self.config.urls().iter().fold(text.to_string(), |t, u| {
            tidegate::redact::scrub(&t, Some(u))
        })
    }

    /// Write `(file name, text)` pairs, scrubbed, into `--output-dir` when given.
    pub fn write_output_dir(&self, files: &[(&str, String)]) -> anyhow::Result<()> {
        let Some(dir) = &self.global.output_dir else {
            return Ok(());
        };
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        for (name, text) in files {
            let path = dir.join(name);
            std::fs::write(&path, self.scrub(text))
                .with_context(|| format!("cannot write {}", path.display()))?;
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

/// An error and its causes on one line, a cause said once: an I/O error
/// wrapped by a driver's error that already quotes it is not repeated.
fn one_line(err: &anyhow::Error) -> String {
    let mut out = String::new();
    for e in err.chain() {
        let text = e.to_string();
        if out.contains(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}

/// The exit code of an error: the class of the first error in its chain
/// that knows its class. This is the one place exit codes come from.
fn exit_code(err: &anyhow::Error) -> u8 {
    err.chain()
        .find_map(class_of)
        .unwrap_or(ExitClass::Failed)
        .code()
}

fn class_of(e: &(dyn std::error::Error + 'static)) -> Option<ExitClass> {
    macro_rules! first_of {
        ($($t:ty),* $(,)?) => {{
            $(if let Some(x) = e.downcast_ref::<$t>() {
                return Some(x.class());
            })*
            None
        }};
    }
    first_of!(
        tidegate::config::ConfigError,
        tidegate::project::ProjectError,
        tidegate::ExecError,
        tidegate::error::EngineError,
        tidegate::testing::TestError,
        tidegate::bench::BenchError,
        tidegate::build::BuildError,
        tidegate::RuntimeError,
        tidegate::signing::SigningError,
        tidegate::scaffold::ScaffoldError,
        tidegate::import::ImportError,
        tidegate::baseline::BaselineError,
        tidegate::github::GithubError,
    )
}

/// `--<engine>-url` and `TIDEGATE_<ENGINE>_URL` for every engine.
fn with_engine_flags(
    mut command: clap::Command,
    drivers: &[std::sync::Arc<dyn Driver>],
) -> clap::Command {
    for d in drivers {
        let name = d.kind().to_string();
        command = command.arg(
            Arg::new(format!("{name}-url"))
                .long(format!("{name}-url"))
                .env(format!("TIDEGATE_{}_URL", name.to_ascii_uppercase()))
                .hide_env_values(true)
                .global(true)
                .value_name("URL")
                .help(d.url_help()),
        );
    }
    let names: Vec<String> = drivers.iter().map(|d| d.kind().to_string()).collect();
    let urls: Vec<String> = names.iter().map(|n| format!("{n}-url")).collect();
    let mut command = command
        .mut_subcommand("new", |new| {
            new.mut_arg("engine", |a| {
                a.value_parser(clap::builder::PossibleValuesParser::new(names))
            })
        })
        .after_help(exit::help());
    // Global options reach every subcommand; each one's help shows only
    // those it uses: an unused one is given to it as a hidden copy, which
    // clap then does not propagate over.
    let globals: Vec<Arg> = command
        .get_arguments()
        .filter(|a| a.is_global_set())
        .cloned()
        .collect();
    let subs: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subs {
        let unused = unused_options(&sub, &urls);
        command = command.mut_subcommand(&sub, |mut sc| {
            for a in globals
                .iter()
                .filter(|a| unused.iter().any(|u| a.get_id() == u.as_str()))
            {
                sc = sc.arg(a.clone().hide(true));
            }
            sc
        });
    }
    command
}

/// The global options a subcommand does not read (`urls`: the engines'
/// URL options).
fn unused_options(sub: &str, urls: &[String]) -> Vec<String> {
    // Options of running guests: loading, verifying and limiting them.
    const GUEST: [&str; 5] = [
        "guest_timeout",
        "memory_limit_mib",
        "no_cache",
        "require_signature",
        "trusted_keys",
    ];
    let runs_guests = matches!(
        sub,
        "verify"
            | "plan"
            | "apply"
            | "lint"
            | "down"
            | "complete"
            | "rollback"
            | "health"
            | "test"
            | "bench"
            | "sign"
    );
    let reaches_engines = matches!(
        sub,
        "plan"
            | "apply"
            | "lint"
            | "down"
            | "complete"
            | "rollback"
            | "schema-name"
            | "status"
            | "health"
            | "resolve"
            | "test"
            | "baseline"
            | "bench"
    );
    let formats = !matches!(
        sub,
        "new" | "import" | "keygen" | "sign" | "report" | "resolve" | "baseline"
    );
    let writes_reports = matches!(
        sub,
        "plan" | "apply" | "lint" | "down" | "complete" | "rollback" | "health"
    );
    let reads_project = !matches!(sub, "keygen" | "report");
    let reads_lock = reads_project && !matches!(sub, "new" | "import");
    let mut out: Vec<String> = Vec::new();
    if !runs_guests {
        out.extend(GUEST.iter().map(|s| s.to_string()));
    }
    if !reaches_engines {
        out.extend(urls.iter().cloned());
    }
    if !formats {
        out.push("format".into());
    }
    if !writes_reports {
        out.push("output_dir".into());
    }
    if !reads_project {
        out.push("modules".into());
    }
    if !reads_lock {
        out.extend(["lock".to_string(), "components".to_string()]);
    }
    out
}

pub fn main() -> ExitCode {
    let drivers = tidegate::engines::drivers();
    let matches = with_engine_flags(Cli::command(), &drivers).get_matches();
    let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    for d in &drivers {
        let name = d.kind().to_string();
        if let Some(url) = matches
            .get_one::<String>(&format!("{name}-url"))
            .filter(|u| !u.is_empty())
        {
            cli.global.urls.insert(name, url.clone());
        }
    }
    let filter = if cli.global.verbose {
        "tidegate=debug,warn"
    } else {
        "warn"
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("TIDEGATE_LOG")
                .unwrap_or_else(|_| filter.into()),
        )
        .with_writer(std::io::stderr)
        .with_ansi(colour(std::io::IsTerminal::is_terminal(&std::io::stderr())))
        .with_target(false)
        .without_time()
        .init();

    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(exit::FAILED);
        }
    };
    let urls: Vec<String> = cli.global.urls.values().cloned().collect();
    let result = runtime.block_on(async move {
        let ctx = Ctx::new(cli.global)?;
        match cli.command {
            Command::Build(args) => build::run(&ctx, args).await,
            Command::Verify => verify::run(&ctx).await,
            Command::Plan(args) => plan::run(&ctx, args).await,
            Command::Apply(args) => apply::run(&ctx, args).await,
            Command::Lint(args) => lint::run(&ctx, args).await,
            Command::Down(args) => down::run(&ctx, args).await,
            Command::Complete(args) => complete::run(&ctx, args, complete::Which::Complete).await,
            Command::Rollback(args) => complete::run(&ctx, args, complete::Which::Rollback).await,
            Command::SchemaName(args) => schema_name::run(&ctx, args).await,
            Command::Status => status::run(&ctx).await,
            Command::Health => health::run(&ctx).await,
            Command::Resolve(args) => resolve::run(&ctx, args).await,
            Command::Report(args) => report::run(&ctx, args).await,
            Command::Test(args) => test::run(&ctx, args).await,
            Command::New(args) => new::run(&ctx, args).await,
            Command::Import(args) => import::run(&ctx, args).await,
            Command::Baseline(args) => baseline::run(&ctx, args).await,
            Command::Keygen(args) => keygen::run(&ctx, args).await,
            Command::Sign(args) => sign::run(&ctx, args).await,
            Command::Bench(args) => bench::run(&ctx, args).await,
        }
    });
    // Everything the command does is done: exit without waiting for the
    // runtime's idle threads to wind down.
    runtime.shutdown_background();
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            let text = urls
                .iter()
                .fold(one_line(&err), |t, u| tidegate::redact::scrub(&t, Some(u)));
            eprintln!("error: {text}");
            ExitCode::from(exit_code(&err))
        }
    }
}

/// Colour only on a terminal, and never when `NO_COLOR` is set
/// (no-color.org).
fn colour(terminal: bool) -> bool {
    terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Project warnings, one line each; a message shared by more than three
/// migrations is said once with a count (all of them with `--verbose`).
fn summarize_warnings(warnings: &[tidegate::report::Problem], verbose: bool) -> Vec<String> {
    tidegate::report::Problem::summarize(warnings, verbose)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tidegate::report::Problem;

    #[test]
    fn each_subcommand_shows_the_options_it_uses() {
        let mut cmd = with_engine_flags(Cli::command(), &tidegate::engines::drivers());
        let help = |cmd: &mut clap::Command, sub: &str| {
            cmd.find_subcommand_mut(sub)
                .expect("a subcommand")
                .render_long_help()
                .to_string()
        };
        let import = help(&mut cmd, "import");
        for hidden in [
            "--require-signature",
            "--guest-timeout",
            "--format",
            "--postgres-url",
        ] {
            assert!(!import.contains(hidden), "import shows {hidden}: {import}");
        }
        let plan = help(&mut cmd, "plan");
        for shown in [
            "--require-signature",
            "--guest-timeout",
            "--format",
            "--postgres-url",
        ] {
            assert!(plan.contains(shown), "plan hides {shown}");
        }
        // A hidden option still parses, wherever it is written.
        let m = cmd
            .clone()
            .try_get_matches_from([
                "tidegate", "import", "--format", "json", "--from", "sqlx", "x",
            ])
            .expect("parses");
        assert!(Cli::from_arg_matches(&m).is_ok());
    }

    #[test]
    fn a_cause_is_said_once() {
        let io = std::io::Error::new(
            std::io::ErrorKind::ConnectionRefused,
            "Connection refused (os error 111)",
        );
        let err = anyhow::Error::new(io)
            .context("error communicating with database: Connection refused (os error 111)")
            .context("cannot connect to PostgreSQL");
        assert_eq!(
            one_line(&err),
            "cannot connect to PostgreSQL: error communicating with database: Connection refused (os error 111)"
        );
    }

    #[test]
    fn repeated_warnings_are_said_once() {
        let w: Vec<Problem> = (0..247)
            .map(|i| Problem {
                migration: format!("m{i:03}"),
                message: "declares no capabilities".into(),
            })
            .collect();
        let lines = summarize_warnings(&w, false);
        assert_eq!(
            lines,
            [
                "247 migrations (m000, m001, m002, …; --verbose lists them all): declares no capabilities"
            ]
        );
        assert_eq!(summarize_warnings(&w, true).len(), 247);
        assert_eq!(
            summarize_warnings(&w[..2], false),
            [
                "m000: declares no capabilities",
                "m001: declares no capabilities"
            ]
        );
    }

    #[test]
    fn colour_needs_a_terminal_and_no_no_color() {
        assert!(!colour(false));
        // NO_COLOR is read from the environment; this process may set it.
        assert_eq!(
            colour(true),
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        );
    }
}
