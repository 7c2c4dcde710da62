//! `tidegate status`

use tidegate::error::Classify as _;
use tidegate::render::{json, status_human, status_markdown};
use tidegate::report::State;

use super::{Ctx, Format, exit};

pub async fn run(ctx: &Ctx) -> anyhow::Result<u8> {
    let project = ctx.project().await?;
    let executor = tidegate::Executor::new(&project, &ctx.runtime).await?;
    let mut report = executor.status().await?;
    // While a project moves to Tidegate, show where the other tool stands.
    let mut tools: Vec<String> = super::baseline::imported(&project)?
        .into_iter()
        .map(|m| m.origin.tool)
        .collect();
    tools.sort_unstable();
    tools.dedup();
    for tool in tools
        .iter()
        .filter_map(|t| t.parse::<tidegate::foreign::Tool>().ok())
    {
        match executor.foreign_history(tool, None).await {
            Ok(history) => report.foreign.push(history),
            // No such table: the transition is over (or this database
            // never had one), nothing to show.
            Err(e) if e.class() == tidegate::error::ExitClass::Usage => {
                tracing::debug!("{tool}: {}", tidegate::error::describe(&e))
            }
            Err(e) => tracing::warn!(
                "cannot read {tool}'s history table: {}",
                tidegate::error::describe(&e)
            ),
        }
    }
    ctx.emit(&match ctx.global.format {
        Format::Human => status_human(&report),
        Format::Json | Format::Sarif => json(&report),
        Format::Markdown => status_markdown(&report),
    });
    let blocked = [State::Failed, State::Interrupted, State::Modified]
        .iter()
        .any(|s| report.count(*s) > 0);
    Ok(if blocked { exit::BLOCKED } else { 0 })
}
