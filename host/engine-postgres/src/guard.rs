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
        let found = match w {
            "TO" | "FROM" if next == "PROGRAM" => {
                Some("`COPY … PROGRAM` runs a program on the database server".to_string())
            }
            "COPY" => copy_file(&t[i + 1..]).then(|| {
                "`COPY` to or from a file reads or writes the database server's files".to_string()
            }),
            "ALTER" if next == "SYSTEM" => {
                Some("`ALTER SYSTEM` changes the server's configuration file".to_string())
            }
            "NOTIFY" if boundary(i.checked_sub(1).map(at)) => {
                Some("`NOTIFY` signals other sessions".to_string())
            }
            "SET" | "RESET" => {
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
            "SET_CONFIG" if call && matches!(at(i + 3), "ROLE" | "SESSION_AUTHORIZATION") => {
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
        "PG_NOTIFY" => "signals other sessions",
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

/// Whether a `COPY`'s tokens (after the keyword, up to the statement's
/// end) name a file: `TO` or `FROM` followed by a string.
fn copy_file(rest: &[String]) -> bool {
    let mut depth = 0i32;
    for (i, t) in rest.iter().enumerate() {
        match t.as_str() {
            "(" => depth += 1,
            ")" => depth -= 1,
            ";" if depth <= 0 => return false,
            "TO" | "FROM" if depth <= 0 => {
                return rest.get(i + 1).is_some_and(|n| {
                    n == "'" || n == "E" && rest.get(i + 2).is_some_and(|q| q == "'")
                });
            }
            _ => {}
        }
    }
    false
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

/// What the role the migrations run as may do.
#[derive(Debug, Clone)]
pub struct RoleFacts {
    /// The role migrations run as.
    pub role: String,
    /// The role Tidegate connected as.
    pub connecting: String,
    pub superuser: bool,
    /// Of [`PRIVILEGED_ROLES`], those it is a member of.
    pub members_of: Vec<String>,
    /// The connecting role is a superuser.
    pub connecting_superuser: bool,
}

impl RoleFacts {
    /// The facts of `role` (`None`: the connecting role).
    pub async fn read(conn: &mut PgConnection, role: Option<&str>) -> Result<Self, PgError> {
        let row = sqlx::query(
            "SELECT r.rolname::text, session_user::text, r.rolsuper,
                    ARRAY(SELECT g.rolname::text FROM pg_roles g
                           WHERE g.rolname = ANY($2) AND pg_has_role(r.oid, g.oid, 'MEMBER')
                           ORDER BY 1),
                    (SELECT s.rolsuper FROM pg_roles s WHERE s.rolname = session_user),
                    pg_has_role(session_user, r.oid, 'MEMBER')
               FROM pg_roles r WHERE r.rolname = coalesce($1, current_user)",
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
            superuser: row.get(2),
            members_of: row.get(3),
            connecting_superuser: row.get::<Option<bool>, _>(4).unwrap_or(false),
        };
        if role.is_some() && !row.get::<bool, _>(5) {
            return Err(PgError::Role(format!(
                "tidegate connects as `{}`, which cannot SET ROLE to postgres.migration_role `{}`; run `GRANT {} TO {}`",
                facts.connecting, facts.role, facts.role, facts.connecting
            )));
        }
        Ok(facts)
    }

    /// What makes the role able to act outside a transaction, if anything.
    pub fn privileges(&self) -> Option<String> {
        if self.superuser {
            return Some("a superuser".into());
        }
        if self.members_of.is_empty() {
            return None;
        }
        Some(format!("a member of {}", self.members_of.join(", ")))
    }

    /// One line for `health` and the report.
    pub fn describe(&self, allowed: bool) -> String {
        let who = if self.role == self.connecting {
            format!("migrations run as `{}`", self.role)
        } else {
            format!(
                "migrations run as `{}` (SET ROLE; tidegate connects as `{}`{})",
                self.role,
                self.connecting,
                if self.connecting_superuser {
                    ", a superuser: the role confines mistakes, not a module written to escape it"
                } else {
                    ""
                }
            )
        };
        match self.privileges() {
            None => format!("{who}, which cannot act outside its transaction"),
            Some(p) if allowed => format!(
                "{who}, {p}, allowed by postgres.allow_privileged_role: use this only on a throwaway database"
            ),
            Some(p) => format!("{who}, {p}: plan and apply refuse it"),
        }
    }

    /// The refusal of a privileged role.
    pub fn refusal(&self) -> Option<PgError> {
        let p = self.privileges()?;
        Some(PgError::Role(format!(
            "the migrations would run as `{}`, {p}, which can act outside the transaction (run programs and read or write files on the server, end other sessions), so neither a dry run nor a review contains what a module does; connect as a least-privilege role or set postgres.migration_role (see the README's \"A least-privilege role\"), or, on a throwaway database such as a CI service container, set postgres.allow_privileged_role = true",
            self.role
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
       (CASE WHEN c.relkind IN ('i', 'I') THEN (SELECT x.indrelid FROM pg_index x WHERE x.indexrelid = c.oid)
             WHEN c.relkind = 't' THEN (SELECT o.oid FROM pg_class o WHERE o.reltoastrelid = c.oid)
             WHEN c.relkind = 'S' THEN (SELECT d.refobjid FROM pg_depend d
                                         WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                           AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
                                         LIMIT 1)
        END)::int8,
       c.relfilenode::int8, c.reltuples::float8, c.relpages::int8 * current_setting('block_size')::int8
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.oid >= 16384 AND n.nspname NOT IN ('pg_catalog', 'information_schema')";

/// Every relation this backend holds a lock on in this database, with a
/// print of its catalog rows (which changes when DDL touches it) and its
/// use counters in this transaction (which change when a statement reads
/// or writes it).
const LOCKED: &str = "WITH l AS (
  SELECT relation AS oid, array_agg(DISTINCT mode) AS modes FROM pg_locks
   WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted AND relation >= 16384
     AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
   GROUP BY relation)
SELECT l.oid::int8, l.modes::text[], c.oid IS NOT NULL, coalesce(c.relfilenode, 0)::int8,
       coalesce(md5(concat_ws('|', c.xmin::text || ':' || c.cmin::text,
         (SELECT string_agg(a.xmin::text || ':' || a.cmin::text, ',' ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = c.oid),
         (SELECT string_agg(k.xmin::text || ':' || k.cmin::text, ',' ORDER BY k.oid) FROM pg_constraint k WHERE k.conrelid = c.oid),
         (SELECT string_agg(d.xmin::text || ':' || d.cmin::text, ',' ORDER BY d.oid) FROM pg_attrdef d WHERE d.adrelid = c.oid),
         (SELECT string_agg(t.xmin::text || ':' || t.cmin::text, ',' ORDER BY t.oid) FROM pg_trigger t WHERE t.tgrelid = c.oid),
         (SELECT string_agg(i.xmin::text || ':' || i.cmin::text, ',' ORDER BY i.indexrelid) FROM pg_index i WHERE i.indrelid = c.oid),
         (SELECT string_agg(r.xmin::text || ':' || r.cmin::text, ',' ORDER BY r.oid) FROM pg_rewrite r WHERE r.ev_class = c.oid))), ''),
       coalesce(s.seq_scan + coalesce(s.idx_scan, 0) + s.n_tup_ins + s.n_tup_upd + s.n_tup_del, 0)::int8,
       current_user::text
  FROM l LEFT JOIN pg_class c ON c.oid = l.oid
  LEFT JOIN pg_stat_xact_all_tables s ON s.relid = l.oid";

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

async fn relations(conn: &mut PgConnection) -> Result<HashMap<u32, Rel>, PgError> {
    let rows = sqlx::query(RELATIONS)
        .fetch_all(conn)
        .await
        .map_err(|e| PgError::query("reading the relations before the migration", e))?;
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
    let rows = sqlx::query(LOCKED)
        .fetch_all(&mut *conn)
        .await
        .map_err(|e| PgError::query("reading what the statement locked", e))?;
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
        user = sqlx::query_scalar("SELECT current_user::text")
            .fetch_one(conn)
            .await
            .map_err(|e| PgError::query("reading the current role", e))?;
    }
    Ok((seen, user))
}

/// Whether a relation that existed was given new storage: its file
/// changed since `was` (partitioned tables and views have none).
fn rewritten(created: bool, now: &Seen, was: u32) -> bool {
    !created && now.present && now.filenode != 0 && was != 0 && now.filenode != was
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
            own,
            role,
            before: None,
            created: HashMap::new(),
            seen: HashMap::new(),
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
            let owner_name = self.owner(rel).map(|o| o.name.clone());
            if self.is_own(rel) {
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
                        || self.owner(rel).is_some_and(|o| self.is_created(o))
                }
            };
            let strongest = new_modes.iter().max().copied();
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
                rewritten: rewritten(created, s, before.map_or(rel.filenode, |b| b.filenode)),
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
                    "it touched {} `{}`{}, outside the module's declared tables ({}); declare it in the module's capabilities, or stop touching it",
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
                    }
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
