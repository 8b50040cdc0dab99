//! `--explain` / `--explain-only` on every client subcommand: the resolved
//! configuration (what the user set, klar's defaults, and what librdkafka
//! derives) with sources, and klar's own decisions, on stderr.

use std::io::Write;

use anyhow::Result;

use super::catalogue::Catalogue;
use super::effective::{ClientKind, Effective};
use super::ClientSettings;
use crate::cli::ClientArgs;

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
        // "configured" only for a value someone set: librdkafka's own
        // default before it changed it is that.
        let source = match r.configured {
            Some(was) if settings.get(p.name).is_some() => {
                format!("derived by librdkafka (configured {was})")
            }
            Some(was) => format!("derived by librdkafka (its default {was} before)"),
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
