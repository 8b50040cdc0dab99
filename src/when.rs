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
    humantime::parse_rfc3339_weak(s)
        .map_err(|e| {
            format!("not a time: {e} (milliseconds since the epoch, RFC 3339 such as 2026-11-26T10:00:00Z, or -1h)")
        })
        .and_then(ms)
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
