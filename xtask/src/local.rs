//! What the README's commands need on a fresh machine, found or installed:
//! the wasm target, the servers the tests and the quickstart run against,
//! and the tools the simulated GitHub runner calls.

use std::net::{SocketAddr, TcpStream};
use std::process::Command;
use std::time::Duration;

use crate::{root, run};

/// `rustup target add wasm32-wasip2` for the toolchain pinned in
/// rust-toolchain.toml (a no-op when it is there).
pub fn wasm_target() -> Result<(), String> {
    let mut c = Command::new("rustup");
    c.current_dir(root())
        .args(["target", "add", "wasm32-wasip2"]);
    run(c).map_err(|e| format!("{e}; install Rust with rustup (https://rustup.rs): tidegate build compiles modules for wasm32-wasip2"))
}

fn answers(port: u16) -> bool {
    let addr: SocketAddr = ([127, 0, 0, 1], port).into();
    TcpStream::connect_timeout(&addr, Duration::from_millis(500)).is_ok()
}

fn has(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The Debian cluster of the local PostgreSQL, e.g. `15`.
fn debian_cluster() -> Option<String> {
    let mut versions: Vec<String> = std::fs::read_dir("/etc/postgresql")
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    versions.sort();
    versions.pop()
}

/// The servers a task runs against: their URLs, for its child commands,
/// and what it started, stopped by [`Servers::stop`].
#[derive(Default)]
pub struct Servers {
    /// (variable, URL) to set on child commands.
    pub env: Vec<(String, String)>,
    stand_ins: Vec<&'static str>,
    postgres_cluster: Option<String>,
}

impl Servers {
    /// A PostgreSQL for `var`, unless it is set: the local server on 5432,
    /// started with `pg_ctlcluster` when it is installed but down.
    pub fn postgres(&mut self, var: &str, database: &str) -> Result<(), String> {
        if let Ok(url) = std::env::var(var) {
            eprintln!("xtask: PostgreSQL: {} (from {var})", redact(&url));
            return Ok(());
        }
        if !answers(5432) {
            if let (Some(version), true) = (debian_cluster(), has("pg_ctlcluster")) {
                let mut c = Command::new("pg_ctlcluster");
                c.args(["--skip-systemctl-redirect", &version, "main", "start"]);
                run(c)?;
                self.postgres_cluster = Some(version);
                for _ in 0..60 {
                    if answers(5432) {
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(500));
                }
            }
        }
        if !answers(5432) {
            eprintln!(
                "xtask: PostgreSQL: nothing answers on 127.0.0.1:5432; set {var} to name a server"
            );
            return Ok(());
        }
        let url = local_pg(database);
        eprintln!(
            "xtask: PostgreSQL: {url} (the local server{})",
            if self.postgres_cluster.is_some() {
                ", started"
            } else {
                ""
            }
        );
        self.env.push((var.into(), url));
        Ok(())
    }

    /// MongoDB for `mongo_var` and Elasticsearch for `es_var`, unless set:
    /// the stand-ins of `tests/servers.sh` (SecantusDB on 27017,
    /// osmem-server on 9200), started when nothing answers there.
    pub fn stand_ins(
        &mut self,
        mongo_var: &str,
        mongo_url: &str,
        es_var: &str,
    ) -> Result<(), String> {
        let all = [
            (
                mongo_var,
                "MongoDB",
                "SecantusDB",
                "secantus",
                27017,
                mongo_url.to_string(),
            ),
            (
                es_var,
                "Elasticsearch",
                "osmem-server",
                "osmem",
                9200,
                "http://127.0.0.1:9200".to_string(),
            ),
        ];
        let mut wanted = Vec::new();
        for (var, engine, stand_in, name, port, url) in all {
            match std::env::var(var) {
                Ok(given) => eprintln!("xtask: {engine}: {} (from {var})", redact(&given)),
                Err(_) => wanted.push((var, engine, stand_in, name, port, url)),
            }
        }
        let down: Vec<&'static str> = wanted
            .iter()
            .filter(|w| !answers(w.4))
            .map(|w| w.3)
            .collect();
        if !down.is_empty() {
            let mut c = Command::new("bash");
            c.arg(root().join("tests/servers.sh")).arg("start");
            run(c)?;
            self.stand_ins = down;
        }
        for (var, engine, stand_in, name, port, url) in wanted {
            let how = if self.stand_ins.contains(&name) {
                "started"
            } else {
                "already running"
            };
            eprintln!("xtask: {engine}: {url} (the {stand_in} stand-in on port {port}, {how})");
            self.env.push((var.into(), url));
        }
        Ok(())
    }

    /// Empty targets for the quickstart on the local servers this task
    /// chose (never on a server named by its variable): the PostgreSQL
    /// database `database` dropped and created again, and the example's
    /// indices, template and history indices deleted from the search
    /// engine, whose names are cluster-wide. The test suite shares these
    /// servers and deletes those indices, which would otherwise leave the
    /// quickstart's history in PostgreSQL and MongoDB without its half in
    /// the search engine. MongoDB gets a database of its own per run
    /// (the stand-in keeps nothing across restarts).
    pub fn fresh_quickstart_targets(&self, database: &str) -> Result<(), String> {
        for (var, url) in &self.env {
            if var.contains("POSTGRES") {
                if !has("psql") {
                    return Err("psql is missing; install PostgreSQL's client (Debian: postgresql-client) or set TIDEGATE_POSTGRES_URL".into());
                }
                recreate_database(&local_pg("postgres"), database)?;
            } else if var.contains("ELASTICSEARCH") {
                delete_paths(url, EXAMPLE_SEARCH_OBJECTS)?;
            }
        }
        Ok(())
    }

    /// Stop what this task started.
    pub fn stop(self) {
        if !self.stand_ins.is_empty() {
            let mut c = Command::new("bash");
            c.arg(root().join("tests/servers.sh"))
                .arg("stop")
                .args(&self.stand_ins);
            let _ = run(c);
        }
        if let Some(version) = self.postgres_cluster {
            let mut c = Command::new("pg_ctlcluster");
            c.args(["--skip-systemctl-redirect", &version, "main", "stop"]);
            let _ = run(c);
        }
    }
}

/// What the example modules (0007 to 0009) and tidegate's default history
/// create in the search engine (`tests/common`'s `clean_search_engine`
/// deletes the same, and the tests' own).
const EXAMPLE_SEARCH_OBJECTS: &[&str] = &[
    "/places_v1",
    "/places_v2",
    "/_index_template/place-visits",
    "/tidegate-migrations",
    "/tidegate-migrations-audit",
    "/tidegate-migrations-lock",
];

/// The URL of `database` on the local PostgreSQL (trust authentication).
pub fn local_pg(database: &str) -> String {
    format!("postgres://postgres@127.0.0.1:5432/{database}")
}

/// `sql` through psql on the database at `url`, stopping at the first
/// error.
pub fn psql(url: &str, sql: &str) -> Result<(), String> {
    crate::peers::quiet(
        Command::new("psql")
            .arg(url)
            .args(["-v", "ON_ERROR_STOP=1", "-qc", sql]),
    )
}

/// Drop the database `db` (whoever is connected) on the server of
/// `admin`, a URL of another database there.
pub fn drop_database(admin: &str, db: &str) -> Result<(), String> {
    psql(admin, &format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"))
}

/// [`drop_database`], then create it again, empty.
pub fn recreate_database(admin: &str, db: &str) -> Result<(), String> {
    drop_database(admin, db)?;
    psql(admin, &format!("CREATE DATABASE {db}"))
}

/// DELETE each of `paths` on the search engine at `url`, a 404 being as
/// good as done (python3's urllib: nothing to install).
pub fn delete_paths(url: &str, paths: &[&str]) -> Result<(), String> {
    let mut c = Command::new("python3");
    c.args(["-c", DELETE_PATHS, url]).args(paths);
    crate::peers::quiet(&mut c)
}

/// `python3 -c DELETE_PATHS <base URL> <path>...`.
const DELETE_PATHS: &str = r#"
import sys, urllib.request, urllib.error
for path in sys.argv[2:]:
    try:
        urllib.request.urlopen(urllib.request.Request(sys.argv[1] + path, method="DELETE"), timeout=30)
    except urllib.error.HTTPError as e:
        if e.code != 404:
            sys.exit(f"DELETE {path}: HTTP {e.code}: {e.read()[:300]!r}")
"#;

/// `jq`, which action.yml's steps use (GitHub's runners have it): from
/// Debian's packages when missing.
pub fn jq() -> Result<(), String> {
    if has("jq") {
        return Ok(());
    }
    if !has("apt-get") {
        return Err("jq is missing, and action.yml's steps (run by the tests in a simulated runner) need it; install jq".into());
    }
    eprintln!("xtask: installing jq from Debian's packages: action.yml's steps use it");
    let mut update = Command::new("apt-get");
    update.args(["update", "-qq"]);
    run(update)?;
    let mut install = Command::new("apt-get");
    install.args(["install", "-y", "-qq", "jq"]);
    run(install)
}

/// A URL without its password, for printing.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => match url[scheme + 3..at].split_once(':') {
            Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
            None => url.to_string(),
        },
        _ => url.to_string(),
    }
}
