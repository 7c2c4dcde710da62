//! PostgreSQL rules. Each reads one executed statement, normalised: comments
//! and string literals blanked, upper-cased, whitespace collapsed.

use std::collections::BTreeSet;

use tidegate_core::diff::Snapshot;
use tidegate_core::journal::Statement;
use tidegate_core::lint::{Finding, Rule, Severity, suppressions};
use tidegate_core::metadata::EngineKind;

pub const RULES: &[Rule] = &[
    Rule {
        id: "PG001",
        name: "index-not-concurrent",
        severity: Severity::Error,
        summary: "CREATE INDEX without CONCURRENTLY on an existing table blocks writes for the whole build",
        help: "use CREATE INDEX CONCURRENTLY in a non-transactional migration",
    },
    Rule {
        id: "PG002",
        name: "not-null-column-without-default",
        severity: Severity::Error,
        summary: "adding a NOT NULL column without a default fails on a table that has rows",
        help: "add the column nullable (or with a constant default), backfill, then SET NOT NULL via a NOT VALID check",
    },
    Rule {
        id: "PG003",
        name: "volatile-default",
        severity: Severity::Warning,
        summary: "a column added with a volatile default rewrites the whole table under an exclusive lock",
        help: "add the column without the default, backfill in batches, then SET DEFAULT",
    },
    Rule {
        id: "PG004",
        name: "column-type-rewrite",
        severity: Severity::Error,
        summary: "changing a column's type rewrites the table and its indexes under an exclusive lock",
        help: "expand/contract: add a new column, backfill it, switch readers, drop the old one",
    },
    Rule {
        id: "PG005",
        name: "constraint-without-not-valid",
        severity: Severity::Warning,
        summary: "adding a CHECK or FOREIGN KEY constraint scans the table while holding a lock that blocks writes",
        help: "add it NOT VALID, then VALIDATE CONSTRAINT in a later statement",
    },
    Rule {
        id: "PG006",
        name: "rename",
        severity: Severity::Warning,
        summary: "renaming a table or column breaks application code that still uses the old name",
        help: "expand/contract: add the new name (column or view) first, move readers and writers, drop the old name later",
    },
    Rule {
        id: "PG007",
        name: "drop-column-or-table",
        severity: Severity::Warning,
        summary: "dropping a column or table loses data and breaks code that still reads it",
        help: "stop using it in a release before the migration that drops it; say so with a suppression reason",
    },
    Rule {
        id: "PG008",
        name: "lock-timeout-disabled",
        severity: Severity::Warning,
        summary: "with lock_timeout off, a blocked DDL statement queues every later query on the table behind it",
        help: "keep postgres.lock_timeout set (default 10s) and do not SET lock_timeout = 0",
    },
    Rule {
        id: "CAP001",
        name: "table-outside-capabilities",
        severity: Severity::Warning,
        summary: "the statement touches a table the module did not declare in its capabilities",
        help: "add the table to `[package.metadata.tidegate.capabilities] tables` in the module's Cargo.toml, or stop touching it",
    },
    Rule {
        id: "PG000",
        name: "suppression-without-reason",
        severity: Severity::Warning,
        summary: "a tidegate:allow comment must say why",
        help: "write `-- tidegate:allow PG007 <why this is safe>`",
    },
];

/// The rule with this id.
pub fn rule(id: &str) -> &'static Rule {
    tidegate_core::lint::rule(RULES, id)
}

/// Blank comments and string literals, upper-case, collapse whitespace.
pub fn normalise(sql: &str) -> String {
    let b = sql.as_bytes();
    let mut out = String::with_capacity(sql.len());
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(b"--") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            out.push(' ');
        } else if b[i..].starts_with(b"/*") {
            i = b[i + 2..]
                .windows(2)
                .position(|w| w == b"*/")
                .map_or(b.len(), |p| i + 2 + p + 2);
            out.push(' ');
        } else if b[i] == b'\'' {
            i += 1;
            while i < b.len() {
                if b[i] == b'\'' && b.get(i + 1) == Some(&b'\'') {
                    i += 2;
                } else if b[i] == b'\'' {
                    i += 1;
                    break;
                } else {
                    i += 1;
                }
            }
            out.push_str("''");
        } else {
            let ch = sql[i..].chars().next().expect("in bounds");
            out.extend(ch.to_uppercase());
            i += ch.len_utf8();
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lowercase, unquoted, schema-qualified (`public` when unqualified).
fn qualify(name: &str) -> String {
    let name = name
        .trim_end_matches(['(', ',', ';'])
        .replace('"', "")
        .to_ascii_lowercase();
    if name.contains('.') {
        name
    } else {
        format!("public.{name}")
    }
}

/// The table an `ALTER TABLE` or `CREATE INDEX ... ON` statement targets.
fn target_table(words: &[&str]) -> Option<String> {
    let skip = ["IF", "EXISTS", "ONLY"];
    let after = |kw: &str| {
        let at = words.iter().position(|w| *w == kw)?;
        words[at + 1..]
            .iter()
            .find(|w| !skip.contains(w))
            .map(|w| qualify(w))
    };
    match words {
        ["ALTER", "TABLE", ..] => after("TABLE"),
        ["CREATE", ..] if words.contains(&"INDEX") => after("ON"),
        _ => None,
    }
}

const VOLATILE: &[&str] = &[
    "RANDOM(",
    "GEN_RANDOM_UUID(",
    "UUID_GENERATE_V4(",
    "CLOCK_TIMESTAMP(",
    "TIMEOFDAY(",
    "NEXTVAL(",
];

/// Whether a `SET lock_timeout` statement turns the timeout off.
fn sets_lock_timeout_off(raw: &str) -> bool {
    let lower = raw.to_ascii_lowercase();
    let Some(at) = lower.find("lock_timeout") else {
        return false;
    };
    let value = lower[at + "lock_timeout".len()..].trim_start();
    let value = value
        .strip_prefix('=')
        .or_else(|| value.strip_prefix("to"))
        .unwrap_or(value);
    let value = value
        .trim()
        .trim_end_matches(';')
        .trim()
        .trim_matches(['\'', '"'])
        .trim();
    matches!(value, "0" | "0s" | "0ms" | "0min")
}

/// Rules that hit one normalised statement `n` (raw text `raw`), on an
/// existing table when `existing`.
fn hits(n: &str, raw: &str, existing: bool) -> Vec<(&'static str, String)> {
    let words: Vec<&str> = n.split_whitespace().collect();
    let mut out = Vec::new();
    let has = |s: &str| n.contains(s);
    match words.as_slice() {
        ["CREATE", ..] if words.iter().take(4).any(|w| *w == "INDEX") => {
            if existing && !words.iter().take(5).any(|w| *w == "CONCURRENTLY") {
                out.push((
                    "PG001",
                    "index built without CONCURRENTLY on an existing table".to_string(),
                ));
            }
        }
        ["ALTER", "TABLE", ..] => {
            let adds_column = has(" ADD COLUMN ") || (has(" ADD ") && !has(" ADD CONSTRAINT "));
            if existing && adds_column {
                if has(" NOT NULL") && !has(" DEFAULT ") && !has(" GENERATED ") {
                    out.push((
                        "PG002",
                        "NOT NULL column added without a default".to_string(),
                    ));
                }
                if has(" DEFAULT ") && VOLATILE.iter().any(|f| has(f)) {
                    out.push(("PG003", "column added with a volatile default".to_string()));
                }
            }
            if existing && (has(" TYPE ") && has(" ALTER COLUMN ") || has(" SET DATA TYPE ")) {
                out.push((
                    "PG004",
                    "column type changed on an existing table".to_string(),
                ));
            }
            if existing
                && has(" ADD CONSTRAINT ")
                && (has(" CHECK ") || has(" CHECK(") || has(" FOREIGN KEY "))
                && !has(" NOT VALID")
            {
                out.push(("PG005", "constraint added without NOT VALID".to_string()));
            }
            if has(" RENAME ") {
                out.push(("PG006", "table or column renamed".to_string()));
            }
            if has(" DROP COLUMN ") {
                out.push(("PG007", "column dropped".to_string()));
            }
        }
        ["DROP", "TABLE", ..] => out.push(("PG007", "table dropped".to_string())),
        ["SET", ..] if has("LOCK_TIMEOUT") && sets_lock_timeout_off(raw) => {
            out.push(("PG008", "lock_timeout turned off".to_string()));
        }
        _ => {}
    }
    out
}

/// Lint the statements of one migration. `existing` is the set of tables
/// (qualified, lower-case) in the target before the plan; `created` collects
/// tables created by earlier statements of the plan.
pub fn lint_statements(
    migration: &str,
    statements: &[Statement],
    existing: &BTreeSet<String>,
    created: &mut BTreeSet<String>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (i, s) in statements.iter().enumerate() {
        if s.engine != EngineKind::Postgres {
            continue;
        }
        let n = normalise(&s.text);
        let words: Vec<&str> = n.split_whitespace().collect();
        if let ["CREATE", rest @ ..] = words.as_slice() {
            if let Some(at) = rest.iter().position(|w| *w == "TABLE") {
                if let Some(name) = rest[at + 1..]
                    .iter()
                    .find(|w| !["IF", "NOT", "EXISTS"].contains(w))
                {
                    created.insert(qualify(name));
                }
            }
        }
        let table = target_table(&words);
        let is_existing = table
            .as_ref()
            .is_some_and(|t| existing.contains(t) && !created.contains(t));
        let allowed = suppressions(&s.text);
        let sql: String = s.text.chars().take(300).collect();
        let mut push = |id: &str, message: String, suppressed: Option<String>| {
            let message = match &table {
                Some(t) if id != "PG000" => format!("{message} ({t})"),
                _ => message,
            };
            findings.push(Finding {
                suppressed,
                ..Finding::new(rule(id), migration, i + 1, sql.clone(), message)
            });
        };
        for (id, message) in hits(&n, &s.text, is_existing) {
            let reason = allowed
                .iter()
                .find(|(r, _)| r == id)
                .map(|(_, why)| why.clone());
            match reason {
                Some(why) if why.is_empty() => {
                    push("PG000", format!("suppression of {id} has no reason"), None);
                    push(id, message, None);
                }
                Some(why) => push(id, message, Some(why)),
                None => push(id, message, None),
            }
        }
    }
    findings
}

/// Tables in a snapshot, as `schema.name`.
pub fn tables(snapshot: &Snapshot) -> BTreeSet<String> {
    snapshot
        .objects
        .keys()
        .filter(|(kind, _)| kind == "table")
        .map(|(_, name)| name.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(sql: &str) -> Statement {
        Statement {
            engine: EngineKind::Postgres,
            text: sql.into(),
            params: 0,
            rows: None,
            elapsed_ms: 0.0,
            error: None,
            note: None,
        }
    }

    /// Rule ids hit by `sql` when `users` already exists.
    fn ids(sql: &str) -> Vec<&'static str> {
        let existing: BTreeSet<String> = ["public.users".to_string()].into();
        lint_statements("m", &[st(sql)], &existing, &mut BTreeSet::new())
            .into_iter()
            .filter(Finding::active)
            .map(|f| f.rule)
            .collect()
    }

    #[test]
    fn pg001_index_not_concurrent() {
        assert_eq!(ids("CREATE INDEX users_x ON users (x)"), ["PG001"]);
        assert!(ids("CREATE INDEX CONCURRENTLY users_x ON users (x)").is_empty());
        assert!(
            ids("CREATE INDEX orders_x ON orders (x)").is_empty(),
            "not an existing table"
        );
    }

    #[test]
    fn pg002_not_null_without_default() {
        assert_eq!(
            ids("ALTER TABLE users ADD COLUMN age int NOT NULL"),
            ["PG002"]
        );
        assert!(ids("ALTER TABLE users ADD COLUMN age int NOT NULL DEFAULT 0").is_empty());
        assert!(ids("ALTER TABLE users ADD COLUMN age int").is_empty());
    }

    #[test]
    fn pg003_volatile_default() {
        assert_eq!(
            ids("ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid()"),
            ["PG003"]
        );
        assert!(ids("ALTER TABLE users ADD COLUMN created timestamptz DEFAULT now()").is_empty());
    }

    #[test]
    fn pg004_type_change() {
        assert_eq!(
            ids("ALTER TABLE users ALTER COLUMN id TYPE bigint"),
            ["PG004"]
        );
        assert!(ids("ALTER TABLE users ALTER COLUMN id SET DEFAULT 1").is_empty());
    }

    #[test]
    fn pg005_constraint_without_not_valid() {
        assert_eq!(
            ids("ALTER TABLE users ADD CONSTRAINT c CHECK (age > 0)"),
            ["PG005"]
        );
        assert_eq!(
            ids("ALTER TABLE users ADD CONSTRAINT fk FOREIGN KEY (org) REFERENCES orgs"),
            ["PG005"]
        );
        assert!(ids("ALTER TABLE users ADD CONSTRAINT c CHECK (age > 0) NOT VALID").is_empty());
    }

    #[test]
    fn pg006_rename() {
        assert_eq!(
            ids("ALTER TABLE users RENAME COLUMN name TO full_name"),
            ["PG006"]
        );
        assert!(ids("ALTER TABLE users ADD COLUMN renamed_at timestamptz").is_empty());
    }

    #[test]
    fn pg007_drops() {
        assert_eq!(ids("ALTER TABLE users DROP COLUMN legacy"), ["PG007"]);
        assert_eq!(ids("DROP TABLE users"), ["PG007"]);
        assert!(ids("ALTER TABLE users DROP CONSTRAINT c").is_empty());
    }

    #[test]
    fn pg008_lock_timeout_off() {
        assert_eq!(ids("SET lock_timeout = 0"), ["PG008"]);
        assert_eq!(ids("SET LOCAL lock_timeout TO 0"), ["PG008"]);
        assert_eq!(ids("SET lock_timeout = '0'"), ["PG008"]);
        assert!(ids("SET lock_timeout = '5s'").is_empty());
        assert!(ids("SET LOCAL lock_timeout TO '500ms'").is_empty());
    }

    #[test]
    fn suppression_needs_a_reason_and_strings_do_not_trigger() {
        let existing: BTreeSet<String> = ["public.users".to_string()].into();
        let f = lint_statements(
            "m",
            &[st(
                "-- tidegate:allow PG007 unused since v42\nALTER TABLE users DROP COLUMN legacy",
            )],
            &existing,
            &mut BTreeSet::new(),
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].suppressed.as_deref(), Some("unused since v42"));
        let f = lint_statements(
            "m",
            &[st(
                "-- tidegate:allow PG007\nALTER TABLE users DROP COLUMN legacy",
            )],
            &existing,
            &mut BTreeSet::new(),
        );
        assert_eq!(
            f.iter()
                .filter(|f| f.active())
                .map(|f| f.rule)
                .collect::<Vec<_>>(),
            ["PG000", "PG007"]
        );
        assert!(ids("UPDATE users SET note = 'ALTER TABLE users DROP COLUMN x'").is_empty());
    }

    #[test]
    fn tables_created_in_the_plan_are_not_existing() {
        let existing = BTreeSet::new();
        let mut created = BTreeSet::new();
        let f = lint_statements(
            "m",
            &[
                st("CREATE TABLE orders (id int)"),
                st("CREATE INDEX orders_id ON orders (id)"),
            ],
            &existing,
            &mut created,
        );
        assert!(f.is_empty(), "{f:?}");
        assert!(created.contains("public.orders"));
    }
}
