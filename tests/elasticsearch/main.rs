//! Elasticsearch/OpenSearch end to end, against a real server: plan on
//! shadow indices, a failed reindex that keeps the alias, health facts, and
//! the emulator's gaps. The scenarios every engine shares are in
//! `tests/engines`.
//!
//! The server comes from `TIDEGATE_TEST_ELASTICSEARCH_URL`, else
//! testcontainers; without either every test is reported ignored with the
//! reason. Index names are cluster-wide, so these tests run one at a time
//! and remove the example indices before and after.

#[path = "../common/mod.rs"]
mod common;

use anyhow::{Context, ensure};
use common::tls::{Certs, https_proxy, https_proxy_denying};
use common::{
    Fixture, clean_search_engine, cli, es_server, examples, executor, guests, open, runtime,
    servers_trial,
};
use elasticsearch::http::Method;
use tidegate::ExecError;
use tidegate::engine::elasticsearch::EsTarget;
use tidegate::report::{Health, Outcome, State};

const EXAMPLES: &[&str] = &["0007_es_places", "0008_es_places_reindex"];

/// A fixture on a clean cluster: the examples' indices and templates gone.
async fn fixture(
    url: &str,
    source: (std::path::PathBuf, std::path::PathBuf),
    ids: &[&str],
) -> anyhow::Result<(Fixture, EsTarget)> {
    let f = Fixture::new(source, ids, None).with_es(url);
    let t = f.es_target();
    clean_search_engine(&t).await?;
    Ok((f, t))
}

async fn exists(t: &EsTarget, index: &str) -> anyhow::Result<bool> {
    Ok(t.call(
        Method::Head,
        &format!("/{index}"),
        &[],
        None,
        &[404],
        "test",
    )
    .await?
    .status
        == 200)
}

async fn alias(t: &EsTarget, name: &str) -> anyhow::Result<Vec<String>> {
    let a = t
        .call(
            Method::Get,
            &format!("/_alias/{name}"),
            &[],
            None,
            &[404],
            "test",
        )
        .await?;
    let mut v: Vec<String> = a
        .json()
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    v.sort();
    Ok(v)
}

async fn user_indices(t: &EsTarget) -> anyhow::Result<Vec<String>> {
    let a = t
        .call(
            Method::Get,
            "/*",
            &[("expand_wildcards", "open")],
            None,
            &[404],
            "test",
        )
        .await?;
    Ok(a.json()
        .as_object()
        .map(|m| m.keys().filter(|k| !k.starts_with('.')).cloned().collect())
        .unwrap_or_default())
}

async fn plan_uses_shadow_indices_and_leaves_the_cluster_unchanged(
    urls: Vec<String>,
) -> anyhow::Result<()> {
    let (f, t) = fixture(&urls[0], examples(), EXAMPLES).await?;
    let before = user_indices(&t).await?;
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let report = executor(&project, &rt).await?.plan(None).await?;
    ensure!(report.ok(), "plan failed: {:?}", report.error);
    ensure!(
        report.migrations.len() == 2 && report.migrations.iter().all(|m| m.outcome == Outcome::Ok),
        "{:#?}",
        report.migrations
    );
    // The migration saw its own names, not the shadow prefix.
    let texts: Vec<&str> = report
        .migrations
        .iter()
        .flat_map(|m| m.statements.iter().map(|s| s.text.as_str()))
        .collect();
    ensure!(
        texts.iter().any(|s| s.starts_with("PUT /places_v1 ")),
        "{texts:#?}"
    );
    ensure!(!texts.iter().any(|s| s.contains("tgshadow")), "{texts:#?}");
    let checks = &report.migrations[1].checks;
    ensure!(
        !checks.is_empty() && checks.iter().all(|c| c.passed),
        "{checks:?}"
    );
    let diff: Vec<String> = report
        .diff
        .as_ref()
        .context("a diff")?
        .iter()
        .map(|c| c.line())
        .collect();
    for want in [
        "+ search index places_v1",
        "+ search index places_v2",
        "+ alias places (indices=places_v2)",
        "+ index template place-visits",
    ] {
        ensure!(
            diff.iter().any(|l| l.starts_with(want)),
            "diff lacks `{want}`:\n{}",
            diff.join("\n")
        );
    }
    ensure!(
        diff.iter()
            .any(|l| l.contains("\"geo_point\"") && l.contains("\"french\"")),
        "{diff:?}"
    );
    // Both indices get the alias (0008 in its swap): no ES002 false positive.
    ensure!(report.findings.is_empty(), "{:#?}", report.findings);
    // Nothing created, nothing left behind.
    ensure!(
        user_indices(&t).await? == before,
        "{:?} → {:?}",
        before,
        user_indices(&t).await?
    );
    ensure!(!exists(&t, "places_v1").await?);
    let templates = t
        .call(Method::Get, "/_index_template", &[], None, &[404], "test")
        .await?
        .body;
    ensure!(
        !templates.contains("tgshadow") && !templates.contains("place-visits"),
        "{templates}"
    );
    Ok(())
}

/// 0008's reindex carries the documents into the new index and swaps the
/// alias; a second apply does nothing.
async fn reindex_carries_documents_and_swaps_the_alias(urls: Vec<String>) -> anyhow::Result<()> {
    let (f, t) = fixture(&urls[0], examples(), EXAMPLES).await?;
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    ensure!(exec.apply(Some("0007_es_places")).await?.ok());
    let docs = "{\"index\":{\"_index\":\"places\",\"_id\":\"1\"}}\n{\"name\":\"Zürich\",\"country\":\"CH\",\"location\":[8.54,47.37]}\n{\"index\":{\"_index\":\"places\",\"_id\":\"2\"}}\n{\"name\":\"Lyon\",\"country\":\"FR\"}\n";
    let bulk = t
        .send(
            Method::Post,
            "/_bulk",
            &[("refresh".into(), "true".into())],
            Some(docs.into()),
        )
        .await?;
    ensure!(
        bulk.ok() && !bulk.body.contains("\"errors\":true"),
        "{}",
        bulk.body
    );
    let report = exec.apply(None).await?;
    ensure!(report.ok(), "{:?}", report.error);
    ensure!(alias(&t, "places").await? == ["places_v2"]);
    let count = t
        .call(Method::Get, "/places/_count", &[], None, &[], "test")
        .await?
        .json()["count"]
        .as_u64();
    ensure!(count == Some(2), "{count:?}");
    let again = exec.apply(None).await?;
    ensure!(again.ok() && again.migrations.is_empty() && again.already_applied == 2);
    clean_search_engine(&t).await
}

/// 0008's reindex moves the alias with its filter and flags: a filtered
/// alias stays filtered on the new index (an unfiltered one would start
/// answering with documents it used to hide).
async fn the_alias_swap_keeps_the_aliases_filter(urls: Vec<String>) -> anyhow::Result<()> {
    let (f, t) = fixture(&urls[0], examples(), EXAMPLES).await?;
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    ensure!(exec.apply(Some("0007_es_places")).await?.ok());
    let filtered = serde_json::json!({ "actions": [{ "add": { "index": "places_v1", "alias": "places", "filter": { "term": { "country": "CH" } }, "is_write_index": true } }] });
    t.call(Method::Post, "/_aliases", &[], Some(filtered), &[], "test")
        .await?;
    ensure!(exec.apply(None).await?.ok());
    let now = t
        .call(
            Method::Get,
            "/places_v2/_alias/places",
            &[],
            None,
            &[],
            "test",
        )
        .await?
        .json();
    let alias = &now["places_v2"]["aliases"]["places"];
    ensure!(
        alias["filter"]["term"]["country"] == "CH" && alias["is_write_index"] == true,
        "the swap dropped the alias's properties: {now}"
    );
    clean_search_engine(&t).await
}

async fn failed_reindex_keeps_the_alias_on_the_old_index(urls: Vec<String>) -> anyhow::Result<()> {
    let (f, t) = fixture(&urls[0], examples(), &["0007_es_places"]).await?;
    let rt = runtime(&f);
    ensure!(
        executor(&open(&f, &rt).await?, &rt)
            .await?
            .apply(None)
            .await?
            .ok()
    );
    let docs = "{\"index\":{\"_index\":\"places\",\"_id\":\"1\"}}\n{\"name\":\"Oslo\",\"country\":\"NO\"}\n";
    ensure!(
        t.send(
            Method::Post,
            "/_bulk",
            &[("refresh".into(), "true".into())],
            Some(docs.into())
        )
        .await?
        .ok()
    );

    let g = Fixture::new(guests(), &["9010_es_reindex_fails"], None).with_es(&urls[0]);
    let rt = runtime(&g);
    let project = open(&g, &rt).await?;
    let exec = executor(&project, &rt).await?;
    let report = exec.apply(None).await?;
    ensure!(!report.ok(), "the reindex must fail");
    let error = report.error.clone().unwrap_or_default();
    ensure!(
        error.contains("strict") || error.contains("failures"),
        "{error}"
    );
    ensure!(
        alias(&t, "places").await? == ["places_v1"],
        "alias moved: {:?}",
        alias(&t, "places").await?
    );
    ensure!(
        !exists(&t, "places_strict").await?,
        "the half-built index was not deleted"
    );
    let status = exec.status().await?;
    let state = |id: &str| {
        status
            .migrations
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.state)
    };
    ensure!(state("9010_es_reindex_fails") == Some(State::Failed));
    // 0007 is applied in the cluster but not in this project.
    ensure!(state("0007_es_places") == Some(State::Missing));
    ensure!(matches!(
        exec.apply(None).await,
        Err(ExecError::Dirty { .. })
    ));
    clean_search_engine(&t).await
}

async fn health_reports_version_cluster_and_invariants_pass(
    urls: Vec<String>,
) -> anyhow::Result<()> {
    let (f, t) = fixture(&urls[0], examples(), EXAMPLES).await?;
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    ensure!(exec.apply(None).await?.ok());
    let h = exec.health().await;
    let find = |n: &str| h.checks.iter().find(|c| c.name == n).cloned();
    let v = find("elasticsearch: version").context("version check")?;
    ensure!(
        v.status == Health::Pass
            && (v.detail.starts_with("Elasticsearch ") || v.detail.starts_with("OpenSearch ")),
        "{v:?}"
    );
    ensure!(find("elasticsearch: cluster health").is_some_and(|c| c.status != Health::Fail));
    ensure!(
        find("0008_es_places_reindex: alias places points at places_v2")
            .is_some_and(|c| c.status == Health::Pass)
    );
    clean_search_engine(&t).await
}

/// osmem-server has no `_tasks` API (and no painless scripts or ingest
/// pipelines). Tidegate never needs them: `_reindex` always waits for
/// completion. On a real cluster the API exists.
async fn tasks_api_gap_of_the_emulator(urls: Vec<String>) -> anyhow::Result<()> {
    let t = Fixture::new(examples(), &[], None)
        .with_es(&urls[0])
        .es_target();
    let info = t.info().await?;
    let tasks = t.send(Method::Get, "/_tasks", &[], None).await?;
    if info.cluster == "osmem" {
        ensure!(
            !tasks.ok(),
            "osmem-server gained _tasks: drop this gap note"
        );
    } else {
        ensure!(tasks.ok(), "a real cluster answers _tasks: {}", tasks.body);
    }
    Ok(())
}

/// `places_v1` behind the alias `places`, with a document the strict
/// index of [`STRICT_SWAP`] refuses.
async fn places_with_a_stray_field(t: &EsTarget) -> anyhow::Result<()> {
    let body = serde_json::json!({ "mappings": { "properties": { "name": { "type": "text" } } }, "aliases": { "places": {} } });
    t.call(Method::Put, "/places_v1", &[], Some(body), &[], "test")
        .await?;
    let docs = "{\"index\":{\"_index\":\"places_v1\",\"_id\":\"1\"}}\n{\"name\":\"Oslo\"}\n{\"index\":{\"_index\":\"places_v1\",\"_id\":\"2\"}}\n{\"name\":\"Bern\",\"stray\":1}\n";
    let bulk = t
        .send(
            Method::Post,
            "/_bulk",
            &[("refresh".into(), "true".into())],
            Some(docs.into()),
        )
        .await?;
    ensure!(
        bulk.ok() && !bulk.body.contains("\"errors\":true"),
        "{}",
        bulk.body
    );
    Ok(())
}

/// A JSON module that copies `places` into a strict index and moves the
/// alias there: the reindex must stop the migration before the swap.
const STRICT_SWAP: &[(&str, &str, &str)] = &[
    (
        "0001_strict_swap",
        "up.es.json",
        r#"[
  {"method": "PUT", "path": "/places_strict", "body": {"mappings": {"dynamic": "strict", "properties": {"name": {"type": "text"}}}}},
  {"method": "POST", "path": "/_reindex", "body": {"source": {"index": "places"}, "dest": {"index": "places_strict"}}},
  {"method": "POST", "path": "/_aliases", "body": {"actions": [{"remove": {"index": "places_v1", "alias": "places"}}, {"add": {"index": "places_strict", "alias": "places"}}]}}
]"#,
    ),
    (
        "0001_strict_swap",
        "module.toml",
        "[capabilities]\nindices = [\"places\", \"places_v1\", \"places_strict\"]\n",
    ),
];

/// A reindex run as a task answers the guest as the synchronous API
/// would: a document the destination refuses makes the answer a failure
/// (not 200), so the JSON module stops before its alias swap. The task's
/// stored result is deleted afterwards. The tasks API is the proxy's
/// emulation in front of the stand-in, or the cluster's own.
async fn a_reindex_task_with_failures_fails_the_migration_and_keeps_the_alias(
    urls: Vec<String>,
) -> anyhow::Result<()> {
    let (proxy, emulation) = common::http::es_proxy(&urls[0]);
    let t = Fixture::new(examples(), &[], None)
        .with_es(&urls[0])
        .es_target();
    clean_search_engine(&t).await?;
    places_with_a_stray_field(&t).await?;
    let (_dir, toml) = common::module_project(
        STRICT_SWAP,
        &format!("[elasticsearch]\nurl = \"{proxy}\"\n"),
    )?;
    let (code, out, err) = cli(&["apply"], &toml);
    ensure!(
        code == 1 && format!("{out}{err}").contains("strict_dynamic_mapping_exception"),
        "exit {code}\n{out}\n{err}"
    );
    ensure!(
        alias(&t, "places").await? == ["places_v1"],
        "the alias moved onto the incomplete index: {:?}",
        alias(&t, "places").await?
    );
    ensure!(
        !emulation.seen("GET /_tasks/").is_empty(),
        "the reindex did not run as a task: {:?}",
        emulation.seen("")
    );
    ensure!(
        emulation.stored() == 0,
        "the finished task's stored result was left in .tasks"
    );
    clean_search_engine(&t).await
}

/// The tasks API must answer: a refusal fails the migration naming what to
/// grant (never a silent foreground reindex), and polls that keep failing
/// give up after a few tries instead of polling for `task_timeout`.
async fn a_refused_or_failing_tasks_api_fails_the_reindex(urls: Vec<String>) -> anyhow::Result<()> {
    let (proxy, emulation) = common::http::es_proxy(&urls[0]);
    let t = Fixture::new(examples(), &[], None)
        .with_es(&urls[0])
        .es_target();
    for (how, want) in [
        ("refused", "cluster:monitor/tasks/lists"),
        ("failing", "the tasks API failed"),
    ] {
        clean_search_engine(&t).await?;
        let f = Fixture::new(examples(), EXAMPLES, None)
            .with_es(&proxy)
            .set("elasticsearch", "task_timeout", "5m");
        let rt = runtime(&f);
        let project = open(&f, &rt).await?;
        let exec = executor(&project, &rt).await?;
        ensure!(exec.apply(Some("0007_es_places")).await?.ok());
        emulation
            .deny_tasks
            .store(how == "refused", std::sync::atomic::Ordering::SeqCst);
        emulation
            .fail_polls
            .store(how == "failing", std::sync::atomic::Ordering::SeqCst);
        let start = std::time::Instant::now();
        let report = exec.apply(None).await?;
        emulation
            .deny_tasks
            .store(false, std::sync::atomic::Ordering::SeqCst);
        emulation
            .fail_polls
            .store(false, std::sync::atomic::Ordering::SeqCst);
        let error = report.error.clone().unwrap_or_default();
        ensure!(
            !report.ok() && error.contains(want),
            "{how} tasks API: {error}"
        );
        if how == "refused" {
            ensure!(error.contains("`monitor`"), "{error}");
        }
        ensure!(
            start.elapsed() < std::time::Duration::from_secs(60),
            "{how}: gave up only after {:?}",
            start.elapsed()
        );
        ensure!(
            alias(&t, "places").await? == ["places_v1"],
            "{how}: {:?}",
            alias(&t, "places").await?
        );
    }
    clean_search_engine(&t).await
}

/// Hundreds of declared indices never make a request line longer than the
/// server's 4 KB limit (the proxy enforces it as Elasticsearch does).
async fn many_declared_indices_fit_the_request_line(urls: Vec<String>) -> anyhow::Result<()> {
    let (proxy, emulation) = common::http::es_proxy(&urls[0]);
    let t = Fixture::new(examples(), &[], None)
        .with_es(&urls[0])
        .es_target();
    clean_search_engine(&t).await?;
    let names: Vec<String> = (0..300)
        .map(|i| format!("\"places_tenant_{i:04}_events\""))
        .collect();
    let manifest = format!(
        "[capabilities]\nindices = [\"places_v1\", {}]\n",
        names.join(", ")
    );
    let up = r#"[{"method": "PUT", "path": "/places_v1", "body": {"mappings": {"properties": {"name": {"type": "text"}}}}}]"#;
    let (_dir, toml) = common::module_project(
        &[
            ("0001_many", "up.es.json", up),
            ("0001_many", "module.toml", &manifest),
        ],
        &format!("[elasticsearch]\nurl = \"{proxy}\"\n"),
    )?;
    let (code, out, err) = cli(&["plan"], &toml);
    ensure!(code == 0, "exit {code}\n{out}\n{err}");
    let longest = emulation
        .seen("")
        .iter()
        .map(String::len)
        .max()
        .unwrap_or(0);
    ensure!(longest <= 4096, "a request line of {longest} bytes");
    ensure!(out.contains("places_v1"), "{out}");
    clean_search_engine(&t).await
}

/// The examples plan and apply through https with basic auth, trusting a
/// CA file, then a CA fingerprint; wrong credentials, an unknown CA, a
/// wrong fingerprint and a plain-http setting on https are refused with
/// what to fix; `insecure` works and is reported. The password never shows.
async fn https_basic_auth_ca_file_and_fingerprint(urls: Vec<String>) -> anyhow::Result<()> {
    let (f, t) = fixture(&urls[0], examples(), EXAMPLES).await?;
    let certs = Certs::new();
    let proxy = https_proxy(&certs, &urls[0], "tidegate", "s3cret:pass");
    let ca = certs.ca_file.display().to_string();
    let secured = |f: Fixture| {
        f.with_es(&proxy)
            .set("elasticsearch", "username", "tidegate")
            .set("elasticsearch", "password", "s3cret:pass")
    };
    let f = secured(f).set("elasticsearch", "ca_file", &ca);
    let toml = f.write_toml();
    for command in ["plan", "apply", "health"] {
        let (code, out, err) = cli(&[command], &toml);
        ensure!(code == 0, "{command} over https: exit {code}\n{out}\n{err}");
        ensure!(
            !out.contains("s3cret") && !err.contains("s3cret"),
            "{command} printed the password:\n{out}\n{err}"
        );
        if command == "health" {
            ensure!(out.contains("https, verified against the CA file"), "{out}");
        }
    }
    ensure!(
        exists(&t, "places_v2").await?,
        "apply through the proxy reached the server"
    );
    // The lock index was made explicitly (strict), not auto-created.
    let mapping = t
        .call(
            Method::Get,
            "/tidegate-migrations-lock/_mapping",
            &[],
            None,
            &[],
            "test",
        )
        .await?
        .json();
    ensure!(
        mapping["tidegate-migrations-lock"]["mappings"]["dynamic"] == "strict",
        "{mapping}"
    );

    // The same cluster through a fingerprint instead of the file.
    let g = secured(Fixture::new(examples(), EXAMPLES, None)).set(
        "elasticsearch",
        "ca_fingerprint",
        &certs.ca_fingerprint,
    );
    let (code, out, err) = cli(&["status"], &g.write_toml());
    ensure!(
        code == 0 && out.contains("0008_es_places_reindex"),
        "fingerprint: exit {code}\n{out}\n{err}"
    );

    // Credentials in the URL are percent-encoded user info (RFC 3986), not
    // form data: a `+` stays a `+` and `&` does not cut the password.
    let (user, password) = ("el+astic", "p+w&x%y:z@a/b=c");
    let special = https_proxy(&certs, &urls[0], user, password);
    // As a user writes it: `+`, `&` and `=` are allowed in user info as
    // they are; `%`, `:`, `@` and `/` must be escaped.
    let encode = |s: &str| {
        s.chars()
            .map(|c| {
                if matches!(c, '%' | ':' | '@' | '/') {
                    format!("%{:02X}", c as u8)
                } else {
                    c.to_string()
                }
            })
            .collect::<String>()
    };
    let in_url = special.replacen(
        "https://",
        &format!("https://{}:{}@", encode(user), encode(password)),
        1,
    );
    let h = Fixture::new(examples(), EXAMPLES, None)
        .with_es(&in_url)
        .set("elasticsearch", "ca_file", &ca);
    let (code, out, err) = cli(&["status"], &h.write_toml());
    ensure!(
        code == 0 && out.contains("0008_es_places_reindex"),
        "a password with `+ & % : @ / =` in the URL: exit {code}\n{out}\n{err}"
    );
    ensure!(
        !out.contains("p+w") && !err.contains("p+w") && !err.contains(&encode(password)),
        "the password was printed:\n{out}\n{err}"
    );

    let refused = |f: Fixture, want_code: i32, want: &'static str| {
        let (code, out, err) = cli(&["status"], &f.write_toml());
        ensure!(
            code == want_code && err.contains(want),
            "want exit {want_code} and `{want}`, got {code}\n{out}\n{err}"
        );
        ensure!(!out.contains("s3cret") && !err.contains("s3cret"), "{err}");
        Ok::<_, anyhow::Error>(())
    };
    let wrong = Fixture::new(examples(), EXAMPLES, None)
        .with_es(&proxy)
        .set("elasticsearch", "username", "tidegate")
        .set("elasticsearch", "password", "wrong");
    refused(
        wrong.set("elasticsearch", "ca_file", &ca),
        2,
        "refused the credentials",
    )?;
    refused(
        secured(Fixture::new(examples(), EXAMPLES, None)),
        6,
        "cannot connect",
    )?;
    let other = "00:".repeat(31) + "00";
    refused(
        secured(Fixture::new(examples(), EXAMPLES, None)).set(
            "elasticsearch",
            "ca_fingerprint",
            &other,
        ),
        2,
        "fingerprint",
    )?;
    refused(
        Fixture::new(examples(), EXAMPLES, None)
            .with_es(&urls[0])
            .set("elasticsearch", "ca_file", &ca),
        2,
        "apply to https:// URLs",
    )?;

    // A pinned CA is the only root: a server whose certificate another CA
    // signed is refused, even one the system trusts (SSL_CERT_FILE here),
    // though the pinned CA is in the chain it presents.
    let decoy = Certs::decoy();
    let decoyed = https_proxy(&decoy, &urls[0], "tidegate", "s3cret:pass");
    let d = Fixture::new(examples(), EXAMPLES, None)
        .with_es(&decoyed)
        .set("elasticsearch", "username", "tidegate")
        .set("elasticsearch", "password", "s3cret:pass")
        .set("elasticsearch", "ca_fingerprint", &decoy.ca_fingerprint);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tidegate"))
        .args(["status", "--config"])
        .arg(d.write_toml())
        .env("SSL_CERT_FILE", &decoy.ca_file)
        .env("TIDEGATE_CACHE_DIR", d.dir.path().join("cache"))
        .output()?;
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    ensure!(
        out.status.code() == Some(6),
        "a certificate the pinned CA did not sign was accepted: exit {:?}\n{said}",
        out.status.code()
    );

    let insecure =
        secured(Fixture::new(examples(), EXAMPLES, None)).set("elasticsearch", "insecure", "true");
    let (code, out, err) = cli(&["health"], &insecure.write_toml());
    ensure!(out.contains("NOT verified"), "exit {code}\n{out}\n{err}");
    clean_search_engine(&t).await
}

/// Other tenants' objects on a shared cluster, including templates a PUT
/// of a copy would refuse (composed of a system component, or of a missing
/// optional one on Elasticsearch 8.7+).
const TENANT: &[(&str, &str)] = &[
    (
        "/tenant-orders",
        r#"{"mappings":{"properties":{"n":{"type":"long"}}}}"#,
    ),
    (
        "/_component_template/.tenant_globals",
        r#"{"template":{"settings":{"number_of_replicas":0}}}"#,
    ),
    (
        "/_index_template/tenant-logs",
        r#"{"index_patterns":["logs-tenant-*"],"composed_of":[".tenant_globals"],"priority":7}"#,
    ),
    (
        "/_index_template/tenant-metrics",
        r#"{"index_patterns":["metrics-tenant-*"],"composed_of":["tenant@custom"],"ignore_missing_component_templates":["tenant@custom"],"priority":7}"#,
    ),
    // Ours: a template whose pattern matches the declared `places_v*`.
    (
        "/_component_template/places-settings",
        r#"{"template":{"settings":{"number_of_replicas":0}}}"#,
    ),
    (
        "/_index_template/places-defaults",
        r#"{"index_patterns":["places_v*"],"composed_of":["places-settings"],"priority":7}"#,
    ),
];

async fn unseed(t: &EsTarget) -> anyhow::Result<()> {
    for (path, _) in TENANT
        .iter()
        .rev()
        .filter(|(p, _)| p.contains("_index_template"))
        .chain(
            TENANT
                .iter()
                .rev()
                .filter(|(p, _)| !p.contains("_index_template")),
        )
    {
        t.call(Method::Delete, path, &[], None, &[404], "cleaning up")
            .await?;
    }
    t.call(
        Method::Delete,
        "/tenant-new",
        &[],
        None,
        &[404],
        "cleaning up",
    )
    .await?;
    Ok(())
}

/// The shadow of a plan that declares `places*` copies the declared index
/// and the templates that could apply to it, nothing else, whatever other
/// tenants keep on the cluster; plan works there, and `tidegate test`'s
/// catalog ignores indices other tenants create meanwhile.
async fn shadow_and_catalog_cover_only_declared_objects(urls: Vec<String>) -> anyhow::Result<()> {
    use tidegate::capabilities::Scope;
    use tidegate::engine::elasticsearch::snapshot::Shadow;
    let (f, t) = fixture(&urls[0], examples(), EXAMPLES).await?;
    unseed(&t).await?;
    for (path, body) in TENANT {
        let a = t
            .send(Method::Put, path, &[], Some(body.to_string()))
            .await?;
        // OpenSearch has no `ignore_missing_component_templates`.
        let unsupported = path.ends_with("tenant-metrics") && a.status == 400;
        ensure!(a.ok() || unsupported, "seeding {path}: {}", a.body);
    }
    let rt = runtime(&f);
    let project = open(&f, &rt).await?;
    let exec = executor(&project, &rt).await?;
    ensure!(exec.apply(Some("0007_es_places")).await?.ok());

    let scope = Scope::Names(vec!["places".into(), "places_v*".into()]);
    let shadow = Shadow::create(&t, "tidegate-migrations", &scope).await?;
    let p = shadow.prefix.clone();
    let q = [("expand_wildcards", "all")];
    let copied = t
        .call(Method::Get, &format!("/{p}*"), &q, None, &[404], "test")
        .await?
        .json();
    let mut indices: Vec<String> = copied
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    indices.sort();
    let names = |api: &'static str, key: &'static str| {
        let t = t.clone();
        let p = p.clone();
        async move {
            let v = t
                .call(Method::Get, api, &[], None, &[404], "test")
                .await?
                .json();
            let mut n: Vec<String> = v[key]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|x| x["name"].as_str())
                .filter(|n| n.starts_with(&p))
                .map(str::to_string)
                .collect();
            n.sort();
            Ok::<_, anyhow::Error>(n)
        }
    };
    let templates = names("/_index_template", "index_templates").await?;
    let components = names("/_component_template", "component_templates").await?;
    shadow.drop(&t).await;
    ensure!(
        indices == [format!("{p}places_v1")],
        "shadow indices: {indices:?}"
    );
    ensure!(
        templates == [format!("{p}places-defaults")],
        "shadow index templates: {templates:?}"
    );
    ensure!(
        components == [format!("{p}places-settings")],
        "shadow component templates: {components:?}"
    );
    let left = t
        .call(Method::Get, &format!("/{p}*"), &q, None, &[404], "test")
        .await?
        .json();
    ensure!(
        left.as_object().is_none_or(|o| o.is_empty()),
        "the shadow was not dropped: {left}"
    );

    let report = exec.plan(None).await?;
    ensure!(report.ok(), "plan on a shared cluster: {:?}", report.error);
    let diff: Vec<String> = report
        .diff
        .as_ref()
        .context("a diff")?
        .iter()
        .map(|c| c.line())
        .collect();
    ensure!(
        !diff.is_empty() && diff.iter().all(|l| !l.contains("tenant")),
        "{diff:#?}"
    );

    let before = exec.catalog().await?;
    ensure!(t.send(Method::Put, "/tenant-new", &[], None).await?.ok());
    ensure!(
        exec.catalog().await? == before,
        "another tenant's new index changed the catalog"
    );
    unseed(&t).await?;
    clean_search_engine(&t).await
}

/// A user whose role lacks a privilege: the run stops with exit 2, and
/// the message names the privilege to grant.
async fn missing_privileges_name_what_to_grant(urls: Vec<String>) -> anyhow::Result<()> {
    let (f, t) = fixture(&urls[0], examples(), EXAMPLES).await?;
    let certs = Certs::new();
    let ca = certs.ca_file.display().to_string();
    for (denied, command, want) in [
        ("GET / ", "apply", "`monitor` cluster privilege"),
        ("PUT /tidegate-migrations-lock", "apply", "`create_index`"),
        (
            "PUT /_component_template/tgshadow-",
            "plan",
            "`manage_index_templates`",
        ),
    ] {
        let proxy = https_proxy_denying(&certs, &urls[0], "tidegate", "pw", &[denied]);
        let g = Fixture::new(examples(), EXAMPLES, None)
            .with_es(&proxy)
            .set("elasticsearch", "username", "tidegate")
            .set("elasticsearch", "password", "pw")
            .set("elasticsearch", "ca_file", &ca);
        if denied.contains("_component_template") {
            // A template the shadow must copy: it matches the declared `places_v*`.
            t.send(
                Method::Put,
                "/_component_template/places-settings",
                &[],
                Some(r#"{"template":{"settings":{"number_of_replicas":0}}}"#.into()),
            )
            .await?;
            t.send(Method::Put, "/_index_template/places-defaults", &[], Some(r#"{"index_patterns":["places_v*"],"composed_of":["places-settings"],"priority":7}"#.into())).await?;
        }
        let (code, out, err) = cli(&[command], &g.write_toml());
        ensure!(
            code == 2 && err.contains(want) && err.contains("unauthorized"),
            "{denied} → {command}: exit {code}\n{out}\n{err}"
        );
    }
    drop(f);
    unseed(&t).await?;
    clean_search_engine(&t).await
}

fn main() {
    let mut args = libtest_mimic::Arguments::from_args();
    common::require_built();
    if let common::Server::Skip(reason) = es_server() {
        eprintln!("SKIPPED: Elasticsearch tests: {reason}");
    }
    args.test_threads = Some(1);
    let e = || vec![es_server()];
    let trials = vec![
        servers_trial(
            "plan_uses_shadow_indices_and_leaves_the_cluster_unchanged",
            e(),
            plan_uses_shadow_indices_and_leaves_the_cluster_unchanged,
        ),
        servers_trial(
            "reindex_carries_documents_and_swaps_the_alias",
            e(),
            reindex_carries_documents_and_swaps_the_alias,
        ),
        servers_trial(
            "failed_reindex_keeps_the_alias_on_the_old_index",
            e(),
            failed_reindex_keeps_the_alias_on_the_old_index,
        ),
        servers_trial(
            "health_reports_version_cluster_and_invariants_pass",
            e(),
            health_reports_version_cluster_and_invariants_pass,
        ),
        servers_trial(
            "tasks_api_gap_of_the_emulator",
            e(),
            tasks_api_gap_of_the_emulator,
        ),
        servers_trial(
            "https_basic_auth_ca_file_and_fingerprint",
            e(),
            https_basic_auth_ca_file_and_fingerprint,
        ),
        servers_trial(
            "shadow_and_catalog_cover_only_declared_objects",
            e(),
            shadow_and_catalog_cover_only_declared_objects,
        ),
        servers_trial(
            "missing_privileges_name_what_to_grant",
            e(),
            missing_privileges_name_what_to_grant,
        ),
        servers_trial(
            "a_reindex_task_with_failures_fails_the_migration_and_keeps_the_alias",
            e(),
            a_reindex_task_with_failures_fails_the_migration_and_keeps_the_alias,
        ),
        servers_trial(
            "a_refused_or_failing_tasks_api_fails_the_reindex",
            e(),
            a_refused_or_failing_tasks_api_fails_the_reindex,
        ),
        servers_trial(
            "many_declared_indices_fit_the_request_line",
            e(),
            many_declared_indices_fit_the_request_line,
        ),
        servers_trial(
            "the_alias_swap_keeps_the_aliases_filter",
            e(),
            the_alias_swap_keeps_the_aliases_filter,
        ),
    ];
    libtest_mimic::run(&args, trials).exit();
}
