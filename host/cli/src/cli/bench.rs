//! `tidegate bench`

use anyhow::Context as _;
use tidegate::bench::{self, BenchReport, Options, Stat};
use tidegate::render::json;

use super::{Ctx, Format};

#[derive(clap::Args)]
pub struct Args {
    /// Loads and instantiations measured per component.
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub repeat: u64,
    /// Fresh-database rounds of the PostgreSQL overhead comparison.
    #[arg(long, default_value_t = 7, value_parser = clap::value_parser!(u64).range(1..=50))]
    pub rounds: u64,
    /// Instead: a phased migration of a table of this many rows under a
    /// load of 500 writes/s and reads through both versions, on the
    /// configured PostgreSQL server (a database of its own).
    #[arg(long, value_name = "ROWS")]
    pub zero_downtime: Option<u64>,
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<u8> {
    if let Some(rows) = args.zero_downtime {
        let server = ctx
            .config
            .engine("postgres")
            .url()
            .map(str::to_string)
            .context("--zero-downtime needs postgres.url (or --postgres-url)")?;
        let report = super::zero_downtime::run(&server, rows).await?;
        ctx.emit(&match ctx.global.format {
            Format::Json | Format::Sarif => json(&report),
            Format::Human | Format::Markdown => super::zero_downtime::table(&report),
        });
        return Ok(0);
    }
    let options = Options {
        repeat: args.repeat as usize,
        rounds: args.rounds as usize,
    };
    let report = bench::run(&ctx.config, &ctx.runtime, &options)
        .await
        .context("benchmark failed")?;
    ctx.emit(&match ctx.global.format {
        Format::Json | Format::Sarif => json(&report),
        Format::Human | Format::Markdown => table(&report),
    });
    Ok(0)
}

fn row(out: &mut String, what: &str, s: &Stat) {
    out.push_str(&format!(
        "{what:<44} {:>10.3} {:>10.3} {:>8}\n",
        s.median_ms, s.min_ms, s.samples
    ));
}

fn table(r: &BenchReport) -> String {
    let mut out = format!(
        "{} components, {} KiB each on average\n\n{:<44} {:>10} {:>10} {:>8}\n",
        r.components,
        r.component_bytes / 1024,
        "ms",
        "median",
        "min",
        "samples"
    );
    row(&mut out, "cold compile (Cranelift)", &r.cold_compile);
    row(&mut out, "load from the precompiled cache", &r.cached_load);
    row(&mut out, "instantiate + one call", &r.instantiate);
    out.push_str(&format!(
        "\ncached load is {:.0}x faster than a cold compile\n",
        r.cold_compile.median_ms / r.cached_load.median_ms
    ));
    match (&r.overhead, &r.overhead_skipped) {
        (Some(o), _) => {
            out.push_str(&format!(
                "\n{} migrations, {} fresh targets each, per migration:\n",
                o.migrations, o.rounds
            ));
            row(&mut out, "tidegate apply", &o.tidegate_ms);
            row(
                &mut out,
                "native driver, same statements + history row",
                &o.native_ms,
            );
            row(
                &mut out,
                "native driver, same statements alone",
                &o.native_bare_ms,
            );
            row(
                &mut out,
                "engine code, apply's database work (whole run)",
                &o.guarded_ms,
            );
            out.push_str(&format!(
                "tidegate / native with history: {:.3} ({:+.1}%); in the sandbox (not the database) during up: {:.3} ms\n",
                o.ratio,
                (o.ratio - 1.0) * 100.0,
                o.sandbox_ms
            ));
            out.push_str(&format!(
                "of which the guarantees at the database: {:.3} ({:+.1}%); the sandbox and the executor: {:.3} ({:+.1}%)\n",
                o.guarantees_ratio,
                (o.guarantees_ratio - 1.0) * 100.0,
                o.host_ratio,
                (o.host_ratio - 1.0) * 100.0
            ));
        }
        (None, Some(why)) => out.push_str(&format!("\nno overhead comparison: {why}\n")),
        (None, None) => {}
    }
    out
}
