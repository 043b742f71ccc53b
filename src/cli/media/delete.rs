//! `waba media delete ID`.

use clap::Args;
use serde::Serialize;

use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::render::{Cell, Table, diag};

/// Arguments of `media delete`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba media delete 1037543291543636\n  \
waba media delete 1037543291543636 --yes     # in scripts and CI\n\n\
A deleted id can no longer be sent or downloaded; messages already sent keep their media.")]
pub struct DeleteArgs {
    /// The media id
    #[arg(value_name = "ID")]
    pub id: String,

    /// Do not ask for confirmation (required when not on a terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Serialize)]
struct Deleted {
    id: String,
    success: bool,
}

/// Run `media delete`.
pub async fn run(ctx: &mut Ctx, args: &DeleteArgs) -> CliResult {
    let id = super::check_id(&args.id)?.to_string();
    if !args.yes
        && !ctx
            .confirm(&format!("Delete media {id}?"), &format!("refusing to delete media {id} without confirmation"))?
    {
        diag::note("nothing deleted");
        return Ok(());
    }
    let client = ctx.client().await?;
    let success = client.delete_media(&id).await?;
    let table = Table::record(vec![("deleted", Cell::plain(&id)), ("success", Cell::plain(success.to_string()))]);
    ctx.out.emit(&Deleted { id, success }, &table)?;
    Ok(())
}
