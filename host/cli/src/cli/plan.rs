//! `tidegate plan`: the dry run.

use tidegate::lint::Severity;

use super::{exit, Ctx};

#[derive(clap::Args)]
pub struct Args {
    /// Stop after this migration (it is included).
    #[arg(long)]
    pub to: Option<String>,
    /// Exit non-zero when a lint finding is at least this severe.
    #[arg(long, value_enum, default_value = "error")]
    pub fail_on: FailOn,
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
    let report = executor.plan(args.to.as_deref()).await?;
    super::apply::emit_run(ctx, &report)?;
    let lint_failed = tidegate::lint::fails(&report.findings, args.fail_on.threshold());
    Ok(if report.ok() && !lint_failed { 0 } else { exit::FAILED })
}
