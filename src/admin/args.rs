//! `klar admin` as clap sees it: nouns, then verbs.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand, ValueEnum};

use crate::cli::ClientArgs;
pub use crate::cli::Isolation;

#[derive(Debug, Args)]
#[command(after_long_help = ADMIN_EXAMPLES)]
pub struct AdminArgs {
    #[command(flatten)]
    pub client: ClientArgs,

    /// Output: tables for people (tab-separated into a pipe), or one JSON document.
    #[arg(
        short = 'o',
        long = "output",
        value_enum,
        default_value = "text",
        global = true,
        help_heading = "Options"
    )]
    pub output: OutputFormat,

    #[command(subcommand)]
    pub command: AdminCommand,
}

pub const ADMIN_EXAMPLES: &str = "\
Examples:
  klar admin metadata -b localhost:9092
  klar admin topic create orders -p 6 -r 3 -c retention.ms=86400000
  klar admin config describe topic orders --all
  klar admin group describe billing --lagging
  klar admin group reset-offsets billing --topic orders --to-datetime 2024-05-01T00:00:00Z
  klar admin offsets --topic orders --time -1h -o json";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
}

// Each admin subcommand's arguments are built only when it is the one run
// (`defer`): building all of them took a third of clap's start-up, in every
// command. The top-level subcommands are not deferred: clap would then list
// the global options ahead of their own in their help.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum AdminCommand {
    /// Cluster id, controller, brokers, and topics with partitions, leaders, replicas and ISR.
    #[command(visible_alias = "cluster")]
    Metadata(MetadataArgs),
    /// List, describe, create and delete topics; add partitions.
    #[command(subcommand)]
    Topic(TopicCommand),
    /// Describe configs with their sources; change single entries (IncrementalAlterConfigs).
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Consumer groups: list, describe with lag, reset offsets, delete.
    #[command(subcommand)]
    Group(GroupCommand),
    /// Delete records at the start of partitions.
    #[command(subcommand)]
    Records(RecordsCommand),
    /// Offsets per partition: earliest, latest, max timestamp, or for a time.
    Offsets(OffsetsArgs),
    /// Access control lists.
    #[command(subcommand)]
    Acl(AclCommand),
}

#[derive(Debug, Args)]
pub struct MetadataArgs {
    /// Only this topic (repeatable).
    #[arg(short = 't', long = "topic", value_name = "TOPIC")]
    pub topics: Vec<String>,
    /// Only partitions whose ISR is smaller than their replica set.
    #[arg(long)]
    pub under_replicated: bool,
    /// Only partitions with no live leader.
    #[arg(long)]
    pub unavailable: bool,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum TopicCommand {
    /// Topics with partition count and replication factor.
    #[command(visible_alias = "ls")]
    List {
        /// Include internal topics (__consumer_offsets, ...).
        #[arg(long)]
        internal: bool,
    },
    /// Partitions with leader, replicas, ISR and low/high watermarks.
    Describe {
        #[arg(required = true, value_name = "TOPIC")]
        topics: Vec<String>,
    },
    /// Create topics (CreateTopics).
    Create(TopicCreateArgs),
    /// Delete topics (DeleteTopics).
    Delete {
        #[arg(required = true, value_name = "TOPIC")]
        topics: Vec<String>,
    },
    /// Raise a topic's partition count (CreatePartitions).
    AddPartitions {
        #[arg(value_name = "TOPIC")]
        topic: String,
        /// The new total number of partitions.
        #[arg(short = 'p', long = "partitions", value_name = "N")]
        total: usize,
        /// Ask the broker to validate only; nothing changes.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Args)]
pub struct TopicCreateArgs {
    #[arg(required = true, value_name = "TOPIC")]
    pub topics: Vec<String>,
    /// Partitions (default: the broker's num.partitions).
    #[arg(
        short = 'p',
        long,
        value_name = "N",
        conflicts_with = "replica_assignment"
    )]
    pub partitions: Option<i32>,
    /// Replication factor (default: the broker's default.replication.factor).
    #[arg(
        short = 'r',
        long,
        value_name = "N",
        conflicts_with = "replica_assignment"
    )]
    pub replication_factor: Option<i32>,
    /// Replicas per partition, as kafka-topics takes them: 1:2,2:3 is partition 0 on
    /// brokers 1 and 2, partition 1 on brokers 2 and 3.
    #[arg(long, value_name = "ASSIGNMENT")]
    pub replica_assignment: Option<String>,
    /// A topic config, key=value (repeatable).
    #[arg(short = 'c', long = "config", value_name = "KEY=VALUE")]
    pub configs: Vec<String>,
    /// Ask the broker to validate only (validate_only); nothing is created.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ResourceArg {
    Topic,
    Broker,
    Group,
}

#[derive(Debug, Args)]
pub struct ConfigTarget {
    /// What kind of resource.
    #[arg(value_enum)]
    pub kind: ResourceArg,
    /// Its name (a broker's id for broker).
    #[arg(value_name = "NAME")]
    pub name: String,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ConfigCommand {
    /// Config entries with value, source, read-only and sensitive flags.
    Describe {
        #[command(flatten)]
        target: ConfigTarget,
        /// Every entry, defaults included, with its synonyms and their sources.
        #[arg(long)]
        all: bool,
    },
    /// Set entries, key=value; the others keep their values.
    Set(ConfigChange),
    /// Remove entries, so they fall back to their defaults.
    Delete(ConfigChange),
    /// Add values to list entries, key=value.
    Append(ConfigChange),
    /// Remove values from list entries, key=value.
    Subtract(ConfigChange),
}

#[derive(Debug, Args)]
pub struct ConfigChange {
    #[command(flatten)]
    pub target: ConfigTarget,
    /// key=value (for delete: key).
    #[arg(required = true, value_name = "ENTRY")]
    pub entries: Vec<String>,
    /// Ask the broker to validate only; nothing changes.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupStateArg {
    PreparingRebalance,
    CompletingRebalance,
    Stable,
    Dead,
    Empty,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum GroupCommand {
    /// Consumer groups with state and type.
    #[command(visible_alias = "ls")]
    List {
        /// Only groups in this state (repeatable).
        #[arg(long = "state", value_enum)]
        states: Vec<GroupStateArg>,
    },
    /// State, coordinator, members, committed offsets and lag.
    Describe {
        /// Consumer groups to describe.
        #[arg(required = true, value_name = "GROUP")]
        groups: Vec<String>,
        /// Only partitions with lag above 0.
        #[arg(long)]
        lagging: bool,
        /// Only the summary: state, members and total lag per topic.
        #[arg(short = 's', long)]
        summary: bool,
        /// Only these topics, TOPIC or TOPIC:P,... (repeatable); asks for their
        /// partitions by name, which also works where a group's offsets cannot
        /// be listed as a whole (librdkafka's mock cluster).
        #[arg(long = "topic", value_name = "TOPIC[:P,...]")]
        topics: Vec<String>,
    },
    /// Plan (and with --execute, commit) new offsets for a group with no active members.
    ResetOffsets(ResetArgs),
    /// Delete groups and their committed offsets (DeleteGroups).
    Delete {
        /// Consumer groups to delete, with their committed offsets.
        #[arg(required = true, value_name = "GROUP")]
        groups: Vec<String>,
    },
    /// Delete a group's committed offsets for topics (OffsetDelete).
    DeleteOffsets {
        /// The consumer group whose offsets to delete.
        #[arg(value_name = "GROUP")]
        group: String,
        /// TOPIC or TOPIC:P,P,... (repeatable).
        #[arg(long = "topic", required = true, value_name = "TOPIC[:P,...]")]
        topics: Vec<String>,
    },
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("target").required(true).args([
    "to_earliest", "to_latest", "to_offset", "to_datetime", "by_duration", "shift_by", "from_file",
])))]
#[command(group(
    ArgGroup::new("scope")
        .required(true)
        .multiple(true)
        .args(["topics", "all_topics", "from_file"])
))]
pub struct ResetArgs {
    /// The consumer group to reset (it must have no active members).
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// TOPIC or TOPIC:P,P,... (repeatable).
    #[arg(long = "topic", value_name = "TOPIC[:P,...]")]
    pub topics: Vec<String>,
    /// Every topic the group has committed offsets for.
    #[arg(long)]
    pub all_topics: bool,
    /// Each partition's low watermark (its first offset).
    #[arg(long)]
    pub to_earliest: bool,
    /// Each partition's high watermark (its end: nothing left to read).
    #[arg(long)]
    pub to_latest: bool,
    /// This offset in every partition named (clamped to the watermarks).
    #[arg(
        long,
        value_name = "OFFSET",
        allow_hyphen_values = true,
        value_parser = clap::value_parser!(i64).range(0..)
    )]
    pub to_offset: Option<i64>,
    /// The first offset at or after this time (RFC 3339, e.g. 2024-05-01T12:00:00Z).
    #[arg(long, value_name = "TIME")]
    pub to_datetime: Option<String>,
    /// The first offset at or after now minus DURATION (e.g. 1h, 30m; -1h means the same).
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    pub by_duration: Option<String>,
    /// The committed offset plus N (negative moves back).
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub shift_by: Option<i64>,
    /// Offsets from a CSV file of topic,partition,offset lines (what --export writes); the
    /// file names the partitions, so --topic and --all-topics do not go with it.
    #[arg(long, value_name = "CSV", conflicts_with_all = ["topics", "all_topics"])]
    pub from_file: Option<PathBuf>,
    /// Commit the plan. Without it nothing changes.
    #[arg(long)]
    pub execute: bool,
    /// Print the plan as CSV (topic,partition,offset) instead of a table.
    #[arg(long)]
    pub export: bool,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum RecordsCommand {
    /// Delete every record before an offset (DeleteRecords); shows old and new low watermarks.
    Delete {
        /// The topic to delete records from.
        #[arg(short = 't', long, value_name = "TOPIC")]
        topic: String,
        /// An offset, @TIME (RFC 3339, ms, or -1h relative), or end (everything).
        #[arg(long, value_name = "OFFSET|@TIME|end", allow_hyphen_values = true)]
        before: String,
        /// Only this partition (repeatable; default all).
        #[arg(short = 'p', long = "partition", value_name = "P")]
        partitions: Vec<i32>,
        /// Do not ask; required when stdin is not a terminal.
        #[arg(short = 'y', long)]
        yes: bool,
    },
}

#[derive(Debug, Args)]
pub struct OffsetsArgs {
    /// TOPIC or TOPIC:P,P,... (repeatable).
    #[arg(
        short = 't',
        long = "topic",
        required = true,
        value_name = "TOPIC[:P,...]"
    )]
    pub topics: Vec<String>,
    /// earliest (or -2), latest (-1), max-timestamp (-3), a time in ms, RFC 3339, or relative
    /// (-1h).
    #[arg(long, default_value = "latest", allow_hyphen_values = true)]
    pub time: String,
    /// Sets isolation.level: read_committed answers latest with the last
    /// stable offset, before any open transaction.
    #[arg(long, value_enum, default_value = "read_uncommitted")]
    pub isolation: Isolation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AclResource {
    Any,
    Topic,
    Group,
    Cluster,
    TransactionalId,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AclPattern {
    Any,
    Match,
    Literal,
    Prefixed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AclOperation {
    Any,
    All,
    Read,
    Write,
    Create,
    Delete,
    Alter,
    Describe,
    ClusterAction,
    DescribeConfigs,
    AlterConfigs,
    IdempotentWrite,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AclPermission {
    Any,
    Allow,
    Deny,
}

// An ACL, or a filter: what is left out matches anything. (Not a doc
// comment: clap would take it for the description of the deferred
// subcommands that flatten it, in place of their own.)
#[derive(Debug, Args)]
pub struct AclSpec {
    /// The kind of resource; list and delete take any.
    #[arg(long, value_enum)]
    pub resource_type: Option<AclResource>,
    /// The resource's name (kafka-cluster for the cluster).
    #[arg(long, value_name = "NAME")]
    pub resource_name: Option<String>,
    /// How the name matches: literal, prefixed; list and delete also take
    /// any and match (every pattern that would apply to the name).
    #[arg(long, value_enum, visible_alias = "resource-pattern-type")]
    pub pattern: Option<AclPattern>,
    /// e.g. User:alice.
    #[arg(long, value_name = "PRINCIPAL")]
    pub principal: Option<String>,
    /// The client host the ACL applies to; * for every host.
    #[arg(long, value_name = "HOST")]
    pub host: Option<String>,
    /// The operation allowed or denied.
    #[arg(long, value_enum)]
    pub operation: Option<AclOperation>,
    /// allow or deny; list and delete also take any.
    #[arg(long, value_enum)]
    pub permission: Option<AclPermission>,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum AclCommand {
    /// ACLs matching a filter (DescribeAcls).
    #[command(visible_alias = "ls")]
    List(AclSpec),
    /// Create one ACL (CreateAcls); pattern defaults to literal, host to *, permission to allow.
    Create(AclSpec),
    /// Delete the ACLs matching a filter (DeleteAcls).
    Delete(AclSpec),
}
