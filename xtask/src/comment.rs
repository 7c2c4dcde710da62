//! `cargo xtask comment`: the pull-request comment as reviewers see it.
//!
//! On the local servers (a fresh PostgreSQL database and MongoDB database,
//! the Elasticsearch stand-in), it writes two comments with `tidegate plan
//! --format markdown`:
//! - `docs/comment-plan.md`: the nine examples, pending;
//! - `docs/comment-failing.md`: a project of examples 0001–0003 and the
//!   test guest 9008_lint_bait; 0001–0003 applied, then an index dropped by
//!   hand breaks 0001's invariant: the plan of 9008 has lint errors and a
//!   failing health check.
//!
//! Each is rendered as GitHub does (comrak, GitHub-flavoured, with
//! GitHub's markdown CSS from the `github-markdown-css` npm package) and
//! photographed by headless Chromium (Debian's `chromium`) at GitHub's
//! comment width, 780 px, into `docs/comment-*.png`. The status marks are
//! emoji: without a colour emoji font (Debian's `fonts-noto-color-emoji`)
//! they come out as empty boxes.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::local::{self, Servers};
use crate::{root, run, tidegate};

const WIDTH: u32 = 780;

/// `tidegate plan --format markdown` with `env` (and `config`); the
/// comment, whatever the exit code (a failing health check exits 1).
fn plan(env: &[(String, String)], config: Option<&Path>) -> Result<String, String> {
    let mut c = tidegate(&["plan", "--format", "markdown"])?;
    if let Some(config) = config {
        c.arg("--config").arg(config);
    }
    c.envs(env.iter().cloned());
    let out = c
        .output()
        .map_err(|e| format!("cannot run tidegate: {e}"))?;
    let md = String::from_utf8_lossy(&out.stdout).into_owned();
    if !md.starts_with("<!-- tidegate:report -->") {
        return Err(format!(
            "tidegate plan wrote no comment: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(md)
}

fn html(markdown: &str, css: &Path) -> String {
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    options.render.r#unsafe = true;
    let body = comrak::markdown_to_html(markdown, &options);
    format!(
        r#"<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="file://{}">
<style>body {{ margin: 0; background: #fff; }} .markdown-body {{ box-sizing: border-box; width: {WIDTH}px; padding: 16px; }}</style>
<script>addEventListener('load', () => document.body.setAttribute('data-height', document.documentElement.scrollHeight));</script>
</head><body><article class="markdown-body">{body}</article></body></html>"#,
        css.display()
    )
}

fn chromium(args: &[String]) -> Result<String, String> {
    let mut c = Command::new("chromium");
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
    ])
    .args(args);
    let out = c.output().map_err(|e| format!("cannot run chromium ({e}); install Debian's `chromium` package, and `fonts-noto-color-emoji` for the status marks"))?;
    if !out.status.success() {
        return Err(format!(
            "chromium failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Photograph `page` at the comment width and its full height.
fn png(page: &Path, out: &Path) -> Result<(), String> {
    let url = format!("file://{}", page.display());
    let dom = chromium(&[
        "--dump-dom".into(),
        "--virtual-time-budget=2000".into(),
        format!("--window-size={WIDTH},800"),
        url.clone(),
    ])?;
    let height: u32 = dom
        .split("data-height=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .and_then(|h| h.parse().ok())
        .ok_or("the page did not report its height")?;
    chromium(&[
        format!("--screenshot={}", out.display()),
        format!("--window-size={WIDTH},{}", height + 8),
        url,
    ])?;
    eprintln!("xtask: wrote {}", out.display());
    Ok(())
}

/// The `[[migration]]` blocks of `ids` in the lock at `lock`, with their
/// module paths made absolute.
fn lock_blocks(lock: &Path, ids: &[&str]) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(lock)
        .map_err(|e| format!("{}: {e}; run `cargo xtask guests`", lock.display()))?;
    let dir = lock.parent().unwrap_or(Path::new("."));
    let mut out = Vec::new();
    for block in text.split("[[migration]]").skip(1) {
        if !ids
            .iter()
            .any(|id| block.contains(&format!("id = \"{id}\"")))
        {
            continue;
        }
        let fixed: Vec<String> = block
            .lines()
            .map(|l| {
                match l
                    .strip_prefix("module = \"")
                    .and_then(|r| r.strip_suffix('"'))
                {
                    Some(m) => {
                        let abs =
                            std::fs::canonicalize(dir.join(m)).map_err(|e| format!("{m}: {e}"))?;
                        Ok(format!("module = \"{}\"", abs.display()))
                    }
                    None => Ok(l.to_string()),
                }
            })
            .collect::<Result<_, String>>()?;
        out.push(format!("[[migration]]{}", fixed.join("\n")));
    }
    Ok(out)
}

/// A project of examples 0001–0003 and the lint bait guest, in `dir`.
fn failing_project(dir: &Path) -> Result<PathBuf, String> {
    let root = root();
    let examples = [
        "0001_create_users",
        "0002_expand_display_name",
        "0003_backfill_email_lower",
    ];
    let components = dir.join("components");
    std::fs::create_dir_all(&components).map_err(|e| e.to_string())?;
    std::fs::create_dir_all(dir.join("no-modules")).map_err(|e| e.to_string())?;
    let mut blocks = lock_blocks(&root.join("tidegate.lock"), &examples)?;
    blocks.extend(lock_blocks(
        &root.join("target/test-guests/tidegate.lock"),
        &["9008_lint_bait"],
    )?);
    std::fs::write(
        dir.join("tidegate.lock"),
        format!("version = 1\n\n{}", blocks.join("\n")),
    )
    .map_err(|e| e.to_string())?;
    for id in examples {
        std::fs::copy(
            root.join(format!("target/tidegate/{id}.wasm")),
            components.join(format!("{id}.wasm")),
        )
        .map_err(|e| e.to_string())?;
    }
    std::fs::copy(
        root.join("target/test-guests/9008_lint_bait.wasm"),
        components.join("9008_lint_bait.wasm"),
    )
    .map_err(|e| e.to_string())?;
    let config = dir.join("tidegate.toml");
    std::fs::write(
        &config,
        "modules = \"no-modules\"\ncomponents = \"components\"\n",
    )
    .map_err(|e| e.to_string())?;
    Ok(config)
}

pub fn comment() -> Result<(), String> {
    local::wasm_target()?;
    let work = root().join("target/comment");
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let mut npm = Command::new("npm");
    npm.args(["install", "--silent", "--no-audit", "--no-fund", "--prefix"])
        .arg(&work)
        .arg("github-markdown-css@5");
    run(npm)?;
    let css = work.join("node_modules/github-markdown-css/github-markdown-light.css");

    let db = format!("tidegate_comment_{}", std::process::id());
    let admin = local::local_pg("postgres");
    local::recreate_database(&admin, &db)?;
    let mut servers = Servers::default();
    let result = (|| {
        servers.postgres("TIDEGATE_POSTGRES_URL", &db)?;
        servers.stand_ins(
            "TIDEGATE_MONGODB_URL",
            &format!("mongodb://127.0.0.1:27017/{db}?directConnection=true"),
            "TIDEGATE_ELASTICSEARCH_URL",
        )?;
        run(tidegate(&["build"])?)?;
        crate::guests()?;
        let pending = plan(&servers.env, None)?;
        let project = failing_project(&work.join("failing"))?;
        let pg: Vec<(String, String)> = servers
            .env
            .iter()
            .filter(|(k, _)| k.contains("POSTGRES"))
            .cloned()
            .collect();
        let mut apply = tidegate(&["apply", "--to", "0003_backfill_email_lower", "--config"])?;
        apply.arg(&project).envs(pg.iter().cloned());
        run(apply)?;
        // Someone dropped an index by hand: 0001's invariant fails.
        local::psql(&local::local_pg(&db), "DROP INDEX users_created_at_idx")?;
        let failing = plan(&pg, Some(&project))?;
        let docs = root().join("docs");
        for (name, md) in [("comment-plan", pending), ("comment-failing", failing)] {
            std::fs::write(docs.join(format!("{name}.md")), &md).map_err(|e| e.to_string())?;
            let page: PathBuf = work.join(format!("{name}.html"));
            std::fs::write(&page, html(&md, &css)).map_err(|e| e.to_string())?;
            png(&page, &docs.join(format!("{name}.png")))?;
        }
        Ok(())
    })();
    servers.stop();
    let _ = local::drop_database(&admin, &db);
    result
}
