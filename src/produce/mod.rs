//! `klar produce`: input -> librdkafka -> one delivery report per message,
//! a summary, and an exit status a script can trust. Nothing read is dropped
//! silently: every record handed to librdkafka ends as delivered, failed or
//! not delivered, and each is reported.

mod input;
mod topic;

use std::io::IsTerminal;
use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rdkafka::bindings as rdsys;
use rdkafka::client::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::producer::{BaseProducer, DeliveryResult, Producer, ProducerContext};
use rdkafka::Timestamp;

use crate::cli::{
    Acks, Compression, Encoding, InputFormat, ProduceArgs, ReportFormat, SummaryFormat,
};
use crate::cluster;
use crate::config::effective::ClientKind;
use crate::config::{report, ClientSettings};
use crate::escape::unescape;
use crate::exit_codes::{failure, usage, ExitCode};
use crate::kafka_error::{self, code_name, hint_for};
use crate::logging::{client_name, HasKlarContext, KlarContext, Verbosity};
use crate::output::{
    write_delivery, write_produce_summary, Delivery, ErrorInfo, Out, Persisted, ProduceSummary,
    Status,
};
use crate::signals::Signals;
use crate::wake::QueueWake;
use input::{Format, Packed, RecordRef, Source, Spec};
use topic::TopicHandle;

/// The longest sleep between two looks at signals and deadlines while
/// waiting for delivery reports; a report ends the sleep at once.
const WAIT_SLICE: Duration = Duration::from_millis(100);

/// Records handed to librdkafka between two servings of delivery reports.
const SERVE_EVERY: u64 = 256;

/// How long the default flush outlasts message.timeout.ms. A message
/// waiting for a broker that is down expires only when librdkafka next tries
/// to reconnect (reconnect.backoff.max.ms apart), and librdkafka's own
/// `_MSG_TIMED_OUT` report for it says more than klar's purge would.
fn flush_margin(settings: &ClientSettings) -> Duration {
    Duration::from_millis(effective_ms(settings, "reconnect.backoff.max.ms", 10_000))
        + Duration::from_secs(2)
}

#[derive(Default)]
struct Counts {
    /// Delivery reports received from librdkafka, of any outcome.
    reports: u64,
    delivered: u64,
    failed: u64,
    not_delivered: u64,
    /// Failed or not delivered, yet sent with no answer: maybe in the log.
    possibly_persisted: u64,
    bytes_delivered: u64,
}

struct Reports {
    out: Out,
    format: ReportFormat,
    counts: Counts,
}

struct ProduceContext {
    base: KlarContext,
    topic: String,
    reports: Mutex<Reports>,
    backlog: Backlog,
}

/// Messages between klar and their delivery reports. How many librdkafka
/// held at once is most of the memory a run needs, and a full queue means
/// the input came faster than the brokers took it; `-v` shows both.
#[derive(Default)]
struct Backlog {
    /// Handed to librdkafka; each one ends in exactly one delivery report.
    handed: AtomicU64,
    /// The most handed over and not yet reported at one time.
    most: AtomicU64,
    /// Times librdkafka refused records with `_QUEUE_FULL` (a single
    /// record, or the rest of a run), each followed by a wait for room.
    full: AtomicU64,
}

impl ClientContext for ProduceContext {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, msg: &str) {
        self.base.log(level, fac, msg)
    }
    fn error(&self, error: KafkaError, reason: &str) {
        self.base.error(error, reason)
    }
}

fn timestamp_parts(ts: Timestamp) -> (Option<i64>, &'static str) {
    match ts {
        Timestamp::NotAvailable => (None, "none"),
        Timestamp::CreateTime(t) => (Some(t), "create"),
        Timestamp::LogAppendTime(t) => (Some(t), "log_append"),
    }
}

impl HasKlarContext for ProduceContext {
    fn klar(&self) -> &KlarContext {
        &self.base
    }
}

impl ProducerContext for ProduceContext {
    type DeliveryOpaque = usize;

    /// Reports served by rdkafka's own poll (its flush); klar's loop serves
    /// the queue itself (`serve`), and both end in `report`.
    fn delivery(&self, result: &DeliveryResult<'_>, _seq: usize) {
        let msg = match result {
            Ok(m) | Err((_, m)) => m,
        };
        let mut r = self.reports.lock().unwrap_or_else(|p| p.into_inner());
        // SAFETY: the message is valid for the duration of the callback.
        unsafe { self.report(&mut r, msg.ptr()) }
    }
}

impl ProduceContext {
    fn handed_over(&self, n: u64) {
        self.backlog.handed.fetch_add(n, Ordering::Relaxed);
    }

    fn handed(&self) -> u64 {
        self.backlog.handed.load(Ordering::Relaxed)
    }

    /// Notes how many messages wait for their report; called before the
    /// reports are served, when the most are waiting.
    fn note_backlog(&self) {
        let reported = self
            .reports
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .counts
            .reports;
        let waiting = self.handed().saturating_sub(reported);
        self.backlog.most.fetch_max(waiting, Ordering::Relaxed);
    }

    /// Counts and prints one delivery report, read straight from
    /// librdkafka's message: its opaque is the record's sequence number.
    ///
    /// # Safety
    /// `m` must be a message of a delivery report that is still alive.
    unsafe fn report(&self, r: &mut Reports, m: *const rdsys::rd_kafka_message_t) {
        let msg = &*m;
        let seq = msg._private as usize;
        // Only JSON reports show them, and reading the latency costs a
        // clock read per message.
        let (broker, latency) = if r.format == ReportFormat::Json {
            (
                rdsys::rd_kafka_message_broker_id(m as *mut _),
                rdsys::rd_kafka_message_latency(m),
            )
        } else {
            (-1, -1)
        };
        let mut tstype = rdsys::rd_kafka_timestamp_type_t::RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
        let ts = rdsys::rd_kafka_message_timestamp(m, &mut tstype);
        let (timestamp, timestamp_type) = timestamp_parts(match tstype {
            _ if ts == -1 => Timestamp::NotAvailable,
            rdsys::rd_kafka_timestamp_type_t::RD_KAFKA_TIMESTAMP_CREATE_TIME => {
                Timestamp::CreateTime(ts)
            }
            rdsys::rd_kafka_timestamp_type_t::RD_KAFKA_TIMESTAMP_LOG_APPEND_TIME => {
                Timestamp::LogAppendTime(ts)
            }
            _ => Timestamp::NotAvailable,
        });
        let key = (!msg.key.is_null())
            .then(|| std::slice::from_raw_parts(msg.key as *const u8, msg.key_len));
        let (status, error) = if msg.err == rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            (Status::Delivered, None)
        } else {
            let code = RDKafkaErrorCode::from(msg.err);
            let name = code_name(code);
            let purged = matches!(
                code,
                RDKafkaErrorCode::PurgeQueue | RDKafkaErrorCode::PurgeInflight
            );
            let message = if purged {
                format!(
                    "{} (klar stopped waiting for it)",
                    kafka_error::code_text(code)
                )
            } else {
                kafka_error::code_text(code)
            };
            let hint = hint_for(&name);
            (
                if purged {
                    Status::NotDelivered
                } else {
                    Status::Failed
                },
                Some(ErrorInfo {
                    code: name,
                    message,
                    hint,
                }),
            )
        };
        // Asked only where it can differ from what the status says, or
        // where JSON shows it.
        let persisted = if status != Status::Delivered || r.format == ReportFormat::Json {
            match rdsys::rd_kafka_message_status(m) {
                rdsys::rd_kafka_msg_status_t::RD_KAFKA_MSG_STATUS_PERSISTED => Persisted::Yes,
                rdsys::rd_kafka_msg_status_t::RD_KAFKA_MSG_STATUS_POSSIBLY_PERSISTED => {
                    Persisted::Possibly
                }
                _ => Persisted::No,
            }
        } else {
            Persisted::Yes
        };
        if status != Status::Delivered && persisted == Persisted::Possibly {
            r.counts.possibly_persisted += 1;
        }
        r.counts.reports += 1;
        match status {
            Status::Delivered => {
                r.counts.delivered += 1;
                r.counts.bytes_delivered += (msg.len + key.map_or(0, <[u8]>::len)) as u64;
            }
            Status::Failed => r.counts.failed += 1,
            Status::NotDelivered => r.counts.not_delivered += 1,
        }
        let d = Delivery {
            seq: seq as u64,
            topic: &self.topic,
            partition: msg.partition,
            // With acks=0 librdkafka makes offsets up (-1001, -1000, ...):
            // no broker said where the message went.
            offset: (status == Status::Delivered && msg.offset >= 0).then_some(msg.offset),
            timestamp,
            timestamp_type,
            key,
            broker: (broker >= 0).then_some(broker),
            latency_us: (latency >= 0).then_some(latency),
            status,
            error,
            persisted,
        };
        let format = r.format;
        write_delivery(&mut r.out, format, &d);
    }
}

/// The dedicated flags as configuration properties, with their flag names.
fn flag_properties(a: &ProduceArgs) -> Vec<(&'static str, String, &'static str)> {
    let mut v = Vec::new();
    if let Some(c) = a.compression {
        let name = match c {
            Compression::None => "none",
            Compression::Gzip => "gzip",
            Compression::Snappy => "snappy",
            Compression::Lz4 => "lz4",
            Compression::Zstd => "zstd",
        };
        v.push(("compression.codec", name.to_string(), "-z/--compression"));
    }
    if let Some(a) = a.acks {
        let n = match a {
            Acks::Zero => "0",
            Acks::One => "1",
            Acks::All => "all",
        };
        v.push(("acks", n.to_string(), "--acks"));
    }
    if a.idempotence {
        v.push(("enable.idempotence", "true".to_string(), "--idempotence"));
    }
    v
}

fn build_spec(a: &ProduceArgs, max_record: usize) -> Result<Spec> {
    let delimiter = unescape(&a.delimiter).map_err(|e| usage(format!("-D {e}")))?;
    if delimiter.is_empty() {
        return Err(usage("-D: the delimiter is empty"));
    }
    let key_delimiter = match &a.key_delimiter {
        Some(k) => {
            let k = unescape(k).map_err(|e| usage(format!("-K {e}")))?;
            if k.is_empty() {
                return Err(usage("-K: the key delimiter is empty"));
            }
            Some(k)
        }
        None => None,
    };
    let headers = a
        .headers
        .iter()
        .map(|h| input::parse_header_flag(h).map_err(usage))
        .collect::<Result<Vec<_>>>()?;
    if key_delimiter.is_some() && !a.files.is_empty() {
        return Err(usage(
            "-K splits lines, and file arguments are sent whole; to split a file into keyed \
             lines, give it with -l FILE",
        ));
    }
    let format = match a.input {
        InputFormat::Text => {
            // Flags that would do nothing are refused, not ignored.
            let encoded = [
                ("--key-encoding", a.key_encoding),
                ("--value-encoding", a.value_encoding),
            ]
            .into_iter()
            .find(|(_, e)| *e != Encoding::Utf8);
            if let Some((flag, _)) = encoded {
                return Err(usage(format!(
                    "{flag} applies to --input json (the strings of its envelope); text input is sent as its bytes"
                )));
            }
            Format::Text {
                delimiter,
                key_delimiter,
            }
        }
        InputFormat::Json => {
            if key_delimiter.is_some() {
                return Err(usage(
                    "-K does not apply to --input json (the envelope has a key field)",
                ));
            }
            if delimiter != b"\n" {
                return Err(usage(format!(
                    "-D {}: --input json reads one envelope per line",
                    a.delimiter
                )));
            }
            Format::Json {
                key_encoding: a.key_encoding,
                value_encoding: a.value_encoding,
            }
        }
    };
    let mut line_file = None;
    let source = if let Some(f) = &a.line_file {
        line_file = Some(open_line_file(f)?);
        Source::LineFile(f.clone())
    } else if !a.files.is_empty() {
        for f in &a.files {
            check_readable(f)?;
        }
        Source::WholeFiles(a.files.clone())
    } else {
        Source::Stdin
    };
    Ok(Spec {
        source,
        format,
        fixed_key: a.key.as_ref().map(|k| k.as_bytes().to_vec()),
        headers,
        null_empty: a.null_empty,
        count: a.count,
        max_record,
        line_file,
    })
}

/// Without O_NONBLOCK, opening a named pipe would wait for its writer where
/// no signal is seen; reads wait in poll(2) instead, where one is.
fn open_line_file(p: &std::path::Path) -> Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    not_a_directory(p)?;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(p)
        .map_err(|e| usage(format!("cannot read {}: {e}", p.display())))
}

/// Only a regular file is opened to check it: opening a named pipe and
/// closing it again would let its writer start writing to no reader (and
/// die of SIGPIPE, its data lost).
fn check_readable(p: &std::path::Path) -> Result<()> {
    let m = not_a_directory(p)?;
    let readable = if m.is_file() {
        std::fs::File::open(p).map(|_| ())
    } else {
        let c = std::ffi::CString::new(p.as_os_str().as_encoded_bytes())
            .map_err(|_| usage(format!("cannot read {}: a NUL in the name", p.display())))?;
        // SAFETY: a valid C string; access(2) only reads it.
        match unsafe { libc::access(c.as_ptr(), libc::R_OK) } {
            0 => Ok(()),
            _ => Err(std::io::Error::last_os_error()),
        }
    };
    readable.map_err(|e| usage(format!("cannot read {}: {e}", p.display())))
}

fn not_a_directory(p: &std::path::Path) -> Result<std::fs::Metadata> {
    match std::fs::metadata(p) {
        Ok(m) if m.is_dir() => Err(usage(format!("{} is a directory, not a file", p.display()))),
        Ok(m) => Ok(m),
        Err(e) => Err(usage(format!("cannot read {}: {e}", p.display()))),
    }
}

fn input_size(spec: &Spec) -> Option<u64> {
    match &spec.source {
        Source::Stdin => {
            let m = std::fs::metadata("/dev/stdin").ok()?;
            m.is_file().then_some(m.len())
        }
        Source::LineFile(p) => std::fs::metadata(p).ok().map(|m| m.len()),
        Source::WholeFiles(fs) => fs
            .iter()
            .map(|f| std::fs::metadata(f).ok().map(|m| m.len()))
            .sum(),
    }
}

fn progress_bar(total: Option<u64>, v: Verbosity) -> Option<ProgressBar> {
    if !v.show_progress() || !std::io::stderr().is_terminal() {
        return None;
    }
    let pb = match total {
        Some(t) => ProgressBar::new(t).with_style(
            ProgressStyle::with_template(
                "{bar:30} {bytes}/{total_bytes} {bytes_per_sec} eta {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {bytes} read, {bytes_per_sec} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    };
    pb.set_draw_target(ProgressDrawTarget::stderr());
    pb.enable_steady_tick(Duration::from_millis(200));
    Some(pb)
}

/// `name` is a canonical property name.
fn effective_ms(settings: &ClientSettings, name: &str, fallback: u64) -> u64 {
    settings
        .get_canonical(name)
        .and_then(|s| s.raw_value().parse::<f64>().ok())
        .map(|v| v as u64)
        .unwrap_or(fallback)
}

pub fn run(a: &ProduceArgs, v: Verbosity) -> Result<ExitCode> {
    let settings = ClientSettings::resolve(&a.client, &flag_properties(a))?;
    if report::explain(&a.client, &settings, ClientKind::Producer, || {
        decisions(a, &settings)
    })? {
        return Ok(ExitCode::Success);
    }
    settings.require_brokers()?;
    cluster::check_topic_name("-t", &a.topic)?;
    if let Some(p) = a.fixed_partition() {
        if p < 0 {
            return Err(usage(format!(
                "-p {p}: a partition is a number from 0 (or -1: librdkafka's partitioner, as without -p)"
            )));
        }
    }
    // The pause between two messages must be a Duration: 1e-20 per second
    // is not one (it panicked).
    let interval = match a.rate {
        Some(r) => Some(
            (r > 0.0 && r.is_finite())
                .then(|| Duration::try_from_secs_f64(1.0 / r).ok())
                .flatten()
                .ok_or_else(|| {
                    usage(format!(
                        "--rate {r}: give a number of messages per second above 0 \
                         (and above 1e-18)"
                    ))
                })?,
        ),
        None => None,
    };
    let max_record = effective_ms(&settings, "message.max.bytes", 1_000_000) as usize;
    let spec = build_spec(a, max_record)?;
    let report = a.report.unwrap_or(if a.tee {
        ReportFormat::None
    } else {
        ReportFormat::Text
    });
    let flush_timeout = a.flush_timeout.unwrap_or_else(|| {
        Duration::from_millis(effective_ms(&settings, "message.timeout.ms", 300_000))
            + flush_margin(&settings)
    });
    let transactional = settings.value("transactional.id").is_some();
    let signals = Signals::install();
    end_on_a_second_signal_while_stdout_holds(&signals);

    let ctx = ProduceContext {
        base: KlarContext::new(settings.secrets()),
        topic: a.topic.clone(),
        reports: Mutex::new(Reports {
            out: Out::new(),
            format: report,
            counts: Counts::default(),
        }),
        backlog: Backlog::default(),
    };
    let level = v.rdkafka_level(a.client.debug.is_some());
    let producer: BaseProducer<ProduceContext> = settings.create(level, ctx, "producer")?;
    // SAFETY: dropped below, before the producer.
    let wake = unsafe { QueueWake::main_queue(producer.client().native_ptr()) }
        .context("cannot set up the wait for delivery reports")?;
    // SAFETY: dropped below, before the producer.
    let topic = unsafe { TopicHandle::new(&producer, &a.topic) }?;
    producer
        .context()
        .base
        .set_name(client_name(producer.client().native_ptr()));

    // Check the topic before sending anything, so a missing topic or a dead
    // cluster is one clear line, not a long wait for message timeouts.
    let partitions = cluster::partition_count(
        producer.client(),
        &settings,
        &a.topic,
        a.client.timeout,
        &signals,
    )?;
    if let Some(p) = a.fixed_partition() {
        cluster::check_partition(&a.topic, p, partitions)?;
    }
    if transactional {
        producer.init_transactions(a.client.timeout).map_err(|e| {
            failure(format!(
                "cannot start the transaction: {}",
                kafka_error::describe(&e)
            ))
        })?;
        producer.begin_transaction().map_err(|e| {
            failure(format!(
                "cannot begin the transaction: {}",
                kafka_error::describe(&e)
            ))
        })?;
    }

    // Not over reports printed on the same terminal, not over a line being
    // typed, and not with --rate, whose reads run far ahead of its sends.
    // (-T's values are on stdout too.)
    let reports_on_terminal =
        (report != ReportFormat::None || a.tee) && std::io::stdout().is_terminal();
    let typing = matches!(spec.source, Source::Stdin) && std::io::stdin().is_terminal();
    let shown = !reports_on_terminal && !typing && a.rate.is_none();
    let progress = shown.then(|| progress_bar(input_size(&spec), v)).flatten();
    let mut reader = input::Reader::new(spec, progress.clone());

    let start = Instant::now();
    let mut sent: u64 = 0;
    let mut read: u64 = 0;
    let mut input_error: Option<String> = None;
    let mut tee = if a.tee { Some(Out::new()) } else { None };
    let mut scratch = Vec::new();

    // After a fatal error (an idempotent producer's broken sequence, a
    // fenced transactional id) librdkafka fails every message: reading on
    // would only report each one failed, and `tail -f | klar produce`
    // would never end.
    let mut fatal: Option<String> = None;
    'input: loop {
        if signals.stop_requested() {
            break;
        }
        if let Some((code, text)) = producer.client().fatal_error() {
            fatal = Some(format!("{}: {text}", code_name(code)));
            break;
        }
        // Input that is not there yet (a terminal, a pipe) is waited for
        // together with delivery reports, and never for longer than a
        // signal may wait.
        if let Some(fd) = reader.fd() {
            if !wake.wait_or_readable(fd, Duration::ZERO) {
                // The input is idle: the reports so far go out now rather
                // than when 64 KiB of them have gathered, so that a reader
                // of a slow stream sees each message's fate as it comes.
                producer
                    .context()
                    .reports
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .out
                    .flush();
                if !wake.wait_or_readable(fd, WAIT_SLICE) {
                    serve(&producer, &wake);
                    continue;
                }
            }
        }
        let more = reader.read_some();
        let batch = reader.take_batch();
        let n = batch.len() as u64;
        // What was read is sent, even after a first signal; a second one
        // leaves the rest unsent, each with its report.
        let first_of_batch = read;
        let mut i = 0;
        while i < batch.len() {
            // A run of plain records (no headers, timestamp or partition of
            // their own) goes to librdkafka in one call; `--rate` paces one
            // by one.
            let run = if interval.is_none() {
                (i..batch.len())
                    .take(SERVE_EVERY as usize)
                    .take_while(|&k| batch.is_plain(k))
                    .count()
            } else {
                0
            };
            if run > 0 {
                let recs = i..i + run;
                tee_values(tee.as_mut(), &batch, recs.clone());
                let first_seq = read as usize + 1;
                read += run as u64;
                let unsent = send_run(
                    &producer,
                    &topic,
                    &wake,
                    a,
                    &batch,
                    recs,
                    first_seq,
                    &signals,
                    &mut scratch,
                );
                if let Some(at) = unsent {
                    // Cut short while librdkafka's queue stayed full.
                    not_sent(&producer, a, &batch, i + at, first_of_batch);
                    read = first_of_batch + n;
                    break 'input;
                }
                sent += run as u64;
                i += run;
                serve(&producer, &wake);
                continue;
            }
            let rec = &batch.get(i);
            read += 1;
            if let Some(iv) = interval {
                let due = start + iv.mul_f64(sent as f64);
                while Instant::now() < due {
                    if signals.received() >= 2 {
                        not_sent(&producer, a, &batch, i, first_of_batch);
                        read = first_of_batch + n;
                        break 'input;
                    }
                    serve(&producer, &wake);
                    std::thread::sleep((due - Instant::now()).min(Duration::from_millis(20)));
                }
            }
            let seq = read as usize;
            tee_values(tee.as_mut(), &batch, i..i + 1);
            match send(&producer, &topic, &wake, a, rec, seq, &signals) {
                Sent::Accepted | Sent::Refused => {}
                Sent::Interrupted => {
                    // Cut short while librdkafka's queue stayed full.
                    not_sent(&producer, a, &batch, i, first_of_batch);
                    read = first_of_batch + n;
                    break 'input;
                }
            }
            sent += 1;
            i += 1;
            // Reports served as they come free their messages' memory:
            // a chunk holds thousands of records.
            if sent % SERVE_EVERY == 0 {
                serve(&producer, &wake);
            }
        }
        serve(&producer, &wake);
        reader.recycle(batch);
        if let Some(e) = reader.take_error() {
            input_error = Some(e);
            break;
        }
        if !more {
            break;
        }
    }
    if let Some(t) = tee.as_mut() {
        t.flush();
    }

    // Deliver what was sent: flush in slices so a second signal can cut it
    // short. Outstanding deliveries are counted from the reports, because
    // librdkafka's queue length also counts log events, which `--debug all`
    // never stops producing.
    let outstanding = |p: &BaseProducer<ProduceContext>| {
        let r = p
            .context()
            .reports
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        p.context().handed().saturating_sub(r.counts.reports)
    };
    let deadline = Instant::now() + flush_timeout;
    while outstanding(&producer) > 0 {
        if Instant::now() >= deadline {
            break;
        }
        if signals.received() >= 2 {
            break;
        }
        // rdkafka's flush() and poll(t) both block for their whole timeout
        // even once every report is in, which once cost 100 ms per run:
        // a zero flush wakes the brokers past linger.ms, and the reports
        // are served as they come.
        let _ = producer.flush(Duration::ZERO);
        wake.wait(WAIT_SLICE.min(deadline.saturating_duration_since(Instant::now())));
        serve(&producer, &wake);
    }
    let left = outstanding(&producer);
    if left > 0 {
        producer.purge(rdkafka::producer::PurgeConfig::default().queue().inflight());
        // Purged messages come back as failed delivery reports; collect them all.
        let until = Instant::now() + Duration::from_secs(5);
        while outstanding(&producer) > 0 && Instant::now() < until {
            wake.wait(Duration::from_millis(50));
            serve(&producer, &wake);
        }
        producer.poll(Duration::from_millis(50));
    }

    // How the transaction ended: committed, aborted, or how that failed.
    let mut txn = None;
    if transactional {
        let interrupted = signals.stop_requested() || input_error.is_some();
        let any_failed = {
            let r = producer
                .context()
                .reports
                .lock()
                .unwrap_or_else(|p| p.into_inner());
            r.counts.failed + r.counts.not_delivered > 0
        };
        if interrupted || any_failed || left > 0 {
            let res = producer.abort_transaction(a.client.timeout);
            txn = Some(match res {
                Ok(()) => "aborted".to_string(),
                Err(e) => format!("abort failed: {}", kafka_error::describe(&e)),
            });
        } else {
            match producer.commit_transaction(flush_timeout) {
                Ok(()) => txn = Some("committed".to_string()),
                Err(e) => {
                    let _ = producer.abort_transaction(a.client.timeout);
                    txn = Some(format!("commit failed: {}", kafka_error::describe(&e)));
                }
            }
        }
    }
    if transactional {
        // Serve the log events the transaction's end queued on the main queue.
        producer.poll(Duration::from_millis(50));
    }
    if let Some(pb) = &progress {
        pb.finish_and_clear();
    }

    let elapsed = start.elapsed();
    let (delivered, failed, not_delivered, possibly_persisted, bytes) = {
        let mut r = producer
            .context()
            .reports
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        r.out.flush();
        let c = &r.counts;
        (
            c.delivered,
            c.failed,
            c.not_delivered,
            c.possibly_persisted,
            c.bytes_delivered,
        )
    };
    let committed = txn.as_deref().is_none_or(|t| t == "committed");
    // Input refused before its first message: the error line says it all.
    let nothing_to_sum = read == 0 && input_error.is_some();
    let show = match a.summary {
        SummaryFormat::Text => !v.quiet,
        // Asked for by name: a script's record of the run.
        SummaryFormat::Json => true,
    };
    if show && !nothing_to_sum {
        write_produce_summary(
            a.summary,
            &ProduceSummary {
                topic: &a.topic,
                read,
                delivered,
                failed,
                not_delivered,
                possibly_persisted,
                bytes_delivered: bytes,
                elapsed,
                transaction: txn.as_deref(),
                stopped_by_signal: signals.stop_requested(),
            },
        );
    }
    if !nothing_to_sum {
        let b = &producer.context().backlog;
        let rk = producer.client().native_ptr();
        let in_force = |name| crate::config::effective::in_force(rk, name).unwrap_or_default();
        tracing::info!(
            "at most {} message(s) were in librdkafka at once, waiting for their delivery report; its queue (queue.buffering.max.messages={}, queue.buffering.max.kbytes={}) was full {} time(s)",
            b.most.load(Ordering::Relaxed),
            in_force("queue.buffering.max.messages"),
            in_force("queue.buffering.max.kbytes"),
            b.full.load(Ordering::Relaxed)
        );
    }
    if let Some(e) = input_error {
        return Err(usage(e));
    }
    if let Some(e) = fatal {
        return Err(failure(format!(
            "the producer hit a fatal error, and klar stopped reading its input after \
             {read} message(s): {e} ({failed} failed, {not_delivered} not delivered)"
        )));
    }
    if failed + not_delivered > 0 {
        // Resending what failed would write these twice.
        let maybe = if possibly_persisted > 0 {
            format!(
                "; {possibly_persisted} of them may be in the topic all the same (sent, with no \
                 answer: report field persisted=possibly), so a resend may write them twice"
            )
        } else {
            String::new()
        };
        return Err(failure(format!(
            "{} of {read} message(s) not delivered ({failed} failed, {not_delivered} not delivered{}){maybe}",
            failed + not_delivered,
            if signals.received() >= 2 {
                "; cut short by a second signal"
            } else {
                ""
            }
        )));
    }
    if !committed {
        return Err(failure(format!("transaction {}", txn.unwrap_or_default())));
    }
    Ok(ExitCode::Success)
}

/// A second signal cuts every wait short, but a write to a stdout that has
/// stopped taking output (a reader that does not read) waits where no signal
/// reaches: the process then ends from this thread.
fn end_on_a_second_signal_while_stdout_holds(signals: &Signals) {
    let signals = signals.clone();
    std::thread::spawn(move || loop {
        std::thread::sleep(WAIT_SLICE);
        let held = crate::output::stdout_waiting_for().is_some_and(|d| d >= WAIT_SLICE * 5);
        if signals.received() >= 2 && held {
            crate::ending::abandon(
                "stopped by a second signal while stdout was not taking klar's output: exiting \
                 without it and without the summary; messages not reported may or may not have \
                 been delivered",
            );
        }
    });
}

/// `-T`: each value sent, a line each, on stdout.
fn tee_values(tee: Option<&mut Out>, batch: &Packed, recs: Range<usize>) {
    let Some(t) = tee else {
        return;
    };
    for i in recs {
        if let Some(v) = batch.get(i).value {
            t.write_all(v);
        }
        t.end_line();
    }
}

/// Serves every event waiting on the main queue. Read here rather than
/// through rdkafka's `poll`, which wraps each reported message (an `Arc`, a
/// borrowed message, a callback) and took a lock per report: a third of
/// the producing thread's instructions went to that wrapping.
fn serve(producer: &BaseProducer<ProduceContext>, wake: &QueueWake) {
    let ctx = producer.context();
    ctx.note_backlog();
    loop {
        // SAFETY: the queue is held by `wake`, which outlives this call, and
        // each event is destroyed once read.
        unsafe {
            let ev = rdsys::rd_kafka_queue_poll(wake.queue(), 0);
            if ev.is_null() {
                break;
            }
            serve_event(ctx, ev);
            rdsys::rd_kafka_event_destroy(ev);
        }
    }
}

/// # Safety
/// `ev` must be a live event of the producer's main queue.
unsafe fn serve_event(ctx: &ProduceContext, ev: *mut rdsys::rd_kafka_event_t) {
    match rdsys::rd_kafka_event_type(ev) {
        rdsys::RD_KAFKA_EVENT_DR => {
            let mut r = ctx.reports.lock().unwrap_or_else(|p| p.into_inner());
            loop {
                let m = rdsys::rd_kafka_event_message_next(ev);
                if m.is_null() {
                    break;
                }
                ctx.report(&mut r, m);
            }
        }
        // Logs and errors go to the context. Statistics have no reader
        // (klar prints none), and with no token refresh callback librdkafka
        // sends no OAUTHBEARER event.
        _ => {
            crate::logging::serve_log_event(ctx, ev);
        }
    }
}

enum Sent {
    Accepted,
    /// librdkafka refused it outright; already reported as failed.
    Refused,
    /// A stop signal arrived while librdkafka's queue stayed full.
    Interrupted,
}

/// Hand one record to librdkafka, waiting out back-pressure (`QUEUE_FULL`).
fn send(
    producer: &BaseProducer<ProduceContext>,
    topic: &TopicHandle,
    wake: &QueueWake,
    a: &ProduceArgs,
    rec: &RecordRef<'_>,
    seq: usize,
    signals: &Signals,
) -> Sent {
    let partition = a.fixed_partition().or(rec.partition);
    loop {
        match topic.produce(producer, rec, partition, seq) {
            rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR => {
                producer.context().handed_over(1);
                return Sent::Accepted;
            }
            rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR__QUEUE_FULL => {
                if !wait_for_room(producer, wake, signals) {
                    return Sent::Interrupted;
                }
            }
            err => {
                refused(producer, a, rec, partition, seq, err);
                return Sent::Refused;
            }
        }
    }
}

/// Hands a run of records to librdkafka in batch calls, waiting out
/// back-pressure; when a stop signal came while its queue stayed full,
/// returns the index of the first record not handed over.
#[allow(clippy::too_many_arguments)]
fn send_run(
    producer: &BaseProducer<ProduceContext>,
    topic: &TopicHandle,
    wake: &QueueWake,
    a: &ProduceArgs,
    batch: &Packed,
    recs: Range<usize>,
    first_seq: usize,
    signals: &Signals,
    scratch: &mut Vec<rdsys::rd_kafka_message_t>,
) -> Option<usize> {
    let mut from = 0;
    while from < recs.len() {
        topic.produce_batch(
            batch,
            recs.start + from..recs.end,
            a.fixed_partition(),
            first_seq + from,
            scratch,
        );
        let mut full_at = None;
        let mut accepted = 0;
        for (k, m) in scratch.iter().enumerate() {
            match m.err {
                rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR => accepted += 1,
                rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR__QUEUE_FULL => {
                    full_at = Some(from + k);
                    break;
                }
                err => {
                    let seq = first_seq + from + k;
                    let rec = batch.get(recs.start + from + k);
                    refused(producer, a, &rec, a.fixed_partition(), seq, err);
                }
            }
        }
        producer.context().handed_over(accepted);
        let Some(at) = full_at else {
            break;
        };
        if !wait_for_room(producer, wake, signals) {
            return Some(at);
        }
        from = at;
    }
    None
}

/// librdkafka's queue is full (`_QUEUE_FULL`): waits for delivery reports,
/// whose serving frees room. False when a second stop signal has come
/// instead: after the first, what was read is still sent.
fn wait_for_room(
    producer: &BaseProducer<ProduceContext>,
    wake: &QueueWake,
    signals: &Signals,
) -> bool {
    producer
        .context()
        .backlog
        .full
        .fetch_add(1, Ordering::Relaxed);
    if signals.received() >= 2 {
        return false;
    }
    wake.wait(WAIT_SLICE);
    serve(producer, wake);
    true
}

/// The records of `batch` from `from` on, read but never handed to
/// librdkafka (a second signal came first): each is reported not delivered,
/// as librdkafka reports the messages it purges from its own queue.
fn not_sent(
    producer: &BaseProducer<ProduceContext>,
    a: &ProduceArgs,
    batch: &Packed,
    from: usize,
    first_of_batch: u64,
) {
    let code = RDKafkaErrorCode::PurgeQueue;
    let name = code_name(code);
    let message = format!(
        "{} (klar stopped before handing it to librdkafka)",
        kafka_error::code_text(code)
    );
    for k in from..batch.len() {
        let rec = batch.get(k);
        let error = ErrorInfo {
            hint: hint_for(&name),
            code: name.clone(),
            message: message.clone(),
        };
        let seq = first_of_batch + k as u64 + 1;
        report_unsent(
            producer,
            a,
            &rec,
            a.fixed_partition(),
            seq,
            Status::NotDelivered,
            error,
        );
    }
}

/// A record librdkafka refused outright (too large, no such partition):
/// counted as failed and reported like a failed delivery.
fn refused(
    producer: &BaseProducer<ProduceContext>,
    a: &ProduceArgs,
    rec: &RecordRef<'_>,
    partition: Option<i32>,
    seq: usize,
    err: rdsys::rd_kafka_resp_err_t,
) {
    let code = RDKafkaErrorCode::from(err);
    let name = code_name(code);
    let error = ErrorInfo {
        hint: hint_for(&name),
        message: kafka_error::code_text(code),
        code: name,
    };
    report_unsent(
        producer,
        a,
        rec,
        partition,
        seq as u64,
        Status::Failed,
        error,
    );
}

/// Counts and reports a record that never reached a broker: the report
/// librdkafka would have made for it, had it taken the record.
fn report_unsent(
    producer: &BaseProducer<ProduceContext>,
    a: &ProduceArgs,
    rec: &RecordRef<'_>,
    partition: Option<i32>,
    seq: u64,
    status: Status,
    error: ErrorInfo,
) {
    let ctx = producer.context();
    let mut reports = ctx.reports.lock().unwrap_or_else(|p| p.into_inner());
    match status {
        Status::Failed => reports.counts.failed += 1,
        _ => reports.counts.not_delivered += 1,
    }
    let d = Delivery {
        seq,
        topic: &a.topic,
        partition: partition.unwrap_or(-1),
        offset: None,
        timestamp: None,
        timestamp_type: "none",
        key: rec.key,
        broker: None,
        latency_us: None,
        status,
        error: Some(error),
        persisted: Persisted::No,
    };
    let format = reports.format;
    write_delivery(&mut reports.out, format, &d);
}

/// klar's own choices for a produce run, as --explain prints them.
fn decisions(a: &ProduceArgs, settings: &ClientSettings) -> Vec<(&'static str, String)> {
    let timeout = settings.value("message.timeout.ms").unwrap_or("300000");
    let flush = match a.flush_timeout {
        Some(d) => format!("--flush-timeout {}", humantime::format_duration(d)),
        None => {
            let margin = flush_margin(settings);
            let total =
                Duration::from_millis(effective_ms(settings, "message.timeout.ms", 300_000))
                    + margin;
            format!(
                "{} (message.timeout.ms, {timeout} ms, plus reconnect.backoff.max.ms and 2s, {})",
                humantime::format_duration(total),
                humantime::format_duration(margin)
            )
        }
    };
    let partition = match a.fixed_partition() {
        Some(p) => format!("every record to partition {p} (-p)"),
        None => format!(
            "librdkafka's partitioner ({})",
            settings.value("partitioner").unwrap_or("consistent_random")
        ),
    };
    let transaction = match settings.get("transactional.id") {
        Some(t) => format!(
            "one transaction for the whole run (transactional.id from {}): committed after the \
             last delivery, aborted on any failed delivery or interrupt",
            t.source
        ),
        None => "none (no transactional.id)".to_string(),
    };
    vec![
        ("partition", partition),
        (
            "delivery",
            format!(
                "a report per record; at the end klar waits up to {flush} for outstanding ones"
            ),
        ),
        ("transaction", transaction),
    ]
}

#[cfg(test)]
mod tests {
    /// `effective_ms` reads its names without resolving aliases.
    #[test]
    fn names_read_at_start_are_canonical() {
        let c = crate::config::catalogue::Catalogue::get();
        for n in [
            "reconnect.backoff.max.ms",
            "message.max.bytes",
            "message.timeout.ms",
        ] {
            assert!(c.find(n).is_some(), "{n}");
            assert_eq!(c.canonical(n), Some(n), "{n}");
        }
    }
}
