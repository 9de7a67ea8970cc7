package io.hyperjet.worker.array;

/**
 * Rolling max/min by the van Herk / Gil-Werman block scheme: cut the rows into blocks of {@code window}; a forward
 * pass gives each row the extreme from its block start (written into dst), a backward pass the extreme to its block
 * end; a window spans at most two blocks, so its extreme is the better of the older part's suffix and the newer
 * part's prefix. Three branch-free passes whatever the window, where the deque's pops mispredict on noisy data.
 * <p>
 * Same rules as the reference: ties go to the newest row (prefix keeps the newer on equality, suffix replaces only on
 * strict improvement, the combination prefers the newer part), a window holding NaN or +-inf is NaN (a running
 * count), and such a value caught inside a block only pollutes windows that hold it.
 */
final class BlockExtreme
{
    private BlockExtreme()
    {
    }

    static void max(final double[] src, final int n, final int window, final double[] dst)
    {
        final double[] suffix = new double[n];
        for (int start = 0; start < n; start += window)
        {
            final int end = Math.min(start + window, n);
            double best = src[start];
            dst[start] = best;
            for (int i = start + 1; i < end; i++)
            {
                final double v = src[i];
                best = v >= best ? v : best;
                dst[i] = best;
            }
            best = src[end - 1];
            suffix[end - 1] = best;
            for (int i = end - 2; i >= start; i--)
            {
                final double v = src[i];
                best = v > best ? v : best;
                suffix[i] = best;
            }
        }
        combine(src, n, window, dst, suffix, true);
    }

    static void min(final double[] src, final int n, final int window, final double[] dst)
    {
        final double[] suffix = new double[n];
        for (int start = 0; start < n; start += window)
        {
            final int end = Math.min(start + window, n);
            double best = src[start];
            dst[start] = best;
            for (int i = start + 1; i < end; i++)
            {
                final double v = src[i];
                best = v <= best ? v : best;
                dst[i] = best;
            }
            best = src[end - 1];
            suffix[end - 1] = best;
            for (int i = end - 2; i >= start; i--)
            {
                final double v = src[i];
                best = v < best ? v : best;
                suffix[i] = best;
            }
        }
        combine(src, n, window, dst, suffix, false);
    }

    private static void combine(
        final double[] src, final int n, final int window, final double[] dst, final double[] suffix,
        final boolean max)
    {
        int nan = 0;
        for (int i = 0; i < n; i++)
        {
            if (!Double.isFinite(src[i]))
            {
                nan++;
            }
            if (i >= window && !Double.isFinite(src[i - window]))
            {
                nan--;
            }
            if (i < window - 1)
            {
                dst[i] = Double.NaN;
            }
            else
            {
                final double newer = dst[i];
                final double older = suffix[i - window + 1];
                final boolean newerWins = max ? newer >= older : newer <= older;
                dst[i] = nan > 0 ? Double.NaN : newerWins ? newer : older;
            }
        }
    }
}
