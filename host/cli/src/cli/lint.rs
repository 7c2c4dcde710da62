//! `tidegate lint`: run the dry run and report only what the lint rules
//! found in the statements the migrations executed.

use tidegate::lint::fails;
use tidegate::render::{findings_human, findings_markdown, json, sarif};

use super::{Ctx, Format, exit};

pub use super::plan::Args;

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    let project = ctx.project().await?;
    let executor = tidegate::Executor::new(&project, &ctx.runtime).await?;
    let report = executor.plan(args.to.as_deref()).await?;
    super::apply::write_reports(ctx, &report)?;
    ctx.emit(&match ctx.global.format {
        Format::Human => findings_human(&report.findings),
        Format::Json => json(&report.findings),
        Format::Markdown => format!(
            "{}\n{}",
            tidegate::render::MARKER,
            findings_markdown(&report.findings)
        ),
        Format::Sarif => sarif(&report.findings, &ctx.rules()),
    });
    if let Some(e) = &report.error {
        eprintln!("error: {e}");
        return Ok(exit::FAILED);
    }
    Ok(if fails(&report.findings, args.fail_on.threshold()) {
        exit::FAILED
    } else {
        0
    })
}
