//! Long-running writes as server tasks.
//!
//! A `_reindex` of a large index outlives any HTTP timeout, and the task
//! keeps writing after a client gives up. So the host starts it with
//! `wait_for_completion=false`, tagged with an `X-Opaque-Id` naming its
//! source and destination, and polls `GET /_tasks/<id>` until it ends,
//! bounded by `elasticsearch.task_timeout`. A retried migration first
//! finds its own task still running (by that tag) and waits for it. An
//! index that a running reindex or by-query task still writes is not
//! deleted until the task ends.
//!
//! A server without the tasks API (the osmem stand-in) gets the reindex in
//! the foreground (`wait_for_completion=true`), bounded by
//! `elasticsearch.request_timeout`, and the journal says so.

use std::time::{Duration, Instant};

use elasticsearch::http::headers::{HeaderMap, HeaderName, HeaderValue};
use elasticsearch::http::Method;
use serde_json::{json, Value};

use crate::{Answer, EsTarget};

/// The journal note of a reindex that ran in the foreground.
pub const FOREGROUND: &str = "this server has no _tasks API: the reindex ran in the foreground, bounded by elasticsearch.request_timeout";

/// The tag of the reindex `body` describes, the same on every retry.
pub fn opaque_id(body: &Value) -> String {
    let names = |v: &Value| match v {
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(","),
        other => other.as_str().unwrap_or_default().to_string(),
    };
    format!("tidegate:reindex:{}>{}", names(&body["source"]["index"]), names(&body["dest"]["index"]))
}

/// Running tasks in a `GET /_tasks?detailed=true` answer: (id, opaque id,
/// description).
fn running(tasks: &Value) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for node in tasks["nodes"].as_object().into_iter().flat_map(|n| n.values()) {
        for (id, t) in node["tasks"].as_object().into_iter().flatten() {
            let opaque = t["headers"]["X-Opaque-Id"].as_str().unwrap_or_default().to_string();
            out.push((id.clone(), opaque, t["description"].as_str().unwrap_or_default().to_string()));
        }
    }
    out
}

/// The running tasks tagged `opaque`.
pub fn tagged(tasks: &Value, opaque: &str) -> Vec<String> {
    running(tasks).into_iter().filter(|(_, o, _)| o == opaque).map(|(id, ..)| id).collect()
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

/// The tasks API's view of running writes, or `None` when the server has
/// no tasks API.
pub async fn list(es: &EsTarget) -> Result<Option<Value>, elasticsearch::Error> {
    let q = [("actions".to_string(), "*reindex,*byquery".to_string()), ("detailed".to_string(), "true".to_string())];
    let a = es.send(Method::Get, "/_tasks", &q, None).await?;
    Ok(a.ok().then(|| a.json()))
}

/// Why a task could not be waited for.
#[derive(Debug)]
pub enum TaskError {
    Transport(elasticsearch::Error),
    /// Still running after `task_timeout`.
    StillRunning { task: String, waited: Duration },
}

impl From<elasticsearch::Error> for TaskError {
    fn from(e: elasticsearch::Error) -> Self {
        TaskError::Transport(e)
    }
}

impl std::fmt::Display for TaskError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TaskError::Transport(e) => write!(f, "{e}"),
            TaskError::StillRunning { task, waited } => write!(
                f,
                "task {task} still runs after {waited:?}; a retry waits for it, or cancel it with POST /_tasks/{task}/_cancel; raise elasticsearch.task_timeout if it is expected"
            ),
        }
    }
}

/// Poll `task` until it completes; its `GET /_tasks/<id>` answer (`None`
/// if the server no longer knows it).
pub async fn wait(es: &EsTarget, task: &str, limit: Duration) -> Result<Option<Value>, TaskError> {
    let start = Instant::now();
    let mut delay = Duration::from_millis(100);
    loop {
        let a = es.send(Method::Get, &format!("/_tasks/{task}"), &[], None).await?;
        if a.status == 404 {
            return Ok(None);
        }
        let v = a.json();
        if v["completed"] == Value::Bool(true) {
            return Ok(Some(v));
        }
        if start.elapsed() >= limit {
            return Err(TaskError::StillRunning { task: task.into(), waited: start.elapsed() });
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(Duration::from_secs(2));
    }
}

/// The answer a synchronous `_reindex` would have given, from a completed
/// task: its `response`, or its `error` as a failure.
pub fn answer_of(done: &Value) -> Answer {
    if done["error"].is_object() {
        Answer { status: 500, body: json!({ "error": done["error"] }).to_string() }
    } else {
        Answer { status: 200, body: done["response"].to_string() }
    }
}

/// Run a prepared `_reindex` (`query` without `wait_for_completion`) as a
/// task, after any of its own still running; the answer, and a journal
/// note when it could not run as a task.
pub async fn reindex(es: &EsTarget, query: &[(String, String)], body: String) -> Result<(Answer, Option<String>), TaskError> {
    let Some(tasks) = list(es).await? else {
        let mut q = query.to_vec();
        q.push(("wait_for_completion".into(), "true".into()));
        return Ok((es.send(Method::Post, "/_reindex", &q, Some(body)).await?, Some(FOREGROUND.into())));
    };
    let opaque = opaque_id(&serde_json::from_str(&body).unwrap_or(Value::Null));
    for earlier in tagged(&tasks, &opaque) {
        tracing::info!("waiting for task {earlier}, the same reindex from an earlier run");
        wait(es, &earlier, es.task_timeout).await?;
    }
    let mut q = query.to_vec();
    q.push(("wait_for_completion".into(), "false".into()));
    let mut headers = HeaderMap::new();
    if let Ok(v) = HeaderValue::from_str(&opaque) {
        headers.insert(HeaderName::from_static("x-opaque-id"), v);
    }
    let started = es.send_with(Method::Post, "/_reindex", &q, Some(body), headers).await?;
    let Some(task) = started.json()["task"].as_str().map(str::to_string) else {
        // Refused, or answered in the foreground after all.
        return Ok((started, None));
    };
    let note = format!("ran as task {task}");
    match wait(es, &task, es.task_timeout).await? {
        Some(done) => Ok((answer_of(&done), Some(note))),
        None => Ok((Answer { status: 500, body: json!({ "error": { "type": "task_lost", "reason": format!("task {task} vanished before it reported its result") } }).to_string() }, Some(note))),
    }
}

/// Before deleting `indices`: wait for the running tasks that write them.
pub async fn settle(es: &EsTarget, indices: &str) -> Result<(), TaskError> {
    let Some(tasks) = list(es).await? else { return Ok(()) };
    for index in indices.split(',') {
        for task in writers(&tasks, index) {
            tracing::info!("waiting for task {task}, which still writes {index}, before deleting it");
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
        assert!(writers(&tasks(), "places_v1").is_empty(), "a reindex only reads its source");
        assert!(writers(&tasks(), "places_v").is_empty());
    }

    #[test]
    fn a_completed_task_answers_like_a_synchronous_reindex() {
        let ok = answer_of(&json!({ "completed": true, "response": { "total": 2, "created": 2, "failures": [] } }));
        assert_eq!((ok.status, ok.json()["created"].as_u64()), (200, Some(2)));
        let failed = answer_of(&json!({ "completed": true, "error": { "type": "index_not_found_exception", "reason": "no such index [x]" } }));
        assert_eq!(failed.status, 500);
        assert!(failed.error().contains("no such index"));
    }
}
