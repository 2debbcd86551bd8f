//! Points in time, as the browser's clock gives them.

use std::fmt;

use crate::date::Date;

const MS_PER_DAY: i64 = 86_400_000;

/// A moment in UTC, in milliseconds since 1970-01-01T00:00:00Z (what
/// JavaScript's `Date.now()` returns). The core never reads a clock: the
/// app passes the time in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The earliest moment that can be written: 0001-01-01T00:00:00.000Z.
    pub const MIN: Timestamp = Timestamp(-62_135_596_800_000);
    /// The latest: 9999-12-31T23:59:59.999Z.
    pub const MAX: Timestamp = Timestamp(253_402_300_799_999);

    pub fn millis(self) -> i64 {
        self.0
    }

    /// The UTC calendar day of this moment (clamped to 0001–9999).
    pub fn date(self) -> Date {
        let ms = self.0.clamp(Self::MIN.0, Self::MAX.0);
        let days = ms.div_euclid(MS_PER_DAY) as i32;
        Date::from_days_since_epoch(days)
            .unwrap_or_else(|| Date::from_ymd(1970, 1, 1).expect("1970-01-01 exists"))
    }

    /// `2025-06-30T09:41:05.123Z`, as `Date.prototype.toISOString` writes it.
    /// Moments outside 0001–9999 are clamped.
    pub fn to_iso(self) -> String {
        self.to_string()
    }

    /// Reads `YYYY-MM-DDTHH:MM:SS[.fraction]Z` (a `T` or a space between
    /// date and time, any number of fraction digits, read to the
    /// millisecond). Anything else is `None`.
    pub fn parse_iso(text: &str) -> Option<Timestamp> {
        let text = text.trim();
        let b = text.as_bytes();
        if b.len() < 20 || !b.is_ascii() {
            return None;
        }
        let (date, rest) = text.split_at(10);
        if date.bytes().filter(|c| c.is_ascii_digit()).count() != 8
            || date.as_bytes()[4] != b'-'
            || date.as_bytes()[7] != b'-'
        {
            return None;
        }
        let date = Date::parse_iso(date).ok()?;
        let rest = rest.as_bytes();
        if !matches!(rest[0], b'T' | b't' | b' ') || !matches!(rest.last(), Some(b'Z' | b'z')) {
            return None;
        }
        let time = &rest[1..rest.len() - 1];
        if time.len() < 8 || time[2] != b':' || time[5] != b':' {
            return None;
        }
        let two = |i: usize| -> Option<i64> {
            let (a, b) = (time[i], time[i + 1]);
            (a.is_ascii_digit() && b.is_ascii_digit())
                .then(|| i64::from((a - b'0') * 10 + (b - b'0')))
        };
        let (h, m, s) = (two(0)?, two(3)?, two(6)?);
        if h > 23 || m > 59 || s > 59 {
            return None;
        }
        let mut ms = 0;
        let fraction = &time[8..];
        if !fraction.is_empty() {
            let digits = fraction.strip_prefix(b".")?;
            if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            for (i, d) in digits.iter().take(3).enumerate() {
                ms += i64::from(d - b'0') * [100, 10, 1][i];
            }
        }
        let days = i64::from(date.days_since_epoch());
        Some(Timestamp(
            days * MS_PER_DAY + ((h * 60 + m) * 60 + s) * 1000 + ms,
        ))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ms = self.0.clamp(Self::MIN.0, Self::MAX.0);
        let of_day = ms.rem_euclid(MS_PER_DAY);
        let (h, rest) = (of_day / 3_600_000, of_day % 3_600_000);
        let (m, rest) = (rest / 60_000, rest % 60_000);
        let (s, milli) = (rest / 1000, rest % 1000);
        write!(
            f,
            "{}T{h:02}:{m:02}:{s:02}.{milli:03}Z",
            Timestamp(ms).date()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_reads_iso() {
        let cases = [
            (0, "1970-01-01T00:00:00.000Z"),
            (1_751_276_465_123, "2025-06-30T09:41:05.123Z"),
            (-1, "1969-12-31T23:59:59.999Z"),
            (Timestamp::MIN.0, "0001-01-01T00:00:00.000Z"),
            (Timestamp::MAX.0, "9999-12-31T23:59:59.999Z"),
        ];
        for (ms, iso) in cases {
            assert_eq!(Timestamp(ms).to_iso(), iso);
            assert_eq!(Timestamp::parse_iso(iso), Some(Timestamp(ms)), "{iso}");
        }
        assert_eq!(Timestamp(i64::MAX).to_iso(), "9999-12-31T23:59:59.999Z");
    }

    #[test]
    fn reads_variants_and_rejects_the_rest() {
        assert_eq!(
            Timestamp::parse_iso("2025-06-30 09:41:05Z"),
            Some(Timestamp(1_751_276_465_000))
        );
        assert_eq!(
            Timestamp::parse_iso("2025-06-30T09:41:05.1239Z"),
            Some(Timestamp(1_751_276_465_123))
        );
        for bad in [
            "",
            "2025-06-30",
            "2025-06-30T09:41:05",
            "2025-06-30T09:41:05+03:00",
            "2025-02-30T00:00:00Z",
            "2025-06-30T24:00:00Z",
            "2025-06-30T09:41:05.Z",
            "۲۰۲۵-06-30T09:41:05Z",
            "2025-6-300T09:41:05Z",
        ] {
            assert_eq!(Timestamp::parse_iso(bad), None, "{bad}");
        }
    }
}
