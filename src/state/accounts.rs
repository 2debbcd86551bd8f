//! The key-account selection workbench part of the state: the portfolio, the
//! settings (weights, capacity, pins and exclusions) and what the accounts
//! table shows. The analysis itself is not stored: `analyse` is pure and the
//! page runs it on render.

use kilit_core::accounts::{
    example_portfolio, Abc, AccountField, AccountId, Capacity, Checklist, Field, Override, Portfolio, Settings, Xyz,
};
use kilit_core::date::Date;
use kilit_core::i18n::Locale;

/// How the accounts table is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    /// Best selection score first (the ranking).
    #[default]
    Score,
    /// By name, in the reader's alphabet.
    Name,
}

/// The selection workbench.
#[derive(Clone, Debug, PartialEq)]
pub struct Workbench {
    pub portfolio: Portfolio,
    pub settings: Settings,
    /// The analysis date as typed; `portfolio.analysis_date` holds the last
    /// one that could be read.
    pub date_raw: String,
    pub sort: SortKey,
    /// The ABC–XYZ cell the table is filtered to, if any.
    pub filter: Option<(Abc, Xyz)>,
}

/// What can happen in the workbench.
#[derive(Clone, Debug, PartialEq)]
pub enum AccountsAction {
    /// Replace the portfolio with the example, dated at the analysis date.
    LoadExample,
    SetWeight { criterion: String, weight: f64 },
    ApplyPreset(String),
    SetCapacity(Capacity),
    Pin { id: AccountId, reason: String },
    Exclude { id: AccountId, reason: String },
    ClearOverride(AccountId),
    /// The analysis date as typed (`YYYY-MM-DD`).
    SetAnalysisDate(String),
    /// A field of an account as typed; the text is kept whatever it says.
    EditField { id: AccountId, field: AccountField, raw: String },
    SortBy(SortKey),
    /// Show only the accounts of one ABC–XYZ cell (`None`: all of them).
    Filter(Option<(Abc, Xyz)>),
}

impl Workbench {
    /// An empty workbench whose analysis date is `today`.
    pub fn new(today: Date) -> Self {
        Workbench {
            portfolio: Portfolio::new("TRY", today),
            settings: Settings::default(),
            date_raw: today.to_iso(),
            sort: SortKey::default(),
            filter: None,
        }
    }

    /// A workbench showing `portfolio` with `settings`, in ranking order
    /// and unfiltered.
    pub fn with(portfolio: Portfolio, settings: Settings) -> Self {
        Workbench {
            date_raw: portfolio.analysis_date.to_iso(),
            portfolio,
            settings,
            sort: SortKey::default(),
            filter: None,
        }
    }

    /// The state after `action`, or `None` when nothing changes. `locale`
    /// is the hint for reading typed numbers (`1.234` is 1234 in Turkish).
    pub fn apply(&self, checklist: &Checklist, locale: Locale, action: AccountsAction) -> Option<Workbench> {
        let mut next = self.clone();
        match action {
            AccountsAction::LoadExample => {
                next.portfolio = example_portfolio(self.portfolio.analysis_date);
                next.settings.overrides.clear();
                next.filter = None;
            }
            AccountsAction::SetWeight { criterion, weight } => {
                checklist.criterion(&criterion)?;
                next.settings.set_weight(&criterion, weight);
            }
            AccountsAction::ApplyPreset(id) => {
                if !next.settings.apply_preset(checklist, &id) {
                    return None;
                }
            }
            AccountsAction::SetCapacity(capacity) => next.settings.capacity = capacity,
            AccountsAction::Pin { id, reason } => {
                self.portfolio.index_of(id)?;
                next.settings.set_override(id, Override::Pin { reason });
            }
            AccountsAction::Exclude { id, reason } => {
                self.portfolio.index_of(id)?;
                next.settings.set_override(id, Override::Exclude { reason });
            }
            AccountsAction::ClearOverride(id) => next.settings.set_override(id, Override::None),
            AccountsAction::SetAnalysisDate(raw) => {
                if let Ok(date) = Date::parse_iso(raw.trim()) {
                    next.portfolio.analysis_date = date;
                }
                next.date_raw = raw;
            }
            AccountsAction::EditField { id, field, raw } => {
                let index = self.portfolio.index_of(id)?;
                let account = &mut next.portfolio.accounts[index];
                let number = |raw: String| Field::number(raw, Some(locale));
                match field {
                    AccountField::Name => account.name = raw,
                    AccountField::Sector => account.sector = raw,
                    AccountField::Revenue => account.revenue = number(raw),
                    AccountField::GrossMargin => account.gross_margin = number(raw),
                    AccountField::Profit => account.profit = number(raw),
                    AccountField::OrdersLast12 => account.orders_last_12 = number(raw),
                    AccountField::OrdersPrev12 => account.orders_prev_12 = number(raw),
                    AccountField::ShareOfWallet => account.share_of_wallet = number(raw),
                    AccountField::YearsAsCustomer => account.years_as_customer = number(raw),
                    AccountField::Complaints => account.complaints = number(raw),
                    AccountField::LastPurchase => account.last_purchase = Field::date(raw),
                    AccountField::RelationshipStage | AccountField::Sales => return None,
                }
            }
            AccountsAction::SortBy(key) => next.sort = key,
            AccountsAction::Filter(cell) => next.filter = cell,
        }
        (next != *self).then_some(next)
    }
}
