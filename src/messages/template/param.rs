//! One body parameter of a template send: text, a currency amount or a date and time
//! (graph-api.md §7.4: `currency {fallback_value, code, amount_1000}`, `date_time
//! {fallback_value}`; on the Cloud API Meta shows the fallback value as given).

use serde_json::{Value, json};

/// A body parameter's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Param {
    /// `{"type": "text", "text": …}`.
    Text(String),
    /// `{"type": "currency", "currency": {…}}`.
    Currency {
        /// ISO 4217 code: three upper-case letters.
        code: String,
        /// The amount times 1000, computed exactly from its decimal string.
        amount_1000: i64,
        /// What the recipient reads.
        fallback: String,
    },
    /// `{"type": "date_time", "date_time": {"fallback_value": …}}`.
    DateTime(String),
}

impl From<&str> for Param {
    fn from(s: &str) -> Self {
        Self::Text(s.to_string())
    }
}

impl From<String> for Param {
    fn from(s: String) -> Self {
        Self::Text(s)
    }
}

impl Param {
    /// The text the recipient reads (the fallback value of currency and date_time).
    pub fn shown(&self) -> &str {
        match self {
            Self::Text(s) | Self::DateTime(s) => s,
            Self::Currency { fallback, .. } => fallback,
        }
    }

    /// The parameter object; `name` adds `parameter_name` (named templates).
    pub fn json(&self, name: Option<&str>) -> Value {
        let (kind, value) = match self {
            Self::Text(s) => ("text", json!(s)),
            Self::Currency { code, amount_1000, fallback } => {
                ("currency", json!({ "fallback_value": fallback, "code": code, "amount_1000": amount_1000 }))
            }
            Self::DateTime(s) => ("date_time", json!({ "fallback_value": s })),
        };
        let mut p = serde_json::Map::new();
        p.insert("type".into(), json!(kind));
        if let Some(name) = name {
            p.insert("parameter_name".into(), json!(name));
        }
        p.insert(kind.into(), value);
        Value::Object(p)
    }

    /// A currency from `CODE:AMOUNT[:FALLBACK]` (`USD:12.50:$12.50`); without a fallback the
    /// recipient reads `CODE AMOUNT`.
    pub fn currency_spec(spec: &str) -> Result<Self, String> {
        let mut parts = spec.splitn(3, ':');
        let code = parts.next().unwrap_or_default();
        let Some(amount) = parts.next() else {
            return Err("expected CODE:AMOUNT[:FALLBACK], e.g. USD:12.50:$12.50".into());
        };
        Self::currency(code, amount, parts.next())
    }

    /// A currency from its parts, checked: the code is ISO 4217-shaped, the amount a decimal
    /// with at most 3 decimals.
    pub fn currency(code: &str, amount: &str, fallback: Option<&str>) -> Result<Self, String> {
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!("currency code '{code}' is not an ISO 4217 code (three upper-case letters, e.g. USD)"));
        }
        let amount_1000 = amount_1000(amount)?;
        let fallback = match fallback {
            Some(f) if !f.trim().is_empty() => f.to_string(),
            Some(_) => return Err("the fallback value is empty".into()),
            None => format!("{code} {}", amount.trim()),
        };
        Ok(Self::Currency { code: code.to_string(), amount_1000, fallback })
    }

    /// An element of a `--params` file: a scalar (text) or an object with a `type`.
    pub fn from_json(v: &Value) -> Result<Self, String> {
        let Some(o) = v.as_object() else {
            return match v {
                Value::String(s) => Ok(Self::Text(s.clone())),
                Value::Array(_) | Value::Null => Err("a parameter is a value or an object with a \"type\"".into()),
                other => Ok(Self::Text(other.to_string())),
            };
        };
        let field = |k: &str| -> Option<String> {
            o.get(k).and_then(|v| match v {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
        };
        let kind = o.get("type").and_then(Value::as_str).unwrap_or_default();
        match kind {
            "text" => field("text").map(Self::Text).ok_or_else(|| "a text parameter needs \"text\"".into()),
            "currency" => {
                let code = field("code").ok_or("a currency needs \"code\" (e.g. \"USD\")")?;
                let amount = field("amount").ok_or("a currency needs \"amount\" (a decimal string, e.g. \"12.50\")")?;
                Self::currency(&code, &amount, field("fallback_value").as_deref())
            }
            "date_time" => match field("fallback_value") {
                Some(f) if !f.trim().is_empty() => Ok(Self::DateTime(f)),
                _ => Err("a date_time needs \"fallback_value\" (the date as the recipient reads it)".into()),
            },
            other => Err(format!("parameter type '{other}' is not text, currency or date_time")),
        }
    }
}

/// `amount` × 1000, exactly: `"12.505"` → 12505. At most 3 decimals; no sign, no exponent.
pub fn amount_1000(amount: &str) -> Result<i64, String> {
    let s = amount.trim();
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(frac) || (s.contains('.') && frac.is_empty()) {
        return Err(format!("amount '{amount}' is not a decimal number like 12.50"));
    }
    if frac.len() > 3 {
        return Err(format!("amount '{amount}' has {} decimals; amount_1000 allows at most 3", frac.len()));
    }
    let frac_1000 = format!("{frac:0<3}");
    let too_big = || format!("amount '{amount}' is too large");
    let whole: i64 = whole.parse().map_err(|_| too_big())?;
    let frac: i64 = frac_1000.parse().map_err(|_| too_big())?;
    whole.checked_mul(1000).and_then(|w| w.checked_add(frac)).ok_or_else(too_big)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amount_1000_is_exact() {
        assert_eq!(amount_1000("12.505"), Ok(12505));
        assert_eq!(amount_1000("12.50"), Ok(12500));
        assert_eq!(amount_1000("100.99"), Ok(100_990));
        assert_eq!(amount_1000("0.1"), Ok(100));
        assert_eq!(amount_1000("7"), Ok(7000));
        assert_eq!(amount_1000("0.001"), Ok(1));
        // 0.1 + 0.2 style float errors cannot happen: 19.99 is 19990, not 19989.
        assert_eq!(amount_1000("19.99"), Ok(19990));
    }

    #[test]
    fn amount_1000_refuses_what_is_not_a_plain_decimal() {
        for bad in ["12.5051", "", ".5", "5.", "-1", "1e3", "1,50", "12.5.0", "9999999999999999999"] {
            assert!(amount_1000(bad).is_err(), "{bad}");
        }
        assert!(amount_1000("1.2345").unwrap_err().contains("4 decimals"));
    }

    #[test]
    fn currency_specs_and_json() {
        let c = Param::currency_spec("USD:12.50:$12.50").unwrap();
        assert_eq!(
            c.json(None),
            json!({"type": "currency", "currency": {"fallback_value": "$12.50", "code": "USD", "amount_1000": 12500}})
        );
        assert_eq!(Param::currency_spec("EUR:3").unwrap().shown(), "EUR 3");
        // The fallback may itself contain ':'.
        assert_eq!(Param::currency_spec("USD:1:a:b").unwrap().shown(), "a:b");
        assert!(Param::currency_spec("usd:1").is_err());
        assert!(Param::currency_spec("USDX:1").is_err());
        assert!(Param::currency_spec("USD").is_err());
        assert!(Param::currency_spec("USD:1:").is_err());
        let d = Param::from_json(&json!({"type": "date_time", "fallback_value": "May 1"})).unwrap();
        assert_eq!(
            d.json(Some("when")),
            json!({"type": "date_time", "date_time": {"fallback_value": "May 1"}, "parameter_name": "when"})
        );
        let c = Param::from_json(&json!({"type": "currency", "code": "USD", "amount": 12.5})).unwrap();
        assert_eq!(c, Param::Currency { code: "USD".into(), amount_1000: 12500, fallback: "USD 12.5".into() });
        assert_eq!(Param::from_json(&json!(81)).unwrap(), Param::Text("81".into()));
        assert!(Param::from_json(&json!({"type": "date_time"})).is_err());
        assert!(Param::from_json(&json!({"type": "image"})).is_err());
    }
}
