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
