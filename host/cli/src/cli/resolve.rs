//! `tidegate resolve`: record a human decision about a failed, interrupted
//! or modified migration. Every decision goes to the audit table.

use tidegate::report::Resolution;

use super::Ctx;

#[derive(clap::Args)]
#[command(group(clap::ArgGroup::new("decision").required(true).args(["retry", "mark_applied", "accept_checksum"])))]
pub struct Args {
    /// The migration id.
    pub id: String,
    /// Forget the failed attempt: the next `tidegate apply` runs it again.
    #[arg(long)]
    pub retry: bool,
    /// Record it as applied: you checked that its changes are complete.
    #[arg(long)]
    pub mark_applied: bool,
    /// Accept the current sources of an applied migration whose checksum
    /// changed (a cosmetic edit that changes nothing in the database).
    #[arg(long)]
    pub accept_checksum: bool,
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    let resolution = if args.retry {
        Resolution::Retry
    } else if args.mark_applied {
        Resolution::MarkApplied
    } else {
        Resolution::AcceptChecksum
    };
    let project = ctx.project().await?;
    let executor = tidegate::Executor::new(&project, &ctx.runtime).await?;
    let message = executor.resolve(&args.id, resolution).await?;
    ctx.emit(&message);
    Ok(0)
}
