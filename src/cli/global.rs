//! Options every command accepts.

use clap::{Args, ValueEnum};

use crate::config::Overrides;
use crate::render::{ColorChoice, Format};

/// Output format of `-o/--output`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Aligned columns for people
    Table,
    /// One JSON document; lists are one array; Meta's field names
    Json,
    /// One JSON object per line
    Ndjson,
    /// Comma-separated values with a header row
    Csv,
    /// TOML; a list becomes [[items]]
    Toml,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour on a terminal unless NO_COLOR is set
    Auto,
    /// Always colour
    Always,
    /// Never colour
    Never,
}

/// Options that every command accepts.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Output format
    #[arg(short = 'o', long, global = true, value_enum, default_value_t = OutputFormat::Table, value_name = "FORMAT", help_heading = "Output")]
    pub output: OutputFormat,

    /// When to use colour
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN", help_heading = "Output")]
    pub color: ColorArg,

    /// More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)
    #[arg(short, long, global = true, action = clap::ArgAction::Count, help_heading = "Output")]
    pub verbose: u8,

    /// Only errors on stderr; no assumptions; a check that passes prints nothing
    #[arg(short, long, global = true, conflicts_with = "verbose", help_heading = "Output")]
    pub quiet: bool,

    /// Never prompt, even on a terminal (also when CI is set); confirmations then need --yes
    #[arg(long, global = true, help_heading = "Output")]
    pub no_input: bool,

    /// Leave the assumptions behind estimates out of tables (JSON keeps them)
    #[arg(long, global = true, help_heading = "Output")]
    pub no_assumptions: bool,

    /// Use the built-in sandbox (a local Graph API emulator) instead of Meta
    #[arg(long, global = true, help_heading = "Account")]
    pub sandbox: bool,

    /// Profile to use [env: WABA_PROFILE]
    #[arg(long, global = true, value_name = "NAME", help_heading = "Account")]
    pub profile: Option<String>,

    /// WhatsApp Business Account id [env: WABA_ACCOUNT_ID]
    #[arg(long, global = true, value_name = "ID", value_parser = parse_id, help_heading = "Account")]
    pub account_id: Option<String>,

    /// Business phone-number id [env: WABA_PHONE_NUMBER_ID]
    #[arg(long, global = true, value_name = "ID", value_parser = parse_id, help_heading = "Account")]
    pub phone_number_id: Option<String>,

    /// Business portfolio id [env: WABA_BUSINESS_ID]
    #[arg(long, global = true, value_name = "ID", value_parser = parse_id, help_heading = "Account")]
    pub business_id: Option<String>,

    /// Meta app id [env: WABA_APP_ID]
    #[arg(long, global = true, value_name = "ID", value_parser = parse_id, help_heading = "Account")]
    pub app_id: Option<String>,

    /// Graph API version, e.g. v25.0 [env: WABA_API_VERSION]
    #[arg(long, global = true, value_name = "VERSION", value_parser = parse_version, help_heading = "Account")]
    pub api_version: Option<String>,

    /// Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]
    #[arg(long, global = true, value_name = "URL", help_heading = "Account")]
    pub base_url: Option<String>,
}

impl GlobalArgs {
    /// The values that override environment and profile.
    pub fn overrides(&self) -> Overrides {
        Overrides {
            profile: self.profile.clone(),
            account_id: self.account_id.clone(),
            phone_number_id: self.phone_number_id.clone(),
            business_id: self.business_id.clone(),
            app_id: self.app_id.clone(),
            api_version: self.api_version.clone(),
            base_url: self.base_url.clone(),
        }
    }

    /// The render format.
    pub fn format(&self) -> Format {
        match self.output {
            OutputFormat::Table => Format::Table,
            OutputFormat::Json => Format::Json,
            OutputFormat::Ndjson => Format::Ndjson,
            OutputFormat::Csv => Format::Csv,
            OutputFormat::Toml => Format::Toml,
        }
    }

    /// Whether errors should be printed as JSON.
    pub fn json_errors(&self) -> bool {
        matches!(self.output, OutputFormat::Json | OutputFormat::Ndjson)
    }

    /// Whether the raw arguments ask for JSON or NDJSON output, for errors found before
    /// they could be parsed (`-o json`, `-ojson`, `--output json`, `--output=ndjson`).
    pub fn json_requested<S: AsRef<str>>(args: &[S]) -> bool {
        let json = |v: &str| matches!(v, "json" | "ndjson");
        let mut wants = false;
        let mut iter = args.iter().map(AsRef::as_ref);
        while let Some(arg) = iter.next() {
            if arg == "--" {
                break;
            }
            match arg {
                "-o" | "--output" => wants = iter.next().is_some_and(json),
                _ if arg.starts_with("--output=") => wants = json(&arg["--output=".len()..]),
                _ if arg.starts_with("-o") && !arg.starts_with("--") => wants = json(arg[2..].trim_start_matches('=')),
                _ => {}
            }
        }
        wants
    }

    /// The colour choice.
    pub fn color_choice(&self) -> ColorChoice {
        match self.color {
            ColorArg::Auto => ColorChoice::Auto,
            ColorArg::Always => ColorChoice::Always,
            ColorArg::Never => ColorChoice::Never,
        }
    }
}

fn parse_id(value: &str) -> Result<String, String> {
    if !value.is_empty() && value.len() <= 32 && value.chars().all(|c| c.is_ascii_digit()) {
        Ok(value.to_string())
    } else {
        Err("expected a numeric Graph id, e.g. 1200000000000001".to_string())
    }
}

fn parse_version(value: &str) -> Result<String, String> {
    if crate::graph::is_valid_version(value) {
        Ok(value.to_string())
    } else {
        Err("expected a Graph API version like v25.0".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::GlobalArgs;

    #[test]
    fn json_requested_reads_every_spelling() {
        assert!(GlobalArgs::json_requested(&["waba", "-o", "json", "numbers", "bogus"]));
        assert!(GlobalArgs::json_requested(&["waba", "numbers", "-ondjson"]));
        assert!(GlobalArgs::json_requested(&["waba", "--output=json"]));
        assert!(!GlobalArgs::json_requested(&["waba", "-o", "csv", "numbers"]));
        assert!(!GlobalArgs::json_requested(&["waba", "--", "-o", "json"]));
    }
}
