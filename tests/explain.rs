//! `klar config-explain`, `--lint`, `--import` and `--explain`: the
//! catalogue, effective values with their sources, secrets, lint rules.
//! None of these needs a broker.

mod common;

use std::io::Write;
use std::process::Output;

use common::*;
use serde_json::Value;

fn explain(args: &[&str], envs: &[(&str, &str)]) -> Output {
    let mut c = klar();
    c.arg("config-explain").args(args);
    for (k, v) in envs {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn json_of(o: &Output) -> Value {
    assert_eq!(code(o), 0, "{}", stderr(o));
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

/// The JSON object of one row.
fn row<'a>(all: &'a Value, name: &str, scope: &str) -> &'a Value {
    all.as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == name && r["scope"] == scope)
        .unwrap_or_else(|| panic!("no row {name} ({scope})"))
}

fn props_file(text: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new()
        .suffix(".properties")
        .tempfile()
        .unwrap();
    f.write_all(text.as_bytes()).unwrap();
    f
}

#[test]
fn json_catalogue_has_every_row_with_every_field() {
    let all = json_of(&explain(&["-o", "json"], &[]));
    let rows = all.as_array().unwrap();
    // librdkafka 2.12.1's table, and the 8 hidden properties it leaves out.
    assert_eq!(rows.len(), 196 + 8);
    for field in [
        "name",
        "scope",
        "role",
        "cp",
        "type",
        "range",
        "default",
        "importance",
        "description",
        "alias_of",
        "aliases",
        "deprecated",
        "experimental",
        "hidden",
        "sensitive",
        "value",
        "source",
        "note",
        "errors",
    ] {
        assert!(rows.iter().all(|r| r.get(field).is_some()), "{field}");
    }
    let acks = row(&all, "acks", "topic");
    assert_eq!(acks["alias_of"], "request.required.acks");
    assert!(acks["note"]["effect"]
        .as_str()
        .unwrap()
        .contains("replicas"));
    let kinit = row(&all, "sasl.kerberos.kinit.cmd", "global");
    assert!(kinit["default"].as_str().unwrap().contains(" || "));
    let mut hidden: Vec<&str> = rows
        .iter()
        .filter(|r| r["hidden"] == true)
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    hidden.sort_unstable();
    assert_eq!(
        hidden,
        [
            "client.software.name",
            "client.software.version",
            "enable.sparse.connections",
            "enable_sasl_queue",
            "metadata.request.timeout.ms",
            "test.mock.broker.rtt",
            "test.mock.num.brokers",
            "ut_handle_ProduceResponse",
        ]
    );
}

/// Callbacks and pointers (`socket_cb`, `open_cb`) are said to be set, not
/// printed as addresses, which differ from run to run: two dumps of one
/// configuration are the same bytes, as a CI job that diffs them needs.
#[test]
fn a_dump_names_no_address_and_is_the_same_every_run() {
    let first = explain(&["-o", "json"], &[]);
    let second = explain(&["-o", "json"], &[]);
    assert_eq!(code(&first), 0, "{}", stderr(&first));
    // Not assert_eq!: on failure it would print both dumps in full.
    assert!(first.stdout == second.stdout, "two dumps differ");
    let all = json_of(&first);
    for name in ["socket_cb", "open_cb"] {
        assert_eq!(
            row(&all, name, "global")["value"],
            "(set through the C API)"
        );
    }
    assert_eq!(row(&all, "dr_msg_cb", "global")["value"], Value::Null);
    assert_eq!(row(&all, "enable_sasl_queue", "global")["value"], "false");
    let table = stdout(&explain(&[], &[]));
    assert!(!table.contains("0x"), "{table}");
}

#[test]
fn hidden_properties_are_explained_set_and_linted() {
    // Explained, with the value set and its source.
    let o = explain(
        &[
            "enable.sparse.connections",
            "-X",
            "enable.sparse.connections=false",
        ],
        &[],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "enable.sparse.connections");
    for want in [
        "  type:        boolean, range true, false",
        "  default:     true",
        "  importance:  medium",
        "  hidden:      yes: librdkafka accepts it, but its property table (CONFIGURATION.md) leaves it out;",
        "  value:       false",
        "  source:      -X",
    ] {
        assert!(lines.contains(&want), "no line {want:?} in:\n{text}");
    }
    let all = json_of(&explain(
        &["-o", "json", "test.mock.num.brokers", "linger.ms"],
        &[],
    ));
    let mock = row(&all, "test.mock.num.brokers", "global");
    assert_eq!(
        (
            &mock["hidden"],
            &mock["type"],
            &mock["range"],
            &mock["default"]
        ),
        (
            &Value::Bool(true),
            &Value::from("integer"),
            &Value::from("0 .. 10000"),
            &Value::from("0")
        )
    );
    assert_eq!(row(&all, "linger.ms", "global")["hidden"], false);
    // Unset in the configuration; librdkafka fills in its own version.
    let all = json_of(&explain(&["-o", "json", "client.software.version"], &[]));
    let version = row(&all, "client.software.version", "global");
    assert_eq!(
        (&version["value"], &version["source"]["kind"]),
        (&Value::from("2.12.1"), &Value::from("derived"))
    );

    // Linted: a warning, not an error.
    let o = explain(&["--lint", "-X", "enable.sparse.connections=false"], &[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "warning: enable.sparse.connections (-X): hidden in librdkafka: left out of its property \
         table, undocumented, and free to change in any release\n  \
         fix: keep it only if you need it (klar config-explain enable.sparse.connections)\n"
    );
    assert_eq!(stderr(&o), "klar: lint: 0 error(s), 1 warning(s)\n");

    // Not offered for completion.
    let o = explain(&["--names"], &[]);
    let names = stdout(&o);
    assert!(names.lines().any(|n| n == "linger.ms"), "{names}");
    assert!(
        !names.lines().any(|n| n == "enable.sparse.connections"),
        "{names}"
    );
}

#[test]
fn table_lists_user_set_properties_first() {
    let o = explain(&["-X", "linger.ms=50"], &[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "NAME\tSCOPE\tROLE\tDEFAULT\tVALUE\tSOURCE");
    assert_eq!(lines[1], "linger.ms\tglobal\tproducer\t5\t50\t-X");
    // A header, librdkafka 2.12.1's 196 rows and its 8 hidden properties.
    assert_eq!(lines.len(), 1 + 196 + 8);
}

#[test]
fn each_source_is_named_exactly() {
    let f = props_file("# producer\nbatch.num.messages=500\n\nlinger.ms=20\n");
    let path = f.path().to_str().unwrap();
    let o = explain(
        &[
            "-F",
            path,
            "-b",
            "h1:9092",
            "-X",
            "acks=1",
            "--set-only",
            "-o",
            "json",
        ],
        &[("KLAR_X_CLIENT_ID", "from-env")],
    );
    let all = json_of(&o);
    let linger = row(&all, "linger.ms", "global");
    assert_eq!(linger["value"], "20");
    assert_eq!(linger["source"]["kind"], "file");
    assert_eq!(linger["source"]["line"], 4);
    assert_eq!(linger["source"]["text"], format!("{path}:4"));
    let client = row(&all, "client.id", "global");
    assert_eq!(client["value"], "from-env");
    assert_eq!(
        client["source"]["text"],
        "environment variable KLAR_X_CLIENT_ID"
    );
    let brokers = row(&all, "bootstrap.servers", "global");
    assert_eq!(brokers["source"]["text"], "flag -b/--brokers");
    let acks = row(&all, "acks", "topic");
    assert_eq!(acks["value"], "1");
    assert_eq!(acks["source"]["kind"], "-X");
}

#[test]
fn klar_default_and_librdkafka_default() {
    let all = json_of(&explain(&["-o", "json"], &[]));
    let client = row(&all, "client.id", "global");
    assert_eq!(client["value"], "klar");
    assert_eq!(client["source"]["kind"], "klar default");
    let batch = row(&all, "batch.size", "global");
    assert_eq!(batch["value"], "1000000");
    assert_eq!(batch["source"]["kind"], "librdkafka default");
}

#[test]
fn derived_values_are_labelled() {
    let o = explain(
        &[
            "-X",
            "enable.idempotence=true",
            "-X",
            "linger.ms=50",
            "max.in.flight",
            "sticky.partitioning.linger.ms",
        ],
        &[],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("  value:       5\n"), "{out}");
    assert!(out.contains("  value:       100\n"), "{out}");
    assert_eq!(
        out.matches("source:      derived by librdkafka").count(),
        2,
        "{out}"
    );
    assert!(out.contains("configured:  1000000;"), "{out}");
    // Without idempotence nothing is derived.
    let all = json_of(&explain(&["-o", "json", "max.in.flight"], &[]));
    assert_eq!(all[0]["value"], "1000000");
    assert_eq!(all[0]["source"]["kind"], "librdkafka default");
}

#[test]
fn consumer_role_derives_for_a_consumer() {
    let all = json_of(&explain(
        &[
            "--role",
            "consumer",
            "-o",
            "json",
            "allow.auto.create.topics",
        ],
        &[],
    ));
    assert_eq!(all[0]["value"], "false");
    let all = json_of(&explain(
        &[
            "--role",
            "producer",
            "-o",
            "json",
            "allow.auto.create.topics",
        ],
        &[],
    ));
    assert_eq!(all[0]["value"], "true");
    assert_eq!(all[0]["source"]["kind"], "derived");
}

#[test]
fn detail_view_has_everything() {
    let o = explain(&["delivery.timeout.ms"], &[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    for want in [
        "delivery.timeout.ms  (alias of message.timeout.ms)",
        "scope:       topic, read by producers",
        "type:        integer, range 0 .. 2147483647",
        "default:     300000",
        "importance:  high",
        "value:       300000",
        "source:      librdkafka default",
        "in practice:",
        "trade-off:",
        "failure:",
        "java client:",
        "related:",
        "errors:      _MSG_TIMED_OUT",
    ] {
        assert!(out.contains(want), "missing {want:?} in\n{out}");
    }
}

#[test]
fn globs_and_topic_prefix() {
    let all = json_of(&explain(&["-o", "json", "ssl.*"], &[]));
    let names: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert!(names.len() > 10 && names.iter().all(|n| n.starts_with("ssl.")));
    let all = json_of(&explain(&["-o", "json", "topic.compression.codec"], &[]));
    assert_eq!(all.as_array().unwrap().len(), 1);
    assert_eq!(all[0]["scope"], "topic");
    assert_eq!(all[0]["default"], "inherit");
}

#[test]
fn topic_level_twin_keeps_its_own_source() {
    let all = json_of(&explain(
        &[
            "-X",
            "compression.type=gzip",
            "-X",
            "topic.compression.codec=lz4",
            "-o",
            "json",
            "compression.codec",
        ],
        &[],
    ));
    assert_eq!(row(&all, "compression.codec", "global")["value"], "gzip");
    assert_eq!(row(&all, "compression.codec", "topic")["value"], "lz4");
}

#[test]
fn filters() {
    let all = json_of(&explain(&["--role", "producer", "-o", "json"], &[]));
    assert!(all
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["role"] != "consumer"));
    let all = json_of(&explain(&["--search", "HEARTBEAT", "-o", "json"], &[]));
    assert!(all
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["name"] == "heartbeat.interval.ms"));
    // A search that finds nothing says so, beside the bare header.
    let o = explain(&["--search", "nomatchxyz"], &[]);
    assert_eq!(code(&o), 0);
    assert_eq!(stdout(&o), "NAME\tSCOPE\tROLE\tDEFAULT\tVALUE\tSOURCE\n");
    assert_eq!(
        stderr(&o),
        "klar: warning: no property's name or description contains \"nomatchxyz\"\n"
    );
    let o = explain(&["--set-only"], &[]);
    assert_eq!(
        stdout(&o),
        "NAME\tSCOPE\tROLE\tDEFAULT\tVALUE\tSOURCE\n\
         client.id\tglobal\tboth\trdkafka\tklar\tklar default\n\
         allow.auto.create.topics\tglobal\tboth\tfalse\ttrue\tderived by librdkafka\n\
         client.software.version\tglobal\tboth\t\t2.12.1\tderived by librdkafka\n"
    );
}

#[test]
fn unknown_property_is_a_usage_error() {
    let o = explain(&["linger.msec"], &[]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o).trim(),
        "klar: error: unknown property linger.msec; did you mean linger.ms?"
    );
    let o = explain(&["nothing.*"], &[]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o).trim(),
        "klar: error: no property matches nothing.*"
    );
}

#[test]
fn secrets_are_masked_in_every_form() {
    let f = props_file("sasl.username=alice-secret\nssl.key.password=keypw-secret\n");
    let args = |extra: &[&'static str]| {
        let mut v = vec![
            "-F".to_string(),
            f.path().to_str().unwrap().to_string(),
            "-X".to_string(),
            "sasl.password=hunter2-secret".to_string(),
        ];
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    let forms: Vec<Vec<String>> = vec![
        args(&[]),
        args(&["-o", "json"]),
        args(&["sasl.*", "ssl.key.password"]),
        args(&["sasl.*", "-o", "json"]),
        args(&["--lint"]),
        args(&["--lint", "-o", "json"]),
    ];
    for form in forms {
        let refs: Vec<&str> = form.iter().map(String::as_str).collect();
        let o = explain(
            &refs,
            &[("KLAR_X_SSL_KEYSTORE_PASSWORD", "keystore-secret")],
        );
        let all = format!("{}{}", stdout(&o), stderr(&o));
        assert!(!all.contains("-secret"), "{form:?} leaked:\n{all}");
        assert!(
            all.contains("(redacted)") || refs.contains(&"--lint"),
            "{form:?}:\n{all}"
        );
    }
    let o = produce_explain(&["-X", "sasl.password=hunter2-secret"]);
    assert!(!stderr(&o).contains("hunter2"), "{}", stderr(&o));
    assert!(stderr(&o).contains("sasl.password"), "{}", stderr(&o));
}

fn produce_explain(extra: &[&str]) -> Output {
    klar()
        .args(["produce", "-t", "t", "-b", "127.0.0.1:1", "--explain-only"])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn produce_explain_only_prints_and_exits_without_connecting() {
    let o = produce_explain(&["-X", "enable.idempotence=true", "-X", "linger.ms=50"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    let err = stderr(&o);
    for want in [
        "klar: producer configuration (non-default values):",
        "enable.idempotence",
        "-X",
        "bootstrap.servers",
        "flag -b/--brokers",
        "client.id",
        "klar default",
        "max.in.flight.requests.per.connection = 5",
        "derived by librdkafka (its default 1000000 before)",
        "sticky.partitioning.linger.ms",
        "klar: decisions:",
        "transaction: none (no transactional.id)",
        // The whole wait first, then what it is made of.
        "at the end klar waits up to 5m 12s (message.timeout.ms, 300000 ms, plus \
         reconnect.backoff.max.ms and 2s, 12s) for outstanding ones",
    ] {
        assert!(err.contains(want), "missing {want:?} in\n{err}");
    }
    // Unset in the configuration; librdkafka fills in its own version.
    let version = err
        .lines()
        .find(|l| l.trim_start().starts_with("client.software.version "))
        .unwrap_or_else(|| panic!("no client.software.version in\n{err}"));
    let words: Vec<&str> = version.split_whitespace().collect();
    assert_eq!(
        words,
        [
            "client.software.version",
            "=",
            "2.12.1",
            "derived",
            "by",
            "librdkafka",
            "(unset",
            "before)"
        ]
    );
}

#[test]
fn consume_explain_only_shows_commit_policy_and_start() {
    // `klar consume ARGS -b 127.0.0.1:1 --explain-only`: its stderr, exit 0.
    let explained = |args: &[&str]| {
        let o = klar()
            .arg("consume")
            .args(args)
            .args(["-b", "127.0.0.1:1", "--explain-only"])
            .output()
            .unwrap();
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        stderr(&o)
    };
    let err = explained(&["-G", "billing", "orders", "-o", "beginning"]);
    for want in [
        "klar: consumer configuration (non-default values):",
        "group.id",
        "flag -G",
        "auto.offset.reset",
        "earliest",
        "commit policy: auto (group billing): an offset is stored only after its message is written",
        "offset start:  -o beginning: beginning/end apply where the group has no committed offset",
    ] {
        assert!(err.contains(want), "missing {want:?} in\n{err}");
    }
    // Without a group and without -o: the whole partition, as kcat -C.
    let err = explained(&["-t", "orders"]);
    assert!(
        err.contains("offset start:  the beginning of each partition (-o beginning)\n"),
        "{err}"
    );
    // The flag that turned auto commit off is -t, not a -G never given.
    assert!(
        err.contains("  enable.auto.commit      = false        flag -t\n"),
        "{err}"
    );
    assert!(
        err.contains("  stop:          on SIGINT/SIGTERM\n"),
        "{err}"
    );
    // A range ends the run by itself: it was said to stop on a signal.
    for o in ["0:5", "@0:@1", "e@5"] {
        let err = explained(&["-t", "orders", "-o", o]);
        assert!(
            err.contains(
                "  stop:          when every partition's range has reached its END (-o START:END)\n"
            ),
            "{o}: {err}"
        );
    }
    let err = explained(&["-t", "orders", "-o", "end", "-o", "0=beginning:100"]);
    assert!(
        err.contains("  stop:          on SIGINT/SIGTERM\n")
            && err.contains("partitions with a range (-o START:END) stop at its END"),
        "{err}"
    );
}

#[test]
fn explain_flag_is_refused_on_config_explain() {
    let o = explain(&["--explain"], &[]);
    assert_eq!(code(&o), 2);
}

#[test]
fn lint_exit_status_and_findings_with_file_lines() {
    let f = props_file("acks=1\nenable.idempotence=true\nlinger.msec=5\n");
    let path = f.path().to_str().unwrap();
    let o = explain(&["--lint", "--role", "producer", "-F", path], &[]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains(&format!(
            "error: acks ({path}:1): acks=1 with enable.idempotence=true"
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "error: linger.msec ({path}:3): librdkafka does not know"
        )),
        "{out}"
    );
    assert!(out.contains("  fix: did you mean linger.ms?"), "{out}");
    assert_eq!(
        stderr(&o),
        "klar: lint: 2 error(s), 0 warning(s)\n",
        "{out}"
    );

    let o = explain(
        &["--lint", "--role", "producer", "-F", path, "-o", "json"],
        &[],
    );
    assert_eq!(code(&o), 1);
    let all: Value = serde_json::from_slice(&o.stdout).unwrap();
    let acks = all
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "acks")
        .unwrap();
    assert_eq!(acks["severity"], "error");
    assert_eq!(acks["key"], "acks");
    assert_eq!(acks["source"]["line"], 1);
    assert!(acks["why"].as_str().unwrap().contains("idempotence"));
    assert!(acks["fix"].as_str().unwrap().contains("acks=all"));
}

#[test]
fn lint_passes_a_clean_file_and_warnings_do_not_fail() {
    let f = props_file("acks=all\nenable.idempotence=true\nlinger.ms=20\n");
    let o = explain(
        &[
            "--lint",
            "--role",
            "producer",
            "-F",
            f.path().to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    assert_eq!(stdout(&o), "");
    let o = explain(&["--lint", "--role", "producer", "-X", "group.id=g"], &[]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    assert!(stdout(&o).starts_with("warning: group.id (-X): a consumer property"));
}

/// A Java client configuration as Confluent's examples write it.
const JAVA_CLIENT: &str = "\
# Required connection configs for Kafka producer, consumer, and admin
bootstrap.servers=pkc-00000.europe-west1.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='ABCDEFGH' password='tops3cret-value';
sasl.mechanism=PLAIN
# Required for correctness in Apache Kafka clients prior to 2.6
client.dns.lookup=use_all_dns_ips
# Best practice for higher availability in Apache Kafka clients prior to 3.0
session.timeout.ms=45000
# Best practice for Kafka producer to prevent data loss
acks=all
key.serializer=org.apache.kafka.common.serialization.StringSerializer
value.serializer=org.apache.kafka.common.serialization.StringSerializer
max.request.size=2097152
buffer.memory=67108864
ssl.truststore.location=/etc/kafka/secrets/truststore.jks
ssl.truststore.password=changeit
schema.registry.url=https://psrc-0000.europe-west3.gcp.confluent.cloud
";

#[test]
fn import_translates_a_java_client_file() {
    let f = props_file(JAVA_CLIENT);
    let path = f.path().to_str().unwrap();
    let o = explain(&["--import", path], &[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    for want in [
        "bootstrap.servers=pkc-00000.europe-west1.gcp.confluent.cloud:9092\n",
        "security.protocol=SASL_SSL\n",
        "# from sasl.jaas.config (line 4):\n",
        "# sasl.username=(redacted)   (secret: write it here, or set KLAR_X_SASL_USERNAME)\n",
        "# sasl.password=(redacted)   (secret: write it here, or set KLAR_X_SASL_PASSWORD)\n",
        "sasl.mechanism=PLAIN\n",
        "message.max.bytes=2097152\n",
        "queue.buffering.max.kbytes=65536\n",
        "#partitioner=murmur2_random\n",
        // acks=all leaves a Java producer idempotent.
        "#enable.idempotence=true\n",
    ] {
        assert!(out.contains(want), "missing {want:?} in\n{out}");
    }
    assert!(
        !out.contains("tops3cret") && !out.contains("ABCDEFGH"),
        "{out}"
    );
    let err = stderr(&o);
    for key in [
        "key.serializer",
        "value.serializer",
        "ssl.truststore.location",
        "ssl.truststore.password",
        "schema.registry.url",
    ] {
        assert!(
            err.contains(&format!("klar: import: {key} ({path}:")),
            "{key} missing from\n{err}"
        );
    }
    assert!(err.contains("keytool -exportcert -rfc"), "{err}");

    // The translation plus the secrets from the environment is a file
    // librdkafka accepts; without them it is not.
    let translated = props_file(&out);
    let t = translated.path().to_str().unwrap();
    let o = explain(&["--lint", "--role", "producer", "-F", t], &[]);
    assert_eq!(code(&o), 1, "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("sasl.username and sasl.password must be set"));
    let o = explain(
        &["--lint", "--role", "producer", "-F", t],
        &[("KLAR_X_SASL_USERNAME", "k"), ("KLAR_X_SASL_PASSWORD", "p")],
    );
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));

    let o = explain(&["--import", path, "-o", "json"], &[]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let pw = v["properties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["key"] == "sasl.password")
        .unwrap();
    assert_eq!(pw["value"], "(redacted)");
    assert_eq!(pw["from_key"], "sasl.jaas.config");
}

/// A consumer file's assignors and socket buffers: copied as they were,
/// the assignor classes made a file klar then refused, and the buffers were
/// said to have no equivalent.
#[test]
fn import_translates_assignors_and_socket_buffers() {
    let f = props_file(
        "partition.assignment.strategy=org.apache.kafka.clients.consumer.CooperativeStickyAssignor\n\
         send.buffer.bytes=-1\n\
         receive.buffer.bytes=65536\n\
         group.id=g\n",
    );
    let path = f.path().to_str().unwrap();
    let o = explain(&["--import", path, "--role", "consumer"], &[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    for want in [
        "partition.assignment.strategy=cooperative-sticky\n",
        "socket.send.buffer.bytes=0\n",
        "socket.receive.buffer.bytes=65536\n",
    ] {
        assert!(out.contains(want), "missing {want:?} in\n{out}");
    }
    assert_eq!(stderr(&o), "", "nothing left unmapped");
    let translated = props_file(&out);
    let o = explain(
        &[
            "--lint",
            "--role",
            "consumer",
            "-F",
            translated.path().to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    // An assignor librdkafka lacks is said so.
    let f = props_file(
        "partition.assignment.strategy=org.apache.kafka.clients.consumer.StickyAssignor\n",
    );
    let o = explain(&["--import", f.path().to_str().unwrap()], &[]);
    assert!(
        stderr(&o).contains("librdkafka has no StickyAssignor (its assignors: range, roundrobin, cooperative-sticky)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn import_of_a_missing_file_is_a_usage_error() {
    let o = explain(&["--import", "/nonexistent/client.properties"], &[]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o)
        .starts_with("klar: error: cannot read properties file /nonexistent/client.properties:"));
}

#[test]
fn message_timeout_names_its_setting_for_real() {
    let mut mock = Mock::start(&["late:1"]);
    let mut child = spawn_piped(klar().args([
        "produce",
        "-b",
        &mock.bootstrap,
        "-t",
        "late",
        "-X",
        "message.timeout.ms=2000",
        "--flush-timeout",
        "20s",
    ]));
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"first\n").unwrap();
    stdin.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    mock.kill();
    stdin.write_all(b"second\n").unwrap();
    drop(stdin);
    let out = wait_with_timeout(child, std::time::Duration::from_secs(30));
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let report = stdout(&out);
    assert!(
        report.contains(
            "late [0] message #2 failed: _MSG_TIMED_OUT: Local: Message timed out \
             (see message.timeout.ms (delivery.timeout.ms), linger.ms"
        ),
        "{report}"
    );
}

#[test]
fn admin_explain_only_prints_its_configuration_without_connecting() {
    let o = klar()
        .args(["admin", "metadata", "-b", "127.0.0.1:1", "--explain-only"])
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("allow.auto.create.topics = false"), "{err}");
    assert!(
        err.contains("bootstrap.servers        = 127.0.0.1:1  flag -b/--brokers"),
        "{err}"
    );
    assert_eq!(stdout(&o), "");
}

/// librdkafka takes acks from -1 to 1000; a Kafka broker only -1, 0 and 1.
#[test]
fn lint_refuses_acks_a_broker_refuses() {
    let o = explain(&["--lint", "--role", "producer", "-X", "acks=2"], &[]);
    assert_eq!(
        stdout(&o),
        "error: acks (-X): acks=2: librdkafka takes it, but a Kafka broker accepts only all \
         (-1), 0 and 1, and refuses every produce request with INVALID_REQUIRED_ACKS\n  \
         fix: set acks=all (every in-sync replica), 1 (the leader) or 0 (no answer)\n"
    );
    assert_eq!(code(&o), 1);
    for ok in ["all", "-1", "0", "1"] {
        let o = explain(
            &["--lint", "--role", "producer", "-X", &format!("acks={ok}")],
            &[],
        );
        assert_eq!(stdout(&o), "", "acks={ok}");
    }
}
