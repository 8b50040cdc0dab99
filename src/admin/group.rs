//! `admin group list | describe | reset-offsets | delete | delete-offsets`.
//!
//! Lag is computed from the committed offsets (ListConsumerGroupOffsets) and
//! the log end offsets (ListOffsets), never from DescribeConsumerGroups, so
//! a cluster that refuses to describe members (restricted ACLs, or brokers
//! like tansu that close the connection) still shows offsets and lag.

use std::collections::{BTreeMap, HashMap};

use anyhow::Result;
use serde_json::{json, Value};

use super::args::{GroupCommand, GroupStateArg, ResetArgs};
use super::metadata::{topics, TopicInfo};
use super::topic::{offsets_at, watermarks};
use super::{finish_items, parse, Ctx};
use crate::cluster::api::{
    self, group_state_name, group_type_name, GroupDescription, Member, OffsetSpec, Options,
    PartitionResult, GROUP_ID_NOT_FOUND,
};
use crate::exit_codes::{exit_code_of, failure, usage, ExitCode};
use crate::output::table::Table;
use crate::output::Out;

pub fn run(ctx: &Ctx, c: &GroupCommand) -> Result<ExitCode> {
    match c {
        GroupCommand::List { states } => list(ctx, states),
        GroupCommand::Describe {
            groups,
            lagging,
            summary,
            topics,
        } => {
            let parts = if topics.is_empty() {
                Vec::new()
            } else {
                expand_topics(ctx, topics)?
            };
            describe(ctx, &super::once(groups), &parts, *lagging, *summary)
        }
        GroupCommand::ResetOffsets(a) => reset(ctx, a),
        GroupCommand::Delete { groups } => {
            let results: Vec<_> = ctx
                .admin
                .delete_groups(&super::once(groups))?
                .into_iter()
                .map(|r| api::NamedResult {
                    error: r.error.map(|e| e.naming(api::Api::DeleteGroups)),
                    ..r
                })
                .collect();
            super::print_named(ctx, "group", "deleted", &results);
            finish_items("group", &results)
        }
        GroupCommand::DeleteOffsets { group, topics } => delete_offsets(ctx, group, topics),
    }
}

fn state_number(s: GroupStateArg) -> i32 {
    match s {
        GroupStateArg::PreparingRebalance => 1,
        GroupStateArg::CompletingRebalance => 2,
        GroupStateArg::Stable => 3,
        GroupStateArg::Dead => 4,
        GroupStateArg::Empty => 5,
    }
}

fn list(ctx: &Ctx, states: &[GroupStateArg]) -> Result<ExitCode> {
    let opts = Options {
        match_states: super::once(states)
            .iter()
            .map(|s| state_number(*s))
            .collect(),
        ..Default::default()
    };
    let (mut groups, errors) = ctx.admin.list_groups(&opts)?;
    if groups.is_empty() {
        // Every broker refused: the request as a whole failed.
        if let Some(e) = errors.first() {
            return Err(api::AdminError {
                api: api::Api::ListConsumerGroups,
                code: e.code,
                message: e.message.clone(),
                waited: ctx.admin.timeout(),
            }
            .into_error());
        }
    }
    groups.sort_by(|a, b| a.group.cmp(&b.group));
    for e in &errors {
        tracing::warn!("a broker did not list its groups: {e}");
    }
    // The broker filters by state; one that ignores the filter (tansu) must
    // not show groups in other states. A state it cannot tell (Unknown) is
    // left out too, and said.
    if !opts.match_states.is_empty() {
        let before = groups.len();
        groups.retain(|g| opts.match_states.contains(&g.state));
        let unknown = before - groups.len();
        if unknown > 0 {
            tracing::warn!(
                "{unknown} group(s) left out: the cluster listed them in another state, or \
                 in none it could tell (Unknown), despite --state"
            );
        }
    }
    if ctx.json() {
        let v: Vec<Value> = groups
            .iter()
            .map(|g| {
                json!({
                    "group": g.group,
                    "state": group_state_name(g.state),
                    "type": group_type_name(g.group_type),
                    "simple": g.simple,
                })
            })
            .collect();
        ctx.print_json(&Value::Array(v));
    } else {
        let mut t = Table::new(["GROUP", "STATE", "TYPE"]);
        for g in &groups {
            let kind = if g.simple {
                "simple"
            } else {
                group_type_name(g.group_type)
            };
            t.row([g.group.as_str(), group_state_name(g.state), kind]);
        }
        super::show(&t);
    }
    Ok(ExitCode::Success)
}

/// One partition of a group: committed, end, lag and who has it.
struct Row {
    topic: String,
    partition: i32,
    committed: Option<i64>,
    log_end: Option<i64>,
    member: Option<usize>,
}

impl Row {
    fn lag(&self) -> Option<i64> {
        match (self.committed, self.log_end) {
            (Some(c), Some(e)) => Some((e - c).max(0)),
            _ => None,
        }
    }
}

fn opt(v: Option<i64>) -> String {
    v.map_or("-".into(), |v| v.to_string())
}

/// The partitions a group has committed offsets for or has assigned, with
/// their lag.
fn group_rows(
    ctx: &Ctx,
    group: &str,
    only: &[(String, i32)],
    desc: Option<&GroupDescription>,
) -> Result<Vec<Row>> {
    let mut committed = ctx
        .admin
        .list_group_offsets(group, only, &Options::default())?;
    if let Some(e) = committed.error {
        return Err(failure(format!("group {group}: {e}")));
    }
    // Some brokers (librdkafka's mock among them) answer "all partitions"
    // with none: ask again for every partition of every topic.
    if only.is_empty() && committed.partitions.is_empty() {
        let every: Vec<(String, i32)> = super::metadata::topics(ctx, &[])?
            .into_iter()
            .filter(|t| t.error.is_none() && !t.name.starts_with("__"))
            .flat_map(|t| {
                let name = t.name;
                t.partitions.into_iter().map(move |p| (name.clone(), p.id))
            })
            .collect();
        if !every.is_empty() {
            committed = ctx
                .admin
                .list_group_offsets(group, &every, &Options::default())?;
            committed.partitions.retain(|p| p.offset >= 0);
        }
    }
    let mut rows: BTreeMap<(String, i32), Row> = BTreeMap::new();
    for p in committed.partitions {
        if let Some(e) = &p.error {
            tracing::warn!("group {group}: {} [{}]: {e}", p.topic, p.partition);
        }
        rows.insert(
            (p.topic.clone(), p.partition),
            Row {
                topic: p.topic,
                partition: p.partition,
                committed: (p.offset >= 0).then_some(p.offset),
                log_end: None,
                member: None,
            },
        );
    }
    if let Some(d) = desc {
        let wanted =
            |t: &String, p: &i32| only.is_empty() || only.iter().any(|o| o.0 == *t && o.1 == *p);
        for (i, m) in d.members.iter().enumerate() {
            for (t, p) in m.assignment.iter().filter(|(t, p)| wanted(t, p)) {
                rows.entry((t.clone(), *p))
                    .or_insert_with(|| Row {
                        topic: t.clone(),
                        partition: *p,
                        committed: None,
                        log_end: None,
                        member: None,
                    })
                    .member = Some(i);
            }
        }
    }
    let parts: Vec<(String, i32)> = rows.keys().cloned().collect();
    let ends = match ctx
        .admin
        .list_offsets(&parts, OffsetSpec::Latest, &Options::default())
    {
        Ok(e) => e,
        Err(e) if exit_code_of(&e) == ExitCode::Unreachable => return Err(e),
        // Every topic the group committed for was deleted: its offsets are
        // still shown, without log ends or lag.
        Err(e) => {
            tracing::warn!("group {group}: no log end offsets ({e:#}); were its topics deleted?");
            Vec::new()
        }
    };
    for e in ends {
        match &e.error {
            Some(err) => tracing::warn!("{} [{}]: no log end offset: {err}", e.topic, e.partition),
            None => {
                if let Some(r) = rows.get_mut(&(e.topic, e.partition)) {
                    r.log_end = Some(e.offset);
                }
            }
        }
    }
    Ok(rows.into_values().collect())
}

fn describe(
    ctx: &Ctx,
    groups: &[String],
    only: &[(String, i32)],
    lagging: bool,
    summary: bool,
) -> Result<ExitCode> {
    // Said once, with the first group shown: a group that turns out not to
    // exist is one error line, not a warning and an error.
    let mut no_details: Option<String> = None;
    let descs: HashMap<String, GroupDescription> = match ctx.admin.describe_groups(groups) {
        Ok(ds) => ds.into_iter().map(|d| (d.group.clone(), d)).collect(),
        Err(e) => {
            no_details = Some(format!("{e:#}"));
            HashMap::new()
        }
    };
    let mut failed = false;
    let mut json_groups = Vec::new();
    let mut out = Out::new();
    // Asked for only when a group has no committed offsets and the cluster
    // would not describe it: whether it is listed at all.
    let mut listed: Option<Option<Vec<String>>> = None;
    let mut shown_groups = 0;
    for group in groups {
        let said_not_found = descs.get(group).is_some_and(|d| {
            d.error
                .as_ref()
                .is_some_and(|e| e.code == GROUP_ID_NOT_FOUND)
                || (d.error.is_none() && group_state_name(d.state) == "Dead")
        });
        let mut why_no_details = None;
        let desc = descs.get(group).filter(|d| {
            if said_not_found {
                return false;
            }
            if let Some(e) = &d.error {
                let why = if e.code == api::ERR_TRANSPORT {
                    "; the broker closed the connection, which some brokers do for an API \
                     they do not implement"
                } else {
                    ""
                };
                why_no_details = Some(format!("DescribeConsumerGroups: {e}{why}"));
            }
            d.error.is_none()
        });
        let rows = match group_rows(ctx, group, only, desc) {
            Ok(r) => r,
            // A cluster that stopped answering stops the command (exit 3).
            Err(e) if exit_code_of(&e) == ExitCode::Unreachable => return Err(e),
            Err(e) => {
                eprintln!("klar: error: {e:#}");
                failed = true;
                continue;
            }
        };
        // Some brokers keep an Empty group for any name they are asked
        // about: with no member and no offset, it is no group either.
        let hollow = desc.is_some_and(|d| {
            d.members.is_empty() && matches!(group_state_name(d.state), "Empty" | "Dead")
        });
        // With --topic the rows are the partitions asked about, committed
        // or not: whether the group has offsets is asked of it as a whole.
        let unknown = (desc.is_none() || hollow)
            && if only.is_empty() {
                rows.is_empty()
            } else {
                rows.iter().all(|r| r.committed.is_none())
                    && group_rows(ctx, group, &[], desc).is_ok_and(|r| r.is_empty())
            };
        if unknown {
            let exists = if said_not_found || hollow {
                false
            } else {
                // The cluster would not describe the group: its listing
                // decides, when the cluster answers that.
                // A listing some broker could not give (the mock has no
                // ListGroups) decides nothing.
                let names = listed.get_or_insert_with(|| {
                    ctx.admin
                        .list_groups(&Options::default())
                        .ok()
                        .filter(|(_, errors)| errors.is_empty())
                        .map(|(g, _)| g.into_iter().map(|g| g.group).collect())
                });
                let Some(names) = names else {
                    eprintln!(
                        "klar: error: group {group:?}: no committed offset, and the cluster \
                         answers neither DescribeConsumerGroups nor ListConsumerGroups: whether \
                         the group exists or has members cannot be told"
                    );
                    failed = true;
                    continue;
                };
                names.contains(group)
            };
            if !exists {
                eprintln!(
                    "klar: error: group {group:?} does not exist: the cluster knows no member \
                     and no committed offset of it"
                );
                failed = true;
                continue;
            }
        }
        if let Some(e) = no_details.take() {
            tracing::warn!("no member details, only committed offsets and lag: {e}");
        }
        if let Some(why) = why_no_details {
            tracing::warn!(
                "group {group}: no member details, only committed offsets and lag ({why})"
            );
        }
        let view = GroupView {
            group,
            desc,
            rows,
            lagging,
            summary,
        };
        if ctx.json() {
            json_groups.push(view.json());
            continue;
        }
        if shown_groups > 0 {
            out.end_line();
        }
        shown_groups += 1;
        view.print(&mut out);
    }
    out.flush();
    if ctx.json() {
        ctx.print_json(&Value::Array(json_groups));
    }
    Ok(super::exit_status(failed))
}

/// One group as `group describe` shows it: what the cluster said of it
/// (when it said anything) and its partitions.
struct GroupView<'a> {
    group: &'a str,
    desc: Option<&'a GroupDescription>,
    rows: Vec<Row>,
    lagging: bool,
    summary: bool,
}

impl GroupView<'_> {
    /// Lag per topic. A lag is known only where an offset was committed: a
    /// topic with none has no lag to show, not a lag of 0.
    fn per_topic(&self) -> BTreeMap<&str, Option<i64>> {
        let mut per_topic: BTreeMap<&str, Option<i64>> = BTreeMap::new();
        for r in &self.rows {
            let e = per_topic.entry(&r.topic).or_default();
            if let Some(l) = r.lag() {
                *e = Some(e.unwrap_or(0) + l);
            }
        }
        per_topic
    }

    fn total(&self) -> Option<i64> {
        self.per_topic()
            .values()
            .flatten()
            .copied()
            .reduce(|a, b| a + b)
    }

    /// The topics and partitions --lagging keeps.
    fn topics_shown(&self) -> Vec<(&str, Option<i64>)> {
        self.per_topic()
            .into_iter()
            .filter(|(_, l)| !self.lagging || l.is_some_and(|l| l > 0))
            .collect()
    }

    fn rows_shown(&self) -> impl Iterator<Item = &Row> {
        self.rows
            .iter()
            .filter(|r| !self.lagging || r.lag().unwrap_or(0) > 0)
    }

    fn member_of(&self, r: &Row) -> Option<&Member> {
        r.member.and_then(|i| self.desc.map(|d| &d.members[i]))
    }

    fn json(&self) -> Value {
        let desc = self.desc;
        let members: Option<Vec<Value>> = desc.map(|d| {
            d.members
                .iter()
                .map(|m| {
                    let a: Vec<Value> = m
                        .assignment
                        .iter()
                        .map(|(t, p)| json!({"topic": t, "partition": p}))
                        .collect();
                    json!({
                        "consumer_id": m.consumer_id,
                        "client_id": m.client_id,
                        "host": m.host,
                        "instance_id": m.instance_id,
                        "assignment": a,
                    })
                })
                .collect()
        });
        let offsets: Vec<Value> = self
            .rows_shown()
            .map(|r| {
                json!({
                    "topic": r.topic,
                    "partition": r.partition,
                    "committed": r.committed,
                    "log_end": r.log_end,
                    "lag": r.lag(),
                    "consumer_id": self.member_of(r).map(|m| &m.consumer_id),
                })
            })
            .collect();
        let topics: Vec<Value> = self
            .topics_shown()
            .into_iter()
            .map(|(t, l)| json!({"topic": t, "lag": l}))
            .collect();
        let mut g = json!({
            "group": self.group,
            "state": desc.map(|d| group_state_name(d.state)),
            "type": desc.map(|d| group_type_name(d.group_type)),
            "assignor": desc.map(|d| &d.assignor),
            "coordinator": desc.and_then(|d| d.coordinator.as_ref()).map(|c| {
                json!({"id": c.id, "host": c.host, "port": c.port})
            }),
            "members": members,
            "offsets": offsets,
            "topics": topics,
            "total_lag": self.total(),
        });
        // -s: the summary only, as in the table.
        if self.summary {
            if let Some(o) = g.as_object_mut() {
                o.shift_remove("offsets");
            }
        }
        g
    }

    fn print(&self, out: &mut Out) {
        let desc = self.desc;
        let mut head = Table::new([
            "GROUP",
            "STATE",
            "ASSIGNOR",
            "COORDINATOR",
            "MEMBERS",
            "LAG",
        ]);
        head.row([
            self.group.to_string(),
            desc.map_or("-".to_string(), |d| group_state_name(d.state).to_string()),
            desc.map(|d| d.assignor.clone())
                .filter(|a| !a.is_empty())
                .unwrap_or_else(|| "-".into()),
            desc.and_then(|d| d.coordinator.as_ref())
                .map_or("-".into(), |c| format!("{} ({}:{})", c.id, c.host, c.port)),
            desc.map_or("-".into(), |d| d.members.len().to_string()),
            opt(self.total()),
        ]);
        head.print(out);
        out.end_line();
        if self.summary {
            // GROUP on every row, as kafka-consumer-groups has it: rows of
            // several groups' tables stay apart in `grep` and `awk`.
            let mut t = Table::new(["GROUP", "TOPIC", "LAG"]);
            for (topic, lag) in self.topics_shown() {
                t.row([self.group.to_string(), topic.to_string(), opt(lag)]);
            }
            t.print(out);
            return;
        }
        let mut t = Table::new([
            "GROUP",
            "TOPIC",
            "PARTITION",
            "COMMITTED",
            "LOG_END",
            "LAG",
            "CONSUMER_ID",
            "CLIENT_ID",
            "HOST",
        ]);
        for r in self.rows_shown() {
            let m = self.member_of(r);
            t.row([
                self.group.to_string(),
                r.topic.clone(),
                r.partition.to_string(),
                opt(r.committed),
                opt(r.log_end),
                opt(r.lag()),
                m.map_or("-".into(), |m| dash(&m.consumer_id)),
                m.map_or("-".into(), |m| dash(&m.client_id)),
                m.map_or("-".into(), |m| dash(&m.host)),
            ]);
        }
        t.print(out);
        // Every member with what it was given, those with no partition too.
        if let Some(d) = desc.filter(|d| !d.members.is_empty()) {
            out.end_line();
            let mut t = Table::new(["GROUP", "CONSUMER_ID", "CLIENT_ID", "HOST", "ASSIGNMENT"]);
            for m in &d.members {
                t.row([
                    self.group.to_string(),
                    dash(&m.consumer_id),
                    dash(&m.client_id),
                    dash(&m.host),
                    assignment_text(&m.assignment),
                ]);
            }
            t.print(out);
        }
    }
}

fn dash(s: &str) -> String {
    if s.is_empty() {
        "-".into()
    } else {
        s.to_string()
    }
}

/// `orders:0,1 payments:2`, or `-` for a member given nothing.
fn assignment_text(a: &[(String, i32)]) -> String {
    let mut by_topic: BTreeMap<&str, Vec<i32>> = BTreeMap::new();
    for (t, p) in a {
        by_topic.entry(t).or_default().push(*p);
    }
    if by_topic.is_empty() {
        return "-".into();
    }
    by_topic
        .into_iter()
        .map(|(t, mut ps)| {
            ps.sort_unstable();
            let ps: Vec<String> = ps.iter().map(i32::to_string).collect();
            format!("{t}:{}", ps.join(","))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every partition named by `--topic T[:P,...]` flags; a bare topic means
/// all of its partitions.
pub fn expand_topics(ctx: &Ctx, specs: &[String]) -> Result<Vec<(String, i32)>> {
    let parsed = specs
        .iter()
        .map(|s| parse::topic_partitions("--topic", s))
        .collect::<Result<Vec<_>>>()?;
    let mut names: Vec<String> = parsed.iter().map(|(t, _)| t.clone()).collect();
    names.sort();
    names.dedup();
    let infos = topics(ctx, &names)?;
    let mut out = Vec::new();
    for (t, ps) in parsed {
        let i = match infos.iter().find(|i| i.name == t) {
            Some(i) if i.error.is_none() => i,
            Some(i) => {
                return Err(failure(format!(
                    "topic {t}: {}",
                    i.error.as_ref().map(|e| e.to_string()).unwrap_or_default()
                )))
            }
            None => return Err(failure(format!("topic {t} is not in the cluster"))),
        };
        if ps.is_empty() {
            out.extend(i.partitions.iter().map(|p| (t.clone(), p.id)));
            continue;
        }
        // Asked of a partition that does not exist, librdkafka answers
        // "No leaders found", which names neither the topic nor the partition.
        check_partitions(i, &ps)?;
        out.extend(ps.into_iter().map(|p| (t.clone(), p)));
    }
    Ok(super::once(&out))
}

/// Every partition in `ps` is one of the topic's.
pub fn check_partitions(topic: &TopicInfo, ps: &[i32]) -> Result<()> {
    let count = topic.partitions.len();
    match ps
        .iter()
        .find(|p| !topic.partitions.iter().any(|q| q.id == **p))
    {
        Some(p) => Err(failure(format!(
            "{}:{p}: topic {} has {count} partition(s), numbered 0 to {}",
            topic.name,
            topic.name,
            count.saturating_sub(1)
        ))),
        None => Ok(()),
    }
}

/// A planned reset of one partition.
struct Plan {
    topic: String,
    partition: i32,
    current: Option<i64>,
    new: i64,
}

/// The rows of a `--from-file` plan: topic, partition, offset.
pub fn read_plan(p: &std::path::Path) -> Result<Vec<(String, i32, i64)>> {
    let shown = p.display();
    let text =
        std::fs::read_to_string(p).map_err(|e| usage(format!("--from-file {shown}: {e}")))?;
    // A spreadsheet's export may start with a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let rows = parse::plan_csv(text).map_err(|e| usage(format!("--from-file {shown}: {e:#}")))?;
    if rows.is_empty() {
        return Err(usage(format!(
            "--from-file {shown}: no rows (expected topic,partition,offset lines)"
        )));
    }
    // Named here, not later as if typed after --topic.
    for (t, _, _) in &rows {
        crate::cluster::check_topic_name(&format!("--from-file {shown}: topic"), t)?;
    }
    let mut seen = std::collections::HashSet::new();
    if let Some((t, p, _)) = rows.iter().find(|(t, p, _)| !seen.insert((t, *p))) {
        return Err(usage(format!(
            "--from-file {shown}: {t},{p} is in the file twice"
        )));
    }
    Ok(rows)
}

fn reset(ctx: &Ctx, a: &ResetArgs) -> Result<ExitCode> {
    let group = &a.group;
    if a.export && ctx.json() {
        return Err(usage(
            "--export writes the plan as CSV; leave out -o json, or drop --export for the plan as JSON",
        ));
    }
    let from_file = a.from_file.as_deref().map(read_plan).transpose()?;
    if a.topics.is_empty() && !a.all_topics && from_file.is_none() {
        return Err(usage(
            "reset-offsets needs --topic TOPIC[:P,...], --all-topics or --from-file",
        ));
    }
    let by_time = match (&a.to_datetime, &a.by_duration) {
        (Some(t), _) => Some(parse::time_ms("--to-datetime", t, parse::now_ms())?),
        (_, Some(d)) => Some(parse::duration_ago_ms("--by-duration", d, parse::now_ms())?),
        _ => None,
    };
    let parts: Vec<(String, i32)> = if let Some(f) = &from_file {
        let rows: Vec<String> = f.iter().map(|(t, p, _)| format!("{t}:{p}")).collect();
        expand_topics(ctx, &rows)?
    } else if a.all_topics {
        ctx.admin
            .list_group_offsets(group, &[], &Options::default())?
            .partitions
            .into_iter()
            .map(|p| (p.topic, p.partition))
            .collect()
    } else {
        expand_topics(ctx, &a.topics)?
    };
    if parts.is_empty() {
        return Err(failure(format!("group {group}: no partitions to reset")));
    }
    // Refuse a group with members: their next commit would undo the reset.
    match ctx.admin.describe_groups(std::slice::from_ref(group)) {
        Ok(ds) => {
            // A group the cluster does not know has no members to check.
            if let Some(e) = ds
                .iter()
                .find_map(|d| d.error.as_ref())
                .filter(|e| e.code != GROUP_ID_NOT_FOUND)
            {
                tracing::warn!(
                    "cannot check group {group} for active members (DescribeConsumerGroups: \
                     {e}); if it has some, Kafka refuses the commit, and a broker that takes \
                     it sees it undone by the members' next commit"
                );
            }
            if let Some(d) = ds
                .iter()
                .find(|d| d.error.is_none() && !d.members.is_empty())
            {
                return Err(failure(format!(
                    "group {group} has {} active member(s) (state {}); stop its consumers \
                     first, or their next commit would undo the reset",
                    d.members.len(),
                    group_state_name(d.state)
                )));
            }
        }
        Err(e) => tracing::warn!(
            "cannot check group {group} for active members ({e:#}); a broker refuses the \
             commit when it has some"
        ),
    }
    let current = ctx
        .admin
        .list_group_offsets(group, &parts, &Options::default())?;
    if let Some(e) = current.error {
        return Err(failure(format!("group {group}: {e}")));
    }
    let current: HashMap<(String, i32), i64> = current
        .partitions
        .into_iter()
        .filter(|p| p.offset >= 0)
        .map(|p| ((p.topic, p.partition), p.offset))
        .collect();
    let marks = watermarks(ctx, &parts)?;
    let timed = offsets_at(ctx, &parts, by_time)?;
    let file: HashMap<(String, i32), i64> = from_file
        .unwrap_or_default()
        .into_iter()
        .map(|(t, p, o)| ((t, p), o))
        .collect();
    let mut plan = Vec::new();
    for key in &parts {
        let Some(&(low, high)) = marks.get(key) else {
            return Err(marks.missing(key));
        };
        let cur = current.get(key).copied();
        let wanted = if a.to_earliest {
            low
        } else if a.to_latest {
            high
        } else if let Some(o) = a.to_offset {
            o
        } else if by_time.is_some() {
            // No record at or after the time: the end.
            timed.get(key).copied().filter(|o| *o >= 0).unwrap_or(high)
        } else if let Some(n) = a.shift_by {
            // As kafka-consumer-groups: no committed offset, nothing to
            // shift (from the low watermark it would be a guess).
            let Some(c) = cur else {
                return Err(failure(format!(
                    "--shift-by {n}: {} [{}] has no committed offset of group {group} to shift; \
                     give it one with --to-earliest, --to-latest or --to-offset first",
                    key.0, key.1
                )));
            };
            // Clamped to the watermarks below; past them is past them.
            c.saturating_add(n)
        } else {
            file.get(key).copied().unwrap_or(high)
        };
        plan.push(Plan {
            topic: key.0.clone(),
            partition: key.1,
            current: cur,
            new: wanted.clamp(low, high.max(low)),
        });
    }
    // In the order a reader looks for them, not the brokers' order.
    plan.sort_by(|x, y| (&x.topic, x.partition).cmp(&(&y.topic, y.partition)));
    let mut errors: HashMap<(String, i32), api::ItemError> = HashMap::new();
    if a.execute {
        let offsets: Vec<(String, i32, i64)> = plan
            .iter()
            .map(|p| (p.topic.clone(), p.partition, p.new))
            .collect();
        let r = commit_with_retries(ctx, group, &offsets)?;
        for p in r {
            if let Some(e) = p.error {
                eprintln!(
                    "klar: error: group {group}: {} [{}]: {e}",
                    p.topic, p.partition
                );
                errors.insert((p.topic, p.partition), e);
            }
        }
    }
    let mut out = Out::new();
    if a.export {
        out.write_all(b"topic,partition,offset\n");
        for p in &plan {
            out.write_all(format!("{},{},{}\n", p.topic, p.partition, p.new).as_bytes());
        }
    } else if ctx.json() {
        let ps: Vec<Value> = plan
            .iter()
            .map(|p| {
                let error = errors.get(&(p.topic.clone(), p.partition)).cloned();
                json!({
                    "topic": p.topic,
                    "partition": p.partition,
                    "current": p.current,
                    "new": p.new,
                    "committed": a.execute && error.is_none(),
                    "error": super::error_json(&error),
                })
            })
            .collect();
        // `executed` tells a script the reset happened: not when a
        // partition's commit was refused.
        let executed = a.execute && errors.is_empty();
        ctx.print_json(&json!({"group": group, "executed": executed, "partitions": ps}));
    } else {
        let mut t = Table::new(["GROUP", "TOPIC", "PARTITION", "CURRENT", "NEW"]);
        for p in &plan {
            t.row([
                group.clone(),
                p.topic.clone(),
                p.partition.to_string(),
                opt(p.current),
                p.new.to_string(),
            ]);
        }
        t.print(&mut out);
    }
    out.flush();
    if !a.execute {
        ctx.note("plan only, nothing changed; add --execute to commit these offsets");
    }
    Ok(if errors.is_empty() {
        ExitCode::Success
    } else {
        ExitCode::Failure
    })
}

/// Errors of a group's coordinator that pass: the coordinator is moving or
/// loading. The Java AdminClient retries them; librdkafka's admin call
/// does not.
const RETRIABLE: [i32; 3] = [
    14, // COORDINATOR_LOAD_IN_PROGRESS
    15, // COORDINATOR_NOT_AVAILABLE
    16, // NOT_COORDINATOR
];

/// Commits `offsets`, again for the partitions a coordinator error refused,
/// until `--timeout`; the result of each partition's last try.
fn commit_with_retries(
    ctx: &Ctx,
    group: &str,
    offsets: &[(String, i32, i64)],
) -> Result<Vec<api::PartitionResult>> {
    let deadline = std::time::Instant::now() + ctx.admin.timeout();
    let mut pause = std::time::Duration::from_millis(100);
    let mut todo = offsets.to_vec();
    let mut done = Vec::new();
    loop {
        let r = ctx.admin.alter_group_offsets(group, &todo)?;
        let retriable =
            |e: &Option<api::ItemError>| e.as_ref().is_some_and(|e| RETRIABLE.contains(&e.code));
        let again = std::time::Instant::now() + pause < deadline;
        if let Some(e) = &r.error {
            if !(again && retriable(&r.error)) {
                return Err(failure(format!("group {group}: {e}")));
            }
        } else {
            let (retry, settled): (Vec<_>, Vec<_>) = r
                .partitions
                .into_iter()
                .partition(|p| again && retriable(&p.error));
            done.extend(settled);
            if retry.is_empty() {
                return Ok(done);
            }
            todo.retain(|(t, p, _)| retry.iter().any(|r| &r.topic == t && r.partition == *p));
        }
        tracing::debug!("group {group}: coordinator not ready; committing again in {pause:?}");
        std::thread::sleep(pause);
        pause = (pause * 2).min(std::time::Duration::from_secs(1));
    }
}

fn delete_offsets(ctx: &Ctx, group: &str, specs: &[String]) -> Result<ExitCode> {
    let parts = expand_topics(ctx, specs)?;
    let r = ctx.admin.delete_group_offsets(group, &parts)?;
    if let Some(e) = r.error {
        return Err(failure(format!("group {group}: {e}")));
    }
    print_partitions(ctx, group, "deleted", &r.partitions);
    let mut failed = false;
    for p in &r.partitions {
        if let Some(e) = &p.error {
            eprintln!(
                "klar: error: group {group}: {} [{}]: {e}",
                p.topic, p.partition
            );
            failed = true;
        }
    }
    Ok(super::exit_status(failed))
}

fn print_partitions(ctx: &Ctx, group: &str, verb: &str, parts: &[PartitionResult]) {
    if ctx.json() {
        let v: Vec<Value> = parts
            .iter()
            .map(|p| {
                json!({
                    "group": group,
                    "topic": p.topic,
                    "partition": p.partition,
                    "ok": p.error.is_none(),
                    "error": super::error_json(&p.error),
                })
            })
            .collect();
        ctx.print_json(&Value::Array(v));
        return;
    }
    let mut t = Table::new(["GROUP", "TOPIC", "PARTITION", "RESULT"]);
    for p in parts.iter().filter(|p| p.error.is_none()) {
        t.row([group, &p.topic, &p.partition.to_string(), verb]);
    }
    if !t.is_empty() {
        super::show(&t);
    }
}
