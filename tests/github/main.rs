//! The GitHub reporter against a local server that speaks the REST shapes
//! octocrab uses: list (paginated), create and update issue comments, with
//! secondary rate limits and `retry-after`. This binary links the reporter
//! only: no wasm runtime, no database driver.

#[path = "standin.rs"]
mod standin;

use std::time::{Duration, Instant};

use anyhow::ensure;
use libtest_mimic::{Failed, Trial};
use standin::{TOKEN, github_with, ours};
use tidegate_github::{MARKER, MAX_COMMENT_CHARS, Posted, Sticky};

fn trial<Fut: std::future::Future<Output = anyhow::Result<()>>>(
    name: &'static str,
    f: impl FnOnce() -> Fut + Send + 'static,
) -> Trial {
    Trial::test(name, move || {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap()
            .block_on(f())
            .map_err(|e| Failed::from(format!("{e:#}")))
    })
}

async fn two_runs_leave_one_comment_updated_in_place() -> anyhow::Result<()> {
    let (state, base) = github_with(150);
    let sticky = Sticky::new(&base, TOKEN, "acme/shop", 7)?;
    let first = sticky
        .post(&format!("{MARKER}\nfirst plan"), "tidegate-report")
        .await?;
    let second = sticky
        .post(&format!("{MARKER}\nsecond plan"), "tidegate-report")
        .await?;
    let Posted::Created(id) = first else {
        anyhow::bail!("first run must create: {first:?}")
    };
    ensure!(
        second == Posted::Updated(id),
        "second run must edit comment {id}: {second:?}"
    );
    let mine = ours(&state);
    ensure!(
        mine.len() == 1 && mine[0].1.ends_with("second plan"),
        "{mine:?}"
    );
    let s = state.lock().unwrap();
    ensure!(s.comments.len() == 151);
    ensure!(
        s.log.iter().filter(|l| l.starts_with("POST")).count() == 1,
        "{:?}",
        s.log
    );
    // The marker sat on page two: the second run paged to find it.
    ensure!(
        s.log.iter().filter(|l| l.starts_with("GET")).count() == 4,
        "{:?}",
        s.log
    );
    ensure!(s.unauthenticated == 0, "every request carries the token");
    Ok(())
}

async fn secondary_rate_limits_are_honoured() -> anyhow::Result<()> {
    let (state, base) = github_with(3);
    state.lock().unwrap().faults = vec![
        ("GET", 429, Some(1), "API rate limit exceeded"),
        (
            "POST",
            403,
            Some(1),
            "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
        ),
    ];
    let sticky = Sticky::new(&base, TOKEN, "acme/shop", 7)?;
    let start = Instant::now();
    let posted = sticky.post(&format!("{MARKER}\nplan"), "a").await?;
    let waited = start.elapsed();
    ensure!(matches!(posted, Posted::Created(_)));
    ensure!(
        waited >= Duration::from_secs(2),
        "retry-after not honoured: {waited:?}"
    );
    ensure!(
        waited < Duration::from_secs(10),
        "waited far longer than asked: {waited:?}"
    );
    ensure!(
        ours(&state).len() == 1,
        "a retried create must not duplicate"
    );
    Ok(())
}

async fn rate_limits_that_never_end_give_up() -> anyhow::Result<()> {
    let (state, base) = github_with(0);
    state.lock().unwrap().faults = (0..10)
        .map(|_| ("GET", 429, Some(0), "API rate limit exceeded"))
        .collect();
    let mut sticky = Sticky::new(&base, TOKEN, "acme/shop", 7)?;
    sticky.max_attempts = 3;
    let err = sticky
        .post(&format!("{MARKER}\nplan"), "a")
        .await
        .unwrap_err();
    ensure!(
        err.to_string()
            .contains("kept rate-limiting after 3 attempts"),
        "{err}"
    );
    ensure!(ours(&state).is_empty());
    Ok(())
}

async fn oversized_reports_degrade_to_a_summary() -> anyhow::Result<()> {
    let (state, base) = github_with(0);
    let sticky = Sticky::new(&base, TOKEN, "acme/shop", 7)?;
    let body = format!(
        "{MARKER}\n## plan\n| summary |\n<details>\n```sql\n{}\n```\n</details>\n",
        "SELECT 1;\n".repeat(10_000)
    );
    sticky.post(&body, "tidegate-report").await?;
    let mine = ours(&state);
    ensure!(mine.len() == 1);
    ensure!(mine[0].1.chars().count() <= MAX_COMMENT_CHARS);
    ensure!(mine[0].1.contains("## plan") && mine[0].1.contains("job artifact `tidegate-report`"));
    Ok(())
}

fn main() {
    let args = libtest_mimic::Arguments::from_args();
    let trials = vec![
        trial(
            "two_runs_leave_one_comment_updated_in_place",
            two_runs_leave_one_comment_updated_in_place,
        ),
        trial(
            "secondary_rate_limits_are_honoured",
            secondary_rate_limits_are_honoured,
        ),
        trial(
            "rate_limits_that_never_end_give_up",
            rate_limits_that_never_end_give_up,
        ),
        trial(
            "oversized_reports_degrade_to_a_summary",
            oversized_reports_degrade_to_a_summary,
        ),
    ];
    libtest_mimic::run(&args, trials).exit();
}
