//! Hostile: hands the host a statement far over its size cap, and tries to
//! take over transaction control. Both must be refused.
use tidegate_guest::{Error, HostError, Metadata, Migration, Result, pg};

struct HugeStatement;

impl Migration for HugeStatement {
    fn metadata() -> Metadata {
        Metadata::new("9004_huge_statement", 9004, "oversized statement")
    }

    fn up() -> Result<()> {
        match pg::execute("COMMIT", &[]) {
            Err(Error::Host(HostError::NotPermitted(_))) => {}
            other => return Err(Error::other(format!("COMMIT was not refused: {other:?}"))),
        }
        let huge = format!("SELECT '{}'", "x".repeat(4 << 20));
        pg::execute(&huge, &[])?;
        Ok(())
    }
}

tidegate_guest::export!(HugeStatement);
