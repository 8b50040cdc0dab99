//! Byte escapes in delimiters and format strings, as kcat reads them:
//! `\n \t \r \0 \\ \xNN`.

/// Decode the escapes in what the user typed into raw bytes.
pub fn unescape(s: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(s.len());
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        let Some(&c) = bytes.get(i + 1) else {
            return Err(format!("{s:?} ends with a lone backslash"));
        };
        i += 2;
        match c {
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b'r' => out.push(b'\r'),
            b'0' => out.push(0),
            b'\\' => out.push(b'\\'),
            b'x' => {
                let hex = s.get(i..i + 2).filter(|h| h.len() == 2);
                let v = hex.and_then(|h| u8::from_str_radix(h, 16).ok());
                let Some(v) = v else {
                    return Err(format!("{s:?}: \\x needs two hex digits"));
                };
                out.push(v);
                i += 2;
            }
            other => {
                return Err(format!(
                    "{s:?}: unknown escape \\{} (use \\n \\t \\r \\0 \\\\ or \\xNN)",
                    other as char
                ))
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::unescape;

    #[test]
    fn escapes() {
        assert_eq!(unescape("\\n").unwrap(), b"\n");
        assert_eq!(unescape("a\\tb\\x00\\xff\\\\").unwrap(), b"a\tb\x00\xff\\");
        assert_eq!(unescape("::").unwrap(), b"::");
        assert!(unescape("\\q").unwrap_err().contains("unknown escape \\q"));
        assert!(unescape("\\x4").is_err());
        assert!(unescape("x\\").is_err());
    }
}
