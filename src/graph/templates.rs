//! Message templates: list, read, create, edit, delete.
//!
//! Reads (`templates`, `template`) are retried like every read. Writes (`create_template`,
//! `edit_template`, `delete_template`) go through [`GraphClient::write`], which resends only
//! when the connection could not be made, so Meta never sees a write twice:
//! - create is not idempotent (a resent create could make a second template or fail with
//!   "name already exists" after the first succeeded);
//! - edit of an approved template is limited to one per 24 hours, so a resent edit could
//!   spend the allowance or fail after succeeding;
//! - delete would answer a resend with "not found" after deleting.

use super::client::GraphClient;
use super::error::GraphError;
use super::models::{CreatedTemplate, MessageTemplate, TemplateCategory, TemplateStatus};
use super::paging::{Listing, PageRequest};
use super::write::Success;
use super::write::{WriteBody, WriteRequest};

/// Template fields requested. Named explicitly so that optional ones
/// (`rejected_reason`, `quality_score`, ...) come back too.
pub const TEMPLATE_FIELDS: &[&str] = &[
    "id",
    "name",
    "language",
    "status",
    "category",
    "previous_category",
    "sub_category",
    "parameter_format",
    "components",
    "rejected_reason",
    "quality_score",
    "cta_url_link_tracking_opted_out",
    "message_send_ttl_seconds",
];

/// Largest page the message_templates edge is asked for.
const TEMPLATES_MAX_PAGE: usize = 100;

/// Filters of the message_templates edge; each one set becomes Meta's query parameter
/// of the same name (`status`, `category`, `language`, `name`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TemplateFilter {
    /// Only templates in this status.
    pub status: Option<TemplateStatus>,
    /// Only templates of this category.
    pub category: Option<TemplateCategory>,
    /// Only templates in this language, e.g. `en_US`.
    pub language: Option<String>,
    /// Only templates with this name.
    pub name: Option<String>,
}

impl TemplateFilter {
    /// The query parameters of this filter.
    fn query(&self) -> Vec<(&'static str, String)> {
        let mut query = Vec::new();
        if let Some(status) = &self.status {
            query.push(("status", status.to_string()));
        }
        if let Some(category) = &self.category {
            query.push(("category", category.to_string()));
        }
        if let Some(language) = &self.language {
            query.push(("language", language.clone()));
        }
        if let Some(name) = &self.name {
            query.push(("name", name.clone()));
        }
        query
    }
}

impl GraphClient {
    /// The message templates of a WABA (`GET /{waba-id}/message_templates`).
    pub async fn templates(
        &self,
        waba_id: &str,
        filter: &TemplateFilter,
        request: PageRequest,
    ) -> Result<Listing<MessageTemplate>, GraphError> {
        let mut query = vec![("fields", TEMPLATE_FIELDS.join(","))];
        query.extend(filter.query());
        self.list(&format!("{waba_id}/message_templates"), &query, request, TEMPLATES_MAX_PAGE).await
    }

    /// One template (`GET /{template-id}`).
    pub async fn template(&self, template_id: &str) -> Result<MessageTemplate, GraphError> {
        self.get(template_id, &[("fields", TEMPLATE_FIELDS.join(","))]).await
    }

    /// Create a template (`POST /{waba-id}/message_templates`) from Meta's JSON body
    /// (`name`, `language`, `category`, `components`, ...), sent as given.
    ///
    /// Never resent once it may have reached Meta; see the module documentation.
    pub async fn create_template(
        &self,
        waba_id: &str,
        body: &serde_json::Value,
    ) -> Result<CreatedTemplate, GraphError> {
        let path = format!("{waba_id}/message_templates");
        self.write(&WriteRequest::post(&path).body(WriteBody::Json(body.clone()))).await
    }

    /// Edit a template (`POST /{template-id}`) with Meta's JSON body (`components`,
    /// `category`, `message_send_ttl_seconds`, ...). Returns Meta's `success`.
    pub async fn edit_template(&self, template_id: &str, body: &serde_json::Value) -> Result<bool, GraphError> {
        let answer: Success = self.write(&WriteRequest::post(template_id).body(WriteBody::Json(body.clone()))).await?;
        Ok(answer.success)
    }

    /// Delete a template (`DELETE /{waba-id}/message_templates?name=...`): every language
    /// of `name`, or with `hsm_id` only that template. Returns Meta's `success`.
    pub async fn delete_template(&self, waba_id: &str, name: &str, hsm_id: Option<&str>) -> Result<bool, GraphError> {
        let path = format!("{waba_id}/message_templates");
        let mut query = vec![("name", name.to_string())];
        if let Some(id) = hsm_id {
            query.push(("hsm_id", id.to_string()));
        }
        let answer: Success = self.write(&WriteRequest::delete(&path).query(query)).await?;
        Ok(answer.success)
    }
}
