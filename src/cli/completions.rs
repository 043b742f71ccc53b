//! `waba completions` and `waba man`.

use std::path::PathBuf;

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

/// Arguments of `man`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba man | man -l -\n  \
waba man --dir ~/.local/share/man/man1 && man waba-templates-apply")]
pub struct ManArgs {
    /// Write waba.1 and one page per command (waba-templates-apply.1, …) into DIR, created if missing
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Run `man`: the top page on stdout, or every page into a directory (their paths on stdout).
pub fn man(args: &ManArgs) -> CliResult {
    let Some(dir) = &args.dir else {
        let page = man_page().map_err(|e| CliError::new(Kind::Api, format!("cannot render the man page: {e}")))?;
        Output::to_writer(Format::Table, Box::new(std::io::stdout().lock())).raw(&page)?;
        return Ok(());
    };
    let cannot = |e: std::io::Error| {
        CliError::usage(format!("cannot write man pages to {}: {e}", dir.display()))
            .hint("pass --dir with a directory you can write to")
    };
    std::fs::create_dir_all(dir).map_err(cannot)?;
    clap_mangen::generate_to(super::command(), dir).map_err(cannot)?;
    let mut pages: Vec<String> = std::fs::read_dir(dir)
        .map_err(cannot)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "1")
                && p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("waba"))
        })
        .map(|p| p.display().to_string())
        .collect();
    pages.sort();
    let mut listing = pages.join("\n");
    listing.push('\n');
    Output::to_writer(Format::Table, Box::new(std::io::stdout().lock())).raw(listing.as_bytes())?;
    Ok(())
}
