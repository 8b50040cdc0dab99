//! The consumer's context: logs, rebalances, and the state the poll loop and
//! the rebalance callback share (assignment, range ends, commits).
//!
//! On revocation, everything already received is written and its offsets
//! committed before the partitions are given up, so the next owner starts
//! right after the last message this process printed.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, SyncSender, TrySendError};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use rdkafka::bindings as rdsys;
use rdkafka::client::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer, ConsumerContext, RebalanceProtocol};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::TopicPartitionList;

use super::offsets::OffsetSpec;
use super::resolve::{resolve, Resolved};
use super::writer::{Chunk, Item, Progress, Tp};
use crate::cli::CommitPolicy;
use crate::kafka_error;
use crate::logging::KlarContext;

#[derive(Default)]
pub struct Shared {
    pub assigned: HashSet<Tp>,
    /// First offset not to read, per partition with a range.
    pub until: HashMap<Tp, i64>,
    /// Ends by time that no message has reached yet (see `Resolved`).
    pub until_time: HashMap<Tp, i64>,
    /// Partitions whose range is complete.
    pub done: HashSet<Tp>,
    /// Partitions that have had their `-o` start applied (group mode applies
    /// it once; a later reassignment resumes from the committed offset).
    pub started: HashSet<Tp>,
    /// An error the rebalance callback could not return.
    pub fatal: Option<anyhow::Error>,
    /// When a rebalance left this member with no partition at all, as its
    /// latest word: with `-e` there is then nothing to read to the end.
    pub none_assigned_since: Option<Instant>,
    /// Assignments the group has made to this member.
    pub assignments: u32,
}

pub struct ConsumeContext {
    pub base: KlarContext,
    shared: Mutex<Shared>,
    /// Applied to partitions as they are assigned (group mode).
    pub on_assign: Option<OffsetSpec>,
    pub timeout: Duration,
    pub policy: CommitPolicy,
    tx: Mutex<Option<SyncSender<Item>>>,
    /// Received and not yet handed to the writer; here rather than in the
    /// poll loop so that a rebalance's barrier never overtakes it.
    chunk: Mutex<Chunk>,
    /// Whether any partition has ever had a range end, so that the poll
    /// loop looks ends up only then.
    ranged: AtomicBool,
    backed_up: AtomicBool,
    pub progress: Arc<Progress>,
    /// Where assigned partitions send their messages, while the poll loop
    /// reads that queue (see `raw`); the pointer as an address, to be Send.
    app_queue: Mutex<Option<usize>>,
}

fn tpl_list(tpl: &TopicPartitionList) -> String {
    tpl.elements()
        .iter()
        .map(|e| format!("{} [{}]", e.topic(), e.partition()))
        .collect::<Vec<_>>()
        .join(", ")
}

impl ConsumeContext {
    pub fn new(
        base: KlarContext,
        on_assign: Option<OffsetSpec>,
        timeout: Duration,
        policy: CommitPolicy,
        tx: SyncSender<Item>,
        progress: Arc<Progress>,
    ) -> Self {
        ConsumeContext {
            base,
            shared: Mutex::default(),
            on_assign,
            timeout,
            policy,
            tx: Mutex::new(Some(tx)),
            chunk: Mutex::new(progress.chunk()),
            ranged: AtomicBool::new(false),
            backed_up: AtomicBool::new(false),
            progress,
            app_queue: Mutex::new(None),
        }
    }

    /// Partitions assigned from now on forward their messages to `q`
    /// (None: to the consumer queue, librdkafka's default).
    pub fn set_app_queue(&self, q: Option<*mut rdsys::rd_kafka_queue_t>) {
        *self.app_queue.lock().unwrap_or_else(|p| p.into_inner()) = q.map(|q| q as usize);
    }

    /// True while the writer's channel is full: stdout is behind, and the
    /// poll loop pauses fetching instead of blocking (a blocked poll loop
    /// would hold up every rebalance of the group).
    pub fn backed_up(&self) -> bool {
        self.backed_up.load(Ordering::Relaxed)
    }

    pub fn ranged(&self) -> bool {
        self.ranged.load(Ordering::Relaxed)
    }

    /// The chunk being filled, locked. The poll loop keeps it locked across
    /// the messages of one batch: a lock and unlock for each message was
    /// about 4 % of a plain consume's CPU.
    pub fn lock_chunk(&self) -> MutexGuard<'_, Chunk> {
        self.chunk.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Adds to the chunk locked with `lock_chunk`; false when the writer is
    /// gone.
    pub fn fill(&self, c: &mut Chunk, f: impl FnOnce(&mut Chunk)) -> bool {
        f(c);
        !c.is_full() || self.hand_over(c, false)
    }

    pub fn has_unsent(&self) -> bool {
        !self
            .chunk
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .is_empty()
    }

    /// Hands what was received to the writer; false when the writer is gone.
    pub fn send_unsent(&self) -> bool {
        let mut c = self.chunk.lock().unwrap_or_else(|p| p.into_inner());
        c.is_empty() || self.hand_over(&mut c, false)
    }

    /// With `block` false a full channel keeps the chunk here for later
    /// (and returns true): nothing received is dropped while the
    /// partitions it came from may still be assigned.
    fn hand_over(&self, c: &mut Chunk, block: bool) -> bool {
        let Some(tx) = self.tx.lock().unwrap_or_else(|p| p.into_inner()).clone() else {
            return false;
        };
        let full = std::mem::replace(c, self.progress.chunk());
        if block {
            return tx.send(Item::Chunk(full)).is_ok();
        }
        // A writer that is merely busy frees a slot within milliseconds; only
        // one that has been stuck for a second counts as backed up (pausing
        // throws librdkafka's prefetch away, too costly for a short wait).
        // Once backed up, one try: the messages of a batch already taken
        // must reach the chunk quickly, so that the loop gets back to
        // serving rebalances.
        let patience = if self.backed_up() {
            Duration::ZERO
        } else {
            Duration::from_secs(1)
        };
        let deadline = std::time::Instant::now() + patience;
        let mut item = Item::Chunk(full);
        loop {
            match tx.try_send(item) {
                Ok(()) => {
                    self.backed_up.store(false, Ordering::Relaxed);
                    return true;
                }
                Err(TrySendError::Full(back)) if std::time::Instant::now() < deadline => {
                    item = back;
                    std::thread::sleep(Duration::from_micros(200));
                }
                Err(TrySendError::Full(Item::Chunk(back))) => {
                    *c = back;
                    self.backed_up.store(true, Ordering::Relaxed);
                    return true;
                }
                Err(_) => return false,
            }
        }
    }

    pub fn shared(&self) -> MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Records partitions and their resolved ranges as assigned.
    pub fn add_assigned(&self, parts: &[Tp], resolved: &HashMap<Tp, Resolved>) {
        let mut s = self.shared();
        for tp in parts {
            s.assigned.insert(tp.clone());
            s.done.remove(tp);
            if let Some(r) = resolved.get(tp) {
                s.started.insert(tp.clone());
                if let Some(u) = r.until {
                    self.ranged.store(true, Ordering::Relaxed);
                    s.until.insert(tp.clone(), u);
                }
                if let Some(t) = r.until_time {
                    self.ranged.store(true, Ordering::Relaxed);
                    s.until_time.insert(tp.clone(), t);
                }
                if r.empty {
                    s.done.insert(tp.clone());
                }
            }
        }
    }

    /// Stops the writer's channel from being held open by the context.
    pub fn close_channel(&self) {
        self.tx.lock().unwrap_or_else(|p| p.into_inner()).take();
    }

    /// Waits (up to `wait`) until the writer has printed everything received
    /// so far, stores the offsets it wrote, and commits them when the policy
    /// says so. A stdout that does not drain in time is not waited for: what
    /// it has not written is not committed, and the next owner of those
    /// partitions reads it again (at least once, never lost).
    pub fn settle(&self, c: &BaseConsumer<Self>, wait: Option<Duration>) {
        self.drain(wait);
        self.store(c);
        // Mid-run (a revocation): a failure is a warning, and the offsets
        // stay stored for the next commit.
        if self.policy != CommitPolicy::None {
            self.commit(c);
        }
    }

    /// Waits (up to `wait`) until the writer has printed everything received
    /// so far.
    pub fn drain(&self, wait: Option<Duration>) {
        {
            let mut c = self.chunk.lock().unwrap_or_else(|p| p.into_inner());
            if !c.is_empty() {
                self.hand_over(&mut c, wait.is_none());
            }
        }
        let tx = self.tx.lock().unwrap_or_else(|p| p.into_inner()).clone();
        if let Some(tx) = tx {
            let (done_tx, done_rx) = sync_channel(1);
            match wait {
                None => {
                    if tx.send(Item::Barrier(done_tx)).is_ok() {
                        let _ = done_rx.recv();
                    }
                }
                Some(w) => {
                    if tx.try_send(Item::Barrier(done_tx)).is_err()
                        || done_rx.recv_timeout(w).is_err()
                    {
                        tracing::warn!(
                            "stdout is not keeping up: committing only what it has written"
                        );
                    }
                }
            }
        }
    }

    /// Stores the offsets written so far and commits them when the policy
    /// says so.
    /// The last commit of a run: its failure is the run's (the offsets
    /// written since the last good commit are read again by the group).
    pub fn commit_written(&self, c: &BaseConsumer<Self>) -> Result<(), String> {
        self.store(c);
        if self.policy == CommitPolicy::None {
            return Ok(());
        }
        self.try_commit(c).map_err(|e| {
            format!(
                "the last commit failed: {}; what was written since the last commit will be read \
                 again by the group",
                kafka_error::describe(&e)
            )
        })
    }

    /// Hands the offsets written so far to librdkafka's offset store
    /// (rd_kafka_offset_store stores offset + 1 itself).
    pub fn store(&self, c: &BaseConsumer<Self>) {
        if self.policy == CommitPolicy::None {
            return;
        }
        for ((t, p), o) in self.progress.take_written() {
            if let Err(e) = c.store_offset(&t, p, o) {
                tracing::debug!("cannot store offset {t} [{p}] @ {o}: {e}");
            }
        }
    }

    /// Commits the stored offsets; false when the commit failed (the
    /// offsets stay stored and go with the next commit).
    pub fn commit(&self, c: &BaseConsumer<Self>) -> bool {
        match self.try_commit(c) {
            Ok(()) => true,
            Err(e) => {
                tracing::warn!("commit failed: {}", kafka_error::describe(&e));
                false
            }
        }
    }

    fn try_commit(&self, c: &BaseConsumer<Self>) -> Result<(), KafkaError> {
        match c.commit_consumer_state(CommitMode::Sync) {
            Ok(()) => tracing::debug!("committed the offsets written so far"),
            // Nothing stored since the last commit is not a failure.
            Err(e) if e.rdkafka_error_code() == Some(RDKafkaErrorCode::NoOffset) => {}
            Err(e) => return Err(e),
        }
        Ok(())
    }

    fn assign(&self, c: &BaseConsumer<Self>, tpl: &mut TopicPartitionList) {
        let parts: Vec<Tp> = tpl
            .elements()
            .iter()
            .map(|e| (e.topic().to_string(), e.partition()))
            .collect();
        let mut resolved = HashMap::new();
        if let Some(spec) = &self.on_assign {
            let fresh: Vec<Tp> = {
                let s = self.shared();
                parts
                    .iter()
                    .filter(|tp| !s.started.contains(*tp))
                    .cloned()
                    .collect()
            };
            match resolve(c, &fresh, spec, self.timeout) {
                Ok(r) => resolved = r,
                Err(e) => {
                    self.shared().fatal.get_or_insert(e);
                }
            }
            for (tp, r) in &resolved {
                if let Err(e) = tpl.set_partition_offset(&tp.0, tp.1, r.start) {
                    tracing::warn!("cannot start {} [{}] at {:?}: {e}", tp.0, tp.1, r.start);
                } else {
                    tracing::info!("{} [{}] starts at {:?} (-o)", tp.0, tp.1, r.start);
                }
            }
        }
        self.add_assigned(&parts, &resolved);
        {
            let mut s = self.shared();
            s.none_assigned_since = s.assigned.is_empty().then(Instant::now);
            s.assignments += 1;
        }
        if group_gone(c) {
            return;
        }
        if let Some(q) = *self.app_queue.lock().unwrap_or_else(|p| p.into_inner()) {
            // SAFETY: the poll loop clears the queue before it destroys it,
            // and the consumer is alive inside its own callback.
            unsafe {
                super::raw::forward(c.client().native_ptr(), q as *mut _, &parts);
            }
        }
        let r = if matches!(c.rebalance_protocol(), RebalanceProtocol::Cooperative) {
            c.incremental_assign(tpl)
        } else {
            c.assign(tpl)
        };
        if let Err(e) = r {
            tracing::error!("cannot take the assignment: {}", kafka_error::describe(&e));
        }
    }

    fn revoke(&self, c: &BaseConsumer<Self>, tpl: &TopicPartitionList) {
        // The whole group waits for this callback: bound the wait.
        self.settle(c, Some(self.timeout.min(Duration::from_secs(5))));
        {
            let mut s = self.shared();
            // A revocation is followed by an assignment: not the last word.
            s.none_assigned_since = None;
            for e in tpl.elements() {
                let tp = (e.topic().to_string(), e.partition());
                s.assigned.remove(&tp);
                s.until.remove(&tp);
                s.until_time.remove(&tp);
                s.done.remove(&tp);
            }
        }
        if group_gone(c) {
            return;
        }
        let r = if matches!(c.rebalance_protocol(), RebalanceProtocol::Cooperative) {
            c.incremental_unassign(tpl)
        } else {
            c.unassign()
        };
        if let Err(e) = r {
            tracing::warn!(
                "cannot give up the assignment: {}",
                kafka_error::describe(&e)
            );
        }
    }
}

/// The group has terminated (the consumer is closing): a rebalance event
/// served now is stale. librdkafka 2.12 drops any assign or unassign sent
/// to a terminated group without answering it, and rd_kafka_assign waits
/// for that answer with no timeout, so calling it here would hang the
/// close for good (seen as a member that never exits on SIGTERM).
fn group_gone(c: &BaseConsumer<ConsumeContext>) -> bool {
    let gone = c.closed();
    if gone {
        tracing::debug!("rebalance event after the group terminated: nothing to assign");
    }
    gone
}

impl ClientContext for ConsumeContext {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, msg: &str) {
        self.base.log(level, fac, msg)
    }
    fn error(&self, error: KafkaError, reason: &str) {
        self.base.error(error, reason)
    }
}

impl crate::logging::HasKlarContext for ConsumeContext {
    fn klar(&self) -> &KlarContext {
        &self.base
    }
}

impl ConsumerContext for ConsumeContext {
    fn rebalance(
        &self,
        c: &BaseConsumer<Self>,
        err: rdsys::rd_kafka_resp_err_t,
        tpl: &mut TopicPartitionList,
    ) {
        match err {
            rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS => {
                tracing::info!("assigned: {}", tpl_list(tpl));
                self.assign(c, tpl);
            }
            rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS => {
                tracing::info!("revoked: {}", tpl_list(tpl));
                self.revoke(c, tpl);
            }
            other => {
                let code: RDKafkaErrorCode = other.into();
                tracing::warn!("rebalance error: {}", kafka_error::describe_code(code));
                if !group_gone(c) {
                    let _ = c.unassign();
                }
                self.shared().assigned.clear();
            }
        }
    }
}
