//! Tidegate's lint against Squawk's, on a generated history of 250
//! real-world-style migrations ([`crate::corpus`]) whose Squawk findings
//! were read off Squawk 2.70.0: every hazard Squawk finds on a table that
//! existed before the history is found by Tidegate's `plan` too, under the
//! rule docs/lint.md maps it to. Squawk is not needed to run this.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Context, ensure};

use crate::common::{TestDb, cli};
use crate::corpus::{self, NON_TRANSACTIONAL};

/// Each Squawk rule the corpus shows, and the Tidegate rules that say the
/// same (docs/lint.md has the full table, with the rules that do not
/// apply).
const MAPPED: &[(&str, &[&str])] = &[
    ("adding-field-with-default", &["PG003", "PG101"]),
    ("adding-foreign-key-constraint", &["PG005", "PG012"]),
    ("adding-not-nullable-field", &["PG009"]),
    ("adding-required-field", &["PG002"]),
    ("adding-serial-primary-key-field", &["PG011"]),
    ("ban-alter-domain-with-add-constraint", &["PG017"]),
    ("ban-alter-identity", &["PG014"]),
    ("ban-char-field", &["STY003"]),
    ("ban-concurrent-index-creation-in-transaction", &["PG016"]),
    ("ban-drop-column", &["PG007"]),
    ("ban-drop-constraint", &["PG014"]),
    ("ban-drop-database", &["PG007"]),
    ("ban-drop-default", &["PG014"]),
    ("ban-drop-domain", &["PG014"]),
    ("ban-drop-extension", &["PG014"]),
    ("ban-drop-function", &["PG014"]),
    ("ban-drop-generated-expression", &["PG014"]),
    ("ban-drop-not-null", &["PG014"]),
    ("ban-drop-schema", &["PG014"]),
    ("ban-drop-sequence", &["PG014"]),
    ("ban-drop-table", &["PG007"]),
    ("ban-drop-type", &["PG014"]),
    ("ban-drop-view", &["PG014"]),
    ("ban-set-schema", &["PG006"]),
    ("ban-truncate-cascade", &["PG015"]),
    ("changing-column-type", &["PG004", "PG101"]),
    ("constraint-missing-not-valid", &["PG005", "PG011"]),
    ("disallowed-unique-constraint", &["PG011"]),
    ("identifier-too-long", &["PG018"]),
    ("prefer-bigint-over-int", &["STY001"]),
    ("prefer-bigint-over-smallint", &["STY001"]),
    ("prefer-identity", &["STY002"]),
    ("prefer-text-field", &["STY003"]),
    ("prefer-timestamp-tz", &["STY004"]),
    ("renaming-column", &["PG006"]),
    ("renaming-object", &["PG006"]),
    ("renaming-table", &["PG006"]),
    ("require-concurrent-index-creation", &["PG001"]),
    ("require-concurrent-index-deletion", &["PG010"]),
    ("require-concurrent-partition-detach", &["PG019"]),
    ("require-concurrent-reindex", &["PG001"]),
    ("require-enum-value-ordering", &["PG013"]),
];

/// Squawk rules about locks and rewrites of an existing table, which
/// Squawk also reports on a table the same migration creates. On a table
/// created earlier in the plan (or history) Tidegate stays silent about
/// every rule but the style ones: it knows the table is new, empty and
/// used by no running code; Squawk, reading one file, cannot.
const EXISTING_ONLY: &[&str] = &[
    "adding-field-with-default",
    "adding-foreign-key-constraint",
    "adding-not-nullable-field",
    "adding-required-field",
    "adding-serial-primary-key-field",
    "changing-column-type",
    "constraint-missing-not-valid",
    "disallowed-unique-constraint",
    "require-concurrent-index-creation",
];

pub async fn every_hazard_squawk_finds_is_found(server: String) -> anyhow::Result<()> {
    let db = TestDb::create(&server).await?;
    let mut c = db.connect().await?;
    sqlx::raw_sql(sqlx::AssertSqlSafe(corpus::base_schema()))
        .execute(&mut c)
        .await
        .context("the base schema")?;
    let history = corpus::corpus(42);
    ensure!(history.len() >= 200, "{} migrations", history.len());
    let dir = tempfile::tempdir()?;
    for g in &history {
        let m = dir.path().join("modules").join(&g.id);
        std::fs::create_dir_all(&m)?;
        std::fs::write(m.join("up.sql"), &g.sql)?;
        let manifest = if g.sql.starts_with(NON_TRANSACTIONAL) {
            "transactional = false\n"
        } else {
            ""
        };
        std::fs::write(m.join("module.toml"), manifest)?;
    }
    let toml = dir.path().join("tidegate.toml");
    std::fs::write(
        &toml,
        format!(
            "modules = \"modules\"\n[postgres]\nurl = \"{}\"\nallow_privileged_role = true\n\
             [lint]\nSTY001 = \"warning\"\nSTY002 = \"warning\"\nSTY003 = \"warning\"\nSTY004 = \"warning\"\n",
            db.url
        ),
    )?;
    let (code, _, err) = cli(&["build"], &toml);
    ensure!(code == 0, "build: exit {code}: {err}");
    let (code, out, err) = cli(&["plan", "--format", "json", "--fail-on", "never"], &toml);
    let report: serde_json::Value = serde_json::from_str(&out).context("plan JSON")?;
    ensure!(code == 0, "plan: exit {code}: {}: {err}", report["error"]);
    ensure!(
        report["migrations"].as_array().map(Vec::len) == Some(history.len()),
        "every migration ran: {}",
        report["error"]
    );
    let mut found: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for f in report["findings"].as_array().into_iter().flatten() {
        found
            .entry(f["migration"].as_str().unwrap_or_default())
            .or_default()
            .insert(f["rule"].as_str().unwrap_or_default());
    }
    let mut missed = Vec::new();
    let (mut checked, mut silent_on_new) = (0, 0);
    let mut only_tidegate: BTreeMap<&str, usize> = BTreeMap::new();
    for g in &history {
        let ours = found.get(g.id.as_str()).cloned().unwrap_or_default();
        let creates = g.sql.to_ascii_uppercase().contains("CREATE TABLE");
        for rule in &g.squawk {
            let Some((_, want)) = MAPPED.iter().find(|(r, _)| r == rule) else {
                missed.push(format!("{}: Squawk's {rule} has no Tidegate rule", g.id));
                continue;
            };
            let style = want.iter().all(|w| w.starts_with("STY"));
            if (g.on_new_table && !style) || (creates && EXISTING_ONLY.contains(rule)) {
                silent_on_new += 1;
                continue;
            }
            checked += 1;
            if !want.iter().any(|w| ours.contains(w)) {
                missed.push(format!(
                    "{}: Squawk's {rule}, expected {want:?}, found {ours:?}\n{}",
                    g.id, g.sql
                ));
            }
        }
        for r in &ours {
            let said = g.squawk.iter().any(|s| {
                MAPPED
                    .iter()
                    .any(|(name, want)| name == s && want.contains(r))
            });
            if !said {
                *only_tidegate.entry(r).or_default() += 1;
                if *r != "PG100" {
                    eprintln!("Tidegate alone, {r} on {}: {}", g.id, g.sql.trim());
                }
            }
        }
    }
    // A CONCURRENTLY statement, simulated without the keyword, reports no
    // lock and no observed hazard.
    for g in history
        .iter()
        .filter(|g| g.sql.starts_with(NON_TRANSACTIONAL))
    {
        let ours = found.get(g.id.as_str()).cloned().unwrap_or_default();
        ensure!(
            !ours.contains("PG100") && !ours.contains("PG101"),
            "{}: {ours:?}",
            g.id
        );
    }
    eprintln!(
        "{checked} Squawk findings on existing tables checked; {silent_on_new} on tables new in the plan left to Tidegate's silence; Tidegate alone: {only_tidegate:?}"
    );
    ensure!(checked >= 120, "only {checked} findings were compared");
    ensure!(
        missed.is_empty(),
        "{} Squawk findings Tidegate missed:\n{}",
        missed.len(),
        missed.join("\n")
    );
    db.drop().await
}
