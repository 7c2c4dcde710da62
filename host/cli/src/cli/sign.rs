//! `tidegate sign`

use std::path::PathBuf;

use anyhow::Context as _;
use tidegate::signing;

use super::{Ctx, exit};

#[derive(clap::Args)]
pub struct Args {
    /// Secret key file made by `tidegate keygen`.
    #[arg(long, env = "TIDEGATE_SIGNING_KEY")]
    pub key: PathBuf,
    /// Sign only these migrations [default: all].
    pub ids: Vec<String>,
}

/// Verify the project as it stands, then add this key's signature over each
/// component digest and API version to tidegate.lock.
pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    let key = signing::read_secret(&args.key)?;
    let public = signing::format_public(&key.verifying_key());
    // Only what verifies (digests, policy, existing signatures) gets signed.
    let project = ctx
        .verified_project()
        .await
        .context("will not sign a project that does not verify")?;
    let mut lock = project.lock.clone();
    for id in &args.ids {
        if lock.get(id).is_none() {
            eprintln!(
                "error: no migration `{id}` in {}; see `tidegate status`",
                ctx.config.lock.display()
            );
            return Ok(exit::USAGE);
        }
    }
    let mut signed = 0;
    for m in lock
        .migrations
        .iter_mut()
        .filter(|m| args.ids.is_empty() || args.ids.contains(&m.id))
    {
        m.signatures.retain(|s| s.key != public);
        m.signatures.push(signing::sign(&key, &m.component, &m.api));
        signed += 1;
    }
    lock.write(&ctx.config.lock)?;
    ctx.emit(&format!(
        "signed {signed} migration(s) in {} with {public}; commit the lock",
        ctx.config.lock.display()
    ));
    Ok(0)
}
