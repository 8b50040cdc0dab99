//! What librdkafka will actually use: the resolved configuration dumped with
//! `rd_kafka_conf_dump`, and the values librdkafka itself changes when a
//! client is created (`rd_kafka_conf(rk)` after `rd_kafka_new`). Needs no
//! broker: the handle used for the derived values has no bootstrap servers
//! and is destroyed before it could do anything.

use std::collections::HashMap;
use std::ffi::CStr;
use std::os::raw::{c_char, c_int};

use anyhow::{anyhow, Result};
use rdkafka::bindings as rdsys;
use rdkafka::config::RDKafkaLogLevel;

use super::catalogue::{Catalogue, Property, Scope};
use super::{ClientSettings, Setting, Source};
use crate::redacted::MASK;

/// The value of a global property in force in a running client, asked of
/// the client itself: no property table is read.
pub fn in_force(rk: *mut rdsys::rd_kafka_t, name: &str) -> Option<String> {
    // SAFETY: a live client's configuration, read for the length of the call.
    super::catalogue::conf_value(unsafe { rdsys::rd_kafka_conf(rk) }, name)
}

/// A pointer as librdkafka's dump prints one (`%p`).
fn is_address(v: &str) -> bool {
    v.strip_prefix("0x")
        .is_some_and(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The value shown for a callback or pointer that is set.
const SET_THROUGH_C_API: &str = "(set through the C API)";

/// Which kind of client librdkafka finalizes the configuration for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientKind {
    Producer,
    Consumer,
}

impl ClientKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClientKind::Producer => "producer",
            ClientKind::Consumer => "consumer",
        }
    }
}

type Dump = HashMap<(Scope, String), String>;

/// Effective values of every property, keyed by scope and canonical name.
pub struct Effective {
    pub kind: ClientKind,
    values: Dump,
    /// Values `rd_kafka_new` changed from what the configuration said.
    derived: Dump,
    /// librdkafka refused to create a client with this configuration.
    pub create_error: Option<String>,
}

/// A property's value as klar shows it, with where it came from.
pub struct Resolved<'a> {
    /// `None` when librdkafka has no value (unset strings, callbacks).
    pub value: Option<String>,
    pub source: Source,
    pub setting: Option<&'a Setting>,
    /// For a derived value: what the configuration said before librdkafka
    /// changed it.
    pub configured: Option<String>,
}

impl Effective {
    pub fn compute(settings: &ClientSettings, kind: ClientKind) -> Result<Effective> {
        settings.before_client();
        let config = settings.client_config(RDKafkaLogLevel::Error);
        let native = config
            .create_native_config()
            .map_err(|e| anyhow!("cannot build the librdkafka configuration: {e}"))?;
        // SAFETY: `native` owns a valid conf for the duration of these calls.
        let values = unsafe { dump_conf(native.ptr()) };

        // The derived values: the same configuration without brokers, so
        // that the client cannot connect anywhere in its short life.
        let mut quiet = config.clone();
        quiet
            .remove("bootstrap.servers")
            .remove("metadata.broker.list");
        let native = quiet
            .create_native_config()
            .map_err(|e| anyhow!("cannot build the librdkafka configuration: {e}"))?;
        // SAFETY: the dup is handed to rd_kafka_new, which takes ownership on
        // success; on failure we destroy it.
        let (after, create_error) = unsafe { created_dump(native.ptr(), kind) };
        let before = unsafe { dump_conf(native.ptr()) };
        let derived = after
            .into_iter()
            .filter(|(k, v)| before.get(k) != Some(v))
            .collect();
        Ok(Effective {
            kind,
            values,
            derived,
            create_error: create_error.map(|e| crate::redacted::scrub(&e, &settings.secrets())),
        })
    }

    /// The value librdkafka holds for a row and its source, secrets masked.
    pub fn resolve<'a>(&self, p: &Property, settings: &'a ClientSettings) -> Resolved<'a> {
        let key = (p.scope, p.canonical().to_string());
        let setting = settings.get_scoped(p.canonical(), p.scope);
        let mask = |v: String| {
            if p.is_sensitive() {
                MASK.to_string()
            } else {
                v
            }
        };
        let value = self.values.get(&key);
        if p.is_api_only() && value.is_none_or(|v| is_address(v)) {
            // The address of a function or a buffer: nothing to read in it,
            // and a different number in every run, which would make two
            // dumps of one configuration differ. No -X can set one, and
            // the callbacks klar sets come with the client, after this dump.
            return Resolved {
                value: value.map(|_| SET_THROUGH_C_API.to_string()),
                source: Source::LibrdkafkaDefault,
                setting: None,
                configured: None,
            };
        }
        if let Some(v) = self.derived.get(&key) {
            return Resolved {
                value: Some(mask(v.clone())),
                source: Source::Derived,
                setting,
                configured: self.values.get(&key).cloned().map(mask),
            };
        }
        if let Some(s) = setting {
            return Resolved {
                value: Some(s.display_value().to_string()),
                source: s.source.clone(),
                setting,
                configured: None,
            };
        }
        Resolved {
            value: self.values.get(&key).cloned().map(mask),
            source: Source::LibrdkafkaDefault,
            setting: None,
            configured: None,
        }
    }

    /// The value in force for a canonical name at `scope`: librdkafka's
    /// own where it changed one, else the configured or default value.
    pub fn value(&self, scope: Scope, canonical: &str) -> Option<&str> {
        let key = (scope, canonical.to_string());
        self.derived
            .get(&key)
            .or_else(|| self.values.get(&key))
            .map(String::as_str)
    }

    pub fn is_derived(&self, scope: Scope, canonical: &str) -> bool {
        self.derived.contains_key(&(scope, canonical.to_string()))
    }

    /// Rows whose value librdkafka derived, in catalogue order.
    pub fn derived_rows<'c>(&self, cat: &'c Catalogue) -> Vec<&'c Property> {
        cat.properties
            .iter()
            .filter(|p| {
                p.alias_of.is_none()
                    && !p.is_api_only()
                    && self
                        .derived
                        .contains_key(&(p.scope, p.canonical().to_string()))
            })
            .collect()
    }
}

/// Global and default-topic values of a conf.
///
/// # Safety
/// `conf` must be a valid configuration.
unsafe fn dump_conf(conf: *mut rdsys::rd_kafka_conf_t) -> Dump {
    let mut out = Dump::new();
    read_pairs(rdsys_dump(conf), Scope::Global, &mut out);
    let tconf = rdsys::rd_kafka_conf_get_default_topic_conf(conf);
    if tconf.is_null() {
        // No topic property set: the defaults of a fresh topic conf.
        let fresh = rdsys::rd_kafka_topic_conf_new();
        read_pairs(topic_dump(fresh), Scope::Topic, &mut out);
        rdsys::rd_kafka_topic_conf_destroy(fresh);
    } else {
        read_pairs(topic_dump(tconf), Scope::Topic, &mut out);
    }
    out
}

struct Pairs(*mut *const c_char, usize);

unsafe fn rdsys_dump(conf: *mut rdsys::rd_kafka_conf_t) -> Pairs {
    let mut n = 0usize;
    let arr = rdsys::rd_kafka_conf_dump(conf, &mut n);
    Pairs(arr, n)
}

unsafe fn topic_dump(tconf: *mut rdsys::rd_kafka_topic_conf_t) -> Pairs {
    let mut n = 0usize;
    let arr = rdsys::rd_kafka_topic_conf_dump(tconf, &mut n);
    Pairs(arr, n)
}

/// # Safety
/// `pairs` must come from one of librdkafka's dump functions.
unsafe fn read_pairs(pairs: Pairs, scope: Scope, out: &mut Dump) {
    let Pairs(arr, n) = pairs;
    if arr.is_null() {
        return;
    }
    let text = |p: *const c_char| {
        if p.is_null() {
            String::new()
        } else {
            CStr::from_ptr(p).to_string_lossy().into_owned()
        }
    };
    for i in (0..n).step_by(2) {
        out.insert((scope, text(*arr.add(i))), text(*arr.add(i + 1)));
    }
    rdsys::rd_kafka_conf_dump_free(arr, n);
}

unsafe extern "C" fn silent_log(
    _rk: *const rdsys::rd_kafka_t,
    _level: c_int,
    _fac: *const c_char,
    _buf: *const c_char,
) {
}

/// Create a client from a copy of `conf` and dump what it ended up with.
///
/// # Safety
/// `conf` must be a valid configuration; it is not modified.
unsafe fn created_dump(
    conf: *mut rdsys::rd_kafka_conf_t,
    kind: ClientKind,
) -> (Dump, Option<String>) {
    let dup = rdsys::rd_kafka_conf_dup(conf);
    // "No bootstrap.servers configured" and friends are expected here.
    rdsys::rd_kafka_conf_set_log_cb(dup, Some(silent_log));
    // librdkafka finalizes topic defaults (acks with idempotence, ...) only
    // on a default topic conf; give it an untouched one if none exists.
    if rdsys::rd_kafka_conf_get_default_topic_conf(dup).is_null() {
        rdsys::rd_kafka_conf_set_default_topic_conf(dup, rdsys::rd_kafka_topic_conf_new());
    }
    let typ = match kind {
        ClientKind::Producer => rdsys::rd_kafka_type_t::RD_KAFKA_PRODUCER,
        ClientKind::Consumer => rdsys::rd_kafka_type_t::RD_KAFKA_CONSUMER,
    };
    let mut errstr = [0 as c_char; 512];
    let rk = rdsys::rd_kafka_new(typ, dup, errstr.as_mut_ptr(), errstr.len());
    if rk.is_null() {
        rdsys::rd_kafka_conf_destroy(dup);
        let msg = CStr::from_ptr(errstr.as_ptr())
            .to_string_lossy()
            .into_owned();
        return (Dump::new(), Some(msg.replace('`', "")));
    }
    let out = dump_conf(rdsys::rd_kafka_conf(rk) as *mut _);
    rdsys::rd_kafka_destroy_flags(rk, rdsys::RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE as c_int);
    (out, None)
}
