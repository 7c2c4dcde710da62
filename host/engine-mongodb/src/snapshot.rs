//! The catalog of a MongoDB database (collections with their options and
//! validators, and indexes) as a [`Snapshot`], and the shadow database a
//! dry run works in.

use futures_util::TryStreamExt;
use mongodb::bson::{doc, Bson, Document};
use mongodb::Database;

use tidegate_core::capabilities::Scope;
use tidegate_core::diff::Snapshot;

use crate::{to_json, MongoError, MongoTarget};

pub const COLLECTION: &str = "collection";
/// How every in-database shadow collection's name starts.
pub const SHADOW_PREFIX: &str = "tgshadow_";
pub const INDEX: &str = "mongodb index";

async fn cursor(db: &Database, command: Document, doing: &str) -> Result<Vec<Document>, MongoError> {
    db.run_cursor_command(command)
        .await
        .map_err(|e| MongoError::command(doing, e))?
        .try_collect()
        .await
        .map_err(|e| MongoError::command(doing, e))
}

/// User collections and views in `scope`, leaving out `system.*`, names
/// starting with `reserved` (tidegate's own) and other runs' shadows. With
/// a `prefix`, an in-database shadow's collections, named without it.
pub async fn collections(db: &Database, reserved: &str, scope: &Scope, prefix: &str) -> Result<Vec<Document>, MongoError> {
    if scope.names().is_some_and(<[String]>::is_empty) {
        return Ok(Vec::new());
    }
    let all = cursor(db, doc! { "listCollections": 1, "authorizedCollections": true }, "listing collections").await?;
    let mut out: Vec<Document> = all
        .into_iter()
        .filter_map(|mut c| {
            let bare = c.get_str("name").ok()?.strip_prefix(prefix)?.to_string();
            let user = !bare.starts_with("system.") && !bare.starts_with(reserved) && !bare.starts_with(SHADOW_PREFIX);
            if !(user && scope.covers(&bare)) {
                return None;
            }
            c.insert("name", bare);
            if let Ok(options) = c.get_document_mut("options") {
                if let Some(source) = options.get_str("viewOn").ok().and_then(|v| v.strip_prefix(prefix)).map(str::to_string) {
                    options.insert("viewOn", source);
                }
            }
            Some(c)
        })
        .collect();
    out.sort_by(|a, b| a.get_str("name").unwrap_or_default().cmp(b.get_str("name").unwrap_or_default()));
    Ok(out)
}

pub async fn indexes(db: &Database, collection: &str) -> Result<Vec<Document>, MongoError> {
    cursor(db, doc! { "listIndexes": collection }, "listing indexes").await
}

/// The options of an index spec worth comparing (not `v` or `ns`).
fn index_attrs(spec: &Document) -> Vec<(&'static str, String)> {
    let mut attrs = vec![("key", spec.get_document("key").map(|k| to_json(k.clone())).unwrap_or_default())];
    for (name, attr) in [
        ("unique", "unique"),
        ("sparse", "sparse"),
        ("expireAfterSeconds", "ttl_seconds"),
        ("partialFilterExpression", "partial"),
        ("collation", "collation"),
        ("hidden", "hidden"),
        ("weights", "weights"),
    ] {
        if let Some(v) = spec.get(name) {
            let text = match v {
                Bson::Document(d) => to_json(d.clone()),
                other => other.clone().into_relaxed_extjson().to_string(),
            };
            attrs.push((attr, text));
        }
    }
    attrs
}

/// The catalog of `db` in `scope` (of an in-database shadow's collections
/// with `prefix`).
pub async fn snapshot(db: &Database, reserved: &str, scope: &Scope, prefix: &str) -> Result<Snapshot, MongoError> {
    let mut snap = Snapshot::default();
    for c in collections(db, reserved, scope, prefix).await? {
        let name = c.get_str("name").unwrap_or_default().to_string();
        let kind = c.get_str("type").unwrap_or("collection").to_string();
        let options = c.get_document("options").cloned().unwrap_or_default();
        let mut attrs = vec![("type", kind.clone())];
        let mut rest = options.clone();
        for (key, attr) in [("validator", "validator"), ("validationLevel", "validation_level"), ("validationAction", "validation_action")] {
            if let Some(v) = rest.remove(key) {
                attrs.push((attr, v.into_relaxed_extjson().to_string().trim_matches('"').to_string()));
            }
        }
        if !rest.is_empty() {
            attrs.push(("options", to_json(rest)));
        }
        snap.insert(COLLECTION, name.clone(), attrs);
        if kind != "collection" {
            continue;
        }
        for spec in indexes(db, &format!("{prefix}{name}")).await? {
            let idx = spec.get_str("name").unwrap_or("?");
            if idx == "_id_" {
                continue;
            }
            snap.insert(INDEX, format!("{name}.{idx}"), index_attrs(&spec));
        }
    }
    Ok(snap)
}

/// Where a dry run's copy of the catalog lives (`mongodb.shadow`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ShadowMode {
    /// A database of its own, `<db>_tgshadow_<id>`: needs the right to
    /// create databases (readWriteAnyDatabase, or readWrite on it).
    #[default]
    Database,
    /// Collections `tgshadow_<id>_<name>` inside the target database: needs
    /// only the roles the migrations need there.
    Collections,
}

/// A throwaway copy of the target's catalog in a run's scope:
/// collections with their options and validators, views, and indexes.
/// Documents are not copied.
pub struct Shadow {
    /// Where the copy's collections are.
    pub db: Database,
    /// What their names start with: empty in a shadow database.
    pub prefix: String,
}

impl Shadow {
    pub async fn create(target: &MongoTarget, reserved: &str, scope: &Scope, mode: ShadowMode) -> Result<Shadow, MongoError> {
        let mut nonce = [0u8; 4];
        let _ = getrandom::fill(&mut nonce);
        let shadow = match mode {
            ShadowMode::Database => {
                let base: String = target.database_name().chars().take(40).collect();
                Shadow { db: target.client().database(&format!("{base}_tgshadow_{}", hex::encode(nonce))), prefix: String::new() }
            }
            ShadowMode::Collections => Shadow { db: target.database(), prefix: format!("{SHADOW_PREFIX}{}_", hex::encode(nonce)) },
        };
        if let Err(e) = shadow.copy_from(&target.database(), reserved, scope).await {
            shadow.drop().await;
            return Err(e);
        }
        Ok(shadow)
    }

    fn place(&self) -> String {
        if self.prefix.is_empty() { format!("the shadow database {}", self.db.name()) } else { format!("the shadow collections {}*", self.prefix) }
    }

    async fn copy_from(&self, source: &Database, reserved: &str, scope: &Scope) -> Result<(), MongoError> {
        let all = collections(source, reserved, scope, "").await?;
        let p = &self.prefix;
        // Collections first, then views (which may read from them).
        let (views, colls): (Vec<&Document>, Vec<&Document>) = all.iter().partition(|c| c.get_str("type").ok() == Some("view"));
        for c in colls.into_iter().chain(views) {
            let name = c.get_str("name").unwrap_or_default();
            let mut create = doc! { "create": format!("{p}{name}") };
            if let Ok(options) = c.get_document("options") {
                create.extend(options.clone());
                if let Ok(source) = options.get_str("viewOn") {
                    create.insert("viewOn", format!("{p}{source}"));
                }
            }
            self.db.run_command(create).await.map_err(|e| MongoError::command(format!("copying collection {name} into {}", self.place()), e))?;
            if c.get_str("type").ok() == Some("view") {
                continue;
            }
            let specs: Vec<Document> = indexes(source, name)
                .await?
                .into_iter()
                .filter(|s| s.get_str("name").ok() != Some("_id_"))
                .map(|mut s| {
                    s.remove("ns");
                    s.remove("v");
                    s
                })
                .collect();
            if !specs.is_empty() {
                self.db
                    .run_command(doc! { "createIndexes": format!("{p}{name}"), "indexes": specs })
                    .await
                    .map_err(|e| MongoError::command(format!("copying the indexes of {name} into {}", self.place()), e))?;
            }
        }
        Ok(())
    }

    /// Drop the shadow; a failure is logged, not raised, since the dry run's
    /// answer does not depend on it.
    pub async fn drop(self) {
        let result = if self.prefix.is_empty() {
            self.db.drop().await.map_err(|e| e.to_string())
        } else {
            async {
                let names = self.db.list_collection_names().await.map_err(|e| e.to_string())?;
                for name in names.iter().filter(|n| n.starts_with(&self.prefix)) {
                    self.db.collection::<Document>(name).drop().await.map_err(|e| e.to_string())?;
                }
                Ok(())
            }
            .await
        };
        if let Err(e) = result {
            tracing::warn!("cannot drop {}: {e}; drop it by hand", self.place());
        }
    }
}

/// Document counts of the target's collections, for lint.
pub async fn counts(db: &Database, reserved: &str) -> Result<Vec<(String, u64)>, MongoError> {
    let mut out = Vec::new();
    for c in collections(db, reserved, &Scope::All, "").await? {
        if c.get_str("type").ok() != Some("collection") {
            continue;
        }
        let name = c.get_str("name").unwrap_or_default().to_string();
        let n = db
            .collection::<Document>(&name)
            .estimated_document_count()
            .await
            .map_err(|e| MongoError::command(format!("counting {name}"), e))?;
        out.push((name, n));
    }
    Ok(out)
}

