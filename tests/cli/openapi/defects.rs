//! The known defects of Meta's OpenAPI spec (business-messaging-api_v23.0.yaml), in one place,
//! each with its evidence. A defect is fixed by a patch of the parsed spec before any schema is
//! compiled; the contract test reports anything else as a violation.
//!
//! Handled in code rather than by a patch (see `super::check_exchange`):
//! * **Error statuses the spec does not list.** Most template and media operations list only
//!   `200`, yet Graph answers errors on every operation with its error envelope
//!   (`{"error":{"message","type","code",…}}`, graph-api.md §3). An unlisted 4xx/5xx is checked
//!   against the spec's own `GraphAPIError` schema instead.
//! * **Fields it calls required that Graph omits on a read.** Graph returns only the fields a
//!   `fields=` parameter selects (plus `id`), and without one only a node's default fields (for a
//!   phone number `id, display_phone_number, verified_name, quality_rating` — no `status`, which
//!   the spec's WhatsAppBusinessAccountPhoneNumber requires; graph-api.md §4.1). So for a 2xx answer
//!   to a GET, or to any request with `fields=`, the schemas are used without their `required`
//!   lists (types and enums still apply); other answers (`{"success":true}`, a created template's
//!   `id`/`status`/`category`, errors) are checked in full.

use serde_json::{Value, json};

/// Graph's error envelope, for error statuses an operation does not list.
pub const ERROR_SCHEMA: &str = "/components/schemas/GraphAPIError";

/// One defect of the spec.
pub struct Defect {
    /// What is wrong.
    pub what: &'static str,
    /// Why we believe Graph differs (a document, a reference page, an observed answer).
    pub evidence: &'static str,
    /// The correction, applied to the whole parsed spec.
    pub patch: fn(&mut Value),
}

pub const DEFECTS: &[Defect] = &[
    Defect {
        what: "LanguageObject (a template send's `language`) requires `policy`",
        evidence: "graph-api.md §7 (template messages): `language.policy` is optional in practice and most of the spec's own \
                   examples omit it; Meta's send-template examples send `{\"code\": \"en_US\"}` alone",
        patch: |doc| {
            if let Some(Value::Array(required)) = doc.pointer_mut("/components/schemas/LanguageObject/required") {
                required.retain(|r| r != "policy");
            }
        },
    },
    Defect {
        what: "every message schema (TextMessage, ImageMessage, …) is `allOf: [BaseMessageProperties, {additionalProperties: \
               false, …}]`, so the second part refuses the base properties (`messaging_product`, `to`, …) and no \
               message body validates; BaseMessageProperties requires `recipient_type` and lacks \
               `biz_opaque_callback_data`",
        evidence: "JSON Schema applies `additionalProperties` per subschema: properties defined only in a sibling allOf \
                   part count as additional (JSON Schema 2020-12 §10.3.2.3), so the spec's own examples for POST \
                   /{Phone-Number-ID}/messages fail it; Meta's send-message reference marks `recipient_type` \
                   optional (default `individual`) and documents `biz_opaque_callback_data` on every message \
                   (graph-api.md §7)",
        patch: |doc| {
            let base = "/components/schemas/BaseMessageProperties";
            if let Some(Value::Array(required)) = doc.pointer_mut(&format!("{base}/required")) {
                required.retain(|r| r != "recipient_type");
            }
            if let Some(Value::Object(props)) = doc.pointer_mut(&format!("{base}/properties")) {
                props.insert("biz_opaque_callback_data".into(), json!({"type": "string", "maxLength": 512}));
            }
            let names: Vec<String> = doc
                .pointer(&format!("{base}/properties"))
                .and_then(Value::as_object)
                .map(|p| p.keys().cloned().collect())
                .unwrap_or_default();
            let branches: Vec<String> = doc
                .pointer("/components/schemas/Message/oneOf")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter().filter_map(|r| r["$ref"].as_str().map(|s| s.trim_start_matches('#').to_string())).collect()
                })
                .unwrap_or_default();
            for branch in branches {
                let Some(Value::Array(parts)) = doc.pointer_mut(&format!("{branch}/allOf")) else { continue };
                for part in parts.iter_mut().filter(|p| p.get("additionalProperties") == Some(&json!(false))) {
                    if let Some(Value::Object(props)) = part.get_mut("properties") {
                        for name in &names {
                            props.entry(name.clone()).or_insert_with(|| json!({}));
                        }
                    }
                }
            }
        },
    },
    Defect {
        what: "phone-number `status` enum (WhatsAppPhoneNumberStatus: PENDING, LINKED, UNLINKED, DELETED, \
               MIGRATED, BANNED, RESTRICTED) lacks CONNECTED, DISCONNECTED, FLAGGED, UNVERIFIED, RATE_LIMITED, OFFLINE",
        evidence: "the spec's own WhatsAppAccountNumberStatus and WhatsAppBusinessAccountToNumberStatus enums list \
                   CONNECTED, DISCONNECTED, FLAGGED, UNVERIFIED; Meta's phone-number docs show \
                   `GET /{pnid}?fields=status` -> \"CONNECTED\" (graph-api.md §4.1-4.2); third-party SDKs \
                   transcribing Meta's docs add RATE_LIMITED and OFFLINE",
        patch: |doc| {
            let values = ["CONNECTED", "DISCONNECTED", "FLAGGED", "UNVERIFIED", "RATE_LIMITED", "OFFLINE"];
            extend_enum(doc, "/components/schemas/WhatsAppPhoneNumberStatus", &values);
        },
    },
    Defect {
        what: "phone-number `quality_rating` enum (GREEN, YELLOW, RED, NA) lacks UNKNOWN",
        evidence: "the spec's own WhatsAppPhoneNumberQualityRating_1 lists UNKNOWN, and its example for \
                   `GET /{WABA-ID}/phone_numbers` answers `quality_rating: UNKNOWN`; Meta's phone-number \
                   filter sample uses UNKNOWN (graph-api.md §4.1)",
        patch: |doc| {
            extend_enum(doc, "/components/schemas/WhatsAppPhoneNumberQualityRating", &["UNKNOWN"]);
            extend_enum(doc, "/components/schemas/PhoneNumberInfo/properties/quality_rating", &["UNKNOWN"]);
        },
    },
    Defect {
        what: "phone-number `code_verification_status` enum (VERIFIED, UNVERIFIED) lacks NOT_VERIFIED and EXPIRED",
        evidence: "the spec's own WhatsAppCodeVerificationStatus_1 is VERIFIED, NOT_VERIFIED (example NOT_VERIFIED), \
                   and its `GET /{WABA-ID}/phone_numbers` example answers NOT_VERIFIED; Meta's reference for the \
                   field reads \"NOT_VERIFIED, VERIFIED, or EXPIRED\" (as transcribed by pywa's BusinessPhoneNumber)",
        patch: |doc| {
            let values = ["NOT_VERIFIED", "EXPIRED"];
            extend_enum(doc, "/components/schemas/WhatsAppCodeVerificationStatus", &values);
            extend_enum(doc, "/components/schemas/PhoneNumberInfo/properties/code_verification_status", &values);
        },
    },
    Defect {
        what: "WhatsAppBusinessAccount types the edges `subscribed_apps`, `phone_numbers` and \
               `message_templates` as arrays, but an edge selected with `fields=` comes back as a connection \
               object `{\"data\": [...]}`",
        evidence: "Graph's field expansion of edges returns `{\"data\": [...]}` (Graph API docs, field expansion); \
                   pywa's WhatsAppBusinessAccount.from_dict reads `data[\"subscribed_apps\"][\"data\"]`; \
                   graph-api.md §12 already notes that the schema lists these edges as fields",
        patch: |doc| {
            for edge in ["subscribed_apps", "phone_numbers", "message_templates"] {
                let pointer = format!("/components/schemas/WhatsAppBusinessAccount/properties/{edge}");
                if let Some(schema) = doc.pointer_mut(&pointer) {
                    let list = schema.take();
                    *schema = json!({"type": "object", "properties": {"data": list}});
                }
            }
        },
    },
    Defect {
        what: "the phone-number settings schemas (calling, SIP, video, audio, call hours, payload encryption, \
               storage) spell their enums in lower case (`enabled`, `visible`, `default`, …) and lack \
               `DEFAULT`/`DISABLE_ALL` for `call_icon_visibility` and `NO_STORAGE_ENABLED` for storage",
        evidence: "Meta's Calling API settings docs use ENABLED/DISABLED and call_icon_visibility DEFAULT/DISABLE_ALL, \
                   and its local-storage docs IN_COUNTRY_STORAGE_ENABLED; SDKs transcribing them agree (pywa \
                   types/calls.py CallingSettingsStatus, CallIconVisibility; types/others.py StorageStatus with \
                   DEFAULT, IN_COUNTRY_STORAGE_ENABLED, NO_STORAGE_ENABLED; the 1msg SDK's CallingSettingsCalling)",
        patch: |doc| {
            for name in SETTINGS_SCHEMAS {
                if let Some(schema) = doc.pointer_mut(&format!("/components/schemas/{name}")) {
                    upper_case_enums(schema);
                }
            }
            for name in ["CallingSettings", "CallingSettings_1", "CallingSettingsResponse"] {
                let pointer = format!("/components/schemas/{name}/properties/call_icon_visibility");
                extend_enum(doc, &pointer, &["DEFAULT", "DISABLE_ALL"]);
            }
            let storage = "/components/schemas/StorageConfigurationSettingsResponse/properties/status";
            extend_enum(doc, storage, &["NO_STORAGE_ENABLED"]);
        },
    },
    Defect {
        what: "InteractiveObject `type` enum lacks cta_url and location_request_message, and ActionObject's oneOf \
               has no branch for their actions (`{name: cta_url, parameters: {display_text, url}}`, \
               `{name: send_location}`)",
        evidence: "Meta's interactive-message docs describe both (a CTA URL button: action.name cta_url with \
                   display_text and url; a location request: action.name send_location); the same shapes are \
                   sent by independent public clients (graph-api.md §7.3)",
        patch: |doc| {
            extend_enum(
                doc,
                "/components/schemas/InteractiveObject/properties/type",
                &["cta_url", "location_request_message"],
            );
            if let Some(Value::Array(branches)) = doc.pointer_mut("/components/schemas/ActionObject/oneOf") {
                branches.push(json!({"required": ["name", "parameters"], "properties": {
                    "name": {"type": "string", "enum": ["cta_url"]},
                    "parameters": {"type": "object", "required": ["display_text", "url"], "properties": {
                        "display_text": {"type": "string", "maxLength": 20}, "url": {"type": "string"}}}}}));
                branches.push(json!({"required": ["name"], "properties": {"name": {"type": "string", "enum": ["send_location"]}}}));
            }
        },
    },
    Defect {
        what: "TemplateComponent (a template send's components): `type` lacks carousel and limited_time_offer, \
               `sub_type` lacks copy_code, and `index` has the pattern ^[2-6, 11-14]$ (a character class that \
               refuses \"0\")",
        evidence: "graph-api.md §7.4: `index` is the button position \"0\"..\"9\" and the spec's regex is a bug; \
                   Meta's template-components guide sends copy-code buttons as sub_type copy_code with a \
                   coupon_code parameter, media-card carousels as {type: carousel, cards: [{card_index, \
                   components}]} and limited-time offers as {type: limited_time_offer, parameters: \
                   [{type: limited_time_offer, limited_time_offer: {expiration_time_ms}}]}",
        patch: |doc| {
            for schema in ["TemplateComponent", "ButtonComponent"] {
                let base = format!("/components/schemas/{schema}");
                extend_enum(doc, &format!("{base}/properties/type"), &["carousel", "limited_time_offer"]);
                extend_enum(doc, &format!("{base}/properties/sub_type"), &["copy_code"]);
                if let Some(pattern) = doc.pointer_mut(&format!("{base}/properties/index/pattern")) {
                    *pattern = json!("^[0-9]$");
                }
            }
        },
    },
    Defect {
        what: "OfficialBusinessAccountUpdateRequest (POST /{Phone-Number-ID}/official_business_account) requires \
               `action` with `application_data {business_name, business_description, website_url, contact_email}`, \
               and OfficialBusinessAccountStatus's `oba_status` enum lacks NOT_STARTED",
        evidence: "Meta's Official Business Accounts guide (developers.facebook.com/documentation/business-messaging/\
                   whatsapp/official-business-accounts) sends the request as flat fields business_website_url, \
                   primary_country_of_operation, primary_language, parent_business_or_brand, \
                   additional_supporting_information and supporting_links (up to 5), answers {\"success\": true}, \
                   and reads `GET /{id}?fields=official_business_account` -> {\"oba_status\": \"NOT_STARTED\"}; \
                   public clients send the same fields",
        patch: |doc| {
            let request = "/components/schemas/OfficialBusinessAccountUpdateRequest";
            if let Some(Value::Object(schema)) = doc.pointer_mut(request) {
                schema.remove("required");
                if let Some(Value::Object(props)) = schema.get_mut("properties") {
                    for name in [
                        "business_website_url",
                        "primary_country_of_operation",
                        "primary_language",
                        "parent_business_or_brand",
                        "additional_supporting_information",
                    ] {
                        props.insert(name.into(), json!({"type": "string"}));
                    }
                    props.insert(
                        "supporting_links".into(),
                        json!({"type": "array", "maxItems": 5, "items": {"type": "string"}}),
                    );
                }
            }
            extend_enum(doc, "/components/schemas/WhatsAppBusinessAppealStatus", &["NOT_STARTED"]);
        },
    },
];

/// The settings schemas whose enums the spec spells in lower case.
const SETTINGS_SCHEMAS: [&str; 12] = [
    "CallingSettings",
    "CallingSettings_1",
    "VideoSettings",
    "SipSettings",
    "PayloadEncryptionSettings",
    "CallingSettingsResponse",
    "CallHoursSettings",
    "SipSettingsResponse",
    "VideoSettingsResponse",
    "AudioSettingsResponse",
    "PayloadEncryptionSettingsResponse",
    "StorageConfigurationSettingsResponse",
];

/// Adds the upper-case spelling of every lower-case enum value under `schema`.
fn upper_case_enums(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Array(values)) = map.get_mut("enum") {
                let upper: Vec<Value> = values
                    .iter()
                    .filter_map(Value::as_str)
                    .filter(|v| v.bytes().any(|b| b.is_ascii_lowercase()))
                    .map(|v| json!(v.to_ascii_uppercase()))
                    .collect();
                for v in upper {
                    if !values.contains(&v) {
                        values.push(v);
                    }
                }
            }
            map.values_mut().for_each(upper_case_enums);
        }
        Value::Array(items) => items.iter_mut().for_each(upper_case_enums),
        _ => {}
    }
}

/// Adds `values` to the enum at `pointer` (a no-op when the spec changes shape there: the
/// contract test then reports the original problem again, and this entry needs a look).
fn extend_enum(doc: &mut Value, pointer: &str, values: &[&str]) {
    if let Some(Value::Array(items)) = doc.pointer_mut(&format!("{pointer}/enum")) {
        for v in values {
            if !items.contains(&json!(v)) {
                items.push(json!(v));
            }
        }
    }
}

/// Validation errors tolerated although no patch can express them (none so far).
pub fn tolerated(_schema: &str, _instance_path: &str, _message: &str) -> bool {
    false
}
