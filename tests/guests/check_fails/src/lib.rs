//! A migration whose declared invariant does not hold after `up`: the host
//! must roll the migration back, and discard what `check` itself wrote.
use tidegate_guest::{Check, Metadata, Migration, Result, pg};

struct CheckFails;

impl Migration for CheckFails {
    fn metadata() -> Metadata {
        Metadata::new("9007_check_fails", 9007, "its check fails")
    }

    fn up() -> Result<()> {
        pg::batch_execute("CREATE TABLE check_fails_marker (id int)")
    }

    fn check() -> Result<Vec<Check>> {
        // A check is read-only; this write must not survive.
        pg::batch_execute("CREATE TABLE check_fails_side_effect (id int)")?;
        let rows: i64 = pg::query_scalar("SELECT count(*) FROM check_fails_marker", &[])?;
        Ok(vec![Check::new(
            "check_fails_marker has rows",
            rows > 0,
            format!("{rows} rows; seed it first"),
        )])
    }
}

tidegate_guest::export!(CheckFails);
