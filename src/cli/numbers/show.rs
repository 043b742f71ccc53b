//! `waba numbers show`.

use clap::Args;

use super::{limit_text, quality_cell, status_cell, throughput_text};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::PageRequest;
use crate::graph::models::PhoneNumber;
use crate::render::{Cell, Table};

/// Arguments of `numbers show`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
  waba numbers show 1100000000000001\n  \
  waba numbers show +15550100001\n  \
  waba numbers show \"+91 98765 00003\"      # as `numbers list` prints it\n  \
  waba numbers show 0091-98765-00003\n  \
  waba numbers show \"(555) 010-0001\"       # without the country code: matched by its ending\n\n\
A number that matches none or several of the account's numbers exits 5 and lists them.")]
pub struct ShowArgs {
    /// Phone-number id, or the number: +E164 (e.g. +15550100001) or as displayed, with spaces,
    /// dashes, dots, parentheses and a leading + or 00; defaults to the configured phone-number id
    #[arg(value_name = "ID|NUMBER")]
    pub number: Option<String>,
}

/// What the user asked for.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    Id(String),
    /// All digits, country code first.
    E164(String),
    /// Digits without the country code (a leading trunk 0 removed): matched at the end.
    National(String),
}

fn parse_target(raw: &str) -> Result<Target, CliError> {
    let raw = raw.trim();
    if !raw.is_empty() && raw.chars().all(|c| c.is_ascii_digit()) && !raw.starts_with('0') {
        return Ok(Target::Id(raw.to_string()));
    }
    let separators = |c: char| c.is_whitespace() || matches!(c, '-' | '.' | '(' | ')' | '/');
    if let Some(bad) = raw.chars().find(|&c| !c.is_ascii_digit() && c != '+' && !separators(c)) {
        return Err(CliError::usage(format!("'{raw}' is neither a phone-number id nor a phone number ('{bad}')"))
            .hint("pass the numeric phone-number id (see `waba numbers list`), or the number in E.164 form (+15550100001) or as displayed, e.g. \"+91 98765 00003\""));
    }
    let (international, rest) = match raw.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => match raw.strip_prefix("00") {
            Some(rest) => (true, rest),
            None => (false, raw),
        },
    };
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    if rest.contains('+') || digits.is_empty() {
        return Err(CliError::usage(format!("'{raw}' is not a phone number"))
            .hint("write it in E.164 form, a + (or 00) only at the start and then digits: +15550100001 or \"+91 98765 00003\""));
    }
    if international {
        if (8..=15).contains(&digits.len()) && !digits.starts_with('0') {
            return Ok(Target::E164(digits));
        }
        return Err(CliError::usage(format!("'{raw}' is not an E.164 number"))
            .hint("write + (or 00) and 8 to 15 digits with the country code, e.g. +15550100001"));
    }
    let national = digits.strip_prefix('0').unwrap_or(&digits).to_string();
    if national.len() < 6 {
        return Err(CliError::usage(format!("'{raw}' is too short to pick a phone number"))
            .hint("give the whole number, best with + and the country code, e.g. +15550100001"));
    }
    Ok(Target::National(national))
}

/// Run `numbers show`.
pub async fn run(ctx: &mut Ctx, args: &ShowArgs) -> CliResult {
    // Bad input is reported before anything else is looked at.
    let given = args.number.as_deref().map(parse_target).transpose()?;
    let client = ctx.client().await?;
    let target = match given {
        Some(target) => target,
        None => Target::Id(ctx.settings()?.phone_number_id.as_ref().map(|s| s.value.clone()).ok_or_else(|| {
            CliError::usage("no phone number given and none is configured")
                .hint("pass an id or +E164, or set WABA_PHONE_NUMBER_ID / --phone-number-id")
        })?),
    };
    let number = match target {
        Target::Id(id) => client.phone_number(&id).await?,
        Target::E164(digits) => find(ctx, &client, &format!("+{digits}"), |n| n.digits() == digits).await?,
        Target::National(digits) => find(ctx, &client, &digits, |n| n.digits().ends_with(&digits)).await?,
    };
    ctx.out.emit(&number, &record(&number))?;
    Ok(())
}

/// The one number of the account that `matches`; exit 5 with the known numbers otherwise.
async fn find(
    ctx: &mut Ctx,
    client: &crate::graph::GraphClient,
    asked: &str,
    matches: impl Fn(&PhoneNumber) -> bool,
) -> CliResult<PhoneNumber> {
    let waba = ctx.account_id()?;
    let all = client.phone_numbers(&waba, PageRequest::All).await?.items;
    let known = || {
        let list: Vec<String> =
            all.iter().map(|n| format!("{} ({})", n.display_phone_number.as_deref().unwrap_or("?"), n.id)).collect();
        if list.is_empty() {
            "the account has no phone numbers".to_string()
        } else {
            format!("known numbers: {}", list.join(", "))
        }
    };
    let found: Vec<&PhoneNumber> = all.iter().filter(|n| matches(n)).collect();
    match found.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(CliError::new(Kind::NotFound, format!("no phone number {asked} in account {waba}")).hint(known())),
        many => {
            Err(CliError::new(Kind::NotFound, format!("{} phone numbers of account {waba} end in {asked}", many.len()))
                .hint(format!("give the number with + and the country code; {}", known())))
        }
    }
}

fn record(n: &PhoneNumber) -> Table {
    let health = n.health_status.as_ref().and_then(|h| h.can_send_message.clone());
    Table::record(vec![
        ("id", Cell::plain(n.id.as_str())),
        ("number", Cell::opt(n.display_phone_number.as_ref())),
        ("verified name", Cell::opt(n.verified_name.as_ref())),
        ("quality", quality_cell(n)),
        ("status", status_cell(n)),
        ("name status", Cell::opt(n.name_status.as_ref())),
        ("new name status", Cell::opt(n.new_name_status.as_ref())),
        ("code verification", Cell::opt(n.code_verification_status.as_ref())),
        ("messaging limit", Cell::plain(limit_text(n))),
        ("throughput", Cell::plain(throughput_text(n))),
        ("can send", Cell::opt(health)),
        ("account mode", Cell::opt(n.account_mode.as_ref())),
        ("platform", Cell::opt(n.platform_type.as_ref())),
        ("official business account", Cell::opt(n.is_official_business_account)),
        ("last onboarded", Cell::opt(n.last_onboarded_time.as_ref())),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        assert_eq!(parse_target("+15550100001").unwrap(), Target::E164("15550100001".into()));
        assert_eq!(parse_target("1100000000000001").unwrap(), Target::Id("1100000000000001".into()));
        assert!(parse_target("+1555").is_err());
        assert!(parse_target("+1555abc0100").is_err());
        assert!(parse_target("+0555010000").is_err());
        assert!(parse_target("abc").is_err());
        assert!(parse_target("").is_err());
    }

    #[test]
    fn display_forms() {
        let e164 = |s: &str| Target::E164(s.to_string());
        assert_eq!(parse_target("+91 98765 00003").unwrap(), e164("919876500003"));
        assert_eq!(parse_target(" +1 555-010-0001 ").unwrap(), e164("15550100001"));
        assert_eq!(parse_target("+1 (555) 010.0001").unwrap(), e164("15550100001"));
        assert_eq!(parse_target("0091 98765 00003").unwrap(), e164("919876500003"));
        assert_eq!(parse_target("+55 11 90000-0004").unwrap(), e164("5511900000004"));
        assert_eq!(parse_target("(555) 010-0001").unwrap(), Target::National("5550100001".into()));
        assert_eq!(parse_target("07700 900002").unwrap(), Target::National("7700900002".into()));
        assert_eq!(parse_target("07700900002").unwrap(), Target::National("7700900002".into()));
        assert!(parse_target("+1 555+0100").is_err());
        assert!(parse_target("+ - ").is_err());
        assert!(parse_target("12-34").is_err());
        assert!(parse_target("+1 555_010").is_err());
    }
}
