//! Client configuration: sources, precedence, validation before any network
//! I/O, and secrets. Each bad input: one line naming what the user typed,
//! the documented exit status, no panic.

mod common;

use common::*;

/// Run klar produce against nothing: configuration errors must come first.
fn produce_cfg(args: &[&str], envs: &[(&str, &str)]) -> std::process::Output {
    let mut c = klar();
    c.args(["produce", "-t", "t"]).args(args);
    for (k, v) in envs {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn one_error_line(o: &std::process::Output) -> String {
    let err = stderr(o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "expected one line, got:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
    lines[0].to_string()
}

#[test]
fn unknown_property_suggests_a_known_one() {
    let o = produce_cfg(&["-b", "127.0.0.1:1", "-X", "linger.msec=5"], &[]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        one_error_line(&o),
        "klar: error: unknown property linger.msec (-X); did you mean linger.ms?"
    );
}

#[test]
fn bad_value_names_the_alias_the_user_typed() {
    let o = produce_cfg(&["-b", "127.0.0.1:1", "-X", "linger.ms=abc"], &[]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        one_error_line(&o),
        "klar: error: invalid value for linger.ms (-X): \"abc\": expected float in 0 .. 900000"
    );
}

#[test]
fn bad_values_of_each_kind() {
    let cases = [
        ("enable.idempotence=maybe", "invalid value for enable.idempotence (-X): \"maybe\": expected true or false"),
        ("compression.codec=brotli", "invalid value for compression.codec (-X): \"brotli\": expected one of none, gzip, snappy, lz4, zstd"),
        ("message.max.bytes=-5", "invalid value for message.max.bytes (-X): \"-5\": expected integer in 1000 .. 1000000000"),
        ("linger.ms=5ms", "invalid value for linger.ms (-X): \"5ms\": expected float in 0 .. 900000 (a plain number, no unit)"),
        ("lingerms", "-X lingerms: expected KEY=VALUE (for example -X linger.ms=10)"),
        ("=5", "empty property name (-X)"),
        ("opaque=1", "opaque (-X) cannot be set from the command line: librdkafka sets it through its C API"),
    ];
    for (x, want) in cases {
        let o = produce_cfg(&["-b", "127.0.0.1:1", "-X", x], &[]);
        assert_eq!(code(&o), 2, "{x}");
        assert_eq!(one_error_line(&o), format!("klar: error: {want}"), "{x}");
    }
}

#[test]
fn java_only_keys_get_a_librdkafka_hint() {
    let o = produce_cfg(
        &[
            "-b",
            "x:1",
            "-X",
            "sasl.jaas.config=org.apache...PlainLoginModule required;",
        ],
        &[],
    );
    assert_eq!(code(&o), 2);
    assert_eq!(
        one_error_line(&o),
        "klar: error: sasl.jaas.config (-X) is a Java client property that librdkafka does not know: \
         set sasl.username and sasl.password (and sasl.mechanisms) instead"
    );
    let o = produce_cfg(&["-b", "x:1", "-X", "ssl.truststore.location=/x.jks"], &[]);
    assert!(one_error_line(&o).contains("use ssl.ca.location with a PEM file"));
}

#[test]
fn properties_file_errors_name_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("client.properties");
    std::fs::write(
        &f,
        "# comment\nbootstrap.servers=127.0.0.1:1\n\nlinger.ms = \\\n   7\nbatch.size: 9x\n",
    )
    .unwrap();
    let o = produce_cfg(&["-F", f.to_str().unwrap()], &[]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        one_error_line(&o),
        format!(
            "klar: error: invalid value for batch.size ({}:6): \"9x\": expected integer in 1 .. 2147483647 (a plain number, no unit)",
            f.display()
        )
    );
    std::fs::write(&f, "a=1\nb=\\u12G4\n").unwrap();
    let o = produce_cfg(&["-F", f.to_str().unwrap()], &[]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        one_error_line(&o),
        format!(
            "klar: error: {}:2: malformed \\uXXXX escape: \"\\u12G4\"",
            f.display()
        )
    );
    std::fs::write(&f, "bootstrap.servers=x:1\nlingr.ms=5\n").unwrap();
    let o = produce_cfg(&["-F", f.to_str().unwrap()], &[]);
    assert_eq!(
        one_error_line(&o),
        format!(
            "klar: error: unknown property lingr.ms ({}:2); did you mean linger.ms?",
            f.display()
        )
    );
    let o = produce_cfg(&["-F", "/nonexistent/klar.properties"], &[]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        one_error_line(&o),
        "klar: error: cannot read properties file /nonexistent/klar.properties: No such file or directory (os error 2)"
    );
}

#[test]
fn environment_errors_name_the_variable() {
    let o = produce_cfg(&["-b", "x:1"], &[("KLAR_X_LINGER_MSS", "5")]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        one_error_line(&o),
        "klar: error: environment variable KLAR_X_LINGER_MSS names no librdkafka property; did you mean KLAR_X_LINGER_MS?"
    );
    let o = produce_cfg(&["-b", "x:1"], &[("KLAR_X_LINGER_MS", "soon")]);
    assert_eq!(
        one_error_line(&o),
        "klar: error: invalid value for linger.ms (environment variable KLAR_X_LINGER_MS): \"soon\": expected float in 0 .. 900000"
    );
    // A value that is not UTF-8 is an error, not a setting skipped in
    // silence; it may be a secret, so it is not shown.
    use std::os::unix::ffi::OsStrExt;
    let o = klar()
        .args(["produce", "-t", "t", "-b", "x:1"])
        .env(
            "KLAR_X_SASL_PASSWORD",
            std::ffi::OsStr::from_bytes(b"caf\xe9Secret"),
        )
        .output()
        .unwrap();
    assert_eq!(code(&o), 2);
    assert_eq!(
        one_error_line(&o),
        "klar: error: environment variable KLAR_X_SASL_PASSWORD is not valid UTF-8 (its value is not shown)"
    );
    // A path need not be UTF-8.
    let dir = tempfile::tempdir().unwrap();
    let file = dir
        .path()
        .join(std::ffi::OsStr::from_bytes(b"\xe9.properties"));
    std::fs::write(&file, "acks=1\n").unwrap();
    let o = klar()
        .args(["config-explain", "--set-only"])
        .env("KLAR_CONFIG", &file)
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stdout(&o).contains("acks\ttopic\tproducer\t-1\t1\t"),
        "{}",
        stdout(&o)
    );
    // TOPIC_ is -X's topic. prefix; a global property does not take it.
    let o = produce_cfg(&["-b", "x:1"], &[("KLAR_X_TOPIC_LINGER_MS", "5")]);
    assert_eq!(
        one_error_line(&o),
        "klar: error: topic.linger.ms (environment variable KLAR_X_TOPIC_LINGER_MS): linger.ms is a \
         global property, which the topic. prefix does not take; set linger.ms itself"
    );
    let o = klar()
        .args(["config-explain", "--set-only", "acks"])
        .env("KLAR_X_TOPIC_ACKS", "1")
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stdout(&o).contains("environment variable KLAR_X_TOPIC_ACKS"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn precedence_file_then_env_then_flag_then_x() {
    // Each layer names a different unreachable broker; the error line shows
    // which one won.
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("p.properties");
    std::fs::write(&f, "bootstrap.servers=127.0.0.1:1\n").unwrap();
    let fp = f.to_str().unwrap();
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut all = vec!["--timeout", "1s"];
        all.extend_from_slice(args);
        let o = produce_cfg(&all, env);
        assert_eq!(code(&o), 3, "{}", stderr(&o));
        let line = one_error_line(&o);
        line.split("bootstrap.servers=")
            .nth(1)
            .unwrap()
            .split(' ')
            .next()
            .unwrap()
            .to_string()
    };
    assert_eq!(run(&["-F", fp], &[]), "127.0.0.1:1");
    assert_eq!(run(&[], &[("KLAR_CONFIG", fp)]), "127.0.0.1:1");
    assert_eq!(
        run(&["-F", fp], &[("KLAR_BROKERS", "127.0.0.1:2")]),
        "127.0.0.1:2"
    );
    assert_eq!(
        run(
            &["-F", fp, "-b", "127.0.0.1:3"],
            &[("KLAR_BROKERS", "127.0.0.1:2")]
        ),
        "127.0.0.1:3"
    );
    assert_eq!(
        run(
            &[
                "-F",
                fp,
                "-b",
                "127.0.0.1:3",
                "-X",
                "bootstrap.servers=127.0.0.1:4"
            ],
            &[("KLAR_BROKERS", "127.0.0.1:2")]
        ),
        "127.0.0.1:4"
    );
    assert_eq!(
        run(
            &["-b", "127.0.0.1:3"],
            &[("KLAR_X_BOOTSTRAP_SERVERS", "127.0.0.1:5")]
        ),
        "127.0.0.1:3"
    );
}

#[test]
fn default_properties_file_is_read_from_the_config_dir() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("klar")).unwrap();
    std::fs::write(dir.path().join("klar/klar.properties"), "linger.ms=nope\n").unwrap();
    let o = klar()
        .env("XDG_CONFIG_HOME", dir.path())
        .args(["produce", "-t", "t", "-b", "x:1"])
        .output()
        .unwrap();
    assert_eq!(code(&o), 2);
    assert!(one_error_line(&o).contains("klar/klar.properties:1): \"nope\""));
}

#[test]
fn secrets_never_appear_in_errors_or_debug_logs() {
    let secret = "s3cr3t-Pa55";
    // A bad value for a sensitive key: the error must not echo it.
    let o = produce_cfg(
        &["-b", "x:1", "-X", &format!("ssl.key.pem={secret}\u{1}")],
        &[],
    );
    assert!(!stderr(&o).contains(secret));
    // A full run with every log librdkafka has, the secret set everywhere.
    let mock = Mock::start(&["sec:1"]);
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("s.properties");
    std::fs::write(
        &f,
        format!("sasl.password={secret}\nssl.key.password={secret}\n"),
    )
    .unwrap();
    let o = klar_with_input(
        &[
            "-vv",
            "produce",
            "-b",
            &mock.bootstrap,
            "-t",
            "sec",
            "--debug",
            "all",
            "-F",
            f.to_str().unwrap(),
            "-X",
            &format!("sasl.username={secret}"),
        ],
        b"hello\n",
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("klar: debug: "),
        "debug logs were printed"
    );
    assert!(!stderr(&o).contains(secret), "secret leaked");
    assert!(!stdout(&o).contains(secret), "secret leaked");
}

#[test]
fn unreachable_cluster_exits_3_within_the_timeout() {
    let start = std::time::Instant::now();
    let o = produce_cfg(&["-b", "127.0.0.1:1", "--timeout", "2s"], &[]);
    assert!(start.elapsed() < std::time::Duration::from_secs(8));
    assert_eq!(code(&o), 3);
    assert_eq!(
        one_error_line(&o),
        "klar: error: no answer from the cluster at bootstrap.servers=127.0.0.1:1 within 2s: \
         _TRANSPORT: 127.0.0.1:1/bootstrap: Connect to ipv4#127.0.0.1:1 failed: Connection \
         refused (see bootstrap.servers and security.protocol)"
    );
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    let o = klar().args(["produce"]).output().unwrap();
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("--topic <TOPIC>"));
    let o = klar()
        .args(["produce", "-t", "x", "--acks", "2"])
        .output()
        .unwrap();
    assert_eq!(code(&o), 2);
    let o = klar()
        .args(["produce", "-t", "x", "-b", "x:1", "-D", "\\q"])
        .output()
        .unwrap();
    assert_eq!(code(&o), 2);
    assert_eq!(
        one_error_line(&o),
        "klar: error: -D \"\\\\q\": unknown escape \\q (use \\n \\t \\r \\0 \\\\ or \\xNN)"
    );
    let o = klar()
        .args(["produce", "-t", "x", "-b", "x:1", "/nonexistent/file"])
        .output()
        .unwrap();
    assert_eq!(code(&o), 2);
    assert_eq!(
        one_error_line(&o),
        "klar: error: cannot read /nonexistent/file: No such file or directory (os error 2)"
    );
    let o = klar().args(["--help"]).output().unwrap();
    assert_eq!(code(&o), 0);
    let help = stdout(&o);
    assert!(
        help.contains("Exit status:") && help.contains("3  cluster unreachable"),
        "{help}"
    );
    assert!(help.contains("klar's defaults: client.id=klar"), "{help}");
}

/// Cyrus SASL opens every plugin of its directory when librdkafka starts it,
/// and librdkafka asks Cyrus for GSSAPI only: the plugins are loaded when the
/// configuration can use GSSAPI, and not otherwise. Seen through the dynamic
/// loader's own trace (LD_DEBUG=files), which names every library it opens.
#[test]
fn sasl_plugins_are_opened_only_for_gssapi() {
    let mock = Mock::start(&["t:1"]);
    let plugins = |args: &[&str], input: &[u8]| -> (usize, std::process::Output) {
        let mut c = klar();
        c.args(args).env("LD_DEBUG", "files");
        let o = run_with_input(c, input);
        let opened = stderr(&o)
            .lines()
            .filter(|l| l.contains("/sasl2/") && l.contains("dynamically loaded"))
            .count();
        (opened, o)
    };
    let b = mock.bootstrap.as_str();
    let (n, o) = plugins(&["admin", "metadata", "-b", b], b"");
    assert_eq!((n, code(&o)), (0, 0), "admin metadata");
    let (n, o) = plugins(&["produce", "-b", b, "-t", "t", "-q"], b"one\n");
    assert_eq!((n, code(&o)), (0, 0), "produce");
    let (n, o) = plugins(&["consume", "-b", b, "-t", "t", "-e", "-q"], b"");
    assert_eq!((n, code(&o)), (0, 0), "consume");
    assert_eq!(stdout(&o), "one\n");
    let (n, _) = plugins(&["config-explain", "-X", "sasl.mechanisms=PLAIN"], b"");
    assert_eq!(n, 0, "config-explain, PLAIN");
    let (n, _) = plugins(
        &[
            "config-explain",
            "-X",
            "security.protocol=sasl_ssl",
            "-X",
            "sasl.mechanisms=SCRAM-SHA-512",
        ],
        b"",
    );
    assert_eq!(n, 0, "config-explain, SCRAM over SASL_SSL");
    // GSSAPI is librdkafka's default mechanism once the protocol is SASL.
    // (libsasl2-modules, which .ci/test-packages installs, has the plugins.)
    let (n, _) = plugins(&["config-explain", "-X", "security.protocol=sasl_ssl"], b"");
    assert!(n > 0, "config-explain, GSSAPI: no plugin opened");
    let (n, _) = plugins(
        &[
            "admin",
            "metadata",
            "-b",
            b,
            "-X",
            "security.protocol=SASL_PLAINTEXT",
            "-X",
            "sasl.kerberos.keytab=/nonexistent",
            "--timeout",
            "1s",
        ],
        b"",
    );
    assert!(n > 0, "admin metadata, GSSAPI: no plugin opened");
}

/// The commands read librdkafka's property table (printed and parsed, half
/// a millisecond) only for a property klar does not know by heart: not for
/// what their flags set and their start reads. Seen in klar's debug log.
#[test]
fn the_property_table_is_read_only_when_needed() {
    let mock = Mock::start(&["t:1"]);
    let reads = |args: &[&str], input: &[u8]| -> bool {
        let mut c = klar();
        // klar's info lines (`-v`) too, and of its debug lines only the
        // catalogue's.
        c.args(args)
            .env("RUST_LOG", "klar=info,klar::config::catalogue=debug");
        let o = run_with_input(c, input);
        assert_eq!(code(&o), 0, "{args:?}: {}", stderr(&o));
        stderr(&o).contains("klar: debug: reading librdkafka's property table\n")
    };
    let b = mock.bootstrap.as_str();
    assert!(
        !reads(&["admin", "metadata", "-b", b], b""),
        "admin metadata"
    );
    assert!(
        !reads(&["produce", "-b", b, "-t", "t", "-q"], b"one\n"),
        "produce"
    );
    assert!(
        !reads(&["consume", "-b", b, "-t", "t", "-e", "-q"], b""),
        "consume -t"
    );
    assert!(
        !reads(
            &[
                "consume",
                "-b",
                b,
                "-G",
                "g",
                "t",
                "-e",
                "-q",
                "-o",
                "beginning"
            ],
            b""
        ),
        "consume -G"
    );
    // An alias needs the table, and so does config-explain.
    assert!(
        reads(
            &["produce", "-b", b, "-t", "t", "-q", "-X", "linger.ms=1"],
            b"two\n"
        ),
        "produce -X linger.ms"
    );
    assert!(
        reads(&["config-explain", "linger.ms"], b""),
        "config-explain"
    );
}

/// SASL without a mechanism is Kerberos (librdkafka's default), whose kinit
/// command needs a keytab: librdkafka's refusal names only the keytab, so
/// klar says what the choice is.
#[test]
fn sasl_without_a_mechanism_says_kerberos_is_the_default() {
    let o = produce_cfg(
        &["-b", "127.0.0.1:1", "-X", "security.protocol=sasl_ssl"],
        &[],
    );
    assert_eq!(code(&o), 2);
    assert_eq!(
        one_error_line(&o),
        "klar: error: cannot create the producer: Client creation error: Invalid \
         sasl.kerberos.kinit.cmd value: Property not available: \"sasl.kerberos.keytab\" \
         (GSSAPI, that is Kerberos, is librdkafka's default sasl.mechanisms: set \
         sasl.kerberos.keytab and sasl.kerberos.principal for it, or set sasl.mechanisms to \
         PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 or OAUTHBEARER)"
    );
}

/// A file as an editor on Windows writes it (a byte order mark, CRLF) and
/// values with trailing blanks, which the Java client trims: each works as
/// it does there.
#[test]
fn a_properties_file_from_another_editor_reads_as_java_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("client.properties");
    std::fs::write(&f, "\u{feff}linger.ms=8 \r\nacks=all\t\r\n").unwrap();
    let o = klar()
        .args(["config-explain", "--set-only", "-F"])
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    let path = f.display();
    assert!(
        out.contains(&format!("linger.ms\tglobal\tproducer\t5\t8\t{path}:1\n")),
        "{out}"
    );
    assert!(
        out.contains(&format!("acks\ttopic\tproducer\t-1\tall\t{path}:2\n")),
        "{out}"
    );
}
