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
    clear_on_stop_signals();
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

/// Ctrl-C or SIGTERM still end an admin command at once, as their default
/// action does, but no longer leave the spinner's line on the terminal.
fn clear_on_stop_signals() {
    const CLEAR: &[u8] = b"\r\x1b[2K";
    for sig in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        // A signal the shell made klar ignore (SIGINT for a job started
        // with `&`) stays ignored.
        // SAFETY: sigaction(2) only reads the current action into `old`.
        let ignored = unsafe {
            let mut old: libc::sigaction = std::mem::zeroed();
            libc::sigaction(sig, std::ptr::null(), &mut old) == 0
                && old.sa_sigaction == libc::SIG_IGN
        };
        if ignored {
            continue;
        }
        // SAFETY: the handler does only what is async-signal-safe: write(2)
        // and signal-hook's emulation of the default action.
        let _ = unsafe {
            signal_hook::low_level::register(sig, move || {
                libc::write(2, CLEAR.as_ptr().cast(), CLEAR.len());
                let _ = signal_hook::low_level::emulate_default_handler(sig);
            })
        };
    }
}
