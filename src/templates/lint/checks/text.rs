//! Control characters anywhere in the template's text (Meta refuses them; a JSON `\u0000` escape is easy to miss).

use serde_json::Value;

use super::Ctx;
use crate::templates::locate::escape;

/// Whether Meta refuses `c` in template text: every control character except newline, carriage return and tab
/// (which have rules of their own where they matter).
fn refused(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\r' | '\t')
}

/// One diagnostic per string value holding a refused character, in document order; linear in the payload size
/// (no recursion, and a pointer is only built for a string that is reported).
pub(super) fn control_characters(cx: &mut Ctx<'_>, payload: &Value) {
    // Arena of visited nodes: (parent index, segment); the pointer of a node is rebuilt on demand.
    let mut nodes: Vec<(usize, String)> = vec![(usize::MAX, String::new())];
    let mut stack: Vec<(&Value, usize)> = vec![(payload, 0)];
    while let Some((value, node)) = stack.pop() {
        match value {
            Value::String(s) => {
                if let Some((at, c)) = s.chars().enumerate().find(|(_, c)| refused(*c)) {
                    let pointer = pointer_of(&nodes, node);
                    let count = s.chars().filter(|c| refused(*c)).count();
                    let more = if count > 1 { format!(" (and {} more)", count - 1) } else { String::new() };
                    cx.emit(
                        "control-character",
                        &pointer,
                        format!(
                            "`{pointer}` holds the control character U+{:04X} at character {}{more}; Meta refuses control characters in template text",
                            u32::from(c),
                            at + 1
                        ),
                        "remove it (in JSON look for an escape such as \\u0000; only newlines are allowed, in the body)",
                    );
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate().rev() {
                    nodes.push((node, i.to_string()));
                    stack.push((v, nodes.len() - 1));
                }
            }
            Value::Object(map) => {
                let children: Vec<_> = map.iter().collect();
                for (k, v) in children.into_iter().rev() {
                    if matches!(v, Value::String(_) | Value::Array(_) | Value::Object(_)) {
                        nodes.push((node, escape(k)));
                        stack.push((v, nodes.len() - 1));
                    }
                }
            }
            _ => {}
        }
    }
}

fn pointer_of(nodes: &[(usize, String)], mut node: usize) -> String {
    let mut segs = Vec::new();
    while let Some((parent, seg)) = nodes.get(node) {
        if *parent == usize::MAX {
            break;
        }
        segs.push(seg.as_str());
        node = *parent;
    }
    segs.iter().rev().fold(String::new(), |mut p, s| {
        p.push('/');
        p.push_str(s);
        p
    })
}
