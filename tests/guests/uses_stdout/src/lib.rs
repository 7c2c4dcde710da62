//! Hostile: reaches for WASI stdout, which the Rust standard library links
//! but the sandbox does not provide. The call must trap, not print.
use tidegate_guest::{Metadata, Migration, Result, pg};

struct UsesStdout;

impl Migration for UsesStdout {
    fn metadata() -> Metadata {
        Metadata::new("9006_uses_stdout", 9006, "prints to stdout")
    }

    fn up() -> Result<()> {
        pg::batch_execute("CREATE TABLE uses_stdout_marker (id int)")?;
        println!("hello from inside the sandbox");
        Ok(())
    }
}

tidegate_guest::export!(UsesStdout);
