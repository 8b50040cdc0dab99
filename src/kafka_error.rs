//! librdkafka errors as klar prints them: the code's name (`_MSG_TIMED_OUT`,
//! `MSG_SIZE_TOO_LARGE`), the message, and the properties that govern it.

use std::ffi::CStr;

use rdkafka::bindings as rdsys;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};

/// Which properties to look at when a given error code appears. Data, not
/// logic: `config-explain` reads the same table.
pub const HINTS: &[(&str, &str)] = &[
    (
        "_MSG_TIMED_OUT",
        "message.timeout.ms (delivery.timeout.ms), linger.ms, and whether the brokers in bootstrap.servers are reachable",
    ),
    (
        "MSG_SIZE_TOO_LARGE",
        "message.max.bytes on the client and max.message.bytes on the topic",
    ),
    (
        "_QUEUE_FULL",
        "queue.buffering.max.messages and queue.buffering.max.kbytes",
    ),
    ("_MAX_POLL_EXCEEDED", "max.poll.interval.ms"),
    ("_TRANSPORT", "bootstrap.servers and security.protocol"),
    ("_ALL_BROKERS_DOWN", "bootstrap.servers and security.protocol"),
    ("_RESOLVE", "bootstrap.servers (the host name does not resolve)"),
    (
        "SASL_AUTHENTICATION_FAILED",
        "sasl.mechanisms, sasl.username and sasl.password",
    ),
    (
        "_AUTHENTICATION",
        "security.protocol, sasl.mechanisms, sasl.username and sasl.password",
    ),
    ("_SSL", "ssl.ca.location, ssl.certificate.location and ssl.key.location"),
    ("OFFSET_OUT_OF_RANGE", "auto.offset.reset"),
    ("_AUTO_OFFSET_RESET", "auto.offset.reset (set to error: librdkafka reports instead of resetting)"),
    (
        "UNKNOWN_TOPIC_OR_PART",
        "the topic name, and allow.auto.create.topics with the broker's auto.create.topics.enable",
    ),
    (
        "_UNKNOWN_TOPIC",
        "the topic name, and allow.auto.create.topics with the broker's auto.create.topics.enable",
    ),
    ("_UNKNOWN_PARTITION", "the partition number (-p, or an --input json line's partition)"),
    (
        "TOPIC_AUTHORIZATION_FAILED",
        "the ACLs of the principal in sasl.username",
    ),
    ("_FENCED", "transactional.id (another producer uses it)"),
    (
        "INVALID_PRODUCER_EPOCH",
        "transactional.id (another producer uses it)",
    ),
    ("PRODUCER_FENCED", "transactional.id (another producer uses it)"),
    ("_TIMED_OUT", "--timeout and request.timeout.ms"),
    ("REQUEST_TIMED_OUT", "request.timeout.ms"),
    (
        "NOT_ENOUGH_REPLICAS",
        "acks and the topic's min.insync.replicas",
    ),
];

pub fn hint_for(code_name: &str) -> Option<&'static str> {
    HINTS
        .iter()
        .find(|(name, _)| *name == code_name)
        .map(|(_, h)| *h)
}

/// The codes whose hint names any of `properties` (as a whole word, so
/// `linger.ms` does not match `sticky.partitioning.linger.ms`).
pub fn codes_governed_by(properties: &[&str]) -> Vec<&'static str> {
    let is_name_char = |c: char| c.is_ascii_alphanumeric() || c == '.' || c == '_';
    let mentions = |hint: &str, name: &str| {
        hint.match_indices(name).any(|(i, _)| {
            let before = hint[..i].chars().next_back();
            // A full stop after the name ends the sentence, not the name.
            let rest = hint[i + name.len()..].trim_start_matches('.');
            !before.is_some_and(is_name_char) && !rest.starts_with(is_name_char)
        })
    };
    HINTS
        .iter()
        .filter(|(_, hint)| properties.iter().any(|p| mentions(hint, p)))
        .map(|(code, _)| *code)
        .collect()
}

/// librdkafka's symbolic name for an error code, e.g. `_MSG_TIMED_OUT`.
pub fn code_name(code: RDKafkaErrorCode) -> String {
    raw_code_name(code as i32)
}

/// The name for a raw code as read from the wire or from FFI; a code this
/// build does not know (a newer broker's) is shown by number, never trusted
/// as an enum value.
pub fn raw_code_name(raw: i32) -> String {
    match rdsys::rd_kafka_resp_err_t::try_from(raw) {
        // SAFETY: rd_kafka_err2name returns a static string for every code.
        Ok(err) => unsafe { static_str(rdsys::rd_kafka_err2name(err)) },
        Err(_) => format!("ERR_{raw}"),
    }
}

/// librdkafka's human text for an error code.
pub fn code_text(code: RDKafkaErrorCode) -> String {
    raw_text(code as i32)
}

/// librdkafka's human text for a raw code; a code this build does not
/// know gets a neutral text.
pub fn raw_text(raw: i32) -> String {
    match rdsys::rd_kafka_resp_err_t::try_from(raw) {
        // SAFETY: rd_kafka_err2str returns a static string for every code.
        Ok(err) => unsafe { static_str(rdsys::rd_kafka_err2str(err)) },
        Err(_) => format!("error {raw}"),
    }
}

unsafe fn static_str(p: *const std::os::raw::c_char) -> String {
    if p.is_null() {
        return String::new();
    }
    CStr::from_ptr(p).to_string_lossy().into_owned()
}

/// `NAME: text (see PROPERTIES)`, the form every klar error line uses.
pub fn describe_code(code: RDKafkaErrorCode) -> String {
    describe_named(&code_name(code), &code_text(code))
}

/// `NAME: text (see PROPERTIES)` for a code known by name, with the text the
/// error carried (an admin result's own message, say).
pub fn describe_named(name: &str, text: &str) -> String {
    let mut s = format!("{name}: {text}");
    if let Some(h) = hint_for(name) {
        s.push_str(" (see ");
        s.push_str(h);
        s.push(')');
    }
    s
}

/// A `KafkaError` in klar's form; errors without a code keep their own text.
pub fn describe(err: &KafkaError) -> String {
    match err.rdkafka_error_code() {
        Some(code) => describe_code(code),
        None => err.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_hints() {
        assert_eq!(
            code_name(RDKafkaErrorCode::MessageTimedOut),
            "_MSG_TIMED_OUT"
        );
        assert_eq!(
            code_name(RDKafkaErrorCode::MessageSizeTooLarge),
            "MSG_SIZE_TOO_LARGE"
        );
        let d = describe_code(RDKafkaErrorCode::MessageTimedOut);
        assert!(
            d.starts_with("_MSG_TIMED_OUT: Local: Message timed out (see message.timeout.ms"),
            "{d}"
        );
    }

    #[test]
    fn every_hint_names_a_known_code() {
        // A typo in the table would silently never match.
        let known: Vec<String> = (-200..200).map(raw_code_name).collect();
        for (name, _) in HINTS {
            assert!(
                known.iter().any(|k| k == name),
                "{name} is not a librdkafka code"
            );
        }
    }

    /// Every code issue 5 names, with the properties its hint must name.
    #[test]
    fn each_mapped_code_names_its_properties() {
        let cases: &[(&str, &[&str])] = &[
            (
                "_MSG_TIMED_OUT",
                &["message.timeout.ms", "linger.ms", "bootstrap.servers"],
            ),
            (
                "MSG_SIZE_TOO_LARGE",
                &["message.max.bytes", "max.message.bytes"],
            ),
            (
                "_QUEUE_FULL",
                &["queue.buffering.max.messages", "queue.buffering.max.kbytes"],
            ),
            ("_MAX_POLL_EXCEEDED", &["max.poll.interval.ms"]),
            ("_TRANSPORT", &["bootstrap.servers", "security.protocol"]),
            (
                "_ALL_BROKERS_DOWN",
                &["bootstrap.servers", "security.protocol"],
            ),
            (
                "SASL_AUTHENTICATION_FAILED",
                &["sasl.mechanisms", "sasl.username", "sasl.password"],
            ),
            ("_SSL", &["ssl.ca.location"]),
            ("OFFSET_OUT_OF_RANGE", &["auto.offset.reset"]),
            ("UNKNOWN_TOPIC_OR_PART", &["allow.auto.create.topics"]),
            ("TOPIC_AUTHORIZATION_FAILED", &["sasl.username"]),
            ("_FENCED", &["transactional.id"]),
            ("INVALID_PRODUCER_EPOCH", &["transactional.id"]),
        ];
        for (code, props) in cases {
            let raw = (-200..200)
                .find(|r| raw_code_name(*r) == *code)
                .unwrap_or_else(|| panic!("{code} is not a librdkafka code"));
            let err = rdsys::rd_kafka_resp_err_t::try_from(raw).unwrap();
            let d = describe_code(RDKafkaErrorCode::from(err));
            assert!(d.starts_with(&format!("{code}: ")), "{d}");
            for p in *props {
                assert!(d.contains(p), "{code}: {p} missing from {d}");
                assert!(codes_governed_by(&[p]).contains(code), "{p} -> {code}");
            }
        }
    }

    #[test]
    fn governed_codes_match_whole_names() {
        assert!(codes_governed_by(&["linger.ms"]).contains(&"_MSG_TIMED_OUT"));
        assert!(codes_governed_by(&["ms"]).is_empty());
        assert!(!codes_governed_by(&["sticky.partitioning.linger.ms"]).contains(&"_MSG_TIMED_OUT"));
    }
}
