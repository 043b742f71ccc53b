//! How phone numbers and Graph ids held as integers appear in JSON: as Meta writes them,
//! `"+14155550100"` and `"1100000000000001"` (strings), never bare numbers.

use serde::Serializer;

/// A user's number as `"+E164"`.
pub fn e164<S: Serializer>(user: &u64, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&format_args!("+{user}"))
}

/// An optional Graph id as a string (`null` when absent).
pub fn opt_id<S: Serializer>(id: &Option<u64>, s: S) -> Result<S::Ok, S::Error> {
    match id {
        Some(id) => s.collect_str(id),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use serde::Serialize;

    #[derive(Serialize)]
    struct Row {
        #[serde(serialize_with = "super::e164")]
        user: u64,
        #[serde(serialize_with = "super::opt_id")]
        phone_number_id: Option<u64>,
    }

    #[test]
    fn numbers_and_ids_are_strings() {
        let json = serde_json::to_string(&Row { user: 14155550100, phone_number_id: Some(1100000000000001) }).unwrap();
        assert_eq!(json, r#"{"user":"+14155550100","phone_number_id":"1100000000000001"}"#);
        let json = serde_json::to_string(&Row { user: 1, phone_number_id: None }).unwrap();
        assert_eq!(json, r#"{"user":"+1","phone_number_id":null}"#);
    }
}
