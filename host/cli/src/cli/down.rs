//! `tidegate down`

use tidegate::report::DownTo;

use super::{Ctx, exit};

#[derive(clap::Args)]
pub struct Args {
    /// Revert every migration applied after this one (it stays applied).
    /// Without it, only the last applied migration is reverted.
    #[arg(long, conflicts_with = "all")]
    pub to: Option<String>,
    /// Revert every applied migration.
    #[arg(long)]
    pub all: bool,
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    let project = ctx.project().await?;
    let executor = tidegate::Executor::new(&project, &ctx.runtime).await?;
    let to = match (args.to, args.all) {
        (Some(id), _) => DownTo::After(id),
        (None, true) => DownTo::All,
        (None, false) => DownTo::Last,
    };
    let report = executor.down(&to).await?;
    super::apply::emit_run(ctx, &report)?;
    Ok(if report.ok() { 0 } else { exit::FAILED })
}
