//! `--input json` lines: any bytes give a record or one error, never a
//! panic, under every key and payload encoding.
#![no_main]

/// The one type input.rs takes from klar's command line.
mod cli {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Encoding {
        Utf8,
        Base64,
        Hex,
    }
}

#[allow(dead_code)]
#[path = "../../src/produce/input.rs"]
mod input;

use cli::Encoding;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let encodings = [Encoding::Utf8, Encoding::Base64, Encoding::Hex];
    let (Some(first), rest) = data
        .split_first()
        .map_or((None, data), |(f, r)| (Some(*f), r))
    else {
        return;
    };
    let key = encodings[usize::from(first) % 3];
    let value = encodings[usize::from(first / 3) % 3];
    if let Err(e) = input::parse_envelope(rest, key, value) {
        assert!(!e.is_empty());
    }
});
