//! Typed problems of the account data, per account and field.
//!
//! Validation never changes the data: the typed text stays in
//! [`Field::raw`](super::model::Field). A value with a problem is treated as
//! unknown by the analysis (a duplicate name is only reported).

use crate::date::{Date, DateError, Month};
use crate::number::NumberError;

use super::model::{Account, AccountId, Field, Portfolio};

/// A field of an account, as forms and problems name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountField {
    Name,
    Sector,
    Revenue,
    GrossMargin,
    Profit,
    OrdersLast12,
    OrdersPrev12,
    LastPurchase,
    ShareOfWallet,
    YearsAsCustomer,
    RelationshipStage,
    Complaints,
    Sales,
}

impl AccountField {
    pub const ALL: [AccountField; 13] = [
        AccountField::Name,
        AccountField::Sector,
        AccountField::Revenue,
        AccountField::GrossMargin,
        AccountField::Profit,
        AccountField::OrdersLast12,
        AccountField::OrdersPrev12,
        AccountField::LastPurchase,
        AccountField::ShareOfWallet,
        AccountField::YearsAsCustomer,
        AccountField::RelationshipStage,
        AccountField::Complaints,
        AccountField::Sales,
    ];
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ProblemKind {
    /// The text is not a number.
    NotANumber(NumberError),
    /// The text is not a date.
    NotADate(DateError),
    /// An account needs a name.
    EmptyName,
    /// Another account has the same name (compared ignoring case, spacing,
    /// Turkish dotted/dotless i and Arabic/Persian letter forms).
    DuplicateName {
        other: AccountId,
    },
    NegativeRevenue,
    /// A gross margin outside −100…100%.
    MarginOutOfRange,
    /// A percentage outside 0…100%.
    PercentOutOfRange,
    /// A count or a duration below zero.
    Negative,
    /// A count with a fraction (orders, complaints).
    NotWholeNumber,
    /// A date after the analysis date, by this many days.
    InFuture {
        days: i32,
    },
    /// Sales booked in a month after the analysis month.
    SalesInFuture {
        month: Month,
    },
}

/// One problem of one field of one account.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AccountProblem {
    pub account: AccountId,
    pub field: AccountField,
    pub kind: ProblemKind,
}

/// All problems of the portfolio's accounts, in account order, then field
/// order.
pub fn validate(portfolio: &Portfolio) -> Vec<AccountProblem> {
    let today = portfolio.analysis_date;
    let mut problems = Vec::new();
    let mut hashes = Vec::with_capacity(portfolio.accounts.len());
    let this_month = today.month();
    for (i, a) in portfolio.accounts.iter().enumerate() {
        check_account(a, i as u32, today, this_month, &mut problems);
        hashes.push((name_hash(&a.name), i as u32));
    }
    with_duplicates(portfolio, problems, hashes)
}

/// Adds the duplicate-name problems to the field problems (both in account
/// order), given each account's folded-name hash.
pub(crate) fn with_duplicates(
    portfolio: &Portfolio,
    problems: Vec<(u32, AccountProblem)>,
    mut hashes: Vec<(u64, u32)>,
) -> Vec<AccountProblem> {
    let accounts = &portfolio.accounts;
    let mut dups: Vec<(u32, AccountId)> = Vec::new();
    hashes.sort_unstable();
    let mut start = 0;
    while start < hashes.len() {
        let mut end = start + 1;
        while end < hashes.len() && hashes[end].0 == hashes[start].0 {
            end += 1;
        }
        // Accounts with the same hash: pair each with the first of the same name.
        for x in start..if end - start > 1 { end } else { start } {
            let i = hashes[x].1 as usize;
            if accounts[i].name.trim().is_empty() {
                continue;
            }
            let other = (start..end)
                .map(|y| hashes[y].1 as usize)
                .find(|&j| j != i && same_name(&accounts[j].name, &accounts[i].name));
            if let Some(j) = other {
                dups.push((i as u32, accounts[j].id));
            }
        }
        start = end;
    }
    if dups.is_empty() {
        return problems.into_iter().map(|p| p.1).collect();
    }
    dups.sort_unstable_by_key(|d| d.0);
    let mut out = Vec::with_capacity(problems.len() + dups.len());
    let mut rest = problems.into_iter().peekable();
    for (i, other) in dups {
        let id = accounts[i as usize].id;
        // Problems of earlier accounts go first.
        while let Some((j, _)) = rest.peek() {
            if *j >= i {
                break;
            }
            out.extend(rest.next().map(|p| p.1));
        }
        out.push(AccountProblem {
            account: id,
            field: AccountField::Name,
            kind: ProblemKind::DuplicateName { other },
        });
    }
    out.extend(rest.map(|p| p.1));
    out
}

/// The problems of one account's own fields (not duplicates).
pub(crate) fn check_account(
    a: &Account,
    index: u32,
    today: Date,
    this_month: Month,
    out: &mut Vec<(u32, AccountProblem)>,
) {
    let mut push = |field, kind| {
        out.push((
            index,
            AccountProblem {
                account: a.id,
                field,
                kind,
            },
        ))
    };
    if a.name.trim().is_empty() {
        push(AccountField::Name, ProblemKind::EmptyName);
    }
    let numbers: [(AccountField, &Field<f64>, Check); 8] = [
        (AccountField::Revenue, &a.revenue, check_revenue),
        (AccountField::GrossMargin, &a.gross_margin, check_margin),
        (AccountField::Profit, &a.profit, |_| None),
        (AccountField::OrdersLast12, &a.orders_last_12, check_count),
        (AccountField::OrdersPrev12, &a.orders_prev_12, check_count),
        (
            AccountField::ShareOfWallet,
            &a.share_of_wallet,
            check_percent,
        ),
        (
            AccountField::YearsAsCustomer,
            &a.years_as_customer,
            check_non_negative,
        ),
        (AccountField::Complaints, &a.complaints, check_count),
    ];
    for (field, f, check) in numbers {
        match f.value {
            Some(v) => {
                if let Some(kind) = check(v) {
                    push(field, kind);
                }
            }
            None => {
                if let Some(e) = f.error() {
                    push(field, ProblemKind::NotANumber(e));
                }
            }
        }
    }
    match a.last_purchase.value {
        Some(d) => {
            if let Some(kind) = check_date(d, today) {
                push(AccountField::LastPurchase, kind);
            }
        }
        None => {
            if let Some(e) = a.last_purchase.error() {
                push(AccountField::LastPurchase, ProblemKind::NotADate(e));
            }
        }
    }
    if a.sales.last_month().is_some_and(|m| m > this_month) {
        let entries = a.sales.entries();
        let first = entries[entries.partition_point(|(m, _)| *m <= this_month)].0;
        push(
            AccountField::Sales,
            ProblemKind::SalesInFuture { month: first },
        );
    }
}

/// A range check of a numeric field.
type Check = fn(f64) -> Option<ProblemKind>;

pub(crate) fn check_revenue(v: f64) -> Option<ProblemKind> {
    (v < 0.0).then_some(ProblemKind::NegativeRevenue)
}

pub(crate) fn check_margin(v: f64) -> Option<ProblemKind> {
    (!(-100.0..=100.0).contains(&v)).then_some(ProblemKind::MarginOutOfRange)
}

pub(crate) fn check_percent(v: f64) -> Option<ProblemKind> {
    (!(0.0..=100.0).contains(&v)).then_some(ProblemKind::PercentOutOfRange)
}

pub(crate) fn check_non_negative(v: f64) -> Option<ProblemKind> {
    (v < 0.0).then_some(ProblemKind::Negative)
}

pub(crate) fn check_count(v: f64) -> Option<ProblemKind> {
    if v < 0.0 {
        Some(ProblemKind::Negative)
    } else if v.fract() != 0.0 {
        Some(ProblemKind::NotWholeNumber)
    } else {
        None
    }
}

pub(crate) fn check_date(d: Date, today: Date) -> Option<ProblemKind> {
    let days = today.days_until(d);
    (days > 0).then_some(ProblemKind::InFuture { days })
}

/// A name as people read it: case, runs of spaces, ZWNJ and direction
/// marks, Turkish i/ı/İ/I and Arabic/Persian yeh and kaf forms do not matter.
fn folded(name: &str) -> impl Iterator<Item = char> + '_ {
    let ignorable = |c: char| matches!(c, '\u{200C}' | '\u{200E}' | '\u{200F}');
    let mut last_space = false;
    name.trim_matches(|c: char| c.is_whitespace() || ignorable(c))
        .chars()
        .filter(move |&c| !ignorable(c))
        .flat_map(|c| {
            let c = match c {
                'I' | 'İ' | 'ı' => 'i',
                'ي' | 'ى' => 'ی',
                'ك' => 'ک',
                c if c.is_whitespace() => ' ',
                _ => c,
            };
            c.to_lowercase()
        })
        .filter(move |&c| {
            let space = c == ' ';
            let keep = !(space && last_space);
            last_space = space;
            keep
        })
}

fn same_name(a: &str, b: &str) -> bool {
    folded(a).eq(folded(b))
}

/// FxHash-style hash of the folded name.
pub(crate) fn name_hash(name: &str) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let trimmed = name.trim();
    // Fast path, same result: plain ASCII names without doubled spaces.
    if trimmed.bytes().all(|b| b.is_ascii_graphic() || b == b' ') && !trimmed.contains("  ") {
        return trimmed.bytes().fold(0u64, |h, b| {
            (h.rotate_left(5) ^ b.to_ascii_lowercase() as u64).wrapping_mul(K)
        });
    }
    folded(name).fold(0u64, |h, c| (h.rotate_left(5) ^ c as u64).wrapping_mul(K))
}
