//! The `fields` query parameter: Graph's field-expansion syntax and the
//! selection of a node's fields.
//!
//! Grammar accepted (whitespace tolerated between tokens):
//! `list := item (',' item)*`, `item := name ( '.' name '(' args ')' | '{' list '}' )*`.
//! Modifiers such as `.limit(5)` or `.start(1).end(2)` are parsed and ignored;
//! `{…}` selects sub-fields of object values.

use serde_json::{Map, Value};

use super::error::GraphError;

/// One requested field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Field {
    pub name: String,
    /// `Some` when written as `name{a,b}`.
    pub children: Option<Vec<Field>>,
}

/// Parses a `fields` value. Empty items (`a,,b`, trailing comma) are skipped.
pub(crate) fn parse(input: &str) -> Result<Vec<Field>, GraphError> {
    let mut p = Parser { src: input, chars: input.char_indices().collect(), pos: 0 };
    let list = p.list(0)?;
    p.ws();
    match p.peek() {
        None => Ok(list),
        Some(c) => Err(p.error(&format!("Expected end of string instead of \"{c}\"."))),
    }
}

struct Parser<'a> {
    src: &'a str,
    chars: Vec<(usize, char)>,
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).map(|(_, c)| *c)
    }

    fn ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.pos += 1;
        }
    }

    fn error(&self, what: &str) -> GraphError {
        GraphError::syntax(format!("Syntax error \"{what}\" at character {}: {}", self.pos, self.src))
    }

    fn list(&mut self, depth: usize) -> Result<Vec<Field>, GraphError> {
        if depth > 16 {
            return Err(self.error("Fields are nested too deeply."));
        }
        let mut out = Vec::new();
        loop {
            self.ws();
            match self.peek() {
                Some(',') => self.pos += 1,
                Some(c) if is_name_char(c) => {
                    out.push(self.item(depth)?);
                    self.ws();
                    match self.peek() {
                        Some(',') => self.pos += 1,
                        _ => return Ok(out),
                    }
                }
                _ => return Ok(out),
            }
        }
    }

    fn name(&mut self) -> String {
        let mut s = String::new();
        while let Some(c) = self.peek().filter(|c| is_name_char(*c)) {
            s.push(c);
            self.pos += 1;
        }
        s
    }

    fn item(&mut self, depth: usize) -> Result<Field, GraphError> {
        let name = self.name();
        let mut children: Option<Vec<Field>> = None;
        loop {
            self.ws();
            match self.peek() {
                Some('.') => {
                    self.pos += 1;
                    self.ws();
                    if self.name().is_empty() {
                        return Err(self.error("Expected a modifier name."));
                    }
                    self.ws();
                    if self.peek() != Some('(') {
                        return Err(self.error("Expected \"(\"."));
                    }
                    self.skip_parens()?;
                }
                Some('{') => {
                    self.pos += 1;
                    let inner = self.list(depth + 1)?;
                    self.ws();
                    if self.peek() != Some('}') {
                        return Err(self.error("Expected \"}\"."));
                    }
                    self.pos += 1;
                    children.get_or_insert_with(Vec::new).extend(inner);
                }
                _ => return Ok(Field { name, children }),
            }
        }
    }

    /// Skips a balanced `( … )` group, honouring quoted strings.
    fn skip_parens(&mut self) -> Result<(), GraphError> {
        let mut depth = 0usize;
        let mut quote: Option<char> = None;
        while let Some(c) = self.peek() {
            self.pos += 1;
            match (quote, c) {
                (Some(_), '\\') => self.pos += 1,
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '(') => depth += 1,
                (None, ')') => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        Err(self.error("Expected \")\"."))
    }
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Result of looking a field up on a node.
pub(crate) enum Lookup {
    /// The field exists and has this value.
    Value(Value),
    /// The field exists but has no value on this object (Graph omits it).
    Absent,
    /// The node type has no such field.
    Unknown,
    /// Meta documents the field but the sandbox does not emulate it (an
    /// error naming the field, never a silent omission).
    Unserved,
    /// An edge read as a field (`fields=subscribed_apps`): Graph answers
    /// `{"data":[…]}`, and `{…}` sub-fields select inside each item.
    Edge(Vec<Value>),
}

/// A node type's field catalogue.
pub(crate) struct NodeType<'a> {
    /// Graph's node type name, used in error messages.
    pub name: &'static str,
    /// Fields returned when `fields` is absent (`id` is always added last).
    pub defaults: &'static [&'static str],
    pub lookup: &'a dyn Fn(&str) -> Lookup,
}

/// Builds the JSON object for one node: the requested fields in request order
/// (or the defaults), then `id` if it was not requested.
pub(crate) fn select(node: &NodeType<'_>, requested: Option<&[Field]>) -> Result<Map<String, Value>, GraphError> {
    let defaults: Vec<Field>;
    let fields = match requested {
        Some(f) if !f.is_empty() => f,
        _ => {
            defaults = node.defaults.iter().map(|n| Field { name: (*n).to_owned(), children: None }).collect();
            &defaults
        }
    };
    let mut out = Map::new();
    for f in fields {
        if out.contains_key(&f.name) {
            continue;
        }
        match (node.lookup)(&f.name) {
            Lookup::Value(v) => {
                let v = match &f.children {
                    Some(c) => subselect(v, c),
                    None => v,
                };
                out.insert(f.name.clone(), v);
            }
            Lookup::Edge(items) => {
                let items = match &f.children {
                    Some(c) => items.into_iter().map(|i| subselect(i, c)).collect(),
                    None => items,
                };
                out.insert(f.name.clone(), serde_json::json!({ "data": items }));
            }
            Lookup::Absent => {}
            Lookup::Unknown => return Err(GraphError::nonexisting_field(&f.name, node.name)),
            Lookup::Unserved => return Err(unserved(&f.name, node.name)),
        }
    }
    if !out.contains_key("id") {
        if let Lookup::Value(id) = (node.lookup)("id") {
            out.insert("id".into(), id);
        }
    }
    Ok(out)
}

/// A documented field the sandbox does not emulate.
fn unserved(field: &str, node_type: &str) -> GraphError {
    GraphError::invalid_param(format!(
        "The sandbox does not emulate the field ({field}) on node type ({node_type}); Meta serves it, the sandbox cannot"
    ))
}

/// The getter of `name` in a node's field table (see the `catalogue` module).
pub(crate) fn find<F: Copy>(table: &[(&str, F)], name: &str) -> Option<F> {
    table.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// Applies `{a,b}` to an object (or to each object of an array).
pub(crate) fn subselect(v: Value, children: &[Field]) -> Value {
    match v {
        Value::Object(mut m) => {
            let mut out = Map::new();
            for c in children {
                if let Some(val) = m.remove(&c.name) {
                    let val = match &c.children {
                        Some(cc) => subselect(val, cc),
                        None => val,
                    };
                    out.insert(c.name.clone(), val);
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(|i| subselect(i, children)).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn names(v: &[Field]) -> Vec<&str> {
        v.iter().map(|f| f.name.as_str()).collect()
    }

    #[test]
    fn parses_plain_nested_and_modifiers() {
        let f = parse(" id , throughput{ level },health_status{entities{id}} ,x.limit(5),y.start(1).end(\")\"){a},,")
            .unwrap();
        assert_eq!(names(&f), ["id", "throughput", "health_status", "x", "y"]);
        assert_eq!(names(f[1].children.as_ref().unwrap()), ["level"]);
        assert_eq!(names(f[4].children.as_ref().unwrap()), ["a"]);
        assert_eq!(parse("").unwrap(), vec![]);
    }

    #[test]
    fn rejects_garbage_without_panicking() {
        for bad in
            ["id}", "a{b", "a.limit(5", "a.(1)", "a b", "ñ", "a{{{{{{{{{{{{{{{{{{{{b}}}}}}}}}}}}}}}}}}}}", "a.b", "%ff"]
        {
            let e = parse(bad).unwrap_err();
            assert_eq!(e.code, 2500, "{bad}");
        }
    }

    #[test]
    fn selects_in_order_with_id_last_and_subfields() {
        let lookup = |n: &str| match n {
            "id" => Lookup::Value(json!("1")),
            "a" => Lookup::Value(json!({"level": "HIGH", "x": 1})),
            "b" => Lookup::Absent,
            _ => Lookup::Unknown,
        };
        let node = NodeType { name: "T", defaults: &["a"], lookup: &lookup };
        let got = select(&node, Some(&parse("b,a{level}").unwrap())).unwrap();
        assert_eq!(Value::Object(got).to_string(), r#"{"a":{"level":"HIGH"},"id":"1"}"#);
        let got = select(&node, None).unwrap();
        assert_eq!(got.keys().collect::<Vec<_>>(), ["a", "id"]);
        let e = select(&node, Some(&parse("zz").unwrap())).unwrap_err();
        assert_eq!(e.message, "(#100) Tried accessing nonexisting field (zz) on node type (T)");
    }
}
