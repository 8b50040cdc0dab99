//! `klar config-explain`: the catalogue of the linked librdkafka with klar's
//! notes, the effective value of every property and where it came from;
//! `--lint` and `--import` live in their own files.

mod against;
mod import;
mod lint;
pub mod notes;

use anyhow::Result;
use serde_json::{json, Map, Value};

use crate::cli::{ConfigExplainArgs, OutputFormat, Role};
use crate::config::catalogue::{is_glob, Catalogue, Property, Scope};
use crate::config::effective::{ClientKind, Effective, Resolved};
use crate::config::{ClientSettings, Source};
use crate::exit_codes::{usage, ExitCode};
use crate::kafka_error;
use crate::output::table::Table;
use crate::output::Out;

pub fn run(a: &ConfigExplainArgs, quiet: bool) -> Result<ExitCode> {
    if a.client.wants_explain() {
        return Err(usage(
            "--explain and --explain-only are for produce, consume and admin; config-explain always explains",
        ));
    }
    if let Some(path) = &a.import {
        return import::run(path, a.role, a.output);
    }
    if a.lint {
        return lint::run(a, quiet);
    }
    let settings = ClientSettings::resolve(&a.client, &[])?;
    let kind = client_kind(a.role, &settings);
    let eff = Effective::compute(&settings, kind)?;
    if let Some(e) = &eff.create_error {
        tracing::warn!(
            "librdkafka refuses to create a {} with this configuration: {e} (see --lint)",
            kind.as_str()
        );
    }
    let cat = Catalogue::get();
    let mut out = Out::new();
    if a.properties.is_empty() {
        let rows = table_rows(cat, a, &settings, &eff);
        if rows.is_empty() {
            if let Some(w) = &a.search {
                // Only a header otherwise, which reads like a broken table.
                tracing::warn!("no property's name or description contains {w:?}");
            }
        }
        match a.output {
            OutputFormat::Json => write_json(&mut out, cat, &rows, &settings, &eff),
            OutputFormat::Text => write_table(&mut out, &rows, &settings, &eff),
        }
    } else {
        let rows = selected(cat, a)?;
        match a.output {
            OutputFormat::Json => write_json(&mut out, cat, &rows, &settings, &eff),
            OutputFormat::Text => {
                for (i, p) in rows.iter().enumerate() {
                    if i > 0 {
                        out.end_line();
                    }
                    write_detail(&mut out, cat, p, &settings, &eff);
                }
            }
        }
    }
    out.flush();
    Ok(ExitCode::Success)
}

/// The client librdkafka finalizes for: the role asked for, else a
/// consumer when the user set a group.id, else a producer. Admin clients
/// are producers inside librdkafka.
pub(crate) fn client_kind(role: Option<Role>, settings: &ClientSettings) -> ClientKind {
    match role {
        Some(Role::Consumer) => ClientKind::Consumer,
        Some(Role::Producer | Role::Admin) => ClientKind::Producer,
        None if settings.get("group.id").is_some() => ClientKind::Consumer,
        None => ClientKind::Producer,
    }
}

/// The name as the user typed it, as a row name (`topic.` dropped).
fn typed_row_name(typed: &str) -> &str {
    let cat = Catalogue::get();
    if cat.find(typed).is_some() {
        typed
    } else {
        typed.strip_prefix("topic.").unwrap_or(typed)
    }
}

/// 0: set by the user under this spelling; 1: a klar default or a derived
/// value; 2: everything else. The table is sorted on it.
fn rank(p: &Property, r: &Resolved) -> u8 {
    let own_row = r
        .setting
        .is_some_and(|s| typed_row_name(&s.typed) == p.name);
    match &r.source {
        Source::KlarDefault if own_row => 1,
        Source::Derived if p.alias_of.is_none() => 1,
        Source::LibrdkafkaDefault | Source::Derived | Source::KlarDefault => 2,
        _ if own_row => 0,
        _ => 2,
    }
}

fn table_rows<'c>(
    cat: &'c Catalogue,
    a: &ConfigExplainArgs,
    settings: &ClientSettings,
    eff: &Effective,
) -> Vec<&'c Property> {
    let mut rows: Vec<(u8, &Property)> = cat
        .properties
        .iter()
        .filter(|p| passes_filters(p, a))
        .map(|p| (rank(p, &eff.resolve(p, settings)), p))
        .filter(|(r, _)| !a.set_only || *r < 2)
        .collect();
    // Stable: catalogue order within each rank.
    rows.sort_by_key(|(r, _)| *r);
    rows.into_iter().map(|(_, p)| p).collect()
}

fn passes_filters(p: &Property, a: &ConfigExplainArgs) -> bool {
    let role_ok = a.role.is_none_or(|r| p.applies(r.as_str()));
    let search_ok = a.search.as_deref().is_none_or(|w| {
        let w = w.to_lowercase();
        p.name.to_lowercase().contains(&w) || p.description.to_lowercase().contains(&w)
    });
    role_ok && search_ok
}

/// The rows named on the command line: names, aliases, `topic.NAME`, globs.
fn selected<'c>(cat: &'c Catalogue, a: &ConfigExplainArgs) -> Result<Vec<&'c Property>> {
    let mut rows: Vec<&Property> = Vec::new();
    for arg in &a.properties {
        let found: Vec<&Property> = if is_glob(arg) {
            cat.matching(arg)
                .into_iter()
                .filter(|p| passes_filters(p, a))
                .collect()
        } else if let Some(rest) = arg
            .strip_prefix("topic.")
            .filter(|_| cat.find(arg).is_none())
        {
            cat.find_scoped(rest, Scope::Topic).into_iter().collect()
        } else {
            cat.lookup(arg).collect()
        };
        if found.is_empty() {
            let mut msg = if is_glob(arg) {
                format!("no property matches {arg}")
            } else if let Some(g) = arg.strip_prefix("topic.").and_then(|r| cat.find(r)) {
                format!(
                    "unknown property {arg}: {} is a global property, without topic.",
                    g.name
                )
            } else {
                // `sasl.password:secret` is a name with a value after it.
                format!("unknown property {}", crate::redacted::key_part(arg))
            };
            if let Some(s) = cat.suggest(arg) {
                msg.push_str(&format!("; did you mean {s}?"));
            }
            return Err(usage(msg));
        }
        for p in found {
            if !rows.iter().any(|r| std::ptr::eq(*r, p)) {
                rows.push(p);
            }
        }
    }
    Ok(rows)
}

fn show(v: &Option<String>) -> String {
    match v {
        Some(v) => v.clone(),
        None => "(unset)".into(),
    }
}

fn write_table(out: &mut Out, rows: &[&Property], settings: &ClientSettings, eff: &Effective) {
    let mut t = Table::new(["NAME", "SCOPE", "ROLE", "DEFAULT", "VALUE", "SOURCE"]);
    for p in rows {
        let r = eff.resolve(p, settings);
        t.row([
            p.name.to_string(),
            p.scope.as_str().to_string(),
            p.role().to_string(),
            p.default.to_string(),
            show(&r.value),
            r.source.to_string(),
        ]);
    }
    t.print(out);
}

const WIDTH: usize = 100;
const INDENT: usize = 15;

/// `  label:       text`, the text wrapped at word boundaries under itself.
fn line(out: &mut Out, label: &str, text: &str) {
    let mut s = format!("  {label:<13}");
    let mut col = INDENT;
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 && col + 1 + word.len() > WIDTH {
            s.push('\n');
            s.push_str(&" ".repeat(INDENT));
            col = INDENT;
        } else if i > 0 {
            s.push(' ');
            col += 1;
        }
        s.push_str(word);
        col += word.len();
    }
    out.write_all(s.as_bytes());
    out.end_line();
}

fn write_detail(
    out: &mut Out,
    cat: &Catalogue,
    p: &Property,
    settings: &ClientSettings,
    eff: &Effective,
) {
    let r = eff.resolve(p, settings);
    let mut title = p.name.to_string();
    if let Some(c) = &p.alias_of {
        title.push_str(&format!("  (alias of {c})"));
    }
    out.write_all(title.as_bytes());
    out.end_line();
    let readers = match p.role() {
        "both" => "producers and consumers",
        "producer" => "producers",
        _ => "consumers",
    };
    line(
        out,
        "scope:",
        &format!("{}, read by {readers}", p.scope.as_str()),
    );
    let mut kind = p.kind.to_string();
    if !p.range.is_empty() {
        kind.push_str(&format!(", range {}", p.range));
    }
    line(out, "type:", &kind);
    line(
        out,
        "default:",
        if p.default.is_empty() {
            "(none)"
        } else {
            &p.default
        },
    );
    line(out, "importance:", p.importance);
    if p.hidden {
        line(
            out,
            "hidden:",
            "yes: librdkafka accepts it, but its property table (CONFIGURATION.md) leaves it \
             out; undocumented, it may change in any release",
        );
    }
    let aliases = cat.aliases(p.canonical(), p.scope);
    let others: Vec<&str> = aliases.into_iter().filter(|a| *a != p.name).collect();
    if !others.is_empty() {
        line(out, "aliases:", &others.join(", "));
    }
    if p.deprecated {
        line(out, "deprecated:", "yes");
    }
    if p.experimental {
        line(out, "experimental:", "yes");
    }
    line(out, "value:", &show(&r.value));
    line(out, "source:", &r.source.to_string());
    if r.source == Source::Derived {
        let was = match r.setting {
            Some(s) => format!("{} ({})", s.display_value(), s.source),
            None => show(&r.configured),
        };
        line(
            out,
            "configured:",
            &format!(
                "{was}; librdkafka changed it when creating a {}",
                eff.kind.as_str()
            ),
        );
    }
    for h in settings.history() {
        let same = h.name == p.canonical() && h.scope == p.scope;
        if same && r.setting.is_some_and(|s| s.source != h.source) {
            line(
                out,
                "overridden:",
                &format!("{} ({})", h.display_value(), h.source),
            );
        }
    }
    line(out, "description:", &p.description);
    if let Some(n) = notes::for_property(cat, p) {
        for (label, text) in n.fields() {
            let label = match label {
                "effect" => "in practice:",
                "tradeoff" => "trade-off:",
                "failure" => "failure:",
                "java" => "java client:",
                "replace" => "instead:",
                _ => "related:",
            };
            line(out, label, &text);
        }
    }
    let codes = governed_codes(cat, p);
    if !codes.is_empty() {
        line(out, "errors:", &codes.join(", "));
    }
}

/// Error codes whose hint names this property or one of its aliases.
fn governed_codes(cat: &Catalogue, p: &Property) -> Vec<&'static str> {
    let mut names = cat.aliases(p.canonical(), p.scope);
    names.push(p.canonical());
    kafka_error::codes_governed_by(&names)
}

fn source_json(s: &Source) -> Value {
    let mut o = Map::new();
    let kind = match s {
        Source::LibrdkafkaDefault => "librdkafka default",
        Source::Derived => "derived",
        Source::KlarDefault => "klar default",
        Source::File { path, line } => {
            o.insert("path".into(), json!(path.display().to_string()));
            o.insert("line".into(), json!(line));
            "file"
        }
        Source::Env { var } => {
            o.insert("var".into(), json!(var));
            "env"
        }
        Source::Flag { flag } => {
            o.insert("flag".into(), json!(flag));
            "flag"
        }
        Source::Override => "-X",
    };
    o.insert("kind".into(), json!(kind));
    o.insert("text".into(), json!(s.to_string()));
    Value::Object(o)
}

fn property_json(
    cat: &Catalogue,
    p: &Property,
    settings: &ClientSettings,
    eff: &Effective,
) -> Value {
    let r = eff.resolve(p, settings);
    let note = notes::for_property(cat, p).map(|n| {
        let mut o = Map::new();
        for (k, v) in n.fields() {
            o.insert(k.into(), json!(v));
        }
        o.insert("related".into(), json!(n.related));
        Value::Object(o)
    });
    json!({
        "name": p.name,
        "scope": p.scope.as_str(),
        "role": p.role(),
        "cp": p.applies_to,
        "type": p.kind,
        "range": p.range,
        "default": p.default,
        "importance": p.importance,
        "description": p.description,
        "alias_of": p.alias_of,
        "aliases": cat.aliases(p.canonical(), p.scope),
        "deprecated": p.deprecated,
        "experimental": p.experimental,
        "hidden": p.hidden,
        "sensitive": p.is_sensitive(),
        "value": r.value,
        "source": source_json(&r.source),
        "note": note,
        "errors": governed_codes(cat, p),
    })
}

fn write_json(
    out: &mut Out,
    cat: &Catalogue,
    rows: &[&Property],
    settings: &ClientSettings,
    eff: &Effective,
) {
    let all: Vec<Value> = rows
        .iter()
        .map(|p| property_json(cat, p, settings, eff))
        .collect();
    let text = serde_json::to_string_pretty(&Value::Array(all)).unwrap_or_default();
    out.write_all(text.as_bytes());
    out.end_line();
}
