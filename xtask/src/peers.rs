//! Other migration tools, installed from their registries when missing,
//! for the benchmark and the adoption tests: sqlx-cli (crates.io), dbmate,
//! migrate-mongo and elasticsearch-index-migrate (npm), alembic (PyPI).
//! They live outside the checkout (`TIDEGATE_PEERS_DIR`, else
//! `~/.cache/tidegate-peers`), so a fresh clone on the same machine reuses
//! them.

use std::path::PathBuf;
use std::process::{Command, Stdio};

/// Where the peers are installed.
fn dir() -> PathBuf {
    if let Some(d) = std::env::var_os("TIDEGATE_PEERS_DIR") {
        return d.into();
    }
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")));
    cache
        .unwrap_or_else(|| crate::root().join("target"))
        .join("tidegate-peers")
}

/// The programs the adoption tests run, as `TIDEGATE_TEST_*` variables.
pub fn test_env() -> Result<Vec<(String, String)>, String> {
    let peers = install(false);
    let mut env = Vec::new();
    for (name, var) in [
        ("dbmate", "TIDEGATE_TEST_DBMATE"),
        ("alembic", "TIDEGATE_TEST_ALEMBIC"),
    ] {
        let peer = peers
            .iter()
            .find(|p| p.name == name)
            .expect("installed peers include it");
        let program = peer
            .program
            .clone()
            .map_err(|e| format!("the adoption tests need {name}, which did not install: {e}"))?;
        env.push((var.to_string(), program.display().to_string()));
    }
    Ok(env)
}

/// A peer tool: its program, or why it is not available.
pub struct Peer {
    pub name: &'static str,
    pub program: Result<PathBuf, String>,
}

/// Run `cmd`, keeping its output unless it fails.
pub fn quiet(cmd: &mut Command) -> Result<(), String> {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    if out.status.success() {
        Ok(())
    } else {
        let tail: String = String::from_utf8_lossy(&out.stderr)
            .lines()
            .rev()
            .take(6)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n");
        let out_tail: String = String::from_utf8_lossy(&out.stdout)
            .lines()
            .rev()
            .take(4)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n");
        Err(format!(
            "{:?} {:?} failed ({}):\n{out_tail}\n{tail}",
            cmd.get_program(),
            cmd.get_args().collect::<Vec<_>>(),
            out.status
        ))
    }
}

/// The peers from npm, by package and program name.
const NPM_PEERS: &[&str] = &["dbmate", "migrate-mongo"];

/// The npm peer only the benchmark runs: the one Elasticsearch/OpenSearch
/// migration tool found that installs here and runs against OpenSearch
/// (see BENCHMARKS.md).
const NPM_BENCH_PEER: &str = "elasticsearch-index-migrate";

/// Install the peers when missing; sqlx-cli (a few minutes to build) and
/// elasticsearch-index-migrate only `for_bench`.
pub fn install(for_bench: bool) -> Vec<Peer> {
    let dir = &dir();
    std::fs::create_dir_all(dir).ok();
    let sqlx = dir.join("cargo/bin/sqlx");
    let sqlx = if !for_bench {
        Err("not needed here".to_string())
    } else if sqlx.is_file() {
        Ok(sqlx)
    } else {
        eprintln!("xtask: installing sqlx-cli (a few minutes, once)");
        quiet(
            Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
                .args([
                    "install",
                    "sqlx-cli",
                    "--locked",
                    "--no-default-features",
                    "--features",
                    "postgres,rustls",
                    "--root",
                ])
                .arg(dir.join("cargo")),
        )
        .map(|()| sqlx)
    };
    let npm_dir = dir.join("npm");
    let bin = npm_dir.join("node_modules/.bin");
    let wanted: Vec<&str> = NPM_PEERS
        .iter()
        .copied()
        .chain(for_bench.then_some(NPM_BENCH_PEER))
        .collect();
    let npm = if wanted.iter().all(|p| bin.join(p).is_file()) {
        Ok(())
    } else {
        eprintln!("xtask: installing {} from npm", wanted.join(", "));
        std::fs::create_dir_all(&npm_dir).ok();
        quiet(
            Command::new("npm")
                .args(["install", "--no-audit", "--no-fund", "--prefix"])
                .arg(&npm_dir)
                .args(&wanted),
        )
    };
    let venv = dir.join("venv");
    let alembic = venv.join("bin/alembic");
    let alembic = if alembic.is_file() {
        Ok(alembic)
    } else {
        eprintln!("xtask: installing alembic from PyPI");
        quiet(Command::new("python3").args(["-m", "venv"]).arg(&venv))
            .and_then(|()| {
                quiet(Command::new(venv.join("bin/pip")).args([
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                    "alembic",
                    "sqlalchemy",
                    "psycopg[binary]",
                ]))
            })
            .map(|()| alembic)
    };
    vec![
        Peer {
            name: "sqlx-cli",
            program: sqlx,
        },
        Peer {
            name: "dbmate",
            program: npm.clone().map(|()| bin.join("dbmate")),
        },
        Peer {
            name: "alembic",
            program: alembic,
        },
        Peer {
            name: "migrate-mongo",
            program: npm.clone().map(|()| bin.join("migrate-mongo")),
        },
        Peer {
            name: NPM_BENCH_PEER,
            program: if for_bench {
                npm.map(|()| bin.join(NPM_BENCH_PEER))
            } else {
                Err("not needed here".to_string())
            },
        },
    ]
}
