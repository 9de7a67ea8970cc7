package io.hyperjet.common.time;

import io.hyperjet.common.frame.LongColumn;

/**
 * The startup-candle rules of the loading pipeline: which rows to load before cleaning, and which rows to keep after
 * the indicators ran. Pure functions over epoch-ms dates.
 */
public final class StartupCandles
{
    private StartupCandles()
    {
    }

    /**
     * The first candle open time to load: {@code start - N * tf} when the timerange has a start, else no bound.
     *
     * @param timerange      the requested timerange.
     * @param startupCandles N, the strategy's startup candle count.
     * @param timeframeMs    the timeframe length in ms.
     * @return epoch ms, or {@link Long#MIN_VALUE} for no bound.
     */
    public static long loadStartMs(final Timerange timerange, final int startupCandles, final long timeframeMs)
    {
        return timerange.hasStart() ? timerange.startMs() - startupCandles * timeframeMs : Long.MIN_VALUE;
    }

    /**
     * The last candle open time to load: the timerange stop, else no bound.
     *
     * @param timerange the requested timerange.
     * @return epoch ms, or {@link Long#MAX_VALUE} for no bound.
     */
    public static long loadStopMs(final Timerange timerange)
    {
        return timerange.stopMs();
    }

    /**
     * The first row kept after trimming: row {@code N} by count when {@code N > 0}, else the first row at or after
     * the timerange start.
     *
     * @param dateMs         ascending candle open times.
     * @param rows           number of valid rows in {@code dateMs}.
     * @param startupCandles N.
     * @param timerange      the requested timerange.
     * @return the first kept row; equal to {@code rows} when nothing is kept.
     */
    public static int trimFrom(final long[] dateMs, final int rows, final int startupCandles, final Timerange timerange)
    {
        if (startupCandles > 0)
        {
            return Math.min(startupCandles, rows);
        }
        final long startMs = timerange.startMs();
        int i = 0;
        while (i < rows && dateMs[i] < startMs)
        {
            i++;
        }
        return i;
    }

    /**
     * One past the last row kept after trimming: rows with {@code date > stop} are dropped.
     *
     * @param dateMs    ascending candle open times.
     * @param rows      number of valid rows in {@code dateMs}.
     * @param timerange the requested timerange.
     * @return the exclusive end row.
     */
    public static int trimTo(final long[] dateMs, final int rows, final Timerange timerange)
    {
        final long stopMs = timerange.stopMs();
        int end = rows;
        while (end > 0 && dateMs[end - 1] > stopMs)
        {
            end--;
        }
        return end;
    }

    /**
     * {@link #trimFrom(long[], int, int, Timerange)} over a date column.
     *
     * @param date           ascending candle open times.
     * @param startupCandles N.
     * @param timerange      the requested timerange.
     * @return the first kept row.
     */
    public static int trimFrom(final LongColumn date, final int startupCandles, final Timerange timerange)
    {
        final int rows = date.rows();
        if (startupCandles > 0)
        {
            return Math.min(startupCandles, rows);
        }
        final long startMs = timerange.startMs();
        int i = 0;
        while (i < rows && date.get(i) < startMs)
        {
            i++;
        }
        return i;
    }

    /**
     * {@link #trimTo(long[], int, Timerange)} over a date column.
     *
     * @param date      ascending candle open times.
     * @param timerange the requested timerange.
     * @return the exclusive end row.
     */
    public static int trimTo(final LongColumn date, final Timerange timerange)
    {
        final long stopMs = timerange.stopMs();
        int end = date.rows();
        while (end > 0 && date.get(end - 1) > stopMs)
        {
            end--;
        }
        return end;
    }
}
