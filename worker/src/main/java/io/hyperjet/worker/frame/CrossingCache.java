package io.hyperjet.worker.frame;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The rows where a column crosses a level, per column, level and direction, computed once per run: hyperopt tries
 * the same few levels of a parameter ({@code buy_rsi}) epoch after epoch, and an indicator column is one object
 * whose values never change for the run, so it is keyed by identity. A level has a few hundred crossings in a year
 * of 5m candles, against 105,120 rows.
 * <p>
 * A column's first levels are scanned; from then on a {@link LevelIndex} narrows each new level to the rows whose
 * step spans it (hyperopt asks for dozens of levels, mostly in a run's first seconds).
 * <p>
 * Bounded to {@link #MAX_SOURCES} columns (cleared beyond), so per-pair frames of a long run do not pile up. Not
 * threadsafe: one per strategy instance.
 */
final class CrossingCache
{
    private static final int MAX_SOURCES = 256;
    /** An index takes ~10 bytes a row (16 at most); a slot indexes this many columns (3 years of 5m: ~50 MB). */
    private static final int MAX_INDEXES = 16;
    /** A column's distinct levels scanned before it is indexed: a run that asks for two levels never pays for one. */
    private static final int SCANS_BEFORE_INDEX = 2;

    private final Map<Object, Map<Long, int[]>> aboveBySource = new IdentityHashMap<>();
    private final Map<Object, Map<Long, int[]>> belowBySource = new IdentityHashMap<>();
    private final Map<Object, int[]> scansBySource = new IdentityHashMap<>();
    private final Map<Object, LevelIndex> indexBySource = new IdentityHashMap<>(); // null value: not worth indexing

    /**
     * The rows {@code i >= 1} where the leaf crosses the level, ascending.
     *
     * @param leaf  a leaf node ({@link SeriesExpr#source()} non-null).
     * @param level the level.
     * @param above true for crossing above, false for below.
     * @param rows  the number of rows.
     * @return the rows; do not modify.
     */
    int[] rows(final SeriesExpr leaf, final double level, final boolean above, final int rows)
    {
        final Object source = leaf.source();
        final Map<Object, Map<Long, int[]>> bySource = above ? aboveBySource : belowBySource;
        Map<Long, int[]> levels = bySource.get(source);
        if (null == levels)
        {
            if (bySource.size() >= MAX_SOURCES)
            {
                bySource.clear();
            }
            levels = new HashMap<>();
            bySource.put(source, levels);
        }
        final Long key = Double.doubleToLongBits(level + 0.0); // + 0.0 folds -0.0 into 0.0: same crossings
        int[] found = levels.get(key);
        if (null == found)
        {
            found = crossings(leaf, level, above, rows);
            levels.put(key, found);
        }
        return found;
    }

    private int[] crossings(final SeriesExpr leaf, final double level, final boolean above, final int rows)
    {
        final Object source = leaf.source();
        LevelIndex index = indexBySource.get(source);
        if (null == index && !indexBySource.containsKey(source))
        {
            if (scansBySource.size() >= MAX_SOURCES)
            {
                scansBySource.clear();
                indexBySource.clear();
            }
            final int[] scans = scansBySource.computeIfAbsent(source, s -> new int[1]);
            if (scans[0]++ < SCANS_BEFORE_INDEX || indexBySource.size() >= MAX_INDEXES)
            {
                // beyond MAX_INDEXES columns scan rather than evict: with many pairs evicting would rebuild an index
                // (three passes) for each new level, where one scan does
                return scan(leaf, level, above, rows);
            }
            index = LevelIndex.of(leaf, rows, 4 * rows);
            indexBySource.put(source, index);
        }
        return null == index ? scan(leaf, level, above, rows) : index.crossings(leaf, level, above);
    }

    static int[] scan(final SeriesExpr leaf, final double level, final boolean above, final int rows)
    {
        int[] found = new int[16];
        int n = 0;
        double previous = rows > 0 ? leaf.at(0) : Double.NaN;
        for (int i = 1; i < rows; i++)
        {
            final double x = leaf.at(i);
            if (above ? x > level && previous <= level : x < level && previous >= level)
            {
                if (n == found.length)
                {
                    found = java.util.Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
            previous = x;
        }
        return java.util.Arrays.copyOf(found, n);
    }
}
