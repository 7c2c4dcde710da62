//! `tidegate plan`: the dry run.

use tidegate::planner::Planner;

use super::{exit, Ctx};

#[derive(clap::Args)]
pub struct Args {
    /// Stop after this migration (it is included).
    #[arg(long)]
    pub to: Option<String>,
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    let project = ctx.project().await?;
    let planner = Planner::new(&project, &ctx.runtime)?;
    let report = planner.plan(args.to.as_deref()).await?;
    super::apply::emit_run(ctx, &report);
    Ok(if report.ok() { 0 } else { exit::FAILED })
}
