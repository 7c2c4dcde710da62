//! `tidegate report github`: post a markdown report (from `--format
//! markdown`) as the one sticky comment on the pull request, and append it
//! to the job summary.

use std::io::Write as _;
use std::path::PathBuf;

use anyhow::Context as _;
use tidegate::github::{GithubError, Posted, Sticky};

use super::Ctx;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub target: Target,
}

#[derive(clap::Subcommand)]
pub enum Target {
    /// Post or update the sticky pull-request comment.
    Github(GithubArgs),
}

#[derive(clap::Args)]
pub struct GithubArgs {
    /// The markdown report to post.
    #[arg(long)]
    pub body: PathBuf,
    /// owner/name [default: $GITHUB_REPOSITORY].
    #[arg(long, env = "GITHUB_REPOSITORY")]
    pub repo: Option<String>,
    /// Pull request number [default: from $GITHUB_EVENT_PATH].
    #[arg(long)]
    pub pr: Option<u64>,
    /// Token with pull-requests: write.
    #[arg(long, env = "GITHUB_TOKEN", hide_env_values = true)]
    pub github_token: Option<String>,
    /// API base [default: $GITHUB_API_URL or https://api.github.com].
    #[arg(long, env = "GITHUB_API_URL", default_value = "https://api.github.com")]
    pub api_url: String,
    /// Name of the job artifact holding the full report, for oversized comments.
    #[arg(long, default_value = "tidegate-report")]
    pub artifact: String,
}

/// The pull request number from the event payload, if the event has one.
fn pr_from_event() -> Option<u64> {
    let path = std::env::var_os("GITHUB_EVENT_PATH")?;
    let event: serde_json::Value = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    event["pull_request"]["number"].as_u64().or_else(|| {
        event["issue"]["pull_request"]
            .is_object()
            .then(|| event["issue"]["number"].as_u64())
            .flatten()
    })
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    let Target::Github(args) = args.target;
    let markdown = std::fs::read_to_string(&args.body)
        .with_context(|| format!("cannot read {}", args.body.display()))?;
    let markdown = ctx.scrub(&markdown);

    if let Some(summary) = std::env::var_os("GITHUB_STEP_SUMMARY") {
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&summary)
            .context("cannot open $GITHUB_STEP_SUMMARY")?;
        writeln!(f, "{markdown}").context("cannot write $GITHUB_STEP_SUMMARY")?;
    }
    let Some(pr) = args.pr.or_else(pr_from_event) else {
        ctx.emit("not a pull request: no comment posted (the report is in the job summary)");
        return Ok(0);
    };
    let repo = args
        .repo
        .context("no repository: set GITHUB_REPOSITORY or pass --repo owner/name")?;
    let Some(token) = args.github_token.filter(|t| !t.is_empty()) else {
        ctx.emit("no GITHUB_TOKEN: no comment posted (the report is in the job summary)");
        return Ok(0);
    };
    let sticky = Sticky::new(&args.api_url, &token, &repo, pr)?;
    match sticky.post(&markdown, &args.artifact).await {
        Ok(Posted::Created(id)) => ctx.emit(&format!("created comment {id} on {repo}#{pr}")),
        Ok(Posted::Updated(id)) => ctx.emit(&format!("updated comment {id} on {repo}#{pr}")),
        // Fork pull requests run with a read-only token: the plan still
        // passes or fails on its own, the comment is best effort.
        Err(e @ GithubError::Forbidden { .. }) => {
            eprintln!("warning: {e}");
            ctx.emit("no comment posted: the token cannot write to this pull request (the report is in the job summary)");
        }
        Err(e) => return Err(e).context("cannot post the pull-request comment"),
    }
    Ok(0)
}
