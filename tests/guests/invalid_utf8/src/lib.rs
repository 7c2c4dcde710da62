//! Hostile: hands the host a "string" that is not UTF-8, after creating a
//! table. The canonical ABI must refuse it; the table is rolled back.
use tidegate_guest::{Metadata, Migration, Result, pg};

struct InvalidUtf8;

impl Migration for InvalidUtf8 {
    fn metadata() -> Metadata {
        Metadata::new("9015_invalid_utf8", 9015, "passes invalid UTF-8")
    }

    fn up() -> Result<()> {
        pg::batch_execute("CREATE TABLE utf8_marker (id int)")?;
        // SAFETY: deliberately not UTF-8: this guest exists to break the rule.
        let bad = unsafe { String::from_utf8_unchecked(vec![b'S', b'E', b'L', 0xff, 0xfe, 0xc3]) };
        pg::batch_execute(&bad)
    }
}

tidegate_guest::export!(InvalidUtf8);
