package io.hyperjet.worker.array;

/**
 * Rolling windows in O(n): a sliding exact sum for sum, mean and std; for min and max the van Herk / Gil-Werman
 * blocks ({@link BlockExtreme}), or a monotonic deque ({@link DequeExtreme}) under {@link ArrayOps#DEQUE_PROP_NAME}. Results
 * equal {@link RollingReference} bit for bit (same window rules, same exact sums, same tie rule).
 */
final class RollingOptimized
{
    static final boolean DEQUE = Boolean.getBoolean(ArrayOps.DEQUE_PROP_NAME);

    private RollingOptimized()
    {
    }

    static void sum(final double[] src, final int n, final int window, final double[] dst, final boolean mean)
    {
        final ExactSum sum = new ExactSum();
        int nonFinite = 0;
        RollingReference.fillWarmUp(dst, n, window);
        for (int i = 0; i < n; i++)
        {
            final double v = src[i];
            if (Double.isFinite(v))
            {
                sum.add(v);
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
                }
                else
                {
                    nonFinite--;
                }
            }
            if (i >= window - 1)
            {
                final double s = WindowRules.sum(sum.round(), nonFinite);
                dst[i] = mean ? s / window : s;
            }
        }
    }

    static void std(final double[] src, final int n, final int window, final double[] dst)
    {
        final ExactSum sum = new ExactSum();
        final ExactSum squares = new ExactSum();
        final ExactSum numerator = new ExactSum();
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
                dst[i] = nonFinite > 0 ? Double.NaN : WindowRules.std(sum, squares, window, numerator);
            }
        }
    }

    static void extreme(final double[] src, final int n, final int window, final double[] dst, final boolean max)
    {
        if (n == 0)
        {
            return;
        }
        if (DEQUE)
        {
            if (max)
            {
                DequeExtreme.max(src, n, window, dst);
            }
            else
            {
                DequeExtreme.min(src, n, window, dst);
            }
        }
        else if (max)
        {
            BlockExtreme.max(src, n, window, dst);
        }
        else
        {
            BlockExtreme.min(src, n, window, dst);
        }
    }
}
