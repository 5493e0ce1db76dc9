//! The few descriptive statistics item analysis needs, on plain numbers. Scores arrive as integer
//! thousandths (`Points`), so sums of squares and cross-products are taken exactly in `i128`: a zero
//! variance is then an exact zero, never a float that happens to be 1e-17, and a correlation that is
//! undefined comes back as `None` instead of NaN.

/// Exact sums over paired integer observations, the raw material of a variance or a correlation.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct PairSums {
    n: i128,
    x: i128,
    y: i128,
    xx: i128,
    yy: i128,
    xy: i128,
}

impl PairSums {
    pub(crate) fn add(&mut self, x: i64, y: i64) {
        let (x, y) = (i128::from(x), i128::from(y));
        self.n += 1;
        self.x += x;
        self.y += y;
        self.xx += x * x;
        self.yy += y * y;
        self.xy += x * y;
    }

    /// `n² ·` the population variance of x: `nΣx² − (Σx)²`, exact. Zero iff every x is equal.
    pub(crate) fn x_spread(&self) -> i128 {
        self.n * self.xx - self.x * self.x
    }

    /// Pearson's product-moment correlation of x and y; `None` for fewer than two pairs or when
    /// either variable is constant (the correlation is then 0/0, undefined).
    pub(crate) fn pearson(&self) -> Option<f64> {
        let sx = self.x_spread();
        let sy = self.n * self.yy - self.y * self.y;
        if self.n < 2 || sx == 0 || sy == 0 {
            return None;
        }
        let sxy = self.n * self.xy - self.x * self.y;
        // Each factor converted on its own: the product of two spreads can exceed i128.
        let r = sxy as f64 / ((sx as f64).sqrt() * (sy as f64).sqrt());
        // Rounding may push a perfect correlation a hair past ±1.
        Some(r.clamp(-1.0, 1.0))
    }
}

/// Exact sum of squared deviations times n, for integer observations: `nΣx² − (Σx)²`.
pub(crate) fn spread(xs: impl IntoIterator<Item = i64>) -> i128 {
    let mut s = PairSums::default();
    for x in xs {
        s.add(x, 0);
    }
    s.x_spread()
}

pub(crate) fn mean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        None
    } else {
        Some(xs.iter().sum::<f64>() / xs.len() as f64)
    }
}

/// The sample standard deviation (divisor n − 1, as Moodle's quiz statistics use); `None` below two
/// observations.
pub(crate) fn sample_sd(xs: &[f64]) -> Option<f64> {
    let m = mean(xs)?;
    if xs.len() < 2 {
        return None;
    }
    let ss: f64 = xs.iter().map(|x| (x - m) * (x - m)).sum();
    Some((ss / (xs.len() - 1) as f64).sqrt())
}

/// The middle value, or the mean of the two middle values for an even count.
pub(crate) fn median(xs: &[f64]) -> Option<f64> {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2]),
        _ => Some((v[n / 2 - 1] + v[n / 2]) / 2.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EPS: f64 = 1e-12;

    fn sums(pairs: &[(i64, i64)]) -> PairSums {
        let mut s = PairSums::default();
        for &(x, y) in pairs {
            s.add(x, y);
        }
        s
    }

    #[test]
    fn pearson_of_a_small_table_by_hand() {
        // x = 1,2,3,4 ; y = 2,1,4,3. n=4, Σx=10, Σy=10, Σxy=2+2+12+12=28, Σx²=Σy²=30.
        // nΣxy − ΣxΣy = 112 − 100 = 12; nΣx² − (Σx)² = 120 − 100 = 20 (same for y). r = 12/20 = 0.6.
        let r = sums(&[(1, 2), (2, 1), (3, 4), (4, 3)])
            .pearson()
            .expect("defined");
        assert!((r - 0.6).abs() < EPS, "{r}");
    }

    #[test]
    fn perfect_and_reversed_correlations_are_exactly_one() {
        let up = sums(&[(0, 10), (1000, 20), (2000, 30)]).pearson();
        let down = sums(&[(0, 30), (1000, 20), (2000, 10)]).pearson();
        assert_eq!(up, Some(1.0));
        assert_eq!(down, Some(-1.0));
    }

    #[test]
    fn pearson_is_undefined_for_a_constant_or_a_single_pair() {
        assert_eq!(sums(&[(1000, 1), (1000, 2), (1000, 3)]).pearson(), None);
        assert_eq!(sums(&[(1, 5), (2, 5)]).pearson(), None);
        assert_eq!(sums(&[(1, 2)]).pearson(), None);
        assert_eq!(sums(&[]).pearson(), None);
    }

    #[test]
    fn spread_is_n_times_the_sum_of_squared_deviations() {
        // 2,4,6: mean 4, squared deviations 4+0+4 = 8, times n = 24. (3·56 − 144 = 24.)
        assert_eq!(spread([2, 4, 6]), 24);
        assert_eq!(spread([-1000, -1000]), 0);
    }

    #[test]
    fn mean_sd_median() {
        // 1,2,3,4: mean 2.5; squared deviations 2.25+0.25+0.25+2.25 = 5; /3 → sd √(5/3).
        let xs = [4.0, 1.0, 3.0, 2.0];
        assert_eq!(mean(&xs), Some(2.5));
        let sd = sample_sd(&xs).expect("four values");
        assert!((sd - (5.0f64 / 3.0).sqrt()).abs() < EPS, "{sd}");
        assert_eq!(median(&xs), Some(2.5));
        assert_eq!(median(&[3.0, -1.0, 2.0]), Some(2.0));
        assert_eq!(sample_sd(&[0.7]), None);
        assert_eq!(mean(&[]), None);
        assert_eq!(median(&[]), None);
    }
}
