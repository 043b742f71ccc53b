//! Progress bars for long work: on a terminal only, nothing when stderr is piped.

use std::io::IsTerminal;
use std::path::Path;

use indicatif::{ProgressBar, ProgressStyle};

/// A byte-progress bar for reading `path`, when stderr is a terminal and the path is a
/// regular file (standard input has no known length).
pub fn for_file(path: &Path) -> Option<ProgressBar> {
    if path.as_os_str() == "-" || !std::io::stderr().is_terminal() {
        return None;
    }
    let len = std::fs::metadata(path).ok().filter(|m| m.is_file())?.len();
    let bar = ProgressBar::new(len);
    let style = ProgressStyle::with_template("{spinner} {bytes}/{total_bytes} {wide_bar} {eta}")
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    Some(bar)
}
