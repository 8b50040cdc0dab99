//! A value that must never reach a terminal, a log or an error message.

use std::fmt;

pub const MASK: &str = "(redacted)";

#[derive(Clone, PartialEq, Eq)]
pub struct Redacted<T>(T);

impl<T> Redacted<T> {
    pub fn new(v: T) -> Self {
        Redacted(v)
    }

    /// The secret itself, for handing to librdkafka and nothing else.
    pub fn expose(&self) -> &T {
        &self.0
    }
}

impl<T> fmt::Debug for Redacted<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
    }
}

impl<T> fmt::Display for Redacted<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
    }
}

/// What may be shown of an argument that should have been `KEY=VALUE` and
/// has no `=`: the property name it starts with. The rest may be a secret
/// typed with another separator (`-X sasl.password:hunter2`).
pub fn key_part(arg: &str) -> String {
    match arg.find([':', '=', ' ', '\t', '\n']) {
        Some(end) => format!("{}... (the rest not shown)", &arg[..end]),
        // No separator: a name, shown as typed (`[`, `x\y`).
        None => arg.to_string(),
    }
}

/// Secrets shorter than this are masked only where they stand alone.
const SHORT: usize = 6;

/// Mask every occurrence of a secret value in text klar is about to print.
/// librdkafka redacts its own configuration dumps; this covers everything
/// else it may echo (log lines, error strings). A short secret (a test
/// cluster's `pw`) is masked where it stands alone, not inside every word
/// that contains it, which turned each line into noise.
pub fn scrub(text: &str, secrets: &[String]) -> String {
    let mut out = text.to_string();
    for s in secrets {
        if s.is_empty() || !out.contains(s.as_str()) {
            continue;
        }
        out = if s.chars().count() < SHORT {
            mask_standing_alone(&out, s)
        } else {
            out.replace(s.as_str(), MASK)
        };
    }
    out
}

fn mask_standing_alone(text: &str, secret: &str) -> String {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (at, _) in text.match_indices(secret) {
        let end = at + secret.len();
        if word(text[..at].chars().next_back()) || word(text[end..].chars().next()) {
            continue;
        }
        out.push_str(&text[copied..at]);
        out.push_str(MASK);
        copied = end;
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrub_masks_every_occurrence() {
        let secrets = vec!["pw1".to_string(), String::new()];
        assert_eq!(
            scrub("user x pw1, again pw1.", &secrets),
            "user x (redacted), again (redacted)."
        );
        assert_eq!(scrub("nothing here", &secrets), "nothing here");
    }

    #[test]
    fn a_short_secret_is_masked_where_it_stands_alone() {
        let secrets = vec!["pw".to_string()];
        assert_eq!(
            scrub("user=u password=pw; pw. pwned upw (pw) pw", &secrets),
            "user=u password=(redacted); (redacted). pwned upw ((redacted)) (redacted)"
        );
        let long = vec!["secret1".to_string()];
        assert_eq!(scrub("xsecret1x", &long), "x(redacted)x");
    }

    #[test]
    fn never_formats_the_secret() {
        let s = Redacted::new("hunter2".to_string());
        assert_eq!(format!("{s:?} {s}"), "(redacted) (redacted)");
        assert_eq!(s.expose(), "hunter2");
    }
}
