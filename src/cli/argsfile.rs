//! Command line, step 0: `@file` arguments replaced by the arguments the
//! file holds, as gcc and swig read them (whitespace-separated words,
//! single or double quotes, backslash escapes; nested `@file`s too).

use super::normalize::ArgError;
use std::path::Path;

/// How deep `@file`s may nest before rswig assumes a loop.
const MAX_DEPTH: usize = 32;

/// Expands every `@file` argument. `read` reads a file (a parameter so
/// tests need no disk). A file that cannot be read is an error naming it
/// (gcc keeps the word as is; swig, like rswig, refuses it).
pub fn expand_args(
    args: &[String],
    read: &dyn Fn(&Path) -> std::io::Result<String>,
) -> Result<Vec<String>, ArgError> {
    let mut out = Vec::new();
    expand_into(args, read, 0, &mut out)?;
    Ok(out)
}

fn expand_into(
    args: &[String],
    read: &dyn Fn(&Path) -> std::io::Result<String>,
    depth: usize,
    out: &mut Vec<String>,
) -> Result<(), ArgError> {
    for arg in args {
        let Some(name) = arg.strip_prefix('@').filter(|n| !n.is_empty()) else {
            out.push(arg.clone());
            continue;
        };
        if depth >= MAX_DEPTH {
            return Err(ArgError(format!(
                "@{name}: argument files nest more than {MAX_DEPTH} deep (a file that includes itself?)"
            )));
        }
        let text = read(Path::new(name))
            .map_err(|e| ArgError(format!("cannot read argument file '{name}': {e}")))?;
        let words = split_words(&text)
            .map_err(|what| ArgError(format!("argument file '{name}': {what}")))?;
        expand_into(&words, read, depth + 1, out)?;
    }
    Ok(())
}

/// Splits an argument file's text into words: whitespace separates them;
/// quotes (`'...'`, `"..."`) keep spaces; a backslash takes the next
/// character literally.
pub fn split_words(text: &str) -> Result<Vec<String>, &'static str> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (_, '\\') => {
                match chars.next() {
                    Some(next) => word.push(next),
                    None => word.push('\\'),
                }
                in_word = true;
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if quote.is_some() {
        return Err("unterminated quote");
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_quotes_and_escapes() {
        assert_eq!(
            split_words(" -o 'a b.c'\n-DX=\"1 2\" c\\ d \"\" e\\\"").ok(),
            Some(vec![
                "-o".to_string(),
                "a b.c".into(),
                "-DX=1 2".into(),
                "c d".into(),
                String::new(),
                "e\"".into()
            ])
        );
        assert!(split_words("'open").is_err());
    }

    #[test]
    fn nested_files_expand_in_place() {
        let read = |p: &Path| -> std::io::Result<String> {
            match p.to_str() {
                Some("a") => Ok("-python @b -c".into()),
                Some("b") => Ok("-I inc".into()),
                Some("loop") => Ok("@loop".into()),
                _ => Err(std::io::Error::from(std::io::ErrorKind::NotFound)),
            }
        };
        let args: Vec<String> = ["@a", "x.i", "@"].iter().map(|s| s.to_string()).collect();
        assert_eq!(
            expand_args(&args, &read).ok(),
            Some(
                ["-python", "-I", "inc", "-c", "x.i", "@"]
                    .iter()
                    .map(|s| s.to_string())
                    .collect()
            )
        );
        assert!(expand_args(&["@loop".to_string()], &read).is_err());
        assert!(expand_args(&["@none".to_string()], &read).is_err());
    }
}
