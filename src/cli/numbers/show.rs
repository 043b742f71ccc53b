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
pub struct ShowArgs {
    /// Phone-number id, or the number in E.164 form (e.g. +15550100001); defaults to the configured phone-number id
    #[arg(value_name = "ID|+E164")]
    pub number: Option<String>,
}

/// What the user asked for.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    Id(String),
    E164(String),
}

fn parse_target(raw: &str) -> Result<Target, CliError> {
    let raw = raw.trim();
    if let Some(digits) = raw.strip_prefix('+') {
        if (8..=15).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit()) && !digits.starts_with('0') {
            return Ok(Target::E164(digits.to_string()));
        }
        return Err(CliError::usage(format!("'{raw}' is not an E.164 number"))
            .hint("write it as + and 8 to 15 digits with the country code, e.g. +15550100001"));
    }
    if !raw.is_empty() && raw.chars().all(|c| c.is_ascii_digit()) {
        return Ok(Target::Id(raw.to_string()));
    }
    Err(CliError::usage(format!("'{raw}' is neither a phone-number id nor an E.164 number"))
        .hint("pass the numeric phone-number id (see `waba numbers list`) or +E164, e.g. +15550100001"))
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
        Target::E164(digits) => {
            let waba = ctx.account_id()?;
            let all = client.phone_numbers(&waba, PageRequest::All).await?;
            all.items.into_iter().find(|n| n.digits() == digits).ok_or_else(|| {
                CliError::new(Kind::NotFound, format!("no phone number +{digits} in account {waba}"))
                    .hint("`waba numbers list` shows the account's numbers")
            })?
        }
    };
    ctx.out.emit(&number, &record(&number))?;
    Ok(())
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
}
