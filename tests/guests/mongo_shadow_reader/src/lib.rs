//! Reads two collections every way a pipeline can, and fails when the
//! answers disagree: in a dry run every one of them must read the shadow
//! (where the collections are empty), never the target's documents. Also
//! lists the collections it sees, which must name each once, without a
//! shadow's prefix. Then inserts documents, whose write concern and
//! retryability the tests read on the wire.
use tidegate_guest::{Engine, Error, Metadata, Migration, Result, json, mongo};

struct ShadowReader;

fn count(rows: &[tidegate_guest::Json]) -> u64 {
    rows.first().and_then(|r| r["n"].as_u64()).unwrap_or(0)
}

impl Migration for ShadowReader {
    fn metadata() -> Metadata {
        Metadata::new(
            "9018_mongo_shadow_reader",
            9018,
            "reads collections through nested pipelines and a view",
        )
        .engines([Engine::Mongodb])
        .transactional(false)
    }

    fn up() -> Result<()> {
        let direct = mongo::count("readers_b", &json!({}))?;
        // A sub-pipeline's collection, two levels down.
        let nested = mongo::aggregate(
            "readers_a",
            &json!([
                { "$unionWith": { "coll": "readers_a", "pipeline": [{ "$unionWith": "readers_b" }] } },
                { "$count": "n" }
            ]),
        )?;
        let faceted = mongo::aggregate(
            "readers_a",
            &json!([
                { "$facet": { "b": [{ "$unionWith": { "coll": "readers_b" } }, { "$count": "n" }] } },
                { "$project": { "n": { "$ifNull": [{ "$arrayElemAt": ["$b.n", 0] }, 0] } } }
            ]),
        )?;
        // A view whose pipeline reads the other collection.
        mongo::command(
            &json!({ "create": "readers_v", "viewOn": "readers_a", "pipeline": [{ "$unionWith": "readers_b" }] }),
        )?;
        let viewed = mongo::aggregate("readers_v", &json!([{ "$count": "n" }]))?;
        let seen = [
            ("a nested $unionWith", count(&nested)),
            ("a $facet", count(&faceted)),
            ("a view", count(&viewed)),
        ];
        for (how, n) in seen {
            if n != direct {
                return Err(Error::other(format!(
                    "{how} read {n} documents of readers_b, a count reads {direct}: a pipeline read outside the session's database"
                )));
            }
        }
        let listed = mongo::command(&json!({ "listCollections": 1, "nameOnly": true }))?;
        let mut names: Vec<String> = listed["cursor"]["firstBatch"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c["name"].as_str().map(str::to_string))
            .collect();
        names.sort();
        let before = names.len();
        names.dedup();
        if names.len() != before || names.iter().any(|n| n.starts_with("tgshadow")) {
            return Err(Error::other(format!(
                "listCollections shows the target's collections beside the shadow's: {names:?}"
            )));
        }
        mongo::insert_many("readers_a", &[json!({ "n": 1 }), json!({ "n": 2 })])?;
        Ok(())
    }
}

tidegate_guest::export!(ShadowReader);
