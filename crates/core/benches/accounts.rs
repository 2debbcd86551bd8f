//! Benchmark: all account analytics for 100,000 accounts × 24 months.
//!
//! Run natively, in release mode:
//!
//! ```text
//! cargo test --release -p kilit-core --bench accounts -- --ignored --nocapture
//! ```
//!
//! The portfolio is generated in-process with the same fixed-seed generator
//! as `scripts/gen-accounts` (which writes it as CSV for browser
//! benchmarks). `KILIT_BENCH_ACCOUNTS` and `KILIT_BENCH_RUNS` change the size
//! and the number of timed runs. The target is a median of at most 50 ms.

use std::time::Instant;

use kilit_core::accounts::{
    analyse, generated_portfolio, Capacity, Checklist, Portfolio, Settings,
};
use kilit_core::date::Date;

/// The generator lives in the core (`accounts::generated_portfolio`, the
/// same accounts as `scripts/gen-accounts` and the app's large example).
pub fn generate(n: usize, analysis_date: Date) -> Portfolio {
    generated_portfolio(n, analysis_date)
}

pub const MONTHS: i32 = kilit_core::accounts::workbench::GENERATED_MONTHS;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
#[ignore = "benchmark: run with --release -- --ignored --nocapture"]
fn analyse_100k_accounts_24_months() {
    let n = env_usize("KILIT_BENCH_ACCOUNTS", 100_000);
    let runs = env_usize("KILIT_BENCH_RUNS", 9).max(1);
    let date = Date::from_ymd(2025, 6, 30).unwrap();
    let t = Instant::now();
    let portfolio = generate(n, date);
    println!(
        "generated {n} accounts × {MONTHS} months in {:.0} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let checklist = Checklist::builtin();
    let settings = Settings {
        capacity: Capacity::Managers {
            managers: 5,
            accounts_each: 6,
        },
        ..Settings::default()
    };

    let mut times = Vec::with_capacity(runs);
    let mut shortlisted = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let a = analyse(&portfolio, &checklist, &settings);
        times.push(t.elapsed().as_secs_f64() * 1e3);
        shortlisted = a.shortlist.entries.len();
        assert_eq!(a.accounts.len(), n);
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "analyse: median {median:.1} ms, min {:.1} ms, max {:.1} ms over {runs} runs ({shortlisted} shortlisted); target ≤ 50 ms",
        times[0],
        times[times.len() - 1]
    );
}

/// Prints the first accounts' revenue, last purchase and first ratings, to
/// compare with `scripts/gen-accounts --accounts 5`.
#[test]
#[ignore = "prints a sample to compare with scripts/gen-accounts"]
fn sample_matches_the_csv_generator() {
    let p = generate(5, Date::from_ymd(2025, 6, 30).unwrap());
    for a in &p.accounts {
        let ratings: Vec<String> = a
            .ratings
            .iter()
            .map(|r| r.value().map_or(String::new(), |v| v.to_string()))
            .collect();
        println!(
            "{},{},{},{}",
            a.revenue.raw,
            a.gross_margin.raw,
            a.last_purchase.raw,
            ratings.join(",")
        );
    }
}
