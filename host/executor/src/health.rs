//! `tidegate health`: every engine's connectivity and server facts, the
//! migration state, and every applied migration's invariants.

use std::time::Instant;

use tidegate_core::error::describe;
use tidegate_core::report::{Health, HealthCheck, HealthReport, State, ms};

use crate::{ExecError, Executor};

impl Executor<'_> {
    /// Every engine's connectivity and server facts, the migration state,
    /// and every applied migration's declared invariants (run read-only).
    pub async fn health(&self) -> HealthReport {
        let start = Instant::now();
        let mut checks = Vec::new();
        let mut reachable = true;
        for engine in &self.engines {
            match engine.health().await {
                Ok(facts) => checks.extend(facts),
                Err(e) => {
                    reachable = false;
                    checks.push(HealthCheck::new(
                        engine.kind().to_string(),
                        Health::Fail,
                        describe(&e),
                    ));
                }
            }
        }
        if reachable {
            if let Err(e) = self.migration_health(&mut checks).await {
                checks.push(HealthCheck::new("migrations", Health::Fail, describe(&e)));
            }
        }
        let status = checks
            .iter()
            .map(|c| c.status)
            .max()
            .unwrap_or(Health::Pass);
        HealthReport {
            engines: self.kinds(),
            target: self.targets(),
            status,
            checks,
            elapsed_ms: ms(start.elapsed()),
        }
    }

    async fn migration_health(&self, checks: &mut Vec<HealthCheck>) -> Result<(), ExecError> {
        self.with_sessions(async |sessions| {
            let entries = self.entries(sessions).await?;
            let count = |s: State| entries.iter().filter(|e| e.state == s).count();
            let blocked: Vec<String> = entries
                .iter()
                .filter(|e| {
                    matches!(
                        e.state,
                        State::Failed | State::Interrupted | State::Modified | State::Missing
                    )
                })
                .map(|e| format!("{} is {}", e.id, e.state))
                .collect();
            let (status, detail) = match (blocked.is_empty(), count(State::Pending)) {
                (false, _) => (
                    Health::Fail,
                    format!("{}; see `tidegate status`", blocked.join(", ")),
                ),
                (true, 0) => (
                    Health::Pass,
                    format!("{} applied, none pending", count(State::Applied)),
                ),
                (true, n) => (
                    Health::Warn,
                    format!("{} applied, {n} pending", count(State::Applied)),
                ),
            };
            checks.push(HealthCheck::new("migrations", status, detail));
            for (id, result) in self.checks_of_applied(sessions, &entries).await? {
                match result {
                    Ok(results) => {
                        for r in results {
                            checks.push(HealthCheck::new(
                                format!("{id}: {}", r.name),
                                if r.passed { Health::Pass } else { Health::Fail },
                                r.detail,
                            ));
                        }
                    }
                    Err(err) => checks.push(HealthCheck::new(
                        format!("{id}: check"),
                        Health::Fail,
                        describe(&err),
                    )),
                }
            }
            Ok(())
        })
        .await
    }
}
