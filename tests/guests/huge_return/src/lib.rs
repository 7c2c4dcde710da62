//! Hostile: fails with a 16 MiB error message and returns huge check
//! details. The host must cap what it keeps and prints.
use tidegate_guest::{Error, Metadata, Migration, Result, pg};

struct HugeReturn;

impl Migration for HugeReturn {
    fn metadata() -> Metadata {
        Metadata::new("9016_huge_return", 9016, "returns a huge error")
    }

    fn up() -> Result<()> {
        pg::batch_execute("CREATE TABLE huge_marker (id int)")?;
        Err(Error::other("E".repeat(16 << 20)))
    }
}

tidegate_guest::export!(HugeReturn);
