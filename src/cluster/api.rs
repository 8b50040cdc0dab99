//! A small safe layer over librdkafka's Admin API, reached through
//! `rdkafka::bindings` because rdkafka 0.39 wraps only a few of its calls.
//!
//! Every call follows one pattern: C objects owned by RAII guards, a private
//! queue per call (so rdkafka's own admin polling thread never sees our
//! events), a blocking wait bounded by the client's timeout, and results
//! copied into plain Rust values before the event is destroyed. Codes and
//! enums that a broker chooses (error codes, config sources, group states)
//! are read as integers through our own declarations of the same C symbols:
//! a value newer than this build's bindgen enums must not become undefined
//! behaviour.

use std::ffi::{CStr, CString};
use std::fmt;
use std::os::raw::{c_char, c_int};
use std::ptr;
use std::time::{Duration, Instant};

use anyhow::Result;
use rdkafka::bindings as rd;
use rdkafka::client::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::error::KafkaError;
use rdkafka::producer::{BaseProducer, DeliveryResult, Producer, ProducerContext};

use crate::exit_codes::usage;
use crate::kafka_error;
use crate::logging::KlarContext;

/// The same C functions as in the bindings, declared to return `int` where
/// the bindings return a Rust enum.
mod raw {
    use super::rd;
    use std::os::raw::c_int;

    extern "C" {
        #[link_name = "rd_kafka_event_error"]
        pub fn event_error(ev: *mut rd::rd_kafka_event_t) -> c_int;
        #[link_name = "rd_kafka_topic_result_error"]
        pub fn topic_result_error(r: *const rd::rd_kafka_topic_result_t) -> c_int;
        #[link_name = "rd_kafka_error_code"]
        pub fn error_code(e: *const rd::rd_kafka_error_t) -> c_int;
        #[link_name = "rd_kafka_ConfigResource_error"]
        pub fn config_resource_error(r: *const rd::rd_kafka_ConfigResource_t) -> c_int;
        #[link_name = "rd_kafka_ConfigEntry_source"]
        pub fn config_entry_source(e: *const rd::rd_kafka_ConfigEntry_t) -> c_int;
        #[link_name = "rd_kafka_ConsumerGroupListing_state"]
        pub fn listing_state(g: *const rd::rd_kafka_ConsumerGroupListing_t) -> c_int;
        #[link_name = "rd_kafka_ConsumerGroupListing_type"]
        pub fn listing_type(g: *const rd::rd_kafka_ConsumerGroupListing_t) -> c_int;
        #[link_name = "rd_kafka_ConsumerGroupDescription_state"]
        pub fn description_state(g: *const rd::rd_kafka_ConsumerGroupDescription_t) -> c_int;
        #[link_name = "rd_kafka_ConsumerGroupDescription_type"]
        pub fn description_type(g: *const rd::rd_kafka_ConsumerGroupDescription_t) -> c_int;
        #[link_name = "rd_kafka_AclBinding_restype"]
        pub fn acl_restype(a: *const rd::rd_kafka_AclBinding_t) -> c_int;
        #[link_name = "rd_kafka_AclBinding_resource_pattern_type"]
        pub fn acl_pattern(a: *const rd::rd_kafka_AclBinding_t) -> c_int;
        #[link_name = "rd_kafka_AclBinding_operation"]
        pub fn acl_operation(a: *const rd::rd_kafka_AclBinding_t) -> c_int;
        #[link_name = "rd_kafka_AclBinding_permission_type"]
        pub fn acl_permission(a: *const rd::rd_kafka_AclBinding_t) -> c_int;
        #[link_name = "rd_kafka_metadata"]
        pub fn metadata(
            rk: *mut rd::rd_kafka_t,
            all_topics: c_int,
            only_rkt: *mut rd::rd_kafka_topic_t,
            metadatap: *mut *const rd::rd_kafka_metadata_t,
            timeout_ms: c_int,
        ) -> c_int;
    }
}

/// librdkafka's "no offset" (RD_KAFKA_OFFSET_INVALID), also what a group
/// with no committed offset for a partition reports.
pub const NO_OFFSET: i64 = -1001;

const ERR_TIMED_OUT: i32 = -185;
/// librdkafka's "No leaders found" when no partition asked about has one.
const ERR_NOENT: i32 = -156;
pub const ERR_TRANSPORT: i32 = -195;
const ERR_UNSUPPORTED_FEATURE: i32 = -165;
const ERR_UNSUPPORTED_VERSION: i32 = 35;
const ERR_SECURITY_DISABLED: i32 = 54;

/// The admin APIs klar calls, by the names Kafka and librdkafka use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Api {
    CreateTopics,
    DeleteTopics,
    CreatePartitions,
    DescribeConfigs,
    IncrementalAlterConfigs,
    DeleteRecords,
    DeleteGroups,
    ListConsumerGroups,
    DescribeConsumerGroups,
    ListConsumerGroupOffsets,
    AlterConsumerGroupOffsets,
    DeleteConsumerGroupOffsets,
    ListOffsets,
    DescribeCluster,
    CreateAcls,
    DescribeAcls,
    DeleteAcls,
}

impl Api {
    pub fn name(self) -> &'static str {
        match self {
            Api::CreateTopics => "CreateTopics",
            Api::DeleteTopics => "DeleteTopics",
            Api::CreatePartitions => "CreatePartitions",
            Api::DescribeConfigs => "DescribeConfigs",
            Api::IncrementalAlterConfigs => "IncrementalAlterConfigs",
            Api::DeleteRecords => "DeleteRecords",
            Api::DeleteGroups => "DeleteGroups",
            Api::ListConsumerGroups => "ListConsumerGroups",
            Api::DescribeConsumerGroups => "DescribeConsumerGroups",
            Api::ListConsumerGroupOffsets => "ListConsumerGroupOffsets",
            Api::AlterConsumerGroupOffsets => "AlterConsumerGroupOffsets",
            Api::DeleteConsumerGroupOffsets => "DeleteConsumerGroupOffsets (OffsetDelete)",
            Api::ListOffsets => "ListOffsets",
            Api::DescribeCluster => "DescribeCluster",
            Api::CreateAcls => "CreateAcls",
            Api::DescribeAcls => "DescribeAcls",
            Api::DeleteAcls => "DeleteAcls",
        }
    }

    /// The Kafka Improvement Proposal that brought the API, for messages
    /// about brokers that lack it.
    pub fn kip(self) -> &'static str {
        match self {
            Api::CreateTopics | Api::DeleteTopics => "KIP-4",
            Api::CreatePartitions => "KIP-195",
            Api::DescribeConfigs => "KIP-133",
            Api::IncrementalAlterConfigs => "KIP-339",
            Api::DeleteRecords => "KIP-107",
            Api::DeleteGroups => "KIP-229",
            Api::ListConsumerGroups | Api::DescribeConsumerGroups => "KIP-518",
            Api::ListConsumerGroupOffsets => "KIP-88",
            Api::AlterConsumerGroupOffsets => "KIP-396",
            Api::DeleteConsumerGroupOffsets => "KIP-496",
            Api::ListOffsets => "KIP-396",
            Api::DescribeCluster => "KIP-700",
            Api::CreateAcls | Api::DescribeAcls | Api::DeleteAcls => "KIP-140",
        }
    }

    fn op(self) -> rd::rd_kafka_admin_op_t {
        use rd::rd_kafka_admin_op_t::*;
        match self {
            Api::CreateTopics => RD_KAFKA_ADMIN_OP_CREATETOPICS,
            Api::DeleteTopics => RD_KAFKA_ADMIN_OP_DELETETOPICS,
            Api::CreatePartitions => RD_KAFKA_ADMIN_OP_CREATEPARTITIONS,
            Api::DescribeConfigs => RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS,
            Api::IncrementalAlterConfigs => RD_KAFKA_ADMIN_OP_INCREMENTALALTERCONFIGS,
            Api::DeleteRecords => RD_KAFKA_ADMIN_OP_DELETERECORDS,
            Api::DeleteGroups => RD_KAFKA_ADMIN_OP_DELETEGROUPS,
            Api::ListConsumerGroups => RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS,
            Api::DescribeConsumerGroups => RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS,
            Api::ListConsumerGroupOffsets => RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS,
            Api::AlterConsumerGroupOffsets => RD_KAFKA_ADMIN_OP_ALTERCONSUMERGROUPOFFSETS,
            Api::DeleteConsumerGroupOffsets => RD_KAFKA_ADMIN_OP_DELETECONSUMERGROUPOFFSETS,
            Api::ListOffsets => RD_KAFKA_ADMIN_OP_LISTOFFSETS,
            Api::DescribeCluster => RD_KAFKA_ADMIN_OP_DESCRIBECLUSTER,
            Api::CreateAcls => RD_KAFKA_ADMIN_OP_CREATEACLS,
            Api::DescribeAcls => RD_KAFKA_ADMIN_OP_DESCRIBEACLS,
            Api::DeleteAcls => RD_KAFKA_ADMIN_OP_DELETEACLS,
        }
    }

    fn event_type(self) -> i32 {
        match self {
            Api::CreateTopics => rd::RD_KAFKA_EVENT_CREATETOPICS_RESULT,
            Api::DeleteTopics => rd::RD_KAFKA_EVENT_DELETETOPICS_RESULT,
            Api::CreatePartitions => rd::RD_KAFKA_EVENT_CREATEPARTITIONS_RESULT,
            Api::DescribeConfigs => rd::RD_KAFKA_EVENT_DESCRIBECONFIGS_RESULT,
            Api::IncrementalAlterConfigs => rd::RD_KAFKA_EVENT_INCREMENTALALTERCONFIGS_RESULT,
            Api::DeleteRecords => rd::RD_KAFKA_EVENT_DELETERECORDS_RESULT,
            Api::DeleteGroups => rd::RD_KAFKA_EVENT_DELETEGROUPS_RESULT,
            Api::ListConsumerGroups => rd::RD_KAFKA_EVENT_LISTCONSUMERGROUPS_RESULT,
            Api::DescribeConsumerGroups => rd::RD_KAFKA_EVENT_DESCRIBECONSUMERGROUPS_RESULT,
            Api::ListConsumerGroupOffsets => rd::RD_KAFKA_EVENT_LISTCONSUMERGROUPOFFSETS_RESULT,
            Api::AlterConsumerGroupOffsets => rd::RD_KAFKA_EVENT_ALTERCONSUMERGROUPOFFSETS_RESULT,
            Api::DeleteConsumerGroupOffsets => rd::RD_KAFKA_EVENT_DELETECONSUMERGROUPOFFSETS_RESULT,
            Api::ListOffsets => rd::RD_KAFKA_EVENT_LISTOFFSETS_RESULT,
            Api::DescribeCluster => rd::RD_KAFKA_EVENT_DESCRIBECLUSTER_RESULT,
            Api::CreateAcls => rd::RD_KAFKA_EVENT_CREATEACLS_RESULT,
            Api::DescribeAcls => rd::RD_KAFKA_EVENT_DESCRIBEACLS_RESULT,
            Api::DeleteAcls => rd::RD_KAFKA_EVENT_DELETEACLS_RESULT,
        }
    }

    /// librdkafka sends these to the controller and waits for one to be known.
    pub fn needs_controller(self) -> bool {
        matches!(
            self,
            Api::CreateTopics
                | Api::DeleteTopics
                | Api::CreatePartitions
                | Api::DescribeCluster
                | Api::DescribeConfigs
                | Api::IncrementalAlterConfigs
                | Api::CreateAcls
                | Api::DescribeAcls
                | Api::DeleteAcls
        )
    }
}

/// A whole admin request failed.
#[derive(Debug, Clone)]
pub struct AdminError {
    pub api: Api,
    pub code: i32,
    pub message: String,
    pub waited: Duration,
}

impl AdminError {
    pub fn code_name(&self) -> String {
        kafka_error::raw_code_name(self.code)
    }

    pub fn timed_out(&self) -> bool {
        self.code == ERR_TIMED_OUT
    }

    /// The broker lacks the API, or refuses it as a feature it does not run.
    pub fn is_unsupported(&self) -> bool {
        matches!(
            self.code,
            ERR_UNSUPPORTED_FEATURE | ERR_UNSUPPORTED_VERSION | ERR_SECURITY_DISABLED
        )
    }
}

impl fmt::Display for AdminError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let api = self.api.name();
        let kip = self.api.kip();
        let detail = format!("{}: {}", self.code_name(), self.message);
        match self.code {
            _ if self.is_unsupported() => {
                write!(
                    f,
                    "{api} ({kip}) is not supported by the cluster ({detail})"
                )
            }
            ERR_TRANSPORT => write!(
                f,
                "{api} ({kip}): the broker closed the connection, which some brokers do for an \
                 API they do not implement ({detail})"
            ),
            ERR_TIMED_OUT => write!(
                f,
                "{api} ({kip}): no answer within {:.1}s ({detail})",
                self.waited.as_secs_f64()
            ),
            ERR_NOENT if self.api == Api::ListOffsets => write!(
                f,
                "{api}: no partition asked about has a leader (its broker is down, or none \
                 is elected yet) ({detail})"
            ),
            _ => write!(f, "{api} failed: {detail}"),
        }
    }
}

impl std::error::Error for AdminError {}

impl AdminError {
    /// A request the cluster did not answer in time ends klar with the
    /// exit status of a cluster that cannot be reached (3), as the README
    /// promises for `--timeout`; every other failure is exit 1.
    pub fn into_error(self) -> anyhow::Error {
        if self.code == ERR_TIMED_OUT {
            crate::exit_codes::unreachable(self.to_string())
        } else {
            anyhow::Error::new(self)
        }
    }
}

/// The error of one item (a topic, a group, a partition) inside a result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemError {
    pub code: i32,
    pub message: String,
}

impl ItemError {
    pub fn code_name(&self) -> String {
        kafka_error::raw_code_name(self.code)
    }

    pub fn timed_out(&self) -> bool {
        self.code == ERR_TIMED_OUT
    }

    /// As displayed, with the properties that govern the code, for the
    /// lines that end a command.
    pub fn with_hint(&self) -> String {
        kafka_error::describe_named(&self.code_name(), &self.message)
    }

    fn from_code(code: i32, message: *const c_char) -> Option<ItemError> {
        if code == 0 {
            return None;
        }
        // SAFETY: a string owned by the result, or null.
        let mut message = unsafe { opt_string(message) }.unwrap_or_default();
        if message.is_empty() {
            message = kafka_error::raw_text(code);
        }
        Some(ItemError { code, message })
    }

    /// SAFETY: `e` is null or a live `rd_kafka_error_t`.
    unsafe fn from_error(e: *const rd::rd_kafka_error_t) -> Option<ItemError> {
        if e.is_null() {
            return None;
        }
        ItemError::from_code(raw::error_code(e), rd::rd_kafka_error_string(e))
    }
}

impl ItemError {
    /// The same error, saying which API the cluster lacks when it is one
    /// (librdkafka's own text, "Required feature not supported by broker",
    /// names neither the API nor its KIP).
    pub fn naming(mut self, api: Api) -> ItemError {
        if matches!(
            self.code,
            ERR_UNSUPPORTED_FEATURE | ERR_UNSUPPORTED_VERSION | ERR_SECURITY_DISABLED
        ) {
            self.message = format!(
                "{} ({}) is not supported by the cluster ({})",
                api.name(),
                api.kip(),
                self.message
            );
        }
        self
    }
}

impl fmt::Display for ItemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code_name(), self.message)
    }
}

/// SAFETY: `p` is null or a NUL-terminated string that outlives the call.
unsafe fn opt_string(p: *const c_char) -> Option<String> {
    if p.is_null() {
        None
    } else {
        Some(CStr::from_ptr(p).to_string_lossy().into_owned())
    }
}

/// SAFETY: as `opt_string`.
unsafe fn string(p: *const c_char) -> String {
    opt_string(p).unwrap_or_default()
}

/// SAFETY: `p` points to `n` pointers that live as long as `'a`, or is null.
unsafe fn slice<'a, T>(p: *mut *const T, n: usize) -> &'a [*const T] {
    if p.is_null() || n == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(p, n)
    }
}

fn cstring(what: &str, s: &str) -> Result<CString> {
    CString::new(s).map_err(|_| usage(format!("{what} {s:?} contains a NUL byte")))
}

/// One owned librdkafka object, destroyed with its own `*_destroy`.
struct Owned<T> {
    ptr: *mut T,
    destroy: unsafe extern "C" fn(*mut T),
}

impl<T> Owned<T> {
    fn new(ptr: *mut T, destroy: unsafe extern "C" fn(*mut T)) -> Owned<T> {
        Owned { ptr, destroy }
    }
}

impl<T> Drop for Owned<T> {
    fn drop(&mut self) {
        if !self.ptr.is_null() {
            // SAFETY: created by the matching *_new, destroyed exactly once.
            unsafe { (self.destroy)(self.ptr) }
        }
    }
}

/// An array of owned objects, passed to librdkafka as `T **`; librdkafka
/// copies what it needs, so the objects are destroyed when the call is made.
struct OwnedArray<T> {
    ptrs: Vec<*mut T>,
    destroy: unsafe extern "C" fn(*mut T),
}

impl<T> OwnedArray<T> {
    fn new(destroy: unsafe extern "C" fn(*mut T)) -> Self {
        OwnedArray {
            ptrs: Vec::new(),
            destroy,
        }
    }

    /// Takes ownership of `p` at once, so an error later frees it too.
    fn push(&mut self, p: *mut T) -> *mut T {
        self.ptrs.push(p);
        p
    }
}

/// A new config resource, owned by the caller. librdkafka answers NULL for
/// a name it cannot use (an empty one), which must not reach a request.
fn config_resource(kind: ResourceKind, name: &str) -> Result<*mut rd::rd_kafka_ConfigResource_t> {
    let c = cstring("resource name", name)?;
    // SAFETY: valid C string, copied by librdkafka.
    let r = unsafe { rd::rd_kafka_ConfigResource_new(kind.raw(), c.as_ptr()) };
    if r.is_null() {
        return Err(usage(format!(
            "{name:?}: librdkafka takes no config resource of that name"
        )));
    }
    Ok(r)
}

impl<T> Drop for OwnedArray<T> {
    fn drop(&mut self) {
        for p in &self.ptrs {
            if !p.is_null() {
                // SAFETY: each was created by the matching *_new, destroyed once.
                unsafe { (self.destroy)(*p) }
            }
        }
    }
}

/// A topic-partition list built from Rust values.
struct Tpl(Owned<rd::rd_kafka_topic_partition_list_t>);

impl Tpl {
    fn new(parts: &[(String, i32, i64)]) -> Result<Tpl> {
        // SAFETY: a fresh list, owned by the guard from here on.
        let list = Tpl(Owned::new(
            unsafe { rd::rd_kafka_topic_partition_list_new(parts.len() as c_int) },
            rd::rd_kafka_topic_partition_list_destroy,
        ));
        for (topic, partition, offset) in parts {
            let t = cstring("topic name", topic)?;
            // SAFETY: the list is live; librdkafka copies the topic name.
            unsafe {
                let e = rd::rd_kafka_topic_partition_list_add(list.0.ptr, t.as_ptr(), *partition);
                (*e).offset = *offset;
            }
        }
        Ok(list)
    }
}

impl Tpl {
    /// Partitions with no offset.
    fn of_partitions(parts: &[(String, i32)]) -> Result<Tpl> {
        let p: Vec<_> = parts
            .iter()
            .map(|(t, p)| (t.clone(), *p, NO_OFFSET))
            .collect();
        Tpl::new(&p)
    }
}

/// One partition of a result list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionResult {
    pub topic: String,
    pub partition: i32,
    pub offset: i64,
    pub error: Option<ItemError>,
}

/// SAFETY: `e` points to a live element of a topic-partition list.
unsafe fn partition_result(e: *const rd::rd_kafka_topic_partition_t) -> PartitionResult {
    // The error field is a C enum: read it as the int it is.
    let code = ptr::read(ptr::addr_of!((*e).err) as *const i32);
    PartitionResult {
        topic: string((*e).topic),
        partition: (*e).partition,
        offset: (*e).offset,
        error: ItemError::from_code(code, ptr::null()),
    }
}

/// SAFETY: `list` is null or a live topic-partition list.
unsafe fn read_tpl(list: *const rd::rd_kafka_topic_partition_list_t) -> Vec<PartitionResult> {
    if list.is_null() || (*list).cnt <= 0 {
        return Vec::new();
    }
    (0..(*list).cnt as usize)
        .map(|i| partition_result((*list).elems.add(i)))
        .collect()
}

/// An admin event, destroyed when dropped.
struct Event(Owned<rd::rd_kafka_event_t>);

impl Event {
    fn ptr(&self) -> *mut rd::rd_kafka_event_t {
        self.0.ptr
    }
}

/// A broker as admin results name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub id: i32,
    pub host: String,
    pub port: u16,
    pub rack: Option<String>,
}

/// SAFETY: `n` is null or a live node.
unsafe fn node(n: *const rd::rd_kafka_Node_t) -> Option<Node> {
    if n.is_null() {
        return None;
    }
    Some(Node {
        id: rd::rd_kafka_Node_id(n),
        host: string(rd::rd_kafka_Node_host(n)),
        port: rd::rd_kafka_Node_port(n),
        rack: opt_string(rd::rd_kafka_Node_rack(n)).filter(|r| !r.is_empty()),
    })
}

/// The brokers the bootstrap connection reported, and the controller.
#[derive(Debug, Clone)]
pub struct Brokers {
    pub brokers: Vec<(i32, String, i32)>,
    pub controller: i32,
}

impl Brokers {
    /// False when `api` goes to the controller and the cluster names a
    /// controller that is none of its brokers (librdkafka's mock cluster):
    /// librdkafka would hold the request until the timeout.
    pub fn controller_reachable(&self, api: Api) -> bool {
        let c = self.controller;
        !(api.needs_controller() && c >= 0 && !self.brokers.iter().any(|b| b.0 == c))
    }
}

#[derive(Debug, Clone)]
pub struct ClusterDescription {
    pub cluster_id: Option<String>,
    // The layer returns the whole result; the CLI takes the controller from Metadata.
    #[allow(dead_code)]
    pub controller: Option<Node>,
    pub nodes: Vec<Node>,
}

#[derive(Debug, Clone)]
pub struct NewTopic {
    pub name: String,
    /// -1: the broker's num.partitions.
    pub partitions: i32,
    /// -1: the broker's default.replication.factor.
    pub replication: i32,
    /// Replicas per partition, when given instead of a count.
    pub assignment: Vec<Vec<i32>>,
    pub configs: Vec<(String, String)>,
}

/// The outcome for one named thing (topic, group, resource).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedResult {
    pub name: String,
    pub error: Option<ItemError>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResourceKind {
    Topic,
    Group,
    Broker,
}

impl ResourceKind {
    fn raw(self) -> rd::rd_kafka_ResourceType_t {
        match self {
            ResourceKind::Topic => rd::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_TOPIC,
            ResourceKind::Group => rd::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_GROUP,
            ResourceKind::Broker => rd::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_BROKER,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ResourceKind::Topic => "topic",
            ResourceKind::Group => "group",
            ResourceKind::Broker => "broker",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigEntry {
    pub name: String,
    /// None for sensitive entries and entries with no value.
    pub value: Option<String>,
    /// Kafka's ConfigSource number; see `config_source_name`.
    pub source: i32,
    pub read_only: bool,
    pub is_default: bool,
    pub sensitive: bool,
    pub synonyms: Vec<ConfigEntry>,
}

/// Kafka's names for config sources, including ones this librdkafka has
/// no enum value for.
pub fn config_source_name(source: i32) -> &'static str {
    match source {
        1 => "dynamic topic",
        2 => "dynamic broker",
        3 => "dynamic default broker",
        4 => "static broker",
        5 => "default",
        6 => "dynamic broker logger",
        7 => "client metrics",
        8 => "group",
        _ => "unknown",
    }
}

/// SAFETY: `e` is a live config entry.
unsafe fn config_entry(e: *const rd::rd_kafka_ConfigEntry_t, depth: u8) -> ConfigEntry {
    let mut synonyms = Vec::new();
    if depth == 0 {
        let mut n = 0usize;
        let syn = rd::rd_kafka_ConfigEntry_synonyms(e, &mut n);
        synonyms = slice(syn, n).iter().map(|s| config_entry(*s, 1)).collect();
    }
    ConfigEntry {
        name: string(rd::rd_kafka_ConfigEntry_name(e)),
        value: opt_string(rd::rd_kafka_ConfigEntry_value(e)),
        source: raw::config_entry_source(e),
        read_only: rd::rd_kafka_ConfigEntry_is_read_only(e) != 0,
        is_default: rd::rd_kafka_ConfigEntry_is_default(e) != 0,
        sensitive: rd::rd_kafka_ConfigEntry_is_sensitive(e) != 0,
        synonyms,
    }
}

#[derive(Debug, Clone)]
pub struct ConfigResourceResult {
    #[allow(dead_code)] // one resource per call in the CLI
    pub name: String,
    pub error: Option<ItemError>,
    pub entries: Vec<ConfigEntry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlterOp {
    Set,
    Delete,
    Append,
    Subtract,
}

impl AlterOp {
    fn raw(self) -> rd::rd_kafka_AlterConfigOpType_t {
        use rd::rd_kafka_AlterConfigOpType_t::*;
        match self {
            AlterOp::Set => RD_KAFKA_ALTER_CONFIG_OP_TYPE_SET,
            AlterOp::Delete => RD_KAFKA_ALTER_CONFIG_OP_TYPE_DELETE,
            AlterOp::Append => RD_KAFKA_ALTER_CONFIG_OP_TYPE_APPEND,
            AlterOp::Subtract => RD_KAFKA_ALTER_CONFIG_OP_TYPE_SUBTRACT,
        }
    }
}

/// Group states as librdkafka numbers them.
/// Kafka's GROUP_ID_NOT_FOUND.
pub const GROUP_ID_NOT_FOUND: i32 = 69;

pub const GROUP_STATES: &[&str] = &[
    "Unknown",
    "PreparingRebalance",
    "CompletingRebalance",
    "Stable",
    "Dead",
    "Empty",
];

pub fn group_state_name(state: i32) -> &'static str {
    GROUP_STATES
        .get(state as usize)
        .copied()
        .unwrap_or("Unknown")
}

pub fn group_type_name(t: i32) -> &'static str {
    match t {
        1 => "consumer",
        2 => "classic",
        _ => "unknown",
    }
}

#[derive(Debug, Clone)]
pub struct GroupListing {
    pub group: String,
    pub state: i32,
    pub group_type: i32,
    pub simple: bool,
}

#[derive(Debug, Clone)]
pub struct Member {
    pub consumer_id: String,
    pub client_id: String,
    pub host: String,
    pub instance_id: Option<String>,
    pub assignment: Vec<(String, i32)>,
}

#[derive(Debug, Clone)]
pub struct GroupDescription {
    pub group: String,
    pub error: Option<ItemError>,
    pub state: i32,
    pub group_type: i32,
    #[allow(dead_code)] // the type column says as much
    pub simple: bool,
    pub assignor: String,
    pub coordinator: Option<Node>,
    pub members: Vec<Member>,
}

/// A group's offsets as a result carries them.
#[derive(Debug, Clone)]
pub struct GroupOffsets {
    pub group: String,
    pub error: Option<ItemError>,
    pub partitions: Vec<PartitionResult>,
}

/// What to look an offset up by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetSpec {
    Earliest,
    Latest,
    MaxTimestamp,
    /// The first offset whose timestamp is at or after this (ms).
    Timestamp(i64),
}

impl OffsetSpec {
    fn raw(self) -> i64 {
        match self {
            OffsetSpec::Earliest => -2,
            OffsetSpec::Latest => -1,
            OffsetSpec::MaxTimestamp => -3,
            OffsetSpec::Timestamp(t) => t,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedOffset {
    pub topic: String,
    pub partition: i32,
    /// -1 when no record matches (a timestamp after the last record).
    pub offset: i64,
    pub timestamp: i64,
    pub error: Option<ItemError>,
}

/// An ACL binding, or a filter when fields are "any".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Acl {
    pub resource_type: i32,
    pub resource_name: Option<String>,
    pub pattern_type: i32,
    pub principal: Option<String>,
    pub host: Option<String>,
    pub operation: i32,
    pub permission: i32,
}

pub const ACL_RESOURCE_TYPES: &[&str] = &[
    "unknown",
    "any",
    "topic",
    "group",
    "cluster",
    "transactional-id",
];
pub const ACL_PATTERN_TYPES: &[&str] = &["unknown", "any", "match", "literal", "prefixed"];
pub const ACL_OPERATIONS: &[&str] = &[
    "unknown",
    "any",
    "all",
    "read",
    "write",
    "create",
    "delete",
    "alter",
    "describe",
    "cluster-action",
    "describe-configs",
    "alter-configs",
    "idempotent-write",
];
pub const ACL_PERMISSIONS: &[&str] = &["unknown", "any", "deny", "allow"];

/// The name of an enum value from one of the tables above.
pub fn enum_name(table: &[&'static str], v: i32) -> String {
    match table.get(v as usize) {
        Some(s) if v >= 0 => s.to_string(),
        _ => format!("unknown({v})"),
    }
}

/// SAFETY: `a` is a live binding.
unsafe fn acl(a: *const rd::rd_kafka_AclBinding_t) -> Acl {
    Acl {
        resource_type: raw::acl_restype(a),
        resource_name: opt_string(rd::rd_kafka_AclBinding_name(a)),
        pattern_type: raw::acl_pattern(a),
        principal: opt_string(rd::rd_kafka_AclBinding_principal(a)),
        host: opt_string(rd::rd_kafka_AclBinding_host(a)),
        operation: raw::acl_operation(a),
        permission: raw::acl_permission(a),
    }
}

/// Converts a table index to the bindgen enum only for values in range,
/// so no invalid enum value is ever made.
macro_rules! checked_enum {
    ($name:ident, $ty:ty, $max:expr) => {
        fn $name(v: i32) -> Result<$ty> {
            if (0..$max).contains(&v) {
                // SAFETY: $ty is repr(u32) with every value in 0..$max defined.
                Ok(unsafe { std::mem::transmute::<u32, $ty>(v as u32) })
            } else {
                Err(usage(format!("value {v} is out of range")))
            }
        }
    };
}
checked_enum!(restype_of, rd::rd_kafka_ResourceType_t, 6);
checked_enum!(pattern_of, rd::rd_kafka_ResourcePatternType_t, 5);
checked_enum!(operation_of, rd::rd_kafka_AclOperation_t, 13);
checked_enum!(permission_of, rd::rd_kafka_AclPermissionType_t, 4);
checked_enum!(group_state_of, rd::rd_kafka_consumer_group_state_t, 6);

/// SAFETY-free helper: an optional string as a C string, or null.
fn opt_cstring(what: &str, s: &Option<String>) -> Result<Option<CString>> {
    s.as_deref().map(|v| cstring(what, v)).transpose()
}

fn cptr(s: &Option<CString>) -> *const c_char {
    s.as_ref().map_or(ptr::null(), |c| c.as_ptr())
}

/// Options for one call beyond the timeout.
#[derive(Debug, Default, Clone)]
pub struct Options {
    pub validate_only: bool,
    pub require_stable_offsets: bool,
    pub read_committed: bool,
    pub match_states: Vec<i32>,
}

/// librdkafka's admin handle is a producer that never produces; this
/// context only forwards logs and errors to klar's.
pub struct AdminContext(pub KlarContext);

impl ClientContext for AdminContext {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, msg: &str) {
        // A broker that drops the connection (as some do to refuse an API)
        // is logged by librdkafka as FAIL; the call it broke reports that
        // itself, in its one error line, so the log is only for -vv.
        if fac == "FAIL" {
            tracing::debug!("[{fac}] {msg}");
            return;
        }
        self.0.log(level, fac, msg)
    }
    fn error(&self, error: KafkaError, reason: &str) {
        // Every admin call reports its own outcome, and the cluster was
        // reached before the first one; a dropped connection (which some
        // brokers use to refuse an API) would only say the same thing twice.
        use rdkafka::types::RDKafkaErrorCode::{AllBrokersDown, BrokerTransportFailure};
        if matches!(
            error.rdkafka_error_code(),
            Some(AllBrokersDown | BrokerTransportFailure)
        ) {
            if let Some(code) = error.rdkafka_error_code() {
                self.0.note_failure(code as i32, reason);
            }
            tracing::debug!("{error}: {reason}");
            return;
        }
        self.0.error(error, reason)
    }
}

impl crate::logging::HasKlarContext for AdminContext {
    fn klar(&self) -> &KlarContext {
        &self.0
    }
}

impl ProducerContext for AdminContext {
    type DeliveryOpaque = ();
    fn delivery(&self, _: &DeliveryResult<'_>, _: ()) {}
}

/// An admin client: one librdkafka handle, any number of calls on it.
pub struct Admin {
    client: std::mem::ManuallyDrop<BaseProducer<AdminContext>>,
    timeout: Duration,
    /// librdkafka 2.12 releases its ops queue twice when a broker lacks an
    /// API sent to a group coordinator (rd_kafka_coord_req_fsm destroys the
    /// reply queue the request builder already destroyed), and then aborts
    /// in rd_kafka_destroy. Such a handle is left to the process exit.
    poisoned: std::cell::Cell<bool>,
    /// Serves the client's logs; stopped before the client is destroyed.
    logs: Option<crate::logging::LogServer<AdminContext>>,
}

impl Drop for Admin {
    fn drop(&mut self) {
        // Destroying is only worth its time when its logs are shown: every
        // call has had its answer, and nothing is queued to be delivered.
        let logged = self.logs.is_some();
        drop(self.logs.take());
        if self.poisoned.get() {
            tracing::debug!("not destroying the admin client: librdkafka's queue refcount is off");
            crate::ending::client_left_running();
            return;
        }
        if !logged {
            tracing::debug!("admin client left running until the process ends");
            crate::ending::client_left_running();
            return;
        }
        // SAFETY: dropped once, here.
        unsafe { std::mem::ManuallyDrop::drop(&mut self.client) }
    }
}

impl Api {
    /// Routed through librdkafka's group-coordinator request path.
    fn via_coordinator(self) -> bool {
        matches!(
            self,
            Api::DeleteGroups
                | Api::DescribeConsumerGroups
                | Api::ListConsumerGroupOffsets
                | Api::AlterConsumerGroupOffsets
                | Api::DeleteConsumerGroupOffsets
        )
    }
}

impl Admin {
    /// With `serve_logs`, librdkafka's logs are printed as they come, even
    /// while a call blocks.
    pub fn new(client: BaseProducer<AdminContext>, timeout: Duration, serve_logs: bool) -> Admin {
        let logs = serve_logs.then(|| {
            // SAFETY: dropped before the client, in `drop`.
            let mut logs = unsafe {
                crate::logging::LogServer::main_queue(
                    client.client().native_ptr(),
                    client.context().clone(),
                )
            };
            logs.start();
            logs
        });
        Admin {
            client: std::mem::ManuallyDrop::new(client),
            timeout,
            poisoned: std::cell::Cell::new(false),
            logs,
        }
    }

    fn check_poison(&self, api: Api, code: i32) {
        if api.via_coordinator()
            && matches!(code, ERR_UNSUPPORTED_FEATURE | ERR_UNSUPPORTED_VERSION)
        {
            self.poisoned.set(true);
        }
    }

    pub fn client(&self) -> &BaseProducer<AdminContext> {
        &self.client
    }

    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// For callers that share one --timeout among several requests.
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }

    fn rk(&self) -> *mut rd::rd_kafka_t {
        self.client.client().native_ptr()
    }

    fn timeout_ms(&self) -> c_int {
        self.timeout.as_millis().min(i32::MAX as u128) as c_int
    }

    /// The brokers and controller from a Metadata response (`md`), which
    /// primed librdkafka's cache with the controller id too.
    pub fn brokers_of(&self, md: &rdkafka::metadata::Metadata) -> Brokers {
        // SAFETY: live client; 0 ms reads the cached value.
        let controller = unsafe { rd::rd_kafka_controllerid(self.rk(), 0) };
        Brokers {
            brokers: md
                .brokers()
                .iter()
                .map(|b| (b.id(), b.host().to_string(), b.port()))
                .collect(),
            controller,
        }
    }

    /// The brokers and controller, from a Metadata request for no topics.
    /// An error here means no broker answered.
    pub fn brokers(&self) -> std::result::Result<Brokers, ItemError> {
        let mut md: *const rd::rd_kafka_metadata_t = ptr::null();
        // SAFETY: live client; the result is freed below.
        let code =
            unsafe { raw::metadata(self.rk(), 0, ptr::null_mut(), &mut md, self.timeout_ms()) };
        if code != 0 {
            return Err(ItemError::from_code(code, ptr::null()).expect("non-zero code"));
        }
        let mut brokers = Vec::new();
        // SAFETY: md is a live metadata result until destroyed.
        unsafe {
            for i in 0..(*md).broker_cnt.max(0) as usize {
                let b = (*md).brokers.add(i);
                brokers.push(((*b).id, string((*b).host), (*b).port));
            }
            rd::rd_kafka_metadata_destroy(md);
        }
        // SAFETY: live client; 0 ms reads the cached value.
        let controller = unsafe { rd::rd_kafka_controllerid(self.rk(), 0) };
        Ok(Brokers {
            brokers,
            controller,
        })
    }

    /// Run one admin request and wait for its result event.
    fn call(
        &self,
        api: Api,
        opts: &Options,
        start: impl FnOnce(
            *mut rd::rd_kafka_t,
            *const rd::rd_kafka_AdminOptions_t,
            *mut rd::rd_kafka_queue_t,
        ),
    ) -> Result<Event> {
        let rk = self.rk();
        // SAFETY: live client; every object below is owned by a guard.
        let queue = Owned::new(
            unsafe { rd::rd_kafka_queue_new(rk) },
            rd::rd_kafka_queue_destroy,
        );
        let options = Owned::new(
            unsafe { rd::rd_kafka_AdminOptions_new(rk, api.op()) },
            rd::rd_kafka_AdminOptions_destroy,
        );
        self.set_options(api, options.ptr, opts)?;
        start(rk, options.ptr, queue.ptr);
        // librdkafka times the request out itself; this margin only guards
        // against a result that never comes.
        let started = Instant::now();
        let deadline = started + self.timeout + Duration::from_secs(2);
        loop {
            // SAFETY: live queue; the event is owned by the guard.
            let ev = unsafe { rd::rd_kafka_queue_poll(queue.ptr, 100) };
            // Logs and client errors travel on the main queue.
            self.client.poll(Duration::ZERO);
            if !ev.is_null() {
                let ev = Event(Owned::new(ev, rd::rd_kafka_event_destroy));
                // SAFETY: live event.
                let (ty, code) = unsafe {
                    (
                        rd::rd_kafka_event_type(ev.ptr()),
                        raw::event_error(ev.ptr()),
                    )
                };
                if ty != api.event_type() {
                    continue;
                }
                if code != 0 {
                    self.check_poison(api, code);
                    // SAFETY: live event.
                    let msg = unsafe { string(rd::rd_kafka_event_error_string(ev.ptr())) };
                    return Err(AdminError {
                        api,
                        code,
                        message: msg,
                        waited: started.elapsed(),
                    }
                    .into_error());
                }
                return Ok(ev);
            }
            if Instant::now() > deadline {
                return Err(AdminError {
                    api,
                    code: ERR_TIMED_OUT,
                    message: "no result from librdkafka".into(),
                    waited: started.elapsed(),
                }
                .into_error());
            }
        }
    }

    fn set_options(
        &self,
        api: Api,
        o: *mut rd::rd_kafka_AdminOptions_t,
        opts: &Options,
    ) -> Result<()> {
        let mut errstr = [0 as c_char; 512];
        let check = |code: rd::rd_kafka_resp_err_t, errstr: &[c_char]| -> Result<()> {
            if code == rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
                Ok(())
            } else {
                // SAFETY: librdkafka NUL-terminates errstr.
                let msg = unsafe { string(errstr.as_ptr()) };
                Err(anyhow::anyhow!(
                    "{}: cannot set an option: {msg}",
                    api.name()
                ))
            }
        };
        let check_error = |e: *mut rd::rd_kafka_error_t| -> Result<()> {
            if e.is_null() {
                return Ok(());
            }
            let _guard = Owned::new(e, rd::rd_kafka_error_destroy);
            // SAFETY: live error until the guard drops.
            let ie = unsafe { ItemError::from_error(e) };
            Err(anyhow::anyhow!(
                "{}: cannot set an option: {}",
                api.name(),
                ie.map(|e| e.to_string()).unwrap_or_default()
            ))
        };
        let ms = self.timeout_ms();
        // SAFETY: live options; errstr is large enough and NUL-terminated by librdkafka.
        unsafe {
            check(
                rd::rd_kafka_AdminOptions_set_request_timeout(
                    o,
                    ms,
                    errstr.as_mut_ptr(),
                    errstr.len(),
                ),
                &errstr,
            )?;
            if matches!(
                api,
                Api::CreateTopics | Api::DeleteTopics | Api::CreatePartitions | Api::DeleteRecords
            ) {
                check(
                    rd::rd_kafka_AdminOptions_set_operation_timeout(
                        o,
                        ms,
                        errstr.as_mut_ptr(),
                        errstr.len(),
                    ),
                    &errstr,
                )?;
            }
            if opts.validate_only {
                check(
                    rd::rd_kafka_AdminOptions_set_validate_only(
                        o,
                        1,
                        errstr.as_mut_ptr(),
                        errstr.len(),
                    ),
                    &errstr,
                )?;
            }
            if opts.require_stable_offsets {
                check_error(rd::rd_kafka_AdminOptions_set_require_stable_offsets(o, 1))?;
            }
            if opts.read_committed {
                check_error(rd::rd_kafka_AdminOptions_set_isolation_level(
                    o,
                    rd::rd_kafka_IsolationLevel_t::RD_KAFKA_ISOLATION_LEVEL_READ_COMMITTED,
                ))?;
            }
            if !opts.match_states.is_empty() {
                let states = opts
                    .match_states
                    .iter()
                    .map(|s| group_state_of(*s))
                    .collect::<Result<Vec<_>>>()?;
                check_error(rd::rd_kafka_AdminOptions_set_match_consumer_group_states(
                    o,
                    states.as_ptr(),
                    states.len(),
                ))?;
            }
        }
        Ok(())
    }

    pub fn describe_cluster(&self) -> Result<ClusterDescription> {
        let ev = self.call(Api::DescribeCluster, &Options::default(), |rk, o, q| {
            // SAFETY: live handles.
            unsafe { rd::rd_kafka_DescribeCluster(rk, o, q) }
        })?;
        // SAFETY: the event is a DescribeCluster result and outlives the reads.
        unsafe {
            let r = ev.ptr();
            let mut n = 0usize;
            let nodes = slice(rd::rd_kafka_DescribeCluster_result_nodes(r, &mut n), n)
                .iter()
                .filter_map(|p| node(*p))
                .collect();
            Ok(ClusterDescription {
                cluster_id: opt_string(rd::rd_kafka_DescribeCluster_result_cluster_id(r)),
                controller: node(rd::rd_kafka_DescribeCluster_result_controller(r)),
                nodes,
            })
        }
    }

    /// SAFETY: `results` has `n` topic results living as long as the event.
    unsafe fn topic_results(
        results: *mut *const rd::rd_kafka_topic_result_t,
        n: usize,
    ) -> Vec<NamedResult> {
        slice(results, n)
            .iter()
            .map(|r| NamedResult {
                name: string(rd::rd_kafka_topic_result_name(*r)),
                error: ItemError::from_code(
                    raw::topic_result_error(*r),
                    rd::rd_kafka_topic_result_error_string(*r),
                ),
            })
            .collect()
    }

    pub fn create_topics(&self, topics: &[NewTopic], opts: &Options) -> Result<Vec<NamedResult>> {
        let mut arr = OwnedArray::new(rd::rd_kafka_NewTopic_destroy);
        let mut errstr = [0 as c_char; 512];
        for t in topics {
            let name = cstring("topic name", &t.name)?;
            let replication = if t.assignment.is_empty() {
                t.replication
            } else {
                -1
            };
            // SAFETY: valid C string; the result is owned by `arr`.
            let nt = arr.push(unsafe {
                rd::rd_kafka_NewTopic_new(
                    name.as_ptr(),
                    t.partitions,
                    replication,
                    errstr.as_mut_ptr(),
                    errstr.len(),
                )
            });
            if nt.is_null() {
                // SAFETY: librdkafka NUL-terminates errstr.
                let msg = unsafe { string(errstr.as_ptr()) };
                return Err(usage(format!("topic {}: {msg}", t.name)));
            }
            for (p, replicas) in t.assignment.iter().enumerate() {
                // SAFETY: live NewTopic; replicas is a valid slice.
                let code = unsafe {
                    rd::rd_kafka_NewTopic_set_replica_assignment(
                        nt,
                        p as i32,
                        replicas.as_ptr() as *mut i32,
                        replicas.len(),
                        errstr.as_mut_ptr(),
                        errstr.len(),
                    )
                };
                if code != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
                    // SAFETY: as above.
                    let msg = unsafe { string(errstr.as_ptr()) };
                    return Err(usage(format!("--replica-assignment for {}: {msg}", t.name)));
                }
            }
            for (k, v) in &t.configs {
                let (ck, cv) = (cstring("config name", k)?, cstring("config value", v)?);
                // SAFETY: live NewTopic; librdkafka copies the strings.
                let code =
                    unsafe { rd::rd_kafka_NewTopic_set_config(nt, ck.as_ptr(), cv.as_ptr()) };
                if code != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
                    return Err(usage(format!(
                        "-c {k}={v}: {}",
                        kafka_error::raw_code_name(code as i32)
                    )));
                }
            }
        }
        let ev = self.call(Api::CreateTopics, opts, |rk, o, q| {
            // SAFETY: the array lives until after the call returns.
            unsafe { rd::rd_kafka_CreateTopics(rk, arr.ptrs.as_mut_ptr(), arr.ptrs.len(), o, q) }
        })?;
        // SAFETY: a CreateTopics result.
        unsafe {
            let mut n = 0usize;
            let r = rd::rd_kafka_CreateTopics_result_topics(ev.ptr(), &mut n);
            Ok(Self::topic_results(r, n))
        }
    }

    pub fn delete_topics(&self, names: &[String]) -> Result<Vec<NamedResult>> {
        let mut arr = OwnedArray::new(rd::rd_kafka_DeleteTopic_destroy);
        for name in names {
            let c = cstring("topic name", name)?;
            // SAFETY: valid C string, copied by librdkafka.
            arr.push(unsafe { rd::rd_kafka_DeleteTopic_new(c.as_ptr()) });
        }
        let ev = self.call(Api::DeleteTopics, &Options::default(), |rk, o, q| {
            // SAFETY: the array lives until after the call returns.
            unsafe { rd::rd_kafka_DeleteTopics(rk, arr.ptrs.as_mut_ptr(), arr.ptrs.len(), o, q) }
        })?;
        // SAFETY: a DeleteTopics result.
        unsafe {
            let mut n = 0usize;
            let r = rd::rd_kafka_DeleteTopics_result_topics(ev.ptr(), &mut n);
            Ok(Self::topic_results(r, n))
        }
    }

    /// Grow `topic` to `total` partitions.
    pub fn create_partitions(
        &self,
        topic: &str,
        total: usize,
        opts: &Options,
    ) -> Result<Vec<NamedResult>> {
        let mut arr = OwnedArray::new(rd::rd_kafka_NewPartitions_destroy);
        let c = cstring("topic name", topic)?;
        let mut errstr = [0 as c_char; 512];
        // SAFETY: valid C string; owned by `arr`.
        let np = arr.push(unsafe {
            rd::rd_kafka_NewPartitions_new(c.as_ptr(), total, errstr.as_mut_ptr(), errstr.len())
        });
        if np.is_null() {
            // SAFETY: NUL-terminated by librdkafka.
            let msg = unsafe { string(errstr.as_ptr()) };
            return Err(usage(format!("topic {topic}: {msg}")));
        }
        let ev = self.call(Api::CreatePartitions, opts, |rk, o, q| {
            // SAFETY: the array lives until after the call returns.
            unsafe {
                rd::rd_kafka_CreatePartitions(rk, arr.ptrs.as_mut_ptr(), arr.ptrs.len(), o, q)
            }
        })?;
        // SAFETY: a CreatePartitions result.
        unsafe {
            let mut n = 0usize;
            let r = rd::rd_kafka_CreatePartitions_result_topics(ev.ptr(), &mut n);
            Ok(Self::topic_results(r, n))
        }
    }

    /// SAFETY: `res` has `n` resources living as long as the event.
    unsafe fn config_results(
        res: *mut *const rd::rd_kafka_ConfigResource_t,
        n: usize,
    ) -> Vec<ConfigResourceResult> {
        slice(res, n)
            .iter()
            .map(|r| {
                let mut m = 0usize;
                let entries = slice(rd::rd_kafka_ConfigResource_configs(*r, &mut m), m)
                    .iter()
                    .map(|e| config_entry(*e, 0))
                    .collect();
                ConfigResourceResult {
                    name: string(rd::rd_kafka_ConfigResource_name(*r)),
                    error: ItemError::from_code(
                        raw::config_resource_error(*r),
                        rd::rd_kafka_ConfigResource_error_string(*r),
                    ),
                    entries,
                }
            })
            .collect()
    }

    pub fn describe_configs(
        &self,
        kind: ResourceKind,
        names: &[String],
    ) -> Result<Vec<ConfigResourceResult>> {
        let mut arr = OwnedArray::new(rd::rd_kafka_ConfigResource_destroy);
        for name in names {
            arr.push(config_resource(kind, name)?);
        }
        let ev = self.call(Api::DescribeConfigs, &Options::default(), |rk, o, q| {
            // SAFETY: the array lives until after the call returns.
            unsafe { rd::rd_kafka_DescribeConfigs(rk, arr.ptrs.as_mut_ptr(), arr.ptrs.len(), o, q) }
        })?;
        // SAFETY: a DescribeConfigs result.
        unsafe {
            let mut n = 0usize;
            let r = rd::rd_kafka_DescribeConfigs_result_resources(ev.ptr(), &mut n);
            Ok(Self::config_results(r, n))
        }
    }

    /// Change only the named entries of one resource.
    pub fn incremental_alter_configs(
        &self,
        kind: ResourceKind,
        name: &str,
        ops: &[(AlterOp, String, Option<String>)],
        opts: &Options,
    ) -> Result<Vec<ConfigResourceResult>> {
        let mut arr = OwnedArray::new(rd::rd_kafka_ConfigResource_destroy);
        let res = arr.push(config_resource(kind, name)?);
        for (op, key, value) in ops {
            let k = cstring("config name", key)?;
            let v = opt_cstring("config value", value)?;
            // SAFETY: live resource; librdkafka copies the strings.
            let err = unsafe {
                rd::rd_kafka_ConfigResource_add_incremental_config(
                    res,
                    k.as_ptr(),
                    op.raw(),
                    cptr(&v),
                )
            };
            if !err.is_null() {
                let _g = Owned::new(err, rd::rd_kafka_error_destroy);
                // SAFETY: live error until the guard drops.
                let ie = unsafe { ItemError::from_error(err) };
                return Err(usage(format!(
                    "{key}: {}",
                    ie.map(|e| e.message).unwrap_or_default()
                )));
            }
        }
        let ev = self.call(Api::IncrementalAlterConfigs, opts, |rk, o, q| {
            // SAFETY: the array lives until after the call returns.
            unsafe {
                rd::rd_kafka_IncrementalAlterConfigs(
                    rk,
                    arr.ptrs.as_mut_ptr(),
                    arr.ptrs.len(),
                    o,
                    q,
                )
            }
        })?;
        // SAFETY: an IncrementalAlterConfigs result.
        unsafe {
            let mut n = 0usize;
            let r = rd::rd_kafka_IncrementalAlterConfigs_result_resources(ev.ptr(), &mut n);
            Ok(Self::config_results(r, n))
        }
    }

    /// Delete records before the given offsets; per-partition outcomes.
    pub fn delete_records(&self, before: &[(String, i32, i64)]) -> Result<Vec<PartitionResult>> {
        let tpl = Tpl::new(before)?;
        let mut arr = OwnedArray::new(rd::rd_kafka_DeleteRecords_destroy);
        // SAFETY: live list, copied by librdkafka.
        arr.push(unsafe { rd::rd_kafka_DeleteRecords_new(tpl.0.ptr) });
        let ev = self.call(Api::DeleteRecords, &Options::default(), |rk, o, q| {
            // SAFETY: the array lives until after the call returns.
            unsafe { rd::rd_kafka_DeleteRecords(rk, arr.ptrs.as_mut_ptr(), arr.ptrs.len(), o, q) }
        })?;
        // SAFETY: a DeleteRecords result.
        unsafe {
            Ok(read_tpl(rd::rd_kafka_DeleteRecords_result_offsets(
                ev.ptr(),
            )))
        }
    }

    /// SAFETY: `res` has `n` group results living as long as the event.
    unsafe fn group_results(
        &self,
        api: Api,
        res: *mut *const rd::rd_kafka_group_result_t,
        n: usize,
    ) -> Vec<GroupOffsets> {
        let groups: Vec<GroupOffsets> = slice(res, n)
            .iter()
            .map(|g| GroupOffsets {
                group: string(rd::rd_kafka_group_result_name(*g)),
                error: ItemError::from_error(rd::rd_kafka_group_result_error(*g)),
                partitions: read_tpl(rd::rd_kafka_group_result_partitions(*g)),
            })
            .collect();
        for g in &groups {
            let codes = g
                .error
                .iter()
                .chain(g.partitions.iter().filter_map(|p| p.error.as_ref()));
            for e in codes {
                self.check_poison(api, e.code);
            }
        }
        groups
    }

    pub fn delete_groups(&self, groups: &[String]) -> Result<Vec<NamedResult>> {
        let mut arr = OwnedArray::new(rd::rd_kafka_DeleteGroup_destroy);
        for g in groups {
            let c = cstring("group", g)?;
            // SAFETY: valid C string, copied by librdkafka.
            arr.push(unsafe { rd::rd_kafka_DeleteGroup_new(c.as_ptr()) });
        }
        let ev = self.call(Api::DeleteGroups, &Options::default(), |rk, o, q| {
            // SAFETY: the array lives until after the call returns.
            unsafe { rd::rd_kafka_DeleteGroups(rk, arr.ptrs.as_mut_ptr(), arr.ptrs.len(), o, q) }
        })?;
        // SAFETY: a DeleteGroups result.
        let groups = unsafe {
            let mut n = 0usize;
            self.group_results(
                Api::DeleteGroups,
                rd::rd_kafka_DeleteGroups_result_groups(ev.ptr(), &mut n),
                n,
            )
        };
        Ok(groups
            .into_iter()
            .map(|g| NamedResult {
                name: g.group,
                error: g.error,
            })
            .collect())
    }

    pub fn list_groups(&self, opts: &Options) -> Result<(Vec<GroupListing>, Vec<ItemError>)> {
        let ev = self.call(Api::ListConsumerGroups, opts, |rk, o, q| {
            // SAFETY: live handles.
            unsafe { rd::rd_kafka_ListConsumerGroups(rk, o, q) }
        })?;
        // SAFETY: a ListConsumerGroups result.
        unsafe {
            let r = ev.ptr();
            let mut n = 0usize;
            let valid = slice(rd::rd_kafka_ListConsumerGroups_result_valid(r, &mut n), n)
                .iter()
                .map(|g| GroupListing {
                    group: string(rd::rd_kafka_ConsumerGroupListing_group_id(*g)),
                    state: raw::listing_state(*g),
                    group_type: raw::listing_type(*g),
                    simple: rd::rd_kafka_ConsumerGroupListing_is_simple_consumer_group(*g) != 0,
                })
                .collect();
            let mut m = 0usize;
            let errors = slice(rd::rd_kafka_ListConsumerGroups_result_errors(r, &mut m), m)
                .iter()
                .filter_map(|e| ItemError::from_error(*e))
                .collect();
            Ok((valid, errors))
        }
    }

    pub fn describe_groups(&self, groups: &[String]) -> Result<Vec<GroupDescription>> {
        let cs = groups
            .iter()
            .map(|g| cstring("group", g))
            .collect::<Result<Vec<_>>>()?;
        let mut ptrs: Vec<*const c_char> = cs.iter().map(|c| c.as_ptr()).collect();
        let ev = self.call(
            Api::DescribeConsumerGroups,
            &Options::default(),
            |rk, o, q| {
                // SAFETY: the strings live until after the call returns.
                unsafe {
                    rd::rd_kafka_DescribeConsumerGroups(rk, ptrs.as_mut_ptr(), ptrs.len(), o, q)
                }
            },
        )?;
        // SAFETY: a DescribeConsumerGroups result.
        unsafe {
            let mut n = 0usize;
            let gs = rd::rd_kafka_DescribeConsumerGroups_result_groups(ev.ptr(), &mut n);
            let ds: Vec<GroupDescription> =
                slice(gs, n).iter().map(|g| group_description(*g)).collect();
            for d in &ds {
                if let Some(e) = &d.error {
                    self.check_poison(Api::DescribeConsumerGroups, e.code);
                }
            }
            Ok(ds)
        }
    }

    /// The calls that take one group and a partition list and answer with
    /// group results: List/Alter/DeleteConsumerGroupOffsets.
    #[allow(clippy::too_many_arguments)]
    fn group_partitions_call<T>(
        &self,
        api: Api,
        group: &str,
        tpl: Option<&Tpl>,
        opts: &Options,
        new: unsafe extern "C" fn(
            *const c_char,
            *const rd::rd_kafka_topic_partition_list_t,
        ) -> *mut T,
        destroy: unsafe extern "C" fn(*mut T),
        call: unsafe extern "C" fn(
            *mut rd::rd_kafka_t,
            *mut *mut T,
            usize,
            *const rd::rd_kafka_AdminOptions_t,
            *mut rd::rd_kafka_queue_t,
        ),
        results: unsafe extern "C" fn(
            *const rd::rd_kafka_event_t,
            *mut usize,
        ) -> *mut *const rd::rd_kafka_group_result_t,
    ) -> Result<GroupOffsets> {
        let g = cstring("group", group)?;
        let mut arr = OwnedArray::new(destroy);
        // SAFETY: valid inputs, copied by librdkafka.
        arr.push(unsafe { new(g.as_ptr(), tpl.map_or(ptr::null(), |t| t.0.ptr)) });
        let ev = self.call(api, opts, |rk, o, q| {
            // SAFETY: the array lives until after the call returns.
            unsafe { call(rk, arr.ptrs.as_mut_ptr(), arr.ptrs.len(), o, q) }
        })?;
        // SAFETY: a result of `api`, read while the event lives.
        let mut groups = unsafe {
            let mut n = 0usize;
            let r = results(ev.ptr(), &mut n);
            self.group_results(api, r, n)
        };
        Ok(groups.pop().unwrap_or(GroupOffsets {
            group: group.to_string(),
            error: None,
            partitions: Vec::new(),
        }))
    }

    /// Committed offsets of one group; `partitions` empty means all.
    pub fn list_group_offsets(
        &self,
        group: &str,
        partitions: &[(String, i32)],
        opts: &Options,
    ) -> Result<GroupOffsets> {
        let tpl = if partitions.is_empty() {
            None
        } else {
            Some(Tpl::of_partitions(partitions)?)
        };
        self.group_partitions_call(
            Api::ListConsumerGroupOffsets,
            group,
            tpl.as_ref(),
            opts,
            rd::rd_kafka_ListConsumerGroupOffsets_new,
            rd::rd_kafka_ListConsumerGroupOffsets_destroy,
            rd::rd_kafka_ListConsumerGroupOffsets,
            rd::rd_kafka_ListConsumerGroupOffsets_result_groups,
        )
    }

    pub fn alter_group_offsets(
        &self,
        group: &str,
        offsets: &[(String, i32, i64)],
    ) -> Result<GroupOffsets> {
        let tpl = Tpl::new(offsets)?;
        self.group_partitions_call(
            Api::AlterConsumerGroupOffsets,
            group,
            Some(&tpl),
            &Options::default(),
            rd::rd_kafka_AlterConsumerGroupOffsets_new,
            rd::rd_kafka_AlterConsumerGroupOffsets_destroy,
            rd::rd_kafka_AlterConsumerGroupOffsets,
            rd::rd_kafka_AlterConsumerGroupOffsets_result_groups,
        )
    }

    pub fn delete_group_offsets(
        &self,
        group: &str,
        partitions: &[(String, i32)],
    ) -> Result<GroupOffsets> {
        let tpl = Tpl::of_partitions(partitions)?;
        self.group_partitions_call(
            Api::DeleteConsumerGroupOffsets,
            group,
            Some(&tpl),
            &Options::default(),
            rd::rd_kafka_DeleteConsumerGroupOffsets_new,
            rd::rd_kafka_DeleteConsumerGroupOffsets_destroy,
            rd::rd_kafka_DeleteConsumerGroupOffsets,
            rd::rd_kafka_DeleteConsumerGroupOffsets_result_groups,
        )
    }

    pub fn list_offsets(
        &self,
        partitions: &[(String, i32)],
        spec: OffsetSpec,
        opts: &Options,
    ) -> Result<Vec<ListedOffset>> {
        if partitions.is_empty() {
            return Ok(Vec::new());
        }
        let p: Vec<_> = partitions
            .iter()
            .map(|(t, p)| (t.clone(), *p, spec.raw()))
            .collect();
        let tpl = Tpl::new(&p)?;
        let started = Instant::now();
        let ev = self.call(Api::ListOffsets, opts, |rk, o, q| {
            // SAFETY: the list lives until after the call returns; librdkafka copies it.
            unsafe { rd::rd_kafka_ListOffsets(rk, tpl.0.ptr, o, q) }
        })?;
        // SAFETY: a ListOffsets result.
        let listed: Vec<ListedOffset> = unsafe {
            let mut n = 0usize;
            let infos = rd::rd_kafka_ListOffsets_result_infos(ev.ptr(), &mut n);
            slice(infos, n)
                .iter()
                .map(|i| {
                    let tp =
                        partition_result(rd::rd_kafka_ListOffsetsResultInfo_topic_partition(*i));
                    ListedOffset {
                        topic: tp.topic,
                        partition: tp.partition,
                        offset: tp.offset,
                        timestamp: rd::rd_kafka_ListOffsetsResultInfo_timestamp(*i),
                        error: tp.error,
                    }
                })
                .collect()
        };
        let unanswered = unanswered(partitions, &listed);
        if !unanswered.is_empty() {
            // An answer that came well before the timeout and left
            // partitions out is a request the broker dropped (tansu closes
            // the connection for max-timestamp), not a cluster that is slow.
            let dropped = started.elapsed() + Duration::from_millis(500) < self.timeout;
            let mut message = format!("no offset came back for {}", unanswered.join(", "));
            if spec == OffsetSpec::MaxTimestamp {
                message.push_str("; max-timestamp needs ListOffsets v7 (KIP-734, Kafka 3.0)");
            }
            return Err(AdminError {
                api: Api::ListOffsets,
                code: if dropped {
                    ERR_TRANSPORT
                } else {
                    ERR_TIMED_OUT
                },
                message,
                waited: self.timeout,
            }
            .into_error());
        }
        Ok(listed)
    }

    fn acl_binding(&self, a: &Acl, filter: bool) -> Result<Owned<rd::rd_kafka_AclBinding_t>> {
        let name = opt_cstring("resource name", &a.resource_name)?;
        let principal = opt_cstring("principal", &a.principal)?;
        let host = opt_cstring("host", &a.host)?;
        let mut errstr = [0 as c_char; 512];
        // SAFETY: valid C strings or null; librdkafka copies them.
        let p = unsafe {
            let f = if filter {
                rd::rd_kafka_AclBindingFilter_new
            } else {
                rd::rd_kafka_AclBinding_new
            };
            f(
                restype_of(a.resource_type)?,
                cptr(&name),
                pattern_of(a.pattern_type)?,
                cptr(&principal),
                cptr(&host),
                operation_of(a.operation)?,
                permission_of(a.permission)?,
                errstr.as_mut_ptr(),
                errstr.len(),
            )
        };
        if p.is_null() {
            // SAFETY: NUL-terminated by librdkafka.
            let msg = unsafe { string(errstr.as_ptr()) };
            return Err(usage(format!("ACL: {msg}")));
        }
        Ok(Owned::new(p, rd::rd_kafka_AclBinding_destroy))
    }

    pub fn create_acls(&self, acls: &[Acl]) -> Result<Vec<Option<ItemError>>> {
        let bindings = acls
            .iter()
            .map(|a| self.acl_binding(a, false))
            .collect::<Result<Vec<_>>>()?;
        let mut ptrs: Vec<_> = bindings.iter().map(|b| b.ptr).collect();
        let ev = self.call(Api::CreateAcls, &Options::default(), |rk, o, q| {
            // SAFETY: the bindings live until after the call returns.
            unsafe { rd::rd_kafka_CreateAcls(rk, ptrs.as_mut_ptr(), ptrs.len(), o, q) }
        })?;
        // SAFETY: a CreateAcls result.
        unsafe {
            let mut n = 0usize;
            let r = rd::rd_kafka_CreateAcls_result_acls(ev.ptr(), &mut n);
            Ok(slice(r, n)
                .iter()
                .map(|a| ItemError::from_error(rd::rd_kafka_acl_result_error(*a)))
                .collect())
        }
    }

    pub fn describe_acls(&self, filter: &Acl) -> Result<Vec<Acl>> {
        let f = self.acl_binding(filter, true)?;
        let ev = self.call(Api::DescribeAcls, &Options::default(), |rk, o, q| {
            // SAFETY: the filter lives until after the call returns.
            unsafe { rd::rd_kafka_DescribeAcls(rk, f.ptr, o, q) }
        })?;
        // SAFETY: a DescribeAcls result.
        unsafe {
            let mut n = 0usize;
            let r = rd::rd_kafka_DescribeAcls_result_acls(ev.ptr(), &mut n);
            Ok(slice(r, n).iter().map(|a| acl(*a)).collect())
        }
    }

    /// The bindings each filter deleted, or its error.
    pub fn delete_acls(&self, filters: &[Acl]) -> Result<Vec<(Option<ItemError>, Vec<Acl>)>> {
        let fs = filters
            .iter()
            .map(|a| self.acl_binding(a, true))
            .collect::<Result<Vec<_>>>()?;
        let mut ptrs: Vec<_> = fs.iter().map(|b| b.ptr).collect();
        let ev = self.call(Api::DeleteAcls, &Options::default(), |rk, o, q| {
            // SAFETY: the filters live until after the call returns.
            unsafe { rd::rd_kafka_DeleteAcls(rk, ptrs.as_mut_ptr(), ptrs.len(), o, q) }
        })?;
        // SAFETY: a DeleteAcls result.
        unsafe {
            let mut n = 0usize;
            let r = rd::rd_kafka_DeleteAcls_result_responses(ev.ptr(), &mut n);
            Ok(slice(r, n)
                .iter()
                .map(|resp| {
                    let err =
                        ItemError::from_error(rd::rd_kafka_DeleteAcls_result_response_error(*resp));
                    let mut m = 0usize;
                    let matched =
                        rd::rd_kafka_DeleteAcls_result_response_matching_acls(*resp, &mut m);
                    (err, slice(matched, m).iter().map(|a| acl(*a)).collect())
                })
                .collect())
        }
    }
}

/// SAFETY: `g` is a live group description.
unsafe fn group_description(g: *const rd::rd_kafka_ConsumerGroupDescription_t) -> GroupDescription {
    let members = (0..rd::rd_kafka_ConsumerGroupDescription_member_count(g))
        .map(|i| {
            let m = rd::rd_kafka_ConsumerGroupDescription_member(g, i);
            let a = rd::rd_kafka_MemberDescription_assignment(m);
            let assignment = if a.is_null() {
                Vec::new()
            } else {
                read_tpl(rd::rd_kafka_MemberAssignment_partitions(a))
                    .into_iter()
                    .map(|p| (p.topic, p.partition))
                    .collect()
            };
            Member {
                consumer_id: string(rd::rd_kafka_MemberDescription_consumer_id(m)),
                client_id: string(rd::rd_kafka_MemberDescription_client_id(m)),
                host: string(rd::rd_kafka_MemberDescription_host(m)),
                instance_id: opt_string(rd::rd_kafka_MemberDescription_group_instance_id(m)),
                assignment,
            }
        })
        .collect();
    GroupDescription {
        group: string(rd::rd_kafka_ConsumerGroupDescription_group_id(g)),
        error: ItemError::from_error(rd::rd_kafka_ConsumerGroupDescription_error(g)),
        state: raw::description_state(g),
        group_type: raw::description_type(g),
        simple: rd::rd_kafka_ConsumerGroupDescription_is_simple_consumer_group(g) != 0,
        assignor: string(rd::rd_kafka_ConsumerGroupDescription_partition_assignor(g)),
        coordinator: node(rd::rd_kafka_ConsumerGroupDescription_coordinator(g)),
        members,
    }
}

/// Partitions asked for that have neither an offset nor an error. When one
/// of the requests librdkafka fans out to the leaders times out, its
/// partitions come back that way (offset -1001, no error): an answer that
/// never came, which must not be shown as an offset of -1001 or a lag of 0.
fn unanswered(asked: &[(String, i32)], listed: &[ListedOffset]) -> Vec<String> {
    asked
        .iter()
        .filter(|(t, p)| {
            !listed.iter().any(|l| {
                &l.topic == t && l.partition == *p && (l.error.is_some() || l.offset != -1001)
            })
        })
        .map(|(t, p)| format!("{t}/{p}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsupported_errors_name_the_api_and_kip() {
        let e = AdminError {
            api: Api::CreatePartitions,
            code: ERR_UNSUPPORTED_FEATURE,
            message: "CreatePartitions (KIP-195) not supported by broker".into(),
            waited: Duration::from_secs(1),
        };
        let s = e.to_string();
        assert!(
            s.starts_with(
                "CreatePartitions (KIP-195) is not supported by the cluster (_UNSUPPORTED_FEATURE:"
            ),
            "{s}"
        );
        let t = AdminError {
            api: Api::DescribeConsumerGroups,
            code: ERR_TRANSPORT,
            message: "Disconnected".into(),
            waited: Duration::from_secs(1),
        };
        assert!(t.to_string().contains("closed the connection"), "{t}");
        assert!(!t.is_unsupported());
        let late = AdminError {
            api: Api::ListOffsets,
            code: ERR_TIMED_OUT,
            message: "Timed out".into(),
            waited: Duration::from_millis(2_355),
        };
        assert_eq!(
            late.to_string(),
            "ListOffsets (KIP-396): no answer within 2.4s (_TIMED_OUT: Timed out)"
        );
        let err = late.into_error();
        assert_eq!(
            crate::exit_codes::exit_code_of(&err),
            crate::exit_codes::ExitCode::Unreachable
        );
    }

    #[test]
    fn offsets_that_never_came_are_not_answers() {
        let got = |p: i32, offset: i64, error: Option<ItemError>| ListedOffset {
            topic: "t".into(),
            partition: p,
            offset,
            timestamp: -1,
            error,
        };
        let asked: Vec<(String, i32)> = (0..4).map(|p| ("t".to_string(), p)).collect();
        let refused = ItemError {
            code: 6,
            message: "not leader".into(),
        };
        let listed = [
            got(0, 5, None),
            got(1, -1001, None),
            got(2, -1001, Some(refused)),
        ];
        assert_eq!(unanswered(&asked, &listed), ["t/1", "t/3"]);
        assert!(unanswered(&asked[..1], &listed).is_empty());
    }

    #[test]
    fn unknown_codes_and_sources_are_names_not_enums() {
        assert_eq!(config_source_name(7), "client metrics");
        assert_eq!(config_source_name(42), "unknown");
        assert_eq!(group_state_name(3), "Stable");
        assert_eq!(group_state_name(99), "Unknown");
        assert_eq!(enum_name(ACL_OPERATIONS, 3), "read");
        assert_eq!(enum_name(ACL_OPERATIONS, 77), "unknown(77)");
        assert!(operation_of(13).is_err());
        assert!(operation_of(-1).is_err());
        assert!(operation_of(12).is_ok());
    }

    #[test]
    fn guards_free_what_they_own() {
        // Builds and frees the C objects with no broker: leaks or double
        // frees show under valgrind/ASan, crashes show here.
        let tpl = Tpl::new(&[("a".into(), 0, 5), ("b".into(), 3, -2)]).unwrap();
        let read = unsafe { read_tpl(tpl.0.ptr) };
        assert_eq!(read.len(), 2);
        assert_eq!(read[1].topic, "b");
        assert_eq!(read[1].partition, 3);
        assert_eq!(read[1].offset, -2);
        assert_eq!(read[0].error, None);
        assert!(Tpl::new(&[("a\0b".into(), 0, 0)]).is_err());
        let mut arr = OwnedArray::new(rd::rd_kafka_DeleteTopic_destroy);
        let c = CString::new("t").unwrap();
        arr.push(unsafe { rd::rd_kafka_DeleteTopic_new(c.as_ptr()) });
        drop(arr);
    }
}
