//! The GitHub reporter: one sticky pull-request comment, found again by a
//! hidden marker and edited in place. It knows nothing of engines or the
//! wasm runtime: it posts the markdown the command line rendered.
//!
//! - Finds its earlier comment by [`MARKER`], paging
//!   through every comment on the pull request.
//! - Honours `retry-after` (and `x-ratelimit-reset`) on 403 secondary rate
//!   limits and 429s, with capped exponential backoff otherwise.
//! - Never posts twice: after an ambiguous failure of a create it lists the
//!   comments again and edits what it finds.
//! - Over GitHub's 65,536-character limit it degrades to the summary plus a
//!   pointer to the full report in the job artifact.

use std::time::Duration;

use http::{HeaderMap, Method, StatusCode};
use octocrab::Octocrab;
use serde_json::Value;
use tidegate_core::error::{Classify, ExitClass};
pub use tidegate_core::render::MARKER;

/// GitHub's limit on a comment body, in characters.
pub const MAX_COMMENT_CHARS: usize = 65_536;

/// Errors talking to GitHub.
#[derive(Debug, thiserror::Error)]
pub enum GithubError {
    #[error("cannot set up the GitHub client: {0}")]
    Client(String),
    #[error("GitHub request failed: {0}; check GITHUB_API_URL and the network")]
    Transport(String),
    #[error(
        "GitHub refused the request ({status}): {message}; the token needs `pull-requests: write` (fork pull requests get a read-only token)"
    )]
    Forbidden { status: u16, message: String },
    #[error("GitHub answered {status}: {message}")]
    Status { status: u16, message: String },
    #[error("GitHub kept rate-limiting after {0} attempts; rerun the job later")]
    RateLimited(u32),
    #[error("`{0}` is not owner/name; set GITHUB_REPOSITORY or pass --repo")]
    BadRepo(String),
}

impl Classify for GithubError {
    fn class(&self) -> ExitClass {
        match self {
            GithubError::BadRepo(_) => ExitClass::Usage,
            _ => ExitClass::Failed,
        }
    }
}

/// What happened to the comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Posted {
    Created(u64),
    Updated(u64),
}

/// The sticky comment on one pull request.
pub struct Sticky {
    client: Octocrab,
    owner: String,
    repo: String,
    issue: u64,
    token: String,
    /// Attempts per request before giving up on rate limits.
    pub max_attempts: u32,
    /// Cap on one wait, whatever the server asks for.
    pub max_wait: Duration,
}

struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Sticky {
    /// `api`: e.g. `https://api.github.com` (`GITHUB_API_URL`); `repo`: `owner/name`.
    pub fn new(api: &str, token: &str, repo: &str, issue: u64) -> Result<Self, GithubError> {
        let (owner, name) = repo
            .split_once('/')
            .filter(|(o, n)| !o.is_empty() && !n.is_empty() && !n.contains('/'))
            .ok_or_else(|| GithubError::BadRepo(repo.into()))?;
        let client = Octocrab::builder()
            .base_uri(api)
            .map_err(|e| GithubError::Client(e.to_string()))?
            .personal_token(token.to_string())
            .build()
            .map_err(|e| GithubError::Client(e.to_string()))?;
        Ok(Sticky {
            client,
            owner: owner.into(),
            repo: name.into(),
            issue,
            token: token.into(),
            max_attempts: 6,
            max_wait: Duration::from_secs(120),
        })
    }

    /// How long to wait before retrying, if this reply is a rate limit.
    fn rate_limit_wait(reply: &Reply, attempt: u32) -> Option<Duration> {
        let limited = reply.status == StatusCode::TOO_MANY_REQUESTS
            || (reply.status == StatusCode::FORBIDDEN
                && (reply.headers.contains_key("retry-after")
                    || reply
                        .headers
                        .get("x-ratelimit-remaining")
                        .is_some_and(|v| v == "0")
                    || reply.body.to_ascii_lowercase().contains("rate limit")));
        if !limited {
            return None;
        }
        let header = |name: &str| {
            reply
                .headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok())
        };
        let wait = if let Some(secs) = header("retry-after") {
            Duration::from_secs(secs)
        } else if let Some(reset) = header("x-ratelimit-reset") {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default()
                .as_secs();
            Duration::from_secs(reset.saturating_sub(now).max(1))
        } else {
            // GitHub's advice for secondary limits without a header: at least a minute.
            Duration::from_secs(60 << attempt.min(3))
        };
        Some(wait)
    }

    async fn request(
        &self,
        method: Method,
        uri: &str,
        body: Option<&Value>,
    ) -> Result<Reply, GithubError> {
        for attempt in 0..self.max_attempts {
            let response = match method {
                Method::GET => self.client._get(uri).await,
                Method::POST => self.client._post(uri, body).await,
                Method::PATCH => self.client._patch(uri, body).await,
                _ => unreachable!("only GET, POST and PATCH are used"),
            }
            .map_err(|e| GithubError::Transport(e.to_string()))?;
            let status = response.status();
            let headers = response.headers().clone();
            let text = self
                .client
                .body_to_string(response)
                .await
                .map_err(|e| GithubError::Transport(e.to_string()))?;
            let reply = Reply {
                status,
                headers,
                body: text,
            };
            if let Some(wait) = Self::rate_limit_wait(&reply, attempt) {
                let wait = wait.min(self.max_wait);
                tracing::warn!("GitHub rate limit on {method} {uri}; retrying in {wait:?}");
                tokio::time::sleep(wait).await;
                continue;
            }
            if status.is_server_error() && attempt + 1 < self.max_attempts {
                tokio::time::sleep(Duration::from_millis(500 << attempt)).await;
                continue;
            }
            if status.is_success() {
                return Ok(reply);
            }
            let message = serde_json::from_str::<Value>(&reply.body)
                .ok()
                .and_then(|v| v["message"].as_str().map(str::to_string))
                .unwrap_or_else(|| reply.body.chars().take(200).collect());
            return Err(
                if status == StatusCode::FORBIDDEN
                    || status == StatusCode::UNAUTHORIZED
                    || status == StatusCode::NOT_FOUND
                {
                    GithubError::Forbidden {
                        status: status.as_u16(),
                        message,
                    }
                } else {
                    GithubError::Status {
                        status: status.as_u16(),
                        message,
                    }
                },
            );
        }
        Err(GithubError::RateLimited(self.max_attempts))
    }

    /// The id of Tidegate's earlier comment, if any, across every page.
    pub async fn find(&self) -> Result<Option<u64>, GithubError> {
        let mut next = Some(format!(
            "/repos/{}/{}/issues/{}/comments?per_page=100",
            self.owner, self.repo, self.issue
        ));
        while let Some(uri) = next.take() {
            let reply = self.request(Method::GET, &uri, None).await?;
            let comments: Vec<Value> =
                serde_json::from_str(&reply.body).map_err(|e| GithubError::Status {
                    status: reply.status.as_u16(),
                    message: format!("unexpected comment list: {e}"),
                })?;
            if let Some(c) = comments
                .iter()
                .find(|c| c["body"].as_str().is_some_and(|b| b.contains(MARKER)))
            {
                return Ok(c["id"].as_u64());
            }
            next = reply
                .headers
                .get("link")
                .and_then(|l| l.to_str().ok())
                .and_then(next_link);
        }
        Ok(None)
    }

    /// Create the comment, or edit the one posted before.
    pub async fn post(&self, markdown: &str, artifact: &str) -> Result<Posted, GithubError> {
        let body = fit(&self.scrub(markdown), artifact);
        let payload = serde_json::json!({ "body": body });
        if let Some(id) = self.find().await? {
            self.update(id, &payload).await?;
            return Ok(Posted::Updated(id));
        }
        let uri = format!(
            "/repos/{}/{}/issues/{}/comments",
            self.owner, self.repo, self.issue
        );
        match self.request(Method::POST, &uri, Some(&payload)).await {
            Ok(reply) => {
                let v: Value = serde_json::from_str(&reply.body).unwrap_or_default();
                Ok(Posted::Created(v["id"].as_u64().unwrap_or_default()))
            }
            // The create may have landed before the failure: look again
            // rather than risk a second comment.
            Err(GithubError::Transport(e)) => match self.find().await? {
                Some(id) => {
                    self.update(id, &payload).await?;
                    Ok(Posted::Updated(id))
                }
                None => Err(GithubError::Transport(e)),
            },
            Err(e) => Err(e),
        }
    }

    async fn update(&self, id: u64, payload: &Value) -> Result<(), GithubError> {
        let uri = format!("/repos/{}/{}/issues/comments/{id}", self.owner, self.repo);
        self.request(Method::PATCH, &uri, Some(payload))
            .await
            .map(drop)
    }

    fn scrub(&self, text: &str) -> String {
        if self.token.len() >= 8 {
            text.replace(&self.token, "***")
        } else {
            text.to_string()
        }
    }
}

/// The `rel="next"` target of a `Link` header.
fn next_link(link: &str) -> Option<String> {
    link.split(',')
        .find(|part| part.contains("rel=\"next\""))
        .and_then(|part| {
            let start = part.find('<')? + 1;
            let end = part.find('>')?;
            Some(part[start..end].to_string())
        })
}

/// The body as it fits in one comment: whole when short enough, else the
/// summary (everything before the first collapsible section) and a note.
pub fn fit(markdown: &str, artifact: &str) -> String {
    let chars = markdown.chars().count();
    if chars <= MAX_COMMENT_CHARS {
        return markdown.to_string();
    }
    let note = format!(
        "\n\n> ⚠️ The full report is {chars} characters, over GitHub's {MAX_COMMENT_CHARS}-character comment limit. \
         This is its summary; the whole report is in the job artifact `{artifact}`.\n"
    );
    let budget = MAX_COMMENT_CHARS - note.chars().count() - 16;
    let summary = match markdown.find("<details") {
        Some(at) if markdown[..at].chars().count() <= budget => {
            markdown[..at].trim_end().to_string()
        }
        _ => {
            let cut: String = markdown.chars().take(budget).collect();
            // Do not leave a code fence open.
            if cut.matches("```").count() % 2 == 1 {
                format!("{cut}\n```")
            } else {
                cut
            }
        }
    };
    let summary = if summary.contains(MARKER) {
        summary
    } else {
        format!("{MARKER}\n{summary}")
    };
    format!("{summary}{note}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_next_links() {
        let link = r#"<https://api.github.com/repos/o/r/issues/1/comments?page=2>; rel="next", <https://api.github.com/repos/o/r/issues/1/comments?page=5>; rel="last""#;
        assert_eq!(
            next_link(link).as_deref(),
            Some("https://api.github.com/repos/o/r/issues/1/comments?page=2")
        );
        assert_eq!(next_link(r#"<https://x/?page=1>; rel="prev""#), None);
    }

    #[test]
    fn oversized_bodies_keep_the_marker_and_the_summary() {
        let body = format!(
            "{MARKER}\n## summary\n| table |\n<details>\n```sql\n{}\n```\n</details>",
            "x".repeat(80_000)
        );
        let fitted = fit(&body, "tidegate-report");
        assert!(fitted.chars().count() <= MAX_COMMENT_CHARS);
        assert!(
            fitted.starts_with(MARKER)
                && fitted.contains("## summary")
                && fitted.contains("`tidegate-report`")
        );
        assert!(!fitted.contains("xxxx"));
        let short = "short";
        assert_eq!(fit(short, "a"), short);
    }
}
