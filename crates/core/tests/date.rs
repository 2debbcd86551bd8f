//! Civil dates and months, one line per case.

use kilit_core::date::{days_in_month, is_leap_year, Date, DateError, DateMsg, Month};
use kilit_core::i18n::Locale;

type Ymd = (i32, u32, u32);

/// `(text, expected ymd or error)`.
const PARSE: &[(&str, Result<Ymd, DateError>)] = &[
    ("2024-03-31", Ok((2024, 3, 31))),
    ("  2024-3-5 ", Ok((2024, 3, 5))),
    ("۲۰۲۴-۰۲-۲۹", Ok((2024, 2, 29))),
    ("1970-01-01", Ok((1970, 1, 1))),
    ("0001-01-01", Ok((1, 1, 1))),
    ("9999-12-31", Ok((9999, 12, 31))),
    ("2000-02-29", Ok((2000, 2, 29))),
    ("", Err(DateError::Empty)),
    ("2024-02-30", Err(DateError::Day { day: 30, max: 29 })),
    ("2023-02-29", Err(DateError::Day { day: 29, max: 28 })),
    ("1900-02-29", Err(DateError::Day { day: 29, max: 28 })),
    ("2024-04-31", Err(DateError::Day { day: 31, max: 30 })),
    ("2024-01-00", Err(DateError::Day { day: 0, max: 31 })),
    ("2024-13-01", Err(DateError::Month { month: 13 })),
    ("2024-00-10", Err(DateError::Month { month: 0 })),
    ("0000-01-01", Err(DateError::Year { year: 0 })),
    ("24-01-01", Err(DateError::Format)),
    ("2024/01/01", Err(DateError::Format)),
    ("2024-01-01T00:00", Err(DateError::Format)),
    ("2024-001-01", Err(DateError::Format)),
    ("2024--01", Err(DateError::Format)),
    ("2024-01-", Err(DateError::Format)),
];

#[test]
fn parse_iso_cases() {
    for &(text, expected) in PARSE {
        assert_eq!(Date::parse_iso(text).map(Date::ymd), expected, "{text:?}");
    }
}

/// `(from, to, days from → to)`.
const BETWEEN: &[(&str, &str, i32)] = &[
    ("2024-01-01", "2024-01-01", 0),
    ("2024-01-01", "2024-12-31", 365),
    ("2023-01-01", "2023-12-31", 364),
    ("2024-02-28", "2024-03-01", 2),
    ("2023-02-28", "2023-03-01", 1),
    ("2024-03-01", "2024-02-28", -2),
    ("1969-12-31", "1970-01-01", 1),
    ("2000-01-01", "2100-01-01", 36_525),
];

#[test]
fn days_until_cases() {
    for &(a, b, days) in BETWEEN {
        let (a, b) = (Date::parse_iso(a).unwrap(), Date::parse_iso(b).unwrap());
        assert_eq!(a.days_until(b), days, "{a} → {b}");
        assert_eq!(a.add_days(days), Some(b), "{a} + {days}");
    }
}

#[test]
fn round_trips_every_day_of_four_centuries() {
    let start = Date::from_ymd(1900, 1, 1).unwrap();
    let mut expected = start;
    for offset in 0..146_097 {
        let d = start.add_days(offset).unwrap();
        assert_eq!(d, expected);
        let (y, m, day) = d.ymd();
        assert_eq!(Date::from_ymd(y, m, day), Some(d));
        assert_eq!(Date::parse_iso(&d.to_iso()), Ok(d));
        expected = Date::from_days_since_epoch(d.days_since_epoch() + 1).unwrap();
    }
}

#[test]
fn epoch_and_range_limits() {
    assert_eq!(Date::from_ymd(1970, 1, 1).unwrap().days_since_epoch(), 0);
    assert_eq!(Date::from_ymd(9999, 12, 31).unwrap().add_days(1), None);
    assert_eq!(Date::from_ymd(1, 1, 1).unwrap().add_days(-1), None);
    assert_eq!(Date::from_ymd(2024, 2, 30), None);
}

#[test]
fn leap_years_and_month_lengths() {
    for (year, leap) in [
        (2024, true),
        (2023, false),
        (2000, true),
        (1900, false),
        (2100, false),
    ] {
        assert_eq!(is_leap_year(year), leap, "{year}");
    }
    assert_eq!(days_in_month(2024, 2), 29);
    assert_eq!(days_in_month(2023, 2), 28);
    assert_eq!(days_in_month(2023, 13), 0);
}

#[test]
fn months_are_consecutive_integers() {
    let jan = Month::from_ym(2024, 1).unwrap();
    let dec = Month::from_ym(2023, 12).unwrap();
    assert_eq!(dec.index() + 1, jan.index());
    assert_eq!(jan.index(), 2024 * 12);
    assert_eq!(dec.months_until(jan), 1);
    assert_eq!(jan.add_months(-13).unwrap().to_string(), "2022-12");
    assert_eq!(
        Date::parse_iso("2024-02-15").unwrap().month(),
        Month::from_ym(2024, 2).unwrap()
    );
    assert_eq!(
        Month::from_ym(2024, 2).unwrap().last_day().to_iso(),
        "2024-02-29"
    );
    assert_eq!(
        Month::from_ym(2024, 2).unwrap().first_day().to_iso(),
        "2024-02-01"
    );
    assert_eq!(Month::from_ym(2024, 13), None);
}

#[test]
fn errors_have_messages_in_every_locale() {
    for locale in Locale::ALL {
        for key in DateMsg::ALL {
            assert!(!key.text(locale).trim().is_empty());
        }
    }
    let err = Date::parse_iso("2023-02-29").unwrap_err();
    assert_eq!(
        err.message(Locale::En),
        "This month has no day 29; it has 28 days."
    );
    assert_eq!(
        err.message(Locale::Fa),
        "این ماه روز ۲۹ ندارد؛ ۲۸ روز دارد."
    );
}
