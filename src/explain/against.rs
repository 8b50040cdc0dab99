//! `config-explain --lint --topic T`: the configuration read against what
//! the cluster says about topic T and one of its brokers. Some limits are
//! the broker's (a topic's max.message.bytes and min.insync.replicas, the
//! session and transaction timeouts a broker accepts): a client value
//! passes them or breaks them, and only the cluster can say which.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use anyhow::Result;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::producer::{BaseProducer, Producer};
use rdkafka::types::RDKafkaRespErr;

use super::lint::{Finding, Severity};
use crate::cluster::api::{config_source_name, Admin, AdminContext, Api, Brokers, ResourceKind};
use crate::config::catalogue::Scope;
use crate::config::effective::{ClientKind, Effective};
use crate::config::{ClientSettings, Source};
use crate::logging::{client_name, KlarContext};

/// A config entry as the cluster gave it, with Kafka's name for its source.
#[derive(Debug, Clone)]
struct Entry {
    value: String,
    source: &'static str,
}

/// Why a resource's configs were not read; `timed_out` when the cluster
/// did not answer within --timeout, which ends the run with exit 3.
#[derive(Debug, Clone)]
struct Unread {
    why: String,
    timed_out: bool,
}

impl Unread {
    fn because(why: impl Into<String>) -> Unread {
        Unread {
            why: why.into(),
            timed_out: false,
        }
    }
}

/// The configs of one resource, or why they could not be read.
type Configs = std::result::Result<BTreeMap<String, Entry>, Unread>;

#[derive(Debug)]
enum Presence {
    /// Replica and in-sync replica counts of each partition, by id.
    Exists(Vec<(i32, usize, usize)>),
    Missing,
    /// The cluster answered with another error for the topic.
    Unknown(String),
}

/// What the cluster says about one topic, and about the broker whose
/// configs stand for the cluster's.
pub struct Facts {
    topic: String,
    presence: Presence,
    topic_configs: Configs,
    broker: Option<i32>,
    broker_configs: Configs,
}

impl Facts {
    /// A request for these facts got no answer within --timeout.
    pub fn timed_out(&self) -> Option<&str> {
        [&self.topic_configs, &self.broker_configs]
            .into_iter()
            .find_map(|c| match c {
                Err(u) if u.timed_out => Some(u.why.as_str()),
                _ => None,
            })
    }
}

/// Connects with the configuration's brokers and security settings only,
/// and reads metadata and configs for each topic. One --timeout bounds
/// every request together, not each one.
pub fn gather(
    settings: &ClientSettings,
    topics: &[String],
    timeout: Duration,
) -> Result<Vec<Facts>> {
    let deadline = Instant::now() + timeout;
    let generic = settings.generic_only();
    let ctx = AdminContext(KlarContext::new(settings.secrets()));
    // A metadata request for a missing topic must never create it.
    let client: BaseProducer<AdminContext> = generic.create_with(
        RDKafkaLogLevel::Warning,
        ctx,
        "admin client",
        &[("allow.auto.create.topics", "false")],
    )?;
    client
        .context()
        .0
        .set_name(client_name(client.client().native_ptr()));
    let mut admin = Admin::new(client, timeout, false);
    let started = Instant::now();
    let brokers = admin.brokers().map_err(|e| {
        crate::cluster::no_answer(
            admin.client().client(),
            &generic,
            timeout,
            started,
            &e.with_hint(),
        )
    })?;
    let broker = stand_in(&brokers);
    let broker_configs = match broker {
        Some(id) => read_configs(&mut admin, deadline, ResourceKind::Broker, &id.to_string()),
        None => Err(Unread::because("the cluster listed no broker")),
    };
    let controller_missing = controller_missing(&brokers);
    let mut out = Vec::new();
    for (i, t) in topics.iter().enumerate() {
        if topics[..i].contains(t) {
            continue;
        }
        let presence = presence(&admin, t, deadline, timeout)?;
        let topic_configs = match (&presence, &controller_missing) {
            (Presence::Missing, _) => Err(Unread::because("the topic does not exist")),
            (_, Some(why)) => Err(Unread::because(why.clone())),
            _ => read_configs(&mut admin, deadline, ResourceKind::Topic, t),
        };
        out.push(Facts {
            topic: t.clone(),
            presence,
            topic_configs,
            broker,
            broker_configs: broker_configs.clone(),
        });
    }
    Ok(out)
}

/// The broker whose configs are read: the controller when it is one of
/// the listed brokers, else the lowest id. Brokers of one cluster mostly
/// share their static configs; the finding names the broker it read.
fn stand_in(b: &Brokers) -> Option<i32> {
    if b.brokers.iter().any(|x| x.0 == b.controller) {
        return Some(b.controller);
    }
    b.brokers.iter().map(|x| x.0).min()
}

/// Why a topic's DescribeConfigs is not sent: it goes to the controller.
fn controller_missing(b: &Brokers) -> Option<String> {
    (!b.controller_reachable(Api::DescribeConfigs)).then(|| {
        format!(
            "{} needs the controller, and the cluster names controller {}, which is not \
             one of its brokers (librdkafka's mock cluster does this)",
            Api::DescribeConfigs.name(),
            b.controller
        )
    })
}

fn presence(admin: &Admin, topic: &str, deadline: Instant, timeout: Duration) -> Result<Presence> {
    let left = deadline.saturating_duration_since(Instant::now());
    let md = admin
        .client()
        .client()
        .fetch_metadata(Some(topic), left.max(Duration::from_millis(1)))
        .map_err(|e| {
            crate::exit_codes::unreachable(format!(
                "no metadata for topic {topic} within {}: {}",
                humantime::format_duration(timeout),
                crate::kafka_error::describe(&e)
            ))
        })?;
    let Some(t) = md.topics().iter().find(|t| t.name() == topic) else {
        return Ok(Presence::Unknown(
            "the metadata answer did not list it".into(),
        ));
    };
    Ok(match t.error() {
        Some(RDKafkaRespErr::RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART) => Presence::Missing,
        Some(e) => Presence::Unknown(crate::kafka_error::raw_code_name(e as i32)),
        None => Presence::Exists(
            t.partitions()
                .iter()
                .map(|p| (p.id(), p.replicas().len(), p.isr().len()))
                .collect(),
        ),
    })
}

fn read_configs(admin: &mut Admin, deadline: Instant, kind: ResourceKind, name: &str) -> Configs {
    let what = format!("DescribeConfigs for {} {name}", kind.as_str());
    let left = deadline.saturating_duration_since(Instant::now());
    if left.is_zero() {
        return Err(Unread {
            why: format!("{what}: not asked, --timeout was spent"),
            timed_out: true,
        });
    }
    admin.set_timeout(left);
    let mut results = admin
        .describe_configs(kind, &[name.to_string()])
        .map_err(|e| {
            let timed_out = e
                .downcast_ref::<crate::cluster::api::AdminError>()
                .is_some_and(|a| a.timed_out());
            Unread {
                why: format!("{what}: {e}"),
                timed_out,
            }
        })?;
    let r = results
        .pop()
        .ok_or_else(|| Unread::because(format!("{what}: the cluster returned no configs")))?;
    if let Some(e) = r.error {
        return Err(Unread {
            timed_out: e.timed_out(),
            why: format!("{what}: {e}"),
        });
    }
    Ok(r.entries
        .into_iter()
        .filter_map(|e| {
            let value = e.value?;
            Some((
                e.name,
                Entry {
                    value,
                    source: config_source_name(e.source),
                },
            ))
        })
        .collect())
}

/// One line per topic for stderr: what was read, and what could not be.
pub fn describe(f: &Facts) -> Vec<String> {
    let mut lines = Vec::new();
    let t = &f.topic;
    match &f.presence {
        Presence::Exists(parts) => {
            let rf = parts.iter().map(|p| p.1).min().unwrap_or(0);
            lines.push(format!(
                "topic {t}: {} partition(s), replication factor {rf}",
                parts.len()
            ));
        }
        Presence::Missing => lines.push(format!("topic {t}: does not exist")),
        Presence::Unknown(why) => lines.push(format!("topic {t}: metadata: {why}")),
    }
    if let (Err(u), false) = (&f.topic_configs, matches!(f.presence, Presence::Missing)) {
        lines.push(format!("topic {t}: its configs were not read: {}", u.why));
    }
    lines
}

/// The broker configs are read once for all topics: said once.
pub fn broker_note(f: &Facts) -> Option<String> {
    match (&f.broker_configs, f.broker) {
        (Err(u), _) => Some(format!("broker configs were not read: {}", u.why)),
        (Ok(_), Some(id)) => Some(format!("broker {id}: its configs were read")),
        (Ok(_), None) => None,
    }
}

/// The client's side of each check: values in force, and where they came
/// from.
struct Client<'a> {
    settings: &'a ClientSettings,
    eff: &'a Effective,
}

impl Client<'_> {
    fn value(&self, scope: Scope, canonical: &str) -> String {
        self.eff
            .value(scope, canonical)
            .unwrap_or_default()
            .to_string()
    }

    fn num(&self, scope: Scope, canonical: &str) -> Option<i64> {
        self.value(scope, canonical).trim().parse().ok()
    }

    fn finding(
        &self,
        severity: Severity,
        name: &str,
        scope: Scope,
        canonical: &str,
        why: String,
        fix: String,
    ) -> Finding {
        let set = self.settings.get_scoped(canonical, scope);
        let source = match set {
            Some(s) => Some(s.source.clone()),
            None if self.eff.is_derived(scope, canonical) => Some(Source::Derived),
            None => None,
        };
        Finding {
            topic: None,
            severity,
            key: set.map_or_else(|| name.to_string(), |s| s.typed.clone()),
            source,
            why,
            fix,
        }
    }
}

/// A cluster value for a check: the topic's, else the broker's default for
/// topics (`broker_name`), with where it came from for the message.
struct Limit {
    value: String,
    said: String,
}

fn topic_value(f: &Facts, name: &str, broker_name: &str) -> Option<Limit> {
    if let Ok(c) = &f.topic_configs {
        if let Some(e) = c.get(name) {
            return Some(Limit {
                value: e.value.clone(),
                said: format!(
                    "topic {}'s {name}={} ({} config)",
                    f.topic, e.value, e.source
                ),
            });
        }
    }
    broker_value(f, broker_name).map(|l| Limit {
        said: format!("{} (topic {} sets no {name})", l.said, f.topic),
        ..l
    })
}

fn broker_value(f: &Facts, name: &str) -> Option<Limit> {
    let (Ok(c), Some(id)) = (&f.broker_configs, f.broker) else {
        return None;
    };
    c.get(name).map(|e| Limit {
        value: e.value.clone(),
        said: format!("broker {id}'s {name}={} ({} config)", e.value, e.source),
    })
}

/// `topic_value`, or a note in `skipped` that the check of `what` was not
/// made.
fn topic_limit(
    f: &Facts,
    name: &str,
    broker_name: &str,
    what: &str,
    skipped: &mut Vec<String>,
) -> Option<Limit> {
    let l = topic_value(f, name, broker_name);
    if l.is_none() {
        skipped.push(format!(
            "topic {}: {what} against {name} (the cluster did not give it)",
            f.topic
        ));
    }
    l
}

fn parse(l: &Limit) -> Option<i64> {
    l.value.trim().parse().ok()
}

/// The checks a configuration gets against the facts of one topic, and the
/// checks the facts were too thin to make (for stderr).
pub fn check(settings: &ClientSettings, eff: &Effective, f: &Facts) -> (Vec<Finding>, Vec<String>) {
    let c = Client { settings, eff };
    let (mut v, skipped) = checks(&c, f);
    for x in &mut v {
        x.topic = Some(f.topic.clone());
    }
    (v, skipped)
}

fn checks(c: &Client<'_>, f: &Facts) -> (Vec<Finding>, Vec<String>) {
    let mut v = Vec::new();
    let mut skipped = Vec::new();
    let t = &f.topic;
    match &f.presence {
        Presence::Missing => {
            missing_topic(c, f, &mut v);
            return (v, skipped);
        }
        Presence::Unknown(_) => {
            skipped.push(format!(
                "topic {t}: every check (its metadata is not known)"
            ));
            return (v, skipped);
        }
        Presence::Exists(_) => {}
    }
    if c.eff.kind == ClientKind::Producer {
        replicas(c, f, &mut v, &mut skipped);
        sizes(c, f, &mut v, &mut skipped);
        compression(c, f, &mut v, &mut skipped);
        transaction_timeout(c, f, &mut v, &mut skipped);
    } else {
        fetch_size(c, f, &mut v, &mut skipped);
        session_timeout(c, f, &mut v, &mut skipped);
    }
    (v, skipped)
}

fn missing_topic(c: &Client<'_>, f: &Facts, v: &mut Vec<Finding>) {
    let t = &f.topic;
    let kind = c.eff.kind.as_str();
    let asks = c.value(Scope::Global, "allow.auto.create.topics") == "true";
    let broker = broker_value(f, "auto.create.topics.enable");
    let fails = if c.eff.kind == ClientKind::Producer {
        "records for it are not delivered"
    } else {
        "consuming it fails with UNKNOWN_TOPIC_OR_PART"
    };
    let (severity, why) = match (&broker, asks) {
        (_, false) => (
            Severity::Error,
            format!(
                "topic {t} does not exist, and this {kind} does not ask the broker to create \
                 topics (allow.auto.create.topics=false): {fails}"
            ),
        ),
        (Some(l), true) if l.value == "true" => {
            let defaults: Vec<String> = ["num.partitions", "default.replication.factor"]
                .iter()
                .filter_map(|n| broker_value(f, n).map(|l| format!("{n}={}", l.value)))
                .collect();
            (
                Severity::Warning,
                format!(
                    "topic {t} does not exist; the {kind}'s first metadata request for it makes \
                     the broker create it ({}), with the broker's defaults{}",
                    l.said,
                    if defaults.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", defaults.join(", "))
                    }
                ),
            )
        }
        (Some(l), true) => (
            Severity::Error,
            format!(
                "topic {t} does not exist, and the broker does not create topics ({}): {fails}",
                l.said
            ),
        ),
        // The broker may create it, or not: not known, so not an error.
        (None, true) => (
            Severity::Warning,
            format!(
                "topic {t} does not exist; this {kind} asks the broker to create it, which the \
                 broker does only with auto.create.topics.enable=true, a setting it did not \
                 give: if it does not, {fails}"
            ),
        ),
    };
    v.push(c.finding(
        severity,
        "allow.auto.create.topics",
        Scope::Global,
        "allow.auto.create.topics",
        why,
        format!(
            "create it with the partitions and configs it needs (klar admin topic create {t} \
             -p N -r N), or check its name"
        ),
    ));
}

/// What librdkafka does with a write refused with NOT_ENOUGH_REPLICAS, a
/// retriable error.
fn retried(c: &Client<'_>) -> String {
    let timeout = c.value(Scope::Topic, "message.timeout.ms");
    if c.num(Scope::Global, "message.send.max.retries") == Some(0) {
        "which with retries=0 fails each record at once".into()
    } else if timeout.trim() == "0" {
        "which librdkafka retries without end (message.timeout.ms=0 sets no limit)".into()
    } else {
        format!(
            "which librdkafka retries until message.timeout.ms ({timeout} ms) and then reports \
             as _MSG_TIMED_OUT"
        )
    }
}

fn acks_name(acks: i64) -> String {
    match acks {
        -1 => "all".into(),
        n => n.to_string(),
    }
}

fn replicas(c: &Client<'_>, f: &Facts, v: &mut Vec<Finding>, skipped: &mut Vec<String>) {
    let Presence::Exists(parts) = &f.presence else {
        return;
    };
    let t = &f.topic;
    let Some(acks) = c.num(Scope::Topic, "request.required.acks") else {
        return;
    };
    let Some(min) = topic_limit(
        f,
        "min.insync.replicas",
        "min.insync.replicas",
        "acks",
        skipped,
    ) else {
        return;
    };
    let Some(min_n) = parse(&min) else {
        return;
    };
    // Other values fail every write whatever the topic (the lint of the
    // configuration alone says so).
    if !(-1..=1).contains(&acks) {
        return;
    }
    let rf = parts.iter().map(|p| p.1).min().unwrap_or(0);
    let retried = retried(c);
    let name = acks_name(acks);
    if acks == -1 && min_n > rf as i64 {
        v.push(c.finding(
            Severity::Error,
            "acks",
            Scope::Topic,
            "request.required.acks",
            format!(
                "acks={name}, and {} is more than the topic's replication factor {rf}: the broker \
                 refuses every write with NOT_ENOUGH_REPLICAS, {retried}",
                min.said
            ),
            format!(
                "lower the topic's min.insync.replicas to {rf} or less (klar admin config set \
                 topic {t} min.insync.replicas={rf}), or give the topic more replicas"
            ),
        ));
        return;
    }
    if acks == -1 {
        let short: Vec<String> = parts
            .iter()
            .filter(|p| (p.2 as i64) < min_n)
            .map(|p| format!("{} ({} in sync)", p.0, p.2))
            .collect();
        if !short.is_empty() {
            v.push(c.finding(
                Severity::Warning,
                "acks",
                Scope::Topic,
                "request.required.acks",
                format!(
                    "acks={name}, and partition(s) {} of topic {t} have fewer in-sync replicas \
                     than {}: writes to them are refused with NOT_ENOUGH_REPLICAS until their \
                     replicas catch up, {retried}",
                    short.join(", "),
                    min.said
                ),
                format!(
                    "bring the lagging replicas back in sync (klar admin metadata -t {t} shows \
                     each partition's in-sync replicas)"
                ),
            ));
        }
        return;
    }
    if min_n > 1 {
        v.push(c.finding(
            Severity::Warning,
            "acks",
            Scope::Topic,
            "request.required.acks",
            format!(
                "acks={name}, and {}: the topic's guarantee holds for acks=all writes only; \
                 {} is lost if the leader fails before a follower copies it",
                min.said,
                if acks == 0 {
                    "an acks=0 write is not acknowledged at all, and"
                } else {
                    "an acks=1 write, acknowledged by the leader alone,"
                }
            ),
            "set acks=all if the topic's min.insync.replicas is meant for these writes".into(),
        ));
    }
}

fn sizes(c: &Client<'_>, f: &Facts, v: &mut Vec<Finding>, skipped: &mut Vec<String>) {
    let what = "batch.size and message.max.bytes";
    let Some(limit) = topic_limit(f, "max.message.bytes", "message.max.bytes", what, skipped)
    else {
        return;
    };
    let Some(max) = parse(&limit) else {
        return;
    };
    let (Some(batch), Some(message)) = (
        c.num(Scope::Global, "batch.size"),
        c.num(Scope::Global, "message.max.bytes"),
    ) else {
        return;
    };
    // A batch is capped by both batch.size and message.max.bytes.
    if batch.min(message) > max {
        v.push(c.finding(
            Severity::Warning,
            "batch.size",
            Scope::Global,
            "batch.size",
            format!(
                "librdkafka fills a batch up to {} bytes before compression (batch.size={batch}, \
                 message.max.bytes={message}), and {} is less: a full batch of small records \
                 is refused whole with MSG_SIZE_TOO_LARGE, which librdkafka does not retry",
                batch.min(message),
                limit.said
            ),
            format!("set batch.size to {max} or less"),
        ));
    }
    if message > max {
        v.push(c.finding(
            Severity::Warning,
            "message.max.bytes",
            Scope::Global,
            "message.max.bytes",
            format!(
                "a record of up to message.max.bytes={message} bytes passes the client, and {} \
                 is less: such a record is refused by the broker with MSG_SIZE_TOO_LARGE \
                 instead of failing at once in the client",
                limit.said
            ),
            if max >= 1000 {
                format!("set message.max.bytes to {max} or less")
            } else {
                // librdkafka takes no message.max.bytes below 1000.
                format!(
                    "message.max.bytes cannot go below 1000 (librdkafka's minimum): raise the \
                     topic's max.message.bytes to 1000 or more (klar admin config set topic {} \
                     max.message.bytes=1000), or keep records well under {max} bytes",
                    f.topic
                )
            },
        ));
    }
}

fn compression(c: &Client<'_>, f: &Facts, v: &mut Vec<Finding>, skipped: &mut Vec<String>) {
    let what = "compression.codec";
    let Some(stored) = topic_limit(f, "compression.type", "compression.type", what, skipped) else {
        return;
    };
    let topic_level = c.value(Scope::Topic, "compression.codec");
    let (sent, scope) = if topic_level.is_empty() || topic_level == "inherit" {
        (c.value(Scope::Global, "compression.codec"), Scope::Global)
    } else {
        (topic_level, Scope::Topic)
    };
    // Kafka calls no compression `uncompressed`; librdkafka calls it `none`.
    let sent_kafka = if sent == "none" {
        "uncompressed"
    } else {
        sent.as_str()
    };
    let wanted = stored.value.trim();
    if wanted == "producer" || wanted == sent_kafka {
        return;
    }
    v.push(c.finding(
        Severity::Warning,
        "compression.codec",
        scope,
        "compression.codec",
        format!(
            "the client sends batches {}, and {}: the broker {} every batch, at its own CPU's \
             cost",
            if sent == "none" {
                "uncompressed".to_string()
            } else {
                format!("compressed with {sent}")
            },
            stored.said,
            if wanted == "uncompressed" {
                "decompresses"
            } else if sent == "none" {
                "compresses"
            } else {
                "recompresses"
            }
        ),
        format!(
            "set {}compression.codec={} to send what the topic stores, or set the topic's \
             compression.type=producer to store what clients send",
            if scope == Scope::Topic { "topic." } else { "" },
            if wanted == "uncompressed" {
                "none"
            } else {
                wanted
            }
        ),
    ));
}

fn transaction_timeout(c: &Client<'_>, f: &Facts, v: &mut Vec<Finding>, skipped: &mut Vec<String>) {
    if c.settings.get("transactional.id").is_none() {
        return;
    }
    let Some(max) = broker_value(f, "transaction.max.timeout.ms") else {
        skipped.push(
            "transaction.timeout.ms against the broker's transaction.max.timeout.ms (the \
             cluster did not give it)"
                .into(),
        );
        return;
    };
    let (Some(mine), Some(limit)) = (c.num(Scope::Global, "transaction.timeout.ms"), parse(&max))
    else {
        return;
    };
    if mine > limit {
        v.push(c.finding(
            Severity::Error,
            "transaction.timeout.ms",
            Scope::Global,
            "transaction.timeout.ms",
            format!(
                "transaction.timeout.ms={mine} is above {}: the producer's first step \
                 (InitProducerId) fails with INVALID_TRANSACTION_TIMEOUT, and no transaction \
                 starts",
                max.said
            ),
            format!("set transaction.timeout.ms to {limit} or less"),
        ));
    }
}

fn fetch_size(c: &Client<'_>, f: &Facts, v: &mut Vec<Finding>, skipped: &mut Vec<String>) {
    let what = "receive.message.max.bytes";
    let Some(limit) = topic_limit(f, "max.message.bytes", "message.max.bytes", what, skipped)
    else {
        return;
    };
    let (Some(max), Some(receive)) = (
        parse(&limit),
        c.num(Scope::Global, "receive.message.max.bytes"),
    ) else {
        return;
    };
    // A fetch answer carries a batch the size the topic allows plus the
    // answer's own framing, for which librdkafka reserves 512 bytes.
    if max + 512 > receive {
        // librdkafka also wants receive.message.max.bytes at least
        // fetch.max.bytes + 512.
        let fetch = c.num(Scope::Global, "fetch.max.bytes").unwrap_or(0);
        let needed = (max + 512).max(fetch + 512);
        v.push(c.finding(
            Severity::Warning,
            "receive.message.max.bytes",
            Scope::Global,
            "receive.message.max.bytes",
            format!(
                "{} lets a batch be that large, and a fetch answer may be at most \
                 receive.message.max.bytes={receive} bytes: the fetch that brings such a batch \
                 fails (\"Invalid response size\") and the consumer cannot get past it",
                limit.said
            ),
            format!("set receive.message.max.bytes to {needed} or more"),
        ));
    }
}

fn session_timeout(c: &Client<'_>, f: &Facts, v: &mut Vec<Finding>, skipped: &mut Vec<String>) {
    let Some(group) = c.settings.value("group.id").map(str::to_string) else {
        return;
    };
    // With the KIP-848 protocol the broker sets the session timeout.
    if c.value(Scope::Global, "group.protocol") != "classic" {
        return;
    }
    let (Some(lo), Some(hi)) = (
        broker_value(f, "group.min.session.timeout.ms"),
        broker_value(f, "group.max.session.timeout.ms"),
    ) else {
        skipped.push(
            "session.timeout.ms against the broker's group.min.session.timeout.ms and \
             group.max.session.timeout.ms (the cluster did not give them)"
                .into(),
        );
        return;
    };
    let (Some(mine), Some(lo_n), Some(hi_n)) = (
        c.num(Scope::Global, "session.timeout.ms"),
        parse(&lo),
        parse(&hi),
    ) else {
        return;
    };
    if mine < lo_n || mine > hi_n {
        v.push(c.finding(
            Severity::Error,
            "session.timeout.ms",
            Scope::Global,
            "session.timeout.ms",
            format!(
                "session.timeout.ms={mine} is outside what the broker accepts ({} and {}): \
                 its JoinGroup is refused with INVALID_SESSION_TIMEOUT, and the consumer never \
                 joins group {group}",
                lo.said, hi.said
            ),
            format!("set session.timeout.ms between {lo_n} and {hi_n}"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn configs(pairs: &[(&str, &str)]) -> Configs {
        Ok(pairs
            .iter()
            .map(|(k, v)| {
                (
                    k.to_string(),
                    Entry {
                        value: v.to_string(),
                        source: "dynamic topic",
                    },
                )
            })
            .collect())
    }

    fn facts(presence: Presence, topic: &[(&str, &str)], broker: &[(&str, &str)]) -> Facts {
        Facts {
            topic: "t".into(),
            presence,
            topic_configs: configs(topic),
            broker: Some(1),
            broker_configs: configs(broker),
        }
    }

    fn run(pairs: &[(&str, &str)], kind: ClientKind, f: &Facts) -> (Vec<Finding>, Vec<String>) {
        let entries = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string(), Source::Override))
            .collect();
        let (s, rejected) = ClientSettings::from_entries_lenient(entries);
        assert!(rejected.is_empty(), "{rejected:?}");
        let eff = Effective::compute(&s, kind).unwrap();
        check(&s, &eff, f)
    }

    fn three_replicas(isr: &[usize]) -> Presence {
        Presence::Exists(
            isr.iter()
                .enumerate()
                .map(|(i, n)| (i as i32, 3, *n))
                .collect(),
        )
    }

    #[test]
    fn partitions_short_of_in_sync_replicas_are_named() {
        let f = facts(
            three_replicas(&[3, 1, 2]),
            &[("min.insync.replicas", "2")],
            &[],
        );
        let (v, skipped) = run(&[], ClientKind::Producer, &f);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].severity, Severity::Warning);
        assert!(
            v[0].why.starts_with(
                "acks=all, and partition(s) 1 (1 in sync) of topic t have fewer in-sync \
                 replicas than topic t's min.insync.replicas=2 (dynamic topic config)"
            ),
            "{}",
            v[0].why
        );
        // compression.type and max.message.bytes were not given.
        assert_eq!(skipped.len(), 2, "{skipped:?}");
    }

    #[test]
    fn acks_zero_is_said_unacknowledged() {
        let f = facts(three_replicas(&[3]), &[("min.insync.replicas", "2")], &[]);
        let (v, _) = run(&[("acks", "0")], ClientKind::Producer, &f);
        assert!(
            v[0].why
                .contains("an acks=0 write is not acknowledged at all, and is lost"),
            "{}",
            v[0].why
        );
    }

    #[test]
    fn the_brokers_default_stands_in_for_a_topic_config() {
        let f = facts(
            three_replicas(&[3]),
            &[],
            &[
                ("message.max.bytes", "500000"),
                ("min.insync.replicas", "1"),
                ("compression.type", "producer"),
            ],
        );
        let (v, skipped) = run(&[], ClientKind::Producer, &f);
        assert!(skipped.is_empty(), "{skipped:?}");
        let keys: Vec<&str> = v.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(keys, ["batch.size", "message.max.bytes"]);
        assert!(
            v[1].why.contains(
                "broker 1's message.max.bytes=500000 (dynamic topic config) (topic t sets no \
                 max.message.bytes)"
            ),
            "{}",
            v[1].why
        );
    }

    #[test]
    fn compression_per_topic_and_decompression() {
        let f = facts(
            three_replicas(&[3]),
            &[("compression.type", "uncompressed")],
            &[],
        );
        // A topic-level codec is what the client sends for the topic.
        let (v, _) = run(
            &[
                ("compression.codec", "none"),
                ("topic.compression.codec", "lz4"),
            ],
            ClientKind::Producer,
            &f,
        );
        let c: Vec<&Finding> = v.iter().filter(|f| f.key.contains("compression")).collect();
        assert_eq!(c.len(), 1, "{v:?}");
        assert!(
            c[0].why
                .starts_with("the client sends batches compressed with lz4")
                && c[0].why.contains("the broker decompresses every batch"),
            "{}",
            c[0].why
        );
        // The property in force is the topic-level one: it is named.
        assert_eq!(c[0].key, "topic.compression.codec");
        assert_eq!(
            c[0].fix,
            "set topic.compression.codec=none to send what the topic stores, or set the \
             topic's compression.type=producer to store what clients send"
        );
        // The same codec on both sides is no finding.
        let (v, _) = run(&[], ClientKind::Producer, &f);
        assert!(v.iter().all(|f| !f.key.contains("compression")), "{v:?}");
    }

    #[test]
    fn a_topic_the_broker_creates_is_a_warning_with_its_defaults() {
        let f = facts(
            Presence::Missing,
            &[],
            &[
                ("auto.create.topics.enable", "true"),
                ("num.partitions", "3"),
                ("default.replication.factor", "2"),
            ],
        );
        let (v, _) = run(&[], ClientKind::Producer, &f);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].severity, Severity::Warning);
        assert_eq!(
            v[0].why,
            "topic t does not exist; the producer's first metadata request for it makes the \
             broker create it (broker 1's auto.create.topics.enable=true (dynamic topic \
             config)), with the broker's defaults (num.partitions=3, \
             default.replication.factor=2)"
        );
        assert_eq!(v[0].topic.as_deref(), Some("t"));
        // A broker that did not say: a warning, for it may.
        let unsaid = facts(Presence::Missing, &[], &[]);
        let (v, _) = run(&[], ClientKind::Producer, &unsaid);
        assert_eq!(v[0].severity, Severity::Warning, "{v:?}");
        // A producer that does not ask for it: an error, whatever the broker does.
        let (v, _) = run(
            &[("allow.auto.create.topics", "false")],
            ClientKind::Producer,
            &f,
        );
        assert_eq!(v[0].severity, Severity::Error);
    }

    #[test]
    fn the_new_group_protocol_has_no_client_session_timeout() {
        let f = facts(
            three_replicas(&[3]),
            &[("max.message.bytes", "1000")],
            &[
                ("group.min.session.timeout.ms", "6000"),
                ("group.max.session.timeout.ms", "1800000"),
            ],
        );
        let (v, _) = run(
            &[("group.id", "g"), ("session.timeout.ms", "3000")],
            ClientKind::Consumer,
            &f,
        );
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].key, "session.timeout.ms");
        let (v, _) = run(
            &[("group.id", "g"), ("group.protocol", "consumer")],
            ClientKind::Consumer,
            &f,
        );
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn retries_decide_what_not_enough_replicas_does() {
        let f = facts(three_replicas(&[1]), &[("min.insync.replicas", "2")], &[]);
        let (v, _) = run(&[], ClientKind::Producer, &f);
        assert!(
            v[0].why.ends_with(
                "retries until message.timeout.ms (300000 ms) and then reports as _MSG_TIMED_OUT"
            ),
            "{}",
            v[0].why
        );
        let (v, _) = run(&[("retries", "0")], ClientKind::Producer, &f);
        assert!(v[0]
            .why
            .ends_with("which with retries=0 fails each record at once"));
        let (v, _) = run(&[("message.timeout.ms", "0")], ClientKind::Producer, &f);
        assert!(
            v[0].why
                .ends_with("retries without end (message.timeout.ms=0 sets no limit)"),
            "{}",
            v[0].why
        );
        // acks=2 is the configuration's own error: no cluster finding on top.
        let (v, _) = run(&[("acks", "2")], ClientKind::Producer, &f);
        assert!(v.iter().all(|x| x.key != "acks"), "{v:?}");
    }

    #[test]
    fn fixes_the_client_can_apply() {
        let f = facts(three_replicas(&[3]), &[("max.message.bytes", "500")], &[]);
        let (v, _) = run(&[], ClientKind::Producer, &f);
        let m = v.iter().find(|x| x.key == "message.max.bytes").unwrap();
        assert!(
            m.fix
                .starts_with("message.max.bytes cannot go below 1000 (librdkafka's minimum)"),
            "{}",
            m.fix
        );
        // receive.message.max.bytes must also cover fetch.max.bytes + 512.
        let f = facts(
            three_replicas(&[3]),
            &[("max.message.bytes", "2000000")],
            &[],
        );
        let (v, _) = run(
            &[("receive.message.max.bytes", "2000511")],
            ClientKind::Consumer,
            &f,
        );
        assert_eq!(
            v[0].fix,
            "set receive.message.max.bytes to 52429312 or more"
        );
    }
}
