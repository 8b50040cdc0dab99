//! `klar consume` (first cut: manual and group modes, start offsets, -e, -c,
//! -f, -J) against the mock cluster, with kcat as the independent producer.

mod common;

use std::collections::BTreeSet;
use std::process::Stdio;
use std::time::Duration;

use common::crabka::*;
use common::*;

use serde_json::Value;

#[test]
fn ten_thousand_keyed_messages_with_headers_from_kcat_byte_for_byte() {
    let mock = Mock::start(&["k2k:4"]);
    let mut input = String::new();
    for i in 0..10_000 {
        input.push_str(&format!("key-{}\tvalue {i} ☃\n", i % 89));
    }
    kcat(
        &[
            "-b",
            &mock.bootstrap,
            "-P",
            "-t",
            "k2k",
            "-K",
            "\t",
            "-H",
            "a=1",
            "-H",
            "b=two",
        ],
        Some(input.as_bytes()),
    );
    let o = consume_whole(&mock.bootstrap, "k2k", &["-f", "%k\\t%s\\t%h\\n"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let mut got: Vec<String> = stdout(&o).lines().map(String::from).collect();
    let mut want: Vec<String> = input.lines().map(|l| format!("{l}\ta=1,b=two")).collect();
    got.sort();
    want.sort();
    assert_eq!(got.len(), 10_000);
    assert_eq!(got, want);
}

#[test]
fn json_envelope_agrees_with_kcat_field_by_field() {
    let mock = Mock::start(&["je:2"]);
    kcat(
        &[
            "-b",
            &mock.bootstrap,
            "-P",
            "-t",
            "je",
            "-K",
            ":",
            "-H",
            "h=v",
        ],
        Some(b"k1:v1\nk2:v2\nk3:v3\n"),
    );
    let ours = consume_whole(&mock.bootstrap, "je", &["-J"]);
    assert_eq!(code(&ours), 0, "{}", stderr(&ours));
    let theirs = kcat(
        &[
            "-b",
            &mock.bootstrap,
            "-C",
            "-t",
            "je",
            "-o",
            "beginning",
            "-e",
            "-q",
            "-J",
        ],
        None,
    );
    let parse = |s: &str| -> BTreeSet<String> {
        s.lines()
            .map(|l| {
                let v: Value = serde_json::from_str(l).unwrap();
                let o = v.as_object().unwrap();
                let fields = [
                    "topic",
                    "partition",
                    "offset",
                    "tstype",
                    "ts",
                    "broker",
                    "headers",
                    "key",
                    "payload",
                ];
                fields
                    .iter()
                    .map(|f| format!("{f}={}", o[*f]))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    };
    let a = parse(&stdout(&ours));
    assert_eq!(a.len(), 3);
    assert_eq!(a, parse(&stdout(&theirs)));
}

/// Braces after %s and %k that are not klar's `{hex}` / `{base64}` are
/// text, as kcat prints them: the same bytes from both.
#[test]
fn format_braces_print_as_kcat_prints_them() {
    let mock = Mock::start(&["fb:1"]);
    kcat(
        &["-b", &mock.bootstrap, "-P", "-t", "fb", "-K", ":"],
        Some(b"k1:v1\nk2:v2\n"),
    );
    let fmt = "%s{\"ts\":%T}|%k{%s}|%s{x\n";
    let ours = consume_whole(&mock.bootstrap, "fb", &["-f", fmt]);
    assert_eq!(code(&ours), 0, "{}", stderr(&ours));
    let theirs = kcat(
        &[
            "-b",
            &mock.bootstrap,
            "-C",
            "-t",
            "fb",
            "-o",
            "beginning",
            "-e",
            "-q",
            "-f",
            fmt,
        ],
        None,
    );
    assert!(stdout(&ours).starts_with("v1{\"ts\":"), "{}", stdout(&ours));
    assert_eq!(stdout(&ours), stdout(&theirs));
}

#[test]
fn start_offsets_and_count() {
    let mock = Mock::start(&["off:1"]);
    let input: String = (0..20).map(|i| format!("{i}\n")).collect();
    load(&mock.bootstrap, "off", input.as_bytes());
    let run = |off: &str, extra: &[&str]| {
        let mut args = vec![
            "-b",
            &mock.bootstrap,
            "-t",
            "off",
            "-e",
            "-f",
            "%o ",
            "-o",
            off,
        ];
        args.extend_from_slice(extra);
        let o = consume(&args);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        stdout(&o)
    };
    assert_eq!(run("-3", &[]), "17 18 19 ");
    assert_eq!(run("+18", &[]), "18 19 ");
    assert_eq!(run("15", &[]), "15 16 17 18 19 ");
    assert_eq!(run("beginning", &["-c", "2"]), "0 1 ");
    assert_eq!(run("end", &[]), "");
}

/// Without a group, librdkafka's logs are klar's lines like every other
/// diagnostic: the batch call that reads the partitions would print the
/// ones it meets itself, in librdkafka's `%4|...` format and past the
/// scrubbing of secrets, including the warnings of the client's creation.
#[test]
fn logs_without_a_group_are_klar_lines() {
    let mock = Mock::start(&["lg:1"]);
    load(
        &mock.bootstrap,
        "lg",
        b"a
b
",
    );
    let read_all = |extra: &[&str]| {
        let mut args = vec!["-b", &mock.bootstrap, "-t", "lg", "-o", "beginning", "-e"];
        args.extend_from_slice(extra);
        let o = consume(&args);
        assert_eq!(code(&o), 0, "{extra:?}: {}", stderr(&o));
        assert_eq!(stdout(&o), "a\nb\n", "{extra:?}");
        stderr(&o)
    };
    // linger.ms is a producer property: librdkafka warns as it creates the
    // consumer.
    assert_eq!(
        read_all(&["-X", "linger.ms=5"]),
        "klar: warning: [klar#consumer-1 CONFWARN] [thrd:app]: Configuration property \
         queue.buffering.max.ms is a producer property and will be ignored by this consumer \
         instance\n"
    );
    let log = read_all(&["--debug", "broker,fetch"]);
    assert!(log.lines().count() > 20, "{log}");
    assert!(
        log.lines()
            .all(|l| l.starts_with("klar: debug: [klar#consumer-1 ")
                || l.starts_with("klar: info: ")),
        "{log}"
    );
    assert!(log.contains("Enter main broker thread"), "{log}");
}

#[test]
fn group_restart_resumes_after_the_last_written_message() {
    let mock = Mock::start(&["grp:3"]);
    let input: String = (0..300).map(|i| format!("k{i}:{i}\n")).collect();
    let o = produce(
        &mock.bootstrap,
        "grp",
        &["-K:", "-q", "--report", "none"],
        input.as_bytes(),
    );
    assert_eq!(code(&o), 0);
    // The mock rebalances a group its last member left only after the
    // member's session timeout less one second: keep it short.
    let fast = [
        "-X",
        "session.timeout.ms=2000",
        "-X",
        "heartbeat.interval.ms=500",
    ];
    let first = consume(
        &[
            &[
                "-b",
                &mock.bootstrap,
                "-G",
                "resume",
                "grp",
                "-o",
                "beginning",
                "-c",
                "100",
            ][..],
            &fast,
        ]
        .concat(),
    );
    assert_eq!(code(&first), 0, "{}", stderr(&first));
    // -o beginning applies only to partitions with no committed offset.
    let second = consume(
        &[
            &[
                "-b",
                &mock.bootstrap,
                "-G",
                "resume",
                "grp",
                "-o",
                "beginning",
                "-e",
            ][..],
            &fast,
        ]
        .concat(),
    );
    assert_eq!(code(&second), 0, "{}", stderr(&second));
    let a: Vec<String> = stdout(&first).lines().map(String::from).collect();
    let b: Vec<String> = stdout(&second).lines().map(String::from).collect();
    assert_eq!(a.len(), 100);
    assert_eq!(
        b.len(),
        200,
        "the restart reads exactly what the first run did not write"
    );
    let all: BTreeSet<String> = a.iter().chain(b.iter()).cloned().collect();
    assert_eq!(all.len(), 300, "no message twice, none lost");
}

#[test]
fn bad_consume_input_is_one_line() {
    let mock = Mock::start(&["bad:2"]);
    let cases: [(&[&str], i32, &str); 5] = [
        (&["-t", "bad", "-o", "soon"], 2, "klar: error: -o \"soon\": \"soon\" is not an offset (one of: beginning, end, stored, N, -N, +N, @MS, @RFC3339, @-DURATION, START:END, kcat's s@MS and e@MS, or P=SPEC)"),
        (&["-t", "bad", "-f", "%s %Q"], 2, "klar: error: -f \"%s %Q\": unknown token %Q (known: %s %S %R %k %K %t %p %o %T %d %y %h %e %b %l %L %%, with %s{hex} %s{base64} %k{hex} %k{base64} %d{STRFTIME})"),
        (&["-t", "bad", "-f", "%d{%F %Q}\\n"], 2, "klar: error: -f \"%d{%F %Q}\\\\n\": %Q in %d{%F %Q} is not a strftime conversion (see strftime(3): %Y %m %d %H %M %S %j %a %b %Z ...)"),
        (&["-t", "bad", "-p", "5"], 1, "klar: error: -p 5: topic bad has 2 partition(s), numbered 0 to 1"),
        (&["-t", "missing", "-e", "-X", "allow.auto.create.topics=false"], 1, "klar: error: topic missing: UNKNOWN_TOPIC_OR_PART: Broker: Unknown topic or partition (see the topic name, and allow.auto.create.topics with the broker's auto.create.topics.enable)"),
    ];
    for (args, want_code, want) in cases {
        let mut all = vec!["-b", mock.bootstrap.as_str()];
        all.extend_from_slice(args);
        let o = consume(&all);
        assert_eq!(code(&o), want_code, "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o).trim_end(), want, "{args:?}");
    }
}

#[test]
fn consume_json_piped_into_produce_json_copies_the_topic() {
    let mock = Mock::start(&["from:3", "to:3"]);
    let mut input = Vec::new();
    for i in 0..1000u32 {
        input.extend_from_slice(format!("k{}\t", i % 7).as_bytes());
        // Some values are not UTF-8: they travel as base64 with payload_encoding.
        if i % 10 == 0 {
            input.extend_from_slice(&[0xff, 0xfe, (i % 200 + 20) as u8]);
        } else {
            input.extend_from_slice(format!("v{i}").as_bytes());
        }
        input.push(b'\n');
    }
    let o = produce(
        &mock.bootstrap,
        "from",
        &["-K", "\\t", "-H", "x=y", "-q", "--report", "none"],
        &input,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let j = consume_whole(&mock.bootstrap, "from", &["-J"]);
    assert_eq!(code(&j), 0);
    let o = produce(
        &mock.bootstrap,
        "to",
        &["--input", "json", "-q", "--report", "none"],
        &j.stdout,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let a = by_position(read_topic(&mock.bootstrap, "from", &[]));
    assert_eq!(a.len(), 1000);
    assert_eq!(a, by_position(read_topic(&mock.bootstrap, "to", &[])));
}

/// Everything produce can write (null and empty keys and values, binary keys,
/// values and headers, a null header, a 1 MiB value) survives `-J` into
/// `produce --input json` byte for byte, and prints exactly in text and -f.
#[test]
fn edge_cases_round_trip_through_the_json_envelope() {
    use base64::Engine;
    let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
    let mock = Mock::start(&["edge:1", "edge2:1"]);
    let big: Vec<u8> = (0..1_048_576u32).map(|i| (i * 7 % 251) as u8).collect();
    let lines = [
        serde_json::json!({"key": null, "payload": null}),
        serde_json::json!({"key": "", "payload": ""}),
        serde_json::json!({"key": b64(&[0, 159, 255]), "key_encoding": "base64",
                           "payload": "plain", "headers": ["bin", b64(&[200, 1]), "none", null],
                           "headers_encoding": "base64"}),
        serde_json::json!({"key": "big", "payload": b64(&big), "payload_encoding": "base64"}),
    ]
    .map(|v| v.to_string());
    // A 1 MiB value is above librdkafka's default message.max.bytes.
    let big_ok = [
        "--input",
        "json",
        "-q",
        "--report",
        "none",
        "-X",
        "message.max.bytes=2000000",
    ];
    let o = produce(
        &mock.bootstrap,
        "edge",
        &big_ok,
        (lines.join("\n") + "\n").as_bytes(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let j = consume_whole(&mock.bootstrap, "edge", &["-J"]);
    assert_eq!(code(&j), 0, "{}", stderr(&j));
    let envelopes: Vec<serde_json::Value> = stdout(&j)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(envelopes[0]["key"], serde_json::Value::Null);
    assert_eq!(envelopes[0]["payload"], serde_json::Value::Null);
    assert_eq!(envelopes[2]["key_encoding"], "base64");
    assert_eq!(envelopes[2]["headers_encoding"], "base64");
    let o = produce(&mock.bootstrap, "edge2", &big_ok, &j.stdout);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let a = read_topic(&mock.bootstrap, "edge", &[]);
    assert_eq!(a.len(), 4);
    assert_eq!(a[0].key, None);
    assert_eq!(a[0].value, None);
    assert_eq!(a[1].value, Some(Vec::new()));
    assert_eq!(
        a[2].headers,
        vec![
            ("bin".to_string(), Some(vec![200, 1])),
            ("none".to_string(), None)
        ]
    );
    assert_eq!(a[3].value.as_deref(), Some(&big[..]));
    assert_eq!(a, read_topic(&mock.bootstrap, "edge2", &[]));

    // Text: values as they are, one per line; -f with lengths and keys.
    let t = consume_whole(&mock.bootstrap, "edge", &["-Z"]);
    let mut want = b"NULL\n\nplain\n".to_vec();
    want.extend_from_slice(&big);
    want.push(b'\n');
    assert!(t.stdout == want, "plain output differs");
    let f = consume_whole(&mock.bootstrap, "edge", &["-f", "%K %S %k{hex}|"]);
    assert_eq!(stdout(&f), "-1 -1 |0 0 |3 5 009fff|3 1048576 626967|");
}

/// Aborted records are skipped under read_committed. On crabka: the mock
/// keeps no aborted-transaction index and tansu 0.6.0 lacks EndTxn.
#[test]
fn read_committed_skips_aborted_transactions() {
    let k = Crabka::start();
    let bootstrap = k.bootstrap.clone();
    let topic = format!("klar-txn-{}", std::process::id());
    // Created first: a cluster may not create topics on demand.
    let created = klar()
        .args([
            "admin", "topic", "create", &topic, "-p", "1", "-r", "1", "-b", &bootstrap,
        ])
        .output()
        .unwrap();
    assert!(created.status.success(), "{}", stderr(&created));
    let txn = |value: &str, abort: bool| {
        let mut child = spawn_piped(
            klar()
                .args(["produce", "-b", &bootstrap, "-t", &topic, "-q"])
                .args(["-X", &format!("transactional.id={topic}-{value}")]),
        );
        let mut stdin = child.stdin.take().unwrap();
        std::io::Write::write_all(&mut stdin, format!("{value}\n").as_bytes()).unwrap();
        if abort {
            std::thread::sleep(std::time::Duration::from_secs(2));
            signal(&child, libc::SIGINT);
        } else {
            drop(stdin);
        }
        wait_with_timeout(child, std::time::Duration::from_secs(60));
    };
    txn("c1", false);
    txn("a1", true);
    txn("c2", false);
    // A count, not -e, ends each read: it fails just as surely if a1 shows
    // up, and does not rest on how a broker answers a fetch at the end.
    let read = |level: &str, count: &str| {
        stdout(&consume(&[
            "-b",
            &bootstrap,
            "-t",
            &topic,
            "-o",
            "beginning",
            "-c",
            count,
            "--isolation",
            level,
        ]))
    };
    assert_eq!(read("read_committed", "2"), "c1\nc2\n");
    assert_eq!(read("read_uncommitted", "3"), "c1\na1\nc2\n");
}

/// 4,000 messages keyed 0 to 3999, each value 1,000 bytes of `x` (returned):
/// 4 MB, far more than a pipe holds.
fn load_4_mb(mock: &Mock, topic: &str) -> String {
    let pad = "x".repeat(1000);
    let input: String = (0..4000).map(|i| format!("{i}:{pad}\n")).collect();
    let o = produce(
        &mock.bootstrap,
        topic,
        &["--report", "none", "-K", ":"],
        input.as_bytes(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    pad
}

/// Without a group, messages are taken from librdkafka in batches. A stdout
/// that nobody reads for a while backs the writer up, which pauses fetching
/// with a batch half handled: every message must still come out once, in
/// order per partition, when the reader returns.
#[test]
fn a_stalled_stdout_loses_and_repeats_nothing() {
    let mock = Mock::start(&["stall:4"]);
    let pad = load_4_mb(&mock, "stall");
    let child = klar()
        .args(["-vv", "consume", "-b", &mock.bootstrap, "-t", "stall"])
        .args(["-o", "beginning", "-e", "-f", "%p %o %k %s\n"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // 4 MB of output against a 64 KiB pipe: the writer blocks, the chunks
    // pile up, and after a second the poll loop pauses fetching.
    std::thread::sleep(Duration::from_secs(3));
    let out = wait_with_timeout(child, Duration::from_secs(60));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("stdout is behind: fetching paused"),
        "the stall must have paused fetching"
    );
    let mut next = [0i64; 4];
    let mut keys = BTreeSet::new();
    for line in stdout(&out).lines() {
        let f: Vec<&str> = line.split(' ').collect();
        let (p, o): (usize, i64) = (f[0].parse().unwrap(), f[1].parse().unwrap());
        assert_eq!(
            o,
            next[p],
            "partition {p}: offset {o} after {}",
            next[p] - 1
        );
        next[p] += 1;
        assert_eq!(f[3], pad);
        assert!(keys.insert(f[2].to_string()), "key {} twice", f[2]);
    }
    assert_eq!(keys.len(), 4000);
}

/// A stdout nobody reads: the first signal waits for it (everything
/// received is to be written), the second ends the run at once, status 1,
/// with one line saying what was left unwritten.
#[test]
fn a_second_signal_ends_a_run_whose_stdout_is_not_read() {
    let mock = Mock::start(&["unread:4"]);
    load_4_mb(&mock, "unread");
    let child = klar()
        .args(["consume", "-b", &mock.bootstrap, "-t", "unread"])
        .args(["-o", "beginning", "-f", "%k %s\n"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // 4 MB of output against a 64 KiB pipe.
    let out = two_signals_with_stdout_unread(child);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "klar: error: stopped by a second signal while messages received were still to be \
         written: exiting without them; nothing unwritten is committed\n"
    );
}
