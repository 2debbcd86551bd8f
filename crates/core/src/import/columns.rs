//! Column roles, and which column has which role judging by its header (in
//! Turkish, English or Persian) or, without a header, by its values.

use std::sync::OnceLock;

use crate::accounts::AccountsMsg;
use crate::date::Month;
use crate::i18n::{fill, Locale};
use crate::number::{ascii_digit, parse_number};

use super::dates::guess_date_format;
use super::fold::{header_is_percent, header_key, trim};
use super::messages::ImportMsg;
use super::settings::TableKind;

/// What a column holds.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    // Sales ledger.
    /// The customer's name (ledger).
    Customer,
    /// The customer's code or number in the accounting software (ledger);
    /// when mapped, rows are grouped by it instead of by name.
    CustomerCode,
    /// The invoice or order date (ledger).
    Date,
    /// The line's sales amount, net of tax (ledger).
    Amount,
    /// The line's cost of sales (ledger); profit is amount − cost.
    Cost,
    /// Units sold (ledger); summed, not otherwise used.
    Quantity,
    /// The invoice or order number (ledger): orders are counted as distinct
    /// numbers rather than purchase days.
    OrderNumber,

    // Both.
    /// Gross profit: per line in a ledger, per year in an accounts table.
    Profit,
    /// Gross margin in percent: per line in a ledger, the account's in an
    /// accounts table.
    Margin,

    // Accounts table.
    Name,
    Sector,
    Revenue,
    OrdersLast12,
    OrdersPrev12,
    LastPurchase,
    ShareOfWallet,
    YearsAsCustomer,
    RelationshipStage,
    Complaints,
    /// Ratings of a checklist criterion (by id): header `rating:<id>`.
    Rating(String),
    /// Sales in one month: header `YYYY-MM`.
    SalesMonth(Month),
}

/// What a role's cells are read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ValueKind {
    Text,
    Number,
    Percent,
    Date,
    Stage,
    Rating,
}

impl Role {
    /// The role's name, for the mapping choice and for messages.
    pub fn label(&self, locale: Locale) -> String {
        let a = |m: AccountsMsg| m.text(locale).to_string();
        let i = |m: ImportMsg| m.text(locale).to_string();
        match self {
            Role::Customer => i(ImportMsg::RoleCustomer),
            Role::CustomerCode => i(ImportMsg::RoleCustomerCode),
            Role::Date => i(ImportMsg::RoleDate),
            Role::Amount => i(ImportMsg::RoleAmount),
            Role::Cost => i(ImportMsg::RoleCost),
            Role::Quantity => i(ImportMsg::RoleQuantity),
            Role::OrderNumber => i(ImportMsg::RoleOrderNumber),
            Role::Profit => a(AccountsMsg::FieldProfit),
            Role::Margin => a(AccountsMsg::FieldGrossMargin),
            Role::Name => a(AccountsMsg::FieldName),
            Role::Sector => a(AccountsMsg::FieldSector),
            Role::Revenue => a(AccountsMsg::FieldRevenue),
            Role::OrdersLast12 => a(AccountsMsg::FieldOrdersLast12),
            Role::OrdersPrev12 => a(AccountsMsg::FieldOrdersPrev12),
            Role::LastPurchase => a(AccountsMsg::FieldLastPurchase),
            Role::ShareOfWallet => a(AccountsMsg::FieldShareOfWallet),
            Role::YearsAsCustomer => a(AccountsMsg::FieldYearsAsCustomer),
            Role::RelationshipStage => a(AccountsMsg::FieldRelationshipStage),
            Role::Complaints => a(AccountsMsg::FieldComplaints),
            Role::Rating(id) => fill(ImportMsg::RoleRating.text(locale), &[("criterion", id)]),
            Role::SalesMonth(m) => fill(
                ImportMsg::RoleSalesMonth.text(locale),
                &[("month", &m.to_string())],
            ),
        }
    }

    pub(crate) fn value_kind(&self) -> ValueKind {
        match self {
            Role::Customer | Role::CustomerCode | Role::OrderNumber | Role::Name | Role::Sector => {
                ValueKind::Text
            }
            Role::Date | Role::LastPurchase => ValueKind::Date,
            Role::Margin | Role::ShareOfWallet => ValueKind::Percent,
            Role::RelationshipStage => ValueKind::Stage,
            Role::Rating(_) => ValueKind::Rating,
            Role::Amount
            | Role::Cost
            | Role::Quantity
            | Role::Profit
            | Role::Revenue
            | Role::OrdersLast12
            | Role::OrdersPrev12
            | Role::YearsAsCustomer
            | Role::Complaints
            | Role::SalesMonth(_) => ValueKind::Number,
        }
    }
}

/// Header names people use, per role, best first. They are compared after
/// [`header_key`] folding, so case, accents, spaces, punctuation, bracketed
/// units and Arabic/Persian letter forms do not matter. Each role's own
/// label in every locale is added to its list.
#[rustfmt::skip]
fn synonyms(kind: TableKind) -> Vec<(Role, &'static [&'static str])> {
    match kind {
        TableKind::Ledger => vec![
            (Role::Customer, &[
                "Customer", "Customer name", "Client", "Client name", "Account", "Account name",
                "Company", "Company name", "Buyer", "Sold to", "Bill to", "Party",
                "Müşteri", "Müşteri adı", "Müşteri ünvanı", "Müşteri unvanı", "Cari", "Cari adı",
                "Cari hesap", "Cari hesap adı", "Cari ünvan", "Cari ünvanı", "Ünvan", "Firma",
                "Firma adı", "Alıcı", "Hesap adı",
                "مشتری", "نام مشتری", "خریدار", "طرف حساب", "نام طرف حساب", "شرکت", "نام شرکت",
                "نام",
            ]),
            (Role::CustomerCode, &[
                "Customer code", "Customer ID", "Customer no", "Customer number", "Account code",
                "Account no", "Account number", "Client ID", "Client code",
                "Müşteri kodu", "Müşteri no", "Cari kod", "Cari kodu", "Cari hesap kodu",
                "Hesap kodu", "Hesap no",
                "کد مشتری", "شماره مشتری", "کد طرف حساب", "کد حساب",
            ]),
            (Role::Date, &[
                "Date", "Invoice date", "Order date", "Document date", "Posting date",
                "Transaction date", "Sale date",
                "Tarih", "Fatura tarihi", "Sipariş tarihi", "İşlem tarihi", "Belge tarihi",
                "Evrak tarihi", "Satış tarihi",
                "تاریخ", "تاریخ فاکتور", "تاریخ سفارش", "تاریخ سند", "تاریخ فروش",
            ]),
            (Role::Amount, &[
                "Amount", "Net amount", "Total", "Line total", "Invoice amount", "Invoice total",
                "Sales", "Sales amount", "Net sales", "Revenue", "Value", "Turnover",
                "Tutar", "Net tutar", "Toplam", "Toplam tutar", "Satış tutarı", "Fatura tutarı",
                "Satır tutarı", "Ciro", "Satış", "Net satış",
                "مبلغ", "مبلغ کل", "مبلغ خالص", "مبلغ فاکتور", "مبلغ فروش", "جمع", "جمع کل",
                "فروش", "ارزش",
            ]),
            (Role::Cost, &[
                "Cost", "Total cost", "Cost of sales", "COGS",
                "Maliyet", "Toplam maliyet", "Satış maliyeti", "Satılan malın maliyeti",
                "بهای تمام شده", "قیمت تمام شده", "هزینه", "بها",
            ]),
            (Role::Profit, &[
                "Profit", "Gross profit", "Kâr", "Brüt kâr", "Kâr tutarı",
                "سود", "سود ناخالص", "مبلغ سود",
            ]),
            (Role::Margin, &[
                "Margin", "Gross margin", "Margin percent", "Marj", "Kâr marjı", "Brüt kâr marjı",
                "Kâr oranı", "Brüt marj", "حاشیه سود", "حاشیه سود ناخالص", "درصد سود",
            ]),
            (Role::Quantity, &[
                "Quantity", "Qty", "Units", "Miktar", "Adet", "تعداد", "مقدار",
            ]),
            (Role::OrderNumber, &[
                "Invoice no", "Invoice number", "Invoice", "Order no", "Order number", "Order ID",
                "Order", "Document no", "Document number",
                "Fatura no", "Fatura numarası", "Fatura", "Sipariş no", "Sipariş numarası",
                "Sipariş", "Belge no", "Evrak no", "Fiş no",
                "شماره فاکتور", "فاکتور", "شماره سفارش", "شماره سند",
            ]),
        ],
        TableKind::Accounts => vec![
            (Role::Name, &[
                "name", "Account", "Account name", "Customer", "Customer name", "Company",
                "Client", "Ad", "Adı", "Hesap", "Hesap adı", "Müşteri", "Müşteri adı", "Firma",
                "Firma adı", "Ünvan", "Cari", "Cari adı",
                "نام", "نام مشتری", "مشتری", "شرکت", "نام شرکت",
            ]),
            (Role::Sector, &[
                "sector", "Industry", "Sektör", "Endüstri", "صنعت", "بخش", "حوزه فعالیت",
            ]),
            (Role::Revenue, &[
                "revenue", "Annual revenue", "Sales", "Annual sales", "Turnover", "Ciro",
                "Yıllık ciro", "Satış", "Yıllık satış", "درآمد", "درآمد سالانه", "فروش",
                "فروش سالانه",
            ]),
            (Role::Margin, &[
                "gross_margin", "Margin", "Marj", "Brüt kâr marjı", "Kâr marjı", "Brüt marj",
                "حاشیه سود", "حاشیه سود ناخالص",
            ]),
            (Role::Profit, &[
                "profit", "Gross profit", "Kâr", "Brüt kâr", "سود", "سود ناخالص",
            ]),
            (Role::OrdersLast12, &[
                "orders_last_12", "Orders last 12 months", "Orders", "Siparişler",
                "Sipariş sayısı", "Son 12 ay sipariş", "تعداد سفارش", "سفارش‌ها",
            ]),
            (Role::OrdersPrev12, &[
                "orders_prev_12", "Orders previous 12 months", "Orders prior 12 months",
                "Önceki 12 ay sipariş", "سفارش‌های ۱۲ ماه قبل",
            ]),
            (Role::LastPurchase, &[
                "last_purchase", "Last purchase date", "Last order", "Last order date",
                "Son alım", "Son alım tarihi", "Son sipariş", "Son sipariş tarihi",
                "آخرین خرید",
            ]),
            (Role::ShareOfWallet, &[
                "share_of_wallet", "Wallet share", "SOW", "Cüzdan payı", "سهم از کیف پول",
                "سهم کیف پول",
            ]),
            (Role::YearsAsCustomer, &[
                "years_as_customer", "Customer years", "Tenure", "Müşterilik süresi",
                "Müşteri yılı", "سابقه",
            ]),
            (Role::RelationshipStage, &[
                "relationship_stage", "Stage", "Aşama", "مرحله رابطه", "مرحله",
            ]),
            (Role::Complaints, &[
                "complaints", "Complaints last 12 months", "Şikâyetler", "Şikâyet",
                "Şikâyet sayısı", "شکایت", "شکایت‌ها", "تعداد شکایت",
            ]),
        ],
    }
}

type Table = Vec<(String, Role, u32)>;

/// The folded synonyms of every role of `kind`, with their rank.
fn table(kind: TableKind) -> &'static Table {
    static LEDGER: OnceLock<Table> = OnceLock::new();
    static ACCOUNTS: OnceLock<Table> = OnceLock::new();
    let cell = match kind {
        TableKind::Ledger => &LEDGER,
        TableKind::Accounts => &ACCOUNTS,
    };
    cell.get_or_init(|| {
        let mut t = Table::new();
        for (role, words) in synonyms(kind) {
            for locale in Locale::ALL {
                t.push((header_key(&role.label(locale)), role.clone(), 0));
            }
            for (rank, w) in words.iter().enumerate() {
                t.push((header_key(w), role.clone(), rank as u32));
            }
        }
        t.retain(|(k, ..)| !k.is_empty());
        t
    })
}

/// The role a header names in a `kind` table, if any, with how well it
/// matches (higher is better): exact matches of a folded synonym beat a
/// synonym of at least four letters that begins or ends the header
/// (`Tutar TL`, `Müşteri adı soyadı`); earlier synonyms beat later ones.
pub(crate) fn match_header(header: &str, kind: TableKind) -> Option<(Role, u32)> {
    if kind == TableKind::Accounts {
        if let Some(role) = special_header(header) {
            return Some((role, 3000));
        }
    }
    let key = header_key(header);
    if key.is_empty() {
        return None;
    }
    let mut best: Option<(&Role, u32)> = None;
    for (k, role, rank) in table(kind) {
        let rank = *rank;
        let score = if *k == key {
            2000 - rank.min(999)
        } else if k.chars().count() >= 4
            && (key.starts_with(k.as_str()) || key.ends_with(k.as_str()))
        {
            let extra = (key.len() - k.len()).min(500) as u32;
            1000 - rank.min(400) - extra
        } else {
            continue;
        };
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((role, score));
        }
    }
    let (role, score) = best?;
    // "Kâr (%)": a profit in percent is a margin.
    let role = if *role == Role::Profit && header_is_percent(header) {
        Role::Margin
    } else {
        role.clone()
    };
    Some((role, score))
}

/// `rating:<criterion>` and `YYYY-MM` headers of an accounts table.
fn special_header(header: &str) -> Option<Role> {
    let h = trim(header);
    if let Some(colon) = h.find(':') {
        let (name, id) = (&h[..colon], trim(&h[colon + 1..]));
        if name.trim().eq_ignore_ascii_case("rating") && !id.is_empty() {
            return Some(Role::Rating(id.to_string()));
        }
    }
    let digits: Vec<Option<u32>> = h.chars().map(ascii_digit).collect();
    if digits.len() == 7 && h.chars().nth(4) == Some('-') {
        let num = |r: std::ops::Range<usize>| {
            digits[r]
                .iter()
                .try_fold(0u32, |acc, d| d.map(|d| acc * 10 + d))
        };
        if let (Some(y), Some(m)) = (num(0..4), num(5..7)) {
            return Month::from_ym(y as i32, m).map(Role::SalesMonth);
        }
    }
    None
}

/// Roles for the columns of a header row: each column gets its best match,
/// best matches first, and no role goes to two columns (the leftmost of
/// equal matches wins).
pub(crate) fn map_headers(headers: &[&str], kind: TableKind) -> Vec<Option<Role>> {
    let mut found: Vec<(u32, usize, Role)> = headers
        .iter()
        .enumerate()
        .filter_map(|(i, h)| match_header(h, kind).map(|(r, s)| (s, i, r)))
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut out = vec![None; headers.len()];
    let mut used: Vec<Role> = Vec::new();
    for (_, i, role) in found {
        if !used.contains(&role) {
            used.push(role.clone());
            out[i] = Some(role);
        }
    }
    out
}

/// Whether a cell reads as a date in some format or as a number: a first
/// row with such a cell and no known header is data, not a header.
pub(crate) fn looks_like_data(cell: &str) -> bool {
    let t = trim(cell);
    !t.is_empty()
        && (guess_date_format([t]).is_some_and(|g| g.readable > 0) || parse_number(t, None).is_ok())
}

/// Roles for a file without a header, judged by the values of the sampled
/// `rows`. In a ledger, the date column is the one whose values read best as
/// dates, the amount the rightmost other column of numbers and the customer
/// the leftmost column of text; in an accounts table, the name is the
/// leftmost column of text. Anything less clear is left to the user.
pub(crate) fn map_by_values(
    rows: &[Vec<&str>],
    columns: usize,
    kind: TableKind,
) -> Vec<Option<Role>> {
    let mut out = vec![None; columns];
    let share = |col: usize, test: &dyn Fn(&str) -> bool| -> f64 {
        let values: Vec<&str> = rows
            .iter()
            .filter_map(|r| r.get(col).copied())
            .filter(|v| !trim(v).is_empty())
            .collect();
        if values.is_empty() {
            return 0.0;
        }
        values.iter().filter(|v| test(v)).count() as f64 / values.len() as f64
    };
    let date_share: Vec<f64> = (0..columns)
        .map(|c| {
            let values = rows.iter().filter_map(|r| r.get(c).copied());
            guess_date_format(values).map_or(0.0, |g| g.readable as f64 / g.sampled.max(1) as f64)
        })
        .collect();
    let number_share: Vec<f64> = (0..columns)
        .map(|c| share(c, &|v| parse_number(v, None).is_ok()))
        .collect();
    let filled: Vec<bool> = (0..columns).map(|c| share(c, &|_| true) > 0.0).collect();
    let is_text = |c: usize| filled[c] && date_share[c] < 0.5 && number_share[c] < 0.5;
    let name = (0..columns).find(|&c| is_text(c));
    match kind {
        TableKind::Accounts => {
            if let Some(c) = name {
                out[c] = Some(Role::Name);
            }
        }
        TableKind::Ledger => {
            let date = (0..columns)
                .filter(|&c| date_share[c] >= 0.8)
                .max_by(|&a, &b| date_share[a].total_cmp(&date_share[b]).then(b.cmp(&a)));
            let amount = (0..columns)
                .rev()
                .find(|&c| Some(c) != date && number_share[c] >= 0.8 && date_share[c] < 0.8);
            if let Some(c) = name {
                out[c] = Some(Role::Customer);
            }
            if let Some(c) = date {
                out[c] = Some(Role::Date);
            }
            if let Some(c) = amount {
                out[c] = Some(Role::Amount);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No folded synonym may name two roles of the same kind of table.
    #[test]
    fn no_synonym_is_ambiguous() {
        for kind in [TableKind::Ledger, TableKind::Accounts] {
            let t = table(kind);
            for (i, (k, r, _)) in t.iter().enumerate() {
                for (k2, r2, _) in &t[i + 1..] {
                    assert!(k != k2 || r == r2, "{kind:?}: {k} is both {r:?} and {r2:?}");
                }
            }
        }
    }
}
