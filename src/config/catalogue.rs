//! The property catalogue of the linked librdkafka, read at run time so that
//! names, aliases, defaults and types always match the library in the binary.

use std::borrow::Cow;
use std::sync::OnceLock;

use memchr::memmem;
use rdkafka::bindings as rdsys;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    Global,
    Topic,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Global => "global",
            Scope::Topic => "topic",
        }
    }
}

/// One row of the table. The text is borrowed from the table itself, which
/// lives as long as the process: every command reads the catalogue, and
/// copying each cell out of it was a visible part of start-up.
#[derive(Debug, Clone)]
pub struct Property {
    pub name: &'static str,
    pub scope: Scope,
    /// `*`, `C` or `P`: which client kinds read the property.
    pub applies_to: &'static str,
    pub range: &'static str,
    pub default: Cow<'static, str>,
    pub importance: &'static str,
    pub description: Cow<'static, str>,
    pub kind: &'static str,
    /// The canonical name when this row is an alias.
    pub alias_of: Option<&'static str>,
    pub deprecated: bool,
    pub experimental: bool,
    /// librdkafka knows the property but leaves it out of its table
    /// (`_RK_HIDDEN`): the row is klar's, from `HIDDEN`.
    pub hidden: bool,
}

impl Property {
    /// The canonical name: the alias target, or the name itself.
    pub fn canonical(&self) -> &str {
        self.alias_of.unwrap_or(self.name)
    }

    /// `producer`, `consumer` or `both`, from librdkafka's C/P column.
    pub fn role(&self) -> &'static str {
        match self.applies_to {
            "P" => "producer",
            "C" => "consumer",
            _ => "both",
        }
    }

    /// Whether a client of this kind reads the property. Admin clients are
    /// producers inside librdkafka but read only the generic properties.
    pub fn applies(&self, role: &str) -> bool {
        match self.applies_to {
            "P" => role == "producer",
            "C" => role == "consumer",
            _ => true,
        }
    }

    pub fn is_sensitive(&self) -> bool {
        is_sensitive(self.name) || is_sensitive(self.canonical())
    }

    /// Set only through librdkafka's C API (callbacks, opaque pointers).
    pub fn is_api_only(&self) -> bool {
        self.kind == "see dedicated API"
    }
}

pub struct Catalogue {
    pub properties: Vec<Property>,
    /// (name, row) sorted by name, then row: a name can have a row at each
    /// scope, and lookups return them in table order.
    by_name: Vec<(&'static str, usize)>,
}

/// librdkafka marks these `_RK_SENSITIVE`; rdkafka's own list covers only a few.
pub const SENSITIVE: &[&str] = &[
    "sasl.username",
    "sasl.password",
    "ssl.key.password",
    "ssl.key.pem",
    "ssl_key",
    "ssl.key.location",
    "ssl.ca.pem",
    "ssl.keystore.password",
    "sasl.oauthbearer.config",
    "sasl.oauthbearer.client.secret",
    "sasl.oauthbearer.assertion.private.key.file",
    "sasl.oauthbearer.assertion.private.key.passphrase",
    "sasl.oauthbearer.assertion.private.key.pem",
];

/// Properties klar sets from its own flags or reads when every command
/// starts, with what the table says of them: known without reading the
/// table, which took half a millisecond of every command's start. None holds
/// a number (so the check for a unit after a number has nothing to do), and
/// a test compares every row with the linked library's table.
pub struct Common {
    pub name: &'static str,
    /// The name the table files it under (`bootstrap.servers` is an alias).
    pub canonical: &'static str,
    pub scope: Scope,
    pub default: &'static str,
}

const fn row(
    name: &'static str,
    canonical: &'static str,
    scope: Scope,
    default: &'static str,
) -> Common {
    Common {
        name,
        canonical,
        scope,
        default,
    }
}

#[rustfmt::skip]
const COMMON: &[Common] = &[
    row("bootstrap.servers",        "metadata.broker.list",     Scope::Global, ""),
    row("metadata.broker.list",     "metadata.broker.list",     Scope::Global, ""),
    row("client.id",                "client.id",                Scope::Global, "rdkafka"),
    row("debug",                    "debug",                    Scope::Global, ""),
    row("group.id",                 "group.id",                 Scope::Global, ""),
    row("enable.auto.commit",       "enable.auto.commit",       Scope::Global, "true"),
    row("enable.auto.offset.store", "enable.auto.offset.store", Scope::Global, "true"),
    row("enable.partition.eof",     "enable.partition.eof",     Scope::Global, "false"),
    row("isolation.level",          "isolation.level",          Scope::Global, "read_committed"),
    row("auto.offset.reset",        "auto.offset.reset",        Scope::Topic,  "largest"),
    row("security.protocol",        "security.protocol",        Scope::Global, "plaintext"),
    row("sasl.mechanisms",          "sasl.mechanisms",          Scope::Global, "GSSAPI"),
    row("transactional.id",         "transactional.id",         Scope::Global, ""),
    row("allow.auto.create.topics", "allow.auto.create.topics", Scope::Global, "false"),
];

/// A property in `COMMON`, by the name as typed.
pub fn common(name: &str) -> Option<&'static Common> {
    COMMON.iter().find(|c| c.name == name)
}

pub fn is_sensitive(name: &str) -> bool {
    SENSITIVE.contains(&name)
}

impl Catalogue {
    /// The catalogue of the linked library, parsed once per process.
    pub fn get() -> &'static Catalogue {
        static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
        CATALOGUE.get_or_init(|| {
            tracing::debug!("reading librdkafka's property table");
            let mut c = Catalogue::parse(properties_show());
            c.add_hidden();
            c
        })
    }

    pub fn parse(text: &'static str) -> Catalogue {
        let needles = Needles::new();
        let mut properties = Vec::new();
        let mut scope = None;
        for line in text.lines() {
            if line.starts_with("## Global") {
                scope = Some(Scope::Global);
                continue;
            }
            if line.starts_with("## Topic") {
                scope = Some(Scope::Topic);
                continue;
            }
            let Some(scope) = scope else { continue };
            if line.starts_with("Property ")
                || line.starts_with("---")
                || needles.cell.find(line.as_bytes()).is_none()
            {
                continue;
            }
            if let Some(p) = parse_row(line, scope, &needles) {
                properties.push(p);
            }
        }
        let mut by_name: Vec<(&'static str, usize)> = properties
            .iter()
            .enumerate()
            .map(|(i, p)| (p.name, i))
            .collect();
        by_name.sort_unstable();
        Catalogue {
            properties,
            by_name,
        }
    }

    /// The rows of `HIDDEN` that the linked library knows, with the default
    /// it reports for each. A name the library does not know (another
    /// version) gets no row, and one its table lists keeps the table's.
    fn add_hidden(&mut self) {
        // SAFETY: a fresh configuration, read and then destroyed here.
        let conf = unsafe { rdsys::rd_kafka_conf_new() };
        if conf.is_null() {
            return;
        }
        for h in HIDDEN {
            if self.find(h.name).is_some() {
                continue;
            }
            // An unset string or pointer reads as unknown: whether the
            // library knows the name is then asked of its setter.
            let default = match conf_get(conf, h.name) {
                Ok(v) => v,
                Err(_) if knows(conf, h.name) => String::new(),
                Err(_) => continue,
            };
            self.by_name.push((h.name, self.properties.len()));
            self.properties.push(Property {
                name: h.name,
                scope: Scope::Global,
                applies_to: "*",
                range: h.range,
                default: Cow::Owned(default),
                importance: h.importance,
                description: Cow::Borrowed(h.description),
                kind: h.kind,
                alias_of: None,
                deprecated: h.deprecated,
                experimental: false,
                hidden: true,
            });
        }
        // SAFETY: created above and not used after this.
        unsafe { rdsys::rd_kafka_conf_destroy(conf) };
        self.by_name.sort_unstable();
    }

    /// Every row with this exact name (a name can exist at both scopes).
    pub fn lookup(&self, name: &str) -> impl Iterator<Item = &Property> {
        let start = self.by_name.partition_point(|(n, _)| *n < name);
        let end = self.by_name.partition_point(|(n, _)| *n <= name);
        self.by_name[start..end]
            .iter()
            .map(|&(_, i)| &self.properties[i])
    }

    pub fn find(&self, name: &str) -> Option<&Property> {
        self.lookup(name).next()
    }

    pub fn find_scoped(&self, name: &str, scope: Scope) -> Option<&Property> {
        self.lookup(name).find(|p| p.scope == scope)
    }

    /// The canonical name for a name or alias, if the library knows it.
    pub fn canonical<'a>(&'a self, name: &'a str) -> Option<&'a str> {
        Some(self.find(name)?.canonical())
    }

    /// Every alias row that points at `canonical` at `scope`.
    pub fn aliases(&self, canonical: &str, scope: Scope) -> Vec<&str> {
        self.properties
            .iter()
            .filter(|p| p.scope == scope && p.alias_of == Some(canonical))
            .map(|p| p.name)
            .collect()
    }

    /// Rows whose name matches a glob (`*` any run, `?` one character).
    pub fn matching(&self, pattern: &str) -> Vec<&Property> {
        self.properties
            .iter()
            .filter(|p| glob_match(pattern.as_bytes(), p.name.as_bytes()))
            .collect()
    }

    /// Known names closest to `typed`, best first, for "did you mean".
    pub fn suggest(&self, typed: &str) -> Option<&str> {
        let typed_l = typed.to_ascii_lowercase();
        let mut best: Option<(f64, &str)> = None;
        for &(name, _) in &self.by_name {
            let score = strsim::jaro_winkler(&typed_l, name);
            if score > 0.85 && best.is_none_or(|(b, _)| score > b) {
                best = Some((score, name));
            }
        }
        best.map(|(_, n)| n)
    }
}

pub fn is_glob(s: &str) -> bool {
    s.contains(['*', '?'])
}

fn glob_match(pat: &[u8], name: &[u8]) -> bool {
    match (pat.first(), name.first()) {
        (None, None) => true,
        (Some(b'*'), _) => {
            glob_match(&pat[1..], name) || (!name.is_empty() && glob_match(pat, &name[1..]))
        }
        (Some(b'?'), Some(_)) => glob_match(&pat[1..], &name[1..]),
        (Some(a), Some(b)) if a == b => glob_match(&pat[1..], &name[1..]),
        _ => false,
    }
}

/// The searchers a row needs, built once per table: building one per call
/// (as `str::split` and `contains` do) cost more than the searches, and
/// the table was most of klar's start-up before any connection.
struct Needles {
    cell: memmem::Finder<'static>,
    kind: memmem::FinderRev<'static>,
    deprecated: memmem::Finder<'static>,
    experimental: memmem::Finder<'static>,
}

impl Needles {
    fn new() -> Needles {
        Needles {
            cell: memmem::Finder::new(" | "),
            kind: memmem::FinderRev::new("<br>*Type: "),
            deprecated: memmem::Finder::new("**DEPRECATED**"),
            experimental: memmem::Finder::new("**EXPERIMENTAL**"),
        }
    }
}

fn parse_row(line: &'static str, scope: Scope, needles: &Needles) -> Option<Property> {
    // Six cells: the last keeps any " | " of its own.
    let mut cells = [""; 6];
    let mut rest = line;
    for cell in cells.iter_mut().take(5) {
        let at = needles.cell.find(rest.as_bytes())?;
        *cell = rest[..at].trim_ascii();
        rest = &rest[at + 3..];
    }
    cells[5] = rest.trim_ascii();
    let [name, applies_to, range, default, importance, last] = cells;
    let (text, kind) = match needles.kind.rfind(last.as_bytes()) {
        Some(at) => (
            last[..at].trim_ascii(),
            last[at + "<br>*Type: ".len()..].trim_end_matches('*'),
        ),
        None => (last, ""),
    };
    let mut desc = Cow::Borrowed(text);
    // Markers come first; one deprecated row is also an alias
    // ("**DEPRECATED** Alias for `auto.commit.enable`: ...").
    let deprecated = needles.deprecated.find(text.as_bytes()).is_some();
    let experimental = needles.experimental.find(text.as_bytes()).is_some();
    let mut alias_of = None;
    // Each marker at most once: `strip_prefix` compares, where
    // `trim_start_matches` built a searcher per row.
    let body = text
        .strip_prefix("**EXPERIMENTAL**: subject to change or removal.")
        .unwrap_or(text)
        .trim_start();
    let body = body
        .strip_prefix("**DEPRECATED**")
        .unwrap_or(body)
        .trim_start();
    if let Some(rest) = body.strip_prefix("Alias for `") {
        if let Some((target, tail)) = rest.split_once('`') {
            alias_of = Some(target);
            let tail = tail.trim_start_matches(':').trim();
            desc = if deprecated {
                Cow::Owned(format!("**DEPRECATED** {tail}"))
            } else {
                Cow::Borrowed(tail)
            };
        }
    }
    let default = if default.contains("\\|") {
        Cow::Owned(default.replace("\\|", "|"))
    } else {
        Cow::Borrowed(default)
    };
    Some(Property {
        name,
        scope,
        applies_to,
        range,
        default,
        importance,
        description: desc,
        kind,
        alias_of,
        deprecated,
        experimental,
        hidden: false,
    })
}

/// A property librdkafka accepts from `rd_kafka_conf_set` but marks hidden,
/// so that its table (and CONFIGURATION.md) leaves it out. Its default is
/// read from the linked library; the rest is written here, and a test checks
/// each type and range against the library.
struct Hidden {
    name: &'static str,
    kind: &'static str,
    range: &'static str,
    importance: &'static str,
    deprecated: bool,
    description: &'static str,
}

/// The hidden properties of librdkafka 2.12.1, all global. Two are set only
/// through librdkafka's C API: a string given for `ut_handle_ProduceResponse`
/// would be taken as the address of a function.
const HIDDEN: &[Hidden] = &[
    Hidden {
        name: "client.software.name",
        kind: "string",
        range: "",
        importance: "low",
        deprecated: false,
        description: "The client's name as sent to brokers (KIP-511, Kafka 2.4 and later) in \
            its ApiVersion request; librdkafka turns characters other than a-z, A-Z, 0-9, `.` \
            and `-` into `-`. Meant to be set by language bindings.",
    },
    Hidden {
        name: "client.software.version",
        kind: "string",
        range: "",
        importance: "low",
        deprecated: false,
        description: "The client's version as sent to brokers (KIP-511, Kafka 2.4 and \
            later), with the same characters allowed as client.software.name; unset, librdkafka \
            sends its own version. Meant to be set by language bindings.",
    },
    Hidden {
        name: "metadata.request.timeout.ms",
        kind: "integer",
        range: "10 .. 900000",
        importance: "low",
        deprecated: true,
        description: "Not used: librdkafka accepts it and ignores it.",
    },
    Hidden {
        name: "enable.sparse.connections",
        kind: "boolean",
        range: "true, false",
        importance: "medium",
        deprecated: false,
        description: "true: connect only to the brokers the client has requests for (the \
            bootstrap brokers, partition leaders, the group coordinator). false: keep a \
            connection open to every broker of the cluster.",
    },
    Hidden {
        name: "enable_sasl_queue",
        kind: "see dedicated API",
        range: "",
        importance: "low",
        deprecated: false,
        description: "Set by rd_kafka_conf_enable_sasl_queue(): SASL callbacks such as the \
            OAUTHBEARER token refresh go to a queue that the application serves.",
    },
    Hidden {
        name: "test.mock.num.brokers",
        kind: "integer",
        range: "0 .. 10000",
        importance: "low",
        deprecated: false,
        description: "Above 0: the client starts a mock cluster of this many brokers inside \
            its own process and uses it instead of bootstrap.servers. `klar mock` runs one that \
            several commands can share.",
    },
    Hidden {
        name: "test.mock.broker.rtt",
        kind: "integer",
        range: "0 .. 3600000",
        importance: "low",
        deprecated: false,
        description: "With test.mock.num.brokers: the latency, in milliseconds, that each \
            mock broker adds to its answers.",
    },
    Hidden {
        name: "ut_handle_ProduceResponse",
        kind: "see dedicated API",
        range: "",
        importance: "low",
        deprecated: false,
        description: "A function of librdkafka's own unit tests, called with each \
            ProduceResponse.",
    },
];

/// Whether `rd_kafka_conf_set` knows the name, asked with an empty value in
/// `conf`, a scratch configuration: the value may be kept there (a pointer
/// property keeps the address of the string) but is never used.
fn knows(conf: *mut rdsys::rd_kafka_conf_t, name: &str) -> bool {
    conf_set(conf, name, "") != rdsys::rd_kafka_conf_res_t::RD_KAFKA_CONF_UNKNOWN
}

/// `rd_kafka_conf_set`'s answer for one property of a scratch configuration.
fn conf_set(
    conf: *mut rdsys::rd_kafka_conf_t,
    name: &str,
    value: &str,
) -> rdsys::rd_kafka_conf_res_t {
    let (Ok(n), Ok(v)) = (std::ffi::CString::new(name), std::ffi::CString::new(value)) else {
        return rdsys::rd_kafka_conf_res_t::RD_KAFKA_CONF_INVALID;
    };
    let mut errstr = [0 as std::os::raw::c_char; 256];
    // SAFETY: `conf` is live; valid NUL-terminated strings and a buffer of
    // the stated size.
    unsafe {
        rdsys::rd_kafka_conf_set(
            conf,
            n.as_ptr(),
            v.as_ptr(),
            errstr.as_mut_ptr(),
            errstr.len(),
        )
    }
}

/// A global property's value in a configuration (a client's, or one being
/// built), or `None` when the library does not know the name or the
/// property holds no value.
pub fn conf_value(conf: *const rdsys::rd_kafka_conf_t, name: &str) -> Option<String> {
    conf_get(conf, name).ok()
}

/// A global property's value, or librdkafka's answer when there is none:
/// `RD_KAFKA_CONF_UNKNOWN` for a name it does not know, `_INVALID` for an
/// unset string or pointer.
fn conf_get(
    conf: *const rdsys::rd_kafka_conf_t,
    name: &str,
) -> Result<String, rdsys::rd_kafka_conf_res_t> {
    use rdsys::rd_kafka_conf_res_t::{RD_KAFKA_CONF_OK as OK, RD_KAFKA_CONF_UNKNOWN};
    let cname = std::ffi::CString::new(name).map_err(|_| RD_KAFKA_CONF_UNKNOWN)?;
    let mut size: usize = 0;
    // SAFETY: `conf` is live; the first call only sizes the value, the
    // second writes at most `size` bytes.
    unsafe {
        let res = rdsys::rd_kafka_conf_get(conf, cname.as_ptr(), std::ptr::null_mut(), &mut size);
        if res != OK {
            return Err(res);
        }
        let mut buf = vec![0u8; size.max(1)];
        let res =
            rdsys::rd_kafka_conf_get(conf, cname.as_ptr(), buf.as_mut_ptr().cast(), &mut size);
        if res != OK {
            return Err(res);
        }
        Ok(std::ffi::CStr::from_bytes_until_nul(&buf)
            .map(|v| v.to_string_lossy().into_owned())
            .unwrap_or_default())
    }
}

/// The table `rd_kafka_conf_properties_show` writes, captured in memory and
/// kept for the life of the process (the catalogue borrows from it). A
/// stream in memory, not a temporary file: a full or read-only /tmp must
/// not leave klar without its property table.
fn properties_show() -> &'static str {
    let mut buf: *mut libc::c_char = std::ptr::null_mut();
    let mut len: libc::size_t = 0;
    // SAFETY: open_memstream hands back a FILE* (or NULL) that is closed
    // here; after fclose, buf holds len bytes that librdkafka wrote, which
    // are copied out before the buffer is freed.
    unsafe {
        let fp = libc::open_memstream(&mut buf, &mut len);
        if fp.is_null() {
            return "";
        }
        rdsys::rd_kafka_conf_properties_show(fp);
        libc::fclose(fp);
        if buf.is_null() {
            return "";
        }
        // librdkafka's table is ASCII: kept where it was written, for the
        // life of the process, instead of copied.
        let bytes: &'static [u8] = std::slice::from_raw_parts(buf.cast::<u8>(), len);
        match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => {
                let text = String::from_utf8_lossy(bytes).into_owned();
                libc::free(buf.cast());
                Box::leak(text.into_boxed_str())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_has_every_row_of_the_linked_library() {
        let c = Catalogue::get();
        let global = c
            .properties
            .iter()
            .filter(|p| p.scope == Scope::Global)
            .count();
        let topic = c.properties.len() - global;
        // librdkafka 2.12.1: 174 global and 22 topic rows, and 8 hidden
        // global ones that its table leaves out.
        assert_eq!((global, topic), (174 + 8, 22));
        assert_eq!(c.properties.iter().filter(|p| p.hidden).count(), 8);
        // 13 rows say "Alias for"; one of them (the topic-level
        // enable.auto.commit) behind a DEPRECATED marker.
        assert_eq!(
            c.properties.iter().filter(|p| p.alias_of.is_some()).count(),
            13
        );
        assert_eq!(
            c.properties
                .iter()
                .filter(|p| p.deprecated && !p.hidden)
                .count(),
            16
        );
        assert_eq!(c.properties.iter().filter(|p| p.experimental).count(), 3);
    }

    #[test]
    fn common_rows_match_the_table() {
        let c = Catalogue::get();
        for r in COMMON {
            // The row the table's own lookup would give (the global one first).
            let p = c.find(r.name).unwrap();
            assert_eq!(p.canonical(), r.canonical, "{}: canonical", r.name);
            assert_eq!(p.scope, r.scope, "{}: scope", r.name);
            let target = c.find_scoped(r.canonical, r.scope).unwrap();
            assert_eq!(target.default, r.default, "{}: default", r.name);
            assert!(
                !matches!(target.kind, "integer" | "float"),
                "{}: no number",
                r.name
            );
            // A topic property whose name is also global is set as topic.NAME.
            if r.scope == Scope::Topic {
                assert!(
                    c.find_scoped(r.canonical, Scope::Global).is_none(),
                    "{}",
                    r.name
                );
            }
        }
    }

    #[test]
    fn aliases_resolve() {
        let c = Catalogue::get();
        assert_eq!(c.canonical("linger.ms"), Some("queue.buffering.max.ms"));
        assert_eq!(c.canonical("acks"), Some("request.required.acks"));
        assert_eq!(
            c.canonical("queue.buffering.max.ms"),
            Some("queue.buffering.max.ms")
        );
        assert_eq!(c.canonical("no.such.thing"), None);
    }

    #[test]
    fn pipes_in_defaults_survive() {
        let c = Catalogue::get();
        let kinit = c.find("sasl.kerberos.kinit.cmd").unwrap();
        assert!(kinit.default.contains(" || kinit"), "{}", kinit.default);
        assert_eq!(c.find("linger.ms").unwrap().kind, "float");
    }

    #[test]
    fn suggestions() {
        let c = Catalogue::get();
        assert_eq!(c.suggest("linger.msec"), Some("linger.ms"));
        assert_eq!(c.suggest("bootstrap.server"), Some("bootstrap.servers"));
        assert_eq!(c.suggest("zzzzzzzz"), None);
    }

    #[test]
    fn aliases_resolve_both_ways() {
        let c = Catalogue::get();
        assert_eq!(
            c.aliases("queue.buffering.max.ms", Scope::Global),
            vec!["linger.ms"]
        );
        assert_eq!(
            c.aliases("request.required.acks", Scope::Topic),
            vec!["acks"]
        );
        let topic_alias = c.find_scoped("enable.auto.commit", Scope::Topic).unwrap();
        assert_eq!(topic_alias.alias_of, Some("auto.commit.enable"));
        assert!(topic_alias.deprecated);
        assert!(!c.find("enable.auto.commit").unwrap().deprecated);
    }

    #[test]
    fn globs() {
        let c = Catalogue::get();
        let ssl: Vec<&str> = c.matching("ssl.*").iter().map(|p| p.name).collect();
        assert!(ssl.contains(&"ssl.ca.location"), "{ssl:?}");
        assert!(ssl.iter().all(|n| n.starts_with("ssl.")), "{ssl:?}");
        assert_eq!(c.matching("linger.m?").len(), 1);
        assert_eq!(c.matching("*.no.such*").len(), 0);
        assert!(is_glob("ssl.*") && !is_glob("ssl.ca.location"));
    }

    /// The CONFIGURATION.md shipped with the rdkafka-sys crate in the cargo
    /// registry, if this machine has it.
    fn shipped_configuration_md() -> Option<std::path::PathBuf> {
        let home = std::env::var_os("CARGO_HOME")
            .map(std::path::PathBuf::from)
            .or_else(|| {
                std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".cargo"))
            })?;
        for index in std::fs::read_dir(home.join("registry/src")).ok()?.flatten() {
            for krate in std::fs::read_dir(index.path()).ok()?.flatten() {
                let name = krate.file_name().to_string_lossy().into_owned();
                if name.starts_with("rdkafka-sys-") && name.ends_with("+2.12.1") {
                    let md = krate.path().join("librdkafka/CONFIGURATION.md");
                    if md.is_file() {
                        return Some(md);
                    }
                }
            }
        }
        None
    }

    #[test]
    fn catalogue_matches_shipped_configuration_md() {
        let Some(path) = shipped_configuration_md() else {
            eprintln!("skipped: no rdkafka-sys-*+2.12.1/librdkafka/CONFIGURATION.md in the cargo registry");
            return;
        };
        let md = std::fs::read_to_string(&path).unwrap();
        let shipped = Catalogue::parse(Box::leak(md.into_boxed_str()));
        let linked: Vec<&Property> = Catalogue::get()
            .properties
            .iter()
            .filter(|p| !p.hidden)
            .collect();
        assert_eq!(shipped.properties.len(), linked.len());
        // The markdown escapes pipes; the runtime table does not.
        let unescape = |s: &str| s.replace("\\|", "|");
        for (a, b) in shipped.properties.iter().zip(linked) {
            let row = |p: &Property| {
                (
                    p.name,
                    p.scope,
                    p.applies_to,
                    unescape(p.range),
                    unescape(&p.default),
                    p.importance,
                    unescape(&p.description),
                    p.kind,
                    p.alias_of,
                    p.deprecated,
                    p.experimental,
                )
            };
            assert_eq!(row(a), row(b), "{} differs from {}", b.name, path.display());
        }
    }

    /// `rd_kafka_conf_set` on a fresh configuration.
    fn set(name: &str, value: &str) -> rdsys::rd_kafka_conf_res_t {
        // SAFETY: a fresh configuration, destroyed here.
        unsafe {
            let conf = rdsys::rd_kafka_conf_new();
            let res = conf_set(conf, name, value);
            rdsys::rd_kafka_conf_destroy(conf);
            res
        }
    }

    #[test]
    fn hidden_rows_match_the_linked_library() {
        use rdsys::rd_kafka_conf_res_t::{
            RD_KAFKA_CONF_INVALID as INVALID, RD_KAFKA_CONF_OK as OK,
            RD_KAFKA_CONF_UNKNOWN as UNKNOWN,
        };
        let table = Catalogue::parse(properties_show());
        let c = Catalogue::get();
        for h in HIDDEN {
            assert!(table.find(h.name).is_none(), "{} is in the table", h.name);
            let p = c
                .find(h.name)
                .unwrap_or_else(|| panic!("no row {}", h.name));
            assert!(p.hidden && p.scope == Scope::Global, "{}", h.name);
            match p.kind {
                "boolean" => {
                    assert_eq!(set(h.name, "false"), OK, "{}", h.name);
                    assert_eq!(set(h.name, "maybe"), INVALID, "{}", h.name);
                }
                "integer" => {
                    let (lo, hi) = p.range.split_once(" .. ").unwrap();
                    let (lo, hi): (i64, i64) = (lo.parse().unwrap(), hi.parse().unwrap());
                    for (v, res) in [(lo, OK), (hi, OK), (lo - 1, INVALID), (hi + 1, INVALID)] {
                        assert_eq!(set(h.name, &v.to_string()), res, "{} = {v}", h.name);
                    }
                }
                "string" => assert_eq!(set(h.name, "x"), OK, "{}", h.name),
                // Taken from a string too, which is why klar refuses them.
                "see dedicated API" => assert_ne!(set(h.name, ""), UNKNOWN, "{}", h.name),
                k => panic!("{}: no check for {k}", h.name),
            }
        }
        let default = |n| c.find(n).unwrap().default.to_string();
        assert_eq!(default("enable.sparse.connections"), "true");
        assert_eq!(default("client.software.name"), "librdkafka");
        assert_eq!(default("client.software.version"), "");
        assert_eq!(default("test.mock.num.brokers"), "0");
        assert_eq!(default("metadata.request.timeout.ms"), "10");
        assert_eq!(set("no.such.hidden.property", "1"), UNKNOWN);
    }
}
