//! `tidegate baseline --from <tool>`

use tidegate::baseline::{Imported, select};
use tidegate::foreign::Tool;

use super::Ctx;

#[derive(clap::Args)]
pub struct Args {
    /// The tool that migrated this database so far.
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(Tool::ALL.map(Tool::name)))]
    pub from: String,
    /// Its history table, when not the tool's default (e.g.
    /// `app.flyway_schema_history`).
    #[arg(long)]
    pub table: Option<String>,
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    let tool: Tool = args.from.parse().map_err(anyhow::Error::msg)?;
    let project = ctx.project().await?;
    let executor = tidegate::Executor::new(&project, &ctx.runtime).await?;
    let history = executor
        .foreign_history(tool, args.table.as_deref())
        .await?;
    let modules = imported(&project)?;
    let ids = select(&history, &modules)?;
    let head = history.heads.join(", ");
    let detail = format!(
        "{tool} head {head} in {}; {} versions, rows {}",
        history.table,
        history.applied.len(),
        history.rows
    );
    let recorded = executor.baseline(&ids, &detail).await?;
    let mut out = format!(
        "baselined from {tool} ({}, head {head}): {} migration(s) recorded as applied, {} already were; {tool}'s table was only read\n",
        history.table,
        recorded.len(),
        ids.len() - recorded.len()
    );
    for id in &recorded {
        out.push_str(&format!("  applied (baseline)  {id}\n"));
    }
    out.push_str(
        "next: `tidegate status`, then `tidegate apply` runs the migrations after the baseline",
    );
    ctx.emit(&out);
    Ok(0)
}

/// Every module of the project imported from another tool.
pub fn imported(project: &tidegate::project::Project) -> anyhow::Result<Vec<Imported>> {
    let base = project.config.lock_dir();
    let mut out = Vec::new();
    for m in &project.migrations {
        let dir = base.join(&m.locked.module);
        if let Some(origin) = tidegate::declarative::origin(&dir)
            .map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?
        {
            out.push(Imported {
                id: m.meta.id.clone(),
                version: m.meta.version,
                origin,
            });
        }
    }
    Ok(out)
}
