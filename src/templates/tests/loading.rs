//! Loading files and directories, parse errors, duplicates and diagnostic line numbers.

use std::path::PathBuf;

use serde_json::{Value, json};

use super::{GOOD_TOML, write};
use crate::templates::file::{FileError, FileFormat, TemplateFile, load_dir};
use crate::templates::lint::{lint_file, lint_paths};
use crate::templates::serialize::to_json_string;

#[test]
fn toml_syntax_error_has_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "bad.toml", "name = \"x\"\nlanguage = \"en_US\"\ncategory = = \"UTILITY\"\n");
    let err = TemplateFile::load(&p).unwrap_err();
    match &err {
        FileError::Parse { line, column, format, .. } => {
            assert_eq!((*line, *format), (3, FileFormat::Toml));
            assert!(*column > 1);
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("bad.toml:3:"), "{err}");
    let report = lint_paths(&[p]);
    assert_eq!(report.errors, 1);
    assert_eq!(report.diagnostics[0].rule, "parse-error");
    assert_eq!(report.diagnostics[0].line, Some(3));
}

#[test]
fn json_syntax_error_has_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "bad.json",
        "{\n  \"name\": \"x\",\n  \"language\": \"en_US\"\n  \"category\": \"UTILITY\"\n}\n",
    );
    let err = TemplateFile::load(&p).unwrap_err();
    assert_eq!(err.line(), Some(4));
    assert!(err.to_string().contains("bad.json:4:3: invalid JSON"), "{err}");
}

#[test]
fn other_load_errors() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(TemplateFile::load(dir.path().join("none.toml")), Err(FileError::Io { .. })));
    let p = write(dir.path(), "x.yaml", "name: x");
    assert!(matches!(TemplateFile::load(&p), Err(FileError::UnsupportedExtension { .. })));
    let report = lint_paths(&[dir.path().join("none.toml"), p]);
    assert_eq!(report.files_checked, 2);
    assert!(report.diagnostics.iter().all(|d| d.rule == "unreadable-file"));
    assert_eq!(report.errors, 2);
}

#[test]
fn directory_walk_is_recursive_sorted_and_finds_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "b/en_US.toml", GOOD_TOML);
    write(d, "a/en_US.json", &to_json_string(&toml::from_str::<Value>(GOOD_TOML).unwrap()).unwrap());
    write(d, "a/pt_BR.toml", &GOOD_TOML.replace("en_US", "pt_BR"));
    write(d, "notes.md", "ignored");
    write(d, ".hidden/x.toml", "this is not toml =");
    let load = load_dir(d).unwrap();
    let names: Vec<_> = load.files.iter().map(|f| f.path.strip_prefix(d).unwrap().to_path_buf()).collect();
    assert_eq!(
        names,
        vec![PathBuf::from("a/en_US.json"), PathBuf::from("a/pt_BR.toml"), PathBuf::from("b/en_US.toml")]
    );
    assert_eq!(load.diagnostics.len(), 1);
    let dup = &load.diagnostics[0];
    assert_eq!(dup.rule, "duplicate-identity");
    assert!(dup.file.ends_with("b/en_US.toml"));
    assert_eq!(dup.line, Some(1));
    assert!(dup.message.contains("a/en_US.json"), "{}", dup.message);

    let report = lint_paths(&[d.to_path_buf()]);
    assert_eq!(report.files_checked, 3);
    assert_eq!((report.errors, report.warnings), (1, 0));
    assert!(report.failed(false));
    // passing the same file twice does not count it twice or call it a duplicate
    let f = d.join("a/pt_BR.toml");
    let twice = lint_paths(&[f.clone(), f]);
    assert_eq!((twice.files_checked, twice.errors), (1, 0));
}

#[test]
fn diagnostics_have_lines_in_toml_and_json() {
    let toml_src = GOOD_TOML
        .replace("[[components]]", "[[components]]\ntype = \"FOOTER\"\ntext = \"Bye {{1}}\"\n\n[[components]]");
    let f = TemplateFile::parse("t.toml", FileFormat::Toml, toml_src).unwrap();
    let d = lint_file(&f);
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!((d[0].rule, d[0].pointer.as_str(), d[0].line), ("footer-has-variables", "/components/0/text", Some(7)));

    let v: Value = toml::from_str(&GOOD_TOML.replace("UTILITY", "PROMO")).unwrap();
    let f = TemplateFile::parse("t.json", FileFormat::Json, to_json_string(&v).unwrap()).unwrap();
    let d = lint_file(&f);
    assert_eq!((d[0].rule, d[0].line), ("unknown-category", Some(4)));
    // a pointer to something missing falls back to its parent
    let v = json!({"name": "x", "language": "en_US", "category": "UTILITY",
                   "components": [{"type": "BODY", "text": "Hi {{1}}, your table is confirmed for tonight."}]});
    let f = TemplateFile::parse("t.json", FileFormat::Json, to_json_string(&v).unwrap()).unwrap();
    let d: Vec<_> = lint_file(&f).into_iter().filter(|d| d.rule == "missing-example").collect();
    assert_eq!((d[0].pointer.as_str(), d[0].line), ("/components/0/example", Some(6)));
}

#[test]
fn duplicate_content_across_templates() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "a.toml", GOOD_TOML);
    write(d, "b.toml", &GOOD_TOML.replace("hello_world", "hello_again"));
    // same name in another language is a translation, not a duplicate
    write(d, "c.toml", &GOOD_TOML.replace("en_US", "en_GB"));
    let report = lint_paths(&[d.to_path_buf()]);
    let rules: Vec<_> = report.diagnostics.iter().map(|x| (x.rule, x.file.file_name().unwrap().to_owned())).collect();
    assert_eq!(rules, vec![("duplicate-content", "b.toml".into())]);
    assert_eq!(load_dir(d).unwrap().diagnostics.len(), 1);
}
