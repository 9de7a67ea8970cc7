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
     * Sample standard deviation (ddof = 1, as pandas) from the correctly rounded sums of x and x²:
     * {@code var = (s2 - s1 * s1 / w) / (w - 1)}, clamped at 0 against cancellation, then {@code sqrt}.
     * A window of 1 gives NaN.
     */
    static double std(final double s1, final double s2, final int window)
    {
        if (window < 2)
        {
            return Double.NaN;
        }
        final double variance = (s2 - s1 * s1 / window) / (window - 1);
        return variance > 0.0 ? Math.sqrt(variance) : 0.0;
    }
}
