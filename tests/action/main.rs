//! The command line as GitHub Actions runs it: `tidegate report github`
//! against the local GitHub stand-in, and action.yml's composite steps in a
//! simulated runner against real servers.

#[path = "../common/mod.rs"]
mod common;
#[path = "../github/standin.rs"]
mod standin;

use anyhow::{Context, ensure};
use common::trial;
use standin::{TOKEN, github_with, ours};
use tidegate::render::MARKER;

/// The CLI as a GitHub Actions step would run it.
fn report_cli(
    base: &str,
    dir: &std::path::Path,
    body: &str,
    event: serde_json::Value,
) -> (i32, String, String) {
    let report = dir.join("report.md");
    std::fs::write(&report, body).unwrap();
    let event_path = dir.join("event.json");
    std::fs::write(&event_path, event.to_string()).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tidegate"))
        .args(["report", "github", "--body"])
        .arg(&report)
        .arg("--no-cache")
        .env("GITHUB_API_URL", base)
        .env("GITHUB_REPOSITORY", "acme/shop")
        .env("GITHUB_EVENT_PATH", &event_path)
        .env("GITHUB_TOKEN", TOKEN)
        .env("GITHUB_STEP_SUMMARY", dir.join("summary.md"))
        .env(
            "TIDEGATE_POSTGRES_URL",
            "postgres://app:pa55word@db.internal/prod",
        )
        .current_dir(dir)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

async fn cli_posts_redacted_reports_and_writes_the_summary() -> anyhow::Result<()> {
    let (state, base) = github_with(2);
    let dir = tempfile::tempdir()?;
    let body =
        format!("{MARKER}\nconnecting to postgres://app:pa55word@db.internal/prod with {TOKEN}");
    let event = serde_json::json!({ "pull_request": { "number": 7 } });
    let (code, out, err) = report_cli(&base, dir.path(), &body, event.clone());
    ensure!(
        code == 0 && out.contains("created comment"),
        "exit {code}: {out} {err}"
    );
    let (code, out, _) = report_cli(&base, dir.path(), &body, event);
    ensure!(code == 0 && out.contains("updated comment"), "{out}");
    let mine = ours(&state);
    ensure!(mine.len() == 1);
    ensure!(
        !mine[0].1.contains("pa55word") && !mine[0].1.contains(TOKEN),
        "secret leaked: {}",
        mine[0].1
    );
    let summary = std::fs::read_to_string(dir.path().join("summary.md"))?;
    ensure!(
        summary.contains(MARKER) && !summary.contains("pa55word"),
        "{summary}"
    );
    Ok(())
}

async fn read_only_tokens_and_pushes_degrade_gracefully() -> anyhow::Result<()> {
    let (state, base) = github_with(1);
    state.lock().unwrap().faults =
        vec![("GET", 403, None, "Resource not accessible by integration")];
    let dir = tempfile::tempdir()?;
    let (code, out, err) = report_cli(
        &base,
        dir.path(),
        &format!("{MARKER}\nplan"),
        serde_json::json!({ "pull_request": { "number": 7 } }),
    );
    ensure!(
        code == 0,
        "a fork's read-only token must not fail the job: exit {code}: {err}"
    );
    ensure!(
        err.contains("pull-requests: write") && out.contains("no comment posted"),
        "{out} {err}"
    );
    ensure!(ours(&state).is_empty());
    ensure!(std::fs::read_to_string(dir.path().join("summary.md"))?.contains("plan"));

    let (code, out, _) = report_cli(
        &base,
        dir.path(),
        &format!("{MARKER}\npush"),
        serde_json::json!({ "ref": "refs/heads/main" }),
    );
    ensure!(code == 0 && out.contains("not a pull request"), "{out}");
    Ok(())
}

/// Runs action.yml's composite steps the way a runner does: inputs and
/// step outputs substituted, `GITHUB_*` files in a temp dir, each `run` in
/// `bash -eo pipefail`. Returns the outputs and the job summary.
struct Runner {
    dir: tempfile::TempDir,
    env: Vec<(String, String)>,
}

impl Runner {
    fn new(api: &str, event: serde_json::Value) -> Runner {
        let dir = tempfile::tempdir().unwrap();
        let p = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
        std::fs::write(p("event.json"), event.to_string()).unwrap();
        let bin = std::path::Path::new(env!("CARGO_BIN_EXE_tidegate"))
            .parent()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let env = vec![
            ("GITHUB_ACTIONS".into(), "true".into()),
            (
                "GITHUB_ACTION_PATH".into(),
                common::workspace().to_string_lossy().into_owned(),
            ),
            ("GITHUB_EVENT_PATH".into(), p("event.json")),
            ("GITHUB_OUTPUT".into(), p("output")),
            ("GITHUB_STEP_SUMMARY".into(), p("summary.md")),
            ("GITHUB_PATH".into(), p("path")),
            ("GITHUB_REPOSITORY".into(), "acme/shop".into()),
            ("GITHUB_API_URL".into(), api.into()),
            ("RUNNER_TEMP".into(), p("runner-temp")),
            ("TIDEGATE_CACHE_DIR".into(), p("cache")),
            (
                "PATH".into(),
                format!("{bin}:{}", std::env::var("PATH").unwrap_or_default()),
            ),
        ];
        std::fs::create_dir_all(p("runner-temp")).unwrap();
        Runner { dir, env }
    }

    fn outputs(&self) -> std::collections::HashMap<String, String> {
        std::fs::read_to_string(self.dir.path().join("output"))
            .unwrap_or_default()
            .lines()
            .filter_map(|l| {
                l.split_once('=')
                    .map(|(k, v)| (k.to_string(), v.to_string()))
            })
            .collect()
    }

    /// Run every step with `inputs` (over the action's defaults); returns
    /// (step name, exit code, stdout) of each step that ran.
    fn run(&self, inputs: &[(&str, &str)]) -> Vec<(String, i32, String)> {
        use yaml_rust2::{Yaml, YamlLoader};
        let text = std::fs::read_to_string(common::workspace().join("action.yml")).unwrap();
        let action = &YamlLoader::load_from_str(&text).unwrap()[0];
        let mut values: std::collections::HashMap<String, String> = action["inputs"]
            .as_hash()
            .unwrap()
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().unwrap().to_string(),
                    v["default"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect();
        values.insert("github-token".into(), TOKEN.into());
        for (k, v) in inputs {
            assert!(values.contains_key(*k), "action.yml has no input `{k}`");
            values.insert(k.to_string(), v.to_string());
        }
        let mut ran = Vec::new();
        for step in action["runs"]["steps"].as_vec().unwrap() {
            let outputs = self.outputs();
            let expand = |s: &str| -> String {
                let mut out = String::new();
                let mut rest = s;
                while let Some(start) = rest.find("${{") {
                    out.push_str(&rest[..start]);
                    let end = rest[start..].find("}}").expect("closed expression") + start;
                    let expr = rest[start + 3..end].trim();
                    let value = if let Some(name) = expr.strip_prefix("inputs.") {
                        values
                            .get(name)
                            .cloned()
                            .unwrap_or_else(|| panic!("unknown input {name}"))
                    } else if let Some(name) = expr.strip_prefix("steps.run.outputs.") {
                        outputs.get(name).cloned().unwrap_or_default()
                    } else {
                        panic!("the simulated runner does not know `{expr}`")
                    };
                    out.push_str(&value);
                    rest = &rest[end + 2..];
                }
                out.push_str(rest);
                out
            };
            let name = expand(step["name"].as_str().unwrap_or("step"));
            // Actions a step uses (the cache) do not run here; their
            // inputs must still name only what the runner provides.
            if let Some(uses) = step["uses"].as_str() {
                assert!(
                    uses.starts_with("actions/cache@"),
                    "the simulated runner knows no action {uses}"
                );
                ran.push((name, 0, format!("uses {uses}: not run here")));
                continue;
            }
            let script = expand(step["run"].as_str().expect("composite steps run scripts"));
            assert_eq!(step["shell"].as_str(), Some("bash"));
            let mut cmd = std::process::Command::new("bash");
            cmd.args(["--noprofile", "--norc", "-eo", "pipefail", "-c", &script]);
            cmd.current_dir(common::workspace()).env_clear();
            for (k, v) in &self.env {
                cmd.env(k, v);
            }
            for key in ["HOME", "CARGO_HOME", "RUSTUP_HOME", "RUSTUP_TOOLCHAIN"] {
                if let Ok(v) = std::env::var(key) {
                    cmd.env(key, v);
                }
            }
            if let Some(env) = step["env"].as_hash() {
                for (k, v) in env {
                    let v = match v {
                        Yaml::String(s) => expand(s),
                        other => format!("{other:?}"),
                    };
                    cmd.env(k.as_str().unwrap(), v);
                }
            }
            let out = cmd.output().unwrap();
            let code = out.status.code().unwrap_or(-1);
            let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
            ran.push((
                name.clone(),
                code,
                format!("{stdout}{}", String::from_utf8_lossy(&out.stderr)),
            ));
            if code != 0 {
                break;
            }
        }
        ran
    }
}

fn refs<'a>(v: &'a [(&'static str, String)]) -> Vec<(&'a str, &'a str)> {
    v.iter().map(|(k, x)| (*k, x.as_str())).collect()
}

async fn action_runs_in_a_simulated_runner(urls: Vec<String>) -> anyhow::Result<()> {
    let db = common::TestDb::create(&urls[0]).await?;
    let mongo = common::mongo_db_url(&urls[1]);
    let es = urls[2].clone();
    let search = common::Fixture::new(common::examples(), &[], None)
        .with_es(&es)
        .es_target();
    common::clean_search_engine(&search).await?;
    let (state, api) = github_with(0);
    let pr = serde_json::json!({ "pull_request": { "number": 7 } });
    let engines = |extra: &[(&'static str, &str)]| -> Vec<(&'static str, String)> {
        let mut v = vec![
            ("postgres-url", db.url.clone()),
            ("mongodb-url", mongo.clone()),
            ("elasticsearch-url", es.clone()),
        ];
        v.extend(extra.iter().map(|(k, x)| (*k, x.to_string())));
        v
    };

    let runner = Runner::new(&api, pr.clone());
    let steps = runner.run(&refs(&engines(&[("command", "plan")])));
    ensure!(
        steps.len() == 7 && steps.iter().all(|s| s.1 == 0),
        "{steps:#?}"
    );
    let out = runner.outputs();
    ensure!(
        out.get("pending-count").map(String::as_str) == Some("9"),
        "{out:?}"
    );
    ensure!(out.get("has-changes").map(String::as_str) == Some("true"));
    let report = std::path::PathBuf::from(&out["report-path"]);
    for f in ["report.json", "report.md", "report.sarif"] {
        ensure!(report.join(f).exists(), "{f} missing");
    }
    let summary = std::fs::read_to_string(runner.dir.path().join("summary.md"))?;
    ensure!(
        summary.contains(MARKER) && summary.contains("0001_create_users"),
        "{summary}"
    );
    // One comment with the verdict, per-engine tables, the diff of every
    // engine, lint and health, in a shape that fits GitHub's column.
    let comment = std::fs::read_to_string(report.join("report.md"))?;
    let wanted = [
        "Tidegate plan (dry run) · 9 migration(s) ready to apply",
        "Schema diff · PostgreSQL",
        "Schema diff · MongoDB",
        "Schema diff · Elasticsearch",
        "<b>Lint</b>",
        "<b>Health</b>",
        "CREATE TABLE public.users (",
    ];
    let problems = common::comment::problems(&comment, &wanted);
    ensure!(problems.is_empty(), "{problems:#?}\n{comment}");
    ensure!(ours(&state).len() == 1 && ours(&state)[0].1.contains("Tidegate plan"));
    ensure!(
        !db.exists("users").await?,
        "plan must not change the database"
    );

    let apply = Runner::new(&api, serde_json::json!({ "ref": "refs/heads/main" }));
    let steps = apply.run(&refs(&engines(&[
        ("command", "apply"),
        ("comment", "false"),
    ])));
    ensure!(
        steps.len() == 7 && steps.iter().all(|s| s.1 == 0),
        "{steps:#?}"
    );
    ensure!(apply.outputs().get("pending-count").map(String::as_str) == Some("9"));
    ensure!(db.exists("users").await?);

    let again = Runner::new(&api, pr);
    let steps = again.run(&refs(&engines(&[("command", "plan")])));
    ensure!(
        steps.len() == 7 && steps.iter().all(|s| s.1 == 0),
        "{steps:#?}"
    );
    ensure!(again.outputs().get("has-changes").map(String::as_str) == Some("false"));
    let mine = ours(&state);
    ensure!(
        mine.len() == 1 && mine[0].1.contains("up to date"),
        "the sticky comment is edited, not duplicated: {mine:?}"
    );

    // A failing command fails the job, after the report is published.
    let bad = Runner::new(&api, serde_json::json!({}));
    let steps = bad.run(&[
        ("command", "plan"),
        ("postgres-url", "postgres://nobody@127.0.0.1:1/none"),
        ("comment", "false"),
    ]);
    let last = steps.last().unwrap();
    ensure!(
        last.0 == "Fail when tidegate failed" && last.1 == 6,
        "{steps:#?}"
    );

    // With require-signature, the unsigned examples are refused before
    // anything runs, whatever the command.
    let key = tidegate::signing::format_public(
        &ed25519_dalek::SigningKey::from_bytes(&[7; 32]).verifying_key(),
    );
    let strict = Runner::new(&api, serde_json::json!({ "ref": "refs/heads/main" }));
    let steps = strict.run(&refs(&engines(&[
        ("command", "apply"),
        ("comment", "false"),
        ("require-signature", "true"),
        ("trusted-keys", &key),
    ])));
    let last = steps.last().unwrap();
    ensure!(
        last.0 == "Build and verify migration modules"
            && last.1 == 3
            && last.2.contains("signature"),
        "{steps:#?}"
    );
    // complete and rollback reach tidegate, which refuses them (nothing is
    // in flight among the examples: a usage error, exit 2) in its own
    // step, not as an unknown command.
    for command in ["complete", "rollback"] {
        let phase = Runner::new(&api, serde_json::json!({ "ref": "refs/heads/main" }));
        let steps = phase.run(&refs(&engines(&[
            ("command", command),
            ("comment", "false"),
        ])));
        let last = steps.last().unwrap();
        ensure!(
            last.0 == "Fail when tidegate failed" && last.1 == 2,
            "{command}: {steps:#?}"
        );
    }
    let typo = Runner::new(&api, serde_json::json!({}));
    let steps = typo.run(&refs(&engines(&[("require-signature", "yes please")])));
    ensure!(
        steps
            .last()
            .is_some_and(|s| s.1 == 2 && s.2.contains("use true or false")),
        "{steps:#?}"
    );
    common::clean_search_engine(&search).await?;
    let client = mongodb::Client::with_uri_str(&mongo).await?;
    client
        .default_database()
        .context("the URL names a database")?
        .drop()
        .await?;
    db.drop().await
}

/// The pictures in the README come from `cargo xtask comment`, which
/// renders these comments with the same renderer the checks use: they must
/// have the shape the tests demand.
async fn documented_comments_have_the_tested_shape() -> anyhow::Result<()> {
    for (name, wanted) in [
        (
            "comment-plan.md",
            vec![
                "9 migration(s) ready to apply",
                "Schema diff · PostgreSQL",
                "CREATE TABLE public.users (",
                "<b>Health</b>",
            ],
        ),
        (
            "comment-failing.md",
            vec![
                "lint: 2 error(s) · health FAILING",
                "PG001",
                "CREATE INDEX users_status_idx",
                "<b>Lint</b>",
                "<b>Health</b>",
            ],
        ),
    ] {
        let md = std::fs::read_to_string(common::workspace().join("docs").join(name))?;
        let problems = common::comment::problems(&md, &wanted);
        ensure!(
            problems.is_empty(),
            "docs/{name}: {problems:#?}; regenerate with `cargo xtask comment`"
        );
    }
    Ok(())
}

fn main() {
    let args = libtest_mimic::Arguments::from_args();
    let trials = vec![
        trial(
            "cli_posts_redacted_reports_and_writes_the_summary",
            cli_posts_redacted_reports_and_writes_the_summary,
        ),
        trial(
            "read_only_tokens_and_pushes_degrade_gracefully",
            read_only_tokens_and_pushes_degrade_gracefully,
        ),
        trial(
            "documented_comments_have_the_tested_shape",
            documented_comments_have_the_tested_shape,
        ),
        common::servers_trial(
            "action_runs_in_a_simulated_runner",
            vec![
                common::postgres_server(),
                common::mongo_server(),
                common::es_server(),
            ],
            action_runs_in_a_simulated_runner,
        ),
    ];
    common::announce_skips();
    libtest_mimic::run(&args, trials).exit();
}
