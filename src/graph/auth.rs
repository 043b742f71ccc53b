//! The access token itself: `GET /debug_token`.

use secrecy::ExposeSecret;

use super::client::GraphClient;
use super::error::GraphError;
use super::models::{DebugToken, TokenInfo};

impl GraphClient {
    /// What Meta knows about this client's own token.
    ///
    /// Meta takes the token to inspect only as the `input_token` query parameter; the
    /// request is authenticated with the same token (a token may inspect itself). The
    /// query is redacted wherever the client logs a URL.
    pub async fn debug_token(&self) -> Result<TokenInfo, GraphError> {
        let input = self.inner.token.expose_secret().to_string();
        let answer: DebugToken = self.get("debug_token", &[("input_token", input)]).await?;
        Ok(answer.data)
    }
}
