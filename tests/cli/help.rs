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
    profile => ["profile"];
    profile_add => ["profile", "add"];
    profile_list => ["profile", "list"];
    profile_show => ["profile", "show"];
    profile_use => ["profile", "use"];
    profile_remove => ["profile", "remove"];
    sandbox => ["sandbox"];
    sandbox_serve => ["sandbox", "serve"];
    sandbox_reset => ["sandbox", "reset"];
    sandbox_status => ["sandbox", "status"];
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
    completions => ["completions"];
    man => ["man"];
}

#[test]
fn clap_definition_is_consistent() {
    waba::cli::command().debug_assert();
}
