//! Concrete sandbox paths to the spec's path templates (`/{Version}/{Phone-Number-ID}/...`).
//!
//! Graph paths are ambiguous by shape (`/{Version}/{id}` is a WABA, a phone number, a template,
//! …), so each id is classified by what it is in the sandbox's world, and each template
//! parameter by the kind of node its name says it is.

use serde_json::Value;
use waba::sandbox::World;

/// What a node id is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Business,
    Waba,
    Phone,
    App,
    Template,
    /// A media object (the sandbox's media ids are 16 digits starting `17`).
    Media,
    /// A node the sandbox does not serve (or an id of no node).
    Other,
}

/// Kinds of the seeded world's ids; any other numeric id is taken for a template (the only
/// nodes the sandbox creates).
pub struct Ids {
    known: Vec<(String, Kind)>,
}

impl Ids {
    pub fn seeded() -> Self {
        let w = World::seed();
        let mut known = vec![(w.business.id.clone(), Kind::Business), (w.app_id.clone(), Kind::App)];
        known.extend(w.wabas.iter().map(|x| (x.id.clone(), Kind::Waba)));
        known.extend(w.phone_numbers.iter().map(|x| (x.id.clone(), Kind::Phone)));
        Self { known }
    }

    pub fn kind(&self, id: &str) -> Kind {
        match self.known.iter().find(|(k, _)| k == id) {
            Some((_, kind)) => *kind,
            None if id.len() == 16 && id.starts_with("17") && id.bytes().all(|b| b.is_ascii_digit()) => Kind::Media,
            None if !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) => Kind::Template,
            None => Kind::Other,
        }
    }
}

/// The node kind a spec path parameter names.
fn param_kind(name: &str) -> Kind {
    match name {
        "Business-ID" => Kind::Business,
        "WABA-ID" | "WhatsApp-Business-Account-ID" => Kind::Waba,
        "Phone-Number-ID" => Kind::Phone,
        "Application-ID" => Kind::App,
        "TEMPLATE_ID" => Kind::Template,
        "Media-ID" => Kind::Media,
        _ => Kind::Other,
    }
}

fn is_version(segment: &str) -> bool {
    segment.strip_prefix('v').and_then(|r| r.split_once('.')).is_some_and(|(a, b)| {
        !a.is_empty() && !b.is_empty() && a.bytes().all(|c| c.is_ascii_digit()) && b.bytes().all(|c| c.is_ascii_digit())
    })
}

/// The spec path template `path` (e.g. `/v23.0/1100000000000001/settings`) falls under, if any.
/// Unversioned paths (served at the default version) match as if versioned.
pub fn template_for(spec_paths: &Value, ids: &Ids, path: &str) -> Option<String> {
    let mut segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    if segments.first().is_some_and(|s| is_version(s)) {
        segments.remove(0);
    }
    let paths = spec_paths.as_object()?;
    paths.keys().find(|template| matches(template, &segments, ids)).cloned()
}

fn matches(template: &str, segments: &[&str], ids: &Ids) -> bool {
    let parts: Vec<&str> = template.split('/').filter(|s| !s.is_empty()).collect();
    let Some((&"{Version}", parts)) = parts.split_first() else { return false };
    parts.len() == segments.len()
        && parts.iter().zip(segments).all(|(part, seg)| {
            match part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
                Some(name) => {
                    let kind = param_kind(name);
                    kind != Kind::Other && kind == ids.kind(seg)
                }
                None => part == seg,
            }
        })
}
