//! `--grep-key`, `--grep-value`, `--grep-header`: client-side filters, all of
//! which must match. They run on the poll thread so `-c N` counts messages
//! printed, not messages fetched.

use regex::bytes::Regex;

#[derive(Default)]
pub struct Filters {
    key: Option<Regex>,
    value: Option<Regex>,
    headers: Vec<(String, Regex)>,
}

fn compile(flag: &str, re: &str) -> Result<Regex, String> {
    Regex::new(re).map_err(|e| {
        // The regex crate's message spans several lines; keep its last one.
        let why = e.to_string();
        let why = why.lines().last().unwrap_or_default().trim().to_string();
        format!("{flag} {re:?}: not a regular expression: {why}")
    })
}

impl Filters {
    pub fn parse(
        key: Option<&str>,
        value: Option<&str>,
        headers: &[String],
    ) -> Result<Filters, String> {
        Ok(Filters {
            key: key.map(|k| compile("--grep-key", k)).transpose()?,
            value: value.map(|v| compile("--grep-value", v)).transpose()?,
            headers: headers
                .iter()
                .map(|h| {
                    let (name, re) = h
                        .split_once('=')
                        .ok_or_else(|| format!("--grep-header {h:?}: expected NAME=REGEX"))?;
                    Ok((name.to_string(), compile("--grep-header", re)?))
                })
                .collect::<Result<_, String>>()?,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.key.is_none() && self.value.is_none() && self.headers.is_empty()
    }

    /// A null key or value never matches a pattern for it; a header filter
    /// matches when any header of that name matches.
    pub fn matches<'a>(
        &self,
        key: Option<&[u8]>,
        value: Option<&[u8]>,
        headers: impl Fn() -> Vec<(&'a [u8], Option<&'a [u8]>)>,
    ) -> bool {
        let field = |re: &Option<Regex>, b: Option<&[u8]>| match re {
            None => true,
            Some(re) => b.is_some_and(|b| re.is_match(b)),
        };
        if !field(&self.key, key) || !field(&self.value, value) {
            return false;
        }
        if self.headers.is_empty() {
            return true;
        }
        let hs = headers();
        self.headers.iter().all(|(name, re)| {
            hs.iter()
                .any(|(n, v)| *n == name.as_bytes() && v.is_some_and(|v| re.is_match(v)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_filters_must_match() {
        let f = Filters::parse(Some("^k"), Some("x+"), &["h=^1$".into()]).unwrap();
        let hs = || vec![(&b"h"[..], Some(&b"1"[..])), (&b"g"[..], None)];
        assert!(f.matches(Some(b"key"), Some(b"axe"), hs));
        assert!(!f.matches(None, Some(b"axe"), hs));
        assert!(!f.matches(Some(b"key"), Some(b"abc"), hs));
        assert!(!f.matches(Some(b"key"), Some(b"x"), || vec![(
            &b"h"[..],
            Some(&b"12"[..])
        )]));
        assert!(Filters::default().matches(None, None, Vec::new));
    }

    #[test]
    fn bad_patterns_name_the_flag() {
        let e = Filters::parse(Some("("), None, &[]).err().unwrap();
        assert!(
            e.starts_with("--grep-key \"(\": not a regular expression"),
            "{e}"
        );
        let e = Filters::parse(None, None, &["nameonly".into()])
            .err()
            .unwrap();
        assert_eq!(e, "--grep-header \"nameonly\": expected NAME=REGEX");
    }
}
