//! `--explain` / `--explain-only` on every client subcommand: the resolved
//! configuration (what the user set, klar's defaults, and what librdkafka
//! derives) with sources, and klar's own decisions, on stderr.

use std::io::Write;

use anyhow::Result;

use super::catalogue::Catalogue;
use super::effective::{ClientKind, Effective};
use super::ClientSettings;
use crate::cli::{ClientArgs, ConsumeArgs, ProduceArgs};

/// Print the explanation when asked. Returns true when the caller must stop
/// here (`--explain-only`), before any network I/O.
pub fn explain<F>(
    args: &ClientArgs,
    settings: &ClientSettings,
    kind: ClientKind,
    decisions: F,
) -> Result<bool>
where
    F: FnOnce() -> Vec<(&'static str, String)>,
{
    if !args.wants_explain() {
        return Ok(false);
    }
    let text = render(settings, kind, &decisions())?;
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
    Ok(args.explain_only)
}

fn render(
    settings: &ClientSettings,
    kind: ClientKind,
    decisions: &[(&'static str, String)],
) -> Result<String> {
    let cat = Catalogue::get();
    let eff = Effective::compute(settings, kind)?;
    let mut rows: Vec<(String, String, String)> = Vec::new();
    for s in settings.settings() {
        rows.push((
            s.typed.clone(),
            s.display_value().to_string(),
            s.source.to_string(),
        ));
    }
    for p in eff.derived_rows(cat) {
        let r = eff.resolve(p, settings);
        let source = match r.configured {
            Some(was) => format!("derived by librdkafka (configured {was})"),
            None => "derived by librdkafka (unset before)".to_string(),
        };
        rows.push((p.name.to_string(), r.value.unwrap_or_default(), source));
    }
    let name_w = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    let value_w = rows.iter().map(|r| r.1.len()).max().unwrap_or(0).min(40);
    let mut s = format!(
        "klar: {} configuration (non-default values):\n",
        kind.as_str()
    );
    for (name, value, source) in &rows {
        s.push_str(&format!(
            "  {name:<name_w$} = {value:<value_w$}  {source}\n"
        ));
    }
    let overridden: Vec<_> = settings
        .history()
        .iter()
        .filter(|h| {
            settings
                .get_scoped(&h.name, h.scope)
                .is_some_and(|w| w.source != h.source)
        })
        .collect();
    for h in overridden {
        s.push_str(&format!(
            "  (overridden: {}={} from {})\n",
            h.typed,
            h.display_value(),
            h.source
        ));
    }
    if let Some(e) = &eff.create_error {
        s.push_str(&format!("  librdkafka refuses this configuration: {e}\n"));
    }
    if !decisions.is_empty() {
        s.push_str("klar: decisions:\n");
        let w = decisions.iter().map(|d| d.0.len()).max().unwrap_or(0) + 1;
        for (what, text) in decisions {
            s.push_str(&format!("  {:<w$} {text}\n", format!("{what}:")));
        }
    }
    Ok(s)
}

pub fn produce_decisions(
    a: &ProduceArgs,
    settings: &ClientSettings,
) -> Vec<(&'static str, String)> {
    let timeout = settings.value("message.timeout.ms").unwrap_or("300000");
    let flush = match a.flush_timeout {
        Some(d) => format!("--flush-timeout {}", humantime::format_duration(d)),
        None => format!(
            "message.timeout.ms ({timeout} ms) plus reconnect.backoff.max.ms plus 2s ({})",
            humantime::format_duration(crate::produce::flush_margin(settings))
        ),
    };
    let partition = match a.fixed_partition() {
        Some(p) => format!("every record to partition {p} (-p)"),
        None => format!(
            "librdkafka's partitioner ({})",
            settings.value("partitioner").unwrap_or("consistent_random")
        ),
    };
    let transaction = match settings.get("transactional.id") {
        Some(t) => format!(
            "one transaction for the whole run (transactional.id from {}): committed after the \
             last delivery, aborted on any failed delivery or interrupt",
            t.source
        ),
        None => "none (no transactional.id)".to_string(),
    };
    vec![
        ("partition", partition),
        (
            "delivery",
            format!(
                "a report per record; at the end klar waits up to {flush} for outstanding ones"
            ),
        ),
        ("transaction", transaction),
    ]
}

pub fn consume_decisions(
    a: &ConsumeArgs,
    settings: &ClientSettings,
) -> Vec<(&'static str, String)> {
    use crate::cli::CommitPolicy;
    let mut d = Vec::new();
    let policy = a.commit.unwrap_or(if a.group.is_some() {
        CommitPolicy::Auto
    } else {
        CommitPolicy::None
    });
    let group = settings.value("group.id").unwrap_or("klar").to_string();
    let interval = settings.value("auto.commit.interval.ms").unwrap_or("5000");
    d.push((
        "commit policy",
        match policy {
            CommitPolicy::Auto => format!(
                "auto (group {group}): an offset is stored only after its message is written to \
                 stdout; librdkafka commits stored offsets every {interval} ms, and klar commits \
                 on revocation and on exit"
            ),
            CommitPolicy::AfterWrite => format!(
                "after-write (group {group}): klar commits written offsets synchronously{}{}, on \
                 revocation and on exit",
                a.commit_every
                    .map(|n| format!(" every {n} messages"))
                    .unwrap_or_default(),
                match (a.commit_every, a.commit_interval) {
                    (_, Some(i)) => format!(" every {}", humantime::format_duration(i)),
                    (None, None) => " every 1s".to_string(),
                    _ => String::new(),
                }
            ),
            CommitPolicy::None => "none: nothing is committed".to_string(),
        },
    ));
    let offsets = if a.offset.is_empty() {
        String::new()
    } else {
        format!("-o {}", a.offset.join(" -o "))
    };
    d.push((
        "offset start",
        match (&a.group, offsets.is_empty()) {
            (Some(_), true) => {
                let reset = settings.value("auto.offset.reset").unwrap_or("largest");
                format!("the group's committed offsets; partitions without one start at auto.offset.reset={reset}")
            }
            (Some(_), false) => format!(
                "{offsets}: beginning/end apply where the group has no committed offset, other \
                 forms on a partition's first assignment"
            ),
            (None, true) => "the beginning of each partition (-o beginning)".to_string(),
            (None, false) => offsets,
        },
    ));
    let mut stop = Vec::new();
    if a.exit_at_end {
        stop.push("at the end of every assigned partition (-e)".to_string());
    }
    if let Some(c) = a.count {
        stop.push(format!("after {c} messages (-c)"));
    }
    if stop.is_empty() {
        stop.push("on SIGINT/SIGTERM".to_string());
    }
    d.push(("stop", stop.join(", or ")));
    d
}
