//! The GitHub reporter against a local server that speaks the REST shapes
//! octocrab uses: list (paginated), create and update issue comments, with
//! secondary rate limits and `retry-after`.

#[path = "../common/mod.rs"]
mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{ensure, Context};
use common::trial;
use tidegate::github::{Posted, Sticky, MAX_COMMENT_CHARS};
use tidegate::report::MARKER;

const TOKEN: &str = "ghs_test_token_0123456789";

#[derive(Default)]
struct State {
    comments: Vec<(u64, String)>,
    next_id: u64,
    /// (method, status, retry-after, message) answered instead of the next
    /// matching request.
    faults: Vec<(&'static str, u16, Option<u64>, &'static str)>,
    /// Every request: "METHOD path".
    log: Vec<String>,
    unauthenticated: usize,
}

type Shared = Arc<Mutex<State>>;

/// A GitHub stand-in on an ephemeral loopback port; returns its base URL.
fn serve(state: Shared) -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let base = format!("http://{}", server.server_addr().to_ip().unwrap());
    let base2 = base.clone();
    std::thread::spawn(move || {
        for mut req in server.incoming_requests() {
            let method = req.method().to_string();
            let url = req.url().to_string();
            let mut body = String::new();
            let _ = req.as_reader().read_to_string(&mut body);
            let authed = req.headers().iter().any(|h| h.field.equiv("Authorization") && h.value.as_str().contains(TOKEN));
            let reply = handle(&state, &base2, &method, &url, &body, authed);
            let (status, json, headers) = reply;
            let mut resp = tiny_http::Response::from_string(json).with_status_code(status);
            resp.add_header(tiny_http::Header::from_bytes("Content-Type", "application/json").unwrap());
            for (k, v) in headers {
                resp.add_header(tiny_http::Header::from_bytes(k.as_bytes(), v.as_bytes()).unwrap());
            }
            let _ = req.respond(resp);
        }
    });
    base
}

fn handle(state: &Shared, base: &str, method: &str, url: &str, body: &str, authed: bool) -> (u16, String, Vec<(String, String)>) {
    let mut s = state.lock().unwrap();
    let path = url.split('?').next().unwrap_or_default().to_string();
    s.log.push(format!("{method} {path}"));
    if !authed {
        s.unauthenticated += 1;
    }
    if let Some(i) = s.faults.iter().position(|f| f.0 == method) {
        let (_, status, retry, message) = s.faults.remove(i);
        let headers = retry.map(|r| vec![("retry-after".to_string(), r.to_string())]).unwrap_or_default();
        return (status, serde_json::json!({ "message": message }).to_string(), headers);
    }
    let query = url.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let page: usize = query.split('&').find_map(|kv| kv.strip_prefix("page=")).and_then(|p| p.parse().ok()).unwrap_or(1);
    let comment = |id: u64, body: &str| serde_json::json!({ "id": id, "body": body, "user": { "login": "github-actions[bot]" } });
    match (method, path.as_str()) {
        ("GET", "/repos/acme/shop/issues/7/comments") => {
            let per = 100;
            let items: Vec<_> = s.comments.iter().skip((page - 1) * per).take(per).map(|(id, b)| comment(*id, b)).collect();
            let mut headers = vec![];
            if s.comments.len() > page * per {
                headers.push((
                    "Link".to_string(),
                    format!("<{base}/repos/acme/shop/issues/7/comments?per_page=100&page={}>; rel=\"next\"", page + 1),
                ));
            }
            (200, serde_json::Value::Array(items).to_string(), headers)
        }
        ("POST", "/repos/acme/shop/issues/7/comments") => {
            let text = serde_json::from_str::<serde_json::Value>(body).unwrap()["body"].as_str().unwrap().to_string();
            s.next_id += 1;
            let id = 9000 + s.next_id;
            s.comments.push((id, text.clone()));
            (201, comment(id, &text).to_string(), vec![])
        }
        ("PATCH", p) if p.starts_with("/repos/acme/shop/issues/comments/") => {
            let id: u64 = p.rsplit('/').next().unwrap().parse().unwrap();
            let text = serde_json::from_str::<serde_json::Value>(body).unwrap()["body"].as_str().unwrap().to_string();
            match s.comments.iter_mut().find(|(i, _)| *i == id) {
                Some(c) => {
                    c.1 = text.clone();
                    (200, comment(id, &text).to_string(), vec![])
                }
                None => (404, r#"{"message":"Not Found"}"#.into(), vec![]),
            }
        }
        _ => (404, r#"{"message":"Not Found"}"#.into(), vec![]),
    }
}

/// A server with `n` comments from other people already on the PR.
fn github_with(n: usize) -> (Shared, String) {
    let state: Shared = Default::default();
    {
        let mut s = state.lock().unwrap();
        for i in 0..n {
            s.comments.push((i as u64 + 1, format!("comment {i} from a reviewer")));
        }
    }
    let base = serve(state.clone());
    (state, base)
}

fn ours(state: &Shared) -> Vec<(u64, String)> {
    state.lock().unwrap().comments.iter().filter(|(_, b)| b.contains(MARKER)).cloned().collect()
}

async fn two_runs_leave_one_comment_updated_in_place() -> anyhow::Result<()> {
    let (state, base) = github_with(150);
    let sticky = Sticky::new(&base, TOKEN, "acme/shop", 7)?;
    let first = sticky.post(&format!("{MARKER}\nfirst plan"), "tidegate-report").await?;
    let second = sticky.post(&format!("{MARKER}\nsecond plan"), "tidegate-report").await?;
    let Posted::Created(id) = first else { anyhow::bail!("first run must create: {first:?}") };
    ensure!(second == Posted::Updated(id), "second run must edit comment {id}: {second:?}");
    let mine = ours(&state);
    ensure!(mine.len() == 1 && mine[0].1.ends_with("second plan"), "{mine:?}");
    let s = state.lock().unwrap();
    ensure!(s.comments.len() == 151);
    ensure!(s.log.iter().filter(|l| l.starts_with("POST")).count() == 1, "{:?}", s.log);
    // The marker sat on page two: the second run paged to find it.
    ensure!(s.log.iter().filter(|l| l.starts_with("GET")).count() == 4, "{:?}", s.log);
    ensure!(s.unauthenticated == 0, "every request carries the token");
    Ok(())
}

async fn secondary_rate_limits_are_honoured() -> anyhow::Result<()> {
    let (state, base) = github_with(3);
    state.lock().unwrap().faults = vec![
        ("GET", 429, Some(1), "API rate limit exceeded"),
        ("POST", 403, Some(1), "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."),
    ];
    let sticky = Sticky::new(&base, TOKEN, "acme/shop", 7)?;
    let start = Instant::now();
    let posted = sticky.post(&format!("{MARKER}\nplan"), "a").await?;
    let waited = start.elapsed();
    ensure!(matches!(posted, Posted::Created(_)));
    ensure!(waited >= Duration::from_secs(2), "retry-after not honoured: {waited:?}");
    ensure!(waited < Duration::from_secs(10), "waited far longer than asked: {waited:?}");
    ensure!(ours(&state).len() == 1, "a retried create must not duplicate");
    Ok(())
}

async fn rate_limits_that_never_end_give_up() -> anyhow::Result<()> {
    let (state, base) = github_with(0);
    state.lock().unwrap().faults = (0..10).map(|_| ("GET", 429, Some(0), "API rate limit exceeded")).collect();
    let mut sticky = Sticky::new(&base, TOKEN, "acme/shop", 7)?;
    sticky.max_attempts = 3;
    let err = sticky.post(&format!("{MARKER}\nplan"), "a").await.unwrap_err();
    ensure!(err.to_string().contains("kept rate-limiting after 3 attempts"), "{err}");
    ensure!(ours(&state).is_empty());
    Ok(())
}

async fn oversized_reports_degrade_to_a_summary() -> anyhow::Result<()> {
    let (state, base) = github_with(0);
    let sticky = Sticky::new(&base, TOKEN, "acme/shop", 7)?;
    let body = format!("{MARKER}\n## plan\n| summary |\n<details>\n```sql\n{}\n```\n</details>\n", "SELECT 1;\n".repeat(10_000));
    sticky.post(&body, "tidegate-report").await?;
    let mine = ours(&state);
    ensure!(mine.len() == 1);
    ensure!(mine[0].1.chars().count() <= MAX_COMMENT_CHARS);
    ensure!(mine[0].1.contains("## plan") && mine[0].1.contains("job artifact `tidegate-report`"));
    Ok(())
}

/// The CLI as a GitHub Actions step would run it.
fn report_cli(base: &str, dir: &std::path::Path, body: &str, event: serde_json::Value) -> (i32, String, String) {
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
        .env("TIDEGATE_POSTGRES_URL", "postgres://app:pa55word@db.internal/prod")
        .current_dir(dir)
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

async fn cli_posts_redacted_reports_and_writes_the_summary() -> anyhow::Result<()> {
    let (state, base) = github_with(2);
    let dir = tempfile::tempdir()?;
    let body = format!("{MARKER}\nconnecting to postgres://app:pa55word@db.internal/prod with {TOKEN}");
    let event = serde_json::json!({ "pull_request": { "number": 7 } });
    let (code, out, err) = report_cli(&base, dir.path(), &body, event.clone());
    ensure!(code == 0 && out.contains("created comment"), "exit {code}: {out} {err}");
    let (code, out, _) = report_cli(&base, dir.path(), &body, event);
    ensure!(code == 0 && out.contains("updated comment"), "{out}");
    let mine = ours(&state);
    ensure!(mine.len() == 1);
    ensure!(!mine[0].1.contains("pa55word") && !mine[0].1.contains(TOKEN), "secret leaked: {}", mine[0].1);
    let summary = std::fs::read_to_string(dir.path().join("summary.md"))?;
    ensure!(summary.contains(MARKER) && !summary.contains("pa55word"), "{summary}");
    Ok(())
}

async fn read_only_tokens_and_pushes_degrade_gracefully() -> anyhow::Result<()> {
    let (state, base) = github_with(1);
    state.lock().unwrap().faults = vec![("GET", 403, None, "Resource not accessible by integration")];
    let dir = tempfile::tempdir()?;
    let (code, out, err) = report_cli(&base, dir.path(), &format!("{MARKER}\nplan"), serde_json::json!({ "pull_request": { "number": 7 } }));
    ensure!(code == 0, "a fork's read-only token must not fail the job: exit {code}: {err}");
    ensure!(err.contains("pull-requests: write") && out.contains("no comment posted"), "{out} {err}");
    ensure!(ours(&state).is_empty());
    ensure!(std::fs::read_to_string(dir.path().join("summary.md"))?.contains("plan"));

    let (code, out, _) = report_cli(&base, dir.path(), &format!("{MARKER}\npush"), serde_json::json!({ "ref": "refs/heads/main" }));
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
        let bin = std::path::Path::new(env!("CARGO_BIN_EXE_tidegate")).parent().unwrap().to_string_lossy().into_owned();
        let env = vec![
            ("GITHUB_ACTIONS".into(), "true".into()),
            ("GITHUB_ACTION_PATH".into(), common::workspace().to_string_lossy().into_owned()),
            ("GITHUB_EVENT_PATH".into(), p("event.json")),
            ("GITHUB_OUTPUT".into(), p("output")),
            ("GITHUB_STEP_SUMMARY".into(), p("summary.md")),
            ("GITHUB_PATH".into(), p("path")),
            ("GITHUB_REPOSITORY".into(), "acme/shop".into()),
            ("GITHUB_API_URL".into(), api.into()),
            ("RUNNER_TEMP".into(), p("runner-temp")),
            ("TIDEGATE_CACHE_DIR".into(), p("cache")),
            ("PATH".into(), format!("{bin}:{}", std::env::var("PATH").unwrap_or_default())),
        ];
        std::fs::create_dir_all(p("runner-temp")).unwrap();
        Runner { dir, env }
    }

    fn outputs(&self) -> std::collections::HashMap<String, String> {
        std::fs::read_to_string(self.dir.path().join("output"))
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.split_once('=').map(|(k, v)| (k.to_string(), v.to_string())))
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
            .map(|(k, v)| (k.as_str().unwrap().to_string(), v["default"].as_str().unwrap_or_default().to_string()))
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
                        values.get(name).cloned().unwrap_or_else(|| panic!("unknown input {name}"))
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
            ran.push((name.clone(), code, format!("{stdout}{}", String::from_utf8_lossy(&out.stderr))));
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
    let search = tidegate::engine::elasticsearch::EsTarget::new(&common::Fixture::new(common::examples(), &[], None).with_es(&es).config.elasticsearch)?;
    common::clean_search_engine(&search).await?;
    let (state, api) = github_with(0);
    let pr = serde_json::json!({ "pull_request": { "number": 7 } });
    let engines = |extra: &[(&'static str, &str)]| -> Vec<(&'static str, String)> {
        let mut v = vec![("postgres-url", db.url.clone()), ("mongodb-url", mongo.clone()), ("elasticsearch-url", es.clone())];
        v.extend(extra.iter().map(|(k, x)| (*k, x.to_string())));
        v
    };

    let runner = Runner::new(&api, pr.clone());
    let steps = runner.run(&refs(&engines(&[("command", "plan")])));
    ensure!(steps.len() == 5 && steps.iter().all(|s| s.1 == 0), "{steps:#?}");
    let out = runner.outputs();
    ensure!(out.get("pending-count").map(String::as_str) == Some("9"), "{out:?}");
    ensure!(out.get("has-changes").map(String::as_str) == Some("true"));
    let report = std::path::PathBuf::from(&out["report-path"]);
    for f in ["report.json", "report.md", "report.sarif"] {
        ensure!(report.join(f).exists(), "{f} missing");
    }
    let summary = std::fs::read_to_string(runner.dir.path().join("summary.md"))?;
    ensure!(summary.contains(MARKER) && summary.contains("0001_create_users"), "{summary}");
    ensure!(ours(&state).len() == 1 && ours(&state)[0].1.contains("Tidegate plan"));
    ensure!(!db.exists("users").await?, "plan must not change the database");

    let apply = Runner::new(&api, serde_json::json!({ "ref": "refs/heads/main" }));
    let steps = apply.run(&refs(&engines(&[("command", "apply"), ("comment", "false")])));
    ensure!(steps.iter().all(|s| s.1 == 0), "{steps:#?}");
    ensure!(apply.outputs().get("pending-count").map(String::as_str) == Some("9"));
    ensure!(db.exists("users").await?);

    let again = Runner::new(&api, pr);
    let steps = again.run(&refs(&engines(&[("command", "plan")])));
    ensure!(steps.iter().all(|s| s.1 == 0), "{steps:#?}");
    ensure!(again.outputs().get("has-changes").map(String::as_str) == Some("false"));
    let mine = ours(&state);
    ensure!(mine.len() == 1 && mine[0].1.contains("up to date"), "the sticky comment is edited, not duplicated: {mine:?}");

    // A failing command fails the job, after the report is published.
    let bad = Runner::new(&api, serde_json::json!({}));
    let steps = bad.run(&[("command", "plan"), ("postgres-url", "postgres://nobody@127.0.0.1:1/none"), ("comment", "false")]);
    let last = steps.last().unwrap();
    ensure!(last.0 == "Fail when tidegate failed" && last.1 == 6, "{steps:#?}");

    // With require-signature, the unsigned examples are refused before
    // anything runs, whatever the command.
    let key = tidegate::signing::format_public(&ed25519_dalek::SigningKey::from_bytes(&[7; 32]).verifying_key());
    let strict = Runner::new(&api, serde_json::json!({ "ref": "refs/heads/main" }));
    let steps = strict.run(&refs(&engines(&[("command", "apply"), ("comment", "false"), ("require-signature", "true"), ("trusted-keys", &key)])));
    let last = steps.last().unwrap();
    ensure!(last.0 == "Build and verify migration modules" && last.1 == 3 && last.2.contains("signature"), "{steps:#?}");
    let typo = Runner::new(&api, serde_json::json!({}));
    let steps = typo.run(&refs(&engines(&[("require-signature", "yes please")])));
    ensure!(steps.last().is_some_and(|s| s.1 == 2 && s.2.contains("use true or false")), "{steps:#?}");
    common::clean_search_engine(&search).await?;
    let client = mongodb::Client::with_uri_str(&mongo).await?;
    client.default_database().context("the URL names a database")?.drop().await?;
    db.drop().await
}

fn main() {
    let args = libtest_mimic::Arguments::from_args();
    let trials = vec![
        trial("two_runs_leave_one_comment_updated_in_place", two_runs_leave_one_comment_updated_in_place),
        trial("secondary_rate_limits_are_honoured", secondary_rate_limits_are_honoured),
        trial("rate_limits_that_never_end_give_up", rate_limits_that_never_end_give_up),
        trial("oversized_reports_degrade_to_a_summary", oversized_reports_degrade_to_a_summary),
        trial("cli_posts_redacted_reports_and_writes_the_summary", cli_posts_redacted_reports_and_writes_the_summary),
        trial("read_only_tokens_and_pushes_degrade_gracefully", read_only_tokens_and_pushes_degrade_gracefully),
        common::servers_trial(
            "action_runs_in_a_simulated_runner",
            vec![common::postgres_server(), common::mongo_server(), common::es_server()],
            action_runs_in_a_simulated_runner,
        ),
    ];
    common::announce_skips();
    libtest_mimic::run(&args, trials).exit();
}
