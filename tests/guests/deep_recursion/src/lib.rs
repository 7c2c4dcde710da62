//! Hostile: recurses without bound, to exhaust the wasm stack after
//! creating a table. The host must report it and roll the table back.
use tidegate_guest::{Metadata, Migration, Result, pg};

struct DeepRecursion;

#[inline(never)]
fn descend(n: u64, pad: [u64; 16]) -> u64 {
    let pad = std::hint::black_box(pad);
    if std::hint::black_box(n) == u64::MAX {
        pad[0]
    } else {
        descend(n + 1, pad).wrapping_add(pad[(n % 16) as usize])
    }
}

impl Migration for DeepRecursion {
    fn metadata() -> Metadata {
        Metadata::new("9014_deep_recursion", 9014, "recurses without bound")
    }

    fn up() -> Result<()> {
        pg::batch_execute("CREATE TABLE recursion_marker (id int)")?;
        let depth = descend(0, [1; 16]);
        pg::batch_execute(&format!("SELECT {depth}"))
    }
}

tidegate_guest::export!(DeepRecursion);
