//! Commerce and Flows of the world: the product catalog connected to a WABA, and the WABA's
//! WhatsApp Flows. Both default to the seed, so that a world stored before they existed
//! gets the demo catalog and flows when it loads.
//!
//! Seeded (documented in `waba send product|product-list|catalog|flow --help`):
//! * catalog `1500000000000001` ("Sandbox Store", connected to WABA `1200000000000001`)
//!   with the products `TSHIRT-BLK-M`, `TSHIRT-WHT-M`, `MUG-CLASSIC`, `CAP-NAVY`, `SOCKS-3PK`;
//! * flows `1600000000000001` `appointment_booking` (PUBLISHED, screens APPOINTMENT,
//!   DETAILS, SUMMARY), `1600000000000002` `feedback_survey` (DRAFT, screen RATE) and
//!   `1600000000000003` `legacy_signup` (BLOCKED).

use serde::{Deserialize, Serialize};

const WABA_ID: &str = "1200000000000001";

/// A product catalog (Commerce Manager) connected to a WABA.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    pub id: String,
    pub name: String,
    /// The WABA it is connected to (Meta allows one catalog per WABA).
    pub waba_id: String,
    pub products: Vec<Product>,
}

/// One item of a catalog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Product {
    /// The SKU ("Content ID" in Commerce Manager), sent as `product_retailer_id`.
    pub retailer_id: String,
    pub name: String,
    /// Price in minor units of `currency`.
    pub price_minor: u64,
    pub currency: String,
}

/// A WhatsApp Flow of a WABA.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Flow {
    pub id: String,
    pub name: String,
    pub waba_id: String,
    /// `DRAFT`, `PUBLISHED`, `DEPRECATED`, `BLOCKED` or `THROTTLED`, as Meta names them.
    pub status: String,
    /// Screen ids of the Flow JSON (the first is the entry screen).
    pub screens: Vec<String>,
}

fn product(retailer_id: &str, name: &str, price_minor: u64) -> Product {
    Product { retailer_id: retailer_id.into(), name: name.into(), price_minor, currency: "USD".into() }
}

/// The seeded catalog.
pub(crate) fn seed_catalogs() -> Vec<Catalog> {
    vec![Catalog {
        id: "1500000000000001".into(),
        name: "Sandbox Store".into(),
        waba_id: WABA_ID.into(),
        products: vec![
            product("TSHIRT-BLK-M", "T-shirt, black, M", 1999),
            product("TSHIRT-WHT-M", "T-shirt, white, M", 1999),
            product("MUG-CLASSIC", "Classic mug", 1250),
            product("CAP-NAVY", "Cap, navy", 1500),
            product("SOCKS-3PK", "Socks, 3 pairs", 999),
        ],
    }]
}

/// The seeded flows.
pub(crate) fn seed_flows() -> Vec<Flow> {
    let flow = |id: &str, name: &str, status: &str, screens: &[&str]| Flow {
        id: id.into(),
        name: name.into(),
        waba_id: WABA_ID.into(),
        status: status.into(),
        screens: screens.iter().map(|s| (*s).to_string()).collect(),
    };
    vec![
        flow("1600000000000001", "appointment_booking", "PUBLISHED", &["APPOINTMENT", "DETAILS", "SUMMARY"]),
        flow("1600000000000002", "feedback_survey", "DRAFT", &["RATE"]),
        flow("1600000000000003", "legacy_signup", "BLOCKED", &["SIGNUP"]),
    ]
}

#[cfg(test)]
mod tests {
    use super::super::World;

    #[test]
    fn a_world_stored_before_commerce_loads_with_the_seeded_catalog_and_flows() {
        let mut old = serde_json::to_value(World::seed()).unwrap();
        let obj = old.as_object_mut().unwrap();
        obj.remove("catalogs");
        obj.remove("flows");
        let world: World = serde_json::from_value(old).unwrap();
        assert_eq!(world, World::seed());
        assert_eq!(world.catalog_of("1200000000000001").map(|c| c.products.len()), Some(5));
        assert!(world.flows.iter().any(|f| f.status == "DRAFT"));
    }
}
