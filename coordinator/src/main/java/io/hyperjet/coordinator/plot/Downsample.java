package io.hyperjet.coordinator.plot;

/**
 * Fewer points for the browser, keeping what the eye needs. Candles: consecutive candles merged into bars (open of
 * the first, highest high, lowest low, close of the last, summed volume), so no price extreme is lost. Lines:
 * largest-triangle-three-buckets (LTTB), which keeps the first and last points and, in each bucket, the point that
 * spans the largest triangle with its neighbours, so peaks and troughs stay.
 */
final class Downsample
{
    private Downsample()
    {
    }

    /** How many consecutive candles make one bar so that at most {@code maxBars} bars remain. */
    static int candlesPerBar(final int rows, final int maxBars)
    {
        return Math.max(1, (rows + maxBars - 1) / maxBars);
    }

    /**
     * Merges candles into bars.
     *
     * @return {@code [date, open, high, low, close, volume]} arrays of the bars; a bar's date is its first candle's.
     */
    static double[][] bars(final long[] date, final double[] open, final double[] high, final double[] low,
        final double[] close, final double[] volume, final int from, final int to, final int per)
    {
        final int n = (to - from + per - 1) / per;
        final double[][] out = new double[6][n];
        for (int b = 0; b < n; b++)
        {
            final int s = from + b * per;
            final int e = Math.min(to, s + per);
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            double vol = 0;
            for (int r = s; r < e; r++)
            {
                hi = Math.max(hi, high[r]);
                lo = Math.min(lo, low[r]);
                vol += volume[r];
            }
            out[0][b] = date[s];
            out[1][b] = open[s];
            out[2][b] = hi;
            out[3][b] = lo;
            out[4][b] = close[e - 1];
            out[5][b] = vol;
        }
        return out;
    }

    /**
     * LTTB over the finite points of a line.
     *
     * @param x         x values, ascending.
     * @param y         y values (not finite: skipped).
     * @param threshold the most points to keep (at least 3).
     * @return the indexes kept, ascending.
     */
    static int[] lttb(final double[] x, final double[] y, final int threshold)
    {
        int n = 0;
        final int[] finite = new int[y.length];
        for (int i = 0; i < y.length; i++)
        {
            if (Double.isFinite(y[i]))
            {
                finite[n++] = i;
            }
        }
        if (n <= threshold || threshold < 3)
        {
            return java.util.Arrays.copyOf(finite, n);
        }
        final int[] kept = new int[threshold];
        int k = 0;
        kept[k++] = finite[0];
        final double every = (double) (n - 2) / (threshold - 2);
        int a = 0;
        for (int b = 0; b < threshold - 2; b++)
        {
            // The next bucket's average is the third corner of the triangle.
            final int nextStart = (int) Math.floor((b + 1) * every) + 1;
            final int nextEnd = Math.min(n, (int) Math.floor((b + 2) * every) + 1);
            double avgX = 0;
            double avgY = 0;
            for (int j = nextStart; j < nextEnd; j++)
            {
                avgX += x[finite[j]];
                avgY += y[finite[j]];
            }
            final int len = Math.max(1, nextEnd - nextStart);
            avgX /= len;
            avgY /= len;
            final int start = (int) Math.floor(b * every) + 1;
            final int end = (int) Math.floor((b + 1) * every) + 1;
            final double ax = x[finite[a]];
            final double ay = y[finite[a]];
            double maxArea = -1;
            int chosen = start;
            for (int j = start; j < end; j++)
            {
                final double area = Math.abs((ax - avgX) * (y[finite[j]] - ay) - (ax - x[finite[j]]) * (avgY - ay));
                if (area > maxArea)
                {
                    maxArea = area;
                    chosen = j;
                }
            }
            kept[k++] = finite[chosen];
            a = chosen;
        }
        kept[k++] = finite[n - 1];
        return java.util.Arrays.copyOf(kept, k);
    }
}
