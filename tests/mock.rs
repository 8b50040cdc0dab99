//! `klar mock`: the embedded cluster, by itself and wrapping a command.

mod common;

use std::time::{Duration, Instant};

use common::*;

#[test]
fn prints_bootstrap_and_stops_when_stdin_closes() {
    let (mut child, line) = spawn_mock(&["--brokers", "3", "--topic", "a:2", "--topic", "b"]);
    let servers: Vec<&str> = line.trim().split(',').collect();
    assert_eq!(servers.len(), 3, "{line}");
    assert!(
        servers.iter().all(|s| s.starts_with("127.0.0.1:")),
        "{line}"
    );
    // The topics exist with their partition counts.
    let md = kcat(&["-b", line.trim(), "-L", "-t", "a"], None);
    assert!(
        stdout(&md).contains("topic \"a\" with 2 partitions"),
        "{}",
        stdout(&md)
    );
    let md = kcat(&["-b", line.trim(), "-L", "-t", "b"], None);
    assert!(
        stdout(&md).contains("topic \"b\" with 1 partitions"),
        "{}",
        stdout(&md)
    );
    drop(child.stdin.take());
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "mock did not stop"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(0));
}

#[test]
fn stops_on_sigterm_with_until_signal() {
    let (mut child, _) = spawn_mock(&["--until-signal"]);
    drop(child.stdin.take());
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        child.try_wait().unwrap().is_none(),
        "stdin at EOF must not stop it"
    );
    // SAFETY: kill(2) on our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let out = wait_with_timeout(child, Duration::from_secs(10));
    assert_eq!(code(&out), 0);
}

#[test]
fn runs_a_command_with_klar_brokers_and_returns_its_status() {
    let o = klar()
        .args(["mock", "--topic", "t:2", "--", "sh", "-c"])
        .arg("echo hi | \"$KLAR\" produce -t t --report none -q && echo \"brokers=$KLAR_BROKERS\"; exit 7")
        .env("KLAR", KLAR)
        .output()
        .unwrap();
    assert_eq!(code(&o), 7, "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("brokers=127.0.0.1:"), "{out}");
    assert_eq!(stderr(&o), "");
}

/// With CMD as without it, the mock says at the end how many of the
/// queued faults the clients met.
#[test]
fn a_command_run_hears_which_faults_were_met() {
    // The mock's stderr after one message produced, with these faults.
    let met = |injections: [&str; 2]| {
        let mut args = vec!["mock", "--topic", "t:1"];
        for i in injections {
            args.extend(["--inject", i]);
        }
        args.extend(["--", "sh", "-c"]);
        let o = klar()
            .args(args)
            .arg("echo hi | \"$KLAR\" produce -t t --report none -q")
            .env("KLAR", KLAR)
            .output()
            .unwrap();
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        stderr(&o)
    };
    assert_eq!(
        met(["1:Produce=NOT_LEADER_OR_FOLLOWER*2", "1:Fetch=NO_ERROR@1ms"]),
        "klar: mock: broker 1 answered 2 of 2 queued Produce response(s)\n\
         klar: mock: broker 1 answered 0 of 1 queued Fetch response(s)\n"
    );
    // Faults for the whole cluster (no `N:`) were not counted at all.
    assert_eq!(
        met([
            "Produce=NOT_LEADER_OR_FOLLOWER*2,REQUEST_TIMED_OUT",
            "OffsetCommit=NOT_COORDINATOR"
        ]),
        "klar: mock: the cluster answered 3 of 3 queued Produce response(s)\n\
         klar: mock: the cluster answered 0 of 1 queued OffsetCommit response(s)\n"
    );
}

#[test]
fn bad_topic_spec_is_a_usage_error() {
    let o = klar().args(["mock", "--topic", "x:0"]).output().unwrap();
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "klar: error: --topic x:0: \"0\" is not a partition count (1 to 10000)\n"
    );
    // Sizes librdkafka would abort on (an allocation that fails, more
    // brokers than descriptors) are refused first.
    for args in [
        &["mock", "--topic", "a:2147483647"][..],
        &["mock", "--brokers", "70000"],
        &["mock", "--brokers", "0"],
    ] {
        let o = klar().args(args).output().unwrap();
        assert_eq!(code(&o), 2, "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o).lines().count(), 1, "{args:?}: {}", stderr(&o));
    }
    let o = klar()
        .args(["mock", "--", "/nonexistent/cmd"])
        .output()
        .unwrap();
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).starts_with("klar: error: cannot run /nonexistent/cmd: "),
        "{}",
        stderr(&o)
    );
}

/// librdkafka answers a request from its broker's own error list first,
/// even an emptied one: errors for the whole cluster on an API that has a
/// broker's list would never be used, while the summary counted them met.
/// So the mix is refused, as a flag (exit 2) and as a control line.
#[test]
fn cluster_and_broker_errors_for_one_api_are_not_mixed() {
    let refused = "Produce: errors for the whole cluster cannot be mixed with errors on a \
                   broker's own list (a broker id or a delay puts them there): librdkafka \
                   answers from the broker's list first, even an empty one, so the cluster's \
                   would never be used; give every Produce fault a broker id, or none and no \
                   delay";
    for pair in [
        ["1:Produce=NO_ERROR", "Produce=NOT_LEADER_OR_FOLLOWER*3"],
        ["Produce=NOT_LEADER_OR_FOLLOWER", "Produce=NO_ERROR@50ms"],
    ] {
        let o = klar()
            .args([
                "mock", "--topic", "t", "--inject", pair[0], "--inject", pair[1],
            ])
            .output()
            .unwrap();
        assert_eq!(code(&o), 2, "{pair:?}");
        assert_eq!(
            stderr(&o),
            format!("klar: error: --inject {:?}: {refused}\n", pair[1])
        );
    }
    // Other APIs, and more of the same kind, are fine.
    let mut m = Mock::with_args(&["--topic", "t", "--inject", "1:Produce=NO_ERROR"]);
    m.control("inject Produce=NOT_LEADER_OR_FOLLOWER*3");
    m.control("inject Fetch=NOT_LEADER_OR_FOLLOWER");
    m.control("inject 1:Produce=NOT_LEADER_OR_FOLLOWER");
    let err = m.stop();
    assert!(err.contains(&format!("klar: mock: {refused}\n")), "{err}");
    assert!(
        err.contains("klar: mock: 1 error(s) queued for Fetch\n"),
        "{err}"
    );
    assert!(
        err.contains("klar: mock: 1 error(s) queued for Produce on broker 1\n"),
        "{err}"
    );
}
