//! A schema snapshot from the PostgreSQL catalogs: schemas, tables,
//! columns, constraints, indexes, sequences, views, functions, enum types
//! and extensions. Tidegate's own history tables are left out.

use sqlx::PgConnection;

use tidegate_core::diff::Snapshot;

use crate::PgError;

const USER_SCHEMA: &str =
    "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'";

async fn rows(
    conn: &mut PgConnection,
    what: &str,
    sql: String,
    exclude: &[String],
) -> Result<Vec<Vec<Option<String>>>, PgError> {
    use sqlx::Row;
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(exclude)
        .fetch_all(conn)
        .await
        .map_err(|e| PgError::query(format!("snapshotting {what}"), e))?;
    rows.iter()
        .map(|r| {
            (0..r.len())
                .map(|i| r.try_get::<Option<String>, _>(i))
                .collect::<Result<Vec<_>, _>>()
        })
        .collect::<Result<_, _>>()
        .map_err(|e| PgError::query(format!("snapshotting {what}"), e))
}

fn s(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

/// Take a snapshot, leaving out the tables named in `exclude` (and their
/// indexes, constraints and sequences).
pub async fn snapshot(conn: &mut PgConnection, exclude: &[String]) -> Result<Snapshot, PgError> {
    let mut snap = Snapshot::default();

    for r in rows(
        conn,
        "schemas",
        format!(
            "SELECT n.nspname FROM pg_namespace n WHERE {USER_SCHEMA} AND $1::text[] IS NOT NULL"
        ),
        exclude,
    )
    .await?
    {
        snap.insert("schema", s(&r[0]), []);
    }
    for r in rows(
        conn,
        "extensions",
        "SELECT extname, extversion FROM pg_extension WHERE $1::text[] IS NOT NULL".into(),
        exclude,
    )
    .await?
    {
        snap.insert("extension", s(&r[0]), [("version", s(&r[1]))]);
    }

    let tables = format!(
        "SELECT n.nspname, c.relname,
                CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table' WHEN 'f' THEN 'foreign table' END,
                CASE c.relpersistence WHEN 'u' THEN 'unlogged' ELSE '' END
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'p', 'f') AND {USER_SCHEMA} AND c.relname <> ALL($1)"
    );
    for r in rows(conn, "tables", tables, exclude).await? {
        snap.insert(
            "table",
            format!("{}.{}", s(&r[0]), s(&r[1])),
            [("kind", s(&r[2])), ("persistence", s(&r[3]))],
        );
    }

    let columns = format!(
        "SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                CASE WHEN a.attnotnull THEN 'not null' ELSE 'null' END,
                pg_get_expr(d.adbin, d.adrelid),
                CASE a.attidentity WHEN 'a' THEN 'always' WHEN 'd' THEN 'by default' ELSE '' END,
                CASE a.attgenerated WHEN 's' THEN 'stored' ELSE '' END,
                (row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum))::text,
                COALESCE(co.collname, '')
         FROM pg_attribute a
         JOIN pg_class c ON c.oid = a.attrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
         LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 100
         WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f', 'v', 'm')
           AND {USER_SCHEMA} AND c.relname <> ALL($1)"
    );
    for r in rows(conn, "columns", columns, exclude).await? {
        snap.insert(
            "column",
            format!("{}.{}.{}", s(&r[0]), s(&r[1]), s(&r[2])),
            [
                ("type", s(&r[3])),
                ("nullable", s(&r[4])),
                ("default", s(&r[5])),
                ("identity", s(&r[6])),
                ("generated", s(&r[7])),
                ("position", s(&r[8])),
                ("collation", s(&r[9])),
            ],
        );
    }

    let constraints = format!(
        "SELECT n.nspname, c.relname, con.conname, pg_get_constraintdef(con.oid),
                CASE WHEN con.convalidated THEN '' ELSE 'not valid' END
         FROM pg_constraint con
         JOIN pg_class c ON c.oid = con.conrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE {USER_SCHEMA} AND c.relname <> ALL($1)"
    );
    for r in rows(conn, "constraints", constraints, exclude).await? {
        snap.insert(
            "constraint",
            format!("{}.{}.{}", s(&r[0]), s(&r[1]), s(&r[2])),
            [("definition", s(&r[3])), ("validated", s(&r[4]))],
        );
    }

    let indexes = format!(
        "SELECT n.nspname, i.relname, pg_get_indexdef(i.oid), CASE WHEN ix.indisvalid THEN '' ELSE 'invalid' END
         FROM pg_index ix
         JOIN pg_class i ON i.oid = ix.indexrelid
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace n ON n.oid = i.relnamespace
         WHERE {USER_SCHEMA} AND t.relname <> ALL($1)"
    );
    for r in rows(conn, "indexes", indexes, exclude).await? {
        snap.insert(
            "index",
            format!("{}.{}", s(&r[0]), s(&r[1])),
            [("definition", s(&r[2])), ("state", s(&r[3]))],
        );
    }

    let sequences = format!(
        "SELECT n.nspname, c.relname, format_type(sq.seqtypid, NULL), sq.seqstart::text, sq.seqincrement::text,
                sq.seqmin::text, sq.seqmax::text, CASE WHEN sq.seqcycle THEN 'cycle' ELSE '' END,
                COALESCE(ot.relname, '')
         FROM pg_sequence sq
         JOIN pg_class c ON c.oid = sq.seqrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_depend dep ON dep.objid = c.oid AND dep.classid = 'pg_class'::regclass AND dep.deptype IN ('a', 'i')
         LEFT JOIN pg_class ot ON ot.oid = dep.refobjid
         WHERE {USER_SCHEMA} AND COALESCE(ot.relname, '') <> ALL($1)"
    );
    for r in rows(conn, "sequences", sequences, exclude).await? {
        snap.insert(
            "sequence",
            format!("{}.{}", s(&r[0]), s(&r[1])),
            [
                ("type", s(&r[2])),
                ("start", s(&r[3])),
                ("increment", s(&r[4])),
                ("min", s(&r[5])),
                ("max", s(&r[6])),
                ("cycle", s(&r[7])),
                ("owned_by", s(&r[8])),
            ],
        );
    }

    let views = format!(
        "SELECT n.nspname, c.relname, CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized view' END,
                pg_get_viewdef(c.oid, true)
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('v', 'm') AND {USER_SCHEMA} AND c.relname <> ALL($1)"
    );
    for r in rows(conn, "views", views, exclude).await? {
        snap.insert(
            &s(&r[2]),
            format!("{}.{}", s(&r[0]), s(&r[1])),
            [("definition", s(&r[3]).trim().to_string())],
        );
    }

    let functions = format!(
        "SELECT n.nspname, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
                pg_get_function_result(p.oid), md5(pg_get_functiondef(p.oid)),
                CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
         WHERE p.prokind IN ('f', 'p') AND {USER_SCHEMA}
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
           AND $1::text[] IS NOT NULL"
    );
    for r in rows(conn, "functions", functions, exclude).await? {
        snap.insert(
            &s(&r[4]),
            format!("{}.{}", s(&r[0]), s(&r[1])),
            [("returns", s(&r[2])), ("body_md5", s(&r[3]))],
        );
    }

    let enums = format!(
        "SELECT n.nspname, t.typname, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
         WHERE {USER_SCHEMA} AND $1::text[] IS NOT NULL
         GROUP BY n.nspname, t.typname"
    );
    for r in rows(conn, "enum types", enums, exclude).await? {
        snap.insert(
            "enum",
            format!("{}.{}", s(&r[0]), s(&r[1])),
            [("labels", s(&r[2]))],
        );
    }

    Ok(snap)
}
