//! How a consumer's run ends when it is asked to stop. The first stop signal
//! asks for everything received to be written, committed per policy, and
//! the consumer closed. Each of those can wait: on stdout (a reader that
//! does not read) or on the cluster (OffsetCommit, LeaveGroup, librdkafka's
//! own last commit; a member of an eager group once did not end within 30 s
//! of SIGTERM in CI). So a second signal ends the process at once, whatever
//! it waits on, and `--timeout` bounds the commit and the close. Nothing is
//! lost by that: nothing unwritten is committed, and what was not committed
//! is read again.

use std::sync::mpsc::{channel, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::ending;
use crate::signals::Signals;

pub struct Ending {
    /// When the commit and the close started; none while writing.
    closing_since: Arc<Mutex<Option<Instant>>>,
    done: Option<Sender<()>>,
    watcher: Option<JoinHandle<()>>,
}

impl Ending {
    /// Watches for a second signal from now on.
    pub fn watch(signals: &Signals, limit: Duration) -> Ending {
        let (done, finished) = channel::<()>();
        let closing_since = Arc::new(Mutex::new(None::<Instant>));
        let (signals, since) = (signals.clone(), closing_since.clone());
        let watcher = std::thread::spawn(move || loop {
            match finished.recv_timeout(Duration::from_millis(20)) {
                Err(RecvTimeoutError::Timeout) => {}
                _ => return,
            }
            let started = *since.lock().unwrap_or_else(|e| e.into_inner());
            let late = started.is_some_and(|t| t.elapsed() >= limit);
            let line = match (signals.received() >= 2, started.is_some()) {
                (true, false) => "stopped by a second signal while messages received were still \
                                  to be written: exiting without them; nothing unwritten is \
                                  committed"
                    .to_string(),
                (true, true) => "the consumer's last commit and close were stopped by a second \
                                 signal: exiting without them; offsets not committed are read \
                                 again by the group's next member"
                    .to_string(),
                (false, true) if late => format!(
                    "the consumer's last commit and close were not done within --timeout {}: \
                     exiting without them; offsets not committed are read again by the group's \
                     next member",
                    humantime::format_duration(limit)
                ),
                _ => continue,
            };
            ending::abandon(&line);
        });
        Ending {
            closing_since,
            done: Some(done),
            watcher: Some(watcher),
        }
    }

    /// Everything received is written: the commit and the close start, and
    /// `--timeout` runs from now.
    pub fn closing(&self) {
        *self.closing_since.lock().unwrap_or_else(|e| e.into_inner()) = Some(Instant::now());
    }

    /// The consumer is closed.
    pub fn finished(mut self) {
        self.done.take();
        if let Some(w) = self.watcher.take() {
            let _ = w.join();
        }
    }
}
