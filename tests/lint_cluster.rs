//! `klar config-explain --lint --topic T`: a configuration read against a
//! topic's partitions and configs and a broker's configs, on tansu (topic
//! configs as set, no broker configs: tansu answers a broker's
//! DescribeConfigs with UNKNOWN_TOPIC_OR_PART), crabka (broker configs) and
//! the mock (neither: it implements no DescribeConfigs).

mod common;

use std::process::Output;

use common::crabka::Crabka;
use common::*;
use serde_json::Value;

fn lint(bootstrap: &str, args: &[&str]) -> Output {
    klar()
        .args(["config-explain", "--lint", "-b", bootstrap])
        .args(args)
        .output()
        .unwrap()
}

fn create(bootstrap: &str, topic: &str, configs: &[&str]) {
    let mut args = vec!["topic", "create", topic, "-p", "2", "-r", "1"];
    for c in configs {
        args.extend(["-c", c]);
    }
    let o = klar()
        .args(["admin", "-b", bootstrap])
        .args(&args)
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

/// The stderr lines of a run, the broker's line apart: its id and error
/// text are the broker's.
fn lines_but_broker(o: &Output) -> Vec<String> {
    stderr(o)
        .lines()
        .filter(|l| !l.starts_with("klar: lint: broker"))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_topic_whose_limits_the_producer_breaks() {
    let t = Tansu::start();
    create(
        &t.bootstrap,
        "strict",
        &[
            "min.insync.replicas=2",
            "max.message.bytes=1000",
            "compression.type=gzip",
        ],
    );
    let o = lint(&t.bootstrap, &["--role", "producer", "--topic", "strict"]);
    assert_eq!(
        stdout(&o),
        "error: acks (librdkafka default): acks=all, and topic strict's min.insync.replicas=2 \
         (default config) is more than the topic's replication factor 1: the broker refuses \
         every write with NOT_ENOUGH_REPLICAS, which librdkafka retries until \
         message.timeout.ms (300000 ms) and then reports as _MSG_TIMED_OUT\n  \
         fix: lower the topic's min.insync.replicas to 1 or less (klar admin config set topic \
         strict min.insync.replicas=1), or give the topic more replicas\n\
         warning: batch.size (librdkafka default): librdkafka fills a batch up to 1000000 bytes \
         before compression (batch.size=1000000, message.max.bytes=1000000), and topic \
         strict's max.message.bytes=1000 (default config) is less: a full batch of small \
         records is refused whole with MSG_SIZE_TOO_LARGE, which librdkafka does not retry\n  \
         fix: set batch.size to 1000 or less\n\
         warning: message.max.bytes (librdkafka default): a record of up to \
         message.max.bytes=1000000 bytes passes the client, and topic strict's \
         max.message.bytes=1000 (default config) is less: such a record is refused by the \
         broker with MSG_SIZE_TOO_LARGE instead of failing at once in the client\n  \
         fix: set message.max.bytes to 1000 or less\n\
         warning: compression.codec (librdkafka default): the client sends batches \
         uncompressed, and topic strict's compression.type=gzip (default config): the broker \
         compresses every batch, at its own CPU's cost\n  \
         fix: set compression.codec=gzip to send what the topic stores, or set the topic's \
         compression.type=producer to store what clients send\n"
    );
    // tansu has no broker configs; the checks that need none are made.
    assert!(
        stderr(&o)
            .contains("klar: lint: broker configs were not read: DescribeConfigs for broker "),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        lines_but_broker(&o),
        [
            "klar: lint: topic strict: 2 partition(s), replication factor 1",
            "klar: lint: 1 error(s), 3 warning(s)",
        ]
    );
    assert_eq!(code(&o), 1);

    // The fixes pass, each from its own source.
    let o = lint(
        &t.bootstrap,
        &[
            "--role",
            "producer",
            "--topic",
            "strict",
            "-X",
            "acks=1",
            "-X",
            "batch.size=1000",
            "-X",
            "message.max.bytes=1000",
            "-X",
            "compression.codec=gzip",
            "-o",
            "json",
        ],
    );
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    // acks=1 is no longer refused, but the topic's guarantee does not
    // cover it: one warning, sourced to -X.
    assert_eq!(
        v,
        serde_json::json!([{
            "severity": "warning",
            "key": "acks",
            "source": {"kind": "-X", "text": "-X"},
            "topic": "strict",
            "why": "acks=1, and topic strict's min.insync.replicas=2 (default config): the \
                    topic's guarantee holds for acks=all writes only; an acks=1 write, \
                    acknowledged by the leader alone, is lost if the leader fails before a \
                    follower copies it",
            "fix": "set acks=all if the topic's min.insync.replicas is meant for these writes",
        }])
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

#[test]
fn a_topic_the_consumer_cannot_fetch_whole_batches_of() {
    let t = Tansu::start();
    create(&t.bootstrap, "big", &["max.message.bytes=5000"]);
    let small = [
        "--role",
        "consumer",
        "--topic",
        "big",
        "-X",
        "message.max.bytes=1000",
        "-X",
        "fetch.max.bytes=1000",
        "-X",
        "receive.message.max.bytes=1512",
    ];
    let o = lint(&t.bootstrap, &small);
    assert_eq!(
        stdout(&o),
        "warning: receive.message.max.bytes (-X): topic big's max.message.bytes=5000 (default \
         config) lets a batch be that large, and a fetch answer may be at most \
         receive.message.max.bytes=1512 bytes: the fetch that brings such a batch fails \
         (\"Invalid response size\") and the consumer cannot get past it\n  \
         fix: set receive.message.max.bytes to 5512 or more\n"
    );
    assert_eq!(code(&o), 0, "warnings do not fail: {}", stderr(&o));
    // The checks for another role are not made; librdkafka's own default
    // (100000000) is far above the topic's limit.
    let o = lint(&t.bootstrap, &["--role", "consumer", "--topic", "big"]);
    assert_eq!(stdout(&o), "");
    assert_eq!(
        lines_but_broker(&o),
        [
            "klar: lint: topic big: 2 partition(s), replication factor 1",
            "klar: lint: 0 error(s), 0 warning(s)",
        ]
    );
}

#[test]
fn a_missing_topic_and_whether_anything_creates_it() {
    let t = Tansu::start();
    // A producer asks the broker to create a topic (librdkafka's producer
    // default), but tansu does not say whether it would: a warning.
    let o = lint(&t.bootstrap, &["--role", "producer", "--topic", "nowhere"]);
    assert_eq!(
        stdout(&o),
        "warning: allow.auto.create.topics (derived by librdkafka): topic nowhere does not \
         exist; this producer asks the broker to create it, which the broker does only with \
         auto.create.topics.enable=true, a setting it did not give: if it does not, records \
         for it are not delivered\n  \
         fix: create it with the partitions and configs it needs (klar admin topic create \
         nowhere -p N -r N), or check its name\n"
    );
    assert_eq!(code(&o), 0);
    // Told not to ask: certain.
    let o = lint(
        &t.bootstrap,
        &[
            "--role",
            "producer",
            "--topic",
            "nowhere",
            "-X",
            "allow.auto.create.topics=false",
        ],
    );
    assert!(
        stdout(&o).starts_with("error: allow.auto.create.topics (-X): "),
        "{}",
        stdout(&o)
    );
    assert_eq!(code(&o), 1);
    // A consumer does not ask (its default is false): that is the reason.
    let o = lint(&t.bootstrap, &["--role", "consumer", "--topic", "nowhere"]);
    assert!(
        stdout(&o).starts_with(
            "error: allow.auto.create.topics (librdkafka default): topic nowhere does not \
             exist, and this consumer does not ask the broker to create topics \
             (allow.auto.create.topics=false): consuming it fails with UNKNOWN_TOPIC_OR_PART\n"
        ),
        "{}",
        stdout(&o)
    );
    assert_eq!(code(&o), 1);
    // And the lint itself created nothing.
    let o = klar()
        .args(["admin", "-b", &t.bootstrap, "metadata", "-o", "json"])
        .output()
        .unwrap();
    let md: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(md["topics"], serde_json::json!([]), "{md}");
}

/// crabka gives a topic's dynamic configs and a broker's (its throttle
/// rates only): the topic's checks are made, the broker's are said not made.
#[test]
fn crabka_gives_topic_configs_and_broker_configs_without_the_ranges() {
    let c = Crabka::start();
    create(&c.bootstrap, "tx", &["max.message.bytes=2000"]);
    let o = lint(
        &c.bootstrap,
        &[
            "--role",
            "consumer",
            "--topic",
            "tx",
            "-X",
            "group.id=g",
            "-X",
            "enable.auto.offset.store=false",
            "-X",
            "receive.message.max.bytes=2100",
            "-X",
            "fetch.max.bytes=1000",
            "-X",
            "message.max.bytes=1000",
        ],
    );
    assert_eq!(
        stdout(&o),
        "warning: receive.message.max.bytes (-X): topic tx's max.message.bytes=2000 (dynamic \
         topic config) lets a batch be that large, and a fetch answer may be at most \
         receive.message.max.bytes=2100 bytes: the fetch that brings such a batch fails \
         (\"Invalid response size\") and the consumer cannot get past it\n  \
         fix: set receive.message.max.bytes to 2512 or more\n"
    );
    assert_eq!(
        stderr(&o),
        "klar: lint: broker 1: its configs were read\n\
         klar: lint: topic tx: 2 partition(s), replication factor 1\n\
         klar: lint: not checked: session.timeout.ms against the broker's \
         group.min.session.timeout.ms and group.max.session.timeout.ms (the cluster did not \
         give them)\n\
         klar: lint: 0 error(s), 1 warning(s)\n"
    );
    assert_eq!(code(&o), 0);
    let o = lint(
        &c.bootstrap,
        &[
            "--role",
            "producer",
            "--topic",
            "tx",
            "-X",
            "transactional.id=t1",
            "-X",
            "batch.size=2000",
            "-X",
            "message.max.bytes=2000",
        ],
    );
    assert_eq!(stdout(&o), "", "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "klar: lint: not checked: transaction.timeout.ms against the broker's \
             transaction.max.timeout.ms (the cluster did not give it)\n"
        ),
        "{}",
        stderr(&o)
    );
}

/// A complete Kafka gives every broker default: the ranges are checked.
/// KLAR_TEST_KAFKA=host:port cargo test --test lint_cluster -- --ignored
#[test]
#[ignore = "needs KLAR_TEST_KAFKA=host:port, a complete Kafka"]
fn a_complete_kafka_gives_the_brokers_ranges() {
    let Some(b) = std::env::var("KLAR_TEST_KAFKA")
        .ok()
        .filter(|s| !s.is_empty())
    else {
        panic!("set KLAR_TEST_KAFKA=host:port");
    };
    let topic = format!("klar-lint-{}", rand::random::<u32>());
    create(&b, &topic, &[]);
    let o = lint(
        &b,
        &[
            "--role",
            "consumer",
            "--topic",
            &topic,
            "-X",
            "group.id=g",
            "-X",
            "session.timeout.ms=1000",
        ],
    );
    assert!(
        stdout(&o).starts_with("error: session.timeout.ms (-X): session.timeout.ms=1000 is outside what the broker accepts"),
        "{}\n{}",
        stdout(&o),
        stderr(&o)
    );
    assert_eq!(code(&o), 1);
    let o = lint(
        &b,
        &[
            "--role",
            "producer",
            "--topic",
            &topic,
            "-X",
            "transactional.id=t1",
            "-X",
            "transaction.timeout.ms=2000000000",
        ],
    );
    assert!(
        stdout(&o).contains(
            "error: transaction.timeout.ms (-X): transaction.timeout.ms=2000000000 is above broker"
        ),
        "{}\n{}",
        stdout(&o),
        stderr(&o)
    );
    let _ = klar()
        .args(["admin", "-b", &b, "topic", "delete", &topic])
        .output();
}

#[test]
fn the_mock_answers_metadata_only_and_says_what_was_not_checked() {
    let m = Mock::start(&["orders:3"]);
    let o = lint(&m.bootstrap, &["--role", "producer", "--topic", "orders"]);
    assert_eq!(stdout(&o), "");
    assert_eq!(
        lines_but_broker(&o),
        [
            "klar: lint: topic orders: 3 partition(s), replication factor 1",
            "klar: lint: topic orders: its configs were not read: DescribeConfigs needs the \
             controller, and the cluster names controller 0, which is not one of its brokers \
             (librdkafka's mock cluster does this)",
            "klar: lint: not checked: topic orders: acks against min.insync.replicas (the \
             cluster did not give it)",
            "klar: lint: not checked: topic orders: batch.size and message.max.bytes against \
             max.message.bytes (the cluster did not give it)",
            "klar: lint: not checked: topic orders: compression.codec against \
             compression.type (the cluster did not give it)",
            "klar: lint: 0 error(s), 0 warning(s)",
        ]
    );
    assert_eq!(code(&o), 0);
}

#[test]
fn bad_input_and_no_cluster() {
    // --topic belongs to --lint.
    let o = klar()
        .args(["config-explain", "--topic", "t"])
        .output()
        .unwrap();
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    // A name Kafka would refuse, before any connection.
    let o = lint("127.0.0.1:1", &["--topic", "a b"]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("a b"), "{}", stderr(&o));
    // Nothing listening: exit 3 with one line, within --timeout.
    let port = free_port();
    let o = lint(
        &format!("127.0.0.1:{port}"),
        &["--topic", "t", "--timeout", "2s"],
    );
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    let last = stderr(&o).lines().last().unwrap_or_default().to_string();
    assert!(
        last.starts_with("klar: error: no answer from the cluster at bootstrap.servers="),
        "{}",
        stderr(&o)
    );
    // No summary before it: it would read as checks passed.
    assert!(!stderr(&o).contains("error(s)"), "{}", stderr(&o));
    // No brokers at all.
    let o = klar()
        .args(["config-explain", "--lint", "--topic", "t"])
        .env_remove("KLAR_BROKERS")
        .output()
        .unwrap();
    assert_eq!(code(&o), 2, "{}", stderr(&o));
}

/// Without --role, a configuration with properties of both kinds gets the
/// checks of both; with keys librdkafka would refuse, klar does not connect.
#[test]
fn roles_from_the_configuration_and_refused_keys() {
    let t = Tansu::start();
    create(
        &t.bootstrap,
        "mixed",
        &["min.insync.replicas=2", "max.message.bytes=5000"],
    );
    let o = lint(
        &t.bootstrap,
        &[
            "--topic",
            "mixed",
            "-X",
            "group.id=g",
            "-X",
            "enable.auto.offset.store=false",
            "-X",
            "acks=all",
            "-X",
            "batch.size=5000",
            "-X",
            "message.max.bytes=1000",
            "-X",
            "fetch.max.bytes=1000",
            "-X",
            "receive.message.max.bytes=1512",
            "-o",
            "json",
        ],
    );
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let keys: Vec<(&str, &str)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["severity"].as_str().unwrap(), f["key"].as_str().unwrap()))
        .collect();
    assert_eq!(
        keys,
        [
            ("error", "acks"),
            ("warning", "enable.auto.offset.store"),
            ("warning", "receive.message.max.bytes"),
        ],
        "{v}"
    );
    assert_eq!(code(&o), 1);

    // A misspelt key: the configuration is not what it would connect with.
    let port = free_port();
    let o = lint(
        &format!("127.0.0.1:{port}"),
        &["--topic", "mixed", "-X", "security.protocl=ssl"],
    );
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "klar: lint: not checked against the cluster: 1 key(s) above would make librdkafka \
             refuse the configuration; fix them first\n"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn quiet_leaves_the_findings_alone() {
    let t = Tansu::start();
    create(&t.bootstrap, "q", &["min.insync.replicas=2"]);
    let o = lint(&t.bootstrap, &["-q", "--role", "producer", "--topic", "q"]);
    assert_eq!(stderr(&o), "");
    assert!(stdout(&o).starts_with("error: acks "), "{}", stdout(&o));
    assert_eq!(code(&o), 1);
}

/// --timeout bounds every request together. Behind a slow link each request
/// answers well within 2 s, but eight topics' requests one after another
/// take longer: with a timeout per request the run would pass (exit 0, in
/// about 5 s); with one for all it ends at 2 s with exit 3, after the
/// cluster answered the first requests.
#[test]
fn one_timeout_for_all_requests() {
    let (t, link) = Tansu::behind_slow_link(std::time::Duration::from_millis(150));
    let names = ["a", "b", "c", "d", "e", "f", "g", "h"];
    for n in names {
        create(&t.bootstrap, n, &[]);
    }
    let mut args = vec!["--role", "producer", "--timeout", "2s"];
    for n in names {
        args.extend(["--topic", n]);
    }
    let started = std::time::Instant::now();
    let o = lint(&link, &args);
    let took = started.elapsed();
    assert_eq!(code(&o), 3, "{took:?}: {}", stderr(&o));
    assert!(
        took < std::time::Duration::from_secs(5),
        "{took:?}: {}",
        stderr(&o)
    );
    // The cluster was reached (not the bootstrap's no answer): the time
    // ran out on a later request.
    let last = stderr(&o).lines().last().unwrap_or_default().to_string();
    assert!(last.starts_with("klar: error: no "), "{}", stderr(&o));
    assert!(!last.contains("bootstrap.servers="), "{last}");
}
