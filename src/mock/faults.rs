//! Fault injection for `klar mock`: what `--inject`, `--rtt` and the control
//! lines on stdin say, parsed into plain values. Applying them to the cluster
//! is `MockCluster`'s job; nothing here touches librdkafka except to learn
//! its error names.

use std::time::Duration;

use crate::kafka_error::raw_code_name;

/// The Kafka APIs whose answers in librdkafka's mock cluster take an injected
/// error or delay, by Kafka's ApiKey names. The mock answers others too
/// (Metadata, CreateTopics, ...) but never looks at the errors pushed for
/// them, so accepting those would fake a fault that never happens.
pub const APIS: &[(&str, i16)] = &[
    ("Produce", 0),
    ("Fetch", 1),
    ("ListOffsets", 2),
    ("OffsetCommit", 8),
    ("OffsetFetch", 9),
    ("FindCoordinator", 10),
    ("JoinGroup", 11),
    ("Heartbeat", 12),
    ("LeaveGroup", 13),
    ("SyncGroup", 14),
    ("ApiVersions", 18),
    ("InitProducerId", 22),
    ("OffsetForLeaderEpoch", 23),
    ("AddPartitionsToTxn", 24),
    ("AddOffsetsToTxn", 25),
    ("EndTxn", 26),
    ("TxnOffsetCommit", 28),
    ("ConsumerGroupHeartbeat", 68),
    ("GetTelemetrySubscriptions", 71),
    ("PushTelemetry", 72),
];

/// The one client-side code the mock gives a meaning to: it closes the
/// connection once the request is handled, as a network fault would.
const TRANSPORT: i32 = -195;

/// Kafka's current names where librdkafka 2.12 still uses an older one.
const KAFKA_NAMES: &[(&str, i32)] = &[
    ("CORRUPT_MESSAGE", 2),
    ("UNKNOWN_TOPIC_OR_PARTITION", 3),
    ("INVALID_FETCH_SIZE", 4),
    ("NOT_LEADER_OR_FOLLOWER", 6),
    ("MESSAGE_TOO_LARGE", 10),
    ("STALE_CONTROLLER_EPOCH", 11),
    // Kafka's -1, the usual non-retriable broker error; librdkafka calls it UNKNOWN.
    ("UNKNOWN_SERVER_ERROR", -1),
    ("UNKNOWN", -1),
];

/// A flood of `*N` must not exhaust memory.
const MAX_REPEAT: u64 = 10_000_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Injected {
    pub code: i32,
    /// How long the broker holds the response back.
    pub delay: Duration,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Injection {
    /// None: the cluster-wide list, used by whichever broker takes the request.
    pub broker: Option<i32>,
    pub api: &'static str,
    pub api_key: i16,
    pub errors: Vec<Injected>,
}

impl Injection {
    /// Delays live only in a broker's own list; a spec with one and no
    /// broker goes to every broker.
    pub fn needs_broker_lists(&self) -> bool {
        self.broker.is_some() || self.errors.iter().any(|e| !e.delay.is_zero())
    }
}

/// Which APIs have errors on the cluster's list and which on brokers' own
/// lists. librdkafka takes a request's error from its broker's list first,
/// and a broker's list that ran empty still exists: once an API has one,
/// errors for the whole cluster would never be used, and the run's summary
/// would count them as met. So one API takes one kind of list.
#[derive(Debug, Default)]
pub struct Lists {
    cluster: std::collections::HashSet<i16>,
    brokers: std::collections::HashSet<i16>,
}

impl Lists {
    pub fn admit(&mut self, i: &Injection) -> Result<(), String> {
        let per_broker = i.needs_broker_lists();
        let (mine, other) = if per_broker {
            (&mut self.brokers, &self.cluster)
        } else {
            (&mut self.cluster, &self.brokers)
        };
        if other.contains(&i.api_key) {
            return Err(format!(
                "{api}: errors for the whole cluster cannot be mixed with errors on a broker's \
                 own list (a broker id or a delay puts them there): librdkafka answers from the \
                 broker's list first, even an empty one, so the cluster's would never be used; \
                 give every {api} fault a broker id, or none and no delay",
                api = i.api
            ));
        }
        mine.insert(i.api_key);
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Control {
    Down(i32),
    Up(i32),
    Inject(Injection),
    Rtt(i32, Duration),
}

pub const CONTROL_FORMS: &str = "down N, up N, inject [N:]API=ERROR[,ERROR...], rtt N=DURATION";

/// What the user typed, cut short: an error line stays one readable line
/// even for a spec thousands of errors long.
fn shown(spec: &str) -> String {
    const MAX: usize = 60;
    match spec.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}...", &spec[..i]),
        None => spec.to_string(),
    }
}

fn broker_id(s: &str, brokers: i32) -> Result<i32, String> {
    match s.trim().parse::<i32>() {
        Ok(n) if (1..=brokers).contains(&n) => Ok(n),
        _ => Err(format!(
            "{:?} is not a broker of this cluster (1 to {brokers})",
            shown(s)
        )),
    }
}

fn duration(s: &str) -> Result<Duration, String> {
    humantime::parse_duration(s.trim())
        .map_err(|e| format!("{:?} is not a duration ({e}; e.g. 250ms, 5s)", shown(s)))
}

fn api(name: &str) -> Result<(&'static str, i16), String> {
    let name = name.trim();
    APIS.iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .copied()
        .ok_or_else(|| {
            let names: Vec<&str> = APIS.iter().map(|(n, _)| *n).collect();
            format!(
                "{:?} is not an API whose answers the mock lets faults change ({})",
                shown(name),
                names.join(", ")
            )
        })
}

/// Kafka's error code for `name` (NOT_LEADER_OR_FOLLOWER, 6, NO_ERROR):
/// librdkafka's names, as klar prints them, and Kafka's where they differ.
pub fn error_code(name: &str) -> Result<i32, String> {
    let name = name.trim();
    let typed = shown(name);
    if let Ok(n) = name.parse::<i32>() {
        return if n >= -1 && !raw_code_name(n).starts_with("ERR_") {
            Ok(n)
        } else {
            Err(format!("{typed} is not a Kafka error code"))
        };
    }
    let upper = name.to_ascii_uppercase();
    if upper == raw_code_name(TRANSPORT) {
        return Ok(TRANSPORT);
    }
    if let Some((_, code)) = KAFKA_NAMES.iter().find(|(n, _)| *n == upper) {
        return Ok(*code);
    }
    let mut best: Option<(f64, String)> = None;
    for code in 0..200 {
        let known = raw_code_name(code);
        if known.starts_with("ERR_") {
            continue;
        }
        if known == upper {
            return Ok(code);
        }
        let score = strsim::jaro_winkler(&upper, &known);
        if score > 0.85 && best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, known));
        }
    }
    if upper.starts_with('_') {
        return Err(format!(
            "{typed} is a client-side code: a broker answers with Kafka's codes (or _TRANSPORT, which drops the connection)"
        ));
    }
    Err(match best {
        Some((_, s)) => format!("{typed:?} is not a Kafka error name; did you mean {s}?"),
        None => format!(
            "{typed:?} is not a Kafka error name (e.g. NOT_LEADER_OR_FOLLOWER, REQUEST_TIMED_OUT, NO_ERROR)"
        ),
    })
}

/// `ERROR[@DELAY][*N]`.
fn errors(item: &str, out: &mut Vec<Injected>) -> Result<(), String> {
    let (rest, times) = match item.rsplit_once('*') {
        Some((r, n)) => {
            let n = n
                .trim()
                .parse::<u64>()
                .ok()
                .filter(|n| (1..=MAX_REPEAT).contains(n))
                .ok_or_else(|| {
                    format!(
                        "{:?}: *{n} is not a repeat count (1 to {MAX_REPEAT})",
                        shown(item)
                    )
                })?;
            (r, n)
        }
        None => (item, 1),
    };
    let (name, delay) = match rest.split_once('@') {
        Some((name, d)) => (name, duration(d)?),
        None => (rest, Duration::ZERO),
    };
    if delay > Duration::from_millis(i32::MAX as u64) {
        return Err(format!("{:?}: the delay is too long", shown(item)));
    }
    let code = error_code(name)?;
    if out.len() as u64 + times > MAX_REPEAT {
        return Err(format!("more than {MAX_REPEAT} errors in one list"));
    }
    out.extend((0..times).map(|_| Injected { code, delay }));
    Ok(())
}

/// `[BROKER:]API=ERROR[@DELAY][*N][,ERROR...]`.
pub fn parse_inject(spec: &str, brokers: i32) -> Result<Injection, String> {
    let wrap = |e: String| format!("--inject {}: {e}", shown(spec));
    let (target, list) = spec
        .split_once('=')
        .ok_or_else(|| wrap("expected API=ERROR[,ERROR...]".into()))?;
    let (broker, api_name) = match target.split_once(':') {
        Some((b, a)) => (Some(broker_id(b, brokers).map_err(wrap)?), a),
        None => (None, target),
    };
    let (api, api_key) = api(api_name).map_err(wrap)?;
    let mut errs = Vec::new();
    for item in list.split(',') {
        if item.trim().is_empty() {
            return Err(wrap("an empty error in the list".into()));
        }
        errors(item, &mut errs).map_err(wrap)?;
    }
    Ok(Injection {
        broker,
        api,
        api_key,
        errors: errs,
    })
}

/// `BROKER=DURATION`.
pub fn parse_rtt(spec: &str, brokers: i32) -> Result<(i32, Duration), String> {
    let wrap = |e: String| format!("--rtt {}: {e}", shown(spec));
    let (b, d) = spec
        .split_once('=')
        .ok_or_else(|| wrap("expected BROKER=DURATION, e.g. 1=500ms".into()))?;
    let d = duration(d).map_err(wrap)?;
    if d > Duration::from_millis(i32::MAX as u64) {
        return Err(wrap("the round trip time is too long".into()));
    }
    Ok((broker_id(b, brokers).map_err(wrap)?, d))
}

/// One control line; blank lines and `#` comments are nothing.
pub fn parse_control(line: &str, brokers: i32) -> Result<Option<Control>, String> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return Ok(None);
    }
    let (word, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
    let rest = rest.trim();
    let strip = |e: String, flag: &str| e.replacen(flag, word, 1);
    let c = match word {
        "down" => Control::Down(broker_id(rest, brokers)?),
        "up" => Control::Up(broker_id(rest, brokers)?),
        "inject" => Control::Inject(parse_inject(rest, brokers).map_err(|e| strip(e, "--inject"))?),
        "rtt" => {
            let (b, d) = parse_rtt(rest, brokers).map_err(|e| strip(e, "--rtt"))?;
            Control::Rtt(b, d)
        }
        _ => {
            return Err(format!(
                "unknown command {:?} ({CONTROL_FORMS})",
                shown(word)
            ))
        }
    };
    Ok(Some(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inject_specs() {
        let i = parse_inject("Produce=NOT_LEADER_OR_FOLLOWER,request_timed_out*2", 1).unwrap();
        assert_eq!((i.api, i.api_key, i.broker), ("Produce", 0, None));
        let codes: Vec<i32> = i.errors.iter().map(|e| e.code).collect();
        assert_eq!(codes, vec![6, 7, 7]);
        assert_eq!(error_code("NOT_LEADER_FOR_PARTITION"), Ok(6));
        assert_eq!(error_code("10"), Ok(10));
        assert!(!i.needs_broker_lists());
        let i = parse_inject("2:fetch=NO_ERROR@1s*3,_TRANSPORT", 3).unwrap();
        assert_eq!(i.broker, Some(2));
        assert_eq!(i.errors.len(), 4);
        assert_eq!(i.errors[0].delay, Duration::from_secs(1));
        assert_eq!(i.errors[3].code, TRANSPORT);
        assert!(parse_inject("Produce=NO_ERROR@1s", 1)
            .unwrap()
            .needs_broker_lists());
    }

    #[test]
    fn the_unknown_server_error_is_minus_one() {
        for name in ["UNKNOWN_SERVER_ERROR", "unknown", "-1"] {
            assert_eq!(error_code(name), Ok(-1), "{name}");
        }
        assert!(error_code("-2").is_err());
    }

    #[test]
    fn inject_errors_name_what_was_typed() {
        for (spec, part) in [
            ("Produce", "expected API=ERROR"),
            ("Prodcue=NO_ERROR", "\"Prodcue\" is not an API"),
            (
                "Produce=NOT_LEADER_FOR_PARTITON",
                "did you mean NOT_LEADER_FOR_PARTITION?",
            ),
            ("Produce=_MSG_TIMED_OUT", "client-side code"),
            ("Produce=NO_ERROR*0", "repeat count"),
            ("Produce=NO_ERROR@soon", "not a duration"),
            ("Produce=,NO_ERROR", "empty error"),
            ("4:Produce=NO_ERROR", "not a broker"),
            ("Produce=99999", "not a Kafka error code"),
        ] {
            let e = parse_inject(spec, 3).unwrap_err();
            assert!(e.starts_with(&format!("--inject {spec}: ")), "{e}");
            assert!(e.contains(part), "{spec}: {e}");
        }
    }

    #[test]
    fn control_lines() {
        assert_eq!(
            parse_control(" down 2 ", 3).unwrap(),
            Some(Control::Down(2))
        );
        assert_eq!(parse_control("up 1", 3).unwrap(), Some(Control::Up(1)));
        assert_eq!(
            parse_control("rtt 1=250ms", 3).unwrap(),
            Some(Control::Rtt(1, Duration::from_millis(250)))
        );
        assert!(matches!(
            parse_control("inject Produce=REQUEST_TIMED_OUT", 3).unwrap(),
            Some(Control::Inject(_))
        ));
        assert_eq!(parse_control("# note", 3).unwrap(), None);
        assert_eq!(parse_control("", 3).unwrap(), None);
        assert!(parse_control("dwn 1", 3)
            .unwrap_err()
            .contains("unknown command"));
        assert!(parse_control("down 4", 3)
            .unwrap_err()
            .contains("not a broker"));
        let e = parse_control("inject Produce", 3).unwrap_err();
        assert!(e.starts_with("inject Produce: "), "{e}");
        let long = format!("Produce={}BAD", "NO_ERROR,".repeat(1000));
        let e = parse_inject(&long, 1).unwrap_err();
        assert!(e.len() < 200, "{e}");
    }
}
