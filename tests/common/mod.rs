//! The test harness: the built klar binary, and the brokers it is tested
//! against, each started and stopped here. Nothing assumes a broker that this
//! file did not start.

#![allow(dead_code)]

pub mod admin;
pub mod crabka;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Headers, Message};
use rdkafka::{ClientConfig, Offset, TopicPartitionList};

pub const KLAR: &str = env!("CARGO_BIN_EXE_klar");

/// A klar command with no configuration leaking in from the machine.
pub fn klar() -> Command {
    let mut c = Command::new(KLAR);
    c.env_remove("KLAR_BROKERS")
        .env_remove("KLAR_CONFIG")
        .env_remove("RUST_LOG")
        .env("XDG_CONFIG_HOME", "/nonexistent/klar-tests")
        .stdin(Stdio::null());
    for (k, _) in std::env::vars() {
        if k.starts_with("KLAR_X_") {
            c.env_remove(k);
        }
    }
    c
}

/// Run klar with `input` on stdin.
pub fn klar_with_input(args: &[&str], input: &[u8]) -> Output {
    let mut c = klar();
    c.args(args);
    run_with_input(c, input)
}

/// Run a klar command made with `klar()` (an environment of its own, say)
/// with `input` on stdin.
pub fn run_with_input(mut c: Command, input: &[u8]) -> Output {
    let mut child = c
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn klar");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = wait_with_timeout(child, Duration::from_secs(120));
    writer.join().unwrap();
    out
}

pub fn wait_with_timeout(mut child: Child, limit: Duration) -> Output {
    let start = Instant::now();
    let stdout = child.stdout.take();
    let stderr = child.stderr.take();
    let out_t = std::thread::spawn(move || read_all(stdout));
    let err_t = std::thread::spawn(move || read_all(stderr));
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > limit {
            // A shell started in a group of its own takes klar along;
            // any other child has no such group, and this does nothing.
            // SAFETY: a signal to a process group, no memory involved.
            unsafe { libc::kill(-(child.id() as i32), libc::SIGKILL) };
            let _ = child.kill();
            let _ = child.wait();
            panic!("klar did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Output {
        status,
        stdout: out_t.join().unwrap(),
        stderr: err_t.join().unwrap(),
    }
}

fn read_all(r: Option<impl std::io::Read>) -> Vec<u8> {
    let mut v = Vec::new();
    if let Some(mut r) = r {
        let _ = r.read_to_end(&mut v);
    }
    v
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

/// librdkafka's mock cluster, run as `klar mock` in a child process.
pub struct Mock {
    child: Child,
    pub bootstrap: String,
    log: Option<tempfile::NamedTempFile>,
}

impl Mock {
    pub fn start(topics: &[&str]) -> Mock {
        Mock::with_brokers(1, topics)
    }

    pub fn with_brokers(brokers: u32, topics: &[&str]) -> Mock {
        let mut args = vec!["--brokers".to_string(), brokers.to_string()];
        for t in topics {
            args.extend(["--topic".to_string(), t.to_string()]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (child, bootstrap) = spawn_mock(&args);
        Mock {
            child,
            bootstrap,
            log: None,
        }
    }
}

/// Start `klar mock ARGS` with stdin piped and return it with the bootstrap
/// servers it printed on its first line.
pub fn spawn_mock(args: &[&str]) -> (Child, String) {
    spawn_mock_to(args, Stdio::null())
}

fn spawn_mock_to(args: &[&str], stderr: Stdio) -> (Child, String) {
    let mut child = klar()
        .arg("mock")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .expect("spawn klar mock");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .expect("read the mock's bootstrap servers");
    let bootstrap = line.trim().to_string();
    assert!(bootstrap.contains(':'), "klar mock printed {bootstrap:?}");
    (child, bootstrap)
}

impl Mock {
    /// `klar mock ARGS` (faults and all), its stderr kept for `stop`.
    pub fn with_args(args: &[&str]) -> Mock {
        let log = tempfile::NamedTempFile::new().unwrap();
        let (child, bootstrap) = spawn_mock_to(args, log.reopen().unwrap().into());
        Mock {
            child,
            bootstrap,
            log: Some(log),
        }
    }

    /// Send one control line (`down 1`, `inject ...`) on the mock's stdin.
    /// The mock applies it within about 100 ms.
    pub fn control(&mut self, line: &str) {
        let stdin = self.child.stdin.as_mut().expect("the mock's stdin is open");
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
        std::thread::sleep(Duration::from_millis(300));
    }

    /// Stop the mock by closing its stdin; its stderr (with `with_args`).
    pub fn stop(mut self) -> String {
        self.close();
        self.log
            .as_ref()
            .map(|l| std::fs::read_to_string(l.path()).unwrap())
            .unwrap_or_default()
    }

    fn close(&mut self) {
        // Closing stdin is the documented way to stop it.
        drop(self.child.stdin.take());
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Take the whole cluster away at once, as a crash would.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Mock {
    fn drop(&mut self) {
        self.close();
    }
}

/// The tansu binary: $TANSU, else ~/.cargo/bin/tansu, else PATH.
pub fn tansu_bin() -> PathBuf {
    installed_bin("TANSU", "tansu")
}

/// A test broker's binary: the path in `$env`, else `cargo install`'s
/// ~/.cargo/bin/NAME, else NAME on PATH.
pub fn installed_bin(env: &str, name: &str) -> PathBuf {
    if let Ok(p) = std::env::var(env) {
        return PathBuf::from(p);
    }
    if let Ok(home) = std::env::var("HOME") {
        let p = PathBuf::from(home).join(".cargo/bin").join(name);
        if p.exists() {
            return p;
        }
    }
    PathBuf::from(name)
}

/// Starts a test broker with its output in `log`, and returns once it
/// accepts connections on `bootstrap`; if it cannot start or exits first,
/// fails with `install` or its log.
pub fn start_broker(
    mut cmd: Command,
    bootstrap: &str,
    log: &std::path::Path,
    install: &str,
) -> Child {
    let name = cmd.get_program().to_string_lossy().into_owned();
    let out = std::fs::File::create(log).unwrap();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(out.try_clone().unwrap())
        .stderr(out)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {name}: {e}. {install}"));
    let start = Instant::now();
    while TcpStream::connect(bootstrap).is_err() {
        if let Ok(Some(status)) = child.try_wait() {
            panic!(
                "{name} exited ({status}) before listening on {bootstrap}:\n{}",
                std::fs::read_to_string(log).unwrap_or_default()
            );
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{name} did not listen on {bootstrap}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A tansu 0.6.0 broker with sqlite storage in a temporary directory.
pub struct Tansu {
    child: Child,
    pub bootstrap: String,
    _dir: tempfile::TempDir,
}

impl Tansu {
    pub fn start() -> Tansu {
        Tansu::start_advertising(None)
    }

    /// A tansu that clients reach only through a slow link (see
    /// `slow_link`): it advertises the link's address, returned with it.
    pub fn behind_slow_link(delay: Duration) -> (Tansu, String) {
        let link = free_port();
        let tansu = Tansu::start_advertising(Some(link));
        slow_link(link, tansu.bootstrap.clone(), delay);
        (tansu, format!("127.0.0.1:{link}"))
    }

    fn start_advertising(advertised_port: Option<u16>) -> Tansu {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let url = format!("tcp://127.0.0.1:{port}");
        let advertised = format!("tcp://127.0.0.1:{}", advertised_port.unwrap_or(port));
        let mut cmd = Command::new(tansu_bin());
        cmd.current_dir(dir.path()).args([
            "broker",
            "--listener-url",
            &url,
            "--advertised-listener-url",
            &advertised,
            // A relative path: tansu mangles absolute sqlite:/// URLs.
            "--storage-engine",
            "sqlite://tansu.db",
        ]);
        let bootstrap = format!("127.0.0.1:{port}");
        let child = start_broker(
            cmd,
            &bootstrap,
            &dir.path().join("tansu.log"),
            "Install it with .ci/run, or: \
             cargo install tansu --version 0.6.0 --locked --features libsql",
        );
        Tansu {
            child,
            bootstrap,
            _dir: dir,
        }
    }

    /// tansu never auto-creates topics.
    pub fn create_topic(&self, name: &str, partitions: u32) {
        let out = Command::new(tansu_bin())
            .args([
                "topic",
                "create",
                "--broker",
                &format!("tcp://{}", self.bootstrap),
                "--partitions",
                &partitions.to_string(),
                name,
            ])
            .output()
            .expect("tansu topic create");
        assert!(
            out.status.success(),
            "tansu topic create {name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for Tansu {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Forwards 127.0.0.1:`port` to `target`, holding every chunk, each way,
/// for `delay`: a link whose round trip is over twice `delay`. It runs until
/// the test process ends.
pub fn slow_link(port: u16, target: String, delay: Duration) {
    use std::io::Read;
    let listener = TcpListener::bind(("127.0.0.1", port)).unwrap();
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let Ok(server) = TcpStream::connect(&target) else {
                continue;
            };
            let ways = [
                (client.try_clone().unwrap(), server.try_clone().unwrap()),
                (server, client),
            ];
            for (mut from, mut to) in ways {
                std::thread::spawn(move || {
                    let mut buf = vec![0u8; 64 * 1024];
                    while let Ok(n @ 1..) = from.read(&mut buf) {
                        std::thread::sleep(delay);
                        if to.write_all(&buf[..n]).is_err() {
                            break;
                        }
                    }
                    let _ = to.shutdown(std::net::Shutdown::Write);
                });
            }
        }
    });
}

/// Debian's kcat, the independent client.
pub fn kcat(args: &[&str], input: Option<&[u8]>) -> Output {
    let mut child = Command::new("kcat")
        .args(args)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kcat is not installed (Debian package kcat; .ci/run installs it)");
    if let Some(i) = input {
        let mut stdin = child.stdin.take().unwrap();
        let i = i.to_vec();
        std::thread::spawn(move || {
            let _ = stdin.write_all(&i);
        });
    }
    let out = wait_with_timeout(child, Duration::from_secs(120));
    assert!(
        out.status.success(),
        "kcat {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub partition: i32,
    pub offset: i64,
    pub key: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
    pub headers: Vec<(String, Option<Vec<u8>>)>,
}

/// Read every message of a topic from the beginning to the end, with a
/// plain librdkafka consumer (no klar code involved).
pub fn read_topic(bootstrap: &str, topic: &str, extra: &[(&str, &str)]) -> Vec<Msg> {
    let mut cfg = ClientConfig::new();
    cfg.set("bootstrap.servers", bootstrap)
        .set("group.id", "klar-test-reader")
        .set("enable.auto.commit", "false")
        .set("enable.partition.eof", "true")
        .set("fetch.message.max.bytes", "4000000");
    for (k, v) in extra {
        cfg.set(*k, *v);
    }
    let consumer: BaseConsumer = cfg.create().unwrap();
    let md = consumer
        .fetch_metadata(Some(topic), Duration::from_secs(10))
        .unwrap();
    let parts = md.topics()[0].partitions().len() as i32;
    let mut tpl = TopicPartitionList::new();
    for p in 0..parts {
        tpl.add_partition_offset(topic, p, Offset::Beginning)
            .unwrap();
    }
    consumer.assign(&tpl).unwrap();
    let mut eof = std::collections::HashSet::new();
    let mut out = Vec::new();
    let start = Instant::now();
    while (eof.len() as i32) < parts {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "reading {topic} took too long"
        );
        match consumer.poll(Duration::from_millis(200)) {
            None => {}
            Some(Err(rdkafka::error::KafkaError::PartitionEOF(p))) => {
                eof.insert(p);
            }
            Some(Err(e)) => panic!("reading {topic}: {e}"),
            Some(Ok(m)) => {
                eof.remove(&m.partition());
                let headers = m
                    .headers()
                    .map(|h| {
                        h.iter()
                            .map(|h| (h.key.to_string(), h.value.map(<[u8]>::to_vec)))
                            .collect()
                    })
                    .unwrap_or_default();
                out.push(Msg {
                    partition: m.partition(),
                    offset: m.offset(),
                    key: m.key().map(<[u8]>::to_vec),
                    value: m.payload().map(<[u8]>::to_vec),
                    headers,
                });
            }
        }
    }
    out
}

/// Parse the summary line klar prints on stderr at the end of produce.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub read: u64,
    pub delivered: u64,
    pub failed: u64,
    pub not_delivered: u64,
}

pub fn summary(stderr: &str) -> Summary {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("klar: ") && l.contains(" read, "))
        .unwrap_or_else(|| panic!("no summary in stderr:\n{stderr}"));
    let num = |label: &str| -> u64 {
        let before = line.split(label).next().unwrap();
        before
            .rsplit(' ')
            .find(|w| !w.is_empty())
            .unwrap()
            .parse()
            .unwrap()
    };
    Summary {
        read: num(" read,"),
        delivered: num(" delivered,"),
        failed: num(" failed,"),
        not_delivered: num(" not delivered"),
    }
}

/// `klar produce -b BOOTSTRAP -t TOPIC ARGS...` with `input` on stdin.
pub fn produce(bootstrap: &str, topic: &str, args: &[&str], input: &[u8]) -> Output {
    let mut all = vec!["produce", "-b", bootstrap, "-t", topic];
    all.extend_from_slice(args);
    klar_with_input(&all, input)
}

/// Produce `input` quietly (no reports, no summary) and assert it all went.
pub fn load(bootstrap: &str, topic: &str, input: &[u8]) {
    let o = produce(bootstrap, topic, &["-q", "--report", "none"], input);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

/// A file of `size` random bytes (seeded, so a failure can be replayed).
pub fn random_file(dir: &std::path::Path, size: usize, seed: u64) -> (PathBuf, Vec<u8>) {
    use rand::{RngCore, SeedableRng};
    let mut data = vec![0u8; size];
    rand::rngs::StdRng::seed_from_u64(seed).fill_bytes(&mut data);
    let path = dir.join(format!("random-{seed}.bin"));
    std::fs::write(&path, &data).unwrap();
    (path, data)
}

/// Messages in (partition, offset) order, for comparing whole topics.
pub fn by_position(mut v: Vec<Msg>) -> Vec<Msg> {
    v.sort_by_key(|m| (m.partition, m.offset));
    v
}

/// `klar consume ARGS` with no stdin, bounded at 60 s.
pub fn consume(args: &[&str]) -> Output {
    wait_with_timeout(spawn_consume(args), Duration::from_secs(60))
}

/// Produce JSON envelope lines (`--input json`) and assert they all arrived.
pub fn produce_json(bootstrap: &str, topic: &str, lines: &[String]) {
    let input = lines.join("\n") + "\n";
    let o = produce(
        bootstrap,
        topic,
        &["--input", "json", "--report", "none", "-q"],
        input.as_bytes(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

pub fn signal(child: &Child, sig: i32) {
    // SAFETY: kill(2) on our own child's pid.
    unsafe {
        libc::kill(child.id() as i32, sig);
    }
}

/// A run whose stdout is held open and never read: after three seconds a
/// first SIGTERM, which must not end it (what it waits on is stdout), then a
/// second, which must end it within two seconds. Returns how it ended.
pub fn two_signals_with_stdout_unread(mut child: Child) -> Output {
    let _unread = child.stdout.take();
    std::thread::sleep(Duration::from_secs(3));
    signal(&child, libc::SIGTERM);
    std::thread::sleep(Duration::from_secs(1));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the first signal ended a run whose stdout was not read"
    );
    let second = Instant::now();
    signal(&child, libc::SIGTERM);
    let out = wait_with_timeout(child, Duration::from_secs(10));
    assert!(
        second.elapsed() < Duration::from_secs(2),
        "{:?}",
        second.elapsed()
    );
    out
}

/// `klar SUBCOMMAND ARGS` in the background, stdout and stderr piped.
fn spawn_klar(subcommand: &str, args: &[&str], stdin: Stdio) -> Child {
    klar()
        .arg(subcommand)
        .args(args)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("spawn klar {subcommand}: {e}"))
}

/// `klar produce ARGS` with a stdin the test controls.
pub fn spawn_produce(args: &[&str]) -> Child {
    spawn_klar("produce", args, Stdio::piped())
}

/// `klar consume ARGS` running in the background, stdout and stderr piped.
pub fn spawn_consume(args: &[&str]) -> Child {
    spawn_klar("consume", args, Stdio::null())
}

/// The offsets `group` has committed for each partition of `topic` (-1: none).
pub fn committed(bootstrap: &str, group: &str, topic: &str, partitions: i32) -> Vec<i64> {
    let c: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("group.id", group)
        .create()
        .expect("a consumer to read committed offsets");
    let mut tpl = TopicPartitionList::new();
    for p in 0..partitions {
        tpl.add_partition(topic, p);
    }
    let got = c
        .committed_offsets(tpl, Duration::from_secs(10))
        .expect("committed offsets");
    (0..partitions)
        .map(|p| match got.find_partition(topic, p).map(|e| e.offset()) {
            Some(Offset::Offset(o)) => o,
            _ => -1,
        })
        .collect()
}

/// The whole topic from the beginning to the end, with `args`; stdout and stderr.
pub fn whole_topic(bootstrap: &str, topic: &str, args: &[&str]) -> (String, String) {
    let o = consume_whole(bootstrap, topic, args);
    assert_eq!(code(&o), 0, "{args:?}: {}", stderr(&o));
    (stdout(&o), stderr(&o))
}

/// `klar consume` of a whole topic with `args`, whatever its exit status.
pub fn consume_whole(bootstrap: &str, topic: &str, args: &[&str]) -> Output {
    let mut all = vec!["-b", bootstrap, "-t", topic, "-o", "beginning", "-e"];
    all.extend_from_slice(args);
    consume(&all)
}

/// Runs a shell command line under util-linux `script`, which gives it a
/// pseudo-terminal; returns what the terminal showed.
pub fn on_terminal(cmd: &str) -> String {
    let tty = Command::new("script")
        .args(["-qec", cmd, "/dev/null"])
        .env("XDG_CONFIG_HOME", "/nonexistent/klar-tests")
        .stdin(Stdio::null())
        .output()
        .expect("script (Debian bsdutils) runs klar on a pseudo-terminal");
    String::from_utf8_lossy(&tty.stdout).into_owned()
}

/// Spawns `cmd` with stdin, stdout and stderr all piped.
pub fn spawn_piped(cmd: &mut Command) -> Child {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn klar")
}

/// A child process killed when the test ends, a failed assertion included:
/// a group member left behind would keep its group (and the broker) busy.
pub struct KillOnDrop(pub std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The wall clock in milliseconds since the epoch, as Kafka's timestamps.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}
