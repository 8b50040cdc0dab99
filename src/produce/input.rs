//! Turning input bytes into records: delimiter splitting, keys, headers and
//! the JSON envelope.

use std::fs::File;
use std::io;
use std::ops::Range;
use std::os::fd::{AsRawFd, RawFd};
use std::path::PathBuf;
use std::rc::Rc;

use base64::Engine;
use indicatif::ProgressBar;
use memchr::memmem;
use serde_json::Value;

use crate::cli::Encoding;

/// A name and a value, as bytes: Kafka makes neither UTF-8.
pub type Header = (Vec<u8>, Option<Vec<u8>>);

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    pub key: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
    pub headers: Vec<Header>,
    pub partition: Option<i32>,
    pub timestamp: Option<i64>,
}

pub enum Source {
    Stdin,
    /// One file split by the delimiter (`-l`).
    LineFile(PathBuf),
    /// Each file is one message.
    WholeFiles(Vec<PathBuf>),
}

impl Source {
    fn name(&self) -> String {
        match self {
            Source::Stdin => "stdin".into(),
            Source::LineFile(p) => p.display().to_string(),
            Source::WholeFiles(_) => "files".into(),
        }
    }
}

pub enum Format {
    Text {
        delimiter: Vec<u8>,
        key_delimiter: Option<Vec<u8>>,
    },
    Json {
        key_encoding: Encoding,
        value_encoding: Encoding,
    },
}

/// Everything the reader needs to turn bytes into records.
pub struct Spec {
    pub source: Source,
    pub format: Format,
    pub fixed_key: Option<Vec<u8>>,
    pub headers: Vec<Header>,
    pub null_empty: bool,
    pub count: Option<u64>,
    /// Records larger than this are refused before they are buffered whole.
    pub max_record: usize,
    /// `-l`'s file, opened once while the flags were checked: a named pipe
    /// opened to check it and closed again would let its writer start
    /// writing to no reader.
    pub line_file: Option<File>,
}

/// A batch of records. Delimited input is split where it was read: the
/// read buffer becomes the batch's, and records are ranges of it, so that
/// no record is copied before librdkafka copies it. Bytes that were not
/// read as they are (a `-k` key, a JSON envelope's decoded fields, a whole
/// file) are copied into one more buffer: one allocation per batch either
/// way, never one per message.
#[derive(Default)]
pub struct Packed {
    /// The input as read; records of delimited input point into it.
    read: Vec<u8>,
    /// Bytes made for the records rather than read as they are.
    made: Vec<u8>,
    items: Vec<Item>,
    /// Where `-k`'s key sits in `made`, once a record of this batch used it.
    fixed_key: Option<Span>,
}

/// A key's or value's bytes: a range of the batch's input as read, or of
/// the bytes made for it.
#[derive(Clone)]
enum Span {
    Read(Range<usize>),
    Made(Range<usize>),
}

struct Item {
    key: Option<Span>,
    value: Option<Span>,
    headers: Vec<Header>,
    partition: Option<i32>,
    timestamp: Option<i64>,
}

/// One record of a `Packed` batch.
pub struct RecordRef<'a> {
    pub key: Option<&'a [u8]>,
    pub value: Option<&'a [u8]>,
    pub headers: &'a [Header],
    pub partition: Option<i32>,
    pub timestamp: Option<i64>,
}

impl Packed {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Copies bytes that were not read as they are.
    fn make(&mut self, bytes: Option<&[u8]>, null_empty: bool) -> Option<Span> {
        let b = bytes?;
        if null_empty && b.is_empty() {
            return None;
        }
        let start = self.made.len();
        self.made.extend_from_slice(b);
        Some(Span::Made(start..self.made.len()))
    }

    /// A range of the input as read.
    fn read_span(range: Range<usize>, null_empty: bool) -> Option<Span> {
        (!(null_empty && range.is_empty())).then_some(Span::Read(range))
    }

    /// `-k`'s key, copied once per batch.
    fn fixed_key(&mut self, key: &[u8], null_empty: bool) -> Option<Span> {
        if null_empty && key.is_empty() {
            return None;
        }
        if self.fixed_key.is_none() {
            self.fixed_key = self.make(Some(key), false);
        }
        self.fixed_key.clone()
    }

    fn bytes(&self, s: &Option<Span>) -> Option<&[u8]> {
        match s {
            None => None,
            Some(Span::Read(r)) => Some(&self.read[r.clone()]),
            Some(Span::Made(r)) => Some(&self.made[r.clone()]),
        }
    }

    /// Whether the `i`th record has no headers, timestamp or partition of
    /// its own: one that librdkafka's batch call can take.
    #[inline]
    pub fn is_plain(&self, i: usize) -> bool {
        let item = &self.items[i];
        item.headers.is_empty() && item.timestamp.is_none() && item.partition.is_none()
    }

    /// The `i`th record.
    #[inline]
    pub fn get(&self, i: usize) -> RecordRef<'_> {
        let item = &self.items[i];
        RecordRef {
            key: self.bytes(&item.key),
            value: self.bytes(&item.value),
            headers: &item.headers,
            partition: item.partition,
            timestamp: item.timestamp,
        }
    }
}

const CHUNK: usize = 256 * 1024;

/// Where the bytes come from, once opened.
enum Input {
    /// Nothing to read: a `-l` spec whose file was not handed over.
    Closed,
    Stdin,
    File(File),
    /// `WholeFiles`: the ones not read yet.
    Files(std::vec::IntoIter<PathBuf>),
}

/// A delimiter to search for. A one-byte delimiter (a newline, `-K :`) is
/// found with memchr: memmem's searcher costs more per call than the search
/// itself on a 100-byte line.
enum Needle {
    Byte([u8; 1]),
    Bytes(Box<memmem::Finder<'static>>),
}

impl Needle {
    fn new(needle: &[u8]) -> Needle {
        match needle {
            [b] => Needle::Byte([*b]),
            _ => Needle::Bytes(Box::new(memmem::Finder::new(needle).into_owned())),
        }
    }

    fn find(&self, haystack: &[u8]) -> Option<usize> {
        match self {
            Needle::Byte([b]) => memchr::memchr(*b, haystack),
            Needle::Bytes(f) => f.find(haystack),
        }
    }

    fn needle(&self) -> &[u8] {
        match self {
            Needle::Byte(b) => b,
            Needle::Bytes(f) => f.needle(),
        }
    }
}

/// Reads the input on the caller's thread, one read(2) per `read_some`.
/// The caller waits until `fd` is readable first, so that a read never
/// blocks and delivery reports and signals are served while the input is
/// idle. (A reader thread handing batches over cost more CPU in thread
/// handovers than the reading itself: bench/README.md.)
pub struct Reader {
    spec: Spec,
    progress: Option<ProgressBar>,
    input: Input,
    /// The records read and not yet taken; its `read` is the read buffer.
    batch: Packed,
    /// Where the record not yet complete starts in `batch.read`.
    pending: usize,
    /// Where the search for the next delimiter resumes in `batch.read`;
    /// never before `pending`.
    scanned: usize,
    /// A taken batch's buffers, given back for the next batch.
    spare: Option<Packed>,
    /// Bytes of records not yet complete copied to a next batch.
    #[cfg(test)]
    carried: usize,
    produced: u64,
    /// End of input, -c reached, or an error.
    done: bool,
    error: Option<String>,
    /// The delimiter's searcher, and `-K`'s, built once: building one cost
    /// more than a search. Shared so that a chunk's search can go on while
    /// `message` borrows the reader.
    lines: Rc<Needle>,
    key_finder: Option<Needle>,
}

impl Reader {
    pub fn new(mut spec: Spec, progress: Option<ProgressBar>) -> Reader {
        // Stdin is there from the start, so that even the first read waits
        // in poll(2), where a signal is seen, and not in a read(2) that
        // SA_RESTART would resume.
        let input = match &spec.source {
            Source::Stdin => Input::Stdin,
            Source::LineFile(_) => spec.line_file.take().map_or(Input::Closed, Input::File),
            Source::WholeFiles(files) => Input::Files(files.clone().into_iter()),
        };
        let (delimiter, key_finder) = match &spec.format {
            Format::Text {
                delimiter,
                key_delimiter,
            } => (
                delimiter.as_slice(),
                key_delimiter.as_deref().map(Needle::new),
            ),
            Format::Json { .. } => (&b"\n"[..], None),
        };
        let lines = Rc::new(Needle::new(delimiter));
        Reader {
            spec,
            progress,
            input,
            lines,
            key_finder,
            batch: Packed::default(),
            pending: 0,
            scanned: 0,
            spare: None,
            #[cfg(test)]
            carried: 0,
            produced: 0,
            done: false,
            error: None,
        }
    }

    /// The descriptor to wait on before `read_some`; None when a read
    /// would not wait (the file of `-l` not opened yet, or whole files).
    pub fn fd(&self) -> Option<RawFd> {
        match &self.input {
            Input::Stdin => Some(0),
            Input::File(f) => Some(f.as_raw_fd()),
            Input::Closed | Input::Files(_) => None,
        }
    }

    /// One read, and every record it completes into the batch. False once
    /// there is nothing more to read: the end, -c, or an error (`take_error`).
    pub fn read_some(&mut self) -> bool {
        if !self.done {
            if let Err(e) = self.step() {
                self.error = Some(e);
                self.done = true;
            }
        }
        !self.done
    }

    /// The records read so far and not yet taken. The record not yet
    /// complete moves to the next batch's buffer.
    pub fn take_batch(&mut self) -> Packed {
        let mut next = self.spare.take().unwrap_or_default();
        next.read.clear();
        next.made.clear();
        next.items.clear();
        next.fixed_key = None;
        if self.batch.items.is_empty() {
            // Nothing to hand over: what was read stays where it is, so
            // that a record longer than a read is not copied once per read.
            self.batch.read.drain(..self.pending);
            self.scanned -= self.pending;
            self.pending = 0;
            return next;
        }
        // The next chunk holds about as many records as this one.
        next.items.reserve(self.batch.len().max(16));
        next.read
            .extend_from_slice(&self.batch.read[self.pending..]);
        #[cfg(test)]
        {
            self.carried += self.batch.read.len() - self.pending;
        }
        self.scanned -= self.pending;
        self.pending = 0;
        std::mem::replace(&mut self.batch, next)
    }

    /// Gives a taken batch back once its records have been handed over, so
    /// that its buffers are reused rather than allocated again.
    pub fn recycle(&mut self, batch: Packed) {
        self.spare = Some(batch);
    }

    /// Why reading stopped early: the input is bad or unreadable.
    pub fn take_error(&mut self) -> Option<String> {
        self.error.take()
    }

    fn step(&mut self) -> Result<(), String> {
        if let Input::Files(files) = &mut self.input {
            let Some(f) = files.next() else {
                self.done = true;
                return Ok(());
            };
            let data =
                std::fs::read(&f).map_err(|e| format!("cannot read {}: {e}", f.display()))?;
            if let Some(p) = &self.progress {
                p.inc(data.len() as u64);
            }
            return self.message(Bytes::Own(&data), &f.display().to_string());
        }
        self.split_chunk()
    }

    /// One read(2) of up to CHUNK bytes, appended to the batch's buffer.
    /// Read into the vector's spare capacity: zeroing 256 KiB before every
    /// read cost a fifth as much as splitting what it read.
    fn read_input(&mut self) -> io::Result<usize> {
        let fd = match &self.input {
            // Descriptor 0 is always open: Rust's runtime puts /dev/null
            // there before main when it was closed.
            Input::Stdin => 0,
            Input::File(f) => f.as_raw_fd(),
            Input::Closed | Input::Files(_) => return Ok(0),
        };
        let buf = &mut self.batch.read;
        buf.reserve(CHUNK);
        let spare = buf.spare_capacity_mut();
        // SAFETY: read(2) writes at most `spare.len()` bytes into memory the
        // vector owns, and the length grows by exactly what it wrote.
        unsafe {
            let n = libc::read(fd, spare.as_mut_ptr().cast(), spare.len().min(CHUNK));
            if n < 0 {
                return Err(io::Error::last_os_error());
            }
            buf.set_len(buf.len() + n as usize);
            Ok(n as usize)
        }
    }

    fn split_chunk(&mut self) -> Result<(), String> {
        let lines = Rc::clone(&self.lines);
        let delim = lines.needle();
        let n = loop {
            match self.read_input() {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                // A descriptor someone else made non-blocking: nothing yet.
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(()),
                Err(e) => {
                    return Err(format!("cannot read {}: {e}", self.spec.source.name()));
                }
            }
        };
        if let Some(p) = &self.progress {
            p.inc(n as u64);
        }
        let eof = n == 0;
        while let Some(pos) = lines.find(&self.batch.read[self.scanned..]) {
            let end = self.scanned + pos;
            let from = self.pending;
            self.pending = end + delim.len();
            self.scanned = self.pending;
            self.message(Bytes::Read(from..end), "")?;
            if self.done {
                return Ok(());
            }
        }
        let len = self.batch.read.len();
        if eof {
            if self.pending < len {
                let from = self.pending;
                self.pending = len;
                self.scanned = len;
                self.message(Bytes::Read(from..len), "")?;
            }
            self.done = true;
            return Ok(());
        }
        self.scanned = len.saturating_sub(delim.len() - 1).max(self.pending);
        // A JSON line carries its bytes as text: hex doubles them, and
        // `\u0001` (how `consume -J` writes a control byte) takes six.
        let limit = match self.spec.format {
            Format::Json { .. } => 6 * self.spec.max_record + 1_048_576,
            _ => self.spec.max_record,
        };
        if len - self.pending > limit + delim.len() {
            return Err(format!(
                "message #{} from {} is longer than {} bytes (no delimiter {:?} within them): \
                 klar stops reading rather than hold it whole; raise message.max.bytes, or give \
                 each message its own file",
                self.produced + 1,
                self.spec.source.name(),
                limit,
                String::from_utf8_lossy(delim)
            ));
        }
        Ok(())
    }

    /// One message: a range of the batch's buffer, so that a line (keyed
    /// or not) is never copied before librdkafka copies it, or a whole
    /// file's bytes.
    fn message(&mut self, bytes: Bytes<'_>, file: &str) -> Result<(), String> {
        let n = self.produced + 1;
        let null_empty = self.spec.null_empty;
        let headers = || {
            // An empty Vec costs nothing; cloning one still did.
            if self.spec.headers.is_empty() {
                Vec::new()
            } else {
                self.spec.headers.clone()
            }
        };
        let item = match (&self.spec.format, bytes) {
            (Format::Text { key_delimiter, .. }, bytes) => {
                let line = match &bytes {
                    Bytes::Read(r) => &self.batch.read[r.clone()],
                    Bytes::Own(data) => data,
                };
                // The key and the value as ranges of the line.
                let (key, value) = match (key_delimiter, &self.key_finder) {
                    (Some(kd), Some(finder)) => match finder.find(line) {
                        Some(pos) => (Some(0..pos), pos + kd.len()..line.len()),
                        None => (None, 0..line.len()),
                    },
                    _ => (None, 0..line.len()),
                };
                let span = |batch: &mut Packed, within: Range<usize>| match &bytes {
                    Bytes::Read(r) => {
                        Packed::read_span(r.start + within.start..r.start + within.end, null_empty)
                    }
                    Bytes::Own(data) => batch.make(Some(&data[within]), null_empty),
                };
                let key = match (key, self.spec.fixed_key.as_deref()) {
                    (Some(k), _) => span(&mut self.batch, k),
                    (None, Some(fixed)) => self.batch.fixed_key(fixed, null_empty),
                    (None, None) => None,
                };
                Item {
                    key,
                    value: span(&mut self.batch, value),
                    headers: headers(),
                    partition: None,
                    timestamp: None,
                }
            }
            (
                Format::Json {
                    key_encoding,
                    value_encoding,
                },
                bytes,
            ) => {
                let line = match &bytes {
                    Bytes::Read(r) => &self.batch.read[r.clone()],
                    Bytes::Own(data) => data,
                };
                if line.iter().all(u8::is_ascii_whitespace) {
                    return Ok(());
                }
                let r = parse_envelope(line, *key_encoding, *value_encoding).map_err(|e| {
                    if file.is_empty() {
                        return format!("line {n} of {}: {e}", self.spec.source.name());
                    }
                    // JSON Lines given as a file argument fail at their
                    // second line: say how such a file is read.
                    let hint = if e.contains("trailing characters") {
                        " (a file argument is one envelope; for JSON Lines, one envelope a \
                         line, give the file with -l FILE or on stdin)"
                    } else {
                        ""
                    };
                    format!("{file}: {e}{hint}")
                })?;
                let mut headers = self.spec.headers.clone();
                headers.extend(r.headers);
                let key = match (r.key.as_deref(), self.spec.fixed_key.as_deref()) {
                    (Some(k), _) => self.batch.make(Some(k), null_empty),
                    (None, Some(fixed)) => self.batch.fixed_key(fixed, null_empty),
                    (None, None) => None,
                };
                Item {
                    key,
                    value: self.batch.make(r.value.as_deref(), null_empty),
                    headers,
                    partition: r.partition,
                    timestamp: r.timestamp,
                }
            }
        };
        self.batch.items.push(item);
        self.produced += 1;
        if self.spec.count.is_some_and(|c| self.produced >= c) {
            self.done = true;
        }
        Ok(())
    }
}

/// Where a message's bytes are: a range of the batch's read buffer, or a
/// whole file read on its own.
enum Bytes<'a> {
    Read(Range<usize>),
    Own(&'a [u8]),
}

fn decode(s: &str, enc: Encoding, what: &str) -> Result<Vec<u8>, String> {
    match enc {
        Encoding::Utf8 => Ok(s.as_bytes().to_vec()),
        Encoding::Base64 => base64::engine::general_purpose::STANDARD
            .decode(s)
            .map_err(|e| format!("{what} is not valid base64: {e}")),
        Encoding::Hex => hex::decode(s).map_err(|e| format!("{what} is not valid hex: {e}")),
    }
}

fn encoding_field(
    obj: &serde_json::Map<String, Value>,
    field: &str,
    default: Encoding,
) -> Result<Encoding, String> {
    match obj.get(field) {
        None | Some(Value::Null) => Ok(default),
        Some(Value::String(s)) => match s.as_str() {
            "utf8" | "utf-8" | "string" => Ok(Encoding::Utf8),
            "base64" => Ok(Encoding::Base64),
            "hex" => Ok(Encoding::Hex),
            other => Err(format!("{field} {other:?} is not one of utf8, base64, hex")),
        },
        Some(v) => Err(format!("{field} must be a string, not {v}")),
    }
}

fn bytes_field(v: Option<&Value>, enc: Encoding, what: &str) -> Result<Option<Vec<u8>>, String> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => decode(s, enc, what).map(Some),
        // A JSON value that is not a string is sent as its compact JSON text.
        Some(other) => Ok(Some(other.to_string().into_bytes())),
    }
}

/// One envelope as `kcat -J` and `klar consume -J` print it.
pub fn parse_envelope(
    line: &[u8],
    key_enc: Encoding,
    value_enc: Encoding,
) -> Result<Record, String> {
    let v: Value = serde_json::from_slice(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let Value::Object(obj) = v else {
        return Err("expected a JSON object like {\"key\": ..., \"payload\": ...}".into());
    };
    let key_enc = encoding_field(&obj, "key_encoding", key_enc)?;
    let value_enc = match obj.get("payload_encoding") {
        Some(_) => encoding_field(&obj, "payload_encoding", value_enc)?,
        None => encoding_field(&obj, "value_encoding", value_enc)?,
    };
    let key = bytes_field(obj.get("key"), key_enc, "key")?;
    let value = match obj.get("payload") {
        Some(p) => bytes_field(Some(p), value_enc, "payload")?,
        None => bytes_field(obj.get("value"), value_enc, "value")?,
    };
    let partition = match obj.get("partition") {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) => match n.as_i64() {
            Some(-1) => None,
            Some(p) if (0..=i32::MAX as i64).contains(&p) => Some(p as i32),
            _ => return Err(format!("partition {n} is not a partition number")),
        },
        Some(v) => return Err(format!("partition must be a number, not {v}")),
    };
    let ts_field = obj.get("ts").or_else(|| obj.get("timestamp"));
    let timestamp = match ts_field {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) => match n.as_i64() {
            Some(t) if t > 0 => Some(t),
            // -1 is `-J`'s "no timestamp", 0 librdkafka's "now": both are
            // sent as now.
            Some(-1 | 0) => None,
            Some(t) => {
                return Err(format!(
                    "ts {t}: Kafka takes no time before 1970 (-1 and 0 send the time of producing)"
                ))
            }
            None => return Err(format!("ts {n} is not a whole number of milliseconds")),
        },
        Some(v) => return Err(format!("ts must be milliseconds since the epoch, not {v}")),
    };
    let mut headers = parse_headers(obj.get("headers"))?;
    // `consume -J` base64-encodes every header value when one is not UTF-8.
    let enc = encoding_field(&obj, "headers_encoding", Encoding::Utf8)?;
    if enc != Encoding::Utf8 {
        for (name, value) in headers.iter_mut() {
            if let Some(v) = value {
                let text = String::from_utf8(std::mem::take(v)).map_err(|_| {
                    format!("header {:?} is not text", String::from_utf8_lossy(name))
                })?;
                *v = decode(&text, enc, "header")?;
            }
        }
    }
    // And every name, when one is not UTF-8.
    let enc = encoding_field(&obj, "header_names_encoding", Encoding::Utf8)?;
    if enc != Encoding::Utf8 {
        for (name, _) in headers.iter_mut() {
            let text = String::from_utf8(std::mem::take(name))
                .map_err(|_| "a header name is not text".to_string())?;
            *name = decode(&text, enc, "header name")?;
        }
    }
    Ok(Record {
        key,
        value,
        headers,
        partition,
        timestamp,
    })
}

fn header_value(v: &Value) -> Result<Option<Vec<u8>>, String> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s.as_bytes().to_vec())),
        other => Ok(Some(other.to_string().into_bytes())),
    }
}

/// kcat's flat `["k1","v1","k2","v2"]`, pairs `[["k","v"]]`, or an object.
fn parse_headers(v: Option<&Value>) -> Result<Vec<Header>, String> {
    let bad = || {
        "headers must be [\"name\", \"value\", ...], [[name, value], ...] or {\"name\": \"value\"}"
            .to_string()
    };
    match v {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Object(m)) => m
            .iter()
            .map(|(k, v)| Ok((k.clone().into_bytes(), header_value(v)?)))
            .collect(),
        Some(Value::Array(items)) if items.iter().all(|i| i.is_array()) => items
            .iter()
            .map(|pair| match pair.as_array().map(Vec::as_slice) {
                Some([Value::String(k), v]) => Ok((k.clone().into_bytes(), header_value(v)?)),
                _ => Err(bad()),
            })
            .collect(),
        Some(Value::Array(items)) => {
            if items.len() % 2 != 0 {
                return Err(bad());
            }
            items
                .chunks(2)
                .map(|c| match &c[0] {
                    Value::String(k) => Ok((k.clone().into_bytes(), header_value(&c[1])?)),
                    _ => Err(bad()),
                })
                .collect()
        }
        Some(_) => Err(bad()),
    }
}

/// `-H name=value`; a bare name is a header with a null value.
pub fn parse_header_flag(s: &str) -> Result<Header, String> {
    let (name, value) = match s.split_once('=') {
        Some((n, v)) => (n, Some(v.as_bytes().to_vec())),
        None => (s, None),
    };
    if name.is_empty() {
        return Err(format!("-H {s}: the header name is empty"));
    }
    Ok((name.as_bytes().to_vec(), value))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every record a reader makes of `path`, taken batch by batch as the
    /// producer takes them, each batch given back once read; and how many
    /// bytes of records not yet complete were carried to a next batch.
    fn read_all(
        path: &std::path::Path,
        delimiter: &[u8],
        key: Option<&[u8]>,
    ) -> (Vec<Record>, usize) {
        let spec = Spec {
            source: Source::LineFile(path.to_path_buf()),
            format: Format::Text {
                delimiter: delimiter.to_vec(),
                key_delimiter: key.map(<[u8]>::to_vec),
            },
            fixed_key: None,
            headers: Vec::new(),
            null_empty: false,
            count: None,
            max_record: 20 * CHUNK,
            line_file: Some(File::open(path).unwrap()),
        };
        let mut reader = Reader::new(spec, None);
        let mut out = Vec::new();
        loop {
            let more = reader.read_some();
            let batch = reader.take_batch();
            for i in 0..batch.len() {
                let r = batch.get(i);
                out.push(Record {
                    key: r.key.map(<[u8]>::to_vec),
                    value: r.value.map(<[u8]>::to_vec),
                    ..Record::default()
                });
            }
            reader.recycle(batch);
            assert_eq!(reader.take_error(), None);
            if !more {
                return (out, reader.carried);
            }
        }
    }

    /// A record longer than a read stays where it was read until it is
    /// complete: copying it to the next batch after every read would copy
    /// a 100 MB record hundreds of times.
    #[test]
    fn a_record_longer_than_a_read_is_not_carried_from_batch_to_batch() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in");
        let mut data = b"short\n".to_vec();
        data.extend(std::iter::repeat_n(b'x', 10 * CHUNK));
        data.extend_from_slice(b"\nlast");
        std::fs::write(&path, &data).unwrap();
        let (records, carried) = read_all(&path, b"\n", None);
        let lengths: Vec<_> = records
            .iter()
            .map(|r| r.value.as_ref().unwrap().len())
            .collect();
        assert_eq!(lengths, vec![5, 10 * CHUNK, 4]);
        // The rest of the first read, after the batch that held "short",
        // and "last", after the batch that held the long record.
        assert_eq!(carried, (CHUNK - 6) + 4);
    }

    /// Split as the reader must: at each leftmost delimiter from where the
    /// last one ended, the key at the first key delimiter, and no record
    /// after a delimiter that ends the input.
    fn split_reference(data: &[u8], delimiter: &[u8], key: &[u8]) -> Vec<Record> {
        let find = |h: &[u8], n: &[u8]| h.windows(n.len()).position(|w| w == n);
        let mut out = Vec::new();
        let mut rest = data;
        while !rest.is_empty() {
            let (record, next) = match find(rest, delimiter) {
                Some(at) => (&rest[..at], &rest[at + delimiter.len()..]),
                None => (rest, &rest[rest.len()..]),
            };
            let (k, v) = match find(record, key) {
                Some(at) => (
                    Some(record[..at].to_vec()),
                    record[at + key.len()..].to_vec(),
                ),
                None => (None, record.to_vec()),
            };
            out.push(Record {
                key: k,
                value: Some(v),
                ..Record::default()
            });
            rest = next;
        }
        out
    }

    /// Input that arrives through a pipe in pieces of any size, cut
    /// anywhere, with delimiters made of the same few bytes as the data
    /// (so that a delimiter can start inside another one's bytes).
    #[test]
    fn records_from_a_pipe_cut_anywhere_match_a_plain_split() {
        use rand::{Rng, SeedableRng};
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        for (round, (delimiter, key)) in [
            (&b"\n"[..], &b":"[..]),
            (b"ab", b"b"),
            (b"aab", b"ba"),
            (b"abab", b"a"),
        ]
        .into_iter()
        .enumerate()
        {
            let mut rng = rand::rngs::StdRng::seed_from_u64(round as u64);
            let data: Vec<u8> = (0..400_000)
                .map(|_| b"ab:\nx"[rng.gen_range(0..5)])
                .collect();
            let fifo = dir.path().join(format!("fifo{round}"));
            let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
            // SAFETY: a path that lives for the call.
            assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
            let writer = {
                let (fifo, data) = (fifo.clone(), data.clone());
                std::thread::spawn(move || {
                    let mut f = std::fs::OpenOptions::new().write(true).open(fifo).unwrap();
                    let mut rest = &data[..];
                    while !rest.is_empty() {
                        let n = rng.gen_range(1..3000).min(rest.len());
                        f.write_all(&rest[..n]).unwrap();
                        rest = &rest[n..];
                        // Most reads then end where a write ended.
                        std::thread::sleep(std::time::Duration::from_micros(50));
                    }
                })
            };
            let (got, _) = read_all(&fifo, delimiter, Some(key));
            writer.join().unwrap();
            let expected = split_reference(&data, delimiter, key);
            assert_eq!(got.len(), expected.len(), "delimiter {delimiter:?}");
            assert!(got == expected, "delimiter {delimiter:?}: a record differs");
        }
    }

    /// Records are ranges of the buffer they were read into, so the one a
    /// read cuts in two must reach the next batch whole: delimiters and
    /// key delimiters of two bytes cut between their bytes included.
    #[test]
    fn records_cut_by_a_read_arrive_whole() {
        let mut expected = Vec::new();
        let mut data = Vec::new();
        let mut i = 0u32;
        while data.len() < 3 * CHUNK + 1000 {
            // Lengths that put every cut somewhere else in a record.
            let key = format!("k{i}").into_bytes();
            let value = vec![b'a' + (i % 26) as u8; (i as usize * 37) % 1500];
            data.extend_from_slice(&key);
            data.extend_from_slice(b"=>");
            data.extend_from_slice(&value);
            data.extend_from_slice(b"||");
            expected.push(Record {
                key: Some(key),
                value: Some(value),
                ..Record::default()
            });
            i += 1;
        }
        // The last record has no delimiter after it.
        data.truncate(data.len() - 2);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in");
        std::fs::write(&path, &data).unwrap();
        let (got, _) = read_all(&path, b"||", Some(b"=>"));
        assert_eq!(got.len(), expected.len());
        assert!(got == expected, "a record differs");

        // Cuts inside the delimiter itself, at each read's end; a
        // delimiter at the very end makes no empty record after it.
        for at in [CHUNK - 1, CHUNK, CHUNK + 1] {
            let mut data = vec![b'x'; at - 1];
            data.extend_from_slice(b"||y||");
            std::fs::write(&path, &data).unwrap();
            let values: Vec<_> = read_all(&path, b"||", None)
                .0
                .into_iter()
                .map(|r| r.value.unwrap().len())
                .collect();
            assert_eq!(values, vec![at - 1, 1], "cut at {at}");
        }
    }

    #[test]
    fn kcat_envelope() {
        let r = parse_envelope(
            br#"{"topic":"t","partition":2,"offset":5,"tstype":"create","ts":1700000000000,"broker":1,"headers":["a","1","b",null],"key":"k","payload":"v"}"#,
            Encoding::Utf8,
            Encoding::Utf8,
        )
        .unwrap();
        assert_eq!(r.key.as_deref(), Some(&b"k"[..]));
        assert_eq!(r.value.as_deref(), Some(&b"v"[..]));
        assert_eq!(r.partition, Some(2));
        assert_eq!(r.timestamp, Some(1700000000000));
        assert_eq!(
            r.headers,
            vec![("a".into(), Some(b"1".to_vec())), ("b".into(), None)]
        );
        // -J's "no timestamp" and librdkafka's "now"; nothing before 1970.
        let ts = |t: &str| {
            parse_envelope(
                format!(r#"{{"payload":"v","ts":{t}}}"#).as_bytes(),
                Encoding::Utf8,
                Encoding::Utf8,
            )
            .map(|r| r.timestamp)
        };
        assert_eq!(ts("-1"), Ok(None));
        assert_eq!(ts("0"), Ok(None));
        assert!(ts("-5").unwrap_err().starts_with("ts -5: "));
    }

    #[test]
    fn encodings_and_nulls() {
        let r = parse_envelope(
            br#"{"key":null,"value":"AAEC","payload_encoding":"base64","headers":{"h":"x"}}"#,
            Encoding::Utf8,
            Encoding::Utf8,
        )
        .unwrap();
        assert_eq!(r.key, None);
        assert_eq!(r.value, Some(vec![0, 1, 2]));
        let r = parse_envelope(
            br#"{"key":"6869","payload":null}"#,
            Encoding::Hex,
            Encoding::Utf8,
        )
        .unwrap();
        assert_eq!(r.key, Some(b"hi".to_vec()));
        assert_eq!(r.value, None);
    }

    #[test]
    fn envelope_errors_say_what() {
        let e = parse_envelope(b"{\"key\":", Encoding::Utf8, Encoding::Utf8).unwrap_err();
        assert!(e.starts_with("invalid JSON"), "{e}");
        let e = parse_envelope(b"[1]", Encoding::Utf8, Encoding::Utf8).unwrap_err();
        assert!(e.contains("expected a JSON object"), "{e}");
        let e = parse_envelope(
            br#"{"payload":"zz","payload_encoding":"hex"}"#,
            Encoding::Utf8,
            Encoding::Utf8,
        )
        .unwrap_err();
        assert!(e.contains("payload is not valid hex"), "{e}");
        let e =
            parse_envelope(br#"{"headers":["a"]}"#, Encoding::Utf8, Encoding::Utf8).unwrap_err();
        assert!(e.starts_with("headers must be"), "{e}");
    }

    #[test]
    fn header_flag() {
        assert_eq!(
            parse_header_flag("a=b=c").unwrap(),
            ("a".into(), Some(b"b=c".to_vec()))
        );
        assert_eq!(parse_header_flag("a").unwrap(), ("a".into(), None));
        assert!(parse_header_flag("=x").is_err());
    }
}
