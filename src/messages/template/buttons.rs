//! The buttons of a template send: URL suffixes, quick-reply payloads, OTP and copy codes.

use serde_json::{Value, json};

use super::{Fill, missing, text};
use crate::messages::CheckError;

/// Add the button components the template's `BUTTONS` needs, in button order.
pub(super) fn fill(state: &mut Fill<'_>, component: &Value) -> Result<(), CheckError> {
    let buttons = component["buttons"].as_array().cloned().unwrap_or_default();
    let (mut suffixes, mut payloads) = (0usize, 0usize);
    let params = state.params().clone();
    for (index, button) in buttons.iter().enumerate() {
        let kind = button["type"].as_str().unwrap_or_default().to_ascii_uppercase();
        let title = button["text"].as_str().unwrap_or_default();
        let place = format!("BUTTONS[{index}] ({title})");
        match kind.as_str() {
            "URL" => {
                let url = button["url"].as_str().unwrap_or_default();
                let vars = text::vars(url);
                let Some(var) = vars.first() else {
                    state.preview.push(format!("[{title}] {url}"));
                    continue;
                };
                let Some(suffix) = params.url_suffixes.get(suffixes) else {
                    return Err(missing(
                        &place,
                        url,
                        var,
                        "give --button-url-suffix VALUE (one per dynamic URL button, in order)",
                    ));
                };
                suffixes += 1;
                state.components.push(button_component("url", index, json!({"type": "text", "text": suffix})));
                state.preview.push(format!("[{title}] {}", text::fill(url, &[(var.clone(), suffix.clone())])));
            }
            "QUICK_REPLY" => {
                if let Some(payload) = params.payloads.get(payloads) {
                    payloads += 1;
                    state.components.push(button_component(
                        "quick_reply",
                        index,
                        json!({"type": "payload", "payload": payload}),
                    ));
                }
                state.preview.push(format!("[{title}]"));
            }
            "OTP" => {
                let Some(code) = state.code() else {
                    return Err(CheckError::new(
                        "template-missing-code",
                        place,
                        "an OTP button needs the one-time code",
                        "give --code CODE",
                    ));
                };
                let code = code.to_string();
                state.components.push(button_component("url", index, json!({"type": "text", "text": code})));
                state.preview.push(format!("[{}]", if title.is_empty() { "Copy code" } else { title }));
            }
            "COPY_CODE" => {
                let Some(code) = state.code() else {
                    return Err(CheckError::new(
                        "template-missing-code",
                        place,
                        "a copy-code button needs the coupon code",
                        "give --code CODE",
                    ));
                };
                let code = code.to_string();
                state.components.push(button_component(
                    "copy_code",
                    index,
                    json!({"type": "coupon_code", "coupon_code": code}),
                ));
                state.preview.push(format!("[Copy code: {code}]"));
            }
            "PHONE_NUMBER" => {
                state.preview.push(format!("[{title}] {}", button["phone_number"].as_str().unwrap_or_default()))
            }
            _ => state.preview.push(format!("[{title}]")),
        }
    }
    if let Some(extra) = params.url_suffixes.get(suffixes) {
        return Err(CheckError::new(
            "template-extra-param",
            format!("--button-url-suffix {extra}"),
            format!("the template has {suffixes} dynamic URL button(s)"),
            "remove the extra --button-url-suffix",
        ));
    }
    if let Some(extra) = params.payloads.get(payloads) {
        return Err(CheckError::new(
            "template-extra-param",
            format!("--button-payload {extra}"),
            format!("the template has {payloads} quick-reply button(s)"),
            "remove the extra --button-payload",
        ));
    }
    Ok(())
}

fn button_component(sub_type: &str, index: usize, parameter: Value) -> Value {
    json!({ "type": "button", "sub_type": sub_type, "index": index.to_string(), "parameters": [parameter] })
}
