//! JSON documents kept as their text: `-s json` must not change what it
//! passes on. Parsed into numbers, a 23-digit id or an amount with 30
//! decimals would come out rounded, and a repeated key would be dropped.
//! These work on the text of a document already checked to be JSON.

/// serde_json's own nesting limit, which `-s json` had while it parsed
/// values: indenting costs the square of the depth, so a 100000-deep value
/// would take gigabytes.
const MAX_DEPTH: usize = 128;

/// Whether `b` is one JSON document, and its text if so. Checked without
/// building numbers, so none is out of range.
pub fn checked(b: &[u8]) -> Result<&str, String> {
    let text = std::str::from_utf8(b).map_err(|e| format!("not UTF-8: {e}"))?;
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut strings = Strings::default();
    for c in text.chars() {
        if strings.outside(c) {
            match c {
                '{' | '[' => {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
                '}' | ']' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    if deepest > MAX_DEPTH {
        return Err(format!(
            "nested {deepest} levels deep, more than {MAX_DEPTH}"
        ));
    }
    serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(|e| e.to_string())?;
    Ok(text)
}

/// Tells, character by character, which are outside the document's
/// strings (structure and numbers), whose whitespace and punctuation count.
#[derive(Default)]
struct Strings {
    inside: bool,
    escaped: bool,
}

impl Strings {
    /// True for a character outside every string, an opening quote included.
    fn outside(&mut self, c: char) -> bool {
        if self.inside {
            if self.escaped {
                self.escaped = false;
            } else if c == '\\' {
                self.escaped = true;
            } else if c == '"' {
                self.inside = false;
            }
            return false;
        }
        if c == '"' {
            self.inside = true;
        }
        true
    }
}

/// The document without the whitespace between its tokens.
pub fn minify(json: &str) -> String {
    let mut strings = Strings::default();
    json.chars()
        .filter(|&c| !(strings.outside(c) && matches!(c, ' ' | '\t' | '\n' | '\r')))
        .collect()
}

/// A minified document indented as serde_json's pretty printer indents
/// one: two spaces a level, `"key": value`, `{}` and `[]` when empty.
pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut strings = Strings::default();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if !strings.outside(c) {
            out.push(c);
            continue;
        }
        match c {
            '{' | '[' => {
                let close = if c == '{' { '}' } else { ']' };
                out.push(c);
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str =
        "{ \"id\" : 12345678901234567890123,\n \"d\":0.1000000000000000055511151231257827,\
        \"s\":\"a, b: {c} [d] \\\" e\",\"n\":-0,\"big\":1e400,\"dup\":1,\"dup\":2,\
        \"e\":{},\"l\":[ ],\"x\":[1,{\"y\":null}]}";

    #[test]
    fn the_text_survives_whole() {
        let m = minify(checked(DOC.as_bytes()).unwrap());
        assert_eq!(
            m,
            "{\"id\":12345678901234567890123,\"d\":0.1000000000000000055511151231257827,\
             \"s\":\"a, b: {c} [d] \\\" e\",\"n\":-0,\"big\":1e400,\"dup\":1,\"dup\":2,\
             \"e\":{},\"l\":[],\"x\":[1,{\"y\":null}]}"
        );
    }

    #[test]
    fn indented_as_serde_json_indents() {
        // Without the numbers serde_json would change, the two agree.
        let doc = r#"{"a":1,"s":"x, y: {z}","e":{},"l":[],"x":[1,{"y":null}],"t":true}"#;
        let v: serde_json::Value = serde_json::from_str(doc).unwrap();
        assert_eq!(indent(doc), serde_json::to_string_pretty(&v).unwrap());
    }

    #[test]
    fn deep_nesting_is_refused() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(checked(deep(128).as_bytes()).is_ok());
        assert_eq!(
            checked(deep(100_000).as_bytes()).unwrap_err(),
            "nested 100000 levels deep, more than 128"
        );
        // Brackets inside strings are text.
        assert!(checked(format!("\"{}\"", "[".repeat(1000)).as_bytes()).is_ok());
    }

    #[test]
    fn not_json_is_refused() {
        assert!(checked(b"{").is_err());
        assert!(checked(b"{} {}").is_err());
        assert!(checked(b"\xff").unwrap_err().starts_with("not UTF-8"));
    }
}
