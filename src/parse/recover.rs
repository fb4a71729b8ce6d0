//! Stage 2, parse: a light scanner over the raw text used around pest:
//! skipping blanks between items, the nesting guard run before pest, and
//! resynchronisation after a syntax error.

/// Skips blanks and comments from `pos`.
pub fn skip_trivia(text: &str, mut pos: usize) -> usize {
    let b = text.as_bytes();
    while pos < b.len() {
        match b[pos] {
            b' ' | b'\t' | b'\r' | b'\n' | 0x0b | 0x0c => pos += 1,
            // A UTF-8 byte order mark.
            0xef if text[pos..].starts_with('\u{feff}') => pos += 3,
            b'\\' if b.get(pos + 1) == Some(&b'\n') => pos += 2,
            b'\\' if b.get(pos + 1) == Some(&b'\r') && b.get(pos + 2) == Some(&b'\n') => pos += 3,
            b'/' if b.get(pos + 1) == Some(&b'*') => {
                pos = match text[pos + 2..].find("*/") {
                    Some(i) => pos + 2 + i + 2,
                    None => b.len(),
                }
            }
            b'/' if b.get(pos + 1) == Some(&b'/') => {
                pos = match text[pos..].find('\n') {
                    Some(i) => pos + i,
                    None => b.len(),
                }
            }
            _ => break,
        }
    }
    pos
}

/// Where an item that starts at `pos` probably ends, and whether it nests
/// brackets deeper than allowed.
pub struct Extent {
    pub end: usize,
    /// The scan reached the end of the text inside an unclosed `{`.
    pub open_at_end: bool,
    /// Offset of the first bracket over the nesting limit.
    pub too_deep: Option<usize>,
}

/// Scans from `pos` to the resynchronisation point: after a `;` or a `}`
/// at brace depth 0, or before a line starting with `%` or `#` (at brace
/// depth 0). Strings, character literals, comments and `%{ %}` blocks are
/// skipped. Also checks the bracket nesting on the way.
pub fn item_extent(text: &str, pos: usize, limit: usize) -> Extent {
    scan(text, pos, text.len(), limit, true)
}

/// The resynchronisation point after a syntax error at `error` in the
/// item at `pos`: the end of the item as braces delimit it, or, when a
/// `{` is never closed, the next `;` or directive line after the error.
pub fn resync(text: &str, pos: usize, error: usize) -> usize {
    let whole = scan(text, pos, text.len(), usize::MAX, true);
    if whole.open_at_end && error > pos {
        return scan(text, error, text.len(), usize::MAX, true).end;
    }
    whole.end
}

/// The first `%{`, `{` or `(` in `text[pos..]` that is never closed.
pub fn unclosed(text: &str, pos: usize) -> Option<(usize, &'static str)> {
    let b = text.as_bytes();
    let mut stack: Vec<(usize, u8)> = Vec::new();
    let mut i = pos;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'*') => {
                match text[i + 2..].find("*/") {
                    Some(k) => i += 2 + k + 2,
                    None => return Some((i, "comment")),
                }
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map(|k| i + k).unwrap_or(b.len());
                continue;
            }
            b'%' if b.get(i + 1) == Some(&b'{') => {
                match text[i + 2..].find("%}") {
                    Some(k) => i += 2 + k + 2,
                    None => return Some((i, "%{")),
                }
                continue;
            }
            b'"' | b'\'' => {
                i = skip_quoted(b, i, b.len());
                continue;
            }
            c @ (b'{' | b'(' | b'[') => stack.push((i, c)),
            b'}' | b')' | b']' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    stack.first().map(|&(at, c)| {
        let kind = match c {
            b'{' => "{",
            b'(' => "(",
            _ => "[",
        };
        (at, kind)
    })
}

/// The first bracket in `text[start..end]` nested deeper than `limit`.
pub fn too_deep(text: &str, start: usize, end: usize, limit: usize) -> Option<usize> {
    scan(text, start, end, limit, false).too_deep
}

fn scan(text: &str, pos: usize, end: usize, limit: usize, stop: bool) -> Extent {
    let b = text.as_bytes();
    let end = end.min(b.len());
    let mut i = pos;
    let mut braces = 0usize;
    let mut parens = 0usize;
    let mut depth = 0usize;
    let mut line_start = false;
    while i < end {
        let c = b[i];
        if stop && line_start && braces == 0 && i > pos && (c == b'%' || c == b'#') {
            return Extent {
                end: i,
                open_at_end: false,
                too_deep: None,
            };
        }
        if c == b'\n' {
            line_start = true;
            i += 1;
            continue;
        }
        if c != b' ' && c != b'\t' && c != b'\r' {
            line_start = false;
        }
        match c {
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = match text[i + 2..].find("*/") {
                    Some(k) => i + 2 + k + 2,
                    None => end,
                };
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = match text[i..].find('\n') {
                    Some(k) => i + k,
                    None => end,
                };
                continue;
            }
            b'%' if b.get(i + 1) == Some(&b'{') => {
                i = match text[i + 2..].find("%}") {
                    Some(k) => i + 2 + k + 2,
                    None => end,
                };
                continue;
            }
            b'"' | b'\'' => {
                i = skip_quoted(b, i, end);
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if c == b'(' {
                    parens += 1;
                }
                if c == b'{' {
                    braces += 1;
                }
                if depth > limit {
                    return Extent {
                        end: scan(text, i, end, usize::MAX, true).end,
                        open_at_end: false,
                        too_deep: Some(i),
                    };
                }
            }
            b')' | b']' => {
                depth = depth.saturating_sub(1);
                if c == b')' {
                    parens = parens.saturating_sub(1);
                }
            }
            b'}' => {
                depth = depth.saturating_sub(1);
                braces = braces.saturating_sub(1);
                if stop && braces == 0 && parens == 0 {
                    return Extent {
                        end: i + 1,
                        open_at_end: false,
                        too_deep: None,
                    };
                }
            }
            b';' if stop && braces == 0 => {
                return Extent {
                    end: i + 1,
                    open_at_end: false,
                    too_deep: None,
                };
            }
            _ => {}
        }
        i += 1;
    }
    Extent {
        end,
        open_at_end: braces > 0,
        too_deep: None,
    }
}

/// Skips a string or character literal starting at `i`; an unterminated
/// one ends at the end of its line.
fn skip_quoted(b: &[u8], i: usize, end: usize) -> usize {
    let q = b[i];
    let mut k = i + 1;
    while k < end {
        match b[k] {
            b'\\' => k += 2,
            b'\n' => return if q == b'\'' { i + 1 } else { k },
            c if c == q => return k + 1,
            _ => k += 1,
        }
    }
    if q == b'\'' {
        i + 1
    } else {
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resync_stops_after_semicolon_at_depth_zero() {
        let t = "int f(int x { int a; } ; int b;";
        assert_eq!(&t[resync(t, 0, 12)..], " int b;");
        let t = "garbage here\n%module m";
        assert_eq!(&t[resync(t, 0, 8)..], "%module m");
        let t = "%apply int *a { int *b ;\nenum E { A B };\nint c;";
        assert_eq!(&t[resync(t, 0, 23)..], "\nenum E { A B };\nint c;");
    }

    #[test]
    fn deep_nesting_is_found() {
        let t = format!("int x = {};", "(".repeat(300));
        let e = item_extent(&t, 0, 256);
        assert_eq!(e.too_deep, Some(8 + 256));
    }
}
