//! The properties-file parser: any text gives entries or one error, never a
//! panic, and every entry comes from a line that exists.
#![no_main]

#[allow(dead_code)]
#[path = "../../src/config/properties.rs"]
mod properties;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(entries) = properties::parse(text) {
        // \n, \r and \r\n all end a line in a .properties file.
        let lines = text.matches(['\n', '\r']).count() + 1;
        for e in entries {
            assert!(e.line >= 1 && e.line <= lines, "line {} of {lines}", e.line);
        }
    }
});
