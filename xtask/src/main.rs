//! Repository tasks. `cargo xtask <task>`:
//!
//! - `guests`: build the example modules (checking tidegate.lock with
//!   `--locked`) and the test guests, once, into `target/`.
//! - `test`: `guests`, then the whole test suite. This is the README's test
//!   command and what `.ci/run` calls.
//! - `bench`: Tidegate against sqlx-cli, dbmate, alembic and migrate-mongo,
//!   plus `tidegate bench`, in one run; see BENCHMARKS.md.
//! - `quickstart`: build, then `tidegate plan`, `tidegate apply`,
//!   `tidegate status` and `tidegate health` of the example modules against
//!   `TIDEGATE_POSTGRES_URL` (default: the local PostgreSQL's `test`
//!   database) and the MongoDB and Elasticsearch in `tidegate.toml`; when
//!   `TIDEGATE_MONGODB_URL` and `TIDEGATE_ELASTICSEARCH_URL` are unset it
//!   starts local compatible servers with `tests/servers.sh start`.

mod bench;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

fn cargo() -> Command {
    let mut c = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    c.current_dir(root());
    c
}

fn run(mut cmd: Command) -> Result<(), String> {
    eprintln!("xtask: {cmd:?}");
    let status = cmd.status().map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("{cmd:?} failed with {status}")) }
}

fn tidegate(args: &[&str]) -> Command {
    let mut c = cargo();
    c.args(["run", "--quiet", "--package", "tidegate", "--"]).args(args);
    c
}

/// Modules `tidegate new` makes, one per engine, built with the test
/// guests: the tests prove they pass `tidegate test` as generated.
const SCAFFOLDS: &[(&str, &str, &str)] =
    &[("9101", "new_postgres", "postgres"), ("9102", "new_mongodb", "mongodb"), ("9103", "new_elasticsearch", "elasticsearch")];

fn guests() -> Result<(), String> {
    // The committed lock must match what the example sources build to.
    run(tidegate(&["build", "--locked"]))?;
    for (version, name, engine) in SCAFFOLDS {
        let dir = root().join("tests/guests").join(format!("{version}_{name}"));
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
        }
        run(tidegate(&["new", name, "--engine", engine, "--version", version, "--modules", "tests/guests"]))?;
    }
    run(tidegate(&[
        "build",
        "--modules",
        "tests/guests",
        "--lock",
        "target/test-guests/tidegate.lock",
        "--components",
        "target/test-guests",
    ]))
}

/// `cargo test` of every host crate (the workspace's default members),
/// echoing its output, then one closing line that totals every test
/// binary: `tests: N passed, N failed, N skipped`.
fn test() -> Result<(), String> {
    use std::io::BufRead;
    let mut cmd = cargo();
    cmd.args(["test"]).stdout(std::process::Stdio::piped());
    eprintln!("xtask: {cmd:?}");
    let mut child = cmd.spawn().map_err(|e| format!("cannot run cargo test: {e}"))?;
    let (mut passed, mut failed, mut skipped) = (0u64, 0u64, 0u64);
    for line in std::io::BufReader::new(child.stdout.take().expect("piped")).lines() {
        let line = line.map_err(|e| e.to_string())?;
        println!("{line}");
        if let Some(rest) = line.strip_prefix("test result: ") {
            for part in rest.split(['.', ';']) {
                let mut words = part.split_whitespace();
                if let (Some(n), Some(what)) = (words.next().and_then(|n| n.parse::<u64>().ok()), words.next()) {
                    match what {
                        "passed" => passed += n,
                        "failed" => failed += n,
                        "ignored" => skipped += n,
                        _ => {}
                    }
                }
            }
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    println!("tests: {passed} passed, {failed} failed, {skipped} skipped");
    if status.success() { Ok(()) } else { Err(format!("cargo test failed with {status}")) }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = args.first().cloned().unwrap_or_default();
    let result = match task.as_str() {
        "guests" => guests(),
        "test" => guests().and_then(|()| test()),
        "quickstart" => (|| {
            let url = std::env::var("TIDEGATE_POSTGRES_URL")
                .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
            let named = |v: &str| std::env::var(v).is_ok_and(|u| !u.is_empty());
            if !named("TIDEGATE_MONGODB_URL") || !named("TIDEGATE_ELASTICSEARCH_URL") {
                let mut c = Command::new("bash");
                c.arg(root().join("tests/servers.sh")).arg("start");
                run(c)?;
                eprintln!("xtask: local servers keep running; stop them with `tests/servers.sh stop`");
            }
            run(tidegate(&["build"]))?;
            for cmd in ["plan", "apply", "status", "health"] {
                let mut c = tidegate(&[cmd]);
                c.env("TIDEGATE_POSTGRES_URL", &url);
                run(c)?;
            }
            Ok(())
        })(),
        "bench" => bench::bench(&args[1..]),
        _ => Err("usage: cargo xtask <guests|test|quickstart|bench>".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
