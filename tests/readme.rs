//! Every command in the README's cookbook runs as written, against `klar
//! mock`, and prints what its `#=>` lines say. A README example that stops
//! working fails here.

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::*;

struct Block {
    script: String,
    expect: Vec<String>,
}

fn cookbook() -> Vec<Block> {
    let readme =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let start = readme.find("\n## Cookbook\n").expect("a Cookbook section");
    let rest = &readme[start + 1..];
    let section = &rest[..rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3)];
    let mut blocks = Vec::new();
    let mut lines = section.lines();
    while let Some(l) = lines.next() {
        if l.trim() != "```sh" {
            continue;
        }
        let mut b = Block {
            script: String::new(),
            expect: Vec::new(),
        };
        for l in lines.by_ref() {
            if l.trim() == "```" {
                break;
            }
            match l.strip_prefix("#=> ") {
                Some(e) => b.expect.push(e.to_string()),
                None => {
                    b.script.push_str(l);
                    b.script.push('\n');
                }
            }
        }
        blocks.push(b);
    }
    blocks
}

#[test]
fn cookbook_examples_run_as_written() {
    let blocks = cookbook();
    assert!(
        blocks.len() >= 15,
        "at least 15 examples, found {}",
        blocks.len()
    );
    let mock = Mock::start(&["orders:3", "orders-copy:3", "blobs:1"]);
    let dir = tempfile::tempdir().unwrap();
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_klar"));
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for b in &blocks {
        eprintln!("running: {}", b.script.trim());
        let child = Command::new("bash")
            .args(["-euo", "pipefail", "-c", &b.script])
            .current_dir(dir.path())
            .env_clear()
            .env("PATH", &path)
            .env("HOME", dir.path())
            .env("KLAR_BROKERS", &mock.bootstrap)
            .env("SRC", &mock.bootstrap)
            .env("DST", &mock.bootstrap)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let o = wait_with_timeout(child, std::time::Duration::from_secs(60));
        assert_eq!(code(&o), 0, "{}\nstderr: {}", b.script, stderr(&o));
        for e in &b.expect {
            assert!(
                stdout(&o).contains(e.as_str()),
                "{}\nshould print {e:?}, printed:\n{}",
                b.script,
                stdout(&o)
            );
        }
    }
    // The copy example copied every message.
    let a = read_topic(&mock.bootstrap, "orders", &[]);
    let b = read_topic(&mock.bootstrap, "orders-copy", &[]);
    assert_eq!(a.len(), b.len());
}

/// The flags "From kcat" calls the same exist on produce or consume (the
/// spellings it names, `-p -1`, `s@`/`e@`, `-X list`, have tests of their
/// own in produce.rs, tansu.rs and bad_input.rs).
#[test]
fn from_kcat_flags_exist() {
    let readme =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let start = readme
        .find("\n## From kcat\n")
        .expect("a From kcat section");
    let row = readme[start..]
        .lines()
        .find(|l| l.ends_with("| the same |") && l.contains("`-K`"))
        .expect("the row of flags that are the same");
    let help: String = ["produce", "consume"]
        .iter()
        .map(|c| stdout(&klar().args([c, "--help"]).output().unwrap()))
        .collect();
    let flags: Vec<&str> = row
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|f| f.split(' ').next().unwrap())
        .collect();
    assert!(flags.len() >= 20, "{flags:?}");
    for f in flags {
        let listed = help.contains(&format!("  {f}, ")) || help.contains(&format!("  {f} <"));
        assert!(listed, "{f} is in neither --help");
    }
}

/// The README's `--explain-only` example is what klar prints, line for line
/// (it had drifted from the output once).
#[test]
fn the_explain_example_is_what_klar_prints() {
    let readme =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let cmd = "$ klar consume -G billing orders -o beginning --explain-only\n";
    let start = readme.find(cmd).expect("the --explain-only example") + cmd.len();
    let shown = &readme[start..start + readme[start..].find("```").unwrap()];
    let o = klar()
        .args([
            "consume",
            "-G",
            "billing",
            "orders",
            "-o",
            "beginning",
            "--explain-only",
        ])
        .env_clear()
        .env("KLAR_BROKERS", "localhost:9092")
        .env("HOME", "/nonexistent")
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stderr(&o), shown);
}
