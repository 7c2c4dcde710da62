//! Just enough SQL lexing to split scripts into statements and find each
//! statement's leading keyword: quotes, dollar quotes, identifiers and
//! comments are respected, nothing else is parsed.

/// Split a script on top-level `;`. Empty statements are dropped; each
/// statement is trimmed.
pub fn split_statements(script: &str) -> Vec<&str> {
    let bytes = script.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\'' => i = skip_quoted(bytes, i, b'\''),
            b'"' => i = skip_quoted(bytes, i, b'"'),
            b'-' if bytes.get(i + 1) == Some(&b'-') => {
                i = memchr(bytes, i, b'\n').map_or(bytes.len(), |n| n + 1);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => i = skip_block_comment(bytes, i),
            b'$' => i = skip_dollar_quoted(script, i),
            b';' => {
                push_trimmed(&mut out, &script[start..i]);
                i += 1;
                start = i;
            }
            _ => i += 1,
        }
    }
    push_trimmed(&mut out, &script[start..]);
    out
}

/// The first keyword of a statement, upper-cased, after leading comments
/// and parentheses.
pub fn leading_keyword(statement: &str) -> String {
    let start = skip_trivia(statement.as_bytes(), 0, true);
    statement[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphabetic() || *c == '_')
        .collect::<String>()
        .to_ascii_uppercase()
}

/// Where a statement's text starts after its leading whitespace and
/// comments.
pub fn text_start(statement: &str) -> usize {
    skip_trivia(statement.as_bytes(), 0, false)
}

/// Skip whitespace and comments (and opening parentheses, when asked) from
/// `i`; returns the index of the first other byte.
fn skip_trivia(bytes: &[u8], mut i: usize, parens: bool) -> usize {
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || (parens && bytes[i] == b'(')) {
            i += 1;
        }
        if bytes[i..].starts_with(b"--") {
            i = memchr(bytes, i, b'\n').map_or(bytes.len(), |n| n + 1);
        } else if bytes[i..].starts_with(b"/*") {
            i = skip_block_comment(bytes, i);
        } else {
            return i;
        }
    }
}

/// Whether a statement would start, end or checkpoint a transaction, which
/// the host owns.
pub fn is_transaction_control(statement: &str) -> bool {
    let kw = leading_keyword(statement);
    match kw.as_str() {
        "BEGIN" | "START" | "COMMIT" | "END" | "ROLLBACK" | "ABORT" | "SAVEPOINT" | "RELEASE" => {
            true
        }
        "PREPARE" | "SET" => {
            let upper = statement.to_ascii_uppercase();
            let words: Vec<&str> = upper.split_whitespace().take(3).collect();
            matches!(
                words.as_slice(),
                ["PREPARE", "TRANSACTION", ..] | ["SET", "TRANSACTION", ..]
            ) || matches!(words.as_slice(), ["SET", "SESSION", "CHARACTERISTICS"])
        }
        _ => false,
    }
}

fn push_trimmed<'a>(out: &mut Vec<&'a str>, s: &'a str) {
    let s = s.trim();
    if !s.is_empty() && !only_comments(s) {
        out.push(s);
    }
}

fn only_comments(s: &str) -> bool {
    skip_trivia(s.as_bytes(), 0, false) >= s.len()
}

fn memchr(bytes: &[u8], from: usize, needle: u8) -> Option<usize> {
    bytes[from..]
        .iter()
        .position(|b| *b == needle)
        .map(|p| p + from)
}

/// From an opening quote at `i`, the index after the closing quote
/// (a doubled quote is an escaped quote).
fn skip_quoted(bytes: &[u8], i: usize, quote: u8) -> usize {
    let mut j = i + 1;
    while j < bytes.len() {
        if bytes[j] == quote {
            if bytes.get(j + 1) == Some(&quote) {
                j += 2;
                continue;
            }
            return j + 1;
        }
        if quote == b'\'' && bytes[j] == b'\\' && is_escape_string(bytes, i) {
            j += 2;
            continue;
        }
        j += 1;
    }
    bytes.len()
}

fn is_escape_string(bytes: &[u8], quote_at: usize) -> bool {
    quote_at > 0 && matches!(bytes[quote_at - 1], b'E' | b'e')
}

/// Block comments nest in PostgreSQL.
fn skip_block_comment(bytes: &[u8], i: usize) -> usize {
    let mut depth = 0;
    let mut j = i;
    while j + 1 < bytes.len() {
        if bytes[j] == b'/' && bytes[j + 1] == b'*' {
            depth += 1;
            j += 2;
        } else if bytes[j] == b'*' && bytes[j + 1] == b'/' {
            depth -= 1;
            j += 2;
            if depth == 0 {
                return j;
            }
        } else {
            j += 1;
        }
    }
    bytes.len()
}

/// `$tag$ ... $tag$`; a `$` that does not open a dollar quote (e.g. `$1`)
/// is skipped alone.
fn skip_dollar_quoted(s: &str, i: usize) -> usize {
    let rest = &s[i + 1..];
    let tag_len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    let tag = &rest[..tag_len];
    if rest[tag_len..].starts_with('$') && !tag.starts_with(|c: char| c.is_ascii_digit()) {
        let delim = format!("${tag}$");
        let body_start = i + delim.len();
        match s[body_start..].find(&delim) {
            Some(end) => body_start + end + delim.len(),
            None => s.len(),
        }
    } else {
        i + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_respecting_quotes_comments_and_dollar_bodies() {
        let script = "CREATE TABLE a (x text DEFAULT 'a;b');\n\
             -- a comment; with a semicolon\n\
             CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n\
             /* block; /* nested; */ */ SELECT \"we;ird\" FROM a WHERE x = $1;;";
        let parts = split_statements(script);
        assert_eq!(parts.len(), 3, "{parts:#?}");
        assert!(parts[1].contains("$body$ SELECT 1; $body$"));
        assert_eq!(leading_keyword(parts[1]), "CREATE");
        assert_eq!(leading_keyword(parts[2]), "SELECT");
    }

    #[test]
    fn recognises_transaction_control() {
        for s in [
            "COMMIT",
            " begin;",
            "/* x */ ROLLBACK",
            "savepoint a",
            "END",
            "SET TRANSACTION READ ONLY",
            "PREPARE TRANSACTION 'x'",
        ] {
            assert!(is_transaction_control(s), "{s}");
        }
        for s in [
            "SELECT 1",
            "SET lock_timeout = '1s'",
            "PREPARE q AS SELECT 1",
            "CREATE TABLE begin_x (id int)",
        ] {
            assert!(!is_transaction_control(s), "{s}");
        }
    }
}
