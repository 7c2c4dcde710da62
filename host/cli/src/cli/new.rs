//! `tidegate new`

use anyhow::Context as _;

use tidegate::scaffold::Form;

use super::Ctx;

#[derive(clap::Args)]
pub struct Args {
    /// The migration's name, e.g. `add_orders`; it gets the next number.
    pub name: String,
    /// The engine a Rust module changes (one this build of tidegate runs).
    #[arg(long, default_value = "postgres", conflicts_with_all = ["sql", "mongodb_json", "es_json"])]
    pub engine: String,
    /// A SQL module: up.sql, down.sql, check.sql and module.toml; no Rust.
    #[arg(long, conflicts_with_all = ["mongodb_json", "es_json"])]
    pub sql: bool,
    /// A MongoDB module: up.mongo.json, down.mongo.json and module.toml.
    #[arg(long, conflicts_with = "es_json")]
    pub mongodb_json: bool,
    /// An Elasticsearch/OpenSearch module: up.es.json, down.es.json and
    /// module.toml.
    #[arg(long)]
    pub es_json: bool,
    /// Its version [default: one more than the highest in the modules folder].
    #[arg(long)]
    pub version: Option<u64>,
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    let (engine, form) = match (args.sql, args.mongodb_json, args.es_json) {
        (true, _, _) => ("postgres", Form::Files),
        (_, true, _) => ("mongodb", Form::Files),
        (_, _, true) => ("elasticsearch", Form::Files),
        _ => (args.engine.as_str(), Form::Crate),
    };
    let driver = ctx
        .runtime
        .drivers()
        .iter()
        .find(|d| d.kind().to_string() == engine)
        .with_context(|| format!("this tidegate does not run {engine}; use one built with it"))?;
    let root = ctx.config.root_dir();
    let made = tidegate::scaffold::scaffold(
        &ctx.config.modules,
        &root,
        &args.name,
        |name| driver.scaffold(name),
        args.version,
        form,
    )
    .context("cannot create the module")?;
    if form == Form::Files {
        tidegate::scaffold::keep_out_of_workspace(&root, std::slice::from_ref(&made.dir))
            .context("cannot update the Cargo workspace")?;
    }
    let edit = match form {
        Form::Crate => format!("{}/src/lib.rs", made.dir.display()),
        Form::Files => format!("the files in {}", made.dir.display()),
    };
    ctx.emit(&format!(
        "created {} ({engine} migration {}, version {})\nnext: edit {edit}, then `tidegate test` (it builds and updates tidegate.lock)",
        made.dir.display(),
        made.id,
        made.version,
    ));
    Ok(0)
}
