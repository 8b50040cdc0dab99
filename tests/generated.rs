//! The completion scripts and man pages committed under completions/ and
//! man/ are exactly what the binary generates, and they work.
//! `KLAR_BLESS=1 cargo test --test generated` rewrites them after a flag change.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bless() -> bool {
    std::env::var_os("KLAR_BLESS").is_some()
}

fn check(committed: &Path, generated: &[u8]) {
    if bless() {
        std::fs::write(committed, generated).unwrap();
        return;
    }
    let have = std::fs::read(committed).unwrap_or_default();
    assert!(
        have == generated,
        "{} is stale: run `KLAR_BLESS=1 cargo test --test generated` and commit the result",
        committed.display()
    );
}

const SHELLS: [(&str, &str); 5] = [
    ("bash", "klar.bash"),
    ("zsh", "_klar"),
    ("fish", "klar.fish"),
    ("powershell", "_klar.ps1"),
    ("elvish", "klar.elv"),
];

#[test]
fn completion_scripts_are_current() {
    for (shell, file) in SHELLS {
        let o = klar().args(["completions", shell]).output().unwrap();
        assert_eq!(code(&o), 0, "{shell}: {}", stderr(&o));
        assert!(o.stdout.len() > 1000, "{shell}");
        check(&repo().join("completions").join(file), &o.stdout);
    }
}

/// Names of the man pages in a directory, sorted.
fn pages_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".1"))
        .collect();
    names.sort();
    names
}

#[test]
fn man_pages_are_current_and_render_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let o = klar()
        .args(["man", "--dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let names = pages_in(dir.path());
    // A page for every subcommand at every depth: admin's 7 and their 19.
    assert_eq!(names.len(), 8 + 7 + 19, "{names:?}");
    let with_examples = [
        "klar.1",
        "klar-produce.1",
        "klar-consume.1",
        "klar-admin.1",
        "klar-mock.1",
    ];
    for n in with_examples.into_iter().chain([
        "klar-config-explain.1",
        "klar-completions.1",
        "klar-man.1",
        "klar-admin-topic.1",
        "klar-admin-topic-create.1",
        "klar-admin-group-reset-offsets.1",
        "klar-admin-group-delete-offsets.1",
    ]) {
        assert!(names.iter().any(|have| have == n), "{n}: {names:?}");
    }
    // No page is committed that klar no longer writes.
    if bless() {
        for stale in pages_in(&repo().join("man")) {
            if !names.contains(&stale) {
                std::fs::remove_file(repo().join("man").join(stale)).unwrap();
            }
        }
    }
    for n in &names {
        let page = std::fs::read(dir.path().join(n)).unwrap();
        check(&repo().join("man").join(n), &page);
        let text = String::from_utf8_lossy(&page);
        for section in ["EXIT STATUS", "ENVIRONMENT", "FILES"] {
            assert!(
                text.contains(&format!(".SH \"{section}\""))
                    || text.contains(&format!(".SH {section}")),
                "{n}: {section}"
            );
        }
        // Every page another page names exists (`klar help` has none, so
        // no page may list it).
        for (at, _) in text.match_indices("(1)") {
            let start = text[..at]
                .rfind(|c: char| c.is_whitespace() || c == ',')
                .map_or(0, |i| i + 1);
            let named = text[start..at].replace("\\-", "-");
            assert!(
                names.contains(&format!("{named}.1")),
                "{n} names {named}(1), which klar does not write"
            );
        }
        assert!(!text.contains("help(1)"), "{n}");
        // groff's warnings (-ww) on stderr fail the test.
        let r = Command::new("groff")
            .args(["-man", "-Tutf8", "-ww", "-z"])
            .arg(dir.path().join(n))
            .output()
            .expect("groff (Debian groff-base) renders the man pages");
        assert!(
            r.status.success() && r.stderr.is_empty(),
            "{n}: {}",
            String::from_utf8_lossy(&r.stderr)
        );
    }
    assert_eq!(pages_in(&repo().join("man")), names, "man/ is stale");
    let page = |n: &str| std::fs::read_to_string(dir.path().join(n)).unwrap();
    for n in with_examples {
        assert!(page(n).contains(".SH EXAMPLES"), "{n} has examples");
    }
    // admin's subcommands get the examples of admin's that run them.
    let create = page("klar-admin-topic-create.1");
    assert!(
        create.contains("klar admin topic create orders")
            && !create.contains("klar admin metadata"),
        "{create}"
    );
    assert!(
        create.contains("klar\\-admin\\-topic(1), klar(1)"),
        "{create}"
    );
    // The long help that is neither options nor examples is a section.
    let mock = page("klar-mock.1");
    assert!(
        mock.contains(".SH NOTES") && mock.contains("down N"),
        "{mock}"
    );
    assert!(page("klar.1").contains("101"), "the exit status table");
}

/// `klar man` prints one page, nested ones named either way.
#[test]
fn man_prints_one_page_by_name() {
    let one = |args: &[&str]| klar().arg("man").args(args).output().unwrap();
    let spaced = one(&["admin", "group"]);
    let dashed = one(&["admin-group"]);
    assert_eq!(code(&spaced), 0, "{}", stderr(&spaced));
    assert_eq!(spaced.stdout, dashed.stdout);
    assert!(String::from_utf8_lossy(&spaced.stdout).contains(".TH klar-admin-group 1"));
    let bad = one(&["admin", "nosuch"]);
    assert_eq!(code(&bad), 2);
    assert_eq!(
        stderr(&bad).trim_end(),
        "klar: error: klar man admin nosuch: no such subcommand (one of: produce, consume, admin, mock, config-explain, completions, man)"
    );
    assert!(bad.stdout.is_empty());
}

/// bash completes `-X` with the linked librdkafka's property names, asked
/// of the klar on PATH.
#[test]
fn bash_completes_property_names() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_klar"));
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let script = repo().join("completions/klar.bash");
    let run = |words: &str, cword: usize| {
        let o = Command::new("bash")
            .env("PATH", &path)
            .arg("-c")
            .arg(format!(
                // As bash calls it: the command, the word completed, the one before.
                "source {}; COMP_WORDS=({words}); COMP_CWORD={cword}; _klar_with_properties klar \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
                script.display()
            ))
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    assert_eq!(
        run("klar produce -X bootstrap.serv", 3),
        "bootstrap.servers=\n"
    );
    let many = run("klar consume -X enable.auto.", 3);
    assert!(
        many.contains("enable.auto.commit=\n") && many.contains("enable.auto.offset.store=\n"),
        "{many}"
    );
    assert_eq!(run("klar config-explain linger", 2), "linger.ms\n");
    assert_eq!(
        run("klar -q config-explain --set-only linger", 4),
        "linger.ms\n"
    );
    // After an option that takes a value, clap's own completion (files,
    // roles), not property names.
    assert!(!run("klar config-explain --import ''", 3).contains("linger.ms"));
    assert_eq!(run("klar config-explain --role p", 3), "producer\n");
    // Topic names from the cluster in KLAR_BROKERS.
    let mock = Mock::start(&["alpha:1", "alpine:2", "beta:1"]);
    let o = Command::new("bash")
        .env("PATH", &path)
        .env("KLAR_BROKERS", &mock.bootstrap)
        .arg("-c")
        .arg(format!(
            "source {}; COMP_WORDS=(klar consume -t al); COMP_CWORD=3; _klar_with_properties klar; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            script.display()
        ))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&o.stdout), "alpha\nalpine\n");
    // Flags still come from clap's own function.
    assert!(run("klar consume --commit-e", 2).contains("--commit-every"));
}

/// Each subcommand's help opens with the description its parent lists for
/// it: admin's subcommands are built only when run (clap's `defer`), and a
/// doc comment on a struct they flatten would then take the place of theirs.
#[test]
fn every_subcommand_help_opens_with_its_own_description() {
    fn help(path: &[String]) -> String {
        let o = klar().args(path).arg("--help").output().unwrap();
        assert_eq!(code(&o), 0, "{path:?}: {}", stderr(&o));
        stdout(&o)
    }
    // (name, description) of each entry of a help's Commands section.
    fn children(help: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut in_commands = false;
        for line in help.lines() {
            if line == "Commands:" {
                in_commands = true;
            } else if in_commands && line.is_empty() {
                break;
            } else if in_commands && line.starts_with("  ") && !line.starts_with("   ") {
                let (name, rest) = line.trim().split_once(' ').unwrap();
                let description = rest.trim().split(" [alias").next().unwrap();
                if name != "help" {
                    out.push((name.to_string(), description.to_string()));
                }
            }
        }
        out
    }
    let mut queue = vec![Vec::<String>::new()];
    let mut checked = 0;
    while let Some(path) = queue.pop() {
        for (name, description) in children(&help(&path)) {
            let mut child = path.clone();
            child.push(name);
            let text = help(&child);
            let first = text.lines().next().unwrap();
            let n = description.len().min(first.len()).min(40);
            assert_eq!(&first[..n], &description[..n], "{child:?}:\n{text}");
            checked += 1;
            queue.push(child);
        }
    }
    // The 7 subcommands, admin's 7, and their 19.
    assert!(checked >= 33, "{checked}");
}
