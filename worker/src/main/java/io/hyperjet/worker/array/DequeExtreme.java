package io.hyperjet.worker.array;

/**
 * Rolling max/min by monotonic deque, O(n) amortized. Kept beside {@link BlockExtreme} (the default) because it is
 * the textbook method and a second check of the rules; measured slower on noisy prices, where its pops mispredict.
 */
final class DequeExtreme
{
    private DequeExtreme()
    {
    }

    /*
     * Monotonic deque: a power-of-two ring of (row, value) entries (head..tail, counters only grow and are masked) whose
     * values decrease from head to tail, so the head is the window's max. A new value first drops every queued value
     * <= itself, which makes the newest of equal values the answer, as in the reference scan. NaN and +-inf rows
     * are never queued but counted; a window holding one yields NaN. min() is the mirror image.
     */
    static void max(final double[] src, final int n, final int window, final double[] dst)
    {
        RollingReference.fillWarmUp(dst, n, window);
        final int mask = ringMask(window);
        final int[] rows = new int[mask + 1];
        final double[] values = new double[mask + 1];
        int head = 0;
        int tail = 0;
        int nan = 0;
        for (int i = 0; i < n; i++)
        {
            final double v = src[i];
            if (!Double.isFinite(v))
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
                if (!Double.isFinite(src[leaving]))
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

    static void min(final double[] src, final int n, final int window, final double[] dst)
    {
        RollingReference.fillWarmUp(dst, n, window);
        final int mask = ringMask(window);
        final int[] rows = new int[mask + 1];
        final double[] values = new double[mask + 1];
        int head = 0;
        int tail = 0;
        int nan = 0;
        for (int i = 0; i < n; i++)
        {
            final double v = src[i];
            if (!Double.isFinite(v))
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
                if (!Double.isFinite(src[leaving]))
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
