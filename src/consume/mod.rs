//! `klar consume`: one thread polls librdkafka, a writer thread prints, and a
//! bounded channel between them keeps a slow stdout from stalling heartbeats
//! past max.poll.interval.ms. An offset is stored only after its message is
//! written, so every commit policy commits only what reached stdout.

mod closing;
mod context;
mod filter;
mod offsets;
mod raw;
mod resolve;
mod writer;

use std::collections::{BTreeMap, HashSet};
use std::ffi::CString;
use std::sync::atomic::Ordering;
use std::sync::mpsc::sync_channel;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use anyhow::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rdkafka::bindings as rdsys;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::KafkaError;
use rdkafka::types::RDKafkaErrorCode;
use rdkafka::TopicPartitionList;

use crate::cli::{CommitPolicy, ConsumeArgs, Isolation, OutputFormat};
use crate::cluster;
use crate::config::effective::ClientKind;
use crate::config::{report, ClientSettings};
use crate::escape::unescape;
use crate::exit_codes::{failure, usage, ExitCode};
use crate::kafka_error;
use crate::logging::{client_name, KlarContext, LogServer, Verbosity};
use crate::output::deser::Deser;
use crate::output::{format, Printer, PrinterKind};
use crate::signals::Signals;
use context::ConsumeContext;
use filter::Filters;
use offsets::{OffsetSpec, Position, Range};
use raw::RawMsg;
use writer::{Extra, Item, Progress, Tp};

fn printer(a: &ConsumeArgs) -> Result<Printer> {
    let (mut key, mut value) = (Deser::String, Deser::String);
    for s in &a.deserialize {
        let (which, name) = match s.split_once('=') {
            Some((w, n)) => (Some(w), n),
            None => (None, s.as_str()),
        };
        let d = Deser::parse(name).map_err(|e| usage(format!("-s {s:?}: {e}")))?;
        match which {
            Some("key") => key = d,
            Some("value") => value = d,
            None => {
                key = d.clone();
                value = d;
            }
            Some(other) => {
                return Err(usage(format!(
                    "-s {s:?}: {other:?} is neither key nor value"
                )))
            }
        }
    }
    let json_out = a.json || a.output == Some(OutputFormat::Json);
    // A flag that the output chosen does not use is refused, not ignored:
    // the user expects it to change something.
    if a.key_delimiter.is_some() && (json_out || a.format.is_some()) {
        return Err(usage(
            "-K prints the key before the value in the plain output: -J has the key as a field, and -f prints it with %k",
        ));
    }
    if a.delimiter.is_some() && a.format.is_some() {
        return Err(usage(
            "-D ends each message of the plain or -J output: with -f, end the format with the delimiter (e.g. '%s\\n')",
        ));
    }
    if a.pretty && !json_out && key != Deser::Json && value != Deser::Json {
        return Err(usage(
            "--pretty indents JSON: the -J envelope, or keys and values read with -s json",
        ));
    }
    let delimiter =
        unescape(a.delimiter.as_deref().unwrap_or("\\n")).map_err(|e| usage(format!("-D {e}")))?;
    let kind = if json_out {
        PrinterKind::Json { delimiter }
    } else if let Some(f) = &a.format {
        PrinterKind::Tokens(format::parse(f).map_err(usage)?)
    } else {
        let key_delimiter = match &a.key_delimiter {
            Some(k) => Some(unescape(k).map_err(|e| usage(format!("-K {e}")))?),
            None => None,
        };
        PrinterKind::Plain {
            delimiter,
            key_delimiter,
            print_headers: a.print_headers,
        }
    };
    Ok(Printer {
        kind,
        key,
        value,
        null_marker: a.null_marker,
        pretty: a.pretty,
    })
}

/// Whether a range must be applied when a group assigns the partition, or
/// can be left to the committed offset and auto.offset.reset.
fn overrides_committed(r: &Range) -> bool {
    r.until.is_some()
        || !matches!(
            r.start,
            Position::Beginning | Position::End | Position::Stored
        )
}

pub fn run(a: &ConsumeArgs, v: Verbosity) -> Result<ExitCode> {
    let spec = OffsetSpec::parse_all(&a.offset, SystemTime::now()).map_err(usage)?;
    let printer = printer(a)?;
    if !a.partitions.is_empty() {
        if let Some(p) = spec.partitions.keys().find(|p| !a.partitions.contains(p)) {
            let typed = a.offset.iter().rfind(|o| o.starts_with(&format!("{p}=")));
            return Err(usage(format!(
                "-o {}: partition {p} is not among those -p reads ({})",
                typed.map_or_else(|| format!("{p}=..."), |o| o.clone()),
                a.partitions
                    .iter()
                    .map(|p| p.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
    }
    let filters = Filters::parse(
        a.grep_key.as_deref(),
        a.grep_value.as_deref(),
        &a.grep_header,
    )
    .map_err(usage)?;
    let group_mode = a.group.is_some();
    check_names(a)?;
    let policy = a.commit.unwrap_or(if group_mode {
        CommitPolicy::Auto
    } else {
        CommitPolicy::None
    });
    if policy != CommitPolicy::AfterWrite
        && (a.commit_every.is_some() || a.commit_interval.is_some())
    {
        return Err(usage(
            "--commit-every and --commit-interval apply to --commit after-write",
        ));
    }
    let commit_interval = match (policy, a.commit_every, a.commit_interval) {
        (CommitPolicy::AfterWrite, None, None) => Some(Duration::from_secs(1)),
        (_, _, i) => i,
    };

    let mut flags: Vec<(&str, String, &str)> = Vec::new();
    let commit_flag = match (&a.commit, &a.group) {
        (Some(_), _) => "--commit",
        (None, Some(_)) => "-G",
        (None, None) => "-t",
    };
    if let Some(g) = &a.group {
        flags.push(("group.id", g.clone(), "-G"));
        // Beginning or end for every partition is what auto.offset.reset
        // does for partitions without a committed offset.
        if let Some(r) = spec.default.filter(|r| r.until.is_none()) {
            match r.start {
                Position::Beginning => flags.push(("auto.offset.reset", "earliest".into(), "-o")),
                Position::End => flags.push(("auto.offset.reset", "latest".into(), "-o")),
                _ => {}
            }
        }
    }
    if group_mode || policy != CommitPolicy::None {
        // klar stores each offset itself, after the message is written.
        flags.push(("enable.auto.offset.store", "false".into(), commit_flag));
    }
    let auto = if policy == CommitPolicy::Auto {
        "true"
    } else {
        "false"
    };
    flags.push(("enable.auto.commit", auto.into(), commit_flag));
    if let Some(i) = a.isolation {
        let level = match i {
            Isolation::ReadCommitted => "read_committed",
            Isolation::ReadUncommitted => "read_uncommitted",
        };
        flags.push(("isolation.level", level.into(), "--isolation"));
    }
    if a.exit_at_end {
        flags.push(("enable.partition.eof", "true".into(), "-e"));
    }
    let mut settings = ClientSettings::resolve(&a.client, &flags)?;
    if !group_mode && settings.get("group.id").is_none() {
        if policy != CommitPolicy::None {
            return Err(usage(format!(
                "--commit {} with -t needs a group to commit to: set -X group.id=NAME, or use -G",
                policy_name(policy)
            )));
        }
        let stored = spec
            .default
            .iter()
            .chain(spec.partitions.values())
            .any(|r| r.start == Position::Stored);
        if stored {
            return Err(usage(
                "-o stored with -t reads a group's committed offsets: set -X group.id=NAME, or use -G",
            ));
        }
        // librdkafka refuses assign() without a group.id, though nothing
        // is joined or committed.
        flags.push(("group.id", "klar".into(), "-t"));
        settings = ClientSettings::resolve(&a.client, &flags)?;
    }
    if report::explain(&a.client, &settings, ClientKind::Consumer, || {
        decisions(a, &settings)
    })? {
        return Ok(ExitCode::Success);
    }
    settings.require_brokers()?;

    let signals = Signals::install();
    let progress = Arc::new(Progress::default());
    // In chunks of up to 512 messages or 64 KiB: at most about 1 MiB waits
    // for stdout.
    let (tx, rx) = sync_channel::<Item>(16);
    let needs = Needs {
        lag: printer.needs_lag(),
        headers: printer.needs_headers(),
        broker: printer.needs_broker(),
        leader_epoch: printer.needs_leader_epoch(),
    };
    let writer = writer::spawn(printer, a.unbuffered, rx, progress.clone());

    let on_assign = (group_mode
        && spec
            .default
            .iter()
            .chain(spec.partitions.values())
            .any(overrides_committed))
    .then(|| {
        let mut s = spec.clone();
        s.default = s.default.filter(overrides_committed);
        s.partitions.retain(|_, r| overrides_committed(r));
        s
    });
    let ctx = ConsumeContext::new(
        KlarContext::new(settings.secrets()),
        on_assign,
        a.client.timeout,
        policy,
        tx,
        progress.clone(),
    );
    let level = v.rdkafka_level(a.client.debug.is_some());
    let consumer: BaseConsumer<ConsumeContext> = settings.create(level, ctx, "consumer")?;
    let rk = consumer.client().native_ptr();
    consumer.context().base.set_name(client_name(rk));
    // Without a group the assigned partitions send their messages to a
    // queue of klar's own, read in batches (see `raw`). The consumer queue
    // is then librdkafka's main queue, where its logs and errors wait: a
    // thread serves them, so that a broker failure is told with its error
    // code as it is in a group (the batch call would print it as a log
    // line without one).
    // SAFETY: both are dropped below, before the consumer.
    let own = a
        .topic
        .is_some()
        .then(|| unsafe { raw::AppQueue::new(&consumer) });
    let mut logs = a
        .topic
        .is_some()
        .then(|| unsafe { LogServer::main_queue(rk, consumer.context().clone()) });
    // Asked-for logs come at once; the others only once the cluster has
    // answered, since a failed start is summed up in one line.
    if v.wants_client_logs(a.client.debug.is_some()) {
        logs.iter_mut().for_each(LogServer::start);
    }

    let started = Instant::now();
    let progress_bar = progress_bar(v);
    let result = match &a.topic {
        Some(topic) => {
            let own = own.as_ref().expect("a queue of its own without a group");
            assign(&consumer, a, topic, &spec, &settings, &signals, own)
        }
        None => subscribe(&consumer, a, &settings, &signals),
    };
    if result.is_err() && v.verbose == 0 {
        consumer.context().base.mute();
    }
    if result.is_ok() {
        logs.iter_mut().for_each(LogServer::start);
    }
    // From here a second signal ends the process, whatever it waits on.
    let ending = closing::Ending::watch(&signals, a.client.timeout);
    let outcome = match result {
        Ok(()) => poll_loop(
            &consumer,
            a,
            &Loop {
                filters: &filters,
                needs,
                signals: &signals,
                commit_interval,
                progress_bar: progress_bar.as_ref(),
                own: own.as_ref(),
                none_assigned_grace: none_assigned_grace(&settings),
            },
        ),
        Err(e) => Err(e),
    };

    // Write all that was received (a slow stdout is waited for); then
    // commit it per policy and close (LeaveGroup, so the partitions move at
    // once). Those two wait on the cluster, and --timeout bounds them.
    consumer.context().drain(None);
    if let Some(pb) = progress_bar {
        pb.finish_and_clear();
    }
    consumer.context().close_channel();
    let _ = writer.join();
    ending.closing();
    let committed = consumer.context().commit_written(&consumer);
    drop(logs);
    drop(own);
    drop(consumer);
    ending.finished();

    let messages = progress.messages.load(Ordering::SeqCst);
    let errors = progress.deser_errors.load(Ordering::SeqCst);
    if errors > 0 {
        let shown = if a.json || a.output == Some(OutputFormat::Json) {
            "key_error and payload_error say why"
        } else {
            "printed as <error: ...>"
        };
        tracing::warn!("{errors} key(s) or value(s) did not fit their -s deserializer ({shown})");
    }
    tracing::info!(
        "{messages} message(s) written in {:.1}s",
        started.elapsed().as_secs_f64()
    );
    // A run that failed says why first; a last commit that failed after a
    // run that went well is the run's failure.
    outcome?;
    committed.map_err(failure)?;
    Ok(ExitCode::Success)
}

/// A running count on stderr when stderr is a terminal and the messages go
/// elsewhere (a file, a pipe); never over messages printed on the terminal.
fn progress_bar(v: Verbosity) -> Option<ProgressBar> {
    use std::io::IsTerminal;
    if !v.show_progress() || !std::io::stderr().is_terminal() || std::io::stdout().is_terminal() {
        return None;
    }
    let pb = ProgressBar::new_spinner().with_style(
        ProgressStyle::with_template("{spinner} {human_pos} messages written, {per_sec}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    pb.set_draw_target(ProgressDrawTarget::stderr());
    pb.enable_steady_tick(Duration::from_millis(200));
    Some(pb)
}

/// Topic and group names, before anything connects. A leading `^` makes a
/// subscription a regular expression, which librdkafka checks itself.
fn check_names(a: &ConsumeArgs) -> Result<()> {
    if let Some(t) = &a.topic {
        cluster::check_topic_name("-t", t)?;
        // kcat -C reads one topic; several are a group's (-G).
        if let Some(more) = a.topics.first() {
            return Err(usage(format!(
                "-t {t} {more}: -t reads one topic; for several, join a group: -G GROUP {t} {more}"
            )));
        }
    }
    if let (Some(p), None) = (a.partitions.first(), &a.topic) {
        return Err(usage(format!(
            "-p {p}: partitions are chosen with -t TOPIC; in a group (-G) the broker assigns them"
        )));
    }
    for t in a.topics.iter().filter(|t| !t.starts_with('^')) {
        cluster::check_topic_name("topic", t)?;
    }
    if a.group.as_deref() == Some("") {
        return Err(usage("-G \"\": the group name is empty"));
    }
    if let Some(p) = a.partitions.iter().find(|p| **p < 0) {
        return Err(usage(format!(
            "-p {p}: a partition is a number from 0 (without -p, every partition is read)"
        )));
    }
    Ok(())
}

fn policy_name(p: CommitPolicy) -> &'static str {
    match p {
        CommitPolicy::Auto => "auto",
        CommitPolicy::AfterWrite => "after-write",
        CommitPolicy::None => "none",
    }
}

/// What the printer reads beyond key, value and position. Each is a call
/// into librdkafka per message, so it is made only for a printer that
/// prints it.
#[derive(Clone, Copy)]
struct Needs {
    lag: bool,
    headers: bool,
    broker: bool,
    leader_epoch: bool,
}

/// One shared name per topic, so that a message costs no String.
#[derive(Default)]
struct Topics {
    names: Vec<Arc<str>>,
    /// The last message's topic handle and name: a run of messages from
    /// one topic costs no string work at all.
    last: Option<(*mut rdsys::rd_kafka_topic_t, Arc<str>)>,
}

impl Topics {
    /// Borrowed, not cloned: a clone and its drop were two atomic
    /// reference-count changes per message.
    fn of(&mut self, m: &RawMsg<'_>) -> &Arc<str> {
        let rkt = m.rkt();
        if !matches!(&self.last, Some((last, _)) if *last == rkt) {
            let name = m.topic();
            let t = match self.names.iter().find(|t| ***t == *name) {
                Some(t) => t.clone(),
                None => {
                    let t: Arc<str> = Arc::from(name);
                    self.names.push(t.clone());
                    t
                }
            };
            self.last = Some((rkt, t));
        }
        match &self.last {
            Some((_, name)) => name,
            None => unreachable!("set above"),
        }
    }
}

/// Tells the rebalance callback about the poll loop's queue, and takes it
/// back before the queue is destroyed.
struct AppQueueRegistration<'a>(&'a ConsumeContext);

impl<'a> AppQueueRegistration<'a> {
    fn new(ctx: &'a ConsumeContext, q: Option<&raw::AppQueue>) -> Self {
        ctx.set_app_queue(q.map(raw::AppQueue::ptr));
        AppQueueRegistration(ctx)
    }
}

impl Drop for AppQueueRegistration<'_> {
    fn drop(&mut self) {
        self.0.set_app_queue(None);
    }
}

/// What the poll loop needs beyond the consumer and the flags.
struct Loop<'a> {
    filters: &'a Filters,
    needs: Needs,
    signals: &'a Signals,
    commit_interval: Option<Duration>,
    progress_bar: Option<&'a ProgressBar>,
    /// Without a group: the queue the assigned partitions send to.
    own: Option<&'a raw::AppQueue>,
    /// How long `-e` waits, in a group, for partitions after an assignment
    /// of none.
    none_assigned_grace: Duration,
}

/// The poll loop, and then the exit status it leaves: a partition that
/// stopped on an error means the topic was not read as asked, however the
/// run ended.
fn poll_loop(consumer: &BaseConsumer<ConsumeContext>, a: &ConsumeArgs, l: &Loop) -> Result<()> {
    let mut stopped = BTreeMap::new();
    poll(consumer, a, l, &mut stopped)?;
    if stopped.is_empty() {
        return Ok(());
    }
    // Each with its error: with -q the line that reported it is not shown.
    let names: Vec<String> = stopped
        .iter()
        .map(|((t, p), why)| format!("{t} [{p}] ({why})"))
        .collect();
    Err(failure(format!(
        "{} partition(s) stopped on an error and were not read to the end: {}",
        names.len(),
        names.join(", ")
    )))
}

fn poll(
    consumer: &BaseConsumer<ConsumeContext>,
    a: &ConsumeArgs,
    l: &Loop,
    stopped: &mut BTreeMap<Tp, String>,
) -> Result<()> {
    let Loop {
        filters,
        needs,
        signals,
        commit_interval,
        progress_bar,
        own,
        none_assigned_grace,
    } = *l;
    let ctx = consumer.context();
    let rk = consumer.client().native_ptr();
    let mut count: u64 = 0;
    let mut eof: HashSet<Tp> = HashSet::new();
    // Since when only patterns are subscribed and none matches a topic.
    let mut unmatched_since: Option<Instant> = None;
    let mut silence = Silence::new();
    let mut topics = Topics::default();
    let mut last_store = Instant::now();
    let mut last_tick = Instant::now();
    let mut last_commit = Instant::now();
    let mut committed_at: u64 = 0;
    let after_write = ctx.policy == CommitPolicy::AfterWrite;
    let stores = ctx.policy != CommitPolicy::None;
    let mut paused = false;
    // Housekeeping (a lock, clock reads) runs every 64 messages, and after
    // every poll that came back empty, rather than once per message.
    let mut turn: u32 = 0;
    let mut idle = true;
    // In a group, partitions assigned from here on send their messages to
    // a queue of klar's own, read in batches (see `raw`).
    // SAFETY: dropped when this function returns, before the consumer.
    let app = own
        .is_none()
        .then(|| unsafe { raw::AppQueue::new(consumer) });
    let _registered = AppQueueRegistration::new(ctx, app.as_ref());
    // SAFETY: dropped when this function returns, before the consumer.
    let group_queue = app
        .is_some()
        .then(|| unsafe { raw::AppQueue::consumers(consumer) });
    let mut batcher = match (&app, own) {
        (Some(q), _) => raw::Batcher::group(q),
        (None, Some(q)) => raw::Batcher::alone(q),
        (None, None) => unreachable!("a queue of its own or a group's"),
    };
    // Locked across the messages of one batch, and released before
    // anything else that locks it: a poll that may serve a rebalance (which
    // takes the chunk), and the checks of a writer that is behind.
    let mut chunk = None;
    loop {
        if !batcher.buffered() || ctx.backed_up() {
            chunk = None;
        }
        if signals.stop_requested() || ctx.progress.broken.load(Ordering::SeqCst) {
            return Ok(());
        }
        if a.count.is_some_and(|c| count >= c) {
            return Ok(());
        }
        turn = turn.wrapping_add(1);
        let housekeeping = idle || turn % 64 == 0;
        if housekeeping {
            if let Some(e) = ctx.shared().fatal.take() {
                return Err(e);
            }
        }
        if housekeeping
            && progress_bar.is_some()
            && last_tick.elapsed() > Duration::from_millis(200)
        {
            if let Some(pb) = progress_bar {
                pb.set_position(ctx.progress.messages.load(Ordering::Relaxed));
            }
            last_tick = Instant::now();
        }
        if housekeeping && stores && last_store.elapsed() > Duration::from_millis(200) {
            ctx.store(consumer);
            last_store = Instant::now();
            if after_write {
                let written = ctx.progress.messages.load(Ordering::SeqCst);
                let by_count = a.commit_every.is_some_and(|n| written - committed_at >= n);
                let by_time = commit_interval.is_some_and(|i| last_commit.elapsed() >= i);
                if (by_count || by_time) && written > committed_at {
                    last_commit = Instant::now();
                    if ctx.commit(consumer) {
                        committed_at = written;
                    }
                }
            }
        }
        // A full channel to the writer pauses fetching rather than blocking
        // this thread, which must keep polling to take part in rebalances.
        if ctx.backed_up() && !ctx.send_unsent() {
            return Ok(());
        }
        if ctx.backed_up() != paused {
            paused = !paused;
            pause_or_resume(consumer, paused);
        }
        // Messages wait in the chunk only while more are at hand: the
        // first poll that would wait hands them to the writer. A message
        // already taken in a batch is returned without waiting, and
        // looking at the chunk (a lock) once per message was a cost.
        let wait = if batcher.buffered() {
            Duration::ZERO
        } else if paused {
            Duration::from_millis(20)
        } else if ctx.has_unsent() {
            Duration::ZERO
        } else {
            Duration::from_millis(100)
        };
        let polled = raw::next(consumer, &mut batcher, group_queue.as_ref(), wait);
        idle = polled.is_none();
        match polled {
            None => {
                if !ctx.send_unsent() {
                    return Ok(());
                }
                // A reader that left (`| head -1`) is otherwise seen only
                // at the next write, which an idle topic may never bring.
                if crate::output::stdout_reader_gone() {
                    ctx.progress.broken.store(true, Ordering::SeqCst);
                    return Ok(());
                }
                // Ranges that were empty from the start end the run too.
                if all_done(ctx) {
                    return Ok(());
                }
                if a.exit_at_end {
                    if let Some(end) = silence.check(consumer, paused, &mut eof, stopped) {
                        return end;
                    }
                }
                // A member given no partition (more members than
                // partitions, a pattern that matches no topic) has nothing
                // to read to the end. The wait lets a cooperative
                // rebalance's second round give it some.
                if a.exit_at_end && app.is_some() {
                    let s = ctx.shared();
                    if s.none_assigned_since
                        .is_some_and(|t| t.elapsed() >= none_assigned_grace)
                    {
                        tracing::warn!(
                            "-e: the group gave this member no partition (the other members \
                             have them all), so nothing to read"
                        );
                        return Ok(());
                    }
                    // librdkafka does not join a group for patterns that
                    // match no topic: no assignment ever comes.
                    if s.assignments == 0
                        && unmatched_since.is_some_and(|t| t.elapsed() >= NONE_ASSIGNED_GRACE)
                    {
                        tracing::info!("-e: no topic matches the pattern(s), so nothing to read");
                        return Ok(());
                    }
                }
            }
            Some(Ok(held)) => {
                silence.progressed = true;
                let m = held.raw();
                let offset = m.offset();
                let partition = m.partition();
                let topic = topics.of(&m);
                if !eof.is_empty() {
                    eof.remove(&(topic.to_string(), partition));
                }
                // A stopped partition that a rebalance gave back to this
                // member is fetched again from its committed offset.
                if !stopped.is_empty() {
                    stopped.remove(&(topic.to_string(), partition));
                }
                let until = if ctx.ranged() {
                    let tp: Tp = (topic.to_string(), partition);
                    let (until, until_time) = {
                        let s = ctx.shared();
                        (s.until.get(&tp).copied(), s.until_time.get(&tp).copied())
                    };
                    let past_time = until_time
                        .is_some_and(|t| m.timestamp().to_millis().is_some_and(|ts| ts >= t));
                    if past_time {
                        // From here the range ends at an offset: a later
                        // message with an earlier time (CreateTime is the
                        // producer's clock) is past the end too.
                        {
                            let mut s = ctx.shared();
                            s.until_time.remove(&tp);
                            s.until.insert(tp.clone(), offset);
                        }
                        if mark_done(ctx, &tp) {
                            return Ok(());
                        }
                        continue;
                    }
                    if let Some(u) = until {
                        if offset >= u {
                            if mark_done(ctx, &tp) {
                                return Ok(());
                            }
                            continue;
                        }
                    }
                    until
                } else {
                    None
                };
                let c = chunk.get_or_insert_with(|| ctx.lock_chunk());
                let sent = if !filters.is_empty()
                    && !filters.matches(m.key(), m.payload(), || headers(&m))
                {
                    ctx.fill(c, |c| c.push_skipped(topic, partition, offset))
                } else {
                    count += 1;
                    let extra = extra(&m, rk, &needs);
                    ctx.fill(c, |c| c.push(topic, &m, needs.headers, extra))
                };
                if !sent {
                    return Ok(());
                }
                if until.is_some_and(|u| offset + 1 >= u)
                    && mark_done(ctx, &(topic.to_string(), partition))
                {
                    return Ok(());
                }
            }
            Some(Err(KafkaError::PartitionEOF(p))) if a.exit_at_end => {
                silence.progressed = true;
                let s = ctx.shared();
                match batcher.take_ended() {
                    Some(tp) => {
                        eof.insert(tp);
                    }
                    // Only the partition's number: it says which partition
                    // ended only when one assigned topic has it.
                    None => {
                        let mut with = s.assigned.iter().filter(|tp| tp.1 == p);
                        match (with.next(), with.next()) {
                            (Some(tp), None) => {
                                eof.insert(tp.clone());
                            }
                            _ => tracing::debug!("the end of a partition {p} of no known topic"),
                        }
                    }
                }
                if all_ended(&s.assigned, &eof, stopped) {
                    return Ok(());
                }
            }
            Some(Err(KafkaError::PartitionEOF(_))) => {
                batcher.take_ended();
            }
            Some(Err(e)) => {
                if let Some(tp) = batcher.take_stopped() {
                    // Its code, for the last line; the line below says all.
                    let code = e
                        .rdkafka_error_code()
                        .map_or_else(|| e.to_string(), kafka_error::code_name);
                    stopped.insert(tp.clone(), code);
                    if ctx.ranged() && mark_done(ctx, &tp) {
                        return Ok(());
                    }
                    if a.exit_at_end && all_ended(&ctx.shared().assigned, &eof, stopped) {
                        return Ok(());
                    }
                    // An assignment of klar's own never changes: once each
                    // of its partitions has stopped, nothing more can come
                    // (kcat exits then too). A group may assign others.
                    if app.is_none() && all_ended(&ctx.shared().assigned, &HashSet::new(), stopped)
                    {
                        return Ok(());
                    }
                }
                // A pattern that matches no topic yet is reported the same
                // way as a missing topic; it may match one later.
                let patterns = a.topics.iter().any(|t| t.starts_with('^'));
                let unknown =
                    e.rdkafka_error_code() == Some(RDKafkaErrorCode::UnknownTopicOrPartition);
                let fatal =
                    matches!(e, KafkaError::MessageConsumptionFatal(_)) || (unknown && !patterns);
                if unknown && a.topics.iter().all(|t| t.starts_with('^')) {
                    unmatched_since.get_or_insert_with(Instant::now);
                }
                if fatal {
                    return Err(failure(kafka_error::describe(&e)));
                }
                if !ctx.base.just_reported(e.rdkafka_error_code()) {
                    tracing::error!("{}", kafka_error::describe(&e));
                }
            }
        }
    }
}

/// Pauses or resumes fetching for everything assigned. librdkafka drops what
/// it had prefetched for a paused partition and fetches again from the
/// position after the last message returned, so nothing is skipped.
fn pause_or_resume(consumer: &BaseConsumer<ConsumeContext>, pause: bool) {
    let Ok(tpl) = consumer.assignment() else {
        return;
    };
    let r = if pause {
        tracing::debug!("stdout is behind: fetching paused");
        consumer.pause(&tpl)
    } else {
        tracing::debug!("stdout caught up: fetching resumed");
        consumer.resume(&tpl)
    };
    if let Err(e) = r {
        tracing::warn!(
            "cannot pause or resume fetching: {}",
            kafka_error::describe(&e)
        );
    }
}

/// How long `-e` waits for an end-of-partition event before it looks at
/// the high watermark of the last fetch answer instead: the event comes
/// with the next fetch, within fetch.wait.max.ms, unless the broker went
/// down just after the last messages.
const EOF_OVERDUE: Duration = Duration::from_secs(2);

/// Marks as ended the partitions whose position has reached the high
/// watermark of the last fetch answer (librdkafka's cached one, no request).
fn ended_by_watermarks(
    consumer: &BaseConsumer<ConsumeContext>,
    assigned: &HashSet<Tp>,
    eof: &mut HashSet<Tp>,
    stopped: &BTreeMap<Tp, String>,
) {
    let Ok(positions) = consumer.position() else {
        return;
    };
    let rk = consumer.client().native_ptr();
    for e in positions.elements() {
        let tp = (e.topic().to_string(), e.partition());
        if eof.contains(&tp) || stopped.contains_key(&tp) || !assigned.contains(&tp) {
            continue;
        }
        let rdkafka::Offset::Offset(at) = e.offset() else {
            continue;
        };
        let Ok(topic) = CString::new(e.topic()) else {
            continue;
        };
        let (mut low, mut high) = (-1i64, -1i64);
        // SAFETY: a live client, a C string and two out-parameters.
        unsafe {
            rdsys::rd_kafka_get_watermark_offsets(
                rk,
                topic.as_ptr(),
                e.partition(),
                &mut low,
                &mut high,
            )
        };
        if high >= 0 && at >= high {
            tracing::debug!("{} [{}]: at the high watermark {high}: ended", tp.0, tp.1);
            eof.insert(tp);
        }
    }
}

/// `-e`'s view of a run that has gone quiet: the end event of a partition
/// that did not come, and a leader that is gone.
struct Silence {
    /// Set by a message or an end; the next idle poll reads the clock (a
    /// clock read per message was a cost).
    progressed: bool,
    last_progress: Instant,
    leaders_asked: bool,
    seen_assignments: u32,
}

impl Silence {
    fn new() -> Silence {
        Silence {
            progressed: false,
            last_progress: Instant::now(),
            leaders_asked: false,
            seen_assignments: 0,
        }
    }

    /// At an idle poll: how the run ends, if the silence says it does.
    fn check(
        &mut self,
        consumer: &BaseConsumer<ConsumeContext>,
        paused: bool,
        eof: &mut HashSet<Tp>,
        stopped: &BTreeMap<Tp, String>,
    ) -> Option<Result<()>> {
        let ctx = consumer.context();
        let s = ctx.shared();
        // Waiting on stdout, or on a new assignment's first fetch, is no
        // silence of the cluster.
        if paused || self.progressed || s.assignments != self.seen_assignments {
            self.seen_assignments = s.assignments;
            self.progressed = false;
            self.leaders_asked = false;
            self.last_progress = Instant::now();
        }
        let quiet = self.last_progress.elapsed();
        if quiet >= EOF_OVERDUE && !s.assigned.is_empty() {
            ended_by_watermarks(consumer, &s.assigned, eof, stopped);
            if all_ended(&s.assigned, eof, stopped) {
                return Some(Ok(()));
            }
        }
        // Neither a message nor an end for --timeout: the cluster is asked
        // for the leaders of what is left. One it no longer lists (a broker
        // down: librdkafka then tries nothing and says nothing) or no
        // answer at all ends the run; a leader that is only slow, or a
        // group that is still joining, is waited for, as kcat waits. Asked
        // once a silence.
        if quiet < ctx.timeout || self.leaders_asked {
            return None;
        }
        let mut left: Vec<Tp> = s
            .assigned
            .iter()
            .filter(|tp| !eof.contains(*tp) && !stopped.contains_key(*tp))
            .cloned()
            .collect();
        drop(s);
        left.sort();
        if left.is_empty() {
            return None;
        }
        self.leaders_asked = true;
        if !leaderless(consumer, &left, ctx.timeout) {
            return None;
        }
        let names: Vec<String> = left.iter().map(|(t, p)| format!("{t} [{p}]")).collect();
        Some(Err(crate::exit_codes::unreachable(format!(
            "-e: no answer from the cluster within {} while reading: {} partition(s) not read \
             to the end: {}",
            humantime::format_duration(ctx.timeout),
            names.len(),
            names.join(", ")
        ))))
    }
}

/// Whether a partition among `left` has no leader the cluster lists (or
/// the cluster does not answer for its metadata at all).
fn leaderless(consumer: &BaseConsumer<ConsumeContext>, left: &[Tp], timeout: Duration) -> bool {
    let mut topics: Vec<&str> = left.iter().map(|(t, _)| t.as_str()).collect();
    topics.dedup();
    topics.iter().any(|topic| {
        let Ok(md) = consumer.fetch_metadata(Some(topic), timeout) else {
            return true;
        };
        let brokers: Vec<i32> = md.brokers().iter().map(|b| b.id()).collect();
        let Some(t) = md.topics().iter().find(|t| t.name() == *topic) else {
            return true;
        };
        left.iter().filter(|(lt, _)| lt == topic).any(|(_, p)| {
            t.partitions()
                .iter()
                .find(|q| q.id() == *p)
                .is_none_or(|q| q.leader() < 0 || !brokers.contains(&q.leader()))
        })
    })
}

/// How long `-e` waits, in a group, for partitions after an assignment of
/// none before it ends the run (and patterns that match no topic, for an
/// assignment at all). An eager rebalance's assignment is the whole answer;
/// a cooperative one gives a joining member nothing in its first round and
/// its partitions in a second, once the others have revoked them, which may
/// take a session timeout and more.
const NONE_ASSIGNED_GRACE: Duration = Duration::from_secs(3);

fn none_assigned_grace(settings: &ClientSettings) -> Duration {
    // By canonical name, defaults as librdkafka's: a lookup by any name
    // would read the property table at start.
    let set = |name| settings.get_canonical(name).map(|s| s.raw_value().trim());
    // KIP-848's protocol (group.protocol=consumer) assigns incrementally too.
    let incremental = set("partition.assignment.strategy")
        .is_some_and(|s| s.contains("cooperative"))
        || set("group.protocol") == Some("consumer");
    if incremental {
        let ms = |name, default| {
            set(name)
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(default)
        };
        // The other members learn of the rebalance at their next
        // heartbeat; a broker may then wait up to about a session timeout
        // for them to rejoin (librdkafka's mock waits just under one). The
        // eager grace on top, for a loaded machine: with a session timeout
        // alone and 3 s, the mock's second round came too late once.
        Duration::from_millis(ms("session.timeout.ms", 45_000))
            + Duration::from_millis(ms("heartbeat.interval.ms", 3_000))
            + NONE_ASSIGNED_GRACE
    } else {
        NONE_ASSIGNED_GRACE
    }
}

/// Whether every assigned partition has reached its end or stopped on an error.
fn all_ended(assigned: &HashSet<Tp>, eof: &HashSet<Tp>, stopped: &BTreeMap<Tp, String>) -> bool {
    !assigned.is_empty()
        && assigned
            .iter()
            .all(|tp| eof.contains(tp) || stopped.contains_key(tp))
}

/// Marks a partition's range complete; true when every assigned partition's is.
fn mark_done(ctx: &ConsumeContext, tp: &Tp) -> bool {
    ctx.shared().done.insert(tp.clone());
    all_done(ctx)
}

fn all_done(ctx: &ConsumeContext) -> bool {
    let s = ctx.shared();
    !s.assigned.is_empty() && s.assigned.iter().all(|tp| s.done.contains(tp))
}

fn headers<'a>(m: &RawMsg<'a>) -> Vec<(&'a [u8], Option<&'a [u8]>)> {
    m.headers()
}

fn extra(m: &RawMsg<'_>, rk: *mut rdsys::rd_kafka_t, needs: &Needs) -> Extra {
    // SAFETY: the message pointer is valid while `m` lives.
    let broker = if needs.broker {
        unsafe { rdsys::rd_kafka_message_broker_id(m.ptr()) }
    } else {
        -1
    };
    // SAFETY: as above.
    let leader_epoch = if needs.leader_epoch {
        unsafe { rdsys::rd_kafka_message_leader_epoch(m.ptr()) }
    } else {
        -1
    };
    let lag = needs
        .lag
        .then(|| {
            let topic = CString::new(m.topic()).ok()?;
            let (mut lo, mut hi) = (0i64, 0i64);
            // SAFETY: reads librdkafka's cached watermarks; no network.
            let err = unsafe {
                rdsys::rd_kafka_get_watermark_offsets(
                    rk,
                    topic.as_ptr(),
                    m.partition(),
                    &mut lo,
                    &mut hi,
                )
            };
            (err == rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR && hi >= 0)
                .then(|| (hi - m.offset() - 1).max(0))
        })
        .flatten();
    Extra {
        broker,
        leader_epoch,
        lag,
    }
}

fn subscribe(
    consumer: &BaseConsumer<ConsumeContext>,
    a: &ConsumeArgs,
    settings: &ClientSettings,
    signals: &Signals,
) -> Result<()> {
    // A literal topic that does not exist is an error now, not a silent wait.
    for t in a.topics.iter().filter(|t| !t.starts_with('^')) {
        cluster::partition_count(consumer.client(), settings, t, a.client.timeout, signals)?;
    }
    let topics: Vec<&str> = a.topics.iter().map(String::as_str).collect();
    consumer.subscribe(&topics).map_err(|e| {
        usage(format!(
            "cannot subscribe to {}: {}",
            topics.join(", "),
            kafka_error::describe(&e)
        ))
    })
}

fn assign(
    consumer: &BaseConsumer<ConsumeContext>,
    a: &ConsumeArgs,
    topic: &str,
    spec: &OffsetSpec,
    settings: &ClientSettings,
    signals: &Signals,
    own: &raw::AppQueue,
) -> Result<()> {
    let count = cluster::partition_count(
        consumer.client(),
        settings,
        topic,
        a.client.timeout,
        signals,
    )?;
    let parts: Vec<i32> = if !a.partitions.is_empty() {
        for p in &a.partitions {
            cluster::check_partition(topic, *p, count)?;
        }
        // Each once, in the order given: librdkafka refuses an assignment
        // that names a partition twice (`-p 0 -p 0`, `-p 0,1 -p 1`).
        let mut once = Vec::new();
        for p in &a.partitions {
            if !once.contains(p) {
                once.push(*p);
            }
        }
        once
    } else if spec.default.is_none() && !spec.partitions.is_empty() {
        // Only `-o P=SPEC`s: the partitions they name, as `-p` would.
        spec.partitions.keys().copied().collect()
    } else {
        (0..count).collect()
    };
    if let Some(p) = spec.partitions.keys().find(|p| **p >= count) {
        return Err(failure(format!(
            "-o {p}=...: topic {topic} has {count} partition(s), numbered 0 to {}",
            count - 1
        )));
    }
    let tps: Vec<Tp> = parts.iter().map(|p| (topic.to_string(), *p)).collect();
    // Manual mode reads the whole partition unless told otherwise, as
    // `kcat -C -t` and `rpk topic consume` do.
    let mut spec = spec.clone();
    spec.default.get_or_insert(Range {
        start: Position::Beginning,
        until: None,
    });
    let resolved = resolve::resolve(consumer, &tps, &spec, a.client.timeout)?;
    let mut tpl = TopicPartitionList::new();
    for tp in &tps {
        let start = resolved
            .get(tp)
            .map(|r| r.start)
            .unwrap_or(rdkafka::Offset::End);
        tpl.add_partition_offset(topic, tp.1, start)
            .map_err(|e| failure(kafka_error::describe(&e)))?;
    }
    // SAFETY: the consumer and the queue are alive; the partitions are not
    // assigned yet, so none of their messages went elsewhere.
    unsafe { raw::forward(consumer.client().native_ptr(), own.ptr(), &tps) };
    consumer.assign(&tpl).map_err(|e| {
        failure(format!(
            "cannot assign {topic}: {}",
            kafka_error::describe(&e)
        ))
    })?;
    consumer.context().add_assigned(&tps, &resolved);
    Ok(())
}

/// klar's own choices for a consume run, as --explain prints them.
fn decisions(a: &ConsumeArgs, settings: &ClientSettings) -> Vec<(&'static str, String)> {
    use crate::cli::CommitPolicy;
    let mut d = Vec::new();
    let policy = a.commit.unwrap_or(if a.group.is_some() {
        CommitPolicy::Auto
    } else {
        CommitPolicy::None
    });
    let group = settings.value("group.id").unwrap_or("klar").to_string();
    let interval = settings.value("auto.commit.interval.ms").unwrap_or("5000");
    d.push((
        "commit policy",
        match policy {
            CommitPolicy::Auto => format!(
                "auto (group {group}): an offset is stored only after its message is written to \
                 stdout; librdkafka commits stored offsets every {interval} ms, and klar commits \
                 on revocation and on exit"
            ),
            CommitPolicy::AfterWrite => format!(
                "after-write (group {group}): klar commits written offsets synchronously{}{}, on \
                 revocation and on exit",
                a.commit_every
                    .map(|n| format!(" every {n} messages"))
                    .unwrap_or_default(),
                match (a.commit_every, a.commit_interval) {
                    (_, Some(i)) => format!(" every {}", humantime::format_duration(i)),
                    (None, None) => " every 1s".to_string(),
                    _ => String::new(),
                }
            ),
            CommitPolicy::None => "none: nothing is committed".to_string(),
        },
    ));
    let offsets = if a.offset.is_empty() {
        String::new()
    } else {
        format!("-o {}", a.offset.join(" -o "))
    };
    d.push((
        "offset start",
        match (&a.group, offsets.is_empty()) {
            (Some(_), true) => {
                let reset = settings.value("auto.offset.reset").unwrap_or("largest");
                format!("the group's committed offsets; partitions without one start at auto.offset.reset={reset}")
            }
            (Some(_), false) => format!(
                "{offsets}: beginning/end apply where the group has no committed offset, other \
                 forms on a partition's first assignment"
            ),
            (None, true) => "the beginning of each partition (-o beginning)".to_string(),
            (None, false) => offsets,
        },
    ));
    let mut stop = Vec::new();
    if a.exit_at_end {
        stop.push("at the end of every assigned partition (-e)".to_string());
    }
    // Ranges end the run by themselves when every partition read has one.
    if let Ok(spec) = OffsetSpec::parse_all(&a.offset, SystemTime::now()) {
        let ends: Vec<bool> = spec
            .default
            .iter()
            .chain(spec.partitions.values())
            .map(|r| r.until.is_some())
            .collect();
        if !ends.is_empty() && ends.iter().all(|e| *e) {
            stop.push("when every partition's range has reached its END (-o START:END)".into());
        } else if ends.iter().any(|e| *e) {
            d.push((
                "ranges",
                "partitions with a range (-o START:END) stop at its END; the others do not"
                    .to_string(),
            ));
        }
    }
    if let Some(c) = a.count {
        stop.push(format!("after {c} messages (-c)"));
    }
    if stop.is_empty() {
        stop.push("on SIGINT/SIGTERM".to_string());
    }
    d.push(("stop", stop.join(", or ")));
    d
}
