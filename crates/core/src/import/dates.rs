//! Dates as ledgers and accounting software write them, one format per
//! column, and a guess of that format from a column's values.
//!
//! Every format accepts ASCII, Persian and Arabic-Indic digits, one or two
//! digits for the day and month, surrounding white space and direction
//! marks, and a time after the date (`2024-03-31 14:05:00`,
//! `31.03.2024 14:05`, `2024-03-31T14:05:00Z`), which is ignored. Two-digit
//! years are not accepted: `05.03.24` could be any century.

use crate::date::{days_in_month, Date, DateError, MAX_YEAR, MIN_YEAR};
use crate::i18n::Locale;
use crate::number::ascii_digit;

use super::fold::is_invisible;
use super::messages::ImportMsg;
use super::solar_hijri;

/// How a column writes its dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateFormat {
    /// Year, month, day: `2024-03-31` (also `2024/03/31`, `2024.03.31`).
    Iso,
    /// Day, month, year: `31.03.2024`, `31/03/2024`, `31-03-2024`.
    DayMonthYear,
    /// Month, day, year: `03/31/2024`.
    MonthDayYear,
    /// Eight digits, year first: `20240331`.
    Compact,
    /// Solar Hijri year, month, day, as Iranian software prints them:
    /// `1403/01/12`, `۱۴۰۳/۰۱/۱۲`, also with `-` or `.`, or as eight digits
    /// (`14030112`).
    SolarHijri,
}

impl DateFormat {
    /// Every format, in the order a choice shows them.
    pub const ALL: [DateFormat; 5] = [
        DateFormat::Iso,
        DateFormat::DayMonthYear,
        DateFormat::MonthDayYear,
        DateFormat::Compact,
        DateFormat::SolarHijri,
    ];

    /// The format's name with an example, for the format choice.
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            DateFormat::Iso => ImportMsg::DateIso,
            DateFormat::DayMonthYear => ImportMsg::DateDayMonthYear,
            DateFormat::MonthDayYear => ImportMsg::DateMonthDayYear,
            DateFormat::Compact => ImportMsg::DateCompact,
            DateFormat::SolarHijri => ImportMsg::DateSolarHijri,
        }
        .text(locale)
    }
}

/// Why a cell is not a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// The text is not written in the column's format.
    NotInFormat(DateFormat),
    /// Written in the format, but there is no such day: 30 February, month
    /// 13, 30 Esfand of a common year, year 0.
    Impossible(DateError),
}

/// Reads `text` as a date written in `format`.
pub fn parse_date(text: &str, format: DateFormat) -> Result<Date, DateProblem> {
    let not = DateProblem::NotInFormat(format);
    let s = shape(text).ok_or(not)?;
    let short = |i: usize| (1..=2).contains(&s.lens[i]);
    let [a, b, c] = s.parts;
    let ymd = match (format, s.count) {
        (DateFormat::Iso | DateFormat::SolarHijri, 3) if s.lens[0] == 4 && short(1) && short(2) => {
            (a, b, c)
        }
        (DateFormat::DayMonthYear, 3) if short(0) && short(1) && s.lens[2] == 4 => (c, b, a),
        (DateFormat::MonthDayYear, 3) if short(0) && short(1) && s.lens[2] == 4 => (c, a, b),
        (DateFormat::Compact | DateFormat::SolarHijri, 1) if s.lens[0] == 8 => {
            (a / 10_000, a / 100 % 100, a % 100)
        }
        _ => return Err(not),
    };
    let (y, m, d) = (ymd.0 as i32, ymd.1, ymd.2);
    if format == DateFormat::SolarHijri {
        solar_hijri::to_date(y, m, d).map_err(DateProblem::Impossible)
    } else {
        gregorian(y, m, d).map_err(DateProblem::Impossible)
    }
}

fn gregorian(year: i32, month: u32, day: u32) -> Result<Date, DateError> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(DateError::Year { year });
    }
    if !(1..=12).contains(&month) {
        return Err(DateError::Month { month });
    }
    let max = days_in_month(year, month);
    Date::from_ymd(year, month, day).ok_or(DateError::Day { day, max })
}

/// The numbers of a date text: one (`20240331`) or three parts, and the
/// separator between them.
struct Shape {
    parts: [u32; 3],
    lens: [u8; 3],
    count: usize,
    sep: Option<char>,
}

fn shape(text: &str) -> Option<Shape> {
    let text = text.trim_matches(|c: char| c.is_whitespace() || is_invisible(c));
    let mut s = Shape {
        parts: [0; 3],
        lens: [0; 3],
        count: 0,
        sep: None,
    };
    let mut idx = 0;
    let mut end = text.len();
    for (i, c) in text.char_indices() {
        if let Some(d) = ascii_digit(c) {
            if s.lens[idx] >= 8 {
                return None;
            }
            s.parts[idx] = s.parts[idx] * 10 + d;
            s.lens[idx] += 1;
        } else if matches!(c, '-' | '/' | '.') {
            if s.lens[idx] == 0 || idx == 2 {
                return None;
            }
            match s.sep {
                None => s.sep = Some(c),
                Some(sep) if sep != c => return None,
                Some(_) => {}
            }
            idx += 1;
        } else if c.is_whitespace() || c == 'T' {
            end = i;
            break;
        } else if !is_invisible(c) {
            return None;
        }
    }
    if s.lens[idx] == 0 || !is_time(&text[end..]) {
        return None;
    }
    s.count = idx + 1;
    if s.count == 2 {
        return None;
    }
    Some(s)
}

/// Whether what follows a date is nothing or a time of day.
fn is_time(rest: &str) -> bool {
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == 'T');
    if rest.is_empty() {
        return true;
    }
    rest.contains(':')
        && rest.chars().all(|c| {
            ascii_digit(c).is_some()
                || c.is_whitespace()
                || is_invisible(c)
                || matches!(
                    c,
                    ':' | '.' | ',' | '+' | '-' | 'Z' | 'z' | 'A' | 'a' | 'P' | 'p' | 'M' | 'm'
                )
        })
}

/// What a column's values say about its date format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateGuess {
    /// The format to read the column with (on a tie, the first of
    /// `candidates`).
    pub format: DateFormat,
    /// `false` when the sample cannot tell: several formats read every
    /// value (all days ≤ 12, so `03/04/2024` could be 3 April or 4 March),
    /// or no format reads any value. Ask the user then.
    pub decided: bool,
    /// The formats that fit the values as well as `format`, in
    /// [`DateFormat::ALL`] order; empty when no value is written in any
    /// format.
    pub candidates: Vec<DateFormat>,
    /// Non-blank values looked at.
    pub sampled: usize,
    /// How many of them `format` reads.
    pub readable: usize,
}

/// Guesses the date format of a column from its values (blank values are
/// skipped). `None` when there is no non-blank value.
///
/// The rules: the format most values are written in wins, and among
/// formats equally often written, the one that reads the most of them (a
/// value written in a format but impossible in it, `30.02.2025`, counts as
/// written but not read); Gregorian years
/// before 1700 do not occur in business data, so a column whose
/// year-first dates mostly have such years (`1403/05/12`) is Solar Hijri and
/// otherwise it is not; a column with day-month-year and month-day-year
/// both possible is ambiguous unless every date uses dots (`03.04.2024`),
/// which is day first wherever dots are used.
pub fn guess_date_format<'a>(values: impl IntoIterator<Item = &'a str>) -> Option<DateGuess> {
    // Per format: values written in it (possible or not), and values read.
    let mut written = [0usize; 5];
    let mut read = [0usize; 5];
    let mut sampled = 0;
    let (mut old_years, mut new_years) = (0usize, 0usize);
    let mut dotted_only = true;
    for v in values {
        let Some(s) = shape(v) else {
            if !super::fold::trim(v).is_empty() {
                sampled += 1;
            }
            continue;
        };
        sampled += 1;
        for (i, f) in DateFormat::ALL.iter().enumerate() {
            match parse_date(v, *f) {
                Ok(_) => {
                    written[i] += 1;
                    read[i] += 1;
                }
                Err(DateProblem::Impossible(_)) => written[i] += 1,
                Err(DateProblem::NotInFormat(_)) => {}
            }
        }
        let year_first = (s.count == 3 && s.lens[0] == 4) || (s.count == 1 && s.lens[0] == 8);
        if year_first {
            let year = if s.count == 1 {
                s.parts[0] / 10_000
            } else {
                s.parts[0]
            };
            if year < 1700 {
                old_years += 1;
            } else {
                new_years += 1;
            }
        } else if s.count == 3 && s.sep != Some('.') {
            dotted_only = false;
        }
    }
    if sampled == 0 {
        return None;
    }
    let index = |f: DateFormat| DateFormat::ALL.iter().position(|x| *x == f).unwrap_or(0);
    let drop = if old_years > new_years {
        vec![index(DateFormat::Iso), index(DateFormat::Compact)]
    } else {
        vec![index(DateFormat::SolarHijri)]
    };
    for i in drop {
        written[i] = 0;
        read[i] = 0;
    }
    // Formats the values are written in win; among those, the one that
    // reads the most of them.
    let best = (0..5)
        .map(|i| (written[i], read[i]))
        .max()
        .unwrap_or((0, 0));
    let mut candidates: Vec<DateFormat> = if best.0 == 0 {
        Vec::new()
    } else {
        (0..5)
            .filter(|&i| (written[i], read[i]) == best)
            .map(|i| DateFormat::ALL[i])
            .collect()
    };
    if dotted_only
        && candidates.contains(&DateFormat::DayMonthYear)
        && candidates.contains(&DateFormat::MonthDayYear)
    {
        candidates.retain(|f| *f != DateFormat::MonthDayYear);
    }
    Some(DateGuess {
        format: candidates.first().copied().unwrap_or(DateFormat::Iso),
        decided: candidates.len() == 1,
        candidates,
        sampled,
        readable: best.1,
    })
}
