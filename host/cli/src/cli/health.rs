//! `tidegate health`: is the database reachable and sound, and do the
//! invariants applied migrations declare still hold?

use tidegate::render::{health_human, health_markdown, json};
use tidegate::report::Health;

use super::{Ctx, Format, exit};

pub async fn run(ctx: &Ctx) -> anyhow::Result<u8> {
    let project = ctx.project().await?;
    let executor = tidegate::Executor::new(&project, &ctx.runtime).await?;
    let report = executor.health().await;
    if ctx.global.output_dir.is_some() {
        ctx.write_output_dir(&[
            ("report.json", json(&report)),
            ("report.md", health_markdown(&report)),
        ])?;
    }
    ctx.emit(&match ctx.global.format {
        Format::Human => health_human(&report),
        Format::Json | Format::Sarif => json(&report),
        Format::Markdown => health_markdown(&report),
    });
    Ok(if report.status == Health::Fail {
        exit::FAILED
    } else {
        0
    })
}
