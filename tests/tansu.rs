//! `klar produce` against tansu 0.6.0 (sqlite storage), a Kafka-compatible
//! broker that is not librdkafka's own mock. Read back with a plain
//! librdkafka consumer in the test (Debian's kcat links librdkafka 2.0.2,
//! which cannot parse tansu's ApiVersions reply).

mod common;

use common::*;

#[test]
fn keyed_round_trip_with_headers() {
    let t = Tansu::start();
    t.create_topic("rt", 3);
    let mut input = Vec::new();
    for i in 0..10_000 {
        input.extend_from_slice(format!("k{}\tv{i}\n", i % 31).as_bytes());
    }
    let out = produce(
        &t.bootstrap,
        "rt",
        &["-K", "\\t", "-H", "src=klar", "--report", "json"],
        &input,
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(summary(&stderr(&out)).delivered, 10_000);
    let mut reported: Vec<(i32, i64, String)> = stdout(&out)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["partition"].as_i64().unwrap() as i32,
                v["offset"].as_i64().unwrap(),
                v["key"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let msgs = read_topic(&t.bootstrap, "rt", &[]);
    assert_eq!(msgs.len(), 10_000);
    let mut read: Vec<(i32, i64, String)> = msgs
        .iter()
        .map(|m| {
            (
                m.partition,
                m.offset,
                String::from_utf8(m.key.clone().unwrap()).unwrap(),
            )
        })
        .collect();
    reported.sort();
    read.sort();
    assert_eq!(
        reported, read,
        "delivery reports name the offsets consumers read"
    );
    let mut got: Vec<String> = msgs
        .iter()
        .map(|m| {
            assert_eq!(m.headers, vec![("src".to_string(), Some(b"klar".to_vec()))]);
            format!(
                "{}\t{}",
                String::from_utf8_lossy(m.key.as_ref().unwrap()),
                String::from_utf8_lossy(m.value.as_ref().unwrap())
            )
        })
        .collect();
    let mut want: Vec<String> = String::from_utf8(input)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    got.sort();
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn one_mebibyte_binary_value() {
    let t = Tansu::start();
    t.create_topic("bin", 1);
    let dir = tempfile::tempdir().unwrap();
    let (path, data) = random_file(dir.path(), 1 << 20, 3);
    let out = produce(
        &t.bootstrap,
        "bin",
        &["-X", "message.max.bytes=2000000", path.to_str().unwrap()],
        b"",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let msgs = read_topic(&t.bootstrap, "bin", &[]);
    assert_eq!(msgs.len(), 1);
    assert!(msgs[0].value.as_deref() == Some(&data[..]), "bytes differ");
}

#[test]
fn missing_topic_is_one_line_and_exit_1() {
    // tansu never auto-creates topics, like a cluster with auto-create off.
    let t = Tansu::start();
    let out = produce(&t.bootstrap, "nope", &["--timeout", "5s"], b"x\n");
    assert_eq!(code(&out), 1);
    assert_eq!(
        stderr(&out),
        "klar: error: topic nope: UNKNOWN_TOPIC_OR_PART: Broker: Unknown topic or partition \
         (see the topic name, and allow.auto.create.topics with the broker's auto.create.topics.enable)\n"
    );
    assert_eq!(stdout(&out), "");
}

#[test]
fn partition_out_of_range_is_refused_before_sending() {
    let t = Tansu::start();
    t.create_topic("two", 2);
    let out = produce(&t.bootstrap, "two", &["-p", "2"], b"x\n");
    assert_eq!(code(&out), 1);
    assert_eq!(
        stderr(&out),
        "klar: error: -p 2: topic two has 2 partition(s), numbered 0 to 1\n"
    );
}

/// Time offsets need a broker that answers ListOffsets by timestamp: the
/// mock answers every lookup with the end offset.
#[test]
fn consume_by_time_resolves_exact_offsets() {
    let t = Tansu::start();
    t.create_topic("times", 1);
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    // Offsets 0-4 two hours ago, 5-9 thirty minutes ago, a minute apart.
    let lines: Vec<String> = (0..10)
        .map(|i| {
            let base = if i < 5 {
                now_ms - 7_200_000
            } else {
                now_ms - 1_800_000
            };
            serde_json::json!({"payload": format!("m{i}"), "ts": base + (i % 5) * 60_000})
                .to_string()
        })
        .collect();
    produce_json(&t.bootstrap, "times", &lines);
    let run = |args: &[&str]| {
        let mut all = vec!["-b", t.bootstrap.as_str(), "-t", "times", "-f", "%o "];
        all.extend_from_slice(args);
        let o = consume(&all);
        assert_eq!(code(&o), 0, "{args:?}: {}", stderr(&o));
        stdout(&o)
    };
    let ts = |i: i64| {
        let base = if i < 5 {
            now_ms - 7_200_000
        } else {
            now_ms - 1_800_000
        };
        base + (i % 5) * 60_000
    };
    // The first message at or after the time.
    assert_eq!(run(&["-o", &format!("@{}", ts(3)), "-e"]), "3 4 5 6 7 8 9 ");
    assert_eq!(
        run(&["-o", &format!("@{}", ts(3) - 1), "-e"]),
        "3 4 5 6 7 8 9 "
    );
    assert_eq!(run(&["-o", "@-1h", "-e"]), "5 6 7 8 9 ");
    assert_eq!(run(&["-o", "@-1h:end"]), "5 6 7 8 9 ");
    // RFC 3339, and a time range: END is the first message at END's time.
    let rfc = |ms: i64| {
        humantime::format_rfc3339_millis(
            std::time::UNIX_EPOCH + std::time::Duration::from_millis(ms as u64),
        )
        .to_string()
    };
    assert_eq!(
        run(&["-o", &format!("@{}:@{}", rfc(ts(1)), rfc(ts(6)))]),
        "1 2 3 4 5 "
    );
    assert_eq!(run(&["-o", &format!("@{}:8", rfc(ts(6)))]), "6 7 ");
    // kcat's forms: s@ and e@ set one end each, in either order.
    let (s1, e6) = (format!("s@{}", ts(1)), format!("e@{}", ts(6)));
    assert_eq!(run(&["-o", &s1, "-o", &e6]), "1 2 3 4 5 ");
    assert_eq!(run(&["-o", &e6, "-o", &s1]), "1 2 3 4 5 ");
    assert_eq!(run(&["-o", &e6]), "0 1 2 3 4 5 ");
    // A time after the last message would read nothing on Kafka (ListOffsets
    // answers -1); tansu 0.6.0 answers offset 0 instead, so it is not
    // asserted here.
    // JSON round trip of the envelope's timestamps.
    let o = consume(&["-b", &t.bootstrap, "-t", "times", "-o", "9:end", "-J"]);
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["ts"], serde_json::json!(ts(9)));
    assert_eq!(v["tstype"], "create");
}

/// A cluster behind a link with a round trip longer than the slices in which
/// klar waits for a broker (so that Ctrl-C is seen): once its Metadata
/// request is out, the answer gets the time that is left, and it comes.
#[test]
fn a_cluster_behind_a_slow_link_still_answers() {
    let (tansu, slow) = Tansu::behind_slow_link(std::time::Duration::from_millis(200));
    tansu.create_topic("far", 1);
    let out = produce(&slow, "far", &["--timeout", "20s"], b"far away\n");
    let err = stderr(&out);
    assert_eq!(code(&out), 0, "{err}");
    assert_eq!(summary(&err).delivered, 1, "{err}");
    let out = consume(&["-b", &slow, "-t", "far", "-e", "--timeout", "20s"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out), "far away\n");
}
