package io.hyperjet.worker.array;

/**
 * Straightforward rolling windows: every row scans its whole window, O(n·w). The reference the optimized path
 * ({@link RollingOptimized}) must equal bit for bit; used when {@code numpy_optimizations} is off.
 * <p>
 * Window rules (shared with the optimized path, like pandas {@code rolling(w, min_periods=w)}): rows before
 * {@code w - 1} are NaN; a window holding a NaN or an infinity gives NaN, for every statistic: pandas converts +-inf to
 * NaN before any rolling computation ({@code _prep_values}), so {@code [1, inf, 2].rolling(2).max()} is all NaN.
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
            int nonFinite = 0;
            for (int j = i - window + 1; j <= i; j++)
            {
                final double v = src[j];
                if (Double.isFinite(v))
                {
                    sum.add(v);
                }
                else
                {
                    nonFinite++;
                }
            }
            final double s = WindowRules.sum(sum.round(), nonFinite);
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
            boolean nan = !Double.isFinite(best);
            for (int j = i - window + 2; j <= i && !nan; j++)
            {
                final double v = src[j];
                if (!Double.isFinite(v))
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
