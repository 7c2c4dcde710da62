//! `tidegate schema-name`: how an application picks the new version of a
//! phased migration in flight.

use super::{Ctx, Format};

#[derive(clap::Args)]
pub struct Args {
    /// The migration; without it, the newest one in flight.
    pub id: Option<String>,
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    let project = ctx.project().await?;
    let executor = tidegate::Executor::new(&project, &ctx.runtime).await?;
    let status = executor.status().await?;
    let flying: Vec<_> = status
        .migrations
        .iter()
        .filter(|m| m.state == tidegate::report::State::InFlight)
        .filter(|m| args.id.as_ref().is_none_or(|id| &m.id == id))
        .collect();
    let Some(m) = flying.last() else {
        anyhow::bail!(tidegate::ExecError::NotInFlight(match &args.id {
            Some(id) => format!("{id} is not in flight; `tidegate status` shows where it stands"),
            None =>
                "no phased migration is in flight; both application versions use the base schema"
                    .into(),
        }));
    };
    ctx.emit(&match ctx.global.format {
        Format::Json | Format::Sarif => tidegate::render::json(&serde_json::json!({
            "migration": m.id,
            "access": m.access,
        })),
        _ => {
            let mut out = String::new();
            for a in &m.access {
                out.push_str(a);
                out.push('\n');
            }
            if out.is_empty() {
                out = format!("{}: both application versions use the same names\n", m.id);
            }
            out
        }
    });
    Ok(0)
}
