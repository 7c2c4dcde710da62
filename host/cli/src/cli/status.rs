//! `tidegate status`

use tidegate::render::{json, status_human, status_markdown};
use tidegate::report::State;

use super::{exit, Ctx, Format};

pub async fn run(ctx: &Ctx) -> anyhow::Result<u8> {
    let project = ctx.project().await?;
    let executor = tidegate::Executor::new(&project, &ctx.runtime).await?;
    let report = executor.status().await?;
    ctx.emit(&match ctx.global.format {
        Format::Human => status_human(&report),
        Format::Json | Format::Sarif => json(&report),
        Format::Markdown => status_markdown(&report),
    });
    let blocked = [State::Failed, State::Interrupted, State::Modified].iter().any(|s| report.count(*s) > 0);
    Ok(if blocked { exit::BLOCKED } else { 0 })
}
