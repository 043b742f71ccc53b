//! `waba numbers profile show | set`: the number's business profile
//! (`/{phone-number-id}/whatsapp_business_profile`), checked against Meta's lengths and enums
//! before it is sent.

use clap::{Args, Subcommand};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::business_profile::{self as rules, VERTICALS};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::graph::models::BusinessProfile;
use crate::render::{Cell, Table};

/// Business-profile commands.
#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Show the number's business profile
    #[command(after_long_help = "Examples:\n  waba numbers profile show\n  waba numbers profile show -o json")]
    Show,
    /// Change fields of the number's business profile (others stay as they are)
    Set(SetArgs),
}

/// Arguments of `numbers profile set`.
#[derive(Debug, Args)]
#[command(after_long_help = "Every value is checked against Meta's limits before anything is sent \
(exit 2). An empty value clears --address, --description or --email; --website replaces the list. \
--picture uploads a JPEG or PNG (at most 5 MB; Meta shows it square, at least 192 px) through the \
Resumable Upload API (it needs the app id) and sets its handle.\n\n\
Examples:\n  waba numbers profile set --about \"Shoes for every day\" --vertical RETAIL\n  \
waba numbers profile set --website https://acme.example --website https://shop.acme.example\n  \
waba numbers profile set --email \"\"      # clear the email\n  \
waba numbers profile set --picture logo.png")]
pub struct SetArgs {
    /// The "About" text, 1 to 139 characters
    #[arg(long, value_name = "TEXT")]
    about: Option<String>,
    /// The business's address, up to 256 characters
    #[arg(long, value_name = "TEXT")]
    address: Option<String>,
    /// A description of the business, up to 512 characters
    #[arg(long, value_name = "TEXT")]
    description: Option<String>,
    /// Contact email, up to 128 characters
    #[arg(long, value_name = "EMAIL")]
    email: Option<String>,
    /// A website, http:// or https:// (repeat for a second; at most 2)
    #[arg(long = "website", value_name = "URL")]
    websites: Vec<String>,
    /// The industry, one of Meta's verticals (e.g. RETAIL, RESTAURANT, PROF_SERVICES)
    #[arg(long, value_name = "VERTICAL", ignore_case = true)]
    vertical: Option<String>,
    /// A profile picture: a JPEG or PNG file of at most 5 MB
    #[arg(long, value_name = "FILE")]
    picture: Option<std::path::PathBuf>,
}

/// Largest profile picture accepted.
const MAX_PICTURE_BYTES: usize = 5 * 1024 * 1024;

/// What `set` prints.
#[derive(Debug, Serialize)]
struct Updated {
    id: String,
    updated: Vec<String>,
    success: bool,
}

/// Run a business-profile command.
pub async fn run(ctx: &mut Ctx, cmd: ProfileCommand) -> CliResult {
    match cmd {
        ProfileCommand::Show => show(ctx).await,
        ProfileCommand::Set(args) => set(ctx, &args).await,
    }
}

async fn show(ctx: &mut Ctx) -> CliResult {
    let phone = crate::cli::media::phone_number_id(ctx)?;
    let client = ctx.client().await?;
    let profile = client.business_profile(&phone).await?;
    ctx.out.emit(&profile, &table(&profile))?;
    Ok(())
}

fn table(p: &BusinessProfile) -> Table {
    let opt = |v: &Option<String>| Cell::plain(v.as_deref().unwrap_or("-"));
    Table::record(vec![
        ("about", opt(&p.about)),
        ("address", opt(&p.address)),
        ("description", opt(&p.description)),
        ("email", opt(&p.email)),
        ("websites", Cell::plain(if p.websites.is_empty() { "-".to_string() } else { p.websites.join("\n") })),
        ("vertical", opt(&p.vertical)),
        ("profile_picture_url", opt(&p.profile_picture_url)),
    ])
}

async fn set(ctx: &mut Ctx, args: &SetArgs) -> CliResult {
    let mut changes = changes(args)?;
    let picture = args.picture.as_deref().map(read_picture).transpose()?;
    let phone = crate::cli::media::phone_number_id(ctx)?;
    let client = ctx.client().await?;
    if let (Some(path), Some(bytes)) = (&args.picture, &picture) {
        let handle = crate::cli::templates::media::upload(ctx, &client, path, bytes).await?;
        changes.insert("profile_picture_handle".into(), Value::String(handle));
    }
    let updated: Vec<String> = changes.keys().cloned().collect();
    let success = client.update_business_profile(&phone, changes).await?;
    let answer = Updated { id: phone, updated, success };
    let table = Table::record(vec![
        ("id", Cell::plain(&answer.id)),
        ("updated", Cell::plain(answer.updated.join(", "))),
        ("success", Cell::plain(success.to_string())),
    ]);
    ctx.out.emit(&answer, &table)?;
    Ok(())
}

/// The body's fields, each checked against Meta's rules.
fn changes(args: &SetArgs) -> Result<Map<String, Value>, CliError> {
    let mut out = Map::new();
    let texts = [
        ("about", &args.about, rules::ABOUT),
        ("address", &args.address, rules::ADDRESS),
        ("description", &args.description, rules::DESCRIPTION),
        ("email", &args.email, rules::EMAIL),
    ];
    for (name, value, limit) in texts {
        let Some(v) = value else { continue };
        if !rules::fits(v, limit) {
            return Err(CliError::usage(format!(
                "--{name} has {} characters; Meta accepts {} to {}",
                v.chars().count(),
                limit.0,
                limit.1
            ))
            .hint(format!("shorten --{name}")));
        }
        out.insert(name.into(), Value::String(v.clone()));
    }
    if let Some(e) = args.email.as_deref().filter(|e| !e.is_empty() && !rules::is_email(e)) {
        return Err(CliError::usage(format!("--email '{e}' is not an email address"))
            .hint("give an address such as hello@acme.example, or \"\" to clear it"));
    }
    if args.websites.len() > rules::MAX_WEBSITES {
        return Err(CliError::usage(format!(
            "{} websites given; Meta keeps at most {}",
            args.websites.len(),
            rules::MAX_WEBSITES
        ))
        .hint("pass --website at most twice"));
    }
    if let Some(w) = args.websites.iter().find(|w| !rules::is_website(w)) {
        return Err(CliError::usage(format!(
            "--website '{w}' is not an http:// or https:// URL of at most {} characters",
            rules::MAX_WEBSITE_CHARS
        ))
        .hint("write the full URL, e.g. https://acme.example"));
    }
    if !args.websites.is_empty() {
        out.insert("websites".into(), Value::from(args.websites.clone()));
    }
    if let Some(v) = &args.vertical {
        let upper = v.to_ascii_uppercase();
        if !VERTICALS.contains(&upper.as_str()) {
            return Err(CliError::usage(format!("--vertical '{v}' is not one of Meta's verticals"))
                .hint(format!("use one of {}", VERTICALS.join(", "))));
        }
        out.insert("vertical".into(), Value::String(upper));
    }
    if out.is_empty() && args.picture.is_none() {
        return Err(CliError::usage("nothing to change: no field given").hint(
            "pass at least one of --about, --address, --description, --email, --website, --vertical, --picture",
        ));
    }
    Ok(out)
}

/// The picture's bytes: a JPEG or PNG (by its content) of at most 5 MB.
fn read_picture(path: &std::path::Path) -> Result<Vec<u8>, CliError> {
    let bytes = std::fs::read(path).map_err(|e| crate::cli::input::unreadable(path, &e))?;
    let shown = path.display();
    if bytes.len() > MAX_PICTURE_BYTES {
        return Err(CliError::usage(format!("--picture {shown} has {} bytes; Meta accepts at most 5 MB", bytes.len()))
            .hint("resize or compress the image"));
    }
    let jpeg = bytes.starts_with(&[0xFF, 0xD8, 0xFF]);
    let png = bytes.starts_with(b"\x89PNG\r\n\x1a\n");
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
    let named = match ext.as_str() {
        "jpg" | "jpeg" => jpeg,
        "png" => png,
        _ => false,
    };
    if !named {
        return Err(CliError::usage(format!("--picture {shown} is not a JPEG (.jpg) or PNG (.png) image"))
            .hint("a profile picture is a JPEG or PNG whose name ends in .jpg, .jpeg or .png"));
    }
    Ok(bytes)
}
