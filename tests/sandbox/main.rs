//! The sandbox without a database: component inspection, the import
//! policy, metadata rules and the precompiled cache.

#[path = "../common/mod.rs"]
mod common;

use anyhow::{Context, ensure};
use common::{Fixture, examples, guests, trial};
use tidegate::RuntimeError;

fn load_bytes(id: &str) -> Vec<u8> {
    let (_, dir) = if id.starts_with('9') {
        guests()
    } else {
        examples()
    };
    std::fs::read(dir.join(format!("{id}.wasm"))).unwrap()
}

async fn built_components_pass_the_import_policy() -> anyhow::Result<()> {
    let bytes = load_bytes("0001_create_users");
    let inspection = tidegate::inspect(&bytes)?;
    ensure!(inspection.api_version == "0.2.0");
    ensure!(
        inspection
            .imports
            .iter()
            .any(|i| i == "tidegate:migration/postgres@0.2.0")
    );
    ensure!(
        !inspection
            .imports
            .iter()
            .any(|i| i.starts_with("wasi:filesystem")
                || i.starts_with("wasi:sockets")
                || i.starts_with("wasi:clocks")
                || i.starts_with("wasi:random")),
        "{:?}",
        inspection.imports
    );
    ensure!(inspection.exports == ["tidegate:migration/migration@0.2.0"]);
    Ok(())
}

/// A component built against the frozen 0.1.0 API keeps loading and
/// running: its imports link to the same host functions.
async fn components_of_the_frozen_api_0_1_0_still_run() -> anyhow::Result<()> {
    let bytes = load_bytes("9011_api_v0_1_0");
    let inspection = tidegate::inspect(&bytes)?;
    ensure!(inspection.api_version == "0.1.0", "{inspection:?}");
    ensure!(
        inspection
            .imports
            .iter()
            .any(|i| i == "tidegate:migration/postgres@0.1.0")
    );
    let rt = tidegate::runtime(Default::default(), None);
    let module = rt.load("9011", &bytes)?;
    let meta = rt.metadata(&module).await?;
    ensure!(meta.id == "9011_api_v0_1_0" && meta.transactional && meta.reversible);
    let out = rt
        .run(&module, &meta, tidegate::Step::Up, Default::default())
        .await;
    match out.result {
        Err(RuntimeError::Failed { message, .. }) => {
            ensure!(message.contains("no PostgreSQL connection"), "{message}")
        }
        other => anyhow::bail!("expected a structured failure, got ok={}", other.is_ok()),
    }
    Ok(())
}

async fn malformed_and_foreign_binaries_are_refused() -> anyhow::Result<()> {
    let rt = tidegate::runtime(Default::default(), None);
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (b"\0asm\x01\0\0\0garbage".to_vec(), "WebAssembly"),
        (wat::parse_str("(module)")?, "core WebAssembly module"),
        (
            wat::parse_str(
                r#"(component (import "wasi:sockets/tcp@0.2.0" (instance)) (instance $m) (export "tidegate:migration/migration@0.1.0" (instance $m)))"#,
            )?,
            "network access",
        ),
        (
            wat::parse_str(
                r#"(component (instance $m) (export "tidegate:migration/migration@0.0.9" (instance $m)))"#,
            )?,
            "supports 0.2.0, 0.1.0",
        ),
        // MongoDB arrived in 0.2.0: a 0.1.0 component cannot import it.
        (
            wat::parse_str(
                r#"(component (import "tidegate:migration/mongodb@0.1.0" (instance)) (instance $m) (export "tidegate:migration/migration@0.1.0" (instance $m)))"#,
            )?,
            "not an interface of the Tidegate world",
        ),
        (
            load_bytes("0001_create_users")[..1000].to_vec(),
            "not a valid component",
        ),
    ];
    for (bytes, want) in cases {
        let err = match rt.load("hostile", &bytes) {
            Err(e) => e.to_string(),
            Ok(_) => anyhow::bail!("loaded a bad component (want `{want}`)"),
        };
        ensure!(
            err.contains("component hostile") && err.contains(want),
            "`{err}` lacks `{want}`"
        );
    }
    Ok(())
}

async fn metadata_is_read_without_engine_access() -> anyhow::Result<()> {
    let rt = tidegate::runtime(Default::default(), None);
    let module = rt.load("0003", &load_bytes("0003_backfill_email_lower"))?;
    let meta = rt.metadata(&module).await?;
    ensure!(
        meta.id == "0003_backfill_email_lower"
            && meta.version == 3
            && !meta.transactional
            && meta.reversible
    );
    // `up` without a database connection gets a structured error, not a crash.
    let out = rt
        .run(&module, &meta, tidegate::Step::Up, Default::default())
        .await;
    match out.result {
        Err(RuntimeError::Failed { message, .. }) => {
            ensure!(message.contains("no PostgreSQL connection"), "{message}")
        }
        other => anyhow::bail!("expected a failure, got ok={}", other.is_ok()),
    }
    Ok(())
}

async fn precompiled_cache_is_used_and_tampering_is_detected() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let bytes = load_bytes("0001_create_users");
    let cold = tidegate::runtime(Default::default(), Some(dir.path().into())).load("m", &bytes)?;
    ensure!(!cold.from_cache);
    let rt = tidegate::runtime(Default::default(), Some(dir.path().into()));
    let warm = rt.load("m", &bytes)?;
    ensure!(warm.from_cache, "second load must come from the cache");
    ensure!(rt.metadata(&warm).await?.id == "0001_create_users");

    let artifact = std::fs::read_dir(dir.path())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|e| e == "cwasm"))
        .context("an artifact was written")?;
    let mut a = std::fs::read(&artifact)?;
    let at = a.len() / 3;
    a[at] ^= 0xff;
    std::fs::write(&artifact, &a)?;
    let rt = tidegate::runtime(Default::default(), Some(dir.path().into()));
    let reloaded = rt.load("m", &bytes)?;
    ensure!(
        !reloaded.from_cache,
        "a tampered artifact must be recompiled, not deserialized"
    );
    ensure!(rt.metadata(&reloaded).await?.id == "0001_create_users");
    // The recompiled artifact replaced it and is trusted again.
    ensure!(
        tidegate::runtime(Default::default(), Some(dir.path().into()))
            .load("m", &bytes)?
            .from_cache
    );
    Ok(())
}

/// Every example, more than there are cores: each loading thread reads
/// several components, SQL and Rust modules alike.
async fn cli_verify_reports_every_migration() -> anyhow::Result<()> {
    let ids = [
        "0001_create_users",
        "0002_expand_display_name",
        "0003_backfill_email_lower",
        "0004_contract_full_name",
        "0005_mongo_profiles",
        "0006_mongo_backfill_locale",
        "0007_es_places",
        "0008_es_places_reindex",
        "0009_region_everywhere",
    ];
    let f = Fixture::new(examples(), &ids, None);
    let (code, out, err) = common::cli(&["verify", "--format", "json"], &f.write_toml());
    ensure!(code == 0, "exit {code}: {err}");
    let v: serde_json::Value = serde_json::from_str(&out)?;
    let verified: Vec<&str> = v["migrations"]
        .as_array()
        .context("migrations")?
        .iter()
        .filter_map(|m| m["id"].as_str())
        .collect();
    ensure!(v["ok"] == true && verified == ids, "{out}");
    ensure!(v["migrations"][2]["transactional"] == false);

    std::fs::write(
        f.config.components.join("0003_backfill_email_lower.wasm"),
        wat::parse_str("(module)")?,
    )?;
    let (code, out, _) = common::cli(&["verify"], &f.write_toml());
    ensure!(
        code == 3
            && out.contains("FAIL 0003_backfill_email_lower")
            && out.contains("tidegate build"),
        "exit {code}: {out}"
    );
    Ok(())
}

async fn lock_without_components_says_to_build() -> anyhow::Result<()> {
    let f = Fixture::new(examples(), &["0001_create_users"], None);
    std::fs::remove_file(f.config.components.join("0001_create_users.wasm"))?;
    let rt = tidegate::runtime(Default::default(), None);
    match tidegate::project::Project::open(f.config.clone(), &rt).await {
        Err(e) => ensure!(e.to_string().contains("run `tidegate build`"), "{e}"),
        Ok(_) => anyhow::bail!("opened a project with a missing component"),
    }
    Ok(())
}

/// keygen, sign and `--require-signature`: unsigned, untrusted, forged and
/// swapped-and-relocked components are refused; a signed one passes.
async fn signatures_are_checked_and_can_be_required() -> anyhow::Result<()> {
    let f = Fixture::new(examples(), &["0001_create_users"], None);
    let toml = f.write_toml();
    let key = f.dir.path().join("release.key");
    let key_arg = key.to_str().unwrap();
    let (code, out, err) = common::cli(&["keygen", "--out", key_arg], &toml);
    ensure!(
        code == 0 && out.contains("public key: ed25519:"),
        "exit {code}: {out}{err}"
    );
    let public = std::fs::read_to_string(format!("{key_arg}.pub"))?
        .trim()
        .to_string();
    let (code, _, err) = common::cli(&["keygen", "--out", key_arg], &toml);
    ensure!(
        code == 2 && err.contains("never overwritten"),
        "exit {code}: {err}"
    );

    let require = [
        "verify",
        "--require-signature",
        "--trusted-key",
        public.as_str(),
    ];
    let (code, out, _) = common::cli(&require, &toml);
    ensure!(
        code == 3 && out.contains("is not signed"),
        "unsigned: exit {code}: {out}"
    );

    let (code, out, err) = common::cli(&["sign", "--key", key_arg], &toml);
    ensure!(
        code == 0 && out.contains("signed 1 migration"),
        "exit {code}: {out}{err}"
    );
    let (code, out, err) = common::cli(&require, &toml);
    ensure!(
        code == 0 && out.contains(&format!("signed by {public}")),
        "signed: exit {code}: {out}{err}"
    );

    // Signed, but not by a key this run trusts.
    let other = f.dir.path().join("other.key");
    common::cli(&["keygen", "--out", other.to_str().unwrap()], &toml);
    let other_pub = format!("{}.pub", other.display());
    let (code, out, _) = common::cli(
        &["verify", "--require-signature", "--trusted-key", &other_pub],
        &toml,
    );
    ensure!(
        code == 3 && out.contains("untrusted"),
        "untrusted: exit {code}: {out}"
    );

    // An attacker swaps the component and rewrites its digest in the lock:
    // the digest check passes, the signature does not, even unrequired.
    let signed_lock = std::fs::read_to_string(&f.config.lock)?;
    let swapped = std::fs::read(examples().1.join("0002_expand_display_name.wasm"))?;
    std::fs::write(f.config.components.join("0001_create_users.wasm"), &swapped)?;
    let mut lock = f.lock();
    lock.migrations[0].component = tidegate::digest::Digest::of(&swapped);
    lock.write(&f.config.lock)?;
    let (code, out, _) = common::cli(&["verify"], &toml);
    ensure!(
        code == 3 && out.contains("does not match the component digest"),
        "swapped: exit {code}: {out}"
    );

    // A forged signature on the original component.
    std::fs::copy(
        examples().1.join("0001_create_users.wasm"),
        f.config.components.join("0001_create_users.wasm"),
    )?;
    let sig_at = signed_lock
        .find("signature = \"")
        .context("signature in the lock")?
        + "signature = \"".len();
    let mut forged = signed_lock.clone();
    let flipped = if &forged[sig_at..sig_at + 1] == "0" {
        "1"
    } else {
        "0"
    };
    forged.replace_range(sig_at..sig_at + 1, flipped);
    std::fs::write(&f.config.lock, forged)?;
    let (code, out, _) = common::cli(&["verify"], &toml);
    ensure!(
        code == 3 && out.contains("does not match"),
        "forged: exit {code}: {out}"
    );
    std::fs::write(&f.config.lock, signed_lock)?;
    let (code, out, err) = common::cli(&require, &toml);
    ensure!(code == 0, "restored: exit {code}: {out}{err}");
    Ok(())
}

/// The capabilities a module declares ride in its component, so editing
/// the lock's copy is caught.
async fn capabilities_travel_in_the_component() -> anyhow::Result<()> {
    let f = Fixture::new(examples(), &["0005_mongo_profiles"], None);
    let inspection = tidegate::inspect(&std::fs::read(
        f.config.components.join("0005_mongo_profiles.wasm"),
    )?)?;
    let caps = inspection
        .capabilities
        .context("0005 declares capabilities")?;
    ensure!(caps.collections == ["profiles", "sessions"], "{caps:?}");
    let mut lock = f.lock();
    lock.migrations[0]
        .capabilities
        .as_mut()
        .unwrap()
        .collections
        .push("users".into());
    lock.write(&f.config.lock)?;
    let (code, out, _) = common::cli(&["verify"], &f.write_toml());
    ensure!(
        code == 3 && out.contains("declares capabilities"),
        "exit {code}: {out}"
    );
    Ok(())
}

/// Idempotence declared in each of its three places rides in the component
/// (the lock's copy must agree): `idempotent!()` in a crate's code (0006),
/// `[package.metadata.tidegate]` in its Cargo.toml (0005, 0007; module.toml
/// is covered by the runner's unit test); one that does not declare it
/// (0001) is not.
async fn idempotence_travels_in_the_component() -> anyhow::Result<()> {
    let declared =
        |id: &str| -> anyhow::Result<bool> { Ok(tidegate::inspect(&load_bytes(id))?.idempotent) };
    let cargo = std::fs::read_to_string(
        common::workspace().join("modules/0006_mongo_backfill_locale/Cargo.toml"),
    )?;
    ensure!(
        !cargo.contains("idempotent"),
        "0006 declares it in its code only"
    );
    for id in [
        "0006_mongo_backfill_locale",
        "0005_mongo_profiles",
        "0007_es_places",
    ] {
        ensure!(declared(id)?, "{id} declares itself idempotent");
    }
    ensure!(!declared("0001_create_users")?);
    let f = Fixture::new(examples(), &["0006_mongo_backfill_locale"], None);
    let mut lock = f.lock();
    lock.migrations[0].idempotent = false;
    lock.write(&f.config.lock)?;
    let (code, out, _) = common::cli(&["verify"], &f.write_toml());
    ensure!(
        code == 3 && out.contains("declares idempotent = true"),
        "exit {code}: {out}"
    );
    Ok(())
}

/// An unreachable PostgreSQL exits 6, says where it tried, and never
/// prints the password. Needs no server.
async fn cli_redacts_passwords_and_reports_unreachable() -> anyhow::Result<()> {
    let f = Fixture::new(
        examples(),
        &["0001_create_users"],
        Some("postgres://app:hunter2@127.0.0.1:1/nowhere"),
    );
    let (code, out, err) = common::cli(&["status"], &f.write_toml());
    ensure!(code == 6, "exit {code}: {err}");
    ensure!(
        err.contains("cannot connect") && err.contains("127.0.0.1:1"),
        "{err}"
    );
    ensure!(
        !err.contains("hunter2") && !out.contains("hunter2"),
        "password leaked: {err}"
    );
    Ok(())
}

/// Bad configuration exits 2 and says what is wrong, before anything
/// connects: an invalid history table, a URL of another database, an
/// unknown section or key, a missing file.
async fn configuration_errors_exit_2() -> anyhow::Result<()> {
    let f = Fixture::new(
        examples(),
        &["0001_create_users"],
        Some("postgres://app@127.0.0.1:1/nowhere"),
    );
    let toml = f.dir.path().join("bad.toml");
    let base = "modules = \"no-modules\"\ncomponents = \"components\"\n";
    for (section, want) in [
        (
            "[postgres]\nurl = \"postgres://127.0.0.1:1/x\"\nhistory_table = \"x; DROP TABLE users\"\n",
            "history table name",
        ),
        (
            "[postgres]\nurl = \"mysql://root@127.0.0.1:1/app\"\n",
            "postgres://",
        ),
        (
            "[postgress]\nurl = \"postgres://127.0.0.1:1/x\"\n",
            "[postgress]",
        ),
        ("[postgres]\nurll = \"postgres://127.0.0.1:1/x\"\n", "urll"),
        ("[mongodb]\nlock_ttl = \"soon\"\n", "mongodb.lock_ttl"),
        ("[elasticsearch]\nurl = \"ftp://search:9200\"\n", "http://"),
    ] {
        std::fs::write(&toml, format!("{base}{section}"))?;
        let (code, _, err) = common::cli(&["status"], &toml);
        ensure!(
            code == 2 && err.contains(want),
            "`{section}`: exit {code}: {err}"
        );
    }
    let (code, _, err) = common::cli(&["status"], &f.dir.path().join("missing.toml"));
    ensure!(
        code == 2 && err.matches("No such file").count() == 1,
        "exit {code}: {err}"
    );
    Ok(())
}

fn main() {
    let args = libtest_mimic::Arguments::from_args();
    common::require_built();
    let trials = vec![
        trial(
            "signatures_are_checked_and_can_be_required",
            signatures_are_checked_and_can_be_required,
        ),
        trial(
            "capabilities_travel_in_the_component",
            capabilities_travel_in_the_component,
        ),
        trial(
            "idempotence_travels_in_the_component",
            idempotence_travels_in_the_component,
        ),
        trial(
            "built_components_pass_the_import_policy",
            built_components_pass_the_import_policy,
        ),
        trial(
            "malformed_and_foreign_binaries_are_refused",
            malformed_and_foreign_binaries_are_refused,
        ),
        trial(
            "components_of_the_frozen_api_0_1_0_still_run",
            components_of_the_frozen_api_0_1_0_still_run,
        ),
        trial(
            "metadata_is_read_without_engine_access",
            metadata_is_read_without_engine_access,
        ),
        trial(
            "precompiled_cache_is_used_and_tampering_is_detected",
            precompiled_cache_is_used_and_tampering_is_detected,
        ),
        trial(
            "cli_verify_reports_every_migration",
            cli_verify_reports_every_migration,
        ),
        trial(
            "lock_without_components_says_to_build",
            lock_without_components_says_to_build,
        ),
        trial(
            "cli_redacts_passwords_and_reports_unreachable",
            cli_redacts_passwords_and_reports_unreachable,
        ),
        trial("configuration_errors_exit_2", configuration_errors_exit_2),
    ];
    libtest_mimic::run(&args, trials).exit();
}
