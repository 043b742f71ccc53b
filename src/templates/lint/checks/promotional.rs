//! `promotional-utility`: marketing wording in UTILITY templates.

use super::Ctx;
use crate::templates::view::TemplateView;

/// Words and phrases that make Meta classify content as marketing (§8.6: awareness, sales, offers, promotions).
/// Matched case-insensitively on word boundaries. A heuristic: the rule is a warning.
pub const PROMOTIONAL_WORDS: &[&str] = &[
    "sale",
    "discount",
    "discounts",
    "% off",
    "off your next",
    "promo",
    "promotion",
    "coupon",
    "deal",
    "deals",
    "buy now",
    "shop now",
    "limited time",
    "free gift",
    "exclusive offer",
    "special offer",
    "best price",
    "cashback",
    "clearance",
    "new arrivals",
    "don't miss",
    "hurry",
    "upgrade now",
    "subscribe now",
];

pub(super) fn promotional(cx: &mut Ctx<'_>, v: &TemplateView<'_>) {
    let mut texts: Vec<(String, &str)> = Vec::new();
    for c in &v.components {
        if let Some(t) = c.text {
            texts.push((format!("{}/text", c.pointer), t));
        }
        for b in &c.buttons {
            if let Some(t) = b.text {
                texts.push((format!("{}/text", b.pointer), t));
            }
        }
    }
    for (ptr, text) in texts {
        let lower = text.to_lowercase();
        let hits: Vec<&str> = PROMOTIONAL_WORDS.iter().copied().filter(|w| contains_word(&lower, w)).collect();
        if !hits.is_empty() {
            cx.emit(
                "promotional-utility",
                &ptr,
                format!(
                    "UTILITY template uses promotional wording ({}); Meta will likely approve it as MARKETING",
                    hits.join(", ")
                ),
                "remove the promotional content or set category = \"MARKETING\"",
            );
        }
    }
}

/// `needle` occurs in `hay` with no letter or digit directly before or after it.
fn contains_word(hay: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle) {
        let start = from + i;
        let end = start + needle.len();
        let before = hay[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = hay[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        let needle_starts_alnum = needle.chars().next().is_some_and(char::is_alphanumeric);
        if (before || !needle_starts_alnum) && after {
            return true;
        }
        from = start + needle.chars().next().map_or(1, char::len_utf8);
    }
    false
}
