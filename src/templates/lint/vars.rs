//! Scanning `{{…}}` template variables in text.

/// What a `{{…}}` placeholder holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VarKind {
    /// `{{1}}`, `{{2}}`, … (digits only).
    Positional(u32),
    /// `{{first_name}}`: lowercase letters and underscores (§8.2).
    Named,
    /// Letters/digits/underscores but not a valid named parameter (`{{First}}`, `{{name1}}`).
    BadNamed,
    /// Anything else: empty, spaces, `#`, `$`, `%`, nested braces … (§8.2 "special characters").
    Malformed,
}

/// One placeholder; `start..end` are byte offsets of the whole `{{…}}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Var<'a> {
    pub start: usize,
    pub end: usize,
    pub inner: &'a str,
    pub kind: VarKind,
}

/// Placeholders in `text`, plus messages for unmatched braces.
#[derive(Debug, Default)]
pub struct Scan<'a> {
    pub vars: Vec<Var<'a>>,
    pub brace_errors: Vec<String>,
}

impl Scan<'_> {
    /// Distinct placeholder names in order of first appearance.
    pub fn distinct(&self) -> Vec<&str> {
        let mut seen = std::collections::HashSet::new();
        self.vars.iter().map(|v| v.inner).filter(|v| seen.insert(*v)).collect()
    }
}

fn classify(inner: &str) -> VarKind {
    if !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit()) {
        return match inner.parse::<u32>() {
            Ok(n) => VarKind::Positional(n),
            Err(_) => VarKind::Malformed,
        };
    }
    if !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
        return VarKind::Named;
    }
    if !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return VarKind::BadNamed;
    }
    VarKind::Malformed
}

/// The first `pat` at or after a byte offset; searches only move forward, so a whole scan stays linear.
struct NextOf<'t> {
    text: &'t str,
    pat: &'static str,
    /// The last answer and the offset it was searched from.
    last: Option<(usize, Option<usize>)>,
}

impl<'t> NextOf<'t> {
    fn new(text: &'t str, pat: &'static str) -> Self {
        NextOf { text, pat, last: None }
    }

    fn from(&mut self, from: usize) -> Option<usize> {
        if let Some((searched, found)) = self.last
            && searched <= from
            && found.is_none_or(|f| f >= from)
        {
            return found;
        }
        let found = self.text.get(from..).and_then(|t| t.find(self.pat)).map(|f| f + from);
        self.last = Some((from, found));
        found
    }
}

/// 1-based character positions of nondecreasing byte offsets, counted incrementally.
struct CharPos<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl CharPos<'_> {
    fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text.get(self.byte..byte).map_or(0, |s| s.chars().count());
        self.byte = byte;
        self.chars + 1
    }
}

/// Finds every `{{…}}` in `text`, in time linear in its length.
pub fn scan(text: &str) -> Scan<'_> {
    let mut out = Scan::default();
    let mut closes = NextOf::new(text, "}}");
    let mut opens = NextOf::new(text, "{{");
    let mut pos = CharPos { text, byte: 0, chars: 0 };
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        if rest.starts_with("{{") {
            let close = closes.from(i + 2);
            let reopen = opens.from(i + 2);
            match close {
                Some(c) if reopen.is_none_or(|o| o > c) => {
                    let inner = &text[i + 2..c];
                    let mut end = c + 2;
                    // `{{1}}}`: swallow the stray brace into the placeholder so it is reported as malformed.
                    let mut inner_full = inner;
                    if text[end..].starts_with('}') && !inner.contains('{') {
                        end += 1;
                        inner_full = &text[i + 2..end - 2];
                    }
                    out.vars.push(Var { start: i, end, inner: inner_full, kind: classify(inner_full) });
                    i = end;
                }
                _ => {
                    out.brace_errors.push(format!("`{{{{` at character {} has no matching `}}}}`", pos.at(i)));
                    i += 2;
                }
            }
        } else if rest.starts_with("}}") {
            out.brace_errors.push(format!("`}}}}` at character {} has no matching `{{{{`", pos.at(i)));
            i += 2;
        } else if let Some(m) = single_brace_var(rest) {
            out.brace_errors.push(format!("`{m}` at character {} needs double braces", pos.at(i)));
            i += m.len();
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}

/// `{1}` / `{1}}` / `{name}` written with single braces (looks at most 42 bytes ahead).
fn single_brace_var(rest: &str) -> Option<&str> {
    let body = rest.strip_prefix('{')?;
    let end = body.bytes().take(41).position(|b| b == b'}')?;
    let inner = &body[..end];
    if !inner.is_empty() && inner.len() <= 40 && inner.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        let mut len = 1 + end + 1;
        if rest[len..].starts_with('}') {
            len += 1;
        }
        Some(&rest[..len])
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans() {
        let s = scan("Hi {{1}}, code {{2}} {{first_name}} {{ x }} {{#3}}");
        let kinds: Vec<_> = s.vars.iter().map(|v| v.kind.clone()).collect();
        assert_eq!(
            kinds,
            vec![
                VarKind::Positional(1),
                VarKind::Positional(2),
                VarKind::Named,
                VarKind::Malformed,
                VarKind::Malformed
            ]
        );
        assert!(s.brace_errors.is_empty());
        assert_eq!(scan("a {{1} b").brace_errors.len(), 1);
        assert_eq!(scan("a {1} b").brace_errors.len(), 1);
        assert_eq!(scan("a 1}} b").brace_errors.len(), 1);
        assert_eq!(scan("a {{1}}} b").vars[0].kind, VarKind::Malformed);
        assert_eq!(scan("{{First}}").vars[0].kind, VarKind::BadNamed);
        assert!(scan("émoji 😀 {").vars.is_empty());
    }
}
