//! `admin config describe | set | delete | append | subtract`. Changes go
//! through IncrementalAlterConfigs only: the legacy AlterConfigs resets every
//! entry it is not given.

use anyhow::Result;
use serde_json::{json, Value};

use super::args::{ConfigChange, ConfigCommand, ConfigTarget, ResourceArg};
use super::{parse, Ctx};
use crate::cluster::api::{config_source_name, AlterOp, Api, ConfigEntry, Options, ResourceKind};
use crate::exit_codes::{failure, ExitCode};
use crate::output::table::Table;
use crate::redacted::MASK;

/// Kafka's DEFAULT_CONFIG source.
const SOURCE_DEFAULT: i32 = 5;

pub fn run(ctx: &Ctx, c: &ConfigCommand) -> Result<ExitCode> {
    match c {
        ConfigCommand::Describe { target, all } => describe(ctx, target, *all),
        ConfigCommand::Set(ch) => change(ctx, ch, AlterOp::Set),
        ConfigCommand::Delete(ch) => change(ctx, ch, AlterOp::Delete),
        ConfigCommand::Append(ch) => change(ctx, ch, AlterOp::Append),
        ConfigCommand::Subtract(ch) => change(ctx, ch, AlterOp::Subtract),
    }
}

fn kind(r: ResourceArg) -> ResourceKind {
    match r {
        ResourceArg::Topic => ResourceKind::Topic,
        ResourceArg::Broker => ResourceKind::Broker,
        ResourceArg::Group => ResourceKind::Group,
    }
}

fn shown_value(e: &ConfigEntry) -> String {
    if e.sensitive {
        MASK.to_string()
    } else {
        e.value.clone().unwrap_or_else(|| "-".into())
    }
}

/// A broker's configs are asked of that broker: one the cluster does not
/// have would only be waited for until --timeout.
fn require_broker(ctx: &Ctx, k: ResourceKind, name: &str) -> Result<()> {
    if k != ResourceKind::Broker {
        return Ok(());
    }
    let ids: Vec<i32> = ctx.brokers.brokers.iter().map(|b| b.0).collect();
    if name.parse::<i32>().is_ok_and(|id| ids.contains(&id)) {
        return Ok(());
    }
    let list: Vec<String> = ids.iter().map(i32::to_string).collect();
    Err(failure(format!(
        "broker {name} is not in the cluster (its brokers: {})",
        list.join(", ")
    )))
}

fn is_default(e: &ConfigEntry) -> bool {
    e.is_default || e.source == SOURCE_DEFAULT
}

fn describe(ctx: &Ctx, target: &ConfigTarget, all: bool) -> Result<ExitCode> {
    let k = kind(target.kind);
    // librdkafka sends a broker's configs to that broker, the rest to the
    // controller.
    if k != ResourceKind::Broker {
        ctx.require_controller(Api::DescribeConfigs)?;
    }
    require_broker(ctx, k, &target.name)?;
    let mut results = ctx
        .admin
        .describe_configs(k, std::slice::from_ref(&target.name))?;
    let Some(mut r) = results.pop() else {
        return Err(failure(format!(
            "{} {}: the cluster returned no configs",
            k.as_str(),
            target.name
        )));
    };
    if let Some(e) = &r.error {
        return Err(failure(format!("{} {}: {e}", k.as_str(), target.name)));
    }
    r.entries.sort_by(|a, b| a.name.cmp(&b.name));
    let hidden = if all {
        0
    } else {
        r.entries.iter().filter(|e| is_default(e)).count()
    };
    let shown: Vec<&ConfigEntry> = r.entries.iter().filter(|e| all || !is_default(e)).collect();
    if ctx.json() {
        let entry = |e: &ConfigEntry| {
            json!({
                "name": e.name,
                "value": if e.sensitive { None } else { e.value.clone() },
                "source": config_source_name(e.source),
                "read_only": e.read_only,
                "is_default": is_default(e),
                "sensitive": e.sensitive,
            })
        };
        let v: Vec<Value> = shown
            .iter()
            .map(|e| {
                let mut o = entry(e);
                o["synonyms"] = Value::Array(e.synonyms.iter().map(entry).collect());
                o
            })
            .collect();
        ctx.print_json(&json!({
            "resource": k.as_str(),
            "name": target.name,
            "entries": v,
        }));
    } else {
        let mut header = vec!["NAME", "VALUE", "SOURCE", "READ_ONLY", "SENSITIVE"];
        if all {
            header.push("SYNONYMS");
        }
        let mut t = Table::new(header);
        for e in &shown {
            let mut row = vec![
                e.name.clone(),
                shown_value(e),
                config_source_name(e.source).to_string(),
                e.read_only.to_string(),
                e.sensitive.to_string(),
            ];
            if all {
                let syn: Vec<String> = e
                    .synonyms
                    .iter()
                    .map(|s| {
                        format!(
                            "{}={} ({})",
                            s.name,
                            shown_value(s),
                            config_source_name(s.source)
                        )
                    })
                    .collect();
                row.push(if syn.is_empty() {
                    "-".into()
                } else {
                    syn.join("; ")
                });
            }
            t.row(row);
        }
        super::show(&t);
    }
    if hidden > 0 {
        ctx.note(&format!(
            "{hidden} entr{} at the default not shown; --all shows them",
            if hidden == 1 { "y" } else { "ies" }
        ));
    }
    Ok(ExitCode::Success)
}

fn op_name(op: AlterOp) -> &'static str {
    match op {
        AlterOp::Set => "set",
        AlterOp::Delete => "delete",
        AlterOp::Append => "append",
        AlterOp::Subtract => "subtract",
    }
}

fn change(ctx: &Ctx, ch: &ConfigChange, op: AlterOp) -> Result<ExitCode> {
    let k = kind(ch.target.kind);
    if k != ResourceKind::Broker {
        ctx.require_controller(Api::IncrementalAlterConfigs)?;
    }
    require_broker(ctx, k, &ch.target.name)?;
    let ops = ch
        .entries
        .iter()
        .map(|e| {
            if op == AlterOp::Delete {
                let key = e.split_once('=').map_or(e.as_str(), |(k, _)| k);
                Ok((op, key.to_string(), None))
            } else {
                parse::key_value(op_name(op), e).map(|(key, v)| (op, key, Some(v)))
            }
        })
        .collect::<Result<Vec<_>>>()?;
    let opts = Options {
        validate_only: ch.dry_run,
        ..Default::default()
    };
    let results = ctx
        .admin
        .incremental_alter_configs(k, &ch.target.name, &ops, &opts)?;
    if let Some(e) = results.iter().find_map(|r| r.error.as_ref()) {
        return Err(failure(format!("{} {}: {e}", k.as_str(), ch.target.name)));
    }
    let result = if ch.dry_run { "validated" } else { "done" };
    // A password set on a broker or a topic is not printed back: the
    // cluster marks such entries sensitive, and their names say so.
    let shown = |key: &str, value: &Option<String>| match value {
        Some(_) if looks_sensitive(key) => Some(crate::redacted::MASK.to_string()),
        v => v.clone(),
    };
    if ctx.json() {
        let v: Vec<Value> = ops
            .iter()
            .map(|(op, key, value)| {
                json!({
                    "name": key,
                    "operation": op_name(*op),
                    "value": shown(key, value),
                    "result": result,
                })
            })
            .collect();
        ctx.print_json(&json!({
            "resource": k.as_str(),
            "name": ch.target.name,
            "dry_run": ch.dry_run,
            "changes": v,
        }));
    } else {
        let mut t = Table::new(["RESOURCE", "NAME", "ENTRY", "OPERATION", "VALUE", "RESULT"]);
        for (op, key, value) in &ops {
            t.row([
                k.as_str(),
                &ch.target.name,
                key,
                op_name(*op),
                shown(key, value).as_deref().unwrap_or("-"),
                result,
            ]);
        }
        super::show(&t);
    }
    Ok(ExitCode::Success)
}

/// Kafka's sensitive configs (PASSWORD type) by their names: passwords,
/// secrets, JAAS lines and private keys.
fn looks_sensitive(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    ["password", "secret", "jaas", "private", "credential"]
        .iter()
        .any(|w| k.contains(w))
        || k.ends_with("key")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sensitive_names_are_masked_when_set() {
        for k in [
            "ssl.key.password",
            "sasl.jaas.config",
            "listener.name.x.ssl.keystore.key",
            "password.encoder.secret",
        ] {
            assert!(looks_sensitive(k), "{k}");
        }
        for k in ["retention.ms", "ssl.keystore.location", "cleanup.policy"] {
            assert!(!looks_sensitive(k), "{k}");
        }
    }

    fn entry(value: Option<&str>, sensitive: bool) -> ConfigEntry {
        ConfigEntry {
            name: "sasl.jaas.config".into(),
            value: value.map(String::from),
            source: 4,
            read_only: false,
            is_default: false,
            sensitive,
            synonyms: Vec::new(),
        }
    }

    #[test]
    fn sensitive_values_are_masked_even_when_the_broker_sends_them() {
        // Kafka sends no value for a sensitive entry; a broker that does
        // must not get it printed either.
        assert_eq!(shown_value(&entry(Some("secret"), true)), MASK);
        assert_eq!(shown_value(&entry(None, true)), MASK);
        assert_eq!(shown_value(&entry(Some("v"), false)), "v");
        assert_eq!(shown_value(&entry(None, false)), "-");
    }
}
