//! `tidegate test`

use std::path::PathBuf;

use anyhow::Context as _;
use indicatif::{ProgressBar, ProgressStyle};
use tidegate::render::json;
use tidegate::testing::{self, Options, Progress, TestReport};

use super::{Ctx, Format, exit};

#[derive(clap::Args)]
pub struct Args {
    /// Start official containers (testcontainers) even for engines with a
    /// configured server.
    #[arg(long)]
    pub containers: bool,
    /// Replay with seed data: a folder with postgres.sql, mongodb.json
    /// and/or elasticsearch.json (`{"collection or index": [documents]}`).
    #[arg(long)]
    pub seed: Option<PathBuf>,
    /// Load the seed after this migration [default: before the first].
    #[arg(long, requires = "seed")]
    pub seed_after: Option<String>,
    /// Test the components as built, without `tidegate build` first.
    #[arg(long)]
    pub no_build: bool,
}

struct Bar(ProgressBar);

impl Progress for Bar {
    fn start(&self, total: u64) {
        self.0.set_length(total);
        self.0.set_position(0);
    }
    fn step(&self, what: &str) {
        self.0.set_message(what.to_string());
        self.0.inc(1);
    }
    fn done(&self) {
        self.0.finish_and_clear();
    }
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    if !args.no_build {
        tidegate::build::build(&ctx.config, &ctx.runtime, false)
            .await
            .context("build failed")?;
    }
    // Drawn on stderr, and only when it is a terminal.
    let bar = ProgressBar::new(1).with_style(
        ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} {msg}")
            .expect("valid template")
            .progress_chars("=> "),
    );
    let options = Options {
        containers: args.containers,
        seed: args.seed,
        seed_after: args.seed_after,
    };
    let report = testing::run(&ctx.config, &ctx.runtime, &options, &Bar(bar.clone())).await;
    bar.finish_and_clear();
    let report = report?;
    ctx.emit(&match ctx.global.format {
        Format::Json | Format::Sarif => json(&report),
        Format::Human | Format::Markdown => table(&report),
    });
    Ok(if report.ok() { 0 } else { exit::FAILED })
}

fn table(r: &TestReport) -> String {
    let mut out = String::new();
    for s in &r.servers {
        out.push_str(&format!("{} on {} ({})\n", s.engine, s.target, s.source));
    }
    let width = r
        .migrations
        .iter()
        .map(|m| m.id.len())
        .max()
        .unwrap_or(9)
        .max(9);
    out.push_str(&format!(
        "\n{:<width$}  apply  down+up  retry  checks\n",
        "migration"
    ));
    for m in &r.migrations {
        let checks = match (&m.checks, m.checks_total) {
            (testing::Verdict::Pass, 0) => "none".to_string(),
            (_, 0) => m.checks.word().to_string(),
            (_, n) => format!("{}/{n}", m.checks_passed),
        };
        let checks = if m.checks == testing::Verdict::Pass || m.checks_total == 0 {
            checks
        } else {
            format!("{checks} FAIL")
        };
        out.push_str(&format!(
            "{:<width$}  {:<5}  {:<7}  {:<5}  {}\n",
            m.id,
            m.apply.word(),
            m.reversible.word(),
            m.idempotent.word(),
            checks
        ));
    }
    out.push_str(&format!(
        "\nsecond apply does nothing: {}\n",
        r.reapply.word()
    ));
    if let Some(seed) = &r.seed {
        out.push_str(&format!("seed replay: {}\n", seed.word()));
    }
    let failures = r.failures();
    for f in &failures {
        out.push_str(&format!("FAIL {f}\n"));
    }
    out.push_str(&format!(
        "\n{}: {} migration(s), {} failure(s) in {:.1}s ('-' = not applicable: irreversible, or transactional so never retried)\n",
        if r.ok() { "test passed" } else { "test FAILED" },
        r.migrations.len(),
        failures.len(),
        r.elapsed_ms / 1000.0
    ));
    out
}
