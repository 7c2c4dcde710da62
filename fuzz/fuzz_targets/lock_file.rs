//! tidegate.lock parsing: never panics, and whatever parses renders back
//! to the same lock.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tidegate_core::lockfile::LockFile;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let path = std::path::Path::new("fuzz.lock");
    if let Ok(lock) = LockFile::parse(text, path) {
        let again = LockFile::parse(&lock.render(), path).expect("a rendered lock parses");
        assert_eq!(again, lock);
    }
});
