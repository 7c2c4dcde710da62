//! A non-transactional migration that fails after a partial change. The host
//! must record it as failed and block later runs until it is resolved.
use tidegate_guest::{Error, Metadata, Migration, Result, pg};

struct NonTxFail;

impl Migration for NonTxFail {
    fn metadata() -> Metadata {
        Metadata::new(
            "9005_nontx_fail",
            9005,
            "fails halfway, outside a transaction",
        )
        .transactional(false)
    }

    fn up() -> Result<()> {
        pg::batch_execute("CREATE TABLE IF NOT EXISTS nontx_partial (id int)")?;
        let fail: bool = pg::query_scalar(
            "SELECT NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = 'nontx_allow')",
            &[],
        )?;
        if fail {
            return Err(Error::precondition(
                "table nontx_allow is missing; create it, then retry",
            ));
        }
        Ok(())
    }
}

tidegate_guest::export!(NonTxFail);
