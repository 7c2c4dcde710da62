//! `tidegate new`

use anyhow::Context as _;

use super::Ctx;

#[derive(clap::Args)]
pub struct Args {
    /// The migration's name, e.g. `add_orders`; it gets the next number.
    pub name: String,
    /// The engine it changes (one this build of tidegate runs).
    #[arg(long, default_value = "postgres")]
    pub engine: String,
    /// Its version [default: one more than the highest in the modules folder].
    #[arg(long)]
    pub version: Option<u64>,
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    let driver = ctx.runtime.drivers().iter().find(|d| d.kind().to_string() == args.engine).context("unknown engine")?;
    let engine = driver.kind();
    let root = if ctx.config.root.as_os_str().is_empty() { std::path::PathBuf::from(".") } else { ctx.config.root.clone() };
    let made = tidegate::scaffold::scaffold(&ctx.config.modules, &root, &args.name, |name| driver.scaffold(name), args.version).context("cannot create the module")?;
    ctx.emit(&format!(
        "created {} ({engine} migration {}, version {})\nnext: edit {}/src/lib.rs, then `tidegate test` (it builds and updates tidegate.lock)",
        made.dir.display(),
        made.id,
        made.version,
        made.dir.display()
    ));
    Ok(0)
}
