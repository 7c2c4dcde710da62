//! The PR comment's escaping: whatever a module or database says, the
//! escaped text cannot end a table cell or row, open HTML, or start code,
//! emphasis or a link.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tidegate_core::render::md_escape;

fuzz_target!(|text: &str| {
    let out = md_escape(text);
    assert!(!out.contains(['\n', '\r', '<', '>']), "{out:?}");
    // Every special character is preceded by an odd run of backslashes.
    let chars: Vec<char> = out.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if matches!(c, '|' | '`' | '*' | '_' | '[' | ']') {
            let slashes = chars[..i].iter().rev().take_while(|&&b| b == '\\').count();
            assert!(slashes % 2 == 1, "unescaped {c:?} in {out:?}");
        }
    }
});
