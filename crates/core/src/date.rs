//! Civil dates and calendar months without a calendar library.
//!
//! A [`Date`] is a day of the proleptic Gregorian calendar stored as the
//! number of days since 1970-01-01, so ordering, differences and adding days
//! are integer arithmetic. Conversions to and from year/month/day use Howard
//! Hinnant's `days_from_civil` algorithms. The day count is the bridge to any
//! other calendar: a Solar Hijri conversion only has to map its own
//! year/month/day to and from the same day count.
//!
//! A [`Month`] is a calendar month as one integer (`year * 12 + month - 1`),
//! which is what monthly sales series are keyed by.

use std::fmt;

use crate::i18n::{fill, Locale};
use crate::number::ascii_digit;

/// A calendar day between 0001-01-01 and 9999-12-31 (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    days: i32,
}

/// A calendar month between 0001-01 and 9999-12, as `year * 12 + month - 1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(i32);

/// Why a text is not a valid ISO date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Nothing but white space.
    Empty,
    /// Not of the form `YYYY-MM-DD`.
    Format,
    /// The year is outside 1..=9999.
    Year { year: i32 },
    /// The month is outside 1..=12.
    Month { month: u32 },
    /// The day does not exist in that month (30 February, 31 April…).
    Day { day: u32, max: u32 },
}

pub const MIN_YEAR: i32 = 1;
pub const MAX_YEAR: i32 = 9999;

/// Whether `year` has a 29 February.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1..=12) of `year`; 0 for a month outside 1..=12.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i32;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

impl Date {
    /// The date with this year, month and day, or `None` when it does not exist.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        Date::check_ymd(year, month, day).ok()
    }

    fn check_ymd(year: i32, month: u32, day: u32) -> Result<Date, DateError> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(DateError::Year { year });
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::Month { month });
        }
        let max = days_in_month(year, month);
        if day == 0 || day > max {
            return Err(DateError::Day { day, max });
        }
        Ok(Date {
            days: days_from_civil(year, month, day),
        })
    }

    /// 1970-01-01, day 0: a fixed date for when no other can be had.
    pub const EPOCH: Date = Date { days: 0 };

    /// The date `days` days after 1970-01-01 (negative: before), if it is in range.
    pub fn from_days_since_epoch(days: i32) -> Option<Date> {
        let lo = days_from_civil(MIN_YEAR, 1, 1);
        let hi = days_from_civil(MAX_YEAR, 12, 31);
        (lo..=hi).contains(&days).then_some(Date { days })
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i32 {
        self.days
    }

    /// `(year, month, day)`.
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.days)
    }

    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// Month of the year, 1..=12.
    pub fn month_of_year(self) -> u32 {
        self.ymd().1
    }

    /// Day of the month, 1..=31.
    pub fn day(self) -> u32 {
        self.ymd().2
    }

    /// The calendar month this day belongs to.
    pub fn month(self) -> Month {
        let (y, m, _) = self.ymd();
        Month(y * 12 + m as i32 - 1)
    }

    /// This date moved by `days` (negative: back), or `None` outside the range.
    pub fn add_days(self, days: i32) -> Option<Date> {
        Date::from_days_since_epoch(self.days.checked_add(days)?)
    }

    /// Days from `self` to `later`: positive when `later` is after `self`.
    pub fn days_until(self, later: Date) -> i32 {
        later.days - self.days
    }

    /// Parses `YYYY-MM-DD` (month and day may have one digit; Persian and
    /// Arabic-Indic digits are accepted; surrounding white space is ignored).
    pub fn parse_iso(text: &str) -> Result<Date, DateError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(DateError::Empty);
        }
        let mut parts = [0u32; 3];
        let mut lens = [0usize; 3];
        let mut part = 0;
        for ch in text.chars() {
            if let Some(d) = ascii_digit(ch) {
                if lens[part] >= 4 {
                    return Err(DateError::Format);
                }
                parts[part] = parts[part] * 10 + d;
                lens[part] += 1;
            } else if ch == '-' && part < 2 && lens[part] > 0 {
                part += 1;
            } else {
                return Err(DateError::Format);
            }
        }
        if part != 2 || lens[0] != 4 || !(1..=2).contains(&lens[1]) || !(1..=2).contains(&lens[2]) {
            return Err(DateError::Format);
        }
        Date::check_ymd(parts[0] as i32, parts[1], parts[2])
    }

    /// `YYYY-MM-DD`.
    pub fn to_iso(self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Month {
    /// The month `month` (1..=12) of `year`, or `None` outside the range.
    pub fn from_ym(year: i32, month: u32) -> Option<Month> {
        ((MIN_YEAR..=MAX_YEAR).contains(&year) && (1..=12).contains(&month))
            .then(|| Month(year * 12 + month as i32 - 1))
    }

    /// The month with this index (`year * 12 + month - 1`), if in range.
    pub fn from_index(index: i32) -> Option<Month> {
        (MIN_YEAR * 12..=MAX_YEAR * 12 + 11)
            .contains(&index)
            .then_some(Month(index))
    }

    /// `year * 12 + month - 1`: consecutive months have consecutive indices.
    pub fn index(self) -> i32 {
        self.0
    }

    pub fn year(self) -> i32 {
        self.0.div_euclid(12)
    }

    /// Month of the year, 1..=12.
    pub fn month_of_year(self) -> u32 {
        self.0.rem_euclid(12) as u32 + 1
    }

    /// This month moved by `months`, or `None` outside the range.
    pub fn add_months(self, months: i32) -> Option<Month> {
        Month::from_index(self.0.checked_add(months)?)
    }

    /// Months from `self` to `later`: positive when `later` is after `self`.
    pub fn months_until(self, later: Month) -> i32 {
        later.0 - self.0
    }

    pub fn first_day(self) -> Date {
        Date {
            days: days_from_civil(self.year(), self.month_of_year(), 1),
        }
    }

    pub fn last_day(self) -> Date {
        let (y, m) = (self.year(), self.month_of_year());
        Date {
            days: days_from_civil(y, m, days_in_month(y, m)),
        }
    }
}

impl fmt::Display for Month {
    /// `YYYY-MM`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month_of_year())
    }
}

crate::messages! {
    /// Messages for [`DateError`].
    pub enum DateMsg {
        Empty {
            en: "Enter a date.",
            tr: "Bir tarih girin.",
            fa: "یک تاریخ وارد کنید.",
        },
        Format {
            en: "Write the date as YYYY-MM-DD, for example 2024-03-31.",
            tr: "Tarihi YYYY-AA-GG biçiminde yazın, örneğin 2024-03-31.",
            fa: "تاریخ را به شکل YYYY-MM-DD بنویسید، مثلاً 2024-03-31.",
        },
        Year {
            en: "The year {year} is outside 1–9999.",
            tr: "{year} yılı 1–9999 aralığının dışında.",
            fa: "سال {year} خارج از بازهٔ ۱ تا ۹۹۹۹ است.",
        },
        Month {
            en: "There is no month {month}; months run from 1 to 12.",
            tr: "{month}. ay yok; aylar 1 ile 12 arasındadır.",
            fa: "ماه {month} وجود ندارد؛ ماه‌ها از ۱ تا ۱۲ هستند.",
        },
        Day {
            en: "This month has no day {day}; it has {max} days.",
            tr: "Bu ayın {day}. günü yok; bu ay {max} gün çeker.",
            fa: "این ماه روز {day} ندارد؛ {max} روز دارد.",
        },
    }
}

impl DateError {
    /// The message key of this error.
    pub fn key(self) -> DateMsg {
        match self {
            DateError::Empty => DateMsg::Empty,
            DateError::Format => DateMsg::Format,
            DateError::Year { .. } => DateMsg::Year,
            DateError::Month { .. } => DateMsg::Month,
            DateError::Day { .. } => DateMsg::Day,
        }
    }

    /// The error explained in `locale`, with its numbers filled in.
    pub fn message(self, locale: Locale) -> String {
        let t = self.key().text(locale);
        let int = |v: i64| crate::number::format_integer(v, locale);
        match self {
            DateError::Empty | DateError::Format => t.to_string(),
            DateError::Year { year } => fill(t, &[("year", &int(year as i64))]),
            DateError::Month { month } => fill(t, &[("month", &int(month as i64))]),
            DateError::Day { day, max } => {
                fill(t, &[("day", &int(day as i64)), ("max", &int(max as i64))])
            }
        }
    }
}
