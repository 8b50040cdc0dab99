//! The one output layer: data on stdout (delivery reports, later messages and
//! tables), in text or JSON. A closed stdout (`| head`) ends writing quietly.

use std::io::{self, BufWriter, IsTerminal, Stdout, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{json, Map, Value};

use crate::cli::{ReportFormat, SummaryFormat};

pub mod deser;
pub mod format;
mod json_text;
mod message;

pub use message::{MessageView, Printer, PrinterKind};
pub mod table;

/// Writes to stdout, buffered; a terminal gets every line at once.
pub struct Out {
    w: BufWriter<Watched>,
    line_flush: bool,
    broken: bool,
}

impl Default for Out {
    fn default() -> Self {
        Self::new()
    }
}

impl Out {
    pub fn new() -> Self {
        let stdout = io::stdout();
        let line_flush = stdout.is_terminal();
        Out {
            w: BufWriter::with_capacity(64 * 1024, Watched::Stdout(stdout)),
            line_flush,
            broken: false,
        }
    }

    /// An `Out` that keeps what is written, for `into_bytes`.
    pub fn memory() -> Self {
        Out {
            w: BufWriter::with_capacity(0, Watched::Memory(Vec::new())),
            line_flush: false,
            broken: false,
        }
    }

    /// What a `memory` Out was given (nothing for one on stdout).
    pub fn into_bytes(self) -> Vec<u8> {
        match self.w.into_inner() {
            Ok(Watched::Memory(v)) => v,
            _ => Vec::new(),
        }
    }

    /// Flush after every message, even into a pipe (`-u`).
    pub fn set_unbuffered(&mut self) {
        self.line_flush = true;
    }

    /// True once the reader of stdout has gone away (`| head`).
    pub fn is_broken(&self) -> bool {
        self.broken
    }

    pub fn write_all(&mut self, bytes: &[u8]) {
        if self.broken {
            return;
        }
        if let Err(e) = self.w.write_all(bytes) {
            self.fail(e);
        }
    }

    /// A decimal integer, without going through a String.
    pub fn write_int(&mut self, n: impl itoa::Integer) {
        let mut b = itoa::Buffer::new();
        self.write_all(b.format(n).as_bytes());
    }

    pub fn end_line(&mut self) {
        self.write_all(b"\n");
        if self.line_flush {
            self.flush();
        }
    }

    /// Bytes written but not yet flushed to stdout.
    pub fn buffered(&self) -> usize {
        self.w.buffer().len()
    }

    /// The end of one message's output, which may not end with a newline.
    pub fn message_done(&mut self) {
        if self.line_flush {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if self.broken {
            return;
        }
        if let Err(e) = self.w.flush() {
            self.fail(e);
        }
    }

    fn fail(&mut self, e: io::Error) {
        self.broken = true;
        if e.kind() != io::ErrorKind::BrokenPipe {
            STDOUT_FAILED.store(true, Ordering::SeqCst);
            tracing::error!("cannot write to stdout: {e}");
        }
    }
}

/// Whether stdout is a pipe whose reader has gone, asked without writing:
/// poll(2) reports POLLERR on such a pipe, and nothing on a file or a
/// terminal.
pub fn stdout_reader_gone() -> bool {
    let mut p = libc::pollfd {
        fd: 1,
        events: 0,
        revents: 0,
    };
    // SAFETY: one pollfd, no wait.
    let n = unsafe { libc::poll(&mut p, 1, 0) };
    n == 1 && p.revents & libc::POLLERR != 0
}

/// Set when a write to stdout failed for another reason than its reader
/// leaving (a full disk, an I/O error): the run did not do its job.
static STDOUT_FAILED: AtomicBool = AtomicBool::new(false);

/// Whether output was lost to a failed write, so that the run cannot end
/// with status 0. A reader that left (`| head`) is no failure.
pub fn stdout_failed() -> bool {
    STDOUT_FAILED.load(Ordering::SeqCst)
}

/// When the write to stdout under way started, in milliseconds after
/// `EPOCH`, plus one; 0 while none is.
static WRITING_SINCE: AtomicU64 = AtomicU64::new(0);
static EPOCH: OnceLock<Instant> = OnceLock::new();

fn now_ms() -> u64 {
    EPOCH.get_or_init(Instant::now).elapsed().as_millis() as u64 + 1
}

/// How long the write to stdout under way has waited, if one is: a reader
/// that stopped reading holds it there, where no signal reaches.
pub fn stdout_waiting_for() -> Option<Duration> {
    match WRITING_SINCE.load(Ordering::Relaxed) {
        0 => None,
        t => Some(Duration::from_millis(now_ms().saturating_sub(t))),
    }
}

/// stdout, noting when each write to it starts and ends.
enum Watched {
    Stdout(Stdout),
    /// Output kept for the caller (`Out::memory`), which prints it reshaped.
    Memory(Vec<u8>),
}

impl Watched {
    fn watched<T>(&mut self, f: impl FnOnce(&mut dyn Write) -> io::Result<T>) -> io::Result<T> {
        match self {
            Watched::Stdout(s) => {
                WRITING_SINCE.store(now_ms(), Ordering::Relaxed);
                let r = f(s);
                WRITING_SINCE.store(0, Ordering::Relaxed);
                r
            }
            Watched::Memory(v) => f(v),
        }
    }
}

impl Write for Watched {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.watched(|s| s.write(buf))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.watched(|s| s.flush())
    }
}

/// For serializers (serde_json) that write into stdout directly.
impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Out::flush(self);
        Ok(())
    }
}

/// How a delivery ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Delivered,
    /// librdkafka reported an error for the message.
    Failed,
    /// klar gave up waiting (flush timeout, interrupt) and purged it.
    NotDelivered,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Delivered => "delivered",
            Status::Failed => "failed",
            Status::NotDelivered => "not_delivered",
        }
    }
}

pub struct ErrorInfo {
    pub code: String,
    pub message: String,
    pub hint: Option<&'static str>,
}

/// Everything klar knows about one message's delivery.
pub struct Delivery<'a> {
    /// 1-based position in the input.
    pub seq: u64,
    pub topic: &'a str,
    pub partition: i32,
    pub offset: Option<i64>,
    pub timestamp: Option<i64>,
    pub timestamp_type: &'static str,
    pub key: Option<&'a [u8]>,
    pub broker: Option<i32>,
    pub latency_us: Option<i64>,
    pub status: Status,
    pub error: Option<ErrorInfo>,
    /// Whether the message is in the log, as librdkafka knows it: a
    /// message that failed after it was sent may be there all the same.
    pub persisted: Persisted,
}

/// librdkafka's persistence status of a message (`rd_kafka_message_status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persisted {
    Yes,
    /// Sent, and no answer came back: a resend may write it twice.
    Possibly,
    No,
}

impl Persisted {
    fn as_str(self) -> &'static str {
        match self {
            Persisted::Yes => "yes",
            Persisted::Possibly => "possibly",
            Persisted::No => "no",
        }
    }
}

/// Bytes as a JSON string when they are UTF-8, else base64 with an encoding
/// field beside them (the convention `consume -J` uses too).
pub fn bytes_json(obj: &mut Map<String, Value>, field: &str, enc_field: &str, b: Option<&[u8]>) {
    match b {
        None => {
            obj.insert(field.into(), Value::Null);
        }
        Some(b) => match std::str::from_utf8(b) {
            Ok(s) => {
                obj.insert(field.into(), Value::String(s.into()));
            }
            Err(_) => {
                obj.insert(
                    field.into(),
                    Value::String(base64::engine::general_purpose::STANDARD.encode(b)),
                );
                obj.insert(enc_field.into(), Value::String("base64".into()));
            }
        },
    }
}

/// What a produce run did, for its summary on stderr.
pub struct ProduceSummary<'a> {
    pub topic: &'a str,
    pub read: u64,
    pub delivered: u64,
    pub failed: u64,
    pub not_delivered: u64,
    /// Of the failed and not delivered, those that may be in the log.
    pub possibly_persisted: u64,
    pub bytes_delivered: u64,
    pub elapsed: std::time::Duration,
    /// `committed`, `aborted`, `commit failed: ...`, `abort failed: ...`.
    pub transaction: Option<&'a str>,
    pub stopped_by_signal: bool,
}

/// The produce summary on stderr: one line of text, or one JSON object.
pub fn write_produce_summary(format: SummaryFormat, s: &ProduceSummary<'_>) {
    match format {
        SummaryFormat::Text => {
            let secs = s.elapsed.as_secs_f64().max(1e-9);
            let mut line = format!(
                "klar: {} read, {} delivered, {} failed, {} not delivered to {} in {secs:.2}s ({:.0} msg/s, {:.2} MB/s)",
                s.read,
                s.delivered,
                s.failed,
                s.not_delivered,
                s.topic,
                s.delivered as f64 / secs,
                s.bytes_delivered as f64 / secs / 1e6
            );
            if s.possibly_persisted > 0 {
                line.push_str(&format!(
                    "; {} of the undelivered may be in the topic",
                    s.possibly_persisted
                ));
            }
            if let Some(t) = s.transaction {
                line.push_str("; transaction ");
                line.push_str(t);
            }
            if s.stopped_by_signal {
                line.push_str("; stopped by signal");
            }
            eprintln!("{line}");
        }
        SummaryFormat::Json => eprintln!(
            "{}",
            json!({
                "topic": s.topic,
                "read": s.read,
                "delivered": s.delivered,
                "failed": s.failed,
                "not_delivered": s.not_delivered,
                "possibly_persisted": s.possibly_persisted,
                "bytes_delivered": s.bytes_delivered,
                "seconds": (s.elapsed.as_secs_f64() * 1000.0).round() / 1000.0,
                "transaction": s.transaction,
                "stopped_by_signal": s.stopped_by_signal,
            })
        ),
    }
}

pub fn write_delivery(out: &mut Out, format: ReportFormat, d: &Delivery) {
    match format {
        ReportFormat::None => {}
        ReportFormat::Text => {
            let line = match &d.error {
                // One line per message: written piece by piece, since
                // formatting it cost more than librdkafka's work for it.
                None => {
                    out.write_all(d.topic.as_bytes());
                    out.write_all(b" [");
                    out.write_int(d.partition);
                    out.write_all(b"] @ ");
                    // No offset with acks=0: no broker answered.
                    match d.offset {
                        Some(off) => out.write_int(off),
                        None => out.write_all(b"-"),
                    }
                    if let Some(t) = d.timestamp {
                        out.write_all(b" ts=");
                        out.write_int(t);
                        out.write_all(b" (");
                        out.write_all(d.timestamp_type.as_bytes());
                        out.write_all(b")");
                    }
                    out.end_line();
                    return;
                }
                Some(e) => {
                    let (code, msg, hint) = (e.code.as_str(), e.message.as_str(), e.hint);
                    let hint = hint.map(|h| format!(" (see {h})")).unwrap_or_default();
                    let maybe = if d.persisted == Persisted::Possibly {
                        "; it may be in the topic all the same: it was sent, and no answer came"
                    } else {
                        ""
                    };
                    format!(
                        "{} [{}] message #{} {}: {}: {}{}{}",
                        d.topic,
                        d.partition,
                        d.seq,
                        d.status.as_str().replace('_', " "),
                        code,
                        msg,
                        hint,
                        maybe
                    )
                }
            };
            out.write_all(line.as_bytes());
            out.end_line();
        }
        ReportFormat::Json => {
            let mut o = Map::new();
            o.insert("seq".into(), json!(d.seq));
            o.insert("status".into(), json!(d.status.as_str()));
            o.insert("topic".into(), json!(d.topic));
            o.insert("partition".into(), json!(d.partition));
            o.insert("offset".into(), json!(d.offset));
            o.insert("timestamp".into(), json!(d.timestamp));
            o.insert("timestamp_type".into(), json!(d.timestamp_type));
            bytes_json(&mut o, "key", "key_encoding", d.key);
            o.insert("broker".into(), json!(d.broker));
            o.insert("latency_us".into(), json!(d.latency_us));
            o.insert("persisted".into(), json!(d.persisted.as_str()));
            if let Some(e) = &d.error {
                o.insert(
                    "error".into(),
                    json!({"code": e.code, "message": e.message, "hint": e.hint}),
                );
            }
            let line = Value::Object(o).to_string();
            out.write_all(line.as_bytes());
            out.end_line();
        }
    }
}
