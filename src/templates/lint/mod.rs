//! Offline template linter: every rule of platform-rules §8 that can be checked without Meta.
//!
//! [`lint_file`] checks one loaded file; [`lint_paths`] loads files and directories, adds `parse-error`,
//! `unreadable-file`, `duplicate-identity` and `duplicate-content` diagnostics, and counts. The rule catalogue is [`RULES`].

mod checks;
pub(crate) mod media;
pub mod rules;
pub mod vars;

#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Serialize;

pub use checks::PROMOTIONAL_WORDS;
pub use rules::{RULES, Rule, rule, rules_markdown};

use crate::templates::file::{FileError, TemplateFile, duplicate_contents, duplicate_identities, find_template_files};

/// How bad a diagnostic is. Errors make Meta reject the template; warnings are heuristics or soft limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Warning,
    Error,
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Warning => "warning",
            Self::Error => "error",
        })
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub struct Diagnostic {
    /// Rule id from [`RULES`].
    pub rule: &'static str,
    pub severity: Severity,
    pub file: PathBuf,
    /// RFC 6901 JSON pointer into the payload (`""` = whole file).
    pub pointer: String,
    /// 1-based line in the source, best effort.
    pub line: Option<u32>,
    pub message: String,
    pub fix: String,
}

/// Result of [`lint_paths`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub struct LintReport {
    pub files_checked: usize,
    pub diagnostics: Vec<Diagnostic>,
    pub errors: usize,
    pub warnings: usize,
}

impl LintReport {
    /// Whether the report should fail a check (`deny_warnings` also fails on warnings).
    pub fn failed(&self, deny_warnings: bool) -> bool {
        self.errors > 0 || (deny_warnings && self.warnings > 0)
    }
}

/// Whether `c` is an emoji or joins one (pictographs, dingbats, variation selector 16, ZWJ).
pub fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F | 0x200D)
}

/// Lints one loaded file (does not include `duplicate-identity`, which needs all files).
pub fn lint_file(file: &TemplateFile) -> Vec<Diagnostic> {
    checks::run(file)
}

/// Diagnostic for a file that could not be loaded (`parse-error` or `unreadable-file`).
pub fn file_error_diagnostic(err: &FileError) -> Diagnostic {
    let (id, message, fix) = match err {
        FileError::Parse { format, message, column, .. } => (
            "parse-error",
            format!("invalid {format} (column {column}): {message}"),
            format!("fix the {format} syntax at the given line"),
        ),
        FileError::Io { source, .. } => {
            ("unreadable-file", format!("cannot read: {source}"), "check that the path exists and is readable".into())
        }
        FileError::UnsupportedExtension { .. } => (
            "unreadable-file",
            "not a template file (expected .json or .toml)".into(),
            "rename it to *.json or *.toml, or do not pass it to the linter".into(),
        ),
    };
    Diagnostic {
        rule: id,
        severity: rule(id).map_or(Severity::Error, |r| r.severity),
        file: err.path().to_path_buf(),
        pointer: String::new(),
        line: err.line(),
        message,
        fix,
    }
}

/// Lints files and directories (recursively, `*.json` / `*.toml`). Diagnostics are grouped by file in path order.
pub fn lint_paths(paths: &[PathBuf]) -> LintReport {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut diagnostics = Vec::new();
    for p in paths {
        if p.is_dir() {
            match find_template_files(p) {
                Ok(found) => files.extend(found),
                Err(e) => diagnostics.push(file_error_diagnostic(&e)),
            }
        } else {
            files.push(p.clone());
        }
    }
    let mut seen = HashSet::new();
    files.retain(|f| seen.insert(f.clone()));
    let files_checked = files.len();
    let mut loaded = Vec::with_capacity(files.len());
    for path in &files {
        match TemplateFile::load(path) {
            Ok(f) => {
                diagnostics.extend(lint_file(&f));
                loaded.push(f);
            }
            Err(e) => diagnostics.push(file_error_diagnostic(&e)),
        }
    }
    diagnostics.extend(duplicate_identities(&loaded));
    diagnostics.extend(duplicate_contents(&loaded));
    let index: HashMap<&Path, usize> = files.iter().enumerate().map(|(i, f)| (f.as_path(), i)).collect();
    diagnostics.sort_by_key(|d| index.get(d.file.as_path()).copied().unwrap_or(usize::MAX));
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.len() - errors;
    LintReport { files_checked, diagnostics, errors, warnings }
}
