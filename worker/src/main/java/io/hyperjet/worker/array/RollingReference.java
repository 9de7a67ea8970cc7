package io.hyperjet.worker.array;

/**
 * Straightforward rolling windows: every row scans its whole window, O(n·w). The reference the optimized path
 * ({@link RollingOptimized}) must equal bit for bit; used when {@code numpy_optimizations} is off.
 * <p>
 * Window rules (shared with the optimized path, like pandas {@code rolling(w, min_periods=w)}): rows before
 * {@code w - 1} are NaN; a window holding a NaN gives NaN; a window holding infinities gives their sum for sum and
 * mean (NaN when both signs occur) and NaN for std; min and max compare infinities like any value.
 */
final class RollingReference
{
    private RollingReference()
    {
    }

    static void sum(final double[] src, final int n, final int window, final double[] dst, final boolean mean)
    {
        final ExactSum sum = new ExactSum();
        fillWarmUp(dst, n, window);
        for (int i = window - 1; i < n; i++)
        {
            sum.reset();
            int nan = 0;
            int posInf = 0;
            int negInf = 0;
            for (int j = i - window + 1; j <= i; j++)
            {
                final double v = src[j];
                if (Double.isNaN(v))
                {
                    nan++;
                }
                else if (v == Double.POSITIVE_INFINITY)
                {
                    posInf++;
                }
                else if (v == Double.NEGATIVE_INFINITY)
                {
                    negInf++;
                }
                else
                {
                    sum.add(v);
                }
            }
            final double s = WindowRules.sum(sum.round(), nan, posInf, negInf);
            dst[i] = mean ? s / window : s;
        }
    }

    static void std(final double[] src, final int n, final int window, final double[] dst)
    {
        final ExactSum sum = new ExactSum();
        final ExactSum squares = new ExactSum();
        final ExactSum numerator = new ExactSum();
        fillWarmUp(dst, n, window);
        for (int i = window - 1; i < n; i++)
        {
            sum.reset();
            squares.reset();
            int nonFinite = 0;
            for (int j = i - window + 1; j <= i; j++)
            {
                final double v = src[j];
                if (Double.isFinite(v))
                {
                    sum.add(v);
                    squares.addSquare(v);
                }
                else
                {
                    nonFinite++;
                }
            }
            dst[i] = nonFinite > 0 ? Double.NaN : WindowRules.std(sum, squares, window, numerator);
        }
    }

    static void extreme(final double[] src, final int n, final int window, final double[] dst, final boolean max)
    {
        fillWarmUp(dst, n, window);
        for (int i = window - 1; i < n; i++)
        {
            double best = src[i - window + 1];
            boolean nan = Double.isNaN(best);
            for (int j = i - window + 2; j <= i && !nan; j++)
            {
                final double v = src[j];
                if (Double.isNaN(v))
                {
                    nan = true;
                }
                else if (max ? v >= best : v <= best)
                {
                    // Ties go to the newest value, as the deque keeps it; this only matters for -0.0 vs 0.0.
                    best = v;
                }
            }
            dst[i] = nan ? Double.NaN : best;
        }
    }

    static void fillWarmUp(final double[] dst, final int n, final int window)
    {
        final int end = Math.min(n, window - 1);
        for (int i = 0; i < end; i++)
        {
            dst[i] = Double.NaN;
        }
    }
}
