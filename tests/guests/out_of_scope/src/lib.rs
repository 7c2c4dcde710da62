//! Declares `scoped` on every engine, uses it, then reaches for `other`.
//! MongoDB and Elasticsearch requests outside the declaration must be
//! refused as not permitted; the PostgreSQL statement on `other` runs and
//! is reported by lint (CAP001). Succeeds only when every refusal came.
use tidegate_guest::es::{self, IndexSpec, Method};
use tidegate_guest::{Engine, Error, HostError, Metadata, Migration, Result, json, mongo, pg};

struct OutOfScope;

fn refused(what: &str, r: Result<impl core::fmt::Debug>, escaped: &mut Vec<String>) {
    match r {
        Err(Error::Host(HostError::NotPermitted(m))) if m.contains("capabilities") => {}
        other => escaped.push(format!("{what}: {other:?}")),
    }
}

impl Migration for OutOfScope {
    fn metadata() -> Metadata {
        Metadata::new(
            "9013_out_of_scope",
            9013,
            "uses what it declared, and tries what it did not",
        )
        .engines([Engine::Postgres, Engine::Mongodb, Engine::Elasticsearch])
        .transactional(false)
    }

    fn up() -> Result<()> {
        pg::batch_execute(
            "CREATE TABLE IF NOT EXISTS scoped (id int); CREATE TABLE IF NOT EXISTS other (id int)",
        )?;
        mongo::insert_many("scoped", &[json!({ "n": 1 })])?;
        es::create_index(
            "scoped_v1",
            &IndexSpec::new().shards(1).keyword("n").alias("scoped"),
        )?;
        let mut escaped = Vec::new();
        refused(
            "insert into other",
            mongo::insert_many("other", &[json!({ "n": 1 })]),
            &mut escaped,
        );
        refused(
            "create other",
            mongo::command(&json!({ "create": "other" })),
            &mut escaped,
        );
        refused(
            "$lookup other",
            mongo::aggregate(
                "scoped",
                &json!([{ "$lookup": { "from": "other", "localField": "n", "foreignField": "n", "as": "o" } }]),
            ),
            &mut escaped,
        );
        refused(
            "$out other",
            mongo::aggregate("scoped", &json!([{ "$out": "other" }])),
            &mut escaped,
        );
        refused(
            "rename to other",
            mongo::rename_collection("scoped", "other", false),
            &mut escaped,
        );
        refused(
            "PUT /other",
            es::send(Method::Put, "/other", &[], None),
            &mut escaped,
        );
        refused(
            "alias other",
            es::send(
                Method::Post,
                "/_aliases",
                &[],
                Some(
                    &json!({ "actions": [{ "add": { "index": "scoped_v1", "alias": "other" } }] }),
                ),
            ),
            &mut escaped,
        );
        refused(
            "reindex into other",
            es::send(
                Method::Post,
                "/_reindex",
                &[],
                Some(&json!({ "source": { "index": "scoped" }, "dest": { "index": "other" } })),
            ),
            &mut escaped,
        );
        refused(
            "search other*",
            es::send(Method::Get, "/oth*/_search", &[], None),
            &mut escaped,
        );
        if escaped.is_empty() {
            Ok(())
        } else {
            Err(Error::other(format!("escaped: {}", escaped.join("; "))))
        }
    }
}

tidegate_guest::export!(OutOfScope);
