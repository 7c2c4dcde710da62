//! MongoDB: backfill `locale` on every profile that lacks one, in batches
//! of 500, then tighten the validator to require it.
//!
//! Each batch is its own write, so a large collection is never held for
//! the whole backfill, and a retry continues where a failure stopped.

use tidegate_guest::mongo::{self, Validator};
use tidegate_guest::{Check, Engine, Metadata, Migration, Result, json, log};

struct BackfillLocale;

const BATCH: u64 = 500;

/// The validator 0005_mongo_profiles created. A migration is a snapshot in
/// time, so it carries its own copy rather than reading the latest.
fn profiles_schema() -> tidegate_guest::Json {
    json!({
        "bsonType": "object",
        "required": ["email", "created_at"],
        "properties": {
            "email": { "bsonType": "string", "pattern": "^[^@]+@[^@]+$" },
            "display_name": { "bsonType": "string", "maxLength": 200 },
            "created_at": { "bsonType": "date" },
            "deleted_at": { "bsonType": ["date", "null"] }
        }
    })
}

impl Migration for BackfillLocale {
    fn metadata() -> Metadata {
        Metadata::new(
            "0006_mongo_backfill_locale",
            6,
            "backfill profiles.locale in batches, then require it",
        )
        .engines([Engine::Mongodb])
        .transactional(false)
        .reversible(true)
    }

    fn up() -> Result<()> {
        let missing = json!({ "locale": { "$exists": false } });
        let n = mongo::backfill(
            "profiles",
            &missing,
            &json!({ "$set": { "locale": "en" } }),
            BATCH,
        )?;
        log::info(&format!("set locale on {n} profiles"));
        // Moderate: documents written before this validator are checked
        // only when they are updated.
        let mut schema = profiles_schema();
        schema["required"]
            .as_array_mut()
            .expect("a list")
            .push(json!("locale"));
        schema["properties"]["locale"] = json!({ "bsonType": "string", "minLength": 2 });
        mongo::set_validator("profiles", &Validator::json_schema(schema).moderate())
    }

    fn down() -> Result<()> {
        // The backfilled value stays: it is data, not schema. The validator
        // goes back to exactly what 0005 set.
        mongo::set_validator("profiles", &Validator::json_schema(profiles_schema()))
    }

    fn check() -> Result<Vec<Check>> {
        let missing = mongo::count("profiles", &json!({ "locale": { "$exists": false } }))?;
        Ok(vec![Check::new(
            "every profile has a locale",
            missing == 0,
            format!("{missing} profiles lack one"),
        )])
    }
}

tidegate_guest::export!(BackfillLocale);
// Safe to run again after an interruption: `apply` then retries it by
// itself, and `tidegate test` proves that a second `up` changes nothing.
tidegate_guest::idempotent!();
