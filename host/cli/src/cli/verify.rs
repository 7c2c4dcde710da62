//! `tidegate verify`

use tidegate::project::{Project, ProjectError};
use tidegate::render::{json, verify_human, verify_markdown};
use tidegate::report::{VerifiedMigration, VerifyReport};

use super::{Ctx, Format, exit};

pub async fn run(ctx: &Ctx) -> anyhow::Result<u8> {
    let report = match Project::open(ctx.config.clone(), &ctx.runtime).await {
        Ok(project) => VerifyReport {
            ok: true,
            migrations: project
                .migrations
                .iter()
                .map(|m| VerifiedMigration {
                    id: m.meta.id.clone(),
                    version: m.meta.version,
                    api: m.locked.api.clone(),
                    component: m.locked.component.to_string(),
                    engines: m.meta.engines.iter().map(ToString::to_string).collect(),
                    transactional: m.meta.transactional,
                    reversible: m.meta.reversible,
                    capabilities: m.capabilities().map(ToString::to_string),
                    signed_by: m.locked.signatures.iter().map(|s| s.key.clone()).collect(),
                })
                .collect(),
            problems: Vec::new(),
            warnings: project.warnings,
        },
        Err(ProjectError::Verify(problems)) => VerifyReport {
            ok: false,
            migrations: Vec::new(),
            problems,
            warnings: Vec::new(),
        },
        Err(e) => return Err(e.into()),
    };
    ctx.emit(&match ctx.global.format {
        Format::Human => verify_human(&report),
        Format::Json | Format::Sarif => json(&report),
        Format::Markdown => verify_markdown(&report),
    });
    Ok(if report.ok { 0 } else { exit::VERIFY })
}
