use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

/// A Graph object id. Meta sends ids as strings almost everywhere, and as JSON
/// numbers in a few places (some webhooks and create responses); both are accepted.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Id(pub String);

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Text(String),
            Unsigned(u64),
            Signed(i64),
        }
        Ok(Id(match Raw::deserialize(d)? {
            Raw::Text(s) => s,
            Raw::Unsigned(n) => n.to_string(),
            Raw::Signed(n) => n.to_string(),
        }))
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Id {
    /// The id as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_or_number() {
        let ids: Vec<Id> = serde_json::from_str(r#"["102290129340398", 1689556908129835]"#).unwrap();
        assert_eq!(ids[0].as_str(), "102290129340398");
        assert_eq!(ids[1].as_str(), "1689556908129835");
        assert_eq!(serde_json::to_string(&ids[1]).unwrap(), "\"1689556908129835\"");
        assert!(serde_json::from_str::<Id>("true").is_err());
    }
}
