//! A schema diff as reviewers read it: grouped by engine, then by object.
//!
//! - Relational objects (tables, columns, constraints, indexes) read as
//!   DDL: a new table is one `CREATE TABLE` block with its columns and
//!   constraints, a new or changed column an `ALTER` line, a dropped table
//!   or column is marked destructive.
//! - Document and search objects (validators, mappings, settings,
//!   templates) show only the JSON paths that changed, old → new, and new
//!   objects pretty-printed.
//!
//! Every line is folded to [`WIDTH`] characters. Human text and markdown
//! both render these sections.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::diff::{AttrChange, Change};
use crate::metadata::EngineKind;

/// The widest code line a report shows.
pub const WIDTH: usize = 120;

/// The changes of one engine, as lines of one code block.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub engine: Option<EngineKind>,
    /// The code block's language: `sql` for DDL, `diff` for documents.
    pub lang: &'static str,
    pub lines: Vec<String>,
    pub changes: usize,
    /// Dropped tables, columns, collections and indices.
    pub destructive: usize,
}

/// Kinds that read as DDL.
const RELATIONAL: &[&str] = &["table", "column", "constraint", "index"];

/// Sections per engine, in engine order (changes without an engine last).
pub fn sections(changes: &[Change]) -> Vec<Section> {
    let mut by_engine: BTreeMap<Option<EngineKind>, Vec<&Change>> = BTreeMap::new();
    for c in changes {
        by_engine.entry(c.engine()).or_default().push(c);
    }
    let mut out: Vec<Section> = by_engine
        .into_iter()
        .map(|(engine, changes)| {
            let relational = changes.iter().any(|c| RELATIONAL.contains(&c.kind()));
            let (lang, lines) = if relational {
                ("sql", ddl(&changes))
            } else {
                ("diff", documents(&changes))
            };
            let destructive = lines.iter().filter(|l| l.contains(DESTRUCTIVE)).count();
            Section {
                engine,
                lang,
                lines: lines.into_iter().flat_map(|l| fold(&l, WIDTH)).collect(),
                changes: changes.len(),
                destructive,
            }
        })
        .collect();
    out.sort_by_key(|s| (s.engine.is_none(), s.engine));
    out
}

const DESTRUCTIVE: &str = "destructive";

/// `schema.table.column` → (`schema.table`, `column`).
fn split_last(name: &str) -> (&str, &str) {
    name.rsplit_once('.').unwrap_or(("", name))
}

fn column_def(name: &str, attrs: &BTreeMap<String, String>) -> String {
    let get = |k: &str| attrs.get(k).map(String::as_str).unwrap_or_default();
    let mut def = format!("{name} {}", get("type"));
    if get("nullable") == "not null" {
        def.push_str(" NOT NULL");
    }
    if !get("default").is_empty() {
        def.push_str(&format!(" DEFAULT {}", get("default")));
    }
    match get("identity") {
        "" => {}
        how => def.push_str(&format!(" GENERATED {} AS IDENTITY", how.to_uppercase())),
    }
    if get("generated") == "stored" {
        def.push_str(" GENERATED ALWAYS (stored)");
    }
    def
}

fn ddl(changes: &[&Change]) -> Vec<String> {
    let mut out = Vec::new();
    let added_tables: BTreeSet<&str> = changes
        .iter()
        .filter(|c| matches!(c, Change::Added { .. } if c.kind() == "table"))
        .map(|c| c.name())
        .collect();
    let removed_tables: BTreeSet<&str> = changes
        .iter()
        .filter(|c| matches!(c, Change::Removed { .. } if c.kind() == "table"))
        .map(|c| c.name())
        .collect();
    let on = |set: &BTreeSet<&str>, c: &Change| {
        let (table, _) = split_last(c.name());
        matches!(c.kind(), "column" | "constraint") && set.contains(table)
    };
    for table in &added_tables {
        let mut columns: Vec<(u32, String)> = changes
            .iter()
            .filter_map(|c| match c {
                Change::Added {
                    kind, name, attrs, ..
                } if kind == "column" && split_last(name).0 == *table => Some((
                    attrs
                        .get("position")
                        .and_then(|p| p.parse().ok())
                        .unwrap_or(0),
                    column_def(split_last(name).1, attrs),
                )),
                _ => None,
            })
            .collect();
        columns.sort();
        let mut body: Vec<String> = columns.into_iter().map(|(_, d)| d).collect();
        for c in changes
            .iter()
            .filter(|c| c.kind() == "constraint" && split_last(c.name()).0 == *table)
        {
            if let Change::Added { name, attrs, .. } = c {
                body.push(format!(
                    "CONSTRAINT {} {}",
                    split_last(name).1,
                    attrs.get("definition").cloned().unwrap_or_default()
                ));
            }
        }
        out.push(format!("CREATE TABLE {table} ("));
        let n = body.len();
        out.extend(
            body.into_iter()
                .enumerate()
                .map(|(i, l)| format!("    {l}{}", if i + 1 < n { "," } else { "" })),
        );
        out.push(");".into());
    }
    for table in &removed_tables {
        out.push(format!(
            "DROP TABLE {table};  -- {DESTRUCTIVE}: drops its rows"
        ));
    }
    for c in changes {
        let whole_table = c.kind() == "table" && !matches!(c, Change::Changed { .. });
        if whole_table || on(&added_tables, c) || on(&removed_tables, c) {
            continue;
        }
        let (table, short) = split_last(c.name());
        match (c, c.kind()) {
            (Change::Added { attrs, .. }, "column") => out.push(format!(
                "ALTER TABLE {table} ADD COLUMN {};",
                column_def(short, attrs)
            )),
            (Change::Removed { .. }, "column") => out.push(format!(
                "ALTER TABLE {table} DROP COLUMN {short};  -- {DESTRUCTIVE}: drops its data"
            )),
            // A column's position shifts whenever one before it is dropped:
            // noise, not a change anyone made.
            (Change::Changed { attrs, .. }, "column") => out.extend(
                attrs
                    .iter()
                    .filter(|a| a.attr != "position")
                    .map(|a| alter_column(table, short, a)),
            ),
            (Change::Added { attrs, .. }, "constraint") => out.push(format!(
                "ALTER TABLE {table} ADD CONSTRAINT {short} {};",
                attrs.get("definition").cloned().unwrap_or_default()
            )),
            (Change::Removed { .. }, "constraint") => {
                out.push(format!("ALTER TABLE {table} DROP CONSTRAINT {short};"))
            }
            (Change::Added { attrs, .. }, "index") => out.push(format!(
                "{};",
                attrs.get("definition").cloned().unwrap_or_default()
            )),
            (Change::Removed { name, .. }, "index") => out.push(format!("DROP INDEX {name};")),
            _ => out.push(format!("-- {}", c.line())),
        }
    }
    out
}

fn alter_column(table: &str, column: &str, a: &AttrChange) -> String {
    let (before, after) = (
        a.before.as_deref().unwrap_or(""),
        a.after.as_deref().unwrap_or(""),
    );
    let head = format!("ALTER TABLE {table} ALTER COLUMN {column}");
    match a.attr.as_str() {
        "type" => format!("{head} TYPE {after};  -- was {before}"),
        "nullable" if after == "not null" => format!("{head} SET NOT NULL;"),
        "nullable" => format!("{head} DROP NOT NULL;"),
        "default" if after.is_empty() => format!("{head} DROP DEFAULT;  -- was {before}"),
        "default" => format!("{head} SET DEFAULT {after};"),
        other => format!("-- {table}.{column}: {other} {before} → {after}"),
    }
}

/// Leaf paths of a JSON value: `a.b[0].c` → its value.
fn leaves(v: &Value, path: String, out: &mut BTreeMap<String, String>) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, x) in m {
                leaves(
                    x,
                    if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    },
                    out,
                );
            }
        }
        Value::Array(a) if !a.is_empty() => {
            for (i, x) in a.iter().enumerate() {
                leaves(x, format!("{path}[{i}]"), out);
            }
        }
        other => {
            out.insert(path, other.to_string());
        }
    }
}

fn pretty(attr: &str, value: &str) -> Vec<String> {
    match serde_json::from_str::<Value>(value) {
        Ok(v @ (Value::Object(_) | Value::Array(_))) => {
            let text = serde_json::to_string_pretty(&v).unwrap_or_default();
            let mut lines: Vec<String> = text.lines().map(|l| format!("    {l}")).collect();
            if let Some(first) = lines.first_mut() {
                *first = format!("  {attr}: {}", first.trim_start());
            }
            lines
        }
        _ => vec![format!("  {attr}: {value}")],
    }
}

fn documents(changes: &[&Change]) -> Vec<String> {
    let mut out = Vec::new();
    for c in changes {
        match c {
            Change::Added {
                kind, name, attrs, ..
            } => {
                out.push(format!("+ {kind} {name}"));
                for (k, v) in attrs.iter().filter(|(_, v)| !v.is_empty()) {
                    out.extend(pretty(k, v).into_iter().map(|l| format!("+ {l}")));
                }
            }
            Change::Removed { kind, name, .. } => out.push(format!(
                "- {kind} {name}  # {DESTRUCTIVE}: drops what it holds"
            )),
            Change::Changed {
                kind, name, attrs, ..
            } => {
                out.push(format!("! {kind} {name}"));
                for a in attrs.iter() {
                    let parse = |s: &Option<String>| {
                        s.as_deref()
                            .and_then(|s| serde_json::from_str::<Value>(s).ok())
                            .filter(|v| v.is_object() || v.is_array())
                    };
                    match (parse(&a.before), parse(&a.after)) {
                        (Some(old), Some(new)) => {
                            let (mut was, mut now) = (BTreeMap::new(), BTreeMap::new());
                            leaves(&old, a.attr.clone(), &mut was);
                            leaves(&new, a.attr.clone(), &mut now);
                            let paths: BTreeSet<&String> = was.keys().chain(now.keys()).collect();
                            for p in paths {
                                match (was.get(p), now.get(p)) {
                                    (Some(o), Some(n)) if o == n => {}
                                    (Some(o), Some(n)) => {
                                        out.push(format!("-   {p}: {o}"));
                                        out.push(format!("+   {p}: {n}"));
                                    }
                                    (Some(o), None) => out.push(format!("-   {p}: {o}")),
                                    (None, Some(n)) => out.push(format!("+   {p}: {n}")),
                                    (None, None) => {}
                                }
                            }
                        }
                        _ => {
                            if let Some(o) = &a.before {
                                out.push(format!("-   {}: {o}", a.attr));
                            }
                            if let Some(n) = &a.after {
                                out.push(format!("+   {}: {n}", a.attr));
                            }
                        }
                    }
                }
            }
        }
    }
    out
}

/// Fold a line to at most `width` characters; continuations keep the
/// line's diff marker (if any) and are indented.
pub fn fold(line: &str, width: usize) -> Vec<String> {
    if line.chars().count() <= width {
        return vec![line.to_string()];
    }
    let marker: String = line
        .chars()
        .take_while(|c| matches!(c, '+' | '-' | '!'))
        .collect();
    let lead = format!(
        "{marker}{}",
        " ".repeat(6usize.saturating_sub(marker.len()))
    );
    let chars: Vec<char> = line.chars().collect();
    let mut out = vec![chars[..width].iter().collect::<String>()];
    let room = width - lead.chars().count();
    for chunk in chars[width..].chunks(room) {
        out.push(format!("{lead}{}", chunk.iter().collect::<String>()));
    }
    out
}

/// Remove the common leading whitespace of a statement's lines (the
/// guest's source indentation).
pub fn dedent(text: &str) -> String {
    let indent = text
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    text.lines()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                l.trim_start()
            } else {
                l.get(indent..).unwrap_or(l.trim_start())
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        .trim_end()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::{Snapshot, diff_on};

    #[test]
    fn tables_read_as_ddl_and_documents_as_changed_paths() {
        let mut before = Snapshot::default();
        before.insert("table", "public.users", [("kind", "table".into())]);
        before.insert(
            "column",
            "public.users.name",
            [
                ("type", "varchar(40)".into()),
                ("nullable", "null".into()),
                ("position", "1".into()),
            ],
        );
        before.insert(
            "column",
            "public.users.legacy",
            [("type", "text".into()), ("position", "2".into())],
        );
        let mut after = Snapshot::default();
        after.insert("table", "public.users", [("kind", "table".into())]);
        after.insert(
            "column",
            "public.users.name",
            [
                ("type", "text".into()),
                ("nullable", "not null".into()),
                ("position", "1".into()),
            ],
        );
        after.insert("table", "public.orders", [("kind", "table".into())]);
        after.insert(
            "column",
            "public.orders.id",
            [
                ("type", "bigint".into()),
                ("nullable", "not null".into()),
                ("identity", "always".into()),
                ("position", "1".into()),
            ],
        );
        after.insert(
            "column",
            "public.orders.total",
            [("type", "numeric(10,2)".into()), ("position", "2".into())],
        );
        after.insert(
            "constraint",
            "public.orders.orders_pkey",
            [("definition", "PRIMARY KEY (id)".into())],
        );
        let pg = sections(&diff_on(EngineKind::Postgres, &before, &after));
        assert_eq!(pg.len(), 1);
        let text = pg[0].lines.join("\n");
        assert_eq!(pg[0].lang, "sql");
        assert!(text.contains("CREATE TABLE public.orders (\n    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY,\n    total numeric(10,2),\n    CONSTRAINT orders_pkey PRIMARY KEY (id)\n);"), "{text}");
        assert!(
            text.contains(
                "ALTER TABLE public.users ALTER COLUMN name TYPE text;  -- was varchar(40)"
            ),
            "{text}"
        );
        assert!(
            text.contains("ALTER TABLE public.users ALTER COLUMN name SET NOT NULL;"),
            "{text}"
        );
        assert!(
            text.contains("ALTER TABLE public.users DROP COLUMN legacy;  -- destructive"),
            "{text}"
        );
        assert_eq!(pg[0].destructive, 1);

        let mut b = Snapshot::default();
        b.insert(
            "search index",
            "places_v1",
            [(
                "mappings",
                r#"{"properties":{"name":{"type":"text"},"id":{"type":"keyword"}}}"#.into(),
            )],
        );
        let mut a = Snapshot::default();
        a.insert(
            "search index",
            "places_v1",
            [(
                "mappings",
                r#"{"properties":{"name":{"type":"keyword"},"id":{"type":"keyword"}}}"#.into(),
            )],
        );
        let es = sections(&diff_on(EngineKind::Elasticsearch, &b, &a));
        assert_eq!(es[0].lang, "diff");
        assert_eq!(
            es[0].lines,
            [
                "! search index places_v1",
                "-   mappings.properties.name.type: \"text\"",
                "+   mappings.properties.name.type: \"keyword\""
            ]
        );
    }

    #[test]
    fn long_lines_fold_and_statements_dedent() {
        let long = format!("+ {}", "x".repeat(300));
        let folded = fold(&long, WIDTH);
        assert!(
            folded.len() == 3
                && folded.iter().all(|l| l.chars().count() <= WIDTH)
                && folded[1].starts_with('+'),
            "{folded:?}"
        );
        assert_eq!(folded.concat().matches('x').count(), 300, "nothing is lost");
        assert_eq!(
            dedent("CREATE TABLE t (\n            id int\n        )"),
            "CREATE TABLE t (\n    id int\n)"
        );
    }
}
