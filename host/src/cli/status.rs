//! `tidegate status`

use tidegate::planner::{Planner, State};
use tidegate::report::{json, status_human, status_markdown, Format};

use super::{exit, Ctx};

pub async fn run(ctx: &Ctx) -> anyhow::Result<u8> {
    let project = ctx.project().await?;
    let planner = Planner::new(&project, &ctx.runtime).await?;
    let report = planner.status().await?;
    ctx.emit(&match ctx.global.format {
        Format::Human => status_human(&report),
        Format::Json | Format::Sarif => json(&report),
        Format::Markdown => status_markdown(&report),
    });
    let blocked = [State::Failed, State::Interrupted, State::Modified].iter().any(|s| report.count(*s) > 0);
    Ok(if blocked { exit::BLOCKED } else { 0 })
}
