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
pub fn redact_url(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut u) => {
            if u.password().is_some() {
                let _ = u.set_password(Some("***"));
            }
            let pairs: Vec<(String, String)> = u
                .query_pairs()
                .map(|(k, v)| {
                    let secret = matches!(k.as_ref(), "password" | "sslpassword" | "passfile");
                    (k.into_owned(), if secret { "***".into() } else { v.into_owned() })
                })
                .collect();
            if !pairs.is_empty() {
                u.query_pairs_mut().clear().extend_pairs(pairs);
            }
            u.to_string()
        }
        Err(_) => "<unparsable url>".into(),
    }
}

/// Replace every occurrence of the password of `url` in `text`.
pub fn scrub(text: &str, url: Option<&str>) -> String {
    let Some(password) = url.and_then(|u| url::Url::parse(u).ok()).and_then(|u| u.password().map(str::to_string)) else {
        return text.to_string();
    };
    if password.is_empty() {
        return text.to_string();
    }
    let decoded = percent_decode(&password);
    text.replace(&password, "***").replace(&decoded, "***")
}

fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={s}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hides_passwords() {
        let r = redact_url("postgres://app:s3cr%40t@db.internal:5432/prod?sslmode=require&password=x");
        assert!(!r.contains("s3cr"), "{r}");
        assert!(!r.contains("password=x"), "{r}");
        assert!(r.contains("db.internal:5432/prod"), "{r}");
        assert_eq!(redact_url("postgres://localhost/db"), "postgres://localhost/db");
        assert_eq!(redact_url("::::"), "<unparsable url>");
    }

    #[test]
    fn scrubs_raw_and_decoded_passwords() {
        let url = "postgres://app:s3cr%40t@db/prod";
        assert_eq!(scrub("auth failed for s3cr@t and s3cr%40t", Some(url)), "auth failed for *** and ***");
        assert_eq!(scrub("nothing here", None), "nothing here");
    }
}
