//! Deserializers for `consume -s key=TYPE -s value=TYPE`: how the bytes of a
//! key or value are turned into text (and into JSON for `-J`). Numbers are
//! big-endian, as Confluent's serializers write them. A value that does not
//! fit its type becomes a `Decoded::Error` and printing goes on.

use base64::Engine;
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deser {
    /// The bytes as they are (JSON: a string when UTF-8, else base64).
    String,
    Hex,
    Base64,
    /// Signed 32-bit.
    Int,
    /// Signed 64-bit.
    Long,
    Float,
    Double,
    /// Parsed and re-emitted (compact, or indented with --pretty).
    Json,
    /// kcat's pack format.
    Pack(Vec<PackOp>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackOp {
    Little,
    Big,
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    I64,
    U64,
    Char,
    Rest,
    End,
}

/// What a deserializer made of some bytes.
#[derive(Debug, PartialEq)]
pub enum Decoded<'a> {
    Raw(&'a [u8]),
    /// Bytes made from the input (a pack string's fields), written as they
    /// are: a `c` or `s` field of bytes that are not UTF-8 stays itself.
    Bytes(Vec<u8>),
    Text(String),
    Json(Value),
    /// A JSON document's own text, minified.
    JsonText(String),
    Error(String),
}

const KNOWN: &str = "string, bytes (hex), hex, base64, int, long, float, double, json, \
or a pack string of < > b B h H i I q Q c s $";

impl Deser {
    pub fn parse(s: &str) -> Result<Deser, String> {
        Ok(match s {
            "string" | "str" => Deser::String,
            "bytes" | "hex" => Deser::Hex,
            "base64" => Deser::Base64,
            "int" | "i32" => Deser::Int,
            "long" | "i64" => Deser::Long,
            "float" | "f32" => Deser::Float,
            "double" | "f64" => Deser::Double,
            "json" => Deser::Json,
            _ => Deser::Pack(
                parse_pack(s)
                    .ok_or_else(|| format!("unknown deserializer {s:?} (known: {KNOWN})"))?,
            ),
        })
    }

    pub fn decode<'a>(&self, b: &'a [u8]) -> Decoded<'a> {
        let fixed = |n: usize, what: &str| -> Result<(), Decoded<'a>> {
            if b.len() == n {
                Ok(())
            } else {
                Err(Decoded::Error(format!(
                    "{what} needs {n} bytes, got {}",
                    b.len()
                )))
            }
        };
        let num = |v: Value| Decoded::Json(v);
        match self {
            Deser::String => Decoded::Raw(b),
            Deser::Hex => Decoded::Text(hex::encode(b)),
            Deser::Base64 => Decoded::Text(base64::engine::general_purpose::STANDARD.encode(b)),
            Deser::Int => match fixed(4, "int") {
                Ok(()) => num(Value::from(i32::from_be_bytes(
                    b.try_into().unwrap_or_default(),
                ))),
                Err(e) => e,
            },
            Deser::Long => match fixed(8, "long") {
                Ok(()) => num(Value::from(i64::from_be_bytes(
                    b.try_into().unwrap_or_default(),
                ))),
                Err(e) => e,
            },
            Deser::Float => match fixed(4, "float") {
                Ok(()) => float(f32::from_be_bytes(b.try_into().unwrap_or_default()) as f64),
                Err(e) => e,
            },
            Deser::Double => match fixed(8, "double") {
                Ok(()) => float(f64::from_be_bytes(b.try_into().unwrap_or_default())),
                Err(e) => e,
            },
            // Kept as text: parsed into numbers, long ids and decimals
            // would come out rounded and repeated keys dropped.
            Deser::Json => match super::json_text::checked(b) {
                Ok(t) => Decoded::JsonText(super::json_text::minify(t)),
                Err(e) => Decoded::Error(format!("not JSON: {e}")),
            },
            Deser::Pack(ops) => unpack(ops, b),
        }
    }
}

/// NaN and infinities have no JSON form; they print as text.
fn float<'a>(f: f64) -> Decoded<'a> {
    match serde_json::Number::from_f64(f) {
        Some(n) => Decoded::Json(Value::Number(n)),
        None => Decoded::Text(f.to_string()),
    }
}

fn parse_pack(s: &str) -> Option<Vec<PackOp>> {
    // kcat takes spaces between the codes and ignores them.
    if s.trim().is_empty() {
        return None;
    }
    s.chars()
        .filter(|c| *c != ' ')
        .map(|c| {
            Some(match c {
                '<' => PackOp::Little,
                '>' | '!' => PackOp::Big,
                'b' => PackOp::I8,
                'B' => PackOp::U8,
                'h' => PackOp::I16,
                'H' => PackOp::U16,
                'i' => PackOp::I32,
                'I' => PackOp::U32,
                'q' => PackOp::I64,
                'Q' => PackOp::U64,
                'c' => PackOp::Char,
                's' => PackOp::Rest,
                '$' => PackOp::End,
                _ => return None,
            })
        })
        .collect()
}

/// The fields of a pack string, separated by spaces (kcat runs them together,
/// which makes `5` `7` and `57` look alike).
fn unpack<'a>(ops: &[PackOp], b: &'a [u8]) -> Decoded<'a> {
    let mut big = true;
    let mut pos = 0usize;
    let mut fields: Vec<Vec<u8>> = Vec::new();
    for op in ops {
        let width = match op {
            PackOp::Little => {
                big = false;
                continue;
            }
            PackOp::Big => {
                big = true;
                continue;
            }
            PackOp::End => {
                if pos != b.len() {
                    return Decoded::Error(format!(
                        "expected the end after {pos} bytes, {} remain",
                        b.len() - pos
                    ));
                }
                continue;
            }
            PackOp::Rest => {
                fields.push(b[pos..].to_vec());
                pos = b.len();
                continue;
            }
            PackOp::I8 | PackOp::U8 | PackOp::Char => 1,
            PackOp::I16 | PackOp::U16 => 2,
            PackOp::I32 | PackOp::U32 => 4,
            PackOp::I64 | PackOp::U64 => 8,
        };
        let Some(chunk) = b.get(pos..pos + width) else {
            return Decoded::Error(format!(
                "needs {width} more bytes at byte {pos}, {} remain",
                b.len() - pos
            ));
        };
        pos += width;
        let mut buf = [0u8; 8];
        if big {
            buf[8 - width..].copy_from_slice(chunk);
        } else {
            let mut le = chunk.to_vec();
            le.reverse();
            buf[8 - width..].copy_from_slice(&le);
        }
        let u = u64::from_be_bytes(buf);
        let shift = 64 - 8 * width as u32;
        let signed = ((u << shift) as i64) >> shift;
        fields.push(match op {
            PackOp::Char => vec![chunk[0]],
            PackOp::U8 | PackOp::U16 | PackOp::U32 | PackOp::U64 => u.to_string().into_bytes(),
            _ => signed.to_string().into_bytes(),
        });
    }
    Decoded::Bytes(fields.join(&b' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(d: &Deser, b: &[u8]) -> String {
        match d.decode(b) {
            Decoded::Text(s) => s,
            Decoded::Json(v) => v.to_string(),
            Decoded::JsonText(s) => s,
            Decoded::Raw(r) => String::from_utf8_lossy(r).into(),
            Decoded::Bytes(b) => String::from_utf8_lossy(&b).into(),
            Decoded::Error(e) => format!("ERR {e}"),
        }
    }

    #[test]
    fn numbers_are_big_endian() {
        assert_eq!(text(&Deser::Int, &(-5i32).to_be_bytes()), "-5");
        assert_eq!(
            text(&Deser::Long, &(1i64 << 40).to_be_bytes()),
            "1099511627776"
        );
        assert_eq!(text(&Deser::Float, &1.5f32.to_be_bytes()), "1.5");
        assert_eq!(text(&Deser::Double, &(-0.25f64).to_be_bytes()), "-0.25");
        assert_eq!(text(&Deser::Int, b"abc"), "ERR int needs 4 bytes, got 3");
        assert_eq!(text(&Deser::Double, &f64::NAN.to_be_bytes()), "NaN");
    }

    #[test]
    fn bytes_and_json() {
        assert_eq!(text(&Deser::Hex, b"\x00\xff"), "00ff");
        assert_eq!(text(&Deser::Base64, b"\x00\xff"), "AP8=");
        assert_eq!(
            Deser::Json.decode(br#"{ "a" : [1, 2] }"#),
            Decoded::JsonText(r#"{"a":[1,2]}"#.into())
        );
        // Numbers and keys as they were written.
        assert_eq!(
            text(
                &Deser::Json,
                br#"{"id":12345678901234567890123,"p":2.50,"k":1,"k":2}"#
            ),
            r#"{"id":12345678901234567890123,"p":2.50,"k":1,"k":2}"#
        );
        assert!(text(&Deser::Json, b"{").starts_with("ERR not JSON"));
    }

    #[test]
    fn pack_strings() {
        let d = Deser::parse(">ihs").unwrap();
        assert_eq!(text(&d, b"\x00\x00\x00\x05\x00\x07abc"), "5 7 abc");
        let d = Deser::parse("<hB").unwrap();
        assert_eq!(text(&d, b"\xfe\xff\xff"), "-2 255");
        let d = Deser::parse("c$").unwrap();
        assert_eq!(
            text(&d, b"xy"),
            "ERR expected the end after 1 bytes, 1 remain"
        );
        assert_eq!(text(&d, b"x"), "x");
        // kcat's spaces between codes; bytes of c and s are kept as they are.
        let d = Deser::parse("i h s").unwrap();
        assert_eq!(text(&d, b"\x00\x00\x00\x2a\x00\x07abc"), "42 7 abc");
        assert_eq!(
            Deser::parse("c s").unwrap().decode(b"\xff\xfe\x80"),
            Decoded::Bytes(b"\xff \xfe\x80".to_vec())
        );
        assert!(Deser::parse(" ").is_err());
        assert_eq!(
            text(&Deser::parse("q").unwrap(), b"\x01"),
            "ERR needs 8 more bytes at byte 0, 1 remain"
        );
    }

    #[test]
    fn names() {
        assert_eq!(Deser::parse("int"), Ok(Deser::Int));
        assert_eq!(Deser::parse("bytes"), Ok(Deser::Hex));
        assert!(Deser::parse("avro")
            .unwrap_err()
            .contains("unknown deserializer \"avro\""));
        assert!(Deser::parse("").is_err());
    }
}
