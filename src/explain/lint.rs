use crate::cli::ConfigExplainArgs;
use crate::exit_codes::ExitCode;
use anyhow::Result;
pub fn run(_a: &ConfigExplainArgs) -> Result<ExitCode> {
    Ok(ExitCode::Success)
}
