//! How the process ends when a librdkafka client was left running.
//!
//! Destroying a client joins each of the threads librdkafka started, one
//! after the other. Once every request of a command has been answered it
//! has nothing left to do, and for `admin metadata` it was about a tenth of
//! the run. Such a client is left running, and the process then ends with
//! `_exit`: the C library's exit handlers are skipped, OpenSSL's among them,
//! which would free what a broker thread may still be reading.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::exit_codes::ExitCode;

static CLIENT_LEFT_RUNNING: AtomicBool = AtomicBool::new(false);

/// Said by whoever does not destroy a client, so that the process ends
/// without the exit handlers.
pub fn client_left_running() {
    CLIENT_LEFT_RUNNING.store(true, Ordering::SeqCst);
}

/// The process's exit status. When a client was left running, the process
/// ends here, once what it printed is flushed.
pub fn finish(code: ExitCode) -> std::process::ExitCode {
    if CLIENT_LEFT_RUNNING.load(Ordering::SeqCst) {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().flush();
        // SAFETY: ends the process; nothing of it is used after this.
        unsafe { libc::_exit(code.code()) }
    }
    code.into()
}

/// Ends the process now, status 1, with `line` as its one error line: for a
/// second stop signal that came while the work waits where no signal
/// reaches. stdout is not flushed (it may be the very pipe that does not
/// drain), and the C library's exit handlers are skipped, since
/// librdkafka's threads still run.
pub fn abandon(line: &str) -> ! {
    eprintln!("klar: error: {line}");
    // SAFETY: ends the process; nothing of it is used after this.
    unsafe { libc::_exit(ExitCode::Failure.code()) }
}
