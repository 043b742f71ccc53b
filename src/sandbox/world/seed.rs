//! The deterministic seed: one verified portfolio, one WABA (subscribed by
//! the sandbox app), four numbers in different states and a test number, five templates, a product
//! catalog and three flows (see `commerce`).

use serde_json::json;

use super::extras::{
    default_app_name, default_location, default_mm_lite_status, default_mm_onboarding_status,
    default_waba_creation_time, default_waba_status,
};
use super::{
    Business, BusinessProfile, PhoneNumber, PhoneSettings, STATE_VERSION, Subscription, TemplateStore, Waba, World,
};

const APP_ID: &str = "1400000000000001";

impl World {
    /// The deterministic seeded world (see the module docs of [`super`]).
    pub fn seed() -> World {
        let business_id = "1300000000000001";
        let waba_id = "1200000000000001";
        let mut world = World {
            version: STATE_VERSION,
            app_id: APP_ID.into(),
            app_name: default_app_name(),
            business: Business {
                id: business_id.into(),
                name: "Sandbox Trading Ltd".into(),
                verification_status: "verified".into(),
                timezone_id: 1,
                created_time: "2023-01-10T08:00:00+0000".into(),
                messaging_limit: "TIER_10K".into(),
            },
            wabas: vec![Waba {
                id: waba_id.into(),
                name: "Sandbox Trading".into(),
                timezone_id: "1".into(),
                currency: "USD".into(),
                message_template_namespace: "5c4e0d1a_7b3f_4e2a_9d6c_8f1b2a3c4d5e".into(),
                account_review_status: "APPROVED".into(),
                business_verification_status: "VERIFIED".into(),
                country: "US".into(),
                ownership_type: "SELF_OWNED".into(),
                is_enabled_for_insights: false,
                owner_business_id: business_id.into(),
                status: default_waba_status(),
                marketing_messages_lite_api_status: default_mm_lite_status(),
                marketing_messages_onboarding_status: default_mm_onboarding_status(),
                disable_marketing_messages_on_cloud_api: false,
                primary_business_location: default_location(),
                creation_time: default_waba_creation_time(),
                template_auto_archival_enabled: true,
            }],
            phone_numbers: vec![
                number(Seed {
                    id: "1100000000000001",
                    display: "+1 555-010-0001",
                    name: "Sandbox Support",
                    quality: "GREEN",
                    status: "CONNECTED",
                    name_status: "APPROVED",
                    code: "VERIFIED",
                    tier: "TIER_10K",
                    throughput: "HIGH",
                    platform: "CLOUD_API",
                    official: true,
                    onboarded: "2025-03-14T09:30:00+0000",
                    pin: true,
                    country: ("US", "1"),
                    visibility: "VISIBLE",
                    created: "2024-02-01T10:00:00+0000",
                }),
                number(Seed {
                    id: "1100000000000002",
                    display: "+44 7700 900002",
                    name: "Sandbox UK",
                    quality: "YELLOW",
                    status: "CONNECTED",
                    name_status: "AVAILABLE_WITHOUT_REVIEW",
                    code: "VERIFIED",
                    tier: "TIER_1K",
                    throughput: "STANDARD",
                    platform: "CLOUD_API",
                    official: false,
                    onboarded: "2024-11-05T14:12:00+0000",
                    pin: true,
                    country: ("GB", "44"),
                    visibility: "VISIBLE",
                    created: "2024-10-20T09:00:00+0000",
                }),
                number(Seed {
                    id: "1100000000000003",
                    display: "+91 98765 00003",
                    name: "Sandbox India",
                    quality: "RED",
                    status: "FLAGGED",
                    name_status: "DECLINED",
                    code: "VERIFIED",
                    tier: "TIER_250",
                    throughput: "STANDARD",
                    platform: "CLOUD_API",
                    official: false,
                    onboarded: "2024-08-21T06:45:00+0000",
                    pin: false,
                    country: ("IN", "91"),
                    visibility: "HIDDEN",
                    created: "2024-08-01T12:00:00+0000",
                }),
                number(Seed {
                    id: "1100000000000004",
                    display: "+55 11 90000-0004",
                    name: "Sandbox Brasil",
                    quality: "UNKNOWN",
                    status: "PENDING",
                    name_status: "PENDING_REVIEW",
                    code: "NOT_VERIFIED",
                    tier: "TIER_250",
                    throughput: "NOT_APPLICABLE",
                    platform: "NOT_APPLICABLE",
                    official: false,
                    onboarded: "2024-05-02T11:00:00+0000",
                    pin: false,
                    country: ("BR", "55"),
                    visibility: "HIDDEN",
                    created: "2024-04-28T16:30:00+0000",
                }),
                test_number(),
            ],
            templates: TemplateStore::seed(waba_id),
            subscriptions: vec![Subscription {
                waba_id: waba_id.into(),
                app_id: APP_ID.into(),
                override_callback_uri: None,
                verify_token: None,
            }],
            catalogs: super::commerce::seed_catalogs(),
            flows: super::commerce::seed_flows(),
        };
        seed_profiles(&mut world);
        world
    }
}

/// Business profiles and conversational components of the seeded numbers
/// (the pending Brazilian number has none yet).
fn seed_profiles(world: &mut World) {
    let profiles = [
        (
            "Answers within the hour, 8am-8pm ET.",
            "1 Market Street, San Francisco, CA 94105",
            "RETAIL",
            "support@sandbox-trading.example",
        ),
        (
            "Sandbox Trading UK: orders and returns.",
            "10 Downing Road, London SW1A 2AA",
            "RETAIL",
            "uk@sandbox-trading.example",
        ),
        ("Sandbox Trading India.", "MG Road, Bengaluru 560001", "PROF_SERVICES", "in@sandbox-trading.example"),
    ];
    for (p, (about, address, vertical, email)) in world.phone_numbers.iter_mut().zip(profiles) {
        p.business_profile = BusinessProfile {
            about: Some(about.into()),
            address: Some(address.into()),
            description: Some("Sandbox Trading sells imaginary goods to imaginary customers.".into()),
            email: Some(email.into()),
            websites: vec!["https://sandbox-trading.example/".into()],
            vertical: Some(vertical.into()),
            ..BusinessProfile::default()
        };
    }
    if let Some(p) = world.phone_numbers.first_mut() {
        p.conversational_automation = Some(json!({
            "enable_welcome_message": true,
            "prompts": ["Where is my order?", "Talk to a person"],
            "commands": [{"command_name": "status", "command_description": "Check an order's status"}]
        }));
    }
}

/// Meta's free test number of a developer app: `account_mode` `SANDBOX`, sends
/// only to the recipients on its allow-list (131030 otherwise). Seeded with one
/// magic recipient that is delivered and read.
fn test_number() -> PhoneNumber {
    let mut p = number(Seed {
        id: "1100000000000005",
        display: "+1 555-010-0005",
        name: "Test Number",
        quality: "GREEN",
        status: "CONNECTED",
        name_status: "APPROVED",
        code: "VERIFIED",
        tier: "TIER_250",
        throughput: "STANDARD",
        platform: "CLOUD_API",
        official: false,
        onboarded: "2024-01-15T08:00:00+0000",
        pin: false,
        country: ("US", "1"),
        visibility: "HIDDEN",
        created: "2024-01-10T08:00:00+0000",
    });
    p.account_mode = "SANDBOX".into();
    p.allowed_recipients = vec!["12025550100".into()];
    p
}

struct Seed {
    id: &'static str,
    display: &'static str,
    name: &'static str,
    quality: &'static str,
    status: &'static str,
    name_status: &'static str,
    code: &'static str,
    tier: &'static str,
    throughput: &'static str,
    platform: &'static str,
    official: bool,
    onboarded: &'static str,
    pin: bool,
    country: (&'static str, &'static str),
    visibility: &'static str,
    /// When the number was added to the WABA.
    created: &'static str,
}

fn number(s: Seed) -> PhoneNumber {
    PhoneNumber {
        id: s.id.into(),
        waba_id: "1200000000000001".into(),
        display_phone_number: s.display.into(),
        verified_name: s.name.into(),
        quality_rating: s.quality.into(),
        status: s.status.into(),
        name_status: s.name_status.into(),
        new_display_name: None,
        new_name_status: None,
        code_verification_status: s.code.into(),
        messaging_limit_tier: s.tier.into(),
        throughput_level: s.throughput.into(),
        account_mode: "LIVE".into(),
        platform_type: s.platform.into(),
        is_official_business_account: s.official,
        last_onboarded_time: s.onboarded.into(),
        is_pin_enabled: s.pin,
        country_code: s.country.0.into(),
        country_dial_code: s.country.1.into(),
        search_visibility: s.visibility.into(),
        creation_time: Some(s.created.into()),
        conversational_automation: None,
        webhook_override_uri: None,
        business_profile: BusinessProfile::default(),
        settings: PhoneSettings::new(),
        allowed_recipients: Vec::new(),
        lifecycle: Default::default(),
    }
}
