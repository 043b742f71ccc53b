//! LIMITED_TIME_OFFER templates.

use serde_json::Value;

use super::{Ctx, len};
use crate::templates::view::TemplateView;

const LTO_TEXT_MAX: usize = 16;

pub(super) fn lto(cx: &mut Ctx<'_>, v: &TemplateView<'_>) {
    if v.category_upper().as_deref().is_some_and(|c| c != "MARKETING") {
        cx.emit("lto-shape", "/category", "limited-time offers must be MARKETING", "set category = \"MARKETING\"");
    }
    if let Some(f) = v.component("FOOTER") {
        cx.emit("lto-shape", &f.pointer, "limited-time offer templates cannot have a footer", "remove the FOOTER");
    }
    let Some(c) = v.component("LIMITED_TIME_OFFER") else {
        return;
    };
    let ptr = format!("{}/limited_time_offer", c.pointer);
    let Some(Value::Object(offer)) = c.raw.get("limited_time_offer") else {
        cx.emit(
            "lto-shape",
            &ptr,
            "LIMITED_TIME_OFFER component needs a `limited_time_offer` object",
            "add limited_time_offer = { text = \"Expiring offer!\", has_expiration = true }",
        );
        return;
    };
    match offer.get("text") {
        Some(Value::String(t)) if len(t) <= LTO_TEXT_MAX && !t.trim().is_empty() => {}
        Some(Value::String(t)) => cx.emit(
            "lto-shape",
            &format!("{ptr}/text"),
            format!("offer text `{t}` must be 1–{LTO_TEXT_MAX} characters"),
            "shorten the offer text",
        ),
        _ => cx.emit("lto-shape", &format!("{ptr}/text"), "the offer needs a `text`", "add text = \"Expiring offer!\""),
    }
    if let Some(x) = offer.get("has_expiration")
        && !x.is_boolean()
    {
        cx.emit(
            "lto-shape",
            &format!("{ptr}/has_expiration"),
            "has_expiration must be true or false",
            "write has_expiration = true",
        );
    }
}
