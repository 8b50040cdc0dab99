//! crabka-broker 0.3.0, a single-node Kafka-compatible broker from
//! crates.io, for the APIs that tansu 0.6.0 and the mock lack:
//! CreatePartitions, DeleteRecords, ACLs, DescribeGroups with members,
//! transaction markers, dynamic broker configs and broker racks.
//! `.ci/run` builds it from its published .crate (it is yanked, so
//! `cargo install` refuses it by version).

use std::fs::File;
use std::os::fd::AsRawFd;
use std::path::PathBuf;
use std::process::{Child, Command};

use super::{free_port, start_broker};

/// The rack every test broker is started in, so that `admin metadata`
/// has a rack to show.
pub const CRABKA_RACK: &str = "rack-a";
/// The cluster id it is given (crabka takes a UUID).
pub const CRABKA_CLUSTER_ID: &str = "4c2b8a53-6b6c-4172-8000-000000000001";

/// The binary: $CRABKA, else ~/.cargo/bin/crabka-broker, else PATH.
pub fn crabka_bin() -> PathBuf {
    super::installed_bin("CRABKA", "crabka-broker")
}

pub struct Crabka {
    child: Child,
    pub bootstrap: String,
    _dir: tempfile::TempDir,
    // Held while the broker runs: see `start`.
    _lock: File,
}

impl Crabka {
    pub fn start() -> Crabka {
        // With a config file (the only way to give it a rack), crabka binds
        // its KRaft controller to 127.0.0.1:9093 whatever else it is told,
        // so only one can run on a machine at a time, across test binaries
        // too: a lock file serialises them.
        let lock = File::create(std::env::temp_dir().join("klar-tests-crabka.lock")).unwrap();
        // flock, not File::lock: the crate's MSRV (1.85) predates it.
        // SAFETY: a descriptor of a file this function holds open.
        let locked = unsafe { libc::flock(lock.as_raw_fd(), libc::LOCK_EX) };
        assert_eq!(locked, 0, "flock: {}", std::io::Error::last_os_error());
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        // What `crabka format` would write; any fresh uuid names the directory.
        let directory_id = format!(
            "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
            rand::random::<u32>(),
            rand::random::<u16>(),
            rand::random::<u16>() & 0xfff,
            rand::random::<u16>() & 0xfff,
            rand::random::<u64>() & 0xffff_ffff_ffff
        );
        std::fs::write(
            data.join("meta.properties.json"),
            format!(
                r#"{{"cluster_id":"{CRABKA_CLUSTER_ID}","directory_id":"{directory_id}","version":1}}"#
            ),
        )
        .unwrap();
        let port = free_port();
        let bootstrap = format!("127.0.0.1:{port}");
        let config = dir.path().join("broker.toml");
        std::fs::write(
            &config,
            format!(
                "rack = \"{CRABKA_RACK}\"\n\
                 [[listeners]]\n\
                 name = \"PLAINTEXT\"\n\
                 bind_addr = \"{bootstrap}\"\n\
                 advertised = \"{bootstrap}\"\n\
                 protocol = \"Plaintext\"\n"
            ),
        )
        .unwrap();
        let mut cmd = Command::new(crabka_bin());
        cmd.args(["--config-file".as_ref(), config.as_os_str()])
            .args(["--log-dir".as_ref(), data.as_os_str()])
            .args(["--cluster-id", CRABKA_CLUSTER_ID])
            .args(["--metrics-listen-addr", "none"]);
        let child = start_broker(
            cmd,
            &bootstrap,
            &dir.path().join("crabka.log"),
            "Install it with .ci/run",
        );
        Crabka {
            child,
            bootstrap,
            _dir: dir,
            _lock: lock,
        }
    }
}

impl Drop for Crabka {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
