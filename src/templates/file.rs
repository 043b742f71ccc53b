//! Template files: Meta's create payload (`name`, `language`, `category`, `parameter_format`, `components`) stored as
//! `.json` or `.toml`, plus one local extension: a media `HEADER` component may carry `header_file = "banner.png"`
//! (a path relative to the template file) instead of `example.header_handle`.
//!
//! The payload is kept as a [`serde_json::Value`] so that fields this crate does not know survive a round trip; the
//! typed, lenient view used by the linter is [`crate::templates::view::TemplateView`].

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use crate::templates::lint::{Diagnostic, Severity};
use crate::templates::locate;
use crate::templates::view::TemplateView;

/// The on-disk syntax of a template file, chosen by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileFormat {
    Json,
    Toml,
}

impl FileFormat {
    /// `Some` for `*.json` / `*.toml` (extension compared case-insensitively), `None` otherwise.
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(Self::Json),
            "toml" => Some(Self::Toml),
            _ => None,
        }
    }
}

impl fmt::Display for FileFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Json => "JSON",
            Self::Toml => "TOML",
        })
    }
}

/// Why a template file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}:{line}:{column}: invalid {format}: {message}", path.display())]
    Parse {
        path: PathBuf,
        format: FileFormat,
        /// 1-based.
        line: u32,
        /// 1-based, in characters.
        column: u32,
        message: String,
    },
    #[error("{}: not a template file (expected a .json or .toml extension)", path.display())]
    UnsupportedExtension { path: PathBuf },
}

impl FileError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            Self::Io { path, .. } | Self::Parse { path, .. } | Self::UnsupportedExtension { path } => path,
        }
    }

    /// The 1-based line of a parse error.
    pub fn line(&self) -> Option<u32> {
        match self {
            Self::Parse { line, .. } => Some(*line),
            _ => None,
        }
    }
}

/// One loaded template file.
#[derive(Debug, Clone)]
pub struct TemplateFile {
    /// Path as given (or as found while walking a directory).
    pub path: PathBuf,
    pub format: FileFormat,
    /// The source text, kept for best-effort line lookup.
    pub source: String,
    /// Meta's create payload (plus `header_file` extensions), exactly as written.
    pub payload: Value,
}

impl TemplateFile {
    /// Reads and parses a `.json` / `.toml` file.
    pub fn load(path: impl AsRef<Path>) -> Result<Self, FileError> {
        let path = path.as_ref();
        let format =
            FileFormat::from_path(path).ok_or_else(|| FileError::UnsupportedExtension { path: path.to_path_buf() })?;
        let source =
            std::fs::read_to_string(path).map_err(|source| FileError::Io { path: path.to_path_buf(), source })?;
        Self::parse(path, format, source)
    }

    /// Parses source text already in memory; `path` is only used for messages and `header_file` resolution.
    pub fn parse(path: impl Into<PathBuf>, format: FileFormat, source: String) -> Result<Self, FileError> {
        let path = path.into();
        let payload = match format {
            FileFormat::Json => serde_json::from_str::<Value>(&source).map_err(|e| FileError::Parse {
                path: path.clone(),
                format,
                line: e.line() as u32,
                column: e.column() as u32,
                message: strip_position(&e.to_string()),
            })?,
            FileFormat::Toml => toml::from_str::<Value>(&source).map_err(|e| {
                let (line, column) = e.span().map(|s| line_col(&source, s.start)).unwrap_or((1, 1));
                FileError::Parse { path: path.clone(), format, line, column, message: e.message().trim().to_string() }
            })?,
        };
        Ok(Self { path, format, source, payload })
    }

    /// `name` + `language`, the identity of a template, when both are strings.
    pub fn identity(&self) -> Option<(&str, &str)> {
        Some((self.payload.get("name")?.as_str()?, self.payload.get("language")?.as_str()?))
    }

    /// The lenient typed view used by the linter.
    pub fn view(&self) -> TemplateView<'_> {
        TemplateView::new(&self.payload)
    }

    /// Directory `header_file` paths are relative to.
    pub fn base_dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new(""))
    }

    /// [`Self::line_of`] for several pointers at once (parses TOML source only once).
    pub fn lines_of(&self, pointers: &[&str]) -> Vec<Option<u32>> {
        match self.format {
            FileFormat::Json => locate::json_lines(&self.source, pointers),
            FileFormat::Toml => locate::toml_lines(&self.source, pointers),
        }
    }

    /// Best-effort 1-based line of the value at `pointer` (or of its deepest existing ancestor).
    pub fn line_of(&self, pointer: &str) -> Option<u32> {
        match self.format {
            FileFormat::Json => locate::json_line(&self.source, pointer),
            FileFormat::Toml => locate::toml_line(&self.source, pointer),
        }
    }
}

/// serde_json appends " at line X column Y" to its messages; the position is reported separately.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// 1-based (line, column) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (u32, u32) {
    let offset = offset.min(source.len());
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() as u32 + 1;
    let col = before.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) as u32 + 1;
    (line, col)
}

/// Result of [`load_dir`]: the files that parsed, the ones that did not, and directory-level diagnostics
/// (`duplicate-identity`).
#[derive(Debug, Default)]
pub struct DirLoad {
    pub files: Vec<TemplateFile>,
    pub errors: Vec<FileError>,
    pub diagnostics: Vec<Diagnostic>,
}

/// All `*.json` / `*.toml` files below `dir`, recursively, sorted by path. Hidden entries (name starting with `.`)
/// are skipped and directory symlinks are not followed.
pub fn find_template_files(dir: &Path) -> Result<Vec<PathBuf>, FileError> {
    let mut out = Vec::new();
    walk(dir, &mut out)?;
    out.sort();
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), FileError> {
    let io = |source| FileError::Io { path: dir.to_path_buf(), source };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let ft = entry.file_type().map_err(io)?;
        if ft.is_dir() {
            walk(&path, out)?;
        } else if FileFormat::from_path(&path).is_some() && (ft.is_file() || path.is_file()) {
            out.push(path);
        }
    }
    Ok(())
}

/// Loads every template file below `dir` (see [`find_template_files`]). Fails only when `dir` itself (or a
/// subdirectory) cannot be listed; unreadable or invalid files land in [`DirLoad::errors`].
pub fn load_dir(dir: impl AsRef<Path>) -> Result<DirLoad, FileError> {
    let mut load = DirLoad::default();
    for path in find_template_files(dir.as_ref())? {
        match TemplateFile::load(&path) {
            Ok(f) => load.files.push(f),
            Err(e) => load.errors.push(e),
        }
    }
    load.diagnostics = duplicate_identities(&load.files);
    load.diagnostics.extend(duplicate_contents(&load.files));
    Ok(load)
}

/// One `duplicate-content` error for every template whose BODY and FOOTER text equal those of an earlier template
/// with a different name (Meta rejects duplicates of existing templates, except AUTHENTICATION ones: §8.8).
pub fn duplicate_contents(files: &[TemplateFile]) -> Vec<Diagnostic> {
    let mut seen: BTreeMap<(&str, &str), (&str, &Path)> = BTreeMap::new();
    let mut out = Vec::new();
    for f in files {
        let Some((name, _)) = f.identity() else { continue };
        let category = f.payload.get("category").and_then(Value::as_str).unwrap_or("");
        if category.eq_ignore_ascii_case("AUTHENTICATION") {
            continue;
        }
        let text_of = |kind: &str| -> Option<&str> {
            f.payload.get("components")?.as_array()?.iter().find_map(|c| {
                let t = c.get("type")?.as_str()?;
                if t.eq_ignore_ascii_case(kind) { c.get("text")?.as_str() } else { None }
            })
        };
        let Some(body) = text_of("BODY") else { continue };
        let key = (body, text_of("FOOTER").unwrap_or(""));
        match seen.get(&key) {
            Some((other, path)) if *other != name => out.push(Diagnostic {
                rule: "duplicate-content",
                severity: Severity::Error,
                file: f.path.clone(),
                pointer: "/components".into(),
                line: f.line_of("/components"),
                message: format!(
                    "template `{name}` has the same body and footer text as `{other}` ({})",
                    path.display()
                ),
                fix: "Meta rejects templates that duplicate an existing one: change the wording, or keep one template"
                    .into(),
            }),
            Some(_) => {}
            None => {
                seen.insert(key, (name, &f.path));
            }
        }
    }
    out
}

/// One `duplicate-identity` error for every file whose `name` + `language` already appeared in an earlier file.
pub fn duplicate_identities(files: &[TemplateFile]) -> Vec<Diagnostic> {
    let mut seen: BTreeMap<(&str, &str), &Path> = BTreeMap::new();
    let mut out = Vec::new();
    for f in files {
        let Some(id) = f.identity() else { continue };
        if let Some(first) = seen.get(&id) {
            out.push(Diagnostic {
                rule: "duplicate-identity",
                severity: Severity::Error,
                file: f.path.clone(),
                pointer: "/name".into(),
                line: f.line_of("/name"),
                message: format!(
                    "template `{}` in language `{}` is already defined in {}",
                    id.0,
                    id.1,
                    first.display()
                ),
                fix: "name + language identify a template: rename it, change its language, or delete one of the files"
                    .into(),
            });
        } else {
            seen.insert(id, &f.path);
        }
    }
    out
}
