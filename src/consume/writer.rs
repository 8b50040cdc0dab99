//! The writer thread: prints what the poll thread received and reports which
//! offsets have reached stdout, so only written messages are ever committed.
//!
//! Messages travel in chunks: their bytes copied into one buffer, hundreds
//! to a channel item, and the buffers come back to be filled again. Boxing
//! each message cost more than librdkafka's work for it (an allocation per
//! field, freed on the other thread, and a wake-up per message).

use std::collections::HashMap;
use std::ops::Range;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use rdkafka::Timestamp;

use super::raw::RawMsg;
use crate::output::{MessageView, Out, Printer};

pub type Tp = (String, i32);

/// A chunk is handed over once it holds this many entries or bytes.
const CHUNK_ENTRIES: usize = 512;
const CHUNK_BYTES: usize = 64 * 1024;
/// Chunks kept for reuse; more are freed.
const SPARE_CHUNKS: usize = 32;

/// What the poll thread adds to a message before it is printed.
pub struct Extra {
    pub broker: i32,
    pub leader_epoch: i32,
    pub lag: Option<i64>,
}

struct Entry {
    /// Into `Chunk::topics`.
    topic: usize,
    partition: i32,
    offset: i64,
    /// Left out by the filters: nothing to print, but its offset counts
    /// as processed.
    skipped: bool,
    timestamp: Timestamp,
    key: Option<Range<usize>>,
    value: Option<Range<usize>>,
    /// Into `Chunk::headers`.
    headers: Range<usize>,
    extra: Extra,
}

/// Received messages, in order, with their bytes in one buffer.
#[derive(Default)]
pub struct Chunk {
    /// The topics of the entries, each once: a shared name per message
    /// cost two reference-count changes on two threads (the poll thread
    /// took it, the writer dropped it), which bounced one cache line
    /// between the cores once per message.
    topics: Vec<Arc<str>>,
    data: Vec<u8>,
    headers: Vec<(Range<usize>, Option<Range<usize>>)>,
    entries: Vec<Entry>,
}

impl Chunk {
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn is_full(&self) -> bool {
        self.entries.len() >= CHUNK_ENTRIES || self.data.len() >= CHUNK_BYTES
    }

    fn topic(&mut self, topic: &Arc<str>) -> usize {
        match self.topics.iter().rposition(|t| Arc::ptr_eq(t, topic)) {
            Some(i) => i,
            None => {
                self.topics.push(topic.clone());
                self.topics.len() - 1
            }
        }
    }

    fn bytes(&mut self, b: &[u8]) -> Range<usize> {
        let start = self.data.len();
        self.data.extend_from_slice(b);
        start..self.data.len()
    }

    /// Copies a message in; its headers only when `with_headers`, since
    /// reading them makes librdkafka parse and allocate.
    pub fn push(&mut self, topic: &Arc<str>, m: &RawMsg<'_>, with_headers: bool, extra: Extra) {
        let topic = self.topic(topic);
        let key = m.key().map(|k| self.bytes(k));
        let value = m.payload().map(|v| self.bytes(v));
        let first = self.headers.len();
        if with_headers {
            for (name, v) in m.headers() {
                let name = self.bytes(name);
                let value = v.map(|v| self.bytes(v));
                self.headers.push((name, value));
            }
        }
        self.entries.push(Entry {
            topic,
            partition: m.partition(),
            offset: m.offset(),
            skipped: false,
            timestamp: m.timestamp(),
            key,
            value,
            headers: first..self.headers.len(),
            extra,
        });
    }

    pub fn push_skipped(&mut self, topic: &Arc<str>, partition: i32, offset: i64) {
        let topic = self.topic(topic);
        self.entries.push(Entry {
            topic,
            partition,
            offset,
            skipped: true,
            timestamp: Timestamp::NotAvailable,
            key: None,
            value: None,
            headers: 0..0,
            extra: Extra {
                broker: -1,
                leader_epoch: -1,
                lag: None,
            },
        });
    }

    fn clear(&mut self) {
        self.topics.clear();
        self.data.clear();
        self.headers.clear();
        self.entries.clear();
    }

    fn view<'a>(&'a self, e: &'a Entry) -> MessageView<'a> {
        let (timestamp, tstype) = match e.timestamp {
            Timestamp::NotAvailable => (None, "none"),
            Timestamp::CreateTime(t) => (Some(t), "create"),
            Timestamp::LogAppendTime(t) => (Some(t), "logappend"),
        };
        let headers = self.headers[e.headers.clone()]
            .iter()
            .map(|(name, value)| {
                (
                    &self.data[name.clone()],
                    value.clone().map(|v| &self.data[v]),
                )
            })
            .collect();
        MessageView {
            topic: &self.topics[e.topic],
            partition: e.partition,
            offset: e.offset,
            timestamp,
            tstype,
            key: e.key.clone().map(|k| &self.data[k]),
            value: e.value.clone().map(|v| &self.data[v]),
            headers,
            broker: (e.extra.broker >= 0).then_some(e.extra.broker),
            leader_epoch: (e.extra.leader_epoch >= 0).then_some(e.extra.leader_epoch),
            lag: e.extra.lag,
        }
    }
}

pub enum Item {
    Chunk(Chunk),
    /// Answered once everything sent before it is written and flushed.
    Barrier(SyncSender<()>),
}

/// What the writer tells the poll thread.
#[derive(Default)]
pub struct Progress {
    /// The last offset written per partition, not yet stored.
    written: Mutex<HashMap<Tp, i64>>,
    /// Written chunks, emptied, for the poll thread to fill again.
    spare: Mutex<Vec<Chunk>>,
    pub messages: AtomicU64,
    pub deser_errors: AtomicU64,
    pub broken: AtomicBool,
}

impl Progress {
    pub fn take_written(&self) -> Vec<(Tp, i64)> {
        self.written
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .drain()
            .collect()
    }

    /// An empty chunk, reused when one has come back.
    pub fn chunk(&self) -> Chunk {
        self.spare
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .pop()
            .unwrap_or_default()
    }

    fn give_back(&self, mut c: Chunk) {
        c.clear();
        let mut spare = self.spare.lock().unwrap_or_else(|p| p.into_inner());
        if spare.len() < SPARE_CHUNKS {
            spare.push(c);
        }
    }
}

pub fn spawn(
    printer: Printer,
    unbuffered: bool,
    rx: Receiver<Item>,
    progress: Arc<Progress>,
) -> JoinHandle<()> {
    std::thread::Builder::new()
        .name("klar-output".into())
        .spawn(move || run(printer, unbuffered, rx, progress))
        .expect("spawn the output thread")
}

/// Offsets written and not yet published. Messages come in runs from one
/// partition, so the current run is kept apart from the map.
#[derive(Default)]
struct Pending {
    run: Option<(Arc<str>, i32, i64)>,
    done: HashMap<(Arc<str>, i32), i64>,
}

impl Pending {
    fn note(&mut self, topic: &Arc<str>, partition: i32, offset: i64) {
        match &mut self.run {
            Some((t, p, o)) if *p == partition && Arc::ptr_eq(t, topic) => *o = offset,
            run => {
                if let Some((t, p, o)) = run.replace((topic.clone(), partition, offset)) {
                    self.done.insert((t, p), o);
                }
            }
        }
    }

    fn len(&self) -> usize {
        self.done.len() + usize::from(self.run.is_some())
    }

    fn drain(&mut self) -> impl Iterator<Item = (Tp, i64)> + '_ {
        if let Some((t, p, o)) = self.run.take() {
            self.done.insert((t, p), o);
        }
        self.done.drain().map(|((t, p), o)| ((t.to_string(), p), o))
    }

    fn clear(&mut self) {
        self.run = None;
        self.done.clear();
    }
}

fn run(printer: Printer, unbuffered: bool, rx: Receiver<Item>, progress: Arc<Progress>) {
    let mut out = Out::new();
    if unbuffered {
        out.set_unbuffered();
    }
    let mut pending = Pending::default();
    let mut count = 0u64;
    let publish = |out: &mut Out, pending: &mut Pending, count: &mut u64| {
        out.flush();
        if out.is_broken() {
            pending.clear();
            progress.broken.store(true, Ordering::SeqCst);
            return;
        }
        progress
            .written
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend(pending.drain());
        progress.messages.fetch_add(*count, Ordering::SeqCst);
        *count = 0;
    };
    loop {
        // Flush and publish whenever the channel runs dry, so a quiet
        // topic's output is never held back.
        let item = match rx.try_recv() {
            Ok(i) => i,
            Err(TryRecvError::Empty) => {
                publish(&mut out, &mut pending, &mut count);
                match rx.recv() {
                    Ok(i) => i,
                    Err(_) => break,
                }
            }
            Err(TryRecvError::Disconnected) => break,
        };
        let chunk = match item {
            Item::Barrier(done) => {
                publish(&mut out, &mut pending, &mut count);
                let _ = done.send(());
                continue;
            }
            Item::Chunk(c) => c,
        };
        for e in &chunk.entries {
            // Once stdout is gone nothing more counts as written, but the
            // channel is still drained so the poll thread never blocks.
            if out.is_broken() {
                break;
            }
            if e.skipped {
                pending.note(&chunk.topics[e.topic], e.partition, e.offset);
                continue;
            }
            let errors = printer.write(&mut out, &chunk.view(e));
            if errors > 0 {
                progress
                    .deser_errors
                    .fetch_add(errors as u64, Ordering::Relaxed);
            }
            if out.is_broken() {
                progress.broken.store(true, Ordering::SeqCst);
                break;
            }
            count += 1;
            pending.note(&chunk.topics[e.topic], e.partition, e.offset);
            // Offsets are published only after a flush that succeeded, and
            // flushing before the buffer fills keeps a closed pipe from
            // taking a whole buffer of unpublished messages with it.
            if pending.len() >= 256 || count >= 1024 || out.buffered() >= 32 * 1024 {
                publish(&mut out, &mut pending, &mut count);
            }
        }
        progress.give_back(chunk);
    }
    publish(&mut out, &mut pending, &mut count);
}
