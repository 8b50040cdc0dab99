//! `klar consume` (first cut: manual and group modes, start offsets, -e, -c,
//! -f, -J) against the mock cluster, with kcat as the independent producer.

mod common;

use std::collections::BTreeSet;

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
    let o = consume(&[
        "-b",
        &mock.bootstrap,
        "-t",
        "k2k",
        "-o",
        "beginning",
        "-e",
        "-f",
        "%k\\t%s\\t%h\\n",
    ]);
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
    let ours = consume(&[
        "-b",
        &mock.bootstrap,
        "-t",
        "je",
        "-o",
        "beginning",
        "-e",
        "-J",
    ]);
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

#[test]
fn start_offsets_and_count() {
    let mock = Mock::start(&["off:1"]);
    let input: String = (0..20).map(|i| format!("{i}\n")).collect();
    let o = produce(
        &mock.bootstrap,
        "off",
        &["-q", "--report", "none"],
        input.as_bytes(),
    );
    assert_eq!(code(&o), 0);
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
    let cases: [(&[&str], i32, &str); 4] = [
        (&["-t", "bad", "-o", "soon"], 2, "klar: error: -o \"soon\": \"soon\" is not an offset (one of: beginning, end, stored, N, -N, +N, @MS, @RFC3339, @-DURATION, START:END or P=SPEC)"),
        (&["-t", "bad", "-f", "%s %Q"], 2, "klar: error: -f \"%s %Q\": unknown token %Q (known: %s %S %R %k %K %t %p %o %T %d %y %h %e %b %l %L %%, with %s{hex} %s{base64} %k{hex} %k{base64} %d{STRFTIME})"),
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
    let j = consume(&[
        "-b",
        &mock.bootstrap,
        "-t",
        "from",
        "-o",
        "beginning",
        "-e",
        "-J",
    ]);
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
