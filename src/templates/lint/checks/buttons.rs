//! BUTTONS components and the buttons in them (URL, phone number, copy code).

use serde_json::Value;

use super::{Ctx, len};
use crate::templates::lint::vars::scan;
use crate::templates::view::{Button, Component, TemplateView};

const BUTTON_TEXT_MAX: usize = 25;
const BUTTONS_MAX: usize = 10;
const QUICK_REPLY_MAX: usize = 10;
const URL_BUTTONS_MAX: usize = 2;
const URL_MAX: usize = 2000;
const PHONE_MAX: usize = 20;
const CODE_MAX: usize = 15;
const CARD_BUTTONS_MAX: usize = 2;
const BUTTON_TYPES: &[&str] =
    &["QUICK_REPLY", "URL", "PHONE_NUMBER", "COPY_CODE", "OTP", "FLOW", "MPM", "SPM", "CATALOG", "VOICE_CALL"];
const CARD_BUTTON_TYPES: &[&str] = &["QUICK_REPLY", "URL", "PHONE_NUMBER", "SPM"];

pub(super) fn buttons(cx: &mut Ctx<'_>, v: &TemplateView<'_>, c: &Component<'_>, in_card: bool) {
    let list = &c.buttons;
    let ptr = format!("{}/buttons", c.pointer);
    if matches!(c.raw.get("buttons"), Some(Value::Array(a)) if a.is_empty()) || c.raw.get("buttons").is_none() {
        cx.emit("invalid-structure", &c.pointer, "BUTTONS component without buttons", "add buttons or remove it");
    }
    let count = |k: &str| list.iter().filter(|b| b.kind == k).count();
    let max = if in_card { CARD_BUTTONS_MAX } else { BUTTONS_MAX };
    if list.len() > max {
        cx.emit(
            "too-many-buttons",
            &ptr,
            format!(
                "{} buttons; at most {max} are allowed{}",
                list.len(),
                if in_card { " per carousel card" } else { "" }
            ),
            "remove buttons",
        );
    }
    for (kind, limit) in
        [("QUICK_REPLY", QUICK_REPLY_MAX), ("URL", URL_BUTTONS_MAX), ("PHONE_NUMBER", 1), ("COPY_CODE", 1), ("OTP", 1)]
    {
        let n = count(kind);
        if n > limit {
            cx.emit(
                "too-many-buttons",
                &ptr,
                format!("{n} {kind} buttons; at most {limit} allowed"),
                format!("keep at most {limit} {kind} button(s)"),
            );
        }
    }
    let transitions = list.windows(2).filter(|w| (w[0].kind == "QUICK_REPLY") != (w[1].kind == "QUICK_REPLY")).count();
    if transitions > 1 {
        let seq: Vec<&str> = list.iter().map(|b| b.kind.as_str()).collect();
        cx.emit(
            "button-order",
            &ptr,
            format!("quick replies are not grouped together: {}", seq.join(", ")),
            "put all QUICK_REPLY buttons together, before or after the other buttons",
        );
    }
    for b in list {
        button(cx, v, b, in_card);
    }
}

fn button(cx: &mut Ctx<'_>, v: &TemplateView<'_>, b: &Button<'_>, in_card: bool) {
    let kind = b.kind.as_str();
    if kind.is_empty() {
        return;
    }
    if !BUTTON_TYPES.contains(&kind) {
        cx.emit(
            "unknown-button-type",
            &format!("{}/type", b.pointer),
            format!("button type `{kind}` is not known"),
            format!("use one of {}", BUTTON_TYPES.join(", ")),
        );
        return;
    }
    if in_card && !CARD_BUTTON_TYPES.contains(&kind) {
        cx.emit(
            "carousel-shape",
            &format!("{}/type", b.pointer),
            format!("`{kind}` buttons are not allowed on carousel cards"),
            "use QUICK_REPLY, URL or PHONE_NUMBER buttons (SPM on product cards)",
        );
    }
    match b.text {
        Some(t) if len(t) > BUTTON_TEXT_MAX => cx.emit(
            "button-text-too-long",
            &format!("{}/text", b.pointer),
            format!("button text `{t}` is {} characters; the maximum is {BUTTON_TEXT_MAX}", len(t)),
            "shorten the button text",
        ),
        Some(t) if t.trim().is_empty() && ["QUICK_REPLY", "URL", "PHONE_NUMBER"].contains(&kind) => {
            cx.emit("button-text-missing", &format!("{}/text", b.pointer), "button text is empty", "add a label")
        }
        None if ["QUICK_REPLY", "URL", "PHONE_NUMBER"].contains(&kind) && b.raw.get("text").is_none() => {
            cx.emit("button-text-missing", &b.pointer, format!("{kind} button has no `text`"), "add a label")
        }
        _ => {}
    }
    match kind {
        "URL" => url_button(cx, b),
        "PHONE_NUMBER" => phone_button(cx, b),
        "COPY_CODE" => copy_code(cx, b),
        "OTP" if v.category_upper().as_deref().is_some_and(|c| c != "AUTHENTICATION") => cx.emit(
            "otp-outside-authentication",
            &format!("{}/type", b.pointer),
            "OTP buttons are only allowed in AUTHENTICATION templates",
            "set category = \"AUTHENTICATION\" or use a COPY_CODE button",
        ),
        _ => {}
    }
}

fn url_button(cx: &mut Ctx<'_>, b: &Button<'_>) {
    let ptr = format!("{}/url", b.pointer);
    let Some(url) = b.url else {
        if b.raw.get("url").is_none() {
            cx.emit("url-format", &b.pointer, "URL button has no `url`", "add `url = \"https://…\"`");
        }
        return;
    };
    let lower = url.to_ascii_lowercase();
    let host = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    if host.is_none_or(|h| h.is_empty() || h.starts_with('/') || h.starts_with("{{")) {
        cx.emit(
            "url-format",
            &ptr,
            format!("`{url}` is not an http(s) URL with a fixed host"),
            "write a full URL such as https://example.com/orders/{{1}}",
        );
    } else if url.chars().any(char::is_whitespace) {
        cx.emit("url-format", &ptr, "the URL contains whitespace", "percent-encode spaces or remove them");
    }
    if len(url) > URL_MAX {
        cx.emit(
            "url-format",
            &ptr,
            format!("the URL is {} characters; the maximum is {URL_MAX}", len(url)),
            "shorten the URL",
        );
    }
    let s = scan(url);
    for msg in &s.brace_errors {
        cx.emit("malformed-variable", &ptr, msg.clone(), "write the variable as {{1}}");
    }
    if s.vars.len() > 1 {
        cx.emit(
            "url-variable-not-at-end",
            &ptr,
            format!("the URL has {} variables; at most one is allowed", s.vars.len()),
            "keep a single {{1}} at the end of the URL",
        );
    } else if let Some(var) = s.vars.first() {
        if var.end != url.len() {
            cx.emit(
                "url-variable-not-at-end",
                &ptr,
                "the URL variable must be at the end of the URL",
                "move {{1}} to the end, e.g. https://example.com/track?id={{1}}",
            );
        }
        let ok = match b.example {
            Some(Value::Array(a)) => a.first().and_then(Value::as_str).is_some_and(|s| !s.trim().is_empty()),
            Some(Value::String(s)) => !s.trim().is_empty(),
            _ => false,
        };
        if !ok {
            cx.emit(
                "missing-example",
                &format!("{}/example", b.pointer),
                "a URL with a variable needs an example",
                "add `example = [\"https://example.com/track?id=ABC123\"]`",
            );
        }
    }
}

fn phone_button(cx: &mut Ctx<'_>, b: &Button<'_>) {
    let ptr = format!("{}/phone_number", b.pointer);
    let Some(phone) = b.phone_number else {
        if b.raw.get("phone_number").is_none() {
            cx.emit(
                "phone-number-format",
                &b.pointer,
                "PHONE_NUMBER button has no `phone_number`",
                "add the number with country code, e.g. phone_number = \"15550051310\"",
            );
        }
        return;
    };
    let digits = phone.strip_prefix('+').unwrap_or(phone);
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        cx.emit(
            "phone-number-format",
            &ptr,
            format!("`{phone}` is not a phone number (digits with country code, optional leading +)"),
            "remove spaces, dashes and brackets, e.g. \"15550051310\"",
        );
    } else if len(phone) > PHONE_MAX {
        cx.emit(
            "phone-number-format",
            &ptr,
            format!("`{phone}` is {} characters; the maximum is {PHONE_MAX}", len(phone)),
            "check the number",
        );
    }
}

fn copy_code(cx: &mut Ctx<'_>, b: &Button<'_>) {
    let ptr = format!("{}/example", b.pointer);
    let code = match b.example {
        Some(Value::String(s)) => Some(s.as_str()),
        Some(Value::Array(a)) => a.first().and_then(Value::as_str),
        _ => None,
    };
    match code {
        None => cx.emit(
            "copy-code-example",
            &ptr,
            "COPY_CODE button needs `example` with a sample code",
            "add `example = \"SAVE25\"` (at most 15 letters and digits)",
        ),
        Some(c) if len(c) > CODE_MAX || c.is_empty() || !c.chars().all(|c| c.is_ascii_alphanumeric()) => cx.emit(
            "copy-code-example",
            &ptr,
            format!("code example `{c}` must be 1–{CODE_MAX} letters and digits"),
            "use a shorter alphanumeric sample code",
        ),
        _ => {}
    }
}
