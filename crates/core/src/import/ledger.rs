//! The sales ledger: one row per invoice or order line, aggregated per
//! customer while the text streams in. No row is kept.
//!
//! Per customer, against the analysis date *A* (`A − 1 year` is the same
//! day a year earlier, 28 February for a 29 February):
//!
//! - **revenue** and **profit**: sums over the rows dated in the last 12
//!   months, `A − 1 year < date ≤ A`; the 12 before are summed too
//!   (`revenue_prev`). Negative amounts (returns, credit notes) count.
//! - **profit** of a row: its profit cell, else amount − cost, else amount ×
//!   margin / 100; a customer's profit is unknown when any of its rows in the
//!   last 12 months has none.
//! - **orders** in the last 12 months and the 12 before: distinct invoice or
//!   order numbers when that column is mapped, else distinct days with a
//!   purchase. Only rows with a positive amount are purchases.
//! - **last purchase**: the latest date of a row with a positive amount.
//! - **monthly sales**: the amounts of every month, whatever its age.
//!
//! Rows dated after the analysis date are left out and reported.
//! Customers are told apart by their code when a code column is mapped,
//! else by name compared as validation compares names (case, spacing,
//! Turkish i forms, Arabic and Persian letter forms do not matter); the first
//! spelling met is kept.

use crate::accounts::{Account, Field, MonthlySales, Portfolio};
use crate::date::{Date, Month};
use crate::i18n::{fill, Locale};
use crate::number::format_integer;

use super::cells::{width_problem, CellReader, Cells, Value};
use super::columns::Role;
use super::fold::{fold_name, hash_str, FxHashMap};
use super::messages::ImportMsg;
use super::problems::{FileProblem, Report, RowProblem, RowProblemKind};
use super::records::{Record, RecordReader};
use super::settings::{ImportSettings, TableKind};

/// How orders were counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrderBasis {
    /// Distinct invoice or order numbers.
    OrderNumbers,
    /// Distinct days with a purchase (no order number column).
    PurchaseDays,
}

/// One customer's sales, aggregated.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerSales {
    /// The name as first written (the code when the ledger has no names).
    pub name: String,
    /// The customer code, when a code column is mapped.
    pub code: Option<String>,
    /// Sales in the last 12 months.
    pub revenue: f64,
    /// Sales in the 12 months before those.
    pub revenue_prev: f64,
    /// Gross profit in the last 12 months, when every such row has one.
    pub profit: Option<f64>,
    /// Units in the last 12 months, when a quantity column is mapped.
    pub quantity: Option<f64>,
    pub orders_last_12: u32,
    pub orders_prev_12: u32,
    pub last_purchase: Option<Date>,
    /// The earliest date of any of the customer's rows.
    pub first_date: Date,
    /// Every month with rows, up to the analysis month.
    pub sales: MonthlySales,
    /// Rows imported for this customer.
    pub rows: u64,
}

/// A ledger read and aggregated, not yet applied to anything.
#[derive(Clone, Debug, PartialEq)]
pub struct LedgerImport {
    /// The analysis date the aggregates are computed against.
    pub analysis_date: Date,
    /// Customers in the order they first appear.
    pub customers: Vec<CustomerSales>,
    pub report: Report,
    /// The header row's texts (empty without a header row), to name
    /// columns in problems.
    pub header: Vec<String>,
    /// The earliest and latest dates imported.
    pub first_date: Option<Date>,
    pub last_date: Option<Date>,
    pub order_basis: OrderBasis,
    /// Whether profit could be computed (a profit, cost or margin column).
    pub has_profit: bool,
}

/// What applying an import changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Applied {
    /// Accounts that existed and were updated.
    pub updated: usize,
    /// Accounts that were added.
    pub added: usize,
}

impl Applied {
    pub fn message(&self, locale: Locale) -> String {
        let int = |v: usize| format_integer(v as i64, locale);
        fill(
            ImportMsg::Applied.text(locale),
            &[("updated", &int(self.updated)), ("added", &int(self.added))],
        )
    }
}

/// Reads a sales ledger pushed in text chunks and aggregates it per
/// customer; see the module documentation for the rules.
///
/// ```
/// use kilit_core::date::Date;
/// use kilit_core::import::{preview, LedgerImporter, TableKind};
/// use kilit_core::i18n::Locale;
///
/// let text = "Müşteri;Tarih;Tutar\nAcme;05.03.2025;1.250,00\nAcme;12.04.2025;750,50\n";
/// let p = preview(text, true, TableKind::Ledger, None, Locale::Tr);
/// assert!(p.problem.is_none());
/// let today = Date::from_ymd(2025, 6, 30).unwrap();
/// let mut importer = LedgerImporter::new(&p.settings, today).unwrap();
/// for chunk in ["Müşteri;Tarih;Tu", "tar\nAcme;05.03.2025;1.250,00\nAcme;12.04.2025;750,50\n"] {
///     importer.push(chunk);
/// }
/// let ledger = importer.finish().unwrap();
/// assert_eq!(ledger.customers[0].revenue, 2000.5);
/// assert_eq!(ledger.customers[0].orders_last_12, 2);
/// ```
pub struct LedgerImporter {
    reader: RecordReader,
    plan: LedgerPlan,
    agg: Aggregator,
}

impl LedgerImporter {
    /// An importer reading with `settings` (checked: a settings problem is
    /// returned instead) and aggregating against `analysis_date`.
    pub fn new(
        settings: &ImportSettings,
        analysis_date: Date,
    ) -> Result<LedgerImporter, FileProblem> {
        settings.check(TableKind::Ledger)?;
        Ok(LedgerImporter {
            reader: RecordReader::new(settings.delimiter),
            plan: LedgerPlan::new(settings),
            agg: Aggregator::new(settings.has_header, analysis_date),
        })
    }

    /// Reads the next chunk of text. Chunks may end anywhere.
    pub fn push(&mut self, chunk: &str) {
        let (plan, agg) = (&self.plan, &mut self.agg);
        self.reader.push(chunk, &mut |r| agg.on_record(plan, r));
    }

    /// Ends the text and returns the aggregates, or the file's problem: no
    /// record at all ([`FileProblem::Empty`]) or no data row
    /// ([`FileProblem::NoRows`]).
    pub fn finish(mut self) -> Result<LedgerImport, FileProblem> {
        let (plan, agg) = (&self.plan, &mut self.agg);
        self.reader.finish(&mut |r| agg.on_record(plan, r));
        let agg = self.agg;
        if agg.records == 0 {
            return Err(FileProblem::Empty);
        }
        if agg.report.rows == 0 {
            return Err(FileProblem::NoRows);
        }
        let plan = &self.plan;
        let customers = agg
            .customers
            .into_iter()
            .map(|c| c.into_sales(plan))
            .collect();
        Ok(LedgerImport {
            analysis_date: agg.today,
            customers,
            report: agg.report,
            header: agg.header,
            first_date: agg.first,
            last_date: agg.last,
            order_basis: if self.plan.order {
                OrderBasis::OrderNumbers
            } else {
                OrderBasis::PurchaseDays
            },
            has_profit: self.plan.has_profit,
        })
    }
}

impl LedgerImport {
    /// "120 customers, with sales from … to …", the order basis and the row
    /// summary, in `locale`.
    pub fn summary(&self, locale: Locale) -> String {
        let date = |d: Option<Date>| d.map(|d| d.to_iso()).unwrap_or_default();
        let customers = format_integer(self.customers.len() as i64, locale);
        let mut s = fill(
            ImportMsg::LedgerSummary.text(locale),
            &[
                ("customers", &customers),
                ("first", &date(self.first_date)),
                ("last", &date(self.last_date)),
            ],
        );
        s.push(' ');
        s.push_str(match self.order_basis {
            OrderBasis::OrderNumbers => ImportMsg::OrdersByNumber.text(locale),
            OrderBasis::PurchaseDays => ImportMsg::OrdersByDay.text(locale),
        });
        s.push(' ');
        s.push_str(&self.report.summary(locale));
        s
    }

    /// Writes the aggregates into `portfolio`: each customer updates the
    /// account of the same name (compared as validation compares names) or
    /// becomes a new account. Revenue, orders and monthly sales are
    /// replaced; the last purchase when the customer has one; profit and
    /// gross margin when profit is known (the margin is left empty when
    /// revenue is not positive or the margin falls outside ±100%). Accounts
    /// the ledger does not mention are left alone, and so is every other
    /// field. Two customers of the same name (different codes) become two
    /// accounts.
    pub fn apply(&self, portfolio: &mut Portfolio) -> Applied {
        let mut index: FxHashMap<String, usize> = FxHashMap::default();
        let mut key = String::new();
        for (i, a) in portfolio.accounts.iter().enumerate() {
            fold_name(&a.name, &mut key);
            index.entry(key.clone()).or_insert(i);
        }
        let mut applied = Applied::default();
        for c in &self.customers {
            fold_name(&c.name, &mut key);
            let i = match index.remove(key.as_str()) {
                Some(i) => {
                    applied.updated += 1;
                    i
                }
                None => {
                    portfolio.add(Account {
                        name: c.name.clone(),
                        ..Account::default()
                    });
                    applied.added += 1;
                    portfolio.accounts.len() - 1
                }
            };
            c.write_to(&mut portfolio.accounts[i]);
        }
        applied
    }
}

impl CustomerSales {
    /// Copies the aggregates into an account (see [`LedgerImport::apply`]).
    pub fn write_to(&self, a: &mut Account) {
        a.revenue = Field::known(self.revenue);
        a.orders_last_12 = Field::known(self.orders_last_12 as f64);
        a.orders_prev_12 = Field::known(self.orders_prev_12 as f64);
        if let Some(d) = self.last_purchase {
            a.last_purchase = Field::known_date(d);
        }
        if let Some(p) = self.profit {
            a.profit = Field::known(p);
            let margin = p / self.revenue * 100.0;
            a.gross_margin = if self.revenue > 0.0 && (-100.0..=100.0).contains(&margin) {
                Field::known(margin)
            } else {
                Field::empty()
            };
        }
        a.sales = self.sales.clone();
    }
}

/// The settings turned into what reading a row needs.
pub(crate) struct LedgerPlan {
    columns: usize,
    mapped: Vec<(usize, Role)>,
    cells: CellReader,
    code: Option<usize>,
    order: bool,
    has_profit: bool,
    has_quantity: bool,
}

/// A ledger row as read.
pub(crate) struct LedgerRow<'a> {
    pub name: &'a str,
    pub code: &'a str,
    pub date: Date,
    pub amount: f64,
    pub cost: Option<f64>,
    pub profit: Option<f64>,
    pub margin: Option<f64>,
    pub quantity: Option<f64>,
    pub order: &'a str,
}

impl LedgerPlan {
    pub(crate) fn new(settings: &ImportSettings) -> LedgerPlan {
        let mapped: Vec<(usize, Role)> = settings
            .columns
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.clone().map(|r| (i, r)))
            .collect();
        let has = |r: Role| settings.column_of(&r).is_some();
        LedgerPlan {
            columns: settings.columns.len(),
            cells: CellReader::new(settings),
            code: settings.column_of(&Role::CustomerCode),
            order: has(Role::OrderNumber),
            has_profit: has(Role::Profit) || has(Role::Cost) || has(Role::Margin),
            has_quantity: has(Role::Quantity),
            mapped,
        }
    }

    /// Reads a data row starting on `line`, adding its problems to `out`;
    /// `None` when the row cannot be imported.
    pub(crate) fn read<'a, C: Cells + ?Sized>(
        &self,
        line: u64,
        row: &'a C,
        out: &mut Vec<RowProblem>,
    ) -> Option<LedgerRow<'a>> {
        if let Some(kind) = width_problem(row, self.columns) {
            out.push(RowProblem::new(line, None, "", kind));
            return None;
        }
        let before = out.len();
        let mut date = None;
        let mut r = LedgerRow {
            name: "",
            code: "",
            date: Date::from_ymd(1970, 1, 1)?,
            amount: 0.0,
            cost: None,
            profit: None,
            margin: None,
            quantity: None,
            order: "",
        };
        for (col, role) in &self.mapped {
            let text = row.cell(*col);
            let value = match self.cells.read(role, text) {
                Ok(v) => v,
                Err(kind) => {
                    out.push(RowProblem::new(line, Some(*col), text, kind));
                    continue;
                }
            };
            let required = match role {
                Role::Date | Role::Amount | Role::CustomerCode => true,
                Role::Customer => self.code.is_none(),
                _ => false,
            };
            match value {
                Value::Blank if required => {
                    out.push(RowProblem::new(
                        line,
                        Some(*col),
                        "",
                        RowProblemKind::Missing(role.clone()),
                    ));
                }
                Value::Text(t) => match role {
                    Role::Customer => r.name = t,
                    Role::CustomerCode => r.code = t,
                    Role::OrderNumber => r.order = t,
                    _ => {}
                },
                Value::Date(d) => date = Some(d),
                Value::Number(n) => match role {
                    Role::Amount => r.amount = n,
                    Role::Cost => r.cost = Some(n),
                    Role::Profit => r.profit = Some(n),
                    Role::Margin => r.margin = Some(n),
                    Role::Quantity => r.quantity = Some(n),
                    _ => {}
                },
                _ => {}
            }
        }
        if out.len() > before {
            return None;
        }
        // The date column is required by the settings check.
        r.date = date?;
        Some(r)
    }
}

/// One customer while the ledger streams in.
struct Customer {
    name: String,
    code: String,
    revenue: f64,
    revenue_prev: f64,
    profit: f64,
    profit_missing: u32,
    quantity: f64,
    /// Days with a purchase, by age in days from the analysis date.
    days: [u64; 12],
    /// Order keys seen (their lowest bit: in the last 12 months); sorted
    /// and deduplicated up to `orders_sorted`, and again whenever the rest
    /// grows as long, so it stays within twice the distinct orders.
    orders: Vec<u64>,
    orders_sorted: usize,
    orders_last: u32,
    orders_prev: u32,
    last_purchase: Option<Date>,
    first_date: Date,
    rows: u64,
    /// Month index and amount, months increasing.
    months: Vec<(i32, f64)>,
}

/// The order key of a line without an order number: its day.
fn hash_day(date: Date) -> u64 {
    hash_str(&date.days_since_epoch().to_string()) ^ 0x5bd1_e995
}

impl Customer {
    fn add_order(&mut self, key: u64) {
        if self.orders.last() == Some(&key) {
            return;
        }
        self.orders.push(key);
        if self.orders.len() >= 2 * self.orders_sorted + 16 {
            self.compact_orders();
        }
    }

    fn compact_orders(&mut self) {
        self.orders.sort_unstable();
        self.orders.dedup();
        self.orders_sorted = self.orders.len();
    }

    fn into_sales(mut self, plan: &LedgerPlan) -> CustomerSales {
        if plan.order {
            self.compact_orders();
            let last = self.orders.iter().filter(|k| *k & 1 == 1).count() as u32;
            self.orders_last = last;
            self.orders_prev = self.orders.len() as u32 - last;
        }
        let name = if self.name.is_empty() {
            self.code.clone()
        } else {
            self.name
        };
        CustomerSales {
            name,
            code: plan.code.is_some().then_some(self.code),
            revenue: self.revenue,
            revenue_prev: self.revenue_prev,
            profit: (plan.has_profit && self.profit_missing == 0).then_some(self.profit),
            quantity: plan.has_quantity.then_some(self.quantity),
            orders_last_12: self.orders_last,
            orders_prev_12: self.orders_prev,
            last_purchase: self.last_purchase,
            first_date: self.first_date,
            sales: MonthlySales::from_entries(
                self.months
                    .into_iter()
                    .filter_map(|(m, a)| Month::from_index(m).map(|m| (m, a))),
            ),
            rows: self.rows,
        }
    }
}

struct Aggregator {
    has_header: bool,
    header_seen: bool,
    header: Vec<String>,
    /// Records seen, the header and blank ones included.
    records: u64,
    index: FxHashMap<String, u32>,
    customers: Vec<Customer>,
    report: Report,
    scratch: Vec<RowProblem>,
    key: String,
    first: Option<Date>,
    last: Option<Date>,
    today: Date,
    /// Days in the last 12 months and in the 12 before.
    last_len: i32,
    prev_len: i32,
}

/// The same day `years` years earlier (28 February for a 29 February).
fn years_before(d: Date, years: i32) -> Date {
    let (y, m, day) = d.ymd();
    let y = (y - years).max(crate::date::MIN_YEAR);
    Date::from_ymd(y, m, day)
        .or_else(|| Date::from_ymd(y, m, day - 1))
        .unwrap_or(d)
}

impl Aggregator {
    fn new(has_header: bool, today: Date) -> Aggregator {
        let one = years_before(today, 1);
        let two = years_before(today, 2);
        Aggregator {
            has_header,
            header_seen: false,
            header: Vec::new(),
            records: 0,
            index: FxHashMap::default(),
            customers: Vec::new(),
            report: Report::default(),
            scratch: Vec::new(),
            key: String::new(),
            first: None,
            last: None,
            today,
            last_len: one.days_until(today),
            prev_len: two.days_until(one),
        }
    }

    fn on_record(&mut self, plan: &LedgerPlan, r: &Record<'_>) {
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
            let column = r.len().checked_sub(1);
            self.report.rows += 1;
            self.report.skipped += 1;
            self.report.push(RowProblem::new(r.line, column, "", kind));
            return;
        }
        if r.is_blank() {
            return;
        }
        self.report.rows += 1;
        let mut problems = std::mem::take(&mut self.scratch);
        match plan.read(r.line, r, &mut problems) {
            Some(row) => {
                let days = self.today.days_until(row.date);
                if days > 0 {
                    let col = plan
                        .mapped
                        .iter()
                        .find(|(_, role)| *role == Role::Date)
                        .map(|m| m.0);
                    problems.push(RowProblem::new(
                        r.line,
                        col,
                        col.map_or("", |c| r.get(c)),
                        RowProblemKind::AfterAnalysisDate { days },
                    ));
                    self.report.skipped += 1;
                } else {
                    self.add(plan, row);
                    self.report.imported += 1;
                }
            }
            None => self.report.skipped += 1,
        }
        for p in problems.drain(..) {
            self.report.push(p);
        }
        self.scratch = problems;
    }

    fn add(&mut self, plan: &LedgerPlan, row: LedgerRow<'_>) {
        fold_name(
            if plan.code.is_some() {
                row.code
            } else {
                row.name
            },
            &mut self.key,
        );
        let id = match self.index.get(self.key.as_str()) {
            Some(&i) => i,
            None => {
                let i = self.customers.len() as u32;
                self.index.insert(self.key.clone(), i);
                self.customers.push(Customer {
                    name: row.name.to_string(),
                    code: row.code.to_string(),
                    revenue: 0.0,
                    revenue_prev: 0.0,
                    profit: 0.0,
                    profit_missing: 0,
                    quantity: 0.0,
                    days: [0; 12],
                    orders: Vec::new(),
                    orders_sorted: 0,
                    orders_last: 0,
                    orders_prev: 0,
                    last_purchase: None,
                    first_date: row.date,
                    rows: 0,
                    months: Vec::new(),
                });
                i
            }
        };
        self.first = Some(self.first.map_or(row.date, |d| d.min(row.date)));
        self.last = Some(self.last.map_or(row.date, |d| d.max(row.date)));
        let c = &mut self.customers[id as usize];
        if c.name.is_empty() && !row.name.is_empty() {
            c.name = row.name.to_string();
        }
        c.rows += 1;
        c.first_date = c.first_date.min(row.date);
        let age = row.date.days_until(self.today);
        let in_last = age < self.last_len;
        let in_prev = !in_last && age < self.last_len + self.prev_len;
        if in_last {
            c.revenue += row.amount;
            let profit = row
                .profit
                .or_else(|| row.cost.map(|cost| row.amount - cost))
                .or_else(|| row.margin.map(|m| row.amount * m / 100.0));
            match profit {
                Some(p) => c.profit += p,
                None => c.profit_missing += 1,
            }
            c.quantity += row.quantity.unwrap_or(0.0);
        } else if in_prev {
            c.revenue_prev += row.amount;
        }
        if row.amount > 0.0 {
            c.last_purchase = Some(c.last_purchase.map_or(row.date, |d| d.max(row.date)));
            if (in_last || in_prev) && plan.order {
                let key = if row.order.is_empty() {
                    // A line without a number counts by its day.
                    hash_day(row.date)
                } else {
                    hash_str(row.order)
                };
                c.add_order((key & !1) | in_last as u64);
            } else if in_last || in_prev {
                let (word, bit) = (age as usize / 64, age as usize % 64);
                if c.days[word] & (1 << bit) == 0 {
                    c.days[word] |= 1 << bit;
                    if in_last {
                        c.orders_last += 1;
                    } else {
                        c.orders_prev += 1;
                    }
                }
            }
        }
        let m = row.date.month().index();
        match c.months.iter().rposition(|(mm, _)| *mm <= m) {
            Some(i) if c.months[i].0 == m => c.months[i].1 += row.amount,
            Some(i) => c.months.insert(i + 1, (m, row.amount)),
            None => c.months.insert(0, (m, row.amount)),
        }
    }
}
