//! A spinner on stderr while an admin command waits for the cluster: only on
//! a terminal, only after half a second (quick answers never flicker), and
//! gone before anything is printed or asked.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

struct Spinner {
    bar: ProgressBar,
    done: Arc<AtomicBool>,
}

static CURRENT: OnceLock<Mutex<Option<Spinner>>> = OnceLock::new();

fn slot() -> &'static Mutex<Option<Spinner>> {
    CURRENT.get_or_init(|| Mutex::new(None))
}

/// Starts the spinner unless `quiet` or stderr is not a terminal.
pub fn start(what: &str, quiet: bool) {
    use std::io::IsTerminal;
    if quiet || !std::io::stderr().is_terminal() {
        return;
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()).with_style(
        ProgressStyle::with_template("{spinner} {msg} {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.set_message(format!("waiting for the cluster: {what}"));
    let done = Arc::new(AtomicBool::new(false));
    let (b, d) = (bar.clone(), done.clone());
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(500));
        if !d.load(Ordering::SeqCst) {
            b.set_draw_target(ProgressDrawTarget::stderr());
            b.enable_steady_tick(Duration::from_millis(120));
        }
    });
    *slot().lock().unwrap_or_else(|p| p.into_inner()) = Some(Spinner { bar, done });
}

/// Clears the spinner for good; called before any output or prompt.
pub fn stop() {
    if let Some(s) = slot().lock().unwrap_or_else(|p| p.into_inner()).take() {
        s.done.store(true, Ordering::SeqCst);
        s.bar.finish_and_clear();
    }
}
