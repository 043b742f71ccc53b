//! Offline simulators for the WhatsApp Business Platform: event logs, the customer-service window,
//! the calling-code → market map, and the pricing and messaging-limit engines. Pure library code: no I/O beyond a given
//! `std::io::Read`, no clock, no printing.

pub mod events;
pub mod fasthash;
pub mod ids;
pub mod limits;
pub mod market;
pub mod money;
pub mod pricing;
pub mod window;
