//! Printing consumed messages: kcat's plain form, `-f` tokens, and the `-J`
//! envelope, each with the `-s` deserializers applied to keys and values.

use base64::Engine;
use serde_json::{json, Map, Value};

use super::deser::{Decoded, Deser};
use super::format::{rfc3339, strftime, FieldEnc, Token};
use super::Out;

/// One consumed message, borrowed for printing.
pub struct MessageView<'a> {
    pub topic: &'a str,
    pub partition: i32,
    pub offset: i64,
    pub timestamp: Option<i64>,
    /// kcat's names: `create`, `logappend`, `none`.
    pub tstype: &'static str,
    pub key: Option<&'a [u8]>,
    pub value: Option<&'a [u8]>,
    pub headers: Vec<(&'a [u8], Option<&'a [u8]>)>,
    pub broker: Option<i32>,
    pub leader_epoch: Option<i32>,
    /// Messages after this one up to the high watermark, when known.
    pub lag: Option<i64>,
}

pub enum PrinterKind {
    /// The value, or `key KEYDELIM value`, then the delimiter (kcat's default).
    Plain {
        delimiter: Vec<u8>,
        key_delimiter: Option<Vec<u8>>,
        /// `name:value,...` and a tab before the key and value.
        print_headers: bool,
    },
    Tokens(Vec<Token>),
    /// kcat -J's envelope, each followed by the delimiter (a newline unless
    /// -D says otherwise, as in kcat).
    Json {
        delimiter: Vec<u8>,
    },
}

pub struct Printer {
    pub kind: PrinterKind,
    pub key: Deser,
    pub value: Deser,
    pub null_marker: bool,
    pub pretty: bool,
}

const NULL: &[u8] = b"NULL";

impl Printer {
    /// Whether the caller must fill `MessageView::lag`.
    pub fn needs_lag(&self) -> bool {
        matches!(&self.kind, PrinterKind::Tokens(t) if t.contains(&Token::Lag))
    }

    /// Whether the caller must fill `MessageView::broker`.
    pub fn needs_broker(&self) -> bool {
        match &self.kind {
            PrinterKind::Plain { .. } => false,
            PrinterKind::Tokens(t) => t.contains(&Token::Broker),
            PrinterKind::Json { .. } => true,
        }
    }

    /// Whether the caller must fill `MessageView::leader_epoch`.
    pub fn needs_leader_epoch(&self) -> bool {
        matches!(&self.kind, PrinterKind::Tokens(t) if t.contains(&Token::LeaderEpoch))
    }

    /// Whether the caller must fill `MessageView::headers`.
    pub fn needs_headers(&self) -> bool {
        match &self.kind {
            PrinterKind::Plain { print_headers, .. } => *print_headers,
            PrinterKind::Tokens(t) => t
                .iter()
                .any(|t| matches!(t, Token::Headers | Token::HeadersJson)),
            PrinterKind::Json { .. } => true,
        }
    }

    /// Writes one message; returns how many of its fields did not fit their
    /// deserializer (they are printed with an error marker instead).
    pub fn write(&self, out: &mut Out, m: &MessageView) -> u32 {
        let mut errors = 0;
        match &self.kind {
            PrinterKind::Plain {
                delimiter,
                key_delimiter,
                print_headers,
            } => {
                if *print_headers {
                    self.headers(out, m, b":");
                    out.write_all(b"\t");
                }
                if let Some(kd) = key_delimiter {
                    errors += self.field(out, m.key, &self.key, FieldEnc::Deser);
                    out.write_all(kd);
                }
                errors += self.field(out, m.value, &self.value, FieldEnc::Deser);
                out.write_all(delimiter);
            }
            PrinterKind::Tokens(tokens) => {
                for t in tokens {
                    errors += self.token(out, t, m);
                }
            }
            PrinterKind::Json { delimiter } if !self.pretty => {
                self.envelope_compact(out, m, &mut errors);
                out.write_all(delimiter);
            }
            // Indented from the compact text, so that a document from `-s
            // json` keeps its numbers and keys.
            PrinterKind::Json { delimiter } => {
                let mut compact = Out::memory();
                self.envelope_compact(&mut compact, m, &mut errors);
                let text = String::from_utf8_lossy(&compact.into_bytes()).into_owned();
                out.write_all(super::json_text::indent(&text).as_bytes());
                out.write_all(delimiter);
            }
        }
        out.message_done();
        errors
    }

    fn raw(&self, out: &mut Out, b: Option<&[u8]>) {
        match b {
            Some(b) => out.write_all(b),
            None if self.null_marker => out.write_all(NULL),
            None => {}
        }
    }

    /// `name<sep>value,name<sep>value`.
    fn headers(&self, out: &mut Out, m: &MessageView, sep: &[u8]) {
        for (i, (k, v)) in m.headers.iter().enumerate() {
            if i > 0 {
                out.write_all(b",");
            }
            out.write_all(k);
            out.write_all(sep);
            // As kcat does, with -Z or without: a null header value is
            // otherwise an empty one.
            match v {
                Some(b) => out.write_all(b),
                None => out.write_all(b"NULL"),
            }
        }
    }

    fn field(&self, out: &mut Out, b: Option<&[u8]>, deser: &Deser, enc: FieldEnc) -> u32 {
        let Some(b) = b else {
            self.raw(out, None);
            return 0;
        };
        match enc {
            FieldEnc::Hex => out.write_all(hex::encode(b).as_bytes()),
            FieldEnc::Base64 => out.write_all(
                base64::engine::general_purpose::STANDARD
                    .encode(b)
                    .as_bytes(),
            ),
            FieldEnc::Deser => match deser.decode(b) {
                Decoded::Raw(r) => out.write_all(r),
                Decoded::Bytes(b) => out.write_all(&b),
                Decoded::Text(s) => out.write_all(s.as_bytes()),
                Decoded::Json(v) => out.write_all(self.json_text(&v).as_bytes()),
                Decoded::JsonText(t) if self.pretty => {
                    out.write_all(super::json_text::indent(&t).as_bytes())
                }
                Decoded::JsonText(t) => out.write_all(t.as_bytes()),
                Decoded::Error(e) => {
                    out.write_all(format!("<error: {e}>").as_bytes());
                    return 1;
                }
            },
        }
        0
    }

    fn json_text(&self, v: &Value) -> String {
        if self.pretty {
            serde_json::to_string_pretty(v).unwrap_or_default()
        } else {
            v.to_string()
        }
    }

    fn token(&self, out: &mut Out, t: &Token, m: &MessageView) -> u32 {
        let num = |out: &mut Out, n: i64| out.write_all(n.to_string().as_bytes());
        match t {
            Token::Literal(b) => out.write_all(b),
            Token::Value(enc) => return self.field(out, m.value, &self.value, *enc),
            Token::Key(enc) => return self.field(out, m.key, &self.key, *enc),
            Token::ValueLen => num(out, m.value.map_or(-1, |v| v.len() as i64)),
            Token::KeyLen => num(out, m.key.map_or(-1, |v| v.len() as i64)),
            Token::ValueLenBinary => {
                out.write_all(&m.value.map_or(-1i32, |v| v.len() as i32).to_be_bytes())
            }
            Token::Topic => out.write_all(m.topic.as_bytes()),
            Token::Partition => num(out, m.partition as i64),
            Token::Offset => num(out, m.offset),
            Token::Timestamp => num(out, m.timestamp.unwrap_or(-1)),
            Token::Date(pattern) => {
                if let Some(ts) = m.timestamp {
                    let s = match pattern {
                        None => rfc3339(ts),
                        Some(p) => strftime(ts, p),
                    };
                    out.write_all(s.as_bytes());
                }
            }
            Token::TimestampType => out.write_all(m.tstype.as_bytes()),
            Token::Headers => self.headers(out, m, b"="),
            Token::HeadersJson => {
                let mut o = Map::new();
                headers_json(&mut o, &m.headers);
                let v = o.remove("headers").unwrap_or(Value::Array(Vec::new()));
                out.write_all(v.to_string().as_bytes());
            }
            Token::Broker => num(out, m.broker.unwrap_or(-1) as i64),
            Token::LeaderEpoch => num(out, m.leader_epoch.unwrap_or(-1) as i64),
            Token::Lag => num(out, m.lag.unwrap_or(-1)),
        }
        0
    }

    /// kcat's envelope, compact, written field by field: building a map per
    /// message cost more than librdkafka's work for it. Strings go through
    /// serde_json, so escaping is the same.
    fn envelope_compact(&self, out: &mut Out, m: &MessageView, errors: &mut u32) {
        out.write_all(b"{\"topic\":");
        json_str(out, m.topic);
        out.write_all(b",\"partition\":");
        out.write_int(m.partition);
        out.write_all(b",\"offset\":");
        out.write_int(m.offset);
        out.write_all(b",\"tstype\":");
        json_str(out, m.tstype);
        out.write_all(b",\"ts\":");
        out.write_int(m.timestamp.unwrap_or(-1));
        out.write_all(b",\"broker\":");
        out.write_int(m.broker.unwrap_or(-1));
        if !m.headers.is_empty() {
            let mut o = Map::new();
            headers_json(&mut o, &m.headers);
            for (name, v) in &o {
                json_key(out, name);
                let _ = serde_json::to_writer(&mut *out, v);
            }
        }
        *errors += json_field_compact(out, "key", m.key, &self.key);
        *errors += json_field_compact(out, "payload", m.value, &self.value);
        out.write_all(b"}");
    }
}

fn json_str(out: &mut Out, s: &str) {
    let _ = serde_json::to_writer(out, s);
}

/// `,"name":`
fn json_key(out: &mut Out, name: &str) {
    out.write_all(b",");
    json_str(out, name);
    out.write_all(b":");
}

/// Raw bytes as `bytes_json` puts them into a map.
fn bytes_compact(out: &mut Out, field: &str, b: &[u8]) {
    match std::str::from_utf8(b) {
        Ok(s) => json_str(out, s),
        Err(_) => {
            json_str(out, &base64::engine::general_purpose::STANDARD.encode(b));
            json_key(out, &format!("{field}_encoding"));
            out.write_all(b"\"base64\"");
        }
    }
}

/// `json_field`, written out in the same field order.
fn json_field_compact(out: &mut Out, field: &str, b: Option<&[u8]>, deser: &Deser) -> u32 {
    json_key(out, field);
    let Some(bytes) = b else {
        out.write_all(b"null");
        return 0;
    };
    match deser.decode(bytes) {
        Decoded::Raw(r) => bytes_compact(out, field, r),
        Decoded::Bytes(b) => bytes_compact(out, field, &b),
        Decoded::Text(s) => json_str(out, &s),
        Decoded::Json(v) => {
            let _ = serde_json::to_writer(&mut *out, &v);
        }
        Decoded::JsonText(t) => out.write_all(t.as_bytes()),
        Decoded::Error(e) => {
            bytes_compact(out, field, bytes);
            json_key(out, &format!("{field}_error"));
            json_str(out, &e);
            return 1;
        }
    }
    0
}

/// kcat's flat `["name", "value", ...]`. When any value is not UTF-8 every
/// value is base64 and `headers_encoding` says so, so that `produce --input
/// json` restores them byte for byte.
fn headers_json(o: &mut Map<String, Value>, headers: &[(&[u8], Option<&[u8]>)]) {
    let binary = headers
        .iter()
        .any(|(_, v)| v.is_some_and(|b| std::str::from_utf8(b).is_err()));
    // Names too may be bytes that are not UTF-8 (not from a Java client):
    // then every name is base64, and `header_names_encoding` says so.
    let binary_names = headers.iter().any(|(k, _)| std::str::from_utf8(k).is_err());
    let mut h = Vec::with_capacity(headers.len() * 2);
    for (k, v) in headers {
        h.push(match std::str::from_utf8(k) {
            Ok(name) if !binary_names => json!(name),
            _ => json!(base64::engine::general_purpose::STANDARD.encode(k)),
        });
        h.push(match v {
            None => Value::Null,
            Some(b) if binary => json!(base64::engine::general_purpose::STANDARD.encode(b)),
            Some(b) => json!(String::from_utf8_lossy(b)),
        });
    }
    o.insert("headers".into(), Value::Array(h));
    if binary {
        o.insert("headers_encoding".into(), json!("base64"));
    }
    if binary_names {
        o.insert("header_names_encoding".into(), json!("base64"));
    }
}
