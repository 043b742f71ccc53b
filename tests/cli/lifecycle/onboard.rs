//! Adding, verifying, registering and deregistering a number, with every refusal.

use super::{NEW, add, code, env, on, onboard, run};

#[test]
fn numbers_add_checks_the_number_and_name_before_sending() {
    let env = env();
    let short = run(&env, &["numbers", "add", "--cc", "1", "--number", "55501", "--verified-name", "Acme"]);
    short.expect_code(2);
    assert!(short.stderr.contains("short codes are not supported"), "{}", short.all());
    let no_area = run(&env, &["numbers", "add", "--cc", "1", "--number", "5550100", "--verified-name", "Acme"]);
    no_area.expect_code(2);
    assert!(no_area.stderr.contains("area code"), "{}", no_area.all());
    let trunk = run(&env, &["numbers", "add", "--cc", "44", "--number", "07700900123", "--verified-name", "Acme"]);
    trunk.expect_code(2);
    assert!(trunk.stderr.contains("--number 7700900123"), "{}", trunk.all());
    let json =
        run(&env, &["numbers", "add", "--cc", "1", "--number", "55501", "--verified-name", "Acme", "-o", "json"]);
    assert_eq!(super::json_error(&json)["error"]["details"]["rule"], "number-short-code", "{}", json.all());
    let caps = run(&env, &["numbers", "add", "--cc", "1", "--number", "2025550142", "--verified-name", "ACME SHOES"]);
    caps.expect_code(2);
    assert!(caps.stderr.contains("dn-all-caps") && caps.stderr.contains("--no-lint"), "{}", caps.all());
    assert_eq!(add(&env), NEW);
    let listed = run(&env, &["numbers", "list", "-o", "json"]).json();
    let new = listed.as_array().unwrap().iter().find(|n| n["id"] == NEW).unwrap().clone();
    assert_eq!(new["status"], "PENDING");
    assert_eq!(new["code_verification_status"], "NOT_VERIFIED");
    let again = run(&env, &["numbers", "add", "--cc", "1", "--number", "2025550142", "--verified-name", "Acme Shoes"]);
    again.expect_code(1);
    assert!(again.stderr.contains("already"), "{}", again.all());
}

#[test]
fn the_portfolio_allowance_follows_business_verification() {
    let env = env();
    env.run(&["sandbox", "trigger", "business-verification", "rejected"]).expect_code(0);
    let refused =
        run(&env, &["numbers", "add", "--cc", "1", "--number", "2025550142", "--verified-name", "Acme Shoes"]);
    refused.expect_code(1);
    assert!(refused.stderr.contains("holds 5 numbers") && refused.stderr.contains("may hold 2"), "{}", refused.all());
    let status = run(&env, &["verify", "status", "-o", "json"]);
    status.expect_code(8);
    let items = status.json()["items"].as_array().unwrap().clone();
    let business = items.iter().find(|i| i["item"] == "business_verification").unwrap();
    assert_eq!(business["level"], "blocked");
    assert!(business["meaning"].as_str().unwrap().contains("250 business-initiated users"));
    let limit = run(&env, &["numbers", "show", "-o", "json"]).json();
    assert_eq!(limit["whatsapp_business_manager_messaging_limit"], "TIER_250", "{limit:#}");
    env.run(&["sandbox", "trigger", "business-verification", "approved"]).expect_code(0);
    assert_eq!(add(&env), NEW);
}

#[test]
fn codes_are_requested_verified_and_refused_as_meta_refuses_them() {
    let env = env();
    let id = add(&env);
    let early = on(&env, &id, &["numbers", "register", "--pin-stdin"], "424242");
    early.expect_code(1);
    assert!(early.stderr.contains("133006") && early.stderr.contains("verify request-code"), "{}", early.all());
    let none = on(&env, &id, &["verify", "code", "--code-stdin"], "123456");
    none.expect_code(1);
    assert!(none.stderr.contains("136025"), "{}", none.all());
    let sent = on(&env, &id, &["verify", "request-code", "--method", "voice", "--language", "pt_BR", "-o", "json"], "");
    sent.expect_code(0);
    assert_eq!(sent.json()["code_method"], "VOICE");
    assert!(sent.stderr.contains("sandbox codes"), "{}", sent.all());
    let again = on(&env, &id, &["verify", "request-code"], "");
    again.expect_code(6);
    assert!(again.stderr.contains("136024") && again.stderr.contains("Wait"), "{}", again.all());
    let bad_language = on(&env, &id, &["verify", "request-code", "--language", "english"], "");
    bad_language.expect_code(2);
    let c = code(&env, &id);
    let wrong = if c == "000000" { "111111" } else { "000000" };
    let w = on(&env, &id, &["verify", "code", "--code-stdin"], wrong);
    w.expect_code(1);
    assert!(w.stderr.contains("incorrect") && w.stderr.contains("request-code"), "{}", w.all());
    on(&env, &id, &["verify", "code", "--code-stdin"], &format!("{c}\n")).expect_code(0);
    let codes = env.run(&["sandbox", "codes", "--number", &id, "-o", "json"]);
    assert_eq!(codes.json(), serde_json::json!([]), "a used code is gone");
}

#[test]
fn register_pin_and_deregister_follow_meta_rules() {
    let env = env();
    let id = onboard(&env, "424242");
    let shown = on(&env, &id, &["numbers", "show", "-o", "json"], "").json();
    assert_eq!(shown["status"], "CONNECTED");
    let pin = on(&env, &id, &["verify", "pin", "status", "-o", "json"], "");
    assert_eq!(pin.json()["is_pin_enabled"], true);
    let mismatch = on(&env, &id, &["numbers", "register", "--pin-stdin"], "111111");
    mismatch.expect_code(1);
    assert!(mismatch.stderr.contains("133005") && mismatch.stderr.contains("WhatsApp Manager"), "{}", mismatch.all());
    on(&env, &id, &["verify", "pin", "set", "--pin-stdin"], "135790").expect_code(0);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    on(&env, &id, &["numbers", "register", "--pin-stdin"], "135790").expect_code(0);
    let unconfirmed = on(&env, &id, &["numbers", "deregister"], "");
    unconfirmed.expect_code(2);
    assert!(
        unconfirmed.stderr.contains("+1 2025550142") && unconfirmed.stderr.contains("--yes"),
        "{}",
        unconfirmed.all()
    );
    let gone = on(&env, &id, &["numbers", "deregister", "--yes", "-o", "json"], "");
    gone.expect_code(0);
    assert_eq!(gone.json()["status"], "DISCONNECTED");
    let send = on(&env, &id, &["send", "text", "--to", "+12025550100", "hi"], "");
    send.expect_code(1);
    assert!(send.stderr.contains("133010"), "{}", send.all());
    let twice = on(&env, &id, &["numbers", "deregister", "--yes"], "");
    twice.expect_code(1);
    assert!(twice.stderr.contains("numbers register"), "{}", twice.all());
    let soon = on(&env, &id, &["numbers", "register", "--pin-stdin"], "135790");
    soon.expect_code(6);
    assert!(soon.stderr.contains("133015") && soon.stderr.contains("5 minutes"), "{}", soon.all());
    let unregistered = on(&env, &id, &["verify", "pin", "set", "--pin-stdin"], "246802");
    unregistered.expect_code(1);
    assert!(unregistered.stderr.contains("133010"), "{}", unregistered.all());
    let region = on(
        &env,
        "1100000000000002",
        &["numbers", "register", "--pin-stdin", "--data-localization-region", "Germany"],
        "",
    );
    region.expect_code(2);
}

#[test]
fn display_names_are_reviewed_and_the_whole_picture_shows_it() {
    let env = env();
    let id = onboard(&env, "424242");
    let status = on(&env, &id, &["verify", "status", "-o", "json"], "");
    status.expect_code(0);
    let v = status.json();
    assert_eq!(v["ok"], true);
    let level = |item: &str| {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["item"] == item)
            .map(|i| i["level"].as_str().unwrap().to_owned())
    };
    assert_eq!(level("registration").as_deref(), Some("ok"));
    assert_eq!(level("display_name").as_deref(), Some("ok"));
    on(&env, &id, &["numbers", "display-name", "set", "Acme Shoes Online", "--no-lint"], "").expect_code(0);
    let dn = on(&env, &id, &["numbers", "display-name", "status", "-o", "json"], "").json();
    assert_eq!(
        (dn["verified_name"].as_str(), dn["new_name_status"].as_str()),
        (Some("Acme Shoes Online"), Some("APPROVED"))
    );
    on(&env, &id, &["numbers", "display-name", "set", "ACME!!", "--no-lint"], "").expect_code(0);
    let dn = on(&env, &id, &["numbers", "display-name", "status", "-o", "json"], "").json();
    assert_eq!(dn["new_name_status"], "DECLINED", "{dn:#}");
    assert_eq!(dn["verified_name"], "Acme Shoes Online");
    let table = on(&env, &id, &["verify", "status"], "");
    assert!(table.stdout.contains("DECLINED"), "{}", table.all());
    let fresh = super::env();
    let pending = run(
        &fresh,
        &["numbers", "add", "--cc", "1", "--number", "2025550142", "--verified-name", "Acme", "-o", "json"],
    );
    pending.expect_code(0);
    let blocked = on(&fresh, NEW, &["verify", "status", "-o", "json"], "");
    blocked.expect_code(8);
    assert!(
        blocked.stderr.contains("code_verification") && blocked.stderr.contains("registration"),
        "{}",
        blocked.all()
    );
}

#[test]
fn profile_picture_is_uploaded_and_set() {
    let env = env();
    let dir = env.data_dir();
    std::fs::create_dir_all(&dir).unwrap();
    let png = dir.join("logo.png");
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend_from_slice(&[0u8; 64]);
    std::fs::write(&png, &bytes).unwrap();
    let set = run(&env, &["numbers", "profile", "set", "--picture", png.to_str().unwrap(), "-o", "json"]);
    set.expect_code(0);
    assert_eq!(set.json()["updated"], serde_json::json!(["profile_picture_handle"]));
    let shown = run(&env, &["numbers", "profile", "show", "-o", "json"]).json();
    assert!(shown["profile_picture_url"].as_str().is_some_and(|u| u.ends_with(".png")), "{shown:#}");
    let fake = dir.join("logo.jpg");
    std::fs::write(&fake, b"GIF89a").unwrap();
    let bad = run(&env, &["numbers", "profile", "set", "--picture", fake.to_str().unwrap()]);
    bad.expect_code(2);
    assert!(bad.stderr.contains("not a JPEG"), "{}", bad.all());
}
