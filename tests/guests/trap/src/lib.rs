//! Hostile: creates a table, then panics mid-migration. The host must report
//! the panic and roll the table back.
use tidegate_guest::{Metadata, Migration, Result, pg};

struct Trap;

impl Migration for Trap {
    fn metadata() -> Metadata {
        Metadata::new("9003_trap", 9003, "panics halfway")
    }

    fn up() -> Result<()> {
        pg::batch_execute("CREATE TABLE trap_marker (id int)")?;
        let items: Vec<u32> = std::hint::black_box(Vec::new());
        if items.is_empty() {
            panic!("invariant broken: expected at least one item");
        }
        Ok(())
    }
}

tidegate_guest::export!(Trap);
