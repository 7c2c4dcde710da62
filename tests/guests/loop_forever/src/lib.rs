//! Hostile: creates a table, then spins forever. The host must stop it at
//! its epoch deadline and roll the table back.
use tidegate_guest::{Metadata, Migration, Result, pg};

struct LoopForever;

impl Migration for LoopForever {
    fn metadata() -> Metadata {
        Metadata::new("9001_loop_forever", 9001, "spins forever")
    }

    fn up() -> Result<()> {
        pg::batch_execute("CREATE TABLE loop_forever_marker (id int)")?;
        let mut n: u64 = 0;
        loop {
            n = std::hint::black_box(n.wrapping_add(1));
        }
    }
}

tidegate_guest::export!(LoopForever);
