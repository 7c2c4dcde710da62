//! A check's query without parameters goes to PostgreSQL as a simple query,
//! together with the check's savepoint, and its values come back as text;
//! with a parameter it goes as an extended query and its values come back
//! as binary. Both must read the same values, for the types read from text
//! and for those read again as binary, even after `up` changed the
//! session settings that shape text output.
use tidegate_guest::{Check, Metadata, Migration, Result, pg};

struct TextValues;

/// Types whose text form no session setting changes.
const TEXT_SAFE: &str = r#"SELECT true AS t, false AS f, (-32768)::int2 AS i2min, 32767::int2 AS i2max,
    (-2147483648)::int4 AS i4min, 2147483647::int4 AS i4max,
    (-9223372036854775808)::int8 AS i8min, 9223372036854775807::int8 AS i8max, 4294967295::oid AS o,
    E'\u00fcn\u00ef ''q'' \\ "d"\n' AS txt, 'v'::varchar(3) AS vc, 'ab'::char(5) AS bp, 'pg_class'::name AS nm,
    'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS id, 1.50::numeric AS n1, (-0.0001)::numeric AS n2,
    12345678901234567890.123::numeric AS n3, 0::numeric AS n4,
    '{"b": [1, 2.5, null],  "a": "x"}'::json AS js, '{"b": [1, 2.5], "a": {}}'::jsonb AS jb,
    NULL::int4 AS null_int, NULL::text AS null_text"#;

/// Types whose text form depends on the session's settings: read again
/// as binary.
const SETTINGS_SHAPED: &str = r#"SELECT DATE '2026-12-03' AS d, TIMESTAMPTZ '2026-12-03 10:00:00.5+02' AS tz,
    TIMESTAMP '2026-12-03 10:00:00' AS ts, 1.1::float8 AS f8, 0.1::float4 AS f4, '\xdeadbeef'::bytea AS b,
    'wry'::text_values_mood AS e, true AS t"#;

/// The same query as an extended one: a parameter that changes nothing.
fn binary(query: &str) -> Result<pg::Rows> {
    pg::query(&format!("{query} WHERE $1::bool"), &[true.into()])
}

fn same(name: &str, query: &str) -> Result<Check> {
    let (text, binary) = (pg::query(query, &[])?, binary(query)?);
    let (t, b) = (
        format!("{:?} {:?}", text.columns, text.rows),
        format!("{:?} {:?}", binary.columns, binary.rows),
    );
    Ok(Check::new(
        name,
        t == b && text.len() == 1,
        format!("simple query read {t}; extended query read {b}"),
    ))
}

impl Migration for TextValues {
    fn metadata() -> Metadata {
        Metadata::new(
            "9017_text_values",
            9017,
            "reads values as text and as binary",
        )
    }

    fn up() -> Result<()> {
        pg::batch_execute(
            "CREATE TYPE text_values_mood AS ENUM ('calm', 'wry');
             SET LOCAL DateStyle = 'SQL, DMY';
             SET LOCAL TimeZone = 'America/New_York';
             SET LOCAL extra_float_digits = 0;
             SET LOCAL bytea_output = 'escape'",
        )
    }

    fn check() -> Result<Vec<Check>> {
        let sent: String = pg::query_scalar("SELECT current_query()", &[])?;
        Ok(vec![
            Check::new(
                "the check's query carried its savepoint",
                sent.contains("SAVEPOINT tidegate_check; SELECT current_query()"),
                sent,
            ),
            same("text-safe types read the same as text", TEXT_SAFE)?,
            same("other types are read as binary", SETTINGS_SHAPED)?,
        ])
    }
}

tidegate_guest::export!(TextValues);
