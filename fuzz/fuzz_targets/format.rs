//! `-f` format strings: any string parses into tokens or gives one error
//! line, never a panic.
#![no_main]

#[allow(dead_code)]
#[path = "../../src/escape.rs"]
mod escape;

#[allow(dead_code)]
#[path = "../../src/output/format.rs"]
mod format;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Err(e) = format::parse(text) {
        assert!(!e.is_empty());
    }
});
