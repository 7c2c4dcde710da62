//! Elasticsearch/OpenSearch: a `places` index behind an alias, with a
//! multilingual name (English, French, German and a folding analyzer) and
//! geo fields, plus a template for its daily visit logs.

use tidegate_guest::es::{self, IndexSpec};
use tidegate_guest::{Check, Engine, Metadata, Migration, Result, json};

struct Places;

pub fn places_v1() -> IndexSpec {
    IndexSpec::new()
        .shards(1)
        .analyzer("folded", json!({ "type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"] }))
        .multilingual("name", &[("en", "english"), ("fr", "french"), ("de", "german"), ("folded", "folded")])
        .keyword("country")
        .geo_point("location")
        .geo_shape("area")
        .alias("places")
}

impl Migration for Places {
    fn metadata() -> Metadata {
        Metadata::new(
            "0007_es_places",
            7,
            "places index with multilingual and geo mappings behind the places alias",
        )
        .engines([Engine::Elasticsearch])
        .transactional(false)
        .reversible(true)
    }

    fn up() -> Result<()> {
        es::create_index("places_v1", &places_v1())?;
        let logs = IndexSpec::new()
            .shards(1)
            .keyword("place_id")
            .field("at", json!({ "type": "date" }));
        es::put_index_template("place-visits", &["place-visits-*"], &logs, 100)
    }

    fn down() -> Result<()> {
        es::delete_index_template("place-visits")?;
        es::delete_index("places_v1")
    }

    fn check() -> Result<Vec<Check>> {
        let targets = es::alias_targets("places")?;
        Ok(vec![Check::new(
            "alias places points at one index",
            targets.len() == 1,
            format!("points at [{}]", targets.join(", ")),
        )])
    }
}

tidegate_guest::export!(Places);
