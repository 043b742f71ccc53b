//! Typed models of Graph API objects, tolerant of Meta's drift: unknown fields are
//! ignored, unknown enum values are kept as strings, ids may be strings or numbers.

mod account;
mod id;
mod lenient;
mod open_enum;
mod phone;
mod template;
mod token;

pub use crate::business_profile::BusinessProfile;
pub use account::{Business, Waba};
pub use id::Id;
pub use phone::{
    HealthEntity, HealthStatus, MessagingLimit, PhoneNumber, PhoneStatus, QualityRating, Throughput, ThroughputLevel,
};
pub use template::{CreatedTemplate, MessageTemplate, QualityScore, TemplateCategory, TemplateStatus};
pub use token::{DebugToken, Expiry, GranularScope, TokenError, TokenInfo, TokenType};
