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

/// Mask every occurrence of a secret value in text klar is about to print.
/// librdkafka redacts its own configuration dumps; this covers everything
/// else it may echo (log lines, error strings).
pub fn scrub(text: &str, secrets: &[String]) -> String {
    let mut out = text.to_string();
    for s in secrets {
        if !s.is_empty() && out.contains(s.as_str()) {
            out = out.replace(s.as_str(), MASK);
        }
    }
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
    fn never_formats_the_secret() {
        let s = Redacted::new("hunter2".to_string());
        assert_eq!(format!("{s:?} {s}"), "(redacted) (redacted)");
        assert_eq!(s.expose(), "hunter2");
    }
}
