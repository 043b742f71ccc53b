//! Opening the files a command reads: a path, or `-` for standard input.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

use super::error::{CliError, Kind};

/// Open `path` for reading; `-` is standard input.
pub fn open(path: &Path) -> Result<Box<dyn Read + Send>, CliError> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(io::stdin()));
    }
    match File::open(path) {
        Ok(file) => Ok(Box::new(BufReader::with_capacity(1 << 16, file))),
        Err(err) => Err(unreadable(path, &err)),
    }
}

/// Read a whole (small) file as text: rate cards, tier tables, plans.
pub fn read_text(path: &Path) -> Result<String, CliError> {
    let mut text = String::new();
    open(path)?.read_to_string(&mut text).map_err(|err| unreadable(path, &err))?;
    Ok(text)
}

/// The error for a file that cannot be read: names the file, says why, exit 2.
pub fn unreadable(path: &Path, err: &io::Error) -> CliError {
    let hint = match err.kind() {
        io::ErrorKind::NotFound => "check the path; `-` reads standard input",
        io::ErrorKind::PermissionDenied => "check the file's permissions",
        io::ErrorKind::InvalidData => "the file must be UTF-8 text",
        _ => "check the file",
    };
    CliError::new(Kind::Usage, format!("cannot read {}: {err}", display(path))).hint(hint)
}

/// How a path is shown in messages.
pub fn display(path: &Path) -> String {
    if path.as_os_str() == "-" { "standard input".to_string() } else { path.display().to_string() }
}

/// A secret read from standard input (`flag` names the option, `what` the secret): the
/// input trimmed, refused when empty or holding white space. Never echoed.
pub fn secret_from_stdin(flag: &str, what: &str) -> Result<String, CliError> {
    let mut text = String::new();
    io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| CliError::usage(format!("cannot read the {what} from standard input: {e}")))?;
    let secret = text.trim();
    if secret.is_empty() {
        return Err(CliError::usage(format!("{flag} was given but standard input is empty"))
            .hint(format!("pipe the {what} in, e.g. {flag} < {}.txt", what.replace(' ', "-"))));
    }
    if secret.chars().any(char::is_whitespace) {
        return Err(CliError::usage(format!("the {what} read from standard input contains white space"))
            .hint(format!("the input must hold the {what} alone")));
    }
    Ok(secret.to_string())
}
