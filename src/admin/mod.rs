//! `klar admin`: cluster metadata, topics, configs, consumer groups with lag,
//! offset resets, record deletion, offsets for times and ACLs. Every call
//! goes through `cluster::api`, bounded by --timeout; every command prints a table
//! or, with `-o json`, one JSON document.

mod acl;
pub mod args;
mod config;
mod group;
mod metadata;
mod offsets;
mod parse;
mod topic;
mod waiting;

use anyhow::Result;
use rdkafka::producer::{BaseProducer, Producer};
use serde_json::Value;

use crate::cluster;
use crate::cluster::api;
use crate::config::ClientSettings;
use crate::exit_codes::{failure, ExitCode};
use crate::logging::{client_name, KlarContext, Verbosity};
use crate::output::table::Table;
use crate::output::Out;
use api::{Admin, AdminContext, Api, Brokers, NamedResult};
use args::{AdminArgs, AdminCommand, OutputFormat};

/// What every admin command works with.
pub struct Ctx {
    pub admin: Admin,
    pub settings: ClientSettings,
    pub format: OutputFormat,
    pub brokers: Brokers,
    pub quiet: bool,
}

impl Ctx {
    pub fn json(&self) -> bool {
        self.format == OutputFormat::Json
    }

    /// A line for the person at the terminal, on stderr; -q silences it.
    pub fn note(&self, msg: &str) {
        if !self.quiet {
            eprintln!("klar: {msg}");
        }
    }

    pub fn print_json(&self, v: &Value) {
        waiting::stop();
        let mut out = Out::new();
        let text = serde_json::to_string_pretty(v).unwrap_or_default();
        out.write_all(text.as_bytes());
        out.end_line();
        out.flush();
    }

    /// False when `api` goes to the controller and the cluster names a
    /// controller that is none of its brokers (librdkafka's mock cluster).
    pub fn controller_reachable(&self, api: Api) -> bool {
        self.brokers.controller_reachable(api)
    }

    /// librdkafka waits for a controller it can reach; a cluster that names
    /// one it does not list (librdkafka's mock names broker 0) would hang
    /// until the timeout, so say so at once.
    pub fn require_controller(&self, api: Api) -> Result<()> {
        let c = self.brokers.controller;
        if !self.controller_reachable(api) {
            let ids: Vec<String> = self
                .brokers
                .brokers
                .iter()
                .map(|b| b.0.to_string())
                .collect();
            return Err(failure(format!(
                "{} ({}) needs the cluster's controller, but the cluster names controller {c}, \
                 which is not one of its brokers ({}); librdkafka's mock cluster does this, \
                 as it implements no admin API",
                api.name(),
                api.kip(),
                ids.join(", ")
            )));
        }
        Ok(())
    }
}

/// Each name once, in the order first given: librdkafka refuses a request
/// that names a topic, group or partition twice, and a broker may answer
/// such a request wrongly.
pub fn once<T: PartialEq + Clone>(items: &[T]) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(items.len());
    for i in items {
        if !out.contains(i) {
            out.push(i.clone());
        }
    }
    out
}

/// Each key once among `key=value` (or bare `key`) entries: librdkafka
/// refuses a request that names an entry twice.
fn check_repeated_keys(what: &str, entries: &[String]) -> Result<()> {
    let mut seen = std::collections::HashSet::new();
    let twice = entries
        .iter()
        .map(|e| e.split_once('=').map_or(e.as_str(), |(k, _)| k))
        .find(|k| !seen.insert(*k));
    match twice {
        Some(k) => Err(crate::exit_codes::usage(format!(
            "{what} {k} is named twice; give each key once"
        ))),
        None => Ok(()),
    }
}

fn check_group_name(g: &str) -> Result<()> {
    if g.is_empty() {
        return Err(crate::exit_codes::usage(
            "group \"\": the group name is empty",
        ));
    }
    Ok(())
}

/// librdkafka makes no config resource of an empty name (it returns NULL),
/// and a broker knows only numeric ids.
fn check_target(t: &args::ConfigTarget) -> Result<()> {
    match t.kind {
        args::ResourceArg::Topic => crate::cluster::check_topic_name("topic", &t.name),
        args::ResourceArg::Group => check_group_name(&t.name),
        args::ResourceArg::Broker if t.name.parse::<i32>().is_err() => {
            Err(crate::exit_codes::usage(format!(
                "broker {:?}: a broker is named by its numeric id (see admin metadata)",
                t.name
            )))
        }
        args::ResourceArg::Broker => Ok(()),
    }
}

/// What the user typed is checked before any connection, so that a typo is
/// reported as such (exit 2) even when the cluster is down.
fn validate(c: &AdminCommand, json: bool) -> Result<()> {
    use crate::cluster::check_topic_name;
    use args::{AclCommand, ConfigCommand, GroupCommand, RecordsCommand, TopicCommand};
    let now = parse::now_ms();
    match c {
        AdminCommand::Offsets(o) => {
            parse::offset_spec(&o.time, now)?;
            for t in &o.topics {
                parse::topic_partitions("--topic", t)?;
            }
        }
        AdminCommand::Group(GroupCommand::ResetOffsets(r)) => {
            if let Some(t) = &r.to_datetime {
                parse::time_ms("--to-datetime", t, now)?;
            }
            if let Some(d) = &r.by_duration {
                parse::duration_ago_ms("--by-duration", d, now)?;
            }
            for t in &r.topics {
                parse::topic_partitions("--topic", t)?;
            }
            check_group_name(&r.group)?;
            if let Some(p) = &r.from_file {
                group::read_plan(p)?;
            }
            if r.export && json {
                return Err(crate::exit_codes::usage(
                    "--export writes the plan as CSV; leave out -o json, or drop --export for \
                     the plan as JSON",
                ));
            }
        }
        AdminCommand::Group(GroupCommand::Describe { groups, topics, .. }) => {
            for g in groups {
                check_group_name(g)?;
            }
            for t in topics {
                parse::topic_partitions("--topic", t)?;
            }
        }
        AdminCommand::Group(GroupCommand::Delete { groups }) => {
            for g in groups {
                check_group_name(g)?;
            }
        }
        AdminCommand::Metadata(m) => {
            for t in &m.topics {
                check_topic_name("-t", t)?;
            }
        }
        AdminCommand::Topic(
            TopicCommand::Describe { topics } | TopicCommand::Delete { topics },
        ) => {
            for t in topics {
                check_topic_name("topic", t)?;
            }
        }
        AdminCommand::Records(RecordsCommand::Delete {
            before, yes, topic, ..
        }) => {
            check_topic_name("-t", topic)?;
            offsets::parse_before(before)?;
            offsets::check_confirmable(*yes)?;
        }
        AdminCommand::Group(GroupCommand::DeleteOffsets { group, topics }) => {
            check_group_name(group)?;
            for t in topics {
                parse::topic_partitions("--topic", t)?;
            }
        }
        AdminCommand::Topic(TopicCommand::AddPartitions { topic, total, .. }) => {
            check_topic_name("topic", topic)?;
            if *total == 0 {
                return Err(crate::exit_codes::usage(
                    "-p 0: the new total number of partitions must be at least 1",
                ));
            }
        }
        AdminCommand::Acl(AclCommand::Create(s)) => {
            acl::binding(s)?;
        }
        AdminCommand::Acl(AclCommand::Delete(s)) => {
            acl::check_delete_filter(s)?;
            acl::check_filter(s)?;
        }
        AdminCommand::Acl(AclCommand::List(s)) => acl::check_filter(s)?,
        AdminCommand::Topic(TopicCommand::Create(t)) => {
            for name in &t.topics {
                check_topic_name("topic", name)?;
            }
            for (flag, v) in [("-p", t.partitions), ("-r", t.replication_factor)] {
                if let Some(n) = v.filter(|n| *n < 1) {
                    return Err(crate::exit_codes::usage(format!(
                        "{flag} {n}: must be at least 1"
                    )));
                }
            }
            for c in &t.configs {
                parse::key_value("-c", c)?;
            }
            // As `config set`: a key given twice kept the last value.
            check_repeated_keys("-c", &t.configs)?;
            if let Some(r) = &t.replica_assignment {
                parse::replica_assignment(r)?;
            }
        }
        AdminCommand::Config(ConfigCommand::Describe { target, .. }) => check_target(target)?,
        AdminCommand::Config(
            ConfigCommand::Set(ch) | ConfigCommand::Append(ch) | ConfigCommand::Subtract(ch),
        ) => {
            check_target(&ch.target)?;
            for e in &ch.entries {
                parse::key_value("entry", e)?;
            }
            check_repeated_keys("entry", &ch.entries)?;
        }
        AdminCommand::Config(ConfigCommand::Delete(ch)) => {
            check_target(&ch.target)?;
            // `key=value` would delete the key whatever the value said.
            if let Some(e) = ch.entries.iter().find(|e| e.contains('=')) {
                let key = e.split_once('=').map_or(e.as_str(), |(k, _)| k);
                return Err(crate::exit_codes::usage(format!(
                    "config delete: {key}=... has a value; delete takes names only ({key}), \
                     and deletes the entry whatever its value"
                )));
            }
            check_repeated_keys("entry", &ch.entries)?;
        }
        _ => {}
    }
    Ok(())
}

pub fn run(a: &AdminArgs, v: Verbosity) -> Result<ExitCode> {
    validate(&a.command, a.output == args::OutputFormat::Json)?;
    // A metadata request for a missing topic must never create it.
    let flags = [("allow.auto.create.topics", "false".to_string(), "admin")];
    let settings = ClientSettings::resolve(&a.client, &flags)?;
    // An admin client is a producer inside librdkafka.
    if crate::config::report::explain(
        &a.client,
        &settings,
        crate::config::effective::ClientKind::Producer,
        || {
            vec![(
                "admin",
                format!(
                    "every request waits at most --timeout {}",
                    humantime::format_duration(a.client.timeout)
                ),
            )]
        },
    )? {
        return Ok(ExitCode::Success);
    }
    settings.require_brokers()?;
    waiting::start(&command_name(&a.command), v.quiet);
    let result = run_command(a, v, settings);
    waiting::stop();
    result
}

fn command_name(c: &AdminCommand) -> String {
    match c {
        AdminCommand::Metadata(_) => "metadata",
        AdminCommand::Topic(_) => "topic",
        AdminCommand::Config(_) => "config",
        AdminCommand::Group(_) => "group",
        AdminCommand::Records(_) => "records",
        AdminCommand::Offsets(_) => "offsets",
        AdminCommand::Acl(_) => "acl",
    }
    .to_string()
}

fn run_command(a: &AdminArgs, v: Verbosity, settings: ClientSettings) -> Result<ExitCode> {
    let level = v.rdkafka_level(a.client.debug.is_some());
    let ctx = AdminContext(KlarContext::new(settings.secrets()));
    let client: BaseProducer<AdminContext> = settings.create(level, ctx, "admin client")?;
    client
        .context()
        .0
        .set_name(client_name(client.client().native_ptr()));
    // Only librdkafka's info and debug logs need serving while a request
    // waits; at the default level the calls report their own failures.
    let serve_logs = v.wants_client_logs(a.client.debug.is_some());
    let admin = Admin::new(client, a.client.timeout, serve_logs);
    // `admin metadata` needs the topics too: one request for both.
    let started = std::time::Instant::now();
    let (brokers, topics) = match &a.command {
        AdminCommand::Metadata(m) => {
            let (topics, brokers) = metadata::fetch(&admin, &m.topics).map_err(|e| {
                // Worded as the brokers-only request words it for every
                // other admin command.
                let code = e.rdkafka_error_code().map_or(-1, |c| c as i32);
                let detail = metadata::code_error(code).map_or(e.to_string(), |e| e.with_hint());
                cluster::no_answer(
                    admin.client().client(),
                    &settings,
                    a.client.timeout,
                    started,
                    &detail,
                )
            })?;
            (brokers, topics)
        }
        _ => (
            admin.brokers().map_err(|e| {
                cluster::no_answer(
                    admin.client().client(),
                    &settings,
                    a.client.timeout,
                    started,
                    &e.with_hint(),
                )
            })?,
            Vec::new(),
        ),
    };
    let ctx = Ctx {
        admin,
        settings,
        format: a.output,
        brokers,
        quiet: v.quiet,
    };
    match &a.command {
        AdminCommand::Metadata(m) => metadata::run(&ctx, m, topics),
        AdminCommand::Topic(t) => topic::run(&ctx, t),
        AdminCommand::Config(c) => config::run(&ctx, c),
        AdminCommand::Group(g) => group::run(&ctx, g),
        AdminCommand::Records(r) => offsets::run_records(&ctx, r),
        AdminCommand::Offsets(o) => offsets::run_offsets(&ctx, o),
        AdminCommand::Acl(c) => acl::run(&ctx, c),
    }
}

/// Exit 1 when any item failed.
pub fn exit_status(failed: bool) -> ExitCode {
    if failed {
        ExitCode::Failure
    } else {
        ExitCode::Success
    }
}

/// Print a table on stdout.
pub fn show(table: &Table) {
    waiting::stop();
    let mut out = Out::new();
    table.print(&mut out);
    out.flush();
}

/// Per-item outcomes: each failure is one error line on stderr, and the
/// command fails when any did.
pub fn finish_items(what: &str, results: &[NamedResult]) -> Result<ExitCode> {
    let failed: Vec<&NamedResult> = results.iter().filter(|r| r.error.is_some()).collect();
    for r in &failed {
        if let Some(e) = &r.error {
            eprintln!("klar: error: {what} {}: {e}", r.name);
        }
    }
    Ok(exit_status(!failed.is_empty()))
}

/// The JSON form of an item error.
pub fn error_json(e: &Option<api::ItemError>) -> Value {
    match e {
        None => Value::Null,
        Some(e) => serde_json::json!({"code": e.code_name(), "message": e.message}),
    }
}

/// The things an operation succeeded for (text: failures are on stderr),
/// or every outcome (JSON). `what` names the thing: topic, group.
pub fn print_named(ctx: &Ctx, what: &str, verb: &str, results: &[NamedResult]) {
    if ctx.json() {
        let v: Vec<Value> = results
            .iter()
            .map(|r| {
                serde_json::json!({
                    what: r.name,
                    "ok": r.error.is_none(),
                    "error": error_json(&r.error),
                })
            })
            .collect();
        ctx.print_json(&Value::Array(v));
        return;
    }
    let mut table = Table::new([what.to_uppercase().as_str(), "RESULT"]);
    for r in results.iter().filter(|r| r.error.is_none()) {
        table.row([r.name.as_str(), verb]);
    }
    if !table.is_empty() {
        show(&table);
    }
}
