//! Module manifests (`[package.metadata.tidegate.capabilities]`) and
//! tidegate.toml: never panic; accepted capabilities survive the trip
//! through a component's custom section.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tidegate_core::capabilities::Capabilities;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(Some(caps)) = Capabilities::from_manifest(text, "Cargo.toml") {
        assert_eq!(Capabilities::decode(&caps.encode()).expect("encoded capabilities decode"), caps);
    }
    if let Ok(table) = toml::from_str::<toml::Table>(text) {
        let path = std::path::Path::new("tidegate.toml");
        let _ = tidegate_core::config::Config::resolve(table, path, "/fuzz".into(), Default::default());
    }
});
