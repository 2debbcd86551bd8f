//! The Solar Hijri (Iranian, "shamsi") calendar, converted exactly to and
//! from [`Date`].
//!
//! A Solar Hijri year starts at Nowruz, the day of the March equinox; months
//! 1–6 have 31 days, 7–11 have 30 and month 12 has 29, or 30 in a leap year.
//! Which years are leap follows the astronomical rule, and no short
//! arithmetic cycle reproduces it over centuries. This module uses Kazimierz
//! Borkowski's algorithm ("The Persian calendar for 3000 years", Earth, Moon
//! and Planets 74, 1996): a 33-year leap cycle that is restarted at the
//! listed break years, which matches the astronomical calendar for years
//! 1–3177. It is the algorithm behind the common jalaali libraries and the
//! dates Persian accounting software prints.
//!
//! Only the first day of each year is computed; every other day is an offset
//! from it, so both directions agree by construction (a test round-trips
//! every day over four centuries).

use crate::date::{Date, DateError};

/// The first Solar Hijri year this module converts (622–623 CE).
pub const MIN_YEAR: i32 = 1;
/// The last Solar Hijri year this module converts (3797–3798 CE).
pub const MAX_YEAR: i32 = 3176;

/// Years at which Borkowski's 33-year cycle restarts.
const BREAKS: [i32; 20] = [
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324,
    2394, 2456, 3178,
];

/// The Gregorian year and March day of 1 Farvardin (Nowruz) of `year`, for
/// `MIN_YEAR..=MAX_YEAR + 1`.
fn nowruz(year: i32) -> (i32, u32) {
    let gregorian_year = year + 621;
    // Leap days of the Solar Hijri calendar before `year`, counted per
    // stretch between two break years.
    let mut leap_j = -14;
    let mut start = BREAKS[0];
    let mut jump = 0;
    for &next in &BREAKS[1..] {
        jump = next - start;
        if year < next {
            break;
        }
        leap_j += jump / 33 * 8 + jump % 33 / 4;
        start = next;
    }
    let n = year - start;
    leap_j += n / 33 * 8 + (n % 33 + 3) / 4;
    if jump % 33 == 4 && jump - n == 4 {
        leap_j += 1;
    }
    // Leap days of the Gregorian calendar before `gregorian_year`.
    let leap_g = gregorian_year / 4 - (gregorian_year / 100 + 1) * 3 / 4 - 150;
    (gregorian_year, (20 + leap_j - leap_g) as u32)
}

/// Days since 1970-01-01 of 1 Farvardin of `year` (`MIN_YEAR..=MAX_YEAR + 1`).
fn first_day(year: i32) -> i32 {
    let (y, d) = nowruz(year);
    // Nowruz always falls on 19–22 March, so the date exists.
    Date::from_ymd(y, 3, d).map_or(0, Date::days_since_epoch)
}

/// Whether `year` has a 30 Esfand (366 days). `false` outside
/// `MIN_YEAR..=MAX_YEAR`.
pub fn is_leap_year(year: i32) -> bool {
    (MIN_YEAR..=MAX_YEAR).contains(&year) && first_day(year + 1) - first_day(year) == 366
}

/// Days in `month` (1..=12) of `year`; 0 for a month outside 1..=12.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1..=6 => 31,
        7..=11 => 30,
        12 if is_leap_year(year) => 30,
        12 => 29,
        _ => 0,
    }
}

/// The day with this Solar Hijri year, month and day.
///
/// Errors name what does not exist, as for Gregorian dates: a year outside
/// `MIN_YEAR..=MAX_YEAR`, a month outside 1..=12, or a day the month does not
/// have (30 Esfand of a common year).
pub fn to_date(year: i32, month: u32, day: u32) -> Result<Date, DateError> {
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
    let m = month as i32;
    let day_of_year = if m <= 7 {
        (m - 1) * 31
    } else {
        186 + (m - 7) * 30
    } + day as i32
        - 1;
    Date::from_days_since_epoch(first_day(year) + day_of_year).ok_or(DateError::Year { year })
}

/// The Solar Hijri `(year, month, day)` of `date`, or `None` before
/// 1 Farvardin of `MIN_YEAR` or after the end of `MAX_YEAR`.
pub fn from_date(date: Date) -> Option<(i32, u32, u32)> {
    let days = date.days_since_epoch();
    let mut year = date.year() - 621;
    if !(MIN_YEAR..=MAX_YEAR + 1).contains(&year) {
        return None;
    }
    let mut start = first_day(year);
    if days < start {
        year -= 1;
        if year < MIN_YEAR {
            return None;
        }
        start = first_day(year);
    }
    if year > MAX_YEAR {
        return None;
    }
    let k = days - start;
    let (month, day) = if k < 186 {
        (1 + k / 31, k % 31 + 1)
    } else {
        (7 + (k - 186) / 30, (k - 186) % 30 + 1)
    };
    Some((year, month as u32, day as u32))
}
