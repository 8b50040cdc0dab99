//! `config-explain --import FILE`: a Java client .properties file turned
//! into librdkafka properties on stdout; what has no equivalent on stderr.

use std::path::Path;

use anyhow::Result;
use serde_json::{json, Value};

use crate::cli::{OutputFormat, Role};
use crate::config::catalogue::{is_sensitive, Catalogue};
use crate::config::{java_only, read_properties_entries, ClientSettings, Source};
use crate::exit_codes::ExitCode;
use crate::output::Out;
use crate::redacted::MASK;

/// A JAAS login line: `Module required key="value" ...;`.
pub struct Jaas {
    pub module: String,
    pub mechanism: Option<&'static str>,
    pub options: Vec<(String, String)>,
}

/// JAAS option -> librdkafka property.
const JAAS_OPTIONS: &[(&str, &str)] = &[
    ("username", "sasl.username"),
    ("password", "sasl.password"),
    ("keyTab", "sasl.kerberos.keytab"),
    ("principal", "sasl.kerberos.principal"),
    ("clientId", "sasl.oauthbearer.client.id"),
    ("clientSecret", "sasl.oauthbearer.client.secret"),
    ("scope", "sasl.oauthbearer.scope"),
];

impl Jaas {
    /// The librdkafka properties the options translate to.
    pub fn properties(&self) -> Vec<(&'static str, String)> {
        self.options
            .iter()
            .filter_map(|(k, v)| {
                JAAS_OPTIONS
                    .iter()
                    .find(|(o, _)| o == k)
                    .map(|(_, p)| (*p, v.clone()))
            })
            .collect()
    }

    /// Options with no librdkafka property (useKeyTab, storeKey, ...).
    fn unmapped(&self) -> Vec<&str> {
        self.options
            .iter()
            .map(|(k, _)| k.as_str())
            .filter(|k| !JAAS_OPTIONS.iter().any(|(o, _)| o == k))
            .collect()
    }
}

pub fn parse_jaas(line: &str) -> Jaas {
    let line = line.trim().trim_end_matches(';');
    let (mut module, mut rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
    // No class name first (`password="..." username="..."`): the options
    // start the line, and the first of them must not pass for a module.
    if module.contains(['=', '"', '\'']) {
        (module, rest) = ("", line);
    }
    let mechanism = match module.rsplit('.').next().unwrap_or("") {
        "PlainLoginModule" => Some("PLAIN"),
        "OAuthBearerLoginModule" => Some("OAUTHBEARER"),
        "Krb5LoginModule" => Some("GSSAPI"),
        // SCRAM-SHA-256 or -512: only sasl.mechanism says which.
        _ => None,
    };
    let mut options = Vec::new();
    rest = rest.trim_start();
    for flag in ["required", "requisite", "sufficient", "optional"] {
        if let Some(r) = rest.strip_prefix(flag) {
            rest = r;
        }
    }
    let mut chars = rest.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace() || *c == ';').is_some() {}
        let key: String =
            std::iter::from_fn(|| chars.next_if(|c| *c != '=' && !c.is_whitespace())).collect();
        if key.is_empty() || chars.next() != Some('=') {
            break;
        }
        let mut value = String::new();
        // Java's JAAS parser takes either quote.
        if let Some(q) = chars.next_if(|c| *c == '"' || *c == '\'') {
            while let Some(c) = chars.next() {
                match c {
                    '\\' => value.extend(chars.next()),
                    c if c == q => break,
                    c => value.push(c),
                }
            }
        } else {
            value.extend(std::iter::from_fn(|| {
                chars.next_if(|c| !c.is_whitespace() && *c != ';')
            }));
        }
        options.push((key, value));
    }
    Jaas {
        module: module.to_string(),
        mechanism,
        options,
    }
}

/// `org.example.LoginModule`: dotted Java identifiers.
fn is_class_name(s: &str) -> bool {
    s.contains('.')
        && s.split('.').all(|part| {
            part.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        })
}

/// One output property and the Java line it came from.
struct Translated {
    key: String,
    value: String,
    from_key: String,
    line: usize,
}

struct Unmapped {
    key: String,
    line: usize,
    why: String,
}

#[derive(Default)]
struct Import {
    props: Vec<Translated>,
    unmapped: Vec<Unmapped>,
    /// Java defaults that differ from librdkafka's: (key, Java's value, why).
    java_defaults: Vec<(&'static str, &'static str, &'static str)>,
}

pub fn run(path: &Path, role: Option<Role>, output: OutputFormat) -> Result<ExitCode> {
    let entries = read_properties_entries(path)?;
    let imp = translate(
        &entries
            .iter()
            .map(|e| (e.key.as_str(), e.value.as_str(), e.line))
            .collect::<Vec<_>>(),
        role,
    );
    let mut out = Out::new();
    let text = match output {
        OutputFormat::Json => {
            serde_json::to_string_pretty(&import_json(&imp)).unwrap_or_default() + "\n"
        }
        OutputFormat::Text => render(&imp, path),
    };
    out.write_all(text.as_bytes());
    out.flush();
    for u in &imp.unmapped {
        eprintln!(
            "klar: import: {} ({}:{}) has no librdkafka equivalent: {}",
            u.key,
            path.display(),
            u.line,
            u.why
        );
    }
    Ok(ExitCode::Success)
}

fn translate(entries: &[(&str, &str, usize)], role: Option<Role>) -> Import {
    let cat = Catalogue::get();
    let mut imp = Import::default();
    let get = |k: &str| entries.iter().rev().find(|e| e.0 == k).map(|e| e.1);
    let push = |imp: &mut Import, key: &str, value: String, from: &str, line: usize| {
        imp.props.push(Translated {
            key: key.to_string(),
            value,
            from_key: from.to_string(),
            line,
        })
    };
    let unmapped = |imp: &mut Import, key: &str, line: usize, why: String| {
        imp.unmapped.push(Unmapped {
            key: key.to_string(),
            line,
            why,
        })
    };
    for &(key, value, line) in entries {
        match key {
            "sasl.jaas.config" => {
                let jaas = parse_jaas(value);
                if get("sasl.mechanism").is_none() {
                    match jaas.mechanism {
                        Some(m) => push(&mut imp, "sasl.mechanisms", m.into(), key, line),
                        None => unmapped(
                            &mut imp,
                            key,
                            line,
                            // Named only when it looks like a Java class: what
                            // stands first may be a secret pasted alone.
                            if is_class_name(&jaas.module) {
                                format!(
                                    "cannot tell the SASL mechanism from {}; set sasl.mechanisms",
                                    jaas.module
                                )
                            } else {
                                "names no login module class (such as \
                                 org.apache.kafka.common.security.plain.PlainLoginModule); set \
                                 sasl.mechanisms"
                                    .to_string()
                            },
                        ),
                    }
                }
                for (p, v) in jaas.properties() {
                    push(&mut imp, p, v, key, line);
                }
                for o in jaas.unmapped() {
                    unmapped(
                        &mut imp,
                        key,
                        line,
                        format!("JAAS option {o} has no librdkafka property"),
                    );
                }
            }
            "ssl.truststore.location" if get("ssl.truststore.type").unwrap_or("JKS") == "PEM" => {
                push(&mut imp, "ssl.ca.location", value.into(), key, line)
            }
            "ssl.truststore.location" => unmapped(
                &mut imp,
                key,
                line,
                format!(
                    "librdkafka reads CA certificates from PEM (ssl.ca.location): export them with \
                     `keytool -exportcert -rfc -keystore {value} -alias ALIAS > ca.pem`"
                ),
            ),
            "ssl.keystore.location" if get("ssl.keystore.type").unwrap_or("JKS") != "PKCS12" => {
                unmapped(
                    &mut imp,
                    key,
                    line,
                    format!(
                        "librdkafka reads a PKCS#12 keystore: convert it with `keytool \
                         -importkeystore -srckeystore {value} -destkeystore client.p12 \
                         -deststoretype PKCS12` and set ssl.keystore.location"
                    ),
                )
            }
            // Read by the two rules above to translate the locations.
            "ssl.truststore.type" | "ssl.keystore.type" => {}
            // A secret with no place in librdkafka, listed like any other
            // key without a property (its value never shown).
            "ssl.truststore.password" => unmapped(
                &mut imp,
                key,
                line,
                "librdkafka has no truststore: see ssl.truststore.location".to_string(),
            ),
            "max.request.size" => push(&mut imp, "message.max.bytes", value.into(), key, line),
            "fetch.max.wait.ms" => push(&mut imp, "fetch.wait.max.ms", value.into(), key, line),
            // Java's -1 is the system's default, librdkafka's 0.
            "send.buffer.bytes" | "receive.buffer.bytes" => {
                let v = if value.trim() == "-1" { "0" } else { value };
                push(&mut imp, &format!("socket.{key}"), v.into(), key, line)
            }
            "partition.assignment.strategy" => match assignors(value) {
                Ok(names) => push(&mut imp, key, names, key, line),
                Err(why) => unmapped(&mut imp, key, line, why),
            },
            "buffer.memory" => match value.trim().parse::<u64>() {
                Ok(b) => push(
                    &mut imp,
                    "queue.buffering.max.kbytes",
                    b.div_ceil(1024).max(1).to_string(),
                    key,
                    line,
                ),
                Err(_) => unmapped(
                    &mut imp,
                    key,
                    line,
                    format!("{value:?} is not a byte count"),
                ),
            },
            "partitioner.class"
                if value.is_empty()
                    || value.ends_with(".DefaultPartitioner")
                    || value.ends_with(".BuiltInPartitioner") =>
            {
                push(&mut imp, "partitioner", "murmur2_random".into(), key, line)
            }
            "ssl.endpoint.identification.algorithm" if value.trim().is_empty() => {
                push(&mut imp, key, "none".into(), key, line)
            }
            _ if cat.find(key).is_some() => push(&mut imp, key, value.into(), key, line),
            _ => {
                let why = match java_only(key) {
                    Some((hint, _)) => hint.to_string(),
                    None => match cat.suggest(key) {
                        Some(s) => format!("librdkafka does not know it (did you mean {s}?)"),
                        None => "librdkafka does not know it".into(),
                    },
                };
                unmapped(&mut imp, key, line, why);
            }
        }
    }
    check_values(&mut imp);
    java_defaults(&mut imp, entries, role);
    imp
}

/// Java's assignor classes as librdkafka's names (`range`, `roundrobin`,
/// `cooperative-sticky`); librdkafka's own names pass as they are.
fn assignors(value: &str) -> Result<String, String> {
    let names = value
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| match c.rsplit('.').next().unwrap_or(c) {
            "RangeAssignor" | "range" => Ok("range"),
            "RoundRobinAssignor" | "roundrobin" => Ok("roundrobin"),
            "CooperativeStickyAssignor" | "cooperative-sticky" => Ok("cooperative-sticky"),
            other => Err(format!(
                "librdkafka has no {other} (its assignors: range, roundrobin, cooperative-sticky)"
            )),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(names.join(","))
}

/// Values librdkafka itself refuses move from the output to the unmapped list.
fn check_values(imp: &mut Import) {
    let entries = imp
        .props
        .iter()
        .map(|t| (t.key.clone(), t.value.clone(), Source::Override))
        .collect();
    let (_, rejected) = ClientSettings::from_entries_lenient(entries);
    for r in rejected {
        if let Some(i) = imp.props.iter().position(|t| t.key == r.key) {
            let t = imp.props.remove(i);
            let why = r.message.replace(" (-X)", "");
            imp.unmapped.push(Unmapped {
                key: t.from_key,
                line: t.line,
                why,
            });
        }
    }
}

fn java_defaults(imp: &mut Import, entries: &[(&str, &str, usize)], role: Option<Role>) {
    let cat = Catalogue::get();
    let has = |k: &str| entries.iter().any(|e| e.0 == k);
    let set = |k: &str| {
        let canonical = cat.canonical(k).unwrap_or(k);
        imp.props
            .iter()
            .any(|t| cat.canonical(&t.key).unwrap_or(&t.key) == canonical)
    };
    let of_role = |r: &str| {
        entries
            .iter()
            .any(|e| cat.find(e.0).is_some_and(|p| p.role() == r))
    };
    let producer = role == Some(Role::Producer)
        || (role.is_none()
            && (has("key.serializer") || has("value.serializer") || of_role("producer")));
    let consumer = role == Some(Role::Consumer)
        || (role.is_none()
            && (has("key.deserializer") || has("value.deserializer") || of_role("consumer")));
    let mut d = Vec::new();
    if producer && !set("partitioner") {
        d.push((
            "partitioner",
            "murmur2_random",
            "Java hashes keys with murmur2; librdkafka's consistent_random puts the same key in \
             another partition",
        ));
    }
    // Java turns idempotence off by itself only for acks 0 or 1.
    let weak_acks = entries
        .iter()
        .rev()
        .find(|e| e.0 == "acks")
        .is_some_and(|e| matches!(e.1.trim(), "0" | "1"));
    if producer && !set("enable.idempotence") && !weak_acks {
        d.push((
            "enable.idempotence",
            "true",
            "the Java producer is idempotent by default since Kafka 3.0; librdkafka is not",
        ));
    }
    if consumer && !set("isolation.level") {
        d.push((
            "isolation.level",
            "read_uncommitted",
            "the Java consumer reads uncommitted records by default; librdkafka reads committed only",
        ));
    }
    imp.java_defaults = d;
}

/// A value as a .properties file must spell it.
fn escape(v: &str) -> String {
    let mut s = String::new();
    for (i, c) in v.chars().enumerate() {
        match c {
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            ' ' if i == 0 => s.push_str("\\ "),
            c => s.push(c),
        }
    }
    s
}

fn render(imp: &Import, path: &Path) -> String {
    let mut s = format!(
        "# librdkafka properties translated by klar config-explain --import from {}\n",
        path.display()
    );
    let mut last_from = None;
    for t in &imp.props {
        if t.from_key != t.key && last_from != Some((&t.from_key, t.line)) {
            s.push_str(&format!("# from {} (line {}):\n", t.from_key, t.line));
        }
        last_from = Some((&t.from_key, t.line));
        if is_sensitive(&t.key) {
            s.push_str(&format!(
                "# {}={MASK}   (secret: write it here, or set {}{})\n",
                t.key,
                crate::config::ENV_PREFIX,
                crate::config::env_name(&t.key)
            ));
        } else {
            s.push_str(&format!("{}={}\n", t.key, escape(&t.value)));
        }
    }
    if !imp.java_defaults.is_empty() {
        s.push_str("\n# Java client defaults that differ from librdkafka's; uncomment to keep Java's behaviour:\n");
        for (k, v, why) in &imp.java_defaults {
            s.push_str(&format!("# {why}\n#{k}={v}\n"));
        }
    }
    s
}

fn import_json(imp: &Import) -> Value {
    let props: Vec<Value> = imp
        .props
        .iter()
        .map(|t| {
            let value = if is_sensitive(&t.key) {
                MASK.to_string()
            } else {
                t.value.clone()
            };
            json!({"key": t.key, "value": value, "from_key": t.from_key, "line": t.line})
        })
        .collect();
    let unmapped: Vec<Value> = imp
        .unmapped
        .iter()
        .map(|u| json!({"key": u.key, "line": u.line, "why": u.why}))
        .collect();
    let defaults: Vec<Value> = imp
        .java_defaults
        .iter()
        .map(|(k, v, why)| json!({"key": k, "java_value": v, "why": why}))
        .collect();
    json!({"properties": props, "unmapped": unmapped, "java_defaults": defaults})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jaas_plain_and_scram() {
        let j = parse_jaas(
            "org.apache.kafka.common.security.plain.PlainLoginModule required \
             username=\"alice\" password=\"p=a\\\"ss;word\";",
        );
        assert_eq!(j.mechanism, Some("PLAIN"));
        assert_eq!(
            j.properties(),
            vec![
                ("sasl.username", "alice".to_string()),
                ("sasl.password", "p=a\"ss;word".to_string())
            ]
        );
        let j = parse_jaas(
            "org.apache.kafka.common.security.scram.ScramLoginModule required username=bob password=x;",
        );
        assert_eq!(j.mechanism, None);
        assert_eq!(j.properties()[0], ("sasl.username", "bob".to_string()));
        let j = parse_jaas("x.PlainLoginModule required username='k' password='a\"b';");
        assert_eq!(j.properties()[1], ("sasl.password", "a\"b".to_string()));
    }

    #[test]
    fn jaas_kerberos() {
        let j = parse_jaas(
            "com.sun.security.auth.module.Krb5LoginModule required useKeyTab=true \
             storeKey=true keyTab=\"/etc/k.keytab\" principal=\"kafka/h@REALM\";",
        );
        assert_eq!(j.mechanism, Some("GSSAPI"));
        assert_eq!(
            j.properties(),
            vec![
                ("sasl.kerberos.keytab", "/etc/k.keytab".to_string()),
                ("sasl.kerberos.principal", "kafka/h@REALM".to_string())
            ]
        );
        assert_eq!(j.unmapped(), vec!["useKeyTab", "storeKey"]);
    }

    #[test]
    fn jaas_targets_exist() {
        let cat = Catalogue::get();
        for (_, p) in JAAS_OPTIONS {
            assert!(cat.find(p).is_some(), "{p}");
        }
    }

    #[test]
    fn translations() {
        let imp = translate(
            &[
                ("max.request.size", "2097152", 1),
                ("buffer.memory", "33554432", 2),
                ("fetch.max.wait.ms", "100", 3),
                (
                    "partitioner.class",
                    "org.apache.kafka.clients.producer.internals.DefaultPartitioner",
                    4,
                ),
                ("ssl.endpoint.identification.algorithm", "", 5),
                ("ssl.truststore.type", "PEM", 6),
                ("ssl.truststore.location", "/ca.pem", 7),
                ("acks", "all", 8),
            ],
            None,
        );
        let got: Vec<(&str, &str)> = imp
            .props
            .iter()
            .map(|t| (t.key.as_str(), t.value.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("message.max.bytes", "2097152"),
                ("queue.buffering.max.kbytes", "32768"),
                ("fetch.wait.max.ms", "100"),
                ("partitioner", "murmur2_random"),
                ("ssl.endpoint.identification.algorithm", "none"),
                ("ssl.ca.location", "/ca.pem"),
                ("acks", "all"),
            ]
        );
        assert!(
            imp.unmapped.is_empty(),
            "{:?}",
            imp.unmapped.iter().map(|u| &u.why).collect::<Vec<_>>()
        );
    }

    #[test]
    fn escaping() {
        assert_eq!(escape(" a\\b\nc"), "\\ a\\\\b\\nc");
    }
}
