//! Shared by input and output: interface files that are not UTF-8 (a
//! Latin-1 `'\xE1'` in a `#define`) keep their bytes. Each byte that is not
//! part of valid UTF-8 is read as a private-use character and written back as
//! the same byte, so C code and literals reach the generated file unchanged,
//! as SWIG copies them.

/// The first of the 128 private-use characters that stand for the raw
/// bytes 0x80..=0xFF (bytes below 0x80 are always valid UTF-8).
const RAW_BASE: u32 = 0x10_FF00;

/// The text of a file's bytes: valid UTF-8 as is, other bytes as stand-ins.
pub fn decode(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let bytes = e.into_bytes();
            let mut out = String::with_capacity(bytes.len());
            for chunk in bytes.utf8_chunks() {
                out.push_str(chunk.valid());
                for b in chunk.invalid() {
                    out.push(raw_char(*b));
                }
            }
            out
        }
    }
}

fn raw_char(b: u8) -> char {
    char::from_u32(RAW_BASE + u32::from(b)).unwrap_or(char::REPLACEMENT_CHARACTER)
}

/// The byte a character stands for, if it is a stand-in from `decode`.
pub fn raw_byte(c: char) -> Option<u8> {
    let v = u32::from(c);
    if (RAW_BASE + 0x80..=RAW_BASE + 0xFF).contains(&v) {
        u8::try_from(v - RAW_BASE).ok()
    } else {
        None
    }
}

/// Whether `text` holds any stand-in. Each is a 4-byte UTF-8 sequence
/// starting with 0xF4, which a fast byte search rules out in most texts.
fn has_raw_bytes(text: &str) -> bool {
    text.as_bytes().contains(&0xF4) && text.chars().any(|c| raw_byte(c).is_some())
}

/// The bytes to write for `text`: stand-ins become their bytes again.
pub fn encode(text: &str) -> std::borrow::Cow<'_, [u8]> {
    if !has_raw_bytes(text) {
        return std::borrow::Cow::Borrowed(text.as_bytes());
    }
    let mut out = Vec::with_capacity(text.len());
    let mut buf = [0u8; 4];
    for c in text.chars() {
        match raw_byte(c) {
            Some(b) => out.push(b),
            None => out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes()),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// [`encode`] for C source: inside a character or string literal a
/// stand-in is written as the octal escape of its byte (`'\341'`), which
/// means the same to the compiler and does not trip clang's
/// -Winvalid-source-encoding; elsewhere (comments) it is the raw byte.
pub fn encode_c(text: &str) -> std::borrow::Cow<'_, [u8]> {
    if !has_raw_bytes(text) {
        return std::borrow::Cow::Borrowed(text.as_bytes());
    }
    #[derive(PartialEq)]
    enum At {
        Code,
        Literal(char),
        LineComment,
        BlockComment,
    }
    let mut at = At::Code;
    let mut out = Vec::with_capacity(text.len());
    let mut buf = [0u8; 4];
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if let Some(b) = raw_byte(c) {
            if matches!(at, At::Literal(_)) {
                out.extend_from_slice(format!("\\{b:03o}").as_bytes());
            } else {
                out.push(b);
            }
            continue;
        }
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        match at {
            At::Code => match c {
                '"' | '\'' => at = At::Literal(c),
                '/' if chars.peek() == Some(&'/') => at = At::LineComment,
                '/' if chars.peek() == Some(&'*') => {
                    at = At::BlockComment;
                    if let Some(star) = chars.next() {
                        out.push(star as u8);
                    }
                }
                _ => {}
            },
            At::Literal(quote) => {
                if c == '\\' {
                    // The escaped character is copied as it is.
                    if let Some(n) = chars.next() {
                        match raw_byte(n) {
                            Some(b) => out.push(b),
                            None => out.extend_from_slice(n.encode_utf8(&mut buf).as_bytes()),
                        }
                    }
                } else if c == quote || c == '\n' {
                    at = At::Code;
                }
            }
            At::LineComment if c == '\n' => at = At::Code,
            At::BlockComment if c == '*' && chars.peek() == Some(&'/') => {
                chars.next();
                out.push(b'/');
                at = At::Code;
            }
            _ => {}
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::{decode, encode, encode_c};

    #[test]
    fn c_literals_get_octal_escapes_comments_keep_bytes() {
        let text = decode(
            b"char c = '\xe1'; /* \xe1 */ const char *s = \"caf\xe9\\\"\"; // \xe9\n".to_vec(),
        );
        assert_eq!(
            encode_c(&text).into_owned(),
            b"char c = '\\341'; /* \xe1 */ const char *s = \"caf\\351\\\"\"; // \xe9\n".to_vec()
        );
        assert_eq!(encode_c("int x;").into_owned(), b"int x;".to_vec());
    }

    #[test]
    fn latin1_bytes_round_trip() {
        let bytes = b"#define A '\xe1' /* \xc3\xa9 */\n".to_vec();
        let text = decode(bytes.clone());
        assert!(text.contains('\u{e9}'), "valid UTF-8 stays text");
        assert_eq!(encode(&text).into_owned(), bytes);
    }

    #[test]
    fn utf8_is_unchanged() {
        assert_eq!(decode(b"abc".to_vec()), "abc");
        assert_eq!(encode("abc").into_owned(), b"abc".to_vec());
    }
}
