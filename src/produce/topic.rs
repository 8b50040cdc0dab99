//! Producing through a topic handle looked up once.
//!
//! rdkafka's `send()` names the topic in every call, so each message cost
//! a `CString` and a locked lookup of the topic by name inside librdkafka.
//! A handle from `rd_kafka_topic_new` skips both; messages, opaques and
//! delivery reports are the same as `send()`'s, so rdkafka's report
//! handling reads them unchanged.

use std::ffi::{c_void, CString};
use std::ops::Range;
use std::ptr;

use anyhow::{anyhow, Result};
use rdkafka::bindings as rdsys;
use rdkafka::producer::{BaseProducer, Producer, ProducerContext};

use super::input::{Packed, RecordRef};

/// librdkafka's RD_KAFKA_PARTITION_UA: let the partitioner choose.
const PARTITION_UA: i32 = -1;

pub struct TopicHandle {
    rkt: *mut rdsys::rd_kafka_topic_t,
}

impl TopicHandle {
    /// # Safety
    /// The handle must be dropped before `producer`.
    pub unsafe fn new<C: ProducerContext>(producer: &BaseProducer<C>, name: &str) -> Result<Self> {
        let c = CString::new(name).map_err(|_| anyhow!("topic {name:?} contains a NUL byte"))?;
        let rkt =
            rdsys::rd_kafka_topic_new(producer.client().native_ptr(), c.as_ptr(), ptr::null_mut());
        if rkt.is_null() {
            let err = rdsys::rd_kafka_last_error();
            return Err(anyhow!(
                "topic {name}: {}",
                rdkafka::error::RDKafkaErrorCode::from(err)
            ));
        }
        Ok(TopicHandle { rkt })
    }

    /// Hand one record to librdkafka, which copies it. `seq` comes back as
    /// the delivery opaque (rdkafka's `usize` opaque is the pointer value).
    pub fn produce<C: ProducerContext>(
        &self,
        producer: &BaseProducer<C>,
        rec: &RecordRef<'_>,
        partition: Option<i32>,
        seq: usize,
    ) -> rdsys::rd_kafka_resp_err_t {
        let (value, value_len) = bytes(rec.value);
        let (key, key_len) = bytes(rec.key);
        // SAFETY: every pointer is valid for the call, librdkafka copies
        // key and value (MSG_F_COPY), and owns the headers on success.
        unsafe {
            let headers = headers(rec);
            let err = rdsys::rd_kafka_producev(
                producer.client().native_ptr(),
                rdsys::rd_kafka_vtype_t::RD_KAFKA_VTYPE_RKT,
                self.rkt,
                rdsys::rd_kafka_vtype_t::RD_KAFKA_VTYPE_PARTITION,
                partition.unwrap_or(PARTITION_UA),
                rdsys::rd_kafka_vtype_t::RD_KAFKA_VTYPE_MSGFLAGS,
                rdsys::RD_KAFKA_MSG_F_COPY,
                rdsys::rd_kafka_vtype_t::RD_KAFKA_VTYPE_VALUE,
                value,
                value_len,
                rdsys::rd_kafka_vtype_t::RD_KAFKA_VTYPE_KEY,
                key,
                key_len,
                rdsys::rd_kafka_vtype_t::RD_KAFKA_VTYPE_OPAQUE,
                seq as *mut c_void,
                rdsys::rd_kafka_vtype_t::RD_KAFKA_VTYPE_TIMESTAMP,
                rec.timestamp.unwrap_or(0),
                rdsys::rd_kafka_vtype_t::RD_KAFKA_VTYPE_HEADERS,
                headers,
                rdsys::rd_kafka_vtype_t::RD_KAFKA_VTYPE_END,
            );
            if err != rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR && !headers.is_null() {
                rdsys::rd_kafka_headers_destroy(headers);
            }
            err
        }
    }

    /// Hands a run of records to librdkafka in one call, which copies them.
    /// `rd_kafka_producev` costs more per message than the message itself
    /// (its argument list, a clock read or two, the topic's lock and
    /// reference count); the batch call pays those once per run.
    ///
    /// Only records without headers, a timestamp or a partition of their
    /// own come here: the batch call takes no headers, gives the whole run
    /// one CreateTime, and in librdkafka 2.12 loses a message whose own
    /// partition does not exist (neither reported nor freed, and still
    /// counted as outstanding), where `producev` reports it. `partition`
    /// (`-p`) is one for the whole run, or the partitioner's choice.
    ///
    /// Each record's outcome is left in `out[i].err`. Once librdkafka's
    /// queue is full it refuses every later record of the run with
    /// `_QUEUE_FULL`, so the run is resumed from the first such record.
    pub fn produce_batch(
        &self,
        batch: &Packed,
        recs: Range<usize>,
        partition: Option<i32>,
        first_seq: usize,
        out: &mut Vec<rdsys::rd_kafka_message_t>,
    ) {
        out.clear();
        out.extend(recs.enumerate().map(|(i, k)| {
            debug_assert!(batch.is_plain(k));
            let rec = batch.get(k);
            let (payload, len) = bytes(rec.value);
            let (key, key_len) = bytes(rec.key);
            rdsys::rd_kafka_message_t {
                err: rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR,
                rkt: ptr::null_mut(),
                partition: PARTITION_UA,
                payload,
                len,
                key,
                key_len,
                offset: 0,
                _private: (first_seq + i) as *mut c_void,
            }
        }));
        // SAFETY: the array and the bytes it points to are valid for the
        // call, and librdkafka copies key and value (MSG_F_COPY). A fixed
        // partition is looked up once: if it is missing, every record is
        // refused before librdkafka creates any message.
        unsafe {
            rdsys::rd_kafka_produce_batch(
                self.rkt,
                partition.unwrap_or(PARTITION_UA),
                rdsys::RD_KAFKA_MSG_F_COPY,
                out.as_mut_ptr(),
                out.len() as i32,
            );
        }
    }
}

impl Drop for TopicHandle {
    fn drop(&mut self) {
        // SAFETY: created by rd_kafka_topic_new, released once.
        unsafe { rdsys::rd_kafka_topic_destroy(self.rkt) }
    }
}

fn bytes(b: Option<&[u8]>) -> (*mut c_void, usize) {
    match b {
        Some(b) => (b.as_ptr() as *mut c_void, b.len()),
        None => (ptr::null_mut(), 0),
    }
}

/// The record's headers as a list librdkafka takes over, or null.
unsafe fn headers(rec: &RecordRef<'_>) -> *mut rdsys::rd_kafka_headers_t {
    if rec.headers.is_empty() {
        return ptr::null_mut();
    }
    let h = rdsys::rd_kafka_headers_new(rec.headers.len());
    for (name, value) in rec.headers {
        let (v, len) = match value {
            Some(v) => (v.as_ptr() as *const c_void, v.len() as isize),
            None => (ptr::null(), 0),
        };
        rdsys::rd_kafka_header_add(h, name.as_ptr().cast(), name.len() as isize, v, len);
    }
    h
}
