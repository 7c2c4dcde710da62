//! A generated history of "real-world style" PostgreSQL migrations, each
//! labelled with what Squawk says about it.
//!
//! [`base_schema`] is the schema that exists before the history: two dozen
//! tables (users, orders, invoices, events, ...) that each hold a few rows,
//! four enum types, views, functions, a sequence and indexes. [`corpus`]
//! builds, deterministically from a seed (a xorshift generator, no crates),
//! a history of 250 migrations on top of it. The generator keeps a model of
//! the schema and of the data (which tables hold rows, which columns hold
//! NULLs or duplicates, which constraints are pending validation), so that
//! every migration runs on PostgreSQL 15:
//!
//! - after `base_schema()`, in order, each transactional migration in its own
//!   transaction, or all of them in ONE transaction;
//! - a migration whose first line is [`NON_TRANSACTIONAL`] holds exactly one
//!   statement, `CREATE INDEX CONCURRENTLY` or `DROP INDEX CONCURRENTLY`, and
//!   runs outside a transaction. Nothing later depends on it (the tables,
//!   columns and indexes it touches are never dropped or renamed afterwards,
//!   and no transactional migration touches an index it created), so the
//!   non-transactional ones may also run after all the others; with
//!   `CONCURRENTLY` removed they run inside the single transaction as well.
//!
//! The mix: safe changes (create table, add a nullable column, add a
//! column with a constant default, index concurrently, `NOT VALID` then
//! `VALIDATE`, backfills, the check-then-`SET NOT NULL` pattern, views,
//! comments, enum types, functions, seeded lookup tables) and hazards on the
//! tables that existed before the history: `ADD COLUMN ... NOT NULL`
//! without a default, volatile defaults (and identity or generated columns),
//! `ALTER COLUMN ... TYPE`, `CHECK` and `FOREIGN KEY` without `NOT VALID`,
//! `ADD COLUMN ... REFERENCES`, renames of columns, tables and indexes,
//! `DROP COLUMN`, `DROP TABLE`, indexes created and dropped without
//! `CONCURRENTLY`, `SET NOT NULL`, `ADD PRIMARY KEY`, `UNIQUE` constraints,
//! `ALTER TYPE ... ADD VALUE`, `DROP NOT NULL`, `DROP DEFAULT`,
//! `DROP FUNCTION`, `DROP CONSTRAINT`, `TRUNCATE ... CASCADE`, `REINDEX`,
//! dropped views, types and sequences; plus style findings (`serial`,
//! `integer`, `smallint`, `varchar(n)`, `char(n)`, `timestamp` without time
//! zone). Some hazards target a table that an earlier migration of the same
//! history created (`on_new_table`); such a table is still empty then. Every
//! seed covers each of those hazards on a pre-existing table at least once,
//! and most of them on a table the history created too.
//!
//! `squawk` lists, sorted and without repeats, the rules that Squawk
//! **2.70.0** (`pip install squawk-cli==2.70.0`) reports for the migration's
//! SQL alone, in a file of its own, with its default settings (no
//! configuration file, no `--assume-in-transaction`, PostgreSQL version
//! left at its default of 15), that is
//! `squawk --reporter json 0001_x.sql` and reading each `rule_name`. This
//! was checked against that binary for every migration of seeds 0 to 60,
//! 1234567 and `u64::MAX`, which were also all run on PostgreSQL 15. Three
//! rules are left out of every list, in [`SQUAWK_EXCLUDED`]:
//! `require-lock-timeout` and `require-statement-timeout` (what the
//! deprecated alias `require-timeout-settings` expands to; they fire on
//! nearly every DDL file that does not `SET lock_timeout` and
//! `SET statement_timeout`) and `prefer-robust-stmts` (fires on nearly every
//! statement without `IF [NOT] EXISTS` outside an explicit transaction).
//! Running Squawk with `--exclude` for those three gives the same lists.
//! Opt-in rules (`--include`) are not enabled.
//!
//! Squawk sees one file at a time, so it cannot know that a table was
//! created by an earlier migration; and without `BEGIN` in the file or
//! `--assume-in-transaction` it does not exempt even a table created earlier
//! in the same file, so a migration that creates a table and then indexes it
//! lists `require-concurrent-index-creation`.

#![allow(dead_code)]

use std::collections::HashSet;

/// One migration of the generated history.
pub struct Generated {
    /// `0001_add_email_to_users`: a 4-digit sequence number and a snake name.
    pub id: String,
    pub sql: String,
    /// Squawk's rule names for `sql`, sorted, without [`SQUAWK_EXCLUDED`].
    pub squawk: Vec<&'static str>,
    /// The hazard (what `squawk` lists) is on a table that an earlier
    /// migration of the same history created. False for safe migrations, for
    /// hazards on the tables of `base_schema()`, for findings on a table that
    /// the migration itself creates, and for hazards on objects other than
    /// tables (types, functions, views, sequences).
    pub on_new_table: bool,
}

/// The Squawk release that the `squawk` lists were checked against.
pub const SQUAWK_VERSION: &str = "2.70.0";

/// Rules that Squawk reports but that are left out of every `squawk` list.
pub const SQUAWK_EXCLUDED: &[&str] = &[
    "require-lock-timeout",
    "require-statement-timeout",
    "prefer-robust-stmts",
];

/// The first line of a migration that must run outside a transaction.
pub const NON_TRANSACTIONAL: &str = "-- tidegate:non-transactional";

/// How many migrations [`corpus`] returns.
pub const CORPUS_LEN: usize = 250;

const ADDING_FIELD_WITH_DEFAULT: &str = "adding-field-with-default";
const ADDING_FOREIGN_KEY_CONSTRAINT: &str = "adding-foreign-key-constraint";
const ADDING_NOT_NULLABLE_FIELD: &str = "adding-not-nullable-field";
const ADDING_REQUIRED_FIELD: &str = "adding-required-field";
const ADDING_SERIAL_PRIMARY_KEY_FIELD: &str = "adding-serial-primary-key-field";
const BAN_CHAR_FIELD: &str = "ban-char-field";
const BAN_DROP_COLUMN: &str = "ban-drop-column";
const BAN_DROP_CONSTRAINT: &str = "ban-drop-constraint";
const BAN_DROP_DEFAULT: &str = "ban-drop-default";
const BAN_DROP_FUNCTION: &str = "ban-drop-function";
const BAN_DROP_NOT_NULL: &str = "ban-drop-not-null";
const BAN_DROP_SEQUENCE: &str = "ban-drop-sequence";
const BAN_DROP_TABLE: &str = "ban-drop-table";
const BAN_DROP_TYPE: &str = "ban-drop-type";
const BAN_DROP_VIEW: &str = "ban-drop-view";
const BAN_TRUNCATE_CASCADE: &str = "ban-truncate-cascade";
const CHANGING_COLUMN_TYPE: &str = "changing-column-type";
const CONSTRAINT_MISSING_NOT_VALID: &str = "constraint-missing-not-valid";
const DISALLOWED_UNIQUE_CONSTRAINT: &str = "disallowed-unique-constraint";
const PREFER_BIGINT_OVER_INT: &str = "prefer-bigint-over-int";
const PREFER_BIGINT_OVER_SMALLINT: &str = "prefer-bigint-over-smallint";
const PREFER_IDENTITY: &str = "prefer-identity";
const PREFER_TEXT_FIELD: &str = "prefer-text-field";
const PREFER_TIMESTAMP_TZ: &str = "prefer-timestamp-tz";
const RENAMING_COLUMN: &str = "renaming-column";
const RENAMING_OBJECT: &str = "renaming-object";
const RENAMING_TABLE: &str = "renaming-table";
const REQUIRE_CONCURRENT_INDEX_CREATION: &str = "require-concurrent-index-creation";
const REQUIRE_CONCURRENT_INDEX_DELETION: &str = "require-concurrent-index-deletion";
const REQUIRE_CONCURRENT_REINDEX: &str = "require-concurrent-reindex";
const REQUIRE_ENUM_VALUE_ORDERING: &str = "require-enum-value-ordering";

/// SQL that creates the tables that exist before the history, each with a
/// few rows. Plain SQL, runnable in one transaction on PostgreSQL 15.
pub fn base_schema() -> String {
    base().0
}

/// The history: [`CORPUS_LEN`] migrations, ordered, ids `0001_...`.
pub fn corpus(seed: u64) -> Vec<Generated> {
    let (_, model) = base();
    let mut generator = Gen {
        rng: Rng::new(seed),
        m: model,
        specs_used: vec![false; new_table_specs().len()],
        specs: new_table_specs(),
        want: Want::Any,
        style_turn: [0; 3],
    };
    generator
        .history()
        .into_iter()
        .enumerate()
        .map(|(i, mig)| mig.finish(i + 1))
        .collect()
}

// ---------------------------------------------------------------------------
// Randomness

struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // splitmix64, so that every seed (0 included) gives a non-zero state
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        Rng(if z == 0 { 0x2545_F491_4F6C_DD1D } else { z })
    }

    /// xorshift64*
    fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

// ---------------------------------------------------------------------------
// The model of the schema and its data

#[derive(Clone, PartialEq)]
enum Ty {
    BigInt,
    Int,
    SmallInt,
    Serial,
    BigSerial,
    Text,
    Varchar(u32),
    Char(u32),
    Tstz,
    Ts,
    Bool,
    Jsonb,
    Uuid,
    Numeric,
    Double,
    Enum(String),
}

impl Ty {
    fn sql(&self) -> String {
        match self {
            Ty::BigInt => "bigint".into(),
            Ty::Int => "integer".into(),
            Ty::SmallInt => "smallint".into(),
            Ty::Serial => "serial".into(),
            Ty::BigSerial => "bigserial".into(),
            Ty::Text => "text".into(),
            Ty::Varchar(n) => format!("varchar({n})"),
            Ty::Char(n) => format!("char({n})"),
            Ty::Tstz => "timestamptz".into(),
            Ty::Ts => "timestamp".into(),
            Ty::Bool => "boolean".into(),
            Ty::Jsonb => "jsonb".into(),
            Ty::Uuid => "uuid".into(),
            Ty::Numeric => "numeric(14, 2)".into(),
            Ty::Double => "double precision".into(),
            Ty::Enum(name) => name.clone(),
        }
    }

    /// The Squawk style rules that this type fires in a column definition.
    fn style(&self) -> &'static [&'static str] {
        match self {
            Ty::Int => &[PREFER_BIGINT_OVER_INT],
            Ty::SmallInt => &[PREFER_BIGINT_OVER_SMALLINT],
            Ty::Serial => &[PREFER_IDENTITY, PREFER_BIGINT_OVER_INT],
            Ty::BigSerial => &[PREFER_IDENTITY],
            Ty::Varchar(_) => &[PREFER_TEXT_FIELD],
            Ty::Char(_) => &[BAN_CHAR_FIELD],
            Ty::Ts => &[PREFER_TIMESTAMP_TZ],
            _ => &[],
        }
    }
}

/// What a column holds, which decides the checks that its data satisfies
/// and the value a backfill writes.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Id,
    Text,
    Email,
    Status,
    Cents,
    Count,
    Ts,
    Bool,
    Json,
    Uuid,
    Code,
    Enum,
    Other,
}

impl Kind {
    /// A predicate that every value this column can hold satisfies.
    fn check(self, col: &str) -> Option<String> {
        match self {
            Kind::Id => Some(format!("{col} > 0")),
            Kind::Text => Some(format!("char_length({col}) <= 500")),
            Kind::Email => Some(format!("{col} LIKE '%@%'")),
            Kind::Status => Some(format!("{col} <> ''")),
            Kind::Cents | Kind::Count => Some(format!("{col} >= 0")),
            Kind::Ts => Some(format!("{col} >= '2000-01-01'")),
            Kind::Code => Some(format!("char_length({col}) <= 16")),
            _ => None,
        }
    }

    fn backfill(self) -> Option<&'static str> {
        match self {
            Kind::Text => Some("''"),
            Kind::Email => Some("'unknown@example.com'"),
            Kind::Status => Some("'unknown'"),
            Kind::Cents | Kind::Count => Some("0"),
            Kind::Ts => Some("now()"),
            Kind::Bool => Some("false"),
            Kind::Json => Some("'{}'::jsonb"),
            Kind::Uuid => Some("gen_random_uuid()"),
            Kind::Code => Some("'XX'"),
            _ => None,
        }
    }
}

#[derive(Clone)]
struct Col {
    uid: usize,
    name: String,
    ty: Ty,
    kind: Kind,
    not_null: bool,
    default: Option<String>,
    /// Some row holds NULL here.
    nulls: bool,
    /// No two rows hold the same non-NULL value.
    uniq: bool,
    /// A UNIQUE constraint enforces it.
    ukey: bool,
    pk: bool,
    /// Used by a view, a generated column or a non-transactional migration,
    /// or an identity or generated column itself: never dropped, renamed or
    /// retyped.
    pinned: bool,
}

struct Table {
    name: String,
    orig: String,
    singular: String,
    cols: Vec<Col>,
    live: bool,
    /// Created by the history rather than by `base_schema()`.
    created: bool,
    nonempty: bool,
    ephemeral: bool,
    /// Never dropped or renamed (a view or a non-transactional migration
    /// uses it).
    pinned: bool,
    /// A lookup table that its creating migration filled.
    seeded: bool,
    truncated: bool,
    has_pk: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum ConKind {
    Check,
    NotNullCheck,
    Fk(usize),
    Unique,
    Pk,
}

struct Con {
    name: String,
    table: usize,
    col: usize,
    kind: ConKind,
    /// Added `NOT VALID` and not validated yet.
    pending: bool,
    live: bool,
}

struct Idx {
    name: String,
    table: usize,
    cols: Vec<usize>,
    live: bool,
    /// Created concurrently: transactional migrations leave it alone.
    pinned: bool,
}

/// A column whose values could be covered by a foreign key to `parent`.
struct Cand {
    table: usize,
    col: usize,
    parent: usize,
    /// Values from `base_schema()` (rather than all NULL).
    from_base: bool,
    live: bool,
}

struct EnumTy {
    name: String,
    values: Vec<String>,
    original: usize,
    live: bool,
}

struct Func {
    name: String,
    args: String,
    live: bool,
}

struct Named {
    name: String,
    live: bool,
}

#[derive(Default)]
struct Model {
    tables: Vec<Table>,
    cons: Vec<Con>,
    idxs: Vec<Idx>,
    cands: Vec<Cand>,
    enums: Vec<EnumTy>,
    funcs: Vec<Func>,
    views: Vec<Named>,
    seqs: Vec<Named>,
    names: HashSet<String>,
    next_uid: usize,
}

impl Model {
    fn free(&self, name: &str) -> bool {
        name.len() <= 63 && !self.names.contains(name)
    }

    fn reserve(&mut self, name: &str) {
        self.names.insert(name.to_string());
    }

    /// `base` if free, else `base_2`, `base_3`, ...; reserved.
    fn fresh(&mut self, base: &str) -> String {
        let base: String = base.chars().take(58).collect();
        let mut name = base.clone();
        let mut n = 2;
        while !self.free(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        self.reserve(&name);
        name
    }

    fn uid(&mut self) -> usize {
        self.next_uid += 1;
        self.next_uid
    }

    fn col(&self, t: usize, uid: usize) -> &Col {
        self.tables[t].cols.iter().find(|c| c.uid == uid).unwrap()
    }

    fn col_mut(&mut self, t: usize, uid: usize) -> &mut Col {
        self.tables[t]
            .cols
            .iter_mut()
            .find(|c| c.uid == uid)
            .unwrap()
    }

    fn has_col(&self, t: usize, name: &str) -> bool {
        self.tables[t].cols.iter().any(|c| c.name == name)
    }

    fn find(&self, orig: &str) -> Option<usize> {
        self.tables
            .iter()
            .position(|t| t.orig == orig && t.live && t.has_pk)
    }

    fn fk_children(&self, t: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for c in &self.cons {
            if c.live && c.kind == ConKind::Fk(t) && c.table != t && !out.contains(&c.table) {
                out.push(c.table);
            }
        }
        out
    }

    fn col_cons(&self, t: usize, uid: usize, pred: impl Fn(ConKind) -> bool) -> bool {
        self.cons
            .iter()
            .any(|c| c.live && c.table == t && c.col == uid && pred(c.kind))
    }

    fn col_is_fk(&self, t: usize, uid: usize) -> bool {
        self.col_cons(t, uid, |k| matches!(k, ConKind::Fk(_)))
    }

    fn add_col(&mut self, t: usize, col: Col) -> usize {
        let uid = col.uid;
        self.tables[t].cols.push(col);
        uid
    }

    fn new_col(&mut self, t: usize, name: &str, ty: Ty, kind: Kind) -> Col {
        let nonempty = self.tables[t].nonempty;
        Col {
            uid: self.uid(),
            name: name.to_string(),
            ty,
            kind,
            not_null: false,
            default: None,
            nulls: nonempty,
            uniq: true,
            ukey: false,
            pk: false,
            pinned: false,
        }
    }

    fn drop_col(&mut self, t: usize, uid: usize) {
        self.tables[t].cols.retain(|c| c.uid != uid);
        for c in &mut self.cons {
            if c.table == t && c.col == uid {
                c.live = false;
            }
        }
        for i in &mut self.idxs {
            if i.table == t && i.cols.contains(&uid) {
                i.live = false;
            }
        }
        for c in &mut self.cands {
            if c.table == t && c.col == uid {
                c.live = false;
            }
        }
    }

    fn drop_table(&mut self, t: usize) {
        self.tables[t].live = false;
        for c in &mut self.cons {
            if c.table == t {
                c.live = false;
            }
        }
        for i in &mut self.idxs {
            if i.table == t {
                i.live = false;
            }
        }
        for c in &mut self.cands {
            if c.table == t || c.parent == t {
                c.live = false;
            }
        }
    }

    /// The tables that `TRUNCATE t CASCADE` empties.
    fn cascade(&self, t: usize) -> Vec<usize> {
        let mut set = vec![t];
        let mut i = 0;
        while i < set.len() {
            for child in self.fk_children(set[i]) {
                if !set.contains(&child) {
                    set.push(child);
                }
            }
            i += 1;
        }
        set
    }

    fn truncate(&mut self, set: &[usize]) {
        for &t in set {
            let table = &mut self.tables[t];
            table.nonempty = false;
            table.truncated = true;
            for c in &mut table.cols {
                c.nulls = false;
                c.uniq = true;
            }
        }
    }

    fn cand_valid(&self, c: &Cand) -> bool {
        let child = &self.tables[c.table];
        let parent = &self.tables[c.parent];
        c.live
            && child.live
            && parent.live
            && parent.has_pk
            && (!c.from_base || !child.nonempty || !parent.truncated)
    }

    fn enum_used(&self, name: &str) -> bool {
        self.tables
            .iter()
            .filter(|t| t.live)
            .any(|t| t.cols.iter().any(|c| c.ty == Ty::Enum(name.to_string())))
    }

    /// Whether an UPDATE of `c` can run: PostgreSQL checks even a NOT VALID
    /// check on every row an UPDATE writes, so a pending
    /// `CHECK (other IS NOT NULL)` blocks updates while `other` holds NULLs.
    fn backfill_ok(&self, t: usize, c: &Col) -> bool {
        c.kind.backfill().is_some()
            && !c.pinned
            && (!c.ukey || c.kind == Kind::Uuid)
            && !self.cons.iter().any(|k| {
                k.live
                    && k.table == t
                    && k.kind == ConKind::NotNullCheck
                    && k.col != c.uid
                    && self.col(t, k.col).nulls
            })
    }
}

// ---------------------------------------------------------------------------
// Table specifications

#[derive(Clone)]
struct Spec {
    name: &'static str,
    ty: Ty,
    kind: Kind,
    nn: bool,
    def: Option<&'static str>,
    fill: Option<&'static str>,
    fill_nulls: bool,
    uniq: bool,
    key: bool,
    refs: Option<&'static str>,
    cand: Option<&'static str>,
}

fn c(name: &'static str, ty: Ty, kind: Kind) -> Spec {
    Spec {
        name,
        ty,
        kind,
        nn: false,
        def: None,
        fill: None,
        fill_nulls: false,
        uniq: false,
        key: false,
        refs: None,
        cand: None,
    }
}

impl Spec {
    fn nn(mut self) -> Spec {
        self.nn = true;
        self
    }
    fn def(mut self, d: &'static str) -> Spec {
        self.def = Some(d);
        self
    }
    fn fill(mut self, f: &'static str) -> Spec {
        self.fill = Some(f);
        self
    }
    /// The fill leaves some rows NULL.
    fn some_null(mut self, f: &'static str) -> Spec {
        self.fill = Some(f);
        self.fill_nulls = true;
        self
    }
    fn uniq(mut self) -> Spec {
        self.uniq = true;
        self
    }
    fn key(mut self) -> Spec {
        self.uniq = true;
        self.key = true;
        self
    }
    fn refs(mut self, parent: &'static str) -> Spec {
        self.refs = Some(parent);
        self
    }
    fn cand(mut self, parent: &'static str) -> Spec {
        self.cand = Some(parent);
        self
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Pk {
    Identity,
    Serial,
    None,
}

#[derive(Clone)]
struct TSpec {
    name: &'static str,
    singular: &'static str,
    pk: Pk,
    rows: u32,
    ephemeral: bool,
    cols: Vec<Spec>,
    /// For a lookup table: the columns and VALUES rows its migration inserts.
    seed: Option<(&'static str, &'static str)>,
}

fn t(name: &'static str, singular: &'static str, rows: u32, cols: Vec<Spec>) -> TSpec {
    TSpec {
        name,
        singular,
        pk: Pk::Identity,
        rows,
        ephemeral: false,
        cols,
        seed: None,
    }
}

impl TSpec {
    fn no_pk(mut self) -> TSpec {
        self.pk = Pk::None;
        self
    }
    fn serial(mut self) -> TSpec {
        self.pk = Pk::Serial;
        self
    }
    fn ephemeral(mut self) -> TSpec {
        self.ephemeral = true;
        self
    }
    fn seed(mut self, cols: &'static str, rows: &'static str) -> TSpec {
        self.seed = Some((cols, rows));
        self
    }
}

fn now() -> &'static str {
    "now()"
}

fn base_tables() -> Vec<TSpec> {
    use Kind as K;
    let ts = |name| c(name, Ty::Tstz, K::Ts);
    vec![
        t(
            "organizations",
            "organization",
            3,
            vec![
                c("name", Ty::Text, K::Text).nn().fill("'Org ' || g"),
                c("slug", Ty::Text, K::Text).nn().key().fill("'org-' || g"),
                c("plan", Ty::Text, K::Status)
                    .nn()
                    .def("'free'")
                    .fill("'free'"),
                c("billing_email", Ty::Text, K::Email)
                    .uniq()
                    .fill("'billing' || g || '@example.com'"),
                ts("created_at")
                    .nn()
                    .def(now())
                    .fill("now() - g * interval '30 days'"),
            ],
        ),
        t(
            "users",
            "user",
            6,
            vec![
                c("organization_id", Ty::BigInt, K::Id)
                    .cand("organizations")
                    .fill("((g - 1) % 3) + 1"),
                c("email", Ty::Text, K::Email)
                    .nn()
                    .key()
                    .fill("'user' || g || '@example.com'"),
                c("name", Ty::Text, K::Text).fill("'User ' || g"),
                c("status", Ty::Text, K::Status)
                    .nn()
                    .def("'active'")
                    .fill("CASE WHEN g % 5 = 0 THEN 'inactive' ELSE 'active' END"),
                c("role", Ty::Enum("user_role".into()), K::Enum)
                    .nn()
                    .def("'member'")
                    .fill("'member'"),
                c("age", Ty::Int, K::Count).fill("20 + g"),
                c("country_code", Ty::Char(2), K::Code).fill("'US'"),
                c("last_login_at", Ty::Ts, K::Ts)
                    .fill("'2024-01-01'::timestamp + g * interval '1 day'"),
                c("is_admin", Ty::Bool, K::Bool)
                    .nn()
                    .def("false")
                    .fill("g = 1"),
                c("legacy_score", Ty::SmallInt, K::Count).fill("g * 10"),
                ts("created_at").nn().def(now()).fill("now()"),
            ],
        ),
        t(
            "products",
            "product",
            5,
            vec![
                c("sku", Ty::Varchar(32), K::Code)
                    .nn()
                    .uniq()
                    .fill("'SKU-' || g"),
                c("name", Ty::Text, K::Text).nn().fill("'Product ' || g"),
                c("price_cents", Ty::BigInt, K::Cents).nn().fill("g * 1000"),
                c("stock", Ty::Int, K::Count).nn().def("0").fill("g * 3"),
                c("description", Ty::Text, K::Text).fill("'Description ' || g"),
                c("weight_grams", Ty::Int, K::Count).fill("g * 250"),
                ts("created_at").nn().def(now()).fill("now()"),
            ],
        ),
        t(
            "orders",
            "order",
            6,
            vec![
                c("user_id", Ty::BigInt, K::Id)
                    .nn()
                    .refs("users")
                    .fill("((g - 1) % 6) + 1"),
                c("number", Ty::Text, K::Text)
                    .nn()
                    .uniq()
                    .fill("'ORD-' || lpad(g::text, 5, '0')"),
                c("status", Ty::Enum("order_status".into()), K::Enum)
                    .nn()
                    .def("'pending'")
                    .fill("'paid'"),
                c("total_cents", Ty::BigInt, K::Cents).nn().fill("g * 2500"),
                c("currency", Ty::Char(3), K::Code)
                    .nn()
                    .def("'USD'")
                    .fill("'USD'"),
                c("coupon_code", Ty::Varchar(20), K::Code),
                c("placed_at", Ty::Ts, K::Ts)
                    .fill("'2024-02-01'::timestamp + g * interval '1 hour'"),
                ts("created_at").nn().def(now()).fill("now()"),
            ],
        ),
        t(
            "order_items",
            "order_item",
            8,
            vec![
                c("order_id", Ty::BigInt, K::Id)
                    .nn()
                    .cand("orders")
                    .fill("((g - 1) % 6) + 1"),
                c("product_id", Ty::BigInt, K::Id)
                    .nn()
                    .cand("products")
                    .fill("((g - 1) % 5) + 1"),
                c("quantity", Ty::Int, K::Count).nn().fill("g"),
                c("unit_price_cents", Ty::BigInt, K::Cents)
                    .nn()
                    .fill("g * 500"),
            ],
        ),
        t(
            "invoices",
            "invoice",
            4,
            vec![
                c("order_id", Ty::BigInt, K::Id).cand("orders").fill("g"),
                c("number", Ty::Varchar(40), K::Text)
                    .nn()
                    .uniq()
                    .fill("'INV-' || g"),
                c("amount_cents", Ty::BigInt, K::Cents)
                    .nn()
                    .fill("g * 2500"),
                ts("due_at").nn().fill("now() + g * interval '7 days'"),
                ts("paid_at").some_null("CASE WHEN g % 2 = 0 THEN now() END"),
                c("status", Ty::Text, K::Status)
                    .nn()
                    .def("'open'")
                    .fill("'open'"),
            ],
        ),
        t(
            "payments",
            "payment",
            3,
            vec![
                c("invoice_id", Ty::BigInt, K::Id)
                    .nn()
                    .refs("invoices")
                    .fill("g"),
                c("amount_cents", Ty::BigInt, K::Cents)
                    .nn()
                    .fill("g * 2500"),
                c("method", Ty::Enum("payment_method".into()), K::Enum)
                    .nn()
                    .def("'card'")
                    .fill("'card'"),
                c("provider", Ty::Text, K::Status).nn().fill("'stripe'"),
                c("provider_ref", Ty::Text, K::Text)
                    .uniq()
                    .fill("'ch_' || md5(g::text)"),
                ts("created_at").nn().def(now()).fill("now()"),
            ],
        ),
        t(
            "events",
            "event",
            6,
            vec![
                c("name", Ty::Text, K::Text).nn().fill("'event.' || g"),
                c("user_id", Ty::BigInt, K::Id)
                    .cand("users")
                    .fill("((g - 1) % 6) + 1"),
                c("payload", Ty::Jsonb, K::Json).fill("jsonb_build_object('n', g)"),
                c("occurred_at", Ty::Ts, K::Ts)
                    .nn()
                    .fill("'2024-03-01'::timestamp + g * interval '1 minute'"),
            ],
        )
        .ephemeral(),
        t(
            "audit_log",
            "audit_entry",
            5,
            vec![
                c("id", Ty::BigInt, K::Count).nn().uniq().fill("g"),
                c("actor_id", Ty::BigInt, K::Id)
                    .cand("users")
                    .fill("((g - 1) % 6) + 1"),
                c("action", Ty::Text, K::Status).nn().fill("'login'"),
                c("target", Ty::Text, K::Text).fill("'user:' || g"),
                ts("created_at").nn().def(now()).fill("now()"),
            ],
        )
        .no_pk(),
        t(
            "page_views",
            "page_view",
            6,
            vec![
                c("id", Ty::BigInt, K::Count).nn().uniq().fill("g"),
                c("path", Ty::Text, K::Text).nn().fill("'/page/' || g"),
                c("user_id", Ty::BigInt, K::Id)
                    .cand("users")
                    .fill("((g - 1) % 6) + 1"),
                c("referrer", Ty::Text, K::Text),
                c("viewed_at", Ty::Ts, K::Ts)
                    .nn()
                    .fill("'2024-03-01'::timestamp + g * interval '1 second'"),
            ],
        )
        .no_pk()
        .ephemeral(),
        t(
            "login_attempts",
            "login_attempt",
            5,
            vec![
                c("id", Ty::BigInt, K::Count).nn().uniq().fill("g"),
                c("email", Ty::Text, K::Email)
                    .nn()
                    .uniq()
                    .fill("'user' || g || '@example.com'"),
                c("ip_address", Ty::Varchar(45), K::Text).fill("'10.0.0.' || g"),
                c("succeeded", Ty::Bool, K::Bool).nn().fill("g % 2 = 0"),
                ts("attempted_at").nn().fill("now()"),
            ],
        )
        .no_pk()
        .ephemeral(),
        t(
            "sessions",
            "session",
            4,
            vec![
                c("user_id", Ty::BigInt, K::Id).nn().refs("users").fill("g"),
                c("token", Ty::Text, K::Text)
                    .nn()
                    .uniq()
                    .fill("md5('s' || g)"),
                c("user_agent", Ty::Varchar(255), K::Text).fill("'Mozilla/5.0'"),
                ts("expires_at").nn().fill("now() + interval '1 day'"),
                ts("created_at").nn().def(now()).fill("now()"),
            ],
        )
        .ephemeral(),
        t(
            "posts",
            "post",
            4,
            vec![
                c("author_id", Ty::BigInt, K::Id)
                    .nn()
                    .refs("users")
                    .fill("g"),
                c("title", Ty::Varchar(200), K::Text)
                    .nn()
                    .fill("'Post ' || g"),
                c("slug", Ty::Text, K::Text)
                    .nn()
                    .uniq()
                    .fill("'post-' || g"),
                c("body", Ty::Text, K::Text).fill("'Body ' || g"),
                c("published_at", Ty::Ts, K::Ts)
                    .some_null("CASE WHEN g < 4 THEN '2024-01-01'::timestamp END"),
                c("view_count", Ty::Int, K::Count)
                    .nn()
                    .def("0")
                    .fill("g * 7"),
            ],
        ),
        t(
            "comments",
            "comment",
            6,
            vec![
                c("post_id", Ty::BigInt, K::Id)
                    .nn()
                    .refs("posts")
                    .fill("((g - 1) % 4) + 1"),
                c("author_id", Ty::BigInt, K::Id)
                    .cand("users")
                    .fill("((g - 1) % 6) + 1"),
                c("body", Ty::Text, K::Text).nn().fill("'Comment ' || g"),
                ts("created_at").nn().def(now()).fill("now()"),
            ],
        ),
        t(
            "tags",
            "tag",
            4,
            vec![
                c("name", Ty::Text, K::Text).nn().key().fill("'tag' || g"),
                c("color", Ty::Char(7), K::Code).fill("'#ff00' || lpad(g::text, 2, '0')"),
            ],
        ),
        t(
            "addresses",
            "address",
            4,
            vec![
                c("user_id", Ty::BigInt, K::Id).nn().cand("users").fill("g"),
                c("line1", Ty::Text, K::Text)
                    .nn()
                    .fill("g || ' Main Street'"),
                c("city", Ty::Text, K::Text).nn().fill("'Springfield'"),
                c("postal_code", Ty::Varchar(12), K::Code).fill("'9410' || g"),
                c("country_code", Ty::Char(2), K::Code).nn().fill("'US'"),
            ],
        ),
        t(
            "shipments",
            "shipment",
            3,
            vec![
                c("order_id", Ty::BigInt, K::Id)
                    .nn()
                    .refs("orders")
                    .fill("g"),
                c("carrier", Ty::Text, K::Status).fill("'ups'"),
                c("tracking_number", Ty::Text, K::Text)
                    .uniq()
                    .fill("'1Z' || g"),
                ts("shipped_at").fill("now()"),
                ts("delivered_at"),
            ],
        ),
        t(
            "coupons",
            "coupon",
            3,
            vec![
                c("code", Ty::Text, K::Text)
                    .nn()
                    .key()
                    .fill("'SAVE' || g * 10"),
                c("percent_off", Ty::SmallInt, K::Count).nn().fill("g * 10"),
                c("expires_at", Ty::Ts, K::Ts).fill("'2025-01-01'::timestamp"),
                c("max_redemptions", Ty::Int, K::Count),
            ],
        ),
        t(
            "notifications",
            "notification",
            5,
            vec![
                c("user_id", Ty::BigInt, K::Id).nn().refs("users").fill("g"),
                c("kind", Ty::Text, K::Status).nn().fill("'welcome'"),
                ts("read_at"),
                ts("created_at").nn().def(now()).fill("now()"),
            ],
        )
        .ephemeral(),
        t(
            "api_keys",
            "api_key",
            3,
            vec![
                c("user_id", Ty::BigInt, K::Id).nn().refs("users").fill("g"),
                c("prefix", Ty::Char(8), K::Code)
                    .nn()
                    .fill("'tg_' || lpad(g::text, 5, '0')"),
                c("hashed_key", Ty::Text, K::Text)
                    .nn()
                    .uniq()
                    .fill("md5('k' || g)"),
                c("last_used_at", Ty::Ts, K::Ts).fill("'2024-05-01'::timestamp"),
                c("revoked", Ty::Bool, K::Bool)
                    .nn()
                    .def("false")
                    .fill("false"),
            ],
        ),
        t(
            "feature_flags",
            "feature_flag",
            3,
            vec![
                c("key", Ty::Text, K::Text).nn().key().fill("'flag_' || g"),
                c("enabled", Ty::Bool, K::Bool)
                    .nn()
                    .def("false")
                    .fill("g = 2"),
                c("rollout_percent", Ty::Int, K::Count)
                    .nn()
                    .def("0")
                    .fill("g * 10"),
                ts("updated_at").fill("now()"),
            ],
        ),
        t(
            "webhooks",
            "webhook",
            2,
            vec![
                c("organization_id", Ty::BigInt, K::Id)
                    .cand("organizations")
                    .fill("g"),
                c("url", Ty::Text, K::Text)
                    .nn()
                    .fill("'https://hooks.example.com/' || g"),
                c("secret", Ty::Varchar(64), K::Text)
                    .nn()
                    .fill("md5('w' || g)"),
                ts("created_at").nn().def(now()).fill("now()"),
            ],
        ),
        t(
            "legacy_sessions",
            "legacy_session",
            3,
            vec![
                c("user_id", Ty::Int, K::Id).cand("users").fill("g"),
                c("data", Ty::Text, K::Text).fill("'{}'"),
                c("created", Ty::Ts, K::Ts).fill("now()::timestamp"),
            ],
        )
        .serial()
        .ephemeral(),
        t(
            "import_rows",
            "import_row",
            4,
            vec![
                c("id", Ty::BigInt, K::Count).nn().uniq().fill("g"),
                c("batch", Ty::Varchar(50), K::Text).fill("'batch-1'"),
                c("raw", Ty::Jsonb, K::Json).fill("jsonb_build_object('row', g)"),
                c("imported_at", Ty::Ts, K::Ts).fill("now()::timestamp"),
            ],
        )
        .no_pk()
        .ephemeral(),
    ]
}

const BASE_ENUMS: &[(&str, &[&str])] = &[
    ("order_status", &["pending", "paid", "shipped", "cancelled"]),
    ("user_role", &["member", "admin", "owner"]),
    ("payment_method", &["card", "bank_transfer"]),
    ("ticket_priority", &["low", "normal", "high"]),
];

/// Tables that the history may create, in no particular order.
fn new_table_specs() -> Vec<TSpec> {
    use Kind as K;
    let ts = |name| c(name, Ty::Tstz, K::Ts);
    let text = |name| c(name, Ty::Text, K::Text);
    let status = |name| c(name, Ty::Text, K::Status);
    let count = |name| c(name, Ty::BigInt, K::Count);
    let cents = |name| c(name, Ty::BigInt, K::Cents);
    let fk = |name, parent| c(name, Ty::BigInt, K::Id).refs(parent);
    let created = || c("created_at", Ty::Tstz, K::Ts).nn().def("now()");
    vec![
        t(
            "subscriptions",
            "subscription",
            0,
            vec![
                fk("user_id", "users").nn(),
                status("plan").nn().def("'free'"),
                status("status").nn().def("'active'"),
                ts("current_period_end"),
                ts("cancelled_at"),
                created(),
            ],
        ),
        t(
            "plans",
            "plan",
            0,
            vec![
                text("code").nn().key(),
                text("name").nn(),
                cents("price_cents").nn().def("0"),
            ],
        )
        .seed(
            "code, name, price_cents",
            "('free', 'Free', 0), ('pro', 'Pro', 2900), ('team', 'Team', 9900)",
        ),
        t(
            "refunds",
            "refund",
            0,
            vec![
                fk("payment_id", "payments").nn(),
                cents("amount_cents").nn(),
                text("reason"),
                created(),
            ],
        ),
        t(
            "carts",
            "cart",
            0,
            vec![fk("user_id", "users"), created(), ts("updated_at")],
        ),
        t(
            "cart_items",
            "cart_item",
            0,
            vec![
                fk("cart_id", "carts").nn(),
                fk("product_id", "products").nn(),
                count("quantity").nn().def("1"),
            ],
        ),
        t(
            "reviews",
            "review",
            0,
            vec![
                fk("product_id", "products").nn(),
                fk("user_id", "users").nn(),
                count("rating").nn(),
                text("body"),
                ts("published_at"),
            ],
        ),
        t(
            "inventory_movements",
            "inventory_movement",
            0,
            vec![
                fk("product_id", "products").nn(),
                c("delta", Ty::BigInt, K::Other).nn(),
                status("reason").nn(),
                created(),
            ],
        ),
        t(
            "teams",
            "team",
            0,
            vec![
                fk("organization_id", "organizations").nn(),
                text("name").nn(),
                created(),
            ],
        ),
        t(
            "team_members",
            "team_member",
            0,
            vec![
                fk("team_id", "teams").nn(),
                fk("user_id", "users").nn(),
                status("role").nn().def("'member'"),
                ts("joined_at").nn().def("now()"),
            ],
        ),
        t(
            "invitations",
            "invitation",
            0,
            vec![
                fk("organization_id", "organizations").nn(),
                c("email", Ty::Text, K::Email).nn(),
                text("token").nn().key(),
                ts("expires_at").nn(),
                ts("accepted_at"),
            ],
        ),
        t(
            "email_deliveries",
            "email_delivery",
            0,
            vec![
                fk("user_id", "users"),
                status("template").nn(),
                ts("sent_at"),
                ts("opened_at"),
            ],
        ),
        t(
            "device_tokens",
            "device_token",
            0,
            vec![
                fk("user_id", "users").nn(),
                text("token").nn().key(),
                status("platform").nn(),
                ts("last_seen_at"),
            ],
        ),
        t(
            "oauth_identities",
            "oauth_identity",
            0,
            vec![
                fk("user_id", "users").nn(),
                status("provider").nn(),
                text("subject").nn(),
                created(),
            ],
        ),
        t(
            "password_resets",
            "password_reset",
            0,
            vec![
                fk("user_id", "users").nn(),
                text("token_hash").nn(),
                ts("expires_at").nn(),
                ts("used_at"),
            ],
        ),
        t(
            "data_exports",
            "data_export",
            0,
            vec![
                fk("requested_by_id", "users").nn(),
                status("status").nn().def("'queued'"),
                text("file_url"),
                ts("finished_at"),
            ],
        ),
        t(
            "tax_rates",
            "tax_rate",
            0,
            vec![
                c("country_code", Ty::Text, K::Code).nn().key(),
                c("rate", Ty::Numeric, K::Cents).nn(),
            ],
        )
        .seed(
            "country_code, rate",
            "('US', 0.07), ('DE', 0.19), ('FR', 0.20), ('GB', 0.20)",
        ),
        t(
            "gift_cards",
            "gift_card",
            0,
            vec![
                text("code").nn().key(),
                cents("balance_cents").nn().def("0"),
                ts("expires_at"),
                fk("issued_to_id", "users"),
            ],
        ),
        t(
            "loyalty_accounts",
            "loyalty_account",
            0,
            vec![
                fk("user_id", "users").nn(),
                count("points").nn().def("0"),
                status("tier").nn().def("'bronze'"),
            ],
        ),
        t(
            "support_tickets",
            "support_ticket",
            0,
            vec![
                fk("user_id", "users"),
                text("subject").nn(),
                status("status").nn().def("'open'"),
                status("priority"),
                ts("closed_at"),
            ],
        ),
        t(
            "ticket_messages",
            "ticket_message",
            0,
            vec![
                fk("ticket_id", "support_tickets").nn(),
                fk("author_id", "users"),
                text("body").nn(),
                created(),
            ],
        ),
        t(
            "search_queries",
            "search_query",
            0,
            vec![
                fk("user_id", "users"),
                text("query").nn(),
                count("results_count"),
                ts("searched_at").nn().def("now()"),
            ],
        ),
        t(
            "daily_metrics",
            "daily_metric",
            0,
            vec![
                status("metric").nn(),
                count("value").nn(),
                ts("recorded_at").nn(),
            ],
        )
        .no_pk(),
        t(
            "event_archive",
            "archived_event",
            0,
            vec![
                text("event_name").nn(),
                c("payload", Ty::Jsonb, K::Json),
                ts("archived_at").nn().def("now()"),
            ],
        )
        .no_pk(),
        t(
            "return_requests",
            "return_request",
            0,
            vec![
                fk("order_id", "orders").nn(),
                text("reason"),
                status("status").nn().def("'requested'"),
                created(),
            ],
        ),
        t(
            "payouts",
            "payout",
            0,
            vec![
                fk("organization_id", "organizations").nn(),
                cents("amount_cents").nn(),
                ts("paid_at"),
            ],
        ),
        t(
            "ledger_entries",
            "ledger_entry",
            0,
            vec![
                text("account_ref").nn(),
                c("amount_cents", Ty::BigInt, K::Other).nn(),
                status("entry_type").nn(),
                created(),
            ],
        ),
        t(
            "job_runs",
            "job_run",
            0,
            vec![
                status("job_name").nn(),
                ts("started_at").nn(),
                ts("finished_at"),
                status("status"),
            ],
        )
        .no_pk(),
        t(
            "wishlists",
            "wishlist",
            0,
            vec![
                fk("user_id", "users").nn(),
                text("name").nn().def("'Default'"),
                created(),
            ],
        ),
        t(
            "wishlist_items",
            "wishlist_item",
            0,
            vec![
                fk("wishlist_id", "wishlists").nn(),
                fk("product_id", "products").nn(),
                ts("added_at").nn().def("now()"),
            ],
        ),
        t(
            "price_overrides",
            "price_override",
            0,
            vec![
                fk("product_id", "products").nn(),
                fk("organization_id", "organizations"),
                cents("price_cents").nn(),
                ts("starts_at"),
                ts("ends_at"),
            ],
        ),
        t(
            "shipping_zones",
            "shipping_zone",
            0,
            vec![text("code").nn().key(), text("name").nn()],
        )
        .seed(
            "code, name",
            "('domestic', 'Domestic'), ('eu', 'European Union'), ('intl', 'International')",
        ),
        t(
            "warehouse_locations",
            "warehouse_location",
            0,
            vec![
                text("code").nn().key(),
                text("city").nn(),
                count("capacity"),
            ],
        ),
        t(
            "stock_reservations",
            "stock_reservation",
            0,
            vec![
                fk("product_id", "products").nn(),
                fk("order_id", "orders"),
                count("quantity").nn(),
                ts("expires_at").nn(),
            ],
        ),
        t(
            "user_preferences",
            "user_preference",
            0,
            vec![
                fk("user_id", "users").nn(),
                text("key").nn(),
                c("value", Ty::Jsonb, K::Json),
                ts("updated_at"),
            ],
        ),
        t(
            "saved_searches",
            "saved_search",
            0,
            vec![
                fk("user_id", "users").nn(),
                text("name").nn(),
                c("filters", Ty::Jsonb, K::Json).nn().def("'{}'::jsonb"),
            ],
        ),
        t(
            "audit_exports",
            "audit_export",
            0,
            vec![
                fk("requested_by_id", "users"),
                ts("range_start"),
                ts("range_end"),
                status("status").nn().def("'pending'"),
            ],
        ),
        t(
            "integration_tokens",
            "integration_token",
            0,
            vec![
                fk("organization_id", "organizations").nn(),
                status("provider").nn(),
                text("access_token").nn(),
                ts("refreshed_at"),
            ],
        ),
        t(
            "sms_messages",
            "sms_message",
            0,
            vec![
                fk("user_id", "users"),
                text("phone").nn(),
                text("body").nn(),
                ts("sent_at"),
            ],
        ),
        t(
            "content_blocks",
            "content_block",
            0,
            vec![
                text("slug").nn().key(),
                text("title"),
                text("body"),
                c("published", Ty::Bool, K::Bool).nn().def("false"),
            ],
        ),
        t(
            "media_assets",
            "media_asset",
            0,
            vec![
                fk("uploaded_by_id", "users"),
                text("url").nn(),
                status("content_type"),
                count("byte_size"),
            ],
        ),
        t(
            "post_revisions",
            "post_revision",
            0,
            vec![
                fk("post_id", "posts").nn(),
                fk("editor_id", "users"),
                text("body"),
                created(),
            ],
        ),
        t(
            "comment_reactions",
            "comment_reaction",
            0,
            vec![
                fk("comment_id", "comments").nn(),
                fk("user_id", "users").nn(),
                c("emoji", Ty::Text, K::Code).nn(),
                created(),
            ],
        ),
        t(
            "api_requests",
            "api_request",
            0,
            vec![
                fk("api_key_id", "api_keys"),
                text("path").nn(),
                count("status_code"),
                ts("requested_at").nn().def("now()"),
            ],
        )
        .no_pk(),
        t(
            "rate_limits",
            "rate_limit",
            0,
            vec![
                text("bucket").nn().key(),
                ts("window_start").nn(),
                count("hits").nn().def("0"),
            ],
        ),
        t(
            "billing_contacts",
            "billing_contact",
            0,
            vec![
                fk("organization_id", "organizations").nn(),
                c("email", Ty::Text, K::Email).nn(),
                text("name"),
            ],
        ),
        t(
            "order_notes",
            "order_note",
            0,
            vec![
                fk("order_id", "orders").nn(),
                fk("author_id", "users"),
                text("body").nn(),
                created(),
            ],
        ),
        t(
            "product_images",
            "product_image",
            0,
            vec![
                fk("product_id", "products").nn(),
                text("url").nn(),
                count("display_order").nn().def("0"),
            ],
        ),
        t(
            "referral_codes",
            "referral_code",
            0,
            vec![
                fk("user_id", "users").nn(),
                text("code").nn().key(),
                count("uses").nn().def("0"),
            ],
        ),
        t(
            "experiment_assignments",
            "experiment_assignment",
            0,
            vec![
                fk("user_id", "users"),
                status("experiment").nn(),
                status("variant").nn(),
                ts("assigned_at").nn().def("now()"),
            ],
        )
        .no_pk(),
        t(
            "outbox_messages",
            "outbox_message",
            0,
            vec![
                status("topic").nn(),
                c("payload", Ty::Jsonb, K::Json).nn(),
                ts("published_at"),
                created(),
            ],
        ),
        t(
            "shipment_events",
            "shipment_event",
            0,
            vec![
                fk("shipment_id", "shipments").nn(),
                status("status").nn(),
                ts("occurred_at").nn(),
            ],
        ),
        t(
            "login_events",
            "login_event",
            0,
            vec![
                fk("user_id", "users"),
                text("ip_address"),
                ts("logged_in_at").nn().def("now()"),
            ],
        )
        .no_pk(),
    ]
}

/// Renders `CREATE TABLE` (and the INSERT that fills it) for `spec` and
/// records the table in the model. Returns the statements, the table and
/// the style rules its column types fire.
fn create_table(
    m: &mut Model,
    spec: &TSpec,
    created: bool,
) -> (Vec<String>, usize, Vec<&'static str>) {
    let t = m.tables.len();
    m.reserve(spec.name);
    let nonempty = spec.rows > 0 || spec.seed.is_some();
    m.tables.push(Table {
        name: spec.name.to_string(),
        orig: spec.name.to_string(),
        singular: spec.singular.to_string(),
        cols: Vec::new(),
        live: true,
        created,
        nonempty,
        ephemeral: spec.ephemeral,
        pinned: false,
        seeded: spec.seed.is_some(),
        truncated: false,
        has_pk: spec.pk != Pk::None,
    });
    let mut lines = Vec::new();
    let mut rules: Vec<&'static str> = Vec::new();
    if spec.pk != Pk::None {
        let (ty, text) = match spec.pk {
            Pk::Serial => (Ty::Int, "id serial PRIMARY KEY".to_string()),
            _ if created => (
                Ty::BigInt,
                "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY".to_string(),
            ),
            _ => (
                Ty::BigInt,
                "id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY".to_string(),
            ),
        };
        if spec.pk == Pk::Serial {
            rules.extend(Ty::Serial.style());
        }
        lines.push(text);
        let uid = m.uid();
        m.tables[t].cols.push(Col {
            uid,
            name: "id".into(),
            ty,
            kind: Kind::Id,
            not_null: true,
            default: Some("identity".into()),
            nulls: false,
            uniq: true,
            ukey: false,
            pk: true,
            pinned: true,
        });
        let pkey = format!("{}_pkey", spec.name);
        m.reserve(&pkey);
        m.reserve(&format!("{}_id_seq", spec.name));
        m.cons.push(Con {
            name: pkey,
            table: t,
            col: uid,
            kind: ConKind::Pk,
            pending: false,
            live: true,
        });
    } else if created {
        lines.push("id bigint NOT NULL".to_string());
        let uid = m.uid();
        m.tables[t].cols.push(Col {
            uid,
            name: "id".into(),
            ty: Ty::BigInt,
            kind: Kind::Count,
            not_null: true,
            default: None,
            nulls: false,
            uniq: true,
            ukey: false,
            pk: false,
            pinned: false,
        });
    }
    let mut insert_cols = Vec::new();
    let mut insert_fills = Vec::new();
    for s in &spec.cols {
        let mut line = format!("{} {}", s.name, s.ty.sql());
        rules.extend(s.ty.style());
        if s.nn {
            line.push_str(" NOT NULL");
        }
        if let Some(d) = s.def {
            line.push_str(&format!(" DEFAULT {d}"));
        }
        if s.key {
            line.push_str(" UNIQUE");
        }
        let uid = m.uid();
        let mut parent = None;
        if let Some(p) = s.refs {
            if let Some(pt) = m.find(p) {
                line.push_str(&format!(" REFERENCES {} (id)", m.tables[pt].name));
                parent = Some(pt);
            }
        }
        lines.push(line);
        if spec.rows > 0 {
            if let Some(f) = s.fill {
                insert_cols.push(s.name);
                insert_fills.push(f);
            }
        }
        let nulls = spec.rows > 0 && (s.fill_nulls || (s.fill.is_none() && s.def.is_none()));
        let uniq = s.uniq || !nonempty || (s.fill.is_none() && s.def.is_none());
        m.tables[t].cols.push(Col {
            uid,
            name: s.name.to_string(),
            ty: s.ty.clone(),
            kind: s.kind,
            not_null: s.nn,
            default: s.def.map(|d| d.to_string()),
            nulls,
            uniq: uniq && spec.seed.is_none(),
            ukey: s.key,
            pk: false,
            pinned: false,
        });
        if s.key {
            let name = format!("{}_{}_key", spec.name, s.name);
            m.reserve(&name);
            m.cons.push(Con {
                name,
                table: t,
                col: uid,
                kind: ConKind::Unique,
                pending: false,
                live: true,
            });
        }
        if let Some(pt) = parent {
            let name = format!("{}_{}_fkey", spec.name, s.name);
            m.reserve(&name);
            m.cons.push(Con {
                name,
                table: t,
                col: uid,
                kind: ConKind::Fk(pt),
                pending: false,
                live: true,
            });
        }
        if let Some(p) = s.cand {
            if let Some(pt) = m.find(p) {
                m.cands.push(Cand {
                    table: t,
                    col: uid,
                    parent: pt,
                    from_base: true,
                    live: true,
                });
            }
        }
    }
    let mut stmts = vec![format!(
        "CREATE TABLE {} (\n  {}\n)",
        spec.name,
        lines.join(",\n  ")
    )];
    if spec.rows > 0 {
        stmts.push(format!(
            "INSERT INTO {} ({})\nSELECT {}\nFROM generate_series(1, {}) AS g",
            spec.name,
            insert_cols.join(", "),
            insert_fills.join(",\n       "),
            spec.rows
        ));
    }
    if let Some((cols, rows)) = spec.seed {
        stmts.push(format!(
            "INSERT INTO {} ({cols}) VALUES\n  {rows}",
            spec.name
        ));
    }
    (stmts, t, rules)
}

fn base() -> (String, Model) {
    let mut m = Model::default();
    let mut out =
        String::from("-- The schema and data that exist before the generated history.\n\n");
    for (name, values) in BASE_ENUMS {
        m.reserve(name);
        let quoted: Vec<String> = values.iter().map(|v| format!("'{v}'")).collect();
        out.push_str(&format!(
            "CREATE TYPE {name} AS ENUM ({});\n\n",
            quoted.join(", ")
        ));
        m.enums.push(EnumTy {
            name: name.to_string(),
            values: values.iter().map(|v| v.to_string()).collect(),
            original: values.len(),
            live: true,
        });
    }
    for spec in base_tables() {
        let (stmts, _, _) = create_table(&mut m, &spec, false);
        for s in stmts {
            out.push_str(&s);
            out.push_str(";\n\n");
        }
    }
    let indexes: &[(&str, &str, &str)] = &[
        ("idx_orders_user_id", "orders", "user_id"),
        ("idx_events_occurred_at", "events", "occurred_at"),
        ("idx_sessions_user_id", "sessions", "user_id"),
        ("idx_page_views_path", "page_views", "path"),
        ("idx_posts_published_at", "posts", "published_at"),
        ("idx_comments_post_id", "comments", "post_id"),
        ("idx_audit_log_created_at", "audit_log", "created_at"),
        ("idx_notifications_user_id", "notifications", "user_id"),
        ("idx_products_name", "products", "name"),
        ("idx_payments_invoice_id", "payments", "invoice_id"),
        ("idx_invoices_status", "invoices", "status"),
        ("idx_addresses_user_id", "addresses", "user_id"),
    ];
    for (name, table, col) in indexes {
        let t = m.tables.iter().position(|x| x.name == *table).unwrap();
        let uid = m.tables[t]
            .cols
            .iter()
            .find(|c| c.name == *col)
            .unwrap()
            .uid;
        m.reserve(name);
        m.idxs.push(Idx {
            name: name.to_string(),
            table: t,
            cols: vec![uid],
            live: true,
            pinned: false,
        });
        out.push_str(&format!("CREATE INDEX {name} ON {table} ({col});\n"));
    }
    out.push('\n');
    let views: &[(&str, &str, &[&str], &str)] = &[
        (
            "active_users",
            "users",
            &["id", "email", "name", "status"],
            " WHERE status = 'active'",
        ),
        (
            "order_summaries",
            "orders",
            &["id", "user_id", "status", "total_cents"],
            "",
        ),
    ];
    for (name, table, cols, filter) in views {
        let t = m.tables.iter().position(|x| x.name == *table).unwrap();
        m.tables[t].pinned = true;
        for col in m.tables[t].cols.iter_mut() {
            if cols.contains(&col.name.as_str()) {
                col.pinned = true;
            }
        }
        m.reserve(name);
        m.views.push(Named {
            name: name.to_string(),
            live: true,
        });
        out.push_str(&format!(
            "CREATE VIEW {name} AS\nSELECT {}\nFROM {table}{filter};\n\n",
            cols.join(", ")
        ));
    }
    let funcs: &[(&str, &str, &str)] = &[
        (
            "normalize_email",
            "text",
            "RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim($1)) $$",
        ),
        (
            "legacy_full_name",
            "text, text",
            "RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT $1 || ' ' || $2 $$",
        ),
        (
            "cents_to_dollars",
            "bigint",
            "RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT $1 / 100.0 $$",
        ),
        (
            "order_total",
            "bigint",
            "RETURNS bigint LANGUAGE sql STABLE AS $$ \
             SELECT sum(quantity * unit_price_cents)::bigint FROM order_items WHERE order_id = $1 $$",
        ),
    ];
    for (name, args, body) in funcs {
        m.reserve(name);
        m.funcs.push(Func {
            name: name.to_string(),
            args: args.to_string(),
            live: true,
        });
        out.push_str(&format!("CREATE FUNCTION {name}({args}) {body};\n\n"));
    }
    m.reserve("invoice_number_seq");
    m.seqs.push(Named {
        name: "invoice_number_seq".into(),
        live: true,
    });
    out.push_str("CREATE SEQUENCE invoice_number_seq START WITH 1000;\n");
    (out, m)
}

// ---------------------------------------------------------------------------
// Migrations

struct Mig {
    slug: String,
    note: String,
    stmts: Vec<String>,
    rules: Vec<&'static str>,
    on_new: bool,
    nontx: bool,
}

impl Mig {
    fn new(slug: String, note: impl Into<String>) -> Mig {
        Mig {
            slug,
            note: note.into(),
            stmts: Vec::new(),
            rules: Vec::new(),
            on_new: false,
            nontx: false,
        }
    }

    fn sql(mut self, s: impl Into<String>) -> Mig {
        self.stmts.push(s.into());
        self
    }

    fn rules(mut self, r: &[&'static str]) -> Mig {
        self.rules.extend_from_slice(r);
        self
    }

    fn on_new(mut self, yes: bool) -> Mig {
        self.on_new = yes;
        self
    }

    fn finish(self, n: usize) -> Generated {
        let mut slug = String::new();
        for ch in self.slug.chars() {
            let ch = ch.to_ascii_lowercase();
            if ch.is_ascii_alphanumeric() {
                slug.push(ch);
            } else if !slug.ends_with('_') {
                slug.push('_');
            }
        }
        let slug: String = slug.trim_matches('_').chars().take(72).collect();
        let mut sql = String::new();
        if self.nontx {
            sql.push_str(NON_TRANSACTIONAL);
            sql.push('\n');
        }
        if !self.note.is_empty() {
            sql.push_str(&format!("-- {}\n", self.note));
        }
        for (i, s) in self.stmts.iter().enumerate() {
            if i > 0 {
                sql.push('\n');
            }
            sql.push_str(s);
            sql.push_str(";\n");
        }
        let mut squawk = self.rules;
        squawk.sort_unstable();
        squawk.dedup();
        Generated {
            id: format!("{n:04}_{}", slug.trim_end_matches('_')),
            sql,
            squawk,
            on_new_table: self.on_new,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Cat {
    // safe
    CreateTable,
    CreateLogTable,
    CreateTableLegacy,
    SeedLookup,
    AddNullable,
    AddFkIdColumn,
    AddConstDefault,
    CreateIndexConcurrently,
    DropIndexConcurrently,
    AddCheckNotValid,
    AddFkNotValid,
    Validate,
    AddNotNullCheck,
    SafeSetNotNull,
    Backfill,
    CreateView,
    Comment,
    CreateEnum,
    CreateFunction,
    EnumAddValueOrdered,
    CreateSequence,
    // hazards
    AddRequired,
    VolatileDefault,
    AlterType,
    AddCheck,
    AddFk,
    AddFkColumn,
    RenameColumn,
    RenameTable,
    DropColumn,
    DropTable,
    CreateIndex,
    DropIndex,
    SetNotNull,
    AddPk,
    AddUnique,
    EnumAddValue,
    DropNotNull,
    DropDefault,
    DropFunction,
    DropConstraint,
    Truncate,
    AddStyleColumn,
    DropView,
    RenameIndex,
    DropType,
    Reindex,
    DropSequence,
}

/// Which tables a hazard of the bag should target.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Want {
    /// Tables from `base_schema()`.
    Old,
    /// Tables that an earlier migration of the history created.
    New,
    Any,
}

/// The least number of migrations of each kind (and target) in a history.
const QUOTA: &[(Cat, Want, usize)] = &[
    (Cat::CreateTable, Want::Any, 22),
    (Cat::CreateLogTable, Want::Any, 2),
    (Cat::CreateTableLegacy, Want::Any, 5),
    (Cat::SeedLookup, Want::Any, 2),
    (Cat::AddNullable, Want::Any, 18),
    (Cat::AddFkIdColumn, Want::Any, 5),
    (Cat::AddConstDefault, Want::Any, 10),
    (Cat::CreateIndexConcurrently, Want::Any, 5),
    (Cat::DropIndexConcurrently, Want::Any, 2),
    (Cat::AddCheckNotValid, Want::Any, 5),
    (Cat::AddFkNotValid, Want::Any, 4),
    (Cat::Validate, Want::Any, 7),
    (Cat::AddNotNullCheck, Want::Any, 4),
    (Cat::SafeSetNotNull, Want::Any, 3),
    (Cat::Backfill, Want::Any, 7),
    (Cat::CreateView, Want::Any, 2),
    (Cat::Comment, Want::Any, 5),
    (Cat::CreateEnum, Want::Any, 3),
    (Cat::CreateFunction, Want::Any, 4),
    (Cat::EnumAddValueOrdered, Want::Any, 2),
    (Cat::CreateSequence, Want::Any, 1),
    (Cat::AddRequired, Want::Old, 4),
    (Cat::AddRequired, Want::New, 2),
    (Cat::VolatileDefault, Want::Old, 4),
    (Cat::VolatileDefault, Want::New, 2),
    (Cat::AlterType, Want::Old, 5),
    (Cat::AlterType, Want::New, 2),
    (Cat::AddCheck, Want::Old, 4),
    (Cat::AddCheck, Want::New, 1),
    (Cat::AddFk, Want::Old, 4),
    (Cat::AddFk, Want::New, 1),
    (Cat::AddFkColumn, Want::Old, 4),
    (Cat::AddFkColumn, Want::New, 1),
    (Cat::RenameColumn, Want::Old, 4),
    (Cat::RenameColumn, Want::New, 2),
    (Cat::RenameTable, Want::Old, 3),
    (Cat::RenameTable, Want::New, 1),
    (Cat::DropColumn, Want::Old, 4),
    (Cat::DropColumn, Want::New, 2),
    (Cat::DropTable, Want::Old, 3),
    (Cat::DropTable, Want::New, 2),
    (Cat::CreateIndex, Want::Old, 5),
    (Cat::CreateIndex, Want::New, 2),
    (Cat::DropIndex, Want::Old, 3),
    (Cat::DropIndex, Want::New, 1),
    (Cat::SetNotNull, Want::Old, 4),
    (Cat::SetNotNull, Want::New, 2),
    (Cat::AddPk, Want::Old, 2),
    (Cat::AddPk, Want::New, 1),
    (Cat::AddUnique, Want::Old, 4),
    (Cat::AddUnique, Want::New, 1),
    (Cat::EnumAddValue, Want::Any, 4),
    (Cat::DropNotNull, Want::Old, 3),
    (Cat::DropNotNull, Want::New, 1),
    (Cat::DropDefault, Want::Old, 3),
    (Cat::DropDefault, Want::New, 1),
    (Cat::DropFunction, Want::Any, 3),
    (Cat::DropConstraint, Want::Old, 4),
    (Cat::DropConstraint, Want::New, 1),
    (Cat::Truncate, Want::Old, 2),
    (Cat::Truncate, Want::New, 1),
    (Cat::AddStyleColumn, Want::Old, 5),
    (Cat::AddStyleColumn, Want::New, 5),
    (Cat::DropView, Want::Any, 1),
    (Cat::RenameIndex, Want::Old, 1),
    (Cat::RenameIndex, Want::New, 1),
    (Cat::DropType, Want::Any, 1),
    (Cat::Reindex, Want::Old, 1),
    (Cat::Reindex, Want::New, 1),
    (Cat::DropSequence, Want::Any, 1),
];

/// What fills the history past the quotas.
const FILLER: &[Cat] = &[
    Cat::CreateTable,
    Cat::AddNullable,
    Cat::AddNullable,
    Cat::AddConstDefault,
    Cat::Backfill,
    Cat::Comment,
    Cat::CreateIndex,
    Cat::AddCheck,
    Cat::RenameColumn,
    Cat::DropColumn,
    Cat::AlterType,
    Cat::SetNotNull,
    Cat::AddStyleColumn,
];

const ADD_NULLABLE: &[(&str, Ty, Kind)] = &[
    ("nickname", Ty::Text, Kind::Text),
    ("bio", Ty::Text, Kind::Text),
    ("timezone", Ty::Text, Kind::Status),
    ("locale", Ty::Text, Kind::Status),
    ("deleted_at", Ty::Tstz, Kind::Ts),
    ("archived_at", Ty::Tstz, Kind::Ts),
    ("internal_notes", Ty::Text, Kind::Text),
    ("metadata", Ty::Jsonb, Kind::Json),
    ("external_ref", Ty::Text, Kind::Text),
    ("priority", Ty::BigInt, Kind::Count),
    ("score", Ty::BigInt, Kind::Count),
    ("verified_at", Ty::Tstz, Kind::Ts),
    ("source", Ty::Text, Kind::Status),
    ("discount_cents", Ty::BigInt, Kind::Cents),
    ("phone", Ty::Text, Kind::Text),
    ("avatar_url", Ty::Text, Kind::Text),
    ("last_error", Ty::Text, Kind::Text),
    ("retried_at", Ty::Tstz, Kind::Ts),
    ("settings", Ty::Jsonb, Kind::Json),
    ("tracking_id", Ty::Uuid, Kind::Uuid),
    ("is_test", Ty::Bool, Kind::Bool),
    ("locked_at", Ty::Tstz, Kind::Ts),
    ("approved_at", Ty::Tstz, Kind::Ts),
    ("fingerprint", Ty::Text, Kind::Text),
    ("display_order", Ty::BigInt, Kind::Count),
    ("weight", Ty::Numeric, Kind::Cents),
    ("channel", Ty::Text, Kind::Status),
    ("region", Ty::Text, Kind::Code),
    ("expires_at", Ty::Tstz, Kind::Ts),
    ("description", Ty::Text, Kind::Text),
];

const ADD_DEFAULT: &[(&str, Ty, Kind, &str)] = &[
    ("is_archived", Ty::Bool, Kind::Bool, "false"),
    ("is_verified", Ty::Bool, Kind::Bool, "false"),
    ("retry_count", Ty::BigInt, Kind::Count, "0"),
    ("attempts", Ty::BigInt, Kind::Count, "0"),
    ("state", Ty::Text, Kind::Status, "'pending'"),
    ("visibility", Ty::Text, Kind::Status, "'private'"),
    ("preferences", Ty::Jsonb, Kind::Json, "'{}'::jsonb"),
    ("updated_at", Ty::Tstz, Kind::Ts, "now()"),
    ("recorded_at", Ty::Tstz, Kind::Ts, "CURRENT_TIMESTAMP"),
    ("version", Ty::BigInt, Kind::Count, "1"),
    ("currency_code", Ty::Text, Kind::Code, "'USD'"),
    ("priority_level", Ty::BigInt, Kind::Count, "0"),
    ("is_hidden", Ty::Bool, Kind::Bool, "false"),
    ("sync_status", Ty::Text, Kind::Status, "'never'"),
];

const ADD_STYLE: &[(&str, Ty, Kind)] = &[
    ("legacy_code", Ty::Varchar(20), Kind::Code),
    ("retry_total", Ty::Int, Kind::Count),
    ("sort_order", Ty::SmallInt, Kind::Count),
    ("region_code", Ty::Char(2), Kind::Code),
    ("synced_at", Ty::Ts, Kind::Ts),
    ("external_key", Ty::Varchar(64), Kind::Text),
    ("attempt_count", Ty::Int, Kind::Count),
    ("tax_code", Ty::Char(4), Kind::Code),
    ("imported_on", Ty::Ts, Kind::Ts),
    ("short_name", Ty::Varchar(50), Kind::Text),
    ("list_rank", Ty::SmallInt, Kind::Count),
    ("last_synced_at", Ty::Ts, Kind::Ts),
    ("batch_number", Ty::Int, Kind::Count),
    ("status_code", Ty::SmallInt, Kind::Count),
    ("locale_code", Ty::Varchar(10), Kind::Code),
];

const REQUIRED_EMPTY: &[(&str, Ty, Kind)] = &[
    ("title", Ty::Text, Kind::Text),
    ("owner_email", Ty::Text, Kind::Email),
    ("kind", Ty::Text, Kind::Status),
    ("amount_cents", Ty::BigInt, Kind::Cents),
    ("starts_at", Ty::Tstz, Kind::Ts),
    ("external_id", Ty::Text, Kind::Text),
    ("quantity", Ty::BigInt, Kind::Count),
    ("is_primary", Ty::Bool, Kind::Bool),
    ("source_system", Ty::Varchar(40), Kind::Text),
    ("sequence_no", Ty::Int, Kind::Count),
];

const RENAMES: &[(&str, &str)] = &[
    ("name", "display_name"),
    ("status", "state"),
    ("age", "age_years"),
    ("country_code", "country"),
    ("last_login_at", "last_seen_at"),
    ("description", "summary"),
    ("body", "content"),
    ("title", "headline"),
    ("total_cents", "amount_cents"),
    ("amount_cents", "total_amount_cents"),
    ("price_cents", "list_price_cents"),
    ("stock", "stock_quantity"),
    ("quantity", "qty"),
    ("city", "locality"),
    ("line1", "street_line1"),
    ("postal_code", "zip_code"),
    ("carrier", "carrier_name"),
    ("tracking_number", "tracking_code"),
    ("url", "endpoint_url"),
    ("secret", "signing_secret"),
    ("path", "request_path"),
    ("referrer", "referrer_url"),
    ("action", "event_action"),
    ("target", "target_ref"),
    ("kind", "notification_kind"),
    ("read_at", "seen_at"),
    ("enabled", "is_enabled"),
    ("rollout_percent", "rollout_pct"),
    ("data", "payload"),
    ("batch", "batch_name"),
    ("raw", "raw_payload"),
    ("provider", "payment_provider"),
    ("provider_ref", "provider_reference"),
    ("internal_notes", "staff_notes"),
    ("bio", "about"),
    ("priority", "priority_level"),
    ("nickname", "handle"),
    ("color", "hex_color"),
    ("percent_off", "discount_percent"),
    ("expires_at", "valid_until"),
    ("weight_grams", "weight_g"),
    ("user_agent", "client_user_agent"),
    ("ip_address", "client_ip"),
    ("plan", "plan_code"),
    ("subject", "subject_line"),
    ("reason", "reason_text"),
    ("created", "created_on"),
];

const TABLE_RENAMES: &[(&str, &str)] = &[
    ("events", "domain_events"),
    ("audit_log", "audit_events"),
    ("page_views", "page_hits"),
    ("sessions", "user_sessions"),
    ("notifications", "user_notifications"),
    ("coupons", "promo_codes"),
    ("webhooks", "webhook_endpoints"),
    ("tags", "labels"),
    ("addresses", "postal_addresses"),
    ("shipments", "deliveries"),
    ("login_attempts", "sign_in_attempts"),
    ("import_rows", "staged_imports"),
    ("api_keys", "access_tokens"),
    ("feature_flags", "toggles"),
    ("legacy_sessions", "archived_sessions"),
    ("comments", "post_comments"),
    ("invoices", "billing_invoices"),
    ("payments", "payment_transactions"),
];

const ENUMS: &[(&str, &str, &[&str])] = &[
    (
        "ticket_status",
        "ticket_state",
        &["open", "pending", "solved", "closed"],
    ),
    (
        "shipment_state",
        "delivery_state",
        &["label_created", "in_transit", "delivered"],
    ),
    (
        "review_state",
        "moderation_state",
        &["pending", "approved", "rejected"],
    ),
    (
        "delivery_channel",
        "preferred_channel",
        &["email", "sms", "push"],
    ),
    (
        "invoice_kind",
        "invoice_kind",
        &["standard", "credit_note", "proforma"],
    ),
    (
        "billing_interval",
        "billing_interval",
        &["monthly", "yearly"],
    ),
];

fn enum_extra(name: &str) -> &'static [&'static str] {
    match name {
        "order_status" => &["refunded", "on_hold", "partially_shipped", "returned"],
        "user_role" => &["billing", "viewer", "support", "auditor"],
        "payment_method" => &["paypal", "apple_pay", "wire", "voucher"],
        "ticket_priority" => &["urgent", "trivial"],
        "ticket_status" => &["escalated", "on_hold"],
        "shipment_state" => &["returned", "lost", "out_for_delivery"],
        "review_state" => &["flagged", "spam"],
        "delivery_channel" => &["webhook", "in_app"],
        "invoice_kind" => &["debit_note", "recurring"],
        "billing_interval" => &["weekly", "quarterly"],
        _ => &[],
    }
}

const FUNCTIONS: &[(&str, &str, &str)] = &[
    (
        "slugify",
        "text",
        "RETURNS text\nLANGUAGE sql IMMUTABLE\nAS $$ SELECT lower(regexp_replace($1, '[^a-zA-Z0-9]+', '-', 'g')) $$",
    ),
    (
        "cents_to_amount",
        "bigint",
        "RETURNS numeric\nLANGUAGE sql IMMUTABLE\nAS $$ SELECT $1 / 100.0 $$",
    ),
    (
        "is_weekend",
        "timestamptz",
        "RETURNS boolean\nLANGUAGE sql STABLE\nAS $$ SELECT extract(isodow FROM $1) >= 6 $$",
    ),
    (
        "email_domain",
        "text",
        "RETURNS text\nLANGUAGE sql IMMUTABLE\nAS $$ SELECT split_part($1, '@', 2) $$",
    ),
    (
        "clamp_percent",
        "bigint",
        "RETURNS bigint\nLANGUAGE sql IMMUTABLE\nAS $$ SELECT greatest(0, least(100, $1)) $$",
    ),
    (
        "mask_token",
        "text",
        "RETURNS text\nLANGUAGE sql IMMUTABLE\nAS $$ SELECT left($1, 4) || '****' $$",
    ),
    (
        "touch_updated_at",
        "",
        "RETURNS trigger\nLANGUAGE plpgsql\nAS $$\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND\n$$",
    ),
    (
        "business_days_between",
        "date, date",
        "RETURNS bigint\nLANGUAGE sql IMMUTABLE\nAS $$ SELECT count(*) FROM generate_series($1::timestamp, $2::timestamp, interval '1 day') AS d WHERE extract(isodow FROM d) < 6 $$",
    ),
];

const SEQUENCES: &[&str] = &[
    "order_number_seq",
    "ticket_number_seq",
    "receipt_number_seq",
    "credit_note_seq",
];

const COMMENTS: &[&str] = &[
    "Owned by the billing team.",
    "Written by the nightly import job.",
    "Soft-delete marker: NULL means live.",
    "Kept for the data warehouse export.",
    "Do not read from the API; internal use only.",
    "Populated asynchronously by the worker.",
];

struct Gen {
    rng: Rng,
    m: Model,
    specs: Vec<TSpec>,
    specs_used: Vec<bool>,
    want: Want,
    /// Turns of the style types, per target, so that each comes up.
    style_turn: [usize; 3],
}

impl Gen {
    fn history(&mut self) -> Vec<Mig> {
        let mut bag: Vec<(Cat, Want)> = Vec::new();
        for (cat, want, n) in QUOTA {
            for _ in 0..*n {
                bag.push((*cat, *want));
            }
        }
        while bag.len() < CORPUS_LEN {
            bag.push((*self.rng.pick(FILLER), Want::Any));
        }
        for i in (1..bag.len()).rev() {
            let j = self.rng.below(i + 1);
            bag.swap(i, j);
        }
        let mut out = Vec::new();
        let mut deferred: Vec<(Cat, Want)> = Vec::new();
        let mut next = 0;
        while out.len() < CORPUS_LEN {
            let mut produced = None;
            let mut k = 0;
            while k < deferred.len() {
                if let Some(mig) = self.make(deferred[k].0, deferred[k].1) {
                    deferred.remove(k);
                    produced = Some(mig);
                    break;
                }
                k += 1;
            }
            if produced.is_none() && next < bag.len() {
                let (cat, want) = bag[next];
                next += 1;
                match self.make(cat, want) {
                    Some(mig) => produced = Some(mig),
                    None => deferred.push((cat, want)),
                }
            }
            if produced.is_none() && next >= bag.len() {
                for cat in [
                    Cat::AddNullable,
                    Cat::CreateTable,
                    Cat::AddConstDefault,
                    Cat::Comment,
                ] {
                    if let Some(mig) = self.make(cat, Want::Any) {
                        produced = Some(mig);
                        break;
                    }
                }
            }
            if let Some(mig) = produced {
                out.push(mig);
            }
        }
        out
    }

    fn make(&mut self, cat: Cat, want: Want) -> Option<Mig> {
        self.want = want;
        match cat {
            Cat::CreateTable => self.create_table(false, false, false),
            Cat::CreateLogTable => self.create_table(false, false, true),
            Cat::CreateTableLegacy => self.create_table(true, false, false),
            Cat::SeedLookup => self.create_table(false, true, false),
            Cat::AddNullable => self.add_nullable(),
            Cat::AddFkIdColumn => self.add_fk_column(false),
            Cat::AddConstDefault => self.add_const_default(),
            Cat::CreateIndexConcurrently => self.create_index(true),
            Cat::DropIndexConcurrently => self.drop_index(true),
            Cat::AddCheckNotValid => self.add_check(true),
            Cat::AddFkNotValid => self.add_fk(true),
            Cat::Validate => self.validate(),
            Cat::AddNotNullCheck => self.add_not_null_check(),
            Cat::SafeSetNotNull => self.safe_set_not_null(),
            Cat::Backfill => self.backfill(),
            Cat::CreateView => self.create_view(),
            Cat::Comment => self.comment(),
            Cat::CreateEnum => self.create_enum(),
            Cat::CreateFunction => self.create_function(),
            Cat::EnumAddValueOrdered => self.enum_add_value(true),
            Cat::CreateSequence => self.create_sequence(),
            Cat::AddRequired => self.add_required(),
            Cat::VolatileDefault => self.volatile_default(),
            Cat::AlterType => self.alter_type(),
            Cat::AddCheck => self.add_check(false),
            Cat::AddFk => self.add_fk(false),
            Cat::AddFkColumn => self.add_fk_column(true),
            Cat::RenameColumn => self.rename_column(),
            Cat::RenameTable => self.rename_table(),
            Cat::DropColumn => self.drop_column(),
            Cat::DropTable => self.drop_table(),
            Cat::CreateIndex => self.create_index(false),
            Cat::DropIndex => self.drop_index(false),
            Cat::SetNotNull => self.set_not_null(),
            Cat::AddPk => self.add_pk(),
            Cat::AddUnique => self.add_unique(),
            Cat::EnumAddValue => self.enum_add_value(false),
            Cat::DropNotNull => self.drop_not_null(),
            Cat::DropDefault => self.drop_default(),
            Cat::DropFunction => self.drop_function(),
            Cat::DropConstraint => self.drop_constraint(),
            Cat::Truncate => self.truncate(),
            Cat::AddStyleColumn => self.add_style_column(),
            Cat::DropView => self.drop_view(),
            Cat::RenameIndex => self.rename_index(),
            Cat::DropType => self.drop_type(),
            Cat::Reindex => self.reindex(),
            Cat::DropSequence => self.drop_sequence(),
        }
    }

    // -- choosing targets ---------------------------------------------------

    /// A table the history may alter: live and not a seeded lookup table.
    fn alterable(&self, t: usize) -> bool {
        let table = &self.m.tables[t];
        table.live && !table.seeded
    }

    /// Picks one of `items` (each tagged with its table) on the tables that
    /// `self.want` asks for; for `Want::Any`, one on a table that the
    /// history created now and then.
    fn choose<T: Copy>(&mut self, items: Vec<(usize, T)>) -> Option<(usize, T)> {
        let (fresh, old): (Vec<_>, Vec<_>) = items
            .into_iter()
            .partition(|(t, _)| self.m.tables[*t].created);
        let pool = match self.want {
            Want::Old => old,
            Want::New => fresh,
            Want::Any if fresh.is_empty() => old,
            Want::Any if old.is_empty() || self.rng.chance(30) => fresh,
            Want::Any => old,
        };
        if pool.is_empty() {
            return None;
        }
        Some(*self.rng.pick(&pool))
    }

    /// Columns of alterable tables that satisfy `pred`.
    fn columns(&self, pred: impl Fn(usize, &Table, &Col) -> bool) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (t, table) in self.m.tables.iter().enumerate() {
            if !self.alterable(t) {
                continue;
            }
            for col in &table.cols {
                if pred(t, table, col) {
                    out.push((t, col.uid));
                }
            }
        }
        out
    }

    fn tables(&self, pred: impl Fn(usize, &Table) -> bool) -> Vec<(usize, ())> {
        (0..self.m.tables.len())
            .filter(|&t| self.alterable(t) && pred(t, &self.m.tables[t]))
            .map(|t| (t, ()))
            .collect()
    }

    fn tname(&self, t: usize) -> String {
        self.m.tables[t].name.clone()
    }

    fn cname(&self, t: usize, uid: usize) -> String {
        self.m.col(t, uid).name.clone()
    }

    fn is_new(&self, t: usize) -> bool {
        self.m.tables[t].created
    }

    /// A column name from `pool` that `t` does not have yet.
    fn pick_name<'a, T>(
        &mut self,
        t: usize,
        pool: &'a [T],
        name: impl Fn(&T) -> &str,
    ) -> Option<&'a T> {
        let free: Vec<&T> = pool
            .iter()
            .filter(|x| !self.m.has_col(t, name(x)))
            .collect();
        if free.is_empty() {
            None
        } else {
            Some(free[self.rng.below(free.len())])
        }
    }

    fn parents(&self, except: usize) -> Vec<usize> {
        (0..self.m.tables.len())
            .filter(|&p| p != except && self.m.tables[p].live && self.m.tables[p].has_pk)
            .filter(|&p| self.m.tables[p].cols.iter().any(|c| c.pk && c.name == "id"))
            .collect()
    }

    // -- safe ---------------------------------------------------------------

    fn create_table(&mut self, legacy: bool, lookup: bool, keyless: bool) -> Option<Mig> {
        let options: Vec<usize> = (0..self.specs.len())
            .filter(|&i| !self.specs_used[i] && self.specs[i].seed.is_some() == lookup)
            .filter(|&i| self.m.free(self.specs[i].name))
            .filter(|&i| !legacy || self.specs[i].pk != Pk::None)
            .filter(|&i| !keyless || self.specs[i].pk == Pk::None)
            .collect();
        if options.is_empty() {
            return None;
        }
        let i = *self.rng.pick(&options);
        self.specs_used[i] = true;
        let mut spec = self.specs[i].clone();
        if legacy {
            spec.pk = Pk::Serial;
            for col in &mut spec.cols {
                col.ty = match (&col.ty, col.kind) {
                    (Ty::Text, Kind::Text) if col.refs.is_none() => {
                        Ty::Varchar(*self.rng.pick(&[100, 120, 255]))
                    }
                    (Ty::Text, Kind::Status) => Ty::Varchar(32),
                    (Ty::Tstz, _) if self.rng.chance(60) => Ty::Ts,
                    (Ty::BigInt, Kind::Count) => Ty::Int,
                    (Ty::Text, Kind::Code) => Ty::Char(8),
                    (ty, _) => ty.clone(),
                };
            }
        }
        let (stmts, t, rules) = create_table(&mut self.m, &spec, true);
        let note = if lookup {
            format!(
                "Lookup table for {}, seeded with the values the code expects.",
                spec.name
            )
        } else if legacy {
            "Ported from the legacy schema as it was.".to_string()
        } else {
            String::new()
        };
        let mut mig = Mig::new(format!("create_{}", spec.name), note).rules(&rules);
        for s in stmts {
            mig = mig.sql(s);
        }
        if !lookup && self.rng.chance(45) {
            let fks: Vec<usize> = self.m.tables[t]
                .cols
                .iter()
                .filter(|c| self.m.col_is_fk(t, c.uid))
                .map(|c| c.uid)
                .collect();
            if let Some(&uid) = fks.first() {
                let col = self.cname(t, uid);
                let name = self.m.fresh(&format!("idx_{}_{}", spec.name, col));
                self.m.idxs.push(Idx {
                    name: name.clone(),
                    table: t,
                    cols: vec![uid],
                    live: true,
                    pinned: false,
                });
                mig = mig
                    .sql(format!("CREATE INDEX {name} ON {} ({col})", spec.name))
                    .rules(&[REQUIRE_CONCURRENT_INDEX_CREATION]);
            }
        }
        if !lookup && self.rng.chance(20) {
            let note = *self.rng.pick(COMMENTS);
            mig = mig.sql(format!("COMMENT ON TABLE {} IS '{note}'", spec.name));
        }
        Some(mig)
    }

    fn add_nullable(&mut self) -> Option<Mig> {
        let (t, ()) = {
            let items = self.tables(|_, _| true);
            self.choose(items)?
        };
        let (name, ty, kind) = self.pick_name(t, ADD_NULLABLE, |x| x.0)?.clone();
        let col = self.m.new_col(t, name, ty.clone(), kind);
        self.m.add_col(t, col);
        let table = self.tname(t);
        Some(Mig::new(format!("add_{name}_to_{table}"), "").sql(format!(
            "ALTER TABLE {table} ADD COLUMN {name} {}",
            ty.sql()
        )))
    }

    fn add_const_default(&mut self) -> Option<Mig> {
        let (t, ()) = {
            let items = self.tables(|_, _| true);
            self.choose(items)?
        };
        let (name, ty, kind, def) = self.pick_name(t, ADD_DEFAULT, |x| x.0)?.clone();
        let nn = self.rng.chance(65);
        let mut col = self.m.new_col(t, name, ty.clone(), kind);
        col.default = Some(def.to_string());
        col.not_null = nn;
        col.nulls = false;
        col.uniq = !self.m.tables[t].nonempty;
        self.m.add_col(t, col);
        let table = self.tname(t);
        let nn = if nn { " NOT NULL" } else { "" };
        Some(Mig::new(format!("add_{name}_to_{table}"), "").sql(format!(
            "ALTER TABLE {table} ADD COLUMN {name} {}{nn} DEFAULT {def}",
            ty.sql()
        )))
    }

    fn add_fk_column(&mut self, declared: bool) -> Option<Mig> {
        let (t, ()) = {
            let items = self.tables(|_, _| true);
            self.choose(items)?
        };
        let parents = self.parents(t);
        if parents.is_empty() {
            return None;
        }
        let usual: Vec<usize> = parents
            .iter()
            .copied()
            .filter(|&p| {
                let table = &self.m.tables[p];
                table.created
                    || ["users", "organizations", "orders", "products"]
                        .contains(&table.orig.as_str())
            })
            .collect();
        let p = if !usual.is_empty() && self.rng.chance(75) {
            *self.rng.pick(&usual)
        } else {
            *self.rng.pick(&parents)
        };
        let users = self.m.tables[p].orig == "users";
        let name = if users && self.rng.chance(50) {
            self.rng
                .pick(&["created_by_id", "approved_by_id", "assignee_id", "owner_id"])
                .to_string()
        } else {
            format!("{}_id", self.m.tables[p].singular)
        };
        let table = self.tname(t);
        let fkey = format!("{table}_{name}_fkey");
        if self.m.has_col(t, &name) || (declared && !self.m.free(&fkey)) {
            return None;
        }
        let col = self.m.new_col(t, &name, Ty::BigInt, Kind::Id);
        let uid = self.m.add_col(t, col);
        let parent = self.tname(p);
        if declared {
            self.m.reserve(&fkey);
            self.m.cons.push(Con {
                name: fkey,
                table: t,
                col: uid,
                kind: ConKind::Fk(p),
                pending: false,
                live: true,
            });
            let on_delete = if self.rng.chance(40) {
                " ON DELETE SET NULL"
            } else {
                ""
            };
            Some(
                Mig::new(format!("add_{name}_to_{table}"), "")
                    .sql(format!(
                        "ALTER TABLE {table} ADD COLUMN {name} bigint REFERENCES {parent} (id){on_delete}"
                    ))
                    .rules(&[ADDING_FOREIGN_KEY_CONSTRAINT])
                    .on_new(self.is_new(t)),
            )
        } else {
            self.m.cands.push(Cand {
                table: t,
                col: uid,
                parent: p,
                from_base: false,
                live: true,
            });
            Some(
                Mig::new(
                    format!("add_{name}_to_{table}"),
                    format!("References {parent}; the foreign key comes in a later migration."),
                )
                .sql(format!("ALTER TABLE {table} ADD COLUMN {name} bigint")),
            )
        }
    }

    fn create_index(&mut self, concurrently: bool) -> Option<Mig> {
        let items = {
            let m = &self.m;
            self.columns(|t, table, col| {
                !col.pk
                    && !matches!(col.kind, Kind::Json | Kind::Bool)
                    && !m
                        .idxs
                        .iter()
                        .any(|i| i.live && i.table == t && i.cols == [col.uid])
                    && (!concurrently || !table.seeded)
            })
        };
        let (t, uid) = self.choose(items)?;
        let table = self.tname(t);
        let col = self.cname(t, uid);
        let name = if self.rng.chance(70) {
            self.m.fresh(&format!("idx_{table}_{col}"))
        } else {
            self.m.fresh(&format!("{table}_{col}_idx"))
        };
        let partial = self.m.col(t, uid).nulls && self.rng.chance(30);
        let mut stmt = if concurrently {
            format!("CREATE INDEX CONCURRENTLY {name} ON {table} ({col})")
        } else {
            format!("CREATE INDEX {name} ON {table} ({col})")
        };
        if partial {
            stmt.push_str(&format!(" WHERE {col} IS NOT NULL"));
        }
        self.m.idxs.push(Idx {
            name: name.clone(),
            table: t,
            cols: vec![uid],
            live: true,
            pinned: concurrently,
        });
        let slug = format!("index_{table}_on_{col}");
        if concurrently {
            self.m.tables[t].pinned = true;
            self.m.col_mut(t, uid).pinned = true;
            let mut mig = Mig::new(slug, "Built without blocking writes.").sql(stmt);
            mig.nontx = true;
            Some(mig)
        } else {
            Some(
                Mig::new(slug, "")
                    .sql(stmt)
                    .rules(&[REQUIRE_CONCURRENT_INDEX_CREATION])
                    .on_new(self.is_new(t)),
            )
        }
    }

    fn drop_index(&mut self, concurrently: bool) -> Option<Mig> {
        let items: Vec<(usize, usize)> = self
            .m
            .idxs
            .iter()
            .enumerate()
            .filter(|(_, i)| i.live && self.alterable(i.table) && (concurrently || !i.pinned))
            .map(|(k, i)| (i.table, k))
            .collect();
        let (t, k) = self.choose(items)?;
        let name = self.m.idxs[k].name.clone();
        self.m.idxs[k].live = false;
        let table = self.tname(t);
        if concurrently {
            self.m.tables[t].pinned = true;
            let cols = self.m.idxs[k].cols.clone();
            for uid in cols {
                self.m.col_mut(t, uid).pinned = true;
            }
            let mut mig = Mig::new(format!("drop_index_{name}"), "No query uses it any more.")
                .sql(format!("DROP INDEX CONCURRENTLY {name}"));
            mig.nontx = true;
            Some(mig)
        } else {
            let exists = if self.rng.chance(30) {
                "IF EXISTS "
            } else {
                ""
            };
            Some(
                Mig::new(format!("drop_index_{name}_on_{table}"), "")
                    .sql(format!("DROP INDEX {exists}{name}"))
                    .rules(&[REQUIRE_CONCURRENT_INDEX_DELETION])
                    .on_new(self.is_new(t)),
            )
        }
    }

    fn add_check(&mut self, not_valid: bool) -> Option<Mig> {
        let items = {
            let m = &self.m;
            self.columns(|t, table, col| {
                col.kind.check(&col.name).is_some()
                    && !col.pk
                    && !m.col_cons(t, col.uid, |k| k == ConKind::Check)
                    && m.free(&format!("{}_{}_check", table.name, col.name))
            })
        };
        let (t, uid) = self.choose(items)?;
        let table = self.tname(t);
        let col = self.cname(t, uid);
        let pred = self.m.col(t, uid).kind.check(&col).unwrap();
        let name = self.m.fresh(&format!("{table}_{col}_check"));
        self.m.cons.push(Con {
            name: name.clone(),
            table: t,
            col: uid,
            kind: ConKind::Check,
            pending: not_valid,
            live: true,
        });
        if not_valid {
            Some(
                Mig::new(
                    format!("add_{name}_not_valid"),
                    "Checked for new rows now; existing rows are validated separately.",
                )
                .sql(format!(
                    "ALTER TABLE {table}\n  ADD CONSTRAINT {name} CHECK ({pred}) NOT VALID"
                )),
            )
        } else {
            Some(
                Mig::new(format!("add_{name}"), "")
                    .sql(format!(
                        "ALTER TABLE {table}\n  ADD CONSTRAINT {name} CHECK ({pred})"
                    ))
                    .rules(&[CONSTRAINT_MISSING_NOT_VALID])
                    .on_new(self.is_new(t)),
            )
        }
    }

    fn add_fk(&mut self, not_valid: bool) -> Option<Mig> {
        let items: Vec<(usize, usize)> = self
            .m
            .cands
            .iter()
            .enumerate()
            .filter(|(_, c)| self.m.cand_valid(c) && self.alterable(c.table))
            .filter(|(_, c)| {
                let name = format!(
                    "{}_{}_fkey",
                    self.m.tables[c.table].name,
                    self.m.col(c.table, c.col).name
                );
                self.m.free(&name)
            })
            .map(|(k, c)| (c.table, k))
            .collect();
        let (t, k) = self.choose(items)?;
        let (uid, p) = (self.m.cands[k].col, self.m.cands[k].parent);
        self.m.cands[k].live = false;
        let table = self.tname(t);
        let col = self.cname(t, uid);
        let parent = self.tname(p);
        let name = self.m.fresh(&format!("{table}_{col}_fkey"));
        self.m.cons.push(Con {
            name: name.clone(),
            table: t,
            col: uid,
            kind: ConKind::Fk(p),
            pending: not_valid,
            live: true,
        });
        let on_delete = *self
            .rng
            .pick(&["", "", " ON DELETE CASCADE", " ON DELETE SET NULL"]);
        let on_delete = if on_delete == " ON DELETE SET NULL" && self.m.col(t, uid).not_null {
            ""
        } else {
            on_delete
        };
        let stmt = format!(
            "ALTER TABLE {table}\n  ADD CONSTRAINT {name} FOREIGN KEY ({col}) REFERENCES {parent} (id){on_delete}"
        );
        if not_valid {
            Some(Mig::new(format!("add_{name}_not_valid"), "").sql(format!("{stmt} NOT VALID")))
        } else {
            Some(
                Mig::new(format!("add_{name}"), "")
                    .sql(stmt)
                    .rules(&[ADDING_FOREIGN_KEY_CONSTRAINT, CONSTRAINT_MISSING_NOT_VALID])
                    .on_new(self.is_new(t)),
            )
        }
    }

    fn validate(&mut self) -> Option<Mig> {
        let items: Vec<(usize, usize)> = self
            .m
            .cons
            .iter()
            .enumerate()
            .filter(|(_, c)| c.live && c.pending && self.alterable(c.table))
            .filter(|(_, c)| c.kind != ConKind::NotNullCheck || !self.m.col(c.table, c.col).nulls)
            .map(|(k, c)| (c.table, k))
            .collect();
        let (t, k) = self.choose(items)?;
        self.m.cons[k].pending = false;
        let name = self.m.cons[k].name.clone();
        let table = self.tname(t);
        Some(
            Mig::new(format!("validate_{name}"), "")
                .sql(format!("ALTER TABLE {table} VALIDATE CONSTRAINT {name}")),
        )
    }

    fn add_not_null_check(&mut self) -> Option<Mig> {
        let items = {
            let m = &self.m;
            self.columns(|t, table, col| {
                !col.not_null
                    && !col.pk
                    && !col.pinned
                    && (!col.nulls || m.backfill_ok(t, col))
                    && !m.col_cons(t, col.uid, |k| k == ConKind::NotNullCheck)
                    && m.free(&format!("{}_{}_not_null", table.name, col.name))
            })
        };
        let (t, uid) = self.choose(items)?;
        let table = self.tname(t);
        let col = self.cname(t, uid);
        let name = self.m.fresh(&format!("{table}_{col}_not_null"));
        self.m.cons.push(Con {
            name: name.clone(),
            table: t,
            col: uid,
            kind: ConKind::NotNullCheck,
            pending: true,
            live: true,
        });
        Some(
            Mig::new(
                format!("add_{name}_check"),
                format!("First step towards {table}.{col} NOT NULL without a long lock."),
            )
            .sql(format!(
                "ALTER TABLE {table}\n  ADD CONSTRAINT {name} CHECK ({col} IS NOT NULL) NOT VALID"
            )),
        )
    }

    fn safe_set_not_null(&mut self) -> Option<Mig> {
        let items: Vec<(usize, usize)> = self
            .m
            .cons
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.live && c.pending && c.kind == ConKind::NotNullCheck && self.alterable(c.table)
            })
            .filter(|(_, c)| {
                let col = self.m.col(c.table, c.col);
                !col.not_null && (!col.nulls || self.m.backfill_ok(c.table, col))
            })
            .map(|(k, c)| (c.table, k))
            .collect();
        let (t, k) = self.choose(items)?;
        let uid = self.m.cons[k].col;
        let name = self.m.cons[k].name.clone();
        let table = self.tname(t);
        let col = self.cname(t, uid);
        let mut mig = Mig::new(
            format!("set_{table}_{col}_not_null"),
            "The validated check lets SET NOT NULL skip the table scan.",
        );
        if self.m.col(t, uid).nulls {
            let value = self.m.col(t, uid).kind.backfill().unwrap();
            mig = mig.sql(format!(
                "UPDATE {table} SET {col} = {value} WHERE {col} IS NULL"
            ));
            self.after_backfill(t, uid);
        }
        self.m.cons[k].pending = false;
        mig = mig
            .sql(format!("ALTER TABLE {table} VALIDATE CONSTRAINT {name}"))
            .sql(format!(
                "ALTER TABLE {table} ALTER COLUMN {col} SET NOT NULL"
            ));
        self.m.col_mut(t, uid).not_null = true;
        if self.rng.chance(60) {
            self.m.cons[k].live = false;
            mig = mig
                .sql(format!("ALTER TABLE {table} DROP CONSTRAINT {name}"))
                .rules(&[BAN_DROP_CONSTRAINT])
                .on_new(self.is_new(t));
        }
        Some(mig)
    }

    fn after_backfill(&mut self, t: usize, uid: usize) {
        let several = self.m.tables[t].nonempty;
        let col = self.m.col_mut(t, uid);
        col.nulls = false;
        if col.kind != Kind::Uuid && several {
            col.uniq = false;
        }
    }

    fn backfill(&mut self) -> Option<Mig> {
        let items = {
            let m = &self.m;
            self.columns(|t, _, col| col.nulls && m.backfill_ok(t, col))
        };
        let (t, uid) = self.choose(items)?;
        let table = self.tname(t);
        let col = self.cname(t, uid);
        let value = self.m.col(t, uid).kind.backfill().unwrap();
        self.after_backfill(t, uid);
        Some(Mig::new(format!("backfill_{table}_{col}"), "").sql(format!(
            "UPDATE {table}\nSET {col} = {value}\nWHERE {col} IS NULL"
        )))
    }

    fn create_view(&mut self) -> Option<Mig> {
        let (t, ()) = {
            let items = self.tables(|_, table| {
                table.has_pk && table.cols.iter().filter(|c| !c.pk).count() >= 2
            });
            self.choose(items)?
        };
        let cols: Vec<usize> = self.m.tables[t]
            .cols
            .iter()
            .filter(|c| !c.pk)
            .map(|c| c.uid)
            .collect();
        let a = cols[self.rng.below(cols.len())];
        let b = *cols.iter().find(|&&u| u != a).unwrap();
        let table = self.tname(t);
        let name = self.m.fresh(&format!("{table}_overview"));
        self.m.tables[t].pinned = true;
        let mut names = vec!["id".to_string()];
        for uid in [a, b] {
            self.m.col_mut(t, uid).pinned = true;
            names.push(self.cname(t, uid));
        }
        self.m.views.push(Named {
            name: name.clone(),
            live: true,
        });
        Some(
            Mig::new(
                format!("create_view_{name}"),
                "Read model for the reporting service.",
            )
            .sql(format!(
                "CREATE VIEW {name} AS\nSELECT {}\nFROM {table}",
                names.join(", ")
            )),
        )
    }

    fn comment(&mut self) -> Option<Mig> {
        let items = self.columns(|_, _, col| !col.pk);
        let (t, uid) = self.choose(items)?;
        let table = self.tname(t);
        let col = self.cname(t, uid);
        let note = *self.rng.pick(COMMENTS);
        if self.rng.chance(30) {
            Some(
                Mig::new(format!("comment_on_{table}"), "")
                    .sql(format!("COMMENT ON TABLE {table} IS '{note}'")),
            )
        } else {
            Some(
                Mig::new(format!("comment_on_{table}_{col}"), "")
                    .sql(format!("COMMENT ON COLUMN {table}.{col} IS '{note}'")),
            )
        }
    }

    fn create_enum(&mut self) -> Option<Mig> {
        let options: Vec<usize> = (0..ENUMS.len())
            .filter(|&i| self.m.free(ENUMS[i].0))
            .collect();
        if options.is_empty() {
            return None;
        }
        let (name, col, values) = ENUMS[*self.rng.pick(&options)];
        self.m.reserve(name);
        self.m.enums.push(EnumTy {
            name: name.to_string(),
            values: values.iter().map(|v| v.to_string()).collect(),
            original: values.len(),
            live: true,
        });
        let quoted: Vec<String> = values.iter().map(|v| format!("'{v}'")).collect();
        let mut mig = Mig::new(format!("create_{name}_type"), "").sql(format!(
            "CREATE TYPE {name} AS ENUM ({})",
            quoted.join(", ")
        ));
        let items = self.tables(|t, _| !self.m.has_col(t, col));
        if self.rng.chance(75) {
            if let Some((t, ())) = self.choose(items) {
                let c = self
                    .m
                    .new_col(t, col, Ty::Enum(name.to_string()), Kind::Enum);
                self.m.add_col(t, c);
                let table = self.tname(t);
                mig.slug = format!("add_{col}_to_{table}");
                mig = mig.sql(format!("ALTER TABLE {table} ADD COLUMN {col} {name}"));
            }
        }
        Some(mig)
    }

    fn create_function(&mut self) -> Option<Mig> {
        let options: Vec<usize> = (0..FUNCTIONS.len())
            .filter(|&i| self.m.free(FUNCTIONS[i].0))
            .collect();
        if options.is_empty() {
            return None;
        }
        let (name, args, body) = FUNCTIONS[*self.rng.pick(&options)];
        self.m.reserve(name);
        self.m.funcs.push(Func {
            name: name.to_string(),
            args: args.to_string(),
            live: true,
        });
        let replace = if self.rng.chance(30) {
            "OR REPLACE "
        } else {
            ""
        };
        Some(
            Mig::new(format!("create_function_{name}"), "")
                .sql(format!("CREATE {replace}FUNCTION {name}({args})\n{body}")),
        )
    }

    fn create_sequence(&mut self) -> Option<Mig> {
        let options: Vec<&str> = SEQUENCES
            .iter()
            .copied()
            .filter(|s| self.m.free(s))
            .collect();
        if options.is_empty() {
            return None;
        }
        let name = *self.rng.pick(&options);
        self.m.reserve(name);
        self.m.seqs.push(Named {
            name: name.to_string(),
            live: true,
        });
        Some(
            Mig::new(format!("create_{name}"), "")
                .sql(format!("CREATE SEQUENCE {name} START WITH 1000")),
        )
    }

    fn enum_add_value(&mut self, ordered: bool) -> Option<Mig> {
        let options: Vec<usize> = (0..self.m.enums.len())
            .filter(|&e| self.m.enums[e].live)
            .filter(|&e| {
                let en = &self.m.enums[e];
                enum_extra(&en.name)
                    .iter()
                    .any(|v| !en.values.iter().any(|x| x == v))
            })
            .collect();
        if options.is_empty() {
            return None;
        }
        let e = *self.rng.pick(&options);
        let en = &self.m.enums[e];
        let extra: Vec<&str> = enum_extra(&en.name)
            .iter()
            .copied()
            .filter(|v| !en.values.iter().any(|x| x == v))
            .collect();
        let value = *self.rng.pick(&extra);
        let name = en.name.clone();
        let anchor = en.values[self.rng.below(en.original)].clone();
        self.m.enums[e].values.push(value.to_string());
        let slug = format!("add_{value}_to_{name}");
        if ordered {
            let position = if self.rng.chance(50) {
                "BEFORE"
            } else {
                "AFTER"
            };
            Some(Mig::new(slug, "").sql(format!(
                "ALTER TYPE {name} ADD VALUE '{value}' {position} '{anchor}'"
            )))
        } else {
            let if_not = if self.rng.chance(30) {
                "IF NOT EXISTS "
            } else {
                ""
            };
            Some(
                Mig::new(slug, "")
                    .sql(format!("ALTER TYPE {name} ADD VALUE {if_not}'{value}'"))
                    .rules(&[REQUIRE_ENUM_VALUE_ORDERING]),
            )
        }
    }

    // -- hazards ------------------------------------------------------------

    fn add_required(&mut self) -> Option<Mig> {
        let (t, ()) = {
            let items = self.tables(|_, _| true);
            self.choose(items)?
        };
        let table = self.tname(t);
        if self.m.tables[t].nonempty {
            // Only a column with an implicit default can be NOT NULL here.
            let serial = self.rng.chance(50);
            let ty = if serial { Ty::Serial } else { Ty::BigSerial };
            let name =
                *self
                    .rng
                    .pick(&["row_position", "sequence_number", "legacy_seq", "sort_key"]);
            let seq = format!("{table}_{name}_seq");
            if self.m.has_col(t, name) || !self.m.free(&seq) {
                return None;
            }
            self.m.reserve(&seq);
            let mut col = self.m.new_col(
                t,
                name,
                if serial { Ty::Int } else { Ty::BigInt },
                Kind::Count,
            );
            col.not_null = true;
            col.nulls = false;
            col.default = Some("nextval".into());
            self.m.add_col(t, col);
            return Some(
                Mig::new(format!("add_{name}_to_{table}"), "")
                    .sql(format!(
                        "ALTER TABLE {table} ADD COLUMN {name} {} NOT NULL",
                        ty.sql()
                    ))
                    .rules(&[ADDING_REQUIRED_FIELD])
                    .rules(ty.style())
                    .on_new(self.is_new(t)),
            );
        }
        let parents = self.parents(t);
        if !parents.is_empty() && self.rng.chance(30) {
            let p = *self.rng.pick(&parents);
            let name = format!("{}_id", self.m.tables[p].singular);
            let fkey = format!("{table}_{name}_fkey");
            if self.m.has_col(t, &name) || !self.m.free(&fkey) {
                return None;
            }
            self.m.reserve(&fkey);
            let mut col = self.m.new_col(t, &name, Ty::BigInt, Kind::Id);
            col.not_null = true;
            let uid = self.m.add_col(t, col);
            self.m.cons.push(Con {
                name: fkey,
                table: t,
                col: uid,
                kind: ConKind::Fk(p),
                pending: false,
                live: true,
            });
            let parent = self.tname(p);
            return Some(
                Mig::new(format!("add_{name}_to_{table}"), "")
                    .sql(format!(
                        "ALTER TABLE {table} ADD COLUMN {name} bigint NOT NULL REFERENCES {parent} (id)"
                    ))
                    .rules(&[ADDING_REQUIRED_FIELD, ADDING_FOREIGN_KEY_CONSTRAINT])
                    .on_new(self.is_new(t)),
            );
        }
        let (name, ty, kind) = self.pick_name(t, REQUIRED_EMPTY, |x| x.0)?.clone();
        let mut col = self.m.new_col(t, name, ty.clone(), kind);
        col.not_null = true;
        self.m.add_col(t, col);
        Some(
            Mig::new(format!("add_{name}_to_{table}"), "")
                .sql(format!(
                    "ALTER TABLE {table} ADD COLUMN {name} {} NOT NULL",
                    ty.sql()
                ))
                .rules(&[ADDING_REQUIRED_FIELD])
                .rules(ty.style())
                .on_new(self.is_new(t)),
        )
    }

    fn volatile_default(&mut self) -> Option<Mig> {
        let (t, ()) = {
            let items = self.tables(|_, _| true);
            self.choose(items)?
        };
        let table = self.tname(t);
        let variant = self.rng.below(5);
        let (name, ty, kind, clause, pinned) = match variant {
            0 => (
                "public_id",
                Ty::Uuid,
                Kind::Uuid,
                "NOT NULL DEFAULT gen_random_uuid()".to_string(),
                false,
            ),
            1 => (
                "imported_at",
                Ty::Tstz,
                Kind::Ts,
                "DEFAULT clock_timestamp()".to_string(),
                false,
            ),
            2 => (
                "sample_weight",
                Ty::Double,
                Kind::Other,
                "DEFAULT random()".to_string(),
                false,
            ),
            3 => (
                "row_seq",
                Ty::BigInt,
                Kind::Count,
                "GENERATED ALWAYS AS IDENTITY".to_string(),
                true,
            ),
            _ => {
                let sources: Vec<usize> = self.m.tables[t]
                    .cols
                    .iter()
                    .filter(|c| matches!(c.kind, Kind::Email | Kind::Text) && c.ty == Ty::Text)
                    .map(|c| c.uid)
                    .collect();
                if sources.is_empty() {
                    return None;
                }
                let src = *self.rng.pick(&sources);
                let src_name = self.cname(t, src);
                let name = format!("{src_name}_normalized");
                if self.m.has_col(t, &name) {
                    return None;
                }
                self.m.col_mut(t, src).pinned = true;
                let mut col = self.m.new_col(t, &name, Ty::Text, Kind::Other);
                col.pinned = true;
                col.nulls = false;
                col.uniq = false;
                self.m.add_col(t, col);
                return Some(
                    Mig::new(format!("add_{name}_to_{table}"), "")
                        .sql(format!(
                            "ALTER TABLE {table}\n  ADD COLUMN {name} text GENERATED ALWAYS AS (lower({src_name})) STORED"
                        ))
                        .rules(&[ADDING_FIELD_WITH_DEFAULT])
                        .on_new(self.is_new(t)),
                );
            }
        };
        if self.m.has_col(t, name) || (variant == 3 && !self.m.free(&format!("{table}_{name}_seq")))
        {
            return None;
        }
        if variant == 3 {
            self.m.reserve(&format!("{table}_{name}_seq"));
        }
        let mut col = self.m.new_col(t, name, ty.clone(), kind);
        col.nulls = false;
        col.not_null = variant == 0 || variant == 3;
        col.pinned = pinned;
        col.uniq = matches!(variant, 0 | 3) || !self.m.tables[t].nonempty;
        col.default = Some(clause.clone());
        self.m.add_col(t, col);
        Some(
            Mig::new(format!("add_{name}_to_{table}"), "")
                .sql(format!(
                    "ALTER TABLE {table} ADD COLUMN {name} {} {clause}",
                    ty.sql()
                ))
                .rules(&[ADDING_FIELD_WITH_DEFAULT])
                .on_new(self.is_new(t)),
        )
    }

    fn alter_type(&mut self) -> Option<Mig> {
        let items = {
            let m = &self.m;
            self.columns(|t, _, col| {
                !col.pk
                    && !col.pinned
                    && col.kind != Kind::Id
                    && col.kind != Kind::Enum
                    && !m.col_is_fk(t, col.uid)
                    && retype(&col.ty, col.kind, 0).is_some()
            })
        };
        let (t, uid) = self.choose(items)?;
        let roll = self.rng.below(100);
        let (from, kind) = {
            let c = self.m.col(t, uid);
            (c.ty.clone(), c.kind)
        };
        let to = retype(&from, kind, roll).unwrap();
        let table = self.tname(t);
        let col = self.cname(t, uid);
        let using = if from == Ty::Ts && to == Ty::Tstz && self.rng.chance(50) {
            format!(" USING {col} AT TIME ZONE 'UTC'")
        } else {
            String::new()
        };
        let set_data = if self.rng.chance(30) { "SET DATA " } else { "" };
        self.m.col_mut(t, uid).ty = to.clone();
        Some(
            Mig::new(format!("change_{table}_{col}_to_{}", to.sql()), "")
                .sql(format!(
                    "ALTER TABLE {table} ALTER COLUMN {col} {set_data}TYPE {}{using}",
                    to.sql()
                ))
                .rules(&[CHANGING_COLUMN_TYPE])
                .rules(to.style())
                .on_new(self.is_new(t)),
        )
    }

    fn rename_column(&mut self) -> Option<Mig> {
        let items = {
            let m = &self.m;
            self.columns(|t, _, col| {
                !col.pk
                    && !col.pinned
                    && col.name != "id"
                    && new_col_name(m, t, &col.name).is_some()
            })
        };
        let (t, uid) = self.choose(items)?;
        let old = self.cname(t, uid);
        let new = new_col_name(&self.m, t, &old).unwrap();
        let table = self.tname(t);
        self.m.col_mut(t, uid).name = new.clone();
        Some(
            Mig::new(format!("rename_{table}_{old}_to_{new}"), "")
                .sql(format!("ALTER TABLE {table} RENAME COLUMN {old} TO {new}"))
                .rules(&[RENAMING_COLUMN])
                .on_new(self.is_new(t)),
        )
    }

    fn rename_table(&mut self) -> Option<Mig> {
        let (t, ()) = {
            let items = self.tables(|_, table| {
                !table.pinned
                    && table.name == table.orig
                    && (table.created || TABLE_RENAMES.iter().any(|(a, _)| *a == table.name))
            });
            self.choose(items)?
        };
        let old = self.tname(t);
        let new = match TABLE_RENAMES.iter().find(|(a, _)| *a == old) {
            Some((_, b)) => b.to_string(),
            None => format!("{}_legacy", old),
        };
        if !self.m.free(&new) {
            return None;
        }
        self.m.reserve(&new);
        self.m.tables[t].name = new.clone();
        Some(
            Mig::new(format!("rename_{old}_to_{new}"), "")
                .sql(format!("ALTER TABLE {old} RENAME TO {new}"))
                .rules(&[RENAMING_TABLE])
                .on_new(self.is_new(t)),
        )
    }

    fn drop_column(&mut self) -> Option<Mig> {
        let items = self.columns(|_, table, col| {
            !col.pk
                && !col.pinned
                && col.name != "id"
                && table.cols.iter().filter(|c| !c.pk).count() >= 3
        });
        let (t, uid) = self.choose(items)?;
        let table = self.tname(t);
        let col = self.cname(t, uid);
        self.m.drop_col(t, uid);
        let exists = if self.rng.chance(30) {
            "IF EXISTS "
        } else {
            ""
        };
        Some(
            Mig::new(
                format!("drop_{col}_from_{table}"),
                "Nothing reads this column since the last release.",
            )
            .sql(format!("ALTER TABLE {table} DROP COLUMN {exists}{col}"))
            .rules(&[BAN_DROP_COLUMN])
            .on_new(self.is_new(t)),
        )
    }

    fn drop_table(&mut self) -> Option<Mig> {
        let (t, ()) = {
            let m = &self.m;
            let items = self.tables(|t, table| {
                !table.pinned
                    && m.fk_children(t).is_empty()
                    && (table.created
                        || table.ephemeral
                        || table.orig == "tags"
                        || table.orig == "webhooks")
            });
            self.choose(items)?
        };
        let table = self.tname(t);
        self.m.drop_table(t);
        let exists = if self.rng.chance(30) {
            "IF EXISTS "
        } else {
            ""
        };
        Some(
            Mig::new(format!("drop_{table}"), "")
                .sql(format!("DROP TABLE {exists}{table}"))
                .rules(&[BAN_DROP_TABLE])
                .on_new(self.is_new(t)),
        )
    }

    fn set_not_null(&mut self) -> Option<Mig> {
        let items = {
            let m = &self.m;
            self.columns(|t, _, col| {
                !col.not_null && !col.pk && !col.pinned && (!col.nulls || m.backfill_ok(t, col))
            })
        };
        let (t, uid) = self.choose(items)?;
        let table = self.tname(t);
        let col = self.cname(t, uid);
        let mut mig = Mig::new(format!("set_{table}_{col}_not_null"), "");
        if self.m.col(t, uid).nulls {
            let value = self.m.col(t, uid).kind.backfill().unwrap();
            mig = mig.sql(format!(
                "UPDATE {table} SET {col} = {value} WHERE {col} IS NULL"
            ));
            self.after_backfill(t, uid);
        }
        self.m.col_mut(t, uid).not_null = true;
        Some(
            mig.sql(format!(
                "ALTER TABLE {table} ALTER COLUMN {col} SET NOT NULL"
            ))
            .rules(&[ADDING_NOT_NULLABLE_FIELD])
            .on_new(self.is_new(t)),
        )
    }

    fn add_pk(&mut self) -> Option<Mig> {
        let items = self.columns(|_, table, col| {
            !table.has_pk && col.name == "id" && col.uniq && !col.nulls && !col.pinned
        });
        let (t, uid) = self.choose(items)?;
        let table = self.tname(t);
        let pkey = format!("{table}_pkey");
        let (stmt, pkey) = if self.m.free(&pkey) && self.rng.chance(60) {
            self.m.reserve(&pkey);
            (format!("ALTER TABLE {table} ADD PRIMARY KEY (id)"), pkey)
        } else {
            let name = self.m.fresh(&format!("{table}_pk"));
            (
                format!("ALTER TABLE {table}\n  ADD CONSTRAINT {name} PRIMARY KEY (id)"),
                name,
            )
        };
        self.m.tables[t].has_pk = true;
        let c = self.m.col_mut(t, uid);
        c.pk = true;
        c.not_null = true;
        c.pinned = true;
        c.kind = Kind::Id;
        self.m.cons.push(Con {
            name: pkey,
            table: t,
            col: uid,
            kind: ConKind::Pk,
            pending: false,
            live: true,
        });
        Some(
            Mig::new(format!("add_primary_key_to_{table}"), "")
                .sql(stmt)
                .rules(&[
                    ADDING_SERIAL_PRIMARY_KEY_FIELD,
                    CONSTRAINT_MISSING_NOT_VALID,
                ])
                .on_new(self.is_new(t)),
        )
    }

    fn add_unique(&mut self) -> Option<Mig> {
        if self.rng.chance(30) {
            let (t, ()) = {
                let items = self.tables(|_, _| true);
                self.choose(items)?
            };
            let table = self.tname(t);
            let name = *self.rng.pick(&[
                "external_id",
                "idempotency_key",
                "public_token",
                "remote_ref",
            ]);
            let key = format!("{table}_{name}_key");
            if self.m.has_col(t, name) || !self.m.free(&key) {
                return None;
            }
            self.m.reserve(&key);
            let mut col = self.m.new_col(t, name, Ty::Text, Kind::Text);
            col.ukey = true;
            let uid = self.m.add_col(t, col);
            self.m.cons.push(Con {
                name: key,
                table: t,
                col: uid,
                kind: ConKind::Unique,
                pending: false,
                live: true,
            });
            return Some(
                Mig::new(format!("add_{name}_to_{table}"), "")
                    .sql(format!("ALTER TABLE {table} ADD COLUMN {name} text UNIQUE"))
                    .rules(&[DISALLOWED_UNIQUE_CONSTRAINT])
                    .on_new(self.is_new(t)),
            );
        }
        let items = {
            let m = &self.m;
            self.columns(|_, table, col| {
                col.uniq
                    && !col.ukey
                    && !col.pk
                    && natural_key(&col.name)
                    && !matches!(col.kind, Kind::Json | Kind::Bool | Kind::Other)
                    && m.free(&format!("{}_{}_key", table.name, col.name))
            })
        };
        let (t, uid) = self.choose(items)?;
        let table = self.tname(t);
        let col = self.cname(t, uid);
        let name = self.m.fresh(&format!("{table}_{col}_key"));
        self.m.col_mut(t, uid).ukey = true;
        self.m.cons.push(Con {
            name: name.clone(),
            table: t,
            col: uid,
            kind: ConKind::Unique,
            pending: false,
            live: true,
        });
        Some(
            Mig::new(format!("add_unique_{table}_{col}"), "")
                .sql(format!(
                    "ALTER TABLE {table}\n  ADD CONSTRAINT {name} UNIQUE ({col})"
                ))
                .rules(&[DISALLOWED_UNIQUE_CONSTRAINT, CONSTRAINT_MISSING_NOT_VALID])
                .on_new(self.is_new(t)),
        )
    }

    fn drop_not_null(&mut self) -> Option<Mig> {
        let items = self.columns(|_, _, col| col.not_null && !col.pk && !col.pinned);
        let (t, uid) = self.choose(items)?;
        let table = self.tname(t);
        let col = self.cname(t, uid);
        self.m.col_mut(t, uid).not_null = false;
        Some(
            Mig::new(format!("make_{table}_{col}_optional"), "")
                .sql(format!(
                    "ALTER TABLE {table} ALTER COLUMN {col} DROP NOT NULL"
                ))
                .rules(&[BAN_DROP_NOT_NULL])
                .on_new(self.is_new(t)),
        )
    }

    fn drop_default(&mut self) -> Option<Mig> {
        let items = self.columns(|_, _, col| col.default.is_some() && !col.pk && !col.pinned);
        let (t, uid) = self.choose(items)?;
        let table = self.tname(t);
        let col = self.cname(t, uid);
        self.m.col_mut(t, uid).default = None;
        Some(
            Mig::new(format!("drop_default_on_{table}_{col}"), "")
                .sql(format!(
                    "ALTER TABLE {table} ALTER COLUMN {col} DROP DEFAULT"
                ))
                .rules(&[BAN_DROP_DEFAULT])
                .on_new(self.is_new(t)),
        )
    }

    fn drop_function(&mut self) -> Option<Mig> {
        let options: Vec<usize> = (0..self.m.funcs.len())
            .filter(|&f| self.m.funcs[f].live)
            .collect();
        if options.is_empty() {
            return None;
        }
        let f = *self.rng.pick(&options);
        self.m.funcs[f].live = false;
        let (name, args) = (self.m.funcs[f].name.clone(), self.m.funcs[f].args.clone());
        let exists = if self.rng.chance(30) {
            "IF EXISTS "
        } else {
            ""
        };
        Some(
            Mig::new(format!("drop_function_{name}"), "")
                .sql(format!("DROP FUNCTION {exists}{name}({args})"))
                .rules(&[BAN_DROP_FUNCTION]),
        )
    }

    fn drop_constraint(&mut self) -> Option<Mig> {
        let items: Vec<(usize, usize)> = self
            .m
            .cons
            .iter()
            .enumerate()
            .filter(|(_, c)| c.live && c.kind != ConKind::Pk && self.alterable(c.table))
            .map(|(k, c)| (c.table, k))
            .collect();
        let (t, k) = self.choose(items)?;
        self.m.cons[k].live = false;
        if self.m.cons[k].kind == ConKind::Unique {
            let uid = self.m.cons[k].col;
            self.m.col_mut(t, uid).ukey = false;
        }
        let name = self.m.cons[k].name.clone();
        let table = self.tname(t);
        let exists = if self.rng.chance(30) {
            "IF EXISTS "
        } else {
            ""
        };
        Some(
            Mig::new(format!("drop_constraint_{name}"), "")
                .sql(format!(
                    "ALTER TABLE {table} DROP CONSTRAINT {exists}{name}"
                ))
                .rules(&[BAN_DROP_CONSTRAINT])
                .on_new(self.is_new(t)),
        )
    }

    fn truncate(&mut self) -> Option<Mig> {
        let (t, ()) = {
            let m = &self.m;
            let items = self.tables(|t, table| {
                (table.ephemeral || table.created)
                    && m.cascade(t).iter().all(|&x| {
                        m.tables[x].ephemeral || (m.tables[x].created && !m.tables[x].seeded)
                    })
            });
            self.choose(items)?
        };
        let set = self.m.cascade(t);
        self.m.truncate(&set);
        let table = self.tname(t);
        let keyword = if self.rng.chance(40) { "TABLE " } else { "" };
        Some(
            Mig::new(
                format!("purge_{table}"),
                "Start over: the old rows are not worth keeping.",
            )
            .sql(format!("TRUNCATE {keyword}{table} CASCADE"))
            .rules(&[BAN_TRUNCATE_CASCADE])
            .on_new(self.is_new(t)),
        )
    }

    fn add_style_column(&mut self) -> Option<Mig> {
        let (t, ()) = {
            let items = self.tables(|_, _| true);
            self.choose(items)?
        };
        const TURNS: [Ty; 5] = [Ty::Varchar(0), Ty::Int, Ty::Char(0), Ty::SmallInt, Ty::Ts];
        let slot = self.want as usize;
        let turn = &TURNS[self.style_turn[slot] % TURNS.len()];
        let same = |ty: &Ty| std::mem::discriminant(ty) == std::mem::discriminant(turn);
        let pool: Vec<(&str, Ty, Kind)> =
            ADD_STYLE.iter().filter(|x| same(&x.1)).cloned().collect();
        let (name, ty, kind) = self.pick_name(t, &pool, |x| x.0)?.clone();
        self.style_turn[slot] += 1;
        let default = if kind == Kind::Count && self.rng.chance(40) {
            " NOT NULL DEFAULT 0"
        } else {
            ""
        };
        let mut col = self.m.new_col(t, name, ty.clone(), kind);
        if !default.is_empty() {
            col.not_null = true;
            col.nulls = false;
            col.uniq = !self.m.tables[t].nonempty;
            col.default = Some("0".into());
        }
        self.m.add_col(t, col);
        let table = self.tname(t);
        Some(
            Mig::new(format!("add_{name}_to_{table}"), "")
                .sql(format!(
                    "ALTER TABLE {table} ADD COLUMN {name} {}{default}",
                    ty.sql()
                ))
                .rules(ty.style())
                .on_new(self.is_new(t)),
        )
    }

    fn drop_view(&mut self) -> Option<Mig> {
        let options: Vec<usize> = (0..self.m.views.len())
            .filter(|&v| self.m.views[v].live)
            .collect();
        if options.is_empty() {
            return None;
        }
        let v = *self.rng.pick(&options);
        self.m.views[v].live = false;
        let name = self.m.views[v].name.clone();
        Some(
            Mig::new(format!("drop_view_{name}"), "")
                .sql(format!("DROP VIEW {name}"))
                .rules(&[BAN_DROP_VIEW]),
        )
    }

    fn rename_index(&mut self) -> Option<Mig> {
        let items: Vec<(usize, usize)> = self
            .m
            .idxs
            .iter()
            .enumerate()
            .filter(|(_, i)| i.live && !i.pinned && self.alterable(i.table))
            .map(|(k, i)| (i.table, k))
            .collect();
        let (t, k) = self.choose(items)?;
        let old = self.m.idxs[k].name.clone();
        let base = match old.strip_prefix("idx_") {
            Some(rest) => format!("{rest}_idx"),
            None => format!("idx_{}", old.trim_end_matches("_idx")),
        };
        if !self.m.free(&base) {
            return None;
        }
        let new = self.m.fresh(&base);
        self.m.idxs[k].name = new.clone();
        Some(
            Mig::new(
                format!("rename_index_{old}"),
                "Follow the naming convention.",
            )
            .sql(format!("ALTER INDEX {old} RENAME TO {new}"))
            .rules(&[RENAMING_OBJECT])
            .on_new(self.is_new(t)),
        )
    }

    fn drop_type(&mut self) -> Option<Mig> {
        let options: Vec<usize> = (0..self.m.enums.len())
            .filter(|&e| self.m.enums[e].live && !self.m.enum_used(&self.m.enums[e].name))
            .collect();
        if options.is_empty() {
            return None;
        }
        let e = *self.rng.pick(&options);
        self.m.enums[e].live = false;
        let name = self.m.enums[e].name.clone();
        Some(
            Mig::new(format!("drop_type_{name}"), "")
                .sql(format!("DROP TYPE {name}"))
                .rules(&[BAN_DROP_TYPE]),
        )
    }

    fn reindex(&mut self) -> Option<Mig> {
        if self.rng.chance(50) {
            let items: Vec<(usize, usize)> = self
                .m
                .idxs
                .iter()
                .enumerate()
                .filter(|(_, i)| i.live && !i.pinned && self.alterable(i.table))
                .map(|(k, i)| (i.table, k))
                .collect();
            if let Some((t, k)) = self.choose(items) {
                let name = self.m.idxs[k].name.clone();
                return Some(
                    Mig::new(format!("reindex_{name}"), "Rebuild after the bulk update.")
                        .sql(format!("REINDEX INDEX {name}"))
                        .rules(&[REQUIRE_CONCURRENT_REINDEX])
                        .on_new(self.is_new(t)),
                );
            }
        }
        let (t, ()) = {
            let items = self.tables(|_, _| true);
            self.choose(items)?
        };
        let table = self.tname(t);
        Some(
            Mig::new(format!("reindex_{table}"), "Rebuild bloated indexes.")
                .sql(format!("REINDEX TABLE {table}"))
                .rules(&[REQUIRE_CONCURRENT_REINDEX])
                .on_new(self.is_new(t)),
        )
    }

    fn drop_sequence(&mut self) -> Option<Mig> {
        let options: Vec<usize> = (0..self.m.seqs.len())
            .filter(|&s| self.m.seqs[s].live)
            .collect();
        if options.is_empty() {
            return None;
        }
        let s = *self.rng.pick(&options);
        self.m.seqs[s].live = false;
        let name = self.m.seqs[s].name.clone();
        Some(
            Mig::new(format!("drop_{name}"), "")
                .sql(format!("DROP SEQUENCE {name}"))
                .rules(&[BAN_DROP_SEQUENCE]),
        )
    }
}

/// The new type for an `ALTER COLUMN ... TYPE`, `roll` in 0..100 choosing
/// among the options.
fn retype(ty: &Ty, kind: Kind, roll: usize) -> Option<Ty> {
    Some(match ty {
        Ty::Int => Ty::BigInt,
        Ty::SmallInt if roll < 50 => Ty::Int,
        Ty::SmallInt => Ty::BigInt,
        Ty::Varchar(n) if roll < 30 => Ty::Varchar(n * 2),
        Ty::Varchar(_) => Ty::Text,
        Ty::Char(n) if roll < 40 => Ty::Varchar(n + 8),
        Ty::Char(_) => Ty::Text,
        Ty::Ts => Ty::Tstz,
        Ty::Text if matches!(kind, Kind::Text | Kind::Status | Kind::Code) => Ty::Varchar(255),
        Ty::BigInt if kind == Kind::Cents => Ty::Numeric,
        _ => return None,
    })
}

/// A column that reads like a natural key, for UNIQUE constraints.
fn natural_key(name: &str) -> bool {
    name == "id"
        || [
            "number",
            "slug",
            "token",
            "sku",
            "code",
            "_ref",
            "_key",
            "fingerprint",
            "email",
            "_id",
            "url",
            "bucket",
            "key",
            "reference",
        ]
        .iter()
        .any(|end| name.ends_with(end))
}

fn new_col_name(m: &Model, t: usize, old: &str) -> Option<String> {
    let new = match RENAMES.iter().find(|(a, _)| *a == old) {
        Some((_, b)) => b.to_string(),
        None if old.starts_with("legacy_") => return None,
        None => format!("legacy_{old}"),
    };
    if m.has_col(t, &new) { None } else { Some(new) }
}
