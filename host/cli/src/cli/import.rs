//! `tidegate import --from <tool> DIR`

use std::path::PathBuf;

use anyhow::Context as _;
use tidegate::foreign::Tool;

use super::Ctx;

#[derive(clap::Args)]
pub struct Args {
    /// The tool whose migrations to convert: sqlx, diesel, dbmate,
    /// golang-migrate, flyway or alembic.
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(Tool::ALL.map(Tool::name)))]
    pub from: String,
    /// The tool's migrations folder (Alembic: the folder of alembic.ini).
    pub dir: PathBuf,
    /// The alembic program, for `--from alembic` [default: alembic on PATH].
    #[arg(long, default_value = "alembic")]
    pub alembic: String,
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    let tool: Tool = args.from.parse().map_err(anyhow::Error::msg)?;
    let found = tidegate::import::read_folder(tool, &args.dir, &args.alembic)?;
    let written = tidegate::import::write(&ctx.config.modules, tool, &found)?;
    let root = ctx.config.root_dir();
    let dirs: Vec<PathBuf> = written.iter().map(|(d, _)| d.clone()).collect();
    let excluded = tidegate::scaffold::keep_out_of_workspace(&root, &dirs)
        .context("cannot update the Cargo workspace")?;
    let new = written.iter().filter(|(_, new)| *new).count();
    let mut out = format!(
        "imported {} {tool} migration(s) into {} ({new} new, {} already there)\n",
        found.len(),
        ctx.config.modules.display(),
        found.len() - new
    );
    for f in &found {
        let notes = [
            (!f.transactional).then_some("non-transactional"),
            f.down.is_none().then_some("irreversible"),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>();
        let notes = if notes.is_empty() {
            String::new()
        } else {
            format!(" ({})", notes.join(", "))
        };
        out.push_str(&format!("  {}  ← {}{notes}\n", f.folder, f.file));
    }
    if excluded {
        out.push_str("added the new SQL modules to `[workspace] exclude` in Cargo.toml: they are not crates\n");
    }
    out.push_str(&format!(
        "next: `tidegate build`, list each module's tables under [capabilities] in its module.toml, then on a database {tool} already migrated `tidegate baseline --from {tool}`"
    ));
    ctx.emit(&out);
    Ok(0)
}
