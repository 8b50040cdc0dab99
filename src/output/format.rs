//! `-f` format strings, parsed once into tokens so that printing a message
//! is a walk over a small vector, not a parse.

use crate::escape::unescape;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    Literal(Vec<u8>),
    Value,
    ValueLen,
    /// %R: the value's length as a 32-bit big-endian integer (kcat).
    ValueLenBinary,
    Key,
    KeyLen,
    Topic,
    Partition,
    Offset,
    Timestamp,
    Headers,
}

/// Parse a kcat-style format string; unknown tokens are a usage error.
pub fn parse(fmt: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut lit = String::new();
    let mut chars = fmt.chars();
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
        let tok = match t {
            '%' => {
                lit.push('%');
                continue;
            }
            's' => Token::Value,
            'S' => Token::ValueLen,
            'R' => Token::ValueLenBinary,
            'k' => Token::Key,
            'K' => Token::KeyLen,
            't' => Token::Topic,
            'p' => Token::Partition,
            'o' => Token::Offset,
            'T' => Token::Timestamp,
            'h' => Token::Headers,
            other => {
                return Err(format!(
                    "-f {fmt:?}: unknown token %{other} (known: %s %S %R %k %K %t %p %o %T %h %%)"
                ))
            }
        };
        flush(&mut lit, &mut tokens)?;
        tokens.push(tok);
    }
    flush(&mut lit, &mut tokens)?;
    Ok(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        assert_eq!(
            parse("%k=%s\\n").unwrap(),
            vec![
                Token::Key,
                Token::Literal(b"=".to_vec()),
                Token::Value,
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
}
