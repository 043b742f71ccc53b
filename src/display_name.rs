//! Offline checks of a phone number's display name against Meta's display-name guidelines.
//!
//! Only the formatting rules can be checked without Meta: policy, branding and the relationship
//! with the business are judged by Meta's reviewers. Meta notes that a business already branded
//! a way (capitals, punctuation) may use that branding; such names get these findings anyway, and
//! the reviewer decides.
//!
//! Sources: Meta, *Display names* (WhatsApp Business Platform, business phone numbers), the
//! formatting guidelines; Graph API `POST /{phone-number-id}` `new_display_name` (2–75
//! characters, graph-api.md §4); platform-rules.md §6.4.

use serde::Serialize;

use crate::templates::lint::{Rule, Severity, is_emoji};

const SOURCE: &str = "Meta: display name guidelines (formatting)";

/// Fewest characters Meta's guidelines accept.
pub const MIN_CHARS: usize = 3;
/// Most characters `new_display_name` accepts.
pub const MAX_CHARS: usize = 75;

/// The display-name rules, in the order they are checked.
#[rustfmt::skip]
pub const RULES: &[Rule] = &[
    Rule { id: "dn-length", severity: Severity::Error, summary: "At least 3 and at most 75 characters", source: "Meta: display name guidelines; Graph API: new_display_name" },
    Rule { id: "dn-spacing", severity: Severity::Error, summary: "No leading, trailing or repeated spaces, no line breaks or tabs", source: SOURCE },
    Rule { id: "dn-all-caps", severity: Severity::Error, summary: "Not in all capitals (acronyms of up to 4 letters are fine)", source: SOURCE },
    Rule { id: "dn-emoji", severity: Severity::Error, summary: "No emoji", source: SOURCE },
    Rule { id: "dn-symbol", severity: Severity::Error, summary: "No trademark or other symbols (™ ® © ℠ and the like)", source: SOURCE },
    Rule { id: "dn-punctuation", severity: Severity::Error, summary: "No extra punctuation (! ? * # @ and the like, or repeated marks)", source: SOURCE },
    Rule { id: "dn-url", severity: Severity::Error, summary: "No URL or web address", source: SOURCE },
    Rule { id: "dn-whatsapp", severity: Severity::Error, summary: "Does not contain WhatsApp's own name", source: "Meta: WhatsApp brand guidelines" },
];

/// One finding about a display name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Rule id from [`RULES`].
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    pub fix: String,
    pub source: &'static str,
}

fn finding(rule: &'static str, message: String, fix: &str) -> Finding {
    let r = RULES.iter().find(|r| r.id == rule).expect("display-name rule is in RULES");
    Finding { rule, severity: r.severity, message, fix: fix.to_string(), source: r.source }
}

/// Punctuation Meta's reviewers treat as extra; `&`, `'`, `-`, `.`, `,`, `/`, `(` and `)` are
/// common in business names and allowed.
const EXTRA_PUNCTUATION: &[char] = &[
    '!', '?', '*', '#', '@', '~', '^', '|', '<', '>', '=', '+', '_', '$', '%', '"', ';', ':', '{', '}', '[', ']', '\\',
    '`',
];
const SYMBOLS: &[char] = &['™', '®', '©', '℠', '°', '§', '¶', '•', '★', '☆', '♥', '✓', '✔', '→', '←'];
const PUNCTUATION: &[char] = &['.', ',', '-', '\'', '&', '/', '(', ')'];
const WEB_SUFFIXES: &[&str] = &[".com", ".net", ".org", ".io", ".co", ".app", ".shop", ".store", ".biz", ".info"];

/// Checks `name` against every rule of [`RULES`]; an empty list means it passes them all.
pub fn lint(name: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let chars = name.chars().count();
    if !(MIN_CHARS..=MAX_CHARS).contains(&chars) {
        out.push(finding(
            "dn-length",
            format!(
                "the name has {chars} character{}; Meta accepts {MIN_CHARS} to {MAX_CHARS}",
                if chars == 1 { "" } else { "s" }
            ),
            if chars < MIN_CHARS {
                "use the business's full name"
            } else {
                "shorten it to the name the business is known by"
            },
        ));
    }
    if name != name.trim() || name.contains("  ") || name.contains(['\n', '\r', '\t']) {
        out.push(finding(
            "dn-spacing",
            "the name has stray spaces, tabs or line breaks".to_string(),
            "use single spaces between words, as the business writes its name",
        ));
    }
    if let Some(word) = shouted_word(name) {
        out.push(finding(
            "dn-all-caps",
            format!("the name is in all capitals (\"{word}\")"),
            "capitalise it as the business brands itself, e.g. \"Acme Shoes\"",
        ));
    }
    if let Some(c) = name.chars().find(|c| is_emoji(*c)) {
        out.push(finding("dn-emoji", format!("the name contains an emoji ({c})"), "remove the emoji"));
    }
    if let Some(c) = name.chars().find(|c| SYMBOLS.contains(c)) {
        out.push(finding("dn-symbol", format!("the name contains the symbol {c}"), "remove the symbol"));
    }
    if let Some(what) = extra_punctuation(name) {
        out.push(finding("dn-punctuation", format!("the name contains {what}"), "remove the extra punctuation"));
    }
    if is_web_address(name) {
        out.push(finding(
            "dn-url",
            "the name looks like a URL or web address".to_string(),
            "use the business's name; put the website in the business profile",
        ));
    }
    if name.to_lowercase().replace([' ', '-', '.'], "").contains("whatsapp") {
        out.push(finding(
            "dn-whatsapp",
            "the name contains \"WhatsApp\"".to_string(),
            "remove WhatsApp's name; it may not be part of a business's name",
        ));
    }
    out
}

/// The first word of five or more letters in capitals, when the name has no lowercase letter.
fn shouted_word(name: &str) -> Option<&str> {
    if name.chars().any(char::is_lowercase) {
        return None;
    }
    name.split(|c: char| !c.is_alphabetic()).find(|w| w.chars().filter(|c| c.is_uppercase()).count() >= 5)
}

fn extra_punctuation(name: &str) -> Option<String> {
    if let Some(c) = name.chars().find(|c| EXTRA_PUNCTUATION.contains(c)) {
        return Some(format!("the punctuation mark {c}"));
    }
    let repeated = name.chars().zip(name.chars().skip(1)).find(|(a, b)| a == b && PUNCTUATION.contains(a));
    repeated.map(|(a, _)| format!("a repeated punctuation mark ({a}{a})"))
}

fn is_web_address(name: &str) -> bool {
    let lower = name.to_lowercase();
    if lower.contains("http://") || lower.contains("https://") || lower.contains("www.") {
        return true;
    }
    lower.split_whitespace().any(|word| {
        WEB_SUFFIXES.iter().any(|s| word.len() > s.len() && (word.ends_with(s) || word.contains(&format!("{s}/"))))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(name: &str) -> Vec<&'static str> {
        lint(name).iter().map(|f| f.rule).collect()
    }

    #[test]
    fn well_formed_names_pass() {
        for name in [
            "Acme Shoes",
            "Lil' Cupcakes",
            "H&M Support",
            "KT Sir",
            "BBC News",
            "Fresh Produce Cold Pressed Juices",
            "Dr. Smith's Clinic (Madrid)",
        ] {
            assert!(lint(name).is_empty(), "{name}: {:?}", lint(name));
        }
    }

    #[test]
    fn each_rule_has_a_failing_name() {
        let cases = [
            ("Ab", "dn-length"),
            (&"a".repeat(76) as &str, "dn-length"),
            (" Acme Shoes", "dn-spacing"),
            ("Acme  Shoes", "dn-spacing"),
            ("ACME SHOES", "dn-all-caps"),
            ("Acme Shoes 👟", "dn-emoji"),
            ("Acme™ Shoes", "dn-symbol"),
            ("Acme Shoes!", "dn-punctuation"),
            ("Acme.. Shoes", "dn-punctuation"),
            ("acmeshoes.com", "dn-url"),
            ("www.acme", "dn-url"),
            ("Acme WhatsApp Shop", "dn-whatsapp"),
        ];
        for (name, rule) in cases {
            assert!(rules(name).contains(&rule), "{name}: {:?}", rules(name));
        }
    }

    #[test]
    fn every_rule_is_reachable_and_has_a_source() {
        for rule in RULES {
            assert!(!rule.source.is_empty() && !rule.summary.is_empty(), "{}", rule.id);
        }
        assert_eq!(RULES.len(), 8);
    }

    #[test]
    fn acronyms_in_capitals_are_fine() {
        assert!(rules("IBM").is_empty());
        assert!(rules("KFC UK").is_empty());
        assert_eq!(rules("IBM CLOUD"), vec!["dn-all-caps"]);
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(rules("Café Zoë").is_empty());
        assert!(!rules(&"é".repeat(75)).contains(&"dn-length"));
    }
}
