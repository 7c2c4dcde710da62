//! `tidegate health`: is the database reachable and sound, and do the
//! invariants applied migrations declare still hold?

use anyhow::Context as _;
use tidegate::planner::{Health, Planner};
use tidegate::report::{health_human, health_markdown, json, Format};

use super::{exit, Ctx};

pub async fn run(ctx: &Ctx) -> anyhow::Result<u8> {
    let project = ctx.project().await?;
    let planner = Planner::new(&project, &ctx.runtime)?;
    let report = planner.health().await;
    if let Some(dir) = &ctx.global.output_dir {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        std::fs::write(dir.join("report.json"), ctx.scrub(&json(&report))).context("cannot write report.json")?;
        std::fs::write(dir.join("report.md"), ctx.scrub(&health_markdown(&report))).context("cannot write report.md")?;
    }
    ctx.emit(&match ctx.global.format {
        Format::Human => health_human(&report),
        Format::Json | Format::Sarif => json(&report),
        Format::Markdown => health_markdown(&report),
    });
    Ok(if report.status == Health::Fail { exit::FAILED } else { 0 })
}
