//! The help every command shares: global options listed once, in `waba --help`.
//!
//! Global options are accepted everywhere, but below the top level they are not repeated in
//! full: a subcommand's help names them in one short section (as gh's "INHERITED FLAGS"), so
//! its own options stay in sight. They remain in completions.

use clap::builder::StyledStr;
use clap::{Arg, Command};

/// The global-options section fits an 80-column terminal.
const SECTION_WIDTH: usize = 80;

/// `cmd` with every subcommand given the global options as hidden-in-help copies and a short
/// "Global options" section before its own after-help text.
pub fn inherit_globals(cmd: Command) -> Command {
    let globals: Vec<Arg> = cmd.get_arguments().filter(|a| a.is_global_set()).cloned().collect();
    let section = section(&globals);
    cmd.mut_subcommands(|sc| inherit(sc, &globals, &section, SECTION_WIDTH))
}

fn inherit(mut sc: Command, globals: &[Arg], section: &[String], width: usize) -> Command {
    for arg in globals {
        sc = sc.arg(arg.clone().hide_short_help(true).hide_long_help(true));
    }
    let header = anstyle::Style::new().bold().underline();
    let mut text = format!("{header}Global options{header:#} (described in `waba --help`):\n");
    text.push_str(&wrap_names(section, width));
    let short = sc.get_after_help().map(ToString::to_string);
    let long = sc.get_after_long_help().map(ToString::to_string).or_else(|| short.clone());
    let join = |own: Option<String>| match own {
        Some(own) => StyledStr::from(format!("{text}\n\n{own}")),
        None => StyledStr::from(text.clone()),
    };
    sc = sc.after_help(join(short)).after_long_help(join(long));
    sc.mut_subcommands(|c| inherit(c, globals, section, width))
}

/// Each global option as people type it: `-o/--output FORMAT`, `--sandbox`.
fn section(globals: &[Arg]) -> Vec<String> {
    globals
        .iter()
        .filter(|a| !a.is_hide_set())
        .filter_map(|a| {
            let long = a.get_long()?;
            let name = match a.get_short() {
                Some(s) => format!("-{s}/--{long}"),
                None => format!("--{long}"),
            };
            let takes_value = a.get_action().takes_values();
            let value = a.get_value_names().and_then(|v| v.first()).map(ToString::to_string);
            Some(match (takes_value, value) {
                (true, Some(v)) => format!("{name} {v}"),
                (true, None) => format!("{name} {}", long.to_uppercase()),
                (false, _) => name,
            })
        })
        .collect()
}

/// `names` joined with ", " in lines of at most `width` columns, indented two spaces.
fn wrap_names(names: &[String], width: usize) -> String {
    let mut lines = vec![String::from(" ")];
    for (k, name) in names.iter().enumerate() {
        let piece = if k + 1 < names.len() { format!("{name},") } else { name.clone() };
        let line = lines.last_mut().expect("one line at least");
        if line.len() + 1 + piece.len() > width && line.len() > 2 {
            lines.push(format!("  {piece}"));
        } else {
            line.push(' ');
            line.push_str(&piece);
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_wrap_within_width() {
        let names: Vec<String> = (0..20).map(|i| format!("--option-{i}")).collect();
        let text = wrap_names(&names, 40);
        assert!(text.lines().all(|l| l.len() <= 40 && l.starts_with("  --")), "{text}");
        assert_eq!(text.matches("--option-").count(), 20);
    }
}
