//! `klar mock`: librdkafka's in-process mock cluster, so every command can be
//! tried with no broker installed, and broken on purpose (`faults`).

pub mod faults;

use std::ffi::{CStr, CString};
use std::io::{BufRead, Read, Write};
use std::os::raw::c_int;
use std::process::Stdio;
use std::time::Duration;

use anyhow::{Context, Result};
use rdkafka::bindings as rdsys;
use rdkafka::producer::BaseProducer;
use rdkafka::ClientConfig;

use crate::cli::MockArgs;
use crate::exit_codes::{usage, ExitCode};
use crate::kafka_error;
use crate::signals::Signals;
use faults::{Control, Injection};

/// A mock cluster owned through librdkafka's C API, which reaches settings
/// (group rebalance delay, ...) that rdkafka's wrapper keeps private.
pub struct MockCluster {
    ptr: *mut rdsys::rd_kafka_mock_cluster_t,
    // The cluster lives inside this client's instance and must die first.
    _client: BaseProducer,
}

impl MockCluster {
    pub fn new(brokers: i32) -> Result<Self> {
        // The mock's brokers speak no GSSAPI.
        crate::config::sasl::before_first_client(false);
        let mut cfg = ClientConfig::new();
        cfg.set("client.id", "klar-mock");
        let client: BaseProducer = cfg
            .create()
            .context("cannot create the mock cluster's client")?;
        use rdkafka::producer::Producer;
        // SAFETY: the client pointer is live for as long as `client` is held.
        let ptr =
            unsafe { rdsys::rd_kafka_mock_cluster_new(client.client().native_ptr(), brokers) };
        if ptr.is_null() {
            anyhow::bail!("librdkafka could not start a mock cluster with {brokers} broker(s)");
        }
        Ok(MockCluster {
            ptr,
            _client: client,
        })
    }

    pub fn bootstrap_servers(&self) -> String {
        // SAFETY: the string is owned by the live cluster; copied at once.
        unsafe {
            CStr::from_ptr(rdsys::rd_kafka_mock_cluster_bootstraps(self.ptr))
                .to_string_lossy()
                .into_owned()
        }
    }

    pub fn create_topic(&self, name: &str, partitions: i32, replication: i32) -> Result<()> {
        let c = CString::new(name)
            .map_err(|_| usage(format!("topic name {name:?} contains a NUL byte")))?;
        // SAFETY: live cluster, valid C string.
        let err = unsafe {
            rdsys::rd_kafka_mock_topic_create(self.ptr, c.as_ptr(), partitions, replication)
        };
        if err != rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            anyhow::bail!(
                "cannot create topic {name} in the mock cluster: {}",
                kafka_error::raw_code_name(err as i32)
            );
        }
        Ok(())
    }

    fn check(&self, what: &str, err: rdsys::rd_kafka_resp_err_t) -> Result<()> {
        if err != rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            anyhow::bail!("{what}: {}", kafka_error::raw_code_name(err as i32));
        }
        Ok(())
    }

    pub fn set_down(&self, broker: i32) -> Result<()> {
        // SAFETY: live cluster.
        let err = unsafe { rdsys::rd_kafka_mock_broker_set_down(self.ptr, broker) };
        self.check(&format!("cannot take broker {broker} down"), err)
    }

    pub fn set_up(&self, broker: i32) -> Result<()> {
        // SAFETY: live cluster.
        let err = unsafe { rdsys::rd_kafka_mock_broker_set_up(self.ptr, broker) };
        self.check(&format!("cannot bring broker {broker} up"), err)
    }

    pub fn set_rtt(&self, broker: i32, rtt: Duration) -> Result<()> {
        let ms = rtt.as_millis().min(c_int::MAX as u128) as c_int;
        // SAFETY: live cluster.
        let err = unsafe { rdsys::rd_kafka_mock_broker_set_rtt(self.ptr, broker, ms) };
        self.check(
            &format!("cannot set broker {broker}'s round trip time"),
            err,
        )
    }

    /// Queue errors that the next requests of one API are answered with, in
    /// order, one error a request.
    pub fn inject(&self, i: &Injection, brokers: i32) -> Result<()> {
        if !i.needs_broker_lists() {
            let codes = i
                .errors
                .iter()
                .map(|e| {
                    rdsys::rd_kafka_resp_err_t::try_from(e.code)
                        .map_err(|_| anyhow::anyhow!("error code {} is unknown", e.code))
                })
                .collect::<Result<Vec<_>>>()?;
            // SAFETY: live cluster; the array holds `codes.len()` codes.
            unsafe {
                rdsys::rd_kafka_mock_push_request_errors_array(
                    self.ptr,
                    i.api_key,
                    codes.len(),
                    codes.as_ptr(),
                )
            };
            return Ok(());
        }
        let targets: Vec<i32> = match i.broker {
            Some(b) => vec![b],
            None => (1..=brokers).collect(),
        };
        for b in targets {
            for e in &i.errors {
                let ms = e.delay.as_millis().min(c_int::MAX as u128) as c_int;
                // SAFETY: live cluster; one (code, rtt) pair as the count says,
                // both passed as C ints as the variadic list reads them.
                let err = unsafe {
                    rdsys::rd_kafka_mock_broker_push_request_error_rtts(
                        self.ptr,
                        b,
                        i.api_key,
                        1,
                        e.code as c_int,
                        ms,
                    )
                };
                self.check(&format!("cannot queue errors on broker {b}"), err)?;
            }
        }
        Ok(())
    }

    /// Carry out one control command; returns what it did, for the log.
    pub fn apply(&self, c: &Control, brokers: i32) -> Result<String> {
        Ok(match c {
            Control::Down(b) => {
                self.set_down(*b)?;
                format!("broker {b} down")
            }
            Control::Up(b) => {
                self.set_up(*b)?;
                format!("broker {b} up")
            }
            Control::Rtt(b, d) => {
                self.set_rtt(*b, *d)?;
                format!(
                    "broker {b} round trip time {}",
                    humantime::format_duration(*d)
                )
            }
            Control::Inject(i) => {
                self.inject(i, brokers)?;
                format!(
                    "{} error(s) queued for {}{}",
                    i.errors.len(),
                    i.api,
                    match i.broker {
                        Some(b) => format!(" on broker {b}"),
                        None if i.needs_broker_lists() => " on every broker".to_string(),
                        None => String::new(),
                    }
                )
            }
        })
    }

    /// How many queued errors broker `broker` has not used yet for `api_key`.
    pub fn queued_errors(&self, broker: i32, api_key: i16) -> Option<usize> {
        let mut n = 0usize;
        // SAFETY: live cluster; n outlives the call.
        let err = unsafe {
            rdsys::rd_kafka_mock_broker_error_stack_cnt(self.ptr, broker, api_key, &mut n)
        };
        (err == rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR).then_some(n)
    }

    /// Record every request from now on, to count those of one API later.
    pub fn track_requests(&self) {
        // SAFETY: live cluster.
        unsafe { rdsys::rd_kafka_mock_start_request_tracking(self.ptr) }
    }

    /// How many requests of `api_key` the cluster has received since
    /// `track_requests`.
    pub fn requests_of(&self, api_key: i16) -> usize {
        let mut n = 0usize;
        // SAFETY: live cluster; the array and its `n` requests are ours
        // until destroyed below.
        unsafe {
            let reqs = rdsys::rd_kafka_mock_get_requests(self.ptr, &mut n);
            if reqs.is_null() {
                return 0;
            }
            let count = std::slice::from_raw_parts(reqs, n)
                .iter()
                .filter(|r| rdsys::rd_kafka_mock_request_api_key(**r) == api_key)
                .count();
            rdsys::rd_kafka_mock_request_destroy_array(reqs, n);
            count
        }
    }

    pub fn set_group_initial_rebalance_delay(&self, delay: Duration) {
        // SAFETY: live cluster.
        unsafe {
            rdsys::rd_kafka_mock_group_initial_rebalance_delay_ms(
                self.ptr,
                // Past i32::MAX ms (24.8 days) the C int would wrap to no delay.
                delay.as_millis().min(i32::MAX as u128) as i32,
            )
        }
    }
}

impl Drop for MockCluster {
    fn drop(&mut self) {
        // SAFETY: created by rd_kafka_mock_cluster_new, destroyed once, before the client.
        unsafe { rdsys::rd_kafka_mock_cluster_destroy(self.ptr) }
    }
}

const MAX_PARTITIONS: i32 = 10_000;

/// `NAME` or `NAME:PARTITIONS`.
pub fn parse_topic(spec: &str) -> Result<(String, i32)> {
    let (name, parts) = match spec.rsplit_once(':') {
        Some((n, p)) => {
            // The mock allocates every partition at start, and librdkafka
            // aborts when an allocation fails: a bound, not a crash.
            let parts: i32 = p
                .parse()
                .ok()
                .filter(|p| (1..=MAX_PARTITIONS).contains(p))
                .ok_or_else(|| {
                    usage(format!(
                        "--topic {spec}: {p:?} is not a partition count (1 to {MAX_PARTITIONS})"
                    ))
                })?;
            (n, parts)
        }
        None => (spec, 1),
    };
    if name.is_empty() {
        return Err(usage(format!("--topic {spec:?}: the topic name is empty")));
    }
    crate::cluster::check_topic_name("--topic", name)?;
    Ok((name.to_string(), parts))
}

/// What the stdin thread hands the main loop.
enum Event {
    Control(Control),
    Eof,
}

pub fn run(args: &MockArgs, quiet: bool) -> Result<ExitCode> {
    // librdkafka aborts past what descriptors and threads allow.
    if !(1..=100).contains(&args.brokers) {
        return Err(usage(format!(
            "--brokers {}: a mock cluster has 1 to 100 brokers",
            args.brokers
        )));
    }
    let topics = args
        .topics
        .iter()
        .map(|t| parse_topic(t))
        .collect::<Result<Vec<_>>>()?;
    for (i, (name, _)) in topics.iter().enumerate() {
        if topics[..i].iter().any(|(n, _)| n == name) {
            return Err(usage(format!(
                "--topic {name}: named twice; give each topic once"
            )));
        }
    }
    // Every fault is checked before the cluster starts, so a typo is a usage
    // error and not a half-configured cluster.
    let mut setup = Vec::new();
    let mut lists = faults::Lists::default();
    for spec in &args.inject {
        let i = faults::parse_inject(spec, args.brokers).map_err(usage)?;
        lists
            .admit(&i)
            .map_err(|e| usage(format!("--inject {spec:?}: {e}")))?;
        setup.push(Control::Inject(i));
    }
    for spec in &args.rtt {
        let (b, d) = faults::parse_rtt(spec, args.brokers).map_err(usage)?;
        setup.push(Control::Rtt(b, d));
    }
    let signals = Signals::install();
    let cluster = MockCluster::new(args.brokers)?;
    cluster.set_group_initial_rebalance_delay(args.group_initial_rebalance_delay);
    let rf = args.brokers.min(3);
    for (name, parts) in &topics {
        cluster.create_topic(name, *parts, rf)?;
    }
    let mut queued = Queued::default();
    for c in &setup {
        cluster.apply(c, args.brokers)?;
        queued.add(c, args.brokers, &cluster);
    }
    let bootstrap = cluster.bootstrap_servers();

    if !args.command.is_empty() {
        let code = run_command(&args.command, &bootstrap, &signals)?;
        if !quiet {
            queued.report(&cluster);
        }
        drop(cluster);
        // CMD's status is klar's, whatever it is.
        std::process::exit(code);
    }

    let mut stdout = std::io::stdout();
    let _ = writeln!(stdout, "{bootstrap}");
    let _ = stdout.flush();
    if !quiet {
        let names: Vec<String> = topics.iter().map(|(n, p)| format!("{n}:{p}")).collect();
        eprintln!(
            "klar: mock cluster with {} broker(s) at {bootstrap}{}; {}",
            args.brokers,
            if names.is_empty() {
                String::new()
            } else {
                format!(", topics {}", names.join(", "))
            },
            if args.until_signal {
                "stop with Ctrl-C or SIGTERM"
            } else {
                "control lines on stdin; stop by closing stdin (Ctrl-D), Ctrl-C or SIGTERM"
            }
        );
    }
    let (tx, rx) = std::sync::mpsc::channel::<Event>();
    // With --until-signal stdin is left alone: a background job that read
    // the terminal would be stopped by SIGTTIN.
    if !args.until_signal {
        let brokers = args.brokers;
        std::thread::spawn(move || read_control(brokers, &tx));
    }
    loop {
        if signals.stop_requested() {
            break;
        }
        match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(Event::Control(c)) => {
                match admitted(&mut lists, &c).and_then(|()| cluster.apply(&c, args.brokers)) {
                    Ok(done) => {
                        queued.add(&c, args.brokers, &cluster);
                        if !quiet {
                            eprintln!("klar: mock: {done}");
                        }
                    }
                    Err(e) => eprintln!("klar: mock: {e:#}"),
                }
            }
            Ok(Event::Eof) | Err(std::sync::mpsc::RecvTimeoutError::Disconnected)
                if !args.until_signal =>
            {
                break
            }
            _ => {}
        }
    }
    if !quiet {
        queued.report(&cluster);
    }
    drop(cluster);
    Ok(ExitCode::Success)
}

/// Errors queued, to tell at the end how many the clients actually met: an
/// injection no request reached tested nothing.
#[derive(Default)]
struct Queued {
    /// On brokers' own lists, which librdkafka counts.
    brokers: std::collections::BTreeMap<(i32, i16, &'static str), usize>,
    /// On the cluster's list, which it does not: each injection's errors and
    /// how many requests of its API had come when it was made. Requests
    /// are tracked from the first such injection on, and take the errors
    /// one each, in order.
    cluster: std::collections::BTreeMap<(i16, &'static str), Vec<(usize, usize)>>,
}

impl Queued {
    fn add(&mut self, c: &Control, brokers: i32, mock: &MockCluster) {
        let Control::Inject(i) = c else { return };
        if !i.needs_broker_lists() {
            if self.cluster.is_empty() {
                mock.track_requests();
            }
            let seen = mock.requests_of(i.api_key);
            self.cluster
                .entry((i.api_key, i.api))
                .or_default()
                .push((i.errors.len(), seen));
            return;
        }
        let targets = match i.broker {
            Some(b) => b..=b,
            None => 1..=brokers,
        };
        for b in targets {
            *self.brokers.entry((b, i.api_key, i.api)).or_default() += i.errors.len();
        }
    }

    fn report(&self, cluster: &MockCluster) {
        for ((key, api), injections) in &self.cluster {
            let now = cluster.requests_of(*key);
            let (mut left, mut answered) = (0usize, 0usize);
            for (k, (n, seen)) in injections.iter().enumerate() {
                left += n;
                let until = injections.get(k + 1).map_or(now, |next| next.1);
                let took = until.saturating_sub(*seen).min(left);
                answered += took;
                left -= took;
            }
            let total: usize = injections.iter().map(|(n, _)| n).sum();
            eprintln!(
                "klar: mock: the cluster answered {answered} of {total} queued {api} response(s)"
            );
        }
        for ((b, key, api), total) in &self.brokers {
            if let Some(left) = cluster.queued_errors(*b, *key) {
                eprintln!(
                    "klar: mock: broker {b} answered {} of {total} queued {api} response(s)",
                    total.saturating_sub(left)
                );
            }
        }
    }
}

const MAX_CONTROL_LINE: u64 = 1 << 20;

/// Control lines from stdin until it closes. A bad line is reported and
/// skipped: a typo in a long-running script must not take the cluster down.
fn read_control(brokers: i32, tx: &std::sync::mpsc::Sender<Event>) {
    let mut stdin = std::io::stdin().lock();
    let mut buf = Vec::new();
    let mut n = 0u64;
    loop {
        buf.clear();
        match (&mut stdin)
            .take(MAX_CONTROL_LINE)
            .read_until(b'\n', &mut buf)
        {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
        n += 1;
        if buf.len() as u64 == MAX_CONTROL_LINE && buf.last() != Some(&b'\n') {
            eprintln!("klar: mock: stdin line {n}: longer than {MAX_CONTROL_LINE} bytes; ignored");
            // Skip the rest of it, a bounded piece at a time.
            loop {
                buf.clear();
                match (&mut stdin)
                    .take(MAX_CONTROL_LINE)
                    .read_until(b'\n', &mut buf)
                {
                    Ok(0) | Err(_) => {
                        let _ = tx.send(Event::Eof);
                        return;
                    }
                    Ok(_) if buf.last() == Some(&b'\n') => break,
                    Ok(_) => {}
                }
            }
            continue;
        }
        let line = String::from_utf8_lossy(&buf);
        match faults::parse_control(&line, brokers) {
            Ok(Some(c)) => {
                if tx.send(Event::Control(c)).is_err() {
                    return;
                }
            }
            Ok(None) => {}
            Err(e) => eprintln!("klar: mock: stdin line {n}: {e}; ignored"),
        }
    }
    let _ = tx.send(Event::Eof);
}

/// CMD's exit status, or 128 + the signal that ended it, as a shell says.
fn run_command(cmd: &[String], bootstrap: &str, signals: &Signals) -> Result<i32> {
    let mut child = std::process::Command::new(&cmd[0])
        .args(&cmd[1..])
        .env("KLAR_BROKERS", bootstrap)
        .stdin(Stdio::inherit())
        .spawn()
        .map_err(|e| usage(format!("cannot run {}: {e}", cmd[0])))?;
    // The child gets the terminal's signals too; wait for it to finish on its own.
    let status = loop {
        if let Some(s) = child.try_wait().context("waiting for the command")? {
            break s;
        }
        if signals.received() >= 2 {
            let _ = child.kill();
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    use std::os::unix::process::ExitStatusExt;
    Ok(status
        .code()
        .unwrap_or_else(|| 128 + status.signal().unwrap_or(0)))
}

/// A control line's faults, checked against those already queued.
fn admitted(lists: &mut faults::Lists, c: &Control) -> Result<()> {
    match c {
        Control::Inject(i) => lists.admit(i).map_err(|e| anyhow::anyhow!(e)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_topic;

    #[test]
    fn topic_specs() {
        assert_eq!(parse_topic("a").unwrap(), ("a".into(), 1));
        assert_eq!(parse_topic("a:4").unwrap(), ("a".into(), 4));
        assert!(parse_topic("a:0").is_err());
        assert!(parse_topic(":3").is_err());
        assert!(parse_topic("a:x").is_err());
    }
}
