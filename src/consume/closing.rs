//! The consumer's last commit and close, bounded. Both wait on the cluster
//! (OffsetCommit, LeaveGroup, librdkafka's own last commit), and a member of
//! an eager group once did not end within 30 s of SIGTERM in CI. Everything
//! received is written before they start, so a second stop signal, or
//! `--timeout` passing, ends the process without them: what was not
//! committed is read again by the group's next member, never lost.

use std::sync::mpsc::{channel, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::ending;
use crate::exit_codes::ExitCode;
use crate::signals::Signals;

pub struct CloseGuard {
    done: Option<Sender<()>>,
    watcher: Option<JoinHandle<()>>,
}

impl CloseGuard {
    /// Watches the close that starts now.
    pub fn start(signals: &Signals, limit: Duration) -> CloseGuard {
        let (done, finished) = channel::<()>();
        let signals = signals.clone();
        let start = Instant::now();
        let watcher = std::thread::spawn(move || loop {
            match finished.recv_timeout(Duration::from_millis(20)) {
                Err(RecvTimeoutError::Timeout) => {}
                _ => return,
            }
            // The first signal asks for this close; the second cuts it.
            let why = if signals.received() >= 2 {
                "stopped by a second signal".to_string()
            } else if start.elapsed() >= limit {
                format!(
                    "not done within --timeout {}",
                    humantime::format_duration(limit)
                )
            } else {
                continue;
            };
            eprintln!(
                "klar: error: the consumer's last commit and close were {why}: exiting without \
                 them; offsets not committed are read again by the group's next member"
            );
            ending::client_left_running();
            let _ = ending::finish(ExitCode::Failure);
        });
        CloseGuard {
            done: Some(done),
            watcher: Some(watcher),
        }
    }

    /// The close returned in time.
    pub fn finished(mut self) {
        self.done.take();
        if let Some(w) = self.watcher.take() {
            let _ = w.join();
        }
    }
}
