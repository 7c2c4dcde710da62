//! Engine-neutral catalog snapshots and the diff between two of them.
//!
//! A snapshot is a set of objects (kind, name) with string attributes. Each
//! engine adapter fills one from its catalog; the executor diffs before and
//! after, and tests compare snapshots for equality (up/down/up).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::metadata::EngineKind;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// (kind, name) → attributes.
    #[serde(with = "objects_as_list")]
    pub objects: BTreeMap<(String, String), BTreeMap<String, String>>,
}

impl Snapshot {
    pub fn insert(
        &mut self,
        kind: &str,
        name: impl Into<String>,
        attrs: impl IntoIterator<Item = (&'static str, String)>,
    ) {
        let attrs = attrs.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        self.objects.insert((kind.to_string(), name.into()), attrs);
    }

    /// Add another engine's objects.
    pub fn merge(&mut self, other: Snapshot) {
        self.objects.extend(other.objects);
    }

    pub fn len(&self) -> usize {
        self.objects.len()
    }

    pub fn is_empty(&self) -> bool {
        self.objects.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AttrChange {
    pub attr: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "lowercase")]
pub enum Change {
    Added {
        #[serde(skip_serializing_if = "Option::is_none")]
        engine: Option<EngineKind>,
        kind: String,
        name: String,
        attrs: BTreeMap<String, String>,
    },
    Removed {
        #[serde(skip_serializing_if = "Option::is_none")]
        engine: Option<EngineKind>,
        kind: String,
        name: String,
        attrs: BTreeMap<String, String>,
    },
    Changed {
        #[serde(skip_serializing_if = "Option::is_none")]
        engine: Option<EngineKind>,
        kind: String,
        name: String,
        attrs: Vec<AttrChange>,
    },
}

impl Change {
    /// The engine whose catalog changed, when the diff was taken per engine
    /// ([`diff_on`]).
    pub fn engine(&self) -> Option<EngineKind> {
        match self {
            Change::Added { engine, .. }
            | Change::Removed { engine, .. }
            | Change::Changed { engine, .. } => *engine,
        }
    }

    pub fn name(&self) -> &str {
        name_of(self)
    }

    pub fn kind(&self) -> &str {
        match self {
            Change::Added { kind, .. }
            | Change::Removed { kind, .. }
            | Change::Changed { kind, .. } => kind,
        }
    }

    /// One line, diff style: `+ table public.users`.
    pub fn line(&self) -> String {
        let summary = |attrs: &BTreeMap<String, String>| {
            let headline = |k: &str| k == "definition" || k == "type";
            let parts: Vec<String> = attrs
                .iter()
                .filter(|(k, v)| headline(k) && !v.is_empty())
                .map(|(_, v)| v.clone())
                .chain(
                    attrs
                        .iter()
                        .filter(|(k, v)| !headline(k) && !v.is_empty())
                        .map(|(k, v)| format!("{k}={v}")),
                )
                .collect();
            if parts.is_empty() {
                String::new()
            } else {
                format!(" ({})", parts.join(", "))
            }
        };
        match self {
            Change::Added {
                kind, name, attrs, ..
            } => format!("+ {kind} {name}{}", summary(attrs)),
            Change::Removed { kind, name, .. } => format!("- {kind} {name}"),
            Change::Changed {
                kind, name, attrs, ..
            } => {
                let parts: Vec<String> = attrs
                    .iter()
                    .map(|c| {
                        format!(
                            "{}: {} → {}",
                            c.attr,
                            c.before.as_deref().unwrap_or("∅"),
                            c.after.as_deref().unwrap_or("∅")
                        )
                    })
                    .collect();
                format!("~ {kind} {name}: {}", parts.join("; "))
            }
        }
    }
}

/// Changes from `before` to `after`, in (kind, name) order.
/// [`diff`] of one engine's catalog, each change tagged with it.
pub fn diff_on(engine: EngineKind, before: &Snapshot, after: &Snapshot) -> Vec<Change> {
    let mut changes = diff(before, after);
    for c in &mut changes {
        match c {
            Change::Added { engine: e, .. }
            | Change::Removed { engine: e, .. }
            | Change::Changed { engine: e, .. } => *e = Some(engine),
        }
    }
    changes
}

pub fn diff(before: &Snapshot, after: &Snapshot) -> Vec<Change> {
    let mut out = Vec::new();
    for ((kind, name), attrs) in &after.objects {
        match before.objects.get(&(kind.clone(), name.clone())) {
            None => out.push(Change::Added {
                engine: None,
                kind: kind.clone(),
                name: name.clone(),
                attrs: attrs.clone(),
            }),
            Some(old) if old != attrs => {
                let mut keys: Vec<&String> = old.keys().chain(attrs.keys()).collect();
                keys.sort();
                keys.dedup();
                let changes = keys
                    .into_iter()
                    .filter(|k| old.get(*k) != attrs.get(*k))
                    .map(|k| AttrChange {
                        attr: k.clone(),
                        before: old.get(k).cloned(),
                        after: attrs.get(k).cloned(),
                    })
                    .collect();
                out.push(Change::Changed {
                    engine: None,
                    kind: kind.clone(),
                    name: name.clone(),
                    attrs: changes,
                });
            }
            Some(_) => {}
        }
    }
    for ((kind, name), attrs) in &before.objects {
        if !after.objects.contains_key(&(kind.clone(), name.clone())) {
            out.push(Change::Removed {
                engine: None,
                kind: kind.clone(),
                name: name.clone(),
                attrs: attrs.clone(),
            });
        }
    }
    out.sort_by(|a, b| (a.kind(), name_of(a)).cmp(&(b.kind(), name_of(b))));
    out
}

fn name_of(c: &Change) -> &str {
    match c {
        Change::Added { name, .. }
        | Change::Removed { name, .. }
        | Change::Changed { name, .. } => name,
    }
}

mod objects_as_list {
    use super::*;

    #[derive(Serialize, Deserialize)]
    struct Object {
        kind: String,
        name: String,
        attrs: BTreeMap<String, String>,
    }

    pub fn serialize<S: serde::Serializer>(
        map: &BTreeMap<(String, String), BTreeMap<String, String>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_seq(map.iter().map(|((kind, name), attrs)| Object {
            kind: kind.clone(),
            name: name.clone(),
            attrs: attrs.clone(),
        }))
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<(String, String), BTreeMap<String, String>>, D::Error> {
        let list = Vec::<Object>::deserialize(d)?;
        Ok(list
            .into_iter()
            .map(|o| ((o.kind, o.name), o.attrs))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_added_removed_and_changed_attributes() {
        let mut a = Snapshot::default();
        a.insert("table", "public.users", []);
        a.insert(
            "column",
            "public.users.status",
            [("type", "text".into()), ("default", "'active'".into())],
        );
        a.insert(
            "index",
            "public.old_idx",
            [("definition", "CREATE INDEX ...".into())],
        );
        let mut b = a.clone();
        b.objects.remove(&("index".into(), "public.old_idx".into()));
        b.insert(
            "column",
            "public.users.status",
            [("type", "text".into()), ("default", "'new'".into())],
        );
        b.insert("column", "public.users.email", [("type", "text".into())]);
        let d = diff(&a, &b);
        let lines: Vec<String> = d.iter().map(Change::line).collect();
        assert_eq!(
            lines,
            vec![
                "+ column public.users.email (text)".to_string(),
                "~ column public.users.status: default: 'active' → 'new'".to_string(),
                "- index public.old_idx".to_string(),
            ]
        );
        assert!(diff(&a, &a).is_empty());
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(serde_json::from_str::<Snapshot>(&json).unwrap(), a);
    }
}
