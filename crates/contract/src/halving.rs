//! `0.5^x` without libm's `pow`.
//!
//! `f64::powf` compiles to libm's `pow`, which brings its `exp` and `log` tables (4 KB of data
//! and as much code) into the SPA's first load, for the one exponential the interest profile
//! needs: its half-life decay. This computes it from the float's exponent bits and a short
//! series, to within 1e-12 of `powf`.

/// `0.5^x` for `x ≥ 0` (negative or NaN `x` counts as 0; beyond 1,000 halvings it is 0).
pub fn half_to_the(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 {
        return 1.0;
    }
    if x >= 1000.0 {
        return 0.0;
    }
    let whole = x as u64; // floor, as x > 0
    let frac = x - whole as f64;
    // 2^-whole from the exponent bits (whole < 1000 keeps it a normal float).
    let scale = f64::from_bits((1023 - whole) << 52);
    // 2^-frac = e^y with y = -frac·ln 2 in (-0.7, 0]: the series to y^13 errs below 1e-13.
    let y = -frac * core::f64::consts::LN_2;
    let mut term = 1.0;
    let mut sum = 1.0;
    for n in 1..=13 {
        term *= y / n as f64;
        sum += term;
    }
    scale * sum
}

#[cfg(test)]
mod tests {
    use super::half_to_the;

    #[test]
    fn agrees_with_powf() {
        let cases = [
            0.0,
            1e-9,
            0.1,
            0.5,
            1.0 / 7.0,
            0.999_999,
            1.0,
            1.5,
            2.0,
            3.25,
            7.0,
            10.0,
            52.1,
            100.0,
            365.0 / 7.0,
            999.9,
        ];
        for x in cases {
            let (got, want) = (half_to_the(x), 0.5f64.powf(x));
            assert!(
                ((got - want) / want).abs() < 1e-12,
                "0.5^{x}: {got} vs {want}"
            );
        }
    }

    #[test]
    fn edges_are_one_and_zero() {
        let cases = [
            (-3.0, 1.0),
            (f64::NAN, 1.0),
            (1000.0, 0.0),
            (f64::INFINITY, 0.0),
        ];
        for (x, want) in cases {
            assert_eq!(half_to_the(x), want, "0.5^{x}");
        }
    }
}
