//! `-q` on a check that passes prints nothing at all (cron mails on any output).

use super::*;

#[test]
fn passing_template_checks_are_silent_under_quiet() {
    let env = sandbox_env();
    let dir = copy_examples(&env);
    let d = dir.to_str().unwrap();
    let silent = |args: &[&str]| {
        let run = env.run(args);
        run.expect_code(0);
        assert!(run.stdout.is_empty() && run.stderr.is_empty(), "`{}` printed:\n{}", args.join(" "), run.all());
    };
    silent(&["templates", "lint", d, "-q"]);
    env.run(&["--sandbox", "templates", "apply", d, "--yes", "-q"]).expect_code(0);
    silent(&["--sandbox", "templates", "plan", d, "-q"]);
    // Drift is not silent: the plan is the answer.
    std::fs::write(dir.join("extra.json"), r#"{"name":"extra_note","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Your parcel is on its way."}]}"#).unwrap();
    let run = env.run(&["--sandbox", "templates", "plan", d, "-q"]);
    run.expect_code(8);
    assert!(run.stdout.contains("extra_note"), "{}", run.all());
}
