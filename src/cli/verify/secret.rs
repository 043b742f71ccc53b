//! Reading a verification code or two-step PIN: from standard input (`--pin-stdin`,
//! `--code-stdin`) or a hidden prompt on a terminal, never from the command line.

use secrecy::SecretString;

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::lifecycle::secret::six_digits;

/// Which secret, and its flag.
#[derive(Debug, Clone, Copy)]
pub struct Which {
    /// `PIN` or `code`.
    pub what: &'static str,
    /// `--pin-stdin` or `--code-stdin`.
    pub flag: &'static str,
    /// Ask twice on a terminal (a new PIN).
    pub confirm: bool,
}

pub const PIN: Which = Which { what: "PIN", flag: "--pin-stdin", confirm: false };
pub const NEW_PIN: Which = Which { what: "PIN", flag: "--pin-stdin", confirm: true };
pub const CODE: Which = Which { what: "code", flag: "--code-stdin", confirm: false };

/// Refuses a secret given as an argument: it would stay in the shell history and `ps`.
pub fn refuse_argument(which: Which, given: bool) -> CliResult {
    if !given {
        return Ok(());
    }
    Err(CliError::usage(format!(
        "the {} is never taken on the command line (shell history and `ps` would keep it)",
        which.what
    ))
    .hint(format!("pipe it in with {}, or run without it on a terminal to be asked", which.flag)))
}

/// The secret, read from standard input when `from_stdin`, else asked for on a terminal.
pub fn read(ctx: &Ctx, which: Which, from_stdin: bool) -> CliResult<SecretString> {
    let value = if from_stdin {
        crate::cli::input::secret_from_stdin(which.flag, which.what)?
    } else if ctx.interactive() {
        let failed = |e: dialoguer::Error| CliError::usage(format!("prompt failed: {e}"));
        let mut prompt = dialoguer::Password::new().with_prompt(format!("{} (6 digits, hidden)", upper(which.what)));
        if which.confirm {
            prompt = prompt.with_confirmation("Again", "the two entries differ");
        }
        prompt.interact().map_err(failed)?
    } else {
        return Err(CliError::usage(format!("the {} is needed and there is no terminal to ask on", which.what))
            .hint(format!("pipe it in: {} (e.g. `printf %s \"$PIN\" | waba … {}`)", which.flag, which.flag)));
    };
    let checked = six_digits(which.what, &value).map_err(|e| {
        CliError::usage(e.to_string()).hint(format!("the {} is six digits, e.g. from a password manager", which.what))
    })?;
    Ok(SecretString::from(checked.to_owned()))
}

fn upper(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
