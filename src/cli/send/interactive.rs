//! The texts every interactive message has: body, header, footer.

use clap::Args;

use crate::messages::body::InteractiveText;

/// Body, header and footer of an interactive message.
#[derive(Debug, Args)]
pub struct Texts {
    /// The message's body (at most 1,024 characters)
    #[arg(long)]
    pub body: String,

    /// A text header (at most 60 characters)
    #[arg(long)]
    pub header: Option<String>,

    /// A footer (at most 60 characters)
    #[arg(long)]
    pub footer: Option<String>,
}

impl Texts {
    /// As the builder takes them.
    pub fn texts(&self) -> InteractiveText {
        InteractiveText { body: self.body.clone(), header: self.header.clone(), footer: self.footer.clone() }
    }
}
