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
    match format::parse(text) {
        Err(e) => assert!(!e.is_empty()),
        // A pattern that parses goes to the C library's strftime as it is,
        // at the ends of the timestamp range too.
        Ok(tokens) => {
            for t in tokens {
                if let format::Token::Date(Some(pattern)) = t {
                    for ms in [0, -1, 1_800_000_000_000, i64::MIN, i64::MAX] {
                        format::strftime(ms, &pattern);
                    }
                }
            }
        }
    }
});
