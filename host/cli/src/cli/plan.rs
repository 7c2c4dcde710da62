//! `tidegate plan`: the dry run.

use tidegate::lint::Severity;
use tidegate::report::Health;

use super::{Ctx, exit};

#[derive(clap::Args)]
pub struct Args {
    /// Stop after this migration (it is included).
    #[arg(long)]
    pub to: Option<String>,
    /// Exit non-zero when a lint finding is at least this severe.
    #[arg(long, value_enum, default_value = "error")]
    pub fail_on: FailOn,
    /// Leave the target's health checks and the applied migrations'
    /// invariants out of the report (they are in by default, so that one
    /// pull-request comment shows the diff, the lint and the health).
    #[arg(long)]
    pub no_health: bool,
    /// Write `[capabilities] tables` into the module.toml of each SQL
    /// module that declares none, from the relations its dry run was
    /// observed to touch; review the diff, then run `tidegate build`.
    #[arg(long)]
    pub fill_capabilities: bool,
}

/// `--fail-on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Never,
}

impl FailOn {
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Never => None,
        }
    }
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    let project = ctx.project().await?;
    let executor = tidegate::Executor::new(&project, &ctx.runtime).await?;
    let mut report = executor.plan(args.to.as_deref()).await?;
    if !args.no_health {
        report.health = Some(executor.health().await);
    }
    super::apply::emit_run(ctx, &report)?;
    if args.fill_capabilities {
        let filled = tidegate::fill::fill(&project, &report)?;
        for (path, tables) in &filled.written {
            tracing::info!(
                "wrote [capabilities] tables = {tables:?} into {}",
                path.display()
            );
        }
        for (id, why) in &filled.skipped {
            tracing::warn!("{id}: capabilities not filled: {why}");
        }
        if !filled.written.is_empty() {
            tracing::info!(
                "filled {} module.toml file(s) from what their dry run touched: review the diff, then run `tidegate build`",
                filled.written.len()
            );
        }
    }
    let lint_failed = tidegate::lint::fails(&report.findings, args.fail_on.threshold());
    let unhealthy = report
        .health
        .as_ref()
        .is_some_and(|h| h.status == Health::Fail);
    Ok(if report.ok() && !lint_failed && !unhealthy {
        0
    } else {
        exit::FAILED
    })
}
