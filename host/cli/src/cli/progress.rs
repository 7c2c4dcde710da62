//! How long work shows its progress: a bar per backfill on a terminal,
//! plain lines in CI logs (JSON lines with `--format json`), at most one
//! every few seconds per backfill, and always its last.

use std::collections::HashMap;
use std::io::IsTerminal as _;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{MultiProgress, ProgressBar, ProgressStyle};
use tidegate::phased::Backfill;

use super::Format;

/// How often a log line repeats a backfill that moves.
const EVERY: Duration = Duration::from_secs(5);

pub struct Backfills {
    format: Format,
    /// Bars on a terminal; `None` writes lines.
    bars: Option<MultiProgress>,
    shown: Mutex<HashMap<(String, String), Shown>>,
}

enum Shown {
    Bar(ProgressBar),
    Line(Instant),
}

impl Backfills {
    pub fn new(format: Format) -> Self {
        Backfills {
            format,
            bars: std::io::stderr().is_terminal().then(MultiProgress::new),
            shown: Mutex::new(HashMap::new()),
        }
    }

    fn line(&self, id: &str, b: &Backfill) {
        let text = match self.format {
            Format::Json | Format::Sarif => serde_json::json!({
                "progress": "backfill",
                "migration": id,
                "object": b.object,
                "done": b.done,
                "total": b.total,
                "finished": b.finished,
                "rate": b.rate,
            })
            .to_string(),
            _ => {
                let rate = b
                    .rate
                    .map(|r| format!(" · {} rows/s", tidegate::journal::human_count(r as u64)))
                    .unwrap_or_default();
                format!("{id}: backfill {}{rate}", b.describe())
            }
        };
        eprintln!("{text}");
    }
}

impl tidegate::Progress for Backfills {
    fn backfill(&self, id: &str, b: &Backfill) {
        let mut shown = self.shown.lock().expect("not poisoned");
        let key = (id.to_string(), b.object.clone());
        match (&self.bars, shown.get_mut(&key)) {
            (Some(_), Some(Shown::Bar(bar))) => {
                bar.set_length(b.total.max(b.done));
                bar.set_position(b.done);
                if b.finished {
                    bar.finish();
                }
            }
            (Some(bars), _) => {
                let bar = bars.add(
                    ProgressBar::new(b.total.max(b.done)).with_style(
                        ProgressStyle::with_template(
                            "{prefix} [{bar:30}] {human_pos}/{human_len} rows · {per_sec} · eta {eta}",
                        )
                        .expect("valid template")
                        .progress_chars("=> "),
                    ),
                );
                bar.set_prefix(format!("{id} · {}", b.object));
                bar.set_position(b.done);
                shown.insert(key, Shown::Bar(bar));
            }
            (None, Some(Shown::Line(at))) => {
                if b.finished || at.elapsed() >= EVERY {
                    *at = Instant::now();
                    self.line(id, b);
                }
            }
            (None, _) => {
                shown.insert(key, Shown::Line(Instant::now()));
                self.line(id, b);
            }
        }
    }
}
