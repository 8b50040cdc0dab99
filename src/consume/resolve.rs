//! Turning `-o` ranges into librdkafka offsets for concrete partitions:
//! watermarks for +N, ranges and `end`, offsets_for_times for @time.

use std::collections::HashMap;
use std::time::Duration;

use anyhow::Result;
use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext};
use rdkafka::{Offset, TopicPartitionList};

use super::offsets::{OffsetSpec, Position, Range, Until};
use super::writer::Tp;
use crate::exit_codes::{failure, unreachable};
use crate::kafka_error;

/// Where one partition starts and stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub start: Offset,
    /// The first offset not to read.
    pub until: Option<i64>,
    /// An end time (ms) that no message has reached yet: the first message
    /// at or after it is the first not to read, whenever it comes.
    pub until_time: Option<i64>,
    /// Nothing to read: the start is already at or past the end.
    pub empty: bool,
}

/// Resolves the range of every partition in `parts` that `spec` names.
pub fn resolve<C: ConsumerContext>(
    consumer: &BaseConsumer<C>,
    parts: &[Tp],
    spec: &OffsetSpec,
    timeout: Duration,
) -> Result<HashMap<Tp, Resolved>> {
    let ranges: Vec<(&Tp, Range)> = parts
        .iter()
        .filter_map(|tp| spec.for_partition(tp.1).map(|r| (tp, r)))
        .collect();

    // One offsets_for_times call for every time in every range.
    let mut times = TopicPartitionList::new();
    let mut wanted: Vec<(&Tp, i64)> = Vec::new();
    for (tp, r) in &ranges {
        for t in [start_time(r.start), r.until.and_then(until_time)]
            .into_iter()
            .flatten()
        {
            wanted.push((tp, t));
        }
    }
    let mut by_time: HashMap<(Tp, i64), Option<i64>> = HashMap::new();
    // A list holds each partition once, so several times for one partition
    // (START and END both times) take several calls.
    while !wanted.is_empty() {
        let mut rest = Vec::new();
        let mut batch = Vec::new();
        for (tp, t) in wanted {
            if batch.iter().any(|(b, _): &(&Tp, i64)| *b == tp) {
                rest.push((tp, t));
            } else {
                times
                    .add_partition_offset(&tp.0, tp.1, Offset::Offset(t))
                    .map_err(|e| failure(kafka_error::describe(&e)))?;
                batch.push((tp, t));
            }
        }
        let answer = consumer
            .offsets_for_times(std::mem::take(&mut times), timeout)
            .map_err(|e| {
                unreachable(format!(
                    "cannot look up offsets by time: {}",
                    kafka_error::describe(&e)
                ))
            })?;
        for (tp, t) in batch {
            let e = answer.find_partition(&tp.0, tp.1);
            let answer_of = e.as_ref().map(|e| (e.error(), e.offset()));
            tracing::debug!("offsets_for_times {} [{}] @ {t}: {answer_of:?}", tp.0, tp.1);
            let offset = match answer_of {
                Some((Err(err), _)) => {
                    return Err(failure(format!(
                        "offset for time {t} in {} [{}]: {}",
                        tp.0,
                        tp.1,
                        kafka_error::describe(&err)
                    )))
                }
                Some((Ok(()), Offset::Offset(o))) => Some(o),
                // No message at or after that time.
                _ => None,
            };
            tracing::debug!(
                "{} [{}]: the first offset at or after {t} ms is {offset:?}",
                tp.0,
                tp.1
            );
            by_time.insert((tp.clone(), t), offset);
        }
        wanted = rest;
    }

    let mut out = HashMap::new();
    for (tp, r) in ranges {
        let needs_marks = r.until.is_some()
            || matches!(r.start, Position::FromBeginning(_) | Position::FromEnd(1..));
        let (low, high) = if needs_marks {
            consumer
                .fetch_watermarks(&tp.0, tp.1, timeout)
                .map_err(|e| {
                    unreachable(format!(
                        "cannot read the watermarks of {} [{}]: {}",
                        tp.0,
                        tp.1,
                        kafka_error::describe(&e)
                    ))
                })?
        } else {
            (0, 0)
        };
        let at = |t: i64| by_time.get(&(tp.clone(), t)).copied().flatten();
        let start = match r.start {
            Position::Beginning => Offset::Beginning,
            Position::End => Offset::End,
            Position::Stored => Offset::Stored,
            // A range's start that the log no longer holds: librdkafka would
            // reset it to auto.offset.reset (the end, by default), past the
            // range's end, and the run would wait for ever.
            Position::Absolute(n) if needs_marks && n < low => {
                tracing::warn!(
                    "{} [{}]: the log starts at {low}, after the range's start {n}: reading \
                     from {low}",
                    tp.0,
                    tp.1
                );
                Offset::Offset(low)
            }
            Position::Absolute(n) => Offset::Offset(n),
            // None before the end is the end itself: librdkafka refuses
            // a tail of 0 with a bare _INVALID_ARG. Still a position of
            // the user's, so in a group it overrides the commit as any -N.
            Position::FromEnd(0) => Offset::End,
            // More than the log holds: from its first offset, as for an
            // absolute start (librdkafka would reset such a tail to
            // auto.offset.reset, the end by default, and read nothing).
            Position::FromEnd(n) if high > low && high.saturating_sub(n) < low => {
                tracing::warn!(
                    "{} [{}]: the log holds {} message(s) (offsets {low} to {}), fewer than \
                     the last {n} asked for: reading from {low}",
                    tp.0,
                    tp.1,
                    high - low,
                    high - 1
                );
                Offset::Offset(low)
            }
            Position::FromEnd(n) => Offset::OffsetTail(n),
            Position::FromBeginning(n) => Offset::Offset(low.saturating_add(n)),
            Position::Time(t) => at(t).map_or(Offset::End, Offset::Offset),
        };
        // No message at or after a time still to come: the messages up to
        // it are still to be written, so the end is the first message that
        // reaches it, not today's end (kcat compares each message's time).
        let now_ms = crate::when::now_ms();
        let until_time = match r.until {
            Some(Until::Time(t)) if at(t).is_none() && t > now_ms => Some(t),
            _ => None,
        };
        let until = r.until.and_then(|u| match u {
            Until::Offset(n) => Some(n),
            Until::End => Some(high),
            Until::Time(t) => at(t).or((until_time.is_none()).then_some(high)),
        });
        let first = match start {
            Offset::Beginning => Some(low),
            Offset::End => Some(high),
            Offset::Offset(n) => Some(n.max(low)),
            Offset::OffsetTail(n) => Some((high - n).max(low)),
            _ => None,
        };
        let empty = matches!((first, until), (Some(f), Some(u)) if f >= u);
        out.insert(
            tp.clone(),
            Resolved {
                start,
                until,
                until_time,
                empty,
            },
        );
    }
    Ok(out)
}

fn start_time(p: Position) -> Option<i64> {
    match p {
        Position::Time(t) => Some(t),
        _ => None,
    }
}

fn until_time(u: Until) -> Option<i64> {
    match u {
        Until::Time(t) => Some(t),
        _ => None,
    }
}
