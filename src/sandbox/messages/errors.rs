//! WhatsApp's synchronous send errors (`error_data.details` names the field).

use axum::http::StatusCode;

use crate::sandbox::error::GraphError;

/// A Cloud API error in Meta's shape: `(#code) title`, with `error_user_title`/`_msg` and
/// `error_data.details`.
pub(crate) fn wa(code: u32, title: &str, details: impl Into<String>) -> GraphError {
    let details = details.into();
    GraphError::new(StatusCode::BAD_REQUEST, "OAuthException", code, format!("(#{code}) {title}"))
        .with_details(details.clone())
        .with_user(title, details)
}

/// #100 naming the offending field.
pub fn invalid(field: &str, why: &str) -> GraphError {
    GraphError::invalid_param(format!("Invalid parameter: {field} {why}"))
        .with_details(format!("Parameter '{field}' {why}"))
}

/// 131008: a required field is missing.
pub fn missing(field: &str) -> GraphError {
    wa(131008, "Required parameter is missing", format!("The parameter {field} is required."))
}

/// 131009: a field has a value Meta does not accept.
pub fn bad_value(field: &str, why: &str) -> GraphError {
    wa(131009, "Parameter value is not valid", format!("{field}: {why}"))
}

/// 131021: the recipient is the sending number itself.
pub fn recipient_is_sender() -> GraphError {
    wa(131021, "Recipient cannot be sender", "Sender and recipient phone number is the same.")
}

/// 131051: an unknown `type`.
pub fn unsupported_type(kind: &str) -> GraphError {
    wa(131051, "Unsupported message type", format!("Message type '{kind}' is not supported."))
}

/// 132000: parameter count differs from the template's.
pub fn param_count(component: &str, expected: usize, got: usize) -> GraphError {
    wa(
        132000,
        "Number of parameters does not match the expected number of params",
        format!(
            "{component}: number of localizable_params ({got}) does not match the expected number of params ({expected})"
        ),
    )
}

/// 132001: no template of that name in that language.
pub fn template_missing(name: &str, language: &str) -> GraphError {
    GraphError::new(
        StatusCode::NOT_FOUND,
        "OAuthException",
        132001,
        "(#132001) Template name does not exist in the translation",
    )
    .with_details(format!("template name ({name}) does not exist in {language}"))
}

/// 132005: the filled-in text is too long.
pub fn hydrated_too_long(component: &str, limit: usize) -> GraphError {
    wa(132005, "Translated text too long", format!("{component}: the text with parameters exceeds {limit} characters"))
}

/// 132012: parameter format (named vs positional, or type) mismatch.
pub fn param_format(details: impl Into<String>) -> GraphError {
    wa(132012, "Parameter format does not match format in the created template", details)
}

/// 132015 / 132016: the template is paused or disabled.
pub fn template_status(code: u32, name: &str) -> GraphError {
    let (title, why) = if code == 132015 {
        ("Template is Paused", "is paused because of low quality; it resumes automatically after the pause")
    } else {
        ("Template is Disabled", "is disabled (paused too many times); create a new template with different content")
    };
    wa(code, title, format!("Template {name} {why}"))
}

/// 132001 for a template that exists but is not approved (PENDING, REJECTED…).
pub fn template_not_approved(name: &str, language: &str, status: &str) -> GraphError {
    template_missing(name, language).with_details(format!("template {name} ({language}) is {status}, not APPROVED"))
}

/// 132068 / 132069: the flow is blocked, or throttled (graph-api.md §4).
pub fn flow_status(code: u32, id: &str) -> GraphError {
    let (title, why) = if code == 132068 {
        ("Flow is blocked", "is in BLOCKED status; fix the Flow (see its validation errors and health status)")
    } else {
        ("Flow is throttled", "is THROTTLED: 10 messages with this Flow were already sent in the last hour")
    };
    wa(code, title, format!("Flow {id} {why}"))
}

/// 131030: a test number writing to someone not on its allow-list (graph-api.md §3.2 sample).
pub fn not_allowed() -> GraphError {
    wa(
        131030,
        "Recipient phone number not in allowed list",
        "Recipient phone number not in allowed list: Add recipient phone number to recipient list and try again.",
    )
    .with_subcode(2655007)
}

/// 133010: the sending number is not registered.
pub fn not_registered() -> GraphError {
    wa(133010, "Account not registered", "The phone number is not registered on the WhatsApp Business Platform.")
}

/// 130429: the number's throughput.
pub fn throughput(level: &str, mps: u32) -> GraphError {
    wa(
        130429,
        "Rate limit hit",
        format!(
            "Message failed to send because there were too many messages sent from this phone number in a short period of time ({level}: {mps} messages/second)"
        ),
    )
}

/// 131056: the (business, user) pair rate.
pub fn pair_rate(wait_ms: i64) -> GraphError {
    wa(
        131056,
        "(Business Account, Consumer Account) pair rate limit hit",
        format!(
            "Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time; retry in {} s",
            (wait_ms + 999) / 1000
        ),
    )
}

/// 131048: the portfolio's messaging limit (unique users outside a window in 24 h) is reached.
pub fn messaging_limit(limit: u64) -> GraphError {
    wa(
        131048,
        "Spam rate limit hit",
        format!(
            "Message failed to send because there are restrictions on how many messages can be sent from this phone number: the portfolio's messaging limit of {limit} unique users outside a customer service window in a moving 24 hours is reached"
        ),
    )
}

/// 100 / 131009 for a mark-as-read of an unknown message.
pub fn unknown_message(id: &str) -> GraphError {
    wa(
        131009,
        "Parameter value is not valid",
        format!("message_id {id} is not a message received by this phone number"),
    )
}
