package io.hyperjet.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StartupCandlesTest
{
    private static final long TF_MS = 300_000L;
    private static final long START_MS = 1_704_067_200_000L;

    private static long[] grid(final long firstMs, final int rows)
    {
        final long[] dates = new long[rows];
        for (int i = 0; i < rows; i++)
        {
            dates[i] = firstMs + i * TF_MS;
        }
        return dates;
    }

    @Test
    void shouldStartLoadWindowNCandlesBeforeStart()
    {
        final Timerange t = Timerange.parse("20240101-");
        assertEquals(START_MS - 30 * TF_MS, StartupCandles.loadStartMs(t, 30, TF_MS));
    }

    @Test
    void shouldNotBoundLoadWindowWithoutStart()
    {
        assertEquals(Long.MIN_VALUE, StartupCandles.loadStartMs(Timerange.parse("-20240101"), 30, TF_MS));
        assertEquals(Long.MAX_VALUE, StartupCandles.loadStopMs(Timerange.parse("20240101-")));
    }

    @Test
    void shouldTrimFirstNRowsByCountEvenWhenDataStartsLate()
    {
        // the file starts 10 candles after start - N*tf: still N rows are dropped, not the rows before start
        final long[] dates = grid(START_MS - 20 * TF_MS, 100);
        assertEquals(30, StartupCandles.trimFrom(dates, dates.length, 30, Timerange.parse("20240101-")));
    }

    @Test
    void shouldTrimRowsBeforeStartWhenNoStartupCandles()
    {
        final long[] dates = grid(START_MS - 5 * TF_MS, 20);
        assertEquals(5, StartupCandles.trimFrom(dates, dates.length, 0, Timerange.parse("20240101-")));
    }

    @Test
    void shouldTrimRowsAfterStopInclusive()
    {
        final long[] dates = grid(START_MS, 10);
        final Timerange t = Timerange.ofSeconds(null, (START_MS + 4 * TF_MS) / 1000);
        assertEquals(5, StartupCandles.trimTo(dates, dates.length, t));
    }

    @Test
    void shouldTrimColumnsLikeArrays()
    {
        final long[] dates = grid(START_MS - 5 * TF_MS, 20);
        final Timerange t = Timerange.ofSeconds(START_MS / 1000, (START_MS + 9 * TF_MS) / 1000);
        final io.hyperjet.common.frame.LongColumn column = io.hyperjet.common.frame.LongColumn.copyOf(dates);
        assertEquals(StartupCandles.trimFrom(dates, 20, 0, t), StartupCandles.trimFrom(column, 0, t));
        assertEquals(5, StartupCandles.trimFrom(column, 0, t));
        assertEquals(3, StartupCandles.trimFrom(column, 3, t));
        assertEquals(15, StartupCandles.trimTo(column, t));
    }
}
