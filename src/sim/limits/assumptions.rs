//! Stable, citable assumptions the engine makes where the rules are silent or disagree (§10).
use serde::Serialize;

/// One assumption: a stable id and a sentence, shown in every result that depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Assumption {
    pub id: &'static str,
    pub text: &'static str,
}

macro_rules! assumptions {
    ($($name:ident = $id:literal : $text:literal;)*) => {
        $(#[doc = $text] pub const $name: Assumption = Assumption { id: $id, text: $text };)*
        /// Every assumption, in id order.
        pub const ALL: &[Assumption] = &[$($name),*];
    };
}

assumptions! {
    REGIME_DATE = "L-REGIME": "The per-portfolio regime starts 2025-10-07 00:00 in the configured time zone (UTC unless set); earlier events use the per-number regime unless a regime is forced.";
    CSW_NEVER_COUNTS = "L-CSW": "Any message sent while the user's 24-hour customer-service window with that phone number is open (templates included) is a reply and counts under neither regime.";
    PN_COUNTS = "L-PN-COUNT": "Per-number: a delivered template outside a CSW to a user without a business-initiated conversation in the last 24 h opens one; further templates inside that conversation neither count again nor extend it; non-template messages outside a CSW are neither counted nor blocked.";
    PP_COUNTS = "L-PP-COUNT": "Per-portfolio: every delivered outgoing message outside a CSW counts its user once per moving 24 h across all numbers of the portfolio; a repeat delivery keeps the user in the window for 24 h from the latest one.";
    UNDELIVERED = "L-UNDELIVERED": "The limit is checked when a send is attempted: a send to a new user while the window is full is reported as blocked whether or not the log says delivered; an undelivered send never takes room or counts toward upgrades.";
    BLOCKED_NOT_COUNTED = "L-BLOCKED": "A send the limit would have blocked is treated as not sent: it takes no room and does not count toward upgrades.";
    PN_UPGRADE = "L-PN-UP": "Per-number: when a new conversation is opened while quality is Medium or High, the number is not Flagged, no upgrade is pending and unique users in the last 7 days reach half the current limit, the next level applies 24 h after that conversation.";
    PN_FIRST_STEP = "L-PN-250": "Per-number at 250: a verified business uses the half-limit rule (125 unique users in 7 days); an unverified one needs 1,000 unique users in a 30-day moving period (2024 wording); either way the 1K limit applies 24 h later.";
    PN_DOWNGRADE = "L-PN-DOWN": "Per-number (sources disagree between Low for 7 days and Flagged for 7 days; this reading treats them alike): quality Low and Flagged are the same state; after 7 consecutive days of Low the limit drops one level at once (never below 250); a pending upgrade is cancelled as soon as quality turns Low; each further 7 days of Low drops another level.";
    PP_FIRST_STEP = "L-PP-250": "Per-portfolio at 250: a verified business is at 2,000 from the start; otherwise 2,000 delivered unique users outside a CSW in 30 days with High quality lift it to 2,000 six hours after the 2,000th (Meta's quality review modelled as the 6-hour delay).";
    PP_UPGRADE = "L-PP-UP": "Per-portfolio from 2,000: when unique users in the last 7 days reach half the current limit with High quality and no upgrade is pending, the next level applies 6 hours later (the upper bound of 'within 6 hours'); the check is repeated when a level takes effect.";
    PP_NO_DOWNGRADE = "L-PP-DOWN": "Per-portfolio: quality never lowers the limit; Medium or Low quality only stops upgrades.";
    MIGRATION = "L-MIGRATE": "At the cutover the portfolio takes the highest limit among the numbers seen so far (1K maps to 2,000, the step that replaced it); pending per-number upgrades are dropped; users counted by any number in the last 24 h / 7 days carry over.";
    QUALITY_DEFAULT = "L-QUALITY": "Logs carry no quality: quality is High unless a quality timeline is configured, and that timeline applies to every number.";
    PAIR_BUCKET = "L-PAIR": "Pair rate per (phone number, user): token bucket of 45 tokens refilling one every 6 s (GCRA); a message finding no token is a violation and does not consume; a burst of n borrows n × 6 s (20 → 120 s ≈ 2 minutes).";
    SIM_FRONT_LOADED = "L-SIM-FRONT": "simulate: each day's sends happen at 00:00 of that day, so upgrades triggered by a day's sends take effect at 00:00 of the next day (per-number) or 06:00 the same day (per-portfolio) and only help later days.";
    SIM_NEW_USERS = "L-SIM-USERS": "simulate: each day's users are distinct from every other day's, none is inside a CSW, and every allowed send is delivered.";
    THROUGHPUT_WEBHOOKS = "L-TP-WEBHOOK": "Webhook capacity = 3 status webhooks (sent, delivered, read) per outgoing message plus one per incoming reply, with outgoing = the throughput level (Meta's example: 1,000 msg/s at 30 % replies needs 3,300 webhooks/s).";
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_unique() {
        let mut ids: Vec<_> = super::ALL.iter().map(|a| a.id).collect();
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(n, ids.len());
    }
}
