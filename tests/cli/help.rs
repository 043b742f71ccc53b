//! Snapshots of `--help` for every command, so the docs cannot drift unnoticed.

use crate::common::TestEnv;

fn help(args: &[&str]) -> String {
    let mut full = args.to_vec();
    full.push("--help");
    let run = TestEnv::new().run(&full);
    run.expect_code(0);
    run.stdout
}

macro_rules! help_snapshots {
    ($($name:ident => [$($arg:literal),*];)+) => {
        $(
            #[test]
            fn $name() {
                insta::assert_snapshot!(help(&[$($arg),*]));
            }
        )+
    };
}

help_snapshots! {
    top => [];
    auth => ["auth"];
    auth_status => ["auth", "status"];
    numbers => ["numbers"];
    numbers_list => ["numbers", "list"];
    numbers_show => ["numbers", "show"];
    numbers_health => ["numbers", "health"];
    numbers_display_name => ["numbers", "display-name"];
    numbers_display_name_lint => ["numbers", "display-name", "lint"];
    numbers_display_name_set => ["numbers", "display-name", "set"];
    numbers_display_name_status => ["numbers", "display-name", "status"];
    numbers_profile => ["numbers", "profile"];
    numbers_profile_show => ["numbers", "profile", "show"];
    numbers_profile_set => ["numbers", "profile", "set"];
    numbers_add => ["numbers", "add"];
    numbers_register => ["numbers", "register"];
    numbers_deregister => ["numbers", "deregister"];
    verify => ["verify"];
    verify_request_code => ["verify", "request-code"];
    verify_code => ["verify", "code"];
    verify_pin => ["verify", "pin"];
    verify_pin_set => ["verify", "pin", "set"];
    verify_pin_status => ["verify", "pin", "status"];
    verify_status => ["verify", "status"];
    verify_oba => ["verify", "oba"];
    verify_oba_check => ["verify", "oba", "check"];
    verify_oba_request => ["verify", "oba", "request"];
    verify_oba_status => ["verify", "oba", "status"];
    sandbox_codes => ["sandbox", "codes"];
    media => ["media"];
    media_upload => ["media", "upload"];
    media_show => ["media", "show"];
    media_download => ["media", "download"];
    media_delete => ["media", "delete"];
    messages => ["messages"];
    messages_read => ["messages", "read"];
    profile => ["profile"];
    profile_add => ["profile", "add"];
    profile_list => ["profile", "list"];
    profile_show => ["profile", "show"];
    profile_use => ["profile", "use"];
    profile_remove => ["profile", "remove"];
    sandbox => ["sandbox"];
    sandbox_serve => ["sandbox", "serve"];
    sandbox_reset => ["sandbox", "reset"];
    send => ["send"];
    send_text => ["send", "text"];
    send_template => ["send", "template"];
    send_image => ["send", "image"];
    send_video => ["send", "video"];
    send_audio => ["send", "audio"];
    send_document => ["send", "document"];
    send_sticker => ["send", "sticker"];
    send_location => ["send", "location"];
    send_reaction => ["send", "reaction"];
    send_buttons => ["send", "buttons"];
    send_list => ["send", "list"];
    send_json => ["send", "json"];
    send_contact => ["send", "contact"];
    send_cta_url => ["send", "cta-url"];
    send_location_request => ["send", "location-request"];
    send_product => ["send", "product"];
    send_product_list => ["send", "product-list"];
    send_catalog => ["send", "catalog"];
    send_flow => ["send", "flow"];
    send_bulk => ["send", "bulk"];
    send_jobs => ["send", "jobs"];
    send_status => ["send", "status"];
    sandbox_status => ["sandbox", "status"];
    sandbox_inbound => ["sandbox", "inbound"];
    sandbox_messages => ["sandbox", "messages"];
    sandbox_log => ["sandbox", "log"];
    sandbox_allowlist => ["sandbox", "allowlist"];
    sandbox_allowlist_add => ["sandbox", "allowlist", "add"];
    sandbox_trigger => ["sandbox", "trigger"];
    sandbox_trigger_template_quality => ["sandbox", "trigger", "template-quality"];
    pricing => ["pricing"];
    pricing_simulate => ["pricing", "simulate"];
    pricing_estimate => ["pricing", "estimate"];
    pricing_rates => ["pricing", "rates"];
    pricing_market => ["pricing", "market"];
    pricing_compare => ["pricing", "compare"];
    limits => ["limits"];
    limits_show => ["limits", "show"];
    limits_check => ["limits", "check"];
    limits_simulate => ["limits", "simulate"];
    limits_plan => ["limits", "plan"];
    limits_throughput => ["limits", "throughput"];
    templates => ["templates"];
    templates_list => ["templates", "list"];
    templates_show => ["templates", "show"];
    templates_create => ["templates", "create"];
    templates_edit => ["templates", "edit"];
    templates_delete => ["templates", "delete"];
    templates_pull => ["templates", "pull"];
    templates_plan => ["templates", "plan"];
    templates_apply => ["templates", "apply"];
    templates_wait => ["templates", "wait"];
    templates_lint => ["templates", "lint"];
    templates_rules => ["templates", "rules"];
    webhooks => ["webhooks"];
    webhooks_listen => ["webhooks", "listen"];
    webhooks_trigger => ["webhooks", "trigger"];
    webhooks_replay => ["webhooks", "replay"];
    webhooks_subscribe => ["webhooks", "subscribe"];
    webhooks_status => ["webhooks", "status"];
    completions => ["completions"];
    man => ["man"];
}

#[test]
fn clap_definition_is_consistent() {
    waba::cli::command().debug_assert();
}

/// The leaf commands, as their argument paths (`["templates", "apply"]`).
fn leaves(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let subs: Vec<&clap::Command> = cmd.get_subcommands().filter(|s| s.get_name() != "help").collect();
    if subs.is_empty() && !path.is_empty() {
        out.push(path.clone());
    }
    for sub in subs {
        path.push(sub.get_name().to_string());
        leaves(sub, path, out);
        path.pop();
    }
}

#[test]
fn every_leaf_command_has_an_example_that_parses() {
    let mut all = Vec::new();
    leaves(&waba::cli::command(), &mut Vec::new(), &mut all);
    assert!(all.len() > 30, "{all:?}");
    let mut missing = Vec::new();
    for path in &all {
        let args: Vec<&str> = path.iter().map(String::as_str).collect();
        let text = help(&args);
        let Some((_, examples)) = text.split_once("\nExamples:\n") else {
            missing.push(path.join(" "));
            continue;
        };
        let lines: Vec<&str> = examples
            .lines()
            .take_while(|l| !l.trim().is_empty())
            .map(str::trim)
            .filter(|l| l.starts_with("waba "))
            .collect();
        assert!(!lines.is_empty(), "`waba {}` has an Examples section without a `waba …` line", path.join(" "));
        for line in lines {
            let words = crate::common::shell_words(line);
            let parsed = waba::cli::command().try_get_matches_from(&words);
            assert!(
                parsed.is_ok(),
                "example `{line}` of `waba {}` does not parse: {}",
                path.join(" "),
                parsed.unwrap_err()
            );
            let mut named = Vec::new();
            let mut matches = parsed.unwrap();
            while let Some((name, sub)) = matches.remove_subcommand() {
                named.push(name);
                matches = sub;
            }
            assert_eq!(named, args, "example `{line}` is not an example of `waba {}`", path.join(" "));
        }
    }
    assert!(missing.is_empty(), "leaf commands without an Examples section in --help: {missing:?}");
}
