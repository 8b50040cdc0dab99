//! The command line, as clap sees it. Nothing here talks to Kafka: the flags
//! are turned into a client configuration in `config` and into work in the
//! subcommand modules.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use crate::admin::args::AdminArgs;

pub const EXIT_CODES_HELP: &str = "\
Exit status:
  0  success
  1  the operation failed (a message not delivered, a missing topic, a broker error;
     config-explain --lint: an error finding)
  2  usage or configuration error (bad flag, unknown property, bad value, unreadable file)
  3  cluster unreachable or timed out
101 a bug in klar (a panic; its message is on stderr)";

pub const CONFIG_HELP: &str = "\
Client configuration, lowest precedence first:
  1. librdkafka's defaults
  2. klar's defaults: client.id=klar
  3. the properties file: -F/--config-file, else $KLAR_CONFIG, else
     ~/.config/klar/klar.properties when it exists (Java .properties syntax)
  4. the environment: KLAR_BROKERS (bootstrap.servers) and KLAR_X_<NAME> for any
     property, NAME upper-cased with '.' as '_' (KLAR_X_SASL_PASSWORD=...)
  5. dedicated flags: -b/--brokers, --acks, -z/--compression, --idempotence, ...
  6. -X key=value (repeatable; a `topic.` prefix sets a topic-level property)
`klar config-explain` shows every value with its source; --explain prints them before running.";

#[derive(Debug, Parser)]
#[command(
    name = "klar",
    version,
    about = "A Kafka command-line client that shows exactly what librdkafka does",
    after_help = format!("{CONFIG_HELP}\n\n{EXIT_CODES_HELP}"),
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// More diagnostics on stderr: -v info (and librdkafka's info logs), -vv debug.
    #[arg(short, long, action = clap::ArgAction::Count, global = true, help_heading = "Global options")]
    pub verbose: u8,

    /// Only errors on stderr: no summary, no progress, no warnings.
    #[arg(
        short,
        long,
        global = true,
        conflicts_with = "verbose",
        help_heading = "Global options"
    )]
    pub quiet: bool,

    /// Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and
    /// never with NO_COLOR set), always, never.
    #[arg(
        long,
        value_enum,
        global = true,
        default_value = "auto",
        value_name = "WHEN",
        help_heading = "Global options"
    )]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Produce messages from stdin, files or JSON lines, with a delivery report per message.
    #[command(after_help = format!("{CONFIG_HELP}\n\n{EXIT_CODES_HELP}"))]
    Produce(Box<ProduceArgs>),
    /// Consume messages: a group (-G) or assigned partitions (-t), printed as text, -f or -J.
    #[command(after_help = format!("{CONFIG_HELP}\n\n{EXIT_CODES_HELP}"))]
    Consume(Box<ConsumeArgs>),
    /// Cluster administration: metadata, topics, configs, groups with lag, offsets, records, ACLs.
    #[command(after_help = format!("{CONFIG_HELP}\n\n{EXIT_CODES_HELP}"))]
    Admin(Box<AdminArgs>),
    /// Run librdkafka's in-process mock cluster, to try klar with no broker installed.
    #[command(after_help = MOCK_HELP)]
    Mock(MockArgs),
    /// Every librdkafka property: default, effect, effective value and where it came from;
    /// --lint checks a configuration, --import translates a Java client file.
    // It connects only for --lint --topic, and explains always: the client
    // flags that say otherwise are refused here (see explain::run), so not
    // offered.
    #[command(
        name = "config-explain",
        after_long_help = EXPLAIN_HELP,
        mut_arg("explain", |a| a.hide(true)),
        mut_arg("explain_only", |a| a.hide(true))
    )]
    ConfigExplain(Box<ConfigExplainArgs>),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    #[command(after_long_help = COMPLETIONS_HELP)]
    Completions(CompletionsArgs),
    /// Print klar's man page (roff), or write every page with --dir.
    #[command(after_long_help = MAN_HELP)]
    Man(ManArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The page of one subcommand (produce, consume, admin, mock, config-explain, ...), or of
    /// a nested one: `admin topic` or `admin-topic`.
    #[arg(value_name = "SUBCOMMAND")]
    pub page: Vec<String>,

    /// Write klar.1 and a page per subcommand into DIR instead.
    #[arg(long, value_name = "DIR", conflicts_with = "page")]
    pub dir: Option<PathBuf>,
}

pub const MAN_HELP: &str = "\
Examples:
  klar man | man -l -                 # read klar(1) without installing it
  klar man consume | man -l -         # the page of one subcommand
  klar man admin group | man -l -     # admin's subcommands have pages too
  klar man --dir /usr/local/share/man/man1";

pub const COMPLETIONS_HELP: &str = "\
Examples:
  source <(klar completions bash)     # try it in the current bash
Install:
  bash: klar completions bash > ~/.local/share/bash-completion/completions/klar
  zsh:  klar completions zsh > ~/.zfunc/_klar   (with fpath+=(~/.zfunc) before compinit)
  fish: klar completions fish > ~/.config/fish/completions/klar.fish
The bash, zsh and fish scripts complete -X with the property names of the linked librdkafka
(asked of klar itself, no broker needed); bash and fish also complete -t and -G with the topic
and group names of the cluster in KLAR_BROKERS. The same scripts are in completions/.";

/// The help heading of the client flags, kept apart from each command's own.
const CLIENT_HEADING: &str = "Client options";

/// Flags every Kafka client subcommand shares. Global, so that they may also
/// follow admin's nested subcommands (`klar admin topic list -b HOST`).
#[derive(Debug, Args, Clone)]
pub struct ClientArgs {
    /// Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS).
    #[arg(short = 'b', long = "brokers", value_name = "BROKERS", global = true, help_heading = CLIENT_HEADING)]
    pub brokers: Option<String>,

    /// Properties file (Java .properties syntax); default $KLAR_CONFIG, then
    /// ~/.config/klar/klar.properties when it exists.
    #[arg(short = 'F', long = "config-file", value_name = "PATH", global = true, help_heading = CLIENT_HEADING)]
    pub config_file: Option<PathBuf>,

    /// Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME.
    #[arg(short = 'X', value_name = "KEY=VALUE", global = true, help_heading = CLIENT_HEADING)]
    pub props: Vec<String>,

    /// librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom:
    /// broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not
    /// delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor
    /// (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all.
    #[arg(short = 'd', long, value_name = "CONTEXTS", global = true, help_heading = CLIENT_HEADING)]
    pub debug: Option<String>,

    /// How long to wait for metadata, admin answers and other cluster round trips (for
    /// consume, also its last commit and close).
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "10s",
        value_parser = parse_timeout,
        global = true, help_heading = CLIENT_HEADING)]
    pub timeout: Duration,

    /// Print the resolved configuration (every value you set and every value librdkafka
    /// changes, with its source) and klar's own decisions on stderr, then run.
    #[arg(long, global = true, help_heading = CLIENT_HEADING)]
    pub explain: bool,

    /// Like --explain, then exit 0 without connecting.
    #[arg(long, global = true, help_heading = CLIENT_HEADING)]
    pub explain_only: bool,
}

impl ClientArgs {
    pub fn wants_explain(&self) -> bool {
        self.explain || self.explain_only
    }
}

/// Which kind of client a configuration is meant for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Role {
    Producer,
    Consumer,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Producer => "producer",
            Role::Consumer => "consumer",
            Role::Admin => "admin",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct ConfigExplainArgs {
    #[command(flatten)]
    pub client: ClientArgs,

    /// Properties to explain in full: names, aliases or globs (`ssl.*`, `*timeout*`); the
    /// hidden ones too, which librdkafka accepts but leaves out of its table
    /// (enable.sparse.connections, test.mock.num.brokers, ...).
    #[arg(value_name = "PROPERTY")]
    pub properties: Vec<String>,

    /// Only the properties a producer, a consumer or an admin client reads.
    #[arg(long, value_enum)]
    pub role: Option<Role>,

    /// Only the properties set by klar's defaults, the file, the environment, flags or -X.
    #[arg(long)]
    pub set_only: bool,

    /// Only the properties whose name or description contains WORD (case-insensitive).
    #[arg(long, value_name = "WORD")]
    pub search: Option<String>,

    /// Output format; json carries every field of the catalogue.
    #[arg(short = 'o', long = "output", value_enum, default_value = "text")]
    pub output: OutputFormat,

    /// Check the configuration (file, environment, -X) and report findings; exit 1 on errors.
    #[arg(long, conflicts_with_all = ["import", "properties", "search", "set_only"])]
    pub lint: bool,

    /// With --lint: also read the configuration against topic TOPIC on the cluster (its
    /// partitions, replicas and configs, and a broker's configs): max.message.bytes,
    /// min.insync.replicas, compression.type, session and transaction timeout ranges.
    /// Repeatable; connects with the configuration's brokers, bounded by --timeout.
    #[arg(short = 't', long = "topic", value_name = "TOPIC", requires = "lint")]
    pub topics: Vec<String>,

    /// Translate a Java client .properties file into librdkafka properties on stdout.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["properties", "search", "set_only"])]
    pub import: Option<PathBuf>,

    /// Every property name, one per line (for shell completion).
    #[arg(long, hide = true)]
    pub names: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Compression {
    None,
    Gzip,
    Snappy,
    Lz4,
    Zstd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Acks {
    #[value(name = "0")]
    Zero,
    #[value(name = "1")]
    One,
    #[value(name = "all", alias = "-1")]
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Raw bytes split by the delimiter.
    Text,
    /// One JSON object per line: key, payload (or value), headers, partition, ts.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Encoding {
    Utf8,
    Base64,
    Hex,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SummaryFormat {
    /// `klar: N read, N delivered, N failed, N not delivered to TOPIC in S (rates)`.
    Text,
    /// One JSON object: topic, read, delivered, failed, not_delivered, possibly_persisted,
    /// bytes_delivered, seconds, transaction, stopped_by_signal.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// `topic [partition] @ offset ts=... (type)` per message.
    Text,
    /// JSON Lines: seq, status, topic, partition, offset, timestamp, key, broker, latency_us,
    /// persisted (yes, no, possibly), error.
    Json,
    /// No per-message report; the summary is still printed on stderr.
    None,
}

#[derive(Debug, Args)]
#[command(after_long_help = PRODUCE_EXAMPLES)]
pub struct ProduceArgs {
    #[command(flatten)]
    pub client: ClientArgs,

    /// Topic to produce to.
    #[arg(short = 't', long)]
    pub topic: String,

    /// Partition for every message (default, or -1 as in kcat: librdkafka's partitioner).
    #[arg(short = 'p', long, allow_negative_numbers = true)]
    pub partition: Option<i32>,

    /// Message delimiter; escapes \n \t \r \xNN; multi-byte allowed.
    #[arg(short = 'D', long, default_value = "\\n", value_name = "DELIM")]
    pub delimiter: String,

    /// Split each message at the first DELIM into key and value.
    #[arg(short = 'K', long = "key-delimiter", value_name = "DELIM")]
    pub key_delimiter: Option<String>,

    /// The same key for every message; with -K, for each line without the key delimiter (as
    /// in kcat).
    #[arg(short = 'k', long)]
    pub key: Option<String>,

    /// Header for every message, NAME=VALUE (NAME alone: a null value); repeatable.
    #[arg(short = 'H', long = "header", value_name = "NAME=VALUE")]
    pub headers: Vec<String>,

    /// Compression codec (sets compression.codec).
    #[arg(short = 'z', long, value_enum)]
    pub compression: Option<Compression>,

    /// Acknowledgements to wait for (sets acks).
    #[arg(long, value_enum)]
    pub acks: Option<Acks>,

    /// Exactly-once delivery per partition (sets enable.idempotence=true).
    #[arg(long)]
    pub idempotence: bool,

    /// Stop after N messages (at least 1; without -c, no limit).
    #[arg(short = 'c', long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,

    /// An empty value is sent as null (a tombstone); an empty key as no key.
    #[arg(short = 'Z', long = "null-empty")]
    pub null_empty: bool,

    /// Read messages from FILE split by the delimiter, instead of stdin.
    #[arg(
        short = 'l',
        long = "line-file",
        value_name = "FILE",
        conflicts_with = "files"
    )]
    pub line_file: Option<PathBuf>,

    /// Files to send, each file as one message.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// At most N messages per second.
    #[arg(long, value_name = "N")]
    pub rate: Option<f64>,

    /// Also write every message sent to stdout, like tee (turns the report off unless --report is given).
    #[arg(short = 'T', long)]
    pub tee: bool,

    /// Input format.
    #[arg(long, value_enum, default_value = "text")]
    pub input: InputFormat,

    /// How key strings in --input json are encoded.
    #[arg(long, value_enum, default_value = "utf8")]
    pub key_encoding: Encoding,

    /// How payload strings in --input json are encoded.
    #[arg(long, value_enum, default_value = "utf8")]
    pub value_encoding: Encoding,

    /// Delivery report per message, on stdout (also -o/--output, as on every command).
    #[arg(long, short = 'o', visible_alias = "output", value_enum)]
    pub report: Option<ReportFormat>,

    /// The summary at the end, on stderr: a line of text, or one JSON object (counts,
    /// seconds, the transaction's outcome) that is printed even with -q.
    #[arg(long, value_enum, default_value = "text")]
    pub summary: SummaryFormat,

    /// How long to wait for outstanding deliveries at the end (default: message.timeout.ms
    /// plus reconnect.backoff.max.ms plus 2s, so that librdkafka reports each expired
    /// message as _MSG_TIMED_OUT itself).
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub flush_timeout: Option<Duration>,
}

impl ProduceArgs {
    /// The partition every message goes to, if one was given: kcat's `-p -1`
    /// means librdkafka's partitioner, as no `-p` does.
    pub fn fixed_partition(&self) -> Option<i32> {
        self.partition.filter(|p| *p != -1)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CommitPolicy {
    /// librdkafka commits in the background (enable.auto.commit) what klar has written.
    Auto,
    /// klar commits what it has written, synchronously, every N messages or interval, and at exit.
    AfterWrite,
    /// Never commit.
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Isolation {
    // librdkafka's spelling, with the dashed one clap users may try.
    #[value(name = "read_committed", alias = "read-committed")]
    ReadCommitted,
    #[value(name = "read_uncommitted", alias = "read-uncommitted")]
    ReadUncommitted,
}

#[derive(Debug, Args)]
#[command(after_long_help = CONSUME_EXAMPLES)]
pub struct ConsumeArgs {
    #[command(flatten)]
    pub client: ClientArgs,

    /// Topic to read by assigning its partitions directly (no group).
    #[arg(
        short = 't',
        long,
        conflicts_with = "group",
        required_unless_present = "group"
    )]
    pub topic: Option<String>,

    /// Partitions to read with -t (repeatable; default: all).
    #[arg(
        short = 'p',
        long = "partition",
        requires = "topic",
        allow_negative_numbers = true
    )]
    pub partitions: Vec<i32>,

    /// Consumer group to join; the topics are the positional arguments.
    #[arg(short = 'G', long, value_name = "GROUP", requires = "topics")]
    pub group: Option<String>,

    /// Topics to subscribe to with -G (a leading ^ makes a regex, as in kcat).
    #[arg(value_name = "TOPIC")]
    pub topics: Vec<String>,

    /// Where to start, and optionally stop (repeatable): beginning | end | stored | N |
    /// -N (N before the end) | +N (N after the beginning) | @MS | @RFC3339 | @-DURATION
    /// (that long ago); START:END stops before END (an offset, @time or `end` as of
    /// start-up); kcat's s@MS and e@MS set the start or the end alone; P=SPEC for
    /// partition P only (with -t and only P=SPECs, only those partitions are read).
    /// Default with -t: beginning. With -G,
    /// beginning and end apply to partitions with no committed offset (default:
    /// auto.offset.reset); any other form is applied the first time a partition is
    /// assigned, overriding the committed offset.
    #[arg(short = 'o', long, value_name = "OFFSET", allow_hyphen_values = true)]
    pub offset: Vec<String>,

    /// Exit when every assigned partition has reached its end.
    #[arg(short = 'e', long = "exit")]
    pub exit_at_end: bool,

    /// Exit after N messages (at least 1; without -c, no limit).
    #[arg(short = 'c', long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,

    /// Output format with kcat's tokens: %s value, %S value length, %R value length
    /// (32-bit big-endian), %k key, %K key length, %t topic, %p partition, %o offset,
    /// %T timestamp (ms), %h headers, %% a percent sign; and klar's: %d timestamp as
    /// RFC 3339 UTC (%d{STRFTIME}), %y timestamp type, %b broker, %l leader epoch,
    /// %e headers as JSON, %L messages behind the high watermark, %s{hex} %s{base64}
    /// %k{hex} %k{base64}; escapes \n \t \r \xNN.
    #[arg(short = 'f', long, value_name = "FORMAT", conflicts_with = "json")]
    pub format: Option<String>,

    /// JSON Lines in kcat -J's envelope (topic, partition, offset, tstype, ts, broker,
    /// headers, key, payload); bytes that are not UTF-8 are base64 with
    /// key_encoding / payload_encoding.
    #[arg(short = 'J', long)]
    pub json: bool,

    /// Output format: text, or json (the same as -J). `-o` is the offset, as in kcat.
    #[arg(long, value_enum, value_name = "FORMAT", conflicts_with = "format")]
    pub output: Option<OutputFormat>,

    /// Delimiter after each message, plain or -J (default \n; -f ends messages itself).
    #[arg(short = 'D', long, value_name = "DELIM")]
    pub delimiter: Option<String>,

    /// Print the key and this delimiter before each value (plain output; -J has a key
    /// field, -f has %k).
    #[arg(short = 'K', long = "key-delimiter", value_name = "DELIM")]
    pub key_delimiter: Option<String>,

    /// Print NULL for null keys and values.
    #[arg(short = 'Z', long = "null-marker")]
    pub null_marker: bool,

    /// Flush stdout after every message.
    #[arg(short = 'u', long)]
    pub unbuffered: bool,

    /// Deserialize keys or values: key=TYPE, value=TYPE, or TYPE for both. TYPE:
    /// string (default), bytes|hex, base64, int, long, float, double (big-endian, as
    /// Confluent's serializers write them), json, or a kcat pack string (e.g. '>ihs').
    #[arg(short = 's', long = "deserialize", value_name = "[key=|value=]TYPE")]
    pub deserialize: Vec<String>,

    /// Indent JSON: the -J envelope and values read with -s json (nothing else).
    #[arg(long)]
    pub pretty: bool,

    /// Print headers (name:value,...) and a tab before each message (plain output).
    #[arg(long, conflicts_with_all = ["format", "json"])]
    pub print_headers: bool,

    /// Only messages whose key matches REGEX (client side).
    #[arg(long, value_name = "REGEX", allow_hyphen_values = true)]
    pub grep_key: Option<String>,

    /// Only messages whose value matches REGEX (client side).
    #[arg(long, value_name = "REGEX", allow_hyphen_values = true)]
    pub grep_value: Option<String>,

    /// Only messages with a header NAME whose value matches REGEX; repeatable (all must match).
    #[arg(long, value_name = "NAME=REGEX")]
    pub grep_header: Vec<String>,

    /// When offsets are committed. Default: auto with -G, none with -t.
    #[arg(long, value_enum, value_name = "POLICY")]
    pub commit: Option<CommitPolicy>,

    /// With --commit after-write: commit after every N messages written.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub commit_every: Option<u64>,

    /// With --commit after-write: commit at this interval (default 1s unless --commit-every).
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub commit_interval: Option<Duration>,

    /// Sets isolation.level: read_committed skips aborted and open transactions.
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub isolation: Option<Isolation>,
}

pub const CONSUME_EXAMPLES: &str = "\
Examples:
  klar consume -t orders -o beginning -e            # the whole topic, then exit
  klar consume -t orders -o -10 -e -f '%p %o %k=%s\\n'
  klar consume -t orders -o @-1h -e -J              # the last hour
  klar consume -t orders -o 0=100:200               # partition 0, offsets 100 to 199
  klar consume -t orders -o @2026-11-26T09:00:00Z:@2026-11-26T10:00:00Z
  klar consume -G billing orders payments -J | jq .payload
  klar consume -t metrics -s key=string -s value=double -o -5 -e
In group mode klar stores a message's offset only after it is written to stdout,
and commits per --commit (auto by default), and on exit (SIGINT/SIGTERM and a closed
stdout included), so a restart resumes after the last message printed.";

#[derive(Debug, Args)]
pub struct MockArgs {
    /// Number of brokers in the mock cluster (1 to 100: each takes a thread and sockets, and
    /// librdkafka aborts when it runs out).
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub brokers: i32,

    /// Create a topic up front, NAME or NAME:PARTITIONS (default 1 partition); repeatable.
    #[arg(long = "topic", value_name = "NAME[:PARTITIONS]")]
    pub topics: Vec<String>,

    /// How long a new consumer group waits for more members before its first
    /// assignment (librdkafka's mock default is 3s).
    #[arg(long, value_name = "DURATION", default_value = "0s", value_parser = parse_duration)]
    pub group_initial_rebalance_delay: Duration,

    /// Answer the next requests of API with these errors, in order, one a request;
    /// repeatable. ERROR is a Kafka error name or number; NAME@DELAY holds that
    /// response back (NO_ERROR@5s), NAME*N repeats it; NO_ERROR answers normally and
    /// _TRANSPORT drops the connection. `2:Produce=...` only on broker 2.
    #[arg(long, value_name = "[BROKER:]API=ERROR[,ERROR...]")]
    pub inject: Vec<String>,

    /// Delay every response of BROKER (1..N) by DURATION; repeatable.
    #[arg(long, value_name = "BROKER=DURATION")]
    pub rtt: Vec<String>,

    /// Keep running when stdin closes; stop only on SIGINT/SIGTERM (for `klar mock &`).
    /// stdin is then not read, so control lines are off.
    #[arg(long)]
    pub until_signal: bool,

    /// Run CMD with KLAR_BROKERS set to the mock's bootstrap servers, then stop
    /// and exit with CMD's status.
    #[arg(last = true, value_name = "CMD")]
    pub command: Vec<String>,
}

pub const MOCK_HELP: &str = "\
The mock cluster is librdkafka's own, in this process: produce, consume, groups, commits,
metadata, watermarks and transactions work; admin APIs (CreateTopics, DescribeConfigs, ...)
do not. Each partition keeps only about 5 MB (older data is dropped). Delivery reports show
LogAppendTime 1234 (a mock artifact); consumers see the producer's timestamps.

Faults: --inject and --rtt at start, and control lines on stdin while it runs (without CMD
and without --until-signal); a bad line is reported on stderr and skipped:
  down N                       broker N stops answering (connections are closed)
  up N                         broker N is back
  inject [N:]API=ERROR,...     as --inject
  rtt N=DURATION               as --rtt (0 clears it)
APIs: Produce, Fetch, ListOffsets, OffsetCommit, OffsetFetch, FindCoordinator, JoinGroup,
Heartbeat, LeaveGroup, SyncGroup, ApiVersions, InitProducerId, OffsetForLeaderEpoch,
AddPartitionsToTxn, AddOffsetsToTxn, EndTxn, TxnOffsetCommit, ConsumerGroupHeartbeat,
GetTelemetrySubscriptions, PushTelemetry (the mock ignores faults for the others, Metadata
among them: `down N` is the way to make metadata fail).

Examples:
  klar mock --topic orders:4                 # prints the bootstrap servers, runs until stdin closes
  klar mock --topic t -- ./my-script.sh      # runs the script with KLAR_BROKERS set
  klar mock --topic t --inject Produce=NOT_LEADER_OR_FOLLOWER*3,REQUEST_TIMED_OUT --rtt 1=50ms
  { sleep 5; echo down 1; sleep 20; echo up 1; sleep 600; } | klar mock --topic t

Exit status: with CMD, CMD's status; otherwise 0, or 2 for bad flags.";

pub const EXPLAIN_HELP: &str = "\
Without PROPERTY: a table of every property librdkafka knows (name, scope, the clients that
read it, default, effective value, source), the ones you set first. With PROPERTY: all about
each match (type, range, default, description, aliases, deprecation, effective value and its
exact source, klar's note on its effect in practice, the errors it governs).

The configuration is resolved exactly as produce and consume resolve it (-F, KLAR_CONFIG,
KLAR_BROKERS, KLAR_X_*, -b, -X), so sources read `file:line`, `environment variable ...`,
`flag ...`, `-X`, `klar default`, `librdkafka default` or `derived by librdkafka` (a value
librdkafka changes when the client is created, e.g. enable.idempotence=true lowers
max.in.flight to 5). No broker is contacted. Secrets are always shown as (redacted).

--lint reports, each with severity, key, source, why and fix: unknown keys (with a
suggestion), Java-only keys and their librdkafka equivalent, bad values, properties the
--role does not read, deprecated properties, and risky combinations (acks 0/1 with
idempotence, auto commit with automatic offset store, session.timeout.ms above
max.poll.interval.ms, message.timeout.ms below linger.ms + request.timeout.ms, transactions
with settings idempotence forbids). Exit 1 when any finding is an error.

--import FILE translates a Java client .properties file (sasl.jaas.config into
sasl.mechanisms/sasl.username/sasl.password, ssl.truststore.location into ssl.ca.location,
max.request.size into message.max.bytes, ...) and lists on stderr what has no equivalent.
Secret values are written as commented-out (redacted) lines: set them with KLAR_X_... .

Examples:
  klar config-explain --set-only -F client.properties
  klar config-explain linger.ms 'ssl.*'
  klar config-explain --role consumer --search commit
  klar config-explain -X enable.idempotence=true max.in.flight
  klar config-explain --lint --role producer -F producer.properties
  klar config-explain --import java-client.properties > klar.properties
  klar config-explain -o json | jq '.[] | select(.source.kind != \"librdkafka default\")'

Exit status: 0 success (lint: no error finding), 1 lint found an error, 2 usage or
configuration error (unknown PROPERTY, unreadable file).";

pub const PRODUCE_EXAMPLES: &str = "\
Examples:
  seq 1 10 | klar produce -b localhost:9092 -t numbers
  klar produce -t orders -K: <<< 'customer-1:{\"total\": 12}'
  klar produce -t blobs ./image.png                 # the whole file as one message
  kcat -C -b SRC -t t -J -e | klar produce -t t --input json --report none";

pub fn parse_duration(s: &str) -> Result<Duration, String> {
    humantime::parse_duration(s).map_err(|e| format!("{e} (examples: 500ms, 10s, 2m, 1h30m)"))
}

/// A wait of zero would give up before the first answer could come, and
/// librdkafka takes no request timeout above an hour.
pub fn parse_timeout(s: &str) -> Result<Duration, String> {
    match parse_duration(s)? {
        d if d.is_zero() => Err("a timeout must be longer than 0 (examples: 500ms, 10s)".into()),
        d if d > Duration::from_secs(3600) => {
            Err("at most 1h, the longest request timeout librdkafka takes".into())
        }
        d => Ok(d),
    }
}
