//! Generic axis helpers: a clamping linear scale and "nice" tick values.

/// The most ticks [`nice_ticks`] aims for, whatever the caller asks.
const MAX_TICK_COUNT: usize = 50;

/// A linear map from a data domain onto a range of viewBox positions.
///
/// Values outside the domain are clamped to its ends, NaN maps to the start
/// of the range, and a zero-width domain maps everything to the range's middle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    domain: (f64, f64),
    range: (f64, f64),
}

/// Builds a [`LinearScale`]; non-finite ends of the domain or range become 0.
pub fn linear_scale(domain: (f64, f64), range: (f64, f64)) -> LinearScale {
    let f = |v: f64| if v.is_finite() { v } else { 0.0 };
    LinearScale {
        domain: (f(domain.0), f(domain.1)),
        range: (f(range.0), f(range.1)),
    }
}

impl LinearScale {
    /// The (sanitised) data domain.
    pub fn domain(&self) -> (f64, f64) {
        self.domain
    }

    /// The (sanitised) output range.
    pub fn range(&self) -> (f64, f64) {
        self.range
    }

    /// Maps a data value into the range (not rounded; always finite).
    pub fn map(&self, v: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        // Halves keep the differences finite even for domains near f64::MAX.
        let width = d1 / 2.0 - d0 / 2.0;
        let t = if v.is_nan() {
            0.0
        } else if width == 0.0 {
            0.5
        } else {
            let t = (v / 2.0 - d0 / 2.0) / width;
            if t.is_nan() {
                0.0
            } else {
                t.clamp(0.0, 1.0)
            }
        };
        let out = r0 * (1.0 - t) + r1 * t;
        if out.is_finite() {
            out
        } else {
            r0
        }
    }
}

/// Round tick values covering `min..=max`, about `approx_count` steps apart,
/// with steps of 1, 2 or 5 times a power of ten.
///
/// The ends are swapped if reversed; a zero-width range is widened to take
/// in zero (or to `0..=1` when both ends are zero). Non-finite ends give no
/// ticks; a range too wide or too narrow for nice steps gives just its ends.
pub fn nice_ticks(min: f64, max: f64, approx_count: usize) -> Vec<f64> {
    if !min.is_finite() || !max.is_finite() {
        return Vec::new();
    }
    let (mut lo, mut hi) = if min <= max { (min, max) } else { (max, min) };
    if lo == hi {
        if lo == 0.0 {
            hi = 1.0;
        } else if lo > 0.0 {
            lo = 0.0;
        } else {
            hi = 0.0;
        }
    }
    let ends = vec![lo + 0.0, hi + 0.0];
    let count = approx_count.clamp(1, MAX_TICK_COUNT) as f64;
    let raw = (hi - lo) / count;
    if !raw.is_finite() || raw < 1e-300 {
        return ends;
    }
    let mut exp = raw.log10().floor() as i32;
    let fraction = raw / 10f64.powi(exp);
    let mantissa = if fraction < 1.5 {
        1.0
    } else if fraction < 3.0 {
        2.0
    } else if fraction < 7.0 {
        5.0
    } else {
        exp += 1;
        1.0
    };
    // A tick is k·mantissa·10^exp; dividing by 10^-exp for negative exponents
    // keeps decimal steps such as 0.1 free of binary noise (0.30000000000000004).
    let tick = |k: f64| {
        if exp >= 0 {
            k * mantissa * 10f64.powi(exp)
        } else {
            k * mantissa / 10f64.powi(-exp)
        }
    };
    let step = tick(1.0);
    if !step.is_finite() || step <= 0.0 {
        return ends;
    }
    let first = (lo / step).floor();
    let last = (hi / step).ceil();
    if !first.is_finite() || !last.is_finite() {
        return ends;
    }
    let n = (last - first).max(0.0).min((MAX_TICK_COUNT * 3) as f64) as usize;
    let ticks: Vec<f64> = (0..=n).map(|i| tick(first + i as f64) + 0.0).collect();
    if ticks.len() < 2 || ticks.iter().any(|t| !t.is_finite()) {
        return ends;
    }
    ticks
}
