//! The key-account selection workbench part of the state: the portfolio, the
//! settings (weights, cut-offs, capacity, pins and exclusions) and what the
//! accounts table shows (sort, filter, page, the open detail row). The
//! analysis itself is not stored: `analyse` is pure and the page runs it on
//! render.
//!
//! The portfolio sits behind an `Rc`: a weight change or a page turn shares
//! it instead of copying 10,000 accounts, and only an edit copies it.

use std::collections::BTreeMap;
use std::rc::Rc;

use kilit_core::accounts::workbench::{default_currency, new_account_name};
use kilit_core::accounts::{
    example_portfolio, generated_portfolio, Abc, AbcBasis, Account, AccountField, AccountId, Capacity, Checklist,
    Field, Override, Portfolio, Rating, RelationshipStage, SettingField, Settings, Xyz,
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

/// Which page of the table to show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Page {
    /// A page number, 0-based (clamped to the last page when shown).
    #[default]
    First,
    At(usize),
    /// Whichever page holds the open detail row (after adding an account).
    OfOpen,
}

/// An account deleted by the last action, kept for one-step undo.
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    pub index: usize,
    pub account: Account,
    pub decision: Override,
}

/// The selection workbench.
#[derive(Clone, Debug)]
pub struct Workbench {
    pub portfolio: Rc<Portfolio>,
    pub settings: Settings,
    /// The analysis date as typed; `portfolio.analysis_date` holds the last
    /// one that could be read.
    pub date_raw: String,
    pub sort: SortKey,
    /// The ABC–XYZ cell the table is filtered to, if any.
    pub filter: Option<(Abc, Xyz)>,
    pub page: Page,
    /// The account whose detail row (all fields and ratings) is open.
    pub open: Option<AccountId>,
    /// Settings as typed, when the text differs from the value in force
    /// (unreadable, or not yet re-read); nothing typed is thrown away.
    pub setting_raw: BTreeMap<SettingField, String>,
    /// The last deleted account, until the next change.
    pub deleted: Option<Deleted>,
    /// Accounts in the example the user asked for last (25 = the hand-made one).
    pub example_size: usize,
}

impl PartialEq for Workbench {
    fn eq(&self, o: &Self) -> bool {
        (Rc::ptr_eq(&self.portfolio, &o.portfolio) || self.portfolio == o.portfolio)
            && self.settings == o.settings
            && self.date_raw == o.date_raw
            && self.sort == o.sort
            && self.filter == o.filter
            && self.page == o.page
            && self.open == o.open
            && self.setting_raw == o.setting_raw
            && self.deleted == o.deleted
            && self.example_size == o.example_size
    }
}

/// What can happen in the workbench.
#[derive(Clone, Debug, PartialEq)]
pub enum AccountsAction {
    /// Replace the portfolio with the example of the size chosen (25: the
    /// hand-made example; more: generated accounts), dated at the analysis date.
    LoadExample,
    SetExampleSize(usize),
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
    SetStage { id: AccountId, stage: Option<RelationshipStage> },
    SetRating { id: AccountId, criterion: String, rating: Rating },
    /// A new account with a fresh name, opened for editing.
    AddAccount,
    DeleteAccount(AccountId),
    UndoDelete,
    SetCurrency(String),
    /// A setting as typed.
    SetSetting { field: SettingField, raw: String },
    SetAbcBasis(AbcBasis),
    SortBy(SortKey),
    /// Show only the accounts of one ABC–XYZ cell (`None`: all of them).
    Filter(Option<(Abc, Xyz)>),
    ShowPage(usize),
    /// Open (or close, with `None`) an account's detail row.
    Open(Option<AccountId>),
}

impl Workbench {
    /// An empty workbench whose analysis date is `today`; the currency is
    /// the one the language assumes (Turkish lira in Turkish, else none).
    pub fn new(today: Date, locale: Locale) -> Self {
        Self::with(Portfolio::new(default_currency(locale), today), Settings::default())
    }

    /// A workbench showing `portfolio` with `settings`, in ranking order
    /// and unfiltered.
    pub fn with(portfolio: Portfolio, settings: Settings) -> Self {
        Workbench {
            date_raw: portfolio.analysis_date.to_iso(),
            portfolio: Rc::new(portfolio),
            settings,
            sort: SortKey::default(),
            filter: None,
            page: Page::First,
            open: None,
            setting_raw: BTreeMap::new(),
            deleted: None,
            example_size: 25,
        }
    }

    /// The state after `action`, or `None` when nothing changes. `locale`
    /// is the hint for reading typed numbers (`1.234` is 1234 in Turkish).
    pub fn apply(&self, checklist: &Checklist, locale: Locale, action: AccountsAction) -> Option<Workbench> {
        let mut next = self.clone();
        // Undo is one step: any other change forgets the deleted account.
        if !matches!(action, AccountsAction::UndoDelete | AccountsAction::ShowPage(_) | AccountsAction::Open(_)) {
            next.deleted = None;
        }
        match action {
            AccountsAction::LoadExample => {
                let date = self.portfolio.analysis_date;
                let mut p = if self.example_size <= 25 {
                    example_portfolio(date)
                } else {
                    generated_portfolio(self.example_size, date)
                };
                // The user's currency choice stands if they made one.
                if !self.portfolio.currency.is_empty() {
                    p.currency = self.portfolio.currency.clone();
                }
                next.portfolio = Rc::new(p);
                next.settings.overrides.clear();
                next.filter = None;
                next.page = Page::First;
                next.open = None;
            }
            AccountsAction::SetExampleSize(n) => next.example_size = n.max(1),
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
                    if date != self.portfolio.analysis_date {
                        Rc::make_mut(&mut next.portfolio).analysis_date = date;
                    }
                }
                next.date_raw = raw;
            }
            AccountsAction::EditField { id, field, raw } => {
                let index = self.portfolio.index_of(id)?;
                let number = |raw: String| Field::number(raw, Some(locale));
                let account = &mut Rc::make_mut(&mut next.portfolio).accounts[index];
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
                    AccountField::LastPurchase => account.last_purchase = Field::date(raw.trim()),
                    AccountField::RelationshipStage | AccountField::Sales => return None,
                }
            }
            AccountsAction::SetStage { id, stage } => {
                let index = self.portfolio.index_of(id)?;
                if self.portfolio.accounts[index].relationship_stage == stage {
                    return None;
                }
                Rc::make_mut(&mut next.portfolio).accounts[index].relationship_stage = stage;
            }
            AccountsAction::SetRating { id, criterion, rating } => {
                let index = self.portfolio.index_of(id)?;
                checklist.criterion(&criterion)?;
                if self.portfolio.rating(index, &criterion) == rating {
                    return None;
                }
                Rc::make_mut(&mut next.portfolio).set_rating(index, &criterion, rating);
            }
            AccountsAction::AddAccount => {
                let name = new_account_name(&self.portfolio, locale);
                let id = Rc::make_mut(&mut next.portfolio).add(Account { name, ..Account::default() });
                next.open = Some(id);
                next.filter = None;
                next.page = Page::OfOpen;
            }
            AccountsAction::DeleteAccount(id) => {
                let index = self.portfolio.index_of(id)?;
                let account = Rc::make_mut(&mut next.portfolio).accounts.remove(index);
                let decision = next.settings.override_of(id).clone();
                next.settings.set_override(id, Override::None);
                if next.open == Some(id) {
                    next.open = None;
                }
                next.deleted = Some(Deleted { index, account, decision });
            }
            AccountsAction::UndoDelete => {
                let Deleted { index, account, decision } = next.deleted.take()?;
                let id = account.id;
                let p = Rc::make_mut(&mut next.portfolio);
                // Its id was never given to another account, so it is still free.
                let at = index.min(p.accounts.len());
                p.accounts.insert(at, account);
                next.settings.set_override(id, decision);
                next.open = Some(id);
                next.page = Page::OfOpen;
            }
            AccountsAction::SetCurrency(code) => {
                if self.portfolio.currency == code {
                    return None;
                }
                Rc::make_mut(&mut next.portfolio).currency = code;
            }
            AccountsAction::SetSetting { field, raw } => {
                if let Ok(v) = field.parse(&raw, locale) {
                    field.set(&mut next.settings, v);
                }
                next.setting_raw.insert(field, raw);
            }
            AccountsAction::SetAbcBasis(basis) => next.settings.abc_basis = basis,
            AccountsAction::SortBy(key) => {
                next.sort = key;
                next.page = Page::First;
            }
            AccountsAction::Filter(cell) => {
                next.filter = cell;
                next.page = Page::First;
            }
            AccountsAction::ShowPage(n) => next.page = Page::At(n),
            AccountsAction::Open(id) => next.open = id,
        }
        (next != *self).then_some(next)
    }
}
