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
        id: "PG009",
        name: "set-not-null",
        severity: Severity::Warning,
        summary: "SET NOT NULL on an existing table scans every row under an ACCESS EXCLUSIVE lock",
        help: "add CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it, then SET NOT NULL (no scan) and drop the check",
    },
    Rule {
        id: "PG010",
        name: "drop-index-not-concurrent",
        severity: Severity::Warning,
        summary: "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index's table",
        help: "use DROP INDEX CONCURRENTLY in a non-transactional migration",
    },
    Rule {
        id: "PG011",
        name: "constraint-builds-index",
        severity: Severity::Error,
        summary: "adding a PRIMARY KEY or UNIQUE constraint to an existing table builds its index while blocking reads and writes",
        help: "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT … PRIMARY KEY USING INDEX (or UNIQUE USING INDEX)",
    },
    Rule {
        id: "PG012",
        name: "foreign-key-column",
        severity: Severity::Warning,
        summary: "a column added with REFERENCES locks the referenced table against writes while the constraint is added",
        help: "add the column without REFERENCES, then ADD CONSTRAINT … FOREIGN KEY … NOT VALID and VALIDATE CONSTRAINT in a later statement",
    },
    Rule {
        id: "PG013",
        name: "enum-value-added",
        severity: Severity::Warning,
        summary: "a value added to an enum cannot be used until its transaction commits, and ADD VALUE without IF NOT EXISTS fails when run again",
        help: "write ADD VALUE IF NOT EXISTS, and use the new value in a later migration",
    },
    Rule {
        id: "PG014",
        name: "drop-what-code-relies-on",
        severity: Severity::Warning,
        summary: "dropping a NOT NULL, a default, a constraint or a function breaks running code that relies on it",
        help: "stop relying on it in a release before the migration that drops it; say so with a suppression reason",
    },
    Rule {
        id: "PG015",
        name: "truncate",
        severity: Severity::Warning,
        summary: "TRUNCATE removes every row of an existing table (with CASCADE, of every table that references it too) under an ACCESS EXCLUSIVE lock",
        help: "delete in batches, or name every table and leave CASCADE out; say why with a suppression reason",
    },
    Rule {
        id: "PG016",
        name: "concurrently-in-transaction",
        severity: Severity::Error,
        summary: "CREATE or DROP INDEX CONCURRENTLY cannot run inside a transaction: the plan simulated it, apply would fail",
        help: "declare the migration non-transactional (transactional = false, or .transactional(false))",
    },
    Rule {
        id: "PG017",
        name: "domain-constraint",
        severity: Severity::Warning,
        summary: "ALTER DOMAIN … ADD CONSTRAINT checks every column of that domain while blocking writes to their tables",
        help: "add it NOT VALID, then VALIDATE CONSTRAINT in a later statement",
    },
    Rule {
        id: "PG018",
        name: "identifier-too-long",
        severity: Severity::Warning,
        summary: "PostgreSQL cuts identifiers at 63 bytes: two long names can become the same, and code using the full name finds nothing",
        help: "use a name of 63 bytes or fewer",
    },
    Rule {
        id: "PG019",
        name: "detach-partition-not-concurrent",
        severity: Severity::Warning,
        summary: "DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table",
        help: "use DETACH PARTITION … CONCURRENTLY in a non-transactional migration (PostgreSQL 14 and later)",
    },
    Rule {
        id: "PG100",
        name: "blocking-lock",
        severity: Severity::Warning,
        summary: "observed: the statement took a lock that blocks writes (or reads) of an existing table with rows, held until the migration commits",
        help: "find the form of the change that takes a weaker lock (CONCURRENTLY, NOT VALID then VALIDATE, expand/contract), or run it when the table is quiet",
    },
    Rule {
        id: "PG101",
        name: "table-rewrite",
        severity: Severity::Error,
        summary: "observed: the statement rewrote an existing table with rows (its storage changed) under an ACCESS EXCLUSIVE lock",
        help: "expand/contract: add a new column or table, backfill in batches, switch readers, drop the old one",
    },
    Rule {
        id: "STY001",
        name: "prefer-bigint",
        severity: Severity::Warning,
        summary: "style (off by default): an integer or smallint column can run out of values; changing its type later rewrites the table",
        help: "use bigint",
    },
    Rule {
        id: "STY002",
        name: "prefer-identity",
        severity: Severity::Warning,
        summary: "style (off by default): serial columns own a sequence with its own permissions and quirks",
        help: "use bigint GENERATED ALWAYS AS IDENTITY",
    },
    Rule {
        id: "STY003",
        name: "prefer-text",
        severity: Severity::Warning,
        summary: "style (off by default): varchar(n) and char(n) limits are changed later only by a type change; char pads with spaces",
        help: "use text, with a CHECK (length(col) <= n) if a limit matters",
    },
    Rule {
        id: "STY004",
        name: "prefer-timestamptz",
        severity: Severity::Warning,
        summary: "style (off by default): timestamp without time zone stores wall-clock times that depend on the writer's zone",
        help: "use timestamptz",
    },
    Rule {
        id: "CAP002",
        name: "undeclared-relation-touched",
        severity: Severity::Error,
        summary: "observed: the statement touched a relation the module did not declare (read from its transaction's locks, so dynamic SQL, functions and triggers count)",
        help: "declare the table in the module's capabilities (`tables`), or stop touching it",
    },
    Rule {
        id: "CAP001",
        name: "table-outside-capabilities",
        severity: Severity::Warning,
        summary: "the statement touches a table the module did not declare in its capabilities",
        help: "declare the table in the module's capabilities (`tables`), or stop touching it",
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

/// The style rule a column type word hits, given the word after it.
fn style_of(word: &str, next: &str) -> Option<&'static str> {
    Some(match word {
        // A serial is an integer (STY001) and a sequence (STY002).
        "INT" | "INTEGER" | "INT4" | "SMALLINT" | "INT2" | "SERIAL" | "SERIAL4" | "SMALLSERIAL"
        | "SERIAL2" => "STY001",
        "VARCHAR" | "CHAR" | "CHARACTER" if next == "(" || next == "VARYING" => "STY003",
        "BPCHAR" => "STY003",
        "TIMESTAMP" if next != "WITH" && next != "(" => "STY004",
        _ => return None,
    })
}

/// Style rules hit by the column types of a normalised statement.
fn styles(n: &str) -> Vec<&'static str> {
    let mut tokens: Vec<&str> = Vec::new();
    let mut start = None;
    for (i, c) in n.char_indices() {
        let word = c.is_alphanumeric() || c == '_';
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                tokens.push(&n[s..i]);
                start = None;
            }
            _ => {}
        }
        if !word && !c.is_whitespace() {
            tokens.push(&n[i..i + c.len_utf8()]);
        }
    }
    if let Some(s) = start {
        tokens.push(&n[s..]);
    }
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1).copied().unwrap_or_default();
        if *t == "TIMESTAMP" && next == "(" {
            // timestamp(3) [WITH TIME ZONE]
            if tokens.get(i + 4).copied() != Some("WITH") {
                out.push("STY004");
            }
        }
        if matches!(
            *t,
            "SERIAL" | "SERIAL4" | "SMALLSERIAL" | "SERIAL2" | "BIGSERIAL" | "SERIAL8"
        ) {
            out.push("STY002");
        }
        if let Some(id) = style_of(t, next) {
            out.push(id);
        }
    }
    out.sort();
    out.dedup();
    out
}

/// What a statement is linted with.
struct Context {
    /// The table it alters exists in the target before the plan.
    existing: bool,
    /// Its migration runs in a transaction.
    transactional: bool,
    /// A `DROP INDEX` or `REINDEX` names an index on a table created
    /// earlier in the plan.
    index_on_new_table: bool,
    /// A `SET NOT NULL` follows a validated `CHECK (c IS NOT NULL)` on the
    /// same column (PostgreSQL then skips its scan).
    validated: bool,
}

/// Rules that hit one normalised statement `n` (raw text `raw`).
fn hits(n: &str, raw: &str, cx: &Context) -> Vec<(&'static str, String)> {
    let words: Vec<&str> = n.split_whitespace().collect();
    let existing = cx.existing;
    let mut out = Vec::new();
    let has = |s: &str| n.contains(s);
    let concurrently = words.iter().take(5).any(|w| *w == "CONCURRENTLY");
    if concurrently
        && cx.transactional
        && matches!(words.first(), Some(&"CREATE" | &"DROP" | &"REINDEX"))
    {
        out.push((
            "PG016",
            "CONCURRENTLY inside a transactional migration".to_string(),
        ));
    }
    match words.as_slice() {
        ["CREATE", ..] if words.iter().take(4).any(|w| *w == "INDEX") => {
            if existing && !concurrently {
                out.push((
                    "PG001",
                    "index built without CONCURRENTLY on an existing table".to_string(),
                ));
            }
        }
        ["REINDEX", kind, ..] if *kind != "SYSTEM" && !concurrently && !cx.index_on_new_table => {
            out.push(("PG001", "index rebuilt without CONCURRENTLY".to_string()));
        }
        ["DROP", "INDEX", ..] if !concurrently && !cx.index_on_new_table => {
            out.push(("PG010", "index dropped without CONCURRENTLY".to_string()))
        }
        ["ALTER", "TABLE", ..] => {
            // Whole words, not substrings: a column may be called
            // `serial_number`, `unique_code` or `type`.
            let word = |kw: &str| {
                words.iter().any(|w| {
                    w.trim_end_matches([',', ';', ')']) == kw || w.starts_with(&format!("{kw}("))
                })
            };
            let adds_column = words.windows(2).any(|w| {
                w[0] == "ADD"
                    && ![
                        "CONSTRAINT",
                        "PRIMARY",
                        "UNIQUE",
                        "CHECK",
                        "FOREIGN",
                        "EXCLUDE",
                    ]
                    .iter()
                    .any(|kw| w[1] == *kw || w[1].starts_with(&format!("{kw}(")))
            });
            if existing && adds_column {
                if has(" NOT NULL") && !has(" DEFAULT ") && !has(" GENERATED ") {
                    out.push((
                        "PG002",
                        "NOT NULL column added without a default".to_string(),
                    ));
                }
                let serial = [
                    "SERIAL",
                    "SERIAL2",
                    "SERIAL4",
                    "SERIAL8",
                    "SMALLSERIAL",
                    "BIGSERIAL",
                ]
                .iter()
                .any(|t| word(t));
                if (has(" DEFAULT ") && VOLATILE.iter().any(|f| has(f))) || serial {
                    out.push(("PG003", "column added with a volatile default".to_string()));
                } else if word("GENERATED") && (word("IDENTITY") || word("STORED")) {
                    out.push((
                        "PG003",
                        "identity or stored generated column added: every row is written"
                            .to_string(),
                    ));
                }
                if word("REFERENCES") {
                    out.push((
                        "PG012",
                        "column added with REFERENCES on an existing table".to_string(),
                    ));
                }
                if word("UNIQUE")
                    || words
                        .windows(2)
                        .any(|w| w[0] == "PRIMARY" && w[1].starts_with("KEY"))
                {
                    out.push((
                        "PG011",
                        "column added with a PRIMARY KEY or UNIQUE constraint, which builds an index".to_string(),
                    ));
                }
            }
            if existing && changes_type(&words) {
                out.push((
                    "PG004",
                    "column type changed on an existing table".to_string(),
                ));
            }
            let adds_constraint =
                has(" ADD CONSTRAINT ") || has(" ADD CHECK") || has(" ADD FOREIGN KEY");
            if existing
                && adds_constraint
                && (has(" CHECK ") || has(" CHECK(") || has(" FOREIGN KEY "))
                && !has(" NOT VALID")
            {
                out.push(("PG005", "constraint added without NOT VALID".to_string()));
            }
            if existing
                && (has(" ADD PRIMARY KEY")
                    || has(" ADD UNIQUE")
                    || adds_constraint && (has(" PRIMARY KEY") || has(" UNIQUE")))
                && !has(" USING INDEX")
            {
                out.push((
                    "PG011",
                    "PRIMARY KEY or UNIQUE constraint added without USING INDEX".to_string(),
                ));
            }
            if existing && has(" SET NOT NULL") && !cx.validated {
                out.push((
                    "PG009",
                    "column set NOT NULL on an existing table".to_string(),
                ));
            }
            if has(" RENAME ") {
                out.push(("PG006", "table or column renamed".to_string()));
            }
            if has(" SET SCHEMA ") {
                out.push(("PG006", "table moved to another schema".to_string()));
            }
            if has(" DETACH PARTITION ") && !has(" CONCURRENTLY") && !has(" FINALIZE") {
                out.push((
                    "PG019",
                    "partition detached without CONCURRENTLY".to_string(),
                ));
            }
            if drops_column(&words) {
                out.push(("PG007", "column dropped".to_string()));
            }
            if existing {
                for (pat, what) in [
                    (" DROP NOT NULL", "NOT NULL dropped"),
                    (" DROP DEFAULT", "default dropped"),
                    (" DROP CONSTRAINT", "constraint dropped"),
                    (" DROP IDENTITY", "identity dropped"),
                    (" DROP EXPRESSION", "generated expression dropped"),
                    (" ADD GENERATED ", "identity added to an existing column"),
                    (" SET GENERATED ", "identity changed"),
                ] {
                    if has(pat) {
                        out.push(("PG014", what.to_string()));
                    }
                }
            }
        }
        ["ALTER", "TYPE", ..] if has(" ADD VALUE") => {
            out.push(("PG013", "value added to an enum".to_string()));
        }
        ["ALTER", "DOMAIN", ..] if has(" ADD ") && !has(" NOT VALID") => {
            out.push((
                "PG017",
                "domain constraint added without NOT VALID".to_string(),
            ));
        }
        ["DROP", "TABLE", ..] => out.push(("PG007", "table dropped".to_string())),
        ["DROP", "DATABASE", ..] => out.push(("PG007", "database dropped".to_string())),
        [
            "DROP",
            "FUNCTION" | "PROCEDURE" | "ROUTINE" | "AGGREGATE",
            ..,
        ] => {
            out.push(("PG014", "function dropped".to_string()));
        }
        ["DROP", "MATERIALIZED", "VIEW", ..] => {
            out.push(("PG014", "materialized view dropped".to_string()));
        }
        [
            "DROP",
            what @ ("VIEW" | "TYPE" | "DOMAIN" | "SEQUENCE" | "SCHEMA" | "EXTENSION" | "CAST"
            | "OPERATOR"),
            ..,
        ] => {
            out.push(("PG014", format!("{} dropped", what.to_lowercase())));
        }
        ["ALTER", "DOMAIN", ..] if has(" DROP ") => {
            out.push((
                "PG014",
                "domain default, NOT NULL or constraint dropped".to_string(),
            ));
        }
        ["ALTER", kind, ..]
            if has(" RENAME ")
                && matches!(
                    *kind,
                    "INDEX"
                        | "VIEW"
                        | "MATERIALIZED"
                        | "FUNCTION"
                        | "PROCEDURE"
                        | "ROUTINE"
                        | "AGGREGATE"
                        | "TYPE"
                        | "SEQUENCE"
                        | "SCHEMA"
                        | "DOMAIN"
                        | "TRIGGER"
                        | "POLICY"
                        | "FOREIGN"
                ) =>
        {
            out.push(("PG006", format!("{} renamed", kind.to_lowercase())));
        }
        ["ALTER", kind, ..]
            if has(" SET SCHEMA ")
                && matches!(
                    *kind,
                    "VIEW"
                        | "MATERIALIZED"
                        | "FUNCTION"
                        | "PROCEDURE"
                        | "TYPE"
                        | "SEQUENCE"
                        | "DOMAIN"
                        | "EXTENSION"
                        | "FOREIGN"
                ) =>
        {
            out.push((
                "PG006",
                format!("{} moved to another schema", kind.to_lowercase()),
            ));
        }
        ["TRUNCATE", ..] if existing || has(" CASCADE") => {
            out.push(("PG015", "table truncated".to_string()));
        }
        ["SET", ..] if has("LOCK_TIMEOUT") && sets_lock_timeout_off(raw) => {
            out.push(("PG008", "lock_timeout turned off".to_string()));
        }
        _ => {}
    }
    if let Some(long) = n
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '"'))
        .map(|w| w.trim_matches('"'))
        .find(|w| w.len() > 63 && !w.starts_with(|c: char| c.is_ascii_digit()))
    {
        out.push((
            "PG018",
            format!(
                "identifier of {} bytes: PostgreSQL keeps only its first 63 ({}…)",
                long.len(),
                &long[..long.floor_char_boundary(20)].to_lowercase()
            ),
        ));
    }
    let defines_columns = match words.as_slice() {
        ["CREATE", rest @ ..] => rest.iter().take(5).any(|w| *w == "TABLE"),
        ["ALTER", "TABLE", ..] => true,
        _ => false,
    };
    if defines_columns {
        for id in styles(n) {
            out.push((id, format!("column type: {}", rule(id).help)));
        }
    }
    out
}

/// Whether an `ALTER TABLE`'s words change a column's type: `ALTER
/// [COLUMN] c [SET DATA] TYPE t`.
fn changes_type(words: &[&str]) -> bool {
    (1..words.len()).any(|i| {
        if words[i] != "ALTER" {
            return false;
        }
        let name = if words.get(i + 1) == Some(&"COLUMN") {
            i + 2
        } else {
            i + 1
        };
        matches!(
            words.get(name + 1..),
            Some(["TYPE", ..] | ["SET", "DATA", "TYPE", ..])
        )
    })
}

/// Whether an `ALTER TABLE`'s words drop a column (`DROP [COLUMN] c`, as
/// opposed to `DROP CONSTRAINT`, `ALTER c DROP NOT NULL`, ...).
fn drops_column(words: &[&str]) -> bool {
    // After `ALTER [COLUMN] c`, DROP is followed only by these.
    words.windows(2).any(|w| {
        w[0] == "DROP"
            && !matches!(
                w[1],
                "CONSTRAINT" | "NOT" | "DEFAULT" | "IDENTITY" | "EXPRESSION"
            )
    })
}

/// The word in front of `seq` in `words`, lower-cased and unquoted.
fn word_before(words: &[&str], seq: &[&str]) -> Option<String> {
    let at = words.windows(seq.len()).position(|w| w == seq)?;
    let w = words.get(at.checked_sub(1)?)?;
    Some(w.replace('"', "").to_ascii_lowercase())
}

/// Follow `CHECK (c IS NOT NULL)` constraints of `table`: added (valid
/// unless `NOT VALID`), and validated.
fn not_null_checks(words: &[&str], table: &str, seen: &mut Seen) {
    let joined = words.join(" ");
    if let Some(at) = words.iter().position(|w| *w == "CONSTRAINT")
        && words.get(at.wrapping_sub(1)) == Some(&"ADD")
        && let Some(name) = words.get(at + 1)
        && let Some(body) = joined
            .split_once(" CHECK (")
            .or_else(|| joined.split_once(" CHECK("))
            .map(|(_, b)| b)
    {
        let inner: Vec<&str> = body
            .split(')')
            .next()
            .unwrap_or_default()
            .split_whitespace()
            .collect();
        if let [col, "IS", "NOT", "NULL"] = inner.as_slice() {
            let col = col.replace('"', "").to_ascii_lowercase();
            if joined.contains(" NOT VALID") {
                seen.not_null_checks
                    .insert(name.to_string(), (table.to_string(), col));
            } else {
                seen.validated.insert((table.to_string(), col));
            }
        }
    }
    if let Some(name) = words
        .windows(3)
        .find(|w| w[0] == "VALIDATE" && w[1] == "CONSTRAINT")
        .map(|w| w[2].trim_end_matches(';'))
        && let Some(checked) = seen.not_null_checks.get(name)
    {
        seen.validated.insert(checked.clone());
    }
}

/// Rules that name a lock or rewrite hazard: when one fires on a
/// statement, the observation rules (PG100, PG101) stay silent on it.
const NAMED_LOCK_RULES: &[&str] = &[
    "PG001", "PG002", "PG003", "PG004", "PG005", "PG009", "PG010", "PG011", "PG012", "PG015",
    "PG017", "PG019",
];

/// What [`lint_statements`] remembers across the plan's statements.
#[derive(Default)]
pub struct Seen {
    /// Tables created by earlier statements of the plan.
    pub created: BTreeSet<String>,
    /// Indexes created by earlier statements of the plan, with their table.
    pub indexes: std::collections::BTreeMap<String, String>,
    /// `CHECK (c IS NOT NULL)` constraints added in the plan: name →
    /// (table, column).
    pub not_null_checks: std::collections::BTreeMap<String, (String, String)>,
    /// (table, column) with such a check validated.
    pub validated: BTreeSet<(String, String)>,
    /// New names of tables that existed before the plan, renamed in it.
    pub renamed: BTreeSet<String>,
}

/// Lint the statements of one migration. `existing` is the set of tables
/// (qualified, lower-case) in the target before the plan; `seen` collects
/// what earlier statements of the plan created.
pub fn lint_statements(
    migration: &str,
    statements: &[Statement],
    transactional: bool,
    existing: &BTreeSet<String>,
    seen: &mut Seen,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (i, s) in statements.iter().enumerate() {
        if s.engine != EngineKind::Postgres {
            continue;
        }
        let n = normalise(&s.text);
        let words: Vec<&str> = n.split_whitespace().collect();
        if let ["CREATE", rest @ ..] = words.as_slice() {
            let skip = ["IF", "NOT", "EXISTS", "CONCURRENTLY", "UNIQUE"];
            if let Some(at) = rest.iter().take(4).position(|w| *w == "TABLE") {
                if let Some(name) = rest[at + 1..].iter().find(|w| !skip.contains(w)) {
                    seen.created.insert(qualify(name));
                }
            }
            if let Some(at) = rest.iter().take(3).position(|w| *w == "INDEX")
                && let Some(name) = rest[at + 1..].iter().find(|w| !skip.contains(w))
                && *name != "ON"
                && let Some(table) = target_table(&words)
            {
                seen.indexes.insert(qualify(name), table);
            }
        }
        let dropped_index = match words.as_slice() {
            ["DROP", "INDEX", rest @ ..] | ["REINDEX", "INDEX", rest @ ..] => rest
                .iter()
                .find(|w| !["IF", "EXISTS", "CONCURRENTLY"].contains(w))
                .map(|w| qualify(w)),
            _ => None,
        };
        let table = target_table(&words);
        let truncated = match words.as_slice() {
            ["TRUNCATE", rest @ ..] => rest
                .iter()
                .find(|w| !["TABLE", "ONLY"].contains(w))
                .map(|w| qualify(w)),
            _ => None,
        };
        let table = table.or(truncated);
        let was_existing = |t: &String| {
            (existing.contains(t) || seen.renamed.contains(t)) && !seen.created.contains(t)
        };
        let cx = Context {
            existing: table.as_ref().is_some_and(was_existing),
            transactional,
            index_on_new_table: dropped_index
                .and_then(|i| seen.indexes.get(&i))
                .is_some_and(|t| seen.created.contains(t)),
            validated: table.as_ref().is_some_and(|t| {
                word_before(&words, &["SET", "NOT", "NULL"])
                    .is_some_and(|c| seen.validated.contains(&(t.clone(), c)))
            }),
        };
        if let Some(t) = &table {
            not_null_checks(&words, t, seen);
        }
        if let (["ALTER", "TABLE", .., "RENAME", "TO", to], true) = (words.as_slice(), cx.existing)
        {
            seen.renamed.insert(qualify(to));
        }
        let allowed = suppressions(&s.text);
        let sql: String = s.text.chars().take(300).collect();
        let observed = describe_observed(s, table.as_deref());
        let mut push = |id: &str, message: String, suppressed: Option<String>| {
            let message = match (&table, &observed) {
                (_, Some(o)) if id != "PG000" && !id.starts_with("STY") => {
                    format!("{message}; observed: {o}")
                }
                (Some(t), _) if id != "PG000" => format!("{message} ({t})"),
                _ => message,
            };
            findings.push(Finding {
                suppressed,
                ..Finding::new(rule(id), migration, i + 1, sql.clone(), message)
            });
        };
        let mut fired = Vec::new();
        let mut all = hits(&n, &s.text, &cx);
        all.extend(observed_hits(s, existing, &seen.created));
        for (id, message) in all {
            if id.starts_with("PG10") && fired.iter().any(|f| NAMED_LOCK_RULES.contains(f)) {
                // A rule that names this hazard said it, with what was
                // observed.
                continue;
            }
            fired.push(id);
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

/// What was observed of the statement's own table, in words, when it took
/// a lock that blocks writes or rewrote it.
fn describe_observed(s: &Statement, table: Option<&str>) -> Option<String> {
    let touch = s.observed.iter().find(|t| {
        (t.blocks_writes || t.rewritten)
            && t.existing
            && table.is_none_or(|name| {
                t.object.eq_ignore_ascii_case(name)
                    || t.owner
                        .as_deref()
                        .is_some_and(|o| o.eq_ignore_ascii_case(name))
            })
    })?;
    Some(touch.describe())
}

/// Whether an observed relation had rows before (unknown counts as rows:
/// a table never analysed has no estimate).
fn has_rows(t: &tidegate_core::journal::Touch) -> bool {
    t.rows.is_none_or(|r| r > 0)
}

/// The observation rules: a lock that blocks writes, or a rewrite, of a
/// table that existed before the plan and has rows; and a relation
/// touched outside the declaration.
fn observed_hits(
    s: &Statement,
    existing: &BTreeSet<String>,
    created: &BTreeSet<String>,
) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for t in &s.observed {
        if t.undeclared {
            out.push((
                "CAP002",
                format!(
                    "touched {} {}, which the module did not declare",
                    t.kind, t.object
                ),
            ));
        }
        let table = t.owner.as_deref().unwrap_or(&t.object).to_ascii_lowercase();
        let before_plan = existing.contains(&table) && !created.contains(&table);
        if !t.existing || !before_plan || t.dropped || !has_rows(t) {
            continue;
        }
        if t.rewritten {
            out.push(("PG101", t.describe()));
        } else if t.blocks_writes {
            out.push(("PG100", t.describe()));
        }
    }
    out
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
        Statement::of(EngineKind::Postgres, sql)
    }

    /// Rule ids hit by `sql` when `users` already exists, style rules
    /// (off by default) left out.
    fn ids(sql: &str) -> Vec<&'static str> {
        with_style(sql)
            .into_iter()
            .filter(|id| !Rule::off_by_default(id))
            .collect()
    }

    fn with_style(sql: &str) -> Vec<&'static str> {
        let existing: BTreeSet<String> = ["public.users".to_string()].into();
        lint_statements("m", &[st(sql)], false, &existing, &mut Seen::default())
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
        assert_eq!(ids("ALTER TABLE users DROP CONSTRAINT c"), ["PG014"]);
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
    fn the_rules_squawk_has_too() {
        assert_eq!(
            ids("ALTER TABLE users ALTER COLUMN email SET NOT NULL"),
            ["PG009"]
        );
        assert_eq!(ids("DROP INDEX users_email_idx"), ["PG010"]);
        assert!(ids("DROP INDEX CONCURRENTLY users_email_idx").is_empty());
        assert_eq!(ids("ALTER TABLE users ADD PRIMARY KEY (id)"), ["PG011"]);
        assert_eq!(
            ids("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email)"),
            ["PG011"]
        );
        assert!(
            ids("ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_idx")
                .is_empty()
        );
        assert_eq!(
            ids("ALTER TABLE users ADD COLUMN org_id bigint REFERENCES orgs (id)"),
            ["PG012"]
        );
        assert_eq!(ids("ALTER TYPE mood ADD VALUE 'meh'"), ["PG013"]);
        assert_eq!(
            ids("ALTER TABLE users ALTER COLUMN email DROP NOT NULL"),
            ["PG014"]
        );
        assert_eq!(
            ids("ALTER TABLE users ALTER COLUMN email DROP DEFAULT"),
            ["PG014"]
        );
        assert_eq!(
            ids("ALTER TABLE users DROP CONSTRAINT users_age_check"),
            ["PG014"]
        );
        assert_eq!(ids("DROP FUNCTION touch_updated_at()"), ["PG014"]);
        assert_eq!(ids("DROP VIEW active_users"), ["PG014"]);
        assert_eq!(ids("TRUNCATE users CASCADE"), ["PG015"]);
        assert_eq!(
            ids("ALTER DOMAIN email ADD CONSTRAINT c CHECK (VALUE <> '')"),
            ["PG017"]
        );
        assert_eq!(ids("REINDEX INDEX users_email_idx"), ["PG001"]);
        assert_eq!(
            ids("ALTER INDEX users_email_idx RENAME TO users_mail_idx"),
            ["PG006"]
        );
        assert_eq!(ids("ALTER TABLE users SET SCHEMA archive"), ["PG006"]);
        assert_eq!(
            ids("ALTER TABLE users ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY"),
            ["PG003"]
        );
        assert_eq!(
            ids(&format!("CREATE TABLE t{} (id bigint)", "x".repeat(70))),
            ["PG018"]
        );
        // The validated-check way to SET NOT NULL is not flagged.
        let existing: BTreeSet<String> = ["public.users".to_string()].into();
        let f = lint_statements(
            "m",
            &[
                st("ALTER TABLE users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID"),
                st("ALTER TABLE users VALIDATE CONSTRAINT email_nn"),
                st("ALTER TABLE users ALTER COLUMN email SET NOT NULL"),
            ],
            true,
            &existing,
            &mut Seen::default(),
        );
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn column_names_are_not_keywords() {
        assert!(ids("ALTER TABLE users ADD COLUMN serial_number text").is_empty());
        assert!(ids("ALTER TABLE users ADD COLUMN unique_code text").is_empty());
        assert!(ids("ALTER TABLE users ALTER COLUMN type SET DEFAULT 'a'").is_empty());
        assert_eq!(
            ids("ALTER TABLE users ADD checked_at int NOT NULL"),
            ["PG002"]
        );
        assert_eq!(ids("ALTER TABLE users ALTER type TYPE bigint"), ["PG004"]);
    }

    #[test]
    fn concurrently_in_a_transactional_migration_is_an_error() {
        let f = lint_statements(
            "m",
            &[st("CREATE INDEX CONCURRENTLY users_x ON users (x)")],
            true,
            &BTreeSet::new(),
            &mut Seen::default(),
        );
        assert_eq!(f.iter().map(|f| f.rule).collect::<Vec<_>>(), ["PG016"]);
    }

    #[test]
    fn style_rules_read_column_types() {
        assert_eq!(
            with_style("CREATE TABLE t (id serial, n int, code varchar(8), at timestamp)"),
            ["STY001", "STY002", "STY003", "STY004"]
        );
        assert!(with_style("CREATE TABLE t (id bigint, code text, at timestamptz)").is_empty());
    }

    #[test]
    fn suppression_needs_a_reason_and_strings_do_not_trigger() {
        let existing: BTreeSet<String> = ["public.users".to_string()].into();
        let f = lint_statements(
            "m",
            &[st(
                "-- tidegate:allow PG007 unused since v42\nALTER TABLE users DROP COLUMN legacy",
            )],
            true,
            &existing,
            &mut Seen::default(),
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].suppressed.as_deref(), Some("unused since v42"));
        let f = lint_statements(
            "m",
            &[st(
                "-- tidegate:allow PG007\nALTER TABLE users DROP COLUMN legacy",
            )],
            true,
            &existing,
            &mut Seen::default(),
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
        let mut seen = Seen::default();
        let f = lint_statements(
            "m",
            &[
                st("CREATE TABLE orders (id bigint)"),
                st("CREATE INDEX orders_id ON orders (id)"),
                st("DROP INDEX orders_id"),
            ],
            true,
            &existing,
            &mut seen,
        );
        assert!(f.is_empty(), "{f:?}");
        assert!(seen.created.contains("public.orders"));
    }
}
