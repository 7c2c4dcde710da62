//! Repository tasks. `cargo xtask <task>`:
//!
//! - `guests`: build the example modules (checking tidegate.lock with
//!   `--locked`) and the test guests, once, into `target/`.
//! - `test`: the whole test suite, on a fresh machine as on CI: it adds the
//!   wasm target, takes each server from `TIDEGATE_TEST_*_URL` or else the
//!   local one (PostgreSQL on 5432, started when installed but down; the
//!   MongoDB and Elasticsearch stand-ins of `tests/servers.sh`, started
//!   when nothing answers), says which it uses, installs dbmate (npm) and
//!   alembic (PyPI) for the adoption tests when missing (`peers.rs`), runs
//!   `guests` and every test, and stops what it started. This is the README's test command
//!   and what `.ci/run` calls.
//! - `bench`: Tidegate against sqlx-cli, dbmate, alembic and migrate-mongo,
//!   plus `tidegate bench`, in one run; see BENCHMARKS.md.
//! - `quickstart`: add the wasm target, build, then `tidegate plan`,
//!   `tidegate apply` (twice: the second finds nothing to do),
//!   `tidegate status` and `tidegate health` of the example modules against
//!   `TIDEGATE_POSTGRES_URL`, `TIDEGATE_MONGODB_URL` and
//!   `TIDEGATE_ELASTICSEARCH_URL`. Unset, it uses the local servers and
//!   starts fresh on them: the PostgreSQL database `tidegate_quickstart`
//!   made again, a new MongoDB database per run, and the example's objects
//!   deleted from the search engine. It starts the local stand-ins when
//!   nothing answers; they keep running afterwards (`tests/servers.sh stop`).
//! - `runner`: rebuild the prebuilt runner of SQL and JSON modules
//!   (`guest-sdk/runner`) into `host/runtime/runner/tidegate-runner.wasm`,
//!   which the host embeds; commit it. `guests` (so `test`) fails when the
//!   committed runner is not what its sources build to.

mod bench;
mod comment;
mod local;
mod peers;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn cargo() -> Command {
    let mut c = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    c.current_dir(root());
    c
}

fn run(mut cmd: Command) -> Result<(), String> {
    eprintln!("xtask: {cmd:?}");
    let status = cmd
        .status()
        .map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} failed with {status}"))
    }
}

/// Build the `tidegate` binary (with cargo's progress) once per task.
fn build_tidegate() -> Result<(), String> {
    static BUILT: std::sync::OnceLock<Result<(), String>> = std::sync::OnceLock::new();
    BUILT
        .get_or_init(|| {
            let mut c = cargo();
            c.args(["build", "--package", "tidegate"]);
            run(c)
        })
        .clone()
}

/// The `tidegate` binary, built first.
fn tidegate(args: &[&str]) -> Result<Command, String> {
    build_tidegate()?;
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"));
    let mut c = Command::new(target.join("debug/tidegate"));
    c.current_dir(root()).args(args);
    Ok(c)
}

/// The quickstart's PostgreSQL database on the local server, made afresh
/// each run (and the stem of its MongoDB database).
const QUICKSTART_DATABASE: &str = "tidegate_quickstart";

/// Modules `tidegate new` makes, one per engine, built with the test
/// guests: the tests prove they pass `tidegate test` as generated.
const SCAFFOLDS: &[(&str, &str, &str)] = &[
    ("9101", "new_postgres", "postgres"),
    ("9102", "new_mongodb", "mongodb"),
    ("9103", "new_elasticsearch", "elasticsearch"),
];

/// Where the committed runner lives.
const RUNNER: &str = "host/runtime/runner/tidegate-runner.wasm";

/// Build the runner component from `guest-sdk/runner`, reproducibly: the
/// same flags `tidegate build` uses for module crates, so no path of this
/// checkout or machine ends up in its bytes.
fn build_runner() -> Result<Vec<u8>, String> {
    local::wasm_target()?;
    let target = root().join("target/runner");
    let mut c = cargo();
    c.args([
        "build",
        "--release",
        "--target",
        "wasm32-wasip2",
        "-p",
        "tidegate-runner",
    ])
    .env("CARGO_TARGET_DIR", &target);
    let mut flags = vec![format!("--remap-path-prefix={}=.", root().display())];
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
    {
        flags.push(format!("--remap-path-prefix={}=/cargo", home.display()));
    }
    c.env("CARGO_ENCODED_RUSTFLAGS", flags.join("\u{1f}"))
        .env_remove("RUSTFLAGS");
    run(c)?;
    let wasm = target.join("wasm32-wasip2/release/tidegate_runner.wasm");
    std::fs::read(&wasm).map_err(|e| format!("cannot read {}: {e}", wasm.display()))
}

/// The committed runner must be what its sources build to: SQL and JSON
/// modules' digests depend on its bytes.
fn check_runner() -> Result<(), String> {
    let built = build_runner()?;
    let committed = std::fs::read(root().join(RUNNER)).unwrap_or_default();
    if built != committed {
        return Err(format!(
            "{RUNNER} is not what guest-sdk/runner builds to; run `cargo xtask runner` and commit it (SQL and JSON modules built with the new runner get new digests)"
        ));
    }
    Ok(())
}

/// SQL and JSON modules `tidegate new` makes, one per engine.
const DECLARATIVE_SCAFFOLDS: &[(&str, &str, &str)] = &[
    ("9104", "new_sql", "--sql"),
    ("9105", "new_mongodb_json", "--mongodb-json"),
    ("9106", "new_es_json", "--es-json"),
];

fn guests() -> Result<(), String> {
    local::wasm_target()?;
    check_runner()?;
    // The committed lock must match what the example sources build to.
    run(tidegate(&["build", "--locked"])?)?;
    for (version, name, engine) in SCAFFOLDS {
        let dir = root()
            .join("tests/guests")
            .join(format!("{version}_{name}"));
        if dir.exists() {
            std::fs::remove_dir_all(&dir)
                .map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
        }
        run(tidegate(&[
            "new",
            name,
            "--engine",
            engine,
            "--version",
            version,
            "--modules",
            "tests/guests",
        ])?)?;
    }
    // The same changes as SQL and JSON modules, outside the Cargo
    // workspace (they are not crates), with their own lock.
    let sql = root().join("target/sql-guests");
    if sql.exists() {
        std::fs::remove_dir_all(&sql)
            .map_err(|e| format!("cannot remove {}: {e}", sql.display()))?;
    }
    for (version, name, flag) in DECLARATIVE_SCAFFOLDS {
        run(tidegate(&[
            "new",
            name,
            flag,
            "--version",
            version,
            "--modules",
            "target/sql-guests/modules",
        ])?)?;
    }
    run(tidegate(&[
        "build",
        "--modules",
        "target/sql-guests/modules",
        "--lock",
        "target/sql-guests/tidegate.lock",
        "--components",
        "target/sql-guests",
    ])?)?;
    run(tidegate(&[
        "build",
        "--modules",
        "tests/guests",
        "--lock",
        "target/test-guests/tidegate.lock",
        "--components",
        "target/test-guests",
    ])?)
}

/// `cargo test` of every host crate (the workspace's default members) and
/// of the module format the runner shares with the host, echoing their
/// output, then one closing line that totals every test binary:
/// `tests: N passed, N failed, N skipped`. Under `CI=true` a skipped test
/// fails the run.
fn test(env: &[(String, String)]) -> Result<(), String> {
    let mut totals = (0u64, 0u64, 0u64);
    let mut result = Ok(());
    for args in [
        &["test", "--no-fail-fast"][..],
        &["test", "--package", "tidegate-module-format"][..],
    ] {
        let ran = test_with(args, env, &mut totals);
        result = result.and(ran);
    }
    let (passed, failed, skipped) = totals;
    println!("tests: {passed} passed, {failed} failed, {skipped} skipped");
    result?;
    if skipped > 0 && std::env::var("CI").is_ok_and(|v| v == "true") {
        return Err(format!(
            "{skipped} tests were skipped under CI=true; every test must run here"
        ));
    }
    Ok(())
}

/// One `cargo` test command, adding its counts to `totals`.
fn test_with(
    args: &[&str],
    env: &[(String, String)],
    totals: &mut (u64, u64, u64),
) -> Result<(), String> {
    use std::io::BufRead;
    let mut cmd = cargo();
    cmd.args(args)
        .envs(env.iter().cloned())
        .stdout(std::process::Stdio::piped());
    eprintln!("xtask: {cmd:?}");
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot run cargo test: {e}"))?;
    let (passed, failed, skipped) = (&mut totals.0, &mut totals.1, &mut totals.2);
    for line in std::io::BufReader::new(child.stdout.take().expect("piped")).lines() {
        let line = line.map_err(|e| e.to_string())?;
        println!("{line}");
        if let Some(rest) = line.strip_prefix("test result: ") {
            for part in rest.split(['.', ';']) {
                let mut words = part.split_whitespace();
                if let (Some(n), Some(what)) = (
                    words.next().and_then(|n| n.parse::<u64>().ok()),
                    words.next(),
                ) {
                    match what {
                        "passed" => *passed += n,
                        "failed" => *failed += n,
                        "ignored" => *skipped += n,
                        _ => {}
                    }
                }
            }
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("cargo {} failed with {status}", args.join(" ")))
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = args.first().cloned().unwrap_or_default();
    let result = match task.as_str() {
        "guests" => guests(),
        "test" => (|| {
            local::wasm_target()?;
            local::jq()?;
            let mut servers = local::Servers::default();
            let result = servers
                .postgres("TIDEGATE_TEST_POSTGRES_URL", "postgres")
                .and_then(|()| {
                    servers.stand_ins(
                        "TIDEGATE_TEST_MONGODB_URL",
                        "mongodb://127.0.0.1:27017/?directConnection=true",
                        "TIDEGATE_TEST_ELASTICSEARCH_URL",
                    )
                })
                .and_then(|()| guests())
                .and_then(|()| peers::test_env())
                .and_then(|peers| test(&[servers.env.clone(), peers].concat()));
            servers.stop();
            result
        })(),
        "quickstart" => (|| {
            local::wasm_target()?;
            let mut servers = local::Servers::default();
            servers.postgres("TIDEGATE_POSTGRES_URL", QUICKSTART_DATABASE)?;
            let secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            let mongo = format!(
                "mongodb://127.0.0.1:27017/{QUICKSTART_DATABASE}_{secs}?directConnection=true"
            );
            servers.stand_ins("TIDEGATE_MONGODB_URL", &mongo, "TIDEGATE_ELASTICSEARCH_URL")?;
            servers.fresh_quickstart_targets(QUICKSTART_DATABASE)?;
            eprintln!("xtask: local servers keep running; stop them with `tests/servers.sh stop`");
            run(tidegate(&["build"])?)?;
            // The second apply finds nothing to do.
            for cmd in ["plan", "apply", "apply", "status", "health"] {
                let mut c = tidegate(&[cmd])?;
                c.envs(servers.env.iter().cloned());
                run(c)?;
            }
            Ok(())
        })(),
        "bench" => bench::bench(&args[1..]),
        "comment" => comment::comment(),
        "runner" => build_runner().and_then(|bytes| {
            std::fs::write(root().join(RUNNER), &bytes)
                .map_err(|e| format!("cannot write {RUNNER}: {e}"))?;
            eprintln!("xtask: wrote {RUNNER} ({} bytes); commit it", bytes.len());
            Ok(())
        }),
        _ => Err("usage: cargo xtask <guests|test|quickstart|bench|comment|runner>".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
