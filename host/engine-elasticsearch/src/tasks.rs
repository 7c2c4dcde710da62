//! Long-running writes as server tasks.
//!
//! A `_reindex` of a large index outlives any HTTP timeout, and the task
//! keeps writing after a client gives up. So the host starts it with
//! `wait_for_completion=false`, tagged with an `X-Opaque-Id` naming its
//! source and destination, and polls `GET /_tasks/<id>` until it ends,
//! bounded by `elasticsearch.task_timeout`. The guest then gets the answer
//! the synchronous API would have given: the task's response, with the
//! highest status of its failures (408 when it timed out). Each finished
//! task's stored result is deleted from `.tasks`. A retried migration
//! first finds its own task still running (by that tag) and waits for it.
//! An index that a running reindex or by-query task still writes is not
//! deleted until the task ends.
//!
//! The tasks API must answer: a refusal (401, 403) is an error that names
//! the privilege to grant, and so is any other failure; polling stops on a
//! 4xx and gives up after a few 5xx or lost connections in a row. Only a
//! server that does not know the API at all (the osmem stand-in answers
//! 400, 404 or 405) gets the reindex in the foreground
//! (`wait_for_completion=true`), bounded by `elasticsearch.request_timeout`,
//! and the journal says so.

use std::time::{Duration, Instant};

use elasticsearch::http::Method;
use elasticsearch::http::headers::{HeaderMap, HeaderName, HeaderValue};
use serde_json::{Value, json};

use crate::{Answer, EsTarget};

/// The journal note of a reindex that ran in the foreground.
pub const FOREGROUND: &str = "this server has no _tasks API: the reindex ran in the foreground, bounded by elasticsearch.request_timeout";

/// 5xx answers, 429s or lost connections in a row after which polling a
/// task gives up (the task itself goes on, and a retry waits for it).
const POLL_ATTEMPTS: u32 = 5;

/// The tag of the reindex `body` describes, the same on every retry.
pub fn opaque_id(body: &Value) -> String {
    let names = |v: &Value| match v {
        Value::Array(a) => a
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(","),
        other => other.as_str().unwrap_or_default().to_string(),
    };
    format!(
        "tidegate:reindex:{}>{}",
        names(&body["source"]["index"]),
        names(&body["dest"]["index"])
    )
}

/// Running tasks in a `GET /_tasks?detailed=true` answer: (id, opaque id,
/// description).
fn running(tasks: &Value) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for node in tasks["nodes"]
        .as_object()
        .into_iter()
        .flat_map(|n| n.values())
    {
        for (id, t) in node["tasks"].as_object().into_iter().flatten() {
            let opaque = t["headers"]["X-Opaque-Id"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            out.push((
                id.clone(),
                opaque,
                t["description"].as_str().unwrap_or_default().to_string(),
            ));
        }
    }
    out
}

/// The running tasks tagged `opaque`.
pub fn tagged(tasks: &Value, opaque: &str) -> Vec<String> {
    running(tasks)
        .into_iter()
        .filter(|(_, o, _)| o == opaque)
        .map(|(id, ..)| id)
        .collect()
}

/// The running tasks that write `index`: a reindex into it (`reindex from
/// [a] to [index]`), or an update or delete by query on it
/// (`update-by-query [index]`).
pub fn writers(tasks: &Value, index: &str) -> Vec<String> {
    let dest = format!("to [{index}]");
    let target = format!("[{index}]");
    running(tasks)
        .into_iter()
        .filter(|(_, _, d)| d.contains(&dest) || (d.contains("by-query") && d.contains(&target)))
        .map(|(id, ..)| id)
        .collect()
}

/// Why a task could not be run or waited for.
#[derive(Debug)]
pub enum TaskError {
    /// No HTTP answer (after [`POLL_ATTEMPTS`] tries, when polling).
    Transport(elasticsearch::Error),
    /// Still running after `task_timeout`.
    StillRunning { task: String, waited: Duration },
    /// The tasks API refused the host's request (401, 403).
    Denied { doing: String, answer: Answer },
    /// The tasks API failed otherwise: a 4xx, or 5xx answers that went on.
    Failed { doing: String, answer: Answer },
}

impl From<elasticsearch::Error> for TaskError {
    fn from(e: elasticsearch::Error) -> Self {
        TaskError::Transport(e)
    }
}

/// What to grant so that the host may list and read tasks.
pub const TASKS_ADVICE: &str = "grant the Tidegate user's role the `monitor` cluster privilege, which lists and reads tasks (OpenSearch: the `cluster:monitor/tasks/lists` and `cluster:monitor/task/get` permissions)";

impl std::fmt::Display for TaskError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TaskError::Transport(e) => write!(f, "{e}"),
            TaskError::StillRunning { task, waited } => write!(
                f,
                "task {task} still runs after {waited:?}; a retry waits for it, or cancel it with POST /_tasks/{task}/_cancel; raise elasticsearch.task_timeout if it is expected"
            ),
            TaskError::Denied { doing, answer } => write!(
                f,
                "Elasticsearch refused {doing}: {}; {TASKS_ADVICE}",
                answer.error()
            ),
            TaskError::Failed { doing, answer } => {
                write!(f, "the tasks API failed while {doing}: {}", answer.error())
            }
        }
    }
}

/// Whether a status says the server has no such API (rather than that it
/// refused or failed the request): what a server without `_tasks` answers.
fn unknown_api(status: u16) -> bool {
    matches!(status, 400 | 404 | 405 | 501)
}

/// The tasks API's view of running writes, or `None` when the server has
/// no tasks API. A refusal or a failure is an error: the checks that use
/// it cannot be skipped silently.
pub async fn list(es: &EsTarget) -> Result<Option<Value>, TaskError> {
    let q = [
        ("actions".to_string(), "*reindex,*byquery".to_string()),
        ("detailed".to_string(), "true".to_string()),
    ];
    let a = es.send(Method::Get, "/_tasks", &q, None).await?;
    let doing = "listing running tasks (`GET /_tasks`)".to_string();
    match a.status {
        200..=299 => Ok(Some(a.json())),
        401 | 403 => Err(TaskError::Denied { doing, answer: a }),
        s if unknown_api(s) => Ok(None),
        _ => Err(TaskError::Failed { doing, answer: a }),
    }
}

/// Poll `task` until it completes; its `GET /_tasks/<id>` answer (`None`
/// if the server no longer knows it). A 4xx stops at once; 5xx answers,
/// 429s and lost connections are retried [`POLL_ATTEMPTS`] times in a row.
pub async fn wait(es: &EsTarget, task: &str, limit: Duration) -> Result<Option<Value>, TaskError> {
    let start = Instant::now();
    let mut delay = Duration::from_millis(100);
    let mut trouble = 0;
    let doing = format!("waiting for task {task} (`GET /_tasks/{task}`)");
    loop {
        match es
            .send(Method::Get, &format!("/_tasks/{task}"), &[], None)
            .await
        {
            Ok(a) if a.ok() => {
                trouble = 0;
                let v = a.json();
                if v["completed"] == Value::Bool(true) {
                    return Ok(Some(v));
                }
            }
            Ok(a) if a.status == 404 => return Ok(None),
            Ok(a) if matches!(a.status, 401 | 403) => {
                return Err(TaskError::Denied { doing, answer: a });
            }
            Ok(a) if a.status < 500 && a.status != 429 => {
                return Err(TaskError::Failed { doing, answer: a });
            }
            Ok(a) => {
                trouble += 1;
                tracing::warn!(
                    "task {task}: the tasks API answered HTTP {} ({trouble} of {POLL_ATTEMPTS} tries)",
                    a.status
                );
                if trouble >= POLL_ATTEMPTS {
                    return Err(TaskError::Failed { doing, answer: a });
                }
            }
            Err(e) => {
                trouble += 1;
                tracing::warn!(
                    "task {task}: no answer from the tasks API ({e}; {trouble} of {POLL_ATTEMPTS} tries)"
                );
                if trouble >= POLL_ATTEMPTS {
                    return Err(TaskError::Transport(e));
                }
            }
        }
        if start.elapsed() >= limit {
            return Err(TaskError::StillRunning {
                task: task.into(),
                waited: start.elapsed(),
            });
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(Duration::from_secs(2));
    }
}

/// The status of a task's `error`, as the synchronous API would answer it.
fn error_status(error: &Value) -> u16 {
    if let Some(s) = error["status"].as_u64().and_then(|s| u16::try_from(s).ok()) {
        return s;
    }
    match error["type"].as_str().unwrap_or_default() {
        "index_not_found_exception" | "resource_not_found_exception" => 404,
        "security_exception" => 403,
        "illegal_argument_exception"
        | "action_request_validation_exception"
        | "parsing_exception"
        | "x_content_parse_exception" => 400,
        "version_conflict_engine_exception" => 409,
        _ => 500,
    }
}

/// The answer a synchronous `_reindex` (or by-query request) would have
/// given, from a completed task: its `response`, whose status is the
/// highest of its failures' statuses, or 408 when it timed out (as
/// Elasticsearch's own REST layer answers), else 200; or its `error`.
pub fn answer_of(done: &Value) -> Answer {
    if done["error"].is_object() {
        let status = error_status(&done["error"]);
        return Answer {
            status,
            body: json!({ "error": done["error"], "status": status }).to_string(),
        };
    }
    let response = &done["response"];
    let mut status: u16 = if response["timed_out"] == Value::Bool(true) {
        408
    } else {
        200
    };
    for failure in response["failures"].as_array().into_iter().flatten() {
        // A failure without a status is still a failure.
        let s = failure["status"]
            .as_u64()
            .and_then(|s| u16::try_from(s).ok())
            .unwrap_or(500);
        status = status.max(s);
    }
    Answer {
        status,
        body: response.to_string(),
    }
}

/// Delete a finished task's stored result, which the server otherwise
/// keeps forever: `DELETE /_tasks/<task>` where the server has it
/// (OpenSearch 3.9+), else the document `.tasks/_doc/<task>`. A failure is
/// logged: the work is done, and the result is only clutter.
async fn forget(es: &EsTarget, task: &str) {
    match es
        .send(Method::Delete, &format!("/_tasks/{task}"), &[], None)
        .await
    {
        Ok(a) if a.ok() || a.status == 404 => return,
        _ => {}
    }
    match es
        .send(Method::Delete, &format!("/.tasks/_doc/{task}"), &[], None)
        .await
    {
        Ok(a) if a.ok() || a.status == 404 => {}
        Ok(a) => tracing::warn!(
            "cannot delete the stored result of task {task} ({}); delete it with DELETE /.tasks/_doc/{task}, which needs the `delete` index privilege on `.tasks` (with `allow_restricted_indices` on Elasticsearch)",
            a.error()
        ),
        Err(e) => tracing::warn!("cannot delete the stored result of task {task}: {e}"),
    }
}

/// Run a prepared `_reindex` (`query` without `wait_for_completion`) as a
/// task, after any of its own still running; the answer, and a journal
/// note when it could not run as a task.
pub async fn reindex(
    es: &EsTarget,
    query: &[(String, String)],
    body: String,
) -> Result<(Answer, Option<String>), TaskError> {
    let Some(tasks) = list(es).await? else {
        let mut q = query.to_vec();
        q.push(("wait_for_completion".into(), "true".into()));
        return Ok((
            es.send(Method::Post, "/_reindex", &q, Some(body)).await?,
            Some(FOREGROUND.into()),
        ));
    };
    let opaque = opaque_id(&serde_json::from_str(&body).unwrap_or(Value::Null));
    for earlier in tagged(&tasks, &opaque) {
        tracing::info!("waiting for task {earlier}, the same reindex from an earlier run");
        if wait(es, &earlier, es.task_timeout).await?.is_some() {
            forget(es, &earlier).await;
        }
    }
    let mut q = query.to_vec();
    q.push(("wait_for_completion".into(), "false".into()));
    let mut headers = HeaderMap::new();
    if let Ok(v) = HeaderValue::from_str(&opaque) {
        headers.insert(HeaderName::from_static("x-opaque-id"), v);
    }
    let started = es
        .send_with(Method::Post, "/_reindex", &q, Some(body), headers)
        .await?;
    let Some(task) = started.json()["task"]
        .as_str()
        .filter(|_| started.ok())
        .map(str::to_string)
    else {
        // Refused, or answered in the foreground after all.
        return Ok((started, None));
    };
    let note = format!("ran as task {task}");
    match wait(es, &task, es.task_timeout).await? {
        Some(done) => {
            forget(es, &task).await;
            Ok((answer_of(&done), Some(note)))
        }
        None => Ok((Answer { status: 500, body: json!({ "error": { "type": "task_lost", "reason": format!("task {task} vanished before it reported its result") } }).to_string() }, Some(note))),
    }
}

/// Before deleting `indices`: wait for the running tasks that write them.
pub async fn settle(es: &EsTarget, indices: &str) -> Result<(), TaskError> {
    let Some(tasks) = list(es).await? else {
        return Ok(());
    };
    for index in indices.split(',') {
        for task in writers(&tasks, index) {
            tracing::info!(
                "waiting for task {task}, which still writes {index}, before deleting it"
            );
            wait(es, &task, es.task_timeout).await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `GET /_tasks?detailed=true` answer, as Elasticsearch 8 gives it.
    fn tasks() -> Value {
        json!({ "nodes": { "n1": { "name": "es01", "tasks": {
            "n1:17": { "action": "indices:data/write/reindex", "description": "reindex from [places_v1] to [places_v2]",
                       "headers": { "X-Opaque-Id": "tidegate:reindex:places_v1>places_v2" } },
            "n1:18": { "action": "indices:data/write/update/byquery", "description": "update-by-query [orders] updated with Script{...}", "headers": {} },
            "n1:19": { "action": "indices:data/write/reindex", "description": "reindex from [a] to [places_v20]", "headers": {} }
        } } } })
    }

    #[test]
    fn finds_its_own_task_and_the_writers_of_an_index() {
        let body = json!({ "source": { "index": "places_v1" }, "dest": { "index": "places_v2" } });
        assert_eq!(opaque_id(&body), "tidegate:reindex:places_v1>places_v2");
        assert_eq!(tagged(&tasks(), &opaque_id(&body)), ["n1:17"]);
        assert_eq!(writers(&tasks(), "places_v2"), ["n1:17"]);
        assert_eq!(writers(&tasks(), "orders"), ["n1:18"]);
        assert!(
            writers(&tasks(), "places_v1").is_empty(),
            "a reindex only reads its source"
        );
        assert!(writers(&tasks(), "places_v").is_empty());
    }

    /// As Elasticsearch's REST layer answers a synchronous reindex: the
    /// highest failure status, 408 on timeout; the body keeps `failures`.
    #[test]
    fn a_completed_task_answers_like_a_synchronous_reindex() {
        let ok = answer_of(
            &json!({ "completed": true, "response": { "total": 2, "created": 2, "failures": [] } }),
        );
        assert_eq!((ok.status, ok.json()["created"].as_u64()), (200, Some(2)));
        let refused = json!({ "completed": true, "response": { "total": 2, "created": 1, "timed_out": false, "failures": [
            { "index": "places_strict", "id": "2", "cause": { "type": "strict_dynamic_mapping_exception", "reason": "mapping set to strict" }, "status": 400 }
        ] } });
        let a = answer_of(&refused);
        assert_eq!(a.status, 400, "a reindex with failures is not a success");
        assert_eq!(
            a.json()["failures"][0]["id"],
            "2",
            "the failures reach the guest"
        );
        let mixed = json!({ "completed": true, "response": { "failures": [{ "status": 409 }, { "status": 429 }, {}] } });
        assert_eq!(
            answer_of(&mixed).status,
            500,
            "a failure without a status counts as 500"
        );
        let timed_out = answer_of(
            &json!({ "completed": true, "response": { "timed_out": true, "failures": [] } }),
        );
        assert_eq!(timed_out.status, 408);
        let failed = answer_of(
            &json!({ "completed": true, "error": { "type": "index_not_found_exception", "reason": "no such index [x]" } }),
        );
        assert_eq!(failed.status, 404);
        assert!(failed.error().contains("no such index"));
    }

    #[test]
    fn only_an_unknown_api_means_no_tasks() {
        for s in [400, 404, 405, 501] {
            assert!(unknown_api(s), "{s}");
        }
        for s in [401, 403, 429, 500, 503] {
            assert!(!unknown_api(s), "{s}");
        }
    }
}
