//! One place that turns flags, the properties file, the environment and `-X`
//! into a librdkafka configuration, remembering where every value came from.
//! Every Kafka subcommand builds its client from a `ClientSettings`.

pub mod catalogue;
pub mod effective;
pub mod properties;
pub mod report;
pub mod sasl;

use std::collections::BTreeMap;
use std::ffi::CString;
use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::Result;
use rdkafka::bindings as rdsys;
use rdkafka::client::ClientContext;
use rdkafka::config::FromClientConfigAndContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::ClientConfig;

use crate::cli::ClientArgs;
use crate::exit_codes::usage;
use crate::redacted::{Redacted, MASK};
use catalogue::{common, is_sensitive, Catalogue, Scope};

/// Defaults klar itself sets, above librdkafka's and below everything the user
/// says. Each one is listed in `--help` and the README.
pub const KLAR_DEFAULTS: &[(&str, &str)] = &[("client.id", "klar")];

/// The prefix of environment variables that set any property.
pub const ENV_PREFIX: &str = "KLAR_X_";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    LibrdkafkaDefault,
    /// librdkafka changed the value itself when the client was created
    /// (idempotence lowers max.in.flight, linger.ms moves the sticky linger).
    Derived,
    KlarDefault,
    File {
        path: PathBuf,
        line: usize,
    },
    Env {
        var: String,
    },
    Flag {
        flag: String,
    },
    Override,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::LibrdkafkaDefault => f.write_str("librdkafka default"),
            Source::Derived => f.write_str("derived by librdkafka"),
            Source::KlarDefault => f.write_str("klar default"),
            Source::File { path, line } => write!(f, "{}:{}", path.display(), line),
            Source::Env { var } => write!(f, "environment variable {var}"),
            Source::Flag { flag } => write!(f, "flag {flag}"),
            Source::Override => f.write_str("-X"),
        }
    }
}

/// One property as the user set it.
#[derive(Clone)]
pub struct Setting {
    /// librdkafka's canonical name (aliases resolved).
    pub name: String,
    /// The name as the user spelled it.
    pub typed: String,
    pub scope: Scope,
    value: Redacted<String>,
    pub source: Source,
}

impl Setting {
    /// The name librdkafka is given: a topic-level property whose name also
    /// exists globally (compression.codec, ...) needs the `topic.` prefix,
    /// or librdkafka would set the global one.
    pub fn conf_key(&self) -> String {
        if self.scope == Scope::Topic
            && common(&self.name).is_none()
            && Catalogue::get()
                .find_scoped(&self.name, Scope::Global)
                .is_some()
        {
            format!("topic.{}", self.name)
        } else {
            self.name.clone()
        }
    }

    pub fn is_sensitive(&self) -> bool {
        is_sensitive(&self.name) || is_sensitive(&self.typed)
    }

    /// The value as it may be shown anywhere: secrets masked.
    pub fn display_value(&self) -> &str {
        if self.is_sensitive() {
            MASK
        } else {
            self.value.expose()
        }
    }

    /// The raw value, for librdkafka only.
    pub fn raw_value(&self) -> &str {
        self.value.expose()
    }
}

impl fmt::Debug for Setting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}={} ({})",
            self.typed,
            self.display_value(),
            self.source
        )
    }
}

/// The resolved client configuration with provenance.
#[derive(Debug, Clone, Default)]
pub struct ClientSettings {
    /// Keyed by `conf_key()` (canonical name, `topic.` for a topic-level
    /// twin of a global name); the highest-precedence assignment wins.
    settings: BTreeMap<String, Setting>,
    /// Every assignment in precedence order, overridden ones included.
    history: Vec<Setting>,
}

/// A setting before validation: what the user typed and where.
#[derive(Debug)]
struct Raw {
    key: String,
    value: String,
    source: Source,
}

impl ClientSettings {
    /// Resolve the full configuration: klar defaults < file < environment <
    /// dedicated flags < `-X`. Validates every key and value before any
    /// network I/O; errors carry exit status 2.
    pub fn resolve(args: &ClientArgs, flags: &[(&str, String, &str)]) -> Result<Self> {
        Self::from_raw(collect_raws(args, flags)?)
    }

    /// Like `resolve`, but keys and values librdkafka would refuse are
    /// returned beside the settings instead of stopping at the first one
    /// (for `config-explain --lint`). Unreadable files still fail.
    pub fn resolve_lenient(
        args: &ClientArgs,
        flags: &[(&str, String, &str)],
    ) -> Result<(Self, Vec<Rejected>)> {
        Ok(Self::build(collect_raws(args, flags)?))
    }

    /// Settings from entries of a properties file read elsewhere
    /// (`--import` checks its translation with this).
    pub fn from_entries_lenient(entries: Vec<(String, String, Source)>) -> (Self, Vec<Rejected>) {
        Self::build(
            entries
                .into_iter()
                .map(|(key, value, source)| Raw { key, value, source })
                .collect(),
        )
    }

    fn from_raw(raws: Vec<Raw>) -> Result<Self> {
        let mut out = ClientSettings::default();
        let scratch = ScratchConf::new();
        for raw in raws {
            let setting = match classify(raw) {
                Classified::Known(s) => s,
                Classified::Ignored(r) => {
                    tracing::warn!("{}", r.message);
                    continue;
                }
                Classified::Refused(r) => return Err(usage(r.message)),
            };
            scratch.validate(&setting)?;
            out.add(setting);
        }
        out.check_brokers()?;
        Ok(out)
    }

    fn build(raws: Vec<Raw>) -> (Self, Vec<Rejected>) {
        let mut out = ClientSettings::default();
        let mut rejected = Vec::new();
        let scratch = ScratchConf::new();
        for raw in raws {
            match classify(raw) {
                Classified::Known(s) => match scratch.validate(&s) {
                    Ok(()) => out.add(s),
                    Err(e) => rejected.push(Rejected {
                        key: s.typed.clone(),
                        source: s.source.clone(),
                        message: e.to_string(),
                        kind: RejectKind::Invalid,
                        value: s.value.clone(),
                    }),
                },
                Classified::Ignored(r) | Classified::Refused(r) => rejected.push(r),
            }
        }
        (out, rejected)
    }

    fn add(&mut self, setting: Setting) {
        self.history.push(setting.clone());
        self.settings.insert(setting.conf_key(), setting);
    }

    fn check_brokers(&self) -> Result<()> {
        if let Some(bs) = self.get("bootstrap.servers") {
            if bs.raw_value().trim().is_empty() {
                return Err(usage(format!(
                    "bootstrap.servers is empty (set by {})",
                    bs.source
                )));
            }
            if let Some(entry) = bs.raw_value().split(',').find(|e| !port_ok(e.trim())) {
                return Err(usage(format!(
                    "bootstrap.servers entry {:?} (set by {}): the port must be a number from 1 to 65535",
                    entry.trim(),
                    bs.source
                )));
            }
        }
        Ok(())
    }
}

/// Whether a `[proto://]host[:port]` entry's port, where one can be told
/// apart, is a port: librdkafka reads it with atoi into 16 bits, so
/// `host:113245` connected to port 47709 and `host:abc` to port 0.
fn port_ok(entry: &str) -> bool {
    let host_port = entry.split_once("://").map_or(entry, |(_, rest)| rest);
    let port = match host_port.strip_prefix('[') {
        // `[::1]:9092`
        Some(bracketed) => bracketed
            .split_once(']')
            .and_then(|(_, after)| after.strip_prefix(':')),
        // A bare IPv6 address has colons of its own: nothing to tell.
        None if host_port.matches(':').count() == 1 => host_port.split_once(':').map(|(_, p)| p),
        None => None,
    };
    port.is_none_or(|p| p.parse::<u16>().is_ok_and(|n| n > 0))
}

/// Every assignment in precedence order: klar defaults < file < environment
/// < dedicated flags < `-X`.
fn collect_raws(args: &ClientArgs, flags: &[(&str, String, &str)]) -> Result<Vec<Raw>> {
    let mut env: Vec<(String, String)> = Vec::new();
    // Paths need not be UTF-8.
    let mut paths: Vec<(String, std::ffi::OsString)> = Vec::new();
    for (k, v) in std::env::vars_os() {
        let Ok(k) = k.into_string() else { continue };
        if matches!(k.as_str(), "KLAR_CONFIG" | "HOME" | "XDG_CONFIG_HOME") {
            paths.push((k.clone(), v.clone()));
        }
        match v.into_string() {
            Ok(v) => env.push((k, v)),
            // Skipped, it would leave klar running with another
            // configuration than the one given. The value may be a secret.
            Err(_) if k.starts_with("KLAR_") && k != "KLAR_CONFIG" => {
                return Err(usage(format!(
                    "environment variable {k} is not valid UTF-8 (its value is not shown)"
                )))
            }
            Err(_) => {}
        }
    }
    let mut raws = Vec::new();
    for (k, v) in KLAR_DEFAULTS {
        raws.push(Raw {
            key: k.to_string(),
            value: v.to_string(),
            source: Source::KlarDefault,
        });
    }
    if let Some(path) = config_file_path(args, &paths)? {
        raws.extend(read_properties_file(&path)?);
    }
    raws.extend(env_settings(&env)?);
    if let Some(b) = &args.brokers {
        raws.push(Raw {
            key: "bootstrap.servers".into(),
            value: b.clone(),
            source: Source::Flag {
                flag: "-b/--brokers".into(),
            },
        });
    }
    if let Some(d) = &args.debug {
        raws.push(Raw {
            key: "debug".into(),
            value: d.clone(),
            source: Source::Flag {
                flag: "--debug".into(),
            },
        });
    }
    for (key, value, flag) in flags {
        raws.push(Raw {
            key: key.to_string(),
            value: value.clone(),
            source: Source::Flag {
                flag: flag.to_string(),
            },
        });
    }
    for x in &args.props {
        let Some((k, v)) = x.split_once('=') else {
            // kcat's -X list and -X dump have a command of their own here.
            let instead = match x.as_str() {
                "list" => "; to list every property, run klar config-explain",
                "dump" => "; to see the configuration in force, add --explain-only",
                _ => "",
            };
            return Err(usage(format!(
                "-X {}: expected KEY=VALUE (for example -X linger.ms=10){instead}",
                crate::redacted::key_part(x)
            )));
        };
        raws.push(Raw {
            key: k.to_string(),
            value: v.to_string(),
            source: Source::Override,
        });
    }
    Ok(raws)
}

impl ClientSettings {
    /// A setting by canonical name or alias.
    pub fn get(&self, name: &str) -> Option<&Setting> {
        if let Some(c) = common(name) {
            return self.settings.get(c.canonical);
        }
        let canonical = Catalogue::get().canonical(name).unwrap_or(name);
        self.settings.get(canonical)
    }

    /// A setting by its canonical name. Unlike `get`, never reads
    /// librdkafka's property table to resolve an alias, which would cost a
    /// command that reads a setting at start half a millisecond.
    pub fn get_canonical(&self, canonical: &str) -> Option<&Setting> {
        self.settings.get(canonical)
    }

    /// The setting for one catalogue row: its canonical name at its scope.
    pub fn get_scoped(&self, canonical: &str, scope: Scope) -> Option<&Setting> {
        self.settings
            .values()
            .find(|s| s.name == canonical && s.scope == scope)
    }

    pub fn value(&self, name: &str) -> Option<&str> {
        self.get(name).map(|s| s.raw_value())
    }

    /// The value as set, else librdkafka's default (empty when it has none).
    pub fn value_or_default(&self, name: &str) -> String {
        match self.value(name) {
            Some(v) => v.to_string(),
            None => match common(name) {
                Some(c) => c.default.to_string(),
                None => Catalogue::get()
                    .find(name)
                    .map(|p| p.default.to_string())
                    .unwrap_or_default(),
            },
        }
    }

    pub fn settings(&self) -> impl Iterator<Item = &Setting> {
        self.settings.values()
    }

    #[allow(dead_code)] // config-explain shows overridden values
    pub fn history(&self) -> &[Setting] {
        &self.history
    }

    /// Values that must be scrubbed from anything klar prints.
    pub fn secrets(&self) -> Vec<String> {
        let mut out = Vec::new();
        for s in self
            .history
            .iter()
            .filter(|s| s.is_sensitive() && !s.raw_value().is_empty())
        {
            let v = s.raw_value();
            out.push(v.to_string());
            // librdkafka quotes pieces of a value it cannot parse
            // (sasl.oauthbearer.config's `Unrecognized ... beginning at:
            // bogus=TOKEN`): each `name=value` token and its value are
            // secrets too.
            for token in v.split_whitespace() {
                if token != v {
                    out.push(token.to_string());
                }
                if let Some((_, value)) = token.split_once('=').filter(|(_, x)| !x.is_empty()) {
                    out.push(value.to_string());
                }
            }
        }
        out
    }

    /// Only the global properties every client kind reads (brokers,
    /// security, timeouts): for a client that only looks at the cluster,
    /// made from a producer's or a consumer's configuration, which would
    /// otherwise log librdkafka's CONFWARN for every property of the other
    /// kind.
    pub fn generic_only(&self) -> ClientSettings {
        let cat = Catalogue::get();
        let keep = |s: &Setting| {
            s.scope == Scope::Global
                && cat
                    .find_scoped(&s.name, Scope::Global)
                    .is_some_and(|p| p.applies_to == "*")
        };
        ClientSettings {
            settings: self
                .settings
                .iter()
                .filter(|(_, s)| keep(s))
                .map(|(k, s)| (k.clone(), s.clone()))
                .collect(),
            history: self.history.iter().filter(|s| keep(s)).cloned().collect(),
        }
    }

    /// A client is about to connect: with no broker to connect to, that is
    /// a configuration error now, not a timeout later.
    pub fn require_brokers(&self) -> Result<()> {
        if !self.own_mock_cluster()
            && self
                .value("bootstrap.servers")
                .is_none_or(|b| b.trim().is_empty())
        {
            return Err(usage(
                "no brokers to connect to: give -b/--brokers, set KLAR_BROKERS, or set \
                 bootstrap.servers in a properties file (-F)",
            ));
        }
        Ok(())
    }

    /// `test.mock.num.brokers` above 0: librdkafka starts a mock cluster
    /// inside the client and connects to it instead of bootstrap.servers.
    pub fn own_mock_cluster(&self) -> bool {
        // By its canonical name: a lookup by any name would read the
        // property table at every command's start.
        self.get_canonical("test.mock.num.brokers")
            .map(|s| s.raw_value())
            .and_then(|v| v.trim().parse::<i64>().ok())
            .is_some_and(|n| n > 0)
    }

    pub fn brokers_for_display(&self) -> String {
        if self.own_mock_cluster() {
            return "(none: test.mock.num.brokers makes the client's own mock cluster)".to_string();
        }
        self.value("bootstrap.servers")
            .unwrap_or("(none: set -b/--brokers or KLAR_BROKERS)")
            .to_string()
    }

    /// Create a librdkafka client of kind `what` ("producer", "consumer")
    /// from this configuration.
    pub fn create<C, T>(&self, level: RDKafkaLogLevel, context: C, what: &str) -> Result<T>
    where
        C: ClientContext,
        T: FromClientConfigAndContext<C>,
    {
        self.create_with(level, context, what, &[])
    }

    /// `create`, with properties of klar's own on top (`extra`), which the
    /// user's configuration does not show.
    pub fn create_with<C, T>(
        &self,
        level: RDKafkaLogLevel,
        context: C,
        what: &str,
        extra: &[(&str, &str)],
    ) -> Result<T>
    where
        C: ClientContext,
        T: FromClientConfigAndContext<C>,
    {
        self.before_client();
        let mut config = self.client_config(level);
        for (k, v) in extra {
            config.set(*k, *v);
        }
        config.create_with_context(context).map_err(|e| {
            // librdkafka's creation errors can quote property values.
            let described = crate::kafka_error::describe(&e);
            let msg = format!(
                "cannot create the {what}: {described}{}",
                sasl::creation_hint(&described)
            );
            usage(crate::redacted::scrub(&msg, &self.secrets()))
        })
    }

    /// What has to happen once in the process before the first client of
    /// this configuration is created.
    pub fn before_client(&self) {
        sasl::before_first_client(sasl::uses_cyrus(
            &self.value_or_default("security.protocol"),
            &self.value_or_default("sasl.mechanisms"),
        ));
    }

    /// The rdkafka configuration, with canonical names so that aliases never
    /// race each other inside rdkafka's HashMap.
    pub fn client_config(&self, log_level: RDKafkaLogLevel) -> ClientConfig {
        let mut c = ClientConfig::new();
        for s in self.settings.values() {
            c.set(s.conf_key(), s.raw_value());
        }
        c.set_log_level(log_level);
        c
    }
}

/// A key or value that `resolve` refuses (or, for Java class names,
/// ignores), with the one-line message it would print.
#[derive(Debug, Clone)]
pub struct Rejected {
    pub key: String,
    pub source: Source,
    pub message: String,
    pub kind: RejectKind,
    value: Redacted<String>,
}

impl Rejected {
    /// The value as given, for translating it (a JAAS line); never printed.
    pub fn raw_value(&self) -> Option<&str> {
        Some(self.value.expose().as_str()).filter(|v| !v.is_empty())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RejectKind {
    Unknown {
        suggestion: Option<String>,
    },
    /// A Java client key; `ignored` when it only names a Java class.
    JavaOnly {
        hint: &'static str,
        ignored: bool,
    },
    Invalid,
}

enum Classified {
    Known(Setting),
    /// Deliberately ignored, with a warning.
    Ignored(Rejected),
    Refused(Rejected),
}

/// Turn a raw key into a known property, or explain why it is not one.
fn classify(raw: Raw) -> Classified {
    let typed = raw.key.clone();
    if let Some(c) = common(&typed) {
        return Classified::Known(Setting {
            name: c.canonical.to_string(),
            typed,
            scope: c.scope,
            value: Redacted::new(raw.value),
            source: raw.source,
        });
    }
    let cat = Catalogue::get();
    let reject = |message: String, kind: RejectKind| Rejected {
        key: typed.clone(),
        source: raw.source.clone(),
        message,
        kind,
        value: Redacted::new(raw.value.clone()),
    };
    if typed.trim().is_empty() {
        return Classified::Refused(reject(
            format!("empty property name ({})", raw.source),
            RejectKind::Unknown { suggestion: None },
        ));
    }
    let prop = cat.find(&typed).or_else(|| {
        typed
            .strip_prefix("topic.")
            .and_then(|rest| cat.find_scoped(rest, Scope::Topic))
    });
    let Some(prop) = prop else {
        if let Some((hint, ignored)) = java_only(&typed) {
            let kind = RejectKind::JavaOnly { hint, ignored };
            if ignored {
                return Classified::Ignored(reject(
                    format!(
                        "ignoring Java client property {typed} ({}): {hint}",
                        raw.source
                    ),
                    kind,
                ));
            }
            return Classified::Refused(reject(
                format!(
                    "{typed} ({}) is a Java client property that librdkafka does not know: {hint}",
                    raw.source
                ),
                kind,
            ));
        }
        let mut msg = format!("unknown property {typed} ({})", raw.source);
        // `topic.` in front of a global property.
        if let Some(global) = typed.strip_prefix("topic.").and_then(|r| cat.find(r)) {
            msg = format!(
                "{typed} ({}): {} is a global property, which the topic. prefix does not take; \
                 set {} itself",
                raw.source, global.name, global.name
            );
            return Classified::Refused(reject(msg, RejectKind::Unknown { suggestion: None }));
        }
        let suggestion = cat.suggest(&typed).map(String::from);
        if let Some(s) = &suggestion {
            msg.push_str(&format!("; did you mean {s}?"));
        }
        return Classified::Refused(reject(msg, RejectKind::Unknown { suggestion }));
    };
    let name = prop.canonical().to_string();
    Classified::Known(Setting {
        name,
        typed,
        scope: prop.scope,
        value: Redacted::new(raw.value),
        source: raw.source,
    })
}

/// The librdkafka hint for a Java-only key, and whether klar may ignore it.
pub fn java_only(key: &str) -> Option<(&'static str, bool)> {
    JAVA_ONLY
        .iter()
        .find(|(k, _, _)| *k == key)
        .map(|(_, hint, ignore)| (*hint, *ignore))
}

/// Properties of the Java client with no librdkafka meaning. The flag says
/// whether klar may ignore the key (it only names a Java class) or must stop
/// (ignoring it would silently change security or behaviour).
const JAVA_ONLY: &[(&str, &str, bool)] = &[
    ("key.serializer", "klar sends bytes as given", true),
    ("value.serializer", "klar sends bytes as given", true),
    ("key.deserializer", "klar reads raw bytes; see consume -s", true),
    ("value.deserializer", "klar reads raw bytes; see consume -s", true),
    ("interceptor.classes", "librdkafka has plugins (plugin.library.paths) instead", true),
    (
        "sasl.jaas.config",
        "set sasl.username and sasl.password (and sasl.mechanisms) instead",
        false,
    ),
    (
        "ssl.truststore.location",
        "use ssl.ca.location with a PEM file (convert the JKS truststore with keytool -exportcert -rfc)",
        false,
    ),
    ("ssl.truststore.password", "not needed: ssl.ca.location takes a PEM file", false),
    ("ssl.truststore.type", "use ssl.ca.location with a PEM file", false),
    ("ssl.keystore.type", "ssl.keystore.location takes a PKCS#12 file", false),
    ("ssl.key.store.location", "use ssl.keystore.location (PKCS#12)", false),
    ("max.request.size", "use message.max.bytes", false),
    ("buffer.memory", "use queue.buffering.max.kbytes", false),
    ("max.block.ms", "librdkafka never blocks on send; see queue.buffering.max.messages", false),
    ("fetch.max.wait.ms", "use fetch.wait.max.ms", false),
    (
        "send.buffer.bytes",
        "use socket.send.buffer.bytes (0 for the system's default, Java's -1)",
        false,
    ),
    (
        "receive.buffer.bytes",
        "use socket.receive.buffer.bytes (0 for the system's default, Java's -1)",
        false,
    ),
    ("max.poll.records", "librdkafka has no equivalent; klar polls one message at a time", false),
    ("partitioner.class", "use partitioner (murmur2_random matches the Java default)", false),
    ("default.api.timeout.ms", "use --timeout", false),
    ("sasl.login.callback.handler.class", "librdkafka has sasl.oauthbearer.method=oidc", false),
    ("sasl.client.callback.handler.class", "librdkafka has no callback classes", false),
    ("schema.registry.url", "klar does not talk to a schema registry", false),
];

fn config_file_path(
    args: &ClientArgs,
    env: &[(String, std::ffi::OsString)],
) -> Result<Option<PathBuf>> {
    if let Some(p) = &args.config_file {
        return Ok(Some(p.clone()));
    }
    if let Some((_, p)) = env.iter().find(|(k, _)| k == "KLAR_CONFIG") {
        if !p.is_empty() {
            return Ok(Some(PathBuf::from(p)));
        }
    }
    let dir = env
        .iter()
        .find(|(k, v)| k == "XDG_CONFIG_HOME" && !v.is_empty())
        .map(|(_, v)| PathBuf::from(v))
        .or_else(|| {
            env.iter()
                .find(|(k, _)| k == "HOME")
                .map(|(_, h)| Path::new(h).join(".config"))
        });
    Ok(dir
        .map(|d| d.join("klar").join("klar.properties"))
        .filter(|p| p.is_file()))
}

/// The entries of a Java .properties file, errors naming file and line.
pub fn read_properties_entries(path: &Path) -> Result<Vec<properties::Entry>> {
    // Bounded: `-F /dev/zero` read on until memory ran out.
    const MAX_FILE: u64 = 16 << 20;
    let cannot = |e: std::io::Error| {
        usage(format!(
            "cannot read properties file {}: {e}",
            path.display()
        ))
    };
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| {
            use std::io::Read;
            f.take(MAX_FILE + 1).read_to_end(&mut bytes)
        })
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(usage(format!(
            "properties file {} is larger than 16 MiB: not a properties file",
            path.display()
        )));
    }
    // Java reads .properties as ISO-8859-1 unless \u escapes are used; most
    // real files are ASCII, so accept UTF-8 and fall back to Latin-1.
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
    };
    // A byte order mark, which editors on Windows write, is no part of the
    // first key.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    properties::parse(text)
        .map_err(|e| usage(format!("{}:{}: {}", path.display(), e.line, e.message)))
}

fn read_properties_file(path: &Path) -> Result<Vec<Raw>> {
    Ok(read_properties_entries(path)?
        .into_iter()
        .map(|e| Raw {
            key: e.key,
            // The Java client trims every value it reads from such a file
            // (ConfigDef), so `acks=all ` works there; librdkafka does not.
            value: e.value.trim_end_matches([' ', '\t', '\u{c}']).to_string(),
            source: Source::File {
                path: path.to_path_buf(),
                line: e.line,
            },
        })
        .collect())
}

fn env_settings(env: &[(String, String)]) -> Result<Vec<Raw>> {
    let mut out = Vec::new();
    if let Some((_, v)) = env.iter().find(|(k, _)| k == "KLAR_BROKERS") {
        if !v.is_empty() {
            out.push(Raw {
                key: "bootstrap.servers".into(),
                value: v.clone(),
                source: Source::Env {
                    var: "KLAR_BROKERS".into(),
                },
            });
        }
    }
    let mut vars: Vec<&(String, String)> = env
        .iter()
        .filter(|(k, _)| k.starts_with(ENV_PREFIX))
        .collect();
    vars.sort();
    let cat = || Catalogue::get();
    for (var, value) in vars {
        let wanted = &var[ENV_PREFIX.len()..];
        let find = |w: &str| {
            cat()
                .properties
                .iter()
                .map(|p| p.name)
                .find(|n| env_name(n) == w)
        };
        // KLAR_X_TOPIC_ACKS is `-X topic.acks`, as KLAR_X_ACKS is `-X acks`.
        let name = find(wanted).map(str::to_string).or_else(|| {
            let rest = wanted.strip_prefix("TOPIC_")?;
            find(rest).map(|n| format!("topic.{n}"))
        });
        let Some(name) = name else {
            let mut msg = format!("environment variable {var} names no librdkafka property");
            let guess = wanted.to_ascii_lowercase().replace('_', ".");
            if let Some(s) = cat().suggest(&guess) {
                msg.push_str(&format!("; did you mean {ENV_PREFIX}{}?", env_name(s)));
            }
            return Err(usage(msg));
        };
        out.push(Raw {
            key: name,
            value: value.clone(),
            source: Source::Env { var: var.clone() },
        });
    }
    Ok(out)
}

/// `sasl.password` -> `SASL_PASSWORD`.
pub fn env_name(property: &str) -> String {
    property.to_ascii_uppercase().replace(['.', '-'], "_")
}

/// A librdkafka conf used only to check values with the library's own parser.
struct ScratchConf(*mut rdsys::rd_kafka_conf_t);

impl ScratchConf {
    fn new() -> Self {
        // SAFETY: rd_kafka_conf_new never fails; freed in Drop.
        ScratchConf(unsafe { rdsys::rd_kafka_conf_new() })
    }

    fn validate(&self, s: &Setting) -> Result<()> {
        let shown = |v: &str| {
            if s.is_sensitive() {
                MASK.to_string()
            } else {
                format!("{v:?}")
            }
        };
        let (Ok(name), Ok(value)) = (CString::new(s.conf_key()), CString::new(s.raw_value()))
        else {
            return Err(usage(format!(
                "invalid value for {} ({}): contains a NUL byte",
                s.typed, s.source
            )));
        };
        let prop = || {
            Catalogue::get()
                .find(&s.typed)
                .or_else(|| Catalogue::get().find(&s.name))
        };
        // librdkafka parses numbers with strtol/strtod and ignores trailing
        // text, so `linger.ms=5ms` would silently mean 5 and `batch.size=9x` 9.
        if let Some(p) = common(&s.typed).map_or_else(prop, |_| None) {
            let v = s.raw_value().trim();
            let numeric = matches!(p.kind, "integer" | "float");
            // strtod also reads `nan` and `inf`, which no range check stops.
            let looks_numeric = v
                .starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+' || c == '.')
                || v.parse::<f64>().is_ok();
            let parses = if p.kind == "integer" {
                v.parse::<i64>().is_ok()
            } else {
                v.parse::<f64>().is_ok_and(f64::is_finite)
            };
            if numeric && looks_numeric && !parses {
                return Err(usage(format!(
                    "invalid value for {} ({}): {}: expected {} in {} (a plain number, no unit)",
                    s.typed,
                    s.source,
                    shown(s.raw_value()),
                    p.kind,
                    p.range
                )));
            }
        }
        // Refused here, not left to librdkafka: it takes a string for the
        // hidden ones (`ut_handle_ProduceResponse` as a function's address).
        // None of the common ones is set through the C API, and for those
        // the table stays unread.
        if common(&s.typed).is_none() && prop().is_some_and(|p| p.is_api_only()) {
            return Err(usage(format!(
                "{} ({}) cannot be set from the command line: librdkafka sets it through its C API",
                s.typed, s.source
            )));
        }
        let mut errstr = [0 as std::os::raw::c_char; 512];
        // SAFETY: valid NUL-terminated strings and a buffer of the stated size.
        let res = unsafe {
            rdsys::rd_kafka_conf_set(
                self.0,
                name.as_ptr(),
                value.as_ptr(),
                errstr.as_mut_ptr(),
                errstr.len(),
            )
        };
        if res == rdsys::rd_kafka_conf_res_t::RD_KAFKA_CONF_OK {
            return Ok(());
        }
        let mut expected = String::new();
        if let Some(p) = prop() {
            expected = match (p.kind, p.range) {
                (k, "") => format!(": expected {k}"),
                ("boolean", _) => ": expected true or false".to_string(),
                ("enum value", r) | ("CSV flags", r) => format!(": expected one of {r}"),
                (k, r) => format!(": expected {k} in {r}"),
            };
        }
        // librdkafka's own reason, when it is more than "invalid value":
        // e.g. a property whose feature this build leaves out. The value is
        // cut out of it, so a secret is never echoed.
        // SAFETY: librdkafka NUL-terminates errstr within its length.
        let said = unsafe { std::ffi::CStr::from_ptr(errstr.as_ptr()) }.to_string_lossy();
        // That text names the property, never the value.
        if said.contains("not supported in this build") {
            return Err(usage(format!(
                "{} ({}) cannot be used with this klar: librdkafka says: {}",
                s.typed,
                s.source,
                said.trim()
            )));
        }
        if s.raw_value().trim().is_empty() {
            return Err(usage(format!(
                "invalid value for {} ({}): the value is empty{expected}",
                s.typed, s.source
            )));
        }
        // A secret is cut out of librdkafka's other reasons. Only a secret:
        // cutting a short value out of every word garbled the text.
        let why = if s.is_sensitive() {
            said.replace(s.raw_value(), "(value)")
        } else {
            said.into_owned()
        };
        let why = why.trim();
        // The catalogue's range says it better when there is one; a type
        // alone ("expected string") says nothing a refusal could be about.
        let ranged = prop().is_some_and(|p| !p.range.is_empty() || p.kind == "boolean");
        let generic = why.is_empty() || why.starts_with("Invalid value") || ranged;
        if !generic {
            expected.clear();
        }
        let reason = if generic {
            String::new()
        } else {
            format!(" (librdkafka: {why})")
        };
        Err(usage(format!(
            "invalid value for {} ({}): {}{}{}",
            s.typed,
            s.source,
            shown(s.raw_value()),
            expected,
            reason
        )))
    }
}

impl Drop for ScratchConf {
    fn drop(&mut self) {
        // SAFETY: created by rd_kafka_conf_new and never handed to a client.
        unsafe { rdsys::rd_kafka_conf_destroy(self.0) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(k: &str, v: &str) -> Raw {
        Raw {
            key: k.into(),
            value: v.into(),
            source: Source::Override,
        }
    }

    #[test]
    fn aliases_are_keyed_by_canonical_name_and_later_wins() {
        let s = ClientSettings::from_raw(vec![
            raw("linger.ms", "10"),
            raw("queue.buffering.max.ms", "20"),
        ])
        .unwrap();
        assert_eq!(s.value("linger.ms"), Some("20"));
        assert_eq!(s.get("linger.ms").unwrap().typed, "queue.buffering.max.ms");
        assert_eq!(s.history().len(), 2);
    }

    #[test]
    fn bad_value_names_the_users_spelling() {
        let e = ClientSettings::from_raw(vec![raw("linger.ms", "abc")]).unwrap_err();
        let m = e.to_string();
        assert!(
            m.starts_with("invalid value for linger.ms (-X): \"abc\""),
            "{m}"
        );
        assert!(!m.contains("queue.buffering.max.ms"), "{m}");
    }

    #[test]
    fn unknown_key_suggests() {
        let e = ClientSettings::from_raw(vec![raw("linger.msec", "1")]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "unknown property linger.msec (-X); did you mean linger.ms?"
        );
    }

    #[test]
    fn topic_prefix_sets_topic_property() {
        let s = ClientSettings::from_raw(vec![
            raw("topic.message.timeout.ms", "1000"),
            raw("topic.metadata.refresh.interval.ms", "1000"),
        ])
        .unwrap();
        assert_eq!(s.value("message.timeout.ms"), Some("1000"));
        assert_eq!(s.get("message.timeout.ms").unwrap().scope, Scope::Topic);
        assert_eq!(
            s.get("topic.metadata.refresh.interval.ms").unwrap().scope,
            Scope::Global
        );
    }

    #[test]
    fn secret_values_are_never_echoed() {
        // Every sensitive property is a string, so a NUL byte is the one
        // value librdkafka can refuse; the error must not quote it.
        let e = ClientSettings::from_raw(vec![raw("sasl.password", "hunter2\0")]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid value for sasl.password (-X): contains a NUL byte"
        );
        let s = ClientSettings::from_raw(vec![raw("sasl.password", "hunter2")]).unwrap();
        let dbg = format!("{s:?}");
        assert!(!dbg.contains("hunter2"), "{dbg}");
        assert_eq!(s.secrets(), vec!["hunter2".to_string()]);
    }

    #[test]
    fn java_only_keys() {
        let e = ClientSettings::from_raw(vec![raw("sasl.jaas.config", "x")]).unwrap_err();
        assert!(
            e.to_string().contains("sasl.username and sasl.password"),
            "{e}"
        );
        let s = ClientSettings::from_raw(vec![raw("key.serializer", "org.Foo")]).unwrap();
        assert!(s.settings().next().is_none());
    }

    #[test]
    fn env_names_round_trip() {
        assert_eq!(env_name("sasl.password"), "SASL_PASSWORD");
        let env = vec![("KLAR_X_LINGER_MS".to_string(), "7".to_string())];
        let r = env_settings(&env).unwrap();
        assert_eq!(r[0].key, "linger.ms");
        let bad = vec![("KLAR_X_LINGER_MSS".to_string(), "7".to_string())];
        let e = env_settings(&bad).unwrap_err().to_string();
        assert!(e.contains("did you mean KLAR_X_LINGER_MS?"), "{e}");
    }
}
