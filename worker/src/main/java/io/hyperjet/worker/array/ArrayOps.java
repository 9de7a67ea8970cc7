package io.hyperjet.worker.array;

/**
 * NumPy/pandas-style operations over {@code double[]} columns, each O(n) (the reference windows aside) and free of
 * per-element allocation. Every method writes into a caller-supplied {@code dst} (reusable across epochs) and
 * returns it; {@code dst} may be the source for the element-wise operations but not for rolling ones.
 * <p>
 * Two implementations sit behind the {@code numpy_optimizations} switch: {@link #optimized()} (sliding exact sums,
 * block or deque min/max) and {@link #reference()} (every window recomputed from scratch). The switch never changes a
 * result, bit for bit: both paths apply the same rules (see {@link RollingReference}) to the same exact window sums.
 * Rolling windows read +-inf as NaN, as pandas does; numpy's own reductions (qtpylib's {@code numpy_rolling_*}) do
 * not, and are computed elsewhere.
 * Element-wise operations (shift, diff, pct_change) and {@link Ewm} have one implementation: they are a single
 * pass already, so there is nothing to switch.
 * <p>
 * Stateless and threadsafe.
 */
public final class ArrayOps
{
    /**
     * Developer switch (system property): optimized rolling min/max by monotonic deque instead of van Herk /
     * Gil-Werman blocks. Same results; the blocks are faster on noisy prices.
     */
    public static final String DEQUE_PROP_NAME = "hyperjet.array.deque";

    private static final ArrayOps OPTIMIZED = new ArrayOps(true);
    private static final ArrayOps REFERENCE = new ArrayOps(false);

    private final boolean optimized;

    private ArrayOps(final boolean optimized)
    {
        this.optimized = optimized;
    }

    /**
     * The implementation chosen by the {@code numpy_optimizations} switch.
     *
     * @param numpyOptimizations true for the optimized path.
     * @return the shared instance.
     */
    public static ArrayOps of(final boolean numpyOptimizations)
    {
        return numpyOptimizations ? OPTIMIZED : REFERENCE;
    }

    public static ArrayOps optimized()
    {
        return OPTIMIZED;
    }

    public static ArrayOps reference()
    {
        return REFERENCE;
    }

    public boolean isOptimized()
    {
        return optimized;
    }

    /**
     * pandas {@code shift(periods)}: {@code dst[i] = src[i - periods]}, NaN where that row does not exist; a negative
     * period shifts up.
     */
    public double[] shift(final double[] src, final int periods, final double[] dst)
    {
        final int n = src.length;
        if (periods >= 0)
        {
            for (int i = n - 1; i >= 0; i--)
            {
                dst[i] = i >= periods ? src[i - periods] : Double.NaN;
            }
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                dst[i] = i - periods < n ? src[i - periods] : Double.NaN;
            }
        }
        return dst;
    }

    /** pandas {@code diff(periods)} for {@code periods >= 1}: {@code src[i] - src[i - periods]}, NaN before. */
    public double[] diff(final double[] src, final int periods, final double[] dst)
    {
        checkPositive(periods, "periods");
        for (int i = src.length - 1; i >= 0; i--)
        {
            dst[i] = i >= periods ? src[i] - src[i - periods] : Double.NaN;
        }
        return dst;
    }

    /**
     * pandas {@code pct_change(periods, fill_method=None)} for {@code periods >= 1}:
     * {@code src[i] / src[i - periods] - 1}, NaN before (a zero base gives ±inf or NaN, as in pandas).
     */
    public double[] pctChange(final double[] src, final int periods, final double[] dst)
    {
        checkPositive(periods, "periods");
        for (int i = src.length - 1; i >= 0; i--)
        {
            dst[i] = i >= periods ? src[i] / src[i - periods] - 1.0 : Double.NaN;
        }
        return dst;
    }

    /** pandas {@code rolling(window).sum()}: the correctly rounded exact sum of each full window. */
    public double[] rollingSum(final double[] src, final int window, final double[] dst)
    {
        checkPositive(window, "window");
        if (optimized)
        {
            RollingOptimized.sum(src, src.length, window, dst, false);
        }
        else
        {
            RollingReference.sum(src, src.length, window, dst, false);
        }
        return dst;
    }

    /** pandas {@code rolling(window).mean()}: the rolling sum (as above) divided by {@code window}. */
    public double[] rollingMean(final double[] src, final int window, final double[] dst)
    {
        checkPositive(window, "window");
        if (optimized)
        {
            RollingOptimized.sum(src, src.length, window, dst, true);
        }
        else
        {
            RollingReference.sum(src, src.length, window, dst, true);
        }
        return dst;
    }

    /** pandas {@code rolling(window).std()} (ddof = 1); formula in {@code WindowRules.std}. */
    public double[] rollingStd(final double[] src, final int window, final double[] dst)
    {
        checkPositive(window, "window");
        if (optimized)
        {
            RollingOptimized.std(src, src.length, window, dst);
        }
        else
        {
            RollingReference.std(src, src.length, window, dst);
        }
        return dst;
    }

    /** pandas {@code rolling(window).min()}. */
    public double[] rollingMin(final double[] src, final int window, final double[] dst)
    {
        return extreme(src, window, dst, false);
    }

    /** pandas {@code rolling(window).max()}. */
    public double[] rollingMax(final double[] src, final int window, final double[] dst)
    {
        return extreme(src, window, dst, true);
    }

    private double[] extreme(final double[] src, final int window, final double[] dst, final boolean max)
    {
        checkPositive(window, "window");
        if (optimized)
        {
            RollingOptimized.extreme(src, src.length, window, dst, max);
        }
        else
        {
            RollingReference.extreme(src, src.length, window, dst, max);
        }
        return dst;
    }

    static void checkPositive(final int value, final String name)
    {
        if (value < 1)
        {
            throw new IllegalArgumentException(name + " must be >= 1: " + name + "=" + value);
        }
    }
}
