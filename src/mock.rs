//! `klar mock`: librdkafka's in-process mock cluster, so every command can be
//! tried with no broker installed.

use std::ffi::{CStr, CString};
use std::io::{Read, Write};
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

/// A mock cluster owned through librdkafka's C API, which reaches settings
/// (group rebalance delay, ...) that rdkafka's wrapper keeps private.
pub struct MockCluster {
    ptr: *mut rdsys::rd_kafka_mock_cluster_t,
    // The cluster lives inside this client's instance and must die first.
    _client: BaseProducer,
}

impl MockCluster {
    pub fn new(brokers: i32) -> Result<Self> {
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

    pub fn set_group_initial_rebalance_delay(&self, delay: Duration) {
        // SAFETY: live cluster.
        unsafe {
            rdsys::rd_kafka_mock_group_initial_rebalance_delay_ms(
                self.ptr,
                delay.as_millis() as i32,
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

/// `NAME` or `NAME:PARTITIONS`.
pub fn parse_topic(spec: &str) -> Result<(String, i32)> {
    let (name, parts) = match spec.rsplit_once(':') {
        Some((n, p)) => {
            let parts: i32 = p.parse().ok().filter(|p| *p > 0).ok_or_else(|| {
                usage(format!(
                    "--topic {spec}: {p:?} is not a partition count (a number above 0)"
                ))
            })?;
            (n, parts)
        }
        None => (spec, 1),
    };
    if name.is_empty() {
        return Err(usage(format!("--topic {spec:?}: the topic name is empty")));
    }
    Ok((name.to_string(), parts))
}

pub fn run(args: &MockArgs, quiet: bool) -> Result<ExitCode> {
    if args.brokers < 1 {
        return Err(usage(format!(
            "--brokers {}: a mock cluster needs at least 1 broker",
            args.brokers
        )));
    }
    let topics = args
        .topics
        .iter()
        .map(|t| parse_topic(t))
        .collect::<Result<Vec<_>>>()?;
    let signals = Signals::install();
    let cluster = MockCluster::new(args.brokers)?;
    cluster.set_group_initial_rebalance_delay(args.group_initial_rebalance_delay);
    let rf = args.brokers.min(3);
    for (name, parts) in &topics {
        cluster.create_topic(name, *parts, rf)?;
    }
    let bootstrap = cluster.bootstrap_servers();

    if !args.command.is_empty() {
        return run_command(&args.command, &bootstrap, &signals);
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
                "stop by closing stdin (Ctrl-D), Ctrl-C or SIGTERM"
            }
        );
    }
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    if !args.until_signal {
        std::thread::spawn(move || {
            let mut sink = [0u8; 4096];
            let mut stdin = std::io::stdin();
            while matches!(stdin.read(&mut sink), Ok(n) if n > 0) {}
            let _ = tx.send(());
        });
    }
    loop {
        if signals.stop_requested() {
            break;
        }
        match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(()) | Err(std::sync::mpsc::RecvTimeoutError::Disconnected) if !args.until_signal => {
                break
            }
            _ => {}
        }
    }
    drop(cluster);
    Ok(ExitCode::Success)
}

fn run_command(cmd: &[String], bootstrap: &str, signals: &Signals) -> Result<ExitCode> {
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
    let code = status
        .code()
        .unwrap_or_else(|| 128 + status.signal().unwrap_or(0));
    std::process::exit(code);
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
