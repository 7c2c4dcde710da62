//! The runner of SQL and JSON modules.
//!
//! `tidegate build` does not compile a SQL or JSON module: it embeds the
//! module's document (see `tidegate-module-format`) in a copy of this
//! component, which the host ships prebuilt
//! (`host/runtime/runner/tidegate-runner.wasm`, rebuilt with
//! `cargo xtask runner`). At run time the runner asks the host for the
//! document (`tidegate:module/source`) and executes it through the same
//! `tidegate:migration` world, sandbox and capability checks as a Rust
//! module.

use std::sync::OnceLock;

use tidegate_guest::bindings::tidegate::migration::mongodb as mongo_wit;
use tidegate_guest::es::{self, Method};
use tidegate_guest::{Check, Engine, Error, Metadata, Migration, Result, log, mongo, pg};
use tidegate_module_format::{Document, EsCheck, EsMethod, EsStep, MongoCheck, MongoStep, Steps};

mod source {
    wit_bindgen::generate!({
        path: "../../wit/module@0.1.0",
        world: "tidegate:module/runner-source@0.1.0",
    });
}

/// The embedded document, read once per instance.
fn document() -> Result<&'static Document> {
    static DOC: OnceLock<std::result::Result<Document, String>> = OnceLock::new();
    DOC.get_or_init(|| {
        let bytes = source::tidegate::module::source::get();
        if bytes.is_empty() {
            return Err(
                "this component embeds no module document; build the module with `tidegate build`"
                    .into(),
            );
        }
        Document::from_bytes(&bytes).map_err(|e| {
            format!(
                "the embedded module document is unreadable ({e}); rebuild it with `tidegate build`"
            )
        })
    })
    .as_ref()
    .map_err(|e| Error::other(e.clone()))
}

struct Runner;

impl Migration for Runner {
    fn metadata() -> Metadata {
        // get-metadata cannot fail: a missing document is a broken build,
        // reported by the panic hook and refused by the host.
        let doc = document().unwrap_or_else(|e| panic!("{e}"));
        let engines = doc.engines().into_iter().map(|e| match e {
            tidegate_module_format::Engine::Postgres => Engine::Postgres,
            tidegate_module_format::Engine::Mongodb => Engine::Mongodb,
            tidegate_module_format::Engine::Elasticsearch => Engine::Elasticsearch,
        });
        Metadata::new(doc.id.clone(), doc.version, doc.description.clone())
            .engines(engines)
            .reversible(doc.down.is_some())
            .transactional(doc.transactional)
    }

    fn up() -> Result<()> {
        run(&document()?.up)
    }

    fn down() -> Result<()> {
        let doc = document()?;
        match &doc.down {
            Some(steps) => run(steps),
            None => Err(Error::Irreversible(format!(
                "{} has no down step (no down.sql, down.mongo.json or down.es.json)",
                doc.id
            ))),
        }
    }

    fn check() -> Result<Vec<Check>> {
        let mut out = Vec::new();
        for c in &document()?.checks {
            let rows = pg::query(&c.sql, &[])?;
            let first = rows.rows.first().and_then(|r| r.first());
            let (passed, detail) = match first {
                Some(pg::Value::Boolean(true)) => (
                    true,
                    c.sql.lines().map(str::trim).collect::<Vec<_>>().join(" "),
                ),
                Some(pg::Value::Boolean(false)) => (
                    false,
                    format!(
                        "false: {}",
                        c.sql.lines().map(str::trim).collect::<Vec<_>>().join(" ")
                    ),
                ),
                Some(pg::Value::Null) => (false, "the query returned NULL".to_string()),
                Some(other) => {
                    return Err(Error::other(format!(
                        "check `{}` must return a boolean, got {other:?}",
                        c.name
                    )));
                }
                None => (false, "the query returned no row".to_string()),
            };
            out.push(Check::new(c.name.clone(), passed, detail));
        }
        for c in &document()?.mongodb_checks {
            out.push(mongo_check(c)?);
        }
        for c in &document()?.elasticsearch_checks {
            out.push(es_check(c)?);
        }
        Ok(out)
    }
}

/// `passed` and what was found, for a count check.
fn counted(found: u64, wanted: u64, what: &str) -> (bool, String) {
    (found == wanted, format!("{found} {what} (want {wanted})"))
}

fn mongo_check(c: &MongoCheck) -> Result<Check> {
    let Some(collection) = mongo::collection(&c.collection)? else {
        return Ok(Check::new(
            c.name.clone(),
            false,
            format!("collection {} does not exist", c.collection),
        ));
    };
    if let Some(index) = &c.index {
        let names: Vec<String> = mongo::list_indexes(&c.collection)?
            .iter()
            .filter_map(|i| i["name"].as_str().map(str::to_string))
            .collect();
        if !names.contains(index) {
            return Ok(Check::new(
                c.name.clone(),
                false,
                format!(
                    "no index {index} on {}; it has {}",
                    c.collection,
                    names.join(", ")
                ),
            ));
        }
    }
    let (passed, detail) = match (&c.count, &c.index) {
        (Some(filter), _) => counted(
            mongo::count(&c.collection, filter)?,
            c.equals.unwrap_or(0),
            "matching documents",
        ),
        (None, Some(index)) => (true, format!("index {index} exists on {}", c.collection)),
        (None, None) => (
            true,
            format!(
                "{} exists ({})",
                c.collection,
                collection["type"].as_str().unwrap_or("collection")
            ),
        ),
    };
    Ok(Check::new(c.name.clone(), passed, detail))
}

fn es_check(c: &EsCheck) -> Result<Check> {
    if es::send(Method::Head, &format!("/{}", c.index), &[], None)?.status != 200 {
        return Ok(Check::new(
            c.name.clone(),
            false,
            format!("{} does not exist", c.index),
        ));
    }
    let (passed, detail) = match &c.count {
        Some(query) => {
            let body = es::request(
                Method::Post,
                &format!("/{}/_count", c.index),
                &[],
                Some(&serde_json::json!({ "query": query })),
            )?;
            counted(
                body["count"].as_u64().unwrap_or(u64::MAX),
                c.equals.unwrap_or(0),
                "matching documents",
            )
        }
        None => (true, format!("{} exists", c.index)),
    };
    Ok(Check::new(c.name.clone(), passed, detail))
}

/// Run one direction: PostgreSQL, then MongoDB, then Elasticsearch.
fn run(steps: &Steps) -> Result<()> {
    if let Some(sql) = &steps.postgres {
        pg::batch_execute(sql)?;
    }
    for step in steps.mongodb.iter().flatten() {
        mongo_step(step)?;
    }
    for step in steps.elasticsearch.iter().flatten() {
        es_step(step)?;
    }
    Ok(())
}

fn mongo_step(step: &MongoStep) -> Result<()> {
    match step {
        MongoStep::RunCommand(cmd) => run_command(cmd),
        MongoStep::InsertMany {
            collection,
            documents,
        } => mongo::insert_many(collection, documents).map(drop),
        MongoStep::UpdateMany {
            collection,
            filter,
            update,
            upsert,
        } => mongo_wit::update_many(
            collection,
            &filter.to_string(),
            &update.to_string(),
            *upsert,
        )
        .map(drop)
        .map_err(Into::into),
        MongoStep::DeleteMany { collection, filter } => {
            mongo::delete_many(collection, filter).map(drop)
        }
        MongoStep::RenameCollection {
            from,
            to,
            drop_target,
        } => mongo::rename_collection(from, to, *drop_target),
    }
}

/// A command, safe to run again after an interrupted run: `create` of a
/// collection that exists with exactly the options asked for, and `drop`
/// of one that is gone, succeed (`createIndexes` of an identical index
/// already does on the server).
fn run_command(cmd: &serde_json::Value) -> Result<()> {
    const NAMESPACE_EXISTS: &str = "48";
    const NAMESPACE_NOT_FOUND: &str = "26";
    match mongo::command(cmd) {
        Ok(_) => Ok(()),
        Err(e) if e.database_code() == Some(NAMESPACE_EXISTS) => {
            let Some(name) = cmd.get("create").and_then(|n| n.as_str()) else {
                return Err(e);
            };
            let existing = mongo::collection(name)?.unwrap_or_default();
            let options = &existing["options"];
            let same = cmd
                .as_object()
                .into_iter()
                .flatten()
                .filter(|(k, _)| k.as_str() != "create")
                .all(|(k, v)| &options[k] == v);
            if !same {
                return Err(e);
            }
            log::info(&format!(
                "collection {name} already exists as specified (a retried step)"
            ));
            Ok(())
        }
        Err(e) if e.database_code() == Some(NAMESPACE_NOT_FOUND) && cmd.get("drop").is_some() => {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

fn es_step(step: &EsStep) -> Result<()> {
    let method = match step.method {
        EsMethod::Get => Method::Get,
        EsMethod::Put => Method::Put,
        EsMethod::Post => Method::Post,
        EsMethod::Delete => Method::Delete,
        EsMethod::Head => Method::Head,
    };
    let query: Vec<(&str, &str)> = step
        .query
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let response = es::send(method, &step.path, &query, step.body.as_ref())?;
    if response.status >= 400 && !step.accept.contains(&response.status) {
        if step.method == EsMethod::Put
            && response.body["error"]["type"] == "resource_already_exists_exception"
            && index_as_specified(step)?
        {
            log::info(&format!(
                "{} already exists as specified (a retried step)",
                step.path
            ));
            return Ok(());
        }
        return Err(es::failure(&step.path, &response));
    }
    // A reindex or by-query request that stopped on failures did not do
    // its work, whatever its status: the steps after it (an alias swap)
    // must not run.
    let failures = response.body["failures"].as_array().map_or(0, Vec::len);
    if failures > 0 || response.body["timed_out"] == serde_json::Value::Bool(true) {
        return Err(Error::other(format!(
            "{}: stopped with {failures} failure(s){}: {}",
            step.path,
            if response.body["timed_out"] == serde_json::Value::Bool(true) {
                " after timing out"
            } else {
                ""
            },
            response.body["failures"]
                .to_string()
                .chars()
                .take(1000)
                .collect::<String>()
        )));
    }
    Ok(())
}

/// Whether the index a `PUT /<index>` creates exists with the mappings
/// and aliases it asks for: then running the step again is a no-op.
fn index_as_specified(step: &EsStep) -> Result<bool> {
    let name = step.path.trim_start_matches('/');
    if name.contains('/') {
        return Ok(false);
    }
    let existing = es::request(Method::Get, &step.path, &[], None)?;
    let existing = &existing[name];
    let wanted = step.body.clone().unwrap_or_default();
    let mut aliases: Vec<&String> = existing["aliases"]
        .as_object()
        .map(|o| o.keys().collect())
        .unwrap_or_default();
    let mut wanted_aliases: Vec<&String> = wanted["aliases"]
        .as_object()
        .map(|o| o.keys().collect())
        .unwrap_or_default();
    aliases.sort();
    wanted_aliases.sort();
    let mappings = wanted
        .get("mappings")
        .is_none_or(|m| tidegate_module_format::mapping_covers(&existing["mappings"], m));
    Ok(mappings && aliases == wanted_aliases)
}

tidegate_guest::export!(Runner);
