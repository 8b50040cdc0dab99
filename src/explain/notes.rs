//! klar's own notes on what a property does in practice, kept as data in
//! `notes.txt` (format described at its top) and parsed once per process.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::config::catalogue::{Catalogue, Property};

const NOTES: &str = include_str!("notes.txt");

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Note {
    pub effect: Option<String>,
    pub tradeoff: Option<String>,
    pub failure: Option<String>,
    pub related: Vec<String>,
    pub java: Option<String>,
    /// For a deprecated property: what to use instead.
    pub replace: Option<String>,
}

impl Note {
    /// (label, text) pairs in the order they are shown.
    pub fn fields(&self) -> Vec<(&'static str, String)> {
        let mut v = Vec::new();
        let mut push = |label, t: &Option<String>| {
            if let Some(t) = t {
                v.push((label, t.clone()));
            }
        };
        push("effect", &self.effect);
        push("tradeoff", &self.tradeoff);
        push("failure", &self.failure);
        push("java", &self.java);
        push("replace", &self.replace);
        if !self.related.is_empty() {
            v.push(("related", self.related.join(", ")));
        }
        v
    }
}

/// Every note, keyed by the property name it is written under.
pub fn all() -> &'static HashMap<String, Note> {
    static PARSED: OnceLock<HashMap<String, Note>> = OnceLock::new();
    PARSED.get_or_init(|| parse(NOTES).unwrap_or_default())
}

/// The note for a row: written under its own name, its canonical name, or
/// another alias of it (notes use the spelling users type most).
pub fn for_property(cat: &Catalogue, p: &Property) -> Option<&'static Note> {
    let notes = all();
    notes
        .get(p.name)
        .or_else(|| notes.get(p.canonical()))
        .or_else(|| {
            cat.aliases(p.canonical(), p.scope)
                .into_iter()
                .find_map(|a| notes.get(a))
        })
}

/// Parse the notes format; errors name the line, for the unit test.
pub fn parse(text: &str) -> Result<HashMap<String, Note>, String> {
    let mut out: HashMap<String, Note> = HashMap::new();
    let mut current: Option<String> = None;
    let mut field: Option<&'static str> = None;
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            field = None;
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            if out.contains_key(name) {
                return Err(format!("line {n}: [{name}] appears twice"));
            }
            out.insert(name.to_string(), Note::default());
            current = Some(name.to_string());
            field = None;
            continue;
        }
        let Some(note) = current.as_ref().and_then(|c| out.get_mut(c)) else {
            return Err(format!("line {n}: text before the first [property]"));
        };
        if line.starts_with([' ', '\t']) {
            let Some(f) = field else {
                return Err(format!("line {n}: continuation without a field"));
            };
            append(note, f, line.trim());
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(format!("line {n}: expected `field: text`"));
        };
        let f = match key.trim() {
            "effect" => "effect",
            "tradeoff" => "tradeoff",
            "failure" => "failure",
            "related" => "related",
            "java" => "java",
            "replace" => "replace",
            other => return Err(format!("line {n}: unknown field {other}")),
        };
        field = Some(f);
        append(note, f, value.trim());
    }
    Ok(out)
}

fn append(note: &mut Note, field: &str, text: &str) {
    if field == "related" {
        note.related.extend(
            text.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from),
        );
        return;
    }
    let slot = match field {
        "effect" => &mut note.effect,
        "tradeoff" => &mut note.tradeoff,
        "failure" => &mut note.failure,
        "java" => &mut note.java,
        _ => &mut note.replace,
    };
    match slot {
        Some(s) => {
            s.push(' ');
            s.push_str(text);
        }
        None => *slot = Some(text.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The properties issue 5 asks notes for, at the least.
    const REQUIRED: &[&str] = &[
        "acks",
        "linger.ms",
        "batch.size",
        "batch.num.messages",
        "compression.type",
        "enable.idempotence",
        "max.in.flight.requests.per.connection",
        "message.timeout.ms",
        "request.timeout.ms",
        "retries",
        "retry.backoff.ms",
        "queue.buffering.max.messages",
        "queue.buffering.max.kbytes",
        "message.max.bytes",
        "partitioner",
        "sticky.partitioning.linger.ms",
        "transactional.id",
        "transaction.timeout.ms",
        "group.id",
        "group.instance.id",
        "session.timeout.ms",
        "heartbeat.interval.ms",
        "max.poll.interval.ms",
        "auto.offset.reset",
        "enable.auto.commit",
        "auto.commit.interval.ms",
        "enable.auto.offset.store",
        "isolation.level",
        "fetch.min.bytes",
        "fetch.wait.max.ms",
        "fetch.max.bytes",
        "max.partition.fetch.bytes",
        "queued.min.messages",
        "partition.assignment.strategy",
        "group.protocol",
        "security.protocol",
        "sasl.mechanisms",
        "ssl.ca.location",
        "client.id",
        "socket.keepalive.enable",
        "metadata.max.age.ms",
        "topic.metadata.refresh.interval.ms",
        "statistics.interval.ms",
        "debug",
    ];

    #[test]
    fn notes_file_parses() {
        parse(NOTES).unwrap();
        assert!(all().len() >= 40);
    }

    #[test]
    fn every_note_names_a_property_of_the_linked_library() {
        let cat = Catalogue::get();
        for (name, note) in all() {
            assert!(cat.find(name).is_some(), "note [{name}] names no property");
            for r in &note.related {
                assert!(cat.find(r).is_some(), "[{name}] relates to unknown {r}");
            }
        }
    }

    #[test]
    fn required_notes_are_complete() {
        for name in REQUIRED {
            let note = all()
                .get(*name)
                .unwrap_or_else(|| panic!("no note for {name}"));
            assert!(note.effect.is_some(), "{name}: effect");
            assert!(note.tradeoff.is_some(), "{name}: tradeoff");
            assert!(note.failure.is_some(), "{name}: failure");
            assert!(!note.related.is_empty(), "{name}: related");
        }
    }

    #[test]
    fn aliases_find_the_note_of_their_canonical_name() {
        let cat = Catalogue::get();
        let n = for_property(cat, cat.find("delivery.timeout.ms").unwrap()).unwrap();
        assert!(n.effect.as_deref().unwrap().contains("delivery.timeout.ms"));
        let acks = for_property(cat, cat.find("request.required.acks").unwrap()).unwrap();
        assert!(acks.effect.as_deref().unwrap().contains("replicas"));
    }

    #[test]
    fn format_errors_name_the_line() {
        assert_eq!(
            parse("[a]\nbogus: x").unwrap_err(),
            "line 2: unknown field bogus"
        );
        assert_eq!(
            parse("effect: x").unwrap_err(),
            "line 1: text before the first [property]"
        );
        let n = parse("[a]\neffect: one\n  two\nrelated: b, c").unwrap();
        assert_eq!(n["a"].effect.as_deref(), Some("one two"));
        assert_eq!(n["a"].related, vec!["b", "c"]);
    }
}
