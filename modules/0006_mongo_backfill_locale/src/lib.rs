//! MongoDB: backfill `locale` on every profile that lacks one, in batches
//! of 500, then tighten the validator to require it.
//!
//! Each batch is its own write, so a large collection is never held for
//! the whole backfill, and a retry continues where a failure stopped.

use tidegate_guest::mongo::{self, Validator};
use tidegate_guest::{json, log, Check, Engine, Metadata, Migration, Result};

struct BackfillLocale;

const BATCH: u64 = 500;

impl Migration for BackfillLocale {
    fn metadata() -> Metadata {
        Metadata::new("0006_mongo_backfill_locale", 6, "backfill profiles.locale in batches, then require it")
            .engines([Engine::Mongodb])
            .transactional(false)
            .reversible(true)
    }

    fn up() -> Result<()> {
        let missing = json!({ "locale": { "$exists": false } });
        let n = mongo::backfill("profiles", &missing, &json!({ "$set": { "locale": "en" } }), BATCH)?;
        log::info(&format!("set locale on {n} profiles"));
        // Moderate: documents written before this validator are checked
        // only when they are updated.
        let v = Validator::json_schema(json!({
            "bsonType": "object",
            "required": ["email", "created_at", "locale"],
            "properties": { "locale": { "bsonType": "string", "minLength": 2 } }
        }))
        .moderate();
        mongo::set_validator("profiles", &v)
    }

    fn down() -> Result<()> {
        // The backfilled value stays: it is data, not schema. Only the
        // requirement goes.
        mongo::set_validator(
            "profiles",
            &Validator::json_schema(json!({ "bsonType": "object", "required": ["email", "created_at"] })),
        )
    }

    fn check() -> Result<Vec<Check>> {
        let missing = mongo::count("profiles", &json!({ "locale": { "$exists": false } }))?;
        Ok(vec![Check::new("every profile has a locale", missing == 0, format!("{missing} profiles lack one"))])
    }
}

tidegate_guest::export!(BackfillLocale);
