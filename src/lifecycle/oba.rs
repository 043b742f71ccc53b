//! Official Business Account (the badge): who may apply, and what the request carries.
//!
//! Criteria (platform-rules.md §9.2, Meta's OBA page): the owning portfolio is verified, two-step
//! verification is on, the display name is approved, the number is registered (`CONNECTED`), and
//! the request gives supporting links (news articles about the brand; up to 5). Meta also asks
//! for 30 days on the platform and judges notability itself; waba reports the first as advice,
//! it cannot check the second. A declined request may be resubmitted only after 30 days, which
//! is why `waba verify oba request` refuses to submit while a criterion fails.
//!
//! The request's fields are those of Meta's OBA guide (`business_website_url`,
//! `primary_country_of_operation`, `primary_language`, `parent_business_or_brand`,
//! `additional_supporting_information`, `supporting_links`). The v23.0 spec describes a
//! different body (`action` with `application_data`); the sandbox accepts both.

use serde::{Deserialize, Serialize};

/// Most supporting links a request may carry.
pub const MAX_LINKS: usize = 5;
/// Days on the platform Meta asks for before a request.
pub const MIN_DAYS_ON_PLATFORM: i64 = 30;

/// What the criteria are judged on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    /// The portfolio's `verification_status` (`verified`, `pending`, …).
    pub business_verification: String,
    pub is_pin_enabled: bool,
    pub name_status: String,
    pub status: String,
    /// Days since the number was (last) onboarded, when known.
    pub days_on_platform: Option<i64>,
    /// Supporting links given with the request (or to `check`).
    pub links: usize,
}

/// One criterion and whether it is met.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Criterion {
    /// Stable id: `business-verified`, `two-step`, `display-name`, `connected`, `links`, `30-days`.
    pub criterion: &'static str,
    pub met: bool,
    /// Whether a request is refused (waba) or declined (sandbox) when it is not met.
    pub required: bool,
    /// What was found.
    pub detail: String,
    /// What to do when it is not met (empty when met).
    pub fix: String,
}

/// The criteria, in the order `waba verify oba check` shows them.
pub fn criteria(f: &Facts) -> Vec<Criterion> {
    let verified = super::allowance::is_verified(&f.business_verification);
    let connected = f.status.eq_ignore_ascii_case("CONNECTED");
    let name = f.name_status.eq_ignore_ascii_case("APPROVED");
    let days_met = f.days_on_platform.is_some_and(|d| d >= MIN_DAYS_ON_PLATFORM);
    let row = |criterion, met: bool, required, detail: String, fix: &str| Criterion {
        criterion,
        met,
        required,
        detail,
        fix: if met { String::new() } else { fix.to_owned() },
    };
    vec![
        row(
            "business-verified",
            verified,
            true,
            format!("business verification: {}", f.business_verification),
            "complete business verification in Meta Business Suite (Security Centre)",
        ),
        row(
            "two-step",
            f.is_pin_enabled,
            true,
            format!("two-step verification: {}", if f.is_pin_enabled { "on" } else { "off" }),
            "set a PIN: waba verify pin set --pin-stdin",
        ),
        row(
            "display-name",
            name,
            true,
            format!("display name review: {}", f.name_status),
            "get the display name approved: waba numbers display-name set NAME",
        ),
        row(
            "connected",
            connected,
            true,
            format!("number status: {}", f.status),
            "register the number: waba numbers register --pin-stdin",
        ),
        row(
            "links",
            f.links > 0,
            true,
            format!("supporting links: {}", f.links),
            "give up to 5 links to news articles about the brand (--link URL)",
        ),
        row(
            "30-days",
            days_met,
            false,
            match f.days_on_platform {
                Some(d) => format!("on the platform for {d} days"),
                None => "time on the platform: unknown".to_owned(),
            },
            "Meta asks for 30 days on the platform; a request before then is likely to be declined",
        ),
    ]
}

/// Whether every required criterion is met.
pub fn eligible(criteria: &[Criterion]) -> bool {
    criteria.iter().all(|c| c.met || !c.required)
}

/// The fields of an OBA request (Meta's guide).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    pub business_website_url: String,
    pub primary_country_of_operation: String,
    pub primary_language: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_business_or_brand: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_supporting_information: Option<String>,
    #[serde(default)]
    pub supporting_links: Vec<String>,
}

/// Problems with a request: `(field, what is wrong)`, empty when it may be sent.
pub fn check_request(r: &Request) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if !is_web_url(&r.business_website_url) {
        out.push(("business_website_url", "must be the business's http(s) website URL".to_owned()));
    }
    if r.primary_country_of_operation.trim().is_empty() {
        out.push(("primary_country_of_operation", "is required (the country the business mainly operates in)".into()));
    }
    if r.primary_language.trim().is_empty() {
        out.push(("primary_language", "is required (the language the business mainly uses)".into()));
    }
    if r.supporting_links.is_empty() || r.supporting_links.len() > MAX_LINKS {
        out.push((
            "supporting_links",
            format!("must hold 1 to {MAX_LINKS} links, it holds {}", r.supporting_links.len()),
        ));
    }
    for link in &r.supporting_links {
        if !is_web_url(link) {
            out.push(("supporting_links", format!("'{link}' is not an http(s) URL")));
        }
    }
    out
}

/// An absolute `http`/`https` URL with a host.
pub fn is_web_url(s: &str) -> bool {
    url::Url::parse(s.trim())
        .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some_and(|h| !h.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> Facts {
        Facts {
            business_verification: "verified".into(),
            is_pin_enabled: true,
            name_status: "APPROVED".into(),
            status: "CONNECTED".into(),
            days_on_platform: Some(3),
            links: 1,
        }
    }

    #[test]
    fn eligible_when_every_required_criterion_is_met_the_30_days_advise_only() {
        let c = criteria(&facts());
        assert!(eligible(&c));
        let days = c.iter().find(|c| c.criterion == "30-days").unwrap();
        assert!(!days.met && !days.required);
        let mut f = facts();
        f.is_pin_enabled = false;
        f.business_verification = "pending".into();
        let c = criteria(&f);
        assert!(!eligible(&c));
        let unmet: Vec<_> = c.iter().filter(|c| !c.met && c.required).map(|c| c.criterion).collect();
        assert_eq!(unmet, ["business-verified", "two-step"]);
        assert!(c[1].fix.contains("pin set"));
    }

    #[test]
    fn requests_need_a_website_country_language_and_1_to_5_links() {
        let mut r = Request {
            business_website_url: "https://acme.example".into(),
            primary_country_of_operation: "United States".into(),
            primary_language: "English".into(),
            supporting_links: vec!["https://news.example/acme".into()],
            ..Request::default()
        };
        assert!(check_request(&r).is_empty());
        r.supporting_links = vec!["ftp://x".into(); 6];
        r.business_website_url = "acme.example".into();
        let fields: Vec<_> = check_request(&r).into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields[0], "business_website_url");
        assert!(fields.contains(&"supporting_links"));
    }
}
