//! Shell completions and man pages, both generated from the clap definition
//! in `cli.rs`, so they cannot drift from the flags. The copies committed
//! under completions/ and man/ are checked against this output by a test.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::{Cli, CompletionsArgs, ManArgs, CONFIG_HELP};
use crate::config::catalogue::Catalogue;
use crate::exit_codes::{usage, ExitCode};

/// Completes `-X NAME=` with the linked librdkafka's property names. clap's
/// static scripts cannot call back into klar, so each one gets a small
/// wrapper that does and otherwise defers to clap's function.
const BASH_PROPERTIES: &str = r#"
_klar_with_properties() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
    # Topic and group names from the cluster, when KLAR_BROKERS names one.
    if [[ -n "$KLAR_BROKERS" && ( "$prev" == "-t" || "$prev" == "--topic" || "$prev" == "-G" || "$prev" == "--group" ) ]]; then
        local what=topic
        [[ "$prev" == "-G" || "$prev" == "--group" ]] && what=group
        COMPREPLY=( $(compgen -W "$(klar admin "$what" list --timeout 2s 2>/dev/null | tail -n +2 | cut -f1)" -- "$cur") )
        return 0
    fi
    # config-explain's arguments are property names, where no option before
    # them takes a value (--import FILE, --role ROLE, ...).
    local explain=0 w
    for w in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
        [[ "$w" == "config-explain" ]] && explain=1
    done
    case "$prev" in
        --role|--search|-o|--output|--import|-F|--config-file|-b|--brokers|-d|--debug|--color) explain=0 ;;
    esac
    if [[ "$prev" == "-X" || ( $explain == 1 && "$cur" != -* ) ]]; then
        local suffix="="
        [[ "$prev" == "-X" ]] || suffix=""
        COMPREPLY=( $(compgen -S "$suffix" -W "$(klar config-explain --names 2>/dev/null)" -- "$cur") )
        compopt -o nospace 2>/dev/null
        return 0
    fi
    _klar "$@"
}
complete -F _klar_with_properties -o bashdefault -o default klar
"#;

/// zsh: clap's `-X` action becomes a function that asks klar; it is defined
/// before the script's closing lines, which may call `_klar` at once.
const ZSH_PROPERTIES: &str = r#"_klar_properties() {
    compadd -S '=' -- ${(f)"$(klar config-explain --names 2>/dev/null)"}
}

"#;
const ZSH_TRAILER: &str = "if [ \"$funcstack[1]\" = \"_klar\" ]; then";

const FISH_PROPERTIES: &str = r#"
complete -c klar -s t -l topic -x -a '(test -n "$KLAR_BROKERS"; and klar admin topic list --timeout 2s 2>/dev/null | tail -n +2 | cut -f1)'
complete -c klar -s G -l group -x -a '(test -n "$KLAR_BROKERS"; and klar admin group list --timeout 2s 2>/dev/null | tail -n +2 | cut -f1)'
complete -c klar -s X -x -a '(klar config-explain --names 2>/dev/null | string replace -r "\$" "=")'
complete -c klar -n "__fish_seen_subcommand_from config-explain" -f -a '(klar config-explain --names 2>/dev/null)'
"#;

pub fn completion_script(shell: Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "klar", &mut out);
    match shell {
        Shell::Bash => out.extend_from_slice(BASH_PROPERTIES.as_bytes()),
        Shell::Fish => out.extend_from_slice(FISH_PROPERTIES.as_bytes()),
        Shell::Zsh => {
            let text = String::from_utf8_lossy(&out)
                .replace(":KEY=VALUE:_default'", ":KEY=VALUE:_klar_properties'")
                .replacen(ZSH_TRAILER, &format!("{ZSH_PROPERTIES}{ZSH_TRAILER}"), 1);
            out = text.into_bytes();
        }
        _ => {}
    }
    out
}

/// Writes to stdout; a reader that went away (`| head`) is not an error.
fn to_stdout(bytes: &[u8], what: &str) -> Result<ExitCode> {
    match std::io::stdout().lock().write_all(bytes) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(e).with_context(|| format!("cannot write {what} to stdout"))
        }
        _ => Ok(ExitCode::Success),
    }
}

pub fn run_completions(a: &CompletionsArgs) -> Result<ExitCode> {
    to_stdout(&completion_script(a.shell), "the completion script")
}

/// Every property name librdkafka knows, for completion.
pub fn print_property_names() -> Result<ExitCode> {
    let mut names: Vec<&str> = Catalogue::get()
        .properties
        .iter()
        // Hidden rows are librdkafka's undocumented ones: not offered.
        .filter(|p| !p.is_api_only() && !p.hidden)
        .map(|p| p.name)
        .collect();
    names.sort_unstable();
    names.dedup();
    to_stdout((names.join("\n") + "\n").as_bytes(), "the property names")
}

const ENVIRONMENT: &[(&str, &str)] = &[
    ("KLAR_BROKERS", "Bootstrap brokers when -b is not given (sets bootstrap.servers)."),
    (
        "KLAR_CONFIG",
        "The properties file when -F is not given.",
    ),
    (
        "KLAR_X_<NAME>",
        "Any librdkafka property: NAME upper-cased with dots as underscores, e.g. KLAR_X_SASL_PASSWORD.",
    ),
    ("NO_COLOR", "When set, no colour, whatever --color says for auto."),
    (
        "RUST_LOG",
        "A tracing filter for klar's diagnostics on stderr (overrides -v and -q).",
    ),
    ("XDG_CONFIG_HOME", "Where the default properties file is looked for."),
];

const EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "Success."),
    (
        "1",
        "The operation failed: a message not delivered, a missing topic, a broker error, a lint error.",
    ),
    (
        "2",
        "Usage or configuration error: a bad flag, an unknown property, a bad value, an unreadable file.",
    ),
    ("3", "The cluster was unreachable or did not answer within --timeout."),
    ("101", "A bug in klar: it panicked; the panic's message is on stderr."),
    (
        "130, 143",
        "admin or config-explain ended by SIGINT or SIGTERM (a shell's status for a command a signal ended). produce, consume and mock stop gracefully on a signal and exit with one of the statuses above.",
    ),
];

const EXAMPLES: &str = "\
klar mock --topic demo:3 -- sh -c 'seq 10 | klar produce -t demo && klar consume -t demo -o beginning -e'
klar consume -b kafka:9092 -G billing orders -J | jq .payload
klar admin group describe billing -o json
klar config-explain --lint -F client.properties";

fn section(title: &str, body: roff::Roff) -> Vec<u8> {
    let mut r = roff::Roff::new();
    r.control("SH", [title]);
    let mut out = r.to_roff().into_bytes();
    out.extend_from_slice(body.to_roff().as_bytes());
    out
}

fn tagged(items: &[(&str, &str)]) -> roff::Roff {
    let mut r = roff::Roff::new();
    for (k, v) in items {
        r.control("TP", []);
        r.text([roff::bold(*k)]);
        r.text([roff::roman(*v)]);
    }
    r
}

/// Preformatted lines, as written (examples, the precedence list).
fn lines(text: &str) -> roff::Roff {
    let mut r = roff::Roff::new();
    r.control("nf", []);
    for l in text.lines() {
        r.text([roff::roman(l)]);
    }
    r.control("fi", []);
    r
}

/// clap writes a required group of alternatives (`<--to-earliest|--to-latest|...>`)
/// as one word, wider than a terminal for reset-offsets, which groff warns
/// it cannot fit; `\:` lets it break the line after a bar of such a group.
fn breakable_groups(synopsis: &str) -> String {
    let mut out = String::with_capacity(synopsis.len());
    let mut rest = synopsis;
    while let Some(i) = rest.find("<\\fB") {
        let (head, tail) = rest.split_at(i);
        out.push_str(head);
        let end = tail.find('>').map_or(tail.len(), |e| e + 1);
        out.push_str(&tail[..end].replace("\\fR|\\fB", "\\fR|\\:\\fB"));
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// What one page adds to clap's sections.
#[derive(Default)]
struct Extra<'a> {
    /// Text of the long help that is neither options nor examples (the
    /// mock's control lines, config-explain's paragraphs).
    notes: Option<&'a str>,
    examples: Option<&'a str>,
    /// The page of the command one level up, for SEE ALSO.
    parent: Option<&'a str>,
}

/// One page: clap's sections, then the ones clap has no notion of.
fn page(cmd: clap::Command, extra: &Extra) -> Result<Vec<u8>> {
    let cmd = cmd.version(env!("CARGO_PKG_VERSION"));
    let man = clap_mangen::Man::new(cmd.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    let mut synopsis = Vec::new();
    man.render_synopsis_section(&mut synopsis)?;
    out.extend_from_slice(breakable_groups(&String::from_utf8(synopsis)?).as_bytes());
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(&mut out)?;
    }
    if let Some(notes) = extra.notes {
        out.extend(section("NOTES", lines(notes)));
    }
    out.extend(section("CONFIGURATION", lines(CONFIG_HELP)));
    out.extend(section("EXIT STATUS", tagged(EXIT_STATUS)));
    out.extend(section("ENVIRONMENT", tagged(ENVIRONMENT)));
    out.extend(section(
        "FILES",
        tagged(&[(
            "~/.config/klar/klar.properties",
            "The default properties file (Java .properties syntax), read when it exists and neither -F nor KLAR_CONFIG is given.",
        )]),
    ));
    if let Some(ex) = extra.examples {
        out.extend(section("EXAMPLES", lines(ex)));
    }
    if let Some(parent) = extra.parent {
        let mut see = roff::Roff::new();
        let mut refs = vec![format!("{parent}(1)")];
        if parent != "klar" {
            refs.push("klar(1)".to_string());
        }
        see.text([roff::roman(refs.join(", "))]);
        out.extend(section("SEE ALSO", see));
    }
    man.render_version_section(&mut out)?;
    Ok(out)
}

/// A subcommand's long help, cut into what comes before its examples and
/// after them, and the examples themselves (up to the first blank line).
fn split_help(help: &str) -> (String, Option<String>) {
    let Some((before, rest)) = help.split_once("Examples:\n") else {
        return (help.trim().to_string(), None);
    };
    let (examples, after) = rest.split_once("\n\n").unwrap_or((rest, ""));
    let notes = [before.trim(), after.trim()]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    (notes, Some(examples.trim_end().to_string()))
}

/// klar.1 and a page for every subcommand at every depth (klar-admin.1,
/// klar-admin-topic.1, klar-admin-topic-create.1, ...), so that every page a
/// SUBCOMMANDS section names exists.
pub fn man_pages() -> Result<Vec<(String, Vec<u8>)>> {
    let mut root = Cli::command();
    // Builds admin's deferred subcommands too, which a page needs to list.
    root.build();
    let root = without_help_subcommand(root);
    let mut pages = vec![(
        "klar.1".to_string(),
        page(
            root.clone(),
            &Extra {
                examples: Some(EXAMPLES),
                ..Extra::default()
            },
        )?,
    )];
    sub_pages(&root, ("klar", "klar"), None, &mut pages)?;
    Ok(pages)
}

/// `klar help X` is `klar X --help`: it gets no page, and no page lists it.
fn without_help_subcommand(mut cmd: clap::Command) -> clap::Command {
    for sub in cmd.get_subcommands_mut() {
        let taken = std::mem::take(sub);
        *sub = if taken.get_name() == "help" {
            taken.hide(true)
        } else {
            without_help_subcommand(taken)
        };
    }
    cmd
}

/// The pages of `parent`'s subcommands and theirs; `parent_names` is the
/// parent's page name and its command line (`klar-admin`, `klar admin`).
fn sub_pages(
    parent: &clap::Command,
    (parent_name, parent_bin): (&str, &str),
    inherited_examples: Option<&str>,
    pages: &mut Vec<(String, Vec<u8>)>,
) -> Result<()> {
    for sub in parent.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("{parent_name}-{}", sub.get_name());
        let bin_name = format!("{parent_bin} {}", sub.get_name());
        let help = sub
            .get_after_long_help()
            .or_else(|| sub.get_after_help())
            .map(|h| h.to_string())
            .unwrap_or_default();
        // produce's, consume's and admin's short help ends in the
        // configuration and exit status text that has sections of its own.
        let help = if help.starts_with(CONFIG_HELP) {
            String::new()
        } else {
            help
        };
        let (notes, own_examples) = split_help(&help);
        // A subcommand without examples of its own gets its parent's that
        // run it (admin's examples, on the pages of admin's subcommands).
        let examples = own_examples.or_else(|| {
            let picked = inherited_examples?
                .lines()
                .filter(|l| l.trim_start().starts_with(&format!("{bin_name} ")))
                .collect::<Vec<_>>()
                .join("\n");
            (!picked.is_empty()).then_some(picked)
        });
        let cmd = sub.clone().name(name.clone()).bin_name(&bin_name);
        let extra = Extra {
            notes: (!notes.is_empty()).then_some(notes.as_str()),
            examples: examples.as_deref(),
            parent: Some(parent_name),
        };
        pages.push((format!("{name}.1"), page(cmd.clone(), &extra)?));
        sub_pages(&cmd, (&name, &bin_name), examples.as_deref(), pages)?;
    }
    Ok(())
}

pub fn run_man(a: &ManArgs) -> Result<ExitCode> {
    let pages = man_pages()?;
    if let Some(dir) = &a.dir {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        for (name, body) in &pages {
            write_page(&dir.join(name), body)?;
        }
        return Ok(ExitCode::Success);
    }
    // `klar man admin topic` and `klar man admin-topic` both name
    // klar-admin-topic.1.
    let want = match a.page.is_empty() {
        true => "klar.1".to_string(),
        false => format!("klar-{}.1", a.page.join("-")),
    };
    let Some((_, body)) = pages.iter().find(|(n, _)| *n == want) else {
        return Err(usage(format!(
            "klar man {}: no such subcommand (one of: {})",
            a.page.join(" "),
            Cli::command()
                .get_subcommands()
                .filter(|s| !s.is_hide_set())
                .map(|s| s.get_name())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    };
    to_stdout(body, "the man page")
}

fn write_page(path: &Path, body: &[u8]) -> Result<()> {
    std::fs::write(path, body).with_context(|| format!("cannot write {}", path.display()))
}
