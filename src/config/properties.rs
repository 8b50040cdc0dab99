//! A parser for Java `.properties` files, the format taken by
//! `kafka-console-producer --producer.config` and `kcat -F`, following the
//! rules of `java.util.Properties.load`.

use std::fmt;

/// One key=value entry and the 1-based line on which its logical line starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub key: String,
    pub value: String,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ParseError {}

/// Parse the whole text. Entries in file order (duplicates kept; the caller decides precedence).
pub fn parse(text: &str) -> Result<Vec<Entry>, ParseError> {
    let lines = split_lines(text);
    let mut entries = Vec::new();
    let mut next = 0;
    while next < lines.len() {
        let start_line = next + 1;
        let first = lines[next].trim_start_matches(is_whitespace);
        next += 1;
        // A bare continuation adds nothing; Java (9+) still starts the logical line
        // afresh after it, so a comment may follow.
        if first.is_empty() || first == "\\" || first.starts_with(['#', '!']) {
            continue;
        }

        let mut logical = LogicalLine {
            chars: Vec::new(),
            segments: Vec::new(),
        };
        let mut segment = first;
        let mut line = start_line;
        loop {
            let continued = ends_with_odd_backslashes(segment);
            let content = if continued {
                &segment[..segment.len() - 1]
            } else {
                segment
            };
            logical.segments.push((logical.chars.len(), line));
            logical.chars.extend(content.chars());
            // A backslash on the last line of the file simply ends the value.
            if !continued || next == lines.len() {
                break;
            }
            segment = lines[next].trim_start_matches(is_whitespace);
            line = next + 1;
            next += 1;
        }

        if !logical.chars.is_empty() {
            entries.push(logical.entry(start_line)?);
        }
    }
    Ok(entries)
}

/// A logical line with the natural line each of its pieces came from, so
/// that errors can point at the line that holds the bad escape.
struct LogicalLine {
    chars: Vec<char>,
    /// (index into `chars` where a natural line's content starts, its line number)
    segments: Vec<(usize, usize)>,
}

impl LogicalLine {
    fn entry(&self, line: usize) -> Result<Entry, ParseError> {
        let chars = &self.chars;
        let mut key_end = chars.len();
        let mut value_start = chars.len();
        let mut has_separator = false;
        let mut escaped = false;
        for (i, &c) in chars.iter().enumerate() {
            if !escaped && (c == '=' || c == ':') {
                key_end = i;
                value_start = i + 1;
                has_separator = true;
                break;
            }
            if !escaped && is_whitespace(c) {
                key_end = i;
                value_start = i + 1;
                break;
            }
            escaped = c == '\\' && !escaped;
        }
        if key_end == 0 {
            return Err(ParseError {
                line,
                message: format!("missing property name before \"{}\"", chars[0]),
            });
        }

        while let Some(&c) = chars.get(value_start) {
            if !is_whitespace(c) {
                if has_separator || (c != '=' && c != ':') {
                    break;
                }
                has_separator = true;
            }
            value_start += 1;
        }

        Ok(Entry {
            key: self.unescape(0, key_end)?,
            value: self.unescape(value_start, chars.len())?,
            line,
        })
    }

    fn unescape(&self, start: usize, end: usize) -> Result<String, ParseError> {
        // Bounded at `end` so that a key's \u escape cannot borrow digits from the value.
        let chars = &self.chars[..end];
        let mut out = String::with_capacity(end - start);
        let mut i = start;
        while let Some(&c) = chars.get(i) {
            i += 1;
            if c != '\\' {
                out.push(c);
                continue;
            }
            let Some(&escaped) = chars.get(i) else {
                break;
            };
            i += 1;
            match escaped {
                't' => out.push('\t'),
                'n' => out.push('\n'),
                'r' => out.push('\r'),
                'f' => out.push('\x0c'),
                'u' => {
                    let escape_start = i - 2;
                    let unit = self.hex_escape(chars, escape_start)?;
                    i += 4;
                    let decoded = if (0xD800..=0xDBFF).contains(&unit) {
                        let low = if chars.get(i) == Some(&'\\') && chars.get(i + 1) == Some(&'u') {
                            Some(self.hex_escape(chars, i)?)
                        } else {
                            None
                        };
                        match low {
                            Some(low @ 0xDC00..=0xDFFF) => {
                                i += 6;
                                char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                            }
                            Some(_) => {
                                return Err(self.error(
                                    escape_start,
                                    format!(
                                        "invalid surrogate pair: \"{}\"",
                                        snippet(chars, escape_start, 12)
                                    ),
                                ));
                            }
                            None => None,
                        }
                    } else {
                        // None for a low surrogate with no high one before it.
                        char::from_u32(unit)
                    };
                    let Some(decoded) = decoded else {
                        return Err(self.error(
                            escape_start,
                            format!("lone surrogate: \"{}\"", snippet(chars, escape_start, 6)),
                        ));
                    };
                    out.push(decoded);
                }
                other => out.push(other),
            }
        }
        Ok(out)
    }

    /// Decodes the `\uXXXX` escape whose backslash is at `at`.
    fn hex_escape(&self, chars: &[char], at: usize) -> Result<u32, ParseError> {
        chars
            .get(at + 2..at + 6)
            .and_then(|digits| {
                digits
                    .iter()
                    .try_fold(0, |acc, c| Some(acc * 16 + c.to_digit(16)?))
            })
            .ok_or_else(|| {
                self.error(
                    at,
                    format!("malformed \\uXXXX escape: \"{}\"", snippet(chars, at, 6)),
                )
            })
    }

    fn error(&self, at: usize, message: String) -> ParseError {
        let segment = self.segments.partition_point(|&(start, _)| start <= at) - 1;
        ParseError {
            line: self.segments[segment].1,
            message,
        }
    }
}

fn snippet(chars: &[char], start: usize, len: usize) -> String {
    chars[start..chars.len().min(start + len)].iter().collect()
}

fn is_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

fn ends_with_odd_backslashes(s: &str) -> bool {
    s.bytes().rev().take_while(|&b| b == b'\\').count() % 2 == 1
}

/// Splits on `\n`, `\r\n` and `\r`, which `str::lines` does not do for a lone `\r`.
fn split_lines(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(&text[start..i]);
                i += 1;
                start = i;
            }
            b'\r' => {
                lines.push(&text[start..i]);
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() {
        lines.push(&text[start..]);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(key: &str, value: &str, line: usize) -> Entry {
        Entry {
            key: key.to_string(),
            value: value.to_string(),
            line,
        }
    }

    fn pairs(text: &str) -> Vec<(String, String)> {
        parse(text)
            .unwrap()
            .into_iter()
            .map(|e| (e.key, e.value))
            .collect()
    }

    fn single(text: &str) -> (String, String) {
        let mut all = pairs(text);
        assert_eq!(all.len(), 1, "expected one entry in {text:?}: {all:?}");
        all.remove(0)
    }

    fn kv(key: &str, value: &str) -> (String, String) {
        (key.to_string(), value.to_string())
    }

    fn error(text: &str) -> ParseError {
        parse(text).unwrap_err()
    }

    #[test]
    fn empty_input() {
        assert_eq!(parse("").unwrap(), vec![]);
        assert_eq!(parse("\n\r\n\r  \t\x0c\n").unwrap(), vec![]);
    }

    #[test]
    fn separator_forms() {
        assert_eq!(single("k=v"), kv("k", "v"));
        assert_eq!(single("k: v"), kv("k", "v"));
        assert_eq!(single("k:v"), kv("k", "v"));
        assert_eq!(single("k v"), kv("k", "v"));
        assert_eq!(single("k\tv"), kv("k", "v"));
        assert_eq!(single("k  =  v"), kv("k", "v"));
        assert_eq!(single("k \t: \x0cv"), kv("k", "v"));
        assert_eq!(single("k   v w"), kv("k", "v w"));
    }

    #[test]
    fn only_one_separator_is_consumed() {
        assert_eq!(single("k==v"), kv("k", "=v"));
        assert_eq!(single("k = = v"), kv("k", "= v"));
        assert_eq!(single("k := v"), kv("k", "= v"));
        assert_eq!(single("k =: v"), kv("k", ": v"));
    }

    #[test]
    fn key_without_value() {
        assert_eq!(single("key"), kv("key", ""));
        assert_eq!(single("key   "), kv("key", ""));
        assert_eq!(single("key="), kv("key", ""));
        assert_eq!(single("key :  "), kv("key", ""));
    }

    #[test]
    fn leading_whitespace_skipped_trailing_kept() {
        assert_eq!(single(" \t\x0ckey=value  \t"), kv("key", "value  \t"));
    }

    #[test]
    fn value_containing_equals_and_colons() {
        let text = "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule \
                    required username=\"u\" password=\"p\";";
        assert_eq!(
            single(text),
            kv(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule \
                 required username=\"u\" password=\"p\";"
            )
        );
        assert_eq!(
            single("bootstrap.servers=a:9092,b:9092"),
            kv("bootstrap.servers", "a:9092,b:9092")
        );
    }

    #[test]
    fn comments() {
        let text = "# hash\n! bang\n  # indented\n\t!indented\na=1\n";
        assert_eq!(parse(text).unwrap(), vec![entry("a", "1", 5)]);
    }

    #[test]
    fn comment_marker_inside_value_is_literal() {
        assert_eq!(single("k=v # not a comment"), kv("k", "v # not a comment"));
        assert_eq!(single("k=#v"), kv("k", "#v"));
        assert_eq!(single("k#=v"), kv("k#", "v"));
    }

    #[test]
    fn comment_with_trailing_backslash_is_not_continued() {
        let text = "# comment \\\na=1\n! other \\\nb=2";
        assert_eq!(
            parse(text).unwrap(),
            vec![entry("a", "1", 2), entry("b", "2", 4)]
        );
    }

    #[test]
    fn continuation_lines() {
        let text = "a=one\\\n    two\\\n\tthree\nb=2\n";
        assert_eq!(
            parse(text).unwrap(),
            vec![entry("a", "onetwothree", 1), entry("b", "2", 4)]
        );
    }

    #[test]
    fn continuation_with_crlf_and_cr() {
        let crlf = "a=one, \\\r\n   two\r\nb=2\r\n";
        assert_eq!(
            parse(crlf).unwrap(),
            vec![entry("a", "one, two", 1), entry("b", "2", 3)]
        );
        let cr = "a=one\\\r  two\rb=2\r";
        assert_eq!(
            parse(cr).unwrap(),
            vec![entry("a", "onetwo", 1), entry("b", "2", 3)]
        );
    }

    #[test]
    fn continuation_can_split_the_key() {
        assert_eq!(single("lo\\\n  ng.key = v"), kv("long.key", "v"));
        assert_eq!(single("key\\\n  = v"), kv("key", "v"));
    }

    #[test]
    fn continuation_line_starting_with_hash_is_not_a_comment() {
        assert_eq!(single("a=1\\\n  # two"), kv("a", "1# two"));
    }

    #[test]
    fn empty_continuation_line_ends_the_logical_line() {
        let text = "a=1\\\n\nb=2";
        assert_eq!(
            parse(text).unwrap(),
            vec![entry("a", "1", 1), entry("b", "2", 3)]
        );
    }

    #[test]
    fn even_trailing_backslashes_do_not_continue() {
        let text = "a=x\\\\\nb=y\\\\\\\\\nc=z";
        assert_eq!(
            pairs(text),
            vec![kv("a", "x\\"), kv("b", "y\\\\"), kv("c", "z")]
        );
        // Three backslashes: one escaped backslash, then a continuation.
        assert_eq!(single("a=x\\\\\\\n  y"), kv("a", "x\\y"));
    }

    #[test]
    fn backslash_at_end_of_file_ends_the_value() {
        assert_eq!(
            parse("a=1\nb=v\\").unwrap(),
            vec![entry("a", "1", 1), entry("b", "v", 2)]
        );
        assert_eq!(single("b=v\\\n"), kv("b", "v"));
        assert_eq!(single("b=v\\\\\\"), kv("b", "v\\"));
        assert_eq!(parse("\\").unwrap(), vec![]);
    }

    #[test]
    fn bare_backslash_line_acts_as_blank() {
        // Java 9+ still honours a comment on the line after a lone backslash.
        let text = "\\\n# comment \\\n  \\\nk=v\n\\";
        assert_eq!(parse(text).unwrap(), vec![entry("k", "v", 4)]);
    }

    #[test]
    fn line_numbers_after_continuations() {
        let text = "\n# c\na=1\\\n  2\\\n  3\n\nb=2\r\nc=3\\\r\n4\rd=4";
        assert_eq!(
            parse(text).unwrap(),
            vec![
                entry("a", "123", 3),
                entry("b", "2", 7),
                entry("c", "34", 8),
                entry("d", "4", 10),
            ]
        );
    }

    #[test]
    fn duplicates_are_kept_in_order() {
        assert_eq!(
            parse("k=1\nk=2\nk=1").unwrap(),
            vec![entry("k", "1", 1), entry("k", "2", 2), entry("k", "1", 3)]
        );
    }

    #[test]
    fn simple_escapes() {
        assert_eq!(single("k=a\\tb\\nc\\rd\\fe"), kv("k", "a\tb\nc\rd\x0ce"));
        assert_eq!(
            single("k=\\\\ \\# \\! \\= \\: \\z"),
            kv("k", "\\ # ! = : z")
        );
        assert_eq!(single("k=\\ leading space"), kv("k", " leading space"));
    }

    #[test]
    fn unicode_escapes() {
        assert_eq!(single("k=\\u0041\\u00e9\\u00E9"), kv("k", "Aéé"));
        assert_eq!(single("k=\\u00411"), kv("k", "A1"));
        assert_eq!(single("\\u006b\\u0065\\u0079=v"), kv("key", "v"));
        assert_eq!(single("k=\\u20AC"), kv("k", "€"));
        assert_eq!(single("k=\\u0000"), kv("k", "\0"));
    }

    #[test]
    fn surrogate_pair_is_combined() {
        assert_eq!(single("k=\\ud83d\\ude00"), kv("k", "😀"));
        assert_eq!(single("k=x\\uD83D\\uDE00y"), kv("k", "x😀y"));
    }

    #[test]
    fn unicode_escape_may_span_a_continuation() {
        assert_eq!(single("k=\\u00\\\n  41"), kv("k", "A"));
    }

    #[test]
    fn non_ascii_text_passes_through() {
        assert_eq!(single("ключ=значение 😀"), kv("ключ", "значение 😀"));
    }

    #[test]
    fn escaped_separators_in_key() {
        assert_eq!(single("a\\=b=c"), kv("a=b", "c"));
        assert_eq!(single("a\\:b:c"), kv("a:b", "c"));
        assert_eq!(single("a\\ b c"), kv("a b", "c"));
        assert_eq!(single("a\\\\=b"), kv("a\\", "b"));
        assert_eq!(single("\\=x=y"), kv("=x", "y"));
        assert_eq!(single("\\u003d=y"), kv("=", "y"));
    }

    #[test]
    fn error_malformed_unicode_escape() {
        let err = error("a=1\nk=\\u12G4");
        assert_eq!(err.line, 2);
        assert_eq!(err.message, r#"malformed \uXXXX escape: "\u12G4""#);
    }

    #[test]
    fn error_truncated_unicode_escape() {
        let err = error("a=1\n\nk=x\\u12");
        assert_eq!(err.line, 3);
        assert_eq!(err.message, r#"malformed \uXXXX escape: "\u12""#);
    }

    #[test]
    fn error_unicode_escape_in_key_does_not_borrow_from_value() {
        let err = error("k\\u12=3456");
        assert_eq!(err.line, 1);
        assert_eq!(err.message, r#"malformed \uXXXX escape: "\u12""#);
    }

    #[test]
    fn error_line_is_the_natural_line_of_the_escape() {
        let err = error("x=1\nk=a\\\n  b\\\n  \\uZZZZ\ny=2");
        assert_eq!(err.line, 4);
        assert_eq!(err.message, r#"malformed \uXXXX escape: "\uZZZZ""#);
    }

    #[test]
    fn error_lone_high_surrogate() {
        let err = error("# c\nk=\\ud83d!");
        assert_eq!(err.line, 2);
        assert_eq!(err.message, r#"lone surrogate: "\ud83d""#);
        assert_eq!(error("k=\\ud83d").message, r#"lone surrogate: "\ud83d""#);
        assert_eq!(
            error("k=\\ud83d\\\\ude00").message,
            r#"lone surrogate: "\ud83d""#
        );
    }

    #[test]
    fn error_lone_low_surrogate() {
        let err = error("a=1\nb=2\nk=\\ude00");
        assert_eq!(err.line, 3);
        assert_eq!(err.message, r#"lone surrogate: "\ude00""#);
    }

    #[test]
    fn error_invalid_surrogate_pair() {
        let err = error("k=\\ud83d\\u0041");
        assert_eq!(err.line, 1);
        assert_eq!(err.message, r#"invalid surrogate pair: "\ud83d\u0041""#);
        let err = error("k=\\ud83d\\ud83d");
        assert_eq!(err.message, r#"invalid surrogate pair: "\ud83d\ud83d""#);
    }

    #[test]
    fn error_malformed_second_half_of_pair() {
        let err = error("k=\\ud83d\\uDEX0");
        assert_eq!(err.message, r#"malformed \uXXXX escape: "\uDEX0""#);
    }

    #[test]
    fn error_missing_key() {
        let err = error("a=1\n=value");
        assert_eq!(err.line, 2);
        assert_eq!(err.message, r#"missing property name before "=""#);

        let err = error("a=1\n\n  : value");
        assert_eq!(err.line, 3);
        assert_eq!(err.message, r#"missing property name before ":""#);
    }

    #[test]
    fn error_display_is_the_message() {
        let err = error("=x");
        assert_eq!(err.to_string(), err.message);
        let boxed: Box<dyn std::error::Error> = Box::new(err);
        assert_eq!(boxed.to_string(), r#"missing property name before "=""#);
    }
}
