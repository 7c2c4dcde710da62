//! Static checks on a component's bytes, before anything is compiled.

use wasmparser::{Parser, Payload, Validator, WasmFeatures};

use super::policy::{self, Import};
use tidegate_core::capabilities::{self, Capabilities, CapabilityError};
use tidegate_core::phased::{self, Phases};

/// Why a component's bytes were refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum InspectError {
    #[error("is not a WebAssembly binary; rebuild it with `tidegate build`")]
    NotWasm,
    #[error(
        "is a core WebAssembly module, not a component; build it with `tidegate build` (target wasm32-wasip2)"
    )]
    CoreModule,
    #[error("is not a valid component ({0}); rebuild it with `tidegate build`")]
    Invalid(String),
    #[error(
        "does not export `{}/{}@<version>`; implement `tidegate_guest::Migration` and call `tidegate_guest::export!`",
        policy::PACKAGE,
        policy::EXPORT_INTERFACE
    )]
    NoMigrationExport,
    #[error(
        "targets Tidegate API {found}, this host supports {supported}; rebuild the module against a supported tidegate-guest or upgrade tidegate"
    )]
    UnsupportedApi { found: String, supported: String },
    #[error(
        "imports Tidegate API {import} but exports API {export}; rebuild it with one version of tidegate-guest"
    )]
    MixedApi { import: String, export: String },
    #[error("{}", .0.join("; "))]
    ForbiddenImports(Vec<String>),
    #[error(transparent)]
    Capabilities(#[from] CapabilityError),
    #[error(
        "reads an embedded module document but carries none; build SQL and JSON modules with `tidegate build`"
    )]
    NoSource,
    #[error(
        "has more than one `{}` section; rebuild it with `tidegate build`",
        tidegate_module_format::SECTION
    )]
    DuplicateSource,
}

/// What a component declares.
#[derive(Debug, Clone, PartialEq)]
pub struct Inspection {
    pub api_version: String,
    pub imports: Vec<String>,
    pub exports: Vec<String>,
    /// What the module declared it touches; `None` when it declared nothing.
    pub capabilities: Option<Capabilities>,
    /// The document of a SQL or JSON module (its `tidegate-module` section).
    pub source: Option<std::sync::Arc<[u8]>>,
    /// The module declared itself idempotent (a `tidegate-idempotent`
    /// section, see [`capabilities::IDEMPOTENT_SECTION`]).
    pub idempotent: bool,
    /// A phased migration's operations (a `tidegate-phases` section, see
    /// [`tidegate_core::phased`]).
    pub phases: Option<Phases>,
}

impl Inspection {
    /// A component that reads an embedded document must carry one: the
    /// runner alone is not a migration.
    pub fn check_source(&self) -> Result<(), InspectError> {
        let reads = self
            .imports
            .iter()
            .any(|i| policy::classify_import(i) == Import::Source);
        if reads && self.source.is_none() {
            Err(InspectError::NoSource)
        } else {
            Ok(())
        }
    }
}

/// Validate `bytes` as a component and check its imports and exports
/// against the sandbox policy.
pub fn inspect(bytes: &[u8]) -> Result<Inspection, InspectError> {
    kind(bytes)?;
    Validator::new_with_features(WasmFeatures::default())
        .validate_all(bytes)
        .map_err(|e| InspectError::Invalid(e.message().to_string()))?;
    declared(bytes)
}

/// A component, not a core module or something else.
fn kind(bytes: &[u8]) -> Result<(), InspectError> {
    if !bytes.starts_with(b"\0asm") {
        return Err(InspectError::NotWasm);
    }
    if Parser::is_core_wasm(bytes) {
        return Err(InspectError::CoreModule);
    }
    if !Parser::is_component(bytes) {
        return Err(InspectError::NotWasm);
    }
    Ok(())
}

/// [`inspect`] without the full validation, for bytes already validated:
/// those of a component whose precompiled artifact this host made (and
/// MAC-signed) after inspecting them. The policy checks still run.
pub fn inspect_validated(bytes: &[u8]) -> Result<Inspection, InspectError> {
    kind(bytes)?;
    declared(bytes)
}

/// What the component declares, checked against the policy.
fn declared(bytes: &[u8]) -> Result<Inspection, InspectError> {
    let mut imports = Vec::new();
    let mut exports = Vec::new();
    let mut caps = None;
    let mut source: Option<std::sync::Arc<[u8]>> = None;
    let mut idempotent = false;
    let mut phases = None;
    let mut declared_in_code = false;
    let mut depth = 0usize;
    for payload in Parser::new(0).parse_all(bytes) {
        let payload = payload.map_err(|e| InspectError::Invalid(e.message().to_string()))?;
        match payload {
            Payload::ModuleSection { .. } | Payload::ComponentSection { .. } => depth += 1,
            Payload::End(_) => depth = depth.saturating_sub(1),
            Payload::ComponentImportSection(reader) if depth == 0 => {
                for import in reader {
                    let import =
                        import.map_err(|e| InspectError::Invalid(e.message().to_string()))?;
                    imports.push(import.name.name.to_string());
                }
            }
            Payload::ComponentExportSection(reader) if depth == 0 => {
                for export in reader {
                    let export =
                        export.map_err(|e| InspectError::Invalid(e.message().to_string()))?;
                    exports.push(export.name.name.to_string());
                }
            }
            Payload::CustomSection(reader) if depth == 0 => custom_section(
                &mut caps,
                &mut source,
                &mut idempotent,
                &mut phases,
                reader.name(),
                reader.data(),
            )?,
            // `tidegate_guest::idempotent!()`: a section the linker keeps
            // in the guest's core module (one byte per use).
            Payload::CustomSection(reader) if reader.name() == capabilities::IDEMPOTENT_SECTION => {
                if reader.data().is_empty() || reader.data().iter().any(|b| *b != 1) {
                    return Err(InspectError::Invalid(format!(
                        "a malformed `{}` section in the component's code; declare it with `tidegate_guest::idempotent!()`",
                        capabilities::IDEMPOTENT_SECTION
                    )));
                }
                declared_in_code = true;
            }
            _ => {}
        }
    }

    let idempotent = idempotent || declared_in_code;
    checked(Inspection {
        api_version: String::new(),
        imports,
        exports,
        capabilities: caps,
        source,
        idempotent,
        phases,
    })
}

/// A top-level custom section: Tidegate's own are read (once each), others
/// ignored.
fn custom_section(
    caps: &mut Option<Capabilities>,
    source: &mut Option<std::sync::Arc<[u8]>>,
    idempotent: &mut bool,
    phases: &mut Option<Phases>,
    name: &str,
    data: &[u8],
) -> Result<(), InspectError> {
    if name == capabilities::IDEMPOTENT_SECTION {
        if *idempotent || !data.is_empty() {
            return Err(InspectError::Invalid(format!(
                "a malformed `{}` section; rebuild it with `tidegate build`",
                capabilities::IDEMPOTENT_SECTION
            )));
        }
        *idempotent = true;
    } else if name == capabilities::SECTION {
        if caps.is_some() {
            return Err(CapabilityError::DuplicateSection.into());
        }
        *caps = Some(Capabilities::decode(data)?);
    } else if name == phased::SECTION {
        if phases.is_some() {
            return Err(InspectError::Invalid(format!(
                "more than one `{}` section; rebuild it with `tidegate build`",
                phased::SECTION
            )));
        }
        *phases = Some(Phases::decode(data).map_err(InspectError::Invalid)?);
    } else if name == tidegate_module_format::SECTION {
        if source.is_some() {
            return Err(InspectError::DuplicateSource);
        }
        *source = Some(data.into());
    }
    Ok(())
}

/// The inspection of a component made of `base` (inspected already) with
/// `tail` appended: whole custom sections and nothing else, as
/// [`crate::runner::is_runner`] establishes for a SQL or JSON module. The
/// code, imports and exports are `base`'s, so only the sections are read.
pub(crate) fn with_custom_sections(
    base: &Inspection,
    tail: &[u8],
) -> Result<Inspection, InspectError> {
    let mut out = base.clone();
    for section in custom_sections(tail)? {
        custom_section(
            &mut out.capabilities,
            &mut out.source,
            &mut out.idempotent,
            &mut out.phases,
            section.name(),
            section.data(),
        )?;
    }
    Ok(out)
}

/// The sections of `tail`, which must be whole custom sections and
/// nothing else.
pub(crate) fn custom_sections(
    tail: &[u8],
) -> Result<Vec<wasmparser::CustomSectionReader<'_>>, InspectError> {
    let invalid = |e: wasmparser::BinaryReaderError| InspectError::Invalid(e.message().to_string());
    let mut sections = Vec::new();
    let mut reader = wasmparser::BinaryReader::new(tail, 0);
    while !reader.eof() {
        let id = reader.read_u8().map_err(invalid)?;
        if id != 0 {
            return Err(InspectError::Invalid(format!(
                "section {id} where only custom sections were expected"
            )));
        }
        let size = reader.read_var_u32().map_err(invalid)? as usize;
        let data = reader.read_bytes(size).map_err(invalid)?;
        let at = reader.original_position() - size;
        sections.push(
            wasmparser::CustomSectionReader::new(wasmparser::BinaryReader::new(data, at))
                .map_err(invalid)?,
        );
    }
    Ok(sections)
}

/// The export's API version, checked with the imports against the policy.
fn checked(mut inspection: Inspection) -> Result<Inspection, InspectError> {
    let Inspection {
        imports, exports, ..
    } = &inspection;
    let api_version = exports
        .iter()
        .find_map(|e| policy::export_api_version(e))
        .ok_or(InspectError::NoMigrationExport)?
        .to_string();
    if !policy::is_supported(&api_version) {
        return Err(InspectError::UnsupportedApi {
            found: api_version,
            supported: super::bindings::SUPPORTED_API_VERSIONS.join(", "),
        });
    }
    let mut forbidden = Vec::new();
    for name in imports {
        match policy::classify_import(name) {
            Import::Tidegate { version, .. } if version != api_version => {
                return Err(InspectError::MixedApi {
                    import: version,
                    export: api_version,
                });
            }
            Import::Tidegate { .. } | Import::Source | Import::Inert => {}
            Import::Forbidden(reason) => forbidden.push(reason),
        }
    }
    if !forbidden.is_empty() {
        return Err(InspectError::ForbiddenImports(forbidden));
    }
    inspection.api_version = api_version;
    Ok(inspection)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_garbage_and_core_modules() {
        assert_eq!(inspect(b"not wasm at all"), Err(InspectError::NotWasm));
        assert_eq!(inspect(b""), Err(InspectError::NotWasm));
        let core = wat::parse_str("(module (func (export \"up\")))").unwrap();
        assert_eq!(inspect(&core), Err(InspectError::CoreModule));
    }

    #[test]
    fn refuses_components_without_the_migration_export_or_with_wasi_files() {
        let empty = wat::parse_str("(component)").unwrap();
        assert_eq!(inspect(&empty), Err(InspectError::NoMigrationExport));

        let fs = wat::parse_str(
            r#"(component
                (import "wasi:filesystem/preopens@0.2.0" (instance))
                (instance $m)
                (export "tidegate:migration/migration@0.1.0" (instance $m)))"#,
        )
        .unwrap();
        match inspect(&fs) {
            Err(InspectError::ForbiddenImports(r)) => {
                assert!(r[0].contains("filesystem access"), "{r:?}")
            }
            other => panic!("{other:?}"),
        }

        let future = wat::parse_str(
            r#"(component (instance $m) (export "tidegate:migration/migration@9.0.0" (instance $m)))"#,
        )
        .unwrap();
        assert!(matches!(
            inspect(&future),
            Err(InspectError::UnsupportedApi { .. })
        ));
    }
}
