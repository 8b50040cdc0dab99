//! `-o` offset specifications, parsed once into one type: a start position,
//! an optional end (`START:END`, END not included), for every partition or
//! for one (`P=...`).

use std::collections::BTreeMap;
use std::time::SystemTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Beginning,
    End,
    Stored,
    Absolute(i64),
    /// N before the end of each partition.
    FromEnd(i64),
    /// N after the beginning of each partition.
    FromBeginning(i64),
    /// The first message at or after this time (ms since the epoch).
    Time(i64),
}

/// Where a range stops; the message at this offset is not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Until {
    Offset(i64),
    Time(i64),
    /// The high watermark when the partition is assigned.
    End,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub start: Position,
    pub until: Option<Until>,
}

/// Every `-o` given, parsed; a later one replaces an earlier one for the
/// same partitions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetSpec {
    pub default: Option<Range>,
    pub partitions: BTreeMap<i32, Range>,
}

const FORMS: &str = "beginning, end, stored, N, -N, +N, @MS, @RFC3339, @-DURATION, START:END, \
     kcat's s@MS and e@MS, or P=SPEC";

/// What one `-o` sets: a whole range, or only one end of it (kcat's `s@T`
/// and `e@T`, which combine whatever their order).
#[derive(Clone, Copy)]
enum Part {
    Range(Range),
    Start(Position),
    Until(Until),
}

impl Part {
    /// Applied over what earlier `-o`s set for the same partitions. An end
    /// on its own starts where a run without `-o` starts in manual mode.
    fn apply(self, to: Option<Range>) -> Range {
        match self {
            Part::Range(r) => r,
            Part::Start(start) => Range {
                start,
                until: to.and_then(|r| r.until),
            },
            Part::Until(until) => Range {
                start: to.map_or(Position::Beginning, |r| r.start),
                until: Some(until),
            },
        }
    }
}

fn parse_part(s: &str, now: SystemTime) -> Result<Part, String> {
    if let Some(t) = s.strip_prefix("s@") {
        return Ok(Part::Start(Position::Time(parse_time(t, now)?)));
    }
    if let Some(t) = s.strip_prefix("e@") {
        return Ok(Part::Until(Until::Time(parse_time(t, now)?)));
    }
    parse_range(s, now).map(Part::Range)
}

impl OffsetSpec {
    pub fn parse_all(specs: &[String], now: SystemTime) -> Result<OffsetSpec, String> {
        let mut out = OffsetSpec::default();
        // kcat's e@ is an end on its own: a later plain start (`-o e@T -o
        // 5`) keeps it, as kcat does. A later START:END replaces it.
        let mut kcat_end: Option<Until> = None;
        let mut kcat_ends: BTreeMap<i32, Until> = BTreeMap::new();
        let keep = |part: Part, end: Option<Until>| match (part, end) {
            (Part::Range(r), Some(u)) if r.until.is_none() => Part::Range(Range {
                start: r.start,
                until: Some(u),
            }),
            _ => part,
        };
        let note = |part: Part, end: &mut Option<Until>| match part {
            Part::Until(u) => *end = Some(u),
            Part::Range(r) if r.until.is_some() => *end = None,
            _ => {}
        };
        for s in specs {
            let empty = |why: String| format!("-o {s:?}: {why}");
            let bad = |why: &str| {
                // A time's own error already says what a time looks like.
                if why.starts_with('@') {
                    format!("-o {s:?}: {why}")
                } else {
                    format!("-o {s:?}: {why} (one of: {FORMS})")
                }
            };
            match s.split_once('=') {
                Some((p, rest)) => {
                    let p: i32 = p
                        .parse()
                        .ok()
                        .filter(|p| *p >= 0)
                        .ok_or_else(|| bad(&format!("{p:?} is not a partition number")))?;
                    let part = parse_part(rest, now).map_err(|e| bad(&e))?;
                    let mut end = kcat_ends.get(&p).copied().or(kcat_end);
                    let part = keep(part, end);
                    note(part, &mut end);
                    if let Some(u) = end {
                        kcat_ends.insert(p, u);
                    } else {
                        kcat_ends.remove(&p);
                    }
                    let r = part.apply(out.partitions.get(&p).copied());
                    out.partitions.insert(p, not_empty(r).map_err(empty)?);
                }
                None => {
                    let raw = parse_part(s, now).map_err(|e| bad(&e))?;
                    let part = keep(raw, kcat_end);
                    note(part, &mut kcat_end);
                    out.default = Some(not_empty(part.apply(out.default)).map_err(empty)?);
                    // For every partition: over what earlier `P=`s set too.
                    for (p, r) in out.partitions.iter_mut() {
                        let mut end = kcat_ends.get(p).copied();
                        let part = keep(raw, end.or(kcat_end));
                        note(part, &mut end);
                        match end.or(kcat_end) {
                            Some(u) => kcat_ends.insert(*p, u),
                            None => kcat_ends.remove(p),
                        };
                        *r = not_empty(part.apply(Some(*r))).map_err(empty)?;
                    }
                }
            }
        }
        Ok(out)
    }

    pub fn for_partition(&self, p: i32) -> Option<Range> {
        self.partitions.get(&p).copied().or(self.default)
    }
}

/// A range whose end is not after its start reads nothing, and with `-e`
/// would end at once with status 0: taken for the typo it most likely is.
/// Only ends of the same kind can be compared before the cluster is asked.
fn not_empty(r: Range) -> Result<Range, String> {
    let (start, end, unit) = match (r.start, r.until) {
        (Position::Absolute(a), Some(Until::Offset(b))) => (a, b, "offset"),
        (Position::Time(a), Some(Until::Time(b))) => (a, b, "time"),
        _ => return Ok(r),
    };
    if end <= start {
        return Err(format!(
            "the range reads nothing: its end {unit} is not after its start (the end is not included)"
        ));
    }
    Ok(r)
}

fn parse_range(s: &str, now: SystemTime) -> Result<Range, String> {
    if let Ok(start) = parse_position(s, now) {
        return Ok(Range { start, until: None });
    }
    // RFC 3339 times contain colons: take the first split where both sides
    // parse. When no split has a start that parses, the error is the whole
    // value's, not that of a piece the user never typed alone.
    let mut first_err = None;
    for (i, _) in s.match_indices(':') {
        let (a, b) = (&s[..i], &s[i + 1..]);
        // `:END`, as in rpk, reads from the beginning.
        let start = if a.is_empty() {
            Ok(Position::Beginning)
        } else {
            parse_position(a, now)
        };
        match (start, parse_until(b, now)) {
            (Ok(start), Ok(until)) => {
                return Ok(Range {
                    start,
                    until: Some(until),
                })
            }
            (Ok(_), Err(e)) => {
                first_err.get_or_insert(e);
            }
            (Err(_), _) => {}
        }
    }
    Err(first_err.unwrap_or_else(|| parse_position(s, now).unwrap_err()))
}

/// An offset or a count of them, up to half of i64's range: librdkafka
/// encodes `-N` as a number below its own negative constants, and the
/// watermarks are added to `+N`.
fn number(s: &str) -> Result<i64, String> {
    let n = s
        .parse::<i64>()
        .ok()
        .filter(|n| *n >= 0)
        .ok_or_else(|| format!("{s:?} is not an offset"))?;
    if n > i64::MAX / 2 {
        return Err(format!("{s} is beyond any offset a partition can have"));
    }
    Ok(n)
}

fn parse_position(s: &str, now: SystemTime) -> Result<Position, String> {
    Ok(match s {
        // kcat's and librdkafka's names, and rpk's.
        "beginning" | "earliest" | "smallest" | "start" | "oldest" => Position::Beginning,
        "end" | "latest" | "largest" | "newest" => Position::End,
        "stored" => Position::Stored,
        "" => return Err("empty offset".into()),
        _ if s.starts_with('@') => Position::Time(parse_time(&s[1..], now)?),
        _ if s.starts_with('-') => Position::FromEnd(number(&s[1..])?),
        _ if s.starts_with('+') => Position::FromBeginning(number(&s[1..])?),
        _ => Position::Absolute(number(s)?),
    })
}

fn parse_until(s: &str, now: SystemTime) -> Result<Until, String> {
    Ok(match s {
        "end" => Until::End,
        _ if s.starts_with('@') => Until::Time(parse_time(&s[1..], now)?),
        _ => Until::Offset(number(s)?),
    })
}

/// `1732617600000`, `2026-11-26T10:00:00Z` or `-1h30m` (ago).
fn parse_time(s: &str, now: SystemTime) -> Result<i64, String> {
    crate::when::parse_ms(s, now).map_err(|e| format!("@{s}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    fn now() -> SystemTime {
        UNIX_EPOCH + Duration::from_millis(1_800_000_000_000)
    }

    fn one(s: &str) -> Result<Range, String> {
        OffsetSpec::parse_all(&[s.to_string()], now()).map(|o| o.default.unwrap())
    }

    fn start(p: Position) -> Range {
        Range {
            start: p,
            until: None,
        }
    }

    #[test]
    fn positions() {
        assert_eq!(one("beginning"), Ok(start(Position::Beginning)));
        assert_eq!(one("end"), Ok(start(Position::End)));
        assert_eq!(one("stored"), Ok(start(Position::Stored)));
        assert_eq!(one("42"), Ok(start(Position::Absolute(42))));
        assert_eq!(one("-10"), Ok(start(Position::FromEnd(10))));
        assert_eq!(one("-0"), Ok(start(Position::FromEnd(0))));
        assert_eq!(one("+3"), Ok(start(Position::FromBeginning(3))));
        for bad in [
            "",
            "x",
            "-",
            "+x",
            "--1",
            "1.5",
            "beginnin",
            "@",
            "@yesterday",
            "@-1 fortnight",
        ] {
            let e = one(bad).unwrap_err();
            assert!(e.starts_with(&format!("-o {bad:?}: ")), "{e}");
        }
    }

    #[test]
    fn times() {
        assert_eq!(
            one("@1732617600000"),
            Ok(start(Position::Time(1_732_617_600_000)))
        );
        assert_eq!(
            one("@2024-11-26T10:40:00Z"),
            Ok(start(Position::Time(1_732_617_600_000)))
        );
        assert_eq!(
            one("@-1h30m"),
            Ok(start(Position::Time(1_800_000_000_000 - 5_400_000)))
        );
        // A numeric UTC offset, alone and in a range; a bad time is named
        // whole, not by the piece before its first colon.
        assert_eq!(
            one("@2024-11-26T11:40:00+01:00"),
            Ok(start(Position::Time(1_732_617_600_000)))
        );
        assert_eq!(
            one("@2024-11-26T11:40:00+01:00:end"),
            Ok(Range {
                start: Position::Time(1_732_617_600_000),
                until: Some(Until::End)
            })
        );
        let e = one("@2024-11-26T11:40:00+01:0x").unwrap_err();
        assert!(
            e.contains(": @2024-11-26T11:40:00+01:0x: not a time"),
            "{e}"
        );
    }

    #[test]
    fn ranges() {
        assert_eq!(
            one("0:100"),
            Ok(Range {
                start: Position::Absolute(0),
                until: Some(Until::Offset(100))
            })
        );
        assert_eq!(
            one("beginning:end"),
            Ok(Range {
                start: Position::Beginning,
                until: Some(Until::End)
            })
        );
        assert_eq!(
            one("@2024-11-26T10:40:00Z:@2024-11-26T10:40:01Z"),
            Ok(Range {
                start: Position::Time(1_732_617_600_000),
                until: Some(Until::Time(1_732_617_601_000))
            })
        );
        assert_eq!(
            one("-5:@-1m"),
            Ok(Range {
                start: Position::FromEnd(5),
                until: Some(Until::Time(1_800_000_000_000 - 60_000))
            })
        );
        assert!(one("0:").is_err());
        assert!(one("0:stored").is_err());
        assert!(one(":").is_err());
        // rpk's forms.
        assert_eq!(
            one(":end"),
            Ok(Range {
                start: Position::Beginning,
                until: Some(Until::End)
            })
        );
        assert_eq!(one("start"), Ok(start(Position::Beginning)));
        assert_eq!(one("oldest"), Ok(start(Position::Beginning)));
        assert_eq!(one("newest"), Ok(start(Position::End)));
    }

    #[test]
    fn kcat_start_and_end_times_combine_in_either_order() {
        let both = Range {
            start: Position::Time(1_000),
            until: Some(Until::Time(2_000)),
        };
        for specs in [["s@1000", "e@2000"], ["e@2000", "s@1000"]] {
            let specs: Vec<String> = specs.iter().map(|s| s.to_string()).collect();
            let o = OffsetSpec::parse_all(&specs, now()).unwrap();
            assert_eq!(o.default, Some(both), "{specs:?}");
        }
        assert_eq!(one("s@1000"), Ok(start(Position::Time(1_000))));
        assert_eq!(
            one("e@2000"),
            Ok(Range {
                start: Position::Beginning,
                until: Some(Until::Time(2_000))
            })
        );
        // An end keeps the start an earlier -o gave; a whole range replaces.
        let o = OffsetSpec::parse_all(&["-5".into(), "e@-1m".into()], now()).unwrap();
        assert_eq!(
            o.default,
            Some(Range {
                start: Position::FromEnd(5),
                until: Some(Until::Time(1_800_000_000_000 - 60_000))
            })
        );
        // kcat's e@ is an end on its own: a later plain start keeps it; a
        // later START:END replaces it.
        let seven_to_2000 = Range {
            start: Position::Absolute(7),
            until: Some(Until::Time(2000)),
        };
        let o = OffsetSpec::parse_all(&["e@2000".into(), "7".into()], now()).unwrap();
        assert_eq!(o.default, Some(seven_to_2000));
        let o = OffsetSpec::parse_all(&["e@2000".into(), "0=7".into()], now()).unwrap();
        assert_eq!(o.for_partition(0), Some(seven_to_2000));
        let o = OffsetSpec::parse_all(&["0=e@2000".into(), "7".into()], now()).unwrap();
        assert_eq!(o.for_partition(0), Some(seven_to_2000));
        assert_eq!(o.for_partition(1), Some(start(Position::Absolute(7))));
        let o =
            OffsetSpec::parse_all(&["e@2000".into(), "5:10".into(), "7".into()], now()).unwrap();
        assert_eq!(o.default, Some(start(Position::Absolute(7))));
        let o = OffsetSpec::parse_all(&["1=s@1000".into(), "1=e@2000".into()], now()).unwrap();
        assert_eq!(o.for_partition(1), Some(both));
        assert!(one("e@soon").unwrap_err().contains("@soon"));
    }

    #[test]
    fn per_partition() {
        let o = OffsetSpec::parse_all(
            &["end".into(), "0=5".into(), "2=beginning:10".into()],
            now(),
        )
        .unwrap();
        assert_eq!(o.for_partition(0), Some(start(Position::Absolute(5))));
        assert_eq!(o.for_partition(1), Some(start(Position::End)));
        assert_eq!(o.for_partition(2).unwrap().until, Some(Until::Offset(10)));
        // The last -o wins, as with any repeated flag.
        let o = OffsetSpec::parse_all(&["0=1".into(), "0=2".into(), "1".into(), "2".into()], now())
            .unwrap();
        assert_eq!(o.for_partition(0), Some(start(Position::Absolute(2))));
        assert_eq!(o.default, Some(start(Position::Absolute(2))));
        // A later -o for every partition replaces an earlier one's `P=`.
        let o = OffsetSpec::parse_all(&["0=2:4".into(), "-1".into()], now()).unwrap();
        assert_eq!(o.for_partition(0), Some(start(Position::FromEnd(1))));
        // kcat's halves combine with it: the end applies to partition 0 too.
        let o = OffsetSpec::parse_all(&["0=s@1000".into(), "e@2000".into()], now()).unwrap();
        let r = o.for_partition(0).unwrap();
        assert_eq!(
            (r.start, r.until),
            (Position::Time(1000), Some(Until::Time(2000)))
        );
        let e = OffsetSpec::parse_all(&["x=1".into()], now()).unwrap_err();
        assert!(e.contains("\"x\" is not a partition number"), "{e}");
    }
}
