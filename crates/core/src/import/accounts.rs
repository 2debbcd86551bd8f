//! The accounts table: one row per account, with columns of the accounts
//! model, ratings (`rating:<criterion>`) and monthly sales (`YYYY-MM`).
//!
//! Rows are kept the way the form keeps typed values: a number cell keeps
//! its text next to what it was read as, and a cell that cannot be read
//! costs the row nothing (the value is unknown and validation will say why,
//! as for a typed value); the problem is listed all the same. Read dates are
//! stored as ISO text, since the file's date format is not part of the
//! account. Only a row without a name, or with a different number of cells
//! than the header, is skipped.

use crate::accounts::{Account, Field, MonthlySales, Portfolio, Rating};
use crate::date::Month;

use super::cells::{width_problem, CellReader, Cells, Value};
use super::columns::Role;
use super::fold::{fold_name, FxHashMap};
use super::ledger::Applied;
use super::problems::{FileProblem, Report, RowProblem, RowProblemKind};
use super::records::{Record, RecordReader};
use super::settings::{ImportSettings, TableKind};

/// One account read from one row.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedAccount {
    /// The line the row starts on.
    pub line: u64,
    /// The account, with the mapped fields filled in (its id is not yet
    /// meaningful).
    pub account: Account,
    /// Ratings by criterion id, for [`Portfolio::set_rating`].
    pub ratings: Vec<(String, Rating)>,
}

/// An accounts table read, not yet applied to anything.
#[derive(Clone, Debug, PartialEq)]
pub struct AccountsImport {
    pub accounts: Vec<ImportedAccount>,
    pub report: Report,
    /// The header row's texts (empty without a header row).
    pub header: Vec<String>,
    /// The roles that had a column: applying writes these fields only.
    pub roles: Vec<Role>,
}

/// Reads an accounts table pushed in text chunks.
pub struct AccountsImporter {
    reader: RecordReader,
    plan: AccountsPlan,
    state: State,
}

struct State {
    has_header: bool,
    header_seen: bool,
    header: Vec<String>,
    records: u64,
    accounts: Vec<ImportedAccount>,
    report: Report,
}

impl AccountsImporter {
    /// An importer reading with `settings` (checked: a settings problem is
    /// returned instead).
    pub fn new(settings: &ImportSettings) -> Result<AccountsImporter, FileProblem> {
        settings.check(TableKind::Accounts)?;
        Ok(AccountsImporter {
            reader: RecordReader::new(settings.delimiter),
            plan: AccountsPlan::new(settings),
            state: State {
                has_header: settings.has_header,
                header_seen: false,
                header: Vec::new(),
                records: 0,
                accounts: Vec::new(),
                report: Report::default(),
            },
        })
    }

    /// Reads the next chunk of text. Chunks may end anywhere.
    pub fn push(&mut self, chunk: &str) {
        let (plan, state) = (&self.plan, &mut self.state);
        self.reader.push(chunk, &mut |r| state.on_record(plan, r));
    }

    /// Ends the text and returns the accounts read, or the file's problem:
    /// no record at all ([`FileProblem::Empty`]) or no data row
    /// ([`FileProblem::NoRows`]).
    pub fn finish(mut self) -> Result<AccountsImport, FileProblem> {
        let (plan, state) = (&self.plan, &mut self.state);
        self.reader.finish(&mut |r| state.on_record(plan, r));
        let s = self.state;
        if s.records == 0 {
            return Err(FileProblem::Empty);
        }
        if s.report.rows == 0 {
            return Err(FileProblem::NoRows);
        }
        Ok(AccountsImport {
            accounts: s.accounts,
            report: s.report,
            header: s.header,
            roles: self.plan.mapped.into_iter().map(|(_, r)| r).collect(),
        })
    }
}

impl State {
    fn on_record(&mut self, plan: &AccountsPlan, r: &Record<'_>) {
        self.records += 1;
        if self.has_header && !self.header_seen {
            self.header_seen = true;
            self.header = r.fields().map(str::to_string).collect();
            return;
        }
        if r.unterminated || r.too_long {
            let kind = if r.unterminated {
                RowProblemKind::UnterminatedQuote { lines: r.lines }
            } else {
                RowProblemKind::TooLong
            };
            self.report.rows += 1;
            self.report.skipped += 1;
            self.report
                .push(RowProblem::new(r.line, r.len().checked_sub(1), "", kind));
            return;
        }
        if r.is_blank() {
            return;
        }
        self.report.rows += 1;
        let mut problems = Vec::new();
        match plan.read(r.line, r, &mut problems) {
            Some(a) => {
                self.accounts.push(a);
                self.report.imported += 1;
            }
            None => self.report.skipped += 1,
        }
        for p in problems {
            self.report.push(p);
        }
    }
}

impl AccountsImport {
    /// Writes the accounts into `portfolio`: a row updates the account of
    /// the same name (compared as validation compares names) or becomes a
    /// new account. Only the fields that had a column are written (an empty
    /// cell empties the field); ratings go through
    /// [`Portfolio::set_rating`], and month columns replace the monthly
    /// sales. Two rows of the same name become two accounts, so validation
    /// reports the duplicate instead of one row silently overwriting the
    /// other.
    pub fn apply(&self, portfolio: &mut Portfolio) -> Applied {
        let mut index: FxHashMap<String, usize> = FxHashMap::default();
        let mut key = String::new();
        for (i, a) in portfolio.accounts.iter().enumerate() {
            fold_name(&a.name, &mut key);
            index.entry(key.clone()).or_insert(i);
        }
        let mut applied = Applied::default();
        let months = self.roles.iter().any(|r| matches!(r, Role::SalesMonth(_)));
        for imported in &self.accounts {
            let from = &imported.account;
            fold_name(&from.name, &mut key);
            let i = match index.remove(key.as_str()) {
                Some(i) => {
                    applied.updated += 1;
                    i
                }
                None => {
                    portfolio.add(Account {
                        name: from.name.clone(),
                        ..Account::default()
                    });
                    applied.added += 1;
                    portfolio.accounts.len() - 1
                }
            };
            let to = &mut portfolio.accounts[i];
            for role in &self.roles {
                copy_field(role, from, to);
            }
            if months {
                to.sales = from.sales.clone();
            }
            for (criterion, rating) in &imported.ratings {
                portfolio.set_rating(i, criterion, *rating);
            }
        }
        applied
    }
}

fn copy_field(role: &Role, from: &Account, to: &mut Account) {
    match role {
        Role::Sector => to.sector = from.sector.clone(),
        Role::Revenue => to.revenue = from.revenue.clone(),
        Role::Margin => to.gross_margin = from.gross_margin.clone(),
        Role::Profit => to.profit = from.profit.clone(),
        Role::OrdersLast12 => to.orders_last_12 = from.orders_last_12.clone(),
        Role::OrdersPrev12 => to.orders_prev_12 = from.orders_prev_12.clone(),
        Role::LastPurchase => to.last_purchase = from.last_purchase.clone(),
        Role::ShareOfWallet => to.share_of_wallet = from.share_of_wallet.clone(),
        Role::YearsAsCustomer => to.years_as_customer = from.years_as_customer.clone(),
        Role::RelationshipStage => to.relationship_stage = from.relationship_stage,
        Role::Complaints => to.complaints = from.complaints.clone(),
        // The name matched already; ratings and months are written apart.
        _ => {}
    }
}

/// The settings turned into what reading a row needs.
pub(crate) struct AccountsPlan {
    columns: usize,
    mapped: Vec<(usize, Role)>,
    cells: CellReader,
}

impl AccountsPlan {
    pub(crate) fn new(settings: &ImportSettings) -> AccountsPlan {
        AccountsPlan {
            columns: settings.columns.len(),
            mapped: settings
                .columns
                .iter()
                .enumerate()
                .filter_map(|(i, r)| r.clone().map(|r| (i, r)))
                .collect(),
            cells: CellReader::new(settings),
        }
    }

    /// Reads a data row starting on `line`, adding its problems to `out`;
    /// `None` when the row is skipped.
    pub(crate) fn read<C: Cells + ?Sized>(
        &self,
        line: u64,
        row: &C,
        out: &mut Vec<RowProblem>,
    ) -> Option<ImportedAccount> {
        if let Some(kind) = width_problem(row, self.columns) {
            out.push(RowProblem::new(line, None, "", kind));
            return None;
        }
        let before = out.len();
        let mut a = Account::default();
        let mut ratings = Vec::new();
        let mut months: Vec<(Month, f64)> = Vec::new();
        let mut skip = false;
        for (col, role) in &self.mapped {
            let text = row.cell(*col);
            let value = self.cells.read(role, text);
            if let Err(kind) = &value {
                let mut p = RowProblem::new(line, Some(*col), text, kind.clone());
                p.row_skipped = false;
                out.push(p);
            }
            let value = value.unwrap_or(Value::Blank);
            let number = || Field {
                raw: text.to_string(),
                value: match value {
                    Value::Number(n) => Some(n),
                    _ => None,
                },
            };
            match role {
                Role::Name => match value {
                    Value::Text(t) => a.name = t.to_string(),
                    _ => {
                        out.push(RowProblem::new(
                            line,
                            Some(*col),
                            "",
                            RowProblemKind::Missing(Role::Name),
                        ));
                        skip = true;
                    }
                },
                Role::Sector => {
                    if let Value::Text(t) = value {
                        a.sector = t.to_string();
                    }
                }
                Role::Revenue => a.revenue = number(),
                Role::Margin => a.gross_margin = number(),
                Role::Profit => a.profit = number(),
                Role::OrdersLast12 => a.orders_last_12 = number(),
                Role::OrdersPrev12 => a.orders_prev_12 = number(),
                Role::ShareOfWallet => a.share_of_wallet = number(),
                Role::YearsAsCustomer => a.years_as_customer = number(),
                Role::Complaints => a.complaints = number(),
                Role::LastPurchase => {
                    a.last_purchase = match value {
                        Value::Date(d) => Field::known_date(d),
                        _ => Field {
                            raw: text.to_string(),
                            value: None,
                        },
                    }
                }
                Role::RelationshipStage => {
                    if let Value::Stage(s) = value {
                        a.relationship_stage = Some(s);
                    }
                }
                Role::Rating(id) => {
                    if let Some(r) = match value {
                        Value::Rating(r) => Rating::new(r),
                        _ => None,
                    } {
                        ratings.push((id.clone(), r));
                    }
                }
                Role::SalesMonth(m) => {
                    if let Value::Number(n) = value {
                        months.push((*m, n));
                    }
                }
                _ => {}
            }
        }
        if skip {
            for p in &mut out[before..] {
                p.row_skipped = true;
            }
            return None;
        }
        a.sales = MonthlySales::from_entries(months);
        Some(ImportedAccount {
            line,
            account: a,
            ratings,
        })
    }
}
