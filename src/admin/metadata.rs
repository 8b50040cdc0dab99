//! `admin metadata` (alias `cluster`): the cluster as a Metadata request
//! shows it, with racks from DescribeCluster when the cluster answers it.

use std::collections::HashMap;

use anyhow::Result;
use rdkafka::error::KafkaError;
use rdkafka::producer::Producer;
use serde_json::{json, Value};

use super::args::MetadataArgs;
use super::Ctx;
use crate::cluster;
use crate::cluster::api::{Admin, Api, Brokers, ItemError};
use crate::exit_codes::ExitCode;
use crate::kafka_error;
use crate::output::table::Table;
use crate::output::Out;

/// Kafka's UNKNOWN_TOPIC_OR_PARTITION.
const UNKNOWN_TOPIC: i32 = 3;

pub struct PartitionInfo {
    pub id: i32,
    pub leader: i32,
    pub replicas: Vec<i32>,
    pub isr: Vec<i32>,
    pub error: Option<ItemError>,
}

pub struct TopicInfo {
    pub name: String,
    pub error: Option<ItemError>,
    pub partitions: Vec<PartitionInfo>,
}

pub fn code_error(code: i32) -> Option<ItemError> {
    (code != 0).then(|| ItemError {
        code,
        message: kafka_error::raw_text(code),
    })
}

/// Topics from a Metadata request: the named ones (a missing one carries
/// UNKNOWN_TOPIC_OR_PART), or all when `names` is empty.
pub fn topics(ctx: &Ctx, names: &[String]) -> Result<Vec<TopicInfo>> {
    let timeout = ctx.admin.timeout();
    let started = std::time::Instant::now();
    fetch(&ctx.admin, names).map(|(t, _)| t).map_err(|e| {
        let detail = kafka_error::describe(&e);
        let client = ctx.admin.client().client();
        cluster::no_answer(client, &ctx.settings, timeout, started, &detail)
    })
}

/// The topics as `topics` gives them, and the brokers, from one Metadata
/// request. A second request would wait for librdkafka (2.10 and later) to
/// connect to the brokers it just learned, about 50 ms, once it has given
/// up the bootstrap connection.
pub fn fetch(
    admin: &Admin,
    names: &[String],
) -> std::result::Result<(Vec<TopicInfo>, Brokers), KafkaError> {
    let one = (names.len() == 1).then(|| names[0].as_str());
    let md = admin
        .client()
        .client()
        .fetch_metadata(one, admin.timeout())?;
    let brokers = admin.brokers_of(&md);
    let mut found: Vec<TopicInfo> = md
        .topics()
        .iter()
        .map(|t| TopicInfo {
            name: t.name().to_string(),
            error: t.error().and_then(|e| code_error(e as i32)),
            partitions: t
                .partitions()
                .iter()
                .map(|p| PartitionInfo {
                    id: p.id(),
                    leader: p.leader(),
                    replicas: p.replicas().to_vec(),
                    isr: p.isr().to_vec(),
                    error: p.error().and_then(|e| code_error(e as i32)),
                })
                .collect(),
        })
        .collect();
    for t in &mut found {
        t.partitions.sort_by_key(|p| p.id);
    }
    if names.is_empty() {
        found.sort_by(|a, b| a.name.cmp(&b.name));
        return Ok((found, brokers));
    }
    let mut by_name: HashMap<String, TopicInfo> =
        found.into_iter().map(|t| (t.name.clone(), t)).collect();
    let topics = names
        .iter()
        .map(|n| {
            by_name.remove(n).unwrap_or_else(|| TopicInfo {
                name: n.clone(),
                error: code_error(UNKNOWN_TOPIC),
                partitions: Vec::new(),
            })
        })
        .collect();
    Ok((topics, brokers))
}

/// What kafka-topics flags about a partition.
pub fn partition_status(p: &PartitionInfo, live: &[i32]) -> (&'static str, Vec<i32>) {
    let offline: Vec<i32> = p
        .replicas
        .iter()
        .copied()
        .filter(|r| !live.contains(r))
        .collect();
    let status = if p.leader < 0 || !live.contains(&p.leader) {
        "unavailable"
    } else if p.isr.len() < p.replicas.len() {
        "under-replicated"
    } else {
        "ok"
    };
    (status, offline)
}

pub fn partition_json(p: &PartitionInfo, live: &[i32]) -> Value {
    let (status, offline) = partition_status(p, live);
    json!({
        "partition": p.id,
        "leader": p.leader,
        "replicas": p.replicas,
        "isr": p.isr,
        "offline_replicas": offline,
        "status": status,
        "error": super::error_json(&p.error),
    })
}

pub fn ids(v: &[i32]) -> String {
    v.iter().map(i32::to_string).collect::<Vec<_>>().join(",")
}

/// `topics`: what `fetch` returned for `a.topics` when the context was made.
pub fn run(ctx: &Ctx, a: &MetadataArgs, topics: Vec<TopicInfo>) -> Result<ExitCode> {
    // Racks and the cluster id come from DescribeCluster; a cluster without
    // it still has everything else. Asked as a yes/no, not through
    // require_controller: an error value would capture a backtrace when
    // RUST_BACKTRACE is set, only to be dropped.
    let described = if ctx.controller_reachable(Api::DescribeCluster) {
        ctx.admin
            .describe_cluster()
            .map_err(|e| tracing::info!("no racks: {e:#}"))
            .ok()
    } else {
        None
    };
    let racks: HashMap<i32, String> = described
        .iter()
        .flat_map(|d| d.nodes.iter())
        .filter_map(|n| n.rack.clone().map(|r| (n.id, r)))
        .collect();
    let cluster_id = described
        .as_ref()
        .and_then(|d| d.cluster_id.clone())
        .or_else(|| {
            ctx.admin
                .client()
                .client()
                .fetch_cluster_id(ctx.admin.timeout())
        });
    let mut brokers = ctx.brokers.brokers.clone();
    brokers.sort_by_key(|b| b.0);
    let live: Vec<i32> = brokers.iter().map(|b| b.0).collect();
    let controller = ctx.brokers.controller;
    let keep = |status: &str| {
        (!a.under_replicated && !a.unavailable)
            || (a.under_replicated && status == "under-replicated")
            || (a.unavailable && status == "unavailable")
    };

    let mut failed = false;
    for t in &topics {
        if let Some(e) = &t.error {
            eprintln!("klar: error: topic {}: {e}", t.name);
            failed = true;
        }
    }
    if ctx.json() {
        let filtered = a.under_replicated || a.unavailable;
        // As in the table: with a filter, only topics with a partition it
        // keeps; a topic the cluster refused is there with its error.
        let topics_json: Vec<Value> = topics
            .iter()
            .filter_map(|t| {
                let parts: Vec<Value> = t
                    .partitions
                    .iter()
                    .filter(|p| keep(partition_status(p, &live).0))
                    .map(|p| partition_json(p, &live))
                    .collect();
                if t.error.is_none() && filtered && parts.is_empty() {
                    return None;
                }
                Some(json!({
                    "name": t.name,
                    "partitions": parts,
                    "error": super::error_json(&t.error),
                }))
            })
            .collect();
        let brokers_json: Vec<Value> = brokers
            .iter()
            .map(|(id, host, port)| {
                json!({"id": id, "host": host, "port": port, "rack": racks.get(id)})
            })
            .collect();
        ctx.print_json(&json!({
            "cluster_id": cluster_id,
            "controller": controller,
            "brokers": brokers_json,
            "topics": topics_json,
        }));
    } else {
        let mut out = Out::new();
        let mut head = Table::new(["CLUSTER", "CONTROLLER"]);
        head.row([
            cluster_id.unwrap_or_else(|| "-".into()),
            controller.to_string(),
        ]);
        head.print(&mut out);
        out.end_line();
        let mut bt = Table::new(["BROKER", "HOST", "PORT", "RACK"]);
        for (id, host, port) in &brokers {
            bt.row([
                id.to_string(),
                host.clone(),
                port.to_string(),
                racks.get(id).cloned().unwrap_or_else(|| "-".into()),
            ]);
        }
        bt.print(&mut out);
        out.end_line();
        let mut tt = Table::new([
            "TOPIC",
            "PARTITION",
            "LEADER",
            "REPLICAS",
            "ISR",
            "OFFLINE",
            "STATUS",
        ]);
        for t in topics.iter().filter(|t| t.error.is_none()) {
            for p in &t.partitions {
                let (status, offline) = partition_status(p, &live);
                if !keep(status) {
                    continue;
                }
                tt.row([
                    t.name.clone(),
                    p.id.to_string(),
                    p.leader.to_string(),
                    ids(&p.replicas),
                    ids(&p.isr),
                    ids(&offline),
                    p.error
                        .as_ref()
                        .map_or(status.to_string(), |e| e.code_name()),
                ]);
            }
        }
        tt.print(&mut out);
        out.flush();
    }
    Ok(super::exit_status(failed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(leader: i32, replicas: &[i32], isr: &[i32]) -> PartitionInfo {
        PartitionInfo {
            id: 0,
            leader,
            replicas: replicas.to_vec(),
            isr: isr.to_vec(),
            error: None,
        }
    }

    #[test]
    fn status_of_a_partition() {
        let live = [1, 2, 3];
        assert_eq!(
            partition_status(&part(1, &[1, 2, 3], &[1, 2, 3]), &live),
            ("ok", vec![])
        );
        assert_eq!(
            partition_status(&part(1, &[1, 2, 3], &[1, 2]), &live),
            ("under-replicated", vec![])
        );
        // A leader that is gone makes the partition unavailable, whatever
        // its ISR says; replicas on missing brokers are offline.
        assert_eq!(
            partition_status(&part(4, &[4, 1], &[4, 1]), &live),
            ("unavailable", vec![4])
        );
        assert_eq!(
            partition_status(&part(-1, &[1], &[]), &live),
            ("unavailable", vec![])
        );
        assert_eq!(
            partition_status(&part(2, &[2, 5], &[2]), &live),
            ("under-replicated", vec![5])
        );
    }
}
