//! Validation of the `calling` section of `POST /{phone-number-id}/settings`
//! (Meta's "Configure call settings" guide).

use serde_json::{Map, Value};

use super::reject_unknown;
use crate::sandbox::error::GraphError;

const KEYS: &[&str] = &[
    "status",
    "call_icon_visibility",
    "call_icons",
    "call_hours",
    "callback_permission_status",
    "sip",
    "srtp_key_exchange_protocol",
    "audio",
    "video",
];
const DAYS: &[&str] = &["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

fn bad(path: &str, what: &str) -> GraphError {
    GraphError::invalid_param(format!("Param calling[{path}] {what}"))
}

fn one_of(m: &Map<String, Value>, key: &str, allowed: &[&str]) -> Result<(), GraphError> {
    match m.get(key) {
        None => Ok(()),
        Some(Value::String(s)) if allowed.contains(&s.as_str()) => Ok(()),
        Some(other) => Err(bad(key, &format!("must be one of {{{}}} - got {other}", allowed.join(", ")))),
    }
}

/// `HHMM`, 0000–2359.
fn is_hhmm(v: Option<&Value>) -> bool {
    v.and_then(Value::as_str).is_some_and(|s| {
        s.len() == 4
            && s.bytes().all(|b| b.is_ascii_digit())
            && s[..2].parse::<u32>().is_ok_and(|h| h < 24)
            && s[2..].parse::<u32>().is_ok_and(|m| m < 60)
    })
}

pub(crate) fn validate(m: &Map<String, Value>) -> Result<(), GraphError> {
    reject_unknown(m, KEYS)?;
    one_of(m, "status", &["ENABLED", "DISABLED"])?;
    one_of(m, "call_icon_visibility", &["DEFAULT", "DISABLE_ALL"])?;
    one_of(m, "callback_permission_status", &["ENABLED", "DISABLED"])?;
    one_of(m, "srtp_key_exchange_protocol", &["DTLS", "SDES"])?;
    if let Some(icons) = m.get("call_icons") {
        let ok = icons.get("restrict_to_user_countries").and_then(Value::as_array).is_some_and(|c| {
            c.iter().all(|x| x.as_str().is_some_and(|s| s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())))
        });
        if !ok {
            return Err(bad("call_icons", "must be {\"restrict_to_user_countries\": [ISO 3166 alpha-2 codes]}"));
        }
    }
    if let Some(hours) = m.get("call_hours") {
        call_hours(hours)?;
    }
    if let Some(sip) = m.get("sip") {
        let obj = sip.as_object().ok_or_else(|| bad("sip", "must be an object"))?;
        reject_unknown(obj, &["status", "servers"])?;
        one_of(obj, "status", &["ENABLED", "DISABLED"])
            .map_err(|_| bad("sip][status", "must be ENABLED or DISABLED"))?;
        let servers_ok = obj.get("servers").is_none_or(|s| {
            s.as_array().is_some_and(|a| {
                a.iter().all(|x| x.get("hostname").and_then(Value::as_str).is_some_and(|h| !h.is_empty()))
            })
        });
        if !servers_ok {
            return Err(bad("sip][servers", "must be an array of {hostname, port?, request_uri_user_params?}"));
        }
    }
    for key in ["audio", "video"] {
        if m.get(key).is_some_and(|v| !v.is_object()) {
            return Err(bad(key, "must be an object"));
        }
    }
    Ok(())
}

fn call_hours(v: &Value) -> Result<(), GraphError> {
    let m = v.as_object().ok_or_else(|| bad("call_hours", "must be an object"))?;
    reject_unknown(m, &["status", "timezone_id", "weekly_operating_hours", "holiday_schedule"])?;
    one_of(m, "status", &["ENABLED", "DISABLED"])
        .map_err(|_| bad("call_hours][status", "must be ENABLED or DISABLED"))?;
    if m.get("status").and_then(Value::as_str) == Some("ENABLED") {
        if m.get("timezone_id").and_then(Value::as_str).is_none_or(str::is_empty) {
            return Err(bad("call_hours][timezone_id", "is required when call hours are ENABLED"));
        }
        let days = m.get("weekly_operating_hours").and_then(Value::as_array);
        if days.is_none_or(|d| d.is_empty()) {
            return Err(bad("call_hours][weekly_operating_hours", "is required when call hours are ENABLED"));
        }
    }
    for (i, d) in m.get("weekly_operating_hours").and_then(Value::as_array).into_iter().flatten().enumerate() {
        let day_ok = d.get("day_of_week").and_then(Value::as_str).is_some_and(|s| DAYS.contains(&s));
        if !day_ok || !is_hhmm(d.get("open_time")) || !is_hhmm(d.get("close_time")) {
            return Err(bad(
                &format!("call_hours][weekly_operating_hours][{i}"),
                "must be {day_of_week: MONDAY..SUNDAY, open_time: HHMM, close_time: HHMM}",
            ));
        }
    }
    for (i, h) in m.get("holiday_schedule").and_then(Value::as_array).into_iter().flatten().enumerate() {
        let date_ok = h
            .get("date")
            .and_then(Value::as_str)
            .is_some_and(|s| s.len() == 10 && s.as_bytes().get(4) == Some(&b'-') && s.as_bytes().get(7) == Some(&b'-'));
        if !date_ok || !is_hhmm(h.get("start_time")) || !is_hhmm(h.get("end_time")) {
            return Err(bad(
                &format!("call_hours][holiday_schedule][{i}"),
                "must be {date: YYYY-MM-DD, start_time: HHMM, end_time: HHMM}",
            ));
        }
    }
    Ok(())
}
