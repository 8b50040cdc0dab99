//! `-o` offset specs: any list of strings parses or gives one error line,
//! never a panic (overflowing numbers, durations and times included).
#![no_main]

#[allow(dead_code)]
#[path = "../../src/consume/offsets.rs"]
mod offsets;

#[allow(dead_code)]
#[path = "../../src/when.rs"]
mod when;

use std::time::{Duration, UNIX_EPOCH};

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    // One spec a line, as -o is repeatable; a fixed clock so a failure replays.
    let specs: Vec<String> = text.lines().map(String::from).collect();
    let now = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
    if let Err(e) = offsets::OffsetSpec::parse_all(&specs, now) {
        assert!(!e.contains('\n'), "one line: {e:?}");
    }
});
