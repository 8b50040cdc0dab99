//! `-f` format strings, parsed once into tokens so that printing a message
//! is a walk over a small vector, not a parse.

use std::ffi::CString;

use crate::escape::unescape;

/// How a key or value is printed by `%k` / `%s`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldEnc {
    /// Through the `-s` deserializer (bytes as they are by default).
    Deser,
    Hex,
    Base64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    Literal(Vec<u8>),
    Value(FieldEnc),
    ValueLen,
    /// %R: the value's length as a 32-bit big-endian integer (kcat).
    ValueLenBinary,
    Key(FieldEnc),
    KeyLen,
    Topic,
    Partition,
    Offset,
    /// %T: milliseconds since the epoch.
    Timestamp,
    /// %d: RFC 3339 in UTC, or %d{strftime pattern} (UTC).
    Date(Option<CString>),
    /// %y: create, logappend or none.
    TimestampType,
    /// %h: name=value,name=value.
    Headers,
    /// %e: headers as JSON.
    HeadersJson,
    /// %b: the broker the message was fetched from.
    Broker,
    /// %l: leader epoch.
    LeaderEpoch,
    /// %L: messages behind the high watermark after this one.
    Lag,
}

const KNOWN: &str = "%s %S %R %k %K %t %p %o %T %d %y %h %e %b %l %L %%, \
with %s{hex} %s{base64} %k{hex} %k{base64} %d{STRFTIME}";

/// Parse a kcat-style format string; unknown tokens are a usage error.
pub fn parse(fmt: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut lit = String::new();
    let mut chars = fmt.chars().peekable();
    let flush = |lit: &mut String, tokens: &mut Vec<Token>| -> Result<(), String> {
        if !lit.is_empty() {
            let bytes = unescape(lit).map_err(|e| format!("-f {e}"))?;
            tokens.push(Token::Literal(bytes));
            lit.clear();
        }
        Ok(())
    };
    while let Some(c) = chars.next() {
        if c != '%' {
            lit.push(c);
            continue;
        }
        let Some(t) = chars.next() else {
            return Err(format!("-f {fmt:?}: ends with a lone %"));
        };
        // An argument in braces right after the token letter.
        // After %s and %k only `{hex}` and `{base64}` are klar's: other
        // braces are text, as kcat prints them (`%s{"ts":%T}` is JSON
        // around a value).
        let encoding_follows = || {
            let rest: String = chars.clone().take(8).collect();
            rest.starts_with("{hex}") || rest.starts_with("{base64}")
        };
        let takes_arg = match t {
            'd' => chars.peek() == Some(&'{'),
            's' | 'k' => encoding_follows(),
            _ => false,
        };
        let arg = if takes_arg {
            chars.next();
            let mut a = String::new();
            loop {
                match chars.next() {
                    Some('}') => break,
                    Some(ch) => a.push(ch),
                    None => return Err(format!("-f {fmt:?}: %{t}{{ is not closed with }}")),
                }
            }
            Some(a)
        } else {
            None
        };
        // Only `{hex}` and `{base64}` become an argument of %s and %k.
        let enc = |a: &Option<String>| match a.as_deref() {
            Some("hex") => FieldEnc::Hex,
            Some("base64") => FieldEnc::Base64,
            _ => FieldEnc::Deser,
        };
        let tok = match t {
            '%' => {
                lit.push('%');
                continue;
            }
            's' => Token::Value(enc(&arg)),
            'k' => Token::Key(enc(&arg)),
            'd' => Token::Date(match arg {
                None => None,
                Some(a) if a.is_empty() => {
                    return Err(format!("-f {fmt:?}: %d{{}} needs a strftime pattern"))
                }
                Some(a) => {
                    check_strftime(&a).map_err(|bad| match bad {
                        BadStrftime::Conversion(spec) => format!(
                            "-f {fmt:?}: {spec} in %d{{{a}}} is not a strftime conversion \
                             (see strftime(3): %Y %m %d %H %M %S %j %a %b %Z ...)"
                        ),
                        BadStrftime::Width(spec) => format!(
                            "-f {fmt:?}: {spec} in %d{{{a}}}: a field width is at most \
                             {MAX_WIDTH}"
                        ),
                    })?;
                    Some(CString::new(a).map_err(|_| format!("-f {fmt:?}: NUL in %d{{...}}"))?)
                }
            }),
            'S' => Token::ValueLen,
            'R' => Token::ValueLenBinary,
            'K' => Token::KeyLen,
            't' => Token::Topic,
            'p' => Token::Partition,
            'o' => Token::Offset,
            'T' => Token::Timestamp,
            'y' => Token::TimestampType,
            'h' => Token::Headers,
            'e' => Token::HeadersJson,
            'b' => Token::Broker,
            'l' => Token::LeaderEpoch,
            'L' => Token::Lag,
            other => {
                return Err(format!(
                    "-f {fmt:?}: unknown token %{other} (known: {KNOWN})"
                ))
            }
        };
        flush(&mut lit, &mut tokens)?;
        tokens.push(tok);
    }
    flush(&mut lit, &mut tokens)?;
    Ok(tokens)
}

/// Wider than this, a conversion no longer fits the output buffer, and
/// printed nothing.
const MAX_WIDTH: u32 = 1000;

#[derive(Debug, PartialEq, Eq)]
enum BadStrftime {
    /// Not a conversion the C library knows.
    Conversion(String),
    /// A field width above MAX_WIDTH.
    Width(String),
}

/// The first conversion of a strftime pattern that the C library would not
/// convert (it copies those to the output as they are, so a typo would show
/// up only in the printed messages). Accepts what glibc documents: flags
/// `_ - 0 ^ #`, a field width, the `E` and `O` modifiers.
fn check_strftime(pattern: &str) -> Result<(), BadStrftime> {
    const CONVERSIONS: &str = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%";
    let mut rest = pattern;
    while let Some(at) = rest.find('%') {
        let spec = &rest[at..];
        let flagged = spec[1..].trim_start_matches(['_', '-', '0', '^', '#']);
        let body = flagged.trim_start_matches(|c: char| c.is_ascii_digit());
        // Wider than the output buffer, the conversion printed nothing.
        let width = &flagged[..flagged.len() - body.len()];
        if width.len() > 4 || width.parse::<u32>().is_ok_and(|w| w > MAX_WIDTH) {
            let conv = body.chars().next().map_or(0, char::len_utf8);
            return Err(BadStrftime::Width(
                spec[..spec.len() - body.len() + conv].to_string(),
            ));
        }
        let body = body.strip_prefix(['E', 'O']).unwrap_or(body);
        let Some(conv) = body.chars().next() else {
            return Err(BadStrftime::Conversion(spec.to_string()));
        };
        let used = spec.len() - body.len() + conv.len_utf8();
        if !CONVERSIONS.contains(conv) {
            return Err(BadStrftime::Conversion(spec[..used].to_string()));
        }
        rest = &spec[used..];
    }
    Ok(())
}

/// RFC 3339 in UTC with milliseconds, e.g. 2026-11-26T10:00:00.123Z. A
/// producer may set any timestamp: before 1970 it is printed as it is, and
/// past year 9999 (which RFC 3339 cannot write) with the year in full.
pub fn rfc3339(ms: i64) -> String {
    let millis = ms.rem_euclid(1000);
    let date = strftime(ms, c"%Y-%m-%dT%H:%M:%S");
    if date.is_empty() {
        // Beyond what gmtime(3) can convert: the number is all there is.
        return ms.to_string();
    }
    format!("{date}.{millis:03}Z")
}

/// A strftime pattern applied to a UTC timestamp (no locale, no time zone
/// database: scripts get the same text everywhere).
pub fn strftime(ms: i64, pattern: &std::ffi::CStr) -> String {
    let secs = (ms.div_euclid(1000)) as libc::time_t;
    // SAFETY: gmtime_r fills `tm` from `secs`; strftime writes at most
    // buf.len() bytes and returns how many it wrote (0 when it did not fit).
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::gmtime_r(&secs, &mut tm).is_null() {
            return String::new();
        }
        // 0 means the text did not fit (or was empty): try a larger buffer
        // before printing nothing.
        let mut buf = vec![0u8; 256];
        loop {
            let n = libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                buf.len(),
                pattern.as_ptr(),
                &tm,
            );
            if n > 0 || buf.len() >= 64 * 1024 {
                buf.truncate(n);
                return String::from_utf8_lossy(&buf).into_owned();
            }
            buf.resize(buf.len() * 4, 0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        assert_eq!(
            parse("%k=%s\\n").unwrap(),
            vec![
                Token::Key(FieldEnc::Deser),
                Token::Literal(b"=".to_vec()),
                Token::Value(FieldEnc::Deser),
                Token::Literal(b"\n".to_vec())
            ]
        );
        assert_eq!(
            parse("100%%").unwrap(),
            vec![Token::Literal(b"100%".to_vec())]
        );
        assert!(parse("%q").unwrap_err().contains("unknown token %q"));
        assert!(parse("abc%").unwrap_err().contains("lone %"));
    }

    #[test]
    fn arguments() {
        assert_eq!(
            parse("%d{%Y").unwrap_err(),
            "-f \"%d{%Y\": %d{ is not closed with }"
        );
        // An unclosed brace after %s is text.
        assert_eq!(
            parse("%s{x").unwrap(),
            vec![
                Token::Value(FieldEnc::Deser),
                Token::Literal(b"{x".to_vec())
            ]
        );
        assert_eq!(
            parse("%s{hex} %k{base64}").unwrap(),
            vec![
                Token::Value(FieldEnc::Hex),
                Token::Literal(b" ".to_vec()),
                Token::Key(FieldEnc::Base64)
            ]
        );
        // Other braces after %s and %k are text, as in kcat.
        assert_eq!(
            parse("%s{\"ts\":%T}").unwrap(),
            vec![
                Token::Value(FieldEnc::Deser),
                Token::Literal(b"{\"ts\":".to_vec()),
                Token::Timestamp,
                Token::Literal(b"}".to_vec())
            ]
        );
        assert_eq!(
            parse("%d{%Y}").unwrap(),
            vec![Token::Date(Some(CString::new("%Y").unwrap()))]
        );
        // Braces after other tokens are literal text.
        assert_eq!(
            parse("%p{x}").unwrap(),
            vec![Token::Partition, Token::Literal(b"{x}".to_vec())]
        );
    }

    #[test]
    fn dates() {
        assert_eq!(rfc3339(1_732_617_600_123), "2024-11-26T10:40:00.123Z");
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(rfc3339(-1), "1969-12-31T23:59:59.999Z");
        assert_eq!(rfc3339(253_402_300_800_000), "10000-01-01T00:00:00.000Z");
        assert_eq!(rfc3339(i64::MAX), "292278994-08-17T07:12:55.807Z");
        let p = CString::new("%Y-%m-%d %H:%M").unwrap();
        assert_eq!(strftime(1_732_617_600_123, &p), "2024-11-26 10:40");
        let long = CString::new("%Y".repeat(200)).unwrap();
        assert_eq!(strftime(1_732_617_600_123, &long), "2024".repeat(200));
    }

    #[test]
    fn strftime_patterns_are_checked() {
        for good in [
            "%Y", "%F %T", "%_3d", "%-m", "%Ey", "%Od", "%%Q", "plain", "%^a %#Z",
        ] {
            assert_eq!(check_strftime(good), Ok(()), "{good}");
        }
        assert_eq!(
            check_strftime("%Y %Q"),
            Err(BadStrftime::Conversion("%Q".into()))
        );
        assert_eq!(check_strftime("%1000Y"), Ok(()));
        assert_eq!(
            check_strftime("%100000Y"),
            Err(BadStrftime::Width("%100000Y".into()))
        );
        assert_eq!(
            check_strftime("%-5q"),
            Err(BadStrftime::Conversion("%-5q".into()))
        );
        assert_eq!(check_strftime("%Ex"), Ok(()));
        assert_eq!(
            check_strftime("%EQ"),
            Err(BadStrftime::Conversion("%EQ".into()))
        );
        assert_eq!(
            check_strftime("at %"),
            Err(BadStrftime::Conversion("%".into()))
        );
        assert_eq!(
            check_strftime("%+"),
            Err(BadStrftime::Conversion("%+".into()))
        );
        assert_eq!(
            parse("%d{%Y-%Q}").unwrap_err(),
            "-f \"%d{%Y-%Q}\": %Q in %d{%Y-%Q} is not a strftime conversion \
             (see strftime(3): %Y %m %d %H %M %S %j %a %b %Z ...)"
        );
        assert_eq!(
            parse("%d{%100000Y}").unwrap_err(),
            "-f \"%d{%100000Y}\": %100000Y in %d{%100000Y}: a field width is at most 1000"
        );
    }
}
