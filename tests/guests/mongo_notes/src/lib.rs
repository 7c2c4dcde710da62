//! A third MongoDB migration after the examples' two: a collection with
//! an index, so that engine tests run at least three migrations.
use tidegate_guest::mongo::{self, Index};
use tidegate_guest::{Check, Engine, Metadata, Migration, Result, json};

struct Notes;

impl Migration for Notes {
    fn metadata() -> Metadata {
        Metadata::new("9019_mongo_notes", 9019, "notes, with an index by author")
            .engines([Engine::Mongodb])
            .transactional(false)
            .reversible(true)
    }

    fn up() -> Result<()> {
        mongo::create_collection("notes", None)?;
        mongo::create_index("notes", &Index::new("author_1", json!({ "author": 1 })))
    }

    fn down() -> Result<()> {
        mongo::drop_collection("notes")
    }

    fn check() -> Result<Vec<Check>> {
        Ok(vec![Check::new(
            "notes exists",
            mongo::collection_exists("notes")?,
            "create the collection notes",
        )])
    }
}

tidegate_guest::export!(Notes);
