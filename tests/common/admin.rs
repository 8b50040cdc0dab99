//! Helpers of the `klar admin` tests (tests/admin.rs, tests/admin_cover.rs).

use std::time::{Duration, Instant};

use serde_json::Value;

use super::*;

/// klar with these arguments, its output collected; at most a minute.
fn run(args: &[&str]) -> std::process::Output {
    let child = klar()
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_with_timeout(child, Duration::from_secs(60))
}

pub fn admin(bootstrap: &str, args: &[&str]) -> std::process::Output {
    let mut all = vec!["admin", "-b", bootstrap];
    all.extend_from_slice(args);
    run(&all)
}

/// A command line written as one string.
pub fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

/// Succeeds, with nothing on stderr, and returns stdout.
pub fn ok(bootstrap: &str, args: &[&str]) -> String {
    let o = admin(bootstrap, args);
    assert_eq!(code(&o), 0, "{args:?}: {}", stderr(&o));
    assert_eq!(stderr(&o), "", "{args:?}");
    stdout(&o)
}

pub fn json(bootstrap: &str, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["-o", "json"]);
    serde_json::from_str(&ok(bootstrap, &all)).expect("valid JSON")
}

/// Exit 1 and exactly one line on stderr, which is returned.
pub fn one_line_failure(bootstrap: &str, args: &[&str]) -> String {
    let start = Instant::now();
    let o = admin(bootstrap, args);
    assert_eq!(code(&o), 1, "{args:?}: {}", stderr(&o));
    assert!(
        start.elapsed() < Duration::from_secs(15),
        "{args:?} took too long"
    );
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    assert!(err.starts_with("klar: error: "), "{err}");
    err
}

pub fn produce_n(bootstrap: &str, topic: &str, n: usize) {
    let input: String = (0..n).map(|i| format!("m{i}\n")).collect();
    let o = produce(
        bootstrap,
        topic,
        &["-p", "0", "--report", "none"],
        input.as_bytes(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

pub fn consume_group(bootstrap: &str, group: &str, topic: &str, extra: &[&str]) -> String {
    let mut args = vec!["consume", "-b", bootstrap, "-G", group, topic];
    args.extend_from_slice(extra);
    let o = run(&args);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    stdout(&o)
}

/// JSON output of a command that may warn on stderr.
pub fn json_lenient(bootstrap: &str, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["-o", "json"]);
    let o = admin(bootstrap, &all);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    serde_json::from_str(&stdout(&o)).unwrap()
}

/// 2023-11-14T22:13:20Z, the first timestamp the tests produce with.
pub const T0: i64 = 1_700_000_000_000;

/// Messages `{prefix}{i}` to one partition, each with the timestamp given.
pub fn produce_at(bootstrap: &str, topic: &str, partition: i32, prefix: &str, stamps: &[i64]) {
    let lines: Vec<String> = stamps
        .iter()
        .enumerate()
        .map(|(i, ts)| {
            serde_json::json!({"payload": format!("{prefix}{i}"), "ts": ts, "partition": partition})
                .to_string()
        })
        .collect();
    produce_json(bootstrap, topic, &lines);
}
