//! The app's webhook subscription to a WABA (graph-api.md §5.3):
//! `GET|POST|DELETE /{waba-id}/subscribed_apps`.
//!
//! `GET` items are `{"whatsapp_business_api_data":{"id","name","link"},"override_callback_uri"?}`
//! (the spec's example); the spec's schema says `{id,name}` at the top level, so both are read.
//! `POST` takes a JSON body, `{}` or `{override_callback_uri, verify_token}`.

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::client::GraphClient;
use super::error::GraphError;
use super::write::Success;
use super::write::{WriteBody, WriteRequest};

/// One app subscribed to a WABA's webhooks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubscribedApp {
    /// The app's id.
    pub id: String,
    /// The app's name.
    pub name: Option<String>,
    pub link: Option<String>,
    /// The WABA's callback URL override, when the app set one.
    pub override_callback_uri: Option<String>,
}

#[derive(Deserialize)]
struct Wire {
    #[serde(default)]
    whatsapp_business_api_data: Option<AppData>,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    override_callback_uri: Option<String>,
}

#[derive(Deserialize)]
struct AppData {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    link: Option<String>,
}

#[derive(Deserialize)]
struct Data {
    #[serde(default)]
    data: Vec<Wire>,
}

/// Where a subscription sends the WABA's webhooks instead of the app's own callback URL.
#[derive(Debug, Clone)]
pub struct CallbackOverride {
    pub url: String,
    /// Echoed back in Meta's verification request to `url`.
    pub verify_token: SecretString,
}

impl From<Wire> for SubscribedApp {
    fn from(w: Wire) -> Self {
        let data = w.whatsapp_business_api_data;
        let (id, name, link) = match data {
            Some(d) => (d.id.or(w.id), d.name.or(w.name), d.link),
            None => (w.id, w.name, None),
        };
        SubscribedApp { id: id.unwrap_or_default(), name, link, override_callback_uri: w.override_callback_uri }
    }
}

impl GraphClient {
    /// The apps subscribed to `waba_id`'s webhooks.
    pub async fn subscribed_apps(&self, waba_id: &str) -> Result<Vec<SubscribedApp>, GraphError> {
        let page: Data = self.get(&format!("{waba_id}/subscribed_apps"), &[]).await?;
        Ok(page.data.into_iter().map(SubscribedApp::from).collect())
    }

    /// Subscribe the token's app to `waba_id`'s webhooks, with a callback override or
    /// (`None`) with the app's own callback, which also clears an earlier override.
    pub async fn subscribe_app(&self, waba_id: &str, callback: Option<&CallbackOverride>) -> Result<bool, GraphError> {
        let body = match callback {
            Some(c) => json!({"override_callback_uri": c.url, "verify_token": c.verify_token.expose_secret()}),
            None => Value::Object(serde_json::Map::new()),
        };
        let path = format!("{waba_id}/subscribed_apps");
        let answer: Success = self.write(&WriteRequest::post(&path).body(WriteBody::Json(body))).await?;
        Ok(answer.success)
    }

    /// Unsubscribe the token's app from `waba_id`'s webhooks.
    pub async fn unsubscribe_app(&self, waba_id: &str) -> Result<bool, GraphError> {
        let path = format!("{waba_id}/subscribed_apps");
        let answer: Success = self.write(&WriteRequest::delete(&path)).await?;
        Ok(answer.success)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_item_shapes_are_read() {
        let example: Data = serde_json::from_value(json!({"data": [
            {"whatsapp_business_api_data": {"id": "1", "name": "App", "link": "https://l"}, "override_callback_uri": "https://h/w"},
            {"id": "2", "name": "Other"}
        ]}))
        .unwrap();
        let apps: Vec<SubscribedApp> = example.data.into_iter().map(SubscribedApp::from).collect();
        assert_eq!(apps[0].id, "1");
        assert_eq!(apps[0].override_callback_uri.as_deref(), Some("https://h/w"));
        assert_eq!(apps[1].name.as_deref(), Some("Other"));
        assert_eq!(apps[1].link, None);
    }
}
