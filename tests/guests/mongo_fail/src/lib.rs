//! A MongoDB migration that fails after a partial change. The host must
//! record it failed on MongoDB and block later runs until it is resolved.
use tidegate_guest::{Engine, Error, Metadata, Migration, Result, json, mongo};

struct MongoFail;

impl Migration for MongoFail {
    fn metadata() -> Metadata {
        Metadata::new("9009_mongo_fail", 9009, "fails halfway on MongoDB")
            .engines([Engine::Mongodb])
            .transactional(false)
    }

    fn up() -> Result<()> {
        mongo::create_collection("half_done", None)?;
        if mongo::count("half_done", &json!({ "ok": true }))? == 0 {
            return Err(Error::precondition(
                "half_done holds no {ok: true} document; insert one, then retry",
            ));
        }
        Ok(())
    }
}

tidegate_guest::export!(MongoFail);
