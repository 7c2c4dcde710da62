//! Which imports a migration component may have.
//!
//! The sandbox provides the Tidegate world and nothing else. Rust's standard
//! library on `wasm32-wasip2` always declares a handful of WASI CLI and I/O
//! imports (environment, exit, stdio and their streams); those are linked
//! as functions that trap when called, so they grant nothing. Every other
//! import, in particular WASI filesystem, sockets, clocks, random and HTTP,
//! is refused before the component runs.

use super::bindings::{SUPPORTED_API_VERSIONS, interfaces};

/// The package every Tidegate interface lives in.
pub const PACKAGE: &str = "tidegate:migration";

/// The interface a migration exports.
pub const EXPORT_INTERFACE: &str = "migration";

/// WASI interfaces the Rust standard library declares on wasm32-wasip2.
/// Linked as traps.
const INERT_WASI: &[&str] = &[
    "wasi:cli/environment",
    "wasi:cli/exit",
    "wasi:cli/stdin",
    "wasi:cli/stdout",
    "wasi:cli/stderr",
    "wasi:cli/terminal-input",
    "wasi:cli/terminal-output",
    "wasi:cli/terminal-stdin",
    "wasi:cli/terminal-stdout",
    "wasi:cli/terminal-stderr",
    "wasi:io/error",
    "wasi:io/poll",
    "wasi:io/streams",
];

/// How the sandbox treats one import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Import {
    /// A Tidegate interface at the given API version.
    Tidegate { interface: String, version: String },
    /// `tidegate:module/source`, through which the runner of SQL and JSON
    /// modules reads its embedded document.
    Source,
    /// A WASI interface the sandbox links as traps.
    Inert,
    /// Refused, with the reason.
    Forbidden(String),
}

/// Split `ns:pkg/iface@1.2.3` into (`ns:pkg/iface`, `1.2.3`).
fn split_version(name: &str) -> (&str, Option<&str>) {
    match name.rsplit_once('@') {
        Some((base, v)) => (base, Some(v)),
        None => (name, None),
    }
}

pub fn classify_import(name: &str) -> Import {
    let (base, version) = split_version(name);
    if let Some(interface) = base.strip_prefix(PACKAGE).and_then(|r| r.strip_prefix('/')) {
        let Some(version) = version else {
            return Import::Forbidden(format!("`{name}` has no API version"));
        };
        if !interfaces(version).contains(&interface) {
            return Import::Forbidden(format!(
                "`{name}` is not an interface of the Tidegate world this host provides"
            ));
        }
        return Import::Tidegate {
            interface: interface.into(),
            version: version.into(),
        };
    }
    if base == crate::runner::SOURCE_INTERFACE {
        return match version {
            Some(v) if crate::runner::SOURCE_VERSIONS.contains(&v) => Import::Source,
            _ => Import::Forbidden(format!(
                "`{name}` is not a version of {} this host provides ({})",
                crate::runner::SOURCE_INTERFACE,
                crate::runner::SOURCE_VERSIONS.join(", ")
            )),
        };
    }
    if base.starts_with("wasi:")
        && version.is_some_and(|v| v.starts_with("0.2."))
        && INERT_WASI.contains(&base)
    {
        return Import::Inert;
    }
    let what = match base.split('/').next().unwrap_or(base) {
        "wasi:filesystem" => "filesystem access",
        "wasi:sockets" => "network access",
        "wasi:http" => "network access",
        "wasi:clocks" => "a clock",
        "wasi:random" => "randomness",
        _ => "an interface outside the Tidegate world",
    };
    Import::Forbidden(format!(
        "imports `{name}` ({what}), which the sandbox does not provide"
    ))
}

/// The API version named by an export such as `tidegate:migration/migration@0.1.0`.
pub fn export_api_version(name: &str) -> Option<&str> {
    let (base, version) = split_version(name);
    (base == format!("{PACKAGE}/{EXPORT_INTERFACE}"))
        .then_some(version)
        .flatten()
}

pub fn is_supported(version: &str) -> bool {
    SUPPORTED_API_VERSIONS.contains(&version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_imports() {
        assert_eq!(
            classify_import("tidegate:migration/postgres@0.1.0"),
            Import::Tidegate {
                interface: "postgres".into(),
                version: "0.1.0".into()
            }
        );
        assert_eq!(classify_import("wasi:cli/stderr@0.2.6"), Import::Inert);
        assert_eq!(
            classify_import("tidegate:module/source@0.1.0"),
            Import::Source
        );
        assert!(matches!(
            classify_import("tidegate:module/source@9.0.0"),
            Import::Forbidden(_)
        ));
        for forbidden in [
            "wasi:filesystem/types@0.2.0",
            "wasi:sockets/tcp@0.2.0",
            "wasi:clocks/wall-clock@0.2.0",
            "wasi:random/random@0.2.0",
            "tidegate:migration/secrets@0.1.0",
            "tidegate:migration/postgres",
            "acme:evil/thing",
        ] {
            assert!(
                matches!(classify_import(forbidden), Import::Forbidden(_)),
                "{forbidden}"
            );
        }
    }

    #[test]
    fn reads_export_versions() {
        assert_eq!(
            export_api_version("tidegate:migration/migration@0.1.0"),
            Some("0.1.0")
        );
        assert_eq!(export_api_version("tidegate:migration/other@0.1.0"), None);
        assert!(is_supported("0.1.0"));
        assert!(!is_supported("9.9.9"));
    }
}
