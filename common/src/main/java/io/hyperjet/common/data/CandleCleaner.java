package io.hyperjet.common.data;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import io.hyperjet.common.time.Timeframes;

/**
 * Cleans candles as backtest-semantics.md 1.6 defines it: rows sharing a date are merged (open first, high max, low
 * min, close last, volume max; extras from the last row), rows are sorted by date, and gaps on the timeframe grid are
 * filled with a candle whose open, high, low and close are the previous close and whose volume is 0 (extras NaN).
 * <p>
 * The grid is anchored at midnight UTC of the first day for timeframes up to 10,000 minutes, on Mondays for longer
 * ones below a month, and on the 1st of each month for month timeframes. Candles not aligned to the grid are merged
 * into their bin (volume summed, as a resample does). Aligned data is only deduplicated, sorted and filled.
 */
public final class CandleCleaner
{
    private static final long MAX_INTRADAY_MINUTES = 10_000;
    private static final long MONDAY_ORIGIN_MS = 4L * 86_400_000L;

    private CandleCleaner()
    {
    }

    /**
     * Cleans the rows of a buffer into a new buffer.
     *
     * @param in        the rows as read (any order, may have duplicates and gaps).
     * @param timeframe the timeframe, e.g. {@code 5m}.
     * @return a new buffer, sorted, unique and gap-free; {@code in} itself when it already was.
     */
    public static CandleBuffer clean(final CandleBuffer in, final String timeframe)
    {
        final CandleBuffer unique = isStrictlyAscending(in) ? in : mergeDuplicates(in, false);
        if (unique.rows() == 0)
        {
            return unique;
        }
        final Grid grid = new Grid(timeframe, unique.dateArray()[0]);
        final CandleBuffer binned = isAligned(unique, grid) ? unique : rebin(unique, grid);
        return fillGaps(binned, grid);
    }

    private static boolean isStrictlyAscending(final CandleBuffer in)
    {
        final long[] date = in.dateArray();
        for (int r = 1, n = in.rows(); r < n; r++)
        {
            if (date[r] <= date[r - 1])
            {
                return false;
            }
        }
        return true;
    }

    private static boolean isAligned(final CandleBuffer in, final Grid grid)
    {
        final long[] date = in.dateArray();
        for (int r = 0, n = in.rows(); r < n; r++)
        {
            if (grid.bin(date[r]) != date[r])
            {
                return false;
            }
        }
        return true;
    }

    private static CandleBuffer rebin(final CandleBuffer in, final Grid grid)
    {
        final CandleBuffer copy = in.emptyLike(in.rows());
        final long[] date = in.dateArray();
        for (int r = 0, n = in.rows(); r < n; r++)
        {
            final int row = copy.addRow(grid.bin(date[r]));
            for (int c = 0; c < in.columnCount(); c++)
            {
                copy.set(c, row, in.valueArray(c)[r]);
            }
        }
        return mergeDuplicates(copy, true);
    }

    /**
     * Stable sort by date, then one row per date. A merge sort on row indices keeps file order within a date, which
     * decides the merged open and close.
     */
    private static CandleBuffer mergeDuplicates(final CandleBuffer in, final boolean sumVolume)
    {
        final int n = in.rows();
        final long[] date = in.dateArray();
        final int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }
        sortStable(order, new int[n], date, 0, n);
        final int columns = in.columnCount();
        final CandleBuffer out = in.emptyLike(n);
        int row = -1;
        long current = 0;
        for (int i = 0; i < n; i++)
        {
            final int src = order[i];
            if (row < 0 || date[src] != current)
            {
                current = date[src];
                row = out.addRow(current);
                for (int c = 0; c < columns; c++)
                {
                    out.set(c, row, in.valueArray(c)[src]);
                }
                continue;
            }
            final double[] outHigh = out.valueArray(1);
            final double[] outLow = out.valueArray(2);
            final double[] outVolume = out.valueArray(4);
            outHigh[row] = Math.max(outHigh[row], in.valueArray(1)[src]);
            outLow[row] = Math.min(outLow[row], in.valueArray(2)[src]);
            out.set(3, row, in.valueArray(3)[src]);
            final double v = in.valueArray(4)[src];
            outVolume[row] = sumVolume ? outVolume[row] + v : Math.max(outVolume[row], v);
            for (int c = 5; c < columns; c++)
            {
                out.set(c, row, in.valueArray(c)[src]);
            }
        }
        return out;
    }

    private static void sortStable(final int[] a, final int[] tmp, final long[] key, final int from, final int to)
    {
        if (to - from < 2)
        {
            return;
        }
        final int mid = (from + to) >>> 1;
        sortStable(a, tmp, key, from, mid);
        sortStable(a, tmp, key, mid, to);
        if (key[a[mid - 1]] <= key[a[mid]])
        {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++)
        {
            if (j >= to || (i < mid && key[tmp[i]] <= key[tmp[j]]))
            {
                a[k] = tmp[i++];
            }
            else
            {
                a[k] = tmp[j++];
            }
        }
    }

    private static CandleBuffer fillGaps(final CandleBuffer in, final Grid grid)
    {
        final int n = in.rows();
        final long[] date = in.dateArray();
        final long last = date[n - 1];
        final long slots = grid.slotsBetween(date[0], last);
        if (slots == n)
        {
            return in;
        }
        if (slots > Integer.MAX_VALUE - 8)
        {
            throw new IllegalStateException("gap fill would create " + slots + " candles");
        }
        final int columns = in.columnCount();
        final CandleBuffer out = in.emptyLike((int)slots);
        int src = 0;
        double prevClose = Double.NaN;
        for (long slot = date[0]; slot <= last; slot = grid.next(slot))
        {
            final int row = out.addRow(slot);
            if (src < n && date[src] == slot)
            {
                for (int c = 0; c < columns; c++)
                {
                    out.set(c, row, in.valueArray(c)[src]);
                }
                prevClose = in.valueArray(3)[src];
                src++;
            }
            else
            {
                out.set(0, row, prevClose);
                out.set(1, row, prevClose);
                out.set(2, row, prevClose);
                out.set(3, row, prevClose);
                out.set(4, row, 0.0);
            }
        }
        return out;
    }

    /**
     * The timeframe grid: bin of a date and the slot after a slot.
     */
    private static final class Grid
    {
        private final long stepMs;
        private final int months;
        private final long originMs;

        Grid(final String timeframe, final long firstMs)
        {
            final long seconds = Timeframes.seconds(timeframe);
            this.stepMs = seconds * 1000L;
            this.months = timeframe.endsWith("M") ? (int)(seconds / Timeframes.MONTH_SECONDS) : 0;
            this.originMs = seconds / 60 <= MAX_INTRADAY_MINUTES ?
                Math.floorDiv(firstMs, 86_400_000L) * 86_400_000L : MONDAY_ORIGIN_MS;
        }

        long bin(final long dateMs)
        {
            if (months > 0)
            {
                final ZonedDateTime t = Instant.ofEpochMilli(dateMs).atZone(ZoneOffset.UTC);
                return t.withDayOfMonth(1).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            return originMs + Math.floorDiv(dateMs - originMs, stepMs) * stepMs;
        }

        long next(final long slotMs)
        {
            if (months > 0)
            {
                return Instant.ofEpochMilli(slotMs).atZone(ZoneOffset.UTC).plusMonths(months).toInstant()
                    .toEpochMilli();
            }
            return slotMs + stepMs;
        }

        long slotsBetween(final long firstMs, final long lastMs)
        {
            if (months > 0)
            {
                long count = 0;
                for (long s = firstMs; s <= lastMs; s = next(s))
                {
                    count++;
                }
                return count;
            }
            return (lastMs - firstMs) / stepMs + 1;
        }
    }
}
