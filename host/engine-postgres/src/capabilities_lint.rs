//! CAP001: PostgreSQL statements that reach tables outside the module's
//! declared capabilities. MongoDB and Elasticsearch requests outside them
//! are refused by the host; SQL is too rich to refuse reliably, so its
//! references are read from the executed statements and reported.

use tidegate_core::capabilities::{Capabilities, Kind};
use tidegate_core::journal::Statement;
use tidegate_core::lint::{Finding, suppressions};
use tidegate_core::metadata::EngineKind;

use crate::lint::{normalise, rule};

/// Functions whose argument lists use `FROM` without naming a table.
const FROM_FUNCTIONS: &[&str] = &["EXTRACT", "SUBSTRING", "TRIM", "OVERLAY", "POSITION"];

/// Tables a normalised statement names, lower-case, as written
/// (`schema.table` or `table`). Catalog schemas are left out.
pub fn referenced_tables(normalised: &str) -> Vec<String> {
    // Tokens: identifiers (with dots and quotes) and single punctuation.
    let mut tokens: Vec<String> = Vec::new();
    let mut word = String::new();
    for ch in normalised.chars() {
        if ch.is_alphanumeric() || matches!(ch, '_' | '.' | '"' | '$') {
            word.push(ch);
        } else {
            if !word.is_empty() {
                tokens.push(std::mem::take(&mut word));
            }
            if !ch.is_whitespace() {
                tokens.push(ch.to_string());
            }
        }
    }
    if !word.is_empty() {
        tokens.push(word);
    }
    let first = tokens.first().map(String::as_str).unwrap_or_default();
    let index_or_trigger = matches!(first, "CREATE" | "DROP" | "ALTER")
        && tokens
            .iter()
            .take(4)
            .any(|t| matches!(t.as_str(), "INDEX" | "TRIGGER" | "POLICY" | "RULE"));
    let mut out = Vec::new();
    // The function name in front of each open parenthesis.
    let mut parens: Vec<&str> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        match t.as_str() {
            "(" => parens.push(if i > 0 { tokens[i - 1].as_str() } else { "" }),
            ")" => {
                parens.pop();
            }
            _ => {}
        }
        let takes_table = match t.as_str() {
            "TABLE" | "REFERENCES" => true,
            // In `CREATE TRIGGER .. BEFORE UPDATE ON t`, the table follows ON.
            "INTO" | "UPDATE" | "JOIN" | "TRUNCATE" => !index_or_trigger,
            // `a IS DISTINCT FROM b` compares values.
            "FROM" => {
                !index_or_trigger
                    && !parens.last().is_some_and(|f| FROM_FUNCTIONS.contains(f))
                    && (i == 0 || tokens[i - 1] != "DISTINCT")
            }
            "ON" => index_or_trigger,
            _ => false,
        };
        if !takes_table {
            continue;
        }
        let name = tokens[i + 1..].iter().find(|w| {
            !matches!(
                w.as_str(),
                "IF" | "NOT" | "EXISTS" | "ONLY" | "TABLE" | "CONCURRENTLY"
            )
        });
        let Some(name) = name else { continue };
        if !name
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_' || c == '"')
        {
            continue; // a sub-select, a value list
        }
        let name = name.replace('"', "").to_ascii_lowercase();
        let schema = name.rsplit_once('.').map(|(s, _)| s);
        if matches!(schema, Some("pg_catalog" | "information_schema")) || name.starts_with("pg_") {
            continue;
        }
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// CAP001 findings for one migration's executed statements.
pub fn lint_statements(
    migration: &str,
    statements: &[Statement],
    caps: Option<&Capabilities>,
) -> Vec<Finding> {
    let Some(caps) = caps else { return Vec::new() };
    let rule = rule("CAP001");
    let mut findings = Vec::new();
    for (i, s) in statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.engine == EngineKind::Postgres)
    {
        let suppressed = suppressions(&s.text)
            .into_iter()
            .find(|(r, why)| r == rule.id && !why.is_empty())
            .map(|(_, why)| why);
        for table in referenced_tables(&normalise(&s.text)) {
            if !caps.allows(Kind::Table, &table) {
                let sql: String = s.text.chars().take(300).collect();
                let message = format!(
                    "touches table `{table}`, outside the declared tables ({})",
                    caps.tables.join(", ")
                );
                findings.push(Finding {
                    suppressed: suppressed.clone(),
                    ..Finding::new(rule, migration, i + 1, sql, message)
                });
            }
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(sql: &str) -> Vec<String> {
        referenced_tables(&normalise(sql))
    }

    #[test]
    fn reads_the_tables_a_statement_names() {
        assert_eq!(
            tables("CREATE TABLE IF NOT EXISTS users (id int REFERENCES orgs(id))"),
            ["users", "orgs"]
        );
        assert_eq!(
            tables("CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON public.users (lower(email))"),
            ["public.users"]
        );
        assert_eq!(
            tables(
                "UPDATE users SET x = 1 FROM orders o JOIN items ON true WHERE id IN (SELECT 1 FROM audit.log)"
            ),
            ["users", "orders", "items", "audit.log"]
        );
        assert_eq!(
            tables("INSERT INTO t SELECT extract(epoch FROM created_at) FROM s"),
            ["t", "s"]
        );
        assert_eq!(
            tables("SELECT count(*) FROM users WHERE a IS NOT DISTINCT FROM b"),
            ["users"]
        );
        assert_eq!(
            tables("SELECT 1 FROM pg_catalog.pg_class, information_schema.tables"),
            Vec::<String>::new()
        );
        assert_eq!(
            tables("CREATE TRIGGER tr BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION f()"),
            ["users"]
        );
        assert_eq!(
            tables("ALTER TABLE ONLY \"Users\" ADD COLUMN a int"),
            ["users"]
        );
    }

    #[test]
    fn cap001_flags_only_undeclared_tables() {
        let st = |sql: &str| Statement::of(EngineKind::Postgres, sql);
        let caps = Capabilities {
            tables: vec!["users".into()],
            ..Default::default()
        };
        let found = lint_statements(
            "m",
            &[st("UPDATE users SET a = 1"), st("DELETE FROM orders")],
            Some(&caps),
        );
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].rule, found[0].statement), ("CAP001", 2));
        assert!(found[0].message.contains("`orders`"));
        let why = lint_statements(
            "m",
            &[st(
                "-- tidegate:allow CAP001 archived by ops\nDELETE FROM orders",
            )],
            Some(&caps),
        );
        assert_eq!(why[0].suppressed.as_deref(), Some("archived by ops"));
        assert!(
            lint_statements("m", &[st("DELETE FROM orders")], None).is_empty(),
            "unscoped modules are not linted"
        );
    }
}
