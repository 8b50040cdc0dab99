//! SIGINT and SIGTERM as a counter the work loops poll: the first asks for a
//! graceful stop (flush, commit, close), the second cuts the waiting short.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

#[derive(Clone)]
pub struct Signals {
    count: Arc<AtomicUsize>,
}

impl Signals {
    pub fn install() -> Signals {
        let count = Arc::new(AtomicUsize::new(0));
        for sig in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
            let c = count.clone();
            // SAFETY: the handler only does an atomic add, which is
            // async-signal-safe.
            let res = unsafe {
                signal_hook::low_level::register(sig, move || {
                    c.fetch_add(1, Ordering::SeqCst);
                })
            };
            if let Err(e) = res {
                tracing::warn!("cannot install a handler for signal {sig}: {e}");
            }
        }
        Signals { count }
    }

    /// How many stop signals have arrived.
    pub fn received(&self) -> usize {
        self.count.load(Ordering::SeqCst)
    }

    pub fn stop_requested(&self) -> bool {
        self.received() > 0
    }
}
