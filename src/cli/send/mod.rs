//! `waba send …`: every message type, checked before it leaves, never sent twice.

mod bulk;
mod buttons;
mod catalog;
mod common;
mod contact;
mod cta_url;
mod flow;
mod interactive;
mod jobs;
mod json;
mod list;
mod location;
mod location_request;
mod media;
mod product;
mod product_list;
mod reaction;
mod status;
mod template;
mod template_cards;
mod template_def;
mod template_extras;
mod template_params;
mod text;
mod wait;

use clap::Subcommand;

use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;

/// Send commands.
#[derive(Debug, Subcommand)]
pub enum SendCommand {
    /// Send a text message (at most 4,096 characters)
    Text(text::TextArgs),
    /// Send an approved template, its parameters checked against the template's definition
    Template(Box<template::TemplateArgs>),
    /// Send an image (JPEG or PNG, at most 5 MB)
    #[command(
        after_long_help = "Examples:\n  waba send image --to +16505551234 receipt.png --caption 'Your receipt'\n  \
waba send image --to +16505551234 https://example.com/a.jpg\n  waba send image --to +16505551234 1037543291543636"
    )]
    Image(media::MediaArgs),
    /// Send a video (MP4 or 3GPP, at most 16 MB)
    #[command(after_long_help = "Examples:\n  waba send video --to +16505551234 clip.mp4 --caption 'How to set it up'")]
    Video(media::MediaArgs),
    /// Send an audio file (AAC, AMR, MP3, M4A, OGG/Opus, at most 16 MB)
    #[command(after_long_help = "Examples:\n  waba send audio --to +16505551234 note.ogg")]
    Audio(media::MediaArgs),
    /// Send a document (PDF, TXT, Office files, at most 100 MB)
    #[command(
        after_long_help = "Examples:\n  waba send document --to +16505551234 invoice.pdf --filename 'Invoice 1042.pdf'"
    )]
    Document(media::MediaArgs),
    /// Send a sticker (WebP, at most 100 KB static or 500 KB animated)
    #[command(after_long_help = "Examples:\n  waba send sticker --to +16505551234 thanks.webp")]
    Sticker(media::MediaArgs),
    /// Send a location pin
    Location(location::LocationArgs),
    /// React to a message with an emoji (an empty emoji removes the reaction)
    Reaction(reaction::ReactionArgs),
    /// Send a message with 1 to 3 reply buttons
    Buttons(buttons::ButtonsArgs),
    /// Send a list message (sections of rows behind a menu button)
    List(list::ListArgs),
    /// Send a full Graph message body from a JSON file, checked by the same rules
    Json(json::JsonArgs),
    /// Send 1 to 5 contact cards from a vCard or JSON file
    Contact(contact::ContactArgs),
    /// Send a message with a call-to-action URL button
    CtaUrl(cta_url::CtaUrlArgs),
    /// Ask the user to share their location
    LocationRequest(location_request::LocationRequestArgs),
    /// Send one product of the account's catalog (single-product message)
    Product(product::ProductArgs),
    /// Send up to 30 products of the catalog in sections (multi-product message)
    ProductList(product_list::ProductListArgs),
    /// Send a message that opens the account's catalog
    Catalog(catalog::CatalogArgs),
    /// Send a message whose button opens a WhatsApp Flow
    Flow(Box<flow::FlowArgs>),
    /// Send a template to every row of a CSV or JSONL file: validated, estimated, paced, journalled, resumable
    Bulk(Box<bulk::BulkArgs>),
    /// List the bulk jobs in the data directory
    Jobs(jobs::JobsArgs),
    /// Show a bulk job: rows by state, webhook outcomes; -o csv one row per recipient
    Status(status::StatusArgs),
}

pub async fn run(ctx: &mut Ctx, cmd: SendCommand) -> CliResult {
    match cmd {
        SendCommand::Text(args) => text::run(ctx, &args).await,
        SendCommand::Template(args) => template::run(ctx, &args).await,
        SendCommand::Image(args) => media::run(ctx, "image", &args).await,
        SendCommand::Video(args) => media::run(ctx, "video", &args).await,
        SendCommand::Audio(args) => media::run(ctx, "audio", &args).await,
        SendCommand::Document(args) => media::run(ctx, "document", &args).await,
        SendCommand::Sticker(args) => media::run(ctx, "sticker", &args).await,
        SendCommand::Location(args) => location::run(ctx, &args).await,
        SendCommand::Reaction(args) => reaction::run(ctx, &args).await,
        SendCommand::Buttons(args) => buttons::run(ctx, &args).await,
        SendCommand::List(args) => list::run(ctx, &args).await,
        SendCommand::Json(args) => json::run(ctx, &args).await,
        SendCommand::Contact(args) => contact::run(ctx, &args).await,
        SendCommand::CtaUrl(args) => cta_url::run(ctx, &args).await,
        SendCommand::LocationRequest(args) => location_request::run(ctx, &args).await,
        SendCommand::Product(args) => product::run(ctx, &args).await,
        SendCommand::ProductList(args) => product_list::run(ctx, &args).await,
        SendCommand::Catalog(args) => catalog::run(ctx, &args).await,
        SendCommand::Flow(args) => flow::run(ctx, &args).await,
        SendCommand::Bulk(args) => bulk::run(ctx, &args).await,
        SendCommand::Jobs(args) => jobs::run(ctx, &args),
        SendCommand::Status(args) => status::run(ctx, &args),
    }
}
