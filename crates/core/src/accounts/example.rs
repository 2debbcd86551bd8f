//! "Load example portfolio": 25 fictitious but realistic B2B accounts.
//!
//! The data (`example_portfolio.json`) stores every date as an offset from
//! the analysis date (`last_purchase_days_ago`, `first_month_ago`), so the
//! example looks current whenever it is loaded. It has large and small
//! accounts, thin and fat margins, steady, seasonal, irregular and
//! project-driven buyers, a new fast grower, a one-time buyer, a lapsed
//! account and one whose orders halved; three accounts have no monthly data
//! and two are incompletely rated.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::date::Date;

use super::model::{Account, Field, MonthlySales, Portfolio, Rating, RelationshipStage};

const EXAMPLE_JSON: &str = include_str!("example_portfolio.json");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExampleFile {
    currency: String,
    accounts: Vec<ExampleAccount>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExampleAccount {
    name: String,
    sector: String,
    revenue: Option<f64>,
    gross_margin: Option<f64>,
    #[serde(default)]
    profit: Option<f64>,
    orders_last_12: Option<f64>,
    orders_prev_12: Option<f64>,
    last_purchase_days_ago: Option<i32>,
    share_of_wallet: Option<f64>,
    years_as_customer: Option<f64>,
    relationship_stage: Option<String>,
    complaints: Option<f64>,
    ratings: BTreeMap<String, Option<u8>>,
    sales: Option<ExampleSales>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExampleSales {
    /// Months before the analysis month of the first amount.
    first_month_ago: i32,
    amounts: Vec<f64>,
}

/// The example portfolio, with its dates placed relative to `analysis_date`.
pub fn example_portfolio(analysis_date: Date) -> Portfolio {
    // The file is compiled in and checked by a test; should it ever fail to
    // load, the user gets an empty portfolio rather than a crash.
    let file: ExampleFile = match serde_json::from_str(EXAMPLE_JSON) {
        Ok(f) => f,
        Err(_) => return Portfolio::new("TRY", analysis_date),
    };
    let mut p = Portfolio::new(file.currency, analysis_date);
    let this_month = analysis_date.month();
    for e in file.accounts {
        let known = |v: Option<f64>| v.map_or_else(Field::empty, Field::known);
        let sales = e.sales.map_or_else(MonthlySales::default, |s| {
            MonthlySales::from_entries(
                s.amounts
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| **a != 0.0)
                    .filter_map(|(i, &a)| {
                        this_month
                            .add_months(i as i32 - s.first_month_ago)
                            .map(|m| (m, a))
                    }),
            )
        });
        let account = Account {
            name: e.name,
            sector: e.sector,
            revenue: known(e.revenue),
            gross_margin: known(e.gross_margin),
            profit: known(e.profit),
            orders_last_12: known(e.orders_last_12),
            orders_prev_12: known(e.orders_prev_12),
            last_purchase: e
                .last_purchase_days_ago
                .and_then(|d| analysis_date.add_days(-d))
                .map_or_else(Field::empty, Field::known_date),
            share_of_wallet: known(e.share_of_wallet),
            years_as_customer: known(e.years_as_customer),
            relationship_stage: e
                .relationship_stage
                .as_deref()
                .and_then(RelationshipStage::from_code),
            complaints: known(e.complaints),
            ..Account::default()
        };
        let index = p.accounts.len();
        p.add(account);
        for (criterion, rating) in e.ratings {
            let r = rating.and_then(Rating::new).unwrap_or(Rating::UNKNOWN);
            p.set_rating(index, &criterion, r);
        }
        p.accounts[index].sales = sales;
    }
    p
}
