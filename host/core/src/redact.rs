//! Keep secrets out of output: passwords in URLs are replaced before any
//! URL is printed, logged or written to a report.

/// A password, API key or other secret: usable, never shown by `Debug`
/// or `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("***")
    }
}

impl std::fmt::Display for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("***")
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
/// A URL the `url` crate cannot parse, or that holds an `@` after its
/// host, such as MongoDB's with several hosts (`mongodb://u:p@h1:27017,h2:27017/app`), is redacted by its
/// parts: the password of its user info and secret query parameters.
pub fn redact_url(raw: &str) -> String {
    match url::Url::parse(raw) {
        // An `@` after the host may end a password holding `/` or `?`
        // unescaped: redacted by parts, up to the last `@`.
        Ok(u) if u[url::Position::BeforePath..].contains('@') => {
            redact_parts(raw).unwrap_or_else(|| "<unparsable url>".into())
        }
        Ok(mut u) => {
            if u.password().is_some() {
                let _ = u.set_password(Some("***"));
            }
            let pairs: Vec<(String, String)> = u
                .query_pairs()
                .map(|(k, v)| {
                    let secret = secret_parameter(&k);
                    (
                        k.into_owned(),
                        if secret { "***".into() } else { v.into_owned() },
                    )
                })
                .collect();
            if !pairs.is_empty() {
                u.query_pairs_mut().clear().extend_pairs(pairs);
            }
            u.to_string()
        }
        Err(_) => redact_parts(raw).unwrap_or_else(|| "<unparsable url>".into()),
    }
}

fn secret_parameter(key: &str) -> bool {
    matches!(key, "password" | "sslpassword" | "passfile")
}

/// `scheme://[user[:password]@]authority[/path][?query]`, redacted by
/// hand; `None` when `raw` does not have that shape. The user info ends at
/// the last `@`, so that a password holding an unescaped `/`, `?` or `@`
/// is hidden whole (at worst, an `@` in the query hides more than needed).
fn redact_parts(raw: &str) -> Option<String> {
    let (scheme, rest) = raw.split_once("://")?;
    if scheme.is_empty()
        || !scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    {
        return None;
    }
    let (info, rest) = match rest.rsplit_once('@') {
        Some((info, rest)) => (Some(info), rest),
        None => (None, rest),
    };
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    if authority.is_empty() {
        return None;
    }
    let hosts = match info {
        Some(info) => match info.split_once(':') {
            Some((user, _)) => format!("{user}:***@{authority}"),
            None => format!("{info}@{authority}"),
        },
        None => authority.to_string(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let pairs: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((k, _)) if secret_parameter(k) => format!("{k}=***"),
                    _ => pair.to_string(),
                })
                .collect();
            format!("{path}?{}", pairs.join("&"))
        }
        None => tail.to_string(),
    };
    Some(format!("{scheme}://{hosts}{tail}"))
}

/// Replace every occurrence of the password of `url` in `text`.
pub fn scrub(text: &str, url: Option<&str>) -> String {
    let Some(password) = url
        .and_then(|u| url::Url::parse(u).ok())
        .and_then(|u| u.password().map(str::to_string))
    else {
        return text.to_string();
    };
    if password.is_empty() {
        return text.to_string();
    }
    let decoded = percent_decode(&password);
    text.replace(&password, "***").replace(&decoded, "***")
}

/// A URL's user info component decoded as RFC 3986 says: `%XX` escapes
/// only. Unlike form data, `+` stays `+` and `&` is an ordinary character
/// (a password with either would otherwise be sent wrong).
pub fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hides_passwords() {
        let r =
            redact_url("postgres://app:s3cr%40t@db.internal:5432/prod?sslmode=require&password=x");
        assert!(!r.contains("s3cr"), "{r}");
        assert!(!r.contains("password=x"), "{r}");
        assert!(r.contains("db.internal:5432/prod"), "{r}");
        assert_eq!(
            redact_url("postgres://localhost/db"),
            "postgres://localhost/db"
        );
        assert_eq!(redact_url("::::"), "<unparsable url>");
    }

    #[test]
    fn scrubs_raw_and_decoded_passwords() {
        let url = "postgres://app:s3cr%40t@db/prod";
        assert_eq!(
            scrub("auth failed for s3cr@t and s3cr%40t", Some(url)),
            "auth failed for *** and ***"
        );
        assert_eq!(scrub("nothing here", None), "nothing here");
        // `+` is a `+` in user info, not a space.
        let url = "https://elastic:a%2Bb%26c@es:9200";
        assert_eq!(scrub("refused a+b&c", Some(url)), "refused ***");
    }

    #[test]
    fn user_info_is_percent_decoded_not_form_decoded() {
        assert_eq!(
            percent_decode("a%2Bb+c%26d%25e%3Af%40g%2Fh%3D"),
            "a+b+c&d%e:f@g/h="
        );
        assert_eq!(percent_decode("plain"), "plain");
    }

    #[test]
    fn redacts_urls_with_several_hosts() {
        let r = redact_url("mongodb://app:s3cret@h1:27017,h2:27017/app?replicaSet=rs0&password=x");
        assert_eq!(
            r,
            "mongodb://app:***@h1:27017,h2:27017/app?replicaSet=rs0&password=***"
        );
        assert_eq!(redact_url("mongodb://h1,h2/app"), "mongodb://h1,h2/app");
        assert_eq!(redact_url("mongodb://u@h1:1,h2:2"), "mongodb://u@h1:1,h2:2");
        // Unescaped `/`, `?` and `@` in the password stay hidden.
        for raw in [
            "mongodb://u:pa/ss@h1,h2/db",
            "mongodb://u:pa?ss@h1,h2/db",
            "mongodb://u:p@a/s?s@h1,h2/db?w=1",
            "mongodb://u:pa/ss@h1/db",
        ] {
            let r = redact_url(raw);
            assert!(
                !r.contains("pa") && !r.contains("ss@") && r.starts_with("mongodb://u:***@h1"),
                "{raw} → {r}"
            );
        }
    }
}
