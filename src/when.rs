//! Points in time as users type them, for consume's `-o @TIME` and admin's
//! `--time`, `--to-datetime`, `--before @TIME`: milliseconds since the epoch,
//! RFC 3339, or a duration before now (`-1h30m`). One parser, so that every
//! command reads a time the same way.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Milliseconds since the epoch; the error says what is wrong with `s`
/// without repeating it (the caller names the flag and the input).
pub fn parse_ms(s: &str, now: SystemTime) -> Result<i64, String> {
    let ms = |t: SystemTime| -> Result<i64, String> {
        t.duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .map_err(|_| "before 1970".to_string())
    };
    if let Some(ago) = s.strip_prefix('-') {
        let d: Duration = humantime::parse_duration(ago).map_err(|e| {
            format!("{e} (a duration before now looks like -90s, -15m, -1h30m, -2d)")
        })?;
        return ms(now.checked_sub(d).ok_or("before 1970")?);
    }
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return s
            .parse::<i64>()
            .map_err(|_| "too large for milliseconds".to_string());
    }
    let (local, east) = utc_offset(s);
    // RFC 3339 allows `t` and `z`, which humantime does not.
    humantime::parse_rfc3339_weak(&local.to_ascii_uppercase())
        .map_err(|e| {
            format!("not a time: {e} (milliseconds since the epoch, RFC 3339 such as 2026-11-26T10:00:00Z or 2026-11-26T11:00:00+01:00, or -1h)")
        })
        .and_then(ms)
        .map(|t| t - east * 1000)
}

/// RFC 3339's numeric offset (`+01:00`, `-05:30`), which humantime does not
/// read: the time without it, and the offset in seconds east of UTC.
fn utc_offset(s: &str) -> (String, i64) {
    let b = s.as_bytes();
    let n = b.len();
    if n > 16 && matches!(b[n - 6], b'+' | b'-') && b[n - 3] == b':' {
        let hh = s[n - 5..n - 3].parse::<i64>();
        let mm = s[n - 2..].parse::<i64>();
        if let (Ok(h), Ok(m)) = (hh, mm) {
            if h < 24 && m < 60 {
                let sign = if b[n - 6] == b'-' { -1 } else { 1 };
                return (s[..n - 6].to_string(), sign * (h * 3600 + m * 60));
            }
        }
    }
    (s.to_string(), 0)
}

/// The wall clock in milliseconds since the epoch, as Kafka's timestamps.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> SystemTime {
        UNIX_EPOCH + Duration::from_millis(1_800_000_000_000)
    }

    #[test]
    fn forms() {
        assert_eq!(parse_ms("1732617600000", now()), Ok(1_732_617_600_000));
        assert_eq!(
            parse_ms("2024-11-26T10:40:00Z", now()),
            Ok(1_732_617_600_000)
        );
        assert_eq!(parse_ms("-1h30m", now()), Ok(1_800_000_000_000 - 5_400_000));
        // RFC 3339 allows a numeric offset and lower-case letters.
        for same in [
            "2024-11-26T11:40:00+01:00",
            "2024-11-26T05:10:00-05:30",
            "2024-11-26t10:40:00z",
            "2024-11-26T10:40:00.000+00:00",
        ] {
            assert_eq!(parse_ms(same, now()), Ok(1_732_617_600_000), "{same}");
        }
        assert!(parse_ms("2024-11-26T11:40:00+25:00", now()).is_err());
        assert!(parse_ms("yesterday", now())
            .unwrap_err()
            .starts_with("not a time"));
        assert!(parse_ms("-5parsecs", now()).is_err());
        assert!(parse_ms("", now()).is_err());
        assert_eq!(
            parse_ms("99999999999999999999", now()),
            Err("too large for milliseconds".to_string())
        );
        assert_eq!(parse_ms("-100000d", now()), Err("before 1970".to_string()));
    }
}
