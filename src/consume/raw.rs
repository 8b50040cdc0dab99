//! Messages read straight from librdkafka's message struct, and a batch
//! reader for assigned partitions.
//!
//! rdkafka's `poll()` costs an event object, an `Arc` and two clock reads
//! per message. Reading a backlog, that cost decides whether the poll
//! thread empties the consumer queue before the next fetch response lands
//! on it; when it does not, the queue passes `queued.min.messages` and
//! every partition backs off `fetch.queue.backoff.ms` (a second by
//! default). `rd_kafka_consume_batch_queue` takes many messages per call.
//!
//! The batch call reads a queue of klar's own (`AppQueue`), to which each
//! partition's messages are forwarded before the partition is assigned, and
//! never the consumer queue. In a group, the consumer queue has rebalances
//! on it, and with rdkafka's event API there is no rebalance callback:
//! librdkafka answers a rebalance op served by the batch call with a forced
//! unassign. Rebalances, errors and commits stay on the consumer queue, which
//! rdkafka's `poll()` serves whenever no batched message is waiting. Without
//! a group (`-t`) the consumer queue is the main queue, and what waits there
//! (errors, logs) is served on a thread of its own (`LogServer`): the batch
//! call would serve an error without a callback by logging it, code lost.

use std::ffi::CStr;
use std::os::raw::c_void;
use std::time::Duration;

use rdkafka::bindings as rdsys;
use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext};
use rdkafka::error::KafkaError;
use rdkafka::message::BorrowedMessage;
use rdkafka::types::RDKafkaErrorCode;
use rdkafka::ClientContext;
use rdkafka::Timestamp;

use rdsys::rd_kafka_resp_err_t as RespErr;

/// One message, valid while whatever owns it lives.
#[derive(Clone, Copy)]
pub struct RawMsg<'a> {
    m: &'a rdsys::rd_kafka_message_t,
}

impl<'a> RawMsg<'a> {
    pub fn of(m: &'a BorrowedMessage<'_>) -> RawMsg<'a> {
        // SAFETY: the pointer is valid while `m` is borrowed.
        RawMsg {
            m: unsafe { &*m.ptr() },
        }
    }

    pub fn ptr(&self) -> *mut rdsys::rd_kafka_message_t {
        self.m as *const _ as *mut _
    }

    pub fn key(&self) -> Option<&'a [u8]> {
        slice(self.m.key, self.m.key_len)
    }

    pub fn payload(&self) -> Option<&'a [u8]> {
        slice(self.m.payload, self.m.len)
    }

    pub fn topic(&self) -> &'a str {
        // SAFETY: a fetched message always has its topic, whose name
        // lives as long as the message.
        unsafe {
            let name = rdsys::rd_kafka_topic_name(self.m.rkt);
            CStr::from_ptr(name).to_str().unwrap_or("")
        }
    }

    /// The topic's handle, which stays the same for every message of it.
    pub fn rkt(&self) -> *mut rdsys::rd_kafka_topic_t {
        self.m.rkt
    }

    pub fn partition(&self) -> i32 {
        self.m.partition
    }

    pub fn offset(&self) -> i64 {
        self.m.offset
    }

    pub fn timestamp(&self) -> Timestamp {
        let mut kind = rdsys::rd_kafka_timestamp_type_t::RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
        // SAFETY: reads the message's own fields.
        let ts = unsafe { rdsys::rd_kafka_message_timestamp(self.ptr(), &mut kind) };
        match kind {
            _ if ts < 0 => Timestamp::NotAvailable,
            rdsys::rd_kafka_timestamp_type_t::RD_KAFKA_TIMESTAMP_CREATE_TIME => {
                Timestamp::CreateTime(ts)
            }
            rdsys::rd_kafka_timestamp_type_t::RD_KAFKA_TIMESTAMP_LOG_APPEND_TIME => {
                Timestamp::LogAppendTime(ts)
            }
            _ => Timestamp::NotAvailable,
        }
    }

    /// Every header, in order; reading them makes librdkafka parse them.
    /// A name is bytes: Kafka does not make it UTF-8, though Java clients do.
    pub fn headers(&self) -> Vec<(&'a [u8], Option<&'a [u8]>)> {
        let mut out = Vec::new();
        let mut hdrs = std::ptr::null_mut();
        // SAFETY: the headers belong to the message and live as long.
        unsafe {
            if rdsys::rd_kafka_message_headers(self.ptr(), &mut hdrs)
                != RespErr::RD_KAFKA_RESP_ERR_NO_ERROR
            {
                return out;
            }
            let mut i = 0;
            loop {
                let mut name = std::ptr::null();
                let mut value = std::ptr::null();
                let mut size = 0;
                if rdsys::rd_kafka_header_get_all(hdrs, i, &mut name, &mut value, &mut size)
                    != RespErr::RD_KAFKA_RESP_ERR_NO_ERROR
                {
                    break;
                }
                let name = CStr::from_ptr(name).to_bytes();
                out.push((name, slice(value as *mut c_void, size)));
                i += 1;
            }
        }
        out
    }
}

fn slice<'a>(p: *mut c_void, len: usize) -> Option<&'a [u8]> {
    if p.is_null() {
        None
    } else {
        // SAFETY: librdkafka's pointer and length of one field.
        Some(unsafe { std::slice::from_raw_parts(p as *const u8, len) })
    }
}

/// A message taken by either reader; a batched one is freed on drop.
pub enum Held<'c> {
    Polled(BorrowedMessage<'c>),
    Batched(*mut rdsys::rd_kafka_message_t),
}

impl Held<'_> {
    pub fn raw(&self) -> RawMsg<'_> {
        match self {
            Held::Polled(m) => RawMsg::of(m),
            // SAFETY: owned by this value until drop.
            Held::Batched(p) => RawMsg { m: unsafe { &**p } },
        }
    }
}

impl Drop for Held<'_> {
    fn drop(&mut self) {
        if let Held::Batched(p) = self {
            // SAFETY: taken from the batch call, destroyed once.
            unsafe { rdsys::rd_kafka_message_destroy(*p) }
        }
    }
}

const BATCH: usize = 1000;

/// A queue of klar's own that assigned partitions forward their messages to.
pub struct AppQueue {
    q: *mut rdsys::rd_kafka_queue_t,
}

// SAFETY: librdkafka's queues are locked internally; the handle is only
// destroyed by drop.
unsafe impl Send for AppQueue {}
unsafe impl Sync for AppQueue {}

impl AppQueue {
    /// # Safety
    /// Must be dropped before the consumer is destroyed.
    pub unsafe fn new<C: ConsumerContext>(consumer: &BaseConsumer<C>) -> AppQueue {
        AppQueue {
            q: rdsys::rd_kafka_queue_new(consumer.client().native_ptr()),
        }
    }

    /// The consumer's own queue (rebalances, logs, errors, commits), to
    /// look at how many events wait there.
    ///
    /// # Safety
    /// Must be dropped before the consumer is destroyed.
    pub unsafe fn consumers<C: ConsumerContext>(consumer: &BaseConsumer<C>) -> AppQueue {
        AppQueue {
            q: rdsys::rd_kafka_queue_get_consumer(consumer.client().native_ptr()),
        }
    }

    fn waiting(&self) -> usize {
        // SAFETY: a live queue.
        unsafe { rdsys::rd_kafka_queue_length(self.q) }
    }

    pub fn ptr(&self) -> *mut rdsys::rd_kafka_queue_t {
        self.q
    }
}

impl Drop for AppQueue {
    fn drop(&mut self) {
        // SAFETY: created by rd_kafka_queue_new, released once; partitions
        // still forwarding here hold their own reference.
        unsafe { rdsys::rd_kafka_queue_destroy(self.q) }
    }
}

/// Sends the partitions' messages to `q` from now on. Called before the
/// partitions are assigned, so that none of their messages has gone to the
/// consumer queue and none can come out of order.
///
/// # Safety
/// `rk` is a live consumer and `q` a live queue of it.
pub unsafe fn forward(
    rk: *mut rdsys::rd_kafka_t,
    q: *mut rdsys::rd_kafka_queue_t,
    parts: &[(String, i32)],
) {
    for (topic, partition) in parts {
        let Ok(name) = std::ffi::CString::new(topic.as_str()) else {
            continue;
        };
        let pq = rdsys::rd_kafka_queue_get_partition(rk, name.as_ptr(), *partition);
        if !pq.is_null() {
            rdsys::rd_kafka_queue_forward(pq, q);
            rdsys::rd_kafka_queue_destroy(pq);
        }
    }
}

/// What a `Batcher` serves besides its `AppQueue`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reads {
    /// Nothing: without a group, the consumer queue is served elsewhere.
    Alone,
    /// A group's consumer queue, between batches.
    Group,
}

/// Takes messages from a queue many at a time.
pub struct Batcher {
    queue: *mut rdsys::rd_kafka_queue_t,
    reads: Reads,
    buf: Vec<*mut rdsys::rd_kafka_message_t>,
    next: usize,
    len: usize,
    /// The partition of the last error that stopped librdkafka fetching it.
    stopped: Option<(String, i32)>,
    /// The partition whose end the item just returned reports.
    ended: Option<(String, i32)>,
}

impl Batcher {
    /// Without a group; must be dropped before the queue.
    pub fn alone(q: &AppQueue) -> Batcher {
        Batcher::on(q.ptr(), Reads::Alone)
    }

    /// In a group; must be dropped before the queue.
    pub fn group(q: &AppQueue) -> Batcher {
        Batcher::on(q.ptr(), Reads::Group)
    }

    fn on(queue: *mut rdsys::rd_kafka_queue_t, reads: Reads) -> Batcher {
        Batcher {
            queue,
            reads,
            buf: vec![std::ptr::null_mut(); BATCH],
            next: 0,
            len: 0,
            stopped: None,
            ended: None,
        }
    }

    /// The partition that the error just returned stopped, if it did: with
    /// `auto.offset.reset=error` librdkafka reports an offset it cannot
    /// fetch and fetches nothing more from that partition, so it will never
    /// reach its end.
    pub fn take_stopped(&mut self) -> Option<(String, i32)> {
        self.stopped.take()
    }

    /// The topic and partition of the end-of-partition event just returned:
    /// rdkafka's `PartitionEOF` carries only the partition's number, which
    /// several subscribed topics share.
    pub fn take_ended(&mut self) -> Option<(String, i32)> {
        self.ended.take()
    }

    /// Whether a message taken in the last batch is still to be returned.
    pub fn buffered(&self) -> bool {
        self.next < self.len
    }

    /// The next message or error, waiting up to `wait` when none is at hand;
    /// the same results as rdkafka's `poll()`, which also hands every error
    /// with librdkafka's reason to the client context first.
    pub fn poll<'c, C: ClientContext>(
        &mut self,
        context: &C,
        wait: Duration,
    ) -> Option<Result<Held<'c>, KafkaError>> {
        if self.next == self.len {
            let ms = wait.as_millis().min(i32::MAX as u128) as i32;
            // SAFETY: the buffer holds BATCH pointers.
            let n = unsafe {
                rdsys::rd_kafka_consume_batch_queue(self.queue, ms, self.buf.as_mut_ptr(), BATCH)
            };
            if n <= 0 {
                return None;
            }
            self.next = 0;
            self.len = n as usize;
        }
        let p = self.buf[self.next];
        self.next += 1;
        let held = Held::Batched(p);
        // SAFETY: a message the batch call returned.
        let (err, partition) = unsafe { ((*p).err, (*p).partition) };
        if err == RespErr::RD_KAFKA_RESP_ERR_NO_ERROR {
            return Some(Ok(held));
        }
        // SAFETY: a partition's error message carries its topic handle.
        let tp = || {
            unsafe { (*p).rkt.as_mut() }.map(|rkt| {
                let name = unsafe { CStr::from_ptr(rdsys::rd_kafka_topic_name(rkt)) };
                (name.to_string_lossy().into_owned(), partition)
            })
        };
        match err {
            RespErr::RD_KAFKA_RESP_ERR__AUTO_OFFSET_RESET => self.stopped = tp(),
            RespErr::RD_KAFKA_RESP_ERR__PARTITION_EOF => self.ended = tp(),
            _ => {}
        }
        // SAFETY: an error message's text lives as long as the message.
        let reason = unsafe { CStr::from_ptr(rdsys::rd_kafka_message_errstr(p)) };
        context.error(
            KafkaError::Global(err.into()),
            reason.to_string_lossy().trim(),
        );
        Some(Err(match err {
            RespErr::RD_KAFKA_RESP_ERR__PARTITION_EOF => KafkaError::PartitionEOF(partition),
            RespErr::RD_KAFKA_RESP_ERR__FATAL => KafkaError::MessageConsumptionFatal(err.into()),
            e => KafkaError::MessageConsumption(RDKafkaErrorCode::from(e)),
        }))
    }
}

impl Drop for Batcher {
    fn drop(&mut self) {
        // SAFETY: what was taken and not handed out is ours to free.
        unsafe {
            for p in &self.buf[self.next..self.len] {
                rdsys::rd_kafka_message_destroy(*p);
            }
        }
    }
}

/// The next message or error. In a group, the consumer queue is served
/// (rebalances, errors, commits) only when no batched message is waiting,
/// so that a revocation never finds messages taken and not yet handed to
/// the writer.
pub fn next<'c, C: ConsumerContext>(
    consumer: &'c BaseConsumer<C>,
    b: &mut Batcher,
    group_queue: Option<&AppQueue>,
    wait: Duration,
) -> Option<Result<Held<'c>, KafkaError>> {
    let context = consumer.context().as_ref();
    match b.reads {
        Reads::Alone => b.poll(context, wait),
        Reads::Group => {
            if b.buffered() {
                return b.poll(context, Duration::ZERO);
            }
            // rdkafka's poll serves one event a call, and returns nothing
            // for a log line or a rebalance it handled: with `-d cgrp`
            // each of hundreds of log lines then cost one wait below, and
            // the group's rebalance waited behind them (a join took 8 s
            // instead of 1).
            loop {
                if let Some(r) = consumer.poll(Duration::ZERO) {
                    return Some(r.map(Held::Polled));
                }
                if group_queue.is_none_or(|q| q.waiting() == 0) {
                    break;
                }
            }
            b.poll(context, wait)
        }
    }
}
