//! The account data the user types or imports, kept as typed.

use crate::date::{Date, DateError, Month};
use crate::i18n::Locale;
use crate::number::{format_decimal, parse_number, NumberError};

/// A stable internal identifier of an account. Never shown, never reused
/// within a portfolio; ties in every ranking are broken by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct AccountId(pub u32);

/// A value as the user typed it, next to what it was read as.
///
/// `raw` is never rewritten by the core, so nothing typed is lost; `value` is
/// `None` when `raw` is blank or could not be read (the validation pass says
/// why). A value that was read but is out of range (a negative revenue) keeps
/// `value` and gets a problem from [`validate`](super::validate); the analysis
/// then treats it as unknown.
#[derive(Clone, Debug, PartialEq)]
pub struct Field<T> {
    pub raw: String,
    pub value: Option<T>,
}

impl<T> Default for Field<T> {
    fn default() -> Self {
        Field::empty()
    }
}

impl<T> Field<T> {
    /// A field nobody filled in.
    pub fn empty() -> Self {
        Field {
            raw: String::new(),
            value: None,
        }
    }

    pub fn is_blank(&self) -> bool {
        self.raw.trim().is_empty()
    }
}

impl<T: Copy> Field<T> {
    pub fn get(&self) -> Option<T> {
        self.value
    }
}

impl Field<f64> {
    /// Reads a typed number (see [`parse_number`]). The text is kept as is.
    pub fn number(raw: impl Into<String>, hint: Option<Locale>) -> Self {
        let raw = raw.into();
        let value = parse_number(&raw, hint).ok();
        Field { raw, value }
    }

    /// A known number, written out in plain ASCII (`1234.5`).
    pub fn known(value: f64) -> Self {
        Field {
            raw: plain_number(value),
            value: Some(value),
        }
    }

    /// Why `raw` could not be read, if it is not blank and was not read.
    pub fn error(&self) -> Option<NumberError> {
        if self.value.is_some() || self.is_blank() {
            return None;
        }
        parse_number(&self.raw, None).err()
    }
}

impl Field<Date> {
    /// Reads an ISO date (`YYYY-MM-DD`). The text is kept as is.
    pub fn date(raw: impl Into<String>) -> Self {
        let raw = raw.into();
        let value = Date::parse_iso(&raw).ok();
        Field { raw, value }
    }

    pub fn known_date(value: Date) -> Self {
        Field {
            raw: value.to_iso(),
            value: Some(value),
        }
    }

    /// Why `raw` could not be read, if it is not blank and was not read.
    pub fn error(&self) -> Option<DateError> {
        if self.value.is_some() || self.is_blank() {
            return None;
        }
        Date::parse_iso(&self.raw).err()
    }
}

fn plain_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format_decimal(value, 6, Locale::En)
            .replace(',', "")
            .trim_end_matches('0')
            .to_string()
    }
}

/// A checklist rating: 1 (poor) to 5 (excellent), or unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Rating(u8);

impl Rating {
    pub const UNKNOWN: Rating = Rating(0);

    /// A rating of 1..=5; anything else is `None`.
    pub fn new(value: u8) -> Option<Rating> {
        (1..=5).contains(&value).then_some(Rating(value))
    }

    /// 1..=5, or `None` when unknown.
    pub fn value(self) -> Option<u8> {
        (self.0 != 0).then_some(self.0)
    }

    pub fn is_known(self) -> bool {
        self.0 != 0
    }
}

/// Where the relationship stands, in the user's own judgement, on the KAM
/// relationship development model (McDonald, Millman & Rogers).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelationshipStage {
    /// First contacts; no or little business yet.
    Exploratory,
    /// Transactional: one contact person each side, price-driven.
    Basic,
    /// Several contacts across functions; some trust, still not exclusive.
    Cooperative,
    /// Both sides depend on each other; preferred or sole supplier.
    Interdependent,
    /// Joint teams and plans; the two act almost as one organisation.
    Integrated,
    /// The relationship is breaking down.
    Disintegrating,
}

impl RelationshipStage {
    pub const ALL: [RelationshipStage; 6] = [
        RelationshipStage::Exploratory,
        RelationshipStage::Basic,
        RelationshipStage::Cooperative,
        RelationshipStage::Interdependent,
        RelationshipStage::Integrated,
        RelationshipStage::Disintegrating,
    ];

    /// The identifier used in data files.
    pub fn code(self) -> &'static str {
        match self {
            RelationshipStage::Exploratory => "exploratory",
            RelationshipStage::Basic => "basic",
            RelationshipStage::Cooperative => "cooperative",
            RelationshipStage::Interdependent => "interdependent",
            RelationshipStage::Integrated => "integrated",
            RelationshipStage::Disintegrating => "disintegrating",
        }
    }

    pub fn from_code(code: &str) -> Option<RelationshipStage> {
        RelationshipStage::ALL
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// Monthly sales of one account: months in increasing order, each at most
/// once. Months that are not listed had no sales.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct MonthlySales {
    entries: Vec<(Month, f64)>,
}

impl MonthlySales {
    /// Sorts the entries by month and adds up repeated months. Amounts that
    /// are not finite are dropped.
    pub fn from_entries(entries: impl IntoIterator<Item = (Month, f64)>) -> MonthlySales {
        let mut v: Vec<(Month, f64)> = entries.into_iter().filter(|(_, a)| a.is_finite()).collect();
        v.sort_by_key(|(m, _)| *m);
        v.dedup_by(|later, earlier| {
            if later.0 == earlier.0 {
                earlier.1 += later.1;
                true
            } else {
                false
            }
        });
        MonthlySales { entries: v }
    }

    /// The entries, months increasing.
    pub fn entries(&self) -> &[(Month, f64)] {
        &self.entries
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn first_month(&self) -> Option<Month> {
        self.entries.first().map(|e| e.0)
    }

    pub fn last_month(&self) -> Option<Month> {
        self.entries.last().map(|e| e.0)
    }
}

/// The user's decision on an account, which the ranking never overrides.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Override {
    #[default]
    None,
    /// Always on the shortlist (it still takes a place).
    Pin { reason: String },
    /// Never on the shortlist.
    Exclude { reason: String },
}

/// One customer account.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Account {
    pub id: AccountId,
    pub name: String,
    pub sector: String,
    /// Annual revenue in the workspace currency.
    pub revenue: Field<f64>,
    /// Gross margin in percent, −100..=100.
    pub gross_margin: Field<f64>,
    /// Gross profit in the workspace currency; when blank it is revenue ×
    /// gross margin.
    pub profit: Field<f64>,
    /// Number of orders in the 12 months up to the analysis date.
    pub orders_last_12: Field<f64>,
    /// Number of orders in the 12 months before those.
    pub orders_prev_12: Field<f64>,
    pub last_purchase: Field<Date>,
    /// Our share of what the account spends on what we sell, in percent.
    pub share_of_wallet: Field<f64>,
    pub years_as_customer: Field<f64>,
    pub relationship_stage: Option<RelationshipStage>,
    /// Complaints in the last 12 months.
    pub complaints: Field<f64>,
    /// Checklist ratings, aligned with [`Portfolio::rating_columns`]; missing
    /// entries are unknown.
    pub ratings: Vec<Rating>,
    /// Monthly sales, if a ledger was imported; empty when there is none.
    pub sales: MonthlySales,
}

/// All accounts of a workspace, with what the analysis is relative to.
#[derive(Clone, Debug, PartialEq)]
pub struct Portfolio {
    /// ISO 4217 code or the user's own label (`TRY`, `EUR`, `IRR`…).
    pub currency: String,
    /// Every "days since", "last 12 months" and "in the future" is
    /// computed against this date, never against the clock.
    pub analysis_date: Date,
    /// Criterion ids of the ratings columns, in the order accounts store them.
    pub rating_columns: Vec<String>,
    pub accounts: Vec<Account>,
    next_id: u32,
}

impl Portfolio {
    pub fn new(currency: impl Into<String>, analysis_date: Date) -> Portfolio {
        Portfolio {
            currency: currency.into(),
            analysis_date,
            rating_columns: Vec::new(),
            accounts: Vec::new(),
            next_id: 1,
        }
    }

    /// Adds an account with a fresh id and returns that id. Whatever id the
    /// account carried is replaced.
    pub fn add(&mut self, mut account: Account) -> AccountId {
        let id = self.fresh_id();
        account.id = id;
        self.accounts.push(account);
        id
    }

    /// Adds an account keeping its id (when loading a saved workspace); the
    /// next fresh id is moved past it. Returns `false` and adds nothing when
    /// the id is already taken.
    pub fn insert_with_id(&mut self, account: Account) -> bool {
        if self.accounts.iter().any(|a| a.id == account.id) {
            return false;
        }
        self.next_id = self.next_id.max(account.id.0.saturating_add(1));
        self.accounts.push(account);
        true
    }

    /// An id no account has had in this portfolio.
    /// The id [`add`](Self::add) gives the next account (the page moves
    /// keyboard focus to it before it exists).
    pub fn peek_id(&self) -> AccountId {
        AccountId(self.next_id)
    }

    pub fn fresh_id(&mut self) -> AccountId {
        let id = AccountId(self.next_id);
        self.next_id = self.next_id.saturating_add(1);
        id
    }

    pub fn index_of(&self, id: AccountId) -> Option<usize> {
        self.accounts.iter().position(|a| a.id == id)
    }

    pub fn remove(&mut self, id: AccountId) -> Option<Account> {
        self.index_of(id).map(|i| self.accounts.remove(i))
    }

    /// The column of a criterion's ratings, if any account may have one.
    pub fn rating_column(&self, criterion: &str) -> Option<usize> {
        self.rating_columns.iter().position(|c| c == criterion)
    }

    /// The rating of the account at `index` on `criterion`.
    pub fn rating(&self, index: usize, criterion: &str) -> Rating {
        let col = self.rating_column(criterion);
        match (self.accounts.get(index), col) {
            (Some(a), Some(c)) => a.ratings.get(c).copied().unwrap_or_default(),
            _ => Rating::UNKNOWN,
        }
    }

    /// Sets a rating, adding the criterion's column when it is new.
    pub fn set_rating(&mut self, index: usize, criterion: &str, rating: Rating) {
        let col = match self.rating_column(criterion) {
            Some(c) => c,
            None => {
                self.rating_columns.push(criterion.to_string());
                self.rating_columns.len() - 1
            }
        };
        if let Some(a) = self.accounts.get_mut(index) {
            if a.ratings.len() <= col {
                a.ratings.resize(col + 1, Rating::UNKNOWN);
            }
            a.ratings[col] = rating;
        }
    }
}
