//! The parameters of a flow message (Meta's "Flow messages" page): version "3", one of
//! flow_id and flow_name, mode and flow_action from their sets, and a payload only for
//! navigate, with the first screen and non-empty data.

use serde_json::Value;

use crate::messages::CheckError;

fn err(rule: &'static str, place: &str, message: impl Into<String>, hint: impl Into<String>) -> CheckError {
    CheckError::new(rule, place, message, hint)
}

fn one_of(p: &Value, key: &str, allowed: &[&str], rule: &'static str, hint: &str) -> Result<(), CheckError> {
    match p.get(key) {
        None => Ok(()),
        Some(v) if v.as_str().is_some_and(|s| allowed.contains(&s)) => Ok(()),
        Some(v) => Err(err(
            rule,
            &format!("/interactive/action/parameters/{key}"),
            format!("{v} is not one of: {}", allowed.join(", ")),
            hint,
        )),
    }
}

/// Checks `interactive.action.parameters` of a flow message.
pub(super) fn check(p: &Value) -> Result<(), CheckError> {
    const P: &str = "/interactive/action/parameters";
    one_of(p, "flow_message_version", &["3"], "flow-version", "send \"flow_message_version\": \"3\"")?;
    if p.get("flow_id").is_some() == p.get("flow_name").is_some() {
        return Err(err(
            "flow-ref",
            P,
            "give exactly one of flow_id and flow_name",
            "pass --flow-id ID or --flow-name NAME",
        ));
    }
    one_of(
        p,
        "mode",
        &["draft", "published"],
        "flow-mode",
        "use --draft for a DRAFT flow, nothing for a published one",
    )?;
    one_of(
        p,
        "flow_action",
        &["navigate", "data_exchange"],
        "flow-action",
        "--action navigate or --action data_exchange",
    )?;
    let Some(payload) = p.get("flow_action_payload") else { return Ok(()) };
    let place = format!("{P}/flow_action_payload");
    if p.get("flow_action").and_then(Value::as_str) == Some("data_exchange") {
        return Err(err(
            "flow-payload",
            &place,
            "a data_exchange flow takes no flow_action_payload (its endpoint gives the first screen)",
            "drop --screen and --data, or use --action navigate",
        ));
    }
    if payload.get("screen").is_none() {
        return Err(err(
            "flow-screen",
            &format!("{place}/screen"),
            "a navigate flow's payload needs the first screen's id",
            "pass --screen SCREEN_ID",
        ));
    }
    match payload.get("data") {
        None => Ok(()),
        Some(Value::Object(d)) if !d.is_empty() => Ok(()),
        Some(_) => Err(err(
            "flow-data",
            &format!("{place}/data"),
            "a flow's initial data must be a non-empty JSON object",
            "pass --data '{\"key\": \"value\"}' or leave it out",
        )),
    }
}
