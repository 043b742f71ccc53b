//! `waba completions` and `waba man`.

use clap::Args;
use clap_complete::Shell;

use super::error::{CliError, CliResult, Kind};
use crate::render::{Format, Output};

/// Arguments of `completions`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba completions bash > ~/.local/share/bash-completion/completions/waba\n  \
waba completions zsh > \"${fpath[1]}/_waba\"\n  waba completions fish > ~/.config/fish/completions/waba.fish")]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: Shell,
}

/// The completion script for a shell.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut cmd = super::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "waba", &mut buf);
    buf
}

/// The man page.
pub fn man_page() -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(super::command()).render(&mut buf)?;
    Ok(buf)
}

/// Run `completions`.
pub fn run(args: &CompletionsArgs) -> CliResult {
    Output::to_writer(Format::Table, Box::new(std::io::stdout().lock())).raw(&script(args.shell))?;
    Ok(())
}

/// Run `man`.
pub fn man() -> CliResult {
    let page = man_page().map_err(|e| CliError::new(Kind::Api, format!("cannot render the man page: {e}")))?;
    Output::to_writer(Format::Table, Box::new(std::io::stdout().lock())).raw(&page)?;
    Ok(())
}
