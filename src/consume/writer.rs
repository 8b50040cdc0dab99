//! The writer thread: prints what the poll thread received and reports which
//! offsets have reached stdout, so only written messages are ever committed.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use rdkafka::message::{Headers, Message, OwnedMessage};
use rdkafka::Timestamp;

use crate::output::{MessageView, Out, Printer};

pub type Tp = (String, i32);

pub struct Received {
    pub msg: OwnedMessage,
    pub broker: i32,
    pub leader_epoch: i32,
    pub lag: Option<i64>,
}

pub enum Item {
    Message(Box<Received>),
    /// A message the filters left out: nothing to print, but its offset
    /// counts as processed.
    Skipped(Tp, i64),
    /// Answered once everything sent before it is written and flushed.
    Barrier(SyncSender<()>),
}

/// What the writer tells the poll thread.
#[derive(Default)]
pub struct Progress {
    /// The last offset written per partition, not yet stored.
    written: Mutex<HashMap<Tp, i64>>,
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

fn run(printer: Printer, unbuffered: bool, rx: Receiver<Item>, progress: Arc<Progress>) {
    let mut out = Out::new();
    if unbuffered {
        out.set_unbuffered();
    }
    let mut pending: HashMap<Tp, i64> = HashMap::new();
    let mut count = 0u64;
    let publish = |out: &mut Out, pending: &mut HashMap<Tp, i64>, count: &mut u64| {
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
        match item {
            Item::Barrier(done) => {
                publish(&mut out, &mut pending, &mut count);
                let _ = done.send(());
            }
            // Once stdout is gone nothing more counts as written, but the
            // channel is still drained so the poll thread never blocks.
            _ if out.is_broken() => {}
            Item::Skipped(tp, offset) => {
                pending.insert(tp, offset);
            }
            Item::Message(r) => {
                let m = &r.msg;
                let errors = printer.write(&mut out, &view(&r));
                if errors > 0 {
                    progress
                        .deser_errors
                        .fetch_add(errors as u64, Ordering::Relaxed);
                }
                if out.is_broken() {
                    progress.broken.store(true, Ordering::SeqCst);
                    continue;
                }
                count += 1;
                pending.insert((m.topic().to_string(), m.partition()), m.offset());
                // Offsets are published only after a flush that succeeded, and
                // flushing before the buffer fills keeps a closed pipe from
                // taking a whole buffer of unpublished messages with it.
                if pending.len() >= 256 || count >= 1024 || out.buffered() >= 32 * 1024 {
                    publish(&mut out, &mut pending, &mut count);
                }
            }
        }
    }
    publish(&mut out, &mut pending, &mut count);
}

fn view(r: &Received) -> MessageView<'_> {
    let m = &r.msg;
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
        broker: (r.broker >= 0).then_some(r.broker),
        leader_epoch: (r.leader_epoch >= 0).then_some(r.leader_epoch),
        lag: r.lag,
    }
}
