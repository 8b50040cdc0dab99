//! The exit statuses klar promises to scripts. They are part of the interface:
//! never renumber one.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    /// Everything asked for was done.
    Success,
    /// The operation failed: a message not delivered, a broker error, a missing topic.
    Failure,
    /// What the user typed is wrong: a flag, a property, a value, a file.
    Usage,
    /// No broker could be reached, or the cluster did not answer in time.
    Unreachable,
    /// A bug: klar panicked, on whatever thread (Rust's own status for a
    /// panic on the main thread).
    Bug,
}

impl ExitCode {
    pub fn code(self) -> i32 {
        match self {
            ExitCode::Success => 0,
            ExitCode::Failure => 1,
            ExitCode::Usage => 2,
            ExitCode::Unreachable => 3,
            ExitCode::Bug => 101,
        }
    }
}

impl From<ExitCode> for std::process::ExitCode {
    fn from(c: ExitCode) -> Self {
        std::process::ExitCode::from(c.code() as u8)
    }
}

/// An error that carries the exit status it must end the process with.
#[derive(Debug)]
pub struct Fail {
    pub code: ExitCode,
    pub message: String,
}

impl fmt::Display for Fail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Fail {}

pub fn usage(message: impl Into<String>) -> anyhow::Error {
    Fail {
        code: ExitCode::Usage,
        message: message.into(),
    }
    .into()
}

pub fn unreachable(message: impl Into<String>) -> anyhow::Error {
    Fail {
        code: ExitCode::Unreachable,
        message: message.into(),
    }
    .into()
}

pub fn failure(message: impl Into<String>) -> anyhow::Error {
    Fail {
        code: ExitCode::Failure,
        message: message.into(),
    }
    .into()
}

/// The status for an error: the first coded error in its chain decides, and
/// anything uncoded is an operation failure.
pub fn exit_code_of(err: &anyhow::Error) -> ExitCode {
    err.chain()
        .find_map(|e| e.downcast_ref::<Fail>())
        .map(|f| f.code)
        .unwrap_or(ExitCode::Failure)
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn numbers_are_stable() {
        assert_eq!(ExitCode::Success.code(), 0);
        assert_eq!(ExitCode::Failure.code(), 1);
        assert_eq!(ExitCode::Usage.code(), 2);
        assert_eq!(ExitCode::Bug.code(), 101);
        assert_eq!(ExitCode::Unreachable.code(), 3);
    }

    #[test]
    fn code_survives_context() {
        let e = Err::<(), _>(usage("bad flag"))
            .context("while parsing")
            .unwrap_err();
        assert_eq!(exit_code_of(&e), ExitCode::Usage);
        assert_eq!(exit_code_of(&anyhow::anyhow!("plain")), ExitCode::Failure);
    }
}
