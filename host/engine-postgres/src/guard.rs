//! What keeps a migration inside its transaction on PostgreSQL.
//!
//! - The **role** the migrations run as ([`RoleFacts`]): a superuser, or a
//!   member of `pg_execute_server_program`, `pg_read_server_files`,
//!   `pg_write_server_files` or `pg_signal_backend`, can act outside any
//!   transaction, so a dry run of an unreviewed pull request could do
//!   anything. Such a role is refused unless `allow_privileged_role` says
//!   the database is a throwaway one. This is the real guard.
//! - **Statements whose effects escape a rollback** ([`escape`]), read
//!   from the text wherever they appear (a `DO` block, a function body, a
//!   dynamic `EXECUTE` string): refused with a message that says why. It
//!   is the message users see first; text can be disguised, the role
//!   cannot.
//! - What each statement **touched** ([`Observer`]): the transaction's own
//!   locks (`pg_locks` for its backend), its catalog rows and its table
//!   statistics name every relation it used, however the SQL was written
//!   (dynamic SQL, functions, triggers, foreign-key checks). A relation
//!   outside the module's declaration is an error; the strongest lock,
//!   whether the relation was rewritten, and its size feed the report and
//!   the lock rules.

use std::collections::{BTreeSet, HashMap};

use sqlx::{PgConnection, Row};
use tidegate_core::capabilities::{Capabilities, Kind};
use tidegate_core::journal::Touch;

use crate::PgError;

/// Roles whose members act outside the transaction.
pub const PRIVILEGED_ROLES: [&str; 4] = [
    "pg_execute_server_program",
    "pg_read_server_files",
    "pg_write_server_files",
    "pg_signal_backend",
];

/// Why a statement's effect escapes a rolled-back transaction, when it
/// does; read from its text, string literals and bodies included.
pub fn escape(sql: &str) -> Option<String> {
    let t = tokens(sql);
    let at = |i: usize| t.get(i).map(String::as_str).unwrap_or_default();
    for i in 0..t.len() {
        let (w, next) = (at(i), at(i + 1));
        let call = next == "(";
        let starts = boundary(i.checked_sub(1).map(at));
        let found = match w {
            "COPY" => copy_target(&t[i + 1..]).map(|program| {
                if program {
                    "`COPY … PROGRAM` runs a program on the database server".to_string()
                } else {
                    "`COPY` to or from a file reads or writes the database server's files"
                        .to_string()
                }
            }),
            "ALTER" if next == "SYSTEM" => {
                Some("`ALTER SYSTEM` changes the server's configuration file".to_string())
            }
            "NOTIFY" if starts => Some(
                "`NOTIFY` wakes other applications' listeners when the migration commits, an effect no dry run shows"
                    .to_string(),
            ),
            "DISCARD" if starts => {
                Some("`DISCARD` resets the role and the session the host owns".to_string())
            }
            // `UPDATE t SET role = …` sets a column; anything else (a
            // statement, a function's `SET role = …`) sets the role.
            "SET" | "RESET" if !(1..=4).any(|k| i >= k && at(i - k) == "UPDATE") => {
                let k = if matches!(next, "SESSION" | "LOCAL") {
                    at(i + 2)
                } else {
                    next
                };
                matches!(k, "ROLE" | "AUTHORIZATION").then(|| {
                    format!(
                        "`{w} {}` changes the role the migration runs as, which the host owns",
                        if k == "AUTHORIZATION" {
                            "SESSION AUTHORIZATION"
                        } else {
                            "ROLE"
                        }
                    )
                })
            }
            "SET_CONFIG"
                if call
                    && (2..6).any(|k| matches!(at(i + k), "ROLE" | "SESSION_AUTHORIZATION")) =>
            {
                Some("`set_config('role', …)` changes the role the migration runs as".to_string())
            }
            _ if call => escaping_function(w).map(|why| format!("`{}()` {why}", w.to_lowercase())),
            _ => None,
        };
        if let Some(why) = found {
            return Some(format!(
                "{why}, outside the migration's transaction: a dry run cannot undo it, and no review would see it happen; do this outside Tidegate, by hand, with a role made for it"
            ));
        }
    }
    None
}

/// Functions whose effect outlives a rollback, with what they do.
fn escaping_function(name: &str) -> Option<&'static str> {
    Some(match name {
        "PG_TERMINATE_BACKEND" | "PG_CANCEL_BACKEND" => "ends or cancels other sessions",
        "DBLINK" | "DBLINK_EXEC" | "DBLINK_CONNECT" | "DBLINK_CONNECT_U" | "DBLINK_SEND_QUERY"
        | "DBLINK_OPEN" => "runs statements over another connection, in its own transaction",
        "LO_IMPORT" | "LO_EXPORT" => "reads or writes the database server's files",
        "PG_READ_FILE" | "PG_READ_BINARY_FILE" | "PG_LS_DIR" | "PG_STAT_FILE" => {
            "reads the database server's files"
        }
        "PG_FILE_WRITE" | "PG_FILE_RENAME" | "PG_FILE_UNLINK" | "PG_FILE_SYNC" => {
            "writes the database server's files"
        }
        "PG_RELOAD_CONF"
        | "PG_ROTATE_LOGFILE"
        | "PG_SWITCH_WAL"
        | "PG_CREATE_RESTORE_POINT"
        | "PG_PROMOTE"
        | "PG_LOG_BACKEND_MEMORY_CONTEXTS" => "acts on the server itself",
        "PG_NOTIFY" => "wakes other applications' listeners when the migration commits",
        "SETVAL" => {
            "moves a sequence, which no rollback undoes (use ALTER SEQUENCE … RESTART WITH, which is transactional)"
        }
        "PG_ADVISORY_LOCK"
        | "PG_ADVISORY_LOCK_SHARED"
        | "PG_TRY_ADVISORY_LOCK"
        | "PG_TRY_ADVISORY_LOCK_SHARED"
        | "PG_ADVISORY_UNLOCK"
        | "PG_ADVISORY_UNLOCK_SHARED"
        | "PG_ADVISORY_UNLOCK_ALL" => {
            "takes or releases a session-level lock (use pg_advisory_xact_lock)"
        }
        "PG_CREATE_LOGICAL_REPLICATION_SLOT"
        | "PG_CREATE_PHYSICAL_REPLICATION_SLOT"
        | "PG_DROP_REPLICATION_SLOT" => "changes replication slots",
        _ => return None,
    })
}

/// What a `COPY`'s tokens (after the keyword, up to the statement's end)
/// read or write outside the client: `Some(true)` a program (`TO` or
/// `FROM PROGRAM`), `Some(false)` a server file (`TO` or `FROM` a string:
/// `'…'`, `E'…'`, `U&'…'`, `$$…$$`), `None` the client (`STDIN`,
/// `STDOUT`).
fn copy_target(rest: &[String]) -> Option<bool> {
    let mut depth = 0i32;
    for (i, t) in rest.iter().enumerate() {
        match t.as_str() {
            "(" => depth += 1,
            ")" => depth -= 1,
            ";" if depth <= 0 => return None,
            "TO" | "FROM" if depth <= 0 => {
                let next = |k: usize| rest.get(i + k).map(String::as_str).unwrap_or_default();
                return match next(1) {
                    "PROGRAM" => Some(true),
                    "'" | "$" => Some(false),
                    "E" if next(2) == "'" => Some(false),
                    "U" if next(2) == "&" => Some(false),
                    _ => None,
                };
            }
            _ => {}
        }
    }
    None
}

/// Whether the token before a keyword ends a statement or opens a body,
/// so that the keyword starts a statement.
fn boundary(before: Option<&str>) -> bool {
    matches!(
        before,
        None | Some(
            ";" | "'" | "$" | "BEGIN" | "THEN" | "ELSE" | "LOOP" | "DO" | "ALSO" | "INSTEAD"
        )
    )
}

/// Upper-case words and single punctuation, comments dropped; string and
/// dollar-quoted bodies are read as text too, so a statement inside an
/// `EXECUTE '…'` or a function body is seen.
fn tokens(sql: &str) -> Vec<String> {
    let b = sql.as_bytes();
    let mut out = Vec::new();
    let mut word = String::new();
    let mut i = 0;
    let flush = |word: &mut String, out: &mut Vec<String>| {
        if !word.is_empty() {
            out.push(std::mem::take(word).to_ascii_uppercase());
        }
    };
    while i < b.len() {
        if b[i..].starts_with(b"--") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            flush(&mut word, &mut out);
            continue;
        }
        if b[i..].starts_with(b"/*") {
            i = b[i + 2..]
                .windows(2)
                .position(|w| w == b"*/")
                .map_or(b.len(), |p| i + 2 + p + 2);
            flush(&mut word, &mut out);
            continue;
        }
        let ch = sql[i..].chars().next().expect("in bounds");
        if ch.is_alphanumeric() || ch == '_' {
            word.push(ch);
        } else if ch == '"' {
            // A quoted identifier is the same name: `"pg_terminate_backend"(…)`.
        } else {
            flush(&mut word, &mut out);
            if !ch.is_whitespace() {
                out.push(ch.to_string());
            }
        }
        i += ch.len_utf8();
    }
    flush(&mut word, &mut out);
    out
}

/// What the role the migrations run as, and the role Tidegate connects
/// as, may do.
#[derive(Debug, Clone)]
pub struct RoleFacts {
    /// The role migrations run as.
    pub role: String,
    /// The role Tidegate connected as (`session_user`); a module can
    /// always `RESET ROLE` back to it, so it must be as confined.
    pub connecting: String,
    /// What lets the migration role act outside a transaction: `superuser`,
    /// `REPLICATION`, `CREATEROLE` (before PostgreSQL 16 it can grant
    /// itself the roles below), and the [`PRIVILEGED_ROLES`] it is a member
    /// of.
    pub privileges: Vec<String>,
    /// The same for the connecting role.
    pub connecting_privileges: Vec<String>,
}

impl RoleFacts {
    /// The facts of `role` (`None`: the connecting role).
    pub async fn read(conn: &mut PgConnection, role: Option<&str>) -> Result<Self, PgError> {
        let row = sqlx::query(
            "WITH facts AS (
               SELECT x.oid, x.rolname,
                      array_remove(ARRAY[
                          CASE WHEN x.rolsuper THEN 'superuser' END,
                          CASE WHEN x.rolreplication THEN 'REPLICATION' END,
                          CASE WHEN x.rolcreaterole
                                AND pg_catalog.current_setting('server_version_num')::int < 160000
                               THEN 'CREATEROLE' END]::text[], NULL)
                      || ARRAY(SELECT g.rolname::text FROM pg_catalog.pg_roles g
                                WHERE g.rolname = ANY($2)
                                  AND pg_catalog.pg_has_role(x.oid, g.oid, 'MEMBER')
                                ORDER BY 1) AS privileges
                 FROM pg_catalog.pg_roles x)
             SELECT r.rolname::text, s.rolname::text, r.privileges, s.privileges,
                    pg_catalog.pg_has_role(s.oid, r.oid, 'MEMBER')
               FROM facts r, facts s
              WHERE r.rolname = coalesce($1, current_user) AND s.rolname = session_user",
        )
        .bind(role)
        .bind(PRIVILEGED_ROLES.as_slice())
        .fetch_optional(&mut *conn)
        .await
        .map_err(|e| PgError::query("reading the migration role's privileges", e))?;
        let Some(row) = row else {
            return Err(PgError::Role(format!(
                "postgres.migration_role `{}` does not exist; create it (see the README's \"A least-privilege role\") or remove the setting",
                role.unwrap_or_default()
            )));
        };
        let facts = RoleFacts {
            role: row.get(0),
            connecting: row.get(1),
            privileges: row.get(2),
            connecting_privileges: row.get(3),
        };
        if role.is_some() && !row.get::<bool, _>(4) {
            return Err(PgError::Role(format!(
                "tidegate connects as `{}`, which cannot SET ROLE to postgres.migration_role `{}`; run `GRANT {} TO {}`",
                facts.connecting, facts.role, facts.role, facts.connecting
            )));
        }
        Ok(facts)
    }

    fn words(privileges: &[String]) -> Option<String> {
        if privileges.iter().any(|p| p == "superuser") {
            return Some("a superuser".into());
        }
        (!privileges.is_empty()).then(|| format!("with {}", privileges.join(", ")))
    }

    /// What makes a role involved able to act outside a transaction, if
    /// anything: the migration role's, else the connecting role's (which a
    /// module reaches with `RESET ROLE`).
    pub fn privileges(&self) -> Option<String> {
        if let Some(p) = Self::words(&self.privileges) {
            return Some(format!("`{}`, {p}", self.role));
        }
        Self::words(&self.connecting_privileges).map(|p| {
            format!(
                "`{}` under SET ROLE, but connected as `{}`, {p}, which a module can return to with RESET ROLE",
                self.role, self.connecting
            )
        })
    }

    /// One line for `health` and the report.
    pub fn describe(&self, allowed: bool) -> String {
        let who = if self.role == self.connecting {
            format!("migrations run as `{}`", self.role)
        } else {
            format!(
                "migrations run as `{}` (SET ROLE; tidegate connects as `{}`)",
                self.role, self.connecting
            )
        };
        // What makes it privileged, without naming the role again.
        let what = Self::words(&self.privileges).or_else(|| {
            Self::words(&self.connecting_privileges).map(|p| {
                format!(
                    "connected as `{}`, {p}, which a module can return to with RESET ROLE",
                    self.connecting
                )
            })
        });
        match what {
            None => format!("{who}, which cannot act outside its transaction"),
            Some(p) if allowed => format!(
                "{who}: {p}; allowed by postgres.allow_privileged_role: use this only on a throwaway database"
            ),
            Some(p) => format!("{who}: {p}; plan and apply refuse it"),
        }
    }

    /// The refusal of a privileged role.
    pub fn refusal(&self) -> Option<PgError> {
        let p = self.privileges()?;
        Some(PgError::Role(format!(
            "the migrations would run as {p}, which can act outside the transaction (run programs and read or write files on the server, end other sessions), so neither a dry run nor a review contains what a module does; connect as a least-privilege role (see the README's \"A least-privilege role\"), or, on a throwaway database such as a CI service container, set postgres.allow_privileged_role = true"
        )))
    }
}

/// One relation, as the catalog describes it.
#[derive(Debug, Clone)]
struct Rel {
    name: String,
    kind: &'static str,
    owner: Option<u32>,
    filenode: u32,
    rows: Option<u64>,
    bytes: u64,
}

/// What the last look saw of one locked relation.
#[derive(Debug, Clone, PartialEq)]
struct Seen {
    modes: BTreeSet<u8>,
    present: bool,
    filenode: u32,
    print: String,
    uses: i64,
}

/// Facts of every relation, by oid: `{WHERE}` narrows them.
const RELATIONS: &str = "SELECT c.oid::int8, n.nspname::text, c.relname::text, c.relkind::text,
       (CASE WHEN c.relkind IN ('i', 'I') THEN (SELECT x.indrelid FROM pg_catalog.pg_index x WHERE x.indexrelid = c.oid)
             WHEN c.relkind = 't' THEN (SELECT o.oid FROM pg_catalog.pg_class o WHERE o.reltoastrelid = c.oid)
             WHEN c.relispartition THEN (SELECT i.inhparent FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid LIMIT 1)
             WHEN c.relkind = 'S' THEN (SELECT d.refobjid FROM pg_catalog.pg_depend d
                                         WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid
                                           AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype IN ('a', 'i')
                                         LIMIT 1)
        END)::int8,
       c.relfilenode::int8, c.reltuples::float8, c.relpages::int8 * pg_catalog.current_setting('block_size')::int8
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE c.oid >= 16384 AND n.nspname NOT IN ('pg_catalog', 'information_schema')";

/// Every relation this backend holds a lock on in this database, with a
/// print of its catalog rows (which changes when DDL touches it) and its
/// use counters in this transaction (which change when a statement reads
/// or writes it).
const LOCKED: &str = "WITH l AS (
  SELECT relation AS oid, pg_catalog.array_agg(DISTINCT mode) AS modes FROM pg_catalog.pg_locks
   WHERE pid = pg_catalog.pg_backend_pid() AND locktype = 'relation' AND granted AND relation >= 16384
     AND database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())
   GROUP BY relation
  UNION ALL
  -- Read or written inside a subtransaction that was rolled back (a
  -- PL/pgSQL EXCEPTION block): its locks went with it, its counts stay.
  SELECT x.relid, '{}'::text[] FROM pg_catalog.pg_stat_xact_all_tables x
   WHERE x.relid >= 16384
     AND x.seq_scan + coalesce(x.idx_scan, 0) + x.n_tup_ins + x.n_tup_upd + x.n_tup_del > 0
     AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_locks k
                      WHERE k.pid = pg_catalog.pg_backend_pid() AND k.locktype = 'relation'
                        AND k.granted AND k.relation = x.relid))
SELECT l.oid::int8, l.modes::text[], c.oid IS NOT NULL, coalesce(c.relfilenode, 0)::int8,
       coalesce(pg_catalog.md5(pg_catalog.concat_ws('|', c.xmin::text || ':' || c.cmin::text,
         (SELECT pg_catalog.string_agg(a.xmin::text || ':' || a.cmin::text, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid),
         (SELECT pg_catalog.string_agg(k.xmin::text || ':' || k.cmin::text, ',' ORDER BY k.oid) FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid),
         (SELECT pg_catalog.string_agg(d.xmin::text || ':' || d.cmin::text, ',' ORDER BY d.oid) FROM pg_catalog.pg_attrdef d WHERE d.adrelid = c.oid),
         (SELECT pg_catalog.string_agg(t.xmin::text || ':' || t.cmin::text, ',' ORDER BY t.oid) FROM pg_catalog.pg_trigger t WHERE t.tgrelid = c.oid),
         (SELECT pg_catalog.string_agg(i.xmin::text || ':' || i.cmin::text, ',' ORDER BY i.indexrelid) FROM pg_catalog.pg_index i WHERE i.indrelid = c.oid),
         (SELECT pg_catalog.string_agg(r.xmin::text || ':' || r.cmin::text, ',' ORDER BY r.oid) FROM pg_catalog.pg_rewrite r WHERE r.ev_class = c.oid))), ''),
       coalesce(s.seq_scan + coalesce(s.idx_scan, 0) + s.n_tup_ins + s.n_tup_upd + s.n_tup_del, 0)::int8,
       current_user::text
  FROM l LEFT JOIN pg_catalog.pg_class c ON c.oid = l.oid
  LEFT JOIN pg_catalog.pg_stat_xact_all_tables s ON s.relid = l.oid";

/// Lock modes, weakest first.
const MODES: [(&str, &str); 8] = [
    ("AccessShareLock", "ACCESS SHARE"),
    ("RowShareLock", "ROW SHARE"),
    ("RowExclusiveLock", "ROW EXCLUSIVE"),
    ("ShareUpdateExclusiveLock", "SHARE UPDATE EXCLUSIVE"),
    ("ShareLock", "SHARE"),
    ("ShareRowExclusiveLock", "SHARE ROW EXCLUSIVE"),
    ("ExclusiveLock", "EXCLUSIVE"),
    ("AccessExclusiveLock", "ACCESS EXCLUSIVE"),
];

fn mode_rank(mode: &str) -> Option<u8> {
    MODES.iter().position(|(m, _)| *m == mode).map(|p| p as u8)
}

fn kind_name(relkind: &str) -> &'static str {
    match relkind {
        "r" => "table",
        "p" => "partitioned table",
        "i" | "I" => "index",
        "S" => "sequence",
        "t" => "TOAST table",
        "v" => "view",
        "m" => "materialized view",
        "f" => "foreign table",
        "c" => "composite type",
        _ => "relation",
    }
}

/// Run one of the observer's catalog queries with `search_path` pinned to
/// `pg_catalog, pg_temp`, so that nothing a migration made (a temporary
/// `pg_locks` view, an operator in a schema it put first) stands in for
/// the catalog; the migration's own setting is put back after.
async fn pinned(
    conn: &mut PgConnection,
    sql: &'static str,
    doing: &str,
) -> Result<Vec<sqlx::postgres::PgRow>, PgError> {
    let err = |e| PgError::query(doing, e);
    let old: String = sqlx::query_scalar("SELECT pg_catalog.current_setting('search_path')")
        .fetch_one(&mut *conn)
        .await
        .map_err(err)?;
    sqlx::query("SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true)")
        .execute(&mut *conn)
        .await
        .map_err(err)?;
    let rows = sqlx::query(sql).fetch_all(&mut *conn).await.map_err(err);
    sqlx::query("SELECT pg_catalog.set_config('search_path', $1, true)")
        .bind(old)
        .execute(&mut *conn)
        .await
        .map_err(err)?;
    rows
}

async fn relations(conn: &mut PgConnection) -> Result<HashMap<u32, Rel>, PgError> {
    let rows = pinned(
        conn,
        RELATIONS,
        "reading the relations before the migration",
    )
    .await?;
    Ok(rows
        .iter()
        .map(|r| {
            let tuples: f64 = r.get(6);
            (
                r.get::<i64, _>(0) as u32,
                Rel {
                    name: format!("{}.{}", r.get::<String, _>(1), r.get::<String, _>(2)),
                    kind: kind_name(r.get::<String, _>(3).as_str()),
                    owner: r.get::<Option<i64>, _>(4).map(|o| o as u32),
                    filenode: r.get::<i64, _>(5) as u32,
                    rows: (tuples >= 0.0).then_some(tuples as u64),
                    bytes: r.get::<i64, _>(7).max(0) as u64,
                },
            )
        })
        .collect())
}

/// What one look at the locks found: per locked relation, and the role
/// the session runs as.
async fn look(conn: &mut PgConnection) -> Result<(HashMap<u32, Seen>, String), PgError> {
    let rows = pinned(conn, LOCKED, "reading what the statement locked").await?;
    let mut user = String::new();
    let seen = rows
        .iter()
        .map(|r| {
            user = r.get(6);
            let modes: Vec<String> = r.get(1);
            (
                r.get::<i64, _>(0) as u32,
                Seen {
                    modes: modes.iter().filter_map(|m| mode_rank(m)).collect(),
                    present: r.get(2),
                    filenode: r.get::<i64, _>(3) as u32,
                    print: r.get(4),
                    uses: r.get(5),
                },
            )
        })
        .collect();
    if user.is_empty() {
        user = sqlx::query_scalar("SELECT pg_catalog.\"current_user\"()::text")
            .fetch_one(conn)
            .await
            .map_err(|e| PgError::query("reading the current role", e))?;
    }
    Ok((seen, user))
}

/// Whether a relation that existed was given new storage: its file
/// changed since `was` (partitioned tables and views have none).
fn rewritten(kind: &str, created: bool, now: &Seen, was: u32) -> bool {
    // A sequence's restart and an index's rebuild give it a new file too:
    // neither is a table rewrite.
    matches!(kind, "table" | "materialized view" | "TOAST table")
        && !created
        && now.present
        && now.filenode != 0
        && was != 0
        && now.filenode != was
}

/// How many rows [`Observer::observe`] counts at most.
pub const PROBE_ROWS: i64 = 10_000;

/// The rows of `table` (`schema.name`), up to [`PROBE_ROWS`], in a
/// savepoint rolled back at once, so that the count's own lock goes with
/// it; `None` when the count fails (no privilege to read it).
async fn count_rows(conn: &mut PgConnection, table: &str) -> Result<Option<u64>, PgError> {
    let quoted = table
        .split('.')
        .map(|p| format!("\"{}\"", p.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(".");
    let count = sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "SAVEPOINT tidegate_count; SELECT count(*) FROM (SELECT 1 FROM {quoted} LIMIT {PROBE_ROWS}) s"
    )))
    .fetch_all(&mut *conn)
    .await;
    sqlx::raw_sql("ROLLBACK TO SAVEPOINT tidegate_count; RELEASE SAVEPOINT tidegate_count")
        .execute(&mut *conn)
        .await
        .map_err(|e| PgError::query("counting a locked table's rows", e))?;
    Ok(count
        .ok()
        .and_then(|rows| rows.first().and_then(|r| r.try_get::<i64, _>(0).ok()))
        .map(|n| n as u64))
}

/// Watches one migration's statements on a session.
#[derive(Debug)]
pub struct Observer {
    scope: Option<Capabilities>,
    /// Where the module declares its capabilities, for the message.
    pub declared_in: tidegate_core::capabilities::DeclaredIn,
    /// Tidegate's own tables (bare names), never the migration's concern.
    own: Vec<String>,
    /// The role statements must run as.
    role: String,
    /// The relations before the migration; read at its first statement.
    before: Option<HashMap<u32, Rel>>,
    /// Relations created by the migration, as last seen (for names).
    created: HashMap<u32, Rel>,
    /// The last look at the locks.
    seen: HashMap<u32, Seen>,
    /// Locks the transaction held when the migration began (earlier
    /// migrations of a dry run): a statement that changes such a relation
    /// takes no new lock here, but takes it again in `apply`, where each
    /// migration has its own transaction. Reported once per relation.
    held: HashMap<u32, BTreeSet<u8>>,
}

/// What a look found: each relation touched since the last one, and the
/// first thing outside the declaration.
pub struct Observed {
    pub touches: Vec<Touch>,
    pub violation: Option<String>,
}

impl Observer {
    pub fn new(scope: Option<Capabilities>, own: Vec<String>, role: String) -> Self {
        Observer {
            scope,
            declared_in: tidegate_core::capabilities::DeclaredIn::ModuleToml,
            own,
            role,
            before: None,
            created: HashMap::new(),
            seen: HashMap::new(),
            held: HashMap::new(),
        }
    }

    /// Whether the relations before the migration are read yet.
    pub fn started(&self) -> bool {
        self.before.is_some()
    }

    /// Read the relations before the migration, and what is locked
    /// already (by earlier migrations of a dry run, or the history).
    pub async fn start(&mut self, conn: &mut PgConnection) -> Result<(), PgError> {
        self.before = Some(relations(conn).await?);
        self.seen = look(conn).await?.0;
        self.held = self
            .seen
            .iter()
            .map(|(oid, s)| (*oid, s.modes.clone()))
            .collect();
        Ok(())
    }

    /// Look at what the statements since the last look touched; `sizes`:
    /// count the rows (up to [`PROBE_ROWS`]) of a table that a blocking lock
    /// was taken on and that has no estimate (never analysed).
    pub async fn observe(
        &mut self,
        conn: &mut PgConnection,
        sizes: bool,
    ) -> Result<Observed, PgError> {
        let (now, user) = look(conn).await?;
        let mut touches = Vec::new();
        let mut violation = None;
        if user != self.role {
            violation = Some(format!(
                "the statement left the migration role: it now runs as `{user}`, not `{}`; the host owns the role",
                self.role
            ));
        }
        let unknown: Vec<u32> = now
            .iter()
            .filter(|(oid, s)| {
                s.present
                    && !self.before.as_ref().is_some_and(|b| b.contains_key(oid))
                    && !self.created.contains_key(oid)
            })
            .map(|(oid, _)| *oid)
            .collect();
        if !unknown.is_empty() {
            // Created since: read their names while they exist.
            for (oid, rel) in relations(conn).await? {
                if unknown.contains(&oid) {
                    self.created.insert(oid, rel);
                }
            }
        }
        let mut oids: Vec<&u32> = now.keys().collect();
        oids.sort();
        for oid in oids {
            let s = &now[oid];
            let before = self.seen.get(oid);
            let new_modes: BTreeSet<u8> = s
                .modes
                .difference(&before.map(|b| b.modes.clone()).unwrap_or_default())
                .copied()
                .collect();
            let touched = before.is_none_or(|b| {
                !new_modes.is_empty()
                    || b.print != s.print
                    || b.uses != s.uses
                    || b.present != s.present
                    || b.filenode != s.filenode
            });
            if !touched {
                continue;
            }
            let existed = self.before.as_ref().and_then(|b| b.get(oid));
            let Some(rel) = existed.or_else(|| self.created.get(oid)) else {
                continue; // made and dropped between two looks: the migration's own
            };
            let owner = self.owner(rel);
            let owner_name = owner.map(|o| o.name.clone());
            if self.is_own(rel) || rel.name.starts_with("pg_toast.") {
                // TOAST storage goes with its table, which is reported.
                continue;
            }
            let created = existed.is_none();
            let allowed = match &self.scope {
                None => true,
                Some(caps) => {
                    created
                        || caps.allows(Kind::Table, &rel.name)
                        || owner_name
                            .as_ref()
                            .is_some_and(|o| caps.allows(Kind::Table, o))
                        || owner.is_some_and(|o| self.is_created(o))
                }
            };
            let changed = before.is_some_and(|b| b.print != s.print || b.filenode != s.filenode);
            let strongest = match new_modes.iter().max().copied() {
                // Changed under a lock an earlier migration took: what it
                // holds is what `apply` takes for this one.
                None if changed => self.held.remove(oid).and_then(|m| m.iter().max().copied()),
                new => new,
            };
            let touch = Touch {
                object: rel.name.clone(),
                kind: rel.kind.to_string(),
                owner: owner_name,
                lock: strongest.map(|m| MODES[m as usize].1.to_string()),
                blocks_writes: strongest.is_some_and(|m| m >= 4),
                blocks_reads: strongest == Some(7),
                existing: !created,
                created,
                dropped: !s.present,
                rewritten: rewritten(
                    rel.kind,
                    created,
                    s,
                    before.map_or(rel.filenode, |b| b.filenode),
                ),
                rows: (!created).then_some(rel.rows).flatten(),
                bytes: (!created).then_some(rel.bytes),
                undeclared: !allowed,
            };
            if rel.kind == "foreign table"
                && strongest.is_some_and(|m| m >= 2)
                && violation.is_none()
            {
                violation = Some(format!(
                    "it writes to foreign table `{}`, whose rows live on another server, outside the migration's transaction",
                    rel.name
                ));
            }
            if !allowed && violation.is_none() {
                let caps = self.scope.as_ref().expect("a scope when not allowed");
                violation = Some(format!(
                    "it touched {} `{}`{}, outside the module's declared tables ({}); declare it in the module's capabilities ({}), or stop touching it",
                    rel.kind,
                    rel.name,
                    touch
                        .lock
                        .as_ref()
                        .map(|l| format!(" ({l} lock)"))
                        .unwrap_or_default(),
                    if caps.tables.is_empty() {
                        "none".to_string()
                    } else {
                        caps.tables.join(", ")
                    },
                    self.declared_in.place()
                ));
            }
            touches.push(touch);
        }
        self.seen = now;
        if sizes {
            let mut probed = false;
            for t in touches.iter_mut().filter(|t| {
                t.blocks_writes && t.existing && !t.dropped && t.rows.is_none() && t.kind == "table"
            }) {
                t.rows = count_rows(conn, &t.object).await?;
                probed = true;
            }
            if probed {
                // What the count itself touched is not the statement's.
                self.seen = look(conn).await?.0;
            }
        }
        Ok(Observed { touches, violation })
    }

    fn rel(&self, oid: u32) -> Option<&Rel> {
        self.before
            .as_ref()
            .and_then(|b| b.get(&oid))
            .or_else(|| self.created.get(&oid))
    }

    /// The table an index, sequence or TOAST table belongs to, through
    /// every hop (a TOAST table's index).
    fn owner(&self, rel: &Rel) -> Option<&Rel> {
        let mut at = self.rel(rel.owner?)?;
        for _ in 0..4 {
            match at.owner.and_then(|o| self.rel(o)) {
                Some(up) => at = up,
                None => break,
            }
        }
        Some(at)
    }

    fn is_created(&self, rel: &Rel) -> bool {
        self.created.values().any(|c| c.name == rel.name)
    }

    /// Tidegate's own history and audit tables, and what they own.
    fn is_own(&self, rel: &Rel) -> bool {
        let bare = |r: &Rel| r.name.rsplit('.').next().unwrap_or_default().to_string();
        self.own.contains(&bare(rel))
            || self.owner(rel).is_some_and(|o| self.own.contains(&bare(o)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_found_wherever_they_are_written() {
        for sql in [
            "COPY (SELECT 1) TO PROGRAM 'touch /tmp/x'",
            "copy t from program 'curl x'",
            "COPY t TO '/tmp/out.csv'",
            "COPY t FROM E'/etc/passwd'",
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'app'",
            "SELECT pg_catalog.pg_cancel_backend(42)",
            "DO $$ BEGIN EXECUTE 'COPY (SELECT 1) TO PROGRAM ''id'''; END $$",
            "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $f$ SELECT pg_reload_conf() $f$",
            "SELECT dblink_exec('dbname=x', 'DROP TABLE t')",
            "SELECT lo_export(1, '/tmp/x')",
            "SELECT pg_read_file('/etc/passwd')",
            "ALTER SYSTEM SET work_mem = '1GB'",
            "NOTIFY jobs, 'x'",
            "DO $$ BEGIN PERFORM pg_notify('jobs', 'x'); END $$",
            "DO $$ BEGIN NOTIFY jobs; END $$",
            "RESET ROLE",
            "SET ROLE postgres",
            "SET SESSION AUTHORIZATION postgres",
            "DO $$ BEGIN EXECUTE 'RESET ROLE'; END $$",
            "SELECT set_config('role', 'postgres', false)",
            "SELECT pg_advisory_lock(1)",
            "SELECT \"pg_terminate_backend\"(1)",
            "RESET \"role\"",
            "COPY t TO $$/tmp/x$$",
            "COPY t TO U&'/tmp/x'",
            "SELECT set_config(E'role', 'postgres', false)",
            "DISCARD ALL",
            "SELECT setval('orders_id_seq', 1)",
            "ALTER FUNCTION f() SET role = 'postgres'",
        ] {
            assert!(escape(sql).is_some(), "{sql}");
        }
        for sql in [
            "COPY t FROM STDIN",
            "CREATE TABLE notify (id int)",
            "INSERT INTO notes (body) VALUES ('copy this to the program')",
            "SELECT pg_advisory_xact_lock(1)",
            "ALTER TABLE t ALTER COLUMN c SET DEFAULT 1",
            "-- SELECT pg_terminate_backend(1)\nSELECT 1",
            "ALTER TABLE person RENAME TO people",
            "UPDATE users SET role = 'admin' WHERE id = 1",
            "INSERT INTO users (id, role) VALUES (1, 'a') ON CONFLICT (id) DO UPDATE SET role = EXCLUDED.role",
            "ALTER TABLE jobs RENAME TO program",
            "SELECT * FROM program",
            "COPY (SELECT 1) TO STDOUT",
        ] {
            assert_eq!(escape(sql), None, "{sql}");
        }
        let why = escape("COPY (SELECT 1) TO PROGRAM 'touch x'").unwrap();
        assert!(
            why.contains("runs a program on the database server"),
            "{why}"
        );
    }
}
