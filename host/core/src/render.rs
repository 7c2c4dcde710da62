//! Rendering results for people (text), machines (JSON) and pull requests
//! (markdown). The markdown is the body of the PR comment.

use std::fmt::Write as _;

use serde::Serialize;

use crate::lint::{Finding, Rule, Severity};
use crate::metadata::EngineKind;
use crate::report::{
    Action, Health, HealthReport, MigrationRun, Outcome, RunReport, State, StatusReport,
    VerifyReport,
};
use crate::schema_view::{WIDTH, dedent, fold, sections};

/// The hidden marker that identifies Tidegate's own PR comment.
pub const MARKER: &str = "<!-- tidegate:report -->";

pub fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("reports serialize")
}

fn fmt_ms(ms: f64) -> String {
    if ms >= 1000.0 {
        format!("{:.2} s", ms / 1000.0)
    } else {
        format!("{ms:.1} ms")
    }
}

/// A fence longer than any run of backticks in `body`.
fn fence(body: &str) -> String {
    let mut longest = 0;
    let mut run = 0;
    for c in body.chars() {
        if c == '`' {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    "`".repeat((longest + 1).max(3))
}

fn code_block(lang: &str, body: &str) -> String {
    let f = fence(body);
    format!("{f}{lang}\n{body}\n{f}\n")
}

/// Escape text inside HTML (a `<summary>`), where markdown is not read.
fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\n', " ")
}

/// Escape text for a markdown table cell or a line of prose.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '\n' | '\r' => out.push(' '),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn outcome_word(o: Outcome) -> &'static str {
    match o {
        Outcome::Ok => "ok",
        Outcome::Failed => "FAILED",
        Outcome::NotRun => "not run",
    }
}

fn outcome_icon(o: Outcome) -> &'static str {
    match o {
        Outcome::Ok => "✅",
        Outcome::Failed => "❌",
        Outcome::NotRun => "⏭️",
    }
}

fn statement_sql(m: &MigrationRun) -> String {
    let mut sql = String::new();
    for s in &m.statements {
        let text = s.text.trim_end().trim_end_matches(';');
        let mut comment = Vec::new();
        if s.params > 0 {
            comment.push(format!("{} params", s.params));
        }
        if let Some(rows) = s.rows {
            comment.push(format!("{rows} rows"));
        }
        comment.push(fmt_ms(s.elapsed_ms));
        if let Some(n) = &s.note {
            comment.push(n.clone());
        }
        if let Some(e) = &s.error {
            comment.push(format!("ERROR: {e}"));
        }
        let _ = writeln!(sql, "{text};\n-- {}", comment.join(", "));
        for t in notable(s) {
            let _ = writeln!(sql, "-- observed: {}", t.describe());
        }
    }
    if m.statements_dropped > 0 {
        let _ = writeln!(
            sql,
            "-- … {} more statements not captured",
            m.statements_dropped
        );
    }
    sql.trim_end().to_string()
}

/// What a statement was observed to do that a reader should see: a lock
/// that blocks writes of an existing object, a rewrite, a drop, an
/// undeclared object.
fn notable(s: &crate::journal::Statement) -> impl Iterator<Item = &crate::journal::Touch> {
    s.observed
        .iter()
        .filter(|t| (t.existing && (t.blocks_writes || t.rewritten || t.dropped)) || t.undeclared)
}

fn verb(action: Action) -> &'static str {
    match action {
        Action::Plan => "plan (dry run)",
        Action::Apply => "apply",
        Action::Down => "down",
        Action::Complete => "complete",
        Action::Rollback => "rollback",
    }
}

pub fn run_human(r: &RunReport, verbose: bool) -> String {
    let mut out = String::new();
    let pending = r.migrations.len();
    let _ = writeln!(
        out,
        "tidegate {} · {} · {}\n{} already applied, {} {} · {}",
        verb(r.action),
        r.engines,
        r.target,
        r.already_applied,
        pending,
        match r.action {
            Action::Down => "to revert",
            Action::Complete | Action::Rollback => "in flight",
            _ => "pending",
        },
        fmt_ms(r.elapsed_ms)
    );
    for w in &r.warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    if r.migrations.is_empty() {
        let _ = writeln!(out, "\nnothing to do: the database is up to date.");
    }
    for m in &r.migrations {
        let _ = writeln!(
            out,
            "\n{} {} (v{}) · {} · {} · {}",
            match m.outcome {
                Outcome::Ok => "●",
                Outcome::Failed => "✗",
                Outcome::NotRun => "○",
            },
            m.id,
            m.version,
            m.description,
            if m.transactional {
                "transactional"
            } else {
                "non-transactional"
            },
            if m.outcome == Outcome::NotRun {
                "not run".to_string()
            } else {
                fmt_ms(m.elapsed_ms)
            }
        );
        if m.phases.is_empty() {
            for s in &m.statements {
                statement_human(&mut out, s, verbose, "    ");
            }
        }
        for p in &m.phases {
            let restores = match p.restores_catalog {
                Some(true) => " · restores the catalog exactly",
                Some(false) => " · does NOT restore the catalog",
                None => "",
            };
            let _ = writeln!(out, "  phase {}{restores}", p.phase);
            for s in &p.statements {
                statement_human(&mut out, s, verbose, "    ");
            }
            for b in &p.backfills {
                let _ = writeln!(out, "    backfill {}", b.describe());
            }
        }
        for l in &m.logs {
            let _ = writeln!(out, "    [{:?}] {}", l.level, l.message);
        }
        for c in &m.checks {
            let _ = writeln!(
                out,
                "    check {} {}: {}",
                if c.passed { "✓" } else { "✗" },
                c.name,
                c.detail
            );
        }
        if let Some(e) = &m.error {
            let _ = writeln!(out, "    error: {e}");
        }
    }
    if let Some(diff) = &r.diff {
        let _ = writeln!(out, "\nschema diff:");
        if diff.is_empty() {
            let _ = writeln!(out, "  (no schema changes)");
        }
        for section in sections(diff) {
            let _ = writeln!(
                out,
                "  {} · {} change(s)",
                engine_title(section.engine),
                section.changes
            );
            for l in &section.lines {
                let _ = writeln!(out, "    {l}");
            }
        }
    }
    if r.action == Action::Plan {
        out.push_str(&findings_human(&r.findings));
    }
    if let Some(h) = &r.health {
        let _ = writeln!(out, "\nhealth: {}", health_word(h.status));
        for c in &h.checks {
            let _ = writeln!(
                out,
                "  {:<4}  {}: {}",
                health_word(c.status),
                c.name,
                c.detail
            );
        }
    }
    if let Some(e) = &r.error {
        let _ = writeln!(out, "\nerror: {e}");
    }
    if r.action == Action::Plan {
        let _ = writeln!(out, "\ndry run rolled back: the database is unchanged.");
    }
    out
}

/// One statement of a run, on a line of its own (its notes, what was
/// observed and its error below).
fn statement_human(out: &mut String, s: &crate::journal::Statement, verbose: bool, indent: &str) {
    // A script's leading comments describe it; the one-line view starts at
    // the statement (lint directives stay visible).
    let lines: Vec<&str> = s.text.lines().map(str::trim).collect();
    let comment =
        |l: &&&str| l.is_empty() || (l.starts_with("--") && !l.starts_with("-- tidegate:"));
    let skip = if verbose {
        0
    } else {
        lines
            .iter()
            .take_while(comment)
            .count()
            .min(lines.len().saturating_sub(1))
    };
    let first = lines[skip..].join(" ");
    let shown = if verbose || first.len() <= 110 {
        first
    } else {
        format!("{}…", &first[..first.floor_char_boundary(109)])
    };
    let rows = s.rows.map(|r| format!(", {r} rows")).unwrap_or_default();
    let _ = writeln!(out, "{indent}{shown}  ({}{rows})", fmt_ms(s.elapsed_ms));
    if let Some(n) = &s.note {
        let _ = writeln!(out, "{indent}  note: {n}");
    }
    for t in notable(s) {
        let _ = writeln!(out, "{indent}  observed: {}", t.describe());
    }
    if let Some(e) = &s.error {
        let _ = writeln!(out, "{indent}  error: {e}");
    }
}

/// The one-line verdict a reviewer reads first.
fn verdict(r: &RunReport) -> (bool, String) {
    let errors = r
        .findings
        .iter()
        .filter(|f| f.active() && f.severity == Severity::Error)
        .count();
    let health = r.health.as_ref().map(|h| h.status);
    let n = r
        .migrations
        .iter()
        .filter(|m| m.outcome != Outcome::NotRun)
        .count();
    let what = match r.action {
        Action::Plan if r.migrations.is_empty() => {
            "nothing pending: the target is up to date".to_string()
        }
        Action::Plan => format!("{n} migration(s) ready to apply"),
        Action::Apply if r.migrations.is_empty() => {
            "nothing to apply: the target is up to date".to_string()
        }
        Action::Apply => format!("{n} migration(s) applied"),
        Action::Down => format!("{n} migration(s) reverted"),
        Action::Complete => format!("{n} phased migration(s) completed"),
        Action::Rollback => format!("{n} phased migration(s) rolled back"),
    };
    let mut parts = vec![match &r.error {
        Some(e) => format!(
            "{} failed: {}",
            verb(r.action),
            md_escape(&truncate_line(e, 100))
        ),
        None => format!("{} · {what}", verb(r.action)),
    }];
    if r.action == Action::Plan {
        parts.push(if errors == 0 {
            "lint clean".into()
        } else {
            format!("lint: {errors} error(s)")
        });
    }
    if let Some(h) = health {
        parts.push(format!(
            "health {}",
            match h {
                Health::Pass => "passing",
                Health::Warn => "passing with warnings",
                Health::Fail => "FAILING",
            }
        ));
    }
    (
        r.error.is_none() && errors == 0 && health != Some(Health::Fail),
        parts.join(" · "),
    )
}

fn truncate_line(s: &str, n: usize) -> String {
    let line = s.lines().next().unwrap_or_default();
    if line.chars().count() <= n {
        line.to_string()
    } else {
        format!("{}…", line.chars().take(n).collect::<String>())
    }
}

fn engine_title(e: Option<EngineKind>) -> &'static str {
    match e {
        Some(EngineKind::Postgres) => "PostgreSQL",
        Some(EngineKind::Mongodb) => "MongoDB",
        Some(EngineKind::Elasticsearch) => "Elasticsearch",
        None => "Catalog",
    }
}

/// A code block whose lines are dedented and folded to the report width.
fn folded_block(lang: &str, body: &str) -> String {
    let lines: Vec<String> = dedent(body).lines().flat_map(|l| fold(l, WIDTH)).collect();
    code_block(lang, &lines.join("\n"))
}

fn health_icon(h: Health) -> &'static str {
    match h {
        Health::Pass => "✅",
        Health::Warn => "⚠️",
        Health::Fail => "❌",
    }
}

pub fn run_markdown(r: &RunReport) -> String {
    let mut out = String::new();
    let (good, line) = verdict(r);
    let _ = writeln!(out, "{MARKER}");
    let _ = writeln!(
        out,
        "### {} Tidegate {line}\n",
        if good { "✅" } else { "❌" }
    );
    let _ = writeln!(
        out,
        "<sub>{} · target `{}` · {} already applied · {}{}</sub>\n",
        r.engines,
        r.target.replace('`', "'"),
        r.already_applied,
        fmt_ms(r.elapsed_ms),
        if r.action == Action::Plan {
            " · dry run: nothing was changed"
        } else {
            ""
        }
    );
    for w in &r.warnings {
        let _ = writeln!(out, "> ⚠️ {}\n", md_escape(w));
    }
    if let Some(e) = &r.error {
        let _ = writeln!(out, "**Error**\n\n{}", folded_block("text", e));
    }
    // One compact table per engine: five columns at most.
    let engines: Vec<EngineKind> = {
        let mut e: Vec<EngineKind> = r
            .migrations
            .iter()
            .flat_map(|m| m.engines.iter().copied())
            .collect();
        e.sort();
        e.dedup();
        e
    };
    for engine in &engines {
        let _ = writeln!(
            out,
            "**{}**\n\n| | Migration | Statements | Checks | Time |\n|---|---|---:|---:|---:|",
            engine_title(Some(*engine))
        );
        for m in r.migrations.iter().filter(|m| m.engines.contains(engine)) {
            let statements = m.statements.iter().filter(|s| s.engine == *engine).count();
            let passed = m.checks.iter().filter(|c| c.passed).count();
            let _ = writeln!(
                out,
                "| {} | `{}` | {} | {} | {} |",
                outcome_icon(m.outcome),
                m.id,
                statements,
                if m.checks.is_empty() {
                    "–".into()
                } else {
                    format!("{passed}/{}", m.checks.len())
                },
                if m.outcome == Outcome::NotRun {
                    "–".into()
                } else {
                    fmt_ms(m.elapsed_ms)
                }
            );
        }
        out.push('\n');
    }
    for m in r.migrations.iter().filter(|m| !m.phases.is_empty()) {
        let _ = writeln!(
            out,
            "<details open><summary><b>Phased · {}</b></summary>\n",
            m.id
        );
        for p in &m.phases {
            let restores = match p.restores_catalog {
                Some(true) => " · ✅ restores the catalog exactly",
                Some(false) => " · ❌ does not restore the catalog",
                None => "",
            };
            let backfills: Vec<String> = p
                .backfills
                .iter()
                .map(|b| format!(" · backfill {}", md_escape(&b.describe())))
                .collect();
            let text: Vec<String> = p.statements.iter().map(|s| s.text.clone()).collect();
            let _ = writeln!(
                out,
                "**{}**{restores}{}\n\n{}\n",
                p.phase,
                backfills.concat(),
                code_block(
                    if p.statements
                        .iter()
                        .all(|s| s.engine == EngineKind::Postgres)
                    {
                        "sql"
                    } else {
                        "json"
                    },
                    &text.join(";\n")
                )
            );
        }
        let _ = writeln!(out, "</details>\n");
    }
    if let Some(diff) = &r.diff {
        if diff.is_empty() {
            let _ = writeln!(out, "**Schema diff**: no changes\n");
        }
        for section in sections(diff) {
            let destructive = if section.destructive > 0 {
                format!(" · ⚠️ {} destructive", section.destructive)
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "<details{}><summary><b>Schema diff · {}</b>: {} change(s){destructive}</summary>\n\n{}\n</details>\n",
                // Long sections start folded: the summary still says what and how much.
                if section.lines.len() <= 40 || section.destructive > 0 {
                    " open"
                } else {
                    ""
                },
                engine_title(section.engine),
                section.changes,
                code_block(section.lang, &section.lines.join("\n"))
            );
        }
    }
    if r.action == Action::Plan {
        out.push_str(&findings_markdown(&r.findings));
    }
    if let Some(h) = &r.health {
        let count = |s| h.checks.iter().filter(|c| c.status == s).count();
        let _ = writeln!(
            out,
            "<details{}><summary><b>Health</b>: {} {} passed · {} warning(s) · {} failed</summary>\n\n| | Check | Detail |\n|---|---|---|",
            if h.status == Health::Pass {
                ""
            } else {
                " open"
            },
            health_icon(h.status),
            count(Health::Pass),
            count(Health::Warn),
            count(Health::Fail)
        );
        for c in &h.checks {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                health_icon(c.status),
                md_escape(&c.name),
                md_escape(&truncate_line(&c.detail, 200))
            );
        }
        out.push_str("\n</details>\n\n");
    }
    let ran: Vec<&MigrationRun> = r
        .migrations
        .iter()
        .filter(|m| m.outcome != Outcome::NotRun)
        .collect();
    if !ran.is_empty() {
        let _ = writeln!(
            out,
            "<details><summary><b>Migrations</b>: descriptions, statements, checks and logs</summary>\n"
        );
        for m in ran {
            let _ = writeln!(
                out,
                "<details><summary><code>{}</code> · {}</summary>\n",
                m.id,
                html_escape(&m.description)
            );
            let _ = writeln!(
                out,
                "{} · {} · {} statement(s) · component `{}`\n",
                outcome_word(m.outcome),
                if m.transactional {
                    "transactional"
                } else {
                    "non-transactional"
                },
                m.statements.len() + m.statements_dropped,
                m.component.short()
            );
            if !m.statements.is_empty() {
                out.push_str(&folded_block("sql", &statement_sql(m)));
                out.push('\n');
            }
            for c in &m.checks {
                let _ = writeln!(
                    out,
                    "- {} check {}: {}",
                    if c.passed { "✅" } else { "❌" },
                    md_escape(&c.name),
                    md_escape(&c.detail)
                );
            }
            if !m.logs.is_empty() {
                let logs: Vec<String> = m
                    .logs
                    .iter()
                    .map(|l| format!("[{:?}] {}", l.level, l.message))
                    .collect();
                out.push_str(&format!("\n{}", folded_block("text", &logs.join("\n"))));
            }
            let _ = writeln!(out, "\n</details>\n");
        }
        out.push_str("</details>\n");
    }
    out
}

fn tally(findings: &[Finding]) -> String {
    let count = |sev| {
        findings
            .iter()
            .filter(|f| f.active() && f.severity == sev)
            .count()
    };
    let allowed = findings.iter().filter(|f| !f.active()).count();
    format!(
        "{} error(s), {} warning(s), {allowed} allowed",
        count(Severity::Error),
        count(Severity::Warning)
    )
}

fn where_(f: &Finding) -> String {
    if f.statement == 0 {
        f.migration.clone()
    } else {
        format!("{} statement {}", f.migration, f.statement)
    }
}

pub fn findings_human(findings: &[Finding]) -> String {
    let mut out = format!("\nlint: {}\n", tally(findings));
    for f in findings {
        let level = match (&f.suppressed, f.severity) {
            (Some(_), _) => "allowed",
            (None, Severity::Error) => "error",
            (None, Severity::Warning) => "warning",
        };
        let _ = writeln!(
            out,
            "  {level:<7} {} {} · {}: {}",
            f.rule,
            f.name,
            where_(f),
            f.message
        );
        match &f.suppressed {
            Some(why) => {
                let _ = writeln!(out, "          reason: {why}");
            }
            None => {
                let _ = writeln!(out, "          help: {} ({})", f.help, f.docs);
            }
        }
    }
    out
}

pub fn findings_markdown(findings: &[Finding]) -> String {
    let active: Vec<&Finding> = findings.iter().filter(|f| f.active()).collect();
    let mut out = format!(
        "<details{}><summary><b>Lint</b>: {}</summary>\n\n",
        if active.is_empty() { "" } else { " open" },
        tally(findings)
    );
    for f in active {
        let icon = if f.severity == Severity::Error {
            "❌ **error**"
        } else {
            "⚠️ warning"
        };
        let _ = writeln!(
            out,
            "{icon} [{}]({}) `{}` · `{}`: {}  \n{}\n",
            f.rule,
            docs_link(&f.docs),
            f.name,
            where_(f),
            md_escape(&f.message),
            md_escape(f.help)
        );
        if !f.sql.is_empty() {
            out.push_str(&folded_block("sql", &f.sql));
            out.push('\n');
        }
    }
    let allowed: Vec<&Finding> = findings.iter().filter(|f| !f.active()).collect();
    if !allowed.is_empty() {
        let _ = writeln!(out, "{} allowed by `tidegate:allow`:\n", allowed.len());
        for f in allowed {
            let _ = writeln!(
                out,
                "- {} `{}`: {} — {}",
                f.rule,
                where_(f),
                md_escape(&f.message),
                md_escape(f.suppressed.as_deref().unwrap_or_default())
            );
        }
        out.push('\n');
    }
    out.push_str("</details>\n\n");
    out
}

/// A rule page: absolute under `TIDEGATE_DOCS_URL` (the Action sets it to
/// its own repository at its ref), so the link works in a comment.
fn docs_link(docs: &str) -> String {
    match std::env::var("TIDEGATE_DOCS_URL") {
        Ok(base) if !base.is_empty() => format!("{}/{docs}", base.trim_end_matches('/')),
        _ => docs.to_string(),
    }
}

/// SARIF 2.1.0, one result per finding (suppressed ones carry a
/// suppression with the reason); `rules`: every rule the engines know.
pub fn sarif(findings: &[Finding], rules: &[&Rule]) -> String {
    let rules: Vec<serde_json::Value> = rules
        .iter()
        .map(|r| {
            serde_json::json!({
                "id": r.id,
                "name": r.name,
                "shortDescription": { "text": r.summary },
                "help": { "text": r.help },
                "helpUri": r.docs(),
                "defaultConfiguration": { "level": if r.severity == Severity::Error { "error" } else { "warning" } },
            })
        })
        .collect();
    let results: Vec<serde_json::Value> = findings
        .iter()
        .map(|f| {
            let mut result = serde_json::json!({
                "ruleId": f.rule,
                "level": if f.severity == Severity::Error { "error" } else { "warning" },
                "message": { "text": format!("{}: {}. {}", where_(f), f.message, f.help) },
                "locations": [{
                    "physicalLocation": { "artifactLocation": { "uri": f.location.clone().unwrap_or_else(|| f.migration.clone()) } },
                    "logicalLocations": [{ "name": f.migration, "kind": "module" }],
                }],
                "properties": { "statement": f.statement, "sql": f.sql },
            });
            if let Some(why) = &f.suppressed {
                result["suppressions"] = serde_json::json!([{ "kind": "inSource", "justification": why }]);
            }
            result
        })
        .collect();
    json(&serde_json::json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": { "name": "tidegate", "version": env!("CARGO_PKG_VERSION"), "rules": rules } },
            "results": results,
        }],
    }))
}

fn health_word(h: Health) -> &'static str {
    match h {
        Health::Pass => "pass",
        Health::Warn => "warn",
        Health::Fail => "FAIL",
    }
}

pub fn health_human(r: &HealthReport) -> String {
    let mut out = format!(
        "tidegate health · {} · {} · {}\n",
        r.engines,
        r.target,
        health_word(r.status)
    );
    for c in &r.checks {
        let _ = writeln!(
            out,
            "  {:<4}  {}: {}",
            health_word(c.status),
            c.name,
            c.detail
        );
    }
    out
}

pub fn health_markdown(r: &HealthReport) -> String {
    let icon = |h| match h {
        Health::Pass => "✅",
        Health::Warn => "⚠️",
        Health::Fail => "❌",
    };
    let mut out = format!(
        "{MARKER}\n## {} Tidegate health · {}\n\nTarget `{}` · {}\n\n| | Check | Detail |\n|---|---|---|\n",
        icon(r.status),
        r.engines,
        r.target.replace('`', "'"),
        fmt_ms(r.elapsed_ms)
    );
    for c in &r.checks {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            icon(c.status),
            md_escape(&c.name),
            md_escape(&c.detail)
        );
    }
    out
}

pub fn status_human(r: &StatusReport) -> String {
    let mut out = format!("tidegate status · {} · {}\n", r.engines, r.target);
    let width = r
        .migrations
        .iter()
        .map(|m| m.id.len())
        .max()
        .unwrap_or(2)
        .max(2);
    let _ = writeln!(
        out,
        "{:<11} {:<width$}  {:>14}  {:<20}  {}",
        "STATE", "ID", "VERSION", "APPLIED AT", "DESCRIPTION"
    );
    for m in &r.migrations {
        let at = m
            .history
            .as_ref()
            .map(|h| h.applied_at.format("%Y-%m-%d %H:%M:%S").to_string())
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{:<11} {:<width$}  {:>14}  {:<20}  {}",
            m.state.to_string(),
            m.id,
            m.version,
            at,
            m.description
        );
        if let Some(e) = m.history.as_ref().and_then(|h| h.error.as_ref()) {
            let _ = writeln!(out, "            error: {e}");
        }
        for l in in_flight_lines(m) {
            let _ = writeln!(out, "            {l}");
        }
    }
    let flying = r.count(State::InFlight);
    if flying > 0 {
        let _ = writeln!(
            out,
            "\n{flying} phased migration(s) in flight: `tidegate complete` once every application runs the new version, or `tidegate rollback ID`"
        );
    }
    let _ = writeln!(
        out,
        "\n{} applied, {} pending, {} modified, {} failed, {} interrupted, {} missing",
        r.count(State::Applied),
        r.count(State::Pending),
        r.count(State::Modified),
        r.count(State::Failed),
        r.count(State::Interrupted),
        r.count(State::Missing)
    );
    for f in &r.foreign {
        let _ = writeln!(out, "{}", foreign_line(f));
    }
    out
}

/// What `status` says about a migration in flight: since when, whether a
/// complete or rollback is under way, its backfills, how an application
/// picks the new version.
fn in_flight_lines(m: &crate::report::StatusEntry) -> Vec<String> {
    if m.state != State::InFlight {
        return Vec::new();
    }
    let mut out = Vec::new();
    if let Some(h) = &m.history {
        let doing = match h.status {
            crate::history::RowStatus::Completing => {
                " · a complete started and did not finish: run `tidegate complete` again"
            }
            crate::history::RowStatus::RollingBack => {
                " · a rollback started and did not finish: run `tidegate rollback` again"
            }
            _ => "",
        };
        out.push(format!(
            "in flight since {}{doing}",
            h.applied_at.format("%Y-%m-%d %H:%M:%S UTC")
        ));
    }
    for b in &m.backfills {
        out.push(format!("backfill {}", b.describe()));
    }
    for a in &m.access {
        out.push(format!("new version: {a}"));
    }
    out
}

/// One line on another tool's history table, for `status`.
fn foreign_line(f: &crate::foreign::ForeignHistory) -> String {
    let head = if f.heads.is_empty() {
        "empty".to_string()
    } else {
        format!("head {}", f.heads.join(", "))
    };
    let state = f
        .dirty
        .as_deref()
        .map(|d| format!(" · NOT CLEAN: {d}"))
        .unwrap_or_default();
    format!(
        "{} history ({}): {head}, {} versions{state}",
        f.tool,
        f.table,
        f.applied.len()
    )
}

pub fn status_markdown(r: &StatusReport) -> String {
    let mut out = format!(
        "{MARKER}\n## Tidegate status · {}\n\n| State | Migration | Version | Applied at | Description |\n|---|---|---:|---|---|\n",
        r.engines
    );
    for m in &r.migrations {
        let at = m
            .history
            .as_ref()
            .map(|h| h.applied_at.format("%Y-%m-%d %H:%M:%S").to_string())
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} | {} |",
            m.state,
            m.id,
            m.version,
            at,
            md_escape(&m.description)
        );
    }
    for m in r.migrations.iter().filter(|m| m.state == State::InFlight) {
        let _ = writeln!(out, "\n**In flight · `{}`**\n", m.id);
        for l in in_flight_lines(m) {
            let _ = writeln!(out, "- {}", md_escape(&l));
        }
    }
    for f in &r.foreign {
        let _ = writeln!(out, "\n{}", md_escape(&foreign_line(f)));
    }
    out
}

pub fn verify_human(r: &VerifyReport) -> String {
    let mut out = String::new();
    for m in &r.migrations {
        let _ = writeln!(
            out,
            "ok  {} (v{}) api {} · {} · {} · {}\n    may touch: {} · {}",
            m.id,
            m.version,
            m.api,
            m.engines.join("+"),
            if m.transactional {
                "transactional"
            } else {
                "non-transactional"
            },
            m.component,
            m.capabilities
                .as_deref()
                .unwrap_or("anything (no capabilities declared)"),
            if m.signed_by.is_empty() {
                "unsigned".to_string()
            } else {
                format!("signed by {}", m.signed_by.join(", "))
            }
        );
    }
    for w in &r.warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    for p in &r.problems {
        let _ = writeln!(out, "FAIL {p}");
    }
    let _ = writeln!(
        out,
        "{}: {} verified, {} failed",
        if r.ok {
            "verified"
        } else {
            "verification failed"
        },
        r.migrations.len(),
        r.problems.len()
    );
    out
}

pub fn verify_markdown(r: &VerifyReport) -> String {
    let mut out = format!(
        "{MARKER}\n## {} Tidegate verify\n\n| Migration | API | Component | May touch | Signed |\n|---|---|---|---|---|\n",
        if r.ok { "✅" } else { "❌" }
    );
    for m in &r.migrations {
        let _ = writeln!(
            out,
            "| `{}` | {} | `{}` | {} | {} |",
            m.id,
            m.api,
            m.component,
            md_escape(m.capabilities.as_deref().unwrap_or("anything")),
            if m.signed_by.is_empty() { "no" } else { "yes" }
        );
    }
    for p in &r.problems {
        let _ = writeln!(out, "\n❌ `{}`: {}", p.migration, md_escape(&p.message));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::{AttrChange, Change};
    use crate::digest::Digest;
    use crate::journal::{CheckResult, LogLevel, LogLine, Statement};
    use crate::metadata::EngineKind;

    fn statement(text: &str, rows: u64, note: Option<&str>) -> Statement {
        Statement {
            rows: Some(rows),
            elapsed_ms: 1.25,
            note: note.map(Into::into),
            ..Statement::of(EngineKind::Postgres, text)
        }
    }

    fn sample() -> RunReport {
        RunReport {
            action: Action::Plan,
            engines: crate::metadata::Engines(vec![EngineKind::Postgres]),
            target: "postgres://app:***@db/prod".into(),
            already_applied: 3,
            migrations: vec![
                MigrationRun {
                    id: "0004_orders".into(),
                    version: 4,
                    description: "orders | with a pipe and `ticks`".into(),
                    engines: vec![EngineKind::Postgres],
                    transactional: true,
                    reversible: true,
                    component: Digest::of(b"0004"),
                    outcome: Outcome::Ok,
                    statements: vec![
                        statement(
                            "CREATE TABLE orders (id bigint PRIMARY KEY, note text DEFAULT '```')",
                            0,
                            None,
                        ),
                        statement(
                            "CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note)",
                            0,
                            Some("dry run: simulated without CONCURRENTLY"),
                        ),
                    ],
                    check_statements: vec![],
                    statements_dropped: 0,
                    logs: vec![LogLine {
                        level: LogLevel::Info,
                        message: "created orders".into(),
                    }],
                    checks: vec![CheckResult {
                        name: "orders exists".into(),
                        passed: true,
                        detail: "ok".into(),
                    }],
                    elapsed_ms: 12.5,
                    guest_ms: 0.5,
                    error: None,
                    phases: Vec::new(),
                },
                MigrationRun {
                    id: "0005_backfill".into(),
                    version: 5,
                    description: "backfill".into(),
                    engines: vec![EngineKind::Postgres],
                    transactional: false,
                    reversible: false,
                    component: Digest::of(b"0005"),
                    outcome: Outcome::NotRun,
                    statements: vec![],
                    check_statements: vec![],
                    statements_dropped: 0,
                    logs: vec![],
                    checks: vec![],
                    elapsed_ms: 0.0,
                    guest_ms: 0.0,
                    error: None,
                    phases: Vec::new(),
                },
            ],
            diff: Some(vec![
                Change::Added {
                    engine: Some(EngineKind::Postgres),
                    kind: "table".into(),
                    name: "public.orders".into(),
                    attrs: [("kind".to_string(), "table".to_string())].into(),
                },
                Change::Changed {
                    engine: Some(EngineKind::Postgres),
                    kind: "column".into(),
                    name: "public.users.status".into(),
                    attrs: vec![AttrChange {
                        attr: "default".into(),
                        before: Some("'a'".into()),
                        after: None,
                    }],
                },
            ]),
            findings: vec![
                Finding {
                    rule: "PG001",
                    name: "index-not-concurrent",
                    severity: Severity::Error,
                    migration: "0004_orders".into(),
                    statement: 2,
                    sql: "CREATE INDEX users_x ON users (x)".into(),
                    message: "index built without CONCURRENTLY on an existing table (public.users)"
                        .into(),
                    help: "use CREATE INDEX CONCURRENTLY in a non-transactional migration",
                    docs: "docs/lint.md#pg001".into(),
                    location: Some("modules/0004_orders/src/lib.rs".into()),
                    suppressed: None,
                },
                Finding {
                    rule: "PG007",
                    name: "drop-column-or-table",
                    severity: Severity::Warning,
                    migration: "0004_orders".into(),
                    statement: 3,
                    sql: "ALTER TABLE users DROP COLUMN legacy".into(),
                    message: "column dropped (public.users)".into(),
                    help: "stop using it first",
                    docs: "docs/lint.md#pg007".into(),
                    location: None,
                    suppressed: Some("unused since v42".into()),
                },
            ],
            warnings: vec!["0005_backfill is older than <the newest>".into()],
            error: None,
            health: Some(HealthReport {
                engines: crate::metadata::Engines(vec![EngineKind::Postgres]),
                target: "postgres://app:***@db/prod".into(),
                status: Health::Warn,
                checks: vec![
                    crate::report::HealthCheck::new(
                        "postgres: connect",
                        Health::Pass,
                        "connected in 2.0 ms",
                    ),
                    crate::report::HealthCheck::new(
                        "postgres: timeouts",
                        Health::Warn,
                        "lock_timeout 0",
                    ),
                ],
                elapsed_ms: 3.0,
            }),
            elapsed_ms: 40.0,
        }
    }

    #[test]
    fn sarif_carries_rules_results_and_suppressions() {
        const RULES: &[Rule] = &[Rule {
            id: "PG004",
            name: "column-type-rewrite",
            severity: Severity::Error,
            summary: "s",
            help: "h",
        }];
        let v: serde_json::Value = serde_json::from_str(&sarif(
            &sample().findings,
            &RULES.iter().collect::<Vec<_>>(),
        ))
        .unwrap();
        assert_eq!(v["version"], "2.1.0");
        let run = &v["runs"][0];
        assert!(
            run["tool"]["driver"]["rules"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r["id"] == "PG004")
        );
        assert_eq!(run["results"][0]["ruleId"], "PG001");
        assert_eq!(run["results"][0]["level"], "error");
        assert_eq!(
            run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "modules/0004_orders/src/lib.rs"
        );
        assert_eq!(
            run["results"][1]["suppressions"][0]["justification"],
            "unused since v42"
        );
    }

    #[test]
    fn plan_markdown() {
        insta::assert_snapshot!(run_markdown(&sample()));
    }

    #[test]
    fn plan_human() {
        insta::assert_snapshot!(run_human(&sample(), false));
    }

    #[test]
    fn fences_outgrow_backticks_and_cells_are_escaped() {
        assert_eq!(fence("SELECT 1"), "```");
        assert_eq!(fence("a ```` b"), "`````");
        assert_eq!(md_escape("a|b\n<script>`x`"), "a\\|b &lt;script&gt;\\`x\\`");
    }
}
