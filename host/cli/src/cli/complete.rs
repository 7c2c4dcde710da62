//! `tidegate complete` and `tidegate rollback`: the phases of a phased
//! migration after its start.

use std::sync::Arc;

use super::progress::Backfills;
use super::{Ctx, exit};

#[derive(clap::Args)]
pub struct Args {
    /// The migration; without it, every migration in flight (`complete`),
    /// or the only one (`rollback`).
    pub id: Option<String>,
}

/// Which phase to run.
#[derive(Clone, Copy)]
pub enum Which {
    Complete,
    Rollback,
}

pub async fn run(ctx: &Ctx, args: Args, which: Which) -> anyhow::Result<u8> {
    let project = ctx.project().await?;
    let executor = tidegate::Executor::new(&project, &ctx.runtime)
        .await?
        .with_progress(Arc::new(Backfills::new(ctx.global.format)));
    let report = match which {
        Which::Complete => executor.complete(args.id.as_deref()).await?,
        Which::Rollback => executor.rollback(args.id.as_deref()).await?,
    };
    super::apply::emit_run(ctx, &report)?;
    Ok(if report.ok() { 0 } else { exit::FAILED })
}
