use super::*;

fn all(input: &str, f: Format) -> Vec<Result<Event, LogError>> {
    read_events(input.as_bytes(), f).collect()
}

#[test]
fn jsonl_reads_all_fields_and_defaults() {
    let log = concat!(
        r#"{"ts":"2025-07-01T10:00:00+02:00","dir":"in","user":"+14155550100","type":"text","entry_point":"ctwa_ad","extra":[1,2]}"#,
        "\n\n",
        r#"{"ts":"2025-07-01T08:30:00Z","dir":"out","user":14155550100,"type":"template","category":"UTILITY","phone_number_id":"123","delivered":false,"id":"m1"}"#,
        "\n"
    );
    let evs: Vec<Event> = all(log, Format::Jsonl).into_iter().collect::<Result<_, _>>().unwrap();
    assert_eq!(evs.len(), 2);
    assert_eq!(evs[0].line, 1);
    assert_eq!(evs[0].ts, "2025-07-01T08:00:00Z".parse().unwrap());
    assert_eq!(evs[0].entry_point, Some(EntryPoint::CtwaAd));
    assert!(evs[0].delivered);
    assert_eq!(evs[1].line, 3);
    assert_eq!(evs[1].kind, Kind::Template(Category::Utility));
    assert_eq!(evs[1].phone_number_id, Some(123));
    assert!(!evs[1].delivered);
    assert_eq!(evs[1].id.as_deref(), Some("m1"));
}

#[test]
fn csv_reads_columns_in_any_order() {
    let log = "user,type,ts,dir,category,delivered\n14155550100,template,2025-07-01T08:30:00Z,out,marketing,\n+14155550100,text,2025-07-01T08:31:00Z,out,,FALSE\n";
    let evs: Vec<Event> = all(log, Format::Csv).into_iter().collect::<Result<_, _>>().unwrap();
    assert_eq!(evs.len(), 2);
    assert_eq!(evs[0].line, 2);
    assert_eq!(evs[0].kind, Kind::Template(Category::Marketing));
    assert!(evs[0].delivered);
    assert!(!evs[1].delivered);
    assert_eq!(evs[1].kind, Kind::Other);
}

#[test]
fn bad_user_names_line_field_and_hint() {
    let log = "{\"ts\":\"2025-07-01T08:30:00Z\",\"dir\":\"out\",\"user\":\"12ab\",\"type\":\"text\"}\n";
    let e = all(log, Format::Jsonl).remove(0).unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 1, field `user`: not an E.164 number (\"12ab\"); write it as +14155550100 (8 to 15 digits with the country code)"
    );
}

#[test]
fn errors_for_each_rule() {
    let cases = [
        (r#"{"ts":"2025-07-01 08:30","dir":"out","user":"14155550100","type":"text"}"#, "ts"),
        (r#"{"ts":"2025-07-01T08:30:00","dir":"out","user":"14155550100","type":"text"}"#, "ts"),
        (r#"{"ts":"2025-07-01T08:30:00Z","dir":"up","user":"14155550100","type":"text"}"#, "dir"),
        (r#"{"ts":"2025-07-01T08:30:00Z","dir":"out","user":"1234567","type":"text"}"#, "user"),
        (r#"{"ts":"2025-07-01T08:30:00Z","dir":"out","user":"14155550100","type":"template"}"#, "category"),
        (
            r#"{"ts":"2025-07-01T08:30:00Z","dir":"out","user":"14155550100","type":"template","category":"promo"}"#,
            "category",
        ),
        (
            r#"{"ts":"2025-07-01T08:30:00Z","dir":"out","user":"14155550100","type":"text","entry_point":"ctwa_ad"}"#,
            "entry_point",
        ),
        (
            r#"{"ts":"2025-07-01T08:30:00Z","dir":"in","user":"14155550100","type":"text","entry_point":"banner"}"#,
            "entry_point",
        ),
        (
            r#"{"ts":"2025-07-01T08:30:00Z","dir":"in","user":"14155550100","type":"text","phone_number_id":"x1"}"#,
            "phone_number_id",
        ),
        (r#"{"dir":"in","user":"14155550100","type":"text"}"#, "ts"),
    ];
    for (line, field) in cases {
        let e = all(line, Format::Jsonl).remove(0).unwrap_err();
        assert_eq!(e.field, Some(field), "{line}: {e}");
    }
    let e = all("not json\n", Format::Jsonl).remove(0).unwrap_err();
    assert_eq!((e.line, e.field), (1, None));
    let e = all("ts,dir,user\n", Format::Csv).remove(0).unwrap_err();
    assert_eq!(e.field, Some("type"));
    let e = all("ts,dir,user,type,delivered\n2025-07-01T08:30:00Z,out,14155550100,text,maybe\n", Format::Csv)
        .remove(0)
        .unwrap_err();
    assert_eq!((e.line, e.field), (2, Some("delivered")));
}

#[test]
fn order_check_names_both_lines_and_sort_is_stable() {
    let log = "{\"ts\":\"2025-07-01T09:00:00Z\",\"dir\":\"in\",\"user\":\"14155550100\",\"type\":\"text\",\"id\":\"a\"}\n{\"ts\":\"2025-07-01T08:00:00Z\",\"dir\":\"in\",\"user\":\"14155550100\",\"type\":\"text\",\"id\":\"b\"}\n{\"ts\":\"2025-07-01T09:00:00Z\",\"dir\":\"in\",\"user\":\"14155550100\",\"type\":\"text\",\"id\":\"c\"}\n";
    let evs: Vec<Event> = all(log, Format::Jsonl).into_iter().collect::<Result<_, _>>().unwrap();
    let mut oc = OrderCheck::new();
    oc.check(&evs[0]).unwrap();
    let e = oc.check(&evs[1]).unwrap_err();
    assert!(e.to_string().contains("line 2") && e.to_string().contains("line 1"), "{e}");
    let sorted = sort_events(evs);
    let ids: Vec<_> = sorted.iter().map(|e| e.id.as_deref().unwrap()).collect();
    assert_eq!(ids, ["b", "a", "c"]);
}

#[test]
fn fast_and_general_jsonl_paths_agree() {
    let lines = [
        r#"{"ts":"2025-07-01T08:30:00Z","dir":"out","user":"+14155550100","type":"template","category":"marketing","id":"a"}"#,
        r#" { "ts" : "2025-07-01T08:30:00Z" , "dir":"out","user":14155550100,"type":"text","x":{"y":[1]},"delivered":null } "#,
        r#"{"ts":"2025-07-01T08:30:00Z","dir":"out","user":"+14155550100","type":"text","id":"caf\u00e9"}"#,
        r#"{"ts":"2025-07-01T08:30:00Z","dir":"out","user":"+14155550100","type":"text","id":"café","n":-1.5e3}"#,
        r#"{"ts":"2025-07-01T08:30:00Z","dir":"out","dir":"in","user":"+14155550100","type":"text"}"#,
        r#"{"ts":"2025-07-01T08:30:00Z","dir":"out","user":"+14155550100","type":"text"} x"#,
        r#"{"ts":"2025-07-01T08:30:00Z","dir":"out","user":true,"type":"text"}"#,
    ];
    for l in lines {
        let fast = super::jsonl_fast::parse(l).map(|r| super::fields::assemble(1, &r));
        let general = super::jsonl::parse_line(1, l.as_bytes());
        if let Some(f) = fast {
            assert_eq!(f, general, "{l}");
        } else {
            // the general parser decides; it must not panic
            let _ = general;
        }
    }
    let evs: Vec<_> = read_events(lines[2].as_bytes(), Format::Jsonl).collect();
    assert_eq!(evs[0].as_ref().unwrap().id.as_deref(), Some("café"));
    assert!(read_events(lines[4].as_bytes(), Format::Jsonl).next().unwrap().is_err());
    assert!(read_events(lines[5].as_bytes(), Format::Jsonl).next().unwrap().is_err());
}

#[test]
fn threaded_reader_matches_plain_reader() {
    let mut log = String::new();
    for i in 0..5000 {
        log.push_str(&format!(
            "{{\"ts\":\"2025-07-01T08:30:00Z\",\"dir\":\"in\",\"user\":\"+1415555{i:04}\",\"type\":\"text\"}}\n"
        ));
    }
    log.push_str("bad\n");
    let a: Vec<_> = read_events(log.as_bytes(), Format::Jsonl).collect();
    let b: Vec<_> = read_events_threaded(std::io::Cursor::new(log.into_bytes()), Format::Jsonl).collect();
    assert_eq!(a, b);
    assert_eq!(a.len(), 5001);
}

#[test]
fn a_json_value_of_the_wrong_type_names_its_field() {
    let cases = [
        (
            r#"{"ts":"2026-10-01T00:00:00Z","dir":"out","user":"+14155550100","type":"text","delivered":"no"}"#,
            "delivered",
        ),
        (r#"{"ts":"2026-10-01T00:00:00Z","dir":"out","user":[1],"type":"text"}"#, "user"),
        (r#"{"ts":5,"dir":"out","user":"+14155550100","type":"text"}"#, "ts"),
    ];
    for (line, field) in cases {
        let err = all(line, Format::Jsonl).remove(0).unwrap_err();
        assert_eq!(err.field, Some(field), "{err}");
    }
    let err = all("not json", Format::Jsonl).remove(0).unwrap_err();
    assert_eq!(err.field, None);
}

#[test]
fn a_byte_order_mark_is_accepted_in_jsonl_and_csv() {
    let fast = r#"{"ts":"2025-07-01T08:30:00Z","dir":"out","user":"+14155550100","type":"template","category":"marketing","id":"a"}"#;
    let general = r#"{"ts":"2025-07-01T08:30:00Z","dir":"out","user":"+14155550100","type":"text","id":"caf\u00e9"}"#;
    assert!(super::jsonl_fast::parse(fast).is_some() && super::jsonl_fast::parse(general).is_none());
    for line in [fast, general] {
        let plain = all(&format!("{line}\n{line}\n"), Format::Jsonl);
        let bom = all(&format!("\u{feff}{line}\n{line}\n"), Format::Jsonl);
        assert!(plain.iter().all(Result::is_ok), "{plain:?}");
        assert_eq!(bom, plain, "{line}");
    }
    // Only at the very start: a mark inside the file is still an error on its line.
    let later = all(&format!("{fast}\n\u{feff}{fast}\n"), Format::Jsonl);
    assert_eq!(later[1].as_ref().unwrap_err().line, 2);
    let csv = "ts,dir,user,type\n2025-07-01T08:30:00Z,in,+14155550100,text\n";
    assert_eq!(all(&format!("\u{feff}{csv}"), Format::Csv), all(csv, Format::Csv));
}

#[test]
fn csv_line_numbers_follow_quoted_fields_that_span_lines() {
    let csv = "ts,dir,user,type,id\n\
               2025-07-01T08:30:00Z,in,+14155550100,text,\"a\nb\nc\"\n\
               2025-07-01T08:31:00Z,in,+14155550100,text,ok\n\
               bad,in,+14155550100,text,x\n";
    let evs = all(csv, Format::Csv);
    assert_eq!(evs[0].as_ref().unwrap().id.as_deref(), Some("a\nb\nc"));
    assert_eq!(evs[0].as_ref().unwrap().line, 2);
    assert_eq!(evs[1].as_ref().unwrap().line, 5);
    // The record starting on line 6 (after the three-line field on lines 2-4 and line 5).
    assert_eq!(evs[2].as_ref().unwrap_err().line, 6);
}
