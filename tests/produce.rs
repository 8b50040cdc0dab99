//! `klar produce` end to end against librdkafka's mock cluster (run as
//! `klar mock`), with Debian's kcat as the independent reader and writer.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, Write};
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::*;
use rand::{Rng, SeedableRng};
use serde_json::Value;

fn lines_10k() -> (Vec<u8>, Vec<String>) {
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let mut input = Vec::new();
    let mut lines = Vec::new();
    for i in 0..10_000 {
        let val: String = (0..rng.gen_range(1..40))
            .map(|_| rng.gen_range(b'!'..=b'~') as char)
            .filter(|c| *c != '\t')
            .collect();
        let line = format!("key-{}\tvalue-{i}-{val}", i % 97);
        input.extend_from_slice(line.as_bytes());
        input.push(b'\n');
        lines.push(line);
    }
    (input, lines)
}

#[test]
fn ten_thousand_keyed_messages_with_headers_reach_kcat_byte_for_byte() {
    let mock = Mock::start(&["rt:4"]);
    let (input, mut lines) = lines_10k();
    let out = produce(
        &mock.bootstrap,
        "rt",
        &[
            "-K",
            "\\t",
            "-H",
            "h1=v1",
            "-H",
            "h2=two words",
            "--report",
            "none",
        ],
        &input,
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        summary(&stderr(&out)),
        Summary {
            read: 10_000,
            delivered: 10_000,
            failed: 0,
            not_delivered: 0
        }
    );
    let k = kcat(
        &[
            "-b",
            &mock.bootstrap,
            "-C",
            "-t",
            "rt",
            "-e",
            "-q",
            "-f",
            "%k\t%s\t%h\n",
        ],
        None,
    );
    let mut got: Vec<String> = String::from_utf8(k.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    got.sort();
    for l in lines.iter_mut() {
        l.push_str("\th1=v1,h2=two words");
    }
    lines.sort();
    assert_eq!(got.len(), 10_000);
    assert_eq!(got, lines);
}

#[test]
fn same_key_lands_in_one_partition_in_input_order() {
    let mock = Mock::start(&["order:4"]);
    let input: String = (0..300).map(|i| format!("k{}:{i}\n", i % 3)).collect();
    // `-p -1` is kcat's way of saying librdkafka's partitioner, as no -p.
    let out = produce(
        &mock.bootstrap,
        "order",
        &["-K:", "--report", "none", "-p", "-1"],
        input.as_bytes(),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let msgs = read_topic(&mock.bootstrap, "order", &[]);
    let mut per_key: BTreeMap<Vec<u8>, (BTreeSet<i32>, Vec<i64>)> = BTreeMap::new();
    for m in &msgs {
        let e = per_key.entry(m.key.clone().unwrap()).or_default();
        e.0.insert(m.partition);
        e.1.push(
            String::from_utf8_lossy(m.value.as_ref().unwrap())
                .parse()
                .unwrap(),
        );
    }
    assert_eq!(per_key.len(), 3);
    for (_, (parts, values)) in per_key {
        assert_eq!(parts.len(), 1, "one key, one partition");
        let mut sorted = values.clone();
        sorted.sort();
        assert_eq!(values, sorted, "order within a key is the input order");
        assert_eq!(values.len(), 100);
    }
}

#[test]
fn kcat_json_envelopes_fed_back_reproduce_the_topic() {
    let mock = Mock::start(&["src:3", "dst:3"]);
    let mut input = Vec::new();
    for i in 0..10_000 {
        input.extend_from_slice(format!("key{}\tpayload {i} ünïcode\n", i % 13).as_bytes());
    }
    kcat(
        &[
            "-b",
            &mock.bootstrap,
            "-P",
            "-t",
            "src",
            "-K",
            "\t",
            "-H",
            "origin=kcat",
        ],
        Some(&input),
    );
    let j = kcat(
        &["-b", &mock.bootstrap, "-C", "-t", "src", "-e", "-q", "-J"],
        None,
    );
    let out = produce(
        &mock.bootstrap,
        "dst",
        &["--input", "json", "--report", "none"],
        &j.stdout,
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let src = by_position(read_topic(&mock.bootstrap, "src", &[]));
    let dst = by_position(read_topic(&mock.bootstrap, "dst", &[]));
    assert_eq!(src.len(), 10_000);
    // Same partitions, offsets, keys, values and headers: a faithful copy.
    assert_eq!(src, dst);
}

/// A valid message of control bytes, 900 kB: `consume -J` writes each as
/// `\u0001`, six bytes, and `produce --input json` refused the line as
/// longer than it would hold.
#[test]
fn a_json_copy_of_control_bytes_near_the_size_limit() {
    let mock = Mock::start(&["ctl:1", "ctl-copy:1"]);
    let value = vec![1u8; 900_000];
    let o = produce(&mock.bootstrap, "ctl", &["-q", "--report", "none"], &value);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let j = consume(&["-b", &mock.bootstrap, "-t", "ctl", "-e", "-J", "-q"]);
    assert_eq!(code(&j), 0, "{}", stderr(&j));
    assert!(j.stdout.len() > 5_000_000, "{}", j.stdout.len());
    let o = produce(
        &mock.bootstrap,
        "ctl-copy",
        &["--input", "json", "-q", "--report", "none"],
        &j.stdout,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let copy = read_topic(&mock.bootstrap, "ctl-copy", &[]);
    assert_eq!(copy.len(), 1);
    assert_eq!(copy[0].value.as_deref(), Some(&value[..]));
}

#[test]
fn json_input_with_encodings_nulls_and_header_forms() {
    let mock = Mock::start(&["js:1"]);
    let input = concat!(
        r#"{"key":"a","value":"plain"}"#,
        "\n",
        r#"{"key":"AAEC","key_encoding":"base64","payload":"ff00","payload_encoding":"hex"}"#,
        "\n",
        "\n",
        r#"{"key":null,"payload":null,"headers":{"h":"x"}}"#,
        "\n",
        r#"{"key":"o","payload":{"nested":[1,2]},"headers":[["p","q"]]}"#,
        "\n",
    );
    let out = produce(
        &mock.bootstrap,
        "js",
        &["--input", "json", "--report", "none"],
        input.as_bytes(),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let m = read_topic(&mock.bootstrap, "js", &[]);
    assert_eq!(m.len(), 4);
    assert_eq!(
        (m[0].key.as_deref(), m[0].value.as_deref()),
        (Some(&b"a"[..]), Some(&b"plain"[..]))
    );
    assert_eq!(m[1].key.as_deref(), Some(&[0u8, 1, 2][..]));
    assert_eq!(m[1].value.as_deref(), Some(&[0xffu8, 0][..]));
    assert_eq!((m[2].key.as_ref(), m[2].value.as_ref()), (None, None));
    assert_eq!(m[2].headers, vec![("h".to_string(), Some(b"x".to_vec()))]);
    assert_eq!(m[3].value.as_deref(), Some(&br#"{"nested":[1,2]}"#[..]));
    assert_eq!(m[3].headers, vec![("p".to_string(), Some(b"q".to_vec()))]);
}

#[test]
fn bad_json_line_stops_with_its_line_number_and_keeps_what_came_before() {
    let mock = Mock::start(&["bj:1"]);
    let input = "{\"payload\":\"one\"}\n{\"payload\":\"two\"}\n{\"payload\": oops}\n{\"payload\":\"four\"}\n";
    let out = produce(
        &mock.bootstrap,
        "bj",
        &["--input", "json", "--report", "none"],
        input.as_bytes(),
    );
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    let last = err.lines().last().unwrap();
    assert!(
        last.starts_with("klar: error: line 3 of stdin: invalid JSON"),
        "{err}"
    );
    assert_eq!(summary(&err).delivered, 2);
    let m = read_topic(&mock.bootstrap, "bj", &[]);
    let vals: Vec<_> = m.iter().map(|m| m.value.clone().unwrap()).collect();
    assert_eq!(vals, vec![b"one".to_vec(), b"two".to_vec()]);
}

#[test]
fn one_mebibyte_random_binary_file_arrives_intact() {
    let mock = Mock::start(&["bin:1"]);
    let dir = tempfile::tempdir().unwrap();
    let (path, data) = random_file(dir.path(), 1 << 20, 1);
    let out = produce(
        &mock.bootstrap,
        "bin",
        &["-X", "message.max.bytes=2000000", path.to_str().unwrap()],
        b"",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out), "bin [0] @ 0 ts=1234 (log_append)\n");
    let k = kcat(
        &[
            "-b",
            &mock.bootstrap,
            "-C",
            "-t",
            "bin",
            "-c",
            "1",
            "-e",
            "-q",
            "-D",
            "",
            "-f",
            "%s",
            "-X",
            "fetch.message.max.bytes=4000000",
        ],
        None,
    );
    assert_eq!(k.stdout.len(), data.len());
    assert!(k.stdout == data, "the bytes differ");
}

#[test]
fn message_over_message_max_bytes_fails_with_code_and_hint() {
    let mock = Mock::start(&["big:1"]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.bin");
    std::fs::write(&path, vec![b'x'; 1_100_000]).unwrap();
    let out = klar()
        .args(["produce", "-b", &mock.bootstrap, "-t", "big"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    let line = stdout(&out);
    assert!(
        line.starts_with("big [-1] message #1 failed: MSG_SIZE_TOO_LARGE: Broker: Message size too large (see message.max.bytes"),
        "{line}"
    );
    assert!(
        stderr(&out).ends_with(
            "klar: error: 1 of 1 message(s) not delivered (1 failed, 0 not delivered)\n"
        ),
        "{}",
        stderr(&out)
    );
}

/// `-X test.mock.num.brokers=N`, librdkafka's hidden property, as kcat
/// users know it: the client makes its own mock cluster, so no -b is needed.
#[test]
fn the_clients_own_mock_cluster_needs_no_brokers() {
    let out = klar_with_input(
        &[
            "produce",
            "-t",
            "own",
            "-p",
            "2",
            "-X",
            "test.mock.num.brokers=1",
        ],
        b"a\nb\nc\n",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let reports = stdout(&out);
    let offsets: Vec<&str> = reports
        .lines()
        .map(|l| l.strip_prefix("own [2] @ ").unwrap_or(l))
        .map(|l| l.split(' ').next().unwrap())
        .collect();
    assert_eq!(offsets, ["0", "1", "2"], "{reports}");
    let s = summary(&stderr(&out));
    assert_eq!(
        (s.read, s.delivered, s.failed),
        (3, 3, 0),
        "{}",
        stderr(&out)
    );
}

/// `-v` tells how many messages librdkafka held at once (the memory a run
/// needs) and how often its queue was full (the input outran the brokers).
#[test]
fn verbose_summary_shows_the_most_messages_held_and_full_queues() {
    let mock = Mock::start(&["held:4"]);
    let run = |args: &[&str], n: usize| {
        let input: String = (0..n).map(|i| format!("m{i}\n")).collect();
        let out = produce(&mock.bootstrap, "held", args, input.as_bytes());
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert_eq!(summary(&stderr(&out)).delivered, n as u64);
        stderr(&out)
            .lines()
            .find(|l| l.starts_with("klar: info: at most "))
            .map(String::from)
    };
    // Ten records go over in one call, before any report can be read.
    assert_eq!(
        run(&["-v"], 10).as_deref(),
        Some(
            "klar: info: at most 10 message(s) were in librdkafka at once, waiting for their \
             delivery report; its queue (queue.buffering.max.messages=100000, \
             queue.buffering.max.kbytes=1048576) was full 0 time(s)"
        )
    );
    // A queue of 20 takes 20 of the first run of records and refuses the
    // rest until reports free room.
    let line = run(&["-v", "-X", "queue.buffering.max.messages=20"], 1000).unwrap();
    let head = "klar: info: at most 20 message(s) were in librdkafka at once, waiting for their \
                delivery report; its queue (queue.buffering.max.messages=20, \
                queue.buffering.max.kbytes=1048576) was full ";
    let full: u64 = line
        .strip_prefix(head)
        .and_then(|rest| rest.strip_suffix(" time(s)"))
        .unwrap_or_else(|| panic!("{line}"))
        .parse()
        .unwrap();
    assert!(full >= 1, "{line}");
    // Not without -v.
    assert_eq!(run(&[], 10), None);
}

#[test]
fn delivery_report_offsets_equal_what_consumers_read() {
    let mock = Mock::start(&["dr:3"]);
    let input: String = (0..500).map(|i| format!("k{i}:v{i}\n")).collect();
    let out = produce(
        &mock.bootstrap,
        "dr",
        &["-K:", "--report", "json"],
        input.as_bytes(),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let mut reported = BTreeMap::new();
    for line in stdout(&out).lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["status"], "delivered");
        assert_eq!(v["topic"], "dr");
        assert_eq!(v["broker"], 1);
        assert!(v["latency_us"].as_i64().unwrap() >= 0);
        let key = v["key"].as_str().unwrap().to_string();
        let seq = v["seq"].as_u64().unwrap();
        assert_eq!(key, format!("k{}", seq - 1), "seq is the input position");
        reported.insert(
            key,
            (
                v["partition"].as_i64().unwrap() as i32,
                v["offset"].as_i64().unwrap(),
            ),
        );
    }
    assert_eq!(reported.len(), 500);
    let read: BTreeMap<String, (i32, i64)> = read_topic(&mock.bootstrap, "dr", &[])
        .into_iter()
        .map(|m| {
            (
                String::from_utf8(m.key.unwrap()).unwrap(),
                (m.partition, m.offset),
            )
        })
        .collect();
    assert_eq!(reported, read);
}

#[test]
fn text_input_options_delimiters_fixed_key_partition_count_tombstones() {
    let mock = Mock::start(&["opts:3"]);
    // Multi-byte delimiter, -k fixed key, -p, -c stops early, -Z empty -> null.
    let out = produce(
        &mock.bootstrap,
        "opts",
        &[
            "-D", "||", "-k", "K", "-p", "2", "-c", "3", "-Z", "--report", "none",
        ],
        b"a||||c||d||e",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let m = read_topic(&mock.bootstrap, "opts", &[]);
    let vals: Vec<_> = m
        .iter()
        .map(|m| (m.partition, m.key.clone(), m.value.clone()))
        .collect();
    assert_eq!(
        vals,
        vec![
            (2, Some(b"K".to_vec()), Some(b"a".to_vec())),
            (2, Some(b"K".to_vec()), None),
            (2, Some(b"K".to_vec()), Some(b"c".to_vec())),
        ]
    );
    // -k with -K, as kcat takes them: the fixed key for a line without the
    // key delimiter.
    let mock = Mock::start(&["kk:1"]);
    let out = produce(
        &mock.bootstrap,
        "kk",
        &["-k", "FIX", "-K", ":", "--report", "none"],
        b"a:1\nnodelim\n",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let kv: Vec<_> = read_topic(&mock.bootstrap, "kk", &[])
        .into_iter()
        .map(|m| (m.key, m.value))
        .collect();
    assert_eq!(
        kv,
        [
            (Some(b"a".to_vec()), Some(b"1".to_vec())),
            (Some(b"FIX".to_vec()), Some(b"nodelim".to_vec()))
        ]
    );
}

#[test]
fn line_file_and_tee() {
    let mock = Mock::start(&["lf:1"]);
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("in.txt");
    // The last line has no newline: it is a record all the same.
    std::fs::write(&f, "x\ty\nz\tw").unwrap();
    let out = klar()
        .args(["produce", "-b", &mock.bootstrap, "-t", "lf", "-l"])
        .arg(&f)
        .args(["-T", "-K", "\\t"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "y\nw\n",
        "-T echoes the values and turns the report off"
    );
    let m = read_topic(&mock.bootstrap, "lf", &[]);
    assert_eq!(m.len(), 2);
    assert_eq!(m[1].key.as_deref(), Some(&b"z"[..]));
    assert_eq!(m[1].value.as_deref(), Some(&b"w"[..]));
}

/// A named pipe, given with -l or as a file, is opened once: opened to
/// check it and closed again, it let its writer write to no reader, and
/// what it wrote was lost (or the writer died of SIGPIPE) with klar exiting 0.
/// A signal ends a run whose pipe has a writer that writes nothing.
#[test]
fn a_named_pipe_is_read_whole_and_a_signal_still_ends_the_wait() {
    let mock = Mock::start(&["np:1"]);
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("in.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let writer = |data: &'static [u8], hold: Duration| {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            // Blocks until klar opens the pipe for reading.
            let mut f = std::fs::OpenOptions::new().write(true).open(&fifo).unwrap();
            let written = f.write_all(data);
            std::thread::sleep(hold);
            written
        })
    };
    for (flag, data) in [("-l", &b"1\n2\n3\n"[..]), ("", &b"whole\n"[..])] {
        let w = writer(data, Duration::ZERO);
        let mut cmd = klar();
        cmd.args([
            "produce",
            "-b",
            &mock.bootstrap,
            "-t",
            "np",
            "--report",
            "none",
        ]);
        if !flag.is_empty() {
            cmd.arg(flag);
        }
        let child = cmd
            .arg(&fifo)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let o = wait_with_timeout(child, Duration::from_secs(20));
        assert_eq!(code(&o), 0, "{flag}: {}", stderr(&o));
        w.join()
            .unwrap()
            .expect("the writer's data went to a reader");
    }
    let values: Vec<Vec<u8>> = read_topic(&mock.bootstrap, "np", &[])
        .into_iter()
        .map(|m| m.value.unwrap_or_default())
        .collect();
    assert_eq!(values, [&b"1"[..], b"2", b"3", b"whole\n"]);

    // A writer that holds the pipe open and writes nothing: SIGINT ends
    // the wait at once, with nothing read.
    let w = writer(b"", Duration::from_secs(3));
    let child = klar()
        .args(["produce", "-b", &mock.bootstrap, "-t", "np", "-l"])
        .arg(&fifo)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let sent = Instant::now();
    signal(&child, libc::SIGINT);
    let o = wait_with_timeout(child, Duration::from_secs(20));
    assert!(
        sent.elapsed() < Duration::from_secs(5),
        "{:?}",
        sent.elapsed()
    );
    assert_eq!(summary(&stderr(&o)).read, 0, "{}", stderr(&o));
    w.join().unwrap().unwrap();
}

#[test]
fn transaction_is_committed_at_eof() {
    let mock = Mock::start(&["tx:2"]);
    let input: String = (0..50).map(|i| format!("{i}\n")).collect();
    let out = produce(
        &mock.bootstrap,
        "tx",
        &["-X", "transactional.id=klar-tx-1", "--report", "none"],
        input.as_bytes(),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("; transaction committed"),
        "{}",
        stderr(&out)
    );
    let committed = read_topic(
        &mock.bootstrap,
        "tx",
        &[("isolation.level", "read_committed")],
    );
    assert_eq!(committed.len(), 50);
}

/// librdkafka's mock cluster accepts EndTxn but writes no abort markers and its
/// Fetch never lists aborted transactions, so a read_committed reader there
/// still sees aborted messages; tansu 0.6 has no EndTxn at all. So this test
/// asserts what klar does (abort, say so, exit 1) and librdkafka's own
/// transaction state log, not the broker-side filtering.
#[test]
fn transaction_is_aborted_on_sigint() {
    let mock = Mock::start(&["txa:1"]);
    let mut child = spawn_produce(&[
        "-b",
        &mock.bootstrap,
        "-t",
        "txa",
        "-X",
        "transactional.id=t-abort",
        "--debug",
        "eos",
    ]);
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"a1\na2\na3\n").unwrap();
    stdin.flush().unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    signal(&child, libc::SIGINT);
    let out = wait_with_timeout(child, Duration::from_secs(30));
    drop(stdin);
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    assert!(
        err.contains("; transaction aborted; stopped by signal"),
        "{err}"
    );
    assert!(
        err.contains("-> AbortingTransaction"),
        "librdkafka did not abort:\n{err}"
    );
    assert!(!err.contains("-> CommittingTransaction"), "{err}");
    assert!(err.ends_with("klar: error: transaction aborted\n"), "{err}");
    assert_eq!(summary(&err).delivered, 3);
}

/// Produce reads on the thread that serves delivery reports, waiting on
/// both: a line on a stdin left open is delivered and its report written
/// (through a pipe, too) while klar waits for more, not at EOF.
#[test]
fn a_line_on_an_idle_stdin_is_reported_before_eof() {
    let mock = Mock::start(&["idle:1"]);
    let mut child = spawn_produce(&["-b", &mock.bootstrap, "-t", "idle"]);
    let mut stdin = child.stdin.take().unwrap();
    let out = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = std::io::BufReader::new(out).lines();
        while let Some(Ok(l)) = lines.next() {
            let _ = tx.send(l);
        }
    });
    for (i, line) in ["first", "second"].iter().enumerate() {
        stdin.write_all(format!("{line}\n").as_bytes()).unwrap();
        stdin.flush().unwrap();
        let report = rx
            .recv_timeout(Duration::from_secs(10))
            .expect("a report while stdin is open");
        // The mock stamps every message with log-append time 1234.
        assert_eq!(report, format!("idle [0] @ {i} ts=1234 (log_append)"));
    }
    drop(stdin);
    let done = wait_with_timeout(child, Duration::from_secs(30));
    assert_eq!(code(&done), 0, "{}", stderr(&done));
    let s = summary(&stderr(&done));
    assert_eq!((s.read, s.delivered), (2, 2));
}

/// A signal while stdin is open and nothing has come yet ends the run at
/// once: the wait for input is one that a signal interrupts.
#[test]
fn a_signal_before_any_input_ends_the_run_at_once() {
    let mock = Mock::start(&["quiet:1"]);
    for sig in [libc::SIGTERM, libc::SIGINT] {
        let mut child = spawn_produce(&["-b", &mock.bootstrap, "-t", "quiet"]);
        let stdin = child.stdin.take().unwrap();
        std::thread::sleep(Duration::from_millis(1500));
        let start = std::time::Instant::now();
        signal(&child, sig);
        let out = wait_with_timeout(child, Duration::from_secs(30));
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{sig}: {:?}",
            start.elapsed()
        );
        drop(stdin);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert_eq!(stdout(&out), "");
        let err = stderr(&out);
        assert!(
            err.starts_with("klar: 0 read, 0 delivered, 0 failed, 0 not delivered to quiet in ")
                && err.ends_with("; stopped by signal\n"),
            "{err}"
        );
    }
}

/// Reads run ahead of librdkafka's queue: with a queue of 1,000 messages
/// and a slow broker, thousands of lines are read and not yet handed over
/// when a signal comes. The first signal still sends them all; a second
/// leaves the rest unsent, and each of those gets its report too.
#[test]
fn what_was_read_is_sent_after_one_signal_and_reported_after_two() {
    let mock = Mock::with_args(&["--topic", "rd1:1", "--topic", "rd2:1", "--rtt", "1=200ms"]);
    let dir = tempfile::tempdir().unwrap();
    let run = |topic: &str, signals: usize| {
        // Reports to a file: a pipe the test read only at the end would
        // hold klar in a write.
        let reports = dir.path().join(topic);
        let mut child = klar()
            .args(["produce", "-b", &mock.bootstrap, "-t", topic])
            .args([
                "-X",
                "queue.buffering.max.messages=1000",
                "--report",
                "json",
            ])
            .stdin(Stdio::piped())
            .stdout(std::fs::File::create(&reports).unwrap())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let input: String = (1..=150_000).map(|i| format!("{i}\n")).collect();
        // Held open after the input, as a producer that is still running.
        let feeder = std::thread::spawn(move || {
            let _ = stdin.write_all(input.as_bytes());
            std::thread::sleep(Duration::from_secs(30));
        });
        std::thread::sleep(Duration::from_secs(2));
        for _ in 0..signals {
            signal(&child, libc::SIGINT);
            std::thread::sleep(Duration::from_millis(300));
        }
        let out = wait_with_timeout(child, Duration::from_secs(60));
        drop(feeder);
        let s = summary(&stderr(&out));
        let statuses: Vec<(u64, String)> = std::fs::read_to_string(&reports)
            .unwrap()
            .lines()
            .map(|l| {
                let v: Value = serde_json::from_str(l).unwrap();
                (
                    v["seq"].as_u64().unwrap(),
                    v["status"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        (out, s, statuses)
    };

    let (out, s, statuses) = run("rd1", 1);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(s.read > 2000 && s.read < 150_000, "{s:?}");
    assert_eq!((s.delivered, s.not_delivered), (s.read, 0), "{s:?}");
    assert_eq!(statuses.len() as u64, s.read);
    assert_eq!(read_topic(&mock.bootstrap, "rd1", &[]).len() as u64, s.read);

    let (out, s, statuses) = run("rd2", 2);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(s.not_delivered > 0, "{s:?}");
    assert_eq!(s.delivered + s.not_delivered, s.read, "{s:?}");
    let mut seqs: Vec<u64> = statuses.iter().map(|(q, _)| *q).collect();
    seqs.sort_unstable();
    assert_eq!(
        seqs,
        (1..=s.read).collect::<Vec<_>>(),
        "one report per message read"
    );
    let unsent = statuses
        .iter()
        .filter(|(_, st)| st == "not_delivered")
        .count();
    assert_eq!(unsent as u64, s.not_delivered);
    assert!(
        stderr(&out).ends_with("not delivered; cut short by a second signal)\n"),
        "{}",
        stderr(&out)
    );
}

const SIGNAL_MESSAGES: usize = 500_000;

/// A signal `after` into producing 500,000 messages fed over five seconds
/// or more: every message read is reported once, delivered + failed + not
/// delivered adds up to read, the delivered ones are exactly those in the
/// topic, and the exit status says whether any were not delivered.
fn interrupt_mid_produce(mock: &Mock, topic: &str, sig: i32, after: Duration) {
    let mut child = spawn_produce(&[
        "-b",
        &mock.bootstrap,
        "-t",
        topic,
        "-K:",
        "--report",
        "json",
    ]);
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        for chunk in 0..SIGNAL_MESSAGES / 1000 {
            let mut buf = String::new();
            for i in chunk * 1000..(chunk + 1) * 1000 {
                buf.push_str(&format!("{i}:value-{i}\n"));
            }
            if stdin.write_all(buf.as_bytes()).is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    });
    std::thread::sleep(after);
    signal(&child, sig);
    let out = wait_with_timeout(child, Duration::from_secs(120));
    feeder.join().unwrap();
    let err = stderr(&out);
    let s = summary(&err);
    assert!(err.contains("stopped by signal"), "{err}");
    assert!(s.read > 0 && s.read < SIGNAL_MESSAGES as u64, "{s:?}");
    assert_eq!(s.delivered + s.failed + s.not_delivered, s.read, "{err}");
    let expected_code = if s.failed + s.not_delivered == 0 {
        0
    } else {
        1
    };
    assert_eq!(code(&out), expected_code, "{err}");
    let mut reported_delivered = BTreeSet::new();
    let mut reports = 0;
    for line in stdout(&out).lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        reports += 1;
        if v["status"] == "delivered" {
            reported_delivered.insert(v["key"].as_str().unwrap().to_string());
        }
    }
    assert_eq!(reports, s.read, "one report per message read");
    let read: BTreeSet<String> = read_topic(&mock.bootstrap, topic, &[])
        .into_iter()
        .map(|m| String::from_utf8(m.key.unwrap()).unwrap())
        .collect();
    assert_eq!(read.len() as u64, s.delivered);
    assert!(reported_delivered.is_subset(&read));
    assert_eq!(reported_delivered.len() as u64, s.delivered);
    eprintln!("signal {sig} after {after:?}: {s:?}");
}

fn interrupt_at_one_two_three_seconds(sig: i32) {
    let mock = Mock::start(&["sig1:8", "sig2:8", "sig3:8"]);
    for secs in 1..=3 {
        interrupt_mid_produce(&mock, &format!("sig{secs}"), sig, Duration::from_secs(secs));
    }
}

#[test]
fn sigint_mid_produce_loses_nothing_silently() {
    interrupt_at_one_two_three_seconds(libc::SIGINT);
}

#[test]
fn sigterm_mid_produce_loses_nothing_silently() {
    interrupt_at_one_two_three_seconds(libc::SIGTERM);
}

#[test]
fn rate_limits_messages_per_second() {
    let mock = Mock::start(&["rate:1"]);
    let start = std::time::Instant::now();
    let out = produce(
        &mock.bootstrap,
        "rate",
        &["--rate", "20", "--report", "none"],
        "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n".as_bytes(),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // 11 messages at 20/s cannot take less than half a second.
    assert!(start.elapsed() >= Duration::from_millis(500));
    assert_eq!(read_topic(&mock.bootstrap, "rate", &[]).len(), 11);
}

#[test]
fn progress_bar_only_on_a_terminal() {
    let mock = Mock::start(&["pb:2"]);
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("in.txt");
    let input: String = (0..50_000).map(|i| format!("{i}\n")).collect();
    std::fs::write(&f, &input).unwrap();
    // util-linux `script` gives klar a pseudo-terminal as stderr.
    let cmd = format!(
        "{KLAR} produce -b {} -t pb -l {} --report none",
        mock.bootstrap,
        f.display()
    );
    let screen = on_terminal(&cmd);
    assert!(
        screen.contains("/282.12 KiB"),
        "no progress bar on a terminal:\n{screen}"
    );
    // Not over reports printed on the same terminal, not with --rate, and
    // not while the input is typed on it.
    for extra in ["--report text", "--report none --rate 100000"] {
        let cmd = format!(
            "{KLAR} produce -b {} -t pb -l {} {extra}",
            mock.bootstrap,
            f.display()
        );
        let screen = on_terminal(&cmd);
        assert!(!screen.contains("KiB"), "{extra}:\n{screen}");
    }
    let typed = on_terminal(&format!(
        "printf 'a\\n' | script -qec '{KLAR} produce -b {} -t pb --report none' /dev/null",
        mock.bootstrap
    ));
    assert!(!typed.contains("B read"), "{typed}");
    // On a pipe: the summary line and nothing else.
    let piped = klar()
        .args(["produce", "-b", &mock.bootstrap, "-t", "pb", "-l"])
        .arg(&f)
        .args(["--report", "none"])
        .output()
        .unwrap();
    assert_eq!(code(&piped), 0);
    let err = stderr(&piped);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("klar: 50000 read, 50000 delivered"),
        "{err}"
    );
}

#[test]
fn dedicated_flags_reach_librdkafka() {
    let mock = Mock::start(&["fl:1", "fl0:1"]);
    // acks=0: the broker sends no reply, so librdkafka cannot know the offset.
    let out = produce(
        &mock.bootstrap,
        "fl",
        &["--acks", "0", "-z", "zstd", "--report", "json"],
        b"a\n",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["status"], "delivered");
    // librdkafka's report says -1001: klar says there is no offset.
    assert_eq!(v["offset"], Value::Null, "{v}");
    let out = produce(&mock.bootstrap, "fl0", &["--acks", "0"], b"a\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("fl0 [0] @ - ts="),
        "{}",
        stdout(&out)
    );
    let out = produce(
        &mock.bootstrap,
        "fl",
        &[
            "--acks",
            "all",
            "--idempotence",
            "-z",
            "lz4",
            "--report",
            "json",
        ],
        b"b\n",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["offset"], 1);
    let m = read_topic(&mock.bootstrap, "fl", &[]);
    assert_eq!(m.len(), 2);
}

#[test]
fn messages_left_at_flush_timeout_are_reported_not_delivered() {
    let mut mock = Mock::start(&["gone:1"]);
    let mut child = spawn_produce(&[
        "-b",
        &mock.bootstrap,
        "-t",
        "gone",
        "--report",
        "json",
        "--flush-timeout",
        "2s",
    ]);
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"before\n").unwrap();
    stdin.flush().unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    // The cluster dies; what is read from now on cannot be delivered.
    mock.kill();
    stdin.write_all(b"after-1\nafter-2\n").unwrap();
    drop(stdin);
    let out = wait_with_timeout(child, Duration::from_secs(30));
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    assert_eq!(
        summary(&err),
        Summary {
            read: 3,
            delivered: 1,
            failed: 0,
            not_delivered: 2
        },
        "{err}"
    );
    assert!(
        err.ends_with("klar: error: 2 of 3 message(s) not delivered (0 failed, 2 not delivered)\n"),
        "{err}"
    );
    let reports: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(reports.len(), 3);
    assert_eq!(reports[0]["status"], "delivered");
    for r in &reports[1..] {
        assert_eq!(r["status"], "not_delivered", "{r}");
        let code = r["error"]["code"].as_str().unwrap();
        assert!(code == "_PURGE_QUEUE" || code == "_PURGE_INFLIGHT", "{r}");
    }
}

#[test]
fn queue_full_is_back_pressure_not_failure() {
    let mock = Mock::start(&["bp:2"]);
    let input: String = (0..5000).map(|i| format!("{i}\n")).collect();
    // A queue of 10 messages: librdkafka answers QUEUE_FULL constantly, in
    // the middle of every run of records klar hands over at once. One
    // partition, so the order read back is the order sent.
    let out = produce(
        &mock.bootstrap,
        "bp",
        &["-X", "queue.buffering.max.messages=10", "-p", "1"],
        input.as_bytes(),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(summary(&stderr(&out)).delivered, 5000);
    let offsets: Vec<String> = (0..5000).map(|i| format!("bp [1] @ {i}")).collect();
    let reported: Vec<String> = stdout(&out)
        .lines()
        .map(|l| l.split(" ts=").next().unwrap().to_string())
        .collect();
    assert_eq!(reported, offsets);
    let values: Vec<String> = read_topic(&mock.bootstrap, "bp", &[])
        .iter()
        .map(|m| String::from_utf8(m.value.clone().unwrap()).unwrap())
        .collect();
    let sent: Vec<String> = (0..5000).map(|i| i.to_string()).collect();
    assert_eq!(values, sent);
}

/// Produces three records of which one is refused: exit 1, three reports.
fn one_of_three_fails(
    mock: &Mock,
    topic: &str,
    args: &[&str],
    input: &str,
) -> (std::process::Output, String) {
    let out = produce(&mock.bootstrap, topic, args, input.as_bytes());
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 3, "{text}");
    (out, text)
}

#[test]
fn a_record_refused_mid_run_fails_alone() {
    let mock = Mock::start(&["mid:1"]);
    // Within message.max.bytes as the reader counts it, but not once
    // librdkafka adds the record's framing: refused by librdkafka itself,
    // between two records of the same run that go through.
    let big = "x".repeat(995);
    let input = format!("a\n{big}\nc\n");
    let (out, text) = one_of_three_fails(&mock, "mid", &["-X", "message.max.bytes=1000"], &input);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines.contains(&"mid [-1] message #2 failed: MSG_SIZE_TOO_LARGE: Broker: Message size too large (see message.max.bytes on the client and max.message.bytes on the topic)"),
        "{text}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("mid [0] @ 0 ")),
        "{text}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("mid [0] @ 1 ")),
        "{text}"
    );
    let values: Vec<Option<Vec<u8>>> = read_topic(&mock.bootstrap, "mid", &[])
        .into_iter()
        .map(|m| m.value)
        .collect();
    assert_eq!(values, vec![Some(b"a".to_vec()), Some(b"c".to_vec())]);
    assert!(
        stderr(&out).ends_with(
            "klar: error: 1 of 3 message(s) not delivered (1 failed, 0 not delivered)\n"
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_json_record_for_a_missing_partition_fails_alone_and_leaves_nothing_behind() {
    let mock = Mock::start(&["jp:2"]);
    let input = concat!(
        "{\"payload\":\"a\"}\n",
        "{\"payload\":\"b\",\"partition\":7}\n",
        "{\"payload\":\"c\",\"partition\":1}\n",
    );
    let (out, text) = one_of_three_fails(&mock, "jp", &["--input", "json"], input);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "jp [7] message #2 failed: _UNKNOWN_PARTITION: Local: Unknown partition (see the partition number (-p, or an --input json line's partition))"
    );
    assert!(lines.iter().any(|l| l.starts_with("jp [1] @ ")), "{text}");
    // A message librdkafka lost track of would hold up the producer's
    // teardown with a flush warning.
    let err = stderr(&out);
    let err_lines: Vec<&str> = err.lines().collect();
    assert_eq!(err_lines.len(), 2, "{err}");
    assert!(
        err_lines[0].starts_with("klar: 3 read, 2 delivered, 1 failed, 0 not delivered to jp in ")
    );
    assert_eq!(
        err_lines[1],
        "klar: error: 1 of 3 message(s) not delivered (1 failed, 0 not delivered)"
    );
    let values: Vec<Vec<u8>> = read_topic(&mock.bootstrap, "jp", &[])
        .into_iter()
        .filter_map(|m| m.value)
        .collect();
    assert_eq!(values.len(), 2);
    assert!(values.contains(&b"a".to_vec()) && values.contains(&b"c".to_vec()));
}

/// The JSON summary, printed even with -q: each fate counted, the
/// transaction's outcome, and whether a signal ended the run.
#[test]
fn json_summary_counts_every_fate() {
    let mock = Mock::start(&["sum:1"]);
    // The summary object of a run's stderr, checked against the counts
    // (read, delivered, failed, bytes delivered), the transaction and the
    // signal flag; `seconds` only for its presence.
    let check = |err: &str, counts: [u64; 4], txn: Value, signal: bool| {
        let line = err
            .lines()
            .find(|l| l.starts_with('{'))
            .unwrap_or_else(|| panic!("no JSON summary in {err:?}"));
        let mut v: Value = serde_json::from_str(line).unwrap();
        assert!(v["seconds"].as_f64().unwrap() >= 0.0, "{line}");
        v.as_object_mut().unwrap().remove("seconds");
        let [read, delivered, failed, bytes] = counts;
        let want = serde_json::json!({"topic": "sum", "read": read, "delivered": delivered,
            "failed": failed, "not_delivered": 0, "possibly_persisted": 0, "bytes_delivered": bytes,
            "transaction": txn, "stopped_by_signal": signal});
        assert_eq!(v, want, "{err}");
    };
    let run = |args: &[&str], input: &[u8]| {
        let mut all = vec!["-q", "produce", "-b", &mock.bootstrap, "-t", "sum"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--summary", "json", "--report", "none"]);
        klar_with_input(&all, input)
    };

    let input = format!("ab\n{}\nc\n", "x".repeat(995));
    let out = run(&["-X", "message.max.bytes=1000"], input.as_bytes());
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let err = stderr(&out);
    check(&err, [3, 2, 1, 3], Value::Null, false);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(
        err.ends_with("klar: error: 1 of 3 message(s) not delivered (1 failed, 0 not delivered)\n"),
        "{err}"
    );

    let out = run(&["-X", "transactional.id=sum-1"], b"1\n2\n");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    check(&stderr(&out), [2, 2, 0, 2], "committed".into(), false);

    let mut child = spawn_produce(&["-b", &mock.bootstrap, "-t", "sum", "--summary", "json"]);
    let stdin = child.stdin.take().unwrap();
    std::thread::sleep(Duration::from_millis(1000));
    signal(&child, libc::SIGTERM);
    let out = wait_with_timeout(child, Duration::from_secs(30));
    drop(stdin);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let err = stderr(&out);
    check(&err, [0, 0, 0, 0], Value::Null, true);
    // The JSON object stands in for the text line.
    assert!(!err.contains(" read, "), "{err}");

    // A run that never read anything has nothing to sum up.
    let out = klar_with_input(
        &[
            "produce",
            "-b",
            "127.0.0.1:1",
            "-t",
            "sum",
            "--timeout",
            "2s",
            "--summary",
            "json",
        ],
        b"1\n",
    );
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("klar: error: no answer from the cluster"),
        "{err}"
    );
}

/// Delivery reports into a stdout nobody reads: the producing thread waits
/// in a write that no signal interrupts. The first signal cannot end that
/// wait; the second ends the run at once, status 1, with one line.
#[test]
fn a_second_signal_ends_a_run_whose_stdout_is_not_read() {
    let mock = Mock::start(&["unread:4"]);
    let input: String = (0..100_000).map(|i| format!("{i}\n")).collect();
    let mut child = klar()
        .args(["produce", "-b", &mock.bootstrap, "-t", "unread"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    // 100,000 delivery reports, some 4 MB, against a 64 KiB pipe.
    let out = two_signals_with_stdout_unread(child);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(
        stderr(&out).lines().last().unwrap(),
        "klar: error: stopped by a second signal while stdout was not taking klar's output: \
         exiting without it and without the summary; messages not reported may or may not have \
         been delivered"
    );
    let _ = feeder.join();
}
