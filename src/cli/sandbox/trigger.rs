//! `waba sandbox trigger …`: platform events that change the sandbox's world.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::Location;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::render::{Cell, Table};
use crate::sandbox::trigger::{self, Trigger, TriggerError};

/// Arguments of `sandbox trigger`.
#[derive(Debug, Args)]
pub struct TriggerArgs {
    #[command(subcommand)]
    event: Event,

    /// World database [default: <data dir>/sandbox/world.db]
    #[arg(long, value_name = "FILE", global = true)]
    state: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Event {
    /// A template's quality rating changes; RED pauses it (3 h, then 6 h, then DISABLED)
    #[command(
        after_long_help = "Examples:\n  waba sandbox trigger template-quality order_update --language en_US --rating red\n  \
waba sandbox trigger template-quality order_update --language en_US --rating yellow\n\n\
As Meta does, a RED rating pauses an APPROVED template: the first time for 3 hours, the second for \
6 hours, the third disables it. A paused template's sends get 132015, a disabled one's 132016; the \
pause ends on its own (or with `waba sandbox trigger template-unpause`). A serving sandbox delivers \
message_template_quality_update and message_template_status_update webhooks."
    )]
    TemplateQuality {
        /// The template's name
        name: String,
        /// The template's language, when it has several
        #[arg(long, value_name = "CODE")]
        language: Option<String>,
        /// The new quality rating
        #[arg(long, value_enum)]
        rating: Rating,
    },
    /// Unpause a paused template now, as WhatsApp Manager does
    #[command(after_long_help = "Examples:\n  waba sandbox trigger template-unpause order_update --language en_US")]
    TemplateUnpause {
        /// The template's name
        name: String,
        /// The template's language, when it has several
        #[arg(long, value_name = "CODE")]
        language: Option<String>,
    },
    /// A phone number's quality rating and/or status changes
    #[command(after_long_help = "Examples:\n  waba sandbox trigger phone --rating red --status flagged\n  \
waba sandbox trigger phone --number 1100000000000002 --status restricted\n\n\
`waba --sandbox numbers health` sees the change; a serving sandbox delivers \
phone_number_quality_update when the rating turns RED or back.")]
    Phone {
        /// The phone-number id [default: the sandbox's primary number]
        #[arg(long, value_name = "ID")]
        number: Option<String>,
        /// The new quality rating
        #[arg(long, value_enum, required_unless_present = "status")]
        rating: Option<Rating>,
        /// The new status
        #[arg(long, value_enum)]
        status: Option<PhoneStatus>,
    },
    /// The WABA is restricted, banned or active again
    #[command(after_long_help = "Examples:\n  waba sandbox trigger account --status restricted\n  \
waba sandbox trigger account --status active")]
    Account {
        /// The WABA's new status
        #[arg(long, value_enum)]
        status: AccountStatus,
    },
    /// Business verification is decided (number allowance, messaging limit, OBA)
    #[command(after_long_help = "A verified portfolio may hold 20 phone numbers, an unverified one 2 \
(`numbers add` is refused beyond that); an unverified portfolio's messaging limit drops to 250 users \
in 24 hours, and it cannot get an Official Business Account. `waba verify status` shows the effect.\n\n\
Examples:\n  waba sandbox trigger business-verification approved\n  \
waba sandbox trigger business-verification rejected")]
    BusinessVerification {
        /// The decision: approved (the status becomes verified), rejected or pending
        #[arg(value_enum, value_name = "DECISION", required_unless_present = "status")]
        decision: Option<Verification>,
        /// The same, as a flag (older scripts)
        #[arg(long, value_enum, hide = true, conflicts_with = "decision")]
        status: Option<Verification>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Rating {
    Green,
    Yellow,
    Red,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum PhoneStatus {
    Connected,
    Flagged,
    Restricted,
    Banned,
    Disconnected,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum AccountStatus {
    Active,
    Restricted,
    Banned,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Verification {
    #[value(alias = "approved")]
    Verified,
    Rejected,
    Pending,
}

/// Meta's spelling of a value: upper case (`verification_status` is lower case).
fn upper(v: impl ValueEnum) -> String {
    v.to_possible_value().map(|p| p.get_name().to_ascii_uppercase()).unwrap_or_default()
}

pub(super) fn run(ctx: &mut Ctx, args: TriggerArgs) -> CliResult {
    let trigger = match args.event {
        Event::TemplateQuality { name, language, rating } => {
            Trigger::TemplateQuality { name, language, rating: upper(rating) }
        }
        Event::TemplateUnpause { name, language } => Trigger::TemplateUnpause { name, language },
        Event::Phone { number, rating, status } => {
            Trigger::Phone { number, rating: rating.map(upper), status: status.map(upper) }
        }
        Event::Account { status } => Trigger::Account { status: upper(status) },
        Event::BusinessVerification { decision, status } => {
            let decision = decision.or(status).unwrap_or(Verification::Pending);
            Trigger::BusinessVerification { status: upper(decision).to_ascii_lowercase() }
        }
    };
    let db = Location::resolve(ctx, args.state).db;
    let now = jiff::Timestamp::now().as_millisecond();
    let changes = trigger::apply(&db, &trigger, now)?.map_err(refusal)?;
    let mut table = Table::new(["object", "id", "field", "from", "to"]);
    for c in &changes {
        table.push(vec![
            Cell::plain(c.object),
            Cell::plain(&c.id),
            Cell::plain(c.field),
            Cell::plain(&c.from),
            Cell::plain(&c.to),
        ]);
    }
    ctx.out.emit(&changes, &table)?;
    Ok(())
}

fn refusal(e: TriggerError) -> CliError {
    let (kind, hint) = match &e {
        TriggerError::UnknownTemplate(_) => {
            (Kind::NotFound, "`waba --sandbox templates list` lists the sandbox's templates")
        }
        TriggerError::AmbiguousTemplate { .. } => (Kind::Usage, "add --language CODE"),
        TriggerError::UnknownNumber(_) => (Kind::NotFound, "`waba --sandbox numbers list` lists the sandbox's numbers"),
        TriggerError::Pause(_) => (Kind::Usage, "`waba --sandbox templates show NAME` shows its status"),
    };
    CliError::new(kind, e.to_string()).hint(hint)
}
