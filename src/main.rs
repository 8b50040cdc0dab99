//! klar: a Kafka command-line client that shows exactly what librdkafka does.
//!
//! Layout: `cli` parses, `config` resolves the client configuration with
//! provenance, each subcommand module does its work, `output` prints.

mod admin;
mod alloc;
mod cli;
mod cluster;
mod config;
mod consume;
mod ending;
mod escape;
mod exit_codes;
mod explain;
mod generation;
mod kafka_error;
mod logging;
mod mock;
mod output;
mod produce;
mod redacted;
mod signals;
mod wake;
mod when;

use cli::{Cli, Command};
use exit_codes::{exit_code_of, ExitCode};
use logging::Verbosity;

/// `Cli::try_parse`, without dropping clap's tree of every subcommand and
/// argument once parsing is done: freeing it cost more instructions than
/// building it, at the start of every run, and the process ends soon.
fn parse_args() -> Result<Cli, clap::Error> {
    use clap::{CommandFactory, FromArgMatches};
    let mut cmd = Cli::command();
    let mut matches = cmd.try_get_matches_from_mut(std::env::args_os())?;
    let cli = Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut cmd));
    std::mem::forget(matches);
    std::mem::forget(cmd);
    cli
}

fn main() -> std::process::ExitCode {
    // A panic on a thread other than main would otherwise leave the run to
    // end as if nothing happened, with status 0.
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        report(info);
        // _exit, as ending::abandon does: librdkafka's threads still run,
        // and the C library's exit handlers could wait on one of them.
        // SAFETY: ends the process; nothing of it is used after this.
        unsafe { libc::_exit(ExitCode::Bug.code()) }
    }));
    let cli = match parse_args() {
        Ok(c) => c,
        Err(e) => {
            // clap prints help and version on stdout with status 0; usage
            // errors are one line on stderr with status 2, like klar's own.
            if !e.use_stderr() {
                // As for any output: a full disk is a failure, a reader
                // that left (`| head`) is not.
                return match e.print() {
                    Err(w) if w.kind() != std::io::ErrorKind::BrokenPipe => {
                        eprintln!("klar: error: cannot write to stdout: {w}");
                        ExitCode::Failure.into()
                    }
                    _ => ExitCode::Success.into(),
                };
            }
            eprintln!("klar: error: {}", one_line_usage_error(&e));
            return ExitCode::Usage.into();
        }
    };
    let v = Verbosity {
        verbose: cli.verbose,
        quiet: cli.quiet,
    };
    let debug_contexts = match &cli.command {
        Command::Produce(a) => a.client.debug.is_some(),
        Command::Consume(a) => a.client.debug.is_some(),
        Command::Admin(a) => a.client.debug.is_some(),
        Command::Mock(_) => false,
        Command::ConfigExplain(a) => a.client.debug.is_some(),
        Command::Completions(_) | Command::Man(_) => false,
    };
    match &cli.command {
        Command::Consume(_) => alloc::use_mimalloc(),
        Command::Produce(_) => alloc::keep_heap_slack(),
        _ => {}
    }
    logging::set_color(cli.color);
    logging::init(v, debug_contexts);

    let result = match &cli.command {
        Command::Produce(a) => produce::run(a, v),
        Command::Consume(a) => consume::run(a, v),
        Command::Admin(a) => admin::run(a, v),
        Command::Mock(a) => mock::run(a, v.quiet),
        Command::ConfigExplain(a) if a.names => generation::print_property_names(),
        Command::ConfigExplain(a) => explain::run(a, v.quiet),
        Command::Completions(a) => generation::run_completions(a),
        Command::Man(a) => generation::run_man(a),
    };
    let code = match result {
        Ok(code) => code,
        Err(e) => {
            let msg = e
                .chain()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(": ");
            eprintln!("klar: error: {msg}");
            exit_code_of(&e)
        }
    };
    // The failed write has its error line already.
    let code = match code {
        ExitCode::Success if output::stdout_failed() => ExitCode::Failure,
        c => c,
    };
    ending::finish(code)
}

/// clap's usage error as one line: its message and tips, without the usage
/// block and the pointer to --help; an argument that is not UTF-8 is named.
fn one_line_usage_error(e: &clap::Error) -> String {
    if e.kind() == clap::error::ErrorKind::InvalidUtf8 {
        if let Some(bad) = std::env::args_os().find(|a| a.to_str().is_none()) {
            // Only what comes before `=`: the rest may be a secret
            // (`-X sasl.password=...`).
            let bad = bad.to_string_lossy();
            let shown = match bad.split_once('=') {
                Some((key, _)) => format!("{key}=(value not shown)"),
                None => bad.into_owned(),
            };
            return format!("argument {shown:?} is not valid UTF-8");
        }
    }
    if e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        return missing_subcommand();
    }
    let text = e.render().to_string();
    let parts: Vec<String> = text
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| {
            !p.is_empty() && !p.starts_with("Usage:") && !p.starts_with("For more information")
        })
        .collect();
    let mut joined = parts.join("; ");
    if let Some(tip) = conflict_tip(e) {
        joined.push_str("; tip: ");
        joined.push_str(tip);
    }
    joined
        .strip_prefix("error: ")
        .unwrap_or(&joined)
        .to_string()
}

/// `klar admin topic` alone: clap's answer is the whole help, which as one
/// line is unreadable. The command reached is found again by following the
/// arguments that name subcommands.
fn missing_subcommand() -> String {
    use clap::CommandFactory;
    let mut cmd = Cli::command();
    cmd.build();
    let mut path = vec!["klar".to_string()];
    for arg in std::env::args_os().skip(1) {
        let Some(arg) = arg.to_str() else { continue };
        let Some(sub) = cmd
            .get_subcommands()
            .find(|s| s.get_name() == arg || s.get_all_aliases().any(|a| a == arg))
        else {
            continue;
        };
        path.push(sub.get_name().to_string());
        cmd = sub.clone();
    }
    let subs: Vec<&str> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        .map(|s| s.get_name())
        .collect();
    let path = path.join(" ");
    format!(
        "{path} needs a subcommand: {}; see {path} --help",
        subs.join(", ")
    )
}

/// A tip for a conflict that habits from other tools lead to: the Apache
/// console consumer takes `--topic` next to `--group`, where klar (like
/// kcat's -G) takes the topics as positional arguments.
fn conflict_tip(e: &clap::Error) -> Option<&'static str> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if e.kind() != ErrorKind::ArgumentConflict {
        return None;
    }
    let named = |prefix: &str| {
        [ContextKind::InvalidArg, ContextKind::PriorArg]
            .into_iter()
            .filter_map(|k| e.get(k))
            .any(|v| match v {
                ContextValue::String(s) => s.starts_with(prefix),
                ContextValue::Strings(v) => v.iter().any(|s| s.starts_with(prefix)),
                _ => false,
            })
    };
    (named("--group") && named("--topic")).then_some(
        "with -G the topics are positional arguments, as with kcat -G: klar consume -G GROUP TOPIC...",
    )
}
