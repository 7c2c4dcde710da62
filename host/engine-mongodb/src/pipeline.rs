//! Where an aggregation pipeline names a collection, at any depth: the one
//! walk that both the guest's calls (checked and redirected to a dry run's
//! shadow) and the shadow's copies of views (given the shadow's prefix)
//! use, so that a field that merely holds a collection's name (`{$match:
//! {from: "users"}}`) is never taken for one.

use mongodb::bson::{Bson, Document};

/// What a walk does with each name it finds. Only [`Names::collection`]
/// must be given; by default the rest lets everything pass.
pub(crate) trait Names {
    type Error;
    /// A collection a stage reads or writes; rename it in place.
    fn collection(&mut self, name: &mut String) -> Result<(), Self::Error>;
    /// The `{db, coll}` of `$out` or `$merge.into`: check its database
    /// (its `coll` is passed to [`Names::collection`] after).
    fn database(&mut self, _spec: &mut Document) -> Result<(), Self::Error> {
        Ok(())
    }
    /// `$lookup` or `$graphLookup` naming `from: {db, coll}`.
    fn foreign(&mut self, _op: &str) -> Result<(), Self::Error> {
        Ok(())
    }
    /// A pipeline that is not an array of stages.
    fn malformed(&mut self, _message: String) -> Result<(), Self::Error> {
        Ok(())
    }
}

/// Walk `stages`, the stages of a pipeline.
pub(crate) fn stages<N: Names>(names: &mut N, stages: &mut [Document]) -> Result<(), N::Error> {
    stages
        .iter_mut()
        .try_for_each(|stage| walk_stage(names, stage))
}

/// Walk `value`, a pipeline inside `op` (an array of stages).
pub(crate) fn nested<N: Names>(
    names: &mut N,
    value: Option<&mut Bson>,
    op: &str,
) -> Result<(), N::Error> {
    match value {
        None => Ok(()),
        Some(Bson::Array(items)) => {
            for item in items {
                match item {
                    Bson::Document(stage) => walk_stage(names, stage)?,
                    _ => names.malformed(format!(
                        "every stage of a `{op}` pipeline must be an object"
                    ))?,
                }
            }
            Ok(())
        }
        Some(_) => names.malformed(format!("the pipeline of `{op}` must be an array of stages")),
    }
}

fn walk_stage<N: Names>(names: &mut N, stage: &mut Document) -> Result<(), N::Error> {
    let spec = |names: &mut N, spec: &mut Document| -> Result<(), N::Error> {
        names.database(spec)?;
        match spec.get_mut("coll") {
            Some(Bson::String(c)) => names.collection(c),
            _ => Ok(()),
        }
    };
    match stage.get_mut("$out") {
        Some(Bson::String(c)) => names.collection(c)?,
        Some(Bson::Document(s)) => spec(names, s)?,
        _ => {}
    }
    match stage.get_mut("$merge") {
        Some(Bson::String(c)) => names.collection(c)?,
        Some(Bson::Document(s)) => match s.get_mut("into") {
            Some(Bson::String(c)) => names.collection(c)?,
            Some(Bson::Document(into)) => spec(names, into)?,
            _ => {}
        },
        _ => {}
    }
    // Stages that read another collection, and their sub-pipelines.
    for (op, key) in [
        ("$lookup", "from"),
        ("$graphLookup", "from"),
        ("$unionWith", "coll"),
    ] {
        match stage.get_mut(op) {
            Some(Bson::String(c)) if op == "$unionWith" => names.collection(c)?,
            Some(Bson::Document(s)) => {
                match s.get_mut(key) {
                    Some(Bson::String(c)) => names.collection(c)?,
                    Some(Bson::Document(_)) => names.foreign(op)?,
                    _ => {}
                }
                nested(names, s.get_mut("pipeline"), op)?;
            }
            _ => {}
        }
    }
    if let Some(Bson::Document(facets)) = stage.get_mut("$facet") {
        for (_, facet) in facets.iter_mut() {
            nested(names, Some(facet), "$facet")?;
        }
    }
    Ok(())
}

/// Every collection a view's pipeline reads given `prefix` (the copy of a
/// view into an in-database shadow).
pub(crate) fn prefixed(pipeline: &[Bson], prefix: &str) -> Vec<Bson> {
    struct Prefix<'a>(&'a str);
    impl Names for Prefix<'_> {
        type Error = std::convert::Infallible;
        fn collection(&mut self, name: &mut String) -> Result<(), Self::Error> {
            *name = format!("{}{name}", self.0);
            Ok(())
        }
    }
    let mut out = pipeline.to_vec();
    for stage in &mut out {
        if let Bson::Document(stage) = stage {
            walk_stage(&mut Prefix(prefix), stage).unwrap_or_else(|never| match never {});
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use mongodb::bson::{Bson, doc};

    #[test]
    fn only_stages_that_name_a_collection_are_renamed() {
        let pipeline = vec![
            Bson::Document(doc! { "$match": { "from": "alice", "coll": "x" } }),
            Bson::Document(doc! { "$addFields": { "coll": "$x" } }),
            Bson::Document(
                doc! { "$lookup": { "from": "orders", "as": "o", "pipeline": [ { "$unionWith": "archive" }, { "$match": { "from": "bob" } } ] } },
            ),
            Bson::Document(
                doc! { "$facet": { "a": [ { "$graphLookup": { "from": "tree", "startWith": "$p", "connectFromField": "p", "connectToField": "_id", "as": "t" } } ] } },
            ),
            Bson::Document(doc! { "$unionWith": { "coll": "more", "pipeline": [] } }),
        ];
        let out = super::prefixed(&pipeline, "p_");
        let expected = vec![
            Bson::Document(doc! { "$match": { "from": "alice", "coll": "x" } }),
            Bson::Document(doc! { "$addFields": { "coll": "$x" } }),
            Bson::Document(
                doc! { "$lookup": { "from": "p_orders", "as": "o", "pipeline": [ { "$unionWith": "p_archive" }, { "$match": { "from": "bob" } } ] } },
            ),
            Bson::Document(
                doc! { "$facet": { "a": [ { "$graphLookup": { "from": "p_tree", "startWith": "$p", "connectFromField": "p", "connectToField": "_id", "as": "t" } } ] } },
            ),
            Bson::Document(doc! { "$unionWith": { "coll": "p_more", "pipeline": [] } }),
        ];
        assert_eq!(out, expected);
    }
}
