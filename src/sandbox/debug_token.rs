//! `GET /{version}/debug_token?input_token=…`: what the sandbox knows about a token.
//!
//! Meta answers in two ways, and so does the sandbox:
//! * the *access* token (the one that authenticates the request) is not valid: the request
//!   is refused before the endpoint runs, with the usual code-190 `OAuthException` envelope
//!   (the router's [`super::error::GraphError::bad_token`]);
//! * the access token is valid but the *input* token is not: HTTP 200 with
//!   `{"data": {"is_valid": false, "error": {"code": 190, "message": …}, "scopes": []}}`.
//!
//! Sources: Meta's Graph API reference for `debug_token` (the `error` member of `data`,
//! with `code`, `message` and `subcode`) and "Access Tokens: Debugging and Error Handling"
//! (developers.facebook.com/docs/facebook-login/access-tokens/debugging-and-error-handling),
//! which shows the `data` shape and the 190 envelope for expired or invalid tokens.
//!
//! The sandbox has one token (the one it was started with): a system-user token of the
//! sandbox's app that never expires, with the scopes WhatsApp Cloud API tools need,
//! granted on the sandbox's WABA and business.

use serde_json::{Value, json};

use super::error::GraphError;
use super::request::{Ctx, Reply};
use super::state::SharedState;
use super::world::World;

/// The name of the sandbox's app.
pub(crate) const APP_NAME: &str = "waba sandbox";
/// The system user the sandbox's token belongs to.
pub(crate) const SYSTEM_USER_ID: &str = "1500000000000001";
/// When the sandbox's token was issued (fixed, so answers are reproducible).
const ISSUED_AT: i64 = 1_741_944_600;

/// Meta's message for an input token that does not parse.
const CANNOT_PARSE: &str = "Invalid OAuth access token - Cannot parse access token";

/// Answer `debug_token` (the access token has been checked by the router already).
pub(crate) fn get(ctx: &Ctx, state: &SharedState) -> Result<Reply, GraphError> {
    let Some(input) = ctx.param_text("input_token").filter(|t| !t.trim().is_empty()) else {
        return Err(GraphError::invalid_param("The parameter input_token is required"));
    };
    let data = if super::routes::constant_time_eq(input.trim().as_bytes(), state.token().as_bytes()) {
        state.read(valid)
    } else {
        json!({"error": {"code": 190, "message": CANNOT_PARSE}, "is_valid": false, "scopes": []})
    };
    Ok(Reply::json(json!({ "data": data })))
}

/// The data of the sandbox's own token.
fn valid(w: &World) -> Value {
    let wabas: Vec<&str> = w.wabas.iter().map(|x| x.id.as_str()).collect();
    json!({
        "app_id": w.app_id,
        "type": "SYSTEM_USER",
        "application": APP_NAME,
        "data_access_expires_at": 0,
        "expires_at": 0,
        "is_valid": true,
        "issued_at": ISSUED_AT,
        "scopes": ["whatsapp_business_management", "whatsapp_business_messaging", "business_management"],
        "granular_scopes": [
            {"scope": "whatsapp_business_management", "target_ids": wabas},
            {"scope": "whatsapp_business_messaging", "target_ids": wabas},
            {"scope": "business_management", "target_ids": [w.business.id]},
        ],
        "user_id": SYSTEM_USER_ID,
    })
}
