package io.hyperjet.worker.array;

/**
 * The per-window formulas both rolling paths share, so the paths can only differ in how they gather a window.
 */
final class WindowRules
{
    private WindowRules()
    {
    }

    /**
     * The window sum given the rounded exact sum of its finite values and the count of its other values: pandas'
     * rolling windows read +-inf as NaN, so any non-finite value makes the window NaN.
     */
    static double sum(final double finiteSum, final int nonFinite)
    {
        return nonFinite > 0 ? Double.NaN : finiteSum;
    }

    /**
     * Sample standard deviation (ddof = 1, as pandas) of a window of {@code w} finite values from the exact sums of x
     * and x²: {@code sqrt(N / (w (w - 1)))} with {@code N = w * Σx² - (Σx)²}. N is first formed from the rounded sums
     * with error-free products (fused multiply-add); the sums' own rounding bounds its error by {@code E}. When
     * {@code |N| > 2^26 E} that N is kept (relative error below 2^-26, usually far less: prices with an ordinary
     * spread, at the cost of the old formula). Otherwise,
     * with values far from 0 varying by little (30000 +- 1e-7) or all equal, N is formed exactly
     * ({@link ExactSum#setVarianceNumerator}) and rounded once, so digits survive and equal values give exactly 0, as
     * in pandas. Both depend only on the exact sums, so every path gathering them agrees bit for bit. A window of 1
     * gives NaN.
     *
     * @param numerator scratch, overwritten.
     */
    static double std(final ExactSum sum, final ExactSum squares, final int window, final ExactSum numerator)
    {
        if (window < 2)
        {
            return Double.NaN;
        }
        final double w = window;
        final double s1 = sum.round();
        final double s2 = squares.round();
        final double square = s1 * s1;
        final double scaled = w * s2;
        double n = (scaled - square) + (Math.fma(w, s2, -scaled) - Math.fma(s1, s1, -square));
        final double bound = w * Math.ulp(s2) + 2.0 * Math.abs(s1) * Math.ulp(s1) + Math.ulp(scaled);
        if (!(Math.abs(n) > 0x1p26 * bound))
        {
            numerator.setVarianceNumerator(window, sum, squares);
            n = numerator.round();
        }
        final double variance = n / (w * (w - 1.0));
        return variance > 0.0 ? Math.sqrt(variance) : 0.0;
    }
}
