//! Lenient typed view of a template payload, for linting.
//!
//! Built from the raw [`Value`] without ever failing: a field of the wrong type is treated as absent and recorded as
//! an [`Issue`] (reported by the linter as `invalid-structure`). Enum-like strings (`type`, `format`, `otp_type`,
//! `category`, `parameter_format`) are compared case-insensitively, as Meta does; `kind`/`format`/`otp_type` are
//! upper-cased here.

use serde_json::{Map, Value};

use crate::templates::locate::escape;

/// A structural problem found while building the view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub pointer: String,
    pub message: String,
}

/// Top-level template fields.
#[derive(Debug)]
pub struct TemplateView<'a> {
    pub raw: &'a Value,
    pub name: Option<&'a str>,
    pub language: Option<&'a str>,
    pub category: Option<&'a str>,
    pub parameter_format: Option<&'a str>,
    pub components: Vec<Component<'a>>,
    pub issues: Vec<Issue>,
}

/// One entry of `components` (or of a carousel card's `components`).
#[derive(Debug)]
pub struct Component<'a> {
    pub pointer: String,
    pub raw: &'a Map<String, Value>,
    /// `type`, upper-cased; empty when missing.
    pub kind: String,
    /// `format`, upper-cased.
    pub format: Option<String>,
    pub text: Option<&'a str>,
    /// Local extension: media file for a HEADER, relative to the template file.
    pub header_file: Option<&'a str>,
    pub example: Option<&'a Map<String, Value>>,
    pub buttons: Vec<Button<'a>>,
    pub cards: Vec<Card<'a>>,
}

/// One entry of a BUTTONS component's `buttons`.
#[derive(Debug)]
pub struct Button<'a> {
    pub pointer: String,
    pub raw: &'a Map<String, Value>,
    /// `type`, upper-cased; empty when missing.
    pub kind: String,
    pub text: Option<&'a str>,
    pub url: Option<&'a str>,
    pub phone_number: Option<&'a str>,
    /// `otp_type`, upper-cased.
    pub otp_type: Option<String>,
    pub example: Option<&'a Value>,
}

/// One carousel card.
#[derive(Debug)]
pub struct Card<'a> {
    pub pointer: String,
    pub components: Vec<Component<'a>>,
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

struct Builder {
    issues: Vec<Issue>,
}

impl Builder {
    fn wrong(&mut self, pointer: String, what: &str, v: &Value) {
        self.issues.push(Issue { pointer, message: format!("must be {what}, found {}", type_name(v)) });
    }

    fn str<'a>(&mut self, map: &'a Map<String, Value>, key: &str, ptr: &str) -> Option<&'a str> {
        match map.get(key)? {
            Value::String(s) => Some(s),
            other => {
                self.wrong(format!("{ptr}/{}", escape(key)), "a string", other);
                None
            }
        }
    }

    fn obj<'a>(&mut self, map: &'a Map<String, Value>, key: &str, ptr: &str) -> Option<&'a Map<String, Value>> {
        match map.get(key)? {
            Value::Object(o) => Some(o),
            other => {
                self.wrong(format!("{ptr}/{}", escape(key)), "an object", other);
                None
            }
        }
    }

    fn arr<'a>(&mut self, map: &'a Map<String, Value>, key: &str, ptr: &str) -> Option<&'a Vec<Value>> {
        match map.get(key)? {
            Value::Array(a) => Some(a),
            other => {
                self.wrong(format!("{ptr}/{}", escape(key)), "an array", other);
                None
            }
        }
    }

    fn components<'a>(&mut self, items: &'a [Value], ptr: &str) -> Vec<Component<'a>> {
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let p = format!("{ptr}/{i}");
            let Value::Object(map) = item else {
                self.wrong(p, "an object (a component)", item);
                continue;
            };
            let kind = match self.str(map, "type", &p) {
                Some(t) => t.to_ascii_uppercase(),
                None => {
                    if !map.contains_key("type") {
                        self.issues.push(Issue { pointer: p.clone(), message: "component has no `type`".into() });
                    }
                    String::new()
                }
            };
            let format = self.str(map, "format", &p).map(|f| f.to_ascii_uppercase());
            let text = self.str(map, "text", &p);
            let header_file = self.str(map, "header_file", &p);
            let example = self.obj(map, "example", &p);
            let mut buttons = Vec::new();
            if let Some(arr) = self.arr(map, "buttons", &p) {
                buttons = self.buttons(arr, &format!("{p}/buttons"));
            }
            let mut cards = Vec::new();
            if let Some(arr) = self.arr(map, "cards", &p) {
                for (ci, card) in arr.iter().enumerate() {
                    let cp = format!("{p}/cards/{ci}");
                    let Value::Object(cm) = card else {
                        self.wrong(cp, "an object (a card)", card);
                        continue;
                    };
                    let comps = match self.arr(cm, "components", &cp) {
                        Some(a) => self.components(a, &format!("{cp}/components")),
                        None => Vec::new(),
                    };
                    cards.push(Card { pointer: cp, components: comps });
                }
            }
            out.push(Component { pointer: p, raw: map, kind, format, text, header_file, example, buttons, cards });
        }
        out
    }

    fn buttons<'a>(&mut self, items: &'a [Value], ptr: &str) -> Vec<Button<'a>> {
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let p = format!("{ptr}/{i}");
            let Value::Object(map) = item else {
                self.wrong(p, "an object (a button)", item);
                continue;
            };
            let kind = match self.str(map, "type", &p) {
                Some(t) => t.to_ascii_uppercase(),
                None => {
                    if !map.contains_key("type") {
                        self.issues.push(Issue { pointer: p.clone(), message: "button has no `type`".into() });
                    }
                    String::new()
                }
            };
            let text = self.str(map, "text", &p);
            let url = self.str(map, "url", &p);
            let phone_number = self.str(map, "phone_number", &p);
            let otp_type = self.str(map, "otp_type", &p).map(|s| s.to_ascii_uppercase());
            let example = map.get("example");
            out.push(Button { pointer: p, raw: map, kind, text, url, phone_number, otp_type, example });
        }
        out
    }
}

impl<'a> TemplateView<'a> {
    /// Builds the view; never fails (see module docs).
    pub fn new(raw: &'a Value) -> Self {
        let mut b = Builder { issues: Vec::new() };
        let mut view = TemplateView {
            raw,
            name: None,
            language: None,
            category: None,
            parameter_format: None,
            components: Vec::new(),
            issues: Vec::new(),
        };
        let Value::Object(map) = raw else {
            b.wrong(String::new(), "an object (Meta's create payload)", raw);
            view.issues = b.issues;
            return view;
        };
        for key in ["name", "language", "category", "components"] {
            if !map.contains_key(key) {
                b.issues.push(Issue { pointer: String::new(), message: format!("required field `{key}` is missing") });
            }
        }
        view.name = b.str(map, "name", "");
        view.language = b.str(map, "language", "");
        view.category = b.str(map, "category", "");
        view.parameter_format = b.str(map, "parameter_format", "");
        if let Some(arr) = b.arr(map, "components", "") {
            view.components = b.components(arr, "/components");
        }
        view.issues = b.issues;
        view
    }

    /// True when `parameter_format` is `named` (any case).
    pub fn is_named(&self) -> bool {
        self.parameter_format.is_some_and(|f| f.eq_ignore_ascii_case("named"))
    }

    /// `category`, upper-cased.
    pub fn category_upper(&self) -> Option<String> {
        self.category.map(|c| c.to_ascii_uppercase())
    }

    /// Top-level components of a given (upper-case) type.
    pub fn components_of<'s>(&'s self, kind: &'s str) -> impl Iterator<Item = &'s Component<'a>> + 's {
        self.components.iter().filter(move |c| c.kind == kind)
    }

    /// The first top-level component of a given type.
    pub fn component(&self, kind: &str) -> Option<&Component<'a>> {
        self.components.iter().find(|c| c.kind == kind)
    }
}
