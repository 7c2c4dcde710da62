//! PostgreSQL calls.
//!
//! Statements run on the host's session. In a transactional migration they
//! share one transaction with the history row; the host owns `BEGIN`,
//! `COMMIT` and `ROLLBACK` and refuses them here. Every statement is
//! captured by the host and shown in `tidegate plan`.

use crate::bindings::tidegate::migration::postgres as wit;
use crate::{Error, Result};

/// A typed parameter or result value.
pub use wit::Value;

/// Run one statement with `$1`, `$2`, ... parameters; returns the number of
/// rows affected.
pub fn execute(statement: &str, params: &[Value]) -> Result<u64> {
    Ok(wit::execute(statement, params)?)
}

/// Run a script of `;`-separated statements without parameters. Suited to
/// DDL.
pub fn batch_execute(script: &str) -> Result<()> {
    Ok(wit::batch_execute(script)?)
}

/// Run one statement that returns rows.
pub fn query(statement: &str, params: &[Value]) -> Result<Rows> {
    let set = wit::query(statement, params)?;
    let columns = set.columns.into_iter().map(|c| c.name).collect();
    Ok(Rows {
        columns,
        rows: set.rows,
    })
}

/// Run a query and return the first column of its first row.
pub fn query_scalar<T: FromValue>(statement: &str, params: &[Value]) -> Result<T> {
    let rows = query(statement, params)?;
    match rows
        .rows
        .into_iter()
        .next()
        .and_then(|r| r.into_iter().next())
    {
        Some(v) => T::from_value(v),
        None => Err(Error::other(format!("query returned no rows: {statement}"))),
    }
}

/// Run `statement` repeatedly until it affects no rows; returns the total.
///
/// `statement` must process one bounded batch per call, for example
/// `UPDATE t SET c = ... WHERE id IN (SELECT id FROM t WHERE c IS NULL LIMIT 1000)`.
/// Progress is logged after every batch.
pub fn backfill(statement: &str, params: &[Value]) -> Result<u64> {
    let mut total = 0;
    loop {
        let n = execute(statement, params)?;
        if n == 0 {
            return Ok(total);
        }
        total += n;
        crate::log::debug(&format!("backfill: {total} rows so far"));
    }
}

/// Whether a table (or view) exists, optionally schema-qualified.
pub fn table_exists(name: &str) -> Result<bool> {
    query_scalar("SELECT to_regclass($1) IS NOT NULL", &[name.into()])
}

/// Whether an index exists, optionally schema-qualified.
pub fn index_exists(name: &str) -> Result<bool> {
    query_scalar(
        "SELECT EXISTS (SELECT 1 FROM pg_class WHERE oid = to_regclass($1) AND relkind = 'i')",
        &[name.into()],
    )
}

/// The rows of a query, with column names.
#[derive(Debug, Clone)]
pub struct Rows {
    /// Column names, in order.
    pub columns: Vec<String>,
    /// Row values, in column order.
    pub rows: Vec<Vec<Value>>,
}

impl Rows {
    /// Number of rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The value of `column` in row `row`, converted to `T`.
    pub fn get<T: FromValue>(&self, row: usize, column: &str) -> Result<T> {
        let idx = self
            .columns
            .iter()
            .position(|c| c == column)
            .ok_or_else(|| Error::other(format!("no column named {column}")))?;
        let value = self
            .rows
            .get(row)
            .and_then(|r| r.get(idx))
            .ok_or_else(|| Error::other(format!("no row {row}")))?;
        T::from_value(value.clone())
    }
}

/// Conversion from a result [`Value`].
pub trait FromValue: Sized {
    /// Convert, or explain why the value does not fit.
    fn from_value(value: Value) -> Result<Self>;
}

fn mismatch<T>(want: &str, got: &Value) -> Result<T> {
    Err(Error::other(format!("expected {want}, got {got:?}")))
}

impl FromValue for Value {
    fn from_value(value: Value) -> Result<Self> {
        Ok(value)
    }
}

impl FromValue for bool {
    fn from_value(value: Value) -> Result<Self> {
        match value {
            Value::Boolean(b) => Ok(b),
            other => mismatch("boolean", &other),
        }
    }
}

impl FromValue for i64 {
    fn from_value(value: Value) -> Result<Self> {
        match value {
            Value::Int16(v) => Ok(v.into()),
            Value::Int32(v) => Ok(v.into()),
            Value::Int64(v) => Ok(v),
            other => mismatch("integer", &other),
        }
    }
}

impl FromValue for f64 {
    fn from_value(value: Value) -> Result<Self> {
        match value {
            Value::Float32(v) => Ok(v.into()),
            Value::Float64(v) => Ok(v),
            other => mismatch("float", &other),
        }
    }
}

impl FromValue for String {
    fn from_value(value: Value) -> Result<Self> {
        match value {
            Value::Text(s)
            | Value::Json(s)
            | Value::Uuid(s)
            | Value::Numeric(s)
            | Value::Date(s)
            | Value::Timestamp(s)
            | Value::Timestamptz(s) => Ok(s),
            other => mismatch("text", &other),
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(value: Value) -> Result<Self> {
        match value {
            Value::Null => Ok(None),
            other => T::from_value(other).map(Some),
        }
    }
}

macro_rules! into_value {
    ($($t:ty => $variant:ident),* $(,)?) => {
        $(impl From<$t> for Value {
            fn from(v: $t) -> Self {
                Value::$variant(v.into())
            }
        })*
    };
}

into_value! {
    bool => Boolean,
    i16 => Int16,
    i32 => Int32,
    i64 => Int64,
    f32 => Float32,
    f64 => Float64,
    String => Text,
    &str => Text,
    Vec<u8> => Bytea,
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Self {
        v.map_or(Value::Null, Into::into)
    }
}
