//! The catalog of a MongoDB database (collections with their options and
//! validators, and indexes) as a [`Snapshot`], and the shadow database a
//! dry run works in.

use futures_util::TryStreamExt;
use mongodb::Database;
use mongodb::bson::{Bson, Document, doc};

use tidegate_core::capabilities::Scope;
use tidegate_core::diff::Snapshot;
use tidegate_core::shadow::ShadowOwner;

use crate::{MongoError, MongoTarget, to_json};

pub const COLLECTION: &str = "collection";
/// How every in-database shadow collection's name starts.
pub const SHADOW_PREFIX: &str = "tgshadow_";
pub const INDEX: &str = "mongodb index";

async fn cursor(
    db: &Database,
    command: Document,
    doing: &str,
) -> Result<Vec<Document>, MongoError> {
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
pub async fn collections(
    db: &Database,
    reserved: &str,
    scope: &Scope,
    prefix: &str,
) -> Result<Vec<Document>, MongoError> {
    if scope.names().is_some_and(<[String]>::is_empty) {
        return Ok(Vec::new());
    }
    let all = cursor(db, doc! { "listCollections": 1 }, "listing collections").await?;
    let mut out: Vec<Document> = all
        .into_iter()
        .filter_map(|mut c| {
            let bare = c.get_str("name").ok()?.strip_prefix(prefix)?.to_string();
            let user = !bare.starts_with("system.")
                && !bare.starts_with(reserved)
                && !bare.starts_with(SHADOW_PREFIX);
            if !(user && scope.covers(&bare)) {
                return None;
            }
            c.insert("name", bare);
            if let Ok(options) = c.get_document_mut("options") {
                if let Some(source) = options
                    .get_str("viewOn")
                    .ok()
                    .and_then(|v| v.strip_prefix(prefix))
                    .map(str::to_string)
                {
                    options.insert("viewOn", source);
                }
            }
            Some(c)
        })
        .collect();
    out.sort_by(|a, b| {
        a.get_str("name")
            .unwrap_or_default()
            .cmp(b.get_str("name").unwrap_or_default())
    });
    Ok(out)
}

pub async fn indexes(db: &Database, collection: &str) -> Result<Vec<Document>, MongoError> {
    cursor(db, doc! { "listIndexes": collection }, "listing indexes").await
}

/// The options of an index spec worth comparing (not `v` or `ns`).
fn index_attrs(spec: &Document) -> Vec<(&'static str, String)> {
    let mut attrs = vec![(
        "key",
        spec.get_document("key")
            .map(|k| to_json(k.clone()))
            .unwrap_or_default(),
    )];
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
pub async fn snapshot(
    db: &Database,
    reserved: &str,
    scope: &Scope,
    prefix: &str,
) -> Result<Snapshot, MongoError> {
    let mut snap = Snapshot::default();
    for c in collections(db, reserved, scope, prefix).await? {
        let name = c.get_str("name").unwrap_or_default().to_string();
        let kind = c.get_str("type").unwrap_or("collection").to_string();
        let options = c.get_document("options").cloned().unwrap_or_default();
        let mut attrs = vec![("type", kind.clone())];
        let mut rest = options.clone();
        for (key, attr) in [
            ("validator", "validator"),
            ("validationLevel", "validation_level"),
            ("validationAction", "validation_action"),
        ] {
            let v = rest.remove(key);
            // The server's defaults say nothing: a collection whose
            // validator was put back to none reads as one that never had
            // one.
            let default = match (key, &v) {
                ("validator", Some(mongodb::bson::Bson::Document(d))) => d.is_empty(),
                ("validationLevel", Some(mongodb::bson::Bson::String(l))) => l == "strict",
                ("validationAction", Some(mongodb::bson::Bson::String(a))) => a == "error",
                _ => false,
            };
            if let Some(v) = v.filter(|_| !default) {
                attrs.push((
                    attr,
                    v.into_relaxed_extjson()
                        .to_string()
                        .trim_matches('"')
                        .to_string(),
                ));
            }
        }
        if !rest.is_empty() {
            // A shadow view's pipeline names the shadow's collections.
            let text = to_json(rest);
            attrs.push((
                "options",
                if prefix.is_empty() {
                    text
                } else {
                    text.replace(prefix, "")
                },
            ));
        }
        snap.insert(COLLECTION, name.clone(), attrs);
        // Collections and time-series collections have indexes; views none.
        if kind == "view" {
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

/// The marker collection inside a shadow database, holding its
/// [`ShadowOwner`].
const MARKER: &str = "tgshadow_owner";

impl Shadow {
    /// Copy what `scope` covers into a new shadow, after dropping the
    /// shadows killed plans left behind. A marker says who made it
    /// ([`ShadowOwner`]): the `tgshadow_owner` collection of a shadow
    /// database, or, for in-database collections `tgshadow_<id>_*`, the
    /// collection `tgshadow_<id>`. It is made first and dropped last.
    pub async fn create(
        target: &MongoTarget,
        reserved: &str,
        scope: &Scope,
        mode: ShadowMode,
    ) -> Result<Shadow, MongoError> {
        reap(target, mode).await;
        let mut nonce = [0u8; 4];
        let _ = getrandom::fill(&mut nonce);
        let shadow = match mode {
            ShadowMode::Database => Shadow {
                db: target.client().database(&format!(
                    "{}{}",
                    shadow_base(target),
                    hex::encode(nonce)
                )),
                prefix: String::new(),
            },
            ShadowMode::Collections => Shadow {
                db: target.database(),
                prefix: format!("{SHADOW_PREFIX}{}_", hex::encode(nonce)),
            },
        };
        let owner = mongodb::bson::serialize_to_document(&ShadowOwner::me()).map_err(|e| {
            MongoError::Other {
                doing: "marking the dry run's shadow".into(),
                message: e.to_string(),
            }
        })?;
        shadow
            .db
            .collection::<Document>(shadow.marker())
            .insert_one(owner)
            .await
            .map_err(|e| MongoError::command(format!("marking {}", shadow.place()), e))?;
        if let Err(e) = shadow.copy_from(&target.database(), reserved, scope).await {
            shadow.drop().await;
            return Err(e);
        }
        Ok(shadow)
    }

    /// The collection that says who made the shadow.
    fn marker(&self) -> &str {
        if self.prefix.is_empty() {
            MARKER
        } else {
            self.prefix.trim_end_matches('_')
        }
    }

    fn place(&self) -> String {
        if self.prefix.is_empty() {
            format!("the shadow database {}", self.db.name())
        } else {
            format!("the shadow collections {}*", self.prefix)
        }
    }

    async fn copy_from(
        &self,
        source: &Database,
        reserved: &str,
        scope: &Scope,
    ) -> Result<(), MongoError> {
        let all = collections(source, reserved, scope, "").await?;
        let p = &self.prefix;
        // Collections first, then views (which may read from them).
        let (views, colls): (Vec<&Document>, Vec<&Document>) = all
            .iter()
            .partition(|c| c.get_str("type").ok() == Some("view"));
        for c in colls.into_iter().chain(views) {
            let name = c.get_str("name").unwrap_or_default();
            let mut create = doc! { "create": format!("{p}{name}") };
            if let Ok(options) = c.get_document("options") {
                create.extend(options.clone());
                if let Ok(source) = options.get_str("viewOn") {
                    create.insert("viewOn", format!("{p}{source}"));
                }
                // A view's pipeline names collections too.
                if let (false, Ok(pipeline)) = (p.is_empty(), options.get_array("pipeline")) {
                    create.insert("pipeline", crate::pipeline::prefixed(pipeline, p));
                }
            }
            self.db.run_command(create).await.map_err(|e| {
                MongoError::command(
                    format!("copying collection {name} into {}", self.place()),
                    e,
                )
            })?;
            tidegate_core::faults::reached("shadow-copy");
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
                    .map_err(|e| {
                        MongoError::command(
                            format!("copying the indexes of {name} into {}", self.place()),
                            e,
                        )
                    })?;
            }
        }
        Ok(())
    }

    /// Drop the shadow; a failure is logged, not raised, since the dry run's
    /// answer does not depend on it (a later plan drops what is left). A
    /// shadow database is dropped with `dropDatabase`, or, when the role
    /// may not (`readWriteAnyDatabase` lacks it), collection by collection:
    /// a database without collections is gone.
    pub async fn drop(self) {
        let place = self.place();
        if let Err(e) = self.drop_all().await {
            tracing::warn!("cannot drop {place}: {e}; a later plan drops it, or drop it by hand");
        }
    }

    async fn drop_all(&self) -> Result<(), mongodb::error::Error> {
        if self.prefix.is_empty() {
            tidegate_core::faults::reached("shadow-drop");
            match self.db.drop().await {
                Ok(()) => return Ok(()),
                Err(e) if crate::error_code(&e).is_some_and(|(c, _)| c == 13) => {
                    tracing::debug!(
                        "dropDatabase refused ({e}); dropping the shadow's collections one by one"
                    );
                }
                Err(e) => return Err(e),
            }
        }
        let names = self.db.list_collection_names().await?;
        // The marker last.
        for name in names
            .iter()
            .filter(|n| n.starts_with(&self.prefix) && n.as_str() != self.marker())
        {
            self.db.collection::<Document>(name).drop().await?;
            tidegate_core::faults::reached("shadow-drop");
        }
        self.db.collection::<Document>(self.marker()).drop().await
    }
}

/// What a shadow database's name starts with, for `target`.
fn shadow_base(target: &MongoTarget) -> String {
    let base: String = target.database_name().chars().take(40).collect();
    format!("{base}_tgshadow_")
}

/// Drop the shadows of `target` whose makers are gone
/// ([`ShadowOwner::abandoned`]). Failures are logged: the plan does not
/// depend on them.
async fn reap(target: &MongoTarget, mode: ShadowMode) {
    let found = async {
        let now = chrono::Utc::now().timestamp_millis();
        let owner_of = async |db: &Database, marker: &str| -> Option<ShadowOwner> {
            let d = db
                .collection::<Document>(marker)
                .find_one(doc! {})
                .await
                .ok()??;
            mongodb::bson::deserialize_from_document(d).ok()
        };
        let mut abandoned = Vec::new();
        match mode {
            ShadowMode::Database => {
                let base = shadow_base(target);
                let filter = doc! { "name": { "$regex": format!("^{}[0-9a-f]{{8}}$", crate::session::regex_escape(&base)) } };
                for name in target
                    .client()
                    .list_database_names()
                    .filter(filter)
                    .authorized_databases(true)
                    .await?
                {
                    let db = target.client().database(&name);
                    if owner_of(&db, MARKER)
                        .await
                        .is_some_and(|o| o.abandoned(now))
                    {
                        abandoned.push(Shadow {
                            db,
                            prefix: String::new(),
                        });
                    }
                }
            }
            ShadowMode::Collections => {
                let db = target.database();
                let filter =
                    doc! { "name": { "$regex": format!("^{SHADOW_PREFIX}[0-9a-f]{{8}}$") } };
                for marker in db.list_collection_names().filter(filter).await? {
                    if owner_of(&db, &marker)
                        .await
                        .is_some_and(|o| o.abandoned(now))
                    {
                        abandoned.push(Shadow {
                            db: db.clone(),
                            prefix: format!("{marker}_"),
                        });
                    }
                }
            }
        }
        for shadow in abandoned {
            tracing::info!("dropping {} of a plan that did not finish", shadow.place());
            shadow.drop().await;
        }
        Ok::<_, mongodb::error::Error>(())
    };
    if let Err(e) = found.await {
        tracing::warn!("cannot look for the shadows of earlier plans: {e}");
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
