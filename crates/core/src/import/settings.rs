//! How to read a file: what the preview detects and the user may correct.

use crate::i18n::Locale;

use super::columns::Role;
use super::dates::DateFormat;
use super::messages::ImportMsg;
use super::problems::FileProblem;

/// What a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TableKind {
    /// One row per account, with columns of the accounts model.
    Accounts,
    /// One row per invoice or order line: customer, date, amount and
    /// optionally cost, profit or margin, quantity and order number.
    Ledger,
}

impl TableKind {
    /// The roles a column can have in this kind of table, in the order the
    /// mapping choice shows them. Accounts tables also take
    /// [`Role::Rating`] and [`Role::SalesMonth`] columns.
    pub fn roles(self) -> &'static [Role] {
        match self {
            TableKind::Ledger => &[
                Role::Customer,
                Role::CustomerCode,
                Role::Date,
                Role::Amount,
                Role::Cost,
                Role::Profit,
                Role::Margin,
                Role::Quantity,
                Role::OrderNumber,
            ],
            TableKind::Accounts => &[
                Role::Name,
                Role::Sector,
                Role::Revenue,
                Role::Margin,
                Role::Profit,
                Role::OrdersLast12,
                Role::OrdersPrev12,
                Role::LastPurchase,
                Role::ShareOfWallet,
                Role::YearsAsCustomer,
                Role::RelationshipStage,
                Role::Complaints,
            ],
        }
    }

    /// Whether `role` belongs in this kind of table.
    pub fn accepts(self, role: &Role) -> bool {
        match role {
            Role::Rating(_) | Role::SalesMonth(_) => self == TableKind::Accounts,
            _ => self.roles().contains(role),
        }
    }
}

/// The character between fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Delimiter {
    Comma,
    Semicolon,
    Tab,
}

impl Delimiter {
    pub const ALL: [Delimiter; 3] = [Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab];

    pub fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
            Delimiter::Tab => b'\t',
        }
    }

    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            Delimiter::Comma => ImportMsg::DelimiterComma,
            Delimiter::Semicolon => ImportMsg::DelimiterSemicolon,
            Delimiter::Tab => ImportMsg::DelimiterTab,
        }
        .text(locale)
    }
}

/// Which of `.` and `,` is the decimal mark where a number alone cannot
/// tell (`1.234`). Numbers that can tell (`1.234,5`, `12,5`, `۱۲٫۵`) are
/// read as written either way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumberStyle {
    /// `1.234,56`: Turkish, and Excel on most European systems.
    DecimalComma,
    /// `1,234.56`: English, and Persian files written with Latin marks.
    DecimalPoint,
}

impl NumberStyle {
    pub const ALL: [NumberStyle; 2] = [NumberStyle::DecimalComma, NumberStyle::DecimalPoint];

    /// The hint handed to [`crate::number::parse_number`].
    pub fn hint(self) -> Option<Locale> {
        match self {
            NumberStyle::DecimalComma => Some(Locale::Tr),
            NumberStyle::DecimalPoint => Some(Locale::En),
        }
    }

    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            NumberStyle::DecimalComma => ImportMsg::NumbersDecimalComma,
            NumberStyle::DecimalPoint => ImportMsg::NumbersDecimalPoint,
        }
        .text(locale)
    }
}

/// Everything needed to read a file: detected by [`super::preview`], shown
/// to the user, corrected by them, then handed to the importer.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportSettings {
    pub delimiter: Delimiter,
    /// Whether the first record names the columns (it is then not data).
    pub has_header: bool,
    /// The role of each column, by position; `None` for a column that is not
    /// imported. Its length is the number of columns.
    pub columns: Vec<Option<Role>>,
    /// How the date column (or the last-purchase column) writes dates.
    pub date_format: DateFormat,
    pub numbers: NumberStyle,
}

impl ImportSettings {
    /// Settings for a file with `columns` columns, none of them mapped.
    pub fn new(columns: usize) -> ImportSettings {
        ImportSettings {
            delimiter: Delimiter::Comma,
            has_header: true,
            columns: vec![None; columns],
            date_format: DateFormat::Iso,
            numbers: NumberStyle::DecimalPoint,
        }
    }

    /// The column that has `role`, if one has.
    pub fn column_of(&self, role: &Role) -> Option<usize> {
        self.columns.iter().position(|r| r.as_ref() == Some(role))
    }

    /// Gives column `index` the role `role` (or none), taking the role away
    /// from any other column so that no role is mapped twice. An index past
    /// the last column is ignored.
    pub fn set_role(&mut self, index: usize, role: Option<Role>) {
        if index >= self.columns.len() {
            return;
        }
        if let Some(r) = &role {
            for c in self.columns.iter_mut() {
                if c.as_ref() == Some(r) {
                    *c = None;
                }
            }
        }
        self.columns[index] = role;
    }

    /// The first problem that stops a `kind` import with these settings: no
    /// column mapped at all, a role that does not belong in this kind of
    /// table, a role mapped twice, or a required role not mapped.
    pub fn check(&self, kind: TableKind) -> Result<(), FileProblem> {
        if self.columns.iter().all(Option::is_none) {
            return Err(FileProblem::NoUsableColumn);
        }
        for (i, r) in self.columns.iter().enumerate() {
            let Some(r) = r else { continue };
            if !kind.accepts(r) {
                return Err(FileProblem::WrongRole(r.clone()));
            }
            if self.columns[i + 1..].iter().any(|o| o.as_ref() == Some(r)) {
                return Err(FileProblem::MappedTwice(r.clone()));
            }
        }
        match kind {
            TableKind::Accounts => {
                if self.column_of(&Role::Name).is_none() {
                    return Err(FileProblem::MissingColumn(Role::Name));
                }
            }
            TableKind::Ledger => {
                if self.column_of(&Role::Customer).is_none()
                    && self.column_of(&Role::CustomerCode).is_none()
                {
                    return Err(FileProblem::MissingColumn(Role::Customer));
                }
                for r in [Role::Date, Role::Amount] {
                    if self.column_of(&r).is_none() {
                        return Err(FileProblem::MissingColumn(r));
                    }
                }
            }
        }
        Ok(())
    }
}
