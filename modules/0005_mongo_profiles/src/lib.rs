//! MongoDB: a `profiles` collection guarded by a `$jsonSchema` validator,
//! with a unique, a compound, a partial and a TTL index.
//!
//! MongoDB DDL is not transactional, so the migration is not either; every
//! helper compares what exists with what is asked, so a retry after a
//! failure finishes the job.

use tidegate_guest::mongo::{self, Index, Validator};
use tidegate_guest::{Check, Engine, Metadata, Migration, Result, json};

struct Profiles;

fn validator() -> Validator {
    Validator::json_schema(json!({
        "bsonType": "object",
        "required": ["email", "created_at"],
        "properties": {
            "email": { "bsonType": "string", "pattern": "^[^@]+@[^@]+$" },
            "display_name": { "bsonType": "string", "maxLength": 200 },
            "created_at": { "bsonType": "date" },
            "deleted_at": { "bsonType": ["date", "null"] }
        }
    }))
}

fn indexes() -> Vec<(&'static str, Index)> {
    vec![
        (
            "profiles",
            Index::new("email_unique", json!({ "email": 1 })).unique(),
        ),
        (
            "profiles",
            Index::new("tenant_created", json!({ "tenant": 1, "created_at": -1 })),
        ),
        (
            "profiles",
            Index::new("active_by_name", json!({ "display_name": 1 }))
                .partial(json!({ "deleted_at": null })),
        ),
        (
            "sessions",
            Index::new("expires_ttl", json!({ "expires_at": 1 })).ttl(0),
        ),
    ]
}

impl Migration for Profiles {
    fn metadata() -> Metadata {
        Metadata::new(
            "0005_mongo_profiles",
            5,
            "profiles collection with a validator; unique, compound, partial and TTL indexes",
        )
        .engines([Engine::Mongodb])
        .transactional(false)
        .reversible(true)
    }

    fn up() -> Result<()> {
        mongo::create_collection("profiles", Some(&validator()))?;
        mongo::create_collection("sessions", None)?;
        for (collection, index) in indexes() {
            mongo::create_index(collection, &index)?;
        }
        Ok(())
    }

    fn down() -> Result<()> {
        mongo::drop_collection("sessions")?;
        mongo::drop_collection("profiles")
    }

    fn check() -> Result<Vec<Check>> {
        let names: Vec<String> = mongo::list_indexes("profiles")?
            .iter()
            .filter_map(|i| i["name"].as_str().map(String::from))
            .collect();
        let validated = mongo::collection("profiles")?
            .is_some_and(|c| c["options"]["validator"]["$jsonSchema"].is_object());
        Ok(vec![
            Check::new(
                "profiles has a $jsonSchema validator",
                validated,
                "collMod profiles to restore it",
            ),
            Check::new(
                "profiles.email_unique exists",
                names.iter().any(|n| n == "email_unique"),
                format!("indexes: {}", names.join(", ")),
            ),
        ])
    }
}

tidegate_guest::export!(Profiles);
