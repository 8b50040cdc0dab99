//! `-o` offset specifications, parsed once into one type.

use rdkafka::Offset;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    Beginning,
    End,
    Stored,
    Absolute(i64),
    /// N before the end of each partition.
    FromEnd(i64),
    /// N after the beginning of each partition.
    FromBeginning(i64),
}

impl Start {
    pub fn parse(s: &str) -> Result<Start, String> {
        let bad = || {
            format!(
                "-o {s:?}: expected beginning, end, stored, N, -N (before the end) or +N (after the beginning)"
            )
        };
        let num = |t: &str| t.parse::<i64>().ok().filter(|n| *n >= 0).ok_or_else(bad);
        Ok(match s {
            "beginning" | "earliest" | "smallest" => Start::Beginning,
            "end" | "latest" | "largest" => Start::End,
            "stored" => Start::Stored,
            _ if s.starts_with('-') => Start::FromEnd(num(&s[1..])?),
            _ if s.starts_with('+') => Start::FromBeginning(num(&s[1..])?),
            _ => Start::Absolute(num(s)?),
        })
    }

    /// The librdkafka offset for one partition, given its low watermark
    /// (needed only for +N).
    pub fn to_offset(self, low: i64) -> Offset {
        match self {
            Start::Beginning => Offset::Beginning,
            Start::End => Offset::End,
            Start::Stored => Offset::Stored,
            Start::Absolute(n) => Offset::Offset(n),
            Start::FromEnd(n) => Offset::OffsetTail(n),
            Start::FromBeginning(n) => Offset::Offset(low + n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Start;

    #[test]
    fn forms() {
        assert_eq!(Start::parse("beginning"), Ok(Start::Beginning));
        assert_eq!(Start::parse("end"), Ok(Start::End));
        assert_eq!(Start::parse("stored"), Ok(Start::Stored));
        assert_eq!(Start::parse("42"), Ok(Start::Absolute(42)));
        assert_eq!(Start::parse("-10"), Ok(Start::FromEnd(10)));
        assert_eq!(Start::parse("+3"), Ok(Start::FromBeginning(3)));
        for bad in ["", "x", "-", "+x", "--1", "1.5", "beginnin"] {
            assert!(Start::parse(bad).is_err(), "{bad}");
        }
    }
}
