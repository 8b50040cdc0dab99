//! Diagnostics on stderr through tracing, librdkafka's log lines included.
//! One `ClientContext` for every client klar creates, so that logs and
//! errors from librdkafka look the same everywhere and never show a secret.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

use crate::cli::ColorChoice;

use rdkafka::client::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::error::KafkaError;
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields};
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::EnvFilter;

use crate::kafka_error;

#[derive(Debug, Clone, Copy)]
pub struct Verbosity {
    pub verbose: u8,
    pub quiet: bool,
}

impl Verbosity {
    /// The level librdkafka itself filters at, so nothing is formatted for
    /// nothing. `--debug` needs librdkafka's debug level to print anything.
    pub fn rdkafka_level(self, debug_contexts: bool) -> RDKafkaLogLevel {
        if debug_contexts || self.verbose >= 2 {
            RDKafkaLogLevel::Debug
        } else if self.verbose == 1 {
            RDKafkaLogLevel::Info
        } else if self.quiet {
            RDKafkaLogLevel::Error
        } else {
            RDKafkaLogLevel::Warning
        }
    }

    /// Whether librdkafka's info or debug logs were asked for (`-v`, `-vv`,
    /// `--debug`): those are printed as they come, even while a call waits.
    pub fn wants_client_logs(self, debug_contexts: bool) -> bool {
        matches!(
            self.rdkafka_level(debug_contexts),
            RDKafkaLogLevel::Info | RDKafkaLogLevel::Debug
        )
    }

    pub fn show_progress(self) -> bool {
        !self.quiet
    }
}

/// Install the stderr subscriber. `RUST_LOG` wins over -v/-q when set.
pub fn init(v: Verbosity, debug_contexts: bool) {
    let default = if debug_contexts || v.verbose >= 2 {
        "debug"
    } else if v.verbose == 1 {
        "info"
    } else if v.quiet {
        "error"
    } else {
        "warn"
    };
    let filter = EnvFilter::try_from_env("RUST_LOG").unwrap_or_else(|_| EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(use_color_on_stderr())
        .event_format(Line)
        .try_init();
}

/// Every diagnostic as one line in the shape of klar's errors, so that a
/// reader (or a `grep '^klar: '`) sees one style: `klar: warning: ...`.
struct Line;

impl<S, N> FormatEvent<S, N> for Line
where
    S: tracing::Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        ctx: &FmtContext<'_, S, N>,
        mut w: Writer<'_>,
        event: &tracing::Event<'_>,
    ) -> std::fmt::Result {
        use tracing::Level;
        let level = *event.metadata().level();
        let (word, colour) = match level {
            Level::ERROR => ("error", "\x1b[1;31m"),
            Level::WARN => ("warning", "\x1b[1;33m"),
            Level::INFO => ("info", "\x1b[1;32m"),
            Level::DEBUG => ("debug", "\x1b[1;34m"),
            Level::TRACE => ("trace", "\x1b[1;35m"),
        };
        if w.has_ansi_escapes() {
            write!(w, "klar: {colour}{word}\x1b[0m: ")?;
        } else {
            write!(w, "klar: {word}: ")?;
        }
        ctx.format_fields(w.by_ref(), event)?;
        writeln!(w)
    }
}

static COLOR: OnceLock<ColorChoice> = OnceLock::new();

/// `--color`, set once before logging starts.
pub fn set_color(c: ColorChoice) {
    let _ = COLOR.set(c);
}

/// --color always / never; otherwise only on a terminal, and never with
/// NO_COLOR set.
pub fn use_color_on_stderr() -> bool {
    use std::io::IsTerminal;
    match COLOR.get().copied().unwrap_or(ColorChoice::Auto) {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stderr().is_terminal()
        }
    }
}

/// How long an error printed here counts as just reported.
const REPEAT: std::time::Duration = std::time::Duration::from_secs(1);

struct LastError {
    code: Option<rdkafka::types::RDKafkaErrorCode>,
    at: std::time::Instant,
}

/// The context shared by every librdkafka client klar creates.
pub struct KlarContext {
    secrets: Vec<String>,
    name: OnceLock<String>,
    muted: AtomicBool,
    /// The code of the last error printed, and when.
    last_error: Mutex<Option<LastError>>,
    /// The last error librdkafka reported of its own accord (not as the
    /// answer to a call): when no broker answers, it says why.
    failure: Mutex<Option<Failure>>,
    /// Warnings printed lately, each with when and how many repeats since.
    warned: Mutex<std::collections::HashMap<String, Warned>>,
}

/// What makes two warnings the same: librdkafka's repeats differ in parts
/// that carry no news (`after 3ms in state CONNECT`, `, 1 identical error(s)
/// suppressed`, `1/1` then `2/2 brokers are down`), and each passed for a
/// new warning.
fn repeat_key(line: &str) -> String {
    static NOISE: OnceLock<regex::Regex> = OnceLock::new();
    let noise = NOISE.get_or_init(|| {
        regex::Regex::new(
            r", \d+ identical error\(s\) suppressed|after \d+ms in state|\d+/\d+ brokers are down",
        )
        .expect("a valid pattern")
    });
    noise.replace_all(line, "").into_owned()
}

/// How long a warning printed once stands for its identical repeats. While
/// a request waits for a cluster that is down, librdkafka tries a broker
/// every reconnect.backoff.ms/2 and reports "all brokers are down" after
/// each try: 20 lines a second, none with anything new.
const REPEATS_WITHIN: std::time::Duration = std::time::Duration::from_secs(30);

struct Warned {
    at: std::time::Instant,
    suppressed: u64,
}

struct Failure {
    code: i32,
    text: String,
}

/// The contexts of klar's clients, each built on a `KlarContext`.
pub trait HasKlarContext {
    fn klar(&self) -> &KlarContext;
}

impl KlarContext {
    pub fn new(secrets: Vec<String>) -> Self {
        KlarContext {
            secrets,
            name: OnceLock::new(),
            muted: AtomicBool::new(false),
            last_error: Mutex::new(None),
            failure: Mutex::new(None),
            warned: Mutex::new(std::collections::HashMap::new()),
        }
    }

    /// Prints a warning unless the same line was printed within
    /// `REPEATS_WITHIN`; the first one printed after that says how many
    /// were left out, as librdkafka's own connection logs do.
    fn warn_once(&self, line: String) {
        if let Some(text) = self.unless_repeated(line, std::time::Instant::now()) {
            tracing::warn!("{text}");
        }
    }

    /// The warning to print at `now`, if any (see `warn_once`).
    fn unless_repeated(&self, line: String, now: std::time::Instant) -> Option<String> {
        let key = repeat_key(&line);
        let mut warned = self.warned.lock().unwrap_or_else(|p| p.into_inner());
        let suppressed = match warned.get_mut(&key) {
            Some(w) if now.duration_since(w.at) < REPEATS_WITHIN => {
                w.suppressed += 1;
                return None;
            }
            Some(w) => {
                w.at = now;
                std::mem::take(&mut w.suppressed)
            }
            None => {
                // Lines that carry a changing part (a time, a count) would
                // otherwise pile up for as long as the client runs.
                if warned.len() >= 256 {
                    warned.retain(|_, w| now.duration_since(w.at) < REPEATS_WITHIN);
                }
                warned.insert(
                    key,
                    Warned {
                        at: now,
                        suppressed: 0,
                    },
                );
                0
            }
        };
        Some(if suppressed > 0 {
            format!("{line} ({suppressed} identical warning(s) left out)")
        } else {
            line
        })
    }

    /// Remember an error librdkafka reported. "All brokers are down" follows
    /// the reason it sums up (a refused connection, say), and never replaces
    /// it; nor does a later error with the same code, which tends to say
    /// less (a TLS handshake with a plaintext listener fails first with a
    /// question naming the likely cause, then as a reset connection).
    pub fn note_failure(&self, code: i32, reason: &str) {
        const ALL_BROKERS_DOWN: i32 =
            rdkafka::bindings::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN as i32;
        let mut slot = self.failure.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(f) = slot.as_ref() {
            if code == ALL_BROKERS_DOWN || code == f.code {
                return;
            }
        }
        // librdkafka ends the reason with how long the connection attempt
        // took, which says nothing the user can act on.
        let reason = reason.trim();
        let reason = match reason.rfind(" (after ") {
            Some(i) if reason.ends_with(')') && reason[i..].contains(" in state ") => &reason[..i],
            _ => reason,
        };
        *slot = Some(Failure {
            code,
            text: self.scrub(reason),
        });
    }

    /// The last failure noted, as `NAME: reason (see PROPERTIES)`.
    pub fn failure(&self) -> Option<String> {
        let slot = self.failure.lock().unwrap_or_else(|p| p.into_inner());
        slot.as_ref()
            .map(|f| kafka_error::describe_named(&kafka_error::raw_code_name(f.code), &f.text))
    }

    /// Record the client's instance name (`klar#producer-1`) once it exists.
    pub fn set_name(&self, name: String) {
        let _ = self.name.set(name);
    }

    /// Drop librdkafka's logs and errors from now on: klar has already
    /// decided how the run fails, and the connection attempts librdkafka
    /// reports while the client closes would bury that one line.
    pub fn mute(&self) {
        self.muted.store(true, Ordering::SeqCst);
    }

    fn muted(&self) -> bool {
        self.muted.load(Ordering::SeqCst)
    }

    /// Whether this error was just printed here. A consumer's error event
    /// reaches the context (with librdkafka's reason) and then comes back out
    /// of poll() as well, where printing it again would say it twice.
    pub fn just_reported(&self, code: Option<rdkafka::types::RDKafkaErrorCode>) -> bool {
        let last = self.last_error.lock().unwrap_or_else(|p| p.into_inner());
        last.as_ref()
            .is_some_and(|l| l.code.is_some() && l.code == code && l.at.elapsed() < REPEAT)
    }

    fn name(&self) -> &str {
        self.name.get().map(String::as_str).unwrap_or("rdkafka")
    }

    pub fn scrub(&self, text: &str) -> String {
        crate::redacted::scrub(text, &self.secrets)
    }
}

impl ClientContext for KlarContext {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, log_message: &str) {
        if self.muted() {
            return;
        }
        let msg = self.scrub(log_message);
        let name = self.name();
        // Where no callback takes an error event (a consumer's batch read
        // meets it), librdkafka logs it as "NAME: reason" under ERROR: say
        // it as klar says the error events it serves itself, a warning,
        // since librdkafka goes on trying.
        if fac == "ERROR" {
            let text = match msg.split_once("]: ") {
                Some((thread, rest)) if thread.starts_with("[thrd:") => rest,
                _ => msg.as_str(),
            };
            if let Some(reason) = text.strip_prefix(name).and_then(|r| r.strip_prefix(": ")) {
                self.warn_once(format!("[{name}] {reason}"));
                return;
            }
        }
        match level {
            // librdkafka follows a broker failure it logs at error level
            // with an error event in the same words: one line is enough.
            RDKafkaLogLevel::Emerg
            | RDKafkaLogLevel::Alert
            | RDKafkaLogLevel::Critical
            | RDKafkaLogLevel::Error
                if fac == "FAIL" =>
            {
                tracing::debug!("[{name} {fac}] {msg}")
            }
            RDKafkaLogLevel::Emerg
            | RDKafkaLogLevel::Alert
            | RDKafkaLogLevel::Critical
            | RDKafkaLogLevel::Error => tracing::error!("[{name} {fac}] {msg}"),
            RDKafkaLogLevel::Warning => tracing::warn!("[{name} {fac}] {msg}"),
            RDKafkaLogLevel::Notice | RDKafkaLogLevel::Info => {
                tracing::info!("[{name} {fac}] {msg}")
            }
            RDKafkaLogLevel::Debug => tracing::debug!("[{name} {fac}] {msg}"),
        }
    }

    fn error(&self, error: KafkaError, reason: &str) {
        // End of partition is news for -e, not an error; the consume loop sees it.
        if self.muted()
            || error.rdkafka_error_code() == Some(rdkafka::types::RDKafkaErrorCode::PartitionEOF)
        {
            return;
        }
        if let Some(code) = error.rdkafka_error_code() {
            self.note_failure(code as i32, reason);
        }
        let reason = self.scrub(reason);
        let what = match error.rdkafka_error_code() {
            Some(c) => kafka_error::describe_code(c),
            None => error.to_string(),
        };
        let line = format!("[{}] {what}: {reason}", self.name());
        *self.last_error.lock().unwrap_or_else(|p| p.into_inner()) = Some(LastError {
            code: error.rdkafka_error_code(),
            at: std::time::Instant::now(),
        });
        self.warn_once(line);
    }
}

/// The instance name librdkafka gave a client.
pub fn client_name(rk: *mut rdkafka::bindings::rd_kafka_t) -> String {
    // SAFETY: rd_kafka_name returns a string owned by the live client.
    unsafe {
        std::ffi::CStr::from_ptr(rdkafka::bindings::rd_kafka_name(rk))
            .to_string_lossy()
            .into_owned()
    }
}

impl HasKlarContext for KlarContext {
    fn klar(&self) -> &KlarContext {
        self
    }
}

/// Serves what waits on a client's main queue without blocking: logs go to
/// the context as usual, errors are only noted, for the one line that ends
/// a command whose cluster did not answer. Called once that is decided, so
/// no delivery report or message is waiting there yet.
///
/// # Safety
/// `rk` is the live client whose context `ctx` is.
pub unsafe fn note_waiting_errors<C: ClientContext + HasKlarContext>(
    ctx: &C,
    rk: *mut rdkafka::bindings::rd_kafka_t,
) {
    use rdkafka::bindings as rdsys;
    let q = rdsys::rd_kafka_queue_get_main(rk);
    if q.is_null() {
        return;
    }
    loop {
        let ev = rdsys::rd_kafka_queue_poll(q, 0);
        if ev.is_null() {
            break;
        }
        if rdsys::rd_kafka_event_type(ev) == rdsys::RD_KAFKA_EVENT_ERROR {
            let reason = std::ffi::CStr::from_ptr(rdsys::rd_kafka_event_error_string(ev));
            ctx.klar().note_failure(
                rdsys::rd_kafka_event_error(ev) as i32,
                &reason.to_string_lossy(),
            );
        } else {
            serve_log_event(ctx, ev);
        }
        rdsys::rd_kafka_event_destroy(ev);
    }
    rdsys::rd_kafka_queue_destroy(q);
}

/// Hands a log or error event of a client's main queue to its context;
/// false for any other kind of event.
///
/// # Safety
/// `ev` must be a live event.
pub unsafe fn serve_log_event<C: ClientContext>(
    ctx: &C,
    ev: *mut rdkafka::bindings::rd_kafka_event_t,
) -> bool {
    use rdkafka::bindings as rdsys;
    match rdsys::rd_kafka_event_type(ev) {
        rdsys::RD_KAFKA_EVENT_LOG => {
            let (mut fac, mut text, mut level) = (std::ptr::null(), std::ptr::null(), 0);
            if rdsys::rd_kafka_event_log(ev, &mut fac, &mut text, &mut level) == 0 {
                let fac = std::ffi::CStr::from_ptr(fac).to_string_lossy();
                let text = std::ffi::CStr::from_ptr(text).to_string_lossy();
                ctx.log(log_level(level), fac.trim(), text.trim());
            }
            true
        }
        rdsys::RD_KAFKA_EVENT_ERROR => {
            let code = rdkafka::types::RDKafkaErrorCode::from(rdsys::rd_kafka_event_error(ev));
            let reason =
                std::ffi::CStr::from_ptr(rdsys::rd_kafka_event_error_string(ev)).to_string_lossy();
            ctx.error(KafkaError::Global(code), reason.trim());
            true
        }
        _ => false,
    }
}

/// librdkafka's syslog levels.
fn log_level(level: i32) -> RDKafkaLogLevel {
    match level {
        0 => RDKafkaLogLevel::Emerg,
        1 => RDKafkaLogLevel::Alert,
        2 => RDKafkaLogLevel::Critical,
        3 => RDKafkaLogLevel::Error,
        4 => RDKafkaLogLevel::Warning,
        5 => RDKafkaLogLevel::Notice,
        6 => RDKafkaLogLevel::Info,
        _ => RDKafkaLogLevel::Debug,
    }
}

/// Serves a client's logs on a thread of its own, as they come.
///
/// rdkafka sends librdkafka's logs to the client's main queue. An admin
/// client never polls that queue for long (a Metadata request blocks the
/// calling thread), so `--debug` printed nothing while it waited, and one
/// line per poll afterwards. A consumer without a group reads its messages
/// from a queue of klar's own and leaves the main queue, with its errors,
/// to this server.
///
/// Nothing is served until `start`; what is left when it is dropped is
/// served then, through the same context (which may have been muted).
pub struct LogServer<C: ClientContext + 'static> {
    queue: QueuePtr,
    ctx: std::sync::Arc<C>,
    stop: std::sync::Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// A queue handle of klar's own; librdkafka's queues lock themselves.
#[derive(Clone, Copy)]
struct QueuePtr(*mut rdkafka::bindings::rd_kafka_queue_t);
// SAFETY: librdkafka queues may be polled and yielded from any thread.
unsafe impl Send for QueuePtr {}
unsafe impl Sync for QueuePtr {}

impl<C: ClientContext + 'static> LogServer<C> {
    /// The main queue, where rdkafka sends the logs.
    ///
    /// # Safety
    /// Must be dropped before the client is destroyed.
    pub unsafe fn main_queue(
        rk: *mut rdkafka::bindings::rd_kafka_t,
        ctx: std::sync::Arc<C>,
    ) -> Self {
        LogServer::on(rdkafka::bindings::rd_kafka_queue_get_main(rk), ctx)
    }

    fn on(q: *mut rdkafka::bindings::rd_kafka_queue_t, ctx: std::sync::Arc<C>) -> Self {
        LogServer {
            queue: QueuePtr(q),
            ctx,
            stop: std::sync::Arc::new(AtomicBool::new(false)),
            thread: None,
        }
    }

    /// Prints the logs as they come, from now on.
    pub fn start(&mut self) {
        if self.thread.is_some() {
            return;
        }
        let (queue, ctx, stop) = (self.queue, self.ctx.clone(), self.stop.clone());
        self.thread = std::thread::Builder::new()
            .name("klar-logs".into())
            .spawn(move || {
                let queue = queue;
                while !stop.load(Ordering::SeqCst) {
                    // SAFETY: the queue outlives the thread (joined in drop).
                    unsafe { serve_one(&*ctx, queue.0, 1000) };
                }
            })
            .ok();
    }
}

/// Serves at most one event, waiting up to `ms`; false when none came.
///
/// # Safety
/// `q` must be a live queue of the client whose context `ctx` is.
unsafe fn serve_one<C: ClientContext>(
    ctx: &C,
    q: *mut rdkafka::bindings::rd_kafka_queue_t,
    ms: i32,
) -> bool {
    use rdkafka::bindings as rdsys;
    let ev = rdsys::rd_kafka_queue_poll(q, ms);
    if ev.is_null() {
        return false;
    }
    serve_log_event(ctx, ev);
    rdsys::rd_kafka_event_destroy(ev);
    true
}

impl<C: ClientContext + 'static> Drop for LogServer<C> {
    fn drop(&mut self) {
        use rdkafka::bindings as rdsys;
        self.stop.store(true, Ordering::SeqCst);
        // SAFETY: a live queue; wakes the thread's poll at once.
        unsafe { rdsys::rd_kafka_queue_yield(self.queue.0) };
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        // SAFETY: a live queue, now read by this thread alone; the handle
        // was taken when created and is released once.
        unsafe {
            while serve_one(&*self.ctx, self.queue.0, 0) {}
            rdsys::rd_kafka_queue_destroy(self.queue.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn a_warning_repeated_within_the_window_is_counted_and_said_with_the_next() {
        let ctx = KlarContext::new(Vec::new());
        let t0 = Instant::now();
        let down = || "[c] 1/1 brokers are down".to_string();
        assert_eq!(
            ctx.unless_repeated(down(), t0).as_deref(),
            Some("[c] 1/1 brokers are down")
        );
        for ms in [50, 100, 29_000] {
            assert_eq!(
                ctx.unless_repeated(down(), t0 + Duration::from_millis(ms)),
                None
            );
        }
        // Another line is its own warning.
        assert!(ctx.unless_repeated("[c] other".into(), t0).is_some());
        // librdkafka's repeats differ in counts and times only.
        assert_eq!(
            ctx.unless_repeated("[c] 2/2 brokers are down".into(), t0),
            None
        );
        let refused = |ms: u32, suffix: &str| {
            format!("[c] b/1: Connect failed: refused (after {ms}ms in state CONNECT{suffix})")
        };
        assert!(ctx.unless_repeated(refused(0, ""), t0).is_some());
        for (ms, suffix) in [(3, ""), (0, ", 1 identical error(s) suppressed")] {
            assert_eq!(ctx.unless_repeated(refused(ms, suffix), t0), None);
        }
        // A different broker is a different warning.
        assert!(ctx
            .unless_repeated(
                "[c] b/2: Connect failed: refused (after 0ms in state CONNECT)".into(),
                t0
            )
            .is_some());
        let later = t0 + REPEATS_WITHIN + Duration::from_secs(1);
        assert_eq!(
            ctx.unless_repeated(down(), later).as_deref(),
            Some("[c] 1/1 brokers are down (4 identical warning(s) left out)")
        );
        // The count starts again from the line just printed.
        assert_eq!(
            ctx.unless_repeated(down(), later + Duration::from_secs(1)),
            None
        );
        assert_eq!(
            ctx.unless_repeated(down(), later + REPEATS_WITHIN)
                .as_deref(),
            Some("[c] 1/1 brokers are down (1 identical warning(s) left out)")
        );
    }
}
