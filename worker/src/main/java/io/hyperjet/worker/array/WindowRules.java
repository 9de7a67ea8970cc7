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
     * The window sum given the rounded exact sum of its finite values and counts of its non-finite values.
     */
    static double sum(final double finiteSum, final int nan, final int posInf, final int negInf)
    {
        if (nan > 0 || (posInf > 0 && negInf > 0))
        {
            return Double.NaN;
        }
        if (posInf > 0)
        {
            return Double.POSITIVE_INFINITY;
        }
        return negInf > 0 ? Double.NEGATIVE_INFINITY : finiteSum;
    }

    /**
     * Sample standard deviation (ddof = 1, as pandas) of a window of {@code w} finite values from the exact
     * sums of x and x²: {@code w * Σx² - (Σx)²} formed exactly ({@link ExactSum#setVarianceNumerator}) and rounded
     * once, then {@code sqrt(numerator / (w (w - 1)))}.
     * The numerator is exact before its one rounding, so values far from 0 (prices near 30000 varying by 1e-7) keep
     * their digits, and a window of equal values gives exactly 0 as in pandas. A window of 1 gives NaN.
     *
     * @param numerator scratch, overwritten.
     */
    static double std(final ExactSum sum, final ExactSum squares, final int window, final ExactSum numerator)
    {
        if (window < 2)
        {
            return Double.NaN;
        }
        numerator.setVarianceNumerator(window, sum, squares);
        final double variance = numerator.round() / (window * (window - 1.0));
        return variance > 0.0 ? Math.sqrt(variance) : 0.0;
    }
}
