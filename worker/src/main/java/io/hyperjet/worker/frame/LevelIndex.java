package io.hyperjet.worker.frame;

import java.util.Arrays;

/**
 * One column's rows grouped by the level buckets their step spans, so the crossings of a level are found among a
 * few thousand rows instead of every row: row {@code i >= 1} crosses a level {@code L} (above or below) only if
 * {@code L} lies between {@code at(i - 1)} and {@code at(i)}, and a bucket holds every row whose step touches it.
 * Each candidate is then tested with exactly the scan's comparison, so the rows are the scan's, NaN, infinities and
 * signed zeros included: a bucket only narrows which rows are tested.
 * <p>
 * Built once a column has been asked for a few levels (hyperopt asks for dozens); costs about three scans and
 * {@code 4 * entries()} bytes.
 */
final class LevelIndex
{
    private static final int BUCKETS = 64;

    private final double low;
    private final double scale;
    private final int[] start = new int[BUCKETS + 1];
    private final int[] rows;

    private LevelIndex(final double low, final double scale, final int entries)
    {
        this.low = low;
        this.scale = scale;
        this.rows = new int[entries];
    }

    /**
     * Indexes the rows of a leaf.
     *
     * @param leaf       a leaf node.
     * @param rows       the number of rows.
     * @param maxEntries the most rows-in-buckets worth keeping.
     * @return the index, or null when it would hold more than {@code maxEntries} (a column that swings across its
     * range every row): plain scans are then as cheap.
     */
    static LevelIndex of(final SeriesExpr leaf, final int rows, final int maxEntries)
    {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < rows; i++)
        {
            final double v = leaf.at(i);
            if (Double.isFinite(v))
            {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        final double scale = max > min ? BUCKETS / (max - min) : 0.0;
        final LevelIndex probe = new LevelIndex(min, scale, 0);
        final int[] counts = new int[BUCKETS + 1];
        long entries = 0;
        double previous = rows > 0 ? leaf.at(0) : Double.NaN;
        for (int i = 1; i < rows; i++)
        {
            final double x = leaf.at(i);
            if (x != previous && !Double.isNaN(x) && !Double.isNaN(previous))
            {
                final int last = probe.bucket(Math.max(x, previous));
                for (int b = probe.bucket(Math.min(x, previous)); b <= last; b++)
                {
                    counts[b + 1]++;
                    entries++;
                }
            }
            previous = x;
        }
        if (entries > maxEntries)
        {
            return null;
        }
        final LevelIndex index = new LevelIndex(min, scale, (int)entries);
        for (int b = 0; b < BUCKETS; b++)
        {
            counts[b + 1] += counts[b];
        }
        System.arraycopy(counts, 0, index.start, 0, BUCKETS + 1);
        previous = rows > 0 ? leaf.at(0) : Double.NaN;
        for (int i = 1; i < rows; i++)
        {
            final double x = leaf.at(i);
            if (x != previous && !Double.isNaN(x) && !Double.isNaN(previous))
            {
                final int last = index.bucket(Math.max(x, previous));
                for (int b = index.bucket(Math.min(x, previous)); b <= last; b++)
                {
                    index.rows[counts[b]++] = i;
                }
            }
            previous = x;
        }
        return index;
    }

    /** How many rows the buckets hold in all. */
    int entries()
    {
        return rows.length;
    }

    /**
     * The rows {@code i >= 1} where the leaf this index was built from crosses the level, ascending; the same
     * rows as a scan of every row.
     */
    int[] crossings(final SeriesExpr leaf, final double level, final boolean above)
    {
        if (Double.isNaN(level))
        {
            return new int[0]; // every comparison with NaN is false
        }
        final int b = bucket(level);
        int[] found = new int[16];
        int n = 0;
        for (int k = start[b], end = start[b + 1]; k < end; k++)
        {
            final int i = rows[k];
            final double x = leaf.at(i);
            final double previous = leaf.at(i - 1);
            if (above ? x > level && previous <= level : x < level && previous >= level)
            {
                if (n == found.length)
                {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        return Arrays.copyOf(found, n);
    }

    /**
     * The bucket of a value, non-decreasing in the value (infinities at the ends), which is all exactness needs: a
     * level between a step's two values falls in a bucket between theirs.
     */
    private int bucket(final double v)
    {
        if (!(scale > 0.0))
        {
            return 0;
        }
        final double f = Math.floor((v - low) * scale);
        return f <= 0.0 ? 0 : f >= BUCKETS - 1 ? BUCKETS - 1 : (int)f;
    }
}
