//! `klar consume`: one thread polls librdkafka, a writer thread prints, and a
//! bounded channel between them keeps a slow stdout from stalling heartbeats.
//! In group mode an offset is stored only after its message is written.

mod offsets;

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Result;
use rdkafka::bindings as rdsys;
use rdkafka::client::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer, ConsumerContext, Rebalance};
use rdkafka::error::KafkaError;
use rdkafka::message::{Headers, Message, OwnedMessage};
use rdkafka::{Timestamp, TopicPartitionList};

use crate::cli::ConsumeArgs;
use crate::cluster;
use crate::config::effective::ClientKind;
use crate::config::{report, ClientSettings};
use crate::escape::unescape;
use crate::exit_codes::{failure, unreachable, usage, ExitCode};
use crate::kafka_error;
use crate::logging::{client_name, KlarContext, Verbosity};
use crate::output::{format, write_message, MessageFormat, MessageView, Out};
use crate::signals::Signals;
use offsets::Start;

struct ConsumeContext {
    base: KlarContext,
    /// Partitions currently assigned, for -e in group mode.
    assigned: Mutex<HashSet<(String, i32)>>,
}

impl ClientContext for ConsumeContext {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, msg: &str) {
        self.base.log(level, fac, msg)
    }
    fn error(&self, error: KafkaError, reason: &str) {
        self.base.error(error, reason)
    }
}

fn tpl_list(tpl: &TopicPartitionList) -> String {
    tpl.elements()
        .iter()
        .map(|e| format!("{} [{}]", e.topic(), e.partition()))
        .collect::<Vec<_>>()
        .join(", ")
}

impl ConsumerContext for ConsumeContext {
    fn pre_rebalance(&self, _c: &BaseConsumer<Self>, r: &Rebalance<'_>) {
        let mut a = self.assigned.lock().unwrap_or_else(|p| p.into_inner());
        match r {
            Rebalance::Assign(tpl) => {
                tracing::info!("assigned: {}", tpl_list(tpl));
                for e in tpl.elements() {
                    a.insert((e.topic().to_string(), e.partition()));
                }
            }
            Rebalance::Revoke(tpl) => {
                tracing::info!("revoked: {}", tpl_list(tpl));
                for e in tpl.elements() {
                    a.remove(&(e.topic().to_string(), e.partition()));
                }
            }
            Rebalance::Error(e) => tracing::warn!("rebalance error: {}", kafka_error::describe(e)),
        }
    }
}

/// A message on its way to the writer, with what only the borrowed form has.
struct Item {
    msg: OwnedMessage,
    broker: i32,
}

fn message_format(a: &ConsumeArgs) -> Result<MessageFormat> {
    if a.json {
        return Ok(MessageFormat::Json);
    }
    if let Some(f) = &a.format {
        return Ok(MessageFormat::Tokens {
            tokens: format::parse(f).map_err(usage)?,
            null_marker: a.null_marker,
        });
    }
    let delimiter = unescape(&a.delimiter).map_err(|e| usage(format!("-D {e}")))?;
    let key_delimiter = match &a.key_delimiter {
        Some(k) => Some(unescape(k).map_err(|e| usage(format!("-K {e}")))?),
        None => None,
    };
    Ok(MessageFormat::Plain {
        delimiter,
        key_delimiter,
        null_marker: a.null_marker,
    })
}

pub fn run(a: &ConsumeArgs, v: Verbosity) -> Result<ExitCode> {
    let start = match &a.offset {
        Some(o) => Some(Start::parse(o).map_err(usage)?),
        None => None,
    };
    let fmt = message_format(a)?;
    let group_mode = a.group.is_some();
    let mut flags: Vec<(&str, String, &str)> = Vec::new();
    if let Some(g) = &a.group {
        flags.push(("group.id", g.clone(), "-G"));
        // Offsets are stored by klar after each message is written.
        flags.push(("enable.auto.offset.store", "false".into(), "-G"));
        match start {
            None | Some(Start::Stored) => {}
            Some(Start::Beginning) => flags.push(("auto.offset.reset", "earliest".into(), "-o")),
            Some(Start::End) => flags.push(("auto.offset.reset", "latest".into(), "-o")),
            Some(_) => {
                return Err(usage(format!(
                    "-o {}: with -G only beginning, end or stored (the committed offset) apply",
                    a.offset.as_deref().unwrap_or_default()
                )))
            }
        }
    } else {
        // Manual assignment needs a group.id only to satisfy librdkafka; it
        // never joins or commits.
        flags.push(("group.id", "klar".into(), "-t"));
        flags.push(("enable.auto.commit", "false".into(), "-t"));
    }
    if a.exit_at_end {
        flags.push(("enable.partition.eof", "true".into(), "-e"));
    }
    let settings = ClientSettings::resolve(&a.client, &flags)?;
    if report::explain(&a.client, &settings, ClientKind::Consumer, || {
        report::consume_decisions(a, &settings)
    })? {
        return Ok(ExitCode::Success);
    }
    let signals = Signals::install();
    let ctx = ConsumeContext {
        base: KlarContext::new(settings.secrets()),
        assigned: Mutex::new(HashSet::new()),
    };
    let level = v.rdkafka_level(a.client.debug.is_some());
    let consumer: BaseConsumer<ConsumeContext> = settings.create(level, ctx, "consumer")?;
    consumer
        .context()
        .base
        .set_name(client_name(consumer.client().native_ptr()));

    if let Some(topic) = &a.topic {
        assign(&consumer, a, topic, start.unwrap_or(Start::End), &settings)?;
    } else {
        let topics: Vec<&str> = a.topics.iter().map(String::as_str).collect();
        consumer.subscribe(&topics).map_err(|e| {
            usage(format!(
                "cannot subscribe to {}: {}",
                topics.join(", "),
                kafka_error::describe(&e)
            ))
        })?;
    }

    // The writer: formats and prints, and reports what it has written.
    let written: Arc<Mutex<HashMap<(String, i32), i64>>> = Arc::default();
    let broken = Arc::new(AtomicBool::new(false));
    let (tx, rx) = sync_channel::<Item>(4096);
    let writer = {
        let written = written.clone();
        let broken = broken.clone();
        let unbuffered = a.unbuffered;
        std::thread::Builder::new()
            .name("klar-output".into())
            .spawn(move || {
                let mut out = Out::new();
                if unbuffered {
                    out.set_unbuffered();
                }
                let mut pending: HashMap<(String, i32), i64> = HashMap::new();
                let publish = |out: &mut Out, pending: &mut HashMap<(String, i32), i64>| {
                    out.flush();
                    if !out.is_broken() {
                        written
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .extend(pending.drain());
                    }
                };
                loop {
                    // Flush and publish whenever the channel runs dry, so a
                    // quiet topic's output is never held back.
                    let item = match rx.try_recv() {
                        Ok(i) => i,
                        Err(std::sync::mpsc::TryRecvError::Empty) => {
                            publish(&mut out, &mut pending);
                            match rx.recv() {
                                Ok(i) => i,
                                Err(_) => break,
                            }
                        }
                        Err(std::sync::mpsc::TryRecvError::Disconnected) => break,
                    };
                    let m = &item.msg;
                    write_message(&mut out, &fmt, &view(m, item.broker));
                    if out.is_broken() {
                        broken.store(true, Ordering::SeqCst);
                        break;
                    }
                    // rd_kafka_offset_store stores offset + 1 itself.
                    pending.insert((m.topic().to_string(), m.partition()), m.offset());
                    if pending.len() >= 256 {
                        publish(&mut out, &mut pending);
                    }
                }
                publish(&mut out, &mut pending);
            })
            .expect("spawn output thread")
    };

    let mut count: u64 = 0;
    let mut eof: HashSet<(String, i32)> = HashSet::new();
    let mut fatal: Option<String> = None;
    let store = |consumer: &BaseConsumer<ConsumeContext>| {
        if !group_mode {
            return;
        }
        let done: Vec<_> = written
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .drain()
            .collect();
        for ((t, p), o) in done {
            if let Err(e) = consumer.store_offset(&t, p, o) {
                tracing::debug!("cannot store offset {t} [{p}] @ {o}: {e}");
            }
        }
    };
    let mut last_store = Instant::now();
    loop {
        if signals.stop_requested() || broken.load(Ordering::SeqCst) {
            break;
        }
        if a.count.is_some_and(|c| count >= c) {
            break;
        }
        if last_store.elapsed() > Duration::from_millis(200) {
            store(&consumer);
            last_store = Instant::now();
        }
        match consumer.poll(Duration::from_millis(100)) {
            None => {}
            Some(Ok(m)) => {
                // SAFETY: the message pointer is valid while `m` lives.
                let broker = unsafe { rdsys::rd_kafka_message_broker_id(m.ptr()) };
                eof.remove(&(m.topic().to_string(), m.partition()));
                if tx
                    .send(Item {
                        msg: m.detach(),
                        broker,
                    })
                    .is_err()
                {
                    break;
                }
                count += 1;
            }
            Some(Err(KafkaError::PartitionEOF(p))) if a.exit_at_end => {
                // The EOF error names no topic: mark every assigned
                // partition with this number.
                let assigned = current_assignment(&consumer);
                for (t, ap) in &assigned {
                    if *ap == p {
                        eof.insert((t.clone(), p));
                    }
                }
                if !assigned.is_empty() && assigned.iter().all(|tp| eof.contains(tp)) {
                    break;
                }
            }
            Some(Err(KafkaError::PartitionEOF(_))) => {}
            Some(Err(e)) => {
                let code = e.rdkafka_error_code();
                let fatal_err = matches!(e, KafkaError::MessageConsumptionFatal(_));
                tracing::error!("{}", kafka_error::describe(&e));
                if fatal_err
                    || code == Some(rdkafka::types::RDKafkaErrorCode::UnknownTopicOrPartition)
                        && !group_mode
                {
                    fatal = Some(kafka_error::describe(&e));
                    break;
                }
            }
        }
    }
    drop(tx);
    let _ = writer.join();
    if group_mode {
        store(&consumer);
        if let Err(e) = consumer.commit_consumer_state(CommitMode::Sync) {
            // Nothing stored yet is not a failure.
            if e.rdkafka_error_code() != Some(rdkafka::types::RDKafkaErrorCode::NoOffset) {
                tracing::warn!("final commit failed: {}", kafka_error::describe(&e));
            }
        }
    }
    drop(consumer);
    if let Some(f) = fatal {
        return Err(failure(f));
    }
    Ok(ExitCode::Success)
}

fn current_assignment(c: &BaseConsumer<ConsumeContext>) -> Vec<(String, i32)> {
    c.context()
        .assigned
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .cloned()
        .collect()
}

fn assign(
    consumer: &BaseConsumer<ConsumeContext>,
    a: &ConsumeArgs,
    topic: &str,
    start: Start,
    settings: &ClientSettings,
) -> Result<()> {
    let count = cluster::partition_count(consumer.client(), settings, topic, a.client.timeout)?;
    let parts: Vec<i32> = if a.partitions.is_empty() {
        (0..count).collect()
    } else {
        for p in &a.partitions {
            cluster::check_partition(topic, *p, count)?;
        }
        a.partitions.clone()
    };
    let mut tpl = TopicPartitionList::new();
    for p in &parts {
        let low = if matches!(start, Start::FromBeginning(_)) {
            consumer
                .fetch_watermarks(topic, *p, a.client.timeout)
                .map(|(l, _)| l)
                .map_err(|e| {
                    unreachable(format!(
                        "cannot read the watermarks of {topic} [{p}]: {}",
                        kafka_error::describe(&e)
                    ))
                })?
        } else {
            0
        };
        tpl.add_partition_offset(topic, *p, start.to_offset(low))
            .map_err(|e| failure(kafka_error::describe(&e)))?;
    }
    consumer.assign(&tpl).map_err(|e| {
        failure(format!(
            "cannot assign {topic}: {}",
            kafka_error::describe(&e)
        ))
    })?;
    let mut assigned = consumer
        .context()
        .assigned
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    for p in parts {
        assigned.insert((topic.to_string(), p));
    }
    Ok(())
}

fn view(m: &OwnedMessage, broker: i32) -> MessageView<'_> {
    let (timestamp, tstype) = match m.timestamp() {
        Timestamp::NotAvailable => (None, "none"),
        Timestamp::CreateTime(t) => (Some(t), "create"),
        Timestamp::LogAppendTime(t) => (Some(t), "logappend"),
    };
    let headers = m
        .headers()
        .map(|h| h.iter().map(|h| (h.key, h.value)).collect())
        .unwrap_or_default();
    MessageView {
        topic: m.topic(),
        partition: m.partition(),
        offset: m.offset(),
        timestamp,
        tstype,
        key: m.key(),
        value: m.payload(),
        headers,
        broker: (broker >= 0).then_some(broker),
    }
}
