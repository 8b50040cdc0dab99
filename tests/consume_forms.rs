//! `klar consume` offsets, ranges, format tokens, deserializers and filters,
//! each asserted by exact output against librdkafka's mock cluster.

mod common;

use common::*;
use serde_json::{json, Value};

/// 20 messages in each of two partitions: value `P-N` at offset N.
fn two_partitions(mock: &Mock, topic: &str) {
    for p in 0..2 {
        let input: String = (0..20).map(|i| format!("{p}-{i}\n")).collect();
        let o = produce(
            &mock.bootstrap,
            topic,
            &["-p", &p.to_string(), "-q", "--report", "none"],
            input.as_bytes(),
        );
        assert_eq!(code(&o), 0, "{}", stderr(&o));
    }
}

/// Sorted `partition:offset` pairs that a consume with `args` printed.
fn offsets(mock: &Mock, topic: &str, args: &[&str]) -> String {
    let mut all = vec!["-b", mock.bootstrap.as_str(), "-t", topic, "-f", "%p:%o\\n"];
    all.extend_from_slice(args);
    let o = consume(&all);
    assert_eq!(code(&o), 0, "{args:?}: {}", stderr(&o));
    let mut lines: Vec<String> = stdout(&o).lines().map(String::from).collect();
    lines.sort_by_key(|l| {
        let (p, o) = l.split_once(':').unwrap();
        (p.parse::<i32>().unwrap(), o.parse::<i64>().unwrap())
    });
    lines.join(" ")
}

#[test]
fn ranges_stop_by_themselves_and_per_partition_specs_apply() {
    let mock = Mock::start(&["r:2"]);
    two_partitions(&mock, "r");
    // END is not read, and no -e is needed: the range ends the run.
    assert_eq!(
        offsets(&mock, "r", &["-o", "5:8"]),
        "0:5 0:6 0:7 1:5 1:6 1:7"
    );
    assert_eq!(
        offsets(&mock, "r", &["-o", "18:end"]),
        "0:18 0:19 1:18 1:19"
    );
    assert_eq!(offsets(&mock, "r", &["-o", "-1:end"]), "0:19 1:19");
    // Without -o, the whole partition, as kcat -C reads it; -o end, nothing old.
    let every: Vec<String> = (0..2)
        .flat_map(|p| (0..20).map(move |o| format!("{p}:{o}")))
        .collect();
    assert_eq!(offsets(&mock, "r", &["-e"]), every.join(" "));
    assert_eq!(
        offsets(&mock, "r", &["-p", "1", "-e"]),
        every[20..].join(" ")
    );
    assert_eq!(offsets(&mock, "r", &["-o", "end", "-e"]), "");
    // rpk's names and its `:END`.
    assert_eq!(
        offsets(&mock, "r", &["-o", "oldest", "-e"]),
        every.join(" ")
    );
    assert_eq!(offsets(&mock, "r", &["-o", "newest", "-e"]), "");
    assert_eq!(offsets(&mock, "r", &["-o", ":2"]), "0:0 0:1 1:0 1:1");
    // None before the end: nothing to read, as with `end`.
    assert_eq!(offsets(&mock, "r", &["-o", "-0", "-e"]), "");
    assert_eq!(
        offsets(&mock, "r", &["-o", "0=-0:end", "-o", "1=-1:end"]),
        "1:19"
    );
    assert_eq!(
        offsets(&mock, "r", &["-o", "+17:19"]),
        "0:17 0:18 1:17 1:18"
    );
    // A range found empty only at the cluster ends at once (`7:7`, empty
    // as typed, is a usage error: see bad_input).
    assert_eq!(offsets(&mock, "r", &["-o", "-0:end"]), "");
    assert_eq!(
        offsets(&mock, "r", &["-o", "0=2:4", "-o", "1=beginning:2"]),
        "0:2 0:3 1:0 1:1"
    );
    // A later -o for every partition replaces an earlier `P=`, as the
    // README says of repeated -o: partition 0 kept 2:4.
    assert_eq!(
        offsets(&mock, "r", &["-o", "0=2:4", "-o", "-1", "-e"]),
        "0:19 1:19"
    );
    // Only partitions' own ranges: only those partitions are read.
    assert_eq!(offsets(&mock, "r", &["-o", "1=2:4"]), "1:2 1:3");
    // A default with one partition's own start.
    assert_eq!(
        offsets(&mock, "r", &["-o", "-2", "-o", "1=10:12", "-e"]),
        "0:18 0:19 1:10 1:11"
    );
    assert_eq!(
        offsets(&mock, "r", &["-p", "1", "-o", "beginning:3"]),
        "1:0 1:1 1:2"
    );
    // -c wins over a longer range.
    assert_eq!(
        offsets(&mock, "r", &["-p", "0", "-o", "0:10", "-c", "2"]),
        "0:0 0:1"
    );
    // The mock answers every time lookup with the end offset (a FIXME in
    // librdkafka's mock); tansu's tests check times for real.
    assert_eq!(offsets(&mock, "r", &["-o", "@1:end"]), "");
}

#[test]
fn format_tokens_print_exact_fields() {
    let mock = Mock::start(&["f:1"]);
    produce_json(
        &mock.bootstrap,
        "f",
        &[
            json!({"key": "k1", "payload": "hello", "ts": 1_732_617_600_123i64,
                   "headers": ["h1", "v1", "h2", null]})
            .to_string(),
            json!({"key": null, "payload": null, "ts": 1_732_617_601_000i64}).to_string(),
        ],
    );
    let (out, _) = whole_topic(
        &mock.bootstrap,
        "f",
        &[
            "-Z",
            "-f",
            "%t|%p|%o|%T|%d|%d{%Y/%m/%d %H:%M:%S}|%y|%b|%l|%L|%k|%K|%s|%S|%s{hex}|%k{base64}|%h|%e\\n",
        ],
    );
    assert_eq!(
        out,
        "f|0|0|1732617600123|2024-11-26T10:40:00.123Z|2024/11/26 10:40:00|create|1|0|1|k1|2|hello|5|68656c6c6f|azE=|h1=v1,h2=NULL|[\"h1\",\"v1\",\"h2\",null]\n\
         f|0|1|1732617601000|2024-11-26T10:40:01.000Z|2024/11/26 10:40:01|create|1|0|0|NULL|-1|NULL|-1|NULL|NULL||[]\n"
    );
    // --print-headers in the plain form, with keys.
    let (out, _) = whole_topic(
        &mock.bootstrap,
        "f",
        &["-c", "1", "--print-headers", "-K", "="],
    );
    assert_eq!(out, "h1:v1,h2:NULL\tk1=hello\n");
    // -J ends each envelope with -D, as kcat's does.
    let (out, _) = whole_topic(&mock.bootstrap, "f", &["-c", "2", "-J", "-D", ";;"]);
    let parts: Vec<&str> = out.split(";;").collect();
    assert_eq!(parts.len(), 3, "{out}");
    assert_eq!(parts[2], "", "{out}");
    for p in &parts[..2] {
        serde_json::from_str::<Value>(p).unwrap_or_else(|e| panic!("{e}: {p}"));
    }
    // %h tells a null header value from an empty one without -Z too, as
    // kcat's does; %d prints any timestamp a producer may set.
    produce_json(
        &mock.bootstrap,
        "f",
        &[
            json!({"payload": "a", "ts": 253_402_300_800_000i64, "headers": ["n", null, "e", ""]})
                .to_string(),
            json!({"payload": "b", "ts": 1i64}).to_string(),
        ],
    );
    let (out, _) = whole_topic(&mock.bootstrap, "f", &["-o", "2", "-f", "%h|%d\n"]);
    assert_eq!(
        out,
        "n=NULL,e=|10000-01-01T00:00:00.000Z\n|1970-01-01T00:00:00.001Z\n"
    );
}

#[test]
fn deserializers_read_big_endian_numbers_json_and_pack_strings() {
    let mock = Mock::start(&["d:1"]);
    let hexes = [
        ("0000002a", "000000000000002a"),
        ("ffffffff", "3ff8000000000000"),
        ("00", "7b2261223a5b312c325d7d"),
    ];
    let lines: Vec<String> = hexes
        .iter()
        .map(|(k, v)| {
            json!({"key": k, "payload": v, "key_encoding": "hex", "payload_encoding": "hex"})
                .to_string()
        })
        .collect();
    produce_json(&mock.bootstrap, "d", &lines);
    let run = |args: &[&str]| whole_topic(&mock.bootstrap, "d", args);
    let (out, err) = run(&["-s", "key=int", "-s", "value=long", "-K", " "]);
    assert_eq!(
        out,
        "42 42\n-1 4609434218613702656\n<error: int needs 4 bytes, got 1> <error: long needs 8 bytes, got 11>\n"
    );
    assert!(
        err.contains(
            "2 key(s) or value(s) did not fit their -s deserializer (printed as <error: ...>)"
        ),
        "{err}"
    );
    let (out, _) = run(&["-s", "value=double", "-o", "1:2", "-f", "%s\\n"]);
    assert_eq!(out, "1.5\n");
    let (out, _) = run(&["-s", "value=json", "-o", "2:3", "-f", "%s\\n"]);
    assert_eq!(out, "{\"a\":[1,2]}\n");
    let (out, _) = run(&["-s", "value=json", "--pretty", "-o", "2:3", "-f", "%s\\n"]);
    assert_eq!(out, "{\n  \"a\": [\n    1,\n    2\n  ]\n}\n");
    let (out, _) = run(&["-s", "value=>ii", "-o", "0:1", "-f", "%s\\n"]);
    assert_eq!(out, "0 42\n");
    // Bytes that are not UTF-8 come out of c and s as they are, as in kcat;
    // spaces between the codes are kcat's too.
    let o = consume_whole(
        &mock.bootstrap,
        "d",
        &["-s", "value=c s", "-o", "1:2", "-f", "%s\\n"],
    );
    assert_eq!(o.stdout, b"? \xf8\0\0\0\0\0\0\n");
    let (out, _) = run(&["-s", "bytes", "-o", "0:1", "-f", "%k %s\\n"]);
    assert_eq!(out, "0000002a 000000000000002a\n");

    // In -J, numbers are JSON numbers and a bad field keeps its bytes
    // beside an error field.
    let (out, err) = run(&["-J", "-s", "key=int", "-s", "value=json"]);
    assert!(
        err.contains("did not fit their -s deserializer (key_error and payload_error say why)"),
        "{err}"
    );
    let v: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(v[0]["key"], json!(42));
    assert!(v[0]["payload_error"]
        .as_str()
        .unwrap()
        .starts_with("not JSON"));
    assert_eq!(v[1]["key"], json!(-1));
    assert_eq!(v[2]["key"], json!("\u{0}"));
    assert_eq!(v[2]["key_error"], json!("int needs 4 bytes, got 1"));
    assert_eq!(v[2]["payload"], json!({"a": [1, 2]}));
}

#[test]
fn grep_filters_match_keys_values_and_headers_and_count_what_is_printed() {
    let mock = Mock::start(&["g:1"]);
    let lines: Vec<String> = (0..30)
        .map(|i| {
            json!({"key": format!("user-{}", i % 3), "payload": format!("event {i}"),
                   "headers": ["kind", if i % 2 == 0 { "even" } else { "odd" }]})
            .to_string()
        })
        .collect();
    produce_json(&mock.bootstrap, "g", &lines);
    let run = |args: &[&str]| whole_topic(&mock.bootstrap, "g", &[&["-f", "%o "], args].concat()).0;
    assert_eq!(
        run(&["--grep-key", "^user-1$"]),
        "1 4 7 10 13 16 19 22 25 28 "
    );
    assert_eq!(
        run(&["--grep-value", "event 2."]),
        "20 21 22 23 24 25 26 27 28 29 "
    );
    assert_eq!(
        run(&["--grep-key", "-1$", "--grep-header", "kind=^even$"]),
        "4 10 16 22 28 "
    );
    assert_eq!(run(&["--grep-header", "kind=odd", "-c", "3"]), "1 3 5 ");
    assert_eq!(run(&["--grep-header", "nosuch=.*"]), "");
}

#[test]
fn bad_consume_input_names_what_was_typed() {
    let mock = Mock::start(&["bad:2"]);
    let cases: &[(&[&str], i32, &str)] = &[
        (&["-t", "bad", "-o", "@yesterday"], 2, "klar: error: -o \"@yesterday\": @yesterday: "),
        (&["-t", "bad", "-o", "x=3"], 2, "klar: error: -o \"x=3\": \"x\" is not a partition number"),
        (&["-t", "bad", "-o", "5=beginning"], 1, "klar: error: -o 5=...: topic bad has 2 partition(s), numbered 0 to 1"),
        (&["-t", "bad", "-o", "3:x"], 2, "klar: error: -o \"3:x\": \"x\" is not an offset"),
        (&["-t", "bad", "-s", "value=avro"], 2, "klar: error: -s \"value=avro\": unknown deserializer \"avro\""),
        (&["-t", "bad", "-s", "body=int"], 2, "klar: error: -s \"body=int\": \"body\" is neither key nor value"),
        (&["-t", "bad", "-f", "%d{%Y"], 2, "klar: error: -f \"%d{%Y\": %d{ is not closed with }"),
        (&["-t", "bad", "--grep-key", "("], 2, "klar: error: --grep-key \"(\": not a regular expression"),
        (&["-t", "bad", "--commit", "auto"], 2, "klar: error: --commit auto with -t needs a group to commit to: set -X group.id=NAME, or use -G"),
        (&["-t", "bad", "-o", "stored"], 2, "klar: error: -o stored with -t reads a group's committed offsets"),
        (&["-G", "g", "bad", "--commit-every", "5"], 2, "klar: error: --commit-every and --commit-interval apply to --commit after-write"),
        (&["-G", "g", "nosuchtopic"], 1, "klar: error: topic nosuchtopic: UNKNOWN_TOPIC_OR_PART"),
    ];
    for (args, want_code, want) in cases {
        let mut all = vec![
            "-b",
            mock.bootstrap.as_str(),
            "-X",
            "allow.auto.create.topics=false",
        ];
        all.extend_from_slice(args);
        let o = consume(&all);
        let err = stderr(&o);
        assert_eq!(code(&o), *want_code, "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: one line: {err}");
        assert!(err.starts_with(want), "{args:?}: {err}");
    }
}

/// A partition that stops on an error (librdkafka fetches nothing more from
/// it) does not stop the others, counts as ended for `-e` and for ranges,
/// and makes the exit status 1: the topic was not read as asked.
#[test]
fn an_error_on_one_partition_is_reported_and_the_others_go_on() {
    let mock = Mock::start(&["oor:2"]);
    two_partitions(&mock, "oor");
    let base = [
        "-b",
        &mock.bootstrap,
        "-t",
        "oor",
        "-X",
        "auto.offset.reset=error",
        "-f",
        "%p:%o ",
    ];
    let ends: [&[&str]; 3] = [
        &["-o", "0=100", "-o", "1=beginning", "-e"],
        // Not 100:end: a range that starts past its end (20) is empty and
        // done before any fetch, error or not.
        &["-o", "0=100:200", "-o", "1=beginning:20"],
        // Neither -e nor ranges: every partition of klar's own assignment
        // stopped, so nothing more can come; the run ends (it waited for a
        // signal before).
        &["-o", "0=100", "-o", "1=50"],
    ];
    for end in ends {
        let o = consume(&[&base[..], end].concat());
        let err = stderr(&o);
        assert_eq!(code(&o), 1, "{end:?}: {err}");
        let want: String = if end.contains(&"1=50") {
            String::new()
        } else {
            (0..20).map(|i| format!("1:{i} ")).collect()
        };
        assert_eq!(stdout(&o), want, "{end:?}");
        // Said once, with the code name, the property and librdkafka's reason.
        let said =
            "_AUTO_OFFSET_RESET: Local: No offset to automatically reset to (see auto.offset.reset";
        assert_eq!(err.matches(said).count(), 1, "{end:?}: {err}");
        assert!(err.contains("Offset out of range"), "{end:?}: {err}");
        let last = if end.contains(&"1=50") {
            "klar: error: 2 partition(s) stopped on an error and were not read to the end: oor \
             [0] (_AUTO_OFFSET_RESET), oor [1] (_AUTO_OFFSET_RESET)\n"
        } else {
            "klar: error: 1 partition(s) stopped on an error and were not read to the end: oor \
             [0] (_AUTO_OFFSET_RESET)\n"
        };
        assert!(err.ends_with(&format!("\n{last}")), "{end:?}: {err}");
        // -q leaves the warning out: the last line names the error itself.
        let o = consume(&[&["-q"][..], &base[..], end].concat());
        assert_eq!(code(&o), 1, "{end:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), last, "{end:?}");
    }
}

/// A running count on stderr when stderr is a terminal and the messages go
/// to a file; none when stderr is a pipe.
#[test]
fn consume_progress_only_on_a_terminal_stderr() {
    let mock = Mock::start(&["cp:1"]);
    let input: String = (0..30_000).map(|i| format!("{i}\n")).collect();
    let o = produce(
        &mock.bootstrap,
        "cp",
        &["--report", "none"],
        input.as_bytes(),
    );
    assert_eq!(code(&o), 0);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.txt");
    let cmd = format!(
        "{} consume -b {} -t cp -o beginning -e > {}",
        env!("CARGO_BIN_EXE_klar"),
        mock.bootstrap,
        out.display()
    );
    let screen = on_terminal(&cmd);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), input);
    assert!(
        screen.contains("messages written"),
        "no progress on a terminal:\n{screen}"
    );
    let (_, err) = whole_topic(&mock.bootstrap, "cp", &[]);
    assert_eq!(err, "", "nothing on a piped stderr");
}

/// `-o json` on produce and `--output json` on consume, as on every command.
#[test]
fn output_json_everywhere() {
    let mock = Mock::start(&["oj:1"]);
    let o = produce(&mock.bootstrap, "oj", &["-o", "json"], b"a\nb\n");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let reports: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(reports[1]["offset"], json!(1));
    let (j, _) = whole_topic(&mock.bootstrap, "oj", &["-J"]);
    let (out, _) = whole_topic(&mock.bootstrap, "oj", &["--output", "json"]);
    assert_eq!(out, j);
    assert!(out.contains("\"payload\":\"b\""), "{out}");
}

#[test]
fn color_only_when_asked_or_on_a_terminal() {
    let mock = Mock::start(&["col:1"]);
    let run = |extra: &[&str]| {
        let mut args = extra.to_vec();
        args.extend([
            "-v",
            "consume",
            "-b",
            &mock.bootstrap,
            "-t",
            "col",
            "-o",
            "beginning",
            "-e",
        ]);
        let o = klar().args(&args).output().unwrap();
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        stderr(&o)
    };
    assert!(
        run(&["--color", "always"]).contains("\u{1b}["),
        "--color always colours"
    );
    assert!(!run(&["--color", "never"]).contains('\u{1b}'));
    assert!(!run(&[]).contains('\u{1b}'), "auto: no colour into a pipe");
}

/// --isolation sets isolation.level, shown with its source. (Skipping
/// aborted transactions needs a real Kafka: see tests/consume.rs.)
#[test]
fn isolation_sets_the_property() {
    for level in ["read_uncommitted", "read_committed"] {
        let o = klar()
            .args([
                "consume",
                "-b",
                "127.0.0.1:1",
                "-t",
                "t",
                "--isolation",
                level,
                "--explain-only",
            ])
            .output()
            .unwrap();
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        let line = stderr(&o)
            .lines()
            .find(|l| l.trim_start().starts_with("isolation.level"))
            .map(str::to_string)
            .unwrap_or_default();
        assert!(
            line.contains(level) && line.contains("flag --isolation"),
            "{}",
            stderr(&o)
        );
    }
}

/// A header name that is not UTF-8 (no Java client writes one; kcat can)
/// is printed as its bytes, and `-J` base64-encodes the names, saying so
/// in `header_names_encoding`, so that `produce --input json` copies it.
/// It was printed as an empty name, and lost in a copy.
#[test]
fn header_names_that_are_not_utf8_survive_a_copy() {
    use std::os::unix::ffi::OsStrExt;
    let mock = Mock::start(&["hn:1", "hn-copy:1"]);
    let o = std::process::Command::new("kcat")
        .args(["-P", "-b", &mock.bootstrap, "-t", "hn", "-H", "a=1", "-H"])
        .arg(std::ffi::OsStr::from_bytes(b"n\xfe=v"))
        .stdin(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(b"m\n")?;
            c.wait_with_output()
        })
        .unwrap();
    assert!(o.status.success());
    let o = consume_whole(&mock.bootstrap, "hn", &["-f", "%h\\n"]);
    assert_eq!(o.stdout, b"a=1,n\xfe=v\n");
    let (json, _) = whole_topic(&mock.bootstrap, "hn", &["-J"]);
    let v: Value = serde_json::from_str(json.trim()).unwrap();
    assert_eq!(v["header_names_encoding"], "base64", "{v}");
    assert_eq!(v["headers"], json!(["YQ==", "1", "bv4=", "v"]), "{v}");
    let o = produce(
        &mock.bootstrap,
        "hn-copy",
        &["--input", "json", "--report", "none"],
        json.as_bytes(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = consume_whole(&mock.bootstrap, "hn-copy", &["-f", "%h\\n"]);
    assert_eq!(o.stdout, b"a=1,n\xfe=v\n");
}

/// `e@TIME` for a time no message has reached: the run reads live until the
/// first message at or after it, as kcat does, instead of stopping at the
/// end the log has now.
#[test]
fn an_end_time_still_to_come_reads_until_a_message_reaches_it() {
    let mock = Mock::start(&["soon:1"]);
    let end = common::now_ms() + 3_600_000;
    let line = |v: &str, ts: i64| format!("{{\"payload\":\"{v}\",\"ts\":{ts}}}\n");
    let now = common::now_ms();
    let o = produce(
        &mock.bootstrap,
        "soon",
        &["--input", "json", "-q", "--report", "none"],
        line("before", now).as_bytes(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let end_spec = format!("e@{end}");
    let child = spawn_consume(&[
        "-b",
        &mock.bootstrap,
        "-t",
        "soon",
        "-o",
        &end_spec,
        "-f",
        "%o:%s\\n",
    ]);
    std::thread::sleep(std::time::Duration::from_secs(2));
    // Written after the run started: still before the end time.
    let later = [
        line("live", now + 1),
        line("at-the-end", end),
        line("earlier-again", now + 2),
    ]
    .concat();
    let o = produce(
        &mock.bootstrap,
        "soon",
        &["--input", "json", "-q", "--report", "none"],
        later.as_bytes(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = wait_with_timeout(child, std::time::Duration::from_secs(20));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), "0:before\n1:live\n");
}

/// `-o -N` for more than the log holds (the mock keeps about 5 MB a
/// partition) reads from its first offset with a warning, as a range's
/// start does; it read nothing before. `-p` given twice reads once.
#[test]
fn a_tail_longer_than_the_log_reads_it_all() {
    let mock = Mock::start(&["trim:1"]);
    let input: String = (0..10_000).map(|i| format!("{i:01000}\n")).collect();
    let o = produce(
        &mock.bootstrap,
        "trim",
        &["-q", "--report", "none"],
        input.as_bytes(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let args = |tail: &str| {
        consume(&[
            "-b",
            &mock.bootstrap,
            "-t",
            "trim",
            "-p",
            "0",
            "-p",
            "0",
            "-o",
            tail,
            "-e",
            "-f",
            "%o\\n",
        ])
    };
    let o = args("-20000");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let offsets: Vec<i64> = stdout(&o).lines().map(|l| l.parse().unwrap()).collect();
    let low = offsets[0];
    assert!(low > 0, "the mock kept the whole log: {low}");
    assert_eq!(offsets, (low..10_000).collect::<Vec<i64>>());
    assert!(
        stderr(&o).contains(&format!(
            "trim [0]: the log holds {} message(s) (offsets {low} to 9999), fewer than the last \
             20000 asked for: reading from {low}",
            10_000 - low
        )),
        "{}",
        stderr(&o)
    );
    // A range from such a tail too.
    let o = args("-20000:9990");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count() as i64, 9990 - low);
    // Within the log: the last N, no warning.
    let o = args("-3");
    assert_eq!(stdout(&o), "9997\n9998\n9999\n");
    assert!(!stderr(&o).contains("fewer than"), "{}", stderr(&o));
}

/// `-s json` passes a document on as its text (minified, or indented with
/// `--pretty`): a 23-digit id, a long decimal, `2.50`, `-0`, `1e400` and a
/// repeated key come out as they went in, where a parse into numbers
/// rounded or refused them and dropped the first key.
#[test]
fn json_documents_keep_their_numbers_and_keys() {
    let mock = Mock::start(&["doc:1"]);
    let doc = "{ \"id\": 12345678901234567890123, \"d\": 0.1000000000000000055511151231257827,\n  \
               \"p\": 2.50, \"n\": -0, \"big\": 1e400, \"dup\": 1, \"dup\": 2, \"e\": {} }";
    let o = produce(
        &mock.bootstrap,
        "doc",
        &["-q", "--report", "none", "-D", "\\0"],
        doc.as_bytes(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let run = |extra: &[&str]| {
        let mut args = vec!["-b", &mock.bootstrap, "-t", "doc", "-e", "-s", "value=json"];
        args.extend_from_slice(extra);
        let o = consume(&args);
        assert_eq!(code(&o), 0, "{extra:?}: {}", stderr(&o));
        stdout(&o)
    };
    let minified = "{\"id\":12345678901234567890123,\"d\":0.1000000000000000055511151231257827,\
                    \"p\":2.50,\"n\":-0,\"big\":1e400,\"dup\":1,\"dup\":2,\"e\":{}}";
    assert_eq!(run(&["-f", "%s\\n"]), format!("{minified}\n"));
    assert_eq!(
        run(&["-f", "%s\\n", "--pretty"]),
        "{\n  \"id\": 12345678901234567890123,\n  \"d\": 0.1000000000000000055511151231257827,\n  \
         \"p\": 2.50,\n  \"n\": -0,\n  \"big\": 1e400,\n  \"dup\": 1,\n  \"dup\": 2,\n  \"e\": {}\n}\n"
    );
    let j = run(&["-J"]);
    assert!(
        j.ends_with(&format!(",\"key\":null,\"payload\":{minified}}}\n")),
        "{j}"
    );
    let pretty = run(&["-J", "--pretty"]);
    assert!(
        pretty.contains("  \"payload\": {\n    \"id\": 12345678901234567890123,\n"),
        "{pretty}"
    );
    assert!(pretty.ends_with("    \"e\": {}\n  }\n}\n"), "{pretty}");
}

/// kcat's `e@` end stays when a later `-o` sets only the start, as in kcat.
#[test]
fn an_e_at_end_survives_a_later_start() {
    let mock = Mock::start(&["keep:1"]);
    let now = common::now_ms();
    let end = now + 3_600_000;
    let lines: String = [("a", now), ("b", now), ("c", end), ("d", now)]
        .iter()
        .map(|(v, ts)| format!("{{\"payload\":\"{v}\",\"ts\":{ts}}}\n"))
        .collect();
    let o = produce(
        &mock.bootstrap,
        "keep",
        &["--input", "json", "-q", "--report", "none"],
        lines.as_bytes(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let end_spec = format!("e@{end}");
    for order in [[end_spec.as_str(), "1"], ["1", end_spec.as_str()]] {
        let o = consume(&[
            "-b",
            &mock.bootstrap,
            "-t",
            "keep",
            "-o",
            order[0],
            "-o",
            order[1],
            "-e",
            "-f",
            "%o:%s\\n",
        ]);
        assert_eq!(code(&o), 0, "{order:?}: {}", stderr(&o));
        assert_eq!(stdout(&o), "1:b\n", "{order:?}");
    }
}
