//! `tidegate lint`: run the dry run and report only what the lint rules
//! found in the statements the migrations executed.

use tidegate::lint::fails;
use tidegate::planner::Planner;
use tidegate::report::{findings_human, findings_markdown, json, sarif, Format};

use super::{exit, Ctx};

pub use super::plan::Args;

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    let project = ctx.project().await?;
    let planner = Planner::new(&project, &ctx.runtime).await?;
    let report = planner.plan(args.to.as_deref()).await?;
    super::apply::write_reports(ctx, &report)?;
    ctx.emit(&match ctx.global.format {
        Format::Human => findings_human(&report.findings),
        Format::Json => json(&report.findings),
        Format::Markdown => format!("{}\n{}", tidegate::report::MARKER, findings_markdown(&report.findings)),
        Format::Sarif => sarif(&report.findings),
    });
    if let Some(e) = &report.error {
        eprintln!("error: {e}");
        return Ok(exit::FAILED);
    }
    Ok(if fails(&report.findings, args.fail_on.threshold()) { exit::FAILED } else { 0 })
}
