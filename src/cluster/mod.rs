//! What every client checks before its work: that the cluster answers and
//! that the topic and partitions the user named exist. Shared by produce and
//! consume (and admin), so a dead cluster or a missing topic reads the same everywhere.
//! `api` holds the Admin API calls, for `admin` and for `config-explain --lint --topic`.

pub mod api;

use std::time::{Duration, Instant};

use anyhow::Result;
use rdkafka::client::{Client, ClientContext};
use rdkafka::error::RDKafkaErrorCode;

use crate::config::ClientSettings;
use crate::exit_codes::{failure, unreachable, usage};
use crate::kafka_error;
use crate::logging::{note_waiting_errors, HasKlarContext};
use crate::signals::Signals;

/// How long one wait for a usable broker lasts before klar looks at the
/// stop signals again: Ctrl-C while a cluster does not answer must not wait
/// out the whole --timeout. Only the wait for a connection is cut in slices
/// (librdkafka sends nothing until a broker is up, and goes on connecting
/// between calls); once a request is out, its answer gets all the time that
/// is left, so that a link slower than a slice still gets an answer.
const ANSWER_SLICE: Duration = Duration::from_millis(250);

/// The partition count of `topic`, waiting up to `timeout` for a topic that
/// is still being created (LEADER_NOT_AVAILABLE). Exit 3 when the cluster
/// does not answer, before the timeout or before a stop signal (`stop`);
/// 1 when the topic is missing.
pub fn partition_count<C: ClientContext + HasKlarContext>(
    client: &Client<C>,
    settings: &ClientSettings,
    topic: &str,
    timeout: Duration,
    stop: &Signals,
) -> Result<i32> {
    let started = Instant::now();
    let deadline = started + timeout;
    let mut request_sent = false;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let wait = if request_sent {
            left
        } else {
            left.min(ANSWER_SLICE)
        };
        let md = match client.fetch_metadata(Some(topic), wait) {
            Ok(md) => md,
            Err(e) => {
                if stop.stop_requested() {
                    return Err(no_answer_before(
                        client,
                        settings,
                        &format!(
                            "before the stop signal ({:.1}s)",
                            started.elapsed().as_secs_f64()
                        ),
                        &kafka_error::describe(&e),
                    ));
                }
                // _TRANSPORT: no broker was up within the slice, and no
                // request went out; _TIMED_OUT: one did, unanswered.
                let code = e.rdkafka_error_code();
                request_sent |= code == Some(RDKafkaErrorCode::OperationTimedOut);
                let waiting = matches!(
                    code,
                    Some(
                        RDKafkaErrorCode::BrokerTransportFailure
                            | RDKafkaErrorCode::OperationTimedOut
                    )
                );
                if waiting && Instant::now() < deadline {
                    continue;
                }
                return Err(no_answer(
                    client,
                    settings,
                    timeout,
                    started,
                    &kafka_error::describe(&e),
                ));
            }
        };
        let Some(t) = md.topics().iter().find(|t| t.name() == topic) else {
            return Err(failure(format!(
                "topic {topic} is not in the cluster's metadata"
            )));
        };
        match t.error().map(RDKafkaErrorCode::from) {
            None if !t.partitions().is_empty() => return Ok(t.partitions().len() as i32),
            None | Some(RDKafkaErrorCode::LeaderNotAvailable) => {}
            Some(code) => {
                return Err(failure(format!(
                    "topic {topic}: {}",
                    kafka_error::describe_code(code)
                )))
            }
        }
        if Instant::now() + Duration::from_millis(200) >= deadline {
            return Err(unreachable(format!(
                "topic {topic} has no partitions with a leader after {}",
                humantime::format_duration(timeout)
            )));
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The error for a cluster that did not answer (exit 3), in the one form
/// every command uses. It says why the brokers could not be reached when
/// librdkafka said so (a name that does not resolve, a refused connection,
/// a TLS or SASL handshake that failed), else the request's own error
/// (`detail`), which is only ever a timeout or "transport failure".
pub fn no_answer<C: ClientContext + HasKlarContext>(
    client: &Client<C>,
    settings: &ClientSettings,
    timeout: Duration,
    started: Instant,
    detail: &str,
) -> anyhow::Error {
    // librdkafka gives up early when a broker answers and then drops the
    // connection: "within 10s" would then misstate what happened.
    let waited = started.elapsed();
    let until = if waited + Duration::from_millis(500) < timeout {
        format!("after {:.1}s", waited.as_secs_f64())
    } else {
        format!("within {}", humantime::format_duration(timeout))
    };
    no_answer_before(client, settings, &until, detail)
}

/// `no_answer`, with what ended the wait (`within 10s`, `before the stop
/// signal (1.5s)`).
fn no_answer_before<C: ClientContext + HasKlarContext>(
    client: &Client<C>,
    settings: &ClientSettings,
    until: &str,
    detail: &str,
) -> anyhow::Error {
    // SAFETY: the client is live and `ctx` is its context.
    unsafe { note_waiting_errors(client.context().as_ref(), client.native_ptr()) };
    let why = client.context().klar().failure();
    unreachable(format!(
        "no answer from the cluster at bootstrap.servers={} {until}: {}",
        settings.brokers_for_display(),
        why.as_deref().unwrap_or(detail),
    ))
}

/// A topic name Kafka would accept: 1 to 249 of letters, digits, '.', '_'
/// and '-' (and not `.` or `..`). Checked before connecting, so a typo is a
/// usage error and not a broker's answer after a round trip.
pub fn check_topic_name(flag: &str, name: &str) -> Result<()> {
    if name.is_empty() {
        return Err(usage(format!("{flag} \"\": the topic name is empty")));
    }
    let legal = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-');
    if name == "." || name == ".." {
        return Err(usage(format!(
            "{flag} {name:?}: Kafka refuses \".\" and \"..\" as topic names"
        )));
    }
    if name.len() > 249 || !name.chars().all(legal) {
        return Err(usage(format!(
            "{flag} {name:?}: a topic name is 1 to 249 letters, digits, '.', '_' and '-'"
        )));
    }
    Ok(())
}

/// `-p P` must name one of the topic's partitions.
pub fn check_partition(topic: &str, partition: i32, count: i32) -> Result<()> {
    if partition < 0 || partition >= count {
        return Err(failure(format!(
            "-p {partition}: topic {topic} has {count} partition(s), numbered 0 to {}",
            count - 1
        )));
    }
    Ok(())
}
