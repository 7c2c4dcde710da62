//! `tidegate build`

use anyhow::Context as _;
use tidegate::render::json;

use super::{Ctx, Format};

#[derive(clap::Args)]
pub struct Args {
    /// Fail instead of changing tidegate.lock (for CI: proves the committed
    /// lock matches what the sources build to).
    #[arg(long)]
    pub locked: bool,
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    let report = tidegate::build::build(&ctx.config, &ctx.runtime, args.locked)
        .await
        .context("build failed")?;
    match ctx.global.format {
        Format::Json | Format::Sarif => ctx.emit(&json(&report)),
        Format::Human | Format::Markdown => {
            let mut out = String::new();
            for b in &report.built {
                out.push_str(&format!(
                    "{} {} (v{}) {} · {} bytes · {}\n",
                    if b.changed { "built  " } else { "up to date" },
                    b.id,
                    b.version,
                    b.module,
                    b.bytes,
                    b.component
                ));
            }
            out.push_str(if report.lock_written {
                "wrote tidegate.lock: review and commit it\n"
            } else {
                "tidegate.lock is up to date\n"
            });
            ctx.emit(&out);
        }
    }
    Ok(0)
}
