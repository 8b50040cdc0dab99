//! What admin users type, parsed once and checked before any request: topic
//! and partition lists, times, key=value entries, replica assignments.

use anyhow::Result;

use crate::cluster::api::OffsetSpec;
use crate::exit_codes::usage;

/// `TOPIC` or `TOPIC:P,P,...`; no partitions means all of them.
pub fn topic_partitions(flag: &str, s: &str) -> Result<(String, Vec<i32>)> {
    let (topic, parts) = match s.rsplit_once(':') {
        None => {
            crate::cluster::check_topic_name(flag, s)?;
            return Ok((s.to_string(), Vec::new()));
        }
        Some((t, p)) => (t, p),
    };
    crate::cluster::check_topic_name(flag, topic)?;
    let topic = topic.to_string();
    let parts = parts
        .split(',')
        .map(|p| {
            p.trim()
                .parse::<i32>()
                .ok()
                .filter(|p| *p >= 0)
                .ok_or_else(|| {
                    usage(format!(
                        "{flag} {s}: {p:?} is not a partition number (TOPIC:0,1,2)"
                    ))
                })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok((topic, parts))
}

/// `key=value`.
pub fn key_value(flag: &str, s: &str) -> Result<(String, String)> {
    match s.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(usage(format!(
            "{flag} {}: expected KEY=VALUE",
            crate::redacted::key_part(s)
        ))),
    }
}

/// A point in time in ms since the epoch: digits (ms), RFC 3339, or a
/// duration before now (`-1h`, `-30m`).
pub fn time_ms(flag: &str, s: &str, now_ms: i64) -> Result<i64> {
    typed_time_ms(flag, s, s, now_ms)
}

/// As `time_ms`, for a time that sits inside what the user typed (`@TIME`
/// of `--before`): the error quotes `typed` whole.
pub fn typed_time_ms(flag: &str, typed: &str, s: &str, now_ms: i64) -> Result<i64> {
    let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(now_ms.max(0) as u64);
    crate::when::parse_ms(s, now).map_err(|e| usage(format!("{flag} {typed}: {e}")))
}

/// `--by-duration`: now minus a duration, in milliseconds. The duration is
/// written as it is meant (`1h`); a leading `-` (`-1h`) means the same.
pub fn duration_ago_ms(flag: &str, s: &str, now_ms: i64) -> Result<i64> {
    let d = humantime::parse_duration(s.strip_prefix('-').unwrap_or(s)).map_err(|e| {
        usage(format!(
            "{flag} {s}: {e} (a duration looks like 90s, 15m, 1h30m or 2d)"
        ))
    })?;
    let ms = i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
    Ok(now_ms.saturating_sub(ms).max(0))
}

/// `--time` of `admin offsets`.
pub fn offset_spec(s: &str, now_ms: i64) -> Result<OffsetSpec> {
    Ok(match s {
        // -2, -1 and -3 are kafka-get-offsets' and kcat -Q's spellings.
        "earliest" | "beginning" | "-2" => OffsetSpec::Earliest,
        "latest" | "end" | "-1" => OffsetSpec::Latest,
        "max-timestamp" | "-3" => OffsetSpec::MaxTimestamp,
        _ => OffsetSpec::Timestamp(time_ms("--time", s, now_ms)?),
    })
}

pub use crate::when::now_ms;

/// kafka-topics' `--replica-assignment`: partitions by commas, replicas by colons.
pub fn replica_assignment(s: &str) -> Result<Vec<Vec<i32>>> {
    let bad = |why: &str| usage(format!("--replica-assignment {s}: {why} (e.g. 1:2,2:3)"));
    let parts: Vec<Vec<i32>> = s
        .split(',')
        .map(|p| {
            p.split(':')
                .map(|b| b.trim().parse::<i32>().map_err(|_| bad("not a broker id")))
                .collect::<Result<Vec<_>>>()
        })
        .collect::<Result<_>>()?;
    if parts.iter().any(|p| p.len() != parts[0].len()) {
        return Err(bad("every partition needs the same number of replicas"));
    }
    Ok(parts)
}

/// One line of a reset plan file: `topic,partition,offset`.
pub fn plan_csv(text: &str) -> Result<Vec<(String, i32, i64)>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line == "topic,partition,offset" {
            continue;
        }
        let bad = || {
            usage(format!(
                "line {}: {line:?} is not topic,partition,offset",
                i + 1
            ))
        };
        // Topic names cannot contain commas, so split from the right.
        let mut it = line.rsplitn(3, ',');
        let offset = it.next().and_then(|o| o.trim().parse::<i64>().ok());
        let partition = it.next().and_then(|p| p.trim().parse::<i32>().ok());
        let topic = it.next().filter(|t| !t.is_empty());
        match (topic, partition, offset) {
            (Some(t), Some(p), Some(o)) if p >= 0 && o >= 0 => out.push((t.to_string(), p, o)),
            _ => return Err(bad()),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topic_partition_lists() {
        assert_eq!(
            topic_partitions("--topic", "t").unwrap(),
            ("t".into(), vec![])
        );
        assert_eq!(
            topic_partitions("--topic", "t:0,2").unwrap(),
            ("t".into(), vec![0, 2])
        );
        assert!(topic_partitions("--topic", "t:x").is_err());
        assert!(topic_partitions("--topic", ":1").is_err());
        assert!(topic_partitions("--topic", "t:-1").is_err());
    }

    #[test]
    fn times() {
        let now = 1_700_000_000_000;
        assert_eq!(time_ms("--time", "-1h", now).unwrap(), now - 3_600_000);
        assert_eq!(time_ms("--time", "1234", now).unwrap(), 1234);
        assert_eq!(
            time_ms("--time", "2024-05-01T00:00:00Z", now).unwrap(),
            1_714_521_600_000
        );
        assert!(time_ms("--time", "yesterday", now).is_err());
        assert_eq!(offset_spec("earliest", now).unwrap(), OffsetSpec::Earliest);
        assert_eq!(
            offset_spec("max-timestamp", now).unwrap(),
            OffsetSpec::MaxTimestamp
        );
        assert_eq!(offset_spec("-3", now).unwrap(), OffsetSpec::MaxTimestamp);
        assert!(offset_spec("-4", now).is_err());
        assert_eq!(
            offset_spec("-1m", now).unwrap(),
            OffsetSpec::Timestamp(now - 60_000)
        );
    }

    #[test]
    fn assignments_and_entries() {
        assert_eq!(
            replica_assignment("1:2,2:3").unwrap(),
            vec![vec![1, 2], vec![2, 3]]
        );
        assert!(replica_assignment("1:2,3").is_err());
        assert!(replica_assignment("a").is_err());
        assert_eq!(
            key_value("-c", "a=b=c").unwrap(),
            ("a".into(), "b=c".into())
        );
        assert!(key_value("-c", "=x").is_err());
        assert!(key_value("-c", "x").is_err());
    }

    #[test]
    fn plan_files() {
        let p = plan_csv("topic,partition,offset\nt,0,5\n\na.b,1,0\n").unwrap();
        assert_eq!(p, vec![("t".into(), 0, 5), ("a.b".into(), 1, 0)]);
        assert!(plan_csv("t,0").is_err());
        assert!(plan_csv("t,0,-4").is_err());
    }
}
