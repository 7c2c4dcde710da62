//! Messages shown in `tidegate plan` and `tidegate apply` output.

use crate::bindings::tidegate::migration::log::{self as wit, Level};

/// A debug message; shown with `--verbose`.
pub fn debug(message: &str) {
    wit::log(Level::Debug, message);
}

/// An informational message, e.g. backfill progress.
pub fn info(message: &str) {
    wit::log(Level::Info, message);
}

/// A warning the reviewer should read.
pub fn warn(message: &str) {
    wit::log(Level::Warn, message);
}
