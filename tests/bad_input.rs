//! What the user types wrong, across every subcommand: each bad input is
//! exactly one line on stderr that names it, the documented exit status, no
//! panic, and an answer within 10 seconds.

mod common;

use std::process::Stdio;
use std::time::{Duration, Instant};

use common::*;

/// Where a case's stdin comes from.
#[derive(Clone, Copy)]
enum Stdin {
    None,
    Text(&'static str),
    Bytes(&'static [u8]),
    /// 100 MB in one line, no delimiter anywhere.
    Huge,
}

/// Which broker `{B}` stands for in a case's arguments.
#[derive(Clone, Copy, PartialEq)]
enum Broker {
    /// Nothing listens: the input must be refused before connecting.
    None,
    /// librdkafka's mock (it creates any topic it is asked about).
    Mock,
    /// tansu, which never creates topics.
    Tansu,
}

struct Case {
    args: &'static [&'static str],
    stdin: Stdin,
    broker: Broker,
    code: i32,
    /// What the one line must contain: the input as the user typed it.
    names: &'static str,
}

const fn case(args: &'static [&'static str], code: i32, names: &'static str) -> Case {
    Case {
        args,
        stdin: Stdin::None,
        broker: Broker::None,
        code,
        names,
    }
}

const fn with(
    broker: Broker,
    stdin: Stdin,
    args: &'static [&'static str],
    code: i32,
    names: &'static str,
) -> Case {
    Case {
        args,
        stdin,
        broker,
        code,
        names,
    }
}

use Broker::{Mock as M, Tansu as T};

/// `{B}`: the broker; `{D}`: a directory of prepared files.
#[rustfmt::skip]
const CASES: &[Case] = &[
    // Properties: -X, files, the environment.
    case(&["produce", "-b", "{B}", "-t", "t", "-X", "foo"], 2, "-X foo"),
    case(&["produce", "-b", "{B}", "-t", "t", "-X", "bootstrap.server=x"], 2, "bootstrap.server"),
    case(&["produce", "-b", "{B}", "-t", "t", "-X", "linger.ms=abc"], 2, "\"abc\""),
    // librdkafka's own reason: a one-letter value once garbled it.
    case(&["produce", "-b", "{B}", "-t", "t", "-X", "sasl.oauthbearer.scope=s"], 2, "\"sasl.oauthbearer.scope\" not supported in this build"),
    case(&["produce", "-b", "{B}", "-t", "t", "-X", "sasl.mechanisms="], 2, "sasl.mechanisms (-X): the value is empty"),
    // strtod reads them; no range check would stop them.
    case(&["produce", "-b", "{B}", "-t", "t", "-X", "linger.ms=nan"], 2, "linger.ms (-X): \"nan\": expected float"),
    case(&["config-explain", "-X", "linger.ms=Infinity"], 2, "\"Infinity\""),
    case(&["produce", "-b", "{B}", "-t", "t", "-X", "enable.idempotence=maybe"], 2, "\"maybe\""),
    // librdkafka's reason, where "expected string" said nothing.
    case(&["produce", "-b", "{B}", "-t", "t", "-X", "plugin.library.paths=/nonexistent.so"], 2, "\"/nonexistent.so\" (librdkafka: dlopen() failed: /nonexistent.so: cannot open shared object file"),
    case(&["produce", "-b", "{B}", "-t", "t", "-X", "compression.codec=zip"], 2, "\"zip\""),
    // Hidden properties: librdkafka would take the first as a function's address.
    case(&["produce", "-b", "{B}", "-t", "t", "-X", "ut_handle_ProduceResponse=1"], 2, "ut_handle_ProduceResponse (-X) cannot be set from the command line"),
    case(&["consume", "-b", "{B}", "-t", "t", "-X", "enable.sparse.connections=maybe"], 2, "enable.sparse.connections (-X): \"maybe\""),
    case(&["produce", "-b", "{B}", "-t", "t", "-X", "linger.ms=99999999999"], 2, "99999999999"),
    case(&["consume", "-b", "{B}", "-t", "t", "-X", "auto.offset.reset=sometimes"], 2, "sometimes"),
    case(&["produce", "-b", "{B}", "-t", "t", "-F", "{D}/missing.properties"], 2, "missing.properties"),
    case(&["produce", "-b", "{B}", "-t", "t", "-F", "{D}/adir"], 2, "adir"),
    case(&["consume", "-b", "{B}", "-t", "t", "-F", "{D}/badesc.properties"], 2, "badesc.properties:2"),
    case(&["consume", "-b", "{B}", "-t", "t", "-F", "{D}/typo.properties"], 2, "typo.properties:1"),
    // Read without a bound, it took all memory.
    case(&["produce", "-b", "{B}", "-t", "t", "-F", "/dev/zero"], 2, "properties file /dev/zero is larger than 16 MiB"),
    case(&["produce", "-b", "{B}", "-t", "t", "-F", "{D}/binary.properties"], 2, "binary.properties:1"),
    // librdkafka keeps a port's low 16 bits: 113245 was port 47709.
    case(&["admin", "-b", "127.0.0.1:113245", "metadata"], 2, "bootstrap.servers entry \"127.0.0.1:113245\" (set by flag -b/--brokers): the port must be a number from 1 to 65535"),
    case(&["consume", "-X", "bootstrap.servers=[::1]:0,h:abc", "-t", "t"], 2, "\"[::1]:0\" (set by -X)"),
    case(&["produce", "-b", "", "-t", "t"], 2, "bootstrap.servers is empty (set by flag -b/--brokers)"),
    // Durations, numbers, enums, delimiters, headers.
    case(&["produce", "-b", "{B}", "-t", "t", "--timeout", "5parsecs"], 2, "5parsecs"),
    case(&["produce", "-b", "{B}", "-t", "t", "--flush-timeout", "soon"], 2, "soon"),
    case(&["produce", "-b", "{B}", "-t", "t", "-p", "-5"], 2, "-5"),
    case(&["produce", "-b", "{B}", "-t", "t", "--rate", "0"], 2, "--rate 0"),
    // One message in 1e20 seconds is no Duration: it panicked.
    case(&["produce", "-b", "{B}", "-t", "t", "--rate", "1e-20"], 2, "--rate 0.00000000000000000001"),
    case(&["produce", "-b", "{B}", "-t", "t", "-D", "\\xZZ"], 2, "\\xZZ"),
    case(&["produce", "-b", "{B}", "-t", "t", "-K", ""], 2, "-K"),
    case(&["produce", "-b", "{B}", "-t", "t", "-H", "=v"], 2, "-H =v"),
    case(&["produce", "-b", "{B}", "-t", "t", "--input", "yaml"], 2, "yaml"),
    case(&["produce", "-b", "{B}", "-t", "t", "--acks", "2"], 2, "'2'"),
    // Files and topic names.
    case(&["produce", "-b", "{B}", "-t", "t", "-l", "{D}/missing.txt"], 2, "missing.txt"),
    case(&["produce", "-b", "{B}", "-t", "t", "{D}/missing.bin"], 2, "missing.bin"),
    case(&["produce", "-b", "{B}", "-t", "t", "{D}/adir"], 2, "adir"),
    case(&["produce", "-b", "{B}", "-t", ""], 2, "-t \"\""),
    case(&["produce", "-b", "{B}", "-t", "a/b"], 2, "a/b"),
    case(&["consume", "-b", "{B}", "-t", ""], 2, "-t \"\""),
    // kcat habits: -p belongs to -t, and -t reads one topic.
    case(&["consume", "-b", "{B}", "-G", "g", "t", "-p", "1"], 2, "-p 1"),
    case(&["consume", "-b", "{B}", "-t", "t", "u"], 2, "-t t u"),
    case(&["consume", "-b", "{B}", "-t", "t", "-c", "0"], 2, "'0' for '--count <N>'"),
    // Past any offset: they overflowed (a panic in debug builds, a wrapped
    // number in release ones).
    case(&["consume", "-b", "{B}", "-t", "t", "-o", "-9223372036854775807"], 2, "9223372036854775807 is beyond any offset"),
    case(&["consume", "-b", "{B}", "-t", "t", "-o", "+9223372036854775807"], 2, "9223372036854775807 is beyond any offset"),
    case(&["produce", "-b", "{B}", "-t", "t", "-c", "0"], 2, "'0' for '--count <N>'"),
    case(&["consume", "-b", "{B}", "-t", "t", "-p", "-1"], 2, "-p -1"),
    // A value typed with another separator may be a secret: only the name
    // is shown (the secrets test checks that the value is not).
    case(&["produce", "-b", "{B}", "-t", "t", "-X", "sasl.password:hunter22"], 2, "-X sasl.password... (the rest not shown): expected KEY=VALUE"),
    case(&["produce", "-b", "{B}", "-t", "t", "-X", "list"], 2, "-X list: expected KEY=VALUE (for example -X linger.ms=10); to list every property, run klar config-explain"),
    case(&["consume", "-b", "{B}", "-t", "t", "-X", "dump"], 2, "-X dump: expected KEY=VALUE (for example -X linger.ms=10); to see the configuration in force, add --explain-only"),
    case(&["produce", "-b", "{B}", "-t", "t", "-p", "-2"], 2, "-p -2"),
    case(&["consume", "-b", "{B}", "-G", "", "t"], 2, "-G \"\""),
    case(&["consume", "-b", "{B}", "-G", "g", "bad topic"], 2, "bad topic"),
    // Offsets, times, formats, deserializers, filters.
    case(&["consume", "-b", "{B}", "-t", "t", "-o", "nonsense"], 2, "nonsense"),
    case(&["consume", "-b", "{B}", "-t", "t", "-o", "@notatime"], 2, "@notatime"),
    case(&["consume", "-b", "{B}", "-t", "t", "-o", "@-5parsecs"], 2, "@-5parsecs"),
    case(&["consume", "-b", "{B}", "-t", "t", "-o", "99999999999999999999999"], 2, "99999999999999999999999"),
    case(&["consume", "-b", "{B}", "-t", "t", "-o", "x=5"], 2, "x=5"),
    // A range that reads nothing, and flags the output chosen has no use for:
    // each was taken and ignored, with status 0.
    case(&["consume", "-b", "{B}", "-t", "t", "-o", "5:3"], 2, "-o \"5:3\": the range reads nothing"),
    case(&["consume", "-b", "{B}", "-t", "t", "-o", "0=5:5"], 2, "-o \"0=5:5\": the range reads nothing"),
    case(&["consume", "-b", "{B}", "-t", "t", "-o", "s@2000", "-o", "e@1000"], 2, "-o \"e@1000\": the range reads nothing"),
    case(&["consume", "-b", "{B}", "-t", "t", "-p", "1", "-o", "0=5"], 2, "-o 0=5: partition 0 is not among those -p reads (1)"),
    case(&["consume", "-b", "{B}", "-t", "t", "-J", "-K", ":"], 2, "-K prints the key"),
    case(&["consume", "-b", "{B}", "-t", "t", "-f", "%s", "-K", ":"], 2, "-K prints the key"),
    case(&["consume", "-b", "{B}", "-t", "t", "-f", "%s", "-D", "X"], 2, "-D ends each message"),
    case(&["consume", "-b", "{B}", "-t", "t", "--pretty"], 2, "--pretty indents JSON"),
    case(&["consume", "-b", "{B}", "-t", "t", "-f", "%Q"], 2, "%Q"),
    // (`%s{foo}` is no error: braces after %s other than {hex} and
    // {base64} are text, as in kcat.)
    case(&["consume", "-b", "{B}", "-t", "t", "-f", "%s{foo}%Z"], 2, "%Z"),
    case(&["consume", "-b", "{B}", "-t", "t", "-f", "%d{"], 2, "%d{"),
    case(&["consume", "-b", "{B}", "-t", "t", "-f", "%d{%Y %q}"], 2, "%q in %d{%Y %q}"),
    // Wider than strftime's buffer, it printed nothing for every message.
    case(&["consume", "-b", "{B}", "-t", "t", "-f", "%d{%100000Y}"], 2, "%100000Y in %d{%100000Y}: a field width is at most 1000"),
    case(&["consume", "-b", "{B}", "-t", "t", "-s", "value=int32x"], 2, "int32x"),
    case(&["consume", "-b", "{B}", "-t", "t", "-s", "wat=string"], 2, "wat"),
    case(&["consume", "-b", "{B}", "-t", "t", "--grep-key", "("], 2, "--grep-key \"(\""),
    case(&["consume", "-b", "{B}", "-t", "t", "--grep-header", "novalue"], 2, "novalue"),
    case(&["consume", "-b", "{B}", "-G", "g", "t", "--commit-every", "0"], 2, "'0'"),
    case(&["consume", "-b", "{B}", "-t", "t", "--commit", "after-write"], 2, "--commit after-write"),
    case(&["consume", "-b", "{B}", "-G", "g"], 2, "<TOPIC>"),
    case(&["consume", "-b", "{B}", "-G", "g", "-t", "t"], 2, "'--group <GROUP>' cannot be used with '--topic <TOPIC>'; tip: with -G the topics are positional arguments, as with kcat -G: klar consume -G GROUP TOPIC..."),
    // admin, config-explain, mock.
    case(&["admin", "-b", "{B}", "topic", "create", ""], 2, "topic \"\""),
    case(&["admin", "-b", "{B}", "topic", "create", "t", "--partitions", "0"], 2, "-p 0"),
    case(&["admin", "-b", "{B}", "topic", "create", "t", "--partitions", "x"], 2, "'x'"),
    case(&["admin", "-b", "{B}", "config", "set", "topic", "t", "foo"], 2, "foo"),
    // Each was taken: the last -c won, the value was ignored, nothing matched.
    case(&["admin", "-b", "{B}", "topic", "create", "t", "-c", "a=1", "-c", "a=2"], 2, "-c a is named twice"),
    case(&["admin", "-b", "{B}", "config", "delete", "topic", "t", "retention.ms=5"], 2, "config delete: retention.ms=... has a value; delete takes names only (retention.ms)"),
    case(&["admin", "-b", "{B}", "acl", "list", "--principal", "alice"], 2, "--principal alice: a principal is TYPE:NAME, such as User:alice"),
    // Names are checked before connecting; librdkafka makes no config
    // resource of an empty name at all.
    case(&["admin", "-b", "{B}", "config", "describe", "topic", ""], 2, "topic \"\""),
    case(&["admin", "-b", "{B}", "config", "set", "group", "", "a=1"], 2, "group \"\""),
    case(&["admin", "-b", "{B}", "config", "delete", "topic", "a b", "x"], 2, "\"a b\""),
    case(&["admin", "-b", "{B}", "metadata", "-t", ""], 2, "-t \"\""),
    case(&["admin", "-b", "{B}", "topic", "describe", "a/b"], 2, "\"a/b\""),
    case(&["admin", "-b", "{B}", "topic", "delete", ""], 2, "topic \"\""),
    case(&["admin", "-b", "{B}", "topic", "add-partitions", "..", "-p", "2"], 2, "\"..\""),
    case(&["admin", "-b", "{B}", "offsets", "-t", "a b:0"], 2, "\"a b\""),
    case(&["admin", "-b", "{B}", "records", "delete", "-t", "", "--before", "1", "-y"], 2, "-t \"\""),
    case(&["admin", "-b", "{B}", "group", "describe", "g", "--topic", "a?"], 2, "\"a?\""),
    case(&["admin", "-b", "{B}", "group", "delete-offsets", "g", "--topic", ":0"], 2, "--topic \"\""),
    case(&["admin", "-b", "{B}", "group", "reset-offsets", "g", "--topic", "a b", "--to-earliest"], 2, "\"a b\""),
    case(&["admin", "-b", "{B}", "group", "reset-offsets", "g", "--from-file", "{D}/badtopic.csv"], 2, "badtopic.csv: topic \"bad topic\""),
    case(&["admin", "-b", "{B}", "bogus"], 2, "bogus"),
    // clap's answer to a missing subcommand is the whole help, which made
    // one unreadable line.
    case(&[], 2, "klar needs a subcommand: produce, consume, admin, mock, config-explain, completions, man; see klar --help"),
    case(&["admin", "-b", "{B}", "topic"], 2, "klar admin topic needs a subcommand: list, describe, create, delete, add-partitions; see klar admin topic --help"),
    case(&["config-explain", "nosuch.property"], 2, "nosuch.property"),
    case(&["config-explain", "x[y"], 2, "unknown property x[y"),
    case(&["config-explain", "--import", "{D}/missing.properties"], 2, "missing.properties"),
    case(&["config-explain", "--role", "wizard"], 2, "wizard"),
    case(&["config-explain", "-X", "linger.ms=-1"], 2, "\"-1\""),
    case(&["mock", "--inject", "Prodcue=NO_ERROR"], 2, "Prodcue"),
    case(&["mock", "--inject", "Produce=NOT_LEADER_FOR_PARTITON"], 2, "NOT_LEADER_FOR_PARTITON"),
    case(&["mock", "--rtt", "5=1s"], 2, "5=1s"),
    case(&["mock", "--rtt", "1=forever"], 2, "forever"),
    case(&["mock", "--brokers", "0"], 2, "--brokers 0"),
    case(&["mock", "--topic", ":3"], 2, ":3"),
    case(&["mock", "--topic", "a b:3"], 2, "\"a b\""),
    case(&["mock", "--topic", "x", "--topic", "x:2"], 2, "--topic x"),
    // The mock answers Metadata but never with an injected fault.
    case(&["mock", "--inject", "Metadata=_TRANSPORT"], 2, "\"Metadata\""),
    // Against a broker: JSON input lines, partitions, missing topics, a huge line.
    with(M, Stdin::Text("{bad\n"), &["produce", "-b", "{B}", "-t", "t", "--input", "json"], 2, "line 1 of stdin"),
    with(M, Stdin::Text("{\"payload\":\"a\",\"ts\":-5}\n"), &["produce", "-b", "{B}", "-t", "t", "--input", "json"], 2, "line 1 of stdin: ts -5"),
    case(&["produce", "-b", "{B}", "-t", "t", "--input", "json", "-D", "\\t"], 2, "-D \\t"),
    case(&["produce", "-b", "{B}", "-t", "t", "--value-encoding", "hex"], 2, "--value-encoding"),
    case(&["produce", "-b", "{B}", "-t", "t", "-K", ":", "{D}/typo.properties"], 2, "-K splits lines, and file arguments are sent whole"),
    with(M, Stdin::Text("[1,2]\n"), &["produce", "-b", "{B}", "-t", "t", "--input", "json"], 2, "line 1 of stdin"),
    with(M, Stdin::None, &["produce", "-b", "{B}", "-t", "t", "--input", "json", "{D}/lines.jsonl"], 2, "lines.jsonl: invalid JSON: trailing characters at line 2 column 1 (a file argument is one envelope; for JSON Lines, one envelope a line, give the file with -l FILE or on stdin)"),
    with(M, Stdin::Text("{\"payload\":\"!!!\"}\n"), &["produce", "-b", "{B}", "-t", "t", "--input", "json", "--value-encoding", "base64"], 2, "line 1 of stdin"),
    with(M, Stdin::Text("{\"payload\":\"\u{7f}\\ud800\"}\n"), &["produce", "-b", "{B}", "-t", "t", "--input", "json"], 2, "line 1 of stdin"),
    with(M, Stdin::Bytes(b"{\"payload\":\"\xff\xfe\"}\n"), &["produce", "-b", "{B}", "-t", "t", "--input", "json"], 2, "line 1 of stdin"),
    with(M, Stdin::Text("{\"partition\":\"x\"}\n"), &["produce", "-b", "{B}", "-t", "t", "--input", "json"], 2, "partition"),
    with(M, Stdin::Text("{\"headers\":5}\n"), &["produce", "-b", "{B}", "-t", "t", "--input", "json"], 2, "headers"),
    with(M, Stdin::Huge, &["produce", "-b", "{B}", "-t", "t"], 2, "message #1 from stdin is longer than 1000000 bytes (no delimiter \"\\n\" within them)"),
    with(M, Stdin::Text("x\n"), &["produce", "-b", "{B}", "-t", "t", "-p", "7"], 1, "-p 7"),
    with(M, Stdin::None, &["consume", "-b", "{B}", "-t", "t", "-p", "9", "-e"], 1, "-p 9"),
    with(M, Stdin::None, &["consume", "-b", "{B}", "-t", "t", "-o", "5=beginning", "-e"], 1, "-o 5="),
    with(T, Stdin::Text("x\n"), &["produce", "-b", "{B}", "-t", "nosuch"], 1, "nosuch"),
    with(T, Stdin::None, &["consume", "-b", "{B}", "-t", "nosuch", "-e"], 1, "nosuch"),
    with(T, Stdin::None, &["consume", "-b", "{B}", "-G", "g", "nosuch", "-e"], 1, "nosuch"),
];

fn prepare(dir: &std::path::Path) {
    std::fs::create_dir(dir.join("adir")).unwrap();
    std::fs::write(
        dir.join("badesc.properties"),
        "linger.ms=5\nbroken \\u00ZZ\n",
    )
    .unwrap();
    std::fs::write(dir.join("typo.properties"), "bootstrap.server=x\n").unwrap();
    std::fs::write(
        dir.join("badtopic.csv"),
        "topic,partition,offset\nbad topic,0,5\n",
    )
    .unwrap();
    std::fs::write(dir.join("binary.properties"), b"linger.ms=\xff\xfe\n").unwrap();
    std::fs::write(
        dir.join("lines.jsonl"),
        "{\"payload\":\"a\"}\n{\"payload\":\"b\"}\n",
    )
    .unwrap();
}

fn run(c: &Case, bootstrap: &str, dir: &str) -> Result<(), String> {
    let args: Vec<String> = c
        .args
        .iter()
        .map(|a| a.replace("{B}", bootstrap).replace("{D}", dir))
        .collect();
    let mut child = klar()
        .args(&args)
        .env("RUST_BACKTRACE", "1")
        .stdin(match c.stdin {
            Stdin::None => Stdio::null(),
            _ => Stdio::piped(),
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let feeder = child.stdin.take().map(|mut stdin| {
        let input = c.stdin;
        std::thread::spawn(move || {
            use std::io::Write;
            let _ = match input {
                Stdin::Text(t) => stdin.write_all(t.as_bytes()),
                Stdin::Bytes(b) => stdin.write_all(b),
                Stdin::Huge => {
                    let chunk = vec![b'a'; 1 << 20];
                    (0..100).try_for_each(|_| stdin.write_all(&chunk))
                }
                Stdin::None => Ok(()),
            };
        })
    });
    let out = wait_with_timeout(child, Duration::from_secs(30));
    let took = start.elapsed();
    if let Some(f) = feeder {
        f.join().unwrap();
    }
    let err = stderr(&out);
    let mut problems = Vec::new();
    if code(&out) != c.code {
        problems.push(format!("exit {} instead of {}", code(&out), c.code));
    }
    if err.lines().count() != 1 {
        problems.push("not exactly one line".to_string());
    }
    if !err.contains(c.names) {
        problems.push(format!("does not name {:?}", c.names));
    }
    if err.contains("panicked") || err.contains("RUST_BACKTRACE") || err.contains("stack backtrace")
    {
        problems.push("panicked".to_string());
    }
    if took > Duration::from_secs(10) {
        problems.push(format!("took {took:?}"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{args:?}: {}:\n{err}", problems.join(", ")))
    }
}

#[test]
fn every_bad_input_is_one_line_naming_it_with_its_exit_status() {
    assert!(CASES.len() >= 40, "{} cases", CASES.len());
    let dir = tempfile::tempdir().unwrap();
    prepare(dir.path());
    let d = dir.path().to_str().unwrap();
    let mock = Mock::start(&["t:2"]);
    let tansu = Tansu::start();
    let mut failures = Vec::new();
    for c in CASES {
        let bootstrap = match c.broker {
            // The discard port: nothing listens, and nothing should try.
            Broker::None => "127.0.0.1:9",
            Broker::Mock => &mock.bootstrap,
            Broker::Tansu => &tansu.bootstrap,
        };
        if let Err(e) = run(c, bootstrap, d) {
            failures.push(e);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} bad inputs:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn an_argument_that_is_not_utf8_is_named() {
    use std::os::unix::ffi::OsStrExt;
    let topic = std::ffi::OsStr::from_bytes(b"a\xffb");
    let out = klar()
        .args(["produce", "-b", "127.0.0.1:9", "-t"])
        .arg(topic)
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    assert_eq!(
        stderr(&out),
        "klar: error: argument \"a\u{fffd}b\" is not valid UTF-8\n"
    );
    // A value after `=` may be a secret: only its key is named.
    let secret = std::ffi::OsStr::from_bytes(b"sasl.password=\xffHunter2Secret");
    let out = klar()
        .args(["produce", "-b", "127.0.0.1:9", "-t", "t", "-X"])
        .arg(secret)
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    assert_eq!(
        stderr(&out),
        "klar: error: argument \"sasl.password=(value not shown)\" is not valid UTF-8\n"
    );
}

/// A cluster that cannot be reached ends every command with one line that
/// says why, as librdkafka found it (refused, or a name that does not
/// resolve), not only that the request failed.
#[test]
fn an_unreachable_cluster_is_one_line_saying_why() {
    let commands: [&[&str]; 5] = [
        &["produce", "-t", "t"],
        &["consume", "-t", "t"],
        &["consume", "-G", "g", "t"],
        &["admin", "metadata"],
        &["admin", "group", "list"],
    ];
    let refused = "klar: error: no answer from the cluster at bootstrap.servers=127.0.0.1:1 \
                   within 2s: _TRANSPORT: 127.0.0.1:1/bootstrap: Connect to ipv4#127.0.0.1:1 \
                   failed: Connection refused (see bootstrap.servers and security.protocol)";
    let unresolved = "klar: error: no answer from the cluster at \
                      bootstrap.servers=nonexistent.invalid:9092 within 2s: _RESOLVE: \
                      nonexistent.invalid:9092/bootstrap: Failed to resolve \
                      'nonexistent.invalid:9092': ";
    let runs: Vec<_> = commands
        .iter()
        .flat_map(|c| [(c, "127.0.0.1:1"), (c, "nonexistent.invalid:9092")])
        .map(|(c, b)| {
            let mut args: Vec<String> = c.iter().map(|s| s.to_string()).collect();
            args.splice(1..1, ["-b".to_string(), b.to_string()]);
            args.extend(["--timeout".to_string(), "2s".to_string()]);
            std::thread::spawn(move || {
                let o = klar().args(&args).stdin(Stdio::null()).output().unwrap();
                (args, o)
            })
        })
        .collect();
    for run in runs {
        let (args, o) = run.join().unwrap();
        let err = stderr(&o);
        assert_eq!(code(&o), 3, "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        let line = err.trim_end();
        if args.contains(&"127.0.0.1:1".to_string()) {
            assert_eq!(line, refused, "{args:?}");
        } else {
            // The resolver's own words differ between machines.
            assert!(line.starts_with(unresolved), "{args:?}: {line}");
            assert!(
                line.ends_with(" (see bootstrap.servers (the host name does not resolve))"),
                "{args:?}: {line}"
            );
        }
    }
}

/// Ctrl-C or SIGTERM while produce or consume waits for a cluster that does
/// not answer ends the wait at once, with the same line and status as the
/// timeout would have given, saying what ended it.
#[test]
fn a_stop_signal_ends_the_wait_for_a_cluster_that_does_not_answer() {
    let commands: [(&[&str], i32); 3] = [
        (&["-t", "t"], libc::SIGINT),
        (&["-t", "t"], libc::SIGTERM),
        (&["-G", "g", "t"], libc::SIGINT),
    ];
    for (i, (args, sig)) in commands.into_iter().enumerate() {
        let mut all = vec!["-b", "127.0.0.1:1", "--timeout", "60s"];
        all.extend_from_slice(args);
        let child = if i == 0 {
            spawn_produce(&all)
        } else {
            spawn_consume(&all)
        };
        std::thread::sleep(Duration::from_millis(1000));
        let start = Instant::now();
        signal(&child, sig);
        let o = wait_with_timeout(child, Duration::from_secs(30));
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{all:?}: {:?}",
            start.elapsed()
        );
        let err = stderr(&o);
        assert_eq!(code(&o), 3, "{all:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{all:?}: {err}");
        let line = err.trim_end();
        let (head, tail) = line
            .split_once(" before the stop signal (")
            .unwrap_or_else(|| panic!("{all:?}: {line}"));
        assert_eq!(
            head,
            "klar: error: no answer from the cluster at bootstrap.servers=127.0.0.1:1"
        );
        assert!(
            tail.ends_with(
                "s): _TRANSPORT: 127.0.0.1:1/bootstrap: Connect to ipv4#127.0.0.1:1 failed: \
                 Connection refused (see bootstrap.servers and security.protocol)"
            ),
            "{all:?}: {line}"
        );
    }
}

/// `klar COMMAND -b MOCK -t t --timeout 3s ARGS...` against a mock that
/// speaks plaintext only, with no stdin.
fn against_plaintext(command: &str, args: &[&str]) -> (String, std::process::Output) {
    let mock = Mock::start(&["t:1"]);
    let o = klar()
        .args([command, "-b", &mock.bootstrap, "-t", "t", "--timeout", "3s"])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (mock.bootstrap.clone(), o)
}

/// A SASL handshake the broker refuses is the reason given, not a timeout;
/// a one-letter password (found in most words of the line) leaves the line
/// readable, since a short secret is masked only where it stands alone.
#[test]
fn a_refused_sasl_handshake_is_the_reason_given() {
    for password in ["wonderland", "s"] {
        let (b, o) = against_plaintext(
            "produce",
            &[
                "-X",
                "security.protocol=SASL_PLAINTEXT",
                "-X",
                "sasl.mechanisms=PLAIN",
                "-X",
                "sasl.username=alice",
                "-X",
                &format!("sasl.password={password}"),
            ],
        );
        assert_eq!(code(&o), 3, "{}", stderr(&o));
        assert_eq!(
            stderr(&o),
            format!(
                "klar: error: no answer from the cluster at bootstrap.servers={b} within 3s: \
                 _AUTHENTICATION: sasl_plaintext://{b}/bootstrap: Failed to initialize SASL \
                 authentication: SASL Handshake not supported by broker (required by mechanism \
                 PLAIN) (see security.protocol, sasl.mechanisms, sasl.username and \
                 sasl.password)\n"
            ),
            "password {password}"
        );
    }
}

/// TLS against a plaintext listener: the reason is librdkafka's (a failed
/// handshake, usually with its guess at a PLAINTEXT listener, or the reset
/// connection), and the line names security.protocol.
#[test]
fn tls_against_a_plaintext_listener_names_security_protocol() {
    let (b, o) = against_plaintext("consume", &["-X", "security.protocol=SSL"]);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    let start = format!(
        "klar: error: no answer from the cluster at bootstrap.servers={b} within 3s: \
         _TRANSPORT: ssl://{b}/bootstrap: "
    );
    assert!(err.starts_with(&start), "{err}");
    assert!(
        err.ends_with(" (see bootstrap.servers and security.protocol)\n"),
        "{err}"
    );
}

/// A stdout that fails (a full disk) is an error line and status 1 for
/// every command that prints: the output a script wanted is not there.
/// A reader that leaves (`| head`) is not an error; other tests cover it.
#[test]
fn a_stdout_that_fails_ends_with_status_1() {
    let mock = Mock::start(&["full:1"]);
    let b = mock.bootstrap.as_str();
    load(b, "full", b"a\nb\n");
    let runs: [&[&str]; 6] = [
        &["produce", "-b", b, "-t", "full"],
        &["consume", "-b", b, "-t", "full", "-o", "beginning", "-e"],
        &["admin", "-b", b, "metadata"],
        &["config-explain"],
        // clap's own output: it exited 0.
        &["--help"],
        &["--version"],
    ];
    for args in runs {
        let o = klar()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(
                std::fs::OpenOptions::new()
                    .write(true)
                    .open("/dev/full")
                    .unwrap(),
            )
            .stderr(Stdio::piped())
            .spawn()
            .map(|mut c| {
                use std::io::Write;
                let mut stdin = c.stdin.take().unwrap();
                let _ = stdin.write_all(b"x\n");
                drop(stdin);
                wait_with_timeout(c, Duration::from_secs(20))
            })
            .unwrap();
        assert_eq!(code(&o), 1, "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("klar: error: cannot write to stdout: No space left on device"),
            "{args:?}: {}",
            stderr(&o)
        );
    }
}
