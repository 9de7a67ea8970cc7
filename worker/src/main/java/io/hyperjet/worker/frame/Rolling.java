package io.hyperjet.worker.frame;

import java.util.Arrays;

import io.hyperjet.worker.array.ArrayOps;

/**
 * pandas {@code series.rolling(window, min_periods)}: window statistics over the current row and the
 * {@code window - 1} before it. As in pandas, +-inf counts as NaN (pandas turns it into NaN before any window
 * statistic, so {@code [1, inf, 3].rolling(2, min_periods=1).max()} is {@code [1, 1, 3]}). A row with fewer than
 * {@code minPeriods} finite values in its window is NaN;
 * {@link #std()} is the sample deviation (ddof 1). Full windows use the context's {@link ArrayOps} (exact window
 * sums, the {@code numpy_optimizations} switch); with {@code minPeriods < window} the rows short of a full window
 * of values are each computed over the values present, by the same rules. Each statistic materializes a new
 * series.
 */
public final class Rolling
{
    private final Series series;
    private final int window;
    private final int minPeriods;

    Rolling(final Series series, final int window, final int minPeriods)
    {
        if (window < 1)
        {
            throw new IllegalArgumentException("rolling window must be >= 1: window=" + window);
        }
        if (minPeriods < 0 || minPeriods > window)
        {
            throw new IllegalArgumentException("min_periods must be in [0, window]: min_periods=" + minPeriods +
                ", window=" + window);
        }
        this.series = series;
        this.window = window;
        this.minPeriods = minPeriods;
    }

    /** pandas {@code rolling(...).mean()}. */
    public Series mean()
    {
        return compute(Stat.MEAN);
    }

    /** pandas {@code rolling(...).std()} (ddof 1). */
    public Series std()
    {
        return compute(Stat.STD);
    }

    /** pandas {@code rolling(...).min()}. */
    public Series min()
    {
        return compute(Stat.MIN);
    }

    /** pandas {@code rolling(...).max()}. */
    public Series max()
    {
        return compute(Stat.MAX);
    }

    /** pandas {@code rolling(...).sum()}. */
    public Series sum()
    {
        return compute(Stat.SUM);
    }

    private enum Stat
    {
        MEAN, STD, MIN, MAX, SUM
    }

    private Series compute(final Stat stat)
    {
        final ArrayOps ops = series.context().ops();
        final double[] src = series.values();
        final int n = src.length;
        final double[] out = apply(ops, stat, src, window, new double[n]);
        if (minPeriods < window)
        {
            partialWindows(ops, stat, src, out);
        }
        return new Series(series.context(), out);
    }

    /*
     * With min_periods < window pandas also answers a window short of values: the head rows and any window holding
     * NaN or +-inf use the finite values present when there are at least min_periods of them. Each such row is
     * computed as a full window over those values alone, by the same rules, so a row is the statistic of exactly the
     * values pandas averages.
     */
    private void partialWindows(final ArrayOps ops, final Stat stat, final double[] src, final double[] out)
    {
        final int n = src.length;
        final int[] nanBefore = new int[n + 1];
        for (int i = 0; i < n; i++)
        {
            nanBefore[i + 1] = nanBefore[i] + (Double.isFinite(src[i]) ? 0 : 1);
        }
        final double[] present = new double[window];
        for (int i = 0; i < n; i++)
        {
            final int from = Math.max(0, i - window + 1);
            if (i >= window - 1 && nanBefore[i + 1] == nanBefore[from])
            {
                continue; // a full window of finite values: already right
            }
            int count = 0;
            for (int j = from; j <= i; j++)
            {
                if (Double.isFinite(src[j]))
                {
                    present[count++] = src[j];
                }
            }
            if (count == 0)
            {
                out[i] = stat == Stat.SUM && minPeriods == 0 ? 0.0 : Double.NaN; // pandas: an empty sum is 0
            }
            else
            {
                out[i] = count >= minPeriods ?
                    apply(ops, stat, Arrays.copyOf(present, count), count, new double[count])[count - 1] : Double.NaN;
            }
        }
    }

    private static double[] apply(
        final ArrayOps ops, final Stat stat, final double[] src, final int window, final double[] dst)
    {
        switch (stat)
        {
            case MEAN:
                return ops.rollingMean(src, window, dst);
            case STD:
                return ops.rollingStd(src, window, dst);
            case MIN:
                return ops.rollingMin(src, window, dst);
            case MAX:
                return ops.rollingMax(src, window, dst);
            default:
                return ops.rollingSum(src, window, dst);
        }
    }
}
