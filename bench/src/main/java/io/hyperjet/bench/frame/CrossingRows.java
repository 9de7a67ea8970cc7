package io.hyperjet.bench.frame;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import io.hyperjet.common.frame.DoubleColumn;

/**
 * The rows where a column crosses above an integer level, {@code x[i] > level && x[i - 1] <= level} (qtpylib's
 * {@code crossed_above} against a constant), kept per column and level. A strategy that tests an indicator against
 * a hyperopt level (SampleStrategy's RSI against {@code buy_rsi}, {@code sell_rsi}) then scans the column once per
 * level and run instead of once per epoch, and each epoch visits only the crossing rows; a level has a few hundred
 * of them in a year of 5m candles.
 * <p>
 * Columns are keyed by identity: an indicator column is one object for a whole run and its values never change.
 * Bounded to {@link #MAX_COLUMNS} columns (cleared beyond). Not threadsafe: one per strategy instance.
 * <p>
 * Kept here for {@link HandLoopSampleStrategy}, the hand-written baseline of the column API: strategies now get
 * the same memoized crossings from the column API's {@code crossedAbove/crossedBelow} (worker.frame.CrossingCache).
 */
public final class CrossingRows
{
    private static final int MAX_COLUMNS = 256;

    private final Map<DoubleColumn, Map<Integer, int[]>> byColumn = new IdentityHashMap<>();

    /**
     * The rows {@code i >= 1} where the column crosses above {@code level}, ascending.
     *
     * @param column the column (its values must not change while this object keeps it).
     * @param level  the level.
     * @return the rows; do not modify.
     */
    public int[] above(final DoubleColumn column, final int level)
    {
        Map<Integer, int[]> levels = byColumn.get(column);
        if (null == levels)
        {
            if (byColumn.size() >= MAX_COLUMNS)
            {
                byColumn.clear();
            }
            levels = new HashMap<>();
            byColumn.put(column, levels);
        }
        int[] rows = levels.get(level);
        if (null == rows)
        {
            rows = scan(column, level);
            levels.put(level, rows);
        }
        return rows;
    }

    /** The crossing rows by one pass over the column, with the comparisons of a plain row loop. */
    static int[] scan(final DoubleColumn column, final int level)
    {
        final int n = column.rows();
        int[] rows = new int[64];
        int count = 0;
        double previous = n > 0 ? column.get(0) : Double.NaN;
        for (int i = 1; i < n; i++)
        {
            final double x = column.get(i);
            if (x > level && previous <= level)
            {
                if (count == rows.length)
                {
                    rows = Arrays.copyOf(rows, 2 * count);
                }
                rows[count++] = i;
            }
            previous = x;
        }
        return Arrays.copyOf(rows, count);
    }
}
