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
    analyse, Account, Capacity, Checklist, Field, MonthlySales, Portfolio, Rating, Settings,
};
use kilit_core::date::Date;

/// Knuth's MMIX linear congruential generator, as in `scripts/gen-accounts`.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as f64 / (1u64 << 31) as f64
    }
}

pub const SEED: u64 = 20_241_122;
pub const MONTHS: i32 = 24;

/// The rating criteria of the built-in checklist, in the generator's order.
pub const RATED: [&str; 15] = [
    "growth_potential",
    "sector_growth",
    "reference_value",
    "strategic_fit",
    "need",
    "ability_to_pay",
    "decision_access",
    "delivery_service",
    "channel_conflict",
    "resources",
    "credit_exposure",
    "sales_control",
    "geography_logistics",
    "organisational_fit",
    "relationship_strength",
];

/// `n` accounts with 24 months of sales ending in the analysis month.
pub fn generate(n: usize, analysis_date: Date) -> Portfolio {
    let mut rng = Lcg(SEED);
    let mut p = Portfolio::new("TRY", analysis_date);
    p.rating_columns = RATED.iter().map(|s| s.to_string()).collect();
    let this_month = analysis_date.month();
    for i in 0..n {
        let base = (10_000.0 * (5.0 * rng.next()).exp()).floor();
        let margin = (5.0 + 35.0 * rng.next()).floor();
        let pattern = rng.next();
        let mut amounts = [0.0f64; MONTHS as usize];
        for a in amounts.iter_mut() {
            let u = rng.next();
            let v = rng.next();
            *a = if pattern < 0.5 {
                (base * (0.8 + 0.4 * u) + 0.5).floor()
            } else if pattern < 0.8 {
                if u < 0.6 {
                    (base * (0.2 + 1.8 * v) + 0.5).floor()
                } else {
                    0.0
                }
            } else if u < 0.2 {
                (base * (1.0 + 3.0 * v) + 0.5).floor()
            } else {
                0.0
            };
        }
        let last12: f64 = amounts[12..].iter().sum();
        let active = |s: &[f64]| s.iter().filter(|&&a| a > 0.0).count() as f64;
        let last_active = amounts.iter().rposition(|&a| a > 0.0);
        let days_ago =
            last_active.map(|k| 30 * (MONTHS - 1 - k as i32) + (rng.next() * 10.0) as i32);
        let share = (5.0 + 90.0 * rng.next()).floor();
        let years = (rng.next() * 20.0).floor();
        let complaints = (rng.next() * rng.next() * 8.0).floor();
        let ratings: Vec<Rating> = RATED
            .iter()
            .map(|_| {
                let u = rng.next();
                if u < 0.05 {
                    Rating::UNKNOWN
                } else {
                    Rating::new(1 + ((u - 0.05) / 0.95 * 5.0) as u8).unwrap_or_default()
                }
            })
            .collect();
        let sales = MonthlySales::from_entries(
            amounts
                .iter()
                .enumerate()
                .filter(|(_, a)| **a != 0.0)
                .filter_map(|(k, &a)| {
                    this_month
                        .add_months(k as i32 - (MONTHS - 1))
                        .map(|m| (m, a))
                }),
        );
        p.add(Account {
            name: format!("Account {i:06}"),
            sector: "Generated".to_string(),
            revenue: Field::known(last12),
            gross_margin: Field::known(margin),
            orders_last_12: Field::known(active(&amounts[12..])),
            orders_prev_12: Field::known(active(&amounts[..12])),
            last_purchase: days_ago
                .and_then(|d| analysis_date.add_days(-d))
                .map_or_else(Field::empty, Field::known_date),
            share_of_wallet: Field::known(share),
            years_as_customer: Field::known(years),
            complaints: Field::known(complaints),
            ratings,
            sales,
            ..Account::default()
        });
    }
    p
}

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
