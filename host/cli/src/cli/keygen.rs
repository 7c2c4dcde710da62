//! `tidegate keygen`

use std::path::PathBuf;

use anyhow::Context as _;
use tidegate::signing;

use super::Ctx;

#[derive(clap::Args)]
pub struct Args {
    /// Where to write the secret key; the public key goes to the same path
    /// with `.pub` added. Neither is ever overwritten.
    #[arg(long, default_value = "tidegate-signing.key")]
    pub out: PathBuf,
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    let public = signing::generate(&args.out).context("cannot make a signing key")?;
    ctx.emit(&format!(
        "wrote secret key {} (keep it out of version control) and public key {}\npublic key: {}\n\
         sign with `tidegate sign --key {}`; trust it with `--trusted-key {}` or `[signing] trusted_keys` in tidegate.toml",
        args.out.display(),
        signing::public_path(&args.out).display(),
        signing::format_public(&public),
        args.out.display(),
        signing::format_public(&public),
    ));
    Ok(0)
}
