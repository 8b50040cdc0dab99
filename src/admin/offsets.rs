//! `admin offsets` (kcat -Q and kafka-get-offsets in one) and
//! `admin records delete`.

use std::collections::HashMap;
use std::io::{BufRead, IsTerminal, Write};

use anyhow::Result;
use serde_json::{json, Value};

use super::args::{Isolation, OffsetsArgs, RecordsCommand};
use super::group::expand_topics;
use super::topic::{offsets_at, watermarks};
use super::{error_json, parse, Ctx};
use crate::cluster::api::{Api, ItemError, Options, ERR_TRANSPORT};
use crate::exit_codes::{failure, usage, ExitCode};
use crate::output::table::Table;

pub fn run_offsets(ctx: &Ctx, a: &OffsetsArgs) -> Result<ExitCode> {
    let spec = parse::offset_spec(&a.time, parse::now_ms())?;
    let parts = expand_topics(ctx, &a.topics)?;
    let opts = Options {
        read_committed: a.isolation == Isolation::ReadCommitted,
        ..Default::default()
    };
    let mut listed = ctx.admin.list_offsets(&parts, spec, &opts)?;
    listed.sort_by(|x, y| (&x.topic, x.partition).cmp(&(&y.topic, y.partition)));
    let mut failed = false;
    for l in &listed {
        if let Some(e) = &l.error {
            eprintln!("klar: error: {} [{}]: {e}", l.topic, l.partition);
            failed = true;
        }
    }
    if ctx.json() {
        let v: Vec<Value> = listed
            .iter()
            .map(|l| {
                json!({
                    "topic": l.topic,
                    "partition": l.partition,
                    "offset": known(l.offset),
                    "timestamp": known(l.timestamp),
                    "error": error_json(&l.error),
                })
            })
            .collect();
        ctx.print_json(&Value::Array(v));
    } else {
        let mut t = Table::new(["TOPIC", "PARTITION", "OFFSET", "TIMESTAMP"]);
        for l in listed.iter().filter(|l| l.error.is_none()) {
            t.row([
                l.topic.clone(),
                l.partition.to_string(),
                known(l.offset).map_or("-".into(), |o| o.to_string()),
                known(l.timestamp).map_or("-".into(), |t| t.to_string()),
            ]);
        }
        super::show(&t);
    }
    Ok(super::exit_status(failed))
}

/// librdkafka's negative sentinels (-1 no timestamp, -1001 no offset) mean
/// "none", which a table shows as `-` and JSON as null.
fn known(v: i64) -> Option<i64> {
    (v >= 0).then_some(v)
}

/// `--before`: an offset, `@TIME`, or `end`.
pub enum Before {
    Offset(i64),
    Time(i64),
    End,
}

pub fn parse_before(s: &str) -> Result<Before> {
    if s == "end" {
        return Ok(Before::End);
    }
    if let Some(t) = s.strip_prefix('@') {
        return Ok(Before::Time(parse::typed_time_ms(
            "--before",
            s,
            t,
            parse::now_ms(),
        )?));
    }
    s.parse::<i64>()
        .ok()
        .filter(|o| *o >= 0)
        .map(Before::Offset)
        .ok_or_else(|| usage(format!("--before {s}: expected an offset, @TIME or end")))
}

/// Without --yes, a deletion is confirmed at a terminal; with none, it is
/// refused before anything is asked of the cluster.
pub fn check_confirmable(yes: bool) -> Result<()> {
    if !yes && !interactive() {
        // The question goes to stderr and the answer comes from stdin.
        let which = if std::io::stdin().is_terminal() {
            "stderr is not a terminal to ask on"
        } else {
            "stdin is not a terminal to confirm on"
        };
        return Err(usage(format!(
            "records delete: {which}; add --yes to delete without asking"
        )));
    }
    Ok(())
}

fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

pub fn run_records(ctx: &Ctx, c: &RecordsCommand) -> Result<ExitCode> {
    let RecordsCommand::Delete {
        topic,
        before,
        partitions,
        yes,
    } = c;
    let before = parse_before(before)?;
    check_confirmable(*yes)?;
    let spec = if partitions.is_empty() {
        topic.clone()
    } else {
        let ps: Vec<String> = partitions.iter().map(i32::to_string).collect();
        format!("{topic}:{}", ps.join(","))
    };
    let parts = expand_topics(ctx, &[spec])?;
    let marks = watermarks(ctx, &parts)?;
    let ts = match before {
        Before::Time(ts) => Some(ts),
        _ => None,
    };
    let timed = offsets_at(ctx, &parts, ts)?;
    let mut plan = Vec::new();
    for key in &parts {
        let Some(&(low, high)) = marks.get(key) else {
            return Err(marks.missing(key));
        };
        let target = match before {
            Before::End => high,
            Before::Time(_) => timed.get(key).copied().filter(|o| *o >= 0).unwrap_or(high),
            // Past the end of a partition: nothing is deleted anywhere, so
            // that no partition ends up cut and its neighbours not.
            Before::Offset(o) if o > high => {
                return Err(failure(format!(
                    "--before {o} is past the end of {} [{}] (its high watermark is {high}); \
                     nothing deleted (name partitions with -p, or use --before end)",
                    key.0, key.1
                )))
            }
            Before::Offset(o) => o,
        };
        plan.push((key.0.clone(), key.1, low, target.max(low)));
    }
    if !yes {
        super::waiting::stop();
        let mut err = std::io::stderr();
        for (t, p, low, new) in &plan {
            let _ = writeln!(err, "  {t} [{p}]: low watermark {low} -> {new}");
        }
        let _ = write!(err, "Delete these records for good? [y/N] ");
        let _ = err.flush();
        let mut answer = String::new();
        let _ = std::io::stdin().lock().read_line(&mut answer);
        if !matches!(answer.trim(), "y" | "Y" | "yes") {
            ctx.note("nothing deleted");
            return Ok(ExitCode::Failure);
        }
    }
    let req: Vec<(String, i32, i64)> = plan
        .iter()
        .map(|(t, p, _, n)| (t.clone(), *p, *n))
        .collect();
    let results = ctx.admin.delete_records(&req)?;
    let new_low: HashMap<(String, i32), &crate::cluster::api::PartitionResult> = results
        .iter()
        .map(|r| ((r.topic.clone(), r.partition), r))
        .collect();
    let errors: Vec<(&str, i32, &ItemError)> = results
        .iter()
        .filter_map(|r| r.error.as_ref().map(|e| (r.topic.as_str(), r.partition, e)))
        .collect();
    let failed = !errors.is_empty();
    report_partition_errors(Api::DeleteRecords, results.len(), &errors);
    if ctx.json() {
        let v: Vec<Value> = plan
            .iter()
            .map(|(t, p, low, _)| {
                let r = new_low.get(&(t.clone(), *p));
                json!({
                    "topic": t,
                    "partition": p,
                    "old_low_watermark": low,
                    "new_low_watermark": r.filter(|r| r.error.is_none()).map(|r| r.offset),
                    "error": error_json(&r.and_then(|r| r.error.clone())),
                })
            })
            .collect();
        ctx.print_json(&Value::Array(v));
    } else {
        let mut t = Table::new(["TOPIC", "PARTITION", "OLD_LOW", "NEW_LOW"]);
        for (topic, p, low, _) in &plan {
            if let Some(r) = new_low
                .get(&(topic.clone(), *p))
                .filter(|r| r.error.is_none())
            {
                t.row([
                    topic.clone(),
                    p.to_string(),
                    low.to_string(),
                    r.offset.to_string(),
                ]);
            }
        }
        if !t.is_empty() {
            super::show(&t);
        }
    }
    Ok(super::exit_status(failed))
}

/// Per-partition failures, one line each; when every partition failed the
/// same way the request as a whole was refused, so one line names the API.
fn report_partition_errors(api: Api, total: usize, errors: &[(&str, i32, &ItemError)]) {
    let same = errors.windows(2).all(|w| w[0].2.code == w[1].2.code);
    if errors.len() == total && total > 1 && same {
        let e = errors[0].2;
        let why = if e.code == ERR_TRANSPORT {
            "; the broker closed the connection, which some brokers do for an API they do not \
             implement"
        } else {
            ""
        };
        eprintln!(
            "klar: error: {} ({}) failed for all {total} partitions: {e}{why}",
            api.name(),
            api.kip()
        );
        return;
    }
    for (topic, partition, e) in errors {
        eprintln!(
            "klar: error: {topic} [{partition}]: {} ({}): {e}",
            api.name(),
            api.kip()
        );
    }
}
