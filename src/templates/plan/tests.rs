//! Planner tests: each action kind, each blocking rule and its boundary, normalisation, and pull → plan.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::*;
use crate::templates::file::{FileFormat, TemplateFile, load_dir};
use crate::templates::serialize::to_toml_string;

const NOW: i64 = 1_750_000_000; // 2025-06-15 15:06:40 UTC
const NONE: &[(&str, i64)] = &[];

fn base() -> Value {
    json!({
        "name": "order_update",
        "language": "en_US",
        "category": "UTILITY",
        "components": [
            {"type": "BODY", "text": "Hi {{1}}, your order {{2}} has shipped and will arrive soon.",
             "example": {"body_text": [["Pablo", "A-1"]]}},
            {"type": "FOOTER", "text": "Thanks for shopping with us"}
        ]
    })
}

fn local(payload: &Value) -> TemplateFile {
    let name = payload["name"].as_str().unwrap_or("x");
    let lang = payload["language"].as_str().unwrap_or("x");
    TemplateFile::parse(format!("t/{name}/{lang}.json"), FileFormat::Json, serde_json::to_string(payload).unwrap())
        .unwrap()
}

fn remote(payload: &Value, status: &str) -> RemoteTemplate {
    RemoteTemplate {
        id: format!("id_{}_{}", payload["name"].as_str().unwrap(), payload["language"].as_str().unwrap()),
        name: payload["name"].as_str().unwrap().into(),
        language: payload["language"].as_str().unwrap().into(),
        category: payload["category"].as_str().unwrap().into(),
        status: status.into(),
        parameter_format: payload.get("parameter_format").and_then(Value::as_str).map(String::from),
        components: payload["components"].clone(),
        rejected_reason: None,
        last_edits: Vec::new(),
    }
}

fn one(local_p: &Value, r: RemoteTemplate) -> Action {
    let p = plan(&[local(local_p)], &[r], NONE, NOW);
    assert_eq!(p.actions.len(), 1, "{p:#?}");
    p.actions.into_iter().next().unwrap()
}

fn edited_text() -> Value {
    let mut v = base();
    v["components"][0]["text"] = json!("Hello {{1}}, your order {{2}} is on its way and will arrive soon.");
    v
}

fn rule_of(a: &Action) -> &str {
    a.detail.as_deref().unwrap().split(':').next().unwrap()
}

#[test]
fn create_update_unchanged_remote_only() {
    let other = json!({"name": "promo", "language": "en_US", "category": "MARKETING",
                       "components": [{"type": "BODY", "text": "Our new plants are in store now, come and see."}]});
    let gone = json!({"name": "old", "language": "de", "category": "MARKETING",
                      "components": [{"type": "BODY", "text": "Alt."}]});
    let new = json!({"name": "a_new", "language": "fr", "category": "UTILITY",
                     "components": [{"type": "BODY", "text": "Bonjour {{1}}, merci.", "example": {"body_text": [["Léa"]]}}]});
    let mut same = base();
    same["language"] = json!("en_GB");
    let files = [local(&edited_text()), local(&new), local(&same)];
    let remotes = [
        remote(&base(), "APPROVED"),
        remote(&same, "APPROVED"),
        remote(&other, "APPROVED"),
        remote(&gone, "PENDING_DELETION"),
        remote(&json!({"name": "old", "language": "it", "category": "UTILITY", "components": []}), "DELETED"),
    ];
    let p = plan(&files, &remotes, NONE, NOW);
    let got: Vec<(ActionKind, &str, &str)> =
        p.actions.iter().map(|a| (a.kind, a.name.as_str(), a.language.as_str())).collect();
    assert_eq!(
        got,
        [
            (ActionKind::Create, "a_new", "fr"),
            (ActionKind::Unchanged, "order_update", "en_GB"),
            (ActionKind::Update, "order_update", "en_US"),
            (ActionKind::RemoteOnly, "promo", "en_US"),
        ]
    );
    let create = &p.actions[0];
    assert_eq!(create.file.as_deref(), Some(Path::new("t/a_new/fr.json")));
    assert_eq!((create.id.as_deref(), create.detail.as_deref()), (None, None));
    assert!(create.changes.is_empty());
    let update = &p.actions[2];
    assert_eq!(update.id.as_deref(), Some("id_order_update_en_US"));
    assert_eq!(update.change_paths(), ["components[0].text"]);
    assert_eq!(update.detail, None);
    let ro = &p.actions[3];
    assert_eq!((ro.file.as_deref(), ro.id.as_deref()), (None, Some("id_promo_en_US")));
    assert!(!p.in_sync());
    assert_eq!(p.pending().len(), 2, "remote-only is reported, not pending");
    assert_eq!(p.count(ActionKind::Unchanged), 1);

    let p = plan(&[local(&base())], &[remote(&base(), "APPROVED")], NONE, NOW);
    assert!(p.in_sync());
    assert!(p.pending().is_empty());
    assert!(plan(&[], &[], NONE, NOW).in_sync());
}

#[test]
fn remote_only_is_not_drift_unless_pruning() {
    let p = plan(&[], &[remote(&base(), "APPROVED")], NONE, NOW);
    assert_eq!(p.actions[0].kind, ActionKind::RemoteOnly);
    assert!(p.in_sync());
    let p = p.prune();
    assert_eq!(p.actions[0].kind, ActionKind::Delete);
    assert_eq!(p.actions[0].status.as_deref(), Some("APPROVED"));
    assert!(!p.in_sync());
    assert_eq!(p.summary(), "1 to delete");
}

#[test]
fn pruning_blocks_disabled_templates_and_keeps_matched_ones() {
    let mut other = base();
    other["name"] = json!("gone");
    let p = plan(&[local(&base())], &[remote(&base(), "APPROVED"), remote(&other, "DISABLED")], NONE, NOW).prune();
    let kinds: Vec<_> = p.actions.iter().map(|a| (a.name.as_str(), a.kind)).collect();
    assert_eq!(kinds, [("gone", ActionKind::Blocked), ("order_update", ActionKind::Unchanged)]);
    assert!(rule_of(&p.actions[0]) == "disabled-not-deletable");
}

#[test]
fn mass_deletion_is_more_than_half_or_more_than_ten() {
    let named = |n: usize| {
        let mut v = base();
        v["name"] = json!(format!("t{n:02}"));
        v
    };
    let remotes = |n: usize| (0..n).map(|i| remote(&named(i), "APPROVED")).collect::<Vec<_>>();
    let files = |n: usize| (0..n).map(|i| local(&named(i))).collect::<Vec<_>>();
    // 1 of 2 is half: allowed; 2 of 3 is more than half
    assert_eq!(plan(&files(1), &remotes(2), NONE, NOW).prune().mass_delete(), None);
    let two_of_three = plan(&files(1), &remotes(3), NONE, NOW).prune().mass_delete().unwrap();
    assert!(two_of_three.contains("more than half of the 3"), "{two_of_three}");
    // 10 of 40 is fine, 11 of 40 is too many
    assert_eq!(plan(&files(30), &remotes(40), NONE, NOW).prune().mass_delete(), None);
    assert!(plan(&files(29), &remotes(40), NONE, NOW).prune().mass_delete().unwrap().contains("more than 10"));
    // without pruning nothing is deleted
    assert_eq!(plan(&[], &remotes(3), NONE, NOW).mass_delete(), None);
}

#[test]
fn invalid_files_are_not_creates_and_still_protect_their_remote() {
    let mut p = plan(&[local(&base())], &[remote(&base(), "APPROVED")], NONE, NOW).prune();
    p.invalidate(Path::new("t/order_update/en_US.json"), "body-too-long: …".into());
    assert_eq!(p.actions.len(), 1, "the remote is matched by the invalid file, never deleted");
    assert_eq!(p.actions[0].kind, ActionKind::Invalid);
    assert!(!p.in_sync());
}

#[test]
fn updates_carry_old_and_new_values() {
    let a = one(&edited_text(), remote(&base(), "APPROVED"));
    assert_eq!(a.changes.len(), 1);
    assert_eq!(a.changes[0].old, Some(base()["components"][0]["text"].clone()));
    assert_eq!(a.changes[0].new, Some(edited_text()["components"][0]["text"].clone()));
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["action"], "update");
    assert_eq!(json["changes"][0]["path"], "components[0].text");
}

#[test]
fn a_rejected_template_matching_its_file_says_so() {
    let mut r = remote(&base(), "REJECTED");
    r.rejected_reason = Some("INVALID_FORMAT".into());
    let a = one(&base(), r);
    assert_eq!(a.kind, ActionKind::Unchanged);
    assert_eq!(a.status.as_deref(), Some("REJECTED"));
    assert!(a.detail.as_deref().unwrap().contains("rejected it (INVALID_FORMAT)"), "{a:?}");
    assert_eq!(one(&base(), remote(&base(), "APPROVED")).detail, None);
}

#[test]
fn change_paths() {
    let mut l = base();
    l["category"] = json!("MARKETING");
    l["components"][0]["example"]["body_text"] = json!([["Ana", "B-2"]]);
    l["components"][1]["text"] = json!("See you soon");
    l["components"]
        .as_array_mut()
        .unwrap()
        .push(json!({"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Stop"}]}));
    let a = one(&l, remote(&base(), "REJECTED"));
    assert_eq!(a.kind, ActionKind::Update);
    assert_eq!(
        a.change_paths(),
        ["category", "components[0].example.body_text", "components[1].text", "components[2]"]
    );
    let mut b = base();
    b["components"][1] = json!({"type": "FOOTER", "text": "Thanks for shopping with us", "x_new": 1});
    assert_eq!(diff_paths(&comparable(&b), &comparable(&base())), ["components[1].x_new"]);
}

#[test]
fn approved_category_change_is_blocked() {
    let mut l = base();
    l["category"] = json!("MARKETING");
    let a = one(&l, remote(&base(), "APPROVED"));
    assert_eq!(a.kind, ActionKind::Blocked);
    assert_eq!(
        a.detail.as_deref(),
        Some("approved-category-change: the category of an APPROVED template cannot change")
    );
    assert_eq!(a.change_paths(), ["category"]);
    assert_eq!(a.id.as_deref(), Some("id_order_update_en_US"));
    // rejected and paused templates may change category
    assert_eq!(one(&l, remote(&base(), "REJECTED")).kind, ActionKind::Update);
    assert_eq!(one(&l, remote(&base(), "PAUSED")).kind, ActionKind::Update);
}

#[test]
fn status_not_editable() {
    let a = one(&edited_text(), remote(&base(), "PENDING"));
    assert_eq!(a.kind, ActionKind::Blocked);
    assert_eq!(
        a.detail.as_deref(),
        Some("status-not-editable: only APPROVED, REJECTED or PAUSED templates can be edited (status PENDING)")
    );
    assert_eq!(a.change_paths(), ["components[0].text"]);
    for s in ["DISABLED", "IN_APPEAL", "LOCKED", "PENDING_DELETION", "in_appeal"] {
        assert_eq!(rule_of(&one(&edited_text(), remote(&base(), s))), "status-not-editable", "{s}");
    }
    for s in ["APPROVED", "approved", "REJECTED", "PAUSED"] {
        assert_eq!(one(&edited_text(), remote(&base(), s)).kind, ActionKind::Update, "{s}");
    }
    // an unchanged template is unchanged whatever its status
    assert_eq!(one(&base(), remote(&base(), "PENDING")).kind, ActionKind::Unchanged);
}

#[test]
fn edit_limit_24h_boundary() {
    let mut r = remote(&base(), "APPROVED");
    r.last_edits = vec![NOW - 5 * DAY, NOW - DAY + 1];
    let a = one(&edited_text(), r.clone());
    assert_eq!(a.kind, ActionKind::Blocked);
    let reason = a.detail.unwrap();
    assert!(
        reason.starts_with("edit-limit-24h: an approved template can be edited once per 24 hours (last edit "),
        "{reason}"
    );
    assert!(reason.contains("2025-06-14 15:06 UTC"), "{reason}");
    // exactly 24 h after the last edit: allowed
    r.last_edits = vec![NOW - 5 * DAY, NOW - DAY];
    assert_eq!(one(&edited_text(), r.clone()).kind, ActionKind::Update);
    // rejected / paused templates: no limit
    r.last_edits = vec![NOW - 10, NOW - 20];
    r.status = "REJECTED".into();
    assert_eq!(one(&edited_text(), r.clone()).kind, ActionKind::Update);
    r.status = "PAUSED".into();
    assert_eq!(one(&edited_text(), r).kind, ActionKind::Update);
}

#[test]
fn edit_limit_30d_eleventh_edit() {
    let mut r = remote(&base(), "APPROVED");
    // 10 edits in the last 30 days, none in the last 24 h: the 11th is refused
    r.last_edits = (1..=10).map(|d| NOW - d * 2 * DAY - 60).collect();
    let a = one(&edited_text(), r.clone());
    assert_eq!(a.kind, ActionKind::Blocked);
    let reason = a.detail.unwrap();
    assert!(
        reason.starts_with("edit-limit-30d: an approved template can be edited 10 times per 30 days (10 edits"),
        "{reason}"
    );
    // 9 edits: the 10th is allowed
    r.last_edits.pop();
    assert_eq!(one(&edited_text(), r.clone()).kind, ActionKind::Update);
    // an edit exactly 30 days old has left the window
    r.last_edits.push(NOW - EDIT_WINDOW_LONG);
    assert_eq!(one(&edited_text(), r.clone()).kind, ActionKind::Update);
    r.last_edits.push(NOW - EDIT_WINDOW_LONG + 1);
    assert_eq!(rule_of(&one(&edited_text(), r.clone())), "edit-limit-30d");
    // the 24 h rule is reported first when both apply
    r.last_edits.push(NOW - 60);
    assert_eq!(rule_of(&one(&edited_text(), r.clone())), "edit-limit-24h");
    // no change → no edit → no limit
    assert_eq!(one(&base(), r.clone()).kind, ActionKind::Unchanged);
    r.status = "PAUSED".into();
    assert_eq!(one(&edited_text(), r).kind, ActionKind::Update);
}

#[test]
fn name_recently_deleted() {
    let deleted_at = NOW - 29 * DAY;
    let p = plan(&[local(&base())], &[], &[("order_update", deleted_at), ("other", NOW)], NOW);
    let a = &p.actions[0];
    assert_eq!(a.kind, ActionKind::Blocked);
    assert_eq!(
        a.detail.as_deref(),
        Some(
            "name-recently-deleted: the name of a deleted template can be reused 30 days after deletion \
             (on 2025-06-16 15:06 UTC)"
        )
    );
    // the latest deletion counts
    let p = plan(&[local(&base())], &[], &[("order_update", NOW - 40 * DAY), ("order_update", deleted_at)], NOW);
    assert_eq!(rule_of(&p.actions[0]), "name-recently-deleted");
    // exactly 30 days later: allowed; owned strings work too
    let owned = vec![("order_update".to_string(), NOW - 30 * DAY)];
    assert_eq!(plan(&[local(&base())], &[], &owned, NOW).actions[0].kind, ActionKind::Create);
    // the name, not the language, is blocked
    let mut de = base();
    de["language"] = json!("de");
    assert_eq!(
        rule_of(&plan(&[local(&de)], &[], &[("order_update", deleted_at)], NOW).actions[0]),
        "name-recently-deleted"
    );
    // an existing remote template is edited, not created
    let p = plan(&[local(&edited_text())], &[remote(&base(), "APPROVED")], &[("order_update", deleted_at)], NOW);
    assert_eq!(p.actions[0].kind, ActionKind::Update);
}

#[test]
fn parameter_format_rules() {
    // absent == positional, any case
    let mut r = remote(&base(), "APPROVED");
    r.parameter_format = Some("POSITIONAL".into());
    assert_eq!(one(&base(), r.clone()).kind, ActionKind::Unchanged);
    let mut l = base();
    l["parameter_format"] = json!("positional");
    r.parameter_format = None;
    assert_eq!(one(&l, r.clone()).kind, ActionKind::Unchanged);
    // named vs positional cannot be edited
    l["parameter_format"] = json!("named");
    let a = one(&l, r);
    assert_eq!(a.kind, ActionKind::Blocked);
    assert_eq!(rule_of(&a), "field-not-editable");
    assert_eq!(a.change_paths(), ["parameter_format"]);
}

#[test]
fn key_order_case_and_nulls_are_not_changes() {
    let source = r#"{"components": [
        {"example": {"body_text": [["Pablo", "A-1"]]}, "text": "Hi {{1}}, your order {{2}} has shipped and will arrive soon.", "type": "body"},
        {"text": "Thanks for shopping with us", "type": "Footer", "x": null}
      ], "category": "utility", "sub_category": null, "language": "en_US", "name": "order_update"}"#;
    let f = TemplateFile::parse("t/o.json", FileFormat::Json, source.into()).unwrap();
    let p = plan(&[f], &[remote(&base(), "APPROVED")], NONE, NOW);
    assert_eq!(p.actions[0].kind, ActionKind::Unchanged, "{p:#?}");
    // buttons: type / otp_type case
    let btn = |t: &str, o: &str| {
        json!({"name": "code", "language": "en", "category": "AUTHENTICATION", "components": [
            {"type": "BODY", "add_security_recommendation": true},
            {"type": "BUTTONS", "buttons": [{"type": t, "otp_type": o, "text": "Copy code"}]}]})
    };
    assert_eq!(one(&btn("otp", "copy_code"), remote(&btn("OTP", "COPY_CODE"), "APPROVED")).kind, ActionKind::Unchanged);
    // but text case is content
    let mut l = base();
    l["components"][1]["text"] = json!("thanks for shopping with us");
    assert_eq!(one(&l, remote(&base(), "APPROVED")).change_paths(), ["components[1].text"]);
}

fn image_header(header: Value) -> Value {
    json!({"name": "summer_banner", "language": "en_US", "category": "MARKETING", "components": [
        header,
        {"type": "BODY", "text": "Hi {{1}}, our summer collection is here.", "example": {"body_text": [["Pablo"]]}}]})
}

#[test]
fn header_file_equals_header_handle() {
    let l = image_header(json!({"type": "HEADER", "format": "IMAGE", "header_file": "banner.png"}));
    let r = image_header(json!({"type": "HEADER", "format": "IMAGE",
                                "example": {"header_handle": ["https://scontent.whatsapp.net/v/t61/abc.png"]}}));
    assert_eq!(one(&l, remote(&r, "APPROVED")).kind, ActionKind::Unchanged);
    // a local handle differing from the rewritten one is not a change either
    let lh = image_header(json!({"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2U="]}}));
    assert_eq!(one(&lh, remote(&r, "APPROVED")).kind, ActionKind::Unchanged);
    // the rest of the header is compared
    let lv = image_header(json!({"type": "HEADER", "format": "VIDEO", "header_file": "clip.mp4"}));
    assert_eq!(one(&lv, remote(&r, "APPROVED")).change_paths(), ["components[0].format"]);
    // carousel card headers too
    let card = |h: Value| {
        json!({"name": "cards", "language": "en", "category": "MARKETING", "components": [
            {"type": "BODY", "text": "Look at these plants."},
            {"type": "CAROUSEL", "cards": [{"components": [h, {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "More"}]}]}]}]})
    };
    let a = one(
        &card(json!({"type": "HEADER", "format": "image", "header_file": "aloe.png"})),
        remote(
            &card(json!({"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["https://x/aloe"]}})),
            "APPROVED",
        ),
    );
    assert_eq!(a.kind, ActionKind::Unchanged);
}

#[test]
fn authentication_generated_text_is_ignored() {
    let l = json!({"name": "code", "language": "en", "category": "AUTHENTICATION", "components": [
        {"type": "BODY", "add_security_recommendation": true},
        {"type": "FOOTER", "code_expiration_minutes": 10}]});
    let r = json!({"name": "code", "language": "en", "category": "AUTHENTICATION", "components": [
        {"type": "BODY", "text": "*{{1}}* is your verification code. For your security, do not share this code.",
         "add_security_recommendation": true},
        {"type": "FOOTER", "text": "This code expires in 10 minutes.", "code_expiration_minutes": 10}]});
    assert_eq!(one(&l, remote(&r, "APPROVED")).kind, ActionKind::Unchanged);
    let mut l2 = l.clone();
    l2["components"][1]["code_expiration_minutes"] = json!(5);
    assert_eq!(one(&l2, remote(&r, "APPROVED")).change_paths(), ["components[1].code_expiration_minutes"]);
}

#[test]
fn duplicates_missing_identity_and_order() {
    let mut second = local(&edited_text());
    second.path = PathBuf::from("t/copy.json");
    let nameless = local(&json!({"language": "en", "category": "UTILITY", "components": []}));
    let mut b = base();
    b["name"] = json!("b");
    let mut a_de = base();
    a_de["name"] = json!("a");
    a_de["language"] = json!("de");
    let mut a_en = a_de.clone();
    a_en["language"] = json!("en");
    let p = plan(
        &[local(&base()), second, nameless, local(&b), local(&a_en)],
        &[remote(&base(), "APPROVED"), remote(&a_de, "APPROVED")],
        NONE,
        NOW,
    );
    let got: Vec<(&str, &str, ActionKind)> =
        p.actions.iter().map(|a| (a.name.as_str(), a.language.as_str(), a.kind)).collect();
    assert_eq!(
        got,
        [
            ("", "en", ActionKind::Blocked),
            ("a", "de", ActionKind::RemoteOnly),
            ("a", "en", ActionKind::Create),
            ("b", "en_US", ActionKind::Create),
            ("order_update", "en_US", ActionKind::Unchanged),
            ("order_update", "en_US", ActionKind::Blocked),
        ]
    );
    assert_eq!(rule_of(&p.actions[0]), "missing-identity");
    assert_eq!(
        p.actions[5].detail.as_deref(),
        Some(
            "duplicate-identity: template `order_update` in language `en_US` is already defined in t/order_update/en_US.json"
        )
    );
}

#[test]
fn serialises_with_the_field_names_apply_reports() {
    let p = plan(&[], &[remote(&base(), "APPROVED")], NONE, NOW);
    let v = serde_json::to_value(&p).unwrap();
    assert_eq!(
        v,
        json!({"actions": [{"action": "remote-only", "name": "order_update", "language": "en_US",
                            "status": "APPROVED", "id": "id_order_update_en_US", "file": null, "detail": null,
                            "changes": []}]})
    );
    // one spelling per value: the serialised name is the table's
    for kind in [ActionKind::RemoteOnly, ActionKind::Delete, ActionKind::Invalid] {
        assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
    }
}

#[test]
fn remote_template_from_meta_list_entry() {
    let entry = json!({"name": "schedule_confirmation5", "components": [{"type": "BODY", "text": "Olá"}],
                       "language": "pt_BR", "status": "APPROVED", "category": "UTILITY",
                       "previous_category": "ACCOUNT_UPDATE", "id": "1145489599421404",
                       "quality_score": {"score": "GREEN"}});
    let r: RemoteTemplate = serde_json::from_value(entry).unwrap();
    assert_eq!((r.id.as_str(), r.parameter_format.as_deref()), ("1145489599421404", None));
    assert!(r.last_edits.is_empty());
    assert_eq!(
        remote_to_file_payload(&r),
        json!({"name": "schedule_confirmation5", "language": "pt_BR", "category": "UTILITY",
               "components": [{"type": "BODY", "text": "Olá"}]})
    );
}

/// What Meta would return for a shipped example: handles instead of `header_file`, plus remote-only fields ignored.
fn as_remote(f: &TemplateFile, i: usize) -> RemoteTemplate {
    let mut p = f.payload.clone();
    fn swap_files(v: &mut Value) {
        match v {
            Value::Object(m) => {
                if let Some(file) = m.remove("header_file") {
                    let url = format!("https://scontent.whatsapp.net/{}", file.as_str().unwrap());
                    m.insert("example".into(), json!({"header_handle": [url]}));
                }
                m.values_mut().for_each(swap_files);
            }
            Value::Array(a) => a.iter_mut().for_each(swap_files),
            _ => {}
        }
    }
    swap_files(&mut p);
    let mut r = remote(&p, "APPROVED");
    r.id = format!("{}", 1000 + i);
    r.last_edits = vec![NOW - 60];
    r
}

#[test]
fn pull_then_plan_is_unchanged_and_pull_is_stable() {
    let examples = load_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/templates")).unwrap();
    assert!(examples.files.len() >= 8);
    let remotes: Vec<RemoteTemplate> = examples.files.iter().enumerate().map(|(i, f)| as_remote(f, i)).collect();

    // the hand-written examples themselves match what Meta returns for them
    let p = plan(&examples.files, &remotes, NONE, NOW);
    assert!(p.in_sync(), "{:#?}", p.pending());

    let dir = Path::new("pulled");
    let pull = |remotes: &[RemoteTemplate]| -> Vec<(PathBuf, String)> {
        remotes
            .iter()
            .map(|r| {
                let path = file_path_for(dir, &r.name, &r.language, FileFormat::Toml);
                (path, to_toml_string(&remote_to_file_payload(r)).unwrap())
            })
            .collect()
    };
    let first = pull(&remotes);
    let files: Vec<TemplateFile> = first
        .iter()
        .map(|(path, text)| TemplateFile::parse(path.clone(), FileFormat::Toml, text.clone()).unwrap())
        .collect();
    let p = plan(&files, &remotes, NONE, NOW);
    assert_eq!(p.actions.len(), remotes.len());
    assert!(p.actions.iter().all(|a| a.kind == ActionKind::Unchanged), "{p:#?}");
    assert!(p.in_sync());

    // a second pull (of the written files, read back as the account) writes the same bytes
    let reread: Vec<RemoteTemplate> = files
        .iter()
        .zip(&remotes)
        .map(|(f, r)| {
            let mut again = remote(&f.payload, &r.status);
            again.id = r.id.clone();
            again
        })
        .collect();
    assert_eq!(pull(&reread), first);
    for (path, text) in &first {
        let back = TemplateFile::parse(path.clone(), FileFormat::Toml, text.clone()).unwrap();
        assert_eq!(&to_toml_string(&back.payload).unwrap(), text);
    }
}

#[test]
fn file_paths() {
    let d = Path::new("tpl");
    assert_eq!(file_path_for(d, "order_update", "en_US", FileFormat::Toml), Path::new("tpl/order_update/en_US.toml"));
    assert_eq!(file_path_for(d, "x", "pt_BR", FileFormat::Json), Path::new("tpl/x/pt_BR.json"));
    assert_eq!(file_path_for(d, "../etc", "en/../x", FileFormat::Toml), Path::new("tpl/___etc/en____x.toml"));
    assert_eq!(file_path_for(d, "", "", FileFormat::Toml), Path::new("tpl/_/_.toml"));
}
