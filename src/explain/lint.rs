//! `config-explain --lint`: what librdkafka would refuse, ignore or do
//! badly with this configuration, each finding with its source and a fix.

use anyhow::Result;
use serde_json::{json, Value};

use super::import::parse_jaas;
use super::{client_kind, notes, source_json, typed_row_name};
use crate::cli::{ConfigExplainArgs, OutputFormat, Role};
use crate::config::catalogue::Catalogue;
use crate::config::effective::{ClientKind, Effective};
use crate::config::{ClientSettings, RejectKind, Rejected, Source};
use crate::exit_codes::ExitCode;
use crate::output::Out;
use crate::redacted::MASK;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub severity: Severity,
    pub key: String,
    /// Where the key was set; `None` for a librdkafka default.
    pub source: Option<Source>,
    pub why: String,
    pub fix: String,
    /// The topic of a finding against the cluster (`--topic`).
    pub topic: Option<String>,
}

pub fn run(a: &ConfigExplainArgs, quiet: bool) -> Result<ExitCode> {
    for t in &a.topics {
        crate::cluster::check_topic_name("--topic", t)?;
    }
    let (settings, rejected) = ClientSettings::resolve_lenient(&a.client, &[])?;
    if !a.topics.is_empty() {
        settings.require_brokers()?;
    }
    let mut findings = lint(&settings, &rejected, a.role);
    // A cluster that cannot be reached ends the run, after the findings
    // that need none.
    let mut cluster_error = None;
    if !a.topics.is_empty() {
        if rejected.is_empty() {
            match against_cluster(a, &settings, quiet) {
                Ok(found) => findings.extend(found),
                Err(e) => cluster_error = Some(e),
            }
            findings.sort_by_key(|f| f.severity);
        } else if !quiet {
            // Without the keys it refused, klar would connect as the
            // configuration does not say (a misspelt security.protocol
            // would connect in plaintext).
            eprintln!(
                "klar: lint: not checked against the cluster: {} key(s) above would make \
                 librdkafka refuse the configuration; fix them first",
                rejected.len()
            );
        }
    }
    let mut out = Out::new();
    match a.output {
        OutputFormat::Json => {
            let all: Vec<Value> = findings.iter().map(finding_json).collect();
            let text = serde_json::to_string_pretty(&Value::Array(all)).unwrap_or_default();
            out.write_all(text.as_bytes());
            out.end_line();
        }
        OutputFormat::Text => {
            for f in &findings {
                let src = f
                    .source
                    .as_ref()
                    .map_or_else(|| "librdkafka default".to_string(), |s| s.to_string());
                let text = format!(
                    "{}: {} ({}): {}\n  fix: {}",
                    f.severity.as_str(),
                    f.key,
                    src,
                    f.why,
                    f.fix
                );
                out.write_all(text.as_bytes());
                out.end_line();
            }
        }
    }
    out.flush();
    if let Some(e) = cluster_error {
        // No summary: it would read as a pass of checks never made.
        return Err(e);
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = findings.len() - errors;
    if !quiet {
        eprintln!("klar: lint: {errors} error(s), {warnings} warning(s)");
    }
    Ok(if errors > 0 {
        ExitCode::Failure
    } else {
        ExitCode::Success
    })
}

/// The client kinds whose cluster checks apply: the role asked for; with
/// none, each kind the configuration has properties of (a file that mixes
/// both gets both), else the kind `client_kind` decides.
fn kinds_to_check(role: Option<Role>, settings: &ClientSettings) -> Vec<ClientKind> {
    match role {
        Some(Role::Producer) => return vec![ClientKind::Producer],
        Some(Role::Consumer) => return vec![ClientKind::Consumer],
        Some(Role::Admin) => return Vec::new(),
        None => {}
    }
    let cat = crate::config::catalogue::Catalogue::get();
    let has = |cp: &str| {
        settings.settings().any(|s| {
            cat.find_scoped(&s.name, s.scope)
                .is_some_and(|p| p.applies_to == cp)
        })
    };
    let mut kinds = Vec::new();
    if has("P") {
        kinds.push(ClientKind::Producer);
    }
    if has("C") {
        kinds.push(ClientKind::Consumer);
    }
    if kinds.is_empty() {
        kinds.push(client_kind(role, settings));
    }
    kinds
}

/// `--topic`: the findings against the cluster; what was read, and each
/// check the cluster gave too little for, go to stderr.
fn against_cluster(
    a: &ConfigExplainArgs,
    settings: &ClientSettings,
    quiet: bool,
) -> Result<Vec<Finding>> {
    let facts = super::against::gather(settings, &a.topics, a.client.timeout)?;
    let mut effs = Vec::new();
    for kind in kinds_to_check(a.role, settings) {
        effs.push(Effective::compute(settings, kind)?);
    }
    let say = |line: String| {
        if !quiet {
            eprintln!("klar: lint: {line}");
        }
    };
    if let Some(note) = facts.first().and_then(super::against::broker_note) {
        say(note);
    }
    let mut v = Vec::new();
    for f in &facts {
        super::against::describe(f).into_iter().for_each(&say);
        for eff in &effs {
            let (found, skipped) = super::against::check(settings, eff, f);
            for s in skipped {
                say(format!("not checked: {s}"));
            }
            v.extend(found);
        }
    }
    if let Some(why) = facts.iter().find_map(|f| f.timed_out()) {
        return Err(crate::exit_codes::unreachable(format!(
            "no answer from the cluster within --timeout {}: {why}",
            humantime::format_duration(a.client.timeout)
        )));
    }
    Ok(v)
}

fn finding_json(f: &Finding) -> Value {
    json!({
        "severity": f.severity.as_str(),
        "key": f.key,
        "source": source_json(f.source.as_ref().unwrap_or(&Source::LibrdkafkaDefault)),
        "why": f.why,
        "fix": f.fix,
        "topic": f.topic,
    })
}

/// Every finding for a configuration, errors first, then in source order.
pub fn lint(settings: &ClientSettings, rejected: &[Rejected], role: Option<Role>) -> Vec<Finding> {
    let mut v: Vec<Finding> = rejected.iter().map(rejected_finding).collect();
    role_findings(settings, role, &mut v);
    deprecated_findings(settings, &mut v);
    hidden_findings(settings, &mut v);
    let kind = client_kind(role, settings);
    combination_findings(settings, kind, &mut v);
    // Keys klar refused are not in `settings`: they hide nothing below.
    let own_rules = &v[rejected.len()..];
    if !own_rules.iter().any(|f| f.severity == Severity::Error) {
        // Anything else librdkafka itself refuses (an unreadable CA file,
        // a mechanism this build lacks, ...), in its own words, under the
        // key it names when it names one the user set.
        if let Ok(eff) = Effective::compute(settings, kind) {
            if let Some(e) = eff.create_error {
                let named = settings
                    .history()
                    .iter()
                    .rev()
                    .find(|s| e.contains(s.typed.as_str()) || e.contains(s.name.as_str()));
                v.push(Finding {
                    topic: None,
                    severity: Severity::Error,
                    key: named.map_or("(configuration)".into(), |s| s.typed.clone()),
                    source: named.map(|s| s.source.clone()),
                    why: format!("librdkafka refuses to create a {}: {e}", kind.as_str()),
                    fix: "change the properties the message names".into(),
                });
            }
        }
    }
    v.sort_by_key(|f| f.severity);
    v
}

fn rejected_finding(r: &Rejected) -> Finding {
    let (severity, why, fix) = match &r.kind {
        RejectKind::Unknown { suggestion } => (
            Severity::Error,
            "librdkafka does not know this property; creating a client would fail".to_string(),
            match suggestion {
                Some(s) => format!("did you mean {s}? rename it, or remove it"),
                None => "remove it (klar config-explain --search WORD finds the right name)".into(),
            },
        ),
        RejectKind::JavaOnly {
            hint,
            ignored: true,
        } => (
            Severity::Warning,
            "a Java client property; it names a Java class and klar ignores it".to_string(),
            format!("remove it ({hint})"),
        ),
        RejectKind::JavaOnly { hint, .. } if r.key == "sasl.jaas.config" => (
            Severity::Error,
            "a Java client property that librdkafka does not know".to_string(),
            jaas_fix(r, hint),
        ),
        RejectKind::JavaOnly { hint, .. } => (
            Severity::Error,
            "a Java client property that librdkafka does not know".to_string(),
            format!("{hint} (klar config-explain --import FILE translates a Java file)"),
        ),
        RejectKind::Invalid => (
            Severity::Error,
            r.message.clone(),
            format!(
                "give a value librdkafka accepts (klar config-explain {})",
                r.key
            ),
        ),
    };
    Finding {
        topic: None,
        severity,
        key: r.key.clone(),
        source: Some(r.source.clone()),
        why,
        fix,
    }
}

/// The librdkafka properties hidden in a JAAS line, secrets masked.
fn jaas_fix(r: &Rejected, hint: &str) -> String {
    let Some(raw) = r.raw_value() else {
        return hint.to_string();
    };
    let jaas = parse_jaas(raw);
    let mut parts = Vec::new();
    if let Some(m) = jaas.mechanism {
        parts.push(format!("sasl.mechanisms={m}"));
    }
    for (k, _) in jaas.properties() {
        parts.push(format!("{k}={MASK}"));
    }
    if parts.is_empty() {
        return hint.to_string();
    }
    format!(
        "replace it with {} (klar config-explain --import FILE writes them)",
        parts.join(", ")
    )
}

/// Properties the chosen client does not read: librdkafka logs CONFWARN
/// for them at startup and then ignores them.
fn role_findings(settings: &ClientSettings, role: Option<Role>, v: &mut Vec<Finding>) {
    let cat = Catalogue::get();
    let user_set: Vec<_> = settings
        .settings()
        .filter(|s| s.source != Source::KlarDefault)
        .filter_map(|s| Some((s, cat.find_scoped(&s.name, s.scope)?)))
        .collect();
    match role {
        Some(role) => {
            for (s, p) in user_set {
                if !p.applies(role.as_str()) {
                    v.push(Finding {
                        topic: None,
                        severity: Severity::Warning,
                        key: s.typed.clone(),
                        source: Some(s.source.clone()),
                        why: format!(
                            "{} {} property in {} {} configuration: librdkafka ignores it and \
                             logs a CONFWARN warning when the client starts",
                            article(p.role()),
                            p.role(),
                            article(role.as_str()),
                            role.as_str()
                        ),
                        fix: format!("remove it, or keep {} settings in their own file", p.role()),
                    });
                }
            }
        }
        None => {
            let producer = user_set.iter().find(|(_, p)| p.role() == "producer");
            let consumer = user_set.iter().find(|(_, p)| p.role() == "consumer");
            if let (Some((ps, _)), Some((cs, _))) = (producer, consumer) {
                v.push(Finding {
                    topic: None,
                    severity: Severity::Warning,
                    key: cs.typed.clone(),
                    source: Some(cs.source.clone()),
                    why: format!(
                        "the configuration mixes producer properties ({} from {}) and consumer \
                         properties; each client ignores the other's with a CONFWARN warning",
                        ps.typed, ps.source
                    ),
                    fix: "pass --role producer or --role consumer to check against one client, \
                          or split the file"
                        .into(),
                });
            }
        }
    }
}

fn deprecated_findings(settings: &ClientSettings, v: &mut Vec<Finding>) {
    let cat = Catalogue::get();
    for s in settings.settings() {
        let typed_row = cat.find_scoped(typed_row_name(&s.typed), s.scope);
        let canonical_row = cat.find_scoped(&s.name, s.scope);
        let Some(p) = typed_row
            .filter(|p| p.deprecated)
            .or(canonical_row.filter(|p| p.deprecated))
        else {
            continue;
        };
        // The deprecated alias's own target carries the replacement note.
        let fix = [p.canonical(), p.name]
            .iter()
            .find_map(|n| notes::all().get(*n).and_then(|n| n.replace.clone()))
            .unwrap_or_else(|| "remove it".into());
        v.push(Finding {
            topic: None,
            severity: Severity::Warning,
            key: s.typed.clone(),
            source: Some(s.source.clone()),
            why: "deprecated in librdkafka: it is ignored or goes away in a coming release".into(),
            fix,
        });
    }
}

/// Hidden properties: librdkafka reads them, but documents none of them.
fn hidden_findings(settings: &ClientSettings, v: &mut Vec<Finding>) {
    let cat = Catalogue::get();
    for s in settings.settings() {
        // A deprecated one is already told to go.
        if !cat
            .find_scoped(&s.name, s.scope)
            .is_some_and(|p| p.hidden && !p.deprecated)
        {
            continue;
        }
        v.push(Finding {
            topic: None,
            severity: Severity::Warning,
            key: s.typed.clone(),
            source: Some(s.source.clone()),
            why: "hidden in librdkafka: left out of its property table, undocumented, and free \
                  to change in any release"
                .into(),
            fix: format!(
                "keep it only if you need it (klar config-explain {})",
                s.name
            ),
        });
    }
}

/// A property's value: the user's, else librdkafka's default.
struct View<'a> {
    settings: &'a ClientSettings,
}

impl View<'_> {
    fn value(&self, name: &str) -> String {
        self.settings.value_or_default(name)
    }

    fn num(&self, name: &str) -> f64 {
        self.value(name).trim().parse().unwrap_or(0.0)
    }

    /// As librdkafka reads a boolean: true, t or 1 (`=1` escaped the rules).
    fn is_true(&self, name: &str) -> bool {
        let v = self.value(name);
        let v = v.trim();
        v.eq_ignore_ascii_case("true") || v.eq_ignore_ascii_case("t") || v == "1"
    }

    fn set(&self, name: &str) -> bool {
        self.settings.get(name).is_some()
    }

    fn source(&self, name: &str) -> Option<Source> {
        self.settings.get(name).map(|s| s.source.clone())
    }

    /// The spelling the user wrote, or the name given.
    fn key(&self, name: &str) -> String {
        self.settings
            .get(name)
            .map_or_else(|| name.to_string(), |s| s.typed.clone())
    }

    fn finding(&self, severity: Severity, name: &str, why: String, fix: &str) -> Finding {
        Finding {
            topic: None,
            severity,
            key: self.key(name),
            source: self.source(name),
            why,
            fix: fix.to_string(),
        }
    }
}

fn combination_findings(settings: &ClientSettings, kind: ClientKind, v: &mut Vec<Finding>) {
    let c = View { settings };
    let transactional = c.set("transactional.id");
    let idempotent = c.is_true("enable.idempotence") || transactional;
    let why_idem = if transactional {
        "transactional.id turns on idempotence"
    } else {
        "enable.idempotence=true"
    };
    let producer = kind == ClientKind::Producer;

    let acks_known = {
        let acks = c.value("acks");
        acks.trim().eq_ignore_ascii_case("all") || matches!(acks.trim().parse::<i64>(), Ok(-1..=1))
    };
    if producer && c.set("acks") {
        let acks = c.value("acks");
        if !acks_known {
            v.push(c.finding(
                Severity::Error,
                "acks",
                format!(
                    "acks={acks}: librdkafka takes it, but a Kafka broker accepts only all (-1), \
                     0 and 1, and refuses every produce request with INVALID_REQUIRED_ACKS"
                ),
                "set acks=all (every in-sync replica), 1 (the leader) or 0 (no answer)",
            ));
        }
    }
    if producer && idempotent && acks_known && c.set("acks") {
        let acks = c.value("acks");
        if acks != "all" && acks != "-1" {
            v.push(c.finding(
                Severity::Error,
                "acks",
                format!(
                    "acks={acks} with {why_idem}: librdkafka refuses to create the producer \
                     (idempotence needs every in-sync replica to acknowledge)"
                ),
                "set acks=all, or remove it (idempotence sets it)",
            ));
        }
    }
    if producer && idempotent && c.set("max.in.flight") && c.num("max.in.flight") > 5.0 {
        v.push(c.finding(
            Severity::Error,
            "max.in.flight",
            format!(
                "max.in.flight={} with {why_idem}: librdkafka refuses more than 5",
                c.value("max.in.flight")
            ),
            "set it to 5 or less, or remove it (librdkafka lowers it to 5)",
        ));
    }
    if producer && idempotent && c.set("retries") && c.num("retries") < 1.0 {
        v.push(c.finding(
            Severity::Error,
            "retries",
            format!("retries=0 with {why_idem}: librdkafka refuses it"),
            "remove retries (idempotence retries until message.timeout.ms)",
        ));
    }
    if producer && transactional && c.set("enable.idempotence") && !c.is_true("enable.idempotence")
    {
        v.push(
            c.finding(
                Severity::Error,
                "enable.idempotence",
                "transactional.id with enable.idempotence=false: librdkafka refuses to create the \
             producer"
                    .into(),
                "remove enable.idempotence (transactions turn it on)",
            ),
        );
    }
    if producer
        && transactional
        && c.set("message.timeout.ms")
        && c.num("message.timeout.ms") > c.num("transaction.timeout.ms")
    {
        v.push(c.finding(
            Severity::Error,
            "message.timeout.ms",
            format!(
                "message.timeout.ms={} is above transaction.timeout.ms={}: librdkafka refuses \
                 to create a transactional producer",
                c.value("message.timeout.ms"),
                c.value("transaction.timeout.ms")
            ),
            "lower message.timeout.ms to at most transaction.timeout.ms, or remove it",
        ));
    }
    if producer
        && transactional
        && c.set("socket.timeout.ms")
        && c.num("socket.timeout.ms") > c.num("transaction.timeout.ms") + 100.0
    {
        v.push(
            c.finding(
                Severity::Error,
                "socket.timeout.ms",
                "socket.timeout.ms is above transaction.timeout.ms + 100: librdkafka refuses to \
             create a transactional producer"
                    .into(),
                "lower socket.timeout.ms, or remove it (librdkafka fits it to the transaction)",
            ),
        );
    }

    let timing_set = ["message.timeout.ms", "linger.ms", "request.timeout.ms"]
        .iter()
        .any(|n| c.set(n));
    let mto = c.num("message.timeout.ms");
    let linger = c.num("linger.ms");
    let request = c.num("request.timeout.ms");
    if producer && timing_set && mto > 0.0 {
        if mto <= linger {
            v.push(c.finding(
                Severity::Error,
                "message.timeout.ms",
                format!(
                    "message.timeout.ms={mto} is not above linger.ms={linger}: records would \
                     time out while still waiting to be batched; librdkafka refuses it"
                ),
                "raise message.timeout.ms well above linger.ms + request.timeout.ms",
            ));
        } else if mto < linger + request {
            v.push(c.finding(
                Severity::Warning,
                "message.timeout.ms",
                format!(
                    "message.timeout.ms={mto} is below linger.ms + request.timeout.ms \
                     ({linger} + {request}): a record can time out (_MSG_TIMED_OUT) before \
                     one produce request has had its full time"
                ),
                "raise message.timeout.ms, or lower linger.ms or request.timeout.ms",
            ));
        }
    }

    let consumer = kind == ClientKind::Consumer;
    let classic = c.value("group.protocol") != "consumer";
    if consumer
        && classic
        && (c.set("session.timeout.ms") || c.set("max.poll.interval.ms"))
        && c.num("session.timeout.ms") > c.num("max.poll.interval.ms")
    {
        v.push(c.finding(
            Severity::Error,
            "session.timeout.ms",
            format!(
                "session.timeout.ms={} is above max.poll.interval.ms={}: librdkafka refuses to \
                 create the consumer",
                c.value("session.timeout.ms"),
                c.value("max.poll.interval.ms")
            ),
            "lower session.timeout.ms or raise max.poll.interval.ms",
        ));
    }
    if consumer
        && c.set("group.id")
        && c.is_true("enable.auto.commit")
        && c.is_true("enable.auto.offset.store")
    {
        v.push(
            c.finding(
                Severity::Warning,
                "enable.auto.offset.store",
                "with enable.auto.commit=true, offsets are stored when a record is handed to the \
             application and committed in the background: if processing is slow and the \
             process dies, records fetched but not yet processed are lost (at-most-once)"
                    .into(),
                "set enable.auto.offset.store=false and store each offset after processing \
             (klar consume -G does), or set enable.auto.commit=false and commit yourself",
            ),
        );
    }
}

/// "an admin", "a producer".
fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_take_their_article() {
        assert_eq!(article("admin"), "an");
        assert_eq!(article("producer"), "a");
    }
    use crate::config::Source;

    fn lint_of(pairs: &[(&str, &str)], role: Option<Role>) -> Vec<Finding> {
        let entries = pairs
            .iter()
            .enumerate()
            .map(|(i, (k, v))| {
                (
                    k.to_string(),
                    v.to_string(),
                    Source::File {
                        path: "c.properties".into(),
                        line: i + 1,
                    },
                )
            })
            .collect();
        let (s, r) = ClientSettings::from_entries_lenient(entries);
        lint(&s, &r, role)
    }

    fn keys(f: &[Finding], sev: Severity) -> Vec<String> {
        f.iter()
            .filter(|f| f.severity == sev)
            .map(|f| f.key.clone())
            .collect()
    }

    #[test]
    fn clean_configuration_has_no_findings() {
        let f = lint_of(
            &[("linger.ms", "10"), ("acks", "all")],
            Some(Role::Producer),
        );
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn unknown_key_with_suggestion() {
        let f = lint_of(&[("linger.msec", "5")], None);
        assert_eq!(keys(&f, Severity::Error), vec!["linger.msec"]);
        assert!(f[0].fix.contains("did you mean linger.ms?"), "{f:?}");
        assert_eq!(f[0].source.as_ref().unwrap().to_string(), "c.properties:1");
        assert!(lint_of(&[("linger.ms", "5")], None).is_empty());
    }

    #[test]
    fn java_only_keys() {
        let f = lint_of(
            &[
                ("ssl.truststore.location", "/x.jks"),
                ("key.serializer", "org.apache.kafka.StringSerializer"),
            ],
            None,
        );
        assert_eq!(keys(&f, Severity::Error), vec!["ssl.truststore.location"]);
        assert!(f[0].fix.contains("ssl.ca.location"), "{f:?}");
        assert_eq!(keys(&f, Severity::Warning), vec!["key.serializer"]);
        assert!(lint_of(&[("ssl.ca.location", "/etc/ssl/ca.pem")], None)
            .iter()
            .all(|f| f.key != "ssl.ca.location" || f.severity != Severity::Error));
    }

    #[test]
    fn jaas_config_names_the_librdkafka_properties_without_secrets() {
        let f = lint_of(
            &[(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required \
                 username=\"alice\" password=\"s3cret\";",
            )],
            None,
        );
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].fix,
            "replace it with sasl.mechanisms=PLAIN, sasl.username=(redacted), \
             sasl.password=(redacted) (klar config-explain --import FILE writes them)"
        );
        assert!(!format!("{f:?}").contains("s3cret"));
    }

    #[test]
    fn bad_value() {
        let f = lint_of(&[("linger.ms", "5ms")], None);
        assert_eq!(keys(&f, Severity::Error), vec!["linger.ms"]);
        assert!(f[0].why.contains("a plain number"), "{f:?}");
    }

    #[test]
    fn property_of_the_other_role() {
        let f = lint_of(&[("group.id", "g")], Some(Role::Producer));
        assert_eq!(keys(&f, Severity::Warning), vec!["group.id"]);
        assert!(f[0].why.contains("CONFWARN"), "{f:?}");
        assert!(lint_of(&[("linger.ms", "5")], Some(Role::Producer)).is_empty());
        // Admin clients read only generic properties.
        let f = lint_of(&[("linger.ms", "5")], Some(Role::Admin));
        assert_eq!(keys(&f, Severity::Warning), vec!["linger.ms"]);
    }

    #[test]
    fn mixed_roles_without_role() {
        let f = lint_of(&[("linger.ms", "5"), ("fetch.wait.max.ms", "100")], None);
        assert_eq!(keys(&f, Severity::Warning), vec!["fetch.wait.max.ms"]);
        assert!(f[0].why.contains("linger.ms from c.properties:1"), "{f:?}");
    }

    #[test]
    fn deprecated_with_replacement() {
        let f = lint_of(&[("reconnect.backoff.jitter.ms", "100")], None);
        assert_eq!(
            keys(&f, Severity::Warning),
            vec!["reconnect.backoff.jitter.ms"]
        );
        assert!(f[0].fix.contains("reconnect.backoff.max.ms"), "{f:?}");
        let f = lint_of(&[("topic.enable.auto.commit", "false")], None);
        assert_eq!(
            keys(&f, Severity::Warning),
            vec!["topic.enable.auto.commit"]
        );
        assert!(f[0].fix.contains("global enable.auto.commit"), "{f:?}");
        assert!(lint_of(&[("enable.auto.commit", "false")], None).is_empty());
    }

    #[test]
    fn acks_with_idempotence() {
        // Every spelling librdkafka reads as true.
        for (acks, on) in [("0", "true"), ("1", "true"), ("1", "1"), ("0", "T")] {
            let f = lint_of(
                &[("enable.idempotence", on), ("acks", acks)],
                Some(Role::Producer),
            );
            assert_eq!(keys(&f, Severity::Error), vec!["acks"], "{acks} {on}");
            assert_eq!(f[0].source.as_ref().unwrap().to_string(), "c.properties:2");
        }
        let f = lint_of(
            &[("enable.idempotence", "true"), ("acks", "all")],
            Some(Role::Producer),
        );
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn auto_commit_with_auto_store() {
        let f = lint_of(&[("group.id", "g")], Some(Role::Consumer));
        assert_eq!(
            keys(&f, Severity::Warning),
            vec!["enable.auto.offset.store"]
        );
        assert!(f[0].source.is_none());
        let f = lint_of(
            &[("group.id", "g"), ("enable.auto.offset.store", "false")],
            Some(Role::Consumer),
        );
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn session_timeout_above_max_poll_interval() {
        let f = lint_of(
            &[
                ("session.timeout.ms", "60000"),
                ("max.poll.interval.ms", "30000"),
            ],
            Some(Role::Consumer),
        );
        assert_eq!(keys(&f, Severity::Error), vec!["session.timeout.ms"]);
        let f = lint_of(
            &[
                ("session.timeout.ms", "10000"),
                ("max.poll.interval.ms", "30000"),
            ],
            Some(Role::Consumer),
        );
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn message_timeout_below_linger_plus_request_timeout() {
        let f = lint_of(
            &[("message.timeout.ms", "20000"), ("linger.ms", "100")],
            Some(Role::Producer),
        );
        assert_eq!(keys(&f, Severity::Warning), vec!["message.timeout.ms"]);
        let f = lint_of(
            &[("message.timeout.ms", "50"), ("linger.ms", "100")],
            Some(Role::Producer),
        );
        assert_eq!(keys(&f, Severity::Error), vec!["message.timeout.ms"]);
        let f = lint_of(
            &[("message.timeout.ms", "60000"), ("linger.ms", "100")],
            Some(Role::Producer),
        );
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn transactional_id_with_settings_idempotence_forbids() {
        let f = lint_of(
            &[
                ("transactional.id", "t1"),
                ("enable.idempotence", "false"),
                ("max.in.flight", "10"),
                ("retries", "0"),
                ("acks", "1"),
                ("message.timeout.ms", "120000"),
            ],
            Some(Role::Producer),
        );
        let mut errors = keys(&f, Severity::Error);
        errors.sort();
        assert_eq!(
            errors,
            vec![
                "acks",
                "enable.idempotence",
                "max.in.flight",
                "message.timeout.ms",
                "retries"
            ]
        );
        let f = lint_of(
            &[("transactional.id", "t1"), ("message.timeout.ms", "60000")],
            Some(Role::Producer),
        );
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn librdkafka_refusal_is_reported() {
        let f = lint_of(
            &[
                ("ssl.ca.location", "/nonexistent/ca.pem"),
                ("security.protocol", "ssl"),
            ],
            Some(Role::Producer),
        );
        // Under the key librdkafka names, with where it was set.
        assert_eq!(keys(&f, Severity::Error), vec!["ssl.ca.location"], "{f:?}");
        assert_eq!(f[0].source.as_ref().unwrap().to_string(), "c.properties:1");
        assert!(f[0].why.contains("ssl.ca.location"), "{f:?}");
        // A key klar refused hides nothing that librdkafka would refuse.
        let f = lint_of(
            &[
                ("linger.msec", "5"),
                ("ssl.ca.location", "/nonexistent/ca.pem"),
                ("security.protocol", "ssl"),
            ],
            Some(Role::Producer),
        );
        assert_eq!(
            keys(&f, Severity::Error),
            vec!["linger.msec", "ssl.ca.location"],
            "{f:?}"
        );
    }
}
