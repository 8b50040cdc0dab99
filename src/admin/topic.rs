//! `admin topic list | describe | create | delete | add-partitions`.

use std::collections::HashMap;

use anyhow::Result;
use serde_json::{json, Value};

use super::args::{TopicCommand, TopicCreateArgs};
use super::metadata::{ids, partition_json, partition_status, topics};
use super::{finish_items, parse, Ctx};
use crate::cluster::api::{Api, ItemError, NamedResult, NewTopic, OffsetSpec, Options};
use crate::exit_codes::{failure, usage, ExitCode};
use crate::output::table::Table;

pub fn run(ctx: &Ctx, c: &TopicCommand) -> Result<ExitCode> {
    match c {
        TopicCommand::List { internal } => list(ctx, *internal),
        TopicCommand::Describe { topics } => describe(ctx, &super::once(topics)),
        TopicCommand::Create(a) => create(ctx, a),
        TopicCommand::Delete { topics } => {
            ctx.require_controller(Api::DeleteTopics)?;
            let results = ctx.admin.delete_topics(&super::once(topics))?;
            super::print_named(ctx, "topic", "deleted", &results);
            finish_items("topic", &results)
        }
        TopicCommand::AddPartitions {
            topic,
            total,
            dry_run,
        } => {
            ctx.require_controller(Api::CreatePartitions)?;
            let opts = Options {
                validate_only: *dry_run,
                ..Default::default()
            };
            let results = ctx.admin.create_partitions(topic, *total, &opts)?;
            let verb = if *dry_run {
                "validated"
            } else {
                "partitions added"
            };
            super::print_named(ctx, "topic", verb, &results);
            finish_items("topic", &results)
        }
    }
}

/// Topics whose names start with `__` are Kafka's own (offsets, transactions).
fn is_internal(name: &str) -> bool {
    name.starts_with("__")
}

fn list(ctx: &Ctx, internal: bool) -> Result<ExitCode> {
    let all = topics(ctx, &[])?;
    let shown: Vec<_> = all
        .iter()
        .filter(|t| internal || !is_internal(&t.name))
        .collect();
    let rf = |t: &super::metadata::TopicInfo| {
        t.partitions
            .iter()
            .map(|p| p.replicas.len())
            .max()
            .unwrap_or(0)
    };
    if ctx.json() {
        let v: Vec<Value> = shown
            .iter()
            .map(|t| {
                json!({
                    "name": t.name,
                    "partitions": t.partitions.len(),
                    "replication_factor": rf(t),
                    "error": super::error_json(&t.error),
                })
            })
            .collect();
        ctx.print_json(&Value::Array(v));
    } else {
        let mut table = Table::new(["TOPIC", "PARTITIONS", "REPLICATION"]);
        for t in &shown {
            table.row([
                t.name.clone(),
                t.partitions.len().to_string(),
                rf(t).to_string(),
            ]);
        }
        super::show(&table);
    }
    Ok(ExitCode::Success)
}

/// Low and high watermarks of every partition listed, by (topic, partition).
pub fn watermarks(ctx: &Ctx, parts: &[(String, i32)]) -> Result<Watermarks> {
    let opts = Options::default();
    let low = ctx.admin.list_offsets(parts, OffsetSpec::Earliest, &opts)?;
    let high = ctx.admin.list_offsets(parts, OffsetSpec::Latest, &opts)?;
    // Why a partition has none: its leader's answer (LEADER_NOT_AVAILABLE
    // with the leader down), said where the partition is missing.
    let errors: HashMap<(String, i32), ItemError> = low
        .iter()
        .chain(high.iter())
        .filter_map(|l| Some(((l.topic.clone(), l.partition), l.error.clone()?)))
        .collect();
    // Only partitions with both ends known: a leader that refused one of the
    // two requests leaves the partition out, never half of it as -1.
    let highs: HashMap<(String, i32), i64> = high
        .into_iter()
        .filter(|h| h.error.is_none() && h.offset >= 0)
        .map(|h| ((h.topic, h.partition), h.offset))
        .collect();
    let marks = low
        .into_iter()
        .filter(|l| l.error.is_none() && l.offset >= 0)
        .filter_map(|l| {
            let key = (l.topic, l.partition);
            let h = *highs.get(&key)?;
            Some((key, (l.offset, h)))
        })
        .collect();
    Ok(Watermarks { marks, errors })
}

/// Low and high watermarks per partition, and the error of each partition
/// whose leader did not give them.
pub struct Watermarks {
    marks: HashMap<(String, i32), (i64, i64)>,
    errors: HashMap<(String, i32), ItemError>,
}

impl Watermarks {
    pub fn get(&self, key: &(String, i32)) -> Option<&(i64, i64)> {
        self.marks.get(key)
    }

    /// The error for a partition without watermarks, one line.
    pub fn missing(&self, key: &(String, i32)) -> anyhow::Error {
        let why = match self.errors.get(key) {
            Some(e) => e.with_hint(),
            None => "no answer for it (is the partition there?)".to_string(),
        };
        failure(format!("{} [{}]: no watermarks: {why}", key.0, key.1))
    }
}

/// The first offset at or after `ts` per partition (-1: none), or nothing
/// when no time is asked for.
pub fn offsets_at(
    ctx: &Ctx,
    parts: &[(String, i32)],
    ts: Option<i64>,
) -> Result<HashMap<(String, i32), i64>> {
    let Some(ts) = ts else {
        return Ok(HashMap::new());
    };
    Ok(ctx
        .admin
        .list_offsets(parts, OffsetSpec::Timestamp(ts), &Options::default())?
        .into_iter()
        .filter(|l| l.error.is_none())
        .map(|l| ((l.topic, l.partition), l.offset))
        .collect())
}

fn describe(ctx: &Ctx, names: &[String]) -> Result<ExitCode> {
    let infos = topics(ctx, names)?;
    let live: Vec<i32> = ctx.brokers.brokers.iter().map(|b| b.0).collect();
    let parts: Vec<(String, i32)> = infos
        .iter()
        .filter(|t| t.error.is_none())
        .flat_map(|t| t.partitions.iter().map(|p| (t.name.clone(), p.id)))
        .collect();
    let marks = watermarks(ctx, &parts)?;
    // None where a leader did not answer: `-` in the table, null in JSON.
    let mark = |t: &str, p: i32| match marks.get(&(t.to_string(), p)) {
        Some(&(low, high)) => (Some(low), Some(high)),
        None => (None, None),
    };
    let cell = |v: Option<i64>| v.map_or("-".to_string(), |v| v.to_string());
    let results: Vec<NamedResult> = infos
        .iter()
        .map(|t| NamedResult {
            name: t.name.clone(),
            error: t.error.clone(),
        })
        .collect();
    let ok = infos.iter().filter(|t| t.error.is_none());
    if ctx.json() {
        // Every topic asked for, in order: one the cluster does not have
        // carries its error (also on stderr), as create and delete do.
        let v: Vec<Value> = infos
            .iter()
            .map(|t| {
                if t.error.is_some() {
                    return json!({"name": t.name, "partitions": [], "error": super::error_json(&t.error)});
                }
                let ps: Vec<Value> = t
                    .partitions
                    .iter()
                    .map(|p| {
                        let (low, high) = mark(&t.name, p.id);
                        let mut v = partition_json(p, &live);
                        v["low_watermark"] = json!(low);
                        v["high_watermark"] = json!(high);
                        v
                    })
                    .collect();
                json!({"name": t.name, "partitions": ps, "error": null})
            })
            .collect();
        ctx.print_json(&Value::Array(v));
    } else {
        let mut table = Table::new([
            "TOPIC",
            "PARTITION",
            "LEADER",
            "REPLICAS",
            "ISR",
            "STATUS",
            "LOW",
            "HIGH",
        ]);
        for t in ok {
            for p in &t.partitions {
                let (status, _) = partition_status(p, &live);
                let (low, high) = mark(&t.name, p.id);
                table.row([
                    t.name.clone(),
                    p.id.to_string(),
                    p.leader.to_string(),
                    ids(&p.replicas),
                    ids(&p.isr),
                    status.to_string(),
                    cell(low),
                    cell(high),
                ]);
            }
        }
        if !table.is_empty() {
            super::show(&table);
        }
    }
    finish_items("topic", &results)
}

fn create(ctx: &Ctx, a: &TopicCreateArgs) -> Result<ExitCode> {
    let configs = a
        .configs
        .iter()
        .map(|c| parse::key_value("-c", c))
        .collect::<Result<Vec<_>>>()?;
    let assignment = match &a.replica_assignment {
        Some(s) => parse::replica_assignment(s)?,
        None => Vec::new(),
    };
    for (flag, v) in [("-p", a.partitions), ("-r", a.replication_factor)] {
        if matches!(v, Some(n) if n < 1) {
            return Err(usage(format!(
                "{flag} {}: must be at least 1",
                v.unwrap_or(0)
            )));
        }
    }
    let new: Vec<NewTopic> = super::once(&a.topics)
        .iter()
        .map(|name| NewTopic {
            name: name.clone(),
            partitions: if assignment.is_empty() {
                a.partitions.unwrap_or(-1)
            } else {
                assignment.len() as i32
            },
            replication: a.replication_factor.unwrap_or(-1),
            assignment: assignment.clone(),
            configs: configs.clone(),
        })
        .collect();
    ctx.require_controller(Api::CreateTopics)?;
    let opts = Options {
        validate_only: a.dry_run,
        ..Default::default()
    };
    let mut results = ctx.admin.create_topics(&new, &opts)?;
    for e in results.iter_mut().filter_map(|r| r.error.as_mut()) {
        let r_given = a.replication_factor.is_some();
        let p_given = a.partitions.is_some() || !assignment.is_empty();
        if let Some(hint) = default_refused(&e.code_name(), r_given, p_given) {
            e.message.push_str(&hint);
        }
    }
    super::print_named(
        ctx,
        "topic",
        if a.dry_run { "validated" } else { "created" },
        &results,
    );
    finish_items("topic", &results)
}

/// What to add to a refusal of a count the user left out: klar then sends
/// -1, the broker's own default, which a broker older than Kafka 2.4
/// (KIP-464), or one that lacks it, refuses.
fn default_refused(code: &str, r_given: bool, p_given: bool) -> Option<String> {
    let (flag, property) = match code {
        "INVALID_REPLICATION_FACTOR" if !r_given => ("-r", "default.replication.factor"),
        "INVALID_PARTITIONS" if !p_given => ("-p", "num.partitions"),
        _ => return None,
    };
    Some(format!(
        " (without {flag}, klar asks for the broker's {property}; give {flag} N)"
    ))
}

// No test broker refuses -1 (tansu takes it; the mock has no CreateTopics),
// so the wording is tested here; crabka-broker 0.3.0 showed it by hand.
#[cfg(test)]
mod tests {
    use super::default_refused;

    #[test]
    fn a_refused_default_names_the_flag_only_when_it_was_left_out() {
        assert_eq!(
            default_refused("INVALID_REPLICATION_FACTOR", false, true).as_deref(),
            Some(" (without -r, klar asks for the broker's default.replication.factor; give -r N)")
        );
        assert_eq!(
            default_refused("INVALID_PARTITIONS", true, false).as_deref(),
            Some(" (without -p, klar asks for the broker's num.partitions; give -p N)")
        );
        assert_eq!(
            default_refused("INVALID_REPLICATION_FACTOR", true, false),
            None
        );
        assert_eq!(default_refused("INVALID_PARTITIONS", false, true), None);
        assert_eq!(default_refused("TOPIC_ALREADY_EXISTS", false, false), None);
    }
}
