//! The sandbox's template review policy. Deterministic — it depends only on
//! the submitted payload — and run once the review delay has passed:
//!
//! 1. the payload (`name`, `language`, `category`, `parameter_format`,
//!    `components`) is checked by the offline linter
//!    ([`crate::templates::lint::lint_file`]);
//! 2. any lint **error** → `REJECTED` with reason `INVALID_FORMAT`;
//! 3. else a `promotional-utility` warning in a `UTILITY` template →
//!    `REJECTED` with reason `INCORRECT_CATEGORY`;
//! 4. else `APPROVED` with quality score `UNKNOWN`.

use serde_json::{Map, Value};

use super::store::Template;
use crate::templates::file::{FileFormat, TemplateFile};
use crate::templates::lint::{Severity, lint_file};

/// The outcome of a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    pub status: &'static str,
    pub rejected_reason: Option<&'static str>,
    pub quality: Option<&'static str>,
}

const INVALID_FORMAT: Decision =
    Decision { status: "REJECTED", rejected_reason: Some("INVALID_FORMAT"), quality: None };
const INCORRECT_CATEGORY: Decision =
    Decision { status: "REJECTED", rejected_reason: Some("INCORRECT_CATEGORY"), quality: None };
const APPROVED: Decision = Decision { status: "APPROVED", rejected_reason: None, quality: Some("UNKNOWN") };

/// Reviews one template's current content.
pub fn decide(t: &Template) -> Decision {
    let mut payload = Map::new();
    payload.insert("name".into(), Value::String(t.name.clone()));
    payload.insert("language".into(), Value::String(t.language.clone()));
    payload.insert("category".into(), Value::String(t.category.clone()));
    payload.insert("parameter_format".into(), Value::String(t.parameter_format.clone()));
    payload.insert("components".into(), t.components.clone());
    let source = Value::Object(payload).to_string();
    // A path that never exists, so that file-based checks cannot depend on
    // the machine the sandbox runs on.
    let path = format!("/nonexistent/waba-sandbox-review/{}.json", t.id);
    let Ok(file) = TemplateFile::parse(path, FileFormat::Json, source) else {
        return INVALID_FORMAT;
    };
    let diagnostics = lint_file(&file);
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        INVALID_FORMAT
    } else if t.category == "UTILITY" && diagnostics.iter().any(|d| d.rule == "promotional-utility") {
        INCORRECT_CATEGORY
    } else {
        APPROVED
    }
}
