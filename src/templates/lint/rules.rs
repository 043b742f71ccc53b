//! The rule catalogue. Every diagnostic's `rule` is an `id` from [`RULES`]; its severity is the rule's default.
//! `source` names the section of `platform-rules.md` (or `graph-api.md`) the rule comes from.

use serde::Serialize;

use super::Severity;

/// One lint rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub source: &'static str,
}

const fn e(id: &'static str, summary: &'static str, source: &'static str) -> Rule {
    Rule { id, severity: Severity::Error, summary, source }
}

const fn w(id: &'static str, summary: &'static str, source: &'static str) -> Rule {
    Rule { id, severity: Severity::Warning, summary, source }
}

/// All rules, in README order.
#[rustfmt::skip]
pub const RULES: &[Rule] = &[
    // files
    e("parse-error", "The file is not valid JSON / TOML", "waba: template files"),
    e("unreadable-file", "The file cannot be read or is not *.json / *.toml", "waba: template files"),
    e("invalid-structure", "A required field is missing or a field has the wrong type", "Meta: template management; Graph API: message_templates"),
    e("duplicate-identity", "Two files define the same name + language", "Meta: template management"),
    e("duplicate-content", "Two non-AUTHENTICATION templates with the same body and footer text", "Meta: template review"),
    // top level
    e("name-format", "Name: lowercase letters, digits and underscores only, at most 512 characters", "Meta: template management"),
    e("unknown-language", "Language is not one of Meta's 111 template language codes", "Meta: supported languages"),
    e("unknown-category", "Category is not AUTHENTICATION, MARKETING or UTILITY", "Meta: template management"),
    e("unknown-parameter-format", "parameter_format is not positional or named", "Meta: template parameters"),
    w("unknown-component-type", "Component type is not one Meta documents for templates", "Meta: template components; Graph API: message_templates"),
    e("duplicate-component", "More than one HEADER, BODY, FOOTER, BUTTONS, CAROUSEL or LIMITED_TIME_OFFER", "Meta: template components"),
    // body / header / footer
    e("body-missing", "The template (or its text) has no BODY component", "Meta: template components"),
    e("body-too-long", "Body over 1,024 characters (600 in a limited-time offer, 160 in a carousel card)", "Meta: template components; Meta: LTO, carousel and coupon templates"),
    e("header-format", "HEADER format missing or not TEXT/IMAGE/VIDEO/GIF/DOCUMENT/LOCATION/PRODUCT", "Meta: template components"),
    e("header-too-long", "Text header over 60 characters", "Meta: template components"),
    e("header-too-many-variables", "Text header with more than one variable", "Meta: template components"),
    e("control-character", "Text holds a control character (NUL, escape, …); only newlines, carriage returns and tabs pass", "Meta: template components"),
    w("emoji-or-newline-in-header", "Text header contains a newline, an emoji or markdown characters", "Meta: template components (no markdown); third-party guides"),
    e("location-header-category", "LOCATION header outside a UTILITY or MARKETING template", "Meta: template components"),
    w("gif-header", "GIF headers are only available through the Marketing Messages API", "Meta: template components"),
    e("footer-too-long", "Footer over 60 characters", "Meta: template components"),
    e("footer-has-variables", "Footer text contains a variable", "Graph API: message_templates"),
    // variables
    e("malformed-variable", "Unmatched braces or special characters inside {{ }}", "Meta: template parameters"),
    e("variable-not-sequential", "Positional variables not {{1}}, {{2}}, … in order of appearance without gaps", "Meta: template parameters"),
    e("named-variable-format", "Named variable not made of lowercase letters and underscores", "Meta: template parameters"),
    e("mixed-variable-formats", "Variable style does not match parameter_format (or both styles used)", "Meta: template parameters"),
    e("dangling-variable", "Body starts or ends with a variable", "Meta: template parameters"),
    w("adjacent-variables", "Two variables with nothing but spaces between them", "heuristic (reviewer practice)"),
    e("missing-example", "Variable or media header without example values, or example count mismatch", "Meta: template management; Meta: template parameters; Meta: template components"),
    w("variable-ratio", "Too many variables for the amount of fixed text (heuristic: < 3 words per variable)", "Meta: template parameters"),
    w("promotional-utility", "Promotional wording in a UTILITY template (heuristic word list)", "Meta: template categorization"),
    // buttons
    w("unknown-button-type", "Button type is not one Meta documents", "Meta: template components; Graph API: message_templates"),
    e("too-many-buttons", "Over 10 buttons, 10 quick replies, 2 URL, 1 phone, 1 copy-code, 2 per carousel card", "Meta: template components; Meta: LTO, carousel and coupon templates"),
    e("button-order", "Quick-reply buttons not grouped together", "Meta: template components"),
    e("button-text-missing", "QUICK_REPLY, URL or PHONE_NUMBER button without text", "Meta: template components"),
    e("button-text-too-long", "Button text over 25 characters", "Meta: template components; Meta: authentication templates"),
    e("url-format", "URL button url missing, not http(s)://, contains spaces or over 2,000 characters", "Meta: template components"),
    e("url-variable-not-at-end", "URL with more than one variable or a variable not at the end", "Meta: template components"),
    e("phone-number-format", "Phone number missing, not digits (optional leading +) or over 20 characters", "Meta: template components"),
    e("copy-code-example", "COPY_CODE example missing, over 15 characters or not alphanumeric", "Meta: template components; Meta: LTO, carousel and coupon templates"),
    e("otp-outside-authentication", "OTP button in a non-AUTHENTICATION template", "Meta: template components"),
    // kinds
    e("auth-template-shape", "AUTHENTICATION: preset body, one OTP button, otp_type rules, expiry 1–90, no media", "Meta: authentication templates"),
    e("lto-shape", "Limited-time offer: MARKETING, no footer, offer text ≤ 16 characters, has_expiration boolean", "Meta: LTO, carousel and coupon templates"),
    e("carousel-shape", "Carousel: MARKETING, each card an IMAGE/VIDEO (or PRODUCT) header and allowed buttons", "Meta: LTO, carousel and coupon templates"),
    e("carousel-card-count", "Carousel with fewer than 2 or more than 10 cards", "Meta: LTO, carousel and coupon templates"),
    e("carousel-cards-differ", "Carousel cards do not all have the same components and button types", "Meta: LTO, carousel and coupon templates"),
    // header_file
    e("header-file-misplaced", "header_file on a non-media header, or together with example.header_handle", "waba: template files"),
    e("header-file-missing", "header_file does not exist", "waba: template files"),
    e("header-file-type", "header_file type does not match the header format (IMAGE: jpeg/png, VIDEO: mp4/3gpp …)", "Graph API: media upload limits"),
    e("header-file-too-large", "header_file over the media limit (image 5 MB, video 16 MB, GIF 3.5 MB, document 100 MB)", "Graph API: media upload limits; Meta: template components"),
];

/// Looks a rule up by id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The rule table as Markdown (`| id | severity | summary | source |`), for the README.
pub fn rules_markdown() -> String {
    let mut s = String::from("| Rule | Severity | Checks | Source |\n|---|---|---|---|\n");
    for r in RULES {
        s.push_str(&format!("| `{}` | {} | {} | {} |\n", r.id, r.severity, r.summary.replace('|', "\\|"), r.source));
    }
    s
}
