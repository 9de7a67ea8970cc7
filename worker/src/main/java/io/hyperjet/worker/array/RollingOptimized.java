package io.hyperjet.worker.array;

/**
 * Rolling windows in O(n): a sliding exact sum for sum, mean and std, a monotonic deque for min and max. Results
 * equal {@link RollingReference} bit for bit (same window rules, same exact sums, same tie rule).
 */
final class RollingOptimized
{
    private RollingOptimized()
    {
    }

    static void sum(final double[] src, final int n, final int window, final double[] dst, final boolean mean)
    {
        final ExactSum sum = new ExactSum();
        final int[] counts = new int[3];
        RollingReference.fillWarmUp(dst, n, window);
        for (int i = 0; i < n; i++)
        {
            enter(sum, counts, src[i]);
            if (i >= window)
            {
                leave(sum, counts, src[i - window]);
            }
            if (i >= window - 1)
            {
                final double s = WindowRules.sum(sum.round(), counts[0], counts[1], counts[2]);
                dst[i] = mean ? s / window : s;
            }
        }
    }

    private static void enter(final ExactSum sum, final int[] counts, final double v)
    {
        if (Double.isFinite(v))
        {
            sum.add(v);
        }
        else
        {
            counts[Double.isNaN(v) ? 0 : v > 0 ? 1 : 2]++;
        }
    }

    private static void leave(final ExactSum sum, final int[] counts, final double v)
    {
        if (Double.isFinite(v))
        {
            sum.add(-v);
        }
        else
        {
            counts[Double.isNaN(v) ? 0 : v > 0 ? 1 : 2]--;
        }
    }

    static void std(final double[] src, final int n, final int window, final double[] dst)
    {
        final ExactSum sum = new ExactSum();
        final ExactSum squares = new ExactSum();
        int nonFinite = 0;
        RollingReference.fillWarmUp(dst, n, window);
        for (int i = 0; i < n; i++)
        {
            final double v = src[i];
            if (Double.isFinite(v))
            {
                sum.add(v);
                squares.addSquare(v);
            }
            else
            {
                nonFinite++;
            }
            if (i >= window)
            {
                final double old = src[i - window];
                if (Double.isFinite(old))
                {
                    sum.add(-old);
                    squares.subtractSquare(old);
                }
                else
                {
                    nonFinite--;
                }
            }
            if (i >= window - 1)
            {
                dst[i] = nonFinite > 0 ? Double.NaN : WindowRules.std(sum.round(), squares.round(), window);
            }
        }
    }

    static void extreme(final double[] src, final int n, final int window, final double[] dst, final boolean max)
    {
        RollingReference.fillWarmUp(dst, n, window);
        if (max)
        {
            max(src, n, window, dst);
        }
        else
        {
            min(src, n, window, dst);
        }
    }

    /*
     * Monotonic deque: a power-of-two ring of (row, value) entries (head..tail, counters only grow and are masked) whose
     * values decrease from head to tail, so the head is the window's max. A new value first drops every queued value
     * <= itself, which makes the newest of equal values the answer, as in the reference scan. NaN rows are never
     * queued but counted; a window holding one yields NaN. min() is the mirror image.
     */
    private static void max(final double[] src, final int n, final int window, final double[] dst)
    {
        final int mask = ringMask(window);
        final int[] rows = new int[mask + 1];
        final double[] values = new double[mask + 1];
        int head = 0;
        int tail = 0;
        int nan = 0;
        for (int i = 0; i < n; i++)
        {
            final double v = src[i];
            if (v != v)
            {
                nan++;
            }
            else
            {
                while (tail != head && values[(tail - 1) & mask] <= v)
                {
                    tail--;
                }
                rows[tail & mask] = i;
                values[tail & mask] = v;
                tail++;
            }
            final int leaving = i - window;
            if (leaving >= 0)
            {
                if (src[leaving] != src[leaving])
                {
                    nan--;
                }
                else if (tail != head && rows[head & mask] == leaving)
                {
                    head++;
                }
            }
            if (leaving >= -1)
            {
                dst[i] = nan > 0 ? Double.NaN : values[head & mask];
            }
        }
    }

    private static void min(final double[] src, final int n, final int window, final double[] dst)
    {
        final int mask = ringMask(window);
        final int[] rows = new int[mask + 1];
        final double[] values = new double[mask + 1];
        int head = 0;
        int tail = 0;
        int nan = 0;
        for (int i = 0; i < n; i++)
        {
            final double v = src[i];
            if (v != v)
            {
                nan++;
            }
            else
            {
                while (tail != head && values[(tail - 1) & mask] >= v)
                {
                    tail--;
                }
                rows[tail & mask] = i;
                values[tail & mask] = v;
                tail++;
            }
            final int leaving = i - window;
            if (leaving >= 0)
            {
                if (src[leaving] != src[leaving])
                {
                    nan--;
                }
                else if (tail != head && rows[head & mask] == leaving)
                {
                    head++;
                }
            }
            if (leaving >= -1)
            {
                dst[i] = nan > 0 ? Double.NaN : values[head & mask];
            }
        }
    }

    /** A mask for a power-of-two ring holding at least window + 1 indices. */
    private static int ringMask(final int window)
    {
        return Integer.highestOneBit(window + 1) * 2 - 1;
    }
}
