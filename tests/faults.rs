//! Broker faults, injected with `klar mock --inject` and its control lines
//! on stdin: failing requests, a broker that goes away and comes back, and
//! clusters that cannot be reached at all. Each test asserts what reached the
//! topic, read back by a plain librdkafka consumer.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::time::{Duration, Instant};

use common::*;
use serde_json::Value;

const MESSAGES: usize = 100_000;
const KEYS: usize = 50;

/// One Produce request in ten answered with a retriable error, for far more
/// requests than the run makes. Only errors the broker answers with: a
/// dropped connection (_TRANSPORT) would spend the run in reconnect backoff.
fn one_in_ten_produce_errors() -> String {
    let errors = [
        "NOT_LEADER_OR_FOLLOWER",
        "REQUEST_TIMED_OUT",
        "NOT_ENOUGH_REPLICAS",
        "LEADER_NOT_AVAILABLE",
    ];
    let list: Vec<String> = (0..1000)
        .map(|i| format!("NO_ERROR*9,{}", errors[i % errors.len()]))
        .collect();
    format!("1:Produce={}", list.join(","))
}

/// `k{i % KEYS}:{i}` for every message: the value is its input position.
fn keyed_input() -> Vec<u8> {
    (0..MESSAGES)
        .map(|i| format!("k{}:{i}\n", i % KEYS))
        .collect::<String>()
        .into_bytes()
}

/// How many Produce responses the mock answered from the queued list,
/// from its closing line.
fn answered(mock_log: &str) -> usize {
    let line = mock_log
        .lines()
        .find(|l| l.contains("queued Produce response(s)"))
        .unwrap_or_else(|| panic!("no injection summary from the mock:\n{mock_log}"));
    line.split("answered ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// Produce the keyed input with `extra` flags while Produce requests fail;
/// returns every value read back per key, in offset order, and how many
/// requests met the injected list.
fn produce_through_errors(extra: &[&str]) -> (BTreeMap<String, Vec<usize>>, usize) {
    let inject = one_in_ten_produce_errors();
    let mock = Mock::with_args(&["--topic", "f:4", "--inject", &inject]);
    let mut args = vec![
        "-K:",
        "--report",
        "none",
        // Small batches, so that 100,000 messages take about a thousand requests.
        "-X",
        "batch.num.messages=100",
    ];
    args.extend_from_slice(extra);
    let out = produce(&mock.bootstrap, "f", &args, &keyed_input());
    let err = stderr(&out);
    assert_eq!(code(&out), 0, "{err}");
    assert_eq!(summary(&err).delivered, MESSAGES as u64, "{err}");
    let mut per_key: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for m in by_position(read_topic(&mock.bootstrap, "f", &[])) {
        per_key
            .entry(String::from_utf8(m.key.unwrap()).unwrap())
            .or_default()
            .push(
                String::from_utf8(m.value.unwrap())
                    .unwrap()
                    .parse()
                    .unwrap(),
            );
    }
    let requests = answered(&mock.stop());
    // Ten requests a failure: fewer than 200 requests would be a test of
    // almost nothing.
    assert!(
        requests >= 200,
        "only {requests} Produce requests met the injected errors"
    );
    (per_key, requests)
}

#[test]
fn idempotent_producer_delivers_each_message_once_in_order_through_failing_requests() {
    let (per_key, requests) = produce_through_errors(&["--idempotence"]);
    eprintln!(
        "{requests} Produce requests, about {} failed",
        requests / 10
    );
    assert_eq!(per_key.len(), KEYS);
    for (key, values) in &per_key {
        let k: usize = key[1..].parse().unwrap();
        let expected: Vec<usize> = (0..MESSAGES).filter(|i| i % KEYS == k).collect();
        assert_eq!(
            values, &expected,
            "{key}: every message once, in input order"
        );
    }
}

#[test]
fn without_idempotence_nothing_is_lost_and_duplicates_are_counted() {
    let (per_key, requests) = produce_through_errors(&[]);
    let all: Vec<usize> = per_key.values().flatten().copied().collect();
    let distinct: BTreeSet<usize> = all.iter().copied().collect();
    assert_eq!(distinct.len(), MESSAGES, "no message lost");
    let reordered = per_key
        .values()
        .filter(|v| v.windows(2).any(|w| w[0] > w[1]))
        .count();
    eprintln!(
        "without idempotence, {requests} Produce requests: {} duplicate(s), {reordered} of {KEYS} keys out of order",
        all.len() - distinct.len()
    );
}

#[test]
fn messages_expire_with_msg_timed_out_while_the_broker_is_down() {
    let mut mock = Mock::with_args(&["--topic", "down:1"]);
    let mut child = spawn_produce(&[
        "-b",
        &mock.bootstrap,
        "-t",
        "down",
        "--report",
        "json",
        "-X",
        "message.timeout.ms=3000",
        // A message for a broker that is down expires at the next reconnect
        // attempt: at most this long after its timeout.
        "-X",
        "reconnect.backoff.max.ms=1000",
    ]);
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"before\n").unwrap();
    stdin.flush().unwrap();
    // Reports are buffered on a pipe: give the first one time to be delivered.
    std::thread::sleep(Duration::from_millis(1500));
    mock.control("down 1");
    stdin.write_all(b"after-1\nafter-2\nafter-3\n").unwrap();
    let start = Instant::now();
    drop(stdin);
    let out = wait_with_timeout(child, Duration::from_secs(60));
    let elapsed = start.elapsed();
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    // message.timeout.ms and one reconnect backoff, plus a generous margin
    // for a loaded machine: never a hang.
    assert!(elapsed < Duration::from_secs(3 + 1 + 8), "took {elapsed:?}");
    let reports: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(reports.len(), 4, "{}", stdout(&out));
    assert_eq!(reports[0]["status"], "delivered");
    for r in &reports[1..] {
        assert_eq!(r["status"], "failed", "{r}");
        assert_eq!(r["error"]["code"], "_MSG_TIMED_OUT", "{r}");
        let hint = r["error"]["hint"].as_str().unwrap();
        assert!(hint.contains("message.timeout.ms"), "{r}");
    }
    assert_eq!(
        summary(&err),
        Summary {
            read: 4,
            delivered: 1,
            failed: 3,
            not_delivered: 0
        },
        "{err}"
    );
    assert!(
        err.ends_with("klar: error: 3 of 4 message(s) not delivered (3 failed, 0 not delivered)\n"),
        "{err}"
    );
    // Each failure to connect is said once, as an error with its code, not
    // also as librdkafka's FAIL log in the same words.
    assert!(err.contains("] _TRANSPORT: "), "{err}");
    assert!(!err.contains(" FAIL] "), "{err}");
}

/// A message sent whose answer never came may be in the log: klar said
/// "not delivered" as for one that never left, and a script that resent
/// those wrote them twice. Each report says what librdkafka knows.
#[test]
fn messages_sent_without_an_answer_may_be_in_the_topic() {
    let mut mock = Mock::with_args(&["--topic", "slow:1"]);
    let mut child = spawn_produce(&[
        "-b",
        &mock.bootstrap,
        "-t",
        "slow",
        "--report",
        "json",
        "--flush-timeout",
        "1s",
    ]);
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"first\n").unwrap();
    stdin.flush().unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    // Answers now come after the flush timeout: the messages are written,
    // and klar stops waiting for them.
    mock.control("rtt 1=3s");
    std::thread::sleep(Duration::from_millis(300));
    stdin.write_all(b"second\nthird\n").unwrap();
    drop(stdin);
    let out = wait_with_timeout(child, Duration::from_secs(60));
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    let reports: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(reports.len(), 3, "{}", stdout(&out));
    assert_eq!(reports[0]["persisted"], "yes", "{}", reports[0]);
    for r in &reports[1..] {
        assert_eq!(r["status"], "not_delivered", "{r}");
        assert_eq!(r["error"]["code"], "_PURGE_INFLIGHT", "{r}");
        assert_eq!(r["persisted"], "possibly", "{r}");
    }
    assert!(
        err.ends_with(
            "klar: error: 2 of 3 message(s) not delivered (0 failed, 2 not delivered); 2 of them \
             may be in the topic all the same (sent, with no answer: report field \
             persisted=possibly), so a resend may write them twice\n"
        ),
        "{err}"
    );
    assert!(
        err.contains("; 2 of the undelivered may be in the topic"),
        "{err}"
    );
    // And they are.
    mock.control("rtt 1=0");
    std::thread::sleep(Duration::from_secs(4));
    let o = consume(&["-b", &mock.bootstrap, "-t", "slow", "-e", "-q"]);
    assert_eq!(stdout(&o), "first\nsecond\nthird\n");
}

/// After a fatal error librdkafka fails every message: klar read its input
/// to the end, reporting each one failed (a `tail -f` never ended). It now
/// stops reading, with one line naming the error.
#[test]
fn a_fatal_producer_error_stops_the_reading() {
    let mock = Mock::with_args(&[
        "--topic",
        "fatal:1",
        "--inject",
        "1:Produce=NO_ERROR*3,OUT_OF_ORDER_SEQUENCE_NUMBER",
    ]);
    let mut child = spawn_produce(&[
        "-b",
        &mock.bootstrap,
        "-t",
        "fatal",
        "--idempotence",
        "--report",
        "none",
    ]);
    let mut stdin = child.stdin.take().unwrap();
    // A stream that does not end: one line every 20 ms, until klar stops
    // taking them.
    let feeder = std::thread::spawn(move || {
        for i in 0..3000 {
            if stdin.write_all(format!("m{i}\n").as_bytes()).is_err() {
                return i;
            }
            let _ = stdin.flush();
            std::thread::sleep(Duration::from_millis(20));
        }
        3000
    });
    let out = wait_with_timeout(child, Duration::from_secs(30));
    let written = feeder.join().unwrap();
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    assert!(written < 1000, "klar read on: {written} lines\n{err}");
    let last = err.lines().last().unwrap();
    assert!(
        last.starts_with(
            "klar: error: the producer hit a fatal error, and klar stopped reading its input \
             after "
        ) && last.contains("OUT_OF_ORDER_SEQUENCE_NUMBER"),
        "{err}"
    );
    let s = summary(&err);
    assert!(s.read < 100 && s.failed >= 1, "{err}");
    assert_eq!(s.read, s.delivered + s.failed + s.not_delivered, "{err}");
}

/// Runs `klar ARGS -b BOOTSTRAP --timeout 3s` and asserts one line naming
/// the brokers and bootstrap.servers, exit 3, within the timeout and a margin.
fn assert_unreachable(bootstrap: &str, args: &[&str]) {
    let mut all = args.to_vec();
    all.extend_from_slice(&["-b", bootstrap, "--timeout", "3s"]);
    let start = Instant::now();
    let out = klar_with_input(&all, b"x\n");
    let elapsed = start.elapsed();
    let err = stderr(&out);
    assert_eq!(code(&out), 3, "{args:?}: {err}");
    assert_eq!(err.lines().count(), 1, "{args:?}: one line:\n{err}");
    assert!(
        err.contains(&format!("bootstrap.servers={bootstrap}")),
        "{args:?}: {err}"
    );
    assert!(err.contains("within 3s"), "{args:?}: {err}");
    assert!(
        elapsed < Duration::from_secs(3 + 7),
        "{args:?} took {elapsed:?}"
    );
}

const CLIENTS: &[&[&str]] = &[
    &["produce", "-t", "t"],
    &["consume", "-t", "t"],
    &["consume", "-G", "g", "t"],
    &["admin", "metadata"],
    &["admin", "topic", "list"],
    &["admin", "group", "list"],
];

#[test]
fn nothing_listening_is_one_line_and_exit_3_within_the_timeout() {
    // A port that was free a moment ago: connections are refused.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let bootstrap = format!("127.0.0.1:{port}");
    for args in CLIENTS {
        assert_unreachable(&bootstrap, args);
    }
}

#[test]
fn a_black_hole_is_one_line_and_exit_3_within_the_timeout() {
    // The kernel completes the handshake into the listener's backlog, and
    // nothing ever reads or answers: a broker that hangs.
    let hole = TcpListener::bind("127.0.0.1:0").unwrap();
    let bootstrap = hole.local_addr().unwrap().to_string();
    for args in CLIENTS {
        assert_unreachable(&bootstrap, args);
    }
    drop(hole);
}

#[test]
fn group_consumer_survives_its_broker_going_down_and_back() {
    let mut mock = Mock::with_args(&["--topic", "gd:3"]);
    let input: String = (0..3000)
        .map(|i| format!("k{i}:{i:08}{}\n", "x".repeat(1016)))
        .collect();
    let o = produce(
        &mock.bootstrap,
        "gd",
        &["-K:", "-q", "--report", "none"],
        input.as_bytes(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let mut child = spawn_consume(&[
        "-b",
        &mock.bootstrap,
        "-G",
        "gdown",
        "gd",
        "-o",
        "beginning",
        "-e",
        "-f",
        "%s\\n",
    ]);
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut lines = Vec::new();
    let mut line = String::new();
    // 1 KiB lines: the pipe holds a few dozen, so most of the topic is
    // still to be fetched and written when the broker goes.
    while lines.len() < 100 {
        line.clear();
        assert!(
            out.read_line(&mut line).unwrap() > 0,
            "consumer ended early"
        );
        lines.push(line.trim_end().to_string());
    }
    mock.control("down 1");
    std::thread::sleep(Duration::from_secs(4));
    mock.control("up 1");
    for l in out.lines() {
        lines.push(l.unwrap());
    }
    let o = wait_with_timeout(child, Duration::from_secs(120));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let seen: BTreeSet<&String> = lines.iter().collect();
    let missing = (0..3000)
        .filter(|i| !seen.contains(&format!("{i:08}{}", "x".repeat(1016))))
        .count();
    assert_eq!(missing, 0, "no message lost: {}", stderr(&o));
    eprintln!(
        "{} line(s) written for 3000 messages ({} again after the outage)",
        lines.len(),
        lines.len() - seen.len()
    );
}

/// `-e` ends at the end-of-partition event, which comes with the fetch
/// after the last messages: a broker that goes down in between never sends
/// it, and the run waited for good. The high watermark of the last answer
/// says the partition was read to its end.
#[test]
fn e_ends_at_the_high_watermark_when_the_end_never_comes() {
    let mut mock = Mock::with_args(&["--topic", "hw:1"]);
    load(&mock.bootstrap, "hw", b"1\n2\n3\n");
    // Each answer 500 ms late: the broker goes down while the fetch that
    // would bring the end is on its way.
    mock.control("rtt 1=500ms");
    let mut child = spawn_consume(&["-b", &mock.bootstrap, "-t", "hw", "-e", "-u"]);
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut lines = String::new();
    for _ in 0..3 {
        out.read_line(&mut lines).unwrap();
    }
    mock.control("down 1");
    let start = Instant::now();
    let o = wait_with_timeout(child, Duration::from_secs(30));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(lines, "1\n2\n3\n");
    // Two seconds without the event, and the close with the broker gone.
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "{:?}",
        start.elapsed()
    );
}

/// `klar admin metadata -t TOPIC -o json`.
fn metadata(bootstrap: &str, topic: &str) -> Value {
    let o = klar()
        .args([
            "admin", "-b", bootstrap, "metadata", "-t", topic, "-o", "json",
        ])
        .output()
        .unwrap();
    serde_json::from_str(&stdout(&o)).unwrap()
}

/// With `-e`, a partition whose leader stays down never ends: after
/// --timeout without a message or an end, the run ends with status 3 and
/// names it, as the exit status table says of a cluster that stops
/// answering in the middle of a command.
#[test]
fn e_with_a_leader_that_stays_down_is_exit_3() {
    let mut mock = Mock::with_args(&["--brokers", "2", "--topic", "ld:2"]);
    let o = produce(
        &mock.bootstrap,
        "ld",
        &["-p", "0", "-q", "--report", "none"],
        b"a\nb\n",
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = produce(
        &mock.bootstrap,
        "ld",
        &["-p", "1", "-q", "--report", "none"],
        b"c\n",
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    // The mock places leaders as it likes: both may be on one broker.
    let leaders: Vec<i64> = {
        let v = metadata(&mock.bootstrap, "ld");
        (0..2)
            .map(|p| v["topics"][0]["partitions"][p]["leader"].as_i64().unwrap())
            .collect()
    };
    mock.control(&format!("down {}", leaders[1]));
    let stuck: Vec<String> = (0..2)
        .filter(|p| leaders[*p] == leaders[1])
        .map(|p| format!("ld [{p}]"))
        .collect();
    let start = Instant::now();
    let o = consume(&["-b", &mock.bootstrap, "-t", "ld", "-e", "--timeout", "2s"]);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    assert!(
        stderr(&o).ends_with(&format!(
            "klar: error: -e: no answer from the cluster within 2s while reading: {} \
             partition(s) not read to the end: {}\n",
            stuck.len(),
            stuck.join(", ")
        )),
        "{}",
        stderr(&o)
    );
    assert!(
        start.elapsed() < Duration::from_secs(15),
        "{:?}",
        start.elapsed()
    );
}

/// A broker that is only slow is waited for with `-e`, as kcat waits: its
/// first fetch comes three round trips in, past --timeout, but no round
/// trip takes that long. Exit 3 is for a broker that cannot be reached.
#[test]
fn e_waits_for_a_broker_that_is_only_slow() {
    let mut mock = Mock::with_args(&["--brokers", "2", "--topic", "sl:2"]);
    let v = metadata(&mock.bootstrap, "sl");
    let slow = v["topics"][0]["partitions"][1]["leader"].as_i64().unwrap();
    let Some(fast) = v["brokers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"].as_i64() != Some(slow))
    else {
        // Both partitions on one broker: nothing fast to bootstrap from.
        return;
    };
    let fast = format!("{}:{}", fast["host"].as_str().unwrap(), fast["port"]);
    let input: String = (0..50).map(|i| format!("m{i}\n")).collect();
    let o = produce(
        &mock.bootstrap,
        "sl",
        &["-p", "1", "-q", "--report", "none"],
        input.as_bytes(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    mock.control(&format!("rtt {slow}=1500ms"));
    let o = consume(&["-b", &fast, "-t", "sl", "-e", "--timeout", "2s"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), input);
}

/// Without a group, klar reads partitions in batches from a queue of its
/// own, and serves librdkafka's errors apart: each broker failure comes out
/// once, as a warning with its error code and the properties to look at, as
/// in a group, and the run goes on through the outage.
#[test]
fn manual_consumer_says_each_broker_failure_once_as_a_warning() {
    let mut mock = Mock::with_args(&["--topic", "md:1"]);
    load(
        &mock.bootstrap,
        "md",
        b"first
",
    );
    let mut child = spawn_consume(&["-b", &mock.bootstrap, "-t", "md", "-u"]);
    // The first message read: the consumer is running, past its start.
    let mut first = String::new();
    BufReader::new(child.stdout.as_mut().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert_eq!(first, "first\n");
    mock.control("down 1");
    std::thread::sleep(Duration::from_secs(3));
    signal(&child, libc::SIGTERM);
    let o = wait_with_timeout(child, Duration::from_secs(30));
    let err = stderr(&o);
    assert_eq!(code(&o), 0, "{err}");
    let refused: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("Connection refused"))
        .collect();
    assert!(!refused.is_empty(), "{err}");
    for l in &refused {
        assert!(
            l.starts_with(
                "klar: warning: [klar#consumer-1] _TRANSPORT: Local: Broker transport failure \
                 (see bootstrap.servers and security.protocol): "
            ),
            "{l}\n{err}"
        );
    }
    // How many brokers librdkafka counts depends on its timing ("0/1" as
    // the bootstrap broker goes, "1/1", or "2/2" once librdkafka 2.12
    // bootstraps again, metadata.recovery.strategy); klar says the first
    // and counts the others as repeats.
    let all_down = err.lines().any(|l| {
        l.strip_prefix(
            "klar: warning: [klar#consumer-1] _ALL_BROKERS_DOWN: Local: All broker connections \
             are down (see bootstrap.servers and security.protocol): ",
        )
        .and_then(|rest| rest.strip_suffix(" brokers are down"))
        .and_then(|n| n.split_once('/'))
        .is_some_and(|(down, all)| down.parse::<u32>().is_ok() && all.parse::<u32>().is_ok())
    });
    assert!(all_down, "{err}");
    // Within the 3 s down, each warning once: librdkafka's repeats differ
    // only in counts and times ("1/1" and "2/2", "after 0ms in state",
    // ", 1 identical error(s) suppressed"), which made each look new.
    let mut seen = BTreeSet::new();
    for l in err.lines().filter(|l| l.starts_with("klar: warning: ")) {
        let key: String = l
            .split(" (after ")
            .next()
            .unwrap()
            .split(": ")
            .filter(|part| !part.ends_with(" brokers are down"))
            .collect::<Vec<_>>()
            .join(": ");
        assert!(seen.insert(key), "said twice: {l}\n{err}");
    }
    assert!(!err.contains(" ERROR] "), "{err}");
    assert!(
        !err.contains("klar: error: [klar#consumer-1 FAIL]"),
        "{err}"
    );
}

/// A cluster that is down when a command starts and comes up within its
/// --timeout: librdkafka reports "all brokers are down" after every try,
/// twenty times a second, and klar says each warning once.
#[test]
fn a_cluster_that_comes_up_late_is_warned_about_once() {
    let mut mock = Mock::with_args(&["--topic", "late:1"]);
    let b = mock.bootstrap.clone();
    let runs: [&[&str]; 3] = [
        &["produce", "-b", &b, "-t", "late"],
        // The message just produced is there to read to the end.
        &["consume", "-b", &b, "-t", "late", "-e"],
        &["consume", "-b", &b, "-G", "late-g", "late", "-e"],
    ];
    for args in runs {
        mock.control("down 1");
        std::thread::sleep(Duration::from_millis(300));
        let child = if args[0] == "produce" {
            let mut c = spawn_produce(&args[1..]);
            c.stdin.take().unwrap().write_all(b"late\n").unwrap();
            c
        } else {
            spawn_consume(&args[1..])
        };
        std::thread::sleep(Duration::from_millis(2500));
        mock.control("up 1");
        let out = wait_with_timeout(child, Duration::from_secs(30));
        let err = stderr(&out);
        assert_eq!(code(&out), 0, "{args:?}\n{err}");
        assert!(err.contains("_ALL_BROKERS_DOWN: "), "{args:?}\n{err}");
        let mut seen = BTreeSet::new();
        for line in err.lines() {
            assert!(seen.insert(line), "{args:?}: said twice: {line}\n{err}");
        }
    }
}
