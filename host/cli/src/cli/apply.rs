//! `tidegate apply`

use tidegate::render::{json, run_human, run_markdown, sarif};
use tidegate::report::RunReport;

use super::{Ctx, Format, exit};

#[derive(clap::Args)]
pub struct Args {
    /// Stop after this migration (it is included).
    #[arg(long)]
    pub to: Option<String>,
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    // Connecting overlaps verifying the project's sources.
    let opened = tidegate::executor::Opened::start(&ctx.config, &ctx.runtime);
    let project = ctx.project().await?;
    let executor = tidegate::Executor::with_opened(&project, &ctx.runtime, opened)
        .await?
        .with_progress(std::sync::Arc::new(super::progress::Backfills::new(
            ctx.global.format,
        )));
    let report = executor.apply(args.to.as_deref()).await?;
    emit_run(ctx, &report)?;
    Ok(if report.ok() { 0 } else { exit::FAILED })
}

/// Write every format of a report to `--output-dir`, when given.
pub fn write_reports(ctx: &Ctx, report: &RunReport) -> anyhow::Result<()> {
    if ctx.global.output_dir.is_none() {
        return Ok(());
    }
    ctx.write_output_dir(&[
        ("report.json", json(report)),
        ("report.md", run_markdown(report)),
        ("report.sarif", sarif(&report.findings, &ctx.rules())),
    ])
}

/// Print a plan, apply or down report in the chosen format, and write every
/// format to `--output-dir` when given.
pub fn emit_run(ctx: &Ctx, report: &RunReport) -> anyhow::Result<()> {
    write_reports(ctx, report)?;
    ctx.emit(&match ctx.global.format {
        Format::Human => run_human(report, ctx.global.verbose),
        Format::Json => json(report),
        Format::Markdown => run_markdown(report),
        Format::Sarif => sarif(&report.findings, &ctx.rules()),
    });
    Ok(())
}
