//! Self-tests of the contract checker: it maps paths, loads the spec, and can fail.

#![cfg(test)]

use serde_json::{Value, json};

use super::defects::DEFECTS;
use super::paths::{Ids, template_for};
use super::{Totals, check_exchange, spec};

fn exchange(method: &str, path: &str, query: &str, status: u16, body: Value) -> Value {
    json!({"method": method, "path": path, "query": query, "status": status,
           "request_content_type": "", "request_body": null, "response_body": body})
}

#[test]
fn concrete_paths_map_to_the_spec_templates() {
    let Some(spec) = spec::spec() else { return };
    let paths = &spec.doc["paths"];
    let ids = Ids::seeded();
    let cases = [
        ("/v23.0/1200000000000001/phone_numbers", Some("/{Version}/{WABA-ID}/phone_numbers")),
        ("/v23.0/1200000000000001", Some("/{Version}/{WABA-ID}")),
        ("/1200000000000001", Some("/{Version}/{WABA-ID}")),
        ("/v23.0/1100000000000001", Some("/{Version}/{Phone-Number-ID}")),
        ("/v23.0/1100000000000001/settings", Some("/{Version}/{Phone-Number-ID}/settings")),
        ("/v23.0/1300000000000001", Some("/{Version}/{Business-ID}")),
        ("/v23.0/1500000000000001", Some("/{Version}/{TEMPLATE_ID}")),
        ("/v23.0/1200000000000001/message_templates", Some("/{Version}/{WABA-ID}/message_templates")),
        ("/v23.0/debug_token", None),
        ("/v23.0/1400000000000001/uploads", None),
    ];
    for (path, want) in cases {
        assert_eq!(template_for(paths, &ids, path).as_deref(), want, "{path}");
    }
}

#[test]
fn a_response_against_the_spec_can_fail() {
    let Some(spec) = spec::spec() else { return };
    let mut totals = Totals::default();
    let mut violations = Vec::new();
    let good = json!({"data": [{"id": "1", "display_phone_number": "+1 555-010-0001"}], "paging": {}});
    let path = "/v23.0/1200000000000001/phone_numbers";
    check_exchange(spec, &exchange("GET", path, "fields=id", 200, good), &mut totals, &mut violations);
    assert!(violations.is_empty(), "{violations:?}");
    let bad = json!({"data": [{"id": 1, "quality_rating": "PURPLE"}]});
    check_exchange(spec, &exchange("GET", path, "", 200, bad), &mut totals, &mut violations);
    assert!(violations.iter().any(|v| v.contains("/data/0/id")), "{violations:?}");
    assert!(violations.iter().any(|v| v.contains("PURPLE")), "{violations:?}");
    let not_graph_error = json!({"message": "nope"});
    let n = violations.len();
    check_exchange(
        spec,
        &exchange("GET", "/v23.0/1500000000000001", "", 404, not_graph_error),
        &mut totals,
        &mut violations,
    );
    assert!(violations.len() > n, "an unlisted error status is still checked against GraphAPIError");
    assert_eq!(totals.responses, 3);
    assert_eq!(totals.unlisted_errors, 1);
}

#[test]
fn under_fields_selection_required_fields_may_be_absent() {
    let Some(spec) = spec::spec() else { return };
    let mut totals = Totals::default();
    let mut violations = Vec::new();
    let path = "/v23.0/1100000000000001";
    check_exchange(spec, &exchange("GET", path, "fields=id", 200, json!({"id": "1"})), &mut totals, &mut violations);
    assert!(violations.is_empty(), "{violations:?}");
}

#[test]
fn every_listed_defect_has_evidence_and_still_applies() {
    let Some(path) = spec::locate() else { return };
    let original = spec::unpatched(&path);
    for defect in DEFECTS {
        assert!(!defect.what.is_empty() && !defect.evidence.is_empty(), "a defect without its evidence");
        let mut patched = original.clone();
        (defect.patch)(&mut patched);
        assert_ne!(patched, original, "the spec no longer has this defect; remove it: {}", defect.what);
    }
}

/// Checks a recording made elsewhere — e.g. `WABA_SANDBOX_RECORD=/tmp/rec.jsonl
/// compat/pywa/run.sh` — when `WABA_CONTRACT_CHECK` names it; otherwise does nothing.
#[test]
fn a_recording_named_by_waba_contract_check() {
    if let Some(file) = std::env::var_os("WABA_CONTRACT_CHECK") {
        super::check_recording(std::path::Path::new(&file));
    }
}
