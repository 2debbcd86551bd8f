//! What the selection workbench's forms need from the core: the settings a
//! user can type (read, checked and written back), the workspace currency,
//! paging of a long accounts table, the generated demo portfolio, and the
//! interface's own words ([`WorkbenchMsg`]).
//!
//! Nothing here touches the browser; the app's reducer calls these.

use crate::date::Date;
use crate::i18n::Locale;
use crate::number::{parse_number, NumberError};

use super::analysis::{Analysis, AnalysisProblem, SettingKey};
use super::checklist::Checklist;
use super::model::{Account, Field, MonthlySales, Portfolio, Rating, RelationshipStage};
use super::settings::Settings;

crate::messages! {
    /// The selection workbench's interface words (forms, paging, settings).
    pub enum WorkbenchMsg {
        AddAccount { en: "Add account", tr: "Hesap ekle", fa: "افزودن مشتری" },
        NewAccountName { en: "New account {n}", tr: "Yeni hesap {n}", fa: "مشتری تازهٔ {n}" },
        DeleteAccount { en: "Delete account", tr: "Hesabı sil", fa: "حذف مشتری" },
        Deleted {
            en: "“{name}” was deleted.",
            tr: "“{name}” silindi.",
            fa: "«{name}» حذف شد.",
        },
        Undo { en: "Undo", tr: "Geri al", fa: "بازگردانی" },
        TableHint {
            en: "Every field can be edited here; “Details” opens the rest of an account's data and its checklist ratings. A value that cannot be read is kept as typed and left out of the analysis until it is corrected.",
            tr: "Her alan burada düzenlenebilir; “Ayrıntılar” hesabın diğer bilgilerini ve kontrol listesi puanlarını açar. Okunamayan bir değer yazıldığı gibi saklanır ve düzeltilene kadar analize katılmaz.",
            fa: "همهٔ فیلدها را همین‌جا می‌توان ویرایش کرد؛ «جزئیات» بقیهٔ اطلاعات مشتری و امتیازهای چک‌لیست او را باز می‌کند. مقداری که خوانده نشود همان‌طور که نوشته شده نگه داشته می‌شود و تا اصلاح نشود در تحلیل به کار نمی‌رود.",
        },
        Details { en: "Details", tr: "Ayrıntılar", fa: "جزئیات" },
        DetailsOf { en: "Details of {name}", tr: "{name} ayrıntıları", fa: "جزئیات {name}" },
        AccountData { en: "Account data", tr: "Hesap bilgileri", fa: "اطلاعات مشتری" },
        RatingsTitle {
            en: "Checklist ratings (1 poor – 5 excellent)",
            tr: "Kontrol listesi puanları (1 zayıf – 5 mükemmel)",
            fa: "امتیازهای چک‌لیست (۱ ضعیف – ۵ عالی)",
        },
        Unknown { en: "Unknown", tr: "Bilinmiyor", fa: "نامعلوم" },
        NoStage { en: "Not set", tr: "Belirtilmedi", fa: "تعیین نشده" },
        Currency { en: "Currency", tr: "Para birimi", fa: "واحد پول" },
        NoCurrency { en: "None given", tr: "Belirtilmedi", fa: "تعیین نشده" },
        CurrencyHint {
            en: "Amounts are shown as typed; the currency only labels them, nothing is converted.",
            tr: "Tutarlar yazıldığı gibi gösterilir; para birimi yalnızca etikettir, çevrim yapılmaz.",
            fa: "مبلغ‌ها همان‌طور که نوشته شده‌اند نمایش داده می‌شوند؛ واحد پول فقط برچسب است و تبدیلی انجام نمی‌شود.",
        },
        SettingsTitle { en: "Analysis settings", tr: "Analiz ayarları", fa: "تنظیمات تحلیل" },
        SettingsHint {
            en: "The rules in force; every result on this page follows them at once.",
            tr: "Geçerli kurallar; bu sayfadaki her sonuç anında bunlara uyar.",
            fa: "قاعده‌های جاری؛ همهٔ نتیجه‌های این صفحه بی‌درنگ از آن‌ها پیروی می‌کنند.",
        },
        AbcBasisLabel { en: "ABC by", tr: "ABC ölçütü", fa: "مبنای ABC" },
        ChurnDays { en: "Churn: no purchase for more than (days)", tr: "Kayıp uyarısı: şu kadar günden uzun süre alım yok", fa: "هشدار ریزش: بیش از این تعداد روز بدون خرید" },
        SettingAbcA { en: "A cut-off (cumulative %)", tr: "A sınırı (kümülatif %)", fa: "مرز A (درصد تجمعی)" },
        SettingAbcB { en: "B cut-off (cumulative %)", tr: "B sınırı (kümülatif %)", fa: "مرز B (درصد تجمعی)" },
        SettingXyzX { en: "X cut-off (coefficient of variation)", tr: "X sınırı (değişim katsayısı)", fa: "مرز X (ضریب تغییرات)" },
        SettingXyzY { en: "Y cut-off (coefficient of variation)", tr: "Y sınırı (değişim katsayısı)", fa: "مرز Y (ضریب تغییرات)" },
        SettingAttractivenessSplit { en: "Attractiveness split (0–100)", tr: "Çekicilik eşiği (0–100)", fa: "مرز جذابیت (۰ تا ۱۰۰)" },
        SettingStrengthSplit { en: "Strength split (0–100)", tr: "Güç eşiği (0–100)", fa: "مرز توان (۰ تا ۱۰۰)" },
        SettingChurnDropPct { en: "Churn: orders down by more than (%)", tr: "Kayıp uyarısı: siparişlerde şu yüzdeden fazla düşüş", fa: "هشدار ریزش: کاهش سفارش‌ها بیش از (٪)" },
        SettingGroupAttractiveness { en: "Weight of attractiveness", tr: "Çekiciliğin ağırlığı", fa: "وزن جذابیت" },
        SettingGroupStrength { en: "Weight of strength", tr: "Gücün ağırlığı", fa: "وزن توان" },
        SettingNotWhole {
            en: "Enter a whole number of days, 0 or more.",
            tr: "0 ya da daha büyük, tam sayı olarak gün girin.",
            fa: "تعداد روز را به صورت عدد صحیح ۰ یا بیشتر وارد کنید.",
        },
        SettingBlank { en: "Enter a value.", tr: "Bir değer girin.", fa: "مقداری وارد کنید." },
        PagesLabel { en: "Pages of the accounts table", tr: "Hesap tablosunun sayfaları", fa: "صفحه‌های جدول مشتریان" },
        PageOf { en: "Page {page} of {pages}", tr: "Sayfa {page} / {pages}", fa: "صفحهٔ {page} از {pages}" },
        RowsShown {
            en: "Accounts {from}–{to} of {n}",
            tr: "{n} hesaptan {from}–{to} arası",
            fa: "مشتری‌های {from} تا {to} از {n}",
        },
        PreviousPage { en: "Previous page", tr: "Önceki sayfa", fa: "صفحهٔ قبل" },
        NextPage { en: "Next page", tr: "Sonraki sayfa", fa: "صفحهٔ بعد" },
        FirstPage { en: "First page", tr: "İlk sayfa", fa: "صفحهٔ نخست" },
        LastPage { en: "Last page", tr: "Son sayfa", fa: "صفحهٔ آخر" },
        ExampleSize { en: "Example size", tr: "Örnek büyüklüğü", fa: "اندازهٔ نمونه" },
        ExampleSmall {
            en: "25 realistic accounts (workshop)",
            tr: "25 gerçekçi hesap (atölye)",
            fa: "۲۵ مشتری واقع‌نما (کارگاه)",
        },
        ExampleGenerated {
            en: "{n} generated accounts (large-portfolio demo)",
            tr: "{n} üretilmiş hesap (büyük portföy gösterimi)",
            fa: "{n} مشتری ساختگی (نمایش سبد بزرگ)",
        },
        ChartSample {
            en: "The chart shows the {shown} best-ranked accounts and every shortlisted one, of {n} scored; the table below the chart lists the same ones.",
            tr: "Grafik, puanlanan {n} hesaptan en iyi sıralanan {shown} hesabı ve kısa listedeki her hesabı gösterir; grafiğin altındaki tablo aynı hesapları listeler.",
            fa: "نمودار از {n} مشتری امتیازدار، {shown} مشتری با بهترین رتبه و همهٔ مشتری‌های فهرست کوتاه را نشان می‌دهد؛ جدول زیر نمودار همین‌ها را فهرست می‌کند.",
        },
        MoreReasons { en: "More reasons ({n})", tr: "Diğer gerekçeler ({n})", fa: "دلیل‌های دیگر ({n})" },
        ScoreShort { en: "Score {score}", tr: "Puan {score}", fa: "امتیاز {score}" },
    }
}

/// A setting the workbench form lets the user type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SettingField {
    AbcA,
    AbcB,
    XyzX,
    XyzY,
    AttractivenessSplit,
    StrengthSplit,
    ChurnDays,
    ChurnDropPct,
    GroupWeightAttractiveness,
    GroupWeightStrength,
}

/// Why typed setting text was not taken.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SettingInputError {
    Blank,
    NotANumber(NumberError),
    /// Days must be a whole number, 0 or more.
    NotWholeDays,
}

impl SettingInputError {
    pub fn message(self, locale: Locale) -> String {
        match self {
            SettingInputError::Blank => WorkbenchMsg::SettingBlank.text(locale).to_string(),
            SettingInputError::NotANumber(e) => e.message(locale),
            SettingInputError::NotWholeDays => {
                WorkbenchMsg::SettingNotWhole.text(locale).to_string()
            }
        }
    }
}

impl SettingField {
    pub const ALL: [SettingField; 10] = [
        SettingField::AbcA,
        SettingField::AbcB,
        SettingField::XyzX,
        SettingField::XyzY,
        SettingField::AttractivenessSplit,
        SettingField::StrengthSplit,
        SettingField::ChurnDays,
        SettingField::ChurnDropPct,
        SettingField::GroupWeightAttractiveness,
        SettingField::GroupWeightStrength,
    ];

    /// A stable id for forms and tests (`abc_a`, `churn_days`…).
    pub fn code(self) -> &'static str {
        match self {
            SettingField::AbcA => "abc_a",
            SettingField::AbcB => "abc_b",
            SettingField::XyzX => "xyz_x",
            SettingField::XyzY => "xyz_y",
            SettingField::AttractivenessSplit => "attractiveness_split",
            SettingField::StrengthSplit => "strength_split",
            SettingField::ChurnDays => "churn_days",
            SettingField::ChurnDropPct => "churn_drop_pct",
            SettingField::GroupWeightAttractiveness => "group_attractiveness",
            SettingField::GroupWeightStrength => "group_strength",
        }
    }

    pub fn label(self, locale: Locale) -> &'static str {
        use WorkbenchMsg as W;
        match self {
            SettingField::AbcA => W::SettingAbcA,
            SettingField::AbcB => W::SettingAbcB,
            SettingField::XyzX => W::SettingXyzX,
            SettingField::XyzY => W::SettingXyzY,
            SettingField::AttractivenessSplit => W::SettingAttractivenessSplit,
            SettingField::StrengthSplit => W::SettingStrengthSplit,
            SettingField::ChurnDays => W::ChurnDays,
            SettingField::ChurnDropPct => W::SettingChurnDropPct,
            SettingField::GroupWeightAttractiveness => W::SettingGroupAttractiveness,
            SettingField::GroupWeightStrength => W::SettingGroupStrength,
        }
        .text(locale)
    }

    /// The key the analysis uses in its problems, if it checks this setting.
    pub fn key(self) -> Option<SettingKey> {
        match self {
            SettingField::AbcA => Some(SettingKey::AbcA),
            SettingField::AbcB => Some(SettingKey::AbcB),
            SettingField::XyzX => Some(SettingKey::XyzX),
            SettingField::XyzY => Some(SettingKey::XyzY),
            SettingField::AttractivenessSplit => Some(SettingKey::AttractivenessSplit),
            SettingField::StrengthSplit => Some(SettingKey::StrengthSplit),
            SettingField::ChurnDays => None,
            SettingField::ChurnDropPct => Some(SettingKey::ChurnDropPct),
            SettingField::GroupWeightAttractiveness => Some(SettingKey::GroupWeightAttractiveness),
            SettingField::GroupWeightStrength => Some(SettingKey::GroupWeightStrength),
        }
    }

    /// The value in force in `settings`.
    pub fn get(self, s: &Settings) -> f64 {
        match self {
            SettingField::AbcA => s.abc_a,
            SettingField::AbcB => s.abc_b,
            SettingField::XyzX => s.xyz_x,
            SettingField::XyzY => s.xyz_y,
            SettingField::AttractivenessSplit => s.attractiveness_split,
            SettingField::StrengthSplit => s.strength_split,
            SettingField::ChurnDays => s.churn_days as f64,
            SettingField::ChurnDropPct => s.churn_drop_pct,
            SettingField::GroupWeightAttractiveness => s.group_weights.attractiveness,
            SettingField::GroupWeightStrength => s.group_weights.strength,
        }
    }

    /// Reads typed text (a number in any of the app's notations; `%` is
    /// allowed). Range problems are not decided here: the value is kept and
    /// the analysis reports it (and uses the default), so what was typed is
    /// never lost.
    pub fn parse(self, raw: &str, locale: Locale) -> Result<f64, SettingInputError> {
        if raw.trim().is_empty() {
            return Err(SettingInputError::Blank);
        }
        let trimmed = raw
            .trim()
            .trim_start_matches(['%', '٪'])
            .trim_end_matches(['%', '٪']);
        let v = parse_number(trimmed, Some(locale)).map_err(SettingInputError::NotANumber)?;
        if self == SettingField::ChurnDays && (v < 0.0 || v.fract() != 0.0 || v > u32::MAX as f64) {
            return Err(SettingInputError::NotWholeDays);
        }
        Ok(v)
    }

    /// Writes a read value into `settings`.
    pub fn set(self, s: &mut Settings, v: f64) {
        match self {
            SettingField::AbcA => s.abc_a = v,
            SettingField::AbcB => s.abc_b = v,
            SettingField::XyzX => s.xyz_x = v,
            SettingField::XyzY => s.xyz_y = v,
            SettingField::AttractivenessSplit => s.attractiveness_split = v,
            SettingField::StrengthSplit => s.strength_split = v,
            SettingField::ChurnDays => s.churn_days = v.clamp(0.0, u32::MAX as f64) as u32,
            SettingField::ChurnDropPct => s.churn_drop_pct = v,
            SettingField::GroupWeightAttractiveness => s.group_weights.attractiveness = v,
            SettingField::GroupWeightStrength => s.group_weights.strength = v,
        }
    }

    /// The analysis's problems that concern this setting (out of range,
    /// cut-offs in the wrong order), in the reader's words.
    pub fn problems(self, analysis: &Analysis, locale: Locale) -> Vec<String> {
        let Some(key) = self.key() else {
            return Vec::new();
        };
        analysis
            .problems
            .iter()
            .filter(|p| match p {
                AnalysisProblem::BadSetting { setting, .. } => *setting == key,
                AnalysisProblem::CutoffsOutOfOrder { first, second } => {
                    *first == key || *second == key
                }
                _ => false,
            })
            .map(|p| p.message(locale))
            .collect()
    }
}

/// The currencies offered for a workspace: code and the sign shown with
/// amounts. The empty code is "none given".
pub const CURRENCIES: [(&str, &str); 7] = [
    ("", ""),
    ("TRY", "₺"),
    ("EUR", "€"),
    ("USD", "$"),
    ("GBP", "£"),
    ("IRR", "﷼"),
    ("IRT", "تومان"),
];

/// The currency a new workspace assumes: Turkish lira in Turkish, else none.
pub fn default_currency(locale: Locale) -> &'static str {
    match locale {
        Locale::Tr => "TRY",
        _ => "",
    }
}

/// How a currency is shown next to amounts: its sign and code (`₺ TRY`),
/// the code alone for one not in [`CURRENCIES`], nothing for none.
pub fn currency_label(code: &str) -> String {
    let code = code.trim();
    if code.is_empty() {
        return String::new();
    }
    match CURRENCIES.iter().find(|(c, _)| *c == code) {
        Some((c, sign)) => format!("{sign} {c}"),
        None => code.to_string(),
    }
}

/// Rows per page of the accounts table.
pub const PAGE_SIZE: usize = 50;

/// The page to show (0-based) of `rows` rows: `wanted` clamped to the last
/// page; an empty table has one (empty) page.
pub fn clamp_page(wanted: usize, rows: usize) -> usize {
    wanted.min(page_count(rows).saturating_sub(1))
}

/// Number of pages for `rows` rows (at least 1).
pub fn page_count(rows: usize) -> usize {
    rows.div_ceil(PAGE_SIZE).max(1)
}

/// A name for a new account that no account has yet, "New account 26".
pub fn new_account_name(portfolio: &Portfolio, locale: Locale) -> String {
    let names: Vec<String> = portfolio
        .accounts
        .iter()
        .map(|a| a.name.trim().to_lowercase())
        .collect();
    let mut n = portfolio.accounts.len() + 1;
    loop {
        let name = crate::i18n::fill(
            WorkbenchMsg::NewAccountName.text(locale),
            &[("n", &crate::number::format_integer(n as i64, locale))],
        );
        if !names.contains(&name.to_lowercase()) {
            return name;
        }
        n += 1;
    }
}

/// Sizes offered for the example portfolio: the 25 hand-made accounts, and
/// generated ones to try the workbench on a large portfolio.
pub const EXAMPLE_SIZES: [usize; 4] = [25, 1_000, 10_000, 100_000];

/// The rating criteria filled in by [`generated_portfolio`], in the order
/// the generator draws them (the same as `scripts/gen-accounts`).
pub const GENERATED_RATED: [&str; 15] = [
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

/// The generator's seed (shared with `scripts/gen-accounts`).
pub const GENERATED_SEED: u64 = 20_241_122;
/// Months of sales per generated account, ending in the analysis month.
pub const GENERATED_MONTHS: i32 = 24;

/// `n` generated accounts with 24 months of sales ending in the analysis
/// month: revenue log-normal-ish over two orders of magnitude, steady,
/// irregular and sporadic buyers, 5% unknown ratings. Deterministic (fixed
/// seed), the same accounts as the native benchmark and
/// `scripts/gen-accounts`. Names are `Demo 000001`….
pub fn generated_portfolio(n: usize, analysis_date: Date) -> Portfolio {
    const MONTHS: i32 = GENERATED_MONTHS;
    const STAGES: [RelationshipStage; 6] = RelationshipStage::ALL;
    let mut rng = Lcg(GENERATED_SEED);
    let mut p = Portfolio::new("TRY", analysis_date);
    p.rating_columns = GENERATED_RATED.iter().map(|s| s.to_string()).collect();
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
        let ratings: Vec<Rating> = GENERATED_RATED
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
            name: format!("Demo {:06}", i + 1),
            sector: "Demo".to_string(),
            revenue: Field::known(last12),
            gross_margin: Field::known(margin),
            orders_last_12: Field::known(active(&amounts[12..])),
            orders_prev_12: Field::known(active(&amounts[..12])),
            last_purchase: days_ago
                .and_then(|d| analysis_date.add_days(-d))
                .map_or_else(Field::empty, Field::known_date),
            share_of_wallet: Field::known(share),
            years_as_customer: Field::known(years),
            relationship_stage: Some(STAGES[i % STAGES.len()]),
            complaints: Field::known(complaints),
            ratings,
            sales,
            ..Account::default()
        });
    }
    p
}

/// The checklist's rating criteria that an account can be rated on, by group
/// (attractiveness first), as (criterion index, id).
pub fn rating_criteria(checklist: &Checklist) -> Vec<usize> {
    let mut out: Vec<usize> = (0..checklist.criteria.len())
        .filter(|&k| checklist.criteria[k].source == super::checklist::Source::Rating)
        .collect();
    out.sort_by_key(|&k| checklist.criteria[k].group.index());
    out
}
