//! Rows of both formats and their mapping.

use super::*;
use crate::messages::template::Param;

fn rows(text: &str, format: Option<Format>) -> Vec<Result<RawRow, RowError>> {
    Rows::new(Box::new(std::io::Cursor::new(text.to_string().into_bytes())), format).unwrap().collect()
}

#[test]
fn csv_rows_map_columns() {
    let all = rows("to,1,2,button_url_suffix,code\n+16505551234,Ada,A-1,X9,\n+447700900123,Bob,,,\n", None);
    let first = map(all[0].clone().unwrap()).unwrap();
    assert_eq!(first.line, 2);
    assert_eq!(first.params.positional, vec![Param::Text("Ada".into()), Param::Text("A-1".into())]);
    assert_eq!(first.params.url_suffixes, vec!["X9".to_string()]);
    assert_eq!(first.params.code, None, "an empty cell is absent");
    let second = map(all[1].clone().unwrap()).unwrap();
    assert_eq!(second.line, 3);
    assert_eq!(second.params.positional.len(), 1);
}

#[test]
fn jsonl_rows_and_errors_name_the_line() {
    let all = rows("{\"to\":\"+16505551234\",\"first_name\":\"Ada\"}\n\nnot json\n[1]\n{\"first_name\":\"x\"}\n", None);
    assert_eq!(all.len(), 4);
    let first = map(all[0].clone().unwrap()).unwrap();
    assert_eq!(first.params.named, vec![("first_name".to_string(), Param::Text("Ada".into()))]);
    assert_eq!(all[1].clone().unwrap_err().line, 3);
    assert_eq!(all[2].clone().unwrap_err().line, 4);
    let e = map(all[3].clone().unwrap()).unwrap_err();
    assert_eq!(e.line, 5);
    assert!(e.reason.contains("`to`"), "{e:?}");
}

#[test]
fn bad_columns_are_named() {
    let all = rows("to,2\n+16505551234,x\n", Some(Format::Csv));
    assert!(map(all[0].clone().unwrap()).unwrap_err().reason.contains("column 1"));
    let all = rows("to,Name\n+16505551234,x\n", Some(Format::Csv));
    assert!(map(all[0].clone().unwrap()).unwrap_err().reason.contains("'Name'"));
    let all = rows("to,header_image\n+16505551234,banner.png\n", Some(Format::Csv));
    assert!(map(all[0].clone().unwrap()).unwrap_err().reason.contains("media upload"));
    assert!(Rows::new(Box::new(std::io::Cursor::new(b"phone\n1\n".to_vec())), None).is_err());
    let all = rows("to,1\n+16505551234,a,b\n", Some(Format::Csv));
    assert!(all[0].clone().unwrap_err().reason.contains("header has 2"));
}
