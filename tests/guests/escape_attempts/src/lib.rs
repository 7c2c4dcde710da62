//! Tries to leave its lane on MongoDB and Elasticsearch: admin commands,
//! another database, tidegate's own history, cluster-wide APIs. Succeeds
//! only when the host refused every attempt as not permitted.
use tidegate_guest::es::{self, Method};
use tidegate_guest::{Engine, Error, HostError, Metadata, Migration, Result, json, mongo};

struct EscapeAttempts;

fn refused(what: &str, r: Result<impl core::fmt::Debug>, escaped: &mut Vec<String>) {
    match r {
        Err(Error::Host(HostError::NotPermitted(_))) => {}
        other => escaped.push(format!("{what}: {other:?}")),
    }
}

impl Migration for EscapeAttempts {
    fn metadata() -> Metadata {
        Metadata::new(
            "9012_escape_attempts",
            9012,
            "tries to leave the sandbox's lane",
        )
        .engines([Engine::Mongodb, Engine::Elasticsearch])
        .transactional(false)
    }

    fn up() -> Result<()> {
        let mut escaped = Vec::new();
        refused(
            "dropDatabase",
            mongo::command(&json!({ "dropDatabase": 1 })),
            &mut escaped,
        );
        refused(
            "shutdown",
            mongo::command(&json!({ "shutdown": 1 })),
            &mut escaped,
        );
        refused(
            "insert into history",
            mongo::insert_many("tidegate_migrations", &[json!({ "_id": "fake" })]),
            &mut escaped,
        );
        refused(
            "collMod history",
            mongo::command(&json!({ "collMod": "tidegate_migrations_lock" })),
            &mut escaped,
        );
        refused(
            "$out to admin",
            mongo::aggregate(
                "anything",
                &json!([{ "$out": { "db": "admin", "coll": "stolen" } }]),
            ),
            &mut escaped,
        );
        refused(
            "$merge to admin",
            mongo::aggregate(
                "anything",
                &json!([{ "$merge": { "into": { "db": "admin", "coll": "stolen" } } }]),
            ),
            &mut escaped,
        );
        refused(
            "GET /_nodes",
            es::send(Method::Get, "/_nodes", &[], None),
            &mut escaped,
        );
        refused(
            "DELETE /_all",
            es::send(Method::Delete, "/_all", &[], None),
            &mut escaped,
        );
        refused(
            "DELETE wildcard",
            es::send(Method::Delete, "/places*", &[], None),
            &mut escaped,
        );
        refused(
            "write history",
            es::send(Method::Put, "/tidegate-migrations", &[], None),
            &mut escaped,
        );
        refused(
            "system index",
            es::send(Method::Get, "/.security", &[], None),
            &mut escaped,
        );
        refused(
            "reindex into history",
            es::send(
                Method::Post,
                "/_reindex",
                &[],
                Some(
                    &json!({ "source": { "index": "a" }, "dest": { "index": "tidegate-migrations" } }),
                ),
            ),
            &mut escaped,
        );
        refused(
            "background reindex",
            es::send(
                Method::Post,
                "/_reindex",
                &[("wait_for_completion", "false")],
                Some(&json!({})),
            ),
            &mut escaped,
        );
        if escaped.is_empty() {
            Ok(())
        } else {
            Err(Error::other(format!("escaped: {}", escaped.join("; "))))
        }
    }
}

tidegate_guest::export!(EscapeAttempts);
