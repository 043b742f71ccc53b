use serde_json::json;

use super::*;
use crate::graph::models::MessageTemplate;

fn template(status: &str, format: &str, components: serde_json::Value) -> MessageTemplate {
    let category = if components.to_string().contains("\"OTP\"") { "AUTHENTICATION" } else { "UTILITY" };
    serde_json::from_value(json!({"id": "1", "name": "order_update", "language": "en_US", "status": status,
        "category": category, "parameter_format": format, "components": components}))
    .unwrap()
}

fn positional() -> MessageTemplate {
    template(
        "APPROVED",
        "POSITIONAL",
        json!([
        {"type": "HEADER", "format": "IMAGE"},
        {"type": "BODY", "text": "Hi {{1}}, order {{2}} ships today."},
        {"type": "FOOTER", "text": "Reply STOP to opt out"},
        {"type": "BUTTONS", "buttons": [
            {"type": "URL", "text": "Track", "url": "https://example.com/t/{{1}}"},
            {"type": "QUICK_REPLY", "text": "Stop"}]}]),
    )
}

fn params(values: &[&str]) -> Params {
    Params {
        positional: values.iter().map(|s| Param::from(*s)).collect(),
        header_media: Some(HeaderMedia { format: "IMAGE".into(), source: MediaRef::Id("9".into()) }),
        url_suffixes: vec!["A1".into()],
        ..Params::default()
    }
}

#[test]
fn positional_fills_every_component() {
    let built = build(&positional(), &params(&["Ada", "#42"])).unwrap();
    let c = &built.object["components"];
    assert_eq!(c[0], json!({"type": "header", "parameters": [{"type": "image", "image": {"id": "9"}}]}));
    assert_eq!(c[1]["parameters"][1]["text"], "#42");
    assert_eq!(
        c[2],
        json!({"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "A1"}]})
    );
    assert_eq!(
        built.preview,
        "[image]\nHi Ada, order #42 ships today.\n_Reply STOP to opt out_\n[Track] https://example.com/t/A1\n[Stop]"
    );
}

#[test]
fn counts_and_formats_are_checked() {
    let e = build(&positional(), &params(&["Ada"])).unwrap_err();
    assert_eq!(e.rule, "template-missing-param");
    assert!(e.message.contains(">>{{2}}<<"), "{e}");
    assert_eq!(build(&positional(), &params(&["Ada", "1", "x"])).unwrap_err().rule, "template-extra-param");
    let mut p = params(&["Ada", "1"]);
    p.header_media = None;
    assert_eq!(build(&positional(), &p).unwrap_err().rule, "template-header-missing");
    p.header_media = Some(HeaderMedia { format: "VIDEO".into(), source: MediaRef::Id("9".into()) });
    assert_eq!(build(&positional(), &p).unwrap_err().rule, "template-header-format");
    let mut p = params(&["Ada", "1"]);
    p.url_suffixes.clear();
    assert_eq!(build(&positional(), &p).unwrap_err().rule, "template-missing-param");
    let mut p = params(&["Ada", "1"]);
    p.named = vec![("first_name".into(), "Ada".into())];
    assert_eq!(build(&positional(), &p).unwrap_err().rule, "template-param-format");
}

#[test]
fn status_must_be_approved() {
    let mut t = positional();
    t.status = crate::graph::models::TemplateStatus::Paused;
    let e = build(&t, &params(&["Ada", "1"])).unwrap_err();
    assert_eq!(e.rule, "template-not-approved");
    assert!(e.message.contains("PAUSED") && e.message.contains("quality action"), "{e}");
}

#[test]
fn named_parameters_by_name() {
    let t = template(
        "APPROVED",
        "NAMED",
        json!([
        {"type": "HEADER", "format": "TEXT", "text": "For {{first_name}}"},
        {"type": "BODY", "text": "Dear {{first_name}}, your code is {{code}}."}]),
    );
    let p = |pairs: &[(&str, &str)]| Params {
        named: pairs.iter().map(|(k, v)| (k.to_string(), Param::from(*v))).collect(),
        ..Params::default()
    };
    let built = build(&t, &p(&[("first_name", "Ada"), ("code", "7")])).unwrap();
    assert_eq!(
        built.object["components"][1]["parameters"][0],
        json!({"type": "text", "parameter_name": "first_name", "text": "Ada"})
    );
    assert_eq!(built.preview, "*For Ada*\nDear Ada, your code is 7.");
    let e = build(&t, &p(&[("first_name", "Ada")])).unwrap_err();
    assert!(e.message.contains(">>{{code}}<<"), "{e}");
    assert_eq!(
        build(&t, &p(&[("first_name", "Ada"), ("code", "7"), ("extra", "x")])).unwrap_err().rule,
        "template-unknown-param"
    );
    assert_eq!(
        build(&t, &Params { positional: vec!["Ada".into()], ..Params::default() }).unwrap_err().rule,
        "template-param-format"
    );
}

#[test]
fn otp_needs_the_code() {
    let t = template(
        "APPROVED",
        "POSITIONAL",
        json!([
        {"type": "BODY", "text": "{{1}} is your verification code."},
        {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]}]),
    );
    assert_eq!(build(&t, &Params::default()).unwrap_err().rule, "template-missing-param");
    let built = build(&t, &Params { code: Some("123456".into()), ..Params::default() }).unwrap();
    assert_eq!(built.object["components"][0]["parameters"][0]["text"], "123456");
    assert_eq!(built.object["components"][1]["parameters"][0]["text"], "123456");
    assert!(built.preview.starts_with("123456 is your verification code."));
}
