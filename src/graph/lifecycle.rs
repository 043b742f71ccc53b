//! A number's lifecycle (graph-api.md §4.3–§4.5): add it to a WABA, request and verify a code,
//! register and deregister it, set its two-step PIN, and its Official Business Account. Codes
//! and PINs travel as [`SecretString`]s and only in JSON bodies, whose traces redact them.

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::client::GraphClient;
use super::error::GraphError;
use super::models::PhoneNumber;
use super::write::{Success, WriteBody, WriteRequest};
use crate::lifecycle::oba;

/// Fields `waba verify status` reads of a number.
pub const LIFECYCLE_FIELDS: &str = "id,display_phone_number,verified_name,status,code_verification_status,\
name_status,new_display_name,new_name_status,is_pin_enabled,is_official_business_account,\
last_onboarded_time,platform_type,account_mode,quality_rating";

/// `GET /{phone-number-id}/official_business_account`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObaStatus {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub oba_status: Option<String>,
    #[serde(default)]
    pub status_message: Option<String>,
}

/// The answer to an OBA request: `success`, and (spec) `message` and `updated_status`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObaAnswer {
    #[serde(default)]
    pub success: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_status: Option<ObaStatus>,
}

#[derive(Deserialize)]
struct Created {
    id: super::models::Id,
}

impl GraphClient {
    /// Adds a number to a WABA: `POST /{waba-id}/phone_numbers` with `cc`, `phone_number` (the
    /// national number) and `verified_name`; returns the new phone-number id.
    pub async fn add_phone_number(
        &self,
        waba_id: &str,
        cc: &str,
        national: &str,
        verified_name: &str,
    ) -> Result<String, GraphError> {
        let path = format!("{waba_id}/phone_numbers");
        let body = json!({ "cc": cc, "phone_number": national, "verified_name": verified_name });
        let created: Created = self.write(&WriteRequest::post(&path).body(WriteBody::Json(body))).await?;
        Ok(created.id.as_str().to_owned())
    }

    /// Asks Meta to send a verification code: `POST /{phone-number-id}/request_code`.
    pub async fn request_code(&self, phone_number_id: &str, method: &str, language: &str) -> Result<bool, GraphError> {
        let path = format!("{phone_number_id}/request_code");
        let body = json!({ "code_method": method, "language": language });
        let answer: Success = self.write(&WriteRequest::post(&path).body(WriteBody::Json(body))).await?;
        Ok(answer.success)
    }

    /// Verifies the code received: `POST /{phone-number-id}/verify_code`.
    pub async fn verify_code(&self, phone_number_id: &str, code: &SecretString) -> Result<bool, GraphError> {
        let path = format!("{phone_number_id}/verify_code");
        let body = json!({ "code": code.expose_secret() });
        let answer: Success = self.write(&WriteRequest::post(&path).body(WriteBody::Json(body))).await?;
        Ok(answer.success)
    }

    /// Registers the number on the Cloud API: `POST /{phone-number-id}/register` with the
    /// two-step PIN and, where Meta stores data locally, `data_localization_region`.
    pub async fn register(
        &self,
        phone_number_id: &str,
        pin: &SecretString,
        region: Option<&str>,
    ) -> Result<bool, GraphError> {
        let path = format!("{phone_number_id}/register");
        let mut body = json!({ "messaging_product": "whatsapp", "pin": pin.expose_secret() });
        if let Some(r) = region {
            body["data_localization_region"] = json!(r);
        }
        let answer: Success = self.write(&WriteRequest::post(&path).body(WriteBody::Json(body))).await?;
        Ok(answer.success)
    }

    /// Deregisters the number: `POST /{phone-number-id}/deregister`.
    pub async fn deregister(&self, phone_number_id: &str) -> Result<bool, GraphError> {
        let path = format!("{phone_number_id}/deregister");
        let answer: Success = self.write(&WriteRequest::post(&path)).await?;
        Ok(answer.success)
    }

    /// Sets or changes the two-step verification PIN: `POST /{phone-number-id}` with `pin`.
    pub async fn set_pin(&self, phone_number_id: &str, pin: &SecretString) -> Result<bool, GraphError> {
        let body = json!({ "pin": pin.expose_secret() });
        let answer: Success = self.write(&WriteRequest::post(phone_number_id).body(WriteBody::Json(body))).await?;
        Ok(answer.success)
    }

    /// The fields of a number that its lifecycle is about ([`LIFECYCLE_FIELDS`]).
    pub async fn lifecycle(&self, phone_number_id: &str) -> Result<PhoneNumber, GraphError> {
        self.get(phone_number_id, &[("fields", LIFECYCLE_FIELDS.to_string())]).await
    }

    /// The number's Official Business Account status: `GET /{phone-number-id}` with the
    /// `official_business_account` field, as Meta's OBA guide reads it.
    pub async fn oba_status(&self, phone_number_id: &str) -> Result<ObaStatus, GraphError> {
        #[derive(Deserialize)]
        struct Node {
            id: super::models::Id,
            #[serde(default)]
            official_business_account: Option<ObaStatus>,
        }
        let node: Node = self.get(phone_number_id, &[("fields", "id,official_business_account".to_string())]).await?;
        let mut status = node.official_business_account.unwrap_or(ObaStatus {
            id: String::new(),
            oba_status: None,
            status_message: None,
        });
        status.id = node.id.as_str().to_owned();
        Ok(status)
    }

    /// Requests an Official Business Account: `POST /{phone-number-id}/official_business_account`
    /// with the fields of Meta's OBA guide.
    pub async fn request_oba(&self, phone_number_id: &str, request: &oba::Request) -> Result<ObaAnswer, GraphError> {
        let path = format!("{phone_number_id}/official_business_account");
        let body = serde_json::to_value(request).map_err(|e| GraphError::Config(e.to_string()))?;
        self.write(&WriteRequest::post(&path).body(WriteBody::Json(body))).await
    }
}
