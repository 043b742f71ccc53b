//! Phone numbers, the WABA and the business portfolio.

use super::client::GraphClient;
use super::error::GraphError;
use super::messaging_limit_field;
use super::models::{Business, BusinessProfile, PhoneNumber, Waba};
use super::paging::{Listing, PageRequest};
use super::write::{Success, WriteBody, WriteRequest};

/// Phone-number fields requested, besides the version's messaging-limit field.
/// Graph returns only `id, display_phone_number, verified_name, quality_rating`
/// unless fields are named, so they always are.
pub const PHONE_NUMBER_FIELDS: &[&str] = &[
    "id",
    "display_phone_number",
    "verified_name",
    "quality_rating",
    "status",
    "name_status",
    "new_name_status",
    "code_verification_status",
    "throughput",
    "account_mode",
    "platform_type",
    "is_official_business_account",
    "last_onboarded_time",
    "health_status",
];

/// WABA fields requested.
pub const WABA_FIELDS: &[&str] = &[
    "id",
    "name",
    "timezone_id",
    "currency",
    "message_template_namespace",
    "account_review_status",
    "business_verification_status",
    "country",
    "ownership_type",
];

const BUSINESS_FIELDS: &str = "id,name,verification_status";

/// Largest page the phone_numbers edge serves.
const PHONE_NUMBERS_MAX_PAGE: usize = 100;

impl GraphClient {
    /// The `fields` value for phone numbers in this client's API version.
    pub fn phone_number_fields(&self) -> String {
        let mut fields = PHONE_NUMBER_FIELDS.to_vec();
        fields.push(messaging_limit_field(self.api_version()));
        fields.join(",")
    }

    /// The phone numbers of a WABA.
    pub async fn phone_numbers(&self, waba_id: &str, request: PageRequest) -> Result<Listing<PhoneNumber>, GraphError> {
        let query = [("fields", self.phone_number_fields())];
        self.list(&format!("{waba_id}/phone_numbers"), &query, request, PHONE_NUMBERS_MAX_PAGE).await
    }

    /// One phone number.
    pub async fn phone_number(&self, phone_number_id: &str) -> Result<PhoneNumber, GraphError> {
        self.get(phone_number_id, &[("fields", self.phone_number_fields())]).await
    }

    /// A number's display name and its reviews (`verified_name`, `name_status`,
    /// `new_display_name`, `new_name_status`).
    pub async fn display_name(&self, phone_number_id: &str) -> Result<PhoneNumber, GraphError> {
        let fields = "id,display_phone_number,verified_name,name_status,new_display_name,new_name_status";
        self.get(phone_number_id, &[("fields", fields.to_string())]).await
    }

    /// Submits a new display name for review: `POST /{phone-number-id}` `new_display_name`.
    pub async fn request_display_name(&self, phone_number_id: &str, name: &str) -> Result<bool, GraphError> {
        let body = serde_json::json!({ "new_display_name": name });
        let answer: Success = self.write(&WriteRequest::post(phone_number_id).body(WriteBody::Json(body))).await?;
        Ok(answer.success)
    }

    /// A number's business profile.
    pub async fn business_profile(&self, phone_number_id: &str) -> Result<BusinessProfile, GraphError> {
        /// An item is the profile itself (Meta's guide) or `{"business_profile": {…}}` (the v23
        /// spec; graph-api.md §4.6 records the mismatch): both are read.
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Item {
            Wrapped { business_profile: BusinessProfile },
            Flat(BusinessProfile),
        }
        #[derive(serde::Deserialize)]
        struct Data {
            #[serde(default)]
            data: Vec<Item>,
        }
        let fields = "about,address,description,email,profile_picture_url,websites,vertical";
        let path = format!("{phone_number_id}/whatsapp_business_profile");
        let answer: Data = self.get(&path, &[("fields", fields.to_string())]).await?;
        Ok(match answer.data.into_iter().next() {
            Some(Item::Wrapped { business_profile }) => business_profile,
            Some(Item::Flat(p)) => p,
            None => BusinessProfile::default(),
        })
    }

    /// Updates a number's business profile with the fields of `changes` (a JSON object of
    /// `about`, `address`, `description`, `email`, `websites`, `vertical`).
    pub async fn update_business_profile(
        &self,
        phone_number_id: &str,
        mut changes: serde_json::Map<String, serde_json::Value>,
    ) -> Result<bool, GraphError> {
        changes.insert("messaging_product".into(), "whatsapp".into());
        let path = format!("{phone_number_id}/whatsapp_business_profile");
        let body = WriteBody::Json(serde_json::Value::Object(changes));
        let answer: Success = self.write(&WriteRequest::post(&path).body(body)).await?;
        Ok(answer.success)
    }

    /// A WhatsApp Business Account.
    pub async fn waba(&self, waba_id: &str) -> Result<Waba, GraphError> {
        self.get(waba_id, &[("fields", WABA_FIELDS.join(","))]).await
    }

    /// A business portfolio.
    pub async fn business(&self, business_id: &str) -> Result<Business, GraphError> {
        self.get(business_id, &[("fields", BUSINESS_FIELDS.to_string())]).await
    }
}
