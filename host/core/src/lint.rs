//! Lint on the statements a migration actually executed.
//!
//! `tidegate plan` captures every statement each migration issued against
//! the real database; the rules here read those, with the schema as it was
//! before the plan, so that "existing table" means a table that exists in
//! the target, not one created earlier in the same plan.
//!
//! A statement can carry a suppression with a reason, in a comment that
//! travels with it:
//!
//! ```sql
//! -- tidegate:allow PG007 the column has been unused since v42
//! ALTER TABLE users DROP COLUMN legacy_flag;
//! ```

//! The rules themselves live with their engine; each engine lists its own
//! (`Driver::rules`) for documentation and SARIF.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// What `[lint]` in `tidegate.toml` sets a rule to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Warning,
    Error,
}

/// Apply `[lint]`'s levels to `findings`: a rule set `off` is dropped,
/// one set to a severity gets it. Rules without a level keep their own;
/// style rules (`STY…`) are off unless set.
pub fn configure(
    findings: Vec<Finding>,
    levels: &std::collections::BTreeMap<String, Level>,
) -> Vec<Finding> {
    findings
        .into_iter()
        .filter_map(|mut f| {
            let level = levels
                .get(f.rule)
                .copied()
                .or_else(|| Rule::off_by_default(f.rule).then_some(Level::Off));
            match level {
                Some(Level::Off) => None,
                Some(Level::Warning) => {
                    f.severity = Severity::Warning;
                    Some(f)
                }
                Some(Level::Error) => {
                    f.severity = Severity::Error;
                    Some(f)
                }
                None => Some(f),
            }
        })
        .collect()
}

/// `[lint]` keys that name no rule, for a clear error.
pub fn unknown_rules<'a>(
    levels: &'a std::collections::BTreeMap<String, Level>,
    rules: &[&Rule],
) -> Vec<&'a str> {
    levels
        .keys()
        .filter(|id| !rules.iter().any(|r| r.id == id.as_str()))
        .map(String::as_str)
        .collect()
}

/// A lint rule and its documentation.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Rule {
    pub id: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    /// What to do instead.
    pub help: &'static str,
}

impl Rule {
    /// Style rules (`STY…`) are off unless `[lint]` turns them on.
    pub fn off_by_default(id: &str) -> bool {
        id.starts_with("STY")
    }

    /// Where the rule is documented, relative to the repository root.
    pub fn docs(&self) -> String {
        format!("docs/lint.md#{}", self.id.to_ascii_lowercase())
    }
}

/// One rule hit on one statement.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Finding {
    pub rule: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub migration: String,
    /// 1-based position of the statement in the migration's journal.
    pub statement: usize,
    pub sql: String,
    pub message: String,
    pub help: &'static str,
    pub docs: String,
    /// The module sources the migration was built from, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The reason given in a `tidegate:allow` comment, when suppressed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suppressed: Option<String>,
}

impl Finding {
    /// A finding of `rule`, not suppressed, with no location yet.
    pub fn new(
        rule: &Rule,
        migration: &str,
        statement: usize,
        sql: String,
        message: String,
    ) -> Finding {
        Finding {
            rule: rule.id,
            name: rule.name,
            severity: rule.severity,
            migration: migration.to_string(),
            statement,
            sql,
            message,
            help: rule.help,
            docs: rule.docs(),
            location: None,
            suppressed: None,
        }
    }

    pub fn active(&self) -> bool {
        self.suppressed.is_none()
    }
}

/// `tidegate:allow RULE reason` comments in a statement: (rule, reason).
pub fn suppressions(sql: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in sql.lines() {
        let Some(at) = line.find("tidegate:allow") else {
            continue;
        };
        let rest = line[at + "tidegate:allow".len()..]
            .trim()
            .trim_end_matches("*/")
            .trim();
        let mut parts = rest.splitn(2, char::is_whitespace);
        let rule = parts
            .next()
            .unwrap_or_default()
            .trim_end_matches(':')
            .to_ascii_uppercase();
        let reason = parts.next().unwrap_or_default().trim().to_string();
        if !rule.is_empty() {
            out.push((rule, reason));
        }
    }
    out
}

/// `tidegate:allow RULE reason` comments inside a JSON statement (a
/// MongoDB command's `comment`, a search request's body): (rule, reason).
pub fn json_suppressions(text: &str) -> Vec<(String, String)> {
    suppressions(&text.replace("\\n", "\n").replace(['"', '}', ','], " "))
}

impl Finding {
    /// A finding, suppressed when `allowed` gives `rule` a reason.
    pub fn allowed_by(
        rule: &Rule,
        allowed: &[(String, String)],
        migration: &str,
        statement: usize,
        sql: String,
        message: String,
    ) -> Finding {
        let suppressed = allowed
            .iter()
            .find(|(r, _)| r == rule.id)
            .map(|(_, why)| why.clone())
            .filter(|w| !w.is_empty());
        Finding {
            suppressed,
            ..Finding::new(rule, migration, statement, sql, message)
        }
    }
}

/// The rule with `id` in `rules`.
///
/// # Panics
/// When `rules` has no such rule: ids are written in the engine's code.
pub fn rule(rules: &'static [Rule], id: &str) -> &'static Rule {
    rules
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("unknown lint rule {id}"))
}

/// Whether any active finding is at or above `threshold`.
pub fn fails(findings: &[Finding], threshold: Option<Severity>) -> bool {
    threshold.is_some_and(|t| findings.iter().any(|f| f.active() && f.severity >= t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_suppressions_with_reasons() {
        let sql = "-- tidegate:allow PG007 unused since v42\n/* tidegate:allow pg006: renamed behind a view */\nALTER TABLE t DROP COLUMN c";
        assert_eq!(
            suppressions(sql),
            vec![
                ("PG007".to_string(), "unused since v42".to_string()),
                ("PG006".to_string(), "renamed behind a view".to_string())
            ]
        );
        assert!(suppressions("ALTER TABLE t DROP COLUMN c").is_empty());
    }
}
