//! AUTHENTICATION templates: the preset shape and OTP buttons.

use serde_json::Value;

use super::Ctx;
use crate::templates::view::{Button, TemplateView};

const EXPIRY_MIN: i64 = 1;
const EXPIRY_MAX: i64 = 90;
const OTP_TYPES: &[&str] = &["COPY_CODE", "ONE_TAP", "ZERO_TAP"];

pub(super) fn authentication(cx: &mut Ctx<'_>, v: &TemplateView<'_>) {
    const FIX_SHAPE: &str = "use the preset shape: BODY { add_security_recommendation }, FOOTER { code_expiration_minutes }, BUTTONS [ OTP ]";
    for c in &v.components {
        match c.kind.as_str() {
            "BODY" => {
                if c.raw.contains_key("text") {
                    cx.emit(
                        "auth-template-shape",
                        &format!("{}/text", c.pointer),
                        "authentication templates use Meta's preset text; custom body text is not allowed",
                        "remove `text` (the body reads \"<CODE> is your verification code.\")",
                    );
                }
                if let Some(x) = c.raw.get("add_security_recommendation")
                    && !x.is_boolean()
                {
                    cx.emit(
                        "auth-template-shape",
                        &format!("{}/add_security_recommendation", c.pointer),
                        "add_security_recommendation must be true or false",
                        "write add_security_recommendation = true",
                    );
                }
            }
            "FOOTER" => {
                if c.raw.contains_key("text") {
                    cx.emit(
                        "auth-template-shape",
                        &format!("{}/text", c.pointer),
                        "authentication footers have no custom text",
                        "remove `text`; use code_expiration_minutes for the expiry notice",
                    );
                }
                if let Some(x) = c.raw.get("code_expiration_minutes")
                    && !x.as_i64().is_some_and(|m| (EXPIRY_MIN..=EXPIRY_MAX).contains(&m))
                {
                    cx.emit(
                        "auth-template-shape",
                        &format!("{}/code_expiration_minutes", c.pointer),
                        format!("code_expiration_minutes is {x}; it must be a whole number from {EXPIRY_MIN} to {EXPIRY_MAX}"),
                        "use a value between 1 and 90",
                    );
                }
            }
            "BUTTONS" => {
                let otps: Vec<&Button<'_>> = c.buttons.iter().filter(|b| b.kind == "OTP").collect();
                if c.buttons.len() != 1 || otps.len() != 1 {
                    cx.emit(
                        "auth-template-shape",
                        &format!("{}/buttons", c.pointer),
                        format!(
                            "authentication templates have exactly one OTP button; found {} button(s)",
                            c.buttons.len()
                        ),
                        "keep a single button with type = \"OTP\"",
                    );
                }
                for b in otps {
                    otp_button(cx, b);
                }
            }
            "HEADER" | "CAROUSEL" | "LIMITED_TIME_OFFER" => cx.emit(
                "auth-template-shape",
                &c.pointer,
                format!("authentication templates cannot have a {} component (no media, no custom content)", c.kind),
                FIX_SHAPE,
            ),
            _ => {}
        }
    }
    if v.component("BUTTONS").is_none() && matches!(v.raw.get("components"), Some(Value::Array(_))) {
        cx.emit("auth-template-shape", "/components", "authentication templates need an OTP button", FIX_SHAPE);
    }
}

fn otp_button(cx: &mut Ctx<'_>, b: &Button<'_>) {
    let Some(otp) = b.otp_type.as_deref() else {
        cx.emit(
            "auth-template-shape",
            &b.pointer,
            "OTP button has no `otp_type`",
            "set otp_type to COPY_CODE, ONE_TAP or ZERO_TAP",
        );
        return;
    };
    if !OTP_TYPES.contains(&otp) {
        cx.emit(
            "auth-template-shape",
            &format!("{}/otp_type", b.pointer),
            format!("`{otp}` is not an otp_type"),
            "use COPY_CODE, ONE_TAP or ZERO_TAP",
        );
        return;
    }
    if otp == "ONE_TAP" || otp == "ZERO_TAP" {
        let apps_ok = match b.raw.get("supported_apps") {
            Some(Value::Array(apps)) => {
                !apps.is_empty()
                    && apps.iter().all(|a| {
                        a.get("package_name").and_then(Value::as_str).is_some_and(|s| !s.is_empty())
                            && a.get("signature_hash").and_then(Value::as_str).is_some_and(|s| !s.is_empty())
                    })
            }
            Some(_) => false,
            None => {
                b.raw.get("package_name").and_then(Value::as_str).is_some()
                    && b.raw.get("signature_hash").and_then(Value::as_str).is_some()
            }
        };
        if !apps_ok {
            cx.emit(
                "auth-template-shape",
                &b.pointer,
                format!("{otp} buttons need supported_apps entries with package_name and signature_hash"),
                "add [[components.buttons.supported_apps]] with package_name and signature_hash of your Android app",
            );
        }
    }
}
