//! Sleep until librdkafka has something for a queue, without spinning.
//!
//! rdkafka 0.39 turns a poll timeout into whole milliseconds and loops until
//! its deadline has passed, so the last fraction of every `poll(t)` is a
//! run of zero-timeout polls: the whole of a 1 ms slice, which is how a
//! producer waiting on a slow broker burned a full core. A `QueueWake` asks
//! librdkafka to write a byte to a pipe when the queue goes from empty to
//! non-empty; the caller sleeps in poll(2) on the pipe and then serves the
//! queue with zero-timeout polls.

use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::time::Duration;

use rdkafka::bindings as rdsys;

pub struct QueueWake {
    queue: *mut rdsys::rd_kafka_queue_t,
    read: OwnedFd,
    // librdkafka holds the raw descriptor until the wake-up is disabled in
    // drop(), so the write end must live as long as this.
    _write: OwnedFd,
}

impl QueueWake {
    /// Wake-ups for the client's main queue, where a producer's delivery
    /// reports and errors arrive.
    ///
    /// # Safety
    /// `rk` must be a live client that outlives the returned value.
    pub unsafe fn main_queue(rk: *mut rdsys::rd_kafka_t) -> io::Result<QueueWake> {
        let mut fds = [0; 2];
        if libc::pipe2(fds.as_mut_ptr(), libc::O_NONBLOCK | libc::O_CLOEXEC) != 0 {
            return Err(io::Error::last_os_error());
        }
        let read = OwnedFd::from_raw_fd(fds[0]);
        let write = OwnedFd::from_raw_fd(fds[1]);
        let queue = rdsys::rd_kafka_queue_get_main(rk);
        if queue.is_null() {
            return Err(io::Error::other("librdkafka has no main queue"));
        }
        rdsys::rd_kafka_queue_io_event_enable(queue, write.as_raw_fd(), b"w".as_ptr().cast(), 1);
        Ok(QueueWake {
            queue,
            read,
            _write: write,
        })
    }

    /// The queue itself, to be served with rd_kafka_queue_poll.
    pub fn queue(&self) -> *mut rdsys::rd_kafka_queue_t {
        self.queue
    }

    /// Events waiting to be served.
    pub fn pending(&self) -> usize {
        // SAFETY: the queue handle is held until drop.
        unsafe { rdsys::rd_kafka_queue_length(self.queue) }
    }

    /// Sleep until an event has arrived since the queue was last served,
    /// or for `timeout`. A byte written while the caller was serving the
    /// queue makes this return at once, so no wake-up is lost.
    pub fn wait(&self, timeout: Duration) {
        if self.pending() == 0 {
            self.sleep(None, timeout);
        }
    }

    /// Like `wait`, but also ends when `input` is readable, and says so:
    /// true when a read of `input` will not block (data, its end, or an
    /// error for the read to report).
    pub fn wait_or_readable(&self, input: RawFd, timeout: Duration) -> bool {
        // Events already waiting: only look whether input is there too.
        let timeout = if self.pending() > 0 {
            Duration::ZERO
        } else {
            timeout
        };
        self.sleep(Some(input), timeout)
    }

    /// poll(2) on the wake-up pipe and `input`; true when `input` is ready.
    fn sleep(&self, input: Option<RawFd>, timeout: Duration) -> bool {
        // Rounded up, so that a wait is never a zero-timeout spin.
        let ms = timeout.as_micros().div_ceil(1000).min(i32::MAX as u128) as i32;
        let pollfd = |fd| libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // poll(2) skips a negative descriptor.
        let mut fds = [pollfd(self.read.as_raw_fd()), pollfd(input.unwrap_or(-1))];
        // SAFETY: two pollfds. A signal ends the poll with EINTR, whatever
        // SA_RESTART says, which is how a stop is seen at once.
        let ready = unsafe { libc::poll(fds.as_mut_ptr(), 2, ms) };
        if ready <= 0 {
            return false;
        }
        if fds[0].revents != 0 {
            self.drain();
        }
        fds[1].revents != 0
    }

    fn drain(&self) {
        let mut buf = [0u8; 64];
        // SAFETY: reads into a local buffer from our own non-blocking pipe.
        while unsafe { libc::read(self.read.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) } > 0 {
        }
    }
}

impl Drop for QueueWake {
    fn drop(&mut self) {
        // SAFETY: the handle came from rd_kafka_queue_get_main; turning the
        // wake-up off first means librdkafka never writes to a closed fd.
        unsafe {
            rdsys::rd_kafka_queue_io_event_enable(self.queue, -1, std::ptr::null(), 0);
            rdsys::rd_kafka_queue_destroy(self.queue);
        }
    }
}
