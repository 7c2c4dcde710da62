//! Hostile: creates a table, then allocates without bound. The host's memory
//! limit must stop it and roll the table back.
use tidegate_guest::{Metadata, Migration, Result, pg};

struct MemoryBomb;

impl Migration for MemoryBomb {
    fn metadata() -> Metadata {
        Metadata::new("9002_memory_bomb", 9002, "allocates without bound")
    }

    fn up() -> Result<()> {
        pg::batch_execute("CREATE TABLE memory_bomb_marker (id int)")?;
        let mut hoard: Vec<Vec<u8>> = Vec::new();
        loop {
            hoard.push(std::hint::black_box(vec![1u8; 1 << 20]));
        }
    }
}

tidegate_guest::export!(MemoryBomb);
