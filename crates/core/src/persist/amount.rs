//! Amounts that survive a JSON round trip bit for bit.
//!
//! An amount is written as a JSON number when every JSON reader, including
//! `serde_json` without its `float_roundtrip` feature, reads that number
//! back as exactly the same `f64`; otherwise it is written as a string
//! holding the shortest decimal that round-trips (`"0.30000000000000004"`,
//! `"1e-300"`, `"NaN"`, `"inf"`), which Rust's own parser reads exactly.
//!
//! A number is safe when its shortest decimal has at most 15 significant
//! digits and its magnitude is 0 or lies in `[1e-7, 1e15)`. Then a reader
//! that multiplies or divides the digits (as an exact integer below 2^53)
//! by an exact power of ten (at most 10^22) rounds once, correctly, and
//! gets the original value back. Every amount a person types is safe; only
//! computed sums such as `0.1 + 0.2` and extreme values take the string form.

use std::fmt::{self, Write as _};

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An `f64` in the stored form described in the module documentation.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Amount(pub f64);

impl PartialEq for Amount {
    /// Bitwise, so `-0.0` and `0.0` differ and a NaN equals itself.
    fn eq(&self, other: &Amount) -> bool {
        self.0.to_bits() == other.0.to_bits()
    }
}

/// Whether `value` is written as a JSON number (see the module docs).
pub(crate) fn is_json_safe(value: f64) -> bool {
    if !value.is_finite() {
        return false;
    }
    let magnitude = value.abs();
    if magnitude == 0.0 {
        return true;
    }
    if !(1e-7..1e15).contains(&magnitude) {
        return false;
    }
    // Fast path for amounts in cents: if `v` is the double nearest to
    // `r / 100` for an integer `r` below 10^15, that decimal (at most 15
    // digits) reads back as `v`, so the shortest one is no longer.
    let cents = (magnitude * 100.0).round();
    if cents < 1e15 && cents / 100.0 == magnitude {
        return true;
    }
    let mut counter = DigitCounter::default();
    // Writing into the counter never fails.
    let _ = write!(counter, "{magnitude:e}");
    counter.digits <= 15
}

/// Counts the significant digits of a `{:e}` rendering (`1.2345e-5` → 5).
#[derive(Default)]
struct DigitCounter {
    digits: usize,
    in_exponent: bool,
}

impl fmt::Write for DigitCounter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for b in s.bytes() {
            if b == b'e' {
                self.in_exponent = true;
            } else if b.is_ascii_digit() && !self.in_exponent {
                self.digits += 1;
            }
        }
        Ok(())
    }
}

/// The string form: Rust's shortest round-trip rendering.
pub(crate) fn amount_text(value: f64) -> String {
    format!("{value:?}")
}

/// Reads the string form. Accepts what [`amount_text`] writes and any
/// decimal Rust's `f64` parser accepts, surrounded by white space.
pub(crate) fn parse_amount_text(text: &str) -> Option<f64> {
    text.trim().parse::<f64>().ok()
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if is_json_safe(self.0) {
            serializer.serialize_f64(self.0)
        } else {
            serializer.serialize_str(&amount_text(self.0))
        }
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Amount, D::Error> {
        deserializer.deserialize_any(AmountVisitor)
    }
}

struct AmountVisitor;

impl Visitor<'_> for AmountVisitor {
    type Value = Amount;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number, or a string holding a number")
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Amount, E> {
        Ok(Amount(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Amount, E> {
        Ok(Amount(v as f64))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Amount, E> {
        Ok(Amount(v as f64))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Amount, E> {
        parse_amount_text(v)
            .map(Amount)
            .ok_or_else(|| E::invalid_value(de::Unexpected::Str(v), &self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(v: f64) -> f64 {
        let json = serde_json::to_string(&Amount(v)).unwrap();
        serde_json::from_str::<Amount>(&json).unwrap().0
    }

    #[test]
    fn typed_amounts_are_numbers() {
        for v in [
            0.0,
            -0.0,
            1.0,
            1234.5,
            1_234_567.89,
            999_999_999_999_999.0,
            0.01,
            1e-7,
            -42.125,
        ] {
            assert!(is_json_safe(v), "{v}");
            assert_eq!(round_trip(v).to_bits(), v.to_bits(), "{v}");
        }
    }

    #[test]
    fn awkward_amounts_are_strings_and_exact() {
        for v in [
            0.1 + 0.2,
            1e15,
            1e-8,
            5e-324,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            assert!(!is_json_safe(v), "{v}");
            assert_eq!(round_trip(v).to_bits(), v.to_bits(), "{v}");
        }
        assert!(round_trip(f64::NAN).is_nan());
    }

    #[test]
    fn integers_and_strings_are_read() {
        assert_eq!(serde_json::from_str::<Amount>("12").unwrap().0, 12.0);
        assert_eq!(serde_json::from_str::<Amount>("-12").unwrap().0, -12.0);
        assert_eq!(serde_json::from_str::<Amount>("\" 2.5 \"").unwrap().0, 2.5);
        assert!(serde_json::from_str::<Amount>("\"12,5\"").is_err());
        assert!(serde_json::from_str::<Amount>("true").is_err());
    }

    /// What `is_json_safe` promises: serde_json's default number parser
    /// (no `float_roundtrip`) reads serde_json's own rendering back exactly.
    fn plain_serde_json_reads_it_back(v: f64) -> bool {
        let text = serde_json::to_string(&v).unwrap();
        serde_json::from_str::<f64>(&text).unwrap().to_bits() == v.to_bits()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20_000))]

        #[test]
        fn safe_numbers_are_read_back_exactly(digits in 1u64..1_000_000_000_000_000, exp in -30i32..20, negative: bool) {
            let v: f64 = format!("{}{digits}e{exp}", if negative { "-" } else { "" }).parse().unwrap();
            if is_json_safe(v) {
                proptest::prop_assert!(plain_serde_json_reads_it_back(v), "{v:?}");
            }
        }

        #[test]
        fn any_safe_double_is_read_back_exactly(v: f64) {
            if is_json_safe(v) {
                proptest::prop_assert!(plain_serde_json_reads_it_back(v), "{v:?}");
            }
            let json = serde_json::to_string(&Amount(v)).unwrap();
            let back = serde_json::from_str::<Amount>(&json).unwrap().0;
            proptest::prop_assert!(back.to_bits() == v.to_bits() || (v.is_nan() && back.is_nan()));
        }
    }
}
