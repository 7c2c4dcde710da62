//! `tidegate new`

use anyhow::Context as _;
use tidegate::metadata::EngineKind;

use super::Ctx;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Engine {
    Postgres,
    Mongodb,
    Elasticsearch,
}

#[derive(clap::Args)]
pub struct Args {
    /// The migration's name, e.g. `add_orders`; it gets the next number.
    pub name: String,
    /// The engine it changes.
    #[arg(long, value_enum, default_value = "postgres")]
    pub engine: Engine,
    /// Its version [default: one more than the highest in the modules folder].
    #[arg(long)]
    pub version: Option<u64>,
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    let engine = match args.engine {
        Engine::Postgres => EngineKind::Postgres,
        Engine::Mongodb => EngineKind::Mongodb,
        Engine::Elasticsearch => EngineKind::Elasticsearch,
    };
    let root = if ctx.config.root.as_os_str().is_empty() { std::path::PathBuf::from(".") } else { ctx.config.root.clone() };
    let made = tidegate::scaffold::scaffold(&ctx.config.modules, &root, &args.name, engine, args.version).context("cannot create the module")?;
    ctx.emit(&format!(
        "created {} ({engine} migration {}, version {})\nnext: edit {}/src/lib.rs, then `tidegate test` (it builds and updates tidegate.lock)",
        made.dir.display(),
        made.id,
        made.version,
        made.dir.display()
    ));
    Ok(0)
}
