//! Routing: which handler serves a method and path, decided from the path
//! and the world alone (before any body is parsed), and the query
//! parameters each route accepts. A query parameter outside the route's list
//! is an error naming it — the sandbox never silently ignores one.

use axum::http::Method;

use super::error::GraphError;
use super::request::{Ctx, Reply};
use super::state::SharedState;
use super::templates::{self, upload};
use super::{accounts, business_profile, debug_token, lifecycle, media, numbers, settings, subscribed_apps};

/// Parameters every route accepts.
pub(crate) const STANDARD: &[&str] = &["access_token", "appsecret_proof", "appsecret_time", "pretty"];
const READ: &[&str] = &["fields"];
const EDGE: &[&str] = &["fields", "limit", "after", "before", "summary"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Route {
    DebugToken,
    Business,
    OwnedWabas,
    ClientWabas,
    Waba,
    PhoneNumbers,
    Phone,
    PhoneUpdate,
    Templates,
    TemplateCreate,
    TemplateDelete,
    Template,
    TemplateEdit,
    UploadStart,
    Profile,
    ProfileUpdate,
    Settings,
    SettingsUpdate,
    SubscribedApps,
    Subscribe,
    Unsubscribe,
    Messages,
    MediaUpload,
    Media,
    MediaDelete,
    PhoneAdd,
    RequestCode,
    VerifyCode,
    Register,
    Deregister,
    Oba,
    ObaRequest,
}

/// What a node id refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Business,
    Waba,
    PhoneNumber,
    Template,
    App,
    Media,
}

/// The query parameters `route` reads, beyond [`STANDARD`].
fn accepted(route: Route) -> Vec<&'static str> {
    let own: &[&str] = match route {
        Route::DebugToken => &["input_token", "fields"],
        Route::Business | Route::Waba | Route::Phone | Route::Template | Route::Profile => READ,
        Route::OwnedWabas => &["fields", "limit", "after", "before", "summary", "first", "last", "find"],
        Route::ClientWabas => &["fields", "limit", "after", "before", "summary", "find"],
        Route::PhoneNumbers => &["fields", "limit", "after", "before", "summary", "filtering", "sort"],
        Route::PhoneUpdate => &["new_display_name", "search_visibility", "pin", "webhook_configuration"],
        Route::Templates => &[],
        Route::TemplateCreate => &[
            "name",
            "language",
            "category",
            "components",
            "parameter_format",
            "allow_category_change",
            "sub_category",
            "message_send_ttl_seconds",
            "cta_url_link_tracking_opted_out",
        ],
        Route::TemplateDelete => &["name", "hsm_id"],
        Route::TemplateEdit => &[
            "category",
            "components",
            "parameter_format",
            "message_send_ttl_seconds",
            "cta_url_link_tracking_opted_out",
        ],
        Route::UploadStart => &["file_name", "file_length", "file_type"],
        Route::ProfileUpdate => business_profile::POST_KEYS,
        Route::Settings => &["fields", "include_sip_credentials"],
        Route::SettingsUpdate | Route::Unsubscribe | Route::Messages => &[],
        Route::SubscribedApps => READ,
        Route::Subscribe => &["override_callback_uri", "verify_token"],
        Route::MediaUpload => &["messaging_product", "type"],
        Route::Media | Route::MediaDelete => &["phone_number_id"],
        Route::PhoneAdd => &["cc", "phone_number", "verified_name", "migrate_phone_number", "preverified_id"],
        Route::RequestCode => &["code_method", "language"],
        Route::VerifyCode => &["code"],
        Route::Register => &["messaging_product", "pin", "data_localization_region", "backup", "tier"],
        Route::Deregister => &[],
        Route::Oba => READ,
        Route::ObaRequest => lifecycle::oba::POST_KEYS,
    };
    let mut all = own.to_vec();
    if route == Route::Templates {
        all.extend(EDGE);
        all.extend(templates::FILTER_PARAMS);
    }
    all
}

/// Errors on the first query parameter `route` does not implement.
pub(crate) fn check_query(route: Route, ctx: &Ctx) -> Result<(), GraphError> {
    let accepted = accepted(route);
    match ctx.query.iter().map(|(k, _)| k.as_str()).find(|k| !STANDARD.contains(k) && !accepted.contains(k)) {
        Some(k) => Err(GraphError::invalid_param(format!(
            "Unsupported parameter '{}' on {} {}: the sandbox does not implement it (accepted: {})",
            printable(k),
            ctx.method,
            pattern(route),
            accepted.join(", ")
        ))),
        None => Ok(()),
    }
}

fn printable(s: &str) -> String {
    s.chars().take(60).filter(|c| !c.is_control()).collect()
}

/// The route's path pattern, for messages.
fn pattern(route: Route) -> &'static str {
    match route {
        Route::DebugToken => "/debug_token",
        Route::Business => "/{business-id}",
        Route::OwnedWabas => "/{business-id}/owned_whatsapp_business_accounts",
        Route::ClientWabas => "/{business-id}/client_whatsapp_business_accounts",
        Route::Waba => "/{waba-id}",
        Route::PhoneNumbers => "/{waba-id}/phone_numbers",
        Route::Phone | Route::PhoneUpdate => "/{phone-number-id}",
        Route::Templates | Route::TemplateCreate | Route::TemplateDelete => "/{waba-id}/message_templates",
        Route::Template | Route::TemplateEdit => "/{template-id}",
        Route::UploadStart => "/{app-id}/uploads",
        Route::Profile | Route::ProfileUpdate => "/{phone-number-id}/whatsapp_business_profile",
        Route::Settings | Route::SettingsUpdate => "/{phone-number-id}/settings",
        Route::SubscribedApps | Route::Subscribe | Route::Unsubscribe => "/{waba-id}/subscribed_apps",
        Route::Messages => "/{phone-number-id}/messages",
        Route::MediaUpload => "/{phone-number-id}/media",
        Route::Media | Route::MediaDelete => "/{media-id}",
        Route::PhoneAdd => "/{waba-id}/phone_numbers",
        Route::RequestCode => "/{phone-number-id}/request_code",
        Route::VerifyCode => "/{phone-number-id}/verify_code",
        Route::Register => "/{phone-number-id}/register",
        Route::Deregister => "/{phone-number-id}/deregister",
        Route::Oba | Route::ObaRequest => "/{phone-number-id}/official_business_account",
    }
}

/// Finds the route of `method` on `path` (`[node-id, edge…]`): unknown
/// objects, edges and methods are Graph's errors.
pub(crate) fn resolve(state: &SharedState, method: &Method, path: &[String]) -> Result<(Route, String), GraphError> {
    let method = if method == Method::HEAD { &Method::GET } else { method };
    let Some((id, edge)) = path.split_first() else {
        return Err(GraphError::no_object(method.as_str()));
    };
    if id == "debug_token" && edge.is_empty() && method == Method::GET {
        return Ok((Route::DebugToken, id.clone()));
    }
    let kind = state.read(|w| {
        if w.business.id == *id {
            Some(Kind::Business)
        } else if w.waba(id).is_some() {
            Some(Kind::Waba)
        } else if w.phone_number(id).is_some() {
            Some(Kind::PhoneNumber)
        } else if templates::exists(w, id) {
            Some(Kind::Template)
        } else if w.app_id == *id {
            Some(Kind::App)
        } else {
            None
        }
    });
    let kind = kind.or_else(|| media::exists(state, id).then_some(Kind::Media));
    let unsupported = || GraphError::unsupported_request(method.as_str(), id);
    let kind = kind.ok_or_else(unsupported)?;
    if edge.len() > 1 {
        return Err(GraphError::unknown_path(&edge.join("/")));
    }
    let edge = edge.first().map(String::as_str);
    let route = match (kind, edge, method) {
        (Kind::Business, None, &Method::GET) => Route::Business,
        (Kind::Business, Some("owned_whatsapp_business_accounts"), &Method::GET) => Route::OwnedWabas,
        (Kind::Business, Some("client_whatsapp_business_accounts"), &Method::GET) => Route::ClientWabas,
        (Kind::Waba, None, &Method::GET) => Route::Waba,
        (Kind::Waba, Some("phone_numbers"), &Method::GET) => Route::PhoneNumbers,
        (Kind::Waba, Some("phone_numbers"), &Method::POST) => Route::PhoneAdd,
        (Kind::Waba, Some("message_templates"), &Method::GET) => Route::Templates,
        (Kind::Waba, Some("message_templates"), &Method::POST) => Route::TemplateCreate,
        (Kind::Waba, Some("message_templates"), &Method::DELETE) => Route::TemplateDelete,
        (Kind::Waba, Some("subscribed_apps"), &Method::GET) => Route::SubscribedApps,
        (Kind::Waba, Some("subscribed_apps"), &Method::POST) => Route::Subscribe,
        (Kind::Waba, Some("subscribed_apps"), &Method::DELETE) => Route::Unsubscribe,
        (Kind::PhoneNumber, None, &Method::GET) => Route::Phone,
        (Kind::PhoneNumber, None, &Method::POST) => Route::PhoneUpdate,
        (Kind::PhoneNumber, Some("whatsapp_business_profile"), &Method::GET) => Route::Profile,
        (Kind::PhoneNumber, Some("whatsapp_business_profile"), &Method::POST) => Route::ProfileUpdate,
        (Kind::PhoneNumber, Some("settings"), &Method::GET) => Route::Settings,
        (Kind::PhoneNumber, Some("settings"), &Method::POST) => Route::SettingsUpdate,
        (Kind::PhoneNumber, Some("messages"), &Method::POST) => Route::Messages,
        (Kind::PhoneNumber, Some("request_code"), &Method::POST) => Route::RequestCode,
        (Kind::PhoneNumber, Some("verify_code"), &Method::POST) => Route::VerifyCode,
        (Kind::PhoneNumber, Some("register"), &Method::POST) => Route::Register,
        (Kind::PhoneNumber, Some("deregister"), &Method::POST) => Route::Deregister,
        (Kind::PhoneNumber, Some("official_business_account"), &Method::GET) => Route::Oba,
        (Kind::PhoneNumber, Some("official_business_account"), &Method::POST) => Route::ObaRequest,
        (Kind::Template, None, &Method::GET) => Route::Template,
        (Kind::Template, None, &Method::POST) => Route::TemplateEdit,
        (Kind::App, Some("uploads"), &Method::POST) => Route::UploadStart,
        (Kind::PhoneNumber, Some("media"), &Method::POST) => Route::MediaUpload,
        (Kind::Media, None, &Method::GET) => Route::Media,
        (Kind::Media, None, &Method::DELETE) => Route::MediaDelete,
        (_, None, _) => return Err(unsupported()),
        (_, Some(e), _) if is_known_edge(kind, e) => return Err(unsupported()),
        (_, Some(e), _) => return Err(GraphError::unknown_path(e)),
    };
    Ok((route, id.clone()))
}

/// Edges that exist (for some method) on a node kind.
fn is_known_edge(kind: Kind, edge: &str) -> bool {
    match kind {
        Kind::Business => matches!(edge, "owned_whatsapp_business_accounts" | "client_whatsapp_business_accounts"),
        Kind::Waba => matches!(edge, "phone_numbers" | "message_templates" | "subscribed_apps"),
        Kind::PhoneNumber => matches!(
            edge,
            "whatsapp_business_profile"
                | "settings"
                | "messages"
                | "media"
                | "request_code"
                | "verify_code"
                | "register"
                | "deregister"
                | "official_business_account"
        ),
        Kind::App => edge == "uploads",
        Kind::Template | Kind::Media => false,
    }
}

/// Runs the handler of `route` on node `id`.
pub(crate) fn run(state: &SharedState, ctx: &Ctx, route: Route, id: &str) -> Result<Reply, GraphError> {
    let gone = || GraphError::unsupported_request(ctx.method.as_str(), id);
    if matches!(route, Route::Phone | Route::PhoneNumbers | Route::PhoneUpdate) {
        // Display-name reviews that are due are decided before the number is read or changed.
        lifecycle::review::settle(state)?;
    }
    match route {
        Route::DebugToken => debug_token::get(ctx, state),
        Route::Business => state.read(|w| accounts::get_business(ctx, w)),
        Route::OwnedWabas => state.read(|w| accounts::owned_wabas(ctx, w)),
        Route::ClientWabas => state.read(|w| accounts::client_wabas(ctx, w)),
        Route::Waba => state.read(|w| w.waba(id).ok_or_else(gone).and_then(|waba| accounts::get_waba(ctx, w, waba))),
        Route::PhoneNumbers => state.read(|w| w.waba(id).ok_or_else(gone).and_then(|waba| numbers::list(ctx, w, waba))),
        Route::Phone => state.read(|w| w.phone_number(id).ok_or_else(gone).and_then(|p| numbers::get(ctx, w, p))),
        Route::PhoneUpdate => numbers::update(ctx, state, id),
        Route::Templates => templates::list(ctx, state, id),
        Route::TemplateCreate => templates::create(ctx, state, id),
        Route::TemplateDelete => templates::delete(ctx, state, id),
        Route::Template => templates::get(ctx, state, id),
        Route::TemplateEdit => templates::edit(ctx, state, id),
        Route::UploadStart => upload::start(ctx, state, id),
        Route::Profile => {
            state.read(|w| w.phone_number(id).ok_or_else(gone).and_then(|p| business_profile::get(ctx, p)))
        }
        Route::ProfileUpdate => business_profile::update(ctx, state, id),
        Route::Settings => state.read(|w| w.phone_number(id).ok_or_else(gone).and_then(|p| settings::get(ctx, p))),
        Route::SettingsUpdate => settings::update(ctx, state, id),
        Route::SubscribedApps => state.read(|w| subscribed_apps::list(ctx, w, id)),
        Route::Subscribe => subscribed_apps::subscribe(ctx, state, id),
        Route::Unsubscribe => subscribed_apps::unsubscribe(state, id),
        Route::Messages => super::messages::post(ctx, state, id),
        // The upload needs the raw body: `routes::process` runs it.
        Route::MediaUpload => Err(GraphError::internal("media upload routed without its body")),
        Route::Media => media::get(ctx, state, id),
        Route::MediaDelete => media::delete(ctx, state, id),
        Route::PhoneAdd => lifecycle::add::add(ctx, state, id),
        Route::RequestCode => lifecycle::codes::request(ctx, state, id),
        Route::VerifyCode => lifecycle::codes::verify(ctx, state, id),
        Route::Register => lifecycle::register::register(ctx, state, id),
        Route::Deregister => lifecycle::register::deregister(state, id),
        Route::Oba => lifecycle::oba::get(ctx, state, id),
        Route::ObaRequest => lifecycle::oba::post(ctx, state, id),
    }
}
