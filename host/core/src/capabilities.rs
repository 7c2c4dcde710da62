//! What a module may touch: the tables, collections and indices it declares.
//!
//! A module crate declares them in its `Cargo.toml`:
//!
//! ```toml
//! [package.metadata.tidegate.capabilities]
//! tables = ["users"]
//! collections = ["profiles"]
//! indices = ["places", "places_v*"]
//! ```
//!
//! `tidegate build` writes them into the component as a custom section, so
//! the component digest (and a signature over it) covers them, and records
//! them in `tidegate.lock` for review. The host refuses MongoDB and
//! Elasticsearch requests outside them and reports PostgreSQL statements
//! outside them as lint findings (CAP001). A name ending in `*` covers every
//! name with that prefix. A module without the section is unscoped: verify
//! warns about it.

use serde::{Deserialize, Serialize};

/// Where a module declares its capabilities, by kind of module.
pub const DECLARE_WHERE: &str = "`[capabilities]` in a SQL or JSON module's module.toml, `[package.metadata.tidegate.capabilities]` in a Rust module's Cargo.toml";

/// Which file a module declares its capabilities in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeclaredIn {
    /// A SQL or JSON module: `[capabilities]` in its module.toml.
    ModuleToml,
    /// A Rust module: `[package.metadata.tidegate.capabilities]` in its
    /// Cargo.toml.
    CargoToml,
}

impl DeclaredIn {
    /// The module in folder `dir`: a Rust crate has a Cargo.toml and no
    /// module.toml.
    pub fn of_dir(dir: &std::path::Path) -> Self {
        if dir.join("Cargo.toml").is_file() && !dir.join("module.toml").is_file() {
            DeclaredIn::CargoToml
        } else {
            DeclaredIn::ModuleToml
        }
    }

    /// "`[capabilities]` in its module.toml".
    pub fn place(self) -> &'static str {
        match self {
            DeclaredIn::ModuleToml => "`[capabilities]` in its module.toml",
            DeclaredIn::CargoToml => "`[package.metadata.tidegate.capabilities]` in its Cargo.toml",
        }
    }

    /// The help of a capability lint finding.
    pub fn lint_help(self) -> &'static str {
        match self {
            DeclaredIn::ModuleToml => {
                "declare the table under `[capabilities] tables` in the module's module.toml, or stop touching it"
            }
            DeclaredIn::CargoToml => {
                "declare the table under `[package.metadata.tidegate.capabilities] tables` in the module's Cargo.toml, or stop touching it"
            }
        }
    }
}

/// The custom section of a component that carries its capabilities.
pub const SECTION: &str = "tidegate-capabilities";

/// The custom section of a component whose module declares itself
/// idempotent: safe to run again after an interruption, which `apply`
/// then does by itself. Empty and top-level when `tidegate build` adds it
/// (`idempotent = true` in `module.toml`, or under
/// `[package.metadata.tidegate]` in `Cargo.toml`); one byte `1` in the
/// guest's core module when `tidegate_guest::idempotent!()` puts it there.
/// Inside the component, its digest and signatures cover the declaration.
pub const IDEMPOTENT_SECTION: &str = "tidegate-idempotent";

/// Whether a module crate's `Cargo.toml` text declares it idempotent
/// (`[package.metadata.tidegate] idempotent = true`).
pub fn idempotent_in_manifest(text: &str, path: &str) -> Result<bool, CapabilityError> {
    let err = |message: String| CapabilityError::Manifest {
        path: path.to_string(),
        message,
    };
    let doc: toml::Table = toml::from_str(text).map_err(|e| err(e.message().to_string()))?;
    match doc
        .get("package")
        .and_then(|p| p.get("metadata"))
        .and_then(|m| m.get("tidegate"))
        .and_then(|t| t.get("idempotent"))
    {
        None => Ok(false),
        Some(toml::Value::Boolean(b)) => Ok(*b),
        Some(other) => Err(err(format!(
            "`[package.metadata.tidegate] idempotent` is {other}; write true or false"
        ))),
    }
}

/// Why a capability declaration was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CapabilityError {
    #[error(
        "capabilities in {path} are invalid ({message}); write `[package.metadata.tidegate.capabilities]` with `tables`, `collections` and `indices` lists of names"
    )]
    Manifest { path: String, message: String },
    #[error(
        "{kind} `{name}` is not a valid capability: use a name, or a prefix ending in `*` (e.g. `places_v*`), without `*` elsewhere, `,` or spaces"
    )]
    BadName { kind: Kind, name: String },
    #[error(
        "the component's `{SECTION}` section is corrupt ({0}); rebuild it with `tidegate build`"
    )]
    Section(String),
    #[error(
        "the component has more than one `{SECTION}` section; rebuild it with `tidegate build`"
    )]
    DuplicateSection,
}

/// The kind of object a capability names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Table,
    Collection,
    Index,
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Kind::Table => "table",
            Kind::Collection => "collection",
            Kind::Index => "index",
        })
    }
}

/// The names a module may touch, per kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Capabilities {
    /// PostgreSQL tables (and their indexes, constraints and sequences),
    /// optionally schema-qualified.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tables: Vec<String>,
    /// MongoDB collections and views.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub collections: Vec<String>,
    /// Elasticsearch indices, aliases and templates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indices: Vec<String>,
}

/// Whether `name` is covered by the declared `pattern`: equal, or it starts
/// with the prefix of a pattern ending in `*`.
fn covers(pattern: &str, name: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => name.starts_with(prefix),
        None => pattern == name,
    }
}

impl Capabilities {
    /// Read `[package.metadata.tidegate.capabilities]` from a module's
    /// `Cargo.toml` text; `None` when it declares none.
    pub fn from_manifest(text: &str, path: &str) -> Result<Option<Self>, CapabilityError> {
        let err = |message: String| CapabilityError::Manifest {
            path: path.to_string(),
            message,
        };
        let doc: toml::Table = toml::from_str(text).map_err(|e| err(e.message().to_string()))?;
        let Some(value) = doc
            .get("package")
            .and_then(|p| p.get("metadata"))
            .and_then(|m| m.get("tidegate"))
            .and_then(|t| t.get("capabilities"))
        else {
            return Ok(None);
        };
        let caps: Capabilities = value
            .clone()
            .try_into()
            .map_err(|e: toml::de::Error| err(e.message().to_string()))?;
        caps.validate()?;
        Ok(Some(caps))
    }

    pub fn validate(&self) -> Result<(), CapabilityError> {
        for (kind, names) in self.lists() {
            for name in names {
                let bare = name.strip_suffix('*').unwrap_or(name);
                let ok = !bare.is_empty()
                    && name.len() <= 255
                    && !bare.contains(['*', '?', ',', ' ', '"', '\'', '\0', '/', '\\', '$'])
                    && !name.starts_with(['-', '_', '.']);
                if !ok {
                    return Err(CapabilityError::BadName {
                        kind,
                        name: name.chars().take(80).collect(),
                    });
                }
            }
        }
        Ok(())
    }

    fn lists(&self) -> [(Kind, &Vec<String>); 3] {
        [
            (Kind::Table, &self.tables),
            (Kind::Collection, &self.collections),
            (Kind::Index, &self.indices),
        ]
    }

    pub fn names(&self, kind: Kind) -> &[String] {
        match kind {
            Kind::Table => &self.tables,
            Kind::Collection => &self.collections,
            Kind::Index => &self.indices,
        }
    }

    /// Whether a concrete name is covered. Tables compare case-insensitively,
    /// and an unqualified declaration covers the table in any schema.
    pub fn allows(&self, kind: Kind, name: &str) -> bool {
        if kind == Kind::Table {
            let name = name.to_ascii_lowercase();
            let bare = name.rsplit('.').next().unwrap_or(&name);
            return self.tables.iter().map(|p| p.to_ascii_lowercase()).any(|p| {
                if p.contains('.') {
                    covers(&p, &name)
                } else {
                    covers(&p, bare)
                }
            });
        }
        self.names(kind).iter().any(|p| covers(p, name))
    }

    /// Whether a read pattern such as `places_*` stays inside the
    /// declaration: its literal prefix must be covered by a declared prefix.
    pub fn allows_pattern(&self, kind: Kind, pattern: &str) -> bool {
        let literal = &pattern[..pattern.find(['*', '?']).unwrap_or(pattern.len())];
        self.names(kind).iter().any(|p| {
            p == pattern
                || p.strip_suffix('*')
                    .is_some_and(|prefix| literal.starts_with(prefix))
        })
    }

    /// The names both declarations may touch, as `kind name` (a pattern
    /// where one covers the other's), in declaration order: two phased
    /// migrations may be in flight together only when this is empty.
    pub fn overlap(&self, other: &Capabilities) -> Vec<String> {
        let mut out = Vec::new();
        for ((kind, mine), (_, theirs)) in self.lists().into_iter().zip(other.lists()) {
            for a in mine {
                let meets = theirs.iter().any(|b| {
                    let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
                    let bare = |n: &str| n.rsplit('.').next().unwrap_or(n).to_string();
                    let (a, b) = if kind == Kind::Table {
                        (bare(&a), bare(&b))
                    } else {
                        (a, b)
                    };
                    covers(&a, &b)
                        || covers(&b, &a)
                        || match (a.strip_suffix('*'), b.strip_suffix('*')) {
                            (Some(x), Some(y)) => x.starts_with(y) || y.starts_with(x),
                            _ => false,
                        }
                });
                if meets {
                    out.push(format!("{kind} {a}"));
                }
            }
        }
        out
    }

    /// The message for a name outside the declaration.
    pub fn refusal(&self, kind: Kind, name: &str) -> String {
        let declared = self.names(kind);
        format!(
            "{kind} `{name}` is outside this module's declared capabilities ({}); add it to them ({DECLARE_WHERE}) and rebuild",
            if declared.is_empty() {
                format!("no {kind} declared")
            } else {
                declared.join(", ")
            }
        )
    }

    pub fn encode(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("capabilities serialize")
    }

    pub fn decode(bytes: &[u8]) -> Result<Self, CapabilityError> {
        let caps: Capabilities =
            serde_json::from_slice(bytes).map_err(|e| CapabilityError::Section(e.to_string()))?;
        caps.validate()?;
        Ok(caps)
    }
}

impl std::fmt::Display for Capabilities {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self
            .lists()
            .iter()
            .filter(|(_, names)| !names.is_empty())
            .map(|(kind, names)| format!("{kind}: {}", names.join(", ")))
            .collect();
        if parts.is_empty() {
            f.write_str("nothing")
        } else {
            f.write_str(&parts.join("; "))
        }
    }
}

/// What a run covers on one engine: the names its migrations declare, or
/// everything when one of them declares nothing. Dry-run shadows, catalog
/// snapshots, diffs and `tidegate test`'s catalog comparisons stay inside
/// it, so other tenants' objects on a shared server neither get copied nor
/// make a comparison fail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Some migration declares nothing: the whole catalog.
    All,
    /// Declared names and `prefix*` patterns (empty: nothing).
    Names(Vec<String>),
}

impl Scope {
    /// The scope of `kind` for migrations that declare `declared`.
    pub fn of(kind: Kind, declared: &[Option<Capabilities>]) -> Scope {
        let mut names: Vec<String> = Vec::new();
        for caps in declared {
            match caps {
                None => return Scope::All,
                Some(c) => names.extend(c.names(kind).iter().cloned()),
            }
        }
        names.sort();
        names.dedup();
        Scope::Names(names)
    }

    pub fn is_all(&self) -> bool {
        matches!(self, Scope::All)
    }

    /// The declared names and patterns; `None` for everything.
    pub fn names(&self) -> Option<&[String]> {
        match self {
            Scope::All => None,
            Scope::Names(n) => Some(n),
        }
    }

    /// Whether a concrete name is inside.
    pub fn covers(&self, name: &str) -> bool {
        match self {
            Scope::All => true,
            Scope::Names(n) => n.iter().any(|p| covers(p, name)),
        }
    }

    /// Whether some name inside could match `glob` (`*` for any run of
    /// characters), as an index template's pattern does.
    pub fn meets(&self, glob: &str) -> bool {
        match self {
            Scope::All => true,
            Scope::Names(n) => n.iter().any(|p| match p.strip_suffix('*') {
                Some(prefix) => glob_meets_prefix(glob.as_bytes(), prefix.as_bytes()),
                None => glob_matches(glob.as_bytes(), p.as_bytes()),
            }),
        }
    }
}

/// Whether `glob` matches all of `text`.
fn glob_matches(glob: &[u8], text: &[u8]) -> bool {
    match glob.split_first() {
        None => text.is_empty(),
        Some((b'*', rest)) => (0..=text.len()).any(|i| glob_matches(rest, &text[i..])),
        Some((c, rest)) => text.first() == Some(c) && glob_matches(rest, &text[1..]),
    }
}

/// Whether `glob` matches some name that starts with `prefix`: once the
/// prefix is consumed, the rest of the glob can always be satisfied.
fn glob_meets_prefix(glob: &[u8], prefix: &[u8]) -> bool {
    if prefix.is_empty() {
        return true;
    }
    match glob.split_first() {
        None => false,
        Some((b'*', rest)) => (0..=prefix.len()).any(|i| glob_meets_prefix(rest, &prefix[i..])),
        Some((c, rest)) => prefix.first() == Some(c) && glob_meets_prefix(rest, &prefix[1..]),
    }
}

fn leb128(mut n: usize, out: &mut Vec<u8>) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Append a custom section carrying `caps` to a component's bytes.
pub fn append_section(component: &mut Vec<u8>, caps: &Capabilities) {
    append_custom_section(component, SECTION, &caps.encode());
}

/// Append a custom section `section` holding `payload` to a component's
/// (or module's) bytes.
pub fn append_custom_section(component: &mut Vec<u8>, section: &str, payload: &[u8]) {
    let mut name = Vec::new();
    leb128(section.len(), &mut name);
    name.extend_from_slice(section.as_bytes());
    component.push(0); // custom section id
    leb128(name.len() + payload.len(), component);
    component.extend_from_slice(&name);
    component.extend_from_slice(payload);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_covers_declared_names_and_the_templates_that_could_match_them() {
        let caps = |i: &[&str]| {
            Some(Capabilities {
                indices: i.iter().map(|s| s.to_string()).collect(),
                ..Default::default()
            })
        };
        let scope = Scope::of(
            Kind::Index,
            &[caps(&["places"]), caps(&["places_v*", "places"])],
        );
        assert_eq!(
            scope,
            Scope::Names(vec!["places".into(), "places_v*".into()])
        );
        assert!(
            scope.covers("places")
                && scope.covers("places_v12")
                && !scope.covers("orders")
                && !scope.covers("place")
        );
        for glob in [
            "places*",
            "pla*",
            "*",
            "places_v*",
            "places_v1*",
            "*_v2",
            "p*s",
        ] {
            assert!(scope.meets(glob), "{glob} could match a declared name");
        }
        for glob in ["logs-*-*", "orders*", "places_x*", ".fleet*", "placesq"] {
            assert!(!scope.meets(glob), "{glob} cannot match a declared name");
        }
        assert!(Scope::of(Kind::Index, &[caps(&["a"]), None]).is_all());
        assert!(!Scope::of(Kind::Index, &[]).covers("anything"));
    }

    fn caps() -> Capabilities {
        Capabilities {
            tables: vec!["users".into(), "audit.events".into()],
            collections: vec!["profiles".into()],
            indices: vec!["places".into(), "places_v*".into()],
        }
    }

    #[test]
    fn covers_names_prefixes_and_schemas() {
        let c = caps();
        assert!(c.allows(Kind::Table, "users") && c.allows(Kind::Table, "public.USERS"));
        assert!(c.allows(Kind::Table, "audit.events") && !c.allows(Kind::Table, "events"));
        assert!(!c.allows(Kind::Table, "orders"));
        assert!(c.allows(Kind::Collection, "profiles") && !c.allows(Kind::Collection, "profiles2"));
        assert!(
            c.allows(Kind::Index, "places_v2")
                && c.allows(Kind::Index, "places")
                && !c.allows(Kind::Index, "placesx")
        );
        assert!(
            c.allows_pattern(Kind::Index, "places_v*")
                && c.allows_pattern(Kind::Index, "places_v1*")
        );
        assert!(!c.allows_pattern(Kind::Index, "place*") && !c.allows_pattern(Kind::Index, "*"));
        assert!(c.refusal(Kind::Collection, "x").contains("(profiles)"));
    }

    #[test]
    fn reads_manifests_and_refuses_bad_names() {
        let toml = "[package]\nname = \"m\"\n[package.metadata.tidegate.capabilities]\ntables = [\"users\"]\n";
        assert_eq!(
            Capabilities::from_manifest(toml, "C")
                .unwrap()
                .unwrap()
                .tables,
            ["users"]
        );
        assert_eq!(
            Capabilities::from_manifest("[package]\nname = \"m\"\n", "C").unwrap(),
            None
        );
        for bad in ["\"*\"", "\"a*b\"", "\"a,b\"", "\"_all\"", "\"\""] {
            let t = format!("[package.metadata.tidegate.capabilities]\nindices = [{bad}]\n");
            assert!(
                matches!(
                    Capabilities::from_manifest(&t, "C"),
                    Err(CapabilityError::BadName { .. })
                ),
                "{bad}"
            );
        }
        let typo = "[package.metadata.tidegate.capabilities]\ntabels = [\"users\"]\n";
        assert!(matches!(
            Capabilities::from_manifest(typo, "C"),
            Err(CapabilityError::Manifest { .. })
        ));
    }

    #[test]
    fn the_section_round_trips_through_a_component() {
        let mut bytes = wat::parse_str("(component)").unwrap();
        append_section(&mut bytes, &caps());
        wasmparser::Validator::new().validate_all(&bytes).unwrap();
        let mut found = None;
        for payload in wasmparser::Parser::new(0).parse_all(&bytes) {
            if let wasmparser::Payload::CustomSection(r) = payload.unwrap() {
                if r.name() == SECTION {
                    found = Some(Capabilities::decode(r.data()).unwrap());
                }
            }
        }
        assert_eq!(found, Some(caps()));
    }
}
