//! `waba templates` through the real binary.

mod account;
mod code;
mod create_batch;
mod lint;
mod media;
mod prune;
mod pull;
mod quiet;
mod wait_all;

use std::path::PathBuf;

use crate::common::TestEnv;

pub(super) fn examples() -> String {
    format!("{}/examples/templates", env!("CARGO_MANIFEST_DIR"))
}

/// A directory of template files inside the environment's temp dir.
pub(super) fn template_dir(env: &TestEnv, files: &[(&str, &str)]) -> PathBuf {
    let dir = env.data_dir().parent().unwrap().join("templates");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    dir
}

pub(super) const BAD: &str = r#"name = "Order_Update"
language = "en-US"
category = "UTILITY"

[[components]]
type = "BODY"
text = "{{1}} your order has shipped."
"#;

pub(super) const PROMOTIONAL_UTILITY: &str = r#"{
  "name": "order_shipped",
  "language": "en_US",
  "category": "UTILITY",
  "components": [
    {"type": "BODY", "text": "Your order {{1}} has shipped. Buy now and get 50% off with our exclusive sale offer!", "example": {"body_text": [["A-1001"]]}}
  ]
}
"#;

pub(super) const NEW_UTILITY: &str = r#"name = "parcel_ready"
language = "en_GB"
category = "UTILITY"

[[components]]
type = "BODY"
text = "Hello, your parcel {{1}} is ready for collection at the front desk."
example = { body_text = [["P-4471"]] }
"#;

/// A sandbox whose review decides at once.
pub(super) fn sandbox_env() -> TestEnv {
    TestEnv::new().env("WABA_SANDBOX_REVIEW_DELAY_MS", "0")
}

pub(super) fn copy_examples(env: &TestEnv) -> PathBuf {
    let dir = env.data_dir().parent().unwrap().join("mine");
    for entry in std::fs::read_dir(examples()).unwrap() {
        let entry = entry.unwrap();
        let to = dir.join(entry.file_name());
        std::fs::create_dir_all(&to).unwrap();
        for file in std::fs::read_dir(entry.path()).unwrap() {
            let file = file.unwrap();
            std::fs::copy(file.path(), to.join(file.file_name())).unwrap();
        }
    }
    // The seeded account already has an order_update; keep the examples' own names only.
    std::fs::remove_dir_all(dir.join("order_update")).unwrap();
    dir
}
