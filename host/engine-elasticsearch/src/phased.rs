//! Phased (zero-downtime) mapping changes on Elasticsearch and OpenSearch,
//! through aliases.
//!
//! `mapping_change`: the application reads through `read_alias` and
//! writes through `write_alias`, both on the current index. **Start**
//! creates `index` with the new mappings (and settings), moves the write
//! alias onto it, and reindexes the current index into it as a task with
//! `op_type: create` and `conflicts: proceed`, so that documents written
//! meanwhile win over their older copies. **Complete** moves the read
//! alias onto the new index (one atomic `_aliases` call) and deletes the
//! old one. **Rollback** copies the new index back over the old one (what
//! was written while in flight is kept), moves the write alias back, copies
//! what arrived in between (`op_type: create`), and deletes the new index.
//!
//! Each step looks at the cluster first, so a phase run again after a kill
//! continues where it stopped.

use std::time::Instant;

use elasticsearch::http::Method;
use serde::Deserialize;
use serde_json::{Value, json};
use tidegate_core::capabilities::{Capabilities, Kind};
use tidegate_core::faults;
use tidegate_core::journal::Statement;
use tidegate_core::metadata::EngineKind;
use tidegate_core::phased::{Backfill, Phase, PhaseControl, PhaseOutcome, PhaseRun};

use crate::session::EsSession;
use crate::{EsError, tasks};

/// One operation of `[[elasticsearch]]` in `phases.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub enum Op {
    MappingChange {
        /// The alias the application reads through.
        read_alias: String,
        /// The alias the application writes through.
        write_alias: String,
        /// The new index.
        index: String,
        /// Its mappings, e.g. `{ properties = { ... } }`.
        mappings: Value,
        #[serde(default)]
        settings: Option<Value>,
    },
}

fn name_ok(n: &str) -> bool {
    !n.is_empty()
        && n.len() <= 255
        && n == n.to_lowercase()
        && !n.starts_with(['-', '_', '+', '.'])
        && !n.contains(['\\', '/', '*', '?', '"', '<', '>', '|', ' ', ',', '#', ':'])
}

pub fn parse(ops: &[Value], declared: Option<&Capabilities>) -> Result<Vec<Op>, String> {
    let mut out = Vec::new();
    for (i, raw) in ops.iter().enumerate() {
        let name = raw.get("op").and_then(|o| o.as_str()).unwrap_or("?");
        let at = |m: String| format!("[[elasticsearch]] operation {} (`{name}`): {m}", i + 1);
        let op: Op = serde_json::from_value(raw.clone()).map_err(|e| at(e.to_string()))?;
        let Op::MappingChange {
            read_alias,
            write_alias,
            index,
            mappings,
            ..
        } = &op;
        for n in [read_alias, write_alias, index] {
            if !name_ok(n) {
                return Err(at(format!(
                    "`{n}` is not an index or alias name (lowercase, no `*`, `,`, spaces or leading `_`)"
                )));
            }
            if let Some(caps) = declared
                && !caps.allows(Kind::Index, n)
            {
                return Err(at(caps.refusal(Kind::Index, n)));
            }
        }
        if read_alias == write_alias {
            return Err(at(
                "`read_alias` and `write_alias` must differ: writes move to the new index at start, reads at complete".into(),
            ));
        }
        if !mappings.is_object() {
            return Err(at(
                "`mappings` must be a table, e.g. `[elasticsearch.mappings.properties.name]`"
                    .into(),
            ));
        }
        out.push(op);
    }
    Ok(out)
}

fn failed(doing: &str, e: impl std::fmt::Display) -> EsError {
    EsError::Other {
        doing: doing.to_string(),
        message: e.to_string(),
    }
}

impl EsSession {
    /// `name` as the cluster has it (with the dry run's prefix).
    fn real(&self, name: &str) -> String {
        match &self.prefix {
            Some(p) => format!("{p}{name}"),
            None => name.to_string(),
        }
    }

    /// Send a request of a phase, journalled; a status outside 2xx and
    /// `allow` is an error.
    async fn request(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        allow: &[u16],
        out: &mut PhaseOutcome,
    ) -> Result<Value, EsError> {
        let started = Instant::now();
        let answer = self
            .target
            .call(
                method,
                path,
                &[],
                body.clone(),
                allow,
                &format!("{method:?} {path}"),
            )
            .await?;
        if method != Method::Get && method != Method::Head {
            faults::reached("phase");
            let text = match &body {
                Some(b) => format!("{} {path} {b}", format!("{method:?}").to_uppercase()),
                None => format!("{} {path}", format!("{method:?}").to_uppercase()),
            };
            let unprefixed = match &self.prefix {
                Some(p) => text.replace(p.as_str(), ""),
                None => text,
            };
            let mut st = Statement::of(EngineKind::Elasticsearch, unprefixed);
            st.elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
            out.statements.push(st);
        }
        Ok(answer.json())
    }

    async fn exists(&self, index: &str) -> Result<bool, EsError> {
        let a = self
            .target
            .call(
                Method::Head,
                &format!("/{}", self.real(index)),
                &[],
                None,
                &[404],
                "looking for an index",
            )
            .await?;
        Ok(a.ok())
    }

    /// The indices `alias` points at.
    async fn alias_targets(&self, alias: &str) -> Result<Vec<String>, EsError> {
        let a = self
            .target
            .call(
                Method::Get,
                &format!("/_alias/{}", self.real(alias)),
                &[],
                None,
                &[404],
                "reading an alias",
            )
            .await?;
        if !a.ok() {
            return Ok(Vec::new());
        }
        let prefix = self.prefix.clone().unwrap_or_default();
        Ok(a.json()
            .as_object()
            .map(|m| {
                m.keys()
                    .map(|k| k.strip_prefix(&prefix).unwrap_or(k).to_string())
                    .collect()
            })
            .unwrap_or_default())
    }

    async fn count(&self, index: &str) -> Result<u64, EsError> {
        let a = self
            .target
            .call(
                Method::Get,
                &format!("/{}/_count", self.real(index)),
                &[],
                None,
                &[],
                "counting documents",
            )
            .await?;
        Ok(a.json()["count"].as_u64().unwrap_or(0))
    }

    /// Move `alias` from `from` (when it is there) to `to`, atomically.
    async fn move_alias(
        &self,
        alias: &str,
        from: &str,
        to: &str,
        out: &mut PhaseOutcome,
    ) -> Result<(), EsError> {
        let on = self.alias_targets(alias).await?;
        if on == [to.to_string()] {
            return Ok(());
        }
        let mut actions = Vec::new();
        for index in on.iter().filter(|i| *i == from || *i != to) {
            actions.push(
                json!({ "remove": { "index": self.real(index), "alias": self.real(alias) } }),
            );
        }
        actions.push(json!({ "add": { "index": self.real(to), "alias": self.real(alias) } }));
        self.request(
            Method::Post,
            "/_aliases",
            Some(json!({ "actions": actions })),
            &[],
            out,
        )
        .await
        .map(drop)
    }

    /// Copy `from` into `to` as a task; `create`: documents already in
    /// `to` win. Failures other than those version conflicts fail it.
    async fn copy(
        &self,
        from: &str,
        to: &str,
        create: bool,
        out: &mut PhaseOutcome,
    ) -> Result<Backfill, EsError> {
        let started = Instant::now();
        let total = self.count(from).await?;
        let body = json!({
            "conflicts": "proceed",
            "source": { "index": self.real(from) },
            "dest": { "index": self.real(to), "op_type": if create { "create" } else { "index" } },
        });
        let (answer, note) = tasks::reindex(&self.target, &[], body.to_string())
            .await
            .map_err(|e| failed("reindexing", e))?;
        let v = answer.json();
        let failures: Vec<&Value> = v["failures"]
            .as_array()
            .map(|f| {
                f.iter()
                    .filter(|x| x["cause"]["type"] != "version_conflict_engine_exception")
                    .collect()
            })
            .unwrap_or_default();
        if !answer.ok() || !failures.is_empty() {
            return Err(failed(
                &format!("reindexing {from} into {to}"),
                if failures.is_empty() {
                    answer.error()
                } else {
                    format!(
                        "{} document(s) failed, e.g. {}",
                        failures.len(),
                        failures[0]
                    )
                },
            ));
        }
        faults::reached("backfill");
        self.target
            .call(
                Method::Post,
                &format!("/{}/_refresh", self.real(to)),
                &[],
                None,
                &[],
                "refreshing",
            )
            .await?;
        let done = v["created"].as_u64().unwrap_or(0)
            + v["updated"].as_u64().unwrap_or(0)
            + v["version_conflicts"].as_u64().unwrap_or(0);
        let mut st = Statement::of(
            EngineKind::Elasticsearch,
            format!(
                "POST /_reindex {}",
                body.to_string()
                    .replace(self.prefix.as_deref().unwrap_or("\u{0}"), "")
            ),
        );
        st.elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
        st.rows = Some(done);
        st.note = note;
        out.statements.push(st);
        let elapsed = started.elapsed().as_secs_f64();
        Ok(Backfill {
            object: to.to_string(),
            done,
            total: total.max(done),
            finished: true,
            updated_at: None,
            rate: (elapsed > 0.0 && done > 0).then(|| done as f64 / elapsed),
        })
    }

    /// Delete `index` once no task writes it, fenced.
    async fn retire(
        &self,
        index: &str,
        control: &mut dyn PhaseControl,
        out: &mut PhaseOutcome,
    ) -> Result<(), EsError> {
        tasks::settle(&self.target, &self.real(index))
            .await
            .map_err(|e| failed(&format!("waiting for the tasks that write {index}"), e))?;
        control.fence().await.map_err(EsError::fence)?;
        self.request(
            Method::Delete,
            &format!("/{}", self.real(index)),
            None,
            &[404],
            out,
        )
        .await
        .map(drop)
    }

    /// The index the application used before start: the read alias's,
    /// when it is not the new one.
    async fn old_index(&self, read_alias: &str, index: &str) -> Result<Option<String>, EsError> {
        let on: Vec<String> = self
            .alias_targets(read_alias)
            .await?
            .into_iter()
            .filter(|i| i != index)
            .collect();
        match on.as_slice() {
            [] => Ok(None),
            [one] => Ok(Some(one.clone())),
            many => Err(failed(
                "reading the read alias",
                format!(
                    "{read_alias} points at several indices ({}); point it at one before a mapping change",
                    many.join(", ")
                ),
            )),
        }
    }

    /// [`tidegate_core::engine::Session::phase`] on Elasticsearch.
    pub(crate) async fn run_phase(
        &mut self,
        run: &PhaseRun<'_>,
        control: &mut dyn PhaseControl,
    ) -> Result<PhaseOutcome, EsError> {
        let ops = parse(run.ops, run.declared)
            .map_err(|m| failed(&format!("phased migration {}", run.id), m))?;
        let mut out = PhaseOutcome::default();
        for op in &ops {
            let Op::MappingChange {
                read_alias,
                write_alias,
                index,
                mappings,
                settings,
            } = op;
            let old = self.old_index(read_alias, index).await?;
            match run.phase {
                Phase::Start => {
                    let Some(old) = old else {
                        return Err(failed(
                            &format!("phased migration {}", run.id),
                            format!(
                                "alias {read_alias} points at no index besides {index}; create the index and both aliases in an earlier migration"
                            ),
                        ));
                    };
                    if !self.exists(index).await? {
                        control.fence().await.map_err(EsError::fence)?;
                        let mut body = json!({ "mappings": mappings });
                        if let Some(s) = settings {
                            body["settings"] = s.clone();
                        }
                        self.request(
                            Method::Put,
                            &format!("/{}", self.real(index)),
                            Some(body),
                            &[],
                            &mut out,
                        )
                        .await?;
                    }
                    control.fence().await.map_err(EsError::fence)?;
                    self.move_alias(write_alias, &old, index, &mut out).await?;
                    control.progress(&Backfill {
                        object: index.clone(),
                        done: 0,
                        total: self.count(&old).await?,
                        finished: false,
                        updated_at: None,
                        rate: None,
                    });
                    control.fence().await.map_err(EsError::fence)?;
                    let b = self.copy(&old, index, true, &mut out).await?;
                    control.progress(&b);
                    out.backfills.push(b);
                }
                Phase::Complete => {
                    control.fence().await.map_err(EsError::fence)?;
                    if let Some(old) = &old {
                        // The read alias joins the new index, and leaves
                        // with the old one: until then the alias still
                        // names the old index, so a run killed in between
                        // finds it again.
                        if !self.alias_targets(read_alias).await?.contains(index) {
                            let add = json!({ "actions": [{ "add": { "index": self.real(index), "alias": self.real(read_alias) } }] });
                            self.request(Method::Post, "/_aliases", Some(add), &[], &mut out)
                                .await?;
                        }
                        self.retire(old, control, &mut out).await?;
                    }
                }
                Phase::Rollback => {
                    let Some(old) = old else {
                        return Err(failed(
                            &format!("rolling back {}", run.id),
                            format!(
                                "alias {read_alias} no longer points at the old index; it was completed"
                            ),
                        ));
                    };
                    if self.exists(index).await? {
                        control.fence().await.map_err(EsError::fence)?;
                        // What was written while in flight goes back.
                        self.copy(index, &old, false, &mut out).await?;
                        self.move_alias(write_alias, index, &old, &mut out).await?;
                        self.copy(index, &old, true, &mut out).await?;
                        self.retire(index, control, &mut out).await?;
                    } else {
                        self.move_alias(write_alias, index, &old, &mut out).await?;
                    }
                }
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_refuses_with_what_to_do() {
        let caps = Capabilities {
            indices: vec!["places*".into()],
            ..Default::default()
        };
        let op = json!({"op": "mapping_change", "read_alias": "places", "write_alias": "places-write", "index": "places-v2", "mappings": {"properties": {}}});
        assert!(parse(std::slice::from_ref(&op), Some(&caps)).is_ok());
        let mut same = op.clone();
        same["write_alias"] = json!("places");
        assert!(parse(&[same], None).unwrap_err().contains("must differ"));
        let mut outside = op;
        outside["index"] = json!("orders-v2");
        assert!(
            parse(&[outside], Some(&caps))
                .unwrap_err()
                .contains("outside this module's declared capabilities")
        );
    }
}
